//! The demo territory's people and organizations: six people, a public body, a
//! for-benefit association, a cooperative, a company, a phyle and an informal group, with
//! their memberships, made through the same flows as the pages.

use super::model::{OrgKind, Role};
use super::orgs::{self, OrgFields};
use super::store;
use crate::db::DbConn;
use crate::error::{AppError, detail};
use crate::seed::DemoContext;

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

/// The address a demo person gave, if any.
fn demo_email(handle: &str) -> Option<String> {
    match handle {
        "amara" => Some("amara@makers-lagomar.example".into()),
        "emil" => Some("emil@opengrow.example".into()),
        _ => None,
    }
}

/// handle, name, founder, kind, description, invited members.
type DemoOrg = (
    &'static str,
    &'static str,
    &'static str,
    OrgKind,
    &'static str,
    &'static [(&'static str, Role)],
);

pub fn seed(c: &mut DbConn, ctx: &mut DemoContext) -> Result<(), AppError> {
    for (handle, name, bio) in PEOPLE {
        let p = store::create_person(
            c,
            store::NewPerson {
                handle: handle.to_string(),
                display_name: name.to_string(),
                // Two give an address, so that the controller's imported git history
                // (the coalition's demo) finds them among its authors.
                email: demo_email(handle),
                password_hash: ctx.password_hash.clone(),
                is_admin: false,
            },
        )?;
        let p = store::update_profile(c, &p, name, bio, demo_email(handle))?;
        // Two of them read the pages in their own language and time, wherever they sign in.
        let own = match *handle {
            "bruno" => Some(("it", "Europe/Rome")),
            "dolores" => Some(("es", "Europe/Madrid")),
            _ => None,
        };
        let p = match own {
            Some((lang, zone)) => {
                store::set_preferences(c, &p, Some(lang.into()), Some(zone.into()))?
            }
            None => p,
        };
        // Chen, the civic officer, administers the instance for the territory (sets its
        // default savings factors, among others).
        let p = if *handle == "chen" {
            store::make_admin(c, &p)?;
            store::require_person(c, handle)?
        } else {
            p
        };
        ctx.people.insert(handle, p.actor());
    }
    let who = |h: &str| {
        ctx.people
            .get(h)
            .cloned()
            .ok_or_else(|| AppError::not_found(detail!("problem-no-person", handle = h)))
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
            language: Some(crate::i18n::Lang::En),
        };
        let org = orgs::create(c, &founder, handle, fields)?;
        for (member, role) in members.iter() {
            let m = who(member)?;
            orgs::invite(c, &founder, &org, &m, *role)?;
            orgs::accept(c, &m, &org)?;
        }
        if *handle == "lagomar-city" {
            for (lang, name, description) in CITY_TRANSLATIONS {
                super::org_translations::put(
                    c,
                    &founder,
                    &org,
                    lang,
                    name,
                    description,
                    crate::i18n::Lang::En,
                )?;
            }
        }
    }
    Ok(())
}

/// The city's office in the territory's other languages: language, name, description.
const CITY_TRANSLATIONS: &[(&str, &str, &str)] = &[
    (
        "fr",
        "Ville de Lagomar — Office des communs",
        "Le service de la ville qui signe les pactes de collaboration, finance les budgets participatifs et gère la bibliothèque d'outils.",
    ),
    (
        "it",
        "Comune di Lagomar — Ufficio per i beni comuni",
        "L'ufficio comunale che firma i patti di collaborazione, finanzia i bilanci partecipativi e gestisce la biblioteca degli attrezzi.",
    ),
    (
        "es",
        "Ciudad de Lagomar — Oficina de los Comunes",
        "La oficina municipal que firma los pactos de colaboración, financia los presupuestos participativos y gestiona la biblioteca de herramientas.",
    ),
];

/// The phyle, founded once its members are commoners (after the commons' demo): Circuito,
/// an ethical company whose members map the city's public spaces, and which pledges a
/// share of its surplus to that commons (the coalition's demo).
pub fn seed_phyles(c: &mut DbConn, ctx: &mut DemoContext) -> Result<(), AppError> {
    let dolores = ctx.person("dolores")?;
    let amara = ctx.person("amara")?;
    let fields = OrgFields {
        name: "Circuito".into(),
        kind: OrgKind::Phyle,
        description: "An ethical company of commoners: its members maintain the mapping commons and pledge surplus to it.".into(),
        website: String::new(),
        language: Some(crate::i18n::Lang::En),
    };
    let org = orgs::create(c, &dolores, "circuito", fields)?;
    orgs::invite(c, &dolores, &org, &amara, Role::Member)?;
    orgs::accept(c, &amara, &org)?;
    Ok(())
}
