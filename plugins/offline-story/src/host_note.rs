//! The host's note at the end of a premise, "(bedtime; starring Ana, Ben and
//! Dad; with dinosaurs)", split from the premise: the names it stars, the
//! things it adds, and whether it asks for a bedtime story.

/// The host's note at the end of a premise: "(bedtime; starring Ana, Ben and Dad; with dinosaurs)".
#[derive(Debug, Default, Clone, PartialEq)]
pub struct HostNote {
    /// The premise without the note.
    pub base: String,
    /// The names it stars.
    pub starring: Vec<String>,
    /// The things it adds.
    pub with: Vec<String>,
    /// A bedtime story: soothing and slow, ending asleep.
    pub bedtime: bool,
}

/// Whether one `;` part of a note is the host's own: "bedtime", "starring …", "with …".
fn note_part(part: &str) -> bool {
    let part = part.trim();
    part.eq_ignore_ascii_case("bedtime") || part.starts_with("starring ") || part.starts_with("with ")
}

/// The premise split from the host's note; its parts may come in any order.
/// A bracket that is not the host's ("(a very big one)") stays in the premise.
pub fn host_note(premise: &str) -> HostNote {
    let trimmed = premise.trim();
    let note = trimmed.strip_suffix(')').and_then(|rest| rest.rfind('(').map(|open| (&rest[..open], &rest[open + 1..])));
    let Some((base, note)) = note.filter(|(_, n)| n.split(';').all(note_part)) else {
        return HostNote { base: trimmed.to_string(), ..HostNote::default() };
    };
    let mut out = HostNote { base: base.trim().to_string(), ..HostNote::default() };
    for part in note.split(';').map(str::trim) {
        if part.eq_ignore_ascii_case("bedtime") {
            out.bedtime = true;
        } else if let Some(list) = part.strip_prefix("starring ") {
            let list = list.replace(", and ", ", ").replace(" and ", ", ");
            out.starring.extend(list.split(',').map(str::trim).filter(|n| !n.is_empty()).map(str::to_string));
        } else if let Some(thing) = part.strip_prefix("with ") {
            out.with.push(thing.trim().to_string());
        }
    }
    out
}
