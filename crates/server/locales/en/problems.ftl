# Problem details: the human `detail` of the API's problem+json answers and of error pages.
# Each says what went wrong and what to fix. Values in backquotes or quotation marks are the
# client's own (handles, paths, revisions, field names) and stay as they are. A message whose
# comment says it is "said after" or "put inside" another is a piece of that one.

## The server

problem-internal = something went wrong on the server; it has been logged
problem-unavailable = the database is not reachable right now; try again shortly
problem-no-record = the record does not exist
problem-already-exists = a record with this name already exists; choose another
problem-no-address = the address { $path } does not exist
problem-method-not-allowed = { $method } is not something the address { $path } answers; see /api/openapi.json for what it takes
problem-unknown-language = "{ $lang }" is not a language these pages are written in: choose en, fr, it or es

## Refusals before the request is read, and timeouts

problem-uri-too-long = the address is { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    } long; this server takes at most { $most }: send long input in a body
problem-headers-too-large = the headers add up to { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }; this server takes at most { $most }: drop stale cookies or large custom headers
problem-body-declared-too-large = the request declares { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }; this server accepts at most { $most }
problem-request-timeout = the request took longer than { $seconds } s: send it again, or send less

## Bodies, forms and addresses the server cannot read
## ($reason is the reading library's own explanation, in English.)

problem-body-too-large = the request body is larger than this server accepts
problem-form-too-large = the form is larger than this server accepts
problem-unreadable-body = { $reason }
problem-nul-character = a text in the request holds the NUL character (\u0000 or %00); remove it
problem-json-content-type = send the body as JSON with `Content-Type: application/json`
problem-json-data = { $reason }
problem-json-syntax = { $reason }
problem-invalid-form = the form could not be read ({ $reason }): reload the page and fill it in again
problem-invalid-path = { $reason }
problem-invalid-query = { $reason }
problem-address-control-character = the address holds a control character (%{ $hex }); remove it
# On a page: what is wrong with the address ($why: one of the four messages above), then what to do.
problem-fix-the-address = { $why }: fix the address

## Lists

problem-invalid-limit = limit must be between 1 and { $most }, not { $limit }
problem-invalid-cursor = cursor "{ $cursor }" is not one this server gave out: start again without it

## Signing in, tokens and forms

problem-csrf-failed = this form is stale or was not sent from this site: reload the page and submit it again
problem-not-signed-in = you are not signed in, or your session has expired: sign in and try again
problem-token-missing = this call needs an API token: send `Authorization: Bearer TOKEN` (create one with POST /api/v1/tokens)
problem-token-malformed = the Authorization header must read `Bearer TOKEN`
problem-token-unknown = this API token is unknown or has been revoked
problem-token-or-password = send an existing token as `Authorization: Bearer …`, or `handle` and `password` in the body
problem-account-gone = this account no longer exists
problem-wrong-credentials = the handle or the password is wrong
problem-wrong-password = the current password is wrong
problem-too-many-attempts = too many failed sign-ins: try again in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }

## The journal

problem-invalid-last-event-id = Last-Event-ID must be a journal seq (an integer)
problem-unknown-object-type = object_type "{ $given }" is none of { $known }
problem-invalid-context = context "{ $given }" names no record: write it as kind:handle, the kind one of { $known } (for example commons:bread)

## Handles: people's, organizations' and commons'

# The rules of handles, said after the handle ($rule of problem-invalid-handle and of
# problem-invalid-commons-handle).
problem-handle-length = must be 2 to 40 characters long
problem-handle-characters = may only contain lowercase letters a-z, digits, '-' and '_' (no spaces)
problem-handle-start = must start with a letter
problem-handle-end = must end with a letter or a digit
problem-handle-separators = may not have two of '-' and '_' in a row
problem-handle-reserved = is reserved for a page; choose another
problem-invalid-handle = handle "{ $handle }" { $rule }
problem-handle-taken = the handle @{ $handle } is taken by { $by ->
        [organization] an organization
       *[person] a person
    }; people and organizations share one list of handles: choose another

## People and organizations
## ($field is a field's name as the API and the forms send it: display_name, bio, name, description.)

problem-no-person = person @{ $handle } does not exist
problem-no-token = an active token with this id among yours does not exist
problem-no-organization = organization @{ $handle } does not exist
problem-no-membership = a membership of @{ $person } in @{ $org } does not exist
problem-invalid-org-kind = kind "{ $kind }" is not one of: { $known }
problem-invalid-role = role "{ $role }" must be member or admin
problem-field-empty = { $field } must not be empty
problem-field-one-line = { $field } must be one line
problem-field-too-long = { $field } must be at most { $most ->
        [one] { $most } character
       *[other] { $most } characters
    }
problem-field-control-characters = { $field } contains control characters
problem-password-too-short = the password must be at least { $least ->
        [one] { $least } character
       *[other] { $least } characters
    } long
problem-password-too-long = the password must be at most { $most ->
        [one] { $most } character
       *[other] { $most } characters
    } long
problem-invalid-email = the email address is not valid (expected name@example.org)
problem-invalid-website = website must be an http:// or https:// address of at most { $most ->
        [one] { $most } character
       *[other] { $most } characters
    }
problem-invalid-language = language: choose en, fr, it or es, or leave it empty for your browser's
problem-invalid-time-zone = time_zone: write a zone of the tz database such as Europe/Rome or America/Bogota, or leave it empty for the instance's
problem-text-language = language: the text is written in en, fr, it or es
problem-original-language = { $lang } is the language this was first written in; change the text itself, or translate it into another language
problem-no-translation = { $object } has no translation into { $lang }
problem-admins-only = only admins of @{ $org } may do this
problem-members-only = only members of @{ $org } may { $why }
# What only members may do, said after "may" in problem-members-only.
problem-why-home-org = make it the home of a commons
problem-already-invited = @{ $person } is already invited to @{ $org }
problem-already-member = @{ $person } is already a member of @{ $org }
problem-already-your-org = you are already a member of @{ $org }
problem-not-invited = you have no invitation to @{ $org }; ask one of its admins
problem-not-your-org = you are not a member of @{ $org }
problem-last-admin-leaving = you are the last admin of @{ $org }: invite another admin first, then leave
problem-last-admin-removed = @{ $person } is the last admin of @{ $org } and cannot be removed

## Commons: the rules of the model

problem-invalid-commons-handle = invalid handle `{ $handle }`: { $rule }
problem-unknown-commons-kind = unknown kind `{ $kind }`; use one of software, knowledge, design, data, other
# $field is a field's name as sent (name, summary, message, description, comment, contribution);
# $reason one of the four messages after this one.
problem-invalid-text = invalid { $field }: { $reason }
problem-text-empty = it is empty; write something
problem-text-too-long = it has { $chars ->
        [one] { $chars } character
       *[other] { $chars } characters
    }; the limit is { $limit }
problem-text-control-character = it has a control character at byte { $position }; remove it
problem-text-one-line = keep the name on one line
problem-text-same-kind = an update keeps the contribution's type (change or work record); propose a new one instead
# $reason is one of the three messages after this one.
problem-invalid-licence = invalid licence `{ $expression }`: { $reason }
problem-licence-spaces = give an SPDX expression such as `CC-BY-SA-4.0` without surrounding spaces
# $reason is the SPDX library's own explanation, in English.
problem-licence-syntax = { $reason }; see https://spdx.org/licenses/ for identifiers
problem-licence-unlisted = `{ $licence }` is not on the SPDX licence list; of the licences outside it only `LicenseRef-PPL` and `LicenseRef-CopyFair` are taken (for terms of your own, set a custom licence policy on the commons)
# $problem is one of the problem-path-… messages after this one.
problem-invalid-file-path = invalid path `{ $path }`: { $problem }
problem-path-empty = the path is empty; give a file name such as `README.md`
problem-path-absolute = the path starts with `/`; write it relative to the commons root
problem-path-backslash = the path contains `\`; separate folders with `/`
problem-path-empty-segment = the path has an empty segment (`//` or a trailing `/`); remove it
problem-path-dot-segment = the path has a `.` segment; remove it
problem-path-parent-segment = the path has a `..` segment; paths may not leave the commons
problem-path-control-character = the path has a control character at byte { $position }; use printable characters only
problem-path-invisible-character = the path has an invisible character at byte { $position } (a direction control, a direction mark or a zero-width space), which could make it read as another path; remove it
problem-path-too-long = the path is { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    } long; the limit is { $limit }
problem-path-segment-too-long = a name in the path is { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    } long; the limit is { $limit } per name
problem-path-not-portable = the name `{ $segment }` { $reason ->
        [characters] contains one of < > : " | ? *
        [trailing] ends with a space or a dot
       *[device] is a reserved device name on Windows
    }, so the commons could not be unpacked on every system; rename it
