## Zadani upitnik: „Lokalni kapaciteti i potrebe u području prevencije“.
## Izvori na kojima se temelje pitanja navedeni su u napomenama uz upitnik
## (crates/assess/src/default_instrument.rs).

instrument-title = Lokalni kapaciteti i potrebe u području prevencije
instrument-group-mandate = Mandat i strategija
instrument-group-levels = Suradnja s drugim razinama vlasti
instrument-group-means = Resursi
instrument-group-structures = Tijela i ljudi
instrument-group-needs = Potrebe

q-mandate = Ima li općina formalni mandat za sprječavanje nasilnog ekstremizma, mržnje i polarizacije (odluku općinskog vijeća, strategiju ili akcijski plan)?
q-national_strategy = Na koji je način općina bila uključena u izradu nacionalne strategije za sprječavanje i suzbijanje nasilnog ekstremizma (P/CVE)?
q-roles_clarity = Koliko je jasno koja je razina vlasti nadležna za koju zadaću u prevenciji? (1 = nimalo jasno, 5 = potpuno jasno)
q-data_access = Prima li općina od tijela središnje državne vlasti podatke i informacije o rizicima za zajednice na svojem području?
q-police_sharing = Kako se odvija razmjena informacija između općine, policije i sigurnosnih službi?
q-programmes = Provodi li općina ili financira programe za sprječavanje nasilnog ekstremizma, mržnje ili polarizacije?
q-budget = Postoji li u općinskom proračunu posebna stavka za prevenciju?
q-budget_amount = Koliko je otprilike sredstava za prevenciju predviđeno proračunom za ovu godinu (u eurima)?
q-staff_expertise = Ima li općina zaposlenike sa stručnim znanjem potrebnim za sprječavanje ekstremizma, mržnje i polarizacije?
q-structure_exists = Postoji li tijelo za prevenciju koje okuplja različite dionike (primjerice Tim za djelovanje u zajednici ili Vijeće za sigurnost)?
q-structure_meets = Koliko se često sastaje?
q-structure_paid = Primaju li njegovi članovi naknadu za taj rad?
q-youth_engagement = U kojoj su mjeri mladi uključeni u rad općine na prevenciji? (1 = nimalo, 5 = u potpunosti)
q-trust = Koliko stanovnici vjeruju lokalnim institucijama? (1 = nimalo, 5 = u potpunosti)
q-priority_needs = Poredajte potrebe općine po važnosti, počevši od najhitnije.
q-support_wanted = Koja bi Vam potpora središta bila od pomoći?
q-comments = Postoji li još nešto što bi središte trebalo znati?

choice-yes = Da
choice-no = Ne
choice-partly = Djelomično
choice-dont_know = Ne znam
choice-designed = Sudjelovala je u izradi
choice-consulted = Bila je konzultirana
choice-informed = Bila je samo obaviještena
choice-not_involved = Nije bila uključena
choice-no_strategy = Nacionalna strategija ne postoji
choice-regular = Redovito, prema dogovorenim postupcima
choice-occasional = Povremeno, na zahtjev
choice-personal = Samo preko osobnih veza
choice-none = Nikako
choice-monthly = Najmanje jednom mjesečno
choice-quarterly = Nekoliko puta godišnje
choice-rarely = Rijetko ili nikad
choice-paid = Primaju naknadu
choice-unpaid = Ne primaju naknadu, rade u svoje slobodno vrijeme
choice-mixed = Neki primaju naknadu, a neki ne
choice-need_training = Izobrazba zaposlenika
choice-need_data = Podaci i informacije o lokalnim rizicima
choice-need_coordination = Jasna podjela nadležnosti i koordinacija s drugim razinama vlasti
choice-need_funding = Financijska sredstva
choice-need_youth = Načini da se dopre do mladih
choice-need_psychosocial = Usluge psihosocijalne podrške i reintegracije
choice-need_communication = Komunikacija i protunarativi
choice-helpdesk = Služba za podršku
choice-expert = Angažiranje stručnjaka
choice-fund = Fond za tehničku potporu
choice-peer_exchange = Razmjena iskustava s drugim gradovima
choice-training = Izobrazba
choice-likert_1 = 1
choice-likert_2 = 2
choice-likert_3 = 3
choice-likert_4 = 4
choice-likert_5 = 5
