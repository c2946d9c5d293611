//! The `storyloom` command: parse the CLI, set up logging, run.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "storyloom",
    version,
    about = "A self-hosted family story server: AI choose-your-own-adventure stories, \
    illustrated, played in the browser. Every model is a sandboxed WASM plugin; with no API keys the built-in offline \
    plugins write and draw the stories."
)]
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
    /// List the plugins: bundled or dropped in, approved or not, their hosts,
    /// credentials, settings and models, and the files that were not loaded.
    Plugins {
        #[command(subcommand)]
        action: Option<PluginsAction>,
        #[command(flatten)]
        common: Common,
    },
    /// The parent area's PIN, from the server itself (stop the server first).
    Parent {
        #[command(subcommand)]
        action: ParentAction,
        #[command(flatten)]
        common: Common,
    },
}

#[derive(Subcommand)]
enum ParentAction {
    /// Set the parent PIN (asked for twice, not shown; or one line on standard input).
    SetPin,
    /// Forget the parent PIN: the next visit to /parent/ sets a new one.
    ResetPin,
}

#[derive(Subcommand)]
enum PluginsAction {
    /// Let a dropped-in plugin offer its models, as its file is now (a changed file needs approving again).
    Approve {
        /// The plugin's id, as `storyloom plugins` shows it.
        id: String,
        /// Grant a credential it asks for: `NAME` for a key Storyloom knows
        /// (e.g. OPENAI_API_KEY, sent only to its provider), `NAME=https://origin`
        /// for another key (sent only there). Repeatable.
        #[arg(long = "grant", value_name = "NAME[=ORIGIN,...]")]
        grants: Vec<String>,
        /// Approve only if the file's SHA-256 (as `storyloom plugins` shows it) starts with this.
        #[arg(long, value_name = "HEX")]
        sha256: Option<String>,
    },
    /// Withdraw a dropped-in plugin's approval.
    Revoke {
        /// The plugin's id.
        id: String,
    },
}

#[derive(clap::Args)]
struct Common {
    /// Data directory: holds store.redb, media/<tier>/ and the compiled-plugin cache.
    #[arg(long, global = true, env = "STORYLOOM_DATA", default_value = ".")]
    data: PathBuf,
    /// Folder of extra plugins: every .wasm file in it is loaded (once approved) beside the built-in ones.
    #[arg(long, global = true, env = "STORYLOOM_PLUGINS", default_value = "./plugins")]
    plugins: PathBuf,
    /// JSON file with more tiers (a list of {id, name, theme, content_guidelines, image_style, ...}).
    #[arg(long, global = true, env = "STORYLOOM_TIERS")]
    tiers: Option<PathBuf>,
    /// Private or loopback addresses plugins may reach (comma-separated), e.g. a local proxy.
    #[arg(long, global = true, env = "STORYLOOM_ALLOW_PRIVATE", value_delimiter = ',')]
    allow_private: Vec<IpAddr>,
    /// Extra names the server is opened by (comma-separated), e.g. behind a reverse proxy
    /// `stories.example.com`. IP addresses, localhost, one-word names and .local, .lan,
    /// .home.arpa, .internal names always work; other names are refused (DNS rebinding).
    #[arg(long = "host-name", global = true, env = "STORYLOOM_HOST_NAMES", value_delimiter = ',')]
    host_names: Vec<String>,
    /// How long a video provider may take to make a clip, in minutes, before it is given up.
    #[arg(long, global = true, env = "STORYLOOM_VIDEO_POLL_MINUTES", default_value_t = 10)]
    video_poll_minutes: u64,
    /// How many pictures are made at once.
    #[arg(long, global = true, env = "STORYLOOM_JOBS", default_value_t = 2)]
    jobs: usize,
}

impl Common {
    fn config(&self) -> anyhow::Result<storyloom::Config> {
        let mut config = storyloom::Config::new(self.data.clone())?;
        config.plugins_dir = Some(self.plugins.clone());
        config.allow_private = self.allow_private.clone();
        config.host_names = storyloom::config::HostNames::new(self.host_names.clone());
        config.job_concurrency = self.jobs.max(1);
        config.clip_poll_budget = std::time::Duration::from_secs(self.video_poll_minutes.max(1) * 60);
        if let Some(path) = &self.tiers {
            config.load_tiers(path)?;
        }
        Ok(config)
    }
}

/// Threads for blocking work (store transactions, files, picture resizing).
/// Tokio's default is 512; on a two-core home server more threads only add
/// memory (each one's stack and allocator heap), so past this they queue.
const BLOCKING_THREADS: usize = 16;

fn main() -> std::process::ExitCode {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().max_blocking_threads(BLOCKING_THREADS).build();
    match runtime {
        Ok(runtime) => runtime.block_on(serve_or_command()),
        Err(err) => {
            eprintln!("error: cannot start the async runtime: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn serve_or_command() -> std::process::ExitCode {
    let cli = Cli::parse();
    // The server logs what it does; the operator's commands only what went wrong.
    let default_log = match cli.command {
        Command::Serve { .. } => storyloom::telemetry::SERVER_LOG,
        Command::Plugins { .. } | Command::Parent { .. } => "warn",
    };
    storyloom::telemetry::init(default_log);
    match run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            // The cause chain on one line, never a backtrace: these are messages for the operator.
            eprintln!("error: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve { bind, common } => {
            let config = common.config()?;
            let listener = tokio::net::TcpListener::bind(bind).await.map_err(|e| anyhow::anyhow!("cannot listen on {bind}: {e}"))?;
            storyloom::serve(listener, config, shutdown_signal()).await
        }
        Command::Plugins { action, common } => {
            let config = common.config()?;
            let text = match action {
                None => storyloom::cli::plugins::list(&config).await?,
                Some(PluginsAction::Approve { id, grants, sha256 }) => {
                    storyloom::cli::plugins::approve(&config, &id, sha256.as_deref(), &grants).await?
                }
                Some(PluginsAction::Revoke { id }) => storyloom::cli::plugins::revoke(&config, &id).await?,
            };
            print!("{text}");
            Ok(())
        }
        Command::Parent { action, common } => {
            let config = common.config()?;
            let text = match action {
                ParentAction::SetPin => {
                    let (pin, again) = read_new_pin()?;
                    storyloom::cli::parent::set_pin(&config, &pin, &again).await?
                }
                ParentAction::ResetPin => storyloom::cli::parent::reset_pin(&config).await?,
            };
            print!("{text}");
            Ok(())
        }
    }
}

/// A new PIN from the terminal (twice, hidden), or one line of standard input when it is not a terminal.
fn read_new_pin() -> anyhow::Result<(String, String)> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        let pin = rpassword::prompt_password("New parent PIN: ")?;
        let again = rpassword::prompt_password("The same PIN again: ")?;
        return Ok((pin, again));
    }
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    let pin = line.trim_end_matches(['\n', '\r']).to_string();
    Ok((pin.clone(), pin))
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
