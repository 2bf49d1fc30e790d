## Signing in, invitations, accounts, the outbox and the audit log.

signin-title = Prijava
signin-email = E-mail adresa
signin-password = Lozinka
signin-button = Prijavi se
signin-help = Korisnički nalozi otvaraju se isključivo na poziv centra. Ako ste zaboravili lozinku, zatražite novi poziv od administratora centra.
signin-email-required = Unesite e-mail adresu.
signin-password-required = Unesite lozinku.
signin-wrong = E-mail adresa ili lozinka nije ispravna.
signin-locked = Previše neuspješnih pokušaja: ovaj nalog je zaključan do { $time }. Pokušajte ponovo nakon tog vremena.
signin-client-blocked = Iz Vaše mreže stiglo je previše neuspješnih pokušaja prijave. Sačekajte četvrt sata i pokušajte ponovo.

totp-title = Drugi korak prijave
totp-explain = Unesite šestocifreni kod koji Vam aplikacija za autentifikaciju prikazuje za Mozaik.
totp-code = Kod
totp-recovery-hint = Izgubili ste telefon? Umjesto toga unesite jedan od svojih kodova za oporavak.
totp-button = Nastavi
totp-wrong = Ovaj kod nije važeći. Provjerite da li je sat na Vašem telefonu tačan i unesite kod koji se sada prikazuje.
totp-setup-title = Podesite prijavu u dva koraka
totp-setup-required = Vaša uloga Vam daje pristup osjetljivim informacijama, pa je za prijavu potreban i drugi korak: kod iz aplikacije na Vašem telefonu.
totp-setup-step-app = Ako je još nemate, instalirajte na telefon aplikaciju za autentifikaciju (na primjer FreeOTP, Aegis ili Google Authenticator).
totp-setup-step-scan = U aplikaciji dodajte nalog i skenirajte ovaj kod.
totp-setup-manual = Ako ne možete da ga skenirate, unesite ovaj ključ u aplikaciju:
totp-setup-step-code = Unesite šestocifreni kod koji aplikacija sada prikazuje.
totp-setup-button = Potvrdi
recovery-title = Vaši kodovi za oporavak
recovery-explain = Prijava u dva koraka je uključena. Čuvajte ove kodove za oporavak na bezbjednom mjestu, odvojeno od telefona: svaki od njih omogućava jednu prijavu ako izgubite telefon. Prikazuju se samo sada.
recovery-continue = Nastavi

password-too-short = Lozinka mora imati najmanje { $min } znakova. Nekoliko međusobno nepovezanih riječi čini dugu lozinku koju je lako zapamtiti.
password-too-long = Lozinka je predugačka.
password-common = Ova lozinka je među najčešće korišćenim i brzo bi se mogla pogoditi. Izaberite drugu.
password-contains-email = Lozinka ne smije da sadrži Vašu e-mail adresu.

account-title = Vaš korisnički nalog
account-name = Ime
account-email = E-mail adresa
account-roles = Uloge
account-no-roles = Još nemate nijednu ulogu.
account-totp = Prijava u dva koraka
account-totp-on = uključena
account-totp-off = isključena
account-totp-set-up = Podesi
account-sign-out-everywhere = Odjavi se sa svih uređaja
tokens-title = API tokeni
tokens-explain = Token omogućava drugom sistemu da u Vaše ime čita imenik preko API-ja. Ima samo onaj obim pristupa koji izaberete i važi ograničeno vrijeme.
tokens-shown-once = Kopirajte ovaj token sada: više neće biti prikazan.
tokens-name = Naziv
tokens-scope = Obim pristupa
tokens-created = Kreiran
tokens-expires = Ističe
tokens-last-used = Posljednja upotreba
tokens-days = Rok važenja (broj dana, od 1 do 365)
tokens-create = Kreiraj token
tokens-revoke = Opozovi
tokens-revoked = opozvan
token-name-required = Dajte tokenu naziv od najviše 100 znakova, na primjer naziv sistema koji će ga koristiti.
token-days-range = Unesite broj dana od 1 do 365.
token-scope-unknown = Izaberite jedan od obima pristupa sa liste.

role-hub_admin = Administrator centra
role-hub_staff = Službenik centra
role-national_coordinator = Nacionalni koordinator
role-security_liaison = Službenik za vezu sa sektorom bezbjednosti
role-focal_point = Opštinska kontakt-osoba
role-municipal_staff = Opštinski službenik
role-expert = Stručnjak
role-partner = Partner ili posmatrač
role-civil_society = Predstavnik civilnog društva

