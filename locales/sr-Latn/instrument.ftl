## Podrazumevani upitnik: „Lokalni kapaciteti i potrebe u oblasti prevencije“.
## Izvori na kojima se zasnivaju pitanja navedeni su u napomenama uz upitnik
## (crates/assess/src/default_instrument.rs).

instrument-title = Lokalni kapaciteti i potrebe u oblasti prevencije
instrument-group-mandate = Mandat i strategija
instrument-group-levels = Saradnja sa drugim nivoima vlasti
instrument-group-means = Resursi
instrument-group-structures = Tela i ljudi
instrument-group-needs = Potrebe

q-mandate = Da li lokalna samouprava ima formalni mandat za sprečavanje nasilnog ekstremizma, mržnje i polarizacije (odluku skupštine opštine ili grada, strategiju ili akcioni plan)?
q-national_strategy = Na koji način je lokalna samouprava bila uključena u izradu nacionalne strategije za sprečavanje i suzbijanje nasilnog ekstremizma (P/CVE)?
q-roles_clarity = Koliko je jasno koji nivo vlasti je nadležan za koji zadatak u prevenciji? (1 = nimalo jasno, 5 = potpuno jasno)
q-data_access = Da li lokalna samouprava od republičkih organa dobija podatke i informacije o rizicima za zajednice na svojoj teritoriji?
q-police_sharing = Kako se odvija razmena informacija između lokalne samouprave, policije i službi bezbednosti?
q-programmes = Da li lokalna samouprava sprovodi ili finansira programe za sprečavanje nasilnog ekstremizma, mržnje ili polarizacije?
q-budget = Da li u budžetu lokalne samouprave postoji posebna stavka za prevenciju?
q-budget_amount = Koliko je približno sredstava za prevenciju planirano budžetom za ovu godinu (u evrima)?
q-staff_expertise = Da li lokalna samouprava ima zaposlene sa stručnim znanjem potrebnim za sprečavanje ekstremizma, mržnje i polarizacije?
q-structure_exists = Da li postoji telo za prevenciju koje okuplja različite aktere (na primer Tim za akciju u zajednici ili Savet za bezbednost lokalne zajednice)?
q-structure_meets = Koliko često se sastaje?
q-structure_paid = Da li njegovi članovi primaju naknadu za taj rad?
q-youth_engagement = U kojoj meri su mladi uključeni u rad lokalne samouprave na prevenciji? (1 = nimalo, 5 = potpuno)
q-trust = Koliko građani veruju lokalnim institucijama? (1 = nimalo, 5 = potpuno)
q-priority_needs = Poređajte potrebe lokalne samouprave po važnosti, počevši od najhitnije.
q-support_wanted = Koja podrška mreže bi Vam bila od pomoći?
q-comments = Da li postoji još nešto što bi mreža trebalo da zna?

choice-yes = Da
choice-no = Ne
choice-partly = Delimično
choice-dont_know = Ne znam
choice-designed = Učestvovala je u izradi
choice-consulted = Bila je konsultovana
choice-informed = Bila je samo obaveštena
choice-not_involved = Nije bila uključena
choice-no_strategy = Nacionalna strategija ne postoji
choice-regular = Redovno, po dogovorenim procedurama
choice-occasional = Povremeno, na zahtev
choice-personal = Samo kroz lične odnose
choice-none = Nikako
choice-monthly = Najmanje jednom mesečno
choice-quarterly = Nekoliko puta godišnje
choice-rarely = Retko ili nikad
choice-paid = Primaju naknadu
choice-unpaid = Ne primaju naknadu, rade u svoje slobodno vreme
choice-mixed = Neki primaju naknadu, a neki ne
choice-need_training = Obuka zaposlenih
choice-need_data = Podaci i informacije o lokalnim rizicima
choice-need_coordination = Jasna podela nadležnosti i koordinacija sa drugim nivoima vlasti
choice-need_funding = Finansijska sredstva
choice-need_youth = Načini da se dopre do mladih
choice-need_psychosocial = Usluge psihosocijalne podrške i reintegracije
choice-need_communication = Komunikacija i kontranarativi
choice-helpdesk = Služba za podršku
choice-expert = Angažovanje stručnjaka
choice-fund = Fond za tehničku podršku
choice-peer_exchange = Razmena iskustava sa drugim gradovima
choice-training = Obuka
choice-likert_1 = 1
choice-likert_2 = 2
choice-likert_3 = 3
choice-likert_4 = 4
choice-likert_5 = 5
