//! Valuation by a panel (issue 15): an admin of the owner names a body of the owner
//! organization as the process's valuation panel, or none (then the owner's admins
//! valuate), until valuation ends. While the process is valuating, whoever sits in the
//! panel records per project whether it is feasible, its price and an explanation; a
//! later valuation replaces the earlier. Valuations stay with the panel and the owner's
//! admins until the process leaves valuating (by hand or by date: `phases` calls
//! [`publish`] in the move's transaction); then every one is published at once: an
//! unfeasible project leaves the ballot with the explanation as its public reason, a
//! feasible one's cost on the ballot becomes its price (the estimate kept beside it). A
//! project no one valuated stays at its estimate. Each act is journaled; a valuation's
//! event names the project and the valuator, never what the valuation says.

use super::events;
use super::model::{self, BudgetError, Phase};
use super::pabulib;
use super::service::{self, Located};
use super::store::valuations::{self as vstore, PanelRow, ValuationRow};
use super::store::{self, ProjectRow};
use crate::bodies::BodyCard;
use crate::db::DbConn;
use crate::error::{AppError, detail};
use crate::journal;
use crate::web::actor::Actor;
use axum::http::StatusCode;
use serde::Serialize;
use std::collections::HashMap;
use utoipa::ToSchema;

/// A valuation as entered.
#[derive(Debug, Clone, Default)]
pub struct NewValuation {
    pub feasible: bool,
    /// The price; required for a feasible project, optional for an unfeasible one.
    pub price: String,
    pub explanation: String,
}

/// A valuation's price and explanation, checked against the project's estimate: a
/// feasible project has a price (above zero, at most two decimals, within 64-bit minor
/// units); an explanation is required when the project is not feasible or when its price
/// differs from the estimate.
pub fn checked(i: &NewValuation, estimate: &str) -> Result<(Option<String>, String), AppError> {
    let price = if i.price.trim().is_empty() {
        if i.feasible {
            return Err(BudgetError::Missing { field: "price" }.into());
        }
        None
    } else {
        Some(model::amount("price", &i.price)?)
    };
    let explanation = model::text("explanation", &i.explanation)?;
    let differs = price
        .as_deref()
        .is_some_and(|p| model::exact(p) != model::exact(estimate));
    if explanation.is_empty() && (!i.feasible || differs) {
        return Err(AppError::invalid(
            "explanation_required",
            detail!(
                "problem-budgets-explanation-required",
                why = if i.feasible { "price" } else { "unfeasible" },
                estimate = estimate
            ),
        ));
    }
    Ok((price, explanation))
}

/// Who valuates a process: the body named as its panel, or none (the owner's admins).
pub fn panel_body(conn: &mut DbConn, loc: &Located) -> Result<Option<BodyCard>, AppError> {
    match vstore::panel(conn, &loc.p.id)?.and_then(|p| p.body_id) {
        Some(body) => Ok(Some(crate::bodies::body_card_by_id(conn, &body)?)),
        None => Ok(None),
    }
}

/// Whether `p` may valuate the process's projects: sits in its panel, or, without one, is
/// an admin of the owner.
pub fn may_valuate(conn: &mut DbConn, p: &Actor, loc: &Located) -> Result<bool, AppError> {
    match panel_body(conn, loc)? {
        Some(body) => crate::bodies::sits_in(conn, &body.id, &p.id),
        None => service::is_admin(conn, p, loc),
    }
}

/// Whether `p` may read the valuations before they are published: the panel and the
/// owner's admins.
pub fn may_see_unpublished(
    conn: &mut DbConn,
    p: Option<&Actor>,
    loc: &Located,
) -> Result<bool, AppError> {
    let Some(p) = p else { return Ok(false) };
    Ok(service::is_admin(conn, p, loc)? || may_valuate(conn, p, loc)?)
}

/// Whether valuation has ended for the process: it had a valuating phase and is past it.
pub fn ended(conn: &mut DbConn, loc: &Located) -> Result<bool, AppError> {
    let planned = service::plan_of(conn, &loc.p.id)?
        .iter()
        .any(|s| s.phase == Phase::Valuating && s.enabled);
    Ok(planned && loc.phase() > Phase::Valuating)
}