invite-title = Pozivanje osobe: { $place }
invite-explain = Osoba će dobiti e-mail sa linkom koji se može iskoristiti samo jednom i koji ističe nakon sedam dana. Ako osobu pozovete na funkciju koju već neko vrši, ta funkcija prelazi na nju kada prihvati poziv.
invite-name = Ime i prezime
invite-email = E-mail adresa
invite-role = Uloga
invite-position = Funkcija
invite-no-position = Bez funkcije
invite-position-hint = Kada se funkcija preda drugoj osobi, uloga prelazi zajedno sa njom.
invite-language = Jezik poziva
invite-button = Pošalji poziv
invite-sent = Poziv je poslat na adresu { $email }.
invite-email-invalid = Unesite e-mail adresu u obliku ime@opstina.org.
invite-name-required = Unesite ime i prezime osobe (najviše 200 znakova).
invite-role-required = Izaberite ulogu.
invite-position-unknown = Izaberite funkciju sa liste.
invite-mail-subject = Poziv za pridruživanje: { $hub }
invite-mail-body =
    Poštovani/a { $name },

    pozivamo Vas da se na platformi Mozaik pridružite centru „{ $hub }“ u ulozi „{ $role }“ (područje: { $place }).

    Da biste prihvatili poziv, otvorite ovaj link i izaberite lozinku:
    { $link }

    Link se može iskoristiti samo jednom i važi do { $date }. Ako niste očekivali ovaj poziv, zanemarite ovu poruku.

accept-title = Prihvatite poziv
accept-welcome = Dobro došli, { $name }. Izaberite lozinku za korisnički nalog { $email }.
accept-password = Lozinka
accept-password-hint = Najmanje 10 znakova. Nekoliko međusobno nepovezanih riječi čini dobru lozinku.
accept-confirm = Ponovite lozinku
accept-confirm-mismatch = Lozinke se ne podudaraju.
accept-button = Kreiraj moj nalog
accept-gone-title = Ovaj poziv nije moguće iskoristiti
accept-gone-message = Link je već iskorišćen ili je istekao. Zatražite novi poziv od centra.

people-title = Osobe na funkcijama: { $place }
people-link = Osobe na funkcijama u ovom mjestu
people-back = Nazad na stranicu mjesta
people-invite = Pozovi osobu na funkciju u ovom mjestu
people-private = Lični podaci: prikazuju Vam se jer Vaša uloga obuhvata ovo mjesto.
people-none = Ovdje još niko ne vrši nijednu funkciju.
people-person = Osoba
people-period = Period
people-now = danas
people-role-holder = Nosilac funkcije
people-role-deputy = Zamjenik

accounts-title = Korisnički nalozi
accounts-revoke = Prekini sesije
accounts-deactivate = Deaktiviraj
accounts-inactive = deaktiviran

outbox-title = Odlazna pošta
outbox-explain = Poruke koje je Mozaik poslao, od najnovije ka starijim. Ako server za e-mail nije podešen, poruke čekaju ovdje.
outbox-empty = Još nema nijedne poruke.
outbox-to = Primalac:
outbox-sent = poslato { $time }
outbox-failed = još nije poslato: { $reason }
outbox-waiting = čeka slanje

