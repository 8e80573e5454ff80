//! Interface wording. The strings live in one JSON file per language, `assets/i18n/LANG.json`,
//! which translators edit: English is built in, the others are fetched when a visitor picks them
//! (`install`). `Text`, the keys of the simple strings, is generated from the English file by
//! `build.rs`, so the compiler checks every key the code uses; the tests check that every language
//! has every key, with the same placeholders. The country panels' texts are translated in
//! `data/translations/` (see `model::translations`).

use super::{DataError, Shown, Status, Theme, ThemeEntry};
use std::cell::RefCell;
use std::collections::HashMap;

include!(concat!(env!("OUT_DIR"), "/text_keys.rs"));

/// The interface languages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
    Fr,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::Fr, Lang::Ar];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
        }
    }

    /// Reads `es`, `es-MX`, `FR`…; anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        let primary = s.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Writing direction, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self == Lang::Ar {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language's own name, for the switcher.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::Ar => "العربية",
        }
    }
}

/// The English strings, built into the app.
const ENGLISH: &str = include_str!("../../assets/i18n/en.json");

/// One language's strings, flattened to dotted keys (`text.title`, `theme.death_penalty`,
/// `story.0.title`, `template.countries_count.one`).
#[derive(Debug, Default, PartialEq)]
pub struct Strings {
    language: String,
    strings: HashMap<String, String>,
}

impl Strings {
    pub fn parse(json: &str, file: &str) -> Result<Strings, DataError> {
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| DataError::new(file, "", "", format!("not valid JSON: {e}")))?;
        let language = value.get("language").and_then(|l| l.as_str()).unwrap_or_default().to_string();
        let mut strings = HashMap::new();
        flatten("", &value, &mut strings);
        strings.remove("language");
        Ok(Strings { language, strings })
    }

    pub fn language(&self) -> &str {
        &self.language
    }

    /// Every key, for the tests.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.strings.keys().map(String::as_str)
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.strings.get(key).map(String::as_str)
    }
}

fn flatten(prefix: &str, value: &serde_json::Value, out: &mut HashMap<String, String>) {
    let join = |k: &str| if prefix.is_empty() { k.to_string() } else { format!("{prefix}.{k}") };
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                flatten(&join(k), v, out);
            }
        }
        serde_json::Value::Array(list) => {
            for (i, v) in list.iter().enumerate() {
                flatten(&join(&i.to_string()), v, out);
            }
        }
        serde_json::Value::String(s) => {
            out.insert(prefix.to_string(), s.clone());
        }
        _ => {}
    }
}

/// A language's plural category for a number, as CLDR names it.
pub type PluralRules = fn(Lang, usize) -> &'static str;

thread_local! {
    /// The installed languages. Strings never change once loaded, so they are leaked once per
    /// language and handed out as `&'static str`.
    static TABLES: RefCell<Vec<(Lang, &'static Strings)>> = const { RefCell::new(Vec::new()) };
    /// The browser's plural rules (`Intl.PluralRules`), once the app installs them.
    static PLURAL_RULES: RefCell<Option<PluralRules>> = const { RefCell::new(None) };
}

/// Makes `lang`'s strings available; the interface switches to a language only once they are.
pub fn install(lang: Lang, strings: Strings) {
    let leaked: &'static Strings = Box::leak(Box::new(strings));
    TABLES.with(|t| t.borrow_mut().push((lang, leaked)));
}

/// Whether `lang` can be shown now (English always can).
pub fn is_installed(lang: Lang) -> bool {
    lang == Lang::En || table(lang).is_some()
}

fn table(lang: Lang) -> Option<&'static Strings> {
    if let Some(t) = TABLES.with(|t| t.borrow().iter().find(|(l, _)| *l == lang).map(|(_, s)| *s)) {
        return Some(t);
    }
    let bundled = bundled(lang)?;
    install(lang, Strings::parse(bundled, "assets/i18n").ok()?);
    TABLES.with(|t| t.borrow().iter().find(|(l, _)| *l == lang).map(|(_, s)| *s))
}