problem-path-too-deep = the path has { $segments ->
        [one] { $segments } level
       *[other] { $segments } levels
    } of folders; the limit is { $limit }
problem-duplicate-path = `{ $path }` appears more than once in this change; touch each path once
problem-file-too-large = `{ $path }` is { $size ->
        [one] { $size } byte
       *[other] { $size } bytes
    }; the limit per file is { $limit ->
        [one] { $limit } byte
       *[other] { $limit } bytes
    }
problem-not-utf8 = `{ $path }` is not valid UTF-8 (first bad byte at { $offset }); upload it as a binary file
problem-empty-change = the change changes nothing: it names no file, or every file it names is already as proposed; change the content of at least one
problem-too-many-files = the change touches { $count ->
        [one] { $count } file
       *[other] { $count } files
    }; the limit is { $limit } per change
problem-file-exists = `{ $path }` already exists at the base revision; modify it instead of adding it
problem-file-missing = `{ $path }` does not exist at the base revision; add it instead
problem-file-folder-clash = `{ $path }` and `{ $other }` clash: one is a file and the other needs it to be a folder
problem-invalid-hash = invalid content hash `{ $value }`: expected 64 lowercase hexadecimal digits
problem-blob-mismatch = the content given for `{ $path }` does not match its recorded hash
problem-blob-missing = no content is stored for `{ $path }`
problem-foreign-revision = revision `{ $revision }` does not belong to this commons; base the change on one of its revisions
# $paths are the paths in conflict, separated by commas.
problem-conflicting = the change conflicts with the head on { $paths }; update it against the head
# $state is a contribution's state as the API writes it: proposed, changes_requested,
# accepted, rejected, withdrawn or reverted.
problem-illegal-transition = { $state ->
        [proposed] a proposed contribution
        [changes_requested] a contribution waiting for changes
        [accepted] an accepted contribution
        [rejected] a rejected contribution
        [withdrawn] a withdrawn contribution
       *[reverted] a reverted contribution
    } cannot be { $verb ->
        [accept] accepted
        [reject] rejected
        [withdraw] withdrawn
        [request_changes] sent back for changes
        [update] updated
       *[revert] reverted
    }
problem-accept-unchecked = { $state ->
        [proposed] a proposed contribution
        [changes_requested] a contribution waiting for changes
        [accepted] an accepted contribution
        [rejected] a rejected contribution
        [withdrawn] a withdrawn contribution
       *[reverted] a reverted contribution
    } cannot be accepted without checking it against the head
problem-revert-first-revision = the first revision cannot be reverted: it has nothing before it
problem-not-allowed = { $action ->
        [create_commons] creating a commons
        [propose] proposing a contribution
        [fork] forking a commons
        [update_contribution] updating a contribution
        [withdraw_contribution] withdrawing a contribution
        [accept] accepting a contribution
        [reject] rejecting a contribution
        [request_changes] asking for changes
        [revert] reverting a contribution
        [add_maintainer] adding a maintainer
        [remove_maintainer] removing a maintainer
        [offer_upstream] offering a fork's work upstream
        [translate] translating the commons' name and summary
       *[delete_commons] deleting the commons
    } needs { $needed ->
        [signed_in] being signed in
        [author] being the contribution's author
       *[maintainer] being a maintainer of this commons
    }
# $reason is one of the six messages after this one.
problem-invalid-work-record = invalid work record: { $reason }
problem-work-zero = the time spent is zero; give the minutes worked
problem-work-too-long = { $minutes ->
        [one] { $minutes } minute is
       *[other] { $minutes } minutes is
    } more than the { $most } allowed in one record; split it
problem-evidence-too-long = the evidence link is { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }; the limit is { $limit }
problem-evidence-scheme = the evidence link must start with https:// or http://
problem-evidence-host = the evidence link has no host after the scheme
problem-evidence-spaces = the evidence link contains spaces or control characters; encode them
# $person is a handle with its @.
problem-last-maintainer = { $person } is the last maintainer; add another maintainer first
problem-already-maintainer = { $person } is already a maintainer
problem-not-maintainer = { $person } is not a maintainer
problem-nothing-to-offer = { $why ->
    [inherited] this fork has no revisions of its own yet: everything in it, up to revision { $revision } where it was forked, came from upstream; change something in the fork first
    [offered] upstream has already accepted everything this fork made, up to its revision { $revision }; make a new change in the fork first
    [cancel_out] { $count ->
        [one] the revision made in the fork since its last offer changes nothing
       *[other] the { $count } revisions made in the fork since its last offer undo each other: together they change nothing
    }
   *[upstream_has] { $count ->
        [one] upstream already has every file as the fork's new revision leaves it, so there is nothing to offer
       *[other] upstream already has every file as the fork's { $count } new revisions leave it, so there is nothing to offer
    }
}
problem-unknown-revision = revision `{ $revision }` is not in this history
problem-stale-head = the commons moved to revision `{ $actual }` while this was based on `{ $expected }`; reload and try again
problem-duplicate-revision = revision `{ $revision }` is already in this history
problem-tree-mismatch = the tree given for revision `{ $revision }` is not the one it recorded
# A server error: written to the log only ($reason in English).
problem-archive-failed = could not write the archive: { $reason }

## Commons: what the server refuses around the model

problem-no-commons = commons `{ $handle }` does not exist
problem-no-revision = revision { $number } of { $commons } does not exist
problem-no-contribution = contribution #{ $number } of { $commons } does not exist
problem-no-contribution-id = the contribution does not exist
problem-no-file = file `{ $path }` at revision { $number } does not exist
problem-no-archive = archive `{ $name }` (ask for N.tar, N.zip, head.tar or head.zip) does not exist
problem-no-review-action = this review action does not exist
problem-invalid-revision-number = revision numbers start at 1; { $number } is not one
problem-invalid-state = state "{ $state }" is none of open, proposed, changes_requested, accepted, rejected, withdrawn, reverted
problem-commons-handle-taken = the commons handle `{ $handle }` is already taken; choose another
problem-missing-content = `{ $path }` needs its content to be added or modified
problem-content-twice = `{ $path }` gives both content and content_base64; give one
# $reason is the decoder's own explanation, in English.
problem-invalid-base64 = content_base64 of `{ $path }` is not base64: { $reason }
# $reason is the reading library's own explanation, in English.
problem-invalid-upload = the upload could not be read ({ $reason }): choose the file again and resend
problem-upload-too-large = the file is larger than this server accepts
problem-upload-empty = choose a file to upload (it must not be empty)
problem-invalid-minutes = minutes must be a whole number, e.g. 90 for an hour and a half
problem-binary-file = binary files cannot be edited in the browser
problem-foreign-base = the base revision is not of this commons; reload the page
problem-contribution-decided = contribution #{ $number } was decided meanwhile; reload it
problem-contribution-decided-by-other = contribution #{ $number } was decided by someone else meanwhile; reload it
problem-moved-while-accepting = { $commons } moved to a new revision while this was being accepted; reload and try again
problem-moved-while-reverting = { $commons } moved while this was being reverted; reload and try again
problem-confirmation-mismatch = type the commons' handle `{ $commons }` in the confirmation field to delete it
problem-not-a-fork = { $commons } is not a fork: propose changes to it directly instead
problem-offer-pending = offer #{ $number } from { $commons } is still open upstream; update or withdraw it first
# $when is a date and time; $by a handle; $forks the handles of the open forks, separated by commas.
problem-commons-deleted = the commons `{ $commons }` was deleted on { $when }; its history stays readable, and nothing can change in it any more
problem-commons-deleted-by = the commons `{ $commons }` was deleted by @{ $by } on { $when }; its history stays readable, and nothing can change in it any more
problem-commons-deleted-forked = the commons `{ $commons }` was deleted on { $when }; nothing can change in it any more; its work goes on in its forks: { $forks }
problem-commons-deleted-by-forked = the commons `{ $commons }` was deleted by @{ $by } on { $when }; nothing can change in it any more; its work goes on in its forks: { $forks }

