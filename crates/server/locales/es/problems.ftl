# Problem details: the human `detail` of the API's problem+json answers and of error pages.
# Each says what went wrong and what to fix. Values in backquotes or quotation marks are the
# client's own (handles, paths, revisions, field names) and stay as they are. A message whose
# comment says it is "said after" or "put inside" another is a piece of that one.

## The server

problem-internal = Algo ha fallado en el servidor; el error ha quedado registrado
problem-unavailable = La base de datos no está disponible en este momento; vuelve a intentarlo en breve
problem-no-record = El registro no existe
problem-already-exists = Ya existe un registro con este nombre; elige otro
problem-no-address = La dirección { $path } no existe
problem-method-not-allowed = La dirección { $path } no responde al método { $method }; consulta /api/openapi.json para ver qué admite
problem-unknown-language = «{ $lang }» no es uno de los idiomas de estas páginas: elige en, fr, it o es

## Refusals before the request is read, and timeouts

problem-uri-too-long = La dirección ocupa { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }; este servidor admite como máximo { $most }: envía los datos largos en el cuerpo de la petición
problem-headers-too-large = Las cabeceras suman { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }; este servidor admite como máximo { $most }: borra las cookies caducadas o las cabeceras personalizadas grandes
problem-body-declared-too-large = La petición declara { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }; este servidor admite como máximo { $most }
problem-request-timeout = La petición ha tardado más de { $seconds } s: vuelve a enviarla, o envía menos datos

## Bodies, forms and addresses the server cannot read
## ($reason is the reading library's own explanation, in English.)

problem-body-too-large = El cuerpo de la petición supera el tamaño que admite este servidor
problem-form-too-large = El formulario supera el tamaño que admite este servidor
problem-unreadable-body = No se ha podido leer el cuerpo de la petición: { $reason }
problem-nul-character = Un texto de la petición contiene el carácter NUL (\u0000 o %00); quítalo
problem-json-content-type = Envía el cuerpo en JSON, con `Content-Type: application/json`
problem-json-data = Un campo del JSON falta, es desconocido o tiene un tipo incorrecto: { $reason }
problem-json-syntax = El cuerpo no es JSON válido: { $reason }
problem-invalid-form = No se ha podido leer el formulario ({ $reason }): recarga la página y vuelve a rellenarlo
problem-invalid-path = Un segmento de la dirección no es válido: { $reason }
problem-invalid-query = Un parámetro de la dirección no es válido: { $reason }
problem-address-control-character = La dirección contiene un carácter de control (%{ $hex }); quítalo
# On a page: what is wrong with the address ($why: one of the four messages above), then what to do.
problem-fix-the-address = { $why }: corrige la dirección

## Lists

problem-invalid-limit = El parámetro limit debe estar entre 1 y { $most } (recibido: { $limit })
problem-invalid-cursor = El cursor «{ $cursor }» no viene de este servidor: empieza de nuevo sin él

## Signing in, tokens and forms

problem-csrf-failed = Este formulario ha caducado o no se ha enviado desde este sitio: recarga la página y vuelve a enviarlo
problem-not-signed-in = No has iniciado sesión, o tu sesión ha caducado: inicia sesión y vuelve a intentarlo
problem-token-missing = Esta llamada necesita un token de la API: envía `Authorization: Bearer TOKEN` (crea uno con POST /api/v1/tokens)
problem-token-malformed = La cabecera Authorization debe tener la forma `Bearer TOKEN`
problem-token-unknown = Este token de la API es desconocido o ha sido revocado
problem-token-or-password = Envía un token existente como `Authorization: Bearer …`, o bien `handle` y `password` en el cuerpo
problem-account-gone = Esta cuenta ya no existe
problem-wrong-credentials = El identificador o la contraseña no son correctos
problem-wrong-password = La contraseña actual no es correcta
problem-too-many-attempts = Demasiados inicios de sesión fallidos: vuelve a intentarlo dentro de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }

## The journal

problem-invalid-last-event-id = Last-Event-ID debe ser una posición del diario (un número entero)
problem-unknown-object-type = El tipo de objeto «{ $given }» no existe; object_type admite uno de estos valores: { $known }
problem-invalid-context = El contexto «{ $given }» no corresponde a ningún historial: escríbelo como tipo:identificador, donde el tipo es uno de { $known } (por ejemplo, commons:bread)

## Handles: people's, organizations' and commons'

# The rules of handles, said after the handle ($rule of problem-invalid-handle and of
# problem-invalid-commons-handle).
problem-handle-length = debe tener entre 2 y 40 caracteres
problem-handle-characters = solo puede contener letras minúsculas a-z, cifras, '-' y '_' (sin espacios)
problem-handle-start = debe empezar por una letra
problem-handle-end = debe terminar en una letra o una cifra
problem-handle-separators = no puede tener dos '-' o '_' seguidos
problem-handle-reserved = está reservado para una página; elige otro
problem-invalid-handle = El identificador «{ $handle }» { $rule }
problem-handle-taken = El identificador @{ $handle } ya lo usa { $by ->
        [organization] una organización
       *[person] una persona
    }; las personas y las organizaciones comparten una única lista de identificadores: elige otro

## People and organizations
## ($field is a field's name as the API and the forms send it: display_name, bio, name, description.)

problem-no-person = La persona @{ $handle } no existe
problem-no-token = Ninguno de tus tokens activos tiene este id
problem-no-organization = La organización @{ $handle } no existe
problem-no-membership = @{ $person } no es miembro de @{ $org } ni tiene invitación
problem-invalid-org-kind = El tipo «{ $kind }» no existe; elige entre: { $known }
problem-invalid-role = El rol «{ $role }» debe ser member o admin
problem-field-empty = El campo { $field } no puede estar vacío
problem-field-one-line = El campo { $field } debe ocupar una sola línea
problem-field-too-long = El campo { $field } puede tener como máximo { $most ->
        [one] { $most } carácter
       *[other] { $most } caracteres
    }
problem-field-control-characters = El campo { $field } contiene caracteres de control
problem-password-too-short = La contraseña debe tener al menos { $least ->
        [one] { $least } carácter
       *[other] { $least } caracteres
    }
problem-password-too-long = La contraseña puede tener como máximo { $most ->
        [one] { $most } carácter
       *[other] { $most } caracteres
    }
problem-invalid-email = La dirección de correo electrónico no es válida (se espera nombre@ejemplo.org)
problem-invalid-website = El sitio web debe ser una dirección http:// o https:// de como máximo { $most ->
        [one] { $most } carácter
       *[other] { $most } caracteres
    }
problem-invalid-language = language: elige en, fr, it o es, o déjalo vacío para usar el idioma de tu navegador
problem-invalid-time-zone = time_zone: escribe una zona horaria de la base de datos tz, como Europe/Rome o America/Bogota, o déjalo vacío para usar la de la instancia
problem-text-language = language: el texto está escrito en en, fr, it o es
problem-original-language = { $lang } es el idioma en que se escribió este texto; cambia el texto mismo, o tradúcelo a otro idioma
problem-no-translation = { $object } no tiene traducción a { $lang }
problem-admins-only = Solo los administradores de @{ $org } pueden hacer esto
problem-members-only = Solo los miembros de @{ $org } pueden { $why }
# What only members may do, said after "may" in problem-members-only.
problem-why-home-org = convertirla en la organización de referencia de un bien común
problem-already-invited = @{ $person } ya tiene una invitación para @{ $org }
problem-already-member = @{ $person } ya es miembro de @{ $org }
problem-already-your-org = Ya eres miembro de @{ $org }
problem-not-invited = No tienes invitación para @{ $org }; pídesela a alguno de sus administradores
problem-not-your-org = No eres miembro de @{ $org }
problem-last-admin-leaving = Eres el último administrador de @{ $org }: invita primero a otro administrador y luego sal
problem-last-admin-removed = @{ $person } es el último administrador de @{ $org } y no se le puede quitar

## Commons: the rules of the model

problem-invalid-commons-handle = Identificador `{ $handle }` no válido: { $rule }
problem-unknown-commons-kind = Tipo `{ $kind }` desconocido; usa uno de estos: software, knowledge, design, data, other
# $field is a field's name as sent (name, summary, message, description, comment, contribution);
# $reason one of the four messages after this one.
problem-invalid-text = Campo { $field } no válido: { $reason }
problem-text-empty = está vacío; escribe algo
problem-text-too-long = tiene { $chars ->
        [one] { $chars } carácter
       *[other] { $chars } caracteres
    }; el límite es { $limit }