/// The files built into this binary: English in the app; every language in native builds (tests,
/// examples), where nothing is fetched.
fn bundled(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => Some(ENGLISH),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Es => Some(include_str!("../../assets/i18n/es.json")),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Fr => Some(include_str!("../../assets/i18n/fr.json")),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Ar => Some(include_str!("../../assets/i18n/ar.json")),
        #[cfg(target_arch = "wasm32")]
        _ => None,
    }
}

/// The string at `key` in `lang`, else in English; empty if the key is unknown (a test makes sure
/// none is).
fn lookup(lang: Lang, key: &str) -> &'static str {
    table(lang).and_then(|t| t.get(key)).or_else(|| table(Lang::En).and_then(|t| t.get(key))).unwrap_or("")
}

/// Fills `{name}` placeholders.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Uses the browser's `Intl.PluralRules` from now on.
pub fn set_plural_rules(rules: PluralRules) {
    PLURAL_RULES.with(|p| *p.borrow_mut() = Some(rules));
}

/// The CLDR plural category of `n` in `lang`: the browser's rules when installed, else the CLDR
/// rules for the four interface languages.
pub fn plural_category(lang: Lang, n: usize) -> &'static str {
    if let Some(rules) = PLURAL_RULES.with(|p| *p.borrow()) {
        return rules(lang, n);
    }
    match lang {
        Lang::En | Lang::Es => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Fr => {
            if n <= 1 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Ar => match (n, n % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
    }
}

/// A template with plural forms: the form for `n`'s category, else `other`.
fn plural(lang: Lang, key: &str, n: usize, values: &[(&str, &str)]) -> String {
    let form = format!("template.{key}.{}", plural_category(lang, n));
    let template = match lookup(lang, &form) {
        "" => lookup(lang, &format!("template.{key}.other")),
        t => t,
    };
    let count = n.to_string();
    let mut all = vec![("n", count.as_str())];
    all.extend_from_slice(values);
    fill(template, &all)
}

fn template(lang: Lang, key: &str, values: &[(&str, &str)]) -> String {
    fill(lookup(lang, &format!("template.{key}")), values)
}

/// A colon and the space after it: French puts a no-break space before it, so a line never starts
/// with ":".
pub fn colon(lang: Lang) -> &'static str {
    if lang == Lang::Fr {
        "\u{a0}: "
    } else {
        ": "
    }
}

pub fn tr(lang: Lang, text: Text) -> &'static str {
    lookup(lang, text.key())
}

pub fn theme_label(lang: Lang, theme: Theme) -> &'static str {
    lookup(lang, &format!("theme.{}", theme.code()))
}

pub fn theme_short_label(lang: Lang, theme: Theme) -> &'static str {
    lookup(lang, &format!("theme_short.{}", theme.code()))
}

/// What the map shows for a country in a theme, in words (legend, tooltip, panel, table).
pub fn shown_label(lang: Lang, theme: Theme, shown: Shown) -> &'static str {
    lookup(lang, &format!("shown.{}.{}", theme.code(), shown.code()))
}

/// What a status means, for About.
pub fn status_description(lang: Lang, theme: Theme, status: Status) -> &'static str {
    lookup(lang, &format!("description.{}.{}", theme.code(), status.code()))
}

/// Title and text of a classroom story step (see `model::story` for its stops).
pub fn story_step(lang: Lang, index: usize) -> (&'static str, &'static str) {
    (lookup(lang, &format!("story.{index}.title")), lookup(lang, &format!("story.{index}.text")))
}

/// "N countries", for counts shown as text.
pub fn countries_count(lang: Lang, n: usize) -> String {
    plural(lang, "countries_count", n, &[])
}

/// The live-region announcement when the legend filters the map to one status.
pub fn showing_only(lang: Lang, label: &str, n: usize) -> String {
    template(lang, "showing_only", &[("label", label), ("count", &countries_count(lang, n))])
}

/// The quiet notice naming link settings that were ignored (`list` is the parameter names).
pub fn url_ignored(lang: Lang, list: &str) -> String {
    template(lang, "url_ignored", &[("list", list)])
}

/// The line above the list of publishers in About.
pub fn sources_in_all(lang: Lang, n: usize) -> String {
    template(lang, "sources_in_all", &[("n", &n.to_string())])
}

