## The directory: places, institutions, positions, structures.

directory-breadcrumb = Where this place is
directory-as-of = As of
directory-show = Show
directory-back-to-today = Back to today
directory-bad-date = The date must be written as YYYY-MM-DD, for example 2023-02-08.
directory-countries = Countries
directory-below = Places below
directory-local-governments = { $count ->
    [one] local government
   *[other] local governments
}
directory-network-members = { $count ->
    [one] network member
   *[other] network members
}
directory-local-governments-count = { $count ->
    [one] { $count } local government
   *[other] { $count } local governments
}
directory-network-members-count = { $count ->
    [one] { $count } network member
   *[other] { $count } network members
}
directory-member = member
directory-member-since = Member of { $hub } since { $date }
directory-institutions = Institutions
directory-no-institutions = No institution is recorded here yet.
directory-website = website
directory-held-since = held since { $date }
directory-vacant = vacant
directory-deputies = { $count ->
    [one] { $count } deputy
   *[other] { $count } deputies
}
directory-names-private = Positions belong to institutions; the names of the people who hold them are shown only to signed-in users whose role covers this place.
directory-structures = Prevention structures
directory-no-structures = No prevention structure is recorded here yet.
directory-established = established { $date }
directory-members-of = Members of
directory-role = Role
directory-position = Position
directory-institution = Institution
directory-about-record = About this record
directory-code = Code
directory-source = Source
directory-empty-title = The directory is empty
directory-empty-message = No places have been loaded yet. An administrator can load the reference places with “mozaik init”.
directory-search-title = Search the directory
directory-search-results-for = Results for “{ $query }”
directory-search-label = Place or institution
directory-search-hint = Write in Latin or Cyrillic, with or without accents: “Куманово”, “Kumanovo” and “kumanovo” find the same place, and “Chashka” finds Čaška. A place’s name also finds its institutions, and a kind (“police”, “school”) finds institutions of that kind.
directory-places-found = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
directory-institutions-found = { $count ->
    [one] { $count } institution
   *[other] { $count } institutions
}
directory-download-places = Download all places (CSV)
directory-download-institutions = Download all institutions (CSV)

level-region = Region
level-country = Country
level-entity = Entity
level-province = Autonomous province
level-district = District
level-canton = Canton
level-county = County
level-city = City
level-municipality = Municipality
level-neighbourhood = Neighbourhood

institution-kind-municipal_administration = Municipal administration
institution-kind-ministry = Ministry
institution-kind-national_coordination_body = National coordination body
institution-kind-police = Police
institution-kind-security_service = Security service
institution-kind-social_welfare_centre = Social welfare centre
institution-kind-school = School
institution-kind-health_centre = Health centre
institution-kind-civil_society_organisation = Civil society organisation
institution-kind-youth_organisation = Youth organisation
institution-kind-religious_community = Religious community
institution-kind-media = Media
institution-kind-donor = Donor
institution-kind-multilateral_body = Multilateral body

structure-kind-community_action_team = Community Action Team (CAT)
structure-kind-local_safety_council = Local Safety Council (LSC)
structure-kind-local_public_safety_council = Local Public Safety Council (LPSC)
structure-kind-municipal_community_safety_council = Municipal Community Safety Council (MCSC)
structure-kind-custom = Other structure
structure-meets-monthly = meets monthly
structure-meets-quarterly = meets quarterly
structure-meets-irregularly = meets irregularly
structure-role-chair = Chair
structure-role-member = Member
structure-role-secretary = Secretary
directory-peer-learning = Peer learning: cities and practices that match this municipality's priority needs
directory-show-all-places = All { $count } places →
directory-show-all-institutions = All { $count } institutions →
directory-back-to-all = ← Places and institutions
flash-matrix-saved = The roles matrix is saved. Gaps and overlaps are marked below.
