work-title = Puna ime
work-count = { $count ->
    [one] { $count } për të bërë
    *[other] { $count } për të bërë
    }
work-yours = { $count ->
    [one] Një gjë ju pret
    *[other] { $count } gjëra ju presin
    }
work-nothing = Asgjë nuk ju pret tani. Kur të ketë diçka, do të shfaqet këtu dhe do të njoftoheni me e-mail.
work-waiting-title = Në pritje të të tjerëve
work-due = deri { $when } ({ $left })
work-request-assign = Merreni ose caktojeni këtë kërkesë të re
work-request-answer = Përgjigjuni kërkesës së bashkisë
work-request-reply = Përgjigjuni pyetjes së qendrës
work-request-asked = Kërkesa juaj
work-waiting-hub = në pritje të qendrës
work-assignment-deliver = Dorëzoni detyrën tuaj
work-assignment-rate = Vlerësoni punën e ekspertit
work-assignment-waiting = Një ekspert po punon për kërkesën tuaj
work-waiting-expert = në pritje të ekspertit
work-review-declare = Deklaroni çdo konflikt interesi, pastaj shqyrtoni aplikimin
work-review-score = Vlerësoni aplikimin
work-fund-start-review = Nisni shqyrtimin dhe caktoni dy shqyrtues
work-fund-decide = Vendosni për aplikimin
work-fund-agreement = Regjistroni marrëveshjen
work-fund-report = Dorëzoni { $kind }
work-activity-update = Raportoni përparimin e aktivitetit tuaj të planit të punës
work-assessment-fill = Plotësoni vlerësimin
work-assessment-finish = Përfundoni dhe dorëzoni vlerësimin
work-assessment-progress = { $answered } nga { $required } të përgjigjura
work-notice-acknowledge = Konfirmoni marrjen e njoftimit
work-notice-plan = Dorëzoni planin vendor të përgatitjes
work-notice-sent = Njoftimi juaj
work-waiting-recipients = në pritje të konfirmimit
work-invitation-waiting = Ftesë ende e papranuar
work-practice-review = Shqyrtoni praktikën e propozuar
work-translations-confirm = { $count ->
    [one] Konfirmoni një përkthim
    *[other] Konfirmoni { $count } përkthime
    }
notifications-title = Njoftimet
notify-request_created = Kërkesë e re ndihme nga { $place }: { $subject }
notify-request_replied = Përgjigje e re te kërkesa “{ $subject }”
notify-request_assigned = Kërkesa “{ $subject }” nga { $place } ju është caktuar juve
notify-request_resolved = Qendra e zgjidhi kërkesën tuaj “{ $subject }”
notify-expert_assigned = Jeni caktuar si ekspert: { $subject }
notify-expert_answered = Eksperti iu përgjigj kërkesës suaj “{ $subject }”
notify-application_received = Aplikim i ri në fond nga { $place }: { $subject }
notify-review_requested = Ju lutemi shqyrtoni aplikimin “{ $subject }” nga { $place }
notify-application_decided = Vendim për aplikimin tuaj “{ $subject }”: { $decision }
notify-tranche_paid = U pagua një këst prej { $amount } për “{ $subject }”
notify-report_due = Një raport për “{ $subject }” duhet dorëzuar deri më { $due }
notify-round_opened = Raundi i vlerësimit “{ $subject }” është i hapur deri më { $due }
notify-round_reminder = Kujtesë: vlerësimi “{ $subject }” duhet dorëzuar deri më { $due }
notify-round_reopened = Vlerësimi juaj “{ $subject }” u rihap për ndryshime
notify-programme_changed = Një program për një temë që ndiqni: { $subject }
notify-activity_due = Aktiviteti juaj i planit të punës “{ $subject }” përfundon më { $due }
notify-invitation_accepted = { $subject } e pranoi ftesën tuaj
notify-notice_waiting = Një njoftim pret konfirmimin tuaj në kanalin { $subject }
notify-notice_escalated = Një njoftim në kanalin { $subject } nuk u konfirmua në kohë dhe tani ju pret juve
notify-plan_filed = U dorëzua një plan vendor përgatitjeje në kanalin { $subject }
notify-mail-footer = E merrni këtë për shkak të rolit tuaj në Mozaik. Zgjidhni çfarë vjen me e-mail, menjëherë ose në përmbledhje ditore: { $link }
notify-digest-subject = { $count ->
    [one] Mozaik: një gjë ndodhi sot
    *[other] Mozaik: { $count } gjëra ndodhën sot
    }
