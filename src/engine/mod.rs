//! The rule engine: YAML rules run over the claim store, each kind a sweep over claims grouped
//! by scope and sorted by value, never a loop over pairs of claims.

mod compile;
mod kinds;
pub mod load;
pub mod schema;
mod selector;
mod template;

use rustc_hash::FxHashMap;

pub use compile::{placeholders, Rule};
pub use schema::{Kind, Scope, Severity, Tolerance};
pub use selector::{ScopeKey, Selector};

use crate::claim::{Claim, ClaimId, ClaimStore};
use crate::date::Date;
use crate::error::Error;
use crate::finding::Finding;
use crate::lexicon::Lexicon;

/// The rules of a run, in load order.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    /// The compiled rules.
    pub rules: Vec<Rule>,
    /// Plausible exchange rates, from every pack's `rates:`.
    pub rates: Vec<schema::Rate>,
}

/// Where rules come from.
#[derive(Debug, Clone, Default)]
pub struct RuleSources {
    /// Leave out the embedded default pack.
    pub no_default: bool,
    /// Extra packs, read in order; a rule whose id is already loaded replaces it.
    pub paths: Vec<String>,
    /// Rule ids not to run, and new severities by rule id, with the file that names them.
    pub overrides: Option<Overrides>,
}

/// Changes to loaded rules that a configuration file asks for.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// Rule ids not to run.
    pub disable: Vec<String>,
    /// New severities by rule id.
    pub severity: Vec<(String, Severity)>,
    /// The file that names them, and its text, to point at an unknown id.
    pub file: (String, String),
}

impl RuleSet {
    /// Loads the packs of `sources`, adding their vocabulary to `lexicon` first so that their
    /// rules may select the categories they define.
    ///
    /// # Errors
    /// An unreadable pack, invalid YAML, a rule that does not compile.
    pub fn load(sources: &RuleSources, lexicon: &mut Lexicon) -> Result<Self, Error> {
        let mut packs = Vec::new();
        if !sources.no_default {
            for (name, text) in [load::DEFAULT_PACK, load::DEFAULT_RATES] {
                let pack = load::parse_pack(name, text)?;
                packs.push((name.to_string(), text.to_string(), pack));
            }
        }
        for path in &sources.paths {
            packs.push(load::read_pack(path)?);
        }
        for (name, text, pack) in &packs {
            for raw in &pack.lexicon {
                lexicon.add(name, text, raw)?;
            }
        }
        let mut set = Self::default();
        for (_, _, pack) in &packs {
            set.rates.extend(pack.rates.iter().cloned());
        }
        // Every rule is compiled, so that one run shows every mistake.
        let mut errors = Vec::new();
        for (name, text, pack) in packs {
            for raw in pack.rules {
                match compile::compile(raw, &name, &text, lexicon) {
                    Ok(rule) => match set.rules.iter_mut().find(|r| r.id == rule.id) {
                        Some(slot) => *slot = rule,
                        None => set.rules.push(rule),
                    },
                    Err(e) => errors.push(e),
                }
            }
        }
        if let Some(overrides) = &sources.overrides {
            errors.extend(set.apply(overrides));
        }
        if let Some(error) = Error::combine(errors) {
            return Err(error);
        }
        Ok(set)
    }

    /// Disables rules and changes severities; an id that names no rule is a mistake.
    fn apply(&mut self, overrides: &Overrides) -> Vec<Error> {
        let mut errors = Vec::new();
        let ids: Vec<String> = self.rules.iter().map(|r| r.id.clone()).collect();
        let mut unknown = |id: &str| {
            let (name, text) = &overrides.file;
            errors.push(load::unknown_id(
                name,
                text,
                id,
                ids.iter().map(String::as_str),
            ));
        };
        for (id, severity) in &overrides.severity {
            match self.rules.iter_mut().find(|r| &r.id == id) {
                Some(rule) => {
                    rule.severity = *severity;
                    // A rule turned down is turned down for updates too.
                    rule.update_severity = rule.update_severity.min(*severity);
                }
                None => unknown(id),
            }
        }
        for id in &overrides.disable {
            match self.rules.iter().position(|r| &r.id == id) {
                Some(i) => {
                    self.rules.remove(i);
                }
                None => unknown(id),
            }
        }
        errors
    }

