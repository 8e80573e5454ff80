//! The language switcher, `<html lang dir>`, and loading country names for the chosen language.

use crate::fetch::fetch_text;
use crate::model::i18n::{tr, Lang, Names, Text};
use crate::state::{CurrentLang, LocalNames};
use leptos::prelude::*;
use std::sync::Arc;

pub const NAMES_URL: &str = "assets/data/names.json";

/// The browser's preferred language, if the interface speaks it.
pub fn browser_lang() -> Option<Lang> {
    web_sys::window()?.navigator().language().and_then(|l| Lang::parse(&l))
}

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let lang = expect_context::<CurrentLang>().0;
    let names = expect_context::<LocalNames>().0;
    // Keeps <html lang dir> in step, so Arabic lays out right to left.
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", l.code());
            let _ = root.set_attribute("dir", l.dir());
        }
        if l != Lang::En && names.get_untracked().is_none() {
            leptos::task::spawn_local(async move {
                // Without the names file the English names stay: nothing else is lost.
                if let Ok(text) = fetch_text(NAMES_URL, "names.json", |_| {}).await {
                    if let Ok(parsed) = Names::parse(&text) {
                        names.set(Some(Arc::new(parsed)));
                    }
                }
            });
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
                    on:click=move |_| lang.set(l)
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
