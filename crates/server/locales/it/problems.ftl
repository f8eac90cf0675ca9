# Problem details: the human `detail` of the API's problem+json answers and of error pages.
# Each says what went wrong and what to fix. Values in backquotes or quotation marks are the
# client's own (handles, paths, revisions, field names) and stay as they are. A message whose
# comment says it is "said after" or "put inside" another is a piece of that one.

## The server

problem-internal = Qualcosa è andato storto sul server; l'errore è stato registrato
problem-unavailable = Il database non è raggiungibile in questo momento; riprova tra poco
problem-no-record = Il record non esiste
problem-already-exists = Esiste già un record con questo nome; scegline un altro
problem-no-address = L'indirizzo { $path } non esiste
problem-method-not-allowed = L'indirizzo { $path } non risponde al metodo { $method }; consulta /api/openapi.json per sapere cosa accetta
problem-unknown-language = «{ $lang }» non è una delle lingue di queste pagine: scegli en, fr, it o es

## Refusals before the request is read, and timeouts

problem-uri-too-long = L'indirizzo è lungo { $bytes } byte; questo server ne accetta al massimo { $most }: invia i dati lunghi nel corpo della richiesta
problem-headers-too-large = Le intestazioni arrivano a { $bytes } byte; questo server ne accetta al massimo { $most }: elimina i cookie scaduti o le intestazioni personalizzate troppo grandi
problem-body-declared-too-large = La richiesta dichiara { $bytes } byte; questo server ne accetta al massimo { $most }
problem-request-timeout = La richiesta ha impiegato più di { $seconds } s: inviala di nuovo, oppure invia meno dati

## Bodies, forms and addresses the server cannot read
## ($reason is the reading library's own explanation, in English.)

problem-body-too-large = Il corpo della richiesta supera la dimensione accettata da questo server
problem-form-too-large = Il modulo supera la dimensione accettata da questo server
problem-unreadable-body = Impossibile leggere il corpo della richiesta: { $reason }
problem-nul-character = Un testo della richiesta contiene il carattere NUL (\u0000 o %00); toglilo
problem-json-content-type = Invia il corpo in JSON, con `Content-Type: application/json`
problem-json-data = Un campo del JSON manca, è sconosciuto o ha un tipo sbagliato: { $reason }
problem-json-syntax = Il corpo non è JSON valido: { $reason }
problem-invalid-form = Impossibile leggere il modulo ({ $reason }): ricarica la pagina e compilalo di nuovo
problem-invalid-path = Un segmento dell'indirizzo non è valido: { $reason }
problem-invalid-query = Un parametro dell'indirizzo non è valido: { $reason }
problem-address-control-character = L'indirizzo contiene un carattere di controllo (%{ $hex }); toglilo
# On a page: what is wrong with the address ($why: one of the four messages above), then what to do.
problem-fix-the-address = { $why }: correggi l'indirizzo

## Lists

problem-invalid-limit = Il parametro limit deve essere compreso tra 1 e { $most } (ricevuto: { $limit })
problem-invalid-cursor = Il cursore «{ $cursor }» non viene da questo server: ricomincia senza

## Signing in, tokens and forms

problem-csrf-failed = Questo modulo è scaduto o non è stato inviato da questo sito: ricarica la pagina e invialo di nuovo
problem-not-signed-in = Non hai effettuato l'accesso, oppure la sessione è scaduta: accedi e riprova
problem-token-missing = Questa chiamata richiede un token API: invia `Authorization: Bearer TOKEN` (creane uno con POST /api/v1/tokens)
problem-token-malformed = L'intestazione Authorization deve avere la forma `Bearer TOKEN`
problem-token-unknown = Questo token API è sconosciuto o è stato revocato
problem-token-or-password = Invia un token esistente come `Authorization: Bearer …`, oppure `handle` e `password` nel corpo
problem-account-gone = Questo account non esiste più
problem-wrong-credentials = Nome utente o password errati
problem-wrong-password = La password attuale è errata
problem-too-many-attempts = Troppi accessi non riusciti: riprova tra { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }

## The journal

problem-invalid-last-event-id = Last-Event-ID deve essere una posizione del diario (un numero intero)
problem-unknown-object-type = Il tipo di oggetto «{ $given }» non esiste; object_type accetta uno di questi valori: { $known }
problem-invalid-context = Il contesto «{ $given }» non indica nessuno storico: scrivilo come tipo:identificativo, dove il tipo è uno tra { $known } (per esempio commons:bread)

## Handles: people's, organizations' and commons'

# The rules of handles, said after the handle ($rule of problem-invalid-handle and of
# problem-invalid-commons-handle).
problem-handle-length = deve avere da 2 a 40 caratteri
problem-handle-characters = può contenere solo lettere minuscole a-z, cifre, '-' e '_' (niente spazi)
problem-handle-start = deve iniziare con una lettera
problem-handle-end = deve finire con una lettera o una cifra
problem-handle-separators = non può avere due '-' o '_' di seguito
problem-handle-reserved = è riservato a una pagina; scegline un altro
problem-invalid-handle = Il nome utente «{ $handle }» { $rule }
problem-handle-taken = Il nome utente @{ $handle } è già usato da { $by ->
        [organization] un'organizzazione
       *[person] una persona
    }; persone e organizzazioni condividono un unico elenco di nomi utente: scegline un altro

## People and organizations
## ($field is a field's name as the API and the forms send it: display_name, bio, name, description.)

problem-no-person = La persona @{ $handle } non esiste
problem-no-token = Nessuno dei tuoi token attivi ha questo id
problem-no-organization = L'organizzazione @{ $handle } non esiste
problem-no-membership = @{ $person } non è né membro né invitato di @{ $org }
problem-invalid-org-kind = Il tipo «{ $kind }» non esiste; scegli tra: { $known }
problem-invalid-role = Il ruolo «{ $role }» deve essere member o admin
problem-field-empty = Il campo { $field } non può essere vuoto
problem-field-one-line = Il campo { $field } deve stare su una sola riga
problem-field-too-long = Il campo { $field } può avere al massimo { $most ->
        [one] { $most } carattere
       *[other] { $most } caratteri
    }
problem-field-control-characters = Il campo { $field } contiene caratteri di controllo
problem-password-too-short = La password deve avere almeno { $least ->
        [one] { $least } carattere
       *[other] { $least } caratteri
    }
problem-password-too-long = La password può avere al massimo { $most ->
        [one] { $most } carattere
       *[other] { $most } caratteri
    }
problem-invalid-email = L'indirizzo email non è valido (forma attesa: nome@esempio.org)
problem-invalid-website = Il sito web deve essere un indirizzo http:// o https:// di al massimo { $most ->
        [one] { $most } carattere
       *[other] { $most } caratteri
    }
problem-invalid-language = language: scegli en, fr, it o es, oppure lascia vuoto per usare la lingua del browser
problem-invalid-time-zone = time_zone: scrivi un fuso orario del database tz, come Europe/Rome o America/Bogota, oppure lascia vuoto per usare quello dell'istanza
problem-text-language = language: il testo è scritto in en, fr, it o es
problem-original-language = { $lang } è la lingua in cui questo testo è stato scritto all'inizio; modifica il testo stesso, oppure traducilo in un'altra lingua
problem-no-translation = { $object } non ha una traduzione in { $lang }
problem-admins-only = Solo gli amministratori di @{ $org } possono farlo
problem-members-only = Solo i membri di @{ $org } possono { $why }
# What only members may do, said after "may" in problem-members-only.
problem-why-home-org = renderla l'organizzazione di riferimento di un bene comune
problem-already-invited = @{ $person } ha già ricevuto un invito in @{ $org }
problem-already-member = @{ $person } è già membro di @{ $org }
problem-already-your-org = Sei già membro di @{ $org }
problem-not-invited = Non hai un invito per @{ $org }; chiedilo a uno dei suoi amministratori
problem-not-your-org = Non sei membro di @{ $org }
problem-last-admin-leaving = Sei l'ultimo amministratore di @{ $org }: invita prima un altro amministratore, poi esci
problem-last-admin-removed = @{ $person } è l'ultimo amministratore di @{ $org } e non può essere rimosso

## Commons: the rules of the model

problem-invalid-commons-handle = Nome utente `{ $handle }` non valido: { $rule }
problem-unknown-commons-kind = Tipo `{ $kind }` sconosciuto; usa uno tra software, knowledge, design, data, other
# $field is a field's name as sent (name, summary, message, description, comment, contribution);
# $reason one of the four messages after this one.
problem-invalid-text = Campo { $field } non valido: { $reason }
problem-text-empty = è vuoto; scrivi qualcosa
problem-text-too-long = ha { $chars ->
        [one] { $chars } carattere
       *[other] { $chars } caratteri
    }; il limite è { $limit }
