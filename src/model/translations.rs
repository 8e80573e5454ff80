//! Panel texts in other languages: the key that locates each English text, the fingerprint that
//! tells a current translation from a stale one, and the per-language file the app loads
//! (`assets/data/texts.LANG.json`, written by `scripts/build-data.mjs` from `data/translations/`).

use super::{CountryId, DataError, Theme};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

/// FNV-1a (32-bit) over the UTF-8 bytes, as 8 hex digits; `scripts/panel-texts.mjs` computes the same.
pub fn fingerprint(text: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

/// Where an English panel text is; the key of its translations.
pub fn summary_key(country: CountryId, theme: Theme) -> String {
    format!("{country}.{}.summary", theme.code())
}

pub fn event_key(country: CountryId, theme: Theme, index: usize) -> String {
    format!("{country}.{}.history.{index}", theme.code())
}

pub fn fact_key(country: CountryId, index: usize) -> String {
    format!("{country}.facts.{index}")
}

pub fn note_key(country: CountryId) -> String {
    format!("{country}.note")
}

pub fn global_key(index: usize) -> String {
    format!("global.{index}")
}

/// One language's panel texts, as the app loads them.
#[derive(Debug, Default, PartialEq)]
pub struct PanelTexts {
    pub language: String,
    texts: BTreeMap<String, String>,
    stale: BTreeSet<String>,
}

/// What a panel shows for one English text in the visitor's language.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Translated<'a> {
    Text(&'a str),
    /// The English changed after it was translated: show the English, and say so.
    Stale,
    /// Not translated yet.
    Missing,
}

#[derive(Deserialize)]
struct RawPanelTexts {
    language: String,
    texts: BTreeMap<String, String>,
    #[serde(default)]
    stale: Vec<String>,
}

impl PanelTexts {
    pub fn parse(text: &str, file: &str) -> Result<Self, DataError> {
        let raw: RawPanelTexts =
            serde_json::from_str(text).map_err(|e| DataError::new(file, "", "", format!("not valid JSON: {e}")))?;
        Ok(PanelTexts { language: raw.language, texts: raw.texts, stale: raw.stale.into_iter().collect() })
    }

    pub fn get(&self, key: &str) -> Translated<'_> {
        match self.texts.get(key) {
            Some(t) => Translated::Text(t),
            None if self.stale.contains(key) => Translated::Stale,
            None => Translated::Missing,
        }
    }
}

/// A text where `texts` has a current translation of it, else its English; with the language it is
/// in (for `lang`). For views that show no note about a missing translation: the card, the
/// comparison, About's figures.
pub fn text_or_english<'a>(texts: Option<&'a PanelTexts>, key: &str, english: &'a str) -> (&'a str, &'a str) {
    match texts.map(|t| (t.get(key), t.language.as_str())) {
        Some((Translated::Text(t), language)) => (t, language),
        _ => (english, "en"),
    }
}

/// The digit runs of a text, thousands separators removed ("30,000" and "30 000" are both 30000), for
/// checking that a translation keeps every number and year of its English.
pub fn numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_digit() {
            current.push(c);
            continue;
        }
        // A separator between a digit and exactly three digits joins one number.
        let joins = matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\u{066c}')
            && !current.is_empty()
            && chars.get(i + 1..i + 4).is_some_and(|d| d.iter().all(char::is_ascii_digit))
            && !chars.get(i + 4).is_some_and(char::is_ascii_digit);
        if !joins && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_match_the_build_script() {
        // Values from scripts/panel-texts.mjs.
        assert_eq!(fingerprint(""), "811c9dc5");
        assert_eq!(fingerprint("a"), "e40c292c");
        assert_eq!(fingerprint("Portugal"), fingerprint("Portugal"));
        assert_ne!(fingerprint("since 2001"), fingerprint("since 2002"));
    }

    #[test]
    fn keys_locate_each_text() {
        let prt = CountryId::parse("PRT").unwrap();
        assert_eq!(summary_key(prt, Theme::Decriminalisation), "PRT.decriminalisation.summary");
        assert_eq!(event_key(prt, Theme::DeathPenalty, 2), "PRT.death_penalty.history.2");
        assert_eq!(fact_key(prt, 0), "PRT.facts.0");
        assert_eq!(note_key(prt), "PRT.note");
        assert_eq!(global_key(3), "global.3");
    }

    #[test]
    fn current_stale_and_missing_translations() {
        let t = PanelTexts::parse(
            r#"{"language":"es","texts":{"PRT.note":"Nota"},"stale":["PRT.facts.0"]}"#,
            "texts.es.json",
        )
        .unwrap();
        assert_eq!(t.get("PRT.note"), Translated::Text("Nota"));
        assert_eq!(t.get("PRT.facts.0"), Translated::Stale);
        assert_eq!(t.get("PRT.facts.1"), Translated::Missing);
        assert_eq!(text_or_english(Some(&t), "PRT.note", "Note"), ("Nota", "es"));
        assert_eq!(text_or_english(Some(&t), "PRT.facts.0", "Fact"), ("Fact", "en"));
        assert_eq!(text_or_english(None, "PRT.note", "Note"), ("Note", "en"));
        assert!(PanelTexts::parse("{", "texts.es.json").is_err());
    }

    #[test]
    fn numbers_ignore_thousands_separators_but_not_decimals() {
        assert_eq!(numbers("30,000 people in 2016"), ["2016", "30000"]);
        assert_eq!(numbers("30\u{202f}000 personnes en 2016"), ["2016", "30000"]);
        assert_eq!(numbers("30.000 personas"), ["30000"]);
        assert_eq!(numbers("2.5 g, 1 July 2001"), ["1", "2", "2001", "5"]);
        assert_eq!(numbers("2,5 g, 1 de julio de 2001"), ["1", "2", "2001", "5"]);
        assert_eq!(numbers("Law 30/2000"), ["2000", "30"]);
    }
}
