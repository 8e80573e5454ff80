//! Pure map maths: projection, fitting into a viewBox and SVG path strings. No Leptos, no web-sys.

pub mod fit;
pub mod path;
pub mod projection;
pub mod zoom;

pub use fit::{Bounds, Fit};
pub use path::{ring_area, PathWriter};
pub use projection::{EqualEarth, Projection};
pub use zoom::Zoom;

/// A point in projected (or viewBox) coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }

    /// Squared distance to another point.
    pub fn distance2(self, other: Point) -> f64 {
        (self.x - other.x).powi(2) + (self.y - other.y).powi(2)
    }
}
