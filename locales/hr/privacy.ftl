## Osobni podaci: izjava o privatnosti, evidencija aktivnosti obrade, podaci o osobi, brisanje i čuvanje.

nav-privacy = Osobni podaci
privacy-title = Izjava o privatnosti
privacy-intro = Mozaikom upravlja regionalno središte za općine, nacionalne koordinatore i partnere koji sprječavaju mržnju, ekstremizam i polarizaciju. Ova izjava navodi koje osobne podatke Mozaik čuva, zašto, na kojoj pravnoj osnovi, tko ih vidi i koliko se dugo čuvaju. Generira se iz istih deklaracija koje softver provodi.
privacy-rights = Sve što Mozaik čuva o Vama možete vidjeti i preuzeti u svojem korisničkom računu (Račun → Moji podaci). Za ispravak ili brisanje svojih podataka pišite administratorima središta: oni postupaju po pisanom zahtjevu, a ono što ste radili kao nositelj funkcije ostaje pripisano funkciji, a ne Vašem imenu.
privacy-col-data = Podaci
privacy-col-purpose = Svrha
privacy-col-basis = Pravna osnova
privacy-col-seen-by = Tko vidi
privacy-col-kept = Rok čuvanja
privacy-col-table = Tablica
privacy-col-erasure = Pri brisanju
privacy-col-kind = Vrsta zapisa
privacy-col-days = Dani čuvanja
privacy-col-limits = Dopušteni raspon (dani)

privacy-category-officials = Dužnosnici i službenici u imeniku
privacy-category-signin = Korisnički računi i prijava
privacy-category-mail = Poruke i obavijesti
privacy-category-support = Služba za pomoć, stručnjaci i Fond
privacy-category-sharing = Razmjena informacija
privacy-category-surveys = Ankete među stanovnicima
privacy-category-knowledge = Dobre prakse
privacy-category-audit = Revizijski dnevnik

privacy-basis-public-task = Zadaća od javnog interesa
privacy-basis-legitimate-interest = Legitimni interes
privacy-basis-legal-obligation = Pravna obveza
privacy-basis-consent = Privola

privacy-purpose-directory = Pronalaženje prave službe: tko obnaša koju funkciju u općini ili instituciji
privacy-purpose-accounts = Dodjeljivanje osobama uloga koje pripadaju njihovim funkcijama
privacy-purpose-security = Zaštita korisničkih računa: prijava, drugi faktor, sprječavanje pogađanja lozinki
privacy-purpose-mail = Obavješćivanje osoba o onome što ih čeka, e-poštom i u Mozaiku
privacy-purpose-support = Odgovaranje na zahtjeve općina i upravljanje Fondom
privacy-purpose-experts = Povezivanje stručnjaka sa zahtjevima i projektima
privacy-purpose-sharing = Prenošenje obavijesti između državnih i lokalnih službi u skladu s njihovom pravnom osnovom
privacy-purpose-surveys = Mjerenje otpornosti zajednice bez identificiranja ikoga
privacy-purpose-assess = Bilježenje tko je odlučio tko smije vidjeti odgovore općine
privacy-purpose-knowledge = Objavljivanje dobrih praksi uz podatak tko ih je predložio i pregledao
privacy-purpose-audit = Prikaz tko je što učinio, kako bi se svaka promjena mogla provjeriti

privacy-seen-officials = Prijavljeni dužnosnici i službenici središta, države i općine
privacy-seen-admins = Administratori središta
privacy-seen-nobody = Nitko: upotrebljava ih samo softver za sprječavanje pogađanja lozinki
privacy-seen-self = Samo ta osoba
privacy-seen-positions = Funkcije koje sudjeluju u obavijesti
privacy-seen-hub-municipality = Središte i dotična općina
privacy-seen-study-owners = Nositelji studije u općini; svi ostali vide brojke samo za skupine od najmanje deset osoba
privacy-seen-hub = Osoblje središta
privacy-seen-public = Svi (objavljene prakse ne navode nijednu osobu; samo se interno zna tko ih je pregledao)

