//! Zoom buttons and region presets: every pan and zoom also works without dragging.

use crate::geo::{Bounds, EqualEarth, Point, Projection, Zoom};
use crate::model::i18n::{tr, Text};
use crate::state::{CurrentLang, MapZoom};
use crate::world::{World, VIEW_HEIGHT, VIEW_WIDTH};
use leptos::prelude::*;
use std::sync::Arc;

const STEP: f64 = 1.6;

/// A region preset: (code, name, west, south, east, north) in degrees.
pub const REGIONS: [(&str, Text, f64, f64, f64, f64); 6] = [
    ("africa", Text::Africa, -20.0, -36.0, 52.0, 38.0),
    ("americas", Text::Americas, -170.0, -56.0, -30.0, 72.0),
    ("asia", Text::Asia, 60.0, -11.0, 150.0, 55.0),
    ("europe", Text::Europe, -25.0, 34.0, 45.0, 71.0),
    ("middle_east", Text::MiddleEast, 25.0, 12.0, 63.0, 42.0),
    ("oceania", Text::Oceania, 110.0, -48.0, 180.0, 5.0),
];

/// The viewBox box of a lon/lat rectangle, projected and fitted like the world.
pub fn region_bounds(world: &World, west: f64, south: f64, east: f64, north: f64) -> Bounds {
    let mut b = Bounds::EMPTY;
    let steps = 8;
    for i in 0..=steps {
        let t = i as f64 / steps as f64;
        let (lon, lat) = (west + (east - west) * t, south + (north - south) * t);
        for (x, y) in [(lon, south), (lon, north), (west, lat), (east, lat)] {
            b.extend(world.fit.apply(EqualEarth.project(x, y)));
        }
    }
    b
}

/// The zoom of a region preset, by its URL code.
pub fn region_zoom(world: &World, code: &str) -> Zoom {
    REGIONS.iter().find(|r| r.0 == code).map_or(Zoom::IDENTITY, |&(_, _, w, s, e, n)| {
        Zoom::fit(region_bounds(world, w, s, e, n), VIEW_WIDTH, VIEW_HEIGHT, 8.0, 1.0)
    })
}

/// +, − and reset buttons, and the region presets.
#[component]
pub fn ZoomControls(world: Arc<World>) -> impl IntoView {
    let zoom = expect_context::<MapZoom>().0;
    let lang = expect_context::<CurrentLang>().0;
    let centre = Point::new(VIEW_WIDTH / 2.0, VIEW_HEIGHT / 2.0);
    let zoom_by = move |f: f64| zoom.update(|z| *z = z.scale_at(f, centre, VIEW_WIDTH, VIEW_HEIGHT));
    let presets = REGIONS
        .iter()
        .map(|&(code, label, ..)| {
            let z = region_zoom(&world, code);
            view! {
                <button type="button" data-region=code on:click=move |_| zoom.set(z)>
                    {move || tr(lang.get(), label)}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="zoom-controls" role="group" aria-label=move || tr(lang.get(), Text::Zoom)>
            <button type="button" data-testid="zoom-in" aria-label=move || tr(lang.get(), Text::ZoomIn) on:click=move |_| zoom_by(STEP)>"+"</button>
            <button type="button" data-testid="zoom-out" aria-label=move || tr(lang.get(), Text::ZoomOut) on:click=move |_| zoom_by(1.0 / STEP)>"−"</button>
            <button type="button" data-testid="zoom-reset" aria-label=move || tr(lang.get(), Text::ResetZoom) on:click=move |_| zoom.set(Zoom::IDENTITY)>
                "⟲"
            </button>
        </div>
        <details class="regions">
            <summary>{move || tr(lang.get(), Text::Regions)}</summary>
            <div class="region-list" role="group" aria-label=move || tr(lang.get(), Text::ZoomToRegion)>
                <button type="button" data-region="world" on:click=move |_| zoom.set(Zoom::IDENTITY)>{move || tr(lang.get(), Text::World)}</button>
                {presets}
            </div>
        </details>
    }
}
