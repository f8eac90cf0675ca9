//! The content address of a whole tree, kept up to date incrementally.
//!
//! A plain hash over the sorted file list costs O(files) per revision, so
//! accepting 10,000 small changes to a large commons would rehash it 10,000
//! times. Instead the tree hash is a homomorphic set hash, LtHash (Bellare
//! and Micciancio 1997; parameters from Lewi, Kim, Maykov and Weis,
//! "Securing Update Propagation with Homomorphic Hashing", 2019): each file
//! maps to 1024 pseudo-random 16-bit numbers, the set's state is their
//! component-wise sum mod 2^16, and adding or removing a file is one
//! addition or subtraction. Finding two different file sets with the same
//! state is as hard as a lattice problem (about 200-bit security for these
//! parameters), so the hash stays a content address: equal trees have equal
//! hashes whatever history produced them, and different trees do not
//! collide in practice.

use super::blob::{BlobHash, Entry, FileKind};
use super::path::RepoPath;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

const LANES: usize = 1024;

#[derive(Clone, PartialEq, Eq)]
pub(super) struct LtHash(Box<[u16; LANES]>);

impl Default for LtHash {
    fn default() -> Self {
        Self(Box::new([0; LANES]))
    }
}

impl std::fmt::Debug for LtHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "LtHash({:?})", self.digest())
    }
}

impl LtHash {
    pub(super) fn add(&mut self, path: &RepoPath, entry: &Entry) {
        for (lane, v) in self.0.iter_mut().zip(lanes(path, entry).iter()) {
            *lane = lane.wrapping_add(*v);
        }
    }

    pub(super) fn remove(&mut self, path: &RepoPath, entry: &Entry) {
        for (lane, v) in self.0.iter_mut().zip(lanes(path, entry).iter()) {
            *lane = lane.wrapping_sub(*v);
        }
    }

    /// A short digest of the state, for storage and comparison.
    pub(super) fn digest(&self) -> BlobHash {
        let mut h = Sha256::new();
        h.update(b"commonfare tree v1 state");
        for lane in self.0.iter() {
            h.update(lane.to_le_bytes());
        }
        BlobHash::from_bytes(h.finalize().into())
    }
}

/// Lanes of files recently expanded, by the file's seed. A proposal expands the files it
/// adds; accepting it removes the lanes of the files it replaces (expanded when those were
/// added) and adds the new ones again, so without this every acceptance would hash 64
/// sha256 blocks per touched file twice over. At most `EXPANDED_KEPT` files (2 KiB each);
/// emptied when full.
static EXPANDED: Mutex<Option<HashMap<[u8; 32], Lanes>>> = Mutex::new(None);
const EXPANDED_KEPT: usize = 1024;
type Lanes = Arc<[u16; LANES]>;

/// The 1024 lanes of one file: a seed over an unambiguous encoding of the
/// file (length-prefixed path, kind, size, content hash), stretched by
/// hashing it with a block counter.
fn lanes(path: &RepoPath, entry: &Entry) -> Lanes {
    let mut h = Sha256::new();
    h.update(b"commonfare tree v1 file");
    h.update((path.as_str().len() as u64).to_be_bytes());
    h.update(path.as_str().as_bytes());
    h.update([match entry.kind {
        FileKind::Text => b't',
        FileKind::Binary => b'b',
    }]);
    h.update(entry.size.to_be_bytes());
    h.update(entry.hash.as_bytes());
    let seed: [u8; 32] = h.finalize().into();
    let kept = EXPANDED
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .as_ref()
        .and_then(|m| m.get(&seed).cloned());
    if let Some(l) = kept {
        return l;
    }
    let mut out = [0u16; LANES];
    for (block, chunk) in out.chunks_exact_mut(16).enumerate() {
        let mut h = Sha256::new();
        h.update(seed);
        h.update((block as u16).to_be_bytes());
        let bytes: [u8; 32] = h.finalize().into();
        for (lane, pair) in chunk.iter_mut().zip(bytes.chunks_exact(2)) {
            *lane = u16::from_le_bytes([pair[0], pair[1]]);
        }
    }
    let out = Arc::new(out);
    let mut guard = EXPANDED.lock().unwrap_or_else(|p| p.into_inner());
    let map = guard.get_or_insert_with(HashMap::new);
    if map.len() >= EXPANDED_KEPT {
        map.clear();
    }
    map.insert(seed, out.clone());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(n: u8) -> Entry {
        Entry {
            hash: BlobHash::of(&[n]),
            size: 1,
            kind: FileKind::Text,
        }
    }

    /// The lanes as first defined (one sha256 block per 16 lanes, streamed), so that
    /// keeping expanded files can never change a stored tree hash.
    fn lanes_v1(path: &RepoPath, entry: &Entry) -> Vec<u16> {
        let mut h = Sha256::new();
        h.update(b"commonfare tree v1 file");
        h.update((path.as_str().len() as u64).to_be_bytes());
        h.update(path.as_str().as_bytes());
        h.update([match entry.kind {
            FileKind::Text => b't',
            FileKind::Binary => b'b',
        }]);
        h.update(entry.size.to_be_bytes());
        h.update(entry.hash.as_bytes());
        let seed: [u8; 32] = h.finalize().into();
        (0..(LANES / 16) as u16)
            .flat_map(|block| {
                let mut h = Sha256::new();
                h.update(seed);
                h.update(block.to_be_bytes());
                let out: [u8; 32] = h.finalize().into();
                (0..16).map(move |i| u16::from_le_bytes([out[2 * i], out[2 * i + 1]]))
            })
            .collect()
    }

    #[test]
    fn kept_lanes_are_the_v1_lanes() {
        for (p, n) in [("a", 1), ("docs/b.md", 2), ("a", 3)] {
            let path = RepoPath::parse(p).unwrap();
            let first = lanes(&path, &e(n));
            let again = lanes(&path, &e(n));
            assert_eq!(first.to_vec(), lanes_v1(&path, &e(n)));
            assert_eq!(first, again);
        }
    }

    #[test]
    fn add_remove_commute_and_cancel() {
        let (a, b) = (RepoPath::parse("a").unwrap(), RepoPath::parse("b").unwrap());
        let mut x = LtHash::default();
        x.add(&a, &e(1));
        x.add(&b, &e(2));
        let mut y = LtHash::default();
        y.add(&b, &e(2));
        y.add(&a, &e(1));
        assert_eq!(x, y);
        y.remove(&a, &e(1));
        y.remove(&b, &e(2));
        assert_eq!(y, LtHash::default());
        // Each field of a file matters.
        let mut z = LtHash::default();
        z.add(&a, &e(1));
        let mut w = LtHash::default();
        w.add(
            &a,
            &Entry {
                kind: FileKind::Binary,
                ..e(1)
            },
        );
        assert_ne!(z.digest(), w.digest());
        let mut v = LtHash::default();
        v.add(&b, &e(1));
        assert_ne!(z.digest(), v.digest());
    }
}
