## Lični podaci: izjava o privatnosti, evidencija obrade, podaci o osobi, brisanje i čuvanje.

nav-privacy = Lični podaci
privacy-title = Izjava o privatnosti
privacy-intro = Mozaikom upravlja regionalni centar za općine, državne koordinatore i partnere koji sprječavaju mržnju, ekstremizam i polarizaciju. Ova izjava navodi koje lične podatke Mozaik čuva, zašto, na kojem pravnom osnovu, ko ih vidi i koliko dugo se čuvaju. Generiše se iz istih deklaracija koje softver provodi.
privacy-rights = Sve što Mozaik čuva o Vama možete vidjeti i preuzeti sa svog korisničkog računa (Račun → Moji podaci). Da bi Vaši podaci bili ispravljeni ili izbrisani, pišite administratorima centra: oni postupaju po pisanom zahtjevu, a ono što ste radili kao nosilac funkcije ostaje pripisano funkciji, a ne Vašem imenu.
privacy-col-data = Podaci
privacy-col-purpose = Svrha
privacy-col-basis = Pravni osnov
privacy-col-seen-by = Ko vidi
privacy-col-kept = Rok čuvanja
privacy-col-table = Tabela
privacy-col-erasure = Pri brisanju
privacy-col-kind = Vrsta zapisa
privacy-col-days = Dani čuvanja
privacy-col-limits = Dozvoljeni raspon (dani)

privacy-category-officials = Zvaničnici u imeniku
privacy-category-signin = Korisnički računi i prijava
privacy-category-mail = Poruke i obavještenja
privacy-category-support = Služba za podršku, stručnjaci i Fond
privacy-category-sharing = Razmjena informacija
privacy-category-surveys = Ankete među stanovnicima
privacy-category-knowledge = Dobre prakse
privacy-category-audit = Revizijski dnevnik

privacy-basis-public-task = Zadatak od javnog interesa
privacy-basis-legitimate-interest = Legitimni interes
privacy-basis-legal-obligation = Zakonska obaveza
privacy-basis-consent = Saglasnost

privacy-purpose-directory = Pronalaženje prave službe: ko obavlja koju funkciju u općini ili instituciji
privacy-purpose-accounts = Dodjeljivanje osobama uloga koje pripadaju njihovim funkcijama
privacy-purpose-security = Zaštita korisničkih računa: prijava, drugi faktor, sprječavanje pogađanja lozinki
privacy-purpose-mail = Obavještavanje osoba o onome što ih čeka, putem e-maila i u Mozaiku
privacy-purpose-support = Odgovaranje na zahtjeve općina i upravljanje Fondom
privacy-purpose-experts = Povezivanje stručnjaka sa zahtjevima i projektima
privacy-purpose-sharing = Prenošenje obavještenja između državnih i lokalnih službi u skladu s njihovim pravnim osnovom
privacy-purpose-surveys = Mjerenje otpornosti zajednice bez identifikovanja bilo koga
privacy-purpose-assess = Bilježenje ko je odlučio ko smije vidjeti odgovore općine
privacy-purpose-knowledge = Objavljivanje dobrih praksi uz podatak ko ih je predložio i pregledao
privacy-purpose-audit = Prikaz ko je šta uradio, kako bi se svaka promjena mogla provjeriti

privacy-seen-officials = Prijavljeni zvaničnici centra, države i općine
privacy-seen-admins = Administratori centra
privacy-seen-nobody = Niko: koristi ih samo softver za sprječavanje pogađanja lozinki
privacy-seen-self = Samo ta osoba
privacy-seen-positions = Funkcije koje učestvuju u obavještenju
privacy-seen-hub-municipality = Centar i općina o kojoj je riječ
privacy-seen-study-owners = Nosioci studije u općini; svi ostali vide brojke samo za grupe od najmanje deset osoba
privacy-seen-hub = Osoblje centra
privacy-seen-public = Svi (objavljene prakse ne navode nijednu osobu; samo se interno zna ko ih je pregledao)

