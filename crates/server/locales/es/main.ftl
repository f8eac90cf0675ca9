# El marco del sitio: navegación, pie de página, cambio de idioma y páginas de error.

skip-to-content = Ir al contenido
nav-journal = Diario
nav-commons = Bienes comunes
nav-organizations = Organizaciones
nav-people = Personas
nav-settings = Ajustes
nav-sign-out = Cerrar sesión
nav-sign-in = Iniciar sesión
nav-sign-up = Crear cuenta
feed-title = Diario de { $instance }
footer-about = Commonfare — software libre (AGPL-3.0-or-later). Todo lo que hay aquí es público, salvo los secretos.
footer-atom = Canal Atom
footer-api = API
language-label = Idioma
language-choose = Mostrar
error-title = { $status ->
    [400] Solicitud incorrecta
    [401] Hace falta iniciar sesión
    [403] No permitido
    [404] No encontrado
    [405] Esta dirección no hace eso
    [408] Demasiado lento
    [409] En conflicto
    [410] Eliminado
    [413] Demasiado grande
    [414] Dirección demasiado larga
    [415] Tipo de contenido inesperado
    [422] No se puede aceptar tal como está
    [429] Demasiados intentos
    [431] Cabeceras demasiado grandes
   *[other] Algo ha salido mal
}
error-back = Vuelve atrás con tu navegador para corregir lo que enviaste.
error-home = Ir a la página de inicio
error-code = Error { $status }

## Inicio

home-title = Inicio
home-intro = Commonfare es una infraestructura de cooperación. Cualquiera contribuye a los bienes comunes sin pedir permiso; cooperativas, phyles y empresas viven de ellos; las asociaciones sin ánimo de lucro y las administraciones públicas mantienen la infraestructura compartida y deciden democráticamente. Cada cambio queda escrito en un diario público, para que cualquiera vea qué está pasando y qué hace falta.
home-people = { $count ->
    [one] una persona
   *[other] { $count } personas
}
home-organizations = { $count ->
    [one] una organización
   *[other] { $count } organizaciones
}
home-events = { $count ->
    [one] un evento en el diario
   *[other] { $count } eventos en el diario
}
home-join = Únete a esta instancia
home-or = o
home-sign-in = inicia sesión
home-create-organization = Crear una organización
home-now = Ahora mismo
home-whole-journal = Todo el diario →

## El diario

journal-title = Diario
journal-intro = Cada cambio en esta instancia, tal como ocurrió. También como:
journal-person = Persona
journal-person-hint = identificador
journal-type = Tipo
journal-type-hint = person, organization, …
journal-context = Historial de
journal-context-hint = commons:identificador
journal-filter = Filtrar
journal-older = Eventos anteriores →
journal-empty = Aquí todavía no ha pasado nada.
journal-history = Historial
journal-record-all = Todo el historial, página a página

## Inicio de sesión y registro

field-handle = Identificador
field-password = Contraseña
field-display-name = Nombre visible
field-email = Correo electrónico
signin-new = ¿Eres nuevo?
signup-handle-hint = de 2 a 40 letras minúsculas, cifras y - o _ sueltos, empezando por una letra; es tu dirección aquí y no podrá cambiar
signup-email-hint = opcional y privado: nunca se muestra a nadie
signup-password-hint = al menos 10 caracteres
signup-already = ¿Ya tienes cuenta?

## Personas y organizaciones

search-name-or-handle = Nombre o identificador
search = Buscar
people-title = Personas
people-none = Todavía no se ha registrado nadie.
people-no-match = Nadie coincide con «{ $q }».
people-show-all = Ver a todos
people-more = Más personas →
tag-instance-admin = administración de la instancia
orgs-kind = Forma
orgs-any = cualquiera
orgs-none = Todavía no hay organizaciones.
orgs-no-match = Ninguna organización coincide.
orgs-show-all = Verlas todas
orgs-more = Más organizaciones →
org-kind = { $kind ->
    [for_profit] Empresa con ánimo de lucro
    [cooperative] Cooperativa
    [phyle] Phyle (empresa ética de los comuneros)
    [for_benefit] Asociación sin ánimo de lucro
    [public_body] Administración pública
   *[informal_group] Grupo informal
}
org-role = { $role ->
    [admin] administración
   *[member] miembro
}
person-joined = Se unió el { $when }
person-renamed = Conocido como @{ $old } hasta el { $when }, cuando personas y organizaciones pasaron a compartir una sola lista de identificadores: { $reason }. La dirección antigua lleva aquí.
person-edit = Editar perfil y ajustes
person-invited = (invitado)
org-new-title = Nueva organización
org-handle-hint = de 2 a 40 letras minúsculas, cifras y - o _ sueltos, empezando por una letra
field-name = Nombre
field-description = Descripción
field-website = Sitio web
create = Crear

## Una organización y los ajustes

org-accept = Aceptar la invitación
org-decline = Rechazar
org-leave = Salir
org-members = Miembros
org-invited = invitado
org-remove = quitar
org-invite-title = Invitar a alguien
field-role = Rol
org-invite = Invitar
org-edit = Editar
save = Guardar
settings-profile = Perfil
settings-about = Sobre ti
settings-private = privado
settings-save-profile = Guardar el perfil
settings-preferences = Idioma y hora
settings-language = Idioma de las páginas
settings-language-browser = El idioma de mi navegador
settings-time-zone = Zona horaria
settings-time-zone-instance = La de la instancia ({ $zone })
settings-save-preferences = Guardar idioma y zona horaria
settings-password = Contraseña
settings-current-password = Contraseña actual
settings-new-password = Nueva contraseña
settings-revoke-tokens = Revocar también mis tokens de la API (los programas que los usan necesitarán uno nuevo)
settings-change-password = Cambiar la contraseña
settings-tokens = Tokens de la API
settings-tokens-intro = Un programa envía su token así: <code>Authorization: Bearer TOKEN</code>. Un token se muestra una sola vez, al crearlo.
settings-new-token = Tu nuevo token (cópialo ahora, no se volverá a mostrar):
settings-token-created = creado el { $when }
settings-revoked = revocado
settings-revoke = Revocar
settings-token-name = Nombre del token
settings-token-name-hint = para qué es el programa
settings-create-token = Crear un token

## Bienes comunes: listas, contribuciones y revisiones

commons-create = Crear un bien común
commons-words = Palabras
commons-home-organization = Organización de referencia
commons-kind = { $kind ->
    [software] software
    [knowledge] conocimiento
    [design] diseño
    [data] datos
   *[other] otro
}
commons-of = de
commons-none = Todavía no hay bienes comunes.
commons-no-match = Ningún bien común coincide.
commons-show-all = Verlos todos
commons-more = Más bienes comunes →
show = Mostrar
by = por
show-all = Mostrar todo
contributions-title = Contribuciones
contributions-of = Contribuciones a { $name }
contribution-state-label = Estado
contribution-state = { $state ->
    [open] abiertas (propuestas o con cambios pedidos)
    [proposed] propuesta
    [changes_requested] cambios pedidos
    [accepted] aceptada
    [rejected] rechazada
    [withdrawn] retirada
    [reverted] revertida
   *[any] todas
}
contribution-kind = { $kind ->
    [change] cambio
   *[work_record] trabajo registrado
}
file-op = { $op ->
    [add] añadir
    [modify] modificar
   *[delete] eliminar
}
contributions-none = Ninguna.
contributions-none-in-state = Ninguna en este estado.
contributions-older = Contribuciones anteriores →
revisions-title = Revisiones
revisions-of = Revisiones de { $name }
revisions-older = Revisiones anteriores →
revision-changes = cambios
revision-accepted-by = aceptada por
revision-made-in = hecha en
revision-offered = { $count ->
    [one] La revisión de la bifurcación que trae
   *[other] Las { $count } revisiones de la bifurcación que trae
}
contribution-offered = Ofrecida desde la bifurcación
contribution-work-by = trabajo de
contribution-minutes = { $count ->
    [one] un minuto de trabajo
   *[other] { $count } minutos de trabajo
}
contribution-evidence = prueba
contribution-deleted-before = El bien común
contribution-deleted-after = fue eliminado: ya no se puede decidir sobre esta contribución.
contribution-comment-optional = comentario (opcional)
contribution-why-optional = por qué (opcional)
contribution-what-to-change = qué cambiar
contribution-accept = Aceptar
contribution-reject = Rechazar
contribution-ask-for-changes = Pedir cambios
contribution-withdraw = Retirar
contribution-reviews = Revisiones
contribution-review-record = ({ $accepted } aceptadas, { $reviews ->
    [one] una revisión
   *[other] { $reviews } revisiones
} aquí)
contribution-no-review = Todavía no hay revisiones.

## La página de un bien común

commons-deleted = Eliminado el { $when }
commons-deleted-by = por
commons-deleted-rest = Sus archivos y su historial siguen siendo legibles; ya nada puede cambiar en él.
commons-deleted-forks = Sus archivos y su historial siguen siendo legibles, y su trabajo continúa en sus bifurcaciones (abajo); ya nada puede cambiar en él.
commons-hosted-by = alojado por
commons-forked-from = Bifurcado de
commons-at-revision = en la revisión { $number }
commons-synced = última oferta aceptada aguas arriba como su revisión { $number }
commons-revision = Revisión { $number }:
commons-propose = Proponer un archivo nuevo o subir uno
commons-record-work = Registrar trabajo hecho para este bien común
field-minutes = Minutos
commons-what-you-did = Qué hiciste
commons-what-you-did-hint = Dirigí el taller del sábado
commons-evidence = Prueba (un enlace, opcional)
commons-record = Registrar el trabajo
commons-fork-title = Bifurcar este bien común
commons-fork-handle = Identificador de la bifurcación
commons-fork-note = La bifurcación conserva todo el historial y quién hizo qué; pasas a mantenerla.
commons-fork = Bifurcar
commons-offer-label = Ofrecer aguas arriba las nuevas revisiones de esta bifurcación
commons-offer-hint = qué aportan
commons-offer-waiting = La oferta de esta bifurcación espera a los mantenedores aguas arriba:
commons-offer = Ofrecer aguas arriba
commons-delete-title = Eliminar este bien común
commons-delete-note = En un bien común eliminado ya nada puede cambiar y sale de las listas. Sus archivos y su historial siguen siendo legibles, y las bifurcaciones conservan todo lo que heredaron.
commons-delete-confirm-before = Escribe
commons-delete-confirm-after = para confirmar
commons-files = Archivos
commons-file-size = { $count ->
    [one] un byte
   *[other] { $count } bytes
}
commons-no-files = Todavía no hay archivos: propón el primero.
commons-maintainers = Mantenedores
commons-contributors = Contribuidores
commons-contributors-first = Los primeros { $shown } de { $total }, por contribuciones aceptadas
commons-all-as-json = todos, en JSON
commons-contributor-accepted = { $count } aceptadas
commons-contributor-reviews = { $count ->
    [one] una revisión
   *[other] { $count } revisiones
}
commons-contributor-open = { $count } abiertas
commons-nobody = Todavía nadie.
commons-suggested = Propuestos como mantenedores
commons-forks = Bifurcaciones
commons-fork-from = desde la revisión { $number }
commons-forks-first = Las primeras { $shown } bifurcaciones de { $total };
commons-forks-all = todas en JSON
commons-open-contributions = Contribuciones abiertas
commons-none-open = Ninguna abierta.
commons-more-open = Más contribuciones abiertas →
commons-all-contributions = Todas las contribuciones
commons-download-head = Descargar la última revisión como
commons-or = o

## Propuestas, archivos y diferencias

propose-title = Proponer un cambio
propose-to = Proponer un cambio a
field-file-path = Ruta del archivo
field-content = Contenido
field-what-and-why = Qué y por qué
propose = Proponer
upload-title = O sube un archivo
upload-note = Cualquier tipo de archivo (imágenes, PDF, planos) hasta el tamaño que acepta esta instancia; los archivos de texto se siguen pudiendo comparar línea a línea.
field-file = Archivo
upload-path = Ruta en el bien común (el nombre del archivo si se deja vacía)
upload-propose = Subir y proponer
file-propose-edit = Proponer una edición
file-binary = Un archivo binario; no se muestra aquí.
diff-title = Cambios
diff-revisions = revisión { $from } → { $to }
diff-files-changed = { $count ->
    [one] un archivo cambiado
   *[other] { $count } archivos cambiados
}
diff-download = descargar la revisión { $number } como
diff-status = { $status ->
    [added] añadido
    [deleted] eliminado
   *[modified] modificado
}
diff-binary = Un archivo binario; no se compara línea a línea.
diff-too-large = Demasiado grande para compararlo línea a línea.
new-commons-title = Nuevo bien común
new-commons-summary = Resumen
new-commons-licence = Licencia
new-commons-licence-hint = un identificador o una expresión SPDX
new-commons-licence-means = Cada contribución se entrega bajo esta licencia, y cualquiera puede usar el bien común como ella permite. Una licencia de compartir igual (CC-BY-SA-4.0, GPL-3.0-or-later, ODbL-1.0) mantiene abierto también lo que otros hagan a partir de él; una permisiva (MIT, CC-BY-4.0) les deja cerrarlo.
new-commons-home-hint = opcional; debes ser miembro

## Conversación

