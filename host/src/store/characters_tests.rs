use super::*;
use crate::store::{Attributes, PhotoOwner, now};

fn tier(name: &str) -> TierId {
    TierId::parse(name).unwrap()
}

fn character(tier_name: &str, name: &str) -> Character {
    Character {
        id: CharacterId::new(),
        tier: tier(tier_name),
        name: name.to_string(),
        description: "a brave girl who loves frogs".into(),
        attributes: Attributes { hair: Some("curly red".into()), ..Attributes::default() },
        photos: Vec::new(),
        created_at: now(),
    }
}

fn photo(owner: &Character) -> PhotoRecord {
    let id = PhotoId::new();
    PhotoRecord {
        id,
        tier: owner.tier.clone(),
        owner: PhotoOwner::Character(owner.id),
        file: format!("photos/{}/{}.jpg", owner.tier, id.simple()),
        thumb_file: format!("photos/{}/{}-thumb.jpg", owner.tier, id.simple()),
        width: 640,
        height: 480,
        bytes: 1000,
        small: false,
        created_at: now(),
    }
}

#[tokio::test]
async fn the_roster_keeps_its_rules_and_its_tier() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("store.redb")).unwrap();
    let mia = character("kids", "Mia");
    let (first, second) = (photo(&mia), photo(&mia));
    assert_eq!(store.save_character(mia.clone(), vec![first.clone(), second.clone()]).await.unwrap(), CharacterWrite::Saved);

    // Names are unique per tier without case or spaces; another tier may use the name.
    assert_eq!(store.save_character(character("kids", "  mIA "), vec![]).await.unwrap(), CharacterWrite::NameTaken);
    assert_eq!(store.save_character(character("bible", "Mia"), vec![]).await.unwrap(), CharacterWrite::Saved);
    assert!(store.character(tier("bible"), mia.id).await.unwrap().is_none(), "another tier's id is unknown");
    assert!(store.photo(tier("bible"), first.id).await.unwrap().is_none());
    assert_eq!(store.photos(tier("kids"), vec![second.id, PhotoId::new(), first.id]).await.unwrap(), vec![second.clone(), first.clone()]);

    // Saving again keeps the stored photos and adds the new ones, up to three.
    let mut renamed = mia.clone();
    renamed.name = "Mia Rose".into();
    let third = photo(&mia);
    assert_eq!(store.save_character(renamed.clone(), vec![third.clone()]).await.unwrap(), CharacterWrite::Saved);
    let stored = store.character(tier("kids"), mia.id).await.unwrap().unwrap();
    assert_eq!((stored.name.as_str(), stored.photos.clone()), ("Mia Rose", vec![first.id, second.id, third.id]));
    assert_eq!(store.save_character(renamed, vec![photo(&mia)]).await.unwrap(), CharacterWrite::TooManyPhotos);
    assert_eq!(store.all_photo_files().await.unwrap().len(), 6, "the refused photo wrote no row");

    // One photo removed, then the character with the rest.
    assert!(store.delete_character_photo(tier("bible"), mia.id, first.id).await.unwrap().is_none());
    assert_eq!(store.delete_character_photo(tier("kids"), mia.id, first.id).await.unwrap(), Some(first.clone()));
    assert!(store.delete_character(tier("bible"), mia.id).await.unwrap().is_none(), "not from another tier");
    assert_eq!(store.delete_character(tier("kids"), mia.id).await.unwrap(), Some(vec![second, third]));
    assert!(store.all_photo_files().await.unwrap().is_empty());
    assert!(store.characters(tier("kids")).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_tier_holds_at_most_twenty_characters() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("store.redb")).unwrap();
    for i in 0..MAX_CHARACTERS_PER_TIER {
        assert_eq!(store.save_character(character("kids", &format!("Hero {i}")), vec![]).await.unwrap(), CharacterWrite::Saved);
    }
    assert_eq!(store.save_character(character("kids", "One too many"), vec![]).await.unwrap(), CharacterWrite::RosterFull);
    let roster = store.characters(tier("kids")).await.unwrap();
    assert_eq!(roster.len(), MAX_CHARACTERS_PER_TIER);
    // An existing character can still be saved.
    assert_eq!(store.save_character(roster[0].clone(), vec![]).await.unwrap(), CharacterWrite::Saved);
    assert!(store.characters(tier("bible")).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_storys_own_photos_go_with_the_story_or_at_its_ending() {
    use crate::store::{Choice, ChoiceId, ImageState, Job, Scene, SceneId, Story, StoryId};
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("store.redb")).unwrap();
    let story_with_photo = |story_id: StoryId| {
        let scene_id = SceneId::new();
        let photo_id = PhotoId::new();
        let photo = PhotoRecord {
            id: photo_id,
            tier: tier("kids"),
            owner: PhotoOwner::Story(story_id),
            file: format!("photos/kids/{}.jpg", photo_id.simple()),
            thumb_file: format!("photos/kids/{}-thumb.jpg", photo_id.simple()),
            width: 640,
            height: 480,
            bytes: 1000,
            small: false,
            created_at: now(),
        };
        let scene = Scene {
            id: scene_id,
            story_id,
            tier: tier("kids"),
            parent: None,
            via_choice: None,
            number: 1,
            text: "A picnic.".into(),
            image_prompt: "a picnic".into(),
            choices: vec![Choice { id: ChoiceId::new(), text: "Go".into(), child: None }],
            is_ending: false,
            image: ImageState::pending(),
            created_at: now(),
            video: None,
            look_reset: false,
            target: None,
            length_change: None,
        };
        let story = Story {
            id: story_id,
            tier: tier("kids"),
            title: "Picnic".into(),
            prompt: "a picnic".into(),
            target_scenes: 3,
            story_model: "storyteller".into(),
            image_model: "picture-book".into(),
            root_scene: scene_id,
            created_at: now(),
            finished_at: None,
            ending_scene: None,
            video_model: None,
            video_note: None,
            memory_mode: true,
            characters: Vec::new(),
            photos: vec![photo_id],
            profile: None,
            family_mode: false,
            bedtime: false,
        };
        let job = Job::scene_image(&tier("kids"), story_id, scene_id, now());
        (story, scene, job, photo)
    };

    // Deleted with its story (a story can be deleted while its ending's picture is still being painted).
    let (story, scene, job, photo) = story_with_photo(StoryId::new());
    store.create_story_with_photos(story.clone(), scene, job, vec![photo.clone()]).await.unwrap();
    assert_eq!(store.photo(tier("kids"), photo.id).await.unwrap(), Some(photo.clone()));
    let files = store.delete_story(story.id).await.unwrap().unwrap();
    assert!(files.contains(&photo.file) && files.contains(&photo.thumb_file), "{files:?}");
    assert!(store.photo(tier("kids"), photo.id).await.unwrap().is_none());

    // Dropped once its ending has its picture: the story stays, without photo ids.
    let (story, scene, job, photo) = story_with_photo(StoryId::new());
    store.create_story_with_photos(story.clone(), scene, job, vec![photo.clone()]).await.unwrap();
    assert_eq!(store.drop_story_photos(story.id).await.unwrap(), photo.files().to_vec());
    assert!(store.photo(tier("kids"), photo.id).await.unwrap().is_none());
    assert!(store.drop_story_photos(story.id).await.unwrap().is_empty(), "once");
    assert!(store.all_photo_files().await.unwrap().is_empty());
}
