//! The SVG world map: one path per country, markers for small ones, zoom and pan, and one
//! delegated set of pointer listeners. Hover and selection go through `Selector`s.

use super::country_path::{CountryMarker, CountryPath};
use super::tooltip::Tooltip;
use crate::actions::display_name;
use crate::geo::Point;
use crate::model::i18n::{shown_label, theme_label};
use crate::model::CountryId;
use crate::state::{
    Announcer, CurrentLang, CurrentTheme, DetailOutlines, HoveredCountry, LegendFocus, LocalNames, MapZoom, Pointer,
    PointerPosition, SelectedCountry, ShownColumn,
};
use crate::world::Direction;
use crate::world::{World, VIEW_HEIGHT, VIEW_WIDTH};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Pointer travel (CSS px) beyond which a press is a drag, not a click.
const DRAG_THRESHOLD: f64 = 5.0;
const WHEEL_STEP: f64 = 1.0015;

/// The `data-iso3` of the element under an event, if it is a country.
fn country_of(ev: &web_sys::Event) -> Option<CountryId> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    CountryId::parse(&el.get_attribute("data-iso3")?)
}

/// Converts client pixels to viewBox units, as `preserveAspectRatio="xMidYMid meet"` lays it out.
fn to_view_box(svg: &web_sys::Element, client_x: f64, client_y: f64) -> (Point, f64) {
    let rect = svg.get_bounding_client_rect();
    let scale = (rect.width() / VIEW_WIDTH).min(rect.height() / VIEW_HEIGHT).max(1e-6);
    let off_x = (rect.width() - VIEW_WIDTH * scale) / 2.0;
    let off_y = (rect.height() - VIEW_HEIGHT * scale) / 2.0;
    (Point::new((client_x - rect.left() - off_x) / scale, (client_y - rect.top() - off_y) / scale), scale)
}

#[derive(Default)]
struct Gesture {
    pointers: HashMap<i32, (f64, f64)>,
    travelled: f64,
}

