# Les lignes du journal : un message par type d'événement (voir en/events.ftl).

event-verb = { $verb ->
    [Create] { $object ->
        [comment] Commentaire
        [thread] Nouvelle discussion
        [reservation] Réservation
        [distribution] Aperçu
        [expense] Dépense
        [hold] Réservation
       *[other] Création
    }
    [Update] { $object ->
        [comment] Retouche
        [reservation] Prêt
        [expense] Paiement
       *[other] Modification
    }
    [Delete] { $object ->
        [resource] Mise hors service
        [reservation] Annulation
        [distribution] Abandon
        [expense] Retrait
        [hold] Libération
       *[other] Suppression
    }
    [Accept] { $object ->
        [distribution] Versement
        [expense] Approbation
        [hold] Inscription
       *[other] Acceptation
    }
    [Reject] Refus
    [Offer] { $object ->
        [expense] Brouillon
        [reservation] Déplacée
       *[other] Proposition
    }
    [Invite] { $object ->
        [expense] Compléments demandés
       *[other] Invitation
    }
    [Join] { $object ->
        [expense] Programmée
       *[other] Adhésion
    }
    [Leave] { $object ->
        [distribution] Objection
        [expense] Objection
       *[other] Départ
    }
    [Add] { $object ->
        [distribution] Approbation
        [expense] Modification
       *[other] Ajout
    }
    [Remove] { $object ->
        [expense] Indésirable
       *[other] Retrait
    }
    [Undo] { $object ->
        [distribution] Objection retirée
        [expense] Objection retirée
        [reservation] Retour
       *[other] Annulation
    }
   *[other] { $verb }
}

## Personnes et organisations

event-person-signed-up = { $admin ->
    [yes] { $actor } a rejoint l'instance avec les droits d'administration
   *[no] { $actor } a rejoint l'instance
}
event-person-updated = { $actor } a mis à jour son profil
event-person-made-admin = { $person } a reçu les droits d'administration de l'instance
event-person-renamed = { $old } s'appelle désormais { $new } : l'organisation { $old } avait cet identifiant en premier
event-organization-created = { $actor } a créé { $name } { $organization } ({ org-kind })
event-organization-updated = { $actor } a modifié { $organization }
event-organization-renamed = L'organisation { $old } s'appelle désormais { $new } : la personne { $old } avait cet identifiant en premier
event-organization-invited = { $actor } a invité { $invitee } à rejoindre { $organization } { $role ->
    [admin] avec les droits d'administration
   *[member] comme membre
}
event-organization-joined = { $actor } a rejoint { $organization } { $role ->
    [admin] avec les droits d'administration
   *[member] comme membre
}
event-organization-declined = { $actor } a décliné l'invitation de { $organization }
event-organization-left = { $actor } a quitté { $organization }
event-organization-removed = { $actor } a retiré { $member } de { $organization }

## Communs et contributions

event-commons-created = { $actor } a créé le commun { $name } ({ $handle })
event-commons-forked = { $actor } a créé { $handle }, bifurcation de { $from } à la révision { $fork_point }
event-commons-deleted = { $forks ->
    [0] { $actor } a supprimé le commun { $name } ({ $handle }) ; son historique reste lisible
    [one] { $actor } a supprimé le commun { $name } ({ $handle }) ; son historique reste lisible et son travail continue dans une bifurcation
   *[other] { $actor } a supprimé le commun { $name } ({ $handle }) ; son historique reste lisible et son travail continue dans { $forks } bifurcations
}
event-commons-maintainer-added = { $actor } a ajouté { $maintainer } aux mainteneurs de { $commons }
event-commons-maintainer-removed = { $who ->
    [self] { $actor } a renoncé à maintenir { $commons }
   *[other] { $actor } a retiré { $maintainer } des mainteneurs de { $commons }
}
event-commons-revision-reverted = { $actor } a annulé la révision { $reverted } de { $commons } par la révision { $revision }
event-contribution-proposed = { $what ->
    [change] { $actor } a proposé une modification de { $commons } : { $title }
   *[work_record] { $actor } a déclaré un travail pour { $commons } : { $title }
}
event-contribution-updated = { $actor } a mis à jour la contribution nº { $number } de { $commons }
event-contribution-accepted = { $actor } a accepté la contribution nº { $number } de { $commons }
event-contribution-rejected = { $actor } a refusé la contribution nº { $number } de { $commons }
event-contribution-changes-requested = { $actor } a demandé des modifications à la contribution nº { $number } de { $commons }
event-contribution-withdrawn = { $actor } a retiré la contribution nº { $number } proposée à { $commons }

