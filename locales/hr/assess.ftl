## Procjene: krugovi, ispunjavanje, rezultati.

nav-assess = Procjene
assess-title = Procjene kapaciteta i potreba
assess-intro = Svaki grad sam procjenjuje svoje kapacitete i potrebe u području prevencije, u krugovima koji se s vremenom ponavljaju. Rezultati središtu, nacionalnim vladama i partnerima pokazuju gdje je potrebna potpora. „Ne znam“ također je odgovor i uzima se u obzir.
assess-no-rounds = Još nije otvoren nijedan krug.
assess-round = Krug
assess-opened = Otvoren
assess-deadline = Rok
assess-submitted = Predano
assess-results = Rezultati
assess-open-title = Otvaranje kruga
assess-round-name = Naziv kruga
assess-countries = Države
assess-countries-hint = Krug se upućuje gradovima koji su članovi mreže u odabranim državama; ako ne odaberete nijednu državu, upućuje se svim članovima.
assess-open-button = Otvori krug
assess-round-name-required = Dajte krugu naziv od najviše 100 znakova, primjerice „Početno stanje 2026“.
assess-deadline-future = Rok mora biti datum nakon današnjeg, upisan u obliku YYYY-MM-DD.
assess-no-members = U odabranim državama nema nijednoga grada koji je član mreže.
assess-progress = Napredak
assess-municipality = Općina
assess-status-not_started = nije započeto
assess-status-draft = nacrt
assess-status-submitted = predano
assess-saved = Vaši su odgovori spremljeni.
assess-fix-fields = Neke odgovore treba provjeriti; označeni su u nastavku. Ono što ste unijeli spremljeno je kao nacrt.
assess-reopen = Ponovno otvori radi izmjena
assess-required = obvezno
assess-not-relevant = S obzirom na jedan od prethodnih odgovora, ovo se pitanje ne odnosi na Vas.
assess-rank-hint = Označite potrebe brojevima prema hitnosti, pri čemu 1 označava najhitniju. Potrebe koje se ne odnose na Vas ostavite praznima.
assess-save-draft = Spremi kao nacrt
assess-submit = Predaj
assess-about-instrument = O ovom upitniku i njegovim izvorima
assess-choice-unknown = Odaberite jedan od ponuđenih odgovora.
assess-rank-invalid = Svaki broj upotrijebite samo jednom, od 1 do ukupnog broja potreba.
assess-number-invalid = Unesite broj jednak nuli ili veći od nule.
assess-text-too-long = Dopušteno je najviše 4000 znakova.
assess-answer-required = Na ovo je pitanje potrebno odgovoriti; „Ne znam“ također je odgovor.
assess-already-submitted = Ova je procjena već predana. Središte je može ponovno otvoriti radi izmjena.
assess-results-title = Rezultati: { $round }
assess-response-rate = Broj općina koje su predale procjenu: { $submitted } od { $invited }.
assess-suppression-note = Kako bi se zaštitile općine koje nisu odabrale biti imenovane, podatak koji počiva na manje od { $k } općina prikazan je kao —, uz broj onih koje su odgovorile. Općine mogu podijeliti odgovore s imenom; gdje sve općine u stupcu dijele s vama, njegovi su podaci prikazani.
assess-suppressed = skriveno: manje od { $k } općina
assess-headline-title = Gradovi kojima nedostaju programi, resursi ili stručnost ili koji to ne znaju
assess-headline-definition = Udio općina koje su predale procjenu, a koje su na barem jedno od sljedećih pitanja odgovorile „ne“ ili „ne znam“: programi za prevenciju, proračunska stavka za prevenciju, zaposlenici sa stručnim znanjem. Na radionici u Sarajevu u veljači 2023. više od 70 % sudionika izjavilo je to za svoj grad.
assess-answer = Odgovor
assess-answered = Općine koje su odgovorile
assess-text-count = { $count ->
    [one] { $count } pisani odgovor; pisani se odgovori ne prikazuju u zbirnim podacima.
    [few] { $count } pisana odgovora; pisani se odgovori ne prikazuju u zbirnim podacima.
   *[other] { $count } pisanih odgovora; pisani se odgovori ne prikazuju u zbirnim podacima.
}
assess-median = Medijan: { $median } · ne znam: { $dk }
assess-rank-note = Brojevi pokazuju koliko je puta pojedina potreba stavljena na prvo mjesto.
assess-reminder-subject = Podsjetnik: { $round }
assess-reminder-body =
    Krug procjene „{ $round }“ zatvara se { $date }, a Vaša općina još nije predala procjenu.

    Nastavite ovdje:
    { $link }
