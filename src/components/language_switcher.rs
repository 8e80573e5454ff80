//! The language switcher, and `<html lang dir>` kept in step with the chosen language.

use crate::actions::switch_language;
use crate::model::i18n::{tr, Lang, Text};
use crate::state::CurrentLang;
use leptos::prelude::*;

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let lang = expect_context::<CurrentLang>().0;
    // Keeps <html lang dir> in step, so Arabic lays out right to left.
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", l.code());
            let _ = root.set_attribute("dir", l.dir());
        }
    });
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
