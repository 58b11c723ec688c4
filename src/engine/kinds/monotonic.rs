//! `monotonic`: a cumulative figure (a death toll, an arrest count) must not go down from one
//! date to a later one. A rise is an update: reported only when the rule sets
//! `update-severity`.
//!
//! Dated claims of one quantity (category, unit, group, place) are sorted by date and each date
//! compared with the next: O(n log n). Parts, vague bands ("dozens"), and figures given for
//! comparison or telling how a count rose ("après la découverte de deux corps"), are no toll of
//! their own.

use std::collections::BTreeMap;

use super::{date_text, widened};
use crate::claim::Claim;
use crate::engine::{Rule, Severity};
use crate::finding::Finding;

/// Adds a finding for each drop, and for each rise when updates are reported.
pub fn check(rule: &Rule, groups: &[&[&Claim]], report_updates: bool, out: &mut Vec<Finding>) {
    for &claims in groups {
        let mut by_quantity: BTreeMap<(Option<&str>, Option<&str>), Vec<&Claim>> = BTreeMap::new();
        for claim in claims.iter().filter(|c| {
            c.date.is_some() && c.list.is_none() && c.part_of.is_none() && c.is_firm_count()
        }) {
            by_quantity
                .entry((claim.group.as_deref(), claim.place.as_deref()))
                .or_default()
                .push(claim);
        }
        for mut dated in by_quantity.into_values() {
            dated.sort_by_key(|c| (c.date, c.id));
            // One figure per day: the most precise.
            let mut days: Vec<&Claim> = Vec::new();
            for claim in dated {
                match days.last_mut() {
                    Some(last) if last.date == claim.date => {
                        if super::width(claim) < super::width(last) {
                            *last = claim;
                        }
                    }
                    _ => days.push(claim),
                }
            }
            for pair in days.windows(2) {
                let (earlier, later) = (pair[0], pair[1]);
                let (earlier_low, earlier_high) = widened(earlier, &rule.tolerance);
                let (later_low, later_high) = widened(later, &rule.tolerance);
                let severity = if later_high < earlier_low {
                    rule.severity
                } else if later_low > earlier_high && report_updates {
                    rule.update_severity
                } else {
                    continue;
                };
                out.push(finding(rule, severity, earlier, later));
            }
        }
    }
}

fn finding(rule: &Rule, severity: Severity, earlier: &Claim, later: &Claim) -> Finding {
    let message = rule.message.render(|var| match var {
        "category" => earlier.category.clone(),
        "first" => earlier.describe(),
        "second" => later.describe(),
        "first_date" => date_text(earlier),
        "second_date" => date_text(later),
        _ => String::new(),
    });
    Finding {
        rule: rule.id.clone(),
        severity,
        message,
        category: earlier.category.clone(),
        claims: vec![earlier.id, later.id],
        roles: vec!["earlier figure", "later figure"],
        values: [earlier.value, later.value],
        help: rule.help.clone(),
    }
}
