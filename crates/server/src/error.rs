//! `AppError`: one error type with a stable snake_case `code`, rendered as RFC 9457
//! `application/problem+json` for the API (`ApiError`) or as a page that says what to fix
//! (`PageError`). A 500 is always a bug; its details go to the log, not to the client.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::panic::Location;

/// Every error code this server answers with, and what it means: the stable vocabulary of
/// problem+json `code`s and error pages. A code not listed here is refused (in debug builds,
/// as a panic the tests find); a listed code that nothing uses fails a test; the README's
/// table lists them all.
pub const CODES: &[(&str, &str)] = &[
    ("malformed_json", "the body is not valid JSON"),
    (
        "invalid_fields",
        "a JSON field is missing, unknown or of the wrong type",
    ),
    (
        "unsupported_media_type",
        "the body was not sent as `application/json`",
    ),
    ("unreadable_body", "the body could not be read"),
    (
        "body_too_large",
        "the body is larger than this server accepts",
    ),
    (
        "invalid_form",
        "a form could not be read: reload the page and fill it in again",
    ),
    ("nul_character", "a text holds the NUL character"),
    (
        "invalid_path",
        "a segment of the address is malformed (not a number, out of range)",
    ),
    ("invalid_query", "a query parameter is malformed"),
    (
        "invalid_cursor",
        "a list cursor that this server did not give out",
    ),
    ("invalid_limit", "a page size outside 1–100"),
    (
        "method_not_allowed",
        "the address does not take this method",
    ),
    (
        "not_found",
        "no such person, organization, commons, thread or address",
    ),
    (
        "request_timeout",
        "the request took longer than the configured timeout",
    ),
    ("uri_too_long", "the address is longer than 8 KiB"),
    (
        "headers_too_large",
        "the request's headers add up to more than 32 KiB",
    ),
    (
        "unauthorized",
        "the call needs a valid API token or a signed-in session",
    ),
    ("forbidden", "the person is not allowed to do this"),
    ("csrf_failed", "a form was stale or not sent from this site"),
    (
        "too_many_attempts",
        "too many failed sign-ins; `Retry-After` says when to try again",
    ),
    ("wrong_credentials", "the handle or the password is wrong"),
    ("wrong_password", "the current password is wrong"),
    ("internal", "a bug on the server; it is logged"),
    ("unavailable", "the store cannot be reached; try again"),
    (
        "already_exists",
        "a record with this name was created meanwhile",
    ),
    ("invalid_handle", "a handle breaks the handle rule"),
    (
        "handle_taken",
        "a person or an organization holds the handle already",
    ),
    ("invalid_password", "a password is too short or too long"),
    ("weak_password", "a password is too common or too simple"),
    ("invalid_email", "an email address is malformed"),
    ("invalid_website", "a website is not an http(s) address"),
    (
        "invalid_language",
        "a language the pages are not written in (use en, fr, it or es)",
    ),
    (
        "not_a_change",
        "a diff asked of a work record, which changes no file",
    ),
    (
        "original_language",
        "a translation into the language the text was first written in",
    ),
    (
        "invalid_time_zone",
        "a time zone the tz database does not know (e.g. Europe/Rome)",
    ),
    (
        "invalid_field",
        "a field breaks its rule (one line, no control characters)",
    ),
    ("missing_field", "a required field is empty"),
    ("too_long", "a field is longer than its limit"),
    ("invalid_kind", "an unknown kind of organization"),
    ("invalid_role", "an unknown role (member or admin)"),
    ("not_invited", "accepting without an invitation"),
    (
        "already_member",
        "inviting or accepting someone who is a member or invited already",
    ),
    (
        "not_member",
        "leaving an organization one is not a member of",
    ),
    (
        "last_admin",
        "the last admin of an organization cannot leave or be removed",
    ),
    (
        "unknown_object_type",
        "an object type the journal does not know",
    ),
    (
        "invalid_context",
        "a journal context that is not `commons:<handle>` or `organization:<handle>`",
    ),
    (
        "invalid_last_event_id",
        "a `Last-Event-ID` that is not a journal position",
    ),
    ("unknown_kind", "an unknown kind of commons"),
    (
        "invalid_licence",
        "a licence expression that is not valid SPDX",
    ),
    ("invalid_text", "a text field of a commons breaks its rule"),
    ("invalid_state", "an unknown contribution state in a filter"),
    ("invalid_base64", "a file's content is not valid base64"),
    ("invalid_hash", "a blob hash is not a sha256 in hex"),
    (
        "invalid_revision",
        "a revision number that the commons does not have",
    ),
    (
        "invalid_minutes",
        "the minutes of a work record are not a number",
    ),
    ("invalid_work_record", "a work record breaks its rule"),
    ("missing_content", "a file was proposed without its content"),
    (
        "binary_file",
        "a binary file cannot be edited in the browser",
    ),
    ("not_utf8", "a text file is not UTF-8"),
    (
        "file_too_large",
        "a file is larger than the configured limit",
    ),
    ("too_many_files", "a change touches more files than allowed"),
    ("empty_change", "a change that changes nothing"),
    ("duplicate_path", "a change names one path twice"),
    ("file_exists", "adding a file that exists already"),
    (
        "file_missing",
        "changing or deleting a file that does not exist",
    ),
    (
        "file_folder_clash",
        "a file where a folder is, or the reverse",
    ),
    ("path_empty", "an empty file path"),
    ("path_absolute", "a file path that starts with `/`"),
    ("path_backslash", "a file path with a backslash"),
    ("path_empty_segment", "a file path with an empty segment"),
    ("path_dot_segment", "a file path with a `.` segment"),
    ("path_parent_segment", "a file path with a `..` segment"),
    (
        "path_control_character",
        "a file path with a control character",
    ),
    (
        "path_invisible_character",
        "a file path with an invisible or direction-changing character",
    ),
    ("path_too_long", "a file path longer than its limit"),
    (
        "path_segment_too_long",
        "a file path segment longer than its limit",
    ),
    ("path_too_deep", "a file path with too many segments"),
    (
        "path_not_portable",
        "a file path that Windows or macOS cannot hold",
    ),
    ("blob_missing", "a file's content is missing from the store"),
    ("blob_mismatch", "a stored file does not match its hash"),
    (
        "tree_mismatch",
        "a revision's files do not match its tree hash",
    ),
    ("archive_failed", "an archive could not be built"),
    (
        "not_allowed",
        "the person's standing does not allow this action on a commons",
    ),
    ("not_maintainer", "removing someone who is not a maintainer"),
    (
        "already_maintainer",
        "adding someone who is a maintainer already",
    ),
    (
        "last_maintainer",
        "the last maintainer of a commons cannot step down",
    ),
    (
        "illegal_transition",
        "a contribution cannot move from its state by this action",
    ),
    (
        "contribution_moved",
        "the contribution was decided meanwhile; reload it",
    ),
    ("conflicting", "a change conflicts with the head; update it"),
    (
        "stale_head",
        "the commons moved on while this was decided; try again",
    ),
    (
        "foreign_revision",
        "a revision that belongs to another commons",
    ),
    (
        "duplicate_revision",
        "a revision that the history holds already",
    ),
    (
        "unknown_revision",
        "a revision that the commons does not have",
    ),
    (
        "commons_deleted",
        "the commons was deleted and takes no more changes",
    ),
    (
        "confirmation_mismatch",
        "the handle typed to confirm a deletion does not match",
    ),
    (
        "not_a_fork",
        "offering upstream from a commons that is not a fork",
    ),
    ("nothing_to_offer", "a fork with no new revisions to offer"),
    ("offer_pending", "a fork whose earlier offer is still open"),
    ("title_empty", "a thread without a title"),
    (
        "title_too_long",
        "a thread title longer than 200 characters",
    ),
    ("body_empty", "a comment without text"),
    ("body_too_long", "a comment longer than 20 000 characters"),
    (
        "control_character",
        "a comment or title with a control character",
    ),
    ("not_author", "editing or deleting someone else's comment"),
    ("comment_deleted", "editing a deleted comment"),
    (
        "comment_moved",
        "the comment was changed meanwhile; reload it",
    ),
    ("thread_full", "a thread that holds 1 000 comments already"),
    (
        "body_exists",
        "an organization already has a body by that name",
    ),
    (
        "invalid_rulebook",
        "a rulebook with an unusable rule (a fraction, a weight, a seat)",
    ),
    (
        "unknown_method",
        "a counting method the decision engine does not have",
    ),
    (
        "invalid_options",
        "too few or too many options, or an option without a name",
    ),
    (
        "invalid_seats",
        "seats that the method or the options cannot fill",
    ),
    (
        "invalid_closing_time",
        "a closing time that is not in the future",
    ),
    (
        "secrecy_lowered",
        "a decision less secret than its body's rulebook asks",
    ),
    (
        "decision_state",
        "a decision whose state does not allow this (draft, open, closed, withdrawn)",
    ),
    (
        "not_in_electorate",
        "a ballot from someone outside the decision's frozen electorate",
    ),
    (
        "already_voted",
        "a second ballot where the rulebook does not let a ballot change",
    ),
    (
        "invalid_ballot",
        "a ballot of the wrong shape for the decision's method",
    ),
    (
        "unknown_option",
        "a ballot that names an option the decision does not have",
    ),
    (
        "rank_out_of_range",
        "a ranking that names an option twice or ranks past the options",
    ),
    (
        "too_many_approvals",
        "a ballot that approves more options than allowed",
    ),
    (
        "weight_not_in_rulebook",
        "a ballot carrying a weight other than the voter's in the rulebook",
    ),
    (
        "too_many_points",
        "a score above the highest, or more points than a cumulative ballot may spend",
    ),
    (
        "proxies_not_allowed",
        "a proxy where the body's rulebook allows none",
    ),
    (
        "invalid_proxy",
        "a proxy to oneself, to someone outside the electorate, or in a chain",
    ),
    (
        "proxy_limit",
        "a proxy to a voter who holds as many as the rulebook allows",
    ),
    (
        "invalid_delegation",
        "a standing delegation to oneself, to someone who does not sit in the body, in a chain, or none to answer or take back",
    ),
    (
        "delegation_exists",
        "a second standing delegation in a body while the first stands",
    ),
    (
        "rulebook_by_decision",
        "a rulebook that changes only by a decision of its body",
    ),
    (
        "unknown_unit",
        "a unit that is no ISO 4217 currency, hours or credits",
    ),
    ("malformed_amount", "an amount that is not a decimal number"),
    (
        "too_many_decimals",
        "an amount with more decimals than its unit allows",
    ),
    (
        "amount_too_large",
        "an amount or a balance beyond 64-bit minor units",
    ),
    (
        "zero_leg",
        "a leg of zero, or income or spending not above zero",
    ),
    (
        "leg_count",
        "a transaction with fewer than two or more than 1000 legs",
    ),
    ("unbalanced", "legs that do not sum to zero in each unit"),
    ("mixed_units", "a leg in another unit than its account's"),
    ("overdraft", "an account that must not go negative would"),
    ("already_reversed", "reversing a transaction a second time"),
    ("reversal_of_reversal", "reversing a reversal"),
    (
        "idempotency_key_reused",
        "an idempotency key sent again with a different request",
    ),
    (
        "invalid_account_name",
        "an account name that is not lower-case parts joined by colons",
    ),
    (
        "invalid_account_kind",
        "an account kind that is none of the six",
    ),
    (
        "invalid_category",
        "an income category that is none of the six",
    ),
    (
        "invalid_owner_kind",
        "a treasury owner that is none of organization, commons, body and person, or a body not named organization/body",
    ),
    (
        "invalid_date",
        "a day that is not YYYY-MM-DD (or, for a ledger's booking day, after tomorrow)",
    ),
    (
        "ledger_text_too_long",
        "a memo or a reference longer than 500 characters",
    ),
    (
        "invalid_idempotency_key",
        "an idempotency key empty, longer than 200 characters or with spaces",
    ),
    (
        "not_steward",
        "recording in a treasury without being its steward",
    ),
    (
        "wrong_account_kind",
        "income or spending through an account of the wrong kind",
    ),
    (
        "account_exists",
        "opening an account whose name the treasury has",
    ),
    (
        "treasury_exists",
        "opening a second treasury, or one whose handle is taken",
    ),
    (
        "invalid_distribution_policy",
        "a distribution policy other than equal, hours, credrank or equation",
    ),
    (
        "not_a_commons_treasury",
        "a distribution from a treasury that is not a commons'",
    ),
    (
        "no_contributors",
        "a distribution with nobody to pay: no accepted contribution in the period",
    ),
    (
        "distribution_decided",
        "posting or discarding a distribution already posted or discarded",
    ),
    (
        "invalid_policy_parameters",
        "a distribution policy's parameters that do not hold: an unknown grain, a half-life or weight out of range, a value equation its engine refuses or that pays nobody here",
    ),
    (
        "invalid_approvals",
        "an expense approval rule asking for fewer than one or more approvals than the treasury has stewards",
    ),
    (
        "invalid_expense",
        "an expense without a title or payee, a text too long, or a receipt over 5 MiB",
    ),
    (
        "own_expense",
        "approving, rejecting or paying an expense one submitted",
    ),
    (
        "invalid_budget_line",
        "a budget line without a name, with an amount not above zero, days out of order, or an expense put on a line of another unit",
    ),
    (
        "over_budget_line",
        "approving an expense that takes its budget line over its plan, in a treasury that blocks that",
    ),
    (
        "spending_limit",
        "paying an expense above a body's spending limit before a decision of that body authorises it",
    ),
    (
        "expense_state",
        "approving, rejecting, paying, withdrawing, editing, submitting, scheduling, unscheduling, marking as spam or objecting to an expense in a state that does not allow it",
    ),
    (
        "nothing_owed",
        "asking a treasury for a payout when it owes one nothing",
    ),
    (
        "payout_above_owed",
        "a payout beyond what the treasury owes less what one's payouts in the flow already claim, or paying one beyond what is owed",
    ),
    (
        "reason_required",
        "rejecting an expense, asking for more on it, marking it as spam or objecting to it without saying why",
    ),
    (
        "not_by_consent",
        "objecting to an expense its treasury does not decide by consent",
    ),
    (
        "objection_stands",
        "objecting again to an expense while one's objection stands",
    ),
    (
        "no_objection",
        "withdrawing an objection to an expense that one has not raised or has withdrawn",
    ),
    (
        "invalid_hold",
        "a hold between one account and itself, expiring in the past or more than a year ahead, or posted for more than it holds",
    ),
    (
        "hold_state",
        "posting or voiding a hold already posted, voided or expired",
    ),
    (
        "invalid_period",
        "a distribution's first or last day that is not YYYY-MM-DD, or a last day before the first; a lending savings period that is neither a year, a month nor `30d`",
    ),
    (
        "invalid_format",
        "a journal format other than hledger or beancount",
    ),
    (
        "invalid_resource_kind",
        "a resource kind other than tool, vehicle, space, machine or material",
    ),
    (
        "invalid_policy",
        "a lending policy number outside its range or unknown borrowers; a licence policy of an unknown kind, or with a field missing or of another kind",
    ),
    ("invalid_time", "a time that is not RFC 3339"),
    (
        "time_without_zone",
        "a time without its UTC offset (`Z` or `+01:00`)",
    ),
    (
        "time_out_of_range",
        "a time before 1970 or after the year 9999",
    ),
    (
        "empty_interval",
        "a booking whose end is not after its start",
    ),
    (
        "duration_outside_policy",
        "a booking shorter or longer than the resource's policy allows",
    ),
    (
        "too_far_ahead",
        "a booking that starts beyond the resource's booking horizon",
    ),
    ("starts_in_past", "a booking that starts in the past"),
    (
        "short_notice",
        "a booking or a place on a waiting list asked with less notice than the resource's lead time",
    ),
    (
        "invalid_fee_mode",
        "a lending fee mode other than `free`, `per_loan`, `per_day` and `pay_what_you_can`",
    ),
    (
        "fee_mode_mismatch",
        "a lending fee set with `free`, or none (or 0) with `per_loan` or `per_day`",
    ),
    (
        "invalid_quantity",
        "a booking of zero items or more than the pool holds",
    ),
    (
        "resource_retired",
        "booking or retiring a resource that is retired",
    ),
    (
        "slot_taken",
        "the pool has no room at some instant of the booking; the answer names the reservation in the way and the next free slot",
    ),
    ("not_lent", "returning items that are not checked out"),
    (
        "reservation_state",
        "a reservation whose state forbids this move (cancelling one that is out, checking out one that awaits approval)",
    ),
    (
        "unknown_use",
        "a determination asked for a use other than `commercial` or `non_commercial`",
    ),
    (
        "not_a_currency",
        "an amount in hours or credits where money is asked (a revenue, a fee)",
    ),
    (
        "negative_amount",
        "a revenue, a fee or a credit rate below zero",
    ),
    (
        "currency_mismatch",
        "a declared revenue in another currency than the commons' fee schedule",
    ),
    (
        "invalid_units",
        "a negative number of units declared for a fee per unit",
    ),
    ("invalid_day", "a day that is not `YYYY-MM-DD`"),
    (
        "empty_span",
        "an affiliation whose last day is before its first",
    ),
    (
        "nothing_to_terminate",
        "terminating a determination that permitted nothing, or a party whose rights under the commons ended already",
    ),
    (
        "invalid_fee_schedule",
        "a CopyFair fee schedule or credit rate that does not parse, is out of range or mixes currencies",
    ),
    (
        "malformed_pb",
        "a Pabulib file the reader refuses; the detail names the line and what to fix",
    ),
    (
        "unknown_rule",
        "a counting rule the decision engine does not have; the detail lists those it has",
    ),
    (
        "rule_not_applicable",
        "a counting rule that cannot count these ballots (Phragmén on points or ranks, Equal Shares without ballots)",
    ),
    ("cost_not_positive", "a cost or an amount of zero or below"),
    (
        "budget_phase",
        "a budget process whose phase does not allow this (proposing outside proposals, voting outside balloting, results before balloting is over)",
    ),
    (
        "rules_locked",
        "changing the ballot rules of a budget process whose balloting has opened",
    ),
    (
        "invalid_phase",
        "an unknown phase, a move backwards or to a phase not enabled, or dates that end before they start",
    ),
    (
        "invalid_ballot_rules",
        "an unknown ballot style, limits on the number of projects that make no sense, a points ballot without its points (or points on another style), or a least share to spend outside 1–100 % or on a ballot other than knapsack",
    ),
    (
        "unknown_project",
        "a ballot that names a project not on its heading's ballot",
    ),
    (
        "ballot_outside_limits",
        "a ballot with too few or too many projects, or one project twice",
    ),
    (
        "ballot_over_budget",
        "a knapsack ballot whose projects cost more than its heading's amount",
    ),
    (
        "heading_required",
        "a file asked of a budget process of several headings without naming one",
    ),
    (
        "too_many_headings",
        "a budget process with more headings than allowed",
    ),
    (
        "invalid_progress",
        "an implementation status other than not_started, under_way, done and cancelled, or a percentage outside 0–100",
    ),
    (
        "not_funded",
        "recording the implementation of a project its budget did not fund",
    ),
    (
        "override_changes_nothing",
        "overriding a budget's count to what already holds for the project",
    ),
    (
        "invalid_group",
        "an incompatibility group of fewer than two projects, or with a project of another heading",
    ),
    (
        "project_in_group",
        "putting a project in an incompatibility group when it is in another already",
    ),
    ("already_supported", "supporting a project a second time"),
    (
        "invalid_support_rules",
        "a budget's supporting rules whose limit per person, advance or count does not do",
    ),
    (
        "support_limit",
        "supporting more projects of a heading than the budget's limit per person allows (409)",
    ),
    (
        "malformed_census",
        "a census file the reader refuses; the detail names the line and what is wrong (a missing id column, an unknown column, an empty or repeated id, a bad birth date, a district that is no heading)",
    ),
    (
        "not_in_census",
        "taking part in a budget process open to its census without having claimed an entry of it",
    ),
    (
        "unknown_census_id",
        "claiming a census entry with an id the census does not hold",
    ),
    (
        "census_entry_taken",
        "claiming a census entry someone else claimed",
    ),
    (
        "census_already_claimed",
        "claiming a second census entry of one budget process",
    ),
    (
        "age_rule",
        "taking part in a budget process whose age rule leaves one out (younger at the balloting phase's start, or no birth date in the census)",
    ),
    (
        "district_rule",
        "a ballot for a district heading beyond one's own district and the number of others the process allows",
    ),
    (
        "invalid_authorisation",
        "a payment authorised by a decision that is no motion, or naming no treasury handle or expense number",
    ),
    (
        "slot_blocked",
        "a booking or block over an interval where a maintenance block or a breakdown takes the items; the answer names the block and the next free slot",
    ),
    (
        "training_required",
        "booking a resource whose policy asks for a training the borrower has not got, or let expire; the detail says whom to ask",
    ),
    (
        "expiry_in_past",
        "recording a training that expires now or earlier",
    ),
    (
        "block_ended",
        "ending a maintenance block or breakdown that has ended already",
    ),
    (
        "nominations_closed",
        "a nomination or an answer to one once an election's nominations have closed, or for a decision that takes none",
    ),
    (
        "nominee_not_member",
        "a nomination of someone who is no member of the organization",
    ),
    (
        "already_nominated",
        "nominating someone a second time in one election",
    ),
    (
        "nomination_answered",
        "answering a nomination one does not have, or has answered already",
    ),
    (
        "too_few_candidates",
        "opening an election with no more accepted candidates than seats",
    ),
    (
        "invalid_share",
        "a pledged share that is no percentage above 0 and at most 100 with at most two decimals",
    ),
    (
        "shares_over_whole",
        "a phyle's pledges adding up to more than its whole surplus",
    ),
    (
        "commons_without_treasury",
        "a fee accepted, or a pledge made, to a commons that has no treasury to book it in",
    ),
    (
        "no_fee_to_accept",
        "accepting the fee of a determination that named none",
    ),
    (
        "determination_expired",
        "accepting the fee of a determination that has expired",
    ),
    (
        "rights_ended",
        "accepting a fee while a breach stands against the party",
    ),
    (
        "fee_already_accepted",
        "accepting a determination's fee a second time",
    ),
    (
        "fee_period_taken",
        "accepting a fee whose period overlaps a fee the party accepted under the same commons",
    ),
    ("due_already_paid", "recording a due paid a second time"),
    (
        "not_a_phyle",
        "setting pledges or declaring a surplus for an organization that is not a phyle",
    ),
    (
        "duplicate_pledge",
        "pledging to one commons twice in the same list",
    ),
    (
        "invalid_pledges",
        "a pledges line on the page that is not a commons' handle then a share",
    ),
    (
        "surplus_period_taken",
        "declaring a phyle's surplus for a period that overlaps one declared",
    ),
    (
        "no_breach",
        "lifting a breach when none stands against the party",
    ),
    (
        "not_a_contributor",
        "joining (or founding, or being invited to) a phyle without having contributed to any commons",
    ),
    (
        "invalid_opening_hours",
        "a lending policy's opening hours that cannot be read, close before they open, or overlap",
    ),
    (
        "outside_opening_hours",
        "a booking that starts or ends outside the resource's opening hours",
    ),
    (
        "limit_items_at_once",
        "a booking past the items one person may hold at once from a steward",
    ),
    (
        "limit_days_per_month",
        "a booking past the days a month one person may book from a steward",
    ),
    (
        "limit_unconfirmed_holds",
        "a booking awaiting approval past the number one person may have at once",
    ),
    (
        "slot_free",
        "joining a waiting list for a slot that is free (book it instead)",
    ),
    (
        "offer_lapsed",
        "taking a waiting-list offer after its pickup time",
    ),
    (
        "invalid_savings_factor",
        "a savings factor out of its range (purchases per 100 loans 0 to 10 000, cars shed per shared vehicle 0 to 100)",
    ),
    (
        "budget_of_another_owner",
        "budget lines asked from a participatory budget that another organization ran than the treasury's",
    ),
    (
        "invalid_offer_mode",
        "a peer offer's mode that is none of share, rent, barter, give",
    ),
    (
        "invalid_fee",
        "a rented offer without a fee per day in range (1 to 1 000 000 cents), or a fee on an offer not rented",
    ),
    (
        "offer_closed",
        "a match proposed on, or accepted for, a peer offer that is closed, given or bartered",
    ),
    (
        "request_closed",
        "answering a request for a thing that is closed or met",
    ),
    (
        "match_state",
        "accepting or declining a match between an offer and a taker that was decided already",
    ),
    (
        "own_offer",
        "asking for one's own offer, or answering one's own request",
    ),
    (
        "points_over_total",
        "a points ballot that gives more points than each voter has (`points_total`)",
    ),
    (
        "points_over_most",
        "a points ballot that gives one project more than the most it may get (`max_points`)",
    ),
    (
        "points_not_positive",
        "a points ballot that gives a project zero points or fewer",
    ),
    ("malformed_points", "points that are not a whole number"),
    (
        "ranks_tied",
        "a ranked ballot that gives two projects the same rank",
    ),
    (
        "ranks_gapped",
        "a ranked ballot whose ranks leave one out (ranks run from 1 without a gap)",
    ),
    (
        "not_for_this_ballot",
        "points or ranks sent for a ballot of another style",
    ),
    (
        "ballot_mismatch",
        "points or ranks that are not one for each project named, in the same order",
    ),
    (
        "invalid_merge",
        "merging a budget project into itself, or into a project of another heading",
    ),
    (
        "not_on_ballot",
        "merging a budget project, or into one, that is no longer on the ballot (taken off or merged already); putting a merged project back",
    ),
    (
        "not_on_panel",
        "valuating a budget project without sitting in the process's valuation panel (or, without a panel, being an admin of the owner)",
    ),
    (
        "explanation_required",
        "a budget project's valuation without an explanation, when the project is not feasible or its price differs from the estimate",
    ),
    (
        "photo_media_type",
        "a photo sent as a media type other than image/jpeg, image/png or image/webp (415)",
    ),
    (
        "photo_not_image",
        "a photo whose bytes are not the image its media type says, or are none",
    ),
    ("photo_too_large", "a photo over 5 MiB (413)"),
    (
        "invalid_kit",
        "a kit's parts that cannot be: another steward's, the kit itself, a kit or a part of one, retired, named twice, a quantity outside the part's pool, more than 20, or bookings to come they could not hold",
    ),
    (
        "component_taken",
        "booking a kit over a slot where one of its parts has no room (409; `component` names the part)",
    ),
    (
        "invalid_peer_round",
        "a peer allocation round that cannot open: an allowance or length out of range, or fewer than two contributors",
    ),
    (
        "invalid_peer_gifts",
        "peer allocation gifts that do not hold: to oneself, to someone not a member of the round, below 1 point or over the allowance in all",
    ),
    (
        "peer_round_open",
        "a peer allocation round is still open: another cannot open, and a distribution cannot pay by it yet",
    ),
    (
        "peer_round_closed",
        "the peer allocation round is closed: its gifts can no longer change, and it cannot be closed again",
    ),
    (
        "not_a_peer_member",
        "giving in a peer allocation round one is not a member of (its members are the commons' contributors when it opened)",
    ),
    (
        "no_peer_round",
        "a distribution by peer allocation with no closed round of the treasury to pay by (or an unknown round)",
    ),
    (
        "invalid_photo_moment",
        "a photo of a loan's condition whose moment is neither `check_out` nor `return`",
    ),
    (
        "photo_moment_not_reached",
        "a photo of a loan's condition at a check-out or return the reservation has not had yet (409)",
    ),
    (
        "not_in_body",
        "taking part in a budget process open to the members of a body without sitting in that body now (403; the detail names the body)",
    ),
    (
        "unknown_eligible_body",
        "a budget process's eligibility `body` naming no body of the owning organization (an unknown slug, or a body of another organization)",
    ),
    (
        "outside_desk_hours",
        "a booking that starts or ends outside the resource's desk hours (when items go out and come back), though the place may be open",
    ),
    (
        "two_stewards",
        "a new resource naming both an organization and a commons as its steward: name one",
    ),
    (
        "distribution_already_approved",
        "approving a distribution one has approved already, or objecting to it after approving it (409)",
    ),
    (
        "distribution_objection_stands",
        "objecting again to a distribution, or approving it, while one's objection to it stands (409)",
    ),
    (
        "distribution_no_objection",
        "withdrawing an objection to a distribution that one has not raised or has withdrawn (409)",
    ),
    (
        "not_member_of_proposer",
        "proposing a budget project for an organization one is not an active member of (403)",
    ),
    (
        "two_proposers",
        "a budget project proposed both for an organization and for an informal group",
    ),
    (
        "no_commons_linked",
        "unlinking the commons of a budget project that has none linked (409)",
    ),
    (
        "malformed_paper_ballots",
        "a list of paper ballots the reader refuses; the detail names the line and what is wrong (an unknown column, no `vote` column, a wrong number of fields, an open quote, a declared count that is no count)",
    ),
    (
        "paper_count_mismatch",
        "paper ballots of a polling station whose number differs from the count its tally sheet declared, not accepted with `accept_mismatch` and a reason; the detail names the station and both counts",
    ),
    (
        "paper_serial_repeated",
        "a paper ballot's serial number given twice in a list, or recorded already in the process (409)",
    ),
    (
        "paper_voter_not_eligible",
        "a paper ballot whose voter (a census id or a member's handle) may not vote in the process; the detail names the line",
    ),
    (
        "voted_on_paper",
        "an online ballot under a heading where one's paper ballot is counted (409)",
    ),
    (
        "ballot_under_minimum",
        "a knapsack ballot whose projects cost less than the least share of its heading's amount the rules ask it to spend",
    ),
];

