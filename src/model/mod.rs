//! Pure data model: country codes, shapes, the policy dataset and their validation. No Leptos, no web-sys.

mod changes;
mod country;
pub mod export;
pub mod i18n;
mod policy;
mod region;
mod search;
mod shapes;
mod status;
mod statuses;
pub mod story;
pub mod translations;
pub mod url_state;
pub mod validate;

pub use changes::{parse_changes, Change, ChangeKind, Release};
pub use country::CountryId;
#[cfg(feature = "schema")]
pub use policy::json_schemas;
pub use policy::{
    is_safe_url, is_valid_date, parse_policies, CountryPolicy, Event, Fact, Policies, Services, Source, ThemeEntry,
    MAX_SUMMARY,
};
pub use region::Region;
pub use search::{normalise, SearchIndex};
pub use shapes::{parse_countries, CountryGeometry, Polygon, Ring};
pub use status::{legend_rows, LegendRow, Shown, Status, Theme};
pub use statuses::{parse_statuses, status_trail, statuses_text, STATUSES_FILE};

use std::fmt;

/// The first year the timeline shows: the Single Convention on Narcotic Drugs, 1961.
pub const FIRST_YEAR: u16 = 1961;

/// A fault in a data file, located by file, country and field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub country: String,
    pub field: String,
    pub message: String,
}

impl DataError {
    pub fn new(file: &str, country: &str, field: impl Into<String>, message: impl Into<String>) -> Self {
        DataError { file: file.into(), country: country.into(), field: field.into(), message: message.into() }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if !self.country.is_empty() {
            write!(f, ": {}", self.country)?;
        }
        if !self.field.is_empty() {
            write!(f, ": {}", self.field)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for DataError {}
