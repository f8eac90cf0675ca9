//! Demo commons of the Lagomar territory: a repair manual, the bakery's planner, the
//! city's open data, the bakery's recipes (under the Peer Production License) and the
//! makers' irrigation controller (under CopyFair), each with a believable history. Every
//! step goes through the same service flows as the API (create, propose, review, add maintainer), so the journal,
//! revisions and reviews are exactly what real use would leave behind.

use super::model::blob::{FileKind, FileLimits};
use super::model::contribution::Transition;
use super::service::{self, FileInput, OpKind};
use super::store::CommonsRow;
use crate::db::DbConn;
use crate::error::AppError;
use crate::seed::DemoContext;

/// One file edit of a demo change: op, path, content (ignored for deletes).
type Edit = (OpKind, &'static str, &'static str);

/// One step of a commons' history, applied in order.
enum Step {
    /// A change by `author`, accepted by the maintainer `by`.
    Accepted {
        author: &'static str,
        by: &'static str,
        message: &'static str,
        files: &'static [Edit],
    },
    /// A change by `author`, rejected by `by` with a comment saying why.
    Rejected {
        author: &'static str,
        by: &'static str,
        message: &'static str,
        files: &'static [Edit],
        comment: &'static str,
    },
    /// A change still waiting for review.
    Open {
        author: &'static str,
        message: &'static str,
        files: &'static [Edit],
    },
    /// Work that is not a file change, accepted by `by`.
    Work {
        author: &'static str,
        by: &'static str,
        minutes: u32,
        description: &'static str,
        evidence: Option<&'static str>,
    },
    /// `by` (a maintainer) makes `who` a maintainer too.
    Maintainer { by: &'static str, who: &'static str },
}

struct DemoCommons {
    handle: &'static str,
    name: &'static str,
    summary: &'static str,
    kind: &'static str,
    licence: &'static str,
    home_org: &'static str,
    creator: &'static str,
    steps: &'static [Step],
}

use OpKind::{Add, Modify};

