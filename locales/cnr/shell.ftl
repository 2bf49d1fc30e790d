## The page layout, shared by every module.

shell-skip-to-content = Pređi na sadržaj
shell-demo-banner = Ovo je demonstraciona verzija platforme: sve osobe, institucije i strukture u njoj su izmišljene.
shell-nav-label = Glavni meni
shell-search-label = Pretraga imenika
shell-search-placeholder = Mjesto ili institucija, na bilo kom pismu
shell-search-button = Traži
shell-footer-about = Mozaik je radna platforma regionalnog centra u kojem se okupljaju gradovi koji sprječavaju mržnju, ekstremizam i polarizaciju i reaguju na njih.
shell-kosovo-footnote = Ovaj naziv ne dovodi u pitanje stavove o statusu i u skladu je sa Rezolucijom Savjeta bezbjednosti UN-a 1244/1999 i mišljenjem Međunarodnog suda pravde o proglašenju nezavisnosti Kosova.

nav-home = Početna
nav-directory = Imenik

error-not-found-title = Stranica nije pronađena
error-not-found-message = Na ovoj adresi nema ničega. Stranica je možda premještena ili je link pogrešno upisan.
error-bad-request-title = Zahtjev nije bilo moguće razumjeti
error-go-home = Idi na početnu stranicu
shell-language = Jezik
shell-sign-in = Prijava
shell-sign-out = Odjava
nav-accounts = Korisnički nalozi
nav-outbox = Odlazna pošta
nav-audit = Dnevnik revizije
error-forbidden-title = Pristup nije dozvoljen
error-forbidden-message = Vaša uloga Vam ne daje pristup ovoj stranici. Ako Vam je pristup potreban, obratite se administratoru centra.
error-method-title = Ova adresa ne prihvata taj zahtjev
error-method-message = Ovu adresu koristi obrazac ili dugme na drugoj stranici. Vratite se na tu stranicu i koristite ga tamo.
error-form-unreadable = Obrazac je poslao vrijednost koju stranica ne nudi ({ $reason }). Ponovo učitajte stranicu i pokušajte opet.
money-empty = Unesite iznos u eurima, na primjer { $example }.
money-not-a-number = Ovo nije iznos. Upišite cifre, s decimalnim zarezom ako treba, na primjer { $example }.
money-cents = Iznos ima najviše dvije decimale (centi), na primjer { $example }.
money-ambiguous = Ovaj iznos se može pročitati na dva načina. Upišite ga bez razdvajanja hiljada ili kao { $example }.
money-too-large = Ovaj iznos je veći od onoga što Mozaik prihvata (najviše { $max } EUR).
money-negative = Iznos ne može biti negativan.
shell-cancel = Odustani
weekday-mon = ponedjeljak
weekday-tue = utorak
weekday-wed = srijeda
weekday-thu = četvrtak
weekday-fri = petak
weekday-sat = subota
weekday-sun = nedjelja
month-jan = januara
month-feb = februara
month-mar = marta
month-apr = aprila
month-may = maja
month-jun = juna
month-jul = jula
month-aug = avgusta
month-sep = septembra
month-oct = oktobra
month-nov = novembra
month-dec = decembra
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
