## La page d'accueil.

home-intro = Les villes connaissent de première main les préoccupations de leurs habitants. Ce pôle réunit les villes de la région qui préviennent la haine, l'extrémisme et la polarisation et y apportent une réponse, les institutions nationales avec lesquelles elles travaillent, ainsi que les personnes qui les accompagnent.
home-figures = Le réseau en chiffres
home-countries = { $count ->
    [one] pays
   *[other] pays
}
home-local-governments = { $count ->
    [one] ville ou commune
   *[other] villes et communes
}
home-members = { $count ->
    [one] membre du réseau
   *[other] membres du réseau
}
home-institutions = { $count ->
    [one] institution
   *[other] institutions
}
home-structures = { $count ->
    [one] structure de prévention
   *[other] structures de prévention
}
home-what-you-can-do = Ce que vous pouvez faire ici
home-browse-title = Parcourir l'annuaire
home-browse-text = Les niveaux d'administration propres à chaque pays, de la région jusqu'à chaque commune, tels qu'ils sont aujourd'hui ou tels qu'ils étaient à toute date antérieure.
home-search-title = Trouver un lieu ou une institution
home-search-text = Recherchez en alphabet latin ou cyrillique, avec ou sans accents : « Куманово » trouve Kumanovo et « Shkoder » trouve Shkodër.
home-positions-title = Joindre le bon service
home-positions-text = Les responsabilités sont attachées à des postes au sein des institutions, comme le point focal pour la prévention d'une commune, afin qu'elles perdurent au-delà de la personne qui occupe le poste.
home-why-title = La raison d'être de ce pôle
home-why-text = Lors de l'atelier inaugural du pôle, à Sarajevo en février 2023, plus de 70 % des participants ont déclaré que leur ville ne disposait pas des programmes, des ressources et de l'expertise nécessaires pour prévenir l'extrémisme, la haine et la polarisation, ou qu'ils ne savaient pas si elle en disposait. Les villes ont également expliqué que l'information circule entre les niveaux national et local par le biais de relations personnelles plutôt que par les voies institutionnelles. Mozaik tient cet état des lieux à jour et institutionnalise ces canaux.
