//! SVG path strings from rings of viewBox points, with one decimal place.
//!
//! One decimal in a 1000-unit-wide viewBox is about 0.04° at the equator: finer than the
//! simplified shapes, and it keeps the DOM small. After the first point every step is relative
//! (`l`), written without redundant zeros or spaces: small repeating deltas are about half the
//! bytes of absolute pairs and compress far better.

use super::Point;

/// Writes polygons as one SVG `d` string (`M x y l dx dy … Z`, implicit relative line-tos).
#[derive(Default)]
pub struct PathWriter {
    out: String,
}

/// Coordinates in tenths of a unit, so that equality after rounding is exact.
/// Clamped far outside any viewBox, so that relative steps between two points cannot overflow.
fn tenths(v: f64) -> i64 {
    (v * 10.0).round().clamp(-1e15, 1e15) as i64
}

/// Appends one number, with a separating space only where SVG needs one: not before a minus
/// sign, and not before a leading-dot fraction when the previous number already has a dot.
fn push_tenths(out: &mut String, t: i64, after_number: bool) {
    use std::fmt::Write;
    let a = t.unsigned_abs();
    let (whole, tenth) = (a / 10, a % 10);
    if t < 0 {
        out.push('-');
    } else if after_number && !(whole == 0 && tenth != 0 && last_number_has_dot(out)) {
        out.push(' ');
    }
    let _ = match (whole, tenth) {
        (w, 0) => write!(out, "{w}"),
        (0, f) => write!(out, ".{f}"),
        (w, f) => write!(out, "{w}.{f}"),
    };
}

fn last_number_has_dot(out: &str) -> bool {
    out.bytes().rev().take_while(|b| b.is_ascii_digit() || *b == b'.').any(|b| b == b'.')
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
        let (x0, y0) = rounded[0];
        self.out.push('M');
        push_tenths(&mut self.out, x0, false);
        push_tenths(&mut self.out, y0, true);
        self.out.push('l');
        for (i, pair) in rounded.windows(2).enumerate() {
            let ((ax, ay), (bx, by)) = (pair[0], pair[1]);
            push_tenths(&mut self.out, bx - ax, i > 0);
            push_tenths(&mut self.out, by - ay, true);
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
        assert_eq!(w.finish(), "M0 0l10 0 0 10-10 0Z");
    }

    #[test]
    fn keeps_tenths_and_signs() {
        let mut w = PathWriter::new();
        w.ring(pts(&[(-1.25, 2.34), (3.0, -0.06), (5.5, 5.5)]));
        assert_eq!(w.finish(), "M-1.3 2.3l4.3-2.4 2.5 5.6Z");
    }

    #[test]
    fn a_hole_is_a_second_subpath() {
        let mut w = PathWriter::new();
        w.ring(pts(&[(0.0, 0.0), (9.0, 0.0), (9.0, 9.0), (0.0, 9.0)]));
        w.ring(pts(&[(3.0, 3.0), (3.0, 6.0), (6.0, 6.0), (6.0, 3.0)]));
        assert_eq!(w.finish(), "M0 0l9 0 0 9-9 0ZM3 3l0 3 3 0 0-3Z");
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
        assert_eq!(w.finish(), "M0 0l2 0 0 2Z");
    }

    #[test]
    fn fractions_drop_the_leading_zero_and_the_space_after_a_dot() {
        let mut w = PathWriter::new();
        w.ring(pts(&[(0.0, 0.0), (0.5, 0.3), (0.5, -0.2), (1.5, 1.0)]));
        // Steps (.5 .3) (0 -.5) (1 1.2): ".5.3" reads as two numbers; "0-.5" needs no space.
        assert_eq!(w.finish(), "M0 0l.5.3 0-.5 1 1.2Z");
    }

    #[test]
    fn area_of_a_unit_square() {
        let sq = pts(&[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]);
        assert_eq!(ring_area(&sq), 1.0);
    }
}
