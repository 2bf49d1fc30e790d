## Personal data: the privacy notice, records of processing, a person's data, erasure and retention.

nav-privacy = Personal data
privacy-title = Privacy notice
privacy-intro = Mozaik is run by the regional hub for the municipalities, national coordinators and partners who prevent hate, extremism and polarisation. This notice says what personal data Mozaik holds, why, on what legal basis, who sees it and how long it is kept. It is generated from the same declarations the software enforces.
privacy-rights = You can see and download everything Mozaik holds about you from your account (Account → My data). To have your data corrected or erased, write to the hub's administrators: they act on a written request, and what you did as the holder of a position stays attributed to the position, not to your name.
privacy-col-data = Data
privacy-col-purpose = Purpose
privacy-col-basis = Legal basis
privacy-col-seen-by = Seen by
privacy-col-kept = Kept
privacy-col-table = Table
privacy-col-erasure = On erasure
privacy-col-kind = Kind of record
privacy-col-days = Days kept
privacy-col-limits = Allowed range (days)

privacy-category-officials = Officials in the directory
privacy-category-signin = Accounts and signing in
privacy-category-mail = Messages and notifications
privacy-category-support = Helpdesk, experts and the fund
privacy-category-sharing = Information sharing
privacy-category-surveys = Resident surveys
privacy-category-knowledge = Good practices
privacy-category-audit = Audit trail

privacy-basis-public-task = Task in the public interest
privacy-basis-legitimate-interest = Legitimate interest
privacy-basis-legal-obligation = Legal obligation
privacy-basis-consent = Consent

privacy-purpose-directory = Reaching the right office: who holds which position in a municipality or institution
privacy-purpose-accounts = Giving people the roles of their positions
privacy-purpose-security = Keeping accounts safe: signing in, second factor, stopping password guessing
privacy-purpose-mail = Telling people what waits for them, by e-mail and in Mozaik
privacy-purpose-support = Answering municipalities' requests and running the fund
privacy-purpose-experts = Matching experts to requests and projects
privacy-purpose-sharing = Passing notices between national and local offices under their legal basis
privacy-purpose-surveys = Measuring community resilience without identifying anyone
privacy-purpose-assess = Recording who decided who may see a municipality's answers
privacy-purpose-knowledge = Publishing good practices with who proposed and reviewed them
privacy-purpose-audit = Showing who did what, so every change can be checked

privacy-seen-officials = Signed-in officials of the hub, the country and the municipality
privacy-seen-admins = The hub's administrators
privacy-seen-nobody = No one: used only by the software to stop password guessing
privacy-seen-self = The person only
privacy-seen-positions = The positions taking part in the notice
privacy-seen-hub-municipality = The hub and the municipality concerned
privacy-seen-study-owners = The study's owners in the municipality; everyone else sees figures for groups of at least ten
privacy-seen-hub = The hub's staff
privacy-seen-public = Everyone (published practices name no person, only who reviewed them internally)

privacy-while-position = While the person holds a position, then until erased on request
privacy-while-account = While the account exists
privacy-while-instance = As long as the record it belongs to; the person's name is erased on request
privacy-while-notice = Until the notice expires: its content is then removed
privacy-while-expert = While the expert is in the pool

privacy-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
privacy-retention-sessions = { $days } after the session ended
privacy-retention-known-devices = { $days } after the browser was last used
privacy-retention-password-resets = { $days } after the link expired
privacy-retention-signin-addresses = { $days } after the attempt
privacy-retention-invitations = { $days } after an invitation expired unused
privacy-retention-sent-mail = { $days } after the message was delivered
privacy-retention-read-notifications = { $days } after the notification was read
privacy-retention-survey-open-answers = Open answers: { $days } after the study's last import (its report)
privacy-retention-closed-requests = Texts of a closed request: { $days } after it closed

privacy-period-sessions = Ended sessions
privacy-period-known-devices = Known browsers
privacy-period-password-resets = Password reset links
privacy-period-signin-addresses = Sign-in attempts and network addresses
privacy-period-invitations = Unused invitations
privacy-period-sent-mail = Delivered e-mail
privacy-period-read-notifications = Read notifications
privacy-period-survey-open-answers = Survey open answers
privacy-period-closed-requests = Texts of closed helpdesk requests