problem-text-control-character = tiene un carácter de control en el byte { $position }; quítalo
problem-text-one-line = el nombre debe ocupar una sola línea
problem-text-same-kind = una actualización conserva el tipo de la contribución (cambio o trabajo registrado); propón una nueva en su lugar
# $reason is one of the three messages after this one.
problem-invalid-licence = Licencia `{ $expression }` no válida: { $reason }
problem-licence-spaces = indica una expresión SPDX como `CC-BY-SA-4.0`, sin espacios alrededor
# $reason is the SPDX library's own explanation, in English.
problem-licence-syntax = { $reason }; consulta los identificadores en https://spdx.org/licenses/
problem-licence-unlisted = `{ $licence }` no está en la lista de licencias SPDX; fuera de esa lista solo se aceptan `LicenseRef-PPL` y `LicenseRef-CopyFair` (para condiciones propias, dé al común una política de licencia personalizada)
# $problem is one of the problem-path-… messages after this one.
problem-invalid-file-path = Ruta `{ $path }` no válida: { $problem }
problem-path-empty = la ruta está vacía; indica un nombre de archivo como `README.md`
problem-path-absolute = la ruta empieza por `/`; escríbela a partir de la raíz del bien común
problem-path-backslash = la ruta contiene `\`; separa las carpetas con `/`
problem-path-empty-segment = la ruta tiene un segmento vacío (`//` o una `/` final); quítalo
problem-path-dot-segment = la ruta tiene un segmento `.`; quítalo
problem-path-parent-segment = la ruta tiene un segmento `..`; una ruta no puede salir del bien común
problem-path-control-character = la ruta tiene un carácter de control en el byte { $position }; usa solo caracteres imprimibles
problem-path-invisible-character = la ruta tiene un carácter invisible en el byte { $position } (un control o una marca de dirección, o un espacio de ancho cero), que podría hacerla pasar por otra ruta; quítalo
problem-path-too-long = la ruta ocupa { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }; el límite es { $limit }
problem-path-segment-too-long = un nombre de la ruta ocupa { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }; el límite es { $limit } por nombre
problem-path-not-portable = el nombre `{ $segment }` { $reason ->
        [characters] contiene uno de los caracteres < > : " | ? *
        [trailing] termina en un espacio o un punto
       *[device] es un nombre de dispositivo reservado en Windows
    }, así que el bien común no se podría descomprimir en todos los sistemas; cámbiale el nombre
problem-path-too-deep = la ruta tiene { $segments ->
        [one] { $segments } nivel
       *[other] { $segments } niveles
    } de carpetas; el límite es { $limit }
problem-duplicate-path = `{ $path }` aparece más de una vez en este cambio; toca cada ruta una sola vez
problem-file-too-large = `{ $path }` ocupa { $size ->
        [one] { $size } byte
       *[other] { $size } bytes
    }; el límite por archivo es de { $limit ->
        [one] { $limit } byte
       *[other] { $limit } bytes
    }
problem-not-utf8 = `{ $path }` no es UTF-8 válido (primer byte incorrecto: { $offset }); súbelo como archivo binario
problem-empty-change = El cambio no cambia nada: no nombra ningún archivo o todos los que nombra ya están como se propone; cambia el contenido de al menos uno
problem-too-many-files = El cambio toca { $count ->
        [one] { $count } archivo
       *[other] { $count } archivos
    }; el límite es { $limit } por cambio
problem-file-exists = `{ $path }` ya existe en la revisión de base; modifícalo en lugar de añadirlo
problem-file-missing = `{ $path }` no existe en la revisión de base; añádelo
problem-file-folder-clash = `{ $path }` y `{ $other }` chocan: uno es un archivo y el otro necesita que sea una carpeta
problem-invalid-hash = Hash de contenido `{ $value }` no válido: se esperan 64 dígitos hexadecimales en minúscula
problem-blob-mismatch = El contenido dado para `{ $path }` no coincide con su hash registrado
problem-blob-missing = No hay contenido guardado para `{ $path }`
problem-foreign-revision = La revisión `{ $revision }` no pertenece a este bien común; basa el cambio en una de sus revisiones
# $paths are the paths in conflict, separated by commas.
problem-conflicting = El cambio entra en conflicto con la última revisión en { $paths }; actualízalo respecto a la última revisión
# $state is a contribution's state as the API writes it: proposed, changes_requested,
# accepted, rejected, withdrawn or reverted.
problem-illegal-transition = Una contribución { $state ->
        [proposed] propuesta
        [changes_requested] pendiente de cambios
        [accepted] aceptada
        [rejected] rechazada
        [withdrawn] retirada
       *[reverted] revertida
    } no se puede { $verb ->
        [accept] aceptar
        [reject] rechazar
        [withdraw] retirar
        [request_changes] devolver para cambios
        [update] actualizar
       *[revert] revertir
    }
problem-accept-unchecked = Una contribución { $state ->
        [proposed] propuesta
        [changes_requested] pendiente de cambios
        [accepted] aceptada
        [rejected] rechazada
        [withdrawn] retirada
       *[reverted] revertida
    } no se puede aceptar sin comprobarla respecto a la última revisión
problem-revert-first-revision = La primera revisión no se puede revertir: no hay nada antes de ella
problem-not-allowed = Para { $action ->
        [create_commons] crear un bien común
        [propose] proponer una contribución
        [fork] bifurcar un bien común
        [update_contribution] actualizar una contribución
        [withdraw_contribution] retirar una contribución
        [accept] aceptar una contribución
        [reject] rechazar una contribución
        [request_changes] pedir cambios
        [revert] revertir una contribución
        [add_maintainer] añadir un mantenedor
        [remove_maintainer] quitar un mantenedor
        [offer_upstream] ofrecer el trabajo de una bifurcación a su bien común de origen
        [translate] traducir el nombre y el resumen del bien común
       *[delete_commons] eliminar el bien común
    }, hay que { $needed ->
        [signed_in] iniciar sesión
        [author] ser autor de la contribución
       *[maintainer] ser mantenedor de este bien común
    }
# $reason is one of the six messages after this one.
problem-invalid-work-record = Trabajo registrado no válido: { $reason }
problem-work-zero = el tiempo dedicado es cero; indica los minutos trabajados
problem-work-too-long = { $minutes ->
        [one] { $minutes } minuto es
       *[other] { $minutes } minutos son
    } más que los { $most } permitidos en un solo registro; divídelos
problem-evidence-too-long = el enlace de la prueba ocupa { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }; el límite es { $limit }
problem-evidence-scheme = el enlace de la prueba debe empezar por https:// o http://
problem-evidence-host = el enlace de la prueba no tiene servidor después del esquema
problem-evidence-spaces = el enlace de la prueba contiene espacios o caracteres de control; codifícalos
# $person is a handle with its @.
problem-last-maintainer = { $person } es el último mantenedor; añade antes otro mantenedor
problem-already-maintainer = { $person } ya es mantenedor
problem-not-maintainer = { $person } no es mantenedor
problem-nothing-to-offer = { $why ->
    [inherited] Esta bifurcación aún no tiene revisiones propias: todo lo que contiene, hasta la revisión { $revision } en la que se creó, viene del bien común de origen. Primero cambia algo en la bifurcación
    [offered] El bien común de origen ya aceptó todo lo que hizo esta bifurcación, hasta su revisión { $revision }. Primero haz un cambio nuevo en la bifurcación
    [cancel_out] { $count ->
        [one] La revisión hecha en la bifurcación desde su última oferta no cambia nada
       *[other] Las { $count } revisiones hechas en la bifurcación desde su última oferta se anulan entre sí: juntas no cambian nada
    }
   *[upstream_has] { $count ->
        [one] El bien común de origen ya tiene cada archivo tal como lo deja la nueva revisión de la bifurcación: no hay nada que ofrecer
       *[other] El bien común de origen ya tiene cada archivo tal como lo dejan las { $count } nuevas revisiones de la bifurcación: no hay nada que ofrecer
    }
}
problem-unknown-revision = La revisión `{ $revision }` no está en este historial
problem-stale-head = El bien común ha pasado a la revisión `{ $actual }` mientras esto partía de `{ $expected }`; recarga y vuelve a intentarlo
problem-duplicate-revision = La revisión `{ $revision }` ya está en este historial
problem-tree-mismatch = El árbol dado para la revisión `{ $revision }` no es el que esta registró
# A server error: written to the log only ($reason in English).
problem-archive-failed = No se ha podido escribir el archivo comprimido: { $reason }

## Commons: what the server refuses around the model

problem-no-commons = El bien común `{ $handle }` no existe
problem-no-revision = La revisión { $number } de { $commons } no existe
problem-no-contribution = La contribución n.º { $number } de { $commons } no existe
problem-no-contribution-id = La contribución no existe
problem-no-file = El archivo `{ $path }` no existe en la revisión { $number }
problem-no-archive = El archivo comprimido `{ $name }` no existe (pide N.tar, N.zip, head.tar o head.zip)
problem-no-review-action = Esta acción de revisión no existe
problem-invalid-revision-number = Los números de revisión empiezan en 1; { $number } no es uno de ellos
problem-invalid-state = El estado «{ $state }» no existe; elige entre open, proposed, changes_requested, accepted, rejected, withdrawn, reverted
problem-commons-handle-taken = El identificador de bien común `{ $handle }` ya está en uso; elige otro
problem-missing-content = `{ $path }` necesita su contenido para añadirse o modificarse
problem-content-twice = `{ $path }` da a la vez content y content_base64; da solo uno
# $reason is the decoder's own explanation, in English.
problem-invalid-base64 = El content_base64 de `{ $path }` no es base64: { $reason }
# $reason is the reading library's own explanation, in English.
problem-invalid-upload = No se ha podido leer la subida ({ $reason }): vuelve a elegir el archivo y envíalo de nuevo
problem-upload-too-large = El archivo supera el tamaño que admite este servidor
problem-upload-empty = Elige un archivo para subir (no puede estar vacío)
problem-invalid-minutes = Los minutos deben ser un número entero, por ejemplo 90 para una hora y media
problem-binary-file = Los archivos binarios no se pueden editar en el navegador
problem-foreign-base = La revisión de base no es de este bien común; recarga la página
problem-contribution-decided = Mientras tanto se ha decidido sobre la contribución n.º { $number }; recárgala
problem-contribution-decided-by-other = Mientras tanto otra persona ha decidido sobre la contribución n.º { $number }; recárgala
problem-moved-while-accepting = { $commons } ha pasado a una nueva revisión mientras se aceptaba esto; recarga y vuelve a intentarlo
problem-moved-while-reverting = { $commons } ha cambiado mientras se revertía esto; recarga y vuelve a intentarlo
problem-confirmation-mismatch = Para eliminar el bien común, escribe su identificador `{ $commons }` en el campo de confirmación
problem-not-a-fork = { $commons } no es una bifurcación: propón los cambios directamente a ese bien común
problem-offer-pending = La oferta n.º { $number } de { $commons } sigue abierta en el bien común de origen; actualízala o retírala primero
# $when is a date and time; $by a handle; $forks the handles of the open forks, separated by commas.
problem-commons-deleted = El bien común `{ $commons }` se eliminó el { $when }; su historial sigue siendo legible, y ya nada puede cambiar en él
problem-commons-deleted-by = @{ $by } eliminó el bien común `{ $commons }` el { $when }; su historial sigue siendo legible, y ya nada puede cambiar en él
problem-commons-deleted-forked = El bien común `{ $commons }` se eliminó el { $when }; ya nada puede cambiar en él, pero su trabajo continúa en sus bifurcaciones: { $forks }
problem-commons-deleted-by-forked = @{ $by } eliminó el bien común `{ $commons }` el { $when }; ya nada puede cambiar en él, pero su trabajo continúa en sus bifurcaciones: { $forks }

