//! `consistency`: claims about the same quantity (one category, unit and group, within the
//! rule's scope) must have overlapping intervals.
//!
//! The claims are sorted by the low end of their (tolerance-widened) interval and swept once,
//! merging overlapping intervals into clusters of figures that agree; an open figure ("au
//! moins 23") joins the highest cluster it reaches rather than bridging them all. Each gap between two
//! neighbouring clusters is one finding, comparing the most precise figure of each: "près de
//! 8.000" and 7.989 agree, 5.800 stands apart from both. Totals ("in total") are swept apart
//! and only flagged when they fall short of a single figure. Cost: O(n log n) in the claims.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use super::{date_text, widened, width};
use crate::claim::{is_wider_area, Claim, Qualifier};
use crate::date::Date;
use crate::engine::{dated_severity, day_of, different_days, Rule};
use crate::finding::Finding;

/// The figures of one group and place: day's counts first, totals second.
type CountsAndTotals<'a> = [Vec<&'a Claim>; 2];

/// Adds a finding for each gap between clusters of agreeing figures.
pub fn check(rule: &Rule, groups: &[&[&Claim]], out: &mut Vec<Finding>) {
    for &claims in groups {
        let first_finding = out.len();
        // Who is counted and where matters: 26 protesters and 16 policemen do not disagree, nor
        // do a city and the country. A part of a list or breakdown with no group of its own is
        // only meaningful inside its whole.
        let mut by_group: BTreeMap<(Option<&str>, Option<&str>), CountsAndTotals> = BTreeMap::new();
        // The places parts are given for ("29 in Birmingham and 14 in Wolverhampton").
        let mut parts_places = Vec::new();
        for claim in claims {
            if (claim.list.is_some() || claim.part_of.is_some()) && claim.group.is_none() {
                parts_places.extend(claim.place.as_deref());
                continue;
            }
            if !claim.is_firm_count() {
                continue;
            }
            by_group
                .entry((claim.group.as_deref(), claim.place.as_deref()))
                .or_default()[usize::from(claim.total)]
            .push(claim);
        }
        merge_the_one_place(&mut by_group, &parts_places);
        // "Two people were killed" against "the deaths of the three protesters": one group
        // never counts more than everyone, unless the rule counts it apart.
        let counted_apart = |g: &str| rule.apart.iter().any(|a| a == g);
        for (&(group, place), [counts, _]) in &by_group {
            if group.is_none_or(counted_apart) {
                continue;
            }
            if let Some(everyone) = by_group.get(&(None, place)) {
                group_above_everyone(rule, counts, everyone, out);
            }
        }
        for [counts, totals] in by_group.into_values() {
            below_a_count(rule, &totals, &counts, out);
            sweep(rule, counts, out);
            sweep(rule, totals, out);
        }
        merge_repeated(out, first_finding);
    }
}

/// "27 dead in crush at Sankara Hill" in a headline and "Twenty-seven pilgrims" in the body,
/// against 34 in the next dispatch: the same two figures set apart twice, for a place the
/// headline names and for none, are one finding with every claim of both.
fn merge_repeated(out: &mut Vec<Finding>, from: usize) {
    let mut first_of: FxHashMap<[u64; 2], usize> = FxHashMap::default();
    let mut kept = from;
    for n in from..out.len() {
        let key = out[n].values.map(f64::to_bits);
        match first_of.get(&key) {
            Some(&m) => {
                let repeat = std::mem::take(&mut out[n].claims);
                let roles = std::mem::take(&mut out[n].roles);
                for (claim, role) in repeat.into_iter().zip(roles) {
                    if !out[m].claims.contains(&claim) {
                        out[m].claims.push(claim);
                        out[m].roles.push(role);
                    }
                }
            }
            None => {
                first_of.insert(key, kept);
                out.swap(kept, n);
                kept += 1;
            }
        }
    }
    out.truncate(kept);
}