discussion-title = Conversación
discussion-comments = { $count ->
    [one] un comentario
   *[other] { $count } comentarios
}
discussion-last = último { $when }
discussion-no-thread = Todavía no hay hilos.
discussion-all-threads = Todos los hilos
discussion-or-start = , o empieza uno
discussion-thread-number = Hilo n.º { $number }
discussion-contribution = contribución n.º { $number }
discussion-older = Hilos anteriores →
discussion-start-title = Empezar un hilo
field-title = Título
discussion-first-comment = Primer comentario
markdown = Markdown
discussion-start = Empezar el hilo
discussion-sign-in-to-start = para empezar un hilo; para leer no hace falta cuenta.
discussion-sign-in-to-take-part = para participar; para leer no hace falta cuenta.
discussion-thread-of = Hilo n.º { $number } de
discussion-started-by = empezado por
discussion-of-contribution = la conversación de la
discussion-all-threads-lower = todos los hilos
comment-edited = editado
comment-deleted = Comentario eliminado por su autor.
comment-edit-or-delete = Editar o eliminar
comment-yours = Tu comentario
comment-yours-hint = Markdown; el texto anterior queda en el historial
comment-delete = Eliminar este comentario
comment-none = Todavía no hay comentarios.
comment-add = Añadir un comentario
comment-post = Comentar
history-title = Historial del comentario
history-by = Un comentario de
history-on = en
history-written = escrito { $when }
history-now = Ahora
history-deleted = Eliminado por su autor; su texto y sus versiones anteriores ya no están.
history-earlier = Versiones anteriores
history-version = escrita { $written }, sustituida { $replaced }
history-none = Ninguna: el comentario nunca se editó.
history-none-deleted = Ninguna: el comentario nunca se editó, o sus versiones se fueron con él.
history-back = Volver al hilo
panel-in-the-commons = En los bienes comunes
panel-no-contributions = Todavía no hay contribuciones.
panel-maintainer = mantenedor
panel-rejected = { $count } rechazadas
panel-since = desde { $when }

language-name-en = inglés
language-name-fr = francés
language-name-it = italiano
language-name-es = español
content-missing = Aún no hay versión en { $wanted }: se muestra en { $original }, tal como se escribió.
content-translated = Traducido { $code ->
    [fr] del francés
    [it] del italiano
    [es] del español
   *[en] del inglés
}.
content-written-in = Escrito en
content-translations = Traducciones
content-translations-note = El nombre y el resumen están escritos en { $original }; aquí puedes darlos en otros idiomas.
content-translation-language = Idioma
content-save-translation = Guardar la traducción
content-remove-translation = quitar

diff-old-line = Línea antes
diff-new-line = Línea después
diff-line = Texto
diff-download-file = descargarlo
diff-read-proposed = leer el archivo tal como se propone
contribution-changes-on = Lo que cambia, sobre la revisión { $number }
contribution-became = Aceptada como revisión { $number }:
contribution-revision-diff = ver los cambios de esa revisión
contribution-on-head = Si se acepta ahora, sobre la revisión { $number } (la cabeza avanzó desde entonces), cambiaría
contribution-conflicts = Estos archivos también cambiaron en la cabeza desde entonces; quien propuso el cambio debe actualizarlo antes de que pueda aceptarse:

contribution-update-title = Actualiza tu cambio
contribution-asked-by = @{ $reviewer } pidió cambios:
contribution-update-file = { $path }, tal como lo propones
contribution-update = Enviar la nueva versión

revert-title = Deshacer…
revert-note = Una nueva revisión deshará lo que cambió la revisión { $number }; su historial se conserva.
revert-confirm = Sí, deshacer la revisión { $number }
maintainers-remove = quitar
maintainers-step-down = dejar de mantener
maintainers-add-label = Sumar a alguien al mantenimiento (identificador)
maintainers-add = Añadir

welcome-title = Te damos la bienvenida
welcome-lead = Aquí puedes mejorar obras compartidas, unirte a los grupos que las cuidan y seguir todo lo que pasa, en el momento en que pasa.
welcome-profile = Di quién eres, y elige tu idioma y tu zona horaria
welcome-commons = Contribuye a un bien común
welcome-commons-how = Cualquiera puede proponer un cambio o registrar un trabajo hecho; quienes mantienen el bien común lo revisan, a la vista de todos.
welcome-all-commons = Todos los bienes comunes
welcome-orgs = Únete a una organización
welcome-orgs-how = Asociaciones, cooperativas, organismos públicos y grupos informales invitan a sus miembros: pregunta a quien los administra.
welcome-all-orgs = Todas las organizaciones
welcome-new-org = Crear una
welcome-happening = Lo que está pasando
welcome-journal = Todo el diario

form-fix-below = No se guardó nada: corrige lo que se señala abajo y vuelve a enviar el formulario.

api-title = La API
api-intro = Cada página tiene su gemela en la API, en JSON. Leer no pide nada; un cambio pide un token, enviado como <code>Authorization: Bearer TOKEN</code> (crea uno en tus ajustes). Los rechazos responden en <code>application/problem+json</code>, con un <code>code</code> estable y palabras en el idioma que pidas. Las listas llegan página a página: sigue <code>next</code> o la cabecera <code>Link</code>. Las descripciones de abajo están en inglés, como las de la API.
api-json = La misma descripción en JSON OpenAPI, para programas
api-contents = Índice
api-operations = { $count ->
    [one] una operación
   *[other] { $count } operaciones
}
api-shapes = Formas
api-shapes-note = Lo que las operaciones reciben y responden, por nombre.
api-access-anyone = Cualquiera puede llamarla
api-access-optional = Se lee un token si se envía
api-access-token = Pide un token
api-parameters = Parámetros
api-in = { $place ->
    [path] en la dirección
    [query] en la consulta
   *[other] en { $place }
}
api-required = obligatorio
api-body = Qué enviar
api-answers = Respuestas
## Órganos: asambleas, juntas y grupos de una organización, y sus decisiones.
bodies-title = Órganos
bodies-none = Todavía no hay ningún órgano.
bodies-kind = { $kind ->
    [general_assembly] Asamblea general
    [board] Junta directiva
    [working_group] Grupo de trabajo
    [jury] Jurado
    [valuation_panel] Comisión de valoración
   *[commons_council] Consejo de los comunes
}
bodies-method = { $method ->
    [motion] Moción (sí, no, abstención)
    [consent] Consentimiento (se aprueba salvo objeción)
    [consensus] Consenso (se aprueba salvo bloqueo)
    [approval] Voto por aprobación
    [plurality] Mayoría simple (una opción)
    [score] Voto por puntuación (puntos a cada opción)
    [cumulative] Voto acumulativo (puntos que repartir)
    [borda] Recuento Borda
    [schulze] Método Schulze (por orden)
    [irv] Segunda vuelta instantánea (por orden)
    [stv-scottish] Voto único transferible escocés (por orden, proporcional)
    [seqphragmen] Phragmén secuencial (aprobación, junta proporcional)
    [equal-shares] Método de las partes iguales (aprobación, junta proporcional)
    [pav] Voto por aprobación proporcional (junta)
   *[stv-meek] Voto único transferible de Meek (por orden, proporcional)
}
bodies-state = { $state ->
    [draft] borrador
    [open] abierta
    [closed] cerrada
   *[withdrawn] retirada
}
bodies-result = { $result ->
    [decided] aprobada
   *[failed] rechazada
}
bodies-secrecy = { $secrecy ->
    [open] papeletas públicas
    [anonymous] papeletas anónimas
   *[secret] papeletas secretas con recibo
}
bodies-seats = { $seats ->
    [elected] quienes ocupan un puesto electo cuyo mandato no ha terminado
    [named] las personas que nombra el reglamento
    [admins] las personas administradoras de la organización
   *[all_members] todos los miembros activos de la organización
}
bodies-openers = { $openers ->
    [admins] las personas administradoras de la organización
   *[members] quien forme parte, y las personas administradoras
}
bodies-answer = { $answer ->
    [yes] Sí
    [no] No
    [abstain] Me abstengo
    [consent] Doy mi consentimiento
    [concern] Doy mi consentimiento, con una reserva
    [objection] Me opongo
    [agree] Estoy de acuerdo
    [stand_aside] Me hago a un lado
   *[block] Bloqueo
}
bodies-closes = se cierra { $when }
bodies-no-decision = Ninguna.
bodies-open-decisions = Decisiones abiertas
bodies-drafts = Borradores
bodies-past-decisions = Decisiones pasadas
bodies-members = Quién forma parte
bodies-weight = { $count ->
    [one] { $count } voto
   *[other] { $count } votos
}
bodies-no-member = Nadie forma parte de este órgano todavía.
bodies-rulebook = Reglamento, versión { $version }
bodies-rule-seats = Quién forma parte
bodies-rule-openers = Quién puede abrir una decisión
bodies-rule-method = Método por defecto
bodies-rule-quorum = Quórum
bodies-rule-threshold = Umbral
bodies-abstentions-count = las abstenciones cuentan en la base
bodies-rule-secrecy = Secreto mínimo
bodies-rule-changeable = Una papeleta puede cambiarse hasta el cierre
bodies-yes = sí
bodies-no = no
bodies-rule-weights = Pesos
bodies-weight-cap = { $count ->
    [one] como mucho { $count } voto por miembro
   *[other] como mucho { $count } votos por miembro
}
bodies-versions = Versiones anteriores
bodies-version = Versión { $version }
bodies-draft-title = Preparar una decisión
bodies-field-title = Pregunta o propuesta
bodies-field-description = Detalles
bodies-field-method = Método
bodies-field-options = Opciones
bodies-options-hint = una por línea; ninguna para una moción
bodies-field-seats = Puestos que cubrir
bodies-field-secrecy = Papeletas
bodies-secrecy-default = lo que diga el reglamento
bodies-field-days = Días hasta el cierre
bodies-draft = Guardar el borrador
bodies-sign-in-to-draft = para preparar una decisión, si el reglamento te lo permite.
bodies-decision-of = Decisión { $number } de
bodies-seats-count = { $count ->
    [one] { $count } puesto
   *[other] { $count } puestos
}
bodies-participation = Han votado { $voted } de { $voters }
bodies-options = Opciones
bodies-receipt-title = Tu recibo
bodies-receipt-text = Guarda este código: solo se muestra ahora. Tras el cierre, la decisión publica el SHA-256 de cada recibo, así puedes comprobar que tu papeleta se contó sin que nadie sepa cómo votaste.
bodies-your-ballot = Tu papeleta
bodies-voted = Tu papeleta está registrada. Puedes cambiarla hasta el cierre: cuenta la última.
bodies-reason = Motivo (necesario para una objeción)
bodies-approve-most = { $count ->
    [one] Aprueba como mucho { $count } opción.
   *[other] Aprueba como mucho { $count } opciones.
}
bodies-approve-hint = Aprueba todas las opciones que te parezcan bien.
bodies-rank-hint = Da 1 a tu primera opción, 2 a la siguiente, y así sucesivamente; deja las demás sin puesto.
bodies-unranked = sin puesto
bodies-change-ballot = Cambiar mi papeleta
bodies-cast = Votar
bodies-not-in-electorate = No formas parte del electorado de esta decisión.
bodies-sign-in-to-vote = para votar, si formas parte de este órgano.
bodies-outcome = Resultado
bodies-passed = La propuesta se aprobó.
bodies-not-passed = La propuesta no se aprobó.
bodies-no-winner = No se eligió a nadie.
bodies-chosen = { $count ->
    [one] Elegida:
   *[other] Elegidas:
}
bodies-turnout = Participación: { $turnout } votos de { $electorate }
bodies-explanation = Cómo se contó
bodies-receipts = { $count ->
    [one] { $count } huella de recibo
   *[other] { $count } huellas de recibos
}
bodies-participants = { $count ->
    [one] Votó { $count } persona
   *[other] Votaron { $count } personas
}
bodies-download = Descargar las papeletas anonimizadas
bodies-recount = Recuéntalas tú: { $command }
bodies-ballots-hash = SHA-256 del archivo de papeletas:
bodies-electorate-hash = SHA-256 del electorado congelado:
bodies-manage = Gestionar
bodies-manage-hint = Para quien la preparó y las personas administradoras de la organización.
bodies-open = Abrirla ahora
bodies-close = Cerrarla ahora y contar
bodies-withdraw = Retirarla
bodies-declare = Declarar un órgano
bodies-declare-hint = Para las personas administradoras de la organización. El órgano empieza con las reglas habituales de su tipo; luego su reglamento puede cambiar.
bodies-field-name = Nombre
bodies-field-slug = Dirección
bodies-slug-hint = minúsculas, cifras y guiones
bodies-field-kind = Tipo
bodies-declare-button = Declarar el órgano
bodies-rule-by-decision = El reglamento solo cambia por una decisión del órgano
bodies-proposal = Si esta decisión se aprueba, el órgano adopta un nuevo reglamento:
bodies-decisions-title = Decisiones
bodies-yours = En las que puedes votar
bodies-you-voted = ya votaste
bodies-you-may-vote = puedes votar
bodies-nothing-to-vote = Ninguna decisión abierta espera tu papeleta.
bodies-sign-in-to-see-yours = para ver las decisiones en las que puedes votar.
bodies-older = Decisiones anteriores
bodies-all-decisions = Las decisiones de todos los órganos
bodies-votes = Quién votó qué
bodies-score-hint = { $count ->
    [one] Da a cada opción de 0 a { $count } punto.
   *[other] Da a cada opción de 0 a { $count } puntos.
}
bodies-dots-hint = { $count ->
    [one] Reparte { $count } punto entre las opciones.
   *[other] Reparte hasta { $count } puntos entre las opciones, varios en una si quieres.
}
bodies-field-points = Puntos
bodies-points-hint = para un voto por puntuación, la puntuación máxima (5 si está vacío); para un voto acumulativo, los puntos que reparte cada persona (10 si está vacío)
bodies-proxy-title = Delegar mi voto
bodies-proxy-hint = { $count ->
    [one] Otra persona de esta decisión puede votar por ti; cada una tiene como mucho { $count } delegación. Si votas tú, la delegación se anula.
   *[other] Otra persona de esta decisión puede votar por ti; cada una tiene como mucho { $count } delegaciones. Si votas tú, la delegación se anula.
}
bodies-proxy-field = Su nombre de usuario
bodies-proxy-give = Delegar mi voto
bodies-proxy-with = Tu voto está delegado en @{ $handle }.
bodies-proxy-revoke = Retirar mi delegación
bodies-rule-proxies = Delegaciones
bodies-proxies-count = { $count ->
    [one] cada votante puede tener { $count } delegación
   *[other] cada votante puede tener { $count } delegaciones
}

