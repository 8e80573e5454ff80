//! "About and methods": what each status means, the sources, the date of the data, the global
//! figures, and how to report an error.

use super::app::LoadedPolicies;
use super::dialog::Dialog;
use crate::model::labels::{status_description, status_label, theme_label};
use crate::model::{Policies, Theme};
use leptos::prelude::*;

fn definitions() -> impl IntoView {
    Theme::ALL
        .into_iter()
        .map(|t| {
            let items = t
                .statuses()
                .iter()
                .map(|&s| view! { <dt>{status_label(t, s)}</dt> <dd>{status_description(t, s)}</dd> })
                .collect_view();
            view! {
                <h4>{theme_label(t)}</h4>
                <dl>{items}</dl>
            }
        })
        .collect_view()
}

fn global_figures(p: &Policies) -> impl IntoView {
    let items = p
        .global_facts
        .iter()
        .map(|f| {
            let sources = f
                .sources
                .iter()
                .filter_map(|id| p.sources.get(id))
                .map(|s| view! { <a href=s.url.clone() target="_blank" rel="noopener noreferrer">{format!("{} ({})", s.publisher, s.year)}</a> " " })
                .collect_view();
            view! { <li>{f.text.clone()} " " <span class="fact-sources">{sources}</span></li> }
        })
        .collect_view();
    view! { <ul class="global-facts" data-testid="global-facts">{items}</ul> }
}

fn source_list(p: &Policies) -> impl IntoView {
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
        <p>{format!("{} sources in all. The main publishers:", p.sources.len())}</p>
        <ul class="publishers">{items}</ul>
    }
}

#[component]
pub fn AboutDialog(open: RwSignal<bool>) -> impl IntoView {
    let policies = expect_context::<LoadedPolicies>().0;
    let data_part = move || {
        policies.with(|p| {
            p.as_ref().map(|p| {
                view! {
                    <h3>"The war on drugs in figures"</h3>
                    {global_figures(p)}
                    <h3>"Sources"</h3>
                    {source_list(p)}
                    <p class="updated">"Data last updated " <time datetime=p.updated.clone()>{p.updated.clone()}</time> "."</p>
                }
            })
        })
    };
    view! {
        <Dialog open title_id="about-title" title="About and methods".to_string() class="about" testid="about">
                <div class="panel-body">
                    <p>
                        "This map shows how each country's laws treat people who use drugs. Each status has at least one source and a review date; where sources could not settle a question we say "
                        <em>"Not confirmed"</em> " and explain why, rather than guess."
                    </p>
                    <p>
                        "Law is not practice. " <strong>"De jure"</strong>
                        " decriminalisation means the law itself removes criminal penalties; " <strong>"de facto"</strong>
                        " means possession is still a crime on paper but people are not prosecuted. For the death penalty we use Harm Reduction International's categories, which separate countries that execute people for drugs from those where the penalty exists only in law."
                    </p>
                    {data_part}
                    <h3>"What each status means"</h3>
                    {definitions()}
                    <h3>"Report an error"</h3>
                    <p>
                        "If something is wrong or out of date, open an issue on the project's tracker naming the country, the theme, and a source we can check. Corrections are reviewed against the source before they are published."
                    </p>
                </div>
        </Dialog>
    }
}
