//! The policy dataset (`policies.json`): types, and a lenient parser that keeps every valid
//! country and reports each invalid one with its file, country and field.

use super::{CountryId, DataError, Shown, Status, Theme};
use serde::Deserialize;
use std::collections::BTreeMap;

pub const FILE: &str = "policies.json";
/// Longest plain-language summary the panel is designed for.
pub const MAX_SUMMARY: usize = 300;

#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub publisher: String,
    pub title: String,
    pub year: u16,
    pub url: String,
    /// Themes on which this source answers for every country it could name (an exhaustive list,
    /// such as HRI's retaining states), so that a country's absence from it supports a `none`.
    pub covers: Vec<Theme>,
}

/// Which harm reduction services exist (Global State of Harm Reduction categories).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Services {
    pub nsp: bool,
    pub oat: bool,
    pub dcr: bool,
    pub naloxone: bool,
}

/// A dated change of status.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub year: u16,
    pub status: Status,
    pub note: String,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ThemeEntry {
    pub status: Status,
    pub since: Option<u16>,
    pub summary: String,
    pub sources: Vec<String>,
    pub history: Vec<Event>,
    pub services: Option<Services>,
    /// The publication year of the newest source cited for the status: the first year for which an
    /// undated status (no `since`, no history) is known to hold.
    pub reported: Option<u16>,
    /// Why a `not_confirmed` status cannot be settled yet (what was found, what is missing); the
    /// data tests let a UN member state leave a core theme open only with this reason.
    pub open_question: Option<String>,
}

impl ThemeEntry {
    /// The status as of the end of `year`: the last dated event up to then; without history, the
    /// current status from `since`, or, when no start is known, from the year its newest source
    /// reported it. `None` when no date in the data reaches back to that year: the map then says
    /// "not known for that year" rather than guess.
    pub fn status_in(&self, year: u16) -> Option<Status> {
        if !self.history.is_empty() {
            return self.history.iter().rev().find(|e| e.year <= year).map(|e| e.status);
        }
        let from = self.since.or(self.reported)?;
        (year >= from).then_some(self.status)
    }

    /// The year an undated status (no `since`, no history) was reported; `None` once it is dated.
    pub fn reported_if_undated(&self) -> Option<u16> {
        self.reported.filter(|_| self.since.is_none() && self.history.is_empty())
    }

    /// The first year the data dates this status to, if any (see `status_in`).
    pub fn first_dated_year(&self) -> Option<u16> {
        self.history.first().map(|e| e.year).or(self.since)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    pub text: String,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CountryPolicy {
    pub id: CountryId,
    pub name: String,
    pub reviewed: String,
    pub note: Option<String>,
    pub themes: [Option<ThemeEntry>; Theme::COUNT],
    pub facts: Vec<Fact>,
}

impl CountryPolicy {
    pub fn theme(&self, theme: Theme) -> Option<&ThemeEntry> {
        self.themes[theme.index()].as_ref()
    }
}

/// The parsed dataset. `issues` lists what was skipped; the rest is valid.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Policies {
    pub updated: String,
    /// The dataset's version (the latest release in `data/changes.json`), for citing; empty in the
    /// first-view statuses.
    pub version: String,
    pub sources: BTreeMap<String, Source>,
    pub countries: Vec<CountryPolicy>,
    pub global_facts: Vec<Fact>,
    pub issues: Vec<DataError>,
    /// `false` for the statuses-only first view (`statuses.txt`): no summaries, sources or facts yet.
    pub detailed: bool,
    index: BTreeMap<CountryId, usize>,
}

impl Policies {
    pub(super) fn new(
        updated: String,
        sources: BTreeMap<String, Source>,
        countries: Vec<CountryPolicy>,
        global_facts: Vec<Fact>,
        issues: Vec<DataError>,
        detailed: bool,
    ) -> Policies {
        let index = countries.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
        Policies { updated, version: String::new(), sources, countries, global_facts, issues, detailed, index }
    }

