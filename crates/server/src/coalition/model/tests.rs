//! The determination engine against the licences' texts: one row per case, facts in,
//! outcome, deciding clauses and fee out. The Peer Production License's rows follow its
//! grant (§3) and its restrictions on commercial use (§4(c), §4(d)); CopyFair's follow
//! the P2P Foundation's description (free for contributors, cooperatives and
//! non-profits, reciprocity asked of the other commercial users) with each fee schedule,
//! the credit, and the rounding.

use super::*;
use ClauseId::*;
use Outcome::*;

fn eur(text: &str) -> Money {
    amounts::money("test", &format!("{text} EUR")).unwrap()
}

/// The facts of a row, written briefly: `w` worker-owned, `s` surplus to workers, `l`
/// waged labour (each `Some`), revenue and units.
#[derive(Clone, Default)]
struct Facts {
    w: Option<bool>,
    s: Option<bool>,
    l: Option<bool>,
    revenue: Option<&'static str>,
    units: Option<i64>,
}

fn ask(use_: Use, org: Option<OrgKind>, f: &Facts, given: Given) -> Ask {
    Ask {
        use_,
        declared: Declared {
            worker_owned: f.w,
            surplus_to_workers: f.s,
            waged_labour: f.l,
            revenue: f.revenue.map(|r| amounts::money("revenue", r).unwrap()),
            units: f.units,
        },
        known: Known {
            organization: org,
            given,
            breached: false,
        },
    }
}

const C: Use = Use::Commercial;
const N: Use = Use::NonCommercial;
const T: Option<bool> = Some(true);
const F: Option<bool> = Some(false);
const U: Option<bool> = None;

fn facts(w: Option<bool>, s: Option<bool>, l: Option<bool>) -> Facts {
    Facts {
        w,
        s,
        l,
        ..Facts::default()
    }
}

fn sources(d: &Determination) -> Vec<(&'static str, Source)> {
    d.facts
        .iter()
        .map(|f| (f.name.as_str(), f.source))
        .collect()
}

/// The Peer Production License, every path through its clauses on use.
#[test]
fn peer_production_licence() {
    use OrgKind::*;
    // (what the case is, use, organization kind, facts, outcome, deciding clauses,
    // missing facts)
    #[allow(clippy::type_complexity)]
    let rows: &[(
        &str,
        Use,
        Option<OrgKind>,
        Facts,
        Outcome,
        &[ClauseId],
        &[FactName],
    )] = &[
        (
            "anyone, for a use that is not commercial: §3 grants it, facts unneeded",
            N,
            None,
            Facts::default(),
            PermittedNonCommercial,
            &[PplGrant],
            &[],
        ),
        (
            "a for-profit company, for a use that is not commercial",
            N,
            Some(ForProfit),
            facts(T, T, T),
            PermittedNonCommercial,
            &[PplGrant],
            &[],
        ),
        (
            "the bakery cooperative: worker-owned, surplus shared, no waged labour",
            C,
            Some(Cooperative),
            facts(T, T, F),
            PermittedCommonsBased,
            &[PplWorkerOwned],
            &[],
        ),
        (
            "a worker collective with no organization on the instance",
            C,
            None,
            facts(T, T, F),
            PermittedCommonsBased,
            &[PplWorkerOwned],
            &[],
        ),
        (
            "a worker-owned business keeping part of its surplus from its workers: §4(c)(ii)",
            C,
            Some(Cooperative),
            facts(T, F, F),
            NotPermitted,
            &[PplWorkerOwned],
            &[],
        ),
        (
            "a worker-owned business that says it profits from waged labour: §4(d)",
            C,
            Some(Cooperative),
            facts(T, T, T),
            NotPermitted,
            &[PplWagedLabour],
            &[],
        ),
        (
            "a for-profit company employing wage labour: §4(c) and §4(d)",
            C,
            Some(ForProfit),
            facts(F, F, T),
            NotPermitted,
            &[PplWorkerOwned, PplWagedLabour],
            &[],
        ),
        (
            "a for-profit company that declares nothing: the instance knows it is not \
             worker-owned, which suffices to refuse",
            C,
            Some(ForProfit),
            Facts::default(),
            NotPermitted,
            &[PplWorkerOwned],
            &[],
        ),
        (
            "a public body is not worker-owned either",
            C,
            Some(PublicBody),
            facts(U, U, F),
            NotPermitted,
            &[PplWorkerOwned],
            &[],
        ),
        (
            "a sole owner with no employees is not a worker collective unless it says so",
            C,
            None,
            facts(F, U, F),
            NotPermitted,
            &[PplWorkerOwned],
            &[],
        ),
        (
            "waged labour alone refuses, whatever else is unknown",
            C,
            None,
            facts(U, U, T),
            NotPermitted,
            &[PplWagedLabour],
            &[],
        ),
        (
            "a cooperative that declares nothing: presumed worker-owned, its surplus is \
             asked for",
            C,
            Some(Cooperative),
            Facts::default(),
            NeedsEvidence,
            &[PplWorkerOwned],
            &[FactName::SurplusToWorkers],
        ),
        (
            "a cooperative that shares its surplus: worker-owned by its kind",
            C,
            Some(Cooperative),
            facts(U, T, U),
            PermittedCommonsBased,
            &[PplWorkerOwned],
            &[],
        ),
        (
            "a cooperative of consumers, not of its workers, says so",
            C,
            Some(Cooperative),
            facts(F, U, U),
            NotPermitted,
            &[PplWorkerOwned],
            &[],
        ),
        (
            "a person who declares nothing: both facts of §4(c) are asked for",
            C,
            None,
            Facts::default(),
            NeedsEvidence,
            &[PplWorkerOwned],
            &[FactName::WorkerOwned, FactName::SurplusToWorkers],
        ),
        (
            "worker-owned, but silent on its surplus",
            C,
            Some(Phyle),
            facts(T, U, F),
            NeedsEvidence,
            &[PplWorkerOwned],
            &[FactName::SurplusToWorkers],
        ),
        (
            "worker-owned and sharing, silent on waged labour: §4(c) suffices",
            C,
            Some(InformalGroup),
            facts(T, T, U),
            PermittedCommonsBased,
            &[PplWorkerOwned],
            &[],
        ),
    ];
    for (what, use_, org, f, outcome, clauses, missing) in rows {
        let d = determine(&Policy::Ppl, &ask(*use_, *org, f, Given::default())).unwrap();
        assert_eq!(d.outcome, *outcome, "{what}: {d:#?}");
        assert_eq!(d.clauses, *clauses, "{what}");
        assert_eq!(d.missing, *missing, "{what}");
        assert!(d.fee.is_none() && d.fee_owed().is_none(), "{what}");
        // A permission holds under share-alike and attribution; a refusal points to a
        // separate licence.
        if outcome.permits() {
            assert_eq!(
                d.conditions,
                [PplSameLicence, PplShareAlike, PplAttribution],
                "{what}"
            );
        }
        if *outcome == NotPermitted {
            assert_eq!(d.conditions, [PplSeparateLicence], "{what}");
        }
    }
}