## Discussions
## ($field is title or body; $action is edit, delete or comment.)

problem-discussion-empty = { $field ->
        [title] El título
       *[body] El comentario
    } está vacío; escribe algo
problem-discussion-too-long = { $field ->
        [title] El título
       *[body] El comentario
    } tiene { $chars ->
        [one] { $chars } carácter
       *[other] { $chars } caracteres
    }; el límite es { $limit }
problem-discussion-control-character = { $field ->
        [title] El título
       *[body] El comentario
    } tiene un carácter de control en el byte { $position }; quítalo
problem-discussion-not-signed-in = Para { $action ->
        [edit] editar un comentario
        [delete] eliminar un comentario
       *[comment] comentar
    } tienes que iniciar sesión
problem-not-author = Solo quien escribió un comentario puede { $action ->
        [edit] editarlo
       *[delete] eliminarlo
    }
problem-comment-deleted = Este comentario se eliminó; ya no se puede { $action ->
        [edit] editar
       *[delete] volver a eliminar
    }
problem-thread-full = Este hilo tiene { $limit ->
        [one] { $limit } comentario
       *[other] { $limit } comentarios
    }, su límite; abre un hilo nuevo
problem-no-thread = El hilo n.º { $number } de { $scope } no existe
problem-no-comment = El comentario `{ $id }` no existe
problem-comment-moved = Mientras tanto otra petición ha cambiado el comentario; recárgalo y vuelve a intentarlo
problem-not-a-change = la contribución n.º { $number } es un registro de trabajo: no cambia ningún archivo, así que no tiene diferencias que mostrar
problem-no-proposed-file = la contribución n.º { $number } no propone ningún archivo en { $path }
problem-revert-unconfirmed = marca la confirmación para deshacer la revisión { $number }

## Órganos
problem-bodies-invalid = «{ $what }» no puede figurar en el reglamento de un órgano; revisa el valor y vuelve a intentarlo.
problem-bodies-field = El campo { $field } debe ocupar una línea de 1 a { $limit } caracteres, sin caracteres de control.
problem-bodies-slug = «{ $slug }» no puede nombrar un órgano: usa de 1 a 40 minúsculas, cifras o guiones, sin guion al principio ni al final.
problem-bodies-weight-cap = Un peso de { $weight } no está permitido: el reglamento admite pesos de 1 a { $cap }.
problem-bodies-unknown-method = «{ $method }» no es un método del motor de decisiones; usa uno de: { $known }.
problem-bodies-state-filter = «{ $state }» no es un estado de una decisión; usa draft, open, closed o withdrawn.
problem-bodies-decision-state = { $action ->
    [vote] No se puede votar en una decisión en estado { $state }.
    [open] Solo se puede abrir un borrador; esta decisión está en estado { $state }.
    [close] Solo se puede cerrar una decisión abierta; esta está en estado { $state }.
    [withdraw] Solo se pueden retirar borradores y decisiones abiertas; esta está en estado { $state }.
    [edit] Solo se puede reescribir un borrador; esta decisión está en estado { $state }.
    [proxy] Las delegaciones se dan mientras una decisión está abierta; esta está en estado { $state }.
   *[download] Las papeletas se publican al cierre; la decisión está en estado { $state }.
}
problem-bodies-motion-options = Una moción somete una sola propuesta y no tiene opciones; quítalas o elige otro método.
problem-bodies-option-count = Has dado { $count } opciones: una decisión necesita de 2 a { $limit }.
problem-bodies-option-twice = La opción «{ $name }» aparece dos veces.
problem-bodies-seats = Aquí no se pueden cubrir { $seats } puestos: este método y estas opciones permiten de 1 a { $most }.
problem-bodies-max-approvals = Un límite de aprobaciones solo vale para un voto por aprobación, entre 1 y { $most }.
problem-bodies-secrecy-lowered = El reglamento pide al menos papeletas «{ $least }»; unas papeletas «{ $asked }» son menos secretas.
problem-bodies-closing-time = Una decisión debe cerrarse en el futuro.
problem-bodies-ballot-shape = Esta papeleta no sirve para un voto «{ $method }»: envía solo los campos que lee ese método.
problem-bodies-unknown-option = La decisión no tiene la opción «{ $option }».
problem-bodies-weight = En esta decisión tu papeleta pesa { $weight }, no { $asked }.
problem-bodies-objection-reason = Una objeción necesita su motivo: di qué daño ves.
problem-bodies-too-many-approvals = Has aprobado { $count } opciones; este voto permite { $most } como mucho.
problem-bodies-rank-range = El orden tiene { $ranks } puestos para { $options } opciones, o nombra una opción dos veces; ordena cada opción una vez como mucho.
problem-bodies-rank-twice = Dos opciones tienen el mismo puesto; usa cada puesto una sola vez.
problem-bodies-not-manager = Solo quien preparó esta decisión y las personas administradoras de la organización pueden hacerlo.
problem-bodies-not-opener = El reglamento de este órgano no te permite abrir decisiones.
problem-bodies-not-in-electorate = No formas parte del electorado de esta decisión, que se congeló al abrirla.
problem-bodies-no-body = @{ $org } no tiene el órgano «{ $body }».
problem-bodies-admins-only = Solo las personas administradoras de la organización pueden declarar órganos y cambiar su reglamento.
problem-bodies-exists = @{ $org } ya tiene un órgano «{ $body }»; elige otra dirección.
problem-bodies-rulebook-moved = El reglamento cambió mientras tanto; recárgalo y vuelve a intentarlo.
problem-bodies-no-decision = No existe la decisión «{ $id }».
problem-bodies-empty-electorate = Nadie forma parte de este órgano: la decisión no tendría votantes.
problem-bodies-already-voted = Ya has votado, y las papeletas de este órgano no se pueden cambiar.
problem-bodies-number = El campo { $field } debe ser un número entero.
problem-bodies-proposal-motion = Solo una moción o una decisión por consentimiento o consenso pueden llevar un nuevo reglamento.
problem-bodies-rulebook-by-decision = El reglamento de este órgano solo cambia por una decisión del órgano: prepara una moción que lleve las nuevas reglas.
problem-bodies-points = Los puntos solo valen para el voto por puntuación o acumulativo, de 1 a { $most }.
problem-bodies-too-many-points = { $method ->
    [score] Una puntuación de { $given } supera la máxima, { $most }.
   *[other] Has repartido { $given } puntos; este voto permite { $most } como mucho.
}
problem-bodies-proxy = { $why ->
    [self] No puedes delegar tu voto en ti.
    [outside] Esa persona no forma parte del electorado de esta decisión.
    [chain] Esa persona ha delegado su propio voto: las delegaciones no pasan de mano en mano.
    [holding] Tienes delegaciones de otras personas: vota por ellas en lugar de pasarlas.
    [unoffered] Esa persona no te ha ofrecido su voto en esta decisión.
   *[none] No has delegado tu voto.
}
problem-bodies-no-proxies = El reglamento de este órgano no admite delegaciones.
problem-bodies-voted-no-proxy = Ya has votado: tu papeleta cuenta por ti.
problem-bodies-proxy-nobody = No hay nadie llamado @{ $handle }.
problem-bodies-proxy-limit = @{ $handle } ya tiene { $limit ->
    [one] { $limit } delegación, tantas como permite el reglamento.
   *[other] { $limit } delegaciones, tantas como permite el reglamento.
}
## The ledger
problem-ledger-unknown-unit = La unidad «{ $given }» no existe: usa un código de moneda ISO 4217 en mayúsculas (EUR, USD, JPY…), hours o credits
problem-ledger-malformed-amount = El importe «{ $given }» no es un número decimal como 12 o -12.50
problem-ledger-too-many-decimals = El importe «{ $given }» tiene más decimales de los que admite { $unit } ({ $digits ->
        [0] ninguno
        [one] { $digits } cifra
       *[other] { $digits } cifras
    })
problem-ledger-amount-too-large = El importe «{ $given }» es demasiado grande: un importe o un saldo debe caber en unidades menores de 64 bits
problem-ledger-balance-too-large = El saldo de la cuenta { $account } superaría lo que caben en unidades menores de 64 bits; no se ha escrito nada
problem-ledger-zero-leg = La línea { $position } no mueve nada: cada importe debe ser distinto de cero (y positivo en ingresos y gastos)
problem-ledger-leg-count = Un movimiento tiene { $count ->
        [one] { $count } línea
       *[other] { $count } líneas
    }; necesita de dos a { $limit }
