//! People drawn from simple shapes, about 100 units tall around the feet:
//! children, grown-ups and babies, and everyone with a costume of their own
//! (princess, king, knight, pirate, astronaut, wizard, witch, fairy, mermaid,
//! chef, detective, superhero, angel, shepherd, explorer, giant). Skin, hair
//! and clothes come from the look's words; the rest from the look's key.

use crate::canvas::{Rgb, Shape};
use crate::look::Look;
use crate::paint::Pen;
use crate::people_arms;
use crate::wear::{self, Head};
use storyloom_plugin_sdk::rng::Rng;

const SKIN: &[Rgb] = &[Rgb(255, 224, 196), Rgb(241, 194, 150), Rgb(198, 134, 90), Rgb(141, 85, 54)];
const HAIR: &[Rgb] = &[Rgb(50, 40, 40), Rgb(120, 70, 40), Rgb(240, 200, 110), Rgb(200, 90, 40)];
const CLOTHES: &[Rgb] = &[Rgb(240, 90, 110), Rgb(90, 150, 230), Rgb(250, 190, 60), Rgb(120, 200, 120), Rgb(170, 120, 220)];
const GOLD: Rgb = Rgb(245, 200, 60);

/// People who wear long clothes to the ground.
pub(crate) fn long_clothes(noun: &str) -> bool {
    matches!(
        noun,
        "king"
            | "queen"
            | "wizard"
            | "witch"
            | "man"
            | "woman"
            | "shepherd"
            | "angel"
            | "princess"
            | "disciple"
            | "apostle"
            | "priest"
            | "prophet"
            | "wise man"
            | "servant"
            | "mother"
            | "mum"
            | "grandma"
            | "granny"
            | "aunt"
    )
}

/// Boys: drawn with short hair.
fn boyish(noun: &str) -> bool {
    matches!(noun, "boy" | "shepherd boy" | "brother" | "son" | "prince")
}

pub(crate) fn female(noun: &str) -> bool {
    matches!(
        noun,
        "girl"
            | "sister"
            | "princess"
            | "queen"
            | "witch"
            | "fairy"
            | "mermaid"
            | "mum"
            | "grandma"
            | "aunt"
            | "woman"
            | "mother"
            | "granny"
    )
}

/// How tall a person is drawn, relative to a child.
pub fn height(noun: &str) -> f32 {
    match noun {
        "baby" => 0.6,
        "giant" => 2.0,
        "mum" | "dad" | "grandma" | "grandpa" | "aunt" | "uncle" | "man" | "woman" | "king" | "queen" | "shepherd" | "angel" => 1.2,
        "mother" | "father" | "granny" | "parent" | "grown up" | "adult" | "teacher" | "farmer" | "disciple" | "apostle" | "fisherman"
        | "sailor" | "soldier" | "warrior" | "guard" | "servant" | "priest" | "prophet" | "wise man" | "traveller" | "worker"
        | "leader" | "neighbour" | "neighbor" | "lighthouse keeper" | "zoo keeper" | "zookeeper" | "keeper" => 1.2,
        _ => 1.0,
    }
}

