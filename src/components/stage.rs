//! The map stage: loading progress, or the load error with the table as a fallback, or the map
//! and its controls, mounted in short stages so input is never blocked for long.

use super::compare_countries::CompareCountries;
use super::country_panel::CountryPanel;
use super::embed::EmbedHeight;
use super::legend::Legend;
use super::loading::{LoadErrorView, LoadingView};
use super::present::Presentation;
use super::search_box::SearchBox;
use super::table_view::TableView;
use super::url_sync::UrlSync;
use super::world_map::WorldMap;
use super::year_controls::YearControls;
use super::zoom_controls::ZoomControls;
use crate::data::{provide_world, DataFiles};
use crate::fetch::LoadError;
use crate::model::i18n::{tr, Text};
use crate::model::url_state::ViewState;
use crate::state::{CurrentLang, LoadedPolicies, ViewFlags};
use crate::world::World;
use leptos::prelude::*;
use std::sync::Arc;

/// How many start-up stages follow the map's first paint.
const LAST_STAGE: u8 = 3;

/// Advances the start-up stage by one, one task at a time, up to the last.
fn next_stage(stage: RwSignal<u8>) {
    set_timeout(
        move || {
            stage.update(|s| *s += 1);
            if stage.get_untracked() < LAST_STAGE {
                next_stage(stage);
            }
        },
        std::time::Duration::ZERO,
    );
}

/// The shapes failed: say why, offer a retry, and the table, which needs only the policy data.
#[component]
fn WithoutMap(error: LoadError, on_retry: Callback<()>) -> impl IntoView {
    let flags = expect_context::<ViewFlags>();
    let lang = expect_context::<CurrentLang>().0;
    let policies = expect_context::<LoadedPolicies>().0;
    view! {
        <LoadErrorView error on_retry />
        <Show when=move || policies.with(Option::is_some) && !flags.table.get()>
            <button
                type="button"
                class="retry table-fallback"
                data-testid="show-table"
                on:click=move |_| flags.table.set(true)
            >
                {move || tr(lang.get(), Text::ShowTable)}
            </button>
        </Show>
        <Show when=move || flags.table.get() && policies.with(Option::is_some)>
            <TableView />
        </Show>
    }
}

/// The map is drawn in this task. Every other control follows after the first frame, in three
/// short tasks rather than one long one.
#[component]
fn WithMap(world: Arc<World>, initial: ViewState) -> impl IntoView {
    let flags = expect_context::<ViewFlags>();
    provide_world(world.clone());
    let stage = RwSignal::new(0u8);
    request_animation_frame(move || next_stage(stage));
    let map = {
        let world = world.clone();
        move || (!flags.table.get()).then(|| view! { <WorldMap world=world.clone() /> })
    };
    let on_map = move |at: u8| move || stage.get() >= at && !flags.table.get();
    let all_ready = move || stage.get() >= LAST_STAGE;
    let (w1, w2) = (world.clone(), world.clone());
    // The legend comes with the map, so the page's own legend is replaced in the same frame; so
    // does the panel, so a country clicked before the app started opens at once.
    view! {
        {map}
        <Show when=on_map(0)>
            <Legend />
        </Show>
        <CountryPanel world />
        <Show when=on_map(1)>
            <ZoomControls world=w1.clone() />
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
            <CompareCountries />
            <EmbedHeight />
            <UrlSync initial=initial.clone() />
        </Show>
    }
}

/// What the stage shows, as far as the shapes have arrived.
#[component]
pub fn Stage(data: DataFiles, initial: ViewState) -> impl IntoView {
    // The page's own map is adopted at once: the stage never shows "loading" over it.
    if let Some(world) = data.adopted.get_value() {
        return view! { <WithMap world initial /> }.into_any();
    }
    let progress = move || match data.world.get() {
        None => view! { <LoadingView shapes=data.shapes_progress policies=data.policies_progress /> }.into_any(),
        Some(Err(error)) => {
            view! { <WithoutMap error on_retry=Callback::new(move |_| data.retry_world()) /> }.into_any()
        }
        Some(Ok(world)) => view! { <WithMap world initial=initial.clone() /> }.into_any(),
    };
    view! { {progress} }.into_any()
}