## Discussion

event-thread-started = { $actor } a ouvert le fil « { $title } » sur { $on }
event-comment-written = { $actor } a commenté le fil « { $title } » ({ $on })
event-comment-edited = { $actor } a modifié un commentaire du fil « { $title } » ({ $on })
event-comment-deleted = { $actor } a supprimé un commentaire du fil « { $title } » ({ $on })
event-commons-translated = { $actor } a écrit le nom et le résumé de { $commons } en { $lang ->
    [fr] français
    [it] italien
    [es] espagnol
   *[en] anglais
}
event-commons-translation-removed = { $actor } a retiré la version { $lang ->
    [fr] française
    [it] italienne
    [es] espagnole
   *[en] anglaise
} du nom et du résumé de { $commons }
event-organization-translated = { $actor } a écrit le nom et la description de { $organization } en { $lang ->
    [fr] français
    [it] italien
    [es] espagnol
   *[en] anglais
}
event-organization-translation-removed = { $actor } a retiré la version { $lang ->
    [fr] française
    [it] italienne
    [es] espagnole
   *[en] anglaise
} du nom et de la description de { $organization }

## Instances
event-body-created = { $actor } a déclaré l'instance « { $body } » de { $org }
event-body-rulebook-changed = { $actor } a écrit la version { $version } du règlement de « { $body } »
event-decision-drafted = { $actor } a préparé « { $title } » pour « { $body } »
event-decision-opened = { $actor } a ouvert « { $title } » de « { $body } » à { $voters ->
    [one] { $voters } votant
   *[other] { $voters } votants
}
event-decision-voted = { $actor } a voté sur « { $title } » (« { $body } »)
event-decision-ballot-received = Un bulletin a été déposé sur « { $title } » (« { $body } »)
event-decision-closed = « { $title } » de « { $body } » est close : { $result ->
    [decided] décidée
   *[failed] rejetée
}
event-decision-withdrawn = { $actor } a retiré « { $title } » de « { $body } »
event-body-rulebook-adopted = La décision { $decision } a écrit la version { $version } du règlement de « { $body } »
event-decision-edited = { $actor } a réécrit le brouillon « { $title } » de « { $body } »
event-decision-proxy-given = { $actor } a donné procuration sur « { $title } » à { $holder }
event-decision-proxy-revoked = { $actor } a repris sa procuration sur « { $title } » à { $holder }
event-treasury-opened = { $actor } a ouvert la trésorerie de { $treasury }
event-treasury-account-opened = { $actor } a ouvert le compte { $account } dans la trésorerie de { $treasury }
event-ledger-transaction-recorded = { $actor } a enregistré { $flow ->
    [income] la recette
    [spending] la dépense
   *[transfer] le virement
} nº { $number } dans la trésorerie de { $treasury }
event-ledger-transaction-reversed = { $actor } a annulé l'opération nº { $reverses } de la trésorerie de { $treasury } par la nº { $number }

## Budgets

