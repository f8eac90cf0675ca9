# The site's frame: navigation, footer, the language switch and error pages.

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
