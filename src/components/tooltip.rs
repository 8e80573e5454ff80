//! The hover tooltip: the country's name and its status in the current theme, beside the pointer.

use super::world_map::StatusColumn;
use crate::model::labels::shown_label;
use crate::state::{CurrentTheme, HoveredCountry};
use crate::world::World;
use leptos::prelude::*;
use std::sync::Arc;

/// The pointer in client pixels; hidden for touch.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PointerPosition {
    pub x: f64,
    pub y: f64,
    pub visible: bool,
}

const OFFSET: f64 = 14.0;

#[component]
pub fn Tooltip(world: Arc<World>, statuses: Memo<StatusColumn>) -> impl IntoView {
    let hovered = expect_context::<HoveredCountry>().0;
    let theme = expect_context::<CurrentTheme>().0;
    let pointer = expect_context::<RwSignal<PointerPosition>>();
    let content = Memo::new(move |_| {
        let id = hovered.get()?;
        let index = world.shapes.iter().position(|s| s.id == id)?;
        let label = shown_label(theme.get(), statuses.with(|s| s[index]));
        Some((world.shapes[index].name.clone(), label))
    });
    // Kept beside the pointer, flipped left/up near the window's edges so it never covers it.
    let style = move || {
        let p = pointer.get();
        let window = web_sys::window();
        let w = window.as_ref().and_then(|w| w.inner_width().ok()).and_then(|v| v.as_f64()).unwrap_or(1e4);
        let h = window.as_ref().and_then(|w| w.inner_height().ok()).and_then(|v| v.as_f64()).unwrap_or(1e4);
        let (tx, ty) = (
            if p.x > w - 260.0 { "calc(-100% - 14px)" } else { "0px" },
            if p.y > h - 90.0 { "calc(-100% - 14px)" } else { "0px" },
        );
        format!("left:{:.0}px;top:{:.0}px;transform:translate({tx},{ty})", p.x + OFFSET, p.y + OFFSET)
    };
    let visible = move || pointer.get().visible && hovered.get().is_some();
    view! {
        <Show when=visible>
            <div class="tooltip" data-testid="tooltip" role="tooltip" style=style>
                {move || content.get().map(|(name, label)| view! { <strong>{name}</strong> <span>{label}</span> })}
            </div>
        </Show>
    }
}
