//! A form shown again after a refusal: the values the person entered, and the refusal's
//! words beside the field it is about, tied to it for assistive technologies
//! (`aria-invalid`, `aria-describedby`), in the page's language. A refusal about no field
//! of the form stays an error page.

use crate::error::{AppError, PageError};
use axum::response::Response;
use std::collections::HashMap;

/// What a form page shows again: the values, and the refusal on its field.
#[derive(Debug, Default, Clone)]
pub struct Refilled {
    values: HashMap<&'static str, String>,
    error: Option<(&'static str, String)>,
}

impl Refilled {
    /// The form as entered, with `err` beside the field `field_of` names for it; `None`
    /// when it names none (the caller answers with the error page).
    pub fn of(
        values: &[(&'static str, &str)],
        err: &AppError,
        field_of: impl Fn(&AppError) -> Option<&'static str>,
    ) -> Option<Refilled> {
        let field = field_of(err)?;
        let lang = crate::i18n::with_current(|p| p.lang);
        Some(Refilled {
            values: values.iter().map(|(k, v)| (*k, v.to_string())).collect(),
            error: Some((field, err.detail.render(lang))),
        })
    }

    /// The answer to a refused form: the page `show` renders again with the form as
    /// entered (`values`, by field) and the refusal beside the field `field_of` names, with
    /// the refusal's status; the error page when the refusal is about no field of the form.
    /// Fields of several forms on one page carry the form's name (`invite-handle`).
    pub fn answer(
        values: &[(&'static str, &str)],
        err: AppError,
        field_of: impl Fn(&AppError) -> Option<&'static str>,
        show: impl FnOnce(Refilled) -> Result<Response, PageError>,
    ) -> Result<Response, PageError> {
        let Some(form) = Refilled::of(values, &err, field_of) else {
            return Err(err.into());
        };
        let mut page = show(form)?;
        *page.status_mut() = err.status;
        Ok(page)
    }

    /// [`Refilled::answer`] for a page that is built asynchronously (read from the store):
    /// `show` gets the form as entered and returns the page's future.
    pub async fn answer_async<Fut>(
        values: &[(&'static str, &str)],
        err: AppError,
        field_of: impl Fn(&AppError) -> Option<&'static str>,
        show: impl FnOnce(Refilled) -> Fut,
    ) -> Result<Response, PageError>
    where
        Fut: std::future::Future<Output = Result<Response, PageError>>,
    {
        let Some(form) = Refilled::of(values, &err, field_of) else {
            return Err(err.into());
        };
        let mut page = show(form).await?;
        *page.status_mut() = err.status;
        Ok(page)
    }

    /// The value entered in `field` (empty on a fresh form).
    pub fn value(&self, field: &str) -> &str {
        self.values.get(field).map_or("", String::as_str)
    }

    /// The value entered in `field` when the form comes back refused, else `stored` (a
    /// form that edits what is already there).
    pub fn value_or<'a>(&'a self, field: &str, stored: &'a str) -> &'a str {
        if self.error.is_some() {
            self.value(field)
        } else {
            stored
        }
    }

    /// The attributes that tie `field`'s input to its refusal, or nothing.
    pub fn attrs(&self, field: &str) -> String {
        match &self.error {
            Some((f, _)) if *f == field => {
                format!(r#" aria-invalid="true" aria-describedby="error-{field}""#)
            }
            _ => String::new(),
        }
    }

    /// The refusal's words under `field`'s input, or nothing.
    pub fn note(&self, field: &str) -> String {
        match &self.error {
            Some((f, message)) if *f == field => format!(
                r#"<span class="field-error" id="error-{field}" role="alert">{}</span>"#,
                crate::text::escape_html(message)
            ),
            _ => String::new(),
        }
    }

    /// Whether the refusal is about a field of the form whose fields begin with `prefix`
    /// (`fork-`): its folded card opens.
    pub fn is_about(&self, prefix: &str) -> bool {
        self.error
            .as_ref()
            .is_some_and(|(f, _)| f.starts_with(prefix))
    }

    pub fn has_error(&self) -> bool {
        self.error.is_some()
    }
}

/// The field of the translations card (`content_translations.html`) a refusal is about:
/// the language (unknown, or the one the content was first written in), the name or the
/// description.
pub fn translation_field(e: &AppError) -> Option<&'static str> {
    match e.code {
        "invalid_language" | "original_language" => Some("translation-lang"),
        "missing_field" | "invalid_field" => match e.detail.text_arg("field") {
            Some("name") => Some("translation-name"),
            Some("description" | "summary") => Some("translation-description"),
            _ => None,
        },
        _ => None,
    }
}