/// Which facts a PPL answer used, and where each came from.
#[test]
fn ppl_facts_carry_their_source() {
    let bakery = determine(
        &Policy::Ppl,
        &ask(
            C,
            Some(OrgKind::Cooperative),
            &facts(T, T, F),
            Given::default(),
        ),
    )
    .unwrap();
    assert_eq!(
        sources(&bakery),
        [
            ("worker_owned", Source::Declared),
            ("surplus_to_workers", Source::Declared),
            ("waged_labour", Source::Declared),
        ]
    );
    let company = determine(
        &Policy::Ppl,
        &ask(
            C,
            Some(OrgKind::ForProfit),
            &facts(F, U, T),
            Given::default(),
        ),
    )
    .unwrap();
    assert_eq!(
        sources(&company),
        [
            ("organization_kind", Source::Instance),
            ("worker_owned", Source::Instance),
            ("waged_labour", Source::Declared),
        ]
    );
    assert_eq!(company.facts[0].value, FactValue::Text("for_profit".into()));
    // A use that is not commercial weighs no fact at all.
    let free = determine(
        &Policy::Ppl,
        &ask(
            N,
            Some(OrgKind::ForProfit),
            &facts(T, T, T),
            Given::default(),
        ),
    )
    .unwrap();
    assert!(free.facts.is_empty() && free.contradictions.is_empty());
}

/// A worker-owned claim by an organization the instance knows is a company (or a public
/// body) needs evidence, naming what contradicts it, under every policy that weighs it.
#[test]
fn contradictions_need_evidence_and_say_what_contradicts() {
    let copyfair = Policy::Copyfair(CopyFair {
        fee: Some(FeeSchedule::Flat {
            amount: eur("100.00"),
        }),
        credit: None,
        period_days: 365,
    });
    let custom = Policy::Custom(Custom {
        title: "Ours".into(),
        text: "Terms.".into(),
        commercial: CustomCommercial::CommonsBasedOnly,
    });
    for policy in [Policy::Ppl, copyfair, custom] {
        for (kind, f) in [
            (OrgKind::ForProfit, facts(T, T, F)),
            // Even with waged labour declared, which alone would refuse under the PPL.
            (OrgKind::ForProfit, facts(T, T, T)),
            (OrgKind::PublicBody, facts(T, T, F)),
        ] {
            let d = determine(&policy, &ask(C, Some(kind), &f, Given::default())).unwrap();
            assert_eq!(d.outcome, NeedsEvidence, "{policy:?} {kind:?}");
            assert_eq!(
                d.contradictions,
                [Contradiction {
                    fact: FactName::WorkerOwned,
                    declared: FactValue::Bool(true),
                    known_fact: FactName::OrganizationKind,
                    known: FactValue::Text(kind.as_str().into()),
                }],
                "{policy:?}"
            );
            assert!(d.fee.is_none());
            // The declared claim is shown as declared.
            assert!(
                d.facts
                    .iter()
                    .any(|f| f.name == FactName::WorkerOwned && f.source == Source::Declared)
            );
        }
    }
    // Agreeing with what the instance knows is no contradiction.
    let d = determine(
        &Policy::Ppl,
        &ask(
            C,
            Some(OrgKind::ForProfit),
            &facts(F, U, U),
            Given::default(),
        ),
    )
    .unwrap();
    assert_eq!(d.outcome, NotPermitted);
    assert!(d.contradictions.is_empty());
}

