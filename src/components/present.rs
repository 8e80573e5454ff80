//! Classroom mode: full screen, large type, and a guided story through the explainer's case
//! studies. Each step sets the theme, opens its country and zooms to it.

use super::compare::WorldData;
use super::world_map::zoom_to_country;
use crate::geo::Zoom;
use crate::model::{CountryId, Theme};
use crate::state::{CurrentTheme, CurrentYear, MapZoom, SelectedCountry, ViewFlags};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One stop of the story.
pub struct Step {
    pub title: &'static str,
    pub text: &'static str,
    pub theme: Theme,
    pub country: Option<&'static str>,
}

pub const STORY: [Step; 8] = [
    Step {
        title: "The “war on drugs”",
        text: "US President Nixon first used the term in 1971. Since then governments worldwide have punished people who use and sell drugs: about 20% of the world's prisoners are held for a drug offence.",
        theme: Theme::DeathPenalty,
        country: None,
    },
    Step {
        title: "Mass killings in the Philippines",
        text: "From 2016 the anti-drug campaign killed at least 6,200 people by the government's count, and up to 30,000 according to human rights groups. The International Criminal Court is investigating.",
        theme: Theme::LethalCrackdown,
        country: Some("PHL"),
    },
    Step {
        title: "Women in Mexico",
        text: "Cartels recruit women from marginalised backgrounds, and security forces target them for arrest; Amnesty found routine sexual abuse used to secure “confessions”.",
        theme: Theme::LethalCrackdown,
        country: Some("MEX"),
    },
    Step {
        title: "Young people in Belarus",
        text: "Hundreds of children and young people serve long sentences for minor, non-violent drug offences, many of them recruited online as couriers.",
        theme: Theme::Decriminalisation,
        country: Some("BLR"),
    },
    Step {
        title: "The death penalty",
        text: "Drug offences can be punished by death in more than 30 countries, against international law. Singapore hangs people for trafficking; its only alternative sentence is life and 15 strokes of the cane.",
        theme: Theme::DeathPenalty,
        country: Some("SGP"),
    },
    Step {
        title: "Discrimination",
        text: "Drug laws fall hardest on the marginalised. In the US, Black people are over three times more likely to be arrested for cannabis possession than white people, despite similar use.",
        theme: Theme::Decriminalisation,
        country: Some("USA"),
    },
    Step {
        title: "An alternative: Portugal",
        text: "Since 2001 using and possessing drugs is no longer a crime. People are offered health and social services instead of prison, and HIV infections among people who inject drugs fell sharply.",
        theme: Theme::Decriminalisation,
        country: Some("PRT"),
    },
    Step {
        title: "Regulation",
        text: "Some countries now regulate drugs in legal markets, as governments do with alcohol and tobacco: Uruguay was the first to regulate cannabis, in 2013; Canada followed in 2018.",
        theme: Theme::Regulation,
        country: Some("URY"),
    },
];

/// Switches classroom mode on, full screen where the browser allows it.
pub fn enter_presentation(flags: ViewFlags) {
    flags.present.set(true);
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        if let Ok(f) =
            js_sys::Reflect::get(&el, &"requestFullscreen".into()).and_then(|f| f.dyn_into::<js_sys::Function>())
        {
            let _ = f.call0(&el);
        }
    }
}

fn exit_fullscreen() {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        let active = js_sys::Reflect::get(&doc, &"fullscreenElement".into())
            .map(|v| !v.is_null() && !v.is_undefined())
            .unwrap_or(false);
        if active {
            if let Ok(f) =
                js_sys::Reflect::get(&doc, &"exitFullscreen".into()).and_then(|f| f.dyn_into::<js_sys::Function>())
            {
                let _ = f.call0(&doc);
            }
        }
    }
}

/// The story overlay, shown while classroom mode is on.
#[component]
pub fn Presentation() -> impl IntoView {
    let flags = expect_context::<ViewFlags>();
    let theme = expect_context::<CurrentTheme>().0;
    let selected = expect_context::<SelectedCountry>().0;
    let year = expect_context::<CurrentYear>().0;
    let zoom = expect_context::<MapZoom>().0;
    let world = expect_context::<WorldData>().0;
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
        }
    });
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if !flags.present.get_untracked() {
            return;
        }
        match ev.key().as_str() {
            "ArrowRight" | "PageDown" | " " => {
                ev.prevent_default();
                go(1)
            }
            "ArrowLeft" | "PageUp" => {
                ev.prevent_default();
                go(-1)
            }
            "Escape" => leave(),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    view! {
        <Show when=move || flags.present.get()>
            <section class="story" data-testid="story" aria-live="polite" aria-label="Guided story">
                <p class="story-count" data-testid="story-step">{move || format!("{} / {}", step.get() + 1, STORY.len())}</p>
                <h2 class="story-title">{move || STORY[step.get()].title}</h2>
                <p class="story-text">{move || STORY[step.get()].text}</p>
                <div class="story-nav">
                    <button type="button" data-testid="story-prev" disabled=move || step.get() == 0 on:click=move |_| go(-1)>"‹ Previous"</button>
                    <button type="button" data-testid="story-next" disabled=move || step.get() + 1 == STORY.len() on:click=move |_| go(1)>"Next ›"</button>
                    <button type="button" data-testid="story-exit" on:click=move |_| leave()>"Leave (Esc)"</button>
                </div>
            </section>
        </Show>
    }
}
