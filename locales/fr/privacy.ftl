## Données personnelles : politique de confidentialité, registre des traitements, données d'une personne, effacement et conservation.

nav-privacy = Données personnelles
privacy-title = Politique de confidentialité
privacy-intro = Mozaik est exploité par le pôle régional au service des communes, des coordinateurs nationaux et des partenaires qui préviennent la haine, l'extrémisme et la polarisation. Cette politique indique quelles données personnelles Mozaik détient, pour quelles finalités, sur quelle base juridique, qui y a accès et combien de temps elles sont conservées. Elle est générée à partir des déclarations mêmes que le logiciel applique.
privacy-rights = Vous pouvez consulter et télécharger tout ce que Mozaik détient à votre sujet depuis votre compte (Compte → Mes données). Pour faire rectifier ou effacer vos données, écrivez aux administrateurs du pôle : ils donnent suite à toute demande écrite, et ce que vous avez fait en tant que titulaire d'un poste reste attribué au poste, et non à votre nom.
privacy-col-data = Données
privacy-col-purpose = Finalité
privacy-col-basis = Base juridique
privacy-col-seen-by = Accessibles à
privacy-col-kept = Durée de conservation
privacy-col-table = Table
privacy-col-erasure = En cas d'effacement
privacy-col-kind = Type d'enregistrement
privacy-col-days = Jours de conservation
privacy-col-limits = Plage autorisée (jours)

privacy-category-officials = Agents publics inscrits dans l'annuaire
privacy-category-signin = Comptes et connexion
privacy-category-mail = Messages et notifications
privacy-category-support = Service d'assistance, experts et Fonds
privacy-category-sharing = Partage d'informations
privacy-category-surveys = Enquêtes auprès des habitants
privacy-category-knowledge = Bonnes pratiques
privacy-category-audit = Journal d'audit

privacy-basis-public-task = Mission d'intérêt public
privacy-basis-legitimate-interest = Intérêt légitime
privacy-basis-legal-obligation = Obligation légale
privacy-basis-consent = Consentement

privacy-purpose-directory = Joindre le bon service : qui occupe quel poste dans une commune ou une institution
privacy-purpose-accounts = Attribuer aux personnes les rôles liés à leurs postes
privacy-purpose-security = Protéger les comptes : connexion, second facteur, blocage des tentatives visant à deviner les mots de passe
privacy-purpose-mail = Informer les personnes de ce qui les attend, par e-mail et dans Mozaik
privacy-purpose-support = Répondre aux demandes des communes et gérer le Fonds
privacy-purpose-experts = Associer des experts aux demandes et aux projets
privacy-purpose-sharing = Transmettre des avis entre services nationaux et locaux, dans le cadre de leur base juridique
privacy-purpose-surveys = Mesurer la résilience des communautés sans identifier quiconque
privacy-purpose-assess = Consigner qui a décidé qui peut voir les réponses d'une commune
privacy-purpose-knowledge = Publier les bonnes pratiques en indiquant qui les a proposées et relues
privacy-purpose-audit = Montrer qui a fait quoi, afin que chaque modification puisse être vérifiée

privacy-seen-officials = Les agents connectés du pôle, du pays et de la commune
privacy-seen-admins = Les administrateurs du pôle
privacy-seen-nobody = Personne : le logiciel s'en sert uniquement pour bloquer les tentatives visant à deviner les mots de passe
privacy-seen-self = La personne concernée uniquement
privacy-seen-positions = Les postes parties à l'avis
privacy-seen-hub-municipality = Le pôle et la commune concernée
privacy-seen-study-owners = Les responsables de l'étude dans la commune ; les autres ne voient que des chiffres portant sur des groupes d'au moins dix personnes
privacy-seen-hub = L'équipe du pôle
privacy-seen-public = Tout le monde (les pratiques publiées ne nomment personne ; seuls leurs relecteurs sont connus, en interne)