audit-title = Dnevnik revizije
audit-chain-ok = { $count ->
    [one] Lanac od { $count } događaja je neoštećen.
    [few] Lanac od { $count } događaja je neoštećen.
   *[other] Lanac od { $count } događaja je neoštećen.
}
audit-chain-broken = Lanac je prekinut kod događaja { $id }: { $reason }.
audit-actor = Izvršilac
audit-action = Radnja
audit-from = Od
audit-to = Do
audit-filter = Filtriraj
audit-time = Vrijeme
audit-object = Objekat
audit-summary = Sažetak
outbox-link-withheld = [lični link se ovdje ne prikazuje; šalje se samo primaocu]
invite-no-key-title = Za pozivnice je potreban ključ instance
invite-no-key-message = Link pozivnice čuva se zapečaćen dok se ne pošalje, a ovaj server nema ključ za to. Zamolite administratora da podesi sharing_key (vidi README), pa ponovo pošaljite pozivnicu.
accept-existing = { $name }, već imate nalog. Prihvatanjem mu se dodaje uloga „{ $role }“; lozinka i drugi faktor ostaju isti.
accept-role-button = Prihvati ulogu
accept-sign-in-first = Za { $email } već postoji nalog. Prvo se prijavite; zatim na ovoj stranici možete prihvatiti novu ulogu.
accept-deactivated = Nalog za ovu adresu je deaktiviran, a pozivnica ga ne vraća. Obratite se administratoru centra.
flash-invitation-accepted = Nova uloga je vaša. Šta donosi vidite na svojoj početnoj stranici.
totp-used = Ovaj kod je već iskorišćen. Sačekajte sljedeći u aplikaciji.
signin-for-account = Vaš nalog: lozinka, drugi faktor, obavještenja i API tokeni. Prijavite se da ga otvorite.
signin-for-admin = Ova stranica je za administratore centra: nalozi, odlazna pošta i revizijski zapis.
signin-for-sharing = Ova stranica je za pozicije koje razmjenjuju informacije između državnog i lokalnog nivoa: kontakt osobe opština, državne koordinatore i oficire za vezu bezbjednosti. Obavještenje mogu čitati samo pozicije koje u njemu učestvuju.
signin-for-support = Ova stranica je za opštine koje traže podršku centra, osoblje centra i stručnjake dodijeljene zahtjevu.
signin-for-assess = Ova stranica je za kontakt osobu i osoblje opštine, koji popunjavaju njenu procjenu, i osoblje centra.
signin-for-studies = Ova stranica je za opštinu koja vodi studiju: njenu kontakt osobu i osoblje.
signin-for-people = Imena osoba na pozicijama su lični podaci: ova stranica je za uloge koje pokrivaju to mjesto.
signin-for-knowledge = Svako s nalogom može predložiti dobru praksu ili prevod; prijavite se za to.
signin-for-invitation = Ova pozivnica je za adresu koja već ima nalog: prijavite se da prihvatite novu ulogu.
signin-for-page = Stranica koju ste tražili je za osobe s ulogom u centru. Prijavite se da je otvorite.
password-change-title = Promijenite lozinku
password-current = Trenutna lozinka
password-new = Nova lozinka
password-change-button = Promijeni lozinku
password-current-wrong = Ovo nije vaša trenutna lozinka.
flash-password-changed = Lozinka je promijenjena; ostale sesije su odjavljene.
password-forgot-link = Zaboravili ste lozinku?
password-forgot-title = Poništite zaboravljenu lozinku
password-forgot-intro = Unesite svoju e-adresu: ako ima nalog, na nju se šalje link za izbor nove lozinke. Link radi jednom, u roku od sat vremena.
password-forgot-button = Pošalji link
password-forgot-sent = Ako ova adresa ima nalog, link za izbor nove lozinke je na putu. Radi jednom, u roku od sat vremena. Ništa nije stiglo? Provjerite adresu ili pitajte administratora centra.
password-mail-subject = Mozaik: izaberite novu lozinku
password-mail-body = Neko (vjerovatno vi) je tražio poništavanje lozinke ovog naloga. Izaberite novu ovdje; link radi jednom, u roku od sat vremena:
    
    { $link }
    
    Ako niste tražili, zanemarite ovu poruku: lozinka ostaje ista.
password-reset-title = Izaberite novu lozinku
password-reset-button = Postavi novu lozinku
password-link-gone-title = Ovaj link se ne može koristiti
password-link-gone-message = Već je iskorišćen ili je stariji od sat vremena. Zatražite novi sa stranice za prijavu.
flash-password-reset = Nova lozinka je postavljena. Prijavite se s njom.
accounts-deactivate-confirm = Deaktivirati nalog osobe { $name } ({ $email })? Odmah se odjavljuje i ne može se ponovo prijaviti; ono što je uradila ostaje zabilježeno.
accounts-revoke-confirm = Završiti sve sesije osobe { $name } ({ $email })? Moraće se ponovo prijaviti na svakom uređaju.
flash-account-deactivated = Nalog je deaktiviran i njegove sesije su završene.
flash-account-sessions-ended = Sve sesije naloga su završene.
tokens-revoke-confirm = Opozvati API token „{ $name }“? Svaki sistem koji ga koristi odmah prestaje čitati iz Mozaika.
flash-token-revoked = Token je opozvan.
audit-actor-system = Sam Mozaik
audit-actor-command = Naredba na serveru
audit-actor-anonymous = Neprijavljeni posjetilac
audit-actor-other = Drugo
scope-directory-read = mjesta, institucije i pretraga
scope-directory-people = ko drži koju poziciju (lični podaci; svako čitanje se bilježi)
scope-assess-read = krugovi procjene i njihovi rezultati
scope-resilience-read = studije otpornosti i njihovi indeksi
scope-knowledge-read = prakse, programi i događaji
scope-support-read = pozivi fonda, ukupni grantovi i planovi rada