## Discussions
## ($field is title or body; $action is edit, delete or comment.)

problem-discussion-empty = the { $field ->
        [title] title
       *[body] body
    } is empty; write something
problem-discussion-too-long = the { $field ->
        [title] title
       *[body] body
    } has { $chars ->
        [one] { $chars } character
       *[other] { $chars } characters
    }; the limit is { $limit }
problem-discussion-control-character = the { $field ->
        [title] title
       *[body] body
    } has a control character at byte { $position }; remove it
problem-discussion-not-signed-in = to { $action ->
        [edit] edit
        [delete] delete
       *[comment] comment
    } you need to be signed in
problem-not-author = only the author of a comment may { $action ->
        [edit] edit
       *[delete] delete
    } it
problem-comment-deleted = this comment was deleted; it can no longer be { $action ->
        [edit] edited
       *[delete] deleted again
    }
problem-thread-full = this thread holds { $limit ->
        [one] { $limit } comment
       *[other] { $limit } comments
    }, its limit; start a new thread
problem-no-thread = thread #{ $number } of { $scope } does not exist
problem-no-comment = comment `{ $id }` does not exist
problem-comment-moved = the comment was changed by another request meanwhile; reload it and try again
problem-not-a-change = contribution #{ $number } is a work record: it changes no file, so it has no diff
problem-no-proposed-file = contribution #{ $number } proposes no file at { $path }
problem-revert-unconfirmed = tick the confirmation to revert revision { $number }

## Bodies
problem-bodies-invalid = “{ $what }” is not something a body's rules can hold; check the value and try again.
problem-bodies-field = The { $field } must be one line of 1 to { $limit } characters, without control characters.
problem-bodies-slug = “{ $slug }” cannot name a body: use 1 to 40 lowercase letters, digits or hyphens, not starting or ending with a hyphen.
problem-bodies-weight-cap = A weight of { $weight } is not allowed: the rulebook allows weights from 1 to { $cap }.
problem-bodies-unknown-method = “{ $method }” is not a method the decision engine has; use one of: { $known }.
problem-bodies-state-filter = “{ $state }” is not a state of a decision; use draft, open, closed or withdrawn.
problem-bodies-decision-state = { $action ->
    [vote] You cannot vote on a decision that is { $state }.
    [open] Only a draft can be opened; this decision is { $state }.
    [close] Only an open decision can be closed; this one is { $state }.
    [withdraw] Only a draft or an open decision can be withdrawn; this one is { $state }.
    [edit] Only a draft can be rewritten; this decision is { $state }.
    [proxy] Proxies are given while a decision is open; this one is { $state }.
   *[download] The ballots are published when the decision closes; it is { $state }.
}
problem-bodies-motion-options = A motion puts one proposal to the body and has no options; leave them out, or choose another method.
problem-bodies-option-count = { $count } options given: a decision needs 2 to { $limit }.
problem-bodies-option-twice = The option “{ $name }” is given twice.
problem-bodies-seats = { $seats } seats cannot be filled here: this method and these options allow 1 to { $most }.
problem-bodies-max-approvals = A limit on approvals belongs to an approval vote only, and must be between 1 and { $most }.
problem-bodies-secrecy-lowered = The rulebook asks for { $least } ballots at least; { $asked } ballots are less secret.
problem-bodies-closing-time = A decision must close in the future.
problem-bodies-ballot-shape = This ballot does not fit a { $method } vote: send only the fields that method reads.
problem-bodies-unknown-option = The decision has no option “{ $option }”.
problem-bodies-weight = Your ballot carries a weight of { $weight } in this decision, not { $asked }.
problem-bodies-objection-reason = An objection needs its reason: say what harm you see.
problem-bodies-too-many-approvals = You approved { $count } options; this vote allows { $most } at most.
problem-bodies-rank-range = The ranking has { $ranks } places for { $options } options, or names an option twice; rank each option at most once.
problem-bodies-rank-twice = Two options have the same rank; give each rank once.
problem-bodies-not-manager = Only the person who drafted this decision and the organization's admins may do this.
problem-bodies-not-opener = This body's rulebook does not let you open decisions.
problem-bodies-not-in-electorate = You are not in this decision's electorate, which was frozen when it opened.
problem-bodies-no-body = @{ $org } has no body “{ $body }”.
problem-bodies-admins-only = Only the organization's admins may declare bodies and change their rulebooks.
problem-bodies-exists = @{ $org } already has a body “{ $body }”; choose another address.
problem-bodies-rulebook-moved = The rulebook changed meanwhile; reload it and try again.
problem-bodies-no-decision = There is no decision “{ $id }”.
problem-bodies-empty-electorate = Nobody sits in this body, so the decision has no one to vote.
problem-bodies-already-voted = You have voted already, and this body's ballots cannot be changed.
problem-bodies-number = The { $field } must be a whole number.
problem-bodies-proposal-motion = Only a motion, consent or consensus can carry a new rulebook.
problem-bodies-rulebook-by-decision = This body's rulebook changes only by a decision of the body: draft a motion that carries the new rules.
problem-bodies-points = Points belong to score and cumulative votes only, from 1 to { $most }.
problem-bodies-too-many-points = { $method ->
    [score] A score of { $given } is above the highest, { $most }.
   *[other] You spent { $given } points; this vote allows { $most } at most.
}
problem-bodies-proxy = { $why ->
    [self] You cannot give your proxy to yourself.
    [outside] That person is not in this decision's electorate.
    [chain] That voter has given their own proxy: proxies do not pass on.
    [holding] You hold others' proxies: vote for them rather than passing them on.
    [unoffered] That voter has offered you no proxy in this decision.
   *[none] You have given no proxy.
}
problem-bodies-no-proxies = This body's rulebook allows no proxies.
problem-bodies-voted-no-proxy = You have voted already: your ballot counts for you.
problem-bodies-proxy-nobody = There is nobody called @{ $handle }.
problem-bodies-proxy-limit = @{ $handle } holds { $limit ->
    [one] { $limit } proxy already, as many as the rulebook allows.
   *[other] { $limit } proxies already, as many as the rulebook allows.
}
## The ledger
problem-ledger-unknown-unit = unit "{ $given }" is unknown: use an ISO 4217 currency code in capitals (EUR, USD, JPY…), hours or credits
problem-ledger-malformed-amount = amount "{ $given }" is not a decimal number such as 12 or -12.50
problem-ledger-too-many-decimals = amount "{ $given }" has more decimals than { $unit } allows ({ $digits ->
        [0] none
        [one] { $digits } digit
       *[other] { $digits } digits
    })
problem-ledger-amount-too-large = amount "{ $given }" is too large: an amount or a balance must fit in 64-bit minor units
problem-ledger-balance-too-large = the balance of account { $account } would pass what 64-bit minor units can hold; nothing was written
problem-ledger-zero-leg = leg { $position } moves nothing: every amount must be other than zero (and above zero for income and spending)
problem-ledger-leg-count = a transaction has { $count ->
        [one] { $count } leg
       *[other] { $count } legs
    }; it needs two to { $limit }
