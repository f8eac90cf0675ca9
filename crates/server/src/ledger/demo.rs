//! Demo ledger: the makers' association's treasury — neighbours' donations, a sponsorship
//! from OpenGrow (the territory's company), membership fees, filament and a laser tube
//! paid from a bank account that must not go negative, one donation recorded twice and
//! reversed — and the repair manuals' treasury with the licence fee of a printed edition,
//! most of it distributed back to the manuals' contributors by CredRank, and most of a
//! library grant previewed the same way, approved by one maintainer and waiting for the
//! second (the treasury's rule asks both above 200 euros), and a share by hours held by
//! the other maintainer's objection. The makers'
//! expenses need both stewards: one paid, one rejected with its reason, one waiting for
//! the second approval; the deposit for the town hall set aside as a hold.
//! The Tuesday Repair Café's workshop group (a body) keeps its own small fund.
//! Seeded through the same flows as the API, over the last months, so the pages show a
//! few months of income and expenses.

use super::distributions::{self, NewDistribution};
use super::expenses::{self, NewExpense, Receipt};
use super::holds::{self, NewHold};
use super::payouts;
use super::peer;
use super::policies;
use super::service::{self, Draft, NewAccount};
use super::store::{self, TreasuryRow};
use crate::db::DbConn;
use crate::error::AppError;
use crate::seed::DemoContext;
use crate::web::actor::Actor;

const MAKERS: &str = "makers-lagomar";
const REPAIR: &str = "lagomar-repair-manuals";

/// The day `months` months before today (`YYYY-MM-DD`), on day `day` of that month.
fn months_ago(months: i64, day: i8) -> Result<String, AppError> {
    let d = service::today()
        .checked_sub(jiff::Span::new().months(months))
        .and_then(|d| d.with().day(day.min(28)).build())
        .map_err(AppError::internal)?;
    Ok(d.min(service::today()).to_string())
}

fn account(
    c: &mut DbConn,
    who: &Actor,
    t: &TreasuryRow,
    name: &str,
    kind: &str,
    no_negative: bool,
) -> Result<(), AppError> {
    service::open_account(
        c,
        who,
        t,
        NewAccount {
            name,
            kind,
            unit: "EUR",
            must_not_go_negative: no_negative,
        },
    )?;
    Ok(())
}

fn record(
    c: &mut DbConn,
    who: &Actor,
    t: &TreasuryRow,
    mut d: Draft,
    when: String,
    memo: &str,
    reference: &str,
) -> Result<i64, AppError> {
    d.date = Some(when);
    d.memo = memo.to_string();
    d.reference = reference.to_string();
    Ok(service::record(c, who, t, d)?.transaction.number)
}