problem-text-control-character = contiene un carattere di controllo al byte { $position }; toglilo
problem-text-one-line = il nome deve stare su una sola riga
problem-text-same-kind = un aggiornamento mantiene il tipo del contributo (modifica o lavoro registrato); proponine invece uno nuovo
# $reason is one of the three messages after this one.
problem-invalid-licence = Licenza `{ $expression }` non valida: { $reason }
problem-licence-spaces = indica un'espressione SPDX come `CC-BY-SA-4.0`, senza spazi intorno
# $reason is the SPDX library's own explanation, in English.
problem-licence-syntax = { $reason }; gli identificativi sono su https://spdx.org/licenses/
problem-licence-unlisted = `{ $licence }` non è nell'elenco delle licenze SPDX; fuori da quell'elenco si accettano solo `LicenseRef-PPL` e `LicenseRef-CopyFair` (per condizioni vostre, date al bene comune una politica di licenza personalizzata)
# $problem is one of the problem-path-… messages after this one.
problem-invalid-file-path = Percorso `{ $path }` non valido: { $problem }
problem-path-empty = il percorso è vuoto; indica un nome di file come `README.md`
problem-path-absolute = il percorso inizia con `/`; scrivilo a partire dalla radice del bene comune
problem-path-backslash = il percorso contiene `\`; separa le cartelle con `/`
problem-path-empty-segment = il percorso ha un segmento vuoto (`//` o una `/` finale); toglilo
problem-path-dot-segment = il percorso ha un segmento `.`; toglilo
problem-path-parent-segment = il percorso ha un segmento `..`; un percorso non può uscire dal bene comune
problem-path-control-character = il percorso ha un carattere di controllo al byte { $position }; usa solo caratteri stampabili
problem-path-invisible-character = il percorso ha un carattere invisibile al byte { $position } (un controllo o un segno di direzione, o uno spazio a larghezza zero), che potrebbe farlo sembrare un altro percorso; toglilo
problem-path-too-long = il percorso è lungo { $bytes } byte; il limite è { $limit }
problem-path-segment-too-long = un nome nel percorso è lungo { $bytes } byte; il limite è { $limit } per nome
problem-path-not-portable = il nome `{ $segment }` { $reason ->
        [characters] contiene uno dei caratteri < > : " | ? *
        [trailing] finisce con uno spazio o un punto
       *[device] è un nome di dispositivo riservato su Windows
    }, quindi il bene comune non si potrebbe estrarre su tutti i sistemi; rinominalo
problem-path-too-deep = il percorso ha { $segments ->
        [one] { $segments } livello
       *[other] { $segments } livelli
    } di cartelle; il limite è { $limit }
problem-duplicate-path = `{ $path }` compare più volte in questa modifica; tocca ogni percorso una sola volta
problem-file-too-large = `{ $path }` pesa { $size } byte; il limite per file è { $limit } byte
problem-not-utf8 = `{ $path }` non è UTF-8 valido (primo byte errato: { $offset }); caricalo come file binario
problem-empty-change = La modifica non cambia nulla: non nomina alcun file, oppure ogni file che nomina è già come proposto; cambia il contenuto di almeno uno
problem-too-many-files = La modifica tocca { $count } file; il limite è { $limit } per modifica
problem-file-exists = `{ $path }` esiste già nella revisione di base; modificalo invece di aggiungerlo
problem-file-missing = `{ $path }` non esiste nella revisione di base; aggiungilo
problem-file-folder-clash = `{ $path }` e `{ $other }` sono in conflitto: uno è un file e l'altro ha bisogno che sia una cartella
problem-invalid-hash = Hash del contenuto `{ $value }` non valido: servono 64 cifre esadecimali minuscole
problem-blob-mismatch = Il contenuto fornito per `{ $path }` non corrisponde al suo hash registrato
problem-blob-missing = Non c'è alcun contenuto memorizzato per `{ $path }`
problem-foreign-revision = La revisione `{ $revision }` non appartiene a questo bene comune; basa la modifica su una delle sue revisioni
# $paths are the paths in conflict, separated by commas.
problem-conflicting = La modifica è in conflitto con l'ultima revisione su { $paths }; aggiornala rispetto all'ultima revisione
# $state is a contribution's state as the API writes it: proposed, changes_requested,
# accepted, rejected, withdrawn or reverted.
problem-illegal-transition = Un contributo { $state ->
        [proposed] proposto
        [changes_requested] in attesa di modifiche
        [accepted] accettato
        [rejected] respinto
        [withdrawn] ritirato
       *[reverted] annullato
    } non può essere { $verb ->
        [accept] accettato
        [reject] respinto
        [withdraw] ritirato
        [request_changes] rimandato indietro per modifiche
        [update] aggiornato
       *[revert] annullato
    }
problem-accept-unchecked = Un contributo { $state ->
        [proposed] proposto
        [changes_requested] in attesa di modifiche
        [accepted] accettato
        [rejected] respinto
        [withdrawn] ritirato
       *[reverted] annullato
    } non può essere accettato senza verificarlo rispetto all'ultima revisione
problem-revert-first-revision = La prima revisione non può essere annullata: prima di lei non c'è nulla
problem-not-allowed = Per { $action ->
        [create_commons] creare un bene comune
        [propose] proporre un contributo
        [fork] creare una derivazione di un bene comune
        [update_contribution] aggiornare un contributo
        [withdraw_contribution] ritirare un contributo
        [accept] accettare un contributo
        [reject] respingere un contributo
        [request_changes] chiedere modifiche
        [revert] annullare un contributo
        [add_maintainer] aggiungere un manutentore
        [remove_maintainer] rimuovere un manutentore
        [offer_upstream] offrire il lavoro di una derivazione al bene comune d'origine
        [translate] tradurre il nome e il riassunto del bene comune
       *[delete_commons] eliminare il bene comune
    } { $needed ->
        [signed_in] devi accedere
        [author] devi essere l'autore del contributo
       *[maintainer] devi essere un manutentore di questo bene comune
    }
# $reason is one of the six messages after this one.
problem-invalid-work-record = Lavoro registrato non valido: { $reason }
problem-work-zero = il tempo impiegato è zero; indica i minuti lavorati
problem-work-too-long = { $minutes ->
        [one] { $minutes } minuto è
       *[other] { $minutes } minuti sono
    } più dei { $most } consentiti in una sola registrazione; suddividili
problem-evidence-too-long = il link della prova è lungo { $bytes } byte; il limite è { $limit }
problem-evidence-scheme = il link della prova deve iniziare con https:// o http://
problem-evidence-host = il link della prova non ha un host dopo lo schema
problem-evidence-spaces = il link della prova contiene spazi o caratteri di controllo; codificali
# $person is a handle with its @.
problem-last-maintainer = { $person } è l'ultimo manutentore; aggiungi prima un altro manutentore
problem-already-maintainer = { $person } è già un manutentore
problem-not-maintainer = { $person } non è un manutentore
problem-nothing-to-offer = { $why ->
    [inherited] Questa derivazione non ha ancora revisioni proprie: tutto ciò che contiene, fino alla revisione { $revision } da cui è nata, viene dal bene comune d'origine. Prima cambia qualcosa nella derivazione
    [offered] Il bene comune d'origine ha già accettato tutto ciò che questa derivazione ha prodotto, fino alla sua revisione { $revision }. Prima apporta una nuova modifica alla derivazione
    [cancel_out] { $count ->
        [one] La revisione fatta nella derivazione dopo l'ultima offerta non cambia nulla
       *[other] Le { $count } revisioni fatte nella derivazione dopo l'ultima offerta si annullano a vicenda: insieme non cambiano nulla
    }
   *[upstream_has] { $count ->
        [one] Il bene comune d'origine ha già ogni file così come lo lascia la nuova revisione della derivazione: non c'è niente da offrire
       *[other] Il bene comune d'origine ha già ogni file così come lo lasciano le { $count } nuove revisioni della derivazione: non c'è niente da offrire
    }
}
problem-unknown-revision = La revisione `{ $revision }` non è in questa cronologia
problem-stale-head = Il bene comune è passato alla revisione `{ $actual }` mentre questa operazione partiva da `{ $expected }`; ricarica e riprova
problem-duplicate-revision = La revisione `{ $revision }` è già in questa cronologia
problem-tree-mismatch = L'albero fornito per la revisione `{ $revision }` non è quello che la revisione ha registrato
# A server error: written to the log only ($reason in English).
problem-archive-failed = Impossibile scrivere l'archivio: { $reason }

## Commons: what the server refuses around the model

problem-no-commons = Il bene comune `{ $handle }` non esiste
problem-no-revision = La revisione { $number } di { $commons } non esiste
problem-no-contribution = Il contributo n. { $number } di { $commons } non esiste
problem-no-contribution-id = Il contributo non esiste
problem-no-file = Il file `{ $path }` non esiste nella revisione { $number }
problem-no-archive = L'archivio `{ $name }` non esiste (chiedi N.tar, N.zip, head.tar o head.zip)
problem-no-review-action = Questa azione di revisione non esiste
problem-invalid-revision-number = I numeri di revisione partono da 1; { $number } non è valido
problem-invalid-state = Lo stato «{ $state }» non esiste; scegli tra open, proposed, changes_requested, accepted, rejected, withdrawn, reverted
problem-commons-handle-taken = Il nome utente `{ $handle }` è già usato da un bene comune; scegline un altro
problem-missing-content = `{ $path }` ha bisogno del suo contenuto per essere aggiunto o modificato
problem-content-twice = `{ $path }` indica sia content sia content_base64; indicane uno solo
# $reason is the decoder's own explanation, in English.
problem-invalid-base64 = Il content_base64 di `{ $path }` non è base64: { $reason }
# $reason is the reading library's own explanation, in English.
problem-invalid-upload = Impossibile leggere il caricamento ({ $reason }): scegli di nuovo il file e rinvialo
problem-upload-too-large = Il file supera la dimensione accettata da questo server
problem-upload-empty = Scegli un file da caricare (non deve essere vuoto)
problem-invalid-minutes = I minuti devono essere un numero intero, per esempio 90 per un'ora e mezza
problem-binary-file = I file binari non si possono modificare nel browser
problem-foreign-base = La revisione di base non appartiene a questo bene comune; ricarica la pagina
problem-contribution-decided = Nel frattempo è stata presa una decisione sul contributo n. { $number }; ricaricalo
problem-contribution-decided-by-other = Nel frattempo qualcun altro ha deciso sul contributo n. { $number }; ricaricalo
problem-moved-while-accepting = { $commons } è passato a una nuova revisione durante l'accettazione; ricarica e riprova
problem-moved-while-reverting = { $commons } è cambiato durante l'annullamento; ricarica e riprova
problem-confirmation-mismatch = Per eliminare il bene comune, scrivi il suo nome utente `{ $commons }` nel campo di conferma
problem-not-a-fork = { $commons } non è una derivazione: proponi le modifiche direttamente a questo bene comune
problem-offer-pending = L'offerta n. { $number } da { $commons } è ancora aperta nel bene comune d'origine; prima aggiornala o ritirala
# $when is a date and time; $by a handle; $forks the handles of the open forks, separated by commas.
problem-commons-deleted = Il bene comune `{ $commons }` è stato eliminato il { $when }; la sua cronologia resta leggibile, e non può più cambiare nulla
problem-commons-deleted-by = Il bene comune `{ $commons }` è stato eliminato da @{ $by } il { $when }; la sua cronologia resta leggibile, e non può più cambiare nulla
problem-commons-deleted-forked = Il bene comune `{ $commons }` è stato eliminato il { $when }; non può più cambiare nulla, ma il suo lavoro continua nelle sue derivazioni: { $forks }
problem-commons-deleted-by-forked = Il bene comune `{ $commons }` è stato eliminato da @{ $by } il { $when }; non può più cambiare nulla, ma il suo lavoro continua nelle sue derivazioni: { $forks }