notify-digest-intro = { $count ->
    [one] Që nga përmbledhja e fundit:
    *[other] Që nga përmbledhja e fundit:
    }
notify-delivery-now = Me e-mail menjëherë
notify-delivery-digest = Në një përmbledhje ditore me e-mail
notify-delivery-off = Vetëm këtu, jo me e-mail
notify-kind-request_created = Kërkesa të reja ndihme
notify-kind-request_replied = Përgjigje te kërkesat
notify-kind-request_assigned = Kërkesa që më caktohen
notify-kind-request_resolved = Kërkesat e mia të zgjidhura
notify-kind-expert_assigned = Detyra eksperti për mua
notify-kind-expert_answered = Përgjigjet e ekspertëve
notify-kind-application_received = Aplikime të reja në fond
notify-kind-review_requested = Shqyrtime që më kërkohen
notify-kind-application_decided = Vendime për aplikimet
notify-kind-tranche_paid = Këste të paguara
notify-kind-report_due = Raporte që duhen dorëzuar
notify-kind-round_opened = Raunde vlerësimi të hapura
notify-kind-round_reminder = Kujtesa vlerësimi
notify-kind-round_reopened = Vlerësime të rihapura
notify-kind-programme_changed = Programe për temat që ndjek
notify-kind-activity_due = Aktivitetet e mia të planit që afrohen
notify-kind-invitation_accepted = Ftesa të pranuara
notify-kind-notice_waiting = Njoftime për t'u konfirmuar
notify-kind-notice_escalated = Njoftime të përshkallëzuara
notify-kind-plan_filed = Plane përgatitjeje të dorëzuara
notifications-none = Ende asnjë njoftim.
notifications-read-all = Shëno të gjitha si të lexuara
notifications-new = e re
notify-preferences-title = Si më vijnë njoftimet
notify-preferences-intro = Çdo njoftim shfaqet në Mozaik. Zgjidhni për çdo lloj nëse vjen edhe me e-mail menjëherë, në një përmbledhje ditore, apo jo me e-mail.
notify-mandatory = Gjithmonë me e-mail menjëherë: shkëmbimi i informacionit duhet të arrijë pozicionet. E-maili nuk e përmban kurrë përmbajtjen.
notify-preferences-save = Ruaj zgjedhjet e mia
flash-notifications-read = Të gjitha njoftimet u shënuan si të lexuara.
flash-notifications-saved = Zgjedhjet tuaja u ruajtën.
notify-notice_acknowledged = Njoftimi juaj në kanalin { $subject } u konfirmua
notify-notice_closed = Një njoftim në kanalin { $subject } u mbyll
notify-kind-notice_acknowledged = Njoftimet e mia të konfirmuara
notify-kind-notice_closed = Njoftime të mbyllura
work-notice-read-plan = Lexoni planin vendor dhe mbyllni njoftimin
work-waiting-plan = në pritje të planit vendor
work-practice-finish = Përfundoni praktikën tuaj dhe propozojeni për shqyrtim
work-practice-proposed = Praktika juaj e propozuar
work-waiting-reviewers = në pritje të shqyrtuesve
work-request-answered = Përgjigjja juaj për bashkinë
work-waiting-municipality = në pritje të bashkisë
work-request-read-answer = Lexoni përgjigjen e qendrës: përgjigjuni, ose mbyllni kërkesën nëse është zgjidhur
