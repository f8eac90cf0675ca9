//! The one typed configuration: defaults that run, a TOML file (`--config`), then
//! `COMMONFARE_*` environment variables, then command-line flags, each overriding the last.

use anyhow::{Context, bail};
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// Server configuration. Every field has a default so that `commonfare serve` runs as is.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Address and port to listen on (`COMMONFARE_BIND`, `--bind`).
    pub bind: SocketAddr,
    /// Directory for the SQLite database and backups (`COMMONFARE_DATA_DIR`, `--data-dir`).
    pub data_dir: PathBuf,
    /// `sqlite://PATH` or `postgres://…`; empty means SQLite at `DATA_DIR/commonfare.db`
    /// (`COMMONFARE_DATABASE_URL`, `--database-url`).
    pub database_url: String,
    /// Largest connection pool (`COMMONFARE_POOL_SIZE`).
    pub pool_size: u32,
    /// Name shown in the header and on the home page (`COMMONFARE_INSTANCE_NAME`).
    pub instance_name: String,
    /// One paragraph that says who runs this instance and what for (`COMMONFARE_INSTANCE_ABOUT`).
    pub instance_about: String,
    /// Largest request body in bytes (`COMMONFARE_MAX_BODY_BYTES`); changes to a commons
    /// may be larger, enough for one file of `max_file_bytes`.
    pub max_body_bytes: usize,
    /// Largest file in a commons, in bytes (`COMMONFARE_MAX_FILE_BYTES`).
    pub max_file_bytes: u64,
    /// Seconds a request may take before it is answered 408 (`COMMONFARE_REQUEST_TIMEOUT_SECS`).
    pub request_timeout_secs: u64,
    /// Days a sign-in lasts (`COMMONFARE_SESSION_DAYS`).
    pub session_days: u32,
    /// Mark cookies `Secure`; set it when the instance is served over https, directly or
    /// behind a proxy (`COMMONFARE_SECURE_COOKIES`).
    pub secure_cookies: bool,
    /// Failed sign-ins allowed per account per 15 minutes (`COMMONFARE_LOGIN_LIMIT_ACCOUNT`).
    pub login_limit_account: u32,
    /// Failed sign-ins allowed per client address per 15 minutes (`COMMONFARE_LOGIN_LIMIT_ADDRESS`).
    pub login_limit_address: u32,
    /// The pages' language when neither the visitor nor their browser names one the pages
    /// are written in: `en`, `fr`, `it` or `es` (`COMMONFARE_DEFAULT_LANGUAGE`).
    pub default_language: String,
    /// The time zone pages show times in, for viewers who have not set their own: a name
    /// of the tz database such as `Europe/Rome` (`COMMONFARE_TIME_ZONE`).
    pub time_zone: String,
    /// Log filter in `tracing` syntax (`COMMONFARE_LOG`), e.g. `info` or `commonfare=debug`.
    pub log: String,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: PathBuf::from("./commonfare-data"),
            database_url: String::new(),
            pool_size: 8,
            instance_name: "Commonfare".into(),
            instance_about: "An infrastructure of cooperation: people, organizations and \
                             public bodies producing commons together, in the open."
                .into(),
            max_body_bytes: 256 * 1024,
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
            request_timeout_secs: 30,
            session_days: 30,
            default_language: "en".into(),
            time_zone: "UTC".into(),
            secure_cookies: false,
            login_limit_account: 5,
            login_limit_address: 20,
            log: "info".into(),
        }
    }
}

/// The flags that override the file and the environment.
#[derive(Debug, Default, Clone, clap::Args)]
pub struct ConfigArgs {
    /// TOML configuration file (unknown keys are rejected).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Address and port to listen on, e.g. 0.0.0.0:8080.
    #[arg(long, value_name = "ADDR:PORT")]
    pub bind: Option<SocketAddr>,
    /// Data directory (holds the SQLite database).
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Database: postgres://USER@HOST:PORT/DB or sqlite://PATH.
    #[arg(long, value_name = "URL")]
    pub database_url: Option<String>,
}