## Discussions
## ($field is title or body; $action is edit, delete or comment.)

problem-discussion-empty = { $field ->
        [title] Il titolo
       *[body] Il commento
    } è vuoto; scrivi qualcosa
problem-discussion-too-long = { $field ->
        [title] Il titolo
       *[body] Il commento
    } ha { $chars ->
        [one] { $chars } carattere
       *[other] { $chars } caratteri
    }; il limite è { $limit }
problem-discussion-control-character = { $field ->
        [title] Il titolo
       *[body] Il commento
    } contiene un carattere di controllo al byte { $position }; toglilo
problem-discussion-not-signed-in = Per { $action ->
        [edit] modificare un commento
        [delete] eliminare un commento
       *[comment] commentare
    } devi accedere
problem-not-author = Solo l'autore di un commento può { $action ->
        [edit] modificarlo
       *[delete] eliminarlo
    }
problem-comment-deleted = Questo commento è stato eliminato; non può più essere { $action ->
        [edit] modificato
       *[delete] eliminato di nuovo
    }
problem-thread-full = Questa conversazione contiene { $limit ->
        [one] { $limit } commento
       *[other] { $limit } commenti
    }, il suo limite; aprine una nuova
problem-no-thread = La conversazione n. { $number } di { $scope } non esiste
problem-no-comment = Il commento `{ $id }` non esiste
problem-comment-moved = Nel frattempo il commento è stato cambiato da un'altra richiesta; ricaricalo e riprova
problem-not-a-change = il contributo n. { $number } è una registrazione di lavoro: non modifica file, quindi non ha differenze da mostrare
problem-no-proposed-file = il contributo n. { $number } non propone nessun file in { $path }
problem-revert-unconfirmed = spunta la conferma per annullare la revisione { $number }

## Organi
problem-bodies-invalid = «{ $what }» non può stare nel regolamento di un organo; controlla il valore e riprova.
problem-bodies-field = Il campo { $field } deve stare su una riga da 1 a { $limit } caratteri, senza caratteri di controllo.
problem-bodies-slug = «{ $slug }» non può dare il nome a un organo: usa da 1 a 40 lettere minuscole, cifre o trattini, senza trattino all'inizio o alla fine.
problem-bodies-weight-cap = Un peso di { $weight } non è ammesso: il regolamento ammette pesi da 1 a { $cap }.
problem-bodies-unknown-method = «{ $method }» non è un metodo del motore di decisione; usa uno di: { $known }.
problem-bodies-state-filter = «{ $state }» non è uno stato di una decisione; usa draft, open, closed o withdrawn.
problem-bodies-decision-state = { $action ->
    [vote] Non si può votare su una decisione nello stato { $state }.
    [open] Si può aprire solo una bozza; questa decisione è nello stato { $state }.
    [close] Si può chiudere solo una decisione aperta; questa è nello stato { $state }.
    [withdraw] Si possono ritirare solo bozze e decisioni aperte; questa è nello stato { $state }.
    [edit] Si può riscrivere solo una bozza; questa decisione è nello stato { $state }.
    [proxy] Le deleghe si danno mentre una decisione è aperta; questa è nello stato { $state }.
   *[download] Le schede si pubblicano alla chiusura; la decisione è nello stato { $state }.
}
problem-bodies-motion-options = Una mozione sottopone una sola proposta e non ha opzioni; toglile o scegli un altro metodo.
problem-bodies-option-count = Hai dato { $count } opzioni: una decisione ne richiede da 2 a { $limit }.
problem-bodies-option-twice = L'opzione «{ $name }» compare due volte.
problem-bodies-seats = Non si possono assegnare { $seats } seggi qui: questo metodo e queste opzioni ne permettono da 1 a { $most }.
problem-bodies-max-approvals = Un limite di approvazioni vale solo per un voto per approvazione, tra 1 e { $most }.
problem-bodies-secrecy-lowered = Il regolamento chiede almeno schede «{ $least }»; schede «{ $asked }» sono meno segrete.
problem-bodies-closing-time = Una decisione deve chiudersi nel futuro.
problem-bodies-ballot-shape = Questa scheda non va bene per un voto «{ $method }»: invia solo i campi che quel metodo legge.
problem-bodies-unknown-option = La decisione non ha l'opzione «{ $option }».
problem-bodies-weight = In questa decisione la tua scheda pesa { $weight }, non { $asked }.
problem-bodies-objection-reason = Un'obiezione va motivata: di' quale danno vedi.
problem-bodies-too-many-approvals = Hai approvato { $count } opzioni; questo voto ne consente al massimo { $most }.
problem-bodies-rank-range = La graduatoria ha { $ranks } posizioni per { $options } opzioni, o nomina un'opzione due volte; metti ogni opzione al massimo una volta.
problem-bodies-rank-twice = Due opzioni hanno la stessa posizione; usa ogni posizione una volta sola.
problem-bodies-not-manager = Solo chi ha preparato questa decisione e gli amministratori dell'organizzazione possono farlo.
problem-bodies-not-opener = Il regolamento di questo organo non ti consente di aprire decisioni.
problem-bodies-not-in-electorate = Non fai parte dell'elettorato di questa decisione, congelato alla sua apertura.
problem-bodies-no-body = @{ $org } non ha l'organo «{ $body }».
problem-bodies-admins-only = Solo gli amministratori dell'organizzazione possono dichiarare organi e cambiarne il regolamento.
problem-bodies-exists = @{ $org } ha già un organo «{ $body }»; scegli un altro indirizzo.
problem-bodies-rulebook-moved = Nel frattempo il regolamento è cambiato; ricaricalo e riprova.
problem-bodies-no-decision = Non esiste la decisione «{ $id }».
problem-bodies-empty-electorate = Nessuno fa parte di questo organo: la decisione non avrebbe votanti.
problem-bodies-already-voted = Hai già votato, e le schede di questo organo non si possono cambiare.
problem-bodies-number = Il campo { $field } deve essere un numero intero.
problem-bodies-proposal-motion = Solo una mozione o una decisione per consenso possono portare un nuovo regolamento.
problem-bodies-rulebook-by-decision = Il regolamento di questo organo cambia solo con una decisione dell'organo: prepara una mozione che porti le nuove regole.
problem-bodies-points = I punti valgono solo per il voto a punteggio o cumulativo, da 1 a { $most }.
problem-bodies-too-many-points = { $method ->
    [score] Un punteggio di { $given } supera il massimo, { $most }.
   *[other] Hai distribuito { $given } punti; questo voto ne consente al massimo { $most }.
}
problem-bodies-proxy = { $why ->
    [self] Non puoi dare la delega a te stesso.
    [outside] Quella persona non fa parte dell'elettorato di questa decisione.
    [chain] Quella persona ha dato la propria delega: le deleghe non passano oltre.
    [holding] Hai deleghe di altri: vota per loro invece di passarle oltre.
    [unoffered] Quella persona non ti ha offerto la sua delega in questa decisione.
   *[none] Non hai dato nessuna delega.
}
problem-bodies-no-proxies = Il regolamento di questo organo non ammette deleghe.
problem-bodies-voted-no-proxy = Hai già votato: la tua scheda conta per te.
problem-bodies-proxy-nobody = Non c'è nessuno che si chiami @{ $handle }.
problem-bodies-proxy-limit = @{ $handle } ha già { $limit ->
    [one] { $limit } delega, quante il regolamento ne consente.
   *[other] { $limit } deleghe, quante il regolamento ne consente.
}
## The ledger
problem-ledger-unknown-unit = L'unità «{ $given }» è sconosciuta: usa un codice di valuta ISO 4217 in maiuscolo (EUR, USD, JPY…), hours o credits
problem-ledger-malformed-amount = L'importo «{ $given }» non è un numero decimale come 12 o -12.50
problem-ledger-too-many-decimals = L'importo «{ $given }» ha più decimali di quanti { $unit } ne ammetta ({ $digits ->
        [0] nessuno
        [one] { $digits } cifra
       *[other] { $digits } cifre
    })
problem-ledger-amount-too-large = L'importo «{ $given }» è troppo grande: un importo o un saldo deve stare in unità minori a 64 bit
problem-ledger-balance-too-large = Il saldo del conto { $account } supererebbe ciò che stanno in unità minori a 64 bit; non è stato scritto nulla
problem-ledger-zero-leg = La riga { $position } non sposta nulla: ogni importo deve essere diverso da zero (e positivo per entrate e uscite)
problem-ledger-leg-count = Un movimento ha { $count ->
        [one] { $count } riga
       *[other] { $count } righe
    }; ne servono da due a { $limit }
