//! The camera: a slow pan and zoom over the picture (the "Ken Burns effect").
//! A crop window moves from a start framing to an end framing with
//! smoothstep easing; each frame samples the window bilinearly into I420
//! planes (Y at full resolution, Cb and Cr at half, as H.264 4:2:0 wants).
//! Which way it moves comes from a seed, so a scene's clip is always the same.

use storyloom_plugin_sdk::rng::Rng;

use crate::yuv::Planes;

/// A crop window in picture pixels: its centre and its side (windows are square, like the clips).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Framing {
    pub centre_x: f64,
    pub centre_y: f64,
    pub side: f64,
}

/// Where the camera starts and ends.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Path {
    pub from: Framing,
    pub to: Framing,
}

/// How far the camera zooms in: the tight framing's side is the picture's divided by this.
pub const ZOOM: f64 = 1.25;

impl Path {
    /// A path over a `side`×`side` picture: the whole picture at one end, a
    /// window `ZOOM` times tighter towards one of eight points of interest
    /// (thirds and corners) at the other; zooming in or out, by the seed.
    pub fn choose(side: f64, seed: u64) -> Path {
        let mut rng = Rng::new(seed);
        let whole = Framing { centre_x: side / 2.0, centre_y: side / 2.0, side };
        let tight_side = side / ZOOM;
        let room = (side - tight_side) / 2.0;
        let (dx, dy) = [(-1.0, -1.0), (0.0, -1.0), (1.0, -1.0), (-1.0, 0.0), (1.0, 0.0), (-1.0, 1.0), (0.0, 1.0), (1.0, 1.0)][rng.below(8)];
        // Not quite into the corner: the middle of the picture stays in view.
        let tight = Framing { centre_x: side / 2.0 + dx * room * 0.8, centre_y: side / 2.0 + dy * room * 0.8, side: tight_side };
        if rng.coin() { Path { from: whole, to: tight } } else { Path { from: tight, to: whole } }
    }

    /// The framing at `t` in `0.0..=1.0`, eased (smoothstep: slow start, slow stop).
    pub fn at(&self, t: f64) -> Framing {
        let t = t.clamp(0.0, 1.0);
        let eased = t * t * (3.0 - 2.0 * t);
        let mix = |a: f64, b: f64| a + (b - a) * eased;
        Framing {
            centre_x: mix(self.from.centre_x, self.to.centre_x),
            centre_y: mix(self.from.centre_y, self.to.centre_y),
            side: mix(self.from.side, self.to.side),
        }
    }
}

/// One frame in I420: Y (`side`×`side`) then Cb and Cr (`side/2`×`side/2`).
pub struct Frame {
    pub y: Vec<u8>,
    pub cb: Vec<u8>,
    pub cr: Vec<u8>,
}

/// Sample `framing` of `planes` into a `side`×`side` frame (`side` even).
pub fn sample(planes: &Planes, framing: Framing, side: usize) -> Frame {
    let scale = framing.side / side as f64;
    let left = framing.centre_x - framing.side / 2.0;
    let top = framing.centre_y - framing.side / 2.0;
    let fp = |v: f64| (v * 65536.0).round() as i64;
    // Pixel centres: output pixel i covers [i, i+1) and samples at i + 0.5.
    let luma_at = |i: usize| fp(left + (i as f64 + 0.5) * scale - 0.5);
    let luma_row = |j: usize| fp(top + (j as f64 + 0.5) * scale - 0.5);
    let xs: Vec<i64> = (0..side).map(luma_at).collect();
    let mut y = Vec::with_capacity(side * side);
    for j in 0..side {
        let row = luma_row(j);
        y.extend(xs.iter().map(|&x| planes.y.bilinear(x, row)));
    }
    let half = side / 2;
    let chroma_scale = scale * 2.0;
    let cxs: Vec<i64> = (0..half).map(|i| fp(left + (i as f64 + 0.5) * chroma_scale - 0.5)).collect();
    let (mut cb, mut cr) = (Vec::with_capacity(half * half), Vec::with_capacity(half * half));
    for j in 0..half {
        let row = fp(top + (j as f64 + 0.5) * chroma_scale - 0.5);
        for &x in &cxs {
            cb.push(planes.cb.bilinear(x, row));
            cr.push(planes.cr.bilinear(x, row));
        }
    }
    Frame { y, cb, cr }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yuv::planes;

    #[test]
    fn paths_start_or_end_on_the_whole_picture_and_stay_inside_it() {
        let side = 640.0;
        let mut directions = std::collections::HashSet::new();
        for seed in 0..64u64 {
            let path = Path::choose(side, seed);
            let whole = Framing { centre_x: 320.0, centre_y: 320.0, side };
            assert!(path.from == whole || path.to == whole, "seed {seed}: {path:?}");
            for step in 0..=20 {
                let f = path.at(f64::from(step) / 20.0);
                assert!(f.side <= side + 1e-9 && f.side >= side / ZOOM - 1e-9);
                assert!(f.centre_x - f.side / 2.0 >= -1e-9 && f.centre_x + f.side / 2.0 <= side + 1e-9, "seed {seed} step {step}: {f:?}");
                assert!(f.centre_y - f.side / 2.0 >= -1e-9 && f.centre_y + f.side / 2.0 <= side + 1e-9, "seed {seed} step {step}: {f:?}");
            }
            let tight = if path.from == whole { path.to } else { path.from };
            directions.insert(((tight.centre_x - 320.0).signum() as i32, (tight.centre_y - 320.0).signum() as i32, path.from == whole));
        }
        assert!(directions.len() >= 8, "seeds give varied paths: {directions:?}");
        assert_eq!(Path::choose(side, 7), Path::choose(side, 7), "same seed, same path");
    }

    #[test]
    fn easing_is_slow_at_both_ends() {
        let path = Path::choose(100.0, 1);
        let first = (path.at(0.01).side - path.at(0.0).side).abs();
        let middle = (path.at(0.51).side - path.at(0.5).side).abs();
        assert!(first < middle / 10.0, "{first} vs {middle}");
        assert_eq!(path.at(-1.0), path.at(0.0));
        assert_eq!(path.at(2.0), path.at(1.0));
    }

    #[test]
    fn a_frame_of_the_whole_picture_at_its_own_size_is_the_picture() {
        // A 4×4 picture: left half red, right half blue.
        let mut rgb = Vec::new();
        for _ in 0..4 {
            for x in 0..4 {
                rgb.extend_from_slice(if x < 2 { &[255, 0, 0] } else { &[0, 0, 255] });
            }
        }
        let planes = planes(4, 4, &rgb);
        let frame = sample(&planes, Framing { centre_x: 2.0, centre_y: 2.0, side: 4.0 }, 4);
        assert_eq!(frame.y, planes.y.samples);
        assert_eq!(frame.cb.len(), 4);
        assert!(frame.cb[0] < 128 && frame.cb[1] > 128, "red then blue: {:?}", frame.cb);
        assert!(frame.cr[0] > 128 && frame.cr[1] < 128, "{:?}", frame.cr);
    }
}
