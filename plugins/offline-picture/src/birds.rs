//! Birds from one body with their own beaks, necks, crests and colours:
//! owl, bird, robin, seagull, seabird, swan, dove, raven, parrot, toucan,
//! chicken, hen, chick, rooster, duck, duckling, goose and penguin. About
//! 70–100 units tall, drawn around the feet.

use crate::birds_fly;
use crate::canvas::Rgb;
use crate::look::Look;
use crate::paint::Pen;
use crate::wear::{self, Head};

const BEAK: Rgb = Rgb(250, 170, 60);

pub fn bird(pen: &mut Pen<'_>, noun: &str, body: Rgb, look: &Look) {
    if noun == "owl" {
        owl(pen, body);
        wear::front(pen, look, Head { x: 0.0, y: -60.0, r: 18.0 });
        return;
    }
    if noun == "parrot" {
        parrot(pen, body, look);
        return;
    }
    let penguin = noun == "penguin";
    let long_neck = matches!(noun, "swan" | "goose");
    let small = matches!(noun, "chick" | "duckling" | "robin" | "bird" | "dove");
    let (beak, beak_len) = match noun {
        "toucan" => (Rgb(250, 150, 40), 22.0),
        "parrot" => (Rgb(240, 200, 60), 8.0),
        "raven" => (Rgb(40, 40, 50), 10.0),
        "duck" | "duckling" | "goose" | "swan" => (Rgb(250, 150, 50), 11.0),
        "chicken" | "hen" | "rooster" | "chick" => (Rgb(245, 190, 60), 6.0),
        "seagull" | "seabird" => (Rgb(250, 200, 60), 10.0),
        _ => (BEAK, 7.0),
    };
    let head = if long_neck {
        Head { x: 18.0, y: -88.0, r: 11.0 }
    } else if small {
        Head { x: 12.0, y: -52.0, r: 13.0 }
    } else {
        Head { x: 14.0, y: -62.0, r: 15.0 }
    };
    let spread = birds_fly::spread(noun, look);
    // Flying: up in the air, legs tucked away.
    if look.flying && spread {
        pen.oy -= 70.0 * pen.u;
    }
    wear::behind(pen, look, head);
    if spread {
        birds_fly::wings(pen, body, if small { -30.0 } else { -34.0 });
    }
    // Legs and tail.
    let legs = if penguin { Rgb(250, 160, 60) } else { Rgb(240, 160, 70) };
    // Curled up asleep, the legs are tucked under the body.
    let tucked = pen.curl.is_some();
    for x in [-6.0, 6.0].into_iter().filter(|_| !(tucked || look.flying && spread)) {
        pen.rect(x - 1.2, -14.0, x + 1.2, -2.0, legs);
        pen.ellipse(x + 2.0, -2.0, 5.0, 2.0, legs);
    }
    let tail = if noun == "rooster" { Rgb(60, 120, 90) } else { body.darker(0.15) };
    pen.poly(&[(-20.0, -34.0), (-38.0, if noun == "rooster" { -62.0 } else { -40.0 }), (-34.0, -24.0)], tail);
    // Body.
    let (bx, by, brx, bry) = if penguin {
        (0.0, -40.0, 20.0, 30.0)
    } else if small {
        (0.0, -30.0, 20.0, 16.0)
    } else {
        (0.0, -34.0, 26.0, 20.0)
    };
    pen.ellipse(bx, by, brx, bry, body);
    let belly = match noun {
        "robin" => Rgb(240, 110, 60),
        "penguin" | "toucan" => Rgb(250, 250, 250),
        "parrot" => Rgb(250, 210, 60),
        _ => body.lighter(0.4),
    };
    pen.flat_ellipse(bx + 4.0, by + 3.0, brx * 0.6, bry * 0.7, belly);
    pen.ellipse(bx - 4.0, by - 2.0, brx * 0.55, bry * 0.5, body.darker(0.12));
    if long_neck {
        pen.poly(&[(8.0, -44.0), (16.0, -44.0), (22.0, -84.0), (14.0, -84.0)], body);
    }
    pen.circle(head.x, head.y, head.r, body);
    if noun == "parrot" {
        pen.flat_ellipse(head.x + 3.0, head.y + 1.0, head.r * 0.55, head.r * 0.5, Rgb(250, 250, 245));
    }
    if penguin {
        pen.flat_ellipse(head.x + 3.0, head.y + 2.0, head.r * 0.6, head.r * 0.55, Rgb(250, 250, 250));
    }
    if matches!(noun, "rooster" | "hen" | "chicken") {
        let comb = Rgb(230, 50, 50);
        pen.group(
            &[(head.x - 5.0, head.y - head.r, 4.0), (head.x, head.y - head.r - 2.0, 4.0), (head.x + 5.0, head.y - head.r, 4.0)],
            comb,
        );
        pen.ellipse(head.x + head.r * 0.7, head.y + head.r * 0.6, 3.0, 4.5, comb);
    }
    let bx0 = head.x + head.r * 0.8;
    let flat = matches!(noun, "duck" | "duckling" | "goose" | "swan");
    let tip = if flat { head.y + 2.0 } else { head.y + 3.0 };
    pen.poly(&[(bx0, head.y - 3.0), (bx0, head.y + 4.0), (bx0 + beak_len, tip)], beak);
    pen.eyes(head.x + 2.0, head.y - 3.0, 0.0, head.r * 0.2);
    if look.wears("olive leaf").is_some() {
        birds_fly::leaf(pen, head, beak_len);
    }
    wear::front(pen, look, head);
}

