# Le cadre du site : navigation, pied de page, choix de la langue et pages d'erreur.

skip-to-content = Aller au contenu
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

## Accueil

home-title = Accueil
home-intro = Commonfare est une infrastructure de coopération. Chacun contribue aux communs sans demander la permission ; coopératives, phyles et entreprises en tirent de quoi vivre ; associations d'intérêt général et collectivités font tourner l'infrastructure partagée et décident démocratiquement. Chaque changement est inscrit dans un journal public : chacun voit ce qui se passe et ce qui manque.
home-people = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
home-organizations = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
home-events = { $count ->
    [one] { $count } événement au journal
   *[other] { $count } événements au journal
}
home-join = Rejoindre cette instance
home-or = ou
home-sign-in = se connecter
home-create-organization = Créer une organisation
home-now = En ce moment
home-whole-journal = Tout le journal →

## Le journal

journal-title = Journal
journal-intro = Chaque changement sur cette instance, au moment où il a eu lieu. Aussi en :
journal-person = Personne
journal-person-hint = identifiant
journal-type = Type
journal-type-hint = person, organization, …
journal-context = Historique de
journal-context-hint = commons:identifiant
journal-filter = Filtrer
journal-older = Événements plus anciens →
journal-empty = Rien ne s'est encore passé ici.
journal-history = Historique
journal-record-all = Tout l'historique, page par page

## Connexion et inscription

field-handle = Identifiant
field-password = Mot de passe
field-display-name = Nom affiché
field-email = Courriel
signin-new = Nouveau ici ?
signup-handle-hint = 2 à 40 lettres minuscules, chiffres et - ou _ isolés, en commençant par une lettre ; c'est votre adresse ici et il ne changera pas
signup-email-hint = facultatif et privé : jamais montré à personne
signup-password-hint = au moins 10 caractères
signup-already = Déjà inscrit ?

## Personnes et organisations

search-name-or-handle = Nom ou identifiant
search = Chercher
people-title = Personnes
people-none = Personne ne s'est encore inscrit.
people-no-match = Personne ne correspond à « { $q } ».
people-show-all = Voir tout le monde
people-more = Plus de personnes →
tag-instance-admin = administration de l'instance
orgs-kind = Forme
orgs-any = toutes
orgs-none = Aucune organisation pour l'instant.
orgs-no-match = Aucune organisation ne correspond.
orgs-show-all = Les voir toutes
orgs-more = Plus d'organisations →
org-kind = { $kind ->
    [for_profit] Entreprise à but lucratif
    [cooperative] Coopérative
    [phyle] Phyle (entreprise éthique des commoners)
    [for_benefit] Association d'intérêt général
    [public_body] Collectivité publique
   *[informal_group] Groupe informel
}
org-role = { $role ->
    [admin] administration
   *[member] membre
}
person-joined = Inscrit le { $when }
person-renamed = Connu comme @{ $old } jusqu'au { $when }, quand personnes et organisations ont partagé une seule liste d'identifiants : { $reason }. L'ancienne adresse mène ici.
person-edit = Modifier le profil et les réglages
person-invited = (invité)
org-new-title = Nouvelle organisation
org-handle-hint = 2 à 40 lettres minuscules, chiffres et - ou _ isolés, en commençant par une lettre
field-name = Nom
field-description = Description
field-website = Site web
create = Créer

## Une organisation et les réglages

org-accept = Accepter l'invitation
org-decline = Décliner
org-leave = Quitter
org-members = Membres
org-invited = invité
org-remove = retirer
org-invite-title = Inviter quelqu'un
field-role = Rôle
org-invite = Inviter
org-edit = Modifier
save = Enregistrer
settings-profile = Profil
settings-about = À propos de vous
settings-private = privé
settings-save-profile = Enregistrer le profil
settings-preferences = Langue et heure
settings-language = Langue des pages
settings-language-browser = La langue de mon navigateur
settings-time-zone = Fuseau horaire
settings-time-zone-instance = Celui de l'instance ({ $zone })
settings-save-preferences = Enregistrer la langue et le fuseau
settings-password = Mot de passe
settings-current-password = Mot de passe actuel
settings-new-password = Nouveau mot de passe
settings-revoke-tokens = Révoquer aussi mes jetons d'API (les programmes qui les utilisent en demanderont un nouveau)
settings-change-password = Changer le mot de passe
settings-tokens = Jetons d'API
settings-tokens-intro = Un programme envoie son jeton ainsi : <code>Authorization: Bearer JETON</code>. Un jeton n'est montré qu'une fois, à sa création.
settings-new-token = Votre nouveau jeton (copiez-le maintenant, il ne sera plus montré) :
settings-token-created = créé le { $when }
settings-revoked = révoqué
settings-revoke = Révoquer
settings-token-name = Nom du jeton
settings-token-name-hint = à quoi sert le programme
settings-create-token = Créer un jeton

## Communs : listes, contributions et révisions

commons-create = Créer un commun
commons-words = Mots
commons-home-organization = Organisation d'attache
commons-kind = { $kind ->
    [software] logiciel
    [knowledge] savoir
    [design] design
    [data] données
   *[other] autre
}
commons-of = de
commons-none = Aucun commun pour l'instant.
commons-no-match = Aucun commun ne correspond.
commons-show-all = Les voir tous
commons-more = Plus de communs →
show = Afficher
by = par
show-all = Tout afficher
contributions-title = Contributions
contributions-of = Contributions à { $name }
contribution-state-label = État
contribution-state = { $state ->
    [open] ouvertes (proposées ou à modifier)
    [proposed] proposée
    [changes_requested] modifications demandées
    [accepted] acceptée
    [rejected] refusée
    [withdrawn] retirée
    [reverted] annulée
   *[any] tous
}
contribution-kind = { $kind ->
    [change] modification
   *[work_record] travail déclaré
}
file-op = { $op ->
    [add] ajout
    [modify] modification
   *[delete] suppression
}
contributions-none = Aucune.
contributions-none-in-state = Aucune dans cet état.
contributions-older = Contributions plus anciennes →
revisions-title = Révisions
revisions-of = Révisions de { $name }
revisions-older = Révisions plus anciennes →
revision-changes = changements
revision-accepted-by = acceptée par
revision-made-in = faite dans
revision-offered = { $count ->
    [one] La révision de la bifurcation qu'elle apporte
   *[other] Les { $count } révisions de la bifurcation qu'elle apporte
}
contribution-offered = Proposée depuis la bifurcation
contribution-work-by = travail de
contribution-minutes = { $count ->
    [one] { $count } minute de travail
   *[other] { $count } minutes de travail
}
contribution-evidence = justificatif
contribution-deleted-before = Le commun
contribution-deleted-after = a été supprimé : cette contribution ne peut plus être tranchée.
contribution-comment-optional = commentaire (facultatif)
contribution-why-optional = pourquoi (facultatif)
contribution-what-to-change = ce qu'il faut changer
contribution-accept = Accepter
contribution-reject = Refuser
contribution-ask-for-changes = Demander des modifications
contribution-withdraw = Retirer
contribution-reviews = Avis
contribution-review-record = ({ $accepted } acceptées, { $reviews ->
    [one] { $reviews } avis
   *[other] { $reviews } avis
} ici)
contribution-no-review = Pas encore d'avis.

## La page d'un commun

commons-deleted = Supprimé le { $when }
commons-deleted-by = par
commons-deleted-rest = Ses fichiers et son historique restent lisibles ; plus rien ne peut y changer.
commons-deleted-forks = Ses fichiers et son historique restent lisibles, et son travail continue dans ses bifurcations (plus bas) ; plus rien ne peut y changer.
commons-hosted-by = hébergé par
commons-forked-from = Bifurqué depuis
commons-at-revision = à la révision { $number }
commons-synced = dernière offre acceptée en amont comme sa révision { $number }
commons-revision = Révision { $number } :
commons-propose = Proposer un nouveau fichier ou en téléverser un
commons-record-work = Déclarer un travail fait pour ce commun
field-minutes = Minutes
commons-what-you-did = Ce que vous avez fait
commons-what-you-did-hint = Animé l'atelier du samedi
commons-evidence = Justificatif (un lien, facultatif)
commons-record = Déclarer le travail
commons-fork-title = Bifurquer ce commun
commons-fork-handle = Identifiant de la bifurcation
commons-fork-note = La bifurcation garde tout l'historique et qui a fait quoi ; vous en devenez mainteneur.
commons-fork = Bifurquer
commons-offer-label = Proposer en amont les nouvelles révisions de cette bifurcation
commons-offer-hint = ce qu'elles apportent
commons-offer-waiting = L'offre de cette bifurcation attend les mainteneurs en amont :
commons-offer = Proposer en amont
commons-delete-title = Supprimer ce commun
commons-delete-note = Plus rien ne peut changer dans un commun supprimé et il quitte les listes. Ses fichiers et son historique restent lisibles, et les bifurcations gardent tout ce dont elles ont hérité.
commons-delete-confirm-before = Tapez
commons-delete-confirm-after = pour confirmer
commons-files = Fichiers
commons-file-size = { $count ->
    [one] { $count } octet
   *[other] { $count } octets
}
commons-no-files = Pas encore de fichier : proposez le premier.
commons-maintainers = Mainteneurs
commons-contributors = Contributeurs
commons-contributors-first = Les { $shown } premiers sur { $total }, par contributions acceptées
commons-all-as-json = tous, en JSON
commons-contributor-accepted = { $count } acceptées
commons-contributor-reviews = { $count ->
    [one] { $count } avis
   *[other] { $count } avis
}
commons-contributor-open = { $count } ouvertes
commons-nobody = Personne pour l'instant.
commons-suggested = Proposés comme mainteneurs
commons-forks = Bifurcations
commons-fork-from = depuis la révision { $number }
commons-forks-first = Les { $shown } premières bifurcations sur { $total } ;
commons-forks-all = toutes en JSON
commons-open-contributions = Contributions ouvertes
commons-none-open = Aucune ouverte.
commons-more-open = Plus de contributions ouvertes →
commons-all-contributions = Toutes les contributions
commons-download-head = Télécharger la tête en
commons-or = ou

## Propositions, fichiers et différences

