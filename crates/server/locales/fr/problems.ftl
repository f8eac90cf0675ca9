# Problem details: the human `detail` of the API's problem+json answers and of error pages.
# Each says what went wrong and what to fix. Values in backquotes or quotation marks are the
# client's own (handles, paths, revisions, field names) and stay as they are. A message whose
# comment says it is "said after" or "put inside" another is a piece of that one.

## The server

problem-internal = Une erreur s'est produite sur le serveur ; elle a été consignée
problem-unavailable = La base de données est injoignable pour le moment ; réessayez dans quelques instants
problem-no-record = Cet enregistrement n'existe pas
problem-already-exists = Un enregistrement porte déjà ce nom ; choisissez-en un autre
problem-no-address = L'adresse { $path } n'existe pas
problem-method-not-allowed = L'adresse { $path } ne répond pas à la méthode { $method } ; consultez /api/openapi.json pour voir ce qu'elle accepte
problem-unknown-language = « { $lang } » n'est pas une langue de ces pages : choisissez en, fr, it ou es

## Refusals before the request is read, and timeouts

problem-uri-too-long = L'adresse fait { $bytes ->
        [one] { $bytes } octet
       *[other] { $bytes } octets
    } ; ce serveur en accepte au plus { $most } : envoyez les données longues dans le corps de la requête
problem-headers-too-large = Les en-têtes totalisent { $bytes ->
        [one] { $bytes } octet
       *[other] { $bytes } octets
    } ; ce serveur en accepte au plus { $most } : supprimez les cookies périmés ou les gros en-têtes personnalisés
problem-body-declared-too-large = La requête annonce { $bytes ->
        [one] { $bytes } octet
       *[other] { $bytes } octets
    } ; ce serveur en accepte au plus { $most }
problem-request-timeout = La requête a duré plus de { $seconds } s : renvoyez-la, ou envoyez moins de données

## Bodies, forms and addresses the server cannot read
## ($reason is the reading library's own explanation, in English.)

problem-body-too-large = Le corps de la requête dépasse la taille acceptée par ce serveur
problem-form-too-large = Le formulaire dépasse la taille acceptée par ce serveur
problem-unreadable-body = Impossible de lire le corps de la requête : { $reason }
problem-nul-character = Un texte de la requête contient le caractère NUL (\u0000 ou %00) ; retirez-le
problem-json-content-type = Envoyez le corps en JSON, avec `Content-Type: application/json`
problem-json-data = Un champ du JSON manque, est inconnu ou n'a pas le bon type : { $reason }
problem-json-syntax = Le corps n'est pas du JSON valide : { $reason }
problem-invalid-form = Impossible de lire le formulaire ({ $reason }) : rechargez la page et remplissez-le à nouveau
problem-invalid-path = Un segment de l'adresse est mal formé : { $reason }
problem-invalid-query = Un paramètre de l'adresse est mal formé : { $reason }
problem-address-control-character = L'adresse contient un caractère de contrôle (%{ $hex }) ; retirez-le
# On a page: what is wrong with the address ($why: one of the four messages above), then what to do.
problem-fix-the-address = { $why } : corrigez l'adresse

## Lists

problem-invalid-limit = Le paramètre limit doit être compris entre 1 et { $most } (reçu : { $limit })
problem-invalid-cursor = Le curseur « { $cursor } » ne vient pas de ce serveur : recommencez sans lui

## Signing in, tokens and forms

problem-csrf-failed = Ce formulaire est périmé ou n'a pas été envoyé depuis ce site : rechargez la page et envoyez-le à nouveau
problem-not-signed-in = Vous n'avez pas de session ouverte, ou elle a expiré : connectez-vous et réessayez
problem-token-missing = Cet appel demande un jeton d'API : envoyez `Authorization: Bearer TOKEN` (créez-en un avec POST /api/v1/tokens)
problem-token-malformed = L'en-tête Authorization doit être de la forme `Bearer TOKEN`
problem-token-unknown = Ce jeton d'API est inconnu ou a été révoqué
problem-token-or-password = Envoyez un jeton existant dans `Authorization: Bearer …`, ou bien `handle` et `password` dans le corps
problem-account-gone = Ce compte n'existe plus
problem-wrong-credentials = L'identifiant ou le mot de passe est incorrect
problem-wrong-password = Le mot de passe actuel est incorrect
problem-too-many-attempts = Trop de connexions échouées : réessayez dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }

## The journal

problem-invalid-last-event-id = Last-Event-ID doit être une position du journal (un nombre entier)
problem-unknown-object-type = Le type d'objet « { $given } » n'existe pas ; object_type prend l'une de ces valeurs : { $known }
problem-invalid-context = Le contexte « { $given } » ne désigne aucun historique : écrivez-le sous la forme type:identifiant, le type étant l'un de { $known } (par exemple commons:bread)

## Handles: people's, organizations' and commons'

# The rules of handles, said after the handle ($rule of problem-invalid-handle and of
# problem-invalid-commons-handle).
problem-handle-length = doit compter de 2 à 40 caractères
problem-handle-characters = ne peut contenir que des lettres minuscules a-z, des chiffres, « - » et « _ » (sans espace)
problem-handle-start = doit commencer par une lettre
problem-handle-end = doit se terminer par une lettre ou un chiffre
problem-handle-separators = ne peut pas enchaîner deux « - » ou « _ »
problem-handle-reserved = est réservé à une page ; choisissez-en un autre
problem-invalid-handle = L'identifiant « { $handle } » { $rule }
problem-handle-taken = L'identifiant @{ $handle } est déjà pris par { $by ->
        [organization] une organisation
       *[person] une personne
    } ; personnes et organisations partagent une même liste d'identifiants : choisissez-en un autre

## People and organizations
## ($field is a field's name as the API and the forms send it: display_name, bio, name, description.)

problem-no-person = La personne @{ $handle } n'existe pas
problem-no-token = Aucun de vos jetons actifs ne porte cet identifiant
problem-no-organization = L'organisation @{ $handle } n'existe pas
problem-no-membership = @{ $person } n'est ni membre ni invité de @{ $org }
problem-invalid-org-kind = Le type « { $kind } » n'existe pas ; choisissez parmi : { $known }
problem-invalid-role = Le rôle « { $role } » doit être member ou admin
problem-field-empty = Le champ { $field } ne doit pas être vide
problem-field-one-line = Le champ { $field } doit tenir sur une seule ligne
problem-field-too-long = Le champ { $field } ne doit pas dépasser { $most ->
        [one] { $most } caractère
       *[other] { $most } caractères
    }
problem-field-control-characters = Le champ { $field } contient des caractères de contrôle
problem-password-too-short = Le mot de passe doit compter au moins { $least ->
        [one] { $least } caractère
       *[other] { $least } caractères
    }
problem-password-too-long = Le mot de passe doit compter au plus { $most ->
        [one] { $most } caractère
       *[other] { $most } caractères
    }
problem-invalid-email = L'adresse électronique n'est pas valable (forme attendue : nom@exemple.org)
problem-invalid-website = Le site web doit être une adresse http:// ou https:// d'au plus { $most ->
        [one] { $most } caractère
       *[other] { $most } caractères
    }
problem-invalid-language = language : choisissez en, fr, it ou es, ou laissez vide pour suivre la langue de votre navigateur
problem-invalid-time-zone = time_zone : indiquez un fuseau horaire de la base tz, comme Europe/Rome ou America/Bogota, ou laissez vide pour suivre celui de l'instance
problem-text-language = language : le texte est écrit en en, fr, it ou es
problem-original-language = { $lang } est la langue dans laquelle ce texte a d'abord été écrit ; modifiez le texte lui-même, ou traduisez-le dans une autre langue
problem-no-translation = { $object } n'a pas de traduction en { $lang }
problem-admins-only = Seuls les administrateurs de @{ $org } peuvent faire cela
problem-members-only = Seuls les membres de @{ $org } peuvent { $why }
# What only members may do, said after "may" in problem-members-only.
problem-why-home-org = en faire l'organisation d'attache d'un commun
problem-already-invited = @{ $person } est déjà invité à rejoindre @{ $org }
problem-already-member = @{ $person } est déjà membre de @{ $org }
problem-already-your-org = Vous êtes déjà membre de @{ $org }
problem-not-invited = Vous n'avez pas d'invitation pour @{ $org } ; demandez-en une à l'un de ses administrateurs
problem-not-your-org = Vous n'êtes pas membre de @{ $org }
problem-last-admin-leaving = Vous êtes le dernier administrateur de @{ $org } : invitez d'abord un autre administrateur, puis partez
problem-last-admin-removed = @{ $person } est le dernier administrateur de @{ $org } et ne peut pas être retiré

## Commons: the rules of the model

problem-invalid-commons-handle = Identifiant `{ $handle }` non valable : il { $rule }
problem-unknown-commons-kind = Type `{ $kind }` inconnu ; choisissez parmi software, knowledge, design, data, other
# $field is a field's name as sent (name, summary, message, description, comment, contribution);
# $reason one of the four messages after this one.
problem-invalid-text = Champ { $field } non valable : { $reason }
problem-text-empty = il est vide ; écrivez quelque chose
problem-text-too-long = il compte { $chars ->
        [one] { $chars } caractère
       *[other] { $chars } caractères
    } ; la limite est de { $limit }