problem-ledger-unbalanced = Le righe non sono in pareggio: in { $unit } la loro somma è { $off }, non zero
problem-ledger-mixed-units = Il conto { $account } è tenuto in { $account_unit }; una riga in { $leg_unit } non può entrarvi
problem-ledger-overdraft = Il conto { $account } non deve mai scendere sotto zero e questo movimento lo lascerebbe a { $balance }; non è stato scritto nulla
problem-ledger-already-reversed = Il movimento n. { $number } è già stato stornato
problem-ledger-reversal-of-reversal = Il movimento n. { $number } è esso stesso uno storno; registra di nuovo il movimento
problem-ledger-key-reused = Questa chiave di idempotenza è già stata usata per un'altra richiesta: il suo campo { $field } è diverso
problem-ledger-account-name = Il nome del conto «{ $given }» deve avere da una a quattro parti separate da «:», ciascuna una lettera minuscola seguita da lettere, cifre o trattini
problem-ledger-account-kind = Il tipo di conto «{ $given }» non è nessuno tra asset, liability, income, expense, equity, external
problem-ledger-category = La categoria di entrata «{ $given }» non è nessuna tra donation, sponsorship, membership_fee, sale, licence_fee, grant, lending_fee
problem-ledger-owner-kind = Il titolare «{ $given }» non è né organization, né commons, né body, né person
problem-ledger-own-only = Solo @{ $person } può aprire la propria tesoreria
problem-ledger-date = La data «{ $given }» non è un giorno scritto AAAA-MM-GG, non oltre domani
problem-ledger-text-too-long = Il campo { $field } supera { $limit } caratteri
problem-ledger-key = La chiave di idempotenza «{ $given }» deve avere da 1 a { $limit } caratteri, senza spazi né caratteri di controllo
problem-ledger-not-steward = Solo i tesorieri della tesoreria di { $treasury } possono registrarvi movimenti
problem-ledger-no-account = La tesoreria non ha un conto «{ $name }»
problem-ledger-wrong-kind = Il conto { $name } non è del tipo { $want }, che questo tipo di movimento richiede
problem-ledger-account-exists = La tesoreria ha già un conto { $name }
problem-ledger-treasury-exists = { $handle } ha già una tesoreria, oppure un'altra tesoreria usa questo nome
problem-ledger-no-treasury = Non esiste una tesoreria «{ $handle }»
problem-ledger-no-transaction = La tesoreria di { $treasury } non ha un movimento n. { $number }
problem-ledger-maintainers-only = Solo chi cura { $commons } può aprirne la tesoreria
problem-ledger-body-admins-only = Solo chi amministra { $org } può aprire la tesoreria del suo organo { $body }
problem-ledger-body-handle = Un organo si indica come organizzazione/organo, per esempio makers-lagomar/assembly, non «{ $given }»
problem-ledger-format = Il formato «{ $given }» non è né hledger né beancount
## Prestiti

problem-no-resource = La risorsa `{ $id }` non esiste
problem-no-reservation = La prenotazione `{ $id }` non esiste
problem-lending-missing = `{ $field }` è obbligatorio
problem-lending-too-long = `{ $field }` supera i { $limit } caratteri
problem-lending-control-character = `{ $field }` contiene un carattere di controllo: scrivilo su una riga, senza tabulazioni
problem-lending-kind = «{ $kind }» non è un tipo di risorsa: scegli tra { $kinds }
problem-lending-borrowers = «{ $value }» non dice chi può prendere in prestito: scrivi `anyone` o `members`
problem-lending-policy-range = `{ $field }` deve essere tra { $min } e { $max }
problem-lending-time-malformed = `{ $field }` non è un orario: scrivilo in formato RFC 3339, per esempio 2026-12-07T09:00:00+01:00
problem-lending-time-without-zone = `{ $field }` non ha fuso orario: aggiungi lo scostamento, per esempio 2026-12-07T09:00:00+01:00 o …Z per UTC
problem-lending-time-out-of-range = `{ $field }` è fuori dagli anni dal 1970 al 9999
problem-lending-empty-interval = La fine deve venire dopo l'inizio: una prenotazione non può essere rovesciata né durare zero minuti
problem-lending-too-short = Una prenotazione di questa risorsa dura almeno { $minutes ->
    [one] un minuto
   *[other] { $minutes } minuti
}
problem-lending-too-long-booking = Una prenotazione di questa risorsa dura al massimo { $minutes ->
    [one] un minuto
   *[other] { $minutes } minuti
}
problem-lending-too-far-ahead = Questa risorsa si prenota al massimo { $days ->
    [one] un giorno
   *[other] { $days } giorni
} prima
problem-lending-starts-in-past = La prenotazione comincia nel passato: scegli un inizio da adesso in poi
problem-lending-quantity = Hai chiesto { $asked } esemplari; la dotazione ne ha { $pool ->
    [one] uno solo
   *[other] { $pool }
}: chiedine almeno uno e al massimo quanti ce ne sono
problem-lending-retired = Questa risorsa è stata ritirata: non si prenota più
problem-lending-members-only = Solo i membri di @{ $org } possono prendere in prestito questa risorsa
problem-lending-not-steward = Solo chi custodisce la risorsa può farlo
problem-lending-not-borrower = Solo chi ha prenotato o chi custodisce la risorsa può annullare questa prenotazione
problem-lending-not-lent = Niente di questa prenotazione è in prestito: è { $state ->
    [pending] in attesa di approvazione
    [confirmed] confermata
    [out] in prestito
    [returned] restituita
   *[cancelled] annullata
}, quindi non c'è nulla da restituire
problem-lending-wrong-state = Una prenotazione { $state ->
    [pending] in attesa di approvazione
    [confirmed] confermata
    [out] in prestito
    [returned] restituita
   *[cancelled] annullata
} non può essere { $action ->
    [approve] approvata
    [cancel] annullata
    [check_out] consegnata
   *[return] restituita
}
problem-lending-slot-taken = Gli esemplari sono occupati in quell'orario (prenotazione `{ $reservation }`); { $next ->
    [none] nessuna fascia di quella durata è libera entro il periodo prenotabile
   *[other] la prossima fascia libera comincia il { $next }
}

## Budgets

