//! Rain that is not falling: "no rain", "the rain stopped", "after the rain",
//! "when the rain was over". Such words are taken out of the prompt before
//! the rain and the flood are read, so the picture is dry (no grey sky, no
//! falling rain, no storm) when the text says the rain has ended.

/// Sayings of rain that is not falling now, longest first.
const ENDED: &[&str] = &[
    "the rain had stopped",
    "the rain has stopped",
    "the rain stopped",
    "the rain stops",
    "the rain was over",
    "the rain is over",
    "the rain had ended",
    "the rain ended",
    "rain stopped",
    "rain stops",
    "stopped raining",
    "stops raining",
    "after the rain",
    "after the rains",
    "no more rain",
    "no rain",
    "without rain",
    "not raining",
];

/// `lower` (lower-case words, a space either side) with every saying of ended or absent rain taken out.
pub(crate) fn without_ended_rain(lower: &str) -> String {
    ENDED.iter().fold(lower.to_string(), |l, k| l.replace(&format!(" {k} "), " "))
}

#[cfg(test)]
mod tests {
    use super::without_ended_rain;

    #[test]
    fn only_ended_rain_is_taken_out() {
        assert_eq!(without_ended_rain(" a fox as the rain stopped and the sun came out "), " a fox as and the sun came out ");
        assert_eq!(without_ended_rain(" a fox in the rain "), " a fox in the rain ");
    }
}
