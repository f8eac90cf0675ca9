//! The coalition's demo, through the same flows as the API: the makers set CopyFair's fee
//! schedule on their irrigation controller; the bakery cooperative asks whether it may
//! sell bread from the recipes under the Peer Production License (it may), the company
//! asks too (it may not), and the company asks to sell the controller (it may, with a
//! fee less a credit for its founder's accepted work); the company accepts the fee, the
//! makers record it paid into the controller's treasury and share it with the
//! controller's contributors; the repair café's rights to the recipes end for a breach of
//! attribution; who pays for the work is declared, and the controller's git history is
//! imported with the makers' employer map (`demo_history`); and the phyle Circuito pledges a tenth
//! of its surplus to the city's open data: last year's share paid and shared, this half
//! year's owed.

use super::model::PolicyInput;
use super::service::{self, FactsInput, Question};
use crate::db::{DbConn, now_ms};
use crate::error::AppError;
use crate::seed::DemoContext;

pub fn seed(c: &mut DbConn, ctx: &mut DemoContext) -> Result<(), AppError> {
    let amara = ctx.person("amara")?;
    let bruno = ctx.person("bruno")?;
    let emil = ctx.person("emil")?;
    let copyfair: PolicyInput = serde_json::from_value(serde_json::json!({
        "policy": "copyfair",
        "fee": {"schedule": "revenue_share", "basis_points": 300, "currency": "EUR"},
        "credit": {"per_contribution": "40.00 EUR", "per_hour": "25.00 EUR"},
        "period_days": 365
    }))
    .map_err(AppError::internal)?;
    service::set_policy(c, &amara, "open-irrigation-controller", &copyfair, now_ms())?;
    let questions = [
        (
            &bruno,
            "valley-bread-recipes",
            "pane-comune",
            FactsInput {
                worker_owned: Some(true),
                surplus_to_workers: Some(true),
                waged_labour: Some(false),
                ..FactsInput::default()
            },
        ),
        (
            &emil,
            "valley-bread-recipes",
            "opengrow",
            FactsInput {
                waged_labour: Some(true),
                ..FactsInput::default()
            },
        ),
        (
            &emil,
            "open-irrigation-controller",
            "opengrow",
            FactsInput {
                waged_labour: Some(true),
                revenue: Some("18000.00 EUR".into()),
                ..FactsInput::default()
            },
        ),
    ];
    let mut asked = Vec::new();
    for (who, commons, organization, facts) in questions {
        asked.push(service::ask(
            c,
            who,
            &Question {
                commons: commons.into(),
                usage: "commercial".into(),
                organization: Some(organization.into()),
                facts,
            },
            now_ms(),
        )?);
    }
    // OpenGrow accepts the controller's fee; the makers record it paid and share it with
    // the controller's contributors by the hours of their accepted work, the policy its
    // treasury stands by.
    crate::ledger::open_treasury_with_bank(
        c,
        &amara,
        "commons",
        "open-irrigation-controller",
        "EUR",
    )?;
    crate::ledger::set_distribution_policy(c, &amara, "open-irrigation-controller", "hours", None)?;
    let (_, fee) = super::dues::accept_fee(c, &emil, &asked[2].id, now_ms())?;
    let (_, _, paid) = super::dues::record_payment(
        c,
        &amara,
        "open-irrigation-controller",
        fee.number,
        &super::dues::PaymentInput {
            into: Some("bank".into()),
            reference: "TRF OPENGROW 2026-118".into(),
            date: None,
            distribute_by: None,
        },
        now_ms(),
    )?;
    if let Some(n) = paid.distribution {
        crate::ledger::post_distribution(c, &amara, "open-irrigation-controller", n)?;
    }
    // The repair café sold loaves from the recipes at its Tuesday evenings, as a
    // worker-owned group sharing what it earns; it dropped the recipes' credit from its
    // leaflet, and the bakery ended its rights under the PPL's attribution clause.
    let fatima = ctx.person("fatima")?;
    let cafe = service::ask(
        c,
        &fatima,
        &Question {
            commons: "valley-bread-recipes".into(),
            usage: "commercial".into(),
            organization: Some("repair-tuesday".into()),
            facts: FactsInput {
                worker_owned: Some(true),
                surplus_to_workers: Some(true),
                waged_labour: Some(false),
                ..FactsInput::default()
            },
        },
        now_ms(),
    )?;
    service::terminate(
        c,
        &bruno,
        &cafe.id,
        "Sold loaves from the recipes with a leaflet that dropped their authors' names (attribution, §4(e)).",
        now_ms(),
    )?;
    // Who pays for the controller and the repair manuals: emil is paid by his company;
    // amara and fatima give their time to the makers and the repair café.
    let affiliations = [
        (&emil, "opengrow", None, "2025-01-01", true),
        (&amara, "makers-lagomar", None, "2020-01-01", false),
        (
            &fatima,
            "repair-tuesday",
            Some("lagomar-repair-manuals"),
            "2024-09-01",
            false,
        ),
    ];
    for (who, organization, commons, from, paid) in affiliations {
        super::affiliations::declare(
            c,
            who,
            &super::affiliations::AffiliationInput {
                organization: organization.into(),
                from: from.into(),
                until: None,
                paid,
                commons: commons.map(str::to_string),
            },
            now_ms(),
        )?;
    }
    super::demo_history::seed(c, now_ms())?;
    seed_phyle(c, ctx)
}

