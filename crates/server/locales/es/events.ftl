# Las líneas del diario: un mensaje por tipo de evento (véase en/events.ftl).

event-verb = { $verb ->
    [Create] { $object ->
        [comment] Comentario
        [thread] Nueva conversación
        [reservation] Reserva
        [distribution] Vista previa
        [expense] Gasto
        [hold] Reserva
       *[other] Creación
    }
    [Update] { $object ->
        [comment] Retoque
        [reservation] Préstamo
        [expense] Pago
       *[other] Cambio
    }
    [Delete] { $object ->
        [resource] Retiro
        [reservation] Cancelación
        [distribution] Descarte
        [expense] Retirada
        [hold] Liberación
       *[other] Eliminación
    }
    [Accept] { $object ->
        [distribution] Asiento
        [expense] Aprobación
        [hold] Asiento
       *[other] Aceptación
    }
    [Reject] Rechazo
    [Offer] { $object ->
        [expense] Borrador
        [reservation] Movida
       *[other] Propuesta
    }
    [Invite] { $object ->
        [expense] Más datos pedidos
       *[other] Invitación
    }
    [Join] { $object ->
        [expense] Programado
       *[other] Alta
    }
    [Leave] { $object ->
        [distribution] Objeción
        [expense] Objeción
       *[other] Baja
    }
    [Add] { $object ->
        [distribution] Aprobación
        [expense] Edición
       *[other] Incorporación
    }
    [Remove] { $object ->
        [expense] Spam
       *[other] Retirada
    }
    [Undo] { $object ->
        [distribution] Objeción retirada
        [expense] Objeción retirada
        [reservation] Devolución
       *[other] Reversión
    }
   *[other] { $verb }
}

## Personas y organizaciones

event-person-signed-up = { $admin ->
    [yes] { $actor } se unió a la instancia con permisos de administración
   *[no] { $actor } se unió a la instancia
}
event-person-updated = { $actor } actualizó su perfil
event-person-made-admin = { $person } recibió permisos de administración de la instancia
event-person-renamed = { $old } ahora se llama { $new }: la organización { $old } ya tenía este identificador
event-organization-created = { $actor } creó { $name } { $organization } ({ org-kind })
event-organization-updated = { $actor } modificó { $organization }
event-organization-renamed = La organización { $old } ahora se llama { $new }: la persona { $old } ya tenía este identificador
event-organization-invited = { $actor } invitó a { $invitee } a unirse a { $organization } { $role ->
    [admin] con permisos de administración
   *[member] como miembro
}
event-organization-joined = { $actor } se unió a { $organization } { $role ->
    [admin] con permisos de administración
   *[member] como miembro
}
event-organization-declined = { $actor } rechazó la invitación de { $organization }
event-organization-left = { $actor } salió de { $organization }
event-organization-removed = { $actor } dio de baja a { $member } en { $organization }

## Bienes comunes y contribuciones

event-commons-created = { $actor } creó el bien común { $name } ({ $handle })
event-commons-forked = { $actor } creó { $handle }, una bifurcación de { $from } en la revisión { $fork_point }
event-commons-deleted = { $forks ->
    [0] { $actor } eliminó el bien común { $name } ({ $handle }); su historial sigue siendo legible
    [one] { $actor } eliminó el bien común { $name } ({ $handle }); su historial sigue siendo legible y su trabajo continúa en una bifurcación
   *[other] { $actor } eliminó el bien común { $name } ({ $handle }); su historial sigue siendo legible y su trabajo continúa en { $forks } bifurcaciones
}
event-commons-maintainer-added = { $actor } incorporó a { $maintainer } al equipo de mantenimiento de { $commons }
event-commons-maintainer-removed = { $who ->
    [self] { $actor } dejó de mantener { $commons }
   *[other] { $actor } quitó a { $maintainer } del equipo de mantenimiento de { $commons }
}
event-commons-revision-reverted = { $actor } deshizo la revisión { $reverted } de { $commons } con la revisión { $revision }
event-contribution-proposed = { $what ->
    [change] { $actor } propuso un cambio en { $commons }: { $title }
   *[work_record] { $actor } registró un trabajo para { $commons }: { $title }
}
event-contribution-updated = { $actor } actualizó la contribución n.º { $number } a { $commons }
event-contribution-accepted = { $actor } aceptó la contribución n.º { $number } a { $commons }
event-contribution-rejected = { $actor } rechazó la contribución n.º { $number } a { $commons }
event-contribution-changes-requested = { $actor } pidió cambios en la contribución n.º { $number } a { $commons }
event-contribution-withdrawn = { $actor } retiró la contribución n.º { $number } a { $commons }

