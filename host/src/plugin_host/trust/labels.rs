//! Text a plugin supplies (names, groups, versions, messages), made safe to
//! show: control and bidirectional-override characters removed, whitespace
//! collapsed, length capped; and, for the terminal, every remaining
//! non-printing character escaped.

/// Longest model display name shown, in characters.
pub const MAX_DISPLAY_NAME: usize = 40;
/// Longest provider group shown, in characters.
pub const MAX_GROUP: usize = 32;
/// Longest plugin version shown, in characters.
pub const MAX_VERSION: usize = 24;
/// Longest plugin or provider message kept (errors, log lines), in characters.
pub const MAX_MESSAGE: usize = 1000;

/// Characters that change how the text around them is displayed: C0/C1
/// controls (escape sequences, line breaks), bidirectional overrides and
/// isolates, zero-width joiners and the byte-order mark.
fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// `text` as one clean line: unsafe characters dropped, runs of whitespace
/// made one space, trimmed, and cut at `max` characters (with `…`).
pub fn clean_label(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max * 4));
    let mut count = 0;
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if is_unsafe(c) {
            continue;
        }
        let needed = usize::from(pending_space) + 1;
        if count + needed > max {
            out.push('…');
            return out;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
        count += needed;
    }
    out
}

/// `text` cut at `max` characters, with line breaks kept as `\n` escapes and
/// every other unsafe character escaped as `\u{..}`: fit for a log line or a
/// terminal, where a plugin must not start a new line or send escape codes.
pub fn escape_for_terminal(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max * 2));
    for (count, c) in text.chars().enumerate() {
        if count == max {
            out.push('…');
            break;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_unsafe(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// Letters and digits of `text`, lowercased, with look-alikes folded to the
/// Latin letter they pass for: what a label reads as, whatever its
/// punctuation, spacing, case or alphabet ("Built-in", "BUILT IN", "Вuilt_in",
/// "0ffline" and "Storytel1er" read as "builtin", "offline", "storyteller").
pub fn reading(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).map(fold_look_alike).collect()
}

/// The Latin letter a digit or a Cyrillic or Greek letter is mistaken for (itself otherwise).
fn fold_look_alike(c: char) -> char {
    match c {
        '0' | 'о' | 'ο' => 'o',
        '1' | 'і' | 'ι' | 'ӏ' => 'l',
        '3' | 'е' | 'ε' => 'e',
        '5' | 'ѕ' => 's',
        'а' | 'α' => 'a',
        'в' | 'β' => 'b',
        'с' | 'ϲ' => 'c',
        'р' | 'ρ' => 'p',
        'у' | 'γ' => 'y',
        'х' | 'χ' => 'x',
        'к' | 'κ' => 'k',
        'т' | 'τ' => 't',
        'η' => 'n',
        'н' => 'h',
        'м' => 'm',
        'ј' => 'j',
        'ԁ' => 'd',
        'ɡ' => 'g',
        'υ' => 'u',
        'ν' => 'v',
        'ω' => 'w',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_lose_controls_and_are_capped() {
        assert_eq!(clean_label("  GPT\u{1b}[31m  Image\n1 ", 40), "GPT[31m Image 1");
        assert_eq!(clean_label("abc\u{202E}def", 40), "abcdef");
        assert_eq!(clean_label(&"x".repeat(100), 10), format!("{}…", "x".repeat(10)));
        assert_eq!(clean_label("", 10), "");
        assert_eq!(clean_label("Élan vital", 5), "Élan…");
    }

    #[test]
    fn terminal_text_cannot_forge_lines_or_colours() {
        let forged = "ok\n\u{1b}[32mall plugins verified OK\u{1b}[0m\r";
        let shown = escape_for_terminal(forged, 200);
        assert!(!shown.contains('\n') && !shown.contains('\u{1b}') && !shown.contains('\r'));
        assert_eq!(shown, "ok\\n\\u{1b}[32mall plugins verified OK\\u{1b}[0m\\r");
        assert_eq!(escape_for_terminal("abcdef", 3), "abc…");
    }

    #[test]
    fn readings_ignore_case_and_punctuation() {
        assert_eq!(reading("Built-in"), "builtin");
        assert_eq!(reading("BUILT  IN"), "builtin");
        assert_eq!(reading("Storyteller (offline)"), "storytelleroffline");
        assert_eq!(reading("Вuilt-in"), "builtin", "Cyrillic Ve");
        assert_eq!(reading("Picture Bоok (0ffline)"), "picturebookoffline", "Cyrillic o, zero");
        assert_eq!(reading("Storytel1er"), "storyteller");
        assert_eq!(reading("Open.AI"), reading("openai"));
    }
}