const REPAIR: DemoCommons = DemoCommons {
    handle: "lagomar-repair-manuals",
    name: "Lagomar repair manuals",
    summary: "Step-by-step guides written at the Tuesday Repair Café, so the next person can fix it alone.",
    kind: "knowledge",
    licence: "CC-BY-SA-4.0",
    home_org: "repair-tuesday",
    creator: "fatima",
    steps: &[
        Step::Accepted {
            author: "fatima",
            by: "fatima",
            message: "Start the manuals with a README and the safety rules",
            files: &[
                (
                    Add,
                    "README.md",
                    "# Lagomar repair manuals\n\nGuides written at the Tuesday Repair Café (library, 18:00–21:00).\nEach guide says what tools you need, how long it takes and when to stop and ask.\n\nShared under CC-BY-SA-4.0: copy them, improve them, keep them open.\n",
                ),
                (
                    Add,
                    "safety.md",
                    "# Before you open anything\n\n1. Unplug it, and wait five minutes for capacitors in power supplies.\n2. Never open a microwave oven: its capacitor can kill even unplugged.\n3. Photograph every step; screws go in labelled cups.\n",
                ),
            ],
        },
        Step::Maintainer {
            by: "fatima",
            who: "bruno",
        },
        Step::Accepted {
            author: "amara",
            by: "fatima",
            message: "Guide: replacing the fuse of a kettle base",
            files: &[(
                Add,
                "appliances/kettle-fuse.md",
                "# Kettle that does not heat\n\nTime: 30 minutes. Tools: Torx T10, multimeter.\n\n1. Remove the three screws under the base.\n2. Test the thermal fuse for continuity; if open, replace it with the same rating (usually 10 A, 216 °C).\n3. Crimp, do not solder: the fuse would melt.\n",
            )],
        },
        Step::Accepted {
            author: "emil",
            by: "bruno",
            message: "Guide: truing a bicycle wheel",
            files: &[(
                Add,
                "bicycles/truing-a-wheel.md",
                "# Truing a wheel\n\nTime: 45 minutes. Tools: spoke key, a zip tie as a gauge.\n\nTighten spokes a quarter turn at a time on the side opposite the wobble.\nCheck tension by plucking: neighbouring spokes should sound alike.\n",
            )],
        },
        Step::Accepted {
            author: "bruno",
            by: "fatima",
            message: "README: list the guides and how to add one",
            files: &[(
                Modify,
                "README.md",
                "# Lagomar repair manuals\n\nGuides written at the Tuesday Repair Café (library, 18:00–21:00).\nEach guide says what tools you need, how long it takes and when to stop and ask.\n\n- [Safety first](safety.md)\n- [Kettle that does not heat](appliances/kettle-fuse.md)\n- [Truing a wheel](bicycles/truing-a-wheel.md)\n\nTo add a guide, propose a change with one Markdown file per repair.\n\nShared under CC-BY-SA-4.0: copy them, improve them, keep them open.\n",
            )],
        },
        Step::Work {
            author: "dolores",
            by: "fatima",
            minutes: 180,
            description: "Translated the kettle and bicycle guides into Spanish for the Thursday group; printed copies are in the blue folder at the library desk",
            evidence: None,
        },
        Step::Rejected {
            author: "emil",
            by: "fatima",
            message: "Guide: opening a microwave to replace the magnetron",
            files: &[(
                Add,
                "appliances/microwave-magnetron.md",
                "# Replacing a magnetron\n\nDischarge the capacitor with a screwdriver, then unbolt the magnetron.\n",
            )],
            comment: "Thank you, but our safety rules say we never open microwave ovens at the café: the capacitor is lethal and a screwdriver is not a safe discharge tool. Could you write when to take one to the certified repairer instead?",
        },
        Step::Open {
            author: "amara",
            message: "Guide: replacing a worn vacuum cleaner belt",
            files: &[(
                Add,
                "appliances/vacuum-belt.md",
                "# Vacuum cleaner that hums but does not pick up\n\nTime: 15 minutes. Tools: flat screwdriver.\n\nThe belt has stretched. Remove the brush cover, lift the brush, loop the new belt over the motor shaft and back.\n",
            )],
        },
    ],
};

const PLANNER: DemoCommons = DemoCommons {
    handle: "bread-planner",
    name: "bread-planner",
    summary: "Plans tomorrow's bakes from orders and the sourdough schedule; written for Pane Comune, free for any bakery.",
    kind: "software",
    licence: "AGPL-3.0-or-later",
    home_org: "pane-comune",
    creator: "bruno",
    steps: &[
        Step::Accepted {
            author: "bruno",
            by: "bruno",
            message: "What the planner must do, in the bakers' words",
            files: &[(
                Add,
                "README.md",
                "# bread-planner\n\nEvery evening the cooperative needs to know how much levain to feed,\nhow much flour to weigh and when each batch goes in the oven.\nbread-planner reads the orders and prints that plan.\n\nLicence: AGPL-3.0-or-later.\n",
            )],
        },
        Step::Maintainer {
            by: "bruno",
            who: "dolores",
        },
        Step::Accepted {
            author: "dolores",
            by: "bruno",
            message: "First planner: levain and flour from a list of orders",
            files: &[
                (
                    Add,
                    "planner.py",
                    "\"\"\"Turns tomorrow's orders into a levain and flour plan.\"\"\"\n\nLEVAIN_SHARE = 0.20  # of the flour weight, the cooperative's recipe\n\n\ndef plan(orders):\n    flour = sum(o[\"loaves\"] * o[\"flour_g\"] for o in orders)\n    return {\"flour_g\": flour, \"levain_g\": round(flour * LEVAIN_SHARE)}\n",
                ),
                (
                    Add,
                    "docs/orders.md",
                    "# Orders file\n\nOne line per product: `name, loaves, flour grams per loaf`.\nExample: `country loaf, 40, 500`.\n",
                ),
            ],
        },
        Step::Accepted {
            author: "fatima",
            by: "dolores",
            message: "Add the rye loaf, which needs a longer proof",
            files: &[(
                Modify,
                "docs/orders.md",
                "# Orders file\n\nOne line per product: `name, loaves, flour grams per loaf`.\nExample: `country loaf, 40, 500`.\n\nRye loaves proof 14 hours instead of 10: put them first on the list.\n",
            )],
        },
        Step::Work {
            author: "fatima",
            by: "bruno",
            minutes: 120,
            description: "Tested two weeks of printed plans against what we actually baked (notes in the bakery logbook, 3–16 March)",
            evidence: None,
        },
        Step::Rejected {
            author: "emil",
            by: "dolores",
            message: "Send the plan to a cloud spreadsheet",
            files: &[(
                Add,
                "cloud_sync.py",
                "\"\"\"Uploads the plan to a hosted spreadsheet.\"\"\"\n\nAPI_KEY = \"paste-your-key-here\"\n",
            )],
            comment: "The cooperative decided to keep orders on our own machine, and a key in the source would leak. A CSV export the bakers can open themselves would be welcome.",
        },
        Step::Open {
            author: "dolores",
            message: "Oven schedule: when each batch goes in",
            files: &[(
                Add,
                "docs/oven.md",
                "# Oven schedule\n\nThe deck oven takes 24 loaves a load, 45 minutes each.\nThe planner will list loads in order, rye first, starting at 4:30.\n",
            )],
        },
    ],
};