event-budget-imported = { $actor } a importé « { $title } » pour { $owner } : { $projects ->
    [one] un projet
   *[other] { $projects } projets
}, { $ballots ->
    [one] un bulletin
   *[other] { $ballots } bulletins
}
event-budget-created = { $actor } a créé le budget participatif « { $title } » de { $owner }, avec { $headings ->
    [one] une enveloppe
   *[other] { $headings } enveloppes
}
event-budget-heading-added = { $actor } a ajouté l'enveloppe « { $heading } » ({ $amount }) à « { $title } »
event-budget-rules-changed = { $actor } a réglé le bulletin de « { $title } » sur { $style }, dépouillé par { $rule }
event-budget-phases-planned = { $actor } a planifié les phases de « { $title } » ({ $phases ->
    [one] une phase activée
   *[other] { $phases } phases activées
})
event-budget-phase-changed = { $by_date ->
    [yes] « { $title } » est passé, à sa date, à la phase :
   *[no] { $actor } a fait passer « { $title } » à la phase :
} { $phase ->
    [drafting] rédaction
    [informing] information
    [accepting_proposals] appel à projets
    [reviewing] examen des projets
    [supporting] soutiens
    [valuating] évaluation
    [publishing_prices] publication des coûts
    [balloting] vote
    [reviewing_ballots] vérification des bulletins
    [results] résultats
    [implementation] réalisation
   *[finished] terminé
}
event-budget-ballot-cast = { $changed ->
    [yes] Un bulletin a été modifié
   *[no] Un bulletin a été déposé
} dans « { $title } » ({ $heading })
event-budget-paper-ballots-recorded = { $actor } a enregistré { $count ->
    [one] un bulletin papier
   *[other] { $count } bulletins papier
} dans « { $title } » ({ $heading }) : { $read } lus, { $aside } écartés{ $accepted ->
    [yes] ; un compte différent du procès-verbal a été accepté : { $reason }
   *[no] {""}
}
event-budget-census-imported = { $actor } a importé le recensement de « { $title } » : { $entries ->
    [one] une entrée
   *[other] { $entries } entrées
}
event-budget-census-claimed = Quelqu’un a réclamé son entrée dans le recensement de « { $title } »
event-budget-voter-rules-set = { $actor } a fixé qui vote où dans « { $title } » : { $age ->
    [0] à tout âge
   *[other] dès { $age } ans
} ; { $others ->
    [-1] dans tous les quartiers
    [0] dans son propre quartier seulement
    [one] dans son quartier et un autre
   *[other] dans son quartier et { $others } autres
}
# `$proposer`: whom the person proposed for, `organization` or `group` (named by `$who`), or `person` (themselves).
event-budget-project-proposed = { $proposer ->
    [organization] { $actor } a proposé le projet { $number }, « { $name } », pour { $who } dans « { $title } »
    [group] { $actor } a proposé le projet { $number }, « { $name } », pour le groupe « { $who } » dans « { $title } »
   *[person] { $actor } a proposé le projet { $number }, « { $name } », dans « { $title } »
}
event-budget-project-reviewed = { $actor } { $state ->
    [rejected] a retiré le projet { $number }, « { $name } », du bulletin de
   *[other] a remis le projet { $number }, « { $name } », sur le bulletin de
} « { $title } »
event-budget-project-progressed = { $actor } a noté le projet { $number }, « { $name } », de « { $title } » comme réalisé à { $progress } %
event-budget-project-supported = Le projet { $number }, « { $name } », de « { $title } » a reçu un soutien
event-commons-licence-policy-set = { $actor } a donné à { $commons } la politique de licence { $policy ->
    [ppl] de la Peer Production License
    [copyfair] CopyFair
    [custom] d'une licence qui lui est propre
   *[spdx] d'une licence ouverte
}
event-determination-made = { $actor } a demandé à utiliser { $commons } { $usage ->
    [commercial] commercialement
   *[non_commercial] pour un usage non commercial
}{ $organization ->
    [none] {""}
   *[other] {" "}pour { $organization }
} : { $outcome ->
    [permitted_non_commercial] permis
    [permitted_commons_based] permis, comme usage des communs
    [permitted_reciprocity_met] permis, sa réciprocité accomplie
    [permitted_with_fee] permis avec une redevance de { $fee }
    [not_permitted] non permis sous sa licence
    [terminated] non permis, ses droits ayant pris fin pour violation
   *[needs_evidence] des preuves sont demandées
}
event-determination-terminated = { $actor } a mis fin aux droits de { $party } sur { $commons } pour violation
event-person-affiliation-declared = { $actor } a déclaré travailler avec { $organization }, { $paid ->
    [yes] en étant payé·e
   *[no] bénévolement
}
event-person-affiliation-withdrawn = { $actor } a retiré son affiliation à { $organization }
event-determination-breach-lifted = { $actor } a levé le manquement de { $party } envers { $commons }
event-due-owed = { $party } doit { $amount } à { $commons } ({ $kind ->
    [pledge] une part promise de son excédent
   *[other] une redevance de licence
})
event-due-paid = { $actor } a enregistré le paiement de { $amount } de { $party } à { $commons }
event-organization-pledges-set = { $actor } a fixé les promesses de { $organization } envers { $count } communs
event-organization-surplus-declared = { $actor } a déclaré un excédent de { $amount } pour { $organization } ; { $pledged } promis aux communs
## Prêts

