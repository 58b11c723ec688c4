//! Which claims a rule looks at, and which of them are compared with each other (the scope).

use super::schema::Scope;
use crate::claim::{Claim, Qualifier, Status};

/// A compiled selector: every field given must match (fields are ANDed, values within a field
/// ORed).
#[derive(Debug, Clone, Default)]
pub struct Selector {
    /// Categories.
    pub category: Option<Vec<String>>,
    /// Groups; `none` for no group.
    pub group: Option<Vec<String>>,
    /// Units.
    pub unit: Option<Vec<String>>,
    /// Statuses; by default every status but negated and hypothetical.
    pub status: Vec<Status>,
    /// Qualifiers.
    pub qualifier: Option<Vec<Qualifier>>,
    /// Lowercase words one of which the source must contain.
    pub source: Option<Vec<String>>,
    /// `by-noun`: counts compared noun by noun must name a noun, none of these ignored ones
    /// (in the singular).
    pub by_noun: Option<Vec<String>>,
}

/// Statuses a rule sees unless it says otherwise: a denied or possible figure is no claim of
/// fact to contradict.
pub const DEFAULT_STATUSES: [Status; 3] = [Status::Asserted, Status::Withdrawn, Status::Unverified];

impl Selector {
    /// Whether `claim` is selected.
    #[must_use]
    pub fn matches(&self, claim: &Claim) -> bool {
        self.category
            .as_ref()
            .is_none_or(|c| c.contains(&claim.category))
            && self.matches_besides_category(claim)
    }

    /// Whether `claim` is selected, its category known to be one of the selector's: the rule
    /// engine reads a rule's claims from the store's index of categories.
    #[must_use]
    pub fn matches_besides_category(&self, claim: &Claim) -> bool {
        let group = claim.group.as_deref().unwrap_or("none");
        self.group
            .as_ref()
            .is_none_or(|g| g.iter().any(|x| x == group))
            && self
                .unit
                .as_ref()
                .is_none_or(|u| u.iter().any(|x| x == claim.unit.as_str()))
            && self.status.contains(&claim.status)
            && self
                .qualifier
                .as_ref()
                .is_none_or(|q| q.contains(&claim.qualifier))
            && self.source.as_ref().is_none_or(|words| {
                claim.source.as_deref().is_some_and(|s| {
                    let s = s.to_lowercase();
                    words.iter().any(|w| s.contains(w.as_str()))
                })
            })
            && self
                .by_noun
                .as_ref()
                .is_none_or(|ignored| claim.noun.as_ref().is_some_and(|n| !ignored.contains(n)))
    }
}

/// Where a claim sits, at the rule's scope: claims with equal keys are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ScopeKey {
    file: Option<u32>,
    story: Option<u32>,
    article: Option<u32>,
    sentence: Option<u32>,
}

impl ScopeKey {
    /// The key of `claim` at `scope`.
    #[must_use]
    pub fn of(claim: &Claim, scope: Scope) -> Self {
        let file = (scope != Scope::Run).then_some(claim.file.0);
        let article = matches!(scope, Scope::Article | Scope::Sentence).then_some(claim.article);
        let sentence = (scope == Scope::Sentence).then_some(claim.sentence);
        let story = (scope == Scope::Story).then_some(claim.story);
        Self {
            file,
            story,
            article,
            sentence,
        }
    }
}
