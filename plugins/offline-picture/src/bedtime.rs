//! Bedtime pictures: the host ends every picture prompt of a bedtime story
//! with "soft warm night-time light, pastel colours, gentle amber glow, calm
//! and sleepy". Those words are a style, never things to draw: they make the
//! picture a calm, warm night (moon and stars outside, a lamp-lit room
//! inside), its colours soft pastels with a gentle amber glow.

use crate::canvas::{Rgb, Shape};
use crate::paint::Painter;
use crate::read::Time;

/// Words only the bedtime style says.
const STYLE: &[&str] = &["night-time light", "calm and sleepy", "gentle amber glow"];

/// Whether the prompt is a bedtime story's (its style, wherever it is said).
pub fn said(prompt: &str) -> bool {
    let lower = prompt.to_lowercase();
    STYLE.iter().any(|k| lower.contains(k))
}

/// The light of a bedtime picture: night, unless the scene itself says sunset.
pub fn time(said: Time, bedtime: bool) -> Time {
    match said {
        Time::Sunset => Time::Sunset,
        _ if bedtime => Time::Night,
        other => other,
    }
}

/// The warm light of a room at night, lit by a lamp.
pub const LAMPLIGHT: (Rgb, f32) = (Rgb(170, 110, 80), 0.22);
/// A bedtime night outside: softer and warmer than a plain night.
pub const SOFT_NIGHT: (Rgb, f32) = (Rgb(70, 62, 120), 0.26);

/// A gentle amber glow over the middle of the picture, where the characters are.
pub fn glow(p: &mut Painter, x: f32, y: f32) {
    let u = p.unit();
    p.cv.halo(x, y, u * 8.0, u * 46.0, Rgb(255, 196, 120), 0.16);
}

/// Soften every colour toward a pastel: less saturated, a little lighter, a touch of amber.
pub fn pastel(p: &mut Painter) {
    for px in p.cv.px.chunks_mut(3) {
        let [r, g, b] = [f32::from(px[0]), f32::from(px[1]), f32::from(px[2])];
        let grey = r * 0.3 + g * 0.59 + b * 0.11;
        for (v, amber) in px.iter_mut().zip([255.0, 214.0, 170.0]) {
            let soft = f32::from(*v) * 0.78 + grey * 0.22;
            *v = (soft * 0.9 + amber * 0.1).clamp(0.0, 255.0) as u8;
        }
    }
}

/// A bedside lamp on a little table, glowing amber, with its base at (x, y).
pub fn lamp(p: &mut Painter, x: f32, y: f32, u: f32) {
    let wood = p.lit(Rgb(170, 120, 80));
    let outline = (u * 0.5).clamp(1.2, 4.0);
    p.cv.outlined(&Shape::rect(x - u * 7.0, y - u * 14.0, x + u * 7.0, y), wood, outline);
    p.cv.outlined(&Shape::rect(x - u * 8.0, y - u * 15.5, x + u * 8.0, y - u * 13.0), wood.darker(0.1), outline);
    let top = y - u * 15.5;
    p.cv.outlined(&Shape::rect(x - u * 0.8, top - u * 7.0, x + u * 0.8, top), Rgb(200, 170, 120), outline);
    p.cv.halo(x, top - u * 10.0, u * 5.0, u * 34.0, Rgb(255, 200, 120), 0.45);
    let shade = Shape::Poly(vec![
        (x - u * 6.5, top - u * 6.0),
        (x + u * 6.5, top - u * 6.0),
        (x + u * 4.0, top - u * 14.0),
        (x - u * 4.0, top - u * 14.0),
    ]);
    p.cv.outlined(&shade, Rgb(255, 214, 150), outline);
}
