//! Splits Pabulib text into `;`-separated records with CSV quoting: a quoted field may hold
//! `;`, doubled quotes `""` and line breaks; CRLF and a leading BOM are accepted.

/// One record and the 1-based line it starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

/// Reads every record of `text`. Fails only on a quote that is never closed.
pub fn records(text: &str) -> Result<Vec<Record>, (usize, String)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while chars.peek().is_some() {
        let start = line;
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut in_quotes = false;
        loop {
            let Some(c) = chars.next() else {
                if in_quotes {
                    return Err((start, "a quoted field (\") is never closed".into()));
                }
                break;
            };
            if in_quotes {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => in_quotes = false,
                    '\n' => {
                        line += 1;
                        field.push('\n');
                    }
                    _ => field.push(c),
                }
                continue;
            }
            match c {
                '"' if field.is_empty() => in_quotes = true,
                ';' => fields.push(std::mem::take(&mut field)),
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' | '\r' => {
                    line += 1;
                    break;
                }
                _ => field.push(c),
            }
        }
        fields.push(field);
        out.push(Record {
            line: start,
            fields,
        });
    }
    Ok(out)
}

/// Writes one field, quoting it when it holds `;`, `"`, a line break or edge spaces.
pub fn quote(field: &str) -> String {
    let needs =
        field.contains([';', '"', '\n', '\r']) || field.starts_with(' ') || field.ends_with(' ');
    if needs {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_crlf_and_bom() {
        let text = "\u{feff}a;\"b;c\";\"say \"\"hi\"\"\"\r\nx;\"two\nlines\";y\n\nlast";
        let r = records(text).unwrap();
        assert_eq!(r[0].fields, ["a", "b;c", "say \"hi\""]);
        assert_eq!(
            r[1],
            Record {
                line: 2,
                fields: vec!["x".into(), "two\nlines".into(), "y".into()]
            }
        );
        assert_eq!(
            r[2],
            Record {
                line: 4,
                fields: vec!["".into()]
            }
        );
        assert_eq!(r[3].line, 5);
        assert!(records("a;\"open").is_err());
        for f in ["plain", "a;b", "q\"q", " pad", "two\nlines"] {
            assert_eq!(records(&quote(f)).unwrap()[0].fields, [f]);
        }
    }
}
