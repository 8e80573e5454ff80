//! The country panel: every theme's status in words, since when, summary, change log, sources,
//! facts and the review date. A side panel on wide screens, a bottom sheet on phones.

use super::sources::source_links;
use crate::actions::{after_next_paint, country_link, display_name};
use crate::model::i18n::{citation, colon, shown_label, since_suffix, theme_label, tr, Lang, Text};
use crate::model::translations::{event_key, fact_key, note_key, summary_key, PanelTexts, Translated};
use crate::model::url_state::MAX_COMPARED;
use crate::model::{CountryId, CountryPolicy, Fact, Policies, Shown, Status, Theme, ThemeEntry};
use crate::state::{
    Announcer, CompareList, CurrentLang, CurrentTheme, HoveredCountry, LoadedPolicies, LocalNames, PanelTranslations,
    PolicyError, SelectedCountry,
};
use crate::world::World;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The panel's words: the interface language, and the country's texts in it where translated.
struct Words {
    lang: Lang,
    country: CountryId,
    /// `None` for English, or while the translations are on their way.
    texts: Option<Arc<PanelTexts>>,
    /// The visitor asked for the English original.
    original: bool,
}

impl Words {
    /// One of the country's texts in the visitor's language; else its English, with a short note
    /// saying why once the translations have arrived.
    fn text(&self, key: &str, english: &str) -> AnyView {
        let found = match (&self.texts, self.original) {
            (Some(t), false) => t.get(key),
            _ => {
                return view! {
                    <span lang="en" dir="auto">
                        {english.to_string()}
                    </span>
                }
                .into_any()
            }
        };
        let note = match found {
            Translated::Text(t) => {
                return view! {
                    <span lang=self.lang.code() dir="auto">
                        {t.to_string()}
                    </span>
                }
                .into_any();
            }
            Translated::Stale => Text::TranslationOutdated,
            Translated::Missing => Text::NotYetTranslated,
        };
        view! {
            <span lang="en" dir="auto">
                {english.to_string()}
            </span>
            " "
            <small class="untranslated" data-testid="untranslated">
                {tr(self.lang, note)}
            </small>
        }
        .into_any()
    }
}

fn services_line(lang: Lang, entry: &ThemeEntry) -> Option<String> {
    let s = entry.services?;
    Some(crate::model::i18n::services_line(lang, s.nsp, s.oat, s.dcr, s.naloxone))
}

fn status_label(lang: Lang, theme: Theme, s: Status) -> &'static str {
    shown_label(lang, theme, Shown::Status(s))
}

fn theme_section(
    policies: &Policies,
    words: &Words,
    theme: Theme,
    entry: Option<&ThemeEntry>,
    current: bool,
) -> impl IntoView {
    let lang = words.lang;
    let Some(entry) = entry else {
        return view! {
            <section class="theme-section" data-theme-section=theme.code() data-status="no_data">
                <h3>{theme_label(lang, theme)}</h3>
                <p class="status-line">{shown_label(lang, theme, Shown::NoData)}</p>
            </section>
        }
        .into_any();
    };
    let since = since_suffix(lang, entry);
    let history = (policies.detailed && !entry.history.is_empty()).then(|| {
        let items = entry
            .history
            .iter()
            .enumerate()
            .map(|(i, e)| {
                view! {
                    <li data-year=e.year>
                        <strong>{e.year}</strong>
                        {format!("{}{} — ", colon(lang), status_label(lang, theme, e.status))}
                        {words.text(&event_key(words.country, theme, i), &e.note)}
                        {source_links(policies, &e.sources)}
                    </li>
                }
            })
            .collect_view();
        view! {
            <details class="history" data-testid="change-log">
                <summary>{tr(lang, Text::ChangeLog)}</summary>
                <ol>{items}</ol>
            </details>
        }
    });
    let details = policies.detailed.then(|| {
        view! {
            <p class="summary">{words.text(&summary_key(words.country, theme), &entry.summary)}</p>
            {services_line(lang, entry).map(|s| view! { <p class="services">{s}</p> })}
            {history}
            <p class="sources-title">{tr(lang, Text::Sources)}</p>
            {source_links(policies, &entry.sources)}
        }
    });
    view! {
        <section
            class="theme-section"
            class:current=current
            data-theme-section=theme.code()
            data-status=entry.status.code()
        >
            <h3>{theme_label(lang, theme)}</h3>
            <p class="status-line">
                <span class="status-chip" data-status=entry.status.code()></span>
                <strong>{status_label(lang, theme, entry.status)}</strong>
                {since}
            </p>
            {details}
        </section>
    }
    .into_any()
}

fn facts_section(policies: &Policies, words: &Words, facts: &[Fact]) -> impl IntoView {
    let items = facts
        .iter()
        .enumerate()
        .map(|(i, f)| {
            view! { <li>{words.text(&fact_key(words.country, i), &f.text)} {source_links(policies, &f.sources)}</li> }
        })
        .collect_view();
    view! {
        <section class="facts" data-testid="facts">
            <h3>{tr(words.lang, Text::KeyFacts)}</h3>
            <ul>{items}</ul>
        </section>
    }
}

