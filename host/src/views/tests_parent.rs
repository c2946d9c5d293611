//! Every page of the parent area rendered from a filled-in view model
//! through its template (its optional parts shown), in the parent area's frame.

#![allow(clippy::unwrap_used)] // tests may fail loudly

use super::tests::{assert_page, form};
use super::*;

fn limits(id: &str) -> LimitFields {
    LimitFields {
        id: id.into(),
        story: "20".into(),
        pictures: String::new(),
        video: "60".into(),
        spend: "2.50".into(),
        story_box: true,
        pictures_box: true,
        video_box: false,
    }
}

fn about() -> TierAboutView {
    TierAboutView {
        name: "Big Kids".into(),
        audience: "children aged 7 to 10".into(),
        rules: "Be kind".into(),
        style: "watercolour".into(),
        looks: vec![ThemeChoiceView { theme: "theme-kids".into(), label: "Bright".into(), checked: true }],
        form: form("/parent/tiers/big/about"),
        message: Some("Name it".into()),
        saved: true,
    }
}

/// The parent area's frame: its header, no "For parents" footer, no tier.
fn assert_parent_page(page: &impl Page, fragments: &[&str]) {
    let html = assert_page(page, fragments);
    assert!(html.contains("Storyloom · Parent area") && html.contains("Skip to the page"), "{html}");
    assert!(!html.contains("footer-parent"), "{html}");
}

#[test]
fn the_sign_in_and_home_pages_of_the_parent_area_render() {
    let carry =
        CarriedForm { action: "/parent/tiers/kids".into(), fields: vec![CarriedField { name: "listed".into(), value: "on".into() }] };
    assert_parent_page(
        &ParentPinPage {
            title: "Parent area".into(),
            parent_area: true,
            first: true,
            form: form("/parent/pin"),
            next: "/parent/usage".into(),
            message: Some("Too short".into()),
            min_chars: 4,
            max_chars: 64,
            carry: Some(carry.clone()),
        },
        &[
            "Set the PIN",
            "id=\"pin-again\"",
            "name=\"carry.listed\" value=\"on\"",
            "At least 4 characters",
            "autocomplete=\"new-password\"",
        ],
    );
    assert_parent_page(
        &ParentResendPage {
            title: "Save?".into(),
            what: "the settings".into(),
            parent_area: true,
            form: form(&carry.action),
            fields: carry.fields,
        },
        &["<strong dir=\"auto\">the settings</strong>", "name=\"listed\" value=\"on\""],
    );
    assert_parent_page(
        &ParentHomePage {
            title: "Parent area".into(),
            parent_area: true,
            tiers: vec![ParentTierLink {
                name: "Kids".into(),
                id: "kids".into(),
                settings_url: "/parent/tiers/kids".into(),
                home_url: "/kids/".into(),
                video_allowed: true,
                listed: false,
                bedtime_offered: true,
            }],
            change_pin: form("/parent/pin/change"),
            sign_out: form("/parent/sign-out"),
            notice: Some("Your new PIN is set.".into()),
            pin_message: Some("Wrong PIN".into()),
            min_chars: 4,
            max_chars: 64,
            idle_minutes: 30,
        },
        &["not on the front page · video allowed · bedtime stories offered", "id=\"parent-notice\"", "id=\"form-error\"", "30 minutes"],
    );
}

#[test]
fn the_settings_pages_of_the_parent_area_render() {
    let model =
        |paid: bool| OfferModelView { key: "m".into(), name: "Model".into(), group: "OpenAI".into(), offered: true, default: true, paid };
    let tier_page = |about: Option<TierAboutView>| ParentTierPage {
        title: "Kids".into(),
        parent_area: true,
        tier_name: "Kids".into(),
        tier_home_url: "/kids/".into(),
        saved: true,
        message: None,
        warnings: vec!["No video model".into()],
        video_allowed: true,
        listed: true,
        bedtime_offered: false,
        kinds: vec![
            OfferKindView { kind: "story".into(), heading: "Story models".into(), models: vec![model(true)] },
            OfferKindView { kind: "video".into(), heading: "Video models".into(), models: Vec::new() },
        ],
        content_rules: "Be gentle".into(),
        picture_style: "soft".into(),
        budget: limits("tier"),
        save: form("/parent/tiers/kids"),
        about,
        added: true,
    };
    assert_parent_page(
        &tier_page(None),
        &[
            "video on, bedtime stories not offered, listed on the front page",
            "settings-warning",
            "name=\"story_offered\" value=\"m\" checked",
            "(OpenAI, uses a paid key)",
            "None on this server yet.",
            "id=\"tier-story\"",
            "id=\"tier-pictures\"",
            "id=\"content-rules\"",
            "id=\"tier-added\"",
        ],
    );
    assert_parent_page(
        &tier_page(Some(about())),
        &["id=\"about-saved\"", "id=\"about-error\"", "value=\"theme-kids\" checked", ">Be kind</textarea>"],
    );
    assert_parent_page(
        &ParentAddTierPage { title: "Add a place".into(), parent_area: true, id: "big".into(), listed: true, about: about() },
        &["id=\"form-error\"", "value=\"big\"", "id=\"listed\" checked", "value=\"Big Kids\""],
    );
    assert_parent_page(
        &ParentSpendingPage {
            title: "Prices".into(),
            no_keys: true,
            parent_area: true,
            saved: true,
            message: Some("Not a number".into()),
            prices: vec![PriceRowView {
                field: "price_m".into(),
                name: "Model".into(),
                group: "OpenAI".into(),
                unit: "per scene".into(),
                value: "0.04".into(),
                available: false,
            }],
            providers: vec![ProviderLimitsView { name: "OpenAI".into(), limits: limits("openai") }],
            save: form("/parent/spending"),
        },
        &[
            "id=\"spending-saved\"",
            "id=\"spending-no-keys\"",
            "(OpenAI, per scene, no key set)",
            "name=\"openai_spend\" inputmode=\"decimal\" value=\"2.50\"",
        ],
    );
}

