//! Shared operations that several views perform: zooming to a country or region, classroom mode,
//! the page's link, display names, and scheduling after paint. Views call these; none owns them.

use crate::geo::{Bounds, EqualEarth, Point, Projection, Zoom};
use crate::model::i18n::{Lang, Names};
use crate::model::url_state::ViewState;
use crate::model::{CountryId, Region, Theme, FIRST_YEAR};
use crate::state::{CompareList, CurrentLang, CurrentTheme, CurrentYear, SelectedCountry, UrlNotice, ViewFlags};
use crate::world::{Shape, World, VIEW_HEIGHT, VIEW_WIDTH};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Runs `f` at the start of the frame after the next one: after the browser has painted what the
/// current task changed. Used for work that must not delay the visitor's answer (the rest of the
/// panel, the zoom animation).
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || request_animation_frame(f));
}

/// A country's name in the interface language, falling back to English.
pub fn display_name(shape: &Shape, lang: Lang, names: Option<&Names>) -> String {
    Names::or_english(names, lang, shape.id, &shape.name).to_string()
}

/// The current year, from the visitor's clock: the last year the timeline offers.
pub fn this_year() -> u16 {
    js_sys::Date::new_0().get_full_year() as u16
}

/// The browser's preferred language, if the interface speaks it.
pub fn browser_lang() -> Option<Lang> {
    web_sys::window()?.navigator().language().and_then(|l| Lang::parse(&l))
}

/// Switches the interface to `lang` once its strings are here (fetched the first time), so no
/// view ever shows a language half-loaded. If they cannot be fetched the language stays as it was.
pub fn switch_language(current: RwSignal<Lang>, lang: Lang) {
    if crate::model::i18n::is_installed(lang) {
        current.set(lang);
        return;
    }
    leptos::task::spawn_local(async move {
        if crate::data::load_strings(lang).await {
            current.set(lang);
        }
    });
}

/// Opens the full panel of the country a visitor clicked on the page's map before the app started
/// (`first-view.js` showed its first lines and keeps it in `<html data-pending-country>`).
pub fn answer_early_click() {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
    let Some(id) = root.get_attribute("data-pending-country").and_then(|code| CountryId::parse(&code)) else { return };
    let _ = root.remove_attribute("data-pending-country");
    expect_context::<SelectedCountry>().0.set(Some(id));
}

/// Keeps `<html lang dir>` in step with the interface language, so Arabic lays out right to left
/// (the map and the country card alike).
pub fn mirror_language_on_page(lang: RwSignal<Lang>) {
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", l.code());
            let _ = root.set_attribute("dir", l.dir());
        }
    });
}

/// The current page's link, as shared.
pub fn current_link() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// The link to the map at this address, opened on one country (for citing it).
pub fn country_link(id: Option<CountryId>) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return String::new() };
    let base = format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
    id.map_or(base.clone(), |id| format!("{base}?country={id}"))
}

/// The current link without the embed flag: what "open the full map" opens.
pub fn full_map_link() -> String {
    current_link().replace("&embed=1", "").replace("?embed=1&", "?").replace("?embed=1", "")
}

/// Zooms the map to a country (used by search, links, the story and presets).
pub fn zoom_to_country(world: &World, id: CountryId, zoom: RwSignal<Zoom>) {
    if let Some(shape) = world.shape(id) {
        let max_k = if shape.marker.is_some() { 12.0 } else { 8.0 };
        let mut b = shape.bounds;
        // Tiny countries: show their neighbourhood rather than a single pixel.
        let min_extent = 30.0;
        if b.width() < min_extent || b.height() < min_extent {
            let c = b.centre();
            b = Bounds {
                min: Point::new(c.x - min_extent / 2.0, c.y - min_extent / 2.0),
                max: Point::new(c.x + min_extent / 2.0, c.y + min_extent / 2.0),
            };
        }
        let target = Zoom::fit(b, VIEW_WIDTH, VIEW_HEIGHT, max_k, 1.3);
        // The panel paints first; the map moves from the frame after. A zoom repaints every
        // shape, and the visitor should see the answer to their action within one frame.
        after_next_paint(move || zoom.set(target));
    }
}

/// The viewBox box of a region, projected and fitted like the world.
fn region_bounds(world: &World, region: Region) -> Bounds {
    let (west, south, east, north) = region.bounds();
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

/// The zoom that shows a region.
pub fn region_zoom(world: &World, region: Region) -> Zoom {
    Zoom::fit(region_bounds(world, region), VIEW_WIDTH, VIEW_HEIGHT, 8.0, 1.0)
}

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

/// Leaves full screen, if the page is in it.
pub fn exit_fullscreen() {
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

/// The page's query string, `?` included.
pub fn location_search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The signals a link sets, gathered once inside the component tree: event handlers run outside
/// it and cannot look contexts up.
#[derive(Clone, Copy)]
pub struct LinkTargets {
    theme: RwSignal<Theme>,
    selected: RwSignal<Option<CountryId>>,
    year: RwSignal<Option<u16>>,
    lang: RwSignal<Lang>,
    flags: ViewFlags,
    compare: CompareList,
}

impl LinkTargets {
    pub fn from_context() -> Self {
        LinkTargets {
            theme: expect_context::<CurrentTheme>().0,
            selected: expect_context::<SelectedCountry>().0,
            year: expect_context::<CurrentYear>().0,
            lang: expect_context::<CurrentLang>().0,
            flags: expect_context::<ViewFlags>(),
            compare: expect_context::<CompareList>(),
        }
    }

    pub fn apply(&self, state: &ViewState) {
        self.theme.set(state.theme.unwrap_or(Theme::DeathPenalty));
        self.selected.set(state.country);
        self.year.set(state.year);
        if let Some(lang) = state.lang {
            switch_language(self.lang, lang);
        }
        self.flags.embed.set(state.embed);
        self.flags.bare.set(state.bare);
        self.flags.present.set(state.present);
        self.flags.table.set(state.table);
        self.flags.card.set(state.card);
        self.compare.countries.set(state.compare.clone());
        self.compare.open.set(state.comparing && !state.compare.is_empty());
    }
}

/// Reads the page's query string and applies theme, country, year, language and flags.
pub fn apply_initial_view() -> ViewState {
    let (state, ignored) = ViewState::parse(&location_search(), FIRST_YEAR, this_year());
    let targets = LinkTargets::from_context();
    targets.apply(&state);
    // No language in the link: the browser's, else English.
    if state.lang.is_none() {
        if let Some(l) = browser_lang() {
            switch_language(targets.lang, l);
        }
    }
    if !ignored.is_empty() {
        expect_context::<UrlNotice>().0.set(Some(ignored.join(", ")));
    }
    state
}
