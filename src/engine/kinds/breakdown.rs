//! `breakdown`: a part given for a whole ("42 morts, dont 12 enfants", "30 people, including 8
//! children") must not exceed it, and the parts together must not either.
//!
//! Parts point at their whole (`part_of`); they are grouped by whole and sentence in one pass,
//! so the cost is linear in the claims.

use std::collections::BTreeMap;

use super::widened;
use crate::claim::{format_value, Claim, ClaimId};
use crate::engine::Rule;
use crate::finding::Finding;

/// Adds a finding for each whole that a part, or its parts together, exceed.
pub fn check(rule: &Rule, groups: &[&[&Claim]], out: &mut Vec<Finding>) {
    for &claims in groups {
        let by_id: BTreeMap<ClaimId, &Claim> = claims.iter().map(|c| (c.id, *c)).collect();
        // The parts of one breakdown are given together, in one sentence; a part named
        // elsewhere ("14 des blessés" later on) may overlap them, so it is held alone.
        let mut parts: BTreeMap<(ClaimId, u32), Vec<&Claim>> = BTreeMap::new();
        for claim in claims {
            if let Some(whole) = claim.part_of {
                parts
                    .entry((whole, claim.sentence))
                    .or_default()
                    .push(claim);
            }
        }
        for ((whole_id, _), parts) in parts {
            let Some(&whole) = by_id.get(&whole_id) else {
                continue;
            };
            let (_, whole_high) = widened(whole, &rule.tolerance);
            let too_big = parts.iter().find(|p| p.low.unwrap_or(0.0) > whole_high);
            let sum_low = super::sum(parts.iter().map(|p| p.low.unwrap_or(0.0)));
            let sum = super::sum(parts.iter().map(|p| p.value));
            let (value, involved): (f64, Vec<&Claim>) = match too_big {
                Some(part) => (part.value, vec![part]),
                None if parts.len() > 1 && sum_low > whole_high => (sum, parts.clone()),
                None => continue,
            };
            let parts_text = involved
                .iter()
                .map(|p| p.describe())
                .collect::<Vec<_>>()
                .join(" + ");
            let message = rule.message.render(|var| match var {
                "category" => whole.category.clone(),
                "total" => whole.describe(),
                "part" => involved[0].describe(),
                "parts" => parts_text.clone(),
                "sum" => format_value(value),
                _ => String::new(),
            });
            let mut ids = vec![whole.id];
            let mut roles = vec!["whole"];
            for part in &involved {
                ids.push(part.id);
                roles.push("part");
            }
            out.push(Finding {
                rule: rule.id.clone(),
                severity: rule.severity,
                message,
                category: whole.category.clone(),
                claims: ids,
                roles,
                values: [whole.value, value],
                help: rule.help.clone(),
            });
        }
    }
}
