## Procjene: krugovi, popunjavanje, rezultati.

nav-assess = Procjene
assess-title = Procjene kapaciteta i potreba
assess-intro = Svaki grad sam procjenjuje svoje kapacitete i potrebe u oblasti prevencije, u krugovima koji se s vremenom ponavljaju. Rezultati pokazuju centru, nacionalnim vladama i partnerima gdje je potrebna podrška. „Ne znam“ je takođe odgovor i uzima se u obzir.
assess-no-rounds = Još nije otvoren nijedan krug.
assess-round = Krug
assess-opened = Otvoren
assess-deadline = Rok
assess-submitted = Dostavljeno
assess-results = Rezultati
assess-open-title = Otvaranje kruga
assess-round-name = Naziv kruga
assess-countries = Države
assess-countries-hint = Krug se upućuje gradovima koji su članovi mreže u izabranim državama; ako ne izaberete nijednu državu, upućuje se svim članovima.
assess-open-button = Otvori krug
assess-round-name-required = Dajte krugu naziv od najviše 100 znakova, npr. „Početno stanje 2026“.
assess-deadline-future = Rok mora biti datum nakon današnjeg, upisan u formatu YYYY-MM-DD.
assess-no-members = U izabranim državama nema nijednog grada koji je član mreže.
assess-progress = Napredak
assess-municipality = Opština
assess-status-not_started = nije započeto
assess-status-draft = nacrt
assess-status-submitted = dostavljeno
assess-saved = Vaši odgovori su sačuvani.
assess-fix-fields = Neke odgovore treba provjeriti; označeni su u nastavku. Ono što ste unijeli sačuvano je kao nacrt.
assess-reopen = Ponovo otvori radi izmjena
assess-required = obavezno
assess-not-relevant = S obzirom na jedan od prethodnih odgovora, ovo pitanje se ne odnosi na Vas.
assess-rank-hint = Označite potrebe brojevima prema hitnosti, pri čemu 1 označava najhitniju. Potrebe koje se ne odnose na Vas ostavite prazne.
assess-save-draft = Sačuvaj kao nacrt
assess-submit = Dostavi
assess-about-instrument = O ovom upitniku i njegovim izvorima
assess-choice-unknown = Izaberite jedan od ponuđenih odgovora.
assess-rank-invalid = Svaki broj upotrijebite samo jednom, od 1 do ukupnog broja potreba.
assess-number-invalid = Unesite broj jednak nuli ili veći od nule.
assess-text-too-long = Dozvoljeno je najviše 4000 znakova.
assess-answer-required = Na ovo pitanje je potrebno odgovoriti; „Ne znam“ je takođe odgovor.
assess-already-submitted = Ova procjena je već dostavljena. Centar je može ponovo otvoriti radi izmjena.
assess-results-title = Rezultati: { $round }
assess-response-rate = Broj opština koje su dostavile procjenu: { $submitted } od { $invited }.
assess-suppression-note = Da bi se zaštitile opštine koje nijesu izabrale da budu imenovane, podatak koji počiva na manje od { $k } opština prikazan je kao —, uz broj onih koje su odgovorile. Opštine mogu podijeliti odgovore s imenom; gdje sve opštine u koloni dijele s vama, njeni podaci su prikazani.
assess-suppressed = skriveno: manje od { $k } opština
assess-headline-title = Gradovi kojima nedostaju programi, resursi ili stručnost ili koji to ne znaju
assess-headline-definition = Udio opština koje su dostavile procjenu, a koje su na bar jedno od sljedećih pitanja odgovorile „ne“ ili „ne znam“: programi za prevenciju, budžetska stavka za prevenciju, zaposleni sa stručnim znanjem. Na radionici u Sarajevu u februaru 2023. godine više od 70% učesnika izjavilo je to za svoj grad.
assess-answer = Odgovor
assess-answered = Opštine koje su odgovorile
assess-text-count = { $count ->
    [one] { $count } pisani odgovor; pisani odgovori se ne prikazuju u zbirnim podacima.
    [few] { $count } pisana odgovora; pisani odgovori se ne prikazuju u zbirnim podacima.
   *[other] { $count } pisanih odgovora; pisani odgovori se ne prikazuju u zbirnim podacima.
}
assess-median = Medijana: { $median } · ne znam: { $dk }
assess-rank-note = Brojevi pokazuju koliko je puta svaka potreba stavljena na prvo mjesto.
assess-reminder-subject = Podsjetnik: { $round }
assess-reminder-body =
    Krug procjene „{ $round }“ zatvara se { $date }, a Vaša opština još nije dostavila procjenu.

    Nastavite ovdje:
    { $link }
