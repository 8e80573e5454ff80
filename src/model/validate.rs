//! Whole-dataset rules that a single entry cannot check: coverage of every shape, and the
//! rules for UN member states. Used by the data tests; the app only reports parse issues.

use super::{CountryId, DataError, Policies, Status, Theme};

const FILE: &str = super::policy::FILE;

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
                if !(1900..=this_year).contains(&since) {
                    errors.push(DataError::new(FILE, at, field("since"), format!("{since} is not a plausible year")));
                }
            }
            for (i, e) in entry.history.iter().enumerate() {
                if !(1900..=this_year).contains(&e.year) {
                    errors.push(DataError::new(
                        FILE,
                        at,
                        field(&format!("history[{i}].year")),
                        format!("{} is not a plausible year", e.year),
                    ));
                }
            }
            if un_members.contains(&c.id) && CORE_THEMES.contains(&theme) && entry.status == Status::NotConfirmed {
                errors.push(DataError::new(
                    FILE,
                    at,
                    field("status"),
                    "a UN member state needs a definite status here",
                ));
            }
        }
    }
    errors
}