/// The phase refuses it: a 409 `budget_phase`, as other budget acts refused by phase.
fn wrong_phase(naming_panel: bool, loc: &Located) -> AppError {
    let phase = loc.phase().as_str();
    AppError::conflict(
        "budget_phase",
        if naming_panel {
            detail!("problem-budgets-panel-phase", phase = phase)
        } else {
            detail!("problem-budgets-valuation-phase", phase = phase)
        },
    )
}

/// A process's panel as the API shows it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetPanelView {
    /// The body that valuates; `null`: the owner's admins do.
    pub body: Option<BudgetPanelBody>,
    /// `@handle` of the owning organization (whose admins valuate without a body).
    pub owner: String,
}

/// The body named as a valuation panel.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetPanelBody {
    pub slug: String,
    pub name: String,
    pub url: String,
}

/// The panel of a process, for the API and the pages.
pub fn panel_view(conn: &mut DbConn, loc: &Located) -> Result<BudgetPanelView, AppError> {
    Ok(BudgetPanelView {
        body: panel_body(conn, loc)?.map(|b| BudgetPanelBody {
            slug: b.slug,
            name: b.name,
            url: b.url,
        }),
        owner: format!("@{}", loc.org_handle),
    })
}

/// An admin of the owner names the body `slug` of the owner organization as the
/// process's valuation panel, or none (`None`: the admins valuate), until valuation ends.
pub fn name_panel(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    slug: Option<&str>,
    now: i64,
) -> Result<BudgetPanelView, AppError> {
    let loc = service::require_process(conn, id)?;
    service::require_admin(conn, p, &loc)?;
    let body = match slug.map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => Some(crate::bodies::body_card(conn, &loc.org_handle, s)?),
        None => None,
    };
    let open: Vec<&str> = Phase::ALL
        .iter()
        .filter(|ph| **ph <= Phase::Valuating)
        .map(|ph| ph.as_str())
        .collect();
    // Holds the process's row: a move out of valuating waits for the panel, or refuses it.
    if !store::touch_in(conn, &loc.p.id, &open, now)? {
        return Err(wrong_phase(true, &loc));
    }
    vstore::put_panel(
        conn,
        &PanelRow {
            process_id: loc.p.id.clone(),
            body_id: body.as_ref().map(|b| b.id.clone()),
            named_by: p.id.as_str().into(),
            named_at: now,
        },
    )?;
    let summary = match &body {
        Some(b) => format!(
            "@{} named “{}” the valuation panel of “{}”",
            p.handle, b.name, loc.p.title
        ),
        None => format!(
            "@{} left the valuation of “{}” to the owner's admins",
            p.handle, loc.p.title
        ),
    };
    journal::record(
        conn,
        Some(&p.handle),
        &events::PANEL_NAMED,
        &loc.object(),
        &summary,
        &events::PanelNamed {
            process: loc.payload(),
            body: body.as_ref().map(|b| b.name.clone()).unwrap_or_default(),
            slug: body.as_ref().map(|b| b.slug.clone()).unwrap_or_default(),
        },
    )?;
    panel_view(conn, &loc)
}

/// A valuation as the API and the pages show it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetValuationView {
    pub project_id: String,
    /// The project's number in its process.
    pub project: String,
    pub title: String,
    pub feasible: bool,
    /// The price (for an unfeasible project, if the panel gave one).
    pub price: Option<String>,
    /// The project's cost as proposed.
    pub estimate: String,
    pub explanation: String,
    /// `@handle` of who recorded it.
    pub by: String,
    /// RFC 3339.
    pub at: String,
    /// How many valuations of the project this one makes (1: the first).
    pub revision: i64,
    /// Whether valuation has ended and this valuation is public.
    pub published: bool,
}

