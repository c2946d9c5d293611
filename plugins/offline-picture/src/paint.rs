//! Painting helpers over the canvas: a light tint for the time of day (so a
//! night scene's grass and characters look moonlit) and a `Pen` that draws
//! outlined shapes in a subject's own local units, optionally mirrored.

use crate::canvas::{Canvas, Rgb, Shape};

/// The canvas plus the scene's lighting.
pub struct Painter {
    pub cv: Canvas,
    /// Colour every lit surface is pulled toward, and how far.
    pub tint: Option<(Rgb, f32)>,
}

impl Painter {
    /// A surface colour under the scene's light.
    pub fn lit(&self, c: Rgb) -> Rgb {
        match self.tint {
            Some((t, a)) => c.mix(t, a),
            None => c,
        }
    }

    pub fn w(&self) -> f32 {
        self.cv.w as f32
    }

    pub fn h(&self) -> f32 {
        self.cv.h as f32
    }

    /// Pixels per "percent" of the shorter side, for sizes that should not stretch.
    pub fn unit(&self) -> f32 {
        self.cv.w.min(self.cv.h) as f32 / 100.0
    }

    /// A pen whose origin is (x, y) in pixels and whose unit is `u` pixels.
    pub fn pen(&mut self, x: f32, y: f32, u: f32, flip: bool) -> Pen<'_> {
        Pen {
            p: self,
            ox: x,
            oy: y,
            u,
            flip: if flip { -1.0 } else { 1.0 },
            asleep: false,
            lids: false,
            laugh: false,
            curl: None,
            pose: Default::default(),
        }
    }
}

/// How much lower an animal curled up asleep is than standing.
const HUNCH: f32 = 0.7;

/// Draws in local units around an origin; y grows downward, as on the canvas.
pub struct Pen<'a> {
    pub p: &'a mut Painter,
    pub ox: f32,
    pub oy: f32,
    pub u: f32,
    pub flip: f32,
    /// Lying on its side with the eyes closed: what is drawn upright is turned a quarter over.
    pub asleep: bool,
    /// Eyes closed (asleep, or hurt): each eye a curved lid line.
    pub lids: bool,
    /// Laughing: the smile is a wide open mouth.
    pub laugh: bool,
    /// Curled up asleep (an animal): the body lowered by this many units to rest on the ground, the legs tucked
    /// under it (whatever would go below the ground is drawn flat on it), and hunched low. Upright, never turned over.
    pub curl: Option<f32>,
    /// Kneeling, sitting or bowing, hands together in prayer (a person awake): `pose::bend` moves each point.
    pub pose: crate::pose::Pose,
}

