//! The operator's API keys, by credential name. Values never leave this module
//! except into an outgoing header the gate marks sensitive; `Debug` shows names only.

use std::collections::BTreeMap;
use std::fmt;

/// Credential name -> key value (e.g. `OPENAI_API_KEY` -> `sk-...`).
/// Empty values are treated as unset.
#[derive(Clone, Default)]
pub struct Secrets {
    values: BTreeMap<String, String>,
}

impl Secrets {
    /// Reads each named variable from the process environment, skipping
    /// variables that are unset, empty or not UTF-8.
    pub fn from_env<I, S>(names: I) -> Secrets
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        Secrets::from_lookup(names, |name| std::env::var(name).ok())
    }

    /// Builds from explicit pairs (tests, or keys read from elsewhere). Empty values are skipped.
    pub fn from_pairs<I, K, V>(pairs: I) -> Secrets
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        let values = pairs.into_iter().map(|(k, v)| (k.into(), v.into())).filter(|(_, v)| !v.is_empty()).collect();
        Secrets { values }
    }

    fn from_lookup<I, S>(names: I, lookup: impl Fn(&str) -> Option<String>) -> Secrets
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        Secrets::from_pairs(names.into_iter().filter_map(|n| lookup(n.as_ref()).map(|v| (n.as_ref().to_owned(), v))))
    }

    /// Whether a non-empty key is set for this credential name.
    pub fn contains(&self, name: &str) -> bool {
        self.values.contains_key(name)
    }

    /// Names of the credentials that are set, sorted.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.values.keys().map(String::as_str)
    }

    /// The key itself; only the gate reads it, to build the header.
    pub(crate) fn value(&self, name: &str) -> Option<&str> {
        self.values.get(name).map(String::as_str)
    }
}

impl fmt::Debug for Secrets {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Secrets").field("names", &self.values.keys().collect::<Vec<_>>()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_shows_names_never_values() {
        let s = Secrets::from_pairs([("OPENAI_API_KEY", "sk-very-secret"), ("EMPTY", "")]);
        let shown = format!("{s:?} {s:#?}");
        assert!(shown.contains("OPENAI_API_KEY"));
        assert!(!shown.contains("sk-very-secret"));
        assert!(s.contains("OPENAI_API_KEY"));
        assert!(!s.contains("EMPTY"), "empty values count as unset");
        assert_eq!(s.value("OPENAI_API_KEY"), Some("sk-very-secret"));
        assert_eq!(s.names().collect::<Vec<_>>(), ["OPENAI_API_KEY"]);
    }

    #[test]
    fn from_lookup_skips_unset_names() {
        let s = Secrets::from_lookup(["A", "B"], |n| (n == "A").then(|| "a-key".to_string()));
        assert!(s.contains("A"));
        assert!(!s.contains("B"));
        // from_env on a name that is surely unset yields nothing.
        assert!(!Secrets::from_env(["STORYLOOM_NETGATE_TEST_SURELY_UNSET_7f3a"]).contains("STORYLOOM_NETGATE_TEST_SURELY_UNSET_7f3a"));
    }
}
