//! The current map view as a standalone SVG or PNG: the map's own shapes and the legend's own
//! swatches, cloned from the page with their computed colours, so export and screen never differ.

use super::download::{save_blob, save_text};
use crate::model::export::export_layout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// Export size: the map's 2:1 viewBox plus bands for the title and the legend.
const EXPORT_WIDTH: f64 = 1000.0;
const PNG_SCALE: f64 = 2.0;
const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// A computed style property, with `url("#id")` paints unquoted for standalone SVG.
fn computed(el: &Element, property: &str) -> String {
    web_sys::window()
        .and_then(|w| w.get_computed_style(el).ok().flatten())
        .and_then(|s| s.get_property_value(property).ok())
        .unwrap_or_default()
        .replace("url(\"", "url(")
        .replace("\")", ")")
}

/// A new SVG element with these attributes, appended to `parent`.
fn add(doc: &Document, parent: &Element, name: &str, attrs: &[(&str, &str)]) -> Option<Element> {
    let el = doc.create_element_ns(Some(SVG_NS), name).ok()?;
    for (k, v) in attrs {
        el.set_attribute(k, v).ok()?;
    }
    parent.append_child(&el).ok()?;
    Some(el)
}

/// A text line, laid out from the right edge on right-to-left pages so mixed Arabic and Latin
/// reads in order.
fn add_text(doc: &Document, parent: &Element, x: f64, y: f64, text: &str, rtl: bool, attrs: &[(&str, &str)]) {
    let (x, y) = (x.to_string(), y.to_string());
    let mut all = vec![("x", x.as_str()), ("y", y.as_str())];
    all.extend_from_slice(attrs);
    if rtl {
        all.push(("direction", "rtl"));
    }
    if let Some(t) = add(doc, parent, "text", &all) {
        t.set_text_content(Some(text));
    }
}

/// Copies of the map's country shapes and markers, each with the fill the page shows.
fn add_shapes(doc: &Document, layer: &Element) -> Option<()> {
    let shapes = doc.query_selector_all("svg.map[data-testid=world-map] :is(path.country, circle.marker)").ok()?;
    for i in 0..shapes.length() {
        let Some(el) = shapes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        let fill = computed(&el, "fill");
        let Some(copy) = el.clone_node().ok().and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        // Only geometry and paint leave the page: no classes, hooks or handlers.
        for name in copy.get_attribute_names().iter().filter_map(|n| n.as_string()) {
            if !matches!(name.as_str(), "d" | "cx" | "cy") {
                let _ = copy.remove_attribute(&name);
            }
        }
        let _ = copy.set_attribute("fill", &fill);
        if copy.tag_name() == "circle" {
            let _ = copy.set_attribute("r", "4");
            let _ = copy.set_attribute("stroke", "#16202a");
            let _ = copy.set_attribute("stroke-width", "0.8");
        }
        layer.append_child(&copy).ok()?;
    }
    Some(())
}

/// The legend as the page shows it: swatch colour, words and count, in rows below the map.
fn add_legend(doc: &Document, svg: &Element, layout: &crate::model::export::ExportLayout, rtl: bool) -> Option<()> {
    let entries = doc.query_selector_all(".legend-entry").ok()?;
    for i in 0..entries.length() {
        let Some(entry) = entries.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        let count = entry.get_attribute("data-count").unwrap_or_default();
        let label =
            entry.query_selector(".legend-label").ok().flatten().and_then(|l| l.text_content()).unwrap_or_default();
        let column = (i as usize % layout.columns) as f64;
        let y = layout.legend_top + (i as usize / layout.columns) as f64 * layout.row_height;
        let x = if rtl { EXPORT_WIDTH - 40.0 - column * 330.0 } else { 20.0 + column * 330.0 };
        let fill = entry.query_selector("rect").ok().flatten().map(|r| computed(&r, "fill")).unwrap_or_default();
        let (xs, ys) = (x.to_string(), (y - 11.0).to_string());
        add(
            doc,
            svg,
            "rect",
            &[("x", &xs), ("y", &ys), ("width", "20"), ("height", "14"), ("fill", &fill), ("stroke", "#3b4650")],
        )?;
        add_text(doc, svg, if rtl { x - 8.0 } else { x + 28.0 }, y, &format!("{label} ({count})"), rtl, &[]);
    }
    Some(())
}