problem-ledger-unbalanced = the legs do not balance: in { $unit } they add up to { $off }, not zero
problem-ledger-mixed-units = account { $account } is kept in { $account_unit }; a leg in { $leg_unit } cannot go into it
problem-ledger-overdraft = account { $account } must not go below zero, and this would leave it at { $balance }; nothing was written
problem-ledger-already-reversed = transaction #{ $number } has been reversed already
problem-ledger-reversal-of-reversal = transaction #{ $number } is itself a reversal; record the transaction again instead
problem-ledger-key-reused = this idempotency key was used for another request: its { $field } differs
problem-ledger-account-name = account name "{ $given }" is not one to four parts joined by ":", each a lower-case letter then letters, digits or hyphens
problem-ledger-account-kind = account kind "{ $given }" is none of asset, liability, income, expense, equity, external
problem-ledger-category = income category "{ $given }" is none of donation, sponsorship, membership_fee, sale, licence_fee, grant, lending_fee
problem-ledger-owner-kind = owner "{ $given }" is none of organization, commons, body and person
problem-ledger-own-only = only @{ $person } may open their own treasury
problem-ledger-date = date "{ $given }" is not a day written YYYY-MM-DD, no later than tomorrow
problem-ledger-text-too-long = the { $field } is longer than { $limit } characters
problem-ledger-key = idempotency key "{ $given }" must be 1 to { $limit } characters, without spaces or control characters
problem-ledger-not-steward = only the stewards of the treasury of { $treasury } may record in it
problem-ledger-no-account = the treasury has no account "{ $name }"
problem-ledger-wrong-kind = account { $name } is not of the kind { $want }, which this kind of transaction needs
problem-ledger-account-exists = the treasury has an account { $name } already
problem-ledger-treasury-exists = { $handle } has a treasury already, or another treasury holds that handle
problem-ledger-no-treasury = there is no treasury "{ $handle }"
problem-ledger-no-transaction = the treasury of { $treasury } has no transaction #{ $number }
problem-ledger-maintainers-only = only maintainers of { $commons } may open its treasury
problem-ledger-body-admins-only = only admins of { $org } may open the treasury of its body { $body }
problem-ledger-body-handle = a body is named as organization/body, like makers-lagomar/assembly, not "{ $given }"
problem-ledger-format = format "{ $given }" is neither hledger nor beancount
## Lending

problem-no-resource = resource `{ $id }` does not exist
problem-no-reservation = reservation `{ $id }` does not exist
problem-lending-missing = `{ $field }` is required
problem-lending-too-long = `{ $field }` is longer than { $limit } characters
problem-lending-control-character = `{ $field }` holds a control character: write it on one line, without tabs
problem-lending-kind = “{ $kind }” is no kind of resource: write one of { $kinds }
problem-lending-borrowers = “{ $value }” says nothing of who may borrow: write `anyone` or `members`
problem-lending-policy-range = `{ $field }` must be between { $min } and { $max }
problem-lending-time-malformed = `{ $field }` is not a time: write it as RFC 3339, e.g. 2026-12-07T09:00:00+01:00
problem-lending-time-without-zone = `{ $field }` has no time zone: add its offset, e.g. 2026-12-07T09:00:00+01:00 or …Z for UTC
problem-lending-time-out-of-range = `{ $field }` is outside the years 1970 to 9999
problem-lending-empty-interval = the end must come after the start: a booking cannot be reversed or last no time
problem-lending-too-short = a booking of this resource lasts at least { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
}
problem-lending-too-long-booking = a booking of this resource lasts at most { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
}
problem-lending-too-far-ahead = this resource can be booked at most { $days ->
    [one] one day
   *[other] { $days } days
} ahead
problem-lending-starts-in-past = the booking starts in the past: choose a start from now on
problem-lending-quantity = you asked for { $asked } items; the pool holds { $pool ->
    [one] one item
   *[other] { $pool } items
}: ask for at least one and at most as many as it holds
problem-lending-retired = this resource is retired: it takes no more bookings
problem-lending-members-only = only members of @{ $org } may borrow this resource
problem-lending-not-steward = only the resource's stewards may do this
problem-lending-not-borrower = only the borrower or the resource's stewards may cancel this reservation
problem-lending-not-lent = nothing of this reservation is lent: it is { $state ->
    [pending] awaiting approval
    [confirmed] confirmed
    [out] checked out
    [returned] returned
   *[cancelled] cancelled
}, so there is nothing to return
problem-lending-wrong-state = a reservation that is { $state ->
    [pending] awaiting approval
    [confirmed] confirmed
    [out] checked out
    [returned] returned
   *[cancelled] cancelled
} cannot be { $action ->
    [approve] approved
    [cancel] cancelled
    [check_out] checked out
   *[return] returned
}
problem-lending-slot-taken = the items are taken at that time (by reservation `{ $reservation }`); { $next ->
    [none] no slot of that length is free within the booking horizon
   *[other] the next free slot starts at { $next }
}

## Budgets

