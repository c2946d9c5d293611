//! Places: which one a prompt names ("deep under the water", "on the moon",
//! "in a jungle"…), the ground it stands on, the words the description uses,
//! and the backdrop each one paints behind the characters, including the
//! whole underwater scene (water all around, light rays, seabed, bubbles).

use crate::canvas::{Rgb, Shape};
use crate::catalog::Fam;
use crate::paint::Painter;
use crate::read::Thing;
use crate::scene::Layout;
use crate::{buildings, rooms, waters};
use storyloom_plugin_sdk::rng::Rng;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Meadow,
    Garden,
    Forest,
    Jungle,
    Farm,
    Town,
    Hills,
    River,
    /// A lake or pond: wide still water lying in the grass, shore on both sides.
    Lake,
    Beach,
    Sea,
    Underwater,
    Snow,
    Desert,
    Space,
    Moon,
    Castle,
    Palace,
    Lighthouse,
    Campsite,
    Stable,
    /// A den or pit: rock all around, light from an opening above.
    Den,
    /// A cave: rock all around, the way out an arch of daylight at the back.
    Cave,
    /// A room in a house: walls, a window, a wooden floor.
    Indoors,
    NightSky,
    /// Inside a great fish or whale: a curved red belly with ribs and a little water.
    Belly,
    /// Inside the ark: wooden planks and beams, straw, a little window.
    Hold,
    /// A palace hall: pillars, curtains, a red carpet to the throne.
    ThroneRoom,
    /// A temple: rows of tall pillars, golden lamps.
    Temple,
    /// A prison or dungeon: stone blocks, a barred window high up.
    Prison,
    /// Inside a tent: sloping cloth walls, a rug.
    TentInside,
    /// A boat's sea or lake in a storm: dark clouds, rain, big waves.
    Storm,
    /// A zoo: animals in enclosures behind railings, a sign with a lion on it.
    Zoo,
    /// The sea parted: two tall walls of water with a dry path between.
    Parted,
    /// Inside a lighthouse: a curved stone wall, a spiral stair, a small round window.
    TowerInside,
}

/// What the characters stand on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ground {
    Grass,
    Beach,
    Water,
    Snow,
    Desert,
    Space,
    Moon,
    Floor,
    Seabed,
    /// Stone flags (a palace, a temple, a prison).
    Stone,
    /// The soft red floor of a great fish's belly, with a little water.
    Flesh,
}

/// The ground drawn: out at sea with everyone aboard, the sea reaches all round (no sand in front).
pub(crate) fn ground_of(spec: &crate::read::Spec) -> Ground {
    if crate::aboard::open_water(spec) || crate::ride::at_sea(spec) { Ground::Water } else { spec.place.ground() }
}

impl Place {
    pub fn ground(self) -> Ground {
        match self {
            Place::Beach | Place::Lighthouse | Place::Sea => Ground::Beach,
            Place::Underwater => Ground::Seabed,
            Place::Snow => Ground::Snow,
            Place::Desert => Ground::Desert,
            Place::Space => Ground::Space,
            Place::Moon => Ground::Moon,
            Place::Indoors | Place::Hold | Place::TentInside | Place::Stable => Ground::Floor,
            Place::ThroneRoom | Place::Temple | Place::Prison | Place::TowerInside => Ground::Stone,
            Place::Belly => Ground::Flesh,
            Place::Storm => Ground::Beach,
            Place::Den | Place::Cave | Place::Parted => Ground::Desert,
            _ => Ground::Grass,
        }
    }

