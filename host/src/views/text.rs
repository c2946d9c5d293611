//! Story text as the page shows it: the light formatting story models write
//! (`*emphasis*`, `_emphasis_`, `**strong**`, single line breaks, short `- `,
//! `* ` and `1. ` lists) becomes HTML; everything else stays text, and all
//! text is escaped. [`story_html`] is for scene text; [`plain`] is for
//! titles and choices, which keep their words and lose the markers.
//!
//! The text is read by `pulldown-cmark` (CommonMark: the flanking rules that
//! keep `2 * 3 * 4` and `snake_case` literal, nesting, unclosed markers) and
//! only an allow-list of its events is drawn as HTML: paragraphs, lists and
//! items (a "loose" list's items without paragraph spacing), emphasis,
//! strong, line breaks and text; a heading (`## Part two`) becomes a line of
//! strong text without its markers. Any other construct (links,
//! images, code, quotes, rules, raw HTML) is shown as the source
//! text it was written as, escaped, so nothing a model writes is lost or
//! interpreted. Every block carries `dir="auto"`, so a right-to-left
//! paragraph lays out right-to-left in a left-to-right page.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// HTML made by [`story_html`] from untrusted text: safe to put in a page
/// unescaped (`{{ scene.text|safe }}`, the only `|safe` in the templates).
/// Only this module can make one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryHtml(String);

impl StoryHtml {
    /// The markup.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for StoryHtml {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// `text` escaped for HTML onto `html`: `& < > " '`, and also `` ` `` and `=`
/// (so that no escaped text can close or start an unquoted attribute).
fn escape_into(html: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '"' => html.push_str("&quot;"),
            '&' => html.push_str("&amp;"),
            '\'' => html.push_str("&#x27;"),
            '`' => html.push_str("&#x60;"),
            '=' => html.push_str("&#x3D;"),
            _ => html.push(c),
        }
    }
}

/// The formatting that is drawn as HTML.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Block {
    Paragraph,
    /// `None`: bullets; `Some(n)`: numbered from `n`.
    List(Option<u64>),
    Item,
    Emphasis,
    Strong,
    /// Drawn as a paragraph of strong text.
    Heading,
}

