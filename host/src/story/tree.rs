//! A story's scene tree in memory: paths from the root, the reader's main
//! path (root to the first ending) and its previous/next links.

use std::collections::HashMap;

use crate::store::{Scene, SceneId, Story};

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
        let mut path = Vec::new();
        let mut current = self.scenes.get(&id);
        while let Some(scene) = current {
            path.push(scene);
            if path.len() > self.scenes.len() {
                break; // a cycle would be a corrupt store; never loop forever
            }
            current = scene.parent.and_then(|p| self.scenes.get(&p));
        }
        path.reverse();
        path
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
