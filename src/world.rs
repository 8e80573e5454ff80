//! The map as drawn: every shape projected once into a fixed viewBox, with its SVG path,
//! bounds and, for countries too small to hit, a marker. Pure: no Leptos, no web-sys.

use crate::geo::{ring_area, Bounds, EqualEarth, Fit, PathWriter, Point, Projection};
use crate::model::{normalise, CountryGeometry, CountryId, Policies, Shown, Theme};
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
    /// The centre of the country's largest part: where keyboard navigation measures from.
    pub label: Point,
}

/// A direction for keyboard navigation between countries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Left,
    Right,
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

    /// Position of the country's shape in `shapes` (and in a status column).
    pub fn position(&self, id: CountryId) -> Option<usize> {
        self.index.get(&id).copied()
    }

    /// What every shape shows in `theme`, today or as of `year`, in shape order.
    pub fn shown_column(&self, policies: Option<&Policies>, theme: Theme, year: Option<u16>) -> Vec<Shown> {
        self.shapes.iter().map(|s| policies.map_or(Shown::NoData, |p| p.shown(s.id, theme, year))).collect()
    }

    pub fn contains(&self, id: CountryId) -> bool {
        self.index.contains_key(&id)
    }

    /// Countries in alphabetical order of their English names (Home/End, previous/next).
    pub fn alphabetical(&self) -> Vec<CountryId> {
        // Accents folded, so Åland sorts with A and Côte d'Ivoire with C.
        let mut names: Vec<(String, CountryId)> = self.shapes.iter().map(|s| (normalise(&s.name), s.id)).collect();
        names.sort();
        names.into_iter().map(|(_, id)| id).collect()
    }

    /// The country nearest to `from` in `direction`: among those lying within 60° of it, the one
    /// with the smallest distance, with sideways offset counted double so moves feel straight.
    pub fn neighbour(&self, from: CountryId, direction: Direction) -> Option<CountryId> {
        let origin = self.shape(from)?.label;
        let (ux, uy) = match direction {
            Direction::Up => (0.0, -1.0),
            Direction::Down => (0.0, 1.0),
            Direction::Left => (-1.0, 0.0),
            Direction::Right => (1.0, 0.0),
        };
        self.shapes
            .iter()
            .filter(|s| s.id != from)
            .filter_map(|s| {
                let (dx, dy) = (s.label.x - origin.x, s.label.y - origin.y);
                let along = dx * ux + dy * uy;
                let across = (dx * uy - dy * ux).abs();
                (along > 0.0 && across <= along * 3f64.sqrt()).then_some((along + 2.0 * across, s.id))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, id)| id)
    }

    /// The country whose centre is nearest a viewBox point (where keyboard navigation starts).
    pub fn nearest(&self, p: Point) -> Option<CountryId> {
        self.shapes
            .iter()
            .filter(|s| s.area > 0.0 || s.marker.is_some())
            .min_by(|a, b| a.label.distance2(p).total_cmp(&b.label.distance2(p)))
            .map(|s| s.id)
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
    let label = largest.map_or(bounds.centre(), |(_, b)| b.centre());
    let marker = small.then_some(label);
    Shape { id: g.id, name: g.name.clone(), path: writer.finish(), bounds, area: area.max(0.0), marker, label }
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
    fn arrows_move_to_the_nearest_country_in_that_direction() {
        let w = fixture_world();
        let (aaa, bbb, ccc) =
            (CountryId::parse("AAA").unwrap(), CountryId::parse("BBB").unwrap(), CountryId::parse("CCC").unwrap());
        // CCC is south-west of AAA, BBB east of it.
        assert_eq!(w.neighbour(aaa, Direction::Right), Some(bbb));
        assert_eq!(w.neighbour(bbb, Direction::Left), Some(aaa));
        assert_eq!(w.neighbour(aaa, Direction::Down), Some(ccc));
        assert_eq!(w.neighbour(aaa, Direction::Up), None);
        assert_eq!(w.alphabetical(), vec![ccc, aaa, bbb]);
        assert_eq!(w.nearest(w.shape(bbb).unwrap().label), Some(bbb));
    }

    #[test]
    fn shapes_are_looked_up_by_code() {
        let w = fixture_world();
        assert_eq!(w.shape(CountryId::parse("BBB").unwrap()).unwrap().name, "Two Islands");
        assert!(w.shape(CountryId::parse("ZZZ").unwrap()).is_none());
    }
}