/// The clickable, zoomable world map.
#[component]
pub fn WorldMap(world: Arc<World>) -> impl IntoView {
    let selected = expect_context::<SelectedCountry>().0;
    let hovered = expect_context::<HoveredCountry>().0;
    let theme = expect_context::<CurrentTheme>().0;
    let zoom = expect_context::<MapZoom>().0;
    let legend = expect_context::<LegendFocus>();
    let pointer = RwSignal::new(PointerPosition::default());
    provide_context(Pointer(pointer));

    let is_selected = Selector::new(move || selected.get());
    let is_hovered = Selector::new(move || hovered.get());
    let statuses = expect_context::<ShownColumn>().0;
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let gesture = StoredValue::new(Gesture::default());

    let on_pointer_down = move |ev: web_sys::PointerEvent| {
        gesture.update_value(|g| {
            if g.pointers.is_empty() {
                g.travelled = 0.0;
            }
            g.pointers.insert(ev.pointer_id(), (ev.client_x() as f64, ev.client_y() as f64));
        });
    };
    let on_pointer_move = move |ev: web_sys::PointerEvent| {
        let (x, y) = (ev.client_x() as f64, ev.client_y() as f64);
        let touch = ev.pointer_type() == "touch";
        if !touch {
            pointer.set(PointerPosition { x, y, visible: true });
        }
        let Some(svg) = svg_ref.get_untracked() else { return };
        let svg: &web_sys::Element = &svg;
        let id = ev.pointer_id();
        let mut pan: Option<(f64, f64)> = None;
        let mut pinch: Option<(f64, Point)> = None;
        gesture.update_value(|g| {
            let Some(&(px, py)) = g.pointers.get(&id) else { return };
            if ev.buttons() == 0 && !touch {
                g.pointers.remove(&id);
                return;
            }
            g.travelled += (x - px).hypot(y - py);
            if g.pointers.len() == 1 {
                pan = Some((x - px, y - py));
            } else if g.pointers.len() == 2 {
                let other = g.pointers.iter().find(|(k, _)| **k != id).map(|(_, v)| *v).unwrap_or((x, y));
                let before = (px - other.0).hypot(py - other.1).max(1.0);
                let after = (x - other.0).hypot(y - other.1).max(1.0);
                let (mid, _) = to_view_box(svg, (x + other.0) / 2.0, (y + other.1) / 2.0);
                pinch = Some((after / before, mid));
            }
            g.pointers.insert(id, (x, y));
        });
        let dragging = gesture.with_value(|g| g.travelled > DRAG_THRESHOLD);
        if let Some((dx, dy)) = pan.filter(|_| dragging) {
            let (_, scale) = to_view_box(svg, 0.0, 0.0);
            zoom.update(|z| *z = z.pan(dx / scale, dy / scale, VIEW_WIDTH, VIEW_HEIGHT));
        }
        if let Some((factor, mid)) = pinch {
            zoom.update(|z| *z = z.scale_at(factor, mid, VIEW_WIDTH, VIEW_HEIGHT));
        }
    };
    let end_pointer =
        move |ev: web_sys::PointerEvent| gesture.update_value(|g| _ = g.pointers.remove(&ev.pointer_id()));
    let on_pointer_over = move |ev: web_sys::PointerEvent| {
        if ev.pointer_type() != "touch" {
            let id = country_of(&ev);
            if hovered.get_untracked() != id {
                hovered.set(id);
            }
        }
    };
    let on_pointer_leave = move |ev: web_sys::PointerEvent| {
        end_pointer(ev);
        hovered.set(None);
        pointer.update(|p| p.visible = false);
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        if gesture.with_value(|g| g.travelled > DRAG_THRESHOLD) {
            return;
        }
        selected.set(country_of(&ev));
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        let Some(svg) = svg_ref.get_untracked() else { return };
        let (at, _) = to_view_box(&svg, ev.client_x() as f64, ev.client_y() as f64);
        let delta = ev.delta_y() * if ev.delta_mode() == 1 { 40.0 } else { 1.0 };
        zoom.update(|z| *z = z.scale_at(WHEEL_STEP.powf(-delta), at, VIEW_WIDTH, VIEW_HEIGHT));
    };

    // Double-click or double-tap zooms in at that point, as map apps do.
    let on_double = move |ev: web_sys::MouseEvent| {
        ev.prevent_default();
        let Some(svg) = svg_ref.get_untracked() else { return };
        let (at, _) = to_view_box(&svg, ev.client_x() as f64, ev.client_y() as f64);
        zoom.update(|z| *z = z.scale_at(2.0, at, VIEW_WIDTH, VIEW_HEIGHT));
    };
    let group_transform = move || zoom.get().css_transform();
    let marker_radius = move || format!("{:.2}", 4.0 / zoom.get().k.sqrt());
    let detail = expect_context::<DetailOutlines>();
    let outline = {
        let (world, detail) = (world.clone(), detail.clone());
        move |id: Option<CountryId>| {
            id.and_then(|id| world.position(id)).map(|i| detail.path(&world, i)).unwrap_or_default()
        }
    };
    let hover_outline = {
        let outline = outline.clone();
        move || outline(hovered.get())
    };
    let selected_outline = move || outline(selected.get());
    let paths = world
        .shapes
        .iter()
        .enumerate()
        .map(|(i, s)| {
            view! {
                <CountryPath
                    index=i
                    id=s.id
                    name=s.name.clone()
                    d=Signal::derive({
                        let (world, detail) = (world.clone(), detail.clone());
                        move || detail.path(&world, i)
                    })
                    statuses
                    is_selected=is_selected.clone()
                    is_hovered=is_hovered.clone()
                />
            }
        })
        .collect_view();
    let markers = world
        .shapes
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.marker.map(|m| (i, s, m)))
        .map(|(i, s, m)| {
            view! {
                <CountryMarker
                    index=i
                    id=s.id
                    name=s.name.clone()
                    at=m
                    r=marker_radius
                    statuses
                    is_selected=is_selected.clone()
                />
            }
        })
        .collect_view();
    let lang = expect_context::<CurrentLang>().0;
    let names = expect_context::<LocalNames>().0;
    let aria_label = move || {
        let l = lang.get();
        crate::model::i18n::map_aria_label(l, theme_label(l, theme.get()))
    };
    let announcer = expect_context::<Announcer>().0;
    let world_for_keys = world.clone();
    let announce = {
        let world = world.clone();
        move |id: CountryId| {
            let Some(i) = world.position(id) else { return };
            let (t, l) = (theme.get_untracked(), lang.get_untracked());
            let shown = statuses.with_untracked(|c| c[i]);
            let name = display_name(&world.shapes[i], l, names.get_untracked().as_deref());
            announcer.set(format!("{name}: {} ({})", shown_label(l, t, shown), theme_label(l, t)));
        }
    };
    // Keyboard: the map is one tab stop; arrows move to the nearest country that way.
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let world = &world_for_keys;
        let current = hovered.get_untracked().or_else(|| selected.get_untracked());
        let start = || {
            let centre = zoom.get_untracked().invert(Point::new(VIEW_WIDTH / 2.0, VIEW_HEIGHT / 2.0));
            world.nearest(centre)
        };
        let order = || world.alphabetical();
        let next = match ev.key().as_str() {
            "ArrowUp" => Some(current.map_or_else(start, |c| world.neighbour(c, Direction::Up).or(Some(c)))),
            "ArrowDown" => Some(current.map_or_else(start, |c| world.neighbour(c, Direction::Down).or(Some(c)))),
            "ArrowLeft" => Some(current.map_or_else(start, |c| world.neighbour(c, Direction::Left).or(Some(c)))),
            "ArrowRight" => Some(current.map_or_else(start, |c| world.neighbour(c, Direction::Right).or(Some(c)))),
            "Home" => Some(order().first().copied()),
            "End" => Some(order().last().copied()),
            "Enter" | " " => {
                if let Some(c) = current {
                    ev.prevent_default();
                    selected.set(Some(c));
                }
                None
            }
            "+" | "=" => {
                zoom.update(|z| {
                    *z = z.scale_at(1.6, Point::new(VIEW_WIDTH / 2.0, VIEW_HEIGHT / 2.0), VIEW_WIDTH, VIEW_HEIGHT);
                });
                None
            }
            "-" => {
                zoom.update(|z| {
                    *z =
                        z.scale_at(1.0 / 1.6, Point::new(VIEW_WIDTH / 2.0, VIEW_HEIGHT / 2.0), VIEW_WIDTH, VIEW_HEIGHT);
                });
                None
            }
            _ => None,
        };
        if let Some(Some(id)) = next {
            ev.prevent_default();
            hovered.set(Some(id));
            announce(id);
        }
    };

    view! {
        <svg
            node_ref=svg_ref
            class="map"
            data-testid="world-map"
            viewBox=format!("0 0 {VIEW_WIDTH} {VIEW_HEIGHT}")
            role="application"
            tabindex="0"
            aria-label=aria_label
            on:keydown=on_key
            on:blur=move |_| {
                if !pointer.get_untracked().visible {
                    hovered.set(None);
                }
            }
            data-theme=move || theme.get().code()
            data-filter=move || legend.filter.get().map(|s| s.code())
            data-preview=move || legend.preview.get().map(|s| s.code())
            on:pointerdown=on_pointer_down
            on:pointermove=on_pointer_move
            on:pointerup=end_pointer
            on:pointercancel=end_pointer
            on:pointerover=on_pointer_over
            on:pointerleave=on_pointer_leave
            on:click=on_click
            on:wheel=on_wheel
            on:dblclick=on_double
        >
            <rect class="ocean" x="0" y="0" width=VIEW_WIDTH height=VIEW_HEIGHT></rect>
            <g class="zoom-layer" style:transform=group_transform>
                <g class="countries">{paths}</g>
                <path class="outline outline-selected" d=selected_outline></path>
                <path class="outline outline-hover" d=hover_outline></path>
                <g class="markers">{markers}</g>
            </g>
        </svg>
        <Tooltip world />
    }
}
