//! The SVG world map: the countries the page was painted with, adopted and bound (status, hover,
//! selection, finer outlines), markers for small countries, zoom and pan, and one delegated set of
//! pointer listeners. Hover and selection go through `Selector`s.

use super::tooltip::Tooltip;
use crate::actions::display_name;
use crate::data::shape_elements;
use crate::geo::Point;
use crate::model::i18n::{shown_label, theme_label};
use crate::model::CountryId;
use crate::prerender::MARKER_RADIUS;
use crate::state::{
    Announcer, CurrentLang, CurrentTheme, DetailOutlines, HoveredCountry, LegendFocus, LocalNames, MapZoom, Pointer,
    PointerPosition, SelectedCountry, ShapeElements, ShownColumn, StatusColumn,
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

/// Binds the adopted shapes to the state: each shape's `data-status` follows the column, its
/// `hovered` and `selected` classes follow the two `Selector`s, its outline the finer one once its
/// detail tile is here, and the markers' radius the zoom. Runs while the map is mounted.
fn bind_shapes(
    world: &Arc<World>,
    shapes: &ShapeElements,
    statuses: Memo<StatusColumn>,
    is_selected: &Selector<Option<CountryId>>,
    is_hovered: &Selector<Option<CountryId>>,
) -> Bindings {
    let mut effects = Vec::with_capacity(3 * shapes.paths.len() + shapes.circles.len() + 1);
    let paths = shapes.paths.clone();
    let circles = shapes.circles.clone();
    // Only the shapes whose status changed are written; the previous column is the effect's value.
    let column = RenderEffect::new(move |before: Option<StatusColumn>| {
        let column = statuses.get();
        let changed = |i: usize| before.as_ref().is_none_or(|b| b.get(i) != column.get(i));
        for (i, el) in paths.iter().enumerate().filter(|(i, _)| changed(*i)) {
            let _ = el.set_attribute("data-status", column[i].code());
        }
        for (i, c) in circles.iter().filter(|(i, _)| changed(*i)) {
            let _ = c.set_attribute("data-status", column[*i].code());
        }
        column
    });
    let classed = |el: &web_sys::Element, class: &'static str, on: &Selector<Option<CountryId>>, id: CountryId| {
        let (el, on) = (el.clone(), on.clone());
        RenderEffect::new(move |_| {
            let _ = el.class_list().toggle_with_force(class, on.selected(&Some(id)));
        })
    };
    let detail = expect_context::<DetailOutlines>();
    for (i, el) in shapes.paths.iter().enumerate() {
        let id = world.shapes[i].id;
        effects.push(classed(el, "selected", is_selected, id));
        effects.push(classed(el, "hovered", is_hovered, id));
        let (el, world, tile) = (el.clone(), world.clone(), detail.0[i]);
        // The page already has the first-view outline: only a change is ever written.
        effects.push(RenderEffect::new(move |first: Option<()>| {
            let finer = tile.get();
            if first.is_some() {
                let _ = el.set_attribute("d", finer.as_deref().unwrap_or(&world.shapes[i].path));
            }
        }));
    }
    for (i, el) in &shapes.circles {
        effects.push(classed(el, "selected", is_selected, world.shapes[*i].id));
    }
    let zoom = expect_context::<MapZoom>().0;
    let circles = shapes.circles.clone();
    effects.push(RenderEffect::new(move |_| {
        let r = format!("{:.2}", MARKER_RADIUS / zoom.get().k.sqrt());
        for (_, c) in &circles {
            let _ = c.set_attribute("r", &r);
        }
    }));
    (column, effects)
}

/// The effects that bind the shapes, held while the map is mounted: dropped, and so stopped, with
/// it (the table view unmounts the map, and its return binds the same shapes afresh).
type Bindings = (RenderEffect<StatusColumn>, Vec<RenderEffect<()>>);

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
    let detail = expect_context::<DetailOutlines>();
    let outline = {
        let world = world.clone();
        move |id: Option<CountryId>| {
            id.and_then(|id| world.position(id)).map(|i| detail.path(&world, i)).unwrap_or_default()
        }
    };
    let hover_outline = {
        let outline = outline.clone();
        move || outline(hovered.get())
    };
    let selected_outline = move || outline(selected.get());
    // The shapes are the page's own (or made once from the same markup): moved into this map,
    // never drawn twice.
    let layer = NodeRef::<leptos::svg::G>::new();
    if let Some(shapes) = shape_elements(&world) {
        StoredValue::new_local(bind_shapes(&world, &shapes, statuses, &is_selected, &is_hovered));
        layer.on_load(move |g| {
            let _ = g.prepend_with_node_1(&shapes.countries);
            let _ = g.append_with_node_1(&shapes.markers);
        });
    }
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
            <g class="zoom-layer" node_ref=layer style:transform=group_transform>
                <path class="outline outline-selected" d=selected_outline></path>
                <path class="outline outline-hover" d=hover_outline></path>
            </g>
        </svg>
        <Tooltip world />
    }
}
