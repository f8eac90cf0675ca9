//! What `commonfare export` writes: every public row of every table, as JSON Lines, each
//! line with its `type`. Each domain declares its tables — exported under a line type, or
//! kept out with the reason — and writes its rows through a [`Sink`]; the assembly lists
//! the domains (`ops::EXPORTS`), and a test holds every table of the schema to exactly one
//! declaration and every exported table to its row count. It also owns the guard that keeps
//! secrets out of everything public (`secret_key`), which the journal uses too.

use crate::db::DbConn;
use crate::error::AppError;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;

/// How one table of a domain reaches the export.
#[derive(Debug, Clone, Copy)]
pub enum Table {
    /// Every row, one line each, under `line` (the line's `type`).
    Public {
        table: &'static str,
        line: &'static str,
    },
    /// Not exported, and why (a secret, or content served elsewhere).
    Private {
        table: &'static str,
        why: &'static str,
    },
}

impl Table {
    pub fn name(&self) -> &'static str {
        match self {
            Table::Public { table, .. } | Table::Private { table, .. } => table,
        }
    }
}

/// One domain's share of the export.
pub struct Exporter {
    pub domain: &'static str,
    pub tables: &'static [Table],
    pub write: fn(&mut DbConn, &mut Sink<'_>) -> Result<(), AppError>,
}

/// Where the lines go, counting them by type.
pub struct Sink<'a> {
    out: &'a mut dyn Write,
    counts: BTreeMap<&'static str, usize>,
}

impl<'a> Sink<'a> {
    pub fn new(out: &'a mut dyn Write) -> Self {
        Sink {
            out,
            counts: BTreeMap::new(),
        }
    }

    /// Writes `row` as one line with `"type": line`. A row that carries a secret-looking
    /// key is refused, as the journal refuses one: the export is as public as the journal.
    pub fn line(&mut self, line: &'static str, row: &impl Serialize) -> Result<(), AppError> {
        let mut v = serde_json::to_value(row).map_err(AppError::internal)?;
        if let Some(key) = secret_key(&v) {
            return Err(AppError::internal(anyhow::anyhow!(
                "export line `{line}` carries the secret-looking key `{key}`"
            )));
        }
        match v.as_object_mut() {
            Some(map) => {
                map.insert("type".into(), line.into());
            }
            None => {
                return Err(AppError::internal(anyhow::anyhow!(
                    "export line `{line}` is not an object"
                )));
            }
        }
        writeln!(self.out, "{v}").map_err(AppError::internal)?;
        *self.counts.entry(line).or_default() += 1;
        Ok(())
    }

    /// Lines written so far, by type.
    pub fn counts(&self) -> &BTreeMap<&'static str, usize> {
        &self.counts
    }
}

/// Keys that name secrets. A journal payload or an export line holding one is refused:
/// secrets never enter the public record, even by mistake in a later domain.
const SECRET_KEYS: &[&str] = &[
    "password",
    "password_hash",
    "token",
    "token_hash",
    "email",
    "secret",
];

/// Returns the first secret-looking key found anywhere in `v`.
pub fn secret_key(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Object(map) => map.iter().find_map(|(k, v)| {
            let lower = k.to_ascii_lowercase();
            if SECRET_KEYS
                .iter()
                .any(|s| lower == *s || lower.ends_with(&format!("_{s}")))
            {
                Some(k.clone())
            } else {
                secret_key(v)
            }
        }),
        serde_json::Value::Array(items) => items.iter().find_map(secret_key),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn secrets_are_found_at_any_depth() {
        assert_eq!(secret_key(&json!({"handle": "ada"})), None);
        assert_eq!(
            secret_key(&json!({"a": [{"Email": "x"}]})),
            Some("Email".into())
        );
        assert_eq!(
            secret_key(&json!({"api_token": "x"})),
            Some("api_token".into())
        );
        assert_eq!(secret_key(&json!({"token_name": "ci"})), None);
    }
}
