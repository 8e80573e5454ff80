//! What the user sees while the data loads, when a file fails, and when entries were skipped.

use super::app::{FileProgress, LoadedPolicies};
use crate::fetch::LoadError;
use crate::model::i18n::{tr, Text};
use crate::state::CurrentLang;
use leptos::prelude::*;

fn progress_text(p: FileProgress) -> String {
    match p {
        FileProgress::Waiting => "waiting".into(),
        FileProgress::Downloading => "downloading…".into(),
        FileProgress::Retrying(n) => format!("slow network, trying again (attempt {n} of {})", crate::fetch::ATTEMPTS),
        FileProgress::Done => "done".into(),
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
                <li>"Country shapes: " {move || progress_text(shapes.get())}</li>
                <li>"Policy data: " {move || progress_text(policies.get())}</li>
            </ul>
        </div>
    }
}

/// A failed data file: what failed, and a way to try again.
#[component]
pub fn LoadErrorView(error: LoadError, on_retry: Callback<()>) -> impl IntoView {
    let message = error.to_string();
    let file = error.file().to_string();
    let lang = expect_context::<CurrentLang>().0;
    view! {
        <div class="load-error" role="alert" data-testid="load-error" data-file=file>
            <p class="load-error-title">"The map could not be drawn."</p>
            <p>{message}</p>
            <button type="button" class="retry" data-testid="retry" on:click=move |_| on_retry.run(())>
                {move || tr(lang.get(), Text::Retry)}
            </button>
        </div>
    }
}

/// A quiet notice when the policy file failed (the map still works) or had invalid entries.
#[component]
pub fn PolicyNotice(error: Signal<Option<LoadError>>, on_retry: Callback<()>) -> impl IntoView {
    let policies = expect_context::<LoadedPolicies>().0;
    let skipped = move || {
        policies.get().filter(|p| !p.issues.is_empty()).map(|p| {
            let first = p.issues.iter().take(3).map(ToString::to_string).collect::<Vec<_>>().join("; ");
            let more = if p.issues.len() > 3 { format!(" and {} more", p.issues.len() - 3) } else { String::new() };
            format!("{} data entries were skipped because they are invalid: {first}{more}.", p.issues.len())
        })
    };
    view! {
        <Show when=move || error.get().is_some()>
            <div class="notice notice-error" role="alert" data-testid="policy-error">
                <span>{move || error.get().map(|e| e.to_string())} " Countries are shown without policy data."</span>
                <button type="button" class="retry" on:click=move |_| on_retry.run(())>"Retry"</button>
            </div>
        </Show>
        <Show when=move || skipped().is_some()>
            <div class="notice" role="status" data-testid="data-notice">{skipped}</div>
        </Show>
    }
}
