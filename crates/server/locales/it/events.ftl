# Le righe del diario: un messaggio per tipo di evento (vedi en/events.ftl).

event-verb = { $verb ->
    [Create] { $object ->
        [comment] Commento
        [thread] Nuova discussione
        [reservation] Prenotazione
        [distribution] Anteprima
        [expense] Spesa
        [hold] Accantonamento
       *[other] Creazione
    }
    [Update] { $object ->
        [comment] Ritocco
        [reservation] Prestito
        [expense] Pagamento
       *[other] Modifica
    }
    [Delete] { $object ->
        [resource] Ritiro
        [reservation] Annullamento
        [distribution] Scarto
        [expense] Ritiro
        [hold] Svincolo
       *[other] Eliminazione
    }
    [Accept] { $object ->
        [distribution] Registrazione
        [expense] Approvazione
        [hold] Registrazione
       *[other] Accettazione
    }
    [Reject] Rifiuto
    [Offer] { $object ->
        [expense] Bozza
        [reservation] Spostata
       *[other] Proposta
    }
    [Invite] { $object ->
        [expense] Integrazione chiesta
       *[other] Invito
    }
    [Join] { $object ->
        [expense] Programmata
       *[other] Adesione
    }
    [Leave] { $object ->
        [distribution] Obiezione
        [expense] Obiezione
       *[other] Uscita
    }
    [Add] { $object ->
        [distribution] Approvazione
        [expense] Modifica
       *[other] Aggiunta
    }
    [Remove] { $object ->
        [expense] Spam
       *[other] Rimozione
    }
    [Undo] { $object ->
        [distribution] Obiezione ritirata
        [expense] Obiezione ritirata
        [reservation] Restituzione
       *[other] Annullamento
    }
   *[other] { $verb }
}

## Persone e organizzazioni

event-person-signed-up = { $admin ->
    [yes] { $actor } ha aperto un account sull'istanza, con i diritti di amministrazione
   *[no] { $actor } ha aperto un account sull'istanza
}
event-person-updated = { $actor } ha aggiornato il proprio profilo
event-person-made-admin = { $person } ha ricevuto i diritti di amministrazione dell'istanza
event-person-renamed = { $old } ora si chiama { $new }: l'organizzazione { $old } aveva già questo nome utente
event-organization-created = { $actor } ha creato { $name } { $organization } ({ org-kind })
event-organization-updated = { $actor } ha modificato { $organization }
event-organization-renamed = L'organizzazione { $old } ora si chiama { $new }: la persona { $old } aveva già questo nome utente
event-organization-invited = { $actor } ha invitato { $invitee } a entrare in { $organization } { $role ->
    [admin] con i diritti di amministrazione
   *[member] come membro
}
event-organization-joined = { $actor } ha aderito a { $organization } { $role ->
    [admin] con i diritti di amministrazione
   *[member] come membro
}
event-organization-declined = { $actor } ha declinato l'invito di { $organization }
event-organization-left = { $actor } ha lasciato { $organization }
event-organization-removed = { $actor } ha rimosso { $member } da { $organization }

## Beni comuni e contributi

event-commons-created = { $actor } ha creato il bene comune { $name } ({ $handle })
event-commons-forked = { $actor } ha creato { $handle }, derivazione di { $from } alla revisione { $fork_point }
event-commons-deleted = { $forks ->
    [0] { $actor } ha eliminato il bene comune { $name } ({ $handle }); la sua cronologia resta leggibile
    [one] { $actor } ha eliminato il bene comune { $name } ({ $handle }); la sua cronologia resta leggibile e il suo lavoro continua in una derivazione
   *[other] { $actor } ha eliminato il bene comune { $name } ({ $handle }); la sua cronologia resta leggibile e il suo lavoro continua in { $forks } derivazioni
}
event-commons-maintainer-added = { $actor } ha aggiunto { $maintainer } ai manutentori di { $commons }
event-commons-maintainer-removed = { $who ->
    [self] { $actor } ha lasciato la manutenzione di { $commons }
   *[other] { $actor } ha rimosso { $maintainer } dai manutentori di { $commons }
}
event-commons-revision-reverted = { $actor } ha annullato la revisione { $reverted } di { $commons } con la revisione { $revision }
event-contribution-proposed = { $what ->
    [change] { $actor } ha proposto una modifica a { $commons }: { $title }
   *[work_record] { $actor } ha registrato un lavoro per { $commons }: { $title }
}
event-contribution-updated = { $actor } ha aggiornato il contributo n. { $number } per { $commons }
event-contribution-accepted = { $actor } ha accettato il contributo n. { $number } per { $commons }
event-contribution-rejected = { $actor } ha rifiutato il contributo n. { $number } per { $commons }
event-contribution-changes-requested = { $actor } ha chiesto modifiche al contributo n. { $number } per { $commons }
event-contribution-withdrawn = { $actor } ha ritirato il contributo n. { $number } per { $commons }

