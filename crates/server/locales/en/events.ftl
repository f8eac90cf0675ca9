# The journal's lines: one message per event type, named after the type's `kind` with `-`
# for `.` and `_` (`commons.forked` is `event-commons-forked`). `$actor` is the person who
# acted; people's and organizations' handles come with their `@`, commons' handles bare
# (as the commons' pages write them). A line whose event cannot give a value it places is
# shown in English, as it was written when the event happened.

# The badge of an event's verb.
event-verb = { $verb ->
    [Create] { $object ->
        [comment] Commented
        [thread] Started a thread
        [reservation] Reserved
        [treasury] Opened
        [ledger_transaction] Recorded
        [decision] Drafted
        [distribution] Previewed
        [expense] Submitted
        [hold] Held
       *[other] Created
    }
    [Update] { $object ->
        [comment] Edited
        [reservation] Lent
        [expense] Paid
       *[other] Updated
    }
    [Delete] { $object ->
        [resource] Retired
        [reservation] Cancelled
        [distribution] Discarded
        [expense] Withdrawn
        [hold] Released
       *[other] Deleted
    }
    [Accept] { $object ->
        [distribution] Posted
        [expense] Approved
        [hold] Posted
       *[other] Accepted
    }
    [Reject] { $object ->
        [organization] Declined
       *[other] Rejected
    }
    [Offer] { $object ->
        [expense] Drafted
        [reservation] Moved
       *[other] Proposed
    }
    [Invite] { $object ->
        [expense] More asked
       *[other] Invited
    }
    [Join] { $object ->
        [expense] Scheduled
       *[other] Joined
    }
    [Leave] { $object ->
        [distribution] Objected
        [expense] Objected
       *[other] Left
    }
    [Add] { $object ->
        [distribution] Approved
        [expense] Edited
       *[other] Added
    }
    [Remove] { $object ->
        [expense] Marked as spam
       *[other] Removed
    }
    [Undo] { $object ->
        [distribution] Objection withdrawn
        [expense] Objection withdrawn
        [reservation] Returned
        [ledger_transaction] Reversed
       *[other] Reverted
    }
   *[other] { $verb }
}

## People and organizations

event-person-signed-up = { $admin ->
    [yes] { $actor } joined the instance as instance administrator
   *[no] { $actor } joined the instance
}
event-person-updated = { $actor } updated their profile
event-person-made-admin = { $person } became an instance administrator
event-person-renamed = { $old } is now { $new }: the organization { $old } had this handle first
# `org-kind` is the organization's kind, as the organization pages write it.
event-organization-created = { $actor } created { $name } { $organization } ({ org-kind })
event-organization-updated = { $actor } updated { $organization }
event-organization-renamed = The organization { $old } is now { $new }: the person { $old } had this handle first
event-organization-invited = { $actor } invited { $invitee } to { $organization } as { $role ->
    [admin] admin
   *[member] member
}
event-organization-joined = { $actor } joined { $organization } as { $role ->
    [admin] admin
   *[member] member
}
event-organization-declined = { $actor } declined the invitation to { $organization }
event-organization-left = { $actor } left { $organization }
event-organization-removed = { $actor } removed { $member } from { $organization }

## Commons and contributions

event-commons-created = { $actor } created the commons { $name } ({ $handle })
event-commons-forked = { $actor } forked { $from } at revision { $fork_point } as { $handle }
event-commons-deleted = { $forks ->
    [0] { $actor } deleted the commons { $name } ({ $handle }); its history stays readable
    [one] { $actor } deleted the commons { $name } ({ $handle }); its history stays readable and goes on in 1 fork
   *[other] { $actor } deleted the commons { $name } ({ $handle }); its history stays readable and goes on in { $forks } forks
}
event-commons-maintainer-added = { $actor } made { $maintainer } a maintainer of { $commons }
# `$who` is `self` when the maintainer stepped down.
event-commons-maintainer-removed = { $who ->
    [self] { $actor } stepped down as a maintainer of { $commons }
   *[other] { $actor } removed { $maintainer } as a maintainer of { $commons }
}
event-commons-revision-reverted = { $actor } reverted revision { $reverted } of { $commons } as revision { $revision }
# `$title` is the first line of the contribution's message.
event-contribution-proposed = { $what ->
    [change] { $actor } proposed a change to { $commons }: { $title }
   *[work_record] { $actor } proposed a work record to { $commons }: { $title }
}
event-contribution-updated = { $actor } updated contribution #{ $number } to { $commons }
event-contribution-accepted = { $actor } accepted contribution #{ $number } to { $commons }
event-contribution-rejected = { $actor } rejected contribution #{ $number } to { $commons }
event-contribution-changes-requested = { $actor } asked for changes to contribution #{ $number } to { $commons }
event-contribution-withdrawn = { $actor } withdrew contribution #{ $number } to { $commons }

