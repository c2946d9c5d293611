//! Painting a position phrase (`position.rs`): a big window with the outside
//! seen through it behind whoever stands at it, a bedroom with a bed (the
//! characters lying under its blanket, heads on the pillow, a lamp and a
//! window at night), a big tree whose canopy spreads over them, the crest of
//! a hill under their feet, and a fire's warm glow (a fireplace indoors).

use crate::bedtime;
use crate::canvas::{Rgb, Shape};
use crate::cast::{self, Piece, Plan};
use crate::layout;
use crate::paint::Painter;
use crate::position::Position;
use crate::read::{Spec, Time};
use crate::scene::Layout;

/// A window at (x0, y0)-(x1, y1) with the outside seen through it: the sky of the time, a hill, curtains;
/// in Bible times (`old`) an opening in the plastered wall, no glass, bars or curtains.
pub fn window(p: &mut Painter, rect: (f32, f32, f32, f32), time: Time, snowy: bool, old: bool) {
    let (x0, y0, x1, y1) = rect;
    let u = p.unit();
    let (top, low) = match time {
        Time::Night => (Rgb(22, 30, 74), Rgb(62, 82, 146)),
        Time::Sunset => (Rgb(96, 76, 150), Rgb(250, 160, 120)),
        Time::Dawn => (Rgb(140, 170, 226), Rgb(250, 210, 200)),
        Time::Day => (Rgb(110, 178, 238), Rgb(206, 232, 250)),
    };
    let frame = p.lit(Rgb(246, 242, 232));
    if old {
        crate::bible_room::opening(p, rect, top, low);
    } else {
        p.cv.outlined(&Shape::rect(x0 - u * 2.0, y0 - u * 2.0, x1 + u * 2.0, y1 + u * 2.0), frame, u * 0.5);
    }
    for k in 0..16 {
        let (a, b) = (y0 + (y1 - y0) * k as f32 / 16.0, y0 + (y1 - y0) * (k + 1) as f32 / 16.0);
        p.cv.fill(&Shape::rect(x0, a, x1, b + 1.0), top.mix(low, k as f32 / 15.0));
    }
    let (w, h) = (x1 - x0, y1 - y0);
    if time == Time::Night {
        for (fx, fy) in [(0.15, 0.2), (0.3, 0.5), (0.55, 0.15), (0.85, 0.45), (0.7, 0.3), (0.4, 0.28)] {
            p.cv.fill(&Shape::Circle { x: x0 + w * fx, y: y0 + h * fy, r: u * 0.5 }, Rgb(255, 250, 220));
        }
        let (mx, my, r) = (x0 + w * 0.72, y0 + h * 0.22, u * 4.0);
        p.cv.halo(mx, my, r, r * 2.5, Rgb(250, 240, 200), 0.4);
        p.cv.fill(&Shape::Circle { x: mx, y: my, r }, Rgb(250, 244, 214));
    } else {
        let (sx, sy, r) = (x0 + w * 0.75, y0 + h * 0.25, u * 4.0);
        p.cv.fill(&Shape::Circle { x: sx, y: sy, r }, Rgb(255, 222, 92));
        for (dx, dy, cr) in [(-0.1, 0.0, 1.0), (0.0, -0.05, 1.3), (0.1, 0.0, 1.0)] {
            p.cv.fill(&Shape::Circle { x: x0 + w * (0.3 + dx), y: y0 + h * (0.3 + dy), r: u * 3.0 * cr }, Rgb(255, 255, 255));
        }
    }
    let land = match (snowy, time) {
        (true, _) => Rgb(226, 234, 248),
        (false, Time::Night) => Rgb(50, 90, 90),
        _ => Rgb(120, 190, 100),
    };
    // Two hills, cut off by the frame.
    for (cx, cy, rx, ry, c) in [(0.3, 0.25, 0.6, 0.45, land), (0.85, 0.3, 0.5, 0.45, land.darker(0.08))] {
        let mut pts: Vec<(f32, f32)> = (0..=24)
            .map(|i| x0 + w * i as f32 / 24.0)
            .map(|x| {
                let k = ((x - (x0 + w * cx)) / (w * rx)).clamp(-1.0, 1.0);
                (x, (y1 + h * cy - h * ry * (1.0 - k * k).sqrt()).min(y1))
            })
            .collect();
        pts.extend([(x1, y1), (x0, y1)]);
        p.cv.fill(&Shape::Poly(pts), c);
    }
    // Snow falling outside, flake by flake.
    if snowy {
        for k in 0..28 {
            let (fx, fy) = ((k * 37 % 29) as f32 / 29.0, (k * 53 % 31) as f32 / 31.0);
            let r = u * (0.5 + (k % 3) as f32 * 0.25);
            p.cv.fill(&Shape::Circle { x: x0 + w * (0.03 + fx * 0.94), y: y0 + h * (0.04 + fy * 0.8), r }, Rgb(252, 252, 255));
        }
    }
    if old {
        return;
    }
    // The bars, the sill and the curtains.
    let bar = (u * 1.2).max(2.0);
    p.cv.fill(&Shape::rect((x0 + x1) / 2.0 - bar / 2.0, y0, (x0 + x1) / 2.0 + bar / 2.0, y1), frame);
    p.cv.fill(&Shape::rect(x0, (y0 + y1) / 2.0 - bar / 2.0, x1, (y0 + y1) / 2.0 + bar / 2.0), frame);
    p.cv.outlined(&Shape::rect(x0 - u * 4.0, y1 + u * 1.5, x1 + u * 4.0, y1 + u * 4.0), frame, u * 0.5);
    let curtain = p.lit(Rgb(236, 160, 170));
    for (a, b) in [(x0 - u * 6.0, x0 + w * 0.08), (x1 - w * 0.08, x1 + u * 6.0)] {
        let s = Shape::Poly(vec![(a, y0 - u * 4.0), (b, y0 - u * 4.0), (b - (b - a) * 0.2, y1), (a, y1 + u * 1.0)]);
        p.cv.outlined(&s, curtain, u * 0.5);
    }
    p.cv.fill(&Shape::rect(x0 - u * 8.0, y0 - u * 5.5, x1 + u * 8.0, y0 - u * 4.0), Rgb(150, 110, 80));
}

