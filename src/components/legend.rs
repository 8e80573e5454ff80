//! The legend: each status of the current theme in words, with its count; hover previews its
//! countries, click filters the map to them.

use super::app::LoadedPolicies;
use crate::model::labels::{status_label, theme_label};
use crate::model::Status;
use crate::state::{CurrentTheme, LegendFocus};
use crate::world::World;
use leptos::prelude::*;
use std::sync::Arc;

/// `(status code, label, count)` rows for the current theme, with "No data" last when any.
fn rows(
    world: &World,
    policies: Option<&crate::model::Policies>,
    theme: crate::model::Theme,
) -> Vec<(Option<Status>, &'static str, usize)> {
    let statuses: Vec<Option<Status>> =
        world.shapes.iter().map(|s| policies.and_then(|p| p.status(s.id, theme))).collect();
    let mut out: Vec<(Option<Status>, &'static str, usize)> = theme
        .statuses()
        .iter()
        .map(|&s| (Some(s), status_label(theme, s), statuses.iter().filter(|x| **x == Some(s)).count()))
        .filter(|(s, _, n)| *n > 0 || *s != Some(Status::NotConfirmed))
        .collect();
    let no_data = statuses.iter().filter(|x| x.is_none()).count();
    if no_data > 0 {
        out.push((None, "No data", no_data));
    }
    out
}

#[component]
pub fn Legend(world: Arc<World>) -> impl IntoView {
    let theme = expect_context::<CurrentTheme>().0;
    let policies = expect_context::<LoadedPolicies>().0;
    let focus = expect_context::<LegendFocus>();
    let entries = Memo::new(move |_| policies.with(|p| rows(&world, p.as_deref(), theme.get())));
    let toggle = move |s: Option<Status>| {
        if let Some(s) = s {
            focus.filter.update(|f| *f = if *f == Some(s) { None } else { Some(s) });
        }
    };
    let row = move |(status, label, count): (Option<Status>, &'static str, usize)| {
        let code = status.map_or("no_data", |s| s.code());
        let pressed = move || (status.is_some() && focus.filter.get() == status).to_string();
        view! {
            <li>
                <button
                    type="button"
                    class="legend-entry"
                    data-status=code
                    data-count=count
                    aria-pressed=pressed
                    on:mouseenter=move |_| focus.preview.set(status)
                    on:mouseleave=move |_| focus.preview.set(None)
                    on:focus=move |_| focus.preview.set(status)
                    on:blur=move |_| focus.preview.set(None)
                    on:click=move |_| toggle(status)
                >
                    <svg class="swatch" viewBox="0 0 20 14" aria-hidden="true">
                        <rect width="20" height="14" data-status=code></rect>
                    </svg>
                    <span class="legend-label">{label}</span>
                    <span class="legend-count">{count}</span>
                </button>
            </li>
        }
    };
    view! {
        <section class="legend" data-testid="legend" data-theme=move || theme.get().code() aria-label="Legend">
            <h2 class="legend-title">{move || theme_label(theme.get())}</h2>
            <ul>{move || entries.get().into_iter().map(row).collect_view()}</ul>
            <p class="legend-hint">"Click a status to show only its countries."</p>
        </section>
    }
}
