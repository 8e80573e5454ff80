//! The app shell: loads the two data files, provides state, and lays out map, controls and panel.

use super::about::AboutDialog;
use super::compare::WorldData;
use super::country_panel::CountryPanel;
use super::embed::EmbedHeight;
use super::language_switcher::LanguageSwitcher;
use super::legend::Legend;
use super::loading::{LoadErrorView, LoadingView, PolicyNotice};
use super::present::Presentation;
use super::search_box::SearchBox;
use super::table_view::TableView;
use super::theme_switcher::ThemeSwitcher;
use super::toolbar::Toolbar;
use super::url_sync::{apply_initial_view, UrlSync};
use super::world_map::{provide_shown_column, WorldMap};
use super::year_controls::YearControls;
use super::zoom_controls::ZoomControls;
use crate::fetch::{fetch_text, Attempt, LoadError};
use crate::model::i18n::{map_now_shows, theme_label, tr, Text};
use crate::model::{parse_policies, parse_statuses, Policies, STATUSES_FILE};
use crate::state::{provide_app_state, Announcer, CurrentLang, SelectedCountry, UrlNotice, ViewFlags};
use crate::world::{World, SHAPES_FILE};
use leptos::prelude::*;
use std::sync::Arc;

pub const SHAPES_URL: &str = "assets/data/shapes.txt";
pub const STATUSES_URL: &str = "assets/data/statuses.txt";
pub const POLICIES_URL: &str = "assets/data/policies.json";

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
        })
    }
}

async fn load_world(progress: RwSignal<FileProgress>) -> Result<Arc<World>, LoadError> {
    let text = fetch_text(SHAPES_URL, SHAPES_FILE, track(progress)).await?;
    let world = World::parse(&text)?;
    progress.set(FileProgress::Done);
    Ok(Arc::new(world))
}

async fn load_statuses(progress: RwSignal<FileProgress>) -> Result<Arc<Policies>, LoadError> {
    let text = fetch_text(STATUSES_URL, STATUSES_FILE, track(progress)).await?;
    let policies = parse_statuses(&text)?;
    progress.set(FileProgress::Done);
    Ok(Arc::new(policies))
}

async fn load_details() -> Result<Arc<Policies>, LoadError> {
    let text = fetch_text(POLICIES_URL, "policies.json", |_| {}).await?;
    let policies = parse_policies(&text)?;
    Ok(Arc::new(policies))
}

/// The policy dataset as far as it has arrived: `None` while loading or after a failure; then
/// the statuses (`detailed == false`); then the full dataset with summaries and sources.
#[derive(Clone, Copy)]
pub struct LoadedPolicies(pub Signal<Option<Arc<Policies>>>);

/// Why a policy file failed, if one did (the statuses or the full dataset).
#[derive(Clone, Copy)]
pub struct PolicyError(pub Signal<Option<LoadError>>);

