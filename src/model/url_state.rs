//! The view as a query string: `?theme=decriminalisation&country=PRT&lang=es&year=2005&region=europe`.
//! Parsing is lenient: unknown or malformed values are dropped and reported, never fatal.

use super::i18n::Lang;
use super::{CountryId, Region, Theme};

/// Longest value considered at all: anything longer is hostile or broken.
const MAX_VALUE: usize = 40;

/// Everything a link can restore.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    pub theme: Option<Theme>,
    pub country: Option<CountryId>,
    pub lang: Option<Lang>,
    pub year: Option<u16>,
    pub region: Option<Region>,
    pub embed: bool,
    /// `embed=card`: one country's card instead of the map (for campaign pages about one country).
    pub card: bool,
    /// Embedded without the theme buttons and zoom controls (`controls=0`): the host fixed the view.
    pub bare: bool,
    pub present: bool,
    /// The table instead of the map.
    pub table: bool,
    /// Countries picked for comparison (`compare=PRT,ESP`), at most `MAX_COMPARED`.
    pub compare: Vec<CountryId>,
    /// The comparison is open (`view=compare`).
    pub comparing: bool,
}

/// How many countries can be compared side by side (the EUDA's legal database allows five).
pub const MAX_COMPARED: usize = 5;

/// Decodes `%XX` and `+`; invalid escapes are kept as they are.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match u8::from_str_radix(s.get(i + 1..i + 3).unwrap_or(""), 16) {
                Ok(b) => {
                    out.push(b);
                    i += 2;
                }
                Err(_) => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// How a change of view enters the browser history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryStep {
    /// A new entry, so Back returns to the view before.
    Push,
    /// The current entry is updated in place, so Play, dragging the year, zooming or switching
    /// language do not fill Back with one step per frame.
    Replace,
}

impl ViewState {
    /// Opening a country, changing theme, switching to the table and entering or leaving classroom
    /// or embed mode are steps a visitor expects Back to undo; the rest refines the same view. In
    /// classroom mode the story moves between countries and themes within one entry, so Back leaves it.
    pub fn history_step(&self, next: &ViewState) -> HistoryStep {
        let mode_changed = (self.present, self.embed, self.table, self.comparing)
            != (next.present, next.embed, next.table, next.comparing);
        let story = self.present && next.present;
        if mode_changed || (!story && (self.theme != next.theme || self.country != next.country)) {
            HistoryStep::Push
        } else {
            HistoryStep::Replace
        }
    }

