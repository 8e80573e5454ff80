//! Region presets: the one table behind the zoom buttons, the `region=` link parameter and their names.

use super::i18n::Text;

/// Declares the regions once, with their link code, name and box (west, south, east, north, in degrees).
macro_rules! regions {
    ($($variant:ident => $code:literal, $label:ident, [$w:expr, $s:expr, $e:expr, $n:expr]),+ $(,)?) => {
        /// A part of the world the map can zoom to in one step.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Region {
            $($variant),+
        }

        impl Region {
            /// Every region, in the order of the zoom menu.
            pub const ALL: [Region; [$($code),+].len()] = [$(Region::$variant),+];

            /// The value of `region=` in a link.
            pub fn code(self) -> &'static str {
                match self {
                    $(Region::$variant => $code),+
                }
            }

            /// The region's name, in every interface language.
            pub fn label(self) -> Text {
                match self {
                    $(Region::$variant => Text::$label),+
                }
            }

            /// West, south, east and north edges in degrees.
            pub fn bounds(self) -> (f64, f64, f64, f64) {
                match self {
                    $(Region::$variant => ($w, $s, $e, $n)),+
                }
            }
        }
    };
}

regions! {
    Africa => "africa", Africa, [-20.0, -36.0, 52.0, 38.0],
    Americas => "americas", Americas, [-170.0, -56.0, -30.0, 72.0],
    Asia => "asia", Asia, [60.0, -11.0, 150.0, 55.0],
    Europe => "europe", Europe, [-25.0, 34.0, 45.0, 71.0],
    MiddleEast => "middle_east", MiddleEast, [25.0, 12.0, 63.0, 42.0],
    Oceania => "oceania", Oceania, [110.0, -48.0, 180.0, 5.0],
}

impl Region {
    pub fn parse(code: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_boxes_are_well_formed() {
        for r in Region::ALL {
            assert_eq!(Region::parse(r.code()), Some(r));
            let (w, s, e, n) = r.bounds();
            assert!(w < e && s < n, "{r:?}");
        }
        assert_eq!(Region::parse("atlantis"), None);
    }
}
