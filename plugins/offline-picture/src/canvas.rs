//! An RGB pixel canvas with anti-aliased filled shapes: circles, ellipses and
//! convex polygons, each optionally grown outward (for outlines and glows),
//! plus vertical gradients and alpha blending.

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Mix toward `other` by `t` (0 = self, 1 = other).
    pub fn mix(self, other: Rgb, t: f32) -> Rgb {
        let t = t.clamp(0.0, 1.0);
        let m = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * t + 0.5) as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }

    /// A darker shade, for outlines and shadows.
    pub fn darker(self, t: f32) -> Rgb {
        self.mix(Rgb(30, 20, 40), t)
    }

    /// A lighter tint, for highlights.
    pub fn lighter(self, t: f32) -> Rgb {
        self.mix(Rgb(255, 255, 255), t)
    }
}

/// A filled shape in pixel coordinates.
#[derive(Debug, Clone)]
pub enum Shape {
    Circle {
        x: f32,
        y: f32,
        r: f32,
    },
    Ellipse {
        x: f32,
        y: f32,
        rx: f32,
        ry: f32,
    },
    /// A convex polygon, corners in either winding order.
    Poly(Vec<(f32, f32)>),
}

impl Shape {
    pub fn rect(x0: f32, y0: f32, x1: f32, y1: f32) -> Shape {
        Shape::Poly(vec![(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
    }

    pub fn tri(a: (f32, f32), b: (f32, f32), c: (f32, f32)) -> Shape {
        Shape::Poly(vec![a, b, c])
    }

    /// Bounding box (x0, y0, x1, y1), grown by `grow` pixels and the edge blur.
    fn bounds(&self, grow: f32) -> (f32, f32, f32, f32) {
        let g = grow + 1.0;
        match self {
            Shape::Circle { x, y, r } => (x - r - g, y - r - g, x + r + g, y + r + g),
            Shape::Ellipse { x, y, rx, ry } => (x - rx - g, y - ry - g, x + rx + g, y + ry + g),
            Shape::Poly(pts) => pts.iter().fold((f32::MAX, f32::MAX, f32::MIN, f32::MIN), |(a, b, c, d), &(px, py)| {
                (a.min(px - g), b.min(py - g), c.max(px + g), d.max(py + g))
            }),
        }
    }
}

/// Signed distances to the edges of a convex polygon, precomputed per shape.
struct Edges(Vec<(f32, f32, f32)>);

impl Edges {
    fn new(pts: &[(f32, f32)]) -> Edges {
        let n = pts.len();
        let area: f32 = (0..n)
            .map(|i| {
                let (a, b) = (pts[i], pts[(i + 1) % n]);
                a.0 * b.1 - b.0 * a.1
            })
            .sum();
        let sign = if area >= 0.0 { 1.0 } else { -1.0 };
        Edges(
            (0..n)
                .filter_map(|i| {
                    let (a, b) = (pts[i], pts[(i + 1) % n]);
                    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
                    let len = (dx * dx + dy * dy).sqrt();
                    (len > 1e-6).then(|| {
                        let (nx, ny) = (-dy / len * sign, dx / len * sign);
                        (nx, ny, -(nx * a.0 + ny * a.1))
                    })
                })
                .collect(),
        )
    }

    /// Distance inside the polygon (negative outside).
    fn inside(&self, x: f32, y: f32) -> f32 {
        self.0.iter().fold(f32::MAX, |m, &(nx, ny, c)| m.min(nx * x + ny * y + c))
    }
}

/// The picture being painted.
pub struct Canvas {
    pub w: u32,
    pub h: u32,
    pub px: Vec<u8>,
}

impl Canvas {
    pub fn new(w: u32, h: u32) -> Canvas {
        Canvas { w, h, px: vec![0; w as usize * h as usize * 3] }
    }

    /// Blend `c` into pixel (x, y) with opacity `a`.
    #[inline]
    pub fn blend(&mut self, x: usize, y: usize, c: Rgb, a: f32) {
        if x >= self.w as usize || y >= self.h as usize || a <= 0.0 {
            return;
        }
        let i = (y * self.w as usize + x) * 3;
        let a = a.min(1.0);
        for (k, v) in [c.0, c.1, c.2].into_iter().enumerate() {
            let old = f32::from(self.px[i + k]);
            self.px[i + k] = (old + (f32::from(v) - old) * a + 0.5) as u8;
        }
    }

    /// Fill rows `y0..y1` with a vertical gradient through `stops` (position 0..1, colour).
    pub fn gradient(&mut self, y0: u32, y1: u32, stops: &[(f32, Rgb)]) {
        let span = (y1.saturating_sub(y0)).max(1) as f32;
        for y in y0..y1.min(self.h) {
            let t = (y - y0) as f32 / span;
            let c = gradient_at(stops, t);
            let row = y as usize * self.w as usize * 3;
            for x in 0..self.w as usize {
                self.px[row + x * 3..row + x * 3 + 3].copy_from_slice(&[c.0, c.1, c.2]);
            }
        }
    }

    /// Fill `shape` grown by `grow` pixels with colour `c` at opacity `alpha`.
    pub fn fill_grown(&mut self, shape: &Shape, grow: f32, c: Rgb, alpha: f32) {
        let (x0, y0, x1, y1) = shape.bounds(grow);
        let xs = x0.max(0.0) as usize..(x1.max(0.0) as usize + 1).min(self.w as usize);
        let ys = y0.max(0.0) as usize..(y1.max(0.0) as usize + 1).min(self.h as usize);
        let edges = match shape {
            Shape::Poly(pts) => Some(Edges::new(pts)),
            _ => None,
        };
        for y in ys {
            let fy = y as f32 + 0.5;
            for x in xs.clone() {
                let fx = x as f32 + 0.5;
                let inside = match (shape, &edges) {
                    (Shape::Circle { x, y, r }, _) => r - ((fx - x) * (fx - x) + (fy - y) * (fy - y)).sqrt(),
                    (Shape::Ellipse { x, y, rx, ry }, _) => ellipse_inside(fx - x, fy - y, *rx, *ry),
                    (_, Some(e)) => e.inside(fx, fy),
                    _ => -1.0,
                };
                let cover = (inside + grow + 0.5).clamp(0.0, 1.0);
                if cover > 0.0 {
                    self.blend(x, y, c, cover * alpha);
                }
            }
        }
    }

    /// Fill a shape.
    pub fn fill(&mut self, shape: &Shape, c: Rgb) {
        self.fill_grown(shape, 0.0, c, 1.0);
    }

    /// Fill a shape with a darker outline `width` pixels wide around it.
    pub fn outlined(&mut self, shape: &Shape, c: Rgb, width: f32) {
        self.fill_grown(shape, width, c.darker(0.55), 1.0);
        self.fill_grown(shape, 0.0, c, 1.0);
    }

    /// A soft glow: the shape grown in steps with falling opacity.
    pub fn glow(&mut self, shape: &Shape, c: Rgb, reach: f32, alpha: f32) {
        let steps = 6;
        for i in (1..=steps).rev() {
            let t = i as f32 / steps as f32;
            self.fill_grown(shape, reach * t, c, alpha / steps as f32 * 1.6);
        }
    }

    /// A circular ring `width` pixels wide, centred on radius `r`.
    pub fn ring(&mut self, x: f32, y: f32, r: f32, width: f32, c: Rgb) {
        let outer = r + width;
        let xs = (x - outer).max(0.0) as usize..((x + outer).max(0.0) as usize + 1).min(self.w as usize);
        let ys = (y - outer).max(0.0) as usize..((y + outer).max(0.0) as usize + 1).min(self.h as usize);
        for py in ys {
            let dy = py as f32 + 0.5 - y;
            for px in xs.clone() {
                let dx = px as f32 + 0.5 - x;
                let d = (dx * dx + dy * dy).sqrt();
                self.blend(px, py, c, (width * 0.5 - (d - r).abs() + 0.5).clamp(0.0, 1.0));
            }
        }
    }

    /// A smooth round halo around a circle of radius `r`, fading out over `reach` pixels.
    pub fn halo(&mut self, x: f32, y: f32, r: f32, reach: f32, c: Rgb, alpha: f32) {
        let outer = r + reach;
        let xs = (x - outer).max(0.0) as usize..((x + outer).max(0.0) as usize + 1).min(self.w as usize);
        let ys = (y - outer).max(0.0) as usize..((y + outer).max(0.0) as usize + 1).min(self.h as usize);
        let (outer2, inv) = (outer * outer, 1.0 / reach.max(1.0));
        for py in ys {
            let dy = py as f32 + 0.5 - y;
            for px in xs.clone() {
                let dx = px as f32 + 0.5 - x;
                let d2 = dx * dx + dy * dy;
                if d2 < outer2 {
                    let t = (1.0 - (d2.sqrt() - r).max(0.0) * inv).clamp(0.0, 1.0);
                    self.blend(px, py, c, alpha * t * t);
                }
            }
        }
    }
}

/// Approximate signed distance inside an ellipse (positive inside), in pixels.
fn ellipse_inside(dx: f32, dy: f32, rx: f32, ry: f32) -> f32 {
    let (rx, ry) = (rx.max(0.5), ry.max(0.5));
    let f = (dx * dx) / (rx * rx) + (dy * dy) / (ry * ry) - 1.0;
    let gx = 2.0 * dx / (rx * rx);
    let gy = 2.0 * dy / (ry * ry);
    let g = (gx * gx + gy * gy).sqrt().max(1e-4);
    -f / g
}

/// The colour at `t` along gradient stops sorted by position.
pub fn gradient_at(stops: &[(f32, Rgb)], t: f32) -> Rgb {
    let Some(&(first_t, first)) = stops.first() else { return Rgb(0, 0, 0) };
    if t <= first_t {
        return first;
    }
    for w in stops.windows(2) {
        let ((ta, ca), (tb, cb)) = (w[0], w[1]);
        if t <= tb {
            return ca.mix(cb, (t - ta) / (tb - ta).max(1e-6));
        }
    }
    stops.last().map_or(first, |s| s.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn circle_covers_its_centre_not_its_corner() {
        let mut c = Canvas::new(20, 20);
        c.fill(&Shape::Circle { x: 10.0, y: 10.0, r: 5.0 }, Rgb(255, 0, 0));
        assert_eq!(&c.px[(10 * 20 + 10) * 3..(10 * 20 + 10) * 3 + 3], &[255, 0, 0]);
        assert_eq!(&c.px[0..3], &[0, 0, 0]);
    }

    #[test]
    fn polygons_work_in_both_windings() {
        for pts in [vec![(2.0, 2.0), (18.0, 2.0), (10.0, 18.0)], vec![(10.0, 18.0), (18.0, 2.0), (2.0, 2.0)]] {
            let mut c = Canvas::new(20, 20);
            c.fill(&Shape::Poly(pts), Rgb(0, 255, 0));
            assert_eq!(c.px[(8 * 20 + 10) * 3 + 1], 255);
        }
    }

    #[test]
    fn gradient_ends() {
        let stops = [(0.0, Rgb(0, 0, 0)), (1.0, Rgb(200, 100, 0))];
        assert_eq!(gradient_at(&stops, 0.0), Rgb(0, 0, 0));
        assert_eq!(gradient_at(&stops, 1.0), Rgb(200, 100, 0));
    }
}
