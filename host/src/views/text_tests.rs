//! Tests of `text`: story text drawn as HTML (emphasis, lists, verses) with
//! everything else escaped, and the plain text of titles and choices.

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
        ("numbered list", "1. wake up\n2. look", "<ol dir=\"auto\"><li dir=\"auto\">wake up</li><li dir=\"auto\">look</li></ol>".into()),
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
        ("link reference definition kept", "[map]: http://evil.example\n\nPip hops.", p("[map]: http://evil.example") + &p("Pip hops.")),
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
