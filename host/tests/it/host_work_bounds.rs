//! What a plugin can make the host spend stays within the stated bounds: a log
//! flood writes at most 100 lines / 32 KiB plus one "log limit reached" line,
//! with no raw line breaks or escape codes; a flood of refused fetches with
//! 1 MiB host names, and one with long (but under the URL cap) host names,
//! is cut at 16 fetches per call with the log and memory bounded; and host
//! work caused by a plugin counts against its CPU limit.
//!
//! One test in its own binary, on one thread, so that the captured log and the
//! process's peak memory belong to it alone.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use storyloom::plugin_host::{
    CallLimits, Environment, LimitsByKind, PluginError, PluginHost, PluginHostConfig, SlotLimits, net::GateConfig,
};

/// Every byte the log subscriber wrote.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Capture {
    /// The log written since `from` (a byte offset).
    fn since(&self, from: usize) -> Vec<u8> {
        self.0.lock().unwrap()[from..].to_vec()
    }
    fn len(&self) -> usize {
        self.0.lock().unwrap().len()
    }
}

/// The process's peak resident memory (VmHWM), in bytes.
fn peak_rss() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse::<u64>().unwrap() * 1024
}

/// The approved hostile guest alone, its picture calls limited to `cpu` and `wall`.
async fn hostile_host(cpu: Duration, wall: Duration) -> PluginHost {
    let guest = hostile_guest();
    let image = CallLimits { cpu, wall, memory_bytes: 64 * 1024 * 1024 };
    PluginHost::load(PluginHostConfig {
        cache_dir: PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("plugin-cache"),
        plugins_dir: None,
        bundled: false,
        extra_files: vec![guest.clone()],
        limits: LimitsByKind { image, ..LimitsByKind::default() },
        gate: GateConfig::default(),
        env: Environment::default(),
        approvals: vec![approval(&guest, "hostile", Vec::new())],
        slots: SlotLimits::default(),
    })
    .await
    .unwrap()
}

/// The log of one call stays small, holds no raw escape code, and no plugin text starts a line.
fn assert_log_bounded(what: &str, log: &[u8], max_bytes: usize) {
    assert!(log.len() <= max_bytes, "{what}: {} bytes of log", log.len());
    assert!(!log.contains(&0x1b), "{what}: an escape code reached the log");
    let text = String::from_utf8_lossy(log);
    for line in text.lines() {
        assert!(!line.starts_with("forged") && !line.contains("\u{1b}"), "{what}: a plugin started a log line: {line}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_plugin_cannot_make_the_host_work_without_bound() {
    let logs = Capture::default();
    let writer = logs.clone();
    let subscriber =
        tracing_subscriber::fmt().with_writer(move || writer.clone()).with_ansi(false).with_max_level(tracing::Level::INFO).finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let host = hostile_host(Duration::from_secs(5), Duration::from_secs(60)).await;
    host.generate_image("hostile-image", image_request("noop")).await.unwrap();
    let peak_before = peak_rss();

    // A log flood: 20,000 lines of 5,000 bytes with line breaks and escape codes.
    let from = logs.len();
    let answer = host.generate_image("hostile-image", image_request("log-flood 20000 5000")).await.unwrap().media;
    assert_eq!(answer.bytes, b"ok");
    let log = logs.since(from);
    assert_log_bounded("log flood", &log, 48 * 1024);
    let text = String::from_utf8_lossy(&log);
    assert_eq!(text.matches("log limit reached").count(), 1, "{text}");
    let plugin_lines = text.lines().filter(|l| l.contains("forged")).count();
    // Each line is cut at 1,000 characters (escapes included), so 32 KiB holds at most 33 of them.
    assert!((1..=33).contains(&plugin_lines), "{plugin_lines} plugin lines");

    // 700 fetches to 1 MiB host names: the first 16 are refused for their size, the rest unsent.
    let from = logs.len();
    let answer = host.generate_image("hostile-image", image_request("fetch-flood 700 1048576")).await.unwrap().media;
    assert_eq!(String::from_utf8_lossy(&answer.bytes), "InvalidRequest=700");
    assert_log_bounded("1 MiB host names", &logs.since(from), 16 * 1024);

    // 700 fetches to an undeclared host: 16 refused by the allow-list, 684 never tried.
    let from = logs.len();
    let answer = host.generate_image("hostile-image", image_request("fetch-flood 700 40")).await.unwrap().media;
    assert_eq!(String::from_utf8_lossy(&answer.bytes), "HostNotDeclared=16 InvalidRequest=684");
    assert_log_bounded("undeclared hosts", &logs.since(from), 16 * 1024);

    // Host names too long for DNS, in URLs under the size cap.
    let from = logs.len();
    let answer = host.generate_image("hostile-image", image_request("fetch-flood 50 4000")).await.unwrap().media;
    assert_eq!(String::from_utf8_lossy(&answer.bytes), "InvalidRequest=50");
    assert_log_bounded("long host names", &logs.since(from), 16 * 1024);

    let grown = peak_rss().saturating_sub(peak_before);
    assert!(grown < 256 * 1024 * 1024, "peak memory grew by {} MiB", grown / (1024 * 1024));
    println!("peak memory growth over the floods: {} MiB", grown / (1024 * 1024));

    // Host work counts against the CPU limit: a call that spends nearly all of its
    // time in the host (lifting 64 KiB log lines that are then dropped) is stopped
    // by its 300 ms CPU limit, long before its 20 s wall-clock limit.
    let strict = hostile_host(Duration::from_millis(300), Duration::from_secs(20)).await;
    let started = Instant::now();
    let err = strict.generate_image("hostile-image", image_request("log-flood 100000000 65536")).await.unwrap_err();
    assert!(matches!(err, PluginError::CpuDeadline { .. }), "{err:?}");
    println!("host-work flood stopped after {} ms (CPU limit 300 ms)", started.elapsed().as_millis());
    let _ = std::io::stdout().flush();
}