problem-text-control-character = il contient un caractère de contrôle à l'octet { $position } ; retirez-le
problem-text-one-line = le nom doit tenir sur une seule ligne
problem-text-same-kind = une mise à jour garde le type de la contribution (modification ou travail déclaré) ; proposez-en plutôt une nouvelle
# $reason is one of the three messages after this one.
problem-invalid-licence = Licence `{ $expression }` non valable : { $reason }
problem-licence-spaces = donnez une expression SPDX telle que `CC-BY-SA-4.0`, sans espace autour
# $reason is the SPDX library's own explanation, in English.
problem-licence-syntax = { $reason } ; les identifiants sont sur https://spdx.org/licenses/
problem-licence-unlisted = `{ $licence }` ne figure pas dans la liste des licences SPDX ; hors de cette liste, seules `LicenseRef-PPL` et `LicenseRef-CopyFair` sont acceptées (pour des conditions qui vous sont propres, donnez au commun une politique de licence personnalisée)
# $problem is one of the problem-path-… messages after this one.
problem-invalid-file-path = Chemin `{ $path }` non valable : { $problem }
problem-path-empty = le chemin est vide ; donnez un nom de fichier tel que `README.md`
problem-path-absolute = le chemin commence par `/` ; écrivez-le à partir de la racine du commun
problem-path-backslash = le chemin contient `\` ; séparez les dossiers par `/`
problem-path-empty-segment = le chemin contient un segment vide (`//` ou un `/` final) ; retirez-le
problem-path-dot-segment = le chemin contient un segment `.` ; retirez-le
problem-path-parent-segment = le chemin contient un segment `..` ; un chemin ne peut pas sortir du commun
problem-path-control-character = le chemin contient un caractère de contrôle à l'octet { $position } ; n'utilisez que des caractères imprimables
problem-path-invisible-character = le chemin contient un caractère invisible à l'octet { $position } (un contrôle ou une marque de direction, ou une espace sans chasse), qui pourrait le faire passer pour un autre chemin ; retirez-le
problem-path-too-long = le chemin fait { $bytes ->
        [one] { $bytes } octet
       *[other] { $bytes } octets
    } ; la limite est de { $limit }
problem-path-segment-too-long = un nom du chemin fait { $bytes ->
        [one] { $bytes } octet
       *[other] { $bytes } octets
    } ; la limite est de { $limit } par nom
problem-path-not-portable = le nom `{ $segment }` { $reason ->
        [characters] contient l'un des caractères < > : " | ? *
        [trailing] se termine par une espace ou un point
       *[device] est un nom de périphérique réservé sous Windows
    }, si bien que le commun ne pourrait pas être décompressé sur tous les systèmes ; renommez-le
problem-path-too-deep = le chemin compte { $segments ->
        [one] { $segments } niveau
       *[other] { $segments } niveaux
    } de dossiers ; la limite est de { $limit }
problem-duplicate-path = `{ $path }` apparaît plusieurs fois dans cette modification ; ne touchez chaque chemin qu'une fois
problem-file-too-large = `{ $path }` fait { $size ->
        [one] { $size } octet
       *[other] { $size } octets
    } ; la limite par fichier est de { $limit ->
        [one] { $limit } octet
       *[other] { $limit } octets
    }
problem-not-utf8 = `{ $path }` n'est pas en UTF-8 valide (premier octet fautif : { $offset }) ; envoyez-le comme fichier binaire
problem-empty-change = La modification ne change rien : elle ne nomme aucun fichier, ou chaque fichier qu'elle nomme est déjà tel que proposé ; changez le contenu d'au moins un fichier
problem-too-many-files = La modification touche { $count ->
        [one] { $count } fichier
       *[other] { $count } fichiers
    } ; la limite est de { $limit } par modification
problem-file-exists = `{ $path }` existe déjà dans la révision de base ; modifiez-le au lieu de l'ajouter
problem-file-missing = `{ $path }` n'existe pas dans la révision de base ; ajoutez-le plutôt
problem-file-folder-clash = `{ $path }` et `{ $other }` se contredisent : l'un est un fichier, alors que l'autre a besoin qu'il soit un dossier
problem-invalid-hash = Empreinte de contenu `{ $value }` non valable : 64 chiffres hexadécimaux en minuscules sont attendus
problem-blob-mismatch = Le contenu donné pour `{ $path }` ne correspond pas à son empreinte enregistrée
problem-blob-missing = Aucun contenu n'est stocké pour `{ $path }`
problem-foreign-revision = La révision `{ $revision }` n'appartient pas à ce commun ; fondez la modification sur l'une de ses révisions
# $paths are the paths in conflict, separated by commas.
problem-conflicting = La modification entre en conflit avec la tête sur { $paths } ; mettez-la à jour par rapport à la tête
# $state is a contribution's state as the API writes it: proposed, changes_requested,
# accepted, rejected, withdrawn or reverted.
problem-illegal-transition = Une contribution { $state ->
        [proposed] proposée
        [changes_requested] en attente de modifications
        [accepted] acceptée
        [rejected] refusée
        [withdrawn] retirée
       *[reverted] annulée
    } ne peut pas être { $verb ->
        [accept] acceptée
        [reject] refusée
        [withdraw] retirée
        [request_changes] renvoyée pour modifications
        [update] mise à jour
       *[revert] annulée
    }
problem-accept-unchecked = Une contribution { $state ->
        [proposed] proposée
        [changes_requested] en attente de modifications
        [accepted] acceptée
        [rejected] refusée
        [withdrawn] retirée
       *[reverted] annulée
    } ne peut pas être acceptée sans avoir été vérifiée par rapport à la tête
problem-revert-first-revision = La première révision ne peut pas être annulée : rien ne la précède
problem-not-allowed = Pour { $action ->
        [create_commons] créer un commun
        [propose] proposer une contribution
        [fork] bifurquer un commun
        [update_contribution] mettre à jour une contribution
        [withdraw_contribution] retirer une contribution
        [accept] accepter une contribution
        [reject] refuser une contribution
        [request_changes] demander des modifications
        [revert] annuler une contribution
        [add_maintainer] ajouter un mainteneur
        [remove_maintainer] retirer un mainteneur
        [offer_upstream] proposer le travail d'une bifurcation à son commun d'origine
        [translate] traduire le nom et le résumé du commun
       *[delete_commons] supprimer le commun
    }, il faut { $needed ->
        [signed_in] se connecter
        [author] être l'auteur de la contribution
       *[maintainer] être mainteneur de ce commun
    }
# $reason is one of the six messages after this one.
problem-invalid-work-record = Travail déclaré non valable : { $reason }
problem-work-zero = le temps passé est nul ; indiquez les minutes travaillées
problem-work-too-long = { $minutes ->
        [one] { $minutes } minute, c'est
       *[other] { $minutes } minutes, c'est
    } plus que les { $most } permises dans une déclaration ; répartissez-les sur plusieurs
problem-evidence-too-long = le lien du justificatif fait { $bytes ->
        [one] { $bytes } octet
       *[other] { $bytes } octets
    } ; la limite est de { $limit }
problem-evidence-scheme = le lien du justificatif doit commencer par https:// ou http://
problem-evidence-host = le lien du justificatif n'a pas de nom d'hôte après le schéma
problem-evidence-spaces = le lien du justificatif contient des espaces ou des caractères de contrôle ; encodez-les
# $person is a handle with its @.
problem-last-maintainer = { $person } est le dernier mainteneur ; ajoutez d'abord un autre mainteneur
problem-already-maintainer = { $person } est déjà mainteneur
problem-not-maintainer = { $person } n'est pas mainteneur
problem-nothing-to-offer = { $why ->
    [inherited] Cette bifurcation n'a encore aucune révision à elle : tout ce qu'elle contient, jusqu'à la révision { $revision } où elle a été créée, vient de l'amont. Modifiez d'abord quelque chose dans la bifurcation
    [offered] L'amont a déjà accepté tout ce que cette bifurcation a produit, jusqu'à sa révision { $revision }. Apportez d'abord une nouvelle modification à la bifurcation
    [cancel_out] { $count ->
        [one] La révision faite dans la bifurcation depuis sa dernière offre ne change rien
       *[other] Les { $count } révisions faites dans la bifurcation depuis sa dernière offre s'annulent : ensemble, elles ne changent rien
    }
   *[upstream_has] { $count ->
        [one] L'amont a déjà chaque fichier tel que le laisse la nouvelle révision de la bifurcation : il n'y a rien à proposer
       *[other] L'amont a déjà chaque fichier tel que le laissent les { $count } nouvelles révisions de la bifurcation : il n'y a rien à proposer
    }
}
problem-unknown-revision = La révision `{ $revision }` ne figure pas dans cet historique
problem-stale-head = Le commun est passé à la révision `{ $actual }` alors que ceci partait de `{ $expected }` ; rechargez et réessayez
problem-duplicate-revision = La révision `{ $revision }` figure déjà dans cet historique
problem-tree-mismatch = L'arborescence donnée pour la révision `{ $revision }` n'est pas celle qu'elle a enregistrée
# A server error: written to the log only ($reason in English).
problem-archive-failed = Impossible d'écrire l'archive : { $reason }

## Commons: what the server refuses around the model

problem-no-commons = Le commun `{ $handle }` n'existe pas
problem-no-revision = La révision { $number } de { $commons } n'existe pas
problem-no-contribution = La contribution nº { $number } de { $commons } n'existe pas
problem-no-contribution-id = Cette contribution n'existe pas
problem-no-file = Le fichier `{ $path }` n'existe pas dans la révision { $number }
problem-no-archive = L'archive `{ $name }` n'existe pas (demandez N.tar, N.zip, head.tar ou head.zip)
problem-no-review-action = Cette action de relecture n'existe pas
problem-invalid-revision-number = Les numéros de révision commencent à 1 ; { $number } n'en est pas un
problem-invalid-state = L'état « { $state } » n'existe pas ; choisissez parmi open, proposed, changes_requested, accepted, rejected, withdrawn, reverted
problem-commons-handle-taken = L'identifiant de commun `{ $handle }` est déjà pris ; choisissez-en un autre
problem-missing-content = `{ $path }` a besoin de son contenu pour être ajouté ou modifié
problem-content-twice = `{ $path }` donne à la fois content et content_base64 ; n'en donnez qu'un
# $reason is the decoder's own explanation, in English.
problem-invalid-base64 = Le content_base64 de `{ $path }` n'est pas du base64 : { $reason }
# $reason is the reading library's own explanation, in English.
problem-invalid-upload = Impossible de lire l'envoi ({ $reason }) : choisissez à nouveau le fichier et renvoyez-le
problem-upload-too-large = Le fichier dépasse la taille acceptée par ce serveur
problem-upload-empty = Choisissez un fichier à envoyer (il ne doit pas être vide)
problem-invalid-minutes = Les minutes doivent être un nombre entier, par exemple 90 pour une heure et demie
problem-binary-file = Les fichiers binaires ne peuvent pas être modifiés dans le navigateur
problem-foreign-base = La révision de base n'appartient pas à ce commun ; rechargez la page
problem-contribution-decided = La contribution nº { $number } a été tranchée entre-temps ; rechargez-la
problem-contribution-decided-by-other = Quelqu'un d'autre a tranché la contribution nº { $number } entre-temps ; rechargez-la
problem-moved-while-accepting = { $commons } est passé à une nouvelle révision pendant l'acceptation ; rechargez et réessayez
problem-moved-while-reverting = { $commons } a changé pendant l'annulation ; rechargez et réessayez
problem-confirmation-mismatch = Pour supprimer le commun, tapez son identifiant `{ $commons }` dans le champ de confirmation
problem-not-a-fork = { $commons } n'est pas une bifurcation : proposez-lui directement vos modifications
problem-offer-pending = L'offre nº { $number } de { $commons } est toujours ouverte en amont ; mettez-la à jour ou retirez-la d'abord
# $when is a date and time; $by a handle; $forks the handles of the open forks, separated by commas.
problem-commons-deleted = Le commun `{ $commons }` a été supprimé le { $when } ; son historique reste lisible, et plus rien ne peut y changer
problem-commons-deleted-by = Le commun `{ $commons }` a été supprimé par @{ $by } le { $when } ; son historique reste lisible, et plus rien ne peut y changer
problem-commons-deleted-forked = Le commun `{ $commons }` a été supprimé le { $when } ; plus rien ne peut y changer, mais son travail continue dans ses bifurcations : { $forks }
problem-commons-deleted-by-forked = Le commun `{ $commons }` a été supprimé par @{ $by } le { $when } ; plus rien ne peut y changer, mais son travail continue dans ses bifurcations : { $forks }

