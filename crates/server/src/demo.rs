//! Demo data: a small believable territory so that a newcomer sees a living instance.
//! Each domain contributes a seeder to `SEEDERS`; they run in order, in one transaction,
//! and only on an instance that has no demo data yet.

use crate::accounts::model::{OrgKind, Person, Role};
use crate::accounts::orgs::{self, OrgFields};
use crate::accounts::{password, store};
use crate::db::{Db, DbConn};
use crate::error::AppError;
use std::collections::HashMap;

/// The password of every demo person (printed by `commonfare demo`).
pub const DEMO_PASSWORD: &str = "commonfare-demo";

/// What earlier seeders made, for later ones to build on.
#[derive(Default)]
pub struct DemoContext {
    pub people: HashMap<&'static str, Person>,
    /// The argon2 hash of `DEMO_PASSWORD`, computed once (hashing is slow on purpose).
    pub password_hash: String,
}

pub type Seeder = fn(&mut DbConn, &mut DemoContext) -> Result<(), AppError>;

/// Domains append their seeder here; accounts come first because others need people.
pub const SEEDERS: &[(&str, Seeder)] = &[
    ("people and organizations", seed_accounts),
    ("commons", crate::commons::demo::seed),
    ("discussion", crate::discussion::demo::seed),
];

/// Loads the demo unless it is there already; returns whether it loaded.
pub fn load(db: &Db) -> Result<bool, AppError> {
    let password_hash = password::hash(DEMO_PASSWORD)?;
    db.write_blocking(move |c| {
        if store::person_by_handle(c, "amara")?.is_some() {
            return Ok(false);
        }
        let mut ctx = DemoContext {
            password_hash,
            ..Default::default()
        };
        for (name, seed) in SEEDERS {
            seed(c, &mut ctx).inspect_err(|_| {
                tracing::error!(seeder = name, "demo seeder failed");
            })?;
        }
        Ok(true)
    })
}

const PEOPLE: &[(&str, &str, &str)] = &[
    (
        "amara",
        "Amara Okafor",
        "Runs the makerspace's electronics bench; maintains the open irrigation controller.",
    ),
    (
        "bruno",
        "Bruno Ferri",
        "Baker, member of the bread cooperative, writes recipes nobody owns.",
    ),
    (
        "chen",
        "Chen Wei",
        "Civic officer at the city's Office for the Commons.",
    ),
    (
        "dolores",
        "Dolores Ruiz",
        "Software developer; contributes to the mapping commons in her evenings.",
    ),
    (
        "emil",
        "Emil Novak",
        "Founder of a small company that sells installation of open hardware.",
    ),
    (
        "fatima",
        "Fatima Haddad",
        "Organizes the Tuesday repair café.",
    ),
];

/// handle, name, founder, kind, description, invited members.
type DemoOrg = (
    &'static str,
    &'static str,
    &'static str,
    OrgKind,
    &'static str,
    &'static [(&'static str, Role)],
);

fn seed_accounts(c: &mut DbConn, ctx: &mut DemoContext) -> Result<(), AppError> {
    for (handle, name, bio) in PEOPLE {
        let p = store::create_person(
            c,
            store::NewPerson {
                handle: handle.to_string(),
                display_name: name.to_string(),
                email: None,
                password_hash: ctx.password_hash.clone(),
                is_admin: false,
            },
        )?;
        let p = store::update_profile(c, &p, name, bio, None)?;
        ctx.people.insert(handle, p);
    }
    let who = |h: &str| {
        ctx.people
            .get(h)
            .cloned()
            .ok_or_else(|| AppError::not_found(h))
    };
    let orgs: &[DemoOrg] = &[
        (
            "lagomar-city",
            "City of Lagomar — Office for the Commons",
            "chen",
            OrgKind::PublicBody,
            "The city's office that signs collaboration pacts, funds participatory budgets and runs the tool library.",
            &[("amara", Role::Member)],
        ),
        (
            "makers-lagomar",
            "Lagomar Makers Association",
            "amara",
            OrgKind::ForBenefit,
            "For-benefit association that keeps the makerspace, its machines and its shared designs open to all.",
            &[
                ("dolores", Role::Admin),
                ("fatima", Role::Member),
                ("emil", Role::Member),
            ],
        ),
        (
            "pane-comune",
            "Pane Comune bakery cooperative",
            "bruno",
            OrgKind::Cooperative,
            "Worker cooperative baking with flour from the valley; its recipes are a commons.",
            &[("fatima", Role::Member)],
        ),
        (
            "opengrow",
            "OpenGrow Installations Ltd",
            "emil",
            OrgKind::ForProfit,
            "Installs and services the open irrigation controller; pays a reciprocity fee to the commons.",
            &[],
        ),
        (
            "circuito",
            "Circuito",
            "dolores",
            OrgKind::Phyle,
            "An ethical company of commoners: its members maintain the mapping commons and pledge surplus to it.",
            &[("amara", Role::Member)],
        ),
        (
            "repair-tuesday",
            "Tuesday Repair Café",
            "fatima",
            OrgKind::InformalGroup,
            "Neighbours who fix things together every Tuesday at the library.",
            &[("bruno", Role::Member)],
        ),
    ];
    for (handle, name, founder, kind, description, members) in orgs {
        let founder = who(founder)?;
        let fields = OrgFields {
            name: name.to_string(),
            kind: *kind,
            description: description.to_string(),
            website: String::new(),
        };
        let org = orgs::create(c, &founder, handle, fields)?;
        for (member, role) in members.iter() {
            let m = who(member)?;
            orgs::invite(c, &founder, &org, &m, *role)?;
            orgs::accept(c, &m, &org)?;
        }
    }
    Ok(())
}
