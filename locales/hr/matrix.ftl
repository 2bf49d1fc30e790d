## Matrica uloga: zadaće u prevenciji prema razinama vlasti.

matrix-title = Tko što radi u prevenciji: { $country }
matrix-link = Tko što radi u prevenciji, po razinama vlasti
matrix-intro = Za svaku zadaću u području prevencije prikazano je koja je razina vlasti odgovorna za izvršenje (R), koja je odgovorna za ishod (A), koja se konzultira (C), a koja se obavješćuje (I). Zadaća za koju nije odgovorna nijedna razina predstavlja prazninu, a zadaća za koju su odgovorne dvije razine predstavlja preklapanje.
matrix-function = Zadaća
matrix-check = Provjera
matrix-gap = praznina: nijedna razina nije odgovorna
matrix-overlap = preklapanje: odgovorno je više razina
matrix-letters = Upišite slova R, A, C i I, odvojena zarezima, ili ostavite polje prazno.
matrix-save = Spremi matricu
matrix-legend = R odgovorna za izvršenje · A odgovorna za ishod · C konzultirana · I obaviještena
matrix-function-primary_prevention = Primarna prevencija
matrix-function-secondary_prevention = Sekundarna prevencija
matrix-function-tertiary_prevention = Tercijarna prevencija
matrix-function-reintegration = Reintegracija povratnika
matrix-function-information_sharing = Razmjena informacija
matrix-function-youth = Uključivanje mladih
matrix-function-victim_support = Podrška žrtvama
matrix-function-communication = Komunikacija