## Discussione

event-thread-started = { $actor } ha avviato la conversazione «{ $title }» su { $on }
event-comment-written = { $actor } ha commentato la conversazione «{ $title }» ({ $on })
event-comment-edited = { $actor } ha modificato un commento nella conversazione «{ $title }» ({ $on })
event-comment-deleted = { $actor } ha eliminato un commento nella conversazione «{ $title }» ({ $on })
event-commons-translated = { $actor } ha scritto il nome e il riassunto di { $commons } in { $lang ->
    [fr] francese
    [it] italiano
    [es] spagnolo
   *[en] inglese
}
event-commons-translation-removed = { $actor } ha rimosso la versione { $lang ->
    [fr] francese
    [it] italiana
    [es] spagnola
   *[en] inglese
} del nome e del riassunto di { $commons }
event-organization-translated = { $actor } ha scritto il nome e la descrizione di { $organization } in { $lang ->
    [fr] francese
    [it] italiano
    [es] spagnolo
   *[en] inglese
}
event-organization-translation-removed = { $actor } ha rimosso la versione { $lang ->
    [fr] francese
    [it] italiana
    [es] spagnola
   *[en] inglese
} del nome e della descrizione di { $organization }

## Organi
event-body-created = { $actor } ha dichiarato l'organo «{ $body }» di { $org }
event-body-rulebook-changed = { $actor } ha scritto la versione { $version } del regolamento di «{ $body }»
event-decision-drafted = { $actor } ha preparato «{ $title }» per «{ $body }»
event-decision-opened = { $actor } ha aperto «{ $title }» di «{ $body }» a { $voters ->
    [one] { $voters } votante
   *[other] { $voters } votanti
}
event-decision-voted = { $actor } ha votato su «{ $title }» («{ $body }»)
event-decision-ballot-received = È stata depositata una scheda su «{ $title }» («{ $body }»)
event-decision-closed = «{ $title }» di «{ $body }» si è chiusa: { $result ->
    [decided] approvata
   *[failed] respinta
}
event-decision-withdrawn = { $actor } ha ritirato «{ $title }» di «{ $body }»
event-body-rulebook-adopted = La decisione { $decision } ha scritto la versione { $version } del regolamento di «{ $body }»
event-decision-edited = { $actor } ha riscritto la bozza «{ $title }» di «{ $body }»
event-decision-proxy-given = { $actor } ha dato la delega su «{ $title }» a { $holder }
event-decision-proxy-revoked = { $actor } ha ripreso la delega su «{ $title }» da { $holder }
event-treasury-opened = { $actor } ha aperto la tesoreria di { $treasury }
event-treasury-account-opened = { $actor } ha aperto il conto { $account } nella tesoreria di { $treasury }
event-ledger-transaction-recorded = { $actor } ha registrato { $flow ->
    [income] l'entrata
    [spending] l'uscita
   *[transfer] il giroconto
} n. { $number } nella tesoreria di { $treasury }
event-ledger-transaction-reversed = { $actor } ha stornato il movimento n. { $reverses } della tesoreria di { $treasury } con il n. { $number }

## Budgets