## Conversación

event-thread-started = { $actor } abrió el hilo «{ $title }» en { $on }
event-comment-written = { $actor } comentó en el hilo «{ $title }» ({ $on })
event-comment-edited = { $actor } editó un comentario del hilo «{ $title }» ({ $on })
event-comment-deleted = { $actor } eliminó un comentario del hilo «{ $title }» ({ $on })
event-commons-translated = { $actor } escribió el nombre y el resumen de { $commons } en { $lang ->
    [fr] francés
    [it] italiano
    [es] español
   *[en] inglés
}
event-commons-translation-removed = { $actor } quitó la versión en { $lang ->
    [fr] francés
    [it] italiano
    [es] español
   *[en] inglés
} del nombre y el resumen de { $commons }
event-organization-translated = { $actor } escribió el nombre y la descripción de { $organization } en { $lang ->
    [fr] francés
    [it] italiano
    [es] español
   *[en] inglés
}
event-organization-translation-removed = { $actor } quitó la versión en { $lang ->
    [fr] francés
    [it] italiano
    [es] español
   *[en] inglés
} del nombre y la descripción de { $organization }

## Órganos
event-body-created = { $actor } declaró el órgano «{ $body }» de { $org }
event-body-rulebook-changed = { $actor } escribió la versión { $version } del reglamento de «{ $body }»
event-decision-drafted = { $actor } preparó «{ $title }» para «{ $body }»
event-decision-opened = { $actor } abrió «{ $title }» de «{ $body }» a { $voters ->
    [one] { $voters } votante
   *[other] { $voters } votantes
}
event-decision-voted = { $actor } votó en «{ $title }» («{ $body }»)
event-decision-ballot-received = Se depositó una papeleta en «{ $title }» («{ $body }»)
event-decision-closed = «{ $title }» de «{ $body }» se cerró: { $result ->
    [decided] aprobada
   *[failed] rechazada
}
event-decision-withdrawn = { $actor } retiró «{ $title }» de «{ $body }»
event-body-rulebook-adopted = La decisión { $decision } escribió la versión { $version } del reglamento de «{ $body }»
event-decision-edited = { $actor } reescribió el borrador «{ $title }» de «{ $body }»
event-decision-proxy-given = { $actor } delegó su voto en «{ $title }» en { $holder }
event-decision-proxy-revoked = { $actor } retiró su delegación en «{ $title }» a { $holder }
event-treasury-opened = { $actor } abrió la tesorería de { $treasury }
event-treasury-account-opened = { $actor } abrió la cuenta { $account } en la tesorería de { $treasury }
event-ledger-transaction-recorded = { $actor } registró { $flow ->
    [income] el ingreso
    [spending] el gasto
   *[transfer] el traspaso
} n.º { $number } en la tesorería de { $treasury }
event-ledger-transaction-reversed = { $actor } anuló el movimiento n.º { $reverses } de la tesorería de { $treasury } con el n.º { $number }

## Budgets