## The ledger
ledger-treasuries-title = Tesorerías
ledger-treasuries-intro = El dinero a la vista: los saldos, ingresos y gastos de cada tesorería son públicos, hasta el último movimiento.
ledger-treasury-of = Tesorería de { $handle }
ledger-owner = { $kind ->
    [body] órgano
    [person] persona
    [commons] procomún
   *[organization] organización
}
ledger-no-treasury = Todavía no se ha abierto ninguna tesorería.
ledger-stewards = Tesoreros:
ledger-downloads = El libro mayor completo:
ledger-balances = Saldos
ledger-account = Cuenta
ledger-kind = Tipo
ledger-balance = Saldo
ledger-no-negative = nunca en números rojos
ledger-account-kind = { $kind ->
    [asset] activo
    [liability] pasivo
    [income] ingreso
    [expense] gasto
    [equity] patrimonio
   *[external] contraparte
}
ledger-no-account = Todavía no hay cuentas.
ledger-monthly = Ingresos y gastos por mes
ledger-chart-title = Ingresos y gastos por mes, en { $unit }
ledger-income = Ingresos
ledger-expenses = Gastos
ledger-month = Mes
ledger-no-flow = Todavía no ha entrado ni salido nada.
ledger-transactions = Movimientos
ledger-transaction-number = n.º { $number }
ledger-flow = { $flow ->
    [income] ingreso
    [spending] gasto
   *[transfer] traspaso
}
ledger-category = { $category ->
    [donation] donativo
    [sponsorship] patrocinio
    [membership_fee] cuota de socio
    [sale] venta
    [licence_fee] canon de licencia
    [lending_fee] tarifa de préstamo
   *[grant] subvención
}
ledger-reference = Referencia: { $reference }
ledger-earmarked = Destinado a
ledger-reverses = Anula
ledger-reversed-by = Anulado por
ledger-no-transaction = Todavía no hay movimientos.
ledger-treasury = Tesorería
ledger-see-ledger = Todos los movimientos, mes a mes
ledger-seal = Cada movimiento va sellado con el hash SHA-256 del anterior; el último sello:
ledger-verify = comprobar la cadena
ledger-older = Movimientos anteriores

## Préstamos

nav-lending = Préstamos
lending-title = Biblioteca de objetos
lending-intro = Herramientas, vehículos, espacios y máquinas en común: mira cuándo están libres y reserva lo que necesites.
lending-my-reservations = Mis reservas
lending-desk = Mostrador de custodia
lending-search = Nombre, descripción o lugar
lending-kind = Tipo
lending-any-kind = Cualquier tipo
lending-kind-name = { $kind ->
    [tool] Herramienta
    [vehicle] Vehículo
    [space] Espacio
    [machine] Máquina
   *[material] Material
}
lending-none = Todavía no hay nada que pedir prestado.
lending-no-match = No hay coincidencias.
lending-show-all = Mostrar todo
lending-more = Más cosas para pedir prestadas
lending-items = { $count ->
    [one] una unidad
   *[other] { $count } unidades
}
lending-state = { $state ->
    [pending] pendiente de aprobación
    [confirmed] confirmada
    [out] prestada
    [returned] devuelta
    [offered] ofrecida desde la lista de espera
   *[cancelled] cancelada
}
lending-overdue = Con retraso
lending-returned-late = Devuelta con retraso
lending-retired = Retirado
lending-steward = Custodia
lending-place = Dónde
lending-condition = Estado
lending-policy = Cómo pedirlo prestado
lending-policy-min = { $count ->
    [one] al menos un minuto
   *[other] al menos { $count } minutos
}
lending-policy-max = { $count ->
    [one] como mucho un minuto
   *[other] como mucho { $count } minutos
}
lending-policy-horizon = { $count ->
    [one] se reserva con un día de antelación como mucho
   *[other] se reserva con { $count } días de antelación como mucho
}
lending-policy-buffer = { $count ->
    [0] sin pausa entre préstamos
    [one] un minuto de pausa tras cada préstamo
   *[other] { $count } minutos de pausa tras cada préstamo
}
lending-policy-borrowers = { $who ->
    [members] Pueden pedirlo los miembros de la organización que lo custodia.
   *[anyone] Cualquier persona con sesión iniciada puede pedirlo.
}
lending-policy-approval = Quien lo custodia aprueba cada reserva.
lending-policy-automatic = Las reservas se confirman al momento.
lending-calendar = Calendario (canal iCalendar)
lending-place-calendar = Calendario de todo lo que se guarda aquí
lending-upcoming = Próximas reservas
lending-upcoming-none = Todavía no hay reservas: está libre.
lending-book = Reservar
lending-starts = Desde
lending-ends = Hasta
lending-zone = Horas en tu zona horaria ({ $zone }).
lending-quantity = Cuántas
lending-book-button = Reservar
lending-sign-in-to-book = Inicia sesión para reservar
lending-reservation = Reserva
lending-out-note = Estado al prestarlo
lending-return-note = Estado al devolverlo
lending-add-to-calendar = Añadir a mi calendario (.ics)
lending-approve = Aprobar
lending-note = Estado de los objetos
lending-take-back = Recibir de vuelta
lending-hand-over = Entregar
lending-cancel = Cancelar la reserva
lending-mine-none = Todavía no tienes reservas.
lending-browse = Mira lo que puedes pedir prestado
lending-desk-day = El día { $day }, para lo que custodias.
lending-desk-overdue = Con retraso
lending-desk-check-outs = Para entregar hoy
lending-desk-returns = Para recibir hoy
lending-desk-awaiting = Pendientes de tu aprobación
lending-desk-nothing = Nada.

## Budgets

nav-budgets = Presupuestos
budgets-title = Presupuestos participativos
budgets-intro = La ciudad y las asociaciones preguntan a todo el mundo qué construir con una parte de su presupuesto: propuestas, una votación por distrito y para toda la ciudad, y resultados contados con reglas que cualquiera puede comprobar.
budgets-none = Todavía no hay presupuestos participativos.
budgets-imported = Importado
budgets-of = de { $owner }
budgets-more = Más presupuestos
budgets-owned-by = Lo lleva
budgets-until = hasta el { $when }
budgets-see-results = Ver los resultados
budgets-sign-in = Inicia sesión para participar
budgets-members-only = Solo los miembros de @{ $owner } participan en este presupuesto.
budgets-by-census = Abierto a { $count ->
    [one] la persona
   *[other] las { $count } personas
} de su censo, una vez reclamen su entrada con su identificador.
budgets-census-claimed = Reclamaste tu entrada.
budgets-claim = Reclama tu entrada del censo
budgets-claim-field = Tu identificador, tal como lo lista el censo
budgets-claim-hint = Los espacios, puntos, guiones y mayúsculas dan igual. Solo se guarda cifrado.
budgets-claim-button = Reclamar
budgets-census-import = Importar el censo
budgets-census-field = El censo, en CSV
budgets-census-hint = Una cabecera con id y, si los tienes, birth_date (AAAA-MM-DD) y district (el nombre de un apartado); luego una persona por línea. Importarlo otra vez lo sustituye; las reclamaciones de identificadores que sigan en él se mantienen.
budgets-census-button = Importar
budgets-standing = { $why ->
    [voted_on_paper] Tu voto en papel cuenta aquí: no puedes votar en línea en esta partida.
    [citywide] Todo el mundo puede votar aquí: es el apartado de toda la ciudad.
    [own] Tu distrito, según el censo.
    [first] Puedes votar aquí; el primer distrito en que votes cuenta como el tuyo.
    [other] Otro distrito distinto del tuyo.
    [district_rule] No puedes votar aquí: votas en tu distrito y en un número fijo de otros, y ya los has usado.
    [not_in_census] Reclama tu entrada del censo para votar.
    [age_rule] La regla de edad de este presupuesto te deja fuera.
   *[other] No puedes votar aquí.
}
budgets-standing-others = ({ $used } de { $allowed } otros distritos permitidos)
budgets-propose = Proponer un proyecto
budgets-heading = Partida
budgets-project-title = Título
budgets-project-description = Qué es, y por qué
budgets-project-place = Dónde (opcional)
budgets-project-cost = Coste
budgets-cost-hint = Una estimación: cifras, con dos decimales como mucho, por ejemplo 12000 o 12000.50
budgets-propose-button = Proponer
budgets-amount = { $amount } para gastar
budgets-ballots = { $count ->
    [one] una papeleta
   *[other] { $count } papeletas
}
budgets-voted = Tu papeleta está registrada. Puedes cambiarla hasta el cierre de la votación.
budgets-ballot-for = Tu papeleta para { $heading }
budgets-knapsack-hint = Elige proyectos cuyos costes no pasen de { $amount } en total.
budgets-left-to-spend = Queda por gastar: { $amount }
budgets-over-by = Te pasas en { $amount }: quita algún proyecto.
budgets-approval-hint = Elige los proyectos que apoyas.
budgets-least = { $count ->
    [one] Al menos un proyecto.
   *[other] Al menos { $count } proyectos.
}
budgets-most = { $count ->
    [one] Como mucho un proyecto.
   *[other] Como mucho { $count } proyectos.
}
budgets-project-number = n.º { $number }
budgets-change-ballot = Cambiar mi papeleta
budgets-cast = Votar
budgets-no-projects = Todavía no hay proyectos.
budgets-untitled = Proyecto sin título
budgets-rejected = Fuera de la papeleta
budgets-results-of = Resultados: { $heading }
budgets-file = Archivo Pabulib (.pb)
budgets-phases = Fases
budgets-current = en curso
budgets-from = desde el { $when }
budgets-to = hasta el { $when }
budgets-ballot-style = Papeleta
budgets-who = Quién participa
budgets-who-anyone = Cualquier persona con sesión iniciada
budgets-who-members = Los miembros de @{ $owner }
budgets-who-body = Los miembros de
budgets-body-only = Solo participan en este presupuesto quienes forman parte de este órgano:
budgets-rule = Regla de recuento
budgets-move-to = Pasar a la fase
budgets-move = Pasar
budgets-proposed-by = Propuesto por
budgets-progress = Ejecución
budgets-headings = Partidas
budgets-count = Contar
budgets-funded = Proyectos financiados
budgets-funded-count = { $count ->
    [one] un proyecto financiado
   *[other] { $count } proyectos financiados
}
budgets-spent = { $total } gastados
budgets-chart-title = Los votos de cada proyecto; en verde cuando la regla elegida lo financia, un cuadrado lleno cuando lo financia el voraz
budgets-chart-chosen = financiado con { $rule }
budgets-chart-not = no financiado
budgets-chart-greedy = financiado por el voraz (el cuadrado lleno)
budgets-table-caption = Los votos y el coste de cada proyecto, y si cada regla lo financia
budgets-project = Proyecto
budgets-votes = Votos
budgets-yes-funded = Financiado
budgets-my-ballot = Qué hizo mi papeleta
budgets-my-share = Tu parte del presupuesto era { $share }. Pagó:
budgets-my-share-unused = Ninguno de los proyectos que elegiste: sus apoyos, juntos, no podían comprarlos.
budgets-my-left = { $left } de tu parte no se gastaron.
budgets-my-completed = Elegidos por ti y financiados después con lo que sobró del presupuesto:
budgets-my-no-shares = Esta regla no reparte el presupuesto entre quienes votan; esto es lo que fue de tus elecciones.
budgets-my-funded = Financiados:
budgets-my-unfunded = No financiados:
budgets-why-title = Por qué perdieron los demás
budgets-why-supporters = { $count ->
    [one] Su único apoyo
   *[other] Sus { $count } apoyos
}
budgets-why-started = tenían entre todos { $started }. Su dinero fue a:
budgets-why-left = Les quedaban { $left }: menos que su coste, { $cost }.
budgets-why-fit = Cuando llegó su turno, quedaban { $left } del presupuesto: menos que su coste, { $cost }.
budgets-why-no-votes = Nadie lo eligió.
budgets-why-not-reached = La regla se detuvo antes de su turno.
budgets-explanation-json = El recuento paso a paso (JSON)
budgets-phase-name = { $phase ->
    [drafting] Preparación
    [informing] Información
    [accepting_proposals] Recepción de propuestas
    [reviewing] Revisión de propuestas
    [supporting] Apoyos
    [valuating] Evaluación
    [publishing_prices] Publicación de costes
    [balloting] Votación
    [reviewing_ballots] Revisión de papeletas
    [results] Resultados
    [implementation] Ejecución
   *[finished] Terminado
}
budgets-now = { $phase ->
    [drafting] El presupuesto se está preparando.
    [informing] Infórmate del presupuesto y de sus reglas antes de que se abran las propuestas.
    [accepting_proposals] Propón proyectos para tu distrito o para toda la ciudad.
    [reviewing] Se revisan las propuestas; las que quedan fuera de la papeleta dicen por qué.
    [supporting] Apoya las propuestas que quieras ver en la papeleta.
    [valuating] Un comité comprueba la viabilidad y el coste de cada proyecto.
    [publishing_prices] Se publican los costes de los proyectos de la papeleta.
    [balloting] Vota: elige proyectos en cada partida. Puedes cambiar tu papeleta hasta el cierre.
    [reviewing_ballots] Se revisan las papeletas.
    [results] Ya hay resultados: mira qué se financia y por qué.
    [implementation] Los proyectos financiados se están ejecutando.
   *[finished] Este presupuesto ha terminado: mira sus resultados.
}
budgets-rule-name = { $rule ->
    [greedy_cost] Voraz (los más votados primero)
    [greedy_cardinality] Voraz (votos por coste)
    [mes_cost] Partes iguales
    [mes_cardinality] Partes iguales (por número)
    [mes_cost_irresolute] Partes iguales, todos los empates
    [mes_cost_greedy_completion] Partes iguales, luego voraz
    [mes_cost_exhaustion] Partes iguales, presupuesto aumentado hasta agotarse
    [mes_cost_add1] Partes iguales con add1
    [mes_cost_add1_greedy_completion] Partes iguales con add1, luego voraz
   *[phragmen] Phragmén secuencial
}
budgets-style-name = { $style ->
    [approval] Aprobación: elige los proyectos que apoyas
    [points] Puntos: reparte tus puntos entre los proyectos que apoyas
    [ranked] Clasificación: ordena los proyectos que apoyas
   *[knapsack] Mochila: elige proyectos hasta el importe de la partida
}
budgets-progress-status = { $status ->
    [not_started] Sin empezar
    [under_way] En curso
    [done] Terminado
   *[cancelled] Cancelado
}
budgets-supports = Apoyos
budgets-support = Apoyar este proyecto
budgets-milestones = Hitos
budgets-milestone-link = Fotos y documentos
budgets-record-progress = Registrar la ejecución
budgets-percent = Porcentaje ejecutado
budgets-milestone-new = Un hito (opcional)
budgets-milestone-on = Día
budgets-record = Registrar
budgets-paper = Registrar papeletas en papel
budgets-paper-field = Las papeletas en papel
budgets-paper-hint = Un CSV cuya cabecera nombra sus columnas: vote (números de proyecto separados por ;) y, si se quiere, voter (un identificador del censo o @usuario), station, ballot (el número de serie de la papeleta), declared (el recuento del acta); o una papeleta por línea, por ejemplo 1,4,7
budgets-paper-record = Registrarlas
budgets-paper-station = Mesa electoral
budgets-paper-declared = Papeletas según su acta
budgets-paper-declared-hint = Déjalo vacío si la mesa no envió acta
budgets-paper-accept = Registrarlas aunque el recuento difiera del acta
budgets-paper-reason = Por qué se acepta la diferencia
budgets-paper-report = Papeletas en papel conciliadas
budgets-paper-of = Papeletas en papel de { $heading }, por mesa
budgets-paper-totals = { $read } leídas, { $recorded } contadas, { $aside } apartadas
budgets-paper-station-col = Mesa
budgets-paper-declared-col = Declaradas
budgets-paper-read-col = Leídas
budgets-paper-recorded-col = Contadas
budgets-paper-aside-col = Apartadas
budgets-paper-no-station = (sin mesa)
budgets-paper-voted-online = { $count ->
    [one] una persona votó en línea
   *[other] { $count } personas votaron en línea
}
budgets-paper-twice = { $count ->
    [one] una persona ya había votado en papel
   *[other] { $count } personas ya habían votado en papel
}
budgets-paper-district-rule = { $count ->
    [one] una persona superaba la regla de distritos
   *[other] { $count } personas superaban la regla de distritos
}
budgets-paper-mismatch = Acta { $declared }, leídas { $read }: lo aceptó { $who }:

# Las cláusulas de la coalición (una determinación las nombra por su identificador).
clause-ppl-1-grant-title = Concesión de la licencia
clause-ppl-1-grant-text = Cualquiera puede copiar, compartir, representar y adaptar la obra, para cualquier fin que no sea comercial. El uso comercial solo se permite como dicen las cláusulas 1c y 1d.
clause-ppl-1a-same-licence-title = Copias bajo esta licencia
clause-ppl-1a-same-licence-text = Quien comparte la obra la comparte bajo esta licencia, con su texto o su dirección, y no puede añadir condiciones que restrinjan lo que la licencia concede.
clause-ppl-1b-share-alike-title = Compartir igual
clause-ppl-1b-share-alike-text = Las adaptaciones de la obra se comparten bajo esta licencia, o una versión posterior, en las mismas condiciones.
clause-ppl-1c-commercial-worker-owned-title = Uso comercial por empresas de sus trabajadores
clause-ppl-1c-commercial-worker-owned-text = La obra solo puede usarse comercialmente por una empresa o un colectivo propiedad de sus trabajadores, y solo si todas las ganancias, excedentes, beneficios y provechos que produce se reparten entre sus trabajadores-propietarios.
clause-ppl-1d-commercial-waged-labour-title = Ningún uso para lucrarse del trabajo asalariado
clause-ppl-1d-commercial-waged-labour-text = Una empresa de propiedad y gestión privadas, que busca lucrarse con el trabajo de empleados pagados con un salario u otras remuneraciones, no puede usar la obra bajo esta licencia.
clause-ppl-1e-attribution-title = Atribución
clause-ppl-1e-attribution-text = Quien comparte la obra o una adaptación mantiene intactos sus avisos de derechos de autor y cita a sus autores como piden, con el título y la dirección de la obra.
clause-ppl-2-separate-licence-title = Una licencia aparte
clause-ppl-2-separate-licence-text = Quienes esta licencia no autoriza pueden pedir a los titulares de la obra una licencia aparte, en otras condiciones; esta no la concede.
clause-ppl-3-termination-title = Terminación
clause-ppl-3-termination-text = Los derechos que esta licencia concede terminan por sí solos para quien incumple sus condiciones.
clause-copyfair-1-grant-title = Compartir libremente
clause-copyfair-1-grant-text = Cualquiera puede copiar, compartir, estudiar y adaptar el común para fines no comerciales, sin pedir permiso y sin pagar.
clause-copyfair-2-commons-based-title = Uso comercial por empresas del procomún
clause-copyfair-2-commons-based-text = Las cooperativas, las empresas de sus trabajadores que reparten entre ellos sus excedentes, las phyles, las asociaciones de interés general y los organismos públicos usan comercialmente el común sin cuota.
clause-copyfair-3-reciprocity-title = Reciprocidad de los demás usuarios comerciales
clause-copyfair-3-reciprocity-text = Cualquier otro uso comercial pide reciprocidad: la cuota que los mantenedores del común declararon en su tarifa, por cada periodo de uso.
clause-copyfair-4-credit-title = Lo devuelto cuenta
clause-copyfair-4-credit-text = Lo que el usuario dio al común en el periodo (contribuciones aceptadas por sus mantenedores y horas de trabajo registradas, por sus miembros o empleados, y dinero aportado) se descuenta de la cuota según las tasas declaradas. Ninguna cuota es menor que cero.
clause-copyfair-5-contributors-title = Quien contribuye lo usa libremente
clause-copyfair-5-contributors-text = Una persona que contribuyó al común en el periodo, y cuya contribución fue aceptada, lo usa comercialmente sin cuota.
clause-copyfair-6-attribution-share-alike-title = Atribución y compartir igual
clause-copyfair-6-attribution-share-alike-text = Quien usa el común cita a quienes contribuyeron y comparte sus adaptaciones en las mismas condiciones.
clause-copyfair-7-termination-title = Terminación
clause-copyfair-7-termination-text = Un uso que incumple estas condiciones, o una cuota sin pagar, pone fin a la autorización.
clause-copyfair-8-agreement-title = Un acuerdo con los mantenedores
clause-copyfair-8-agreement-text = Mientras los mantenedores no declaren una tarifa, los usuarios comerciales que no son empresas del procomún ni contribuyentes acuerdan su reciprocidad directamente con ellos.
clause-spdx-open-licence-title = Una licencia abierta
clause-spdx-open-licence-text = El común se comparte bajo { $licence }, que permite su uso, también comercial, en las condiciones propias de esa licencia.
clause-spdx-non-commercial-only-title = Solo uso no comercial
clause-spdx-non-commercial-only-text = { $licence } solo permite el uso no comercial: el uso comercial no está permitido bajo ella.
clause-spdx-terms-title = Las condiciones de la licencia
clause-spdx-terms-text = El uso sigue las condiciones de { $licence }: mantener sus avisos, citar a los autores y compartir igual donde lo diga.
clause-spdx-separate-licence-title = Una licencia aparte
clause-spdx-separate-licence-text = Los usuarios comerciales pueden pedir a los titulares de la obra una licencia aparte.
clause-spdx-termination-title = Terminación
clause-spdx-termination-text = Quien incumple las condiciones de { $licence } pierde los derechos que concede, como dice la licencia.
clause-custom-text-title = La licencia propia del común
clause-custom-text-text = { $title }: deciden las condiciones que escribieron sus mantenedores, tal como aparecen en esta página.
clause-custom-commercial-permitted-title = Uso comercial permitido
clause-custom-commercial-permitted-text = La licencia de los mantenedores permite el uso comercial en sus condiciones.
clause-custom-commercial-commons-based-title = Uso comercial solo para empresas del procomún
clause-custom-commercial-commons-based-text = La licencia de los mantenedores solo permite el uso comercial a cooperativas, empresas de sus trabajadores que reparten entre ellos sus excedentes, phyles, asociaciones de interés general y organismos públicos.
clause-custom-commercial-separate-agreement-title = Uso comercial con acuerdo
clause-custom-commercial-separate-agreement-text = La licencia de los mantenedores no permite ningún uso comercial sin un acuerdo aparte con ellos.
clause-custom-termination-title = Terminación
clause-custom-termination-text = Quien incumple las condiciones de la licencia de los mantenedores pierde la autorización que daba.

# Los resultados de una determinación.
coalition-outcome-permitted-non-commercial = Permitido: el uso no es comercial
coalition-outcome-permitted-commons-based = Permitido: uso comercial del procomún
coalition-outcome-permitted-reciprocity-met = Permitido: reciprocidad cumplida
coalition-outcome-permitted-with-fee = Permitido con una cuota
coalition-outcome-not-permitted = No permitido bajo esta licencia
coalition-outcome-needs-evidence = Se piden pruebas
coalition-outcome-terminated = Terminado por incumplimiento

