//! Budgets' share of the public export: processes with their rules, phases and headings, projects
//! with their reviews and implementation, their milestones, the organisers' overrides, and
//! ballots without their voters (as the Pabulib file publishes them), duplicates merged,
//! and who may vote where (without the census's salt), valuation panels, and valuations
//! (what one says only once published), whom projects are proposed for and the commons
//! holding funded projects' documentation, and the paper ballots' batches per polling
//! station (their counts; the sheets, which may name voters, stay private). Who supported a project, and the census, stay
//! private.

use super::store::{self, BallotRow};
use crate::db::DbConn;
use crate::error::AppError;
use crate::export::{Exporter, Sink, Table};
use serde::Serialize;

pub static EXPORT: Exporter = Exporter {
    domain: "budgets",
    tables: &[
        Table::Public {
            table: "budget_processes",
            line: "budget",
        },
        Table::Public {
            table: "budget_rules",
            line: "budget_rules",
        },
        Table::Public {
            table: "budget_phases",
            line: "budget_phase",
        },
        Table::Public {
            table: "budget_headings",
            line: "budget_heading",
        },
        Table::Public {
            table: "budget_projects",
            line: "budget_project",
        },
        Table::Public {
            table: "budget_ballots",
            line: "budget_ballot",
        },
        Table::Public {
            table: "budget_milestones",
            line: "budget_milestone",
        },
        Table::Public {
            table: "budget_overrides",
            line: "budget_override",
        },
        Table::Public {
            table: "budget_groups",
            line: "budget_group",
        },
        Table::Public {
            table: "budget_group_projects",
            line: "budget_group_project",
        },
        Table::Public {
            table: "budget_voter_rules",
            line: "budget_voter_rules",
        },
        Table::Public {
            table: "budget_merges",
            line: "budget_merge",
        },
        Table::Public {
            table: "budget_support_rules",
            line: "budget_support_rules",
        },
        Table::Public {
            table: "budget_valuation_panels",
            line: "budget_valuation_panel",
        },
        Table::Public {
            table: "budget_valuations",
            line: "budget_valuation",
        },
        Table::Public {
            table: "budget_project_proposers",
            line: "budget_project_proposer",
        },
        Table::Public {
            table: "budget_project_commons",
            line: "budget_project_commons",
        },
        Table::Public {
            table: "budget_paper_batches",
            line: "budget_paper_batch",
        },
        Table::Private {
            table: "budget_paper_sheets",
            why: "a paper ballot's sheet may name who cast it (a census id's keyed hash or a member); the counted ballots are published without them, and each batch's counts are",
        },
        Table::Private {
            table: "budget_census",
            why: "a census is a list of people; even hashed, its ids and birth dates stay in the store (its size is published)",
        },
        Table::Private {
            table: "budget_supports",
            why: "who supported a project is not published; each project's count of supports is",
        },
    ],
    write,
};

/// A ballot as published: what it chose, never who cast it or when.
#[derive(Serialize)]
struct BallotLine {
    id: String,
    process_id: String,
    heading_id: String,
    origin: String,
    position: Option<i64>,
    vote: String,
    points: Option<String>,
    extra: Option<String>,
}