event-budget-imported = { $actor } importó «{ $title }» para { $owner }: { $projects ->
    [one] un proyecto
   *[other] { $projects } proyectos
}, { $ballots ->
    [one] una papeleta
   *[other] { $ballots } papeletas
}
event-budget-created = { $actor } creó el presupuesto participativo «{ $title }» de { $owner }, con { $headings ->
    [one] una partida
   *[other] { $headings } partidas
}
event-budget-heading-added = { $actor } añadió la partida «{ $heading }» ({ $amount }) a «{ $title }»
event-budget-rules-changed = { $actor } fijó la papeleta de «{ $title }» en { $style }, contada con { $rule }
event-budget-phases-planned = { $actor } planificó las fases de «{ $title }» ({ $phases ->
    [one] una fase activada
   *[other] { $phases } fases activadas
})
event-budget-phase-changed = { $by_date ->
    [yes] «{ $title }» pasó, en su fecha, a la fase:
   *[no] { $actor } pasó «{ $title }» a la fase:
} { $phase ->
    [drafting] redacción
    [informing] información
    [accepting_proposals] recepción de propuestas
    [reviewing] revisión de propuestas
    [supporting] apoyos
    [valuating] evaluación
    [publishing_prices] publicación de costes
    [balloting] votación
    [reviewing_ballots] revisión de papeletas
    [results] resultados
    [implementation] ejecución
   *[finished] terminado
}
event-budget-ballot-cast = { $changed ->
    [yes] Se cambió una papeleta
   *[no] Se votó una papeleta
} en «{ $title }» ({ $heading })
event-budget-paper-ballots-recorded = { $actor } registró { $count ->
    [one] una papeleta en papel
   *[other] { $count } papeletas en papel
} en «{ $title }» ({ $heading }): { $read } leídas, { $aside } apartadas{ $accepted ->
    [yes] ; se aceptó un recuento distinto del acta: { $reason }
   *[no] {""}
}
event-budget-census-imported = { $actor } importó el censo de «{ $title }»: { $entries ->
    [one] una entrada
   *[other] { $entries } entradas
}
event-budget-census-claimed = Alguien reclamó su entrada en el censo de «{ $title }»
event-budget-voter-rules-set = { $actor } fijó quién vota dónde en «{ $title }»: { $age ->
    [0] a cualquier edad
   *[other] desde los { $age } años
}; { $others ->
    [-1] en todos los distritos
    [0] solo en el distrito propio
    [one] en el distrito propio y otro más
   *[other] en el distrito propio y { $others } más
}
# `$proposer`: whom the person proposed for, `organization` or `group` (named by `$who`), or `person` (themselves).
event-budget-project-proposed = { $proposer ->
    [organization] { $actor } propuso el proyecto { $number }, «{ $name }», por { $who } en «{ $title }»
    [group] { $actor } propuso el proyecto { $number }, «{ $name }», por el grupo «{ $who }» en «{ $title }»
   *[person] { $actor } propuso el proyecto { $number }, «{ $name }», en «{ $title }»
}
event-budget-project-reviewed = { $actor } { $state ->
    [rejected] quitó el proyecto { $number }, «{ $name }», de la papeleta de
   *[other] volvió a poner el proyecto { $number }, «{ $name }», en la papeleta de
} «{ $title }»
event-budget-project-progressed = { $actor } registró el proyecto { $number }, «{ $name }», de «{ $title }» como ejecutado al { $progress } %
event-budget-project-supported = El proyecto { $number }, «{ $name }», de «{ $title }» recibió un apoyo
event-commons-licence-policy-set = { $actor } dio a { $commons } la política de licencia { $policy ->
    [ppl] de la Peer Production License
    [copyfair] CopyFair
    [custom] de una licencia propia
   *[spdx] de una licencia abierta
}
event-determination-made = { $actor } pidió usar { $commons } { $usage ->
    [commercial] comercialmente
   *[non_commercial] para un uso no comercial
}{ $organization ->
    [none] {""}
   *[other] {" "}para { $organization }
}: { $outcome ->
    [permitted_non_commercial] permitido
    [permitted_commons_based] permitido, como uso del procomún
    [permitted_reciprocity_met] permitido, su reciprocidad cumplida
    [permitted_with_fee] permitido con una cuota de { $fee }
    [not_permitted] no permitido bajo su licencia
    [terminated] no permitido, sus derechos terminados por un incumplimiento
   *[needs_evidence] se piden pruebas
}
event-determination-terminated = { $actor } terminó los derechos de { $party } sobre { $commons } por un incumplimiento
event-person-affiliation-declared = { $actor } declaró trabajar con { $organization }, { $paid ->
    [yes] con paga
   *[no] como voluntario
}
event-person-affiliation-withdrawn = { $actor } retiró su afiliación a { $organization }
event-determination-breach-lifted = { $actor } levantó el incumplimiento de { $party } con { $commons }
event-due-owed = { $party } debe { $amount } a { $commons } ({ $kind ->
    [pledge] una parte comprometida de su excedente
   *[other] una tarifa de licencia
})
event-due-paid = { $actor } registró el pago de { $amount } de { $party } a { $commons }
event-organization-pledges-set = { $actor } fijó los compromisos de { $organization } con { $count } comunes
event-organization-surplus-declared = { $actor } declaró un excedente de { $amount } para { $organization }; { $pledged } comprometidos con los comunes
## Préstamos