/// "Killing at least 17 miners near Zonguldak", then "15 miners had died": where the body of
/// a story names one place only for a group's figures, and names it with the first of them,
/// the figures that name none are of that place too. A place first named for a later figure
/// is more often a part ("31 died, 8 of them in Blantyre"), a headline's place may be the
/// region of a national count ("kills 23 in Nigeria's Ondo state"), and a figure without a
/// place stays apart from figures of several places (a city and the country).
fn merge_the_one_place<'a>(
    by_group: &mut BTreeMap<(Option<&'a str>, Option<&'a str>), CountsAndTotals<'a>>,
    parts_places: &[&str],
) {
    // The first figure of the body, by group and place.
    let first_in_body = |claims: &CountsAndTotals| {
        claims
            .iter()
            .flatten()
            .filter(|c| !c.headline)
            .map(|c| c.span.start)
            .min()
    };
    // Each group's one place named in the body, with its first figure; `None` for several.
    let mut only_place: BTreeMap<Option<&str>, Option<(&str, u32)>> = BTreeMap::new();
    for (&(group, place), claims) in by_group.iter() {
        let (Some(place), Some(first)) = (place, first_in_body(claims)) else {
            continue;
        };
        // "Au niveau national, 412 décès": the country's count beside the story's place.
        if is_wider_area(place) {
            continue;
        }
        only_place
            .entry(group)
            .and_modify(|one| *one = None)
            .or_insert(Some((place, first)));
    }
    for (group, one) in only_place {
        let Some((place, placed_first)) = one else {
            continue;
        };
        if parts_places.iter().any(|&p| p != place) {
            continue;
        }
        let placeless_first = by_group.get(&(group, None)).and_then(first_in_body);
        // A place first named for a later figure is a part of the figures before, unless it
        // counts more than any of them on a later day: "six dead" on Monday, then "nine in
        // Kazo" on Thursday is the toll risen, not a part of it.
        let counts = |place| {
            by_group
                .get(&(group, place))
                .into_iter()
                .flat_map(|[counts, _]| counts.iter().copied())
        };
        let placeless_most = counts(None)
            .map(|c| c.value)
            .fold(f64::NEG_INFINITY, f64::max);
        let day = |c: &Claim| c.date.or(c.published);
        let placeless_last_day = counts(None).filter_map(day).max();
        let risen = placeless_last_day.is_some()
            && counts(Some(place)).all(|c| c.value > placeless_most && day(c) > placeless_last_day);
        if placeless_first.is_none_or(|start| start < placed_first && !risen) {
            continue;
        }
        if let Some([counts, totals]) = by_group.remove(&(group, None)) {
            let [into_counts, into_totals] = by_group.entry((group, Some(place))).or_default();
            into_counts.extend(counts);
            into_totals.extend(totals);
        }
    }
}

/// A total ("au total", "in total") may exceed the figure of one day, but never fall short of
/// one: each total is checked against the largest figure it cannot hold.
fn below_a_count(rule: &Rule, totals: &[&Claim], counts: &[&Claim], out: &mut Vec<Finding>) {
    let largest = counts.iter().copied().max_by(|a, b| {
        widened(a, &rule.tolerance)
            .0
            .total_cmp(&widened(b, &rule.tolerance).0)
    });
    let Some(largest) = largest else { return };
    let floor = widened(largest, &rule.tolerance).0;
    for total in totals {
        if widened(total, &rule.tolerance).1 < floor && comparable(rule, total, largest) {
            out.push(finding(
                rule,
                (largest, &[largest]),
                (total, &[total]),
                None,
            ));
        }
    }
}

/// The largest figure of a group against the closest figure for everyone, a count or a total,
/// that falls short of it: "14 officers were injured", then "in total, 12 people were hurt".
fn group_above_everyone(
    rule: &Rule,
    group: &[&Claim],
    [everyone, totals]: &CountsAndTotals<'_>,
    out: &mut Vec<Finding>,
) {
    let low = |c: &&Claim| widened(c, &rule.tolerance).0;
    let high = |c: &&Claim| widened(c, &rule.tolerance).1;
    // A part of a breakdown ("dont neuf enfants") is held against its own whole already.
    let largest = group
        .iter()
        .filter(|c| c.part_of.is_none())
        .max_by(|a, b| low(a).total_cmp(&low(b)));
    let Some(largest) = largest else {
        return;
    };
    let short = everyone
        .iter()
        .chain(totals)
        .filter(|c| high(c) < low(largest) && !one_sentence(c, largest))
        .max_by(|a, b| high(a).total_cmp(&high(b)))
        .filter(|short| comparable(rule, short, largest));
    if let Some(short) = short {
        out.push(finding(
            rule,
            (short, &[short]),
            (largest, &[largest]),
            None,
        ));
    }
}

