//! Composing a whole picture from a prompt (sky, ground, backdrop,
//! decorations, companion, subject) and encoding it as a PNG.

use crate::canvas::{Canvas, Rgb, Shape};
use crate::creatures;
use crate::paint::Painter;
use crate::people;
use crate::prompt::{Ground, Spec, Subject, Time};
use crate::scene::{self, Layout};
use crate::things;
use storyloom_plugin_sdk::rng::Rng;

/// Requested size clamped to what the plugin draws: 512..=1024 a side, 0 meaning 512.
pub fn size(width: u32, height: u32) -> (u32, u32) {
    let side = |v: u32| if v == 0 { 512 } else { v.clamp(512, 1024) };
    (side(width), side(height))
}

/// How tall a subject is drawn, in units of the shorter side's percent.
fn scale(s: Subject) -> f32 {
    match s {
        Subject::Castle => 0.42,
        Subject::Mountain | Subject::House | Subject::Tree | Subject::Flower => 0.52,
        Subject::Boat => 0.46,
        _ => 0.42,
    }
}

/// Where and how big to draw something: base centre, unit size, mirrored or not.
#[derive(Debug, Clone, Copy)]
struct Spot {
    x: f32,
    y: f32,
    u: f32,
    flip: bool,
}

fn draw_subject(p: &mut Painter, s: Subject, spec: &Spec, at: Spot, rng: &mut Rng) {
    let Spot { x, y, u, flip } = at;
    let snowy = spec.ground == Ground::Snow;
    let mut pen = p.pen(x, y, u, flip);
    let shadow = |pen: &mut crate::paint::Pen<'_>, rx: f32| pen.shadow(rx, rx * 0.16);
    match s {
        Subject::Animal(a) => {
            shadow(&mut pen, 30.0);
            creatures::animal(&mut pen, a, rng);
        }
        Subject::Child(k) => {
            shadow(&mut pen, 26.0);
            // Only the main character wears the cast's look (a companion is someone else).
            let look = (s == spec.subject).then_some(&spec.look);
            people::child(&mut pen, k, rng, look);
        }
        Subject::Owl => {
            shadow(&mut pen, 28.0);
            creatures::owl(&mut pen, rng);
        }
        Subject::Dragon => {
            shadow(&mut pen, 50.0);
            creatures::dragon(&mut pen, rng);
        }
        Subject::Robot => {
            shadow(&mut pen, 32.0);
            creatures::robot(&mut pen, rng);
        }
        Subject::Blob => {
            shadow(&mut pen, 34.0);
            creatures::blob(&mut pen, rng, spec.alien);
        }
        Subject::Rocket => {
            if spec.ground != Ground::Space {
                shadow(&mut pen, 34.0);
            }
            things::rocket(&mut pen, rng);
        }
        Subject::Boat => things::boat(&mut pen, rng),
        Subject::Fish => things::fish(&mut pen, rng),
        Subject::Castle => {
            shadow(&mut pen, 62.0);
            things::castle(&mut pen, rng);
        }
        Subject::House => {
            shadow(&mut pen, 48.0);
            things::house(&mut pen, rng);
        }
        Subject::Tree => {
            shadow(&mut pen, 40.0);
            things::tree(&mut pen, rng, snowy);
        }
        Subject::Mountain => things::mountain(&mut pen, rng),
        Subject::Flower => things::flower(&mut pen, rng, 1.0),
    }
}

fn decorations(p: &mut Painter, spec: &Spec, rng: &mut Rng, lay: &Layout) {
    let (w, h, unit) = (p.w(), p.h(), p.unit());
    let near = |rng: &mut Rng| (rng.range(0.0, w), rng.range(lay.horizon + unit * 14.0, h - unit * 2.0));
    match spec.ground {
        Ground::Grass => {
            let tuft = p.lit(Rgb(70, 150, 70));
            for _ in 0..18 {
                let (x, y) = near(rng);
                let s = unit * rng.range(0.8, 1.4);
                for dx in [-1.0, 0.0, 1.0] {
                    p.cv.fill(&Shape::tri((x + dx * s - s * 0.4, y), (x + dx * s + s * 0.4, y), (x + dx * s * 1.6, y - s * 2.2)), tuft);
                }
            }
            let count = if spec.flowers { 16 } else { 6 };
            for _ in 0..count {
                let (x, y) = near(rng);
                let mut pen = p.pen(x, y, unit * rng.range(0.1, 0.16), false);
                things::flower(&mut pen, rng, 0.8);
            }
        }
        Ground::Beach => {
            for _ in 0..5 {
                let (x, y) = near(rng);
                let c = p.lit(rng.pick_or(&[Rgb(250, 190, 200), Rgb(250, 230, 210), Rgb(240, 160, 120)], Rgb(250, 190, 200)));
                p.cv.outlined(&Shape::Ellipse { x, y, rx: unit * 1.4, ry: unit * 1.0 }, c, unit * 0.3);
            }
        }
        Ground::Snow => {
            for _ in 0..60 {
                let (x, y) = (rng.range(0.0, w), rng.range(0.0, h));
                p.cv.fill_grown(&Shape::Circle { x, y, r: unit * rng.range(0.25, 0.6) }, 0.0, Rgb(255, 255, 255), 0.85);
            }
        }
        Ground::Desert => {
            let (x, y) = near(rng);
            let mut pen = p.pen(x, y, unit * 0.22, rng.coin());
            let green = Rgb(90, 170, 90);
            pen.group(&[(-16.0, -36.0, 5.0), (-16.0, -28.0, 5.0), (-12.0, -22.0, 5.0), (-6.0, -21.0, 5.0)], green);
            pen.group(&[(14.0, -46.0, 4.5), (14.0, -40.0, 4.5), (10.0, -34.0, 4.5), (5.0, -33.0, 4.5)], green);
            pen.group(&[(0.0, -54.0, 7.0), (0.0, -40.0, 7.0), (0.0, -26.0, 7.0), (0.0, -12.0, 7.0), (0.0, -4.0, 7.0)], green);
        }
        Ground::Water | Ground::Space => {}
    }
    if spec.mushrooms && matches!(spec.ground, Ground::Grass | Ground::Snow) {
        for _ in 0..4 {
            let (x, y) = near(rng);
            let mut pen = p.pen(x, y, unit * 0.35, false);
            things::mushroom(&mut pen, rng.range(0.8, 1.3));
        }
    }
}

