//! The claim store: every claim of a run in one arena, with the indexes the rule engine asks for.

use std::ops::Index;

use rustc_hash::FxHashMap;

use super::Claim;

/// Index of a claim in its [`ClaimStore`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClaimId(pub u32);

/// Index of an input file in the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub u32);

impl std::fmt::Display for ClaimId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "c{}", self.0 + 1)
    }
}

/// All claims of a run, in file and text order, indexed by category: a rule reads only the
/// claims of the categories it selects.
#[derive(Debug, Clone, Default)]
pub struct ClaimStore {
    claims: Vec<Claim>,
    by_category: FxHashMap<String, Vec<ClaimId>>,
}

impl ClaimStore {
    /// An empty store.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty store with room for `claims` claims, so that filling it copies nothing.
    #[must_use]
    pub fn with_capacity(claims: usize) -> Self {
        Self {
            claims: Vec::with_capacity(claims),
            by_category: FxHashMap::default(),
        }
    }

    /// The id the next pushed claim will get.
    #[must_use]
    pub fn next_id(&self) -> ClaimId {
        ClaimId(u32::try_from(self.claims.len()).unwrap_or(u32::MAX))
    }

    /// Adds a claim, giving it its id.
    pub fn push(&mut self, mut claim: Claim) -> ClaimId {
        let id = self.next_id();
        claim.id = id;
        match self.by_category.get_mut(&claim.category) {
            Some(ids) => ids.push(id),
            None => {
                self.by_category.insert(claim.category.clone(), vec![id]);
            }
        }
        self.claims.push(claim);
        id
    }

    /// Every claim, in order.
    #[must_use]
    pub fn all(&self) -> &[Claim] {
        &self.claims
    }

    /// Moves the claims of `other` (a store of one file) to the end of this one, their ids and
    /// links shifted past the claims already here.
    pub fn append(&mut self, other: ClaimStore) {
        if self.claims.is_empty() {
            *self = other; // the first file: nothing to shift, nothing to copy
            return;
        }
        self.claims.reserve(other.claims.len());
        let offset = self.next_id().0;
        let shift = |id: ClaimId| ClaimId(id.0 + offset);
        for mut claim in other.claims {
            claim.list = claim.list.map(shift);
            claim.part_of = claim.part_of.map(shift);
            claim.equivalent = claim.equivalent.map(shift);
            self.push(claim);
        }
    }

    /// The number of claims.
    #[must_use]
    pub fn len(&self) -> usize {
        self.claims.len()
    }

    /// Whether there is no claim.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.claims.is_empty()
    }

    /// The claim of an id, if the store holds it yet.
    #[must_use]
    pub fn get(&self, id: ClaimId) -> Option<&Claim> {
        self.claims.get(id.0 as usize)
    }

    /// The ids of the claims of one category, in order.
    #[must_use]
    pub fn ids_of_category(&self, category: &str) -> &[ClaimId] {
        self.by_category.get(category).map_or(&[], Vec::as_slice)
    }

    /// The claims of one category, in order.
    pub fn of_category<'a>(&'a self, category: &str) -> impl Iterator<Item = &'a Claim> + 'a {
        self.by_category
            .get(category)
            .into_iter()
            .flatten()
            .map(|&id| &self.claims[id.0 as usize])
    }
}

impl Index<ClaimId> for ClaimStore {
    type Output = Claim;

    fn index(&self, id: ClaimId) -> &Claim {
        &self.claims[id.0 as usize]
    }
}
