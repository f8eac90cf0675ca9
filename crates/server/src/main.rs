//! The `commonfare` command: the server and its tools in one binary.

mod cli;

use clap::{Args, Parser, Subcommand};
use commonfare::config::{Config, ConfigArgs};
use std::path::PathBuf;
use std::process::ExitCode;

/// Commonfare: the software of an infrastructure of cooperation.
#[derive(Parser)]
#[command(name = "commonfare", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the server (migrations are applied at start).
    Serve(ServeArgs),
    /// Apply pending database migrations and exit.
    Migrate(ConfigArgs),
    /// Instance administration.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Copy the SQLite database to a file (PostgreSQL: use pg_dump).
    Backup(BackupArgs),
    /// Write all public data as JSON Lines.
    Export(ExportArgs),
    /// Load the demo territory (people, a city, associations, a cooperative, a company).
    Demo(ConfigArgs),
    /// Social choice: participatory budgets, committees, ranked votes.
    #[command(subcommand)]
    Decide(cli::decide::DecideCommand),
    /// Contribution credit, distributions and value equations.
    #[command(subcommand)]
    Value(cli::value::ValueCommand),
    /// The treasuries' ledgers as hledger or Beancount journals.
    #[command(subcommand)]
    Ledger(cli::ledger::LedgerCommand),
    /// Commons' tools: import a git repository's history.
    #[command(subcommand)]
    Commons(cli::commons::CommonsCommand),
    /// Recompute the journal's running hash and every treasury's chain of seals, and name
    /// the first event or transaction that differs (exit status 1 if one does).
    Verify(ConfigArgs),
}

#[derive(Args)]
struct ServeArgs {
    #[command(flatten)]
    config: ConfigArgs,
    /// Load the demo territory first (once; later starts keep the data).
    #[arg(long)]
    demo: bool,
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an instance administrator, or make an existing person one. The password of
    /// a new administrator is read from COMMONFARE_ADMIN_PASSWORD.
    Create(AdminCreateArgs),
}

#[derive(Args)]
struct AdminCreateArgs {
    #[command(flatten)]
    config: ConfigArgs,
    /// Handle of the administrator.
    #[arg(long)]
    handle: String,
    /// Display name (defaults to the handle).
    #[arg(long)]
    display_name: Option<String>,
}

#[derive(Args)]
struct BackupArgs {
    #[command(flatten)]
    config: ConfigArgs,
    /// Where to write the copy (default DATA_DIR/backups/commonfare-<time>.db).
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Args)]
struct ExportArgs {
    #[command(flatten)]
    config: ConfigArgs,
    /// Output file (default: standard output).
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Decide(cmd) => cli::decide::run(cmd),
        Command::Value(cmd) => cli::value::run(cmd),
        Command::Ledger(cmd) => cli::ledger::run(cmd),
        Command::Verify(args) => cli::verify::run(&args),
        Command::Commons(cmd) => cli::commons::run(cmd),
        Command::Serve(args) => serve(args),
        Command::Migrate(args) => load(&args).and_then(|cfg| {
            let n = commonfare::ops::migrate(&cfg)?;
            println!("applied {n} migration(s)");
            Ok(ExitCode::SUCCESS)
        }),
        Command::Admin(AdminCommand::Create(a)) => load(&a.config).and_then(|cfg| {
            let pw = std::env::var("COMMONFARE_ADMIN_PASSWORD").ok();
            println!(
                "{}",
                commonfare::ops::admin_create(&cfg, &a.handle, a.display_name.as_deref(), pw)?
            );
            Ok(ExitCode::SUCCESS)
        }),
        Command::Backup(a) => load(&a.config).and_then(|cfg| {
            let out = commonfare::ops::backup(&cfg, a.output)?;
            println!("backup written to {}", out.display());
            Ok(ExitCode::SUCCESS)
        }),
        Command::Export(a) => load(&a.config).and_then(|cfg| {
            let db = commonfare::ops::open(&cfg)?;
            let counts = match &a.output {
                Some(path) => {
                    let mut f = std::io::BufWriter::new(std::fs::File::create(path)?);
                    let counts = commonfare::ops::export_db(&db, &mut f)?;
                    std::io::Write::flush(&mut f)?;
                    counts
                }
                None => commonfare::ops::export_db(&db, &mut std::io::stdout().lock())?,
            };
            let by_type: Vec<String> = counts.iter().map(|(t, n)| format!("{n} {t}")).collect();
            eprintln!(
                "exported {} line(s): {}",
                counts.values().sum::<usize>(),
                by_type.join(", ")
            );
            Ok(ExitCode::SUCCESS)
        }),
        Command::Demo(args) => load(&args).and_then(|cfg| {
            demo(&cfg)?;
            Ok(ExitCode::SUCCESS)
        }),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn load(args: &ConfigArgs) -> anyhow::Result<Config> {
    let cfg = Config::load(args)?;
    init_logging(&cfg.log);
    Ok(cfg)
}

fn init_logging(filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_new(filter)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

fn demo(cfg: &Config) -> anyhow::Result<()> {
    let db = commonfare::ops::open(cfg)?;
    if commonfare::demo::load(&db)? {
        println!(
            "demo territory loaded: sign in as amara, bruno, chen, dolores, emil or fatima with password {:?}",
            commonfare::demo::DEMO_PASSWORD
        );
    } else {
        println!("demo territory already present");
    }
    Ok(())
}

fn serve(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let cfg = load(&args.config)?;
    if args.demo {
        demo(&cfg)?;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let bind = cfg.bind;
        let state = commonfare::app::state(cfg)?;
        let listener = tokio::net::TcpListener::bind(bind).await.map_err(|e| {
            anyhow::anyhow!("cannot listen on {bind}: {e} (choose another with --bind)")
        })?;
        tracing::info!("Commonfare listening on http://{}", listener.local_addr()?);
        commonfare::app::serve(listener, state, commonfare::app::shutdown_signal()).await?;
        tracing::info!("stopped");
        Ok(ExitCode::SUCCESS)
    })
}
