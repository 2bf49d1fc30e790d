## The directory: places, institutions, positions, structures.

directory-breadcrumb = Gdje se ovo mjesto nalazi
directory-as-of = Stanje na dan
directory-show = Prikaži
directory-back-to-today = Natrag na današnje stanje
directory-bad-date = Datum se mora upisati u obliku YYYY-MM-DD, na primjer 2023-02-08.
directory-countries = Države
directory-below = Mjesta na nižim razinama
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
directory-no-institutions = Ovdje još nije upisana nijedna institucija.
directory-website = mrežna stranica
directory-held-since = na dužnosti od { $date }
directory-vacant = nepopunjeno
directory-deputies = { $count ->
    [one] { $count } zamjenik
    [few] { $count } zamjenika
   *[other] { $count } zamjenika
}
directory-names-private = Funkcije pripadaju institucijama; imena osoba koje ih obnašaju vidljiva su samo prijavljenim korisnicima čija uloga obuhvaća ovo mjesto.
directory-structures = Tijela za prevenciju
directory-no-structures = Ovdje još nije upisano nijedno tijelo za prevenciju.
directory-established = datum osnivanja: { $date }
directory-members-of = Članovi:
directory-role = Uloga
directory-position = Funkcija
directory-institution = Institucija
directory-about-record = O ovom zapisu
directory-code = Šifra
directory-source = Izvor
directory-empty-title = Imenik je prazan
directory-empty-message = Još nije učitano nijedno mjesto. Administrator može učitati referentna mjesta naredbom „mozaik init“.
directory-search-title = Pretraživanje imenika
directory-search-results-for = Rezultati za „{ $query }“
directory-search-label = Mjesto ili institucija
directory-search-hint = Pišite latinicom ili ćirilicom, s dijakriticima ili bez njih: „Куманово“, „Kumanovo“ i „kumanovo“ nalaze isto mjesto, a „Chashka“ nalazi Čaška. Ime mjesta nalazi i njegove institucije, a vrsta („policija“, „škola“) institucije te vrste.
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

level-region = Regija
level-country = Država
level-entity = Entitet
level-province = Autonomna pokrajina
level-district = Okrug / distrikt
level-canton = Kanton
level-county = Okrug
level-city = Grad
level-municipality = Općina
level-neighbourhood = Četvrt

institution-kind-municipal_administration = Gradska ili općinska uprava
institution-kind-ministry = Ministarstvo
institution-kind-national_coordination_body = Nacionalno koordinacijsko tijelo
institution-kind-police = Policija
institution-kind-security_service = Sigurnosna služba
institution-kind-social_welfare_centre = Centar za socijalnu skrb
institution-kind-school = Škola
institution-kind-health_centre = Dom zdravlja
institution-kind-civil_society_organisation = Organizacija civilnoga društva
institution-kind-youth_organisation = Udruga mladih
institution-kind-religious_community = Vjerska zajednica
institution-kind-media = Medij
institution-kind-donor = Donator
institution-kind-multilateral_body = Multilateralno tijelo

structure-kind-community_action_team = Tim za djelovanje u zajednici (CAT)
structure-kind-local_safety_council = Vijeće za sigurnost (LSC)
structure-kind-local_public_safety_council = Lokalno vijeće za javnu sigurnost (LPSC)
structure-kind-municipal_community_safety_council = Općinsko vijeće za sigurnost zajednice (MCSC)
structure-kind-custom = Drugo tijelo
structure-meets-monthly = sastaje se jednom mjesečno
structure-meets-quarterly = sastaje se tromjesečno
structure-meets-irregularly = sastaje se neredovito
structure-role-chair = Predsjednik
structure-role-member = Član
structure-role-secretary = Tajnik
directory-peer-learning = Učenje od drugih: gradovi i prakse koji odgovaraju prioritetnim potrebama ove općine
directory-show-all-places = Sva mjesta ({ $count }) →
directory-show-all-institutions = Sve institucije ({ $count }) →
directory-back-to-all = ← Mjesta i institucije
flash-matrix-saved = Matrica uloga je spremljena. Praznine i preklapanja označeni su ispod.