event-resource-created = { $actor } puso { $name } en préstamo ({ $quantity ->
    [one] una unidad
   *[other] { $quantity } unidades
}, a cargo de { $steward })
event-resource-retired = { $actor } retiró { $name } del préstamo
event-reservation-made = { $actor } reservó { $quantity } × { $name } para { $borrower }
event-reservation-approved = { $actor } aprobó la reserva de { $name } de { $borrower }
event-reservation-cancelled = { $actor } canceló la reserva de { $name } de { $borrower }
event-reservation-checked-out = { $actor } prestó { $quantity } × { $name } a { $borrower }
event-reservation-lent-walk-in = { $actor } prestó { $quantity } × { $name } a { $borrower } en el mostrador, sin reserva
event-reservation-returned = { $actor } recibió de vuelta { $quantity } × { $name } de { $borrower }
event-distribution-previewed = { $actor } preparó el reparto n.º { $number } de { $amount } de la tesorería de { $treasury } entre sus contribuyentes, según { $policy }
event-distribution-posted = { $actor } asentó el reparto n.º { $number } de { $amount } de la tesorería de { $treasury } a { $recipients } contribuyentes
event-distribution-discarded = { $actor } descartó el reparto n.º { $number } de la tesorería de { $treasury }
event-distribution-approved = { $actor } aprobó el reparto n.º { $number } de la tesorería de { $treasury } ({ $approvals } de { $needed })
event-distribution-objected = { $actor } se opuso al reparto n.º { $number } de la tesorería de { $treasury }: { $reason }
event-distribution-objection-withdrawn = { $actor } retiró su objeción al reparto n.º { $number } de la tesorería de { $treasury }
event-treasury-approval-rule-set = { $actor } pidió que { $approvals } de los administradores de { $treasury } aprueben cada gasto
event-expense-submitted = { $actor } presentó el gasto n.º { $number } de { $amount } a la tesorería de { $treasury }: { $title }
event-expense-approved = { $actor } aprobó el gasto n.º { $number } de la tesorería de { $treasury } ({ $approvals } de { $needed })
event-expense-rejected = { $actor } rechazó el gasto n.º { $number } de la tesorería de { $treasury }: { $reason }
event-expense-paid = { $actor } pagó el gasto n.º { $number } de { $amount } de la tesorería de { $treasury } (movimiento n.º { $transaction })
event-expense-canceled = { $actor } retiró el gasto n.º { $number } de la tesorería de { $treasury }
event-expense-drafted = { $actor } guardó un borrador del gasto n.º { $number } de { $amount } para la tesorería de { $treasury }: { $title }
event-expense-sent = { $actor } presentó el gasto n.º { $number } de la tesorería de { $treasury }
event-expense-edited = { $actor } modificó el gasto n.º { $number } de la tesorería de { $treasury }: { $title }, { $amount }
event-expense-incomplete = { $actor } pidió más datos sobre el gasto n.º { $number } de la tesorería de { $treasury }: { $reason }
event-expense-scheduled = { $actor } programó el pago del gasto n.º { $number } de la tesorería de { $treasury } para el { $pay_on }
event-expense-spam = { $actor } marcó como spam el gasto n.º { $number } de la tesorería de { $treasury }: { $reason }
event-expense-objected = { $actor } se opuso al gasto n.º { $number } de la tesorería de { $treasury }: { $reason }
event-expense-objection-withdrawn = { $actor } retiró su objeción al gasto n.º { $number } de la tesorería de { $treasury }
event-expense-consented = El gasto n.º { $number } de la tesorería de { $treasury } quedó aprobado por consentimiento: no quedó ninguna objeción
event-hold-placed = { $actor } reservó { $amount } de { $from } para { $to } en la tesorería de { $treasury } (reserva n.º { $number })
event-hold-posted = { $actor } asentó { $amount } de la reserva n.º { $number } de la tesorería de { $treasury } (movimiento n.º { $transaction })
event-hold-voided = { $actor } anuló la reserva n.º { $number } de la tesorería de { $treasury }
event-hold-expired = La reserva n.º { $number } de la tesorería de { $treasury } venció
event-decision-payment-authorised = «{ $title }» de «{ $body }» autorizó pagar el gasto { $expense } de { $treasury }: { $amount }
event-treasury-budget-line-added = { $actor } previó { $planned } para { $name } en la tesorería de { $treasury }
event-treasury-budget-rule-set = { $actor } fijó qué pasa con un gasto aprobado por encima de su partida en { $treasury }: { $over_line }

