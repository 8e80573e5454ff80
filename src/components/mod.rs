//! The thin Leptos layer: components bind precomputed values; logic lives in `model`, `geo` and `world`.

mod about;
mod app;
mod compare;
mod country_panel;
mod country_path;
mod dialog;
mod embed;
mod language_switcher;
mod legend;
mod loading;
mod present;
mod search_box;
mod table_view;
mod theme_switcher;
mod toolbar;
mod tooltip;
mod url_sync;
mod world_map;
mod year_controls;
mod zoom_controls;

pub use app::App;

use crate::model::i18n::{Lang, Names};

/// A country's name in the interface language, falling back to English.
pub fn display_name(shape: &crate::world::Shape, lang: Lang, names: Option<&Names>) -> String {
    names.and_then(|n| n.get(lang, shape.id)).unwrap_or(&shape.name).to_string()
}

/// Runs `f` at the start of the frame after the next one: after the browser has painted what the
/// current task changed. Used for work that must not delay the visitor's answer (the rest of the
/// panel, the zoom animation).
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || leptos::prelude::request_animation_frame(f));
}
