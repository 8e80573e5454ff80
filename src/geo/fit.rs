//! Fitting projected coordinates into a fixed SVG viewBox (scale and translate, y flipped).

use super::Point;

/// An axis-aligned box in some plane.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub min: Point,
    pub max: Point,
}

impl Bounds {
    pub const EMPTY: Bounds =
        Bounds { min: Point::new(f64::INFINITY, f64::INFINITY), max: Point::new(f64::NEG_INFINITY, f64::NEG_INFINITY) };

    pub fn extend(&mut self, p: Point) {
        self.min.x = self.min.x.min(p.x);
        self.min.y = self.min.y.min(p.y);
        self.max.x = self.max.x.max(p.x);
        self.max.y = self.max.y.max(p.y);
    }

    pub fn union(mut self, other: Bounds) -> Bounds {
        if !other.is_empty() {
            self.extend(other.min);
            self.extend(other.max);
        }
        self
    }

    /// Whether the two boxes overlap (touching counts).
    pub fn intersects(&self, other: &Bounds) -> bool {
        self.min.x <= other.max.x && other.min.x <= self.max.x && self.min.y <= other.max.y && other.min.y <= self.max.y
    }

    pub fn is_empty(&self) -> bool {
        !(self.min.x <= self.max.x && self.min.y <= self.max.y)
    }

    pub fn width(&self) -> f64 {
        self.max.x - self.min.x
    }

    pub fn height(&self) -> f64 {
        self.max.y - self.min.y
    }

    pub fn centre(&self) -> Point {
        Point::new((self.min.x + self.max.x) / 2.0, (self.min.y + self.max.y) / 2.0)
    }
}

/// Maps projected coordinates (y north) into a viewBox of `width`×`height` (y down),
/// keeping the aspect ratio and centring the content.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    pub scale: f64,
    pub tx: f64,
    pub ty: f64,
}

impl Fit {
    /// Fits `content` inside a `width`×`height` box with `padding` on every side.
    pub fn extent(content: Bounds, width: f64, height: f64, padding: f64) -> Fit {
        let (w, h) = (content.width().max(f64::EPSILON), content.height().max(f64::EPSILON));
        let scale = ((width - 2.0 * padding) / w).min((height - 2.0 * padding) / h);
        let c = content.centre();
        Fit { scale, tx: width / 2.0 - c.x * scale, ty: height / 2.0 + c.y * scale }
    }

    pub fn apply(&self, p: Point) -> Point {
        Point::new(p.x * self.scale + self.tx, self.ty - p.y * self.scale)
    }

    pub fn invert(&self, p: Point) -> Point {
        Point::new((p.x - self.tx) / self.scale, (self.ty - p.y) / self.scale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_point(p: Point, x: f64, y: f64) {
        assert!((p.x - x).abs() < 1e-9 && (p.y - y).abs() < 1e-9, "{p:?} != ({x}, {y})");
    }

    #[test]
    fn fits_a_wide_box_to_the_width_and_centres_it_vertically() {
        let content = Bounds { min: Point::new(-2.0, -1.0), max: Point::new(2.0, 1.0) };
        let fit = Fit::extent(content, 100.0, 100.0, 0.0);
        assert_point(fit.apply(Point::new(-2.0, 1.0)), 0.0, 25.0); // top left
        assert_point(fit.apply(Point::new(2.0, -1.0)), 100.0, 75.0); // bottom right
        assert_point(fit.apply(Point::new(0.0, 0.0)), 50.0, 50.0); // centre
    }

    #[test]
    fn padding_shrinks_the_content() {
        let content = Bounds { min: Point::new(0.0, 0.0), max: Point::new(10.0, 10.0) };
        let fit = Fit::extent(content, 120.0, 120.0, 10.0);
        assert_point(fit.apply(Point::new(0.0, 10.0)), 10.0, 10.0);
        assert_point(fit.apply(Point::new(10.0, 0.0)), 110.0, 110.0);
    }

    #[test]
    fn invert_undoes_apply() {
        let fit = Fit { scale: 3.0, tx: 7.0, ty: 11.0 };
        let p = Point::new(1.5, -2.25);
        assert_point(fit.invert(fit.apply(p)), 1.5, -2.25);
    }

    #[test]
    fn bounds_union_ignores_empty() {
        let mut b = Bounds::EMPTY;
        assert!(b.is_empty());
        b.extend(Point::new(1.0, 2.0));
        let u = b.union(Bounds::EMPTY);
        assert_eq!(u, b);
        assert_eq!(u.width(), 0.0);
    }
}