privacy-while-position = Tant que la personne occupe un poste, puis jusqu'à leur effacement sur demande
privacy-while-account = Tant que le compte existe
privacy-while-instance = Aussi longtemps que l'enregistrement auquel elles se rattachent ; le nom de la personne est effacé sur demande
privacy-while-notice = Jusqu'à l'expiration de l'avis : son contenu est alors supprimé
privacy-while-expert = Tant que l'expert figure dans le vivier

privacy-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
privacy-retention-sessions = { $days } après la fin de la session
privacy-retention-known-devices = { $days } après la dernière utilisation du navigateur
privacy-retention-password-resets = { $days } après l'expiration du lien
privacy-retention-signin-addresses = { $days } après la tentative
privacy-retention-invitations = { $days } après l'expiration d'une invitation non utilisée
privacy-retention-sent-mail = { $days } après la remise du message
privacy-retention-read-notifications = { $days } après la lecture de la notification
privacy-retention-survey-open-answers = Réponses ouvertes : { $days } après le dernier import de l'étude (son rapport)
privacy-retention-closed-requests = Textes d'une demande close : { $days } après sa clôture

privacy-period-sessions = Sessions terminées
privacy-period-known-devices = Navigateurs connus
privacy-period-password-resets = Liens de réinitialisation du mot de passe
privacy-period-signin-addresses = Tentatives de connexion et adresses réseau
privacy-period-invitations = Invitations non utilisées
privacy-period-sent-mail = E-mails remis
privacy-period-read-notifications = Notifications lues
privacy-period-survey-open-answers = Réponses ouvertes aux enquêtes
privacy-period-closed-requests = Textes des demandes d'assistance closes

privacy-erasure-unlinked = Non rattachées à un compte : supprimées à la fin de leur durée de conservation
privacy-erasure-delete = Supprimées
privacy-erasure-pseudonym = Nom et adresse e-mail remplacés par un pseudonyme
privacy-erasure-keep = Conservées pour le poste ; le nom est effacé partout où il a été saisi