## Discussions
## ($field is title or body; $action is edit, delete or comment.)

problem-discussion-empty = { $field ->
        [title] Le titre
       *[body] Le commentaire
    } est vide ; écrivez quelque chose
problem-discussion-too-long = { $field ->
        [title] Le titre
       *[body] Le commentaire
    } compte { $chars ->
        [one] { $chars } caractère
       *[other] { $chars } caractères
    } ; la limite est de { $limit }
problem-discussion-control-character = { $field ->
        [title] Le titre
       *[body] Le commentaire
    } contient un caractère de contrôle à l'octet { $position } ; retirez-le
problem-discussion-not-signed-in = Pour { $action ->
        [edit] modifier un commentaire
        [delete] supprimer un commentaire
       *[comment] commenter
    }, connectez-vous
problem-not-author = Seul l'auteur d'un commentaire peut le { $action ->
        [edit] modifier
       *[delete] supprimer
    }
problem-comment-deleted = Ce commentaire a été supprimé ; il ne peut plus être { $action ->
        [edit] modifié
       *[delete] supprimé une seconde fois
    }
problem-thread-full = Ce fil contient { $limit ->
        [one] { $limit } commentaire
       *[other] { $limit } commentaires
    }, sa limite ; ouvrez un nouveau fil
problem-no-thread = Le fil nº { $number } de { $scope } n'existe pas
problem-no-comment = Le commentaire `{ $id }` n'existe pas
problem-comment-moved = Le commentaire a été modifié par une autre requête entre-temps ; rechargez-le et réessayez
problem-not-a-change = la contribution n° { $number } est un relevé de travail : elle ne modifie aucun fichier, elle n'a donc pas de différences à montrer
problem-no-proposed-file = la contribution n° { $number } ne propose aucun fichier à l'emplacement { $path }
problem-revert-unconfirmed = cochez la confirmation pour annuler la révision { $number }

## Instances
problem-bodies-invalid = « { $what } » ne peut pas figurer dans le règlement d'une instance ; vérifiez la valeur et réessayez.
problem-bodies-field = Le champ { $field } doit tenir sur une ligne de 1 à { $limit } caractères, sans caractère de contrôle.
problem-bodies-slug = « { $slug } » ne peut pas nommer une instance : utilisez de 1 à 40 lettres minuscules, chiffres ou tirets, sans tiret au début ni à la fin.
problem-bodies-weight-cap = Un poids de { $weight } n'est pas permis : le règlement admet des poids de 1 à { $cap }.
problem-bodies-unknown-method = « { $method } » n'est pas une méthode du moteur de décision ; utilisez l'une de : { $known }.
problem-bodies-state-filter = « { $state } » n'est pas un état de décision ; utilisez draft, open, closed ou withdrawn.
problem-bodies-decision-state = { $action ->
    [vote] Impossible de voter sur une décision à l'état { $state }.
    [open] Seul un brouillon peut être ouvert ; cette décision est à l'état { $state }.
    [close] Seule une décision ouverte peut être close ; celle-ci est à l'état { $state }.
    [withdraw] Seuls un brouillon ou une décision ouverte peuvent être retirés ; celle-ci est à l'état { $state }.
    [edit] Seul un brouillon peut être réécrit ; cette décision est à l'état { $state }.
    [proxy] Les procurations se donnent tant qu'une décision est ouverte ; celle-ci est à l'état { $state }.
   *[download] Les bulletins sont publiés à la clôture ; la décision est à l'état { $state }.
}
problem-bodies-motion-options = Une motion soumet une seule proposition et n'a pas d'options ; retirez-les ou choisissez une autre méthode.
problem-bodies-option-count = { $count } options données : une décision en demande de 2 à { $limit }.
problem-bodies-option-twice = L'option « { $name } » figure deux fois.
problem-bodies-seats = Impossible de pourvoir { $seats } sièges ici : cette méthode et ces options en permettent de 1 à { $most }.
problem-bodies-max-approvals = Une limite d'approbations ne vaut que pour un vote par approbation, entre 1 et { $most }.
problem-bodies-secrecy-lowered = Le règlement exige au moins des bulletins « { $least } » ; des bulletins « { $asked } » sont moins secrets.
problem-bodies-closing-time = Une décision doit se clore dans le futur.
problem-bodies-ballot-shape = Ce bulletin ne convient pas à un vote « { $method } » : n'envoyez que les champs que cette méthode lit.
problem-bodies-unknown-option = La décision n'a pas d'option « { $option } ».
problem-bodies-weight = Votre bulletin pèse { $weight } dans cette décision, pas { $asked }.
problem-bodies-objection-reason = Une objection doit être motivée : dites quel tort vous voyez.
problem-bodies-too-many-approvals = Vous avez approuvé { $count } options ; ce vote en permet { $most } au plus.
problem-bodies-rank-range = Le classement compte { $ranks } rangs pour { $options } options, ou nomme une option deux fois ; classez chaque option une fois au plus.
problem-bodies-rank-twice = Deux options ont le même rang ; donnez chaque rang une seule fois.
problem-bodies-not-manager = Seules la personne qui a préparé cette décision et les admins de l'organisation peuvent faire cela.
problem-bodies-not-opener = Le règlement de cette instance ne vous permet pas d'ouvrir des décisions.
problem-bodies-not-in-electorate = Vous ne faites pas partie du corps électoral de cette décision, figé à son ouverture.
problem-bodies-no-body = @{ $org } n'a pas d'instance « { $body } ».
problem-bodies-admins-only = Seuls les admins de l'organisation peuvent déclarer des instances et changer leur règlement.
problem-bodies-exists = @{ $org } a déjà une instance « { $body } » ; choisissez une autre adresse.
problem-bodies-rulebook-moved = Le règlement a changé entre-temps ; rechargez-le et réessayez.
problem-bodies-no-decision = Il n'y a pas de décision « { $id } ».
problem-bodies-empty-electorate = Personne ne siège dans cette instance : la décision n'aurait aucun votant.
problem-bodies-already-voted = Vous avez déjà voté, et les bulletins de cette instance ne peuvent pas changer.
problem-bodies-number = Le champ { $field } doit être un nombre entier.
problem-bodies-proposal-motion = Seules une motion, une décision par consentement ou par consensus peuvent porter un nouveau règlement.
problem-bodies-rulebook-by-decision = Le règlement de cette instance ne change que par une décision de l'instance : préparez une motion qui porte les nouvelles règles.
problem-bodies-points = Les points ne valent que pour un vote par notes ou cumulatif, de 1 à { $most }.
problem-bodies-too-many-points = { $method ->
    [score] Une note de { $given } dépasse la plus haute, { $most }.
   *[other] Vous avez réparti { $given } points ; ce vote en permet { $most } au plus.
}
problem-bodies-proxy = { $why ->
    [self] Vous ne pouvez pas vous donner procuration à vous-même.
    [outside] Cette personne ne fait pas partie du corps électoral de cette décision.
    [chain] Cette personne a donné sa propre procuration : les procurations ne se transmettent pas.
    [holding] Vous détenez des procurations : votez pour ces personnes plutôt que de les transmettre.
    [unoffered] Cette personne ne vous a proposé aucune procuration pour cette décision.
   *[none] Vous n'avez donné aucune procuration.
}
problem-bodies-no-proxies = Le règlement de cette instance n'admet pas de procuration.
problem-bodies-voted-no-proxy = Vous avez déjà voté : votre bulletin compte pour vous.
problem-bodies-proxy-nobody = Personne ne s'appelle @{ $handle }.
problem-bodies-proxy-limit = @{ $handle } détient déjà { $limit ->
    [one] { $limit } procuration, autant que le règlement le permet.
   *[other] { $limit } procurations, autant que le règlement le permet.
}
## The ledger
problem-ledger-unknown-unit = L'unité « { $given } » est inconnue : utilisez un code de devise ISO 4217 en majuscules (EUR, USD, JPY…), hours ou credits
problem-ledger-malformed-amount = Le montant « { $given } » n'est pas un nombre décimal comme 12 ou -12.50
problem-ledger-too-many-decimals = Le montant « { $given } » a plus de décimales que { $unit } n'en admet ({ $digits ->
        [0] aucune
        [one] { $digits } chiffre
       *[other] { $digits } chiffres
    })
