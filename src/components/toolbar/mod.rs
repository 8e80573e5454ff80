//! The toolbar: share, embed, download and present, the ways the map leaves the page. The browser
//! edges live beside it: `share`, `download`, `export`, and the embed dialog.

mod download;
mod embed_dialog;
mod export;
mod share;

use crate::actions::{current_link, enter_presentation};
use crate::model::i18n::{export_source_line, theme_label, tr, Text};
use crate::state::{CurrentLang, CurrentTheme, CurrentYear, LoadedPolicies, ViewFlags};
use embed_dialog::EmbedDialog;
use leptos::prelude::*;

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
        let link = current_link();
        let copied = share::copy_text(&link);
        message.set(Some(if copied { Text::LinkCopied } else { Text::CopyFromAddressBar }));
        share::share_link(&link, tr(lang.get_untracked(), Text::Title));
    };
    let export = move |png: bool| {
        let p = policies.get_untracked();
        let t = theme.get_untracked();
        let (y, l) = (year.get_untracked(), lang.get_untracked());
        let when = y.map_or_else(|| tr(l, Text::Today).to_string(), |y| y.to_string());
        let title = format!("{} ({when})", theme_label(l, t));
        let updated = p.as_ref().map(|p| p.updated.clone()).unwrap_or_default();
        export::export_map(&title, &export_source_line(l, &updated), png);
    };
    view! {
        <div class="toolbar" role="group" aria-label=move || tr(lang.get(), Text::ShareAndExport)>
            <button
                type="button"
                data-testid="toggle-table"
                aria-pressed=move || flags.table.get().to_string()
                on:click=move |_| flags.table.update(|t| *t = !*t)
            >
                {move || tr(lang.get(), if flags.table.get() { Text::Map } else { Text::Table })}
            </button>
            <button type="button" data-testid="share" on:click=move |_| share()>
                {move || tr(lang.get(), Text::Share)}
            </button>
            <button type="button" data-testid="embed" on:click=move |_| embed_open.set(true)>
                {move || tr(lang.get(), Text::Embed)}
            </button>
            <div class="menu">
                <button
                    type="button"
                    data-testid="downloads"
                    aria-expanded=move || downloads_open.get().to_string()
                    on:click=move |_| downloads_open.update(|o| *o = !*o)
                >
                    {move || tr(lang.get(), Text::Download)}
                </button>
                <Show when=move || downloads_open.get()>
                    <div
                        class="menu-list"
                        role="group"
                        aria-label=move || tr(lang.get(), Text::Downloads)
                        on:click=move |_| downloads_open.set(false)
                    >
                        <a data-testid="download-csv" href="assets/feed/dataset.csv" download="drug-policy-data.csv">
                            {move || tr(lang.get(), Text::DataCsv)}
                        </a>
                        <a data-testid="download-json" href="assets/feed/dataset.json" download="drug-policy-data.json">
                            {move || tr(lang.get(), Text::DataJson)}
                        </a>
                        <button type="button" data-testid="download-png" on:click=move |_| export(true)>
                            {move || tr(lang.get(), Text::MapPng)}
                        </button>
                        <button type="button" data-testid="download-svg" on:click=move |_| export(false)>
                            {move || tr(lang.get(), Text::MapSvg)}
                        </button>
                    </div>
                </Show>
            </div>
            <button type="button" data-testid="present" on:click=move |_| enter_presentation(flags)>
                {move || tr(lang.get(), Text::Present)}
            </button>
            <span class="toolbar-message" role="status" data-testid="toolbar-message">
                {move || message.get().map(|m| tr(lang.get(), m))}
            </span>
        </div>
        <Show when=move || embed_open.get()>
            <EmbedDialog open=embed_open />
        </Show>
    }
}
