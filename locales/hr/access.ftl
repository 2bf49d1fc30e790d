## Signing in, invitations, accounts, the outbox and the audit log.

signin-title = Prijava
signin-email = Adresa e-pošte
signin-password = Lozinka
signin-button = Prijavi se
signin-help = Korisnički računi otvaraju se isključivo na poziv središta. Ako ste zaboravili lozinku, zatražite novi poziv od administratora središta.
signin-email-required = Unesite adresu e-pošte.
signin-password-required = Unesite lozinku.
signin-wrong = Adresa e-pošte ili lozinka nije točna.
signin-locked = Previše neuspjelih pokušaja: ovaj je račun zaključan do { $time }. Pokušajte ponovno nakon toga.
signin-client-blocked = S Vaše je mreže stiglo previše neuspjelih pokušaja prijave. Pričekajte četvrt sata pa pokušajte ponovno.

totp-title = Drugi korak prijave
totp-explain = Unesite šesteroznamenkasti kôd koji Vam autentifikacijska aplikacija prikazuje za Mozaik.
totp-code = Kôd
totp-recovery-hint = Izgubili ste telefon? Umjesto toga unesite jedan od svojih kodova za oporavak.
totp-button = Nastavi
totp-wrong = Ovaj kôd nije valjan. Provjerite je li sat na Vašem telefonu točan i unesite kôd koji je sada prikazan.
totp-setup-title = Postavite prijavu u dva koraka
totp-setup-required = Vaša Vam uloga omogućuje pristup osjetljivim informacijama, pa je za prijavu potreban i drugi korak: kôd iz aplikacije na Vašem telefonu.
totp-setup-step-app = Ako je još nemate, instalirajte na telefon autentifikacijsku aplikaciju (na primjer FreeOTP, Aegis ili Google Authenticator).
totp-setup-step-scan = U aplikaciji dodajte račun i skenirajte ovaj kôd.
totp-setup-manual = Ako ga ne možete skenirati, upišite ovaj ključ u aplikaciju:
totp-setup-step-code = Unesite šesteroznamenkasti kôd koji aplikacija sada prikazuje.
totp-setup-button = Potvrdi
recovery-title = Vaši kodovi za oporavak
recovery-explain = Prijava u dva koraka je uključena. Čuvajte ove kodove za oporavak na sigurnom mjestu, odvojeno od telefona: svaki od njih omogućuje jednu prijavu ako izgubite telefon. Prikazuju se samo sada.
recovery-continue = Nastavi

password-too-short = Lozinka mora imati najmanje { $min } znakova. Nekoliko međusobno nepovezanih riječi čini dugu lozinku koju je lako zapamtiti.
password-too-long = Lozinka je preduga.
password-common = Ova je lozinka među najčešće upotrebljavanima i brzo bi se mogla pogoditi. Odaberite drugu.
password-contains-email = Lozinka ne smije sadržavati Vašu adresu e-pošte.

account-title = Vaš korisnički račun
account-name = Ime
account-email = Adresa e-pošte
account-roles = Uloge
account-no-roles = Još nemate nijednu ulogu.
account-totp = Prijava u dva koraka
account-totp-on = uključena
account-totp-off = isključena
account-totp-set-up = Postavi
account-sign-out-everywhere = Odjavi se sa svih uređaja
tokens-title = API tokeni
tokens-explain = Token omogućuje drugom sustavu da u Vaše ime čita imenik putem API-ja. Ima samo onaj opseg pristupa koji odaberete i vrijedi ograničeno vrijeme.
tokens-shown-once = Kopirajte ovaj token sada: više se neće prikazati.
tokens-name = Naziv
tokens-scope = Opseg pristupa
tokens-created = Izrađen
tokens-expires = Istječe
tokens-last-used = Posljednja upotreba
tokens-days = Rok valjanosti (broj dana, od 1 do 365)
tokens-create = Izradi token
tokens-revoke = Opozovi
tokens-revoked = opozvan
token-name-required = Dajte tokenu naziv od najviše 100 znakova, na primjer naziv sustava koji će ga upotrebljavati.
token-days-range = Unesite broj dana od 1 do 365.
token-scope-unknown = Odaberite jedan od opsega pristupa s popisa.

role-hub_admin = Administrator središta
role-hub_staff = Djelatnik središta
role-national_coordinator = Nacionalni koordinator
role-security_liaison = Službenik za vezu sa sigurnosnim sektorom
role-focal_point = Općinska kontakt-osoba
role-municipal_staff = Općinski službenik
role-expert = Stručnjak
role-partner = Partner ili promatrač
role-civil_society = Predstavnik civilnoga društva

