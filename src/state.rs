//! Shared reactive state as small newtype contexts: contexts are keyed by type, so two
//! `RwSignal<Option<CountryId>>` must never share one.

use crate::fetch::LoadError;
use crate::geo::Zoom;
use crate::model::i18n::{Lang, Names};
use crate::model::translations::PanelTexts;
use crate::model::{CountryId, Policies, SearchIndex, Shown, Theme};
use crate::world::World;
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
    /// One country's card (`embed=card`), instead of the map.
    pub card: RwSignal<bool>,
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

/// The map's shapes as DOM elements, in the world's order, and what they were painted with: adopted
/// from the page the build wrote (`prerender`), or made from `shapes.txt` when the page has none.
/// The map binds their status, classes and outlines; it never draws them again.
#[derive(Clone)]
pub struct ShapeElements {
    pub countries: web_sys::Element,
    pub markers: web_sys::Element,
    /// `paths[i]` is `world.shapes[i]`.
    pub paths: Vec<web_sys::Element>,
    /// Markers of small countries, with their shape's index.
    pub circles: Vec<(usize, web_sys::Element)>,
    /// The theme and statuses the page was painted with, shown until the status data arrives.
    pub painted: Option<(Theme, StatusColumn)>,
}

/// The map's shapes, once adopted or made; browser objects, so kept in local storage.
#[derive(Clone, Copy)]
pub struct MapShapes(pub StoredValue<Option<ShapeElements>, LocalStorage>);

/// The loaded shapes, for every view that draws, zooms or lists them. Provided once they arrive;
/// they never change after load, so this is a plain value, not a signal.
#[derive(Clone)]
pub struct WorldData(pub Arc<World>);

/// The policy dataset as far as it has arrived: `None` while loading or after a failure; then
/// the statuses (`detailed == false`); then the full dataset with summaries and sources.
#[derive(Clone, Copy)]
pub struct LoadedPolicies(pub Signal<Option<Arc<Policies>>>);

/// Why a policy file failed, if one did (the statuses or the full dataset).
#[derive(Clone, Copy)]
pub struct PolicyError(pub Signal<Option<LoadError>>);

/// Every country's status in the current theme and year, by shape index.
pub type StatusColumn = Arc<Vec<Shown>>;

/// The status column, shared by map, legend and tooltip.
#[derive(Clone, Copy)]
pub struct ShownColumn(pub Memo<StatusColumn>);

/// The one country search index (names in the interface language, English names, aliases and
/// codes), rebuilt only when the language or the names change. The search box and the table use it.
#[derive(Clone, Copy)]
pub struct CountrySearch(pub Memo<Arc<SearchIndex>>);

/// The country panels' texts in other languages, by language, as each arrives (English needs none).
#[derive(Clone, Copy)]
pub struct PanelTranslations(pub RwSignal<Vec<(Lang, Arc<PanelTexts>)>>);

impl PanelTranslations {
    /// The texts in `lang`, if they have arrived.
    pub fn get(&self, lang: Lang) -> Option<Arc<PanelTexts>> {
        self.0.with(|all| all.iter().find(|(l, _)| *l == lang).map(|(_, t)| t.clone()))
    }
}

/// The countries picked for side-by-side comparison (at most `MAX_COMPARED`), and whether the
/// comparison is open.
#[derive(Clone, Copy)]
pub struct CompareList {
    pub countries: RwSignal<Vec<CountryId>>,
    pub open: RwSignal<bool>,
}

impl CompareList {
    /// Adds the country, or removes it if it is there; a full list takes no more.
    pub fn toggle(&self, id: CountryId) {
        self.countries.update(|list| {
            if let Some(i) = list.iter().position(|c| *c == id) {
                list.remove(i);
            } else if list.len() < crate::model::url_state::MAX_COMPARED {
                list.push(id);
            }
        });
        if self.countries.with_untracked(Vec::is_empty) {
            self.open.set(false);
        }
    }
}

/// Finer outlines, by shape index, for the countries whose detail tile has arrived (see
/// `data::load_detail_when_zoomed`); `None` draws the first-view outline.
#[derive(Clone)]
pub struct DetailOutlines(pub Arc<Vec<RwSignal<Option<Arc<str>>>>>);

impl DetailOutlines {
    /// The outline to draw for the shape at `index`: the finer one once it is here.
    pub fn path(&self, world: &World, index: usize) -> String {
        self.0[index].with(|d| d.as_deref().map_or_else(|| world.shapes[index].path.clone(), str::to_string))
    }
}

/// The pointer in client pixels; hidden for touch.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PointerPosition {
    pub x: f64,
    pub y: f64,
    pub visible: bool,
}

/// Where the pointer is over the map: the map writes it, the tooltip follows it.
#[derive(Clone, Copy)]
pub struct Pointer(pub RwSignal<PointerPosition>);

/// All of the view state above, created once by `App`; the data contexts come from `crate::data`.
pub fn provide_app_state() {
    provide_context(SelectedCountry(RwSignal::new(None)));
    provide_context(HoveredCountry(RwSignal::new(None)));
    provide_context(CurrentTheme(RwSignal::new(Theme::DEFAULT)));
    provide_context(CurrentYear(RwSignal::new(None)));
    provide_context(CurrentLang(RwSignal::new(Lang::En)));
    provide_context(LocalNames(RwSignal::new(None)));
    provide_context(ViewFlags {
        embed: RwSignal::new(false),
        bare: RwSignal::new(false),
        present: RwSignal::new(false),
        table: RwSignal::new(false),
        card: RwSignal::new(false),
    });
    provide_context(UrlNotice(RwSignal::new(None)));
    provide_context(Announcer(RwSignal::new(String::new())));
    provide_context(MapZoom(RwSignal::new(Zoom::IDENTITY)));
    provide_context(LegendFocus { preview: RwSignal::new(None), filter: RwSignal::new(None) });
    provide_context(PanelTranslations(RwSignal::new(Vec::new())));
    provide_context(CompareList { countries: RwSignal::new(Vec::new()), open: RwSignal::new(false) });
}