privacy-while-position = Dok osoba obavlja funkciju, a zatim do brisanja na zahtjev
privacy-while-account = Dok korisnički račun postoji
privacy-while-instance = Koliko i zapis kojem pripadaju; ime osobe briše se na zahtjev
privacy-while-notice = Do isteka obavještenja: tada se njegov sadržaj uklanja
privacy-while-expert = Dok je stručnjak u bazi stručnjaka

privacy-days = { $count ->
    [one] { $count } dan
    [few] { $count } dana
   *[other] { $count } dana
}
privacy-retention-sessions = { $days } nakon završetka sesije
privacy-retention-known-devices = { $days } nakon posljednjeg korištenja preglednika
privacy-retention-password-resets = { $days } nakon isteka linka
privacy-retention-signin-addresses = { $days } nakon pokušaja
privacy-retention-invitations = { $days } nakon što je poziv istekao neiskorišten
privacy-retention-sent-mail = { $days } nakon isporuke poruke
privacy-retention-read-notifications = { $days } nakon što je obavještenje pročitano
privacy-retention-survey-open-answers = Otvoreni odgovori: { $days } nakon posljednjeg uvoza u studiju (njenog izvještaja)
privacy-retention-closed-requests = Tekstovi zatvorenog zahtjeva: { $days } nakon zatvaranja

privacy-period-sessions = Završene sesije
privacy-period-known-devices = Poznati preglednici
privacy-period-password-resets = Linkovi za poništavanje lozinke
privacy-period-signin-addresses = Pokušaji prijave i mrežne adrese
privacy-period-invitations = Neiskorišteni pozivi
privacy-period-sent-mail = Isporučeni e-mailovi
privacy-period-read-notifications = Pročitana obavještenja
privacy-period-survey-open-answers = Otvoreni odgovori u anketama
privacy-period-closed-requests = Tekstovi zatvorenih zahtjeva službi za podršku

privacy-erasure-unlinked = Nisu povezani ni sa jednim korisničkim računom: uklanjaju se na kraju roka
privacy-erasure-delete = Brišu se
privacy-erasure-pseudonym = Ime i e-mail zamjenjuju se pseudonimom
privacy-erasure-keep = Čuvaju se za funkciju; ime se briše gdje god je upisano

privacy-data-people = Ime i e-mail adresa zvaničnika
privacy-data-position_holders = Koju je funkciju osoba obavljala i kada
privacy-data-accounts = Korisnički račun: e-mail, jezik, datum otvaranja
privacy-data-recovery_codes = Kodovi za oporavak za drugi faktor (samo da li su iskorišteni)
privacy-data-sessions = Sesije: vrijeme prijave i posljednje aktivnosti
privacy-data-known_devices = Preglednici s kojih je vršena prijava
privacy-data-password_resets = Zahtjevi za poništavanje lozinke
privacy-data-api_tokens = API tokeni: naziv i upotreba
privacy-data-login_attempts = Pokušaji prijave: mrežna adresa i vrijeme
privacy-data-role_grants = Uloge dodijeljene korisničkom računu
privacy-data-invitations = Pozivi: ime i e-mail pozvane osobe
privacy-data-outbox = E-mailovi koje je poslao Mozaik
privacy-data-audit_events = Revizijski događaji: ko je šta uradio, prema broju korisničkog računa
privacy-data-notifications = Obavještenja
privacy-data-notification_preferences = Izbor načina obavještavanja
privacy-data-notices = Obavještenja o razmjeni informacija (sadržaj o povratnicima, zapečaćen)
privacy-data-answer_audiences = Ko je odabrao ko smije vidjeti odgovore općine
privacy-data-study_responses = Odgovori stanovnika u anketama, bez imena
privacy-data-support_requests = Zahtjevi službi za podršku
privacy-data-support_events = Odgovori i bilješke uz zahtjeve službi za podršku
privacy-data-experts = Profili stručnjaka: ime, jezici, dnevna naknada
privacy-data-expert_assignments = Angažmani stručnjaka i ocjene
privacy-data-expert_time = Vrijeme koje su evidentirali stručnjaci
privacy-data-fund_applications = Prijave na Fond
privacy-data-fund_reviews = Evaluacije u Fondu i prijavljeni sukobi interesa
privacy-data-fund_reports = Izvještaji o projektima Fonda
privacy-data-practices = Dobre prakse: ko ih je predložio
privacy-data-practice_texts = Tekstovi praksi: ko ih je pregledao
privacy-data-theme_follows = Teme koje osoba prati