assess-instruments-title = Upitnici
assess-instrument = Upitnik
assess-version = Verzija
assess-imported = { $file } je uvezen kao novi upitnik.
assess-import-warnings = Uvezeno, uz ove napomene:
assess-import-rejected = Obrazac je odbijen i ništa nije sačuvano. Ispravite ove probleme i ponovo ga učitajte:
assess-upload-title = Uvezite XLSForm
assess-upload-explain = Učitajte upitnik u formatu XLSForm (.xlsx) sa listovima survey, choices i settings. Podržana su pitanja select_one, select_multiple, rank, integer, decimal, text i date, grupe, kolone s oznakama za svaki jezik, required i jednostavni izrazi relevant i constraint.
assess-upload-file = Datoteka XLSForm
assess-upload-button = Uvezi
assess-upload-choose = Izaberite datoteku .xlsx za učitavanje.
assess-instruments-link = Upitnici i XLSForm
assess-previous = prethodni krug: { $share }%
assess-csv-question = Pitanje
assess-csv-area = Područje
assess-csv-count = Opštine
assess-csv-share = Udio (%)
assess-csv-codes = šifre
assess-needs-title = Potrebe i tražena podrška
assess-needs-ranked = Prioritetne potrebe, od najhitnije:
assess-support-asked = Podrška tražena od centra:
assess-answers-export = Odgovori svake opštine
assess-map-no-data = nema predaje
assess-map-hidden = skriveno (premalo)
assess-map-lacks = nedostaju programi, sredstva ili stručnost, ili ne zna
assess-map-has = ima programe, sredstva i stručnost
assess-boundaries-title = Granice za karte
assess-boundaries-explain = Učitajte granice u formatu GeoJSON. Svaki objekat se povezuje s mjestom prema ISO 3166-2 šifri ili prema nazivu u njegovoj državi; objekti bez podudaranja, ili s više podudaranja, navode se i izostavljaju.
assess-upload-file-geojson = Datoteka GeoJSON
assess-boundaries-matched = { $count ->
    [one] { $count } objekat je povezan s mjestom.
    [few] { $count } objekta su povezana s mjestima.
   *[other] { $count } objekata je povezano s mjestima.
}
assess-boundaries-unmatched = Izostavljeno:
assess-date-invalid = Unesite datum u obliku YYYY-MM-DD.
flash-assess-saved = Vaši odgovori su sačuvani kao nacrt. Pošaljite ih kada budu potpuni.
flash-assess-submitted = Procjena je poslata centru. Hvala; sada se računa u rezultatima.
flash-assess-reopened = Predaja je ponovo otvorena; opština je obaviještena da može mijenjati odgovore.
flash-assess-round-opened = Krug je otvoren; kontakt osobe opština su obaviještene.
audience-hub = Samo centar
audience-hub-explained = naši imenovani odgovori ostaju između nas i centra; ostali vide samo zbirne podatke za više opština.
audience-national = Centar i naši nacionalni koordinatori
audience-national-explained = nacionalni koordinatori naše zemlje vide naše odgovore s imenom, u rezultatima i na pregledu zemlje.
audience-partners = Centar, nacionalni koordinatori i partneri
audience-partners-explained = i partneri centra (donatori i međunarodne organizacije s nalogom) ih vide s imenom.
audience-public = Svi
audience-public-explained = naši odgovori se objavljuju s imenom u rezultatima, pregledima i otvorenim podacima.
assess-audience-title = Ko može vidjeti naše odgovore s imenom
assess-audience-chosen = Izabrao/la { $who }, { $when }.
assess-audience-standing-note = Ovo je stalni izbor opštine.
assess-audience-default = Ništa nije izabrano: odgovori ostaju kod centra.
assess-audience-question = Ko može vidjeti naše imenovane odgovore u ovom krugu?
assess-audience-standing = Neka ovo bude naš izbor i za naredne krugove
assess-audience-save = Sačuvaj izbor
flash-assess-audience = Sačuvano: { $name } sada može vidjeti ove odgovore s imenom. Izbor je zabilježen i može se promijeniti u svakom trenutku.
assess-hidden-cell = skriveno: { $base } je odgovorilo ovdje, potrebno { $k }
assess-own-column = Kolona „{ $name }“ prikazuje odgovore vaše opštine pored zemlje i regiona.
assess-own-open = Otvorite svoje odgovore
assess-own-chosen = odgovor vaše opštine
assess-named-title = Opštine koje s vama dijele svoje odgovore
assess-named-intro = Svaka opština je izabrala ko može vidjeti njene odgovore s imenom; otvorite jednu da ih pročitate sve.
assess-named-place = Opština
assess-map-other = Druge karte:
assess-xlsform-place-code = Šifra opštine (kao u imeniku Mozaika, na primjer MK-703)
assess-boundaries-country = Država koju datoteka crta
assess-boundaries-country-features = Kako je imenuje svaki element
assess-time-invalid = Unesite vrijeme kao SS:MM.
assess-datetime-invalid = Unesite datum i vrijeme.
assess-geopoint-invalid = Unesite geografsku širinu i dužinu u stepenima, odvojene razmakom (na primjer 42.0 21.4).
assess-geopoint-hint = Geografska širina i dužina u stepenima, odvojene razmakom, na primjer 42.0 21.4.
assess-range-invalid = Unesite broj unutar raspona koji pitanje daje.
assess-constraint-unmet = Ovaj odgovor je van onoga što pitanje prihvata.
assess-acknowledge = Potvrđeno
assess-fill-progress = Dato { $answered } od { $required } obaveznih odgovora
assess-unanswered = Bez odgovora
assess-instrument-default = Upitnik o kapacitetima i potrebama (podrazumijevani)
assess-instrument-unknown = Izaberite jedan od navedenih upitnika.
assess-file-current = Sačuvana datoteka:
assess-file-upload = Učitaj
assess-file-hint = Do { $mb } MB. Datoteka se čuva čim se učita; ostatak obrasca se čuva sopstvenim dugmadima.
flash-assess-file-kept = Datoteka je sačuvana uz vaše odgovore.
flash-assess-file-refused = Datoteka nije sačuvana: izaberite datoteku vrste koju pitanje traži, do 8 MB.
flash-assess-file-not-asked = Datoteka nije sačuvana: prema sačuvanim odgovorima, ovo pitanje se ne primjenjuje ili se ne može mijenjati. Prvo sačuvajte odgovore.
assess-entry-heading = { $repeat } — unos { $number }
assess-entry-add = Dodaj unos: { $repeat }
assess-entry-remove = Ukloni ovaj unos