    /// Runs every rule over `store`. Findings come out in rule order, then text order.
    #[must_use]
    pub fn check(&self, store: &ClaimStore) -> Vec<Finding> {
        let mut findings = Vec::new();
        for rule in &self.rules {
            let grouped = group(store, rule);
            let groups = grouped.groups();
            match rule.kind {
                Kind::Consistency => kinds::consistency::check(rule, &groups, &mut findings),
                Kind::TotalVsParts => kinds::total_vs_parts::check(rule, &groups, &mut findings),
                Kind::Breakdown => kinds::breakdown::check(rule, &groups, &mut findings),
                Kind::Monotonic => {
                    kinds::monotonic::check(rule, &groups, rule.reports_updates, &mut findings)
                }
                Kind::Range => kinds::range::check(rule, &groups, &mut findings),
                Kind::Conversion => {
                    kinds::conversion::check(rule, &groups, &self.rates, &mut findings);
                }
                Kind::WithdrawnFigure => {
                    kinds::withdrawn_figure::check(rule, &groups, &mut findings);
                }
            }
        }
        dedupe(findings, &self.rules)
    }

    /// The rule with this id.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

/// One contradiction, one finding. A finding is left out when it compares the same two values,
/// sharing one of its claims, as an earlier finding of its rule (a headline repeating the body's
/// toll); for a `consistency` finding, as a drop over time (a dated drop is both an "update"
/// warning and a `monotonic` error); for a `breakdown` finding, as a total against its parts
/// ("22 taken to hospital … 15 children and nine adults": the parts of one whole exceed it, and
/// their sum contradicts it). Other findings all stay, so a desk's own rule is never hidden
/// behind a default one.
fn dedupe(findings: Vec<Finding>, rules: &[Rule]) -> Vec<Finding> {
    let kind_of: FxHashMap<&str, Kind> = rules.iter().map(|r| (r.id.as_str(), r.kind)).collect();
    let is = |f: &Finding, kind: Kind| kind_of.get(f.rule.as_str()) == Some(&kind);
    // The two values compared, in either order, with each claim of the finding.
    let keys = |f: &Finding| {
        let mut values = f.values.map(f64::to_bits);
        values.sort_unstable();
        f.claims
            .iter()
            .map(move |&id| (values, id))
            .collect::<Vec<_>>()
    };
    let found_by = |kind: Kind| -> rustc_hash::FxHashSet<_> {
        findings
            .iter()
            .filter(|f| is(f, kind))
            .flat_map(keys)
            .collect()
    };
    let (drops, sums) = (found_by(Kind::Monotonic), found_by(Kind::TotalVsParts));
    let mut seen = rustc_hash::FxHashSet::default();
    findings
        .into_iter()
        .filter(|f| {
            let keys = keys(f);
            let repeats_drop =
                is(f, Kind::Consistency) && keys.iter().any(|key| drops.contains(key));
            let repeats_sum = is(f, Kind::Breakdown) && keys.iter().any(|key| sums.contains(key));
            let mut repeated = false;
            for (values, id) in keys {
                repeated |= !seen.insert((f.rule.clone(), values, id));
            }
            !(repeats_drop || repeats_sum || repeated)
        })
        .collect()
}

/// Claims that a rule compares with each other: same scope, category, unit and year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct GroupKey<'a> {
    scope: ScopeKey,
    category: &'a str,
    unit: &'a str,
    year: Option<i32>,
    /// The noun counted, for a rule that compares counts noun by noun.
    noun: Option<&'a str>,
}

impl<'a> GroupKey<'a> {
    /// The key of `claim`, of the category named `category`, for `rule`.
    fn of(claim: &'a Claim, rule: &Rule, category: &'a str) -> Self {
        GroupKey {
            scope: ScopeKey::of(claim, rule.scope),
            category,
            // A conversion compares amounts in different currencies.
            unit: if rule.kind == Kind::Conversion {
                ""
            } else {
                claim.unit.as_str()
            },
            year: claim.year,
            noun: if rule.selector.by_noun.is_some() {
                claim.noun.as_deref()
            } else {
                None
            },
        }
    }
}