fn copyfair(fee: FeeSchedule, per_contribution: &str, per_hour: &str) -> Policy {
    Policy::Copyfair(CopyFair {
        fee: Some(fee),
        credit: Some(CreditRates {
            per_contribution: eur(per_contribution),
            per_hour: eur(per_hour),
        }),
        period_days: 365,
    })
}

fn revenue_share(bp: i64) -> FeeSchedule {
    FeeSchedule::RevenueShare {
        basis_points: bp,
        currency: "EUR".parse().unwrap(),
    }
}

fn given(contributions: i64, minutes: i64) -> Given {
    Given {
        contributions,
        minutes,
        paid_in: None,
    }
}

/// CopyFair: who uses it freely, who owes what, and how the credit and rounding go.
#[test]
fn copyfair_fees_less_credit() {
    use OrgKind::*;
    let share = copyfair(revenue_share(300), "40.00", "25.00");
    let flat = copyfair(
        FeeSchedule::Flat {
            amount: eur("500.00"),
        },
        "40.00",
        "25.00",
    );
    let per_unit = copyfair(
        FeeSchedule::PerUnit {
            amount: eur("12.50"),
            unit_name: "installation".into(),
        },
        "40.00",
        "0",
    );
    let with_revenue = |r: &'static str| Facts {
        revenue: Some(r),
        ..Facts::default()
    };
    let with_units = |n: i64| Facts {
        units: Some(n),
        ..Facts::default()
    };
    // (what, policy, use, kind, facts, given, outcome, clauses, fee: gross, credit, owed)
    #[allow(clippy::type_complexity)]
    let rows: Vec<(
        &str,
        &Policy,
        Use,
        Option<OrgKind>,
        Facts,
        Given,
        Outcome,
        Vec<ClauseId>,
        Option<(&str, &str, &str)>,
    )> = vec![
        (
            "anyone, not commercially",
            &share,
            N,
            Some(ForProfit),
            Facts::default(),
            given(0, 0),
            PermittedNonCommercial,
            vec![CopyFairGrant],
            None,
        ),
        (
            "a cooperative, by its kind",
            &share,
            C,
            Some(Cooperative),
            Facts::default(),
            given(0, 0),
            PermittedCommonsBased,
            vec![CopyFairCommonsBased],
            None,
        ),
        (
            "a for-benefit association (a non-profit)",
            &flat,
            C,
            Some(ForBenefit),
            Facts::default(),
            given(0, 0),
            PermittedCommonsBased,
            vec![CopyFairCommonsBased],
            None,
        ),
        (
            "a phyle",
            &flat,
            C,
            Some(Phyle),
            Facts::default(),
            given(0, 0),
            PermittedCommonsBased,
            vec![CopyFairCommonsBased],
            None,
        ),
        (
            "a public body",
            &flat,
            C,
            Some(PublicBody),
            Facts::default(),
            given(0, 0),
            PermittedCommonsBased,
            vec![CopyFairCommonsBased],
            None,
        ),
        (
            "an informal group that declares itself worker-owned and sharing",
            &flat,
            C,
            Some(InformalGroup),
            facts(T, T, U),
            given(0, 0),
            PermittedCommonsBased,
            vec![CopyFairCommonsBased],
            None,
        ),
        (
            "a worker-owned claim without the surplus: evidence asked",
            &flat,
            C,
            None,
            facts(T, U, U),
            given(0, 0),
            NeedsEvidence,
            vec![CopyFairCommonsBased],
            None,
        ),
        (
            "a person who contributed in the period uses it freely",
            &share,
            C,
            None,
            Facts::default(),
            given(1, 0),
            PermittedReciprocityMet,
            vec![CopyFairContributors],
            None,
        ),
        (
            "a person who recorded hours of work in the period too",
            &share,
            C,
            None,
            Facts::default(),
            given(0, 90),
            PermittedReciprocityMet,
            vec![CopyFairContributors],
            None,
        ),
        (
            "the company: 3 % of 18 000.00 € is 540.00 €, less 2 × 40.00 € and 3 h × \
             25.00 €",
            &share,
            C,
            Some(ForProfit),
            with_revenue("18000.00 EUR"),
            given(2, 180),
            PermittedWithFee,
            vec![CopyFairReciprocity, CopyFairCredit],
            Some(("540.00 EUR", "155.00 EUR", "385.00 EUR")),
        ),
        (
            "the company having given nothing back",
            &share,
            C,
            Some(ForProfit),
            with_revenue("18000.00 EUR"),
            given(0, 0),
            PermittedWithFee,
            vec![CopyFairReciprocity],
            Some(("540.00 EUR", "0.00 EUR", "540.00 EUR")),
        ),
        (
            "a credit that exceeds the fee leaves nothing owed, never less",
            &share,
            C,
            Some(ForProfit),
            with_revenue("1000.00 EUR"),
            given(5, 600),
            PermittedReciprocityMet,
            vec![CopyFairReciprocity, CopyFairCredit],
            Some(("30.00 EUR", "450.00 EUR", "0.00 EUR")),
        ),
        (
            "a credit that exactly meets the fee",
            &share,
            C,
            Some(ForProfit),
            with_revenue("4000.00 EUR"),
            given(3, 0),
            PermittedReciprocityMet,
            vec![CopyFairReciprocity, CopyFairCredit],
            Some(("120.00 EUR", "120.00 EUR", "0.00 EUR")),
        ),
        (
            "3 % of 4 000.01 € is 120.0003 €, which rounds to what the credit meets",
            &share,
            C,
            Some(ForProfit),
            with_revenue("4000.01 EUR"),
            given(3, 0),
            PermittedReciprocityMet,
            vec![CopyFairReciprocity, CopyFairCredit],
            Some(("120.00 EUR", "120.00 EUR", "0.00 EUR")),
        ),
        (
            "3 % of 4 000.17 € is 120.0051 €: 120.01 €, a credit one cent short",
            &share,
            C,
            Some(ForProfit),
            with_revenue("4000.17 EUR"),
            given(3, 0),
            PermittedWithFee,
            vec![CopyFairReciprocity, CopyFairCredit],
            Some(("120.01 EUR", "120.00 EUR", "0.01 EUR")),
        ),
        (
            "no revenue, no fee",
            &share,
            C,
            Some(ForProfit),
            with_revenue("0.00 EUR"),
            given(0, 0),
            PermittedReciprocityMet,
            vec![CopyFairReciprocity],
            Some(("0.00 EUR", "0.00 EUR", "0.00 EUR")),
        ),
        (
            "a share of revenue without the revenue: evidence asked",
            &share,
            C,
            Some(ForProfit),
            Facts::default(),
            given(2, 0),
            NeedsEvidence,
            vec![CopyFairReciprocity],
            None,
        ),
        (
            "a flat fee needs no revenue",
            &flat,
            C,
            Some(ForProfit),
            Facts::default(),
            given(1, 30),
            PermittedWithFee,
            vec![CopyFairReciprocity, CopyFairCredit],
            Some(("500.00 EUR", "52.50 EUR", "447.50 EUR")),
        ),
        (
            "a person who gave nothing owes the flat fee",
            &flat,
            C,
            None,
            Facts::default(),
            given(0, 0),
            PermittedWithFee,
            vec![CopyFairReciprocity],
            Some(("500.00 EUR", "0.00 EUR", "500.00 EUR")),
        ),
        (
            "a price per unit: 37 installations at 12.50 €, less one contribution",
            &per_unit,
            C,
            Some(ForProfit),
            with_units(37),
            given(1, 600),
            PermittedWithFee,
            vec![CopyFairReciprocity, CopyFairCredit],
            Some(("462.50 EUR", "40.00 EUR", "422.50 EUR")),
        ),
        (
            "a price per unit without the units: evidence asked",
            &per_unit,
            C,
            Some(ForProfit),
            Facts::default(),
            given(0, 0),
            NeedsEvidence,
            vec![CopyFairReciprocity],
            None,
        ),
        (
            "a company that declares it is not worker-owned is weighed like any company",
            &flat,
            C,
            Some(ForProfit),
            facts(F, F, T),
            given(0, 0),
            PermittedWithFee,
            vec![CopyFairReciprocity],
            Some(("500.00 EUR", "0.00 EUR", "500.00 EUR")),
        ),
    ];
    for (what, policy, use_, org, f, g, outcome, clauses, fee) in rows {
        let d = determine(policy, &ask(use_, org, &f, g)).unwrap();
        assert_eq!(d.outcome, outcome, "{what}: {d:#?}");
        assert_eq!(d.clauses, clauses, "{what}");
        let shown = d.fee.as_ref().map(|f| {
            (
                f.gross.to_string(),
                f.credit.to_string(),
                f.owed.to_string(),
            )
        });
        let want = fee.map(|(g, c, o)| (g.to_string(), c.to_string(), o.to_string()));
        assert_eq!(shown, want, "{what}");
        // The fee is served only when one is owed.
        assert_eq!(
            d.fee_owed().map(|m| m.to_string()),
            if outcome == PermittedWithFee {
                fee.map(|f| f.2.to_string())
            } else {
                None
            },
            "{what}"
        );
        if outcome.permits() {
            assert_eq!(d.conditions, [CopyFairAttribution], "{what}");
        }
    }
}

