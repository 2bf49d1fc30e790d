work-title = My work
work-count = { $count ->
    [one] { $count } to do
    *[other] { $count } to do
    }
work-yours = { $count ->
    [one] One thing waits for you
    *[other] { $count } things wait for you
    }
work-nothing = Nothing waits for you now. When something does, it appears here and you are told by e-mail.
work-waiting-title = Waiting on others
work-due = by { $when } ({ $left })
work-request-assign = Take on or assign this new request
work-request-answer = Answer the municipality's request
work-request-reply = Reply to the hub's question
work-request-asked = Your request
work-waiting-hub = waiting for the hub
work-assignment-deliver = Deliver your assignment
work-assignment-rate = Rate the expert's work
work-assignment-waiting = An expert is working on your request
work-waiting-expert = waiting for the expert
work-review-declare = Declare any conflict of interest, then review the application
work-review-score = Score the application
work-fund-start-review = Start the review and name two reviewers
work-fund-decide = Decide on the application
work-fund-agreement = Record the agreement
work-fund-report = Submit the { $kind }
work-activity-update = Report the progress of your work-plan activity
work-assessment-fill = Fill in the assessment
work-assessment-finish = Finish and submit the assessment
work-assessment-progress = { $answered } of { $required } answered
work-notice-acknowledge = Acknowledge the notice
work-notice-plan = File the local preparation plan
work-notice-sent = Your notice
work-waiting-recipients = waiting for acknowledgement
work-invitation-waiting = Invitation not yet accepted
work-practice-review = Review the proposed practice
work-translations-confirm = { $count ->
    [one] Confirm a translation
    *[other] Confirm { $count } translations
    }
notifications-title = Notifications
notify-request_created = New helpdesk request from { $place }: { $subject }
notify-request_replied = New reply on the request “{ $subject }”
notify-request_assigned = The request “{ $subject }” from { $place } is yours to answer
notify-request_resolved = The hub resolved your request “{ $subject }”
notify-expert_assigned = You are assigned as an expert: { $subject }
notify-expert_answered = The expert answered your request “{ $subject }”
notify-application_received = New fund application from { $place }: { $subject }
notify-review_requested = Please review the fund application “{ $subject }” from { $place }
notify-application_decided = Decision on your application “{ $subject }”: { $decision }
notify-tranche_paid = A tranche of { $amount } was paid for “{ $subject }”
notify-report_due = A report on “{ $subject }” is due by { $due }
notify-round_opened = The assessment round “{ $subject }” is open until { $due }
notify-round_reminder = Reminder: the assessment “{ $subject }” is due by { $due }
notify-round_reopened = Your assessment “{ $subject }” was reopened for changes
notify-programme_changed = A programme on a theme you follow: { $subject }
notify-activity_due = Your work-plan activity “{ $subject }” ends on { $due }
notify-invitation_accepted = { $subject } accepted your invitation
notify-notice_waiting = A notice waits for your acknowledgement on the channel { $subject }
notify-notice_escalated = A notice on the channel { $subject } was not acknowledged in time and now waits for you
notify-plan_filed = A local preparation plan was filed on the channel { $subject }
notify-mail-footer = You receive this because of your role in Mozaik. Choose what comes by e-mail, at once or in a daily digest: { $link }
notify-digest-subject = { $count ->
    [one] Mozaik: one thing happened today
    *[other] Mozaik: { $count } things happened today
    }
notify-digest-intro = { $count ->
    [one] Since your last digest:
    *[other] Since your last digest:
    }
notify-delivery-now = By e-mail at once
notify-delivery-digest = In a daily e-mail digest
notify-delivery-off = Only here, not by e-mail
notify-kind-request_created = New helpdesk requests
notify-kind-request_replied = Replies on requests
notify-kind-request_assigned = Requests given to me
notify-kind-request_resolved = My requests resolved
notify-kind-expert_assigned = Expert assignments for me
notify-kind-expert_answered = Experts' answers
notify-kind-application_received = New fund applications
notify-kind-review_requested = Reviews asked of me
notify-kind-application_decided = Decisions on applications
notify-kind-tranche_paid = Tranches paid
notify-kind-report_due = Reports due
notify-kind-round_opened = Assessment rounds opened
notify-kind-round_reminder = Assessment reminders
notify-kind-round_reopened = Assessments reopened
notify-kind-programme_changed = Programmes on themes I follow
notify-kind-activity_due = My work-plan activities coming due
notify-kind-invitation_accepted = Invitations accepted
notify-kind-notice_waiting = Notices to acknowledge
notify-kind-notice_escalated = Escalated notices
notify-kind-plan_filed = Preparation plans filed
notifications-none = No notifications yet.
notifications-read-all = Mark all as read
notifications-new = new
notify-preferences-title = How notifications reach me
notify-preferences-intro = Every notification is listed in Mozaik. Choose, for each kind, whether it also comes by e-mail at once, in one daily digest, or not by e-mail.
notify-mandatory = Always by e-mail at once: information sharing must reach its positions. The e-mail never carries the notice's content.
notify-preferences-save = Save my choices
flash-notifications-read = All notifications are marked as read.
flash-notifications-saved = Your choices are saved.
notify-notice_acknowledged = Your notice on the channel { $subject } was acknowledged
notify-notice_closed = A notice on the channel { $subject } was closed
notify-kind-notice_acknowledged = My notices acknowledged
notify-kind-notice_closed = Notices closed
work-notice-read-plan = Read the local plan and close the notice
work-waiting-plan = waiting for the local plan
work-practice-finish = Finish your practice and propose it for review
work-practice-proposed = Your proposed practice
work-waiting-reviewers = waiting for the reviewers
work-request-answered = Your answer to the municipality
work-waiting-municipality = waiting for the municipality
work-request-read-answer = Read the hub’s answer: reply, or close the request if it is settled
