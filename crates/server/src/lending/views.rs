//! What the API shows of lending: resources with their policy and steward, and
//! reservations with their state (an overdue loan and a late return say so).

use super::model::{self, State};
use super::service;
use super::store::photos::{ConditionPhotoRow, PhotoRow};
use super::store::{self, BlockRow, PlanRow, ReservationRow, ResourceRow, TrainingRow};
use crate::db::DbConn;
use crate::error::AppError;
use crate::web::paging::{Page, Paging};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct PolicyView {
    pub min_minutes: i64,
    pub max_minutes: i64,
    /// How many days ahead one may book.
    pub horizon_days: i64,
    /// Minutes the items stay held after each reservation ends.
    pub buffer_minutes: i64,
    /// `anyone` signed in, or `members` of the steward organization.
    pub borrowers: String,
    pub approval_required: bool,
    /// Only people a steward trained on it (recorded, not expired) may book it.
    pub training_required: bool,
    /// Weekly opening hours (`tue 17:00-20:00, sat 10:00-13:00`); empty: always open.
    /// Bookings start and end within them.
    pub opening_hours: String,
    /// The zone the opening hours (and the months of `max_days_month`) are read in.
    pub time_zone: String,
    /// Items one person may hold at once across the steward's resources.
    pub max_items: Option<i64>,
    /// Days one person may book across the steward's resources in a calendar month.
    pub max_days_month: Option<i64>,
    /// Reservations one person may have awaiting approval at once.
    pub max_unconfirmed: Option<i64>,
    /// Hours a waiting-list offer waits for pickup.
    pub pickup_hours: i64,
    /// Weekly desk hours, in the same syntax: check-outs and returns happen within them
    /// too. Empty: whenever the place is open.
    pub desk_hours: String,
    /// Minutes of notice a booking needs (a booking starting sooner is refused with
    /// `short_notice`); 0: none.
    pub lead_minutes: i64,
    /// The ISO 4217 currency of the money terms.
    pub currency: String,
    /// Per item, held from check-out to return (decimal text, `"0.00"`: none).
    pub deposit: String,
    /// `free`, `per_loan`, `per_day` or `pay_what_you_can`.
    pub fee_mode: String,
    /// The fee per loan or per day begun, or the suggestion when pay-what-you-can.
    pub fee: String,
    /// Asked per day begun past the end, per item.
    pub late_fee_per_day: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ResourceView {
    pub id: String,
    /// tool, vehicle, space, machine or material.
    pub kind: String,
    pub name: String,
    pub description: String,
    pub place: String,
    pub condition: String,
    /// How many identical items the pool holds.
    pub quantity: i64,
    /// `organization`, `commons` or `person`.
    pub steward_kind: String,
    /// The steward's handle, with `@`.
    pub steward: String,
    pub policy: PolicyView,
    pub retired: bool,
    /// Its iCalendar feed.
    pub calendar: String,
    /// Its photos, oldest first.
    pub photos: Vec<PhotoView>,
    /// A kit's parts (booking it books them over the same slot); empty for a resource
    /// that is no kit.
    pub kit: Vec<KitPartView>,
}

/// A part of a kit: which resource, and how many of its items each kit holds.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct KitPartView {
    /// The part's id.
    pub resource: String,
    pub name: String,
    /// Items of it per kit.
    pub quantity: i64,
}

/// The parts of kit `id`, named.
pub fn kit_of(conn: &mut DbConn, id: &str) -> Result<Vec<KitPartView>, AppError> {
    let mut out = Vec::new();
    for p in store::kits::parts_of(conn, id)? {
        let name = store::resource(conn, &p.part_id)?
            .map(|r| r.name)
            .unwrap_or_default();
        out.push(KitPartView {
            resource: p.part_id,
            name,
            quantity: p.quantity,
        });
    }
    Ok(out)
}

/// A photo of a resource: where its bytes are served, and what it shows.
#[derive(Debug, Serialize, ToSchema)]
pub struct PhotoView {
    pub id: String,
    /// Where its bytes are served (`GET`), with their media type and an ETag.
    pub url: String,
    /// What it shows; empty when the steward said nothing.
    pub caption: String,
    /// image/jpeg, image/png or image/webp.
    pub media_type: String,
    /// Its size in bytes.
    pub bytes: i64,
}