# Las páginas de la coalición: políticas de licencia y determinaciones.
coalition-panel-title = Licencia y reciprocidad
coalition-policy-name = { $policy ->
    [ppl] Peer Production License
    [copyfair] CopyFair
    [custom] Una licencia propia
   *[spdx] Una licencia abierta
}
coalition-panel-ask = ¿Usar este común comercialmente?
coalition-panel-policy = Su licencia, cláusula por cláusula
coalition-panel-determinations = Quién preguntó y qué se le respondió
coalition-use-name = { $use ->
    [commercial] Comercial
   *[non_commercial] No comercial
}
coalition-expired-short = vencida
coalition-list-title = Determinaciones sobre { $commons }
coalition-list-none = Nadie ha preguntado todavía.
coalition-more = Más
coalition-determination-title = ¿Pueden usar { $commons }?
coalition-asked-by = Preguntado por
coalition-on-behalf-of = en nombre de
coalition-use = Uso
coalition-policy = Política
coalition-decided = Decidido
coalition-holds-until = Vale hasta
coalition-expired = Vencida: vuelve a preguntar.
coalition-clauses-decided = Las cláusulas que decidieron
coalition-missing = Aún falta para decidir
coalition-contradictions = Contradicho por lo que esta instancia sabe
coalition-contradiction = { $fact }: declarado { $declared }, pero { $known_fact } es { $known }
coalition-facts = Los hechos considerados
coalition-facts-none = No hacía falta ningún hecho.
coalition-source-declared = declarado
coalition-source-instance = conocido por esta instancia
coalition-reciprocity = Reciprocidad
coalition-fee-gross = La cuota de la tarifa
coalition-fee-credit = Crédito por lo devuelto
coalition-fee-owed = Cuota debida
coalition-fee-nothing = Nada: lo devuelto la cubre
coalition-fee-period = Para el periodo
coalition-fee-payee = Se paga a la tesorería
coalition-conditions = En estas condiciones
coalition-way-forward = El camino a seguir
coalition-ask-again = Volver a preguntar
coalition-ask-title = ¿Puedes usar { $commons }?
coalition-ask-intro = Di para qué lo usarías y, para un uso comercial, los hechos que su licencia considera. Esta instancia añade lo que sabe: el tipo y los miembros de tu organización, y lo que dieron al común en el periodo.
coalition-ask-organization = En nombre de la organización (su identificador; déjalo vacío para preguntar por ti)
coalition-ask-facts = Deja un hecho sin decir cuando esta instancia lo conoce o la licencia no lo necesita: la respuesta nombra lo que falta.
coalition-fact = { $fact ->
    [organization_kind] Tipo de organización
    [worker_owned] Propiedad de quienes trabajan en ella
    [surplus_to_workers] Todos sus excedentes repartidos entre sus trabajadores-propietarios
    [waged_labour] Emplea asalariados que no son sus propietarios
    [revenue] Ingresos por el uso en el periodo
    [units] Unidades producidas o vendidas con el común en el periodo
    [accepted_contributions] Contribuciones aceptadas en el periodo
    [hours_of_work] Horas de trabajo aceptadas en el periodo
    [paid_in] Dinero aportado al común en el periodo
    [breach] Derechos terminados por incumplimiento
   *[other] { $fact }
}
coalition-not-said = Sin decir
coalition-yes = Sí
coalition-no = No
coalition-hours = { $hours } h
coalition-revenue-example = 18000.00 EUR
coalition-ask-submit = Preguntar
coalition-sign-in-to-ask = Inicia sesión para preguntar
coalition-policy-title = La política de licencia de { $commons }
coalition-policy-set-by = Fijada por @{ $who }, { $when }.
coalition-policy-follows-licence = Sus mantenedores no fijaron ninguna política: sigue la licencia del común.
coalition-fee-schedule = Tarifa
coalition-fee-none = Aún no se declaró ninguna tarifa: los usuarios comerciales que deben reciprocidad la acuerdan con los mantenedores.
coalition-fee-flat = { $amount } por cada periodo
coalition-fee-per-unit = { $amount } por { $unit }
coalition-fee-revenue-share = { $share } de los ingresos declarados por el uso
coalition-credit = Menos { $contribution } por contribución aceptada y { $hour } por hora de trabajo aceptada en el periodo, y el dinero aportado.
coalition-period = { $count ->
    [one] Un periodo de un día.
   *[other] Un periodo de { $count } días.
}
coalition-clauses = Sus cláusulas
coalition-recent = Últimas determinaciones
coalition-set-title = Fijar la política de licencia
coalition-set-spdx = Para una licencia abierta
coalition-set-expression = Expresión SPDX
coalition-set-copyfair = Para CopyFair
coalition-schedule-name = { $schedule ->
    [flat] La misma cuota por cada periodo
    [per_unit] Un precio por unidad
   *[revenue_share] Una parte de los ingresos
}
coalition-set-basis-points = Parte en puntos básicos (300 es el 3 %)
coalition-set-currency = Moneda de la parte
coalition-set-amount = Cuota o precio por unidad, con su moneda
coalition-set-unit-name = Qué es una unidad
coalition-set-per-contribution = Crédito por contribución aceptada
coalition-set-per-hour = Crédito por hora de trabajo
coalition-set-period = Periodo en días (365 si está vacío)
coalition-set-custom = Para una licencia propia
coalition-set-custom-title = Título
coalition-set-custom-text = Texto
coalition-set-commercial = Uso comercial
coalition-commercial-name = { $rule ->
    [permitted] Permitido
    [separate_agreement] Solo con un acuerdo aparte
   *[commons_based_only] Solo para empresas del procomún
}
coalition-set-submit = Fijar la política
coalition-terminated-title = Estos derechos terminaron por un incumplimiento
coalition-terminated-by = Terminados por @{ $who }, { $when }. Para quien se pidieron recibe desde entonces la respuesta «terminado» sobre este común.
coalition-terminate-title = Terminar estos derechos por un incumplimiento
coalition-terminate-intro = Como mantenedor puedes terminar lo que esta respuesta permitía, diciendo qué se incumplió. La organización o la persona para quien se pidió recibe entonces la respuesta «terminado» sobre este común.
coalition-terminate-reason = Qué se incumplió
coalition-terminate-submit = Terminar estos derechos
coalition-changed = Desde esta respuesta cambiaron { $what }: puede que ya no valga.
coalition-changed-what = { $what ->
    [organization_kind] el tipo de la organización
   *[members] sus miembros
}
coalition-no-longer-current = ya no vigente
coalition-panel-paid = Quién lo paga
coalition-paid-title = Quién paga por { $commons }
coalition-paid-intro = Cada contribución aceptada por sus mantenedores, y cada hora de trabajo aceptada, contada como hecha con paga, como voluntario o desconocida, según lo que su autor declaró de las organizaciones con las que trabaja el día de la aceptación.
coalition-paid-summary = { $count ->
    [0] Ninguna contribución aceptada todavía.
    [one] Una contribución aceptada: { $paid } pagada, { $volunteer } voluntaria, { $unknown } desconocida.
   *[other] { $count } contribuciones aceptadas: { $paid } pagadas, { $volunteer } voluntarias, { $unknown } desconocidas.
}
coalition-paid-chart = Contribuciones aceptadas cada mes, pagadas, voluntarias y desconocidas
coalition-paid-paid = Pagado
coalition-paid-volunteer = Voluntario
coalition-paid-unknown = Desconocido
coalition-paid-by-month = Contribuciones aceptadas (parte) y horas, pagadas / voluntarias / desconocidas, por mes
coalition-paid-month = Mes
coalition-paid-hours = Horas
coalition-paid-all = Total
coalition-paid-by-organization = Por organización: el trabajo de sus afiliados
coalition-paid-organization = Organización
coalition-declare-title = Declara con quién trabajas
coalition-declare-intro = Dicho públicamente, como hacen las tablas de gitdm: la organización, de qué día a qué día, y si te pagan por este trabajo.
coalition-declare-organization = Organización (su identificador)
coalition-declare-from = Desde
coalition-declare-until = Hasta (vacío: todavía)
coalition-declare-paid = Con paga por este trabajo
coalition-declare-scope = Para
coalition-declare-scope-this = el trabajo en { $commons }
coalition-declare-scope-any = el trabajo en cualquier común
coalition-declare-submit = Declarar
coalition-affiliations-title = Afiliaciones
coalition-affiliation-ongoing = en curso
coalition-affiliation-withdraw = Retirar

## Repartos entre los contribuyentes

ledger-distributions = Repartos entre los contribuyentes
ledger-distributions-intro = La tesorería de un procomún devuelve dinero a las personas cuyas contribuciones aceptó el procomún. Un administrador ve de antemano cómo se repartiría un importe según una regla, cada parte con las contribuciones que la justifican; una vez asentado, lo que se debe a cada cual entra en el libro mayor, en un solo movimiento.
ledger-no-distribution = Todavía no hay repartos.
ledger-distribution-number = Reparto n.º { $number }
ledger-distribution-state = { $state ->
    [previewed] vista previa, sin asentar
    [posted] asentado
   *[discarded] descartado
}
ledger-policy = { $policy ->
    [peer] Entre pares (puntos de las demás personas que contribuyen)
    [equal] Partes iguales
    [hours] Según las horas de trabajo aceptadas
    [equation] Según una ecuación de valor
   *[credrank] Según el crédito de contribución (CredRank)
}
ledger-policy-label = Regla
ledger-policy-help = Partes iguales: quien tiene una contribución aceptada en el periodo recibe lo mismo. Según las horas: en proporción a los minutos de los registros de trabajo aceptados. Según el crédito de contribución: en proporción al crédito que va de cada contribución aceptada a su autor y, en menor medida, a los mantenedores que la aceptaron. Según una ecuación de valor: la ecuación de la tesorería (sus compartimentos y reglas) reparte el importe, y cada parte dice qué compartimento pagó qué. Entre pares: en proporción a los puntos que cada persona recibió de las demás en una ronda cerrada (vea las rondas).
ledger-recipients = { $count ->
    [one] un contribuyente
   *[other] { $count } contribuyentes
}
ledger-preview-title = Vista previa de un reparto
ledger-amount = Importe
ledger-unit = Unidad
ledger-since = Primer día contado (opcional)
ledger-until = Último día contado (opcional)
ledger-memo = Nota (opcional)
ledger-preview = Ver las partes
ledger-distribution-period = Contribuciones aceptadas del { $since } al { $until }
ledger-previewed-by = Preparado por
ledger-decided-by = decidido por
ledger-posted-as = Asentado como movimiento
ledger-shares = Partes
ledger-shares-chart = La parte de cada contribuyente, en { $unit }
ledger-recipient = Contribuyente
ledger-share = Parte
ledger-weight = Peso
ledger-contributions = Contribuciones
ledger-post-hint = Asentarlo lleva el importe entero a la cuenta { $account } y lo que se debe a cada contribuyente a una cuenta a su nombre, en un solo movimiento. Solo una anulación lo deshace.
ledger-post = Asentar en el libro mayor
ledger-discard = Descartar
ledger-distribution-decisions = Aprobaciones y objeciones
ledger-no-approval = Ningún administrador lo ha aprobado todavía.
ledger-approve-reason = Motivo (opcional)
ledger-distribution-waits = Se asienta cuando lo hayan aprobado tantos administradores como pide la regla de la tesorería, mientras no haya ninguna objeción en pie.
ledger-you-approved = Usted lo aprobó.
ledger-paid-back = Repartos recibidos
ledger-paid-back-intro = Partes del dinero de los procomunes a los que esta persona contribuyó.
ledger-owed = Todavía debido por { $treasury }: { $amount }

## Gastos

ledger-expenses-title = Gastos
ledger-expenses-intro = Cualquier persona que haya iniciado sesión puede pedir a la tesorería que pague un gasto, con su justificante. Tantos administradores como pida la regla de la tesorería deben aprobarlo — nunca quien lo presentó — antes de que un administrador lo pague; un rechazo siempre dice por qué.
ledger-no-expense = Todavía no hay gastos.
ledger-expense-number = Gasto n.º { $number }
ledger-expense-state = { $state ->
    [submitted] pendiente de aprobación
    [approved] aprobado, por pagar
    [paid] pagado
    [rejected] rechazado
    [draft] borrador
    [incomplete] a la espera de más datos de su autor
    [scheduled] programado para el pago
    [spam] spam
   *[canceled] retirado
}
ledger-expense-to = A pagar a { $payee }
ledger-expense-approvals = { $approvals } de { $needed } aprobaciones
ledger-submit-expense = Presentar un gasto
ledger-expense-title-label = Para qué fue
ledger-payee = A quién hay que pagar
ledger-payout = Cómo pagarle (solo lo ven los administradores)
ledger-description = Detalles (opcional)
ledger-receipt = Justificante
ledger-receipt-private = Reservar el justificante a los administradores, porque (opcional)
ledger-receipt-kept = Solo lo ven los administradores y quien lo presentó: { $reason }
ledger-sign-in-to-submit = Inicie sesión para presentar un gasto
ledger-expense-decisions = Aprobaciones y rechazos
ledger-verdict = { $verdict ->
    [approve] aprobó
   *[reject] rechazó
}
ledger-no-verdict = Ningún administrador ha decidido todavía.
ledger-approve = Aprobar
ledger-reject = Rechazar
ledger-pay-from = Pagar desde
ledger-pay = Pagar y asentar el gasto
ledger-withdraw = Retirar mi gasto
ledger-save-draft = Guardar como borrador
ledger-draft-note = Un borrador: visible para todos, nadie lo decide hasta que su autor lo presente.
ledger-incomplete-note = Un administrador pidió más datos (vea el historial abajo): su autor lo modifica y lo vuelve a presentar.
ledger-submit-draft = Presentarlo a los administradores
ledger-edit-expense = Modificar el gasto
ledger-save-changes = Guardar los cambios
ledger-receipt-replace = Un nuevo justificante, en lugar del adjunto (opcional)
ledger-decide-reason = Motivo (obligatorio para rechazar, pedir más datos o marcar como spam)
ledger-spam-reason = Por qué es spam
ledger-ask-more = Pedir más datos
ledger-mark-spam = Marcar como spam
ledger-schedule-on = Pagar el
ledger-schedule = Programar el pago
ledger-scheduled-for = Pago programado para el { $day }
ledger-consent-ends = Esta tesorería aprueba por consentimiento: aprobado el { $day } salvo que quede en pie la objeción de un administrador.
ledger-objections = Objeciones
ledger-no-objection = Ningún administrador se opone.
ledger-objection-withdrawn = retirada
ledger-object-reason = Por qué se opone
ledger-object = Oponerse
ledger-withdraw-objection = Retirar mi objeción
ledger-steps = Historial
ledger-by-consent = por consentimiento
ledger-see-expenses = Gastos
ledger-receipt-hash = Huella SHA-256:
ledger-held = { $amount } reservados
ledger-holds = Dinero apartado
ledger-holds-intro = Reservas pendientes: fianzas, compromisos y pagos prometidos pero aún no hechos. Cada una cuenta contra su cuenta hasta que se asienta, se anula o vence.
ledger-hold-number = Reserva n.º { $number }
ledger-hold-expires = Vence { $when }
ledger-statements = Balance y cuenta de resultados
ledger-statements-of = Estados de { $handle }
ledger-back-to-treasury = Volver al libro de la tesorería
ledger-period-from = Desde
ledger-period-to = Hasta
ledger-period-show = Mostrar
ledger-statements-intro = Sumas de los movimientos del libro, anotados en los días indicados: el balance al final del último día, la cuenta de resultados de todo el periodo.
ledger-balance-sheet = Balance al final del { $day }
ledger-assets = Lo que tiene
ledger-total-assets = Total que tiene
ledger-liabilities = Lo que debe, y de quién es
ledger-surplus = Excedente que dejaron los ingresos y gastos hasta ahora
ledger-total-right = Total debido y excedente
ledger-income-statement = Cuenta de resultados, del { $from } al { $to }
ledger-total-income = Total de ingresos
ledger-total-expenses = Total de gastos
ledger-net = Ingresos menos gastos
ledger-statements-empty = No se anotó ningún movimiento hasta este día.
ledger-journal-seal = Su último movimiento es el evento { $seq } del diario público, cuyo hash acumulado sella todo lo escrito antes:
ledger-journal-head = el hash más reciente del diario

