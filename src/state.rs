//! Shared reactive state as small newtype contexts: contexts are keyed by type, so two
//! `RwSignal<Option<CountryId>>` must never share one.

use crate::geo::Zoom;
use crate::model::i18n::{Lang, Names};
use crate::model::{CountryId, Shown, Theme};
use leptos::prelude::*;
use std::sync::Arc;

/// The country whose panel is open.
#[derive(Clone, Copy)]
pub struct SelectedCountry(pub RwSignal<Option<CountryId>>);

/// The country under the pointer or keyboard focus (drives the tooltip and outline).
#[derive(Clone, Copy)]
pub struct HoveredCountry(pub RwSignal<Option<CountryId>>);

/// The theme the map is coloured by.
#[derive(Clone, Copy)]
pub struct CurrentTheme(pub RwSignal<Theme>);

/// The year the map shows; `None` is today.
#[derive(Clone, Copy)]
pub struct CurrentYear(pub RwSignal<Option<u16>>);

/// The interface language (`en`, `es`, `fr`, `ar`).
#[derive(Clone, Copy)]
pub struct CurrentLang(pub RwSignal<Lang>);

/// Country names in the current language, once loaded (English needs none).
#[derive(Clone, Copy)]
pub struct LocalNames(pub RwSignal<Option<Arc<Names>>>);

/// How the page is being used: embedded in an iframe, or presented in a classroom.
#[derive(Clone, Copy)]
pub struct ViewFlags {
    pub embed: RwSignal<bool>,
    /// Embedded without theme buttons and zoom controls (`controls=0`).
    pub bare: RwSignal<bool>,
    pub present: RwSignal<bool>,
    pub table: RwSignal<bool>,
}

/// A quiet notice about link settings that were ignored: the settings as written in the link, so
/// the sentence around them follows the interface language.
#[derive(Clone, Copy)]
pub struct UrlNotice(pub RwSignal<Option<String>>);

/// Text for the polite live region: what changed, for screen reader users.
#[derive(Clone, Copy)]
pub struct Announcer(pub RwSignal<String>);

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
    provide_context(CurrentYear(RwSignal::new(None)));
    provide_context(CurrentLang(RwSignal::new(Lang::En)));
    provide_context(LocalNames(RwSignal::new(None)));
    provide_context(ViewFlags {
        embed: RwSignal::new(false),
        bare: RwSignal::new(false),
        present: RwSignal::new(false),
        table: RwSignal::new(false),
    });
    provide_context(UrlNotice(RwSignal::new(None)));
    provide_context(Announcer(RwSignal::new(String::new())));
    provide_context(MapZoom(RwSignal::new(Zoom::IDENTITY)));
    provide_context(LegendFocus { preview: RwSignal::new(None), filter: RwSignal::new(None) });
}
