//! Loading the data files: shapes, first-view statuses, the full dataset on intent and country
//! names on demand, with each file's progress; and the contexts derived from them.

use crate::fetch::{fetch_text, Attempt, LoadError};
use crate::model::i18n::{self, Lang, Names};
use crate::model::translations::PanelTexts;
use crate::model::{
    parse_changes, parse_policies, parse_statuses, CountryId, DataError, Policies, Release, SearchIndex, Shown, Theme,
    STATUSES_FILE,
};
use crate::prerender;
use crate::state::{
    CountrySearch, CurrentLang, CurrentTheme, CurrentYear, DetailOutlines, LoadedPolicies, LocalNames, MapShapes,
    MapZoom, PanelTranslations, PolicyError, SelectedCountry, ShapeElements, ShownColumn, WorldData,
};
use crate::world::{parse_detail_index, parse_detail_tile, visible_box, World, DETAIL_ZOOM, SHAPES_FILE};
use leptos::prelude::*;
use std::sync::Arc;

pub const SHAPES_URL: &str = "assets/data/shapes.txt";
pub const STATUSES_URL: &str = "assets/data/statuses.txt";
pub const POLICIES_URL: &str = "assets/data/policies.json";
pub const NAMES_URL: &str = "assets/data/names.json";
pub const DETAIL_INDEX_URL: &str = "assets/data/detail/index.txt";

/// Where one data file is in its loading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileProgress {
    Waiting,
    Downloading,
    Retrying(u32),
    Done,
}

fn track(progress: RwSignal<FileProgress>) -> impl Fn(Attempt) {
    move |a| {
        progress.set(match a {
            Attempt::Started(_) => FileProgress::Downloading,
            Attempt::Retrying(n) => FileProgress::Retrying(n),
        });
    }
}

async fn load_world(progress: RwSignal<FileProgress>) -> Result<Arc<World>, LoadError> {
    let text = fetch_text(SHAPES_URL, SHAPES_FILE, track(progress)).await?;
    let world = World::parse(&text)?;
    progress.set(FileProgress::Done);
    Ok(Arc::new(world))
}

/// The element children of `parent`, in order.
fn children(parent: &web_sys::Element) -> Vec<web_sys::Element> {
    let list = parent.children();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Reads a static map (`prerender`) back: its world, and its shapes for the map to bind.
fn read_map(svg: &web_sys::Element) -> Result<(World, ShapeElements), DataError> {
    let missing = |field: &str| DataError::new("index.html (static map)", "", field, "missing");
    let attr = |e: &web_sys::Element, name: &str| e.get_attribute(name).unwrap_or_default();
    let group = |selector: &str| svg.query_selector(selector).ok().flatten().ok_or_else(|| missing(selector));
    let (countries, markers) = (group("g.countries")?, group("g.markers")?);
    let fit = svg.get_attribute("data-fit").ok_or_else(|| missing("data-fit"))?;
    let paths = children(&countries);
    let fields: Vec<[String; 4]> =
        paths.iter().map(|p| [attr(p, "data-iso3"), attr(p, "data-name"), attr(p, "data-geo"), attr(p, "d")]).collect();
    let world =
        World::from_parts(&fit, fields.iter().map(|[c, n, g, d]| (c.as_str(), n.as_str(), g.as_str(), d.as_str())))?;
    let circles = children(&markers)
        .into_iter()
        .filter_map(|c| Some((world.position(CountryId::parse(&attr(&c, "data-iso3"))?)?, c)))
        .collect();
    let painted = Theme::parse(&attr(svg, "data-theme")).map(|theme| {
        let column = paths.iter().map(|p| Shown::parse(theme, &attr(p, "data-status")).unwrap_or(Shown::NoData));
        (theme, Arc::new(column.collect()))
    });
    Ok((world, ShapeElements { countries, markers, paths, circles, painted }))
}

/// Adopts the map the build wrote into the page, so the shapes are neither fetched nor drawn
/// again. `None` when the page has none or it does not read back: the shapes are then fetched.
fn adopt_static_map(shapes: MapShapes) -> Option<Arc<World>> {
    let svg = web_sys::window()?.document()?.get_element_by_id(prerender::MAP_ID)?;
    match read_map(&svg) {
        Ok((world, elements)) => {
            // The years the page's own panel showed after a status; the app's panel says them itself.
            for path in &elements.paths {
                let _ = path.remove_attribute("data-since");
                let _ = path.remove_attribute("data-reported");
            }
            shapes.0.set_value(Some(elements));
            Some(Arc::new(world))
        }
        Err(e) => {
            web_sys::console::warn_1(
                &format!("The page's map could not be adopted ({e}); fetching the shapes.").into(),
            );
            None
        }
    }
}

/// Removes the page the build wrote, once the app is mounted: its map's shapes have been adopted
/// (they are held, and move into the app's map), and the app draws its own header and legend.
pub fn retire_static_page() {
    if let Some(shell) =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(prerender::SHELL_ID))
    {
        shell.remove();
    }
}