problem-ledger-amount-too-large = Le montant « { $given } » est trop grand : un montant ou un solde doit tenir en unités mineures sur 64 bits
problem-ledger-balance-too-large = Le solde du compte { $account } dépasserait ce que tiennent des unités mineures sur 64 bits ; rien n'a été écrit
problem-ledger-zero-leg = La ligne { $position } ne déplace rien : chaque montant doit être non nul (et positif pour une recette ou une dépense)
problem-ledger-leg-count = Une opération a { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    } ; il lui en faut de deux à { $limit }
problem-ledger-unbalanced = Les lignes ne s'équilibrent pas : en { $unit }, leur somme vaut { $off } et non zéro
problem-ledger-mixed-units = Le compte { $account } est tenu en { $account_unit } ; une ligne en { $leg_unit } ne peut pas y entrer
problem-ledger-overdraft = Le compte { $account } ne doit jamais passer sous zéro, et cette opération le laisserait à { $balance } ; rien n'a été écrit
problem-ledger-already-reversed = L'opération nº { $number } a déjà été annulée
problem-ledger-reversal-of-reversal = L'opération nº { $number } est elle-même une annulation ; enregistrez plutôt l'opération de nouveau
problem-ledger-key-reused = Cette clé d'idempotence a servi pour une autre requête : son champ { $field } diffère
problem-ledger-account-name = Le nom de compte « { $given } » doit compter une à quatre parties séparées par « : », chacune une lettre minuscule suivie de lettres, de chiffres ou de tirets
problem-ledger-account-kind = La nature de compte « { $given } » n'est ni asset, ni liability, ni income, ni expense, ni equity, ni external
problem-ledger-category = La catégorie de recette « { $given } » n'est ni donation, ni sponsorship, ni membership_fee, ni sale, ni licence_fee, ni grant, ni lending_fee
problem-ledger-owner-kind = Le titulaire « { $given } » n'est ni organization, ni commons, ni body, ni person
problem-ledger-own-only = Seule la personne @{ $person } peut ouvrir sa propre trésorerie
problem-ledger-date = La date « { $given } » n'est pas un jour écrit AAAA-MM-JJ, au plus tard demain
problem-ledger-text-too-long = Le champ { $field } dépasse { $limit } caractères
problem-ledger-key = La clé d'idempotence « { $given } » doit compter de 1 à { $limit } caractères, sans espace ni caractère de contrôle
problem-ledger-not-steward = Seuls les trésoriers de la trésorerie de { $treasury } peuvent y enregistrer des opérations
problem-ledger-no-account = La trésorerie n'a pas de compte « { $name } »
problem-ledger-wrong-kind = Le compte { $name } n'est pas de nature { $want }, que ce type d'opération exige
problem-ledger-account-exists = La trésorerie a déjà un compte { $name }
problem-ledger-treasury-exists = { $handle } a déjà une trésorerie, ou une autre trésorerie porte cet identifiant
problem-ledger-no-treasury = Il n'y a pas de trésorerie « { $handle } »
problem-ledger-no-transaction = La trésorerie de { $treasury } n'a pas d'opération nº { $number }
problem-ledger-maintainers-only = Seuls les mainteneurs de { $commons } peuvent ouvrir sa trésorerie
problem-ledger-body-admins-only = Seuls les administrateurs de { $org } peuvent ouvrir la trésorerie de son organe { $body }
problem-ledger-body-handle = Un organe se nomme organisation/organe, par exemple makers-lagomar/assembly, et non « { $given } »
problem-ledger-format = Le format « { $given } » n'est ni hledger ni beancount
## Prêts

problem-no-resource = La ressource `{ $id }` n'existe pas
problem-no-reservation = La réservation `{ $id }` n'existe pas
problem-lending-missing = `{ $field }` est obligatoire
problem-lending-too-long = `{ $field }` dépasse { $limit } caractères
problem-lending-control-character = `{ $field }` contient un caractère de contrôle : écrivez-le sur une seule ligne, sans tabulation
problem-lending-kind = « { $kind } » n'est pas un type de ressource : choisissez parmi { $kinds }
problem-lending-borrowers = « { $value } » ne dit pas qui peut emprunter : écrivez `anyone` ou `members`
problem-lending-policy-range = `{ $field }` doit être compris entre { $min } et { $max }
problem-lending-time-malformed = `{ $field }` n'est pas une heure : écrivez-la au format RFC 3339, par exemple 2026-12-07T09:00:00+01:00
problem-lending-time-without-zone = `{ $field }` n'a pas de fuseau horaire : ajoutez son décalage, par exemple 2026-12-07T09:00:00+01:00 ou …Z pour UTC
problem-lending-time-out-of-range = `{ $field }` sort des années 1970 à 9999
problem-lending-empty-interval = La fin doit venir après le début : une réservation ne peut être inversée ni durer zéro minute
problem-lending-too-short = Une réservation de cette ressource dure au moins { $minutes ->
    [one] une minute
   *[other] { $minutes } minutes
}
problem-lending-too-long-booking = Une réservation de cette ressource dure au plus { $minutes ->
    [one] une minute
   *[other] { $minutes } minutes
}
problem-lending-too-far-ahead = Cette ressource se réserve au plus { $days ->
    [one] un jour
   *[other] { $days } jours
} à l'avance
problem-lending-starts-in-past = La réservation commence dans le passé : choisissez un début à partir de maintenant
problem-lending-quantity = Vous demandez { $asked } exemplaires ; le stock en compte { $pool ->
    [one] un seul
   *[other] { $pool }
} : demandez-en au moins un et au plus autant qu'il y en a
problem-lending-retired = Cette ressource est hors service : elle ne se réserve plus
problem-lending-members-only = Seuls les membres de @{ $org } peuvent emprunter cette ressource
problem-lending-not-steward = Seules les personnes qui gardent la ressource peuvent faire cela
problem-lending-not-borrower = Seuls l'emprunteur et les gardiens de la ressource peuvent annuler cette réservation
problem-lending-not-lent = Rien n'est prêté pour cette réservation : elle est { $state ->
    [pending] en attente de validation
    [confirmed] confirmée
    [out] en cours de prêt
    [returned] rendue
   *[cancelled] annulée
}, il n'y a donc rien à rendre
problem-lending-wrong-state = Une réservation { $state ->
    [pending] en attente de validation
    [confirmed] confirmée
    [out] en cours de prêt
    [returned] rendue
   *[cancelled] annulée
} ne peut pas être { $action ->
    [approve] validée
    [cancel] annulée
    [check_out] remise à l'emprunteur
   *[return] rendue
}
problem-lending-slot-taken = Les exemplaires sont pris à ce moment-là (réservation `{ $reservation }`) ; { $next ->
    [none] aucun créneau de cette durée n'est libre dans la période réservable
   *[other] le prochain créneau libre commence le { $next }
}

## Budgets

