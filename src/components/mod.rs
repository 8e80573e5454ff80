//! The thin Leptos layer: components bind precomputed values; logic lives in `model`, `geo` and `world`.

mod about;
mod app;
mod changes;
mod compare;
mod compare_countries;
mod country_card;
mod country_panel;
mod dialog;
mod embed;
mod language_switcher;
mod legend;
mod loading;
mod present;
mod search_box;
mod sources;
mod stage;
mod table_view;
mod theme_switcher;
mod toolbar;
mod tooltip;
mod url_sync;
mod world_map;
mod year_controls;
mod zoom_controls;

pub use app::App;