problem-ledger-unbalanced = Las líneas no cuadran: en { $unit } suman { $off }, no cero
problem-ledger-mixed-units = La cuenta { $account } se lleva en { $account_unit }; una línea en { $leg_unit } no puede entrar en ella
problem-ledger-overdraft = La cuenta { $account } no puede quedar por debajo de cero y este movimiento la dejaría en { $balance }; no se ha escrito nada
problem-ledger-already-reversed = El movimiento n.º { $number } ya se ha anulado
problem-ledger-reversal-of-reversal = El movimiento n.º { $number } es a su vez una anulación; registra de nuevo el movimiento
problem-ledger-key-reused = Esta clave de idempotencia se usó para otra petición: su campo { $field } es distinto
problem-ledger-account-name = El nombre de cuenta «{ $given }» debe tener de una a cuatro partes separadas por «:», cada una una letra minúscula seguida de letras, cifras o guiones
problem-ledger-account-kind = El tipo de cuenta «{ $given }» no es ninguno de asset, liability, income, expense, equity, external
problem-ledger-category = La categoría de ingreso «{ $given }» no es ninguna de donation, sponsorship, membership_fee, sale, licence_fee, grant, lending_fee
problem-ledger-owner-kind = El titular «{ $given }» no es ni organization, ni commons, ni body, ni person
problem-ledger-own-only = Solo @{ $person } puede abrir su propia tesorería
problem-ledger-date = La fecha «{ $given }» no es un día escrito AAAA-MM-DD, como muy tarde mañana
problem-ledger-text-too-long = El campo { $field } supera los { $limit } caracteres
problem-ledger-key = La clave de idempotencia «{ $given }» debe tener de 1 a { $limit } caracteres, sin espacios ni caracteres de control
problem-ledger-not-steward = Solo los tesoreros de la tesorería de { $treasury } pueden registrar movimientos en ella
problem-ledger-no-account = La tesorería no tiene ninguna cuenta «{ $name }»
problem-ledger-wrong-kind = La cuenta { $name } no es del tipo { $want }, que este tipo de movimiento necesita
problem-ledger-account-exists = La tesorería ya tiene una cuenta { $name }
problem-ledger-treasury-exists = { $handle } ya tiene tesorería, u otra tesorería lleva ese identificador
problem-ledger-no-treasury = No existe la tesorería «{ $handle }»
problem-ledger-no-transaction = La tesorería de { $treasury } no tiene ningún movimiento n.º { $number }
problem-ledger-maintainers-only = Solo quienes mantienen { $commons } pueden abrir su tesorería
problem-ledger-body-admins-only = Solo quienes administran { $org } pueden abrir la tesorería de su órgano { $body }
problem-ledger-body-handle = Un órgano se nombra como organización/órgano, por ejemplo makers-lagomar/assembly, no «{ $given }»
problem-ledger-format = El formato «{ $given }» no es ni hledger ni beancount
## Préstamos

problem-no-resource = El recurso `{ $id }` no existe
problem-no-reservation = La reserva `{ $id }` no existe
problem-lending-missing = `{ $field }` es obligatorio
problem-lending-too-long = `{ $field }` supera los { $limit } caracteres
problem-lending-control-character = `{ $field }` contiene un carácter de control: escríbelo en una sola línea, sin tabuladores
problem-lending-kind = «{ $kind }» no es un tipo de recurso: elige entre { $kinds }
problem-lending-borrowers = «{ $value }» no dice quién puede pedir prestado: escribe `anyone` o `members`
problem-lending-policy-range = `{ $field }` debe estar entre { $min } y { $max }
problem-lending-time-malformed = `{ $field }` no es una hora: escríbela en formato RFC 3339, por ejemplo 2026-12-07T09:00:00+01:00
problem-lending-time-without-zone = `{ $field }` no tiene zona horaria: añade su desfase, por ejemplo 2026-12-07T09:00:00+01:00 o …Z para UTC
problem-lending-time-out-of-range = `{ $field }` está fuera de los años 1970 a 9999
problem-lending-empty-interval = El final debe llegar después del inicio: una reserva no puede ir al revés ni durar cero minutos
problem-lending-too-short = Una reserva de este recurso dura al menos { $minutes ->
    [one] un minuto
   *[other] { $minutes } minutos
}
problem-lending-too-long-booking = Una reserva de este recurso dura como mucho { $minutes ->
    [one] un minuto
   *[other] { $minutes } minutos
}
problem-lending-too-far-ahead = Este recurso se reserva como mucho con { $days ->
    [one] un día
   *[other] { $days } días
} de antelación
problem-lending-starts-in-past = La reserva empieza en el pasado: elige un inicio a partir de ahora
problem-lending-quantity = Has pedido { $asked } unidades; el fondo tiene { $pool ->
    [one] una sola
   *[other] { $pool }
}: pide al menos una y como mucho las que hay
problem-lending-retired = Este recurso está retirado: ya no admite reservas
problem-lending-members-only = Solo los miembros de @{ $org } pueden pedir prestado este recurso
problem-lending-not-steward = Solo quienes custodian el recurso pueden hacer esto
problem-lending-not-borrower = Solo quien reservó o quienes custodian el recurso pueden cancelar esta reserva
problem-lending-not-lent = Nada de esta reserva está prestado: está { $state ->
    [pending] pendiente de aprobación
    [confirmed] confirmada
    [out] prestada
    [returned] devuelta
   *[cancelled] cancelada
}, así que no hay nada que devolver
problem-lending-wrong-state = Una reserva { $state ->
    [pending] pendiente de aprobación
    [confirmed] confirmada
    [out] prestada
    [returned] devuelta
   *[cancelled] cancelada
} no se puede { $action ->
    [approve] aprobar
    [cancel] cancelar
    [check_out] entregar
   *[return] devolver
}
problem-lending-slot-taken = Las unidades están ocupadas a esa hora (reserva `{ $reservation }`); { $next ->
    [none] no queda libre ninguna franja de esa duración dentro del plazo de reserva
   *[other] la próxima franja libre empieza el { $next }
}

## Budgets