problem-no-budget = Le budget participatif `{ $id }` n'existe pas
problem-no-budget-heading = `{ $id }` n'est pas une enveloppe de ce budget participatif
problem-no-budget-project = `{ $id }` n'est pas un projet de ce budget participatif
problem-budgets-missing = `{ $field }` est obligatoire
problem-budgets-too-long = `{ $field }` dépasse { $limit } caractères
problem-budgets-control-character = `{ $field }` contient un caractère de contrôle : écrivez-le sur une seule ligne, sans tabulation
problem-budgets-malformed-amount = `{ $field }` vaut « { $given } », qui n'est pas un montant : écrivez des chiffres, avec au plus deux décimales après un point, par exemple 1200 ou 1200.50
problem-budgets-decimals = `{ $field }` a plus de deux décimales
problem-budgets-not-positive = `{ $field }` doit être supérieur à zéro
problem-budgets-too-large = `{ $field }` est trop grand : au plus { $most }
problem-budgets-unknown-rule = « { $given } » n'est pas une règle de dépouillement ; les règles sont { $rules }
problem-budgets-unknown-style = « { $given } » n'est pas un type de bulletin : écrivez `approval`, `knapsack`, `points` ou `ranked`
problem-budgets-unknown-eligibility = « { $given } » ne dit pas qui participe : écrivez `members`, `anyone`, `census` ou `body` (avec `eligible_body`)
problem-budgets-unknown-phase = « { $given } » n'est pas une phase ; les phases sont { $phases }
problem-budgets-limits = `{ $field }` doit être entre 0 et { $most }
problem-budgets-backwards = Un budget n'avance que vers l'avant : il est en `{ $from }`, qui vient après `{ $to }` ou l'est déjà
problem-budgets-phase-disabled = La phase `{ $phase }` n'est pas activée pour ce budget : activez-la d'abord dans son calendrier
problem-budgets-phase-dates = La phase `{ $phase }` finit avant de commencer
problem-budgets-no-phase = Au moins une phase doit être activée
problem-budgets-wrong-phase = { $action ->
    [propose] Les projets se proposent
    [review] Les projets s'examinent
    [add-heading] Les enveloppes s'ajoutent
    [vote] On vote
    [record-paper] Les bulletins papier s'enregistrent
    [support] Les projets se soutiennent
    [support-rules] Les règles des soutiens se fixent
    [results] Les résultats paraissent
   *[move] Le budget a changé de phase entre-temps ; il est
} { $action ->
    [propose] pendant l'appel à projets (administrateurs : avant le vote), et le budget est en `{ $phase }`
    [review] avant le vote, et le budget est en `{ $phase }`
    [add-heading] avant le vote, et le budget est en `{ $phase }`
    [vote] pendant le vote, et le budget est en `{ $phase }`
    [record-paper] pendant le vote ou la vérification des bulletins, et le budget est en `{ $phase }`
    [support] pendant la phase des soutiens, et le budget est en `{ $phase }`
    [support-rules] jusqu’à la fin de la phase des soutiens, et le budget est en `{ $phase }`
    [results] une fois le vote terminé, et le budget est en `{ $phase }`
   *[move] en `{ $phase }`
}
problem-budgets-balloting-over = Le vote est terminé : plus aucun bulletin n'est accepté
problem-budgets-rules-locked = Les règles du vote sont figées depuis l'ouverture du vote : elles ne changent plus
problem-budgets-unknown-project = Le projet « { $number } » n'est pas sur le bulletin de cette enveloppe
problem-budgets-twice = Le projet « { $number } » est choisi deux fois
problem-budgets-too-few = Un bulletin choisit au moins { $least ->
    [one] un projet
   *[other] { $least } projets
} ; celui-ci en choisit { $given }
problem-budgets-too-many = Un bulletin choisit au plus { $most ->
    [one] un projet
   *[other] { $most } projets
} ; celui-ci en choisit { $given }
problem-budgets-empty-ballot = Un bulletin choisit au moins un projet
problem-budgets-over-budget = Les projets choisis coûtent { $total }, plus que les { $amount } de l'enveloppe : retirez-en
problem-budgets-not-admin = Seuls les administrateurs de @{ $org } peuvent faire cela
problem-budgets-not-member = Seuls les membres de @{ $org } peuvent participer à son budget participatif
problem-budgets-too-many-headings = Un budget a au plus { $most } enveloppes
problem-budgets-time = `{ $field }` n'est pas une date : écrivez-la en RFC 3339, par exemple 2026-05-01T09:00:00+02:00
problem-budgets-malformed-pb = Le fichier Pabulib est illisible à la ligne { $line } : { $reason }
problem-budgets-file-cost-too-large = Le projet « { $project } » coûte plus que ce que tiennent 64 bits d'unités
problem-budgets-file-budget-too-large = Le budget dépasse ce que tiennent 64 bits d'unités
problem-budgets-heading-exists = Le budget a déjà une enveloppe nommée « { $name } »
problem-budgets-paper-line = Ligne { $line } : { $why }
problem-budgets-rule-not-applicable = La règle { $rule } ne peut pas dépouiller ces bulletins : { $reason }
problem-budgets-not-utf8 = Le fichier n'est pas un texte UTF-8 (octet { $byte }) : enregistrez-le en UTF-8
problem-budgets-tie-break = « { $given } » n'est pas une règle de départage : écrivez `lexicographic`, `natural` ou `seed:N`
problem-budgets-heading-required = Ce budget a plusieurs enveloppes : nommez-en une avec `?heading=` ({ $headings })
problem-budgets-review-decision = « { $given } » n'est pas un examen : écrivez `reject` ou `restore`
problem-budgets-progress = « { $given } » n'est pas un avancement : l'état est not_started, under_way, done ou cancelled, le pourcentage de 0 à 100
problem-budgets-day = `{ $field }` n'est pas un jour : écrivez-le AAAA-MM-JJ
problem-budgets-link = Le lien n'est pas une adresse http(s) sur une seule ligne
problem-budgets-not-funded = Le projet « { $number } » n'a pas été financé : seuls les projets financés sont réalisés
problem-budgets-already-supported = Vous soutenez déjà ce projet
problem-budgets-support-rules = Dans les règles des soutiens, { $field ->
    [max_per_person] `max_per_person` doit être un nombre entier de 1 à 1000, ou null pour ne pas limiter, et non « { $given } »
    [advance] `advance` doit être `all`, `threshold` ou `top`, et non « { $given } »
   *[count] `count` doit être un nombre entier de 1 à 100000 avec `threshold` ou `top` (et absent avec `all`), et non « { $given } »
}
problem-budgets-support-limit = Vous soutenez déjà { $most ->
    [one] un projet
   *[other] { $most } projets
} de « { $heading } », le maximum par personne
problem-budgets-census-no-id-column = Ligne { $line } : l’en-tête du recensement n’a pas de colonne `id` ; écrivez `id`, et au besoin `birth_date` et `district`
problem-budgets-census-unknown-column = Ligne { $line } : le recensement n’a pas de colonne « { $given } » ; les colonnes sont `id`, `birth_date` et `district`
problem-budgets-census-fields = Ligne { $line } : { $given } champs là où l’en-tête en nomme { $expected }
problem-budgets-census-empty-id = Ligne { $line } : l’identifiant est vide
problem-budgets-census-id-too-long = Ligne { $line } : un identifiant a au plus { $most } caractères (sans espaces, points ni tirets)
problem-budgets-census-birth-date = Ligne { $line } : « { $given } » n’est pas une date de naissance ; écrivez-la AAAA-MM-JJ
problem-budgets-census-repeated = Ligne { $line } : le même identifiant qu’à la ligne { $first }
problem-budgets-census-unknown-district = Ligne { $line } : « { $given } » n’est pas une rubrique de ce processus ; un quartier nomme une rubrique
problem-budgets-census-empty = Le recensement ne liste personne : après l’en-tête, écrivez un identifiant par ligne
problem-budgets-census-too-many = Ligne { $line } : un recensement compte au plus { $most } entrées
problem-budgets-not-in-census = Ce budget est ouvert à son recensement : réclamez d’abord votre entrée avec votre identifiant sur la page du processus
problem-budgets-unknown-census-id = Aucune entrée de ce recensement n’a cet identifiant ; vérifiez-le tel que le recensement de votre ville l’écrit
problem-budgets-census-entry-taken = Quelqu’un d’autre a réclamé cette entrée du recensement ; si elle est à vous, prévenez les organisateurs
problem-budgets-census-already-claimed = Vous avez déjà réclamé une autre entrée de ce recensement
problem-budgets-age-rule = Ce budget est ouvert dès { $least } ans au début du vote, et le recensement vous dit plus jeune
problem-budgets-age-rule-unknown = Ce budget est ouvert dès { $least } ans au début du vote, et le recensement ne donne pas votre date de naissance ; prévenez les organisateurs
problem-budgets-district-rule = Vous votez dans votre quartier ({ $own }), la rubrique de toute la ville et { $allowed ->
    [0] aucun autre quartier
    [one] un autre quartier
   *[other] { $allowed } autres quartiers
}, et vous avez déjà voté dans tous
problem-budgets-district-rule-first = Vous votez dans le premier quartier où vous avez voté, la rubrique de toute la ville et { $allowed ->
    [0] aucun autre quartier
    [one] un autre quartier
   *[other] { $allowed } autres quartiers
}, et vous avez déjà voté dans tous

# La coalition : politiques de licence et décisions d'usage.
problem-coalition-unknown-use = L'usage « { $given } » est inconnu : demandez `commercial` ou `non_commercial`
problem-coalition-malformed-amount = { $field } « { $given } » n'est pas un montant comme « 1200.50 EUR » : un nombre décimal, une espace, un code de devise
problem-coalition-unknown-unit = { $field } : « { $given } » n'est pas une devise ; utilisez un code ISO 4217 en majuscules (EUR, USD, JPY…)
problem-coalition-not-a-currency = { $field } : « { $given } » compte du temps ou des crédits, pas de l'argent ; donnez-le dans une devise (EUR, USD…)
problem-coalition-too-many-decimals = { $field } « { $given } » a plus de décimales que { $unit } n'en admet ({ $digits ->
        [0] aucune
        [one] { $digits } chiffre
       *[other] { $digits } chiffres
    })
