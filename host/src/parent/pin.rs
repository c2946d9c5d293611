//! The parent PIN: what a PIN may be, and its argon2id hash in PHC string form
//! (`$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`, the argon2 crate's default
//! parameters, OWASP's minimum for argon2id). The PIN itself is never stored.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

/// Shortest PIN accepted, in characters.
pub const MIN_PIN_CHARS: usize = 4;
/// Longest PIN accepted, in characters.
pub const MAX_PIN_CHARS: usize = 64;

/// Why a new PIN was refused, in words for the parent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinRefusal {
    #[error("The PIN needs at least {MIN_PIN_CHARS} characters (digits or letters).")]
    TooShort,
    #[error("The PIN can be at most {MAX_PIN_CHARS} characters.")]
    TooLong,
    #[error("The two PINs are not the same. Type the same PIN twice.")]
    Mismatch,
    #[error("The PIN cannot start or end with a space.")]
    Spaces,
    #[error("The PIN cannot hold tabs, line breaks or invisible characters.")]
    Invisible,
    #[error("The current PIN is not right, so the PIN was not changed.")]
    WrongCurrent,
}

/// Check a new PIN and its confirmation.
pub fn check_new_pin(pin: &str, again: &str) -> Result<(), PinRefusal> {
    let chars = pin.chars().count();
    if pin.trim() != pin {
        return Err(PinRefusal::Spaces);
    }
    let invisible = |c: char| c.is_control() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{00ad}');
    if pin.chars().any(invisible) {
        return Err(PinRefusal::Invisible);
    }
    if chars < MIN_PIN_CHARS {
        return Err(PinRefusal::TooShort);
    }
    if chars > MAX_PIN_CHARS {
        return Err(PinRefusal::TooLong);
    }
    if pin != again {
        return Err(PinRefusal::Mismatch);
    }
    Ok(())
}

/// The PHC string of `pin` with a fresh random 16-byte salt. Slow on purpose
/// (about 20-40 ms and 19 MiB here): call it on a blocking thread.
///
/// Errors: only argon2's own (none for a PIN within [`MAX_PIN_CHARS`]).
pub fn hash_pin(pin: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::encode_b64(&rand::random::<[u8; 16]>())?;
    Ok(Argon2::default().hash_password(pin.as_bytes(), &salt)?.to_string())
}

/// Whether `pin` matches the stored PHC string (with the parameters it names).
/// A malformed stored string matches nothing. Slow: call it on a blocking thread.
pub fn verify_pin(pin: &str, phc: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(phc) else {
        tracing::error!("the stored parent PIN hash is not a PHC string; run `storyloom parent reset-pin`");
        return false;
    };
    Argon2::default().verify_password(pin.as_bytes(), &parsed).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_is_stored_as_a_salted_argon2id_hash_that_verifies() {
        let first = hash_pin("2468").unwrap();
        let second = hash_pin("2468").unwrap();
        assert!(first.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{first}");
        assert!(!first.contains("2468"), "no PIN in the hash");
        assert_ne!(first, second, "a fresh salt every time");
        assert!(verify_pin("2468", &first) && verify_pin("2468", &second));
        assert!(!verify_pin("2469", &first) && !verify_pin("", &first));
        assert!(!verify_pin("2468", "not a hash"));
    }

    #[test]
    fn new_pins_are_checked_with_reasons() {
        assert_eq!(check_new_pin("123", "123"), Err(PinRefusal::TooShort));
        assert_eq!(check_new_pin(&"1".repeat(65), &"1".repeat(65)), Err(PinRefusal::TooLong));
        assert_eq!(check_new_pin("1234", "1243"), Err(PinRefusal::Mismatch));
        assert_eq!(check_new_pin(" 1234", " 1234"), Err(PinRefusal::Spaces));
        assert_eq!(check_new_pin("12\t34", "12\t34"), Err(PinRefusal::Invisible));
        assert_eq!(check_new_pin("\u{200b}\u{200b}\u{200b}\u{200b}", "\u{200b}\u{200b}\u{200b}\u{200b}"), Err(PinRefusal::Invisible));
        assert_eq!(check_new_pin("1234", "1234"), Ok(()));
        assert_eq!(check_new_pin("blue whale 7", "blue whale 7"), Ok(()));
    }
}