/// A share is rounded half up to the cent once, at the end, and so are hours.
#[test]
fn copyfair_rounds_half_up_once() {
    let share = copyfair(revenue_share(250), "0", "0");
    let fee = |revenue: &'static str| {
        let d = determine(
            &share,
            &ask(
                C,
                Some(OrgKind::ForProfit),
                &Facts {
                    revenue: Some(revenue),
                    ..Facts::default()
                },
                given(0, 0),
            ),
        )
        .unwrap();
        d.fee.unwrap().gross.to_string()
    };
    assert_eq!(fee("1.00 EUR"), "0.03 EUR"); // 0.025: half, up
    assert_eq!(fee("0.99 EUR"), "0.02 EUR"); // 0.02475
    assert_eq!(fee("1.01 EUR"), "0.03 EUR"); // 0.02525
    assert_eq!(fee("0.01 EUR"), "0.00 EUR"); // 0.00025
    assert_eq!(fee("0.20 EUR"), "0.01 EUR"); // 0.005: half, up
    // The largest revenue there is, without overflow.
    assert_eq!(fee("92233720368547758.07 EUR"), "2305843009213693.95 EUR");
    // Hours: 25.00 € an hour for 100 minutes is 41.666… €, credited as 41.67 €.
    let d = determine(
        &copyfair(
            FeeSchedule::Flat {
                amount: eur("100.00"),
            },
            "0",
            "25.00",
        ),
        &ask(
            C,
            Some(OrgKind::ForProfit),
            &Facts::default(),
            given(0, 100),
        ),
    )
    .unwrap();
    let f = d.fee.unwrap();
    assert_eq!(f.credit.to_string(), "41.67 EUR");
    assert_eq!(f.owed.to_string(), "58.33 EUR");
    assert_eq!(
        d.facts
            .iter()
            .find(|f| f.name == FactName::HoursOfWork)
            .unwrap()
            .value,
        FactValue::Text("1.67 hours".into())
    );
}

