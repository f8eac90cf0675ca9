//! Downloads of a revision as a tar or zip archive. Output is deterministic
//! (sorted paths, fixed owner, mode and time), so the same revision always
//! gives the same bytes and can be cached or checksummed. Blob bytes come
//! from a lookup closure, so this module does no I/O of its own choosing,
//! and each blob is checked against its hash before it is written.

use super::model::blob::{BlobHash, Entry};
use super::model::error::{CommonsError, Result};
use super::model::path::RepoPath;
use super::model::tree::Tree;
use std::io::{self, Seek, Write};
use zip::write::SimpleFileOptions;

/// What to name the archive's single top folder, and the time stamped on
/// every file (the revision's creation time, in Unix seconds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveSpec {
    root: String,
    mtime_unix_secs: u64,
}

impl ArchiveSpec {
    /// `root` is one path segment such as `bread-recipes-r12`: extracting
    /// an archive then never scatters files in the current folder.
    pub fn new(root: &str, mtime_unix_secs: u64) -> Result<Self> {
        let path = RepoPath::parse(root)?;
        if path.as_str().contains('/') {
            return Err(CommonsError::Archive {
                reason: format!("the top folder `{root}` must be a single name"),
            });
        }
        Ok(Self {
            root: root.to_owned(),
            mtime_unix_secs,
        })
    }
}

/// Fetches a blob's bytes; `ErrorKind::NotFound` means the store lacks it.
pub trait BlobSource: FnMut(&BlobHash) -> io::Result<Vec<u8>> {}
impl<F: FnMut(&BlobHash) -> io::Result<Vec<u8>>> BlobSource for F {}

fn fetch(path: &RepoPath, entry: &Entry, blobs: &mut impl BlobSource) -> Result<Vec<u8>> {
    let bytes = blobs(&entry.hash).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => CommonsError::BlobMissing {
            path: path.to_string(),
        },
        _ => CommonsError::Archive {
            reason: format!("reading `{path}`: {e}"),
        },
    })?;
    if bytes.len() as u64 != entry.size || BlobHash::of(&bytes) != entry.hash {
        return Err(CommonsError::BlobMismatch {
            path: path.to_string(),
        });
    }
    Ok(bytes)
}

fn io_error(e: impl std::fmt::Display) -> CommonsError {
    CommonsError::Archive {
        reason: e.to_string(),
    }
}

/// Writes `tree` as a POSIX tar (GNU long names for paths over 100 bytes).
pub fn write_tar<W: Write>(
    tree: &Tree,
    spec: &ArchiveSpec,
    mut blobs: impl BlobSource,
    out: W,
) -> Result<W> {
    let mut builder = tar::Builder::new(out);
    for (path, entry) in tree.iter() {
        let bytes = fetch(path, entry, &mut blobs)?;
        let mut header = tar::Header::new_gnu();
        header.set_entry_type(tar::EntryType::Regular);
        header.set_size(entry.size);
        header.set_mode(0o644);
        header.set_uid(0);
        header.set_gid(0);
        header.set_mtime(spec.mtime_unix_secs);
        let name = format!("{}/{}", spec.root, path);
        builder
            .append_data(&mut header, name, bytes.as_slice())
            .map_err(io_error)?;
    }
    builder.into_inner().map_err(io_error)
}

/// Writes `tree` as a zip, deflating each file.
pub fn write_zip<W: Write + Seek>(
    tree: &Tree,
    spec: &ArchiveSpec,
    mut blobs: impl BlobSource,
    out: W,
) -> Result<W> {
    let mut zip = zip::ZipWriter::new(out);
    let base = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(dos_time(spec.mtime_unix_secs))
        .unix_permissions(0o644);
    for (path, entry) in tree.iter() {
        let bytes = fetch(path, entry, &mut blobs)?;
        let options = base.large_file(entry.size >= u64::from(u32::MAX));
        zip.start_file(format!("{}/{}", spec.root, path), options)
            .map_err(io_error)?;
        zip.write_all(&bytes).map_err(io_error)?;
    }
    zip.finish().map_err(io_error)
}

/// Zip stores local (here: UTC) calendar time from 1980 to 2107 with
/// 2-second precision; times outside are clamped to the nearest end.
fn dos_time(unix_secs: u64) -> zip::DateTime {
    let days = unix_secs / 86_400;
    let secs = unix_secs % 86_400;
    let (year, month, day) = civil_from_days(days);
    if year < 1980 {
        return zip::DateTime::default();
    }
    let clamped = if year > 2107 {
        (2107, 12, 31, 23, 59, 58)
    } else {
        let (h, m, s) = (secs / 3600, secs % 3600 / 60, secs % 60);
        (
            year as u16,
            month as u8,
            day as u8,
            h as u8,
            m as u8,
            (s - s % 2) as u8,
        )
    };
    let (y, mo, d, h, mi, s) = clamped;
    zip::DateTime::from_date_and_time(y, mo, d, h, mi, s).unwrap_or_default()
}

