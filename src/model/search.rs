//! Country search: accent- and case-insensitive matching on names, aliases and codes.

use super::CountryId;

/// Folds case and Latin accents, and turns punctuation into single spaces:
/// "Côte d'Ivoire" and "cote divoire" both become "cote d ivoire"/"cote divoire" comparable.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s.chars().flat_map(char::to_lowercase) {
        let folded: &str = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'ç' | 'ć' | 'č' => "c",
            'ď' | 'đ' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
            'ğ' => "g",
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'į' => "i",
            'ł' | 'ľ' => "l",
            'ñ' | 'ń' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
            'ř' => "r",
            'ś' | 'š' | 'ş' | 'ș' => "s",
            'ß' => "ss",
            'ť' | 'ţ' | 'ț' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
            'ý' | 'ÿ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            'æ' => "ae",
            'œ' => "oe",
            'þ' => "th",
            // Arabic: hamza forms of alef, taa marbuta and alef maqsura are typed either way;
            // short vowels, shadda and tatweel are left out.
            'أ' | 'إ' | 'آ' | 'ٱ' => "ا",
            'ة' => "ه",
            'ى' => "ي",
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => "",
            '\'' | '’' | '`' => "",
            c if c.is_alphanumeric() => {
                out.push(c);
                space = false;
                continue;
            }
            _ => {
                if !space {
                    out.push(' ');
                    space = true;
                }
                continue;
            }
        };
        out.push_str(folded);
        space = false;
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Other names people type, per language: short forms, old names, other spellings. Edited in
/// `data/aliases.json`; every language's aliases are searchable whatever the interface language.
const ALIASES_FILE: &str = include_str!("../../data/aliases.json");

/// Every alias in `data/aliases.json`, with its country; a malformed entry is skipped (a test
/// checks the file).
pub fn aliases() -> Vec<(CountryId, String)> {
    let by_lang: std::collections::BTreeMap<String, std::collections::BTreeMap<String, Vec<String>>> =
        serde_json::from_str(ALIASES_FILE).unwrap_or_default();
    by_lang
        .into_values()
        .flat_map(|by_code| by_code.into_iter())
        .filter_map(|(code, list)| Some((CountryId::parse(&code)?, list)))
        .flat_map(|(id, list)| list.into_iter().map(move |a| (id, a)))
        .collect()
}

#[derive(PartialEq)]
struct Entry {
    id: CountryId,
    name: String,
    /// Normalised name and aliases; the first is the display name.
    keys: Vec<String>,
}

/// A match: the country, and the name to show for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub id: CountryId,
    pub name: String,
    /// The alias that matched, when it is not the name itself.
    pub via: Option<String>,
}

/// Search over every country's names, built once per language.
#[derive(PartialEq)]
pub struct SearchIndex {
    entries: Vec<Entry>,
    aliases: Vec<(CountryId, String, String)>,
}

impl SearchIndex {
    /// `names` holds each country's display name followed by any other names to match
    /// (e.g. its English name when the display language is another).
    pub fn new(names: impl IntoIterator<Item = (CountryId, Vec<String>)>) -> Self {
        let entries: Vec<Entry> = names
            .into_iter()
            .filter_map(|(id, ns)| {
                let name = ns.first()?.clone();
                Some(Entry { id, name, keys: ns.iter().map(|n| normalise(n)).collect() })
            })
            .collect();
        let aliases = aliases()
            .into_iter()
            .map(|(id, a)| {
                let key = normalise(&a);
                (id, a, key)
            })
            .collect();
        SearchIndex { entries, aliases }
    }

    /// Ranked matches: exact code or name first, then prefixes, then word prefixes, then
    /// substrings. Each country appears once.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let q = normalise(query);
        if q.is_empty() {
            return Vec::new();
        }
        let score = |key: &str| -> Option<u8> {
            if key == q {
                Some(0)
            } else if key.starts_with(&q) {
                Some(1)
            } else if key.split(' ').any(|w| w.starts_with(&q)) {
                Some(2)
            } else if q.chars().count() >= 3 && key.contains(&q) {
                Some(3)
            } else {
                None
            }
        };
        let mut hits: Vec<(u8, usize, Hit)> = Vec::new();
        let mut push = |rank: u8, id: CountryId, via: Option<String>| {
            let Some(e) = self.entries.iter().find(|e| e.id == id) else { return };
            match hits.iter_mut().find(|(_, _, h)| h.id == id) {
                Some(existing) if existing.0 <= rank => {}
                Some(existing) => *existing = (rank, e.name.len(), Hit { id, name: e.name.clone(), via }),
                None => hits.push((rank, e.name.len(), Hit { id, name: e.name.clone(), via })),
            }
        };
        if let Some(id) = CountryId::parse(query.trim()) {
            push(0, id, None);
        }
        for e in &self.entries {
            if let Some(r) = e.keys.iter().filter_map(|k| score(k)).min() {
                push(r, e.id, None);
            }
        }
        for (id, alias, key) in &self.aliases {
            if let Some(r) = score(key) {
                push(r, *id, Some(alias.clone()));
            }
        }
        hits.sort_by(|a, b| (a.0, a.1, &a.2.name).cmp(&(b.0, b.1, &b.2.name)));
        hits.into_iter().take(limit).map(|(_, _, h)| h).collect()
    }
}