const DATA: DemoCommons = DemoCommons {
    handle: "lagomar-open-data",
    name: "Lagomar open data: public spaces",
    summary: "The city's data on public fountains, benches and tool-library opening hours, open for anyone to reuse.",
    kind: "data",
    licence: "ODbL-1.0",
    home_org: "lagomar-city",
    creator: "chen",
    steps: &[
        Step::Accepted {
            author: "chen",
            by: "chen",
            message: "Publish the drinking fountains survey",
            files: &[
                (
                    Add,
                    "README.md",
                    "# Lagomar open data\n\nPublished by the Office for the Commons under the Open Database Licence (ODbL-1.0).\nCorrections from residents are welcome: propose a change, a maintainer checks it on site.\n",
                ),
                (
                    Add,
                    "fountains.csv",
                    "id,name,lat,lon,working\nF01,Piazza del Mercato,44.4101,8.9312,yes\nF02,Giardini Nord,44.4142,8.9275,yes\nF03,Via del Porto,44.4088,8.9350,no\n",
                ),
            ],
        },
        Step::Maintainer {
            by: "chen",
            who: "amara",
        },
        Step::Accepted {
            author: "dolores",
            by: "chen",
            message: "Fountain F03 works again since the repair in May",
            files: &[(
                Modify,
                "fountains.csv",
                "id,name,lat,lon,working\nF01,Piazza del Mercato,44.4101,8.9312,yes\nF02,Giardini Nord,44.4142,8.9275,yes\nF03,Via del Porto,44.4088,8.9350,yes\n",
            )],
        },
        Step::Accepted {
            author: "amara",
            by: "chen",
            message: "Add the tool library's opening hours",
            files: &[(
                Add,
                "tool-library.md",
                "# Tool library\n\nCity library, ground floor.\n\n| Day | Hours |\n|---|---|\n| Tuesday | 16:00–21:00 |\n| Saturday | 10:00–13:00 |\n",
            )],
        },
        Step::Work {
            author: "dolores",
            by: "amara",
            minutes: 240,
            description: "Walked the north district and checked every fountain's position with a GPS",
            // A reserved example domain: the demo must not point at anybody's real site.
            evidence: Some("https://opendata.lagomar.example/surveys/fountains-north.gpx"),
        },
        Step::Rejected {
            author: "bruno",
            by: "amara",
            message: "Add the bakery's opening hours",
            files: &[(Add, "shops.csv", "name,opens\nPane Comune,06:30\n")],
            comment: "This dataset is about public spaces only; shops' hours belong in the cooperative's own page. Thanks for thinking of it!",
        },
        Step::Open {
            author: "dolores",
            message: "Add the benches of Giardini Nord",
            files: &[(
                Add,
                "benches.csv",
                "id,place,lat,lon,shaded\nB01,Giardini Nord,44.4140,8.9270,yes\nB02,Giardini Nord,44.4144,8.9281,no\n",
            )],
        },
    ],
};