/// Draw a person; `usual` is the catalogue's costume colour (black: none).
pub fn person(pen: &mut Pen<'_>, noun: &str, look: &Look, usual: Rgb) {
    let grown = people_arms::grown(noun, look);
    let look = &grown;
    let mut rng = Rng::new(look.key(noun));
    let old = matches!(noun, "grandma" | "grandpa" | "granny");
    let skin = look.skin.unwrap_or_else(|| rng.pick_or(SKIN, SKIN[0]));
    let hair = look.hair.unwrap_or_else(|| if old { Rgb(215, 215, 220) } else { rng.pick_or(HAIR, HAIR[0]) });
    let picked = rng.pick_or(CLOTHES, CLOTHES[0]);
    // A second person of the same kind and words wears other clothes than the first.
    let other = CLOTHES.iter().copied().filter(|c| *c != usual).nth(usize::from(look.variant) * 3 % CLOTHES.len().saturating_sub(1).max(1));
    let dressed = match (usual == Rgb(0, 0, 0), look.variant) {
        (true, _) => picked,
        (false, 0) => usual,
        (false, _) => other.unwrap_or(picked),
    };
    let clothes = match (look.garment(), look.robe) {
        // One of a robed group ("Noah's family", a crowd): a robe of their own colour, not a copy of the first.
        (None, Some(c)) if look.variant == 0 => c,
        (None, Some(c)) => {
            let robes = crate::bible_dress::ROBES;
            robes.iter().copied().filter(|r| *r != c).nth(usize::from(look.variant) * 2 % (robes.len() - 1)).unwrap_or(c)
        }
        (g, _) => g.map(|g| g.1).or(look.body).unwrap_or(dressed),
    };
    // Boys get short hair, whatever the words say of its style.
    let long_hair = !boyish(noun)
        && match look.style {
            Some("long" | "braided" | "braids" | "wavy" | "ponytail") => true,
            Some("short" | "tuft") => false,
            _ => female(noun) || (matches!(noun, "child" | "kid" | "explorer") && rng.coin()),
        };
    let curly = matches!(look.style, Some("curly" | "fluffy"));
    let head = Head { x: 0.0, y: -76.0, r: 17.0 };
    let suit = matches!(noun, "astronaut" | "knight")
        || people_arms::armoured(noun, look)
        || look.wears("space suit").is_some()
        || look.wears("armour").is_some();
    let dress = look.wears("dress").is_some() || (look.garment().is_none() && matches!(noun, "girl" | "fairy" | "princess"));
    let long = long_clothes(noun) || look.wears("robe").is_some() || look.robe.is_some();

    // Behind the body: wings, capes, long hair.
    if matches!(noun, "fairy" | "angel") && look.wears("wings").is_none() {
        let wing = if noun == "angel" { Rgb(250, 250, 255) } else { Rgb(210, 235, 255) };
        for s in [-1.0, 1.0] {
            let (x, y) = (pen.ox + s * 17.0 * pen.u, pen.oy - 58.0 * pen.u);
            let shape = Shape::Ellipse { x, y, rx: 13.0 * pen.u, ry: 19.0 * pen.u };
            pen.p.cv.fill_grown(&shape, pen.u, Rgb(120, 160, 220), 0.6);
            pen.p.cv.fill_grown(&shape, 0.0, wing, 0.85);
        }
    }
    if noun == "superhero" && look.wears("cape").is_none() {
        pen.poly(&[(-12.0, -60.0), (12.0, -60.0), (26.0, -8.0), (-26.0, -8.0)], clothes.darker(0.15));
    }
    wear::behind(pen, look, head);
    crate::headcloth::behind(pen, noun, look, head);
    people_arms::behind(pen, noun, look);
    if long_hair {
        pen.ellipse(0.0, -70.0, 19.0, 23.0, hair);
    }
    if curly {
        pen.group(&[(-15.0, -80.0, 8.0), (15.0, -80.0, 8.0), (-10.0, -90.0, 8.0), (10.0, -90.0, 8.0), (0.0, -94.0, 8.0)], hair);
    }

    // Legs, or a mermaid's tail.
    // Dressed for the cold (mittens on), the legs are in warm tights, not bare.
    let trousers = if suit {
        clothes
    } else if look.wears("mittens").is_some() {
        clothes.darker(0.35)
    } else {
        skin
    };
    crate::pose::knees(pen, if long { clothes } else { trousers }, Rgb(90, 60, 60), false);
    if noun == "mermaid" || look.wears("tail").is_some() {
        let tail = look.wears("tail").unwrap_or(clothes);
        pen.poly(&[(-12.0, -36.0), (12.0, -36.0), (6.0, -10.0), (-6.0, -10.0)], tail);
        pen.poly(&[(0.0, -12.0), (-16.0, 0.0), (16.0, 0.0)], tail.darker(0.1));
    } else if !long {
        let legs = if look.wears("dungarees").is_some() { clothes } else { trousers };
        pen.rect(-9.0, -30.0, -3.0, -4.0, legs);
        pen.rect(3.0, -30.0, 9.0, -4.0, legs);
        let shoe = match noun {
            "astronaut" => Rgb(150, 160, 180),
            "knight" => Rgb(170, 175, 190),
            "pirate" | "explorer" | "detective" => Rgb(70, 45, 40),
            _ => Rgb(90, 60, 60),
        };
        pen.ellipse(-7.0, -3.0, 6.5, 3.5, shoe);
        pen.ellipse(7.0, -3.0, 6.5, 3.5, shoe);
    }

    // Arms, then the body.
    let robed =
        suit || look.robe.is_some() || matches!(noun, "wizard" | "witch" | "king" | "queen" | "shepherd" | "man" | "woman" | "angel");
    let sleeved =
        matches!(look.garment().map(|g| g.0), Some("raincoat" | "jumper" | "sweater" | "hoodie" | "jacket" | "cardigan" | "coat"));
    let sleeves = if robed || sleeved { clothes } else { skin };
    let praying = pen.pose.praying;
    for s in [-1.0, 1.0].into_iter().filter(|_| !praying) {
        pen.ellipse(s * 16.0, -44.0, 4.5, 12.0, sleeves);
        // Mittens on: round, woolly hands in the mittens' colour.
        match look.wears("mittens") {
            Some(m) => pen.circle(s * 17.0, -32.0, 5.0, m),
            None => pen.circle(s * 17.0, -32.0, 4.0, skin),
        }
    }
    if long {
        pen.poly(&[(-11.0, -60.0), (11.0, -60.0), (20.0, -2.0), (-20.0, -2.0)], clothes);
        pen.flat_poly(&[(-1.0, -58.0), (1.0, -58.0), (2.0, -3.0), (-2.0, -3.0)], clothes.darker(0.12));
    } else if dress {
        pen.poly(&[(-10.0, -60.0), (10.0, -60.0), (22.0, -24.0), (-22.0, -24.0)], clothes);
    } else if look.wears("dungarees").is_some() {
        pen.poly(&[(-12.0, -60.0), (12.0, -60.0), (13.0, -32.0), (-13.0, -32.0)], Rgb(245, 245, 240));
        pen.rect(-11.0, -46.0, 11.0, -26.0, clothes);
        pen.rect(-9.0, -60.0, -6.0, -46.0, clothes);
        pen.rect(6.0, -60.0, 9.0, -46.0, clothes);
    } else {
        let coat = matches!(look.garment().map(|g| g.0), Some("raincoat" | "coat"));
        let bottom = if coat { -20.0 } else { -32.0 };
        pen.rect(-12.0, -34.0, 12.0, -24.0, clothes.darker(0.35));
        pen.poly(&[(-12.0, -60.0), (12.0, -60.0), (14.0, bottom), (-14.0, bottom)], clothes);
        if coat {
            for y in [-52.0, -42.0, -32.0] {
                pen.dot(0.0, y, 1.4, clothes.darker(0.4));
            }
        }
    }
    if let Some(c) = look.stripes {
        for y in [-52.0, -40.0] {
            pen.flat_poly(&[(-12.0, y), (12.0, y), (12.5, y + 3.0), (-12.5, y + 3.0)], c);
        }
    }
    match noun {
        "astronaut" => pen.rect(-6.0, -52.0, 6.0, -42.0, Rgb(120, 170, 230)),
        "knight" => pen.poly(&[(-6.0, -54.0), (6.0, -54.0), (6.0, -40.0), (0.0, -34.0), (-6.0, -40.0)], Rgb(220, 60, 60)),
        "chef" => pen.rect(-9.0, -50.0, 9.0, -24.0, look.wears("apron").unwrap_or(Rgb(250, 250, 250))),
        "pirate" => {
            for y in [-56.0, -48.0, -40.0] {
                pen.flat_poly(&[(-12.0, y), (12.0, y), (12.5, y + 3.0), (-12.5, y + 3.0)], Rgb(245, 245, 245));
            }
        }
        "superhero" => pen.poly(&[(-6.0, -54.0), (6.0, -54.0), (0.0, -44.0)], GOLD),
        "shepherd" | "shepherd boy" | "man" => pen.rect(-12.0, -40.0, 12.0, -36.0, Rgb(120, 80, 50)),
        _ => {}
    }
    if let Some(c) = look.wears("apron").filter(|_| noun != "chef") {
        pen.rect(-9.0, -50.0, 9.0, -24.0, c);
    }
    crate::pose::knees(pen, if long { clothes } else { trousers }, Rgb(90, 60, 60), true);
    if pen.pose.praying {
        crate::pose::praying_hands(pen, sleeves, skin);
    }

    // Head and face.
    pen.circle(0.0, -76.0, 17.0, skin);
    if noun != "astronaut" || long_hair {
        let bald = noun == "grandpa" && !long_hair;
        pen.ellipse(0.0, if bald { -90.0 } else { -88.0 }, if bald { 12.0 } else { 16.0 }, 7.0, hair);
    }
    // A girl with short hair still reads as a girl: a bow in her hair.
    if matches!(noun, "girl" | "sister") && !long_hair && look.wears("hat").is_none() {
        let bow = clothes.mix(Rgb(250, 110, 160), 0.6);
        pen.poly(&[(8.0, -92.0), (20.0, -98.0), (20.0, -86.0)], bow);
        pen.poly(&[(8.0, -92.0), (-4.0, -98.0), (-4.0, -86.0)], bow);
        pen.dot(8.0, -92.0, 3.0, bow.darker(0.2));
    }
    if look.back {
        // Seen from behind, facing the window: the back of the head, all hair.
        pen.circle(0.0, -78.0, 17.5, hair);
        pen.flat_ellipse(0.0, -62.0, 8.0, 3.0, skin);
    } else {
        pen.eyes(0.0, -75.0, 6.5, 2.6);
        if !pen.lids {
            pen.smile(0.0, -67.5, 2.6, skin);
        }
        pen.cheeks(0.0, -70.0, 10.0, 3.0, skin);
    }
    if matches!(noun, "grandma" | "grandpa" | "detective") {
        for s in [-1.0, 1.0] {
            pen.p.cv.ring(pen.ox + s * 6.5 * pen.u * pen.flip, pen.oy - 75.0 * pen.u, 4.0 * pen.u, pen.u.max(1.0), Rgb(60, 50, 60));
        }
    }
    if noun == "superhero" {
        pen.flat_poly(&[(-13.0, -79.0), (13.0, -79.0), (12.0, -72.0), (-12.0, -72.0)], clothes.darker(0.3));
        pen.eyes(0.0, -75.0, 6.5, 2.2);
    }
    costume(pen, noun, look, clothes, head);
    crate::headcloth::front(pen, noun, look, head);
    wear::front(pen, look, head);
    people_arms::front(pen, noun, look, skin);
    if noun == "pirate" {
        // The eye-patch over one eye, on its strap.
        pen.flat_poly(&[(-17.0, -86.0), (17.0, -80.0), (17.0, -78.0), (-17.0, -84.0)], Rgb(30, 28, 32));
        pen.ellipse(6.5, -75.0, 4.6, 4.0, Rgb(30, 28, 32));
    }
}

