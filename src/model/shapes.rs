//! Country shapes: parsing the GeoJSON FeatureCollection into our own plain types.

use super::{CountryId, DataError};
use geojson::{FeatureCollection, GeometryValue, Position};

/// A ring of (longitude, latitude) pairs in degrees.
pub type Ring = Vec<(f64, f64)>;
/// A polygon: an outer ring then its holes.
pub type Polygon = Vec<Ring>;

/// One country or territory as the shapes file gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryGeometry {
    pub id: CountryId,
    pub name: String,
    pub polygons: Vec<Polygon>,
}

fn ring(positions: &[Position]) -> Ring {
    positions
        .iter()
        .filter_map(|p| match p.as_slice() {
            [lon, lat, ..] if lon.is_finite() && lat.is_finite() => Some((*lon, *lat)),
            _ => None,
        })
        .collect()
}

fn polygon(rings: &[Vec<Position>]) -> Polygon {
    rings.iter().map(|r| ring(r)).collect()
}

const FILE: &str = "countries.geojson";

/// Parses the shapes file. Every feature must carry a valid `iso3`, a `name` and a (Multi)Polygon;
/// the first fault is reported with the feature's position and field.
pub fn parse_countries(text: &str) -> Result<Vec<CountryGeometry>, DataError> {
    let fc: FeatureCollection = text
        .parse()
        .map_err(|e: geojson::Error| DataError::new(FILE, "", "", format!("not a GeoJSON FeatureCollection: {e}")))?;
    let mut out = Vec::with_capacity(fc.features.len());
    for (i, feature) in fc.features.iter().enumerate() {
        let at = format!("feature {i}");
        let props = feature.properties.as_ref();
        let prop = |key: &str| props.and_then(|p| p.get(key)).and_then(|v| v.as_str());
        let id = prop("iso3")
            .and_then(CountryId::parse)
            .ok_or_else(|| DataError::new(FILE, &at, "properties.iso3", "missing or not a three-letter code"))?;
        let name = prop("name")
            .filter(|n| !n.trim().is_empty())
            .ok_or_else(|| DataError::new(FILE, id.as_str(), "properties.name", "missing"))?
            .to_string();
        let polygons = match feature.geometry.as_ref().map(|g| &g.value) {
            Some(GeometryValue::Polygon { coordinates }) => vec![polygon(coordinates)],
            Some(GeometryValue::MultiPolygon { coordinates }) => coordinates.iter().map(|p| polygon(p)).collect(),
            Some(other) => {
                return Err(DataError::new(
                    FILE,
                    id.as_str(),
                    "geometry",
                    format!("{} is not a polygon", other.type_name()),
                ))
            }
            None => return Err(DataError::new(FILE, id.as_str(), "geometry", "missing")),
        };
        out.push(CountryGeometry { id, name, polygons });
    }
    if out.is_empty() {
        return Err(DataError::new(FILE, "", "features", "no countries in the file"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = include_str!("../../tests/fixtures/three_countries.geojson");

    #[test]
    fn parses_polygon_multipolygon_and_hole() {
        let countries = parse_countries(FIXTURE).unwrap();
        assert_eq!(countries.len(), 3);
        let square = &countries[0];
        assert_eq!((square.id.as_str(), square.name.as_str()), ("AAA", "Squareland"));
        assert_eq!(square.polygons.len(), 1);
        let islands = &countries[1];
        assert_eq!(islands.polygons.len(), 2, "a MultiPolygon keeps both parts");
        let holed = &countries[2];
        assert_eq!(holed.polygons[0].len(), 2, "outer ring and one hole");
    }

    #[test]
    fn reports_the_feature_and_field_at_fault() {
        let bad = FIXTURE.replacen("\"iso3\": \"BBB\"", "\"iso3\": \"B2\"", 1);
        let err = parse_countries(&bad).unwrap_err();
        assert_eq!(err.field, "properties.iso3");
        assert_eq!(err.country, "feature 1");
        assert!(err.to_string().contains("countries.geojson"));
    }

    #[test]
    fn rejects_malformed_json() {
        let err = parse_countries("{\"type\": \"FeatureCollection\", \"features\": [").unwrap_err();
        assert!(err.message.contains("GeoJSON"), "{err}");
    }

    #[test]
    fn rejects_a_point_geometry() {
        let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"iso3":"AAA","name":"A"},"geometry":{"type":"Point","coordinates":[1,2]}}]}"#;
        let err = parse_countries(text).unwrap_err();
        assert_eq!(err.field, "geometry");
    }
}
