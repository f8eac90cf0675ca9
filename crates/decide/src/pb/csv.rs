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
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < bytes.len() {
        let start = line;
        let mut fields = Vec::new();
        loop {
            // One field: quoted (may hold ; " and line breaks) or a plain slice.
            let mut field = String::new();
            if bytes.get(i) == Some(&b'"') {
                i += 1;
                loop {
                    let Some(rel) = text[i..].find(['"', '\n', '\r']) else {
                        return Err((start, "a quoted field (\") is never closed".into()));
                    };
                    field.push_str(&text[i..i + rel]);
                    i += rel;
                    if bytes[i] == b'\r' {
                        // CRLF, or a lone CR: one line break, as outside quotes.
                        let crlf = bytes.get(i + 1) == Some(&b'\n');
                        field.push_str(if crlf { "\r\n" } else { "\r" });
                        line += 1;
                        i += if crlf { 2 } else { 1 };
                    } else if bytes[i] == b'\n' {
                        line += 1;
                        field.push('\n');
                        i += 1;
                    } else if bytes.get(i + 1) == Some(&b'"') {
                        field.push('"');
                        i += 2;
                    } else {
                        i += 1;
                        break;
                    }
                }
            }
            // Plain text, or what follows a closing quote, up to ; or the end of the line.
            let rel = text[i..].find([';', '\n', '\r']).unwrap_or(text.len() - i);
            field.push_str(&text[i..i + rel]);
            i += rel;
            fields.push(field);
            match bytes.get(i) {
                Some(b';') => i += 1,
                Some(b'\r') if bytes.get(i + 1) == Some(&b'\n') => {
                    i += 2;
                    line += 1;
                    break;
                }
                Some(b'\n' | b'\r') => {
                    i += 1;
                    line += 1;
                    break;
                }
                _ => break,
            }
        }
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
