//! Panels: what other domains show on an object's page (a commons' discussion, the record
//! of a person in the commons), registered by the assembly, so that the domain owning the
//! page does not know who adds to it. A panel is loaded with the page's data (and cached
//! with it where the page is cached), then rendered for each viewer.

use crate::actor::Actor;
use crate::db::DbConn;
use crate::error::AppError;

/// The object whose page is being shown.
#[derive(Debug, Clone)]
pub struct Subject<'a> {
    /// The object's kind, as the journal names it: `commons`, `contribution`, `person`, …
    pub kind: &'static str,
    pub id: &'a str,
    /// The object's page; a panel's links and forms are written under it.
    pub url: &'a str,
}

/// Who looks at the page, for panels with forms or per-viewer controls.
pub struct Looker<'a> {
    pub viewer: Option<&'a Actor>,
    pub csrf: &'a str,
    /// A form of the page refused, as entered: a panel's own form (its fields carry the
    /// panel's names, `reply-body`) comes back with its refusal beside it.
    pub form: Option<&'a crate::form::Refilled>,
}

/// A loaded panel: HTML to place on the page.
pub trait Panel: Send + Sync {
    fn render(&self, looker: &Looker) -> String;
}

/// Loads one panel for a subject; `None` shows nothing.
pub type LoadPanel = fn(&mut DbConn, &Subject) -> Result<Option<Box<dyn Panel>>, AppError>;

/// The registry: for each object kind, its panels in the order they show.
#[derive(Clone, Default)]
pub struct Panels {
    by_kind: Vec<(&'static str, LoadPanel)>,
}

/// The loaded panels of one page.
#[derive(Default)]
pub struct Loaded(Vec<Box<dyn Panel>>);

impl Panels {
    /// Adds a panel to the pages of objects of `kind`.
    pub fn register(&mut self, kind: &'static str, load: LoadPanel) {
        self.by_kind.push((kind, load));
    }

    /// Loads every panel registered for objects of `kind`, for the object `id` whose page
    /// is at `url`.
    pub fn load(
        &self,
        conn: &mut DbConn,
        kind: &'static str,
        id: &str,
        url: &str,
    ) -> Result<Loaded, AppError> {
        let subject = &Subject { kind, id, url };
        let mut out = Vec::new();
        for (kind, load) in &self.by_kind {
            if *kind == subject.kind {
                out.extend(load(conn, subject)?);
            }
        }
        Ok(Loaded(out))
    }
}

impl Loaded {
    /// Every panel's HTML, in order, for this viewer.
    pub fn render(&self, looker: &Looker) -> Vec<String> {
        self.0.iter().map(|p| p.render(looker)).collect()
    }
}