pub fn photo_view(p: PhotoRow) -> PhotoView {
    PhotoView {
        url: format!("/api/v1/resources/{}/photos/{}", p.resource_id, p.id),
        id: p.id,
        caption: p.caption,
        media_type: p.media_type,
        bytes: p.bytes,
    }
}

/// A photo of a loan's condition: when it was taken, where its bytes are served (to the
/// borrower and the stewards only), and what it shows.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConditionPhotoView {
    pub id: String,
    /// `check_out` or `return`.
    pub moment: String,
    /// Where its bytes are served (`GET`, with a bearer token), with their media type and
    /// an ETag.
    pub url: String,
    /// What it shows; empty when the steward said nothing.
    pub caption: String,
    /// image/jpeg, image/png or image/webp.
    pub media_type: String,
    /// Its size in bytes.
    pub bytes: i64,
    /// RFC 3339, UTC.
    pub added_at: String,
}

pub fn condition_photo_view(p: ConditionPhotoRow) -> ConditionPhotoView {
    ConditionPhotoView {
        url: format!("/api/v1/reservations/{}/photos/{}", p.reservation_id, p.id),
        id: p.id,
        moment: p.moment,
        caption: p.caption,
        media_type: p.media_type,
        bytes: p.bytes,
        added_at: model::rfc3339(p.added_at),
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReservationView {
    pub id: String,
    pub resource_id: String,
    pub resource_name: String,
    /// The borrower's handle, without `@`.
    pub borrower: String,
    pub quantity: i64,
    /// RFC 3339, UTC.
    pub starts_at: String,
    pub ends_at: String,
    /// When the items are free again (the end plus the resource's buffer).
    pub held_until: String,
    /// pending, confirmed, out, returned or cancelled.
    pub state: String,
    /// Out past its end.
    pub overdue: bool,
    /// Returned after its end.
    pub returned_late: bool,
    pub checked_out_at: Option<String>,
    pub out_note: String,
    pub returned_at: Option<String>,
    pub return_note: String,
    /// Its iCalendar event.
    pub calendar: String,
    /// What it costs, when its resource asked for money when it was booked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub money: Option<LoanMoneyView>,
}

/// A loan's money: amounts as decimal text in `currency`.
#[derive(Debug, Serialize, ToSchema)]
pub struct LoanMoneyView {
    /// ISO 4217.
    pub currency: String,
    /// The fee quoted at booking (for the booked duration and quantity), or what the
    /// borrower chose to pay.
    pub fee: String,
    /// Held from check-out, given back at the return.
    pub deposit: String,
    /// `to_hold` (not checked out yet), `held` (out) or `given_back` (returned); `none`
    /// when there is no deposit.
    pub deposit_state: String,
    pub late_fee_per_day: String,
    /// Recorded at the return (`"0.00"` when on time); absent before.
    pub late_fee: Option<String>,
    /// The handle of the steward's treasury the amounts were booked in; absent when they
    /// are recorded on the loan only.
    pub treasury: Option<String>,
    /// The ledger transactions that booked them.
    pub entries: Vec<LoanEntryView>,
}

/// A ledger transaction a loan's money was booked in.
#[derive(Debug, Serialize, ToSchema)]
pub struct LoanEntryView {
    /// `fee`, `deposit`, `deposit_back` or `late_fee`.
    pub what: String,
    pub number: i64,
    /// Its line on the treasury's page.
    pub url: String,
}

/// The money of reservation `k` as shown.
pub fn loan_money_view(row: &store::money::LoanMoneyRow, state: &str) -> LoanMoneyView {
    let unit = super::fees::currency(&row.currency)
        .unwrap_or_else(|_| super::fees::Terms::default().unit());
    let n = |minor: i64| super::fees::number(minor, unit);
    let deposit_state = if row.deposit == 0 {
        "none"
    } else {
        match state {
            "out" => "held",
            "returned" => "given_back",
            _ => "to_hold",
        }
    };
    let entries = match &row.treasury {
        Some(h) => [
            ("fee", row.fee_entry),
            ("deposit", row.deposit_entry),
            ("deposit_back", row.deposit_back_entry),
            ("late_fee", row.late_fee_entry),
        ]
        .into_iter()
        .filter_map(|(what, number)| {
            number.map(|number| LoanEntryView {
                what: what.into(),
                number,
                url: crate::ledger::transaction_url(h, number),
            })
        })
        .collect(),
        None => Vec::new(),
    };
    LoanMoneyView {
        currency: row.currency.clone(),
        fee: n(row.fee),
        deposit: n(row.deposit),
        deposit_state: deposit_state.into(),
        late_fee_per_day: n(row.late_fee_per_day),
        late_fee: row.late_fee.map(n),
        treasury: row.treasury.clone(),
        entries,
    }
}

pub fn resource_view(conn: &mut DbConn, r: ResourceRow) -> Result<ResourceView, AppError> {
    let steward = format!("@{}", service::steward_handle(conn, &r)?);
    let photos = store::photos::photos_of(conn, &r.id)?;
    let kit = kit_of(conn, &r.id)?;
    let mut v = resource_view_with(r, steward, photos);
    v.kit = kit;
    Ok(v)
}

/// A resource as shown, its steward's handle (with `@`) and its photos known (its kit's
/// parts left for the caller to fill in).
pub fn resource_view_with(r: ResourceRow, steward: String, photos: Vec<PhotoRow>) -> ResourceView {
    let p = service::policy_of(&r);
    ResourceView {
        calendar: format!("/api/v1/resources/{}/calendar.ics", r.id),
        id: r.id,
        kind: r.kind,
        name: r.name,
        description: r.description,
        place: r.place,
        condition: r.condition,
        quantity: r.quantity,
        steward_kind: r.steward_kind,
        steward,
        policy: PolicyView {
            min_minutes: p.min_minutes,
            max_minutes: p.max_minutes,
            horizon_days: p.horizon_days,
            buffer_minutes: p.buffer_minutes,
            borrowers: p.borrowers.as_str().into(),
            approval_required: p.approval_required,
            training_required: r.training_required,
            opening_hours: r.rules.hours.written(),
            time_zone: r.rules.zone.clone(),
            max_items: r.rules.max_items,
            max_days_month: r.rules.max_days_month,
            max_unconfirmed: r.rules.max_unconfirmed,
            pickup_hours: r.rules.pickup_hours,
            desk_hours: r.rules.desk.written(),
            lead_minutes: r.lead_minutes,
            currency: r.money.currency.clone(),
            deposit: r.money.number(r.money.deposit),
            fee_mode: r.money.mode.as_str().into(),
            fee: r.money.number(r.money.fee),
            late_fee_per_day: r.money.number(r.money.late_fee_per_day),
        },
        retired: r.retired_at.is_some(),
        photos: photos.into_iter().map(photo_view).collect(),
        kit: Vec::new(),
    }
}

/// Whether a loan is out past its end at `now`.
pub fn overdue(k: &ReservationRow, now: i64) -> bool {
    service::state_of(k) == State::Out && k.ends_at < now
}

pub fn reservation_view(
    k: ReservationRow,
    resource_name: &str,
    borrower: &str,
    now: i64,
) -> ReservationView {
    ReservationView {
        overdue: overdue(&k, now),
        returned_late: k.returned_at.is_some_and(|t| t > k.ends_at),
        calendar: format!("/api/v1/reservations/{}/calendar.ics", k.id),
        resource_name: resource_name.into(),
        borrower: borrower.into(),
        starts_at: model::rfc3339(k.starts_at),
        ends_at: model::rfc3339(k.ends_at),
        held_until: model::rfc3339(k.held_until),
        checked_out_at: k.checked_out_at.map(model::rfc3339),
        returned_at: k.returned_at.map(model::rfc3339),
        id: k.id,
        resource_id: k.resource_id,
        quantity: k.quantity,
        state: k.state,
        out_note: k.out_note,
        return_note: k.return_note,
        money: None,
    }
}

/// One reservation as shown, with its resource's name and its borrower's handle.
pub fn reservation(
    conn: &mut DbConn,
    k: ReservationRow,
    now: i64,
) -> Result<ReservationView, AppError> {
    let r = service::require_resource(conn, &k.resource_id)?;
    let borrower = crate::accounts::handle_of(conn, &k.borrower_id)?;
    let money = store::money::of(conn, &k.id)?.map(|m| loan_money_view(&m, &k.state));
    let mut v = reservation_view(k, &r.name, &borrower, now);
    v.money = money;
    Ok(v)
}

/// A page of resources, by name, matching `search` and `kind` when given.
pub fn resources_page(
    conn: &mut DbConn,
    search: Option<&str>,
    kind: Option<&str>,
    paging: &Paging,
) -> Result<Page<ResourceView>, AppError> {
    let after = paging.after::<(String, String)>()?;
    let rows = store::resources(conn, search, kind, after, paging.fetch())?;
    paging
        .page(rows, |r| (r.name.clone(), r.id.clone()))
        .try_map(|r| resource_view(conn, r))
}

/// A resource's reservations still to come or under way (cancelled ones left out), with
/// those of the kits it is a part of, by start.
pub fn upcoming(
    conn: &mut DbConn,
    r: &ResourceRow,
    now: i64,
) -> Result<Vec<ReservationView>, AppError> {
    let rows = store::calendar(conn, &r.id, now)?;
    let rows = crate::accounts::with_handles(conn, rows, |k| &k.borrower_id)?;
    let mut out: Vec<ReservationView> = rows
        .into_iter()
        .map(|(k, b)| reservation_view(k, &r.name, &b, now))
        .collect();
    // The kits it is a part of: their bookings hold its items too, shown as the kit's
    // (their resource is the kit).
    for part in store::kits::kits_of(conn, &r.id)? {
        let Some(kit) = store::resource(conn, &part.kit_id)? else {
            continue;
        };
        let rows = store::calendar(conn, &kit.id, now)?;
        let rows = crate::accounts::with_handles(conn, rows, |k| &k.borrower_id)?;
        out.extend(
            rows.into_iter()
                .map(|(k, b)| reservation_view(k, &kit.name, &b, now)),
        );
    }
    out.sort_by(|a, b| (&a.starts_at, &a.id).cmp(&(&b.starts_at, &b.id)));
    Ok(out)
}

/// A steward's desk for one day: what goes out, what comes back, what is late, and
/// what awaits approval, over every resource they steward.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeskView {
    /// The day's start, RFC 3339.
    pub day: String,
    /// Confirmed reservations under way that day: to hand over.
    pub check_outs: Vec<ReservationView>,
    /// Loans ending that day, still out: to take back.
    pub returns: Vec<ReservationView>,
    /// Loans out past their end.
    pub overdue: Vec<ReservationView>,
    /// Reservations under way or to come that await a steward's approval.
    pub awaiting_approval: Vec<ReservationView>,
    /// Maintenance blocks and breakdowns that hold items during the day.
    pub maintenance: Vec<DeskBlock>,
}

/// A block on the desk, with its resource's name.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeskBlock {
    #[serde(flatten)]
    pub block: BlockView,
    pub resource_name: String,
}

