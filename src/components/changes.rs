//! "Recent changes in the law": the latest releases of the data's change log, in the visitor's
//! language, with links to follow them (Atom) and to the data files. Fetched when About opens.

use crate::data::load_changes;
use crate::model::i18n::{
    change_dated, change_period, change_status, change_undated, release_line, shown_label, theme_label, tr, Lang,
    Names, Text,
};
use crate::model::{ChangeKind, CountryId, Policies, Release, Shown};
use crate::state::{CurrentLang, LoadedPolicies, LocalNames, SelectedCountry};
use leptos::prelude::*;

/// How many releases About lists.
const RELEASES_SHOWN: usize = 3;

fn change_lines(
    release: &Release,
    lang: Lang,
    names: Option<&Names>,
    policies: Option<&Policies>,
    open_country: impl Fn(CountryId) + Copy + 'static,
) -> impl IntoView {
    release
        .changes
        .iter()
        .map(|c| {
            // The English name comes from the dataset; the code only until that has arrived.
            let code = c.country.to_string();
            let english = policies.and_then(|p| p.country(c.country)).map_or(code.as_str(), |p| p.name.as_str());
            let country = Names::or_english(names, lang, c.country, english).to_string();
            let theme = theme_label(lang, c.theme);
            let label = |s| shown_label(lang, c.theme, Shown::Status(s));
            let text = match c.kind {
                ChangeKind::Status { from, to } => change_status(lang, &country, theme, label(from), label(to), c.year),
                ChangeKind::Dated { status } => {
                    change_dated(lang, &country, theme, label(status), c.year.unwrap_or_default())
                }
                ChangeKind::Period { status, until } => {
                    change_period(lang, &country, theme, label(status), c.year.unwrap_or_default(), until)
                }
                ChangeKind::Undated { status } => change_undated(lang, &country, theme, label(status)),
            };
            let (id, theme_code) = (c.country, c.theme.code());
            view! {
                <li data-iso3=id.to_string() data-theme=theme_code>
                    <button type="button" class="link-button" on:click=move |_| open_country(id)>
                        {text}
                    </button>
                </li>
            }
        })
        .collect_view()
}

#[component]
pub fn RecentChanges(open: RwSignal<bool>) -> impl IntoView {
    let lang = expect_context::<CurrentLang>().0;
    let names = expect_context::<LocalNames>().0;
    let selected = expect_context::<SelectedCountry>().0;
    let policies = expect_context::<LoadedPolicies>().0;
    let releases = RwSignal::new(None::<Result<Vec<Release>, ()>>);
    Effect::new(move |_| {
        if open.get() && releases.with_untracked(|r| !matches!(r, Some(Ok(_)))) {
            leptos::task::spawn_local(async move { releases.set(Some(load_changes().await.map_err(|_| ()))) });
        }
    });
    let open_country = move |id| {
        open.set(false);
        selected.set(Some(id));
    };
    let list = move || {
        let l = lang.get();
        let local = names.get();
        let dataset = policies.get();
        releases.with(|r| match r {
            Some(Ok(all)) => all
                .iter()
                .take(RELEASES_SHOWN)
                .map(|release| {
                    view! {
                        <h4>{release_line(l, &release.version, &release.date)}</h4>
                        <ul class="changes">
                            {change_lines(release, l, local.as_deref(), dataset.as_deref(), open_country)}
                        </ul>
                    }
                })
                .collect_view()
                .into_any(),
            Some(Err(())) => view! { <p>{tr(l, Text::DetailsUnavailable)}</p> }.into_any(),
            None => view! { <p>{tr(l, Text::LoadingDetails)}</p> }.into_any(),
        })
    };
    view! {
        <section data-testid="recent-changes">
            <h3>{move || tr(lang.get(), Text::RecentChanges)}</h3>
            {list}
            <p>
                <a href="assets/feed/changes.atom" type="application/atom+xml" data-testid="atom-link">
                    {move || tr(lang.get(), Text::FollowChanges)}
                </a>
                " · "
                <a href="assets/feed/dataset.csv" download="drug-policy-data.csv">
                    {move || tr(lang.get(), Text::DataFiles)}
                </a>
            </p>
        </section>
    }
}
