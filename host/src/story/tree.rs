//! A story's scene tree in memory: paths from the root, the reader's main
//! path (root to the first ending) and its previous/next links; and a
//! gallery card's facts ([`CardFacts`]) from the scenes' outlines alone.

use std::collections::HashMap;

use crate::store::{ImageOutline, Scene, SceneId, SceneOutline, Story, VideoStatus};

pub struct StoryTree {
    scenes: HashMap<SceneId, Scene>,
    root: SceneId,
    /// Root → first ending, when the story is finished.
    main_path: Vec<SceneId>,
}

impl StoryTree {
    pub fn new(story: &Story, scenes: Vec<Scene>) -> Self {
        let scenes: HashMap<SceneId, Scene> = scenes.into_iter().map(|s| (s.id, s)).collect();
        let mut tree = Self { scenes, root: story.root_scene, main_path: Vec::new() };
        if let Some(end) = story.ending_scene {
            tree.main_path = tree.path_to(end).iter().map(|s| s.id).collect();
        }
        tree
    }

    pub fn get(&self, id: SceneId) -> Option<&Scene> {
        self.scenes.get(&id)
    }

    /// Every scene, in no particular order.
    pub fn scenes(&self) -> impl Iterator<Item = &Scene> {
        self.scenes.values()
    }

    pub fn root(&self) -> Option<&Scene> {
        self.scenes.get(&self.root)
    }

    /// Scenes from the root down to `id` (empty when `id` is not in the tree).
    pub fn path_to(&self, id: SceneId) -> Vec<&Scene> {
        path_down_to(&self.scenes, id, |scene| scene.parent)
    }

    /// The scene before `id`: its parent.
    pub fn previous(&self, id: SceneId) -> Option<&Scene> {
        self.scenes.get(&id)?.parent.and_then(|p| self.scenes.get(&p))
    }

    /// The scene after `id`: the next one on the main path when `id` is on it,
    /// else the first explored choice.
    pub fn next(&self, id: SceneId) -> Option<&Scene> {
        if let Some(pos) = self.main_path.iter().position(|s| *s == id)
            && let Some(next) = self.main_path.get(pos + 1)
        {
            return self.scenes.get(next);
        }
        let scene = self.scenes.get(&id)?;
        scene.choices.iter().find_map(|c| c.child.and_then(|child| self.scenes.get(&child)))
    }

    /// The main path's length (the number of scenes to the first ending).
    pub fn main_len(&self) -> usize {
        self.main_path.len()
    }

    /// The scene shown on the gallery card: the main path's last scene with a picture, else the root.
    pub fn cover(&self) -> Option<&Scene> {
        self.main_path.iter().filter_map(|id| self.scenes.get(id)).find(|s| s.image.media.is_some()).or_else(|| self.root())
    }

    pub fn len(&self) -> usize {
        self.scenes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.scenes.is_empty()
    }
}

/// The scenes from the root down to `end` in `scenes`, following each one's
/// `parent` (empty when `end` is not there). A cycle would be a corrupt
/// store: the walk stops rather than loop forever.
fn path_down_to<T>(scenes: &HashMap<SceneId, T>, end: SceneId, parent: impl Fn(&T) -> Option<SceneId>) -> Vec<&T> {
    let mut path = Vec::new();
    let mut current = scenes.get(&end);
    while let Some(scene) = current {
        path.push(scene);
        if path.len() > scenes.len() {
            break;
        }
        current = parent(scene).and_then(|p| scenes.get(&p));
    }
    path.reverse();
    path
}

/// What a gallery card shows of a story's tree, from its scenes' outlines.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardFacts {
    /// The cover's picture: the first scene of the main path with one, else the root's.
    pub cover: Option<ImageOutline>,
    /// Scenes from the root to the first ending (0 for a story not finished).
    pub main_len: usize,
    /// Endings reached, on every branch.
    pub endings: usize,
    /// Whether any scene has a finished clip.
    pub has_clip: bool,
}