assess-instruments-title = Upitnici
assess-instrument = Upitnik
assess-version = Inačica
assess-imported = { $file } uvezen je kao novi upitnik.
assess-import-warnings = Uvezeno, uz ove napomene:
assess-import-rejected = Obrazac je odbijen i ništa nije spremljeno. Ispravite ove probleme i ponovno ga učitajte:
assess-upload-title = Uvezite XLSForm
assess-upload-explain = Učitajte upitnik u formatu XLSForm (.xlsx) s listovima survey, choices i settings. Podržana su pitanja select_one, select_multiple, rank, integer, decimal, text i date, grupe, stupci s oznakama za svaki jezik, required te jednostavni izrazi relevant i constraint.
assess-upload-file = Datoteka XLSForm
assess-upload-button = Uvezi
assess-upload-choose = Odaberite datoteku .xlsx za učitavanje.
assess-instruments-link = Upitnici i XLSForm
assess-previous = prethodni krug: { $share } %
assess-csv-question = Pitanje
assess-csv-area = Područje
assess-csv-count = Općine
assess-csv-share = Udio (%)
assess-csv-codes = šifre
assess-needs-title = Potrebe i zatražena potpora
assess-needs-ranked = Prioritetne potrebe, od najhitnije:
assess-support-asked = Potpora zatražena od središta:
assess-answers-export = Odgovori svake općine
assess-map-no-data = nema predaje
assess-map-hidden = skriveno (premalo)
assess-map-lacks = nedostaju programi, sredstva ili stručnost, ili ne zna
assess-map-has = ima programe, sredstva i stručnost
assess-boundaries-title = Granice za karte
assess-boundaries-explain = Učitajte granice u formatu GeoJSON. Svaki se objekt povezuje s mjestom prema ISO 3166-2 šifri ili prema nazivu u njegovoj državi; objekti bez podudaranja, ili s više podudaranja, navode se i izostavljaju.
assess-upload-file-geojson = Datoteka GeoJSON
assess-boundaries-matched = { $count ->
    [one] { $count } objekt povezan je s mjestom.
    [few] { $count } objekta povezana su s mjestima.
   *[other] { $count } objekata povezano je s mjestima.
}
assess-boundaries-unmatched = Izostavljeno:
assess-date-invalid = Unesite datum u obliku YYYY-MM-DD.
flash-assess-saved = Vaši su odgovori spremljeni kao nacrt. Pošaljite ih kada budu potpuni.
flash-assess-submitted = Procjena je poslana središtu. Hvala; sada se računa u rezultatima.
flash-assess-reopened = Predaja je ponovno otvorena; općina je obaviještena da može mijenjati odgovore.
flash-assess-round-opened = Krug je otvoren; kontaktne osobe općina su obaviještene.
audience-hub = Samo centar
audience-hub-explained = naši imenovani odgovori ostaju između nas i centra; ostali vide samo zbirne podatke za više općina.
audience-national = Centar i naši nacionalni koordinatori
audience-national-explained = nacionalni koordinatori naše zemlje vide naše odgovore s imenom, u rezultatima i na pregledu zemlje.
audience-partners = Centar, nacionalni koordinatori i partneri
audience-partners-explained = i partneri centra (donatori i međunarodne organizacije s računom) ih vide s imenom.
audience-public = Svi
audience-public-explained = naši se odgovori objavljuju s imenom u rezultatima, pregledima i otvorenim podacima.
assess-audience-title = Tko može vidjeti naše odgovore s imenom
assess-audience-chosen = Odabrao/la { $who }, { $when }.
assess-audience-standing-note = Ovo je stalni izbor općine.
assess-audience-default = Ništa nije odabrano: odgovori ostaju kod centra.
assess-audience-question = Tko može vidjeti naše imenovane odgovore u ovom krugu?
assess-audience-standing = Neka ovo bude naš izbor i za sljedeće krugove
assess-audience-save = Spremi izbor
flash-assess-audience = Spremljeno: { $name } sada može vidjeti ove odgovore s imenom. Izbor je zabilježen i može se promijeniti u svakom trenutku.
assess-hidden-cell = skriveno: { $base } je odgovorilo ovdje, potrebno { $k }
assess-own-column = Stupac „{ $name }“ prikazuje odgovore vaše općine pored zemlje i regije.
assess-own-open = Otvorite svoje odgovore
assess-own-chosen = odgovor vaše općine
assess-named-title = Općine koje s vama dijele svoje odgovore
assess-named-intro = Svaka je općina odabrala tko može vidjeti njezine odgovore s imenom; otvorite jednu da ih pročitate sve.
assess-named-place = Općina
assess-map-other = Druge karte:
assess-xlsform-place-code = Šifra općine (kao u imeniku Mozaika, na primjer MK-703)
assess-boundaries-country = Država koju datoteka crta
assess-boundaries-country-features = Kako je imenuje svaki element
assess-time-invalid = Unesite vrijeme kao SS:MM.
assess-datetime-invalid = Unesite datum i vrijeme.
assess-geopoint-invalid = Unesite geografsku širinu i dužinu u stupnjevima, odvojene razmakom (na primjer 42.0 21.4).
assess-geopoint-hint = Geografska širina i dužina u stupnjevima, odvojene razmakom, na primjer 42.0 21.4.
assess-range-invalid = Unesite broj unutar raspona koji pitanje zadaje.
assess-constraint-unmet = Ovaj je odgovor izvan onoga što pitanje prihvaća.
assess-acknowledge = Potvrđeno
assess-fill-progress = Dano { $answered } od { $required } obveznih odgovora
assess-unanswered = Bez odgovora
assess-instrument-default = Upitnik o kapacitetima i potrebama (zadani)
assess-instrument-unknown = Odaberite jedan od navedenih upitnika.
assess-file-current = Spremljena datoteka:
assess-file-upload = Učitaj
assess-file-hint = Do { $mb } MB. Datoteka se sprema čim se učita; ostatak obrasca sprema se vlastitim gumbima.
flash-assess-file-kept = Datoteka je spremljena uz vaše odgovore.
flash-assess-file-refused = Datoteka nije spremljena: odaberite datoteku vrste koju pitanje traži, do 8 MB.
flash-assess-file-not-asked = Datoteka nije spremljena: prema spremljenim odgovorima, ovo se pitanje ne primjenjuje ili se ne može mijenjati. Najprije spremite odgovore.
assess-entry-heading = { $repeat } — unos { $number }
assess-entry-add = Dodaj unos: { $repeat }
assess-entry-remove = Ukloni ovaj unos