propose-title = Proposer une modification
propose-to = Proposer une modification à
field-file-path = Chemin du fichier
field-content = Contenu
field-what-and-why = Quoi et pourquoi
propose = Proposer
upload-title = Ou téléverser un fichier
upload-note = Tout type de fichier (images, PDF, dessins) jusqu'à la taille que cette instance accepte ; les fichiers texte restent comparables ligne à ligne.
field-file = Fichier
upload-path = Chemin dans le commun (le nom du fichier s'il est vide)
upload-propose = Téléverser et proposer
file-propose-edit = Proposer une modification
file-binary = Un fichier binaire ; il n'est pas affiché ici.
diff-title = Changements
diff-revisions = révision { $from } → { $to }
diff-files-changed = { $count ->
    [one] { $count } fichier modifié
   *[other] { $count } fichiers modifiés
}
diff-download = télécharger la révision { $number } en
diff-status = { $status ->
    [added] ajouté
    [deleted] supprimé
   *[modified] modifié
}
diff-binary = Un fichier binaire ; il n'est pas comparé ligne à ligne.
diff-too-large = Trop volumineux pour être comparé ligne à ligne.
new-commons-title = Nouveau commun
new-commons-summary = Résumé
new-commons-licence = Licence
new-commons-licence-hint = un identifiant ou une expression SPDX
new-commons-licence-means = Chaque contribution est donnée sous cette licence, et chacun peut utiliser le commun comme elle le permet. Une licence de partage à l'identique (CC-BY-SA-4.0, GPL-3.0-or-later, ODbL-1.0) garde ouvert ce que d'autres en tirent ; une licence permissive (MIT, CC-BY-4.0) leur permet de le fermer.
new-commons-home-hint = facultatif ; vous devez en être membre

## Discussion

discussion-title = Discussion
discussion-comments = { $count ->
    [one] { $count } commentaire
   *[other] { $count } commentaires
}
discussion-last = dernier { $when }
discussion-no-thread = Pas encore de fil.
discussion-all-threads = Tous les fils
discussion-or-start = , ou en commencer un
discussion-thread-number = Fil nº { $number }
discussion-contribution = contribution nº { $number }
discussion-older = Fils plus anciens →
discussion-start-title = Commencer un fil
field-title = Titre
discussion-first-comment = Premier commentaire
markdown = Markdown
discussion-start = Commencer le fil
discussion-sign-in-to-start = pour commencer un fil ; lire ne demande pas de compte.
discussion-sign-in-to-take-part = pour participer ; lire ne demande pas de compte.
discussion-thread-of = Fil nº { $number } de
discussion-started-by = commencé par
discussion-of-contribution = la discussion de
discussion-all-threads-lower = tous les fils
comment-edited = modifié
comment-deleted = Commentaire supprimé par son auteur.
comment-edit-or-delete = Modifier ou supprimer
comment-yours = Votre commentaire
comment-yours-hint = Markdown ; le texte précédent reste dans l'historique
comment-delete = Supprimer ce commentaire
comment-none = Pas encore de commentaire.
comment-add = Ajouter un commentaire
comment-post = Commenter
history-title = Historique du commentaire
history-by = Un commentaire de
history-on = sur
history-written = écrit { $when }
history-now = Aujourd'hui
history-deleted = Supprimé par son auteur ; son texte et ses versions précédentes ont disparu.
history-earlier = Versions précédentes
history-version = écrite { $written }, remplacée { $replaced }
history-none = Aucune : le commentaire n'a jamais été modifié.
history-none-deleted = Aucune : le commentaire n'a jamais été modifié, ou ses versions sont parties avec lui.
history-back = Retour au fil
panel-in-the-commons = Dans les communs
panel-no-contributions = Pas encore de contribution.
panel-maintainer = mainteneur
panel-rejected = { $count } refusées
panel-since = depuis { $when }

language-name-en = anglais
language-name-fr = français
language-name-it = italien
language-name-es = espagnol
content-missing = Pas encore de version en { $wanted } : affiché en { $original }, tel qu'écrit à l'origine.
content-translated = Traduit { $code ->
    [fr] du français
    [it] de l'italien
    [es] de l'espagnol
   *[en] de l'anglais
}.
content-written-in = Écrit en
content-translations = Traductions
content-translations-note = Le nom et le résumé sont écrits en { $original } ; donnez-les ici dans d'autres langues.
content-translation-language = Langue
content-save-translation = Enregistrer la traduction
content-remove-translation = retirer

diff-old-line = Ligne avant
diff-new-line = Ligne après
diff-line = Texte
diff-download-file = le télécharger
diff-read-proposed = lire le fichier tel que proposé
contribution-changes-on = Ce qu'elle change, sur la révision { $number }
contribution-became = Acceptée comme révision { $number } :
contribution-revision-diff = voir les changements de cette révision
contribution-on-head = Acceptée maintenant, sur la révision { $number } (la tête a avancé depuis), elle changerait
contribution-conflicts = Ces fichiers ont aussi changé sur la tête depuis ; l'auteur doit mettre à jour le changement avant qu'il puisse être accepté :

contribution-update-title = Mettre à jour votre changement
contribution-asked-by = @{ $reviewer } a demandé des modifications :
contribution-update-file = { $path }, tel que vous le proposez
contribution-update = Envoyer la nouvelle version

revert-title = Annuler…
revert-note = Une nouvelle révision défera ce que la révision { $number } a changé ; son historique reste.
revert-confirm = Oui, annuler la révision { $number }
maintainers-remove = retirer
maintainers-step-down = me retirer
maintainers-add-label = Nommer un·e mainteneur·e (identifiant)
maintainers-add = Ajouter

welcome-title = Bienvenue
welcome-lead = Ici, vous pouvez améliorer des œuvres partagées, rejoindre les groupes qui en prennent soin et suivre tout ce qui se passe, au moment où ça se passe.
welcome-profile = Dites qui vous êtes, et choisissez votre langue et votre fuseau horaire
welcome-commons = Contribuer à un commun
welcome-commons-how = Chacun peut proposer un changement ou déclarer un travail fait ; les mainteneurs du commun l'examinent, au grand jour.
welcome-all-commons = Tous les communs
welcome-orgs = Rejoindre une organisation
welcome-orgs-how = Associations, coopératives, organismes publics et groupes informels invitent leurs membres : demandez à l'un de leurs administrateurs.
welcome-all-orgs = Toutes les organisations
welcome-new-org = En créer une
welcome-happening = Ce qui se passe
welcome-journal = Tout le journal

form-fix-below = Rien n'a été enregistré : corrigez ce qui est signalé ci-dessous et renvoyez le formulaire.

api-title = L'API
api-intro = Chaque page a sa jumelle dans l'API, en JSON. Lire ne demande rien ; une modification demande un jeton, envoyé comme <code>Authorization: Bearer JETON</code> (créez-en un dans vos paramètres). Les refus répondent en <code>application/problem+json</code>, avec un <code>code</code> stable et des mots dans la langue demandée. Les listes arrivent page par page : suivez <code>next</code> ou l'en-tête <code>Link</code>. Les descriptions ci-dessous sont en anglais, comme celles de l'API.
api-json = La même description en JSON OpenAPI, pour les programmes
api-contents = Sommaire
api-operations = { $count ->
    [one] une opération
   *[other] { $count } opérations
}
api-shapes = Formes
api-shapes-note = Ce que les opérations reçoivent et répondent, par nom.
api-access-anyone = Tout le monde peut l'appeler
api-access-optional = Un jeton est lu s'il est envoyé
api-access-token = Demande un jeton
api-parameters = Paramètres
api-in = dans { $place ->
    [path] l'adresse
    [query] la requête
   *[other] { $place }
}
api-required = obligatoire
api-body = Ce qu'il faut envoyer
api-answers = Réponses
## Instances : assemblées, conseils et groupes d'une organisation, et leurs décisions.
bodies-title = Instances
bodies-none = Aucune instance pour l'instant.
bodies-kind = { $kind ->
    [general_assembly] Assemblée générale
    [board] Conseil d'administration
    [working_group] Groupe de travail
    [jury] Jury
    [valuation_panel] Comité d'évaluation
   *[commons_council] Conseil des communs
}
bodies-method = { $method ->
    [motion] Motion (oui, non, abstention)
    [consent] Consentement (adoptée sauf objection)
    [consensus] Consensus (adoptée sauf blocage)
    [approval] Vote par approbation
    [plurality] Majorité simple (un seul choix)
    [score] Vote par notes (des points à chaque option)
    [cumulative] Vote cumulatif (des gommettes à répartir)
    [borda] Méthode de Borda
    [schulze] Méthode de Schulze (classement)
    [irv] Vote alternatif (classement)
    [stv-scottish] VUT écossais (classement, proportionnel)
    [seqphragmen] Phragmén séquentiel (approbation, conseil proportionnel)
    [equal-shares] Méthode des parts égales (approbation, conseil proportionnel)
    [pav] Vote par approbation proportionnel (conseil)
   *[stv-meek] VUT de Meek (classement, proportionnel)
}
bodies-state = { $state ->
    [draft] brouillon
    [open] ouverte
    [closed] close
   *[withdrawn] retirée
}
bodies-result = { $result ->
    [decided] décidée
   *[failed] rejetée
}
bodies-secrecy = { $secrecy ->
    [open] bulletins publics
    [anonymous] bulletins anonymes
   *[secret] bulletins secrets avec reçu
}
bodies-seats = { $seats ->
    [elected] les titulaires d'un siège élu dont le mandat court encore
    [named] les personnes que nomme le règlement
    [admins] les admins de l'organisation
   *[all_members] tous les membres actifs de l'organisation
}
bodies-openers = { $openers ->
    [admins] les admins de l'organisation
   *[members] toute personne qui y siège, et les admins
}
bodies-answer = { $answer ->
    [yes] Oui
    [no] Non
    [abstain] Abstention
    [consent] Je consens
    [concern] Je consens, avec une réserve
    [objection] J'objecte
    [agree] Je suis d'accord
    [stand_aside] Je me mets en retrait
   *[block] Je bloque
}
bodies-closes = se clôt { $when }
bodies-no-decision = Aucune.
bodies-open-decisions = Décisions ouvertes
bodies-drafts = Brouillons
bodies-past-decisions = Décisions passées
bodies-members = Qui y siège
bodies-weight = { $count ->
    [one] { $count } voix
   *[other] { $count } voix
}
bodies-no-member = Personne ne siège encore dans cette instance.
bodies-rulebook = Règlement, version { $version }
bodies-rule-seats = Qui siège
bodies-rule-openers = Qui peut ouvrir une décision
bodies-rule-method = Méthode par défaut
bodies-rule-quorum = Quorum
bodies-rule-threshold = Seuil
bodies-abstentions-count = les abstentions comptent dans la base
bodies-rule-secrecy = Secret minimal
bodies-rule-changeable = Un bulletin peut changer jusqu'à la clôture
bodies-yes = oui
bodies-no = non
bodies-rule-weights = Poids
bodies-weight-cap = { $count ->
    [one] au plus { $count } voix par membre
   *[other] au plus { $count } voix par membre
}
bodies-versions = Versions précédentes
bodies-version = Version { $version }
bodies-draft-title = Préparer une décision
bodies-field-title = Question ou proposition
bodies-field-description = Détails
bodies-field-method = Méthode
bodies-field-options = Options
bodies-options-hint = une par ligne ; rien pour une motion
bodies-field-seats = Sièges à pourvoir
bodies-field-secrecy = Bulletins
bodies-secrecy-default = selon le règlement
bodies-field-days = Jours avant la clôture
bodies-draft = Enregistrer le brouillon
bodies-sign-in-to-draft = pour préparer une décision, si le règlement vous le permet.
bodies-decision-of = Décision { $number } de
bodies-seats-count = { $count ->
    [one] { $count } siège
   *[other] { $count } sièges
}
bodies-participation = { $voted } votants sur { $voters }
bodies-options = Options
bodies-receipt-title = Votre reçu
bodies-receipt-text = Gardez ce code : il ne s'affiche qu'une fois. Après la clôture, la décision publie le SHA-256 de chaque reçu ; vous pourrez vérifier que votre bulletin a été compté sans que personne ne sache comment vous avez voté.
bodies-your-ballot = Votre bulletin
bodies-voted = Votre bulletin est enregistré. Vous pouvez le changer jusqu'à la clôture : le dernier compte.
bodies-reason = Motif (nécessaire pour une objection)
bodies-approve-most = { $count ->
    [one] Approuvez { $count } option au plus.
   *[other] Approuvez { $count } options au plus.
}
bodies-approve-hint = Approuvez toutes les options qui vous conviennent.
bodies-rank-hint = Donnez 1 à votre premier choix, 2 au suivant, et ainsi de suite ; laissez les autres sans rang.
bodies-unranked = sans rang
bodies-change-ballot = Changer mon bulletin
bodies-cast = Voter
bodies-not-in-electorate = Vous ne faites pas partie du corps électoral de cette décision.
bodies-sign-in-to-vote = pour voter, si vous siégez dans cette instance.
bodies-outcome = Résultat
bodies-passed = La proposition est adoptée.
bodies-not-passed = La proposition n'est pas adoptée.
bodies-no-winner = Personne n'a été choisi.
bodies-chosen = { $count ->
    [one] Choix retenu :
   *[other] Élus :
}
bodies-turnout = Participation : { $turnout } voix sur { $electorate }
bodies-explanation = Le dépouillement
bodies-receipts = { $count ->
    [one] { $count } empreinte de reçu
   *[other] { $count } empreintes de reçus
}
bodies-participants = { $count ->
    [one] { $count } personne a voté
   *[other] { $count } personnes ont voté
}
bodies-download = Télécharger les bulletins anonymisés
bodies-recount = Recomptez vous-même : { $command }
bodies-ballots-hash = SHA-256 du fichier des bulletins :
bodies-electorate-hash = SHA-256 du corps électoral figé :
bodies-manage = Gérer
bodies-manage-hint = Pour la personne qui l'a préparée et les admins de l'organisation.
bodies-open = L'ouvrir maintenant
bodies-close = La clore maintenant et compter
bodies-withdraw = La retirer
bodies-declare = Déclarer une instance
bodies-declare-hint = Pour les admins de l'organisation. L'instance commence avec les règles habituelles de son type ; son règlement peut ensuite changer.
bodies-field-name = Nom
bodies-field-slug = Adresse
bodies-slug-hint = minuscules, chiffres et tirets
bodies-field-kind = Type
bodies-declare-button = Déclarer l'instance
bodies-rule-by-decision = Le règlement ne change que par une décision de l'instance
bodies-proposal = Si cette décision est adoptée, l'instance adopte un nouveau règlement :
bodies-decisions-title = Décisions
bodies-yours = Celles où vous pouvez voter
bodies-you-voted = vous avez voté
bodies-you-may-vote = vous pouvez voter
bodies-nothing-to-vote = Aucune décision ouverte n'attend votre bulletin.
bodies-sign-in-to-see-yours = pour voir les décisions où vous pouvez voter.
bodies-older = Décisions plus anciennes
bodies-all-decisions = Les décisions de toutes les instances
bodies-votes = Qui a voté quoi
bodies-score-hint = { $count ->
    [one] Donnez à chaque option de 0 à { $count } point.
   *[other] Donnez à chaque option de 0 à { $count } points.
}
bodies-dots-hint = { $count ->
    [one] Répartissez { $count } gommette entre les options.
   *[other] Répartissez jusqu'à { $count } gommettes entre les options, plusieurs sur une seule si vous voulez.
}
bodies-field-points = Points
bodies-points-hint = pour un vote par notes, la note la plus haute (5 si vide) ; pour un vote cumulatif, les gommettes de chacun (10 si vide)
bodies-proxy-title = Donner procuration
bodies-proxy-hint = { $count ->
    [one] Une autre personne de cette décision peut voter pour vous ; chacune détient { $count } procuration au plus. Voter vous-même la reprend.
   *[other] Une autre personne de cette décision peut voter pour vous ; chacune détient { $count } procurations au plus. Voter vous-même la reprend.
}
bodies-proxy-field = Son identifiant
bodies-proxy-give = Donner procuration
bodies-proxy-with = Votre procuration est chez @{ $handle }.
bodies-proxy-revoke = Reprendre ma procuration
bodies-rule-proxies = Procurations
bodies-proxies-count = { $count ->
    [one] chaque votant peut détenir { $count } procuration
   *[other] chaque votant peut détenir { $count } procurations
}

## The ledger
ledger-treasuries-title = Trésoreries
ledger-treasuries-intro = L'argent au grand jour : les soldes, les recettes et les dépenses de chaque trésorerie sont publics, jusqu'à la moindre opération.
ledger-treasury-of = Trésorerie de { $handle }
ledger-owner = { $kind ->
    [body] organe
    [person] personne
    [commons] commun
   *[organization] organisation
}
ledger-no-treasury = Aucune trésorerie n'a encore été ouverte.
ledger-stewards = Trésoriers :
ledger-downloads = Tout le grand livre :
ledger-balances = Soldes
ledger-account = Compte
ledger-kind = Nature
ledger-balance = Solde
ledger-no-negative = jamais à découvert
ledger-account-kind = { $kind ->
    [asset] actif
    [liability] dette
    [income] produit
    [expense] charge
    [equity] fonds propres
   *[external] tiers
}
ledger-no-account = Aucun compte pour l'instant.
ledger-monthly = Recettes et dépenses par mois
ledger-chart-title = Recettes et dépenses par mois, en { $unit }
ledger-income = Recettes
ledger-expenses = Dépenses
ledger-month = Mois
ledger-no-flow = Rien n'est encore entré ni sorti.
ledger-transactions = Opérations
ledger-transaction-number = nº { $number }
ledger-flow = { $flow ->
    [income] recette
    [spending] dépense
   *[transfer] virement
}
ledger-category = { $category ->
    [donation] don
    [sponsorship] parrainage
    [membership_fee] cotisation
    [sale] vente
    [licence_fee] redevance de licence
    [lending_fee] frais de prêt
   *[grant] subvention
}
ledger-reference = Référence : { $reference }
ledger-earmarked = Affecté à
ledger-reverses = Annule
ledger-reversed-by = Annulée par
ledger-no-transaction = Aucune opération pour l'instant.
ledger-treasury = Trésorerie
ledger-see-ledger = Toutes les opérations, mois par mois
ledger-seal = Chaque opération est scellée par le hachage SHA-256 de la précédente ; dernier sceau :
ledger-verify = vérifier la chaîne
ledger-older = Opérations plus anciennes

## Prêts

nav-lending = Prêts
lending-title = Objethèque
lending-intro = Outils, véhicules, salles et machines mis en commun : voyez quand ils sont libres et réservez ce qu'il vous faut.
lending-my-reservations = Mes réservations
lending-desk = Comptoir des gardiens
lending-search = Nom, description ou lieu
lending-kind = Type
lending-any-kind = Tous les types
lending-kind-name = { $kind ->
    [tool] Outil
    [vehicle] Véhicule
    [space] Salle
    [machine] Machine
   *[material] Matériau
}
lending-none = Rien à emprunter pour l'instant.
lending-no-match = Rien ne correspond.
lending-show-all = Tout afficher
lending-more = D'autres choses à emprunter
lending-items = { $count ->
    [one] un exemplaire
   *[other] { $count } exemplaires
}
lending-state = { $state ->
    [pending] en attente de validation
    [confirmed] confirmée
    [out] prêtée
    [returned] rendue
    [offered] proposée depuis la liste d'attente
   *[cancelled] annulée
}
lending-overdue = En retard
lending-returned-late = Rendue en retard
lending-retired = Hors service
lending-steward = Gardien
lending-place = Où
lending-condition = État
lending-policy = Comment emprunter
lending-policy-min = { $count ->
    [one] au moins une minute
   *[other] au moins { $count } minutes
}
lending-policy-max = { $count ->
    [one] au plus une minute
   *[other] au plus { $count } minutes
}
lending-policy-horizon = { $count ->
    [one] réservable un jour à l'avance au plus
   *[other] réservable { $count } jours à l'avance au plus
}
lending-policy-buffer = { $count ->
    [0] pas de pause entre deux prêts
    [one] une minute de pause après chaque prêt
   *[other] { $count } minutes de pause après chaque prêt
}
lending-policy-borrowers = { $who ->
    [members] Les membres de l'organisation gardienne peuvent l'emprunter.
   *[anyone] Toute personne connectée peut l'emprunter.
}
lending-policy-approval = Un gardien valide chaque réservation.
lending-policy-automatic = Les réservations sont confirmées aussitôt.
lending-calendar = Calendrier (flux iCalendar)
lending-place-calendar = Calendrier de tout ce qui est gardé ici
lending-upcoming = Réservations à venir
lending-upcoming-none = Aucune réservation pour l'instant : c'est libre.
lending-book = Réserver
lending-starts = Du
lending-ends = Au
lending-zone = Heures dans votre fuseau horaire ({ $zone }).
lending-quantity = Combien
lending-book-button = Réserver
lending-sign-in-to-book = Connectez-vous pour réserver
lending-reservation = Réservation
lending-out-note = État au prêt
lending-return-note = État au retour
lending-add-to-calendar = Ajouter à mon agenda (.ics)
lending-approve = Valider
lending-note = État des objets
lending-take-back = Récupérer
lending-hand-over = Remettre
lending-cancel = Annuler la réservation
lending-mine-none = Vous n'avez encore aucune réservation.
lending-browse = Voir ce que vous pouvez emprunter
lending-desk-day = La journée du { $day }, pour ce dont vous êtes gardien.
lending-desk-overdue = En retard
lending-desk-check-outs = À remettre aujourd'hui
lending-desk-returns = À récupérer aujourd'hui
lending-desk-awaiting = En attente de votre validation
lending-desk-nothing = Rien.

## Budgets

nav-budgets = Budgets
budgets-title = Budgets participatifs
budgets-intro = La ville et les associations demandent à chacun quoi construire avec une part de leur budget : des propositions, un vote par quartier et pour toute la ville, et des résultats dépouillés par des règles que chacun peut vérifier.
budgets-none = Aucun budget participatif pour l'instant.
budgets-imported = Importé
budgets-of = de { $owner }
budgets-more = Plus de budgets
budgets-owned-by = Mené par
budgets-until = jusqu'au { $when }
budgets-see-results = Voir les résultats
budgets-sign-in = Connectez-vous pour participer
budgets-members-only = Seuls les membres de @{ $owner } participent à ce budget.
budgets-by-census = Ouvert { $count ->
    [one] à la personne
   *[other] aux { $count } personnes
} de son recensement, une fois leur entrée réclamée avec leur identifiant.
budgets-census-claimed = Vous avez réclamé votre entrée.
budgets-claim = Réclamez votre entrée du recensement
budgets-claim-field = Votre identifiant, tel que le recensement l’écrit
budgets-claim-hint = Espaces, points, tirets et majuscules ne comptent pas. Il n’est gardé que haché.
budgets-claim-button = Réclamer
budgets-census-import = Importer le recensement
budgets-census-field = Le recensement, en CSV
budgets-census-hint = Un en-tête nommant id et, si vous les avez, birth_date (AAAA-MM-JJ) et district (le nom d’une rubrique), puis une personne par ligne. L’importer à nouveau le remplace ; les réclamations des identifiants encore présents restent.
budgets-census-button = Importer
budgets-standing = { $why ->
    [voted_on_paper] Votre bulletin papier compte ici : vous ne pouvez pas voter en ligne dans cette rubrique.
    [citywide] Tout le monde peut voter ici : c’est la rubrique de toute la ville.
    [own] Votre quartier, selon le recensement.
    [first] Vous pouvez voter ici ; le premier quartier où vous votez compte comme le vôtre.
    [other] Un autre quartier que le vôtre.
    [district_rule] Vous ne pouvez pas voter ici : vous votez dans votre quartier et un nombre fixé d’autres, et vous les avez utilisés.
    [not_in_census] Réclamez votre entrée du recensement pour voter.
    [age_rule] La règle d’âge de ce budget vous exclut.
   *[other] Vous ne pouvez pas voter ici.
}
budgets-standing-others = ({ $used } sur { $allowed } autres quartiers permis)
budgets-propose = Proposer un projet
budgets-heading = Enveloppe
budgets-project-title = Titre
budgets-project-description = Ce que c'est, et pourquoi
budgets-project-place = Où (facultatif)
budgets-project-cost = Coût
budgets-cost-hint = Une estimation : des chiffres, avec au plus deux décimales, par exemple 12000 ou 12000.50
budgets-propose-button = Proposer
budgets-amount = { $amount } à dépenser
budgets-ballots = { $count ->
    [one] un bulletin
   *[other] { $count } bulletins
}
budgets-voted = Votre bulletin est enregistré. Vous pouvez le modifier jusqu'à la clôture du vote.
budgets-ballot-for = Votre bulletin pour { $heading }
budgets-knapsack-hint = Choisissez des projets dont les coûts ne dépassent pas { $amount } au total.
budgets-left-to-spend = Reste à dépenser : { $amount }
budgets-over-by = Dépassement de { $amount } : retirez un projet.
budgets-approval-hint = Choisissez les projets que vous soutenez.
budgets-least = { $count ->
    [one] Au moins un projet.
   *[other] Au moins { $count } projets.
}
budgets-most = { $count ->
    [one] Au plus un projet.
   *[other] Au plus { $count } projets.
}
budgets-project-number = n° { $number }
budgets-change-ballot = Modifier mon bulletin
budgets-cast = Voter
budgets-no-projects = Aucun projet pour l'instant.
budgets-untitled = Projet sans titre
budgets-rejected = Retiré du bulletin
budgets-results-of = Résultats : { $heading }
budgets-file = Fichier Pabulib (.pb)
budgets-phases = Phases
budgets-current = en cours
budgets-from = à partir du { $when }
budgets-to = jusqu'au { $when }
budgets-ballot-style = Bulletin
budgets-who = Qui participe
budgets-who-anyone = Toute personne connectée
budgets-who-members = Les membres de @{ $owner }
budgets-who-body = Les membres de
budgets-body-only = Seules les personnes qui siègent dans cette instance participent à ce budget :
budgets-rule = Règle de dépouillement
budgets-move-to = Passer à la phase
budgets-move = Passer
budgets-proposed-by = Proposé par
budgets-progress = Réalisation
budgets-headings = Enveloppes
budgets-count = Dépouiller
budgets-funded = Projets financés
budgets-funded-count = { $count ->
    [one] un projet financé
   *[other] { $count } projets financés
}
budgets-spent = { $total } dépensés
budgets-chart-title = Les votes de chaque projet ; en vert quand la règle choisie le finance, un carré plein quand le glouton le finance
budgets-chart-chosen = financé par { $rule }
budgets-chart-not = non financé
budgets-chart-greedy = financé par le glouton (le carré plein)
budgets-table-caption = Les votes et le coût de chaque projet, et si chaque règle le finance
budgets-project = Projet
budgets-votes = Votes
budgets-yes-funded = Financé
budgets-my-ballot = Ce qu'a fait mon bulletin
budgets-my-share = Votre part du budget était de { $share }. Elle a payé :
budgets-my-share-unused = Aucun des projets que vous avez choisis : leurs soutiens, ensemble, ne pouvaient pas les acheter.
budgets-my-left = { $left } de votre part n'ont pas été dépensés.
budgets-my-completed = Choisis par vous et financés ensuite avec le reste du budget :
budgets-my-no-shares = Cette règle ne partage pas le budget entre les votants ; voici ce que sont devenus vos choix.
budgets-my-funded = Financés :
budgets-my-unfunded = Non financés :
budgets-why-title = Pourquoi les autres ont perdu
budgets-why-supporters = { $count ->
    [one] Son unique soutien
   *[other] Ses { $count } soutiens
}
budgets-why-started = disposaient ensemble de { $started }. Leur argent est allé à :
budgets-why-left = Il leur restait { $left } : moins que son coût, { $cost }.
budgets-why-fit = Quand son tour est venu, il restait { $left } du budget : moins que son coût, { $cost }.
budgets-why-no-votes = Personne ne l'a choisi.
budgets-why-not-reached = La règle s'est arrêtée avant son tour.
budgets-explanation-json = Le dépouillement pas à pas (JSON)
budgets-phase-name = { $phase ->
    [drafting] Préparation
    [informing] Information
    [accepting_proposals] Appel à projets
    [reviewing] Examen des projets
    [supporting] Soutiens
    [valuating] Évaluation
    [publishing_prices] Publication des coûts
    [balloting] Vote
    [reviewing_ballots] Vérification des bulletins
    [results] Résultats
    [implementation] Réalisation
   *[finished] Terminé
}
budgets-now = { $phase ->
    [drafting] Le budget est en préparation.
    [informing] Découvrez le budget et ses règles avant l'appel à projets.
    [accepting_proposals] Proposez des projets pour votre quartier ou pour toute la ville.
    [reviewing] Les projets sont examinés ; ceux retirés du bulletin disent pourquoi.
    [supporting] Soutenez les projets que vous voulez voir sur le bulletin.
    [valuating] Un comité vérifie la faisabilité et le coût de chaque projet.
    [publishing_prices] Les coûts des projets soumis au vote sont publiés.
    [balloting] Votez : choisissez des projets dans chaque enveloppe. Vous pouvez modifier votre bulletin jusqu'à la clôture.
    [reviewing_ballots] Les bulletins sont vérifiés.
    [results] Les résultats sont publiés : voyez ce qui est financé et pourquoi.
    [implementation] Les projets financés sont en cours de réalisation.
   *[finished] Ce budget est terminé : voyez ses résultats.
}
budgets-rule-name = { $rule ->
    [greedy_cost] Glouton (les plus votés d'abord)
    [greedy_cardinality] Glouton (votes par coût)
    [mes_cost] Parts égales
    [mes_cardinality] Parts égales (par nombre)
    [mes_cost_irresolute] Parts égales, toutes les égalités
    [mes_cost_greedy_completion] Parts égales, puis glouton
    [mes_cost_exhaustion] Parts égales, budget augmenté jusqu'à épuisement
    [mes_cost_add1] Parts égales avec add1
    [mes_cost_add1_greedy_completion] Parts égales avec add1, puis glouton
   *[phragmen] Phragmén séquentiel
}
budgets-style-name = { $style ->
    [approval] Approbation : choisissez les projets que vous soutenez
    [points] Points : répartissez vos points entre les projets que vous soutenez
    [ranked] Classement : classez les projets que vous soutenez
   *[knapsack] Sac à dos : choisissez des projets jusqu'au montant de l'enveloppe
}
budgets-progress-status = { $status ->
    [not_started] Pas commencé
    [under_way] En cours
    [done] Terminé
   *[cancelled] Abandonné
}
budgets-supports = Soutiens
budgets-support = Soutenir ce projet
budgets-milestones = Étapes
budgets-milestone-link = Photos et documents
budgets-record-progress = Noter la réalisation
budgets-percent = Pourcentage réalisé
budgets-milestone-new = Une étape (facultatif)
budgets-milestone-on = Jour
budgets-record = Noter
budgets-paper = Enregistrer des bulletins papier
budgets-paper-field = Les bulletins papier
budgets-paper-hint = Un CSV dont l'en-tête nomme les colonnes : vote (numéros de projets séparés par ;) et, au choix, voter (un identifiant du recensement ou @pseudo), station, ballot (le numéro de série du bulletin), declared (le compte du procès-verbal) ; ou un bulletin par ligne, par exemple 1,4,7
budgets-paper-record = Les enregistrer
budgets-paper-station = Bureau de vote
budgets-paper-declared = Bulletins selon son procès-verbal
budgets-paper-declared-hint = Laissez vide si le bureau n'a pas envoyé de procès-verbal
budgets-paper-accept = Les enregistrer même si le compte diffère du procès-verbal
budgets-paper-reason = Pourquoi l'écart est accepté
budgets-paper-report = Bulletins papier rapprochés
budgets-paper-of = Bulletins papier de { $heading }, par bureau
budgets-paper-totals = { $read } lus, { $recorded } comptés, { $aside } écartés
budgets-paper-station-col = Bureau
budgets-paper-declared-col = Déclarés
budgets-paper-read-col = Lus
budgets-paper-recorded-col = Comptés
budgets-paper-aside-col = Écartés
budgets-paper-no-station = (aucun bureau nommé)
budgets-paper-voted-online = { $count ->
    [one] une personne a voté en ligne
   *[other] { $count } personnes ont voté en ligne
}
budgets-paper-twice = { $count ->
    [one] une personne avait déjà voté sur papier
   *[other] { $count } personnes avaient déjà voté sur papier
}
budgets-paper-district-rule = { $count ->
    [one] une personne dépassait la règle des quartiers
   *[other] { $count } personnes dépassaient la règle des quartiers
}
budgets-paper-mismatch = Procès-verbal { $declared }, lus { $read } : accepté par { $who } :

# Les clauses de la coalition (une décision d'usage les nomme par leur identifiant).
clause-ppl-1-grant-title = Concession de licence
clause-ppl-1-grant-text = Chacun peut copier, partager, représenter et adapter l'œuvre, à toute fin qui n'est pas commerciale. L'usage commercial n'est permis que comme le disent les clauses 1c et 1d.
clause-ppl-1a-same-licence-title = Copies sous cette licence
clause-ppl-1a-same-licence-text = Qui partage l'œuvre la partage sous cette licence, avec son texte ou son adresse, et ne peut y ajouter aucune condition qui restreigne ce qu'elle accorde.
clause-ppl-1b-share-alike-title = Partage à l'identique
clause-ppl-1b-share-alike-text = Les adaptations de l'œuvre sont partagées sous cette licence, ou une version ultérieure, aux mêmes conditions.
clause-ppl-1c-commercial-worker-owned-title = Usage commercial par les entreprises détenues par leurs travailleurs
clause-ppl-1c-commercial-worker-owned-text = L'œuvre ne peut être utilisée commercialement que par une entreprise ou un collectif détenu par ses travailleurs, et seulement si tous les gains, excédents, profits et bénéfices qu'il produit sont répartis entre ses travailleurs-propriétaires.
clause-ppl-1d-commercial-waged-labour-title = Aucun usage pour profiter du travail salarié
clause-ppl-1d-commercial-waged-labour-text = Une entreprise détenue et gérée de façon privée, qui cherche à tirer profit du travail d'employés payés par un salaire ou d'autres rémunérations, ne peut pas utiliser l'œuvre sous cette licence.
clause-ppl-1e-attribution-title = Attribution
clause-ppl-1e-attribution-text = Qui partage l'œuvre ou une adaptation garde intactes ses mentions de droit d'auteur et crédite ses auteurs comme ils le demandent, avec le titre et l'adresse de l'œuvre.
clause-ppl-2-separate-licence-title = Une licence à part
clause-ppl-2-separate-licence-text = Ceux que cette licence n'autorise pas peuvent demander aux titulaires de l'œuvre une licence à part, à d'autres conditions ; celle-ci n'en donne aucune.
clause-ppl-3-termination-title = Résiliation
clause-ppl-3-termination-text = Les droits que cette licence accorde prennent fin d'eux-mêmes pour qui en viole les conditions.
clause-copyfair-1-grant-title = Partage libre
clause-copyfair-1-grant-text = Chacun peut copier, partager, étudier et adapter le commun à des fins non commerciales, sans demander et sans payer.
clause-copyfair-2-commons-based-title = Usage commercial par les entreprises des communs
clause-copyfair-2-commons-based-text = Les coopératives, les entreprises détenues par leurs travailleurs qui leur répartissent leurs excédents, les phyles, les associations d'intérêt général et les organismes publics utilisent commercialement le commun sans redevance.
clause-copyfair-3-reciprocity-title = Réciprocité des autres usagers commerciaux
clause-copyfair-3-reciprocity-text = Tout autre usage commercial demande une réciprocité : la redevance que les mainteneurs du commun ont déclarée dans son barème, pour chaque période d'usage.
clause-copyfair-4-credit-title = Ce qui a été rendu compte
clause-copyfair-4-credit-text = Ce que l'usager a donné au commun pendant la période (des contributions acceptées par ses mainteneurs et des heures de travail enregistrées, par ses membres ou ses employés, et l'argent versé) est déduit de la redevance aux taux déclarés. Aucune redevance n'est inférieure à zéro.
clause-copyfair-5-contributors-title = Les contributeurs l'utilisent librement
clause-copyfair-5-contributors-text = Une personne qui a contribué au commun pendant la période, et dont la contribution a été acceptée, l'utilise commercialement sans redevance.
clause-copyfair-6-attribution-share-alike-title = Attribution et partage à l'identique
clause-copyfair-6-attribution-share-alike-text = Qui utilise le commun crédite ses contributeurs et partage ses adaptations aux mêmes conditions.
clause-copyfair-7-termination-title = Résiliation
clause-copyfair-7-termination-text = Un usage qui viole ces conditions, ou une redevance impayée, met fin à l'autorisation.
clause-copyfair-8-agreement-title = Un accord avec les mainteneurs
clause-copyfair-8-agreement-text = Tant que les mainteneurs n'ont pas déclaré de barème, les usagers commerciaux autres que les entreprises des communs et les contributeurs conviennent directement avec eux de leur réciprocité.
clause-spdx-open-licence-title = Une licence ouverte
clause-spdx-open-licence-text = Le commun est partagé sous { $licence }, qui permet son usage, commercial compris, aux conditions propres à cette licence.
clause-spdx-non-commercial-only-title = Usage non commercial seulement
clause-spdx-non-commercial-only-text = { $licence } ne permet que l'usage non commercial : l'usage commercial n'est pas permis sous cette licence.
clause-spdx-terms-title = Les conditions de la licence
clause-spdx-terms-text = L'usage suit les conditions de { $licence } : garder ses mentions, créditer les auteurs, et partager à l'identique là où elle le dit.
clause-spdx-separate-licence-title = Une licence à part
clause-spdx-separate-licence-text = Les usagers commerciaux peuvent demander aux titulaires de l'œuvre une licence à part.
clause-spdx-termination-title = Résiliation
clause-spdx-termination-text = Qui viole les conditions de { $licence } perd les droits qu'elle accorde, comme le dit la licence.
clause-custom-text-title = La licence propre du commun
clause-custom-text-text = { $title } : les conditions écrites par ses mainteneurs décident, telles qu'elles figurent sur cette page.
clause-custom-commercial-permitted-title = Usage commercial permis
clause-custom-commercial-permitted-text = La licence des mainteneurs permet l'usage commercial à ses conditions.
clause-custom-commercial-commons-based-title = Usage commercial réservé aux entreprises des communs
clause-custom-commercial-commons-based-text = La licence des mainteneurs ne permet l'usage commercial qu'aux coopératives, aux entreprises détenues par leurs travailleurs qui leur répartissent leurs excédents, aux phyles, aux associations d'intérêt général et aux organismes publics.
clause-custom-commercial-separate-agreement-title = Usage commercial sur accord
clause-custom-commercial-separate-agreement-text = La licence des mainteneurs ne permet aucun usage commercial sans un accord à part avec eux.
clause-custom-termination-title = Résiliation
clause-custom-termination-text = Qui viole les conditions de la licence des mainteneurs perd l'autorisation qu'elle donnait.

# Les issues d'une décision d'usage.
coalition-outcome-permitted-non-commercial = Permis : l'usage n'est pas commercial
coalition-outcome-permitted-commons-based = Permis : usage commercial des communs
coalition-outcome-permitted-reciprocity-met = Permis : réciprocité accomplie
coalition-outcome-permitted-with-fee = Permis avec une redevance
coalition-outcome-not-permitted = Non permis sous cette licence
coalition-outcome-needs-evidence = Des preuves sont demandées
coalition-outcome-terminated = Résilié pour violation

# Les pages de la coalition : politiques de licence et décisions d'usage.
coalition-panel-title = Licence et réciprocité
coalition-policy-name = { $policy ->
    [ppl] Peer Production License
    [copyfair] CopyFair
    [custom] Une licence qui lui est propre
   *[spdx] Une licence ouverte
}
coalition-panel-ask = Utiliser ce commun commercialement ?
coalition-panel-policy = Sa licence, clause par clause
coalition-panel-determinations = Qui a demandé, et ce qui a été répondu
coalition-use-name = { $use ->
    [commercial] Commercial
   *[non_commercial] Non commercial
}
coalition-expired-short = expirée
coalition-list-title = Décisions d'usage sur { $commons }
coalition-list-none = Personne n'a encore demandé.
coalition-more = Plus
coalition-determination-title = Peuvent-ils utiliser { $commons } ?
coalition-asked-by = Demandé par
coalition-on-behalf-of = au nom de
coalition-use = Usage
coalition-policy = Politique
coalition-decided = Décidé
coalition-holds-until = Valable jusqu'au
coalition-expired = Expirée : demandez à nouveau.
coalition-clauses-decided = Les clauses qui ont décidé
coalition-missing = Encore nécessaire pour décider
coalition-contradictions = Contredit par ce que cette instance sait
coalition-contradiction = { $fact } : déclaré { $declared }, mais { $known_fact } est { $known }
coalition-facts = Les faits retenus
coalition-facts-none = Aucun fait n'était nécessaire.
coalition-source-declared = déclaré
coalition-source-instance = connu de cette instance
coalition-reciprocity = Réciprocité
coalition-fee-gross = La redevance du barème
coalition-fee-credit = Crédit pour ce qui a été rendu
coalition-fee-owed = Redevance due
coalition-fee-nothing = Rien : ce qui a été rendu la couvre
coalition-fee-period = Pour la période
coalition-fee-payee = Versée à la trésorerie
coalition-conditions = À ces conditions
coalition-way-forward = La voie à suivre
coalition-ask-again = Demander à nouveau
coalition-ask-title = Pouvez-vous utiliser { $commons } ?
coalition-ask-intro = Dites à quoi vous l'utiliseriez et, pour un usage commercial, les faits que sa licence pèse. Cette instance ajoute ce qu'elle sait : le type et les membres de votre organisation, et ce qu'ils ont donné au commun pendant la période.
coalition-ask-organization = Au nom de l'organisation (son identifiant ; laissez vide pour demander pour vous-même)
coalition-ask-facts = Laissez un fait non dit quand cette instance le connaît ou que la licence n'en a pas besoin : la réponse nomme ce qui manque.
coalition-fact = { $fact ->
    [organization_kind] Type d'organisation
    [worker_owned] Détenue par celles et ceux qui y travaillent
    [surplus_to_workers] Tous ses excédents répartis entre ses travailleurs-propriétaires
    [waged_labour] Emploie des salariés qui ne sont pas ses propriétaires
    [revenue] Revenu tiré de l'usage pendant la période
    [units] Unités produites ou vendues avec le commun pendant la période
    [accepted_contributions] Contributions acceptées pendant la période
    [hours_of_work] Heures de travail acceptées pendant la période
    [paid_in] Argent versé au commun pendant la période
    [breach] Droits éteints pour violation
   *[other] { $fact }
}
coalition-not-said = Non dit
coalition-yes = Oui
coalition-no = Non
coalition-hours = { $hours } h
coalition-revenue-example = 18000.00 EUR
coalition-ask-submit = Demander
coalition-sign-in-to-ask = Connectez-vous pour demander
coalition-policy-title = La politique de licence de { $commons }
coalition-policy-set-by = Fixée par @{ $who }, { $when }.
coalition-policy-follows-licence = Ses mainteneurs n'ont fixé aucune politique : elle suit la licence du commun.
coalition-fee-schedule = Barème de redevance
coalition-fee-none = Aucun barème déclaré pour l'instant : les usagers commerciaux qui doivent une réciprocité en conviennent avec les mainteneurs.
coalition-fee-flat = { $amount } pour chaque période
coalition-fee-per-unit = { $amount } par { $unit }
coalition-fee-revenue-share = { $share } du revenu déclaré pour l'usage
coalition-credit = Moins { $contribution } par contribution acceptée et { $hour } par heure de travail acceptée pendant la période, et l'argent versé.
coalition-period = { $count ->
    [one] Une période d'un jour.
   *[other] Une période de { $count } jours.
}
coalition-clauses = Ses clauses
coalition-recent = Dernières décisions d'usage
coalition-set-title = Fixer la politique de licence
coalition-set-spdx = Pour une licence ouverte
coalition-set-expression = Expression SPDX
coalition-set-copyfair = Pour CopyFair
coalition-schedule-name = { $schedule ->
    [flat] La même redevance pour chaque période
    [per_unit] Un prix par unité
   *[revenue_share] Une part du revenu
}
coalition-set-basis-points = Part en points de base (300 font 3 %)
coalition-set-currency = Devise de la part
coalition-set-amount = Redevance ou prix par unité, avec sa devise
coalition-set-unit-name = Ce qu'est une unité
coalition-set-per-contribution = Crédit par contribution acceptée
coalition-set-per-hour = Crédit par heure de travail
coalition-set-period = Période en jours (365 si vide)
coalition-set-custom = Pour une licence qui lui est propre
coalition-set-custom-title = Titre
coalition-set-custom-text = Texte
coalition-set-commercial = Usage commercial
coalition-commercial-name = { $rule ->
    [permitted] Permis
    [separate_agreement] Seulement par un accord à part
   *[commons_based_only] Seulement pour les entreprises des communs
}
coalition-set-submit = Fixer la politique
coalition-terminated-title = Ces droits ont pris fin pour violation
coalition-terminated-by = Fin décidée par @{ $who }, { $when }. Qui l'a demandé reçoit désormais la réponse « résilié » sur ce commun.
coalition-terminate-title = Mettre fin à ces droits pour violation
coalition-terminate-intro = En tant que mainteneur, vous pouvez mettre fin à ce que cette réponse permettait, en disant ce qui a été violé. L'organisation ou la personne pour qui elle a été demandée reçoit alors la réponse « résilié » sur ce commun.
coalition-terminate-reason = Ce qui a été violé
coalition-terminate-submit = Mettre fin à ces droits
coalition-changed = Depuis cette réponse, { $what } ont changé : elle peut ne plus valoir.
coalition-changed-what = { $what ->
    [organization_kind] le type de l'organisation
   *[members] ses membres
}
coalition-no-longer-current = plus à jour
coalition-panel-paid = Qui le paie
coalition-paid-title = Qui paie pour { $commons }
coalition-paid-intro = Chaque contribution acceptée par ses mainteneurs, et chaque heure de travail acceptée, comptée comme faite en étant payé·e, bénévolement ou inconnue, selon ce que son auteur a déclaré des organisations avec lesquelles il travaille le jour de l'acceptation.
coalition-paid-summary = { $count ->
    [0] Aucune contribution acceptée pour l'instant.
    [one] Une contribution acceptée : { $paid } payée, { $volunteer } bénévole, { $unknown } inconnue.
   *[other] { $count } contributions acceptées : { $paid } payées, { $volunteer } bénévoles, { $unknown } inconnues.
}
coalition-paid-chart = Contributions acceptées chaque mois, payées, bénévoles et inconnues
coalition-paid-paid = Payé
coalition-paid-volunteer = Bénévole
coalition-paid-unknown = Inconnu
coalition-paid-by-month = Contributions acceptées (part) et heures, payées / bénévoles / inconnues, par mois
coalition-paid-month = Mois
coalition-paid-hours = Heures
coalition-paid-all = Total
coalition-paid-by-organization = Par organisation : le travail de ses affiliés
coalition-paid-organization = Organisation
coalition-declare-title = Déclarez avec qui vous travaillez
coalition-declare-intro = Dit publiquement, comme le font les tables de gitdm : l'organisation, de quel jour à quel jour, et si vous êtes payé·e pour ce travail.
coalition-declare-organization = Organisation (son identifiant)
coalition-declare-from = Du
coalition-declare-until = Au (vide : toujours)
coalition-declare-paid = Payé·e pour ce travail
coalition-declare-scope = Pour
coalition-declare-scope-this = le travail sur { $commons }
coalition-declare-scope-any = le travail sur tout commun
coalition-declare-submit = Déclarer
coalition-affiliations-title = Affiliations
coalition-affiliation-ongoing = en cours
coalition-affiliation-withdraw = Retirer

## Répartitions entre les contributeurs

ledger-distributions = Répartitions entre les contributeurs
ledger-distributions-intro = La trésorerie d'un commun rend de l'argent aux personnes dont le commun a accepté les contributions. Un intendant prévisualise la répartition d'un montant selon une règle, chaque part avec les contributions qui la fondent ; une fois inscrite, la somme due à chacun est portée au grand livre, en une seule opération.
ledger-no-distribution = Aucune répartition pour l'instant.
ledger-distribution-number = Répartition nº { $number }
ledger-distribution-state = { $state ->
    [previewed] aperçu, non inscrit
    [posted] inscrite
   *[discarded] abandonnée
}
ledger-policy = { $policy ->
    [peer] Entre pairs (points donnés par les autres contributeurs)
    [equal] Parts égales
    [hours] Selon les heures de travail acceptées
    [equation] Selon une équation de valeur
   *[credrank] Selon le crédit de contribution (CredRank)
}
ledger-policy-label = Règle
ledger-policy-help = Parts égales : chaque personne dont une contribution a été acceptée dans la période reçoit autant. Selon les heures : en proportion des minutes des relevés de travail acceptés. Selon le crédit de contribution : en proportion du crédit qui va de chaque contribution acceptée à son auteur et, moins, aux mainteneurs qui l'ont acceptée. Selon une équation de valeur : l'équation de la trésorerie (ses compartiments et ses règles) partage le montant, chaque part disant quel compartiment a payé quoi. Entre pairs : en proportion des points que chacun a reçus des autres dans un tour clos (voir les tours).
ledger-recipients = { $count ->
    [one] un contributeur
   *[other] { $count } contributeurs
}
ledger-preview-title = Prévisualiser une répartition
ledger-amount = Montant
ledger-unit = Unité
ledger-since = Premier jour compté (facultatif)
ledger-until = Dernier jour compté (facultatif)
ledger-memo = Note (facultative)
ledger-preview = Voir les parts
ledger-distribution-period = Contributions acceptées du { $since } au { $until }
ledger-previewed-by = Préparée par
ledger-decided-by = décidée par
ledger-posted-as = Inscrite comme opération
ledger-shares = Parts
ledger-shares-chart = La part de chaque contributeur, en { $unit }
ledger-recipient = Contributeur
ledger-share = Part
ledger-weight = Poids
ledger-contributions = Contributions
ledger-post-hint = L'inscription porte le montant entier au compte { $account } et la somme due à chaque contributeur sur un compte à son nom, en une seule opération. Seule une contre-passation l'annule.
ledger-post = Inscrire au grand livre
ledger-discard = Abandonner
ledger-distribution-decisions = Approbations et objections
ledger-no-approval = Aucun intendant ne l'a encore approuvée.
ledger-approve-reason = Raison (facultative)
ledger-distribution-waits = Elle est inscrite dès que autant d'intendants que le demande la règle de la trésorerie l'ont approuvée, tant qu'aucune objection ne tient.
ledger-you-approved = Vous l'avez approuvée.
ledger-paid-back = Rétributions reçues
ledger-paid-back-intro = Parts de l'argent des communs auxquels cette personne a contribué.
ledger-owed = Encore dû par { $treasury } : { $amount }

## Dépenses

ledger-expenses-title = Dépenses
ledger-expenses-intro = Toute personne connectée peut demander à la trésorerie de payer une dépense, avec son justificatif. Autant d'intendants que la règle de la trésorerie le demande doivent l'approuver — jamais la personne qui l'a soumise — avant qu'un intendant la paie ; un refus dit toujours pourquoi.
ledger-no-expense = Aucune dépense pour l'instant.
ledger-expense-number = Dépense nº { $number }
ledger-expense-state = { $state ->
    [submitted] en attente d'approbation
    [approved] approuvée, à payer
    [paid] payée
    [rejected] refusée
    [draft] brouillon
    [incomplete] en attente de compléments de son auteur
    [scheduled] programmée pour paiement
    [spam] indésirable
   *[canceled] retirée
}
ledger-expense-to = À payer à { $payee }
ledger-expense-approvals = { $approvals } approbation(s) sur { $needed }
ledger-submit-expense = Soumettre une dépense
ledger-expense-title-label = Pour quoi
ledger-payee = Qui doit être payé
ledger-payout = Comment le payer (vu par les intendants seulement)
ledger-description = Détails (facultatif)
ledger-receipt = Justificatif
ledger-receipt-private = Réserver le justificatif aux intendants, parce que (facultatif)
ledger-receipt-kept = Montré aux intendants et à la personne qui l'a soumis seulement : { $reason }
ledger-sign-in-to-submit = Connectez-vous pour soumettre une dépense
ledger-expense-decisions = Approbations et refus
ledger-verdict = { $verdict ->
    [approve] a approuvé
   *[reject] a refusé
}
ledger-no-verdict = Aucun intendant n'a encore décidé.
ledger-approve = Approuver
ledger-reject = Refuser
ledger-pay-from = Payer depuis
ledger-pay = Payer et inscrire la dépense
ledger-withdraw = Retirer ma dépense
ledger-save-draft = Enregistrer comme brouillon
ledger-draft-note = Un brouillon : visible de tous, décidé par personne tant que son auteur ne l'a pas soumis.
ledger-incomplete-note = Un intendant a demandé des compléments (voir l'historique ci-dessous) : son auteur la modifie et la soumet à nouveau.
ledger-submit-draft = La soumettre aux intendants
ledger-edit-expense = Modifier la dépense
ledger-save-changes = Enregistrer les modifications
ledger-receipt-replace = Un nouveau justificatif, à la place de celui joint (facultatif)
ledger-decide-reason = Raison (obligatoire pour refuser, demander des compléments ou marquer comme indésirable)
ledger-spam-reason = Pourquoi elle est indésirable
ledger-ask-more = Demander des compléments
ledger-mark-spam = Marquer comme indésirable
ledger-schedule-on = Payer le
ledger-schedule = Programmer le paiement
ledger-scheduled-for = Paiement programmé le { $day }
ledger-consent-ends = Cette trésorerie approuve par consentement : approuvée le { $day } sauf si l'objection d'un intendant tient.
ledger-objections = Objections
ledger-no-objection = Aucun intendant ne fait objection.
ledger-objection-withdrawn = retirée
ledger-object-reason = Pourquoi vous faites objection
ledger-object = Faire objection
ledger-withdraw-objection = Retirer mon objection
ledger-steps = Historique
ledger-by-consent = par consentement
ledger-see-expenses = Dépenses
ledger-receipt-hash = Empreinte SHA-256 :
ledger-held = dont { $amount } réservés
ledger-holds = Argent mis de côté
ledger-holds-intro = Réserves en cours : cautions, promesses et paiements prévus mais pas encore faits. Chacune compte contre son compte jusqu'à ce qu'elle soit inscrite, annulée ou expirée.
ledger-hold-number = Réserve nº { $number }
ledger-hold-expires = Expire { $when }
ledger-statements = Bilan et compte de résultat
ledger-statements-of = États financiers de { $handle }
ledger-back-to-treasury = Retour au registre de la trésorerie
ledger-period-from = Du
ledger-period-to = Au
ledger-period-show = Afficher
ledger-statements-intro = Sommes des opérations du registre, datées des jours indiqués : le bilan à la fin du dernier jour, le compte de résultat sur toute la période.
ledger-balance-sheet = Bilan à la fin du { $day }
ledger-assets = Ce qu'elle détient
ledger-total-assets = Total détenu
ledger-liabilities = Ce qu'elle doit, et à qui c'est
ledger-surplus = Excédent laissé par les recettes et les dépenses jusqu'ici
ledger-total-right = Total dû et excédent
ledger-income-statement = Compte de résultat, du { $from } au { $to }
ledger-total-income = Total des recettes
ledger-total-expenses = Total des dépenses
ledger-net = Recettes moins dépenses
ledger-statements-empty = Aucune opération n'a été enregistrée jusqu'à ce jour.
ledger-journal-seal = Sa dernière opération est l'événement { $seq } du journal public, dont l'empreinte courante scelle tout ce qui a été écrit avant :
ledger-journal-head = la dernière empreinte du journal

## Bodies: spending limits and payments authorised by a decision
bodies-rule-spending-limit = Plafond de dépenses
bodies-spending-limit-hint = Un paiement de la trésorerie de l'organisation au-delà de ce montant demande une décision de cette instance.
bodies-payment = Paiement qu'elle autorise
bodies-authorises = Payer la dépense { $expense } de la trésorerie { $treasury } : { $amount }.
bodies-see-expense = Voir la dépense
bodies-payment-authorised = Paiement autorisé
bodies-payment-if-passed = Le paiement est autorisé si la motion est adoptée.
bodies-pay-legend = Autoriser un paiement (motions seulement)
bodies-pay-hint = Remplissez ces champs si la motion autorise le paiement d'une dépense par la trésorerie de l'organisation ; sinon laissez-les vides.
bodies-field-pay-treasury = Trésorerie (son identifiant)
bodies-field-pay-expense = Numéro de la dépense
bodies-field-amount = Montant
bodies-field-currency = Devise (EUR, USD…)
bodies-limit-hint = Un paiement de la trésorerie de l'organisation au-delà de ce montant demandera une décision de cette instance. Laissez les deux champs vides pour n'avoir aucun plafond. Cela écrit une nouvelle version du règlement.
bodies-field-note = Pourquoi (une note sur la nouvelle version)
bodies-rulebook-save = Écrire la nouvelle version
ledger-limit-waits = Au-dessus du plafond de { $limit } fixé par { $body } : elle n'est payée qu'une fois autorisée par une décision de { $body }.
ledger-limit-authorised = Au-dessus du plafond de { $limit } fixé par { $body }, et autorisée par sa décision :
ledger-limit-decision = la décision
ledger-budget-lines = Lignes budgétaires
ledger-budget-lines-intro = Ce que les intendants ont prévu de dépenser pour chaque chose sur une période, face aux dépenses qui y sont inscrites : payées, approuvées mais pas encore payées, et ce qui reste.
ledger-line = Ligne budgétaire
ledger-line-planned = Prévu
ledger-line-committed = Approuvé, à payer
ledger-line-spent = Payé
ledger-line-left = Reste
ledger-line-source = d'où vient ce budget
ledger-spending = Dépenses face au prix
ledger-spending-intro = La ligne budgétaire qu'une trésorerie a prévue pour ce projet à son prix, face aux dépenses approuvées et payées sur elle.
ledger-spending-treasury = Dépenses de { $handle }
ledger-spending-none = Rien n'a encore été approuvé ni payé sur cette ligne.
ledger-no-line = aucune
ledger-line-of-expense = Sur la ligne budgétaire
ledger-line-over = Son approbation a fait dépasser la ligne de { $over }.

## Entretien du prêt : blocages, pannes, plans, formations, disponibilité
lending-policy-training = Seules les personnes formées peuvent la réserver.
lending-training-needed = Il faut une formation pour la réserver : demandez-la à son responsable { $steward }, qui l'enregistre ici.
lending-trained-until = Vous êtes formé·e jusqu'au { $until }.
lending-blocks = Entretien et pannes
lending-block-maintenance = Entretien
lending-block-breakdown = En panne
lending-block-until-repaired = jusqu'à réparation
lending-block-repaired = Réparé : de retour dans le stock
lending-block-end = Terminer l'entretien
lending-block-form = Bloquer pour entretien
lending-block-reason = Pourquoi
lending-block-button = Bloquer ces exemplaires
lending-breakdown-form = Signaler une panne
lending-breakdown-help = Les exemplaires en panne quittent le stock jusqu'à réparation. Les réservations qui ne tiennent plus passent au prochain créneau libre du stock, ou sont annulées ; leurs emprunteurs sont prévenus.
lending-breakdown-button = Signaler en panne
lending-plan = Plan d'entretien
lending-plan-help = Un blocage d'un exemplaire est posé lors d'une sortie ou d'un retour une fois les jours ou les prêts écoulés, au premier des deux.
lending-plan-days = Tous les (jours)
lending-plan-uses = Tous les (prêts rendus)
lending-plan-minutes = Durée de chaque blocage (minutes)
lending-plan-button = Enregistrer le plan
lending-trainings = Personnes formées
lending-trainings-none = Personne n'est encore formé.
lending-training-until = jusqu'au { $until }
lending-training-form = Enregistrer une formation
lending-training-person = Personne (identifiant)
lending-training-expires = Valable jusqu'au
lending-training-button = Enregistrer la formation
lending-available = Trouver ce qui est libre
lending-available-button = Chercher
lending-available-found = Libre sur cette période
lending-available-none = Rien de correspondant n'est libre sur cette période : essayez d'autres heures ou moins d'exemplaires.
lending-free = { $count ->
    [one] un libre
   *[other] { $count } libres
}
lending-notices = Ce qui est arrivé à vos réservations
lending-notice-moved = une panne a déplacé votre réservation du { $was } au { $now }.
lending-notice-cancelled = une panne a annulé votre réservation du { $was } : aucun autre créneau n'était libre.
lending-new = Mettre quelque chose en prêt
lending-new-intro = Dites ce que c'est, où le trouver, combien il y en a et comment il se prête. Vous en êtes responsable, ou une organisation que vous administrez.
lending-new-button = Mettre en prêt
lending-field-name = Nom
lending-field-description = Description
lending-field-quantity = Combien d'exemplaires identiques
lending-field-yourself = Vous-même
lending-field-min = Réservation la plus courte (minutes)
lending-field-max = Réservation la plus longue (minutes)
lending-field-horizon = Combien de jours à l'avance on peut réserver
lending-field-buffer = Battement après chaque réservation (minutes)
lending-field-borrowers = Qui peut emprunter
lending-policy-edit = Comment elle se prête
lending-policy-button = Enregistrer les règles
lending-training-class = Pour chaque « { $kind } » que ce responsable prête
lending-training-class-of = chaque « { $kind } » de ce responsable

## Bodies: elected seats and elections with nominations
bodies-elected-seats = { $count } sièges, mandats de { $days } jours
bodies-seat-holders = Sièges élus
bodies-seat-until = jusqu'au { $when }
bodies-no-seat-holder = Personne n'occupe encore de siège : une élection qui pourvoit ces sièges les donne.
bodies-election-legend = Une élection qui pourvoit des sièges élus (facultatif)
bodies-election-hint = Donnez l'adresse d'une instance à sièges élus (celle-ci ou une autre de l'organisation) : ses candidatures sont proposées avant l'ouverture, et les élus prennent les sièges.
bodies-field-fills = Sièges de l'instance (son adresse)
bodies-field-nominations-days = Les candidatures ferment dans (jours)
bodies-election-fills = Cette élection pourvoit les sièges de
bodies-nominations-close = Les candidatures ferment { $when }.
bodies-nominations-closed = Les candidatures sont closes.
bodies-candidates = Candidatures
bodies-no-candidate = Personne n'est encore proposé.
bodies-nominated-by = proposé par
bodies-candidate-state = { $state ->
    [pending] n'a pas encore répondu
    [declined] a refusé
   *[accepted] se présente
}
bodies-nominate-title = Proposer un membre
bodies-nominate-hint = Proposez-vous (votre identifiant) ou un autre membre de l'organisation, qui doit ensuite accepter.
bodies-field-candidate = Identifiant du membre
bodies-field-statement = Déclaration
bodies-nominate = Proposer
bodies-your-nomination = Vous êtes proposé. Vous présentez-vous ?
bodies-accept = Je me présente
bodies-decline = Je refuse

## Bodies: the private feed of the decisions one can take part in
bodies-feed-title = Décisions auxquelles je peux prendre part
bodies-feed-status = { $status ->
    [closing] Ferme bientôt
    [decided] Décidée
   *[open] Ouverte
}
bodies-feed-heading = Votre flux privé
bodies-feed-hint = Un lecteur de flux suit les décisions où vous pouvez voter (ouvertes, fermant bientôt, décidées) à une adresse secrète. Qui a l'adresse voit la liste : gardez-la pour vous ; en faire une nouvelle coupe l'ancienne.
bodies-feed-fresh = Voici l'adresse de votre flux. Elle n'est montrée que cette fois : copiez-la maintenant dans votre lecteur de flux.
bodies-feed-made = L'adresse de votre flux a été faite { $when }.
bodies-feed-make = Faire l'adresse de mon flux
bodies-feed-rotate = Remplacer l'adresse de mon flux

# Ce qui est dû aux communs : redevances acceptées, promesses des phylès, paiements.
coalition-panel-dues = Ce qui lui est dû
coalition-dues-title = Ce qui est dû à { $commons }
coalition-dues-determinations = Décisions d'usage
coalition-dues-intro = Les redevances de licence acceptées par les licenciés et les parts d'excédent promises par les phylès. Chacune est inscrite dans la trésorerie du commun dès qu'elle est due ; quand un intendant l'enregistre comme payée, une répartition entre les contributeurs est préparée.
coalition-dues-none = Rien n'est encore dû à ce commun.
coalition-dues-owed-count = { $count ->
    [one] Une somme est encore due.
   *[other] { $count } sommes sont encore dues.
}
coalition-dues-all = Toutes les sommes dues
coalition-due-title = Somme due nº { $number } à { $commons }
coalition-due-party = Due par
coalition-due-kind = Nature
coalition-due-kind-name = { $kind ->
    [pledge] Part d'excédent promise
   *[other] Redevance de licence
}
coalition-due-period = Période
coalition-due-amount = Montant
coalition-due-state = État
coalition-due-state-name = { $state ->
    [paid] Payée
   *[other] Due
}
coalition-due-determination = la décision d'usage
coalition-standing-link = les engagements de la phylè
coalition-due-owed-entry = Inscrite comme due
coalition-due-paid-entry = Paiement inscrit
coalition-due-distribution = Répartie entre les contributeurs
coalition-due-distribution-see = Voir la répartition
coalition-pay-title = Enregistrer le paiement
coalition-pay-intro = Quand l'argent est arrivé, enregistrez-le ici. Le montant passe de ce qui est dû au compte que vous indiquez, et une répartition entre les contributeurs du commun est préparée pour que les intendants l'inscrivent.
coalition-pay-into = Versé sur le compte
coalition-pay-reference = Référence bancaire
coalition-pay-date = Jour du paiement (vide : aujourd'hui)
coalition-pay-distribute = Le répartir entre les contributeurs
coalition-pay-by-hours = selon les heures de leur travail accepté
coalition-pay-by-equal = à parts égales
coalition-pay-by-credrank = selon CredRank
coalition-pay-submit = L'enregistrer comme payé
coalition-pay-stewards = Les intendants de la trésorerie du commun enregistrent le paiement à son arrivée.
coalition-due-fee-title = La redevance
coalition-due-fee-owed = La redevance de { $amount } a été acceptée et est due au commun.
coalition-due-fee-paid = La redevance de { $amount } a été acceptée et payée.
coalition-due-see = Voir la somme due
coalition-due-accept-title = Accepter la redevance
coalition-due-accept-intro = Accepter la redevance la rend due au commun pour cette période. Elle est inscrite dans la trésorerie du commun, dont les intendants enregistrent le paiement à son arrivée.
coalition-due-accept-submit = Accepter la redevance
coalition-lift-title = Lever le manquement
coalition-lift-intro = Quand la partie a réparé ses torts, levez le manquement : elle reçoit de nouveau les réponses d'avant. Le manquement et sa levée restent au registre.
coalition-lift-reason = Pourquoi il est levé
coalition-lift-submit = Lever le manquement
coalition-standing-title = Ce que { $organization } a promis aux communs
coalition-standing-intro = Une phylè est une entreprise de commoneurs qui soutient les communs. Elle promet une part de son excédent à des communs nommés. Pour chaque excédent déclaré, le graphique met en regard ce qu'elle a promis et ce qu'elle a payé.
coalition-standing-not-phyle = Cette organisation n'est pas une phylè : elle ne promet rien.
coalition-panel-standing = Promesses aux communs
coalition-pledges-title = Promesses
coalition-pledges-none = Aucune promesse pour l'instant.
coalition-pledge-line = { $share } de son excédent à { $commons }
coalition-standing-total = Promis { $pledged }, payé { $paid }
coalition-standing-chart = Promis et payé, pour chaque excédent déclaré
coalition-standing-pledged = Promis
coalition-standing-paid = Payé
coalition-standing-periods = Pour chaque excédent déclaré
coalition-standing-surplus = Excédent
coalition-standing-dues = Chaque promesse due
coalition-pledges-set-title = Fixer les promesses
coalition-pledges-set-intro = Une ligne par commun : son identifiant, puis la part de l'excédent en pourcentage (par exemple « open-mapping 10% »). Ensemble, les parts font au plus 100 %. Ces lignes remplacent les promesses de la phylè.
coalition-pledges-field = Promesses
coalition-pledges-submit = Enregistrer les promesses
coalition-surplus-title = Déclarer un excédent
coalition-surplus-intro = Déclarez l'excédent d'une période. Chaque part promise devient due à son commun.
coalition-surplus-from = Premier jour
coalition-surplus-until = Dernier jour
coalition-surplus-amount = Excédent (montant et devise)
coalition-surplus-submit = Déclarer l'excédent
coalition-standing-link-panel = Voir ce qu'elle a promis et payé
coalition-surplus-amount-example = 8000.00 EUR

# Lending: opening hours and limits per person (issue 18)
lending-hours = Heures d'ouverture
lending-hours-always = Toujours ouvert : sorties et retours à toute heure.
lending-day = { $day ->
    [mon] Lundi
    [tue] Mardi
    [wed] Mercredi
    [thu] Jeudi
    [fri] Vendredi
    [sat] Samedi
   *[sun] Dimanche
}
lending-hours-zone = Heures en { $zone }. Sorties et retours ont lieu pendant ces heures.
lending-limits = Limites par personne
lending-limit-items = { $count ->
    [one] un exemplaire à la fois
   *[other] { $count } exemplaires à la fois
}
lending-limit-days = { $count ->
    [one] un jour réservé par mois
   *[other] { $count } jours réservés par mois
}
lending-limit-holds = { $count ->
    [one] une réservation en attente d'approbation à la fois
   *[other] { $count } réservations en attente d'approbation à la fois
}
lending-limits-steward = Comptées sur tout ce que prête { $steward }.
lending-field-hours = Heures d'ouverture
lending-field-hours-hint = Un jour et ses heures par plage, séparés par des virgules ou des lignes, par exemple tue 17:00-20:00, sat 10:00-13:00 (plusieurs plages par jour possibles). Vide : toujours ouvert.
lending-field-zone = Fuseau horaire des heures
lending-field-max-items = Exemplaires à la fois par personne
lending-field-max-days = Jours par mois par personne
lending-field-max-holds = Réservations en attente d'approbation par personne
lending-field-limits-hint = Vide ou 0 : pas de limite. Les limites portent sur tout ce que prête ce responsable.
lending-field-pickup = Heures pour retirer une offre de la liste d'attente
lending-wait-hint = Déjà pris à ce moment-là ? Attendez-le : quand une annulation ou un retour le libère, il vous est réservé et vous en êtes averti·e ici.
lending-wait-button = S'inscrire sur la liste d'attente
lending-waits = Listes d'attente
lending-wait-position = { $count ->
    [one] Premier·ère de la file
   *[other] Place { $count } dans la file
}
lending-wait-offered = Libre maintenant et réservé pour vous jusqu'au { $pickup } : acceptez-le d'ici là, sinon il passe à la personne suivante.
lending-wait-take = L'accepter
lending-wait-leave = Quitter la liste
lending-notice-offered = un créneau que vous attendiez (à partir du { $was }) vous est réservé : acceptez-le dans Listes d'attente avant l'heure limite
lending-notice-lapsed = le créneau que vous attendiez (à partir du { $was }) n'a pas été accepté à temps et est passé à la personne suivante
lending-field-hours-example = tue 17:00-20:00, sat 10:00-13:00
coalition-org-paid-link = son rapport
coalition-org-paid-title = Le travail des personnes de { $organization } pour les communs
coalition-org-paid-intro = Les contributions acceptées et les heures de travail acceptées, sur tous les communs, par des personnes liées à cette organisation — comme elles l’ont déclaré, ou comme ses salariés selon la table des employeurs d’un historique importé de git — comptées comme faites rémunérées ou bénévoles.
coalition-org-paid-summary = { $count ->
    [0] Aucune contribution comptée pour l’instant.
    [one] Une contribution : { $paid } rémunérée, { $volunteer } bénévole.
   *[other] { $count } contributions : { $paid } rémunérées, { $volunteer } bénévoles.
}
coalition-org-paid-chart = Contributions des personnes de l’organisation chaque mois, rémunérées et bénévoles
coalition-org-paid-by-month = Contributions (part) et heures, rémunérées / bénévoles / inconnues, par mois
coalition-org-paid-by-commons = Par commun
coalition-org-paid-commons = Commun
coalition-org-panel-title = Qui paie pour les communs
coalition-org-panel-people = { $count ->
    [0] Personne n’a déclaré travailler avec cette organisation ; un historique importé la nomme comme employeur.
    [one] Une personne a déclaré travailler avec cette organisation.
   *[other] { $count } personnes ont déclaré travailler avec cette organisation.
}
bodies-rulebook-form-title = Changer le règlement
bodies-seats-hint = Sièges élus : combien, et combien de jours dure un mandat depuis la clôture de l'élection. Siègent alors dans cette instance celles et ceux qui occupent un siège. Laissez les deux champs vides pour ne pas changer qui siège.
bodies-field-seat-count = Sièges élus
bodies-field-term-days = Jours que dure un mandat
bodies-field-max-approvals = Approbations au plus par bulletin
bodies-max-approvals-hint = Vote par approbation seulement ; vide pour autant qu'il y a d'options.
lending-savings-title = Ce que le partage épargne
lending-savings-link = Ce que le partage épargne
lending-savings-back = Retour au catalogue
lending-savings-library = Bibliothèque
lending-savings-territory = Tout le territoire
lending-savings-period = Période
lending-savings-show = Afficher
lending-savings-last-30-days = 30 derniers jours
lending-savings-measured = Compté du { $from } au { $until }.
lending-savings-json = Les mêmes chiffres en JSON
lending-savings-none = Rien n'était prêtable sur cette période.
lending-savings-items = Objets
lending-savings-loans = Prêts
lending-savings-per-year = Prêts par objet et par an
lending-savings-share = Part du temps en usage
lending-savings-idle = Objets inutilisés
lending-savings-offered = proposés
lending-savings-wait = De la liste d'attente à l'offre (médiane)
lending-savings-still-waiting = attendent encore
lending-savings-lead = De la demande à la remise (médiane)
lending-savings-purchases = Achats évités
lending-savings-shared-vehicles = véhicules partagés en usage
lending-savings-cars-shed = Voitures en moins
lending-savings-hours = { $hours } h
lending-savings-chart-share = Part du temps en usage, par classe
lending-savings-chart-per-year = Prêts par objet et par an, par classe
lending-savings-chart-purchases = Achats évités, par classe
lending-savings-by-class = Par classe
lending-savings-class = Classe
lending-savings-by-library = Par bibliothèque
lending-savings-factors = Facteurs
lending-savings-factors-defaults = Cette bibliothèque n'a fixé aucun facteur propre : elle utilise les valeurs par défaut du territoire, et celles intégrées là où le territoire n'en a pas fixé.
lending-savings-factors-set = Les responsables de la bibliothèque ont fixé les facteurs marqués comme les siens ; les autres sont ceux du territoire ou intégrés.
lending-savings-per-100 = { $kind } : achats pour 100 prêts
lending-savings-cars-per-vehicle = Voitures en moins par véhicule partagé
lending-savings-save = Enregistrer les facteurs
lending-savings-how-title = Comment c'est compté
lending-savings-how = Un prêt est une réservation remise pendant la période. Le temps en usage va de la remise au retour (jusqu'à maintenant s'il est encore dehors) et compte chaque objet d'un lot ; il est divisé par le temps où les objets pouvaient être prêtés : tant qu'ils existaient sans être retirés, moins l'entretien et les pannes. Les prêts par objet et par an divisent les prêts par les années où les objets ont existé dans la période. Les objets inutilisés sont ceux dont la période n'a jamais eu besoin : la taille d'un lot moins le plus grand nombre prêté à la fois.
lending-savings-waits-how = L'attente est mesurée de deux façons à partir des enregistrements : de l'inscription sur une liste d'attente à l'offre de l'objet (la médiane des offres de la période, et combien attendaient encore à sa fin), et de la demande (la réservation faite) à la remise.
lending-savings-factors-how = Les achats évités sont les prêts de chaque classe multipliés par les achats pour 100 prêts de la bibliothèque. Les voitures en moins sont les véhicules prêtés dans la période multipliés par les voitures qu'une voiture partagée remplace : 15 par défaut, d'après l'étude sur l'autopartage que cite l'essai ; une bibliothèque dont les véhicules sont des vélos le fixe plus bas.

## Lending: a person's private calendar of their reservations
lending-feed-heading = Votre calendrier
lending-feed-hint = Une application de calendrier suit vos réservations (à venir, en cours, et annulées, pour qu'elles quittent votre calendrier) à une adresse secrète. Quiconque a l'adresse les voit : gardez-la pour vous ; en faire une nouvelle coupe l'ancienne.
lending-feed-fresh = Voici l'adresse de votre calendrier. Elle n'est montrée que cette fois : copiez-la maintenant dans votre application de calendrier.
lending-feed-made = L'adresse de votre calendrier a été faite { $when }.
lending-feed-make = Faire l'adresse de mon calendrier
lending-feed-rotate = Remplacer l'adresse de mon calendrier
lending-feed-stop = Arrêter l'adresse de mon calendrier
lending-feed-stopped = L'adresse de votre calendrier ne répond plus.

## Ledger: taking a scheduled expense off its day
ledger-unschedule = Le retirer de son jour de paiement
ledger-unschedule-reason = Pourquoi (facultatif)

## Ledger: asking for a payout of what a treasury owes
ledger-payout-amount = Montant (vide pour tout ce qui est dû)
ledger-payout-details = Comment vous payer (vu des seuls intendants et de vous)
ledger-payout-ask = Demander le paiement
# Procurations acceptées et délégations permanentes (issue 14, point 5)
bodies-proxy-offered = Votre procuration est proposée à @{ $handle } ; elle compte dès son acceptation.
bodies-proxy-accept = Accepter
bodies-proxy-decline = Refuser
bodies-give-back = La rendre
bodies-proxies-waiting = Procurations qu'on vous propose
bodies-proxies-held = Procurations que vous détenez
bodies-delegation-title = Ma délégation permanente
bodies-delegation-hint = { $count ->
    [one] Une autre personne de cette instance vote pour vous à chaque décision où vous ne votez pas, dès qu'elle accepte ; une procuration pour une seule décision passe avant. Chacune en détient { $count } au plus, et les délégations ne se transmettent pas.
   *[other] Une autre personne de cette instance vote pour vous à chaque décision où vous ne votez pas, dès qu'elle accepte ; une procuration pour une seule décision passe avant. Chacune en détient { $count } au plus, et les délégations ne se transmettent pas.
}
bodies-delegation-give = Déléguer
bodies-delegation-with = Vous déléguez à @{ $handle }.
bodies-delegation-offered = Votre délégation à @{ $handle } attend sa réponse.
bodies-delegation-revoke = Reprendre ma délégation
bodies-delegations-waiting = Délégations qui attendent votre réponse
bodies-delegations-held = Délégations que vous détenez
discussion-on-its-page = la discussion sur sa propre page
offers-link = Ce que les gens proposent et demandent
offers-title = Offres et demandes
offers-intro = Ce que les voisins proposent de prêter, louer, troquer ou donner, et ce qu'ils demandent. Une chose prêtée ou louée l'est par une réservation, avec les mêmes règles que celles de la bibliothèque.
offers-new = Proposer une chose
offers-new-intro = Dites ce que c'est, où, et comment vous la proposez. Une chose prêtée ou louée a un calendrier : ses prêts se réservent comme les autres.
offers-new-button = La proposer
offers-request-new = Demander une chose
offers-request-button = La demander
offers-mode = Comment
offers-any-mode = De toute façon
offers-mode-name = { $mode ->
    [share] À prêter
    [rent] À louer
    [barter] À troquer
   *[give] À donner
}
offers-mode-help = { $mode ->
    [share] prêtée gratuitement
    [rent] prêtée contre un tarif par jour
    [barter] contre quelque chose en échange
   *[give] elle part pour de bon
}
offers-place-filter = Le lieu contient
offers-offered = Proposé
offers-none = Rien n'est encore proposé ici.
offers-more = Plus d'offres
offers-requests = Demandé
offers-requests-none = Personne ne demande encore rien ici.
offers-fee = { $fee } par jour
offers-by = Proposé par @{ $person }
offers-asked-by = Demandé par @{ $person }
offers-person = Proposé par
offers-asker = Demandé par
offers-state = { $state ->
    [open] Ouverte
    [closed] Fermée
    [given] Donnée
    [bartered] Troquée
    [met] Satisfaite
    [proposed] Proposé
    [accepted] Accepté
    [declined] Refusé
   *[withdrawn] Retiré
}
offers-field-title = Quoi
offers-field-fee = Tarif par jour (location seulement)
offers-field-wanted = Souhaité en échange (troc seulement)
offers-wanted = Souhaité en échange
offers-loans-calendar = Son calendrier et ses prêts
offers-matches = Accords
offers-matches-none = Aucun accord pour l'instant.
offers-match = { $title } de @{ $owner } pour @{ $taker }
offers-match-fee = Tarif du prêt : { $fee }
offers-awaits = Attend la réponse de @{ $person }
offers-loan = Le prêt
offers-accept = Accepter
offers-decline = Refuser
offers-withdraw = Retirer
offers-edit = Modifier l'offre
offers-save = Enregistrer
offers-close = Fermer l'offre
offers-ask = La demander
offers-terms = Message (pour un troc : ce que vous donnez en échange)
offers-ask-button = Envoyer
offers-sign-in = Connectez-vous pour la demander ou répondre
offers-needed = Nécessaire
offers-needed-from = Nécessaire à partir de
offers-needed-until = Nécessaire jusqu'à
offers-request-close = Fermer la demande
offers-answer = Répondre avec une de vos offres
offers-answer-none = Vous n'avez aucune offre ouverte pour répondre.
offers-answer-offer = Votre offre
offers-answer-times = Pour une chose que vous prêtez ou louez, dites quand vous la prêtez.
offers-answer-button = La proposer
offers-yours = Vos accords

## A treasury's rules and plan
ledger-rules-link = Règles et lignes budgétaires
ledger-rules-title = Règles et lignes budgétaires
ledger-rules-approvals = { $approvals ->
    [one] Un·e intendant·e
   *[other] { $approvals } intendant·es
} sur { $stewards } doivent approuver chaque dépense.
ledger-rules-tier = Au-delà de { $amount } : { $approvals } approbations.
ledger-rules-consent = { $count ->
    [one] Approbation par consentement : une dépense sans objection est approuvée un jour après sa soumission.
   *[other] Approbation par consentement : une dépense sans objection est approuvée { $count } jours après sa soumission.
}
ledger-rules-no-consent = Pas d’approbation par consentement : seules les approbations comptent.
ledger-rules-over-flag = Une dépense approuvée au-delà de sa ligne est approuvée et signalée.
ledger-rules-over-block = Une dépense qui dépasserait sa ligne est refusée.
ledger-rules-lines = { $count ->
    [0] Aucune ligne budgétaire pour l’instant.
    [one] Une ligne budgétaire, sur la page des dépenses.
   *[other] { $count } lignes budgétaires, sur la page des dépenses.
}
ledger-rules-approval-form = Comment les dépenses sont approuvées
ledger-rules-approvals-label = Approbations nécessaires pour chaque dépense
ledger-rules-tiers = Plus d’approbations au-delà d’un montant
ledger-rules-tiers-help = Laissez une ligne vide pour la retirer. Une dépense demande le plus grand nombre d’approbations qu’exige un montant qu’elle dépasse, dans son unité.
ledger-rules-tier-above = Au-delà de
ledger-rules-tier-approvals = Approbations
ledger-rules-consent-label = Approuver par consentement après ce nombre de jours (vide : jamais)
ledger-rules-save = Enregistrer
ledger-rules-over-form = Au-delà d’une ligne budgétaire
ledger-rules-over-legend = Quand approuver une dépense ferait dépasser le prévu de sa ligne
ledger-rules-line-form = Ajouter une ligne budgétaire
ledger-rules-line-name = À quoi elle sert
ledger-rules-line-source = D’où vient le prévu (une adresse, facultatif)
ledger-rules-starts = Premier jour
ledger-rules-ends = Dernier jour
ledger-rules-add-line = Ajouter la ligne
ledger-rules-budget-form = Lignes d’un budget participatif
ledger-rules-budget-help = Une ligne par projet financé, prévue à son coût ; les projets qui ont déjà leur ligne restent tels quels.
ledger-rules-budget = Budget
ledger-rules-add-budget = Ajouter les lignes de ses projets

## The organisers' overrides of a budget's outcome
budgets-overrides-title = Corrections des organisateurs
budgets-overrides-none = Les organisateurs n’ont pas corrigé le décompte : ce que la règle finance est ce qui est financé.
budgets-overrides-intro = Le décompte ci-dessus reste celui de la règle. Les organisateurs ont changé ce qui est financé au bout du compte, chaque fois avec un motif ; le dernier acte sur chaque projet fait foi.
budgets-override-funded = financé
budgets-override-unfunded = non financé
budgets-override-superseded = remplacée par une correction ultérieure
budgets-overrides-funded = Financés au bout du compte : { $projects }
budgets-override-project = Projet
budgets-override-to = Corriger le décompte pour que le projet soit
budgets-override-fund = financé
budgets-override-unfund = non financé
budgets-override-reason = Le motif, lisible par tout le monde
budgets-override-save = Corriger le décompte
coalition-pay-by-standing = selon la règle de répartition du commun
ledger-policy-standing-option = La règle de la trésorerie
ledger-standing-title = Règle de répartition
ledger-standing-intro = Ce que suit une répartition qui ne nomme aucune règle, et comment une redevance ou un engagement payé est partagé.
ledger-standing-set = Fixée par { $person } le { $date }.
ledger-standing-default = Aucun trésorier n'en a fixé : l'argent est partagé à parts égales.
ledger-standing-parameters = Paramètres
ledger-standing-form-title = Changer la règle de répartition
ledger-standing-form-help = Les paramètres sont en JSON. Selon le crédit de contribution : {"{"}"grain" : "immediate", "balanced" ou "recent", "half_life_weeks" (recent seulement), "weights"{"}"} ; une équation de valeur : l'équation elle-même. Laissez vide pour les valeurs par défaut.
ledger-standing-save = Fixer la règle
ledger-undistributed = Laissé à la trésorerie par l'équation : { $amount }
budgets-points-hint = Vous avez { $total } points : donnez-les aux projets que vous soutenez, au plus { $most } à un seul. Un projet laissé à 0 n'en reçoit aucun.
budgets-ranked-hint = Classez les projets que vous soutenez, 1 pour votre premier choix, chaque rang une fois, sans en sauter.
budgets-rank-none = Non classé
budgets-rank = Rang { $count }
budgets-merged-into = Fusionné dans le projet { $number }
## Lending: photos of a resource
lending-photos = Photos
lending-photo-form = Ajouter une photo
lending-photo-file = Photo (JPEG, PNG ou WebP, 5 Mio au plus)
lending-photo-caption = Ce qu'elle montre (facultatif)
lending-photo-button = Ajouter la photo
lending-photo-remove = Retirer cette photo

## Lending: kits
lending-kit = Kit composé de
lending-kit-form = De quoi le kit est fait
lending-kit-help = Réserver le kit réserve aussi ces éléments sur le même créneau. Laissez 0 pour ce qui n'en fait pas partie.
lending-kit-button = Enregistrer le kit
ledger-peer-title = Tours de répartition entre pairs
ledger-peer-distributions = Répartitions
ledger-peer-help = Dans un tour, chaque contributeur du commun donne des points aux autres dont il apprécie le travail. Une répartition entre pairs paie ensuite chacun en proportion des points reçus. Tant que le tour est ouvert, seul le nombre de points donnés par chacun est affiché ; une fois clos, chaque don est public.
ledger-peer-none = Aucun tour pour l'instant.
ledger-peer-round = Tour { $number }
ledger-peer-summary = { $allowance } points chacun, { $members } membres
ledger-peer-open-until = ouvert jusqu'au { $at }
ledger-peer-closed-at = clos le { $at }
ledger-peer-open-form = Ouvrir un tour
ledger-peer-allowance = Points que donne chaque membre
ledger-peer-days = Jours d'ouverture
ledger-peer-open = Ouvrir le tour
ledger-peer-open-hint = Les membres peuvent changer leurs dons jusqu'à la clôture du tour. Qui a donné quoi à qui s'affiche à la clôture.
ledger-peer-closed-hint = Ce tour est clos : une répartition entre pairs paie selon les points reçus ici.
ledger-peer-members = Membres
ledger-peer-member = Membre
ledger-peer-given = Points donnés
ledger-peer-received = Points reçus
ledger-peer-chart = Points reçus par chaque membre
ledger-peer-gifts = Tous les dons
ledger-peer-from = De
ledger-peer-to = À
ledger-peer-points = Points
ledger-peer-give-form = Donner vos points
ledger-peer-give-help = Vous avez { $allowance } points à donner aux autres, pas à vous-même. Les points non donnés ne comptent pas. Un nouvel envoi remplace vos dons précédents.
ledger-peer-give-legend = Points pour chaque membre
ledger-peer-give = Enregistrer mes dons
ledger-peer-close = Clore le tour maintenant
ledger-peer-link = Tours de répartition entre pairs
budgets-review-title = Examen
budgets-review-legend = Sur le bulletin ?
budgets-review-reject = Le retirer du bulletin
budgets-review-restore = Le mettre sur le bulletin
budgets-review-reason = Motif public
budgets-review-save = Enregistrer l'examen
budgets-merge-title = Un doublon ?
budgets-merge-help = Fusionner déplace les soutiens de ce projet vers celui qu'il répète (qui a soutenu les deux compte une fois) et le retire du bulletin, avec le motif affiché sur les deux.
budgets-merge-into = Il répète
budgets-merge = Fusionner

budgets-valuation = Évaluation
budgets-valuation-private = Pas encore publiée : seuls le comité d’évaluation et les administrateurs la voient jusqu’à la fin de l’évaluation.
budgets-valuation-feasibility = Faisabilité
budgets-feasible = Réalisable
budgets-unfeasible = Non réalisable
budgets-unfeasible-off = Non réalisable : retiré du bulletin
budgets-support-rules = Soutiens
budgets-support-most = { $count ->
    [one] Un soutien par personne et par enveloppe.
   *[other] Au plus { $count } soutiens par personne et par enveloppe.
}
budgets-support-advance = { $advance ->
    [threshold] Les projets dont les soutiens atteignent { $count } passent au bulletin.
    [top] Les { $count } projets les plus soutenus de chaque enveloppe passent au bulletin, et ceux à égalité avec le dernier.
   *[all] Tous les projets passent au bulletin.
}
budgets-support-option = { $advance ->
    [threshold] Ceux dont les soutiens atteignent le nombre ci-dessous
    [top] Les plus soutenus de chaque enveloppe, autant que le nombre ci-dessous
   *[all] Tous les projets
}
budgets-support-most-label = Soutiens au plus par personne et par enveloppe (vide : sans limite)
budgets-support-advance-label = Quels projets passent au bulletin à la fin des soutiens
budgets-support-count-label = Le nombre : le seuil, ou combien par enveloppe
budgets-support-set = Fixer les règles des soutiens
budgets-unsupported = Hors du bulletin
budgets-unsupported-off = Pas assez de soutiens pour arriver au bulletin ({ $supports })
budgets-valuation-price = Prix
budgets-valuation-estimate = Estimation
budgets-valuation-explanation = Explication
budgets-valuation-by = Évalué par
budgets-not-valuated = Non évalué : le projet reste sur le bulletin à son estimation.
budgets-valuate = Évaluer ce projet
budgets-valuation-price-hint = obligatoire s’il est réalisable ; l’estimation est de { $estimate }
budgets-valuation-explanation-hint = obligatoire s’il n’est pas réalisable ou si le prix diffère de l’estimation ; publiée à la fin de l’évaluation
budgets-valuate-button = Enregistrer l’évaluation
budgets-valuation-panel = Comité d’évaluation :
budgets-valuation-by-admins = Évaluation par les administrateurs de { $owner }

## Incompatibility groups of a budget
budgets-group-of = Incompatibles : { $name }
budgets-group-at-most-one = Un seul de ces projets au plus est financé : dès que l’un l’est, les autres ne sont plus candidats, et l’argent de leurs soutiens va à d’autres projets.
budgets-group-remove = Supprimer ce groupe
budgets-group-make = Faire un groupe de projets incompatibles
budgets-group-pick = Cochez deux projets ou plus de cette enveloppe, dont un seul au plus peut être financé
budgets-group-name = Nom du groupe
budgets-group-reason = Pourquoi un seul d’entre eux peut être financé, pour que tout le monde le lise
budgets-group-save = Faire le groupe
budgets-why-incompatible = Non financé : incompatible avec le projet { $number }, « { $name } », qui est financé.
lending-condition-photos = Photos de l'état
lending-condition-photo-file = Photo de l'état (facultative : JPEG, PNG ou WebP, 5 Mio au plus)
lending-desk-hours = Heures du guichet
lending-desk-hours-zone = Heures en { $zone }. Les exemplaires ne sortent et ne reviennent que pendant ces heures, dans les heures d'ouverture.
lending-field-desk-hours = Heures du guichet (sorties et retours)
lending-field-desk-hours-hint = S'écrivent comme les heures d'ouverture : quand les exemplaires sortent et reviennent, si c'est moins souvent que le lieu n'est ouvert. Vide : dès qu'il est ouvert.
offers-ask-request = Répond à votre demande
offers-ask-no-request = Aucune de mes demandes
offers-ask-request-hint = Quand l'autre partie accepte, la demande que vous nommez est satisfaite et se ferme.
lending-savings-from = Du (premier jour)
lending-savings-to = Au (dernier jour, compris)
lending-savings-show-days = Compter ces jours
lending-savings-territory-factors = Les facteurs par défaut du territoire
lending-savings-territory-factors-set = Un administrateur de l'instance a fixé ces valeurs par défaut : chaque bibliothèque les utilise pour un facteur qu'elle n'a pas fixé.
lending-savings-territory-factors-none = Aucun administrateur n'a fixé les valeurs par défaut du territoire : les bibliothèques qui n'ont pas fixé les leurs utilisent celles intégrées.
lending-savings-factor-from = { $from ->
    [library] propre à la bibliothèque
    [territory] par défaut du territoire
   *[built_in] intégré
}
lending-savings-empty-keeps = Un champ laissé vide garde la valeur par défaut qu'il affiche.
lending-policy-lead = se réserve au moins { $count } minutes avant son début
lending-field-lead = Préavis d'une réservation (minutes ; 0 : aucun)
budgets-for-organization = pour
budgets-for-group = pour le groupe « { $group } »
budgets-documentation = Sa documentation
budgets-link-commons = Le commun de sa documentation
budgets-commons-handle = Commun (son identifiant)
budgets-commons-link-button = Lier
budgets-commons-unlink-button = Délier
budgets-propose-organization = Pour une organisation dont vous êtes membre (facultatif, son identifiant)
budgets-propose-group = Ou pour un groupe informel (facultatif, son nom)
lending-money = Argent
lending-money-fee = { $mode ->
    [per_loan] Frais : { $amount } par article prêté
    [per_day] Frais : { $amount } par jour entamé, par article
    [pay_what_you_can] Payez ce que vous pouvez (suggéré : { $amount })
   *[other] Sans frais
}
lending-money-deposit = Caution : { $amount } par article, retenue dès la remise et rendue au retour
lending-money-late = Pénalité de retard : { $amount } par jour entamé après la fin, par article
lending-field-currency = Devise (ISO 4217)
lending-field-fee-mode = Frais
lending-fee-mode = { $mode ->
    [per_loan] par prêt
    [per_day] par jour
    [pay_what_you_can] payez ce que vous pouvez
   *[other] gratuit
}
lending-field-fee = Montant des frais (ou la suggestion)
lending-field-fee-hint = Gratuit ne demande aucun montant ; par prêt et par jour en demandent un supérieur à 0 ; payez ce que vous pouvez le prend comme suggestion (0 admis).
lending-field-deposit = Caution (0 : aucune)
lending-field-late-fee = Pénalité de retard par jour (0 : aucune)
lending-loan-fee = Frais : { $amount }
lending-loan-no-fee = Sans frais
lending-loan-deposit = Caution : { $amount } { $state ->
    [held] (retenue jusqu'au retour)
    [given_back] (rendue)
   *[to_hold] (retenue dès la remise)
}
lending-loan-late-fee = Pénalité de retard : { $amount }
lending-loan-entry = { $what ->
    [fee] Frais dus
    [deposit] Caution retenue
    [deposit_back] Caution rendue
   *[late_fee] Pénalité due
} : transaction { $number } de la trésorerie { $treasury }
lending-loan-on-loan-only = Le gardien de la ressource ne tient pas de trésorerie ici : ces montants sont notés sur le prêt seulement.
lending-pay = Ce que vous payez ({ $currency })
lending-pay-hint = Payez ce que vous pouvez : laissez vide pour payer les { $amount } suggérés, ou écrivez un montant à partir de 0.

# La part minimale de l'enveloppe que dépense un bulletin sac à dos (issue 15).
budgets-knapsack-least = Dépensez au moins { $least }.
budgets-under-by = Il manque { $amount } pour atteindre la dépense minimale : ajoutez un projet.
budgets-min-share = Dépense minimale
budgets-min-share-value = { $count } % du montant de chaque enveloppe
# Beside a library's own savings factor: give it up (issue 18).
lending-savings-follow-territory = Suivre plutôt la valeur par défaut du territoire
budgets-min-share-label = Part minimale du montant de chaque enveloppe qu'un bulletin dépense, en % (vide : aucune)
budgets-min-share-set = Fixer la dépense minimale