## Bodies: spending limits and payments authorised by a decision
bodies-rule-spending-limit = Límite de gasto
bodies-spending-limit-hint = Un pago de la tesorería de la organización por encima de este importe necesita una decisión de este órgano.
bodies-payment = Pago que autoriza
bodies-authorises = Pagar el gasto { $expense } de la tesorería { $treasury }: { $amount }.
bodies-see-expense = Ver el gasto
bodies-payment-authorised = Pago autorizado
bodies-payment-if-passed = El pago queda autorizado si la moción se aprueba.
bodies-pay-legend = Autorizar un pago (solo mociones)
bodies-pay-hint = Rellena estos campos si la moción autoriza pagar un gasto de la tesorería de la organización; si no, déjalos vacíos.
bodies-field-pay-treasury = Tesorería (su identificador)
bodies-field-pay-expense = Número del gasto
bodies-field-amount = Importe
bodies-field-currency = Moneda (EUR, USD…)
bodies-limit-hint = Un pago de la tesorería de la organización por encima de este importe necesitará una decisión de este órgano. Deja ambos campos vacíos para no tener límite. Esto escribe una nueva versión del reglamento.
bodies-field-note = Por qué (una nota sobre la nueva versión)
bodies-rulebook-save = Escribir la nueva versión
ledger-limit-waits = Por encima del límite de { $limit } que fijó { $body }: solo se paga cuando una decisión de { $body } lo autoriza.
ledger-limit-authorised = Por encima del límite de { $limit } que fijó { $body }, y autorizado por su decisión:
ledger-limit-decision = la decisión
ledger-budget-lines = Partidas presupuestarias
ledger-budget-lines-intro = Lo que los administradores previeron gastar en cada cosa durante un periodo, frente a los gastos imputados: pagados, aprobados pero aún no pagados, y lo que queda.
ledger-line = Partida
ledger-line-planned = Previsto
ledger-line-committed = Aprobado, por pagar
ledger-line-spent = Pagado
ledger-line-left = Queda
ledger-line-source = de dónde viene la previsión
ledger-spending = Gasto frente al precio
ledger-spending-intro = La línea presupuestaria que una tesorería previó para este proyecto a su precio, frente a los gastos aprobados y pagados en ella.
ledger-spending-treasury = Gastos de { $handle }
ledger-spending-none = Todavía no se ha aprobado ni pagado nada en esta línea.
ledger-no-line = ninguna
ledger-line-of-expense = En la partida
ledger-line-over = Su aprobación pasó la partida de lo previsto en { $over }.

## Mantenimiento del préstamo: bloqueos, averías, planes, formaciones, disponibilidad
lending-policy-training = Solo quien tiene la formación puede reservarlo.
lending-training-needed = Para reservarlo hace falta una formación: pídesela a su responsable { $steward }, que la registra aquí.
lending-trained-until = Tienes la formación hasta el { $until }.
lending-blocks = Mantenimiento y averías
lending-block-maintenance = Mantenimiento
lending-block-breakdown = Averiado
lending-block-until-repaired = hasta su reparación
lending-block-repaired = Reparado: de vuelta en el lote
lending-block-end = Terminar el mantenimiento
lending-block-form = Bloquear por mantenimiento
lending-block-reason = Para qué
lending-block-button = Bloquear estas unidades
lending-breakdown-form = Informar de una avería
lending-breakdown-help = Las unidades averiadas salen del lote hasta su reparación. Las reservas que ya no caben pasan al siguiente hueco libre del lote, o se cancelan; se avisa a quienes las hicieron.
lending-breakdown-button = Informar de la avería
lending-plan = Plan de mantenimiento
lending-plan-help = Se pone un bloqueo de una unidad en una salida o una devolución cuando han pasado los días o los préstamos, lo primero que llegue.
lending-plan-days = Cada (días)
lending-plan-uses = Cada (préstamos devueltos)
lending-plan-minutes = Duración de cada bloqueo (minutos)
lending-plan-button = Guardar el plan
lending-trainings = Personas formadas
lending-trainings-none = Nadie tiene todavía la formación.
lending-training-until = hasta el { $until }
lending-training-form = Registrar una formación
lending-training-person = Persona (identificador)
lending-training-expires = Válida hasta el
lending-training-button = Registrar la formación
lending-available = Encontrar lo que está libre
lending-available-button = Buscar
lending-available-found = Libre en ese periodo
lending-available-none = Nada que coincida está libre en ese periodo: prueba otras horas o menos unidades.
lending-free = { $count ->
    [one] una libre
   *[other] { $count } libres
}
lending-notices = Qué ha pasado con tus reservas
lending-notice-moved = una avería movió tu reserva del { $was } al { $now }.
lending-notice-cancelled = una avería canceló tu reserva del { $was }: no había otro hueco libre.
lending-new = Poner algo en préstamo
lending-new-intro = Di qué es, dónde encontrarlo, cuántas unidades hay y cómo se presta. Eres responsable tú, o una organización que administras.
lending-new-button = Poner en préstamo
lending-field-name = Nombre
lending-field-description = Descripción
lending-field-quantity = Cuántas unidades idénticas
lending-field-yourself = Tú
lending-field-min = Reserva más corta (minutos)
lending-field-max = Reserva más larga (minutos)
lending-field-horizon = Con cuántos días de antelación se puede reservar
lending-field-buffer = Margen tras cada reserva (minutos)
lending-field-borrowers = Quién puede tomar prestado
lending-policy-edit = Cómo se presta
lending-policy-button = Guardar las reglas
lending-training-class = Para cada «{ $kind }» que presta este responsable
lending-training-class-of = cada «{ $kind }» de este responsable

## Bodies: elected seats and elections with nominations
bodies-elected-seats = { $count } puestos, mandatos de { $days } días
bodies-seat-holders = Puestos electos
bodies-seat-until = hasta el { $when }
bodies-no-seat-holder = Nadie ocupa aún un puesto: los da una elección que cubre estos puestos.
bodies-election-legend = Una elección que cubre puestos electos (opcional)
bodies-election-hint = Da la dirección de un órgano con puestos electos (este u otro de la organización): sus candidaturas se proponen antes de abrirla, y quienes ganen ocupan los puestos.
bodies-field-fills = Puestos del órgano (su dirección)
bodies-field-nominations-days = Las candidaturas cierran en (días)
bodies-election-fills = Esta elección cubre los puestos de
bodies-nominations-close = Las candidaturas cierran { $when }.
bodies-nominations-closed = Las candidaturas están cerradas.
bodies-candidates = Candidaturas
bodies-no-candidate = Nadie ha sido propuesto aún.
bodies-nominated-by = propuesto por
bodies-candidate-state = { $state ->
    [pending] aún no ha respondido
    [declined] ha rehusado
   *[accepted] se presenta
}
bodies-nominate-title = Proponer a un miembro
bodies-nominate-hint = Proponte (tu identificador) o propón a otro miembro de la organización, que luego debe aceptar.
bodies-field-candidate = Identificador del miembro
bodies-field-statement = Declaración
bodies-nominate = Proponer
bodies-your-nomination = Te han propuesto. ¿Te presentas?
bodies-accept = Me presento
bodies-decline = Rehúso

## Bodies: the private feed of the decisions one can take part in
bodies-feed-title = Decisiones en las que puedo participar
bodies-feed-status = { $status ->
    [closing] Cierra pronto
    [decided] Decidida
   *[open] Abierta
}
bodies-feed-heading = Tu canal privado
bodies-feed-hint = Un lector de canales sigue las decisiones en las que puedes votar (abiertas, a punto de cerrar, decididas) en una dirección secreta. Quien tenga la dirección ve la lista: guárdala para ti; crear una nueva anula la anterior.
bodies-feed-fresh = Esta es la dirección de tu canal. Solo se muestra esta vez: cópiala ahora en tu lector de canales.
bodies-feed-made = La dirección de tu canal se creó { $when }.
bodies-feed-make = Crear la dirección de mi canal
bodies-feed-rotate = Sustituir la dirección de mi canal

# Lo que se debe a los comunes: tarifas aceptadas, compromisos de las filés, pagos.
coalition-panel-dues = Lo que se le debe
coalition-dues-title = Lo que se debe a { $commons }
coalition-dues-determinations = Determinaciones
coalition-dues-intro = Las tarifas de licencia que aceptaron los licenciatarios y las partes del excedente que comprometieron las filés. Cada una se asienta en la tesorería del común cuando se debe; cuando una administradora la registra como pagada, se prepara un reparto entre los contribuyentes.
coalition-dues-none = Todavía no se debe nada a este común.
coalition-dues-owed-count = { $count ->
    [one] Todavía se debe una suma.
   *[other] Todavía se deben { $count } sumas.
}
coalition-dues-all = Todas las sumas debidas
coalition-due-title = Suma debida n.º { $number } a { $commons }
coalition-due-party = La debe
coalition-due-kind = Qué es
coalition-due-kind-name = { $kind ->
    [pledge] Parte comprometida del excedente
   *[other] Tarifa de licencia
}
coalition-due-period = Periodo
coalition-due-amount = Importe
coalition-due-state = Estado
coalition-due-state-name = { $state ->
    [paid] Pagada
   *[other] Debida
}
coalition-due-determination = la determinación
coalition-standing-link = los compromisos de la filé
coalition-due-owed-entry = Asentada como debida
coalition-due-paid-entry = Pago asentado
coalition-due-distribution = Repartida entre los contribuyentes
coalition-due-distribution-see = Ver el reparto
coalition-pay-title = Registrar el pago
coalition-pay-intro = Cuando haya llegado el dinero, regístralo aquí. El importe pasa de lo debido a la cuenta que indiques, y se prepara un reparto entre los contribuyentes del común para que la administración lo asiente.
coalition-pay-into = Ingresado en la cuenta
coalition-pay-reference = Referencia bancaria
coalition-pay-date = Día del pago (vacío: hoy)
coalition-pay-distribute = Repartirlo entre los contribuyentes
coalition-pay-by-hours = según las horas de su trabajo aceptado
coalition-pay-by-equal = a partes iguales
coalition-pay-by-credrank = según CredRank
coalition-pay-submit = Registrarlo como pagado
coalition-pay-stewards = La administración de la tesorería del común registra el pago cuando llega.
coalition-due-fee-title = La tarifa
coalition-due-fee-owed = La tarifa de { $amount } se aceptó y se debe al común.
coalition-due-fee-paid = La tarifa de { $amount } se aceptó y se pagó.
coalition-due-see = Ver la suma debida
coalition-due-accept-title = Aceptar la tarifa
coalition-due-accept-intro = Aceptar la tarifa hace que se deba al común por este periodo. Se asienta en la tesorería del común, cuya administración registra el pago cuando llega.
coalition-due-accept-submit = Aceptar la tarifa
coalition-lift-title = Levantar el incumplimiento
coalition-lift-intro = Cuando la parte lo haya remediado, levanta el incumplimiento: desde ahora recibe las respuestas de antes. El incumplimiento y su levantamiento quedan en el registro.
coalition-lift-reason = Por qué se levanta
coalition-lift-submit = Levantar el incumplimiento
coalition-standing-title = Lo que { $organization } comprometió con los comunes
coalition-standing-intro = Una filé es una empresa de comuneros que sostiene los comunes. Compromete una parte de su excedente con comunes nombrados. Para cada excedente declarado, el gráfico compara lo comprometido con lo pagado.
coalition-standing-not-phyle = Esta organización no es una filé: no compromete nada.
coalition-panel-standing = Compromisos con los comunes
coalition-pledges-title = Compromisos
coalition-pledges-none = Todavía no hay compromisos.
coalition-pledge-line = { $share } de su excedente para { $commons }
coalition-standing-total = Comprometido { $pledged }, pagado { $paid }
coalition-standing-chart = Comprometido y pagado, para cada excedente declarado
coalition-standing-pledged = Comprometido
coalition-standing-paid = Pagado
coalition-standing-periods = Para cada excedente declarado
coalition-standing-surplus = Excedente
coalition-standing-dues = Cada compromiso debido
coalition-pledges-set-title = Fijar los compromisos
coalition-pledges-set-intro = Una línea por común: su identificador y luego la parte del excedente en porcentaje (por ejemplo «open-mapping 10%»). Juntas, las partes suman como máximo el 100 %. Estas líneas sustituyen los compromisos de la filé.
coalition-pledges-field = Compromisos
coalition-pledges-submit = Guardar los compromisos
coalition-surplus-title = Declarar un excedente
coalition-surplus-intro = Declara el excedente de un periodo. Cada parte comprometida pasa a deberse a su común.
coalition-surplus-from = Primer día
coalition-surplus-until = Último día
coalition-surplus-amount = Excedente (importe y moneda)
coalition-surplus-submit = Declarar el excedente
coalition-standing-link-panel = Ver lo que comprometió y pagó
coalition-surplus-amount-example = 8000.00 EUR

