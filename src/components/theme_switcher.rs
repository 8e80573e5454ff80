//! The theme control: one button per theme; the map recolours at once.

use crate::model::i18n::{theme_label, theme_short_label, tr, Text};
use crate::model::Theme;
use crate::state::{CurrentLang, CurrentTheme, LegendFocus};
use leptos::prelude::*;

#[component]
pub fn ThemeSwitcher() -> impl IntoView {
    let theme = expect_context::<CurrentTheme>().0;
    let legend = expect_context::<LegendFocus>();
    let lang = expect_context::<CurrentLang>().0;
    let choose = move |t: Theme| {
        legend.filter.set(None);
        legend.preview.set(None);
        theme.set(t);
    };
    let buttons = Theme::ALL
        .into_iter()
        .map(|t| {
            view! {
                <button
                    type="button"
                    class="theme-option"
                    data-theme=t.code()
                    title=move || theme_label(lang.get(), t)
                    aria-pressed=move || (theme.get() == t).to_string()
                    on:click=move |_| choose(t)
                >
                    {move || theme_short_label(lang.get(), t)}
                </button>
            }
        })
        .collect_view();
    view! {
        <nav class="theme-switcher" aria-label=move || tr(lang.get(), Text::ChooseTheme)>
            {buttons}
        </nav>
    }
}
