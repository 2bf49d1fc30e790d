## Vlerësimet: ciklet, plotësimi, rezultatet.

nav-assess = Vlerësimet
assess-title = Vlerësimet e kapaciteteve dhe nevojave
assess-intro = Çdo qytet vlerëson vetë kapacitetet dhe nevojat e veta për parandalimin, në cikle të njëpasnjëshme. Rezultatet u tregojnë qendrës, qeverive kombëtare dhe partnerëve se ku nevojitet mbështetje. “Nuk e di” është përgjigje dhe numërohet si e tillë.
assess-no-rounds = Ende nuk është hapur asnjë cikël.
assess-round = Cikli
assess-opened = Hapur më
assess-deadline = Afati
assess-submitted = Të dorëzuara
assess-results = Rezultatet
assess-open-title = Hapni një cikël
assess-round-name = Emri i ciklit
assess-countries = Shtetet
assess-countries-hint = Cikli u drejtohet qyteteve anëtare të rrjetit në shtetet e zgjedhura; nëse nuk zgjidhni asnjë shtet, ai u drejtohet të gjithë anëtarëve.
assess-open-button = Hap ciklin
assess-round-name-required = Jepini ciklit një emër me jo më shumë se 100 karaktere, si p.sh. “Gjendja fillestare 2026”.
assess-deadline-future = Afati duhet të jetë një datë pas ditës së sotme, e shkruar në formatin YYYY-MM-DD.
assess-no-members = Në shtetet e zgjedhura nuk ka asnjë qytet anëtar.
assess-progress = Ecuria
assess-municipality = Bashkia
assess-status-not_started = pa filluar
assess-status-draft = në hartim
assess-status-submitted = i dorëzuar
assess-saved = Përgjigjet tuaja u ruajtën.
assess-fix-fields = Disa përgjigje kërkojnë vëmendjen tuaj; ato janë shënuar më poshtë. Ajo që keni shkruar ruhet si draft.
assess-reopen = Rihap për ndryshime
assess-required = e detyrueshme
assess-not-relevant = Kjo pyetje nuk vlen, duke pasur parasysh një përgjigje të mëparshme.
assess-rank-hint = Numërtoni nevojat sipas radhës, me 1 për më urgjenten. Nevojat që nuk ju përkasin lërini bosh.
assess-save-draft = Ruaj si draft
assess-submit = Dorëzo
assess-about-instrument = Rreth këtij pyetësori dhe burimeve të tij
assess-choice-unknown = Zgjidhni njërën nga përgjigjet e renditura.
assess-rank-invalid = Përdoreni secilin numër vetëm një herë, nga 1 deri te numri i nevojave.
assess-number-invalid = Shkruani një numër, zero ose më të madh.
assess-text-too-long = Jo më shumë se 4000 karaktere.
assess-answer-required = Kjo pyetje kërkon përgjigje; edhe “Nuk e di” është përgjigje.
assess-already-submitted = Ky vlerësim është dorëzuar tashmë. Qendra mund ta rihapë për ndryshime.
assess-results-title = Rezultatet: { $round }
assess-response-rate = { $submitted } nga { $invited } bashki e kanë dorëzuar vlerësimin.
assess-suppression-note = Për të mbrojtur bashkitë që nuk zgjodhën të emërtohen, një shifër që mbështetet në më pak se { $k } bashki shfaqet si —, me numrin e atyre që u përgjigjën. Bashkitë mund t’i ndajnë përgjigjet me emër; kur të gjitha bashkitë e një kolone i ndajnë me ju, shifrat e saj shfaqen.
assess-suppressed = e fshehur: më pak se { $k } bashki
assess-headline-title = Qytete që nuk kanë programe, burime ose ekspertizë, ose që nuk e dinë
assess-headline-definition = Përqindja e bashkive që kanë dorëzuar vlerësimin dhe që janë përgjigjur “jo” ose “nuk e di” për të paktën njërën nga këto: programe parandalimi, zë buxhetor për parandalimin, punonjës me ekspertizën e nevojshme. Në punëtorinë e Sarajevës në shkurt 2023, mbi 70% e pjesëmarrësve e thanë këtë për qytetin e tyre.
assess-answer = Përgjigjja
assess-answered = Bashki që janë përgjigjur
assess-text-count = { $count ->
    [one] { $count } përgjigje me shkrim; përgjigjet me shkrim nuk shfaqen në të dhënat e përmbledhura.
   *[other] { $count } përgjigje me shkrim; përgjigjet me shkrim nuk shfaqen në të dhënat e përmbledhura.
}
assess-median = Mediana: { $median } · nuk e di: { $dk }
assess-rank-note = Numrat tregojnë sa herë është renditur secila nevojë në vendin e parë.
assess-reminder-subject = Kujtesë: { $round }
assess-reminder-body =
    Cikli i vlerësimit “{ $round }” mbyllet më { $date }, ndërsa bashkia juaj ende nuk e ka dorëzuar vlerësimin.

    Vazhdoni këtu:
    { $link }
