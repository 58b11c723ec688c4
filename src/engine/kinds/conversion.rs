//! `conversion`: two amounts the text gives as the same sum in different currencies ("un
//! milliard de livres (1,16 milliard d'euros)") imply a rate; it must fall within the plausible
//! rates of the rule packs' `rates:` table for the claim's date (any period when undated).

use rustc_hash::FxHashMap;

use crate::claim::{Claim, ClaimId, Unit};
use crate::engine::schema::Rate;
use crate::engine::Rule;
use crate::finding::Finding;

/// Adds a finding for each pair of equivalent amounts whose implied rate is implausible.
pub fn check(rule: &Rule, groups: &[&[&Claim]], rates: &[Rate], out: &mut Vec<Finding>) {
    for &claims in groups {
        let by_id: FxHashMap<ClaimId, &Claim> = claims.iter().map(|c| (c.id, *c)).collect();
        for claim in claims {
            let Some(other_id) = claim.equivalent else {
                continue;
            };
            // Each pair once: from its first amount.
            if other_id < claim.id {
                continue;
            }
            let Some(other) = by_id.get(&other_id) else {
                continue;
            };
            let (Unit::Currency(from), Unit::Currency(to)) = (&claim.unit, &other.unit) else {
                continue;
            };
            if claim.value == 0.0 {
                continue;
            }
            let rate = other.value / claim.value;
            let day = claim.date.or(other.date).map(|d| d.to_string());
            let known: Vec<&Rate> = rates
                .iter()
                .filter(|r| &r.from == from && &r.to == to)
                .filter(|r| {
                    day.as_deref().is_none_or(|d| {
                        r.since.as_deref().is_none_or(|s| s <= d)
                            && r.until.as_deref().is_none_or(|u| d <= u)
                    })
                })
                .collect();
            let plausible =
                known.is_empty() || known.iter().any(|r| (r.min..=r.max).contains(&rate));
            if plausible {
                continue;
            }
            let expected = known
                .iter()
                .map(|r| format!("{}–{}", r.min, r.max))
                .collect::<Vec<_>>()
                .join(" or ");
            let message = rule.message.render(|var| match var {
                "first" => format!("{} {from}", claim.describe()),
                "second" => format!("{} {to}", other.describe()),
                "rate" => format!("{rate:.3}"),
                "expected" => expected.clone(),
                _ => String::new(),
            });
            out.push(Finding {
                rule: rule.id.clone(),
                severity: rule.severity,
                message,
                category: claim.category.clone(),
                claims: vec![claim.id, other.id],
                roles: vec!["amount", "given as"],
                values: [claim.value, other.value],
                help: rule.help.clone(),
            });
        }
    }
}
