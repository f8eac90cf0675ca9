//! The coalition: how the commons is paid back. A commons' licence policy — an open
//! licence of the SPDX list, the Peer Production License, CopyFair with a fee schedule
//! less a reciprocity credit, or the maintainers' own text — and the determinations that
//! answer "may we use this commons, for this use?", naming the clauses and the facts that
//! decided.
//!
//! Rooms: `model` (the policies and the determination engine, no I/O).

// The flows that use the engine arrive with the next increment.
#[allow(dead_code)]
mod model;