    pub fn country(&self, id: CountryId) -> Option<&CountryPolicy> {
        self.index.get(&id).map(|&i| &self.countries[i])
    }

    /// The country's status in `theme`, if it has an entry for it.
    pub fn status(&self, id: CountryId, theme: Theme) -> Option<Status> {
        self.country(id).and_then(|c| c.theme(theme)).map(|t| t.status)
    }

    /// What the map shows for the country in `theme`, today (`year` = `None`) or as of a year.
    pub fn shown(&self, id: CountryId, theme: Theme, year: Option<u16>) -> Shown {
        match self.country(id) {
            Some(c) if c.themes.iter().all(Option::is_none) => Shown::NotApplicable,
            Some(c) => match (c.theme(theme), year) {
                (None, _) => Shown::NoData,
                (Some(t), None) => Shown::Status(t.status),
                (Some(t), Some(y)) => t.status_in(y).map_or(Shown::UnknownForYear, Shown::Status),
            },
            None => Shown::NoData,
        }
    }

    /// The last year any date in the data refers to: the end of the year slider.
    pub fn latest_year(&self) -> u16 {
        self.updated.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2026)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDataset {
    updated: String,
    #[serde(default)]
    version: String,
    sources: BTreeMap<String, serde_json::Value>,
    countries: Vec<serde_json::Value>,
    #[serde(default)]
    global_facts: Vec<RawFact>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawSource {
    publisher: String,
    title: String,
    year: u16,
    url: String,
    /// Theme codes on which this source is exhaustive (see `docs/data.md`, "What a none rests on").
    #[serde(default)]
    covers: Vec<String>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawCountry {
    iso3: String,
    name: String,
    reviewed: String,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    themes: BTreeMap<String, RawTheme>,
    #[serde(default)]
    facts: Vec<RawFact>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawTheme {
    status: String,
    #[serde(default)]
    since: Option<u16>,
    summary: String,
    sources: Vec<String>,
    #[serde(default)]
    history: Vec<RawEvent>,
    nsp: Option<bool>,
    oat: Option<bool>,
    dcr: Option<bool>,
    naloxone: Option<bool>,
    /// Only with status `not_confirmed`: why sources cannot settle it yet (what was found, what is
    /// missing). A UN member state may leave a core theme open only with this reason.
    #[serde(default)]
    open_question: Option<String>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawEvent {
    year: u16,
    status: String,
    note: String,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawFact {
    text: String,
    sources: Vec<String>,
}

/// `YYYY-MM-DD` with a real month and day.
pub fn is_valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| {
        s.get(r).filter(|t| t.bytes().all(|c| c.is_ascii_digit())).and_then(|t| t.parse::<u32>().ok())
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else { return false };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1900..=2100).contains(&y) && (1..=days).contains(&d)
}

/// Only http(s) links are ever rendered; anything else (`javascript:`, `data:`) is rejected.
pub fn is_safe_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && url.len() > "https://".len()
        && !url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
}

struct Ctx<'a> {
    country: &'a str,
    sources: &'a BTreeMap<String, Source>,
}

impl Ctx<'_> {
    fn err(&self, field: impl Into<String>, message: impl Into<String>) -> DataError {
        DataError::new(FILE, self.country, field, message)
    }

    fn check_sources(&self, field: &str, ids: &[String]) -> Result<(), DataError> {
        if ids.is_empty() {
            return Err(self.err(field, "needs at least one source"));
        }
        match ids.iter().find(|id| !self.sources.contains_key(id.as_str())) {
            Some(id) => Err(self.err(field, format!("unknown source id '{id}'"))),
            None => Ok(()),
        }
    }

    fn check_text(&self, field: &str, text: &str, max: usize) -> Result<(), DataError> {
        let len = text.chars().count();
        if text.trim().is_empty() {
            Err(self.err(field, "is empty"))
        } else if len > max {
            Err(self.err(field, format!("is {len} characters, more than {max}")))
        } else {
            Ok(())
        }
    }
}

fn convert_theme(ctx: &Ctx<'_>, theme: Theme, raw: RawTheme) -> Result<ThemeEntry, DataError> {
    let at = |f: &str| format!("themes.{}.{f}", theme.code());
    let status = theme
        .parse_status(&raw.status)
        .ok_or_else(|| ctx.err(at("status"), format!("unknown status code '{}'", raw.status)))?;
    ctx.check_text(&at("summary"), &raw.summary, MAX_SUMMARY)?;
    ctx.check_sources(&at("sources"), &raw.sources)?;
    let mut history = Vec::with_capacity(raw.history.len());
    for (i, e) in raw.history.into_iter().enumerate() {
        let f = |x: &str| at(&format!("history[{i}].{x}"));
        let s = theme
            .parse_status(&e.status)
            .ok_or_else(|| ctx.err(f("status"), format!("unknown status code '{}'", e.status)))?;
        if history.last().is_some_and(|p: &Event| p.year > e.year) {
            return Err(ctx.err(f("year"), "events must be in year order"));
        }
        ctx.check_text(&f("note"), &e.note, MAX_SUMMARY)?;
        ctx.check_sources(&f("sources"), &e.sources)?;
        history.push(Event { year: e.year, status: s, note: e.note, sources: e.sources });
    }
    if let Some(last) = history.last() {
        if last.status != status {
            return Err(ctx.err(
                at("history"),
                format!("last event is '{}' but status is '{}'", last.status.code(), status.code()),
            ));
        }
    }
    let services = match (theme, raw.nsp, raw.oat, raw.dcr, raw.naloxone) {
        (Theme::HarmReduction, Some(nsp), Some(oat), Some(dcr), Some(naloxone)) => {
            Some(Services { nsp, oat, dcr, naloxone })
        }
        (Theme::HarmReduction, ..) if status != Status::NotConfirmed => {
            return Err(ctx.err(at("nsp"), "harm reduction needs nsp, oat, dcr and naloxone as true/false"))
        }
        (Theme::HarmReduction, ..) => None,
        (_, None, None, None, None) => None,
        _ => return Err(ctx.err(at("nsp"), "service flags belong to harm_reduction only")),
    };
    if let Some(why) = &raw.open_question {
        if status != Status::NotConfirmed {
            return Err(ctx.err(
                at("open_question"),
                "settled: remove the open question, or set the status back to not_confirmed",
            ));
        }
        ctx.check_text(&at("open_question"), why, MAX_SUMMARY)?;
    }
    Ok(ThemeEntry {
        status,
        since: raw.since,
        summary: raw.summary,
        reported: raw.sources.iter().filter_map(|id| ctx.sources.get(id)).map(|s| s.year).max(),
        sources: raw.sources,
        history,
        services,
        open_question: raw.open_question,
    })
}

fn convert_facts(ctx: &Ctx<'_>, field: &str, raw: Vec<RawFact>) -> Result<Vec<Fact>, DataError> {
    raw.into_iter()
        .enumerate()
        .map(|(i, f)| {
            let at = format!("{field}[{i}]");
            ctx.check_text(&format!("{at}.text"), &f.text, 600)?;
            ctx.check_sources(&format!("{at}.sources"), &f.sources)?;
            Ok(Fact { text: f.text, sources: f.sources })
        })
        .collect()
}

fn convert_country(
    value: serde_json::Value,
    position: usize,
    sources: &BTreeMap<String, Source>,
) -> Result<CountryPolicy, DataError> {
    let label = value
        .get("iso3")
        .and_then(|v| v.as_str())
        .filter(|s| s.len() <= 8)
        .map_or_else(|| format!("countries[{position}]"), str::to_string);
    let raw: RawCountry = serde_json::from_value(value).map_err(|e| DataError::new(FILE, &label, "", e.to_string()))?;
    let ctx = Ctx { country: &label, sources };
    let id = CountryId::parse(&raw.iso3).ok_or_else(|| ctx.err("iso3", "not a three-letter code"))?;
    ctx.check_text("name", &raw.name, 100)?;
    if !is_valid_date(&raw.reviewed) {
        return Err(ctx.err("reviewed", format!("'{}' is not a YYYY-MM-DD date", raw.reviewed)));
    }
    if let Some(note) = &raw.note {
        ctx.check_text("note", note, MAX_SUMMARY)?;
    }
    let mut themes: [Option<ThemeEntry>; Theme::COUNT] = Default::default();
    for (key, raw_theme) in raw.themes {
        let theme = Theme::parse(&key).ok_or_else(|| ctx.err(format!("themes.{key}"), "unknown theme"))?;
        themes[theme.index()] = Some(convert_theme(&ctx, theme, raw_theme)?);
    }
    let facts = convert_facts(&ctx, "facts", raw.facts)?;
    Ok(CountryPolicy { id, name: raw.name, reviewed: raw.reviewed, note: raw.note, themes, facts })
}

/// Parses `policies.json`. A file that is not JSON of the right overall shape is an error;
/// inside it, each invalid source or country is skipped and listed in `issues`.
pub fn parse_policies(text: &str) -> Result<Policies, DataError> {
    let raw: RawDataset = serde_json::from_str(text).map_err(|e| DataError::new(FILE, "", "", e.to_string()))?;
    let mut issues = Vec::new();
    if !is_valid_date(&raw.updated) {
        issues.push(DataError::new(FILE, "", "updated", format!("'{}' is not a YYYY-MM-DD date", raw.updated)));
    }
    let mut sources = BTreeMap::new();
    for (id, value) in raw.sources {
        let field = format!("sources.{id}");
        match serde_json::from_value::<RawSource>(value) {
            Ok(s) if !is_safe_url(&s.url) => {
                issues.push(DataError::new(FILE, "", format!("{field}.url"), "only http(s) links are allowed"));
            }
            Ok(s) if s.publisher.trim().is_empty() || s.title.trim().is_empty() => {
                issues.push(DataError::new(FILE, "", field, "publisher and title must not be empty"));
            }
            Ok(s) => match s.covers.iter().map(|c| Theme::parse(c).ok_or(c)).collect::<Result<Vec<_>, _>>() {
                Err(bad) => {
                    issues.push(DataError::new(FILE, "", format!("{field}.covers"), format!("unknown theme '{bad}'")));
                }
                Ok(covers) => {
                    sources.insert(
                        id,
                        Source { publisher: s.publisher, title: s.title, year: s.year, url: s.url, covers },
                    );
                }
            },
            Err(e) => issues.push(DataError::new(FILE, "", field, e.to_string())),
        }
    }
    let mut countries: Vec<CountryPolicy> = Vec::with_capacity(raw.countries.len());
    for (i, value) in raw.countries.into_iter().enumerate() {
        match convert_country(value, i, &sources) {
            Ok(c) if countries.iter().any(|o| o.id == c.id) => {
                issues.push(DataError::new(FILE, c.id.as_str(), "iso3", "duplicate entry; the first one is kept"));
            }
            Ok(c) => countries.push(c),
            Err(e) => issues.push(e),
        }
    }
    let ctx = Ctx { country: "", sources: &sources };
    let global_facts = match convert_facts(&ctx, "global_facts", raw.global_facts) {
        Ok(f) => f,
        Err(e) => {
            issues.push(e);
            Vec::new()
        }
    };
    let mut policies = Policies::new(raw.updated, sources, countries, global_facts, issues, true);
    policies.version = raw.version;
    Ok(policies)
}

/// The shared file `data/sources.json`: sources cited by more than one country, the global facts,
/// and the reference figures that the data's headline counts must match.
#[cfg(feature = "schema")]
#[derive(schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct RawSharedFile {
    updated: String,
    sources: BTreeMap<String, RawSource>,
    #[serde(default)]
    global_facts: Vec<RawFact>,
    #[serde(default)]
    references: Vec<RawReference>,
}

/// A published headline count (e.g. HRI's 93 countries with needle programmes) that the data must
/// reconcile with; `explained` lists each country whose difference is accounted for, and why.
#[cfg(feature = "schema")]
#[derive(schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct RawReference {
    id: String,
    text: String,
    count: u16,
    source: String,
    #[serde(default)]
    explained: BTreeMap<String, String>,
    /// How many of the reference's countries the sources we could read do not name; `note` says why.
    #[serde(default)]
    unidentified: u16,
    #[serde(default)]
    note: Option<String>,
}

/// JSON Schemas for the hand-edited data files, generated from the parser's own types with each
/// theme's status codes filled in from `Theme::statuses`, so an editor can check a file as you type.
/// Returns `(file name, schema)` pairs.
#[cfg(feature = "schema")]
pub fn json_schemas() -> Vec<(&'static str, serde_json::Value)> {
    use serde_json::{json, Value};
    let theme_codes: Vec<&str> = Theme::ALL.iter().map(|t| t.code()).collect();
    let mut country = serde_json::to_value(schemars::schema_for!(RawCountry)).expect("schema");
    let source = serde_json::to_value(schemars::schema_for!(RawSource)).expect("schema");
    let defs = country["$defs"].as_object_mut().expect("$defs");
    defs.insert("RawSource".into(), source);
    defs["RawSource"].as_object_mut().expect("object").remove("$schema");
    defs["RawSource"]["properties"]["covers"]["items"] = json!({ "enum": theme_codes });
    defs["RawSource"]["properties"]["url"]["pattern"] = json!("^https?://");
    let themes: serde_json::Map<String, Value> = Theme::ALL
        .iter()
        .map(|t| {
            let codes: Vec<&str> = t.statuses().iter().map(|s| s.code()).collect();
            let schema = json!({
                "allOf": [{ "$ref": "#/$defs/RawTheme" }],
                "properties": {
                    "status": { "enum": codes },
                    "history": { "items": { "properties": { "status": { "enum": codes } } } }
                }
            });
            (t.code().to_string(), schema)
        })
        .collect();
    let props = country["properties"].as_object_mut().expect("properties");
    props["themes"] = json!({ "type": "object", "properties": themes, "additionalProperties": false });
    props["iso3"]["pattern"] = json!("^[A-Z]{3}$");
    props["reviewed"]["pattern"] = json!("^\\d{4}-\\d{2}-\\d{2}$");
    props.insert(
        "sources".into(),
        json!({ "description": "Sources cited by this country only", "type": "object",
                "additionalProperties": { "$ref": "#/$defs/RawSource" } }),
    );
    country["title"] = json!("One country's laws: data/countries/ISO3.json");
    let mut shared = serde_json::to_value(schemars::schema_for!(RawSharedFile)).expect("schema");
    shared["$defs"]["RawSource"] = country["$defs"]["RawSource"].clone();
    shared["title"] = json!("Sources cited by several countries, global facts and reference counts: data/sources.json");
    vec![("country.schema.json", country), ("sources.schema.json", shared)]
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = include_str!("../../tests/fixtures/policies_small.json");

    #[test]
    fn parses_a_valid_file_without_issues() {
        let p = parse_policies(FIXTURE).unwrap();
        assert!(p.issues.is_empty(), "{:?}", p.issues);
        assert_eq!(p.countries.len(), 2);
        let prt = p.country(CountryId::parse("PRT").unwrap()).unwrap();
        let decrim = prt.theme(Theme::Decriminalisation).unwrap();
        assert_eq!(decrim.status, Status::DeJureAll);
        assert_eq!(decrim.since, Some(2001));
        assert_eq!(decrim.history.len(), 1);
        let hr = prt.theme(Theme::HarmReduction).unwrap();
        assert_eq!(hr.services, Some(Services { nsp: true, oat: true, dcr: true, naloxone: true }));
    }

    #[test]
    fn unknown_status_skips_only_that_country_and_names_the_field() {
        let bad = FIXTURE.replacen("\"de_jure_all\",\n", "\"legalish\",\n", 1);
        let p = parse_policies(&bad).unwrap();
        assert_eq!(p.countries.len(), 1);
        assert_eq!(p.issues.len(), 1);
        let e = &p.issues[0];
        assert_eq!((e.country.as_str(), e.field.as_str()), ("PRT", "themes.decriminalisation.status"));
        assert!(e.message.contains("legalish"));
    }

    #[test]
    fn wrong_type_is_reported_with_the_country() {
        let bad = FIXTURE.replacen("\"since\": 2001", "\"since\": \"2001\"", 1);
        let p = parse_policies(&bad).unwrap();
        assert_eq!(p.issues.len(), 1);
        assert_eq!(p.issues[0].country, "PRT");
    }

    #[test]
    fn javascript_urls_are_rejected_and_their_users_skipped() {
        let bad = FIXTURE.replace("https://example.org/law", "javascript:alert(1)");
        let p = parse_policies(&bad).unwrap();
        assert!(p.issues.iter().any(|e| e.field == "sources.prt-law.url"));
        assert!(p.issues.iter().any(|e| e.country == "PRT" && e.message.contains("prt-law")));
        assert!(!p.sources.contains_key("prt-law"));
    }

    #[test]
    fn truncated_json_is_an_error() {
        let err = parse_policies(&FIXTURE[..FIXTURE.len() / 2]).unwrap_err();
        assert_eq!(err.file, FILE);
    }

    #[test]
    fn history_must_end_on_the_current_status() {
        let bad = FIXTURE.replacen("\"status\": \"de_jure_all\", \"note\"", "\"status\": \"de_facto\", \"note\"", 1);
        let p = parse_policies(&bad).unwrap();
        assert_eq!(p.issues[0].field, "themes.decriminalisation.history");
    }

    #[test]
    fn status_in_a_year_follows_the_history() {
        let p = parse_policies(FIXTURE).unwrap();
        let prt = CountryId::parse("PRT").unwrap();
        let decrim = p.country(prt).unwrap().theme(Theme::Decriminalisation).unwrap();
        assert_eq!(decrim.status_in(2000), None, "nothing is dated before 2001");
        assert_eq!(decrim.status_in(2001), Some(Status::DeJureAll));
        assert_eq!(p.shown(prt, Theme::Decriminalisation, Some(2000)), Shown::UnknownForYear);
        assert_eq!(p.shown(prt, Theme::Decriminalisation, Some(2020)), Shown::Status(Status::DeJureAll));
        // No history and no `since`: known only from the year its newest source reported it.
        assert_eq!(p.shown(prt, Theme::HarmReduction, Some(1970)), Shown::UnknownForYear);
        assert_eq!(p.shown(prt, Theme::HarmReduction, Some(2023)), Shown::UnknownForYear);
        assert_eq!(p.shown(prt, Theme::HarmReduction, Some(2024)), Shown::Status(Status::Comprehensive));
        assert_eq!(p.shown(prt, Theme::HarmReduction, None), Shown::Status(Status::Comprehensive));
        let ata = CountryId::parse("ATA").unwrap();
        assert_eq!(p.shown(ata, Theme::DeathPenalty, Some(1990)), Shown::NotApplicable);
        assert_eq!(p.latest_year(), 2026);
    }

    #[test]
    fn dates_and_urls() {
        assert!(is_valid_date("2024-02-29"));
        assert!(!is_valid_date("2023-02-29"));
        assert!(!is_valid_date("2023-13-01"));
        assert!(!is_valid_date("23-01-01"));
        assert!(is_safe_url("https://hri.global/x"));
        assert!(!is_safe_url("JavaScript:alert(1)"));
        assert!(!is_safe_url("https://a b"));
        assert!(!is_safe_url("ftp://x"));
    }
}