/// What a position paints behind the characters (and, for a bed, the characters themselves).
pub fn behind(p: &mut Painter, spec: &Spec, lay: &Layout, plan: &Plan, left: bool) {
    let (w, h, u) = (p.w(), p.h(), p.unit());
    let snowy = matches!(spec.position, Some(Position::Window { view: crate::place::Place::Snow }));
    let middle = figures_middle(plan).unwrap_or(w * 0.5);
    let old_room = spec.bible && spec.place == crate::place::Place::Indoors;
    if old_room {
        crate::bible_room::floor(p, lay, middle);
    }
    match spec.position {
        Some(Position::Window { .. }) => {
            let half = w * 0.28;
            let x = middle.clamp(half + u * 8.0, w - half - u * 8.0);
            window(p, (x - half, h * 0.12, x + half, h * 0.6), spec.time, snowy, old_room);
        }
        Some(Position::Bed) => bed(p, spec, lay, lay.light_x > w * 0.5),
        Some(Position::UnderTree) => tree(p, lay, middle, left),
        Some(Position::Hilltop) => {
            let c = p.lit(Rgb(110, 186, 90));
            p.cv.outlined(&Shape::Ellipse { x: w * 0.5, y: crest(h) + h * 0.7, rx: w * 0.85, ry: h * 0.7 }, c, u * 0.6);
        }
        Some(Position::Fire) if spec.place.enclosed() => fireplace(p, middle, lay),
        _ => {}
    }
    // A room at night is lit by a lamp.
    if spec.place == crate::place::Place::Indoors && spec.time == Time::Night && spec.position != Some(Position::Bed) {
        let x = if lay.light_x > w * 0.5 { w * 0.9 } else { w * 0.1 };
        if old_room {
            crate::bible_room::oil_lamp(p, x, lay.horizon + u * 14.0, u * 1.5);
        } else {
            bedtime::lamp(p, x, lay.horizon + u * 14.0, u);
        }
    }
}

/// The warm glow of a fire, over the ground around it (drawn before the characters).
pub fn fire_glow(p: &mut Painter, spec: &Spec, plan: &Plan) {
    if spec.position != Some(Position::Fire) {
        return;
    }
    let u = p.unit();
    for (piece, at) in &plan.pieces {
        if matches!(piece, Piece::Small { t, .. } if t.noun == "campfire") {
            p.cv.halo(at.x, at.y - at.u * 14.0, u * 4.0, u * 30.0, Rgb(255, 170, 80), 0.45);
        }
    }
}

/// Where the crest of a hill is, in pixels.
fn crest(h: f32) -> f32 {
    h * 0.66
}

/// On a hilltop the characters stand on the crest, each on the hill's curve under them.
pub fn lift(plan: &mut Plan, spec: &Spec, w: f32, h: f32) {
    if spec.position != Some(Position::Hilltop) {
        return;
    }
    let (cx, rx, ry) = (w * 0.5, w * 0.85, h * 0.7);
    for (_, at) in &mut plan.pieces {
        let k = ((at.x - cx) / rx).clamp(-1.0, 1.0);
        let ground = crest(h) + ry * (1.0 - (1.0 - k * k).sqrt()) + h * 0.01;
        let dy = (at.y - ground).max(0.0);
        at.y -= dy;
        at.bbox.y0 -= dy;
        at.bbox.y1 -= dy;
    }
}