/// Which engine a database URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Config {
    /// Builds the configuration from file, environment and flags.
    pub fn load(args: &ConfigArgs) -> anyhow::Result<Config> {
        let mut cfg = match &args.config {
            Some(path) => Self::from_file(path)?,
            None => Config::default(),
        };
        cfg.apply_env(|k| std::env::var(k).ok())?;
        if let Some(bind) = args.bind {
            cfg.bind = bind;
        }
        if let Some(dir) = &args.data_dir {
            cfg.data_dir = dir.clone();
        }
        if let Some(url) = &args.database_url {
            cfg.database_url = url.clone();
        }
        cfg.validate()?;
        Ok(cfg)
    }

    fn from_file(path: &Path) -> anyhow::Result<Config> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read config file {}", path.display()))?;
        toml::from_str(&text).with_context(|| {
            format!(
                "config file {} is not valid (see docs for the keys)",
                path.display()
            )
        })
    }

    /// Applies `COMMONFARE_*` variables; `get` is injected so tests need not touch the
    /// process environment.
    pub fn apply_env(&mut self, get: impl Fn(&str) -> Option<String>) -> anyhow::Result<()> {
        fn parse<T: std::str::FromStr>(key: &str, v: String) -> anyhow::Result<T>
        where
            T::Err: std::fmt::Display,
        {
            v.parse::<T>()
                .map_err(|e| anyhow::anyhow!("environment variable {key}={v:?} is invalid: {e}"))
        }
        if let Some(v) = get("COMMONFARE_BIND") {
            self.bind = parse("COMMONFARE_BIND", v)?;
        }
        if let Some(v) = get("COMMONFARE_DATA_DIR") {
            self.data_dir = PathBuf::from(v);
        }
        if let Some(v) = get("COMMONFARE_DATABASE_URL") {
            self.database_url = v;
        }
        if let Some(v) = get("COMMONFARE_POOL_SIZE") {
            self.pool_size = parse("COMMONFARE_POOL_SIZE", v)?;
        }
        if let Some(v) = get("COMMONFARE_INSTANCE_NAME") {
            self.instance_name = v;
        }
        if let Some(v) = get("COMMONFARE_INSTANCE_ABOUT") {
            self.instance_about = v;
        }
        if let Some(v) = get("COMMONFARE_MAX_BODY_BYTES") {
            self.max_body_bytes = parse("COMMONFARE_MAX_BODY_BYTES", v)?;
        }
        if let Some(v) = get("COMMONFARE_MAX_FILE_BYTES") {
            self.max_file_bytes = parse("COMMONFARE_MAX_FILE_BYTES", v)?;
        }
        if let Some(v) = get("COMMONFARE_REQUEST_TIMEOUT_SECS") {
            self.request_timeout_secs = parse("COMMONFARE_REQUEST_TIMEOUT_SECS", v)?;
        }
        if let Some(v) = get("COMMONFARE_SESSION_DAYS") {
            self.session_days = parse("COMMONFARE_SESSION_DAYS", v)?;
        }
        if let Some(v) = get("COMMONFARE_SECURE_COOKIES") {
            self.secure_cookies = parse("COMMONFARE_SECURE_COOKIES", v)?;
        }
        if let Some(v) = get("COMMONFARE_LOGIN_LIMIT_ACCOUNT") {
            self.login_limit_account = parse("COMMONFARE_LOGIN_LIMIT_ACCOUNT", v)?;
        }
        if let Some(v) = get("COMMONFARE_LOGIN_LIMIT_ADDRESS") {
            self.login_limit_address = parse("COMMONFARE_LOGIN_LIMIT_ADDRESS", v)?;
        }
        if let Some(v) = get("COMMONFARE_DEFAULT_LANGUAGE") {
            self.default_language = v;
        }
        if let Some(v) = get("COMMONFARE_TIME_ZONE") {
            self.time_zone = v;
        }
        if let Some(v) = get("COMMONFARE_LOG") {
            self.log = v;
        }
        Ok(())
    }

    pub fn validate(&self) -> anyhow::Result<()> {
        if self.pool_size == 0 {
            bail!("pool_size must be at least 1");
        }
        if self.max_body_bytes < 1024 {
            bail!("max_body_bytes must be at least 1024");
        }
        if self.max_file_bytes == 0 || self.max_file_bytes > 1 << 30 {
            bail!("max_file_bytes must be between 1 and 1073741824 (1 GiB)");
        }
        if crate::i18n::Lang::parse(&self.default_language).is_none() {
            bail!(
                "default_language {:?} is not one the pages are written in: en, fr, it or es",
                self.default_language
            );
        }
        if crate::i18n::formats::Zone::parse(&self.time_zone).is_none() {
            bail!(
                "time_zone {:?} is not a zone of the tz database: write a name such as \
                 Europe/Rome, America/Bogota or UTC",
                self.time_zone
            );
        }
        self.database()?;
        Ok(())
    }

    /// The instance's time zone (checked when the configuration is read).
    pub fn zone(&self) -> crate::i18n::formats::Zone {
        crate::i18n::formats::Zone::parse(&self.time_zone)
            .unwrap_or_else(crate::i18n::formats::Zone::utc)
    }

    /// The pages' default language (checked when the configuration is read).
    pub fn default_lang(&self) -> crate::i18n::Lang {
        crate::i18n::Lang::parse(&self.default_language).unwrap_or(crate::i18n::Lang::En)
    }

    /// The engine and the URL to hand to it (SQLite gets a plain path).
    pub fn database(&self) -> anyhow::Result<(Engine, String)> {
        let url = self.database_url.trim();
        if url.is_empty() {
            let path = self.data_dir.join("commonfare.db");
            return Ok((Engine::Sqlite, path.to_string_lossy().into_owned()));
        }
        if let Some(path) = url.strip_prefix("sqlite://") {
            if path.is_empty() {
                bail!("database URL {url:?} names no file: write sqlite://PATH");
            }
            return Ok((Engine::Sqlite, path.to_string()));
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok((Engine::Postgres, url.to_string()));
        }
        bail!("database URL {url:?} is not understood: use postgres://… or sqlite://PATH")
    }
}

