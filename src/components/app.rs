//! The app shell: provides the state, starts the data loads, and lays out header, stage and dialogs.

use super::about::AboutDialog;
use super::country_card::CountryCard;
use super::language_switcher::LanguageSwitcher;
use super::loading::PolicyNotice;
use super::stage::Stage;
use super::theme_switcher::ThemeSwitcher;
use super::toolbar::Toolbar;
use crate::actions::{answer_early_click, apply_initial_view, full_map_link, mirror_language_on_page};
use crate::data::load_data;
use crate::model::i18n::{map_now_shows, theme_label, tr, url_ignored, Text};
use crate::model::Theme;
use crate::state::{provide_app_state, Announcer, CurrentLang, CurrentTheme, SelectedCountry, UrlNotice, ViewFlags};
use leptos::prelude::*;

/// Theme changes are announced politely, with what the map now shows.
fn announce_theme_changes() {
    let theme = expect_context::<CurrentTheme>().0;
    let lang = expect_context::<CurrentLang>().0;
    let announcer = expect_context::<Announcer>().0;
    Effect::new(move |prev: Option<Theme>| {
        let t = theme.get();
        if prev.is_some_and(|p| p != t) {
            let l = lang.get_untracked();
            announcer.set(map_now_shows(l, theme_label(l, t)));
        }
        t
    });
}

/// Links past the header, to the map or to the table.
#[component]
fn SkipLinks() -> impl IntoView {
    let flags = expect_context::<ViewFlags>();
    let lang = expect_context::<CurrentLang>().0;
    view! {
        <nav class="skip-links" aria-label=move || tr(lang.get(), Text::SkipLinks)>
            <a class="skip-link" href="#map-stage" data-testid="skip-to-map" on:click=move |_| flags.table.set(false)>
                {move || tr(lang.get(), Text::SkipToMap)}
            </a>
            <a class="skip-link" href="#map-stage" data-testid="skip-to-table" on:click=move |_| flags.table.set(true)>
                {move || tr(lang.get(), Text::SkipToTable)}
            </a>
        </nav>
    }
}

/// The title, theme buttons, toolbar, languages and About; embedded, a link to the full map.
#[component]
fn TopBar(about_open: RwSignal<bool>) -> impl IntoView {
    let flags = expect_context::<ViewFlags>();
    let lang = expect_context::<CurrentLang>().0;
    let selected = expect_context::<SelectedCountry>().0;
    let full_link = move || {
        let _ = (selected.get(), flags.embed.get());
        full_map_link()
    };
    view! {
        <header class="topbar">
            <h1 class="title">{move || tr(lang.get(), Text::Title)}</h1>
            <div class="controls-row">
                <ThemeSwitcher />
                <Show when=move || !flags.embed.get()>
                    <Toolbar />
                </Show>
            </div>
            <LanguageSwitcher />
            <button class="about-button" type="button" on:click=move |_| about_open.set(true)>
                {move || tr(lang.get(), Text::About)}
            </button>
            <Show when=move || flags.embed.get()>
                <a class="open-full" data-testid="open-full" href=full_link target="_blank" rel="noopener">
                    {move || tr(lang.get(), Text::OpenFullMap)}
                </a>
            </Show>
        </header>
    }
}

/// Link settings that were ignored, quietly, with a close button.
#[component]
fn UrlNoticeBar() -> impl IntoView {
    let notice = expect_context::<UrlNotice>().0;
    let lang = expect_context::<CurrentLang>().0;
    view! {
        <Show when=move || notice.get().is_some()>
            <div class="notice notice-quiet" role="status" data-testid="url-notice">
                <span>{move || notice.get().map(|list| url_ignored(lang.get(), &list))}</span>
                <button
                    type="button"
                    class="close"
                    aria-label=move || tr(lang.get(), Text::Dismiss)
                    on:click=move |_| notice.set(None)
                >
                    "×"
                </button>
            </div>
        </Show>
    }
}

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    provide_app_state();
    let initial = apply_initial_view();
    mirror_language_on_page(expect_context::<CurrentLang>().0);
    let data = load_data(!initial.card);
    if initial.card {
        return view! {
            <div class="app embed card-mode" data-policies=move || data.policies_state()>
                <CountryCard theme=initial.theme />
            </div>
        }
        .into_any();
    }
    announce_theme_changes();
    answer_early_click();
    let selected = expect_context::<SelectedCountry>().0;
    let flags = expect_context::<ViewFlags>();
    let announcer = expect_context::<Announcer>().0;
    let about_open = RwSignal::new(false);
    view! {
        <div
            class="app"
            class:panel-open=move || selected.get().is_some()
            class:embed=move || flags.embed.get()
            class:bare=move || flags.embed.get() && flags.bare.get()
            class:present=move || flags.present.get()
            class:table-mode=move || flags.table.get()
            data-policies=move || data.policies_state()
        >
            <SkipLinks />
            <TopBar about_open />
            <main class="stage" id="map-stage">
                <Stage data initial />
                <PolicyNotice on_retry=data.retry_policies />
                <UrlNoticeBar />
            </main>
            <AboutDialog open=about_open />
            <div class="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
                {move || announcer.get()}
            </div>
        </div>
    }
    .into_any()
}