problem-no-budget = El presupuesto participativo `{ $id }` no existe
problem-no-budget-heading = `{ $id }` no es una partida de este presupuesto participativo
problem-no-budget-project = `{ $id }` no es un proyecto de este presupuesto participativo
problem-budgets-missing = `{ $field }` es obligatorio
problem-budgets-too-long = `{ $field }` supera los { $limit } caracteres
problem-budgets-control-character = `{ $field }` contiene un carácter de control: escríbelo en una sola línea, sin tabuladores
problem-budgets-malformed-amount = `{ $field }` vale «{ $given }», que no es un importe: escribe cifras, con dos decimales como mucho tras un punto, por ejemplo 1200 o 1200.50
problem-budgets-decimals = `{ $field }` tiene más de dos decimales
problem-budgets-not-positive = `{ $field }` debe ser mayor que cero
problem-budgets-too-large = `{ $field }` es demasiado grande: como mucho { $most }
problem-budgets-unknown-rule = «{ $given }» no es una regla de recuento; las reglas son { $rules }
problem-budgets-unknown-style = «{ $given }» no es un tipo de papeleta: escribe `approval`, `knapsack`, `points` o `ranked`
problem-budgets-unknown-eligibility = «{ $given }» no dice quién participa: escribe `members`, `anyone`, `census` o `body` (con `eligible_body`)
problem-budgets-unknown-phase = «{ $given }» no es una fase; las fases son { $phases }
problem-budgets-limits = `{ $field }` debe estar entre 0 y { $most }
problem-budgets-backwards = Un presupuesto solo avanza: está en `{ $from }`, que va después de `{ $to }` o lo es ya
problem-budgets-phase-disabled = La fase `{ $phase }` no está activada en este presupuesto: actívala antes en su calendario
problem-budgets-phase-dates = La fase `{ $phase }` termina antes de empezar
problem-budgets-no-phase = Al menos una fase debe estar activada
problem-budgets-wrong-phase = { $action ->
    [propose] Los proyectos se proponen
    [review] Los proyectos se revisan
    [add-heading] Las partidas se añaden
    [vote] Se vota
    [record-paper] Las papeletas en papel se registran
    [support] Los proyectos se apoyan
    [support-rules] Las reglas de los apoyos se fijan
    [results] Los resultados se publican
   *[move] El presupuesto cambió de fase entretanto; está
} { $action ->
    [propose] mientras se aceptan propuestas (administradores: antes de la votación), y el presupuesto está en `{ $phase }`
    [review] antes de la votación, y el presupuesto está en `{ $phase }`
    [add-heading] antes de la votación, y el presupuesto está en `{ $phase }`
    [vote] durante la votación, y el presupuesto está en `{ $phase }`
    [record-paper] durante la votación o la revisión de papeletas, y el presupuesto está en `{ $phase }`
    [support] durante la fase de apoyos, y el presupuesto está en `{ $phase }`
    [support-rules] hasta que acaba la fase de apoyos, y el presupuesto está en `{ $phase }`
    [results] terminada la votación, y el presupuesto está en `{ $phase }`
   *[move] en `{ $phase }`
}
problem-budgets-balloting-over = La votación ha terminado: no se aceptan más papeletas
problem-budgets-rules-locked = Las reglas de la votación quedaron fijadas al abrirse la votación: ya no cambian
problem-budgets-unknown-project = El proyecto «{ $number }» no está en la papeleta de esta partida
problem-budgets-twice = El proyecto «{ $number }» está elegido dos veces
problem-budgets-too-few = Una papeleta elige al menos { $least ->
    [one] un proyecto
   *[other] { $least } proyectos
}; esta elige { $given }
problem-budgets-too-many = Una papeleta elige como mucho { $most ->
    [one] un proyecto
   *[other] { $most } proyectos
}; esta elige { $given }
problem-budgets-empty-ballot = Una papeleta elige al menos un proyecto
problem-budgets-over-budget = Los proyectos elegidos cuestan { $total }, más que los { $amount } de la partida: quita alguno
problem-budgets-not-admin = Solo los administradores de @{ $org } pueden hacer esto
problem-budgets-not-member = Solo los miembros de @{ $org } pueden participar en su presupuesto participativo
problem-budgets-too-many-headings = Un presupuesto tiene como mucho { $most } partidas
problem-budgets-time = `{ $field }` no es una fecha: escríbela en RFC 3339, por ejemplo 2026-05-01T09:00:00+02:00
problem-budgets-malformed-pb = El archivo Pabulib no se puede leer en la línea { $line }: { $reason }
problem-budgets-file-cost-too-large = El proyecto «{ $project }» cuesta más de lo que caben en 64 bits de unidades
problem-budgets-file-budget-too-large = El presupuesto supera lo que caben en 64 bits de unidades
problem-budgets-heading-exists = El presupuesto ya tiene una partida llamada «{ $name }»
problem-budgets-paper-line = Línea { $line }: { $why }
problem-budgets-rule-not-applicable = La regla { $rule } no puede contar estas papeletas: { $reason }
problem-budgets-not-utf8 = El archivo no es texto UTF-8 (byte { $byte }): guárdalo en UTF-8
problem-budgets-tie-break = «{ $given }» no es una regla de desempate: escribe `lexicographic`, `natural` o `seed:N`
problem-budgets-heading-required = Este presupuesto tiene varias partidas: nombra una con `?heading=` ({ $headings })
problem-budgets-review-decision = «{ $given }» no es una revisión: escribe `reject` o `restore`
problem-budgets-progress = «{ $given }» no es un avance: el estado es not_started, under_way, done o cancelled, el porcentaje de 0 a 100
problem-budgets-day = `{ $field }` no es un día: escríbelo AAAA-MM-DD
problem-budgets-link = El enlace no es una dirección http(s) en una sola línea
problem-budgets-not-funded = El proyecto «{ $number }» no se financió: solo se ejecutan los proyectos financiados
problem-budgets-already-supported = Ya apoyas este proyecto
problem-budgets-support-rules = En las reglas de los apoyos, { $field ->
    [max_per_person] `max_per_person` debe ser un número entero de 1 a 1000, o null para no limitar, no «{ $given }»
    [advance] `advance` debe ser `all`, `threshold` o `top`, no «{ $given }»
   *[count] `count` debe ser un número entero de 1 a 100000 con `threshold` o `top` (y omitirse con `all`), no «{ $given }»
}
problem-budgets-support-limit = Ya apoyas { $most ->
    [one] un proyecto
   *[other] { $most } proyectos
} de «{ $heading }», lo máximo por persona
problem-budgets-census-no-id-column = Línea { $line }: la cabecera del censo no tiene columna `id`; escribe `id` y, si quieres, `birth_date` y `district`
problem-budgets-census-unknown-column = Línea { $line }: el censo no tiene la columna «{ $given }»; las columnas son `id`, `birth_date` y `district`
problem-budgets-census-fields = Línea { $line }: { $given } campos donde la cabecera nombra { $expected }
problem-budgets-census-empty-id = Línea { $line }: el identificador está vacío
problem-budgets-census-id-too-long = Línea { $line }: un identificador tiene como mucho { $most } caracteres (sin espacios, puntos ni guiones)
problem-budgets-census-birth-date = Línea { $line }: «{ $given }» no es una fecha de nacimiento; escríbela como AAAA-MM-DD
problem-budgets-census-repeated = Línea { $line }: el mismo identificador que la línea { $first }
problem-budgets-census-unknown-district = Línea { $line }: «{ $given }» no es un apartado de este proceso; un distrito nombra un apartado
problem-budgets-census-empty = El censo no lista a nadie: tras la cabecera, escribe un identificador por línea
problem-budgets-census-too-many = Línea { $line }: un censo tiene como mucho { $most } entradas
problem-budgets-not-in-census = Este presupuesto está abierto a su censo: reclama antes tu entrada con tu identificador en la página del proceso
problem-budgets-unknown-census-id = Ninguna entrada de este censo tiene ese identificador; compruébalo tal como lo escribe el censo de tu ciudad
problem-budgets-census-entry-taken = Otra persona reclamó esta entrada del censo; si es tuya, avisa a quien organiza
problem-budgets-census-already-claimed = Ya reclamaste otra entrada de este censo
problem-budgets-age-rule = Este presupuesto está abierto desde los { $least } años al inicio de la votación, y el censo dice que eres menor
problem-budgets-age-rule-unknown = Este presupuesto está abierto desde los { $least } años al inicio de la votación, y el censo no da tu fecha de nacimiento; avisa a quien organiza
problem-budgets-district-rule = Votas en tu distrito ({ $own }), en el apartado de toda la ciudad y en { $allowed ->
    [0] ningún otro distrito
    [one] otro distrito más
   *[other] { $allowed } distritos más
}, y ya has votado en todos ellos
problem-budgets-district-rule-first = Votas en el primer distrito en que votaste, en el apartado de toda la ciudad y en { $allowed ->
    [0] ningún otro distrito
    [one] otro distrito más
   *[other] { $allowed } distritos más
}, y ya has votado en todos ellos

# La coalición: políticas de licencia y determinaciones de uso.
problem-coalition-unknown-use = El uso «{ $given }» es desconocido: pide `commercial` o `non_commercial`
problem-coalition-malformed-amount = { $field } «{ $given }» no es un importe como «1200.50 EUR»: un número decimal, un espacio, un código de moneda
problem-coalition-unknown-unit = { $field }: «{ $given }» no es una moneda; usa un código ISO 4217 en mayúsculas (EUR, USD, JPY…)
problem-coalition-not-a-currency = { $field }: «{ $given }» cuenta tiempo o créditos, no dinero; indícalo en una moneda (EUR, USD…)
problem-coalition-too-many-decimals = { $field } «{ $given }» tiene más decimales de los que admite { $unit } ({ $digits ->
        [0] ninguno
        [one] { $digits } cifra
       *[other] { $digits } cifras
    })
