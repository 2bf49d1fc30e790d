## The home page.

home-intro = Cities know their residents' concerns first-hand. This hub connects the cities of the region that prevent and respond to hate, extremism and polarisation, the national institutions they work with, and the people who support them.
home-figures = The network in figures
home-countries = { $count ->
    [one] country
   *[other] countries
}
home-local-governments = { $count ->
    [one] city or municipality
   *[other] cities and municipalities
}
home-members = { $count ->
    [one] member of the network
   *[other] members of the network
}
home-institutions = { $count ->
    [one] institution
   *[other] institutions
}
home-structures = { $count ->
    [one] prevention structure
   *[other] prevention structures
}
home-what-you-can-do = What you can do here
home-browse-title = Browse the directory
home-browse-text = Every country's own levels of government, from the region down to each municipality, as they are today or as they were on any past date.
home-search-title = Find a place or an institution
home-search-text = Search in Latin or Cyrillic, with or without accents: “Куманово” finds Kumanovo and “Shkoder” finds Shkodër.
home-positions-title = Reach the right office
home-positions-text = Responsibilities belong to positions in institutions, such as a municipality's prevention focal point, so that they outlast any one person in the job.
home-why-title = Why this hub exists
home-why-text = At the hub's inaugural workshop in Sarajevo in February 2023, over 70% of participants said their city lacked the programmes, resources and expertise to prevent extremism, hate and polarisation, or did not know whether it had them. Cities also told how information between national and local levels flows through personal relationships rather than institutions. Mozaik keeps that picture current and makes those channels institutional.
