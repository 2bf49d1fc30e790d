## Connexion, invitations, comptes, boîte d'envoi et journal d'audit.

signin-title = Connexion
signin-email = Adresse e-mail
signin-password = Mot de passe
signin-button = Se connecter
signin-help = Les comptes sont créés sur invitation du pôle. Si vous avez oublié votre mot de passe, demandez une nouvelle invitation à l'administrateur du pôle.
signin-email-required = Saisissez votre adresse e-mail.
signin-password-required = Saisissez votre mot de passe.
signin-wrong = L'adresse e-mail ou le mot de passe est incorrect.
signin-locked = Trop de tentatives infructueuses : ce compte est verrouillé jusqu'à { $time }. Veuillez réessayer après cette heure.
signin-client-blocked = Trop de tentatives de connexion infructueuses proviennent de votre réseau. Veuillez patienter un quart d'heure avant de réessayer.

totp-title = Deuxième étape de la connexion
totp-explain = Saisissez le code à six chiffres que votre application d'authentification affiche pour Mozaik.
totp-code = Code de vérification
totp-recovery-hint = Vous avez perdu votre téléphone ? Saisissez plutôt l'un de vos codes de secours.
totp-button = Continuer
totp-wrong = Ce code n'est pas valide. Vérifiez que l'horloge de votre téléphone est à l'heure, puis saisissez le code actuellement affiché.
totp-setup-title = Configurer la connexion en deux étapes
totp-setup-required = Votre rôle vous donne accès à des informations sensibles : la connexion comporte donc une deuxième étape, la saisie d'un code fourni par une application sur votre téléphone.
totp-setup-step-app = Installez une application d'authentification sur votre téléphone si vous n'en avez pas encore (par exemple FreeOTP, Aegis ou Google Authenticator).
totp-setup-step-scan = Dans l'application, ajoutez un compte et scannez ce code.
totp-setup-manual = Si vous ne pouvez pas le scanner, saisissez cette clé dans l'application :
totp-setup-step-code = Saisissez le code à six chiffres que l'application affiche maintenant.
totp-setup-button = Confirmer
recovery-title = Vos codes de secours
recovery-explain = La connexion en deux étapes est activée. Conservez ces codes de secours en lieu sûr, à l'écart de votre téléphone : chacun d'eux vous permet de vous connecter une fois si vous perdez votre téléphone. Ils ne sont affichés qu'une seule fois, maintenant.
recovery-continue = Continuer

password-too-short = Le mot de passe doit comporter au moins { $min } caractères. Quelques mots sans rapport entre eux forment un mot de passe long et facile à retenir.
password-too-long = Le mot de passe est trop long.
password-common = Ce mot de passe fait partie des plus courants et serait vite deviné. Choisissez-en un autre.
password-contains-email = Le mot de passe ne doit pas contenir votre adresse e-mail.

account-title = Votre compte
account-name = Nom
account-email = Adresse e-mail
account-roles = Rôles
account-no-roles = Aucun rôle pour l'instant.
account-totp = Connexion en deux étapes
account-totp-on = activée
account-totp-off = désactivée
account-totp-set-up = La configurer
account-sign-out-everywhere = Se déconnecter sur tous les appareils
tokens-title = Jetons d'API
tokens-explain = Un jeton permet à un autre système de consulter l'annuaire par l'API en votre nom. Il ne donne accès qu'à la portée que vous choisissez, et il expire.
tokens-shown-once = Copiez ce jeton maintenant : il ne sera plus affiché.
tokens-name = Nom
tokens-scope = Portée
tokens-created = Créé le
tokens-expires = Expire le
tokens-last-used = Dernière utilisation
tokens-days = Durée de validité (en jours, de 1 à 365)
tokens-create = Créer un jeton
tokens-revoke = Révoquer
tokens-revoked = révoqué
token-name-required = Donnez au jeton un nom de 100 caractères au maximum, par exemple celui du système qui l'utilisera.
token-days-range = Saisissez un nombre de jours compris entre 1 et 365.
token-scope-unknown = Choisissez l'une des portées de la liste.

role-hub_admin = Administrateur du pôle
role-hub_staff = Membre de l'équipe du pôle
role-national_coordinator = Coordinateur national
role-security_liaison = Agent de liaison pour la sécurité
role-focal_point = Point focal municipal
role-municipal_staff = Agent municipal
role-expert = Expert
role-partner = Partenaire ou observateur
role-civil_society = Membre de la société civile

