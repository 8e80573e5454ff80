//! Shared reactive state as small newtype contexts: contexts are keyed by type, so two
//! `RwSignal<Option<CountryId>>` must never share one.

use crate::geo::Zoom;
use crate::model::{CountryId, Shown, Theme};
use leptos::prelude::*;

/// The country whose panel is open.
#[derive(Clone, Copy)]
pub struct SelectedCountry(pub RwSignal<Option<CountryId>>);

/// The country under the pointer or keyboard focus (drives the tooltip and outline).
#[derive(Clone, Copy)]
pub struct HoveredCountry(pub RwSignal<Option<CountryId>>);

/// The theme the map is coloured by.
#[derive(Clone, Copy)]
pub struct CurrentTheme(pub RwSignal<Theme>);

/// The map's zoom and pan.
#[derive(Clone, Copy)]
pub struct MapZoom(pub RwSignal<Zoom>);

/// A legend status being previewed (hover/focus) and one being filtered on (click).
#[derive(Clone, Copy)]
pub struct LegendFocus {
    pub preview: RwSignal<Option<Shown>>,
    pub filter: RwSignal<Option<Shown>>,
}

/// All of the above, created once by `App`.
pub fn provide_app_state() {
    provide_context(SelectedCountry(RwSignal::new(None)));
    provide_context(HoveredCountry(RwSignal::new(None)));
    provide_context(CurrentTheme(RwSignal::new(Theme::DeathPenalty)));
    provide_context(MapZoom(RwSignal::new(Zoom::IDENTITY)));
    provide_context(LegendFocus { preview: RwSignal::new(None), filter: RwSignal::new(None) });
}
