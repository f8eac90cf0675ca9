//! Diesel table definitions, written by hand to match both migration folders.

diesel::table! {
    people (id) {
        id -> Text,
        handle -> Text,
        display_name -> Text,
        email -> Nullable<Text>,
        bio -> Text,
        password_hash -> Text,
        is_admin -> Bool,
        created_at -> BigInt,
        updated_at -> BigInt,
        language -> Nullable<Text>,
        time_zone -> Nullable<Text>,
    }
}

diesel::table! {
    sessions (id_hash) {
        id_hash -> Text,
        person_id -> Text,
        created_at -> BigInt,
        expires_at -> BigInt,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> Text,
        person_id -> Text,
        name -> Text,
        token_hash -> Text,
        created_at -> BigInt,
        revoked_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    organizations (id) {
        id -> Text,
        handle -> Text,
        name -> Text,
        kind -> Text,
        description -> Text,
        website -> Text,
        created_at -> BigInt,
        updated_at -> BigInt,
        language -> Nullable<Text>,
    }
}

diesel::table! {
    organization_translations (org_id, lang) {
        org_id -> Text,
        lang -> Text,
        name -> Text,
        description -> Text,
        updated_at -> BigInt,
    }
}

diesel::table! {
    memberships (org_id, person_id) {
        org_id -> Text,
        person_id -> Text,
        role -> Text,
        state -> Text,
        created_at -> BigInt,
        updated_at -> BigInt,
    }
}

diesel::table! {
    handles (handle) {
        handle -> Text,
        owner_kind -> Text,
        owner_id -> Text,
    }
}

diesel::table! {
    handle_renames (id) {
        id -> Text,
        owner_kind -> Text,
        owner_id -> Text,
        old_handle -> Text,
        new_handle -> Text,
        renamed_at -> BigInt,
        reason -> Text,
    }
}

diesel::table! {
    journal (seq) {
        seq -> BigInt,
        id -> Text,
        at -> BigInt,
        actor -> Nullable<Text>,
        verb -> Text,
        object_type -> Text,
        object_id -> Text,
        object_url -> Text,
        summary -> Text,
        payload -> Text,
        kind -> Text,
        context -> Text,
        hash -> Nullable<Text>,
    }
}

diesel::table! {
    commons (id) {
        id -> Text,
        handle -> Text,
        name -> Text,
        summary -> Text,
        kind -> Text,
        licence_policy -> Text,
        licence -> Text,
        home_org_id -> Nullable<Text>,
        created_by -> Text,
        head_revision_id -> Nullable<Text>,
        created_at -> BigInt,
        updated_at -> BigInt,
        deleted_at -> Nullable<BigInt>,
        deleted_by -> Nullable<Text>,
        language -> Nullable<Text>,
    }
}

diesel::table! {
    commons_translations (commons_id, lang) {
        commons_id -> Text,
        lang -> Text,
        name -> Text,
        summary -> Text,
        updated_at -> BigInt,
    }
}

diesel::table! {
    commons_maintainers (commons_id, person_id) {
        commons_id -> Text,
        person_id -> Text,
        since -> BigInt,
    }
}

diesel::table! {
    commons_blobs (hash) {
        hash -> Text,
        size -> BigInt,
        content -> Binary,
    }
}

diesel::table! {
    commons_revisions (id) {
        id -> Text,
        commons_id -> Text,
        parent_id -> Nullable<Text>,
        number -> BigInt,
        message -> Text,
        author_id -> Text,
        accepted_by -> Text,
        contribution_id -> Nullable<Text>,
        tree_hash -> Text,
        tree -> Text,
        created_at -> BigInt,
        tree_delta -> Bool,
    }
}

diesel::table! {
    commons_contributions (id) {
        id -> Text,
        commons_id -> Text,
        number -> BigInt,
        kind -> Text,
        state -> Text,
        base_revision_id -> Nullable<Text>,
        message -> Text,
        body -> Text,
        author_id -> Text,
        revision_id -> Nullable<Text>,
        created_at -> BigInt,
        updated_at -> BigInt,
    }
}

diesel::table! {
    commons_reviews (id) {
        id -> Text,
        contribution_id -> Text,
        reviewer_id -> Text,
        verdict -> Text,
        comment -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    commons_forks (child_id) {
        child_id -> Text,
        parent_id -> Text,
        fork_point_id -> Text,
        fork_point_number -> BigInt,
        sync_fork_revision_id -> Text,
        sync_parent_revision_id -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    commons_offers (contribution_id) {
        contribution_id -> Text,
        fork_id -> Text,
        fork_revision_id -> Text,
        authors -> Text,
        revisions -> Text,
    }
}

diesel::joinable!(sessions -> people (person_id));
diesel::joinable!(api_tokens -> people (person_id));
diesel::joinable!(memberships -> people (person_id));
diesel::joinable!(memberships -> organizations (org_id));
diesel::joinable!(commons_maintainers -> people (person_id));
diesel::joinable!(commons_maintainers -> commons (commons_id));

diesel::allow_tables_to_appear_in_same_query!(
    people,
    sessions,
    api_tokens,
    organizations,
    memberships,
    handles,
    handle_renames,
    journal,
    commons,
    commons_maintainers,
    commons_blobs,
    commons_revisions,
    commons_contributions,
    commons_reviews,
    commons_forks,
    commons_offers,
);

// Discussion (threads, comments, earlier versions of edited comments). Kept in its own
// block, with its own pairings below, so that other domains' tables can be added above
// without touching it.

diesel::table! {
    discussion_threads (id) {
        id -> Text,
        scope_kind -> Text,
        scope_id -> Text,
        number -> BigInt,
        subject_kind -> Text,
        subject_id -> Text,
        subject_number -> Nullable<BigInt>,
        title -> Text,
        author_id -> Text,
        comment_count -> BigInt,
        created_at -> BigInt,
        updated_at -> BigInt,
    }
}

diesel::table! {
    discussion_comments (id) {
        id -> Text,
        thread_id -> Text,
        author_id -> Text,
        body -> Text,
        created_at -> BigInt,
        edited_at -> Nullable<BigInt>,
        deleted_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    discussion_comment_edits (id) {
        id -> Text,
        comment_id -> Text,
        body -> Text,
        written_at -> BigInt,
        replaced_at -> BigInt,
    }
}

diesel::table! {
    lending_resources (id) {
        id -> Text,
        kind -> Text,
        name -> Text,
        description -> Text,
        place -> Text,
        condition -> Text,
        quantity -> BigInt,
        steward_kind -> Text,
        steward_id -> Text,
        created_by -> Text,
        created_at -> BigInt,
        retired_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    lending_policies (resource_id) {
        resource_id -> Text,
        min_minutes -> BigInt,
        max_minutes -> BigInt,
        horizon_days -> BigInt,
        buffer_minutes -> BigInt,
        borrowers -> Text,
        approval_required -> Bool,
        training_required -> Bool,
    }
}

diesel::joinable!(lending_policies -> lending_resources (resource_id));
diesel::allow_tables_to_appear_in_same_query!(lending_resources, lending_policies);

diesel::table! {
    lending_reservations (id) {
        id -> Text,
        resource_id -> Text,
        borrower_id -> Text,
        quantity -> BigInt,
        starts_at -> BigInt,
        ends_at -> BigInt,
        held_until -> BigInt,
        state -> Text,
        created_at -> BigInt,
        checked_out_at -> Nullable<BigInt>,
        out_note -> Text,
        returned_at -> Nullable<BigInt>,
        return_note -> Text,
        cancelled_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    lending_blocks (id) {
        id -> Text,
        resource_id -> Text,
        kind -> Text,
        quantity -> BigInt,
        starts_at -> BigInt,
        ends_at -> BigInt,
        reason -> Text,
        created_by -> Text,
        created_at -> BigInt,
        ended_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    lending_maintenance_plans (resource_id) {
        resource_id -> Text,
        every_days -> Nullable<BigInt>,
        every_uses -> Nullable<BigInt>,
        minutes -> BigInt,
        uses -> BigInt,
        last_at -> BigInt,
    }
}

diesel::table! {
    lending_trainings (resource_id, person_id) {
        resource_id -> Text,
        person_id -> Text,
        trained_by -> Text,
        trained_at -> BigInt,
        expires_at -> BigInt,
    }
}

diesel::table! {
    lending_class_trainings (steward_id, kind, person_id) {
        steward_id -> Text,
        kind -> Text,
        person_id -> Text,
        trained_by -> Text,
        trained_at -> BigInt,
        expires_at -> BigInt,
    }
}

diesel::table! {
    lending_notices (id) {
        id -> Text,
        reservation_id -> Text,
        borrower_id -> Text,
        block_id -> Text,
        kind -> Text,
        was_starts_at -> BigInt,
        was_ends_at -> BigInt,
        created_at -> BigInt,
    }
}

diesel::joinable!(discussion_comments -> discussion_threads (thread_id));
diesel::joinable!(discussion_comments -> people (author_id));
diesel::joinable!(discussion_threads -> people (author_id));
diesel::joinable!(discussion_comment_edits -> discussion_comments (comment_id));

diesel::allow_tables_to_appear_in_same_query!(
    discussion_threads,
    discussion_comments,
    discussion_comment_edits,
    people,
);

// Bodies (democratic bodies, their rulebooks, decisions, electorates and ballots). Kept in
// its own block, like discussion's, so that other domains' tables can be added elsewhere
// without touching it.

diesel::table! {
    bodies (id) {
        id -> Text,
        org_id -> Text,
        slug -> Text,
        name -> Text,
        kind -> Text,
        rulebook_version -> BigInt,
        created_at -> BigInt,
        updated_at -> BigInt,
        spending_limit_minor -> Nullable<BigInt>,
        spending_limit_currency -> Nullable<Text>,
    }
}

diesel::table! {
    body_rulebooks (body_id, version) {
        body_id -> Text,
        version -> BigInt,
        rules -> Text,
        note -> Text,
        author_id -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    body_decisions (id) {
        id -> Text,
        body_id -> Text,
        number -> BigInt,
        title -> Text,
        description -> Text,
        method -> Text,
        options -> Text,
        seats -> BigInt,
        max_approvals -> Nullable<BigInt>,
        secrecy -> Text,
        state -> Text,
        opener_id -> Text,
        closes_at -> BigInt,
        ballot_count -> BigInt,
        created_at -> BigInt,
        updated_at -> BigInt,
    }
}

diesel::table! {
    body_decision_records (decision_id) {
        decision_id -> Text,
        rules -> Text,
        rulebook_version -> BigInt,
        opened_at -> Nullable<BigInt>,
        electorate_hash -> Nullable<Text>,
        electorate_weight -> BigInt,
        closed_at -> Nullable<BigInt>,
        result -> Nullable<Text>,
        outcome -> Nullable<Text>,
        ballots_hash -> Nullable<Text>,
        outcome_hash -> Nullable<Text>,
        proposal -> Nullable<Text>,
        points -> Nullable<BigInt>,
        electorate_size -> BigInt,
    }
}

diesel::table! {
    body_electorate (decision_id, person_id) {
        decision_id -> Text,
        person_id -> Text,
        weight -> BigInt,
        voted -> Bool,
        ballot_id -> Nullable<Text>,
        proxy_to -> Nullable<Text>,
        proxy_accepted -> Bool,
    }
}

diesel::table! {
    body_ballots (decision_id, id) {
        decision_id -> Text,
        id -> Text,
        choice -> Text,
        weight -> BigInt,
        voter_id -> Nullable<Text>,
        receipt_hash -> Nullable<Text>,
    }
}

// The ledger (treasuries, stewards, accounts, transactions and their legs), in its own
// block like discussion's.

diesel::table! {
    ledger_treasuries (id) {
        id -> Text,
        handle -> Text,
        owner_kind -> Text,
        owner_id -> Text,
        opened_by -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    ledger_stewards (treasury_id, person_id) {
        treasury_id -> Text,
        person_id -> Text,
        since -> BigInt,
    }
}

diesel::table! {
    ledger_accounts (id) {
        id -> Text,
        treasury_id -> Text,
        name -> Text,
        kind -> Text,
        unit -> Text,
        no_negative -> Bool,
        created_at -> BigInt,
    }
}

diesel::table! {
    ledger_transactions (id) {
        id -> Text,
        treasury_id -> Text,
        number -> BigInt,
        flow -> Text,
        category -> Nullable<Text>,
        booked_on -> Text,
        memo -> Text,
        reference -> Text,
        earmark_commons_id -> Nullable<Text>,
        reverses -> Nullable<Text>,
        idempotency_key -> Nullable<Text>,
        request -> Nullable<Text>,
        author_id -> Text,
        created_at -> BigInt,
        hash -> Text,
    }
}

diesel::table! {
    ledger_legs (transaction_id, position) {
        transaction_id -> Text,
        position -> BigInt,
        account_id -> Text,
        amount -> BigInt,
        unit -> Text,
    }
}

diesel::joinable!(ledger_legs -> ledger_transactions (transaction_id));
diesel::joinable!(ledger_legs -> ledger_accounts (account_id));

diesel::allow_tables_to_appear_in_same_query!(
    ledger_treasuries,
    ledger_stewards,
    ledger_accounts,
    ledger_transactions,
    ledger_legs,
);

// Budgets (participatory budgeting: processes, their rules and phases, headings, projects,
// ballots and supports), in their own block like discussion's.

diesel::table! {
    budget_processes (id) {
        id -> Text,
        org_id -> Text,
        title -> Text,
        description -> Text,
        origin -> Text,
        phase -> Text,
        version -> BigInt,
        created_by -> Text,
        created_at -> BigInt,
        updated_at -> BigInt,
    }
}

diesel::table! {
    budget_rules (process_id) {
        process_id -> Text,
        ballot_style -> Text,
        vote_type -> Text,
        min_projects -> Nullable<BigInt>,
        max_projects -> Nullable<BigInt>,
        eligibility -> Text,
        rule -> Text,
        rules_locked_at -> Nullable<BigInt>,
        meta -> Text,
        project_columns -> Text,
        vote_columns -> Text,
        points_total -> Nullable<BigInt>,
        max_points -> Nullable<BigInt>,
        eligible_body_id -> Nullable<Text>,
        min_share_percent -> Nullable<BigInt>,
    }
}

diesel::joinable!(budget_rules -> budget_processes (process_id));

diesel::table! {
    budget_support_rules (process_id) {
        process_id -> Text,
        max_per_person -> Nullable<BigInt>,
        advance -> Text,
        advance_count -> Nullable<BigInt>,
        set_by -> Text,
        set_at -> BigInt,
    }
}

diesel::table! {
    budget_project_proposers (project_id) {
        project_id -> Text,
        organization_id -> Nullable<Text>,
        group_name -> Nullable<Text>,
    }
}

diesel::table! {
    budget_project_commons (project_id) {
        project_id -> Text,
        commons_id -> Text,
        linked_by -> Text,
        linked_at -> BigInt,
    }
}

diesel::table! {
    budget_phases (process_id, phase) {
        process_id -> Text,
        phase -> Text,
        position -> BigInt,
        enabled -> Bool,
        starts_at -> Nullable<BigInt>,
        ends_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    budget_headings (id) {
        id -> Text,
        process_id -> Text,
        position -> BigInt,
        name -> Text,
        amount -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    budget_projects (id) {
        id -> Text,
        process_id -> Text,
        heading_id -> Text,
        number -> Text,
        position -> BigInt,
        title -> Text,
        description -> Text,
        place -> Text,
        cost -> Text,
        state -> Text,
        reason -> Text,
        author_id -> Nullable<Text>,
        extra -> Text,
        progress_status -> Text,
        progress -> BigInt,
        created_at -> BigInt,
    }
}

diesel::table! {
    budget_ballots (id) {
        id -> Text,
        process_id -> Text,
        heading_id -> Text,
        voter_id -> Nullable<Text>,
        origin -> Text,
        position -> Nullable<BigInt>,
        vote -> Text,
        points -> Nullable<Text>,
        extra -> Nullable<Text>,
        cast_at -> BigInt,
    }
}

diesel::table! {
    budget_overrides (id) {
        id -> Text,
        process_id -> Text,
        project_id -> Text,
        seq -> BigInt,
        funded -> Bool,
        reason -> Text,
        decided_by -> Text,
        decided_at -> BigInt,
    }
}

diesel::table! {
    budget_groups (id) {
        id -> Text,
        process_id -> Text,
        heading_id -> Text,
        name -> Text,
        reason -> Text,
        created_by -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    budget_group_projects (project_id) {
        project_id -> Text,
        group_id -> Text,
    }
}

diesel::table! {
    budget_milestones (id) {
        id -> Text,
        project_id -> Text,
        happened_on -> Text,
        title -> Text,
        description -> Text,
        link -> Text,
        author_id -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    budget_supports (project_id, person_id) {
        project_id -> Text,
        person_id -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    budget_voter_rules (process_id) {
        process_id -> Text,
        census_salt -> Nullable<Text>,
        census_entries -> BigInt,
        census_imported_at -> Nullable<BigInt>,
        min_age -> Nullable<BigInt>,
        other_districts -> Nullable<BigInt>,
        citywide_heading_id -> Nullable<Text>,
    }
}

diesel::table! {
    budget_census (id) {
        id -> Text,
        process_id -> Text,
        id_hash -> Text,
        line -> BigInt,
        birth_date -> Nullable<Text>,
        district_heading_id -> Nullable<Text>,
        claimed_by -> Nullable<Text>,
        claimed_at -> Nullable<BigInt>,
    }
}

diesel::allow_tables_to_appear_in_same_query!(
    budget_processes,
    budget_rules,
    budget_phases,
    budget_headings,
    budget_projects,
    budget_ballots,
    budget_milestones,
    budget_supports,
    budget_voter_rules,
    budget_census,
    budget_overrides,
    budget_groups,
    budget_group_projects,
    budget_merges,
);

diesel::table! {
    budget_merges (project_id) {
        project_id -> Text,
        into_id -> Text,
        merged_by -> Text,
        merged_at -> BigInt,
        supports_moved -> BigInt,
    }
}

diesel::table! {
    ledger_distributions (id) {
        id -> Text,
        treasury_id -> Text,
        number -> BigInt,
        policy -> Text,
        amount -> BigInt,
        unit -> Text,
        account -> Text,
        since_ms -> BigInt,
        until_ms -> BigInt,
        memo -> Text,
        state -> Text,
        previewed_by -> Text,
        created_at -> BigInt,
        decided_by -> Nullable<Text>,
        decided_at -> Nullable<BigInt>,
        transaction_id -> Nullable<Text>,
    }
}

diesel::table! {
    ledger_distribution_shares (distribution_id, person_id) {
        distribution_id -> Text,
        person_id -> Text,
        amount -> BigInt,
        weight -> Text,
        basis -> Text,
    }
}

diesel::table! {
    ledger_payees (account_id) {
        account_id -> Text,
        person_id -> Text,
    }
}

diesel::joinable!(ledger_distribution_shares -> ledger_distributions (distribution_id));
diesel::joinable!(ledger_payees -> ledger_accounts (account_id));

diesel::allow_tables_to_appear_in_same_query!(
    ledger_distributions,
    ledger_distribution_shares,
    ledger_payees,
    ledger_accounts,
);

diesel::table! {
    ledger_approval_rules (treasury_id) {
        treasury_id -> Text,
        approvals -> BigInt,
        set_by -> Text,
        set_at -> BigInt,
    }
}

diesel::table! {
    ledger_expenses (id) {
        id -> Text,
        treasury_id -> Text,
        number -> BigInt,
        state -> Text,
        title -> Text,
        description -> Text,
        amount -> BigInt,
        unit -> Text,
        payee -> Text,
        payout -> Text,
        approvals_needed -> BigInt,
        submitted_by -> Text,
        created_at -> BigInt,
        decided_at -> Nullable<BigInt>,
        transaction_id -> Nullable<Text>,
    }
}

diesel::table! {
    ledger_expense_receipts (expense_id) {
        expense_id -> Text,
        name -> Text,
        media_type -> Text,
        sha256 -> Text,
        private_reason -> Nullable<Text>,
        content -> Binary,
    }
}

diesel::table! {
    ledger_expense_votes (expense_id, person_id) {
        expense_id -> Text,
        person_id -> Text,
        verdict -> Text,
        reason -> Text,
        created_at -> BigInt,
    }
}

diesel::joinable!(ledger_expense_votes -> ledger_expenses (expense_id));
diesel::joinable!(ledger_expense_receipts -> ledger_expenses (expense_id));

diesel::table! {
    ledger_holds (id) {
        id -> Text,
        treasury_id -> Text,
        number -> BigInt,
        from_account_id -> Text,
        to_account_id -> Text,
        amount -> BigInt,
        posted_amount -> Nullable<BigInt>,
        state -> Text,
        memo -> Text,
        expires_at -> BigInt,
        created_by -> Text,
        created_at -> BigInt,
        resolved_by -> Nullable<Text>,
        resolved_at -> Nullable<BigInt>,
        transaction_id -> Nullable<Text>,
    }
}

diesel::table! {
    ledger_balances (account_id) {
        account_id -> Text,
        balance -> BigInt,
    }
}

diesel::table! {
    ledger_budget_lines (id) {
        id -> Text,
        treasury_id -> Text,
        number -> BigInt,
        name -> Text,
        starts_on -> Text,
        ends_on -> Text,
        unit -> Text,
        planned -> BigInt,
        source -> Text,
        created_by -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    ledger_budget_rules (treasury_id) {
        treasury_id -> Text,
        over_line -> Text,
        set_by -> Text,
        set_at -> BigInt,
    }
}

diesel::table! {
    ledger_expense_lines (expense_id) {
        expense_id -> Text,
        line_id -> Text,
        over_by -> Nullable<BigInt>,
    }
}

diesel::joinable!(ledger_expense_lines -> ledger_budget_lines (line_id));
diesel::joinable!(ledger_expense_lines -> ledger_expenses (expense_id));
diesel::allow_tables_to_appear_in_same_query!(
    ledger_expense_lines,
    ledger_budget_lines,
    ledger_expenses
);

// The coalition (licence policies and determinations). Kept in its own block.
diesel::table! {
    coalition_policies (commons_id) {
        commons_id -> Text,
        kind -> Text,
        terms -> Text,
        set_by -> Text,
        set_at -> BigInt,
    }
}

diesel::table! {
    coalition_determinations (id) {
        id -> Text,
        commons_id -> Text,
        asked_by -> Text,
        organization_id -> Nullable<Text>,
        usage -> Text,
        outcome -> Text,
        fee -> Nullable<Text>,
        policy -> Text,
        declared -> Text,
        known -> Text,
        answer -> Text,
        period_from -> BigInt,
        decided_at -> BigInt,
        expires_at -> BigInt,
    }
}

diesel::table! {
    coalition_breaches (id) {
        id -> Text,
        commons_id -> Text,
        organization_id -> Nullable<Text>,
        person_id -> Nullable<Text>,
        determination_id -> Text,
        reason -> Text,
        recorded_by -> Text,
        recorded_at -> BigInt,
        lifted_by -> Nullable<Text>,
        lifted_at -> Nullable<BigInt>,
        lift_reason -> Nullable<Text>,
    }
}

diesel::table! {
    coalition_affiliations (id) {
        id -> Text,
        person_id -> Text,
        organization_id -> Text,
        commons_id -> Nullable<Text>,
        from_day -> Text,
        until_day -> Nullable<Text>,
        paid -> Bool,
        declared_at -> BigInt,
    }
}

// Bodies' spending authorisations and elected seats (migration 000025). Kept in its own
// block.
diesel::table! {
    body_authorisations (decision_id) {
        decision_id -> Text,
        org_id -> Text,
        body_id -> Text,
        treasury -> Text,
        expense -> BigInt,
        amount -> Text,
        amount_minor -> BigInt,
        currency -> Text,
        passed -> Bool,
    }
}

diesel::table! {
    body_elections (decision_id) {
        decision_id -> Text,
        fills_body_id -> Text,
        nominations_close_at -> BigInt,
    }
}

diesel::table! {
    body_candidates (decision_id, person_id) {
        decision_id -> Text,
        person_id -> Text,
        nominated_by -> Text,
        statement -> Text,
        state -> Text,
        option_id -> Nullable<Text>,
        created_at -> BigInt,
        answered_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    body_seats (body_id, person_id, decision_id) {
        body_id -> Text,
        person_id -> Text,
        decision_id -> Text,
        starts_at -> BigInt,
        ends_at -> BigInt,
    }
}

diesel::table! {
    body_feed_tokens (person_id) {
        person_id -> Text,
        token_hash -> Text,
        created_at -> BigInt,
    }
}

// The coalition's dues: fees accepted and pledges of phyles (migration 000033). Kept in
// its own block.
diesel::table! {
    coalition_pledges (organization_id, commons_id) {
        organization_id -> Text,
        commons_id -> Text,
        share_bp -> BigInt,
        set_by -> Text,
        set_at -> BigInt,
    }
}

diesel::table! {
    coalition_surpluses (id) {
        id -> Text,
        organization_id -> Text,
        period_from -> Text,
        period_until -> Text,
        amount -> BigInt,
        unit -> Text,
        declared_by -> Text,
        declared_at -> BigInt,
    }
}

diesel::table! {
    coalition_dues (id) {
        id -> Text,
        commons_id -> Text,
        number -> BigInt,
        kind -> Text,
        organization_id -> Nullable<Text>,
        person_id -> Nullable<Text>,
        determination_id -> Nullable<Text>,
        surplus_id -> Nullable<Text>,
        amount -> BigInt,
        unit -> Text,
        period_from -> Text,
        period_until -> Text,
        owed_number -> BigInt,
        owed_by -> Text,
        owed_at -> BigInt,
    }
}

diesel::table! {
    coalition_due_payments (due_id) {
        due_id -> Text,
        paid_number -> BigInt,
        paid_by -> Text,
        paid_at -> BigInt,
        distribution -> Nullable<BigInt>,
    }
}

diesel::joinable!(coalition_due_payments -> coalition_dues (due_id));
diesel::allow_tables_to_appear_in_same_query!(
    coalition_dues,
    coalition_due_payments,
    coalition_surpluses
);

// Lending's rules: opening hours, limits per person, pickup time (migration 000034).
diesel::table! {
    lending_rules (resource_id) {
        resource_id -> Text,
        opening_hours -> Text,
        hours_zone -> Text,
        max_items -> Nullable<BigInt>,
        max_days_month -> Nullable<BigInt>,
        max_unconfirmed -> Nullable<BigInt>,
        pickup_hours -> BigInt,
        // Desk hours (migration 000055).
        desk_hours -> Text,
    }
}

diesel::joinable!(lending_rules -> lending_resources (resource_id));
diesel::allow_tables_to_appear_in_same_query!(lending_rules, lending_resources);
diesel::allow_tables_to_appear_in_same_query!(lending_rules, lending_policies);

diesel::table! {
    lending_waits (id) {
        id -> Text,
        resource_id -> Text,
        person_id -> Text,
        quantity -> BigInt,
        starts_at -> BigInt,
        ends_at -> BigInt,
        created_at -> BigInt,
        state -> Text,
        reservation_id -> Nullable<Text>,
        offered_at -> Nullable<BigInt>,
        pickup_by -> Nullable<BigInt>,
        ended_at -> Nullable<BigInt>,
    }
}

// The ledger's approval tiers by amount (migration 000035). Kept in its own block.
diesel::table! {
    ledger_approval_tiers (treasury_id, unit, above) {
        treasury_id -> Text,
        unit -> Text,
        above -> BigInt,
        approvals -> BigInt,
    }
}

// A commons' history imported from git, and its authors' employers (migration 000031).
diesel::table! {
    commons_git_authors (id) {
        id -> Text,
        email -> Text,
        name -> Text,
        person_id -> Nullable<Text>,
        created_at -> BigInt,
    }
}

diesel::table! {
    commons_git_commits (commons_id, hash) {
        commons_id -> Text,
        hash -> Text,
        author_id -> Text,
        authored_at -> BigInt,
        files -> Text,
        lines_added -> BigInt,
        lines_removed -> BigInt,
        imported_at -> BigInt,
    }
}

diesel::table! {
    coalition_employer_lines (id) {
        id -> Text,
        commons_id -> Text,
        email -> Text,
        organization_id -> Nullable<Text>,
        employer -> Text,
        from_day -> Text,
        until_day -> Nullable<Text>,
        paid -> Bool,
        source -> Text,
    }
}

diesel::joinable!(commons_git_commits -> commons_git_authors (author_id));
diesel::allow_tables_to_appear_in_same_query!(commons_git_commits, commons_git_authors);

// What sharing saves: each library's factors per class (migration 000036).
diesel::table! {
    lending_savings_factors (steward_id, kind) {
        steward_id -> Text,
        kind -> Text,
        purchases_per_100 -> Nullable<BigInt>,
        cars_shed -> Nullable<BigInt>,
        set_by -> Text,
        set_at -> BigInt,
    }
}

// The rest of the expense flow: its steps, consent rules and objections (migration 000038).
diesel::table! {
    ledger_expense_steps (id) {
        id -> Text,
        expense_id -> Text,
        from_state -> Text,
        to_state -> Text,
        person_id -> Nullable<Text>,
        reason -> Text,
        at -> BigInt,
        pay_on -> Nullable<Text>,
        consent_ends_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    ledger_consent_rules (treasury_id) {
        treasury_id -> Text,
        days -> BigInt,
        set_by -> Text,
        set_at -> BigInt,
    }
}

diesel::table! {
    ledger_expense_objections (expense_id, person_id) {
        expense_id -> Text,
        person_id -> Text,
        reason -> Text,
        created_at -> BigInt,
        withdrawn_at -> Nullable<BigInt>,
    }
}

diesel::joinable!(ledger_expense_steps -> ledger_expenses (expense_id));
diesel::allow_tables_to_appear_in_same_query!(ledger_expense_steps, ledger_expenses);

// A person's private calendar of their reservations (migration 000044).
diesel::table! {
    lending_feed_tokens (person_id) {
        person_id -> Text,
        token_hash -> Text,
        created_at -> BigInt,
    }
}

// Expenses that pay a person what a treasury owes them (migration 000045).
diesel::table! {
    ledger_payouts (expense_id) {
        expense_id -> Text,
        account_id -> Text,
    }
}

diesel::joinable!(ledger_payouts -> ledger_expenses (expense_id));
diesel::joinable!(ledger_payouts -> ledger_accounts (account_id));
diesel::allow_tables_to_appear_in_same_query!(ledger_payouts, ledger_expenses, ledger_accounts);

// Standing delegations within a body (migration 000042). Kept in its own block.
diesel::table! {
    body_delegations (body_id, delegator_id) {
        body_id -> Text,
        delegator_id -> Text,
        delegate_id -> Text,
        created_at -> BigInt,
        accepted_at -> Nullable<BigInt>,
    }
}

// Peer offers, requests and their matches (migration 000043). Kept in their own block.
diesel::table! {
    lending_offers (id) {
        id -> Text,
        person_id -> Text,
        resource_id -> Nullable<Text>,
        kind -> Text,
        title -> Text,
        description -> Text,
        place -> Text,
        mode -> Text,
        fee_per_day -> Nullable<BigInt>,
        wanted -> Text,
        state -> Text,
        created_at -> BigInt,
        closed_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    lending_requests (id) {
        id -> Text,
        person_id -> Text,
        kind -> Text,
        title -> Text,
        description -> Text,
        place -> Text,
        needed_from -> Nullable<BigInt>,
        needed_until -> Nullable<BigInt>,
        state -> Text,
        created_at -> BigInt,
        closed_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    lending_offer_matches (id) {
        id -> Text,
        offer_id -> Text,
        request_id -> Nullable<Text>,
        proposer_id -> Text,
        taker_id -> Text,
        starts_at -> Nullable<BigInt>,
        ends_at -> Nullable<BigInt>,
        terms -> Text,
        fee -> Nullable<BigInt>,
        state -> Text,
        closes_offer -> Bool,
        reservation_id -> Nullable<Text>,
        created_at -> BigInt,
        decided_at -> Nullable<BigInt>,
    }
}

// A commons treasury's standing distribution policy, and the parameters each distribution
// was made with (migration 000046). Kept in their own block.
diesel::table! {
    ledger_distribution_policies (treasury_id) {
        treasury_id -> Text,
        policy -> Text,
        parameters -> Text,
        set_by -> Text,
        set_at -> BigInt,
    }
}

diesel::table! {
    ledger_distribution_parameters (distribution_id) {
        distribution_id -> Text,
        parameters -> Text,
        undistributed -> BigInt,
    }
}

// Lending's photos and kits (migration 000047).
diesel::table! {
    lending_photos (id) {
        id -> Text,
        resource_id -> Text,
        caption -> Text,
        media_type -> Text,
        sha256 -> Text,
        bytes -> BigInt,
        content -> Binary,
        added_by -> Text,
        added_at -> BigInt,
    }
}

diesel::table! {
    lending_kit_parts (kit_id, part_id) {
        kit_id -> Text,
        part_id -> Text,
        quantity -> BigInt,
    }
}

// Peer allocation rounds of commons treasuries (migration 000053).
diesel::table! {
    ledger_peer_rounds (id) {
        id -> Text,
        treasury_id -> Text,
        number -> BigInt,
        allowance -> BigInt,
        closes_at -> BigInt,
        closed_at -> Nullable<BigInt>,
        opened_by -> Text,
        opened_at -> BigInt,
    }
}

diesel::table! {
    ledger_peer_members (round_id, person_id) {
        round_id -> Text,
        person_id -> Text,
    }
}

diesel::table! {
    ledger_peer_gifts (round_id, giver_id, receiver_id) {
        round_id -> Text,
        giver_id -> Text,
        receiver_id -> Text,
        points -> BigInt,
    }
}

diesel::table! {
    budget_valuation_panels (process_id) {
        process_id -> Text,
        body_id -> Nullable<Text>,
        named_by -> Text,
        named_at -> BigInt,
    }
}

diesel::table! {
    budget_valuations (project_id) {
        project_id -> Text,
        process_id -> Text,
        feasible -> Bool,
        price -> Nullable<Text>,
        estimate -> Text,
        explanation -> Text,
        valuated_by -> Text,
        valuated_at -> BigInt,
        revision -> BigInt,
        published_at -> Nullable<BigInt>,
    }
}

// Photos of a loan's condition at check-out and return (migration 000052).
diesel::table! {
    lending_condition_photos (id) {
        id -> Text,
        reservation_id -> Text,
        moment -> Text,
        caption -> Text,
        media_type -> Text,
        sha256 -> Text,
        bytes -> BigInt,
        content -> Binary,
        added_by -> Text,
        added_at -> BigInt,
    }
}

// Stewards' approvals of and objections to a previewed distribution (migration 000059).
diesel::table! {
    ledger_distribution_approvals (distribution_id, person_id) {
        distribution_id -> Text,
        person_id -> Text,
        reason -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    ledger_distribution_objections (distribution_id, person_id) {
        distribution_id -> Text,
        person_id -> Text,
        reason -> Text,
        created_at -> BigInt,
        withdrawn_at -> Nullable<BigInt>,
    }
}

// Lending's terms beyond the policy: lead time (migration 000061).
diesel::table! {
    lending_policy_terms (resource_id) {
        resource_id -> Text,
        lead_minutes -> BigInt,
        currency -> Text,
        deposit -> BigInt,
        fee_mode -> Text,
        fee -> BigInt,
        late_fee_per_day -> BigInt,
    }
}

diesel::joinable!(lending_policy_terms -> lending_resources (resource_id));
diesel::allow_tables_to_appear_in_same_query!(lending_policy_terms, lending_resources);
diesel::allow_tables_to_appear_in_same_query!(lending_policy_terms, lending_policies);
diesel::allow_tables_to_appear_in_same_query!(lending_policy_terms, lending_rules);

// Paper ballots reconciled: batches per polling station and each sheet read (000064).
diesel::table! {
    budget_paper_batches (id) {
        id -> Text,
        process_id -> Text,
        heading_id -> Text,
        station -> Text,
        declared -> Nullable<BigInt>,
        read_count -> BigInt,
        recorded -> BigInt,
        set_aside -> BigInt,
        mismatch_reason -> Nullable<Text>,
        recorded_by -> Text,
        recorded_at -> BigInt,
    }
}

diesel::table! {
    budget_paper_sheets (id) {
        id -> Text,
        batch_id -> Text,
        process_id -> Text,
        heading_id -> Text,
        line -> BigInt,
        serial -> Nullable<Text>,
        voter_key -> Nullable<Text>,
        ballot_id -> Nullable<Text>,
        set_aside -> Nullable<Text>,
        vote -> Text,
        points -> Nullable<Text>,
    }
}

diesel::joinable!(budget_paper_sheets -> budget_paper_batches (batch_id));
diesel::allow_tables_to_appear_in_same_query!(budget_paper_sheets, budget_paper_batches);

// The money of a loan: its quote, late fee and ledger entries (migration 000063).
diesel::table! {
    lending_reservation_money (reservation_id) {
        reservation_id -> Text,
        currency -> Text,
        fee -> BigInt,
        deposit -> BigInt,
        late_fee_per_day -> BigInt,
        late_fee -> Nullable<BigInt>,
        treasury -> Nullable<Text>,
        fee_entry -> Nullable<BigInt>,
        deposit_entry -> Nullable<BigInt>,
        deposit_back_entry -> Nullable<BigInt>,
        late_fee_entry -> Nullable<BigInt>,
    }
}

diesel::joinable!(lending_reservation_money -> lending_reservations (reservation_id));
diesel::allow_tables_to_appear_in_same_query!(lending_reservation_money, lending_reservations);
