//! The Equal Earth projection (Šavrič, Patterson & Jenny, 2018): an equal-area world projection.

use super::Point;

/// A raw cartographic projection on the unit sphere: longitude/latitude in degrees to plane
/// coordinates with y growing northwards, and back.
pub trait Projection {
    fn project(&self, lon: f64, lat: f64) -> Point;
    /// `None` where the point lies outside the projection's domain.
    fn invert(&self, p: Point) -> Option<(f64, f64)>;
}

/// Equal Earth, as d3-geo's `geoEqualEarthRaw`.
#[derive(Clone, Copy, Debug, Default)]
pub struct EqualEarth;

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;
/// sqrt(3) / 2
const M: f64 = 0.866_025_403_784_438_6;
const ITERATIONS: usize = 12;
const EPSILON: f64 = 1e-12;

impl Projection for EqualEarth {
    fn project(&self, lon: f64, lat: f64) -> Point {
        let lambda = lon.to_radians();
        let phi = lat.clamp(-90.0, 90.0).to_radians();
        let l = (M * phi.sin()).asin();
        let l2 = l * l;
        let l6 = l2 * l2 * l2;
        let x = lambda * l.cos() / (M * (A1 + 3.0 * A2 * l2 + l6 * (7.0 * A3 + 9.0 * A4 * l2)));
        let y = l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2));
        Point::new(x, y)
    }

    fn invert(&self, p: Point) -> Option<(f64, f64)> {
        if !p.x.is_finite() || !p.y.is_finite() {
            return None;
        }
        // Newton's method on the polynomial in l, as in the paper and in d3-geo.
        let mut l = p.y;
        let mut l2 = l * l;
        let mut l6 = l2 * l2 * l2;
        for _ in 0..ITERATIONS {
            let fy = l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2)) - p.y;
            let fpy = A1 + 3.0 * A2 * l2 + l6 * (7.0 * A3 + 9.0 * A4 * l2);
            let delta = fy / fpy;
            l -= delta;
            l2 = l * l;
            l6 = l2 * l2 * l2;
            if delta.abs() < EPSILON {
                break;
            }
        }
        let sin_phi = l.sin() / M;
        if !(-1.0..=1.0).contains(&sin_phi) {
            return None;
        }
        let fpy = A1 + 3.0 * A2 * l2 + l6 * (7.0 * A3 + 9.0 * A4 * l2);
        let lambda = M * p.x * fpy / l.cos();
        let (lon, lat) = (lambda.to_degrees(), sin_phi.asin().to_degrees());
        (lon.abs() <= 180.0 + 1e-9).then_some((lon, lat))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, eps: f64) -> bool {
        (a - b).abs() <= eps
    }

    #[test]
    fn origin_projects_to_origin() {
        let p = EqualEarth.project(0.0, 0.0);
        assert_eq!(p, Point::new(0.0, 0.0));
    }

    #[test]
    fn extremes_match_the_published_map_extent() {
        // The paper gives a unit-sphere half-width of 2.7066297 and half-height of 1.3173627.
        let east = EqualEarth.project(180.0, 0.0);
        let north = EqualEarth.project(0.0, 90.0);
        assert!(close(east.x, 2.706_629_7, 1e-6), "{east:?}");
        assert!(close(north.y, 1.317_362_7, 1e-6), "{north:?}");
        assert!(close(north.x, 0.0, 1e-12));
    }

    #[test]
    fn projection_is_symmetric() {
        let a = EqualEarth.project(30.0, 45.0);
        let b = EqualEarth.project(-30.0, -45.0);
        assert!(close(a.x, -b.x, 1e-12) && close(a.y, -b.y, 1e-12));
    }

    #[test]
    fn invert_round_trips() {
        for (lon, lat) in [(0.0, 0.0), (30.3, 24.1), (-10.0, 42.0), (-2.0, -5.0), (179.0, -80.0), (-120.5, 65.25)] {
            let p = EqualEarth.project(lon, lat);
            let (lon2, lat2) = EqualEarth.invert(p).expect("inside the domain");
            assert!(close(lon, lon2, 1e-9) && close(lat, lat2, 1e-9), "{lon},{lat} -> {lon2},{lat2}");
        }
    }

    #[test]
    fn invert_rejects_points_off_the_map() {
        assert_eq!(EqualEarth.invert(Point::new(10.0, 0.0)), None);
        assert_eq!(EqualEarth.invert(Point::new(f64::NAN, 0.0)), None);
    }
}