privacy-data-people = Nom et adresse e-mail d'un agent
privacy-data-position_holders = Poste occupé par une personne, et à quelle période
privacy-data-accounts = Compte : adresse e-mail, langue, date de création
privacy-data-recovery_codes = Codes de secours du second facteur (uniquement s'ils ont été utilisés)
privacy-data-sessions = Sessions : heure de connexion et dernière activité
privacy-data-known_devices = Navigateurs depuis lesquels la personne s'est connectée
privacy-data-password_resets = Demandes de réinitialisation du mot de passe
privacy-data-api_tokens = Jetons d'API : nom et utilisation
privacy-data-login_attempts = Tentatives de connexion : adresse réseau et heure
privacy-data-role_grants = Rôles attribués à un compte
privacy-data-invitations = Invitations : nom et adresse e-mail de la personne invitée
privacy-data-outbox = E-mails envoyés par Mozaik
privacy-data-audit_events = Événements d'audit : qui a fait quoi, par numéro de compte
privacy-data-notifications = Notifications
privacy-data-notification_preferences = Préférences de notification
privacy-data-notices = Avis de partage d'informations (contenu relatif aux personnes de retour, scellé)
privacy-data-answer_audiences = Auteur du choix des destinataires des réponses d'une commune
privacy-data-study_responses = Réponses des habitants aux enquêtes, sans nom
privacy-data-support_requests = Demandes d'assistance
privacy-data-support_events = Réponses et notes sur les demandes d'assistance
privacy-data-experts = Profils d'experts : nom, langues, tarif journalier
privacy-data-expert_assignments = Missions d'experts et évaluations
privacy-data-expert_time = Temps déclaré par les experts
privacy-data-fund_applications = Candidatures au Fonds
privacy-data-fund_reviews = Évaluations du Fonds et conflits d'intérêts déclarés
privacy-data-fund_reports = Rapports des projets financés par le Fonds
privacy-data-practices = Bonnes pratiques : qui les a proposées
privacy-data-practice_texts = Textes des pratiques : qui les a relus
privacy-data-theme_follows = Thèmes suivis par une personne

privacy-own-title = Mes données
privacy-own-link = Mes données : consulter et télécharger tout ce qui est détenu à votre sujet
privacy-own-intro = Voici tout ce que Mozaik détient à votre sujet, table par table, tel que le déclare son registre des traitements. Les secrets (mots de passe, codes, contenu scellé des avis) ne sont jamais affichés, pas même à vous.
privacy-own-erasure = Pour faire effacer vos données, écrivez aux administrateurs du pôle. Ce que vous avez fait en tant que titulaire d'un poste reste attribué au poste ; vos nom et adresse e-mail sont remplacés partout par un pseudonyme.
privacy-download-json = Télécharger au format JSON

privacy-admin-title = Données personnelles
privacy-admin-intro = Registre des traitements, durées de conservation et demandes de personnes souhaitant consulter ou effacer leurs données. Chacun peut lire la politique de confidentialité générée à partir de ce registre :
privacy-requests-title = Demande d'une personne
privacy-find-person = Rechercher une personne par nom ou adresse e-mail
privacy-find = Rechercher
privacy-find-nothing = Aucune personne trouvée.
privacy-retention-title = Conservation
privacy-last-run = Dernière exécution : { $run }
privacy-never-run = La tâche de conservation n'a pas encore été exécutée ; elle s'exécute chaque jour à 06:00 UTC.
privacy-save = Enregistrer
privacy-run-now = Supprimer maintenant ce qui a dépassé sa durée de conservation
privacy-records-title = Registre des traitements
privacy-person-title = Données personnelles de { $name }
privacy-reference = Référence de la demande écrite
privacy-reference-hint = Le numéro du courrier ou du dossier, jamais un nom : il est conservé dans le journal d'audit.
privacy-reference-missing = La référence de la demande écrite est manquante
privacy-show-data = Afficher les données
privacy-erase = Effacer les données de cette personne
privacy-erase-explain = L'effacement supprime les données de connexion de ses comptes, ses sessions, ses notifications et ses e-mails, et remplace son nom et son adresse e-mail par un pseudonyme dans chaque enregistrement et chaque texte où ils ont été saisis. Ce qu'elle a fait en tant que titulaire d'un poste demeure, attribué au poste. Cette opération est irréversible.
privacy-erase-confirm = Effacer les données personnelles de { $name } ? Son nom et son adresse e-mail seront remplacés partout par un pseudonyme, et ses comptes fermés. Cette opération est irréversible.
privacy-erased-at = Les données de cette personne ont été effacées le { $when }.
privacy-period-refused = La durée n'a pas été enregistrée
privacy-period-not-a-number = Saisissez le nombre de jours sous forme de nombre entier.
privacy-period-out-of-range = Choisissez une valeur comprise entre { $min } et { $max } jours : ces limites sont fixées par le registre des traitements.
flash-retention-period-saved = La durée de conservation est enregistrée.
flash-retention-run = La tâche de conservation a été exécutée. Enregistrements supprimés pour dépassement de leur durée : { $name }.
flash-person-already-erased = Les données de cette personne ont déjà été effacées.
flash-person-erased = Les données de la personne sont effacées.

privacy-finding-email = une adresse e-mail
privacy-finding-phone = un numéro de téléphone
privacy-finding-name = le nom d'une personne précédé d'un titre (M., Mme, Dr)
privacy-warning = Ce texte semble contenir { $found }. Ne nommez des particuliers que lorsque c'est nécessaire ; les agents publics se joignent par leur poste. Supprimez cette mention, ou cochez la case pour enregistrer le texte tel quel.
privacy-warning-confirm = Les données personnelles de ce texte sont nécessaires
