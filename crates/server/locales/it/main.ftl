# La cornice del sito: navigazione, piè di pagina, scelta della lingua e pagine di errore.

skip-to-content = Vai al contenuto
nav-journal = Diario
nav-commons = Beni comuni
nav-organizations = Organizzazioni
nav-people = Persone
nav-settings = Impostazioni
nav-sign-out = Esci
nav-sign-in = Accedi
nav-sign-up = Registrati
feed-title = Diario di { $instance }
footer-about = Commonfare — software libero (AGPL-3.0-or-later). Qui tutto è pubblico, tranne i segreti.
footer-atom = Feed Atom
footer-api = API
language-label = Lingua
language-choose = Mostra
error-title = { $status ->
    [400] Richiesta non valida
    [401] Serve l'accesso
    [403] Non consentito
    [404] Non trovato
    [405] Questo indirizzo non lo prevede
    [408] Troppo lento
    [409] In conflitto
    [410] Eliminato
    [413] Troppo grande
    [414] Indirizzo troppo lungo
    [415] Tipo di contenuto inatteso
    [422] Non accettabile così com'è
    [429] Troppi tentativi
    [431] Intestazioni troppo grandi
   *[other] Qualcosa è andato storto
}
error-back = Torna indietro con il browser per correggere ciò che hai inviato.
error-home = Vai alla pagina iniziale
error-code = Errore { $status }

## Pagina iniziale

home-title = Inizio
home-intro = Commonfare è un'infrastruttura di cooperazione. Chiunque contribuisce ai beni comuni senza chiedere il permesso; cooperative, phyle e imprese ci costruiscono il proprio sostentamento; associazioni senza scopo di lucro ed enti pubblici mantengono l'infrastruttura condivisa e decidono in modo democratico. Ogni cambiamento è scritto in un diario pubblico, così chiunque vede cosa succede e cosa serve.
home-people = { $count ->
    [one] una persona
   *[other] { $count } persone
}
home-organizations = { $count ->
    [one] un'organizzazione
   *[other] { $count } organizzazioni
}
home-events = { $count ->
    [one] un evento nel diario
   *[other] { $count } eventi nel diario
}
home-join = Unisciti a questa istanza
home-or = oppure
home-sign-in = accedi
home-create-organization = Crea un'organizzazione
home-now = Sta succedendo ora
home-whole-journal = Tutto il diario →

## Il diario

journal-title = Diario
journal-intro = Ogni cambiamento su questa istanza, nel momento in cui è avvenuto. Anche come:
journal-person = Persona
journal-person-hint = nome utente
journal-type = Tipo
journal-type-hint = person, organization, …
journal-context = Storico di
journal-context-hint = commons:nome
journal-filter = Filtra
journal-older = Eventi precedenti →
journal-empty = Qui non è ancora successo nulla.
journal-history = Cronologia
journal-record-all = Tutta la cronologia, pagina per pagina

## Accesso e registrazione

field-handle = Nome utente
field-password = Password
field-display-name = Nome visualizzato
field-email = Email
signin-new = Sei nuovo?
signup-handle-hint = da 2 a 40 lettere minuscole, cifre e singoli - o _, a partire da una lettera; è il tuo indirizzo qui e non potrà cambiare
signup-email-hint = facoltativa e privata: non viene mai mostrata a nessuno
signup-password-hint = almeno 10 caratteri
signup-already = Sei già registrato?

## Persone e organizzazioni

search-name-or-handle = Nome o nome utente
search = Cerca
people-title = Persone
people-none = Non si è ancora registrato nessuno.
people-no-match = Nessuno corrisponde a «{ $q }».
people-show-all = Mostra tutti
people-more = Altre persone →
tag-instance-admin = amministrazione dell'istanza
orgs-kind = Forma
orgs-any = tutte
orgs-none = Ancora nessuna organizzazione.
orgs-no-match = Nessuna organizzazione corrisponde.
orgs-show-all = Mostrale tutte
orgs-more = Altre organizzazioni →
org-kind = { $kind ->
    [for_profit] Impresa a scopo di lucro
    [cooperative] Cooperativa
    [phyle] Phyle (impresa etica dei commoner)
    [for_benefit] Associazione senza scopo di lucro
    [public_body] Ente pubblico
   *[informal_group] Gruppo informale
}
org-role = { $role ->
    [admin] amministrazione
   *[member] membro
}
person-joined = Iscritto il { $when }
person-renamed = Conosciuto come @{ $old } fino al { $when }, quando persone e organizzazioni hanno iniziato a condividere un'unica lista di nomi utente: { $reason }. Il vecchio indirizzo porta qui.
person-edit = Modifica profilo e impostazioni
person-invited = (invitato)
org-new-title = Nuova organizzazione
org-handle-hint = da 2 a 40 lettere minuscole, cifre e singoli - o _, a partire da una lettera
field-name = Nome
field-description = Descrizione
field-website = Sito web
create = Crea

## Un'organizzazione e le impostazioni

org-accept = Accetta l'invito
org-decline = Rifiuta
org-leave = Esci dall'organizzazione
org-members = Membri
org-invited = invitato
org-remove = rimuovi
org-invite-title = Invita qualcuno
field-role = Ruolo
org-invite = Invita
org-edit = Modifica
save = Salva
settings-profile = Profilo
settings-about = Su di te
settings-private = privata
settings-save-profile = Salva il profilo
settings-preferences = Lingua e ora
settings-language = Lingua delle pagine
settings-language-browser = La lingua del mio browser
settings-time-zone = Fuso orario
settings-time-zone-instance = Quello dell'istanza ({ $zone })
settings-save-preferences = Salva lingua e fuso orario
settings-password = Password
settings-current-password = Password attuale
settings-new-password = Nuova password
settings-revoke-tokens = Revoca anche i miei token API (i programmi che li usano ne richiederanno uno nuovo)
settings-change-password = Cambia password
settings-tokens = Token API
settings-tokens-intro = Un programma invia il token così: <code>Authorization: Bearer TOKEN</code>. Un token si vede una sola volta, quando viene creato.
settings-new-token = Il tuo nuovo token (copialo adesso, non verrà più mostrato):
settings-token-created = creato il { $when }
settings-revoked = revocato
settings-revoke = Revoca
settings-token-name = Nome del token
settings-token-name-hint = a cosa serve il programma
settings-create-token = Crea un token

## Beni comuni: elenchi, contributi e revisioni

commons-create = Crea un bene comune
commons-words = Parole
commons-home-organization = Organizzazione di riferimento
commons-kind = { $kind ->
    [software] software
    [knowledge] conoscenza
    [design] design
    [data] dati
   *[other] altro
}
commons-of = di
commons-none = Ancora nessun bene comune.
commons-no-match = Nessun bene comune corrisponde.
commons-show-all = Mostrali tutti
commons-more = Altri beni comuni →
show = Mostra
by = di
show-all = Mostra tutto
contributions-title = Contributi
contributions-of = Contributi a { $name }
contribution-state-label = Stato
contribution-state = { $state ->
    [open] aperti (proposti o con modifiche richieste)
    [proposed] proposto
    [changes_requested] modifiche richieste
    [accepted] accettato
    [rejected] respinto
    [withdrawn] ritirato
    [reverted] annullato
   *[any] tutti
}
contribution-kind = { $kind ->
    [change] modifica
   *[work_record] lavoro registrato
}
file-op = { $op ->
    [add] aggiunta
    [modify] modifica
   *[delete] eliminazione
}
contributions-none = Nessuno.
contributions-none-in-state = Nessuno in questo stato.
contributions-older = Contributi precedenti →
revisions-title = Revisioni
revisions-of = Revisioni di { $name }
revisions-older = Revisioni precedenti →
revision-changes = modifiche
revision-accepted-by = accettata da
revision-made-in = fatta in
revision-offered = { $count ->
    [one] La revisione della derivazione che porta con sé
   *[other] Le { $count } revisioni della derivazione che porta con sé
}
contribution-offered = Offerto dalla derivazione
contribution-work-by = lavoro di
contribution-minutes = { $count ->
    [one] un minuto di lavoro
   *[other] { $count } minuti di lavoro
}
contribution-evidence = prova
contribution-deleted-before = Il bene comune
contribution-deleted-after = è stato eliminato: su questo contributo non si può più decidere.
contribution-comment-optional = commento (facoltativo)
contribution-why-optional = perché (facoltativo)
contribution-what-to-change = cosa cambiare
contribution-accept = Accetta
contribution-reject = Respingi
contribution-ask-for-changes = Chiedi modifiche
contribution-withdraw = Ritira
contribution-reviews = Revisioni ricevute
contribution-review-record = ({ $accepted } accettati, { $reviews ->
    [one] una revisione
   *[other] { $reviews } revisioni
} qui)
contribution-no-review = Ancora nessuna revisione.

## La pagina di un bene comune

commons-deleted = Eliminato il { $when }
commons-deleted-by = da
commons-deleted-rest = I suoi file e la sua cronologia restano leggibili; non può più cambiare nulla.
commons-deleted-forks = I suoi file e la sua cronologia restano leggibili, e il suo lavoro continua nelle derivazioni (qui sotto); non può più cambiare nulla.
commons-hosted-by = ospitato da
commons-forked-from = Derivato da
commons-at-revision = alla revisione { $number }
commons-synced = ultima offerta accettata a monte come sua revisione { $number }
commons-revision = Revisione { $number }:
commons-propose = Proponi un nuovo file o caricane uno
commons-record-work = Registra il lavoro fatto per questo bene comune
field-minutes = Minuti
commons-what-you-did = Cosa hai fatto
commons-what-you-did-hint = Ho condotto il laboratorio del sabato
commons-evidence = Prova (un link, facoltativo)
commons-record = Registra il lavoro
commons-fork-title = Crea una derivazione
commons-fork-handle = Nome utente della derivazione
commons-fork-note = La derivazione conserva tutta la cronologia e chi ha fatto cosa; ne diventi il manutentore.
commons-fork = Deriva
commons-offer-label = Offri a monte le nuove revisioni di questa derivazione
commons-offer-hint = cosa portano
commons-offer-waiting = L'offerta di questa derivazione attende i manutentori a monte:
commons-offer = Offri a monte
commons-delete-title = Elimina questo bene comune
commons-delete-note = In un bene comune eliminato non può più cambiare nulla ed esce dagli elenchi. I suoi file e la sua cronologia restano leggibili, e le derivazioni conservano tutto ciò che hanno ereditato.
commons-delete-confirm-before = Scrivi
commons-delete-confirm-after = per confermare
commons-files = File
commons-file-size = { $count ->
    [one] un byte
   *[other] { $count } byte
}
commons-no-files = Ancora nessun file: proponi il primo.
commons-maintainers = Manutentori
commons-contributors = Contributori
commons-contributors-first = I primi { $shown } su { $total }, per contributi accettati
commons-all-as-json = tutti, in JSON
commons-contributor-accepted = { $count } accettati
commons-contributor-reviews = { $count ->
    [one] una revisione
   *[other] { $count } revisioni
}
commons-contributor-open = { $count } aperti
commons-nobody = Ancora nessuno.
commons-suggested = Suggeriti come manutentori
commons-forks = Derivazioni
commons-fork-from = dalla revisione { $number }
commons-forks-first = Le prime { $shown } derivazioni su { $total };
commons-forks-all = tutte in JSON
commons-open-contributions = Contributi aperti
commons-none-open = Nessuno aperto.
commons-more-open = Altri contributi aperti →
commons-all-contributions = Tutti i contributi
commons-download-head = Scarica l'ultima revisione come
commons-or = o

## Proposte, file e differenze

propose-title = Proponi una modifica
propose-to = Proponi una modifica a
field-file-path = Percorso del file
field-content = Contenuto
field-what-and-why = Cosa e perché
propose = Proponi
upload-title = Oppure carica un file
upload-note = Qualsiasi tipo di file (immagini, PDF, disegni) fino alla dimensione che questa istanza accetta; i file di testo restano confrontabili riga per riga.
field-file = File
upload-path = Percorso nel bene comune (il nome del file se vuoto)
upload-propose = Carica e proponi
file-propose-edit = Proponi una modifica
file-binary = Un file binario; non viene mostrato qui.
diff-title = Modifiche
diff-revisions = revisione { $from } → { $to }
diff-files-changed = { $count ->
    [one] un file modificato
   *[other] { $count } file modificati
}
diff-download = scarica la revisione { $number } come
diff-status = { $status ->
    [added] aggiunto
    [deleted] eliminato
   *[modified] modificato
}
diff-binary = Un file binario; non viene confrontato riga per riga.
diff-too-large = Troppo grande per confrontarlo riga per riga.
new-commons-title = Nuovo bene comune
new-commons-summary = Sintesi
new-commons-licence = Licenza
new-commons-licence-hint = un identificatore o un'espressione SPDX
new-commons-licence-means = Ogni contributo è dato con questa licenza, e chiunque può usare il bene comune come essa consente. Una licenza di condivisione allo stesso modo (CC-BY-SA-4.0, GPL-3.0-or-later, ODbL-1.0) mantiene aperto anche ciò che altri ne ricavano; una permissiva (MIT, CC-BY-4.0) permette loro di chiuderlo.
new-commons-home-hint = facoltativa; devi esserne membro

## Discussione

