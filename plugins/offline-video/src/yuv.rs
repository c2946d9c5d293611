//! Colour planes: RGB to Y′CbCr in BT.601 *limited* range (Y 16–235, Cb/Cr
//! 16–240), the range an H.264 stream without a VUI range flag is decoded in
//! (ITU-T H.264 Annex E: `video_full_range_flag` absent = 0), and the planes
//! a frame is sampled from.

/// One full-resolution plane of 8-bit samples, row by row.
#[derive(Debug, Clone)]
pub struct Plane {
    pub width: usize,
    pub height: usize,
    pub samples: Vec<u8>,
}

impl Plane {
    /// The sample at `(x, y)` in 16.16 fixed point, bilinearly interpolated;
    /// coordinates outside the plane are clamped to its edge.
    pub fn bilinear(&self, x_fp: i64, y_fp: i64) -> u8 {
        let max_x = (self.width as i64 - 1).max(0);
        let max_y = (self.height as i64 - 1).max(0);
        let x0 = (x_fp >> 16).clamp(0, max_x);
        let y0 = (y_fp >> 16).clamp(0, max_y);
        let x1 = (x0 + 1).min(max_x);
        let y1 = (y0 + 1).min(max_y);
        let fx = if x_fp < 0 || (x_fp >> 16) >= max_x { 0 } else { x_fp & 0xffff };
        let fy = if y_fp < 0 || (y_fp >> 16) >= max_y { 0 } else { y_fp & 0xffff };
        let at = |x: i64, y: i64| i64::from(self.samples[y as usize * self.width + x as usize]);
        let top = at(x0, y0) * (0x10000 - fx) + at(x1, y0) * fx;
        let bottom = at(x0, y1) * (0x10000 - fx) + at(x1, y1) * fx;
        let value = (top >> 8) * (0x10000 - fy) + (bottom >> 8) * fy;
        ((value + (1 << 23)) >> 24).clamp(0, 255) as u8
    }
}

/// The Y, Cb and Cr planes of an RGB picture, each at the picture's full size
/// (frames sample chroma at half resolution from them).
#[derive(Debug, Clone)]
pub struct Planes {
    pub y: Plane,
    pub cb: Plane,
    pub cr: Plane,
}

/// Y′CbCr (limited range) of one RGB pixel, with the integer BT.601 formulas
/// (ITU-R BT.601-7 §2.5.3, 8-bit, rounded).
pub fn ycbcr(r: u8, g: u8, b: u8) -> (u8, u8, u8) {
    let (r, g, b) = (i32::from(r), i32::from(g), i32::from(b));
    let y = ((66 * r + 129 * g + 25 * b + 128) >> 8) + 16;
    let cb = ((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128;
    let cr = ((112 * r - 94 * g - 18 * b + 128) >> 8) + 128;
    (y.clamp(16, 235) as u8, cb.clamp(16, 240) as u8, cr.clamp(16, 240) as u8)
}

/// Split packed RGB (`width * height * 3` bytes) into Y′CbCr planes.
pub fn planes(width: usize, height: usize, rgb: &[u8]) -> Planes {
    let count = width * height;
    let (mut y, mut cb, mut cr) = (Vec::with_capacity(count), Vec::with_capacity(count), Vec::with_capacity(count));
    for pixel in rgb.chunks_exact(3).take(count) {
        let (py, pcb, pcr) = ycbcr(pixel[0], pixel[1], pixel[2]);
        y.push(py);
        cb.push(pcb);
        cr.push(pcr);
    }
    let plane = |samples| Plane { width, height, samples };
    Planes { y: plane(y), cb: plane(cb), cr: plane(cr) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bt601_limited_range_of_known_colours() {
        // Reference values: BT.601 limited range, 8 bit.
        let cases = [
            ((0, 0, 0), (16, 128, 128)),
            ((255, 255, 255), (235, 128, 128)),
            ((255, 0, 0), (82, 90, 240)),
            ((0, 255, 0), (145, 54, 34)),
            ((0, 0, 255), (41, 240, 110)),
            ((128, 128, 128), (126, 128, 128)),
        ];
        for (rgb, expected) in cases {
            let (y, cb, cr) = ycbcr(rgb.0, rgb.1, rgb.2);
            let near = |a: u8, b: u8| a.abs_diff(b) <= 1;
            assert!(near(y, expected.0) && near(cb, expected.1) && near(cr, expected.2), "{rgb:?} → {:?}", (y, cb, cr));
        }
    }

    #[test]
    fn bilinear_interpolates_between_samples_and_clamps_at_edges() {
        let plane = Plane { width: 2, height: 2, samples: vec![0, 200, 100, 50] };
        let fp = |v: f64| (v * 65536.0) as i64;
        let cases = [
            ((0.0, 0.0), 0),
            ((1.0, 0.0), 200),
            ((0.5, 0.0), 100),
            ((0.0, 0.5), 50),
            ((0.5, 0.5), 88),
            ((-3.0, -3.0), 0),
            ((9.0, 9.0), 50),
            ((9.0, 0.0), 200),
        ];
        for ((x, y), expected) in cases {
            let got = plane.bilinear(fp(x), fp(y));
            assert!(got.abs_diff(expected) <= 1, "({x}, {y}) → {got}, expected {expected}");
        }
    }
}