/// Money paid into the commons counts for what it is; paid in another currency it is
/// not the fee's and is left out.
#[test]
fn money_paid_in_is_credited() {
    let flat = copyfair(
        FeeSchedule::Flat {
            amount: eur("300.00"),
        },
        "10.00",
        "0",
    );
    let paid = |m: Money| Given {
        contributions: 1,
        minutes: 0,
        paid_in: Some(m),
    };
    let d = determine(
        &flat,
        &ask(
            C,
            Some(OrgKind::ForProfit),
            &Facts::default(),
            paid(eur("100.00")),
        ),
    )
    .unwrap();
    let f = d.fee.clone().unwrap();
    assert_eq!(
        (f.credit.to_string(), f.owed.to_string()),
        ("110.00 EUR".into(), "190.00 EUR".into())
    );
    assert!(d.facts.iter().any(|f| f.name == FactName::PaidIn
        && f.source == Source::Instance
        && f.value == FactValue::Text("100.00 EUR".into())));
    let usd = amounts::money("paid", "100.00 USD").unwrap();
    let d = determine(
        &flat,
        &ask(C, Some(OrgKind::ForProfit), &Facts::default(), paid(usd)),
    )
    .unwrap();
    assert_eq!(d.fee.unwrap().owed.to_string(), "290.00 EUR");
    let d = determine(
        &flat,
        &ask(
            C,
            Some(OrgKind::ForProfit),
            &Facts::default(),
            paid(eur("300.00")),
        ),
    )
    .unwrap();
    assert_eq!(d.outcome, PermittedReciprocityMet);
}

