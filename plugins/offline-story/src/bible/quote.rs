//! A verse as the child hears it: one short paragraph in curly quotes with
//! its reference, “…” (Book 1:2, WEB); a verse that is one whole speech keeps
//! its own marks instead of getting a second pair, and quotes inside a verse
//! become single ones.

/// A verse as its own short paragraph: “…” (Book 1:2, WEB), in curly
/// quotes. A verse that is one whole speech keeps its own marks instead of
/// getting a second pair; the quotes inside a verse are single ones (and
/// theirs double again); a mark whose partner lies outside the verse is
/// balanced when it opens or closes the verse and dropped in the middle.
pub(super) fn quote(verse: &str, reference: &str) -> String {
    format!("{} ({reference}, WEB)", quoted(verse))
}

/// A verse's quote marks: where they are, and whether each opens.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open(bool),
    Close(bool),
}

/// The quote mark a character is, if any: `double` for “ ”, else ‘ ’. A ’
/// between letters, or after a plural's s with no single quote open, is an apostrophe.
fn mark(chars: &[char], i: usize, single_open: bool) -> Option<Mark> {
    let letter = |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(|c| c.is_alphanumeric());
    match chars[i] {
        '“' => Some(Mark::Open(true)),
        '”' => Some(Mark::Close(true)),
        '‘' => Some(Mark::Open(false)),
        '’' if letter(i.checked_sub(1)) && letter(Some(i + 1)) => None,
        '’' if single_open || i.checked_sub(1).is_some_and(|j| ".,!?;:".contains(chars[j])) => Some(Mark::Close(false)),
        _ => None,
    }
}

fn quoted(verse: &str) -> String {
    let chars: Vec<char> = verse.trim().chars().collect();
    // Pair the marks; a close with no open is kept only at the very end.
    let mut kept: Vec<(char, Option<Mark>)> = Vec::new();
    let mut open: Vec<bool> = Vec::new();
    let mut lead: Vec<bool> = Vec::new();
    for i in 0..chars.len() {
        let single_open = open.contains(&false);
        match mark(&chars, i, single_open) {
            Some(Mark::Open(d)) => {
                open.push(d);
                kept.push((chars[i], Some(Mark::Open(d))));
            }
            Some(Mark::Close(d)) if open.last() == Some(&d) => {
                open.pop();
                kept.push((chars[i], Some(Mark::Close(d))));
            }
            Some(Mark::Close(d)) => {
                let at_end = chars[i + 1..].iter().all(|c| c.is_whitespace() || matches!(c, '”' | '’'));
                if at_end && open.is_empty() {
                    lead.insert(0, d);
                    kept.push((chars[i], Some(Mark::Close(d))));
                }
            }
            None => kept.push((chars[i], None)),
        }
    }
    let mut marks: Vec<(char, Option<Mark>)> = lead.into_iter().map(|d| (' ', Some(Mark::Open(d)))).collect();
    marks.extend(kept);
    marks.extend(open.into_iter().rev().map(|d| (' ', Some(Mark::Close(d)))));
    // One speech from the first mark to the last: no second pair around it.
    let mut depth = 0usize;
    let mut whole = matches!(marks.first(), Some((_, Some(Mark::Open(_))))) && matches!(marks.last(), Some((_, Some(Mark::Close(_)))));
    for (k, (_, m)) in marks.iter().enumerate() {
        match m {
            Some(Mark::Open(_)) => depth += 1,
            Some(Mark::Close(_)) => depth = depth.saturating_sub(1),
            None => {}
        }
        if depth == 0 && k + 1 < marks.len() {
            whole = false;
        }
    }
    let mut out = String::new();
    let mut level = usize::from(!whole);
    if !whole {
        out.push('“');
    }
    for (c, m) in marks {
        match m {
            Some(Mark::Open(_)) => {
                out.push(if level % 2 == 0 { '“' } else { '‘' });
                level += 1;
            }
            Some(Mark::Close(_)) => {
                level = level.saturating_sub(1);
                out.push(if level % 2 == 0 { '”' } else { '’' });
            }
            None => out.push(c),
        }
    }
    if !whole {
        out.push('”');
    }
    out
}
