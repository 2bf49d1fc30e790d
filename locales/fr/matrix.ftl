## La matrice des rôles : fonctions de prévention et niveaux d'administration.

matrix-title = Qui fait quoi en matière de prévention : { $country }
matrix-link = Qui fait quoi en matière de prévention, niveau par niveau
matrix-intro = Pour chaque fonction de prévention, la matrice indique quel niveau d'administration est responsable de l'exécution (R), garant du résultat (A), consulté (C) ou informé (I). Une fonction dont aucun niveau n'est responsable constitue une lacune ; une fonction dont deux niveaux sont responsables constitue un chevauchement.
matrix-function = Fonction
matrix-check = Vérification
matrix-gap = lacune : aucun niveau responsable
matrix-overlap = chevauchement : plusieurs niveaux responsables
matrix-letters = Saisissez les lettres R, A, C et I, séparées par des virgules, ou laissez la case vide.
matrix-save = Enregistrer la matrice
matrix-legend = R responsable de l'exécution · A garant du résultat · C consulté · I informé
matrix-function-primary_prevention = Prévention primaire
matrix-function-secondary_prevention = Prévention secondaire
matrix-function-tertiary_prevention = Prévention tertiaire
matrix-function-reintegration = Réintégration des personnes de retour
matrix-function-information_sharing = Partage d'informations
matrix-function-youth = Mobilisation des jeunes
matrix-function-victim_support = Aide aux victimes
matrix-function-communication = Communication publique