/// What the engine refuses outright: a revenue in another currency than the fee's, a
/// negative count of units, a fee beyond 64-bit minor units.
#[test]
fn input_the_policy_cannot_weigh_is_refused() {
    let share = copyfair(revenue_share(300), "0", "0");
    let usd = Facts {
        revenue: Some("100.00 USD"),
        ..Facts::default()
    };
    let e = determine(&share, &ask(C, Some(OrgKind::ForProfit), &usd, given(0, 0))).unwrap_err();
    assert_eq!(e.code(), "currency_mismatch");
    let per_unit = copyfair(
        FeeSchedule::PerUnit {
            amount: eur("1000000.00"),
            unit_name: "copy".into(),
        },
        "0",
        "0",
    );
    let units = |n| Facts {
        units: Some(n),
        ..Facts::default()
    };
    let e = determine(&per_unit, &ask(C, None, &units(-1), given(0, 0))).unwrap_err();
    assert_eq!(e.code(), "invalid_units");
    let e = determine(&per_unit, &ask(C, None, &units(i64::MAX), given(0, 0))).unwrap_err();
    assert_eq!(e.code(), "amount_too_large");
    let e = determine(
        &copyfair(
            FeeSchedule::Flat {
                amount: eur("1.00"),
            },
            "92233720368547758.07",
            "0",
        ),
        &ask(C, Some(OrgKind::ForProfit), &Facts::default(), given(2, 0)),
    )
    .unwrap_err();
    assert_eq!(e.code(), "amount_too_large");
}

/// A CopyFair commons whose maintainers declared no schedule yet (its licence alone):
/// the free uses stay free; the others are referred to an agreement.
#[test]
fn copyfair_without_a_schedule() {
    let policy = Policy::of_licence(COPYFAIR_REF);
    let company = determine(
        &policy,
        &ask(C, Some(OrgKind::ForProfit), &Facts::default(), given(3, 0)),
    )
    .unwrap();
    assert_eq!(company.outcome, NotPermitted);
    assert_eq!(company.clauses, [CopyFairReciprocity]);
    assert_eq!(company.conditions, [CopyFairAgreement]);
    let coop = determine(
        &policy,
        &ask(
            C,
            Some(OrgKind::Cooperative),
            &Facts::default(),
            given(0, 0),
        ),
    )
    .unwrap();
    assert_eq!(coop.outcome, PermittedCommonsBased);
}

/// Open licences: any use on their terms, but the non-commercial ones refuse commercial
/// use unless another licence of the expression allows it.
#[test]
fn open_licences() {
    let cases = [
        ("CC-BY-SA-4.0", C, PermittedCommonsBased, SpdxOpen),
        ("AGPL-3.0-or-later", C, PermittedCommonsBased, SpdxOpen),
        ("MIT OR Apache-2.0", C, PermittedCommonsBased, SpdxOpen),
        ("CC-BY-NC-4.0", C, NotPermitted, SpdxNonCommercial),
        ("CC-BY-NC-SA-4.0", C, NotPermitted, SpdxNonCommercial),
        ("CC-BY-NC-4.0 OR MIT", C, PermittedCommonsBased, SpdxOpen),
        ("CC-BY-NC-4.0 AND MIT", C, NotPermitted, SpdxNonCommercial),
        (
            "PolyForm-Noncommercial-1.0.0",
            C,
            NotPermitted,
            SpdxNonCommercial,
        ),
        (
            "LicenseRef-PPL OR CC-BY-SA-4.0",
            C,
            PermittedCommonsBased,
            SpdxOpen,
        ),
        ("CC-BY-NC-4.0", N, PermittedNonCommercial, SpdxOpen),
        ("CC0-1.0", N, PermittedNonCommercial, SpdxOpen),
    ];
    for (expression, use_, outcome, clause) in cases {
        let policy = Policy::of_licence(expression);
        assert_eq!(policy.kind(), "spdx");
        let d = determine(
            &policy,
            &ask(use_, Some(OrgKind::ForProfit), &facts(T, T, T), given(0, 0)),
        )
        .unwrap();
        assert_eq!(
            (d.outcome, d.clauses.as_slice()),
            (outcome, &[clause][..]),
            "{expression}"
        );
        // An open licence weighs no fact: a contradiction in the claims changes nothing.
        assert!(
            d.facts.is_empty() && d.contradictions.is_empty(),
            "{expression}"
        );
    }
    assert_eq!(Policy::of_licence(PPL_REF), Policy::Ppl);
}