/// The text, read and reduced to the allow-list.
#[derive(Debug, PartialEq)]
enum Piece<'a> {
    Open(Block),
    Close(Block),
    Text(pulldown_cmark::CowStr<'a>),
    Break,
    /// Source shown as written, inside a paragraph (a link, inline code, inline HTML).
    Inline(&'a str),
    /// Source shown as written, as a paragraph of its own (a heading, a code block, an HTML block, a rule).
    Paragraph(&'a str),
}

fn allowed(tag: &Tag<'_>) -> Option<Block> {
    match tag {
        Tag::Paragraph => Some(Block::Paragraph),
        Tag::List(start) => Some(Block::List(*start)),
        Tag::Item => Some(Block::Item),
        Tag::Emphasis => Some(Block::Emphasis),
        Tag::Strong => Some(Block::Strong),
        Tag::Heading { .. } => Some(Block::Heading),
        _ => None,
    }
}

fn allowed_end(tag: &TagEnd) -> bool {
    matches!(tag, TagEnd::Paragraph | TagEnd::List(_) | TagEnd::Item | TagEnd::Emphasis | TagEnd::Strong | TagEnd::Heading(_))
}

/// Constructs that sit inside a line of text; any other refused one is a block.
fn is_inline(tag: &Tag<'_>) -> bool {
    matches!(tag, Tag::Link { .. } | Tag::Image { .. } | Tag::Strikethrough | Tag::Superscript | Tag::Subscript)
}

/// Read `source` into pieces: allowed formatting as blocks, the rest as its own source text.
fn pieces(source: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    // Inside a construct shown as source (its events are already shown): how many of its tags are open.
    let mut inside_source = 0usize;
    // Allowed blocks open, and where the last top-level block ended: a gap
    // between top-level blocks is text the parser dropped (a link reference
    // definition), shown as written.
    let mut depth = 0usize;
    let mut top_level_end = 0usize;
    fn gap<'a>(source: &'a str, from: usize, to: usize, out: &mut Vec<Piece<'a>>) {
        let text = source.get(from..to).unwrap_or("");
        if !text.trim().is_empty() {
            out.push(Piece::Paragraph(text));
        }
    }
    for (event, range) in Parser::new_ext(source, Options::empty()).into_offset_iter() {
        if inside_source > 0 {
            match event {
                Event::Start(_) => inside_source += 1,
                Event::End(_) => inside_source -= 1,
                _ => {}
            }
            continue;
        }
        let at_top = depth == 0;
        if at_top && !matches!(event, Event::End(_)) {
            gap(source, top_level_end, range.start, &mut out);
        }
        let written = source.get(range.clone()).unwrap_or("");
        match event {
            Event::Start(tag) => match allowed(&tag) {
                Some(block) => {
                    depth += 1;
                    out.push(Piece::Open(block));
                }
                None => {
                    out.push(if is_inline(&tag) { Piece::Inline(written) } else { Piece::Paragraph(written) });
                    inside_source = 1;
                }
            },
            Event::End(tag) => {
                if allowed_end(&tag) {
                    depth = depth.saturating_sub(1);
                    out.push(Piece::Close(match tag {
                        TagEnd::Paragraph => Block::Paragraph,
                        TagEnd::List(ordered) => Block::List(ordered.then_some(1)),
                        TagEnd::Item => Block::Item,
                        TagEnd::Emphasis => Block::Emphasis,
                        TagEnd::Heading(_) => Block::Heading,
                        _ => Block::Strong,
                    }));
                }
            }
            Event::Text(text) => out.push(Piece::Text(text)),
            Event::SoftBreak | Event::HardBreak => out.push(Piece::Break),
            Event::Rule => out.push(Piece::Paragraph(written)),
            // Code, raw HTML, math, footnote references, task markers: as written.
            _ if at_top => out.push(Piece::Paragraph(written)),
            _ => out.push(Piece::Inline(written)),
        }
        if depth == 0 {
            top_level_end = top_level_end.max(range.end);
        }
    }
    gap(source, top_level_end, source.len(), &mut out);
    out
}

/// Source text shown as written: escaped, its line breaks kept as `<br>`.
fn push_written(html: &mut String, written: &str) {
    for (i, line) in written.trim_end().lines().enumerate() {
        if i > 0 {
            html.push_str("<br>");
        }
        escape_into(html, line);
    }
}

/// Scene text as HTML: the allowed formatting drawn, everything else escaped text.
pub fn story_html(source: &str) -> StoryHtml {
    let mut html = String::with_capacity(source.len() + source.len() / 4 + 32);
    // Paragraphs inside a list item (a "loose" list) are drawn as its lines, not as spaced paragraphs.
    let mut items_open = 0usize;
    let mut item_paragraphs = 0usize;
    for piece in pieces(source) {
        match piece {
            Piece::Open(Block::Paragraph) if items_open > 0 => {
                if item_paragraphs > 0 {
                    html.push_str("<br>");
                }
                item_paragraphs += 1;
            }
            Piece::Close(Block::Paragraph) if items_open > 0 => {}
            Piece::Open(Block::Item) => {
                items_open += 1;
                item_paragraphs = 0;
                html.push_str("<li dir=\"auto\">");
            }
            Piece::Close(Block::Item) => {
                items_open = items_open.saturating_sub(1);
                html.push_str("</li>");
            }
            Piece::Open(block) => html.push_str(&match block {
                Block::Paragraph => "<p dir=\"auto\">".to_string(),
                Block::List(None) => "<ul dir=\"auto\">".to_string(),
                Block::List(Some(1)) => "<ol dir=\"auto\">".to_string(),
                Block::List(Some(start)) => format!("<ol dir=\"auto\" start=\"{start}\">"),
                Block::Item => "<li dir=\"auto\">".to_string(),
                Block::Emphasis => "<em>".to_string(),
                Block::Strong => "<strong>".to_string(),
                Block::Heading => "<p dir=\"auto\"><strong>".to_string(),
            }),
            Piece::Close(block) => html.push_str(match block {
                Block::Paragraph => "</p>",
                Block::List(None) => "</ul>",
                Block::List(Some(_)) => "</ol>",
                Block::Item => "</li>",
                Block::Emphasis => "</em>",
                Block::Strong => "</strong>",
                Block::Heading => "</strong></p>",
            }),
            Piece::Text(text) => escape_into(&mut html, &text),
            Piece::Break => html.push_str("<br>"),
            Piece::Inline(written) => push_written(&mut html, written),
            Piece::Paragraph(written) => {
                html.push_str("<p dir=\"auto\">");
                push_written(&mut html, written);
                html.push_str("</p>");
            }
        }
    }
    StoryHtml(marked_verses(html))
}

/// A paragraph that is a quoted verse with its reference — `“…” (Jonah 1:3, WEB)`,
/// as the Bible tier's rules ask every scene to have — drawn set apart
/// (`<p class="verse">`). `html` is what [`story_html`] drew.
fn marked_verses(html: String) -> String {
    const OPEN: &str = "<p dir=\"auto\">";
    if !html.contains(':') {
        return html;
    }
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html.as_str();
    while let Some(at) = rest.find(OPEN) {
        out.push_str(&rest[..at]);
        let after = &rest[at + OPEN.len()..];
        let inner = after.find("</p>").map_or(after, |end| &after[..end]);
        out.push_str(if is_verse(inner) { "<p dir=\"auto\" class=\"verse\">" } else { OPEN });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Whether a paragraph's HTML is a quotation followed by a reference in brackets holding "chapter:verse".
fn is_verse(inner: &str) -> bool {
    let inner = inner.trim();
    let quoted = inner.starts_with('\u{201c}') || inner.starts_with("&quot;");
    let Some(reference) = inner.strip_suffix(')').and_then(|head| head.rsplit_once('(')).map(|(_, reference)| reference) else {
        return false;
    };
    let chapter_verse = reference
        .split(|c: char| !c.is_ascii_digit() && c != ':')
        .any(|part| part.split_once(':').is_some_and(|(c, v)| !c.is_empty() && !v.is_empty() && !v.contains(':')));
    quoted && chapter_verse && reference.len() <= 60
}

/// `plain` cut at a word near `max` characters, with "…" (as written when it is no longer).
pub fn shortened(plain: &str, max: usize) -> String {
    if plain.chars().count() <= max {
        return plain.to_string();
    }
    let cut: String = plain.chars().take(max).collect();
    let at_word = cut.rsplit_once(' ').map(|(head, _)| head).filter(|head| head.chars().count() > max / 2).unwrap_or(&cut);
    format!("{}…", at_word.trim_end())
}

/// One line of plain text (a title, a choice): the formatting markers
/// dropped, everything else as written, white space collapsed. A text that is
/// nothing but markers (`1.`, `-`) stays as written.
pub fn plain(source: &str) -> String {
    let mut text = String::with_capacity(source.len());
    for piece in pieces(source) {
        match piece {
            Piece::Text(t) => text.push_str(&t),
            Piece::Inline(written) => text.push_str(written),
            Piece::Paragraph(written) => {
                text.push(' ');
                text.push_str(written);
                text.push(' ');
            }
            Piece::Break | Piece::Open(Block::Paragraph | Block::List(_) | Block::Item) | Piece::Close(Block::Paragraph | Block::Item) => {
                text.push(' ')
            }
            Piece::Open(_) | Piece::Close(_) => {}
        }
    }
    match collapse(&text) {
        empty if empty.is_empty() => collapse(source),
        text => text,
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;
