## Matrica uloga: zadaci u prevenciji prema nivoima vlasti.

matrix-title = Ko šta radi u prevenciji: { $country }
matrix-link = Ko šta radi u prevenciji, po nivoima vlasti
matrix-intro = Za svaki zadatak u oblasti prevencije prikazano je koji je nivo vlasti odgovoran za izvršenje (R), koji je odgovoran za ishod (A), koji se konsultuje (C), a koji se obaveštava (I). Zadatak za koji nije odgovoran nijedan nivo predstavlja prazninu, a zadatak za koji su odgovorna dva nivoa predstavlja preklapanje.
matrix-function = Zadatak
matrix-check = Provera
matrix-gap = praznina: nijedan nivo nije odgovoran
matrix-overlap = preklapanje: odgovorno je više nivoa
matrix-letters = Upišite slova R, A, C i I, odvojena zarezima, ili ostavite polje prazno.
matrix-save = Sačuvaj matricu
matrix-legend = R odgovoran za izvršenje · A odgovoran za ishod · C konsultovan · I obavešten
matrix-function-primary_prevention = Primarna prevencija
matrix-function-secondary_prevention = Sekundarna prevencija
matrix-function-tertiary_prevention = Tercijarna prevencija
matrix-function-reintegration = Reintegracija povratnika
matrix-function-information_sharing = Razmena informacija
matrix-function-youth = Uključivanje mladih
matrix-function-victim_support = Podrška žrtvama
matrix-function-communication = Komunikacija