/// Default largest file a commons holds: 10 MiB.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

impl Config {
    /// Largest body of a change to a commons: one largest file, base64-encoded as the API
    /// sends it, plus room for the rest of the request; never less than `max_body_bytes`.
    pub fn change_body_bytes(&self) -> usize {
        let file = usize::try_from(self.max_file_bytes).unwrap_or(usize::MAX);
        (file / 3 * 4 + 64 * 1024).max(self.max_body_bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_rejected() {
        let err = toml::from_str::<Config>("bnd = \"x\"").unwrap_err();
        assert!(err.to_string().contains("unknown field"), "{err}");
    }

    #[test]
    fn env_overrides_file() {
        let mut cfg: Config = toml::from_str("bind = \"127.0.0.1:9000\"\npool_size = 3").unwrap();
        cfg.apply_env(|k| (k == "COMMONFARE_POOL_SIZE").then(|| "5".to_string()))
            .unwrap();
        assert_eq!(cfg.bind.port(), 9000);
        assert_eq!(cfg.pool_size, 5);
        let bad = cfg.apply_env(|k| (k == "COMMONFARE_BIND").then(|| "nope".to_string()));
        assert!(bad.unwrap_err().to_string().contains("COMMONFARE_BIND"));
    }

    #[test]
    fn database_urls() {
        let mut cfg = Config::default();
        assert_eq!(cfg.database().unwrap().0, Engine::Sqlite);
        cfg.database_url = "postgres://u@h:5432/db".into();
        assert_eq!(cfg.database().unwrap().0, Engine::Postgres);
        cfg.database_url = "sqlite:///tmp/x.db".into();
        assert_eq!(
            cfg.database().unwrap(),
            (Engine::Sqlite, "/tmp/x.db".into())
        );
        cfg.database_url = "mysql://x".into();
        assert!(cfg.database().is_err());
    }
}
