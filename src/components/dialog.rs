//! A modal dialog on the native `<dialog>` with `showModal()`: the browser moves focus in, keeps it
//! there (the rest of the page is inert) and closes on Escape; focus then returns to the opener.
//! Shared by About, Embed and Compare.

use crate::model::i18n::{tr, Text};
use crate::state::CurrentLang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What Tab can reach inside a dialog.
const FOCUSABLE: &str =
    "a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex]:not([tabindex='-1'])";

#[component]
pub fn Dialog(
    /// Whether it is shown; Close, Escape and a click on the backdrop set it to false.
    open: RwSignal<bool>,
    /// `id` of the heading, for `aria-labelledby`.
    title_id: &'static str,
    /// The heading text.
    #[prop(into)]
    title: Signal<String>,
    /// Extra class (`about`, `compare`, …) and the `data-testid` hook of its content.
    class: &'static str,
    testid: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let children = StoredValue::new(children);
    let lang = expect_context::<CurrentLang>().0;
    let node = NodeRef::<leptos::html::Dialog>::new();
    // The element that had focus when the dialog opened, to give it back on close.
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);

    Effect::new(move |_| {
        let is_open = open.get();
        let Some(dialog) = node.get() else { return };
        if is_open && !dialog.open() {
            opener.set_value(document().active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()));
            if dialog.show_modal().is_ok() {
                // The content renders in the same turn; focus its Close button once it is there.
                request_animation_frame(move || {
                    let close = node.get_untracked().and_then(|d| d.query_selector("button.close").ok().flatten());
                    if let Some(button) = close.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
                        let _ = button.focus();
                    }
                });
            }
        } else if !is_open && dialog.open() {
            dialog.close();
        }
    });
    // Fired by Escape and by `close()`; keeps the signal in step and returns focus.
    let on_close = move |_| {
        open.set(false);
        if let Some(el) = opener.get_value() {
            let _ = el.focus();
        }
    };
    // A dialog removed while open (its owner unmounted it) fires no close event: give focus back.
    on_cleanup(move || {
        if let Some(el) = opener.try_get_value().flatten() {
            let _ = el.focus();
        }
    });
    // The browser keeps focus off the inert page but would let Tab leave for its own UI: wrap it.
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() != "Tab" {
            return;
        }
        let Some(dialog) = node.get_untracked() else { return };
        let Ok(list) = dialog.query_selector_all(FOCUSABLE) else { return };
        let (Some(first), Some(last)) = (list.item(0), list.item(list.length().saturating_sub(1))) else { return };
        let active: Option<web_sys::Node> = document().active_element().map(Into::into);
        let wrap_to = match (ev.shift_key(), active) {
            (false, Some(a)) if a == last => Some(first),
            (true, Some(a)) if a == first => Some(last),
            (_, Some(a)) if !dialog.contains(Some(&a)) => Some(first),
            _ => None,
        };
        if let Some(target) = wrap_to.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
            ev.prevent_default();
            let _ = target.focus();
        }
    };
    // The backdrop belongs to the <dialog> element itself; the content box covers the rest.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let on_backdrop = match (ev.target(), node.get_untracked()) {
            (Some(target), Some(dialog)) => {
                target.unchecked_ref::<wasm_bindgen::JsValue>() == dialog.unchecked_ref::<wasm_bindgen::JsValue>()
            }
            _ => false,
        };
        if on_backdrop {
            open.set(false);
        }
    };
    view! {
        <dialog
            node_ref=node
            class=format!("dialog {class}")
            aria-labelledby=title_id
            on:close=on_close
            on:click=on_click
            on:keydown=on_keydown
        >
            <Show when=move || open.get()>
                <div class="dialog-content" data-testid=testid>
                    <header class="panel-header">
                        <h2 id=title_id>{move || title.get()}</h2>
                        <button
                            type="button"
                            class="close"
                            aria-label=move || tr(lang.get(), Text::Close)
                            on:click=move |_| open.set(false)
                        >
                            "×"
                        </button>
                    </header>
                    {children.with_value(|c| c())}
                </div>
            </Show>
        </dialog>
    }
}
