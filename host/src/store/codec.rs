//! Record encoding: one version byte, then JSON. The version byte lets a later
//! schema read (or migrate) records written by this one.

use serde::Serialize;
use serde::de::DeserializeOwned;

const RECORD_VERSION: u8 = 1;

pub fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, serde_json::Error> {
    let mut out = vec![RECORD_VERSION];
    serde_json::to_writer(&mut out, value)?;
    Ok(out)
}

pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, CodecError> {
    match bytes.split_first() {
        Some((&RECORD_VERSION, json)) => Ok(serde_json::from_slice(json)?),
        Some((version, _)) => Err(CodecError::UnknownVersion(*version)),
        None => Err(CodecError::Empty),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CodecError {
    #[error("record has unknown version {0}")]
    UnknownVersion(u8),
    #[error("record is empty")]
    Empty,
    #[error("record is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_other_versions() {
        let bytes = encode(&vec!["a", "b"]).unwrap();
        assert_eq!(decode::<Vec<String>>(&bytes).unwrap(), ["a", "b"]);
        let mut other = bytes.clone();
        other[0] = 9;
        assert!(matches!(decode::<Vec<String>>(&other), Err(CodecError::UnknownVersion(9))));
        assert!(matches!(decode::<Vec<String>>(&[]), Err(CodecError::Empty)));
    }
}
