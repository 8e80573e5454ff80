//! Share, embed, download and present: the ways the map leaves the page.

use super::app::LoadedPolicies;
use super::dialog::Dialog;
use crate::model::export::to_csv;
use crate::model::i18n::{export_source_line, theme_label, tr, Lang, Text};
use crate::model::url_state::ViewState;
use crate::model::Theme;
use crate::state::{CurrentLang, CurrentTheme, CurrentYear, SelectedCountry, ViewFlags};
use js_sys::{Array, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Export size: the map's 2:1 viewBox plus bands for the title and the legend.
const EXPORT_WIDTH: f64 = 1000.0;
const PNG_SCALE: f64 = 2.0;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The current page's link, as shared.
pub fn current_link() -> String {
    window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// Calls `navigator[name](arg)` if the browser has it; `None` when it does not.
fn call_navigator(name: &str, arg: &JsValue) -> Option<js_sys::Promise> {
    let nav = window()?.navigator();
    let target: JsValue = if name == "writeText" { Reflect::get(&nav, &"clipboard".into()).ok()? } else { nav.into() };
    let f = Reflect::get(&target, &name.into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    f.call1(&target, arg).ok()?.dyn_into().ok()
}

fn save_blob(parts: &JsValue, mime: &str, filename: &str) {
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(parts, &bag) else { return };
    save(&blob, filename);
}

fn save(blob: &web_sys::Blob, filename: &str) {
    let Some(doc) = window().and_then(|w| w.document()) else { return };
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

/// A computed style property, with `url("#id")` paints unquoted for standalone SVG.
fn computed(el: &web_sys::Element, property: &str) -> String {
    window()
        .and_then(|w| w.get_computed_style(el).ok().flatten())
        .and_then(|s| s.get_property_value(property).ok())
        .unwrap_or_default()
        .replace("url(\"", "url(")
        .replace("\")", ")")
}

fn escape_xml(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A standalone SVG of the current map view: title, the map with its colours, the legend, the
/// source line and the date, and its height (the legend sets it). Colours are read from the page
/// so export and screen never differ.
fn map_svg(title: &str, source_line: &str) -> Option<(String, f64)> {
    let doc = window()?.document()?;
    let defs = doc.query_selector(".svg-defs defs").ok().flatten().map(|d| d.outer_html()).unwrap_or_default();
    let shapes = doc.query_selector_all("svg.map[data-testid=world-map] :is(path.country, circle.marker)").ok()?;
    let mut body = String::new();
    for i in 0..shapes.length() {
        let Some(el) = shapes.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let fill = escape_xml(&computed(&el, "fill"));
        if el.tag_name() == "circle" {
            let attr = |n: &str| el.get_attribute(n).unwrap_or_default();
            body.push_str(&format!(
                r##"<circle cx="{}" cy="{}" r="4" fill="{fill}" stroke="#16202a" stroke-width="0.8"/>"##,
                attr("cx"),
                attr("cy")
            ));
        } else {
            body.push_str(&format!(r#"<path d="{}" fill="{fill}"/>"#, el.get_attribute("d").unwrap_or_default()));
        }
    }
    let zoom = doc
        .query_selector(".zoom-layer")
        .ok()
        .flatten()
        .map(|g| computed(&g, "transform"))
        .filter(|t| t.starts_with("matrix"))
        .unwrap_or_else(|| "matrix(1, 0, 0, 1, 0, 0)".into());
    // The legend as the page shows it: swatch colour, words and count.
    let entries = doc.query_selector_all(".legend-entry").ok()?;
    let layout = crate::model::export::export_layout(entries.length() as usize);
    // Right-to-left pages lay the text out from the right edge, so mixed Arabic and Latin reads in order.
    let rtl = doc.document_element().and_then(|e| e.get_attribute("dir")).as_deref() == Some("rtl");
    let (anchor_x, dir) = if rtl { (EXPORT_WIDTH - 20.0, r#" direction="rtl""#) } else { (20.0, "") };
    let mut legend_svg = String::new();
    for i in 0..entries.length() {
        let Some(entry) = entries.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let count = entry.get_attribute("data-count").unwrap_or_default();
        let label =
            entry.query_selector(".legend-label").ok().flatten().and_then(|l| l.text_content()).unwrap_or_default();
        let column = (i as usize % layout.columns) as f64;
        let y = layout.legend_top + (i as usize / layout.columns) as f64 * layout.row_height;
        let x = if rtl { EXPORT_WIDTH - 40.0 - column * 330.0 } else { 20.0 + column * 330.0 };
        let text_x = if rtl { x - 8.0 } else { x + 28.0 };
        let fill = entry.query_selector("rect").ok().flatten().map(|r| computed(&r, "fill")).unwrap_or_default();
        legend_svg.push_str(&format!(
            r##"<rect x="{x}" y="{}" width="20" height="14" fill="{}" stroke="#3b4650"/><text x="{text_x}" y="{y}"{dir}>{} ({count})</text>"##,
            y - 11.0,
            escape_xml(&fill),
            escape_xml(&label)
        ));
    }
    let (height, source_y) = (layout.height, layout.source_y);
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {EXPORT_WIDTH} {height}" width="{EXPORT_WIDTH}" height="{height}" font-family="system-ui, Arial, sans-serif" font-size="14" fill="#16202a">{defs}<rect width="100%" height="100%" fill="#ffffff"/><text x="{anchor_x}" y="32" font-size="22" font-weight="700"{dir}>{}</text><svg x="0" y="45" width="1000" height="500" viewBox="0 0 1000 500"><rect width="1000" height="500" fill="#f7f9fb"/><g transform="{zoom}" stroke="#3b4650" stroke-width="0.4" stroke-linejoin="round">{body}</g></svg>{legend_svg}<text x="{anchor_x}" y="{source_y}" font-size="12" fill="#44515d"{dir}>{}</text></svg>"##,
        escape_xml(title),
        escape_xml(source_line)
    );
    Some((svg, height))
}

fn svg_to_png(svg: String, height: f64, filename: &'static str) {
    let Some(doc) = window().and_then(|w| w.document()) else { return };
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
                save(&b, filename);
            }
        });
        let _ = canvas.to_blob(done.unchecked_ref());
    });
    img.set_onload(Some(onload.unchecked_ref()));
    // A data: URL, which the strict CSP's img-src allows (blob: it does not).
    img.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
}

/// The buttons in the header.
#[component]
pub fn Toolbar() -> impl IntoView {
    let flags = expect_context::<ViewFlags>();
    let policies = expect_context::<LoadedPolicies>().0;
    let theme = expect_context::<CurrentTheme>().0;
    let year = expect_context::<CurrentYear>().0;
    let lang = expect_context::<CurrentLang>().0;
    let message = RwSignal::new(None::<Text>);
    let embed_open = RwSignal::new(false);
    let downloads_open = RwSignal::new(false);
    let share = move || {
        let link = JsValue::from_str(&current_link());
        let data = js_sys::Object::new();
        let _ = Reflect::set(&data, &"url".into(), &link);
        let _ = Reflect::set(&data, &"title".into(), &tr(lang.get_untracked(), Text::Title).into());
        let copied = call_navigator("writeText", &link).is_some();
        message.set(Some(if copied { Text::LinkCopied } else { Text::CopyFromAddressBar }));
        // The system share sheet, where there is one (phones).
        let _ = call_navigator("share", &data);
    };
    let export = move |png: bool| {
        let p = policies.get_untracked();
        let t = theme.get_untracked();
        let (y, l) = (year.get_untracked(), lang.get_untracked());
        let when = y.map_or_else(|| tr(l, Text::Today).to_string(), |y| y.to_string());
        let title = format!("{} ({when})", theme_label(l, t));
        let updated = p.as_ref().map(|p| p.updated.clone()).unwrap_or_default();
        let source = export_source_line(l, &updated);
        let Some((svg, height)) = map_svg(&title, &source) else { return };
        if png {
            svg_to_png(svg, height, "drug-policy-map.png");
        } else {
            save_blob(&Array::of1(&svg.into()).into(), "image/svg+xml", "drug-policy-map.svg");
        }
    };
    // The CSV carries the sources, so it waits for the full dataset, not the first-view statuses.
    let detailed = move || policies.with(|p| p.as_ref().is_some_and(|p| p.detailed));
    let csv = move || {
        if let Some(p) = policies.get_untracked().filter(|p| p.detailed) {
            save_blob(&Array::of1(&to_csv(&p).into()).into(), "text/csv;charset=utf-8", "drug-policy-data.csv");
        }
    };
    view! {
        <div class="toolbar" role="group" aria-label=move || tr(lang.get(), Text::ShareAndExport)>
            <button type="button" data-testid="toggle-table" aria-pressed=move || flags.table.get().to_string() on:click=move |_| flags.table.update(|t| *t = !*t)>
                {move || tr(lang.get(), if flags.table.get() { Text::Map } else { Text::Table })}
            </button>
            <button type="button" data-testid="share" on:click=move |_| share()>{move || tr(lang.get(), Text::Share)}</button>
            <button type="button" data-testid="embed" on:click=move |_| embed_open.set(true)>{move || tr(lang.get(), Text::Embed)}</button>
            <div class="menu">
                <button type="button" data-testid="downloads" aria-expanded=move || downloads_open.get().to_string() on:click=move |_| downloads_open.update(|o| *o = !*o)>
                    {move || tr(lang.get(), Text::Download)}
                </button>
                <Show when=move || downloads_open.get()>
                    <div class="menu-list" role="group" aria-label=move || tr(lang.get(), Text::Downloads) on:click=move |_| downloads_open.set(false)>
                        <button type="button" data-testid="download-csv" disabled=move || !detailed() on:click=move |_| csv()>{move || tr(lang.get(), Text::DataCsv)}</button>
                        <a data-testid="download-json" href="assets/data/policies.json" download="drug-policy-data.json">{move || tr(lang.get(), Text::DataJson)}</a>
                        <button type="button" data-testid="download-png" on:click=move |_| export(true)>{move || tr(lang.get(), Text::MapPng)}</button>
                        <button type="button" data-testid="download-svg" on:click=move |_| export(false)>{move || tr(lang.get(), Text::MapSvg)}</button>
                    </div>
                </Show>
            </div>
            <button type="button" data-testid="present" on:click=move |_| super::present::enter_presentation(flags)>{move || tr(lang.get(), Text::Present)}</button>
            <span class="toolbar-message" role="status" data-testid="toolbar-message">{move || message.get().map(|m| tr(lang.get(), m))}</span>
        </div>
        <Show when=move || embed_open.get()>
            <EmbedDialog open=embed_open />
        </Show>
    }
}

/// The ready-to-paste iframe snippet for the current view, its title in the interface language
/// (the embedded map shows the link's language too).
pub fn embed_snippet(link: &str, lang: Lang) -> String {
    let src = escape_xml(&embedded(link));
    let title = escape_xml(tr(lang, Text::EmbedFrameTitle));
    format!(
        r#"<iframe src="{src}" title="{title}" loading="lazy" style="width:100%;height:620px;border:0" allow="fullscreen; clipboard-write; web-share" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>"#
    )
}

/// `link` with the embed flag: what the iframe loads.
fn embedded(link: &str) -> String {
    let sep = if link.contains('?') { '&' } else { '?' };
    format!("{link}{sep}embed=1")
}

/// The link an embed opens: the current view's theme, and the country and year if the host keeps them.
fn embed_link(base: &str, options: &EmbedOptions) -> String {
    let state = ViewState {
        theme: Some(options.theme),
        lang: options.lang,
        country: options.country,
        year: options.year,
        embed: false,
        bare: options.bare,
        ..ViewState::default()
    };
    let query = state.to_query();
    if query.is_empty() {
        base.to_string()
    } else {
        format!("{base}{query}")
    }
}

#[derive(Clone, Copy, PartialEq)]
struct EmbedOptions {
    theme: Theme,
    /// The language the link asked for, kept so a Spanish page embeds the map in Spanish.
    lang: Option<Lang>,
    country: Option<crate::model::CountryId>,
    year: Option<u16>,
    bare: bool,
}

#[component]
fn EmbedDialog(open: RwSignal<bool>) -> impl IntoView {
    let lang = expect_context::<CurrentLang>().0;
    let theme = expect_context::<CurrentTheme>().0;
    let selected = expect_context::<SelectedCountry>().0;
    let year = expect_context::<CurrentYear>().0;
    let href = current_link();
    let base = href.split(['?', '#']).next().unwrap_or_default().to_string();
    let query = href.split('#').next().unwrap_or_default().split_once('?').map_or("", |(_, q)| q);
    let link_lang = ViewState::parse(query, 1900, 2100).0.lang;
    // The host's choices, starting from what the visitor sees now.
    let chosen_theme = RwSignal::new(theme.get_untracked());
    let keep_country = RwSignal::new(selected.get_untracked().is_some());
    let keep_year = RwSignal::new(year.get_untracked().is_some());
    let bare = RwSignal::new(false);
    let options = Memo::new(move |_| EmbedOptions {
        theme: chosen_theme.get(),
        lang: link_lang,
        country: selected.get_untracked().filter(|_| keep_country.get()),
        year: year.get_untracked().filter(|_| keep_year.get()),
        bare: bare.get(),
    });
    let link = Memo::new({
        let base = base.clone();
        move |_| embed_link(&base, &options.get())
    });
    let snippet = Memo::new(move |_| embed_snippet(&link.get(), lang.get()));
    let preview_src = move || embedded(&link.get());
    let copied = RwSignal::new(false);
    let copy = move || copied.set(call_navigator("writeText", &JsValue::from_str(&snippet.get_untracked())).is_some());
    let theme_options = move || {
        Theme::ALL
            .into_iter()
            .map(|t| view! { <option value=t.code() selected=move || chosen_theme.get() == t>{move || theme_label(lang.get(), t)}</option> })
            .collect_view()
    };
    let on_theme = move |ev: leptos::ev::Event| {
        if let Some(t) = Theme::parse(&event_target_value(&ev)) {
            chosen_theme.set(t);
        }
    };
    view! {
        <Dialog open title_id="embed-title" title=Signal::derive(move || tr(lang.get(), Text::EmbedTitle).to_string()) class="embed-dialog" testid="embed-dialog">
            <div class="panel-body">
                <p>{move || tr(lang.get(), Text::EmbedHelp)}</p>
                <fieldset class="embed-options">
                    <label>{move || tr(lang.get(), Text::EmbedTheme)}" "
                        <select data-testid="embed-theme" on:change=on_theme>{theme_options}</select>
                    </label>
                    <Show when=move || selected.get_untracked().is_some()>
                        <label><input type="checkbox" data-testid="embed-country" prop:checked=move || keep_country.get() on:change=move |ev| keep_country.set(event_target_checked(&ev)) />" "{move || tr(lang.get(), Text::EmbedCountry)}</label>
                    </Show>
                    <Show when=move || year.get_untracked().is_some()>
                        <label><input type="checkbox" data-testid="embed-year" prop:checked=move || keep_year.get() on:change=move |ev| keep_year.set(event_target_checked(&ev)) />" "{move || tr(lang.get(), Text::EmbedYear)}</label>
                    </Show>
                    <label><input type="checkbox" data-testid="embed-bare" prop:checked=move || bare.get() on:change=move |ev| bare.set(event_target_checked(&ev)) />" "{move || tr(lang.get(), Text::EmbedBare)}</label>
                </fieldset>
                <label for="embed-code">{move || tr(lang.get(), Text::EmbedCode)}</label>
                <textarea id="embed-code" data-testid="embed-code" readonly rows="5" prop:value=move || snippet.get()></textarea>
                <button type="button" class="retry" on:click=move |_| copy()>{move || tr(lang.get(), if copied.get() { Text::Copied } else { Text::CopyCode })}</button>
                <p class="embed-preview-title">{move || tr(lang.get(), Text::EmbedPreview)}</p>
                <iframe class="embed-preview" data-testid="embed-preview" src=preview_src title=move || tr(lang.get(), Text::EmbedPreview)></iframe>
            </div>
        </Dialog>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embed_link_keeps_only_what_the_host_chose() {
        let base = "https://example.org/map/";
        let mut o = EmbedOptions { theme: Theme::Regulation, lang: None, country: None, year: None, bare: false };
        assert_eq!(embed_link(base, &o), "https://example.org/map/?theme=regulation");
        o.country = crate::model::CountryId::parse("URY");
        o.year = Some(2010);
        o.bare = true;
        o.lang = Some(Lang::Es);
        assert_eq!(
            embed_link(base, &o),
            "https://example.org/map/?theme=regulation&country=URY&lang=es&year=2010&controls=0"
        );
        o.theme = Theme::DeathPenalty;
        o.country = None;
        o.year = None;
        o.bare = false;
        o.lang = None;
        assert_eq!(embed_link(base, &o), base);
    }

    #[test]
    fn the_snippet_embeds_the_current_view_sandboxed() {
        let s = embed_snippet("https://example.org/map/?theme=regulation&country=URY", Lang::En);
        assert!(s.contains(r#"src="https://example.org/map/?theme=regulation&amp;country=URY&amp;embed=1""#), "{s}");
        assert!(s.contains("sandbox=\"allow-scripts allow-same-origin allow-popups\""));
        assert!(s.contains("title="));
        assert_eq!(embed_snippet("https://x.org/", Lang::En).matches("?embed=1").count(), 1);
        let fr = embed_snippet("https://x.org/?lang=fr", Lang::Fr);
        assert!(fr.contains(r#"title="Les lois sur les drogues dans le monde : carte interactive""#), "{fr}");
    }
}