invite-title = Inviter une personne : { $place }
invite-explain = La personne reçoit un e-mail contenant un lien à usage unique, valable sept jours. Si vous invitez quelqu'un à un poste déjà pourvu, le poste lui est transmis lorsqu'il accepte l'invitation.
invite-name = Nom complet
invite-email = Adresse e-mail
invite-role = Rôle
invite-position = Poste
invite-no-position = Aucun poste
invite-position-hint = Le rôle suit le poste lorsque celui-ci est transmis.
invite-language = Langue de l'invitation
invite-button = Envoyer l'invitation
invite-sent = L'invitation a été envoyée à { $email }.
invite-email-invalid = Saisissez une adresse e-mail valide, par exemple nom@commune.org.
invite-name-required = Saisissez le nom complet de la personne (200 caractères au maximum).
invite-role-required = Choisissez un rôle.
invite-position-unknown = Choisissez un poste dans la liste.
invite-mail-subject = Votre invitation à rejoindre { $hub }
invite-mail-body =
    Bonjour { $name },

    Nous vous invitons à rejoindre { $hub } sur Mozaik avec le rôle « { $role } » pour { $place }.

    Pour accepter l'invitation, ouvrez ce lien et choisissez un mot de passe :
    { $link }

    Ce lien ne peut être utilisé qu'une seule fois et expire le { $date }. Si vous n'attendiez pas cette invitation, ne tenez pas compte de ce message.

accept-title = Accepter votre invitation
accept-welcome = Bienvenue, { $name }. Choisissez un mot de passe pour { $email }.
accept-password = Mot de passe
accept-password-hint = Au moins 10 caractères. Quelques mots sans rapport entre eux font un bon mot de passe.
accept-confirm = Répétez le mot de passe
accept-confirm-mismatch = Les deux mots de passe ne sont pas identiques.
accept-button = Créer mon compte
accept-gone-title = Cette invitation ne peut pas être utilisée
accept-gone-message = Le lien a déjà été utilisé ou a expiré. Demandez une nouvelle invitation au pôle.

people-title = Personnes en poste : { $place }
people-link = Personnes en poste ici
people-back = Revenir au lieu
people-invite = Inviter une personne à un poste ici
people-private = Données personnelles : elles vous sont affichées parce que votre rôle s'étend à ce lieu.
people-none = Personne n'occupe encore de poste ici.
people-person = Personne
people-period = Période
people-now = aujourd'hui
people-role-holder = Titulaire
people-role-deputy = Adjoint

accounts-title = Comptes
accounts-revoke = Fermer les sessions
accounts-deactivate = Désactiver
accounts-inactive = désactivé

outbox-title = Boîte d'envoi
outbox-explain = Messages envoyés par Mozaik, du plus récent au plus ancien. Lorsqu'aucun serveur de messagerie n'est configuré, c'est ici qu'ils restent en attente.
outbox-empty = Aucun message pour l'instant.
outbox-to = À
outbox-sent = envoyé le { $time }
outbox-failed = pas encore envoyé : { $reason }
outbox-waiting = en attente d’envoi

