//! What a picture prompt is read into, besides the whole `Spec`: the light
//! of the scene, each character (a `Figure` with its look and pose) and each
//! thing. Read by `read.rs`.

use crate::canvas::Rgb;
use crate::catalog::Fam;
use crate::look::Look;

/// Light of the scene.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Time {
    Day,
    Dawn,
    Sunset,
    Night,
}

/// A character: a person or a creature, drawn from its look alone.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub noun: &'static str,
    pub fam: Fam,
    pub count: usize,
    pub look: Look,
    /// Called by name in the prompt ("Mary", "Noah"): kept when the picture is crowded.
    pub named: bool,
    /// "a sleeping bear", "the bear is asleep": lying down with closed eyes (a pose, not a look).
    pub asleep: bool,
    /// "a hurt man", "lying by the road": lying down, eyes closed, no smile.
    pub hurt: bool,
    /// "the giant toppled over", "fell to the ground", "lay on the ground": lying down, eyes open, not smiling.
    pub fallen: bool,
    /// "splashing in the water", "thrown into the sea": in the water up to the waist.
    pub wet: bool,
    /// "kneeling and praying", "sitting on a hillside", "bowing": how a person holds their body and hands.
    pub pose: crate::pose::Pose,
}

/// Anything else: an object, a vehicle, a building, something in the sky.
#[derive(Debug, Clone, PartialEq)]
pub struct Thing {
    pub noun: &'static str,
    pub fam: Fam,
    pub count: usize,
    pub colour: Rgb,
    /// How the prompt said it, for the description ("bright red balloon").
    pub words: String,
}
