//! One file per rule kind. Each takes the selected claims already grouped by scope, category
//! and unit, and sweeps them sorted by value.

pub mod breakdown;
pub mod consistency;
pub mod conversion;
pub mod monotonic;
pub mod range;
pub mod total_vs_parts;
pub mod withdrawn_figure;

use crate::claim::Claim;

use super::Tolerance;

/// A claim's interval widened by the rule's tolerance; `f64::INFINITY` when unbounded above.
pub(crate) fn widened(claim: &Claim, tolerance: &Tolerance) -> (f64, f64) {
    let slack = tolerance.slack(claim.value);
    let low = claim.low.unwrap_or(f64::NEG_INFINITY) - slack;
    let high = claim.high.map_or(f64::INFINITY, |h| h + slack);
    (low, high)
}

/// The sum of figures written with a few decimals, rid of binary rounding: shares of 54.3,
/// 28.4 and 17.3 make 100, not 100.00000000000001, which a bound of 100 would flag.
pub(crate) fn sum(values: impl Iterator<Item = f64>) -> f64 {
    crate::claim::significant(values.sum())
}

/// How precise a claim is: narrower intervals first, exact figures before rounded ones.
pub(crate) fn width(claim: &Claim) -> f64 {
    match (claim.low, claim.high) {
        (Some(l), Some(h)) => h - l,
        _ => f64::INFINITY,
    }
}

/// The date or "undated", for messages.
pub(crate) fn date_text(claim: &Claim) -> String {
    claim
        .date
        .map_or_else(|| "undated".to_string(), |d| d.to_string())
}