fn sweep(rule: &Rule, mut claims: Vec<&Claim>, out: &mut Vec<Finding>) {
    if claims.len() < 2 {
        return;
    }
    claims.sort_by(|a, b| {
        let (la, _) = widened(a, &rule.tolerance);
        let (lb, _) = widened(b, &rule.tolerance);
        la.total_cmp(&lb).then(a.id.cmp(&b.id))
    });
    // An open figure ("au moins 23") would bridge every cluster above it, hiding a gap
    // between 37 and 41: the clusters are made of bounded figures, and an open one joins the
    // highest cluster it reaches, or stands apart above them all ("more than 2,800" against 81).
    let (bounded, open): (Vec<&Claim>, Vec<&Claim>) = claims
        .into_iter()
        .partition(|c| widened(c, &rule.tolerance).1.is_finite());
    let mut clusters: Vec<Vec<&Claim>> = Vec::new();
    let mut reach = f64::NEG_INFINITY;
    for claim in bounded {
        let (low, high) = widened(claim, &rule.tolerance);
        match clusters.last_mut() {
            Some(cluster) if low <= reach => cluster.push(claim),
            _ => clusters.push(vec![claim]),
        }
        reach = reach.max(high);
    }
    // Clusters are disjoint and sorted, so the top one reaches highest: an open figure that
    // reaches any cluster reaches it. Open figures agree with each other: above a cluster that
    // holds one, they join it.
    let (reaching, above): (Vec<&Claim>, Vec<&Claim>) = open
        .into_iter()
        .partition(|c| widened(c, &rule.tolerance).0 <= reach);
    match clusters.last_mut() {
        Some(top) if !reaching.is_empty() => top.extend(reaching.into_iter().chain(above)),
        _ if !above.is_empty() => clusters.push(above),
        _ => {}
    }
    let representatives: Vec<&Claim> = clusters.iter().map(|c| representative(c)).collect();
    for (n, pair) in clusters.windows(2).enumerate() {
        let (low, high) = (representatives[n], representatives[n + 1]);
        let days = different_days(low, high);
        if comparable_on_days(rule, low, high, days.is_some())
            && (days.is_some() || !announced_rise(&pair[0], &pair[1]))
            && (!one_sentence(low, high) || reported_earlier(low, high))
        {
            out.push(finding(rule, (low, &pair[0]), (high, &pair[1]), days));
        }
    }
    if let Some(top) = clusters.last() {
        outdated_lower_bound(rule, top, out);
    }
}

/// "At least 17 killed" on the day of a crash, "the toll has risen to 21" the next: a
/// provisional toll agrees with the later count, but copy that still prints it is out of date.
/// The latest "at least" figure of a cluster is held against the most precise figure of a later
/// day that lies beyond the figure's rounding (10 %) and the rule's tolerance, and reported as
/// the probable update it is. "More than 700" is a rounded figure, not a provisional one.
fn outdated_lower_bound(rule: &Rule, cluster: &[&Claim], out: &mut Vec<Finding>) {
    let mut open: Vec<&Claim> = cluster
        .iter()
        .copied()
        .filter(|c| c.qualifier == Qualifier::AtLeast)
        .collect();
    open.sort_by(|a, b| b.value.total_cmp(&a.value).then(a.id.cmp(&b.id)));
    for open in open {
        let Some(day) = open.date.or(open.published) else {
            continue;
        };
        let beyond = open.value * 1.1 + rule.tolerance.slack(open.value);
        let later: Vec<&Claim> = cluster
            .iter()
            .copied()
            .filter(|c| width(c).is_finite() && widened(c, &rule.tolerance).0 > beyond)
            .filter(|c| c.article == open.article && c.date.is_some_and(|d| d > day))
            .filter(|c| comparable(rule, open, c))
            .collect();
        if let Some(update) = later.iter().copied().min_by_key(|c| c.id) {
            let days = update.date.map(|d| (day, d));
            out.push(finding(rule, (open, &[open]), (update, &later), days));
            return;
        }
    }
}

/// Whether `high` is near enough `low` to count the same thing, by the rule's `within:`.
fn comparable(rule: &Rule, low: &Claim, high: &Claim) -> bool {
    comparable_on_days(rule, low, high, false)
}

/// [`comparable`], with room for a count that grew from one day to the next: figures of
/// different days may be `within` squared apart (1 240 evacuated on Monday, 1 870 on Tuesday).
fn comparable_on_days(rule: &Rule, low: &Claim, high: &Claim, different_days: bool) -> bool {
    rule.within.is_none_or(|within| {
        let reach = if different_days {
            within * within
        } else {
            within
        };
        high.value <= low.value * reach
    })
}