/// The desk of `p` at `now` for the day `[from, until)`.
pub fn desk(
    conn: &mut DbConn,
    p: &crate::web::actor::Actor,
    now: i64,
    (from, until): (i64, i64),
) -> Result<DeskView, AppError> {
    let mut stewards: Vec<String> = crate::accounts::admin_org_ids(conn, &p.id)?
        .into_iter()
        .map(|o| o.0)
        .collect();
    stewards.extend(crate::commons::ids_maintained_by(conn, p.id.as_str())?);
    stewards.push(p.id.as_str().to_string());
    let resources = store::resources_of(conn, &stewards)?;
    let ids: Vec<String> = resources.iter().map(|r| r.id.clone()).collect();
    let names: std::collections::HashMap<String, String> =
        resources.into_iter().map(|r| (r.id, r.name)).collect();
    let rows = store::desk(conn, &ids, from, until)?;
    let rows = crate::accounts::with_handles(conn, rows, |k| &k.borrower_id)?;
    let mut d = DeskView {
        day: model::rfc3339(from),
        check_outs: Vec::new(),
        returns: Vec::new(),
        overdue: Vec::new(),
        awaiting_approval: Vec::new(),
        maintenance: Vec::new(),
    };
    for b in store::blocks_over(conn, &ids, from, until)? {
        d.maintenance.push(DeskBlock {
            resource_name: names.get(&b.resource_id).cloned().unwrap_or_default(),
            block: block_view(b),
        });
    }
    d.maintenance
        .sort_by(|a, b| (&a.block.starts_at, &a.block.id).cmp(&(&b.block.starts_at, &b.block.id)));
    for (k, b) in rows {
        let name = names.get(&k.resource_id).cloned().unwrap_or_default();
        let state = service::state_of(&k);
        let late = overdue(&k, now);
        let v = reservation_view(k, &name, &b, now);
        match state {
            State::Out if late => d.overdue.push(v),
            State::Out => d.returns.push(v),
            State::Pending => d.awaiting_approval.push(v),
            State::Confirmed => d.check_outs.push(v),
            _ => {}
        }
    }
    Ok(d)
}