/// The bakery's recipes, under the Peer Production License: the coalition's demo asks
/// whether the bakery and a company may use them commercially.
const RECIPES: DemoCommons = DemoCommons {
    handle: "valley-bread-recipes",
    name: "Valley bread recipes",
    summary: "The bakery's recipes for bread from the valley's flour, under the Peer Production License: free to share, and free to sell bread from for those who own their work.",
    kind: "knowledge",
    licence: "LicenseRef-PPL",
    home_org: "pane-comune",
    creator: "bruno",
    steps: &[
        Step::Accepted {
            author: "bruno",
            by: "bruno",
            message: "Start with the everyday loaf",
            files: &[
                (
                    Add,
                    "README.md",
                    "# Valley bread recipes\n\nThe recipes Pane Comune bakes every day, with flour milled in the valley.\n\nShared under the Peer Production License: copy them and bake from them at home; a bakery owned by its bakers, sharing what it earns among them, may sell the bread too.\n",
                ),
                (
                    Add,
                    "pane-di-valle.md",
                    "# Pane di valle\n\n1 kg valley flour (type 1), 700 g water, 200 g levain, 22 g salt.\n\nMix flour and water, rest 1 hour. Add levain and salt, fold four times over two hours.\nShape, proof 12 hours at 5 °C, bake 45 minutes at 240 °C with steam for the first 15.\n",
                ),
            ],
        },
        Step::Accepted {
            author: "fatima",
            by: "bruno",
            message: "Rye sourdough from the repair café's starter",
            files: &[(
                Add,
                "rye-sourdough.md",
                "# Rye sourdough\n\n500 g whole rye, 450 g warm water, 100 g rye starter, 10 g salt.\n\nNo kneading: stir, pan, proof until the surface cracks (3–4 hours), bake 1 hour at 220 °C.\nWait a day before cutting.\n",
            )],
        },
    ],
};

/// The makers' irrigation controller, under CopyFair: the company that installs it owes a
/// share of its revenue, less what its founder gave back.
const CONTROLLER: DemoCommons = DemoCommons {
    handle: "open-irrigation-controller",
    name: "Open irrigation controller",
    summary: "Schematics, firmware notes and field tests of the makerspace's irrigation controller, under CopyFair: free for commoners and cooperatives, a fee from companies that sell it, less what they give back.",
    kind: "design",
    licence: "LicenseRef-CopyFair",
    home_org: "makers-lagomar",
    creator: "amara",
    steps: &[
        Step::Accepted {
            author: "amara",
            by: "amara",
            message: "Publish the controller board",
            files: &[
                (
                    Add,
                    "README.md",
                    "# Open irrigation controller\n\nEight zones, a soil moisture input, runs a season on a 12 V battery and a small panel.\n\nUnder CopyFair: build it, change it and share it freely. Cooperatives and associations may sell it; companies pay the fee the maintainers set, less what they give back.\n",
                ),
                (
                    Add,
                    "board.md",
                    "# Board\n\nMicrocontroller: RP2040. Outputs: eight MOSFET channels for 24 V AC valves through a relay board.\nInputs: two capacitive soil probes, one rain switch. Power: 12 V, 40 mA idle.\n",
                ),
            ],
        },
        Step::Accepted {
            author: "emil",
            by: "amara",
            message: "Wiring for 24 V AC solenoid valves",
            files: &[(
                Add,
                "valves.md",
                "# Valves\n\nCommon wire to the transformer's neutral; one wire per zone to its relay.\nUse 0.75 mm² cable up to 50 m; measure 20–30 Ω across a healthy coil.\n",
            )],
        },
        Step::Accepted {
            author: "emil",
            by: "amara",
            message: "Firmware: skip watering after rain",
            files: &[(
                Add,
                "firmware/rain-delay.md",
                "# Rain delay\n\nWhen the rain switch closes, skip the next two cycles; when the soil probes read above 40 %, skip the zone.\n",
            )],
        },
        Step::Work {
            author: "emil",
            by: "amara",
            minutes: 180,
            description: "Field test of six controllers in the Orti di Levante gardens",
            evidence: None,
        },
        Step::Accepted {
            author: "dolores",
            by: "amara",
            message: "Pin map of the moisture sensors",
            files: &[(
                Add,
                "sensors.md",
                "# Sensors\n\nProbe A: GPIO26 (ADC0). Probe B: GPIO27 (ADC1). Rain switch: GPIO15 with the internal pull-up.\n",
            )],
        },
    ],
};

