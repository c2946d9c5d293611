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

#[cfg(test)]
mod verse_tests {
    use super::*;

    #[test]
    fn a_quoted_verse_with_its_reference_is_set_apart_and_nothing_else_is() {
        let html = story_html("Jonah ran away.\n\n\u{201c}But Jonah rose up to flee to Tarshish.\u{201d} (Jonah 1:3, WEB)\n\nThe End?").0;
        assert_eq!(html.matches("class=\"verse\"").count(), 1, "{html}");
        assert!(html.contains("<p dir=\"auto\" class=\"verse\">\u{201c}But Jonah"));
        let plain = story_html("\"Hello,\" said Tom (at 3:30).\n\nAt 10:15 they left.").0;
        assert!(!plain.contains("verse"), "a time is not a verse: {plain}");
        let quoted = story_html("\"Come home,\" said Dad (smiling).").0;
        assert!(!quoted.contains("verse"));
    }
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
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_at_a_word() {
        assert_eq!(shortened("Open the door", 60), "Open the door");
        let long = "Tiptoe past the sleeping dragon and look for the golden key under the big old bridge";
        let cut = shortened(long, 60);
        assert!(cut.ends_with('…') && cut.chars().count() <= 61, "{cut}");
        assert!(long.starts_with(cut.trim_end_matches('…')), "{cut}");
        assert_eq!(shortened(&"a".repeat(100), 60).chars().count(), 61);
    }

