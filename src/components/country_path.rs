//! One country on the map: its shape, or the marker of a country too small to hit.

use crate::geo::Point;
use crate::model::CountryId;
use crate::state::StatusColumn;
use leptos::prelude::*;

/// A country's shape. Only its own `data-status`, `selected` and `hovered` bindings ever re-run.
#[component]
pub fn CountryPath(
    /// Position of the shape in the world, to read its status.
    index: usize,
    id: CountryId,
    name: String,
    /// Its outline: the first-view one, or the finer one once its detail tile has arrived.
    d: Signal<String>,
    statuses: Memo<StatusColumn>,
    is_selected: Selector<Option<CountryId>>,
    is_hovered: Selector<Option<CountryId>>,
) -> impl IntoView {
    let status = move || statuses.with(|s| s[index].code());
    let selected = move || is_selected.selected(&Some(id));
    let hovered = move || is_hovered.selected(&Some(id));
    view! {
        <path
            class="country"
            class:selected=selected
            class:hovered=hovered
            d=d
            data-iso3=id.as_str().to_string()
            data-name=name
            data-status=status
        ></path>
    }
}

/// A visible, clickable circle for a country too small to hit at world scale.
#[component]
pub fn CountryMarker(
    index: usize,
    id: CountryId,
    name: String,
    at: Point,
    /// Radius in viewBox units: shrinks as the map zooms in so markers stay finger-sized.
    r: impl Fn() -> String + Send + Sync + 'static,
    statuses: Memo<StatusColumn>,
    is_selected: Selector<Option<CountryId>>,
) -> impl IntoView {
    let status = move || statuses.with(|s| s[index].code());
    let selected = move || is_selected.selected(&Some(id));
    view! {
        <circle
            class="marker"
            class:selected=selected
            cx=format!("{:.1}", at.x)
            cy=format!("{:.1}", at.y)
            r=r
            data-iso3=id.as_str().to_string()
            data-name=name
            data-status=status
        ></circle>
    }
}