/// The shapes for the map to bind: the adopted ones, or, when the shapes came from `shapes.txt`,
/// made once from the same markup the build writes.
pub fn shape_elements(world: &World) -> Option<ShapeElements> {
    let shapes = expect_context::<MapShapes>().0;
    if let Some(adopted) = shapes.get_value() {
        return Some(adopted);
    }
    let theme = Theme::DEFAULT;
    let column = vec![Shown::NoData; world.shapes.len()];
    let holder = web_sys::window()?.document()?.create_element("div").ok()?;
    holder.set_inner_html(&prerender::map_svg(world, &column, &[], theme));
    let (_, mut elements) = read_map(&holder.first_element_child()?).ok()?;
    elements.painted = None;
    shapes.set_value(Some(elements.clone()));
    Some(elements)
}

async fn load_statuses(progress: RwSignal<FileProgress>) -> Result<Arc<Policies>, LoadError> {
    let text = fetch_text(STATUSES_URL, STATUSES_FILE, track(progress)).await?;
    let policies = parse_statuses(&text)?;
    progress.set(FileProgress::Done);
    Ok(Arc::new(policies))
}

async fn load_details() -> Result<Arc<Policies>, LoadError> {
    let text = fetch_text(POLICIES_URL, "policies.json", |_| {}).await?;
    let policies = parse_details(text).await?;
    Ok(Arc::new(policies))
}

/// Reads the full dataset. With the `split` feature (the release build) this is a `#[lazy]`
/// function: the dataset's parser and its typed JSON code are a wasm chunk of their own, fetched
/// with the dataset, so a visitor who only looks at the map never downloads them.
#[cfg_attr(feature = "split", leptos::lazy)]
async fn parse_details(text: String) -> Result<Policies, DataError> {
    parse_policies(&text)
}

/// Fetches and installs a language's interface strings (`assets/i18n/LANG.json`); false if they
/// could not be had, and the interface then stays in the language it was in.
pub async fn load_strings(lang: Lang) -> bool {
    if i18n::is_installed(lang) {
        return true;
    }
    let file = format!("{}.json", lang.code());
    let Ok(text) = fetch_text(&format!("assets/i18n/{file}"), &file, |_| {}).await else { return false };
    match i18n::Strings::parse(&text, &file) {
        Ok(strings) => {
            // Another load may have finished first.
            if !i18n::is_installed(lang) {
                i18n::install(lang, strings);
            }
            true
        }
        Err(_) => false,
    }
}

/// The data's change log (`assets/feed/changes.json`), for "Recent changes in the law".
pub async fn load_changes() -> Result<Vec<Release>, LoadError> {
    let text = fetch_text("assets/feed/changes.json", "changes.json", |_| {}).await?;
    Ok(parse_changes(&text)?)
}

/// The browser's plural rules for a language (`Intl.PluralRules`), as a CLDR category.
fn browser_plural(lang: Lang, n: usize) -> &'static str {
    thread_local! {
        static RULES: std::cell::RefCell<Vec<(Lang, js_sys::Intl::PluralRules)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let category = RULES.with(|rules| {
        let mut rules = rules.borrow_mut();
        if !rules.iter().any(|(l, _)| *l == lang) {
            let locales = js_sys::Array::of1(&lang.code().into());
            rules.push((lang, js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new())));
        }
        let (_, r) = rules.iter().find(|(l, _)| *l == lang).expect("just added");
        String::from(r.select(n as f64))
    });
    ["zero", "one", "two", "few", "many"].into_iter().find(|c| *c == category).unwrap_or("other")
}

/// Fetches the country names once a language other than English is chosen. Without the names
/// file the English names stay: nothing else is lost.
fn load_names_on_demand() {
    let lang = expect_context::<CurrentLang>().0;
    let names = expect_context::<LocalNames>().0;
    Effect::new(move |_| {
        if lang.get() != Lang::En && names.get_untracked().is_none() {
            leptos::task::spawn_local(async move {
                if let Ok(text) = fetch_text(NAMES_URL, "names.json", |_| {}).await {
                    if let Ok(parsed) = Names::parse(&text) {
                        names.set(Some(Arc::new(parsed)));
                    }
                }
            });
        }
    });
}

