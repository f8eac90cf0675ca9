# The site's frame: navigation, footer, the language switch and error pages.

skip-to-content = Skip to the content
nav-journal = Journal
nav-commons = Commons
nav-organizations = Organizations
nav-people = People
nav-settings = Settings
nav-sign-out = Sign out
nav-sign-in = Sign in
nav-sign-up = Sign up
feed-title = Journal of { $instance }
footer-about = Commonfare — free software (AGPL-3.0-or-later). Everything here is public except secrets.
footer-atom = Atom feed
footer-api = API
language-label = Language
language-choose = Show
error-title = { $status ->
    [400] Bad request
    [401] Sign-in needed
    [403] Not allowed
    [404] Not found
    [405] Not something this address does
    [408] Too slow
    [409] In conflict
    [410] Gone
    [413] Too large
    [414] Address too long
    [415] Wrong kind of content
    [422] Cannot be accepted as it is
    [429] Too many attempts
    [431] Headers too large
   *[other] Something went wrong
}
error-back = Use your browser's Back button to correct what you sent.
error-home = Go to the home page
error-code = Error { $status }

## Home

home-title = Home
home-intro = Commonfare is an infrastructure of cooperation. People contribute to commons without asking permission; cooperatives, phyles and companies build livelihoods on them; for-benefit associations and public bodies keep the shared infrastructure running and decide democratically. Every change is written to a public journal, so anyone can see what is happening and what is needed.
home-people = { $count ->
    [one] one person
   *[other] { $count } people
}
home-organizations = { $count ->
    [one] one organization
   *[other] { $count } organizations
}
home-events = { $count ->
    [one] one journal event
   *[other] { $count } journal events
}
home-join = Join this instance
home-or = or
home-sign-in = sign in
home-create-organization = Create an organization
home-now = Happening now
home-whole-journal = The whole journal →

## The journal

journal-title = Journal
journal-intro = Every change on this instance, as it happened. Also as:
journal-person = Person
journal-person-hint = handle
journal-type = Type
journal-type-hint = person, organization, …
journal-context = Record of
journal-context-hint = commons:handle
journal-filter = Filter
journal-older = Older events →
journal-empty = Nothing has happened here yet.
journal-history = History
journal-record-all = The whole record, page by page

## Signing in and up

field-handle = Handle
field-password = Password
field-display-name = Display name
field-email = Email
signin-new = New here?
signup-handle-hint = 2–40 lowercase letters, digits and single - or _, starting with a letter; it is your address here and cannot change
signup-email-hint = optional, private: never shown to anyone
signup-password-hint = at least 10 characters
signup-already = Already here?

## People and organizations

search-name-or-handle = Name or handle
search = Search
people-title = People
people-none = No one has signed up yet.
people-no-match = No one matches “{ $q }”.
people-show-all = Show everyone
people-more = More people →
tag-instance-admin = instance admin
orgs-kind = Kind
orgs-any = any
orgs-none = No organizations yet.
orgs-no-match = No organization matches.
orgs-show-all = Show them all
orgs-more = More organizations →
org-kind = { $kind ->
    [for_profit] For-profit company
    [cooperative] Cooperative
    [phyle] Phyle (ethical company of commoners)
    [for_benefit] For-benefit association
    [public_body] Public body
   *[informal_group] Informal group
}
org-role = { $role ->
    [admin] admin
   *[member] member
}
person-joined = Joined { $when }
person-renamed = Known as @{ $old } until { $when }, when people and organizations came to share one list of handles: { $reason }. The old address leads here.
person-edit = Edit profile and settings
person-invited = (invited)
org-new-title = New organization
org-handle-hint = 2–40 lowercase letters, digits and single - or _, starting with a letter
field-name = Name
field-description = Description
field-website = Website
create = Create

## An organization and settings

org-accept = Accept the invitation
org-decline = Decline
org-leave = Leave
org-members = Members
org-invited = invited
org-remove = remove
org-invite-title = Invite someone
field-role = Role
org-invite = Invite
org-edit = Edit
save = Save
settings-profile = Profile
settings-about = About you
settings-private = private
settings-save-profile = Save profile
settings-preferences = Language and time
settings-language = Language of the pages
settings-language-browser = My browser's language
settings-time-zone = Time zone
settings-time-zone-instance = The instance's ({ $zone })
settings-save-preferences = Save language and time zone
settings-password = Password
settings-current-password = Current password
settings-new-password = New password
settings-revoke-tokens = Also revoke my API tokens (programs that use them will need a new one)
settings-change-password = Change password
settings-tokens = API tokens
settings-tokens-intro = Programs use a token as <code>Authorization: Bearer TOKEN</code>. A token is shown once, when created.
settings-new-token = Your new token (copy it now, it will not be shown again):
settings-token-created = created { $when }
settings-revoked = revoked
settings-revoke = Revoke
settings-token-name = Token name
settings-token-name-hint = what the program is
settings-create-token = Create token

## Commons: lists, contributions and revisions

commons-create = Create a commons
commons-words = Words
commons-home-organization = Home organization
commons-kind = { $kind ->
    [software] software
    [knowledge] knowledge
    [design] design
    [data] data
   *[other] other
}
commons-of = of
commons-none = No commons yet.
commons-no-match = No commons matches.
commons-show-all = Show them all
commons-more = More commons →
show = Show
by = by
show-all = Show all
contributions-title = Contributions
contributions-of = Contributions to { $name }
contribution-state-label = State
contribution-state = { $state ->
    [open] open (proposed or changes requested)
    [proposed] proposed
    [changes_requested] changes requested
    [accepted] accepted
    [rejected] rejected
    [withdrawn] withdrawn
    [reverted] reverted
   *[any] any
}
contribution-kind = { $kind ->
    [change] change
   *[work_record] work record
}
file-op = { $op ->
    [add] add
    [modify] modify
   *[delete] delete
}
contributions-none = None.
contributions-none-in-state = None in this state.
contributions-older = Older contributions →
revisions-title = Revisions
revisions-of = Revisions of { $name }
revisions-older = Older revisions →
revision-changes = changes
revision-accepted-by = accepted by
revision-made-in = made in
revision-offered = { $count ->
    [one] The fork's revision it carries
   *[other] The { $count } fork revisions it carries
}
contribution-offered = Offered from the fork
contribution-work-by = work by
contribution-minutes = { $count ->
    [one] one minute of work
   *[other] { $count } minutes of work
}
contribution-evidence = evidence
contribution-deleted-before = The commons
contribution-deleted-after = was deleted: this contribution can no longer be decided.
contribution-comment-optional = comment (optional)
contribution-why-optional = why (optional)
contribution-what-to-change = what to change
contribution-accept = Accept
contribution-reject = Reject
contribution-ask-for-changes = Ask for changes
contribution-withdraw = Withdraw
contribution-reviews = Reviews
contribution-review-record = ({ $accepted } accepted, { $reviews ->
    [one] one review
   *[other] { $reviews } reviews
} here)
contribution-no-review = No review yet.

## A commons' page

commons-deleted = Deleted on { $when }
commons-deleted-by = by
commons-deleted-rest = Its files and history stay readable; nothing can change in it any more.
commons-deleted-forks = Its files and history stay readable, and its work goes on in its forks (below); nothing can change in it any more.
commons-hosted-by = hosted by
commons-forked-from = Forked from
commons-at-revision = at revision { $number }
commons-synced = last offer accepted upstream as its revision { $number }
commons-revision = Revision { $number }:
commons-propose = Propose a new file or upload one
commons-record-work = Record work done for this commons
field-minutes = Minutes
commons-what-you-did = What you did
commons-what-you-did-hint = Ran the Saturday workshop
commons-evidence = Evidence (a link, optional)
commons-record = Record work
commons-fork-title = Fork this commons
commons-fork-handle = Handle of the fork
commons-fork-note = The fork keeps the whole history and who did what; you become its maintainer.
commons-fork = Fork
commons-offer-label = Offer this fork's new revisions upstream
commons-offer-hint = what they bring
commons-offer-waiting = This fork's offer is waiting for the maintainers upstream:
commons-offer = Offer upstream
commons-delete-title = Delete this commons
commons-delete-note = Nothing can change in a deleted commons and it leaves the lists. Its files and history stay readable, and forks keep everything they inherited.
commons-delete-confirm-before = Type
commons-delete-confirm-after = to confirm
commons-files = Files
commons-file-size = { $count ->
    [one] one byte
   *[other] { $count } bytes
}
commons-no-files = No files yet: propose the first one.
commons-maintainers = Maintainers
commons-contributors = Contributors
commons-contributors-first = The first { $shown } of { $total }, most accepted contributions first
commons-all-as-json = all, as JSON
commons-contributor-accepted = { $count } accepted
commons-contributor-reviews = { $count ->
    [one] one review
   *[other] { $count } reviews
}
commons-contributor-open = { $count } open
commons-nobody = Nobody yet.
commons-suggested = Suggested as maintainers
commons-forks = Forks
commons-fork-from = from revision { $number }
commons-forks-first = The first { $shown } of { $total } forks;
commons-forks-all = all of them as JSON
commons-open-contributions = Open contributions
commons-none-open = None open.
commons-more-open = More open contributions →
commons-all-contributions = All contributions
commons-download-head = Download the head as
commons-or = or

## Proposing, files and diffs

