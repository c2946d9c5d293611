//! Pictures a provider answers with as a link (`data[0].url`, as xAI does by
//! default and OpenAI-compatible gateways and older models do) instead of
//! inline base64: the link is downloaded at once, from a declared origin only.
//!
//! The rules, shared by every plugin that meets such links:
//! - A link on the API's own origin (the origin of the base-URL setting) is
//!   fetched **with** the plugin's credential (a gateway's file endpoint may
//!   need the key); a link anywhere else never gets the key.
//! - A link on another origin is fetched only when that origin is the one a
//!   setting names (e.g. `XAI_IMAGE_CDN_URL`), a setting the plugin declares
//!   and turns into a host rule with `host_from_setting`. Any other origin is
//!   refused before anything is sent, with a message naming the setting.
//! - A temporary link that has expired (403, 404 or 410) is `transient`:
//!   asking the provider again makes a new one. A picture cut at the host's
//!   size cap is `invalid-request` (asking again gets one as large).
//! - The media type comes from the magic bytes, then the labels the answer
//!   gave (its JSON, the download's `content-type`), then the plugin's default.
//! - A `data:` URI in place of a link is decoded, not fetched.

use crate::encoding::{parse_data_uri, sniff_picture};
use crate::http::{Fetch, Request};
use crate::{Media, PluginError};

/// Where one provider's picture links may be fetched from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkPolicy<'a> {
    /// The provider's name in messages, e.g. `"xAI"`.
    pub provider: &'a str,
    /// The API base URL of this call (the base-URL setting's value); links on its origin get `credential`.
    pub api_base_url: &'a str,
    /// The credential whose key the host adds on the API's origin, e.g. `XAI_API_KEY`.
    pub credential: &'a str,
    /// The setting naming the other origin links may live on, e.g. `XAI_IMAGE_CDN_URL`
    /// (declared with a default and with `host_from_setting`).
    pub link_setting: &'a str,
    /// That setting's value for this call (only its origin matters).
    pub link_setting_value: &'a str,
}

/// A downloaded link: the bytes and the `content-type` it came with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Downloaded {
    pub bytes: Vec<u8>,
    pub content_type: Option<String>,
}

/// The picture behind `link`, with its media type: magic bytes first, then the
/// first of `labels` (e.g. the answer's `mime_type`) that is PNG, JPEG or WebP,
/// then the download's `content-type`, then `fallback`.
pub fn picture(
    http: &dyn Fetch,
    link: &str,
    policy: &LinkPolicy<'_>,
    labels: &[Option<&str>],
    fallback: &str,
) -> Result<Media, PluginError> {
    let downloaded = download(http, link, policy)?;
    let mut all_labels = labels.to_vec();
    all_labels.push(downloaded.content_type.as_deref());
    let media_type = picture_type(&downloaded.bytes, &all_labels, fallback);
    Ok(Media { media_type, bytes: downloaded.bytes })
}

