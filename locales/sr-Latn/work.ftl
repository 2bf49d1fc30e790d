work-title = Moj posao
work-count = { $count ->
    [one] { $count } za uraditi
    [few] { $count } za uraditi
    *[other] { $count } za uraditi
    }
work-yours = { $count ->
    [one] Čeka vas { $count } stvar
    [few] Čekaju vas { $count } stvari
    *[other] Čeka vas { $count } stvari
    }
work-nothing = Trenutno vas ništa ne čeka. Kada nešto bude, pojaviće se ovde i bićete obavešteni e-poštom.
work-waiting-title = Čeka se na druge
work-due = do { $when } ({ $left })
work-request-assign = Preuzmite ili dodelite ovaj novi zahtev
work-request-answer = Odgovorite na zahtev opštine
work-request-reply = Odgovorite na pitanje mreže
work-request-asked = Vaš zahtev
work-waiting-hub = čeka se mreža
work-assignment-deliver = Predajte svoj zadatak
work-assignment-rate = Ocenite rad stručnjaka
work-assignment-waiting = Stručnjak radi na vašem zahtevu
work-waiting-expert = čeka se stručnjak
work-review-declare = Izjavite eventualni sukob interesa, zatim ocenite prijavu
work-review-score = Ocenite prijavu
work-fund-start-review = Pokrenite pregled i odredite dva ocenjivača
work-fund-decide = Odlučite o prijavi
work-fund-agreement = Upišite ugovor
work-fund-report = Pošaljite: { $kind }
work-activity-update = Izvestite o napretku svoje aktivnosti iz plana rada
work-assessment-fill = Popunite procenu
work-assessment-finish = Završite i pošaljite procenu
work-assessment-progress = odgovoreno { $answered } od { $required }
work-notice-acknowledge = Potvrdite prijem obaveštenja
work-notice-plan = Pošaljite lokalni plan pripreme
work-notice-sent = Vaše obaveštenje
work-waiting-recipients = čeka se potvrda
work-invitation-waiting = Pozivnica još nije prihvaćena
work-practice-review = Pregledajte predloženu praksu
work-translations-confirm = { $count ->
    [one] Potvrdite { $count } prevod
    [few] Potvrdite { $count } prevoda
    *[other] Potvrdite { $count } prevoda
    }
notifications-title = Obaveštenja
notify-request_created = Novi zahtev za podršku iz mesta { $place }: { $subject }
notify-request_replied = Novi odgovor na zahtev „{ $subject }“
notify-request_assigned = Zahtev „{ $subject }“ iz mesta { $place } dodeljen je vama
notify-request_resolved = Mreža je rešila vaš zahtev „{ $subject }“
notify-expert_assigned = Dodeljeni ste kao stručnjak: { $subject }
notify-expert_answered = Stručnjak je odgovorio na vaš zahtev „{ $subject }“
notify-application_received = Nova prijava na fond iz mesta { $place }: { $subject }
notify-review_requested = Molimo ocenite prijavu „{ $subject }“ iz mesta { $place }
notify-application_decided = Odluka o vašoj prijavi „{ $subject }“: { $decision }
notify-tranche_paid = Isplaćena je tranša od { $amount } za „{ $subject }“
notify-report_due = Izveštaj o „{ $subject }“ treba poslati do { $due }
notify-round_opened = Krug procene „{ $subject }“ otvoren je do { $due }
notify-round_reminder = Podsetnik: procenu „{ $subject }“ treba poslati do { $due }
notify-round_reopened = Vaša procena „{ $subject }“ ponovo je otvorena za izmene
notify-programme_changed = Program na temu koju pratite: { $subject }
notify-activity_due = Vaša aktivnost „{ $subject }“ završava { $due }
notify-invitation_accepted = { $subject } je prihvatio/la vašu pozivnicu
notify-notice_waiting = Obaveštenje čeka vašu potvrdu na kanalu { $subject }
notify-notice_escalated = Obaveštenje na kanalu { $subject } nije potvrđeno na vreme i sada čeka vas
notify-plan_filed = Lokalni plan pripreme je poslat na kanalu { $subject }
notify-mail-footer = Ovo primate zbog svoje uloge u Mozaiku. Izaberite šta stiže e-poštom, odmah ili u dnevnom pregledu: { $link }
notify-digest-subject = { $count ->
    [one] Mozaik: danas se desila { $count } stvar
    [few] Mozaik: danas su se desile { $count } stvari
    *[other] Mozaik: danas se desilo { $count } stvari
    }
notify-digest-intro = { $count ->
    [one] Od poslednjeg pregleda:
    [few] Od poslednjeg pregleda:
    *[other] Od poslednjeg pregleda:
    }
notify-delivery-now = E-poštom odmah
notify-delivery-digest = U dnevnom pregledu e-poštom
notify-delivery-off = Samo ovde, ne e-poštom
notify-kind-request_created = Novi zahtevi za podršku
notify-kind-request_replied = Odgovori na zahteve
notify-kind-request_assigned = Zahtevi dodeljeni meni
notify-kind-request_resolved = Moji rešeni zahtevi
notify-kind-expert_assigned = Stručni zadaci za mene
notify-kind-expert_answered = Odgovori stručnjaka
notify-kind-application_received = Nove prijave na fond
notify-kind-review_requested = Ocene koje se traže od mene
notify-kind-application_decided = Odluke o prijavama
notify-kind-tranche_paid = Isplaćene tranše
notify-kind-report_due = Izveštaji koje treba poslati
notify-kind-round_opened = Otvoreni krugovi procene
notify-kind-round_reminder = Podsetnici za procenu
notify-kind-round_reopened = Ponovo otvorene procene
notify-kind-programme_changed = Programi na teme koje pratim
notify-kind-activity_due = Moje aktivnosti iz plana koje dospevaju
notify-kind-invitation_accepted = Prihvaćene pozivnice
notify-kind-notice_waiting = Obaveštenja za potvrdu
notify-kind-notice_escalated = Eskalirana obaveštenja
notify-kind-plan_filed = Poslati planovi pripreme
notifications-none = Još nema obaveštenja.
notifications-read-all = Označi sve kao pročitano
notifications-new = novo
notify-preferences-title = Kako me obaveštenja dosežu
notify-preferences-intro = Svako obaveštenje je navedeno u Mozaiku. Za svaku vrstu izaberite da li stiže i e-poštom odmah, u dnevnom pregledu, ili ne e-poštom.
notify-mandatory = Uvek odmah e-poštom: razmena informacija mora stići do pozicija. E-pošta nikad ne sadrži sadržaj.
notify-preferences-save = Sačuvaj izbor
flash-notifications-read = Sva obaveštenja su označena kao pročitana.
flash-notifications-saved = Vaš izbor je sačuvan.
notify-notice_acknowledged = Vaše obaveštenje na kanalu { $subject } je potvrđeno
notify-notice_closed = Obaveštenje na kanalu { $subject } je zatvoreno
notify-kind-notice_acknowledged = Moja potvrđena obaveštenja
notify-kind-notice_closed = Zatvorena obaveštenja
work-notice-read-plan = Pročitajte lokalni plan i zatvorite obaveštenje
work-waiting-plan = čeka se lokalni plan
work-practice-finish = Dovršite svoju praksu i predložite je za pregled
work-practice-proposed = Vaša predložena praksa
work-waiting-reviewers = čeka se na recenzente
work-request-answered = Vaš odgovor opštini
work-waiting-municipality = čeka se opština
work-request-read-answer = Pročitajte odgovor centra: odgovorite ili zatvorite zahtev ako je rešen