invite-title = Pozivanje osobe: { $place }
invite-explain = Osoba će primiti poruku e-pošte s poveznicom koja se može upotrijebiti samo jednom i koja istječe nakon sedam dana. Ako osobu pozovete na funkciju koju već netko obnaša, ta funkcija prelazi na nju kad prihvati poziv.
invite-name = Ime i prezime
invite-email = Adresa e-pošte
invite-role = Uloga
invite-position = Funkcija
invite-no-position = Bez funkcije
invite-position-hint = Kad se funkcija preda drugoj osobi, uloga prelazi zajedno s njom.
invite-language = Jezik poziva
invite-button = Pošalji poziv
invite-sent = Poziv je poslan na adresu { $email }.
invite-email-invalid = Unesite adresu e-pošte u obliku ime@opcina.org.
invite-name-required = Unesite ime i prezime osobe (najviše 200 znakova).
invite-role-required = Odaberite ulogu.
invite-position-unknown = Odaberite funkciju s popisa.
invite-mail-subject = Poziv za pridruživanje: { $hub }
invite-mail-body =
    Poštovani/Poštovana { $name },

    pozivamo Vas da se na platformi Mozaik pridružite središtu „{ $hub }“ u ulozi „{ $role }“ (područje: { $place }).

    Da biste prihvatili poziv, otvorite ovu poveznicu i odaberite lozinku:
    { $link }

    Poveznica se može upotrijebiti samo jednom i vrijedi do { $date }. Ako niste očekivali ovaj poziv, zanemarite ovu poruku.

accept-title = Prihvatite poziv
accept-welcome = Dobro došli, { $name }. Odaberite lozinku za korisnički račun { $email }.
accept-password = Lozinka
accept-password-hint = Najmanje 10 znakova. Nekoliko međusobno nepovezanih riječi čini dobru lozinku.
accept-confirm = Ponovite lozinku
accept-confirm-mismatch = Lozinke se ne podudaraju.
accept-button = Izradi moj račun
accept-gone-title = Ovaj se poziv ne može upotrijebiti
accept-gone-message = Poveznica je već upotrijebljena ili je istekla. Zatražite novi poziv od središta.

people-title = Osobe na funkcijama: { $place }
people-link = Osobe na funkcijama u ovom mjestu
people-back = Natrag na stranicu mjesta
people-invite = Pozovi osobu na funkciju u ovom mjestu
people-private = Osobni podaci: prikazuju Vam se jer Vaša uloga obuhvaća ovo mjesto.
people-none = Ovdje još nitko ne obnaša nijednu funkciju.
people-person = Osoba
people-period = Razdoblje
people-now = danas
people-role-holder = Nositelj funkcije
people-role-deputy = Zamjenik

accounts-title = Korisnički računi
accounts-revoke = Prekini sesije
accounts-deactivate = Deaktiviraj
accounts-inactive = deaktiviran

outbox-title = Odlazna pošta
outbox-explain = Poruke koje je Mozaik poslao, od najnovije prema starijima. Ako poslužitelj e-pošte nije konfiguriran, poruke čekaju ovdje.
outbox-empty = Još nema nijedne poruke.
outbox-to = Primatelj:
outbox-sent = poslano { $time }
outbox-failed = još nije poslano: { $reason }
outbox-waiting = čeka slanje