/// The middle of the characters standing in the row.
fn figures_middle(plan: &Plan) -> Option<f32> {
    let xs: Vec<f32> = plan.pieces.iter().filter(|(piece, _)| matches!(piece, Piece::Figure { .. })).map(|(_, at)| at.x).collect();
    (!xs.is_empty()).then(|| xs.iter().sum::<f32>() / xs.len() as f32)
}

/// A big tree behind them: its trunk to one side, its canopy spread over their heads.
fn tree(p: &mut Painter, lay: &Layout, middle: f32, left: bool) {
    let (w, h, u) = (p.w(), p.h(), p.unit());
    let trunk_x = (middle + if left { w * 0.2 } else { -w * 0.2 }).clamp(w * 0.12, w * 0.88);
    let bark = p.lit(Rgb(130, 88, 60));
    let trunk = Shape::Poly(vec![
        (trunk_x - u * 6.0, lay.base - h * 0.08),
        (trunk_x + u * 6.0, lay.base - h * 0.08),
        (trunk_x + u * 3.5, h * 0.25),
        (trunk_x - u * 3.5, h * 0.25),
    ]);
    p.cv.fill_grown(&Shape::Ellipse { x: middle, y: lay.base - h * 0.06, rx: w * 0.42, ry: h * 0.05 }, 0.0, Rgb(30, 60, 30), 0.25);
    p.cv.outlined(&trunk, bark, u * 0.6);
    let leaf = p.lit(Rgb(76, 160, 84));
    let cx = (middle + trunk_x) / 2.0;
    let blobs = [(-0.3, 0.26, 0.15), (0.3, 0.26, 0.15), (-0.15, 0.16, 0.18), (0.15, 0.14, 0.18), (0.0, 0.26, 0.17), (0.0, 0.08, 0.15)];
    for pass in 0..2 {
        for &(dx, y, r) in &blobs {
            let s = Shape::Circle { x: cx + dx * w, y: h * y, r: w * r };
            if pass == 0 {
                p.cv.fill_grown(&s, u * 0.7, leaf.darker(0.55), 1.0);
            } else {
                p.cv.fill(&s, leaf);
            }
        }
    }
    for &(dx, y) in &[(-0.2, 0.12), (0.1, 0.06), (0.25, 0.2)] {
        p.cv.fill(&Shape::Circle { x: cx + dx * w, y: h * y, r: w * 0.05 }, leaf.lighter(0.15));
    }
}

/// A stone fireplace in the back wall with a fire burning in it.
fn fireplace(p: &mut Painter, x: f32, lay: &Layout) {
    let u = p.unit();
    let floor = lay.horizon + u * 14.0;
    let stone = p.lit(Rgb(190, 170, 150));
    p.cv.outlined(&Shape::rect(x - u * 20.0, floor - u * 30.0, x + u * 20.0, floor), stone, u * 0.5);
    p.cv.fill(&Shape::rect(x - u * 23.0, floor - u * 33.0, x + u * 23.0, floor - u * 29.0), stone.darker(0.2));
    p.cv.fill(&Shape::rect(x - u * 12.0, floor - u * 18.0, x + u * 12.0, floor), Rgb(50, 36, 34));
    p.cv.halo(x, floor - u * 6.0, u * 4.0, u * 30.0, Rgb(255, 170, 80), 0.45);
    let mut pen = p.pen(x, floor - u * 1.0, u * 0.45, false);
    crate::objects::object(&mut pen, "campfire", Rgb(250, 150, 40));
}

