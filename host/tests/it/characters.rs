//! The roster through the real server: characters with photos created,
//! edited and deleted from their pages; every kind of refused upload said on
//! the form with what was typed kept and no file left; photos stored without
//! metadata and upright; nothing of one tier reachable from another.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use common::*;
use image::{GenericImageView, ImageFormat};
use storyloom_fakes::photos::{encode, exif_segment, jpeg_with_exif, picture, png_claiming};

/// Every file under `<data>/photos/`.
fn photo_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() { walk(&path, out) } else { out.push(path) }
        }
    }
    let mut files = Vec::new();
    walk(&dir.join("photos"), &mut files);
    files
}

/// The `src` of every photo thumbnail on a character page.
fn thumbs(html: &str) -> Vec<String> {
    attr_values(html, "src=\"").into_iter().filter(|src| src.ends_with("/thumb")).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_character_with_photos_is_created_shown_edited_and_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let list = get_text(&server, "/kids/characters").await;
    assert!(list.contains("My characters") && list.contains("No characters yet"), "{list}");
    assert!(get_text(&server, "/kids/").await.contains("href=\"/kids/characters\""), "the header links the roster");
    assert!(get_text(&server, "/bible/characters").await.contains(">Characters<"));

    let source = picture(640, 480);
    let (jpeg, png, webp) = (encode(&source, ImageFormat::Jpeg), encode(&source, ImageFormat::Png), encode(&source, ImageFormat::WebP));
    let fields = [("name", "Mia"), ("description", "a brave girl who loves frogs"), ("hair", "red hair"), ("clothing", "a superhero cape")];
    let files = [("photos", "mia.jpg", jpeg.as_slice()), ("photos", "mia.png", png.as_slice()), ("photos", "mia.webp", webp.as_slice())];
    let response = submit_upload(&server, "/kids/characters", "/kids/characters/create", &fields, &files).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
    let saved_url = location(&response);
    let page_url = saved_url.split('?').next().unwrap().to_string();
    let page = get_text(&server, &saved_url).await;
    assert!(page.contains("Saved.") && page.contains("value=\"Mia\""), "{page}");
    assert!(page.contains("value=\"red hair\" checked") && page.contains("value=\"a superhero cape\" checked"));
    let stored = thumbs(&page);
    assert_eq!(stored.len(), 3, "all three formats kept");
    for thumb in &stored {
        for url in [thumb.clone(), thumb.trim_end_matches("/thumb").to_string()] {
            let response = client().get(server.url(&url)).send().await.unwrap();
            assert_eq!(response.status(), 200, "{url}");
            assert_eq!(response.headers()["content-type"], "image/jpeg");
            assert!(response.headers()["cache-control"].to_str().unwrap().starts_with("private"));
            let bytes = response.bytes().await.unwrap();
            assert_eq!(image::guess_format(&bytes).unwrap(), ImageFormat::Jpeg);
        }
    }
    assert!(!page.contains("id=\"character-photos\""), "three photos: no room for another");
    let list = get_text(&server, "/kids/characters").await;
    assert!(list.contains(">Mia<") && list.contains("a brave girl who loves frogs · red hair, wears a superhero cape"), "{list}");
    assert_eq!(photo_files(dir.path()).len(), 6, "each photo and its thumbnail");

    // Edit: rename, remove one photo (its files go), add one back.
    let id = last_id(&page_url);
    let photo_id = stored[0].trim_end_matches("/thumb").rsplit('/').next().unwrap().to_string();
    let response = submit(&server, &page_url, &format!("/kids/characters/{id}/photos/{photo_id}/delete"), &[]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(photo_files(dir.path()).len(), 4);
    assert_eq!(client().get(server.url(&stored[0])).send().await.unwrap().status(), 404, "a removed photo is gone");
    let fields = [("name", "Mia Rose"), ("description", "a brave girl"), ("hair", ""), ("clothing", "a superhero cape")];
    let response =
        submit_upload(&server, &page_url, &format!("/kids/characters/{id}/update"), &fields, &[("photos", "new.jpg", jpeg.as_slice())])
            .await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
    let page = get_text(&server, &page_url).await;
    assert!(page.contains("value=\"Mia Rose\"") && page.contains("name=\"hair\" value=\"\" checked"), "hair unset again");
    assert_eq!(thumbs(&page).len(), 3);

    // Deleting the character deletes every photo file.
    let response = submit(&server, &page_url, &format!("/kids/characters/{id}/delete"), &[]).await;
    assert_eq!((response.status().as_u16(), location(&response)), (303, "/kids/characters".to_string()));
    assert!(photo_files(dir.path()).is_empty(), "{:?}", photo_files(dir.path()));
    assert_eq!(client().get(server.url(&page_url)).send().await.unwrap().status(), 404);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_photo_keeps_no_location_and_stands_upright() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    // Stored sideways with "rotate to show" and a GPS position, as phones write them.
    let upload = jpeg_with_exif(&picture(300, 200), &exif_segment(6));
    assert!(upload.windows(4).any(|w| w == b"Exif"));
    let response = submit_upload(
        &server,
        "/kids/characters",
        "/kids/characters/create",
        &[("name", "Leo")],
        &[("photos", "IMG_0001.JPG", upload.as_slice())],
    )
    .await;
    assert_eq!(response.status(), 303);
    let page = get_text(&server, &location(&response)).await;
    assert!(page.contains("A small photo"), "200 px wide: kept with a warning");
    let url = thumbs(&page)[0].trim_end_matches("/thumb").to_string();
    let stored = client().get(server.url(&url)).send().await.unwrap().bytes().await.unwrap();
    assert!(!stored.windows(4).any(|w| w == b"Exif") && !stored.windows(2).any(|w| w == [0xFF, 0xE1]), "no EXIF, no GPS");
    assert_eq!(image::load_from_memory(&stored).unwrap().dimensions(), (200, 300), "upright");
    for file in photo_files(dir.path()) {
        let bytes = std::fs::read(&file).unwrap();
        assert!(!bytes.windows(4).any(|w| w == b"Exif"), "{}", file.display());
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_refused_upload_is_said_on_the_form_keeps_what_was_typed_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let jpeg = encode(&picture(512, 512), ImageFormat::Jpeg);
    let mut eleven_mb = jpeg.clone();
    eleven_mb.resize(11 * 1024 * 1024, 0);
    let text = b"Shopping list: milk, eggs, frogs".to_vec();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("list.jpg", text, "is not a photo we can use"),
        ("huge.jpg", eleven_mb, "is larger than 10 MB"),
        ("bomb.png", png_claiming(20_000, 20_000), "20000×20000 pixels"),
        ("half.jpg", jpeg[..jpeg.len() / 2].to_vec(), "looks damaged or incomplete"),
    ];
    for (file_name, bytes, message) in &cases {
        let fields = [("name", "Pip"), ("description", "a bunny with a lantern"), ("eyes", "green eyes")];
        let files = [("photos", *file_name, bytes.as_slice()), ("photos", "good.jpg", jpeg.as_slice())];
        let response = submit_upload(&server, "/kids/characters", "/kids/characters/create", &fields, &files).await;
        assert_eq!(response.status(), 422, "{file_name}");
        let html = response.text().await.unwrap();
        assert!(html.contains("id=\"form-error\"") && html.contains(file_name) && html.contains(message), "{file_name}: {html}");
        assert!(
            html.contains("value=\"Pip\"") && html.contains("a bunny with a lantern") && html.contains("value=\"green eyes\" checked"),
            "kept"
        );
        for jargon in ["decod", "IHDR", "EOF", "boundary"] {
            assert!(!html.contains(jargon), "{file_name}: {jargon}");
        }
        assert!(photo_files(dir.path()).is_empty(), "{file_name}: no file left");
        assert!(get_text(&server, "/kids/characters").await.contains("No characters yet"), "{file_name}: nothing saved");
    }

    // A name taken (whatever the case) is refused after the photos were checked: their files go again.
    let ok = submit_upload(&server, "/kids/characters", "/kids/characters/create", &[("name", "Pip")], &[]).await;
    assert_eq!(ok.status(), 303);
    let response = submit_upload(
        &server,
        "/kids/characters",
        "/kids/characters/create",
        &[("name", " pip ")],
        &[("photos", "a.jpg", jpeg.as_slice())],
    )
    .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("There is already a character called") && html.contains("choose them again"), "{html}");
    assert!(photo_files(dir.path()).is_empty());
    // Four photos in one form: three at most.
    let four: Vec<UploadFile> = (0..4).map(|_| ("photos", "p.jpg", jpeg.as_slice())).collect();
    let response = submit_upload(&server, "/kids/characters", "/kids/characters/create", &[("name", "Quad")], &four).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Choose at most 3 photos at a time") && html.contains("Nothing was saved yet"), "{html}");
    let response = submit_upload(&server, "/kids/characters", "/kids/characters/create", &[("name", "   ")], &[]).await;
    assert!(response.text().await.unwrap().contains("Give the character a name."));
    assert!(photo_files(dir.path()).is_empty());
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_tiers_characters_and_photos_are_not_found() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let jpeg = encode(&picture(400, 400), ImageFormat::Jpeg);
    let response =
        submit_upload(&server, "/kids/characters", "/kids/characters/create", &[("name", "Mia")], &[("photos", "m.jpg", jpeg.as_slice())])
            .await;
    let page_url = location(&response).split('?').next().unwrap().to_string();
    let id = last_id(&page_url);
    let page = get_text(&server, &page_url).await;
    let thumb = thumbs(&page)[0].clone();
    let photo_id = thumb.trim_end_matches("/thumb").rsplit('/').next().unwrap().to_string();

    assert!(!get_text(&server, "/bible/characters").await.contains("Mia"), "not listed in another tier");
    for path in [
        format!("/bible/characters/{id}"),
        format!("/bible/photos/{photo_id}"),
        format!("/bible/photos/{photo_id}/thumb"),
        format!("/kids/photos/{id}"),
        "/kids/characters/not-an-id".to_string(),
        "/kids/photos/..%2f..%2fstore.redb".to_string(),
    ] {
        assert_eq!(client().get(server.url(&path)).send().await.unwrap().status(), 404, "{path}");
    }
    for path in [
        format!("/bible/characters/{id}/delete"),
        format!("/bible/characters/{id}/photos/{photo_id}/delete"),
        format!("/kids/characters/{id}/photos/{}/delete", storyloom::store::PhotoId::new()),
    ] {
        assert_eq!(post_with_token(&server, &path, &[]).await.status(), 404, "{path}");
    }
    assert_eq!(thumbs(&get_text(&server, &page_url).await).len(), 1, "still there");
    assert_eq!(client().get(server.url(&thumb)).send().await.unwrap().status(), 200);
    server.stop().await;
}
