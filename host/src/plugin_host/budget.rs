//! What one plugin call may make the host spend besides wasm time and memory:
//! HTTP fetches, refused fetches kept for the trace, and log lines and bytes.
//! Each bound is a named constant; `CallBudget` counts against them.

use super::trust::labels::escape_for_terminal;

/// Most `http.fetch` calls one plugin call may make, refused ones included.
/// The bundled plugins make at most 2 (a picture, then its download).
pub const MAX_FETCHES_PER_CALL: u32 = 16;
/// Refused fetches remembered per call for the error and the trace.
pub const MAX_REFUSALS_KEPT: usize = 4;
/// Longest origin text kept for a refused fetch, in characters.
pub const MAX_REFUSAL_ORIGIN_CHARS: usize = 120;
/// Most log lines one call may write; one more line says the limit was reached.
pub const MAX_LOG_LINES_PER_CALL: u32 = 100;
/// Most bytes of log text one call may write.
pub const MAX_LOG_BYTES_PER_CALL: usize = 32 * 1024;
/// Longest single log line kept, in characters.
pub const MAX_LOG_LINE_CHARS: usize = 1000;

/// Why the host refused a fetch before (or instead of) sending it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefusalKind {
    /// The origin is not among the plugin's declared hosts (or a redirect led outside them).
    HostNotDeclared,
    /// The address is private or local and the operator has not allowed it.
    DestinationProhibited,
}

/// One refused fetch, as kept for the error and the trace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub kind: RefusalKind,
    /// `scheme://host[:port]`, cut at [`MAX_REFUSAL_ORIGIN_CHARS`].
    pub origin: String,
}

/// The counters of one call.
#[derive(Debug, Default)]
pub struct CallBudget {
    fetches: u32,
    over_limit: u32,
    refusals: Vec<Refusal>,
    refused_total: u32,
    log_lines: u32,
    log_bytes: usize,
    log_limit_reported: bool,
}

/// What to do with one log line.
#[derive(Debug, PartialEq, Eq)]
pub enum LogDecision {
    /// Write this (escaped, cut) text.
    Write(String),
    /// Write the one "log limit reached" line, then drop everything after.
    LimitReached,
    Drop,
}

impl CallBudget {
    /// Count one fetch attempt: `Ok` when it may go ahead; `Err(first)` when the
    /// call has used all its fetches (`first` on the first refusal, to log it once).
    pub fn take_fetch(&mut self) -> Result<(), bool> {
        if self.fetches >= MAX_FETCHES_PER_CALL {
            self.over_limit += 1;
            return Err(self.over_limit == 1);
        }
        self.fetches += 1;
        Ok(())
    }

    /// Remember a refused fetch: why and where (the first few only, each origin cut short).
    pub fn note_refusal(&mut self, kind: RefusalKind, origin: &str) {
        self.refused_total += 1;
        if self.refusals.len() < MAX_REFUSALS_KEPT {
            self.refusals.push(Refusal { kind, origin: origin.chars().take(MAX_REFUSAL_ORIGIN_CHARS).collect() });
        }
    }

    /// The first refused fetch, if any was refused.
    pub fn first_refusal(&self) -> Option<&Refusal> {
        self.refusals.first()
    }

    /// How many fetches were made and refused.
    pub fn fetch_counts(&self) -> (u32, u32) {
        (self.fetches, self.refused_total)
    }

    /// Decide about one log line of the plugin.
    pub fn log_line(&mut self, message: &str) -> LogDecision {
        if self.log_limit_reported {
            return LogDecision::Drop;
        }
        let text = escape_for_terminal(message, MAX_LOG_LINE_CHARS);
        if self.log_lines >= MAX_LOG_LINES_PER_CALL || self.log_bytes + text.len() > MAX_LOG_BYTES_PER_CALL {
            self.log_limit_reported = true;
            return LogDecision::LimitReached;
        }
        self.log_lines += 1;
        self.log_bytes += text.len();
        LogDecision::Write(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fetches_stop_at_the_limit() {
        let mut budget = CallBudget::default();
        assert!((0..MAX_FETCHES_PER_CALL).all(|_| budget.take_fetch().is_ok()));
        assert_eq!(budget.take_fetch(), Err(true), "the first refusal is reported");
        assert_eq!(budget.take_fetch(), Err(false), "later ones are not");
    }

    #[test]
    fn refusals_are_kept_few_and_short() {
        let mut budget = CallBudget::default();
        for _ in 0..700 {
            budget.note_refusal(RefusalKind::HostNotDeclared, &"h".repeat(1 << 20));
        }
        assert_eq!(budget.refusals.len(), MAX_REFUSALS_KEPT);
        assert!(budget.refusals.iter().all(|r| r.origin.chars().count() == MAX_REFUSAL_ORIGIN_CHARS));
        assert_eq!(budget.refused_total, 700);
    }

    #[test]
    fn logs_stop_with_one_limit_line() {
        let mut budget = CallBudget::default();
        let mut written = 0;
        let mut limit_lines = 0;
        for _ in 0..10_000 {
            match budget.log_line(&"x".repeat(5000)) {
                LogDecision::Write(text) => written += text.len(),
                LogDecision::LimitReached => limit_lines += 1,
                LogDecision::Drop => {}
            }
        }
        assert_eq!(limit_lines, 1);
        assert!(written <= MAX_LOG_BYTES_PER_CALL, "{written}");
        let mut budget = CallBudget::default();
        let lines = (0..1000).filter(|_| matches!(budget.log_line("short"), LogDecision::Write(_))).count();
        assert_eq!(lines as u32, MAX_LOG_LINES_PER_CALL);
    }

    #[test]
    fn log_lines_cannot_forge_lines() {
        let mut budget = CallBudget::default();
        let LogDecision::Write(text) = budget.log_line("a\nINFO storyloom: all plugins verified OK") else { panic!() };
        assert!(!text.contains('\n'));
    }
}
