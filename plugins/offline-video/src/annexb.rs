//! Splitting an H.264 Annex-B byte stream (ITU-T H.264 Annex B: NAL units
//! after `00 00 01` / `00 00 00 01` start codes) into access units, one per
//! picture, for the MP4 muxer. The rule (H.264 §7.4.1.2.3): a new access
//! unit starts at an SEI, SPS, PPS or access unit delimiter (NAL types 6–9),
//! or at a coded slice whose `first_mb_in_slice` is 0 (its first payload bit
//! is 1 in Exp-Golomb) once the current unit already holds a slice. A unit
//! holding an IDR slice (type 5) is a keyframe.

/// One picture's NAL units, still with their start codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessUnit {
    pub bytes: Vec<u8>,
    pub keyframe: bool,
}

/// The NAL units of `stream`: `(start of the start code, start of the NAL header)`.
fn nal_starts(stream: &[u8]) -> Vec<(usize, usize)> {
    let mut starts = Vec::new();
    let mut i = 0;
    while i + 3 <= stream.len() {
        if stream[i] == 0 && stream[i + 1] == 0 && stream[i + 2] == 1 {
            let code_start = if i > 0 && stream[i - 1] == 0 { i - 1 } else { i };
            starts.push((code_start, i + 3));
            i += 3;
        } else {
            i += 1;
        }
    }
    starts
}

/// Split `stream` into access units; bytes before the first start code are dropped.
pub fn access_units(stream: &[u8]) -> Vec<AccessUnit> {
    let starts = nal_starts(stream);
    let mut units: Vec<AccessUnit> = Vec::new();
    let mut current: Option<(usize, bool, bool)> = None; // (start, has a slice, keyframe)
    for &(code_start, header) in &starts {
        let Some(&first) = stream.get(header) else { continue };
        let nal_type = first & 0x1f;
        let is_slice = matches!(nal_type, 1 | 5);
        let first_mb_zero = is_slice && stream.get(header + 1).is_some_and(|b| b & 0x80 != 0);
        let starts_unit = match current {
            None => true,
            Some((_, has_slice, _)) => has_slice && ((6..=9).contains(&nal_type) || first_mb_zero),
        };
        if starts_unit {
            if let Some((start, _, keyframe)) = current.take() {
                units.push(AccessUnit { bytes: stream[start..code_start].to_vec(), keyframe });
            }
            current = Some((code_start, false, false));
        }
        if let Some((_, has_slice, keyframe)) = current.as_mut() {
            *has_slice |= is_slice;
            *keyframe |= nal_type == 5;
        }
    }
    if let Some((start, _, keyframe)) = current {
        units.push(AccessUnit { bytes: stream[start..].to_vec(), keyframe });
    }
    units
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A NAL unit with a 4-byte start code: header byte then payload.
    fn nal(header: u8, payload: &[u8]) -> Vec<u8> {
        let mut out = vec![0, 0, 0, 1, header];
        out.extend_from_slice(payload);
        out
    }

    #[test]
    fn units_start_at_parameter_sets_or_a_first_slice() {
        let sps = nal(0x67, &[0x64, 0x00, 0x1f]);
        let pps = nal(0x68, &[0xee, 0x3c]);
        let idr = nal(0x65, &[0x88, 0x80]); // first_mb_in_slice = 0
        let p1 = nal(0x41, &[0x9a, 0x02]); // first_mb_in_slice = 0
        let p1_second_slice = nal(0x41, &[0x40, 0x11]); // first_mb_in_slice != 0
        let p2 = nal(0x41, &[0x9a, 0x04]);
        let stream: Vec<u8> = [sps.clone(), pps.clone(), idr.clone(), p1.clone(), p1_second_slice.clone(), p2.clone()].concat();
        let units = access_units(&stream);
        assert_eq!(units.len(), 3);
        assert_eq!(units[0], AccessUnit { bytes: [sps, pps, idr].concat(), keyframe: true });
        assert_eq!(units[1], AccessUnit { bytes: [p1, p1_second_slice].concat(), keyframe: false });
        assert_eq!(units[2], AccessUnit { bytes: p2, keyframe: false });
    }

    #[test]
    fn three_byte_start_codes_and_leading_garbage() {
        let stream = [&[9u8, 9][..], &[0, 0, 1, 0x65, 0x88], &[0, 0, 1, 0x41, 0x9a], &[0, 0, 0, 1, 0x06, 0x05, 0x01]].concat();
        let units = access_units(&stream);
        assert_eq!(units.len(), 3, "{units:?}");
        assert!(units[0].keyframe && !units[1].keyframe && !units[2].keyframe);
        assert_eq!(units[0].bytes, [0, 0, 1, 0x65, 0x88]);
        assert!(access_units(&[]).is_empty());
        assert!(access_units(&[1, 2, 3]).is_empty());
    }
}
