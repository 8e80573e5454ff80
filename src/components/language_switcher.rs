//! The language switcher.

use crate::actions::switch_language;
use crate::model::i18n::{tr, Lang, Text};
use crate::state::CurrentLang;
use leptos::prelude::*;

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let lang = expect_context::<CurrentLang>().0;
    let buttons = Lang::ALL
        .into_iter()
        .map(|l| {
            view! {
                <button
                    type="button"
                    class="lang-option"
                    data-lang=l.code()
                    lang=l.code()
                    aria-label=format!("{} ({})", l.code().to_uppercase(), l.endonym())
                    title=l.endonym()
                    aria-pressed=move || (lang.get() == l).to_string()
                    on:click=move |_| switch_language(lang, l)
                >
                    {l.code().to_uppercase()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="lang-switcher" role="group" aria-label=move || tr(lang.get(), Text::Language)>
            {buttons}
        </div>
    }
}