/// "1.412 décès en Auvergne-Rhône-Alpes, l'Occitanie (980)": two figures of one sentence
/// count different things (places, groups, days) far more often than they contradict.
fn one_sentence(a: &Claim, b: &Claim) -> bool {
    (a.file, a.article, a.sentence) == (b.file, b.article, b.sentence)
}

/// "trois personnes sont mortes, a annoncé la préfecture, qui faisait encore état de deux décès
/// mardi soir": one sentence, but the smaller figure is the count of an earlier day.
fn reported_earlier(a: &Claim, b: &Claim) -> bool {
    let (low, high) = if a.value < b.value { (a, b) } else { (b, a) };
    matches!((low.date, high.date), (Some(l), Some(h)) if l < h)
}

/// "The toll rose to 19": a figure the text announces as risen, after the smaller ones, updates
/// them. Of the same day, that is no contradiction; of a later day, it is reported as the
/// probable update it is.
fn announced_rise(low: &[&Claim], high: &[&Claim]) -> bool {
    let last_low = low.iter().map(|c| c.id).max();
    high.iter().any(|c| c.update && Some(c.id) > last_low)
}

/// The most precise figure of a cluster, dated rather than not and attributed rather than not
/// (a headline's "toll rises to 14" against the body's "14 on Friday, officials said"): the one
/// the finding compares.
fn representative<'a>(cluster: &[&'a Claim]) -> &'a Claim {
    cluster
        .iter()
        .copied()
        .min_by(|a, b| {
            width(a)
                .total_cmp(&width(b))
                .then(a.date.is_none().cmp(&b.date.is_none()))
                .then(a.source.is_none().cmp(&b.source.is_none()))
                .then(a.id.cmp(&b.id))
        })
        .unwrap_or(cluster[0])
}

/// The finding between two clusters, each given with its representative.
/// `days` are the two figures' days, earlier first, when the caller knows them better than
/// their dates say (a provisional toll is of its article's day); when the figures are of
/// different days, the finding is a probable update, at the rule's update severity.
fn finding<'a>(
    rule: &Rule,
    (mut first, low): (&'a Claim, &[&'a Claim]),
    (mut second, high): (&'a Claim, &[&'a Claim]),
    days: Option<(Date, Date)>,
) -> Finding {
    let days = days.or_else(|| different_days(first, second));
    // Earlier date first when both are dated, else text order.
    let swap = match (day_of(first, second), day_of(second, first)) {
        (Some(a), Some(b)) if a != b => a > b,
        _ if days.is_some() => false,
        _ => first.id > second.id,
    };
    let (mut first_cluster, mut second_cluster) = (low, high);
    if swap {
        std::mem::swap(&mut first, &mut second);
        std::mem::swap(&mut first_cluster, &mut second_cluster);
    }
    let (severity, note) = dated_severity(rule, days);
    let dated = note.is_some();
    let mut message = rule.message.render(|var| match var {
        "category" => first.category.clone(),
        "noun" => first.noun.clone().unwrap_or_default(),
        "first" => first.describe(),
        "second" => second.describe(),
        "first_date" => date_text(first),
        "second_date" => date_text(second),
        "first_source" => first
            .source
            .clone()
            .unwrap_or_else(|| "unattributed".into()),
        "second_source" => second
            .source
            .clone()
            .unwrap_or_else(|| "unattributed".into()),
        _ => String::new(),
    });
    message.push_str(note.as_deref().unwrap_or(""));
    let mut claims = vec![first.id, second.id];
    let [first_role, second_role, with_first, with_second] = if dated {
        [
            "earlier figure",
            "later figure",
            "agrees with the earlier",
            "agrees with the later",
        ]
    } else {
        [
            "one figure",
            "another figure",
            "agrees with the first",
            "agrees with the second",
        ]
    };
    let mut roles = vec![first_role, second_role];
    for (cluster, rep, role) in [
        (first_cluster, first, with_first),
        (second_cluster, second, with_second),
    ] {
        for claim in cluster.iter().filter(|c| c.id != rep.id) {
            claims.push(claim.id);
            roles.push(role);
        }
    }
    Finding {
        rule: rule.id.clone(),
        severity,
        message,
        category: first.category.clone(),
        claims,
        roles,
        values: [first.value, second.value],
        help: rule.help.clone(),
    }
}
