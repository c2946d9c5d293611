//! The last pass over a kids scene, against repetition: the object's full
//! name ("the cardboard rocket") is said once per paragraph and then
//! shortened ("the rocket"), and a plain sentence already told earlier in the
//! story (or earlier in this scene) is not said again. Sentences with quotes
//! and the closing question are kept whole, so speech never breaks.

use crate::premise::Premise;

/// The scene's paragraphs with the object's name shortened after its first
/// mention in each paragraph, and sentences already told left out.
pub fn polish(p: &Premise, paragraphs: Vec<String>, told: &[String]) -> Vec<String> {
    let told: Vec<String> = told.iter().map(|t| shorten(p, t)).collect();
    let mut said: Vec<String> = told.iter().flat_map(|t| sentences(t)).map(|s| key(&s)).collect();
    let mut out = Vec::new();
    for para in paragraphs {
        let para = own(p, &shorten(p, &para));
        // A story at night never has its "best day ever".
        let para = if p.time == Some(crate::words::Time::Night) { para.replace("Best day ever", "Best night ever") } else { para };
        let mut kept: Vec<String> = Vec::new();
        let parts = sentences(&para);
        let last = parts.len().saturating_sub(1);
        for s in parts {
            let k = key(&s);
            let plain = !s.contains('"') && !s.ends_with('?') && k.split(' ').count() > 3;
            // A paragraph of one sentence is kept whole; a plain repeat in a longer one is left out.
            if plain && said.contains(&k) && last > 0 {
                continue;
            }
            said.push(k);
            kept.push(s);
        }
        let text = kept.join(" ");
        if !text.trim().is_empty() {
            out.push(text);
        }
    }
    out
}

/// The object's full name kept once per paragraph: later "the cardboard rocket" → "the rocket".
pub fn shorten(p: &Premise, para: &str) -> String {
    let Some(o) = &p.object else { return para.to_string() };
    let phrase = o.phrase.as_str();
    let Some(noun) = phrase.rsplit(' ').next().filter(|n| *n != phrase) else { return para.to_string() };
    let Some(first) = para.find(phrase) else { return para.to_string() };
    let (head, tail) = para.split_at(first + phrase.len());
    format!("{head}{}", tail.replace(phrase, noun))
}

/// Sentences, each with its end mark; a closing quote stays with its sentence.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut quoted = false;
    for (i, &c) in chars.iter().enumerate() {
        cur.push(c);
        if c == '"' {
            quoted = !quoted;
        }
        let next = chars.get(i + 1).copied();
        let ends = matches!(c, '.' | '!' | '?') && !quoted && next.is_none_or(|n| n == ' ') && chars.get(i.wrapping_sub(1)) != Some(&'.');
        let closes = c == '"' && !quoted && matches!(chars.get(i.wrapping_sub(1)), Some('.' | '!' | '?')) && next.is_none_or(|n| n == ' ');
        if ends || closes {
            out.push(cur.trim().to_string());
            cur.clear();
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    out
}

/// A sentence as compared: lower case letters and spaces.
pub fn key(s: &str) -> String {
    let spaced: String = s.chars().map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { ' ' }).collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "Pip closed Pip's eyes" → "Pip closed their eyes": a character whose
/// pronoun is not known is never named twice in one clause.
pub fn own(p: &Premise, text: &str) -> String {
    let mut out = text.to_string();
    for m in p.cast.iter().filter(|m| m.pron == crate::words::Pron::They) {
        let (name, owns) = (m.name.as_str(), format!("{}'s", m.name));
        let words: Vec<&str> = out.split(' ').collect();
        let fixed: Vec<&str> = words
            .iter()
            .enumerate()
            .map(|(i, w)| match (i.checked_sub(2).map(|j| words[j]), i.checked_sub(1).map(|j| words[j])) {
                (Some(who), Some(verb)) if *w == owns && who == name && verb.chars().all(char::is_lowercase) => "their",
                _ => w,
            })
            .collect();
        out = fixed.join(" ");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_keeping_speech_whole() {
        let s = sentences("\"Ooh,\" whispered Hoot. \"What is it?\" Pip ran. Step... step.");
        assert_eq!(s, ["\"Ooh,\" whispered Hoot.", "\"What is it?\"", "Pip ran.", "Step... step."]);
    }

    #[test]
    fn the_object_is_named_in_full_once_a_paragraph() {
        let p = Premise::read("two sisters build a cardboard rocket and fly to the moon", 1);
        let out = polish(&p, vec!["The cardboard rocket shook. They sat in the cardboard rocket. The cardboard rocket flew.".into()], &[]);
        assert_eq!(out, ["The cardboard rocket shook. They sat in the rocket. The rocket flew."]);
    }
}