/// A maintenance block or a breakdown.
#[derive(Debug, Serialize, ToSchema)]
pub struct BlockView {
    pub id: String,
    pub resource_id: String,
    /// `maintenance` (over an interval) or `breakdown` (until repaired).
    pub kind: String,
    /// Items out of the pool.
    pub quantity: i64,
    /// RFC 3339, UTC.
    pub starts_at: String,
    /// RFC 3339, UTC; absent for a breakdown not yet repaired.
    pub ends_at: Option<String>,
    pub reason: String,
    /// When it was repaired or lifted, if it was.
    pub ended_at: Option<String>,
}

pub fn block_view(b: BlockRow) -> BlockView {
    let open = b.kind == "breakdown" && b.ended_at.is_none();
    BlockView {
        starts_at: model::rfc3339(b.starts_at),
        ends_at: (!open).then(|| model::rfc3339(b.ends_at)),
        ended_at: b.ended_at.map(model::rfc3339),
        id: b.id,
        resource_id: b.resource_id,
        kind: b.kind,
        quantity: b.quantity,
        reason: b.reason,
    }
}

/// A resource's blocks that hold items after `now`.
pub fn blocks(conn: &mut DbConn, id: &str, now: i64) -> Result<Vec<BlockView>, AppError> {
    Ok(store::blocks_after(conn, id, now)?
        .into_iter()
        .map(block_view)
        .collect())
}