problem-no-budget = Il bilancio partecipativo `{ $id }` non esiste
problem-no-budget-heading = `{ $id }` non è una voce di questo bilancio partecipativo
problem-no-budget-project = `{ $id }` non è un progetto di questo bilancio partecipativo
problem-budgets-missing = `{ $field }` è obbligatorio
problem-budgets-too-long = `{ $field }` supera i { $limit } caratteri
problem-budgets-control-character = `{ $field }` contiene un carattere di controllo: scrivilo su una riga, senza tabulazioni
problem-budgets-malformed-amount = `{ $field }` vale «{ $given }», che non è un importo: scrivi delle cifre, con al massimo due decimali dopo un punto, ad esempio 1200 o 1200.50
problem-budgets-decimals = `{ $field }` ha più di due decimali
problem-budgets-not-positive = `{ $field }` deve essere maggiore di zero
problem-budgets-too-large = `{ $field }` è troppo grande: al massimo { $most }
problem-budgets-unknown-rule = «{ $given }» non è una regola di scrutinio; le regole sono { $rules }
problem-budgets-unknown-style = «{ $given }» non è un tipo di scheda: scrivi `approval`, `knapsack`, `points` o `ranked`
problem-budgets-unknown-eligibility = «{ $given }» non dice chi partecipa: scrivi `members`, `anyone`, `census` o `body` (con `eligible_body`)
problem-budgets-unknown-phase = «{ $given }» non è una fase; le fasi sono { $phases }
problem-budgets-limits = `{ $field }` deve essere tra 0 e { $most }
problem-budgets-backwards = Un bilancio va solo avanti: è in `{ $from }`, che viene dopo `{ $to }` o lo è già
problem-budgets-phase-disabled = La fase `{ $phase }` non è attiva per questo bilancio: attivala prima nel suo calendario
problem-budgets-phase-dates = La fase `{ $phase }` finisce prima di cominciare
problem-budgets-no-phase = Almeno una fase deve essere attiva
problem-budgets-wrong-phase = { $action ->
    [propose] I progetti si propongono
    [review] I progetti si esaminano
    [add-heading] Le voci si aggiungono
    [vote] Si vota
    [record-paper] Le schede cartacee si registrano
    [support] I progetti si sostengono
    [support-rules] Le regole dei sostegni si fissano
    [results] I risultati escono
   *[move] Il bilancio ha cambiato fase nel frattempo; è
} { $action ->
    [propose] durante la raccolta delle proposte (amministratori: prima del voto), e il bilancio è in `{ $phase }`
    [review] prima del voto, e il bilancio è in `{ $phase }`
    [add-heading] prima del voto, e il bilancio è in `{ $phase }`
    [vote] durante il voto, e il bilancio è in `{ $phase }`
    [record-paper] durante il voto o la verifica delle schede, e il bilancio è in `{ $phase }`
    [support] durante la fase dei sostegni, e il bilancio è in `{ $phase }`
    [support-rules] finché dura la fase dei sostegni, e il bilancio è in `{ $phase }`
    [results] a voto concluso, e il bilancio è in `{ $phase }`
   *[move] in `{ $phase }`
}
problem-budgets-balloting-over = Il voto è chiuso: non si accettano altre schede
problem-budgets-rules-locked = Le regole del voto sono bloccate dall'apertura del voto: non cambiano più
problem-budgets-unknown-project = Il progetto «{ $number }» non è sulla scheda di questa voce
problem-budgets-twice = Il progetto «{ $number }» è scelto due volte
problem-budgets-too-few = Una scheda sceglie almeno { $least ->
    [one] un progetto
   *[other] { $least } progetti
}; questa ne sceglie { $given }
problem-budgets-too-many = Una scheda sceglie al massimo { $most ->
    [one] un progetto
   *[other] { $most } progetti
}; questa ne sceglie { $given }
problem-budgets-empty-ballot = Una scheda sceglie almeno un progetto
problem-budgets-over-budget = I progetti scelti costano { $total }, più dei { $amount } della voce: togline qualcuno
problem-budgets-not-admin = Solo gli amministratori di @{ $org } possono farlo
problem-budgets-not-member = Solo i membri di @{ $org } possono partecipare al suo bilancio partecipativo
problem-budgets-too-many-headings = Un bilancio ha al massimo { $most } voci
problem-budgets-time = `{ $field }` non è un orario: scrivilo in RFC 3339, ad esempio 2026-05-01T09:00:00+02:00
problem-budgets-malformed-pb = Il file Pabulib non si legge alla riga { $line }: { $reason }
problem-budgets-file-cost-too-large = Il progetto «{ $project }» costa più di quanto contengano 64 bit di unità
problem-budgets-file-budget-too-large = Il budget supera quanto contengono 64 bit di unità
problem-budgets-heading-exists = Il bilancio ha già una voce chiamata «{ $name }»
problem-budgets-paper-line = Riga { $line }: { $why }
problem-budgets-rule-not-applicable = La regola { $rule } non può scrutinare queste schede: { $reason }
problem-budgets-not-utf8 = Il file non è testo UTF-8 (byte { $byte }): salvalo in UTF-8
problem-budgets-tie-break = «{ $given }» non è una regola di spareggio: scrivi `lexicographic`, `natural` o `seed:N`
problem-budgets-heading-required = Questo bilancio ha più voci: indicane una con `?heading=` ({ $headings })
problem-budgets-review-decision = «{ $given }» non è un esame: scrivi `reject` o `restore`
problem-budgets-progress = «{ $given }» non è un avanzamento: lo stato è not_started, under_way, done o cancelled, la percentuale da 0 a 100
problem-budgets-day = `{ $field }` non è un giorno: scrivilo AAAA-MM-GG
problem-budgets-link = Il link non è un indirizzo http(s) su una riga
problem-budgets-not-funded = Il progetto «{ $number }» non è stato finanziato: si realizzano solo i progetti finanziati
problem-budgets-already-supported = Sostieni già questo progetto
problem-budgets-support-rules = Nelle regole dei sostegni, { $field ->
    [max_per_person] `max_per_person` deve essere un numero intero da 1 a 1000, o null per nessun limite, non «{ $given }»
    [advance] `advance` deve essere `all`, `threshold` o `top`, non «{ $given }»
   *[count] `count` deve essere un numero intero da 1 a 100000 con `threshold` o `top` (e assente con `all`), non «{ $given }»
}
problem-budgets-support-limit = Sostieni già { $most ->
    [one] un progetto
   *[other] { $most } progetti
} di «{ $heading }», il massimo per persona
problem-budgets-census-no-id-column = Riga { $line }: l’intestazione del censimento non ha la colonna `id`; scrivi `id` e, se vuoi, `birth_date` e `district`
problem-budgets-census-unknown-column = Riga { $line }: il censimento non ha la colonna «{ $given }»; le colonne sono `id`, `birth_date` e `district`
problem-budgets-census-fields = Riga { $line }: { $given } campi dove l’intestazione ne nomina { $expected }
problem-budgets-census-empty-id = Riga { $line }: l’identificativo è vuoto
problem-budgets-census-id-too-long = Riga { $line }: un identificativo ha al massimo { $most } caratteri (senza spazi, punti e trattini)
problem-budgets-census-birth-date = Riga { $line }: «{ $given }» non è una data di nascita; scrivila come AAAA-MM-GG
problem-budgets-census-repeated = Riga { $line }: lo stesso identificativo della riga { $first }
problem-budgets-census-unknown-district = Riga { $line }: «{ $given }» non è una voce di questo processo; un quartiere nomina una voce
problem-budgets-census-empty = Il censimento non elenca nessuno: dopo l’intestazione, scrivi un identificativo per riga
problem-budgets-census-too-many = Riga { $line }: un censimento ha al massimo { $most } voci
problem-budgets-not-in-census = Questo bilancio è aperto al suo censimento: rivendica prima la tua voce con il tuo identificativo nella pagina del processo
problem-budgets-unknown-census-id = Nessuna voce di questo censimento ha quell’identificativo; controllalo come lo scrive il censimento della tua città
problem-budgets-census-entry-taken = Qualcun altro ha rivendicato questa voce del censimento; se è tua, avvisa chi organizza
problem-budgets-census-already-claimed = Hai già rivendicato un’altra voce di questo censimento
problem-budgets-age-rule = Questo bilancio è aperto dai { $least } anni all’inizio del voto, e il censimento dice che sei più giovane
problem-budgets-age-rule-unknown = Questo bilancio è aperto dai { $least } anni all’inizio del voto, e il censimento non dà la tua data di nascita; avvisa chi organizza
problem-budgets-district-rule = Voti nel tuo quartiere ({ $own }), nella voce di tutta la città e in { $allowed ->
    [0] nessun altro quartiere
    [one] un altro quartiere
   *[other] altri { $allowed } quartieri
}, e hai già votato in tutti
problem-budgets-district-rule-first = Voti nel primo quartiere in cui hai votato, nella voce di tutta la città e in { $allowed ->
    [0] nessun altro quartiere
    [one] un altro quartiere
   *[other] altri { $allowed } quartieri
}, e hai già votato in tutti

# La coalizione: politiche di licenza e determinazioni d'uso.
problem-coalition-unknown-use = L'uso «{ $given }» è sconosciuto: chiedi `commercial` o `non_commercial`
problem-coalition-malformed-amount = { $field } «{ $given }» non è un importo come «1200.50 EUR»: un numero decimale, uno spazio, un codice di valuta
problem-coalition-unknown-unit = { $field }: «{ $given }» non è una valuta; usa un codice ISO 4217 in maiuscolo (EUR, USD, JPY…)
problem-coalition-not-a-currency = { $field }: «{ $given }» conta tempo o crediti, non denaro; indicalo in una valuta (EUR, USD…)
problem-coalition-too-many-decimals = { $field } «{ $given }» ha più decimali di quanti { $unit } ne ammetta ({ $digits ->
        [0] nessuno
        [one] { $digits } cifra
       *[other] { $digits } cifre
    })
