//! What the user sees while the data loads, when a file fails, and when entries were skipped.

use crate::data::FileProgress;
use crate::fetch::LoadError;
use crate::model::i18n::{entries_skipped, retrying, tr, Lang, Text};
use crate::state::{CurrentLang, LoadedPolicies, PolicyError};
use leptos::prelude::*;

fn progress_text(lang: Lang, p: FileProgress) -> String {
    match p {
        FileProgress::Waiting => tr(lang, Text::Waiting).into(),
        FileProgress::Downloading => tr(lang, Text::Downloading).into(),
        FileProgress::Retrying(n) => retrying(lang, n, crate::fetch::ATTEMPTS),
        FileProgress::Done => tr(lang, Text::Done).into(),
    }
}

/// Progress for each data file, so a slow network never looks frozen.
#[component]
pub fn LoadingView(shapes: RwSignal<FileProgress>, policies: RwSignal<FileProgress>) -> impl IntoView {
    let done = move || [shapes.get(), policies.get()].iter().filter(|p| **p == FileProgress::Done).count();
    let lang = expect_context::<CurrentLang>().0;
    view! {
        <div class="loading" role="status" aria-live="polite" data-testid="loading">
            <p class="loading-title">{move || tr(lang.get(), Text::LoadingMap)}</p>
            <progress max="2" value=move || done().to_string()></progress>
            <ul>
                <li>{move || tr(lang.get(), Text::CountryShapes)} {move || progress_text(lang.get(), shapes.get())}</li>
                <li>{move || tr(lang.get(), Text::PolicyData)} {move || progress_text(lang.get(), policies.get())}</li>
            </ul>
        </div>
    }
}

/// A failed data file: what failed, and a way to try again.
#[component]
pub fn LoadErrorView(error: LoadError, on_retry: Callback<()>) -> impl IntoView {
    let file = error.file().to_string();
    let lang = expect_context::<CurrentLang>().0;
    let message = move || error.message(lang.get());
    view! {
        <div class="load-error" role="alert" data-testid="load-error" data-file=file>
            <p class="load-error-title">{move || tr(lang.get(), Text::MapNotDrawn)}</p>
            <p>{message}</p>
            <button type="button" class="retry" data-testid="retry" on:click=move |_| on_retry.run(())>
                {move || tr(lang.get(), Text::Retry)}
            </button>
        </div>
    }
}

/// A quiet notice when the policy file failed (the map still works) or had invalid entries.
#[component]
pub fn PolicyNotice(on_retry: Callback<()>) -> impl IntoView {
    let policies = expect_context::<LoadedPolicies>().0;
    let error = expect_context::<PolicyError>().0;
    let lang = expect_context::<CurrentLang>().0;
    let skipped = move || {
        policies.get().filter(|p| !p.issues.is_empty()).map(|p| {
            let first = p.issues.iter().take(3).map(ToString::to_string).collect::<Vec<_>>().join("; ");
            entries_skipped(lang.get(), p.issues.len(), &first, p.issues.len().saturating_sub(3))
        })
    };
    view! {
        <Show when=move || error.get().is_some()>
            <div class="notice notice-error" role="alert" data-testid="policy-error">
                <span>
                    {move || error.get().map(|e| e.message(lang.get()))} " "
                    {move || tr(
                        lang.get(),
                        if policies.with(Option::is_some) {
                            Text::StatusesShownOnly
                        } else {
                            Text::ShownWithoutPolicies
                        },
                    )}
                </span>
                <button type="button" class="retry" on:click=move |_| on_retry.run(())>
                    {move || tr(lang.get(), Text::Retry)}
                </button>
            </div>
        </Show>
        <Show when=move || skipped().is_some()>
            <div class="notice" role="status" data-testid="data-notice">
                {skipped}
            </div>
        </Show>
    }
}
