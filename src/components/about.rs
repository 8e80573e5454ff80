//! "About and methods": what each status means, the sources, the date of the data, the global
//! figures, and how to report an error.

use super::changes::RecentChanges;
use super::dialog::Dialog;
use crate::actions::country_link;
use crate::model::i18n::{
    about_intro, about_law, citation, data_updated, shown_label, sources_in_all, status_description, theme_label, tr,
    Lang, Text,
};
use crate::model::translations::{global_key, text_or_english, PanelTexts};
use crate::model::{Policies, Shown, Status, Theme};
use crate::state::{CurrentLang, LoadedPolicies, PanelTranslations};
use leptos::prelude::*;

fn definitions(lang: Lang) -> impl IntoView {
    Theme::ALL
        .into_iter()
        .map(|t| {
            let items = t
                .statuses()
                .iter()
                .map(|&s| {
                    view! {
                        <dt>{shown_label(lang, t, Shown::Status(s))}</dt>
                        <dd>{status_description(lang, t, s)}</dd>
                    }
                })
                .collect_view();
            view! {
                <h4>{theme_label(lang, t)}</h4>
                <dl>{items}</dl>
            }
        })
        .collect_view()
}

/// The global facts, in the visitor's language where translated (`texts`), else in English.
fn global_figures(p: &Policies, texts: Option<&PanelTexts>) -> impl IntoView {
    let items = p
        .global_facts
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let sources = f
                .sources
                .iter()
                .filter_map(|id| p.sources.get(id))
                .map(|s| {
                    view! {
                        <a href=s.url.clone() target="_blank" rel="noopener noreferrer">
                            {format!("{} ({})", s.publisher, s.year)}
                        </a>
                        " "
                    }
                })
                .collect_view();
            let (text, lang) = text_or_english(texts, &global_key(i), &f.text);
            let (text, lang) = (text.to_string(), lang.to_string());
            view! {
                <li lang=lang dir="auto">
                    {text}
                    " "
                    <span class="fact-sources">{sources}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="global-facts" data-testid="global-facts">
            {items}
        </ul>
    }
}

fn source_list(p: &Policies, lang: Lang) -> impl IntoView {
    let mut publishers: Vec<(&str, usize)> = Vec::new();
    for s in p.sources.values() {
        match publishers.iter_mut().find(|(name, _)| *name == s.publisher) {
            Some((_, n)) => *n += 1,
            None => publishers.push((&s.publisher, 1)),
        }
    }
    publishers.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let items =
        publishers.into_iter().take(15).map(|(name, n)| view! { <li>{format!("{name} ({n})")}</li> }).collect_view();
    view! {
        <p>{sources_in_all(lang, p.sources.len())}</p>
        <ul class="publishers" dir="auto">
            {items}
        </ul>
    }
}

/// The dialog's content. With the `split` feature (the release build) this is a `#[lazy]` function:
/// its code, and the code only it reaches, is cut into a wasm chunk of its own that is fetched the
/// first time About opens (scripts/wasm-split.mjs). Without the feature it is an ordinary function.
#[cfg_attr(feature = "split", leptos::lazy)]
async fn about_body(open: RwSignal<bool>) -> AnyView {
    let policies = expect_context::<LoadedPolicies>().0;
    let lang = expect_context::<CurrentLang>().0;
    let translations = expect_context::<PanelTranslations>();
    let data_part = move || {
        let l = lang.get();
        let [updated_before, updated_after] = data_updated(l);
        // The figures and sources are in the full dataset; until it arrives, say so.
        policies.with(|p| match p.as_ref().filter(|p| p.detailed) {
            None => view! {
                <p class="details-pending" data-testid="details-pending">
                    {tr(l, Text::LoadingDetails)}
                </p>
            }
            .into_any(),
            Some(p) => view! {
                <h3>{tr(l, Text::WarInFigures)}</h3>
                {global_figures(p, translations.get(l).as_deref())}
                <h3>{tr(l, Text::Sources)}</h3>
                {source_list(p, l)}
                <p class="updated">
                    {updated_before} <time datetime=p.updated.clone()>{p.updated.clone()}</time> {updated_after}
                </p>
                <h3>{tr(l, Text::CiteThis)}</h3>
                <p class="cite" data-testid="cite-dataset">
                    {citation(l, &p.version, &p.updated, &country_link(None))}
                </p>
            }
            .into_any(),
        })
    };
    let prose = move || {
        let l = lang.get();
        let [intro_before, intro_after] = about_intro(l);
        let [law, de_jure, means, de_facto, rest] = about_law(l);
        let not_confirmed = shown_label(l, Theme::DeathPenalty, Shown::Status(Status::NotConfirmed));
        view! {
            <p>{intro_before} <em>{not_confirmed}</em> {intro_after}</p>
            <p>{law} <strong>{de_jure}</strong> {means} <strong>{de_facto}</strong> {rest}</p>
        }
    };
    view! {
        <div class="panel-body">
            {prose} {data_part} <RecentChanges open /> <h3>{move || tr(lang.get(), Text::WhatStatusMeans)}</h3>
            {move || definitions(lang.get())} <h3>{move || tr(lang.get(), Text::ReportError)}</h3>
            <p>{move || tr(lang.get(), Text::ReportErrorText)}</p>
        </div>
    }
    .into_any()
}

#[component]
pub fn AboutDialog(open: RwSignal<bool>) -> impl IntoView {
    let lang = expect_context::<CurrentLang>().0;
    let title = Signal::derive(move || tr(lang.get(), Text::AboutTitle).to_string());
    // The dialog's frame (heading, Close, focus handling) is in the main module, so it opens at
    // once; the body follows when its chunk has arrived (at once when it is already loaded). A bare
    // `Suspend`, not inside `<Suspense>`: that would hold the whole body back until every resource
    // it reads (the full dataset, the change log) has loaded, where About says "loading" instead.
    view! {
        <Dialog open title_id="about-title" title class="about" testid="about">
            {move || Suspend::new(about_body(open))}
        </Dialog>
    }
}