/// Fetches the panel texts in the visitor's language once the full dataset is here and the language
/// is not English; each language once. Without the file the panels stay in English.
fn load_panel_texts_on_demand(policies: Signal<Option<Arc<Policies>>>) {
    let lang = expect_context::<CurrentLang>().0;
    let translations = expect_context::<PanelTranslations>();
    let requested = StoredValue::new(Vec::<Lang>::new());
    Effect::new(move |_| {
        let l = lang.get();
        let detailed = policies.with(|p| p.as_ref().is_some_and(|p| p.detailed));
        if l == Lang::En || !detailed || requested.with_value(|r| r.contains(&l)) {
            return;
        }
        requested.update_value(|r| r.push(l));
        leptos::task::spawn_local(async move {
            let file = format!("texts.{}.json", l.code());
            if let Ok(text) = fetch_text(&format!("assets/data/{file}"), &file, |_| {}).await {
                if let Ok(texts) = PanelTexts::parse(&text, &file) {
                    translations.0.update(|all| all.push((l, Arc::new(texts))));
                }
            }
        });
    });
}

/// Starts loading the full dataset once the visitor shows they may read it: any pointer, key or
/// focus event, or a country in the link. A visitor who only looks at the map never pays for it.
fn want_details_on_intent(want: RwSignal<bool>) {
    let selected = expect_context::<SelectedCountry>().0;
    let request = move || {
        if !want.get_untracked() {
            want.set(true);
        }
    };
    Effect::new(move |_| {
        if selected.get().is_some() {
            request();
        }
    });
    let handles = StoredValue::new_local(Some(vec![
        window_event_listener(leptos::ev::pointermove, move |_| request()),
        window_event_listener(leptos::ev::pointerdown, move |_| request()),
        window_event_listener(leptos::ev::keydown, move |_| request()),
        window_event_listener(leptos::ev::focusin, move |_| request()),
    ]));
    Effect::new(move |_| {
        if want.get() {
            for h in handles.try_update_value(Option::take).flatten().into_iter().flatten() {
                h.remove();
            }
        }
    });
}

/// The data files as the app shell sees them: the shapes (which decide what the page shows), each
/// file's progress, retries, and how far the policy data has got.
#[derive(Clone, Copy)]
pub struct DataFiles {
    /// The world read from the page's own map: ready at once, and then `world` never fetches.
    pub adopted: StoredValue<Option<Arc<World>>>,
    pub world: LocalResource<Result<Arc<World>, LoadError>>,
    pub shapes_progress: RwSignal<FileProgress>,
    pub policies_progress: RwSignal<FileProgress>,
    pub retry_policies: Callback<()>,
    policies: Signal<Option<Arc<Policies>>>,
    policy_error: Signal<Option<LoadError>>,
}

impl DataFiles {
    pub fn retry_world(&self) {
        self.world.refetch();
    }

    /// A hook for tests and the benchmark (`data-policies`): how far the policy data has arrived.
    pub fn policies_state(&self) -> &'static str {
        match (self.policies.with(|p| p.as_ref().map(|p| p.detailed)), self.policy_error.with(Option::is_some)) {
            (Some(true), _) => "full",
            (_, true) => "error",
            (Some(false), _) => "statuses",
            (None, _) => "loading",
        }
    }
}

/// Starts every load and provides `LoadedPolicies`, `PolicyError` and `CountrySearch`. Call once,
/// after `provide_app_state`. A country card (`with_shapes == false`) draws no map and skips the shapes.
pub fn load_data(with_shapes: bool) -> DataFiles {
    i18n::set_plural_rules(browser_plural);
    let shapes_progress = RwSignal::new(FileProgress::Waiting);
    let policies_progress = RwSignal::new(FileProgress::Waiting);
    let shapes = MapShapes(StoredValue::new_local(None));
    provide_context(shapes);
    let adopted = StoredValue::new(if with_shapes { adopt_static_map(shapes) } else { None });
    let fetch_shapes = with_shapes && adopted.with_value(Option::is_none);
    let world = LocalResource::new(move || async move {
        if fetch_shapes {
            load_world(shapes_progress).await
        } else {
            Err(LoadError::Network { file: SHAPES_FILE.to_string() })
        }
    });
    let statuses = LocalResource::new(move || load_statuses(policies_progress));
    let want_details = RwSignal::new(false);
    let details = LocalResource::new(move || {
        let want = want_details.get();
        async move {
            if want {
                Some(load_details().await)
            } else {
                None
            }
        }
    });
    let policies = Signal::derive(move || match details.get() {
        Some(Some(Ok(full))) => Some(full),
        _ => statuses.get().and_then(Result::ok),
    });
    provide_context(LoadedPolicies(policies));
    let policy_error = Signal::derive(move || {
        statuses.get().and_then(Result::err).or_else(|| details.get().flatten().and_then(Result::err))
    });
    provide_context(PolicyError(policy_error));
    let retry_policies = Callback::new(move |_| {
        if statuses.with(|s| matches!(s, Some(Err(_)))) {
            statuses.refetch();
        }
        if details.with(|d| matches!(d, Some(Some(Err(_))))) {
            details.refetch();
        }
    });
    want_details_on_intent(want_details);
    load_names_on_demand();
    load_panel_texts_on_demand(policies);
    let world_now = Signal::derive(move || adopted.get_value().or_else(|| world.get().and_then(Result::ok)));
    provide_country_search(world_now, policies);
    DataFiles { adopted, world, shapes_progress, policies_progress, retry_policies, policies, policy_error }
}

