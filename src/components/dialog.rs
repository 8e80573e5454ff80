//! A modal dialog: backdrop, labelled heading, Close button; shared by About, Embed and Compare.

use crate::model::i18n::{tr, Text};
use crate::state::CurrentLang;
use leptos::prelude::*;

#[component]
pub fn Dialog(
    /// Whether it is shown; Close and the backdrop set it to false.
    open: RwSignal<bool>,
    /// `id` of the heading, for `aria-labelledby`.
    title_id: &'static str,
    /// The heading text.
    #[prop(into)]
    title: Signal<String>,
    /// Extra class (`about`, `compare`, …) and the `data-testid` hook.
    class: &'static str,
    testid: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let children = StoredValue::new(children);
    let lang = expect_context::<CurrentLang>().0;
    view! {
        <Show when=move || open.get()>
            <div class="dialog-backdrop" on:click=move |_| open.set(false)></div>
            <div class=format!("dialog {class}") role="dialog" aria-modal="true" aria-labelledby=title_id data-testid=testid>
                <header class="panel-header">
                    <h2 id=title_id>{move || title.get()}</h2>
                    <button type="button" class="close" aria-label=move || tr(lang.get(), Text::Close) on:click=move |_| open.set(false)>"×"</button>
                </header>
                {children.with_value(|c| c())}
            </div>
        </Show>
    }
}