problem-coalition-amount-too-large = { $field } « { $given } » est trop grand : un montant doit tenir en unités mineures sur 64 bits
problem-coalition-negative-amount = { $field } « { $given } » est inférieur à zéro : donnez ce qui a été gagné ou demandé, zéro ou plus
problem-coalition-currency-mismatch = { $field } est en { $given }, mais ce commun demande ses redevances en { $want } : donnez-le en { $want }
problem-coalition-invalid-units = { $given } unités, c'est impossible : donnez combien ont été produites ou vendues, zéro ou plus
problem-coalition-fee-too-large = La redevance ou le crédit dépasserait ce que tiennent des unités mineures sur 64 bits ; rien n'a été écrit
problem-coalition-invalid-fee-schedule = Le barème de redevance ne peut pas être accepté : { $reason }
problem-coalition-invalid-policy = La politique de licence ne peut pas être acceptée : { $reason }
problem-coalition-unknown-policy = « { $given } » n'est pas une politique ; choisissez spdx, ppl, copyfair ou custom
problem-coalition-policy-stray-field = `{ $field }` n'appartient pas à une politique { $policy } ; retirez-le
problem-coalition-policy-missing-field = une politique { $policy } demande `{ $field }`
problem-coalition-credit-currency = le taux de crédit `{ $field }` doit être dans la devise de la redevance, { $want }
problem-coalition-period = une période de { $given } jours est impossible : donnez de 1 à { $most } jours
problem-coalition-policy-text = `{ $field }` doit tenir de 1 à { $most } caractères sans caractère de contrôle (il en a { $chars })
problem-coalition-custom-commercial = « { $given } » n'est pas une règle d'usage commercial ; choisissez permitted, commons_based_only ou separate_agreement
problem-coalition-unknown-schedule = « { $given } » n'est pas un barème ; choisissez flat, revenue_share ou per_unit
problem-coalition-schedule-missing-field = un barème { $schedule } demande `{ $field }`
problem-coalition-schedule-stray-field = `{ $field }` n'appartient pas à un barème { $schedule } ; retirez-le
problem-coalition-schedule-zero = `{ $field }` doit être supérieur à zéro
problem-coalition-unit-name = ce qu'est une unité doit être nommé en 1 à 60 caractères (ce nom en a { $chars })
problem-coalition-basis-points = une part de { $given } points de base est impossible : donnez de 1 à 10000 (300 font 3 %)
problem-why-coalition-ask = demander en son nom s'il peut utiliser un commun
problem-coalition-maintainers-only = seuls les mainteneurs de { $commons } peuvent fixer sa politique de licence
problem-no-determination = il n'y a pas de décision d'usage `{ $id }`
problem-coalition-nothing-to-terminate = une décision d'usage qui a répondu { $outcome } n'a donné aucun droit à éteindre, ou les droits de sa partie sur ce commun ont déjà pris fin
problem-coalition-invalid-day = { $field } « { $given } » n'est pas un jour écrit AAAA-MM-JJ
problem-coalition-empty-span = une affiliation ne peut pas finir ({ $until }) avant de commencer ({ $from })
problem-no-affiliation = il n'y a pas d'affiliation `{ $id }`
problem-affiliation-not-yours = seule la personne qui a déclaré une affiliation peut la retirer
problem-distribution-day = le { $field ->
    [since] premier jour
   *[until] dernier jour
} « { $given } » n'est pas une date : écrivez-le AAAA-MM-JJ
problem-distribution-period = le dernier jour compté précède le premier : donnez un dernier jour égal ou postérieur au premier
problem-distribution-policy = « { $given } » n'est pas une règle de répartition : choisissez parmi { $known }
problem-distribution-commons-only = la trésorerie { $treasury } n'est pas celle d'un commun : seule la trésorerie d'un commun répartit entre ses contributeurs
problem-distribution-nobody = personne à payer selon { $policy ->
    [hours] les heures : aucun relevé de travail accepté dans la période ne compte de minutes
   *[other] { $policy } : le commun n'a accepté aucune contribution dans la période
} ; choisissez une période plus longue ou une autre règle
problem-distribution-none = la trésorerie { $treasury } n'a pas de répartition nº { $number }
problem-distribution-decided = la répartition nº { $number } est déjà { $state ->
    [posted] inscrite
   *[other] abandonnée
} : préparez-en une nouvelle pour répartir l'argent à nouveau
problem-expense-invalid = { $field ->
    [title] le titre
    [payee] le bénéficiaire
    [payout] les coordonnées de paiement
    [description] la description
    [receipt] le justificatif
    [pay_on] le jour de paiement
    [receipt_name] le nom du fichier justificatif
   *[other] la raison de garder le justificatif privé
} de la dépense { $why ->
    [empty] est vide : remplissez-le
    [long] est trop long : raccourcissez-le
    [large] dépasse 5 Mio : envoyez un fichier plus petit
    [day] n'est pas un jour entre aujourd'hui et dans un an : écrivez-le AAAA-MM-JJ
   *[no_receipt] est donné sans justificatif : joignez le justificatif ou retirez la raison
}
problem-expense-approvals = on ne peut pas demander { $given } approbations à { $stewards } intendants : demandez-en de 1 à { $stewards }
problem-expense-none = la trésorerie { $treasury } n'a pas de dépense nº { $number }
problem-expense-state = la dépense nº { $number } est { $state ->
    [submitted] en attente d'approbation
    [approved] approuvée
    [paid] payée
    [rejected] refusée
    [draft] un brouillon
    [incomplete] en attente de compléments de son auteur
    [scheduled] programmée pour paiement
    [spam] marquée comme indésirable
   *[canceled] retirée
} ; cela n'est possible que lorsqu'elle est { $want ->
    [draft] un brouillon ou incomplète
    [approved] approuvée
   *[submitted] en attente d'approbation
}
problem-expense-own = la dépense nº { $number } est la vôtre : un autre intendant doit l'approuver, la refuser ou la payer
problem-expense-reason = dites pourquoi la dépense est refusée : la personne qui l'a soumise le lira
problem-expense-voted = vous avez déjà approuvé ou refusé la dépense nº { $number }
problem-expense-not-yours = seule la personne qui a soumis la dépense nº { $number } peut la retirer
problem-expense-receipt-private = le justificatif n'est montré qu'aux intendants de la trésorerie et à la personne qui l'a soumis : { $reason }
problem-expense-base64 = le contenu du justificatif n'est pas en base64 standard : encodez les octets du fichier en base64
problem-expense-consent-days = { $given } jours ne peuvent pas être une période de consentement : indiquez de 1 à 90 jours, ou aucune pour décider par les seules approbations des intendants
problem-expense-not-by-consent = la dépense nº { $number } ne se décide pas par consentement : sa trésorerie n'avait pas de règle de consentement quand elle a été soumise ; approuvez-la, refusez-la ou demandez des compléments
problem-expense-objection-stands = votre objection à la dépense nº { $number } tient déjà : retirez-la d'abord pour dire autre chose
problem-expense-no-objection = vous n'avez aucune objection en cours à la dépense nº { $number } à retirer
problem-hold-invalid = { $why ->
    [same_account] une réserve met de l'argent de côté d'un compte pour un autre : nommez deux comptes différents
    [past] la réserve expirerait avant de commencer : donnez un moment à venir
    [too_far] une réserve dure au plus un an : donnez une échéance plus proche
   *[more_than_held] une réserve inscrit au plus ce qu'elle a mis de côté : inscrivez moins, ou tout
}
problem-hold-none = la trésorerie { $treasury } n'a pas de réserve nº { $number }
problem-hold-state = la réserve nº { $number } est déjà { $state ->
    [posted] inscrite
    [voided] annulée
   *[expired] expirée
} : créez-en une nouvelle pour mettre de l'argent de côté
problem-journal-verify-admins = seul un administrateur de l'instance peut recalculer l'empreinte de tout le journal par l'API ; quiconque a la base de données peut lancer `commonfare verify`
problem-ledger-period-day = { $field } « { $given } » n'est pas un jour : écrivez-le AAAA-MM-JJ
problem-ledger-period-order = la période commence le { $from }, après sa fin le { $to } : mettez le jour le plus tôt dans `from`
problem-bodies-amount = Le champ { $field } « { $given } » { $reason ->
    [currency] n'est pas une devise : utilisez un code ISO 4217 en capitales (EUR, USD, JPY…)
    [decimals] a plus de décimales que sa devise n'en permet
    [positive] doit être supérieur à zéro
    [large] est trop grand : un montant doit tenir en unités mineures sur 64 bits
   *[other] n'est pas un nombre décimal comme 100 ou 99.50
}.
problem-bodies-authorises = { $why ->
    [motion] Seule une motion, un consentement ou un consensus peut autoriser un paiement, pas un vote { $given }.
    [treasury] « { $given } » n'est pas l'identifiant d'une trésorerie : utilisez 1 à 64 lettres minuscules, chiffres, tirets, tirets bas ou points.
   *[expense] « { $given } » n'est pas un numéro de dépense : donnez le numéro entier de la dépense, à partir de 1.
}
problem-expense-spending-limit = la dépense n° { $number } de { $amount } dépasse le plafond de { $limit } fixé par { $body } : elle pourra être payée quand une décision de { $body } l'aura autorisée ({ $url })
problem-budget-line-invalid = { $field } « { $given } » ne convient pas pour une ligne budgétaire : un nom de 200 caractères au plus, un montant au-dessus de zéro, des jours AAAA-MM-JJ dont la fin n'est pas avant le début, une ligne de la trésorerie dans l'unité de la dépense, et `flag` ou `block` pour ce qui arrive au-delà d'une ligne
problem-budget-line-over = approuver la dépense n° { $number } ferait dépasser la ligne { $line } de son budget de { $planned } de { $over }, ce que cette trésorerie bloque : augmentez la ligne ou inscrivez la dépense sur une autre

## Entretien du prêt : blocages, pannes, plans, formations, recherche de disponibilité
problem-lending-no-block = Le blocage `{ $id }` n'existe pas
problem-lending-block-quantity = Vous voulez bloquer { $asked } exemplaires ; le stock en compte { $pool ->
    [one] un seul
   *[other] { $pool }
} : bloquez-en au moins un et au plus autant qu'il y en a
problem-lending-training-required = { $expired ->
    [yes] Votre formation sur { $name } a expiré (ou expire avant la fin de cette réservation)
   *[other] { $name } ne se réserve qu'après une formation
} : demandez une formation à son responsable { $steward }, qui l'enregistre sur la page de la ressource
problem-lending-expiry-in-past = Une formation doit expirer dans le futur : donnez une date d'expiration après maintenant
problem-lending-block-ended = Ce blocage est déjà terminé : les exemplaires sont de retour dans le stock
problem-lending-search-quantity = Vous demandez { $asked } exemplaires : demandez-en au moins un et au plus { $max }
problem-lending-plan = Un plan d'entretien demande `every_days` (1 à { $days }) ou `every_uses` (1 à 10000), ou les deux, et `minutes` de 1 à { $minutes }
problem-lending-slot-blocked = Les exemplaires sont retirés du stock à ce moment-là (blocage `{ $block }` : entretien ou panne) ; { $next ->
    [none] aucun créneau de cette durée n'est libre dans la période réservable
   *[other] le prochain créneau libre commence le { $next }
}
problem-bodies-nominations-time = Les candidatures doivent fermer dans le futur, avant la clôture de l'élection : donnez de 1 à 366 jours.
problem-bodies-election-fields = Une élection qui pourvoit des sièges a besoin de l'instance dont elle pourvoit les sièges et de la date de clôture des candidatures.
problem-bodies-election-options = Une élection qui pourvoit des sièges tire ses options des candidatures : choisissez une méthode à options (pas une motion), sans options ni paiement de votre part.
problem-bodies-not-elected = L'instance « { $body } » n'a pas de sièges élus : son règlement doit dire que ses sièges sont élus, combien, et pour combien de temps.
problem-bodies-nominations-closed = Les candidatures sont closes : cette élection est ouverte, le délai des candidatures est passé, ou elle n'en prend pas.
problem-bodies-members-only = Seuls les membres de l'organisation peuvent prendre part à ses candidatures.
problem-bodies-nominee-not-member = @{ $handle } n'est pas membre de @{ $org } : seuls ses membres peuvent se présenter.
problem-bodies-already-nominated = @{ $handle } est déjà proposé.
problem-bodies-no-pending-nomination = Vous n'avez aucune candidature qui attende votre réponse dans cette élection.
problem-bodies-too-few-candidates = { $count } candidatures : cette élection en demande au moins { $need }. Attendez d'autres candidatures.
problem-bodies-no-feed = Aucun flux n'a cette adresse : elle a été remplacée, ou jamais faite. Faites-en une nouvelle sur la page des décisions.
problem-coalition-invalid-share = « { $given } » n'est pas une part : écrivez un pourcentage supérieur à 0 et d'au plus 100, avec au plus deux décimales (par exemple « 10% » ou « 12.5% »).
problem-coalition-shares-over-whole = Ces promesses font { $total } de l'excédent : ensemble, elles ne peuvent dépasser 100 %.
problem-coalition-no-treasury = { $commons } n'a pas encore de trésorerie, rien ne peut donc lui être dû : ses mainteneurs doivent d'abord en ouvrir une.
problem-coalition-not-party = Seule la personne qui a demandé, ou un membre de l'organisation pour laquelle elle a demandé, peut accepter cette redevance.
problem-coalition-no-fee = Cette décision d'usage ({ $outcome }) ne nomme aucune redevance à accepter.
problem-coalition-expired = Cette décision d'usage a expiré : redemandez à { $commons }, puis acceptez la redevance de la nouvelle réponse.
problem-coalition-rights-ended = Les droits de cette partie sur { $commons } ont pris fin pour un manquement : un mainteneur doit d'abord le lever.
problem-coalition-fee-accepted = Cette redevance a déjà été acceptée : c'est la somme due nº { $number } de { $commons }.
problem-coalition-fee-period = Une redevance de cette partie couvre déjà une partie de cette période (somme due nº { $number }, du { $from } au { $until }).
problem-coalition-no-due = { $commons } n'a pas de somme due nº { $number }.
problem-coalition-due-paid = La somme due nº { $number } a déjà été enregistrée comme payée (opération nº { $transaction }).
problem-coalition-not-a-phyle = @{ $organization } n'est pas une phylè : seules les phylès promettent des parts de leur excédent.
problem-coalition-phyle-admins = Seuls les administrateurs de @{ $organization } peuvent fixer ses promesses ou déclarer son excédent.
problem-coalition-duplicate-pledge = { $commons } est nommé deux fois : une seule promesse par commun.
problem-coalition-surplus-period = Un excédent est déjà déclaré du { $from } au { $until } : les périodes ne peuvent se chevaucher.
problem-coalition-no-breach = Aucun manquement n'est retenu contre cette partie pour { $commons }.
problem-coalition-pledge-line = La ligne { $line } n'est pas « COMMUN PART » : écrivez l'identifiant du commun, une espace, puis la part (par exemple « open-mapping 10% »).
problem-phyle-not-contributor = @{ $person } n'a encore contribué à aucun commun : les membres d'une phylè sont des commoneurs. Dès qu'une de ses contributions sera acceptée, cette personne pourra rejoindre @{ $organization }.

