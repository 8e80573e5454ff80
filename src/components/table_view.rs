//! The table of all countries with their status in every theme: sortable, filterable by theme
//! and status, searchable. It is also the accessible alternative to the map.

use crate::model::i18n::{
    compare_country, countries_count, shown_label, theme_label, theme_short_label, tr, Names, Text,
};
use crate::model::{normalise, CountryId, Shown, Theme};
use crate::state::{
    CompareList, CountrySearch, CurrentLang, CurrentYear, LoadedPolicies, LocalNames, SelectedCountry, WorldData,
};
use leptos::prelude::*;
use std::collections::HashSet;

/// A row as displayed: the country and what each theme shows.
#[derive(Clone, PartialEq)]
struct Row {
    id: CountryId,
    name: String,
    /// The name with accents and case folded: "Égypte" sorts with the E's.
    sort_key: String,
    cells: [Shown; Theme::COUNT],
}

#[component]
pub fn TableView() -> impl IntoView {
    view! { {move || Suspend::new(table_body())} }
}

/// The table's content: a `#[lazy]` wasm chunk in the release build, fetched the first time the
/// table is shown (see `about::about_body`).
#[cfg_attr(feature = "split", leptos::lazy)]
async fn table_body() -> AnyView {
    // Without shapes (their file failed), the table still lists the countries of the policy data.
    let world = use_context::<WorldData>().map(|w| w.0);
    let policies = expect_context::<LoadedPolicies>().0;
    let year = expect_context::<CurrentYear>().0;
    let selected = expect_context::<SelectedCountry>().0;
    let lang = expect_context::<CurrentLang>().0;
    let names = expect_context::<LocalNames>().0;
    let index = expect_context::<CountrySearch>().0;
    let compare = expect_context::<CompareList>();
    let sort = RwSignal::new((None::<Theme>, false));
    let filter_theme = RwSignal::new(None::<Theme>);
    let filter_status = RwSignal::new(None::<Shown>);
    let query = RwSignal::new(String::new());
    let rows = Memo::new(move |_| {
        let (y, l) = (year.get(), lang.get());
        let local = names.get();
        policies.with(|p| {
            let countries: Vec<(CountryId, String)> = match (&world, p) {
                (Some(w), _) => w.shapes.iter().map(|s| (s.id, s.name.clone())).collect(),
                (None, Some(p)) => p.countries.iter().map(|c| (c.id, c.name.clone())).collect(),
                (None, None) => Vec::new(),
            };
            countries
                .into_iter()
                .map(|(id, english)| {
                    let name = Names::or_english(local.as_deref(), l, id, &english).to_string();
                    Row {
                        id,
                        sort_key: normalise(&name),
                        name,
                        cells: Theme::ALL.map(|t| p.as_ref().map_or(Shown::NoData, |p| p.shown(id, t, y))),
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    // The same search as the search box: names in both languages, aliases ("Burma", "UK") and codes.
    let found = Memo::new(move |_| {
        let q = query.get();
        (!q.trim().is_empty()).then(|| index.with(|i| i.matching(&q).into_iter().collect::<HashSet<_>>()))
    });
    let visible = Memo::new(move |_| {
        let (by, descending) = sort.get();
        let (ft, fs) = (filter_theme.get(), filter_status.get());
        let mut out: Vec<Row> = found.with(|found| {
            rows.get()
                .into_iter()
                .filter(|r| found.as_ref().is_none_or(|f| f.contains(&r.id)))
                .filter(|r| match (ft, fs) {
                    (Some(t), Some(s)) => r.cells[t.index()] == s,
                    _ => true,
                })
                .collect()
        });
        match by {
            None => out.sort_by(|a, b| (&a.sort_key, &a.name).cmp(&(&b.sort_key, &b.name))),
            // Statuses in legend order, so a sorted column reads like the legend.
            Some(t) => out.sort_by(|a, b| {
                (a.cells[t.index()].legend_rank(t), &a.sort_key).cmp(&(b.cells[t.index()].legend_rank(t), &b.sort_key))
            }),
        }
        if descending {
            out.reverse();
        }
        out
    });
    let sort_by = move |t: Option<Theme>| {
        sort.update(|(by, desc)| if *by == t { *desc = !*desc } else { (*by, *desc) = (t, false) });
    };
    let aria_sort = move |t: Option<Theme>| {
        let (by, desc) = sort.get();
        if by != t {
            "none"
        } else if desc {
            "descending"
        } else {
            "ascending"
        }
    };
    let header = move |t: Option<Theme>, label: &'static str| {
        view! {
            <th scope="col" aria-sort=move || aria_sort(t)>
                <button type="button" class="sort" on:click=move |_| sort_by(t)>
                    {label}
                </button>
            </th>
        }
    };
    let status_options = move || {
        filter_theme.get().map(|t| {
            Shown::legend(t)
                .map(|s| view! { <option value=s.code()>{shown_label(lang.get(), t, s)}</option> })
                .collect_view()
        })
    };
    let on_theme = move |v: String| {
        filter_theme.set(Theme::parse(&v));
        filter_status.set(None);
    };
    let on_status = move |v: String| {
        filter_status.set(filter_theme.get_untracked().and_then(|t| Shown::legend(t).find(|s| s.code() == v)));
    };
    let body = move || {
        visible
            .get()
            .into_iter()
            .map(|r| {
                let id = r.id;
                let cells = Theme::ALL
                    .into_iter()
                    .map(|t| {
                        let s = r.cells[t.index()];
                        view! {
                            <td data-theme=t.code() data-status=s.code()>
                                <span class="status-chip" data-status=s.code()></span>
                                {shown_label(lang.get_untracked(), t, s)}
                            </td>
                        }
                    })
                    .collect_view();
                view! {
                    <tr data-iso3=id.to_string()>
                        <th scope="row">
                            <input
                                type="checkbox"
                                class="compare-check"
                                data-testid="compare-check"
                                aria-label=compare_country(lang.get_untracked(), &r.name)
                                prop:checked=move || compare.countries.with(|c| c.contains(&id))
                                on:change=move |_| compare.toggle(id)
                            />
                            <button type="button" class="row-link" on:click=move |_| selected.set(Some(id))>
                                {r.name}
                            </button>
                        </th>
                        {cells}
                    </tr>
                }
            })
            .collect_view()
    };
    let themes =
        move || Theme::ALL.into_iter().map(|t| header(Some(t), theme_short_label(lang.get(), t))).collect_view();
    view! {
        <section class="table-view" data-testid="table-view" aria-labelledby="table-title">
            <h2 id="table-title" class="visually-hidden">
                {move || tr(lang.get(), Text::TableTitle)}
            </h2>
            <div class="table-controls">
                <label>
                    {move || tr(lang.get(), Text::TableFind)} " "
                    <input
                        type="search"
                        data-testid="table-search"
                        prop:value=move || query.get()
                        on:input:target=move |ev| query.set(ev.target().value())
                    />
                </label>
                <label>
                    {move || tr(lang.get(), Text::TableTheme)} " "
                    <select data-testid="table-filter-theme" on:change:target=move |ev| on_theme(ev.target().value())>
                        <option value="">{move || tr(lang.get(), Text::All)}</option>
                        {move || {
                            Theme::ALL
                                .into_iter()
                                .map(|t| view! { <option value=t.code()>{theme_label(lang.get(), t)}</option> })
                                .collect_view()
                        }}
                    </select>
                </label>
                <label>
                    {move || tr(lang.get(), Text::TableStatus)} " "
                    <select
                        data-testid="table-filter-status"
                        disabled=move || filter_theme.get().is_none()
                        on:change:target=move |ev| on_status(ev.target().value())
                    >
                        <option value="">{move || tr(lang.get(), Text::All)}</option>
                        {status_options}
                    </select>
                </label>
                <span class="table-count" role="status" data-testid="table-count">
                    {move || countries_count(lang.get(), visible.with(Vec::len))}
                </span>
            </div>
            <div class="table-scroll">
                <table>
                    <caption class="visually-hidden">{move || tr(lang.get(), Text::TableCaption)}</caption>
                    <thead>
                        <tr>{move || header(None, tr(lang.get(), Text::Country))}{themes}</tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </section>
    }
    .into_any()
}