/// The search index, from the shapes once they are here, else from the policy data (so the table
/// can still search when the shapes failed).
fn provide_country_search(world: Signal<Option<Arc<World>>>, policies: Signal<Option<Arc<Policies>>>) {
    let lang = expect_context::<CurrentLang>().0;
    let names = expect_context::<LocalNames>().0;
    let index = Memo::new(move |_| {
        let (l, local) = (lang.get(), names.get());
        let english: Vec<_> = match world.get() {
            Some(w) => w.shapes.iter().map(|s| (s.id, s.name.clone())).collect(),
            _ => policies.with(|p| p.iter().flat_map(|p| p.countries.iter().map(|c| (c.id, c.name.clone()))).collect()),
        };
        // Names in the interface language first, English (and aliases) still found.
        Arc::new(SearchIndex::new(english.into_iter().map(|(id, en)| {
            let mut all = vec![Names::or_english(local.as_deref(), l, id, &en).to_string()];
            if l != Lang::En {
                all.push(en);
            }
            (id, all)
        })))
    });
    provide_context(CountrySearch(index));
}

/// Fetches the finer outlines of what the map shows once it is zoomed in past `DETAIL_ZOOM`: the
/// tile index once, then each tile that overlaps the visible part of the map, once. A failed fetch
/// leaves the first-view outlines, which are still correct, only coarser.
fn load_detail_when_zoomed(world: Arc<World>, outlines: DetailOutlines) {
    let zoom = expect_context::<MapZoom>().0;
    let index = RwSignal::new(None::<Arc<Vec<(String, crate::geo::Bounds)>>>);
    let index_requested = StoredValue::new(false);
    let requested = StoredValue::new(Vec::<String>::new());
    Effect::new(move |_| {
        let z = zoom.get();
        if z.k < DETAIL_ZOOM {
            return;
        }
        let Some(tiles) = index.get() else {
            if !index_requested.get_value() {
                index_requested.set_value(true);
                leptos::task::spawn_local(async move {
                    if let Ok(text) = fetch_text(DETAIL_INDEX_URL, "detail/index.txt", |_| {}).await {
                        if let Some(parsed) = parse_detail_index(&text) {
                            index.set(Some(Arc::new(parsed)));
                        }
                    }
                });
            }
            return;
        };
        let visible = visible_box(&z);
        for (file, _) in tiles.iter().filter(|(_, b)| b.intersects(&visible)) {
            if requested.with_value(|r| r.contains(file)) {
                continue;
            }
            requested.update_value(|r| r.push(file.clone()));
            let (file, world, outlines) = (file.clone(), world.clone(), outlines.clone());
            leptos::task::spawn_local(async move {
                let url = format!("assets/data/detail/{file}");
                if let Ok(text) = fetch_text(&url, &format!("detail/{file}"), |_| {}).await {
                    for (id, path) in parse_detail_tile(&text) {
                        if let Some(i) = world.position(id) {
                            outlines.0[i].set(Some(Arc::from(path)));
                        }
                    }
                }
            });
        }
    });
}

/// Provides what depends on the shapes, once they are loaded: `WorldData`, the status column and
/// the finer outlines (fetched when zoomed in).
pub fn provide_world(world: Arc<World>) {
    let outlines = DetailOutlines(Arc::new(world.shapes.iter().map(|_| RwSignal::new(None)).collect()));
    provide_context(outlines.clone());
    load_detail_when_zoomed(world.clone(), outlines);
    let theme = expect_context::<CurrentTheme>().0;
    let year = expect_context::<CurrentYear>().0;
    let policies = expect_context::<LoadedPolicies>().0;
    provide_context(WorldData(world.clone()));
    // Until the statuses arrive, the map keeps the colours the page was painted with, if it shows
    // that theme today; any other view waits, as "no data".
    let painted = expect_context::<MapShapes>().0.with_value(|s| s.as_ref().and_then(|s| s.painted.clone()));
    let column = Memo::new(move |_| {
        let (theme, year) = (theme.get(), year.get());
        policies.with(|p| match (p, &painted) {
            (None, Some((t, column))) if *t == theme && year.is_none() => column.clone(),
            _ => Arc::new(world.shown_column(p.as_deref(), theme, year)),
        })
    });
    provide_context(ShownColumn(column));
}
