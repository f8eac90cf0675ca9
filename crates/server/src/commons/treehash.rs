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

const LANES: usize = 1024;
/// Each sha256 output fills 16 lanes.
const BLOCKS: usize = LANES / 16;

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
        for (lane, v) in self.0.iter_mut().zip(expand(path, entry)) {
            *lane = lane.wrapping_add(v);
        }
    }

    pub(super) fn remove(&mut self, path: &RepoPath, entry: &Entry) {
        for (lane, v) in self.0.iter_mut().zip(expand(path, entry)) {
            *lane = lane.wrapping_sub(v);
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

/// The 1024 lanes of one file: a seed over an unambiguous encoding of the
/// file (length-prefixed path, kind, size, content hash), stretched by
/// hashing it with a block counter.
fn expand(path: &RepoPath, entry: &Entry) -> impl Iterator<Item = u16> {
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
    (0..BLOCKS as u16).flat_map(move |block| {
        let mut h = Sha256::new();
        h.update(seed);
        h.update(block.to_be_bytes());
        let out: [u8; 32] = h.finalize().into();
        (0..16).map(move |i| u16::from_le_bytes([out[2 * i], out[2 * i + 1]]))
    })
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
