//! Plain-language English wording for themes and statuses, shared by map, legend, panel and
//! About. Kept beside the codes so a new code cannot ship without words.

use super::i18n::{self, Lang};
use super::{Shown, Status, Theme};

pub fn theme_label(theme: Theme) -> &'static str {
    i18n::theme_label(Lang::En, theme)
}

pub fn status_label(theme: Theme, status: Status) -> &'static str {
    i18n::shown_label(Lang::En, theme, Shown::Status(status))
}

/// What a status means, for the About view (English; `i18n::status_description` has every
/// language).
pub fn status_description(theme: Theme, status: Status) -> &'static str {
    i18n::status_description(Lang::En, theme, status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_words() {
        for theme in Theme::ALL {
            assert!(!theme_label(theme).is_empty());
            assert!(!status_label(theme, theme.statuses()[0]).is_empty());
            for &s in theme.statuses() {
                assert!(!status_description(theme, s).is_empty());
            }
        }
    }
}