# Lending: opening hours and limits per person (issue 18)
problem-lending-hours = { $problem ->
    [reversed] la plage d'ouverture « { $entry } » ferme avant d'ouvrir : écrivez d'abord l'heure d'ouverture, par exemple tue 17:00-20:00
    [overlap] la plage d'ouverture « { $entry } » chevauche « { $other } » : fusionnez-les, ou faites finir l'une avant que l'autre commence
   *[other] la plage d'ouverture « { $entry } » est illisible : écrivez un jour (mon à sun) et des heures de 00:00 à 24:00, par exemple tue 17:00-20:00
}
problem-lending-zone = « { $value } » n'est pas un fuseau horaire : écrivez un nom de la base tz comme Europe/Paris ou UTC
problem-lending-outside-hours = { $field ->
    [ends_at] la fin
   *[other] le début
} de cette réservation tombe hors des heures d'ouverture ({ $hours }) : les exemplaires sortent et reviennent quand le lieu est ouvert ; { $next ->
    [none] aucune ouverture n'est prévue
   *[other] prochaine ouverture le { $next }
}
problem-lending-limit-items = vous avez { $have } exemplaires sortis ou réservés à ce moment et la limite est de { $limit } par personne ; { $until ->
    [none] rendez-en un d'abord
   *[other] le prochain retour est prévu le { $until }
}
problem-lending-limit-days = vous avez { $have } jours réservés ce mois-ci et cette réservation en ajoute { $asking } : la limite est de { $limit } jours par mois et par personne ; elle repart à zéro le { $until }
problem-lending-limit-holds = vous avez { $have } réservations en attente d'approbation et la limite est de { $limit } par personne : attendez qu'un responsable en approuve une, ou annulez-en une
problem-lending-no-wait = aucune place sur une liste d'attente n'a l'identifiant « { $id } »
problem-lending-slot-free = ce créneau est libre : réservez-le au lieu de l'attendre
problem-lending-offer-lapsed = cette offre n'a pas été acceptée avant l'heure limite de retrait et a expiré : le créneau va à la personne suivante ; réinscrivez-vous ou réservez un autre créneau
problem-budget-line-other-owner = « { $budget } » a été mené par une autre organisation que celle qui tient la trésorerie { $treasury } : ses projets financés deviennent des lignes de la trésorerie de leur propre organisation.
problem-expense-tier-twice = Deux paliers commencent au-dessus de { $amount } : nommez chaque montant une seule fois.
problem-lending-no-place = Aucune ressource n'est gardée à « { $place } » : écrivez le lieu comme les ressources l'écrivent.
problem-lending-period = { $problem ->
    [reversed] la période « { $value } » finit avant de commencer : écrivez le premier jour, deux points, puis le dernier, par exemple 2026-10-01..2026-11-30
    [too_long] la période « { $value } » dépasse { $years } ans : comptez-en une plus courte
   *[other] « { $value } » n'est pas une période : écrivez une année (2026), un mois (2026-11), 30d pour les 30 derniers jours, ou un premier et un dernier jour comme 2026-10-01..2026-11-30
}
problem-lending-factor = le facteur de { $field } doit être un nombre entier de 0 à { $max }
problem-lending-not-library-steward = seuls les responsables de la bibliothèque (la personne, ou les administrateurs de l'organisation) peuvent fixer ses facteurs d'économies
problem-lending-no-library = il n'y a ni personne ni organisation @{ $handle } dont compter la bibliothèque
problem-lending-no-feed = Aucun calendrier n'a cette adresse : elle a été remplacée, arrêtée, ou jamais faite. Faites-en une nouvelle sur la page de vos réservations.
problem-ledger-nothing-owed = La trésorerie { $treasury } ne vous doit rien : les versements portent sur ce que ses distributions vous ont crédité.
problem-ledger-payout-above-owed = Vous demandez { $asked }, mais la trésorerie vous doit { $owed } et vos versements en attente d'approbation ou de paiement réclament déjà { $claimed } : demandez au plus la différence.

# Procurations acceptées et délégations permanentes (issue 14, point 5)
problem-bodies-delegation = { $why ->
    [self] Vous ne pouvez pas vous déléguer à vous-même.
    [outside] Cette personne ne siège pas dans cette instance.
    [chain] Cette personne a délégué à quelqu'un d'autre : les délégations ne se transmettent pas.
    [holding] Des personnes vous ont délégué : votez pour elles plutôt que de transmettre leurs délégations.
    [unoffered] Cette personne ne vous a donné aucune délégation dans cette instance.
    [delegated] Vous avez délégué à quelqu'un d'autre : les délégations ne se transmettent pas ; reprenez d'abord la vôtre.
   *[none] Vous n'avez donné aucune délégation permanente dans cette instance.
}
problem-bodies-delegation-exists = Vous déléguez déjà à @{ $handle } : reprenez d'abord cette délégation.
problem-bodies-not-seated = Vous ne siégez pas dans « { $body } ».
problem-offer-mode = le mode « { $value } » n'est aucun de : { $modes }
problem-offer-fee = { $mode ->
    [rent] une chose louée demande un tarif par jour, en centimes, de 1 à { $max }
   *[other] seule une chose louée a un tarif par jour : retirez-le pour { $mode }
}
problem-offer-wanted = dites ce que vous aimeriez en échange d'un troc (wanted)
problem-offer-not-owner = seule la personne à qui elle appartient peut la modifier, la fermer ou s'en servir dans un accord
problem-offer-not-party = seule l'autre partie de cet accord peut l'accepter, et seules ses deux parties peuvent le refuser
problem-offer-closed = cette offre est { $state } : elle n'accepte plus d'accord
problem-offer-request-closed = cette demande est { $state } : elle n'accepte plus de réponse
problem-offer-match-state = cet accord est déjà { $state }
problem-offer-own = vous ne pouvez pas demander votre propre offre ni répondre à votre propre demande
problem-offer-interval = une chose prêtée ou louée l'est sur un intervalle : donnez starts_at et ends_at
problem-offer-none = aucune offre n'a l'identifiant « { $id } »
problem-offer-no-request = aucune demande n'a l'identifiant « { $id } »
problem-offer-no-match = aucun accord n'a l'identifiant « { $id } »

problem-whole-number = Écrivez ici un nombre entier, comme 2.
problem-budgets-override-nothing = Le projet { $number } { $funded ->
    [yes] est déjà financé
   *[no] n’est déjà pas financé
} : une correction doit changer ce qui est financé.
problem-distribution-parameters = les paramètres de la règle { $policy } ne tiennent pas : { $reason }
problem-distribution-approved-already = vous avez déjà approuvé la répartition nº { $number } : elle est inscrite dès que la règle de la trésorerie a ses approbations
problem-distribution-objection-stands = votre objection à la répartition nº { $number } tient : retirez-la d'abord pour l'approuver ou pour dire autre chose
problem-distribution-no-objection = vous n'avez aucune objection en cours à la répartition nº { $number } à retirer
problem-distribution-reason = dites pourquoi vous faites objection à la répartition : les autres trésoriers le liront
problem-budgets-rule-refuses-style = La règle { $rule } ne peut pas dépouiller des bulletins { $style } ({ $reason }) : choisissez une autre règle ou un autre type de bulletin
problem-budgets-points-not-for-style = `points_total` et `max_points` sont des règles des bulletins à points, et ce bulletin est { $style } : retirez-les ou choisissez `points`
problem-budgets-points-total = Un bulletin à points demande `points_total`, les points de chaque votant : de 1 à { $most }
problem-budgets-not-for-style = `{ $field }` appartient à un autre type de bulletin, et celui-ci est { $style } : retirez-le
problem-budgets-parallel = `{ $field }` donne { $given } valeurs pour { $projects } projets : donnez-en une par projet, dans le même ordre
problem-budgets-points-not-positive = Le projet { $number } n'a aucun point au-dessus de zéro : donnez-lui au moins un point, ou retirez-le du bulletin
problem-budgets-points-malformed = « { $given } » n'est pas un nombre entier de points (projet { $number })
problem-budgets-points-over-most = Le projet { $number } a { $given } points, plus que les { $most } qu'un projet peut recevoir
problem-budgets-points-over-total = Le bulletin donne { $given } points, plus que les { $total } de chaque votant : retirez-en
problem-budgets-ranks-tied = Deux projets ont le rang { $rank } : donnez à chaque projet son propre rang
problem-budgets-rank-gap = Aucun projet n'a le rang { $missing } : les rangs vont de 1 sans trou
problem-budgets-merge-self = Un projet ne peut pas être fusionné dans lui-même : nommez l'original qu'il répète
problem-budgets-merge-heading = Le projet { $number } est dans une autre enveloppe : un doublon est fusionné dans un projet de sa propre enveloppe
problem-budgets-not-on-ballot = Le projet { $number } n'est plus sur le bulletin (retiré ou fusionné) : choisissez un projet qui y est
problem-lending-photo-type = une photo doit être envoyée en image/jpeg, image/png ou image/webp, pas « { $given } »
problem-lending-photo-not-image = les octets envoyés ne sont pas une image { $declared } : envoyez l'image elle-même, avec le type de média qui lui correspond
problem-lending-photo-too-large = une photo fait au plus { $most } octets (5 Mio) : envoyez-en une plus petite
problem-no-photo = cette ressource n'a pas de photo d'identifiant « { $id } »
problem-lending-kit = { $problem ->
    [too_many] un kit a au plus { $most } éléments
    [twice] l'élément « { $part } » est nommé deux fois : nommez chaque élément une fois, avec sa quantité
    [quantity] la quantité de « { $part } » va de 1 à son stock
    [itself] un kit ne peut pas être un de ses éléments
    [steward] « { $part } » a un autre responsable : les éléments d'un kit ont le responsable du kit
    [nested] « { $part } » est un kit ou l'élément d'un kit : les kits ne s'emboîtent pas
    [retired] « { $part } » est hors service
    [booked] les réservations à venir du kit ne tiendraient pas à côté de celles de « { $part } »
   *[other] les éléments du kit ne peuvent pas être ainsi
}
problem-lending-component-taken = l'élément « { $component } » du kit est pris à ce moment-là (par `{ $holder }`) ; { $next ->
    [none] aucun créneau de cette durée n'est libre pour tout le kit dans la période réservable
   *[other] le prochain créneau libre pour tout le kit commence le { $next }
}
problem-peer-round = le tour ne peut pas s'ouvrir : { $reason }
problem-peer-gifts = les points donnés ne tiennent pas : { $reason }
problem-peer-round-missing = la trésorerie { $treasury } n'a pas de tour de répartition entre pairs { $number }
problem-peer-round-open = le tour de répartition entre pairs { $number } est ouvert jusqu'au { $until } : clôturez-le d'abord, ou attendez
problem-peer-round-closed = le tour de répartition entre pairs { $number } a été clos le { $at } : ses points ne peuvent plus changer
problem-peer-not-member = vous n'êtes pas membre du tour de répartition entre pairs { $number } : ses membres sont les contributeurs du commun à son ouverture
problem-peer-no-round = la trésorerie { $treasury } n'a aucun tour de répartition entre pairs clos : ouvrez-en un, laissez ses membres donner leurs points, puis clôturez-le