#[test]
fn the_plugins_usage_and_storage_pages_of_the_parent_area_render() {
    assert_parent_page(
        &ParentPluginsPage {
            title: "Plugins".into(),
            parent_area: true,
            notice: Some("Approved".into()),
            message: None,
            plugins: vec![PluginView {
                id: "openai".into(),
                version: "1.0".into(),
                source: "openai.wasm".into(),
                bundled: false,
                approved: false,
                waiting: true,
                standing: "Waiting for approval".into(),
                sha256: "abc".into(),
                hosts: vec!["https://api.openai.com".into(), "https://b.example".into()],
                credentials: vec![CredentialView {
                    name: "OPENAI_API_KEY".into(),
                    granted: false,
                    detail: "not set".into(),
                    grants: vec![GrantBoxView { value: "OPENAI_API_KEY".into(), label: "Grant it".into() }],
                }],
                settings: vec!["model".into()],
                models: vec![PluginModelView { name: "GPT".into(), kind: "story".into(), state: "waiting for approval".into() }],
                approve: Some(form("/parent/plugins/approve")),
                disable: Some(form("/parent/plugins/disable")),
            }],
            rejected: vec![RejectedPluginView { source: "bad.wasm".into(), reason: "not a component".into() }],
            folder: Some("/data/plugins".into()),
        },
        &[
            "(<code>/data/plugins</code>)",
            "plugin-card plugin-waiting",
            "<bdi>https://api.openai.com</bdi>, <bdi>https://b.example</bdi></p>",
            "not granted",
            "plugin-hash",
            "name=\"grant\" value=\"OPENAI_API_KEY\"",
            "plugin-disable",
            "<bdi>bad.wasm</bdi>",
        ],
    );
    let today = || TierTodayView {
        tier_name: "Kids".into(),
        lines: vec!["Story scenes: 3 of 20".into()],
        settings_url: "/parent/tiers/kids".into(),
    };
    let row = |failures: &str| UsageRowView {
        tier_name: "Kids".into(),
        model_name: "GPT".into(),
        kind: "story".into(),
        paid: true,
        made: "12 scenes".into(),
        failures: failures.into(),
        median: "1.2 s".into(),
        p95: "3 s".into(),
        cost: "0.40".into(),
    };
    assert_parent_page(
        &ParentUsagePage {
            title: "Usage".into(),
            show_cost: true,
            parent_area: true,
            today: vec![today()],
            providers: vec![today()],
            days: vec![UsageDayView { date: "Monday 30 November".into(), rows: vec![row(""), row("refused ×1")] }],
        },
        &["usage-provider", "Estimated cost", "<td>0.40</td>", "<td>none</td>", "<td>refused ×1</td>", "(paid)"],
    );
    assert_parent_page(
        &ParentStoragePage {
            title: "Storage".into(),
            parent_area: true,
            notice: Some("Story removed.".into()),
            tiers: vec![TierStorageView {
                tier_name: "Kids".into(),
                stories: "4 finished".into(),
                pictures: "12 pictures".into(),
                clips: "no clips".into(),
                photos: "no photos".into(),
            }],
            stories: vec![StoredStoryView {
                title: "Moon".into(),
                tier_name: "Kids".into(),
                state: "finished".into(),
                date: "25 Nov".into(),
                datetime: "2026-11-25T18:05:00Z".into(),
                scenes: 1,
                size: "1.4 MB".into(),
                url: "/kids/gallery/s1".into(),
                delete: form("/parent/storage/delete"),
            }],
            sweep: form("/parent/storage/sweep"),
        },
        &["id=\"storage-notice\"", "Stories: 4 finished", "finished · 1 scene · 1.4 MB", "Delete &#x201c;Moon&#x201d;"],
    );
}
