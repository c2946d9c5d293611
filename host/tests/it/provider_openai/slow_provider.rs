//! A slow provider: an answer within the call's wall-clock limit arrives; one
//! beyond it is cut off by the host as a retryable `Timeout`, whatever the
//! plugin does meanwhile (a guest waiting on host I/O cannot be interrupted by
//! its CPU deadline, so the host's own timeout must cover the whole call).

use std::collections::BTreeMap;
use std::time::Duration;

use storyloom::plugin_host::{
    CallLimits, Environment, LimitsByKind, PluginError, PluginHost, PluginHostConfig, SlotLimits, net::GateConfig,
};

use super::{FakeOpenAi, KEY, cache_dir, image, localhost};

async fn host_with_wall(fake: &FakeOpenAi, wall: Duration) -> PluginHost {
    let mut env = BTreeMap::new();
    env.insert("OPENAI_BASE_URL".to_string(), fake.base_url());
    env.insert("OPENAI_API_KEY".to_string(), KEY.to_string());
    let mut limits = LimitsByKind::default();
    limits.image = CallLimits { wall, ..limits.image };
    PluginHost::load(PluginHostConfig {
        cache_dir: cache_dir().to_path_buf(),
        plugins_dir: None,
        bundled: true,
        extra_files: Vec::new(),
        limits,
        gate: GateConfig { allowed_private: vec![localhost()], ..GateConfig::default() },
        env: Environment::fixed(env),
        approvals: Vec::new(),
        slots: SlotLimits::default(),
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_answer_within_the_limit_arrives_and_a_slower_one_times_out() {
    let fake = FakeOpenAi::start().await;
    let host = host_with_wall(&fake, Duration::from_secs(2)).await;

    fake.set_delay(Some(Duration::from_millis(300)));
    let picture = host.generate_image("gpt-image-1", image(1024, 1024, Vec::new())).await.unwrap().media;
    assert_eq!(picture.bytes, fake.png());

    fake.set_delay(Some(Duration::from_secs(30)));
    let err = host.generate_image("gpt-image-1", image(1024, 1024, Vec::new())).await.unwrap_err();
    assert!(matches!(err, PluginError::Timeout { .. }), "{err:?}");
    assert!(err.is_retryable(), "a timeout is worth retrying");
}
