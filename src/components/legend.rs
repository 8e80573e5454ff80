//! The legend: each status of the current theme in words, with its count; hover previews its
//! countries, click filters the map to them.

use crate::model::i18n::{showing_only, shown_label, theme_label, tr, Text};
use crate::model::{legend_rows, LegendRow, Shown};
use crate::state::{Announcer, CurrentLang, CurrentTheme, LegendFocus, ShownColumn};
use leptos::prelude::*;

#[component]
pub fn Legend() -> impl IntoView {
    let theme = expect_context::<CurrentTheme>().0;
    let column = expect_context::<ShownColumn>().0;
    let focus = expect_context::<LegendFocus>();
    let lang = expect_context::<CurrentLang>().0;
    let rows = Memo::new(move |_| column.with(|c| legend_rows(c, theme.get())));
    let announcer = expect_context::<Announcer>().0;
    let toggle = move |s: Shown| {
        focus.filter.update(|f| *f = if *f == Some(s) { None } else { Some(s) });
        let (t, l) = (theme.get_untracked(), lang.get_untracked());
        announcer.set(match focus.filter.get_untracked() {
            Some(s) => {
                let n = rows.with_untracked(|r| r.iter().find(|r| r.shown == s).map_or(0, |r| r.count));
                showing_only(l, shown_label(l, t, s), n)
            }
            None => tr(l, Text::ShowingAll).to_string(),
        });
    };
    let row = move |LegendRow { shown, count }: LegendRow| {
        let pressed = move || (focus.filter.get() == Some(shown)).to_string();
        view! {
            <li>
                <button
                    type="button"
                    class="legend-entry"
                    data-status=shown.code()
                    data-count=count
                    aria-pressed=pressed
                    on:mouseenter=move |_| focus.preview.set(Some(shown))
                    on:mouseleave=move |_| focus.preview.set(None)
                    on:focus=move |_| focus.preview.set(Some(shown))
                    on:blur=move |_| focus.preview.set(None)
                    on:click=move |_| toggle(shown)
                >
                    <svg class="swatch" viewBox="0 0 20 14" aria-hidden="true">
                        <rect width="20" height="14" data-status=shown.code()></rect>
                    </svg>
                    <span class="legend-label">{move || shown_label(lang.get(), theme.get(), shown)}</span>
                    <span class="legend-count">{count}</span>
                </button>
            </li>
        }
    };
    // On portrait phones the legend starts folded to its title so the map has the screen; the
    // counts stay readable to screen readers in a visually hidden line (CSS shows the toggle, the
    // fold and that line only on portrait screens).
    let folded = RwSignal::new(true);
    let summary = move || {
        let (t, l) = (theme.get(), lang.get());
        rows.with(|r| {
            r.iter().map(|r| format!("{}: {}", shown_label(l, t, r.shown), r.count)).collect::<Vec<_>>().join("; ")
        })
    };
    view! {
        <section
            class="legend"
            class:folded=move || folded.get()
            data-testid="legend"
            data-theme=move || theme.get().code()
            aria-label=move || tr(lang.get(), Text::Legend)
        >
            <div class="legend-head">
                <h2 class="legend-title">{move || theme_label(lang.get(), theme.get())}</h2>
                <button
                    type="button"
                    class="legend-toggle"
                    data-testid="legend-toggle"
                    aria-controls="legend-list"
                    aria-expanded=move || (!folded.get()).to_string()
                    on:click=move |_| folded.update(|f| *f = !*f)
                >
                    {move || tr(lang.get(), Text::Legend)}
                    <span aria-hidden="true">{move || if folded.get() { " ▴" } else { " ▾" }}</span>
                </button>
            </div>
            <p class="legend-summary" data-testid="legend-summary">
                {summary}
            </p>
            <ul id="legend-list">{move || rows.get().into_iter().map(row).collect_view()}</ul>
            <p class="legend-hint">{move || tr(lang.get(), Text::LegendHint)}</p>
        </section>
    }
}