/// A rule's selected claims grouped by [`GroupKey`], in one buffer rather than one vector per
/// group (a rule at article scope makes thousands of small groups): each group's claims lie
/// together in text order, the groups in the order of their first claim.
#[derive(Default)]
struct Grouped<'a> {
    claims: Vec<&'a Claim>,
    /// Where each group ends in `claims`.
    ends: Vec<usize>,
}

impl<'a> Grouped<'a> {
    /// The groups, in order.
    fn groups(&self) -> Vec<&[&'a Claim]> {
        let mut start = 0;
        self.ends
            .iter()
            .map(|&end| {
                let group = &self.claims[start..end];
                start = end;
                group
            })
            .collect()
    }

    /// Appends the groups of `slotted`, claims tagged with the index of their group in order
    /// of first appearance, and empties it.
    fn append(&mut self, slotted: &mut Vec<(usize, &'a Claim)>) {
        // Stable: a group's claims stay in text order.
        slotted.sort_by_key(|&(slot, _)| slot);
        for (k, &(slot, claim)) in slotted.iter().enumerate() {
            self.claims.push(claim);
            if slotted.get(k + 1).is_none_or(|&(next, _)| next != slot) {
                self.ends.push(self.claims.len());
            }
        }
        slotted.clear();
    }
}

/// The selected claims of `store`, grouped by [`GroupKey`] in the order of each group's first
/// claim.
fn group<'a>(store: &'a ClaimStore, rule: &'a Rule) -> Grouped<'a> {
    // A rule that names its categories reads only their claims, from the store's index: a scan
    // of every claim would read them all from memory, once per rule.
    let ids: Option<Vec<ClaimId>> = rule.selector.category.as_ref().map(|categories| {
        let mut ids: Vec<ClaimId> = categories
            .iter()
            .flat_map(|c| store.ids_of_category(c))
            .copied()
            .collect();
        if categories.len() > 1 {
            ids.sort_unstable();
            ids.dedup();
        }
        ids
    });
    let candidates = || -> Box<dyn Iterator<Item = &'a Claim> + '_> {
        match &ids {
            Some(ids) => Box::new(
                ids.iter()
                    .map(|&id| &store[id])
                    .filter(|c| rule.selector.matches_besides_category(c)),
            ),
            None => Box::new(store.all().iter().filter(|c| rule.selector.matches(c))),
        }
    };
    // With one category, every candidate has it: the key takes the rule's copy of the name,
    // so that grouping does not read each claim's.
    let single = match rule.selector.category.as_deref() {
        Some([category]) => Some(category.as_str()),
        _ => None,
    };
    let key = |claim: &'a Claim| GroupKey::of(claim, rule, single.unwrap_or(&claim.category));
    let within_a_file = matches!(rule.scope, Scope::Sentence | Scope::Article | Scope::Story);
    within_a_file
        .then(|| group_by_runs(candidates(), key))
        .flatten()
        .unwrap_or_else(|| group_by_hash(candidates(), key))
}

/// Groups claims whose scopes come one run after another, as claims in text order do at the
/// scopes of a sentence, an article or a story: only the keys of the current scope are looked
/// through (a handful), with no hashing of every claim. `None` when a scope comes back after
/// another, which text order rules out; the caller then groups with a hash map.
fn group_by_runs<'a>(
    claims: impl Iterator<Item = &'a Claim>,
    key: impl Fn(&'a Claim) -> GroupKey<'a>,
) -> Option<Grouped<'a>> {
    let mut grouped = Grouped::default();
    // The current scope's keys, and its claims tagged with the index of their key.
    let mut keys: Vec<GroupKey<'a>> = Vec::new();
    let mut run: Vec<(usize, &Claim)> = Vec::new();
    for claim in claims {
        let key = key(claim);
        if let Some(last) = keys.first() {
            if key.scope < last.scope {
                return None;
            }
            if key.scope != last.scope {
                grouped.append(&mut run);
                keys.clear();
            }
        }
        let slot = keys.iter().position(|k| *k == key).unwrap_or_else(|| {
            keys.push(key);
            keys.len() - 1
        });
        run.push((slot, claim));
    }
    grouped.append(&mut run);
    Some(grouped)
}