/// About's first paragraph, around the emphasised "Not confirmed" status label.
pub fn about_intro(lang: Lang) -> [&'static str; 2] {
    [0, 1].map(|i| lookup(lang, &format!("about_intro.{i}")))
}

/// About's "Law is not practice" paragraph: text, *de jure*, text, *de facto*, text.
pub fn about_law(lang: Lang) -> [&'static str; 5] {
    [0, 1, 2, 3, 4].map(|i| lookup(lang, &format!("about_law.{i}")))
}

/// The text before and after the date in "Data last updated {date}."
pub fn data_updated(lang: Lang) -> [&'static str; 2] {
    [0, 1].map(|i| lookup(lang, &format!("data_updated.{i}")))
}

/// The compare dialog's heading.
pub fn compare_title(lang: Lang, theme_label: &str) -> String {
    template(lang, "compare_title", &[("theme", theme_label)])
}

/// The source line at the foot of exported images.
pub fn export_source_line(lang: Lang, updated: &str) -> String {
    template(lang, "export_source_line", &[("date", updated)])
}

/// The live-region announcement after a theme change.
pub fn map_now_shows(lang: Lang, theme_label: &str) -> String {
    template(lang, "map_now_shows", &[("theme", theme_label)])
}

/// The map's accessible name.
pub fn map_aria_label(lang: Lang, theme_label: &str) -> String {
    template(lang, "map_aria_label", &[("theme", theme_label)])
}

/// The harm reduction services line of the country panel.
pub fn services_line(lang: Lang, nsp: bool, oat: bool, dcr: bool, naloxone: bool) -> String {
    let mark = |b: bool| tr(lang, if b { Text::Yes } else { Text::No });
    template(
        lang,
        "services_line",
        &[("nsp", mark(nsp)), ("oat", mark(oat)), ("dcr", mark(dcr)), ("naloxone", mark(naloxone))],
    )
}

/// What follows a status in the panel: " since 2001", or, for an undated finding, the year it was
/// reported (the timeline shows it from then on). The page's own panel uses it too (`prerender`).
pub fn since_suffix(lang: Lang, entry: &ThemeEntry) -> String {
    match since_year(entry) {
        Some(SinceYear::Since(y)) => since_templates(lang).0.replace("{y}", &y.to_string()),
        Some(SinceYear::Reported(y)) => since_templates(lang).1.replace("{y}", &y.to_string()),
        None => String::new(),
    }
}

/// The year `since_suffix` shows, and which of its two forms.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SinceYear {
    Since(u16),
    Reported(u16),
}

pub fn since_year(entry: &ThemeEntry) -> Option<SinceYear> {
    match (entry.since, entry.reported_if_undated()) {
        (Some(y), _) => Some(SinceYear::Since(y)),
        (None, Some(y)) if entry.status != Status::NotConfirmed => Some(SinceYear::Reported(y)),
        _ => None,
    }
}

/// `since_suffix`'s two forms with `{y}` for the year: " since {y}" and " (start date not known;
/// reported in {y})". The page's own panel fills them in (`prerender`, `first-view.js`).
pub fn since_templates(lang: Lang) -> (String, String) {
    (format!(" {} {{y}}", tr(lang, Text::Since)), format!(" ({} {{y}})", tr(lang, Text::StartNotKnown)))
}

/// A data file's progress while the network is slow.
pub fn retrying(lang: Lang, attempt: u32, of: u32) -> String {
    template(lang, "retrying", &[("attempt", &attempt.to_string()), ("of", &of.to_string())])
}

/// The notice when invalid data entries were skipped: `first` lists the first few, `more` counts
/// the rest.
pub fn entries_skipped(lang: Lang, n: usize, first: &str, more: usize) -> String {
    let rest =
        if more == 0 { String::new() } else { template(lang, "entries_skipped_more", &[("m", &more.to_string())]) };
    template(lang, "entries_skipped", &[("n", &n.to_string()), ("first", first), ("more", &rest)])
}

/// "N countries to compare", on the comparison bar.
pub fn compare_bar(lang: Lang, n: usize) -> String {
    plural(lang, "compare_bar", n, &[])
}

/// The accessible name of a "compare this country" checkbox.
pub fn compare_country(lang: Lang, country: &str) -> String {
    template(lang, "compare_country", &[("country", country)])
}

