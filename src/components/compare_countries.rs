//! Countries side by side: up to five picked from the panel, the table or this view's own search,
//! every theme in rows with statuses, years, one-line summaries and sources; rows where the
//! countries differ are marked. The selection is in the link (`compare=…&view=compare`), the table
//! is a real table for screen readers, and it prints on one A4 page.

use super::dialog::Dialog;
use crate::model::i18n::{compare_bar, shown_label, theme_label, tr, Lang, Names, Text};
use crate::model::translations::{summary_key, text_or_english, PanelTexts};
use crate::model::url_state::MAX_COMPARED;
use crate::model::{CountryId, Policies, Shown, Theme};
use crate::state::{CompareList, CountrySearch, CurrentLang, LoadedPolicies, LocalNames, PanelTranslations};
use leptos::prelude::*;

/// How many sources each cell lists; the country's panel has them all.
const SOURCES_SHOWN: usize = 3;

/// The first sentence of a summary: the comparison shows one line per country and theme.
fn first_sentence(text: &str) -> &str {
    // A full stop after an abbreviation ("e.g.", "No.", "art.") does not end the sentence.
    const ABBREVIATIONS: [&str; 8] = ["e.g", "i.e", "No", "no", "Art", "art", "St", "Mr"];
    text.match_indices(". ")
        .map(|(i, _)| i)
        .find(|&i| !ABBREVIATIONS.iter().any(|a| text[..i].ends_with(a)))
        .map_or(text, |i| &text[..=i])
}

/// The country's name in the visitor's language (the dataset's English names are the map's).
fn name_of(id: CountryId, lang: Lang, names: Option<&Names>, policies: &Policies) -> String {
    let code = id.to_string();
    let english = policies.country(id).map_or(code.as_str(), |c| c.name.as_str());
    Names::or_english(names, lang, id, english).to_string()
}

/// One theme's row: a cell per country, marked when the statuses differ.
fn theme_row(p: &Policies, theme: Theme, ids: &[CountryId], lang: Lang, texts: Option<&PanelTexts>) -> impl IntoView {
    let statuses: Vec<Option<_>> =
        ids.iter().map(|id| p.country(*id).and_then(|c| c.theme(theme)).map(|e| e.status)).collect();
    let differs = statuses.windows(2).any(|w| w[0] != w[1]);
    let cells = ids
        .iter()
        .map(|&id| {
            let entry = p.country(id).and_then(|c| c.theme(theme));
            let Some(e) = entry else {
                return view! { <td data-status="no_data">{shown_label(lang, theme, Shown::NoData)}</td> }.into_any();
            };
            let since = e.since.map(|y| format!(" ({} {y})", tr(lang, Text::Since))).unwrap_or_default();
            let (summary, summary_lang) = text_or_english(texts, &summary_key(id, theme), &e.summary);
            let (summary, summary_lang) = (first_sentence(summary).to_string(), summary_lang.to_string());
            let sources = e
                .sources
                .iter()
                .filter_map(|s| p.sources.get(s))
                .take(SOURCES_SHOWN)
                .map(|s| {
                    view! {
                        <a href=s.url.clone() target="_blank" rel="noopener noreferrer" title=s.title.clone()>
                            {format!("{} {}", s.publisher, s.year)}
                        </a>
                    }
                })
                .collect_view();
            view! {
                <td data-theme-section=theme.code() data-status=e.status.code()>
                    <span class="status-chip" data-status=e.status.code()></span>
                    " "
                    <strong>{shown_label(lang, theme, Shown::Status(e.status))}</strong>
                    {since}
                    {p
                        .detailed
                        .then(|| {
                            view! {
                                <p class="compare-summary" lang=summary_lang dir="auto">
                                    {summary}
                                </p>
                            }
                        })}
                    <p class="compare-sources" dir="auto">
                        {sources}
                    </p>
                </td>
            }
            .into_any()
        })
        .collect_view();
    view! {
        <tr data-theme-row=theme.code() data-differs=differs.to_string() class:differs=differs>
            <th scope="row">
                {theme_label(lang, theme)}
                {differs.then(|| view! { <small class="differs-note">{tr(lang, Text::Differs)}</small> })}
            </th>
            {cells}
        </tr>
    }
}

