# La cornice del sito: navigazione, piè di pagina, scelta della lingua e pagine di errore.

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