problem-coalition-amount-too-large = { $field } «{ $given }» es demasiado grande: un importe debe caber en unidades menores de 64 bits
problem-coalition-negative-amount = { $field } «{ $given }» es menor que cero: indica lo que se ganó o se pide, cero o más
problem-coalition-currency-mismatch = { $field } está en { $given }, pero este común pide sus cuotas en { $want }: indícalo en { $want }
problem-coalition-invalid-units = { $given } unidades no es posible: indica cuántas se produjeron o vendieron, cero o más
problem-coalition-fee-too-large = La cuota o el crédito superaría lo que caben en unidades menores de 64 bits; no se escribió nada
problem-coalition-invalid-fee-schedule = La tarifa no se puede aceptar: { $reason }
problem-coalition-invalid-policy = La política de licencia no se puede aceptar: { $reason }
problem-coalition-unknown-policy = «{ $given }» no es una política; elige spdx, ppl, copyfair o custom
problem-coalition-policy-stray-field = `{ $field }` no pertenece a una política { $policy }; quítalo
problem-coalition-policy-missing-field = una política { $policy } necesita `{ $field }`
problem-coalition-credit-currency = la tasa de crédito `{ $field }` debe estar en la moneda de la cuota, { $want }
problem-coalition-period = un periodo de { $given } días no es posible: indica de 1 a { $most } días
problem-coalition-policy-text = `{ $field }` debe tener de 1 a { $most } caracteres sin caracteres de control (tiene { $chars })
problem-coalition-custom-commercial = «{ $given }» no es una regla de uso comercial; elige permitted, commons_based_only o separate_agreement
problem-coalition-unknown-schedule = «{ $given }» no es una tarifa; elige flat, revenue_share o per_unit
problem-coalition-schedule-missing-field = una tarifa { $schedule } necesita `{ $field }`
problem-coalition-schedule-stray-field = `{ $field }` no pertenece a una tarifa { $schedule }; quítalo
problem-coalition-schedule-zero = `{ $field }` debe ser mayor que cero
problem-coalition-unit-name = lo que es una unidad debe nombrarse en 1 a 60 caracteres (este nombre tiene { $chars })
problem-coalition-basis-points = una parte de { $given } puntos básicos no es posible: indica de 1 a 10000 (300 es el 3 %)
problem-why-coalition-ask = preguntar en su nombre si puede usar un común
problem-coalition-maintainers-only = solo los mantenedores de { $commons } pueden fijar su política de licencia
problem-no-determination = no hay ninguna determinación `{ $id }`
problem-coalition-nothing-to-terminate = una determinación que respondió { $outcome } no dio derechos que terminar, o los derechos de su parte sobre este común ya terminaron
problem-coalition-invalid-day = { $field } «{ $given }» no es un día escrito AAAA-MM-DD
problem-coalition-empty-span = una afiliación no puede terminar ({ $until }) antes de empezar ({ $from })
problem-no-affiliation = no hay ninguna afiliación `{ $id }`
problem-affiliation-not-yours = solo quien declaró una afiliación puede retirarla
problem-distribution-day = el { $field ->
    [since] primer día
   *[until] último día
} «{ $given }» no es una fecha: escríbalo como AAAA-MM-DD
problem-distribution-period = el último día contado es anterior al primero: indique un último día igual o posterior al primero
problem-distribution-policy = «{ $given }» no es una regla de reparto: elija entre { $known }
problem-distribution-commons-only = la tesorería { $treasury } no es la de un procomún: solo la tesorería de un procomún reparte entre sus contribuyentes
problem-distribution-nobody = nadie a quien pagar según { $policy ->
    [hours] las horas: ningún registro de trabajo aceptado en el periodo indica minutos
   *[other] { $policy }: el procomún no aceptó ninguna contribución en el periodo
}; elija un periodo más largo u otra regla
problem-distribution-none = la tesorería { $treasury } no tiene el reparto n.º { $number }
problem-distribution-decided = el reparto n.º { $number } ya está { $state ->
    [posted] asentado
   *[other] descartado
}: prepare uno nuevo para repartir el dinero otra vez
problem-expense-invalid = { $field ->
    [title] el título
    [payee] el beneficiario
    [payout] los datos de pago
    [description] la descripción
    [receipt] el justificante
    [pay_on] el día de pago
    [receipt_name] el nombre del archivo del justificante
   *[other] el motivo para mantener privado el justificante
} del gasto { $why ->
    [empty] está vacío: rellénelo
    [long] es demasiado largo: acórtelo
    [large] supera 5 MiB: envíe un archivo más pequeño
    [day] no es un día entre hoy y dentro de un año: escríbalo como AAAA-MM-DD
   *[no_receipt] se da sin justificante: adjunte el justificante o quite el motivo
}
problem-expense-approvals = no se pueden pedir { $given } aprobaciones a { $stewards } administradores: pida de 1 a { $stewards }
problem-expense-none = la tesorería { $treasury } no tiene el gasto n.º { $number }
problem-expense-state = el gasto n.º { $number } está { $state ->
    [submitted] pendiente de aprobación
    [approved] aprobado
    [paid] pagado
    [rejected] rechazado
    [draft] en borrador
    [incomplete] a la espera de más datos de su autor
    [scheduled] programado para el pago
    [spam] marcado como spam
   *[canceled] retirado
}; esto solo se puede hacer cuando está { $want ->
    [draft] en borrador o incompleto
    [approved] aprobado
   *[submitted] pendiente de aprobación
}
problem-expense-own = el gasto n.º { $number } es suyo: otro administrador debe aprobarlo, rechazarlo o pagarlo
problem-expense-reason = diga por qué se rechaza el gasto: quien lo presentó lo leerá
problem-expense-voted = ya aprobó o rechazó el gasto n.º { $number }
problem-expense-not-yours = solo quien presentó el gasto n.º { $number } puede retirarlo
problem-expense-receipt-private = el justificante solo lo ven los administradores de la tesorería y quien lo presentó: { $reason }
problem-expense-base64 = el contenido del justificante no está en base64 estándar: codifique los bytes del archivo en base64
problem-expense-consent-days = { $given } días no pueden ser un periodo de consentimiento: indique de 1 a 90 días, o ninguno para decidir solo con las aprobaciones de los administradores
problem-expense-not-by-consent = el gasto n.º { $number } no se decide por consentimiento: su tesorería no tenía regla de consentimiento cuando se presentó; apruébelo, recházelo o pida más datos
problem-expense-objection-stands = su objeción al gasto n.º { $number } ya está en pie: retírela antes para decir otra cosa
problem-expense-no-objection = no tiene ninguna objeción en pie al gasto n.º { $number } que retirar
problem-hold-invalid = { $why ->
    [same_account] una reserva aparta dinero de una cuenta para otra: indique dos cuentas distintas
    [past] la reserva vencería antes de empezar: indique un momento futuro
    [too_far] una reserva dura como mucho un año: indique un vencimiento más cercano
   *[more_than_held] una reserva asienta como mucho lo que apartó: asiente menos, o todo
}
problem-hold-none = la tesorería { $treasury } no tiene la reserva n.º { $number }
problem-hold-state = la reserva n.º { $number } ya está { $state ->
    [posted] asentada
    [voided] anulada
   *[expired] vencida
}: cree una nueva para apartar dinero otra vez
problem-journal-verify-admins = solo un administrador de la instancia puede recalcular la huella de todo el diario por la API; quien tenga la base de datos puede ejecutar `commonfare verify`
problem-ledger-period-day = { $field } «{ $given }» no es un día: escríbelo como AAAA-MM-DD
problem-ledger-period-order = el periodo empieza el { $from }, después de su fin el { $to }: pon el día anterior en `from`
problem-bodies-amount = El campo { $field } «{ $given }» { $reason ->
    [currency] no es una moneda: usa un código ISO 4217 en mayúsculas (EUR, USD, JPY…)
    [decimals] tiene más decimales de los que permite su moneda
    [positive] debe ser mayor que cero
    [large] es demasiado grande: un importe debe caber en unidades menores de 64 bits
   *[other] no es un número decimal como 100 o 99.50
}.
problem-bodies-authorises = { $why ->
    [motion] Solo una moción, un consentimiento o un consenso puede autorizar un pago, no una votación { $given }.
    [treasury] «{ $given }» no es el identificador de una tesorería: usa de 1 a 64 letras minúsculas, cifras, guiones, guiones bajos o puntos.
   *[expense] «{ $given }» no es un número de gasto: da el número entero del gasto, desde 1.
}
problem-expense-spending-limit = el gasto n.º { $number } de { $amount } supera el límite de { $limit } que fijó { $body }: podrá pagarse cuando una decisión de { $body } lo autorice ({ $url })
problem-budget-line-invalid = { $field } «{ $given }» no sirve para una partida: un nombre de 200 caracteres como mucho, un importe mayor que cero, días AAAA-MM-DD con el fin no antes del inicio, una partida de la tesorería en la unidad del gasto, y `flag` o `block` para lo que pasa por encima de una partida
problem-budget-line-over = aprobar el gasto n.º { $number } pasaría la partida { $line } de lo previsto ({ $planned }) en { $over }, y esta tesorería lo bloquea: aumenta la partida o imputa el gasto a otra

## Mantenimiento del préstamo: bloqueos, averías, planes, formaciones, búsqueda de disponibilidad
problem-lending-no-block = El bloqueo `{ $id }` no existe
problem-lending-block-quantity = Quieres bloquear { $asked } unidades; el lote tiene { $pool ->
    [one] una sola
   *[other] { $pool }
}: bloquea al menos una y como mucho las que hay
problem-lending-training-required = { $expired ->
    [yes] Tu formación en { $name } ha caducado (o caduca antes de que termine esta reserva)
   *[other] { $name } solo se reserva tras una formación
}: pide una formación a su responsable { $steward }, que la registra en la página del recurso
problem-lending-expiry-in-past = Una formación debe caducar en el futuro: indica una caducidad posterior a ahora
problem-lending-block-ended = Este bloqueo ya terminó: las unidades han vuelto al lote
problem-lending-search-quantity = Pides { $asked } unidades: pide al menos una y como mucho { $max }
problem-lending-plan = Un plan de mantenimiento necesita `every_days` (de 1 a { $days }) o `every_uses` (de 1 a 10000), o ambos, y `minutes` de 1 a { $minutes }
problem-lending-slot-blocked = Las unidades están fuera de servicio en ese momento (bloqueo `{ $block }`: mantenimiento o avería); { $next ->
    [none] ningún hueco de esa duración está libre dentro del plazo reservable
   *[other] el próximo hueco libre empieza el { $next }
}
problem-bodies-nominations-time = Las candidaturas deben cerrar en el futuro, antes del cierre de la elección: da de 1 a 366 días.
problem-bodies-election-fields = Una elección que cubre puestos necesita el órgano cuyos puestos cubre y cuándo cierran las candidaturas.
problem-bodies-election-options = Una elección que cubre puestos toma sus opciones de las candidaturas: elige un método con opciones (no una moción), sin opciones ni pagos propios.
problem-bodies-not-elected = El órgano «{ $body }» no tiene puestos electos: su reglamento debe decir que sus puestos son electos, cuántos y por cuánto tiempo.
problem-bodies-nominations-closed = Las candidaturas están cerradas: esta elección ya se abrió, pasó el plazo de candidaturas o no admite candidaturas.
problem-bodies-members-only = Solo los miembros de la organización pueden tomar parte en sus candidaturas.
problem-bodies-nominee-not-member = @{ $handle } no es miembro de @{ $org }: solo sus miembros pueden presentarse.
problem-bodies-already-nominated = @{ $handle } ya está propuesto.
problem-bodies-no-pending-nomination = No tienes ninguna candidatura que espere tu respuesta en esta elección.
problem-bodies-too-few-candidates = { $count } candidaturas: esta elección necesita al menos { $need }. Espera más candidaturas.
problem-bodies-no-feed = Ningún canal tiene esta dirección: fue sustituida o nunca se creó. Crea una nueva en la página de decisiones.
problem-coalition-invalid-share = «{ $given }» no es una parte: escribe un porcentaje mayor que 0 y de como máximo 100, con dos decimales como máximo (por ejemplo «10%» o «12.5%»).
problem-coalition-shares-over-whole = Estos compromisos suman { $total } del excedente: juntos no pueden pasar del 100%.
problem-coalition-no-treasury = { $commons } aún no tiene tesorería, así que no se le puede deber nada: quienes lo mantienen deben abrir una antes.
problem-coalition-not-party = Solo la persona que preguntó, o un miembro de la organización por la que preguntó, puede aceptar esta tarifa.
problem-coalition-no-fee = Esta determinación ({ $outcome }) no nombra ninguna tarifa que aceptar.
problem-coalition-expired = Esta determinación ha caducado: vuelve a preguntar a { $commons } y acepta la tarifa de la nueva respuesta.
problem-coalition-rights-ended = Los derechos de esta parte sobre { $commons } terminaron por un incumplimiento: quien lo mantiene debe levantarlo antes.
problem-coalition-fee-accepted = Esta tarifa ya se aceptó: es la suma debida n.º { $number } de { $commons }.
problem-coalition-fee-period = Una tarifa de esta parte ya cubre parte de este periodo (suma debida n.º { $number }, del { $from } al { $until }).
problem-coalition-no-due = { $commons } no tiene ninguna suma debida n.º { $number }.
problem-coalition-due-paid = La suma debida n.º { $number } ya se registró como pagada (movimiento n.º { $transaction }).
problem-coalition-not-a-phyle = @{ $organization } no es una filé: solo las filés comprometen partes de su excedente.
problem-coalition-phyle-admins = Solo quienes administran @{ $organization } pueden fijar sus compromisos o declarar su excedente.
problem-coalition-duplicate-pledge = { $commons } aparece dos veces: un solo compromiso por común.
problem-coalition-surplus-period = Ya hay un excedente declarado del { $from } al { $until }: los periodos no pueden solaparse.
problem-coalition-no-breach = No hay ningún incumplimiento vigente contra esta parte en { $commons }.
problem-coalition-pledge-line = La línea { $line } no es «COMÚN PARTE»: escribe el identificador del común, un espacio y luego la parte (por ejemplo «open-mapping 10%»).
problem-phyle-not-contributor = @{ $person } aún no ha contribuido a ningún común: los miembros de una filé son comuneros. En cuanto se acepte una de sus contribuciones, podrá unirse a @{ $organization }.