    /// The words for the description.
    pub fn phrase(self) -> &'static str {
        match self {
            Place::Meadow => "in a meadow",
            Place::Garden => "in a garden",
            Place::Forest => "in a forest",
            Place::Jungle => "in the jungle",
            Place::Farm => "on a farm",
            Place::Zoo => "at the zoo",
            Place::Town => "in a town",
            Place::Hills => "in the hills",
            Place::River => "by a river",
            Place::Lake => "by a lake",
            Place::Beach => "on the beach",
            Place::Sea => "at sea",
            Place::Underwater => "under the sea",
            Place::Snow => "in the snow",
            Place::Desert => "in the desert",
            Place::Space => "in outer space",
            Place::Moon => "on the moon",
            Place::Castle => "by a castle",
            Place::Palace => "by a palace",
            Place::Lighthouse => "by a lighthouse",
            Place::Campsite => "at a campsite",
            Place::Stable => "in a stable",
            Place::Den => "in a rocky den",
            Place::Indoors => "indoors",
            Place::NightSky => "under the night sky",
            Place::Cave => "in a cave",
            Place::Belly => "inside a big fish",
            Place::Hold => "inside the ark",
            Place::ThroneRoom => "in a palace hall",
            Place::Temple => "in the temple",
            Place::Prison => "in a prison",
            Place::TentInside => "inside a tent",
            Place::Storm => "in a storm at sea",
            Place::Parted => "between walls of sea water",
            Place::TowerInside => "inside a lighthouse",
        }
    }

    /// Whether a thing the prompt names is not seen here: inside walls there is no sky and no
    /// building seen from outside (a house, a palace, a tent).
    pub fn hides(self, t: &Thing) -> bool {
        const OUTSIDE: &[&str] = &[
            "house",
            "palace",
            "castle",
            "tent",
            "stable",
            "barn",
            "lighthouse",
            "wall",
            "tower",
            "temple",
            "city",
            "town",
            "ark",
            "igloo",
        ];
        self.enclosed() && (t.fam == Fam::Sky || OUTSIDE.contains(&t.noun))
    }

    /// Walls or a roof all round: no sky, no sun, no fireflies.
    pub fn enclosed(self) -> bool {
        matches!(
            self,
            Place::Den
                | Place::Cave
                | Place::Indoors
                | Place::Belly
                | Place::Hold
                | Place::ThroneRoom
                | Place::Temple
                | Place::Prison
                | Place::TentInside
                | Place::TowerInside
                | Place::Stable
        )
    }

    /// The building a place shows at the back, if a thing does not already.
    pub fn building(self) -> Option<&'static str> {
        match self {
            Place::Castle => Some("castle"),
            Place::Palace => Some("palace"),
            Place::Lighthouse => Some("lighthouse"),
            Place::Campsite => Some("tent"),
            Place::Farm => Some("barn"),
            Place::ThroneRoom => Some("throne"),
            _ => None,
        }
    }
}

/// The whole underwater backdrop: water top to bottom, light rays, seabed, weed, coral and bubbles.
pub fn underwater(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let (w, h, u) = (p.w(), p.h(), p.unit());
    let top = p.lit(Rgb(70, 170, 215));
    let deep = p.lit(Rgb(20, 80, 150));
    p.cv.gradient(0, h as u32, &[(0.0, top), (1.0, deep)]);
    for i in 0..5 {
        let x = w * (0.1 + i as f32 * 0.2 + rng.range(-0.05, 0.05));
        let ray = Shape::Poly(vec![(x - u * 3.0, 0.0), (x + u * 3.0, 0.0), (x + u * 14.0, h * 0.85), (x + u * 2.0, h * 0.85)]);
        p.cv.fill_grown(&ray, 0.0, Rgb(220, 245, 255), 0.1);
    }
    let sand = p.lit(Rgb(226, 206, 150));
    p.cv.fill(&Shape::Ellipse { x: w * 0.5, y: lay.base + w * 0.95, rx: w * 1.2, ry: w }, sand);
    p.cv.fill(&Shape::rect(0.0, lay.base + u * 4.0, w, h), sand);
    for i in 0..7 {
        let x = w * (i as f32 + rng.range(0.1, 0.9)) / 7.0;
        let y = lay.base + u * rng.range(2.0, 8.0);
        if i % 3 == 1 {
            let mut pen = p.pen(x, y, u * 0.18, false);
            let coral = rng.pick_or(&[Rgb(250, 120, 140), Rgb(250, 160, 80), Rgb(190, 120, 220)], Rgb(250, 120, 140));
            pen.group(&[(0.0, -20.0, 9.0), (-12.0, -36.0, 7.0), (10.0, -42.0, 7.0), (0.0, -56.0, 6.0)], coral);
        } else {
            let mut pen = p.pen(x, y, u * 0.2, false);
            let weed = Rgb(60, 160, 100);
            let tall = rng.range(60.0, 110.0);
            for k in 0..6 {
                let y0 = -(k as f32) * tall / 6.0;
                let sway = if k % 2 == 0 { 5.0 } else { -5.0 };
                pen.poly(&[(-4.0, y0), (4.0, y0), (3.0 + sway, y0 - tall / 6.0 - 2.0), (-3.0 + sway, y0 - tall / 6.0 - 2.0)], weed);
            }
        }
    }
    bubbles(p, rng, 26);
}

/// Rising bubbles, anywhere in the water.
pub fn bubbles(p: &mut Painter, rng: &mut Rng, n: usize) {
    let (w, h, u) = (p.w(), p.h(), p.unit());
    for _ in 0..n {
        let (x, y, r) = (rng.range(0.0, w), rng.range(0.0, h * 0.85), u * rng.range(0.5, 1.6));
        p.cv.ring(x, y, r, (u * 0.3).max(1.0), Rgb(225, 245, 255));
        p.cv.fill_grown(&Shape::Circle { x: x - r * 0.3, y: y - r * 0.3, r: r * 0.3 }, 0.0, Rgb(255, 255, 255), 0.8);
    }
}