event-resource-created = { $actor } a mis { $name } en prêt ({ $quantity ->
    [one] un exemplaire
   *[other] { $quantity } exemplaires
}, sous la garde de { $steward })
event-resource-retired = { $actor } a mis { $name } hors service
event-reservation-made = { $actor } a réservé { $quantity } × { $name } pour { $borrower }
event-reservation-approved = { $actor } a validé la réservation de { $name } par { $borrower }
event-reservation-cancelled = { $actor } a annulé la réservation de { $name } par { $borrower }
event-reservation-checked-out = { $actor } a prêté { $quantity } × { $name } à { $borrower }
event-reservation-lent-walk-in = { $actor } a prêté { $quantity } × { $name } à { $borrower } au comptoir, sans réservation
event-reservation-returned = { $actor } a récupéré { $quantity } × { $name } auprès de { $borrower }
event-distribution-previewed = { $actor } a préparé la répartition nº { $number } de { $amount } de la trésorerie de { $treasury } entre ses contributeurs, selon { $policy }
event-distribution-posted = { $actor } a inscrit la répartition nº { $number } de { $amount } de la trésorerie de { $treasury } pour { $recipients } contributeurs
event-distribution-discarded = { $actor } a abandonné la répartition nº { $number } de la trésorerie de { $treasury }
event-distribution-approved = { $actor } a approuvé la répartition nº { $number } de la trésorerie de { $treasury } ({ $approvals } sur { $needed })
event-distribution-objected = { $actor } a fait objection à la répartition nº { $number } de la trésorerie de { $treasury } : { $reason }
event-distribution-objection-withdrawn = { $actor } a retiré son objection à la répartition nº { $number } de la trésorerie de { $treasury }
event-treasury-approval-rule-set = { $actor } a demandé que { $approvals } des intendants de { $treasury } approuvent chaque dépense
event-expense-submitted = { $actor } a soumis la dépense nº { $number } de { $amount } à la trésorerie de { $treasury } : { $title }
event-expense-approved = { $actor } a approuvé la dépense nº { $number } de la trésorerie de { $treasury } ({ $approvals } sur { $needed })
event-expense-rejected = { $actor } a refusé la dépense nº { $number } de la trésorerie de { $treasury } : { $reason }
event-expense-paid = { $actor } a payé la dépense nº { $number } de { $amount } de la trésorerie de { $treasury } (opération nº { $transaction })
event-expense-canceled = { $actor } a retiré la dépense nº { $number } de la trésorerie de { $treasury }
event-expense-drafted = { $actor } a enregistré un brouillon de la dépense nº { $number } de { $amount } pour la trésorerie de { $treasury } : { $title }
event-expense-sent = { $actor } a soumis la dépense nº { $number } de la trésorerie de { $treasury }
event-expense-edited = { $actor } a modifié la dépense nº { $number } de la trésorerie de { $treasury } : { $title }, { $amount }
event-expense-incomplete = { $actor } a demandé des compléments sur la dépense nº { $number } de la trésorerie de { $treasury } : { $reason }
event-expense-scheduled = { $actor } a programmé le paiement de la dépense nº { $number } de la trésorerie de { $treasury } le { $pay_on }
event-expense-spam = { $actor } a marqué la dépense nº { $number } de la trésorerie de { $treasury } comme indésirable : { $reason }
event-expense-objected = { $actor } a fait objection à la dépense nº { $number } de la trésorerie de { $treasury } : { $reason }
event-expense-objection-withdrawn = { $actor } a retiré son objection à la dépense nº { $number } de la trésorerie de { $treasury }
event-expense-consented = La dépense nº { $number } de la trésorerie de { $treasury } a été approuvée par consentement : aucune objection ne tenait
event-hold-placed = { $actor } a mis { $amount } de côté sur { $from } pour { $to } dans la trésorerie de { $treasury } (réserve nº { $number })
event-hold-posted = { $actor } a inscrit { $amount } de la réserve nº { $number } de la trésorerie de { $treasury } (opération nº { $transaction })
event-hold-voided = { $actor } a annulé la réserve nº { $number } de la trésorerie de { $treasury }
event-hold-expired = La réserve nº { $number } de la trésorerie de { $treasury } a expiré
event-decision-payment-authorised = « { $title } » de « { $body } » a autorisé le paiement de la dépense { $expense } de { $treasury } : { $amount }
event-treasury-budget-line-added = { $actor } a prévu { $planned } pour { $name } dans la trésorerie de { $treasury }
event-treasury-budget-rule-set = { $actor } a fixé ce qui arrive à une dépense approuvée au-delà de sa ligne budgétaire dans { $treasury } : { $over_line }

