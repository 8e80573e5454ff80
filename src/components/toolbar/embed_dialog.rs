//! The Embed dialog: the host picks theme, country, year and controls, and copies a sandboxed
//! iframe snippet, with a live preview.

use super::share::copy_text;
use crate::actions::current_link;
use crate::components::dialog::Dialog;
use crate::model::i18n::{theme_label, tr, Lang, Text};
use crate::model::url_state::ViewState;
use crate::model::Theme;
use crate::state::{CurrentLang, CurrentTheme, CurrentYear, SelectedCountry};
use leptos::prelude::*;

fn escape_xml(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The ready-to-paste iframe snippet for the current view, its title in the interface language
/// (the embedded map shows the link's language too).
pub fn embed_snippet(link: &str, lang: Lang) -> String {
    let src = escape_xml(&embedded(link));
    let title = escape_xml(tr(lang, Text::EmbedFrameTitle));
    // A card starts shorter than the map; both then take the height they post.
    let height = if link.contains("embed=card") { 420 } else { 620 };
    format!(
        r#"<iframe src="{src}" title="{title}" loading="lazy" style="width:100%;height:{height}px;border:0" allow="fullscreen; clipboard-write; web-share" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>"#
    )
}

/// `link` with the embed flag: what the iframe loads (a card's link already says `embed=card`).
fn embedded(link: &str) -> String {
    if link.contains("embed=") {
        return link.to_string();
    }
    let sep = if link.contains('?') { '&' } else { '?' };
    format!("{link}{sep}embed=1")
}

/// The link an embed opens: the current view's theme, and the country and year if the host keeps them.
fn embed_link(base: &str, options: &EmbedOptions) -> String {
    // A card shows one country today, on every theme.
    let card = options.card && options.country.is_some();
    let state = ViewState {
        theme: (!card).then_some(options.theme),
        lang: options.lang,
        country: options.country,
        year: options.year.filter(|_| !card),
        embed: card,
        card,
        bare: options.bare && !card,
        ..ViewState::default()
    };
    let query = state.to_query();
    if query.is_empty() {
        base.to_string()
    } else {
        format!("{base}{query}")
    }
}

#[derive(Clone, Copy, PartialEq)]
struct EmbedOptions {
    theme: Theme,
    /// The language the link asked for, kept so a Spanish page embeds the map in Spanish.
    lang: Option<Lang>,
    country: Option<crate::model::CountryId>,
    year: Option<u16>,
    bare: bool,
    /// A country card instead of the map (needs a country).
    card: bool,
}

/// One of the host's choices: a checkbox and its words.
#[component]
fn OptionBox(testid: &'static str, checked: RwSignal<bool>, disabled: Signal<bool>, label: Text) -> impl IntoView {
    let lang = expect_context::<CurrentLang>().0;
    view! {
        <label>
            <input
                type="checkbox"
                data-testid=testid
                prop:checked=move || checked.get()
                disabled=move || disabled.get()
                on:change=move |ev| checked.set(event_target_checked(&ev))
            />
            " "
            {move || tr(lang.get(), label)}
        </label>
    }
}

#[component]
pub fn EmbedDialog(open: RwSignal<bool>) -> impl IntoView {
    let lang = expect_context::<CurrentLang>().0;
    let theme = expect_context::<CurrentTheme>().0;
    let selected = expect_context::<SelectedCountry>().0;
    let year = expect_context::<CurrentYear>().0;
    let href = current_link();
    let base = href.split(['?', '#']).next().unwrap_or_default().to_string();
    let query = href.split('#').next().unwrap_or_default().split_once('?').map_or("", |(_, q)| q);
    let link_lang = ViewState::parse(query, 1900, 2100).0.lang;
    // The host's choices, starting from what the visitor sees now.
    let chosen_theme = RwSignal::new(theme.get_untracked());
    let keep_country = RwSignal::new(selected.get_untracked().is_some());
    let keep_year = RwSignal::new(year.get_untracked().is_some());
    let bare = RwSignal::new(false);
    let card = RwSignal::new(false);
    let options = Memo::new(move |_| EmbedOptions {
        theme: chosen_theme.get(),
        lang: link_lang,
        country: selected.get_untracked().filter(|_| keep_country.get()),
        year: year.get_untracked().filter(|_| keep_year.get()),
        bare: bare.get(),
        card: card.get(),
    });
    let link = Memo::new(move |_| embed_link(&base, &options.get()));
    let snippet = Memo::new(move |_| embed_snippet(&link.get(), lang.get()));
    let preview_src = move || embedded(&link.get());
    let copied = RwSignal::new(false);
    let copy = move || copied.set(copy_text(&snippet.get_untracked()));
    let theme_options = move || {
        Theme::ALL
            .into_iter()
            .map(|t| {
                view! {
                    <option value=t.code() selected=move || chosen_theme.get() == t>
                        {move || theme_label(lang.get(), t)}
                    </option>
                }
            })
            .collect_view()
    };
    let on_theme = move |ev: leptos::ev::Event| {
        if let Some(t) = Theme::parse(&event_target_value(&ev)) {
            chosen_theme.set(t);
        }
    };
    view! {
        <Dialog
            open
            title_id="embed-title"
            title=Signal::derive(move || tr(lang.get(), Text::EmbedTitle).to_string())
            class="embed-dialog"
            testid="embed-dialog"
        >
            <div class="panel-body">
                <p>{move || tr(lang.get(), Text::EmbedHelp)}</p>
                <fieldset class="embed-options">
                    <label>
                        {move || tr(lang.get(), Text::EmbedTheme)}" "
                        <select data-testid="embed-theme" on:change=on_theme>
                            {theme_options}
                        </select>
                    </label>
                    <Show when=move || selected.get_untracked().is_some()>
                        <OptionBox
                            testid="embed-country"
                            checked=keep_country
                            disabled=Signal::stored(false)
                            label=Text::EmbedCountry
                        />
                        <OptionBox
                            testid="embed-card"
                            checked=card
                            disabled=Signal::derive(move || !keep_country.get())
                            label=Text::EmbedCard
                        />
                    </Show>
                    <Show when=move || year.get_untracked().is_some()>
                        <OptionBox
                            testid="embed-year"
                            checked=keep_year
                            disabled=Signal::stored(false)
                            label=Text::EmbedYear
                        />
                    </Show>
                    <OptionBox testid="embed-bare" checked=bare disabled=Signal::stored(false) label=Text::EmbedBare />
                </fieldset>
                <label for="embed-code">{move || tr(lang.get(), Text::EmbedCode)}</label>
                <textarea
                    id="embed-code"
                    data-testid="embed-code"
                    readonly
                    rows="5"
                    prop:value=move || snippet.get()
                ></textarea>
                <button type="button" class="retry" on:click=move |_| copy()>
                    {move || tr(lang.get(), if copied.get() { Text::Copied } else { Text::CopyCode })}
                </button>
                <p class="embed-preview-title">{move || tr(lang.get(), Text::EmbedPreview)}</p>
                <iframe
                    class="embed-preview"
                    data-testid="embed-preview"
                    src=preview_src
                    title=move || tr(lang.get(), Text::EmbedPreview)
                ></iframe>
            </div>
        </Dialog>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embed_link_keeps_only_what_the_host_chose() {
        let base = "https://example.org/map/";
        let mut o =
            EmbedOptions { theme: Theme::Regulation, lang: None, country: None, year: None, bare: false, card: false };
        assert_eq!(embed_link(base, &o), "https://example.org/map/?theme=regulation");
        o.country = crate::model::CountryId::parse("URY");
        o.year = Some(2010);
        o.bare = true;
        o.lang = Some(Lang::Es);
        assert_eq!(
            embed_link(base, &o),
            "https://example.org/map/?theme=regulation&country=URY&lang=es&year=2010&controls=0"
        );
        o.theme = Theme::DeathPenalty;
        o.country = None;
        o.year = None;
        o.bare = false;
        o.lang = None;
        assert_eq!(embed_link(base, &o), base);
    }

    #[test]
    fn a_card_links_to_one_country_today_and_embeds_as_a_card() {
        let base = "https://example.org/map/";
        let o = EmbedOptions {
            theme: Theme::Regulation,
            lang: Some(Lang::Es),
            country: crate::model::CountryId::parse("SGP"),
            year: Some(2010),
            bare: true,
            card: true,
        };
        let link = embed_link(base, &o);
        assert_eq!(link, "https://example.org/map/?country=SGP&lang=es&embed=card");
        let s = embed_snippet(&link, Lang::En);
        assert!(s.contains("embed=card\"") && !s.contains("embed=1") && s.contains("height:420px"), "{s}");
        // Without a country there is no card: the map is embedded.
        assert!(!embed_link(base, &EmbedOptions { country: None, ..o }).contains("card"));
    }

    #[test]
    fn the_snippet_embeds_the_current_view_sandboxed() {
        let s = embed_snippet("https://example.org/map/?theme=regulation&country=URY", Lang::En);
        assert!(s.contains(r#"src="https://example.org/map/?theme=regulation&amp;country=URY&amp;embed=1""#), "{s}");
        assert!(s.contains("sandbox=\"allow-scripts allow-same-origin allow-popups\""));
        assert!(s.contains("title="));
        assert_eq!(embed_snippet("https://x.org/", Lang::En).matches("?embed=1").count(), 1);
        let fr = embed_snippet("https://x.org/?lang=fr", Lang::Fr);
        assert!(fr.contains("title=\"Les lois sur les drogues dans le monde\u{a0}: carte interactive\""), "{fr}");
    }
}