    #[test]
    fn story_text_formats_only_the_allowed_constructs_and_escapes_everything() {
        let p = |inner: &str| format!("<p dir=\"auto\">{inner}</p>");
        let cases: Vec<(&str, &str, String)> = vec![
            ("plain paragraph", "Pip hops.", p("Pip hops.")),
            ("two paragraphs", "Pip hops.\n\nJuniper naps.", p("Pip hops.") + &p("Juniper naps.")),
            ("paragraphs with spaces around", "  Pip hops.  \n\n\n  Juniper naps.  ", p("Pip hops.") + &p("Juniper naps.")),
            ("single line break", "Pip hops.\nJuniper naps.", p("Pip hops.<br>Juniper naps.")),
            ("windows line break", "Pip hops.\r\nJuniper naps.", p("Pip hops.<br>Juniper naps.")),
            ("emphasis with stars", "a *quiet* night", p("a <em>quiet</em> night")),
            ("emphasis with underscores", "a _quiet_ night", p("a <em>quiet</em> night")),
            ("strong", "a **very** quiet night", p("a <strong>very</strong> quiet night")),
            ("strong with underscores", "a __very__ quiet night", p("a <strong>very</strong> quiet night")),
            ("strong inside emphasis", "*a **very** quiet* night", p("<em>a <strong>very</strong> quiet</em> night")),
            ("both at once", "***wow***", p("<em><strong>wow</strong></em>")),
            ("unclosed star", "a *quiet night", p("a *quiet night")),
            ("unclosed strong", "a **quiet night", p("a **quiet night")),
            ("arithmetic stars", "2 * 3 * 4 = 24", p("2 * 3 * 4 &#x3D; 24")),
            ("underscores inside a word", "snake_case_name", p("snake_case_name")),
            ("escaped star", "a \\*literal\\* star", p("a *literal* star")),
            (
                "dash list",
                "They packed:\n- a map\n- a lamp",
                p("They packed:") + "<ul dir=\"auto\"><li dir=\"auto\">a map</li><li dir=\"auto\">a lamp</li></ul>",
            ),
            ("star list", "* a map\n* a lamp", "<ul dir=\"auto\"><li dir=\"auto\">a map</li><li dir=\"auto\">a lamp</li></ul>".into()),
            (
                "numbered list",
                "1. wake up\n2. look",
                "<ol dir=\"auto\"><li dir=\"auto\">wake up</li><li dir=\"auto\">look</li></ol>".into(),
            ),
            (
                "numbered list from 3",
                "3. wake up\n4. look",
                "<ol dir=\"auto\" start=\"3\"><li dir=\"auto\">wake up</li><li dir=\"auto\">look</li></ol>".into(),
            ),
            ("list item with emphasis", "- a *shiny* map", "<ul dir=\"auto\"><li dir=\"auto\">a <em>shiny</em> map</li></ul>".into()),
            ("script tag", "<script>alert(1)</script>", p("&lt;script&gt;alert(1)&lt;/script&gt;")),
            ("img tag inline", "look <img src=x onerror=alert(1)> here", p("look &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; here")),
            ("img tag as a block", "<img src=x onerror=alert(1)>", p("&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;")),
            ("entities stay text", "Tom & Jerry <3 \"quotes\" 'too'", p("Tom &amp; Jerry &lt;3 &quot;quotes&quot; &#x27;too&#x27;")),
            ("link as written", "see [the map](http://evil.example/x) now", p("see [the map](http://evil.example/x) now")),
            ("javascript link as written", "[click](javascript:alert(1))", p("[click](javascript:alert(1))")),
            ("autolink as written", "go to <http://evil.example>", p("go to &lt;http://evil.example&gt;")),
            ("image as written", "![a cat](http://evil.example/cat.png)", p("![a cat](http://evil.example/cat.png)")),
            ("link inside emphasis", "*see [it](x) now*", p("<em>see [it](x) now</em>")),
            ("heading as a strong line", "# The End", p("<strong>The End</strong>")),
            ("heading then text", "## Part two\nPip hops.", p("<strong>Part two</strong>") + &p("Pip hops.")),
            ("underlined heading", "Part two\n===", p("<strong>Part two</strong>")),
            (
                "loose list without paragraph spacing",
                "- a map\n\n- a lamp\n\nThey left.",
                "<ul dir=\"auto\"><li dir=\"auto\">a map</li><li dir=\"auto\">a lamp</li></ul>".to_string() + &p("They left."),
            ),
            (
                "list item of two paragraphs",
                "- a map\n\n  with a cross\n- a lamp",
                "<ul dir=\"auto\"><li dir=\"auto\">a map<br>with a cross</li><li dir=\"auto\">a lamp</li></ul>".to_string(),
            ),
            ("inline code as written", "say `hello` twice", p("say &#x60;hello&#x60; twice")),
            ("code block as written", "```\nlet x = 1;\n```", p("&#x60;&#x60;&#x60;<br>let x &#x3D; 1;<br>&#x60;&#x60;&#x60;")),
            ("quote as written", "> a wise owl", p("&gt; a wise owl")),
            ("rule as written", "Pip hops.\n\n***\n\nJuniper naps.", p("Pip hops.") + &p("***") + &p("Juniper naps.")),
            (
                "link reference definition kept",
                "[map]: http://evil.example\n\nPip hops.",
                p("[map]: http://evil.example") + &p("Pip hops."),
            ),
            ("arabic", "ذهب الثعلب إلى *القمر*.", p("ذهب الثعلب إلى <em>القمر</em>.")),
            ("hebrew", "השועל הלך לירח.\nהוא חזר.", p("השועל הלך לירח.<br>הוא חזר.")),
            ("cjk", "小狐狸去了**月亮**。", p("小狐狸去了<strong>月亮</strong>。")),
        ];
        let mut failures = Vec::new();
        for (name, source, expected) in &cases {
            let got = story_html(source);
            if got.as_str() != expected {
                failures.push(format!("{name}: {source:?}\n  got      {}\n  expected {expected}", got.as_str()));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn no_markup_a_model_writes_reaches_the_page_as_markup() {
        let hostile = [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "text <iframe src=//evil.example></iframe>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "[x](javascript:alert(1)) ![y](//evil.example/p.png)",
            "<div>\n\n*hi*\n\n</div>",
            "*<b>bold</b>*",
            "- <svg onload=alert(1)>",
            "1. <style>body{display:none}</style>",
            "```html\n<script>x</script>\n```",
            "<!-- comment --> &lt;script&gt;",
        ];
        let tags = [
            "<p dir=\"auto\">",
            "</p>",
            "<ul dir=\"auto\">",
            "</ul>",
            "<ol dir=\"auto\">",
            "</ol>",
            "<li dir=\"auto\">",
            "</li>",
            "<em>",
            "</em>",
            "<strong>",
            "</strong>",
            "<br>",
        ];
        for source in hostile {
            let mut html = story_html(source).as_str().to_string();
            for tag in tags {
                html = html.replace(tag, "");
            }
            assert!(!html.contains('<') && !html.contains('>'), "{source:?} left markup: {html}");
        }
    }

    #[test]
    fn plain_text_drops_the_markers_and_keeps_the_words() {
        let cases = [
            ("Follow the fox", "Follow the fox"),
            ("Follow the *fox*", "Follow the fox"),
            ("**Run** to the _door_", "Run to the door"),
            ("***The*** Moon", "The Moon"),
            ("a *quiet night", "a *quiet night"),
            ("2 * 3", "2 * 3"),
            ("1. Go left", "Go left"),
            ("- Go left", "Go left"),
            ("1.", "1."),
            ("-", "-"),
            ("# The End", "The End"),
            ("see [it](http://x.example)", "see [it](http://x.example)"),
            ("<script>alert(1)</script>", "<script>alert(1)</script>"),
            ("two\nlines", "two lines"),
            ("  spaced   out  ", "spaced out"),
            ("ذهب *الثعلب*", "ذهب الثعلب"),
            ("", ""),
        ];
        for (source, expected) in cases {
            assert_eq!(plain(source), expected, "{source:?}");
        }
    }
}