/// Whether `code` is one of [`CODES`].
pub fn is_listed(code: &str) -> bool {
    CODES.iter().any(|(c, _)| *c == code)
}

/// The human words of an error: a message of the problems catalogue
/// (`locales/<lang>/problems.ftl`, keys `problem-…`) with its arguments, put into words in
/// the request's language only when the answer is made (`render`), and in English for
/// logs and `Display`.
///
/// There is no way to make one from a sentence: `Detail::new` takes a key, which must read
/// `problem-` then lowercase letters, digits and dashes (a const check, so `detail!` refuses
/// anything else at compile time and `Detail::new` at its first run), and the
/// `languages` test fails on a key the English catalogue lacks. So an error written in
/// English straight into the code does not build; no test is needed for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    key: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// A value placed in a [`Detail`]: words that are not language (a handle, a path, a
/// library's own English text), a count (written with the language's grouping; messages
/// choose their plural forms by it), or another message put into words in the same
/// language. A number that names something (a revision, a contribution's `#`, a byte's
/// position) is not a count: pass it as text (`number = n.to_string()`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    Detail(Detail),
}

impl From<String> for Arg {
    fn from(v: String) -> Arg {
        Arg::Text(v)
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Arg {
        Arg::Text(v.to_string())
    }
}

impl From<&String> for Arg {
    fn from(v: &String) -> Arg {
        Arg::Text(v.clone())
    }
}

impl From<Detail> for Arg {
    fn from(v: Detail) -> Arg {
        Arg::Detail(v)
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Arg {
                i64::try_from(v).map_or_else(|_| Arg::Text(v.to_string()), Arg::Number)
            }
        }
    )*};
}
number_args!(i32, i64, u16, u32, u64, usize);

