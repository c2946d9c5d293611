//! What the host grants its bundled plugins: each provider plugin gets its own
//! provider's API key, bound to that provider's origin (or the origin of the
//! operator's base-URL setting), and its own settings. Nothing here comes from
//! a plugin: a plugin's `describe` can ask, only this table grants.
//!
//! Sources for the defaults: the providers' API references (OpenAI
//! `https://api.openai.com/v1` with `Authorization: Bearer`; xAI
//! `https://api.x.ai/v1` with `Authorization: Bearer`; Gemini
//! `https://generativelanguage.googleapis.com` with `x-goog-api-key`; Anthropic
//! `https://api.anthropic.com` with `x-api-key`), as recorded in
//! `provider-contracts.md`.

/// An API key the host knows: where it goes and in which header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownCredential {
    /// Environment variable holding the key, e.g. `OPENAI_API_KEY`.
    pub name: &'static str,
    /// Header the key travels in, e.g. `authorization`.
    pub header: &'static str,
    /// Text before the key in that header, e.g. `"Bearer "`.
    pub prefix: &'static str,
    /// Setting whose value's origin is the only place the key may go, e.g. `OPENAI_BASE_URL`.
    pub base_url_setting: &'static str,
    /// That setting's value when the operator sets nothing.
    pub default_base_url: &'static str,
}

/// What one bundled plugin is granted.
#[derive(Debug, Clone, Copy)]
pub struct BundledGrant {
    /// The plugin id the bundled file describes itself with.
    pub plugin_id: &'static str,
    pub credentials: &'static [KnownCredential],
    /// Environment variables this plugin's settings are read from.
    pub settings: &'static [&'static str],
}

const OPENAI: KnownCredential = KnownCredential {
    name: "OPENAI_API_KEY",
    header: "authorization",
    prefix: "Bearer ",
    base_url_setting: "OPENAI_BASE_URL",
    default_base_url: "https://api.openai.com/v1",
};
const XAI: KnownCredential = KnownCredential {
    name: "XAI_API_KEY",
    header: "authorization",
    prefix: "Bearer ",
    base_url_setting: "XAI_BASE_URL",
    default_base_url: "https://api.x.ai/v1",
};
const GEMINI: KnownCredential = KnownCredential {
    name: "GEMINI_API_KEY",
    header: "x-goog-api-key",
    prefix: "",
    base_url_setting: "GEMINI_BASE_URL",
    default_base_url: "https://generativelanguage.googleapis.com",
};
const ANTHROPIC: KnownCredential = KnownCredential {
    name: "ANTHROPIC_API_KEY",
    header: "x-api-key",
    prefix: "",
    base_url_setting: "ANTHROPIC_BASE_URL",
    default_base_url: "https://api.anthropic.com",
};

/// Every credential the host knows, whichever plugin asks for it.
pub const KNOWN_CREDENTIALS: &[KnownCredential] = &[OPENAI, XAI, GEMINI, ANTHROPIC];

/// The grants of the plugins compiled into the binary.
pub const BUNDLED_GRANTS: &[BundledGrant] = &[
    BundledGrant { plugin_id: "builtin-story", credentials: &[], settings: &[] },
    BundledGrant { plugin_id: "builtin-picture", credentials: &[], settings: &[] },
    BundledGrant { plugin_id: "builtin-video", credentials: &[], settings: &[] },
    BundledGrant { plugin_id: "openai", credentials: &[OPENAI], settings: &["OPENAI_BASE_URL", "OPENAI_IMAGE_CDN_URL"] },
    BundledGrant { plugin_id: "anthropic", credentials: &[ANTHROPIC], settings: &["ANTHROPIC_BASE_URL"] },
    BundledGrant { plugin_id: "xai", credentials: &[XAI], settings: &["XAI_BASE_URL", "XAI_IMAGE_CDN_URL", "XAI_VIDEO_CDN_URL"] },
    BundledGrant { plugin_id: "gemini", credentials: &[GEMINI], settings: &["GEMINI_BASE_URL", "GEMINI_VIDEO_POLL_MS"] },
];

/// The grant of the bundled plugin with this id.
pub fn bundled_grant(plugin_id: &str) -> Option<&'static BundledGrant> {
    BUNDLED_GRANTS.iter().find(|g| g.plugin_id == plugin_id)
}

/// The known credential with this name.
pub fn known_credential(name: &str) -> Option<&'static KnownCredential> {
    KNOWN_CREDENTIALS.iter().find(|c| c.name == name)
}

/// Whether `name` is, or reads like, the name of a secret; a setting may never be one.
pub fn looks_like_secret(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    known_credential(&upper).is_some() || ["KEY", "TOKEN", "SECRET", "PASS", "CREDENTIAL", "AUTH"].iter().any(|word| upper.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_credential_belongs_to_one_bundled_plugin() {
        for credential in KNOWN_CREDENTIALS {
            let owners: Vec<_> = BUNDLED_GRANTS.iter().filter(|g| g.credentials.contains(credential)).collect();
            assert_eq!(owners.len(), 1, "{}", credential.name);
            assert!(owners[0].settings.contains(&credential.base_url_setting), "{}", credential.name);
        }
    }

    #[test]
    fn secret_names_are_recognised() {
        for name in ["OPENAI_API_KEY", "openai_api_key", "HF_TOKEN", "MY_SECRET", "DB_PASSWORD", "PASSPHRASE", "X_AUTH"] {
            assert!(looks_like_secret(name), "{name}");
        }
        for name in ["BASE_URL", "OPENAI_BASE_URL", "MODEL", "HOME"] {
            assert!(!looks_like_secret(name), "{name}");
        }
    }
}
