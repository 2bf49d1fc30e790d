## The home page.

home-intro = Gradovi iz prve ruke znaju što muči njihove stanovnike. Ovo središte povezuje gradove regije koji sprječavaju mržnju, ekstremizam i polarizaciju te reagiraju na njih, državne institucije s kojima surađuju i ljude koji ih podupiru.
home-figures = Mreža u brojkama
home-countries = { $count ->
    [one] država
    [few] države
   *[other] država
}
home-local-governments = { $count ->
    [one] grad ili općina
    [few] grada i općine
   *[other] gradova i općina
}
home-members = { $count ->
    [one] član mreže
    [few] člana mreže
   *[other] članova mreže
}
home-institutions = { $count ->
    [one] institucija
    [few] institucije
   *[other] institucija
}
home-structures = { $count ->
    [one] tijelo za prevenciju
    [few] tijela za prevenciju
   *[other] tijela za prevenciju
}
home-what-you-can-do = Što ovdje možete učiniti
home-browse-title = Pregledajte imenik
home-browse-text = Razine vlasti svake pojedine države, od regije do svake općine, kakve su danas ili kakve su bile na bilo koji dan u prošlosti.
home-search-title = Pronađite mjesto ili instituciju
home-search-text = Pretražujte latinicom ili ćirilicom, s dijakritičkim znakovima ili bez njih: upisom „Куманово“ pronaći ćete Kumanovo, a upisom „Shkoder“ Shkodër.
home-positions-title = Obratite se na pravu adresu
home-positions-text = Zaduženja su vezana uz funkcije u institucijama, poput općinske kontakt-osobe za prevenciju, a ne uz pojedince, pa ostaju i kad se osoba na toj funkciji promijeni.
home-why-title = Zašto postoji ovo središte
home-why-text = Na osnivačkoj radionici središta, održanoj u Sarajevu u veljači 2023., više od 70 % sudionika izjavilo je da njihovu gradu nedostaju programi, resursi i stručnost za sprječavanje ekstremizma, mržnje i polarizacije ili da ne znaju ima li ih grad. Gradovi su također opisali kako informacije između državne i lokalne razine teku preko osobnih veza, a ne preko institucija. Mozaik održava tu sliku ažurnom, a te kanale institucionalizira.