problem-no-budget = budget process `{ $id }` does not exist
problem-no-budget-heading = heading `{ $id }` is not a heading of this budget process
problem-no-budget-project = project `{ $id }` is not a project of this budget process
problem-budgets-missing = `{ $field }` is required
problem-budgets-too-long = `{ $field }` is longer than { $limit } characters
problem-budgets-control-character = `{ $field }` holds a control character: write it on one line, without tabs
problem-budgets-malformed-amount = `{ $field }` is “{ $given }”, which is no amount: write digits, with at most two decimals after a point, e.g. 1200 or 1200.50
problem-budgets-decimals = `{ $field }` has more than two decimals
problem-budgets-not-positive = `{ $field }` must be above zero
problem-budgets-too-large = `{ $field }` is too large: at most { $most }
problem-budgets-unknown-rule = “{ $given }” is no counting rule; the rules are { $rules }
problem-budgets-unknown-style = “{ $given }” is no ballot style: write `approval`, `knapsack`, `points` or `ranked`
problem-budgets-unknown-eligibility = “{ $given }” says nothing of who takes part: write `members`, `anyone`, `census` or `body` (with `eligible_body`)
problem-budgets-unknown-phase = “{ $given }” is no phase; the phases are { $phases }
problem-budgets-limits = `{ $field }` must be between 0 and { $most }
problem-budgets-backwards = a process moves forward only: it is in `{ $from }`, which comes after `{ $to }` or is it
problem-budgets-phase-disabled = the phase `{ $phase }` is not enabled for this process: enable it in its plan first
problem-budgets-phase-dates = the phase `{ $phase }` ends before it starts
problem-budgets-no-phase = at least one phase must be enabled
problem-budgets-wrong-phase = { $action ->
    [propose] projects are proposed
    [review] projects are reviewed
    [add-heading] headings are added
    [vote] ballots are cast
    [record-paper] paper ballots are recorded
    [support] projects are supported
    [support-rules] the supporting rules are set
    [results] results are shown
   *[move] the process moved meanwhile; it is
} { $action ->
    [propose] while proposals are accepted (admins: before balloting), and the process is in `{ $phase }`
    [review] before balloting, and the process is in `{ $phase }`
    [add-heading] before balloting, and the process is in `{ $phase }`
    [vote] while the process is balloting, and it is in `{ $phase }`
    [record-paper] while balloting or reviewing the ballots, and the process is in `{ $phase }`
    [support] while supports are collected, and the process is in `{ $phase }`
    [support-rules] until supporting ends, and the process is in `{ $phase }`
    [results] once balloting is over, and the process is in `{ $phase }`
   *[move] in `{ $phase }`
}
problem-budgets-balloting-over = balloting has ended: no more ballots are taken
problem-budgets-rules-locked = the ballot rules locked when balloting opened: they change no more
problem-budgets-unknown-project = project “{ $number }” is not on this heading's ballot
problem-budgets-twice = project “{ $number }” is named twice
problem-budgets-too-few = a ballot chooses at least { $least ->
    [one] one project
   *[other] { $least } projects
}; this one chooses { $given }
problem-budgets-too-many = a ballot chooses at most { $most ->
    [one] one project
   *[other] { $most } projects
}; this one chooses { $given }
problem-budgets-empty-ballot = a ballot chooses at least one project
problem-budgets-over-budget = the projects chosen cost { $total }, more than the heading's { $amount }: leave some out
problem-budgets-not-admin = only admins of @{ $org } may do this
problem-budgets-not-member = only members of @{ $org } may take part in its participatory budget
problem-budgets-too-many-headings = a process has at most { $most } headings
problem-budgets-time = `{ $field }` is not a time: write it as RFC 3339, e.g. 2026-05-01T09:00:00+02:00
problem-budgets-malformed-pb = the Pabulib file cannot be read at line { $line }: { $reason }
problem-budgets-file-cost-too-large = project “{ $project }” costs more than 64-bit whole units hold
problem-budgets-file-budget-too-large = the budget is more than 64-bit whole units hold
problem-budgets-heading-exists = the process has a heading named “{ $name }” already
problem-budgets-paper-line = line { $line }: { $why }
problem-budgets-rule-not-applicable = the rule { $rule } cannot count these ballots: { $reason }
problem-budgets-not-utf8 = the file is not UTF-8 text (byte { $byte }): save it as UTF-8
problem-budgets-tie-break = “{ $given }” is no tie-break: write `lexicographic`, `natural` or `seed:N`
problem-budgets-heading-required = this process has several headings: name one with `?heading=` ({ $headings })
problem-budgets-review-decision = “{ $given }” is no review: write `reject` or `restore`
problem-budgets-progress = “{ $given }” is no progress: the status is one of not_started, under_way, done and cancelled, the percentage from 0 to 100
problem-budgets-day = `{ $field }` is not a day: write it as YYYY-MM-DD
problem-budgets-link = the link is not an http(s) address on one line
problem-budgets-not-funded = project “{ $number }” was not funded: only funded projects are implemented
problem-budgets-already-supported = you support this project already
problem-budgets-support-rules = the supporting rules' { $field ->
    [max_per_person] `max_per_person` must be a whole number from 1 to 1000, or null for no limit, not “{ $given }”
    [advance] `advance` must be `all`, `threshold` or `top`, not “{ $given }”
   *[count] `count` must be a whole number from 1 to 100000 with `threshold` or `top` (and left out with `all`), not “{ $given }”
}
problem-budgets-support-limit = you already support { $most ->
    [one] one project
   *[other] { $most } projects
} of “{ $heading }”, the most one person may support in a heading
problem-budgets-census-no-id-column = line { $line }: the census's header names no `id` column; write `id`, and optionally `birth_date` and `district`
problem-budgets-census-unknown-column = line { $line }: the census has no column "{ $given }"; the columns are `id`, `birth_date` and `district`
problem-budgets-census-fields = line { $line }: { $given } fields where the header names { $expected }
problem-budgets-census-empty-id = line { $line }: the id is empty
problem-budgets-census-id-too-long = line { $line }: an id has at most { $most } characters (without spaces, dots and dashes)
problem-budgets-census-birth-date = line { $line }: "{ $given }" is not a birth date; write it as YYYY-MM-DD
problem-budgets-census-repeated = line { $line }: the same id as line { $first }
problem-budgets-census-unknown-district = line { $line }: "{ $given }" is no heading of this process; a district names a heading
problem-budgets-census-empty = the census lists nobody: after the header, write one id per line
problem-budgets-census-too-many = line { $line }: a census holds at most { $most } entries
problem-budgets-not-in-census = this budget is open to its census: claim your entry with your id on the process's page first
problem-budgets-unknown-census-id = no entry of this census has that id; check it as your city's census writes it
problem-budgets-census-entry-taken = someone else claimed this census entry; if it is yours, ask the organisers
problem-budgets-census-already-claimed = you claimed another entry of this census already
problem-budgets-age-rule = this budget is open from age { $least } at the start of balloting, and the census says you are younger
problem-budgets-age-rule-unknown = this budget is open from age { $least } at the start of balloting, and the census gives no birth date for you; ask the organisers
problem-budgets-district-rule = you vote in your own district ({ $own }), the city-wide heading and { $allowed ->
    [0] no other district
    [one] one other district
   *[other] { $allowed } other districts
}, and you have voted in as many already
problem-budgets-district-rule-first = you vote in the first district you voted in, the city-wide heading and { $allowed ->
    [0] no other district
    [one] one other district
   *[other] { $allowed } other districts
}, and you have voted in as many already

# The coalition: licence policies and determinations.
problem-coalition-unknown-use = the use "{ $given }" is unknown: ask for `commercial` or `non_commercial`
problem-coalition-malformed-amount = { $field } "{ $given }" is not an amount such as "1200.50 EUR": a decimal number, a space, a currency code
problem-coalition-unknown-unit = { $field }: "{ $given }" is no currency; use an ISO 4217 code in capitals (EUR, USD, JPY…)
problem-coalition-not-a-currency = { $field }: "{ $given }" counts time or credits, not money; give it in a currency (EUR, USD…)
problem-coalition-too-many-decimals = { $field } "{ $given }" has more decimals than { $unit } allows ({ $digits ->
        [0] none
        [one] { $digits } digit
       *[other] { $digits } digits
    })
