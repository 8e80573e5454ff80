//! The theme control: one button per theme; the map recolours at once.

use crate::model::labels::{theme_label, theme_short_label};
use crate::model::Theme;
use crate::state::{CurrentTheme, LegendFocus};
use leptos::prelude::*;

#[component]
pub fn ThemeSwitcher() -> impl IntoView {
    let theme = expect_context::<CurrentTheme>().0;
    let legend = expect_context::<LegendFocus>();
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
                    title=theme_label(t)
                    aria-pressed=move || (theme.get() == t).to_string()
                    on:click=move |_| choose(t)
                >
                    {theme_short_label(t)}
                </button>
            }
        })
        .collect_view();
    view! {
        <nav class="theme-switcher" aria-label="Choose what the map shows">
            {buttons}
        </nav>
    }
}
