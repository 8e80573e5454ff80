//! Two years side by side for the current theme ("1990 vs today"), for teaching.

use super::dialog::Dialog;
use crate::model::i18n::{compare_title, theme_label, tr, Text};
use crate::model::{Shown, FIRST_YEAR};
use crate::state::{CurrentLang, CurrentTheme, LoadedPolicies, WorldData};
use crate::world::{VIEW_HEIGHT, VIEW_WIDTH};
use leptos::prelude::*;

/// A small, non-interactive map of one year. `label` names its hooks, `caption` its year field.
#[component]
fn YearMap(year: RwSignal<u16>, last: Memo<u16>, label: &'static str, caption: Text) -> impl IntoView {
    let world = expect_context::<WorldData>().0;
    let theme = expect_context::<CurrentTheme>().0;
    let lang = expect_context::<CurrentLang>().0;
    let policies = expect_context::<LoadedPolicies>().0;
    let column = {
        let world = world.clone();
        Memo::new(move |_| {
            let (theme, y) = (theme.get(), year.get());
            let y = (y < last.get()).then_some(y);
            policies
                .with(|p| world.shown_column(p.as_deref(), theme, y).into_iter().map(Shown::code).collect::<Vec<_>>())
        })
    };
    let paths = world
        .shapes
        .iter()
        .enumerate()
        .map(|(i, s)| {
            view! {
                <path
                    class="country"
                    d=s.path.clone()
                    data-iso3=s.id.to_string()
                    data-status=move || column.with(|c| c[i])
                ></path>
            }
        })
        .collect_view();
    let (testid, input_id) = (format!("compare-{label}"), format!("compare-year-{label}"));
    view! {
        <figure class="compare-map" data-testid=testid>
            <figcaption>
                <label for=input_id.clone()>{move || tr(lang.get(), caption)}</label>
                <input
                    id=input_id
                    type="number"
                    min=FIRST_YEAR
                    max=move || last.get()
                    prop:value=move || year.get().to_string()
                    on:change:target=move |ev| {
                        if let Ok(y) = ev.target().value().parse::<u16>() {
                            year.set(y.clamp(FIRST_YEAR, last.get_untracked()));
                        }
                    }
                />
            </figcaption>
            <svg
                class="map"
                viewBox=format!("0 0 {VIEW_WIDTH} {VIEW_HEIGHT}")
                data-theme=move || theme.get().code()
                role="img"
                aria-label=move || format!("{}, {}", theme_label(lang.get(), theme.get()), year.get())
            >
                <rect class="ocean" width=VIEW_WIDTH height=VIEW_HEIGHT></rect>
                {paths}
            </svg>
        </figure>
    }
}

#[component]
pub fn CompareYears(open: RwSignal<bool>) -> impl IntoView {
    let policies = expect_context::<LoadedPolicies>().0;
    let theme = expect_context::<CurrentTheme>().0;
    let lang = expect_context::<CurrentLang>().0;
    let last = Memo::new(move |_| policies.with(|p| p.as_ref().map_or(2026, |p| p.latest_year())));
    let before = RwSignal::new(1990);
    let after = RwSignal::new(last.get_untracked());
    view! {
        <Dialog
            open
            title_id="compare-title"
            title=Signal::derive(move || compare_title(lang.get(), theme_label(lang.get(), theme.get())))
            class="compare"
            testid="compare-view"
        >
            <div class="compare-body">
                <YearMap year=before last label="First" caption=Text::FirstYear />
                <YearMap year=after last label="Second" caption=Text::SecondYear />
            </div>
        </Dialog>
    }
}
