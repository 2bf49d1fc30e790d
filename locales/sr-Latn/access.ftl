## Signing in, invitations, accounts, the outbox and the audit log.

signin-title = Prijava
signin-email = Adresa e-pošte
signin-password = Lozinka
signin-button = Prijavi se
signin-help = Korisnički nalozi otvaraju se isključivo na poziv mreže. Ako ste zaboravili lozinku, zatražite novi poziv od administratora mreže.
signin-email-required = Unesite adresu e-pošte.
signin-password-required = Unesite lozinku.
signin-wrong = Adresa e-pošte ili lozinka nije ispravna.
signin-locked = Previše neuspešnih pokušaja: ovaj nalog je zaključan do { $time }. Pokušajte ponovo posle tog vremena.
signin-client-blocked = Sa Vaše mrežne adrese stiglo je previše neuspešnih pokušaja prijave. Sačekajte četvrt sata i pokušajte ponovo.

totp-title = Drugi korak prijave
totp-explain = Unesite šestocifreni kod koji Vam aplikacija za autentifikaciju prikazuje za Mozaik.
totp-code = Kod
totp-recovery-hint = Izgubili ste telefon? Umesto toga unesite jedan od svojih kodova za oporavak.
totp-button = Nastavi
totp-wrong = Ovaj kod nije važeći. Proverite da li je sat na Vašem telefonu tačan i unesite kod koji se sada prikazuje.
totp-setup-title = Podesite prijavu u dva koraka
totp-setup-required = Vaša uloga Vam daje pristup osetljivim informacijama, pa je za prijavu potreban i drugi korak: kod iz aplikacije na Vašem telefonu.
totp-setup-step-app = Ako je još nemate, instalirajte na telefon aplikaciju za autentifikaciju (na primer FreeOTP, Aegis ili Google Authenticator).
totp-setup-step-scan = U aplikaciji dodajte nalog i skenirajte ovaj kod.
totp-setup-manual = Ako ne možete da ga skenirate, unesite ovaj ključ u aplikaciju:
totp-setup-step-code = Unesite šestocifreni kod koji aplikacija sada prikazuje.
totp-setup-button = Potvrdi
recovery-title = Vaši kodovi za oporavak
recovery-explain = Prijava u dva koraka je uključena. Čuvajte ove kodove za oporavak na bezbednom mestu, odvojeno od telefona: svaki od njih omogućava jednu prijavu ako izgubite telefon. Prikazuju se samo sada.
recovery-continue = Nastavi

password-too-short = Lozinka mora da ima najmanje { $min } znakova. Nekoliko međusobno nepovezanih reči čini dugu lozinku koju je lako zapamtiti.
password-too-long = Lozinka je predugačka.
password-common = Ova lozinka je među najčešće korišćenim i brzo bi mogla da se pogodi. Izaberite drugu.
password-contains-email = Lozinka ne sme da sadrži Vašu adresu e-pošte.

account-title = Vaš korisnički nalog
account-name = Ime
account-email = Adresa e-pošte
account-roles = Uloge
account-no-roles = Još nemate nijednu ulogu.
account-totp = Prijava u dva koraka
account-totp-on = uključena
account-totp-off = isključena
account-totp-set-up = Podesi
account-sign-out-everywhere = Odjavi se sa svih uređaja
tokens-title = API tokeni
tokens-explain = Token omogućava drugom sistemu da u Vaše ime čita imenik kroz API. Ima samo onaj obim pristupa koji izaberete i važi ograničeno vreme.
tokens-shown-once = Kopirajte ovaj token sada: više neće biti prikazan.
tokens-name = Naziv
tokens-scope = Obim pristupa
tokens-created = Napravljen
tokens-expires = Ističe
tokens-last-used = Poslednja upotreba
tokens-days = Rok važenja (broj dana, od 1 do 365)
tokens-create = Napravi token
tokens-revoke = Opozovi
tokens-revoked = opozvan
token-name-required = Dajte tokenu naziv od najviše 100 znakova, na primer naziv sistema koji će ga koristiti.
token-days-range = Unesite broj dana od 1 do 365.
token-scope-unknown = Izaberite jedan od obima pristupa sa liste.

