//! Headless Chromium for the browser tests: Debian's `chromium` driven
//! through `chromium-driver` (override with `CHROMIUM` and `CHROMEDRIVER`),
//! opened on a 390×844 phone-sized window (its page 390 px wide, checked).

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder};

/// chromedriver, killed when dropped.
pub struct Driver {
    child: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn start_driver() -> Driver {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let driver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
    let child = Command::new(&driver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {driver} ({e}); install Debian's chromium and chromium-driver (see README)"));
    Driver { child, url: format!("http://127.0.0.1:{port}") }
}

pub async fn browser(driver: &Driver, profile: &std::path::Path) -> Client {
    let mut caps = serde_json::Map::new();
    let chrome = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": chrome,
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-dev-shm-usage", "--no-first-run", "--disable-component-update", "--disable-sync",
                     "--window-size=390,844", format!("--user-data-dir={}", profile.display())]
        }),
    );
    for _ in 0..100 {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector).capabilities(caps.clone()).connect(&driver.url).await {
            Ok(client) => {
                phone_sized(&client).await;
                return client;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
    panic!("could not open a Chromium session through chromedriver");
}

/// Wait until `script` (a JS expression) is true in the page.
pub async fn wait_for(client: &Client, script: &str, what: &str) {
    for _ in 0..600 {
        let value = client.execute(&format!("return Boolean({script});"), vec![]).await.unwrap();
        if value == serde_json::Value::Bool(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out waiting for {what}");
}

/// Make the page 390 px wide. Headless Chromium opens windows at least 500 px
/// wide whatever `--window-size` says; setting the size afterwards gives the
/// page the phone's width (checked, so a test never runs wider unnoticed).
pub async fn phone_sized(client: &Client) {
    sized(client, 390, 844).await;
}

/// Make the page `width` px wide inside a `width`×`height` window (checked).
pub async fn sized(client: &Client, width: u32, height: u32) {
    client.set_window_size(width, height).await.unwrap();
    let inner = client.execute("return window.innerWidth;", vec![]).await.unwrap();
    assert_eq!(inner.as_u64(), Some(u64::from(width)), "the window is {width} px wide inside");
}