problem-coalition-amount-too-large = { $field } «{ $given }» è troppo grande: un importo deve stare in unità minori a 64 bit
problem-coalition-negative-amount = { $field } «{ $given }» è sotto zero: indica quanto è stato guadagnato o chiesto, zero o più
problem-coalition-currency-mismatch = { $field } è in { $given }, ma questo bene comune chiede i suoi compensi in { $want }: indicalo in { $want }
problem-coalition-invalid-units = { $given } unità non è possibile: indica quante ne sono state prodotte o vendute, zero o più
problem-coalition-fee-too-large = Il compenso o il credito supererebbe ciò che stanno in unità minori a 64 bit; non è stato scritto nulla
problem-coalition-invalid-fee-schedule = Il tariffario non può essere accettato: { $reason }
problem-coalition-invalid-policy = La politica di licenza non può essere accettata: { $reason }
problem-coalition-unknown-policy = «{ $given }» non è una politica; scegli spdx, ppl, copyfair o custom
problem-coalition-policy-stray-field = `{ $field }` non appartiene a una politica { $policy }; toglilo
problem-coalition-policy-missing-field = una politica { $policy } richiede `{ $field }`
problem-coalition-credit-currency = la tariffa di credito `{ $field }` deve essere nella valuta del compenso, { $want }
problem-coalition-period = un periodo di { $given } giorni non è possibile: indica da 1 a { $most } giorni
problem-coalition-policy-text = `{ $field }` deve avere da 1 a { $most } caratteri senza caratteri di controllo (ne ha { $chars })
problem-coalition-custom-commercial = «{ $given }» non è una regola per l'uso commerciale; scegli permitted, commons_based_only o separate_agreement
problem-coalition-unknown-schedule = «{ $given }» non è un tariffario; scegli flat, revenue_share o per_unit
problem-coalition-schedule-missing-field = un tariffario { $schedule } richiede `{ $field }`
problem-coalition-schedule-stray-field = `{ $field }` non appartiene a un tariffario { $schedule }; toglilo
problem-coalition-schedule-zero = `{ $field }` deve essere maggiore di zero
problem-coalition-unit-name = ciò che è un'unità va nominato in 1-60 caratteri (questo nome ne ha { $chars })
problem-coalition-basis-points = una quota di { $given } punti base non è possibile: indica da 1 a 10000 (300 è il 3 %)
problem-why-coalition-ask = chiedere a suo nome se può usare un bene comune
problem-coalition-maintainers-only = solo i manutentori di { $commons } possono stabilirne la politica di licenza
problem-no-determination = non c'è alcuna determinazione `{ $id }`
problem-coalition-nothing-to-terminate = una determinazione che ha risposto { $outcome } non ha dato diritti da far cessare, o i diritti della sua parte su questo bene comune sono già cessati
problem-coalition-invalid-day = { $field } «{ $given }» non è un giorno scritto AAAA-MM-GG
problem-coalition-empty-span = un'affiliazione non può finire ({ $until }) prima di cominciare ({ $from })
problem-no-affiliation = non c'è alcuna affiliazione `{ $id }`
problem-affiliation-not-yours = solo chi ha dichiarato un'affiliazione può ritirarla
problem-distribution-day = il { $field ->
    [since] primo giorno
   *[until] ultimo giorno
} «{ $given }» non è una data: scrivilo come AAAA-MM-GG
problem-distribution-period = l'ultimo giorno contato viene prima del primo: indica un ultimo giorno uguale o successivo al primo
problem-distribution-policy = «{ $given }» non è una regola di ripartizione: scegli tra { $known }
problem-distribution-commons-only = la tesoreria { $treasury } non è quella di un bene comune: solo la tesoreria di un bene comune ripartisce tra i suoi contributori
problem-distribution-nobody = nessuno da pagare secondo { $policy ->
    [hours] le ore: nessun registro di lavoro accettato nel periodo indica minuti
   *[other] { $policy }: il bene comune non ha accettato contributi nel periodo
}; scegli un periodo più lungo o un'altra regola
problem-distribution-none = la tesoreria { $treasury } non ha la ripartizione n. { $number }
problem-distribution-decided = la ripartizione n. { $number } è già { $state ->
    [posted] registrata
   *[other] scartata
}: preparane una nuova per ripartire di nuovo il denaro
problem-expense-invalid = { $field ->
    [title] il titolo
    [payee] il beneficiario
    [payout] i dati di pagamento
    [description] la descrizione
    [receipt] la ricevuta
    [pay_on] il giorno di pagamento
    [receipt_name] il nome del file della ricevuta
   *[other] il motivo per tenere privata la ricevuta
} della spesa { $why ->
    [empty] è vuoto: compilalo
    [long] è troppo lungo: accorcialo
    [large] supera 5 MiB: invia un file più piccolo
    [day] non è un giorno tra oggi e fra un anno: scrivilo come AAAA-MM-GG
   *[no_receipt] è indicato senza ricevuta: allega la ricevuta o togli il motivo
}
problem-expense-approvals = non si possono chiedere { $given } approvazioni a { $stewards } amministratori: chiedine da 1 a { $stewards }
problem-expense-none = la tesoreria { $treasury } non ha la spesa n. { $number }
problem-expense-state = la spesa n. { $number } è { $state ->
    [submitted] in attesa di approvazione
    [approved] approvata
    [paid] pagata
    [rejected] respinta
    [draft] una bozza
    [incomplete] in attesa di un'integrazione del suo autore
    [scheduled] programmata per il pagamento
    [spam] segnata come spam
   *[canceled] ritirata
}; si può fare solo quando è { $want ->
    [draft] una bozza o incompleta
    [approved] approvata
   *[submitted] in attesa di approvazione
}
problem-expense-own = la spesa n. { $number } è tua: un altro amministratore deve approvarla, respingerla o pagarla
problem-expense-reason = di' perché la spesa è respinta: chi l'ha presentata lo leggerà
problem-expense-voted = hai già approvato o respinto la spesa n. { $number }
problem-expense-not-yours = solo chi ha presentato la spesa n. { $number } può ritirarla
problem-expense-receipt-private = la ricevuta è visibile solo agli amministratori della tesoreria e a chi l'ha presentata: { $reason }
problem-expense-base64 = il contenuto della ricevuta non è in base64 standard: codifica i byte del file in base64
problem-expense-consent-days = { $given } giorni non possono essere un periodo di consenso: indica da 1 a 90 giorni, o nessuno per decidere solo con le approvazioni degli amministratori
problem-expense-not-by-consent = la spesa n. { $number } non si decide per consenso: la sua tesoreria non aveva una regola di consenso quando è stata presentata; approvala, respingila o chiedi un'integrazione
problem-expense-objection-stands = la tua obiezione alla spesa n. { $number } è già in piedi: ritirala prima per dire altro
problem-expense-no-objection = non hai nessuna obiezione in piedi alla spesa n. { $number } da ritirare
problem-hold-invalid = { $why ->
    [same_account] un accantonamento mette da parte denaro da un conto per un altro: indica due conti diversi
    [past] l'accantonamento scadrebbe prima di iniziare: indica un momento futuro
    [too_far] un accantonamento dura al massimo un anno: indica una scadenza più vicina
   *[more_than_held] un accantonamento registra al massimo ciò che ha messo da parte: registra meno, o tutto
}
problem-hold-none = la tesoreria { $treasury } non ha l'accantonamento n. { $number }
problem-hold-state = l'accantonamento n. { $number } è già { $state ->
    [posted] registrato
    [voided] annullato
   *[expired] scaduto
}: creane uno nuovo per mettere da parte denaro
problem-journal-verify-admins = solo un amministratore dell'istanza può ricalcolare l'impronta di tutto il registro tramite l'API; chi ha il database può eseguire `commonfare verify`
problem-ledger-period-day = { $field } «{ $given }» non è un giorno: scrivilo come AAAA-MM-GG
problem-ledger-period-order = il periodo inizia il { $from }, dopo la sua fine il { $to }: metti il giorno precedente in `from`
problem-bodies-amount = Il campo { $field } «{ $given }» { $reason ->
    [currency] non è una valuta: usa un codice ISO 4217 in maiuscolo (EUR, USD, JPY…)
    [decimals] ha più decimali di quanti la sua valuta ne consenta
    [positive] deve essere maggiore di zero
    [large] è troppo grande: un importo deve stare in unità minori a 64 bit
   *[other] non è un numero decimale come 100 o 99.50
}.
problem-bodies-authorises = { $why ->
    [motion] Solo una mozione, un consenso o un consenso pieno può autorizzare un pagamento, non un voto { $given }.
    [treasury] «{ $given }» non è l'identificativo di una tesoreria: usa da 1 a 64 lettere minuscole, cifre, trattini, trattini bassi o punti.
   *[expense] «{ $given }» non è un numero di spesa: indica il numero intero della spesa, da 1.
}
problem-expense-spending-limit = la spesa n. { $number } di { $amount } supera il limite di { $limit } fissato da { $body }: potrà essere pagata quando una decisione di { $body } la autorizzerà ({ $url })
problem-budget-line-invalid = { $field } «{ $given }» non va bene per una voce di bilancio: un nome di al massimo 200 caratteri, un importo sopra zero, giorni AAAA-MM-GG con la fine non prima dell'inizio, una voce della tesoreria nell'unità della spesa, e `flag` o `block` per ciò che succede oltre una voce
problem-budget-line-over = approvare la spesa n. { $number } porterebbe la voce { $line } oltre la previsione di { $planned } di { $over }, e questa tesoreria lo blocca: aumenta la voce o iscrivi la spesa su un'altra

## Manutenzione del prestito: blocchi, guasti, piani, formazioni, ricerca di disponibilità
problem-lending-no-block = Il blocco `{ $id }` non esiste
problem-lending-block-quantity = Vuoi bloccare { $asked } esemplari; la dotazione ne conta { $pool ->
    [one] uno solo
   *[other] { $pool }
}: bloccane almeno uno e al massimo quanti ce ne sono
problem-lending-training-required = { $expired ->
    [yes] La tua formazione su { $name } è scaduta (o scade prima della fine di questa prenotazione)
   *[other] { $name } si prenota solo dopo una formazione
}: chiedi una formazione al suo responsabile { $steward }, che la registra sulla pagina della risorsa
problem-lending-expiry-in-past = Una formazione deve scadere nel futuro: indica una scadenza dopo adesso
problem-lending-block-ended = Questo blocco è già terminato: gli esemplari sono tornati disponibili
problem-lending-search-quantity = Chiedi { $asked } esemplari: chiedine almeno uno e al massimo { $max }
problem-lending-plan = Un piano di manutenzione richiede `every_days` (da 1 a { $days }) o `every_uses` (da 1 a 10000), o entrambi, e `minutes` da 1 a { $minutes }
problem-lending-slot-blocked = Gli esemplari sono fuori servizio in quel momento (blocco `{ $block }`: manutenzione o guasto); { $next ->
    [none] nessuna fascia di quella durata è libera entro il periodo prenotabile
   *[other] la prossima fascia libera inizia il { $next }
}
problem-bodies-nominations-time = Le candidature devono chiudere nel futuro, prima della chiusura dell'elezione: indica da 1 a 366 giorni.
problem-bodies-election-fields = Un'elezione che copre seggi richiede l'organo di cui copre i seggi e quando chiudono le candidature.
problem-bodies-election-options = Un'elezione che copre seggi prende le opzioni dalle candidature: scegli un metodo con opzioni (non una mozione), senza opzioni né pagamenti tuoi.
problem-bodies-not-elected = L'organo «{ $body }» non ha seggi elettivi: il suo regolamento deve dire che i seggi sono elettivi, quanti e per quanto tempo.
problem-bodies-nominations-closed = Le candidature sono chiuse: questa elezione è aperta, il tempo delle candidature è passato, o non ne prevede.
problem-bodies-members-only = Solo i membri dell'organizzazione possono partecipare alle sue candidature.
problem-bodies-nominee-not-member = @{ $handle } non è membro di @{ $org }: solo i suoi membri possono candidarsi.
problem-bodies-already-nominated = @{ $handle } è già candidato.
problem-bodies-no-pending-nomination = Non hai alcuna candidatura in attesa della tua risposta in questa elezione.
problem-bodies-too-few-candidates = { $count } candidati: questa elezione ne richiede almeno { $need }. Attendi altre candidature.
problem-bodies-no-feed = Nessun feed ha questo indirizzo: è stato sostituito o mai creato. Creane uno nuovo nella pagina delle decisioni.
problem-coalition-invalid-share = "{ $given }" non è una quota: scrivi una percentuale maggiore di 0 e al massimo 100, con al massimo due decimali (per esempio "10%" o "12.5%").
problem-coalition-shares-over-whole = Questi impegni fanno { $total } dell'avanzo: insieme non possono superare il 100%.
problem-coalition-no-treasury = { $commons } non ha ancora una tesoreria, quindi nulla può essergli dovuto: chi lo mantiene deve prima aprirne una.
problem-coalition-not-party = Solo chi ha chiesto, o un membro dell'organizzazione per cui ha chiesto, può accettare questo canone.
problem-coalition-no-fee = Questa determinazione ({ $outcome }) non indica alcun canone da accettare.
problem-coalition-expired = Questa determinazione è scaduta: chiedi di nuovo a { $commons }, poi accetta il canone della nuova risposta.
problem-coalition-rights-ended = I diritti di questa parte su { $commons } sono cessati per una violazione: chi lo mantiene deve prima revocarla.
problem-coalition-fee-accepted = Questo canone è già stato accettato: è la somma dovuta n. { $number } di { $commons }.
problem-coalition-fee-period = Un canone di questa parte copre già parte di questo periodo (somma dovuta n. { $number }, dal { $from } al { $until }).
problem-coalition-no-due = { $commons } non ha una somma dovuta n. { $number }.
problem-coalition-due-paid = La somma dovuta n. { $number } è già stata registrata come pagata (movimento n. { $transaction }).
problem-coalition-not-a-phyle = @{ $organization } non è una fila: solo le file promettono quote del loro avanzo.
problem-coalition-phyle-admins = Solo gli amministratori di @{ $organization } possono fissarne gli impegni o dichiararne l'avanzo.
problem-coalition-duplicate-pledge = { $commons } è indicato due volte: un solo impegno per bene comune.
problem-coalition-surplus-period = Un avanzo è già dichiarato dal { $from } al { $until }: i periodi non possono sovrapporsi.
problem-coalition-no-breach = Nessuna violazione è in corso contro questa parte per { $commons }.
problem-coalition-pledge-line = La riga { $line } non è "BENE-COMUNE QUOTA": scrivi l'identificativo del bene comune, uno spazio, poi la quota (per esempio "open-mapping 10%").
problem-phyle-not-contributor = @{ $person } non ha ancora contribuito ad alcun bene comune: i membri di una fila sono commoner. Appena un suo contributo sarà accettato, potrà entrare in @{ $organization }.