/// What a place adds on the ground, behind the characters: a river runs across the near ground,
/// a storm's waves and rain, the parted sea's walls of water.
pub fn on_ground(p: &mut Painter, place: Place, rng: &mut Rng, lay: &Layout) {
    let (w, u, hz) = (p.w(), p.unit(), lay.horizon);
    match place {
        Place::Storm => waters::storm_water(p, rng, lay),
        Place::Parted => waters::parted(p, rng, lay),
        // The zoo's enclosures hold the prompt's own animals: drawn by `draw.rs` with the spec.
        _ => {}
    }
    if place == Place::Lake {
        waters::lake(p, rng, lay);
    }
    if place == Place::River {
        let water = p.lit(Rgb(80, 160, 220));
        let y = hz + u * 20.0;
        p.cv.fill(&Shape::Poly(vec![(0.0, y - u * 4.0), (w, y - u * 6.0), (w, y + u * 5.0), (0.0, y + u * 6.0)]), water);
        for _ in 0..10 {
            let (x, yy) = (rng.range(0.0, w), y + rng.range(-3.0, 4.0) * u);
            p.cv.fill_grown(&Shape::Ellipse { x, y: yy, rx: u * 2.5, ry: u * 0.3 }, 0.0, Rgb(220, 240, 255), 0.7);
        }
        // Reeds along the bank.
        let reed = p.lit(Rgb(110, 150, 70));
        for _ in 0..12 {
            let x = rng.range(0.0, w);
            let yy = y - u * rng.range(3.0, 6.0);
            let tall = u * rng.range(5.0, 9.0);
            p.cv.fill(&Shape::rect(x, yy - tall, x + u * 0.5, yy), reed);
            p.cv.fill(&Shape::Ellipse { x: x + u * 0.25, y: yy - tall, rx: u * 0.6, ry: u * 1.6 }, Rgb(140, 100, 60));
        }
    }
}

/// What a place adds behind the characters, over the ground (`old`: in Bible times, a town of mud-brick houses; `rainy`: a grey sky and rain).
pub fn backdrop(p: &mut Painter, place: Place, rng: &mut Rng, lay: &Layout, (snowy, old, rainy): (bool, bool, bool)) {
    let (w, u, hz) = (p.w(), p.unit(), lay.horizon);
    if rainy && place != Place::Storm {
        waters::rain_sky(p, rng, lay);
    }
    let row = |p: &mut Painter, rng: &mut Rng, n: usize, noun: &str, size: f32| {
        for i in 0..n {
            let x = w * (i as f32 + rng.range(0.1, 0.9)) / n as f32;
            let mut pen = p.pen(x, hz + u * rng.range(1.0, 4.0), u * size * rng.range(0.85, 1.15), false);
            buildings::draw(&mut pen, noun, None, rng, snowy);
        }
    };
    match place {
        Place::Forest => row(p, rng, 7, "tree", 0.2),
        Place::Jungle => row(p, rng, 6, "palm tree", 0.26),
        Place::Snow => row(p, rng, 6, "pine", 0.2),
        Place::Hills => row(p, rng, 2, "mountain", 0.3),
        Place::Town => row(p, rng, 4, if old { "mud house" } else { "house" }, 0.2),
        Place::Garden | Place::Farm => {
            let post = p.lit(Rgb(200, 160, 110));
            let y = hz + u * 10.0;
            p.cv.fill(&Shape::rect(0.0, y - u * 5.0, w, y - u * 4.0), post);
            p.cv.fill(&Shape::rect(0.0, y - u * 2.5, w, y - u * 1.5), post);
            for i in 0..(w / (u * 6.0)) as usize {
                let x = i as f32 * u * 6.0;
                p.cv.outlined(
                    &Shape::Poly(vec![(x, y), (x + u * 1.6, y), (x + u * 1.6, y - u * 6.5), (x + u * 0.8, y - u * 7.5), (x, y - u * 6.5)]),
                    post,
                    1.0,
                );
            }
        }
        Place::Desert => {
            for _ in 0..2 {
                let mut pen = p.pen(rng.range(0.0, w), hz + u * rng.range(4.0, 10.0), u * 0.22, rng.coin());
                buildings::draw(&mut pen, "cactus", None, rng, false);
            }
        }
        Place::Moon => {
            let earth = (w * rng.range(0.15, 0.3), p.h() * 0.16, u * 6.0);
            p.cv.fill(&Shape::Circle { x: earth.0, y: earth.1, r: earth.2 }, Rgb(70, 130, 220));
            for (dx, dy, r) in [(-0.3, -0.2, 0.35), (0.35, 0.25, 0.3)] {
                let s = Shape::Circle { x: earth.0 + dx * earth.2, y: earth.1 + dy * earth.2, r: r * earth.2 };
                p.cv.fill(&s, Rgb(90, 180, 100));
            }
        }
        Place::Storm => waters::storm_sky(p, rng, lay),
        other => rooms::backdrop(p, other, rng, lay, old),
    }
}
