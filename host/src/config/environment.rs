//! [`Environment`]: where API keys and plugin settings come from. The host
//! looks up a variable only when a granted credential or a granted setting
//! names it; nothing else in the process environment is ever read.

use std::collections::BTreeMap;
use std::fmt;

/// The operator's environment, read on demand by name.
///
/// `Environment::process()` reads the server's own environment variables;
/// `Environment::fixed()` holds only the pairs given (tests, benchmarks).
/// Values set with [`Environment::insert`] win over the process environment.
/// Empty or blank values count as unset. `Debug` shows names only.
#[derive(Clone, Default)]
pub struct Environment {
    read_process: bool,
    overrides: BTreeMap<String, String>,
}

impl Environment {
    /// The server's environment variables, read only when a grant names one.
    pub fn process() -> Self {
        Self { read_process: true, overrides: BTreeMap::new() }
    }

    /// Only these variables, never the process environment.
    pub fn fixed<I, K, V>(pairs: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        Self { read_process: false, overrides: pairs.into_iter().map(|(k, v)| (k.into(), v.into())).collect() }
    }

    /// Set (or replace) one variable for this server.
    pub fn insert(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.overrides.insert(name.into(), value.into());
    }

    /// The non-blank value of `name`, if any. Call only for granted names.
    pub(crate) fn get(&self, name: &str) -> Option<String> {
        let value = match self.overrides.get(name) {
            Some(value) => Some(value.clone()),
            None if self.read_process => std::env::var(name).ok(),
            None => None,
        };
        value.filter(|v| !v.trim().is_empty())
    }
}

impl fmt::Debug for Environment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Environment")
            .field("read_process", &self.read_process)
            .field("set", &self.overrides.keys().collect::<Vec<_>>())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_reads_only_its_pairs_and_blank_is_unset() {
        let env = Environment::fixed([("A", "1"), ("B", "  ")]);
        assert_eq!(env.get("A").as_deref(), Some("1"));
        assert_eq!(env.get("B"), None);
        assert_eq!(env.get("PATH"), None, "the process environment is not read");
        let shown = format!("{env:?}");
        assert!(shown.contains('A') && !shown.contains('1'));
    }

    #[test]
    fn process_reads_on_demand_and_set_wins() {
        let mut env = Environment::process();
        assert!(env.get("PATH").is_some());
        env.insert("PATH", "/override");
        assert_eq!(env.get("PATH").as_deref(), Some("/override"));
    }
}
