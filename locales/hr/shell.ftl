## The page layout, shared by every module.

shell-skip-to-content = Prijeđi na sadržaj
shell-demo-banner = Ovo je demonstracijska inačica platforme: sve osobe, institucije i tijela u njoj izmišljeni su.
shell-nav-label = Glavni izbornik
shell-search-label = Pretraživanje imenika
shell-search-placeholder = Mjesto ili institucija, bilo kojim pismom
shell-search-button = Traži
shell-footer-about = Mozaik je radna platforma regionalnog središta u kojem se okupljaju gradovi koji sprječavaju mržnju, ekstremizam i polarizaciju te reagiraju na njih.
shell-kosovo-footnote = Ovim se nazivom ne dovode u pitanje stajališta o statusu te je on u skladu s Rezolucijom Vijeća sigurnosti UN-a 1244/1999 i mišljenjem Međunarodnog suda o proglašenju neovisnosti Kosova.

nav-home = Početna
nav-directory = Imenik

error-not-found-title = Stranica nije pronađena
error-not-found-message = Na ovoj adresi nema ničega. Stranica je možda premještena ili je poveznica pogrešno upisana.
error-bad-request-title = Zahtjev nije bilo moguće protumačiti
error-go-home = Na početnu stranicu
shell-language = Jezik
shell-sign-in = Prijava
shell-sign-out = Odjava
nav-accounts = Korisnički računi
nav-outbox = Odlazna pošta
nav-audit = Revizijski dnevnik
error-forbidden-title = Pristup nije dopušten
error-forbidden-message = Vaša Vam uloga ne omogućuje pristup ovoj stranici. Ako Vam je pristup potreban, obratite se administratoru središta.
error-method-title = Ova adresa ne prihvaća taj zahtjev
error-method-message = Ovu adresu koristi obrazac ili gumb na drugoj stranici. Vratite se na tu stranicu i upotrijebite ga ondje.
error-form-unreadable = Obrazac je poslao vrijednost koju stranica ne nudi ({ $reason }). Ponovno učitajte stranicu i pokušajte opet.
money-empty = Unesite iznos u eurima, na primjer { $example }.
money-not-a-number = Ovo nije iznos. Upišite znamenke, s decimalnim zarezom ako treba, na primjer { $example }.
money-cents = Iznos ima najviše dvije decimale (centi), na primjer { $example }.
money-ambiguous = Ovaj se iznos može pročitati na dva načina. Upišite ga bez razdvajanja tisućica ili kao { $example }.
money-too-large = Ovaj je iznos veći od onoga što Mozaik prihvaća (najviše { $max } EUR).
money-negative = Iznos ne može biti negativan.
shell-cancel = Odustani
weekday-mon = ponedjeljak
weekday-tue = utorak
weekday-wed = srijeda
weekday-thu = četvrtak
weekday-fri = petak
weekday-sat = subota
weekday-sun = nedjelja
month-jan = siječnja
month-feb = veljače
month-mar = ožujka
month-apr = travnja
month-may = svibnja
month-jun = lipnja
month-jul = srpnja
month-aug = kolovoza
month-sep = rujna
month-oct = listopada
month-nov = studenoga
month-dec = prosinca
time-deadline = { $weekday }, { $day }. { $month }, { $time } { $zone }
time-day = { $weekday }, { $day }. { $month }
time-in-minutes = { $count ->
    [one] za { $count } minutu
    [few] za { $count } minute
   *[other] za { $count } minuta
}
time-in-hours = { $count ->
    [one] za { $count } sat
    [few] za { $count } sata
   *[other] za { $count } sati
}
time-in-days = { $count ->
    [one] za { $count } dan
    [few] za { $count } dana
   *[other] za { $count } dana
}
time-ago-minutes = { $count ->
    [one] prije { $count } minutu
    [few] prije { $count } minute
   *[other] prije { $count } minuta
}
time-ago-hours = { $count ->
    [one] prije { $count } sat
    [few] prije { $count } sata
   *[other] prije { $count } sati
}
time-ago-days = { $count ->
    [one] prije { $count } dan
    [few] prije { $count } dana
   *[other] prije { $count } dana
}
pager-label = Stranice rezultata
pager-previous = ← Prethodna
pager-next = Sljedeća →
pager-position = { $first }–{ $last } od { $total }
