//! Property tests: arbitrary input never panics the projection, the path writer, the parsers or
//! the URL reader, and the projection round-trips everywhere on the globe.

use drug_policy_map::geo::{EqualEarth, PathWriter, Point, Projection, Zoom};
use drug_policy_map::model::url_state::ViewState;
use drug_policy_map::model::{normalise, parse_countries, parse_policies, parse_statuses, CountryId};
use drug_policy_map::world::World;
use proptest::prelude::*;

proptest! {
    #[test]
    fn projection_round_trips(lon in -180.0f64..=180.0, lat in -89.9f64..=89.9) {
        let p = EqualEarth.project(lon, lat);
        let (lon2, lat2) = EqualEarth.invert(p).expect("a projected point inverts");
        prop_assert!((lon - lon2).abs() < 1e-6 && (lat - lat2).abs() < 1e-6);
    }

    #[test]
    fn projection_never_panics(lon in any::<f64>(), lat in any::<f64>(), x in any::<f64>(), y in any::<f64>()) {
        let _ = EqualEarth.project(lon, lat);
        let _ = EqualEarth.invert(Point::new(x, y));
    }

    #[test]
    fn path_writer_never_panics_and_writes_only_path_syntax(points in proptest::collection::vec((any::<f64>(), any::<f64>()), 0..40)) {
        let mut w = PathWriter::new();
        w.ring(points.iter().map(|&(x, y)| Point::new(x, y)));
        let d = w.finish();
        prop_assert!(d.chars().all(|c| c.is_ascii_digit() || " .-MlZ".contains(c)), "{}", d);
    }

    #[test]
    fn parsers_never_panic(text in ".{0,400}") {
        let _ = parse_countries(&text);
        let _ = parse_policies(&text);
        let _ = parse_statuses(&text);
        let _ = World::parse(&text);
    }

    #[test]
    fn policy_parser_survives_structured_garbage(iso in ".{0,6}", status in ".{0,20}", since in any::<i64>(), url in ".{0,30}") {
        let text = format!(
            r#"{{"updated":"2026-01-01","sources":{{"s":{{"publisher":"p","title":"t","year":2020,"url":{url:?}}}}},
               "countries":[{{"iso3":{iso:?},"name":"n","reviewed":"2026-01-01","themes":{{"regulation":{{"status":{status:?},"since":{since},"summary":"s","sources":["s"]}}}}}}]}}"#
        );
        if let Ok(p) = parse_policies(&text) {
            for s in p.sources.values() {
                prop_assert!(s.url.starts_with("http://") || s.url.starts_with("https://"));
            }
        }
    }

    #[test]
    fn url_reader_never_panics_and_keeps_only_valid_values(query in ".{0,300}") {
        let (state, _) = ViewState::parse(&query, 1961, 2026);
        if let Some(y) = state.year {
            prop_assert!((1961..2026).contains(&y));
        }
        let _ = state.to_query();
    }

    #[test]
    fn country_ids_and_search_normalising_never_panic(s in ".{0,20}") {
        if let Some(id) = CountryId::parse(&s) {
            prop_assert_eq!(id.as_str().len(), 3);
        }
        let _ = normalise(&s);
    }

    #[test]
    fn zoom_stays_in_bounds(k in 0.0f64..100.0, x in -5000.0f64..5000.0, y in -5000.0f64..5000.0, f in 0.01f64..100.0) {
        let z = Zoom { k: k.max(0.01), x, y }.clamped(1000.0, 500.0).scale_at(f, Point::new(x.abs() % 1000.0, y.abs() % 500.0), 1000.0, 500.0);
        prop_assert!((1.0..=40.0).contains(&z.k));
        prop_assert!(z.x <= 0.0 && z.x >= 1000.0 * (1.0 - z.k) - 1e-9);
    }
}
