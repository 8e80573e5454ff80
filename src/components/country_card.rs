//! The country card (`?embed=card&country=SGP`, optionally `&theme=…`): one box for a campaign page
//! about one country, with its name, its status on every theme (or one), the key fact, the review
//! date, the sources and a link to the full map. It posts its height like the embedded map.

use super::embed::EmbedHeight;
use super::sources::source_links;
use crate::actions::country_link;
use crate::model::i18n::{shown_label, theme_label, tr, Lang, Names, Text};
use crate::model::translations::{fact_key, summary_key, text_or_english, PanelTexts};
use crate::model::{CountryPolicy, Policies, Shown, Theme};
use crate::state::{CurrentLang, LoadedPolicies, LocalNames, PanelTranslations, PolicyError, SelectedCountry};
use leptos::prelude::*;
use std::sync::Arc;

/// How many sources the card lists before "and more" on the full map.
const SOURCES_SHOWN: usize = 4;

fn theme_rows(country: &CountryPolicy, themes: &[Theme], lang: Lang) -> impl IntoView {
    themes
        .iter()
        .filter_map(|&t| country.theme(t).map(|e| (t, e)))
        .map(|(t, e)| {
            let since = e.since.map(|y| format!(" ({} {y})", tr(lang, Text::Since))).unwrap_or_default();
            view! {
                <li data-theme-section=t.code() data-status=e.status.code()>
                    <span class="status-chip" data-status=e.status.code()></span>
                    <span>
                        <strong>{theme_label(lang, t)}</strong>
                        ": "
                        {shown_label(lang, t, Shown::Status(e.status))}
                        {since}
                    </span>
                </li>
            }
        })
        .collect_view()
}

fn card_body(
    p: &Policies,
    country: &CountryPolicy,
    theme: Option<Theme>,
    lang: Lang,
    texts: Option<&PanelTexts>,
) -> impl IntoView {
    let themes: Vec<Theme> = theme.map_or_else(|| Theme::ALL.to_vec(), |t| vec![t]);
    // One theme: its summary. Every theme: the country's key fact.
    let lead = match theme {
        Some(t) => country
            .theme(t)
            .filter(|_| p.detailed)
            .map(|e| text_or_english(texts, &summary_key(country.id, t), &e.summary)),
        None => country.facts.first().map(|f| text_or_english(texts, &fact_key(country.id, 0), &f.text)),
    }
    .map(|(text, language)| (text.to_string(), language.to_string()));
    let mut ids: Vec<&String> = Vec::new();
    for t in &themes {
        for id in country.theme(*t).map(|e| e.sources.as_slice()).unwrap_or_default() {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    let sources = p.detailed.then(|| {
        view! {
            <p class="card-sources-title">{tr(lang, Text::Sources)}</p>
            {source_links(p, ids.into_iter().filter(|id| p.sources.contains_key(*id)).take(SOURCES_SHOWN))}
        }
    });
    view! {
        <ul class="card-themes">{theme_rows(country, &themes, lang)}</ul>
        {lead
            .map(|(text, l)| {
                view! {
                    <p class="card-lead" lang=l dir="auto">
                        {text}
                    </p>
                }
            })}
        {sources}
        <p class="reviewed">
            {tr(lang, Text::Reviewed)} " " <time datetime=country.reviewed.clone()>{country.reviewed.clone()}</time>
        </p>
    }
}

#[component]
pub fn CountryCard(theme: Option<Theme>) -> impl IntoView {
    let selected = expect_context::<SelectedCountry>().0;
    let policies = expect_context::<LoadedPolicies>().0;
    let failed = expect_context::<PolicyError>().0;
    let lang = expect_context::<CurrentLang>().0;
    let names = expect_context::<LocalNames>().0;
    let translations = expect_context::<PanelTranslations>();
    let full_link = move || {
        let link = country_link(selected.get());
        match theme {
            Some(t) if selected.get().is_some() => format!("{link}&theme={}", t.code()),
            _ => link,
        }
    };
    let body = move || {
        let l = lang.get();
        let texts = translations.get(l).filter(|_| l != Lang::En);
        let id = selected.get();
        policies.with(|p| match (p.as_ref(), id) {
            (_, None) => view! { <p class="no-data">{tr(l, Text::CardNoCountry)}</p> }.into_any(),
            (None, _) if failed.with(Option::is_some) => {
                view! { <p class="no-data">{tr(l, Text::PolicyDataUnavailable)}</p> }.into_any()
            }
            (None, _) => view! { <p class="details-pending">{tr(l, Text::LoadingDetails)}</p> }.into_any(),
            (Some(p), Some(id)) => match p.country(id) {
                Some(c) => {
                    let local: Option<Arc<_>> = names.get();
                    let name = Names::or_english(local.as_deref(), l, id, &c.name).to_string();
                    view! {
                        <h1 id="card-title">{name}</h1>
                        {card_body(p, c, theme, l, texts.as_deref())}
                    }
                    .into_any()
                }
                None => view! { <p class="no-data">{tr(l, Text::NoDataYet)}</p> }.into_any(),
            },
        })
    };
    view! {
        <article class="card" data-testid="country-card" aria-labelledby="card-title">
            {body}
            <a class="open-full" data-testid="open-full" href=full_link target="_blank" rel="noopener">
                {move || tr(lang.get(), Text::OpenFullMap)}
            </a>
        </article>
        <EmbedHeight />
    }
}