/// What a breakdown did: the block, and the reservations it moved or cancelled.
#[derive(Debug, Serialize, ToSchema)]
pub struct BreakdownView {
    pub block: BlockView,
    /// Reservations moved to the next free slot of the pool (their new times).
    pub moved: Vec<ReservationView>,
    /// Reservations cancelled: no free slot within the booking horizon.
    pub cancelled: Vec<ReservationView>,
}

pub fn breakdown_view(
    conn: &mut DbConn,
    b: service::Breakdown,
    now: i64,
) -> Result<BreakdownView, AppError> {
    let mut v = BreakdownView {
        block: block_view(b.block),
        moved: Vec::new(),
        cancelled: Vec::new(),
    };
    for (k, d) in b.changed {
        let shown = reservation(conn, k, now)?;
        match d {
            model::Displaced::Moved(_) => v.moved.push(shown),
            model::Displaced::Cancelled => v.cancelled.push(shown),
        }
    }
    Ok(v)
}

/// A resource's maintenance plan.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlanView {
    pub resource_id: String,
    pub every_days: Option<i64>,
    pub every_uses: Option<i64>,
    /// How long each block lasts.
    pub minutes: i64,
    /// Loans returned since the last planned block.
    pub uses: i64,
    /// When the last planned block was placed (or the plan set), RFC 3339.
    pub last_at: String,
}

pub fn plan_view(p: PlanRow) -> PlanView {
    PlanView {
        last_at: model::rfc3339(p.last_at),
        resource_id: p.resource_id,
        every_days: p.every_days,
        every_uses: p.every_uses,
        minutes: p.minutes,
        uses: p.uses,
    }
}

/// A person's training on a resource.
#[derive(Debug, Serialize, ToSchema)]
pub struct TrainingView {
    pub resource_id: String,
    /// The person trained, without `@`.
    pub person: String,
    /// Who recorded it, without `@`.
    pub trained_by: String,
    pub trained_at: String,
    pub expires_at: String,
    /// The kind, when it holds for every resource of that kind the steward lends.
    pub class: Option<String>,
}