discussion-title = Discussione
discussion-comments = { $count ->
    [one] un commento
   *[other] { $count } commenti
}
discussion-last = ultimo { $when }
discussion-no-thread = Ancora nessuna conversazione.
discussion-all-threads = Tutte le conversazioni
discussion-or-start = , o iniziane una
discussion-thread-number = Conversazione n. { $number }
discussion-contribution = contributo n. { $number }
discussion-older = Conversazioni precedenti →
discussion-start-title = Inizia una conversazione
field-title = Titolo
discussion-first-comment = Primo commento
markdown = Markdown
discussion-start = Inizia la conversazione
discussion-sign-in-to-start = per iniziare una conversazione; per leggere non serve un account.
discussion-sign-in-to-take-part = per partecipare; per leggere non serve un account.
discussion-thread-of = Conversazione n. { $number } di
discussion-started-by = iniziata da
discussion-of-contribution = la discussione del
discussion-all-threads-lower = tutte le conversazioni
comment-edited = modificato
comment-deleted = Commento eliminato dal suo autore.
comment-edit-or-delete = Modifica o elimina
comment-yours = Il tuo commento
comment-yours-hint = Markdown; il testo precedente resta nella cronologia
comment-delete = Elimina questo commento
comment-none = Ancora nessun commento.
comment-add = Aggiungi un commento
comment-post = Commenta
history-title = Cronologia del commento
history-by = Un commento di
history-on = su
history-written = scritto { $when }
history-now = Adesso
history-deleted = Eliminato dal suo autore; il testo e le versioni precedenti non ci sono più.
history-earlier = Versioni precedenti
history-version = scritta { $written }, sostituita { $replaced }
history-none = Nessuna: il commento non è mai stato modificato.
history-none-deleted = Nessuna: il commento non è mai stato modificato, oppure le sue versioni sono sparite con lui.
history-back = Torna alla conversazione
panel-in-the-commons = Nei beni comuni
panel-no-contributions = Ancora nessun contributo.
panel-maintainer = manutentore
panel-rejected = { $count } respinti
panel-since = dal { $when }

language-name-en = inglese
language-name-fr = francese
language-name-it = italiano
language-name-es = spagnolo
content-missing = Non c'è ancora una versione in { $wanted }: è mostrato in { $original }, come è stato scritto.
content-translated = Tradotto { $code ->
    [fr] dal francese
    [it] dall'italiano
    [es] dallo spagnolo
   *[en] dall'inglese
}.
content-written-in = Scritto in
content-translations = Traduzioni
content-translations-note = Il nome e il riassunto sono scritti in { $original }; qui puoi darli in altre lingue.
content-translation-language = Lingua
content-save-translation = Salva la traduzione
content-remove-translation = rimuovi

diff-old-line = Riga prima
diff-new-line = Riga dopo
diff-line = Testo
diff-download-file = scaricalo
diff-read-proposed = leggi il file come proposto
contribution-changes-on = Che cosa cambia, sulla revisione { $number }
contribution-became = Accettato come revisione { $number }:
contribution-revision-diff = vedi le modifiche di quella revisione
contribution-on-head = Se accettato ora, sulla revisione { $number } (la testa è andata avanti), cambierebbe
contribution-conflicts = Questi file sono cambiati anche sulla testa nel frattempo; chi ha proposto la modifica deve aggiornarla prima che possa essere accettata:

contribution-update-title = Aggiorna la tua modifica
contribution-asked-by = @{ $reviewer } ha chiesto delle modifiche:
contribution-update-file = { $path }, come lo proponi
contribution-update = Invia la nuova versione

revert-title = Annulla…
revert-note = Una nuova revisione annullerà ciò che la revisione { $number } ha cambiato; la sua storia resta.
revert-confirm = Sì, annulla la revisione { $number }
maintainers-remove = rimuovi
maintainers-step-down = lascia l'incarico
maintainers-add-label = Aggiungi chi mantiene (identificativo)
maintainers-add = Aggiungi

welcome-title = Ti diamo il benvenuto
welcome-lead = Qui puoi migliorare opere condivise, unirti ai gruppi che se ne prendono cura e seguire tutto ciò che accade, mentre accade.
welcome-profile = Di' chi sei, e scegli la tua lingua e il tuo fuso orario
welcome-commons = Contribuisci a un bene comune
welcome-commons-how = Chiunque può proporre una modifica o registrare un lavoro svolto; chi mantiene il bene comune lo esamina, alla luce del sole.
welcome-all-commons = Tutti i beni comuni
welcome-orgs = Unisciti a un'organizzazione
welcome-orgs-how = Associazioni, cooperative, enti pubblici e gruppi informali invitano i loro membri: chiedi a chi li amministra.
welcome-all-orgs = Tutte le organizzazioni
welcome-new-org = Creane una
welcome-happening = Che cosa succede
welcome-journal = Tutto il diario

form-fix-below = Non è stato salvato nulla: correggi ciò che è segnalato qui sotto e invia di nuovo il modulo.