/// Whether `key` has the shape of a problem message's id: `problem-` and then lowercase
/// letters, digits and dashes.
pub const fn is_problem_key(key: &str) -> bool {
    let b = key.as_bytes();
    let prefix = b"problem-";
    if b.len() <= prefix.len() {
        return false;
    }
    let mut i = 0;
    while i < b.len() {
        let ok = if i < prefix.len() {
            b[i] == prefix[i]
        } else {
            b[i].is_ascii_lowercase() || b[i].is_ascii_digit() || b[i] == b'-'
        };
        if !ok {
            return false;
        }
        i += 1;
    }
    true
}

impl Detail {
    /// The text placed as argument `name`, if there is one (a form finds the field a
    /// refusal is about in its `field`).
    pub fn text_arg(&self, name: &str) -> Option<&str> {
        self.args.iter().find_map(|(n, a)| match a {
            Arg::Text(t) if *n == name => Some(t.as_str()),
            _ => None,
        })
    }

    /// The message placed as argument `name`, if it is one (a work record refused for its
    /// minutes or for its link carries the reason as an inner message).
    pub fn detail_arg(&self, name: &str) -> Option<&Detail> {
        self.args.iter().find_map(|(n, a)| match a {
            Arg::Detail(d) if *n == name => Some(d),
            _ => None,
        })
    }

