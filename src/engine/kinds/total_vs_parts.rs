//! `total-vs-parts`: a stated total ("plus de 164 morts") must hold the sum of the parts of a
//! list in the same scope ("26 manifestants et 16 policiers tués" = 42).
//!
//! Totals are the selected claims that are no part of a list or a breakdown and name no group. They are sorted
//! twice, by low and by high end, so the totals a sum contradicts are a prefix and a suffix
//! found by binary search: the cost is O((totals + lists) log totals) plus the findings.

use std::collections::BTreeMap;

use super::{date_text, widened};
use crate::claim::{format_value, Claim, ClaimId};
use crate::engine::{dated_severity, Rule};
use crate::finding::Finding;

/// Adds a finding for each distinct total value that contradicts a list's sum.
pub fn check(rule: &Rule, groups: &[Vec<&Claim>], out: &mut Vec<Finding>) {
    for claims in groups {
        let mut lists: BTreeMap<ClaimId, Vec<&Claim>> = BTreeMap::new();
        let mut totals: Vec<&Claim> = Vec::new();
        for claim in claims {
            match claim.list {
                Some(list) => lists.entry(list).or_default().push(claim),
                None if claim.group.is_none() && claim.part_of.is_none() => totals.push(claim),
                None => {}
            }
        }
        if totals.is_empty() {
            continue;
        }
        let bounds = |c: &Claim| widened(c, &rule.tolerance);
        let mut by_high = totals.clone();
        by_high.sort_by(|a, b| bounds(a).1.total_cmp(&bounds(b).1));
        let mut by_low = totals;
        by_low.sort_by(|a, b| bounds(a).0.total_cmp(&bounds(b).0));
        for parts in lists.values().filter(|p| p.len() >= 2) {
            let sum: f64 = parts.iter().map(|p| p.value).sum();
            let sum_low: f64 = parts.iter().map(|p| p.low.unwrap_or(0.0)).sum();
            let sum_high: f64 = parts.iter().map(|p| p.high.unwrap_or(f64::INFINITY)).sum();
            let below = by_high.partition_point(|t| bounds(t).1 < sum_low);
            let above = by_low.partition_point(|t| bounds(t).0 <= sum_high);
            let mut conflicting: Vec<&Claim> = by_high[..below]
                .iter()
                .chain(&by_low[above..])
                .copied()
                .collect();
            conflicting.sort_by_key(|c| c.id);
            // One finding per distinct total figure, all its mentions labelled.
            let mut by_value: Vec<(f64, Vec<&Claim>)> = Vec::new();
            for total in conflicting {
                match by_value.iter_mut().find(|(v, _)| *v == total.value) {
                    Some((_, same)) => same.push(total),
                    None => by_value.push((total.value, vec![total])),
                }
            }
            for (_, same) in by_value {
                out.push(finding(rule, &same, parts, sum));
            }
        }
    }
}

fn finding(rule: &Rule, totals: &[&Claim], parts: &[&Claim], sum: f64) -> Finding {
    let total = totals[0];
    let (severity, note) = dated_severity(rule, total, parts[0]);
    let parts_text = parts
        .iter()
        .map(|p| p.describe())
        .collect::<Vec<_>>()
        .join(" + ");
    let mut message = rule.message.render(|var| match var {
        "category" => total.category.clone(),
        "total" => total.describe(),
        "parts" => parts_text.clone(),
        "sum" => format_value(sum),
        "total_source" => total
            .source
            .clone()
            .unwrap_or_else(|| "unattributed".into()),
        "total_date" => date_text(total),
        _ => String::new(),
    });
    message.push_str(note.as_deref().unwrap_or(""));
    let mut claims = vec![total.id];
    let mut roles = vec!["total"];
    for part in parts {
        claims.push(part.id);
        roles.push("part");
    }
    for other in &totals[1..] {
        claims.push(other.id);
        roles.push("same total");
    }
    Finding {
        rule: rule.id.clone(),
        severity,
        message,
        category: total.category.clone(),
        claims,
        roles,
        values: [total.value, sum],
        help: rule.help.clone(),
    }
}