audit-title = Journal d'audit
audit-chain-ok = { $count ->
    [one] La chaîne de { $count } événement est intacte.
   *[other] La chaîne de { $count } événements est intacte.
}
audit-chain-broken = La chaîne est rompue à l'événement { $id } : { $reason }.
audit-actor = Auteur
audit-action = Opération
audit-from = Du
audit-to = Au
audit-filter = Filtrer
audit-time = Date et heure
audit-object = Objet
audit-summary = Résumé
outbox-link-withheld = [le lien personnel n'est pas affiché ici ; il est seulement envoyé au destinataire]
invite-no-key-title = Les invitations nécessitent la clé de l'instance
invite-no-key-message = Un lien d'invitation reste scellé jusqu'à son envoi, et ce serveur n'a pas de clé pour le sceller. Demandez à l'administrateur de configurer sharing_key (voir le README), puis invitez à nouveau.
accept-existing = { $name }, vous avez déjà un compte. Accepter y ajoute le rôle « { $role } » ; votre mot de passe et votre second facteur restent inchangés.
accept-role-button = Accepter le rôle
accept-sign-in-first = Un compte existe déjà pour { $email }. Connectez-vous d'abord ; cette page vous permettra ensuite d'accepter le nouveau rôle.
accept-deactivated = Le compte de cette adresse a été désactivé, et une invitation ne le réactive pas. Adressez-vous à l'administrateur du pôle.
flash-invitation-accepted = Le nouveau rôle est à vous. Ce qu'il apporte figure sur votre page d'accueil.
totp-used = Ce code a déjà été utilisé. Attendez le suivant dans votre application.
signin-for-account = Votre compte : mot de passe, second facteur, notifications et jetons d'API. Connectez-vous pour l'ouvrir.
signin-for-admin = Cette page est réservée aux administrateurs du pôle : comptes, boîte d'envoi et journal d'audit.
signin-for-sharing = Cette page est destinée aux postes qui échangent des informations entre niveaux national et local : points focaux municipaux, coordinateurs nationaux et agents de liaison de sécurité. Seuls les postes concernés par une notification peuvent la lire.
signin-for-support = Cette page est destinée aux municipalités qui demandent l'appui du pôle, à l'équipe du pôle et aux experts affectés à une demande.
signin-for-assess = Cette page est destinée au point focal et au personnel de la municipalité, qui remplissent son évaluation, et à l'équipe du pôle.
signin-for-studies = Cette page est destinée à la municipalité qui mène l'étude : son point focal et son personnel.
signin-for-people = Les noms des titulaires sont des données personnelles : cette page est réservée aux rôles qui couvrent ce lieu.
signin-for-knowledge = Toute personne ayant un compte peut proposer une bonne pratique ou une traduction ; connectez-vous pour le faire.
signin-for-invitation = Cette invitation concerne une adresse qui a déjà un compte : connectez-vous pour accepter le nouveau rôle.
signin-for-page = La page demandée est réservée aux personnes ayant un rôle dans le pôle. Connectez-vous pour l'ouvrir.
password-change-title = Changer votre mot de passe
password-current = Mot de passe actuel
password-new = Nouveau mot de passe
password-change-button = Changer le mot de passe
password-current-wrong = Ce n'est pas votre mot de passe actuel.
flash-password-changed = Votre mot de passe est changé ; vos autres sessions sont déconnectées.
password-forgot-link = Mot de passe oublié ?
password-forgot-title = Réinitialiser un mot de passe oublié
password-forgot-intro = Saisissez votre adresse e-mail : si elle a un compte, un lien pour choisir un nouveau mot de passe y est envoyé. Le lien fonctionne une fois, pendant une heure.
password-forgot-button = Envoyer le lien
password-forgot-sent = Si cette adresse a un compte, un lien pour choisir un nouveau mot de passe est en route. Il fonctionne une fois, pendant une heure. Rien reçu ? Vérifiez l'adresse ou adressez-vous à l'administrateur du pôle.
password-mail-subject = Mozaik : choisissez un nouveau mot de passe
password-mail-body = Quelqu'un (probablement vous) a demandé à réinitialiser le mot de passe de ce compte. Choisissez-en un nouveau ici ; le lien fonctionne une fois, pendant une heure :
    
    { $link }
    
    Si ce n'est pas vous, ignorez ce message : votre mot de passe reste inchangé.
password-reset-title = Choisissez un nouveau mot de passe
password-reset-button = Définir le nouveau mot de passe
password-link-gone-title = Ce lien ne peut pas être utilisé
password-link-gone-message = Il a déjà été utilisé ou date de plus d'une heure. Demandez-en un nouveau depuis la page de connexion.
flash-password-reset = Votre nouveau mot de passe est défini. Connectez-vous avec.
accounts-deactivate-confirm = Désactiver le compte de { $name } ({ $email }) ? La personne est déconnectée immédiatement et ne peut plus se connecter ; ce qu'elle a fait reste enregistré.
accounts-revoke-confirm = Mettre fin à toutes les sessions de { $name } ({ $email }) ? La personne devra se reconnecter sur chaque appareil.
flash-account-deactivated = Le compte est désactivé et ses sessions sont terminées.
flash-account-sessions-ended = Toutes les sessions du compte sont terminées.
tokens-revoke-confirm = Révoquer le jeton d'API « { $name } » ? Tout système qui l'utilise ne pourra plus lire Mozaik immédiatement.
flash-token-revoked = Le jeton est révoqué.
audit-actor-system = Mozaik lui-même
audit-actor-command = Une commande sur le serveur
audit-actor-anonymous = Un visiteur non connecté
audit-actor-other = Autre
scope-directory-read = lieux, institutions et recherche
scope-directory-people = qui occupe chaque poste (données personnelles ; chaque lecture est consignée)
scope-assess-read = cycles d’évaluation et leurs résultats
scope-resilience-read = études de résilience et leurs indices
scope-knowledge-read = pratiques, programmes et événements
scope-support-read = appels du fonds, totaux des subventions et plans de travail
