//! Embedded in an iframe: tells the host page its content height, and nothing else.

use crate::state::ViewFlags;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// The message type host pages listen for (documented in the README).
pub const HEIGHT_MESSAGE: &str = "drug-policy-map:height";

fn post_height() {
    let Some(window) = web_sys::window() else { return };
    let Some(doc) = window.document() else { return };
    // A country card is as tall as its content; the map fills whatever the host gives it.
    let card = doc.query_selector(".app.card-mode").ok().flatten();
    let Some(height) = card.or_else(|| doc.document_element()).map(|e| e.scroll_height()) else { return };
    let Ok(parent) = window.parent() else { return };
    let Some(parent) = parent else { return };
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from(height));
    // Height only, to whatever page embeds us: it is not secret, and we accept no messages back.
    let _ = parent.post_message(&msg, "*");
}

/// While embedded, posts the document's height to the parent on load and on every resize.
#[component]
pub fn EmbedHeight() -> impl IntoView {
    let flags = expect_context::<ViewFlags>();
    Effect::new(move |_| {
        if !flags.embed.get() {
            return;
        }
        post_height();
        let callback = Closure::<dyn FnMut()>::new(post_height);
        if let (Ok(observer), Some(root)) = (
            web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()),
            web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()),
        ) {
            observer.observe(&root);
            std::mem::forget(observer);
        }
        callback.forget();
    });
}
