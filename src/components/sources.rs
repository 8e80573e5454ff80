//! The list of sources behind a statement, as the panel and the country card show it: title
//! (linked), publisher and year.

use crate::model::Policies;
use leptos::prelude::*;

/// Links to the sources behind one statement. Only http(s) URLs reach here (validated at parse).
pub fn source_links<'a>(policies: &Policies, ids: impl IntoIterator<Item = &'a String>) -> AnyView {
    let items = ids
        .into_iter()
        .filter_map(|id| policies.sources.get(id))
        .map(|s| {
            view! {
                <li>
                    <a href=s.url.clone() target="_blank" rel="noopener noreferrer" class="source-link">
                        {s.title.clone()}
                    </a>
                    {format!(" — {}, {}", s.publisher, s.year)}
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="sources" dir="auto">
            {items}
        </ul>
    }
    .into_any()
}
