//! Every page of a tier rendered from a filled-in view model through its
//! template (each template at least once, its optional parts shown), and
//! text from a story or a parent escaped on the gallery, reader and scene
//! pages. The parent area's pages are in `tests_parent.rs`, the home and roster pages in
//! `tests_home.rs`.

#![allow(clippy::unwrap_used)] // tests may fail loudly

use super::*;

pub(super) fn form(url: &str) -> FormAction {
    FormAction { url: url.into(), csrf_token: "tok".into() }
}

pub(super) fn tier(name: &str) -> TierView {
    TierView {
        id: "kids".into(),
        name: name.into(),
        theme: "theme-kids".into(),
        home_url: "/kids/".into(),
        gallery_url: "/kids/gallery".into(),
        characters_url: "/kids/characters".into(),
        characters_label: "My characters".into(),
    }
}

fn story(title: &str) -> StoryView {
    StoryView {
        id: "s1".into(),
        title: title.into(),
        prompt: "A fox".into(),
        date: "25 Nov 2026, 18:05 UTC".into(),
        datetime: "2026-11-25T18:05:00Z".into(),
        story_model_name: "Teller".into(),
        image_model_name: "Painter".into(),
        video_model_name: Some("Filmer".into()),
        video_note: Some("Pictures only today".into()),
    }
}

fn scene(text: &str, is_ending: bool) -> SceneView {
    SceneView {
        id: "sc1".into(),
        number: 2,
        target: 6,
        text: text::story_html(text),
        is_ending,
        image: ImageView {
            status: "complete",
            url: Some("/kids/media/p.png".into()),
            srcset: Some("/kids/media/t.webp 320w".into()),
            error: None,
            detail: None,
            notice: None,
            painted_note: Some("Painted by Backup".into()),
            alt: "A fox at a door".into(),
            prompt: "a fox, a door".into(),
            status_url: "/kids/story/image/sc1".into(),
            retry: form("/kids/story/retry"),
            page_url: "/kids/story/scene/sc1".into(),
            regenerate: Some(form("/kids/story/repaint")),
            complete: true,
            max_prompt: 500,
        },
        video: Some(VideoView {
            status: "generating",
            url: None,
            poster: None,
            error: None,
            detail: None,
            notice: None,
            progress: Some(40),
            status_url: "/kids/story/video/sc1".into(),
            retry: form("/kids/story/video-retry"),
            page_url: "/kids/story/scene/sc1".into(),
        }),
    }
}

fn leaf(number: u32, label: &str) -> TreeNodeView {
    TreeNodeView {
        number,
        label: label.into(),
        url: format!("/kids/story/scene/{number}"),
        thumb_url: None,
        on_path: false,
        current: false,
        is_ending: true,
        branches: Vec::new(),
    }
}

fn tree(label: &str) -> TreeNodeView {
    TreeNodeView {
        number: 1,
        label: label.into(),
        url: "/kids/story/scene/1".into(),
        thumb_url: Some("/kids/media/t1.webp".into()),
        on_path: true,
        current: true,
        is_ending: false,
        branches: vec![
            TreeBranchView { text: "Open the door".into(), node: Some(leaf(2, "Open the door")), choose: None },
            TreeBranchView { text: "Run & hide".into(), node: None, choose: Some(form("/kids/story/choose")) },
        ],
    }
}

fn scene_page(tier_name: &str, title: &str) -> ScenePage {
    ScenePage {
        tier: tier(tier_name),
        title: title.into(),
        story: story(title),
        scene: scene("Pip found a *glowing* door.", false),
        choices: vec![ChoiceView { text: "Open the door".into(), action: form("/kids/story/choose"), explored: true }],
        back: Some(form("/kids/story/back")),
        back_from: "sc1".into(),
        reader_url: None,
        new_story_url: "/kids/".into(),
        look: Some(LookView { reset: false, action: form("/kids/story/look") }),
        typed: Some(TypedChoiceView {
            action: form("/kids/story/typed"),
            text: "fly away".into(),
            error: Some("Too long".into()),
            error_detail: Some("over 200".into()),
            max_chars: 200,
        }),
        keep_going: Some(form("/kids/story/longer")),
        wrap_up: None,
        tree_url: "/kids/story/tree/s1".into(),
        bedtime: Some(WindDownView { in_ms: 0 }),
    }
}

fn gallery_page(tier_name: &str, title: &str) -> GalleryPage {
    let card = |cover: Option<&str>| GalleryCard {
        title: title.into(),
        prompt: "A fox".into(),
        date: "25 Nov 2026".into(),
        datetime: "2026-11-25T18:05:00Z".into(),
        cover_url: cover.map(str::to_string),
        story_model_name: "Teller".into(),
        image_model_name: "Painter".into(),
        video_model_name: None,
        url: "/kids/gallery/s1".into(),
        delete: form("/kids/gallery/s1/delete"),
        scene_count: 1,
        ending_count: 2,
        has_video: true,
    };
    GalleryPage {
        tier: tier(tier_name),
        title: "Gallery".into(),
        stories: vec![card(Some("/kids/media/c.webp")), card(None)],
        total: 14,
        newer_url: None,
        older_url: Some("/kids/gallery?older_than=5".into()),
        back: "/kids/gallery".into(),
    }
}

