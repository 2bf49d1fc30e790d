## The directory: places, institutions, positions, structures.

directory-breadcrumb = Gdje se ovo mjesto nalazi
directory-as-of = Stanje na dan
directory-show = Prikaži
directory-back-to-today = Nazad na današnje stanje
directory-bad-date = Datum mora biti upisan u formatu YYYY-MM-DD, na primjer 2023-02-08.
directory-countries = Države
directory-below = Mjesta na nižim nivoima
directory-local-governments = { $count ->
    [one] jedinica lokalne samouprave
    [few] jedinice lokalne samouprave
   *[other] jedinica lokalne samouprave
}
directory-network-members = { $count ->
    [one] član mreže
    [few] člana mreže
   *[other] članova mreže
}
directory-local-governments-count = { $count ->
    [one] { $count } jedinica lokalne samouprave
    [few] { $count } jedinice lokalne samouprave
   *[other] { $count } jedinica lokalne samouprave
}
directory-network-members-count = { $count ->
    [one] { $count } član mreže
    [few] { $count } člana mreže
   *[other] { $count } članova mreže
}
directory-member = član mreže
directory-member-since = { $hub }: član od { $date }
directory-institutions = Institucije
directory-no-institutions = Ovdje još nije evidentirana nijedna institucija.
directory-website = internet stranica
directory-held-since = na funkciji od { $date }
directory-vacant = upražnjeno
directory-deputies = { $count ->
    [one] { $count } zamjenik
    [few] { $count } zamjenika
   *[other] { $count } zamjenika
}
directory-names-private = Funkcije pripadaju institucijama; imena osoba koje ih vrše prikazuju se samo prijavljenim korisnicima čija uloga obuhvata ovo mjesto.
directory-structures = Strukture za prevenciju
directory-no-structures = Ovdje još nije evidentirana nijedna struktura za prevenciju.
directory-established = datum osnivanja: { $date }
directory-members-of = Članovi:
directory-role = Uloga
directory-position = Funkcija
directory-institution = Institucija
directory-about-record = O ovom unosu
directory-code = Šifra
directory-source = Izvor
directory-empty-title = Imenik je prazan
directory-empty-message = Još nije učitano nijedno mjesto. Administrator može da učita referentna mjesta komandom „mozaik init“.
directory-search-title = Pretraga imenika
directory-search-results-for = Rezultati za „{ $query }“
directory-search-label = Mjesto ili institucija
directory-search-hint = Pišite latinicom ili ćirilicom, sa ili bez dijakritika: „Куманово“, „Kumanovo“ i „kumanovo“ nalaze isto mjesto, a „Chashka“ nalazi Čaška. Ime mjesta nalazi i njegove institucije, a vrsta („policija“, „škola“) institucije te vrste.
directory-places-found = { $count ->
    [one] { $count } mjesto
    [few] { $count } mjesta
   *[other] { $count } mjesta
}
directory-institutions-found = { $count ->
    [one] { $count } institucija
    [few] { $count } institucije
   *[other] { $count } institucija
}
directory-download-places = Preuzmi sva mjesta (CSV)
directory-download-institutions = Preuzmi sve institucije (CSV)

level-region = Region
level-country = Država
level-entity = Entitet
level-province = Autonomna pokrajina
level-district = Okrug / distrikt
level-canton = Kanton
level-county = Okrug
level-city = Grad
level-municipality = Opština
level-neighbourhood = Mjesna zajednica

institution-kind-municipal_administration = Opštinska ili gradska uprava
institution-kind-ministry = Ministarstvo
institution-kind-national_coordination_body = Nacionalno koordinaciono tijelo
institution-kind-police = Policija
institution-kind-security_service = Bezbjednosna služba
institution-kind-social_welfare_centre = Centar za socijalni rad
institution-kind-school = Škola
institution-kind-health_centre = Dom zdravlja
institution-kind-civil_society_organisation = Organizacija civilnog društva
institution-kind-youth_organisation = Omladinska organizacija
institution-kind-religious_community = Vjerska zajednica
institution-kind-media = Medij
institution-kind-donor = Donator
institution-kind-multilateral_body = Multilateralno tijelo

structure-kind-community_action_team = Tim za djelovanje u zajednici (CAT)
structure-kind-local_safety_council = Savjet za bezbjednost (LSC)
structure-kind-local_public_safety_council = Lokalni savjet za javnu bezbjednost (LPSC)
structure-kind-municipal_community_safety_council = Opštinski savjet za bezbjednost zajednice (MCSC)
structure-kind-custom = Druga struktura
structure-meets-monthly = sastaje se jednom mjesečno
structure-meets-quarterly = sastaje se jednom u tri mjeseca
structure-meets-irregularly = sastaje se neredovno
structure-role-chair = Predsjednik
structure-role-member = Član
structure-role-secretary = Sekretar
directory-peer-learning = Učenje od drugih: gradovi i prakse koji odgovaraju prioritetnim potrebama ove opštine
directory-show-all-places = Sva mjesta ({ $count }) →
directory-show-all-institutions = Sve institucije ({ $count }) →
directory-back-to-all = ← Mjesta i institucije
flash-matrix-saved = Matrica uloga je sačuvana. Praznine i preklapanja su označeni ispod.