assess-instruments-title = Pyetësorët
assess-instrument = Pyetësori
assess-version = Versioni
assess-imported = { $file } u importua si pyetësor i ri.
assess-import-warnings = U importua, me këto vërejtje:
assess-import-rejected = Formulari u refuzua dhe asgjë nuk u ruajt. Korrigjoni këto probleme dhe ngarkojeni përsëri:
assess-upload-title = Importoni një XLSForm
assess-upload-explain = Ngarkoni një pyetësor në formatin XLSForm (.xlsx) me fletët survey, choices dhe settings. Mbështeten: pyetjet select_one, select_multiple, rank, integer, decimal, text dhe date, grupet, kolonat e etiketave për çdo gjuhë, required, si dhe shprehjet e thjeshta relevant dhe constraint.
assess-upload-file = Skedari XLSForm
assess-upload-button = Importoni
assess-upload-choose = Zgjidhni një skedar .xlsx për ta ngarkuar.
assess-instruments-link = Pyetësorët dhe XLSForm
assess-previous = raundi i mëparshëm: { $share }%
assess-csv-question = Pyetja
assess-csv-area = Zona
assess-csv-count = Bashki
assess-csv-share = Pjesa (%)
assess-csv-codes = kode
assess-needs-title = Nevojat dhe mbështetja e kërkuar
assess-needs-ranked = Nevojat prioritare, nga më e ngutshmja:
assess-support-asked = Mbështetja e kërkuar nga qendra:
assess-answers-export = Përgjigjet e secilës bashki
assess-map-no-data = asnjë dorëzim
assess-map-hidden = e fshehur (shumë pak)
assess-map-lacks = i mungojnë programet, burimet ose ekspertiza, ose nuk e di
assess-map-has = ka programe, burime dhe ekspertizë
assess-boundaries-title = Kufijtë për hartat
assess-boundaries-explain = Ngarkoni kufijtë në formatin GeoJSON. Çdo objekt lidhet me një vend sipas kodit ISO 3166-2 ose sipas emrit brenda shtetit të tij; objektet pa përputhje, ose me disa përputhje, renditen dhe lihen jashtë.
assess-upload-file-geojson = Skedari GeoJSON
assess-boundaries-matched = { $count ->
    [one] { $count } objekt u lidh me një vend.
   *[other] { $count } objekte u lidhën me vende.
}
assess-boundaries-unmatched = Të lëna jashtë:
assess-date-invalid = Shkruani një datë në formatin YYYY-MM-DD.
flash-assess-saved = Përgjigjet tuaja u ruajtën si draft. Dorëzojini kur të jenë të plota.
flash-assess-submitted = Vlerësimi iu dorëzua qendrës. Faleminderit; tani llogaritet në rezultate.
flash-assess-reopened = Dorëzimi u rihap; bashkia njoftohet se mund t'i ndryshojë përgjigjet.
flash-assess-round-opened = Raundi u hap; pikat fokale të bashkive njoftohen.
audience-hub = Vetëm qendra
audience-hub-explained = përgjigjet tona me emër mbeten mes nesh dhe qendrës; të tjerët shohin vetëm shifra për shumë bashki së bashku.
audience-national = Qendra dhe koordinatorët tanë kombëtarë
audience-national-explained = koordinatorët kombëtarë të vendit tonë shohin përgjigjet tona me emër, në rezultate dhe në panelin e vendit.
audience-partners = Qendra, koordinatorët kombëtarë dhe partnerët
audience-partners-explained = edhe partnerët e qendrës (donatorë dhe organizata ndërkombëtare me llogari) i shohin me emër.
audience-public = Të gjithë
audience-public-explained = përgjigjet tona publikohen me emër në rezultate, panele dhe të dhëna të hapura.
assess-audience-title = Kush mund t’i shohë përgjigjet tona me emër
assess-audience-chosen = Zgjedhur nga { $who } më { $when }.
assess-audience-standing-note = Kjo është zgjedhja e përhershme e bashkisë.
assess-audience-default = Nuk është zgjedhur asgjë: përgjigjet mbeten te qendra.
assess-audience-question = Kush mund t’i shohë përgjigjet tona me emër për këtë raund?
assess-audience-standing = Bëjeni këtë zgjedhjen tonë edhe për raundet e mëvonshme
assess-audience-save = Ruani zgjedhjen
flash-assess-audience = U ruajt: { $name } tani mund t’i shohë këto përgjigje me emër. Zgjedhja regjistrohet dhe mund të ndryshohet në çdo kohë.
assess-hidden-cell = fshehur: { $base } u përgjigjën këtu, nevojiten { $k }
assess-own-column = Kolona “{ $name }” tregon përgjigjet e bashkisë suaj pranë vendit dhe rajonit.
assess-own-open = Hapni përgjigjet tuaja
assess-own-chosen = përgjigjja e bashkisë suaj
assess-named-title = Bashkitë që ndajnë përgjigjet me ju
assess-named-intro = Çdo bashki zgjodhi kush mund t’i shohë përgjigjet e saj me emër; hapni një për t’i lexuar të gjitha.
assess-named-place = Bashkia
assess-map-other = Harta të tjera:
assess-xlsform-place-code = Kodi i komunës (si në drejtorinë e Mozaik, për shembull MK-703)
assess-boundaries-country = Vendi që vizaton skedari
assess-boundaries-country-features = Siç e emërton çdo element
