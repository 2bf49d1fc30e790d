## Podaci o ličnosti: izjava o privatnosti, evidencija radnji obrade, podaci o osobi, brisanje i čuvanje.

nav-privacy = Podaci o ličnosti
privacy-title = Izjava o privatnosti
privacy-intro = Mozaikom upravlja regionalna mreža za opštine, nacionalne koordinatore i partnere koji sprečavaju mržnju, ekstremizam i polarizaciju. Ova izjava navodi koje podatke o ličnosti Mozaik čuva, zašto, na kom pravnom osnovu, ko ih vidi i koliko dugo se čuvaju. Generiše se iz istih deklaracija koje softver sprovodi.
privacy-rights = Sve što Mozaik čuva o Vama možete da vidite i preuzmete sa svog korisničkog naloga (Nalog → Moji podaci). Da bi Vaši podaci bili ispravljeni ili izbrisani, pišite administratorima mreže: oni postupaju po pisanom zahtevu, a ono što ste radili kao nosilac funkcije ostaje pripisano funkciji, a ne Vašem imenu.
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
privacy-category-signin = Korisnički nalozi i prijava
privacy-category-mail = Poruke i obaveštenja
privacy-category-support = Služba za podršku, stručnjaci i Fond
privacy-category-sharing = Razmena informacija
privacy-category-surveys = Ankete među stanovnicima
privacy-category-knowledge = Dobre prakse
privacy-category-audit = Dnevnik revizije

privacy-basis-public-task = Poslovi u javnom interesu
privacy-basis-legitimate-interest = Legitimni interes
privacy-basis-legal-obligation = Pravna obaveza
privacy-basis-consent = Pristanak

privacy-purpose-directory = Pronalaženje prave službe: ko obavlja koju funkciju u opštini ili instituciji
privacy-purpose-accounts = Dodeljivanje osobama uloga koje pripadaju njihovim funkcijama
privacy-purpose-security = Zaštita korisničkih naloga: prijava, drugi faktor, sprečavanje pogađanja lozinki
privacy-purpose-mail = Obaveštavanje osoba o onome što ih čeka, e-poštom i u Mozaiku
privacy-purpose-support = Odgovaranje na zahteve opština i upravljanje Fondom
privacy-purpose-experts = Povezivanje stručnjaka sa zahtevima i projektima
privacy-purpose-sharing = Prenošenje obaveštenja između državnih i lokalnih službi u skladu sa njihovim pravnim osnovom
privacy-purpose-surveys = Merenje otpornosti zajednice bez identifikovanja bilo koga
privacy-purpose-assess = Beleženje ko je odlučio ko sme da vidi odgovore opštine
privacy-purpose-knowledge = Objavljivanje dobrih praksi uz podatak ko ih je predložio i pregledao
privacy-purpose-audit = Prikaz ko je šta uradio, kako bi svaka promena mogla da se proveri

privacy-seen-officials = Prijavljeni zvaničnici mreže, države i opštine
privacy-seen-admins = Administratori mreže
privacy-seen-nobody = Niko: koristi ih samo softver za sprečavanje pogađanja lozinki
privacy-seen-self = Samo ta osoba
privacy-seen-positions = Funkcije koje učestvuju u obaveštenju
privacy-seen-hub-municipality = Mreža i opština o kojoj je reč
privacy-seen-study-owners = Nosioci studije u opštini; svi ostali vide brojke samo za grupe od najmanje deset osoba
privacy-seen-hub = Osoblje mreže
privacy-seen-public = Svi (objavljene prakse ne navode nijednu osobu; samo se interno zna ko ih je pregledao)

privacy-while-position = Dok osoba obavlja funkciju, a zatim do brisanja na zahtev
privacy-while-account = Dok korisnički nalog postoji
privacy-while-instance = Koliko i zapis kojem pripadaju; ime osobe briše se na zahtev
privacy-while-notice = Do isteka obaveštenja: tada se njegov sadržaj uklanja
privacy-while-expert = Dok je stručnjak u bazi stručnjaka