/// How to cite the dataset (or one country's view of it, `url`).
pub fn citation(lang: Lang, version: &str, date: &str, url: &str) -> String {
    template(lang, "citation", &[("title", tr(lang, Text::Title)), ("version", version), ("date", date), ("url", url)])
}

/// A release heading in the change log.
pub fn release_line(lang: Lang, version: &str, date: &str) -> String {
    template(lang, "release", &[("version", version), ("date", date)])
}

/// One line of the change log: a status that changed (from a year, if dated).
pub fn change_status(lang: Lang, country: &str, theme: &str, from: &str, to: &str, year: Option<u16>) -> String {
    let values = [("country", country), ("theme", theme), ("from", from), ("to", to)];
    match year {
        Some(y) => {
            let y = y.to_string();
            let mut all = values.to_vec();
            all.push(("year", &y));
            template(lang, "change_status_from", &all)
        }
        None => template(lang, "change_status", &values),
    }
}

/// One line of the change log: a status that now rests on a start date.
pub fn change_dated(lang: Lang, country: &str, theme: &str, status: &str, year: u16) -> String {
    template(
        lang,
        "change_dated",
        &[("country", country), ("theme", theme), ("status", status), ("year", &year.to_string())],
    )
}

/// One line of the change log: a past period added or corrected (today's status unchanged); a
/// period of one year reads "in 1996", not "from 1996 to 1996".
pub fn change_period(lang: Lang, country: &str, theme: &str, status: &str, year: u16, until: u16) -> String {
    let (first, last) = (year.to_string(), until.to_string());
    let mut values = vec![("country", country), ("theme", theme), ("status", status), ("year", first.as_str())];
    if year == until {
        return template(lang, "change_period_year", &values);
    }
    values.push(("until", &last));
    template(lang, "change_period", &values)
}

/// One line of the change log: a status whose start date was withdrawn.
pub fn change_undated(lang: Lang, country: &str, theme: &str, status: &str) -> String {
    template(lang, "change_undated", &[("country", country), ("theme", theme), ("status", status)])
}

/// Why a data file could not be used, for [`load_error`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadFailure<'a> {
    Network,
    Timeout,
    Http(u16),
    Damaged(&'a str),
}

