## L'annuaire : lieux, institutions, postes, structures.

directory-breadcrumb = Situation de ce lieu
directory-as-of = Situation au
directory-show = Afficher
directory-back-to-today = Revenir à aujourd'hui
directory-bad-date = La date doit être saisie au format YYYY-MM-DD, par exemple 2023-02-08.
directory-countries = Pays
directory-below = Subdivisions
directory-local-governments = { $count ->
    [one] collectivité locale
   *[other] collectivités locales
}
directory-network-members = { $count ->
    [one] membre du réseau
   *[other] membres du réseau
}
directory-local-governments-count = { $count ->
    [one] { $count } collectivité locale
   *[other] { $count } collectivités locales
}
directory-network-members-count = { $count ->
    [one] { $count } membre du réseau
   *[other] { $count } membres du réseau
}
directory-member = membre
directory-member-since = Membre de { $hub } depuis le { $date }
directory-institutions = Institutions
directory-no-institutions = Aucune institution n'est encore enregistrée ici.
directory-website = site web
directory-held-since = pourvu depuis le { $date }
directory-vacant = vacant
directory-deputies = { $count ->
    [one] { $count } adjoint
   *[other] { $count } adjoints
}
directory-names-private = Les postes relèvent des institutions ; le nom des personnes qui les occupent n'est visible que par les utilisateurs connectés dont le rôle s'étend à ce lieu.
directory-structures = Structures de prévention
directory-no-structures = Aucune structure de prévention n'est encore enregistrée ici.
directory-established = en place depuis le { $date }
directory-members-of = Membres de la structure
directory-role = Rôle
directory-position = Poste
directory-institution = Institution
directory-about-record = À propos de cette fiche
directory-code = Code
directory-source = Source
directory-empty-title = L'annuaire est vide
directory-empty-message = Aucun lieu n'a encore été chargé. Un administrateur peut charger les lieux de référence avec la commande « mozaik init ».
directory-search-title = Rechercher dans l'annuaire
directory-search-results-for = Résultats pour « { $query } »
directory-search-label = Lieu ou institution
directory-search-hint = Écrivez en latin ou en cyrillique, avec ou sans accents : « Куманово », « Kumanovo » et « kumanovo » trouvent le même lieu, et « Chashka » trouve Čaška. Le nom d’un lieu trouve aussi ses institutions, et un type (« police », « école ») les institutions de ce type.
directory-places-found = { $count ->
    [one] { $count } lieu
   *[other] { $count } lieux
}
directory-institutions-found = { $count ->
    [one] { $count } institution
   *[other] { $count } institutions
}
directory-download-places = Télécharger tous les lieux (CSV)
directory-download-institutions = Télécharger toutes les institutions (CSV)

level-region = Région
level-country = Pays
level-entity = Entité
level-province = Province autonome
level-district = District
level-canton = Canton
level-county = Comté
level-city = Ville
level-municipality = Commune
level-neighbourhood = Quartier

institution-kind-municipal_administration = Administration municipale
institution-kind-ministry = Ministère
institution-kind-national_coordination_body = Organe national de coordination
institution-kind-police = Police
institution-kind-security_service = Service de sécurité
institution-kind-social_welfare_centre = Centre d'action sociale
institution-kind-school = École
institution-kind-health_centre = Centre de santé
institution-kind-civil_society_organisation = Organisation de la société civile
institution-kind-youth_organisation = Organisation de jeunesse
institution-kind-religious_community = Communauté religieuse
institution-kind-media = Média
institution-kind-donor = Bailleur de fonds
institution-kind-multilateral_body = Organisme multilatéral

structure-kind-community_action_team = Équipe d'action communautaire (CAT)
structure-kind-local_safety_council = Conseil local de sécurité (LSC)
structure-kind-local_public_safety_council = Conseil local de sécurité publique (LPSC)
structure-kind-municipal_community_safety_council = Conseil municipal de sécurité communautaire (MCSC)
structure-kind-custom = Autre structure
structure-meets-monthly = se réunit tous les mois
structure-meets-quarterly = se réunit tous les trimestres
structure-meets-irregularly = se réunit à intervalles irréguliers
structure-role-chair = Président
structure-role-member = Membre
structure-role-secretary = Secrétaire
directory-peer-learning = Apprentissage entre pairs : villes et pratiques qui répondent aux besoins prioritaires de cette commune
directory-show-all-places = Les { $count } lieux →
directory-show-all-institutions = Les { $count } institutions →
directory-back-to-all = ← Lieux et institutions
flash-matrix-saved = La matrice des rôles est enregistrée. Les lacunes et les chevauchements sont signalés ci-dessous.
