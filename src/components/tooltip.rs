//! The hover tooltip: the country's name and its status in the current theme, beside the pointer.

use crate::actions::display_name;
use crate::model::i18n::shown_label;
use crate::state::{CurrentLang, CurrentTheme, HoveredCountry, LocalNames, Pointer, ShownColumn};
use crate::world::World;
use leptos::prelude::*;
use std::sync::Arc;

const OFFSET: f64 = 14.0;

#[component]
pub fn Tooltip(world: Arc<World>) -> impl IntoView {
    let statuses = expect_context::<ShownColumn>().0;
    let hovered = expect_context::<HoveredCountry>().0;
    let theme = expect_context::<CurrentTheme>().0;
    let lang = expect_context::<CurrentLang>().0;
    let names = expect_context::<LocalNames>().0;
    let pointer = expect_context::<Pointer>().0;
    let content = Memo::new(move |_| {
        let id = hovered.get()?;
        let index = world.position(id)?;
        let label = shown_label(lang.get(), theme.get(), statuses.with(|s| s[index]));
        let name = display_name(&world.shapes[index], lang.get(), names.get().as_deref());
        Some((name, label))
    });
    // Kept beside the pointer, flipped left/up near the window's edges so it never covers it.
    // Set through CSSOM properties (style:…), which a strict CSP allows, unlike style attributes.
    let flip = move || {
        let p = pointer.get();
        let window = web_sys::window();
        let size = |v: Option<wasm_bindgen::JsValue>| v.and_then(|v| v.as_f64()).unwrap_or(1e4);
        let w = size(window.as_ref().and_then(|w| w.inner_width().ok()));
        let h = size(window.as_ref().and_then(|w| w.inner_height().ok()));
        let x = if p.x > w - 260.0 { "calc(-100% - 28px)" } else { "0px" };
        let y = if p.y > h - 90.0 { "calc(-100% - 28px)" } else { "0px" };
        format!("translate({x},{y})")
    };
    let left = move || format!("{:.0}px", pointer.get().x + OFFSET);
    let top = move || format!("{:.0}px", pointer.get().y + OFFSET);
    let visible = move || pointer.get().visible && hovered.get().is_some();
    view! {
        <Show when=visible>
            <div
                class="tooltip"
                data-testid="tooltip"
                role="tooltip"
                style:left=left
                style:top=top
                style:transform=flip
            >
                {move || {
                    content
                        .get()
                        .map(|(name, label)| {
                            view! {
                                <strong>{name}</strong>
                                <span>{label}</span>
                            }
                        })
                }}
            </div>
        </Show>
    }
}
