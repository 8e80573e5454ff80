//! SVG path strings from rings of viewBox points, with one decimal place.
//!
//! One decimal in a 1000-unit-wide viewBox is about 0.04° at the equator: finer than the
//! simplified shapes, and it keeps the DOM small.

use super::Point;

/// Writes polygons as one SVG `d` string (`M x y x y … Z`, implicit line-tos).
#[derive(Default)]
pub struct PathWriter {
    out: String,
}

/// Coordinates in tenths of a unit, so that equality after rounding is exact.
fn tenths(v: f64) -> i64 {
    (v * 10.0).round() as i64
}

fn push_tenths(out: &mut String, t: i64) {
    use std::fmt::Write;
    let sign = if t < 0 { "-" } else { "" };
    let a = t.unsigned_abs();
    let _ = if a % 10 == 0 { write!(out, "{sign}{}", a / 10) } else { write!(out, "{sign}{}.{}", a / 10, a % 10) };
}

impl PathWriter {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one closed ring. Points that round to the previous one are dropped; a ring left
    /// with fewer than three distinct points is skipped and `false` returned.
    pub fn ring(&mut self, points: impl IntoIterator<Item = Point>) -> bool {
        let mut rounded: Vec<(i64, i64)> = Vec::new();
        for p in points {
            if !p.x.is_finite() || !p.y.is_finite() {
                continue;
            }
            let t = (tenths(p.x), tenths(p.y));
            if rounded.last() != Some(&t) {
                rounded.push(t);
            }
        }
        if rounded.len() > 1 && rounded.first() == rounded.last() {
            rounded.pop();
        }
        if rounded.len() < 3 {
            return false;
        }
        for (i, (x, y)) in rounded.into_iter().enumerate() {
            self.out.push(if i == 0 { 'M' } else { ' ' });
            push_tenths(&mut self.out, x);
            self.out.push(' ');
            push_tenths(&mut self.out, y);
        }
        self.out.push('Z');
        true
    }

    pub fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// Signed area of a ring (shoelace formula); its absolute value is the ring's area.
pub fn ring_area(points: &[Point]) -> f64 {
    let n = points.len();
    if n < 3 {
        return 0.0;
    }
    let mut sum = 0.0;
    for i in 0..n {
        let (a, b) = (points[i], points[(i + 1) % n]);
        sum += a.x * b.y - b.x * a.y;
    }
    sum / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pts(v: &[(f64, f64)]) -> Vec<Point> {
        v.iter().map(|&(x, y)| Point::new(x, y)).collect()
    }

    #[test]
    fn writes_a_square_with_one_decimal() {
        let mut w = PathWriter::new();
        assert!(w.ring(pts(&[(0.0, 0.0), (10.04, 0.0), (10.04, 10.0), (0.0, 10.0), (0.0, 0.0)])));
        assert_eq!(w.finish(), "M0 0 10 0 10 10 0 10Z");
    }

    #[test]
    fn keeps_tenths_and_signs() {
        let mut w = PathWriter::new();
        w.ring(pts(&[(-1.25, 2.34), (3.0, -0.06), (5.5, 5.5)]));
        assert_eq!(w.finish(), "M-1.3 2.3 3 -0.1 5.5 5.5Z");
    }

    #[test]
    fn a_hole_is_a_second_subpath() {
        let mut w = PathWriter::new();
        w.ring(pts(&[(0.0, 0.0), (9.0, 0.0), (9.0, 9.0), (0.0, 9.0)]));
        w.ring(pts(&[(3.0, 3.0), (3.0, 6.0), (6.0, 6.0), (6.0, 3.0)]));
        assert_eq!(w.finish(), "M0 0 9 0 9 9 0 9ZM3 3 3 6 6 6 6 3Z");
    }

    #[test]
    fn drops_rings_that_collapse_when_rounded() {
        let mut w = PathWriter::new();
        assert!(!w.ring(pts(&[(0.0, 0.0), (0.01, 0.0), (0.01, 0.01)])));
        assert!(w.is_empty());
    }

    #[test]
    fn skips_non_finite_points() {
        let mut w = PathWriter::new();
        assert!(w.ring(pts(&[(0.0, 0.0), (f64::NAN, 1.0), (2.0, 0.0), (2.0, 2.0)])));
        assert_eq!(w.finish(), "M0 0 2 0 2 2Z");
    }

    #[test]
    fn area_of_a_unit_square() {
        let sq = pts(&[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]);
        assert_eq!(ring_area(&sq), 1.0);
    }
}
