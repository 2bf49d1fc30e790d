## The home page.

home-intro = Gradovi iz prve ruke znaju šta brine njihove građane. Ova mreža povezuje gradove regiona koji sprečavaju mržnju, ekstremizam i polarizaciju i reaguju na njih, nacionalne institucije sa kojima sarađuju i ljude koji ih podržavaju.
home-figures = Mreža u brojkama
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
    [one] članica mreže
    [few] članice mreže
   *[other] članica mreže
}
home-institutions = { $count ->
    [one] institucija
    [few] institucije
   *[other] institucija
}
home-structures = { $count ->
    [one] telo za prevenciju
    [few] tela za prevenciju
   *[other] tela za prevenciju
}
home-what-you-can-do = Šta ovde možete da uradite
home-browse-title = Pregledajte imenik
home-browse-text = Nivoi vlasti svake države, od regiona do svake pojedinačne opštine, onakvi kakvi su danas ili kakvi su bili na bilo koji dan u prošlosti.
home-search-title = Pronađite mesto ili instituciju
home-search-text = Pretražujte latinicom ili ćirilicom, sa dijakritičkim znacima ili bez njih: „Куманово“ pronalazi Kumanovo, a „Shkoder“ pronalazi Shkodër.
home-positions-title = Obratite se pravoj službi
home-positions-text = Zaduženja su vezana za funkcije u institucijama (na primer, kontakt-osoba za prevenciju u opštini), a ne za pojedince, pa ostaju na snazi i kada se ljudi na tim funkcijama promene.
home-why-title = Zašto ova mreža postoji
home-why-text = Na osnivačkoj radionici mreže, održanoj u Sarajevu u februaru 2023. godine, više od 70% učesnika izjavilo je da njihov grad nema programe, resurse i stručna znanja za sprečavanje ekstremizma, mržnje i polarizacije ili da ne znaju da li ih ima. Gradovi su takođe ukazali na to da informacije između nacionalnog i lokalnog nivoa teku kroz lične odnose, a ne kroz institucije. Mozaik održava tu sliku ažurnom i te kanale čini institucionalnim.