## Mantenimiento del préstamo
event-resource-blocked = { $actor } bloqueó { $quantity } × { $name } por mantenimiento: { $reason }
event-resource-broke-down = { $actor } informó de { $quantity } × { $name } averiado: { $reason }
event-resource-block-ended = { $actor } devolvió { $quantity } × { $name } al lote
event-resource-maintenance-planned = { $actor } planificó el mantenimiento de { $name }: { $minutes } minutos cada { $days ->
    [0] { $uses } préstamos
   *[other] { $days } días{ $uses ->
        [0] {""}
       *[other] {" "}o { $uses } préstamos
    }
}
event-resource-training-recorded = { $actor } registró que { $person } tiene formación en { $name }
event-reservation-moved = La avería comunicada por { $actor } movió la reserva de { $name } de { $borrower }
event-resource-policy-set = { $actor } cambió las reglas de préstamo de { $name }
event-decision-nominated = { $actor } propuso a { $candidate } para «{ $title }»
event-decision-nomination-accepted = { $actor } aceptó su candidatura para «{ $title }»
event-decision-nomination-declined = { $actor } rehusó su candidatura para «{ $title }»
event-body-seat-taken = { $holder } ocupó un puesto de «{ $body }»
event-body-seat-released = El mandato de { $holder } en «{ $body }» terminó

# Lending: waiting lists (issue 18)
event-resource-wait-joined = { $actor } se apuntó a la lista de espera de { $name } (puesto { $position })
event-resource-wait-left = { $person } ya no espera { $name }
event-reservation-offered = { $name } se ofreció a { $borrower } desde la lista de espera
event-reservation-taken = { $actor } aceptó la oferta de { $name }
event-reservation-lapsed = La oferta de { $name } a { $borrower } caducó: no se retiró a tiempo
event-organization-savings-factors-set = { $actor } fijó los factores de ahorro de { $library }
event-person-savings-factors-set = { $actor } fijó los factores de ahorro de { $library }
event-commons-history-imported = El historial de { $commons } se importó desde git: { $commits ->
    [one] un commit
   *[other] { $commits } commits
} de { $authors ->
    [one] un autor
   *[other] { $authors } autores
}
event-expense-unscheduled = { $actor } quitó el gasto n.º { $number } de la tesorería de { $treasury } de su día de pago

# Delegaciones con aceptación y delegaciones permanentes (issue 14, punto 5)
event-decision-proxy-offered = { $actor } ofreció su delegación en «{ $title }» a { $holder }
event-decision-proxy-accepted = { $actor } aceptó la delegación de { $giver } en «{ $title }»
event-decision-proxy-declined = { $actor } rechazó la delegación de { $giver } en «{ $title }»
event-body-delegation-offered = { $actor } ofreció una delegación permanente en «{ $body }» a { $delegate }
event-body-delegation-accepted = { $actor } aceptó la delegación permanente de { $delegator } en «{ $body }»
event-body-delegation-declined = { $actor } rechazó la delegación permanente de { $delegator } en «{ $body }»
event-body-delegation-revoked = { $actor } retiró su delegación permanente en «{ $body }» a { $delegate }

