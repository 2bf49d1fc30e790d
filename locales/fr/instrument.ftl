## L'instrument par défaut : « Capacités et besoins locaux en matière de prévention ».
## Les sources qui ont inspiré les questions sont citées dans les notes de l'instrument
## (crates/assess/src/default_instrument.rs).

instrument-title = Capacités et besoins locaux en matière de prévention
instrument-group-mandate = Mandat et stratégie
instrument-group-levels = Collaboration avec les autres niveaux d'administration
instrument-group-means = Moyens
instrument-group-structures = Structures et personnes
instrument-group-needs = Besoins

q-mandate = La commune dispose-t-elle d'un mandat formel pour prévenir l'extrémisme violent, la haine et la polarisation (délibération du conseil municipal, stratégie ou plan d'action) ?
q-national_strategy = Comment la commune a-t-elle été associée à la stratégie nationale de prévention et de lutte contre l'extrémisme violent (P/CVE) ?
q-roles_clarity = La répartition des tâches de prévention entre les niveaux d'administration est-elle claire ? (1 = pas claire du tout, 5 = tout à fait claire)
q-data_access = La commune reçoit-elle de l'administration centrale des données et des informations sur les risques auxquels ses communautés sont exposées ?
q-police_sharing = Comment l'information circule-t-elle entre la commune, d'une part, et la police et les services de sécurité, d'autre part ?
q-programmes = La commune met-elle en œuvre ou finance-t-elle des programmes de prévention de l'extrémisme violent, de la haine ou de la polarisation ?
q-budget = Le budget communal comporte-t-il une ligne consacrée à la prévention ?
q-budget_amount = Quel montant, approximativement, est inscrit au budget de cette année pour la prévention (en euros) ?
q-staff_expertise = La commune dispose-t-elle d'agents ayant les compétences nécessaires pour prévenir l'extrémisme, la haine et la polarisation ?
q-structure_exists = Existe-t-il une structure de prévention réunissant plusieurs acteurs (par exemple une Équipe d'action communautaire ou un Conseil local de sécurité) ?
q-structure_meets = À quelle fréquence se réunit-elle ?
q-structure_paid = Ses membres sont-ils rémunérés pour ce travail ?
q-youth_engagement = Dans quelle mesure les jeunes sont-ils associés aux actions de prévention de la commune ? (1 = pas du tout, 5 = pleinement)
q-trust = Dans quelle mesure les habitants font-ils confiance aux institutions locales ? (1 = pas du tout, 5 = pleinement)
q-priority_needs = Classez les besoins de la commune, du plus urgent au moins urgent.
q-support_wanted = Quel soutien du pôle vous serait utile ?
q-comments = Y a-t-il autre chose que le pôle devrait savoir ?

choice-yes = Oui
choice-no = Non
choice-partly = En partie
choice-dont_know = Je ne sais pas
choice-designed = Elle a participé à son élaboration
choice-consulted = Elle a été consultée
choice-informed = Elle a seulement été informée
choice-not_involved = Elle n'y a pas été associée
choice-no_strategy = Il n'existe pas de stratégie nationale
choice-regular = Régulièrement, selon des procédures convenues
choice-occasional = Ponctuellement, sur demande
choice-personal = Uniquement par des relations personnelles
choice-none = Pas du tout
choice-monthly = Au moins une fois par mois
choice-quarterly = Quelques fois par an
choice-rarely = Rarement ou jamais
choice-paid = Rémunérés
choice-unpaid = Non rémunérés, sur leur temps personnel
choice-mixed = Certains sont rémunérés, d'autres non
choice-need_training = Formation du personnel
choice-need_data = Données et informations sur les risques locaux
choice-need_coordination = Clarification des rôles et coordination avec les autres niveaux
choice-need_funding = Financement
choice-need_youth = Moyens d'atteindre les jeunes
choice-need_psychosocial = Services psychosociaux et de réintégration
choice-need_communication = Communication et contre-discours
choice-helpdesk = Le service d'assistance
choice-expert = Un expert
choice-fund = Le Fonds d'assistance technique
choice-peer_exchange = Échanges entre pairs avec d'autres villes
choice-training = Formation
choice-likert_1 = 1
choice-likert_2 = 2
choice-likert_3 = 3
choice-likert_4 = 4
choice-likert_5 = 5