/// Seeds the demo ledger; needs the demo organizations and commons seeded before it.
pub fn seed(c: &mut DbConn, ctx: &mut DemoContext) -> Result<(), AppError> {
    let amara = ctx.person("amara")?;
    let dolores = ctx.person("dolores")?;
    let makers = service::open_treasury(c, &amara, "organization", MAKERS)?;
    account(c, &amara, &makers, "bank", "asset", true)?;
    account(c, &amara, &makers, "cash-box", "asset", false)?;
    account(c, &amara, &makers, "donors:neighbours", "external", false)?;
    account(c, &amara, &makers, "members", "external", false)?;
    account(c, &amara, &makers, "sponsors:opengrow", "external", false)?;
    account(c, &amara, &makers, "suppliers:filament", "external", false)?;
    account(
        c,
        &amara,
        &makers,
        "suppliers:laser-parts",
        "external",
        false,
    )?;
    let mut for_repair =
        Draft::income("donation", "35.50", "EUR", "cash-box", "donors:neighbours")?;
    for_repair.earmark = Some(REPAIR.to_string());
    let steps: [(&Actor, Draft, String, &str, &str); 7] = [
        (
            &amara,
            Draft::income("membership_fee", "240.00", "EUR", "bank", "members")?,
            months_ago(3, 5)?,
            "Yearly fees of twelve members",
            "TRF 2026-0412",
        ),
        (
            &dolores,
            for_repair,
            months_ago(3, 19)?,
            "Donation box at the open evening, for the repair manuals",
            "Receipt 17",
        ),
        (
            &amara,
            Draft::income("sponsorship", "1500.00", "EUR", "bank", "sponsors:opengrow")?,
            months_ago(2, 2)?,
            "OpenGrow sponsors the laser cutter's repair",
            "TRF OG-2026-118",
        ),
        (
            &dolores,
            Draft::spending("86.40", "EUR", "bank", "suppliers:filament")?,
            months_ago(2, 14)?,
            "Six reels of recycled PETG filament",
            "Invoice F-5531",
        ),
        (
            &amara,
            Draft::spending("640.00", "EUR", "bank", "suppliers:laser-parts")?,
            months_ago(1, 9)?,
            "New CO2 tube for the laser cutter",
            "Invoice LP-2210",
        ),
        (
            &dolores,
            Draft::income("donation", "20.00", "EUR", "cash-box", "donors:neighbours")?,
            months_ago(0, 3)?,
            "Donation box at the repair evening",
            "Receipt 18",
        ),
        (
            &dolores,
            Draft::income("donation", "20.00", "EUR", "cash-box", "donors:neighbours")?,
            months_ago(0, 3)?,
            "Donation box at the repair evening",
            "Receipt 18",
        ),
    ];
    let mut last = 0;
    for (who, draft, when, memo, reference) in steps {
        last = record(c, who, &makers, draft, when, memo, reference)?;
    }
    // The same receipt was entered twice: the second entry is reversed, not deleted.
    service::reverse(
        c,
        &dolores,
        &makers,
        last,
        "Receipt 18 was entered twice",
        None,
        serde_json::Map::new(),
    )?;

    seed_expenses(c, ctx, &makers)?;

    let fatima = ctx.person("fatima")?;
    let repair = service::open_treasury(c, &fatima, "commons", REPAIR)?;
    account(c, &fatima, &repair, "bank", "asset", true)?;
    // The manuals' two maintainers: one approval is enough, two above 200 euros.
    expenses::set_rule(
        c,
        &fatima,
        &repair,
        1,
        &[expenses::Tier {
            amount: "200.00".into(),
            unit: "EUR".into(),
            approvals: 2,
        }],
        None,
    )?;
    account(
        c,
        &fatima,
        &repair,
        "licensees:print-shop",
        "external",
        false,
    )?;
    account(c, &fatima, &repair, "suppliers:printing", "external", false)?;
    record(
        c,
        &fatima,
        &repair,
        Draft::income(
            "licence_fee",
            "180.00",
            "EUR",
            "bank",
            "licensees:print-shop",
        )?,
        months_ago(1, 20)?,
        "Print shop's fee for the bound edition sold at the library",
        "TRF PS-77",
    )?;
    record(
        c,
        &fatima,
        &repair,
        Draft::spending("45.00", "EUR", "bank", "suppliers:printing")?,
        months_ago(0, 1)?,
        "Laminated copies of the safety guide for the café's tables",
        "Receipt 2026-31",
    )?;
    // The feedback loop: the manuals' treasury shares money by CredRank unless told
    // otherwise; most of the print shop's fee goes back to the contributors by it,
    // posted; a second share by hours waits as a preview.
    policies::set(c, &fatima, &repair, "credrank", None)?;
    let fee_back = distributions::preview(
        c,
        &fatima,
        &repair,
        NewDistribution {
            policy: None,
            parameters: None,
            amount: "120.00",
            unit: "EUR",
            account: None,
            since: None,
            until: None,
            memo: "The print shop's licence fee, back to the manuals' contributors",
        },
    )?;
    // Under the rule of one approval below 200 euros, fatima's approval posts it.
    let (posted, _) = distributions::approve(
        c,
        &fatima,
        &repair,
        fee_back.number,
        "The cred follows the guides people used at the café",
    )?;
    // One contributor asks for their share, and fatima approves and pays it: what the
    // treasury owes them falls to nothing as the money leaves the bank.
    let shares = store::shares_of(c, &posted.id)?;
    if let Some(first) = shares.iter().find(|s| s.person_id != fatima.id.as_str()) {
        let handle = crate::accounts::handle_of(c, &first.person_id)?;
        let recipient = ctx.person(&handle)?;
        let payout = payouts::claim(
            c,
            &recipient,
            &repair,
            &payouts::PayoutRequest {
                amount: None,
                payout: "Transfer to the account on file with the stewards",
                description: "My share of the print shop's fee",
            },
        )?;
        expenses::vote(c, &fatima, &repair, payout.number, true, "")?;
        expenses::pay(c, &fatima, &repair, payout.number, "bank", None)?;
    }
    let by_hours = distributions::preview(
        c,
        &fatima,
        &repair,
        NewDistribution {
            policy: Some("hours"),
            parameters: None,
            amount: "15.00",
            unit: "EUR",
            account: None,
            since: None,
            until: None,
            memo: "What is left of the fee, for the hours of testing and workshops",
        },
    )?;
    // bruno holds it until the workshop hours are logged: an objection with its reason.
    distributions::object(
        c,
        &ctx.person("bruno")?,
        &repair,
        by_hours.number,
        "The November workshop hours are not logged yet; sharing by hours now leaves them out",
    )?;
    seed_peer_rounds(c, ctx, &fatima, &repair)?;
    seed_grant_back(c, &fatima, &repair)?;
    seed_workshop_fund(c, &fatima)
}

