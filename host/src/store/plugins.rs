//! Plugin approvals: which dropped-in plugin files the operator approved (by
//! SHA-256) and which credentials each was granted. One record per plugin id;
//! approving a new file replaces the old approval.

/// `storyloom plugins approve <id>`: this exact file may offer its models.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Approval {
    pub plugin_id: String,
    /// Lowercase hex SHA-256 of the approved `.wasm` file.
    pub sha256: String,
    /// Credentials the operator granted to this file.
    pub credentials: Vec<CredentialGrant>,
    /// When it was approved, milliseconds since the Unix epoch.
    pub approved_at_ms: i64,
}

/// One credential granted to a dropped-in plugin, and where its key may go.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CredentialGrant {
    /// Environment variable holding the key, e.g. `STABILITY_API_KEY`.
    pub name: String,
    /// Origins the key may be sent to, e.g. `https://api.stability.ai`. Empty for a
    /// credential the host knows (it goes only to its provider's origin).
    pub origins: Vec<String>,
}

use redb::{ReadableDatabase, ReadableTable};

use super::{Result, Store, codec, tables};

impl Store {
    /// Every stored approval, sorted by plugin id.
    pub async fn plugin_approvals(&self) -> Result<Vec<Approval>> {
        self.run(|db| {
            let txn = db.begin_read()?;
            let table = txn.open_table(tables::PLUGIN_APPROVALS)?;
            let mut approvals = Vec::new();
            for entry in table.iter()? {
                approvals.push(codec::decode(entry?.1.value())?);
            }
            Ok(approvals)
        })
        .await
    }

    /// Store `approval`, replacing any earlier one for the same plugin id.
    pub async fn approve_plugin(&self, approval: Approval) -> Result<()> {
        self.run(move |db| {
            let bytes = codec::encode(&approval)?;
            let txn = db.begin_write()?;
            txn.open_table(tables::PLUGIN_APPROVALS)?.insert(approval.plugin_id.as_str(), bytes.as_slice())?;
            txn.commit()?;
            Ok(())
        })
        .await
    }

    /// Remove the approval of `plugin_id`; `false` when there was none.
    pub async fn revoke_plugin(&self, plugin_id: String) -> Result<bool> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            let removed = txn.open_table(tables::PLUGIN_APPROVALS)?.remove(plugin_id.as_str())?.is_some();
            txn.commit()?;
            Ok(removed)
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn approvals_round_trip_replace_and_revoke() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("store.redb")).unwrap();
        assert!(store.plugin_approvals().await.unwrap().is_empty());
        let first = Approval { plugin_id: "stability".into(), sha256: "aa".into(), credentials: vec![], approved_at_ms: 1 };
        store.approve_plugin(first).await.unwrap();
        let second = Approval {
            plugin_id: "stability".into(),
            sha256: "bb".into(),
            credentials: vec![CredentialGrant { name: "STABILITY_API_KEY".into(), origins: vec!["https://api.stability.ai".into()] }],
            approved_at_ms: 2,
        };
        store.approve_plugin(second.clone()).await.unwrap();
        assert_eq!(store.plugin_approvals().await.unwrap(), vec![second]);
        assert!(store.revoke_plugin("stability".into()).await.unwrap());
        assert!(!store.revoke_plugin("stability".into()).await.unwrap());
        assert!(store.plugin_approvals().await.unwrap().is_empty());
    }
}
