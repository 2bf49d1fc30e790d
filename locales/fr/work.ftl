work-title = Mon travail
work-count = { $count ->
    [one] { $count } à faire
    *[other] { $count } à faire
    }
work-yours = { $count ->
    [one] Une chose vous attend
    *[other] { $count } choses vous attendent
    }
work-nothing = Rien ne vous attend pour l'instant. Quand ce sera le cas, cela apparaîtra ici et vous serez prévenu par e-mail.
work-waiting-title = En attente d'autres personnes
work-due = avant le { $when } ({ $left })
work-request-assign = Prendre en charge ou attribuer cette nouvelle demande
work-request-answer = Répondre à la demande de la municipalité
work-request-reply = Répondre à la question du pôle
work-request-asked = Votre demande
work-waiting-hub = en attente du pôle
work-assignment-deliver = Remettre votre mission
work-assignment-rate = Évaluer le travail de l'expert
work-assignment-waiting = Un expert travaille sur votre demande
work-waiting-expert = en attente de l'expert
work-review-declare = Déclarer tout conflit d'intérêts, puis évaluer la candidature
work-review-score = Noter la candidature
work-fund-start-review = Lancer l'évaluation et désigner deux évaluateurs
work-fund-decide = Décider de la candidature
work-fund-agreement = Enregistrer l'accord
work-fund-report = Remettre le { $kind }
work-activity-update = Indiquer l'avancement de votre activité du plan de travail
work-assessment-fill = Remplir l'évaluation
work-assessment-finish = Terminer et envoyer l'évaluation
work-assessment-progress = { $answered } sur { $required } réponses
work-notice-acknowledge = Accuser réception de la notification
work-notice-plan = Déposer le plan de préparation local
work-notice-sent = Votre notification
work-waiting-recipients = en attente d'accusé de réception
work-invitation-waiting = Invitation pas encore acceptée
work-practice-review = Relire la pratique proposée
work-translations-confirm = { $count ->
    [one] Confirmer une traduction
    *[other] Confirmer { $count } traductions
    }
notifications-title = Notifications
notify-request_created = Nouvelle demande d'assistance de { $place } : { $subject }
notify-request_replied = Nouvelle réponse sur la demande « { $subject } »
notify-request_assigned = La demande « { $subject } » de { $place } vous est attribuée
notify-request_resolved = Le pôle a résolu votre demande « { $subject } »
notify-expert_assigned = Vous êtes affecté comme expert : { $subject }
notify-expert_answered = L'expert a répondu à votre demande « { $subject } »
notify-application_received = Nouvelle candidature au fonds de { $place } : { $subject }
notify-review_requested = Merci d'évaluer la candidature « { $subject } » de { $place }
notify-application_decided = Décision sur votre candidature « { $subject } » : { $decision }
notify-tranche_paid = Une tranche de { $amount } a été versée pour « { $subject } »
notify-report_due = Un rapport sur « { $subject } » est attendu avant le { $due }
notify-round_opened = La campagne d'évaluation « { $subject } » est ouverte jusqu'au { $due }
notify-round_reminder = Rappel : l'évaluation « { $subject } » est attendue avant le { $due }
notify-round_reopened = Votre évaluation « { $subject } » a été rouverte pour modification
notify-programme_changed = Un programme sur un thème que vous suivez : { $subject }
notify-activity_due = Votre activité du plan de travail « { $subject } » se termine le { $due }
notify-invitation_accepted = { $subject } a accepté votre invitation
notify-notice_waiting = Une notification attend votre accusé de réception sur le canal { $subject }
notify-notice_escalated = Une notification du canal { $subject } n'a pas été confirmée à temps et vous attend désormais
notify-plan_filed = Un plan de préparation local a été déposé sur le canal { $subject }
notify-mail-footer = Vous recevez ceci en raison de votre rôle dans Mozaik. Choisissez ce qui vous parvient par e-mail, immédiatement ou en résumé quotidien : { $link }
notify-digest-subject = { $count ->
    [one] Mozaik : une chose s'est passée aujourd'hui
    *[other] Mozaik : { $count } choses se sont passées aujourd'hui
    }
notify-digest-intro = { $count ->
    [one] Depuis votre dernier résumé :
    *[other] Depuis votre dernier résumé :
    }
notify-delivery-now = Par e-mail immédiatement
notify-delivery-digest = Dans un résumé quotidien par e-mail
notify-delivery-off = Seulement ici, pas par e-mail
notify-kind-request_created = Nouvelles demandes d'assistance
notify-kind-request_replied = Réponses aux demandes
notify-kind-request_assigned = Demandes qui me sont attribuées
notify-kind-request_resolved = Mes demandes résolues
notify-kind-expert_assigned = Missions d'expert qui me sont confiées
notify-kind-expert_answered = Réponses des experts
notify-kind-application_received = Nouvelles candidatures au fonds
notify-kind-review_requested = Évaluations qui me sont demandées
notify-kind-application_decided = Décisions sur les candidatures
notify-kind-tranche_paid = Tranches versées
notify-kind-report_due = Rapports attendus
notify-kind-round_opened = Campagnes d'évaluation ouvertes
notify-kind-round_reminder = Rappels d'évaluation
notify-kind-round_reopened = Évaluations rouvertes
notify-kind-programme_changed = Programmes sur les thèmes que je suis
notify-kind-activity_due = Mes activités du plan de travail à échéance
notify-kind-invitation_accepted = Invitations acceptées
notify-kind-notice_waiting = Notifications à confirmer
notify-kind-notice_escalated = Notifications transmises à l'échelon supérieur
notify-kind-plan_filed = Plans de préparation déposés
notifications-none = Aucune notification pour l'instant.
notifications-read-all = Tout marquer comme lu
notifications-new = nouveau
notify-preferences-title = Comment les notifications me parviennent
notify-preferences-intro = Chaque notification figure dans Mozaik. Choisissez, pour chaque type, si elle arrive aussi par e-mail immédiatement, dans un résumé quotidien, ou pas par e-mail.
notify-mandatory = Toujours par e-mail immédiatement : l'échange d'informations doit atteindre ses postes. L'e-mail ne contient jamais le contenu.
notify-preferences-save = Enregistrer mes choix
flash-notifications-read = Toutes les notifications sont marquées comme lues.
flash-notifications-saved = Vos choix sont enregistrés.
notify-notice_acknowledged = Votre notification du canal { $subject } a été confirmée
notify-notice_closed = Une notification du canal { $subject } a été clôturée
notify-kind-notice_acknowledged = Mes notifications confirmées
notify-kind-notice_closed = Notifications clôturées
work-notice-read-plan = Lire le plan local et clore la notification
work-waiting-plan = en attente du plan local
work-practice-finish = Terminer votre pratique et la proposer à la relecture
work-practice-proposed = Votre pratique proposée
work-waiting-reviewers = en attente des relecteurs
work-request-answered = Votre réponse à la municipalité
work-waiting-municipality = en attente de la municipalité
work-request-read-answer = Lire la réponse du hub : répondre, ou clore la demande si elle est réglée