    /// The message `key` of the problems catalogue, without arguments yet. Panics on a key
    /// not shaped `problem-…` (at compile time through [`detail!`]).
    #[track_caller]
    pub const fn new(key: &'static str) -> Detail {
        assert!(
            is_problem_key(key),
            "a problem detail is a catalogue key `problem-…`, not a sentence"
        );
        Detail {
            key,
            args: Vec::new(),
        }
    }

    /// Adds the argument `$name` of the message.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Detail {
        self.args.push((name, value.into()));
        self
    }

    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The message in `lang`, its arguments placed (inner messages in the same language).
    pub fn render(&self, lang: crate::i18n::Lang) -> String {
        use fluent_bundle::FluentValue;
        // Beyond 2^53 a number would lose digits as Fluent's float: shown as text instead.
        const EXACT: i64 = 1 << 53;
        let args: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(t) => FluentValue::from(t.as_str()),
                    Arg::Number(n) if (-EXACT..=EXACT).contains(n) => FluentValue::from(*n),
                    Arg::Number(n) => FluentValue::from(n.to_string()),
                    Arg::Detail(d) => FluentValue::from(d.render(lang)),
                };
                (*name, value)
            })
            .collect();
        crate::i18n::text(lang, self.key, &args)
    }

    /// The message in the language of the request being answered (English outside one).
    pub fn in_request_language(&self) -> String {
        self.render(crate::i18n::with_current(|p| p.lang))
    }
}

