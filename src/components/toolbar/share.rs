//! Sharing a link: the clipboard and the system share sheet, where the browser has them.

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};

/// Calls `navigator[name](arg)`, or `navigator.clipboard[name](arg)` for `writeText`, if the
/// browser has it; `None` when it does not. Through `Reflect` because older browsers lack both.
fn call_navigator(name: &str, arg: &JsValue) -> Option<js_sys::Promise> {
    let nav = web_sys::window()?.navigator();
    let target: JsValue = if name == "writeText" { Reflect::get(&nav, &"clipboard".into()).ok()? } else { nav.into() };
    let f = Reflect::get(&target, &name.into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    f.call1(&target, arg).ok()?.dyn_into().ok()
}

/// Copies `text` to the clipboard; false when the browser offers no clipboard.
pub fn copy_text(text: &str) -> bool {
    call_navigator("writeText", &JsValue::from_str(text)).is_some()
}

/// Opens the system share sheet for a link, where there is one (phones).
pub fn share_link(url: &str, title: &str) {
    let data = js_sys::Object::new();
    let _ = Reflect::set(&data, &"url".into(), &url.into());
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let _ = call_navigator("share", &data);
}