/// What the panel shows first: the note and the current theme (and that details are on the way).
fn country_head(
    policies: &Policies,
    words: &Words,
    country: &CountryPolicy,
    current: Theme,
    failed: bool,
) -> impl IntoView {
    let lang = words.lang;
    let has_themes = country.themes.iter().any(Option::is_some);
    let first = has_themes.then(|| theme_section(policies, words, current, country.theme(current), true));
    let pending = (!policies.detailed).then(|| {
        let text = tr(lang, if failed { Text::DetailsUnavailable } else { Text::LoadingDetails });
        view! {
            <p class="details-pending" data-testid="details-pending">
                {text}
            </p>
        }
    });
    view! {
        {country.note.as_ref().map(|n| view! { <p class="note">{words.text(&note_key(country.id), n)}</p> })}
        {first}
        {pending}
    }
}

/// The rest: facts, the other themes and the review date.
fn country_rest(policies: &Policies, words: &Words, country: &CountryPolicy, current: Theme) -> impl IntoView {
    let lang = words.lang;
    let others = country.themes.iter().any(Option::is_some).then(|| {
        Theme::ALL
            .into_iter()
            .filter(|t| *t != current)
            .map(|t| theme_section(policies, words, t, country.theme(t), false))
            .collect_view()
    });
    view! {
        {(!country.facts.is_empty()).then(|| facts_section(policies, words, &country.facts))}
        {others}
        <p class="reviewed">
            {tr(lang, Text::Reviewed)} " " <time datetime=country.reviewed.clone()>{country.reviewed.clone()}</time>
        </p>
        {policies.detailed.then(|| cite(policies, lang, country.id))}
    }
}

/// "Translated from English", with the English original one click away; shown once the panel's
/// texts in the visitor's language have arrived.
#[component]
fn TranslationNote(original: RwSignal<bool>) -> impl IntoView {
    let lang = expect_context::<CurrentLang>().0;
    let translations = expect_context::<PanelTranslations>();
    let shown = move || {
        let l = lang.get();
        l != Lang::En && translations.get(l).is_some()
    };
    let label = move || tr(lang.get(), if original.get() { Text::ShowTranslation } else { Text::ShowOriginal });
    view! {
        <Show when=shown>
            <p class="translation-note" data-testid="translation-note">
                {move || tr(lang.get(), Text::TranslatedFromEnglish)}
                " "
                <button
                    type="button"
                    class="link-button"
                    data-testid="show-original"
                    aria-pressed=move || original.get().to_string()
                    on:click=move |_| original.update(|o| *o = !*o)
                >
                    {label}
                </button>
            </p>
        </Show>
    }
}

/// How to cite this country's entry, and its data files (`assets/feed/countries/`).
fn cite(policies: &Policies, lang: Lang, id: CountryId) -> impl IntoView {
    let text = citation(lang, &policies.version, &policies.updated, &country_link(Some(id)));
    let (json, csv) = (format!("assets/feed/countries/{id}.json"), format!("assets/feed/countries/{id}.csv"));
    view! {
        <details class="cite" data-testid="cite">
            <summary>{tr(lang, Text::CiteThis)}</summary>
            <p dir="auto">{text}</p>
            <p>
                {tr(lang, Text::CountryData)} {colon(lang)} <a href=json download=format!("{id}.json")>
                    "JSON"
                </a> " · " <a href=csv download=format!("{id}.csv")>
                    "CSV"
                </a>
            </p>
        </details>
    }
}

/// Previous, next and close, in the panel's header.
#[component]
fn PanelNav(on_step: Callback<bool>, on_close: Callback<()>) -> impl IntoView {
    let lang = expect_context::<CurrentLang>().0;
    let button =
        move |testid: &'static str, label: Text, glyph: &'static str, class: &'static str, act: Callback<()>| {
            view! {
                <button
                    type="button"
                    class=class
                    aria-label=move || tr(lang.get(), label)
                    data-testid=testid
                    on:click=move |_| act.run(())
                >
                    {glyph}
                </button>
            }
        };
    view! {
        <div class="panel-nav">
            {button("panel-prev", Text::Previous, "‹", "", Callback::new(move |_| on_step.run(false)))}
            {button("panel-next", Text::Next, "›", "", Callback::new(move |_| on_step.run(true)))}
            {button("panel-close", Text::Close, "×", "close", on_close)}
        </div>
    }
}

/// Adds the open country to the comparison, or takes it out; a full comparison takes no more.
#[component]
fn CompareToggle() -> impl IntoView {
    let selected = expect_context::<SelectedCountry>().0;
    let lang = expect_context::<CurrentLang>().0;
    let compare = expect_context::<CompareList>();
    let in_compare = move || selected.get().is_some_and(|id| compare.countries.with(|c| c.contains(&id)));
    let full = move || !in_compare() && compare.countries.with(|c| c.len() >= MAX_COMPARED);
    let toggle = move |_| {
        if let Some(id) = selected.get_untracked() {
            compare.toggle(id);
        }
    };
    view! {
        <div class="panel-actions">
            <button
                type="button"
                class="compare-toggle"
                data-testid="compare-toggle"
                aria-pressed=move || in_compare().to_string()
                disabled=full
                on:click=toggle
            >
                {move || tr(lang.get(), Text::CompareAdd)}
            </button>
        </div>
    }
}

