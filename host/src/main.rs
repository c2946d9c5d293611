//! The `storyloom` command: parse the CLI, set up logging, run.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "storyloom", version, about = "A self-hosted family story server: AI choose-your-own-adventure stories, \
    illustrated, played in the browser. Every model is a sandboxed WASM plugin; with no API keys the built-in offline \
    plugins write and draw the stories.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server. Open http://<this machine>:8080/ in a browser on the same network.
    Serve {
        /// Address and port to listen on.
        #[arg(long, env = "STORYLOOM_BIND", default_value = "0.0.0.0:8080")]
        bind: SocketAddr,
        #[command(flatten)]
        common: Common,
    },
    /// List the loaded plugins and their models (and whether each model's API key is set).
    Plugins {
        #[command(flatten)]
        common: Common,
    },
}

#[derive(clap::Args)]
struct Common {
    /// Data directory: holds store.redb, media/<tier>/ and the compiled-plugin cache.
    #[arg(long, env = "STORYLOOM_DATA", default_value = ".")]
    data: PathBuf,
    /// Folder of extra plugins: every .wasm file in it is loaded on top of the built-in ones.
    #[arg(long, env = "STORYLOOM_PLUGINS", default_value = "./plugins")]
    plugins: PathBuf,
    /// JSON file with more tiers (a list of {id, name, theme, content_guidelines, image_style, ...}).
    #[arg(long, env = "STORYLOOM_TIERS")]
    tiers: Option<PathBuf>,
    /// Private or loopback addresses plugins may reach (comma-separated), e.g. a local proxy.
    #[arg(long, env = "STORYLOOM_ALLOW_PRIVATE", value_delimiter = ',')]
    allow_private: Vec<IpAddr>,
    /// How many pictures are made at once.
    #[arg(long, env = "STORYLOOM_JOBS", default_value_t = 2)]
    jobs: usize,
}

impl Common {
    fn config(&self) -> anyhow::Result<storyloom::Config> {
        let mut config = storyloom::Config::new(self.data.clone())?;
        config.plugins_dir = Some(self.plugins.clone());
        config.allow_private = self.allow_private.clone();
        config.job_concurrency = self.jobs.max(1);
        if let Some(path) = &self.tiers {
            config.load_tiers(path)?;
        }
        Ok(config)
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    storyloom::telemetry::init();
    let cli = Cli::parse();
    match cli.command {
        Command::Serve { bind, common } => {
            let config = common.config()?;
            let listener = tokio::net::TcpListener::bind(bind).await.map_err(|e| anyhow::anyhow!("cannot listen on {bind}: {e}"))?;
            storyloom::serve(listener, config, shutdown_signal()).await
        }
        Command::Plugins { common } => {
            let config = common.config()?;
            let host = storyloom::load_plugins(&config).await?;
            for plugin in host.plugins() {
                println!("{} {} ({})", plugin.id, plugin.version, plugin.source);
                for key in &plugin.models {
                    if let Some(model) = host.model(key) {
                        let availability = match (&model.credential, model.available) {
                            (None, _) => "available".to_string(),
                            (Some(_), true) => "available (key set)".to_string(),
                            (Some(cred), false) => format!("needs {cred}"),
                        };
                        println!("  {:<20} {:<28} {:<8} {:<12} {availability}", model.key, model.display_name, format!("{:?}", model.kind).to_lowercase(), model.provider_group);
                    }
                }
            }
            Ok(())
        }
    }
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::error!("cannot listen for Ctrl-C: {err}");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                tracing::error!("cannot listen for SIGTERM: {err}");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