    /// Parses a query string (with or without the leading `?`). The second value lists the
    /// parameters that were ignored, for a quiet notice.
    pub fn parse(query: &str, first_year: u16, last_year: u16) -> (ViewState, Vec<String>) {
        let mut state = ViewState::default();
        let mut ignored = Vec::new();
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()).take(32) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(raw);
            let key = decode(key);
            if value.chars().count() > MAX_VALUE {
                ignored.push(key.chars().take(MAX_VALUE).collect());
                continue;
            }
            let ok = match key.as_str() {
                "theme" => Theme::parse(&value).map(|t| state.theme = Some(t)).is_some(),
                "country" => CountryId::parse(&value).map(|c| state.country = Some(c)).is_some(),
                "lang" => Lang::ALL.into_iter().find(|l| l.code() == value).map(|l| state.lang = Some(l)).is_some(),
                "year" => value
                    .parse::<u16>()
                    .ok()
                    .filter(|y| (first_year..=last_year).contains(y))
                    .map(|y| state.year = (y < last_year).then_some(y))
                    .is_some(),
                "region" => Region::parse(&value).map(|r| state.region = Some(r)).is_some(),
                "embed" if value == "card" => {
                    (state.embed, state.card) = (true, true);
                    true
                }
                "embed" => flag(&value).map(|b| state.embed = b).is_some(),
                "controls" => flag(&value).map(|b| state.bare = !b).is_some(),
                "view" => match value.as_str() {
                    "table" | "map" => {
                        state.table = value == "table";
                        true
                    }
                    "compare" => {
                        state.comparing = true;
                        true
                    }
                    _ => false,
                },
                "compare" => {
                    let mut ids: Vec<CountryId> = Vec::new();
                    let parts: Vec<&str> = value.split(',').collect();
                    for id in parts.iter().filter_map(|c| CountryId::parse(c.trim())) {
                        if !ids.contains(&id) && ids.len() < MAX_COMPARED {
                            ids.push(id);
                        }
                    }
                    // An unreadable code is reported; repeats and a sixth country are dropped quietly.
                    let clean = parts.iter().all(|c| CountryId::parse(c.trim()).is_some());
                    state.compare = ids;
                    clean
                }
                "present" => flag(&value).map(|b| state.present = b).is_some(),
                _ => false,
            };
            if !ok {
                ignored.push(key.chars().take(MAX_VALUE).collect());
            }
        }
        (state, ignored)
    }

    /// The query string for this state (empty for the default view), in a stable order.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(t) = self.theme.filter(|t| *t != Theme::DEFAULT) {
            parts.push(format!("theme={}", t.code()));
        }
        if let Some(c) = self.country {
            parts.push(format!("country={c}"));
        }
        if let Some(l) = self.lang {
            parts.push(format!("lang={}", l.code()));
        }
        if let Some(y) = self.year {
            parts.push(format!("year={y}"));
        }
        if let Some(r) = self.region {
            parts.push(format!("region={}", r.code()));
        }
        if self.table {
            parts.push("view=table".into());
        }
        if !self.compare.is_empty() {
            let ids: Vec<String> = self.compare.iter().map(ToString::to_string).collect();
            parts.push(format!("compare={}", ids.join(",")));
            if self.comparing {
                parts.push("view=compare".into());
            }
        }
        if self.card {
            parts.push("embed=card".into());
        } else if self.embed {
            parts.push("embed=1".into());
        }
        if self.bare {
            parts.push("controls=0".into());
        }
        if self.present {
            parts.push("present=1".into());
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

fn flag(v: &str) -> Option<bool> {
    match v {
        "1" | "true" | "" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(q: &str) -> (ViewState, Vec<String>) {
        ViewState::parse(q, 1961, 2026)
    }

    #[test]
    fn compared_countries_round_trip_and_are_capped() {
        let (s, ignored) = ViewState::parse("?compare=prt,ESP,prt,URY&view=compare", 1961, 2026);
        assert!(ignored.is_empty());
        assert_eq!(s.compare.iter().map(|c| c.as_str()).collect::<Vec<_>>(), ["PRT", "ESP", "URY"]);
        assert!(s.comparing);
        assert_eq!(s.to_query(), "?compare=PRT,ESP,URY&view=compare");
        let (s, ignored) = ViewState::parse("?compare=PRT,ESP,FRA,DEU,ITA,NLD,<x>", 1961, 2026);
        assert_eq!(s.compare.len(), MAX_COMPARED);
        assert_eq!(ignored, ["compare"]);
    }

    #[test]
    fn embed_card_is_a_country_card() {
        let (s, ignored) = ViewState::parse("?embed=card&country=sgp&theme=death_penalty", 1961, 2026);
        assert!(ignored.is_empty());
        assert!(s.embed && s.card);
        assert_eq!(s.to_query(), "?country=SGP&embed=card");
        let (s, _) = ViewState::parse("?embed=1", 1961, 2026);
        assert!(s.embed && !s.card);
    }

    #[test]
    fn reads_every_parameter() {
        let (s, ignored) =
            parse("?theme=decriminalisation&country=prt&lang=es&year=2005&region=europe&embed=1&present=1&view=table");
        assert!(ignored.is_empty());
        assert_eq!(s.theme, Some(Theme::Decriminalisation));
        assert_eq!(s.country, CountryId::parse("PRT"));
        assert_eq!(s.lang, Some(Lang::Es));
        assert_eq!(s.year, Some(2005));
        assert_eq!(s.region, Some(Region::Europe));
        assert!(s.embed && s.present && s.table);
    }

    #[test]
    fn round_trips() {
        let (s, _) = parse("?theme=regulation&country=URY&year=2000");
        assert_eq!(s.to_query(), "?theme=regulation&country=URY&year=2000");
        assert_eq!(parse(&s.to_query()).0, s);
        assert_eq!(ViewState::default().to_query(), "");
    }

    #[test]
    fn hostile_and_unknown_values_are_ignored_and_reported() {
        let long = "x".repeat(5000);
        let (s, ignored) = parse(&format!(
            "?country=%3Cscript%3Ealert(1)%3C/script%3E&theme=weather&year=1900&lang=de&q={long}&region=mars&year=abc"
        ));
        assert_eq!(s, ViewState::default());
        assert_eq!(ignored, ["country", "theme", "year", "lang", "q", "region", "year"]);
    }

    #[test]
    fn this_year_means_today() {
        assert_eq!(parse("year=2026").0.year, None);
    }

    #[test]
    fn decoding_is_safe_on_broken_escapes() {
        assert_eq!(decode("a%2"), "a%2");
        assert_eq!(decode("%zz%41+b"), "%zzA b");
        assert_eq!(decode("%E9"), "\u{fffd}");
    }

    #[test]
    fn steps_a_visitor_undoes_push_and_refinements_replace() {
        let base = ViewState { theme: Some(Theme::DeathPenalty), ..ViewState::default() };
        let with = |f: fn(&mut ViewState)| {
            let mut v = base.clone();
            f(&mut v);
            v
        };
        let prt = CountryId::parse("PRT");
        assert_eq!(base.history_step(&with(|v| v.year = Some(1990))), HistoryStep::Replace, "Play and the slider");
        assert_eq!(base.history_step(&with(|v| v.region = Some(Region::Europe))), HistoryStep::Replace, "zoom");
        assert_eq!(base.history_step(&with(|v| v.lang = Some(Lang::Es))), HistoryStep::Replace, "language");
        assert_eq!(base.history_step(&with(|v| v.country = CountryId::parse("PRT"))), HistoryStep::Push);
        assert_eq!(base.history_step(&with(|v| v.theme = Some(Theme::Regulation))), HistoryStep::Push);
        assert_eq!(base.history_step(&with(|v| v.table = true)), HistoryStep::Push);
        assert_eq!(base.history_step(&with(|v| v.present = true)), HistoryStep::Push);
        assert_eq!(
            base.history_step(&with(|v| {
                v.compare = vec![CountryId::parse("PRT").unwrap()];
                v.comparing = true;
            })),
            HistoryStep::Push,
            "opening a comparison"
        );
        let story = ViewState { present: true, country: prt, ..base.clone() };
        let next_step =
            ViewState { country: CountryId::parse("SGP"), theme: Some(Theme::CorporalPunishment), ..story.clone() };
        assert_eq!(story.history_step(&next_step), HistoryStep::Replace, "the story moves within one entry");
    }
}