/// Hats, helmets, haloes and what each kind of person carries.
fn costume(pen: &mut Pen<'_>, noun: &str, look: &Look, clothes: Rgb, head: Head) {
    match noun {
        "princess" | "prince" | "king" | "queen" if look.wears("crown").is_none() => wear::crown(pen, head),
        "wizard" | "witch" if look.wears("hat").is_none() => {
            let hat = if noun == "witch" { Rgb(60, 50, 80) } else { clothes };
            pen.ellipse(0.0, -91.0, 22.0, 4.0, hat.darker(0.2));
            pen.poly(&[(-13.0, -92.0), (13.0, -92.0), (4.0, -126.0)], hat);
            pen.dot(0.0, -106.0, 2.2, Rgb(250, 220, 90));
        }
        "chef" => pen.group(&[(-8.0, -100.0, 8.0), (0.0, -104.0, 9.0), (8.0, -100.0, 8.0), (0.0, -94.0, 9.0)], Rgb(250, 250, 250)),
        "pirate" if look.wears("bandana").is_none() && look.wears("hat").is_none() => {
            // A black pirate hat, turned up at both sides, with a white skull mark.
            let hat = Rgb(40, 36, 44);
            pen.poly(&[(-26.0, -86.0), (26.0, -86.0), (20.0, -104.0), (0.0, -96.0), (-20.0, -104.0)], hat);
            pen.ellipse(0.0, -92.0, 16.0, 10.0, hat);
            pen.dot(0.0, -94.0, 3.0, Rgb(250, 250, 250));
        }
        "explorer" | "detective" if look.wears("hat").is_none() => {
            let hat = if noun == "explorer" { Rgb(200, 170, 110) } else { Rgb(140, 110, 80) };
            pen.ellipse(0.0, -90.0, 24.0, 4.0, hat);
            pen.ellipse(0.0, -95.0, 13.0, 7.0, hat);
        }
        "knight" => {
            pen.ellipse(0.0, -84.0, 18.0, 14.0, Rgb(200, 205, 215));
            pen.poly(&[(-2.0, -98.0), (2.0, -98.0), (6.0, -112.0)], Rgb(220, 60, 60));
        }
        "astronaut" => {
            let (x, y, r) = (pen.ox, pen.oy - 76.0 * pen.u, 23.0 * pen.u);
            pen.p.cv.fill_grown(&Shape::Circle { x, y, r }, 0.0, Rgb(220, 240, 255), 0.15);
            pen.p.cv.ring(x, y, r, (pen.u * 1.6).clamp(1.5, 5.0), Rgb(120, 130, 160));
        }
        "angel" => pen.p.cv.ring(pen.ox, pen.oy - 100.0 * pen.u, 9.0 * pen.u, (pen.u * 1.5).max(1.2), GOLD),
        "shepherd" => {
            pen.rect(22.0, -80.0, 25.0, 0.0, Rgb(140, 95, 55));
            // The headcloth sits on the hair, above the eyes, and hangs down behind the cheeks.
            let cloth = Rgb(240, 235, 220);
            pen.poly(&[(-18.0, -82.0), (18.0, -82.0), (15.0, -96.0), (-15.0, -96.0)], cloth);
            pen.poly(&[(-19.0, -84.0), (-14.0, -84.0), (-15.0, -60.0), (-20.0, -62.0)], cloth);
            pen.poly(&[(14.0, -84.0), (19.0, -84.0), (20.0, -62.0), (15.0, -60.0)], cloth);
            pen.flat_poly(&[(-18.0, -84.0), (18.0, -84.0), (18.0, -81.0), (-18.0, -81.0)], Rgb(150, 110, 70));
        }
        // A boy with his staff, bare-headed.
        "shepherd boy" => pen.rect(22.0, -80.0, 25.0, 0.0, Rgb(140, 95, 55)),
        "fairy" => {
            pen.rect(21.0, -48.0, 22.5, -30.0, Rgb(120, 90, 60));
            pen.dot(21.7, -50.0, 3.0, Rgb(255, 230, 100));
        }
        "giant" => pen.rect(-4.0, -95.0, 4.0, -90.0, Rgb(120, 80, 50)),
        "baby" => pen.dot(0.0, -64.0, 2.5, Rgb(250, 200, 220)),
        _ => {}
    }
}
