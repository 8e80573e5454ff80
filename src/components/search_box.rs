//! Country search with type-ahead: names, aliases, old names and codes, ignoring accents and case.

use crate::actions::zoom_to_country;
use crate::model::i18n::{tr, Text};
use crate::model::CountryId;
use crate::state::{CountrySearch, CurrentLang, MapZoom, SelectedCountry};
use crate::world::World;
use leptos::prelude::*;
use std::sync::Arc;

const MAX_RESULTS: usize = 8;
/// Longer input is ignored: no country name is this long.
const MAX_QUERY: usize = 60;

#[component]
pub fn SearchBox(world: Arc<World>) -> impl IntoView {
    let selected = expect_context::<SelectedCountry>().0;
    let zoom = expect_context::<MapZoom>().0;
    let lang = expect_context::<CurrentLang>().0;
    let index = expect_context::<CountrySearch>().0;
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(0usize);
    let open = RwSignal::new(false);
    let hits = Memo::new(move |_| {
        query
            .with(|q| if q.chars().count() > MAX_QUERY { Vec::new() } else { index.with(|i| i.search(q, MAX_RESULTS)) })
    });
    let choose = {
        move |id: CountryId| {
            selected.set(Some(id));
            zoom_to_country(&world, id, zoom);
            query.set(String::new());
            open.set(false);
        }
    };
    let on_key = {
        let choose = choose.clone();
        move |ev: web_sys::KeyboardEvent| {
            let n = hits.with(Vec::len);
            match ev.key().as_str() {
                "ArrowDown" if n > 0 => {
                    ev.prevent_default();
                    open.set(true);
                    active.update(|a| *a = (*a + 1) % n);
                }
                "ArrowUp" if n > 0 => {
                    ev.prevent_default();
                    active.update(|a| *a = (*a + n - 1) % n);
                }
                "Enter" => {
                    if let Some(hit) = hits.with(|h| h.get(active.get()).cloned()) {
                        ev.prevent_default();
                        choose(hit.id);
                    }
                }
                "Escape" => {
                    ev.stop_propagation();
                    open.set(false);
                }
                _ => {}
            }
        }
    };
    let option_id = |i: usize| format!("search-option-{i}");
    let expanded = move || open.get() && hits.with(|h| !h.is_empty());
    let options = move || {
        let choose = choose.clone();
        hits.get()
            .into_iter()
            .enumerate()
            .map(|(i, hit)| {
                let choose = choose.clone();
                let id = hit.id;
                let via = hit.via.map(|v| format!(" ({v})")).unwrap_or_default();
                view! {
                    <li
                        id=option_id(i)
                        role="option"
                        class="search-option"
                        data-iso3=id.as_str().to_string()
                        aria-selected=move || (active.get() == i).to_string()
                        on:mousedown=move |ev| {
                            ev.prevent_default();
                            choose(id);
                        }
                    >
                        {hit.name}
                        <span class="search-via">{via}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="search" role="search">
            <label class="visually-hidden" for="country-search">
                {move || tr(lang.get(), Text::FindCountry)}
            </label>
            <input
                id="country-search"
                data-testid="country-search"
                type="search"
                placeholder=move || tr(lang.get(), Text::FindCountry)
                autocomplete="off"
                role="combobox"
                aria-autocomplete="list"
                aria-controls="search-results"
                aria-expanded=move || expanded().to_string()
                aria-activedescendant=move || expanded().then(|| option_id(active.get()))
                maxlength="80"
                prop:value=move || query.get()
                on:input:target=move |ev| {
                    query.set(ev.target().value());
                    active.set(0);
                    open.set(true);
                }
                on:keydown=on_key
                on:focus=move |_| open.set(true)
                on:blur=move |_| open.set(false)
            />
            <ul
                id="search-results"
                role="listbox"
                class="search-results"
                data-testid="search-results"
                hidden=move || !expanded()
            >
                {options}
            </ul>
        </div>
    }
}