## Discussion

# `$on` is the commons or the organization the thread is on.
event-thread-started = { $actor } started the thread “{ $title }” on { $on }
event-comment-written = { $actor } commented on “{ $title }” ({ $on })
event-comment-edited = { $actor } edited a comment on “{ $title }” ({ $on })
event-comment-deleted = { $actor } deleted a comment on “{ $title }” ({ $on })
event-commons-translated = { $actor } wrote the name and summary of { $commons } in { $lang ->
    [fr] French
    [it] Italian
    [es] Spanish
   *[en] English
}
event-commons-translation-removed = { $actor } removed the { $lang ->
    [fr] French
    [it] Italian
    [es] Spanish
   *[en] English
} name and summary of { $commons }
event-organization-translated = { $actor } wrote the name and description of { $organization } in { $lang ->
    [fr] French
    [it] Italian
    [es] Spanish
   *[en] English
}
event-organization-translation-removed = { $actor } removed the { $lang ->
    [fr] French
    [it] Italian
    [es] Spanish
   *[en] English
} name and description of { $organization }

## Bodies
event-body-created = { $actor } declared the body “{ $body }” of { $org }
event-body-rulebook-changed = { $actor } wrote version { $version } of the rulebook of “{ $body }”
event-decision-drafted = { $actor } drafted “{ $title }” for “{ $body }”
event-decision-opened = { $actor } opened “{ $title }” of “{ $body }” to { $voters ->
    [one] { $voters } voter
   *[other] { $voters } voters
}
event-decision-voted = { $actor } voted on “{ $title }” (“{ $body }”)
event-decision-ballot-received = A ballot was cast on “{ $title }” (“{ $body }”)
event-decision-closed = “{ $title }” of “{ $body }” closed: { $result ->
    [decided] decided
   *[failed] failed
}
event-decision-withdrawn = { $actor } withdrew “{ $title }” of “{ $body }”
event-body-rulebook-adopted = Decision { $decision } wrote version { $version } of the rulebook of “{ $body }”
event-decision-edited = { $actor } rewrote the draft “{ $title }” of “{ $body }”
event-decision-proxy-given = { $actor } gave their proxy on “{ $title }” to { $holder }
event-decision-proxy-revoked = { $actor } took back their proxy on “{ $title }” from { $holder }
event-treasury-opened = { $actor } opened the treasury of { $treasury }
event-treasury-account-opened = { $actor } opened the account { $account } in the treasury of { $treasury }
event-ledger-transaction-recorded = { $actor } recorded { $flow ->
    [income] income
    [spending] spending
   *[transfer] a transfer
} #{ $number } in the treasury of { $treasury }
event-ledger-transaction-reversed = { $actor } reversed transaction #{ $reverses } of the treasury of { $treasury } with #{ $number }

## Budgets