/// A failed download or a damaged file, named, in the interface language.
pub fn load_error(lang: Lang, failure: LoadFailure<'_>, file: &str) -> String {
    match failure {
        LoadFailure::Network => template(lang, "load_error_network", &[("file", file)]),
        LoadFailure::Timeout => template(lang, "load_error_timeout", &[("file", file)]),
        LoadFailure::Http(status) => {
            template(lang, "load_error_http", &[("file", file), ("status", &status.to_string())])
        }
        LoadFailure::Damaged(detail) => template(lang, "load_error_damaged", &[("file", file), ("detail", detail)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(lang: Lang) -> Strings {
        Strings::parse(bundled(lang).unwrap(), lang.code()).unwrap()
    }

    /// `{name}` placeholders of a string, sorted.
    fn placeholders(s: &str) -> Vec<&str> {
        let mut out: Vec<&str> = s.split('{').skip(1).filter_map(|p| p.split('}').next()).collect();
        out.sort();
        out
    }

    #[test]
    fn every_language_has_every_key_with_the_same_placeholders() {
        let en = file(Lang::En);
        for lang in Lang::ALL {
            let other = file(lang);
            assert_eq!(other.language(), lang.code());
            for key in en.keys() {
                // Plural forms differ between languages; each needs at least `other`.
                if let Some(base) = key.strip_suffix(".one").or_else(|| key.strip_suffix(".other")) {
                    assert!(
                        other.get(&format!("{base}.other")).is_some(),
                        "{}.json: {base}.other is missing",
                        lang.code()
                    );
                    continue;
                }
                let s = other.get(key).unwrap_or_else(|| panic!("{}.json: {key} is missing", lang.code()));
                assert!(
                    !s.trim().is_empty() || key.starts_with("data_updated"),
                    "{}.json: {key} is empty",
                    lang.code()
                );
                assert_eq!(
                    placeholders(s),
                    placeholders(en.get(key).unwrap()),
                    "{}.json: {key}: placeholders",
                    lang.code()
                );
            }
            for key in other.keys() {
                let plural = [".zero", ".one", ".two", ".few", ".many", ".other"].iter().any(|f| key.ends_with(f));
                assert!(en.get(key).is_some() || plural, "{}.json: {key} is not in en.json", lang.code());
            }
        }
    }

    #[test]
    fn the_generated_keys_are_the_english_files_keys() {
        let en = file(Lang::En);
        let mut from_file: Vec<&str> = en.keys().filter(|k| k.starts_with("text.")).collect();
        from_file.sort();
        let mut from_code: Vec<&str> = Text::ALL.iter().map(|t| t.key()).collect();
        from_code.sort();
        assert_eq!(from_code, from_file);
    }

    #[test]
    fn a_period_of_one_year_names_the_year_once() {
        assert_eq!(change_period(Lang::En, "Poland", "T", "S", 1996, 1996), "Poland, T: S in 1996");
        assert_eq!(change_period(Lang::En, "Nigeria", "T", "S", 1961, 1965), "Nigeria, T: S from 1961 to 1965");
    }

    #[test]
    fn a_new_language_is_a_file() {
        // tests/fixtures/i18n/xx.json: every English key, nothing in Rust.
        let xx = Strings::parse(include_str!("../../tests/fixtures/i18n/xx.json"), "xx.json").unwrap();
        let en = file(Lang::En);
        for key in en.keys() {
            assert!(xx.get(key).is_some(), "xx.json: {key} is missing");
        }
        assert_eq!(xx.get("text.title"), Some("[xx] Drug laws of the world"));
    }

    #[test]
    fn every_string_exists_in_every_language() {
        for theme in Theme::ALL {
            for lang in Lang::ALL {
                assert!(!theme_label(lang, theme).is_empty());
                assert!(!theme_short_label(lang, theme).is_empty());
                for s in Shown::legend(theme) {
                    assert!(!shown_label(lang, theme, s).is_empty(), "{lang:?} {theme:?} {s:?}");
                }
                for &s in theme.statuses() {
                    assert!(!status_description(lang, theme, s).trim().is_empty(), "{lang:?} {theme:?} {s:?}");
                }
            }
        }
        for &text in Text::ALL {
            for lang in Lang::ALL {
                assert!(!tr(lang, text).trim().is_empty(), "{text:?} is empty in {lang:?}");
            }
        }
    }

    #[test]
    fn translations_differ_from_english_where_they_should() {
        // Descriptions and story steps are prose: a copy of the English would be a missed translation.
        for lang in [Lang::Es, Lang::Fr, Lang::Ar] {
            for theme in Theme::ALL {
                for &s in theme.statuses() {
                    assert_ne!(status_description(lang, theme, s), status_description(Lang::En, theme, s));
                }
            }
            for i in 0..crate::model::story::story_stops().len() {
                assert_ne!(story_step(lang, i).1, story_step(Lang::En, i).1);
            }
        }
    }

    #[test]
    fn every_story_step_exists_in_every_language_with_its_figures() {
        for i in 0..crate::model::story::story_stops().len() {
            let en = story_step(Lang::En, i);
            let years: Vec<&str> =
                en.1.split(|c: char| !c.is_ascii_digit())
                    .filter(|w| w.len() == 4 && w.starts_with(['1', '2']))
                    .collect();
            for lang in Lang::ALL {
                let (title, text) = story_step(lang, i);
                assert!(!title.trim().is_empty() && !text.trim().is_empty(), "step {i} in {lang:?}");
                for y in &years {
                    assert!(text.contains(y), "step {i} in {lang:?} lacks the year {y}");
                }
            }
        }
        assert_ne!(story_step(Lang::Es, 0), story_step(Lang::Es, crate::model::story::story_stops().len() - 1));
    }

    #[test]
    fn strings_with_values_keep_them_in_every_language() {
        for lang in Lang::ALL {
            assert!(
                showing_only(lang, "LABEL", 17).contains("LABEL") && showing_only(lang, "LABEL", 17).contains("17")
            );
            assert!(countries_count(lang, 241).contains("241"));
            assert!(url_ignored(lang, "theme, year").contains("theme, year"));
            assert!(sources_in_all(lang, 312).contains("312"));
            assert!(compare_title(lang, "THEME").contains("THEME"));
            assert!(export_source_line(lang, "2026-11-24").contains("2026-11-24"));
            assert!(map_now_shows(lang, "THEME").contains("THEME"));
            assert!(map_aria_label(lang, "THEME").contains("THEME"));
            assert!(retrying(lang, 2, 4).contains('2') && retrying(lang, 2, 4).contains('4'));
            let skipped = entries_skipped(lang, 5, "FIRST", 2);
            assert!(skipped.contains('5') && skipped.contains("FIRST") && skipped.contains('2'), "{skipped}");
            let services = services_line(lang, true, false, false, true);
            assert!(services.matches(tr(lang, Text::Yes)).count() >= 2, "{services}");
            assert!(!services.contains('{'), "{services}");
            assert!(about_intro(lang).iter().chain(about_law(lang).iter()).all(|p| !p.trim().is_empty()));
            assert!(data_updated(lang)[0].len() > 1);
            for failure in
                [LoadFailure::Network, LoadFailure::Timeout, LoadFailure::Http(503), LoadFailure::Damaged("x")]
            {
                assert!(load_error(lang, failure, "shapes.txt").contains("shapes.txt"), "{lang:?} {failure:?}");
            }
            assert!(load_error(lang, LoadFailure::Http(503), "a").contains("503"));
        }
        assert_eq!(countries_count(Lang::En, 1), "1 country");
        assert_eq!(countries_count(Lang::En, 2), "2 countries");
        assert_eq!(showing_only(Lang::En, "Low application", 9), "Showing only: Low application (9 countries)");
        assert_eq!(
            entries_skipped(Lang::En, 3, "A, B", 1),
            "3 data entries were skipped because they are invalid: A, B and 1 more."
        );
    }

    #[test]
    fn plural_categories_follow_cldr_without_a_browser() {
        assert_eq!(plural_category(Lang::En, 1), "one");
        assert_eq!(plural_category(Lang::Fr, 0), "one");
        assert_eq!(plural_category(Lang::Es, 0), "other");
        assert_eq!(
            [0, 1, 2, 5, 11, 100].map(|n| plural_category(Lang::Ar, n)),
            ["zero", "one", "two", "few", "many", "other"]
        );
    }

    #[test]
    fn languages_parse_from_browser_tags() {
        assert_eq!(Lang::parse("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::parse("FR"), Some(Lang::Fr));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::Ar.dir(), "rtl");
    }
}

/// Country names in the other interface languages (`assets/data/names.json`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Names {
    by_lang: HashMap<String, HashMap<String, String>>,
}

impl Names {
    pub fn parse(text: &str) -> Result<Names, DataError> {
        serde_json::from_str(text)
            .map(|by_lang| Names { by_lang })
            .map_err(|e| DataError::new("names.json", "", "", e.to_string()))
    }

    /// The country's name in `lang`; `None` for English or when missing (use the English name).
    pub fn get(&self, lang: Lang, id: super::CountryId) -> Option<&str> {
        self.by_lang.get(lang.code())?.get(id.as_str()).map(String::as_str)
    }

    /// The country's name in `lang` where these names have it, else its English name: what every
    /// view shows. `names` is `None` for English, or before the names file has arrived.
    pub fn or_english<'a>(names: Option<&'a Names>, lang: Lang, id: super::CountryId, english: &'a str) -> &'a str {
        names.and_then(|n| n.get(lang, id)).unwrap_or(english)
    }
}

#[cfg(test)]
mod names_tests {
    use super::*;
    use crate::model::CountryId;

    #[test]
    fn names_are_looked_up_by_language_and_code() {
        let n = Names::parse(r#"{"es":{"FRA":"Francia"},"ar":{"FRA":"فرنسا"}}"#).unwrap();
        let fra = CountryId::parse("FRA").unwrap();
        assert_eq!(n.get(Lang::Es, fra), Some("Francia"));
        assert_eq!(n.get(Lang::Ar, fra), Some("فرنسا"));
        assert_eq!(n.get(Lang::Fr, fra), None);
        assert!(Names::parse("{").is_err());
    }
}