problem-coalition-amount-too-large = { $field } "{ $given }" is too large: an amount must fit in 64-bit minor units
problem-coalition-negative-amount = { $field } "{ $given }" is below zero: give what was earned or asked, zero or more
problem-coalition-currency-mismatch = { $field } is in { $given }, but this commons asks its fees in { $want }: give it in { $want }
problem-coalition-invalid-units = { $given } units cannot be: give how many were made or sold, zero or more
problem-coalition-fee-too-large = the fee or the credit would pass what 64-bit minor units can hold; nothing was written
problem-coalition-invalid-fee-schedule = the fee schedule cannot be taken: { $reason }
problem-coalition-invalid-policy = the licence policy cannot be taken: { $reason }
problem-coalition-unknown-policy = "{ $given }" is no policy; choose spdx, ppl, copyfair or custom
problem-coalition-policy-stray-field = `{ $field }` does not belong to a { $policy } policy; leave it out
problem-coalition-policy-missing-field = a { $policy } policy needs `{ $field }`
problem-coalition-credit-currency = the credit rate `{ $field }` must be in the fee's currency, { $want }
problem-coalition-period = a period of { $given } days cannot be: give 1 to { $most } days
problem-coalition-policy-text = `{ $field }` must hold 1 to { $most } characters without control characters (it has { $chars })
problem-coalition-custom-commercial = "{ $given }" is no rule for commercial use; choose permitted, commons_based_only or separate_agreement
problem-coalition-unknown-schedule = "{ $given }" is no fee schedule; choose flat, revenue_share or per_unit
problem-coalition-schedule-missing-field = a { $schedule } schedule needs `{ $field }`
problem-coalition-schedule-stray-field = `{ $field }` does not belong to a { $schedule } schedule; leave it out
problem-coalition-schedule-zero = `{ $field }` must be more than zero
problem-coalition-unit-name = what a unit is must be named in 1 to 60 characters (this name has { $chars })
problem-coalition-basis-points = a share of { $given } basis points cannot be: give 1 to 10000 (300 is 3 %)
problem-why-coalition-ask = ask on its behalf whether it may use a commons
problem-coalition-maintainers-only = only the maintainers of { $commons } may set its licence policy
problem-no-determination = there is no determination `{ $id }`
problem-coalition-nothing-to-terminate = a determination that answered { $outcome } gave no rights to end, or its party's rights under this commons ended already
problem-coalition-invalid-day = { $field } "{ $given }" is not a day written YYYY-MM-DD
problem-coalition-empty-span = an affiliation cannot end ({ $until }) before it starts ({ $from })
problem-no-affiliation = there is no affiliation `{ $id }`
problem-affiliation-not-yours = only the person who declared an affiliation may take it back
problem-distribution-day = the { $field ->
    [since] first day
   *[until] last day
} "{ $given }" is not a date: write it as YYYY-MM-DD
problem-distribution-period = the last day counted comes before the first: give a last day on or after the first
problem-distribution-policy = "{ $given }" is no distribution policy: choose one of { $known }
problem-distribution-commons-only = the treasury { $treasury } is not a commons': only a commons' treasury distributes to the commons' contributors
problem-distribution-nobody = nobody to pay by { $policy ->
    [hours] hours: no accepted work record in the period claims minutes
   *[other] { $policy }: the commons accepted no contribution in the period
}; choose a longer period or another policy
problem-distribution-none = the treasury { $treasury } has no distribution #{ $number }
problem-distribution-decided = distribution #{ $number } is already { $state ->
    [posted] posted
   *[other] discarded
}: preview a new one to share the money again
problem-expense-invalid = the expense's { $field ->
    [title] title
    [payee] payee
    [payout] payout details
    [description] description
    [receipt] receipt
    [pay_on] day of payment
    [receipt_name] receipt's file name
   *[other] reason to keep the receipt private
} { $why ->
    [empty] is empty: fill it in
    [long] is too long: shorten it
    [large] is larger than 5 MiB: send a smaller file
    [day] is not a day from today to a year ahead: write it as YYYY-MM-DD
   *[no_receipt] is given without a receipt: attach the receipt, or leave the reason out
}
problem-expense-approvals = { $given } approvals cannot be asked of { $stewards } stewards: ask for 1 to { $stewards }
problem-expense-none = the treasury { $treasury } has no expense #{ $number }
problem-expense-state = expense #{ $number } is { $state ->
    [submitted] waiting for approval
    [approved] approved
    [paid] paid
    [rejected] rejected
    [draft] a draft
    [incomplete] waiting for more from its author
    [scheduled] scheduled for payment
    [spam] marked as spam
   *[canceled] withdrawn
}; this can only be done while it is { $want ->
    [draft] a draft or incomplete
    [approved] approved
   *[submitted] waiting for approval
}
problem-expense-own = expense #{ $number } is yours: another steward must approve, reject or pay it
problem-expense-reason = say why the expense is rejected: the person who submitted it will read it
problem-expense-voted = you have already approved or rejected expense #{ $number }
problem-expense-not-yours = only the person who submitted expense #{ $number } may withdraw it
problem-expense-receipt-private = the receipt is shown to the treasury's stewards and the submitter only: { $reason }
problem-expense-base64 = the receipt's content is not standard base64: encode the file's bytes with base64
problem-expense-consent-days = { $given } days cannot be a consent period: give 1 to 90 days, or none to approve by the stewards' approvals alone
problem-expense-not-by-consent = expense #{ $number } is not decided by consent: its treasury had no consent rule when it was submitted; approve, reject or ask for more instead
problem-expense-objection-stands = your objection to expense #{ $number } stands already: withdraw it first to say something else
problem-expense-no-objection = you have no standing objection to expense #{ $number } to withdraw
problem-hold-invalid = { $why ->
    [same_account] a hold sets money aside from one account for another: name two different accounts
    [past] the hold would expire before it starts: give a time in the future
    [too_far] a hold lasts at most a year: give an earlier expiry
   *[more_than_held] a hold posts at most what it set aside: post less, or all of it
}
problem-hold-none = the treasury { $treasury } has no hold #{ $number }
problem-hold-state = hold #{ $number } is { $state ->
    [posted] posted
    [voided] voided
   *[expired] expired
} already: place a new one to set money aside again
problem-journal-verify-admins = only an instance administrator may recompute the whole journal's hash over the API; anyone with the database can run `commonfare verify`
problem-ledger-period-day = { $field } "{ $given }" is not a day: write it as YYYY-MM-DD
problem-ledger-period-order = the period starts on { $from }, after its end on { $to }: put the earlier day in `from`
problem-bodies-amount = The { $field } “{ $given }” { $reason ->
    [currency] is not a currency: use an ISO 4217 code in capitals (EUR, USD, JPY…)
    [decimals] has more decimals than its currency allows
    [positive] must be above zero
    [large] is too large: an amount must fit in 64-bit minor units
   *[other] is not a decimal number such as 100 or 99.50
}.
problem-bodies-authorises = { $why ->
    [motion] Only a motion, consent or consensus can authorise a payment, not a { $given } vote.
    [treasury] “{ $given }” is not a treasury's handle: use 1 to 64 lowercase letters, digits, hyphens, underscores or dots.
   *[expense] “{ $given }” is not an expense number: give the whole number of the expense, from 1.
}
problem-expense-spending-limit = expense #{ $number } of { $amount } is above the spending limit of { $limit } that { $body } set: it can be paid once a decision of { $body } authorises it ({ $url })
problem-budget-line-invalid = { $field } "{ $given }" is not right for a budget line: a name of up to 200 characters, an amount above zero, days as YYYY-MM-DD with the end not before the start, one of the treasury's lines in the expense's unit, and `flag` or `block` for what happens over a line
problem-budget-line-over = approving expense #{ $number } would take the budget line { $line } over its plan of { $planned } by { $over }, and this treasury blocks that: raise the line or put the expense on another