fn view(v: &ValuationRow, project: &ProjectRow, by: &str) -> BudgetValuationView {
    BudgetValuationView {
        project_id: project.id.clone(),
        project: project.number.clone(),
        title: project.title.clone(),
        feasible: v.feasible,
        price: v.price.clone(),
        estimate: v.estimate.clone(),
        explanation: v.explanation.clone(),
        by: format!("@{by}"),
        at: crate::web::rfc3339(v.valuated_at),
        revision: v.revision,
        published: v.published_at.is_some(),
    }
}

/// A member of the panel (or, without one, an admin of the owner) valuates a project on
/// the ballot while the process is valuating; the valuation replaces any earlier one.
pub fn valuate(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    project_id: &str,
    i: &NewValuation,
    now: i64,
) -> Result<BudgetValuationView, AppError> {
    let loc = service::require_process(conn, id)?;
    let project = service::require_project(conn, &loc, project_id)?;
    if !may_valuate(conn, p, &loc)? {
        let detail = match panel_body(conn, &loc)? {
            Some(b) => detail!(
                "problem-budgets-not-on-panel",
                named = "yes",
                body = b.name.as_str(),
                org = format!("@{}", loc.org_handle)
            ),
            None => detail!(
                "problem-budgets-not-on-panel",
                named = "no",
                body = "",
                org = format!("@{}", loc.org_handle)
            ),
        };
        return Err(AppError::new(StatusCode::FORBIDDEN, "not_on_panel", detail));
    }
    let (price, explanation) = checked(i, &project.cost)?;
    // Holds the process's row: a move out of valuating waits for this valuation (and
    // publishes it), or has happened and this one is refused.
    if !store::touch_in(conn, &loc.p.id, &[Phase::Valuating.as_str()], now)? {
        return Err(wrong_phase(false, &loc));
    }
    let project = service::require_project(conn, &loc, &project.id)?;
    if !pabulib::on_ballot(&project) {
        return Err(BudgetError::NotOnBallot {
            number: project.number.clone(),
        }
        .into());
    }
    vstore::put_valuation(
        conn,
        &ValuationRow {
            project_id: project.id.clone(),
            process_id: loc.p.id.clone(),
            feasible: i.feasible,
            price,
            estimate: project.cost.clone(),
            explanation,
            valuated_by: p.id.as_str().into(),
            valuated_at: now,
            revision: 1,
            published_at: None,
        },
    )?;
    let row = vstore::valuation(conn, &project.id)?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("a valuation vanished")))?;
    let heading = service::require_heading(conn, &loc, &project.heading_id)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::VALUATED,
        &loc.project_object(&project),
        &format!(
            "@{} valuated project {}, “{}”, of “{}” (valuation {})",
            p.handle, project.number, project.title, loc.p.title, row.revision
        ),
        &events::Valuated {
            project: loc.project_payload(&project, &heading.name),
            revision: row.revision,
        },
    )?;
    Ok(view(&row, &project, &p.handle))
}

/// Publishes every valuation of a process leaving valuating, in the move's transaction
/// (under the process's row, so no valuation is recorded meanwhile): an unfeasible
/// project on the ballot leaves it, the explanation its public reason; a feasible one
/// costs its price. Journaled once, with the counts.
pub fn publish(
    conn: &mut DbConn,
    loc: &Located,
    actor: Option<&Actor>,
    now: i64,
) -> Result<(), AppError> {
    let rows = vstore::valuations(conn, &loc.p.id)?;
    let (mut feasible, mut unfeasible) = (0, 0);
    let mut valuated = std::collections::HashSet::new();
    for v in rows.iter().filter(|v| v.published_at.is_none()) {
        let Some(project) = store::project(conn, &v.project_id)? else {
            continue;
        };
        valuated.insert(project.id.clone());
        // Taken off the ballot by the admins meanwhile: it stays off, as they said.
        if !pabulib::on_ballot(&project) {
            continue;
        }
        if v.feasible {
            if let Some(price) = &v.price {
                vstore::set_cost(conn, &project.id, price)?;
            }
            feasible += 1;
        } else {
            store::review_project(conn, &project.id, "unfeasible", &v.explanation)?;
            unfeasible += 1;
        }
    }
    vstore::publish(conn, &loc.p.id, now)?;
    let not_valuated = store::projects(conn, &loc.p.id)?
        .iter()
        .filter(|p| pabulib::on_ballot(p) && !valuated.contains(&p.id))
        .count() as i64;
    journal::record(
        conn,
        actor.map(|a| a.handle.as_str()),
        &events::VALUATION_PUBLISHED,
        &loc.object(),
        &format!(
            "Valuation of “{}” published: {} feasible, {} not",
            loc.p.title, feasible, unfeasible
        ),
        &events::ValuationPublished {
            process: loc.payload(),
            feasible,
            unfeasible,
            not_valuated,
        },
    )?;
    Ok(())
}