/// The library network's grant for the translations, most of it back to the manuals'
/// contributors by CredRank: above 200 euros, so both maintainers must approve it;
/// fatima did, saying why, and it waits for bruno.
fn seed_grant_back(c: &mut DbConn, fatima: &Actor, repair: &TreasuryRow) -> Result<(), AppError> {
    account(c, fatima, repair, "funders:library", "external", false)?;
    record(
        c,
        fatima,
        repair,
        Draft::income("grant", "300.00", "EUR", "bank", "funders:library")?,
        months_ago(0, 2)?,
        "The library network's grant for translating the manuals",
        "GRANT BL-2026-07",
    )?;
    let grant_back = distributions::preview(
        c,
        fatima,
        repair,
        NewDistribution {
            policy: None,
            parameters: None,
            amount: "240.00",
            unit: "EUR",
            account: None,
            since: None,
            until: None,
            memo: "Most of the library's grant, back to those who wrote and tested the manuals",
        },
    )?;
    distributions::approve(
        c,
        fatima,
        repair,
        grant_back.number,
        "The shares follow the cred of the guides; bruno, check that the new translators are in",
    )?;
    Ok(())
}

/// A body's treasury: the Tuesday Repair Café's workshop group keeps a small fund for
/// spare parts, fed by the café's tip jar.
fn seed_workshop_fund(c: &mut DbConn, fatima: &Actor) -> Result<(), AppError> {
    let fund = service::open_treasury(c, fatima, "body", "repair-tuesday/workshop")?;
    account(c, fatima, &fund, "cash-box", "asset", true)?;
    account(c, fatima, &fund, "donors:tip-jar", "external", false)?;
    account(c, fatima, &fund, "suppliers:parts", "external", false)?;
    record(
        c,
        fatima,
        &fund,
        Draft::income("donation", "45.00", "EUR", "cash-box", "donors:tip-jar")?,
        months_ago(1, 3)?,
        "The café's tip jar, for the workshop's spare parts",
        "TIP-JAR-OCT",
    )?;
    record(
        c,
        fatima,
        &fund,
        Draft::spending("12.40", "EUR", "cash-box", "suppliers:parts")?,
        months_ago(0, 2)?,
        "Fuses and a kettle switch",
        "Ferretería Marina 3412",
    )?;
    Ok(())
}