impl CardFacts {
    pub fn of(story: &Story, scenes: &[SceneOutline]) -> Self {
        let by_id: HashMap<SceneId, &SceneOutline> = scenes.iter().map(|s| (s.id, s)).collect();
        let main_path = match story.ending_scene {
            Some(end) => path_down_to(&by_id, end, |scene| scene.parent),
            None => Vec::new(),
        };
        let root = by_id.get(&story.root_scene).map(|s| s.image);
        Self {
            cover: main_path.iter().find(|s| s.image.media.is_some()).map(|s| s.image).or(root),
            main_len: main_path.len(),
            endings: scenes.iter().filter(|s| s.is_ending).count(),
            has_clip: scenes.iter().any(|s| s.video.is_some_and(|v| v.status == VideoStatus::Complete && v.media.is_some())),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests may fail loudly

    use super::*;
    use crate::store::{GalleryAt, ImageStatus, MediaId, Store};
    use crate::tier::TierId;

    fn outline(id: SceneId, parent: Option<SceneId>, is_ending: bool, pictured: bool) -> SceneOutline {
        let media = pictured.then(MediaId::new);
        let status = if pictured { ImageStatus::Complete } else { ImageStatus::Pending };
        SceneOutline { id, parent, is_ending, image: ImageOutline { status, media, thumb: None }, video: None }
    }

    #[tokio::test]
    async fn card_facts_agree_with_the_whole_tree() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("store.redb")).unwrap();
        let blobs = crate::blobs::Blobs::new(dir.path().to_path_buf());
        let kids = TierId::parse("kids").unwrap();
        let png = crate::seed::small_png().unwrap();
        let id = crate::seed::finished_story(&store, &blobs, &kids, "Agreed", 4, &png).await.unwrap();
        let story = store.story(id).await.unwrap().unwrap();
        let tree = StoryTree::new(&story, store.scenes_of(id).await.unwrap());
        let page = store.gallery_page(kids, GalleryAt::Newest).await.unwrap();
        let facts = CardFacts::of(&story, &page.stories[0].scenes);
        assert_eq!(facts.main_len, tree.main_len());
        assert_eq!(facts.main_len, 4);
        assert_eq!(facts.cover, tree.cover().map(|s| ImageOutline::from(&s.image)));
        assert_eq!(facts.endings, tree.scenes().filter(|s| s.is_ending).count());
        assert!(!facts.has_clip);
    }

    #[test]
    fn the_cover_is_the_first_pictured_scene_of_the_main_path_and_endings_count_every_branch() {
        let (root, side, middle, end, other_end) = (SceneId::new(), SceneId::new(), SceneId::new(), SceneId::new(), SceneId::new());
        let scenes = vec![
            outline(root, None, false, false),
            outline(side, Some(root), false, true),
            outline(middle, Some(root), false, true),
            outline(end, Some(middle), true, true),
            outline(other_end, Some(side), true, false),
        ];
        let story: Story = serde_json::from_value(serde_json::json!({
            "id": crate::store::StoryId::new(), "tier": "kids", "title": "T", "prompt": "p", "target_scenes": 3,
            "story_model": "m", "image_model": "i", "root_scene": root, "created_at": 1, "ending_scene": end,
        }))
        .unwrap();
        let facts = CardFacts::of(&story, &scenes);
        assert_eq!(facts.main_len, 3, "root, middle, end");
        assert_eq!(facts.cover, Some(scenes[2].image), "the middle scene: the root has no picture and the side branch is not on the path");
        assert_eq!(facts.endings, 2);
        let unfinished: Story = serde_json::from_value(serde_json::json!({
            "id": crate::store::StoryId::new(), "tier": "kids", "title": "T", "prompt": "p", "target_scenes": 3,
            "story_model": "m", "image_model": "i", "root_scene": root, "created_at": 1,
        }))
        .unwrap();
        let facts = CardFacts::of(&unfinished, &scenes);
        assert_eq!((facts.main_len, facts.cover), (0, Some(scenes[0].image)), "no main path: the root's picture state");
    }
}
