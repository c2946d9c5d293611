//! Tests of something being made: boxes being cut, taped and painted are
//! drawn as a cardboard rocket under construction (tape, paint pot and
//! brush), a finished or flying rocket as the rocket itself.

use crate::read::Spec;

fn alt(prompt: &str) -> String {
    crate::picture(prompt, 64, 64).expect("png").1
}

#[test]
fn boxes_being_taped_and_painted_are_a_rocket_being_built() {
    for prompt in [
        "Luna, a girl with fair skin and braided brown hair in a yellow raincoat, and Maya, a girl with rosy skin and short red hair in an orange dress, cutting and taping big cardboard boxes together and painting them, just after finding the tape and the paint, in a back garden on a sunny afternoon, soft picture-book illustration.",
        "Wren, a girl with fair skin and short blond hair in red dungarees, and Hazel, a girl with brown skin and braided golden hair in a teal raincoat, cutting and taping big cardboard boxes together and painting them, just after looking for big boxes in the garage, in a back garden on a sunny afternoon, soft picture-book illustration.",
        "Luna and Maya, two sisters, building a cardboard rocket in the garden.",
        "Two boys sticking boxes together to make a rocket in the yard.",
    ] {
        let spec = Spec::read(prompt);
        let nouns: Vec<_> = spec.things.iter().map(|t| t.noun).collect();
        assert!(nouns.contains(&crate::build::NOUN) && !nouns.contains(&"box") && !nouns.contains(&"rocket"), "{prompt}: {nouns:?}");
        let said = alt(prompt);
        assert!(said.contains("rocket being built") && said.contains("paint"), "{prompt}: {said}");
        // Tape-coloured strips and cardboard in the picture.
        let px = crate::tests::decode(&crate::picture(prompt, 256, 256).expect("png").0).2;
        let tape = px.chunks(3).filter(|p| p[0] > 220 && p[0] < 240 && p[1] > 212 && p[1] < 232 && p[2] > 185 && p[2] < 205).count();
        assert!(tape > 40, "{prompt}: {tape} tape pixels");
    }
}

#[test]
fn empty_boxes_and_a_finished_rocket_stay_as_they_are() {
    let spec = Spec::read("Luna and Maya looking at a pile of big empty boxes, dreaming of the moon, in a back garden.");
    assert!(spec.things.iter().any(|t| t.noun == "box"), "{:?}", spec.things);
    for prompt in [
        "Luna and Maya celebrating together, beside a cardboard rocket, on the grey moon with round craters.",
        "A cardboard rocket blasting off into the sky, with Luna and Maya inside it, painting a picture of the stars.",
        "Luna and Maya beside the cardboard rocket they had built, in the garden.",
    ] {
        let spec = Spec::read(prompt);
        assert!(!spec.things.iter().any(|t| t.noun == crate::build::NOUN), "{prompt}: {:?}", spec.things);
    }
}
