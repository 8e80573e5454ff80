//! Zoom and pan as a pure value: a scale `k` and an offset, applied to the fixed viewBox.

use super::{Bounds, Point};

pub const MIN_ZOOM: f64 = 1.0;
pub const MAX_ZOOM: f64 = 40.0;

/// `screen = world * k + (x, y)`, all in viewBox units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Zoom {
    pub k: f64,
    pub x: f64,
    pub y: f64,
}

impl Default for Zoom {
    fn default() -> Self {
        Zoom::IDENTITY
    }
}

impl Zoom {
    pub const IDENTITY: Zoom = Zoom { k: 1.0, x: 0.0, y: 0.0 };

    /// Zooms by `factor` keeping the viewBox point `at` fixed, then keeps the map in view.
    pub fn scale_at(self, factor: f64, at: Point, width: f64, height: f64) -> Zoom {
        let k = (self.k * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let f = k / self.k;
        Zoom { k, x: at.x - (at.x - self.x) * f, y: at.y - (at.y - self.y) * f }.clamped(width, height)
    }

    /// Moves by `(dx, dy)` viewBox units, then keeps the map in view.
    pub fn pan(self, dx: f64, dy: f64, width: f64, height: f64) -> Zoom {
        Zoom { x: self.x + dx, y: self.y + dy, ..self }.clamped(width, height)
    }

    /// The zoom that shows `b` as large as fits with `margin` (1.0 = edge to edge), capped at `max_k`.
    pub fn fit(b: Bounds, width: f64, height: f64, max_k: f64, margin: f64) -> Zoom {
        if b.is_empty() {
            return Zoom::IDENTITY;
        }
        let k = (width / (b.width() * margin).max(1e-6))
            .min(height / (b.height() * margin).max(1e-6))
            .clamp(MIN_ZOOM, max_k);
        let c = b.centre();
        Zoom { k, x: width / 2.0 - c.x * k, y: height / 2.0 - c.y * k }.clamped(width, height)
    }

    /// Never lets the map leave the viewBox entirely: at most the whole viewBox can be panned out.
    pub fn clamped(self, width: f64, height: f64) -> Zoom {
        let k = self.k.clamp(MIN_ZOOM, MAX_ZOOM);
        let clamp_axis = |v: f64, size: f64| v.clamp(size * (1.0 - k), 0.0);
        Zoom { k, x: clamp_axis(self.x, width), y: clamp_axis(self.y, height) }
    }

    /// Maps a viewBox point to map coordinates.
    pub fn invert(&self, p: Point) -> Point {
        Point::new((p.x - self.x) / self.k, (p.y - self.y) / self.k)
    }

    /// CSS `transform` value for the zoomed group.
    pub fn css_transform(&self) -> String {
        format!("translate({:.2}px,{:.2}px) scale({:.4})", self.x, self.y, self.k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zooming_keeps_the_point_under_the_cursor() {
        let z = Zoom::IDENTITY.scale_at(2.0, Point::new(300.0, 200.0), 1000.0, 500.0);
        assert_eq!(z.k, 2.0);
        let p = z.invert(Point::new(300.0, 200.0));
        assert!((p.x - 300.0).abs() < 1e-9 && (p.y - 200.0).abs() < 1e-9);
    }

    #[test]
    fn zoom_is_bounded() {
        let z = Zoom::IDENTITY.scale_at(0.1, Point::new(0.0, 0.0), 1000.0, 500.0);
        assert_eq!(z, Zoom::IDENTITY);
        let z = Zoom::IDENTITY.scale_at(1e6, Point::new(0.0, 0.0), 1000.0, 500.0);
        assert_eq!(z.k, MAX_ZOOM);
    }

    #[test]
    fn panning_cannot_lose_the_map() {
        let z = Zoom { k: 2.0, x: -500.0, y: -250.0 }.pan(10_000.0, -10_000.0, 1000.0, 500.0);
        assert_eq!((z.x, z.y), (0.0, -500.0));
    }

    #[test]
    fn fit_centres_a_small_box() {
        let b = Bounds { min: Point::new(490.0, 240.0), max: Point::new(510.0, 260.0) };
        let z = Zoom::fit(b, 1000.0, 500.0, 20.0, 1.3);
        assert_eq!(z.k, 500.0 / 26.0);
        let centre = z.invert(Point::new(500.0, 250.0));
        assert!((centre.x - 500.0).abs() < 1e-9 && (centre.y - 250.0).abs() < 1e-9);
    }
}