/// Circuito pledges a tenth of its surplus to the city's open data, whose treasury amara
/// keeps: last year's share paid (and a distribution previewed), this half year's owed.
fn seed_phyle(c: &mut DbConn, ctx: &mut DemoContext) -> Result<(), AppError> {
    let amara = ctx.person("amara")?;
    let dolores = ctx.person("dolores")?;
    crate::ledger::open_treasury_with_bank(c, &amara, "commons", "lagomar-open-data", "EUR")?;
    // The open data's treasury shares by a value equation: a tenth for chen's upkeep of
    // the survey, the rest 10 € a claim for each accepted correction.
    let equation = serde_json::json!({
        "name": "open data upkeep and corrections",
        "unit": "EUR",
        "buckets": [
            {"name": "upkeep", "percent": "10", "agent": "chen"},
            {"name": "corrections", "percent": "90", "rules": [
                {"kind": "change", "claim": "equity_like", "formula": {"fixed": "10.00 EUR"}},
                {"kind": "work", "claim": "equity_like", "formula": {"quantity_times": "20.00 EUR"}}
            ]}
        ]
    });
    crate::ledger::set_distribution_policy(
        c,
        &amara,
        "lagomar-open-data",
        "equation",
        Some(&equation),
    )?;
    super::dues::set_pledges(
        c,
        &dolores,
        "circuito",
        &super::dues::PledgesInput {
            pledges: vec![super::dues::PledgeInput {
                commons: "lagomar-open-data".into(),
                share: "10%".into(),
            }],
        },
        now_ms(),
    )?;
    let year = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
        .year();
    let periods = [
        (
            format!("{}-01-01", year - 1),
            format!("{}-12-31", year - 1),
            "8000.00 EUR",
        ),
        (
            format!("{year}-01-01"),
            format!("{year}-06-30"),
            "5200.00 EUR",
        ),
    ];
    let mut first = None;
    for (from, until, amount) in periods {
        let (_, dues) = super::dues::declare_surplus(
            c,
            &dolores,
            "circuito",
            &super::dues::SurplusInput {
                from,
                until,
                amount: amount.into(),
            },
            now_ms(),
        )?;
        first = first.or(dues.first().map(|d| d.number));
    }
    if let Some(number) = first {
        super::dues::record_payment(
            c,
            &amara,
            "lagomar-open-data",
            number,
            &super::dues::PaymentInput {
                into: Some("bank".into()),
                reference: "CIRCUITO PLEDGE".into(),
                date: None,
                distribute_by: None,
            },
            now_ms(),
        )?;
    }
    Ok(())
}