# Lending: opening hours and limits per person (issue 18)
lending-hours = Horario de apertura
lending-hours-always = Siempre abierto: retiros y devoluciones a cualquier hora.
lending-day = { $day ->
    [mon] Lunes
    [tue] Martes
    [wed] Miércoles
    [thu] Jueves
    [fri] Viernes
    [sat] Sábado
   *[sun] Domingo
}
lending-hours-zone = Horas en { $zone }. Los retiros y las devoluciones se hacen dentro de este horario.
lending-limits = Límites por persona
lending-limit-items = { $count ->
    [one] una unidad a la vez
   *[other] { $count } unidades a la vez
}
lending-limit-days = { $count ->
    [one] un día reservado al mes
   *[other] { $count } días reservados al mes
}
lending-limit-holds = { $count ->
    [one] una reserva pendiente de aprobación a la vez
   *[other] { $count } reservas pendientes de aprobación a la vez
}
lending-limits-steward = Contados sobre todo lo que presta { $steward }.
lending-field-hours = Horario de apertura
lending-field-hours-hint = Un día y sus horas por franja, separados por comas o líneas, por ejemplo tue 17:00-20:00, sat 10:00-13:00 (se admiten varias franjas por día). Vacío: siempre abierto.
lending-field-zone = Zona horaria del horario
lending-field-max-items = Unidades a la vez por persona
lending-field-max-days = Días al mes por persona
lending-field-max-holds = Reservas pendientes de aprobación por persona
lending-field-limits-hint = Vacío o 0: sin límite. Los límites cuentan sobre todo lo que presta este custodio.
lending-field-pickup = Horas para retirar una oferta de la lista de espera
lending-wait-hint = ¿Ya ocupado a esa hora? Espéralo: cuando una cancelación o una devolución lo libere, se reserva para ti y te avisamos aquí.
lending-wait-button = Apuntarse a la lista de espera
lending-waits = Listas de espera
lending-wait-position = { $count ->
    [one] Primero en la fila
   *[other] Puesto { $count } en la fila
}
lending-wait-offered = Libre ahora y reservado para ti hasta el { $pickup }: acéptalo antes, o pasa a la siguiente persona.
lending-wait-take = Aceptarlo
lending-wait-leave = Dejar la lista
lending-notice-offered = una franja que esperabas (desde el { $was }) está reservada para ti: acéptala en Listas de espera antes de la hora límite
lending-notice-lapsed = la franja que esperabas (desde el { $was }) no se aceptó a tiempo y pasó a la siguiente persona
lending-field-hours-example = tue 17:00-20:00, sat 10:00-13:00
coalition-org-paid-link = su informe
coalition-org-paid-title = El trabajo de las personas de { $organization } en los bienes comunes
coalition-org-paid-intro = Las contribuciones aceptadas y las horas de trabajo aceptadas, en cada bien común, de personas vinculadas a esta organización — según lo declararon, o como su personal según el mapa de empleadores de un historial importado de git — contadas como hechas con remuneración o como voluntariado.
coalition-org-paid-summary = { $count ->
    [0] Todavía no se ha contado ninguna contribución.
    [one] Una contribución: { $paid } remunerada, { $volunteer } voluntaria.
   *[other] { $count } contribuciones: { $paid } remuneradas, { $volunteer } voluntarias.
}
coalition-org-paid-chart = Contribuciones de las personas de la organización cada mes, remuneradas y voluntarias
coalition-org-paid-by-month = Contribuciones (proporción) y horas, remuneradas / voluntarias / desconocidas, por mes
coalition-org-paid-by-commons = Por bien común
coalition-org-paid-commons = Bien común
coalition-org-panel-title = Quién paga por los bienes comunes
coalition-org-panel-people = { $count ->
    [0] Nadie declaró trabajar con esta organización; un historial importado la nombra como empleadora.
    [one] Una persona declaró trabajar con esta organización.
   *[other] { $count } personas declararon trabajar con esta organización.
}
bodies-rulebook-form-title = Cambiar el reglamento
bodies-seats-hint = Puestos electos: cuántos, y cuántos días dura un mandato desde el cierre de la elección. Entonces se sienta en este órgano quien ocupa un puesto. Deja ambos campos vacíos para no cambiar quién se sienta.
bodies-field-seat-count = Puestos electos
bodies-field-term-days = Días que dura un mandato
bodies-field-max-approvals = Aprobaciones como máximo por papeleta
bodies-max-approvals-hint = Solo voto por aprobación; vacío para tantas como opciones haya.
lending-savings-title = Lo que ahorra compartir
lending-savings-link = Lo que ahorra compartir
lending-savings-back = Volver al catálogo
lending-savings-library = Biblioteca
lending-savings-territory = Todo el territorio
lending-savings-period = Periodo
lending-savings-show = Mostrar
lending-savings-last-30-days = Últimos 30 días
lending-savings-measured = Contado del { $from } al { $until }.
lending-savings-json = Las mismas cifras en JSON
lending-savings-none = Nada se podía prestar en este periodo.
lending-savings-items = Artículos
lending-savings-loans = Préstamos
lending-savings-per-year = Préstamos por artículo y año
lending-savings-share = Parte del tiempo en uso
lending-savings-idle = Artículos ociosos
lending-savings-offered = ofrecidos
lending-savings-wait = De la lista de espera a la oferta (mediana)
lending-savings-still-waiting = aún esperan
lending-savings-lead = De la petición a la entrega (mediana)
lending-savings-purchases = Compras evitadas
lending-savings-shared-vehicles = vehículos compartidos en uso
lending-savings-cars-shed = Coches de menos
lending-savings-hours = { $hours } h
lending-savings-chart-share = Parte del tiempo en uso, por clase
lending-savings-chart-per-year = Préstamos por artículo y año, por clase
lending-savings-chart-purchases = Compras evitadas, por clase
lending-savings-by-class = Por clase
lending-savings-class = Clase
lending-savings-by-library = Por biblioteca
lending-savings-factors = Factores
lending-savings-factors-defaults = Esta biblioteca no fijó factores propios: usa los valores por defecto del territorio, y los incorporados donde el territorio no fijó ninguno.
lending-savings-factors-set = Los custodios de la biblioteca fijaron los factores marcados como propios; los demás son los del territorio o los incorporados.
lending-savings-per-100 = { $kind }: compras por cada 100 préstamos
lending-savings-cars-per-vehicle = Coches de menos por vehículo compartido
lending-savings-save = Guardar los factores
lending-savings-how-title = Cómo se cuenta
lending-savings-how = Un préstamo es una reserva entregada en el periodo. El tiempo en uso va de la entrega a la devolución (hasta ahora si sigue fuera) y cuenta cada artículo de un lote; se divide por el tiempo en que los artículos se podían prestar: mientras existían y no estaban retirados, menos mantenimientos y averías. Los préstamos por artículo y año dividen los préstamos por los años que los artículos existieron en el periodo. Los artículos ociosos son los que el periodo nunca necesitó: el tamaño de un lote menos el máximo prestado a la vez.
lending-savings-waits-how = La espera se mide de dos maneras a partir de los registros: desde que alguien se apunta a una lista de espera hasta que se le ofrece el artículo (la mediana de los ofrecidos en el periodo, y cuántos aún esperaban al final), y desde la petición (la reserva hecha) hasta la entrega.
lending-savings-factors-how = Las compras evitadas son los préstamos de cada clase por las compras por cada 100 préstamos de la biblioteca. Los coches de menos son los vehículos prestados en el periodo por los coches que ahorra un coche compartido: 15 por defecto, según el estudio de coche compartido que cita el ensayo; una biblioteca cuyos vehículos son bicicletas lo fija más bajo.

## Lending: a person's private calendar of their reservations
lending-feed-heading = Tu calendario
lending-feed-hint = Una aplicación de calendario sigue tus reservas (las próximas, las en curso y las canceladas, para que salgan de tu calendario) en una dirección secreta. Quien tenga la dirección las ve, así que guárdala para ti; crear una nueva anula la anterior.
lending-feed-fresh = Esta es la dirección de tu calendario. Solo se muestra esta vez: cópiala ahora en tu aplicación de calendario.
lending-feed-made = La dirección de tu calendario se creó { $when }.
lending-feed-make = Crear la dirección de mi calendario
lending-feed-rotate = Sustituir la dirección de mi calendario
lending-feed-stop = Detener la dirección de mi calendario
lending-feed-stopped = La dirección de tu calendario ya no responde.

## Ledger: taking a scheduled expense off its day
ledger-unschedule = Quitarlo de su día de pago
ledger-unschedule-reason = Por qué (opcional)

## Ledger: asking for a payout of what a treasury owes
ledger-payout-amount = Importe (vacío para todo lo debido)
ledger-payout-details = Cómo pagarte (solo lo ven los administradores y tú)
ledger-payout-ask = Pedir el pago
# Delegaciones con aceptación y delegaciones permanentes (issue 14, punto 5)
bodies-proxy-offered = Has ofrecido tu voto a @{ $handle }; cuenta cuando lo acepte.
bodies-proxy-accept = Aceptar
bodies-proxy-decline = Rechazar
bodies-give-back = Devolverla
bodies-proxies-waiting = Delegaciones que te ofrecen
bodies-proxies-held = Delegaciones que tienes
bodies-delegation-title = Mi delegación permanente
bodies-delegation-hint = { $count ->
    [one] Otra persona de este órgano vota por ti en cada decisión en la que no votes, cuando acepte; una delegación para una sola decisión va primero. Cada persona tiene como mucho { $count } delegación, y las delegaciones no pasan de mano en mano.
   *[other] Otra persona de este órgano vota por ti en cada decisión en la que no votes, cuando acepte; una delegación para una sola decisión va primero. Cada persona tiene como mucho { $count } delegaciones, y las delegaciones no pasan de mano en mano.
}
bodies-delegation-give = Delegar
bodies-delegation-with = Delegas en @{ $handle }.
bodies-delegation-offered = Tu delegación en @{ $handle } espera su respuesta.
bodies-delegation-revoke = Retirar mi delegación permanente
bodies-delegations-waiting = Delegaciones que esperan tu respuesta
bodies-delegations-held = Delegaciones que tienes
discussion-on-its-page = la conversación en su propia página
offers-link = Cosas que la gente ofrece y pide
offers-title = Ofertas y peticiones
offers-intro = Cosas que los vecinos ofrecen para prestar, alquilar, intercambiar o regalar, y cosas que piden. Una cosa prestada o alquilada se presta mediante una reserva, con las mismas reglas que las de la biblioteca.
offers-new = Ofrecer una cosa
offers-new-intro = Di qué es, dónde está y cómo la ofreces. Una cosa prestada o alquilada tiene un calendario: sus préstamos se reservan como cualquier otro.
offers-new-button = Ofrecerla
offers-request-new = Pedir una cosa
offers-request-button = Pedirla
offers-mode = Cómo
offers-any-mode = De cualquier modo
offers-mode-name = { $mode ->
    [share] Para prestar
    [rent] En alquiler
    [barter] Para trueque
   *[give] Para regalar
}
offers-mode-help = { $mode ->
    [share] prestada gratis
    [rent] prestada por una tarifa diaria
    [barter] a cambio de algo
   *[give] se va para siempre
}
offers-place-filter = El lugar contiene
offers-offered = Ofrecido
offers-none = Aquí aún no se ofrece nada.
offers-more = Más ofertas
offers-requests = Pedido
offers-requests-none = Aquí aún nadie pide nada.
offers-fee = { $fee } al día
offers-by = Ofrecido por @{ $person }
offers-asked-by = Pedido por @{ $person }
offers-person = Ofrecido por
offers-asker = Pedido por
offers-state = { $state ->
    [open] Abierta
    [closed] Cerrada
    [given] Regalada
    [bartered] Intercambiada
    [met] Atendida
    [proposed] Propuesto
    [accepted] Aceptado
    [declined] Rechazado
   *[withdrawn] Retirado
}
offers-field-title = Qué
offers-field-fee = Tarifa por día (solo alquiler)
offers-field-wanted = Qué quieres a cambio (solo trueque)
offers-wanted = Qué quiere a cambio
offers-loans-calendar = Su calendario y sus préstamos
offers-matches = Acuerdos
offers-matches-none = Aún no hay ningún acuerdo.
offers-match = { $title } de @{ $owner } para @{ $taker }
offers-match-fee = Tarifa del préstamo: { $fee }
offers-awaits = Espera la respuesta de @{ $person }
offers-loan = El préstamo
offers-accept = Aceptar
offers-decline = Rechazar
offers-withdraw = Retirar
offers-edit = Editar la oferta
offers-save = Guardar
offers-close = Cerrar la oferta
offers-ask = Pedirla
offers-terms = Mensaje (en un trueque: qué das a cambio)
offers-ask-button = Enviar
offers-sign-in = Entra para pedirla o responder
offers-needed = Se necesita
offers-needed-from = Se necesita desde
offers-needed-until = Se necesita hasta
offers-request-close = Cerrar la petición
offers-answer = Responder con una de tus ofertas
offers-answer-none = No tienes ninguna oferta abierta con la que responder.
offers-answer-offer = Tu oferta
offers-answer-times = Para una cosa que prestas o alquilas, di cuándo la prestas.
offers-answer-button = Proponerla
offers-yours = Tus acuerdos

## A treasury's rules and plan
ledger-rules-link = Reglas y partidas
ledger-rules-title = Reglas y partidas
ledger-rules-approvals = { $approvals ->
    [one] Una persona administradora
   *[other] { $approvals } personas administradoras
} de { $stewards } deben aprobar cada gasto.
ledger-rules-tier = Por encima de { $amount }: { $approvals } aprobaciones.
ledger-rules-consent = { $count ->
    [one] Aprobación por consentimiento: un gasto sin objeciones queda aprobado un día después de presentarse.
   *[other] Aprobación por consentimiento: un gasto sin objeciones queda aprobado { $count } días después de presentarse.
}
ledger-rules-no-consent = Sin aprobación por consentimiento: solo cuentan las aprobaciones.
ledger-rules-over-flag = Un gasto aprobado por encima de su partida se aprueba y se señala.
ledger-rules-over-block = Un gasto que superaría su partida se rechaza.
ledger-rules-lines = { $count ->
    [0] Todavía no hay partidas.
    [one] Una partida, en la página de gastos.
   *[other] { $count } partidas, en la página de gastos.
}
ledger-rules-approval-form = Cómo se aprueban los gastos
ledger-rules-approvals-label = Aprobaciones que necesita cada gasto
ledger-rules-tiers = Más aprobaciones por encima de un importe
ledger-rules-tiers-help = Deja una fila vacía para quitarla. Un gasto necesita el mayor número de aprobaciones que pida cualquier importe que supere, en su unidad.
ledger-rules-tier-above = Por encima de
ledger-rules-tier-approvals = Aprobaciones
ledger-rules-consent-label = Aprobar por consentimiento tras estos días (vacío: nunca)
ledger-rules-save = Guardar
ledger-rules-over-form = Por encima de una partida
ledger-rules-over-legend = Cuando aprobar un gasto haría superar lo previsto en su partida
ledger-rules-line-form = Añadir una partida
ledger-rules-line-name = Para qué es
ledger-rules-line-source = De dónde viene lo previsto (una dirección, opcional)
ledger-rules-starts = Primer día
ledger-rules-ends = Último día
ledger-rules-add-line = Añadir la partida
ledger-rules-budget-form = Partidas de un presupuesto participativo
ledger-rules-budget-help = Una partida por proyecto financiado, prevista por su coste; los proyectos que ya tienen su partida quedan como están.
ledger-rules-budget = Presupuesto
ledger-rules-add-budget = Añadir las partidas de sus proyectos