propose-title = Propose a change
propose-to = Propose a change to
field-file-path = File path
field-content = Content
field-what-and-why = What and why
propose = Propose
upload-title = Or upload a file
upload-note = Any kind of file (images, PDFs, drawings) up to the size this instance accepts; text files stay diffable.
field-file = File
upload-path = Path in the commons (the file's own name when empty)
upload-propose = Upload and propose
file-propose-edit = Propose an edit
file-binary = A binary file; it is not shown here.
diff-title = Changes
diff-revisions = revision { $from } → { $to }
diff-files-changed = { $count ->
    [one] one file changed
   *[other] { $count } files changed
}
diff-download = download revision { $number } as
diff-status = { $status ->
    [added] added
    [deleted] deleted
   *[modified] modified
}
diff-binary = A binary file; it is not compared line by line.
diff-too-large = Too large to compare line by line.
new-commons-title = New commons
new-commons-summary = Summary
new-commons-licence = Licence
new-commons-licence-hint = an SPDX identifier or expression
new-commons-licence-means = Everyone who contributes gives their work under this licence, and anyone may use the commons as it says. A share-alike licence (CC-BY-SA-4.0, GPL-3.0-or-later, ODbL-1.0) keeps what others make from it open too; a permissive one (MIT, CC-BY-4.0) lets them close it.
new-commons-home-hint = optional; you must be a member

## Discussion

discussion-title = Discussion
discussion-comments = { $count ->
    [one] one comment
   *[other] { $count } comments
}
discussion-last = last { $when }
discussion-no-thread = No thread yet.
discussion-all-threads = All threads
discussion-or-start = , or start one
discussion-thread-number = Thread #{ $number }
discussion-contribution = contribution #{ $number }
discussion-older = Older threads →
discussion-start-title = Start a thread
field-title = Title
discussion-first-comment = First comment
markdown = Markdown
discussion-start = Start the thread
discussion-sign-in-to-start = to start a thread; reading needs no account.
discussion-sign-in-to-take-part = to take part; reading needs no account.
discussion-thread-of = Thread #{ $number } of
discussion-started-by = started by
discussion-of-contribution = the discussion of
discussion-all-threads-lower = all threads
comment-edited = edited
comment-deleted = Comment deleted by its author.
comment-edit-or-delete = Edit or delete
comment-yours = Your comment
comment-yours-hint = Markdown; the earlier text stays in the history
comment-delete = Delete this comment
comment-none = No comments yet.
comment-add = Add a comment
comment-post = Comment
history-title = Comment history
history-by = A comment by
history-on = on
history-written = written { $when }
history-now = Now
history-deleted = Deleted by its author; its text and earlier versions are gone.
history-earlier = Earlier versions
history-version = written { $written }, replaced { $replaced }
history-none = None: the comment was never edited.
history-none-deleted = None: the comment was never edited, or its versions went with it.
history-back = Back to the thread
panel-in-the-commons = In the commons
panel-no-contributions = No contributions yet.
panel-maintainer = maintainer
panel-rejected = { $count } rejected
panel-since = since { $when }

language-name-en = English
language-name-fr = French
language-name-it = Italian
language-name-es = Spanish
content-missing = No { $wanted } version yet: shown in { $original }, as first written.
content-translated = Translated from { $code ->
    [fr] French
    [it] Italian
    [es] Spanish
   *[en] English
}.
content-written-in = Written in
content-translations = Translations
content-translations-note = The name and summary are written in { $original }; give them in other languages here.
content-translation-language = Language
content-save-translation = Save the translation
content-remove-translation = remove

diff-old-line = Line before
diff-new-line = Line after
diff-line = Text
diff-download-file = download it
diff-read-proposed = read the file as proposed
contribution-changes-on = What it changes, on revision { $number }
contribution-became = Accepted as revision { $number }:
contribution-revision-diff = see that revision's changes
contribution-on-head = Accepted now, on revision { $number } (the head moved since), it would change
contribution-conflicts = These files also changed on the head since; the author has to update the change before it can be accepted:

contribution-update-title = Update your change
contribution-asked-by = @{ $reviewer } asked for changes:
contribution-update-file = { $path }, as you propose it
contribution-update = Send the new version

revert-title = Revert…
revert-note = A new revision will undo what revision { $number } changed; its history stays.
revert-confirm = Yes, undo revision { $number }
maintainers-remove = remove
maintainers-step-down = step down
maintainers-add-label = Make a maintainer (handle)
maintainers-add = Add

welcome-title = Welcome
welcome-lead = Here you can improve shared works, join the groups that look after them, and follow everything that happens, as it happens.
welcome-profile = Say who you are, and choose your language and time zone
welcome-commons = Contribute to a commons
welcome-commons-how = Anyone may propose a change or record work done; the commons' maintainers review it, in the open.
welcome-all-commons = All commons
welcome-orgs = Join an organization
welcome-orgs-how = Associations, cooperatives, public bodies and informal groups invite their members; ask one of their admins.
welcome-all-orgs = All organizations
welcome-new-org = Start one
welcome-happening = What is happening
welcome-journal = The whole journal

form-fix-below = Nothing was saved: fix what is marked below and send the form again.

api-title = The API
api-intro = Every page has its twin in the API, in JSON. Reading needs nothing; a change needs a token, sent as <code>Authorization: Bearer TOKEN</code> (create one in your settings). Refusals answer <code>application/problem+json</code> with a stable <code>code</code> and words in the language you ask for. Lists come a page at a time: follow <code>next</code> or the <code>Link</code> header. The descriptions below are in English, as the API's own.
api-json = The same description as OpenAPI JSON, for programs
api-contents = Contents
api-operations = { $count ->
    [one] one operation
   *[other] { $count } operations
}
api-shapes = Shapes
api-shapes-note = What the operations send and answer, by name.
api-access-anyone = Anyone may call it
api-access-optional = A token is read when sent
api-access-token = Needs a token
api-parameters = Parameters
api-in = in the { $place ->
    [path] address
    [query] query
   *[other] { $place }
}
api-required = required
api-body = What to send
api-answers = Answers
## Bodies: an organization's assemblies, boards and groups, and their decisions.
bodies-title = Bodies
bodies-none = No body yet.
bodies-kind = { $kind ->
    [general_assembly] General assembly
    [board] Board
    [working_group] Working group
    [jury] Jury
    [valuation_panel] Valuation panel
   *[commons_council] Commons council
}
bodies-method = { $method ->
    [motion] Motion (yes, no, abstain)
    [consent] Consent (passes unless an objection stands)
    [consensus] Consensus (passes unless someone blocks)
    [approval] Approval
    [plurality] Plurality (one choice)
    [score] Score (points to each option)
    [cumulative] Cumulative (dots to spread)
    [borda] Borda count
    [schulze] Schulze (ranked)
    [irv] Instant runoff (ranked)
    [stv-scottish] Scottish STV (ranked, proportional)
    [seqphragmen] Sequential Phragmén (approval, proportional board)
    [equal-shares] Method of Equal Shares (approval, proportional board)
    [pav] Proportional approval voting (board)
   *[stv-meek] Meek STV (ranked, proportional)
}
bodies-state = { $state ->
    [draft] draft
    [open] open
    [closed] closed
   *[withdrawn] withdrawn
}
bodies-result = { $result ->
    [decided] decided
   *[failed] failed
}
bodies-secrecy = { $secrecy ->
    [open] open ballots
    [anonymous] anonymous ballots
   *[secret] secret ballots with receipts
}
bodies-seats = { $seats ->
    [elected] whoever holds an elected seat whose term has not ended
    [named] the people the rulebook names
    [admins] the organization's admins
   *[all_members] every active member of the organization
}
bodies-openers = { $openers ->
    [admins] the organization's admins
   *[members] anyone who sits, and the admins
}
bodies-answer = { $answer ->
    [yes] Yes
    [no] No
    [abstain] Abstain
    [consent] I consent
    [concern] I consent, with a concern
    [objection] I object
    [agree] I agree
    [stand_aside] I stand aside
   *[block] I block
}
bodies-closes = closes { $when }
bodies-no-decision = None.
bodies-open-decisions = Open decisions
bodies-drafts = Drafts
bodies-past-decisions = Past decisions
bodies-members = Who sits
bodies-weight = { $count ->
    [one] { $count } vote
   *[other] { $count } votes
}
bodies-no-member = Nobody sits in this body yet.
bodies-rulebook = Rulebook, version { $version }
bodies-rule-seats = Who sits
bodies-rule-openers = Who may open a decision
bodies-rule-method = Default method
bodies-rule-quorum = Quorum
bodies-rule-threshold = Threshold
bodies-abstentions-count = abstentions count in the base
bodies-rule-secrecy = Least secrecy
bodies-rule-changeable = Ballots may change until the close
bodies-yes = yes
bodies-no = no
bodies-rule-weights = Weights
bodies-weight-cap = { $count ->
    [one] at most { $count } vote per member
   *[other] at most { $count } votes per member
}
bodies-versions = Earlier versions
bodies-version = Version { $version }
bodies-draft-title = Draft a decision
bodies-field-title = Question or proposal
bodies-field-description = Details
bodies-field-method = Method
bodies-field-options = Options
bodies-options-hint = one per line; leave empty for a motion
bodies-field-seats = Seats to fill
bodies-field-secrecy = Ballots
bodies-secrecy-default = as the rulebook says
bodies-field-days = Days before it closes
bodies-draft = Save the draft
bodies-sign-in-to-draft = to draft a decision, if the rulebook lets you.
bodies-decision-of = Decision { $number } of
bodies-seats-count = { $count ->
    [one] { $count } seat
   *[other] { $count } seats
}
bodies-participation = { $voted } of { $voters } voters took part
bodies-options = Options
bodies-receipt-title = Your receipt
bodies-receipt-text = Keep this code: it is shown only now. After the close, the decision lists the SHA-256 of every receipt, so you can check that your ballot was counted without anyone learning how you voted.
bodies-your-ballot = Your ballot
bodies-voted = Your ballot is in. You may change it until the close: the last one counts.
bodies-reason = Reason (needed for an objection)
bodies-approve-most = { $count ->
    [one] Approve at most { $count } option.
   *[other] Approve at most { $count } options.
}
bodies-approve-hint = Approve every option you can live with.
bodies-rank-hint = Give 1 to your first choice, 2 to the next, and so on; leave the others unranked.
bodies-unranked = not ranked
bodies-change-ballot = Change my ballot
bodies-cast = Cast my ballot
bodies-not-in-electorate = You are not in this decision's electorate.
bodies-sign-in-to-vote = to vote, if you sit in this body.
bodies-outcome = Outcome
bodies-passed = The proposal passed.
bodies-not-passed = The proposal did not pass.
bodies-no-winner = Nobody was chosen.
bodies-chosen = { $count ->
    [one] Chosen:
   *[other] Elected:
}
bodies-turnout = Turnout { $turnout } of { $electorate } votes
bodies-explanation = How it was counted
bodies-receipts = { $count ->
    [one] { $count } receipt hash
   *[other] { $count } receipt hashes
}
bodies-participants = { $count ->
    [one] { $count } person took part
   *[other] { $count } people took part
}
bodies-download = Download the anonymised ballots
bodies-recount = Recount them yourself: { $command }
bodies-ballots-hash = SHA-256 of the ballot file:
bodies-electorate-hash = SHA-256 of the frozen electorate:
bodies-manage = Manage
bodies-manage-hint = For its opener and the organization's admins.
bodies-open = Open it now
bodies-close = Close it now and count
bodies-withdraw = Withdraw it
bodies-declare = Declare a body
bodies-declare-hint = For the organization's admins. The body starts with its kind's usual rules; its rulebook can then be changed.
bodies-field-name = Name
bodies-field-slug = Address
bodies-slug-hint = lowercase letters, digits and hyphens
bodies-field-kind = Kind
bodies-declare-button = Declare the body
bodies-rule-by-decision = The rulebook changes only by a decision of the body
bodies-proposal = If this decision passes, the body adopts a new rulebook:
bodies-decisions-title = Decisions
bodies-yours = Yours to take part in
bodies-you-voted = you voted
bodies-you-may-vote = you may vote
bodies-nothing-to-vote = No open decision awaits your ballot.
bodies-sign-in-to-see-yours = to see the decisions you can take part in.
bodies-older = Older decisions
bodies-all-decisions = Every body's decisions
bodies-votes = Who voted how
bodies-score-hint = { $count ->
    [one] Give each option from 0 to { $count } point.
   *[other] Give each option from 0 to { $count } points.
}
bodies-dots-hint = { $count ->
    [one] Spread { $count } dot among the options.
   *[other] Spread up to { $count } dots among the options, several on one if you like.
}
bodies-field-points = Points
bodies-points-hint = for a score vote, the highest score (5 if empty); for a cumulative vote, the dots each voter spreads (10 if empty)
bodies-proxy-title = Give my proxy
bodies-proxy-hint = { $count ->
    [one] Another voter of this decision may vote for you; each holds { $count } proxy at most. Voting yourself takes it back.
   *[other] Another voter of this decision may vote for you; each holds { $count } proxies at most. Voting yourself takes it back.
}
bodies-proxy-field = Their handle
bodies-proxy-give = Give my proxy
bodies-proxy-with = Your proxy is with @{ $handle }.
bodies-proxy-revoke = Take my proxy back
bodies-rule-proxies = Proxies
bodies-proxies-count = { $count ->
    [one] each voter may hold { $count } other's proxy
   *[other] each voter may hold { $count } others' proxies
}

## The ledger
ledger-treasuries-title = Treasuries
ledger-treasuries-intro = Money in the open: every treasury's balances, income and expenses are public, down to each transaction.
ledger-treasury-of = Treasury of { $handle }
ledger-owner = { $kind ->
    [body] body
    [person] person
    [commons] commons
   *[organization] organization
}
ledger-no-treasury = No treasury has been opened yet.
ledger-stewards = Stewards:
ledger-downloads = The whole ledger:
ledger-balances = Balances
ledger-account = Account
ledger-kind = Kind
ledger-balance = Balance
ledger-no-negative = never below zero
ledger-account-kind = { $kind ->
    [asset] asset
    [liability] liability
    [income] income
    [expense] expense
    [equity] equity
   *[external] counterparty
}
ledger-no-account = No account yet.
ledger-monthly = Income and expenses by month
ledger-chart-title = Income and expenses by month, in { $unit }
ledger-income = Income
ledger-expenses = Expenses
ledger-month = Month
ledger-no-flow = Nothing has come in or gone out yet.
ledger-transactions = Transactions
ledger-transaction-number = #{ $number }
ledger-flow = { $flow ->
    [income] income
    [spending] spending
   *[transfer] transfer
}
ledger-category = { $category ->
    [donation] donation
    [sponsorship] sponsorship
    [membership_fee] membership fee
    [sale] sale
    [licence_fee] licence fee
    [lending_fee] lending fee
   *[grant] grant
}
ledger-reference = Reference: { $reference }
ledger-earmarked = Earmarked for
ledger-reverses = Reverses
ledger-reversed-by = Reversed by
ledger-no-transaction = No transaction yet.
ledger-treasury = Treasury
ledger-see-ledger = Every transaction, month by month
ledger-seal = Each transaction is sealed with the SHA-256 hash of the one before it; the latest seal:
ledger-verify = check the chain
ledger-older = Older transactions

## Lending

nav-lending = Lending
lending-title = Lending library
lending-intro = Tools, vehicles, spaces and machines held in common: see when they are free and book what you need.
lending-my-reservations = My reservations
lending-desk = Steward's desk
lending-search = Name, description or place
lending-kind = Kind
lending-any-kind = Any kind
lending-kind-name = { $kind ->
    [tool] Tool
    [vehicle] Vehicle
    [space] Space
    [machine] Machine
   *[material] Material
}
lending-none = Nothing to borrow yet.
lending-no-match = Nothing matches.
lending-show-all = Show everything
lending-more = More things to borrow
lending-items = { $count ->
    [one] one item
   *[other] { $count } items
}
lending-state = { $state ->
    [pending] awaiting approval
    [confirmed] confirmed
    [out] lent
    [returned] returned
    [offered] offered from the waiting list
   *[cancelled] cancelled
}
lending-overdue = Overdue
lending-returned-late = Returned late
lending-retired = Retired
lending-steward = Steward
lending-place = Where
lending-condition = Condition
lending-policy = How to borrow
lending-policy-min = { $count ->
    [one] at least one minute
   *[other] at least { $count } minutes
}
lending-policy-max = { $count ->
    [one] at most one minute
   *[other] at most { $count } minutes
}
lending-policy-horizon = { $count ->
    [one] book up to one day ahead
   *[other] book up to { $count } days ahead
}
lending-policy-buffer = { $count ->
    [0] no pause between loans
    [one] one minute's pause after each loan
   *[other] { $count } minutes' pause after each loan
}
lending-policy-borrowers = { $who ->
    [members] Members of the steward organization may borrow it.
   *[anyone] Anyone signed in may borrow it.
}
lending-policy-approval = A steward approves each booking.
lending-policy-automatic = Bookings are confirmed at once.
lending-calendar = Calendar (iCalendar feed)
lending-place-calendar = Calendar of everything kept here
lending-upcoming = Coming reservations
lending-upcoming-none = No reservation yet: it is free.
lending-book = Book it
lending-starts = From
lending-ends = Until
lending-zone = Times in your time zone ({ $zone }).
lending-quantity = How many
lending-book-button = Book
lending-sign-in-to-book = Sign in to book it
lending-reservation = Reservation
lending-out-note = Condition when lent
lending-return-note = Condition when returned
lending-add-to-calendar = Add to my calendar (.ics)
lending-approve = Approve
lending-note = Condition of the items
lending-take-back = Take back
lending-hand-over = Hand over
lending-cancel = Cancel the reservation
lending-mine-none = You have no reservation yet.
lending-browse = See what you can borrow
lending-desk-day = The day of { $day }, for the things you steward.
lending-desk-overdue = Overdue
lending-desk-check-outs = To hand over today
lending-desk-returns = To take back today
lending-desk-awaiting = Awaiting your approval
lending-desk-nothing = Nothing.

## Budgets

nav-budgets = Budgets
budgets-title = Participatory budgets
budgets-intro = The city and associations ask people what to build with a share of their budget: proposals, a vote by district and city-wide, and results counted by rules anyone can check.
budgets-none = No participatory budget yet.
budgets-imported = Imported
budgets-of = of { $owner }
budgets-more = More budgets
budgets-owned-by = Run by
budgets-until = until { $when }
budgets-see-results = See the results
budgets-sign-in = Sign in to take part
budgets-members-only = Only members of @{ $owner } take part in this budget.
budgets-by-census = Open to the { $count ->
    [one] one person
   *[other] { $count } people
} of its census, once they claim their entry with their id.
budgets-census-claimed = You claimed your entry.
budgets-claim = Claim your census entry
budgets-claim-field = Your id, as the census lists it
budgets-claim-hint = Spaces, dots, dashes and capitals do not matter. It is kept only hashed.
budgets-claim-button = Claim
budgets-census-import = Import the census
budgets-census-field = The census, as CSV
budgets-census-hint = A header naming id, and if you have them birth_date (YYYY-MM-DD) and district (a heading's name), then one person per line. Importing again replaces it; claims of ids still listed stay.
budgets-census-button = Import
budgets-standing = { $why ->
    [voted_on_paper] Your paper ballot counts here: you cannot vote online in this heading.
    [citywide] Everyone may vote here: it is the city-wide heading.
    [own] Your district, as the census says.
    [first] You may vote here; the first district you vote in counts as your own.
    [other] Another district than yours.
    [district_rule] You may not vote here: you vote in your own district and a set number of others, and you have used them.
    [not_in_census] Claim your census entry to vote.
    [age_rule] The age rule of this budget leaves you out.
   *[other] You may not vote here.
}
budgets-standing-others = ({ $used } of { $allowed } other districts allowed)
budgets-propose = Propose a project
budgets-heading = Heading
budgets-project-title = Title
budgets-project-description = What it is, and why
budgets-project-place = Where (optional)
budgets-project-cost = Cost
budgets-cost-hint = An estimate: digits, with at most two decimals, e.g. 12000 or 12000.50
budgets-propose-button = Propose
budgets-amount = { $amount } to spend
budgets-ballots = { $count ->
    [one] one ballot
   *[other] { $count } ballots
}
budgets-voted = Your ballot is in. You may change it until balloting closes.
budgets-ballot-for = Your ballot for { $heading }
budgets-knapsack-hint = Choose projects whose costs add up to at most { $amount }.
budgets-left-to-spend = Left to spend: { $amount }
budgets-over-by = Over the amount by { $amount }: take a project off.
budgets-approval-hint = Choose the projects you support.
budgets-least = { $count ->
    [one] At least one project.
   *[other] At least { $count } projects.
}
budgets-most = { $count ->
    [one] At most one project.
   *[other] At most { $count } projects.
}
budgets-project-number = #{ $number }
budgets-change-ballot = Change my ballot
budgets-cast = Cast my ballot
budgets-no-projects = No project yet.
budgets-untitled = Untitled project
budgets-rejected = Off the ballot
budgets-results-of = Results: { $heading }
budgets-file = Pabulib file (.pb)
budgets-phases = Phases
budgets-current = now
budgets-from = from { $when }
budgets-to = until { $when }
budgets-ballot-style = Ballot
budgets-who = Who takes part
budgets-who-anyone = Anyone signed in
budgets-who-members = Members of @{ $owner }
budgets-who-body = Members of
budgets-body-only = Only those sitting in this body take part in this budget:
budgets-rule = Counting rule
budgets-move-to = Move to the phase
budgets-move = Move
budgets-proposed-by = Proposed by
budgets-progress = Implementation
budgets-headings = Headings
budgets-count = Count
budgets-funded = Funded projects
budgets-funded-count = { $count ->
    [one] one project funded
   *[other] { $count } projects funded
}
budgets-spent = { $total } spent
budgets-chart-title = Votes for each project; green when the chosen rule funds it, a filled square when greedy does
budgets-chart-chosen = funded by { $rule }
budgets-chart-not = not funded
budgets-chart-greedy = funded by greedy (the filled square)
budgets-table-caption = Each project's votes and cost, and whether each rule funds it
budgets-project = Project
budgets-votes = Votes
budgets-yes-funded = Funded
budgets-my-ballot = What my ballot did
budgets-my-share = Your share of the budget was { $share }. It paid for:
budgets-my-share-unused = None of the projects you chose: their supporters together could not buy them.
budgets-my-left = { $left } of your share was not spent.
budgets-my-completed = Chosen by you and funded afterwards from the budget left over:
budgets-my-no-shares = This rule does not share the budget among voters; here is what became of your choices.
budgets-my-funded = Funded:
budgets-my-unfunded = Not funded:
budgets-why-title = Why the others lost
budgets-why-supporters = { $count ->
    [one] Its one supporter
   *[other] Its { $count } supporters
}
budgets-why-started = started with { $started } between them. Their money went to:
budgets-why-left = They had { $left } left: less than its cost, { $cost }.
budgets-why-fit = When its turn came, { $left } was left of the budget: less than its cost, { $cost }.
budgets-why-no-votes = Nobody chose it.
budgets-why-not-reached = The rule stopped before its turn.
budgets-explanation-json = The count step by step (JSON)
budgets-phase-name = { $phase ->
    [drafting] Drafting
    [informing] Information
    [accepting_proposals] Accepting proposals
    [reviewing] Reviewing proposals
    [supporting] Supports
    [valuating] Valuation
    [publishing_prices] Publishing prices
    [balloting] Balloting
    [reviewing_ballots] Reviewing ballots
    [results] Results
    [implementation] Implementation
   *[finished] Finished
}
budgets-now = { $phase ->
    [drafting] The process is being prepared.
    [informing] Read about the budget and its rules before proposals open.
    [accepting_proposals] Propose projects for your district or for the whole city.
    [reviewing] The proposals are reviewed; those off the ballot say why.
    [supporting] Support the proposals you want on the ballot.
    [valuating] A panel checks each project's feasibility and price.
    [publishing_prices] The prices of the projects on the ballot are published.
    [balloting] Vote: choose projects in each heading. You may change your ballot until balloting closes.
    [reviewing_ballots] The ballots are being checked.
    [results] The results are out: see what was funded and why.
    [implementation] The funded projects are being built.
   *[finished] This budget is finished: see its results.
}
budgets-rule-name = { $rule ->
    [greedy_cost] Greedy (most votes first)
    [greedy_cardinality] Greedy (votes per cost)
    [mes_cost] Equal Shares
    [mes_cardinality] Equal Shares (by count)
    [mes_cost_irresolute] Equal Shares, every tie
    [mes_cost_greedy_completion] Equal Shares, then greedy
    [mes_cost_exhaustion] Equal Shares, budget raised until spent
    [mes_cost_add1] Equal Shares with add1
    [mes_cost_add1_greedy_completion] Equal Shares with add1, then greedy
   *[phragmen] Sequential Phragmén
}
budgets-style-name = { $style ->
    [approval] Approval: choose the projects you support
    [points] Points: give your points to the projects you support
    [ranked] Ranked: rank the projects you support
   *[knapsack] Knapsack: choose projects up to the heading's amount
}
budgets-progress-status = { $status ->
    [not_started] Not started
    [under_way] Under way
    [done] Done
   *[cancelled] Cancelled
}
budgets-supports = Supports
budgets-support = Support this project
budgets-milestones = Milestones
budgets-milestone-link = Photos and documents
budgets-record-progress = Record the implementation
budgets-percent = Percent done
budgets-milestone-new = A milestone (optional)
budgets-milestone-on = Day
budgets-record = Record
budgets-paper = Record paper ballots
budgets-paper-field = The paper ballots
budgets-paper-hint = A CSV whose header names its columns: vote (project numbers separated by ;), and optionally voter (a census id or @handle), station, ballot (the sheet's serial number), declared (the tally sheet's count); or one ballot per line, e.g. 1,4,7
budgets-paper-record = Record them
budgets-paper-station = Polling station
budgets-paper-declared = Ballots on its tally sheet
budgets-paper-declared-hint = Leave empty when the station sent no tally sheet
budgets-paper-accept = Record them even if the count differs from the tally sheet
budgets-paper-reason = Why the difference is accepted
budgets-paper-report = Paper ballots reconciled
budgets-paper-of = Paper ballots of { $heading }, by polling station
budgets-paper-totals = { $read } read, { $recorded } counted, { $aside } set aside
budgets-paper-station-col = Station
budgets-paper-declared-col = Declared
budgets-paper-read-col = Read
budgets-paper-recorded-col = Counted
budgets-paper-aside-col = Set aside
budgets-paper-no-station = (no station named)
budgets-paper-voted-online = { $count ->
    [one] one voter voted online
   *[other] { $count } voters voted online
}
budgets-paper-twice = { $count ->
    [one] one voter was on paper already
   *[other] { $count } voters were on paper already
}
budgets-paper-district-rule = { $count ->
    [one] one voter was past the district rule
   *[other] { $count } voters were past the district rule
}
budgets-paper-mismatch = Tally sheet { $declared }, read { $read }: accepted by { $who }:

# The coalition's clauses (a determination names them by id: clause-<id>-title and -text).
clause-ppl-1-grant-title = Licence grant
clause-ppl-1-grant-text = Anyone may copy, share, perform and adapt the work, for any purpose that is not commercial. Commercial use is allowed only as clauses 1c and 1d say.
clause-ppl-1a-same-licence-title = Copies under this licence
clause-ppl-1a-same-licence-text = Whoever shares the work shares it under this licence, with its text or its address, and may add no terms that restrict what the licence grants.
clause-ppl-1b-share-alike-title = Share alike
clause-ppl-1b-share-alike-text = Adaptations of the work are shared under this licence, or a later version of it, on the same terms.
clause-ppl-1c-commercial-worker-owned-title = Commercial use by worker-owned enterprises
clause-ppl-1c-commercial-worker-owned-text = The work may be used commercially only by a worker-owned business or worker-owned collective, and only if all the financial gain, surplus, profits and benefits it produces are distributed among its worker-owners.
clause-ppl-1d-commercial-waged-labour-title = No use to profit from waged labour
clause-ppl-1d-commercial-waged-labour-text = A business that is privately owned and managed, and that seeks to profit from the labour of employees paid by salary or other wages, may not use the work under this licence.
clause-ppl-1e-attribution-title = Attribution
clause-ppl-1e-attribution-text = Whoever shares the work or an adaptation keeps its copyright notices intact and credits its authors as they ask, with the work's title and address.
clause-ppl-2-separate-licence-title = A separate licence
clause-ppl-2-separate-licence-text = Those this licence does not permit may still ask the holders of the work for a licence of its own, on other terms; this licence gives none.
clause-ppl-3-termination-title = Termination
clause-ppl-3-termination-text = The rights this licence grants end of themselves for whoever breaks its terms.
clause-copyfair-1-grant-title = Free sharing
clause-copyfair-1-grant-text = Anyone may copy, share, study and adapt the commons for purposes that are not commercial, without asking and without paying.
clause-copyfair-2-commons-based-title = Commercial use by commons-based enterprises
clause-copyfair-2-commons-based-text = Cooperatives, worker-owned enterprises that share their surplus among their workers, phyles, for-benefit associations and public bodies use the commons commercially without a fee.
clause-copyfair-3-reciprocity-title = Reciprocity from other commercial users
clause-copyfair-3-reciprocity-text = Any other commercial use asks for reciprocity: the fee the commons' maintainers declared in its schedule, for each period of use.
clause-copyfair-4-credit-title = What was given back counts
clause-copyfair-4-credit-text = What the user gave the commons in the period (contributions its maintainers accepted and hours of work recorded, by the user's members or employees, and money paid in) is credited against the fee at the declared rates. No fee is below zero.
clause-copyfair-5-contributors-title = Contributors use it freely
clause-copyfair-5-contributors-text = A person who contributed to the commons in the period, and whose contribution was accepted, uses it commercially without a fee.
clause-copyfair-6-attribution-share-alike-title = Attribution and share-alike
clause-copyfair-6-attribution-share-alike-text = Whoever uses the commons credits its contributors and shares its adaptations on the same terms.
clause-copyfair-7-termination-title = Termination
clause-copyfair-7-termination-text = Use that breaks these terms, or a fee left unpaid, ends the permission.
clause-copyfair-8-agreement-title = An agreement with the maintainers
clause-copyfair-8-agreement-text = Until the maintainers declare a fee schedule, commercial users other than commons-based enterprises and contributors agree on their reciprocity with them directly.
clause-spdx-open-licence-title = An open licence
clause-spdx-open-licence-text = The commons is shared under { $licence }, which allows its use, commercial use included, on that licence's own conditions.
clause-spdx-non-commercial-only-title = Non-commercial use only
clause-spdx-non-commercial-only-text = { $licence } allows only use that is not commercial: commercial use is not permitted under it.
clause-spdx-terms-title = The licence's conditions
clause-spdx-terms-text = Use follows the conditions of { $licence }: keep its notices, credit the authors, and share alike where it says so.
clause-spdx-separate-licence-title = A separate licence
clause-spdx-separate-licence-text = Commercial users may ask the holders of the work for a separate licence.
clause-spdx-termination-title = Termination
clause-spdx-termination-text = Whoever breaks the conditions of { $licence } loses the rights it grants, as the licence says.
clause-custom-text-title = The commons' own licence
clause-custom-text-text = { $title }: the terms its maintainers wrote decide, as they are shown on this page.
clause-custom-commercial-permitted-title = Commercial use permitted
clause-custom-commercial-permitted-text = The maintainers' licence permits commercial use on its terms.
clause-custom-commercial-commons-based-title = Commercial use by commons-based enterprises only
clause-custom-commercial-commons-based-text = The maintainers' licence permits commercial use only to cooperatives, worker-owned enterprises that share their surplus among their workers, phyles, for-benefit associations and public bodies.
clause-custom-commercial-separate-agreement-title = Commercial use by agreement
clause-custom-commercial-separate-agreement-text = The maintainers' licence permits no commercial use without a separate agreement with them.
clause-custom-termination-title = Termination
clause-custom-termination-text = Whoever breaks the terms of the maintainers' licence loses the permission it gave.

# The coalition's outcomes, as a determination names them.
coalition-outcome-permitted-non-commercial = Permitted: the use is not commercial
coalition-outcome-permitted-commons-based = Permitted: commons-based commercial use
coalition-outcome-permitted-reciprocity-met = Permitted: reciprocity met
coalition-outcome-permitted-with-fee = Permitted with a fee
coalition-outcome-not-permitted = Not permitted under this licence
coalition-outcome-needs-evidence = Evidence needed
coalition-outcome-terminated = Terminated for a breach

# The coalition's pages: licence policies and determinations.
coalition-panel-title = Licence and reciprocity
coalition-policy-name = { $policy ->
    [ppl] Peer Production License
    [copyfair] CopyFair
    [custom] A licence of its own
   *[spdx] An open licence
}
coalition-panel-ask = Use this commons commercially?
coalition-panel-policy = Its licence, clause by clause
coalition-panel-determinations = Who asked, and what they were told
coalition-use-name = { $use ->
    [commercial] Commercial
   *[non_commercial] Not commercial
}
coalition-expired-short = expired
coalition-list-title = Determinations on { $commons }
coalition-list-none = Nobody has asked yet.
coalition-more = More
coalition-determination-title = May they use { $commons }?
coalition-asked-by = Asked by
coalition-on-behalf-of = on behalf of
coalition-use = Use
coalition-policy = Policy
coalition-decided = Decided
coalition-holds-until = Holds until
coalition-expired = Expired: ask again.
coalition-clauses-decided = The clauses that decided
coalition-missing = Still needed to decide
coalition-contradictions = Contradicted by what this instance knows
coalition-contradiction = { $fact }: declared { $declared }, but { $known_fact } is { $known }
coalition-facts = The facts used
coalition-facts-none = No fact was needed.
coalition-source-declared = declared
coalition-source-instance = known by this instance
coalition-reciprocity = Reciprocity
coalition-fee-gross = The schedule's fee
coalition-fee-credit = Credit for what was given back
coalition-fee-owed = Fee owed
coalition-fee-nothing = Nothing: what was given back meets it
coalition-fee-period = For the period
coalition-fee-payee = Paid into the treasury
coalition-conditions = Under these conditions
coalition-way-forward = The way forward
coalition-ask-again = Ask again
coalition-ask-title = May you use { $commons }?
coalition-ask-intro = Say what you would use it for and, for a commercial use, the facts its licence weighs. This instance adds what it knows: your organization's kind and members, and what they gave the commons in the period.
coalition-ask-organization = On behalf of the organization (its handle; leave empty to ask for yourself)
coalition-ask-facts = Leave a fact unsaid when this instance knows it or the licence does not need it: the answer names what is missing.
coalition-fact = { $fact ->
    [organization_kind] Kind of organization
    [worker_owned] Owned by the people who work in it
    [surplus_to_workers] All its surplus shared among its worker-owners
    [waged_labour] Employs people for wages who are not its owners
    [revenue] Revenue from the use in the period
    [units] Units made or sold with it in the period
    [accepted_contributions] Contributions accepted in the period
    [hours_of_work] Hours of work accepted in the period
    [paid_in] Money paid into the commons in the period
    [breach] Rights ended for a breach
   *[other] { $fact }
}
coalition-not-said = Not said
coalition-yes = Yes
coalition-no = No
coalition-hours = { $hours } h
coalition-revenue-example = 18000.00 EUR
coalition-ask-submit = Ask
coalition-sign-in-to-ask = Sign in to ask
coalition-policy-title = The licence policy of { $commons }
coalition-policy-set-by = Set by @{ $who }, { $when }.
coalition-policy-follows-licence = Its maintainers have set no policy: it follows the commons' licence.
coalition-fee-schedule = Fee schedule
coalition-fee-none = No fee schedule declared yet: commercial users who owe reciprocity agree on it with the maintainers.
coalition-fee-flat = { $amount } for each period
coalition-fee-per-unit = { $amount } per { $unit }
coalition-fee-revenue-share = { $share } of the revenue declared from the use
coalition-credit = Less { $contribution } per contribution accepted and { $hour } per hour of work accepted in the period, and the money paid in.
coalition-period = { $count ->
    [one] A period of one day.
   *[other] A period of { $count } days.
}
coalition-clauses = Its clauses
coalition-recent = Latest determinations
coalition-set-title = Set the licence policy
coalition-set-spdx = For an open licence
coalition-set-expression = SPDX expression
coalition-set-copyfair = For CopyFair
coalition-schedule-name = { $schedule ->
    [flat] The same fee for each period
    [per_unit] A price per unit
   *[revenue_share] A share of the revenue
}
coalition-set-basis-points = Share in basis points (300 is 3 %)
coalition-set-currency = Currency of the share
coalition-set-amount = Fee or price per unit, with its currency
coalition-set-unit-name = What a unit is
coalition-set-per-contribution = Credit per accepted contribution
coalition-set-per-hour = Credit per hour of work
coalition-set-period = Period in days (365 when empty)
coalition-set-custom = For a licence of its own
coalition-set-custom-title = Title
coalition-set-custom-text = Text
coalition-set-commercial = Commercial use
coalition-commercial-name = { $rule ->
    [permitted] Permitted
    [separate_agreement] Only by a separate agreement
   *[commons_based_only] Only for commons-based enterprises
}
coalition-set-submit = Set the policy
coalition-terminated-title = These rights ended for a breach
coalition-terminated-by = Ended by @{ $who }, { $when }. Whoever it was asked for is answered "terminated" under this commons from then on.
coalition-terminate-title = End these rights for a breach
coalition-terminate-intro = As a maintainer you may end what this answer permitted, saying what was breached. The organization or person it was asked for is then answered "terminated" under this commons.
coalition-terminate-reason = What was breached
coalition-terminate-submit = End these rights
coalition-changed = Since this answer, { $what } changed: it may no longer hold.
coalition-changed-what = { $what ->
    [organization_kind] the organization's kind
   *[members] its members
}
coalition-no-longer-current = no longer current
coalition-panel-paid = Who pays for it
coalition-paid-title = Who pays for { $commons }
coalition-paid-intro = Each contribution its maintainers accepted, and each hour of accepted work, counted as done paid, as a volunteer, or unknown, by what its author declared of the organizations they work with on the day it was accepted.
coalition-paid-summary = { $count ->
    [0] No contribution accepted yet.
    [one] One contribution accepted: { $paid } paid, { $volunteer } volunteer, { $unknown } unknown.
   *[other] { $count } contributions accepted: { $paid } paid, { $volunteer } volunteer, { $unknown } unknown.
}
coalition-paid-chart = Contributions accepted each month, paid, volunteer and unknown
coalition-paid-paid = Paid
coalition-paid-volunteer = Volunteer
coalition-paid-unknown = Unknown
coalition-paid-by-month = Contributions accepted (share) and hours, paid / volunteer / unknown, by month
coalition-paid-month = Month
coalition-paid-hours = Hours
coalition-paid-all = All
coalition-paid-by-organization = By organization: the work its affiliated people did
coalition-paid-organization = Organization
coalition-declare-title = Declare who you work with
coalition-declare-intro = Said publicly, as gitdm's maps do: the organization, from and to which days, and whether you are paid for this work.
coalition-declare-organization = Organization (its handle)
coalition-declare-from = From
coalition-declare-until = Until (empty: still)
coalition-declare-paid = Paid for this work
coalition-declare-scope = For
coalition-declare-scope-this = work on { $commons }
coalition-declare-scope-any = work on any commons
coalition-declare-submit = Declare
coalition-affiliations-title = Affiliations
coalition-affiliation-ongoing = ongoing
coalition-affiliation-withdraw = Take back

## Distributions back to contributors

ledger-distributions = Distributions back to contributors
ledger-distributions-intro = A commons' treasury gives money back to the people whose contributions the commons accepted. A steward previews how an amount would be shared by a policy, each share with the contributions behind it; once posted, what each contributor is owed is booked in the ledger, in one transaction.
ledger-no-distribution = No distribution yet.
ledger-distribution-number = Distribution #{ $number }
ledger-distribution-state = { $state ->
    [previewed] preview, not booked
    [posted] posted
   *[discarded] discarded
}
ledger-policy = { $policy ->
    [peer] By peer allocation (points from the other contributors)
    [equal] Equal shares
    [hours] By hours of accepted work
    [equation] By a value equation
   *[credrank] By contribution credit (CredRank)
}
ledger-policy-label = Policy
ledger-policy-help = Equal shares: everyone with a contribution accepted in the period gets the same. By hours: in proportion to the minutes of accepted work records. By contribution credit: in proportion to the credit that flows from each accepted contribution to its author and, less, to the maintainers who accepted it. By a value equation: the equation the treasury stands by (its buckets and rules) shares the amount, each share saying which bucket paid what. By peer allocation: in proportion to the points each received from the others in a closed round (see the rounds).
ledger-recipients = { $count ->
    [one] one contributor
   *[other] { $count } contributors
}
ledger-preview-title = Preview a distribution
ledger-amount = Amount
ledger-unit = Unit
ledger-since = First day counted (optional)
ledger-until = Last day counted (optional)
ledger-memo = Note (optional)
ledger-preview = Preview the shares
ledger-distribution-period = Contributions accepted from { $since } to { $until }
ledger-previewed-by = Previewed by
ledger-decided-by = decided by
ledger-posted-as = Booked as transaction
ledger-shares = Shares
ledger-shares-chart = Each contributor's share, in { $unit }
ledger-recipient = Contributor
ledger-share = Share
ledger-weight = Weight
ledger-contributions = Contributions
ledger-post-hint = Posting books the whole amount to the account { $account } and what each contributor is owed to an account of their own, in one transaction. Only a reversal undoes it.
ledger-post = Post to the ledger
ledger-discard = Discard
ledger-distribution-decisions = Approvals and objections
ledger-no-approval = No steward has approved it yet.
ledger-approve-reason = Reason (optional)
ledger-distribution-waits = It is posted once as many stewards as the treasury's rule asks have approved it, while no objection stands.
ledger-you-approved = You approved it.
ledger-paid-back = Paid back
ledger-paid-back-intro = Shares of the money of the commons this person contributed to.
ledger-owed = Still owed by { $treasury }: { $amount }

## Expenses

ledger-expenses-title = Expenses
ledger-expenses-intro = Anyone signed in may ask the treasury to pay an expense, with its receipt. As many stewards as the treasury's rule asks must approve it — never the person who submitted it — before a steward pays it; a rejection always says why.
ledger-no-expense = No expense yet.
ledger-expense-number = Expense #{ $number }
ledger-expense-state = { $state ->
    [submitted] waiting for approval
    [approved] approved, to be paid
    [paid] paid
    [rejected] rejected
    [draft] draft
    [incomplete] more asked of its author
    [scheduled] scheduled for payment
    [spam] spam
   *[canceled] withdrawn
}
ledger-expense-to = To be paid to { $payee }
ledger-expense-approvals = { $approvals } of { $needed } approvals
ledger-submit-expense = Submit an expense
ledger-expense-title-label = What it was for
ledger-payee = Who is to be paid
ledger-payout = How to pay them (seen by the stewards only)
ledger-description = Details (optional)
ledger-receipt = Receipt
ledger-receipt-private = Keep the receipt for the stewards only, because (optional)
ledger-receipt-kept = Shown to the stewards and the submitter only: { $reason }
ledger-sign-in-to-submit = Sign in to submit an expense
ledger-expense-decisions = Approvals and rejections
ledger-verdict = { $verdict ->
    [approve] approved
   *[reject] rejected
}
ledger-no-verdict = No steward has decided yet.
ledger-approve = Approve
ledger-reject = Reject
ledger-pay-from = Pay from
ledger-pay = Pay and record the spending
ledger-withdraw = Withdraw my expense
ledger-save-draft = Save as a draft
ledger-draft-note = A draft: shown to everyone, decided by nobody until its author submits it.
ledger-incomplete-note = A steward asked for more (see the history below): its author edits it and submits it again.
ledger-submit-draft = Submit it to the stewards
ledger-edit-expense = Edit the expense
ledger-save-changes = Save the changes
ledger-receipt-replace = A new receipt, to replace the one attached (optional)
ledger-decide-reason = Reason (required to reject, ask for more or mark as spam)
ledger-spam-reason = Why it is spam
ledger-ask-more = Ask for more
ledger-mark-spam = Mark as spam
ledger-schedule-on = Pay on
ledger-schedule = Schedule the payment
ledger-scheduled-for = Scheduled for payment on { $day }
ledger-consent-ends = This treasury approves by consent: approved on { $day } unless a steward's objection stands.
ledger-objections = Objections
ledger-no-objection = No steward objects.
ledger-objection-withdrawn = withdrawn
ledger-object-reason = Why you object
ledger-object = Object
ledger-withdraw-objection = Withdraw my objection
ledger-steps = History
ledger-by-consent = by consent
ledger-see-expenses = Expenses
ledger-receipt-hash = SHA-256 fingerprint:
ledger-held = { $amount } held
ledger-holds = Money set aside
ledger-holds-intro = Pending holds: deposits, pledges and payments promised but not yet made. Each counts against its account until it is posted, voided, or expires.
ledger-hold-number = Hold #{ $number }
ledger-hold-expires = Expires { $when }
ledger-statements = Balance sheet and income statement
ledger-statements-of = Statements of { $handle }
ledger-back-to-treasury = Back to the treasury's ledger
ledger-period-from = From
ledger-period-to = To
ledger-period-show = Show
ledger-statements-intro = Sums of the ledger's own transactions, booked on the days shown: the balance sheet at the end of the last day, the income statement over the whole period.
ledger-balance-sheet = Balance sheet at the end of { $day }
ledger-assets = What it holds
ledger-total-assets = Total held
ledger-liabilities = What it owes, and whose it is
ledger-surplus = Surplus left by income and spending so far
ledger-total-right = Total owed and surplus
ledger-income-statement = Income statement, { $from } to { $to }
ledger-total-income = Total income
ledger-total-expenses = Total expenses
ledger-net = Income less expenses
ledger-statements-empty = No transaction was booked up to this day.
ledger-journal-seal = Its latest transaction is event { $seq } of the public journal, whose running hash seals everything written before it:
ledger-journal-head = the journal's newest hash

## Bodies: spending limits and payments authorised by a decision
bodies-rule-spending-limit = Spending limit
bodies-spending-limit-hint = A payment from the organization's treasury above this amount needs a decision of this body.
bodies-payment = Payment it authorises
bodies-authorises = Paying expense { $expense } of the treasury { $treasury }: { $amount }.
bodies-see-expense = See the expense
bodies-payment-authorised = Payment authorised
bodies-payment-if-passed = The payment is authorised if the motion passes.
bodies-pay-legend = Authorise a payment (motions only)
bodies-pay-hint = Fill these in if the motion authorises paying an expense from the organization's treasury; leave them empty otherwise.
bodies-field-pay-treasury = Treasury (its handle)
bodies-field-pay-expense = Expense number
bodies-field-amount = Amount
bodies-field-currency = Currency (EUR, USD…)
bodies-limit-hint = A payment from the organization's treasury above this amount will need a decision of this body. Leave both fields empty for no limit. This writes a new version of the rulebook.
bodies-field-note = Why (a note on the new version)
bodies-rulebook-save = Write the new version
ledger-limit-waits = Above the spending limit of { $limit } that { $body } set: it is paid only once a decision of { $body } authorises it.
ledger-limit-authorised = Above the spending limit of { $limit } that { $body } set, and authorised by its decision:
ledger-limit-decision = the decision
ledger-budget-lines = Budget lines
ledger-budget-lines-intro = What the stewards planned to spend on each thing over a period, against the expenses put on it: paid, approved but not yet paid, and what is left.
ledger-line = Budget line
ledger-line-planned = Planned
ledger-line-committed = Approved, to be paid
ledger-line-spent = Paid
ledger-line-left = Left
ledger-line-source = where the plan comes from
ledger-spending = Spending against price
ledger-spending-intro = The budget line a treasury planned for this project at its price, against the expenses approved and paid on it.
ledger-spending-treasury = Expenses of { $handle }
ledger-spending-none = Nothing has been approved or paid on this line yet.
ledger-no-line = none
ledger-line-of-expense = On the budget line
ledger-line-over = Its approval took the line over its plan by { $over }.

## Lending's upkeep: blocks, breakdowns, plans, trainings, availability
lending-policy-training = Only people trained on it may book it.
lending-training-needed = Booking it needs a training: ask its steward { $steward } to train you; they record it here.
lending-trained-until = You are trained on it until { $until }.
lending-blocks = Maintenance and breakdowns
lending-block-maintenance = Maintenance
lending-block-breakdown = Out of order
lending-block-until-repaired = until repaired
lending-block-repaired = Repaired: back in the pool
lending-block-end = End the maintenance
lending-block-form = Block for maintenance
lending-block-reason = What for
lending-block-button = Block these items
lending-breakdown-form = Report a breakdown
lending-breakdown-help = The broken items leave the pool until repaired. Reservations that no longer fit move to the next free slot of the pool, or are cancelled; their borrowers are told.
lending-breakdown-button = Report broken
lending-plan = Maintenance plan
lending-plan-help = A block for one item is placed at a check-out or a return once the days or the loans have come round, whichever first.
lending-plan-days = Every (days)
lending-plan-uses = Every (loans returned)
lending-plan-minutes = Each block lasts (minutes)
lending-plan-button = Save the plan
lending-trainings = Trained people
lending-trainings-none = Nobody is trained on it yet.
lending-training-until = until { $until }
lending-training-form = Record a training
lending-training-person = Person (handle)
lending-training-expires = Valid until
lending-training-button = Record the training
lending-available = Find what is free
lending-available-button = Search
lending-available-found = Free over that time
lending-available-none = Nothing matching is free over that time: try other times or fewer items.
lending-free = { $count ->
    [one] one free
   *[other] { $count } free
}
lending-notices = What happened to your reservations
lending-notice-moved = a breakdown moved your reservation from { $was } to { $now }.
lending-notice-cancelled = a breakdown cancelled your reservation of { $was }: no other slot was free.
lending-new = Put something up for lending
lending-new-intro = Say what it is, where to find it, how many there are and how it is lent. You steward it yourself, or for an organization you administer.
lending-new-button = Put it up for lending
lending-field-name = Name
lending-field-description = Description
lending-field-quantity = How many identical items
lending-field-yourself = Yourself
lending-field-min = Shortest booking (minutes)
lending-field-max = Longest booking (minutes)
lending-field-horizon = How far ahead one may book (days)
lending-field-buffer = Buffer after each booking (minutes)
lending-field-borrowers = Who may borrow
lending-policy-edit = How it is lent
lending-policy-button = Save the policy
lending-training-class = For every { $kind } this steward lends
lending-training-class-of = every { $kind } of this steward

## Bodies: elected seats and elections with nominations
bodies-elected-seats = { $count } seats, terms of { $days } days
bodies-seat-holders = Elected seats
bodies-seat-until = until { $when }
bodies-no-seat-holder = Nobody holds a seat yet: an election that fills these seats gives them.
bodies-election-legend = An election that fills elected seats (optional)
bodies-election-hint = Give the address of a body with elected seats (this one or another of the organization): its candidates are nominated before it opens, and the winners take the seats.
bodies-field-fills = Seats of the body (its address)
bodies-field-nominations-days = Nominations close in (days)
bodies-election-fills = This election fills the seats of
bodies-nominations-close = Nominations close { $when }.
bodies-nominations-closed = Nominations are closed.
bodies-candidates = Candidates
bodies-no-candidate = Nobody is nominated yet.
bodies-nominated-by = nominated by
bodies-candidate-state = { $state ->
    [pending] has not answered yet
    [declined] declined
   *[accepted] stands
}
bodies-nominate-title = Nominate a member
bodies-nominate-hint = Nominate yourself (your handle) or another member of the organization, who must then accept.
bodies-field-candidate = Member's handle
bodies-field-statement = Statement
bodies-nominate = Nominate
bodies-your-nomination = You are nominated. Do you stand?
bodies-accept = I stand
bodies-decline = I decline

## Bodies: the private feed of the decisions one can take part in
bodies-feed-title = Decisions I can take part in
bodies-feed-status = { $status ->
    [closing] Closing soon
    [decided] Decided
   *[open] Open
}
bodies-feed-heading = Your private feed
bodies-feed-hint = A feed reader follows the decisions you can vote in (open, closing soon, decided) at a secret address. Anyone with the address sees the list, so keep it to yourself; making a new one cuts off the old one.
bodies-feed-fresh = Here is your feed's address. It is shown only this once: copy it into your feed reader now.
bodies-feed-made = Your feed's address was made { $when }.
bodies-feed-make = Make my feed's address
bodies-feed-rotate = Replace my feed's address

# What is owed to the commons: fees accepted, phyles' pledges, payments.
coalition-panel-dues = What is owed to it
coalition-dues-title = What is owed to { $commons }
coalition-dues-determinations = Determinations
coalition-dues-intro = Licence fees that licensees accepted and shares of surplus that phyles pledged. Each is booked in the commons' treasury when it becomes owed; when a steward records it paid, a distribution to the contributors is prepared.
coalition-dues-none = Nothing is owed to this commons yet.
coalition-dues-owed-count = { $count ->
    [one] One due is still owed.
   *[other] { $count } dues are still owed.
}
coalition-dues-all = All dues
coalition-due-title = Due #{ $number } to { $commons }
coalition-due-party = Owed by
coalition-due-kind = What
coalition-due-kind-name = { $kind ->
    [pledge] Pledged share of surplus
   *[other] Licence fee
}
coalition-due-period = Period
coalition-due-amount = Amount
coalition-due-state = State
coalition-due-state-name = { $state ->
    [paid] Paid
   *[other] Owed
}
coalition-due-determination = the determination
coalition-standing-link = the phyle's standing
coalition-due-owed-entry = Booked as owed
coalition-due-paid-entry = Payment booked
coalition-due-distribution = Shared with the contributors
coalition-due-distribution-see = See the distribution
coalition-pay-title = Record the payment
coalition-pay-intro = When the money has arrived, record it here. The amount moves from what is owed into the account you name, and a distribution to the commons' contributors is prepared for the stewards to post.
coalition-pay-into = Paid into the account
coalition-pay-reference = Bank reference
coalition-pay-date = Day it was paid (empty: today)
coalition-pay-distribute = Share it among the contributors
coalition-pay-by-hours = by the hours of their accepted work
coalition-pay-by-equal = in equal shares
coalition-pay-by-credrank = by CredRank
coalition-pay-submit = Record it as paid
coalition-pay-stewards = The stewards of the commons' treasury record the payment when it arrives.
coalition-due-fee-title = The fee
coalition-due-fee-owed = The fee of { $amount } was accepted and is owed to the commons.
coalition-due-fee-paid = The fee of { $amount } was accepted and paid.
coalition-due-see = See the due
coalition-due-accept-title = Accept the fee
coalition-due-accept-intro = Accepting the fee makes it owed to the commons for this period. It is booked in the commons' treasury, and its stewards record the payment when it arrives.
coalition-due-accept-submit = Accept the fee
coalition-lift-title = Lift the breach
coalition-lift-intro = When the party has put things right, lift the breach: it is answered as before from now on. The breach and its lifting stay in the record.
coalition-lift-reason = Why it is lifted
coalition-lift-submit = Lift the breach
coalition-standing-title = What { $organization } pledged to the commons
coalition-standing-intro = A phyle is a company of commoners that supports the commons. It pledges a share of its surplus to named commons. For each surplus it declares, the chart sets what it pledged against what it paid.
coalition-standing-not-phyle = This organization is not a phyle: it pledges nothing.
coalition-panel-standing = Pledges to the commons
coalition-pledges-title = Pledges
coalition-pledges-none = No pledges yet.
coalition-pledge-line = { $share } of its surplus to { $commons }
coalition-standing-total = Pledged { $pledged }, paid { $paid }
coalition-standing-chart = Pledged and paid, for each declared surplus
coalition-standing-pledged = Pledged
coalition-standing-paid = Paid
coalition-standing-periods = For each declared surplus
coalition-standing-surplus = Surplus
coalition-standing-dues = Each pledge owed
coalition-pledges-set-title = Set the pledges
coalition-pledges-set-intro = One line per commons: its handle, then the share of the surplus as a percentage (for example "open-mapping 10%"). Together the shares make at most 100 %. These lines replace the pledges the phyle had.
coalition-pledges-field = Pledges
coalition-pledges-submit = Save the pledges
coalition-surplus-title = Declare a surplus
coalition-surplus-intro = Declare the surplus of a period. Each pledged share of it becomes owed to its commons.
coalition-surplus-from = First day
coalition-surplus-until = Last day
coalition-surplus-amount = Surplus (amount and currency)
coalition-surplus-submit = Declare the surplus
coalition-standing-link-panel = See what it pledged and paid
coalition-surplus-amount-example = 8000.00 EUR

# Lending: opening hours and limits per person (issue 18)
lending-hours = Opening hours
lending-hours-always = Always open: check-outs and returns at any time.
lending-day = { $day ->
    [mon] Monday
    [tue] Tuesday
    [wed] Wednesday
    [thu] Thursday
    [fri] Friday
    [sat] Saturday
   *[sun] Sunday
}
lending-hours-zone = Times in { $zone }. Check-outs and returns happen within these hours.
lending-limits = Limits per person
lending-limit-items = { $count ->
    [one] one item at once
   *[other] { $count } items at once
}
lending-limit-days = { $count ->
    [one] one day booked per month
   *[other] { $count } days booked per month
}
lending-limit-holds = { $count ->
    [one] one reservation awaiting approval at a time
   *[other] { $count } reservations awaiting approval at a time
}
lending-limits-steward = Counted over everything { $steward } lends.
lending-field-hours = Opening hours
lending-field-hours-hint = A day and its hours per range, apart by commas or lines, e.g. tue 17:00-20:00, sat 10:00-13:00 (several ranges a day allowed). Empty: always open.
lending-field-zone = Time zone of the hours
lending-field-max-items = Items at once per person
lending-field-max-days = Days per month per person
lending-field-max-holds = Reservations awaiting approval per person
lending-field-limits-hint = Empty or 0: no limit. Limits count over everything this steward lends.
lending-field-pickup = Hours to pick up a waiting-list offer
lending-wait-hint = Taken at that time? Wait for it: when a cancellation or a return frees it, it is held for you and you are told here.
lending-wait-button = Join the waiting list
lending-waits = Waiting lists
lending-wait-position = { $count ->
    [one] First in line
   *[other] Place { $count } in line
}
lending-wait-offered = Free now and held for you until { $pickup }: take it before then, or it goes to the next person.
lending-wait-take = Take it
lending-wait-leave = Leave the list
lending-notice-offered = a slot you waited for (from { $was }) is held for you: take it under Waiting lists before its pickup time
lending-notice-lapsed = the slot you waited for (from { $was }) was not taken in time and went to the next person
lending-field-hours-example = tue 17:00-20:00, sat 10:00-13:00
coalition-org-paid-link = its report
coalition-org-paid-title = Work on the commons by the people of { $organization }
coalition-org-paid-intro = The contributions accepted and the hours of accepted work, on every commons, by people while affiliated with this organization — as they declared it, or as its employees by the employer map of a history imported from git — counted as done paid or as volunteers.
coalition-org-paid-summary = { $count ->
    [0] No contribution counted yet.
    [one] One contribution: { $paid } paid, { $volunteer } volunteer.
   *[other] { $count } contributions: { $paid } paid, { $volunteer } volunteer.
}
coalition-org-paid-chart = Contributions by the organization's people each month, paid and volunteer
coalition-org-paid-by-month = Contributions (share) and hours, paid / volunteer / unknown, by month
coalition-org-paid-by-commons = By commons
coalition-org-paid-commons = Commons
coalition-org-panel-title = Who pays for the commons
coalition-org-panel-people = { $count ->
    [0] No one declared working with this organization; an imported history names it as an employer.
    [one] One person declared working with this organization.
   *[other] { $count } people declared working with this organization.
}
bodies-rulebook-form-title = Change the rulebook
bodies-seats-hint = Elected seats: how many, and how many days a term lasts from the election's close. Then whoever holds a seat sits in this body. Leave both empty to keep who sits as it is.
bodies-field-seat-count = Elected seats
bodies-field-term-days = Days a term lasts
bodies-field-max-approvals = Most approvals per ballot
bodies-max-approvals-hint = Approval only; empty for as many as there are options.
lending-savings-title = What sharing saves
lending-savings-link = What sharing saves
lending-savings-back = Back to the catalogue
lending-savings-library = Library
lending-savings-territory = The whole territory
lending-savings-period = Period
lending-savings-show = Show
lending-savings-last-30-days = Last 30 days
lending-savings-measured = Counted from { $from } to { $until }.
lending-savings-json = The same figures in JSON
lending-savings-none = Nothing was lendable in this period.
lending-savings-items = Items
lending-savings-loans = Loans
lending-savings-per-year = Loans per item and year
lending-savings-share = Share of time in use
lending-savings-idle = Idle items
lending-savings-offered = offered
lending-savings-wait = Waiting list to offer (median)
lending-savings-still-waiting = still waiting
lending-savings-lead = Asking to handover (median)
lending-savings-purchases = Purchases avoided
lending-savings-shared-vehicles = shared vehicles in use
lending-savings-cars-shed = Cars shed
lending-savings-hours = { $hours } h
lending-savings-chart-share = Share of time in use, by class
lending-savings-chart-per-year = Loans per item and year, by class
lending-savings-chart-purchases = Purchases avoided, by class
lending-savings-by-class = By class
lending-savings-class = Class
lending-savings-by-library = By library
lending-savings-factors = Factors
lending-savings-factors-defaults = This library set none of its own factors: it uses the territory's defaults, and the built-in ones where the territory set none.
lending-savings-factors-set = The library's stewards set the factors marked as its own; the others are the territory's defaults or built in.
lending-savings-per-100 = { $kind }: purchases per 100 loans
lending-savings-cars-per-vehicle = Cars shed per shared vehicle
lending-savings-save = Save the factors
lending-savings-how-title = How it is counted
lending-savings-how = A loan is a reservation handed over in the period. Time in use runs from handover to return (until now while out) and counts each item of a pool; it is divided by the time the items could be lent: while they existed and were not retired, less maintenance and breakdowns. Loans per item and year divide the loans by the years the items existed in the period. Idle items are those the period never needed: a pool's size less the most items out at once.
lending-savings-waits-how = Waiting is measured two ways from the store: from joining a waiting list to being offered the item (the median of those offered in the period, and how many still waited at its end), and from asking (the reservation made) to the handover.
lending-savings-factors-how = Purchases avoided are each class's loans times the library's purchases per 100 loans. Cars shed are the vehicles lent in the period times the cars one shared car sheds: 15 by default, from the car-sharing study the essay cites; a library whose vehicles are bikes sets it lower.

## Lending: a person's private calendar of their reservations
lending-feed-heading = Your calendar
lending-feed-hint = A calendar app follows your reservations (to come, under way, and cancelled ones, so that they leave your calendar) at a secret address. Anyone with the address sees them, so keep it to yourself; making a new one cuts off the old one.
lending-feed-fresh = Here is your calendar's address. It is shown only this once: copy it into your calendar app now.
lending-feed-made = Your calendar's address was made { $when }.
lending-feed-make = Make my calendar's address
lending-feed-rotate = Replace my calendar's address
lending-feed-stop = Stop my calendar's address
lending-feed-stopped = Your calendar's address no longer answers.

## Ledger: taking a scheduled expense off its day
ledger-unschedule = Take it off its day
ledger-unschedule-reason = Why (optional)

## Ledger: asking for a payout of what a treasury owes
ledger-payout-amount = Amount (leave empty for all that is owed)
ledger-payout-details = How to pay you (seen by the stewards and you only)
ledger-payout-ask = Ask to be paid
# Proxies with acceptance and standing delegations (issue 14, point 5)
bodies-proxy-offered = Your proxy is offered to @{ $handle }; it counts once they accept it.
bodies-proxy-accept = Accept
bodies-proxy-decline = Decline
bodies-give-back = Give it back
bodies-proxies-waiting = Proxies offered to you
bodies-proxies-held = Proxies you hold
bodies-delegation-title = My standing delegation
bodies-delegation-hint = { $count ->
    [one] Another member of this body votes for you in every decision you do not vote on yourself, once they accept; a proxy you give for one decision comes first. Each member holds { $count } at most, and delegations do not pass on.
   *[other] Another member of this body votes for you in every decision you do not vote on yourself, once they accept; a proxy you give for one decision comes first. Each member holds { $count } at most, and delegations do not pass on.
}
bodies-delegation-give = Delegate
bodies-delegation-with = You delegate to @{ $handle }.
bodies-delegation-offered = Your delegation to @{ $handle } waits for their answer.
bodies-delegation-revoke = Take my delegation back
bodies-delegations-waiting = Delegations waiting for your answer
bodies-delegations-held = Delegations you hold
discussion-on-its-page = the discussion on its own page
offers-link = Things people offer and ask for
offers-title = Offers and requests
offers-intro = Things neighbours offer to share, rent, barter or give, and things they ask for. A shared or rented thing is lent through a reservation, under the same rules as the library's.
offers-new = Offer a thing
offers-new-intro = Say what it is, where, and how you offer it. A shared or rented thing gets a calendar: its loans are booked like any other.
offers-new-button = Offer it
offers-request-new = Ask for a thing
offers-request-button = Ask for it
offers-mode = How
offers-any-mode = Any way
offers-mode-name = { $mode ->
    [share] To share
    [rent] For rent
    [barter] To barter
   *[give] To give away
}
offers-mode-help = { $mode ->
    [share] lent for free
    [rent] lent for a fee per day
    [barter] for something in return
   *[give] it leaves for good
}
offers-place-filter = Place contains
offers-offered = Offered
offers-none = Nothing is offered here yet.
offers-more = More offers
offers-requests = Asked for
offers-requests-none = Nobody is asking for anything here yet.
offers-fee = { $fee } a day
offers-by = Offered by @{ $person }
offers-asked-by = Asked for by @{ $person }
offers-person = Offered by
offers-asker = Asked for by
offers-state = { $state ->
    [open] Open
    [closed] Closed
    [given] Given
    [bartered] Bartered
    [met] Met
    [proposed] Proposed
    [accepted] Accepted
    [declined] Declined
   *[withdrawn] Withdrawn
}
offers-field-title = What
offers-field-fee = Fee per day (rent only)
offers-field-wanted = Wanted in return (barter only)
offers-wanted = Wanted in return
offers-loans-calendar = Its calendar and loans
offers-matches = Matches
offers-matches-none = No match yet.
offers-match = @{ $owner }’s { $title } for @{ $taker }
offers-match-fee = Fee for the loan: { $fee }
offers-awaits = Awaits @{ $person }’s answer
offers-loan = The loan
offers-accept = Accept
offers-decline = Decline
offers-withdraw = Withdraw
offers-edit = Edit the offer
offers-save = Save
offers-close = Close the offer
offers-ask = Ask for it
offers-terms = Message (for a barter: what you give in return)
offers-ask-button = Send
offers-sign-in = Sign in to ask for it or answer
offers-needed = Needed
offers-needed-from = Needed from
offers-needed-until = Needed until
offers-request-close = Close the request
offers-answer = Answer with one of your offers
offers-answer-none = You have no open offer to answer with.
offers-answer-offer = Your offer
offers-answer-times = For a thing you share or rent, say when you lend it.
offers-answer-button = Propose it
offers-yours = Your matches

## A treasury's rules and plan
ledger-rules-link = Rules and budget lines
ledger-rules-title = Rules and budget lines
ledger-rules-approvals = { $approvals ->
    [one] One steward
   *[other] { $approvals } stewards
} of { $stewards } must approve each expense.
ledger-rules-tier = Above { $amount }: { $approvals } approvals.
ledger-rules-consent = { $count ->
    [one] Approval by consent: an expense no steward objects to is approved one day after it is submitted.
   *[other] Approval by consent: an expense no steward objects to is approved { $count } days after it is submitted.
}
ledger-rules-no-consent = No approval by consent: only the stewards' approvals count.
ledger-rules-over-flag = An expense approved over its budget line is approved and flagged.
ledger-rules-over-block = An expense that would go over its budget line is refused.
ledger-rules-lines = { $count ->
    [0] No budget line yet.
    [one] One budget line, on the expenses' page.
   *[other] { $count } budget lines, on the expenses' page.
}
ledger-rules-approval-form = How expenses are approved
ledger-rules-approvals-label = Approvals each expense needs
ledger-rules-tiers = More approvals above an amount
ledger-rules-tiers-help = Leave a row empty to drop it. An expense needs the most approvals that any amount it is above asks, in its unit.
ledger-rules-tier-above = Above
ledger-rules-tier-approvals = Approvals
ledger-rules-consent-label = Approve by consent after this many days (empty: never)
ledger-rules-save = Save
ledger-rules-over-form = Over a budget line
ledger-rules-over-legend = When approving an expense would take its line over the plan
ledger-rules-line-form = Add a budget line
ledger-rules-line-name = What it is for
ledger-rules-line-source = Where the plan comes from (an address, optional)
ledger-rules-starts = First day
ledger-rules-ends = Last day
ledger-rules-add-line = Add the line
ledger-rules-budget-form = Lines from a participatory budget
ledger-rules-budget-help = One line per funded project, planned at its cost; projects that have their line already are left as they are.
ledger-rules-budget = Budget
ledger-rules-add-budget = Add its projects' lines

## The organisers' overrides of a budget's outcome
budgets-overrides-title = Overrides by the organisers
budgets-overrides-none = The organisers have not overridden the count: what the rule funds is what is funded.
budgets-overrides-intro = The count above stays what the rule gives. The organisers changed what is funded in the end, each time with a reason; the latest act on a project holds.
budgets-override-funded = funded
budgets-override-unfunded = not funded
budgets-override-superseded = replaced by a later override
budgets-overrides-funded = Funded in the end: { $projects }
budgets-override-project = Project
budgets-override-to = Override the count so that the project is
budgets-override-fund = funded
budgets-override-unfund = not funded
budgets-override-reason = The reason, for everyone to read
budgets-override-save = Override the count
coalition-pay-by-standing = by the commons' own distribution policy
ledger-policy-standing-option = The treasury's own policy
ledger-standing-title = Distribution policy
ledger-standing-intro = What a distribution follows when it names no policy, and what a paid licence fee or pledge is shared by.
ledger-standing-set = Set by { $person } on { $date }.
ledger-standing-default = No steward has set one: money is shared in equal shares.
ledger-standing-parameters = Parameters
ledger-standing-form-title = Change the distribution policy
ledger-standing-form-help = Parameters are JSON. By contribution credit: {"{"}"grain": "immediate", "balanced" or "recent", "half_life_weeks" (recent only), "weights"{"}"}; a value equation: the equation itself. Leave empty for the defaults.
ledger-standing-save = Set the policy
ledger-undistributed = Left with the treasury by the equation: { $amount }
budgets-points-hint = You have { $total } points: give them to the projects you support, at most { $most } to one. A project left at 0 gets none.
budgets-ranked-hint = Rank the projects you support, 1 for your first choice, each rank once, without leaving one out.
budgets-rank-none = Not ranked
budgets-rank = Rank { $count }
budgets-merged-into = Merged into project { $number }
## Lending: photos of a resource
lending-photos = Photos
lending-photo-form = Add a photo
lending-photo-file = Photo (JPEG, PNG or WebP, at most 5 MiB)
lending-photo-caption = What it shows (optional)
lending-photo-button = Add the photo
lending-photo-remove = Remove this photo

## Lending: kits
lending-kit = Kit of
lending-kit-form = What the kit is made of
lending-kit-help = Booking the kit books these over the same slot. Leave 0 for what is not in it.
lending-kit-button = Save the kit
ledger-peer-title = Peer allocation rounds
ledger-peer-distributions = Distributions
ledger-peer-help = In a round, each of the commons' contributors hands a number of points to the others whose work they value. A distribution by peer allocation then pays each in proportion to the points received. While a round is open, only how many points each gave is shown; once it closes, every gift is public.
ledger-peer-none = No round yet.
ledger-peer-round = Round { $number }
ledger-peer-summary = { $allowance } points each, { $members } members
ledger-peer-open-until = open until { $at }
ledger-peer-closed-at = closed at { $at }
ledger-peer-open-form = Open a round
ledger-peer-allowance = Points each member gives
ledger-peer-days = Days it stays open
ledger-peer-open = Open the round
ledger-peer-open-hint = Members may change their gifts until the round closes. Who gave whom what is shown once it closes.
ledger-peer-closed-hint = This round is closed: a distribution by peer allocation pays by the points received here.
ledger-peer-members = Members
ledger-peer-member = Member
ledger-peer-given = Points given
ledger-peer-received = Points received
ledger-peer-chart = Points received by each member
ledger-peer-gifts = Every gift
ledger-peer-from = From
ledger-peer-to = To
ledger-peer-points = Points
ledger-peer-give-form = Give your points
ledger-peer-give-help = You have { $allowance } points to give to the others, not to yourself. Points you do not give are not counted. Sending again replaces your earlier gifts.
ledger-peer-give-legend = Points to each member
ledger-peer-give = Save my gifts
ledger-peer-close = Close the round now
ledger-peer-link = Peer allocation rounds
budgets-review-title = Review
budgets-review-legend = On the ballot?
budgets-review-reject = Take it off the ballot
budgets-review-restore = Put it on the ballot
budgets-review-reason = Public reason
budgets-review-save = Save the review
budgets-merge-title = A duplicate?
budgets-merge-help = Merging moves this project's supports to the one it repeats (someone who supported both counts once) and takes this one off the ballot, with the reason shown on both.
budgets-merge-into = It repeats
budgets-merge = Merge

budgets-valuation = Valuation
budgets-valuation-private = Not published yet: only the valuation panel and the admins see it until valuation ends.
budgets-valuation-feasibility = Feasibility
budgets-feasible = Feasible
budgets-unfeasible = Not feasible
budgets-unfeasible-off = Not feasible: off the ballot
budgets-support-rules = Supports
budgets-support-most = { $count ->
    [one] One support per person and heading.
   *[other] At most { $count } supports per person and heading.
}
budgets-support-advance = { $advance ->
    [threshold] Projects whose supports reach { $count } go on to the ballot.
    [top] The { $count } most supported projects of each heading go on to the ballot, and those tied with the last of them.
   *[all] Every project goes on to the ballot.
}
budgets-support-option = { $advance ->
    [threshold] Those whose supports reach the number below
    [top] The most supported of each heading, as many as the number below
   *[all] Every project
}
budgets-support-most-label = Most supports per person and heading (empty: no limit)
budgets-support-advance-label = Which projects go on to the ballot when supporting ends
budgets-support-count-label = The number: the threshold, or how many of each heading
budgets-support-set = Set the supporting rules
budgets-unsupported = Off the ballot
budgets-unsupported-off = Not enough supports to reach the ballot ({ $supports })
budgets-valuation-price = Price
budgets-valuation-estimate = Estimate
budgets-valuation-explanation = Explanation
budgets-valuation-by = Valuated by
budgets-not-valuated = Not valuated: the project stays on the ballot at its estimate.
budgets-valuate = Valuate this project
budgets-valuation-price-hint = required when feasible; the estimate is { $estimate }
budgets-valuation-explanation-hint = required when not feasible or when the price differs from the estimate; published when valuation ends
budgets-valuate-button = Record the valuation
budgets-valuation-panel = Valuation panel:
budgets-valuation-by-admins = Valuation by the admins of { $owner }

## Incompatibility groups of a budget
budgets-group-of = Incompatible: { $name }
budgets-group-at-most-one = At most one of these projects is funded: once one is, the others are no longer candidates, and their supporters' money goes to other projects.
budgets-group-remove = Remove this group
budgets-group-make = Make a group of incompatible projects
budgets-group-pick = Tick two or more projects of this heading, of which at most one may be funded
budgets-group-name = Name of the group
budgets-group-reason = Why at most one of them can be funded, for everyone to read
budgets-group-save = Make the group
budgets-why-incompatible = Not funded: incompatible with project { $number }, “{ $name }”, which is funded.
lending-condition-photos = Photos of the condition
lending-condition-photo-file = Photo of the condition (optional: JPEG, PNG or WebP, at most 5 MiB)
lending-desk-hours = Desk hours
lending-desk-hours-zone = Times in { $zone }. Items go out and come back only in these hours, within the opening hours.
lending-field-desk-hours = Desk hours (check-outs and returns)
lending-field-desk-hours-hint = Same way of writing as the opening hours, when items go out and come back if that is less often than the place is open. Empty: whenever it is open.
offers-ask-request = Answers your request
offers-ask-no-request = None of my requests
offers-ask-request-hint = When the other side accepts, the request you name is met and closes.
lending-savings-from = From (first day)
lending-savings-to = To (last day, included)
lending-savings-show-days = Count these days
lending-savings-territory-factors = The territory's default factors
lending-savings-territory-factors-set = An instance administrator set these defaults: every library uses them for a factor it set none of.
lending-savings-territory-factors-none = No administrator has set the territory's defaults: every library that set none of its own uses the built-in ones.
lending-savings-factor-from = { $from ->
    [library] the library's own
    [territory] the territory's default
   *[built_in] built in
}
lending-savings-empty-keeps = A field left empty keeps the default shown in it.
lending-policy-lead = book at least { $count } minutes before it starts
lending-field-lead = Notice a booking needs (minutes; 0: none)
budgets-for-organization = for
budgets-for-group = for the group “{ $group }”
budgets-documentation = Its documentation
budgets-link-commons = The commons of its documentation
budgets-commons-handle = Commons (its handle)
budgets-commons-link-button = Link
budgets-commons-unlink-button = Unlink
budgets-propose-organization = For an organization you belong to (optional, its handle)
budgets-propose-group = Or for an informal group (optional, its name)
lending-money = Money
lending-money-fee = { $mode ->
    [per_loan] Fee: { $amount } per item lent
    [per_day] Fee: { $amount } per day begun, per item
    [pay_what_you_can] Pay what you can (suggested: { $amount })
   *[other] No fee
}
lending-money-deposit = Deposit: { $amount } per item, held from check-out and given back at the return
lending-money-late = Late fee: { $amount } per day begun past the end, per item
lending-field-currency = Currency (ISO 4217)
lending-field-fee-mode = Fee
lending-fee-mode = { $mode ->
    [per_loan] per loan
    [per_day] per day
    [pay_what_you_can] pay what you can
   *[other] free
}
lending-field-fee = Amount of the fee (or the suggestion)
lending-field-fee-hint = Free asks no amount; per loan and per day need one above 0; pay what you can takes it as the suggestion (0 allowed).
lending-field-deposit = Deposit (0: none)
lending-field-late-fee = Late fee per day (0: none)
lending-loan-fee = Fee: { $amount }
lending-loan-no-fee = No fee
lending-loan-deposit = Deposit: { $amount } { $state ->
    [held] (held until the return)
    [given_back] (given back)
   *[to_hold] (held from check-out)
}
lending-loan-late-fee = Late fee: { $amount }
lending-loan-entry = { $what ->
    [fee] Fee owed
    [deposit] Deposit held
    [deposit_back] Deposit given back
   *[late_fee] Late fee owed
}: transaction { $number } of the treasury { $treasury }
lending-loan-on-loan-only = The steward keeps no treasury here: these amounts are recorded on the loan only.
lending-pay = What you pay ({ $currency })
lending-pay-hint = Pay what you can: leave it empty to pay the suggested { $amount }, or write any amount from 0.

# A knapsack ballot's least share of the heading's amount (issue 15).
budgets-knapsack-least = Spend at least { $least }.
budgets-under-by = { $amount } short of the least to spend: add a project.
budgets-min-share = Least to spend
budgets-min-share-value = { $count } % of each heading's amount
# Beside a library's own savings factor: give it up (issue 18).
lending-savings-follow-territory = Follow the territory's default instead
budgets-min-share-label = Least share of each heading's amount a ballot spends, in % (empty: none)
budgets-min-share-set = Set the least to spend
