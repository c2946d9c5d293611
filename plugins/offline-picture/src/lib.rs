//! The built-in offline picture plugin: its `describe` and the one call it
//! answers. It offers one image model, `picture-book`, that paints a
//! deterministic picture-book vignette from the prompt's words with no
//! network; `read.rs` reads the prompt, `draw.rs` composes the picture from the
//! drawing families, and `describe.rs` writes the alt text. Stories and videos get the SDK's
//! `unsupported` answers.

mod aboard;
mod beasts;
mod bedtime;
mod bible_dress;
mod bible_room;
mod birds;
mod birds_fly;
mod bugs;
mod build;
mod buildings;
mod canvas;
mod cast;
mod cast_draw;
mod cast_piece;
mod cast_plan;
mod catalog;

mod catalog_kin;
mod catalog_people;
mod climb;
mod colours;
mod critters;
mod crowd_rows;
mod describe;
mod draw;
mod fantasy;
mod fishing;
mod food;
mod headcloth;
mod hero;
mod kite;
mod layout;
mod look;
mod objects;
mod objects_small;
mod paint;
mod people;
mod people_arms;
mod place;
mod place_read;
mod plurals;
mod pose;
mod position;
mod position_draw;
mod prickly;
mod read;
mod read_absent;
mod read_before;
mod read_cues;
mod read_moods;
mod read_scan;
mod read_thing;
mod read_types;
mod read_weather;
mod read_who;
mod read_winter;
mod read_words;
mod ride;
mod ride_one;
mod rooms;
mod scarf;
mod scene;
mod sea;
mod shore;
mod sky;
mod snack;
mod stable_inside;
mod stall;
mod tiny_door;
mod tower_inside;
mod vehicles;
mod waters;
mod wear;
mod woodland;
mod young;
mod zoo;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_alt;
#[cfg(test)]
mod tests_animals;
#[cfg(test)]
mod tests_ark_ashore;
#[cfg(test)]
mod tests_bedtime;
#[cfg(test)]
mod tests_bible;
#[cfg(test)]
mod tests_bible_people;
#[cfg(test)]
mod tests_bible_scenes;
#[cfg(test)]
mod tests_build;
#[cfg(test)]
mod tests_climb;
#[cfg(test)]
mod tests_clothes;
#[cfg(test)]
mod tests_crowd;
#[cfg(test)]
mod tests_drawn;
#[cfg(test)]
mod tests_layout;
#[cfg(test)]
mod tests_missed;
#[cfg(test)]
mod tests_names;
#[cfg(test)]
mod tests_people;
#[cfg(test)]
mod tests_places;
#[cfg(test)]
mod tests_pose;
#[cfg(test)]
mod tests_position;
#[cfg(test)]
mod tests_ride;
#[cfg(test)]
mod tests_sea_floor;
#[cfg(test)]
mod tests_sizes;
#[cfg(test)]
mod tests_sky;
#[cfg(test)]
mod tests_sleep;
#[cfg(test)]
mod tests_stable_inside;
#[cfg(test)]
mod tests_stairs;
#[cfg(test)]
mod tests_things;
#[cfg(test)]
mod tests_tower_inside;
#[cfg(test)]
mod tests_water;
#[cfg(test)]
mod tests_window;
#[cfg(test)]
mod tests_within;
#[cfg(test)]
mod tests_zoo;

use storyloom_plugin_sdk::prelude::*;

/// The model key this plugin answers to.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // natively only the plugin's tests call it
const MODEL_KEY: &str = "picture-book";

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // natively only the plugin's tests call it
struct PictureBook;

impl Plugin for PictureBook {
    fn describe() -> PluginInfo {
        PluginInfo::new("builtin-picture", "0.1.0")
            .model(image_model(MODEL_KEY, "Picture Book (offline)", "Built-in").aspect_ratios(&["1:1"]))
    }

    fn generate_image(req: ImageRequest) -> Result<Picture, PluginError> {
        if req.model != MODEL_KEY {
            return Err(PluginError::Unsupported(format!("model {:?} is not offered by builtin-picture", req.model)));
        }
        let (bytes, description) = picture(&req.prompt, req.width, req.height)
            .map_err(|e| PluginError::Transient(format!("could not encode the picture: {e}")))?;
        Ok(Picture { media: Media { media_type: "image/png".into(), bytes }, description: Some(description) })
    }
}

/// The PNG for `prompt` and the plain description of what it shows (the alt text).
pub fn picture(prompt: &str, width: u32, height: u32) -> Result<(Vec<u8>, String), png::EncodingError> {
    let spec = read::Spec::read(prompt);
    let (w, h) = draw::size(width, height);
    let bytes = draw::encode(&draw::paint_spec(&spec, w, h))?;
    Ok((bytes, describe::describe(&spec)))
}

/// A character's drawn look, read from its own words: the same words give the same look.
pub fn figure_looks(prompt: &str) -> Vec<(String, look::Look)> {
    read::Spec::read(prompt).figures.into_iter().map(|f| (f.noun.to_string(), f.look)).collect()
}

/// The alt text `picture` would give for `prompt`, without drawing the picture.
pub fn describe(prompt: &str) -> String {
    describe::describe(&read::Spec::read(prompt))
}

// Only the WebAssembly build exports the plugin, so a native test can link both offline plugins.
#[cfg(target_arch = "wasm32")]
export_plugin!(PictureBook);
