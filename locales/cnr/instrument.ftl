## Podrazumijevani upitnik: „Lokalni kapaciteti i potrebe u oblasti prevencije“.
## Izvori na kojima se zasnivaju pitanja navedeni su u napomenama uz upitnik
## (crates/assess/src/default_instrument.rs).

instrument-title = Lokalni kapaciteti i potrebe u oblasti prevencije
instrument-group-mandate = Mandat i strategija
instrument-group-levels = Saradnja sa drugim nivoima vlasti
instrument-group-means = Resursi
instrument-group-structures = Strukture i ljudi
instrument-group-needs = Potrebe

q-mandate = Da li opština ima formalni mandat za sprječavanje nasilnog ekstremizma, mržnje i polarizacije (odluku skupštine opštine, strategiju ili akcioni plan)?
q-national_strategy = Na koji je način opština bila uključena u izradu nacionalne strategije za sprječavanje i suzbijanje nasilnog ekstremizma (P/CVE)?
q-roles_clarity = Koliko je jasno koji je nivo vlasti nadležan za koji zadatak u prevenciji? (1 = nimalo jasno, 5 = potpuno jasno)
q-data_access = Da li opština od organa centralne vlasti dobija podatke i informacije o rizicima za zajednice na svojoj teritoriji?
q-police_sharing = Kako se odvija razmjena informacija između opštine, policije i bezbjednosnih službi?
q-programmes = Da li opština sprovodi ili finansira programe za sprječavanje nasilnog ekstremizma, mržnje ili polarizacije?
q-budget = Da li u opštinskom budžetu postoji posebna stavka za prevenciju?
q-budget_amount = Koliko je približno sredstava za prevenciju planirano budžetom za ovu godinu (u eurima)?
q-staff_expertise = Da li opština ima zaposlene sa stručnim znanjem potrebnim za sprječavanje ekstremizma, mržnje i polarizacije?
q-structure_exists = Da li postoji struktura za prevenciju koja okuplja različite aktere (npr. Tim za djelovanje u zajednici ili Savjet za bezbjednost)?
q-structure_meets = Koliko se često sastaje?
q-structure_paid = Da li njeni članovi primaju naknadu za taj rad?
q-youth_engagement = U kojoj su mjeri mladi uključeni u rad opštine na prevenciji? (1 = nimalo, 5 = potpuno)
q-trust = Koliko građani vjeruju lokalnim institucijama? (1 = nimalo, 5 = potpuno)
q-priority_needs = Poređajte potrebe opštine po važnosti, počevši od najhitnije.
q-support_wanted = Koja bi Vam podrška centra bila od pomoći?
q-comments = Da li postoji još nešto što bi centar trebalo da zna?

choice-yes = Da
choice-no = Ne
choice-partly = Djelimično
choice-dont_know = Ne znam
choice-designed = Učestvovala je u izradi
choice-consulted = Bila je konsultovana
choice-informed = Bila je samo obaviještena
choice-not_involved = Nije bila uključena
choice-no_strategy = Nacionalna strategija ne postoji
choice-regular = Redovno, po dogovorenim procedurama
choice-occasional = Povremeno, na zahtjev
choice-personal = Samo preko ličnih veza
choice-none = Nikako
choice-monthly = Najmanje jednom mjesečno
choice-quarterly = Nekoliko puta godišnje
choice-rarely = Rijetko ili nikad
choice-paid = Primaju naknadu
choice-unpaid = Ne primaju naknadu, rade u svoje slobodno vrijeme
choice-mixed = Neki primaju naknadu, a neki ne
choice-need_training = Obuka zaposlenih
choice-need_data = Podaci i informacije o lokalnim rizicima
choice-need_coordination = Jasna podjela nadležnosti i koordinacija sa drugim nivoima vlasti
choice-need_funding = Finansijska sredstva
choice-need_youth = Načini da se dopre do mladih
choice-need_psychosocial = Usluge psihosocijalne podrške i reintegracije
choice-need_communication = Komunikacija i kontranarativi
choice-helpdesk = Služba za podršku
choice-expert = Angažovanje stručnjaka
choice-fund = Fond za tehničku podršku
choice-peer_exchange = Razmjena iskustava sa drugim gradovima
choice-training = Obuka
choice-likert_1 = 1
choice-likert_2 = 2
choice-likert_3 = 3
choice-likert_4 = 4
choice-likert_5 = 5