privacy-erasure-unlinked = Not linked to any account: removed at the end of its period
privacy-erasure-delete = Deleted
privacy-erasure-pseudonym = Name and e-mail replaced by a pseudonym
privacy-erasure-keep = Kept for the position; the name is erased wherever it was typed

privacy-data-people = Name and e-mail address of an official
privacy-data-position_holders = Which position a person held, and when
privacy-data-accounts = Account: e-mail, language, when created
privacy-data-recovery_codes = Second-factor recovery codes (only whether used)
privacy-data-sessions = Sessions: when signed in and last seen
privacy-data-known_devices = Browsers signed in from
privacy-data-password_resets = Password reset requests
privacy-data-api_tokens = API tokens: name and use
privacy-data-login_attempts = Sign-in attempts: network address and time
privacy-data-role_grants = Roles granted to an account
privacy-data-invitations = Invitations: name and e-mail of the person invited
privacy-data-outbox = E-mail sent by Mozaik
privacy-data-audit_events = Audit events: who did what, by account number
privacy-data-notifications = Notifications
privacy-data-notification_preferences = Choices of how to be told
privacy-data-notices = Information-sharing notices (content about returnees, sealed)
privacy-data-answer_audiences = Who chose the audience of a municipality's answers
privacy-data-study_responses = Residents' survey answers, without names
privacy-data-support_requests = Helpdesk requests
privacy-data-support_events = Replies and notes on helpdesk requests
privacy-data-experts = Expert profiles: name, languages, daily rate
privacy-data-expert_assignments = Expert assignments and ratings
privacy-data-expert_time = Time logged by experts
privacy-data-fund_applications = Fund applications
privacy-data-fund_reviews = Fund reviews and declared conflicts
privacy-data-fund_reports = Fund project reports
privacy-data-practices = Good practices: who proposed them
privacy-data-practice_texts = Texts of practices: who reviewed them
privacy-data-theme_follows = Themes a person follows

privacy-own-title = My data
privacy-own-link = My data: see and download everything held about you
privacy-own-intro = This is everything Mozaik holds about you, table by table, as its records of processing declare it. Secrets (passwords, codes, sealed notice content) are never shown, even to you.
privacy-own-erasure = To have your data erased, write to the hub's administrators. What you did as the holder of a position stays attributed to the position; your name and e-mail are replaced by a pseudonym everywhere.
privacy-download-json = Download as JSON

privacy-admin-title = Personal data
privacy-admin-intro = Records of processing, retention periods, and requests from people to see or erase their data. Everyone can read the notice generated from these records:
privacy-requests-title = A person's request
privacy-find-person = Find a person by name or e-mail
privacy-find = Find
privacy-find-nothing = No one found.
privacy-retention-title = Retention
privacy-last-run = Last run: { $run }
privacy-never-run = The retention job has not run yet; it runs every day at 06:00 UTC.
privacy-save = Save
privacy-run-now = Remove what is past its period now
privacy-records-title = Records of processing
privacy-person-title = Personal data of { $name }
privacy-reference = Reference of the written request
privacy-reference-hint = The number of the letter or file, never a name: it is kept in the audit trail.
privacy-reference-missing = The reference of the written request is missing
privacy-show-data = Show the data
privacy-erase = Erase this person's data
privacy-erase-explain = Erasure removes their accounts' sign-in data, sessions, notifications and mail, and replaces their name and e-mail by a pseudonym in every record and every text where they were typed. What they did as the holder of a position stays, attributed to the position. This cannot be undone.
privacy-erase-confirm = Erase the personal data of { $name }? Their name and e-mail will be replaced by a pseudonym everywhere, and their accounts closed. This cannot be undone.
privacy-erased-at = This person's data was erased on { $when }.
privacy-period-refused = The period was not saved
privacy-period-not-a-number = Enter the number of days as a whole number.
privacy-period-out-of-range = Choose between { $min } and { $max } days: the records of processing set these limits.
flash-retention-period-saved = The retention period is saved.
flash-retention-run = Retention ran: { $name } records past their period removed.
flash-person-already-erased = This person's data was already erased.
flash-person-erased = The person's data is erased.

privacy-finding-email = an e-mail address
privacy-finding-phone = a phone number
privacy-finding-name = a person's name after a title (Mr, Ms, g., z.)
privacy-warning = This text seems to contain { $found }. Name private persons only when it is needed; officials are reached through their position. Remove it, or tick the box to save the text as it is.
privacy-warning-confirm = The personal details in this text are needed