/// Neighbours in alphabetical order, for previous/next navigation.
fn neighbours(world: &World, id: CountryId) -> (Option<CountryId>, Option<CountryId>) {
    let order = world.alphabetical();
    let Some(i) = order.iter().position(|c| *c == id) else { return (None, None) };
    let n = order.len();
    (Some(order[(i + n - 1) % n]), Some(order[(i + 1) % n]))
}

#[component]
pub fn CountryPanel(world: Arc<World>) -> impl IntoView {
    let selected = expect_context::<SelectedCountry>().0;
    let theme = expect_context::<CurrentTheme>().0;
    let policies = expect_context::<LoadedPolicies>().0;
    let lang = expect_context::<CurrentLang>().0;
    let names = expect_context::<LocalNames>().0;
    let heading_ref = NodeRef::<leptos::html::H2>::new();
    let name = {
        let world = world.clone();
        Memo::new(move |_| {
            selected
                .get()
                .and_then(|id| world.shape(id))
                .map(|s| display_name(s, lang.get(), names.get().as_deref()))
                .unwrap_or_default()
        })
    };
    let world = StoredValue::new(world);
    // The current theme is drawn in the click's frame; the other six sections, facts and sources
    // follow once that frame is painted, so the panel appears at once even on a slow phone.
    let rest_ready = RwSignal::new(false);
    Effect::new(move |_| {
        if selected.get().is_some() {
            rest_ready.set(false);
            after_next_paint(move || rest_ready.set(true));
        }
    });
    let failed = expect_context::<PolicyError>().0;
    let translations = expect_context::<PanelTranslations>();
    let original = RwSignal::new(false);
    let words = move |country: CountryId| {
        let l = lang.get();
        Words {
            lang: l,
            country,
            texts: (l != Lang::En).then(|| translations.get(l)).flatten(),
            original: original.get(),
        }
    };
    let head = move || {
        let id = selected.get()?;
        let (current, l) = (theme.get(), lang.get());
        let words = words(id);
        let body = policies.with(|p| match p.as_ref().and_then(|p| p.country(id).map(|c| (p, c))) {
            Some((p, c)) => country_head(p, &words, c, current, failed.with(Option::is_some)).into_any(),
            None if p.is_none() => view! { <p class="no-data">{tr(l, Text::PolicyDataUnavailable)}</p> }.into_any(),
            None => view! { <p class="no-data">{tr(l, Text::NoDataYet)}</p> }.into_any(),
        });
        Some(body)
    };
    let rest = move || {
        let id = selected.get()?;
        if !rest_ready.get() {
            return None;
        }
        let current = theme.get();
        let words = words(id);
        policies
            .with(|p| p.as_ref().and_then(|p| p.country(id).map(|c| country_rest(p, &words, c, current).into_any())))
    };
    let step = move |forward: bool| {
        if let Some(id) = selected.get_untracked() {
            let (prev, next) = world.with_value(|w| neighbours(w, id));
            selected.set(if forward { next } else { prev });
        }
    };
    // Closing returns focus to the country on the map, so keyboard users keep their place.
    let hovered = expect_context::<HoveredCountry>().0;
    let close = move || {
        let was = selected.get_untracked();
        selected.set(None);
        if let Some(map) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("svg.map[data-testid=world-map]").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok())
        {
            hovered.set(was);
            let _ = map.focus();
        }
    };
    // Move focus into the panel when it opens, so keyboard and screen reader users land on it,
    // and say so in the live region.
    let announcer = expect_context::<Announcer>().0;
    Effect::new(move |_| {
        if selected.get().is_some() {
            announcer.set(format!("{}: {}", name.get(), tr(lang.get_untracked(), Text::CountryDetails)));
            if let Some(h) = heading_ref.get() {
                let _ = h.focus();
            }
        }
    });
    let on_window_key = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && selected.get_untracked().is_some() {
            close();
        }
    });
    on_cleanup(move || on_window_key.remove());

    view! {
        <Show when=move || selected.get().is_some()>
            <aside
                class="panel"
                data-testid="country-panel"
                aria-labelledby="panel-title"
                data-iso3=move || selected.get().map(|c| c.to_string())
            >
                <header class="panel-header">
                    <h2 id="panel-title" tabindex="-1" node_ref=heading_ref>
                        {name}
                    </h2>
                    <PanelNav on_step=Callback::new(step) on_close=Callback::new(move |_| close()) />
                </header>
                <div class="panel-body">
                    <CompareToggle />
                    <TranslationNote original />
                    {head}
                    {rest}
                </div>
            </aside>
        </Show>
    }
}
