//! The data's change log (`assets/feed/changes.json`, built from `data/changes.json`): what changed,
//! where, when and on which source, release by release, newest first.

use super::{CountryId, DataError, Status, Theme};
use serde::Deserialize;

#[derive(Clone, Debug, PartialEq)]
pub enum ChangeKind {
    /// The status itself changed.
    Status { from: Status, to: Status },
    /// The status stayed; it now rests on a start date.
    Dated { status: Status },
    /// A past period was added or corrected (from the change's year to `until`); today's status
    /// is unchanged. Said apart from `Dated`, so the log never names a past status as today's.
    Period { status: Status, until: u16 },
    /// The status stayed, but its start date was withdrawn: the years before it are "not known".
    Undated { status: Status },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub country: CountryId,
    pub theme: Theme,
    pub kind: ChangeKind,
    pub year: Option<u16>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Release {
    pub version: String,
    pub date: String,
    pub changes: Vec<Change>,
}

#[derive(Deserialize)]
struct RawLog {
    releases: Vec<RawRelease>,
}

#[derive(Deserialize)]
struct RawRelease {
    version: String,
    date: String,
    changes: Vec<RawChange>,
}

#[derive(Deserialize)]
struct RawChange {
    country: String,
    theme: String,
    kind: String,
    from: Option<String>,
    to: Option<String>,
    status: Option<String>,
    year: Option<u16>,
    until: Option<u16>,
    sources: Vec<String>,
}

/// The releases, newest first. A change that names an unknown country, theme or status is left
/// out: the rest of the log still shows.
pub fn parse_changes(text: &str) -> Result<Vec<Release>, DataError> {
    const FILE: &str = "changes.json";
    let raw: RawLog = serde_json::from_str(text).map_err(|e| DataError::new(FILE, "", "", e.to_string()))?;
    Ok(raw
        .releases
        .into_iter()
        .map(|r| Release {
            version: r.version,
            date: r.date,
            changes: r
                .changes
                .into_iter()
                .filter_map(|c| {
                    let theme = Theme::parse(&c.theme)?;
                    let status = |s: &Option<String>| s.as_deref().and_then(|s| theme.parse_status(s));
                    let kind = match c.kind.as_str() {
                        "status" => ChangeKind::Status { from: status(&c.from)?, to: status(&c.to)? },
                        "dated" => ChangeKind::Dated { status: status(&c.status)? },
                        "period" => ChangeKind::Period {
                            status: status(&c.status)?,
                            until: c.year.zip(c.until).filter(|(y, u)| u >= y)?.1,
                        },
                        "undated" => ChangeKind::Undated { status: status(&c.status)? },
                        _ => return None,
                    };
                    Some(Change {
                        country: CountryId::parse(&c.country)?,
                        theme,
                        kind,
                        year: c.year,
                        sources: c.sources,
                    })
                })
                .collect(),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_status_changes_and_new_dates_and_skips_what_it_cannot_read() {
        let log = parse_changes(
            r#"{"dataset":{"version":"x"},"releases":[{"version":"2026.11.27","date":"2026-11-27","note":"n","changes":[
                {"country":"GHA","theme":"regulation","kind":"status","from":"none","to":"medical_only","year":2026,"sources":["a"]},
                {"country":"AUT","theme":"decriminalisation","kind":"dated","status":"none","year":1998,"sources":["b"]},
                {"country":"AUT","theme":"weather","kind":"dated","status":"none","year":1998,"sources":["b"]},
                {"country":"NGA","theme":"death_penalty","kind":"period","status":"none","year":1961,"until":1965,"sources":["c"]},
                {"country":"NGA","theme":"death_penalty","kind":"period","status":"none","year":1961,"until":1950,"sources":["c"]},
                {"country":"GUY","theme":"death_penalty","kind":"undated","status":"none","sources":["d"]}]}]}"#,
        )
        .unwrap();
        assert_eq!(log[0].changes.len(), 4, "a period that ends before it begins is left out");
        assert_eq!(log[0].changes[2].kind, ChangeKind::Period { status: Status::NoDeathPenalty, until: 1965 });
        assert_eq!(log[0].changes[3].kind, ChangeKind::Undated { status: Status::NoDeathPenalty });
        assert_eq!(log[0].changes[0].kind, ChangeKind::Status { from: Status::NoRegulation, to: Status::MedicalOnly });
        assert_eq!(log[0].changes[1].year, Some(1998));
        assert!(parse_changes("{").is_err());
    }

    #[test]
    fn the_published_log_parses() {
        let log = parse_changes(include_str!("../../assets/feed/changes.json")).unwrap();
        let raw: serde_json::Value = serde_json::from_str(include_str!("../../assets/feed/changes.json")).unwrap();
        let written: usize =
            raw["releases"].as_array().unwrap().iter().map(|r| r["changes"].as_array().unwrap().len()).sum();
        assert_eq!(log.iter().map(|r| r.changes.len()).sum::<usize>(), written, "every change in the log is readable");
    }
}
