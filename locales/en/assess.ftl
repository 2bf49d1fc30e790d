## Assessments: rounds, filling in, results.

nav-assess = Assessments
assess-title = Capacity and needs assessments
assess-intro = Each city assesses its own prevention capacity and needs, in rounds over time. The results show the hub, national governments and partners where support is needed. "Don't know" is an answer, and it is counted.
assess-no-rounds = No round has been opened yet.
assess-round = Round
assess-opened = Opened
assess-deadline = Deadline
assess-submitted = Submitted
assess-results = Results
assess-open-title = Open a round
assess-round-name = Name of the round
assess-countries = Countries
assess-countries-hint = The round goes to the network's member cities in the chosen countries; choose none for all members.
assess-open-button = Open the round
assess-round-name-required = Give the round a name of at most 100 characters, such as "2026 baseline".
assess-deadline-future = The deadline must be a date after today, written as YYYY-MM-DD.
assess-no-members = No member city is in the chosen countries.
assess-progress = Progress
assess-municipality = Municipality
assess-status-not_started = not started
assess-status-draft = draft
assess-status-submitted = submitted
assess-saved = Your answers are saved.
assess-fix-fields = Some answers need attention; they are marked below. What you entered is kept as a draft.
assess-reopen = Reopen for changes
assess-required = required
assess-not-relevant = This question does not apply, given an earlier answer.
assess-rank-hint = Number the needs in order, 1 for the most pressing. Leave needs that do not apply empty.
assess-save-draft = Save as draft
assess-submit = Submit
assess-about-instrument = About this questionnaire and its sources
assess-choice-unknown = Choose one of the answers listed.
assess-rank-invalid = Use each number once, from 1 up to the number of needs.
assess-number-invalid = Enter a number, zero or more.
assess-text-too-long = At most 4000 characters.
assess-answer-required = This question needs an answer; "Don't know" is an answer too.
assess-already-submitted = This assessment is already submitted. The hub can reopen it for changes.
assess-results-title = Results: { $round }
assess-response-rate = { $submitted } of { $invited } municipalities have submitted.
assess-suppression-note = To protect municipalities that did not choose to be named, a figure that rests on fewer than { $k } municipalities is shown as —, with how many answered there. Municipalities may share their answers by name; where every municipality in a column shares with you, its figures are shown.
assess-suppressed = hidden: fewer than { $k } municipalities
assess-headline-title = Cities that lack programmes, resources or expertise, or do not know
assess-headline-definition = Share of submitting municipalities that answered "no" or "don't know" to at least one of: prevention programmes, a budget line for prevention, staff with the expertise. At the Sarajevo workshop in February 2023, over 70% of participants said this of their city.
assess-answer = Answer
assess-answered = Municipalities answering
assess-text-count = { $count ->
    [one] { $count } written answer; written answers are not shown in aggregates.
   *[other] { $count } written answers; written answers are not shown in aggregates.
}
assess-median = Median: { $median } · don't know: { $dk }
assess-rank-note = Counts show how often each need was ranked first.
assess-reminder-subject = Reminder: { $round }
assess-reminder-body =
    The assessment round "{ $round }" closes on { $date }, and your municipality has not submitted yet.

    Continue here:
    { $link }
assess-instruments-title = Questionnaires
assess-instrument = Questionnaire
assess-version = Version
assess-imported = { $file } was imported as a new questionnaire.
assess-import-warnings = Imported, with these remarks:
assess-import-rejected = The form was rejected and nothing was saved. Correct these problems and upload it again:
assess-upload-title = Import an XLSForm
assess-upload-explain = Upload a questionnaire in XLSForm (.xlsx) with survey, choices and settings sheets. Supported: select_one, select_multiple, rank, integer, decimal, text and date questions, groups, label columns per language, required, and relevant and constraint expressions of the simple kind.
assess-upload-file = XLSForm file
assess-upload-button = Import
assess-upload-choose = Choose an .xlsx file to upload.
assess-instruments-link = Questionnaires and XLSForm
assess-previous = previous round: { $share }%
assess-csv-question = Question
assess-csv-area = Area
assess-csv-count = Municipalities
assess-csv-share = Share (%)
assess-csv-codes = codes
assess-needs-title = Needs and support asked for
assess-needs-ranked = Priority needs, the most pressing first:
assess-support-asked = Support asked of the hub:
assess-answers-export = Each municipality's answers
assess-map-no-data = no submission
assess-map-hidden = hidden (too few)
assess-map-lacks = lacks programmes, resources or expertise, or does not know
assess-map-has = has programmes, resources and expertise
assess-boundaries-title = Boundaries for maps
assess-boundaries-explain = Upload boundaries as GeoJSON. Each feature is matched to a place by its ISO 3166-2 code or by its name within its country; features that match no place, or several, are listed and left out.
assess-upload-file-geojson = GeoJSON file
assess-boundaries-matched = { $count ->
    [one] { $count } feature was matched to a place.
   *[other] { $count } features were matched to places.
}
assess-boundaries-unmatched = Left out:
assess-date-invalid = Enter a date as YYYY-MM-DD.
flash-assess-saved = Your answers are saved as a draft. Submit them when they are complete.
flash-assess-submitted = The assessment is submitted to the hub. Thank you; it now counts in the results.
flash-assess-reopened = The submission is reopened; the municipality is told it can change its answers.
flash-assess-round-opened = The round is open; the municipalities' focal points are told.
audience-hub = The hub only
audience-hub-explained = our named answers stay between us and the hub; everyone else sees only figures for many municipalities together.
audience-national = The hub and our national coordinators
audience-national-explained = the national coordinators of our country see our answers by name, on the results and on their country’s dashboard.
audience-partners = The hub, national coordinators and partners
audience-partners-explained = the hub’s partners (donors and international organisations with an account) see them by name too.
audience-public = Everyone
audience-public-explained = our answers are published by name on the results, the dashboards and in the open data.
assess-audience-title = Who may see our answers by name
assess-audience-chosen = Chosen by { $who } on { $when }.
assess-audience-standing-note = This is the municipality’s standing choice.
assess-audience-default = Nothing has been chosen: the answers stay with the hub.
assess-audience-question = Who may see our named answers to this round?
assess-audience-standing = Make this our choice for later rounds too
assess-audience-save = Save the choice
flash-assess-audience = Saved: { $name } may now see these answers by name. The choice is recorded and can be changed at any time.
assess-hidden-cell = hidden: { $base } answered here, { $k } needed
assess-own-column = The column “{ $name }” shows your municipality’s own answers beside the country and the region.
assess-own-open = Open your answers
assess-own-chosen = your municipality’s answer
assess-named-title = Municipalities that share their answers with you
assess-named-intro = Each municipality chose who may see its answers by name; open one to read them all.
assess-named-place = Municipality
assess-map-other = Other maps:
assess-xlsform-place-code = Municipality code (as in Mozaik's directory, for example MK-703)
assess-boundaries-country = Country the file draws
assess-boundaries-country-features = As each feature names it
