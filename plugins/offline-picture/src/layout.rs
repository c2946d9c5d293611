//! Where the characters and the small things stand: each one's real size is
//! measured by drawing it on a small probe canvas, then `row` sets them side
//! by side inside the frame (with a margin), never overlapping, scaling all of
//! them down when there are too many or they are too big to fit.

use crate::canvas::Canvas;
use crate::paint::Painter;

/// How far a drawing reaches from its base point, in the pen's units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Extent {
    pub left: f32,
    pub right: f32,
    pub up: f32,
    pub down: f32,
}

/// A box on the canvas, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bbox {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

impl Bbox {
    /// Whether the two boxes share any area.
    #[cfg(test)]
    pub fn overlaps(&self, o: &Bbox) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    /// Whether the box lies within a `w` x `h` canvas, `margin` pixels from every edge.
    #[cfg(test)]
    pub fn inside(&self, w: f32, h: f32, margin: f32) -> bool {
        self.x0 >= margin - 0.5 && self.y0 >= margin - 0.5 && self.x1 <= w - margin + 0.5 && self.y1 <= h - margin + 0.5
    }
}

/// Probe size and where the base point sits on it (a pen unit is one probe pixel).
const PROBE: (u32, u32) = (560, 480);
const ORIGIN: (f32, f32) = (280.0, 360.0);

/// Measure what `draw` paints when its base point is at (x, y) with a pen unit of `u` pixels.
pub fn measure(draw: impl FnOnce(&mut Painter, f32, f32, f32)) -> Extent {
    let mut p = Painter { cv: Canvas::new(PROBE.0, PROBE.1), tint: None };
    draw(&mut p, ORIGIN.0, ORIGIN.1, 1.0);
    let (w, h) = (PROBE.0 as usize, PROBE.1 as usize);
    let (mut x0, mut y0, mut x1, mut y1) = (w, h, 0, 0);
    for (i, px) in p.cv.px.chunks(3).enumerate() {
        if px.iter().any(|&v| v > 0) {
            let (x, y) = (i % w, i / w);
            x0 = x0.min(x);
            x1 = x1.max(x + 1);
            y0 = y0.min(y);
            y1 = y1.max(y + 1);
        }
    }
    if x1 <= x0 {
        return Extent { left: 0.0, right: 0.0, up: 0.0, down: 0.0 };
    }
    Extent { left: ORIGIN.0 - x0 as f32, right: x1 as f32 - ORIGIN.0, up: ORIGIN.1 - y0 as f32, down: (y1 as f32 - ORIGIN.1).max(0.0) }
}

/// One thing to stand in the row: its measured extent, the pen unit it would like, and how far
/// above the ground line its base point is (in pixels; negative is in front, lower down).
#[derive(Debug, Clone, Copy)]
pub struct Item {
    pub ext: Extent,
    pub u: f32,
    pub lift: f32,
    /// A small thing beside the characters: shrunk first (to half) when the row is too wide.
    pub minor: bool,
}

/// Where an item is drawn: its base point, its pen unit and the box it covers.
#[derive(Debug, Clone, Copy)]
pub struct Placed {
    pub x: f32,
    pub y: f32,
    pub u: f32,
    /// What it covers (the layout tests check these).
    #[cfg_attr(not(test), allow(dead_code))]
    pub bbox: Bbox,
}

/// The frame the row stands in: canvas size, ground line, margin and gap between items (pixels).
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub w: f32,
    pub h: f32,
    pub base: f32,
    pub margin: f32,
    pub gap: f32,
}

/// Set `items` side by side, left to right, inside the frame and never overlapping; when they
/// do not fit, every item is scaled down by the same factor (a tall one alone by its own).
pub fn row(items: &[Item], f: Frame) -> Vec<Placed> {
    let n = items.len();
    if n == 0 {
        return Vec::new();
    }
    let avail = f.w - 2.0 * f.margin;
    let gap = f.gap.min(avail * 0.1 / n as f32);
    // Tall ones: lower a lifted one first, then shrink it to fit between the margins.
    let mut fit: Vec<(f32, f32)> = items
        .iter()
        .map(|it| {
            let (e, mut u, mut lift) = (it.ext, it.u, it.lift);
            if lift > 0.0 && f.base - lift - e.up * u < f.margin {
                lift = (f.base - f.margin - e.up * u).max(0.0);
            }
            let y = f.base - lift;
            if e.up > 0.0 && y - e.up * u < f.margin {
                u = (y - f.margin) / e.up;
            }
            if e.down > 0.0 && y + e.down * u > f.h - f.margin {
                u = u.min((f.h - f.margin - y) / e.down);
            }
            (u.max(0.0), lift)
        })
        .collect();
    let width = |fit: &[(f32, f32)]| items.iter().zip(fit).map(|(it, (u, _))| (it.ext.left + it.ext.right) * u).sum::<f32>();
    let room = avail - gap * (n - 1) as f32;
    let total = width(&fit);
    if total > room && total > 0.0 {
        let minor: f32 = items.iter().zip(&fit).filter(|(it, _)| it.minor).map(|(it, (u, _))| (it.ext.left + it.ext.right) * u).sum();
        let major = total - minor;
        // The small things give way first, down to half their size; then everything shrinks alike.
        let (km, k) =
            if minor > 0.0 && major + minor * 0.5 <= room { ((room - major) / minor, 1.0) } else { (0.5, room / (major + minor * 0.5)) };
        for (it, (u, _)) in items.iter().zip(&mut fit) {
            *u *= k * if it.minor { km } else { 1.0 };
        }
    }
    // Spread the free room between them (not too far apart), the row centred.
    let free = (room - width(&fit)).max(0.0);
    let pad = (free / (n + 1) as f32).min(f.w * 0.06);
    let mut cursor = f.margin + (free - pad * (n - 1) as f32) / 2.0;
    let mut out = Vec::with_capacity(n);
    for (it, &(u, lift)) in items.iter().zip(&fit) {
        let e = it.ext;
        let x = cursor + e.left * u;
        let y = f.base - lift;
        out.push(Placed { x, y, u, bbox: Bbox { x0: x - e.left * u, y0: y - e.up * u, x1: x + e.right * u, y1: y + e.down * u } });
        cursor += (e.left + e.right) * u + gap + pad;
    }
    out
}

/// A single drawing at (x, y) with unit `u`, shrunk, raised and moved only as much as it takes to lie in the frame.
pub fn keep_inside(e: Extent, x: f32, y: f32, u: f32, f: Frame) -> (f32, f32, f32) {
    let mut u = u;
    let wide = (e.left + e.right) * u;
    if wide > f.w - 2.0 * f.margin && wide > 0.0 {
        u *= (f.w - 2.0 * f.margin) / wide;
    }
    // Too low: raised; then too tall: shrunk.
    let y = y.min(f.h - f.margin - e.down * u);
    if e.up > 0.0 && y - e.up * u < f.margin {
        u = u.min((y - f.margin) / e.up);
    }
    let u = u.max(0.0);
    let x = x.clamp(f.margin + e.left * u, (f.w - f.margin - e.right * u).max(f.margin + e.left * u));
    (x, y, u)
}
