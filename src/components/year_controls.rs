//! The year slider under the map, with Play/Pause, and the "compare two years" view.

use super::compare::CompareYears;
use crate::model::i18n::{tr, Text};
use crate::model::FIRST_YEAR;
use crate::state::{CurrentLang, CurrentYear, LoadedPolicies};
use leptos::prelude::*;

/// How long Play shows each year.
const STEP_MS: u32 = 700;

#[component]
pub fn YearControls() -> impl IntoView {
    let year = expect_context::<CurrentYear>().0;
    let policies = expect_context::<LoadedPolicies>().0;
    let last = Memo::new(move |_| policies.with(|p| p.as_ref().map_or(2026, |p| p.latest_year())));
    let lang = expect_context::<CurrentLang>().0;
    let playing = RwSignal::new(false);
    let comparing = RwSignal::new(false);
    let shown_year = move || year.get().unwrap_or_else(|| last.get());
    let set_year = move |y: u16| year.set(if y >= last.get_untracked() { None } else { Some(y.max(FIRST_YEAR)) });
    // One timer while playing; each tick moves a year on and stops at today.
    let timer = StoredValue::new_local(None::<gloo_timers::callback::Interval>);
    let stop = move || {
        playing.set(false);
        timer.set_value(None);
    };
    let play = move || {
        if year.get_untracked().is_none() {
            year.set(Some(FIRST_YEAR));
        }
        playing.set(true);
        timer.set_value(Some(gloo_timers::callback::Interval::new(STEP_MS, move || {
            let next = year.get_untracked().map_or(FIRST_YEAR, |y| y + 1);
            set_year(next);
            if next >= last.get_untracked() {
                stop();
            }
        })));
    };
    on_cleanup(move || timer.set_value(None));
    let toggle = move || if playing.get_untracked() { stop() } else { play() };
    let label = move || tr(lang.get(), if playing.get() { Text::Pause } else { Text::Play });
    let value_text = move || match year.get() {
        None => format!("{} ({})", last.get(), tr(lang.get(), Text::Today)),
        Some(y) => y.to_string(),
    };
    view! {
        <div class="year-controls" data-testid="year-controls">
            <button
                type="button"
                class="play"
                data-testid="play"
                aria-pressed=move || playing.get().to_string()
                on:click=move |_| toggle()
            >
                {label}
            </button>
            <label class="visually-hidden" for="year-slider">
                {move || tr(lang.get(), Text::Year)}
            </label>
            <input
                id="year-slider"
                data-testid="year-slider"
                type="range"
                min=FIRST_YEAR
                max=move || last.get()
                step="1"
                prop:value=move || shown_year().to_string()
                aria-valuetext=value_text
                on:input:target=move |ev| {
                    stop();
                    if let Ok(y) = ev.target().value().parse::<u16>() {
                        set_year(y);
                    }
                }
            />
            <output class="year-value" data-testid="year-value" for="year-slider">
                {value_text}
            </output>
            <button type="button" class="compare-button" data-testid="compare" on:click=move |_| comparing.set(true)>
                <span class="compare-icon" aria-hidden="true">
                    "⇄"
                </span>
                <span class="compare-label">{move || tr(lang.get(), Text::CompareYears)}</span>
            </button>
        </div>
        <Show when=move || comparing.get()>
            <CompareYears open=comparing />
        </Show>
    }
}
