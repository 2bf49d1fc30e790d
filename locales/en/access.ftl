## Signing in, invitations, accounts, the outbox and the audit log.

signin-title = Sign in
signin-email = E-mail address
signin-password = Password
signin-button = Sign in
signin-help = Accounts are created by invitation from the hub. If you have forgotten your password, ask the hub's administrator for a new invitation.
signin-email-required = Enter your e-mail address.
signin-password-required = Enter your password.
signin-wrong = The e-mail address or the password is wrong.
signin-locked = Too many wrong attempts: this account is locked until { $time }. Try again after that time.
signin-client-blocked = Too many failed sign-ins came from your network. Wait a quarter of an hour and try again.

totp-title = Second step of signing in
totp-explain = Enter the six-digit code your authenticator app shows for Mozaik.
totp-code = Code
totp-recovery-hint = Lost your phone? Enter one of your recovery codes instead.
totp-button = Continue
totp-wrong = This code is not valid. Check that your phone's clock is right and enter the code shown now.
totp-setup-title = Set up two-step sign-in
totp-setup-required = Your role gives you access to sensitive information, so signing in needs a second step: a code from an app on your phone.
totp-setup-step-app = Install an authenticator app on your phone, if you have none (for example FreeOTP, Aegis or Google Authenticator).
totp-setup-step-scan = In the app, add an account and scan this code.
totp-setup-manual = If you cannot scan it, type this key into the app:
totp-setup-step-code = Enter the six-digit code the app now shows.
totp-setup-button = Confirm
recovery-title = Your recovery codes
recovery-explain = Two-step sign-in is on. Keep these recovery codes somewhere safe, away from your phone: each one lets you sign in once if you lose the phone. They are shown only now.
recovery-continue = Continue

password-too-short = The password must have at least { $min } characters. A few unrelated words make a long password that is easy to remember.
password-too-long = The password is too long.
password-common = This password is among the most common ones and would be guessed quickly. Choose another.
password-contains-email = The password must not contain your e-mail address.

account-title = Your account
account-name = Name
account-email = E-mail address
account-roles = Roles
account-no-roles = No role yet.
account-totp = Two-step sign-in
account-totp-on = on
account-totp-off = off
account-totp-set-up = Set it up
account-sign-out-everywhere = Sign out on every device
tokens-title = API tokens
tokens-explain = A token lets another system read the directory through the API on your behalf. It carries only the scope you choose and expires.
tokens-shown-once = Copy this token now: it will not be shown again.
tokens-name = Name
tokens-scope = Scope
tokens-created = Created
tokens-expires = Expires
tokens-last-used = Last used
tokens-days = Valid for (days, 1 to 365)
tokens-create = Create token
tokens-revoke = Revoke
tokens-revoked = revoked
token-name-required = Give the token a name of at most 100 characters, such as the system that will use it.
token-days-range = Enter a number of days from 1 to 365.
token-scope-unknown = Choose one of the scopes in the list.

role-hub_admin = Hub administrator
role-hub_staff = Hub staff
role-national_coordinator = National coordinator
role-security_liaison = Security liaison
role-focal_point = Municipal focal point
role-municipal_staff = Municipal staff
role-expert = Expert
role-partner = Partner or observer
role-civil_society = Civil society member

invite-title = Invite a person to { $place }
invite-explain = The person receives an e-mail with a link that works once and expires after seven days. Inviting someone to a position that is held hands the position over when they accept.
invite-name = Full name
invite-email = E-mail address
invite-role = Role
invite-position = Position
invite-no-position = No position
invite-position-hint = The role moves with the position when it is handed over.
invite-language = Language of the invitation
invite-button = Send invitation
invite-sent = The invitation was sent to { $email }.
invite-email-invalid = Enter an e-mail address such as name@municipality.org.
invite-name-required = Enter the person's full name (at most 200 characters).
invite-role-required = Choose a role.
invite-position-unknown = Choose a position from the list.
invite-mail-subject = Your invitation to { $hub }
invite-mail-body =
    Dear { $name },

    You are invited to join { $hub } on Mozaik as { $role } for { $place }.

    To accept, open this link and choose a password:
    { $link }

    The link works once and expires on { $date }. If you did not expect this invitation, ignore this message.

accept-title = Accept your invitation
accept-welcome = Welcome, { $name }. Choose a password for { $email }.
accept-password = Password
accept-password-hint = At least 10 characters. A few unrelated words make a good password.
accept-confirm = The same password again
accept-confirm-mismatch = The two passwords differ.
accept-button = Create my account
accept-gone-title = This invitation cannot be used
accept-gone-message = The link has already been used or has expired. Ask the hub for a new invitation.

people-title = People in positions at { $place }
people-link = People in positions here
people-back = Back to the place
people-invite = Invite a person to a position here
people-private = Personal data: shown to you because your role covers this place.
people-none = Nobody holds a position here yet.
people-person = Person
people-period = Period
people-now = now
people-role-holder = Holder
people-role-deputy = Deputy

