//! The tier home (its start form with every switch) and the roster pages
//! (characters, a character, profiles, family) and the landing page,
//! rendered from filled-in view models.

#![allow(clippy::unwrap_used)] // tests may fail loudly

use super::tests::{assert_page, form, tier};
use super::*;

#[test]
fn the_home_and_roster_pages_render_their_view_models() {
    let model = |key: &str, selected: bool| ModelOption { key: key.into(), name: key.to_uppercase(), selected };
    let group = |name: &str| ModelGroup { group: name.into(), models: vec![model("a", false), model("b", true)] };
    let home = HomePage {
        tier: tier("Kids"),
        title: "New story".into(),
        error: Some("Too busy".into()),
        error_detail: Some("429".into()),
        prompt: "A fox".into(),
        prompt_max_chars: 2000,
        prompt_example: "A dragon".into(),
        prompt_ideas: vec!["A moon picnic".into()],
        start: form("/kids/story/start"),
        lengths: vec![LengthOption { value: "short", label: "Short", scenes: 3, selected: true }],
        story_models: vec![model("teller", true)],
        image_groups: vec![group("Built-in")],
        video: Some(VideoChoice { on: true, groups: vec![group("xAI")] }),
        memory: MemoryChoice {
            on: true,
            characters: vec![CharacterPick {
                id: "c1".into(),
                name: "Ana".into(),
                thumb_url: Some("/kids/media/a.webp".into()),
                selected: true,
            }],
            characters_url: "/kids/characters".into(),
            characters_label: "My characters".into(),
            max_photos: 3,
            profiles: vec![ProfilePick { id: "p1".into(), name: "Bedtime".into(), selected: true }],
            profiles_url: "/kids/profiles".into(),
        },
        family: Some(FamilyChoice { on: true, names: "Ana (a girl, 7)".into(), url: "/kids/family".into() }),
        bedtime: Some(BedtimeChoice { on: false, scenes: 4 }),
        family_url: "/kids/family".into(),
        resume: Some(ResumeView {
            title: "Moon Trip".into(),
            picture_url: Some("/kids/media/p.webp".into()),
            picture_alt: "A fox".into(),
            scene_number: 2,
            target: 6,
            continue_url: "/kids/story/scene/sc1".into(),
            start_fresh: form("/kids/story/fresh"),
            finished: true,
        }),
    };
    assert_page(
        &home,
        &[
            "This story stays in your gallery.",
            "id=\"form-error\"",
            "data-idea=\"A moon picnic\"",
            "value=\"short\" checked",
            "id=\"bedtime\" aria-describedby",
            "name=\"video_model\" value=\"b\" checked",
            "id=\"video-mode\" checked",
            "<option value=\"p1\" selected>Bedtime</option>",
            "name=\"character\" value=\"c1\" checked",
            "id=\"family-mode\" checked",
            ">A fox</textarea>",
        ],
    );

    let character_form = |photos_left: usize| CharacterForm {
        action: form("/kids/characters/new"),
        submit_label: "Add".into(),
        errors: vec!["Name it".into()],
        name: "Ana".into(),
        name_max_chars: 40,
        description: "Brave".into(),
        description_max_chars: 300,
        attributes: vec![AttributeGroup {
            field: "hair".into(),
            label: "Hair".into(),
            options: vec![AttributeOption { value: "red".into(), selected: true }],
            unset: false,
        }],
        photos_left,
    };
    assert_page(
        &CharactersPage {
            tier: tier("Kids"),
            title: "My characters".into(),
            characters: vec![CharacterCard {
                name: "Ana".into(),
                initial: "A".into(),
                summary: "Brave".into(),
                url: "/kids/characters/c1".into(),
                thumb_url: None,
                photo_count: 1,
            }],
            form: Some(character_form(3)),
            max_characters: 20,
            profiles_url: "/kids/profiles".into(),
            family_url: "/kids/family".into(),
        },
        &[
            "1 photo</small>",
            "character-thumb-empty",
            "Add a character",
            "name=\"hair\" value=\"red\" checked",
            "up to 3)",
            "<p dir=\"auto\">Name it</p>",
        ],
    );
    assert_page(
        &CharacterPage {
            tier: tier("Kids"),
            title: "Ana".into(),
            saved: true,
            photos: vec![PhotoView { url: "/p.jpg".into(), thumb_url: "/t.webp".into(), small: true, delete: form("/kids/photo/delete") }],
            form: character_form(0),
            delete: form("/kids/characters/c1/delete"),
            list_url: "/kids/characters".into(),
        },
        &["id=\"character-saved\"", "alt=\"Photo 0\"", "photo-warning", "id=\"photos-full\"", "id=\"character-delete\""],
    );
    let choice = CharacterChoice { id: "c1".into(), name: "Ana".into(), selected: true };
    assert_page(
        &ProfilesPage {
            tier: tier("Kids"),
            title: "Bedtime".into(),
            profiles: Vec::new(),
            saved: true,
            form: Some(ProfileForm {
                action: form("/kids/profiles/p1"),
                submit_label: "Save".into(),
                errors: vec!["Too long".into()],
                name: "Bedtime".into(),
                themes: "space".into(),
                art_style: "watercolour".into(),
                tone: "cosy".into(),
                favourite_things: "Biscuit".into(),
                text_max_chars: 200,
                characters: vec![CharacterChoice { id: "c1".into(), name: "Ana".into(), selected: true }],
            }),
            delete: Some(form("/kids/profiles/p1/delete")),
            list_url: "/kids/profiles".into(),
        },
        &["← All profiles", "id=\"profile-saved\"", "value=\"c1\" checked", "id=\"profile-delete\"", "value=\"space\""],
    );
    assert_page(
        &FamilyPage {
            tier: tier("Kids"),
            title: "Our family".into(),
            saved: true,
            errors: vec!["Name them".into()],
            members: vec![FamilyMemberView {
                name: "Ana".into(),
                summary: "Ana (a girl, 7)".into(),
                character_name: Some("Ana the fox".into()),
                delete: form("/kids/family/1/delete"),
                update: form("/kids/family/1"),
                kind: Some("girl"),
                age: Some(7),
                characters: vec![choice],
            }],
            add_child: Some(form("/kids/family/child")),
            add_parent: None,
            characters: vec![CharacterChoice { id: "c1".into(), name: "Ana".into(), selected: false }],
            ages: vec![6, 7],
            max_children: 6,
            max_parents: 2,
        },
        &[
            "value=\"girl\" checked",
            "<option value=\"7\" selected>7</option>",
            "<option value=\"6\">6</option>",
            "Looks like Ana the fox",
            "id=\"add-child\"",
            "id=\"parents-full\"",
        ],
    );
    assert_page(
        &LandingPage { title: "Storyloom", tiers: vec![LandingTier { name: "Kids".into(), url: "/kids/".into() }] },
        &["<title>Storyloom</title>", "<span class=\"brand\">Storyloom</span>", "href=\"/kids/\" dir=\"auto\">Kids</a>"],
    );
}