event-budget-imported = { $actor } imported “{ $title }” for { $owner }: { $projects ->
    [one] one project
   *[other] { $projects } projects
}, { $ballots ->
    [one] one ballot
   *[other] { $ballots } ballots
}
event-budget-created = { $actor } created the participatory budget “{ $title }” of { $owner }, with { $headings ->
    [one] one heading
   *[other] { $headings } headings
}
event-budget-heading-added = { $actor } added the heading “{ $heading }” ({ $amount }) to “{ $title }”
event-budget-rules-changed = { $actor } set the ballot of “{ $title }” to { $style }, counted by { $rule }
event-budget-phases-planned = { $actor } planned the phases of “{ $title }” ({ $phases ->
    [one] one phase enabled
   *[other] { $phases } phases enabled
})
event-budget-phase-changed = { $by_date ->
    [yes] “{ $title }” moved to its phase by date:
   *[no] { $actor } moved “{ $title }” to its phase:
} { $phase ->
    [drafting] drafting
    [informing] information
    [accepting_proposals] accepting proposals
    [reviewing] reviewing proposals
    [supporting] supports
    [valuating] valuation
    [publishing_prices] publishing prices
    [balloting] balloting
    [reviewing_ballots] reviewing ballots
    [results] results
    [implementation] implementation
   *[finished] finished
}
event-budget-ballot-cast = { $changed ->
    [yes] A ballot was changed
   *[no] A ballot was cast
} in “{ $title }” ({ $heading })
event-budget-paper-ballots-recorded = { $actor } recorded { $count ->
    [one] one paper ballot
   *[other] { $count } paper ballots
} in “{ $title }” ({ $heading }): { $read } read, { $aside } set aside{ $accepted ->
    [yes] ; a count differing from its tally sheet accepted: { $reason }
   *[no] {""}
}
event-budget-census-imported = { $actor } imported the census of “{ $title }”: { $entries ->
    [one] one entry
   *[other] { $entries } entries
}
event-budget-census-claimed = Someone claimed their entry in the census of “{ $title }”
event-budget-voter-rules-set = { $actor } set who may vote where in “{ $title }”: { $age ->
    [0] at any age
   *[other] from age { $age }
}; { $others ->
    [-1] in every district
    [0] in one's own district only
    [one] in one's own district and one other
   *[other] in one's own district and { $others } others
}
# `$proposer`: whom the person proposed for, `organization` or `group` (named by `$who`), or `person` (themselves).
event-budget-project-proposed = { $proposer ->
    [organization] { $actor } proposed project { $number }, “{ $name }”, for { $who } in “{ $title }”
    [group] { $actor } proposed project { $number }, “{ $name }”, for the group “{ $who }” in “{ $title }”
   *[person] { $actor } proposed project { $number }, “{ $name }”, in “{ $title }”
}
event-budget-project-reviewed = { $actor } { $state ->
    [rejected] took project { $number }, “{ $name }”, off the ballot of
   *[other] put project { $number }, “{ $name }”, on the ballot of
} “{ $title }”
event-budget-project-progressed = { $actor } recorded project { $number }, “{ $name }”, of “{ $title }” as { $progress } % done
event-budget-project-supported = Project { $number }, “{ $name }”, of “{ $title }” was supported
event-commons-licence-policy-set = { $actor } set the licence policy of { $commons } to { $policy ->
    [ppl] the Peer Production License
    [copyfair] CopyFair
    [custom] a licence of its own
   *[spdx] an open licence
}
event-determination-made = { $actor } asked to use { $commons } { $usage ->
    [commercial] commercially
   *[non_commercial] for a use that is not commercial
}{ $organization ->
    [none] {""}
   *[other] {" "}for { $organization }
}: { $outcome ->
    [permitted_non_commercial] permitted
    [permitted_commons_based] permitted, as commons-based use
    [permitted_reciprocity_met] permitted, its reciprocity met
    [permitted_with_fee] permitted with a fee of { $fee }
    [not_permitted] not permitted under its licence
    [terminated] not permitted, its rights ended for a breach
   *[needs_evidence] evidence needed
}
event-determination-terminated = { $actor } ended the rights of { $party } under { $commons } for a breach
event-person-affiliation-declared = { $actor } declared working with { $organization }, { $paid ->
    [yes] paid for it
   *[no] as a volunteer
}
event-person-affiliation-withdrawn = { $actor } took back their affiliation with { $organization }
event-determination-breach-lifted = { $actor } lifted the breach of { $party } under { $commons }
event-due-owed = { $party } owes { $amount } to { $commons } ({ $kind ->
    [pledge] a pledged share of surplus
   *[other] a licence fee
})
event-due-paid = { $actor } recorded { $party }'s payment of { $amount } to { $commons }
event-organization-pledges-set = { $actor } set the pledges of { $organization } to { $count } commons
event-organization-surplus-declared = { $actor } declared a surplus of { $amount } for { $organization }; { $pledged } pledged to the commons
## Lending

