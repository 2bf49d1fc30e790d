## Évaluations : campagnes, saisie, résultats.

nav-assess = Évaluations
assess-title = Évaluations des capacités et des besoins
assess-intro = Chaque ville évalue elle-même ses capacités et ses besoins en matière de prévention, au fil de campagnes successives. Les résultats montrent au pôle, aux gouvernements nationaux et aux partenaires où un soutien est nécessaire. « Je ne sais pas » est une réponse à part entière, et elle est comptabilisée.
assess-no-rounds = Aucune campagne n'a encore été ouverte.
assess-round = Campagne
assess-opened = Ouverture
assess-deadline = Date limite
assess-submitted = Transmises
assess-results = Résultats
assess-open-title = Ouvrir une campagne
assess-round-name = Nom de la campagne
assess-countries = Pays
assess-countries-hint = La campagne s'adresse aux villes membres du réseau dans les pays choisis ; n'en choisissez aucun pour l'adresser à tous les membres.
assess-open-button = Ouvrir la campagne
assess-round-name-required = Donnez à la campagne un nom de 100 caractères au maximum, par exemple « Référence 2026 ».
assess-deadline-future = La date limite doit être postérieure à aujourd'hui et saisie au format YYYY-MM-DD.
assess-no-members = Aucune ville membre ne se trouve dans les pays choisis.
assess-progress = Avancement
assess-municipality = Commune
assess-status-not_started = non commencée
assess-status-draft = brouillon
assess-status-submitted = transmise
assess-saved = Vos réponses ont été enregistrées.
assess-fix-fields = Certaines réponses doivent être vérifiées ; elles sont signalées ci-dessous. Votre saisie est conservée sous forme de brouillon.
assess-reopen = Rouvrir pour modification
assess-required = obligatoire
assess-not-relevant = Cette question est sans objet compte tenu d'une réponse précédente.
assess-rank-hint = Numérotez les besoins par ordre de priorité, 1 correspondant au plus urgent. Laissez vides les besoins qui ne vous concernent pas.
assess-save-draft = Enregistrer comme brouillon
assess-submit = Transmettre
assess-about-instrument = À propos de ce questionnaire et de ses sources
assess-choice-unknown = Choisissez l'une des réponses proposées.
assess-rank-invalid = Utilisez chaque numéro une seule fois, de 1 jusqu'au nombre de besoins.
assess-number-invalid = Saisissez un nombre supérieur ou égal à zéro.
assess-text-too-long = 4000 caractères au maximum.
assess-answer-required = Cette question appelle une réponse ; « Je ne sais pas » est aussi une réponse.
assess-already-submitted = Cette évaluation a déjà été transmise. Le pôle peut la rouvrir pour modification.
assess-results-title = Résultats : { $round }
assess-response-rate = { $submitted } communes sur { $invited } ont transmis leur évaluation.
assess-suppression-note = Pour protéger les municipalités qui n’ont pas choisi d’être nommées, un chiffre qui repose sur moins de { $k } municipalités est affiché « — », avec le nombre de celles qui ont répondu. Les municipalités peuvent partager leurs réponses nominativement ; là où toutes celles d’une colonne les partagent avec vous, ses chiffres s’affichent.
assess-suppressed = masqué : moins de { $k } communes
assess-headline-title = Villes dépourvues de programmes, de ressources ou d'expertise, ou qui l'ignorent
assess-headline-definition = Part des communes ayant transmis leur évaluation qui ont répondu « non » ou « je ne sais pas » à au moins l'une des questions suivantes : programmes de prévention, ligne budgétaire consacrée à la prévention, agents disposant de l'expertise nécessaire. Lors de l'atelier de Sarajevo, en février 2023, plus de 70 % des participants l'ont affirmé au sujet de leur ville.
assess-answer = Réponse
assess-answered = Communes ayant répondu
assess-text-count = { $count ->
    [one] { $count } réponse rédigée ; les réponses rédigées ne figurent pas dans les données agrégées.
   *[other] { $count } réponses rédigées ; les réponses rédigées ne figurent pas dans les données agrégées.
}
assess-median = Médiane : { $median } · je ne sais pas : { $dk }
assess-rank-note = Les chiffres indiquent combien de fois chaque besoin a été classé en première position.
assess-reminder-subject = Rappel : { $round }
assess-reminder-body =
    La campagne d'évaluation « { $round } » sera clôturée le { $date } et votre commune n'a pas encore transmis son évaluation.

    Pour continuer, suivez ce lien :
    { $link }
