//! What a media file really is, judged from its first bytes (magic numbers,
//! through the `infer` crate), never from the type a plugin declared.
//!
//! Owns the closed list of media types this server stores and serves (PNG,
//! JPEG and WebP pictures; MP4 clips) with their file extensions, and the rule
//! that turns a plugin's declared type plus its bytes into the true type, or
//! into a refusal a parent can read. Nothing outside this list is ever stored
//! or served, whatever a plugin or an old record says.

/// Leading bytes that are enough to recognise every type we serve.
pub const SNIFF_LEN: usize = 64;

/// What a plugin call was for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    Picture,
    Clip,
}

impl MediaKind {
    /// "picture model" / "video model".
    fn model(self) -> &'static str {
        match self {
            Self::Picture => "picture",
            Self::Clip => "video",
        }
    }

    /// "a picture" / "a video clip".
    fn noun(self) -> &'static str {
        match self {
            Self::Picture => "a picture",
            Self::Clip => "a video clip",
        }
    }

    /// The types of this kind we accept, for messages.
    fn accepted(self) -> &'static str {
        match self {
            Self::Picture => "PNG, JPEG and WebP pictures",
            Self::Clip => "MP4 clips",
        }
    }

    /// The kind a media type's top level names (`image/…`, `video/…`), if any.
    fn of_mime(mime: &str) -> Option<Self> {
        match mime.split('/').next().map(str::trim) {
            Some(top) if top.eq_ignore_ascii_case("image") => Some(Self::Picture),
            Some(top) if top.eq_ignore_ascii_case("video") => Some(Self::Clip),
            _ => None,
        }
    }
}

/// A media type this server stores and serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaType {
    Png,
    Jpeg,
    Webp,
    Mp4,
}

impl MediaType {
    /// The `Content-Type` it is stored and served under.
    pub fn mime(self) -> &'static str {
        match self {
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
            Self::Webp => "image/webp",
            Self::Mp4 => "video/mp4",
        }
    }

    /// The blob's file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Jpeg => "jpg",
            Self::Webp => "webp",
            Self::Mp4 => "mp4",
        }
    }

    pub fn kind(self) -> MediaKind {
        match self {
            Self::Png | Self::Jpeg | Self::Webp => MediaKind::Picture,
            Self::Mp4 => MediaKind::Clip,
        }
    }

    /// Whether `declared` (as a plugin or a record wrote it) names exactly this type.
    pub fn matches_declared(self, declared: &str) -> bool {
        essence(declared).eq_ignore_ascii_case(self.mime())
    }

    fn description(self) -> &'static str {
        match self {
            Self::Png => "a PNG image",
            Self::Jpeg => "a JPEG image",
            Self::Webp => "a WebP image",
            Self::Mp4 => "an MP4 video",
        }
    }
}

/// What some bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    /// A type we serve.
    Served(MediaType),
    /// A type `infer` knows but we do not serve (GIF, PDF, HTML…).
    Other(&'static str),
    /// Nothing recognisable.
    Unknown,
}

impl Sniffed {
    fn description(self) -> String {
        match self {
            Self::Served(media_type) => media_type.description().to_string(),
            Self::Other(mime) => format!("of type {mime}"),
            Self::Unknown => "of no known type".to_string(),
        }
    }
}

/// Recognise `bytes` (the whole file or at least its first [`SNIFF_LEN`] bytes).
pub fn sniff(bytes: &[u8]) -> Sniffed {
    // Our own types first, each by its own matcher, so the order of infer's table cannot shadow them.
    let served = [
        (MediaType::Png, infer::image::is_png as fn(&[u8]) -> bool),
        (MediaType::Jpeg, infer::image::is_jpeg),
        (MediaType::Webp, infer::image::is_webp),
        (MediaType::Mp4, infer::video::is_mp4),
    ];
    if let Some((media_type, _)) = served.iter().find(|(_, matches)| matches(bytes)) {
        return Sniffed::Served(*media_type);
    }
    match infer::get(bytes) {
        Some(other) => Sniffed::Other(other.mime_type()),
        None => Sniffed::Unknown,
    }
}

/// The type we serve that `bytes` are, if any.
pub fn served_type(bytes: &[u8]) -> Option<MediaType> {
    match sniff(bytes) {
        Sniffed::Served(media_type) => Some(media_type),
        _ => None,
    }
}

/// Why a plugin's media was refused; the message is for parents.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MediaRefusal {
    #[error("the {model} model sent something that is not {noun} (it said {declared}, the bytes are {found})", model = .wanted.model(), noun = .wanted.noun())]
    NotOfKind { wanted: MediaKind, declared: String, found: String },
    #[error("the {model} model sent a type this server does not accept (it said {declared}, the bytes are {found}); it accepts {accepted}", model = .wanted.model(), accepted = .wanted.accepted())]
    NotAccepted { wanted: MediaKind, declared: String, found: String },
}

/// The true type of a plugin's media for a call of `kind`, from its bytes.
///
/// A type of the right kind but mislabelled (a PNG declared `image/jpeg`) is
/// corrected; the caller compares with [`MediaType::matches_declared`] to log
/// it. Bytes of another kind than the call asked for, a declared type of
/// another kind (a video in a picture call), and unknown or unserved bytes are
/// refused.
pub fn true_type(kind: MediaKind, declared: &str, bytes: &[u8]) -> Result<MediaType, MediaRefusal> {
    let found = sniff(bytes);
    let refuse_kind = || MediaRefusal::NotOfKind { wanted: kind, declared: shown(declared), found: found.description() };
    if MediaKind::of_mime(essence(declared)).is_some_and(|declared_kind| declared_kind != kind) {
        return Err(refuse_kind());
    }
    match found {
        Sniffed::Served(media_type) if media_type.kind() == kind => Ok(media_type),
        Sniffed::Other(mime) if MediaKind::of_mime(mime) == Some(kind) => {
            Err(MediaRefusal::NotAccepted { wanted: kind, declared: shown(declared), found: found.description() })
        }
        _ => Err(refuse_kind()),
    }
}

/// A declared type without parameters (`image/png; q=1` → `image/png`).
fn essence(declared: &str) -> &str {
    declared.split(';').next().unwrap_or("").trim()
}

/// A plugin's declared type as it may appear in a message: printable, short.
pub fn shown(declared: &str) -> String {
    let cleaned: String = essence(declared).chars().filter(|c| !c.is_control()).take(60).collect();
    if cleaned.is_empty() { "nothing".to_string() } else { cleaned }
}

#[cfg(test)]
#[path = "sniff_tests.rs"]
mod tests;