/// English, for logs.
impl std::fmt::Display for Detail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(crate::i18n::Lang::En))
    }
}

/// A [`Detail`] from a key (checked at compile time) and named arguments:
/// `detail!("problem-invalid-role", role = shown(s, 40))`.
macro_rules! detail {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::error::Detail::new(const { $crate::error::checked_key($key) })
            $(.arg(stringify!($name), $value))*
    };
}
pub(crate) use detail;

/// `key`, if it has the shape of a problem message's id; a compile error in a const block.
pub const fn checked_key(key: &'static str) -> &'static str {
    assert!(
        is_problem_key(key),
        "a problem detail is a catalogue key `problem-…`, not a sentence"
    );
    key
}

/// A value the client sent, shown in a message: at most `max` characters (and `…` when
/// cut), with control and invisible characters escaped as Rust would (`\n`, `\u{202e}`),
/// so that it can neither forge lines nor reorder the words around it. Each language puts
/// its own quotation marks around it.
pub fn shown(value: &str, max: usize) -> String {
    let cut: String = value.chars().take(max).collect();
    let mut out = String::with_capacity(cut.len());
    for c in cut.chars() {
        if c == '"' || c == '\'' {
            out.push(c);
        } else if crate::text::is_invisible(c) {
            out.extend(c.escape_unicode());
        } else {
            out.extend(c.escape_debug());
        }
    }
    if value.chars().count() > max {
        out.push('…');
    }
    out
}

/// An error with the status, stable code and human message the client will see.
#[derive(Debug)]
pub struct AppError {
    pub status: StatusCode,
    pub code: &'static str,
    /// What went wrong and what to fix, put into words when the answer is made.
    pub detail: Detail,
    pub source: Option<anyhow::Error>,
    pub location: &'static Location<'static>,
    /// Seconds after which trying again may succeed (`Retry-After`, with a 429).
    pub retry_after: Option<u64>,
}

impl AppError {
    #[track_caller]
    pub fn new(status: StatusCode, code: &'static str, detail: Detail) -> Self {
        debug_assert!(
            is_listed(code),
            "error code `{code}` is not in error::CODES"
        );
        AppError {
            status,
            code,
            detail,
            source: None,
            location: Location::caller(),
            retry_after: None,
        }
    }

    /// 422: the input was understood but breaks a rule; the detail says which.
    #[track_caller]
    pub fn invalid(code: &'static str, detail: Detail) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, code, detail)
    }

    #[track_caller]
    pub fn bad_request(code: &'static str, detail: Detail) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, detail)
    }

    /// 404 `not_found`; the detail names what does not exist.
    #[track_caller]
    pub fn not_found(detail: Detail) -> Self {
        Self::new(StatusCode::NOT_FOUND, "not_found", detail)
    }

    #[track_caller]
    pub fn unauthorized(detail: Detail) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "unauthorized", detail)
    }

    #[track_caller]
    pub fn forbidden(detail: Detail) -> Self {
        Self::new(StatusCode::FORBIDDEN, "forbidden", detail)
    }

    #[track_caller]
    pub fn conflict(code: &'static str, detail: Detail) -> Self {
        Self::new(StatusCode::CONFLICT, code, detail)
    }

    #[track_caller]
    pub fn internal(err: impl Into<anyhow::Error>) -> Self {
        let mut e = Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            detail!("problem-internal"),
        );
        e.source = Some(err.into());
        e
    }

    /// 503: the store cannot be reached (pool exhausted or database down).
    #[track_caller]
    pub fn unavailable(err: impl Into<anyhow::Error>) -> Self {
        let mut e = Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            detail!("problem-unavailable"),
        );
        e.source = Some(err.into());
        e
    }

    /// Replaces the code, keeping status and detail.
    pub fn with_code(mut self, code: &'static str) -> Self {
        debug_assert!(
            is_listed(code),
            "error code `{code}` is not in error::CODES"
        );
        self.code = code;
        self
    }

    /// Tells the client when trying again may succeed (the `Retry-After` header).
    pub fn retry_after(mut self, secs: u64) -> Self {
        self.retry_after = Some(secs);
        self
    }

    fn log(&self) {
        if self.status.is_server_error() {
            tracing::error!(code = self.code, at = %self.location, source = ?self.source, "{}", self.detail);
        } else {
            tracing::debug!(code = self.code, at = %self.location, "{}", self.detail);
        }
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} ({}): {}",
            self.code,
            self.status.as_u16(),
            self.detail
        )?;
        if let Some(src) = &self.source {
            write!(f, ": {src:#}")?;
        }
        Ok(())
    }
}

