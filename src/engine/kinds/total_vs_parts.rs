//! `total-vs-parts`: a stated total ("plus de 164 morts") must hold the sum of the parts of a
//! list in the same scope ("26 manifestants et 16 policiers tués" = 42).
//!
//! Totals are the selected claims that are no part of a list or a breakdown and name no group.
//! A list is held against the totals stated nearest to it in the text (at most `REACH` on each
//! side), and gives at most `MAX_VALUES` findings, one per distinct total figure with all its
//! mentions labelled: the cost is linear in the claims even when every total of a long document
//! disagrees with every list. A list that breaks down one figure is held against that figure
//! alone; with `whole: stated`, only such lists are checked.

use rustc_hash::FxHashMap;

use super::{date_text, widened};
use crate::claim::{format_value, Claim, ClaimId};
use crate::engine::schema::Whole;
use crate::engine::{dated_severity, different_days, Rule};
use crate::finding::Finding;

/// How many totals on each side of a list it is held against.
const REACH: usize = 32;
/// How many distinct total figures one list is reported against.
const MAX_VALUES: usize = 3;
/// How many mentions of one total figure are labelled.
const MAX_MENTIONS: usize = 8;

/// Adds a finding for each total figure near a list that contradicts the list's sum.
pub fn check(rule: &Rule, groups: &[&[&Claim]], out: &mut Vec<Finding>) {
    for &claims in groups {
        let mut lists: FxHashMap<ClaimId, Vec<&Claim>> = FxHashMap::default();
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
        totals.sort_by_key(|c| c.id);
        // "La veille, les autorités faisaient état de 168 morts": a toll that a larger one of a
        // later day has overtaken is an update's past, not the total of today's parts. (The
        // largest toll of the latest day is kept: linear in the totals.)
        let latest = totals
            .iter()
            .filter_map(|t| t.date.map(|d| (d, t.value)))
            .max_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
        totals.retain(|t| match (t.date, latest) {
            (Some(d), Some((last, value))) => !(d < last && t.value < value),
            _ => true,
        });
        let mut mentions: FxHashMap<u64, Vec<&Claim>> = FxHashMap::default();
        for total in &totals {
            let same = mentions.entry(total.value.to_bits()).or_default();
            if same.len() < MAX_MENTIONS {
                same.push(total);
            }
        }
        let mut lists: Vec<Vec<&Claim>> = lists.into_values().filter(|p| p.len() >= 2).collect();
        lists.sort_by_key(|p| p[0].id);
        for parts in lists {
            let sum = super::sum(parts.iter().map(|p| p.value));
            let sum_low = super::sum(parts.iter().map(|p| p.low.unwrap_or(0.0)));
            let sum_high = super::sum(parts.iter().map(|p| p.high.unwrap_or(f64::INFINITY)));
            // "Naga alone put its toll at 14" is no total of parts counted in other places; a
            // figure given for comparison, or a vague band ("hundreds treated"), is no total
            // of the text's.
            let elsewhere = |t: &Claim| {
                t.place.is_some()
                    && parts
                        .iter()
                        .all(|p| p.place.is_some() && p.place != t.place)
            };
            // "21 teenagers and 17 adults; five remain in critical condition": a figure smaller
            // than one part counts some of them, not all.
            let largest_part = parts
                .iter()
                .map(|p| p.low.unwrap_or(0.0))
                .fold(0.0, f64::max);
            // "81 morts, dont 64 hommes, 12 femmes et 8 enfants": parts that break down one
            // figure are held against it alone, not against an earlier toll of 78; and parts
            // given place by place for the figure they break down are in its places.
            let own_whole = parts[0]
                .part_of
                .filter(|w| parts.iter().all(|p| p.part_of == Some(*w)));
            if own_whole.is_none() && rule.whole == Whole::Stated {
                continue;
            }
            let conflicts = |t: &Claim| {
                let (low, high) = widened(t, &rule.tolerance);
                own_whole.is_none_or(|w| t.id == w)
                    && (high < sum_low || low > sum_high)
                    && high >= largest_part
                    && (own_whole.is_some() || !elsewhere(t))
                    && t.is_firm_count()
            };
            // Nearest first: alternately before and after the list's first part.
            let at = totals.partition_point(|t| t.id < parts[0].id);
            let before = totals[at.saturating_sub(REACH)..at].iter().rev();
            let after = totals[at..(at + REACH).min(totals.len())].iter();
            let mut values: Vec<f64> = Vec::new();
            for total in interleave(before, after) {
                if values.len() == MAX_VALUES {
                    break;
                }
                if conflicts(total) && !values.contains(&total.value) {
                    values.push(total.value);
                }
            }
            values.sort_by(|a, b| {
                let first = |v: &f64| mentions[&v.to_bits()][0].id;
                first(a).cmp(&first(b))
            });
            for value in values {
                out.push(finding(rule, &mentions[&value.to_bits()], &parts, sum));
            }
        }
    }
}

/// `a[0], b[0], a[1], b[1], …`, then the rest of the longer.
fn interleave<'a, T: 'a>(
    a: impl Iterator<Item = &'a T>,
    b: impl Iterator<Item = &'a T>,
) -> impl Iterator<Item = &'a T> {
    let (mut a, mut b) = (a.fuse(), b.fuse());
    let mut turn = false;
    std::iter::from_fn(move || {
        turn = !turn;
        if turn {
            a.next().or_else(|| b.next())
        } else {
            b.next().or_else(|| a.next())
        }
    })
}

fn finding(rule: &Rule, totals: &[&Claim], parts: &[&Claim], sum: f64) -> Finding {
    let total = totals[0];
    let (severity, note) = dated_severity(rule, different_days(total, parts[0]));
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
