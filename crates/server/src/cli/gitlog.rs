//! Reading a git repository's history with the `git` binary (no git library): the commits
//! of `git log --no-merges --numstat`, each with its author (as `.mailmap` names them), the
//! author's date, the files it touched and the lines it added and removed. The child runs
//! under a time bound and is killed past it.

use anyhow::{Context, bail};
use commonfare::commons::ImportedCommit;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Starts each commit's header line (ASCII record separator); fields are split by the unit
/// separator. Neither can be in a name or an email git writes.
const RECORD: char = '\u{1e}';
const FIELD: char = '\u{1f}';

fn git() -> Command {
    let mut cmd = Command::new("git");
    cmd.env("LC_ALL", "C");
    cmd
}

/// Fails unless `path` is a git repository.
pub fn ensure_repository(path: &Path) -> anyhow::Result<()> {
    if !path.is_dir() {
        bail!("{} is not a directory; nothing imported", path.display());
    }
    let out = git()
        .arg("-C")
        .arg(path)
        .args(["rev-parse", "--git-dir"])
        .stdin(Stdio::null())
        .output()
        .context("cannot run git (is it installed and on the PATH?)")?;
    if !out.status.success() {
        bail!(
            "{} is not a git repository ({}); nothing imported",
            path.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(())
}

/// Every commit that is not a merge, oldest first, calling `progress` with the number read
/// so far after each one.
pub fn read(
    path: &Path,
    limit: Duration,
    mut progress: impl FnMut(usize),
) -> anyhow::Result<Vec<ImportedCommit>> {
    let mut child = git()
        .arg("-C")
        .arg(path)
        .args([
            "-c",
            "core.quotePath=false",
            "-c",
            "log.showSignature=false",
            "log",
            "--no-merges",
            "--no-renames",
            "--numstat",
            "--reverse",
            "--format=%x1e%H%x1f%aE%x1f%aN%x1f%at",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("cannot run git (is it installed and on the PATH?)")?;
    let stdout = child.stdout.take().context("git's output")?;
    let mut stderr = child.stderr.take().context("git's errors")?;
    let errors = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    // The watchdog kills git past the time bound; reading then ends with the pipe.
    let child = Arc::new(Mutex::new(child));
    let done = Arc::new(AtomicBool::new(false));
    let timed_out = Arc::new(AtomicBool::new(false));
    let watchdog = {
        let (child, done, timed_out) = (child.clone(), done.clone(), timed_out.clone());
        std::thread::spawn(move || {
            let start = Instant::now();
            while !done.load(Ordering::Relaxed) {
                if start.elapsed() > limit {
                    if let Ok(mut c) = child.lock() {
                        let _ = c.kill();
                    }
                    timed_out.store(true, Ordering::Relaxed);
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        })
    };
    let mut commits = Vec::new();
    let mut parser = Parser::default();
    let mut line = Vec::new();
    let mut reader = BufReader::new(stdout);
    let read = loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => break Ok(()),
            Ok(_) => {
                let text = String::from_utf8_lossy(&line);
                match parser.line(text.trim_end_matches(['\n', '\r'])) {
                    Ok(Some(k)) => {
                        commits.push(k);
                        progress(commits.len());
                    }
                    Ok(None) => {}
                    Err(e) => break Err(e),
                }
            }
            Err(e) => break Err(anyhow::Error::from(e)),
        }
    };
    if read.is_err() {
        let _ = child.lock().map(|mut c| c.kill());
    }
    let status = child.lock().map_err(|_| anyhow::anyhow!("git"))?.wait()?;
    done.store(true, Ordering::Relaxed);
    let _ = watchdog.join();
    let errors = errors.join().unwrap_or_default();
    if timed_out.load(Ordering::Relaxed) {
        bail!(
            "git took longer than {} s to write the history and was stopped; nothing imported (raise --git-timeout)",
            limit.as_secs()
        );
    }
    read?;
    if !status.success() {
        if errors.contains("does not have any commits") {
            return Ok(Vec::new());
        }
        bail!("git log failed ({}); nothing imported", errors.trim());
    }
    if let Some(k) = parser.finish() {
        commits.push(k);
        progress(commits.len());
    }
    Ok(commits)
}

/// Reads `git log`'s lines into commits: a header line, then one `added<TAB>removed<TAB>
/// path` line per file (`-` for a binary file's counts).
#[derive(Default)]
struct Parser {
    current: Option<ImportedCommit>,
}

impl Parser {
    /// Takes one line; gives the previous commit when this one starts the next.
    fn line(&mut self, line: &str) -> anyhow::Result<Option<ImportedCommit>> {
        if let Some(header) = line.strip_prefix(RECORD) {
            let fields: Vec<&str> = header.split(FIELD).collect();
            let [hash, email, name, at] = fields[..] else {
                bail!("git wrote a commit header this importer cannot read: {header:?}");
            };
            let seconds: i64 = at
                .trim()
                .parse()
                .with_context(|| format!("commit {hash}: author date {at:?}"))?;
            let next = ImportedCommit {
                hash: hash.to_string(),
                author_email: email.trim().to_lowercase(),
                author_name: name.trim().to_string(),
                authored_at: seconds.saturating_mul(1000),
                files: Vec::new(),
                lines_added: 0,
                lines_removed: 0,
            };
            return Ok(self.current.replace(next));
        }
        if line.trim().is_empty() {
            return Ok(None);
        }
        let Some(k) = self.current.as_mut() else {
            bail!("git wrote {line:?} before any commit");
        };
        let mut parts = line.splitn(3, '\t');
        let (Some(added), Some(removed), Some(path)) = (parts.next(), parts.next(), parts.next())
        else {
            bail!(
                "commit {}: git wrote a file line this importer cannot read: {line:?}",
                k.hash
            );
        };
        k.lines_added += added.parse::<i64>().unwrap_or(0);
        k.lines_removed += removed.parse::<i64>().unwrap_or(0);
        k.files.push(path.to_string());
        Ok(None)
    }

    fn finish(&mut self) -> Option<ImportedCommit> {
        self.current.take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_lines_make_commits() {
        let mut p = Parser::default();
        let lines = [
            "\u{1e}aaa\u{1f}Ana@Example.org\u{1f}Ana\u{1f}1700000000",
            "",
            "3\t1\tsrc/a.rs",
            "-\t-\tlogo.png",
            "\u{1e}bbb\u{1f}bo@x.org\u{1f}Bo B\u{1f}1700000100",
        ];
        let mut out = Vec::new();
        for l in lines {
            out.extend(p.line(l).unwrap());
        }
        out.extend(p.finish());
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].author_email, "ana@example.org");
        assert_eq!(out[0].files, ["src/a.rs", "logo.png"]);
        assert_eq!((out[0].lines_added, out[0].lines_removed), (3, 1));
        assert_eq!(out[1].authored_at, 1_700_000_100_000);
        assert!(out[1].files.is_empty());
        assert!(Parser::default().line("1\t2\tx").is_err());
    }
}
