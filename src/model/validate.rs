//! Whole-dataset rules that a single entry cannot check: coverage of every shape, and the
//! rules for UN member states. Used by the data tests; the app only reports parse issues.

use super::{CountryId, DataError, Policies, Services, Status, Theme, ThemeEntry};

const FILE: &str = super::policy::FILE;

/// The earliest plausible year for a `since` or a history event. Earlier than the timeline's
/// start (1961) on purpose: an abolition of the death penalty before 1900 (San Marino 1865) dates
/// the absence of a drug death penalty, and the timeline then shows it from 1961.
pub const EARLIEST_YEAR: u16 = 1800;

/// The three themes every UN member state must have settled.
pub const CORE_THEMES: [Theme; 3] = [Theme::DeathPenalty, Theme::Decriminalisation, Theme::Regulation];

/// Every fault in the dataset against the shapes and the UN member list, in file order.
pub fn validate(
    policies: &Policies,
    shape_ids: &[CountryId],
    un_members: &[CountryId],
    this_year: u16,
) -> Vec<DataError> {
    let mut errors = policies.issues.clone();
    for id in shape_ids {
        if policies.country(*id).is_none() {
            errors.push(DataError::new(FILE, id.as_str(), "", "shape on the map has no entry"));
        }
    }
    for c in &policies.countries {
        let at = c.id.as_str();
        if !shape_ids.contains(&c.id) {
            errors.push(DataError::new(FILE, at, "iso3", "no shape on the map has this code"));
        }
        if c.reviewed.as_str() > format!("{this_year}-12-31").as_str() {
            errors.push(DataError::new(FILE, at, "reviewed", "is in the future"));
        }
        let has_themes = c.themes.iter().any(Option::is_some);
        if !has_themes && c.note.is_none() {
            errors.push(DataError::new(FILE, at, "note", "an entry without themes must say why in a note"));
        }
        for theme in Theme::ALL {
            let Some(entry) = c.theme(theme) else {
                if has_themes {
                    errors.push(DataError::new(FILE, at, format!("themes.{}", theme.code()), "missing"));
                }
                continue;
            };
            let field = |f: &str| format!("themes.{}.{f}", theme.code());
            if let Some(since) = entry.since {
                if !(EARLIEST_YEAR..=this_year).contains(&since) {
                    errors.push(DataError::new(FILE, at, field("since"), format!("{since} is not a plausible year")));
                }
            }
            if let Some(message) = since_fault(entry) {
                errors.push(DataError::new(FILE, at, field("since"), message));
            }
            for (i, e) in entry.history.iter().enumerate() {
                if !(EARLIEST_YEAR..=this_year).contains(&e.year) {
                    errors.push(DataError::new(
                        FILE,
                        at,
                        field(&format!("history[{i}].year")),
                        format!("{} is not a plausible year", e.year),
                    ));
                }
            }
            if let Some(message) = absence_fault(policies, theme, entry) {
                errors.push(DataError::new(FILE, at, field("sources"), message));
            }
            if let (Some(services), false) = (entry.services, entry.status == Status::NotConfirmed) {
                let expected = harm_reduction_status(services);
                if entry.status != expected {
                    errors.push(DataError::new(
                        FILE,
                        at,
                        field("status"),
                        format!("these services make it '{}', not '{}'", expected.code(), entry.status.code()),
                    ));
                }
            }
            let core = un_members.contains(&c.id) && CORE_THEMES.contains(&theme);
            if core && entry.status == Status::NotConfirmed && entry.open_question.is_none() {
                errors.push(DataError::new(
                    FILE,
                    at,
                    field("status"),
                    "a UN member state needs a definite status here, or an open_question saying why none can be confirmed",
                ));
            }
        }
    }
    errors
}

/// The written rule for harm reduction (`docs/data.md`): every country with the same services gets
/// the same status.
pub fn harm_reduction_status(s: Services) -> Status {
    if s.nsp && s.oat && (s.dcr || s.naloxone) {
        Status::Comprehensive
    } else if s.nsp || s.oat || s.dcr || s.naloxone {
        Status::Partial
    } else {
        Status::NoHarmReduction
    }
}