audit-title = Revizijski dnevnik
audit-chain-ok = { $count ->
    [one] Lanac od { $count } događaja neoštećen je.
    [few] Lanac od { $count } događaja neoštećen je.
   *[other] Lanac od { $count } događaja neoštećen je.
}
audit-chain-broken = Lanac je prekinut kod događaja { $id }: { $reason }.
audit-actor = Izvršitelj
audit-action = Radnja
audit-from = Od
audit-to = Do
audit-filter = Filtriraj
audit-time = Vrijeme
audit-object = Objekt
audit-summary = Sažetak
outbox-link-withheld = [osobna poveznica ovdje se ne prikazuje; šalje se samo primatelju]
invite-no-key-title = Za pozivnice je potreban ključ instance
invite-no-key-message = Poveznica pozivnice čuva se zapečaćena dok se ne pošalje, a ovaj poslužitelj nema ključ za to. Zamolite administratora da postavi sharing_key (vidi README), pa ponovno pošaljite pozivnicu.
accept-existing = { $name }, već imate račun. Prihvaćanjem mu se dodaje uloga „{ $role }”; lozinka i drugi faktor ostaju isti.
accept-role-button = Prihvati ulogu
accept-sign-in-first = Za { $email } već postoji račun. Najprije se prijavite; zatim na ovoj stranici možete prihvatiti novu ulogu.
accept-deactivated = Račun za ovu adresu je deaktiviran, a pozivnica ga ne vraća. Obratite se administratoru središta.
flash-invitation-accepted = Nova je uloga vaša. Što donosi vidite na svojoj početnoj stranici.
totp-used = Ovaj je kod već iskorišten. Pričekajte sljedeći u aplikaciji.
signin-for-account = Vaš račun: lozinka, drugi faktor, obavijesti i API tokeni. Prijavite se da ga otvorite.
signin-for-admin = Ova je stranica za administratore središta: računi, odlazna pošta i revizijski zapis.
signin-for-sharing = Ova je stranica za pozicije koje razmjenjuju informacije između državne i lokalne razine: kontaktne osobe općina, državne koordinatore i časnike za vezu sigurnosti. Obavijest mogu čitati samo pozicije koje u njoj sudjeluju.
signin-for-support = Ova je stranica za općine koje traže potporu središta, osoblje središta i stručnjake dodijeljene zahtjevu.
signin-for-assess = Ova je stranica za kontaktnu osobu i osoblje općine, koji ispunjavaju njezinu procjenu, i osoblje središta.
signin-for-studies = Ova je stranica za općinu koja vodi studiju: njezinu kontaktnu osobu i osoblje.
signin-for-people = Imena osoba na pozicijama osobni su podaci: ova je stranica za uloge koje pokrivaju to mjesto.
signin-for-knowledge = Svatko s računom može predložiti dobru praksu ili prijevod; prijavite se za to.
signin-for-invitation = Ova je pozivnica za adresu koja već ima račun: prijavite se da prihvatite novu ulogu.
signin-for-page = Stranica koju ste tražili je za osobe s ulogom u središtu. Prijavite se da je otvorite.
password-change-title = Promijenite lozinku
password-current = Trenutačna lozinka
password-new = Nova lozinka
password-change-button = Promijeni lozinku
password-current-wrong = Ovo nije vaša trenutačna lozinka.
flash-password-changed = Lozinka je promijenjena; ostale su sesije odjavljene.
password-forgot-link = Zaboravili ste lozinku?
password-forgot-title = Poništite zaboravljenu lozinku
password-forgot-intro = Unesite svoju e-adresu: ako ima račun, na nju se šalje poveznica za izbor nove lozinke. Poveznica radi jednom, u roku od sat vremena.
password-forgot-button = Pošalji poveznicu
password-forgot-sent = Ako ova adresa ima račun, poveznica za izbor nove lozinke je na putu. Radi jednom, u roku od sat vremena. Ništa nije stiglo? Provjerite adresu ili pitajte administratora središta.
password-mail-subject = Mozaik: odaberite novu lozinku
password-mail-body = Netko (vjerojatno vi) je zatražio poništavanje lozinke ovog računa. Odaberite novu ovdje; poveznica radi jednom, u roku od sat vremena:
    
    { $link }
    
    Ako niste tražili, zanemarite ovu poruku: lozinka ostaje ista.
password-reset-title = Odaberite novu lozinku
password-reset-button = Postavi novu lozinku
password-link-gone-title = Ova se poveznica ne može koristiti
password-link-gone-message = Već je iskorištena ili je starija od sat vremena. Zatražite novu sa stranice za prijavu.
flash-password-reset = Nova je lozinka postavljena. Prijavite se s njom.
accounts-deactivate-confirm = Deaktivirati račun osobe { $name } ({ $email })? Odmah se odjavljuje i ne može se ponovno prijaviti; ono što je učinila ostaje zabilježeno.
accounts-revoke-confirm = Završiti sve sesije osobe { $name } ({ $email })? Morat će se ponovno prijaviti na svakom uređaju.
flash-account-deactivated = Račun je deaktiviran i njegove su sesije završene.
flash-account-sessions-ended = Sve su sesije računa završene.
tokens-revoke-confirm = Opozvati API token „{ $name }”? Svaki sustav koji ga koristi odmah prestaje čitati iz Mozaika.
flash-token-revoked = Token je opozvan.
audit-actor-system = Sam Mozaik
audit-actor-command = Naredba na poslužitelju
audit-actor-anonymous = Neprijavljeni posjetitelj
audit-actor-other = Drugo
scope-directory-read = mjesta, institucije i pretraživanje
scope-directory-people = tko drži koji položaj (osobni podaci; svako se čitanje bilježi)
scope-assess-read = krugovi procjene i njihovi rezultati
scope-resilience-read = studije otpornosti i njihovi indeksi
scope-knowledge-read = prakse, programi i događaji
scope-support-read = pozivi fonda, ukupne potpore i planovi rada