/// GET `link` now (temporary links expire), under the rules of the module doc.
///
/// Errors: `invalid-request` naming [`LinkPolicy::link_setting`] when the link's
/// origin is not declared (nothing is sent) or the host refused it;
/// `transient` for an expired link (403/404/410), a 5xx, a timeout, a link
/// that is not http(s) or an empty body; `rate-limited` for a 429;
/// `invalid-request` for a picture larger than the host accepts.
pub fn download(http: &dyn Fetch, link: &str, policy: &LinkPolicy<'_>) -> Result<Downloaded, PluginError> {
    let provider = policy.provider;
    let link = link.trim();
    if let Some((media_type, bytes)) = parse_data_uri(link) {
        return non_empty(provider, Downloaded { bytes, content_type: Some(media_type) });
    }
    let link_origin =
        origin(link).ok_or_else(|| PluginError::Transient(format!("{provider} sent a picture link that is not an http(s) address")))?;
    let on_api = origin(policy.api_base_url).is_some_and(|api| api == link_origin);
    let on_link_origin = origin(policy.link_setting_value).is_some_and(|declared| declared == link_origin);
    if !on_api && !on_link_origin {
        return Err(undeclared(policy, &link_origin));
    }
    let mut request = Request::get(link).header("accept", "image/*");
    if on_api {
        request = request.credential(policy.credential);
    }
    let response = request.send(http, provider).map_err(|failure| match failure {
        // The host refused the origin after all (its view of the settings differs): say which setting decides.
        PluginError::InvalidRequest(_) => undeclared(policy, &link_origin),
        other => other,
    })?;
    if matches!(response.status, 403 | 404 | 410) {
        return Err(PluginError::Transient(format!(
            "{provider}'s picture link had expired before it could be downloaded (HTTP {})",
            response.status
        )));
    }
    let response = response.ok_or_failure(provider).map_err(|failure| match failure {
        // Off the API's origin the key plays no part, so a 401 there is no key problem.
        PluginError::Unauthorized(m) if !on_api => PluginError::InvalidRequest(m),
        other => other,
    })?;
    response.check_whole(provider, "picture")?;
    let content_type = response.header("content-type").map(str::to_string);
    non_empty(provider, Downloaded { bytes: response.body, content_type })
}

fn non_empty(provider: &str, downloaded: Downloaded) -> Result<Downloaded, PluginError> {
    if downloaded.bytes.is_empty() {
        return Err(PluginError::Transient(format!("{provider}'s picture link gave an empty picture")));
    }
    Ok(downloaded)
}

/// The refusal of a link on an origin no setting declares, naming the setting to set.
fn undeclared(policy: &LinkPolicy<'_>, link_origin: &str) -> PluginError {
    let LinkPolicy { provider, link_setting, .. } = policy;
    // As an operator writes it: without the scheme's default port.
    let link_origin = link_origin.strip_suffix(":443").filter(|o| o.starts_with("https:")).unwrap_or(link_origin);
    let link_origin = link_origin.strip_suffix(":80").filter(|o| o.starts_with("http:")).unwrap_or(link_origin);
    PluginError::InvalidRequest(format!(
        "{provider} sent its picture as a link on {link_origin}, which this server does not download from; \
         to allow it, the operator sets {link_setting} to that origin"
    ))
}

/// The picture type: the magic bytes decide, then the first label that is
/// `image/png`, `image/jpeg` or `image/webp` (parameters such as `; charset`
/// ignored), then `fallback`.
pub fn picture_type(bytes: &[u8], labels: &[Option<&str>], fallback: &str) -> String {
    if let Some(sniffed) = sniff_picture(bytes) {
        return sniffed.to_string();
    }
    let known = labels
        .iter()
        .flatten()
        .map(|l| l.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
        .find(|l| matches!(l.as_str(), "image/png" | "image/jpeg" | "image/webp"));
    known.unwrap_or_else(|| fallback.to_string())
}

/// `scheme://host:port` of an http(s) URL, lower-cased, with the default port
/// filled in (`https://a.example/x` → `https://a.example:443`); `None` for
/// anything else. Two URLs are on the same origin when these are equal.
pub fn origin(url: &str) -> Option<String> {
    let (scheme, rest) = url.trim().split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "https" => "443",
        "http" => "80",
        _ => return None,
    };
    let authority = rest.split(['/', '?', '#']).next()?;
    let host_port = authority.rsplit('@').next()?.to_ascii_lowercase();
    if host_port.is_empty() {
        return None;
    }
    let has_port = host_port.rsplit_once(':').is_some_and(|(_, port)| !port.is_empty() && port.chars().all(|c| c.is_ascii_digit()))
        && !host_port.ends_with(']');
    Some(if has_port { format!("{scheme}://{host_port}") } else { format!("{scheme}://{host_port}:{default_port}") })
}

#[cfg(test)]
#[path = "download_tests.rs"]
mod tests;