/// A process's panel and the valuations the viewer may read.
#[derive(Debug, Serialize, ToSchema)]
pub struct BudgetValuationsView {
    pub panel: BudgetPanelView,
    /// Whether valuation has ended (every valuation published).
    pub published: bool,
    /// The valuations the viewer may read: every one once published; before, only the
    /// panel and the owner's admins read them (others get an empty list).
    pub valuations: Vec<BudgetValuationView>,
    /// Once published: the numbers of the projects on the ballot no one valuated (they
    /// stay at their estimate).
    pub not_valuated: Vec<String>,
}

/// The valuations of the projects of a process, by project id, that `viewer` may read.
pub fn readable(
    conn: &mut DbConn,
    viewer: Option<&Actor>,
    loc: &Located,
) -> Result<HashMap<String, BudgetValuationView>, AppError> {
    let rows = vstore::valuations(conn, &loc.p.id)?;
    let insider = if rows.iter().any(|v| v.published_at.is_none()) {
        may_see_unpublished(conn, viewer, loc)?
    } else {
        false
    };
    let rows: Vec<ValuationRow> = rows
        .into_iter()
        .filter(|v| v.published_at.is_some() || insider)
        .collect();
    let handles = crate::accounts::handles_by_id(conn, rows.iter().map(|v| v.valuated_by.clone()))?;
    let projects: HashMap<String, ProjectRow> = store::projects(conn, &loc.p.id)?
        .into_iter()
        .map(|p| (p.id.clone(), p))
        .collect();
    Ok(rows
        .iter()
        .filter_map(|v| {
            let project = projects.get(&v.project_id)?;
            let by = handles
                .get(&v.valuated_by)
                .map(String::as_str)
                .unwrap_or("");
            Some((v.project_id.clone(), view(v, project, by)))
        })
        .collect())
}

/// The panel of process `id` and the valuations `viewer` may read, by project number.
pub fn valuations_view(
    conn: &mut DbConn,
    viewer: Option<&Actor>,
    id: &str,
) -> Result<BudgetValuationsView, AppError> {
    let loc = service::require_process(conn, id)?;
    let published = ended(conn, &loc)?;
    let readable = readable(conn, viewer, &loc)?;
    let projects = store::projects(conn, &loc.p.id)?;
    let mut valuations = Vec::new();
    let mut not_valuated = Vec::new();
    for p in &projects {
        match readable.get(&p.id) {
            Some(v) => valuations.push(v.clone()),
            None if published && pabulib::on_ballot(p) => not_valuated.push(p.number.clone()),
            None => {}
        }
    }
    Ok(BudgetValuationsView {
        panel: panel_view(conn, &loc)?,
        published,
        valuations,
        not_valuated,
    })
}

/// What a project's page shows of its valuation.
#[derive(Debug, Clone, Default)]
pub struct ValuationBox {
    /// The valuation the viewer may read: the published one, or (for the panel and the
    /// owner's admins) the one not yet published.
    pub shown: Option<BudgetValuationView>,
    /// Its price and the estimate, for people (see [`ValuationBox::formatted`]).
    pub price: String,
    pub estimate: String,
    /// Valuation ended and no one valuated this project on the ballot.
    pub not_valuated: bool,
    /// The viewer may valuate it now: the form.
    pub can_valuate: bool,
}

