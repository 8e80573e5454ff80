//! Zoom buttons and region presets: every pan and zoom also works without dragging.

use crate::actions::region_zoom;
use crate::geo::{Point, Zoom};
use crate::model::i18n::{tr, Text};
use crate::model::Region;
use crate::state::{CurrentLang, MapZoom};
use crate::world::{World, VIEW_HEIGHT, VIEW_WIDTH};
use leptos::prelude::*;
use std::sync::Arc;

const STEP: f64 = 1.6;

/// +, − and reset buttons, and the region presets.
#[component]
pub fn ZoomControls(world: Arc<World>) -> impl IntoView {
    let zoom = expect_context::<MapZoom>().0;
    let lang = expect_context::<CurrentLang>().0;
    let centre = Point::new(VIEW_WIDTH / 2.0, VIEW_HEIGHT / 2.0);
    let zoom_by = move |f: f64| zoom.update(|z| *z = z.scale_at(f, centre, VIEW_WIDTH, VIEW_HEIGHT));
    let presets = Region::ALL
        .into_iter()
        .map(|region| {
            let z = region_zoom(&world, region);
            view! {
                <button type="button" data-region=region.code() on:click=move |_| zoom.set(z)>
                    {move || tr(lang.get(), region.label())}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="zoom-controls" role="group" aria-label=move || tr(lang.get(), Text::Zoom)>
            <button
                type="button"
                data-testid="zoom-in"
                aria-label=move || tr(lang.get(), Text::ZoomIn)
                on:click=move |_| zoom_by(STEP)
            >
                "+"
            </button>
            <button
                type="button"
                data-testid="zoom-out"
                aria-label=move || tr(lang.get(), Text::ZoomOut)
                on:click=move |_| zoom_by(1.0 / STEP)
            >
                "−"
            </button>
            <button
                type="button"
                data-testid="zoom-reset"
                aria-label=move || tr(lang.get(), Text::ResetZoom)
                on:click=move |_| zoom.set(Zoom::IDENTITY)
            >
                "⟲"
            </button>
        </div>
        <details class="regions">
            <summary>{move || tr(lang.get(), Text::Regions)}</summary>
            <div class="region-list" role="group" aria-label=move || tr(lang.get(), Text::ZoomToRegion)>
                <button type="button" data-region="world" on:click=move |_| zoom.set(Zoom::IDENTITY)>
                    {move || tr(lang.get(), Text::World)}
                </button>
                {presets}
            </div>
        </details>
    }
}
