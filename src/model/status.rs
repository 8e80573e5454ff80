//! Themes and their status codes, exactly as the dataset spells them.

/// Declares the themes once: the enum, `Theme::ALL`, `Theme::COUNT` and the codes all come from
/// this list, so adding a theme is one line here and the compiler finds every match to extend.
macro_rules! themes {
    ($($variant:ident => $code:literal),+ $(,)?) => {
        /// One question the map answers about every country.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Theme {
            $($variant),+
        }

        impl Theme {
            /// Every theme, in the order of the switcher, the panel, the table and the data files.
            pub const ALL: [Theme; [$($code),+].len()] = [$(Theme::$variant),+];
            /// How many themes there are: the length of every per-theme array.
            pub const COUNT: usize = Theme::ALL.len();

            /// The key used in the dataset, the URL and `data-theme`.
            pub fn code(self) -> &'static str {
                match self {
                    $(Theme::$variant => $code),+
                }
            }
        }
    };
}

themes! {
    DeathPenalty => "death_penalty",
    Decriminalisation => "decriminalisation",
    Regulation => "regulation",
    HarmReduction => "harm_reduction",
    CompulsoryDetention => "compulsory_detention",
    LethalCrackdown => "lethal_crackdown",
    CorporalPunishment => "corporal_punishment",
}

/// Every status code of every theme. Each belongs to one theme, except `Documented` (detention and
/// crackdowns), `NoneDocumented` (those two, regulation and corporal punishment: where no source
/// covers every country, an absence is only ever "none documented") and `NotConfirmed` (all).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    HighApplication,
    LowApplication,
    Symbolic,
    InsufficientData,
    NoDeathPenalty,
    DeJureAll,
    DeJureCannabis,
    DeFacto,
    SubnationalDecriminalisation,
    NoDecriminalisation,
    AdultUseMarket,
    AdultUsePersonal,
    SubnationalRegulation,
    MedicalOnly,
    NoRegulation,
    Comprehensive,
    Partial,
    NoHarmReduction,
    Documented,
    NoneDocumented,
    CorporalYes,
    CorporalNo,
    NotConfirmed,
}

impl Theme {
    /// What the map shows when a link names no theme, and what the build paints into the page.
    pub const DEFAULT: Theme = Theme::DeathPenalty;

    pub fn parse(code: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.code() == code)
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// The theme's statuses in legend order (most severe or most reformed first), then
    /// `NotConfirmed`.
    pub fn statuses(self) -> &'static [Status] {
        use Status::*;
        match self {
            Theme::DeathPenalty => {
                &[HighApplication, LowApplication, Symbolic, InsufficientData, NoDeathPenalty, NotConfirmed]
            }
            Theme::Decriminalisation => {
                &[DeJureAll, DeJureCannabis, DeFacto, SubnationalDecriminalisation, NoDecriminalisation, NotConfirmed]
            }
            Theme::Regulation => &[
                AdultUseMarket,
                AdultUsePersonal,
                SubnationalRegulation,
                MedicalOnly,
                NoRegulation,
                NoneDocumented,
                NotConfirmed,
            ],
            Theme::HarmReduction => &[Comprehensive, Partial, NoHarmReduction, NotConfirmed],
            Theme::CompulsoryDetention | Theme::LethalCrackdown => &[Documented, NoneDocumented, NotConfirmed],
            Theme::CorporalPunishment => &[CorporalYes, CorporalNo, NoneDocumented, NotConfirmed],
        }
    }

    /// Reads a status code in this theme's vocabulary.
    pub fn parse_status(self, code: &str) -> Option<Status> {
        self.statuses().iter().copied().find(|s| s.code() == code)
    }
}

