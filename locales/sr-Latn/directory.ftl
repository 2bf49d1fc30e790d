## The directory: places, institutions, positions, structures.

directory-breadcrumb = Gde se ovo mesto nalazi
directory-as-of = Stanje na dan
directory-show = Prikaži
directory-back-to-today = Nazad na današnje stanje
directory-bad-date = Datum mora biti napisan u obliku YYYY-MM-DD, na primer 2023-02-08.
directory-countries = Države
directory-below = Mesta u sastavu
directory-local-governments = { $count ->
    [one] lokalna samouprava
    [few] lokalne samouprave
   *[other] lokalnih samouprava
}
directory-network-members = { $count ->
    [one] članica mreže
    [few] članice mreže
   *[other] članica mreže
}
directory-local-governments-count = { $count ->
    [one] { $count } lokalna samouprava
    [few] { $count } lokalne samouprave
   *[other] { $count } lokalnih samouprava
}
directory-network-members-count = { $count ->
    [one] { $count } članica mreže
    [few] { $count } članice mreže
   *[other] { $count } članica mreže
}
directory-member = članica
directory-member-since = Članica mreže „{ $hub }“ od { $date }
directory-institutions = Institucije
directory-no-institutions = Ovde još nije evidentirana nijedna institucija.
directory-website = veb-sajt
directory-held-since = na funkciji od { $date }
directory-vacant = nepopunjeno
directory-deputies = { $count ->
    [one] { $count } zamenik
    [few] { $count } zamenika
   *[other] { $count } zamenika
}
directory-names-private = Funkcije pripadaju institucijama; imena osoba koje ih obavljaju prikazuju se samo prijavljenim korisnicima čija uloga obuhvata ovo mesto.
directory-structures = Tela za prevenciju
directory-no-structures = Ovde još nije evidentirano nijedno telo za prevenciju.
directory-established = osnovano { $date }
directory-members-of = Članovi tela
directory-role = Uloga
directory-position = Funkcija
directory-institution = Institucija
directory-about-record = O ovom zapisu
directory-code = Šifra
directory-source = Izvor
directory-empty-title = Imenik je prazan
directory-empty-message = Još nije učitano nijedno mesto. Administrator može da učita referentna mesta komandom „mozaik init“.
directory-search-title = Pretraga imenika
directory-search-results-for = Rezultati za „{ $query }“
directory-search-label = Mesto ili institucija
directory-search-hint = Pišite latinicom ili ćirilicom, sa ili bez dijakritika: „Куманово“, „Kumanovo“ i „kumanovo“ nalaze isto mesto, a „Chashka“ nalazi Čaška. Ime mesta nalazi i njegove institucije, a vrsta („policija“, „škola“) institucije te vrste.
directory-places-found = { $count ->
    [one] { $count } mesto
    [few] { $count } mesta
   *[other] { $count } mesta
}
directory-institutions-found = { $count ->
    [one] { $count } institucija
    [few] { $count } institucije
   *[other] { $count } institucija
}
directory-download-places = Preuzmi sva mesta (CSV)
directory-download-institutions = Preuzmi sve institucije (CSV)

level-region = Region
level-country = Država
level-entity = Entitet
level-province = Autonomna pokrajina
level-district = Okrug
level-canton = Kanton
level-county = Okrug
level-city = Grad
level-municipality = Opština
level-neighbourhood = Mesna zajednica

institution-kind-municipal_administration = Opštinska uprava
institution-kind-ministry = Ministarstvo
institution-kind-national_coordination_body = Nacionalno koordinaciono telo
institution-kind-police = Policija
institution-kind-security_service = Bezbednosna služba
institution-kind-social_welfare_centre = Centar za socijalni rad
institution-kind-school = Škola
institution-kind-health_centre = Dom zdravlja
institution-kind-civil_society_organisation = Organizacija civilnog društva
institution-kind-youth_organisation = Omladinska organizacija
institution-kind-religious_community = Verska zajednica
institution-kind-media = Mediji
institution-kind-donor = Donator
institution-kind-multilateral_body = Multilateralna organizacija

structure-kind-community_action_team = Tim za akciju u zajednici (CAT)
structure-kind-local_safety_council = Savet za bezbednost lokalne zajednice (LSC)
structure-kind-local_public_safety_council = Lokalni savet za javnu bezbednost (LPSC)
structure-kind-municipal_community_safety_council = Opštinski savet za bezbednost zajednice (MCSC)
structure-kind-custom = Drugo telo
structure-meets-monthly = sastaje se jednom mesečno
structure-meets-quarterly = sastaje se jednom u tri meseca
structure-meets-irregularly = sastaje se neredovno
structure-role-chair = Predsednik
structure-role-member = Član
structure-role-secretary = Sekretar
directory-peer-learning = Učenje od drugih: gradovi i prakse koji odgovaraju prioritetnim potrebama ove lokalne samouprave
directory-show-all-places = Sva mesta ({ $count }) →
directory-show-all-institutions = Sve institucije ({ $count }) →
directory-back-to-all = ← Mesta i institucije
flash-matrix-saved = Matrica uloga je sačuvana. Praznine i preklapanja su označeni ispod.