/// Peer allocation in the manuals' treasury: a closed round in which each contributor
/// gave their 100 points to the others, with a distribution by it waiting as a preview,
/// and a second round open with one member's gifts in.
fn seed_peer_rounds(
    c: &mut DbConn,
    ctx: &mut DemoContext,
    fatima: &crate::web::actor::Actor,
    repair: &store::TreasuryRow,
) -> Result<(), AppError> {
    let first = peer::open(c, fatima, repair, 100, 14)?;
    let members = store::peer_members(c, &first.id)?;
    let mut handles = Vec::new();
    for id in &members {
        handles.push(crate::accounts::handle_of(c, id)?);
    }
    // Each gives most to the next member in line, the rest spread over the others.
    let n = handles.len();
    for (i, giver) in handles.iter().enumerate() {
        let who = ctx.person(giver)?;
        let mut gifts = std::collections::BTreeMap::new();
        let others: Vec<&String> = (1..n).map(|k| &handles[(i + k) % n]).collect();
        for (k, to) in others.iter().enumerate() {
            let points = if k == 0 {
                60
            } else {
                40 / (others.len() as i64 - 1).max(1)
            };
            if points > 0 {
                gifts.insert((*to).clone(), points);
            }
        }
        // One member keeps back a few points: what is not given is not counted.
        if i == n - 1
            && let Some(first_gift) = gifts.values_mut().next()
        {
            *first_gift -= 10;
        }
        peer::give(c, &who, repair, first.number, &gifts)?;
    }
    peer::close(c, fatima, repair, first.number)?;
    distributions::preview(
        c,
        fatima,
        repair,
        NewDistribution {
            policy: Some("peer"),
            parameters: None,
            amount: "30.00",
            unit: "EUR",
            account: None,
            since: None,
            until: None,
            memo: "The café's tip jar, shared by the contributors' own appreciation",
        },
    )?;
    let second = peer::open(c, fatima, repair, 100, 21)?;
    if let (Some(giver), Some(to)) = (handles.first(), handles.get(1)) {
        let who = ctx.person(giver)?;
        let gifts = std::collections::BTreeMap::from([(to.clone(), 70)]);
        peer::give(c, &who, repair, second.number, &gifts)?;
    }
    Ok(())
}

/// The makers' expenses: both stewards must approve each; members submit them. Tips for
/// the soldering station approved and paid, pizza rejected with the reason, and a laser
/// lens approved once and waiting for the second steward.
fn seed_expenses(
    c: &mut DbConn,
    ctx: &mut DemoContext,
    makers: &TreasuryRow,
) -> Result<(), AppError> {
    let amara = ctx.person("amara")?;
    let dolores = ctx.person("dolores")?;
    let fatima = ctx.person("fatima")?;
    let emil = ctx.person("emil")?;
    expenses::set_rule(c, &amara, makers, 2, &[], None)?;
    // A budget line for the workshop's tools and parts this year; the tips and the lens go
    // on it, the pizza does not.
    let year = service::today().year();
    super::lines::add(
        c,
        &amara,
        makers,
        super::lines::NewLine {
            name: "Workshop tools and parts",
            amount: "300.00",
            unit: "EUR",
            starts_on: &format!("{year}-01-01"),
            ends_on: &format!("{year}-12-31"),
            source: "/orgs/makers-lagomar/bodies/assembly",
        },
    )?;
    // Going over it is flagged on the expense, not refused: the assembly reviews it.
    super::lines::set_rule(c, &amara, makers, "flag")?;
    let submit = |c: &mut DbConn,
                  who: &Actor,
                  line: Option<i64>,
                  title: &str,
                  amount: &str,
                  payee: &str,
                  what: &str,
                  receipt: &[u8]| {
        expenses::submit(
            c,
            who,
            makers,
            NewExpense {
                title,
                description: what,
                amount,
                unit: "EUR",
                payee,
                payout: "IBAN ES91 2100 0418 4502 0005 1332",
                receipt: Some(Receipt {
                    name: "receipt.txt".into(),
                    media_type: "text/plain".into(),
                    bytes: receipt.to_vec(),
                }),
                receipt_private_reason: None,
                budget_line: line,
                draft: false,
            },
        )
    };
    let tips = submit(
        c,
        &fatima,
        Some(1),
        "Tips for the soldering station",
        "24.90",
        "Electrónica Lagomar",
        "Five fine tips: the old ones no longer hold solder.",
        b"Electronica Lagomar - ticket 8812 - 5 x soldering tip T18 - 24.90 EUR",
    )?;
    expenses::vote(
        c,
        &amara,
        makers,
        tips.number,
        true,
        "We use it every Tuesday",
    )?;
    expenses::vote(c, &dolores, makers, tips.number, true, "")?;
    expenses::pay(
        c,
        &dolores,
        makers,
        tips.number,
        "bank",
        Some("suppliers:electronics"),
    )?;
    let pizza = submit(
        c,
        &emil,
        None,
        "Pizza for the repair evening",
        "48.00",
        "Pizzeria del Puerto",
        "Dinner for the eight volunteers.",
        b"Pizzeria del Puerto - 4 pizzas - 48.00 EUR",
    )?;
    expenses::vote(
        c,
        &dolores,
        makers,
        pizza.number,
        false,
        "Food comes from the café's donation box, not from the bank account",
    )?;
    let lens = submit(
        c,
        &fatima,
        Some(1),
        "Replacement lens for the laser cutter",
        "120.00",
        "LaserParts SL",
        "The lens cracked during the workshop; the machine is blocked until it is replaced.",
        b"LaserParts SL - quote Q-2210 - ZnSe lens 20 mm - 120.00 EUR",
    )?;
    expenses::vote(
        c,
        &amara,
        makers,
        lens.number,
        true,
        "The machine is blocked without it",
    )?;
    seed_flow(c, ctx, makers, &submit)?;
    // The deposit for the town hall's open day, set aside from the bank for a month.
    account(c, &amara, makers, "venues:town-hall", "external", false)?;
    holds::place(
        c,
        &amara,
        makers,
        NewHold {
            from: "bank",
            to: "venues:town-hall",
            amount: "150.00",
            unit: "EUR",
            expires_at: crate::db::now_ms() + 30 * 24 * 3_600_000,
            memo: "Deposit for the town hall's open day",
        },
    )?;
    Ok(())
}