/// A `none` or `no` is a finding only when a cited source covers that question for every country
/// (an exhaustive list, a legal text); otherwise the status must be `none_documented`.
fn absence_fault(policies: &Policies, theme: Theme, entry: &ThemeEntry) -> Option<String> {
    if !entry.status.is_absence() || entry.status == Status::NoneDocumented {
        return None;
    }
    let covered = entry.sources.iter().filter_map(|id| policies.sources.get(id)).any(|s| s.covers.contains(&theme));
    (!covered).then(|| {
        let alternative = if theme.statuses().contains(&Status::NoneDocumented) {
            "; or make it 'none_documented' and say in the summary what was searched"
        } else {
            ""
        };
        format!(
            "'{}' needs a source that covers {} for every country (a source with \"covers\": [\"{}\"]){alternative}",
            entry.status.code(),
            theme.code(),
            theme.code()
        )
    })
}

/// Statuses that are findings of something (not an absence, not `not_confirmed`) yet carry no
/// start date: neither `since` nor dated history. The timeline shows them only from the year their
/// newest source reported them.
pub fn undated_findings(policies: &Policies) -> Vec<(CountryId, Theme)> {
    let mut out = Vec::new();
    for c in &policies.countries {
        for theme in Theme::ALL {
            if let Some(t) = c.theme(theme) {
                if !t.status.is_absence() && t.status != Status::NotConfirmed && t.first_dated_year().is_none() {
                    out.push((c.id, theme));
                }
            }
        }
    }
    out
}

/// How many country-years from `from` to `to` (inclusive) the timeline can show for `theme`, of all
/// country-years of entries with themes: `(resting on a start date, known at all, total)`. "Known at
/// all" adds the years covered only by when an undated status was reported.
pub fn timeline_coverage(policies: &Policies, theme: Theme, from: u16, to: u16) -> (usize, usize, usize) {
    let (mut dated, mut known, mut total) = (0, 0, 0);
    for entry in policies.countries.iter().filter_map(|c| c.theme(theme)) {
        for year in from..=to {
            total += 1;
            // A year drawn as "not confirmed" asserts no status, so it is neither known nor dated.
            if entry.status_in(year).is_some_and(|s| s != Status::NotConfirmed) {
                known += 1;
                if entry.first_dated_year().is_some_and(|first| year >= first) {
                    dated += 1;
                }
            }
        }
    }
    (dated, known, total)
}