event-budget-imported = { $actor } ha importato «{ $title }» per { $owner }: { $projects ->
    [one] un progetto
   *[other] { $projects } progetti
}, { $ballots ->
    [one] una scheda
   *[other] { $ballots } schede
}
event-budget-created = { $actor } ha creato il bilancio partecipativo «{ $title }» di { $owner }, con { $headings ->
    [one] una voce
   *[other] { $headings } voci
}
event-budget-heading-added = { $actor } ha aggiunto la voce «{ $heading }» ({ $amount }) a «{ $title }»
event-budget-rules-changed = { $actor } ha impostato la scheda di «{ $title }» su { $style }, scrutinata con { $rule }
event-budget-phases-planned = { $actor } ha pianificato le fasi di «{ $title }» ({ $phases ->
    [one] una fase attiva
   *[other] { $phases } fasi attive
})
event-budget-phase-changed = { $by_date ->
    [yes] «{ $title }» è passato, alla sua data, alla fase:
   *[no] { $actor } ha portato «{ $title }» alla fase:
} { $phase ->
    [drafting] stesura
    [informing] informazione
    [accepting_proposals] raccolta delle proposte
    [reviewing] esame delle proposte
    [supporting] sostegni
    [valuating] valutazione
    [publishing_prices] pubblicazione dei costi
    [balloting] voto
    [reviewing_ballots] verifica delle schede
    [results] risultati
    [implementation] realizzazione
   *[finished] concluso
}
event-budget-ballot-cast = { $changed ->
    [yes] Una scheda è stata cambiata
   *[no] Una scheda è stata votata
} in «{ $title }» ({ $heading })
event-budget-paper-ballots-recorded = { $actor } ha registrato { $count ->
    [one] una scheda cartacea
   *[other] { $count } schede cartacee
} in «{ $title }» ({ $heading }): { $read } lette, { $aside } accantonate{ $accepted ->
    [yes] ; accettato un conteggio diverso dal verbale: { $reason }
   *[no] {""}
}
event-budget-census-imported = { $actor } ha importato il censimento di «{ $title }»: { $entries ->
    [one] una voce
   *[other] { $entries } voci
}
event-budget-census-claimed = Qualcuno ha rivendicato la propria voce nel censimento di «{ $title }»
event-budget-voter-rules-set = { $actor } ha stabilito chi vota dove in «{ $title }»: { $age ->
    [0] a ogni età
   *[other] dai { $age } anni
}; { $others ->
    [-1] in tutti i quartieri
    [0] solo nel proprio quartiere
    [one] nel proprio quartiere e in un altro
   *[other] nel proprio quartiere e in altri { $others }
}
# `$proposer`: whom the person proposed for, `organization` or `group` (named by `$who`), or `person` (themselves).
event-budget-project-proposed = { $proposer ->
    [organization] { $actor } ha proposto il progetto { $number }, «{ $name }», per { $who } in «{ $title }»
    [group] { $actor } ha proposto il progetto { $number }, «{ $name }», per il gruppo «{ $who }» in «{ $title }»
   *[person] { $actor } ha proposto il progetto { $number }, «{ $name }», in «{ $title }»
}
event-budget-project-reviewed = { $actor } { $state ->
    [rejected] ha tolto il progetto { $number }, «{ $name }», dalla scheda di
   *[other] ha rimesso il progetto { $number }, «{ $name }», sulla scheda di
} «{ $title }»
event-budget-project-progressed = { $actor } ha registrato il progetto { $number }, «{ $name }», di «{ $title }» come realizzato al { $progress } %
event-budget-project-supported = Il progetto { $number }, «{ $name }», di «{ $title }» ha ricevuto un sostegno
event-commons-licence-policy-set = { $actor } ha dato a { $commons } la politica di licenza { $policy ->
    [ppl] della Peer Production License
    [copyfair] CopyFair
    [custom] di una licenza propria
   *[spdx] di una licenza aperta
}
event-determination-made = { $actor } ha chiesto di usare { $commons } { $usage ->
    [commercial] commercialmente
   *[non_commercial] per un uso non commerciale
}{ $organization ->
    [none] {""}
   *[other] {" "}per { $organization }
}: { $outcome ->
    [permitted_non_commercial] permesso
    [permitted_commons_based] permesso, come uso dei beni comuni
    [permitted_reciprocity_met] permesso, la reciprocità rispettata
    [permitted_with_fee] permesso con un compenso di { $fee }
    [not_permitted] non permesso con la sua licenza
    [terminated] non permesso, i diritti cessati per una violazione
   *[needs_evidence] servono prove
}
event-determination-terminated = { $actor } ha posto fine ai diritti di { $party } su { $commons } per una violazione
event-person-affiliation-declared = { $actor } ha dichiarato di lavorare con { $organization }, { $paid ->
    [yes] retribuito
   *[no] come volontario
}
event-person-affiliation-withdrawn = { $actor } ha ritirato la sua affiliazione a { $organization }
event-determination-breach-lifted = { $actor } ha revocato la violazione di { $party } verso { $commons }
event-due-owed = { $party } deve { $amount } a { $commons } ({ $kind ->
    [pledge] una quota promessa dell'avanzo
   *[other] un canone di licenza
})
event-due-paid = { $actor } ha registrato il pagamento di { $amount } di { $party } a { $commons }
event-organization-pledges-set = { $actor } ha fissato gli impegni di { $organization } verso { $count } beni comuni
event-organization-surplus-declared = { $actor } ha dichiarato un avanzo di { $amount } per { $organization }; { $pledged } promessi ai beni comuni
## Prestiti