/// A search box that adds a country to the comparison, with the map's search index.
#[component]
fn AddCountry() -> impl IntoView {
    let compare = expect_context::<CompareList>();
    let index = expect_context::<CountrySearch>().0;
    let lang = expect_context::<CurrentLang>().0;
    let query = RwSignal::new(String::new());
    let hits = Memo::new(move |_| query.with(|q| index.with(|i| i.search(q, 6))));
    let full = move || compare.countries.with(|c| c.len() >= MAX_COMPARED);
    let options = move || {
        hits.get()
            .into_iter()
            .map(|hit| {
                let id = hit.id;
                view! {
                    <li>
                        <button
                            type="button"
                            class="link-button"
                            data-iso3=id.to_string()
                            on:click=move |_| {
                                if !compare.countries.with_untracked(|c| c.contains(&id)) {
                                    compare.toggle(id);
                                }
                                query.set(String::new());
                            }
                        >
                            {hit.name}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="compare-add no-print">
            <label>
                {move || tr(lang.get(), Text::CompareAddCountry)} " "
                <input
                    type="search"
                    data-testid="compare-search"
                    maxlength="60"
                    disabled=full
                    prop:value=move || query.get()
                    on:input:target=move |ev| query.set(ev.target().value())
                />
            </label>
            <Show when=full>
                <span class="compare-full">{move || tr(lang.get(), Text::CompareFull)}</span>
            </Show>
            <ul class="compare-hits" data-testid="compare-hits">
                {options}
            </ul>
        </div>
    }
}

/// The comparison table, in a dialog.
#[component]
fn CompareDialog() -> impl IntoView {
    view! { {move || Suspend::new(compare_dialog_body())} }
}

/// The comparison's content: a `#[lazy]` wasm chunk in the release build, fetched the first time
/// the comparison opens (see `about::about_body`).
#[cfg_attr(feature = "split", leptos::lazy)]
async fn compare_dialog_body() -> AnyView {
    let compare = expect_context::<CompareList>();
    let policies = expect_context::<LoadedPolicies>().0;
    let lang = expect_context::<CurrentLang>().0;
    let names = expect_context::<LocalNames>().0;
    let translations = expect_context::<PanelTranslations>();
    let title = Signal::derive(move || tr(lang.get(), Text::CompareCountriesTitle).to_string());
    let table = move || {
        let (l, ids) = (lang.get(), compare.countries.get());
        let local = names.get();
        let texts = translations.get(l).filter(|_| l != Lang::En);
        policies.with(|p| {
            let p = p.as_ref()?;
            let country_names: Vec<String> = ids.iter().map(|&id| name_of(id, l, local.as_deref(), p)).collect();
            let heads = ids
                .iter()
                .zip(country_names.clone())
                .map(|(&id, name)| {
                    let remove = format!("{} — {name}", tr(l, Text::Remove));
                    view! {
                        <th scope="col" data-iso3=id.to_string()>
                            {name}
                            " "
                            <button
                                type="button"
                                class="close no-print"
                                aria-label=remove
                                on:click=move |_| compare.toggle(id)
                            >
                                "×"
                            </button>
                        </th>
                    }
                })
                .collect_view();
            let rows = Theme::ALL.into_iter().map(|t| theme_row(p, t, &ids, l, texts.as_deref())).collect_view();
            let caption = country_names.join(", ");
            Some(view! {
                <table class="compare-table" data-testid="compare-table">
                    <caption>{format!("{}: {caption}", tr(l, Text::CompareCountriesTitle))}</caption>
                    <thead>
                        <tr>
                            <td></td>
                            {heads}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            })
        })
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <Dialog
            open=compare.open
            title_id="compare-countries-title"
            title
            class="compare-countries"
            testid="compare-countries"
        >
            <div class="panel-body">
                <AddCountry />
                <div class="compare-scroll">{table}</div>
                <button type="button" class="retry no-print" data-testid="compare-print" on:click=print>
                    {move || tr(lang.get(), Text::Print)}
                </button>
            </div>
        </Dialog>
    }
    .into_any()
}

/// The bar that gathers the picked countries, and the comparison it opens.
#[component]
pub fn CompareCountries() -> impl IntoView {
    let compare = expect_context::<CompareList>();
    let lang = expect_context::<CurrentLang>().0;
    let count = move || compare.countries.with(Vec::len);
    let any = move || count() != 0;
    view! {
        <Show when=any>
            <div
                class="compare-bar"
                role="region"
                aria-label=move || tr(lang.get(), Text::CompareCountriesTitle)
                data-testid="compare-bar"
            >
                <span>{move || compare_bar(lang.get(), count())}</span>
                <button type="button" data-testid="compare-open" on:click=move |_| compare.open.set(true)>
                    {move || tr(lang.get(), Text::CompareOpen)}
                </button>
                <button type="button" data-testid="compare-clear" on:click=move |_| compare.countries.set(Vec::new())>
                    {move || tr(lang.get(), Text::CompareClear)}
                </button>
            </div>
        </Show>
        <Show when=move || compare.open.get()>
            <CompareDialog />
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::first_sentence;

    #[test]
    fn one_line_summaries_stop_at_the_first_sentence_not_at_an_abbreviation() {
        let text = "Possession is illegal, but small amounts (e.g. 5 g) are not prosecuted. Since 1976.";
        assert_eq!(first_sentence(text), "Possession is illegal, but small amounts (e.g. 5 g) are not prosecuted.");
        assert_eq!(first_sentence("No full stop"), "No full stop");
    }
}