## Entretien du prêt
event-resource-blocked = { $actor } a bloqué { $quantity } × { $name } pour entretien : { $reason }
event-resource-broke-down = { $actor } a signalé { $quantity } × { $name } en panne : { $reason }
event-resource-block-ended = { $actor } a remis { $quantity } × { $name } dans le stock
event-resource-maintenance-planned = { $actor } a planifié l'entretien de { $name } : { $minutes } minutes tous les { $days ->
    [0] { $uses } prêts
   *[other] { $days } jours{ $uses ->
        [0] {""}
       *[other] {" "}ou { $uses } prêts
    }
}
event-resource-training-recorded = { $actor } a enregistré que { $person } est formé·e sur { $name }
event-reservation-moved = La panne signalée par { $actor } a déplacé la réservation de { $name } par { $borrower }
event-resource-policy-set = { $actor } a changé les règles de prêt de { $name }
event-decision-nominated = { $actor } a proposé { $candidate } pour « { $title } »
event-decision-nomination-accepted = { $actor } a accepté sa candidature pour « { $title } »
event-decision-nomination-declined = { $actor } a refusé sa candidature pour « { $title } »
event-body-seat-taken = { $holder } a pris un siège de « { $body } »
event-body-seat-released = Le mandat de { $holder } dans « { $body } » a pris fin

# Lending: waiting lists (issue 18)
event-resource-wait-joined = { $actor } s'est inscrit·e sur la liste d'attente de { $name } (place { $position })
event-resource-wait-left = { $person } n'attend plus { $name }
event-reservation-offered = { $name } a été proposé à { $borrower } depuis la liste d'attente
event-reservation-taken = { $actor } a accepté l'offre de { $name }
event-reservation-lapsed = L'offre de { $name } à { $borrower } a expiré : pas retirée à temps
event-organization-savings-factors-set = { $actor } a fixé les facteurs d'économies de { $library }
event-person-savings-factors-set = { $actor } a fixé les facteurs d'économies de { $library }
event-commons-history-imported = L’historique de { $commons } a été importé depuis git : { $commits ->
    [one] un commit
   *[other] { $commits } commits
} de { $authors ->
    [one] un auteur
   *[other] { $authors } auteurs
}
event-expense-unscheduled = { $actor } a retiré la dépense nº { $number } de la trésorerie de { $treasury } de son jour de paiement

# Procurations acceptées et délégations permanentes (issue 14, point 5)
event-decision-proxy-offered = { $actor } a proposé sa procuration sur « { $title } » à { $holder }
event-decision-proxy-accepted = { $actor } a accepté la procuration de { $giver } sur « { $title } »
event-decision-proxy-declined = { $actor } a refusé la procuration de { $giver } sur « { $title } »
event-body-delegation-offered = { $actor } a proposé une délégation permanente dans « { $body } » à { $delegate }
event-body-delegation-accepted = { $actor } a accepté la délégation permanente de { $delegator } dans « { $body } »
event-body-delegation-declined = { $actor } a refusé la délégation permanente de { $delegator } dans « { $body } »
event-body-delegation-revoked = { $actor } a repris sa délégation permanente dans « { $body } » à { $delegate }

