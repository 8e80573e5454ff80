//! Classroom mode: full screen, large type, and a guided story through the explainer's case
//! studies. Each step sets the theme, opens its country and zooms to it.

use crate::actions::{exit_fullscreen, zoom_to_country};
use crate::geo::Zoom;
use crate::model::i18n::{story_step, tr, Text};
use crate::model::story::story_stops;
use crate::state::{CurrentLang, CurrentTheme, CurrentYear, MapZoom, SelectedCountry, ViewFlags, WorldData};
use leptos::prelude::*;

/// The story overlay, shown while classroom mode is on.
#[component]
pub fn Presentation() -> impl IntoView {
    let flags = expect_context::<ViewFlags>();
    let theme = expect_context::<CurrentTheme>().0;
    let selected = expect_context::<SelectedCountry>().0;
    let year = expect_context::<CurrentYear>().0;
    let zoom = expect_context::<MapZoom>().0;
    let world = expect_context::<WorldData>().0;
    let lang = expect_context::<CurrentLang>().0;
    let step = RwSignal::new(0usize);
    // Read once: the stops never change while the page is open.
    let stops = story_stops();
    let last = stops.len().saturating_sub(1);
    let show = move |i: usize| {
        let Some(s) = stops.get(i).copied() else { return };
        step.set(i);
        theme.set(s.theme);
        year.set(None);
        let id = s.country;
        selected.set(id);
        match id {
            Some(id) => zoom_to_country(&world, id, zoom),
            None => zoom.set(Zoom::IDENTITY),
        }
    };
    let show = StoredValue::new(show);
    let go = move |delta: isize| {
        let next = (step.get_untracked() as isize + delta).clamp(0, last as isize) as usize;
        show.with_value(|f| f(next));
    };
    let leave = move || {
        flags.present.set(false);
        exit_fullscreen();
    };
    Effect::new(move |_| {
        if flags.present.get() {
            show.with_value(|f| f(step.get_untracked()));
        } else {
            // Left by Back as well as by the Leave button or Escape.
            exit_fullscreen();
        }
    });
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if !flags.present.get_untracked() {
            return;
        }
        match ev.key().as_str() {
            "ArrowRight" | "PageDown" | " " => {
                ev.prevent_default();
                go(1);
            }
            "ArrowLeft" | "PageUp" => {
                ev.prevent_default();
                go(-1);
            }
            "Escape" => leave(),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    view! {
        <Show when=move || flags.present.get()>
            <section
                class="story"
                data-testid="story"
                aria-live="polite"
                aria-label=move || tr(lang.get(), Text::GuidedStory)
            >
                <p class="story-count" data-testid="story-step">
                    {move || format!("{} / {}", step.get() + 1, last + 1)}
                </p>
                <h2 class="story-title">{move || story_step(lang.get(), step.get()).0}</h2>
                <p class="story-text">{move || story_step(lang.get(), step.get()).1}</p>
                <div class="story-nav">
                    <button
                        type="button"
                        data-testid="story-prev"
                        disabled=move || step.get() == 0
                        on:click=move |_| go(-1)
                    >
                        {move || tr(lang.get(), Text::StoryPrevious)}
                    </button>
                    <button
                        type="button"
                        data-testid="story-next"
                        disabled=move || step.get() == last
                        on:click=move |_| go(1)
                    >
                        {move || tr(lang.get(), Text::StoryNext)}
                    </button>
                    <button type="button" data-testid="story-exit" on:click=move |_| leave()>
                        {move || tr(lang.get(), Text::StoryLeave)}
                    </button>
                </div>
            </section>
        </Show>
    }
}
