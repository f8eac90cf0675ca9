# Le cadre du site : navigation, pied de page, choix de la langue et pages d'erreur.

nav-journal = Journal
nav-commons = Communs
nav-organizations = Organisations
nav-people = Personnes
nav-settings = Réglages
nav-sign-out = Se déconnecter
nav-sign-in = Se connecter
nav-sign-up = Créer un compte
feed-title = Journal de { $instance }
footer-about = Commonfare — logiciel libre (AGPL-3.0-or-later). Tout ce qui est ici est public, sauf les secrets.
footer-atom = Flux Atom
footer-api = API
language-label = Langue
language-choose = Afficher
error-title = { $status ->
    [400] Requête incorrecte
    [401] Connexion nécessaire
    [403] Action non permise
    [404] Introuvable
    [405] Cette adresse ne fait pas cela
    [408] Trop lent
    [409] Conflit
    [410] Supprimé
    [413] Trop volumineux
    [414] Adresse trop longue
    [415] Type de contenu inattendu
    [422] Impossible d'accepter en l'état
    [429] Trop de tentatives
    [431] En-têtes trop volumineux
   *[other] Quelque chose s'est mal passé
}
error-back = Revenez en arrière avec votre navigateur pour corriger ce que vous avez envoyé.
error-home = Aller à la page d'accueil
error-code = Erreur { $status }