privacy-while-position = Dok osoba obnaša funkciju, a zatim do brisanja na zahtjev
privacy-while-account = Dok korisnički račun postoji
privacy-while-instance = Koliko i zapis kojemu pripadaju; ime osobe briše se na zahtjev
privacy-while-notice = Do isteka obavijesti: tada se njezin sadržaj uklanja
privacy-while-expert = Dok je stručnjak u bazi stručnjaka

privacy-days = { $count ->
    [one] { $count } dan
    [few] { $count } dana
   *[other] { $count } dana
}
privacy-retention-sessions = { $days } nakon završetka sesije
privacy-retention-known-devices = { $days } nakon posljednje upotrebe preglednika
privacy-retention-password-resets = { $days } nakon isteka poveznice
privacy-retention-signin-addresses = { $days } nakon pokušaja
privacy-retention-invitations = { $days } nakon što je poziv istekao neiskorišten
privacy-retention-sent-mail = { $days } nakon isporuke poruke
privacy-retention-read-notifications = { $days } nakon što je obavijest pročitana
privacy-retention-survey-open-answers = Otvoreni odgovori: { $days } nakon posljednjeg uvoza u studiju (njezina izvješća)
privacy-retention-closed-requests = Tekstovi zatvorenog zahtjeva: { $days } nakon zatvaranja

privacy-period-sessions = Završene sesije
privacy-period-known-devices = Poznati preglednici
privacy-period-password-resets = Poveznice za poništavanje lozinke
privacy-period-signin-addresses = Pokušaji prijave i mrežne adrese
privacy-period-invitations = Neiskorišteni pozivi
privacy-period-sent-mail = Isporučena e-pošta
privacy-period-read-notifications = Pročitane obavijesti
privacy-period-survey-open-answers = Otvoreni odgovori u anketama
privacy-period-closed-requests = Tekstovi zatvorenih zahtjeva službi za pomoć

privacy-erasure-unlinked = Nisu povezani ni s jednim korisničkim računom: uklanjaju se na kraju roka
privacy-erasure-delete = Brišu se
privacy-erasure-pseudonym = Ime i adresa e-pošte zamjenjuju se pseudonimom
privacy-erasure-keep = Čuvaju se za funkciju; ime se briše gdje god je upisano

privacy-data-people = Ime i adresa e-pošte dužnosnika ili službenika
privacy-data-position_holders = Koju je funkciju osoba obnašala i kada
privacy-data-accounts = Korisnički račun: adresa e-pošte, jezik, datum otvaranja
privacy-data-recovery_codes = Kodovi za oporavak za drugi faktor (samo jesu li iskorišteni)
privacy-data-sessions = Sesije: vrijeme prijave i posljednje aktivnosti
privacy-data-known_devices = Preglednici s kojih je obavljena prijava
privacy-data-password_resets = Zahtjevi za poništavanje lozinke
privacy-data-api_tokens = API tokeni: naziv i upotreba
privacy-data-login_attempts = Pokušaji prijave: mrežna adresa i vrijeme
privacy-data-role_grants = Uloge dodijeljene korisničkom računu
privacy-data-invitations = Pozivi: ime i adresa e-pošte pozvane osobe
privacy-data-outbox = E-pošta koju je poslao Mozaik
privacy-data-audit_events = Revizijski događaji: tko je što učinio, prema broju korisničkog računa
privacy-data-notifications = Obavijesti
privacy-data-notification_preferences = Odabir načina obavješćivanja
privacy-data-notices = Obavijesti o razmjeni informacija (sadržaj o povratnicima, zapečaćen)
privacy-data-answer_audiences = Tko je odabrao tko smije vidjeti odgovore općine
privacy-data-study_responses = Odgovori stanovnika u anketama, bez imena
privacy-data-support_requests = Zahtjevi službi za pomoć
privacy-data-support_events = Odgovori i bilješke uz zahtjeve službi za pomoć
privacy-data-experts = Profili stručnjaka: ime, jezici, dnevna naknada
privacy-data-expert_assignments = Angažmani stručnjaka i ocjene
privacy-data-expert_time = Vrijeme koje su evidentirali stručnjaci
privacy-data-fund_applications = Prijave na Fond
privacy-data-fund_reviews = Vrednovanja u Fondu i prijavljeni sukobi interesa
privacy-data-fund_reports = Izvješća o projektima Fonda
privacy-data-practices = Dobre prakse: tko ih je predložio
privacy-data-practice_texts = Tekstovi praksi: tko ih je pregledao
privacy-data-theme_follows = Teme koje osoba prati

