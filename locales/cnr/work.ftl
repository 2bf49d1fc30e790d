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
work-nothing = Trenutno vas ništa ne čeka. Kada nešto bude, pojaviće se ovdje i bićete obaviješteni e-poštom.
work-waiting-title = Čeka se na druge
work-due = do { $when } ({ $left })
work-request-assign = Preuzmite ili dodijelite ovaj novi zahtjev
work-request-answer = Odgovorite na zahtjev opštine
work-request-reply = Odgovorite na pitanje centra
work-request-asked = Vaš zahtjev
work-waiting-hub = čeka se centar
work-assignment-deliver = Predajte svoj zadatak
work-assignment-rate = Ocijenite rad stručnjaka
work-assignment-waiting = Stručnjak radi na vašem zahtjevu
work-waiting-expert = čeka se stručnjak
work-review-declare = Izjavite eventualni sukob interesa, zatim ocijenite prijavu
work-review-score = Ocijenite prijavu
work-fund-start-review = Pokrenite pregled i odredite dva ocjenjivača
work-fund-decide = Odlučite o prijavi
work-fund-agreement = Upišite ugovor
work-fund-report = Pošaljite: { $kind }
work-activity-update = Izvijestite o napretku svoje aktivnosti iz plana rada
work-assessment-fill = Popunite procjenu
work-assessment-finish = Završite i pošaljite procjenu
work-assessment-progress = odgovoreno { $answered } od { $required }
work-notice-acknowledge = Potvrdite prijem obavještenja
work-notice-plan = Pošaljite lokalni plan pripreme
work-notice-sent = Vaše obavještenje
work-waiting-recipients = čeka se potvrda
work-invitation-waiting = Pozivnica još nije prihvaćena
work-practice-review = Pregledajte predloženu praksu
work-translations-confirm = { $count ->
    [one] Potvrdite { $count } prevod
    [few] Potvrdite { $count } prevoda
    *[other] Potvrdite { $count } prevoda
    }
notifications-title = Obavještenja
notify-request_created = Novi zahtjev za podršku iz mjesta { $place }: { $subject }
notify-request_replied = Novi odgovor na zahtjev „{ $subject }“
notify-request_assigned = Zahtjev „{ $subject }“ iz mjesta { $place } dodijeljen je vama
notify-request_resolved = Centar je riješio vaš zahtjev „{ $subject }“
notify-expert_assigned = Dodijeljeni ste kao stručnjak: { $subject }
notify-expert_answered = Stručnjak je odgovorio na vaš zahtjev „{ $subject }“
notify-application_received = Nova prijava na fond iz mjesta { $place }: { $subject }
notify-review_requested = Molimo ocijenite prijavu „{ $subject }“ iz mjesta { $place }
notify-application_decided = Odluka o vašoj prijavi „{ $subject }“: { $decision }
notify-tranche_paid = Isplaćena je tranša od { $amount } za „{ $subject }“
notify-report_due = Izvještaj o „{ $subject }“ treba poslati do { $due }
notify-round_opened = Krug procjene „{ $subject }“ otvoren je do { $due }
notify-round_reminder = Podsjetnik: procjenu „{ $subject }“ treba poslati do { $due }
notify-round_reopened = Vaša procjena „{ $subject }“ ponovo je otvorena za izmjene
notify-programme_changed = Program na temu koju pratite: { $subject }
notify-activity_due = Vaša aktivnost „{ $subject }“ završava { $due }
notify-invitation_accepted = { $subject } je prihvatio/la vašu pozivnicu
notify-notice_waiting = Obavještenje čeka vašu potvrdu na kanalu { $subject }
notify-notice_escalated = Obavještenje na kanalu { $subject } nije potvrđeno na vrijeme i sada čeka vas
notify-plan_filed = Lokalni plan pripreme je poslat na kanalu { $subject }
notify-mail-footer = Ovo primate zbog svoje uloge u Mozaiku. Izaberite šta stiže e-poštom, odmah ili u dnevnom pregledu: { $link }
notify-digest-subject = { $count ->
    [one] Mozaik: danas se desila { $count } stvar
    [few] Mozaik: danas su se desile { $count } stvari
    *[other] Mozaik: danas se desilo { $count } stvari
    }
notify-digest-intro = { $count ->
    [one] Od posljednjeg pregleda:
    [few] Od posljednjeg pregleda:
    *[other] Od posljednjeg pregleda:
    }
notify-delivery-now = E-poštom odmah
notify-delivery-digest = U dnevnom pregledu e-poštom
notify-delivery-off = Samo ovdje, ne e-poštom
notify-kind-request_created = Novi zahtjevi za podršku
notify-kind-request_replied = Odgovori na zahtjeve
notify-kind-request_assigned = Zahtjevi dodijeljeni meni
notify-kind-request_resolved = Moji riješeni zahtjevi
notify-kind-expert_assigned = Stručni zadaci za mene
notify-kind-expert_answered = Odgovori stručnjaka
notify-kind-application_received = Nove prijave na fond
notify-kind-review_requested = Ocjene koje se traže od mene
notify-kind-application_decided = Odluke o prijavama
notify-kind-tranche_paid = Isplaćene tranše
notify-kind-report_due = Izvještaji koje treba poslati
notify-kind-round_opened = Otvoreni krugovi procjene
notify-kind-round_reminder = Podsjetnici za procjenu
notify-kind-round_reopened = Ponovo otvorene procjene
notify-kind-programme_changed = Programi na teme koje pratim
notify-kind-activity_due = Moje aktivnosti iz plana koje dospijevaju
notify-kind-invitation_accepted = Prihvaćene pozivnice
notify-kind-notice_waiting = Obavještenja za potvrdu
notify-kind-notice_escalated = Eskalirana obavještenja
notify-kind-plan_filed = Poslati planovi pripreme
notifications-none = Još nema obavještenja.
notifications-read-all = Označi sve kao pročitano
notifications-new = novo
notify-preferences-title = Kako me obavještenja dosežu
notify-preferences-intro = Svako obavještenje je navedeno u Mozaiku. Za svaku vrstu izaberite da li stiže i e-poštom odmah, u dnevnom pregledu, ili ne e-poštom.
notify-mandatory = Uvijek odmah e-poštom: razmjena informacija mora stići do pozicija. E-pošta nikad ne sadrži sadržaj.
notify-preferences-save = Sačuvaj izbor
flash-notifications-read = Sva obavještenja su označena kao pročitana.
flash-notifications-saved = Vaš izbor je sačuvan.
notify-notice_acknowledged = Vaše obavještenje na kanalu { $subject } je potvrđeno
notify-notice_closed = Obavještenje na kanalu { $subject } je zatvoreno
notify-kind-notice_acknowledged = Moja potvrđena obavještenja
notify-kind-notice_closed = Zatvorena obavještenja
work-notice-read-plan = Pročitajte lokalni plan i zatvorite obavještenje
work-waiting-plan = čeka se lokalni plan
work-practice-finish = Dovršite svoju praksu i predložite je za pregled
work-practice-proposed = Vaša predložena praksa
work-waiting-reviewers = čeka se na recenzente
work-request-answered = Vaš odgovor opštini
work-waiting-municipality = čeka se opština
work-request-read-answer = Pročitajte odgovor centra: odgovorite ili zatvorite zahtjev ako je riješen