impl Status {
    /// The code as written in the dataset and in `data-status`.
    pub fn code(self) -> &'static str {
        use Status::*;
        match self {
            HighApplication => "high_application",
            LowApplication => "low_application",
            Symbolic => "symbolic",
            InsufficientData => "insufficient_data",
            DeJureAll => "de_jure_all",
            DeJureCannabis => "de_jure_cannabis",
            DeFacto => "de_facto",
            SubnationalDecriminalisation | SubnationalRegulation => "subnational",
            AdultUseMarket => "adult_use_market",
            AdultUsePersonal => "adult_use_personal",
            MedicalOnly => "medical_only",
            NoDeathPenalty | NoDecriminalisation | NoRegulation | NoHarmReduction => "none",
            Comprehensive => "comprehensive",
            Partial => "partial",
            Documented => "documented",
            NoneDocumented => "none_documented",
            CorporalYes => "yes",
            CorporalNo => "no",
            NotConfirmed => "not_confirmed",
        }
    }

    /// A finding that something is absent: it must rest on a source that covers the question
    /// (`none`, `no`) or say what was searched (`none_documented`). See `docs/data.md`.
    pub fn is_absence(self) -> bool {
        use Status::*;
        matches!(
            self,
            NoDeathPenalty | NoDecriminalisation | NoRegulation | NoHarmReduction | NoneDocumented | CorporalNo
        )
    }
}

/// What the map shows for one country in one theme: a status, or why there is none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shown {
    Status(Status),
    /// The shape has no permanent population (Antarctica, uninhabited islands).
    NotApplicable,
    /// No entry, or the entry was skipped as invalid.
    NoData,
    /// The entry has no dated status for the year being shown.
    UnknownForYear,
}

impl Shown {
    /// The value of `data-status`.
    pub fn code(self) -> &'static str {
        match self {
            Shown::Status(s) => s.code(),
            Shown::NotApplicable => "not_applicable",
            Shown::NoData => "no_data",
            Shown::UnknownForYear => "unknown_year",
        }
    }

    /// Reads a `data-status` value in `theme`'s legend.
    pub fn parse(theme: Theme, code: &str) -> Option<Shown> {
        Shown::legend(theme).find(|s| s.code() == code)
    }

    /// Legend order: the theme's statuses, then the reasons for showing none.
    pub fn legend(theme: Theme) -> impl Iterator<Item = Shown> {
        theme.statuses().iter().map(|s| Shown::Status(*s)).chain([
            Shown::UnknownForYear,
            Shown::NotApplicable,
            Shown::NoData,
        ])
    }

    /// Where this stands in `theme`'s legend: the table sorts by it, so a sorted column reads like
    /// the legend.
    pub fn legend_rank(self, theme: Theme) -> usize {
        Shown::legend(theme).position(|s| s == self).unwrap_or(usize::MAX)
    }
}

/// A legend row: what is shown, and on how many shapes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LegendRow {
    pub shown: Shown,
    pub count: usize,
}

/// Rows in legend order; statuses with no country are left out, except the theme's own codes,
/// which always appear so the legend reads the same on every map.
pub fn legend_rows(shown: &[Shown], theme: Theme) -> Vec<LegendRow> {
    Shown::legend(theme)
        .map(|kind| LegendRow { shown: kind, count: shown.iter().filter(|s| **s == kind).count() })
        .filter(|row| row.count > 0 || matches!(row.shown, Shown::Status(s) if s != Status::NotConfirmed))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips_within_its_theme() {
        for theme in Theme::ALL {
            assert_eq!(Theme::parse(theme.code()), Some(theme));
            for &s in theme.statuses() {
                assert_eq!(theme.parse_status(s.code()), Some(s), "{theme:?} {s:?}");
            }
        }
    }

    #[test]
    fn codes_are_read_in_their_theme_only() {
        assert_eq!(Theme::DeathPenalty.parse_status("none"), Some(Status::NoDeathPenalty));
        assert_eq!(Theme::Regulation.parse_status("none"), Some(Status::NoRegulation));
        assert_eq!(Theme::DeathPenalty.parse_status("de_jure_all"), None);
        assert_eq!(Theme::CorporalPunishment.parse_status("documented"), None);
    }

    #[test]
    fn not_confirmed_is_last_in_every_legend() {
        for theme in Theme::ALL {
            assert_eq!(theme.statuses().last(), Some(&Status::NotConfirmed));
        }
    }
}