impl SearchIndex {
    /// Every country the query finds, in any order: the table's filter. An empty query finds none.
    pub fn matching(&self, query: &str) -> Vec<CountryId> {
        self.search(query, usize::MAX).into_iter().map(|h| h.id).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> SearchIndex {
        let names = [
            ("CIV", "Côte d'Ivoire"),
            ("CZE", "Czechia"),
            ("USA", "United States of America"),
            ("GBR", "United Kingdom"),
            ("MMR", "Myanmar"),
            ("FRA", "France"),
            ("NER", "Niger"),
            ("NGA", "Nigeria"),
        ];
        SearchIndex::new(names.iter().map(|(c, n)| (CountryId::parse(c).unwrap(), vec![n.to_string()])))
    }

    fn first(q: &str) -> String {
        index().search(q, 5).first().map(|h| h.id.to_string()).unwrap_or_default()
    }

    #[test]
    fn normalises_accents_case_and_punctuation() {
        assert_eq!(normalise("Côte d'Ivoire"), "cote divoire");
        assert_eq!(normalise("  SÃO   Tomé-and-Príncipe "), "sao tome and principe");
        assert_eq!(normalise("Åland"), "aland");
    }

    #[test]
    fn finds_by_alias_old_name_and_code() {
        assert_eq!(first("ivory"), "CIV");
        assert_eq!(first("cote"), "CIV");
        assert_eq!(first("USA"), "USA");
        assert_eq!(first("uk"), "GBR");
        assert_eq!(first("Burma"), "MMR");
        assert_eq!(first("czech republic"), "CZE");
        assert_eq!(first("Czechia"), "CZE");
        assert_eq!(first("fra"), "FRA");
    }

    #[test]
    fn exact_beats_prefix_and_each_country_once() {
        let hits = index().search("niger", 5);
        assert_eq!(hits[0].id.as_str(), "NER");
        assert_eq!(hits[1].id.as_str(), "NGA");
        assert_eq!(hits.len(), 2);
    }

    #[test]
    fn the_table_filter_finds_aliases_too() {
        let mut found = index().matching("uk");
        found.sort();
        assert_eq!(found.iter().map(|c| c.as_str()).collect::<Vec<_>>(), ["GBR"]);
        assert_eq!(index().matching("Burma").first().map(|c| c.as_str()), Some("MMR"));
        assert_eq!(index().matching("niger").len(), 2);
    }

    #[test]
    fn arabic_letters_fold_like_accents() {
        // Hamza forms of alef, taa marbuta, alef maqsura, short vowels and tatweel.
        assert_eq!(normalise("إسبانيا"), normalise("اسبانيا"));
        assert_eq!(normalise("أمريكا"), normalise("امريكا"));
        assert_eq!(normalise("سورية"), normalise("سوريه"));
        assert_eq!(normalise("مصرى"), normalise("مصري"));
        assert_eq!(normalise("مُـصر"), "مصر");
        assert_eq!(normalise("كوريا الجنوبية"), "كوريا الجنوبيه");
    }

    #[test]
    fn aliases_come_from_the_data_file_in_every_language() {
        let file: std::collections::BTreeMap<String, std::collections::BTreeMap<String, Vec<String>>> =
            serde_json::from_str(ALIASES_FILE).expect("data/aliases.json is valid JSON");
        for (lang, by_code) in &file {
            assert!(crate::model::i18n::Lang::parse(lang).is_some(), "data/aliases.json: {lang}: not a language");
            for code in by_code.keys() {
                assert!(CountryId::parse(code).is_some(), "data/aliases.json: {lang}.{code}: not a country code");
            }
        }
        assert_eq!(first("Birmanie"), "MMR");
        assert_eq!(first("EE. UU."), "USA");
        assert_eq!(first("بورما"), "MMR");
        assert_eq!(first("امريكا"), "USA");
    }

    #[test]
    fn empty_or_junk_queries_find_nothing() {
        assert!(index().search("   ", 5).is_empty());
        assert!(index().search("<script>", 5).is_empty());
    }
}
