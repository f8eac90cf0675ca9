//! Demo discussion: threads on the repair manuals (which guide to write next, with one
//! edited comment and one deleted; whose photos go in them), the discussion of the bread
//! planner's open oven-schedule contribution, and a thread on the makers' association
//! about opening hours (`seed`); and, once bodies, budgets and determinations are seeded
//! (`seed_on_objects`, run after them), a thread on the makers' general assembly, the
//! discussion of its Saturday-mornings motion, of a project of the city's 2026 budget and
//! of OpenGrow's determination for the irrigation controller. Seeded through the same
//! flows as real use, so the journal holds what real use would leave.

use super::scope::{Scope, ScopeKind};
use super::service;
use super::subject;
use crate::commons as commons_store;
use crate::db::DbConn;
use crate::error::{AppError, detail};
use crate::seed::DemoContext;

const REPAIR: &str = "lagomar-repair-manuals";
const PLANNER: &str = "bread-planner";
const MAKERS: &str = "makers-lagomar";
/// The open contribution of the bread planner that the demo discusses.
const OVEN: &str = "Oven schedule: when each batch goes in";

/// Seeds the demo discussion; needs the demo commons seeded before it.
pub fn seed(c: &mut DbConn, ctx: &mut DemoContext) -> Result<(), AppError> {
    let who = |h: &str| ctx.person(h);
    let repair = Scope::of_commons(&commons_store::require_commons(c, REPAIR)?);
    let (photos, _) = service::start_thread(
        c,
        &who("amara")?,
        &repair,
        "Photos in the guides: whose, and under which licence?",
        "The makerspace's camera is free on Tuesdays. If I take the photos, they go in \
         under the commons' licence like the text, so that forks can reuse them. Anyone \
         against?",
    )?;
    service::comment(
        c,
        &who("fatima")?,
        &repair,
        photos,
        "Fine by me. Please leave faces and serial numbers out of the pictures.",
    )?;
    let (thread, _) = service::start_thread(
        c,
        &who("fatima")?,
        &repair,
        "Which guide do we write next?",
        "Last Tuesday we saw **four washing machines** with a blocked drain pump and \
         two phones with cracked screens. I would write the pump guide next: it saves a \
         machine from the tip and needs only a screwdriver.\n\nOther wishes?",
    )?;
    let (thread, _) = service::comment(
        c,
        &who("amara")?,
        &repair,
        thread,
        "+1 for the pump. I can bring the makerspace's camera so that every step has a \
         photo. Phone screens need a heat plate and glue we do not have yet.",
    )?;
    let (thread, wrong) = service::comment(
        c,
        &who("emil")?,
        &repair,
        thread,
        "The controller's firmware is out, see the release notes.",
    )?;
    // Posted in the wrong commons; its author removes it, and a tombstone stays.
    service::delete(c, &who("emil")?, &wrong.id)?;
    let (_, emil) = service::comment(
        c,
        &who("emil")?,
        &repair,
        thread,
        "OpenGrow services a lot of machines like these. We can pay for two hours of \
         writing on Tuesday: that is what the reciprocity fee is for.",
    )?;
    service::edit(
        c,
        &who("emil")?,
        &emil.id,
        "OpenGrow's technicians see a lot of machines like these. We can pay for **three** \
         hours of writing on Tuesday, and review the draft: that is what the reciprocity \
         fee is for.",
    )?;

    let planner = commons_store::require_commons(c, PLANNER)?;
    let oven = commons_store::contributions(c, &planner.id, 100)?
        .into_iter()
        .find(|k| k.message == OVEN)
        .ok_or_else(|| AppError::not_found(detail!("problem-no-contribution-id")))?;
    let steps = [
        (
            "bruno",
            "Thanks! One thing: since September the new deck oven takes **30** loaves a \
             load, not 24. Rye first is right — it wants the hottest stone.",
        ),
        (
            "dolores",
            "Good catch. I will update the change to 30 loaves and read the capacity from \
             `oven.toml`, so the next oven needs no code change.",
        ),
        (
            "fatima",
            "Could the schedule also print on one A4 page? The night shift has no screen \
             near the oven.",
        ),
    ];
    for (author, body) in steps {
        service::comment_on_contribution(c, &who(author)?, &planner, &oven, body)?;
    }

    let makers = Scope::find(c, ScopeKind::Organization, MAKERS)?;
    let (hours, _) = service::start_thread(
        c,
        &who("dolores")?,
        &makers,
        "Opening the makerspace on Saturday mornings?",
        "Three people asked this month for time on the laser cutter outside the week. \
         I can open on Saturdays from 9 to 12 if someone trained shares the mornings.",
    )?;
    service::comment(
        c,
        &who("emil")?,
        &makers,
        hours,
        "I took the laser training in October: count me in for every other Saturday.",
    )?;
    Ok(())
}

