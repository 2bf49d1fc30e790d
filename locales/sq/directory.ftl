## Regjistri: vendet, institucionet, pozicionet, strukturat.

directory-breadcrumb = Ku ndodhet ky vend
directory-as-of = Gjendja më
directory-show = Shfaq
directory-back-to-today = Kthehu te data e sotme
directory-bad-date = Data duhet të shkruhet në formatin YYYY-MM-DD, për shembull 2023-02-08.
directory-countries = Shtetet
directory-below = Njësitë përbërëse
directory-local-governments = { $count ->
    [one] njësi e qeverisjes vendore
   *[other] njësi të qeverisjes vendore
}
directory-network-members = { $count ->
    [one] anëtar i rrjetit
   *[other] anëtarë të rrjetit
}
directory-local-governments-count = { $count ->
    [one] { $count } njësi e qeverisjes vendore
   *[other] { $count } njësi të qeverisjes vendore
}
directory-network-members-count = { $count ->
    [one] { $count } anëtar i rrjetit
   *[other] { $count } anëtarë të rrjetit
}
directory-member = anëtar
directory-member-since = Anëtar i { $hub } që nga { $date }
directory-institutions = Institucionet
directory-no-institutions = Këtu nuk është regjistruar ende asnjë institucion.
directory-website = faqja e internetit
directory-held-since = në detyrë që nga { $date }
directory-vacant = vakant
directory-deputies = { $count ->
    [one] { $count } zëvendës
   *[other] { $count } zëvendës
}
directory-names-private = Pozicionet u përkasin institucioneve; emrat e personave që i mbajnë shfaqen vetëm për përdoruesit e identifikuar, roli i të cilëve e përfshin këtë vend.
directory-structures = Strukturat e parandalimit
directory-no-structures = Këtu nuk është regjistruar ende asnjë strukturë parandalimi.
directory-established = themeluar më { $date }
directory-members-of = Anëtarët e strukturës
directory-role = Roli
directory-position = Pozicioni
directory-institution = Institucioni
directory-about-record = Rreth këtij regjistrimi
directory-code = Kodi
directory-source = Burimi
directory-empty-title = Regjistri është bosh
directory-empty-message = Ende nuk është ngarkuar asnjë vend. Një administrator mund t'i ngarkojë vendet e referencës me komandën “mozaik init”.
directory-search-title = Kërko në regjistër
directory-search-results-for = Rezultatet për “{ $query }”
directory-search-label = Vend ose institucion
directory-search-hint = Shkruani me shkrim latin ose cirilik, me ose pa shenja: “Куманово”, “Kumanovo” dhe “kumanovo” gjejnë të njëjtin vend, dhe “Chashka” gjen Čaška. Emri i një vendi gjen edhe institucionet e tij, dhe një lloj (“polici”, “shkollë”) institucionet e atij lloji.
directory-places-found = { $count ->
    [one] { $count } vend
   *[other] { $count } vende
}
directory-institutions-found = { $count ->
    [one] { $count } institucion
   *[other] { $count } institucione
}
directory-download-places = Shkarko të gjitha vendet (CSV)
directory-download-institutions = Shkarko të gjitha institucionet (CSV)

level-region = Rajon
level-country = Shtet
level-entity = Entitet
level-province = Krahinë autonome
level-district = Rreth
level-canton = Kanton
level-county = Qark
level-city = Qytet
level-municipality = Bashki
level-neighbourhood = Lagje

institution-kind-municipal_administration = Administratë bashkiake
institution-kind-ministry = Ministri
institution-kind-national_coordination_body = Organ kombëtar koordinues
institution-kind-police = Polici
institution-kind-security_service = Shërbim sigurie
institution-kind-social_welfare_centre = Qendër për punë sociale
institution-kind-school = Shkollë
institution-kind-health_centre = Qendër shëndetësore
institution-kind-civil_society_organisation = Organizatë e shoqërisë civile
institution-kind-youth_organisation = Organizatë rinore
institution-kind-religious_community = Bashkësi fetare
institution-kind-media = Media
institution-kind-donor = Donator
institution-kind-multilateral_body = Organizatë shumëpalëshe

structure-kind-community_action_team = Ekipi për Veprim në Bashkësi (CAT)
structure-kind-local_safety_council = Këshilli Vendor për Sigurinë (LSC)
structure-kind-local_public_safety_council = Këshilli Vendor për Sigurinë Publike (KVSP)
structure-kind-municipal_community_safety_council = Këshilli Komunal për Siguri në Bashkësi (KKSB)
structure-kind-custom = Strukturë tjetër
structure-meets-monthly = mblidhet çdo muaj
structure-meets-quarterly = mblidhet çdo tre muaj
structure-meets-irregularly = mblidhet në mënyrë jo të rregullt
structure-role-chair = Kryetar
structure-role-member = Anëtar
structure-role-secretary = Sekretar
directory-peer-learning = Të mësuarit nga homologët: qytete dhe praktika që u përgjigjen nevojave prioritare të kësaj bashkie
directory-show-all-places = Të { $count } vendet →
directory-show-all-institutions = Të { $count } institucionet →
directory-back-to-all = ← Vende dhe institucione
flash-matrix-saved = Matrica e roleve u ruajt. Boshllëqet dhe mbivendosjet janë shënuar më poshtë.