## Offres entre personnes
event-offer-created = { $actor } a proposé { $title } ({ $mode ->
    [share] à prêter
    [rent] à louer
    [barter] à troquer
   *[give] à donner
})
event-offer-updated = { $actor } a modifié l'offre de { $title }
event-offer-closed = { $actor } a fermé l'offre de { $title }
event-offer-match-proposed = { $actor } a proposé que { $title } de { $owner } aille à { $taker }
event-offer-match-accepted = { $actor } a accepté : { $taker } emprunte { $title } de { $owner }
event-offer-match-declined = { $actor } a refusé l'accord sur { $title } de { $owner } avec { $taker }
event-offer-given = { $actor } a accepté : { $owner } a donné { $title } à { $taker }
event-offer-bartered = { $actor } a accepté : { $owner } a troqué { $title } avec { $taker }
event-thing-request-created = { $actor } a demandé { $title }
event-thing-request-closed = { $actor } a fermé la demande de { $title }
event-budget-project-outcome-overridden = { $actor } a corrigé le décompte : le projet { $number }, « { $name } », de « { $title } » { $funded ->
    [yes] est financé
   *[no] n’est pas financé
}
event-distribution-policy-set = { $actor } a fixé la règle de répartition de la trésorerie de { $treasury } : { $policy }
event-budget-project-merged = { $actor } a fusionné le projet { $number }, « { $name } », dans le projet { $into } de « { $title } »

event-resource-photo-added = { $actor } a ajouté une photo de { $name }
event-resource-photo-removed = { $actor } a retiré une photo de { $name }
event-resource-kit-set = { $actor } a fait de { $name } un kit de { $parts ->
    [one] { $parts } élément
   *[other] { $parts } éléments
}
event-distribution-peer-round-opened = { $actor } a ouvert le tour de répartition entre pairs { $number } de la trésorerie de { $treasury } : { $allowance } points pour chacun de ses { $members } membres
event-distribution-peer-gifts-set = { $actor } a donné { $given } de ses { $allowance } points au tour { $number } de la trésorerie de { $treasury }
event-distribution-peer-round-closed = { $actor } a clos le tour de répartition entre pairs { $number } de la trésorerie de { $treasury } : { $givers } membres ont donné

event-budget-valuation-panel-named = { $named ->
    [yes] { $actor } a nommé « { $body } » comité d’évaluation de « { $title } »
   *[no] { $actor } a confié l’évaluation de « { $title } » aux administrateurs de l’organisation
}
event-budget-project-valuated = { $actor } a évalué le projet { $number }, « { $name } », de « { $title } » (évaluation { $revision })
event-budget-valuation-published = Évaluation de « { $title } » publiée : { $feasible ->
    [one] un réalisable
   *[other] { $feasible } réalisables
}, { $unfeasible ->
    [one] un non
   *[other] { $unfeasible } non
}
event-budget-group-made = { $actor } a rendu incompatibles les projets { $projects } de « { $title } » : un seul au plus est financé
event-budget-group-removed = { $actor } a levé l’incompatibilité des projets { $projects } de « { $title } »
event-budget-support-rules-set = { $actor } a fixé comment les projets de « { $title } » arrivent au bulletin : { $advance ->
    [top] les { $count } plus soutenus de chaque enveloppe
    [threshold] ceux dont les soutiens atteignent { $count }
   *[all] tous
}
event-budget-supports-counted = La phase des soutiens de « { $title } » est finie : projets au bulletin { $advanced }, écartés { $left }
event-reservation-photo-added = { $actor } a photographié { $name } prêté à { $borrower } { $moment ->
    [check_out] à sa remise
   *[return] à son retour
}
event-commons-savings-factors-set = { $actor } a fixé les facteurs d'économies de { $library }
event-instance-savings-factors-set = { $actor } a fixé les facteurs d'économies par défaut du territoire
event-budget-project-commons-linked = { $actor } a lié le projet { $number }, « { $name } », de « { $title } » au commun { $commons }
event-budget-project-commons-unlinked = { $actor } a délié le projet { $number }, « { $name } », de « { $title } » du commun { $commons }
