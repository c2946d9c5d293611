//! base64 (standard alphabet, padded) and `data:` URIs, as providers send and
//! accept pictures inline (RFC 4648 §4, RFC 2397).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

/// Standard padded base64 of `bytes`.
pub fn base64_encode(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

/// Bytes of standard base64 text (surrounding whitespace ignored).
pub fn base64_decode(text: &str) -> Result<Vec<u8>, base64::DecodeError> {
    STANDARD.decode(text.trim())
}

/// `data:<media type>;base64,<bytes>`.
pub fn data_uri(media_type: &str, bytes: &[u8]) -> String {
    format!("data:{media_type};base64,{}", base64_encode(bytes))
}

/// The media type and bytes of a base64 `data:` URI; `None` for anything else.
pub fn parse_data_uri(uri: &str) -> Option<(String, Vec<u8>)> {
    let rest = uri.strip_prefix("data:")?;
    let (meta, payload) = rest.split_once(',')?;
    let media_type = meta.strip_suffix(";base64")?;
    Some((media_type.to_string(), base64_decode(payload).ok()?))
}

/// The picture type its magic bytes show (PNG, JPEG, WebP), for answers that
/// do not say; the host checks the bytes again before storing anything.
pub fn sniff_picture(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_and_data_uris_round_trip() {
        assert_eq!(base64_encode(b"fox"), "Zm94");
        assert_eq!(base64_decode(" Zm94\n").unwrap(), b"fox");
        assert!(base64_decode("***").is_err());
        let uri = data_uri("image/png", b"\x89PNG");
        assert_eq!(uri, "data:image/png;base64,iVBORw==");
        assert_eq!(parse_data_uri(&uri), Some(("image/png".to_string(), b"\x89PNG".to_vec())));
        assert_eq!(parse_data_uri("https://x.example/a.png"), None);
        assert_eq!(parse_data_uri("data:text/plain,hello"), None);
    }

    #[test]
    fn pictures_are_known_by_their_magic_bytes() {
        assert_eq!(sniff_picture(crate::testing::PNG), Some("image/png"));
        assert_eq!(sniff_picture(crate::testing::JPEG), Some("image/jpeg"));
        assert_eq!(sniff_picture(b"RIFF\0\0\0\0WEBPVP8 "), Some("image/webp"));
        assert_eq!(sniff_picture(b"GIF89a"), None);
    }
}
