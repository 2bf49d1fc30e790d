## The home page.

home-intro = Gradovi iz prve ruke znaju šta muči njihove stanovnike. Ovaj centar povezuje gradove regiona koji sprječavaju mržnju, ekstremizam i polarizaciju i reaguju na njih, državne institucije sa kojima sarađuju i ljude koji ih podržavaju.
home-figures = Mreža u brojevima
home-countries = { $count ->
    [one] država
    [few] države
   *[other] država
}
home-local-governments = { $count ->
    [one] grad ili opština
    [few] grada i opštine
   *[other] gradova i opština
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
home-what-you-can-do = Šta ovdje možete da uradite
home-browse-title = Pregledajte imenik
home-browse-text = Nivoi vlasti svake države ponaosob, od regiona do svake opštine, kakvi su danas ili kakvi su bili na bilo koji dan u prošlosti.
home-search-title = Pronađite mjesto ili instituciju
home-search-text = Pretražujte latinicom ili ćirilicom, sa dijakritičkim znacima ili bez njih: za „Куманово“ dobićete Kumanovo, a za „Shkoder“ Shkodër.
home-positions-title = Obratite se na pravu adresu
home-positions-text = Zaduženja su vezana za funkcije u institucijama, poput opštinske kontakt-osobe za prevenciju, a ne za pojedince, pa ostaju i kada se promijeni osoba na toj funkciji.
home-why-title = Zašto postoji ovaj centar
home-why-text = Na osnivačkoj radionici centra, održanoj u Sarajevu u februaru 2023. godine, više od 70% učesnika izjavilo je da njihovom gradu nedostaju programi, resursi i stručnost za sprječavanje ekstremizma, mržnje i polarizacije ili da ne znaju da li ih grad ima. Gradovi su takođe naveli da informacije između državnog i lokalnog nivoa teku preko ličnih veza, a ne preko institucija. Mozaik tu sliku održava aktuelnom, a te kanale institucionalizuje.