/// A custom policy: its text decides, with its rule for commercial use.
#[test]
fn custom_policies() {
    let custom = |commercial| {
        Policy::Custom(Custom {
            title: "Lagomar seed licence".into(),
            text: "Share the seeds; growers' cooperatives may sell.".into(),
            commercial,
        })
    };
    use CustomCommercial::*;
    let rows = [
        (
            Permitted,
            N,
            None,
            Facts::default(),
            PermittedNonCommercial,
            vec![CustomText],
        ),
        (
            Permitted,
            C,
            Some(OrgKind::ForProfit),
            Facts::default(),
            PermittedCommonsBased,
            vec![CustomText, CustomPermitted],
        ),
        (
            SeparateAgreement,
            C,
            Some(OrgKind::Cooperative),
            Facts::default(),
            NotPermitted,
            vec![CustomText, CustomSeparateAgreement],
        ),
        (
            CommonsBasedOnly,
            C,
            Some(OrgKind::Cooperative),
            Facts::default(),
            PermittedCommonsBased,
            vec![CustomText, CustomCommonsBased],
        ),
        (
            CommonsBasedOnly,
            C,
            Some(OrgKind::ForProfit),
            Facts::default(),
            NotPermitted,
            vec![CustomText, CustomCommonsBased],
        ),
        (
            CommonsBasedOnly,
            C,
            None,
            facts(T, T, U),
            PermittedCommonsBased,
            vec![CustomText, CustomCommonsBased],
        ),
        (
            CommonsBasedOnly,
            C,
            None,
            Facts::default(),
            NeedsEvidence,
            vec![CustomText, CustomCommonsBased],
        ),
    ];
    for (rule, use_, org, f, outcome, clauses) in rows {
        let d = determine(&custom(rule), &ask(use_, org, &f, given(0, 0))).unwrap();
        assert_eq!(
            (d.outcome, d.clauses),
            (outcome, clauses),
            "{rule:?} {org:?}"
        );
    }
}

/// A breach ends the rights under every policy, whatever the use.
#[test]
fn a_breach_terminates() {
    let policies = [
        (Policy::Ppl, PplTermination),
        (Policy::of_licence("MIT"), SpdxTermination),
        (Policy::of_licence(COPYFAIR_REF), CopyFairTermination),
        (
            Policy::Custom(Custom {
                title: "t".into(),
                text: "x".into(),
                commercial: CustomCommercial::Permitted,
            }),
            CustomTermination,
        ),
    ];
    for (policy, clause) in policies {
        for use_ in [C, N] {
            let mut a = ask(
                use_,
                Some(OrgKind::Cooperative),
                &facts(T, T, F),
                given(4, 0),
            );
            a.known.breached = true;
            let d = determine(&policy, &a).unwrap();
            assert_eq!(d.outcome, Terminated);
            assert_eq!(d.clauses, [clause]);
            assert_eq!(sources(&d), [("breach", Source::Instance)]);
        }
    }
}

/// What a maintainer sends is read into a policy, or refused with its reason.
#[test]
fn policies_are_read_or_refused() {
    let input = |v: serde_json::Value| serde_json::from_value::<PolicyInput>(v).unwrap();
    let ok = input(serde_json::json!({
        "policy": "copyfair",
        "fee": {"schedule": "revenue_share", "basis_points": 300, "currency": "EUR"},
        "credit": {"per_contribution": "40.00 EUR", "per_hour": "25.00 EUR"},
    }))
    .parse()
    .unwrap();
    assert_eq!(ok, copyfair(revenue_share(300), "40.00", "25.00"));
    for ppl in [
        serde_json::json!({"policy": "ppl"}),
        serde_json::json!({"policy": "PPL"}),
        serde_json::json!({"policy": "LicenseRef-PPL"}),
        serde_json::json!({"kind": "ppl"}),
    ] {
        assert_eq!(input(ppl).parse().unwrap(), Policy::Ppl);
    }
    let spelled = input(serde_json::json!({
        "policy": "LicenseRef-CopyFair",
        "fee_schedule": {"kind": "revenue_share", "basis_points": 300, "currency": "EUR"},
        "credit": {"per_contribution": "40.00 EUR", "per_hour": "25.00 EUR"},
    }))
    .parse()
    .unwrap();
    assert_eq!(spelled, copyfair(revenue_share(300), "40.00", "25.00"));
    let custom = input(serde_json::json!({
        "policy": "custom", "title": " Seeds ", "text": "Share.", "commercial": "permitted"
    }))
    .parse()
    .unwrap();
    assert_eq!(custom.kind(), "custom");
    let flat = input(serde_json::json!({
        "policy": "copyfair", "fee": {"schedule": "flat", "amount": "120 EUR"}, "period_days": 30
    }))
    .parse()
    .unwrap();
    assert_eq!(flat.period_days(), 30);
    let bad = [
        (serde_json::json!({"policy": "gpl"}), "invalid_policy"),
        (
            serde_json::json!({"policy": "ppl", "fee": {"schedule": "flat", "amount": "1 EUR"}}),
            "invalid_policy",
        ),
        (serde_json::json!({"policy": "copyfair"}), "invalid_policy"),
        (serde_json::json!({"policy": "spdx"}), "invalid_policy"),
        (
            serde_json::json!({"policy": "custom", "title": "", "text": "x", "commercial": "permitted"}),
            "invalid_policy",
        ),
        (
            serde_json::json!({"policy": "custom", "title": "t", "text": "x", "commercial": "sometimes"}),
            "invalid_policy",
        ),
        (
            serde_json::json!({"policy": "copyfair", "fee": {"schedule": "weekly"}}),
            "invalid_fee_schedule",
        ),
        (
            serde_json::json!({"policy": "copyfair", "fee": {"schedule": "flat"}}),
            "invalid_fee_schedule",
        ),
        (
            serde_json::json!({"policy": "copyfair", "fee": {"schedule": "flat", "amount": "12,00 EUR"}}),
            "invalid_fee_schedule",
        ),
        (
            serde_json::json!({"policy": "copyfair", "fee": {"schedule": "flat", "amount": "-1 EUR"}}),
            "invalid_fee_schedule",
        ),
        (
            serde_json::json!({"policy": "copyfair", "fee": {"schedule": "flat", "amount": "0 EUR"}}),
            "invalid_fee_schedule",
        ),
        (
            serde_json::json!({"policy": "copyfair", "fee": {"schedule": "flat", "amount": "5 hours"}}),
            "invalid_fee_schedule",
        ),
        (
            serde_json::json!({"policy": "copyfair", "fee": {"schedule": "flat", "amount": "5 EUR", "basis_points": 3}}),
            "invalid_fee_schedule",
        ),
        (
            serde_json::json!({"policy": "copyfair", "fee": {"schedule": "revenue_share", "basis_points": 0, "currency": "EUR"}}),
            "invalid_fee_schedule",
        ),
        (
            serde_json::json!({"policy": "copyfair", "fee": {"schedule": "revenue_share", "basis_points": 10001, "currency": "EUR"}}),
            "invalid_fee_schedule",
        ),
        (
            serde_json::json!({"policy": "copyfair", "fee": {"schedule": "revenue_share", "basis_points": 300, "currency": "EURO"}}),
            "invalid_fee_schedule",
        ),
        (
            serde_json::json!({"policy": "copyfair", "fee": {"schedule": "per_unit", "amount": "5 EUR"}}),
            "invalid_fee_schedule",
        ),
        (
            serde_json::json!({"policy": "copyfair", "fee": {"schedule": "flat", "amount": "5 EUR"},
                "credit": {"per_hour": "20 USD"}}),
            "invalid_fee_schedule",
        ),
        (
            serde_json::json!({"policy": "copyfair", "fee": {"schedule": "flat", "amount": "5 EUR"},
                "period_days": 0}),
            "invalid_fee_schedule",
        ),
    ];
    for (v, code) in bad {
        let e = input(v.clone()).parse().unwrap_err();
        assert_eq!(e.code(), code, "{v}");
    }
    // A field the schema does not know is refused by serde itself.
    assert!(
        serde_json::from_value::<PolicyInput>(serde_json::json!({"policy": "ppl", "fees": 1}))
            .is_err()
    );
}