## Lending's upkeep: blocks, breakdowns, plans, trainings, availability search
problem-lending-no-block = block `{ $id }` does not exist
problem-lending-block-quantity = you asked to block { $asked } items; the pool holds { $pool ->
    [one] one item
   *[other] { $pool } items
}: block at least one and at most as many as it holds
problem-lending-training-required = { $expired ->
    [yes] your training on { $name } has expired (or ends before this booking does)
   *[other] { $name } may only be booked by people trained on it
}: ask its steward { $steward } for a training; they record it on the resource's page
problem-lending-expiry-in-past = a training must expire in the future: give an expiry after now
problem-lending-block-ended = this block has ended already: the items are back in the pool
problem-lending-search-quantity = you asked for { $asked } items: ask for at least one and at most { $max }
problem-lending-plan = a maintenance plan needs `every_days` (1 to { $days }) or `every_uses` (1 to 10000), or both, and `minutes` from 1 to { $minutes }
problem-lending-slot-blocked = the items are out of the pool at that time (block `{ $block }`: maintenance or a breakdown); { $next ->
    [none] no slot of that length is free within the booking horizon
   *[other] the next free slot starts at { $next }
}
problem-bodies-nominations-time = Nominations must close in the future, before the election closes: give 1 to 366 days.
problem-bodies-election-fields = An election that fills seats needs both the body whose seats it fills and when its nominations close.
problem-bodies-election-options = An election that fills seats takes its options from the nominations: give a method with options (not a motion), and no options or payment of your own.
problem-bodies-not-elected = The body “{ $body }” has no elected seats: its rulebook must say seats are elected, how many, and for how long.
problem-bodies-nominations-closed = Nominations are closed: this election has opened, its nominations' time has passed, or it takes no nominations.
problem-bodies-members-only = Only members of the organization may take part in its nominations.
problem-bodies-nominee-not-member = @{ $handle } is not a member of @{ $org }: only its members can stand.
problem-bodies-already-nominated = @{ $handle } is nominated already.
problem-bodies-no-pending-nomination = You have no nomination waiting for your answer in this election.
problem-bodies-too-few-candidates = { $count } candidates stand: this election needs at least { $need }. Wait for more nominations.
problem-bodies-no-feed = No feed has this address: it was replaced, or never made. Make a new one on the decisions page.
problem-coalition-invalid-share = "{ $given }" is not a share: write a percentage above 0 and at most 100, with at most two decimals (for example "10%" or "12.5%").
problem-coalition-shares-over-whole = These pledges add up to { $total } of the surplus: together they may make at most 100%.
problem-coalition-no-treasury = { $commons } has no treasury yet, so nothing can be owed to it: its maintainers open one first.
problem-coalition-not-party = Only the person who asked, or a member of the organization it was asked for, may accept this fee.
problem-coalition-no-fee = This determination ({ $outcome }) names no fee to accept.
problem-coalition-expired = This determination has expired: ask { $commons } again, then accept the fee of the new answer.
problem-coalition-rights-ended = The rights of this party under { $commons } ended for a breach: a maintainer must lift it first.
problem-coalition-fee-accepted = This fee was accepted already: it is due #{ $number } of { $commons }.
problem-coalition-fee-period = A fee of this party already covers part of this period (due #{ $number }, { $from } to { $until }).
problem-coalition-no-due = { $commons } has no due #{ $number }.
problem-coalition-due-paid = Due #{ $number } was recorded as paid already (transaction #{ $transaction }).
problem-coalition-not-a-phyle = @{ $organization } is not a phyle: only phyles pledge shares of their surplus.
problem-coalition-phyle-admins = Only admins of @{ $organization } may set its pledges or declare its surplus.
problem-coalition-duplicate-pledge = { $commons } is named twice: pledge to each commons once.
problem-coalition-surplus-period = A surplus is already declared for { $from } to { $until }: periods may not overlap.
problem-coalition-no-breach = No breach stands against this party under { $commons }.
problem-coalition-pledge-line = Line { $line } is not "COMMONS SHARE": write the commons' handle, a space, then the share (for example "open-mapping 10%").
problem-phyle-not-contributor = @{ $person } has contributed to no commons yet: a phyle's members are commoners. Once one of their contributions is accepted, they may join @{ $organization }.

# Lending: opening hours and limits per person (issue 18)
problem-lending-hours = { $problem ->
    [reversed] the opening hours “{ $entry }” close before they open: write the opening time first, e.g. tue 17:00-20:00
    [overlap] the opening hours “{ $entry }” overlap “{ $other }”: merge them, or make one end before the other starts
   *[other] the opening hours “{ $entry }” cannot be read: write a day (mon to sun) and a range from 00:00 to 24:00, e.g. tue 17:00-20:00
}
problem-lending-zone = “{ $value }” is not a time zone: write a name of the tz database such as Europe/Rome or UTC
problem-lending-outside-hours = the { $field ->
    [ends_at] end
   *[other] start
} of this booking falls outside the opening hours ({ $hours }): items go out and come back while the place is open; { $next ->
    [none] it has no opening ahead
   *[other] it opens next at { $next }
}
problem-lending-limit-items = you have { $have } items out or booked at that time and the limit is { $limit } per person; { $until ->
    [none] return one first
   *[other] the next return is due at { $until }
}
problem-lending-limit-days = you have { $have } days booked this month and this booking adds { $asking }: the limit is { $limit } days a month per person; it starts over at { $until }
problem-lending-limit-holds = you have { $have } reservations awaiting approval and the limit is { $limit } per person: wait until a steward approves one, or cancel one
problem-lending-no-wait = there is no place on a waiting list with id “{ $id }”
problem-lending-slot-free = that slot is free: book it instead of waiting for it
problem-lending-offer-lapsed = this offer was not taken before its pickup time and has lapsed: the slot goes to the next person waiting; join the list again or book another slot
problem-budget-line-other-owner = "{ $budget }" was run by another organization than the one that holds the treasury { $treasury }: its funded projects become lines of their own organization's treasury.
problem-expense-tier-twice = Two tiers start above { $amount }: name each amount once.
problem-lending-no-place = No resource is kept at “{ $place }”: write the place as the resources write it.
problem-lending-period = { $problem ->
    [reversed] the period “{ $value }” ends before it starts: write the first day, two dots, then the last day, e.g. 2026-10-01..2026-11-30
    [too_long] the period “{ $value }” is longer than { $years } years: count a shorter one
   *[other] “{ $value }” is not a period: write a year (2026), a month (2026-11), 30d for the last 30 days, or a first and a last day such as 2026-10-01..2026-11-30
}
problem-lending-factor = the factor for { $field } must be a whole number from 0 to { $max }
problem-lending-not-library-steward = only the library's stewards (the person, or the organization's admins) may set its savings factors
problem-lending-no-library = there is no person or organization @{ $handle } whose library to count
problem-lending-no-feed = No calendar has this address: it was replaced, stopped, or never made. Make a new one on the page of your reservations.
problem-ledger-nothing-owed = The treasury { $treasury } owes you nothing: payouts are for what its distributions credited to you.
problem-ledger-payout-above-owed = Asked { $asked }, but the treasury owes you { $owed } and your payouts waiting for approval or payment already claim { $claimed }: ask for the difference at most.

# Proxies with acceptance and standing delegations (issue 14, point 5)
problem-bodies-delegation = { $why ->
    [self] You cannot delegate to yourself.
    [outside] That person does not sit in this body.
    [chain] That member has delegated to someone else: delegations do not pass on.
    [holding] Members have delegated to you: vote for them rather than passing their delegations on.
    [unoffered] That member has given you no delegation in this body.
    [delegated] You have delegated to someone else: delegations do not pass on; take yours back first.
   *[none] You have given no standing delegation in this body.
}
problem-bodies-delegation-exists = You delegate to @{ $handle } already: take that delegation back first.
problem-bodies-not-seated = You do not sit in “{ $body }”.
problem-offer-mode = the mode “{ $value }” is none of: { $modes }
problem-offer-fee = { $mode ->
    [rent] a rented thing needs a fee per day, in cents, from 1 to { $max }
   *[other] only a rented thing has a fee per day: leave it out for { $mode }
}
problem-offer-wanted = say what you would like in return for a barter (wanted)
problem-offer-not-owner = only the person it belongs to may edit it, close it or use it in a match
problem-offer-not-party = only the other side of this match may accept it, and only its two sides may decline it
problem-offer-closed = this offer is { $state }: it takes no more matches
problem-offer-request-closed = this request is { $state }: it takes no more answers
problem-offer-match-state = this match is { $state } already
problem-offer-own = you cannot ask for your own offer or answer your own request
problem-offer-interval = a shared or rented thing is lent over an interval: give starts_at and ends_at
problem-offer-none = there is no offer with id “{ $id }”
problem-offer-no-request = there is no request with id “{ $id }”
problem-offer-no-match = there is no match with id “{ $id }”

problem-whole-number = Write a whole number here, such as 2.
problem-budgets-override-nothing = Project { $number } is { $funded ->
    [yes] funded
   *[no] not funded
} already: an override must change what is funded.
problem-distribution-parameters = the parameters of the policy { $policy } do not hold: { $reason }
problem-distribution-approved-already = you have already approved distribution #{ $number }: it posts once the treasury's rule has its approvals
problem-distribution-objection-stands = your objection to distribution #{ $number } stands: withdraw it first to approve it or to say something else
problem-distribution-no-objection = you have no standing objection to distribution #{ $number } to withdraw
problem-distribution-reason = say why you object to the distribution: the other stewards will read it
problem-budgets-rule-refuses-style = the rule { $rule } cannot count { $style } ballots ({ $reason }): choose another rule or another ballot style
problem-budgets-points-not-for-style = `points_total` and `max_points` are rules of points ballots, and this ballot is { $style }: leave them out or choose `points`
problem-budgets-points-total = a points ballot needs `points_total`, the points each voter has: from 1 to { $most }
problem-budgets-not-for-style = `{ $field }` belongs to another style of ballot, and this one is { $style }: leave it out
problem-budgets-parallel = `{ $field }` gives { $given } values for { $projects } projects: give one for each project, in the same order
problem-budgets-points-not-positive = project { $number } has no points above zero: give it at least one point, or leave it off the ballot
problem-budgets-points-malformed = “{ $given }” is not a whole number of points (project { $number })
problem-budgets-points-over-most = project { $number } has { $given } points, more than the { $most } one project may get
problem-budgets-points-over-total = the ballot gives { $given } points, more than the { $total } each voter has: take some away
problem-budgets-ranks-tied = two projects share rank { $rank }: give each project its own rank
problem-budgets-rank-gap = no project has rank { $missing }: ranks run from 1 without a gap
problem-budgets-merge-self = a project cannot be merged into itself: name the original it duplicates
problem-budgets-merge-heading = project { $number } is under another heading: a duplicate is merged into a project of its own heading
problem-budgets-not-on-ballot = project { $number } is no longer on the ballot (taken off or merged): choose a project that is
problem-lending-photo-type = a photo must be sent as image/jpeg, image/png or image/webp, not “{ $given }”
problem-lending-photo-not-image = the bytes sent are not a { $declared } image: send the picture itself, with the media type that matches it
problem-lending-photo-too-large = a photo may be at most { $most } bytes (5 MiB): send a smaller one
problem-no-photo = there is no photo with id “{ $id }” of this resource
problem-lending-kit = { $problem ->
    [too_many] a kit has at most { $most } parts
    [twice] the part “{ $part }” is named twice: name each part once, with its quantity
    [quantity] the quantity of “{ $part }” must be from 1 to its pool
    [itself] a kit cannot be a part of itself
    [steward] “{ $part }” has another steward: a kit's parts are stewarded by the kit's steward
    [nested] “{ $part }” is a kit or a part of one: kits do not nest
    [retired] “{ $part }” is retired
    [booked] the kit's bookings to come would not fit beside those of “{ $part }”
   *[other] the kit's parts cannot be so
}
problem-lending-component-taken = the kit's part “{ $component }” is taken at that time (by `{ $holder }`); { $next ->
    [none] no slot of that length is free for the whole kit within the booking horizon
   *[other] the next slot free for the whole kit starts at { $next }
}
problem-peer-round = the round cannot open: { $reason }
problem-peer-gifts = the gifts do not hold: { $reason }
problem-peer-round-missing = the treasury { $treasury } has no peer allocation round { $number }
problem-peer-round-open = peer allocation round { $number } is open until { $until }: close it first, or wait
problem-peer-round-closed = peer allocation round { $number } closed at { $at }: its gifts can no longer change
problem-peer-not-member = you are not a member of peer allocation round { $number }: its members are the commons' contributors when it opened
problem-peer-no-round = the treasury { $treasury } has no closed peer allocation round to pay by: open one, let its members give, and close it