pub fn training_view(
    conn: &mut DbConn,
    t: TrainingRow,
    class: Option<String>,
) -> Result<TrainingView, AppError> {
    Ok(TrainingView {
        class,
        person: crate::accounts::handle_of(conn, &t.person_id)?,
        trained_by: crate::accounts::handle_of(conn, &t.trained_by)?,
        trained_at: model::rfc3339(t.trained_at),
        expires_at: model::rfc3339(t.expires_at),
        resource_id: t.resource_id,
    })
}

/// The trainings on a resource still valid at `now`: its own, then those on its class.
pub fn trainings(conn: &mut DbConn, id: &str, now: i64) -> Result<Vec<TrainingView>, AppError> {
    let r = service::require_resource(conn, id)?;
    let mut rows: Vec<(TrainingRow, Option<String>)> = store::trainings_of(conn, id, now)?
        .into_iter()
        .map(|t| (t, None))
        .collect();
    rows.extend(
        store::class_trainings_of(conn, &r.steward_id, &r.kind, now)?
            .into_iter()
            .map(|t| {
                (
                    TrainingRow {
                        resource_id: r.id.clone(),
                        person_id: t.person_id,
                        trained_by: t.trained_by,
                        trained_at: t.trained_at,
                        expires_at: t.expires_at,
                    },
                    Some(t.kind),
                )
            }),
    );
    let rows = crate::accounts::with_handles(conn, rows, |(t, _)| &t.person_id)?;
    let by =
        crate::accounts::handles_by_id(conn, rows.iter().map(|((t, _), _)| t.trained_by.clone()))?;
    Ok(rows
        .into_iter()
        .map(|((t, class), person)| TrainingView {
            class,
            person,
            trained_by: by.get(&t.trained_by).cloned().unwrap_or_default(),
            trained_at: model::rfc3339(t.trained_at),
            expires_at: model::rfc3339(t.expires_at),
            resource_id: t.resource_id,
        })
        .collect())
}

/// What a breakdown did to one of your reservations.
#[derive(Debug, Serialize, ToSchema)]
pub struct NoticeView {
    pub reservation_id: String,
    pub resource_name: String,
    /// `moved` (to the reservation's times now) or `cancelled` by a breakdown;
    /// `offered` (a slot waited for, held until `pickup_by`) or `lapsed` (not taken in
    /// time) from a waiting list.
    pub kind: String,
    /// The times it had before, RFC 3339.
    pub was_starts_at: String,
    pub was_ends_at: String,
    /// Its times now (moved) or as they were (cancelled).
    pub starts_at: String,
    pub ends_at: String,
    /// Why: the breakdown's reason.
    pub reason: String,
    pub at: String,
    /// An offer's pickup time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pickup_by: Option<String>,
}

/// A person's notices, latest first (the last 50).
pub fn notices(conn: &mut DbConn, person_id: &str) -> Result<Vec<NoticeView>, AppError> {
    let mut out = Vec::new();
    for n in store::notices_of(conn, person_id, 50)? {
        let k = service::require_reservation(conn, &n.reservation_id)?;
        let r = service::require_resource(conn, &k.resource_id)?;
        let reason = store::block(conn, &n.block_id)?
            .map(|b| b.reason)
            .unwrap_or_default();
        out.push(NoticeView {
            reservation_id: n.reservation_id,
            resource_name: r.name,
            kind: n.kind,
            was_starts_at: model::rfc3339(n.was_starts_at),
            was_ends_at: model::rfc3339(n.was_ends_at),
            starts_at: model::rfc3339(k.starts_at),
            ends_at: model::rfc3339(k.ends_at),
            reason,
            at: model::rfc3339(n.created_at),
            pickup_by: None,
        });
    }
    // Offers from waiting lists, and those that lapsed.
    let mut waits = Vec::new();
    for w in store::waits_of(conn, person_id, 50)? {
        let (Some(kid), Some(offered_at)) = (w.reservation_id.clone(), w.offered_at) else {
            continue;
        };
        let kind = match w.state.as_str() {
            "offered" => "offered",
            "lapsed" => "lapsed",
            _ => continue,
        };
        let r = service::require_resource(conn, &w.resource_id)?;
        let at = if kind == "lapsed" {
            w.ended_at.unwrap_or(offered_at)
        } else {
            offered_at
        };
        waits.push((
            at,
            NoticeView {
                reservation_id: kid,
                resource_name: r.name,
                kind: kind.into(),
                was_starts_at: model::rfc3339(w.starts_at),
                was_ends_at: model::rfc3339(w.ends_at),
                starts_at: model::rfc3339(w.starts_at),
                ends_at: model::rfc3339(w.ends_at),
                reason: String::new(),
                at: model::rfc3339(at),
                pickup_by: w.pickup_by.map(model::rfc3339),
            },
        ));
    }
    if !waits.is_empty() {
        out.extend(waits.into_iter().map(|(_, v)| v));
        // Latest first, as the breakdown notices are (RFC 3339 in UTC sorts as time).
        out.sort_by(|a, b| b.at.cmp(&a.at));
        out.truncate(50);
    }
    Ok(out)
}

