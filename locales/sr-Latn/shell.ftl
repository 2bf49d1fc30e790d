## The page layout, shared by every module.

shell-skip-to-content = Pređi na sadržaj
shell-demo-banner = Ovo je demonstraciona verzija: sve osobe, institucije i tela u njoj su izmišljeni.
shell-nav-label = Glavni meni
shell-search-label = Pretražite imenik
shell-search-placeholder = Mesto ili institucija, na bilo kom pismu
shell-search-button = Pretraži
shell-footer-about = Mozaik je radna platforma regionalne mreže gradova koji sprečavaju mržnju, ekstremizam i polarizaciju i reaguju na njih.
shell-kosovo-footnote = Ovaj naziv ne dovodi u pitanje stavove o statusu i u skladu je sa Rezolucijom SBUN 1244/1999 i mišljenjem MSP o proglašenju nezavisnosti Kosova.

nav-home = Početna
nav-directory = Imenik

error-not-found-title = Stranica nije pronađena
error-not-found-message = Na ovoj adresi nema ničega. Stranica je možda premeštena ili je link pogrešno upisan.
error-bad-request-title = Zahtev nije moguće protumačiti
error-go-home = Na početnu stranicu
shell-language = Jezik
shell-sign-in = Prijava
shell-sign-out = Odjava
nav-accounts = Korisnički nalozi
nav-outbox = Odlazna pošta
nav-audit = Dnevnik revizije
error-forbidden-title = Pristup nije dozvoljen
error-forbidden-message = Vaša uloga Vam ne daje pristup ovoj stranici. Ako Vam je pristup potreban, obratite se administratoru mreže.
error-method-title = Ova adresa ne prihvata taj zahtev
error-method-message = Ovu adresu koristi obrazac ili dugme na drugoj stranici. Vratite se na tu stranicu i koristite ga tamo.
error-form-unreadable = Obrazac je poslao vrednost koju stranica ne nudi ({ $reason }). Ponovo učitajte stranicu i pokušajte opet.
money-empty = Unesite iznos u evrima, na primer { $example }.
money-not-a-number = Ovo nije iznos. Upišite cifre, sa decimalnim zarezom ako treba, na primer { $example }.
money-cents = Iznos ima najviše dve decimale (centi), na primer { $example }.
money-ambiguous = Ovaj iznos se može pročitati na dva načina. Upišite ga bez razdvajanja hiljada ili kao { $example }.
money-too-large = Ovaj iznos je veći od onoga što Mozaik prihvata (najviše { $max } EUR).
money-negative = Iznos ne može biti negativan.
shell-cancel = Odustani
weekday-mon = ponedeljak
weekday-tue = utorak
weekday-wed = sreda
weekday-thu = četvrtak
weekday-fri = petak
weekday-sat = subota
weekday-sun = nedelja
month-jan = januar
month-feb = februar
month-mar = mart
month-apr = april
month-may = maj
month-jun = jun
month-jul = jul
month-aug = avgust
month-sep = septembar
month-oct = oktobar
month-nov = novembar
month-dec = decembar
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
    [one] pre { $count } minut
    [few] pre { $count } minuta
   *[other] pre { $count } minuta
}
time-ago-hours = { $count ->
    [one] pre { $count } sat
    [few] pre { $count } sata
   *[other] pre { $count } sati
}
time-ago-days = { $count ->
    [one] pre { $count } dan
    [few] pre { $count } dana
   *[other] pre { $count } dana
}
pager-label = Stranice rezultata
pager-previous = ← Prethodna
pager-next = Sledeća →
pager-position = { $first }–{ $last } od { $total }
