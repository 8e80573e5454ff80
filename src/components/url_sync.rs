//! Keeps the URL and the view in step: a link restores a view, each change of view becomes a
//! history entry, and Back/Forward move between views.

use crate::actions::{location_search, region_zoom, this_year, zoom_to_country, LinkTargets};
use crate::model::url_state::{HistoryStep, ViewState};
use crate::model::{Region, FIRST_YEAR};
use crate::state::{
    CompareList, CurrentLang, CurrentTheme, CurrentYear, MapZoom, SelectedCountry, ViewFlags, WorldData,
};
use leptos::prelude::*;

/// Once the map is loaded: applies the link's zoom, then mirrors every change into the URL.
#[component]
pub fn UrlSync(initial: ViewState) -> impl IntoView {
    let world = expect_context::<WorldData>().0;
    let theme = expect_context::<CurrentTheme>().0;
    let selected = expect_context::<SelectedCountry>().0;
    let year = expect_context::<CurrentYear>().0;
    let lang = expect_context::<CurrentLang>().0;
    let zoom = expect_context::<MapZoom>().0;
    let flags = expect_context::<ViewFlags>();
    let compare = expect_context::<CompareList>();
    let zoom_for_link = {
        let world = world.clone();
        move |state: &ViewState| match (state.region, state.country) {
            (Some(r), _) => zoom.set(region_zoom(&world, r)),
            (None, Some(c)) => zoom_to_country(&world, c, zoom),
            (None, None) => zoom.set(crate::geo::Zoom::IDENTITY),
        }
    };
    zoom_for_link(&initial);
    // The region is derived from the zoom: it stays in the URL only while the view is the preset's.
    let region = move || Region::ALL.into_iter().find(|r| region_zoom(&world, *r) == zoom.get());
    // The language goes into the URL once chosen, not when it came from the browser.
    let initial_lang = lang.get_untracked();
    let explicit_lang = Memo::new(move |_| initial.lang.is_some() || lang.get() != initial_lang);
    let current = move || ViewState {
        theme: Some(theme.get()),
        country: selected.get(),
        lang: explicit_lang.get().then(|| lang.get()),
        year: year.get(),
        region: region(),
        embed: flags.embed.get(),
        bare: flags.bare.get(),
        present: flags.present.get(),
        table: flags.table.get(),
        card: flags.card.get(),
        compare: compare.countries.get(),
        comparing: compare.open.get(),
    };
    // The first run only tidies the link the page was opened with; later changes push an entry or
    // replace the current one (`ViewState::history_step`).
    Effect::new(move |previous: Option<ViewState>| {
        let next = current();
        let query = next.to_query();
        let Some(window) = web_sys::window() else { return next };
        if query != location_search() {
            let url = if query.is_empty() { window.location().pathname().unwrap_or_default() } else { query };
            let step = previous.as_ref().map_or(HistoryStep::Replace, |p| p.history_step(&next));
            if let Ok(history) = window.history() {
                let _ = match step {
                    HistoryStep::Replace => {
                        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
                    }
                    HistoryStep::Push => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
                };
            }
        }
        next
    });
    let targets = LinkTargets::from_context();
    let on_pop = window_event_listener(leptos::ev::popstate, move |_| {
        let (state, _) = ViewState::parse(&location_search(), FIRST_YEAR, this_year());
        targets.apply(&state);
        zoom_for_link(&state);
    });
    on_cleanup(move || on_pop.remove());
}
