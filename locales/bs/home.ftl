## The home page.

home-intro = Gradovi iz prve ruke znaju šta muči njihove stanovnike. Ovaj centar povezuje gradove regije koji sprečavaju mržnju, ekstremizam i polarizaciju i reaguju na njih, državne institucije s kojima sarađuju i ljude koji ih podržavaju.
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
    [one] struktura za prevenciju
    [few] strukture za prevenciju
   *[other] struktura za prevenciju
}
home-what-you-can-do = Šta ovdje možete raditi
home-browse-title = Pregledajte imenik
home-browse-text = Nivoi vlasti svojstveni svakoj državi, od regije do svake pojedinačne općine, onakvi kakvi su danas ili kakvi su bili na bilo koji dan u prošlosti.
home-search-title = Pronađite mjesto ili instituciju
home-search-text = Pretražujte latinicom ili ćirilicom, s dijakritičkim znakovima ili bez njih: za „Куманово“ dobit ćete Kumanovo, a za „Shkoder“ Shkodër.
home-positions-title = Obratite se na pravu adresu
home-positions-text = Zaduženja su vezana za funkcije u institucijama, poput općinske kontakt-osobe za prevenciju, a ne za pojedince, pa ostaju i kada se osoba na toj funkciji promijeni.
home-why-title = Zašto postoji ovaj centar
home-why-text = Na osnivačkoj radionici centra, održanoj u Sarajevu u februaru 2023. godine, više od 70% učesnika izjavilo je da njihovom gradu nedostaju programi, resursi i stručno znanje za sprečavanje ekstremizma, mržnje i polarizacije ili da ne znaju ima li ih grad. Gradovi su također naveli da informacije između državnog i lokalnog nivoa teku putem ličnih veza, a ne kroz institucije. Mozaik tu sliku održava ažurnom, a te kanale institucionalizuje.