privacy-days = { $count ->
    [one] { $count } dan
    [few] { $count } dana
   *[other] { $count } dana
}
privacy-retention-sessions = { $days } nakon završetka sesije
privacy-retention-known-devices = { $days } nakon poslednjeg korišćenja pregledača
privacy-retention-password-resets = { $days } nakon isteka linka
privacy-retention-signin-addresses = { $days } nakon pokušaja
privacy-retention-invitations = { $days } nakon što je poziv istekao neiskorišćen
privacy-retention-sent-mail = { $days } nakon isporuke poruke
privacy-retention-read-notifications = { $days } nakon što je obaveštenje pročitano
privacy-retention-survey-open-answers = Otvoreni odgovori: { $days } nakon poslednjeg uvoza u studiju (njenog izveštaja)
privacy-retention-closed-requests = Tekstovi zatvorenog zahteva: { $days } nakon zatvaranja

privacy-period-sessions = Završene sesije
privacy-period-known-devices = Poznati pregledači
privacy-period-password-resets = Linkovi za poništavanje lozinke
privacy-period-signin-addresses = Pokušaji prijave i mrežne adrese
privacy-period-invitations = Neiskorišćeni pozivi
privacy-period-sent-mail = Isporučena e-pošta
privacy-period-read-notifications = Pročitana obaveštenja
privacy-period-survey-open-answers = Otvoreni odgovori u anketama
privacy-period-closed-requests = Tekstovi zatvorenih zahteva službi za podršku

privacy-erasure-unlinked = Nisu povezani ni sa jednim korisničkim nalogom: uklanjaju se na kraju roka
privacy-erasure-delete = Brišu se
privacy-erasure-pseudonym = Ime i adresa e-pošte zamenjuju se pseudonimom
privacy-erasure-keep = Čuvaju se za funkciju; ime se briše gde god je upisano

privacy-data-people = Ime i adresa e-pošte zvaničnika
privacy-data-position_holders = Koju je funkciju osoba obavljala i kada
privacy-data-accounts = Korisnički nalog: adresa e-pošte, jezik, datum otvaranja
privacy-data-recovery_codes = Kodovi za oporavak za drugi faktor (samo da li su iskorišćeni)
privacy-data-sessions = Sesije: vreme prijave i poslednje aktivnosti
privacy-data-known_devices = Pregledači sa kojih je vršena prijava
privacy-data-password_resets = Zahtevi za poništavanje lozinke
privacy-data-api_tokens = API tokeni: naziv i upotreba
privacy-data-login_attempts = Pokušaji prijave: mrežna adresa i vreme
privacy-data-role_grants = Uloge dodeljene korisničkom nalogu
privacy-data-invitations = Pozivi: ime i adresa e-pošte pozvane osobe
privacy-data-outbox = E-pošta koju je poslao Mozaik
privacy-data-audit_events = Događaji revizije: ko je šta uradio, prema broju korisničkog naloga
privacy-data-notifications = Obaveštenja
privacy-data-notification_preferences = Izbor načina obaveštavanja
privacy-data-notices = Obaveštenja o razmeni informacija (sadržaj o povratnicima, zapečaćen)
privacy-data-answer_audiences = Ko je izabrao ko sme da vidi odgovore opštine
privacy-data-study_responses = Odgovori stanovnika u anketama, bez imena
privacy-data-support_requests = Zahtevi službi za podršku
privacy-data-support_events = Odgovori i beleške uz zahteve službi za podršku
privacy-data-experts = Profili stručnjaka: ime, jezici, dnevna naknada
privacy-data-expert_assignments = Angažmani stručnjaka i ocene
privacy-data-expert_time = Vreme koje su evidentirali stručnjaci
privacy-data-fund_applications = Prijave na Fond
privacy-data-fund_reviews = Evaluacije u Fondu i prijavljeni sukobi interesa
privacy-data-fund_reports = Izveštaji o projektima Fonda
privacy-data-practices = Dobre prakse: ko ih je predložio
privacy-data-practice_texts = Tekstovi praksi: ko ih je pregledao
privacy-data-theme_follows = Teme koje osoba prati