impl std::error::Error for AppError {}

impl From<crate::i18n::content::LanguageError> for AppError {
    #[track_caller]
    fn from(e: crate::i18n::content::LanguageError) -> Self {
        use crate::i18n::content::LanguageError;
        match e {
            LanguageError::Unknown => {
                AppError::invalid("invalid_language", detail!("problem-text-language"))
            }
            LanguageError::Original(lang) => AppError::invalid(
                "original_language",
                detail!("problem-original-language", lang = lang.code()),
            ),
        }
    }
}

impl From<diesel::result::Error> for AppError {
    #[track_caller]
    fn from(err: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match &err {
            Error::NotFound => AppError::not_found(detail!("problem-no-record")),
            // A race lost against a concurrent writer: the pre-checks passed but the
            // constraint caught it. Still the client's conflict, not a server bug.
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                AppError::conflict("already_exists", detail!("problem-already-exists"))
            }
            _ => AppError::internal(err),
        }
    }
}

/// Shape of a problem+json body (RFC 9457) with our stable `code`.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// Always `about:blank`; `code` carries the kind.
    #[serde(rename = "type")]
    pub kind: String,
    /// The HTTP reason phrase.
    pub title: String,
    pub status: u16,
    /// What went wrong and what to fix, in the request's language (the `cf_lang` cookie,
    /// then `Accept-Language`, then the instance's default).
    pub detail: String,
    /// Stable snake_case error code for programs.
    pub code: String,
}