privacy-own-title = Moji podaci
privacy-own-link = Moji podaci: pogledajte i preuzmite sve što se čuva o Vama
privacy-own-intro = Ovo je sve što Mozaik čuva o Vama, tablicu po tablicu, onako kako je navedeno u njegovoj evidenciji aktivnosti obrade. Tajni podaci (lozinke, kodovi, zapečaćeni sadržaj obavijesti) nikada se ne prikazuju, čak ni Vama.
privacy-own-erasure = Za brisanje svojih podataka pišite administratorima središta. Ono što ste radili kao nositelj funkcije ostaje pripisano funkciji; Vaše ime i adresa e-pošte posvuda se zamjenjuju pseudonimom.
privacy-download-json = Preuzmi kao JSON

privacy-admin-title = Osobni podaci
privacy-admin-intro = Evidencija aktivnosti obrade, rokovi čuvanja i zahtjevi osoba da vide ili izbrišu svoje podatke. Izjavu o privatnosti koja se generira iz ove evidencije može pročitati svatko:
privacy-requests-title = Zahtjev osobe
privacy-find-person = Pronađite osobu po imenu ili adresi e-pošte
privacy-find = Pronađi
privacy-find-nothing = Nije pronađena nijedna osoba.
privacy-retention-title = Čuvanje
privacy-last-run = Posljednje izvršavanje: { $run }
privacy-never-run = Zadatak za rokove čuvanja još nije izvršen; izvršava se svaki dan u 06:00 UTC.
privacy-save = Spremi
privacy-run-now = Odmah ukloni sve čiji je rok istekao
privacy-records-title = Evidencija aktivnosti obrade
privacy-person-title = Osobni podaci: { $name }
privacy-reference = Broj pisanog zahtjeva
privacy-reference-hint = Broj dopisa ili predmeta, nikada ime: čuva se u revizijskom dnevniku.
privacy-reference-missing = Nedostaje broj pisanog zahtjeva
privacy-show-data = Prikaži podatke
privacy-erase = Izbriši podatke ove osobe
privacy-erase-explain = Brisanje uklanja podatke za prijavu s korisničkih računa osobe, njezine sesije, obavijesti i poštu, a njezino ime i adresu e-pošte zamjenjuje pseudonimom u svakom zapisu i svakom tekstu u koji su upisani. Ono što je radila kao nositelj funkcije ostaje, pripisano funkciji. Ovo se ne može poništiti.
privacy-erase-confirm = Izbrisati osobne podatke osobe { $name }? Njezino ime i adresa e-pošte posvuda će se zamijeniti pseudonimom, a njezini korisnički računi zatvoriti. Ovo se ne može poništiti.
privacy-erased-at = Podaci ove osobe izbrisani su { $when }.
privacy-period-refused = Rok nije spremljen
privacy-period-not-a-number = Unesite broj dana kao cijeli broj.
privacy-period-out-of-range = Odaberite između { $min } i { $max } dana: ta ograničenja utvrđuje evidencija aktivnosti obrade.
flash-retention-period-saved = Rok čuvanja je spremljen.
flash-retention-run = Zadatak za rokove čuvanja je izvršen. Uklonjeni zapisi kojima je istekao rok: { $name }.
flash-person-already-erased = Podaci ove osobe već su izbrisani.
flash-person-erased = Podaci osobe su izbrisani.

privacy-finding-email = adresu e-pošte
privacy-finding-phone = broj telefona
privacy-finding-name = ime osobe iza titule (g., gđa, gđica)
privacy-warning = Čini se da ovaj tekst sadrži { $found }. Privatne osobe navodite imenom samo kada je to potrebno; dužnosnicima i službenicima obraća se preko njihove funkcije. Uklonite to ili označite polje kako biste spremili tekst takav kakav jest.
privacy-warning-confirm = Osobni podaci u ovom tekstu su potrebni
