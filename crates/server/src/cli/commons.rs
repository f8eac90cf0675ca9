//! `commonfare commons …`: a commons' history imported from a local git repository, with
//! its authors' employers read from gitdm-style maps, so that the paid/volunteer report
//! can be made for a real project.
//!
//! The import is one database transaction: the commits, their authors, the employers'
//! lines and the journal event are written together or not at all, so a failure (or a
//! kill) halfway leaves the database as it was; importing again then starts over and,
//! being idempotent by commit hash, adds only what is missing. Everything that can be
//! refused — the maps, the commons, the repository, git's output — is read and checked
//! before the transaction opens.

use super::gitlog;
use clap::{Args, Subcommand};
use commonfare::config::{Config, ConfigArgs};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(Subcommand)]
pub enum CommonsCommand {
    /// Import a local git repository's history as contributions of a commons (authors,
    /// dates, files touched), with employer maps in gitdm's formats.
    ImportGit(ImportGitArgs),
}

#[derive(Args)]
pub struct ImportGitArgs {
    #[command(flatten)]
    config: ConfigArgs,
    /// The repository (a working tree or a bare repository).
    #[arg(value_name = "PATH")]
    path: PathBuf,
    /// The commons it is the history of (its handle).
    #[arg(long, value_name = "HANDLE")]
    commons: String,
    /// An employer map in gitdm's format (`[user@]domain employer [< YYYY-MM-DD]` lines);
    /// repeat for several (a domain map and an email map). Given, it replaces what earlier
    /// imports' maps said.
    #[arg(long = "employers", value_name = "MAP")]
    employers: Vec<PathBuf>,
    /// How long git may take to write the history, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 600)]
    git_timeout: u64,
}

/// Commits between two lines of progress on standard error.
const PROGRESS_EVERY: usize = 5_000;

pub fn run(cmd: CommonsCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        CommonsCommand::ImportGit(a) => import_git(a),
    }
}

fn import_git(a: ImportGitArgs) -> anyhow::Result<ExitCode> {
    let mut map = commonfare::coalition::EmployerMap::default();
    for file in &a.employers {
        let text = std::fs::read_to_string(file)
            .map_err(|e| anyhow::anyhow!("cannot read the employer map {}: {e}", file.display()))?;
        map.read(&file.display().to_string(), &text)
            .map_err(|e| anyhow::anyhow!("malformed employer map: {e}; nothing imported"))?;
    }
    let cfg = Config::load(&a.config)?;
    let db = commonfare::ops::open(&cfg)?;
    let handle = a.commons.trim().to_string();
    let found = handle.clone();
    db.read_blocking(move |c| commonfare::commons::require_commons(c, &found))
        .map_err(|e| {
            if e.code == "not_found" {
                anyhow::anyhow!("there is no commons {handle:?}; nothing imported")
            } else {
                anyhow::Error::from(e)
            }
        })?;
    gitlog::ensure_repository(&a.path)?;
    let commits = gitlog::read(&a.path, Duration::from_secs(a.git_timeout), |n| {
        if n % PROGRESS_EVERY == 0 {
            eprintln!("read {n} commits");
        }
    })?;
    eprintln!("read {} commits from {}", commits.len(), a.path.display());
    let total = commits.len();
    let now = commonfare::db::now_ms();
    let with_maps = !a.employers.is_empty();
    let (history, employers) = db.write_blocking(move |c| {
        let commons = commonfare::commons::require_commons(c, &handle)?;
        let mut last = 0;
        let history = commonfare::commons::import_history(c, &commons, &commits, now, &mut |n| {
            if n / PROGRESS_EVERY > last / PROGRESS_EVERY || n == total {
                eprintln!("written {n} of {total} commits");
            }
            last = n;
        })?;
        let employers = if with_maps {
            Some(commonfare::coalition::apply_employer_map(
                c, &commons, &map,
            )?)
        } else {
            None
        };
        Ok((history, employers))
    })?;
    println!(
        "{} commits imported, {} already there; {} authors ({} people of the instance, {} new placeholders)",
        history.added, history.known, history.authors, history.people, history.new_placeholders
    );
    if let Some(e) = employers {
        println!(
            "employer maps: {} authors named, {} spans kept; organizations: {}; names only: {}",
            e.emails,
            e.spans,
            list(&e.organizations),
            list(&e.names_only)
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn list(names: &[String]) -> String {
    if names.is_empty() {
        "none".into()
    } else {
        names.join(", ")
    }
}