assess-instruments-title = Questionnaires
assess-instrument = Questionnaire
assess-version = Version
assess-imported = { $file } a été importé comme nouveau questionnaire.
assess-import-warnings = Importé, avec ces remarques :
assess-import-rejected = Le formulaire a été refusé et rien n’a été enregistré. Corrigez ces problèmes et importez-le à nouveau :
assess-upload-title = Importer un XLSForm
assess-upload-explain = Importez un questionnaire au format XLSForm (.xlsx) avec les feuilles survey, choices et settings. Sont pris en charge : les questions select_one, select_multiple, rank, integer, decimal, text et date, les groupes, une colonne de libellés par langue, required, et les expressions relevant et constraint simples.
assess-upload-file = Fichier XLSForm
assess-upload-button = Importer
assess-upload-choose = Choisissez un fichier .xlsx à importer.
assess-instruments-link = Questionnaires et XLSForm
assess-previous = tour précédent : { $share } %
assess-csv-question = Question posée
assess-csv-area = Zone
assess-csv-count = Communes
assess-csv-share = Part (%)
assess-csv-codes = codes
assess-needs-title = Besoins et soutien demandé
assess-needs-ranked = Besoins prioritaires, du plus urgent au moins urgent :
assess-support-asked = Soutien demandé au pôle :
assess-answers-export = Réponses de chaque commune
assess-map-no-data = aucune réponse
assess-map-hidden = masqué (trop peu)
assess-map-lacks = manque de programmes, de ressources ou d’expertise, ou ne sait pas
assess-map-has = dispose de programmes, de ressources et d’expertise
assess-boundaries-title = Limites pour les cartes
assess-boundaries-explain = Importez des limites au format GeoJSON. Chaque entité est rattachée à un lieu par son code ISO 3166-2 ou par son nom dans son pays ; les entités sans correspondance, ou à correspondances multiples, sont listées et écartées.
assess-upload-file-geojson = Fichier GeoJSON
assess-boundaries-matched = { $count ->
    [one] { $count } entité a été rattachée à un lieu.
   *[other] { $count } entités ont été rattachées à des lieux.
}
assess-boundaries-unmatched = Écartées :
assess-date-invalid = Saisissez une date au format YYYY-MM-DD.
flash-assess-saved = Vos réponses sont enregistrées comme brouillon. Envoyez-les quand elles sont complètes.
flash-assess-submitted = L'évaluation est envoyée au pôle. Merci ; elle compte désormais dans les résultats.
flash-assess-reopened = L'envoi est rouvert ; la municipalité est informée qu'elle peut modifier ses réponses.
flash-assess-round-opened = La campagne est ouverte ; les points focaux des municipalités sont informés.
audience-hub = Le hub seulement
audience-hub-explained = nos réponses nominatives restent entre nous et le hub ; les autres ne voient que des chiffres regroupant de nombreuses municipalités.
audience-national = Le hub et nos coordinateurs nationaux
audience-national-explained = les coordinateurs nationaux de notre pays voient nos réponses nominatives, dans les résultats et sur le tableau de bord du pays.
audience-partners = Le hub, les coordinateurs nationaux et les partenaires
audience-partners-explained = les partenaires du hub (bailleurs et organisations internationales ayant un compte) les voient aussi nominativement.
audience-public = Tout le monde
audience-public-explained = nos réponses sont publiées nominativement dans les résultats, les tableaux de bord et les données ouvertes.
assess-audience-title = Qui peut voir nos réponses nominatives
assess-audience-chosen = Choisi par { $who } le { $when }.
assess-audience-standing-note = C’est le choix permanent de la municipalité.
assess-audience-default = Rien n’a été choisi : les réponses restent au hub.
assess-audience-question = Qui peut voir nos réponses nominatives à ce cycle ?
assess-audience-standing = En faire aussi notre choix pour les cycles suivants
assess-audience-save = Enregistrer le choix
flash-assess-audience = Enregistré : { $name } peut désormais voir ces réponses nominatives. Le choix est consigné et peut être changé à tout moment.
assess-hidden-cell = masqué : { $base } ont répondu ici, { $k } nécessaires
assess-own-column = La colonne « { $name } » montre les réponses de votre municipalité à côté du pays et de la région.
assess-own-open = Ouvrir vos réponses
assess-own-chosen = la réponse de votre municipalité
assess-named-title = Municipalités qui partagent leurs réponses avec vous
assess-named-intro = Chaque municipalité a choisi qui peut voir ses réponses nominatives ; ouvrez-en une pour tout lire.
assess-named-place = Municipalité
assess-map-other = Autres cartes :
assess-xlsform-place-code = Code de la municipalité (tel qu'il figure dans l'annuaire de Mozaik, par exemple MK-703)
assess-boundaries-country = Pays que dessine le fichier
assess-boundaries-country-features = Comme chaque entité le nomme