fn with_retry_after(mut resp: Response, secs: Option<u64>) -> Response {
    if let Some(secs) = secs {
        resp.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    resp
}

/// An error answered as `application/problem+json`.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl<E: Into<AppError>> From<E> for ApiError {
    #[track_caller]
    fn from(e: E) -> Self {
        ApiError(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let e = self.0;
        e.log();
        let body = Problem {
            kind: "about:blank".into(),
            title: e.status.canonical_reason().unwrap_or("Error").into(),
            status: e.status.as_u16(),
            detail: e.detail.in_request_language(),
            code: e.code.into(),
        };
        let mut resp = (e.status, axum::Json(body)).into_response();
        resp.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        with_retry_after(resp, e.retry_after)
    }
}

/// An error answered as an HTML page.
#[derive(Debug)]
pub struct PageError(pub AppError);

impl<E: Into<AppError>> From<E> for PageError {
    #[track_caller]
    fn from(e: E) -> Self {
        PageError(e.into())
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let e = self.0;
        e.log();
        let lang = crate::i18n::current().lang;
        let status = e.status.as_u16();
        let card = ErrorCard::of(lang, status);
        let page = ErrorPage {
            lang: lang.code(),
            status,
            title: card.title,
            back: card.back,
            home: card.home,
            label: card.label,
            message: e.detail.render(lang),
            code: e.code,
        };
        match askama::Template::render(&page) {
            Ok(html) => {
                let mut r = with_retry_after(
                    (e.status, axum::response::Html(html)).into_response(),
                    e.retry_after,
                );
                r.extensions_mut().insert(ShownError {
                    status: page.status,
                    message: page.message,
                    code: page.code,
                });
                r
            }
            Err(err) => {
                tracing::error!(error = %err, "error page failed to render");
                (e.status, e.detail.render(lang)).into_response()
            }
        }
    }
}

/// What an error page shows, kept on its response so that the page layer can show it again
/// in the visitor's layout (`web::error_page`).
#[derive(Debug, Clone)]
pub struct ShownError {
    pub status: u16,
    pub message: String,
    pub code: &'static str,
}

/// The words of an error card around its message, in a language.
pub struct ErrorCard {
    pub title: String,
    pub back: String,
    pub home: String,
    pub label: String,
}

impl ErrorCard {
    pub fn of(lang: crate::i18n::Lang, status: u16) -> ErrorCard {
        use crate::i18n::text;
        let status = || [("status", i64::from(status).into())];
        ErrorCard {
            title: text(lang, "error-title", &status()),
            back: text(lang, "error-back", &[]),
            home: text(lang, "error-home", &[]),
            label: text(lang, "error-code", &status()),
        }
    }
}

/// The error page: what went wrong and what to do next.
#[derive(askama::Template)]
#[template(path = "error.html")]
struct ErrorPage {
    lang: &'static str,
    status: u16,
    title: String,
    back: String,
    home: String,
    label: String,
    message: String,
    code: &'static str,
}