privacy-own-title = Moji podaci
privacy-own-link = Moji podaci: pogledajte i preuzmite sve što se čuva o Vama
privacy-own-intro = Ovo je sve što Mozaik čuva o Vama, tabelu po tabelu, onako kako je navedeno u njegovoj evidenciji radnji obrade. Tajni podaci (lozinke, kodovi, zapečaćeni sadržaj obaveštenja) nikada se ne prikazuju, čak ni Vama.
privacy-own-erasure = Da bi Vaši podaci bili izbrisani, pišite administratorima mreže. Ono što ste radili kao nosilac funkcije ostaje pripisano funkciji; Vaše ime i adresa e-pošte svuda se zamenjuju pseudonimom.
privacy-download-json = Preuzmi kao JSON

privacy-admin-title = Podaci o ličnosti
privacy-admin-intro = Evidencija radnji obrade, rokovi čuvanja i zahtevi osoba da vide ili izbrišu svoje podatke. Izjavu o privatnosti koja se generiše iz ove evidencije može da pročita svako:
privacy-requests-title = Zahtev osobe
privacy-find-person = Pronađite osobu po imenu ili adresi e-pošte
privacy-find = Pronađi
privacy-find-nothing = Nije pronađena nijedna osoba.
privacy-retention-title = Čuvanje
privacy-last-run = Poslednje izvršavanje: { $run }
privacy-never-run = Zadatak za rokove čuvanja još nije izvršen; izvršava se svakog dana u 06:00 UTC.
privacy-save = Sačuvaj
privacy-run-now = Odmah ukloni sve čiji je rok istekao
privacy-records-title = Evidencija radnji obrade
privacy-person-title = Podaci o ličnosti: { $name }
privacy-reference = Broj pisanog zahteva
privacy-reference-hint = Broj dopisa ili predmeta, nikada ime: čuva se u dnevniku revizije.
privacy-reference-missing = Nedostaje broj pisanog zahteva
privacy-show-data = Prikaži podatke
privacy-erase = Izbriši podatke ove osobe
privacy-erase-explain = Brisanje uklanja podatke za prijavu sa korisničkih naloga osobe, njene sesije, obaveštenja i poštu, a njeno ime i adresu e-pošte zamenjuje pseudonimom u svakom zapisu i svakom tekstu u koji su upisani. Ono što je radila kao nosilac funkcije ostaje, pripisano funkciji. Ovo ne može da se poništi.
privacy-erase-confirm = Izbrisati podatke o ličnosti osobe { $name }? Njeno ime i adresa e-pošte svuda će biti zamenjeni pseudonimom, a njeni korisnički nalozi zatvoreni. Ovo ne može da se poništi.
privacy-erased-at = Podaci ove osobe izbrisani su { $when }.
privacy-period-refused = Rok nije sačuvan
privacy-period-not-a-number = Unesite broj dana kao ceo broj.
privacy-period-out-of-range = Izaberite između { $min } i { $max } dana: ta ograničenja utvrđuje evidencija radnji obrade.
flash-retention-period-saved = Rok čuvanja je sačuvan.
flash-retention-run = Zadatak za rokove čuvanja je izvršen. Uklonjeni zapisi kojima je istekao rok: { $name }.
flash-person-already-erased = Podaci ove osobe već su izbrisani.
flash-person-erased = Podaci osobe su izbrisani.

privacy-finding-email = adresu e-pošte
privacy-finding-phone = broj telefona
privacy-finding-name = ime osobe posle titule (g., gđa, gđica)
privacy-warning = Izgleda da ovaj tekst sadrži { $found }. Privatne osobe navodite imenom samo kada je to potrebno; zvaničnicima se obraća preko njihove funkcije. Uklonite to ili označite polje da biste sačuvali tekst takav kakav je.
privacy-warning-confirm = Podaci o ličnosti u ovom tekstu su potrebni