api-title = L'API
api-intro = Ogni pagina ha la sua gemella nell'API, in JSON. Leggere non richiede nulla; una modifica richiede un token, inviato come <code>Authorization: Bearer TOKEN</code> (creane uno nelle impostazioni). I rifiuti rispondono in <code>application/problem+json</code>, con un <code>code</code> stabile e parole nella lingua richiesta. Gli elenchi arrivano una pagina alla volta: segui <code>next</code> o l'intestazione <code>Link</code>. Le descrizioni qui sotto sono in inglese, come quelle dell'API.
api-json = La stessa descrizione in JSON OpenAPI, per i programmi
api-contents = Indice
api-operations = { $count ->
    [one] un'operazione
   *[other] { $count } operazioni
}
api-shapes = Forme
api-shapes-note = Ciò che le operazioni ricevono e rispondono, per nome.
api-access-anyone = Chiunque può chiamarla
api-access-optional = Un token viene letto se inviato
api-access-token = Richiede un token
api-parameters = Parametri
api-in = { $place ->
    [path] nell'indirizzo
    [query] nella query
   *[other] in { $place }
}
api-required = obbligatorio
api-body = Cosa inviare
api-answers = Risposte
## Organi: assemblee, consigli e gruppi di un'organizzazione, e le loro decisioni.
bodies-title = Organi
bodies-none = Ancora nessun organo.
bodies-kind = { $kind ->
    [general_assembly] Assemblea generale
    [board] Consiglio direttivo
    [working_group] Gruppo di lavoro
    [jury] Giuria
    [valuation_panel] Commissione di valutazione
   *[commons_council] Consiglio dei beni comuni
}
bodies-method = { $method ->
    [motion] Mozione (sì, no, astensione)
    [consent] Consenso (passa salvo obiezioni)
    [consensus] Consenso pieno (passa salvo blocchi)
    [approval] Voto per approvazione
    [plurality] Maggioranza relativa (una scelta)
    [score] Voto a punteggio (punti a ogni opzione)
    [cumulative] Voto cumulativo (bollini da distribuire)
    [borda] Metodo Borda
    [schulze] Metodo Schulze (graduatoria)
    [irv] Ballottaggio istantaneo (graduatoria)
    [stv-scottish] Voto singolo trasferibile scozzese (graduatoria, proporzionale)
    [seqphragmen] Phragmén sequenziale (approvazione, consiglio proporzionale)
    [equal-shares] Metodo delle quote uguali (approvazione, consiglio proporzionale)
    [pav] Voto per approvazione proporzionale (consiglio)
   *[stv-meek] Voto singolo trasferibile di Meek (graduatoria, proporzionale)
}
bodies-state = { $state ->
    [draft] bozza
    [open] aperta
    [closed] chiusa
   *[withdrawn] ritirata
}
bodies-result = { $result ->
    [decided] approvata
   *[failed] respinta
}
bodies-secrecy = { $secrecy ->
    [open] schede palesi
    [anonymous] schede anonime
   *[secret] schede segrete con ricevuta
}
bodies-seats = { $seats ->
    [elected] chi occupa un seggio elettivo il cui mandato non è finito
    [named] le persone indicate dal regolamento
    [admins] gli amministratori dell'organizzazione
   *[all_members] tutti i membri attivi dell'organizzazione
}
bodies-openers = { $openers ->
    [admins] gli amministratori dell'organizzazione
   *[members] chiunque ne faccia parte, e gli amministratori
}
bodies-answer = { $answer ->
    [yes] Sì
    [no] No
    [abstain] Mi astengo
    [consent] Acconsento
    [concern] Acconsento, con una riserva
    [objection] Mi oppongo
    [agree] Sono d'accordo
    [stand_aside] Mi faccio da parte
   *[block] Blocco
}
bodies-closes = si chiude { $when }
bodies-no-decision = Nessuna.
bodies-open-decisions = Decisioni aperte
bodies-drafts = Bozze
bodies-past-decisions = Decisioni passate
bodies-members = Chi ne fa parte
bodies-weight = { $count ->
    [one] { $count } voto
   *[other] { $count } voti
}
bodies-no-member = Nessuno fa ancora parte di questo organo.
bodies-rulebook = Regolamento, versione { $version }
bodies-rule-seats = Chi ne fa parte
bodies-rule-openers = Chi può aprire una decisione
bodies-rule-method = Metodo predefinito
bodies-rule-quorum = Quorum
bodies-rule-threshold = Soglia
bodies-abstentions-count = le astensioni contano nella base
bodies-rule-secrecy = Segretezza minima
bodies-rule-changeable = Una scheda si può cambiare fino alla chiusura
bodies-yes = sì
bodies-no = no
bodies-rule-weights = Pesi
bodies-weight-cap = { $count ->
    [one] al massimo { $count } voto per membro
   *[other] al massimo { $count } voti per membro
}
bodies-versions = Versioni precedenti
bodies-version = Versione { $version }
bodies-draft-title = Prepara una decisione
bodies-field-title = Domanda o proposta
bodies-field-description = Dettagli
bodies-field-method = Metodo
bodies-field-options = Opzioni
bodies-options-hint = una per riga; nessuna per una mozione
bodies-field-seats = Seggi da assegnare
bodies-field-secrecy = Schede
bodies-secrecy-default = come dice il regolamento
bodies-field-days = Giorni prima della chiusura
bodies-draft = Salva la bozza
bodies-sign-in-to-draft = per preparare una decisione, se il regolamento te lo consente.
bodies-decision-of = Decisione { $number } di
bodies-seats-count = { $count ->
    [one] { $count } seggio
   *[other] { $count } seggi
}
bodies-participation = Hanno votato { $voted } su { $voters }
bodies-options = Opzioni
bodies-receipt-title = La tua ricevuta
bodies-receipt-text = Conserva questo codice: compare solo ora. Dopo la chiusura la decisione pubblica lo SHA-256 di ogni ricevuta, così puoi controllare che la tua scheda sia stata contata senza che nessuno sappia come hai votato.
bodies-your-ballot = La tua scheda
bodies-voted = La tua scheda è registrata. Puoi cambiarla fino alla chiusura: conta l'ultima.
bodies-reason = Motivo (necessario per un'obiezione)
bodies-approve-most = { $count ->
    [one] Approva al massimo { $count } opzione.
   *[other] Approva al massimo { $count } opzioni.
}
bodies-approve-hint = Approva tutte le opzioni che ti vanno bene.
bodies-rank-hint = Dai 1 alla tua prima scelta, 2 alla seguente, e così via; lascia le altre senza posizione.
bodies-unranked = senza posizione
bodies-change-ballot = Cambia la mia scheda
bodies-cast = Vota
bodies-not-in-electorate = Non fai parte dell'elettorato di questa decisione.
bodies-sign-in-to-vote = per votare, se fai parte di questo organo.
bodies-outcome = Esito
bodies-passed = La proposta è approvata.
bodies-not-passed = La proposta non è approvata.
bodies-no-winner = Nessuno è stato scelto.
bodies-chosen = { $count ->
    [one] Scelta:
   *[other] Eletti:
}
bodies-turnout = Affluenza: { $turnout } voti su { $electorate }
bodies-explanation = Come si è contato
bodies-receipts = { $count ->
    [one] { $count } impronta di ricevuta
   *[other] { $count } impronte di ricevute
}
bodies-participants = { $count ->
    [one] Ha votato { $count } persona
   *[other] Hanno votato { $count } persone
}
bodies-download = Scarica le schede anonimizzate
bodies-recount = Riconta tu stesso: { $command }
bodies-ballots-hash = SHA-256 del file delle schede:
bodies-electorate-hash = SHA-256 dell'elettorato congelato:
bodies-manage = Gestisci
bodies-manage-hint = Per chi l'ha preparata e per gli amministratori dell'organizzazione.
bodies-open = Aprila ora
bodies-close = Chiudila ora e conta
bodies-withdraw = Ritirala
bodies-declare = Dichiara un organo
bodies-declare-hint = Per gli amministratori dell'organizzazione. L'organo parte con le regole consuete del suo tipo; il regolamento si può poi cambiare.
bodies-field-name = Nome
bodies-field-slug = Indirizzo
bodies-slug-hint = lettere minuscole, cifre e trattini
bodies-field-kind = Tipo
bodies-declare-button = Dichiara l'organo
bodies-rule-by-decision = Il regolamento cambia solo con una decisione dell'organo
bodies-proposal = Se questa decisione passa, l'organo adotta un nuovo regolamento:
bodies-decisions-title = Decisioni
bodies-yours = Quelle in cui puoi votare
bodies-you-voted = hai votato
bodies-you-may-vote = puoi votare
bodies-nothing-to-vote = Nessuna decisione aperta aspetta la tua scheda.
bodies-sign-in-to-see-yours = per vedere le decisioni in cui puoi votare.
bodies-older = Decisioni precedenti
bodies-all-decisions = Le decisioni di tutti gli organi
bodies-votes = Chi ha votato cosa
bodies-score-hint = { $count ->
    [one] Dai a ogni opzione da 0 a { $count } punto.
   *[other] Dai a ogni opzione da 0 a { $count } punti.
}
bodies-dots-hint = { $count ->
    [one] Distribuisci { $count } bollino tra le opzioni.
   *[other] Distribuisci fino a { $count } bollini tra le opzioni, anche più di uno sulla stessa.
}
bodies-field-points = Punti
bodies-points-hint = per il voto a punteggio, il punteggio massimo (5 se vuoto); per il voto cumulativo, i bollini di ciascuno (10 se vuoto)
bodies-proxy-title = Dai la delega
bodies-proxy-hint = { $count ->
    [one] Un'altra persona di questa decisione può votare per te; ciascuna ha al massimo { $count } delega. Se voti tu, la delega torna a te.
   *[other] Un'altra persona di questa decisione può votare per te; ciascuna ha al massimo { $count } deleghe. Se voti tu, la delega torna a te.
}
bodies-proxy-field = Il suo nome utente
bodies-proxy-give = Dai la delega
bodies-proxy-with = La tua delega è a @{ $handle }.
bodies-proxy-revoke = Riprendi la delega
bodies-rule-proxies = Deleghe
bodies-proxies-count = { $count ->
    [one] ogni votante può avere { $count } delega
   *[other] ogni votante può avere { $count } deleghe
}

## The ledger
ledger-treasuries-title = Tesorerie
ledger-treasuries-intro = Soldi alla luce del sole: saldi, entrate e uscite di ogni tesoreria sono pubblici, fino all'ultimo movimento.
ledger-treasury-of = Tesoreria di { $handle }
ledger-owner = { $kind ->
    [body] organo
    [person] persona
    [commons] bene comune
   *[organization] organizzazione
}
ledger-no-treasury = Nessuna tesoreria è stata ancora aperta.
ledger-stewards = Tesorieri:
ledger-downloads = L'intero libro mastro:
ledger-balances = Saldi
ledger-account = Conto
ledger-kind = Tipo
ledger-balance = Saldo
ledger-no-negative = mai sotto zero
ledger-account-kind = { $kind ->
    [asset] attività
    [liability] passività
    [income] ricavo
    [expense] costo
    [equity] patrimonio
   *[external] controparte
}
ledger-no-account = Ancora nessun conto.
ledger-monthly = Entrate e uscite per mese
ledger-chart-title = Entrate e uscite per mese, in { $unit }
ledger-income = Entrate
ledger-expenses = Uscite
ledger-month = Mese
ledger-no-flow = Non è ancora entrato né uscito nulla.
ledger-transactions = Movimenti
ledger-transaction-number = n. { $number }
ledger-flow = { $flow ->
    [income] entrata
    [spending] uscita
   *[transfer] giroconto
}
ledger-category = { $category ->
    [donation] donazione
    [sponsorship] sponsorizzazione
    [membership_fee] quota associativa
    [sale] vendita
    [licence_fee] canone di licenza
    [lending_fee] tariffa di prestito
   *[grant] contributo
}
ledger-reference = Riferimento: { $reference }
ledger-earmarked = Destinato a
ledger-reverses = Storna
ledger-reversed-by = Stornato da
ledger-no-transaction = Ancora nessun movimento.
ledger-treasury = Tesoreria
ledger-see-ledger = Tutti i movimenti, mese per mese
ledger-seal = Ogni movimento è sigillato con l'hash SHA-256 del precedente; l'ultimo sigillo:
ledger-verify = verifica la catena
ledger-older = Movimenti precedenti

## Prestiti

nav-lending = Prestiti
lending-title = Biblioteca degli oggetti
lending-intro = Attrezzi, veicoli, spazi e macchine in comune: guarda quando sono liberi e prenota ciò che ti serve.
lending-my-reservations = Le mie prenotazioni
lending-desk = Banco dei custodi
lending-search = Nome, descrizione o luogo
lending-kind = Tipo
lending-any-kind = Tutti i tipi
lending-kind-name = { $kind ->
    [tool] Attrezzo
    [vehicle] Veicolo
    [space] Spazio
    [machine] Macchina
   *[material] Materiale
}
lending-none = Ancora niente da prendere in prestito.
lending-no-match = Nessun risultato.
lending-show-all = Mostra tutto
lending-more = Altre cose da prendere in prestito
lending-items = { $count ->
    [one] un esemplare
   *[other] { $count } esemplari
}
lending-state = { $state ->
    [pending] in attesa di approvazione
    [confirmed] confermata
    [out] in prestito
    [returned] restituita
    [offered] offerta dalla lista d'attesa
   *[cancelled] annullata
}
lending-overdue = In ritardo
lending-returned-late = Restituita in ritardo
lending-retired = Ritirata
lending-steward = Custode
lending-place = Dove
lending-condition = Stato
lending-policy = Come prenderla in prestito
lending-policy-min = { $count ->
    [one] almeno un minuto
   *[other] almeno { $count } minuti
}
lending-policy-max = { $count ->
    [one] al massimo un minuto
   *[other] al massimo { $count } minuti
}
lending-policy-horizon = { $count ->
    [one] prenotabile al massimo un giorno prima
   *[other] prenotabile al massimo { $count } giorni prima
}
lending-policy-buffer = { $count ->
    [0] nessuna pausa tra un prestito e l'altro
    [one] un minuto di pausa dopo ogni prestito
   *[other] { $count } minuti di pausa dopo ogni prestito
}
lending-policy-borrowers = { $who ->
    [members] Possono prenderla i membri dell'organizzazione che la custodisce.
   *[anyone] Chiunque abbia fatto l'accesso può prenderla.
}
lending-policy-approval = Un custode approva ogni prenotazione.
lending-policy-automatic = Le prenotazioni sono confermate subito.
lending-calendar = Calendario (feed iCalendar)
lending-place-calendar = Calendario di tutto ciò che è custodito qui
lending-upcoming = Prossime prenotazioni
lending-upcoming-none = Ancora nessuna prenotazione: è libera.
lending-book = Prenota
lending-starts = Dal
lending-ends = Al
lending-zone = Orari nel tuo fuso orario ({ $zone }).
lending-quantity = Quanti
lending-book-button = Prenota
lending-sign-in-to-book = Accedi per prenotare
lending-reservation = Prenotazione
lending-out-note = Stato alla consegna
lending-return-note = Stato alla restituzione
lending-add-to-calendar = Aggiungi al mio calendario (.ics)
lending-approve = Approva
lending-note = Stato degli oggetti
lending-take-back = Riprendi
lending-hand-over = Consegna
lending-cancel = Annulla la prenotazione
lending-mine-none = Non hai ancora prenotazioni.
lending-browse = Guarda cosa puoi prendere in prestito
lending-desk-day = La giornata del { $day }, per ciò che custodisci.
lending-desk-overdue = In ritardo
lending-desk-check-outs = Da consegnare oggi
lending-desk-returns = Da riprendere oggi
lending-desk-awaiting = In attesa della tua approvazione
lending-desk-nothing = Niente.

## Budgets

nav-budgets = Bilanci
budgets-title = Bilanci partecipativi
budgets-intro = La città e le associazioni chiedono a tutti cosa costruire con una parte del loro bilancio: proposte, un voto per quartiere e per tutta la città, e risultati scrutinati con regole che chiunque può verificare.
budgets-none = Ancora nessun bilancio partecipativo.
budgets-imported = Importato
budgets-of = di { $owner }
budgets-more = Altri bilanci
budgets-owned-by = Gestito da
budgets-until = fino al { $when }
budgets-see-results = Vedi i risultati
budgets-sign-in = Accedi per partecipare
budgets-members-only = Solo i membri di @{ $owner } partecipano a questo bilancio.
budgets-by-census = Aperto { $count ->
    [one] alla persona
   *[other] alle { $count } persone
} del suo censimento, una volta rivendicata la propria voce con l’identificativo.
budgets-census-claimed = Hai rivendicato la tua voce.
budgets-claim = Rivendica la tua voce del censimento
budgets-claim-field = Il tuo identificativo, come lo scrive il censimento
budgets-claim-hint = Spazi, punti, trattini e maiuscole non contano. È conservato solo cifrato.
budgets-claim-button = Rivendica
budgets-census-import = Importa il censimento
budgets-census-field = Il censimento, in CSV
budgets-census-hint = Un’intestazione con id e, se li hai, birth_date (AAAA-MM-GG) e district (il nome di una voce), poi una persona per riga. Importarlo di nuovo lo sostituisce; le rivendicazioni degli identificativi ancora presenti restano.
budgets-census-button = Importa
budgets-standing = { $why ->
    [voted_on_paper] La tua scheda cartacea conta qui: non puoi votare online in questa voce.
    [citywide] Tutti possono votare qui: è la voce di tutta la città.
    [own] Il tuo quartiere, secondo il censimento.
    [first] Puoi votare qui; il primo quartiere in cui voti conta come il tuo.
    [other] Un quartiere diverso dal tuo.
    [district_rule] Non puoi votare qui: voti nel tuo quartiere e in un numero fisso di altri, e li hai già usati.
    [not_in_census] Rivendica la tua voce del censimento per votare.
    [age_rule] La regola d’età di questo bilancio ti esclude.
   *[other] Non puoi votare qui.
}
budgets-standing-others = ({ $used } di { $allowed } altri quartieri ammessi)
budgets-propose = Proponi un progetto
budgets-heading = Voce
budgets-project-title = Titolo
budgets-project-description = Cos'è, e perché
budgets-project-place = Dove (facoltativo)
budgets-project-cost = Costo
budgets-cost-hint = Una stima: cifre, con al massimo due decimali, ad esempio 12000 o 12000.50
budgets-propose-button = Proponi
budgets-amount = { $amount } da spendere
budgets-ballots = { $count ->
    [one] una scheda
   *[other] { $count } schede
}
budgets-voted = La tua scheda è registrata. Puoi cambiarla fino alla chiusura del voto.
budgets-ballot-for = La tua scheda per { $heading }
budgets-knapsack-hint = Scegli progetti i cui costi non superano in tutto { $amount }.
budgets-left-to-spend = Resta da spendere: { $amount }
budgets-over-by = Superi l'importo di { $amount }: togli un progetto.
budgets-approval-hint = Scegli i progetti che sostieni.
budgets-least = { $count ->
    [one] Almeno un progetto.
   *[other] Almeno { $count } progetti.
}
budgets-most = { $count ->
    [one] Al massimo un progetto.
   *[other] Al massimo { $count } progetti.
}
budgets-project-number = n. { $number }
budgets-change-ballot = Cambia la mia scheda
budgets-cast = Vota
budgets-no-projects = Ancora nessun progetto.
budgets-untitled = Progetto senza titolo
budgets-rejected = Tolto dalla scheda
budgets-results-of = Risultati: { $heading }
budgets-file = File Pabulib (.pb)
budgets-phases = Fasi
budgets-current = in corso
budgets-from = dal { $when }
budgets-to = fino al { $when }
budgets-ballot-style = Scheda
budgets-who = Chi partecipa
budgets-who-anyone = Chiunque abbia effettuato l'accesso
budgets-who-members = I membri di @{ $owner }
budgets-who-body = I membri di
budgets-body-only = Partecipa a questo bilancio solo chi siede in questo organo:
budgets-rule = Regola di scrutinio
budgets-move-to = Passa alla fase
budgets-move = Passa
budgets-proposed-by = Proposto da
budgets-progress = Realizzazione
budgets-headings = Voci
budgets-count = Scrutina
budgets-funded = Progetti finanziati
budgets-funded-count = { $count ->
    [one] un progetto finanziato
   *[other] { $count } progetti finanziati
}
budgets-spent = { $total } spesi
budgets-chart-title = I voti di ogni progetto; in verde quando la regola scelta lo finanzia, un quadrato pieno quando lo finanzia il greedy
budgets-chart-chosen = finanziato con { $rule }
budgets-chart-not = non finanziato
budgets-chart-greedy = finanziato dal greedy (il quadrato pieno)
budgets-table-caption = Voti e costo di ogni progetto, e se ogni regola lo finanzia
budgets-project = Progetto
budgets-votes = Voti
budgets-yes-funded = Finanziato
budgets-my-ballot = Cosa ha fatto la mia scheda
budgets-my-share = La tua quota del bilancio era { $share }. Ha pagato:
budgets-my-share-unused = Nessuno dei progetti che hai scelto: i loro sostenitori, insieme, non potevano comprarli.
budgets-my-left = { $left } della tua quota non sono stati spesi.
budgets-my-completed = Scelti da te e finanziati poi con il resto del bilancio:
budgets-my-no-shares = Questa regola non divide il bilancio tra i votanti; ecco cosa è stato delle tue scelte.
budgets-my-funded = Finanziati:
budgets-my-unfunded = Non finanziati:
budgets-why-title = Perché gli altri hanno perso
budgets-why-supporters = { $count ->
    [one] Il suo unico sostenitore
   *[other] I suoi { $count } sostenitori
}
budgets-why-started = avevano insieme { $started }. I loro soldi sono andati a:
budgets-why-left = Gli restavano { $left }: meno del suo costo, { $cost }.
budgets-why-fit = Quando è venuto il suo turno, restavano { $left } del bilancio: meno del suo costo, { $cost }.
budgets-why-no-votes = Nessuno l'ha scelto.
budgets-why-not-reached = La regola si è fermata prima del suo turno.
budgets-explanation-json = Lo scrutinio passo per passo (JSON)
budgets-phase-name = { $phase ->
    [drafting] Preparazione
    [informing] Informazione
    [accepting_proposals] Raccolta delle proposte
    [reviewing] Esame delle proposte
    [supporting] Sostegni
    [valuating] Valutazione
    [publishing_prices] Pubblicazione dei costi
    [balloting] Voto
    [reviewing_ballots] Verifica delle schede
    [results] Risultati
    [implementation] Realizzazione
   *[finished] Concluso
}
budgets-now = { $phase ->
    [drafting] Il bilancio è in preparazione.
    [informing] Leggi del bilancio e delle sue regole prima della raccolta delle proposte.
    [accepting_proposals] Proponi progetti per il tuo quartiere o per tutta la città.
    [reviewing] Le proposte vengono esaminate; quelle tolte dalla scheda dicono perché.
    [supporting] Sostieni le proposte che vuoi sulla scheda.
    [valuating] Una commissione verifica fattibilità e costo di ogni progetto.
    [publishing_prices] Si pubblicano i costi dei progetti sulla scheda.
    [balloting] Vota: scegli i progetti in ogni voce. Puoi cambiare la scheda fino alla chiusura del voto.
    [reviewing_ballots] Le schede vengono verificate.
    [results] I risultati sono usciti: guarda cosa è finanziato e perché.
    [implementation] I progetti finanziati sono in realizzazione.
   *[finished] Questo bilancio è concluso: guarda i suoi risultati.
}
budgets-rule-name = { $rule ->
    [greedy_cost] Greedy (i più votati prima)
    [greedy_cardinality] Greedy (voti per costo)
    [mes_cost] Quote uguali
    [mes_cardinality] Quote uguali (per numero)
    [mes_cost_irresolute] Quote uguali, ogni parità
    [mes_cost_greedy_completion] Quote uguali, poi greedy
    [mes_cost_exhaustion] Quote uguali, budget alzato fino all'esaurimento
    [mes_cost_add1] Quote uguali con add1
    [mes_cost_add1_greedy_completion] Quote uguali con add1, poi greedy
   *[phragmen] Phragmén sequenziale
}
budgets-style-name = { $style ->
    [approval] Approvazione: scegli i progetti che sostieni
    [points] Punti: distribuisci i tuoi punti tra i progetti che sostieni
    [ranked] Classifica: ordina i progetti che sostieni
   *[knapsack] Zaino: scegli progetti fino all'importo della voce
}
budgets-progress-status = { $status ->
    [not_started] Non iniziato
    [under_way] In corso
    [done] Concluso
   *[cancelled] Annullato
}
budgets-supports = Sostegni
budgets-support = Sostieni questo progetto
budgets-milestones = Tappe
budgets-milestone-link = Foto e documenti
budgets-record-progress = Registra la realizzazione
budgets-percent = Percentuale realizzata
budgets-milestone-new = Una tappa (facoltativa)
budgets-milestone-on = Giorno
budgets-record = Registra
budgets-paper = Registra schede cartacee
budgets-paper-field = Le schede cartacee
budgets-paper-hint = Un CSV la cui intestazione nomina le colonne: vote (numeri dei progetti separati da ;) e, se si vuole, voter (un codice del censimento o @utente), station, ballot (il numero di serie della scheda), declared (il conteggio del verbale); oppure una scheda per riga, ad esempio 1,4,7
budgets-paper-record = Registrale
budgets-paper-station = Seggio
budgets-paper-declared = Schede secondo il suo verbale
budgets-paper-declared-hint = Lascia vuoto se il seggio non ha inviato il verbale
budgets-paper-accept = Registrale anche se il conteggio differisce dal verbale
budgets-paper-reason = Perché la differenza è accettata
budgets-paper-report = Schede cartacee riconciliate
budgets-paper-of = Schede cartacee di { $heading }, per seggio
budgets-paper-totals = { $read } lette, { $recorded } contate, { $aside } accantonate
budgets-paper-station-col = Seggio
budgets-paper-declared-col = Dichiarate
budgets-paper-read-col = Lette
budgets-paper-recorded-col = Contate
budgets-paper-aside-col = Accantonate
budgets-paper-no-station = (nessun seggio indicato)
budgets-paper-voted-online = { $count ->
    [one] una persona ha votato online
   *[other] { $count } persone hanno votato online
}
budgets-paper-twice = { $count ->
    [one] una persona aveva già votato su carta
   *[other] { $count } persone avevano già votato su carta
}
budgets-paper-district-rule = { $count ->
    [one] una persona superava la regola dei quartieri
   *[other] { $count } persone superavano la regola dei quartieri
}
budgets-paper-mismatch = Verbale { $declared }, lette { $read }: accettato da { $who }:

# Le clausole della coalizione (una determinazione le nomina per identificativo).
clause-ppl-1-grant-title = Concessione della licenza
clause-ppl-1-grant-text = Chiunque può copiare, condividere, rappresentare e adattare l'opera, per qualunque scopo non commerciale. L'uso commerciale è consentito solo come dicono le clausole 1c e 1d.
clause-ppl-1a-same-licence-title = Copie sotto questa licenza
clause-ppl-1a-same-licence-text = Chi condivide l'opera la condivide sotto questa licenza, con il suo testo o il suo indirizzo, e non può aggiungere condizioni che restringano ciò che la licenza concede.
clause-ppl-1b-share-alike-title = Condividi allo stesso modo
clause-ppl-1b-share-alike-text = Gli adattamenti dell'opera si condividono sotto questa licenza, o una sua versione successiva, alle stesse condizioni.
clause-ppl-1c-commercial-worker-owned-title = Uso commerciale da parte di imprese dei lavoratori
clause-ppl-1c-commercial-worker-owned-text = L'opera può essere usata commercialmente solo da un'impresa o da un collettivo di proprietà dei lavoratori, e solo se tutti i guadagni, gli avanzi, i profitti e i benefici che produce sono distribuiti tra i suoi lavoratori-proprietari.
clause-ppl-1d-commercial-waged-labour-title = Nessun uso per trarre profitto dal lavoro salariato
clause-ppl-1d-commercial-waged-labour-text = Un'impresa di proprietà e gestione private, che cerca di trarre profitto dal lavoro di dipendenti pagati con uno stipendio o altri salari, non può usare l'opera sotto questa licenza.
clause-ppl-1e-attribution-title = Attribuzione
clause-ppl-1e-attribution-text = Chi condivide l'opera o un adattamento mantiene intatte le sue note sul diritto d'autore e cita i suoi autori come chiedono, con il titolo e l'indirizzo dell'opera.
clause-ppl-2-separate-licence-title = Una licenza a parte
clause-ppl-2-separate-licence-text = Chi non è autorizzato da questa licenza può chiedere ai titolari dell'opera una licenza a parte, ad altre condizioni; questa non ne concede.
clause-ppl-3-termination-title = Risoluzione
clause-ppl-3-termination-text = I diritti che questa licenza concede cessano da sé per chi ne viola le condizioni.
clause-copyfair-1-grant-title = Condivisione libera
clause-copyfair-1-grant-text = Chiunque può copiare, condividere, studiare e adattare il bene comune per scopi non commerciali, senza chiedere e senza pagare.
clause-copyfair-2-commons-based-title = Uso commerciale da parte di imprese dei beni comuni
clause-copyfair-2-commons-based-text = Le cooperative, le imprese dei lavoratori che ripartiscono tra loro gli avanzi, le phyle, le associazioni di interesse generale e gli enti pubblici usano commercialmente il bene comune senza compenso.
clause-copyfair-3-reciprocity-title = Reciprocità dagli altri utenti commerciali
clause-copyfair-3-reciprocity-text = Ogni altro uso commerciale chiede reciprocità: il compenso che i manutentori del bene comune hanno dichiarato nel suo tariffario, per ogni periodo d'uso.
clause-copyfair-4-credit-title = Ciò che è stato restituito conta
clause-copyfair-4-credit-text = Ciò che l'utente ha dato al bene comune nel periodo (contributi accettati dai manutentori e ore di lavoro registrate, dai suoi membri o dipendenti, e denaro versato) è detratto dal compenso alle tariffe dichiarate. Nessun compenso è inferiore a zero.
clause-copyfair-5-contributors-title = Chi contribuisce lo usa liberamente
clause-copyfair-5-contributors-text = Una persona che ha contribuito al bene comune nel periodo, e il cui contributo è stato accettato, lo usa commercialmente senza compenso.
clause-copyfair-6-attribution-share-alike-title = Attribuzione e condivisione allo stesso modo
clause-copyfair-6-attribution-share-alike-text = Chi usa il bene comune cita chi vi ha contribuito e condivide i suoi adattamenti alle stesse condizioni.
clause-copyfair-7-termination-title = Risoluzione
clause-copyfair-7-termination-text = Un uso che viola queste condizioni, o un compenso non pagato, pone fine all'autorizzazione.
clause-copyfair-8-agreement-title = Un accordo con i manutentori
clause-copyfair-8-agreement-text = Finché i manutentori non dichiarano un tariffario, gli utenti commerciali diversi dalle imprese dei beni comuni e da chi contribuisce concordano con loro direttamente la propria reciprocità.
clause-spdx-open-licence-title = Una licenza aperta
clause-spdx-open-licence-text = Il bene comune è condiviso sotto { $licence }, che ne consente l'uso, anche commerciale, alle condizioni proprie di quella licenza.
clause-spdx-non-commercial-only-title = Solo uso non commerciale
clause-spdx-non-commercial-only-text = { $licence } consente solo l'uso non commerciale: l'uso commerciale non è permesso con questa licenza.
clause-spdx-terms-title = Le condizioni della licenza
clause-spdx-terms-text = L'uso segue le condizioni di { $licence }: mantenere le sue note, citare gli autori e condividere allo stesso modo dove lo dice.
clause-spdx-separate-licence-title = Una licenza a parte
clause-spdx-separate-licence-text = Gli utenti commerciali possono chiedere ai titolari dell'opera una licenza a parte.
clause-spdx-termination-title = Risoluzione
clause-spdx-termination-text = Chi viola le condizioni di { $licence } perde i diritti che concede, come dice la licenza.
clause-custom-text-title = La licenza propria del bene comune
clause-custom-text-text = { $title }: decidono le condizioni scritte dai suoi manutentori, come appaiono in questa pagina.
clause-custom-commercial-permitted-title = Uso commerciale permesso
clause-custom-commercial-permitted-text = La licenza dei manutentori permette l'uso commerciale alle sue condizioni.
clause-custom-commercial-commons-based-title = Uso commerciale solo per imprese dei beni comuni
clause-custom-commercial-commons-based-text = La licenza dei manutentori permette l'uso commerciale solo a cooperative, imprese dei lavoratori che ripartiscono tra loro gli avanzi, phyle, associazioni di interesse generale ed enti pubblici.
clause-custom-commercial-separate-agreement-title = Uso commerciale su accordo
clause-custom-commercial-separate-agreement-text = La licenza dei manutentori non permette alcun uso commerciale senza un accordo a parte con loro.
clause-custom-termination-title = Risoluzione
clause-custom-termination-text = Chi viola le condizioni della licenza dei manutentori perde l'autorizzazione che dava.

# Gli esiti di una determinazione.
coalition-outcome-permitted-non-commercial = Permesso: l'uso non è commerciale
coalition-outcome-permitted-commons-based = Permesso: uso commerciale dei beni comuni
coalition-outcome-permitted-reciprocity-met = Permesso: reciprocità rispettata
coalition-outcome-permitted-with-fee = Permesso con un compenso
coalition-outcome-not-permitted = Non permesso con questa licenza
coalition-outcome-needs-evidence = Servono prove
coalition-outcome-terminated = Risolto per una violazione

# Le pagine della coalizione: politiche di licenza e determinazioni.
coalition-panel-title = Licenza e reciprocità
coalition-policy-name = { $policy ->
    [ppl] Peer Production License
    [copyfair] CopyFair
    [custom] Una licenza propria
   *[spdx] Una licenza aperta
}
coalition-panel-ask = Usare questo bene comune commercialmente?
coalition-panel-policy = La sua licenza, clausola per clausola
coalition-panel-determinations = Chi ha chiesto, e che cosa gli è stato risposto
coalition-use-name = { $use ->
    [commercial] Commerciale
   *[non_commercial] Non commerciale
}
coalition-expired-short = scaduta
coalition-list-title = Determinazioni su { $commons }
coalition-list-none = Nessuno ha ancora chiesto.
coalition-more = Altro
coalition-determination-title = Possono usare { $commons }?
coalition-asked-by = Chiesto da
coalition-on-behalf-of = a nome di
coalition-use = Uso
coalition-policy = Politica
coalition-decided = Deciso
coalition-holds-until = Valida fino al
coalition-expired = Scaduta: chiedi di nuovo.
coalition-clauses-decided = Le clausole che hanno deciso
coalition-missing = Ancora necessario per decidere
coalition-contradictions = Contraddetto da ciò che questa istanza sa
coalition-contradiction = { $fact }: dichiarato { $declared }, ma { $known_fact } è { $known }
coalition-facts = I fatti considerati
coalition-facts-none = Non serviva alcun fatto.
coalition-source-declared = dichiarato
coalition-source-instance = noto a questa istanza
coalition-reciprocity = Reciprocità
coalition-fee-gross = Il compenso del tariffario
coalition-fee-credit = Credito per ciò che è stato restituito
coalition-fee-owed = Compenso dovuto
coalition-fee-nothing = Nulla: ciò che è stato restituito lo copre
coalition-fee-period = Per il periodo
coalition-fee-payee = Versato nella tesoreria
coalition-conditions = A queste condizioni
coalition-way-forward = La strada da seguire
coalition-ask-again = Chiedi di nuovo
coalition-ask-title = Puoi usare { $commons }?
coalition-ask-intro = Di' per che cosa lo useresti e, per un uso commerciale, i fatti che la sua licenza considera. Questa istanza aggiunge ciò che sa: il tipo e i membri della tua organizzazione, e ciò che hanno dato al bene comune nel periodo.
coalition-ask-organization = A nome dell'organizzazione (il suo identificativo; lascia vuoto per chiedere per te)
coalition-ask-facts = Lascia un fatto non detto quando questa istanza lo conosce o la licenza non ne ha bisogno: la risposta nomina ciò che manca.
coalition-fact = { $fact ->
    [organization_kind] Tipo di organizzazione
    [worker_owned] Di proprietà di chi ci lavora
    [surplus_to_workers] Tutti i suoi avanzi ripartiti tra i lavoratori-proprietari
    [waged_labour] Impiega salariati che non ne sono proprietari
    [revenue] Ricavi dall'uso nel periodo
    [units] Unità prodotte o vendute con il bene comune nel periodo
    [accepted_contributions] Contributi accettati nel periodo
    [hours_of_work] Ore di lavoro accettate nel periodo
    [paid_in] Denaro versato al bene comune nel periodo
    [breach] Diritti cessati per una violazione
   *[other] { $fact }
}
coalition-not-said = Non detto
coalition-yes = Sì
coalition-no = No
coalition-hours = { $hours } h
coalition-revenue-example = 18000.00 EUR
coalition-ask-submit = Chiedi
coalition-sign-in-to-ask = Accedi per chiedere
coalition-policy-title = La politica di licenza di { $commons }
coalition-policy-set-by = Stabilita da @{ $who }, { $when }.
coalition-policy-follows-licence = I manutentori non hanno stabilito alcuna politica: segue la licenza del bene comune.
coalition-fee-schedule = Tariffario
coalition-fee-none = Nessun tariffario dichiarato per ora: gli utenti commerciali che devono reciprocità la concordano con i manutentori.
coalition-fee-flat = { $amount } per ogni periodo
coalition-fee-per-unit = { $amount } per { $unit }
coalition-fee-revenue-share = { $share } dei ricavi dichiarati per l'uso
coalition-credit = Meno { $contribution } per contributo accettato e { $hour } per ora di lavoro accettata nel periodo, e il denaro versato.
coalition-period = { $count ->
    [one] Un periodo di un giorno.
   *[other] Un periodo di { $count } giorni.
}
coalition-clauses = Le sue clausole
coalition-recent = Ultime determinazioni
coalition-set-title = Stabilisci la politica di licenza
coalition-set-spdx = Per una licenza aperta
coalition-set-expression = Espressione SPDX
coalition-set-copyfair = Per CopyFair
coalition-schedule-name = { $schedule ->
    [flat] Lo stesso compenso per ogni periodo
    [per_unit] Un prezzo per unità
   *[revenue_share] Una quota dei ricavi
}
coalition-set-basis-points = Quota in punti base (300 è il 3 %)
coalition-set-currency = Valuta della quota
coalition-set-amount = Compenso o prezzo per unità, con la valuta
coalition-set-unit-name = Che cos'è un'unità
coalition-set-per-contribution = Credito per contributo accettato
coalition-set-per-hour = Credito per ora di lavoro
coalition-set-period = Periodo in giorni (365 se vuoto)
coalition-set-custom = Per una licenza propria
coalition-set-custom-title = Titolo
coalition-set-custom-text = Testo
coalition-set-commercial = Uso commerciale
coalition-commercial-name = { $rule ->
    [permitted] Permesso
    [separate_agreement] Solo con un accordo a parte
   *[commons_based_only] Solo per le imprese dei beni comuni
}
coalition-set-submit = Stabilisci la politica
coalition-terminated-title = Questi diritti sono cessati per una violazione
coalition-terminated-by = Cessati da @{ $who }, { $when }. Chi li aveva chiesti riceve d'ora in poi la risposta «risolto» su questo bene comune.
coalition-terminate-title = Fai cessare questi diritti per una violazione
coalition-terminate-intro = Come manutentore puoi far cessare ciò che questa risposta permetteva, dicendo che cosa è stato violato. L'organizzazione o la persona per cui è stata chiesta riceve allora la risposta «risolto» su questo bene comune.
coalition-terminate-reason = Che cosa è stato violato
coalition-terminate-submit = Fai cessare questi diritti
coalition-changed = Da questa risposta sono cambiati { $what }: potrebbe non valere più.
coalition-changed-what = { $what ->
    [organization_kind] il tipo dell'organizzazione
   *[members] i suoi membri
}
coalition-no-longer-current = non più attuale
coalition-panel-paid = Chi lo paga
coalition-paid-title = Chi paga per { $commons }
coalition-paid-intro = Ogni contributo accettato dai manutentori, e ogni ora di lavoro accettata, contati come fatti con retribuzione, da volontari o ignoti, secondo ciò che l'autore ha dichiarato delle organizzazioni con cui lavora il giorno dell'accettazione.
coalition-paid-summary = { $count ->
    [0] Nessun contributo accettato per ora.
    [one] Un contributo accettato: { $paid } retribuito, { $volunteer } volontario, { $unknown } ignoto.
   *[other] { $count } contributi accettati: { $paid } retribuiti, { $volunteer } volontari, { $unknown } ignoti.
}
coalition-paid-chart = Contributi accettati ogni mese, retribuiti, volontari e ignoti
coalition-paid-paid = Retribuito
coalition-paid-volunteer = Volontario
coalition-paid-unknown = Ignoto
coalition-paid-by-month = Contributi accettati (quota) e ore, retribuiti / volontari / ignoti, per mese
coalition-paid-month = Mese
coalition-paid-hours = Ore
coalition-paid-all = Totale
coalition-paid-by-organization = Per organizzazione: il lavoro dei suoi affiliati
coalition-paid-organization = Organizzazione
coalition-declare-title = Dichiara con chi lavori
coalition-declare-intro = Detto pubblicamente, come fanno le tabelle di gitdm: l'organizzazione, da quale giorno a quale, e se sei retribuito per questo lavoro.
coalition-declare-organization = Organizzazione (il suo identificativo)
coalition-declare-from = Dal
coalition-declare-until = Al (vuoto: ancora)
coalition-declare-paid = Retribuito per questo lavoro
coalition-declare-scope = Per
coalition-declare-scope-this = il lavoro su { $commons }
coalition-declare-scope-any = il lavoro su qualunque bene comune
coalition-declare-submit = Dichiara
coalition-affiliations-title = Affiliazioni
coalition-affiliation-ongoing = in corso
coalition-affiliation-withdraw = Ritira

## Ripartizioni tra i contributori

ledger-distributions = Ripartizioni tra i contributori
ledger-distributions-intro = La tesoreria di un bene comune restituisce denaro alle persone di cui il bene comune ha accettato i contributi. Un amministratore vede in anteprima come un importo sarebbe ripartito secondo una regola, ogni quota con i contributi che la motivano; una volta registrata, la somma dovuta a ciascuno entra nel libro mastro, in un solo movimento.
ledger-no-distribution = Ancora nessuna ripartizione.
ledger-distribution-number = Ripartizione n. { $number }
ledger-distribution-state = { $state ->
    [previewed] anteprima, non registrata
    [posted] registrata
   *[discarded] scartata
}
ledger-policy = { $policy ->
    [peer] Tra pari (punti dati dagli altri contributori)
    [equal] Quote uguali
    [hours] Secondo le ore di lavoro accettate
    [equation] Secondo un'equazione di valore
   *[credrank] Secondo il credito di contributo (CredRank)
}
ledger-policy-label = Regola
ledger-policy-help = Quote uguali: chi ha un contributo accettato nel periodo riceve lo stesso. Secondo le ore: in proporzione ai minuti dei registri di lavoro accettati. Secondo il credito di contributo: in proporzione al credito che va da ogni contributo accettato al suo autore e, in misura minore, ai manutentori che lo hanno accettato. Secondo un'equazione di valore: l'equazione della tesoreria (i suoi scomparti e le sue regole) divide l'importo, e ogni quota dice quale scomparto ha pagato cosa. Tra pari: in proporzione ai punti che ciascuno ha ricevuto dagli altri in un giro chiuso (vedi i giri).
ledger-recipients = { $count ->
    [one] un contributore
   *[other] { $count } contributori
}
ledger-preview-title = Anteprima di una ripartizione
ledger-amount = Importo
ledger-unit = Unità
ledger-since = Primo giorno contato (facoltativo)
ledger-until = Ultimo giorno contato (facoltativo)
ledger-memo = Nota (facoltativa)
ledger-preview = Vedi le quote
ledger-distribution-period = Contributi accettati dal { $since } al { $until }
ledger-previewed-by = Preparata da
ledger-decided-by = decisa da
ledger-posted-as = Registrata come movimento
ledger-shares = Quote
ledger-shares-chart = La quota di ogni contributore, in { $unit }
ledger-recipient = Contributore
ledger-share = Quota
ledger-weight = Peso
ledger-contributions = Contributi
ledger-post-hint = La registrazione porta l'intero importo sul conto { $account } e la somma dovuta a ogni contributore su un conto a suo nome, in un solo movimento. Solo uno storno la annulla.
ledger-post = Registra nel libro mastro
ledger-discard = Scarta
ledger-distribution-decisions = Approvazioni e obiezioni
ledger-no-approval = Nessun amministratore l'ha ancora approvata.
ledger-approve-reason = Motivo (facoltativo)
ledger-distribution-waits = Viene registrata quando l'hanno approvata tanti amministratori quanti ne chiede la regola della tesoreria, finché nessuna obiezione è in piedi.
ledger-you-approved = L'hai approvata.
ledger-paid-back = Quote ricevute
ledger-paid-back-intro = Quote del denaro dei beni comuni a cui questa persona ha contribuito.
ledger-owed = Ancora dovuto da { $treasury }: { $amount }

## Spese

ledger-expenses-title = Spese
ledger-expenses-intro = Chiunque abbia effettuato l'accesso può chiedere alla tesoreria di pagare una spesa, con la ricevuta. Tanti amministratori quanti ne chiede la regola della tesoreria devono approvarla — mai chi l'ha presentata — prima che un amministratore la paghi; un rifiuto dice sempre perché.
ledger-no-expense = Ancora nessuna spesa.
ledger-expense-number = Spesa n. { $number }
ledger-expense-state = { $state ->
    [submitted] in attesa di approvazione
    [approved] approvata, da pagare
    [paid] pagata
    [rejected] respinta
    [draft] bozza
    [incomplete] in attesa di un'integrazione del suo autore
    [scheduled] programmata per il pagamento
    [spam] spam
   *[canceled] ritirata
}
ledger-expense-to = Da pagare a { $payee }
ledger-expense-approvals = { $approvals } approvazioni su { $needed }
ledger-submit-expense = Presenta una spesa
ledger-expense-title-label = Per che cosa
ledger-payee = Chi va pagato
ledger-payout = Come pagarlo (visibile solo agli amministratori)
ledger-description = Dettagli (facoltativo)
ledger-receipt = Ricevuta
ledger-receipt-private = Riserva la ricevuta agli amministratori, perché (facoltativo)
ledger-receipt-kept = Visibile solo agli amministratori e a chi l'ha presentata: { $reason }
ledger-sign-in-to-submit = Accedi per presentare una spesa
ledger-expense-decisions = Approvazioni e rifiuti
ledger-verdict = { $verdict ->
    [approve] ha approvato
   *[reject] ha respinto
}
ledger-no-verdict = Nessun amministratore ha ancora deciso.
ledger-approve = Approva
ledger-reject = Respingi
ledger-pay-from = Paga da
ledger-pay = Paga e registra la spesa
ledger-withdraw = Ritira la mia spesa
ledger-save-draft = Salva come bozza
ledger-draft-note = Una bozza: visibile a tutti, nessuno la decide finché il suo autore non la presenta.
ledger-incomplete-note = Un amministratore ha chiesto un'integrazione (vedi la cronologia sotto): il suo autore la modifica e la presenta di nuovo.
ledger-submit-draft = Presentala agli amministratori
ledger-edit-expense = Modifica la spesa
ledger-save-changes = Salva le modifiche
ledger-receipt-replace = Una nuova ricevuta, al posto di quella allegata (facoltativa)
ledger-decide-reason = Motivo (obbligatorio per respingere, chiedere un'integrazione o segnare come spam)
ledger-spam-reason = Perché è spam
ledger-ask-more = Chiedi un'integrazione
ledger-mark-spam = Segna come spam
ledger-schedule-on = Paga il
ledger-schedule = Programma il pagamento
ledger-scheduled-for = Pagamento programmato per il { $day }
ledger-consent-ends = Questa tesoreria approva per consenso: approvata il { $day } salvo che resti in piedi l'obiezione di un amministratore.
ledger-objections = Obiezioni
ledger-no-objection = Nessun amministratore si oppone.
ledger-objection-withdrawn = ritirata
ledger-object-reason = Perché ti opponi
ledger-object = Opponiti
ledger-withdraw-objection = Ritira la mia obiezione
ledger-steps = Cronologia
ledger-by-consent = per consenso
ledger-see-expenses = Spese
ledger-receipt-hash = Impronta SHA-256:
ledger-held = di cui { $amount } accantonati
ledger-holds = Denaro messo da parte
ledger-holds-intro = Accantonamenti in corso: cauzioni, impegni e pagamenti promessi ma non ancora fatti. Ognuno pesa sul suo conto finché non è registrato, annullato o scaduto.
ledger-hold-number = Accantonamento n. { $number }
ledger-hold-expires = Scade { $when }
ledger-statements = Stato patrimoniale e conto economico
ledger-statements-of = Rendiconti di { $handle }
ledger-back-to-treasury = Torna al registro della tesoreria
ledger-period-from = Dal
ledger-period-to = Al
ledger-period-show = Mostra
ledger-statements-intro = Somme dei movimenti del registro, registrati nei giorni indicati: lo stato patrimoniale alla fine dell'ultimo giorno, il conto economico sull'intero periodo.
ledger-balance-sheet = Stato patrimoniale alla fine del { $day }
ledger-assets = Ciò che detiene
ledger-total-assets = Totale detenuto
ledger-liabilities = Ciò che deve, e di chi è
ledger-surplus = Avanzo lasciato da entrate e uscite finora
ledger-total-right = Totale dovuto e avanzo
ledger-income-statement = Conto economico, dal { $from } al { $to }
ledger-total-income = Totale entrate
ledger-total-expenses = Totale uscite
ledger-net = Entrate meno uscite
ledger-statements-empty = Nessun movimento registrato fino a questo giorno.
ledger-journal-seal = Il suo ultimo movimento è l'evento { $seq } del registro pubblico, il cui hash progressivo sigilla tutto ciò che è stato scritto prima:
ledger-journal-head = l'hash più recente del registro

## Bodies: spending limits and payments authorised by a decision
bodies-rule-spending-limit = Limite di spesa
bodies-spending-limit-hint = Un pagamento dalla tesoreria dell'organizzazione oltre questo importo richiede una decisione di questo organo.
bodies-payment = Pagamento che autorizza
bodies-authorises = Pagare la spesa { $expense } della tesoreria { $treasury }: { $amount }.
bodies-see-expense = Vedi la spesa
bodies-payment-authorised = Pagamento autorizzato
bodies-payment-if-passed = Il pagamento è autorizzato se la mozione passa.
bodies-pay-legend = Autorizzare un pagamento (solo mozioni)
bodies-pay-hint = Compila questi campi se la mozione autorizza il pagamento di una spesa dalla tesoreria dell'organizzazione; altrimenti lasciali vuoti.
bodies-field-pay-treasury = Tesoreria (il suo identificativo)
bodies-field-pay-expense = Numero della spesa
bodies-field-amount = Importo
bodies-field-currency = Valuta (EUR, USD…)
bodies-limit-hint = Un pagamento dalla tesoreria dell'organizzazione oltre questo importo richiederà una decisione di questo organo. Lascia vuoti entrambi i campi per nessun limite. Questo scrive una nuova versione del regolamento.
bodies-field-note = Perché (una nota sulla nuova versione)
bodies-rulebook-save = Scrivi la nuova versione
ledger-limit-waits = Sopra il limite di { $limit } fissato da { $body }: viene pagata solo quando una decisione di { $body } la autorizza.
ledger-limit-authorised = Sopra il limite di { $limit } fissato da { $body }, e autorizzata dalla sua decisione:
ledger-limit-decision = la decisione
ledger-budget-lines = Voci di bilancio
ledger-budget-lines-intro = Quanto gli amministratori hanno previsto di spendere per ciascuna cosa in un periodo, a fronte delle spese iscritte: pagate, approvate ma non ancora pagate, e quanto resta.
ledger-line = Voce di bilancio
ledger-line-planned = Previsto
ledger-line-committed = Approvato, da pagare
ledger-line-spent = Pagato
ledger-line-left = Resta
ledger-line-source = da dove viene la previsione
ledger-spending = Spesa rispetto al prezzo
ledger-spending-intro = La voce di bilancio che una tesoreria ha previsto per questo progetto al suo prezzo, rispetto alle spese approvate e pagate su di essa.
ledger-spending-treasury = Spese di { $handle }
ledger-spending-none = Su questa voce non è stato ancora approvato né pagato nulla.
ledger-no-line = nessuna
ledger-line-of-expense = Sulla voce di bilancio
ledger-line-over = La sua approvazione ha superato la previsione della voce di { $over }.

## Manutenzione del prestito: blocchi, guasti, piani, formazioni, disponibilità
lending-policy-training = Solo chi ha la formazione può prenotarla.
lending-training-needed = Per prenotarla serve una formazione: chiedila al suo responsabile { $steward }, che la registra qui.
lending-trained-until = Hai la formazione fino al { $until }.
lending-blocks = Manutenzione e guasti
lending-block-maintenance = Manutenzione
lending-block-breakdown = Guasto
lending-block-until-repaired = fino alla riparazione
lending-block-repaired = Riparato: di nuovo disponibile
lending-block-end = Termina la manutenzione
lending-block-form = Blocca per manutenzione
lending-block-reason = Perché
lending-block-button = Blocca questi esemplari
lending-breakdown-form = Segnala un guasto
lending-breakdown-help = Gli esemplari guasti escono dalla dotazione fino alla riparazione. Le prenotazioni che non ci stanno più passano alla prossima fascia libera, o vengono annullate; chi le aveva fatte viene avvisato.
lending-breakdown-button = Segnala il guasto
lending-plan = Piano di manutenzione
lending-plan-help = Un blocco di un esemplare viene posto a un'uscita o a un rientro quando sono passati i giorni o i prestiti, il primo dei due.
lending-plan-days = Ogni (giorni)
lending-plan-uses = Ogni (prestiti rientrati)
lending-plan-minutes = Durata di ogni blocco (minuti)
lending-plan-button = Salva il piano
lending-trainings = Persone formate
lending-trainings-none = Nessuno ha ancora la formazione.
lending-training-until = fino al { $until }
lending-training-form = Registra una formazione
lending-training-person = Persona (nome utente)
lending-training-expires = Valida fino al
lending-training-button = Registra la formazione
lending-available = Trova cosa è libero
lending-available-button = Cerca
lending-available-found = Libero in quel periodo
lending-available-none = Niente di corrispondente è libero in quel periodo: prova altri orari o meno esemplari.
lending-free = { $count ->
    [one] uno libero
   *[other] { $count } liberi
}
lending-notices = Cosa è successo alle tue prenotazioni
lending-notice-moved = un guasto ha spostato la tua prenotazione dal { $was } al { $now }.
lending-notice-cancelled = un guasto ha annullato la tua prenotazione del { $was }: nessun'altra fascia era libera.
lending-new = Metti qualcosa in prestito
lending-new-intro = Di' cos'è, dove trovarlo, quanti esemplari ci sono e come si presta. Ne sei responsabile tu, o un'organizzazione che amministri.
lending-new-button = Metti in prestito
lending-field-name = Nome
lending-field-description = Descrizione
lending-field-quantity = Quanti esemplari identici
lending-field-yourself = Tu stesso/a
lending-field-min = Prenotazione più breve (minuti)
lending-field-max = Prenotazione più lunga (minuti)
lending-field-horizon = Con quanti giorni di anticipo si può prenotare
lending-field-buffer = Margine dopo ogni prenotazione (minuti)
lending-field-borrowers = Chi può prendere in prestito
lending-policy-edit = Come si presta
lending-policy-button = Salva le regole
lending-training-class = Per ogni « { $kind } » che questo responsabile presta
lending-training-class-of = ogni « { $kind } » di questo responsabile

## Bodies: elected seats and elections with nominations
bodies-elected-seats = { $count } seggi, mandati di { $days } giorni
bodies-seat-holders = Seggi elettivi
bodies-seat-until = fino al { $when }
bodies-no-seat-holder = Nessuno occupa ancora un seggio: li assegna un'elezione che copre questi seggi.
bodies-election-legend = Un'elezione che copre seggi elettivi (facoltativo)
bodies-election-hint = Indica l'indirizzo di un organo con seggi elettivi (questo o un altro dell'organizzazione): le candidature si raccolgono prima dell'apertura, e gli eletti prendono i seggi.
bodies-field-fills = Seggi dell'organo (il suo indirizzo)
bodies-field-nominations-days = Le candidature chiudono tra (giorni)
bodies-election-fills = Questa elezione copre i seggi di
bodies-nominations-close = Le candidature chiudono { $when }.
bodies-nominations-closed = Le candidature sono chiuse.
bodies-candidates = Candidature
bodies-no-candidate = Nessuno è ancora candidato.
bodies-nominated-by = proposto da
bodies-candidate-state = { $state ->
    [pending] non ha ancora risposto
    [declined] ha rifiutato
   *[accepted] si candida
}
bodies-nominate-title = Proporre un membro
bodies-nominate-hint = Proponi te stesso (il tuo identificativo) o un altro membro dell'organizzazione, che dovrà poi accettare.
bodies-field-candidate = Identificativo del membro
bodies-field-statement = Dichiarazione
bodies-nominate = Proponi
bodies-your-nomination = Sei stato proposto. Ti candidi?
bodies-accept = Mi candido
bodies-decline = Rifiuto

## Bodies: the private feed of the decisions one can take part in
bodies-feed-title = Decisioni a cui posso partecipare
bodies-feed-status = { $status ->
    [closing] Chiude a breve
    [decided] Decisa
   *[open] Aperta
}
bodies-feed-heading = Il tuo feed privato
bodies-feed-hint = Un lettore di feed segue le decisioni in cui puoi votare (aperte, in chiusura, decise) a un indirizzo segreto. Chi ha l'indirizzo vede l'elenco: tienilo per te; crearne uno nuovo disattiva il vecchio.
bodies-feed-fresh = Ecco l'indirizzo del tuo feed. Viene mostrato solo questa volta: copialo ora nel tuo lettore di feed.
bodies-feed-made = L'indirizzo del tuo feed è stato creato { $when }.
bodies-feed-make = Crea l'indirizzo del mio feed
bodies-feed-rotate = Sostituisci l'indirizzo del mio feed

# Ciò che è dovuto ai beni comuni: canoni accettati, impegni delle file, pagamenti.
coalition-panel-dues = Ciò che gli è dovuto
coalition-dues-title = Ciò che è dovuto a { $commons }
coalition-dues-determinations = Determinazioni
coalition-dues-intro = I canoni di licenza accettati dai licenziatari e le quote di avanzo promesse dalle file. Ognuno è registrato nella tesoreria del bene comune quando diventa dovuto; quando un amministratore lo registra come pagato, si prepara una ripartizione tra i contributori.
coalition-dues-none = Ancora nulla è dovuto a questo bene comune.
coalition-dues-owed-count = { $count ->
    [one] Una somma è ancora dovuta.
   *[other] { $count } somme sono ancora dovute.
}
coalition-dues-all = Tutte le somme dovute
coalition-due-title = Somma dovuta n. { $number } a { $commons }
coalition-due-party = Dovuta da
coalition-due-kind = Natura
coalition-due-kind-name = { $kind ->
    [pledge] Quota di avanzo promessa
   *[other] Canone di licenza
}
coalition-due-period = Periodo
coalition-due-amount = Importo
coalition-due-state = Stato
coalition-due-state-name = { $state ->
    [paid] Pagata
   *[other] Dovuta
}
coalition-due-determination = la determinazione
coalition-standing-link = gli impegni della fila
coalition-due-owed-entry = Registrata come dovuta
coalition-due-paid-entry = Pagamento registrato
coalition-due-distribution = Ripartita tra i contributori
coalition-due-distribution-see = Vedi la ripartizione
coalition-pay-title = Registra il pagamento
coalition-pay-intro = Quando il denaro è arrivato, registralo qui. L'importo passa da ciò che è dovuto al conto che indichi, e si prepara una ripartizione tra i contributori del bene comune che gli amministratori registrano.
coalition-pay-into = Versato sul conto
coalition-pay-reference = Riferimento bancario
coalition-pay-date = Giorno del pagamento (vuoto: oggi)
coalition-pay-distribute = Ripartirlo tra i contributori
coalition-pay-by-hours = secondo le ore del loro lavoro accettato
coalition-pay-by-equal = in parti uguali
coalition-pay-by-credrank = secondo CredRank
coalition-pay-submit = Registralo come pagato
coalition-pay-stewards = Gli amministratori della tesoreria del bene comune registrano il pagamento quando arriva.
coalition-due-fee-title = Il canone
coalition-due-fee-owed = Il canone di { $amount } è stato accettato ed è dovuto al bene comune.
coalition-due-fee-paid = Il canone di { $amount } è stato accettato e pagato.
coalition-due-see = Vedi la somma dovuta
coalition-due-accept-title = Accetta il canone
coalition-due-accept-intro = Accettare il canone lo rende dovuto al bene comune per questo periodo. È registrato nella tesoreria del bene comune, i cui amministratori registrano il pagamento quando arriva.
coalition-due-accept-submit = Accetta il canone
coalition-lift-title = Revoca la violazione
coalition-lift-intro = Quando la parte ha rimediato, revoca la violazione: da ora riceve le risposte di prima. La violazione e la sua revoca restano nel registro.
coalition-lift-reason = Perché viene revocata
coalition-lift-submit = Revoca la violazione
coalition-standing-title = Ciò che { $organization } ha promesso ai beni comuni
coalition-standing-intro = Una fila è un'impresa di commoner che sostiene i beni comuni. Promette una quota del suo avanzo a beni comuni nominati. Per ogni avanzo dichiarato, il grafico mette a confronto ciò che ha promesso e ciò che ha pagato.
coalition-standing-not-phyle = Questa organizzazione non è una fila: non promette nulla.
coalition-panel-standing = Impegni verso i beni comuni
coalition-pledges-title = Impegni
coalition-pledges-none = Ancora nessun impegno.
coalition-pledge-line = { $share } del suo avanzo a { $commons }
coalition-standing-total = Promesso { $pledged }, pagato { $paid }
coalition-standing-chart = Promesso e pagato, per ogni avanzo dichiarato
coalition-standing-pledged = Promesso
coalition-standing-paid = Pagato
coalition-standing-periods = Per ogni avanzo dichiarato
coalition-standing-surplus = Avanzo
coalition-standing-dues = Ogni impegno dovuto
coalition-pledges-set-title = Fissa gli impegni
coalition-pledges-set-intro = Una riga per bene comune: il suo identificativo, poi la quota dell'avanzo in percentuale (per esempio "open-mapping 10%"). Insieme le quote fanno al massimo il 100 %. Queste righe sostituiscono gli impegni della fila.
coalition-pledges-field = Impegni
coalition-pledges-submit = Salva gli impegni
coalition-surplus-title = Dichiara un avanzo
coalition-surplus-intro = Dichiara l'avanzo di un periodo. Ogni quota promessa diventa dovuta al suo bene comune.
coalition-surplus-from = Primo giorno
coalition-surplus-until = Ultimo giorno
coalition-surplus-amount = Avanzo (importo e valuta)
coalition-surplus-submit = Dichiara l'avanzo
coalition-standing-link-panel = Vedi ciò che ha promesso e pagato
coalition-surplus-amount-example = 8000.00 EUR

# Lending: opening hours and limits per person (issue 18)
lending-hours = Orari di apertura
lending-hours-always = Sempre aperto: ritiri e restituzioni a qualsiasi ora.
lending-day = { $day ->
    [mon] Lunedì
    [tue] Martedì
    [wed] Mercoledì
    [thu] Giovedì
    [fri] Venerdì
    [sat] Sabato
   *[sun] Domenica
}
lending-hours-zone = Orari in { $zone }. Ritiri e restituzioni avvengono in questi orari.
lending-limits = Limiti per persona
lending-limit-items = { $count ->
    [one] un esemplare alla volta
   *[other] { $count } esemplari alla volta
}
lending-limit-days = { $count ->
    [one] un giorno prenotato al mese
   *[other] { $count } giorni prenotati al mese
}
lending-limit-holds = { $count ->
    [one] una prenotazione in attesa di approvazione alla volta
   *[other] { $count } prenotazioni in attesa di approvazione alla volta
}
lending-limits-steward = Contati su tutto ciò che presta { $steward }.
lending-field-hours = Orari di apertura
lending-field-hours-hint = Un giorno e i suoi orari per fascia, separati da virgole o righe, per esempio tue 17:00-20:00, sat 10:00-13:00 (più fasce al giorno ammesse). Vuoto: sempre aperto.
lending-field-zone = Fuso orario degli orari
lending-field-max-items = Esemplari alla volta per persona
lending-field-max-days = Giorni al mese per persona
lending-field-max-holds = Prenotazioni in attesa di approvazione per persona
lending-field-limits-hint = Vuoto o 0: nessun limite. I limiti contano su tutto ciò che presta questo custode.
lending-field-pickup = Ore per ritirare un'offerta della lista d'attesa
lending-wait-hint = Già occupato a quell'ora? Aspettalo: quando una cancellazione o una restituzione lo libera, viene tenuto per te e te lo diciamo qui.
lending-wait-button = Mettiti in lista d'attesa
lending-waits = Liste d'attesa
lending-wait-position = { $count ->
    [one] Primo in fila
   *[other] Posto { $count } in fila
}
lending-wait-offered = Libero ora e tenuto per te fino al { $pickup }: accettalo entro allora, o passa alla persona successiva.
lending-wait-take = Accetta
lending-wait-leave = Lascia la lista
lending-notice-offered = una fascia che aspettavi (dal { $was }) è tenuta per te: accettala in Liste d'attesa prima dell'ora di ritiro
lending-notice-lapsed = la fascia che aspettavi (dal { $was }) non è stata accettata in tempo ed è passata alla persona successiva
lending-field-hours-example = tue 17:00-20:00, sat 10:00-13:00
coalition-org-paid-link = il suo rapporto
coalition-org-paid-title = Il lavoro delle persone di { $organization } per i beni comuni
coalition-org-paid-intro = I contributi accettati e le ore di lavoro accettate, su ogni bene comune, delle persone legate a questa organizzazione — come l’hanno dichiarato, o come suoi dipendenti secondo la mappa dei datori di lavoro di una cronologia importata da git — contati come svolti retribuiti o come volontari.
coalition-org-paid-summary = { $count ->
    [0] Nessun contributo contato finora.
    [one] Un contributo: { $paid } retribuito, { $volunteer } volontario.
   *[other] { $count } contributi: { $paid } retribuiti, { $volunteer } volontari.
}
coalition-org-paid-chart = Contributi delle persone dell’organizzazione ogni mese, retribuiti e volontari
coalition-org-paid-by-month = Contributi (quota) e ore, retribuiti / volontari / sconosciuti, per mese
coalition-org-paid-by-commons = Per bene comune
coalition-org-paid-commons = Bene comune
coalition-org-panel-title = Chi paga per i beni comuni
coalition-org-panel-people = { $count ->
    [0] Nessuno ha dichiarato di lavorare con questa organizzazione; una cronologia importata la indica come datore di lavoro.
    [one] Una persona ha dichiarato di lavorare con questa organizzazione.
   *[other] { $count } persone hanno dichiarato di lavorare con questa organizzazione.
}
bodies-rulebook-form-title = Cambiare il regolamento
bodies-seats-hint = Seggi elettivi: quanti, e quanti giorni dura un mandato dalla chiusura dell'elezione. Siede allora in questo organo chi occupa un seggio. Lascia vuoti entrambi i campi per non cambiare chi siede.
bodies-field-seat-count = Seggi elettivi
bodies-field-term-days = Giorni di durata del mandato
bodies-field-max-approvals = Approvazioni al massimo per scheda
bodies-max-approvals-hint = Solo voto per approvazione; vuoto per tante quante sono le opzioni.
lending-savings-title = Quanto fa risparmiare la condivisione
lending-savings-link = Quanto fa risparmiare la condivisione
lending-savings-back = Torna al catalogo
lending-savings-library = Biblioteca
lending-savings-territory = Tutto il territorio
lending-savings-period = Periodo
lending-savings-show = Mostra
lending-savings-last-30-days = Ultimi 30 giorni
lending-savings-measured = Contato dal { $from } al { $until }.
lending-savings-json = Le stesse cifre in JSON
lending-savings-none = Niente era prestabile in questo periodo.
lending-savings-items = Oggetti
lending-savings-loans = Prestiti
lending-savings-per-year = Prestiti per oggetto e anno
lending-savings-share = Quota di tempo in uso
lending-savings-idle = Oggetti inutilizzati
lending-savings-offered = offerti
lending-savings-wait = Dalla lista d'attesa all'offerta (mediana)
lending-savings-still-waiting = ancora in attesa
lending-savings-lead = Dalla richiesta alla consegna (mediana)
lending-savings-purchases = Acquisti evitati
lending-savings-shared-vehicles = veicoli condivisi in uso
lending-savings-cars-shed = Auto in meno
lending-savings-hours = { $hours } h
lending-savings-chart-share = Quota di tempo in uso, per classe
lending-savings-chart-per-year = Prestiti per oggetto e anno, per classe
lending-savings-chart-purchases = Acquisti evitati, per classe
lending-savings-by-class = Per classe
lending-savings-class = Classe
lending-savings-by-library = Per biblioteca
lending-savings-factors = Fattori
lending-savings-factors-defaults = Questa biblioteca non ha fissato fattori propri: usa i valori predefiniti del territorio, e quelli incorporati dove il territorio non ne ha fissati.
lending-savings-factors-set = I custodi della biblioteca hanno fissato i fattori indicati come propri; gli altri sono quelli del territorio o incorporati.
lending-savings-per-100 = { $kind }: acquisti ogni 100 prestiti
lending-savings-cars-per-vehicle = Auto in meno per veicolo condiviso
lending-savings-save = Salva i fattori
lending-savings-how-title = Come si conta
lending-savings-how = Un prestito è una prenotazione consegnata nel periodo. Il tempo in uso va dalla consegna alla restituzione (fino ad ora se è ancora fuori) e conta ogni oggetto di un lotto; è diviso per il tempo in cui gli oggetti si potevano prestare: finché esistevano e non erano ritirati, meno manutenzioni e guasti. I prestiti per oggetto e anno dividono i prestiti per gli anni in cui gli oggetti sono esistiti nel periodo. Gli oggetti inutilizzati sono quelli di cui il periodo non ha mai avuto bisogno: la dimensione di un lotto meno il massimo prestato insieme.
lending-savings-waits-how = L'attesa si misura in due modi dai registri: dall'iscrizione a una lista d'attesa all'offerta dell'oggetto (la mediana degli offerti nel periodo, e quanti aspettavano ancora alla fine), e dalla richiesta (la prenotazione fatta) alla consegna.
lending-savings-factors-how = Gli acquisti evitati sono i prestiti di ogni classe per gli acquisti ogni 100 prestiti della biblioteca. Le auto in meno sono i veicoli prestati nel periodo per le auto che un'auto condivisa sostituisce: 15 per impostazione predefinita, dallo studio sul car sharing citato dal saggio; una biblioteca i cui veicoli sono biciclette lo fissa più basso.

## Lending: a person's private calendar of their reservations
lending-feed-heading = Il tuo calendario
lending-feed-hint = Un'app di calendario segue le tue prenotazioni (future, in corso e annullate, perché escano dal tuo calendario) a un indirizzo segreto. Chi ha l'indirizzo le vede, quindi tienilo per te; crearne uno nuovo annulla il precedente.
lending-feed-fresh = Ecco l'indirizzo del tuo calendario. È mostrato solo questa volta: copialo ora nella tua app di calendario.
lending-feed-made = L'indirizzo del tuo calendario è stato creato { $when }.
lending-feed-make = Crea l'indirizzo del mio calendario
lending-feed-rotate = Sostituisci l'indirizzo del mio calendario
lending-feed-stop = Ferma l'indirizzo del mio calendario
lending-feed-stopped = L'indirizzo del tuo calendario non risponde più.

## Ledger: taking a scheduled expense off its day
ledger-unschedule = Toglierlo dal giorno di pagamento
ledger-unschedule-reason = Perché (facoltativo)

## Ledger: asking for a payout of what a treasury owes
ledger-payout-amount = Importo (vuoto per tutto il dovuto)
ledger-payout-details = Come pagarti (lo vedono solo gli amministratori e tu)
ledger-payout-ask = Chiedi il pagamento
# Deleghe accettate e deleghe permanenti (issue 14, punto 5)
bodies-proxy-offered = Hai offerto la delega a @{ $handle }; conta quando l'accetta.
bodies-proxy-accept = Accetta
bodies-proxy-decline = Rifiuta
bodies-give-back = Restituiscila
bodies-proxies-waiting = Deleghe che ti offrono
bodies-proxies-held = Deleghe che hai
bodies-delegation-title = La mia delega permanente
bodies-delegation-hint = { $count ->
    [one] Un'altra persona di questo organo vota per te in ogni decisione in cui non voti, quando accetta; una delega per una sola decisione viene prima. Ciascuna ne ha al massimo { $count }, e le deleghe non passano oltre.
   *[other] Un'altra persona di questo organo vota per te in ogni decisione in cui non voti, quando accetta; una delega per una sola decisione viene prima. Ciascuna ne ha al massimo { $count }, e le deleghe non passano oltre.
}
bodies-delegation-give = Delega
bodies-delegation-with = Deleghi a @{ $handle }.
bodies-delegation-offered = La tua delega a @{ $handle } aspetta la sua risposta.
bodies-delegation-revoke = Riprendi la mia delega
bodies-delegations-waiting = Deleghe che aspettano la tua risposta
bodies-delegations-held = Deleghe che hai
discussion-on-its-page = la discussione sulla sua pagina
offers-link = Cose che le persone offrono e chiedono
offers-title = Offerte e richieste
offers-intro = Cose che i vicini offrono da prestare, noleggiare, barattare o regalare, e cose che chiedono. Una cosa prestata o noleggiata si presta con una prenotazione, con le stesse regole della biblioteca.
offers-new = Offri una cosa
offers-new-intro = Di' cos'è, dove si trova e come la offri. Una cosa prestata o noleggiata ha un calendario: i suoi prestiti si prenotano come gli altri.
offers-new-button = Offrila
offers-request-new = Chiedi una cosa
offers-request-button = Chiedila
offers-mode = Come
offers-any-mode = In qualunque modo
offers-mode-name = { $mode ->
    [share] Da prestare
    [rent] A noleggio
    [barter] Da barattare
   *[give] Da regalare
}
offers-mode-help = { $mode ->
    [share] prestata gratis
    [rent] prestata per una tariffa al giorno
    [barter] in cambio di qualcosa
   *[give] va via per sempre
}
offers-place-filter = Il luogo contiene
offers-offered = Offerto
offers-none = Qui non si offre ancora niente.
offers-more = Altre offerte
offers-requests = Richiesto
offers-requests-none = Qui nessuno chiede ancora niente.
offers-fee = { $fee } al giorno
offers-by = Offerto da @{ $person }
offers-asked-by = Chiesto da @{ $person }
offers-person = Offerto da
offers-asker = Chiesto da
offers-state = { $state ->
    [open] Aperta
    [closed] Chiusa
    [given] Regalata
    [bartered] Barattata
    [met] Soddisfatta
    [proposed] Proposto
    [accepted] Accettato
    [declined] Rifiutato
   *[withdrawn] Ritirato
}
offers-field-title = Cosa
offers-field-fee = Tariffa al giorno (solo noleggio)
offers-field-wanted = Cosa vuoi in cambio (solo baratto)
offers-wanted = In cambio vorrebbe
offers-loans-calendar = Il suo calendario e i suoi prestiti
offers-matches = Accordi
offers-matches-none = Ancora nessun accordo.
offers-match = { $title } di @{ $owner } per @{ $taker }
offers-match-fee = Tariffa del prestito: { $fee }
offers-awaits = Attende la risposta di @{ $person }
offers-loan = Il prestito
offers-accept = Accetta
offers-decline = Rifiuta
offers-withdraw = Ritira
offers-edit = Modifica l'offerta
offers-save = Salva
offers-close = Chiudi l'offerta
offers-ask = Chiedila
offers-terms = Messaggio (per un baratto: cosa dai in cambio)
offers-ask-button = Invia
offers-sign-in = Accedi per chiederla o rispondere
offers-needed = Serve
offers-needed-from = Serve da
offers-needed-until = Serve fino a
offers-request-close = Chiudi la richiesta
offers-answer = Rispondi con una delle tue offerte
offers-answer-none = Non hai offerte aperte con cui rispondere.
offers-answer-offer = La tua offerta
offers-answer-times = Per una cosa che presti o noleggi, di' quando la presti.
offers-answer-button = Proponila
offers-yours = I tuoi accordi

## A treasury's rules and plan
ledger-rules-link = Regole e voci di bilancio
ledger-rules-title = Regole e voci di bilancio
ledger-rules-approvals = { $approvals ->
    [one] Una persona responsabile
   *[other] { $approvals } persone responsabili
} su { $stewards } devono approvare ogni spesa.
ledger-rules-tier = Sopra { $amount }: { $approvals } approvazioni.
ledger-rules-consent = { $count ->
    [one] Approvazione per consenso: una spesa senza obiezioni è approvata un giorno dopo la presentazione.
   *[other] Approvazione per consenso: una spesa senza obiezioni è approvata { $count } giorni dopo la presentazione.
}
ledger-rules-no-consent = Nessuna approvazione per consenso: contano solo le approvazioni.
ledger-rules-over-flag = Una spesa approvata oltre la sua voce è approvata e segnalata.
ledger-rules-over-block = Una spesa che supererebbe la sua voce è rifiutata.
ledger-rules-lines = { $count ->
    [0] Ancora nessuna voce di bilancio.
    [one] Una voce di bilancio, nella pagina delle spese.
   *[other] { $count } voci di bilancio, nella pagina delle spese.
}
ledger-rules-approval-form = Come si approvano le spese
ledger-rules-approvals-label = Approvazioni necessarie per ogni spesa
ledger-rules-tiers = Più approvazioni sopra un importo
ledger-rules-tiers-help = Lascia vuota una riga per toglierla. Una spesa richiede il numero più alto di approvazioni chiesto da un importo che supera, nella sua unità.
ledger-rules-tier-above = Sopra
ledger-rules-tier-approvals = Approvazioni
ledger-rules-consent-label = Approvare per consenso dopo questi giorni (vuoto: mai)
ledger-rules-save = Salva
ledger-rules-over-form = Oltre una voce di bilancio
ledger-rules-over-legend = Quando approvare una spesa farebbe superare il previsto della sua voce
ledger-rules-line-form = Aggiungi una voce di bilancio
ledger-rules-line-name = A cosa serve
ledger-rules-line-source = Da dove viene il previsto (un indirizzo, facoltativo)
ledger-rules-starts = Primo giorno
ledger-rules-ends = Ultimo giorno
ledger-rules-add-line = Aggiungi la voce
ledger-rules-budget-form = Voci da un bilancio partecipativo
ledger-rules-budget-help = Una voce per progetto finanziato, prevista al suo costo; i progetti che hanno già la loro voce restano come sono.
ledger-rules-budget = Bilancio
ledger-rules-add-budget = Aggiungi le voci dei suoi progetti

## The organisers' overrides of a budget's outcome
budgets-overrides-title = Correzioni degli organizzatori
budgets-overrides-none = Gli organizzatori non hanno corretto il conteggio: ciò che la regola finanzia è ciò che è finanziato.
budgets-overrides-intro = Il conteggio qui sopra resta quello della regola. Gli organizzatori hanno cambiato ciò che è finanziato alla fine, ogni volta con un motivo; vale l’ultimo atto su ciascun progetto.
budgets-override-funded = finanziato
budgets-override-unfunded = non finanziato
budgets-override-superseded = sostituita da una correzione successiva
budgets-overrides-funded = Finanziati alla fine: { $projects }
budgets-override-project = Progetto
budgets-override-to = Correggere il conteggio perché il progetto sia
budgets-override-fund = finanziato
budgets-override-unfund = non finanziato
budgets-override-reason = Il motivo, visibile a tutti
budgets-override-save = Correggi il conteggio
coalition-pay-by-standing = secondo la regola di ripartizione del bene comune
ledger-policy-standing-option = La regola della tesoreria
ledger-standing-title = Regola di ripartizione
ledger-standing-intro = Ciò che segue una ripartizione che non nomina alcuna regola, e come si divide un canone o un impegno pagato.
ledger-standing-set = Fissata da { $person } il { $date }.
ledger-standing-default = Nessun tesoriere ne ha fissata una: il denaro si divide in quote uguali.
ledger-standing-parameters = Parametri
ledger-standing-form-title = Cambia la regola di ripartizione
ledger-standing-form-help = I parametri sono in JSON. Secondo il credito di contributo: {"{"}"grain": "immediate", "balanced" o "recent", "half_life_weeks" (solo recent), "weights"{"}"}; un'equazione di valore: l'equazione stessa. Lascia vuoto per i valori predefiniti.
ledger-standing-save = Fissa la regola
ledger-undistributed = Lasciato alla tesoreria dall'equazione: { $amount }
budgets-points-hint = Hai { $total } punti: dalli ai progetti che sostieni, al massimo { $most } a uno solo. Un progetto lasciato a 0 non ne riceve.
budgets-ranked-hint = Ordina i progetti che sostieni, 1 per la prima scelta, ogni posizione una volta, senza saltarne.
budgets-rank-none = Non in classifica
budgets-rank = Posizione { $count }
budgets-merged-into = Unito al progetto { $number }
## Lending: photos of a resource
lending-photos = Foto
lending-photo-form = Aggiungi una foto
lending-photo-file = Foto (JPEG, PNG o WebP, al massimo 5 MiB)
lending-photo-caption = Che cosa mostra (facoltativo)
lending-photo-button = Aggiungi la foto
lending-photo-remove = Togli questa foto

## Lending: kits
lending-kit = Kit composto da
lending-kit-form = Di che cosa è fatto il kit
lending-kit-help = Prenotare il kit prenota anche questi elementi nella stessa fascia. Lascia 0 per ciò che non ne fa parte.
lending-kit-button = Salva il kit
ledger-peer-title = Giri di ripartizione tra pari
ledger-peer-distributions = Ripartizioni
ledger-peer-help = In un giro, ogni contributore del comune dà punti agli altri di cui apprezza il lavoro. Una ripartizione tra pari paga poi ciascuno in proporzione ai punti ricevuti. Finché il giro è aperto si mostra solo quanti punti ha dato ciascuno; alla chiusura ogni dono è pubblico.
ledger-peer-none = Ancora nessun giro.
ledger-peer-round = Giro { $number }
ledger-peer-summary = { $allowance } punti a testa, { $members } membri
ledger-peer-open-until = aperto fino al { $at }
ledger-peer-closed-at = chiuso il { $at }
ledger-peer-open-form = Apri un giro
ledger-peer-allowance = Punti che dà ogni membro
ledger-peer-days = Giorni di apertura
ledger-peer-open = Apri il giro
ledger-peer-open-hint = I membri possono cambiare i loro doni finché il giro non si chiude. Chi ha dato cosa a chi si vede alla chiusura.
ledger-peer-closed-hint = Questo giro è chiuso: una ripartizione tra pari paga secondo i punti ricevuti qui.
ledger-peer-members = Membri
ledger-peer-member = Membro
ledger-peer-given = Punti dati
ledger-peer-received = Punti ricevuti
ledger-peer-chart = Punti ricevuti da ogni membro
ledger-peer-gifts = Tutti i doni
ledger-peer-from = Da
ledger-peer-to = A
ledger-peer-points = Punti
ledger-peer-give-form = Dai i tuoi punti
ledger-peer-give-help = Hai { $allowance } punti da dare agli altri, non a te stesso. I punti non dati non contano. Un nuovo invio sostituisce i doni precedenti.
ledger-peer-give-legend = Punti per ogni membro
ledger-peer-give = Salva i miei doni
ledger-peer-close = Chiudi il giro adesso
ledger-peer-link = Giri di ripartizione tra pari
budgets-review-title = Esame
budgets-review-legend = Sulla scheda?
budgets-review-reject = Toglierlo dalla scheda
budgets-review-restore = Metterlo sulla scheda
budgets-review-reason = Motivo pubblico
budgets-review-save = Salva l'esame
budgets-merge-title = Un doppione?
budgets-merge-help = Unire sposta i sostegni di questo progetto a quello che ripete (chi li ha sostenuti entrambi conta una volta) e lo toglie dalla scheda, con il motivo mostrato su entrambi.
budgets-merge-into = Ripete
budgets-merge = Unisci

budgets-valuation = Valutazione
budgets-valuation-private = Non ancora pubblicata: solo la commissione di valutazione e gli amministratori la vedono fino alla fine della valutazione.
budgets-valuation-feasibility = Fattibilità
budgets-feasible = Fattibile
budgets-unfeasible = Non fattibile
budgets-unfeasible-off = Non fattibile: tolto dalla scheda
budgets-support-rules = Sostegni
budgets-support-most = { $count ->
    [one] Un sostegno per persona e voce.
   *[other] Al massimo { $count } sostegni per persona e voce.
}
budgets-support-advance = { $advance ->
    [threshold] Passano alla scheda i progetti i cui sostegni arrivano a { $count }.
    [top] Passano alla scheda i { $count } progetti più sostenuti di ogni voce, e quelli alla pari con l'ultimo.
   *[all] Tutti i progetti passano alla scheda.
}
budgets-support-option = { $advance ->
    [threshold] Quelli i cui sostegni arrivano al numero qui sotto
    [top] I più sostenuti di ogni voce, quanti il numero qui sotto
   *[all] Tutti i progetti
}
budgets-support-most-label = Massimo di sostegni per persona e voce (vuoto: nessun limite)
budgets-support-advance-label = Quali progetti passano alla scheda alla fine dei sostegni
budgets-support-count-label = Il numero: la soglia, o quanti per voce
budgets-support-set = Fissa le regole dei sostegni
budgets-unsupported = Fuori dalla scheda
budgets-unsupported-off = Sostegni insufficienti per arrivare alla scheda ({ $supports })
budgets-valuation-price = Prezzo
budgets-valuation-estimate = Stima
budgets-valuation-explanation = Spiegazione
budgets-valuation-by = Valutato da
budgets-not-valuated = Non valutato: il progetto resta sulla scheda con la sua stima.
budgets-valuate = Valuta questo progetto
budgets-valuation-price-hint = obbligatorio se fattibile; la stima è { $estimate }
budgets-valuation-explanation-hint = obbligatoria se non fattibile o se il prezzo differisce dalla stima; pubblicata alla fine della valutazione
budgets-valuate-button = Registra la valutazione
budgets-valuation-panel = Commissione di valutazione:
budgets-valuation-by-admins = Valutazione a cura degli amministratori di { $owner }

## Incompatibility groups of a budget
budgets-group-of = Incompatibili: { $name }
budgets-group-at-most-one = Al più uno di questi progetti è finanziato: quando uno lo è, gli altri non sono più candidati e il denaro di chi li sostiene va ad altri progetti.
budgets-group-remove = Togli questo gruppo
budgets-group-make = Fai un gruppo di progetti incompatibili
budgets-group-pick = Spunta due o più progetti di questa voce, dei quali al più uno può essere finanziato
budgets-group-name = Nome del gruppo
budgets-group-reason = Perché solo uno di loro può essere finanziato, perché tutti lo leggano
budgets-group-save = Fai il gruppo
budgets-why-incompatible = Non finanziato: incompatibile con il progetto { $number }, «{ $name }», che è finanziato.
lending-condition-photos = Foto dello stato
lending-condition-photo-file = Foto dello stato (facoltativa: JPEG, PNG o WebP, al massimo 5 MiB)
lending-desk-hours = Orari dello sportello
lending-desk-hours-zone = Orari in { $zone }. Gli esemplari escono e tornano solo in questi orari, dentro quelli di apertura.
lending-field-desk-hours = Orari dello sportello (ritiri e restituzioni)
lending-field-desk-hours-hint = Si scrivono come gli orari di apertura: quando gli esemplari escono e tornano, se è meno spesso di quanto il luogo è aperto. Vuoto: ogni volta che è aperto.
offers-ask-request = Risponde alla tua richiesta
offers-ask-no-request = Nessuna delle mie richieste
offers-ask-request-hint = Quando l'altra parte accetta, la richiesta che indichi è soddisfatta e si chiude.
lending-savings-from = Dal (primo giorno)
lending-savings-to = Al (ultimo giorno, compreso)
lending-savings-show-days = Conta questi giorni
lending-savings-territory-factors = I fattori predefiniti del territorio
lending-savings-territory-factors-set = Un amministratore dell'istanza ha fissato questi valori predefiniti: ogni biblioteca li usa per un fattore che non ha fissato.
lending-savings-territory-factors-none = Nessun amministratore ha fissato i valori predefiniti del territorio: le biblioteche che non hanno fissato i propri usano quelli incorporati.
lending-savings-factor-from = { $from ->
    [library] proprio della biblioteca
    [territory] predefinito del territorio
   *[built_in] incorporato
}
lending-savings-empty-keeps = Un campo lasciato vuoto mantiene il valore predefinito che mostra.
lending-policy-lead = si prenota almeno { $count } minuti prima dell'inizio
lending-field-lead = Preavviso di una prenotazione (minuti; 0: nessuno)
budgets-for-organization = per
budgets-for-group = per il gruppo «{ $group }»
budgets-documentation = La sua documentazione
budgets-link-commons = Il bene comune della sua documentazione
budgets-commons-handle = Bene comune (il suo identificativo)
budgets-commons-link-button = Collega
budgets-commons-unlink-button = Scollega
budgets-propose-organization = Per un'organizzazione di cui sei membro (facoltativo, il suo identificativo)
budgets-propose-group = Oppure per un gruppo informale (facoltativo, il suo nome)
lending-money = Denaro
lending-money-fee = { $mode ->
    [per_loan] Tariffa: { $amount } per articolo prestato
    [per_day] Tariffa: { $amount } per giorno iniziato, per articolo
    [pay_what_you_can] Paga quanto puoi (suggerito: { $amount })
   *[other] Nessuna tariffa
}
lending-money-deposit = Cauzione: { $amount } per articolo, trattenuta dal ritiro e resa alla restituzione
lending-money-late = Penale di ritardo: { $amount } per giorno iniziato dopo la fine, per articolo
lending-field-currency = Valuta (ISO 4217)
lending-field-fee-mode = Tariffa
lending-fee-mode = { $mode ->
    [per_loan] per prestito
    [per_day] al giorno
    [pay_what_you_can] paga quanto puoi
   *[other] gratuito
}
lending-field-fee = Importo della tariffa (o il suggerimento)
lending-field-fee-hint = Gratuito non chiede importo; per prestito e al giorno ne chiedono uno maggiore di 0; paga quanto puoi lo prende come suggerimento (0 ammesso).
lending-field-deposit = Cauzione (0: nessuna)
lending-field-late-fee = Penale di ritardo al giorno (0: nessuna)
lending-loan-fee = Tariffa: { $amount }
lending-loan-no-fee = Nessuna tariffa
lending-loan-deposit = Cauzione: { $amount } { $state ->
    [held] (trattenuta fino alla restituzione)
    [given_back] (resa)
   *[to_hold] (trattenuta dal ritiro)
}
lending-loan-late-fee = Penale di ritardo: { $amount }
lending-loan-entry = { $what ->
    [fee] Tariffa dovuta
    [deposit] Cauzione trattenuta
    [deposit_back] Cauzione resa
   *[late_fee] Penale dovuta
}: transazione { $number } della tesoreria { $treasury }
lending-loan-on-loan-only = Chi custodisce la risorsa non tiene qui una tesoreria: questi importi sono registrati solo sul prestito.
lending-pay = Quanto paghi ({ $currency })
lending-pay-hint = Paga quanto puoi: lascia vuoto per pagare i { $amount } suggeriti, o scrivi qualsiasi importo da 0.

# La quota minima dell'importo della voce che una scheda a zaino spende (issue 15).
budgets-knapsack-least = Spendi almeno { $least }.
budgets-under-by = Mancano { $amount } alla spesa minima: aggiungi un progetto.
budgets-min-share = Spesa minima
budgets-min-share-value = { $count } % dell'importo di ogni voce
# Beside a library's own savings factor: give it up (issue 18).
lending-savings-follow-territory = Seguire invece il valore predefinito del territorio
budgets-min-share-label = Quota minima dell'importo di ogni voce che una scheda spende, in % (vuoto: nessuna)
budgets-min-share-set = Fissa la spesa minima