# Lending: opening hours and limits per person (issue 18)
problem-lending-hours = { $problem ->
    [reversed] la franja de apertura «{ $entry }» cierra antes de abrir: escribe primero la hora de apertura, por ejemplo tue 17:00-20:00
    [overlap] la franja de apertura «{ $entry }» se solapa con «{ $other }»: únelas, o haz que una termine antes de que empiece la otra
   *[other] la franja de apertura «{ $entry }» no se puede leer: escribe un día (de mon a sun) y un horario de 00:00 a 24:00, por ejemplo tue 17:00-20:00
}
problem-lending-zone = «{ $value }» no es una zona horaria: escribe un nombre de la base tz como Europe/Madrid o UTC
problem-lending-outside-hours = { $field ->
    [ends_at] el final
   *[other] el inicio
} de esta reserva cae fuera del horario de apertura ({ $hours }): las unidades salen y vuelven cuando el lugar está abierto; { $next ->
    [none] no hay ninguna apertura prevista
   *[other] la próxima apertura es el { $next }
}
problem-lending-limit-items = tienes { $have } unidades fuera o reservadas en ese momento y el límite es { $limit } por persona; { $until ->
    [none] devuelve una primero
   *[other] la próxima devolución vence el { $until }
}
problem-lending-limit-days = tienes { $have } días reservados este mes y esta reserva añade { $asking }: el límite es { $limit } días al mes por persona; vuelve a empezar el { $until }
problem-lending-limit-holds = tienes { $have } reservas pendientes de aprobación y el límite es { $limit } por persona: espera a que un custodio apruebe una, o cancela una
problem-lending-no-wait = ningún puesto en una lista de espera tiene el identificador «{ $id }»
problem-lending-slot-free = esa franja está libre: resérvala en lugar de esperarla
problem-lending-offer-lapsed = esta oferta no se aceptó antes de la hora límite de retiro y caducó: la franja pasa a la siguiente persona; vuelve a apuntarte o reserva otra franja
problem-budget-line-other-owner = «{ $budget }» lo llevó otra organización distinta de la que tiene la tesorería { $treasury }: sus proyectos financiados pasan a ser partidas de la tesorería de su propia organización.
problem-expense-tier-twice = Dos tramos empiezan por encima de { $amount }: nombra cada importe una sola vez.
problem-lending-no-place = Ningún recurso se guarda en «{ $place }»: escribe el lugar como lo escriben los recursos.
problem-lending-period = { $problem ->
    [reversed] el periodo «{ $value }» termina antes de empezar: escribe el primer día, dos puntos y el último día, por ejemplo 2026-10-01..2026-11-30
    [too_long] el periodo «{ $value }» dura más de { $years } años: cuenta uno más corto
   *[other] «{ $value }» no es un periodo: escribe un año (2026), un mes (2026-11), 30d para los últimos 30 días, o un primer y un último día como 2026-10-01..2026-11-30
}
problem-lending-factor = el factor de { $field } debe ser un número entero de 0 a { $max }
problem-lending-not-library-steward = solo los custodios de la biblioteca (la persona, o los administradores de la organización) pueden fijar sus factores de ahorro
problem-lending-no-library = no hay ninguna persona ni organización @{ $handle } cuya biblioteca contar
problem-lending-no-feed = Ningún calendario tiene esta dirección: fue sustituida, detenida o nunca se creó. Crea una nueva en la página de tus reservas.
problem-ledger-nothing-owed = La tesorería { $treasury } no te debe nada: los pagos son de lo que sus repartos te acreditaron.
problem-ledger-payout-above-owed = Pides { $asked }, pero la tesorería te debe { $owed } y tus pagos pendientes de aprobación o de pago ya reclaman { $claimed }: pide como mucho la diferencia.

# Delegaciones con aceptación y delegaciones permanentes (issue 14, punto 5)
problem-bodies-delegation = { $why ->
    [self] No puedes delegar en ti.
    [outside] Esa persona no forma parte de este órgano.
    [chain] Esa persona ha delegado en otra: las delegaciones no pasan de mano en mano.
    [holding] Otras personas han delegado en ti: vota por ellas en lugar de pasar sus delegaciones.
    [unoffered] Esa persona no te ha dado ninguna delegación en este órgano.
    [delegated] Has delegado en otra persona: las delegaciones no pasan de mano en mano; retira antes la tuya.
   *[none] No has dado ninguna delegación permanente en este órgano.
}
problem-bodies-delegation-exists = Ya delegas en @{ $handle }: retira antes esa delegación.
problem-bodies-not-seated = No formas parte de «{ $body }».
problem-offer-mode = la modalidad «{ $value }» no es ninguna de: { $modes }
problem-offer-fee = { $mode ->
    [rent] una cosa en alquiler necesita una tarifa por día, en céntimos, de 1 a { $max }
   *[other] solo una cosa en alquiler tiene tarifa por día: quítala para { $mode }
}
problem-offer-wanted = di qué te gustaría a cambio en un trueque (wanted)
problem-offer-not-owner = solo la persona a quien pertenece puede editarla, cerrarla o usarla en un acuerdo
problem-offer-not-party = solo la otra parte de este acuerdo puede aceptarlo, y solo sus dos partes pueden rechazarlo
problem-offer-closed = esta oferta está { $state }: no admite más acuerdos
problem-offer-request-closed = esta petición está { $state }: no admite más respuestas
problem-offer-match-state = este acuerdo ya está { $state }
problem-offer-own = no puedes pedir tu propia oferta ni responder a tu propia petición
problem-offer-interval = una cosa prestada o alquilada se presta por un intervalo: indica starts_at y ends_at
problem-offer-none = ninguna oferta tiene el identificador «{ $id }»
problem-offer-no-request = ninguna petición tiene el identificador «{ $id }»
problem-offer-no-match = ningún acuerdo tiene el identificador «{ $id }»

problem-whole-number = Escribe aquí un número entero, como 2.
problem-budgets-override-nothing = El proyecto { $number } ya { $funded ->
    [yes] está financiado
   *[no] no está financiado
}: una corrección debe cambiar lo que se financia.
problem-distribution-parameters = los parámetros de la regla { $policy } no son válidos: { $reason }
problem-distribution-approved-already = ya aprobó el reparto n.º { $number }: se asienta cuando la regla de la tesorería tenga sus aprobaciones
problem-distribution-objection-stands = su objeción al reparto n.º { $number } está en pie: retírela antes para aprobarlo o para decir otra cosa
problem-distribution-no-objection = no tiene ninguna objeción en pie al reparto n.º { $number } que retirar
problem-distribution-reason = diga por qué se opone al reparto: los demás tesoreros lo leerán
problem-budgets-rule-refuses-style = La regla { $rule } no puede contar papeletas { $style } ({ $reason }): elige otra regla u otro tipo de papeleta
problem-budgets-points-not-for-style = `points_total` y `max_points` son reglas de las papeletas de puntos, y esta papeleta es { $style }: quítalos o elige `points`
problem-budgets-points-total = Una papeleta de puntos necesita `points_total`, los puntos de cada votante: de 1 a { $most }
problem-budgets-not-for-style = `{ $field }` pertenece a otro tipo de papeleta, y esta es { $style }: quítalo
problem-budgets-parallel = `{ $field }` da { $given } valores para { $projects } proyectos: da uno por proyecto, en el mismo orden
problem-budgets-points-not-positive = El proyecto { $number } no tiene puntos por encima de cero: dale al menos un punto, o quítalo de la papeleta
problem-budgets-points-malformed = «{ $given }» no es un número entero de puntos (proyecto { $number })
problem-budgets-points-over-most = El proyecto { $number } tiene { $given } puntos, más de los { $most } que puede recibir un proyecto
problem-budgets-points-over-total = La papeleta da { $given } puntos, más de los { $total } de cada votante: quita algunos
problem-budgets-ranks-tied = Dos proyectos comparten el puesto { $rank }: da a cada proyecto su propio puesto
problem-budgets-rank-gap = Ningún proyecto tiene el puesto { $missing }: los puestos van desde 1 sin huecos
problem-budgets-merge-self = Un proyecto no puede fusionarse consigo mismo: indica el original que repite
problem-budgets-merge-heading = El proyecto { $number } está en otra partida: un duplicado se fusiona con un proyecto de su propia partida
problem-budgets-not-on-ballot = El proyecto { $number } ya no está en la papeleta (retirado o fusionado): elige un proyecto que lo esté
problem-lending-photo-type = una foto se envía como image/jpeg, image/png o image/webp, no «{ $given }»
problem-lending-photo-not-image = los bytes enviados no son una imagen { $declared }: envía la imagen misma, con el tipo de medio que le corresponde
problem-lending-photo-too-large = una foto puede tener como mucho { $most } bytes (5 MiB): envía una más pequeña
problem-no-photo = este recurso no tiene ninguna foto con el identificador «{ $id }»
problem-lending-kit = { $problem ->
    [too_many] un kit tiene como mucho { $most } piezas
    [twice] la pieza «{ $part }» se nombra dos veces: nombra cada pieza una vez, con su cantidad
    [quantity] la cantidad de «{ $part }» va de 1 a sus existencias
    [itself] un kit no puede ser pieza de sí mismo
    [steward] «{ $part }» tiene otro custodio: las piezas de un kit tienen el custodio del kit
    [nested] «{ $part }» es un kit o pieza de uno: los kits no se anidan
    [retired] «{ $part }» está retirado del préstamo
    [booked] las reservas futuras del kit no cabrían junto a las de «{ $part }»
   *[other] las piezas del kit no pueden ser así
}
problem-lending-component-taken = la pieza «{ $component }» del kit está ocupada a esa hora (por `{ $holder }`); { $next ->
    [none] no queda libre para todo el kit ninguna franja de esa duración dentro del plazo de reserva
   *[other] la próxima franja libre para todo el kit empieza el { $next }
}
problem-peer-round = la ronda no puede abrirse: { $reason }
problem-peer-gifts = los puntos dados no son válidos: { $reason }
problem-peer-round-missing = la tesorería { $treasury } no tiene ronda de reparto entre pares { $number }
problem-peer-round-open = la ronda de reparto entre pares { $number } está abierta hasta { $until }: ciérrela antes, o espere
problem-peer-round-closed = la ronda de reparto entre pares { $number } se cerró el { $at }: sus puntos ya no pueden cambiar
problem-peer-not-member = no es miembro de la ronda de reparto entre pares { $number }: sus miembros son quienes contribuían al común cuando se abrió
problem-peer-no-round = la tesorería { $treasury } no tiene ninguna ronda de reparto entre pares cerrada: abra una, deje que sus miembros den sus puntos y ciérrela

