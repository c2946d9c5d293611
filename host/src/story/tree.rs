//! A story's scene tree in memory: paths from the root, the reader's main
//! path (root to the first ending) and its previous/next links. (A gallery
//! card's facts are the store's [`crate::store::Card`], kept with the scenes.)

use std::collections::HashMap;

use crate::store::{Scene, SceneId, Story, path_down_to};

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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests may fail loudly

    use super::*;
    use crate::store::{GalleryAt, ImageOutline, Store};
    use crate::tier::TierId;

    #[tokio::test]
    async fn the_stored_card_agrees_with_the_whole_tree() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("store.redb")).unwrap();
        let blobs = crate::blobs::Blobs::new(dir.path().to_path_buf());
        let kids = TierId::parse("kids").unwrap();
        let png = crate::seed::small_png().unwrap();
        let id = crate::seed::finished_story(&store, &blobs, &kids, "Agreed", 4, &png).await.unwrap();
        let story = store.story(id).await.unwrap().unwrap();
        let tree = StoryTree::new(&story, store.scenes_of(id).await.unwrap());
        let page = store.gallery_page(kids, GalleryAt::Newest).await.unwrap();
        let card = page.stories[0].card;
        assert_eq!(card.main_len as usize, tree.main_len());
        assert_eq!(card.main_len, 4);
        assert_eq!(card.cover, tree.cover().map(|s| ImageOutline::from(&s.image)));
        assert_eq!(card.endings as usize, tree.scenes().filter(|s| s.is_ending).count());
        assert!(!card.has_clip);
    }
}