/// A resource free over the interval asked, and how many of its items are.
#[derive(Debug, Serialize, ToSchema)]
pub struct AvailableView {
    #[serde(flatten)]
    pub resource: ResourceView,
    /// Items free over the whole interval (its buffer included).
    pub free: i64,
}

/// Most resources an availability search answers.
pub const MAX_AVAILABLE: usize = 200;

/// The resources (not retired, matching `search` and `kind`) with at least `quantity`
/// items free over all of `[from, until)` plus each one's buffer, blocks and loans out
/// counted, by name, at most `limit`. No query per resource: the candidates, then their
/// holds and blocks over the interval a batch of `2 × limit` at a time (one batch mostly),
/// then the stewards' handles.
#[allow(clippy::too_many_arguments)]
pub fn available(
    conn: &mut DbConn,
    search: Option<&str>,
    kind: Option<&str>,
    from: i64,
    until: i64,
    quantity: i64,
    limit: usize,
    now: i64,
) -> Result<Vec<AvailableView>, AppError> {
    use std::collections::HashMap;
    let candidates = store::candidates(conn, search, kind, quantity, None)?;
    let kits = store::kits::all_parts(conn)?;
    let mut found = Vec::new();
    // By name, a batch at a time: most searches fill their page from the first batch, so
    // the holds of the rest are never read.
    for batch in candidates.chunks((2 * limit).max(100)) {
        let ids: Vec<String> = batch.iter().map(|r| r.id.clone()).collect();
        let reach = until
            + batch
                .iter()
                .map(|r| r.buffer_minutes * 60_000)
                .max()
                .unwrap_or(0);
        let buffers: HashMap<&str, i64> = batch
            .iter()
            .map(|r| (r.id.as_str(), r.buffer_minutes * 60_000))
            .collect();
        let mut holds: HashMap<String, Vec<model::Hold>> = HashMap::new();
        for k in store::holding_over(conn, &ids, from, reach)? {
            let buffer = buffers.get(k.resource_id.as_str()).copied().unwrap_or(0);
            let h = service::reservation_hold(&k, now, buffer);
            holds.entry(k.resource_id).or_default().push(h);
        }
        for b in store::blocks_over(conn, &ids, from, reach)? {
            holds
                .entry(b.resource_id.clone())
                .or_default()
                .push(service::block_hold(&b));
        }
        for r in batch {
            let mut mine = holds.remove(&r.id).unwrap_or_default();
            // A check-out and a return need the place open.
            if model::within_hours(&r.rules, from, until).is_err() {
                continue;
            }
            // Nor is it offered when a borrower could not book it at so short notice.
            if model::enough_notice(from, r.lead_minutes, now).is_err() {
                continue;
            }
            let reach = until + r.buffer_minutes * 60_000;
            // A part's items are held by its kits' bookings too (few resources are parts
            // or kits: they are read one by one).
            if kits.iter().any(|k| k.part_id == r.id) {
                mine = service::holds_of(conn, r, from, now)?;
            }
            let mut free = model::free(&mine, r.quantity, from, reach);
            // A kit is free as many times as each part has room for.
            for part in kits.iter().filter(|k| k.kit_id == r.id) {
                let Some(row) = store::resource(conn, &part.part_id)? else {
                    continue;
                };
                let theirs = service::holds_of(conn, &row, from, now)?;
                free = free.min(model::free(&theirs, row.quantity, from, reach) / part.quantity);
            }
            if free >= quantity {
                found.push((r.clone(), free));
                if found.len() >= limit {
                    break;
                }
            }
        }
        if found.len() >= limit {
            break;
        }
    }
    let people: Vec<String> = found
        .iter()
        .filter(|(r, _)| r.steward_kind == "person")
        .map(|(r, _)| r.steward_id.clone())
        .collect();
    let mut commons = HashMap::new();
    for (r, _) in found.iter().filter(|(r, _)| r.steward_kind == "commons") {
        if !commons.contains_key(&r.steward_id) {
            let c = crate::commons::require_by_id(conn, &r.steward_id)?;
            commons.insert(r.steward_id.clone(), c.handle);
        }
    }
    let orgs: Vec<String> = found
        .iter()
        .filter(|(r, _)| r.steward_kind == "organization")
        .map(|(r, _)| r.steward_id.clone())
        .collect();
    let people = crate::accounts::handles_by_id(conn, people)?;
    let orgs = crate::accounts::org_handles(conn, &orgs)?;
    let ids: Vec<String> = found.iter().map(|(r, _)| r.id.clone()).collect();
    let mut photos = store::photos::photos_of_many(conn, &ids)?;
    // The names of the found kits' parts.
    let mut names = HashMap::new();
    for k in kits.iter().filter(|k| ids.contains(&k.kit_id)) {
        if let Some(p) = store::resource(conn, &k.part_id)? {
            names.insert(k.part_id.clone(), p.name);
        }
    }
    Ok(found
        .into_iter()
        .map(|(r, free)| {
            let names = match r.steward_kind.as_str() {
                "organization" => &orgs,
                "commons" => &commons,
                _ => &people,
            };
            let steward = format!("@{}", names.get(&r.steward_id).cloned().unwrap_or_default());
            AvailableView {
                resource: {
                    let mine = photos.remove(&r.id).unwrap_or_default();
                    let parts = kits.iter().filter(|k| k.kit_id == r.id);
                    let parts: Vec<KitPartView> = parts
                        .map(|k| KitPartView {
                            name: names.get(&k.part_id).cloned().unwrap_or_default(),
                            resource: k.part_id.clone(),
                            quantity: k.quantity,
                        })
                        .collect();
                    let mut v = resource_view_with(r, steward, mine);
                    v.kit = parts;
                    v
                },
                free,
            }
        })
        .collect())
}