event-resource-created = { $actor } put { $name } up for lending ({ $quantity ->
    [one] one item
   *[other] { $quantity } items
}, stewarded by { $steward })
event-resource-retired = { $actor } retired { $name }
event-reservation-made = { $actor } reserved { $quantity } of { $name } for { $borrower }
event-reservation-approved = { $actor } approved { $borrower }’s reservation of { $name }
event-reservation-cancelled = { $actor } cancelled { $borrower }’s reservation of { $name }
event-reservation-checked-out = { $actor } lent { $quantity } of { $name } to { $borrower }
event-reservation-lent-walk-in = { $actor } lent { $quantity } of { $name } to { $borrower } at the desk, without a booking
event-reservation-returned = { $actor } took back { $quantity } of { $name } from { $borrower }
event-distribution-previewed = { $actor } previewed distribution #{ $number } of { $amount } from the treasury of { $treasury } to its contributors by { $policy }
event-distribution-posted = { $actor } posted distribution #{ $number } of { $amount } from the treasury of { $treasury } to { $recipients } contributors
event-distribution-discarded = { $actor } discarded distribution #{ $number } of the treasury of { $treasury }
event-distribution-approved = { $actor } approved distribution #{ $number } of the treasury of { $treasury } ({ $approvals } of { $needed })
event-distribution-objected = { $actor } objected to distribution #{ $number } of the treasury of { $treasury }: { $reason }
event-distribution-objection-withdrawn = { $actor } withdrew their objection to distribution #{ $number } of the treasury of { $treasury }
event-treasury-approval-rule-set = { $actor } asked { $approvals } of the stewards of { $treasury } to approve each expense
event-expense-submitted = { $actor } submitted expense #{ $number } of { $amount } to the treasury of { $treasury }: { $title }
event-expense-approved = { $actor } approved expense #{ $number } of the treasury of { $treasury } ({ $approvals } of { $needed })
event-expense-rejected = { $actor } rejected expense #{ $number } of the treasury of { $treasury }: { $reason }
event-expense-paid = { $actor } paid expense #{ $number } of { $amount } from the treasury of { $treasury } (transaction #{ $transaction })
event-expense-canceled = { $actor } withdrew expense #{ $number } of the treasury of { $treasury }
event-expense-drafted = { $actor } drafted expense #{ $number } of { $amount } to the treasury of { $treasury }: { $title }
event-expense-sent = { $actor } submitted expense #{ $number } of the treasury of { $treasury }
event-expense-edited = { $actor } edited expense #{ $number } of the treasury of { $treasury }: { $title }, { $amount }
event-expense-incomplete = { $actor } asked for more on expense #{ $number } of the treasury of { $treasury }: { $reason }
event-expense-scheduled = { $actor } scheduled expense #{ $number } of the treasury of { $treasury } for payment on { $pay_on }
event-expense-spam = { $actor } marked expense #{ $number } of the treasury of { $treasury } as spam: { $reason }
event-expense-objected = { $actor } objected to expense #{ $number } of the treasury of { $treasury }: { $reason }
event-expense-objection-withdrawn = { $actor } withdrew their objection to expense #{ $number } of the treasury of { $treasury }
event-expense-consented = Expense #{ $number } of the treasury of { $treasury } was approved by consent: no objection stood
event-hold-placed = { $actor } set { $amount } aside from { $from } for { $to } in the treasury of { $treasury } (hold #{ $number })
event-hold-posted = { $actor } posted { $amount } of hold #{ $number } of the treasury of { $treasury } (transaction #{ $transaction })
event-hold-voided = { $actor } voided hold #{ $number } of the treasury of { $treasury }
event-hold-expired = Hold #{ $number } of the treasury of { $treasury } expired
event-decision-payment-authorised = “{ $title }” of “{ $body }” authorised paying expense { $expense } of { $treasury }: { $amount }
event-treasury-budget-line-added = { $actor } planned { $planned } for { $name } in the treasury of { $treasury }
event-treasury-budget-rule-set = { $actor } set what happens to an expense approved over its budget line in { $treasury }: { $over_line }

## Lending's upkeep
event-resource-blocked = { $actor } blocked { $quantity } of { $name } for maintenance: { $reason }
event-resource-broke-down = { $actor } reported { $quantity } of { $name } broken: { $reason }
event-resource-block-ended = { $actor } brought { $quantity } of { $name } back into the pool
event-resource-maintenance-planned = { $actor } planned maintenance of { $name }: { $minutes } minutes every { $days ->
    [0] { $uses } loans
   *[other] { $days } days{ $uses ->
        [0] {""}
       *[other] {" "}or { $uses } loans
    }
}
event-resource-training-recorded = { $actor } recorded that { $person } is trained on { $name }
event-reservation-moved = { $actor }’s breakdown report moved { $borrower }’s reservation of { $name }
event-resource-policy-set = { $actor } changed how { $name } is lent
event-decision-nominated = { $actor } nominated { $candidate } for “{ $title }”
event-decision-nomination-accepted = { $actor } accepted their nomination for “{ $title }”
event-decision-nomination-declined = { $actor } declined their nomination for “{ $title }”
event-body-seat-taken = { $holder } took a seat on “{ $body }”
event-body-seat-released = The term of { $holder } on “{ $body }” ended

# Lending: waiting lists (issue 18)
event-resource-wait-joined = { $actor } joined the waiting list of { $name } (place { $position })
event-resource-wait-left = { $person } is no longer waiting for { $name }
event-reservation-offered = { $name } was offered to { $borrower } from the waiting list
event-reservation-taken = { $actor } took up the offer of { $name }
event-reservation-lapsed = { $borrower }’s offer of { $name } lapsed: not picked up in time
event-organization-savings-factors-set = { $actor } set the savings factors of { $library }
event-person-savings-factors-set = { $actor } set the savings factors of { $library }
event-commons-history-imported = The history of { $commons } was imported from git: { $commits ->
    [one] one commit
   *[other] { $commits } commits
} by { $authors ->
    [one] one author
   *[other] { $authors } authors
}
event-expense-unscheduled = { $actor } took expense #{ $number } of the treasury of { $treasury } off its day of payment

# Proxies with acceptance and standing delegations (issue 14, point 5)
event-decision-proxy-offered = { $actor } offered their proxy on “{ $title }” to { $holder }
event-decision-proxy-accepted = { $actor } accepted the proxy of { $giver } on “{ $title }”
event-decision-proxy-declined = { $actor } declined the proxy of { $giver } on “{ $title }”
event-body-delegation-offered = { $actor } offered a standing delegation in “{ $body }” to { $delegate }
event-body-delegation-accepted = { $actor } accepted the standing delegation of { $delegator } in “{ $body }”
event-body-delegation-declined = { $actor } declined the standing delegation of { $delegator } in “{ $body }”
event-body-delegation-revoked = { $actor } took back their standing delegation in “{ $body }” from { $delegate }

## Peer offers
event-offer-created = { $actor } offered { $title } ({ $mode })
event-offer-updated = { $actor } edited the offer of { $title }
event-offer-closed = { $actor } closed the offer of { $title }
event-offer-match-proposed = { $actor } proposed that { $owner }’s { $title } go to { $taker }
event-offer-match-accepted = { $actor } accepted: { $taker } borrows { $owner }’s { $title }
event-offer-match-declined = { $actor } declined the match of { $owner }’s { $title } with { $taker }
event-offer-given = { $actor } accepted: { $owner } gave { $title } to { $taker }
event-offer-bartered = { $actor } accepted: { $owner } bartered { $title } with { $taker }
event-thing-request-created = { $actor } asked for { $title }
event-thing-request-closed = { $actor } closed the request for { $title }
event-budget-project-outcome-overridden = { $actor } overrode the count: project { $number }, “{ $name }”, of “{ $title }” { $funded ->
    [yes] is funded
   *[no] is not funded
}
event-distribution-policy-set = { $actor } set the distribution policy of the treasury of { $treasury } to { $policy }
event-budget-project-merged = { $actor } merged project { $number }, “{ $name }”, into project { $into } of “{ $title }”

event-resource-photo-added = { $actor } added a photo of { $name }
event-resource-photo-removed = { $actor } removed a photo of { $name }
event-resource-kit-set = { $actor } made { $name } a kit of { $parts ->
    [one] { $parts } part
   *[other] { $parts } parts
}
event-distribution-peer-round-opened = { $actor } opened peer allocation round { $number } of the treasury of { $treasury }: { $allowance } points each for { $members } members
event-distribution-peer-gifts-set = { $actor } gave { $given } of their { $allowance } points in round { $number } of the treasury of { $treasury }
event-distribution-peer-round-closed = { $actor } closed peer allocation round { $number } of the treasury of { $treasury }: { $givers } members gave

event-budget-valuation-panel-named = { $named ->
    [yes] { $actor } named “{ $body }” the valuation panel of “{ $title }”
   *[no] { $actor } left the valuation of “{ $title }” to the owner's admins
}
event-budget-project-valuated = { $actor } valuated project { $number }, “{ $name }”, of “{ $title }” (valuation { $revision })
event-budget-valuation-published = Valuation of “{ $title }” published: { $feasible } feasible, { $unfeasible } not
event-budget-group-made = { $actor } made projects { $projects } of “{ $title }” incompatible: at most one is funded
event-budget-group-removed = { $actor } removed the incompatibility of projects { $projects } of “{ $title }”
event-budget-support-rules-set = { $actor } set how projects of “{ $title }” reach the ballot: { $advance ->
    [top] the { $count } most supported of each heading
    [threshold] those whose supports reach { $count }
   *[all] every project
}
event-budget-supports-counted = Supporting of “{ $title }” ended: projects on the ballot { $advanced }, left out { $left }
event-reservation-photo-added = { $actor } took a photo of { $name } lent to { $borrower } at its { $moment ->
    [check_out] check-out
   *[return] return
}
event-commons-savings-factors-set = { $actor } set the savings factors of { $library }
event-instance-savings-factors-set = { $actor } set the territory's default savings factors
event-budget-project-commons-linked = { $actor } linked project { $number }, “{ $name }”, of “{ $title }” to the commons { $commons }
event-budget-project-commons-unlinked = { $actor } unlinked project { $number }, “{ $name }”, of “{ $title }” from the commons { $commons }