const COMMONS: &[DemoCommons] = &[REPAIR, PLANNER, DATA, RECIPES, CONTROLLER];

/// A fork of a demo commons, the work done in it, and whether it is offered upstream.
struct DemoFork {
    parent: &'static str,
    handle: &'static str,
    name: &'static str,
    forker: &'static str,
    steps: &'static [Step],
    offer: Option<&'static str>,
}

const FORKS: &[DemoFork] = &[DemoFork {
    parent: "lagomar-repair-manuals",
    handle: "manuales-de-reparacion",
    name: "Manuales de reparación (edición en español)",
    forker: "emil",
    steps: &[Step::Accepted {
        author: "emil",
        by: "emil",
        message: "Translate the safety rules into Spanish",
        files: &[(
            Add,
            "es/seguridad.md",
            "# Seguridad\n\n1. Desenchufa el aparato antes de abrirlo.\n2. Los condensadores grandes guardan carga: descárgalos con la herramienta del taller.\n3. Nunca trabajes solo con la tensión de red.\n",
        )],
    }],
    offer: Some("Spanish safety rules, so the Thursday group can use the manuals too"),
}];

/// Seeds the demo commons and their forks; needs the people and organizations first.
pub fn seed(c: &mut DbConn, ctx: &mut DemoContext) -> Result<(), AppError> {
    for demo in COMMONS {
        seed_one(c, ctx, demo).inspect_err(|e| {
            tracing::error!(commons = demo.handle, error = %e, "demo commons failed");
        })?;
    }
    for demo in FORKS {
        seed_fork(c, ctx, demo).inspect_err(|e| {
            tracing::error!(commons = demo.handle, error = %e, "demo fork failed");
        })?;
    }
    Ok(())
}

fn seed_fork(c: &mut DbConn, ctx: &DemoContext, demo: &DemoFork) -> Result<(), AppError> {
    let parent = super::store::require_commons(c, demo.parent)?;
    let forker = ctx.person(demo.forker)?;
    super::forks::fork(c, &forker, &parent, demo.handle, Some(demo.name), None)?;
    for step in demo.steps {
        apply(c, ctx, demo.handle, step)?;
    }
    if let Some(message) = demo.offer {
        let fork = super::store::require_commons(c, demo.handle)?;
        super::forks::offer(c, &forker, &fork, message, &FileLimits::default())?;
    }
    Ok(())
}

fn seed_one(c: &mut DbConn, ctx: &DemoContext, demo: &DemoCommons) -> Result<(), AppError> {
    let creator = ctx.person(demo.creator)?;
    let new = service::new_commons(
        demo.handle,
        demo.name,
        demo.summary,
        demo.kind,
        demo.licence,
        Some(demo.home_org.to_string()),
    )?;
    let new = service::NewCommons {
        language: Some(crate::i18n::Lang::En),
        ..new
    };
    let row = service::create(c, &creator, new)?;
    for step in demo.steps {
        apply(c, ctx, demo.handle, step)?;
    }
    // Its maintainers give its name and summary in the other languages of the territory.
    for (lang, name, summary) in TRANSLATIONS
        .iter()
        .filter(|(handle, ..)| *handle == demo.handle)
        .map(|(_, lang, name, summary)| (lang, name, summary))
    {
        super::translations::put(
            c,
            &creator,
            &row,
            lang,
            name,
            summary,
            crate::i18n::Lang::En,
        )?;
    }
    Ok(())
}