/// An upright parrot: long tail, a wing of another bright colour and a curved, hooked beak.
fn parrot(pen: &mut Pen<'_>, body: Rgb, look: &Look) {
    let head = Head { x: 6.0, y: -74.0, r: 14.0 };
    let wing = if body.2 > body.0 && body.2 > body.1 { Rgb(250, 210, 40) } else { Rgb(50, 105, 220) };
    wear::behind(pen, look, head);
    for (dx, c) in [(-4.0, wing), (2.0, body.darker(0.15))] {
        pen.poly(&[(-8.0 + dx, -26.0), (2.0 + dx, -26.0), (-10.0 + dx, 10.0), (-18.0 + dx, 8.0)], c);
    }
    for x in [-5.0, 5.0] {
        pen.rect(x - 1.2, -14.0, x + 1.2, -2.0, Rgb(120, 120, 130));
        pen.ellipse(x + 2.0, -2.0, 4.0, 2.0, Rgb(120, 120, 130));
    }
    pen.ellipse(0.0, -40.0, 16.0, 28.0, body);
    pen.flat_ellipse(4.0, -36.0, 9.0, 18.0, body.lighter(0.3));
    pen.ellipse(-8.0, -42.0, 9.0, 20.0, wing);
    pen.flat_ellipse(-8.0, -34.0, 6.0, 10.0, wing.darker(0.2));
    pen.circle(head.x, head.y, head.r, body);
    pen.flat_ellipse(head.x + 5.0, head.y, 6.0, 6.5, Rgb(250, 250, 245));
    // The hooked beak: a curved upper part over a small lower one.
    let dark = Rgb(70, 70, 80);
    pen.poly(
        &[
            (head.x + 11.0, head.y - 6.0),
            (head.x + 22.0, head.y - 3.0),
            (head.x + 24.0, head.y + 7.0),
            (head.x + 19.0, head.y + 14.0),
            (head.x + 17.0, head.y + 2.0),
            (head.x + 11.0, head.y + 2.0),
        ],
        dark,
    );
    pen.poly(&[(head.x + 11.0, head.y + 2.0), (head.x + 17.0, head.y + 3.0), (head.x + 13.0, head.y + 7.0)], dark.lighter(0.3));
    pen.eyes(head.x + 4.0, head.y - 2.0, 0.0, 2.8);
    wear::front(pen, look, head);
}

fn owl(pen: &mut Pen<'_>, body: Rgb) {
    for s in [-1.0, 1.0] {
        pen.poly(&[(s * 22.0, -62.0), (s * 10.0, -70.0), (s * 24.0, -84.0)], body);
    }
    pen.ellipse(0.0, -40.0, 25.0, 38.0, body);
    pen.flat_ellipse(0.0, -30.0, 16.0, 22.0, body.lighter(0.5));
    for (x, y) in [(-6.0, -34.0), (6.0, -34.0), (0.0, -26.0), (-6.0, -18.0), (6.0, -18.0)] {
        pen.flat_ellipse(x, y, 3.0, 2.0, body.lighter(0.2));
    }
    pen.ellipse(-24.0, -36.0, 7.0, 18.0, body.darker(0.15));
    pen.ellipse(24.0, -36.0, 7.0, 18.0, body.darker(0.15));
    for x in [-10.0, 10.0] {
        pen.circle(x, -58.0, 9.5, Rgb(255, 252, 240));
    }
    pen.eyes(0.0, -58.0, 10.0, 5.0);
    pen.poly(&[(-3.5, -52.0), (3.5, -52.0), (0.0, -45.0)], Rgb(250, 170, 60));
    pen.ellipse(-8.0, -2.0, 5.0, 3.0, Rgb(250, 170, 60));
    pen.ellipse(8.0, -2.0, 5.0, 3.0, Rgb(250, 170, 60));
}
