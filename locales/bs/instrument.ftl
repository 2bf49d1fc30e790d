## Zadani upitnik: „Lokalni kapaciteti i potrebe u oblasti prevencije“.
## Izvori na kojima se zasnivaju pitanja navedeni su u napomenama uz upitnik
## (crates/assess/src/default_instrument.rs).

instrument-title = Lokalni kapaciteti i potrebe u oblasti prevencije
instrument-group-mandate = Mandat i strategija
instrument-group-levels = Saradnja s drugim nivoima vlasti
instrument-group-means = Resursi
instrument-group-structures = Strukture i ljudi
instrument-group-needs = Potrebe

q-mandate = Ima li općina formalni mandat za sprečavanje nasilnog ekstremizma, mržnje i polarizacije (odluku općinskog vijeća, strategiju ili akcioni plan)?
q-national_strategy = Na koji je način općina bila uključena u izradu državne strategije za sprečavanje i suzbijanje nasilnog ekstremizma (P/CVE)?
q-roles_clarity = Koliko je jasno koji je nivo vlasti nadležan za koji zadatak u prevenciji? (1 = nimalo jasno, 5 = potpuno jasno)
q-data_access = Dobija li općina od centralnih organa vlasti podatke i informacije o rizicima koji prijete zajednicama na njenom području?
q-police_sharing = Kako se odvija razmjena informacija između općine, policije i sigurnosnih službi?
q-programmes = Provodi li općina ili finansira programe za sprečavanje nasilnog ekstremizma, mržnje ili polarizacije?
q-budget = Postoji li u općinskom budžetu posebna stavka za prevenciju?
q-budget_amount = Koliko je približno sredstava za prevenciju predviđeno budžetom za ovu godinu (u eurima)?
q-staff_expertise = Ima li općina uposlenike sa stručnim znanjem potrebnim za sprečavanje ekstremizma, mržnje i polarizacije?
q-structure_exists = Postoji li struktura za prevenciju koja okuplja različite aktere (npr. Tim za djelovanje u zajednici ili Vijeće za sigurnost lokalne zajednice)?
q-structure_meets = Koliko se često sastaje?
q-structure_paid = Primaju li njeni članovi naknadu za ovaj rad?
q-youth_engagement = U kojoj su mjeri mladi uključeni u rad općine na prevenciji? (1 = nimalo, 5 = potpuno)
q-trust = Koliko stanovnici vjeruju lokalnim institucijama? (1 = nimalo, 5 = potpuno)
q-priority_needs = Poredajte potrebe općine po važnosti, počevši od najhitnije.
q-support_wanted = Koja bi Vam podrška centra bila od pomoći?
q-comments = Ima li još nešto što bi centar trebao znati?

choice-yes = Da
choice-no = Ne
choice-partly = Djelimično
choice-dont_know = Ne znam
choice-designed = Učestvovala je u izradi
choice-consulted = Bila je konsultovana
choice-informed = Bila je samo obaviještena
choice-not_involved = Nije bila uključena
choice-no_strategy = Državna strategija ne postoji
choice-regular = Redovno, prema dogovorenim procedurama
choice-occasional = Povremeno, na zahtjev
choice-personal = Samo putem ličnih veza
choice-none = Nikako
choice-monthly = Najmanje jednom mjesečno
choice-quarterly = Nekoliko puta godišnje
choice-rarely = Rijetko ili nikada
choice-paid = Primaju naknadu
choice-unpaid = Ne primaju naknadu, rade u svoje slobodno vrijeme
choice-mixed = Neki primaju naknadu, a neki ne
choice-need_training = Obuka uposlenika
choice-need_data = Podaci i informacije o lokalnim rizicima
choice-need_coordination = Jasna podjela nadležnosti i koordinacija s drugim nivoima vlasti
choice-need_funding = Finansijska sredstva
choice-need_youth = Načini da se dopre do mladih
choice-need_psychosocial = Usluge psihosocijalne podrške i reintegracije
choice-need_communication = Komunikacija i kontranarativi
choice-helpdesk = Služba za podršku
choice-expert = Angažovanje stručnjaka
choice-fund = Fond za tehničku podršku
choice-peer_exchange = Razmjena iskustava s drugim gradovima
choice-training = Obuka
choice-likert_1 = 1
choice-likert_2 = 2
choice-likert_3 = 3
choice-likert_4 = 4
choice-likert_5 = 5