role-hub_admin = Administrator mreže
role-hub_staff = Službenik mreže
role-national_coordinator = Nacionalni koordinator
role-security_liaison = Službenik za vezu sa sektorom bezbednosti
role-focal_point = Opštinska kontakt-osoba
role-municipal_staff = Opštinski službenik
role-expert = Stručnjak
role-partner = Partner ili posmatrač
role-civil_society = Predstavnik civilnog društva

invite-title = Pozivanje osobe: { $place }
invite-explain = Osoba će dobiti poruku e-poštom sa linkom koji može da se iskoristi samo jednom i koji ističe posle sedam dana. Ako osobu pozovete na funkciju koju već neko obavlja, ta funkcija prelazi na nju kada prihvati poziv.
invite-name = Ime i prezime
invite-email = Adresa e-pošte
invite-role = Uloga
invite-position = Funkcija
invite-no-position = Bez funkcije
invite-position-hint = Kada se funkcija preda drugoj osobi, uloga prelazi zajedno sa njom.
invite-language = Jezik poziva
invite-button = Pošalji poziv
invite-sent = Poziv je poslat na adresu { $email }.
invite-email-invalid = Unesite adresu e-pošte u obliku name@municipality.org.
invite-name-required = Unesite ime i prezime osobe (najviše 200 znakova).
invite-role-required = Izaberite ulogu.
invite-position-unknown = Izaberite funkciju sa liste.
invite-mail-subject = Poziv za pridruživanje: { $hub }
invite-mail-body =
    Poštovani/a { $name },

    pozivamo Vas da se na platformi Mozaik pridružite mreži „{ $hub }“ u ulozi „{ $role }“ (područje: { $place }).

    Da biste prihvatili poziv, otvorite ovaj link i izaberite lozinku:
    { $link }

    Link može da se iskoristi samo jednom i važi do { $date }. Ako niste očekivali ovaj poziv, zanemarite ovu poruku.

accept-title = Prihvatite poziv
accept-welcome = Dobro došli, { $name }. Izaberite lozinku za korisnički nalog { $email }.
accept-password = Lozinka
accept-password-hint = Najmanje 10 znakova. Nekoliko međusobno nepovezanih reči čini dobru lozinku.
accept-confirm = Ponovite lozinku
accept-confirm-mismatch = Lozinke se ne poklapaju.
accept-button = Napravi moj nalog
accept-gone-title = Ovaj poziv nije moguće iskoristiti
accept-gone-message = Link je već iskorišćen ili je istekao. Zatražite novi poziv od mreže.

people-title = Osobe na funkcijama: { $place }
people-link = Osobe na funkcijama u ovom mestu
people-back = Nazad na stranicu mesta
people-invite = Pozovi osobu na funkciju u ovom mestu
people-private = Podaci o ličnosti: prikazuju Vam se jer Vaša uloga obuhvata ovo mesto.
people-none = Ovde još niko ne obavlja nijednu funkciju.
people-person = Osoba
people-period = Period
people-now = danas
people-role-holder = Nosilac funkcije
people-role-deputy = Zamenik

accounts-title = Korisnički nalozi
accounts-revoke = Prekini sesije
accounts-deactivate = Deaktiviraj
accounts-inactive = deaktiviran