event-resource-created = { $actor } ha messo in prestito { $name } ({ $quantity ->
    [one] un esemplare
   *[other] { $quantity } esemplari
}, affidato a { $steward })
event-resource-retired = { $actor } ha ritirato { $name } dal prestito
event-reservation-made = { $actor } ha prenotato { $quantity } × { $name } per { $borrower }
event-reservation-approved = { $actor } ha approvato la prenotazione di { $name } di { $borrower }
event-reservation-cancelled = { $actor } ha annullato la prenotazione di { $name } di { $borrower }
event-reservation-checked-out = { $actor } ha prestato { $quantity } × { $name } a { $borrower }
event-reservation-lent-walk-in = { $actor } ha prestato { $quantity } × { $name } a { $borrower } al banco, senza prenotazione
event-reservation-returned = { $actor } ha ripreso { $quantity } × { $name } da { $borrower }
event-distribution-previewed = { $actor } ha preparato la ripartizione n. { $number } di { $amount } della tesoreria di { $treasury } tra i suoi contributori, secondo { $policy }
event-distribution-posted = { $actor } ha registrato la ripartizione n. { $number } di { $amount } della tesoreria di { $treasury } a { $recipients } contributori
event-distribution-discarded = { $actor } ha scartato la ripartizione n. { $number } della tesoreria di { $treasury }
event-distribution-approved = { $actor } ha approvato la ripartizione n. { $number } della tesoreria di { $treasury } ({ $approvals } su { $needed })
event-distribution-objected = { $actor } ha sollevato un'obiezione alla ripartizione n. { $number } della tesoreria di { $treasury }: { $reason }
event-distribution-objection-withdrawn = { $actor } ha ritirato la sua obiezione alla ripartizione n. { $number } della tesoreria di { $treasury }
event-treasury-approval-rule-set = { $actor } ha chiesto che { $approvals } degli amministratori di { $treasury } approvino ogni spesa
event-expense-submitted = { $actor } ha presentato la spesa n. { $number } di { $amount } alla tesoreria di { $treasury }: { $title }
event-expense-approved = { $actor } ha approvato la spesa n. { $number } della tesoreria di { $treasury } ({ $approvals } su { $needed })
event-expense-rejected = { $actor } ha respinto la spesa n. { $number } della tesoreria di { $treasury }: { $reason }
event-expense-paid = { $actor } ha pagato la spesa n. { $number } di { $amount } dalla tesoreria di { $treasury } (movimento n. { $transaction })
event-expense-canceled = { $actor } ha ritirato la spesa n. { $number } della tesoreria di { $treasury }
event-expense-drafted = { $actor } ha salvato una bozza della spesa n. { $number } di { $amount } per la tesoreria di { $treasury }: { $title }
event-expense-sent = { $actor } ha presentato la spesa n. { $number } della tesoreria di { $treasury }
event-expense-edited = { $actor } ha modificato la spesa n. { $number } della tesoreria di { $treasury }: { $title }, { $amount }
event-expense-incomplete = { $actor } ha chiesto un'integrazione della spesa n. { $number } della tesoreria di { $treasury }: { $reason }
event-expense-scheduled = { $actor } ha programmato il pagamento della spesa n. { $number } della tesoreria di { $treasury } per il { $pay_on }
event-expense-spam = { $actor } ha segnato come spam la spesa n. { $number } della tesoreria di { $treasury }: { $reason }
event-expense-objected = { $actor } ha sollevato un'obiezione alla spesa n. { $number } della tesoreria di { $treasury }: { $reason }
event-expense-objection-withdrawn = { $actor } ha ritirato la sua obiezione alla spesa n. { $number } della tesoreria di { $treasury }
event-expense-consented = La spesa n. { $number } della tesoreria di { $treasury } è stata approvata per consenso: nessuna obiezione era in piedi
event-hold-placed = { $actor } ha accantonato { $amount } da { $from } per { $to } nella tesoreria di { $treasury } (accantonamento n. { $number })
event-hold-posted = { $actor } ha registrato { $amount } dell'accantonamento n. { $number } della tesoreria di { $treasury } (movimento n. { $transaction })
event-hold-voided = { $actor } ha annullato l'accantonamento n. { $number } della tesoreria di { $treasury }
event-hold-expired = L'accantonamento n. { $number } della tesoreria di { $treasury } è scaduto
event-decision-payment-authorised = «{ $title }» di «{ $body }» ha autorizzato il pagamento della spesa { $expense } di { $treasury }: { $amount }
event-treasury-budget-line-added = { $actor } ha previsto { $planned } per { $name } nella tesoreria di { $treasury }
event-treasury-budget-rule-set = { $actor } ha stabilito cosa succede a una spesa approvata oltre la sua voce di bilancio in { $treasury }: { $over_line }

