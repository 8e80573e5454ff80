//! The map as drawn: every shape projected once into a fixed viewBox, with its SVG path,
//! bounds and, for countries too small to hit, a marker. Pure: no Leptos, no web-sys.

use crate::geo::{ring_area, Bounds, EqualEarth, Fit, PathWriter, Point, Projection};
use crate::model::{CountryGeometry, CountryId};
use std::collections::HashMap;

/// The fixed viewBox the SVG scales with CSS.
pub const VIEW_WIDTH: f64 = 1000.0;
pub const VIEW_HEIGHT: f64 = 500.0;
const PADDING: f64 = 6.0;
/// A country whose projected area (viewBox units²) is below this gets a marker: at world
/// scale it is smaller than a fingertip on a phone.
const MARKER_AREA: f64 = 6.0;
const MARKER_EXTENT: f64 = 3.0;

#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    pub id: CountryId,
    pub name: String,
    pub path: String,
    pub bounds: Bounds,
    pub area: f64,
    /// Where to draw the marker of a small country (centre of its largest part).
    pub marker: Option<Point>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct World {
    pub shapes: Vec<Shape>,
    /// How projected coordinates were placed in the viewBox (for region presets).
    pub fit: Fit,
    index: HashMap<CountryId, usize>,
}

impl World {
    /// Projects every geometry with Equal Earth and fits the whole world into the viewBox.
    pub fn build(geometries: &[CountryGeometry]) -> World {
        let projection = EqualEarth;
        let projected: Vec<Vec<Vec<Vec<Point>>>> = geometries
            .iter()
            .map(|g| {
                g.polygons
                    .iter()
                    .map(|poly| {
                        poly.iter()
                            .map(|ring| ring.iter().map(|&(lon, lat)| projection.project(lon, lat)).collect())
                            .collect()
                    })
                    .collect()
            })
            .collect();
        let mut world_bounds = Bounds::EMPTY;
        for p in projected.iter().flatten().flatten().flatten() {
            world_bounds.extend(*p);
        }
        let fit = Fit::extent(world_bounds, VIEW_WIDTH, VIEW_HEIGHT, PADDING);
        let shapes: Vec<Shape> = geometries.iter().zip(projected).map(|(g, polys)| shape(g, &polys, &fit)).collect();
        let index = shapes.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
        World { shapes, fit, index }
    }

    pub fn shape(&self, id: CountryId) -> Option<&Shape> {
        self.index.get(&id).map(|&i| &self.shapes[i])
    }

    pub fn contains(&self, id: CountryId) -> bool {
        self.index.contains_key(&id)
    }
}

fn shape(g: &CountryGeometry, polys: &[Vec<Vec<Point>>], fit: &Fit) -> Shape {
    let mut writer = PathWriter::new();
    let mut bounds = Bounds::EMPTY;
    let mut area = 0.0;
    let mut largest: Option<(f64, Bounds)> = None;
    for poly in polys {
        for (i, ring) in poly.iter().enumerate() {
            let fitted: Vec<Point> = ring.iter().map(|p| fit.apply(*p)).collect();
            writer.ring(fitted.iter().copied());
            if i == 0 {
                let a = ring_area(&fitted).abs();
                let mut b = Bounds::EMPTY;
                fitted.iter().for_each(|p| b.extend(*p));
                bounds = bounds.union(b);
                area += a;
                if largest.is_none_or(|(la, _)| a > la) {
                    largest = Some((a, b));
                }
            } else {
                area -= ring_area(&fitted).abs();
            }
        }
    }
    let small = area < MARKER_AREA || bounds.width().max(bounds.height()) < MARKER_EXTENT;
    let marker = largest.filter(|_| small).map(|(_, b)| b.centre());
    Shape { id: g.id, name: g.name.clone(), path: writer.finish(), bounds, area: area.max(0.0), marker }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_countries;

    fn fixture_world() -> World {
        World::build(&parse_countries(include_str!("../tests/fixtures/three_countries.geojson")).unwrap())
    }

    #[test]
    fn every_feature_becomes_a_shape_with_a_path_inside_the_view_box() {
        let w = fixture_world();
        assert_eq!(w.shapes.len(), 3);
        for s in &w.shapes {
            assert!(s.path.starts_with('M') && s.path.ends_with('Z'), "{}", s.path);
            assert!(s.bounds.min.x >= 0.0 && s.bounds.max.x <= VIEW_WIDTH);
            assert!(s.bounds.min.y >= 0.0 && s.bounds.max.y <= VIEW_HEIGHT);
        }
    }

    #[test]
    fn a_hole_reduces_the_area_and_is_a_second_subpath() {
        let w = fixture_world();
        let ring = w.shape(CountryId::parse("CCC").unwrap()).unwrap();
        assert_eq!(ring.path.matches('M').count(), 2);
        let square = w.shape(CountryId::parse("AAA").unwrap()).unwrap();
        // Same 10°x10° outer ring near the equator, minus a 4°x4° hole: about 84% of the square.
        let ratio = ring.area / square.area;
        assert!((0.80..0.88).contains(&ratio), "{ratio}");
    }

    #[test]
    fn shapes_are_looked_up_by_code() {
        let w = fixture_world();
        assert_eq!(w.shape(CountryId::parse("BBB").unwrap()).unwrap().name, "Two Islands");
        assert!(w.shape(CountryId::parse("ZZZ").unwrap()).is_none());
    }
}