outbox-title = Odlazna pošta
outbox-explain = Poruke koje je Mozaik poslao, od najnovije ka starijim. Ako server za e-poštu nije podešen, poruke čekaju ovde.
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
audit-time = Vreme
audit-object = Objekat
audit-summary = Sažetak
outbox-link-withheld = [lični link se ovde ne prikazuje; šalje se samo primaocu]
invite-no-key-title = Za pozivnice je potreban ključ instance
invite-no-key-message = Link pozivnice čuva se zapečaćen dok se ne pošalje, a ovaj server nema ključ za to. Zamolite administratora da podesi sharing_key (vidi README), pa ponovo pošaljite pozivnicu.
accept-existing = { $name }, već imate nalog. Prihvatanjem mu se dodaje uloga „{ $role }“; lozinka i drugi faktor ostaju isti.
accept-role-button = Prihvati ulogu
accept-sign-in-first = Za { $email } već postoji nalog. Prvo se prijavite; zatim na ovoj stranici možete prihvatiti novu ulogu.
accept-deactivated = Nalog za ovu adresu je deaktiviran, a pozivnica ga ne vraća. Obratite se administratoru mreže.
flash-invitation-accepted = Nova uloga je vaša. Šta donosi vidite na svojoj početnoj stranici.
totp-used = Ovaj kod je već iskorišćen. Sačekajte sledeći u aplikaciji.
signin-for-account = Vaš nalog: lozinka, drugi faktor, obaveštenja i API tokeni. Prijavite se da ga otvorite.
signin-for-admin = Ova stranica je za administratore mreže: nalozi, odlazna pošta i revizijski zapis.
signin-for-sharing = Ova stranica je za pozicije koje razmenjuju informacije između državnog i lokalnog nivoa: kontakt osobe opština, državne koordinatore i oficire za vezu bezbednosti. Obaveštenje mogu čitati samo pozicije koje u njemu učestvuju.
signin-for-support = Ova stranica je za opštine koje traže podršku mreže, osoblje mreže i stručnjake dodeljene zahtevu.
signin-for-assess = Ova stranica je za kontakt osobu i osoblje opštine, koji popunjavaju njenu procenu, i osoblje mreže.
signin-for-studies = Ova stranica je za opštinu koja vodi studiju: njenu kontakt osobu i osoblje.
signin-for-people = Imena osoba na pozicijama su lični podaci: ova stranica je za uloge koje pokrivaju to mesto.
signin-for-knowledge = Svako sa nalogom može predložiti dobru praksu ili prevod; prijavite se za to.
signin-for-invitation = Ova pozivnica je za adresu koja već ima nalog: prijavite se da prihvatite novu ulogu.
signin-for-page = Stranica koju ste tražili je za osobe sa ulogom u mreži. Prijavite se da je otvorite.
password-change-title = Promenite lozinku
password-current = Trenutna lozinka
password-new = Nova lozinka
password-change-button = Promeni lozinku
password-current-wrong = Ovo nije vaša trenutna lozinka.
flash-password-changed = Lozinka je promenjena; ostale sesije su odjavljene.
password-forgot-link = Zaboravili ste lozinku?
password-forgot-title = Poništite zaboravljenu lozinku
password-forgot-intro = Unesite svoju e-adresu: ako ima nalog, na nju se šalje link za izbor nove lozinke. Link radi jednom, u roku od sat vremena.
password-forgot-button = Pošalji link
password-forgot-sent = Ako ova adresa ima nalog, link za izbor nove lozinke je na putu. Radi jednom, u roku od sat vremena. Ništa nije stiglo? Proverite adresu ili pitajte administratora mreže.
password-mail-subject = Mozaik: izaberite novu lozinku
password-mail-body = Neko (verovatno vi) je tražio poništavanje lozinke ovog naloga. Izaberite novu ovde; link radi jednom, u roku od sat vremena:
    
    { $link }
    
    Ako niste tražili, zanemarite ovu poruku: lozinka ostaje ista.
password-reset-title = Izaberite novu lozinku
password-reset-button = Postavi novu lozinku
password-link-gone-title = Ovaj link se ne može koristiti
password-link-gone-message = Već je iskorišćen ili je stariji od sat vremena. Zatražite novi sa stranice za prijavu.
flash-password-reset = Nova lozinka je postavljena. Prijavite se sa njom.
accounts-deactivate-confirm = Deaktivirati nalog osobe { $name } ({ $email })? Odmah se odjavljuje i ne može se ponovo prijaviti; ono što je uradila ostaje zabeleženo.
accounts-revoke-confirm = Završiti sve sesije osobe { $name } ({ $email })? Moraće se ponovo prijaviti na svakom uređaju.
flash-account-deactivated = Nalog je deaktiviran i njegove sesije su završene.
flash-account-sessions-ended = Sve sesije naloga su završene.
tokens-revoke-confirm = Opozvati API token „{ $name }“? Svaki sistem koji ga koristi odmah prestaje da čita iz Mozaika.
flash-token-revoked = Token je opozvan.
audit-actor-system = Sam Mozaik
audit-actor-command = Naredba na serveru
audit-actor-anonymous = Neprijavljeni posetilac
audit-actor-other = Drugo
scope-directory-read = mesta, institucije i pretraga
scope-directory-people = ko drži koju poziciju (lični podaci; svako čitanje se beleži)
scope-assess-read = krugovi procene i njihovi rezultati
scope-resilience-read = studije otpornosti i njihovi indeksi
scope-knowledge-read = prakse, programi i događaji
scope-support-read = pozivi fonda, ukupni grantovi i planovi rada