/// Seeds the threads on a body, a decision, a budget project and a determination; needs
/// the bodies', the budgets' and the coalition's demos seeded before it.
pub fn seed_on_objects(c: &mut DbConn, ctx: &mut DemoContext) -> Result<(), AppError> {
    let who = |h: &str| ctx.person(h);
    let assembly = Scope::find(c, ScopeKind::Body, "makers-lagomar/assembly")?;
    let (agenda, _) = service::start_thread(
        c,
        &who("amara")?,
        &assembly,
        "Agenda for the January assembly",
        "So far: the Saturday openings after one month, the laser cutter's maintenance \
         contract, and who keeps the accounts next year. Anything else to add before the \
         agenda goes out on the 5th?",
    )?;
    service::comment(
        c,
        &who("emil")?,
        &assembly,
        agenda,
        "Please add the insurance for the workshop: the renewal is due in February and the \
         premium went up by a third.",
    )?;

    let saturdays = crate::bodies::decision_card_by_number(c, "makers-lagomar", "assembly", 1)?;
    let (scope, motion) = subject::decision(c, &saturdays.id)?;
    for (author, body) in [
        (
            "fatima",
            "I consent, with one concern: who cleans up after the Saturday session? The \
             Monday group found the dust extractor full twice last month.",
        ),
        (
            "dolores",
            "Fair point. The last person out empties the extractor and signs the sheet on \
             the door; I will put the sheet up this week.",
        ),
    ] {
        service::comment_on_subject(c, &who(author)?, &scope, &motion, body)?;
    }

    let library = crate::budgets::find_project(
        c,
        "Lagomar participatory budget 2026",
        "A library of things in every district",
    )?
    .ok_or_else(|| AppError::not_found(detail!("problem-no-budget-project", id = "library")))?;
    let (scope, project) = subject::project(c, &library.process.id, &library.id)?;
    for (author, body) in [
        (
            "chen",
            "The harbour district offers the ground floor of the old fish market for the \
             first library: rent-free for three years, the city pays the heating.",
        ),
        (
            "amara",
            "The makers can run the lending desk two evenings a week. We would need a \
             **lockable cupboard** for the power tools and a simple sign-out sheet.",
        ),
    ] {
        service::comment_on_subject(c, &who(author)?, &scope, &project, body)?;
    }

    let controller = commons_store::require_commons(c, "open-irrigation-controller")?;
    let asked = crate::coalition::latest_determinations(c, &controller.id, 20)?
        .into_iter()
        .find(|d| d.party == "@opengrow")
        .ok_or_else(|| AppError::not_found(detail!("problem-no-determination", id = "opengrow")))?;
    let (scope, determination) = subject::determination(c, &asked.id)?;
    service::comment_on_subject(
        c,
        &who("emil")?,
        &scope,
        &determination,
        "We accepted the fee. For next year: does a controller we sell as a kit, \
         assembled by the buyer, count as selling the controller under this policy?",
    )?;
    Ok(())
}