## The organisers' overrides of a budget's outcome
budgets-overrides-title = Correcciones de la organización
budgets-overrides-none = La organización no ha corregido el recuento: lo que financia la regla es lo que se financia.
budgets-overrides-intro = El recuento de arriba sigue siendo el que da la regla. La organización cambió lo que se financia al final, cada vez con un motivo; vale el último acto sobre cada proyecto.
budgets-override-funded = financiado
budgets-override-unfunded = no financiado
budgets-override-superseded = sustituida por una corrección posterior
budgets-overrides-funded = Financiados al final: { $projects }
budgets-override-project = Proyecto
budgets-override-to = Corregir el recuento para que el proyecto quede
budgets-override-fund = financiado
budgets-override-unfund = no financiado
budgets-override-reason = El motivo, a la vista de todo el mundo
budgets-override-save = Corregir el recuento
coalition-pay-by-standing = según la regla de reparto del procomún
ledger-policy-standing-option = La regla de la tesorería
ledger-standing-title = Regla de reparto
ledger-standing-intro = Lo que sigue un reparto que no nombra ninguna regla, y cómo se reparte una tarifa o un compromiso pagado.
ledger-standing-set = Fijada por { $person } el { $date }.
ledger-standing-default = Ningún tesorero ha fijado una: el dinero se reparte a partes iguales.
ledger-standing-parameters = Parámetros
ledger-standing-form-title = Cambiar la regla de reparto
ledger-standing-form-help = Los parámetros van en JSON. Según el crédito de contribución: {"{"}"grain": "immediate", "balanced" o "recent", "half_life_weeks" (solo recent), "weights"{"}"}; una ecuación de valor: la ecuación misma. Deje vacío para los valores por defecto.
ledger-standing-save = Fijar la regla
ledger-undistributed = Dejado en la tesorería por la ecuación: { $amount }
budgets-points-hint = Tienes { $total } puntos: dalos a los proyectos que apoyas, como mucho { $most } a uno solo. Un proyecto dejado en 0 no recibe ninguno.
budgets-ranked-hint = Ordena los proyectos que apoyas, 1 para tu primera opción, cada puesto una vez, sin saltarte ninguno.
budgets-rank-none = Sin puesto
budgets-rank = Puesto { $count }
budgets-merged-into = Fusionado con el proyecto { $number }
## Lending: photos of a resource
lending-photos = Fotos
lending-photo-form = Añadir una foto
lending-photo-file = Foto (JPEG, PNG o WebP, como mucho 5 MiB)
lending-photo-caption = Qué muestra (opcional)
lending-photo-button = Añadir la foto
lending-photo-remove = Quitar esta foto

## Lending: kits
lending-kit = Kit compuesto por
lending-kit-form = De qué está hecho el kit
lending-kit-help = Reservar el kit reserva también estas piezas en la misma franja. Deja 0 para lo que no forma parte de él.
lending-kit-button = Guardar el kit
ledger-peer-title = Rondas de reparto entre pares
ledger-peer-distributions = Repartos
ledger-peer-help = En una ronda, cada persona que contribuye al común da puntos a las demás cuyo trabajo valora. Un reparto entre pares paga luego a cada una en proporción a los puntos recibidos. Mientras la ronda está abierta solo se muestra cuántos puntos dio cada una; al cerrarse, cada entrega es pública.
ledger-peer-none = Aún no hay ninguna ronda.
ledger-peer-round = Ronda { $number }
ledger-peer-summary = { $allowance } puntos cada uno, { $members } miembros
ledger-peer-open-until = abierta hasta { $at }
ledger-peer-closed-at = cerrada el { $at }
ledger-peer-open-form = Abrir una ronda
ledger-peer-allowance = Puntos que da cada miembro
ledger-peer-days = Días que queda abierta
ledger-peer-open = Abrir la ronda
ledger-peer-open-hint = Los miembros pueden cambiar sus puntos hasta que la ronda se cierre. Quién dio qué a quién se muestra al cerrarse.
ledger-peer-closed-hint = Esta ronda está cerrada: un reparto entre pares paga según los puntos recibidos aquí.
ledger-peer-members = Miembros
ledger-peer-member = Miembro
ledger-peer-given = Puntos dados
ledger-peer-received = Puntos recibidos
ledger-peer-chart = Puntos recibidos por cada miembro
ledger-peer-gifts = Todas las entregas
ledger-peer-from = De
ledger-peer-to = A
ledger-peer-points = Puntos
ledger-peer-give-form = Dar sus puntos
ledger-peer-give-help = Tiene { $allowance } puntos para dar a los demás, no a sí mismo. Los puntos que no dé no cuentan. Enviar de nuevo sustituye lo que dio antes.
ledger-peer-give-legend = Puntos para cada miembro
ledger-peer-give = Guardar mis puntos
ledger-peer-close = Cerrar la ronda ahora
ledger-peer-link = Rondas de reparto entre pares
budgets-review-title = Revisión
budgets-review-legend = ¿En la papeleta?
budgets-review-reject = Retirarlo de la papeleta
budgets-review-restore = Ponerlo en la papeleta
budgets-review-reason = Motivo público
budgets-review-save = Guardar la revisión
budgets-merge-title = ¿Un duplicado?
budgets-merge-help = Fusionar pasa los apoyos de este proyecto al que repite (quien apoyó ambos cuenta una vez) y lo retira de la papeleta, con el motivo visible en los dos.
budgets-merge-into = Repite
budgets-merge = Fusionar

budgets-valuation = Valoración
budgets-valuation-private = Aún no publicada: solo la comisión de valoración y los administradores la ven hasta que acabe la valoración.
budgets-valuation-feasibility = Viabilidad
budgets-feasible = Viable
budgets-unfeasible = No viable
budgets-unfeasible-off = No viable: fuera de la papeleta
budgets-support-rules = Apoyos
budgets-support-most = { $count ->
    [one] Un apoyo por persona y partida.
   *[other] Como mucho { $count } apoyos por persona y partida.
}
budgets-support-advance = { $advance ->
    [threshold] Pasan a la papeleta los proyectos cuyos apoyos llegan a { $count }.
    [top] Pasan a la papeleta los { $count } proyectos más apoyados de cada partida, y los empatados con el último.
   *[all] Todos los proyectos pasan a la papeleta.
}
budgets-support-option = { $advance ->
    [threshold] Los que llegan al número de abajo en apoyos
    [top] Los más apoyados de cada partida, tantos como el número de abajo
   *[all] Todos los proyectos
}
budgets-support-most-label = Máximo de apoyos por persona y partida (vacío: sin límite)
budgets-support-advance-label = Qué proyectos pasan a la papeleta al acabar los apoyos
budgets-support-count-label = El número: el umbral, o cuántos de cada partida
budgets-support-set = Fijar las reglas de los apoyos
budgets-unsupported = Fuera de la papeleta
budgets-unsupported-off = Sin apoyos suficientes para llegar a la papeleta ({ $supports })
budgets-valuation-price = Precio
budgets-valuation-estimate = Estimación
budgets-valuation-explanation = Explicación
budgets-valuation-by = Valorado por
budgets-not-valuated = Sin valorar: el proyecto sigue en la papeleta con su estimación.
budgets-valuate = Valorar este proyecto
budgets-valuation-price-hint = obligatorio si es viable; la estimación es { $estimate }
budgets-valuation-explanation-hint = obligatoria si no es viable o si el precio difiere de la estimación; se publica al acabar la valoración
budgets-valuate-button = Registrar la valoración
budgets-valuation-panel = Comisión de valoración:
budgets-valuation-by-admins = Valoración por los administradores de { $owner }

## Incompatibility groups of a budget
budgets-group-of = Incompatibles: { $name }
budgets-group-at-most-one = Se financia como mucho uno de estos proyectos: cuando uno lo está, los demás dejan de ser candidatos y el dinero de quienes los apoyan va a otros proyectos.
budgets-group-remove = Quitar este grupo
budgets-group-make = Hacer un grupo de proyectos incompatibles
budgets-group-pick = Marca dos o más proyectos de esta partida, de los que como mucho uno puede financiarse
budgets-group-name = Nombre del grupo
budgets-group-reason = Por qué solo uno de ellos puede financiarse, para que todo el mundo lo lea
budgets-group-save = Hacer el grupo
budgets-why-incompatible = No financiado: incompatible con el proyecto { $number }, «{ $name }», que está financiado.
lending-condition-photos = Fotos del estado
lending-condition-photo-file = Foto del estado (opcional: JPEG, PNG o WebP, como mucho 5 MiB)
lending-desk-hours = Horario del mostrador
lending-desk-hours-zone = Horas en { $zone }. Las unidades solo salen y vuelven en este horario, dentro del de apertura.
lending-field-desk-hours = Horario del mostrador (retiros y devoluciones)
lending-field-desk-hours-hint = Se escribe como el horario de apertura: cuándo salen y vuelven las unidades, si es menos a menudo de lo que abre el lugar. Vacío: siempre que esté abierto.
offers-ask-request = Responde a tu petición
offers-ask-no-request = Ninguna de mis peticiones
offers-ask-request-hint = Cuando la otra parte acepta, la petición que nombras queda atendida y se cierra.
lending-savings-from = Desde (primer día)
lending-savings-to = Hasta (último día, incluido)
lending-savings-show-days = Contar estos días
lending-savings-territory-factors = Los factores por defecto del territorio
lending-savings-territory-factors-set = Un administrador de la instancia fijó estos valores por defecto: toda biblioteca los usa para un factor que no fijó.
lending-savings-territory-factors-none = Ningún administrador ha fijado los valores por defecto del territorio: las bibliotecas que no fijaron los suyos usan los incorporados.
lending-savings-factor-from = { $from ->
    [library] propio de la biblioteca
    [territory] por defecto del territorio
   *[built_in] incorporado
}
lending-savings-empty-keeps = Un campo vacío conserva el valor por defecto que muestra.
lending-policy-lead = se reserva al menos { $count } minutos antes de empezar
lending-field-lead = Antelación mínima de una reserva (minutos; 0: ninguna)
budgets-for-organization = para
budgets-for-group = para el grupo «{ $group }»
budgets-documentation = Su documentación
budgets-link-commons = El bien común de su documentación
budgets-commons-handle = Bien común (su identificador)
budgets-commons-link-button = Enlazar
budgets-commons-unlink-button = Desenlazar
budgets-propose-organization = Para una organización de la que eres miembro (opcional, su identificador)
budgets-propose-group = O para un grupo informal (opcional, su nombre)
lending-money = Dinero
lending-money-fee = { $mode ->
    [per_loan] Tarifa: { $amount } por artículo prestado
    [per_day] Tarifa: { $amount } por día empezado, por artículo
    [pay_what_you_can] Paga lo que puedas (sugerido: { $amount })
   *[other] Sin tarifa
}
lending-money-deposit = Fianza: { $amount } por artículo, retenida desde la entrega y devuelta a la devolución
lending-money-late = Recargo por retraso: { $amount } por día empezado tras el final, por artículo
lending-field-currency = Moneda (ISO 4217)
lending-field-fee-mode = Tarifa
lending-fee-mode = { $mode ->
    [per_loan] por préstamo
    [per_day] por día
    [pay_what_you_can] paga lo que puedas
   *[other] gratis
}
lending-field-fee = Importe de la tarifa (o la sugerencia)
lending-field-fee-hint = Gratis no pide importe; por préstamo y por día necesitan uno mayor que 0; paga lo que puedas lo toma como sugerencia (se admite 0).
lending-field-deposit = Fianza (0: ninguna)
lending-field-late-fee = Recargo por día de retraso (0: ninguno)
lending-loan-fee = Tarifa: { $amount }
lending-loan-no-fee = Sin tarifa
lending-loan-deposit = Fianza: { $amount } { $state ->
    [held] (retenida hasta la devolución)
    [given_back] (devuelta)
   *[to_hold] (retenida desde la entrega)
}
lending-loan-late-fee = Recargo por retraso: { $amount }
lending-loan-entry = { $what ->
    [fee] Tarifa adeudada
    [deposit] Fianza retenida
    [deposit_back] Fianza devuelta
   *[late_fee] Recargo adeudado
}: transacción { $number } de la tesorería { $treasury }
lending-loan-on-loan-only = Quien custodia el recurso no lleva tesorería aquí: estos importes constan solo en el préstamo.
lending-pay = Lo que pagas ({ $currency })
lending-pay-hint = Paga lo que puedas: déjalo vacío para pagar los { $amount } sugeridos, o escribe cualquier importe desde 0.

# La parte mínima del importe de la partida que gasta una papeleta de mochila (issue 15).
budgets-knapsack-least = Gasta al menos { $least }.
budgets-under-by = Faltan { $amount } para el mínimo que hay que gastar: añade algún proyecto.
budgets-min-share = Gasto mínimo
budgets-min-share-value = { $count } % del importe de cada partida
# Beside a library's own savings factor: give it up (issue 18).
lending-savings-follow-territory = Seguir el valor por defecto del territorio
budgets-min-share-label = Parte mínima del importe de cada partida que gasta una papeleta, en % (vacío: ninguna)
budgets-min-share-set = Fijar el gasto mínimo