## Manutenzione del prestito
event-resource-blocked = { $actor } ha bloccato { $quantity } × { $name } per manutenzione: { $reason }
event-resource-broke-down = { $actor } ha segnalato { $quantity } × { $name } guasto: { $reason }
event-resource-block-ended = { $actor } ha rimesso { $quantity } × { $name } a disposizione
event-resource-maintenance-planned = { $actor } ha pianificato la manutenzione di { $name }: { $minutes } minuti ogni { $days ->
    [0] { $uses } prestiti
   *[other] { $days } giorni{ $uses ->
        [0] {""}
       *[other] {" "}o { $uses } prestiti
    }
}
event-resource-training-recorded = { $actor } ha registrato che { $person } è formato/a su { $name }
event-reservation-moved = Il guasto segnalato da { $actor } ha spostato la prenotazione di { $name } di { $borrower }
event-resource-policy-set = { $actor } ha cambiato le regole di prestito di { $name }
event-decision-nominated = { $actor } ha proposto { $candidate } per «{ $title }»
event-decision-nomination-accepted = { $actor } ha accettato la candidatura per «{ $title }»
event-decision-nomination-declined = { $actor } ha rifiutato la candidatura per «{ $title }»
event-body-seat-taken = { $holder } ha preso un seggio di «{ $body }»
event-body-seat-released = Il mandato di { $holder } in «{ $body }» è finito

# Lending: waiting lists (issue 18)
event-resource-wait-joined = { $actor } si è messo in lista d'attesa per { $name } (posto { $position })
event-resource-wait-left = { $person } non è più in attesa di { $name }
event-reservation-offered = { $name } è stato offerto a { $borrower } dalla lista d'attesa
event-reservation-taken = { $actor } ha accettato l'offerta di { $name }
event-reservation-lapsed = L'offerta di { $name } a { $borrower } è scaduta: non ritirata in tempo
event-organization-savings-factors-set = { $actor } ha fissato i fattori di risparmio di { $library }
event-person-savings-factors-set = { $actor } ha fissato i fattori di risparmio di { $library }
event-commons-history-imported = La cronologia di { $commons } è stata importata da git: { $commits ->
    [one] un commit
   *[other] { $commits } commit
} di { $authors ->
    [one] un autore
   *[other] { $authors } autori
}
event-expense-unscheduled = { $actor } ha tolto la spesa n. { $number } della tesoreria di { $treasury } dal suo giorno di pagamento

# Deleghe accettate e deleghe permanenti (issue 14, punto 5)
event-decision-proxy-offered = { $actor } ha offerto la sua delega su «{ $title }» a { $holder }
event-decision-proxy-accepted = { $actor } ha accettato la delega di { $giver } su «{ $title }»
event-decision-proxy-declined = { $actor } ha rifiutato la delega di { $giver } su «{ $title }»
event-body-delegation-offered = { $actor } ha offerto una delega permanente in «{ $body }» a { $delegate }
event-body-delegation-accepted = { $actor } ha accettato la delega permanente di { $delegator } in «{ $body }»
event-body-delegation-declined = { $actor } ha rifiutato la delega permanente di { $delegator } in «{ $body }»
event-body-delegation-revoked = { $actor } ha ripreso la sua delega permanente in «{ $body }» da { $delegate }