/// The panel says "{status} since {since}" and the year slider draws the history: they must tell
/// one story, so `since` is the year the history's last run of the current status begins (a
/// "none since 2022" over a history of "none" from 1997 would suggest something else before 2022).
fn since_fault(entry: &ThemeEntry) -> Option<String> {
    let since = entry.since?;
    let start = entry.history.iter().rev().take_while(|e| e.status == entry.status).last()?.year;
    (start != since).then(|| {
        format!("{since} disagrees with the history, where the status {} begins in {start}", entry.status.code())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_policies;

    fn dataset(status: &str, covers: &str) -> Policies {
        let text = format!(
            r#"{{ "updated": "2026-11-27",
                "sources": {{ "s": {{ "publisher": "P", "title": "T", "year": 2024, "url": "https://example.org",
                                       "covers": [{covers}] }} }},
                "countries": [ {{ "iso3": "PRT", "name": "Portugal", "reviewed": "2026-11-27",
                  "themes": {{ "regulation": {{ "status": "{status}", "summary": "Searched: T.", "sources": ["s"] }} }} }} ] }}"#
        );
        parse_policies(&text).unwrap()
    }

    fn faults(p: &Policies) -> Vec<String> {
        let prt = CountryId::parse("PRT").unwrap();
        validate(p, &[prt], &[], 2026).into_iter().filter(|e| e.field.ends_with("sources")).map(|e| e.message).collect()
    }

    #[test]
    fn a_none_needs_a_source_that_covers_the_question() {
        let uncovered = faults(&dataset("none", ""));
        assert_eq!(uncovered.len(), 1);
        assert!(uncovered[0].contains("none_documented"), "{uncovered:?}");
        assert!(faults(&dataset("none", r#""regulation""#)).is_empty());
        assert_eq!(faults(&dataset("none", r#""death_penalty""#)).len(), 1, "covering another theme is not enough");
        assert!(faults(&dataset("none_documented", "")).is_empty(), "'none documented' says what was searched instead");
    }

    #[test]
    fn a_un_member_may_leave_a_core_status_open_only_with_a_reason() {
        let parse = |status: &str, open: &str| {
            let text = format!(
                r#"{{ "updated": "2026-11-27",
                    "sources": {{ "s": {{ "publisher": "P", "title": "T", "year": 2026, "url": "https://example.org",
                                           "covers": ["decriminalisation"] }} }},
                    "countries": [ {{ "iso3": "GRD", "name": "Grenada", "reviewed": "2026-11-27",
                      "themes": {{ "decriminalisation": {{ "status": "{status}", "summary": "Searched: T.", "sources": ["s"]{open} }} }} }} ] }}"#
            );
            parse_policies(&text).unwrap()
        };
        let status_faults = |p: &Policies| {
            let id = CountryId::parse("GRD").unwrap();
            validate(p, &[id], &[id], 2026).into_iter().filter(|e| e.field.ends_with("status")).count()
        };
        let reason = r#", "open_question": "A bill passed the House; no Senate vote found.""#;
        assert_eq!(status_faults(&parse("not_confirmed", "")), 1, "no reason: needs a definite status");
        assert_eq!(status_faults(&parse("not_confirmed", reason)), 0, "an open question with its reason");
        let settled = parse("none", reason);
        assert!(settled.country(CountryId::parse("GRD").unwrap()).is_none(), "settled: the entry is refused");
        assert!(settled.issues.iter().any(|e| e.field.ends_with("open_question") && e.message.starts_with("settled")));
    }

    /// The faults `validate` finds for one country whose death penalty is `none` since `since`,
    /// with `history` given as `(year, status)` pairs.
    fn death_penalty_faults(iso3: &str, since: u16, history: &[(u16, &str)]) -> Vec<DataError> {
        let events: Vec<String> = history
            .iter()
            .map(|(year, status)| {
                format!(r#"{{ "year": {year}, "status": "{status}", "note": "N.", "sources": ["s"] }}"#)
            })
            .collect();
        let text = format!(
            r#"{{ "updated": "2026-11-27",
                "sources": {{ "s": {{ "publisher": "P", "title": "T", "year": 2024, "url": "https://example.org",
                                       "covers": ["death_penalty"] }} }},
                "countries": [ {{ "iso3": "{iso3}", "name": "N", "reviewed": "2026-11-27",
                  "themes": {{ "death_penalty": {{ "status": "none", "since": {since}, "summary": "S.", "sources": ["s"],
                    "history": [ {} ] }} }} }} ] }}"#,
            events.join(", ")
        );
        let p = parse_policies(&text).unwrap();
        validate(&p, &[CountryId::parse(iso3).unwrap()], &[], 2026)
    }

    #[test]
    fn dates_before_1900_are_plausible_but_not_before_1800_or_after_this_year() {
        let with_since = |since: u16| {
            death_penalty_faults("SMR", since, &[(since, "none")])
                .into_iter()
                .filter(|e| e.message.contains("plausible"))
                .count()
        };
        assert_eq!(with_since(1865), 0, "an abolition in 1865 dates the absence");
        assert_eq!(with_since(1799), 2, "since and the event");
        assert_eq!(with_since(2027), 2);
    }

    #[test]
    fn since_is_where_the_history_begins_the_current_status() {
        let since_faults = |since: u16, first: u16| {
            let history = [(1980, "low_application"), (first, "none"), (2022, "none")];
            death_penalty_faults("JPN", since, &history).into_iter().filter(|e| e.field.ends_with("since")).count()
        };
        assert_eq!(since_faults(1997, 1997), 0, "since where the run of 'none' begins");
        assert_eq!(since_faults(2022, 1997), 1, "a later event of the same status does not restart it");
        assert_eq!(since_faults(1980, 1997), 1, "nor does an earlier, different status belong to it");
    }

    #[test]
    fn the_same_services_always_give_the_same_harm_reduction_status() {
        for bits in 0..16u8 {
            let s = Services { nsp: bits & 1 != 0, oat: bits & 2 != 0, dcr: bits & 4 != 0, naloxone: bits & 8 != 0 };
            let expected = match (s.nsp && s.oat && (s.dcr || s.naloxone), bits) {
                (true, _) => Status::Comprehensive,
                (false, 0) => Status::NoHarmReduction,
                _ => Status::Partial,
            };
            assert_eq!(harm_reduction_status(s), expected, "{s:?}");
        }
    }

    #[test]
    fn coverage_counts_only_years_from_the_first_date() {
        let p = parse_policies(include_str!("../../tests/fixtures/policies_small.json")).unwrap();
        // Portugal's decriminalisation is dated from 2001: 26 of the 66 years 1961-2026.
        assert_eq!(timeline_coverage(&p, Theme::Decriminalisation, 1961, 2026), (26, 26, 66));
        // Its harm reduction is undated, known only from its source's year (2024).
        assert_eq!(timeline_coverage(&p, Theme::HarmReduction, 1961, 2026), (0, 3, 66));
        assert_eq!(undated_findings(&p), vec![(CountryId::parse("PRT").unwrap(), Theme::HarmReduction)]);
    }
}
