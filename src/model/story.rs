//! The classroom story's stops: for each step, the theme it shows and the country it opens, from
//! `assets/story.json` (a teacher can reorder or change them there; each step's title and text are
//! `story.N` in every language file).

use super::{CountryId, Theme};
use serde::Deserialize;

/// One stop of the story.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stop {
    pub theme: Theme,
    pub country: Option<CountryId>,
}

#[derive(Deserialize)]
struct RawStop {
    theme: String,
    country: Option<String>,
}

/// The stops, in order. A stop whose theme or country cannot be read shows the death penalty on
/// the world map rather than breaking the story.
pub fn story_stops() -> Vec<Stop> {
    let raw: Vec<RawStop> = serde_json::from_str(include_str!("../../assets/story.json")).unwrap_or_default();
    raw.into_iter()
        .map(|s| Stop {
            theme: Theme::parse(&s.theme).unwrap_or(Theme::DeathPenalty),
            country: s.country.as_deref().and_then(CountryId::parse),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stop_reads_and_every_language_tells_every_step() {
        let raw: Vec<serde_json::Value> = serde_json::from_str(include_str!("../../assets/story.json")).unwrap();
        let stops = story_stops();
        assert_eq!(stops.len(), raw.len());
        for (stop, raw) in stops.iter().zip(&raw) {
            assert_eq!(Some(stop.theme.code()), raw["theme"].as_str(), "assets/story.json: {raw}");
            assert_eq!(stop.country.map(|c| c.to_string()), raw["country"].as_str().map(str::to_string));
        }
        for lang in crate::model::i18n::Lang::ALL {
            for i in 0..stops.len() {
                assert!(!crate::model::i18n::story_step(lang, i).1.is_empty(), "{lang:?}: story.{i}");
            }
        }
    }
}
