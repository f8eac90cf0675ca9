//! Files as content: the sha256 that addresses a file's bytes (stored once
//! per hash by the store), its entry in a tree (hash, size, text or binary),
//! and the checks an uploaded file must pass (size limit, UTF-8 for text).

use super::error::{CommonsError, Result};
use super::path::RepoPath;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;

pub use crate::config::DEFAULT_MAX_FILE_BYTES;
/// Default most files touched by one change.
pub const DEFAULT_MAX_FILES_PER_CHANGE: usize = 1000;

/// Limits on files, set by the server's configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileLimits {
    pub max_file_bytes: u64,
    pub max_files_per_change: usize,
}

impl FileLimits {
    /// What a commons accepts per file and change on this instance.
    pub fn of(config: &crate::config::Config) -> Self {
        FileLimits {
            max_file_bytes: config.max_file_bytes,
            ..Default::default()
        }
    }
}

impl Default for FileLimits {
    fn default() -> Self {
        Self {
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
            max_files_per_change: DEFAULT_MAX_FILES_PER_CHANGE,
        }
    }
}

/// The sha256 of a blob's bytes.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct BlobHash([u8; 32]);

impl BlobHash {
    pub fn of(bytes: &[u8]) -> Self {
        Self(Sha256::digest(bytes).into())
    }

    pub(super) fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    pub fn to_hex(&self) -> String {
        crate::web::hex(&self.0)
    }

    /// Parses lowercase hex only, so that one hash has exactly one spelling
    /// (it is used as a storage key).
    pub fn parse(hex: &str) -> Result<Self> {
        let bad = || CommonsError::InvalidHash {
            value: hex.chars().take(80).collect(),
        };
        if hex.len() != 64 || !hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            return Err(bad());
        }
        // Checked above: every byte is a lowercase hex digit.
        let digit = |b: u8| if b <= b'9' { b - b'0' } else { b - b'a' + 10 };
        let mut out = [0u8; 32];
        for (byte, pair) in out.iter_mut().zip(hex.as_bytes().chunks_exact(2)) {
            *byte = (digit(pair[0]) << 4) | digit(pair[1]);
        }
        Ok(Self(out))
    }
}

impl fmt::Display for BlobHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for BlobHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BlobHash({})", &self.to_hex()[..12])
    }
}

impl TryFrom<String> for BlobHash {
    type Error = CommonsError;
    fn try_from(value: String) -> Result<Self> {
        Self::parse(&value)
    }
}

impl From<BlobHash> for String {
    fn from(value: BlobHash) -> Self {
        value.to_hex()
    }
}

/// Text files are shown, diffed and edited in the browser; binary files are
/// only downloaded. The author says which, and text is checked to be UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    Text,
    Binary,
}

/// One file of a tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Entry {
    pub hash: BlobHash,
    pub size: u64,
    pub kind: FileKind,
}

/// Validates an uploaded file and computes its entry. The caller stores the
/// bytes under `entry.hash` if it does not hold them already.
pub fn prepare_file(
    path: &RepoPath,
    bytes: &[u8],
    kind: FileKind,
    limits: &FileLimits,
) -> Result<Entry> {
    let size = bytes.len() as u64;
    if size > limits.max_file_bytes {
        return Err(CommonsError::FileTooLarge {
            path: path.to_string(),
            size,
            limit: limits.max_file_bytes,
        });
    }
    if kind == FileKind::Text
        && let Err(e) = std::str::from_utf8(bytes)
    {
        return Err(CommonsError::NotUtf8 {
            path: path.to_string(),
            offset: e.valid_up_to(),
        });
    }
    Ok(Entry {
        hash: BlobHash::of(bytes),
        size,
        kind,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> RepoPath {
        RepoPath::parse(s).unwrap()
    }

    #[test]
    fn sha256_hex_is_the_known_value() {
        assert_eq!(
            BlobHash::of(b"abc").to_hex(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let h = BlobHash::of(b"abc");
        assert_eq!(BlobHash::parse(&h.to_hex()).unwrap(), h);
        assert_eq!(BlobHash::parse("ABC").unwrap_err().code(), "invalid_hash");
        assert_eq!(
            BlobHash::parse(&h.to_hex().to_uppercase())
                .unwrap_err()
                .code(),
            "invalid_hash"
        );
    }

    #[test]
    fn file_limits_and_utf8() {
        let limits = FileLimits {
            max_file_bytes: 4,
            ..FileLimits::default()
        };
        let err = prepare_file(&p("big.bin"), b"12345", FileKind::Binary, &limits).unwrap_err();
        assert_eq!(err.code(), "file_too_large");
        assert!(err.to_string().contains("big.bin"));
        let err = prepare_file(&p("t.md"), b"ok\xff", FileKind::Text, &limits).unwrap_err();
        assert_eq!(
            err,
            CommonsError::NotUtf8 {
                path: "t.md".into(),
                offset: 2
            }
        );
        let e = prepare_file(&p("b.bin"), b"\xff\xfe", FileKind::Binary, &limits).unwrap();
        assert_eq!((e.size, e.kind), (2, FileKind::Binary));
        assert_eq!(FileLimits::default().max_file_bytes, 10 * 1024 * 1024);
    }
}