## Ofertas entre personas
event-offer-created = { $actor } ofreció { $title } ({ $mode ->
    [share] para prestar
    [rent] en alquiler
    [barter] para trueque
   *[give] para regalar
})
event-offer-updated = { $actor } editó la oferta de { $title }
event-offer-closed = { $actor } cerró la oferta de { $title }
event-offer-match-proposed = { $actor } propuso que { $title } de { $owner } vaya a { $taker }
event-offer-match-accepted = { $actor } aceptó: { $taker } toma prestado { $title } de { $owner }
event-offer-match-declined = { $actor } rechazó el acuerdo de { $title } de { $owner } con { $taker }
event-offer-given = { $actor } aceptó: { $owner } regaló { $title } a { $taker }
event-offer-bartered = { $actor } aceptó: { $owner } intercambió { $title } con { $taker }
event-thing-request-created = { $actor } pidió { $title }
event-thing-request-closed = { $actor } cerró la petición de { $title }
event-budget-project-outcome-overridden = { $actor } corrigió el recuento: el proyecto { $number }, «{ $name }», de «{ $title }» { $funded ->
    [yes] se financia
   *[no] no se financia
}
event-distribution-policy-set = { $actor } fijó la regla de reparto de la tesorería de { $treasury }: { $policy }
event-budget-project-merged = { $actor } fusionó el proyecto { $number }, «{ $name }», con el proyecto { $into } de «{ $title }»

event-resource-photo-added = { $actor } añadió una foto de { $name }
event-resource-photo-removed = { $actor } quitó una foto de { $name }
event-resource-kit-set = { $actor } hizo de { $name } un kit de { $parts ->
    [one] { $parts } pieza
   *[other] { $parts } piezas
}
event-distribution-peer-round-opened = { $actor } abrió la ronda de reparto entre pares { $number } de la tesorería de { $treasury }: { $allowance } puntos para cada uno de sus { $members } miembros
event-distribution-peer-gifts-set = { $actor } dio { $given } de sus { $allowance } puntos en la ronda { $number } de la tesorería de { $treasury }
event-distribution-peer-round-closed = { $actor } cerró la ronda de reparto entre pares { $number } de la tesorería de { $treasury }: dieron { $givers } miembros

event-budget-valuation-panel-named = { $named ->
    [yes] { $actor } nombró a «{ $body }» comisión de valoración de «{ $title }»
   *[no] { $actor } dejó la valoración de «{ $title }» a los administradores de la organización
}
event-budget-project-valuated = { $actor } valoró el proyecto { $number }, «{ $name }», de «{ $title }» (valoración { $revision })
event-budget-valuation-published = Valoración de «{ $title }» publicada: { $feasible ->
    [one] uno viable
   *[other] { $feasible } viables
}, { $unfeasible ->
    [one] uno no
   *[other] { $unfeasible } no
}
event-budget-group-made = { $actor } hizo incompatibles los proyectos { $projects } de «{ $title }»: se financia uno como mucho
event-budget-group-removed = { $actor } quitó la incompatibilidad de los proyectos { $projects } de «{ $title }»
event-budget-support-rules-set = { $actor } fijó cómo llegan a la papeleta los proyectos de «{ $title }»: { $advance ->
    [top] los { $count } más apoyados de cada partida
    [threshold] los que alcanzan { $count } apoyos
   *[all] todos
}
event-budget-supports-counted = Terminó la fase de apoyos de «{ $title }»: proyectos en la papeleta { $advanced }, fuera { $left }
event-reservation-photo-added = { $actor } hizo una foto de { $name } prestado a { $borrower } en su { $moment ->
    [check_out] entrega
   *[return] devolución
}
event-commons-savings-factors-set = { $actor } fijó los factores de ahorro de { $library }
event-instance-savings-factors-set = { $actor } fijó los factores de ahorro por defecto del territorio
event-budget-project-commons-linked = { $actor } enlazó el proyecto { $number }, «{ $name }», de «{ $title }» con el bien común { $commons }
event-budget-project-commons-unlinked = { $actor } desenlazó el proyecto { $number }, «{ $name }», de «{ $title }» del bien común { $commons }