privacy-own-title = Moji podaci
privacy-own-link = Moji podaci: pogledajte i preuzmite sve što se čuva o Vama
privacy-own-intro = Ovo je sve što Mozaik čuva o Vama, tabelu po tabelu, onako kako je navedeno u njegovoj evidenciji obrade. Tajni podaci (lozinke, kodovi, zapečaćeni sadržaj obavještenja) nikada se ne prikazuju, čak ni Vama.
privacy-own-erasure = Da bi Vaši podaci bili izbrisani, pišite administratorima centra. Ono što ste radili kao nosilac funkcije ostaje pripisano funkciji; Vaše ime i e-mail svuda se zamjenjuju pseudonimom.
privacy-download-json = Preuzmi kao JSON

privacy-admin-title = Lični podaci
privacy-admin-intro = Evidencija obrade, rokovi čuvanja i zahtjevi osoba da vide ili izbrišu svoje podatke. Izjavu o privatnosti koja se generiše iz ove evidencije može pročitati svako:
privacy-requests-title = Zahtjev osobe
privacy-find-person = Pronađite osobu po imenu ili e-mail adresi
privacy-find = Pronađi
privacy-find-nothing = Nije pronađena nijedna osoba.
privacy-retention-title = Čuvanje
privacy-last-run = Posljednje izvršavanje: { $run }
privacy-never-run = Zadatak za rokove čuvanja još nije izvršen; izvršava se svaki dan u 06:00 UTC.
privacy-save = Sačuvaj
privacy-run-now = Odmah ukloni sve čiji je rok istekao
privacy-records-title = Evidencija obrade
privacy-person-title = Lični podaci: { $name }
privacy-reference = Broj pisanog zahtjeva
privacy-reference-hint = Broj dopisa ili predmeta, nikada ime: čuva se u revizijskom dnevniku.
privacy-reference-missing = Nedostaje broj pisanog zahtjeva
privacy-show-data = Prikaži podatke
privacy-erase = Izbriši podatke ove osobe
privacy-erase-explain = Brisanje uklanja podatke za prijavu s korisničkih računa osobe, njene sesije, obavještenja i poštu, a njeno ime i e-mail zamjenjuje pseudonimom u svakom zapisu i svakom tekstu u koji su upisani. Ono što je radila kao nosilac funkcije ostaje, pripisano funkciji. Ovo se ne može poništiti.
privacy-erase-confirm = Izbrisati lične podatke osobe { $name }? Njeno ime i e-mail svuda će biti zamijenjeni pseudonimom, a njeni korisnički računi zatvoreni. Ovo se ne može poništiti.
privacy-erased-at = Podaci ove osobe izbrisani su { $when }.
privacy-period-refused = Rok nije sačuvan
privacy-period-not-a-number = Unesite broj dana kao cijeli broj.
privacy-period-out-of-range = Odaberite između { $min } i { $max } dana: ta ograničenja utvrđuje evidencija obrade.
flash-retention-period-saved = Rok čuvanja je sačuvan.
flash-retention-run = Zadatak za rokove čuvanja je izvršen. Uklonjeni zapisi kojima je istekao rok: { $name }.
flash-person-already-erased = Podaci ove osobe već su izbrisani.
flash-person-erased = Podaci osobe su izbrisani.

privacy-finding-email = e-mail adresu
privacy-finding-phone = broj telefona
privacy-finding-name = ime osobe iza titule (g., gđa, gđica)
privacy-warning = Izgleda da ovaj tekst sadrži { $found }. Privatne osobe navodite imenom samo kada je to potrebno; zvaničnicima se obraća preko njihove funkcije. Uklonite to ili označite polje da biste sačuvali tekst takav kakav je.
privacy-warning-confirm = Lični podaci u ovom tekstu su potrebni