## Offerte tra persone
event-offer-created = { $actor } ha offerto { $title } ({ $mode ->
    [share] da prestare
    [rent] da noleggiare
    [barter] da barattare
   *[give] da regalare
})
event-offer-updated = { $actor } ha modificato l'offerta di { $title }
event-offer-closed = { $actor } ha chiuso l'offerta di { $title }
event-offer-match-proposed = { $actor } ha proposto che { $title } di { $owner } vada a { $taker }
event-offer-match-accepted = { $actor } ha accettato: { $taker } prende in prestito { $title } di { $owner }
event-offer-match-declined = { $actor } ha rifiutato l'accordo su { $title } di { $owner } con { $taker }
event-offer-given = { $actor } ha accettato: { $owner } ha regalato { $title } a { $taker }
event-offer-bartered = { $actor } ha accettato: { $owner } ha barattato { $title } con { $taker }
event-thing-request-created = { $actor } ha chiesto { $title }
event-thing-request-closed = { $actor } ha chiuso la richiesta di { $title }
event-budget-project-outcome-overridden = { $actor } ha corretto il conteggio: il progetto { $number }, «{ $name }», di «{ $title }» { $funded ->
    [yes] è finanziato
   *[no] non è finanziato
}
event-distribution-policy-set = { $actor } ha fissato la regola di ripartizione della tesoreria di { $treasury }: { $policy }
event-budget-project-merged = { $actor } ha unito il progetto { $number }, «{ $name }», al progetto { $into } di «{ $title }»

event-resource-photo-added = { $actor } ha aggiunto una foto di { $name }
event-resource-photo-removed = { $actor } ha tolto una foto di { $name }
event-resource-kit-set = { $actor } ha fatto di { $name } un kit di { $parts ->
    [one] { $parts } elemento
   *[other] { $parts } elementi
}
event-distribution-peer-round-opened = { $actor } ha aperto il giro di ripartizione tra pari { $number } della tesoreria di { $treasury }: { $allowance } punti a ciascuno dei suoi { $members } membri
event-distribution-peer-gifts-set = { $actor } ha dato { $given } dei suoi { $allowance } punti nel giro { $number } della tesoreria di { $treasury }
event-distribution-peer-round-closed = { $actor } ha chiuso il giro di ripartizione tra pari { $number } della tesoreria di { $treasury }: hanno dato { $givers } membri

event-budget-valuation-panel-named = { $named ->
    [yes] { $actor } ha nominato «{ $body }» commissione di valutazione di «{ $title }»
   *[no] { $actor } ha lasciato la valutazione di «{ $title }» agli amministratori dell’organizzazione
}
event-budget-project-valuated = { $actor } ha valutato il progetto { $number }, «{ $name }», di «{ $title }» (valutazione { $revision })
event-budget-valuation-published = Valutazione di «{ $title }» pubblicata: { $feasible ->
    [one] uno fattibile
   *[other] { $feasible } fattibili
}, { $unfeasible ->
    [one] uno no
   *[other] { $unfeasible } no
}
event-budget-group-made = { $actor } ha reso incompatibili i progetti { $projects } di «{ $title }»: al più uno è finanziato
event-budget-group-removed = { $actor } ha tolto l’incompatibilità dei progetti { $projects } di «{ $title }»
event-budget-support-rules-set = { $actor } ha fissato come i progetti di «{ $title }» arrivano alla scheda: { $advance ->
    [top] i { $count } più sostenuti di ogni voce
    [threshold] quelli i cui sostegni arrivano a { $count }
   *[all] tutti
}
event-budget-supports-counted = La fase dei sostegni di «{ $title }» è finita: progetti sulla scheda { $advanced }, esclusi { $left }
event-reservation-photo-added = { $actor } ha fotografato { $name } prestato a { $borrower } { $moment ->
    [check_out] alla consegna
   *[return] alla restituzione
}
event-commons-savings-factors-set = { $actor } ha fissato i fattori di risparmio di { $library }
event-instance-savings-factors-set = { $actor } ha fissato i fattori di risparmio predefiniti del territorio
event-budget-project-commons-linked = { $actor } ha collegato il progetto { $number }, «{ $name }», di «{ $title }» al bene comune { $commons }
event-budget-project-commons-unlinked = { $actor } ha scollegato il progetto { $number }, «{ $name }», di «{ $title }» dal bene comune { $commons }