/// Demo commons' names and summaries in other languages: handle, language, name, summary.
/// The open data commons has no Spanish version, so a Spanish viewer sees the page say so.
const TRANSLATIONS: &[(&str, &str, &str, &str)] = &[
    (
        "lagomar-repair-manuals",
        "fr",
        "Manuels de réparation de Lagomar",
        "Des guides pas à pas écrits au Repair Café du mardi, pour que la personne suivante puisse réparer seule.",
    ),
    (
        "lagomar-repair-manuals",
        "it",
        "Manuali di riparazione di Lagomar",
        "Guide passo passo scritte al Repair Café del martedì, perché chi viene dopo possa riparare da solo.",
    ),
    (
        "lagomar-repair-manuals",
        "es",
        "Manuales de reparación de Lagomar",
        "Guías paso a paso escritas en el Repair Café de los martes, para que la próxima persona pueda arreglarlo sola.",
    ),
    (
        "lagomar-open-data",
        "fr",
        "Données ouvertes de Lagomar : espaces publics",
        "Les données de la ville sur les fontaines publiques, les bancs et les horaires de la bibliothèque d'outils, que chacun peut réutiliser.",
    ),
    (
        "lagomar-open-data",
        "it",
        "Dati aperti di Lagomar: spazi pubblici",
        "I dati della città su fontanelle pubbliche, panchine e orari della biblioteca degli attrezzi, riutilizzabili da chiunque.",
    ),
];

fn apply(c: &mut DbConn, ctx: &DemoContext, handle: &str, step: &Step) -> Result<(), AppError> {
    // Reload each time: acceptances move the head, and flows read it from the row.
    let commons = super::store::require_commons(c, handle)?;
    match step {
        Step::Accepted {
            author,
            by,
            message,
            files,
        } => {
            let k = propose(c, ctx, &commons, author, message, files)?;
            service::review(c, &ctx.person(by)?, &commons, k, Transition::Accept, "")?;
        }
        Step::Rejected {
            author,
            by,
            message,
            files,
            comment,
        } => {
            let k = propose(c, ctx, &commons, author, message, files)?;
            service::review(
                c,
                &ctx.person(by)?,
                &commons,
                k,
                Transition::Reject,
                comment,
            )?;
        }
        Step::Open {
            author,
            message,
            files,
        } => {
            propose(c, ctx, &commons, author, message, files)?;
        }
        Step::Work {
            author,
            by,
            minutes,
            description,
            evidence,
        } => {
            let k = service::propose_work(
                c,
                &ctx.person(author)?,
                &commons,
                *minutes,
                description,
                *evidence,
            )?;
            service::review(
                c,
                &ctx.person(by)?,
                &commons,
                k.number,
                Transition::Accept,
                "",
            )?;
        }
        Step::Maintainer { by, who } => {
            super::maintainers::add(c, &ctx.person(by)?, &commons, who)?;
        }
    }
    Ok(())
}

/// Proposes a change against the head; returns its number.
fn propose(
    c: &mut DbConn,
    ctx: &DemoContext,
    commons: &CommonsRow,
    author: &str,
    message: &str,
    files: &[Edit],
) -> Result<i64, AppError> {
    let files = files
        .iter()
        .map(|(op, path, text)| FileInput {
            path: path.to_string(),
            op: *op,
            kind: FileKind::Text,
            bytes: (*op != OpKind::Delete).then(|| text.as_bytes().to_vec()),
        })
        .collect();
    let k = service::propose_change(
        c,
        &ctx.person(author)?,
        commons,
        None,
        message,
        files,
        &FileLimits::default(),
    )?;
    Ok(k.number)
}
