//! A `multipart/form-data` body built by hand (RFC 7578 on RFC 2046): CRLF
//! line endings, a boundary that occurs in no part, text fields and file
//! parts with a filename and a content type.

/// One form field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part<'a> {
    Text { name: &'a str, value: &'a str },
    File { name: &'a str, filename: &'a str, content_type: &'a str, bytes: &'a [u8] },
}

impl Part<'_> {
    fn content(&self) -> &[u8] {
        match self {
            Part::Text { value, .. } => value.as_bytes(),
            Part::File { bytes, .. } => bytes,
        }
    }
}

/// A finished body and the `Content-Type` header value that goes with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub content_type: String,
    pub body: Vec<u8>,
}

/// Encode `parts` in order. Names and filenames are the plugin's own ASCII
/// words; quotes and line breaks in them are dropped all the same.
pub fn encode(parts: &[Part<'_>]) -> Form {
    let boundary = boundary_for(parts);
    let mut body = Vec::new();
    for part in parts {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        match part {
            Part::Text { name, .. } => {
                body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{}\"\r\n", quoted(name)).as_bytes());
            }
            Part::File { name, filename, content_type, .. } => {
                body.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"{}\"; filename=\"{}\"\r\n", quoted(name), quoted(filename)).as_bytes(),
                );
                body.extend_from_slice(format!("Content-Type: {}\r\n", quoted(content_type)).as_bytes());
            }
        }
        body.extend_from_slice(b"\r\n");
        body.extend_from_slice(part.content());
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    Form { content_type: format!("multipart/form-data; boundary={boundary}"), body }
}

/// The first `storyloom-form-boundary-N` that occurs in no part's content.
fn boundary_for(parts: &[Part<'_>]) -> String {
    let mut counter: u64 = 0;
    loop {
        let candidate = format!("storyloom-form-boundary-{counter:016x}");
        if !parts.iter().any(|part| contains(part.content(), candidate.as_bytes())) {
            return candidate;
        }
        counter += 1;
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle)
}

/// A header parameter value without the characters that would end it early.
fn quoted(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, '"' | '\r' | '\n' | '\\')).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_framed_with_crlf_and_a_closing_boundary() {
        let form = encode(&[
            Part::Text { name: "model", value: "gpt-image-1" },
            Part::File { name: "image[]", filename: "reference-1.png", content_type: "image/png", bytes: b"PNG bytes" },
        ]);
        let boundary = "storyloom-form-boundary-0000000000000000";
        assert_eq!(form.content_type, format!("multipart/form-data; boundary={boundary}"));
        let expected = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\ngpt-image-1\r\n\
             --{boundary}\r\nContent-Disposition: form-data; name=\"image[]\"; filename=\"reference-1.png\"\r\n\
             Content-Type: image/png\r\n\r\nPNG bytes\r\n--{boundary}--\r\n"
        );
        assert_eq!(String::from_utf8(form.body).unwrap(), expected);
    }

    #[test]
    fn binary_content_is_copied_untouched() {
        let bytes = [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n', 0, 255];
        let form = encode(&[Part::File { name: "image[]", filename: "a.png", content_type: "image/png", bytes: &bytes }]);
        assert!(contains(&form.body, &[b"\r\n\r\n".as_slice(), &bytes, b"\r\n--"].concat()));
    }

    #[test]
    fn the_boundary_never_occurs_in_a_part() {
        let sneaky = "--storyloom-form-boundary-0000000000000000\r\n";
        let form = encode(&[Part::Text { name: "prompt", value: sneaky }]);
        assert!(form.content_type.ends_with("storyloom-form-boundary-0000000000000001"));
        let text = String::from_utf8(form.body).unwrap();
        assert_eq!(text.matches("--storyloom-form-boundary-0000000000000001").count(), 2);
    }

    #[test]
    fn names_cannot_break_out_of_their_quotes() {
        assert_eq!(quoted("a\"b\r\nc\\"), "abc");
    }
}
