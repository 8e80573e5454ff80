//! Classroom mode: full screen, large type, and a guided story through the explainer's case
//! studies. Each step sets the theme, opens its country and zooms to it.

use crate::actions::{exit_fullscreen, zoom_to_country};
use crate::geo::Zoom;
use crate::model::i18n::{story_step, tr, Text, STORY_STEPS};
use crate::model::{CountryId, Theme};
use crate::state::{CurrentLang, CurrentTheme, CurrentYear, MapZoom, SelectedCountry, ViewFlags, WorldData};
use leptos::prelude::*;

/// One stop of the story; its title and text, in every language, are `i18n::story_step`.
pub struct Step {
    pub theme: Theme,
    pub country: Option<&'static str>,
}

pub const STORY: [Step; STORY_STEPS] = [
    // 1. The “war on drugs”
    Step { theme: Theme::DeathPenalty, country: None },
    // 2. Mass killings in the Philippines
    Step { theme: Theme::LethalCrackdown, country: Some("PHL") },
    // 3. Women in Mexico
    Step { theme: Theme::LethalCrackdown, country: Some("MEX") },
    // 4. Young people in Belarus
    Step { theme: Theme::Decriminalisation, country: Some("BLR") },
    // 5. The death penalty
    Step { theme: Theme::DeathPenalty, country: Some("SGP") },
    // 6. Discrimination
    Step { theme: Theme::Decriminalisation, country: Some("USA") },
    // 7. An alternative: Portugal
    Step { theme: Theme::Decriminalisation, country: Some("PRT") },
    // 8. Regulation
    Step { theme: Theme::Regulation, country: Some("URY") },
];

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
    let show = move |i: usize| {
        let s = &STORY[i];
        step.set(i);
        theme.set(s.theme);
        year.set(None);
        let id = s.country.and_then(CountryId::parse);
        selected.set(id);
        match id {
            Some(id) => zoom_to_country(&world, id, zoom),
            None => zoom.set(Zoom::IDENTITY),
        }
    };
    let show = StoredValue::new(show);
    let go = move |delta: isize| {
        let next = (step.get_untracked() as isize + delta).clamp(0, STORY.len() as isize - 1) as usize;
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
                    {move || format!("{} / {}", step.get() + 1, STORY.len())}
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
                        disabled=move || step.get() + 1 == STORY.len()
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