/// Starts loading the full dataset once the visitor shows they may read it: any pointer, key or
/// focus event, or a country in the link. A visitor who only looks at the map never pays for it.
fn want_details_on_intent(want: RwSignal<bool>, selected: RwSignal<Option<crate::model::CountryId>>) {
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

/// Advances the start-up stage by one, one task at a time, up to the last.
fn next_stage(stage: RwSignal<u8>) {
    set_timeout(
        move || {
            stage.update(|s| *s += 1);
            if stage.get_untracked() < 3 {
                next_stage(stage);
            }
        },
        std::time::Duration::ZERO,
    );
}

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    provide_app_state();
    let shapes_progress = RwSignal::new(FileProgress::Waiting);
    let policies_progress = RwSignal::new(FileProgress::Waiting);
    let world = LocalResource::new(move || load_world(shapes_progress));
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
    let loaded_policies = Signal::derive(move || match details.get() {
        Some(Some(Ok(full))) => Some(full),
        _ => statuses.get().and_then(Result::ok),
    });
    provide_context(LoadedPolicies(loaded_policies));
    let policies_error = Signal::derive(move || {
        statuses.get().and_then(Result::err).or_else(|| details.get().flatten().and_then(Result::err))
    });
    provide_context(PolicyError(policies_error));
    let retry_world = move || world.refetch();
    let retry_policies = Callback::new(move |_| {
        if statuses.with(|s| matches!(s, Some(Err(_)))) {
            statuses.refetch();
        }
        if details.with(|d| matches!(d, Some(Some(Err(_))))) {
            details.refetch();
        }
    });
    // A hook for tests and the benchmark: how far the policy data has arrived.
    let policies_state = move || match (
        loaded_policies.with(|p| p.as_ref().map(|p| p.detailed)),
        policies_error.with(Option::is_some),
    ) {
        (Some(true), _) => "full",
        (_, true) => "error",
        (Some(false), _) => "statuses",
        (None, _) => "loading",
    };
    let about_open = RwSignal::new(false);
    let selected = expect_context::<SelectedCountry>().0;
    want_details_on_intent(want_details, selected);
    let initial = apply_initial_view();
    let url_notice = expect_context::<UrlNotice>().0;
    let flags = expect_context::<ViewFlags>();
    let announcer = expect_context::<Announcer>().0;
    let lang = expect_context::<CurrentLang>().0;
    let theme = expect_context::<crate::state::CurrentTheme>().0;
    // Theme changes are announced politely, with what the map now shows.
    Effect::new(move |prev: Option<crate::model::Theme>| {
        let t = theme.get();
        if prev.is_some_and(|p| p != t) {
            let l = lang.get_untracked();
            announcer.set(map_now_shows(l, theme_label(l, t)));
        }
        t
    });
    let full_link = move || {
        let _ = (selected.get(), flags.embed.get());
        super::toolbar::current_link().replace("&embed=1", "").replace("?embed=1&", "?").replace("?embed=1", "")
    };

    let stage = move || {
        match world.get() {
        None => view! { <LoadingView shapes=shapes_progress policies=policies_progress /> }.into_any(),
        Some(Err(error)) => view! {
            <LoadErrorView error on_retry=Callback::new(move |_| retry_world()) />
            <Show when=move || loaded_policies.with(Option::is_some) && !flags.table.get()>
                <button type="button" class="retry table-fallback" data-testid="show-table" on:click=move |_| flags.table.set(true)>
                    {move || tr(lang.get(), Text::ShowTable)}
                </button>
            </Show>
            <Show when=move || flags.table.get() && loaded_policies.with(Option::is_some)>
                <TableView />
            </Show>
        }
        .into_any(),
        Some(Ok(world)) => {
            provide_shown_column(world.clone());
            provide_context(WorldData(world.clone()));
            let initial = initial.clone();
            // The map is drawn in this task. Every other control follows after the first frame, in
            // three short tasks rather than one long one, so input is never blocked for long.
            let stage = RwSignal::new(0u8);
            request_animation_frame(move || next_stage(stage));
            let map = {
                let world = world.clone();
                move || (!flags.table.get()).then(|| view! { <WorldMap world=world.clone() /> })
            };
            let on_map = move |at: u8| move || stage.get() >= at && !flags.table.get();
            let all_ready = move || stage.get() >= 3;
            let controls = {
                let world = world.clone();
                let (w1, w2) = (world.clone(), world.clone());
                view! {
                    <Show when=on_map(1)>
                        <ZoomControls world=w1.clone() />
                        <Legend />
                    </Show>
                    <Show when=on_map(2)>
                        <YearControls />
                        <SearchBox world=w2.clone() />
                    </Show>
                    <Show when=all_ready>
                        <Show when=move || flags.table.get()>
                            <TableView />
                        </Show>
                        <Presentation />
                        <EmbedHeight />
                        <CountryPanel world=world.clone() />
                        <UrlSync initial=initial.clone() />
                    </Show>
                }
            };
            view! {
            {map}
            {controls}
            }
            .into_any()
        }
    }
    };

    view! {
        <div
            class="app"
            class:panel-open=move || selected.get().is_some()
            class:embed=move || flags.embed.get()
            class:bare=move || flags.embed.get() && flags.bare.get()
            class:present=move || flags.present.get()
            class:table-mode=move || flags.table.get()
            data-policies=policies_state
        >
            <nav class="skip-links" aria-label=move || tr(lang.get(), Text::SkipLinks)>
                <a class="skip-link" href="#map-stage" data-testid="skip-to-map" on:click=move |_| flags.table.set(false)>{move || tr(lang.get(), Text::SkipToMap)}</a>
                <a class="skip-link" href="#map-stage" data-testid="skip-to-table" on:click=move |_| flags.table.set(true)>{move || tr(lang.get(), Text::SkipToTable)}</a>
            </nav>
            <header class="topbar">
                <h1 class="title">{move || tr(lang.get(), Text::Title)}</h1>
                <div class="controls-row">
                    <ThemeSwitcher />
                    <Show when=move || !flags.embed.get()>
                        <Toolbar />
                    </Show>
                </div>
                <LanguageSwitcher />
                <button class="about-button" type="button" on:click=move |_| about_open.set(true)>
                    {move || tr(lang.get(), Text::About)}
                </button>
                <Show when=move || flags.embed.get()>
                    <a class="open-full" data-testid="open-full" href=full_link target="_blank" rel="noopener">{move || tr(lang.get(), Text::OpenFullMap)}</a>
                </Show>
            </header>
            <main class="stage" id="map-stage">
                {stage}
                <PolicyNotice on_retry=retry_policies />
                <Show when=move || url_notice.get().is_some()>
                    <div class="notice notice-quiet" role="status" data-testid="url-notice">
                        <span>{move || url_notice.get().map(|list| crate::model::i18n::url_ignored(lang.get(), &list))}</span>
                        <button type="button" class="close" aria-label=move || tr(lang.get(), Text::Dismiss) on:click=move |_| url_notice.set(None)>"×"</button>
                    </div>
                </Show>
            </main>
            <AboutDialog open=about_open />
            <div class="visually-hidden" role="status" aria-live="polite" data-testid="announcer">{move || announcer.get()}</div>
        </div>
    }
}
