//! The paged gallery: 24 cards a page, newest first, with working "Older
//! stories" / "Newer stories" links and the count; deleting a story from
//! page 2 keeps the pages consistent (nothing lost or shown twice); a
//! cursor from another tier or a made-up one shows nothing of another tier.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use common::*;
use storyloom::blobs::Blobs;
use storyloom::store::Store;
use storyloom::tier::TierId;

/// The titles of the cards on a gallery page, in order.
fn titles(page: &str) -> Vec<String> {
    page.split("<h2 class=\"card-title\" dir=\"auto\">").skip(1).map(|rest| rest.split('<').next().unwrap().to_string()).collect()
}

fn link(page: &str, id: &str) -> Option<String> {
    let (_, rest) = page.split_once(&format!("id=\"{id}\" href=\""))?;
    Some(rest.split('"').next().unwrap().replace("&#x3D;", "="))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_gallery_is_paged_24_at_a_time_and_deleting_keeps_the_pages_consistent() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open(&dir.path().join("store.redb")).unwrap();
        let blobs = Blobs::new(dir.path().to_path_buf());
        let png = storyloom::seed::small_png().unwrap();
        let kids = TierId::parse("kids").unwrap();
        for n in 0..60 {
            storyloom::seed::finished_story(&store, &blobs, &kids, &format!("Story {n:02}"), 2, &png).await.unwrap();
        }
        let bible = TierId::parse("bible").unwrap();
        storyloom::seed::finished_story(&store, &blobs, &bible, "Bible story", 2, &png).await.unwrap();
    }
    let server = TestServer::start(dir.path()).await;

    let first = get_text(&server, "/kids/gallery").await;
    let newest: Vec<String> = (36..60).rev().map(|n| format!("Story {n:02}")).collect();
    assert_eq!(titles(&first), newest, "the 24 newest, newest first");
    assert!(first.contains("60 finished stories"), "the count");
    assert!(link(&first, "newer-stories").is_none());
    let older = link(&first, "older-stories").unwrap();
    let second = get_text(&server, &older).await;
    assert_eq!(titles(&second), (12..36).rev().map(|n| format!("Story {n:02}")).collect::<Vec<_>>());
    let third = get_text(&server, &link(&second, "older-stories").unwrap()).await;
    assert_eq!(titles(&third), (0..12).rev().map(|n| format!("Story {n:02}")).collect::<Vec<_>>());
    assert!(link(&third, "older-stories").is_none(), "the oldest page has no older link");
    let back = get_text(&server, &link(&third, "newer-stories").unwrap()).await;
    assert_eq!(titles(&back), titles(&second), "newer from page 3 is page 2");
    assert_eq!(titles(&get_text(&server, &link(&back, "newer-stories").unwrap()).await), newest);
    assert!(!first.contains("Bible story") && !second.contains("Bible story") && !third.contains("Bible story"));

    // Delete "Story 30" from page 2: back on page 2, which now shows 24 stories from Story 35 down to Story 11.
    let target_title = titles(&second)[5].clone();
    assert_eq!(target_title, "Story 30");
    let deletes: Vec<String> = second
        .split("action=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .filter(|a| a.ends_with("/delete"))
        .map(String::from)
        .collect();
    let response = submit(&server, &older, &deletes[5], &[("back", &older)]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), older, "back to the same page");
    let second = get_text(&server, &older).await;
    let expected: Vec<String> = (11..36).rev().filter(|n| *n != 30).map(|n| format!("Story {n:02}")).collect();
    assert_eq!(titles(&second), expected);
    assert!(second.contains("59 finished stories"));
    let third = get_text(&server, &link(&second, "older-stories").unwrap()).await;
    assert_eq!(titles(&third), (0..11).rev().map(|n| format!("Story {n:02}")).collect::<Vec<_>>(), "nothing lost, nothing twice");

    // A made-up cursor is not found; a delete's "back" cannot lead elsewhere.
    assert_eq!(client().get(server.url("/kids/gallery?older_than=nonsense")).send().await.unwrap().status(), 404);
    let bible = get_text(&server, "/bible/gallery").await;
    assert_eq!(titles(&bible), ["Bible story"]);
    let bible_delete =
        bible.split("action=\"").skip(1).filter_map(|s| s.split('"').next()).find(|a| a.ends_with("/delete")).unwrap().to_string();
    let response = submit(&server, "/bible/gallery", &bible_delete, &[("back", "/kids/gallery")]).await;
    assert_eq!(location(&response), "/bible/gallery", "back only to the same tier's gallery");
    server.stop().await;
}
