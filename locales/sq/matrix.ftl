## Matrica e roleve: funksionet e parandalimit sipas niveleve të qeverisjes.

matrix-title = Kush bën çfarë në parandalim: { $country }
matrix-link = Kush bën çfarë në parandalim, nivel pas niveli
matrix-intro = Për çdo funksion parandalimi tregohet se cili nivel i qeverisjes është përgjegjës për zbatimin (R), cili është llogaridhënës për rezultatin (A), cili konsultohet (C) dhe cili informohet (I). Funksioni për të cilin nuk është përgjegjës asnjë nivel përbën boshllëk, ndërsa funksioni për të cilin janë përgjegjës dy nivele përbën mbivendosje.
matrix-function = Funksioni
matrix-check = Kontrolli
matrix-gap = boshllëk: asnjë nivel nuk është përgjegjës
matrix-overlap = mbivendosje: disa nivele janë përgjegjëse
matrix-letters = Përdorni shkronjat R, A, C dhe I, të ndara me presje, ose lëreni qelizën bosh.
matrix-save = Ruaj matricën
matrix-legend = R përgjegjës për zbatimin · A llogaridhënës për rezultatin · C i konsultuar · I i informuar
matrix-function-primary_prevention = Parandalimi primar
matrix-function-secondary_prevention = Parandalimi sekondar
matrix-function-tertiary_prevention = Parandalimi terciar
matrix-function-reintegration = Riintegrimi i personave të kthyer
matrix-function-information_sharing = Shkëmbimi i informacionit
matrix-function-youth = Angazhimi i të rinjve
matrix-function-victim_support = Mbështetja për viktimat
matrix-function-communication = Komunikimi
