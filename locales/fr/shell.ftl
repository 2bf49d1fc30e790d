## La mise en page, commune à tous les modules.

shell-skip-to-content = Aller au contenu
shell-demo-banner = Ceci est une instance de démonstration : toutes les personnes, institutions et structures qui y figurent sont fictives.
shell-nav-label = Menu principal
shell-search-label = Rechercher dans l'annuaire
shell-search-placeholder = Lieu ou institution, dans n'importe quel alphabet
shell-search-button = Rechercher
shell-footer-about = Mozaik est la plateforme de travail d'un pôle régional de villes qui agissent pour prévenir la haine, l'extrémisme et la polarisation, et pour y répondre.
shell-kosovo-footnote = Cette désignation est sans préjudice des positions sur le statut et est conforme à la résolution 1244/1999 du CSNU ainsi qu'à l'avis de la CIJ sur la déclaration d'indépendance du Kosovo.

nav-home = Accueil
nav-directory = Annuaire

error-not-found-title = Page introuvable
error-not-found-message = Il n'y a rien à cette adresse. La page a peut-être été déplacée, ou le lien contient une faute de frappe.
error-bad-request-title = La requête n'a pas pu être interprétée
error-go-home = Revenir à la page d'accueil
shell-language = Langue
shell-sign-in = Se connecter
shell-sign-out = Se déconnecter
nav-accounts = Comptes
nav-outbox = Boîte d'envoi
nav-audit = Journal d'audit
error-forbidden-title = Accès non autorisé
error-forbidden-message = Votre rôle ne vous donne pas accès à cette page. Si vous en avez besoin, adressez-vous à l'administrateur du pôle.
error-method-title = Cette adresse n'accepte pas cette requête
error-method-message = Cette adresse sert à un formulaire ou à un bouton d'une autre page. Revenez à cette page et utilisez-le là.
error-form-unreadable = Le formulaire a envoyé une valeur que la page ne propose pas ({ $reason }). Rechargez la page et réessayez.
money-empty = Saisissez un montant en euros, par exemple { $example }.
money-not-a-number = Ce n'est pas un montant. Écrivez des chiffres, avec une virgule décimale si besoin, par exemple { $example }.
money-cents = Un montant a au plus deux décimales (centimes), par exemple { $example }.
money-ambiguous = Ce montant peut se lire de deux façons. Écrivez-le sans séparateur de milliers, ou comme { $example }.
money-too-large = Ce montant dépasse ce que Mozaik accepte ({ $max } EUR au plus).
money-negative = Un montant ne peut pas être négatif.
shell-cancel = Annuler
weekday-mon = lundi
weekday-tue = mardi
weekday-wed = mercredi
weekday-thu = jeudi
weekday-fri = vendredi
weekday-sat = samedi
weekday-sun = dimanche
month-jan = janvier
month-feb = février
month-mar = mars
month-apr = avril
month-may = mai
month-jun = juin
month-jul = juillet
month-aug = août
month-sep = septembre
month-oct = octobre
month-nov = novembre
month-dec = décembre
time-deadline = { $weekday } { $day } { $month }, { $time } { $zone }
time-day = { $weekday } { $day } { $month }
time-in-minutes = { $count ->
    [one] dans { $count } minute
   *[other] dans { $count } minutes
}
time-in-hours = { $count ->
    [one] dans { $count } heure
   *[other] dans { $count } heures
}
time-in-days = { $count ->
    [one] dans { $count } jour
   *[other] dans { $count } jours
}
time-ago-minutes = { $count ->
    [one] il y a { $count } minute
   *[other] il y a { $count } minutes
}
time-ago-hours = { $count ->
    [one] il y a { $count } heure
   *[other] il y a { $count } heures
}
time-ago-days = { $count ->
    [one] il y a { $count } jour
   *[other] il y a { $count } jours
}
pager-label = Pages de résultats
pager-previous = ← Précédent
pager-next = Suivant →
pager-position = { $first }–{ $last } sur { $total }
