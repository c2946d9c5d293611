//! A strict `multipart/form-data` reader for the fake (RFC 7578 on RFC 2046):
//! the boundary from the `Content-Type` header, CRLF line endings, a
//! `Content-Disposition: form-data; name=…` on every part and a closing
//! delimiter. Anything else is an error, so a sloppy body fails the test.

/// One part of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormPart {
    pub name: String,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

impl FormPart {
    /// The part's content as text (lossy).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
}

/// The boundary of a `multipart/form-data` content type, if that is what it is.
pub fn boundary(content_type: &str) -> Option<String> {
    let mut params = content_type.split(';').map(str::trim);
    if !params.next()?.eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.find_map(|p| {
        let (key, value) = p.split_once('=')?;
        key.trim().eq_ignore_ascii_case("boundary").then(|| value.trim().trim_matches('"').to_string())
    })
}

/// Parse a whole body framed by `boundary`.
pub fn parse(body: &[u8], boundary: &str) -> Result<Vec<FormPart>, String> {
    if boundary.is_empty() || boundary.len() > 70 {
        return Err(format!("boundary {boundary:?} must be 1 to 70 characters"));
    }
    let first = format!("--{boundary}\r\n");
    let rest = body.strip_prefix(first.as_bytes()).ok_or("the body does not start with the boundary line")?;
    let closing = format!("\r\n--{boundary}--");
    let end = find(rest, closing.as_bytes()).ok_or("no closing boundary")?;
    let after = &rest[end + closing.len()..];
    if !(after.is_empty() || after.starts_with(b"\r\n")) {
        return Err("bytes after the closing boundary on its line".into());
    }
    let separator = format!("\r\n--{boundary}\r\n");
    let mut parts = Vec::new();
    let mut inner = &rest[..end];
    loop {
        let (raw, next) = match find(inner, separator.as_bytes()) {
            Some(at) => (&inner[..at], Some(&inner[at + separator.len()..])),
            None => (inner, None),
        };
        parts.push(part(raw)?);
        match next {
            Some(next) => inner = next,
            None => break,
        }
    }
    Ok(parts)
}

fn part(raw: &[u8]) -> Result<FormPart, String> {
    let split = find(raw, b"\r\n\r\n").ok_or("a part has no blank line after its headers")?;
    let head = std::str::from_utf8(&raw[..split]).map_err(|_| "part headers are not UTF-8".to_string())?;
    let mut name = None;
    let mut filename = None;
    let mut content_type = None;
    for line in head.split("\r\n") {
        if line.contains('\n') || line.contains('\r') {
            return Err(format!("bare line break in part header {line:?}"));
        }
        let (key, value) = line.split_once(':').ok_or_else(|| format!("malformed part header {line:?}"))?;
        match key.trim().to_ascii_lowercase().as_str() {
            "content-disposition" => {
                let mut params = value.split(';').map(str::trim);
                if params.next() != Some("form-data") {
                    return Err(format!("Content-Disposition must be form-data, got {value:?}"));
                }
                for param in params {
                    let (k, v) = param.split_once('=').ok_or_else(|| format!("bad parameter {param:?}"))?;
                    let v = v.strip_prefix('"').and_then(|v| v.strip_suffix('"')).ok_or_else(|| format!("unquoted {k}"))?;
                    match k {
                        "name" => name = Some(v.to_string()),
                        "filename" => filename = Some(v.to_string()),
                        _ => {}
                    }
                }
            }
            "content-type" => content_type = Some(value.trim().to_string()),
            _ => {}
        }
    }
    let name = name.ok_or("a part has no name")?;
    Ok(FormPart { name, filename, content_type, bytes: raw[split + 4..].to_vec() })
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