/// Submits an expense to the makers with a receipt: who, budget line, title, amount,
/// payee, description, the receipt's bytes.
type SubmitWithReceipt<'a> = dyn Fn(
        &mut DbConn,
        &Actor,
        Option<i64>,
        &str,
        &str,
        &str,
        &str,
        &[u8],
    ) -> Result<super::store::ExpenseRow, AppError>
    + 'a;

/// The rest of the flow at the makers': from now on an expense no steward objects to for a
/// week is approved by consent. A draft banner; filament asked for more; the open day's
/// insurance approved and scheduled; an oven advert marked as spam; an oscilloscope held
/// by an objection; sandpaper waiting out its week.
fn seed_flow(
    c: &mut DbConn,
    ctx: &mut DemoContext,
    makers: &TreasuryRow,
    submit: &SubmitWithReceipt<'_>,
) -> Result<(), AppError> {
    let amara = ctx.person("amara")?;
    let dolores = ctx.person("dolores")?;
    let fatima = ctx.person("fatima")?;
    let emil = ctx.person("emil")?;
    let bruno = ctx.person("bruno")?;
    expenses::set_rule(c, &amara, makers, 2, &[], Some(7))?;
    expenses::submit(
        c,
        &emil,
        makers,
        NewExpense {
            title: "Banner for the open day",
            description: "A 2 m banner with the association's name, for the town hall.",
            amount: "35.00",
            unit: "EUR",
            payee: "Copistería Lagomar",
            payout: "IBAN ES12 0049 1500 0512 3456 7892",
            receipt: None,
            receipt_private_reason: None,
            budget_line: None,
            draft: true,
        },
    )?;
    let filament = submit(
        c,
        &fatima,
        Some(1),
        "Filament for the 3D printers",
        "62.40",
        "Filamentos del Sur",
        "Four reels of PLA.",
        b"Filamentos del Sur - order 4471 - 4 x PLA 1 kg - 62.40 EUR",
    )?;
    expenses::ask_more(
        c,
        &amara,
        makers,
        filament.number,
        "Which colours? Please attach the supplier's quote, not the order",
    )?;
    let insurance = submit(
        c,
        &emil,
        None,
        "Insurance for the open day",
        "85.00",
        "Mutua Lagomar",
        "Public liability cover for the day at the town hall, as the hall asks.",
        b"Mutua Lagomar - policy 2026-OD-118 - one day - 85.00 EUR",
    )?;
    expenses::vote(
        c,
        &amara,
        makers,
        insurance.number,
        true,
        "The hall asks for it",
    )?;
    expenses::vote(c, &dolores, makers, insurance.number, true, "")?;
    let week = service::today()
        .checked_add(jiff::Span::new().days(7))
        .map_err(AppError::internal)?;
    expenses::schedule(c, &dolores, makers, insurance.number, &week.to_string())?;
    let advert = submit(
        c,
        &bruno,
        None,
        "Oven for sale: 30% off at Pane Comune",
        "1.00",
        "Pane Comune",
        "Come and see our second-hand deck oven!",
        b"Advert",
    )?;
    expenses::mark_spam(
        c,
        &amara,
        makers,
        advert.number,
        "An advert, not an expense of the association",
    )?;
    let scope = submit(
        c,
        &fatima,
        Some(1),
        "Second-hand oscilloscope",
        "95.00",
        "Wallapop seller",
        "A 2-channel 50 MHz scope for the electronics bench.",
        b"Message from the seller - Rigol DS1052E - 95.00 EUR",
    )?;
    expenses::object(
        c,
        &dolores,
        makers,
        scope.number,
        "The library lends one; let us try it for a month first",
    )?;
    submit(
        c,
        &emil,
        None,
        "Sandpaper and wood glue",
        "12.50",
        "Ferretería Marina",
        "For the shelves of the repair corner.",
        b"Ferreteria Marina - ticket 3390 - 12.50 EUR",
    )?;
    Ok(())
}