/// A standalone SVG of the current map view: title, the map with its colours, the legend, the
/// source line and the date; and its height (the legend sets it).
fn map_svg(title: &str, source_line: &str) -> Option<(String, f64)> {
    let doc = web_sys::window()?.document()?;
    let entries = doc.query_selector_all(".legend-entry").ok()?.length() as usize;
    let layout = export_layout(entries);
    let rtl = doc.document_element().and_then(|e| e.get_attribute("dir")).as_deref() == Some("rtl");
    let (w, h) = (EXPORT_WIDTH.to_string(), layout.height.to_string());
    let svg = doc.create_element_ns(Some(SVG_NS), "svg").ok()?;
    let view_box = format!("0 0 {w} {h}");
    for (k, v) in [
        ("viewBox", view_box.as_str()),
        ("width", w.as_str()),
        ("height", h.as_str()),
        ("font-family", "system-ui, Arial, sans-serif"),
        ("font-size", "14"),
        ("fill", "#16202a"),
    ] {
        svg.set_attribute(k, v).ok()?;
    }
    // The patterns that hatched statuses point to.
    if let Some(defs) =
        doc.query_selector(".svg-defs defs").ok().flatten().and_then(|d| d.clone_node_with_deep(true).ok())
    {
        svg.append_child(&defs).ok()?;
    }
    add(&doc, &svg, "rect", &[("width", "100%"), ("height", "100%"), ("fill", "#ffffff")])?;
    let anchor_x = if rtl { EXPORT_WIDTH - 20.0 } else { 20.0 };
    add_text(&doc, &svg, anchor_x, 32.0, title, rtl, &[("font-size", "22"), ("font-weight", "700")]);
    let frame = add(
        &doc,
        &svg,
        "svg",
        &[("x", "0"), ("y", "45"), ("width", "1000"), ("height", "500"), ("viewBox", "0 0 1000 500")],
    )?;
    add(&doc, &frame, "rect", &[("width", "1000"), ("height", "500"), ("fill", "#f7f9fb")])?;
    let zoom = doc
        .query_selector(".zoom-layer")
        .ok()
        .flatten()
        .map(|g| computed(&g, "transform"))
        .filter(|t| t.starts_with("matrix"))
        .unwrap_or_else(|| "matrix(1, 0, 0, 1, 0, 0)".into());
    let layer = add(
        &doc,
        &frame,
        "g",
        &[("transform", &zoom), ("stroke", "#3b4650"), ("stroke-width", "0.4"), ("stroke-linejoin", "round")],
    )?;
    add_shapes(&doc, &layer)?;
    add_legend(&doc, &svg, &layout, rtl)?;
    add_text(&doc, &svg, anchor_x, layout.source_y, source_line, rtl, &[("font-size", "12"), ("fill", "#44515d")]);
    let text = web_sys::XmlSerializer::new().ok()?.serialize_to_string(&svg).ok()?;
    Some((text, layout.height))
}

/// Draws the SVG on a canvas at twice its size and saves the PNG.
fn save_png(svg: String, height: f64, filename: &'static str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(img) = web_sys::HtmlImageElement::new() else { return };
    let encoded = js_sys::encode_uri_component(&svg);
    let image = img.clone();
    let onload = Closure::once_into_js(move || {
        let Ok(canvas) = doc.create_element("canvas").map(|c| c.unchecked_into::<web_sys::HtmlCanvasElement>()) else {
            return;
        };
        canvas.set_width((EXPORT_WIDTH * PNG_SCALE) as u32);
        canvas.set_height((height * PNG_SCALE) as u32);
        let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(
            &image,
            0.0,
            0.0,
            EXPORT_WIDTH * PNG_SCALE,
            height * PNG_SCALE,
        );
        let done = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
            if let Some(b) = blob {
                save_blob(&b, filename);
            }
        });
        let _ = canvas.to_blob(done.unchecked_ref());
    });
    img.set_onload(Some(onload.unchecked_ref()));
    // A data: URL, which the strict CSP's img-src allows (blob: it does not).
    img.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
}

/// Exports the current view as PNG or SVG, titled and with the source line.
pub fn export_map(title: &str, source_line: &str, png: bool) {
    let Some((svg, height)) = map_svg(title, source_line) else { return };
    if png {
        save_png(svg, height, "drug-policy-map.png");
    } else {
        save_text(&svg, "image/svg+xml", "drug-policy-map.svg");
    }
}