impl Pen<'_> {
    fn at(&self, x: f32, y: f32) -> (f32, f32) {
        if let Some(legs) = self.curl {
            return (self.ox + x * self.u * self.flip, self.oy + (y + legs).min(0.0) * HUNCH * self.u);
        }
        if self.asleep {
            // Turned over: up becomes sideways, the body's width stands on the ground.
            return (self.ox + (-y - 45.0) * self.u * self.flip, self.oy + (x * self.flip - 24.0) * self.u);
        }
        let (x, y) = crate::pose::bend(self.pose.stance, x, y);
        (self.ox + x * self.u * self.flip, self.oy + y * self.u)
    }

    /// Radii of an ellipse, swapped when lying.
    fn radii(&self, rx: f32, ry: f32) -> (f32, f32) {
        if self.asleep {
            (ry * self.u, rx * self.u)
        } else if self.curl.is_some() {
            (rx * self.u, ry * HUNCH * self.u)
        } else {
            (rx * self.u, ry * self.u)
        }
    }

    fn outline(&self) -> f32 {
        (self.u * 1.1).clamp(1.2, 4.0)
    }

    fn draw(&mut self, s: Shape, c: Rgb, outline: bool) {
        let c = self.p.lit(c);
        if outline {
            let w = self.outline();
            self.p.cv.outlined(&s, c, w);
        } else {
            self.p.cv.fill(&s, c);
        }
    }

    pub fn circle(&mut self, x: f32, y: f32, r: f32, c: Rgb) {
        let (x, y) = self.at(x, y);
        self.draw(Shape::Circle { x, y, r: r * self.u }, c, true);
    }

    pub fn ellipse(&mut self, x: f32, y: f32, rx: f32, ry: f32, c: Rgb) {
        let (x, y) = self.at(x, y);
        let (rx, ry) = self.radii(rx, ry);
        self.draw(Shape::Ellipse { x, y, rx, ry }, c, true);
    }

    pub fn poly(&mut self, pts: &[(f32, f32)], c: Rgb) {
        let pts = pts.iter().map(|&(x, y)| self.at(x, y)).collect();
        self.draw(Shape::Poly(pts), c, true);
    }

    pub fn rect(&mut self, x0: f32, y0: f32, x1: f32, y1: f32, c: Rgb) {
        self.poly(&[(x0, y0), (x1, y0), (x1, y1), (x0, y1)], c);
    }

    /// Shapes without an outline: eyes, highlights, patterns.
    pub fn dot(&mut self, x: f32, y: f32, r: f32, c: Rgb) {
        let (x, y) = self.at(x, y);
        self.draw(Shape::Circle { x, y, r: r * self.u }, c, false);
    }

    pub fn flat_ellipse(&mut self, x: f32, y: f32, rx: f32, ry: f32, c: Rgb) {
        let (x, y) = self.at(x, y);
        let (rx, ry) = self.radii(rx, ry);
        self.draw(Shape::Ellipse { x, y, rx, ry }, c, false);
    }

    pub fn flat_poly(&mut self, pts: &[(f32, f32)], c: Rgb) {
        let pts = pts.iter().map(|&(x, y)| self.at(x, y)).collect();
        self.draw(Shape::Poly(pts), c, false);
    }

    /// A window or lamp that glows in its own light, untouched by the tint.
    pub fn light(&mut self, x0: f32, y0: f32, x1: f32, y1: f32, c: Rgb) {
        let (a, b) = (self.at(x0, y0), self.at(x1, y1));
        let s = Shape::rect(a.0.min(b.0), a.1.min(b.1), a.0.max(b.0), a.1.max(b.1));
        if self.p.tint.is_some_and(|t| t.1 > 0.3) {
            self.p.cv.glow(&s, c, self.u * 3.0, 0.35);
        }
        let w = self.outline();
        self.p.cv.outlined(&s, c, w);
    }

    /// A soft shadow on the ground under a subject.
    pub fn shadow(&mut self, rx: f32, ry: f32) {
        let (x, y) = self.at(0.0, 0.0);
        let s = Shape::Ellipse { x, y, rx: rx * self.u, ry: ry * self.u };
        self.p.cv.fill_grown(&s, self.u * 2.0, Rgb(20, 30, 40), 0.12);
        self.p.cv.fill_grown(&s, 0.0, Rgb(20, 30, 40), 0.18);
    }

    /// Circles drawn as one silhouette: all outlines first, then all fills.
    pub fn group(&mut self, circles: &[(f32, f32, f32)], c: Rgb) {
        let w = self.outline();
        let c = self.p.lit(c);
        let shapes: Vec<Shape> = circles
            .iter()
            .map(|&(x, y, r)| {
                let (x, y) = self.at(x, y);
                Shape::Circle { x, y, r: r * self.u }
            })
            .collect();
        for s in &shapes {
            self.p.cv.fill_grown(s, w, c.darker(0.55), 1.0);
        }
        for s in &shapes {
            self.p.cv.fill(s, c);
        }
    }

    /// Two friendly eyes with highlights, `gap` apart from the centre.
    pub fn eyes(&mut self, x: f32, y: f32, gap: f32, size: f32) {
        for side in [-1.0, 1.0] {
            let ex = x + side * gap;
            if self.lids {
                // Closed eyes: a curved lid line each, bowed down like a sleeping smile.
                let (r, thick) = (size * 1.25, size * 0.5);
                let arc = |k: f32| (0..=8).map(move |i| std::f32::consts::PI * i as f32 / 8.0).map(move |a| (a.cos() * r, a.sin() * r * k));
                let mut pts: Vec<(f32, f32)> = arc(0.75).map(|(dx, dy)| (ex + dx, y + dy)).collect();
                pts.extend(arc(0.75).collect::<Vec<_>>().into_iter().rev().map(|(dx, dy)| (ex + dx * 0.92, y + dy - thick)));
                self.flat_poly(&pts, Rgb(35, 30, 45));
                continue;
            }
            self.dot(ex, y, size, Rgb(35, 30, 45));
            self.dot(ex + size * 0.3, y - size * 0.35, size * 0.35, Rgb(255, 255, 255));
        }
    }

    /// A small smile: a dark crescent carved by the skin colour.
    pub fn smile(&mut self, x: f32, y: f32, size: f32, skin: Rgb) {
        if self.laugh {
            // A laugh: a wide open mouth, flat on top, with a pink tongue.
            self.flat_ellipse(x, y, size * 1.6, size * 1.4, Rgb(90, 30, 40));
            self.flat_ellipse(x, y + size * 0.8, size * 0.9, size * 0.5, Rgb(235, 110, 120));
            self.flat_poly(
                &[(x - size * 1.8, y - size * 1.5), (x + size * 1.8, y - size * 1.5), (x + size * 1.8, y), (x - size * 1.8, y)],
                skin,
            );
            return;
        }
        self.flat_ellipse(x, y, size, size * 0.7, Rgb(90, 40, 50));
        self.flat_ellipse(x, y - size * 0.38, size * 1.2, size * 0.62, skin);
    }

    /// Rosy cheeks.
    pub fn cheeks(&mut self, x: f32, y: f32, gap: f32, size: f32, skin: Rgb) {
        for side in [-1.0, 1.0] {
            self.flat_ellipse(x + side * gap, y, size, size * 0.6, skin.mix(Rgb(255, 100, 130), 0.5));
        }
    }
}
