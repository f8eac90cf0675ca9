//! `AppState`, what every handler receives: the store, the configuration, shutdown, the
//! authenticator and the page panels the assembly installs, and a typed map in which each
//! module keeps what it owns (the journal's page cache, the metrics, a domain's caches and
//! limiters). The state names none of their types: a module puts its own values in with
//! `install` (from the assembly, `app::state`) and reads them back with `owned`.

use crate::actor::{Authenticator, Unauthenticated};
use crate::config::Config;
use crate::db::Db;
use crate::panels::Panels;
use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::Arc;
use tokio::sync::watch;

/// Shared by every handler; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    /// Flips to true when the server begins to shut down; long-lived streams end on it.
    pub shutdown: Arc<watch::Sender<bool>>,
    /// Who a session cookie or an API token belongs to (accounts installs it).
    pub auth: Arc<dyn Authenticator>,
    /// What other domains show on an object's page (the assembly registers them).
    pub panels: Arc<Panels>,
    owned: Arc<Owned>,
}

/// Values owned by domains, one per type.
#[derive(Clone, Default)]
struct Owned(HashMap<TypeId, Arc<dyn Any + Send + Sync>>);

impl AppState {
    /// Opens (and migrates) the database named by the configuration. Nothing is installed
    /// yet: use `app::state` for a whole application.
    pub fn new(config: Config) -> anyhow::Result<AppState> {
        let (engine, url) = config.database()?;
        let db = Db::connect(engine, &url, config.pool_size)?;
        let (shutdown, _) = watch::channel(false);
        Ok(AppState {
            db,
            config: Arc::new(config),
            shutdown: Arc::new(shutdown),
            auth: Arc::new(Unauthenticated),
            panels: Arc::new(Panels::default()),
            owned: Arc::new(Owned::default()),
        })
    }

    /// Keeps `value` for its domain; a second value of the same type replaces the first.
    pub fn install<T: Any + Send + Sync>(&mut self, value: T) {
        Arc::make_mut(&mut self.owned)
            .0
            .insert(TypeId::of::<T>(), Arc::new(value));
    }

    /// The value of type `T` a domain installed. Missing means the assembly forgot the
    /// domain's `install`: a bug found by the first test that reaches it.
    pub fn owned<T: Any + Send + Sync>(&self) -> &T {
        self.owned
            .0
            .get(&TypeId::of::<T>())
            .and_then(|v| v.downcast_ref::<T>())
            .unwrap_or_else(|| {
                panic!(
                    "{} is not installed: add its domain's install to app::state",
                    std::any::type_name::<T>()
                )
            })
    }

    /// The panels, to register more (assembly only).
    pub fn panels_mut(&mut self) -> &mut Panels {
        Arc::make_mut(&mut self.panels)
    }
}
