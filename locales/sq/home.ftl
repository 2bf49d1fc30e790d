## Kryefaqja.

home-intro = Qytetet i njohin drejtpërdrejt shqetësimet e banorëve të tyre. Kjo qendër lidh qytetet e rajonit që parandalojnë urrejtjen, ekstremizmin dhe polarizimin dhe reagojnë ndaj tyre, institucionet kombëtare me të cilat ato bashkëpunojnë, si dhe njerëzit që i mbështesin.
home-figures = Rrjeti në shifra
home-countries = { $count ->
    [one] shtet
   *[other] shtete
}
home-local-governments = { $count ->
    [one] qytet ose bashki
   *[other] qytete dhe bashki
}
home-members = { $count ->
    [one] anëtar i rrjetit
   *[other] anëtarë të rrjetit
}
home-institutions = { $count ->
    [one] institucion
   *[other] institucione
}
home-structures = { $count ->
    [one] strukturë parandalimi
   *[other] struktura parandalimi
}
home-what-you-can-do = Çfarë mund të bëni këtu
home-browse-title = Shfletoni regjistrin
home-browse-text = Nivelet e qeverisjes në secilin shtet, nga rajoni deri te secila bashki, siç janë sot ose siç kanë qenë në çdo datë të mëparshme.
home-search-title = Gjeni një vend ose një institucion
home-search-text = Kërkoni me alfabet latin ose cirilik, me ose pa shenja diakritike: “Куманово” ju çon te Kumanovo dhe “Shkoder” te Shkodër.
home-positions-title = Drejtohuni te zyra e duhur
home-positions-text = Përgjegjësitë u përkasin pozicioneve në institucione, si pika kontaktuese për parandalimin në një bashki, në mënyrë që të mbeten të qëndrueshme edhe kur ndërrohet personi në detyrë.
home-why-title = Pse ekziston kjo qendër
home-why-text = Në punëtorinë përuruese të qendrës, në Sarajevë në shkurt 2023, mbi 70% e pjesëmarrësve deklaruan se qyteti i tyre nuk kishte programet, burimet dhe ekspertizën për të parandaluar ekstremizmin, urrejtjen dhe polarizimin, ose se nuk e dinin nëse i kishte. Qytetet treguan gjithashtu se informacioni ndërmjet nivelit kombëtar dhe atij vendor qarkullon përmes marrëdhënieve personale dhe jo përmes institucioneve. Mozaik e mban këtë pasqyrë të përditësuar dhe i institucionalizon këto kanale.
