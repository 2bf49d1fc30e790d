## The page layout, shared by every module.

shell-skip-to-content = Skip to content
shell-demo-banner = This is a demonstration instance: every person, institution and structure in it is fictional.
shell-nav-label = Main
shell-search-label = Search the directory
shell-search-placeholder = Place or institution, in any script
shell-search-button = Search
shell-footer-about = Mozaik is the working platform of a regional hub of cities that prevent and respond to hate, extremism and polarisation.
shell-kosovo-footnote = This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.

nav-home = Home
nav-directory = Directory

error-not-found-title = Page not found
error-not-found-message = There is nothing at this address. It may have moved, or the link may be mistyped.
error-bad-request-title = The request could not be understood
error-go-home = Go to the home page
shell-language = Language
shell-sign-in = Sign in
shell-sign-out = Sign out
nav-accounts = Accounts
nav-outbox = Outbox
nav-audit = Audit log
error-forbidden-title = Not allowed
error-forbidden-message = Your role does not give you access to this page. If you need it, ask the hub's administrator.
error-method-title = This address does not accept that request
error-method-message = This address is used by a form or a button on another page. Go back to that page and use it there.
error-form-unreadable = The form sent a value that the page does not offer ({ $reason }). Reload the page and try again.
money-empty = Enter an amount in euros, for example { $example }.
money-not-a-number = This is not an amount. Write digits, with a decimal mark if needed, for example { $example }.
money-cents = Amounts have at most two decimals (cents), for example { $example }.
money-ambiguous = This amount can be read two ways. Write it without thousands separators, or as { $example }.
money-too-large = This amount is larger than Mozaik accepts ({ $max } EUR at most).
money-negative = An amount cannot be negative.
shell-cancel = Cancel
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday
month-jan = January
month-feb = February
month-mar = March
month-apr = April
month-may = May
month-jun = June
month-jul = July
month-aug = August
month-sep = September
month-oct = October
month-nov = November
month-dec = December
time-deadline = { $weekday } { $day } { $month }, { $time } { $zone }
time-day = { $weekday } { $day } { $month }
time-in-minutes = { $count ->
    [one] in { $count } minute
   *[other] in { $count } minutes
}
time-in-hours = { $count ->
    [one] in { $count } hour
   *[other] in { $count } hours
}
time-in-days = { $count ->
    [one] in { $count } day
   *[other] in { $count } days
}
time-ago-minutes = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
}
time-ago-hours = { $count ->
    [one] { $count } hour ago
   *[other] { $count } hours ago
}
time-ago-days = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
pager-label = Pages of results
pager-previous = ← Previous
pager-next = Next →
pager-position = { $first }–{ $last } of { $total }