fn reader_page(tier_name: &str, title: &str) -> ReaderPage {
    ReaderPage {
        tier: tier(tier_name),
        title: title.into(),
        bedtime: true,
        story: story(title),
        scene: scene("The end of the *road*.", true),
        position: 6,
        total: 6,
        prev_url: Some("/kids/gallery/s1?scene=5".into()),
        next_url: None,
        chose: Some(ChoseView { who: "Luna".into(), choice: "Open the door".into() }),
        branches: vec![
            BranchView { text: "Run & hide".into(), url: Some("/kids/gallery/s1?scene=b".into()) },
            BranchView { text: "Sleep".into(), url: None },
        ],
        gallery_url: "/kids/gallery".into(),
        delete: form("/kids/gallery/s1/delete"),
        tree: tree(title),
    }
}

/// Each fragment is in the page, in the layout's frame.
pub(super) fn assert_page(page: &impl Page, fragments: &[&str]) -> String {
    let html = Views::new().unwrap().render(page).unwrap();
    assert!(html.starts_with("<!doctype html>"), "{html}");
    assert!(html.trim_end().ends_with("</html>"), "{html}");
    for fragment in fragments {
        assert!(html.contains(fragment), "missing {fragment}: {html}");
    }
    html
}

#[test]
fn a_page_is_framed_by_the_layout_with_its_title_and_tier() {
    let page = ErrorPage {
        tier: Some(tier("Kids & Co")),
        title: "Oops <b>".into(),
        heading: "Lost".into(),
        status: 404,
        message: "Not here".into(),
        detail: None,
        retry: None,
        back_url: Some("/kids/".into()),
    };
    let html = assert_page(
        &page,
        &[
            "<title>Oops &#60;b&#62; · Kids &#38; Co</title>",
            r#"<body class="theme-kids">"#,
            "Not here",
            "footer-parent",
            "Back to the story",
        ],
    );
    assert!(!html.contains("&#60;main"), "the body is not escaped: {html}");

    let bare = ErrorPage { tier: None, back_url: None, retry: Some(form("/kids/story/start")), ..page };
    let html = assert_page(&bare, &["<title>Oops &#60;b&#62; · Storyloom</title>", r#"<body class="theme-default">"#, "retry-button"]);
    assert!(!html.contains("nav-gallery"), "no tier, no tier header: {html}");
}

#[test]
fn every_tier_page_renders_its_view_model() {
    assert_page(
        &scene_page("Kids", "Moon Trip"),
        &[
            "<em>glowing</em>",
            "id=\"back-button\"",
            "Clips by <bdi>Filmer</bdi>",
            "id=\"video-note\"",
            "data-wind-down-in=\"0\"",
            "<span class=\"video-percent\">40%</span>",
            "id=\"image-repaint\">",
            "Painted by Backup",
            "class=\"choice explored\"",
            "id=\"typed-error\"",
            "id=\"keep-going\"",
            "id=\"reset-look\"",
        ],
    );
    assert_page(
        &gallery_page("Kids", "Moon Trip"),
        &[
            "14 finished stories",
            "1 scene</span>",
            "2 endings",
            "id=\"older-stories\"",
            "cover-placeholder",
            "▶ Video",
            "name=\"back\" value=\"/kids/gallery\"",
        ],
    );
    let reader = assert_page(
        &reader_page("Kids", "Moon Trip"),
        &[
            "reader-end",
            "id=\"bedtime-note\"",
            "<span dir=\"auto\">Luna</span> chose:",
            "branch-explored",
            "branch-unexplored",
            "rel=\"prev\"",
            "tree-branch explored\"><div class=\"tree-node ending\">",
            "aria-current=\"step\"",
            "Run &#38; hide <small>not explored yet</small>",
        ],
    );
    assert!(!reader.contains("&#60;div"), "a child node is drawn, not escaped: {reader}");
    assert_page(
        &TreePage {
            tier: tier("Kids"),
            title: "Moon Trip".into(),
            story: story("Moon Trip"),
            root: tree("Moon Trip"),
            back_url: "/kids/story/scene/1".into(),
            scene_count: 2,
            ending_count: 1,
        },
        &["2 scenes explored · 1 ending", "id=\"story-tree\"", "<span class=\"tree-number\">2</span>"],
    );
}

#[test]
fn text_from_a_story_or_a_parent_is_escaped_on_the_gallery_reader_and_scene_pages() {
    // A story's title and a parent-named tier, each with markup and an ampersand.
    let title = "<script>alert(1)</script> Tom & Jerry";
    let tier_name = "<b>Kids</b> & Co";
    let escaped_title = "&#60;script&#62;alert(1)&#60;/script&#62; Tom &#38; Jerry";
    let escaped_tier = "&#60;b&#62;Kids&#60;/b&#62; &#38; Co";
    let pages = [
        ("gallery", Views::new().unwrap().render(&gallery_page(tier_name, title)).unwrap()),
        ("reader", Views::new().unwrap().render(&reader_page(tier_name, title)).unwrap()),
        ("scene", Views::new().unwrap().render(&scene_page(tier_name, title)).unwrap()),
    ];
    for (name, html) in pages {
        assert!(html.contains(escaped_title), "{name}: the title is escaped: {html}");
        assert!(html.contains(escaped_tier), "{name}: the tier's name is escaped: {html}");
        assert!(!html.contains("<script>"), "{name}: no live script: {html}");
        assert!(!html.contains("<b>Kids"), "{name}: no live markup from the tier's name: {html}");
        assert!(!html.contains("Tom & Jerry"), "{name}: the ampersand is escaped: {html}");
    }
}