impl ValuationBox {
    /// The box with its amounts written for people by `shown` (the pages' formatter).
    pub fn formatted(mut self, shown: fn(&str) -> String) -> Self {
        if let Some(v) = &self.shown {
            self.price = v.price.as_deref().map(shown).unwrap_or_default();
            self.estimate = shown(&v.estimate);
        }
        self
    }

    /// The price entered for the form: the current valuation's, if any.
    pub fn price_entered(&self) -> &str {
        self.shown
            .as_ref()
            .and_then(|v| v.price.as_deref())
            .unwrap_or("")
    }

    /// The explanation entered for the form: the current valuation's, if any.
    pub fn explanation_entered(&self) -> &str {
        self.shown.as_ref().map_or("", |v| v.explanation.as_str())
    }

    /// Where the form's feasibility starts: `no` when the current valuation says so.
    pub fn feasible_entered(&self) -> &'static str {
        if self.shown.as_ref().is_some_and(|v| !v.feasible) {
            "no"
        } else {
            "yes"
        }
    }
}

/// The valuation box of `project` for `viewer`.
pub fn project_box(
    conn: &mut DbConn,
    viewer: Option<&Actor>,
    loc: &Located,
    project: &ProjectRow,
) -> Result<ValuationBox, AppError> {
    let mut shown = readable(conn, viewer, loc)?;
    let ended = ended(conn, loc)?;
    let shown = shown.remove(&project.id);
    let can_valuate = loc.phase() == Phase::Valuating
        && pabulib::on_ballot(project)
        && match viewer {
            Some(p) => may_valuate(conn, p, loc)?,
            None => false,
        };
    Ok(ValuationBox {
        not_valuated: ended && shown.is_none() && pabulib::on_ballot(project),
        shown,
        can_valuate,
        ..ValuationBox::default()
    })
}

/// Who valuates, for a process page: `None` when the process has no valuating phase.
pub fn panel_line(conn: &mut DbConn, loc: &Located) -> Result<Option<BudgetPanelView>, AppError> {
    let planned = service::plan_of(conn, &loc.p.id)?
        .iter()
        .any(|s| s.phase == Phase::Valuating && s.enabled);
    if planned {
        Ok(Some(panel_view(conn, loc)?))
    } else {
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entered(feasible: bool, price: &str, explanation: &str) -> NewValuation {
        NewValuation {
            feasible,
            price: price.into(),
            explanation: explanation.into(),
        }
    }

    #[test]
    fn a_feasible_project_has_a_price_and_an_explanation_when_it_differs() {
        let ok = checked(&entered(true, "12000", ""), "12000").unwrap();
        assert_eq!(ok, (Some("12000".into()), String::new()));
        let same = checked(&entered(true, "12000.00", ""), "12000").unwrap();
        assert_eq!(same.0.as_deref(), Some("12000.00"));
        let e = checked(&entered(true, "13500", " "), "12000").unwrap_err();
        assert_eq!(e.code, "explanation_required");
        let ok = checked(&entered(true, "13500", "Steel costs more."), "12000").unwrap();
        assert_eq!(ok.1, "Steel costs more.");
        for (price, code) in [
            ("", "missing_field"),
            ("0", "cost_not_positive"),
            ("-5", "cost_not_positive"),
            ("92233720368547758.08", "amount_too_large"),
            ("1.234", "too_many_decimals"),
            ("twelve", "malformed_amount"),
        ] {
            let e = checked(&entered(true, price, "why"), "12000").unwrap_err();
            assert_eq!(e.code, code, "{price}");
        }
    }

    #[test]
    fn an_unfeasible_project_needs_a_reason_not_a_price() {
        let e = checked(&entered(false, "", ""), "12000").unwrap_err();
        assert_eq!(e.code, "explanation_required");
        let ok = checked(&entered(false, "", "Not city land."), "12000").unwrap();
        assert_eq!(ok, (None, "Not city land.".into()));
        let e = checked(&entered(false, "0", "Not city land."), "12000").unwrap_err();
        assert_eq!(e.code, "cost_not_positive");
    }
}
