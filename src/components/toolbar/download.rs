//! Saving a file the page made (CSV, SVG, PNG) through a temporary blob link.

use js_sys::Array;
use wasm_bindgen::JsCast;

/// Saves `text` as a file of type `mime`.
pub fn save_text(text: &str, mime: &str, filename: &str) {
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let parts = Array::of1(&text.into());
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag) else { return };
    save_blob(&blob, filename);
}

/// Saves a blob through a temporary `<a download>`.
pub fn save_blob(blob: &web_sys::Blob, filename: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    if let Ok(a) = doc.create_element("a").map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>()) {
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    // Revoked later: revoking at once can cancel the download before it starts.
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}
