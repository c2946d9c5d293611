//! Tests only: a storyteller→painter check. Every premise of the host's
//! default table and the newcomer's premises are told natively by the offline
//! storyteller (`premises.rs`, `telling.rs`) over several seeds and two paths,
//! and every scene's picture prompt is checked against the offline painter's
//! alt text (`alt_check.rs`) with a checked-in table of the prompt words
//! (`words.rs`): every thing the prompt names must be in the alt.

#[cfg(test)]
mod alt_check;
#[cfg(test)]
mod premises;
#[cfg(test)]
mod prompt_words;
#[cfg(test)]
mod telling;
#[cfg(test)]
mod words;