/// Days since 1970-01-01 to a proleptic Gregorian (year, month, day),
/// by counting 400-year eras that start on March 1st (Hinnant's method).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commons::model::blob::{FileKind, FileLimits, prepare_file};
    use std::collections::HashMap;
    use std::io::{Cursor, Read};

    fn sample() -> (Tree, HashMap<BlobHash, Vec<u8>>) {
        let long = format!("{}/deep.md", "folder".repeat(30));
        let files: Vec<(String, Vec<u8>, FileKind)> = vec![
            ("README.md".into(), b"# Bread\n".to_vec(), FileKind::Text),
            (
                "recettes/pâte à pain.md".into(),
                b"farine\n".to_vec(),
                FileKind::Text,
            ),
            (
                "img/loaf.png".into(),
                vec![0x89, b'P', b'N', b'G', 0, 255],
                FileKind::Binary,
            ),
            (long, "ünïcode\n".as_bytes().to_vec(), FileKind::Text),
        ];
        let mut store = HashMap::new();
        let entries = files.into_iter().map(|(p, bytes, kind)| {
            let path = RepoPath::parse(&p).unwrap();
            let e = prepare_file(&path, &bytes, kind, &FileLimits::default()).unwrap();
            store.insert(e.hash, bytes);
            (path, e)
        });
        let tree = Tree::from_entries(entries.collect::<Vec<_>>()).unwrap();
        (tree, store)
    }

    fn lookup(
        store: &HashMap<BlobHash, Vec<u8>>,
    ) -> impl FnMut(&BlobHash) -> io::Result<Vec<u8>> + '_ {
        |h| {
            store
                .get(h)
                .cloned()
                .ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))
        }
    }

    #[test]
    fn tar_round_trips_and_is_deterministic() {
        let (tree, store) = sample();
        let spec = ArchiveSpec::new("bread-r3", 1_700_000_000).unwrap();
        let a = write_tar(&tree, &spec, lookup(&store), Vec::new()).unwrap();
        let b = write_tar(&tree, &spec, lookup(&store), Vec::new()).unwrap();
        assert_eq!(a, b);
        let mut archive = tar::Archive::new(a.as_slice());
        let mut seen = Vec::new();
        for entry in archive.entries().unwrap() {
            let mut entry = entry.unwrap();
            let name = entry.path().unwrap().to_string_lossy().into_owned();
            assert_eq!(entry.header().mtime().unwrap(), 1_700_000_000);
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).unwrap();
            let path = RepoPath::parse(name.strip_prefix("bread-r3/").unwrap()).unwrap();
            assert_eq!(BlobHash::of(&bytes), tree.get(&path).unwrap().hash);
            seen.push(path);
        }
        assert_eq!(
            seen,
            tree.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>()
        );
    }

    #[test]
    fn zip_round_trips_and_is_deterministic() {
        let (tree, store) = sample();
        let spec = ArchiveSpec::new("bread-r3", 1_700_000_000).unwrap();
        let a = write_zip(&tree, &spec, lookup(&store), Cursor::new(Vec::new()))
            .unwrap()
            .into_inner();
        let b = write_zip(&tree, &spec, lookup(&store), Cursor::new(Vec::new()))
            .unwrap()
            .into_inner();
        assert_eq!(a, b);
        let mut archive = zip::ZipArchive::new(Cursor::new(a)).unwrap();
        assert_eq!(archive.len(), tree.len());
        for (i, (path, entry)) in tree.iter().enumerate() {
            let mut file = archive.by_index(i).unwrap();
            assert_eq!(file.name(), format!("bread-r3/{path}"));
            let t = file.last_modified().unwrap();
            // 1700000000 is 2023-11-14 22:13:20 UTC.
            assert_eq!(
                (
                    t.year(),
                    t.month(),
                    t.day(),
                    t.hour(),
                    t.minute(),
                    t.second()
                ),
                (2023, 11, 14, 22, 13, 20)
            );
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes).unwrap();
            assert_eq!(BlobHash::of(&bytes), entry.hash);
        }
    }

    #[test]
    fn missing_or_corrupt_blobs_are_errors() {
        let (tree, mut store) = sample();
        let spec = ArchiveSpec::new("x", 0).unwrap();
        let first = *store.keys().next().unwrap();
        store.insert(first, b"tampered".to_vec());
        assert_eq!(
            write_tar(&tree, &spec, lookup(&store), Vec::new())
                .unwrap_err()
                .code(),
            "blob_mismatch"
        );
        store.remove(&first);
        assert_eq!(
            write_tar(&tree, &spec, lookup(&store), Vec::new())
                .unwrap_err()
                .code(),
            "blob_missing"
        );
        assert_eq!(
            ArchiveSpec::new("a/b", 0).unwrap_err().code(),
            "archive_failed"
        );
        assert_eq!(
            ArchiveSpec::new("..", 0).unwrap_err().code(),
            "path_parent_segment"
        );
    }

    #[test]
    fn calendar_conversion() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(19_675), (2023, 11, 14));
        assert_eq!(dos_time(0), zip::DateTime::default());
        assert_eq!(dos_time(u64::MAX / 4).year(), 2107);
    }
}