/// A place on a waiting list: where it stands, and the offer made to it, if any.
#[derive(Debug, Serialize, ToSchema)]
pub struct WaitView {
    pub id: String,
    pub resource_id: String,
    pub resource_name: String,
    /// The waiting person's handle, without `@`.
    pub person: String,
    pub quantity: i64,
    /// RFC 3339, UTC.
    pub starts_at: String,
    pub ends_at: String,
    /// `waiting`, `offered` (a hold to take before `pickup_by`), `taken`, `lapsed` or
    /// `left`.
    pub state: String,
    /// 1 for the first waiting; absent once it no longer waits.
    pub position: Option<i64>,
    /// The hold offered (a reservation), once offered.
    pub reservation_id: Option<String>,
    /// Until when the offer may be taken.
    pub pickup_by: Option<String>,
    pub joined_at: String,
}

pub fn wait_view(conn: &mut DbConn, w: store::WaitRow) -> Result<WaitView, AppError> {
    let position = super::waits::position(conn, &w)?;
    let r = service::require_resource(conn, &w.resource_id)?;
    let person = crate::accounts::handle_of(conn, &w.person_id)?;
    Ok(WaitView {
        id: w.id,
        resource_id: w.resource_id,
        resource_name: r.name,
        person,
        quantity: w.quantity,
        starts_at: model::rfc3339(w.starts_at),
        ends_at: model::rfc3339(w.ends_at),
        state: w.state,
        position: (position > 0).then_some(position),
        reservation_id: w.reservation_id,
        pickup_by: w.pickup_by.map(model::rfc3339),
        joined_at: model::rfc3339(w.created_at),
    })
}

/// A person's places on waiting lists, latest first (the last 50).
pub fn waits_of(conn: &mut DbConn, person_id: &str) -> Result<Vec<WaitView>, AppError> {
    store::waits_of(conn, person_id, 50)?
        .into_iter()
        .map(|w| wait_view(conn, w))
        .collect()
}