fn write(conn: &mut DbConn, sink: &mut Sink<'_>) -> Result<(), AppError> {
    let (processes, phases, headings, projects, milestones) = store::everything(conn)?;
    for p in &processes {
        sink.line(
            "budget",
            &serde_json::json!({
                "id": p.id, "org_id": p.org_id, "title": p.title, "description": p.description,
                "origin": p.origin, "phase": p.phase, "version": p.version,
                "created_by": p.created_by, "created_at": p.created_at,
                "updated_at": p.updated_at,
            }),
        )?;
        sink.line(
            "budget_rules",
            &serde_json::json!({
                "process_id": p.id, "ballot_style": p.ballot_style, "vote_type": p.vote_type,
                "min_projects": p.min_projects, "max_projects": p.max_projects,
                "rule": p.rule, "rules_locked_at": p.rules_locked_at, "meta": p.meta,
                "project_columns": p.project_columns, "vote_columns": p.vote_columns,
                "min_share_percent": p.min_share_percent,
            }),
        )?;
    }
    for r in &phases {
        sink.line(
            "budget_phase",
            &serde_json::json!({
                "process_id": r.process_id, "phase": r.phase, "position": r.position,
                "enabled": r.enabled, "starts_at": r.starts_at, "ends_at": r.ends_at,
            }),
        )?;
    }
    for h in &headings {
        sink.line(
            "budget_heading",
            &serde_json::json!({
                "id": h.id, "process_id": h.process_id, "position": h.position,
                "name": h.name, "amount": h.amount, "created_at": h.created_at,
            }),
        )?;
    }
    for p in &projects {
        sink.line(
            "budget_project",
            &serde_json::json!({
                "id": p.id, "process_id": p.process_id, "heading_id": p.heading_id,
                "number": p.number, "position": p.position, "title": p.title,
                "description": p.description, "place": p.place, "cost": p.cost,
                "state": p.state, "reason": p.reason, "author_id": p.author_id,
                "extra": p.extra, "progress_status": p.progress_status,
                "progress": p.progress, "created_at": p.created_at,
            }),
        )?;
    }
    for h in &headings {
        for b in store::ballots(conn, &h.id)? {
            let BallotRow {
                id,
                process_id,
                heading_id,
                origin,
                position,
                vote,
                points,
                extra,
                ..
            } = b;
            sink.line(
                "budget_ballot",
                &BallotLine {
                    id,
                    process_id,
                    heading_id,
                    origin,
                    position,
                    vote,
                    points,
                    extra,
                },
            )?;
        }
    }
    // The census's salt stays in the store: with it, likely ids could be tried.
    for r in store::all_voter_rules(conn)? {
        sink.line(
            "budget_voter_rules",
            &serde_json::json!({
                "process_id": r.process_id, "census_entries": r.census_entries,
                "census_imported_at": r.census_imported_at, "min_age": r.min_age,
                "other_districts": r.other_districts,
                "citywide_heading_id": r.citywide_heading_id,
            }),
        )?;
    }
    for m in &milestones {
        sink.line(
            "budget_milestone",
            &serde_json::json!({
                "id": m.id, "project_id": m.project_id, "happened_on": m.happened_on,
                "title": m.title, "description": m.description, "link": m.link,
                "author_id": m.author_id, "created_at": m.created_at,
            }),
        )?;
    }
    for g in store::all_groups(conn)? {
        sink.line(
            "budget_group",
            &serde_json::json!({
                "id": g.id, "process_id": g.process_id, "heading_id": g.heading_id,
                "name": g.name, "reason": g.reason, "created_by": g.created_by,
                "created_at": g.created_at,
            }),
        )?;
    }
    for m in store::all_group_members(conn)? {
        sink.line(
            "budget_group_project",
            &serde_json::json!({ "group_id": m.group_id, "project_id": m.project_id }),
        )?;
    }
    for o in store::all_overrides(conn)? {
        sink.line(
            "budget_override",
            &serde_json::json!({
                "id": o.id, "process_id": o.process_id, "project_id": o.project_id,
                "seq": o.seq, "funded": o.funded, "reason": o.reason,
                "decided_by": o.decided_by, "decided_at": o.decided_at,
            }),
        )?;
    }
    for m in store::all_merges(conn)? {
        sink.line(
            "budget_merge",
            &serde_json::json!({
                "project_id": m.project_id, "into_id": m.into_id, "merged_by": m.merged_by,
                "merged_at": m.merged_at, "supports_moved": m.supports_moved,
            }),
        )?;
    }
    for v in store::valuations::all_panels(conn)? {
        sink.line(
            "budget_valuation_panel",
            &serde_json::json!({
                "process_id": v.process_id, "body_id": v.body_id, "named_by": v.named_by,
                "named_at": v.named_at,
            }),
        )?;
    }
    for r in store::supports::all_rules(conn)? {
        sink.line(
            "budget_support_rules",
            &serde_json::json!({
                "process_id": r.process_id, "max_per_person": r.max_per_person,
                "advance": r.advance, "advance_count": r.advance_count,
                "set_by": r.set_by, "set_at": r.set_at,
            }),
        )?;
    }
    for r in store::proposers::all_proposers(conn)? {
        sink.line(
            "budget_project_proposer",
            &serde_json::json!({
                "project_id": r.project_id, "organization_id": r.organization_id,
                "group_name": r.group_name,
            }),
        )?;
    }
    for r in store::proposers::all_commons(conn)? {
        sink.line(
            "budget_project_commons",
            &serde_json::json!({
                "project_id": r.project_id, "commons_id": r.commons_id,
                "linked_by": r.linked_by, "linked_at": r.linked_at,
            }),
        )?;
    }
    for b in store::paper::all_batches(conn)? {
        sink.line(
            "budget_paper_batch",
            &serde_json::json!({
                "id": b.id, "process_id": b.process_id, "heading_id": b.heading_id,
                "station": b.station, "declared": b.declared, "read": b.read_count,
                "recorded": b.recorded, "set_aside": b.set_aside,
                "mismatch_reason": b.mismatch_reason, "recorded_by": b.recorded_by,
                "recorded_at": b.recorded_at,
            }),
        )?;
    }
    // A valuation is private until valuation ends: before, only that it exists goes out.
    for v in store::valuations::all_valuations(conn)? {
        let public = v.published_at.is_some();
        sink.line(
            "budget_valuation",
            &serde_json::json!({
                "project_id": v.project_id, "process_id": v.process_id,
                "feasible": public.then_some(v.feasible),
                "price": if public { v.price } else { None },
                "estimate": v.estimate,
                "explanation": public.then_some(v.explanation),
                "valuated_by": public.then_some(v.valuated_by),
                "valuated_at": v.valuated_at, "revision": v.revision,
                "published_at": v.published_at,
            }),
        )?;
    }
    Ok(())
}
