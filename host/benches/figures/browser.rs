//! One browser against a running server, as the bench's figures need it:
//! the CSRF cookie and the start form's token the tier home gives out, and
//! `POST /{tier}/story/start` with them.

use std::net::SocketAddr;
use std::time::Duration;

/// A browser holding one tier home's CSRF cookie and start-form token.
pub struct Browser {
    pub client: reqwest::Client,
    pub addr: SocketAddr,
    cookie: String,
    token: String,
}

impl Browser {
    /// Waits (up to 5 s) for the server at `addr` to answer, then opens `/kids/`.
    pub async fn open(addr: SocketAddr) -> anyhow::Result<Browser> {
        let client = reqwest::Client::new();
        for _ in 0..100 {
            if client.get(format!("http://{addr}/kids/")).send().await.is_ok() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let home = client.get(format!("http://{addr}/kids/")).send().await?;
        let cookie =
            home.headers().get("set-cookie").and_then(|v| v.to_str().ok()).and_then(|v| v.split(';').next()).unwrap_or("").to_string();
        let html = home.text().await?;
        let token = html.split("name=\"csrf_token\" value=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap_or("").to_string();
        Ok(Browser { client, addr, cookie, token })
    }

    /// `POST /kids/story/start` with `fields` (plus the token); the response
    /// after redirects (the scene page).
    pub async fn start_story(&self, fields: &[(&str, &str)]) -> anyhow::Result<reqwest::Response> {
        let mut form = fields.to_vec();
        form.push(("csrf_token", self.token.as_str()));
        let addr = self.addr;
        Ok(self
            .client
            .post(format!("http://{addr}/kids/story/start"))
            .header("origin", format!("http://{addr}"))
            .header("cookie", &self.cookie)
            .form(&form)
            .send()
            .await?)
    }

    /// `GET path` as JSON.
    pub async fn json(&self, path: &str) -> anyhow::Result<serde_json::Value> {
        Ok(self.client.get(format!("http://{}{path}", self.addr)).send().await?.json().await?)
    }
}
