//! `withdrawn-figure`: a figure the text itself reports as withdrawn or unverified must not be
//! stated elsewhere in the scope as fact.
//!
//! Doubted figures are indexed by value once; each asserted claim is then looked up: linear in
//! the claims.

use std::collections::BTreeMap;

use crate::claim::{Claim, Status};
use crate::engine::Rule;
use crate::finding::Finding;

/// Adds a finding for each asserted claim that repeats a withdrawn or unverified figure.
pub fn check(rule: &Rule, groups: &[&[&Claim]], out: &mut Vec<Finding>) {
    for &claims in groups {
        // The figure as an integer key: values are compared to the unit.
        let key = |c: &Claim| (c.value.round() as i64, c.group.clone());
        let mut doubted: BTreeMap<(i64, Option<String>), &Claim> = BTreeMap::new();
        for claim in claims {
            if matches!(claim.status, Status::Withdrawn | Status::Unverified) {
                doubted.entry(key(claim)).or_insert(claim);
            }
        }
        if doubted.is_empty() {
            continue;
        }
        for claim in claims.iter().filter(|c| c.status == Status::Asserted) {
            let Some(&original) = doubted.get(&key(claim)) else {
                continue;
            };
            let message = rule.message.render(|var| match var {
                "category" => claim.category.clone(),
                "figure" => original.describe(),
                "status" => original.status.as_str().to_string(),
                "source" => original
                    .source
                    .clone()
                    .unwrap_or_else(|| "unattributed".into()),
                "used" => claim.describe(),
                _ => String::new(),
            });
            out.push(Finding {
                rule: rule.id.clone(),
                severity: rule.severity,
                message,
                category: claim.category.clone(),
                claims: vec![claim.id, original.id],
                roles: vec!["stated as fact", "withdrawn or unverified"],
                values: [claim.value, original.value],
                help: rule.help.clone(),
            });
        }
    }
}