problem-budgets-valuation-phase = les projets ne sont évalués que pendant l’évaluation, et le processus est en `{ $phase }`
problem-budgets-panel-phase = le comité d’évaluation se nomme jusqu’à la fin de l’évaluation, et le processus est en `{ $phase }`
problem-budgets-not-on-panel = { $named ->
    [yes] seuls les membres de « { $body } », le comité d’évaluation de ce processus, évaluent ses projets
   *[no] ce processus n’a pas de comité d’évaluation : seuls les administrateurs de { $org } évaluent ses projets
}
problem-budgets-explanation-required = remplissez `explanation` : { $why ->
    [unfeasible] dites pourquoi le projet n’est pas réalisable
   *[price] dites pourquoi le prix diffère de l’estimation ({ $estimate })
}
problem-budgets-group-too-small = Un groupe d’incompatibilité demande au moins deux projets différents : cochez-en deux ou plus.
problem-budgets-group-heading = Le projet { $number } n’est pas dans « { $heading } » : un groupe réunit des projets d’une seule enveloppe.
problem-budgets-project-in-group = Le projet { $number } est déjà dans le groupe « { $group } » : un projet est dans un groupe au plus.
problem-budgets-project-in-group-raced = Un de ces projets a été mis dans un autre groupe au même moment : un projet est dans un groupe au plus.
problem-no-budget-group = `{ $id }` n'est pas un groupe d’incompatibilité de ce budget participatif
problem-lending-photo-moment = « { $value } » n'est pas un moment d'un prêt : indiquez `check_out` (à la remise des objets) ou `return` (à leur retour)
problem-lending-moment-not-reached = une réservation { $state ->
    [pending] en attente de validation
    [confirmed] confirmée
    [out] en cours de prêt
    [returned] rendue
    [offered] proposée depuis la liste d'attente
   *[cancelled] annulée
} n'a pas encore de { $moment ->
    [check_out] remise
   *[return] retour
} à photographier : { $moment ->
    [check_out] remettez d'abord les objets
   *[return] reprenez d'abord les objets
}
problem-no-condition-photo = cette réservation n'a pas de photo d'identifiant « { $id } »
problem-budgets-not-in-body = Ce budget est ouvert aux membres de « { $body } » ({ $url }), et vous n’y siégez pas actuellement
problem-budgets-unknown-body = @{ $org } n’a pas d’instance « { $given } » : indiquez dans `eligible_body` l’identifiant d’une de ses propres instances (sa page est /orgs/{ $org }/bodies/IDENTIFIANT)
problem-budgets-body-not-for-eligibility = `eligible_body` nomme l’instance dont les membres participent et ne va qu’avec `eligibility` `body`, pas `{ $eligibility }` : retirez-le ou mettez `eligibility` à `body`
problem-lending-desk-hours = { $problem ->
    [reversed] la plage du guichet « { $entry } » ferme avant d'ouvrir : écrivez d'abord l'heure d'ouverture, par exemple tue 17:00-18:00
    [overlap] la plage du guichet « { $entry } » chevauche « { $other } » : fusionnez-les, ou faites finir l'une avant que l'autre commence
   *[other] la plage du guichet « { $entry } » est illisible : écrivez un jour (mon à sun) et des heures de 00:00 à 24:00, par exemple tue 17:00-18:00
}
problem-lending-outside-desk-hours = { $field ->
    [ends_at] la fin
   *[other] le début
} de cette réservation tombe hors des heures du guichet ({ $hours }) : le lieu est peut-être ouvert, mais les exemplaires ne sortent et ne reviennent que quand le guichet l'est ; { $next ->
    [none] le guichet n'a aucune ouverture prévue
   *[other] le guichet rouvre le { $next }
}
problem-lending-two-stewards = indiquez comme responsable une organisation ou un commun, pas les deux
problem-lending-maintainers-only = Seuls les mainteneurs de { $commons } peuvent prêter en son nom
problem-lending-territory-admins = seul un administrateur de l'instance peut fixer les facteurs d'économies par défaut du territoire
problem-lending-short-notice = Cette ressource se réserve plus tôt : le début le plus proche que vous pouvez réserver maintenant est { $earliest }
problem-budgets-not-member-of-proposer = Seuls les membres actifs de @{ $org } peuvent proposer un projet en son nom
problem-budgets-two-proposers = Un projet est proposé pour une organisation ou pour un groupe informel, pas les deux : laissez vide « organization » ou « group »
problem-budgets-not-proposer-or-admin = Seul un administrateur de @{ $org } ou l'auteur du projet peut lier son commun
problem-budgets-no-commons-linked = Le projet « { $number } » n'a aucun commun lié
problem-budgets-paper-no-vote-column = Ligne { $line } : l'en-tête ne nomme aucune colonne `vote` (colonnes : vote, voter, station, ballot, declared)
problem-budgets-paper-unknown-column = Ligne { $line } : colonne inconnue `{ $given }` (colonnes : vote, voter, station, ballot, declared)
problem-budgets-paper-fields = Ligne { $line } : { $given } champs alors que l'en-tête en nomme { $expected } ; mettez entre guillemets un vote dont les projets sont séparés par des virgules, ou séparez-les par `;`
problem-budgets-paper-unclosed = Ligne { $line } : un champ entre guillemets n'est pas fermé
problem-budgets-paper-declared = Ligne { $line } : le compte déclaré `{ $given }` n'est pas un nombre entier positif ou nul, ou diffère de celui qu'une ligne précédente du même bureau a déclaré
problem-budgets-paper-declared-field = Le compte déclaré `{ $given }` n'est pas un nombre entier positif ou nul
problem-budgets-paper-count-mismatch = Le procès-verbal du bureau « { $station } » déclare { $declared } bulletins et { $read } ont été lus : vérifiez la liste, ou acceptez l'écart avec `accept_mismatch` et un motif (`reason`)
problem-budgets-paper-serial-repeated = Le numéro de série de bulletin `{ $serial }` est donné deux fois, ou a déjà été enregistré dans ce processus
problem-budgets-paper-voter-not-eligible = La personne qui a voté avec ce bulletin ne peut pas voter dans ce processus (membre ou identifiant du recensement inconnu, non éligible, ou exclue par la règle d'âge)
problem-budgets-voted-on-paper = Votre bulletin papier compte dans « { $heading } » : vous ne pouvez pas y voter aussi en ligne
problem-lending-money = Le champ { $field } « { $given } » { $reason ->
    [negative] ne doit pas être inférieur à zéro
    [decimals] a plus de décimales que sa devise n'en permet
    [large] est trop grand : un montant doit tenir en unités mineures sur 64 bits
    [currency] n'est pas une devise : utilisez un code ISO 4217 en capitales (EUR, USD, JPY…)
    [not_currency] n'est pas une devise : les conditions de prêt sont en argent, pas en heures ni en crédits
   *[other] n'est pas un nombre décimal comme 20 ou 4.50
}.
problem-lending-fee-mode = Le fee_mode « { $given } » est inconnu : utilisez free, per_loan, per_day ou pay_what_you_can.
problem-lending-fee-for-mode = { $mode ->
    [free] Une ressource gratuite ne demande pas de frais : laissez les frais vides ou à 0, ou choisissez un autre mode.
   *[other] Le mode de frais { $mode } demande des frais supérieurs à 0.
}

# La part minimale d'un bulletin sac à dos (issue 15).
problem-budgets-under-minimum = Les projets choisis coûtent { $total }, moins que les { $least } qu'un bulletin doit dépenser des { $amount } de l'enveloppe : ajoutez-en
problem-budgets-min-share-not-for-style = `min_share_percent` est une règle des bulletins sac à dos, et ce bulletin est { $style } : retirez-le ou choisissez `knapsack`
problem-budgets-min-share-range = `min_share_percent` doit être un pourcentage entier de 1 à 100, pas { $given }
