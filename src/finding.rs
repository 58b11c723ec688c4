//! A finding: one contradiction between claims, as a rule saw it. Reports render it; the rule
//! engine makes it.

use crate::claim::ClaimId;
use crate::engine::Severity;

/// One contradiction.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The rule's id: also the diagnostic's code.
    pub rule: String,
    /// How serious.
    pub severity: Severity,
    /// The message, template filled.
    pub message: String,
    /// The category compared.
    pub category: String,
    /// Every claim involved, the two compared first.
    pub claims: Vec<ClaimId>,
    /// What each claim is in the finding ("total", "part", "earlier figure"), one per claim.
    pub roles: Vec<&'static str>,
    /// The two figures compared (for total-vs-parts: the total and the sum of the parts).
    pub values: [f64; 2],
    /// What to do about it.
    pub help: Option<String>,
}
