//! drug-policy-map: a clickable world map of how each country's laws treat people who use drugs.

/// Pure map maths: projection, fitting, SVG paths.
pub mod geo;
/// Pure data model: codes, shapes, the policy dataset, validation, search.
pub mod model;
/// Pure glue: the page before the app, written into `index.html` at build time.
pub mod prerender;
/// Pure glue: shapes projected once into the viewBox.
pub mod world;

/// Shared operations the views perform (zoom to a country or region, classroom mode, links).
pub mod actions;
/// The Leptos user interface.
pub mod components;
/// Loading the data files and the contexts derived from them.
pub mod data;
/// The only network code.
pub mod fetch;
/// Shared reactive state, as small newtype contexts.
pub mod state;

pub use components::App;
