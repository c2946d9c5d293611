//! The fox and the squirrel, drawn so they are never taken for each other
//! (`critters.rs` hands them here). The fox is bigger, stands on four legs
//! with black socks, orange with a white chest, a long pointed snout, tall
//! pointed ears, and its bushy tail out behind with a white tip. The squirrel
//! is small, sits up holding an acorn in its front paws, has little round
//! ears, and its big bushy tail curls up over its back. Both face +x.

use crate::canvas::Rgb;
use crate::look::Look;
use crate::paint::Pen;
use crate::wear::{self, Head};

const INK: Rgb = Rgb(45, 35, 45);
/// The fox's chest, muzzle and tail tip.
pub const WHITE: Rgb = Rgb(255, 250, 245);
const SOCKS: Rgb = Rgb(70, 45, 40);

/// A fox standing side-on, its tail out behind.
pub fn fox(pen: &mut Pen<'_>, fur: Rgb, look: &Look) {
    let head = Head { x: 28.0, y: -54.0, r: 12.0 };
    wear::behind(pen, look, head);
    // The bushy tail out behind, level with the back, its tip white.
    pen.poly(&[(-20.0, -38.0), (-44.0, -44.0), (-64.0, -40.0), (-66.0, -30.0), (-46.0, -24.0), (-22.0, -28.0)], fur);
    pen.poly(&[(-60.0, -41.0), (-72.0, -38.0), (-74.0, -32.0), (-66.0, -29.0), (-60.0, -31.0)], WHITE);
    // Four legs, the far ones a little darker, with black socks.
    for (x, far) in [(-16.0, true), (18.0, true), (-8.0, false), (24.0, false)] {
        let leg = if far { fur.darker(0.15) } else { fur };
        pen.rect(x, -28.0, x + 5.5, -9.0, leg);
        pen.rect(x, -10.0, x + 5.5, 0.0, SOCKS);
    }
    pen.ellipse(2.0, -34.0, 27.0, 12.0, fur);
    pen.flat_ellipse(22.0, -34.0, 8.0, 9.0, WHITE);
    // Tall pointed ears with dark tips, behind the head.
    for x in [20.0, 30.0] {
        pen.poly(&[(x - 4.0, -60.0), (x + 1.0, -80.0), (x + 6.0, -60.0)], fur);
        pen.flat_poly(&[(x - 0.6, -72.0), (x + 1.0, -80.0), (x + 2.6, -72.0)], SOCKS);
    }
    pen.circle(28.0, -54.0, 12.0, fur);
    // The long pointed snout, white underneath, a black nose at its tip.
    pen.poly(&[(34.0, -59.0), (56.0, -50.0), (34.0, -46.0)], fur);
    pen.flat_poly(&[(33.0, -50.0), (54.0, -49.5), (34.0, -45.5)], WHITE);
    pen.dot(55.0, -50.5, 2.6, INK);
    eye(pen, 31.0, -57.0);
    wear::front(pen, look, head);
}

/// A small squirrel sitting up, an acorn in its front paws, its tail curled up over its back.
pub fn squirrel(pen: &mut Pen<'_>, fur: Rgb, look: &Look) {
    // "A red squirrel" is red-brown, not a red crayon's red.
    let fur = if fur.0 > 200 && fur.1 < 90 && fur.2 < 90 { Rgb(190, 90, 45) } else { fur };
    let head = Head { x: 4.0, y: -52.0, r: 12.0 };
    wear::behind(pen, look, head);
    // The tail rises from behind the body up over the back and curls forward over the head.
    let tail = [
        (-12.0, -10.0, 9.0),
        (-22.0, -20.0, 11.0),
        (-28.0, -34.0, 12.5),
        (-28.0, -50.0, 13.0),
        (-22.0, -66.0, 12.5),
        (-12.0, -78.0, 11.0),
        (0.0, -84.0, 9.0),
        (9.0, -80.0, 6.5),
    ];
    pen.group(&tail, fur);
    for (x, y, r) in tail {
        pen.dot(x - 1.0, y, r * 0.5, fur.lighter(0.15));
    }
    for x in [-6.0, 10.0] {
        pen.ellipse(x, -3.0, 8.0, 4.0, fur.darker(0.12));
    }
    pen.ellipse(2.0, -25.0, 13.0, 18.0, fur);
    pen.flat_ellipse(4.0, -22.0, 8.0, 12.0, fur.lighter(0.6));
    // Little round ears.
    for x in [-4.0, 12.0] {
        pen.circle(x, -63.0, 4.2, fur);
        pen.dot(x, -63.0, 2.0, Rgb(250, 170, 180));
    }
    pen.circle(4.0, -52.0, 12.0, fur);
    pen.eyes(4.0, -53.0, 5.0, 2.2);
    pen.dot(4.0, -46.5, 1.7, INK);
    pen.smile(4.0, -44.5, 1.6, fur);
    // The acorn held up in both front paws.
    pen.ellipse(6.0, -31.0, 3.8, 4.8, Rgb(165, 115, 60));
    pen.ellipse(6.0, -35.5, 4.4, 2.0, Rgb(110, 75, 45));
    for x in [0.5, 11.5] {
        pen.ellipse(x, -32.0, 3.0, 3.0, fur);
    }
    wear::front(pen, look, head);
}

/// One eye seen side-on: dark, with a glint (a closed lid line when asleep).
fn eye(pen: &mut Pen<'_>, x: f32, y: f32) {
    if pen.lids {
        pen.flat_poly(&[(x - 2.5, y), (x + 2.5, y), (x + 2.5, y + 0.8), (x - 2.5, y + 0.8)], INK);
    } else {
        pen.dot(x, y, 2.3, INK);
        pen.dot(x + 0.7, y - 0.8, 0.8, Rgb(255, 255, 255));
    }
}
