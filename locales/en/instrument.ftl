## The default instrument: "Local prevention capacity and needs".
## The sources that shaped the questions are named in the instrument's notes
## (crates/assess/src/default_instrument.rs).

instrument-title = Local prevention capacity and needs
instrument-group-mandate = Mandate and strategy
instrument-group-levels = Working with other levels of government
instrument-group-means = Means
instrument-group-structures = Structures and people
instrument-group-needs = Needs

q-mandate = Does the municipality have a formal mandate for preventing violent extremism, hate and polarisation (a council decision, a strategy or an action plan)?
q-national_strategy = How was the municipality involved in the national strategy for preventing and countering violent extremism (P/CVE)?
q-roles_clarity = How clear is it which level of government is responsible for which prevention task? (1 = not at all clear, 5 = entirely clear)
q-data_access = Does the municipality receive data and information from central government about risks to its communities?
q-police_sharing = How does information flow between the municipality and the police and security services?
q-programmes = Does the municipality run or fund programmes that prevent violent extremism, hate or polarisation?
q-budget = Does the municipal budget have a line for prevention?
q-budget_amount = About how much is budgeted for prevention this year, in euros?
q-staff_expertise = Does the municipality have staff with the expertise to prevent extremism, hate and polarisation?
q-structure_exists = Is there a multi-stakeholder prevention structure (such as a Community Action Team or a Local Safety Council)?
q-structure_meets = How often does it meet?
q-structure_paid = Are its members paid for this work?
q-youth_engagement = How well are young people engaged in the municipality's prevention work? (1 = not at all, 5 = fully)
q-trust = How much do residents trust local institutions? (1 = not at all, 5 = fully)
q-priority_needs = Rank the municipality's needs, the most pressing first.
q-support_wanted = Which support from the hub would help?
q-comments = Anything else the hub should know?

choice-yes = Yes
choice-no = No
choice-partly = Partly
choice-dont_know = Don't know
choice-designed = Took part in designing it
choice-consulted = Was consulted
choice-informed = Was informed only
choice-not_involved = Was not involved
choice-no_strategy = There is no national strategy
choice-regular = Regularly, through agreed procedures
choice-occasional = Occasionally, when asked
choice-personal = Only through personal relationships
choice-none = Not at all
choice-monthly = At least monthly
choice-quarterly = A few times a year
choice-rarely = Rarely or never
choice-paid = Paid
choice-unpaid = Unpaid, on their own time
choice-mixed = Some paid, some unpaid
choice-need_training = Training for staff
choice-need_data = Data and information on local risks
choice-need_coordination = Clear roles and coordination with other levels
choice-need_funding = Funding
choice-need_youth = Ways to reach young people
choice-need_psychosocial = Psychosocial and reintegration services
choice-need_communication = Communication and counter-narratives
choice-helpdesk = The helpdesk
choice-expert = An expert
choice-fund = The Technical Support Fund
choice-peer_exchange = Peer exchange with other cities
choice-training = Training
choice-likert_1 = 1
choice-likert_2 = 2
choice-likert_3 = 3
choice-likert_4 = 4
choice-likert_5 = 5