accounts-title = Accounts
accounts-revoke = End sessions
accounts-deactivate = Deactivate
accounts-inactive = deactivated

outbox-title = Outbox
outbox-explain = Messages Mozaik has sent, newest first. When no mail server is configured, this is where they wait.
outbox-empty = No message yet.
outbox-to = To
outbox-sent = sent { $time }
outbox-failed = not sent yet: { $reason }
outbox-waiting = waiting to be sent

audit-title = Audit log
audit-chain-ok = { $count ->
    [one] The chain of { $count } event is intact.
   *[other] The chain of { $count } events is intact.
}
audit-chain-broken = The chain is broken at event { $id }: { $reason }.
audit-actor = Actor
audit-action = Action
audit-from = From
audit-to = To
audit-filter = Filter
audit-time = Time
audit-object = Object
audit-summary = Summary
outbox-link-withheld = [the personal link is not shown here; it is only sent to the recipient]
invite-no-key-title = Invitations need the instance key
invite-no-key-message = An invitation link is kept sealed until it is sent, and this server has no key to seal it with. Ask the administrator to configure sharing_key (see the README), then invite again.
accept-existing = { $name }, you already have an account. Accepting adds the role “{ $role }” to it; your password and second factor stay as they are.
accept-role-button = Accept the role
accept-sign-in-first = There is already an account for { $email }. Sign in to it first; then this page lets you accept the new role.
accept-deactivated = The account for this address has been deactivated, and an invitation does not bring it back. Ask the hub's administrator.
flash-invitation-accepted = The new role is yours. What it brings is on your home page.
totp-used = This code has been used already. Wait for the next one in your app.
signin-for-account = Your account: your password, second factor, notifications and API tokens. Sign in to open it.
signin-for-admin = This page is for the hub's administrators: accounts, outbox and audit log.
signin-for-sharing = This page is for the positions that share information between national and local levels: municipal focal points, national coordinators and security liaisons. Only the positions taking part in a notice can read it.
signin-for-support = This page is for municipalities asking the hub for support, the hub's staff, and the experts assigned to a request.
signin-for-assess = This page is for the municipality's focal point and staff, who fill in its assessment, and the hub's staff.
signin-for-studies = This page is for the municipality that runs the study: its focal point and staff.
signin-for-people = Names of the people in positions are personal data: this page is for roles that cover the place.
signin-for-knowledge = Anyone with an account can propose a good practice or a translation; sign in to do so.
signin-for-invitation = This invitation is for an address that already has an account: sign in to it to accept the new role.
signin-for-page = The page you asked for is for people with a role in the hub. Sign in to open it.
password-change-title = Change your password
password-current = Current password
password-new = New password
password-change-button = Change the password
password-current-wrong = This is not your current password.
flash-password-changed = Your password is changed; your other sessions are signed out.
password-forgot-link = Forgot your password?
password-forgot-title = Reset a forgotten password
password-forgot-intro = Enter your e-mail address: if it has an account, a link to choose a new password is sent to it. The link works once, within an hour.
password-forgot-button = Send the link
password-forgot-sent = If this address has an account, a link to choose a new password is on its way. It works once, within an hour. Nothing arrived? Check the address, or ask the hub's administrator.
password-mail-subject = Mozaik: choose a new password
password-mail-body = Someone (probably you) asked to reset the password of this account. Choose a new one here; the link works once, within an hour:
    
    { $link }
    
    If you did not ask, ignore this message: your password stays as it is.
password-reset-title = Choose a new password
password-reset-button = Set the new password
password-link-gone-title = This link cannot be used
password-link-gone-message = It has been used already or is more than an hour old. Ask for a new one from the sign-in page.
flash-password-reset = Your new password is set. Sign in with it.
accounts-deactivate-confirm = Deactivate the account of { $name } ({ $email })? They are signed out at once and cannot sign in again; what they did stays recorded.
accounts-revoke-confirm = End every session of { $name } ({ $email })? They must sign in again on every device.
flash-account-deactivated = The account is deactivated and its sessions are ended.
flash-account-sessions-ended = Every session of the account is ended.
tokens-revoke-confirm = Revoke the API token “{ $name }”? Any system using it stops being able to read from Mozaik at once.
flash-token-revoked = The token is revoked.
audit-actor-system = Mozaik itself
audit-actor-command = A command on the server
audit-actor-anonymous = A visitor who was not signed in
audit-actor-other = Other
scope-directory-read = places, institutions and search
scope-directory-people = who holds each position (personal data; every read is recorded)
scope-assess-read = assessment rounds and their results
scope-resilience-read = resilience studies and their indices
scope-knowledge-read = practices, programmes and events
scope-support-read = fund calls, grant totals and work plans
