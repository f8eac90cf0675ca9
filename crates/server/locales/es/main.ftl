# El marco del sitio: navegación, pie de página, cambio de idioma y páginas de error.

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