/// A determination reads back from its stored JSON as it was.
#[test]
fn determinations_round_trip() {
    let d = determine(
        &copyfair(revenue_share(300), "40.00", "25.00"),
        &ask(
            C,
            Some(OrgKind::ForProfit),
            &Facts {
                revenue: Some("18000.00 EUR"),
                ..Facts::default()
            },
            given(2, 180),
        ),
    )
    .unwrap();
    let json = serde_json::to_string(&d).unwrap();
    assert!(json.contains("\"copyfair-4-credit\""), "{json}");
    assert_eq!(serde_json::from_str::<Determination>(&json).unwrap(), d);
    let p = copyfair(revenue_share(300), "40.00", "25.00");
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(serde_json::from_str::<Policy>(&json).unwrap(), p);
    assert!(json.starts_with(r#"{"policy":"copyfair""#), "{json}");
}

/// Each outcome is served by the name the contract gives it.
#[test]
fn outcomes_are_served_by_their_names() {
    let names: Vec<&str> = Outcome::ALL.iter().map(|o| o.as_str()).collect();
    assert_eq!(
        names,
        [
            "permitted_non_commercial",
            "permitted_commons_based",
            "permitted_reciprocity_met",
            "permitted_with_fee",
            "not_permitted",
            "needs_evidence",
            "terminated",
        ]
    );
    for o in Outcome::ALL {
        assert_eq!(serde_json::to_value(o).unwrap(), o.as_str());
        assert_eq!(o.permits(), o.as_str().starts_with("permitted"));
    }
}

/// A breach's reason is said in words, briefly.
#[test]
fn breach_reasons() {
    assert_eq!(
        breach_reason("  Sold it without paying the fee  ").unwrap(),
        "Sold it without paying the fee"
    );
    assert_eq!(breach_reason("Two\nlines").unwrap(), "Two\nlines");
    assert_eq!(breach_reason(" ").unwrap_err().code(), "missing_field");
    assert_eq!(
        breach_reason(&"x".repeat(501)).unwrap_err().code(),
        "too_long"
    );
    assert_eq!(
        breach_reason("bell\u{7}").unwrap_err().code(),
        "invalid_field"
    );
}