/// Paint the picture for a prompt at a size already clamped by [`size`].
pub fn paint(prompt: &str, w: u32, h: u32) -> Canvas {
    let spec = Spec::read(prompt);
    let mut rng = Rng::new(spec.seed);
    let space = spec.ground == Ground::Space;
    let tint = match (space, spec.time) {
        (true, _) => Some((Rgb(70, 50, 130), 0.18)),
        (_, Time::Night) => Some((Rgb(40, 50, 110), 0.42)),
        (_, Time::Sunset) => Some((Rgb(250, 130, 90), 0.16)),
        (_, Time::Dawn) => Some((Rgb(250, 200, 210), 0.1)),
        (_, Time::Day) => None,
    };
    let mut p = Painter { cv: Canvas::new(w, h), tint };
    let (wf, hf, unit) = (p.w(), p.h(), p.unit());
    let left = rng.coin();
    let side = |a: f32, b: f32, rng: &mut Rng| if left { wf * rng.range(a, b) } else { wf * (1.0 - rng.range(a, b)) };
    let subject_x = side(0.36, 0.46, &mut rng);
    let backdrop_x = side(0.12, 0.24, &mut rng);
    let light_x = side(0.74, 0.86, &mut rng);
    let companion_x = side(0.76, 0.84, &mut rng);
    let water = spec.ground == Ground::Water;
    let lay = Layout { horizon: hf * rng.range(0.56, 0.62), base: hf * if water { 0.8 } else { 0.88 }, light_x, green: rng.unit() };

    scene::sky(&mut p, &spec, &mut rng, &lay);
    scene::far_hills(&mut p, &spec, &mut rng, &lay);
    if spec.forest && !space {
        for i in 0..7 {
            let x = wf * (i as f32 + rng.range(0.1, 0.9)) / 7.0;
            let mut pen = p.pen(x, lay.horizon + unit * rng.range(1.0, 5.0), unit * rng.range(0.16, 0.22), false);
            things::tree(&mut pen, &mut rng, spec.ground == Ground::Snow);
        }
    }
    // A mountain is landscape: drawn big behind the near ground, never in front.
    let mountain_main = spec.subject == Subject::Mountain;
    if mountain_main && !space {
        let x = wf * rng.range(0.4, 0.6);
        draw_subject(&mut p, Subject::Mountain, &spec, Spot { x, y: lay.horizon + unit * 8.0, u: unit * 0.5, flip: left }, &mut rng);
    } else if let Some(b) = spec.backdrop.filter(|b| *b != Subject::Flower && !space && !water) {
        let s = if b == Subject::Mountain { 0.4 } else { 0.26 };
        draw_subject(&mut p, b, &spec, Spot { x: backdrop_x, y: lay.horizon + unit * 1.0, u: unit * s, flip: left }, &mut rng);
    }
    scene::ground(&mut p, &spec, &mut rng, &lay);
    decorations(&mut p, &spec, &mut rng, &lay);

    if let Some(c) = spec.companion {
        draw_subject(&mut p, c, &spec, Spot { x: companion_x, y: lay.base - unit * 2.0, u: unit * scale(c) * 0.6, flip: left }, &mut rng);
    }
    let lift = if spec.subject == Subject::Rocket && space { unit * 8.0 } else { 0.0 };
    let u = unit * scale(spec.subject);
    if !mountain_main || space {
        draw_subject(&mut p, spec.subject, &spec, Spot { x: subject_x, y: lay.base - lift, u, flip: !left }, &mut rng);
    }
    if spec.balloon {
        // The string ends at the subject's front paw.
        let dir = if left { 1.0 } else { -1.0 };
        let (hand_x, hand_y) = (subject_x + dir * 19.0 * u, lay.base - 34.0 * u);
        let mut pen = p.pen(hand_x - unit * 0.75, hand_y - unit * 15.0, unit * 0.5, false);
        things::balloon(&mut pen, &mut rng);
    }
    if spec.time == Time::Night && !space {
        for _ in 0..8 {
            let (x, y) = (rng.range(0.0, wf), rng.range(lay.horizon - unit * 5.0, hf * 0.95));
            p.cv.halo(x, y, unit * 0.45, unit * 2.2, Rgb(250, 240, 120), 0.5);
            p.cv.fill(&Shape::Circle { x, y, r: unit * 0.45 }, Rgb(255, 250, 180));
        }
    }
    p.cv
}

/// Paint and encode as an RGB8 PNG.
pub fn render_png(prompt: &str, width: u32, height: u32) -> Result<Vec<u8>, png::EncodingError> {
    let (w, h) = size(width, height);
    let canvas = paint(prompt, w, h);
    let mut out = Vec::with_capacity(canvas.px.len() / 4);
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_compression(png::Compression::Fast);
        let mut writer = enc.write_header()?;
        writer.write_image_data(&canvas.px)?;
        writer.finish()?;
    }
    Ok(out)
}
