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
}