problem-budgets-valuation-phase = projects are valuated only while the process is valuating, and it is in `{ $phase }`
problem-budgets-panel-phase = the valuation panel is named until valuation ends, and the process is in `{ $phase }`
problem-budgets-not-on-panel = { $named ->
    [yes] only who sits in “{ $body }”, the valuation panel of this process, valuates its projects
   *[no] this process has no valuation panel: only the admins of { $org } valuate its projects
}
problem-budgets-explanation-required = fill in `explanation`: { $why ->
    [unfeasible] say why the project is not feasible
   *[price] say why the price differs from the estimate ({ $estimate })
}
problem-budgets-group-too-small = An incompatibility group needs at least two different projects: tick two or more.
problem-budgets-group-heading = Project { $number } is not under “{ $heading }”: a group holds projects of one heading.
problem-budgets-project-in-group = Project { $number } is in the group “{ $group }” already: a project is in at most one group.
problem-budgets-project-in-group-raced = One of these projects was put in another group at the same time: a project is in at most one group.
problem-no-budget-group = `{ $id }` is not an incompatibility group of this budget process
problem-lending-photo-moment = “{ $value }” is no moment of a loan: say `check_out` (as the items were handed over) or `return` (as they came back)
problem-lending-moment-not-reached = a reservation that is { $state ->
    [pending] awaiting approval
    [confirmed] confirmed
    [out] checked out
    [returned] returned
    [offered] offered from the waiting list
   *[cancelled] cancelled
} has no { $moment ->
    [check_out] check-out
   *[return] return
} yet to take a photo of: { $moment ->
    [check_out] hand the items over first
   *[return] take the items back first
}
problem-no-condition-photo = this reservation has no photo with id “{ $id }”
problem-budgets-not-in-body = this budget is open to the members of “{ $body }” ({ $url }), and you do not sit in it now
problem-budgets-unknown-body = @{ $org } has no body “{ $given }”: name, in `eligible_body`, the slug of one of its own bodies (its page is /orgs/{ $org }/bodies/SLUG)
problem-budgets-body-not-for-eligibility = `eligible_body` names the body whose members take part, and goes only with `eligibility` `body`, not `{ $eligibility }`: leave it out, or set `eligibility` to `body`
problem-lending-desk-hours = { $problem ->
    [reversed] the desk hours “{ $entry }” close before they open: write the opening time first, e.g. tue 17:00-18:00
    [overlap] the desk hours “{ $entry }” overlap “{ $other }”: merge them, or make one end before the other starts
   *[other] the desk hours “{ $entry }” cannot be read: write a day (mon to sun) and a range from 00:00 to 24:00, e.g. tue 17:00-18:00
}
problem-lending-outside-desk-hours = the { $field ->
    [ends_at] end
   *[other] start
} of this booking falls outside the desk hours ({ $hours }): the place may be open, but items go out and come back only while the desk is; { $next ->
    [none] the desk has no opening ahead
   *[other] the desk opens next at { $next }
}
problem-lending-two-stewards = name either an organization or a commons as the steward, not both
problem-lending-maintainers-only = only maintainers of { $commons } may lend in its name
problem-lending-territory-admins = only an instance administrator may set the territory's default savings factors
problem-lending-short-notice = this resource must be booked further ahead: the earliest start you may book now is { $earliest }
problem-budgets-not-member-of-proposer = only active members of @{ $org } may propose a project for it
problem-budgets-two-proposers = a project is proposed for an organization or for an informal group, not both: leave one of “organization” and “group” empty
problem-budgets-not-proposer-or-admin = only an admin of @{ $org } or the project’s proposer may link its commons
problem-budgets-no-commons-linked = project “{ $number }” has no commons linked
problem-budgets-paper-no-vote-column = line { $line }: the header names no `vote` column (columns: vote, voter, station, ballot, declared)
problem-budgets-paper-unknown-column = line { $line }: unknown column `{ $given }` (columns: vote, voter, station, ballot, declared)
problem-budgets-paper-fields = line { $line }: { $given } fields where the header names { $expected }; quote a vote whose projects are separated by commas, or separate them with `;`
problem-budgets-paper-unclosed = line { $line }: a quoted field is not closed
problem-budgets-paper-declared = line { $line }: the declared count `{ $given }` is not a whole number of 0 or more, or differs from the one an earlier line of the same station declared
problem-budgets-paper-declared-field = the declared count `{ $given }` is not a whole number of 0 or more
problem-budgets-paper-count-mismatch = the tally sheet of station “{ $station }” declares { $declared } ballots and { $read } were read: check the list, or accept the difference with `accept_mismatch` and a `reason`
problem-budgets-paper-serial-repeated = the ballot serial number `{ $serial }` is given twice, or was recorded already in this process
problem-budgets-paper-voter-not-eligible = whoever cast this ballot may not vote in this process (no such member or census id, not eligible, or left out by the age rule)
problem-budgets-voted-on-paper = your paper ballot is counted under “{ $heading }”: you cannot vote online there too
problem-lending-money = The { $field } “{ $given }” { $reason ->
    [negative] must not be below zero
    [decimals] has more decimals than its currency allows
    [large] is too large: an amount must fit in 64-bit minor units
    [currency] is not a currency: use an ISO 4217 code in capitals (EUR, USD, JPY…)
    [not_currency] is not a currency: lending terms are in money, not hours or credits
   *[other] is not a decimal number such as 20 or 4.50
}.
problem-lending-fee-mode = The fee_mode “{ $given }” is unknown: use free, per_loan, per_day or pay_what_you_can.
problem-lending-fee-for-mode = { $mode ->
    [free] A free resource asks no fee: leave the fee empty or 0, or choose another fee mode.
   *[other] The fee mode { $mode } needs a fee above 0.
}

# A knapsack ballot's least share (issue 15).
problem-budgets-under-minimum = the projects chosen cost { $total }, less than the { $least } a ballot must spend of the heading's { $amount }: add some
problem-budgets-min-share-not-for-style = `min_share_percent` is a rule of knapsack ballots, and this ballot is { $style }: leave it out or choose `knapsack`
problem-budgets-min-share-range = `min_share_percent` must be a whole percent from 1 to 100, not { $given }