/// Groups claims in any order, by a hash map of their keys.
fn group_by_hash<'a>(
    claims: impl Iterator<Item = &'a Claim>,
    key: impl Fn(&'a Claim) -> GroupKey<'a>,
) -> Grouped<'a> {
    let mut index: FxHashMap<GroupKey<'a>, usize> = FxHashMap::default();
    let mut slotted: Vec<(usize, &Claim)> = Vec::new();
    for claim in claims {
        let next = index.len();
        let slot = *index.entry(key(claim)).or_insert(next);
        slotted.push((slot, claim));
    }
    let mut grouped = Grouped::default();
    grouped.append(&mut slotted);
    grouped
}

/// The day `claim` is of when held against `other`: its own date, else its article's for a
/// figure of another article of the story than `other`'s, or for a count announced as risen
/// ("le bilan s'élève désormais à trois morts").
pub(crate) fn day_of(claim: &Claim, other: &Claim) -> Option<Date> {
    claim.date.or(claim
        .published
        .filter(|_| claim.article != other.article || claim.update))
}

/// The two figures' days, earlier first, when they differ: one may be an update of the other.
pub(crate) fn different_days(a: &Claim, b: &Claim) -> Option<(Date, Date)> {
    let differ = |da: Option<Date>, db: Option<Date>| match (da, db) {
        (Some(da), Some(db)) if da != db => Some((da.min(db), da.max(db))),
        _ => None,
    };
    // "4 morts" in the morning's dispatch, "cinq morts" dated that evening in the next day's:
    // figures of dispatches published on different days are of different days.
    differ(day_of(a, b), day_of(b, a)).or_else(|| {
        if a.article == b.article {
            return None;
        }
        differ(a.published, b.published)
    })
}

/// The severity and a note on dates when two figures of these days, earlier first, may be an
/// update of one another.
pub(crate) fn dated_severity(
    rule: &Rule,
    days: Option<(Date, Date)>,
) -> (Severity, Option<String>) {
    match days {
        Some((earlier, later)) => (
            rule.update_severity,
            Some(format!(
                " — dated {earlier} and {later}: the later figure may be an update"
            )),
        ),
        None => (rule.severity, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Unit;

    /// Groups as the hash map makes them, whatever the order of the claims.
    fn by_hash<'a>(store: &'a ClaimStore, rule: &Rule) -> Grouped<'a> {
        let key = |claim: &'a Claim| GroupKey::of(claim, rule, &claim.category);
        group_by_hash(store.all().iter().filter(|c| rule.selector.matches(c)), key)
    }

    #[test]
    fn groups_by_runs_as_the_hash_map_does_in_any_order() {
        let mut lexicon = Lexicon::embedded().unwrap();
        let rules = RuleSet::load(&RuleSources::default(), &mut lexicon)
            .unwrap()
            .rules;
        let claim = |article: u32, category: &str, unit: Unit| Claim {
            article,
            story: article / 2,
            category: category.into(),
            unit,
            ..Claim::default()
        };
        let sorted = [
            claim(0, "deaths", Unit::People),
            claim(0, "injured", Unit::People),
            claim(0, "deaths", Unit::People),
            claim(1, "money", Unit::Currency("EUR".into())),
            claim(1, "deaths", Unit::People),
            claim(2, "deaths", Unit::Things),
            claim(3, "deaths", Unit::People),
        ];
        // Text order, then an article coming back after a later one.
        let shuffled = [&sorted[..], &[claim(0, "deaths", Unit::People)]].concat();
        for claims in [&sorted[..], &shuffled[..]] {
            let mut store = ClaimStore::new();
            for c in claims {
                store.push(c.clone());
            }
            for rule in rules.iter().filter(|r| r.kind != Kind::Conversion) {
                let ids = |grouped: Grouped| -> Vec<Vec<u32>> {
                    grouped
                        .groups()
                        .iter()
                        .map(|g| g.iter().map(|c| c.id.0).collect())
                        .collect()
                };
                assert_eq!(
                    ids(group(&store, rule)),
                    ids(by_hash(&store, rule)),
                    "{}",
                    rule.id
                );
            }
        }
    }
}