# Lending: opening hours and limits per person (issue 18)
problem-lending-hours = { $problem ->
    [reversed] la fascia d'apertura «{ $entry }» chiude prima di aprire: scrivi prima l'ora di apertura, per esempio tue 17:00-20:00
    [overlap] la fascia d'apertura «{ $entry }» si sovrappone a «{ $other }»: uniscile, o fai finire l'una prima che cominci l'altra
   *[other] la fascia d'apertura «{ $entry }» non si legge: scrivi un giorno (da mon a sun) e un orario da 00:00 a 24:00, per esempio tue 17:00-20:00
}
problem-lending-zone = «{ $value }» non è un fuso orario: scrivi un nome del database tz come Europe/Rome o UTC
problem-lending-outside-hours = { $field ->
    [ends_at] la fine
   *[other] l'inizio
} di questa prenotazione cade fuori dagli orari di apertura ({ $hours }): gli esemplari escono e tornano quando il luogo è aperto; { $next ->
    [none] non ci sono aperture in vista
   *[other] la prossima apertura è il { $next }
}
problem-lending-limit-items = hai { $have } esemplari fuori o prenotati in quel momento e il limite è { $limit } per persona; { $until ->
    [none] restituiscine prima uno
   *[other] la prossima restituzione è prevista il { $until }
}
problem-lending-limit-days = hai { $have } giorni prenotati questo mese e questa prenotazione ne aggiunge { $asking }: il limite è { $limit } giorni al mese per persona; riparte il { $until }
problem-lending-limit-holds = hai { $have } prenotazioni in attesa di approvazione e il limite è { $limit } per persona: aspetta che un custode ne approvi una, o annullane una
problem-lending-no-wait = nessun posto in lista d'attesa ha l'identificativo «{ $id }»
problem-lending-slot-free = quella fascia è libera: prenotala invece di aspettarla
problem-lending-offer-lapsed = questa offerta non è stata accettata prima dell'ora di ritiro ed è scaduta: la fascia passa alla persona successiva; rimettiti in lista o prenota un'altra fascia
problem-budget-line-other-owner = "{ $budget }" è stato condotto da un'altra organizzazione rispetto a quella che tiene la tesoreria { $treasury }: i suoi progetti finanziati diventano voci della tesoreria della propria organizzazione.
problem-expense-tier-twice = Due soglie partono sopra { $amount }: indica ogni importo una sola volta.
problem-lending-no-place = Nessuna risorsa è custodita in «{ $place }»: scrivi il luogo come lo scrivono le risorse.
problem-lending-period = { $problem ->
    [reversed] il periodo «{ $value }» finisce prima di cominciare: scrivi il primo giorno, due punti, poi l'ultimo, per esempio 2026-10-01..2026-11-30
    [too_long] il periodo «{ $value }» supera { $years } anni: contane uno più breve
   *[other] «{ $value }» non è un periodo: scrivi un anno (2026), un mese (2026-11), 30d per gli ultimi 30 giorni, o un primo e un ultimo giorno come 2026-10-01..2026-11-30
}
problem-lending-factor = il fattore di { $field } deve essere un numero intero da 0 a { $max }
problem-lending-not-library-steward = solo i custodi della biblioteca (la persona, o gli amministratori dell'organizzazione) possono fissarne i fattori di risparmio
problem-lending-no-library = non c'è nessuna persona né organizzazione @{ $handle } di cui contare la biblioteca
problem-lending-no-feed = Nessun calendario ha questo indirizzo: è stato sostituito, fermato o mai creato. Creane uno nuovo nella pagina delle tue prenotazioni.
problem-ledger-nothing-owed = La tesoreria { $treasury } non ti deve nulla: i pagamenti riguardano ciò che le sue distribuzioni ti hanno accreditato.
problem-ledger-payout-above-owed = Chiedi { $asked }, ma la tesoreria ti deve { $owed } e i tuoi pagamenti in attesa di approvazione o di pagamento ne reclamano già { $claimed }: chiedi al massimo la differenza.

# Deleghe accettate e deleghe permanenti (issue 14, punto 5)
problem-bodies-delegation = { $why ->
    [self] Non puoi delegare a te stesso.
    [outside] Quella persona non fa parte di questo organo.
    [chain] Quella persona ha delegato a qualcun altro: le deleghe non passano oltre.
    [holding] Altre persone ti hanno delegato: vota per loro invece di passare oltre le loro deleghe.
    [unoffered] Quella persona non ti ha dato nessuna delega in questo organo.
    [delegated] Hai delegato a qualcun altro: le deleghe non passano oltre; riprendi prima la tua.
   *[none] Non hai dato nessuna delega permanente in questo organo.
}
problem-bodies-delegation-exists = Deleghi già a @{ $handle }: riprendi prima quella delega.
problem-bodies-not-seated = Non fai parte di «{ $body }».
problem-offer-mode = la modalità «{ $value }» non è nessuna di: { $modes }
problem-offer-fee = { $mode ->
    [rent] una cosa a noleggio richiede una tariffa al giorno, in centesimi, da 1 a { $max }
   *[other] solo una cosa a noleggio ha una tariffa al giorno: toglila per { $mode }
}
problem-offer-wanted = di' cosa vorresti in cambio per un baratto (wanted)
problem-offer-not-owner = solo la persona a cui appartiene può modificarla, chiuderla o usarla in un accordo
problem-offer-not-party = solo l'altra parte di questo accordo può accettarlo, e solo le sue due parti possono rifiutarlo
problem-offer-closed = questa offerta è { $state }: non accetta altri accordi
problem-offer-request-closed = questa richiesta è { $state }: non accetta altre risposte
problem-offer-match-state = questo accordo è già { $state }
problem-offer-own = non puoi chiedere la tua offerta né rispondere alla tua richiesta
problem-offer-interval = una cosa prestata o noleggiata lo è per un intervallo: indica starts_at e ends_at
problem-offer-none = nessuna offerta ha l'identificativo «{ $id }»
problem-offer-no-request = nessuna richiesta ha l'identificativo «{ $id }»
problem-offer-no-match = nessun accordo ha l'identificativo «{ $id }»

problem-whole-number = Scrivi qui un numero intero, come 2.
problem-budgets-override-nothing = Il progetto { $number } { $funded ->
    [yes] è già finanziato
   *[no] non è già finanziato
}: una correzione deve cambiare ciò che è finanziato.
problem-distribution-parameters = i parametri della regola { $policy } non sono validi: { $reason }
problem-distribution-approved-already = hai già approvato la ripartizione n. { $number }: viene registrata quando la regola della tesoreria ha le sue approvazioni
problem-distribution-objection-stands = la tua obiezione alla ripartizione n. { $number } è in piedi: ritirala prima per approvarla o per dire altro
problem-distribution-no-objection = non hai nessuna obiezione in piedi alla ripartizione n. { $number } da ritirare
problem-distribution-reason = di' perché ti opponi alla ripartizione: gli altri tesorieri lo leggeranno
problem-budgets-rule-refuses-style = La regola { $rule } non può scrutinare schede { $style } ({ $reason }): scegli un'altra regola o un altro tipo di scheda
problem-budgets-points-not-for-style = `points_total` e `max_points` sono regole delle schede a punti, e questa scheda è { $style }: toglili o scegli `points`
problem-budgets-points-total = Una scheda a punti richiede `points_total`, i punti di ogni votante: da 1 a { $most }
problem-budgets-not-for-style = `{ $field }` appartiene a un altro tipo di scheda, e questa è { $style }: toglilo
problem-budgets-parallel = `{ $field }` dà { $given } valori per { $projects } progetti: danne uno per progetto, nello stesso ordine
problem-budgets-points-not-positive = Il progetto { $number } non ha punti sopra lo zero: dagli almeno un punto, o toglilo dalla scheda
problem-budgets-points-malformed = «{ $given }» non è un numero intero di punti (progetto { $number })
problem-budgets-points-over-most = Il progetto { $number } ha { $given } punti, più dei { $most } che un progetto può ricevere
problem-budgets-points-over-total = La scheda dà { $given } punti, più dei { $total } di ogni votante: togline qualcuno
problem-budgets-ranks-tied = Due progetti hanno la posizione { $rank }: dai a ogni progetto la sua posizione
problem-budgets-rank-gap = Nessun progetto ha la posizione { $missing }: le posizioni vanno da 1 senza buchi
problem-budgets-merge-self = Un progetto non può essere unito a sé stesso: indica l'originale di cui è un doppione
problem-budgets-merge-heading = Il progetto { $number } è in un'altra voce: un doppione si unisce a un progetto della sua stessa voce
problem-budgets-not-on-ballot = Il progetto { $number } non è più sulla scheda (tolto o unito): scegli un progetto che ci sia
problem-lending-photo-type = una foto va inviata come image/jpeg, image/png o image/webp, non «{ $given }»
problem-lending-photo-not-image = i byte inviati non sono un'immagine { $declared }: invia l'immagine stessa, con il tipo di media che le corrisponde
problem-lending-photo-too-large = una foto può essere al massimo di { $most } byte (5 MiB): inviane una più piccola
problem-no-photo = questa risorsa non ha una foto con identificativo «{ $id }»
problem-lending-kit = { $problem ->
    [too_many] un kit ha al massimo { $most } elementi
    [twice] l'elemento «{ $part }» è nominato due volte: nomina ogni elemento una volta, con la sua quantità
    [quantity] la quantità di «{ $part }» va da 1 alla sua dotazione
    [itself] un kit non può essere un suo elemento
    [steward] «{ $part }» ha un altro custode: gli elementi di un kit hanno il custode del kit
    [nested] «{ $part }» è un kit o un elemento di un kit: i kit non si annidano
    [retired] «{ $part }» è ritirato dal prestito
    [booked] le prenotazioni future del kit non starebbero accanto a quelle di «{ $part }»
   *[other] gli elementi del kit non possono essere così
}
problem-lending-component-taken = l'elemento «{ $component }» del kit è occupato in quell'orario (da `{ $holder }`); { $next ->
    [none] nessuna fascia di quella durata è libera per tutto il kit entro il periodo prenotabile
   *[other] la prossima fascia libera per tutto il kit comincia il { $next }
}
problem-peer-round = il giro non può aprirsi: { $reason }
problem-peer-gifts = i punti dati non sono validi: { $reason }
problem-peer-round-missing = la tesoreria { $treasury } non ha un giro di ripartizione tra pari { $number }
problem-peer-round-open = il giro di ripartizione tra pari { $number } è aperto fino al { $until }: chiudilo prima, o aspetta
problem-peer-round-closed = il giro di ripartizione tra pari { $number } si è chiuso il { $at }: i suoi punti non possono più cambiare
problem-peer-not-member = non sei membro del giro di ripartizione tra pari { $number }: i suoi membri sono i contributori del comune alla sua apertura
problem-peer-no-round = la tesoreria { $treasury } non ha alcun giro di ripartizione tra pari chiuso: aprine uno, lascia che i membri diano i loro punti e chiudilo

problem-budgets-valuation-phase = i progetti si valutano solo durante la valutazione, e il processo è in `{ $phase }`
problem-budgets-panel-phase = la commissione di valutazione si nomina fino alla fine della valutazione, e il processo è in `{ $phase }`
problem-budgets-not-on-panel = { $named ->
    [yes] solo chi siede in «{ $body }», la commissione di valutazione di questo processo, valuta i suoi progetti
   *[no] questo processo non ha una commissione di valutazione: solo gli amministratori di { $org } valutano i suoi progetti
}
problem-budgets-explanation-required = compila `explanation`: { $why ->
    [unfeasible] spiega perché il progetto non è fattibile
   *[price] spiega perché il prezzo differisce dalla stima ({ $estimate })
}
problem-budgets-group-too-small = Un gruppo di incompatibilità richiede almeno due progetti diversi: spuntane due o più.
problem-budgets-group-heading = Il progetto { $number } non è in «{ $heading }»: un gruppo riunisce progetti di una sola voce.
problem-budgets-project-in-group = Il progetto { $number } è già nel gruppo «{ $group }»: un progetto sta al più in un gruppo.
problem-budgets-project-in-group-raced = Uno di questi progetti è stato messo in un altro gruppo nello stesso momento: un progetto sta al più in un gruppo.
problem-no-budget-group = `{ $id }` non è un gruppo di incompatibilità di questo bilancio partecipativo
problem-lending-photo-moment = «{ $value }» non è un momento di un prestito: indica `check_out` (alla consegna degli oggetti) o `return` (alla loro restituzione)
problem-lending-moment-not-reached = una prenotazione { $state ->
    [pending] in attesa di approvazione
    [confirmed] confermata
    [out] in prestito
    [returned] restituita
    [offered] offerta dalla lista d'attesa
   *[cancelled] annullata
} non ha ancora { $moment ->
    [check_out] una consegna
   *[return] una restituzione
} da fotografare: { $moment ->
    [check_out] consegna prima gli oggetti
   *[return] riprendi prima gli oggetti
}
problem-no-condition-photo = questa prenotazione non ha una foto con identificativo «{ $id }»
problem-budgets-not-in-body = Questo bilancio è aperto ai membri di «{ $body }» ({ $url }), e ora non ne fai parte
problem-budgets-unknown-body = @{ $org } non ha nessun organo «{ $given }»: indica in `eligible_body` l’identificativo di uno dei suoi organi (la sua pagina è /orgs/{ $org }/bodies/IDENTIFICATIVO)
problem-budgets-body-not-for-eligibility = `eligible_body` nomina l’organo i cui membri partecipano e va solo con `eligibility` `body`, non `{ $eligibility }`: toglilo o imposta `eligibility` a `body`
problem-lending-desk-hours = { $problem ->
    [reversed] la fascia dello sportello «{ $entry }» chiude prima di aprire: scrivi prima l'ora di apertura, per esempio tue 17:00-18:00
    [overlap] la fascia dello sportello «{ $entry }» si sovrappone a «{ $other }»: uniscile, o fai finire l'una prima che cominci l'altra
   *[other] la fascia dello sportello «{ $entry }» non si legge: scrivi un giorno (da mon a sun) e un orario da 00:00 a 24:00, per esempio tue 17:00-18:00
}
problem-lending-outside-desk-hours = { $field ->
    [ends_at] la fine
   *[other] l'inizio
} di questa prenotazione cade fuori dagli orari dello sportello ({ $hours }): il luogo può essere aperto, ma gli esemplari escono e tornano solo quando lo sportello è aperto; { $next ->
    [none] lo sportello non ha aperture in vista
   *[other] lo sportello riapre il { $next }
}
problem-lending-two-stewards = indica come responsabile un'organizzazione o un bene comune, non entrambi
problem-lending-maintainers-only = Solo chi cura { $commons } può prestare a suo nome
problem-lending-territory-admins = solo un amministratore dell'istanza può fissare i fattori di risparmio predefiniti del territorio
problem-lending-short-notice = Questa risorsa va prenotata con più anticipo: l'inizio più vicino che puoi prenotare ora è { $earliest }
problem-budgets-not-member-of-proposer = Solo i membri attivi di @{ $org } possono proporre un progetto a suo nome
problem-budgets-two-proposers = Un progetto si propone per un'organizzazione o per un gruppo informale, non per entrambi: lascia vuoto «organization» o «group»
problem-budgets-not-proposer-or-admin = Solo un amministratore di @{ $org } o chi ha proposto il progetto può collegarne il bene comune
problem-budgets-no-commons-linked = Il progetto «{ $number }» non ha alcun bene comune collegato
problem-budgets-paper-no-vote-column = Riga { $line }: l'intestazione non nomina la colonna `vote` (colonne: vote, voter, station, ballot, declared)
problem-budgets-paper-unknown-column = Riga { $line }: colonna sconosciuta `{ $given }` (colonne: vote, voter, station, ballot, declared)
problem-budgets-paper-fields = Riga { $line }: { $given } campi dove l'intestazione ne nomina { $expected }; metti tra virgolette un voto i cui progetti sono separati da virgole, o separali con `;`
problem-budgets-paper-unclosed = Riga { $line }: un campo tra virgolette non è chiuso
problem-budgets-paper-declared = Riga { $line }: il conteggio dichiarato `{ $given }` non è un numero intero di 0 o più, o differisce da quello dichiarato da una riga precedente dello stesso seggio
problem-budgets-paper-declared-field = Il conteggio dichiarato `{ $given }` non è un numero intero di 0 o più
problem-budgets-paper-count-mismatch = Il verbale del seggio «{ $station }» dichiara { $declared } schede e ne sono state lette { $read }: controlla l'elenco, o accetta la differenza con `accept_mismatch` e un motivo (`reason`)
problem-budgets-paper-serial-repeated = Il numero di serie di scheda `{ $serial }` compare due volte, o è già stato registrato in questo processo
problem-budgets-paper-voter-not-eligible = Chi ha espresso questa scheda non può votare in questo processo (membro o codice del censimento inesistente, non idoneo, o escluso dalla regola d'età)
problem-budgets-voted-on-paper = La tua scheda cartacea conta in «{ $heading }»: non puoi votare lì anche online
problem-lending-money = Il campo { $field } «{ $given }» { $reason ->
    [negative] non può essere minore di zero
    [decimals] ha più decimali di quanti la sua valuta ne consenta
    [large] è troppo grande: un importo deve stare in unità minori a 64 bit
    [currency] non è una valuta: usa un codice ISO 4217 in maiuscolo (EUR, USD, JPY…)
    [not_currency] non è una valuta: le condizioni di prestito sono in denaro, non in ore o crediti
   *[other] non è un numero decimale come 20 o 4.50
}.
problem-lending-fee-mode = Il fee_mode «{ $given }» è sconosciuto: usa free, per_loan, per_day o pay_what_you_can.
problem-lending-fee-for-mode = { $mode ->
    [free] Una risorsa gratuita non chiede tariffa: lascia la tariffa vuota o a 0, oppure scegli un'altra modalità.
   *[other] La modalità di tariffa { $mode } richiede una tariffa maggiore di 0.
}

# La quota minima di una scheda a zaino (issue 15).
problem-budgets-under-minimum = I progetti scelti costano { $total }, meno dei { $least } che una scheda deve spendere dei { $amount } della voce: aggiungine qualcuno
problem-budgets-min-share-not-for-style = `min_share_percent` è una regola delle schede a zaino, e questa scheda è { $style }: toglilo o scegli `knapsack`
problem-budgets-min-share-range = `min_share_percent` deve essere una percentuale intera da 1 a 100, non { $given }