/// A bedroom: the bed in the middle, the characters lying in it under the blanket, heads on the pillow,
/// a window on the wall and (at night) a lamp by the bed's head.
fn bed(p: &mut Painter, spec: &Spec, lay: &Layout, head_right: bool) {
    let (w, h, u) = (p.w(), p.h(), p.unit());
    let s = if head_right { 1.0 } else { -1.0 };
    let (bw, cx) = (w * 0.66, w * 0.5 - s * w * 0.06);
    let (head, foot) = (cx + s * bw / 2.0, cx - s * bw / 2.0);
    let top = lay.base - h * 0.17;
    let wood = p.lit(Rgb(176, 122, 84));
    // The window over the foot of the bed, the lamp beside its head.
    let wx = (foot + cx) / 2.0;
    window(p, (wx - w * 0.13, h * 0.12, wx + w * 0.13, h * 0.4), spec.time, false, spec.bible);
    match (spec.time, spec.bible) {
        (Time::Night, true) => crate::bible_room::oil_lamp(p, head + s * w * 0.1, lay.base, u * 1.5),
        (Time::Night, false) => bedtime::lamp(p, head + s * w * 0.1, lay.base, u),
        _ => {}
    }
    let outline = u * 0.5;
    if spec.bible {
        // Bible times: no bedstead, a straw-filled mat on the floor.
        crate::bible_room::sleeping_mat(p, (foot.min(head), top, foot.max(head), lay.base));
    } else {
        let (hl, hr) = (head.min(head + s * u * 5.0), head.max(head + s * u * 5.0));
        p.cv.outlined(&Shape::rect(hl, top - h * 0.2, hr, lay.base), wood, outline);
        p.cv.outlined(&Shape::Ellipse { x: (hl + hr) / 2.0, y: top - h * 0.2, rx: u * 5.0, ry: u * 3.0 }, wood, outline);
        let (fl, fr) = (foot.min(foot - s * u * 5.0), foot.max(foot - s * u * 5.0));
        p.cv.outlined(&Shape::rect(fl, top - h * 0.06, fr, lay.base), wood, outline);
        p.cv.outlined(&Shape::rect(foot.min(head), top, foot.max(head), top + h * 0.07), p.lit(Rgb(246, 240, 236)), outline);
    }
    let pillow = (head - s * w * 0.12, top - h * 0.025);
    p.cv.outlined(&Shape::Ellipse { x: pillow.0, y: pillow.1, rx: w * 0.11, ry: h * 0.04 }, p.lit(Rgb(250, 250, 252)), outline);
    // The characters, the farthest first; a group shares the bed.
    let sleepers: Vec<crate::read::Figure> =
        spec.figures.iter().flat_map(|f| (0..f.count.min(3)).map(move |k| cast::member(f, k))).take(3).collect();
    let mut covered = (f32::MAX, f32::MIN, f32::MAX);
    for (k, f) in sleepers.iter().enumerate().rev() {
        let flip = !head_right;
        let ext = layout::measure(|p, x, y, u| cast::lying(p, f, x, y, u, flip));
        let size = (ext.left + ext.right).max(1.0);
        let fu = bw * 0.68 / size;
        let y = top + h * 0.02 - k as f32 * h * 0.05;
        let head_edge = pillow.0 + s * w * 0.05 - s * k as f32 * w * 0.03;
        let x = if head_right { head_edge - ext.right * fu } else { head_edge + ext.right * fu };
        cast::lying(p, f, x, y, fu, flip);
        let (l, r) = (x - ext.left * fu, x + ext.right * fu);
        // A person's head is the last two-fifths; a creature's face (ears or snout beyond it) sits further in.
        let body = if f.fam == crate::catalog::Fam::Person { 0.58 } else { 0.34 };
        let neck = if head_right { l + size * fu * body } else { r - size * fu * body };
        covered = (covered.0.min(neck.min(foot)), covered.1.max(neck.max(foot)), covered.2.min(y - ext.up * fu));
    }
    if sleepers.is_empty() {
        covered = (foot.min(cx), foot.max(cx), top - h * 0.03);
    }
    // The blanket over them, up to their chins, hanging over the side.
    let blanket = p.lit(if spec.bible { Rgb(170, 120, 90) } else { Rgb(150, 180, 230) });
    let (bl, br, bt) = (covered.0 - u * 1.0, covered.1 + u * 1.0, covered.2 - h * 0.01);
    // A soft hump over the bodies, falling to the mattress at the foot.
    let (hump, low) = (bt, top - h * 0.01);
    let mut pts: Vec<(f32, f32)> = (0..=16)
        .map(|i| i as f32 / 16.0)
        .map(|t| (bl + (br - bl) * t, low + (hump - low) * (std::f32::consts::PI * (0.15 + 0.7 * t)).sin().sqrt()))
        .collect();
    pts.extend([(br, top + h * 0.1), (bl, top + h * 0.1)]);
    let quilt = Shape::Poly(pts);
    p.cv.outlined(&quilt, blanket, outline);
    // Little stars on the quilt, and its hem.
    // A woollen blanket in Bible times: plain, no stars.
    for i in (0..8).filter(|_| !spec.bible) {
        let (x, y) = (bl + (br - bl) * (0.1 + 0.8 * (i % 4) as f32 / 3.0), top + h * (0.02 + 0.035 * (i / 4) as f32));
        p.cv.fill(&Shape::Circle { x, y, r: u * 0.9 }, Rgb(255, 236, 160));
    }
    p.cv.fill(&Shape::rect(bl, top + h * 0.085, br, top + h * 0.1), blanket.darker(0.15));
}