/// The city's treasury, opened once its participatory budgets are counted (a seeder run
/// after the budgets'): a regional grant comes in, and the newest finished budget's
/// funded projects become its budget lines.
pub fn seed_city(c: &mut DbConn, ctx: &mut DemoContext) -> Result<(), AppError> {
    let chen = ctx.person("chen")?;
    let city = service::open_treasury(c, &chen, "organization", "lagomar-city")?;
    account(c, &chen, &city, "bank", "asset", true)?;
    account(c, &chen, &city, "funders:region", "external", false)?;
    record(
        c,
        &chen,
        &city,
        Draft::income("grant", "1500000.00", "EUR", "bank", "funders:region")?,
        months_ago(2, 1)?,
        "The region's grant for the participatory budget's projects",
        "REG-PB-2026",
    )?;
    let org = crate::accounts::require_org(c, "lagomar-city")?;
    let Some((budget, _)) = crate::budgets::with_results(c, &org)?.into_iter().next() else {
        return Ok(());
    };
    let year = service::today().year();
    let (lines, _) = super::lines::from_budget(
        c,
        &chen,
        &city,
        super::lines::FromBudget {
            budget: &budget,
            unit: "EUR",
            starts_on: &format!("{year}-01-01"),
            ends_on: &format!("{}-12-31", year + 1),
        },
    )?;
    // The project under way spends against its price: the works' first invoice is paid,
    // the trees' delivery approved and waiting to be paid.
    let funded = crate::budgets::funded_projects(c, &budget)?;
    let Some(line) = funded
        .projects
        .iter()
        .find(|p| p.status == "under_way")
        .and_then(|p| lines.iter().find(|l| l.source == p.url))
    else {
        return Ok(());
    };
    account(c, &chen, &city, "suppliers:works", "external", false)?;
    expenses::set_rule(c, &chen, &city, 1, &[], None)?;
    let amara = ctx.person("amara")?;
    let submit = |c: &mut DbConn, title: &str, amount: &str, payee: &str, what: &str| {
        expenses::submit(
            c,
            &amara,
            &city,
            NewExpense {
                title,
                description: what,
                amount,
                unit: "EUR",
                payee,
                payout: "IBAN ES76 0081 0216 7400 0123 4567",
                receipt: Some(Receipt {
                    name: "invoice.txt".into(),
                    media_type: "text/plain".into(),
                    bytes: format!("{payee} - {title} - {amount} EUR").into_bytes(),
                }),
                receipt_private_reason: None,
                budget_line: Some(line.number),
                draft: false,
            },
        )
    };
    let works = submit(
        c,
        "Fencing the site and digging the planting holes",
        "9800.00",
        "Obras Puerto Lagomar",
        "First invoice of the works, as the milestone 'Works began' says.",
    )?;
    expenses::vote(
        c,
        &chen,
        &city,
        works.number,
        true,
        "The works began on the agreed day",
    )?;
    expenses::pay(
        c,
        &chen,
        &city,
        works.number,
        "bank",
        Some("suppliers:works"),
    )?;
    let trees = submit(
        c,
        "First delivery of trees and benches",
        "14250.00",
        "Viveros del Valle",
        "Sixteen of the forty trees and their benches, planted.",
    )?;
    expenses::vote(
        c,
        &chen,
        &city,
        trees.number,
        true,
        "Sixteen trees are in, as counted on site",
    )?;
    Ok(())
}
