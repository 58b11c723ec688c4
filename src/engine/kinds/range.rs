//! `range`: figures must lie within the rule's bounds (`min`, `max`: a count not negative), and
//! the shares of one list ("40 % … 35 % … 30 %") must not sum past `max-sum` (else `max`).
//! One pass over the claims.

use std::collections::BTreeMap;

use crate::claim::{format_value, Claim, ClaimId};
use crate::engine::Rule;
use crate::finding::Finding;

/// Adds a finding for each figure out of bounds and each list whose sum is.
pub fn check(rule: &Rule, groups: &[&[&Claim]], out: &mut Vec<Finding>) {
    let min = rule.min.unwrap_or(f64::NEG_INFINITY);
    let max = rule.max.unwrap_or(f64::INFINITY);
    let slack = |v: f64| rule.tolerance.slack(v);
    for &claims in groups {
        let mut lists: BTreeMap<ClaimId, Vec<&Claim>> = BTreeMap::new();
        for claim in claims {
            let low = claim.low.unwrap_or(claim.value);
            let high = claim.high.unwrap_or(claim.value);
            if high < min - slack(min) || low > max + slack(max) {
                out.push(finding(rule, &[claim], claim.value));
            }
            if let Some(list) = claim.list {
                lists.entry(list).or_default().push(claim);
            }
        }
        let max_sum = rule.max_sum.unwrap_or(max);
        // Two shares of one whole are never both more than half of it: such a list gives rates
        // of wholes of their own ("suivie à 71 % dans le cycle moyen et à 58 % dans le
        // secondaire", "Pune 74.2%, Nashik 69.8%"), and says nothing of a sum.
        let shares_of_one_whole = |parts: &&Vec<&Claim>| {
            parts
                .iter()
                .filter(|p| p.low.unwrap_or(p.value) > max_sum / 2.0)
                .count()
                <= 1
        };
        for parts in lists
            .values()
            .filter(|p| p.len() > 1)
            .filter(shares_of_one_whole)
        {
            let sum = super::sum(parts.iter().map(|p| p.low.unwrap_or(p.value)));
            if sum > max_sum + slack(max_sum) {
                out.push(finding(rule, parts, sum));
            }
        }
    }
}

fn finding(rule: &Rule, claims: &[&Claim], value: f64) -> Finding {
    let first = claims[0];
    let bound = |b: Option<f64>| b.map_or_else(|| "none".to_string(), format_value);
    let message = rule.message.render(|var| match var {
        "category" => first.category.clone(),
        "value" => first.describe(),
        "sum" => format_value(value),
        "min" => bound(rule.min),
        "max" => bound(rule.max),
        "max_sum" => bound(rule.max_sum.or(rule.max)),
        _ => String::new(),
    });
    let limit = if value < rule.min.unwrap_or(f64::NEG_INFINITY) {
        rule.min
    } else if claims.len() > 1 {
        rule.max_sum.or(rule.max)
    } else {
        rule.max
    };
    Finding {
        rule: rule.id.clone(),
        severity: rule.severity,
        message,
        category: first.category.clone(),
        claims: claims.iter().map(|c| c.id).collect(),
        roles: claims
            .iter()
            .map(|_| if claims.len() > 1 { "share" } else { "figure" })
            .collect(),
        values: [value, limit.unwrap_or(value)],
        help: rule.help.clone(),
    }
}