problem-budgets-valuation-phase = los proyectos solo se valoran mientras el proceso está en valoración, y está en `{ $phase }`
problem-budgets-panel-phase = la comisión de valoración se nombra hasta que acaba la valoración, y el proceso está en `{ $phase }`
problem-budgets-not-on-panel = { $named ->
    [yes] solo quien forma parte de «{ $body }», la comisión de valoración de este proceso, valora sus proyectos
   *[no] este proceso no tiene comisión de valoración: solo los administradores de { $org } valoran sus proyectos
}
problem-budgets-explanation-required = rellena `explanation`: { $why ->
    [unfeasible] di por qué el proyecto no es viable
   *[price] di por qué el precio difiere de la estimación ({ $estimate })
}
problem-budgets-group-too-small = Un grupo de incompatibilidad necesita al menos dos proyectos distintos: marca dos o más.
problem-budgets-group-heading = El proyecto { $number } no está en «{ $heading }»: un grupo reúne proyectos de una sola partida.
problem-budgets-project-in-group = El proyecto { $number } ya está en el grupo «{ $group }»: un proyecto está en un grupo como mucho.
problem-budgets-project-in-group-raced = Uno de estos proyectos se puso en otro grupo al mismo tiempo: un proyecto está en un grupo como mucho.
problem-no-budget-group = `{ $id }` no es un grupo de incompatibilidad de este presupuesto participativo
problem-lending-photo-moment = «{ $value }» no es un momento de un préstamo: indica `check_out` (al entregar los objetos) o `return` (al devolverlos)
problem-lending-moment-not-reached = una reserva { $state ->
    [pending] pendiente de aprobación
    [confirmed] confirmada
    [out] prestada
    [returned] devuelta
    [offered] ofrecida desde la lista de espera
   *[cancelled] cancelada
} aún no tiene { $moment ->
    [check_out] entrega
   *[return] devolución
} que fotografiar: { $moment ->
    [check_out] entrega primero los objetos
   *[return] recoge primero los objetos
}
problem-no-condition-photo = esta reserva no tiene ninguna foto con el identificador «{ $id }»
problem-budgets-not-in-body = Este presupuesto está abierto a los miembros de «{ $body }» ({ $url }), y ahora no formas parte de ese órgano
problem-budgets-unknown-body = @{ $org } no tiene ningún órgano «{ $given }»: indica en `eligible_body` el identificador de uno de sus propios órganos (su página es /orgs/{ $org }/bodies/IDENTIFICADOR)
problem-budgets-body-not-for-eligibility = `eligible_body` nombra el órgano cuyos miembros participan y solo va con `eligibility` `body`, no `{ $eligibility }`: quítalo o pon `eligibility` a `body`
problem-lending-desk-hours = { $problem ->
    [reversed] la franja del mostrador «{ $entry }» cierra antes de abrir: escribe primero la hora de apertura, por ejemplo tue 17:00-18:00
    [overlap] la franja del mostrador «{ $entry }» se solapa con «{ $other }»: únelas, o haz que una termine antes de que empiece la otra
   *[other] la franja del mostrador «{ $entry }» no se puede leer: escribe un día (de mon a sun) y un horario de 00:00 a 24:00, por ejemplo tue 17:00-18:00
}
problem-lending-outside-desk-hours = { $field ->
    [ends_at] el final
   *[other] el inicio
} de esta reserva cae fuera del horario del mostrador ({ $hours }): el lugar puede estar abierto, pero las unidades solo salen y vuelven cuando atiende el mostrador; { $next ->
    [none] el mostrador no tiene ninguna apertura prevista
   *[other] el mostrador abre de nuevo el { $next }
}
problem-lending-two-stewards = indica como responsable una organización o un procomún, no ambos
problem-lending-maintainers-only = Solo quienes mantienen { $commons } pueden prestar en su nombre
problem-lending-territory-admins = solo un administrador de la instancia puede fijar los factores de ahorro por defecto del territorio
problem-lending-short-notice = Este recurso se reserva con más antelación: el inicio más temprano que puedes reservar ahora es { $earliest }
problem-budgets-not-member-of-proposer = Solo los miembros activos de @{ $org } pueden proponer un proyecto en su nombre
problem-budgets-two-proposers = Un proyecto se propone para una organización o para un grupo informal, no para ambos: deja vacío «organization» o «group»
problem-budgets-not-proposer-or-admin = Solo un administrador de @{ $org } o quien propuso el proyecto puede enlazar su bien común
problem-budgets-no-commons-linked = El proyecto «{ $number }» no tiene ningún bien común enlazado
problem-budgets-paper-no-vote-column = Línea { $line }: la cabecera no nombra la columna `vote` (columnas: vote, voter, station, ballot, declared)
problem-budgets-paper-unknown-column = Línea { $line }: columna desconocida `{ $given }` (columnas: vote, voter, station, ballot, declared)
problem-budgets-paper-fields = Línea { $line }: { $given } campos donde la cabecera nombra { $expected }; pon entre comillas un voto cuyos proyectos van separados por comas, o sepáralos con `;`
problem-budgets-paper-unclosed = Línea { $line }: un campo entre comillas no está cerrado
problem-budgets-paper-declared = Línea { $line }: el recuento declarado `{ $given }` no es un número entero de 0 o más, o difiere del que declaró una línea anterior de la misma mesa
problem-budgets-paper-declared-field = El recuento declarado `{ $given }` no es un número entero de 0 o más
problem-budgets-paper-count-mismatch = El acta de la mesa «{ $station }» declara { $declared } papeletas y se leyeron { $read }: revisa la lista, o acepta la diferencia con `accept_mismatch` y un motivo (`reason`)
problem-budgets-paper-serial-repeated = El número de serie de papeleta `{ $serial }` aparece dos veces, o ya se registró en este proceso
problem-budgets-paper-voter-not-eligible = Quien emitió esta papeleta no puede votar en este proceso (no existe ese miembro o ese identificador del censo, no es elegible o la regla de edad lo deja fuera)
problem-budgets-voted-on-paper = Tu papeleta en papel cuenta en «{ $heading }»: no puedes votar también en línea allí
problem-lending-money = El campo { $field } «{ $given }» { $reason ->
    [negative] no puede ser menor que cero
    [decimals] tiene más decimales de los que permite su moneda
    [large] es demasiado grande: un importe debe caber en unidades menores de 64 bits
    [currency] no es una moneda: usa un código ISO 4217 en mayúsculas (EUR, USD, JPY…)
    [not_currency] no es una moneda: las condiciones de préstamo son en dinero, no en horas ni créditos
   *[other] no es un número decimal como 20 o 4.50
}.
problem-lending-fee-mode = El fee_mode «{ $given }» es desconocido: usa free, per_loan, per_day o pay_what_you_can.
problem-lending-fee-for-mode = { $mode ->
    [free] Un recurso gratuito no pide tarifa: deja la tarifa vacía o en 0, o elige otro modo de tarifa.
   *[other] El modo de tarifa { $mode } necesita una tarifa mayor que 0.
}

# La parte mínima de una papeleta de mochila (issue 15).
problem-budgets-under-minimum = Los proyectos elegidos cuestan { $total }, menos de los { $least } que una papeleta debe gastar de los { $amount } de la partida: añade alguno
problem-budgets-min-share-not-for-style = `min_share_percent` es una regla de las papeletas de mochila, y esta papeleta es { $style }: quítalo o elige `knapsack`
problem-budgets-min-share-range = `min_share_percent` debe ser un porcentaje entero de 1 a 100, no { $given }
