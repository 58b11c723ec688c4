//! Evaluation against gold annotations: how many claims and contradictions the pipeline gets
//! right on a corpus of texts annotated by hand (`NAME.txt` beside `NAME.gold.yaml`).
//!
//! A claim is right when its text, value, category and qualifier all match the gold; a
//! contradiction when its category and the two figures compared match. Findings of severity
//! `info` are notes, not contradictions, and are not counted. Precision, recall and F1
//! are printed as a table, per language and overall.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;

use crate::claim::Qualifier;
use crate::error::Error;
use crate::source::SourceFile;
use crate::Checker;

/// A gold file as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gold {
    /// `fr` or `en`.
    pub lang: String,
    /// Every claim, in text order.
    #[serde(default)]
    pub claims: Vec<GoldClaim>,
    /// Every contradiction an editor would flag.
    #[serde(default)]
    pub contradictions: Vec<GoldContradiction>,
}

/// One annotated claim.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldClaim {
    /// The numeral as written.
    pub text: String,
    /// Its value.
    pub value: f64,
    /// Its category.
    pub category: String,
    /// Its qualifier.
    pub qualifier: Qualifier,
}

/// One annotated contradiction.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldContradiction {
    /// The category compared.
    pub category: String,
    /// The two figures compared.
    pub values: [f64; 2],
    /// Whether the figures carry different dates (a probable update).
    #[serde(default)]
    pub dated: bool,
}

/// Counts for one measure.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// In the gold.
    pub gold: usize,
    /// Found by the tool.
    pub found: usize,
    /// Found and right.
    pub matched: usize,
}

impl Counts {
    /// Right among found.
    #[must_use]
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.found)
    }

    /// Found among gold.
    #[must_use]
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    /// Harmonic mean of precision and recall.
    #[must_use]
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.found += other.found;
        self.matched += other.matched;
    }
}

#[allow(clippy::cast_precision_loss, reason = "counts far below 2^52")]
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// The result of an evaluation.
#[derive(Debug, Clone, Default)]
pub struct Evaluation {
    /// Documents per language.
    pub documents: BTreeMap<String, usize>,
    /// Claim counts per language.
    pub claims: BTreeMap<String, Counts>,
    /// Contradiction counts per language.
    pub contradictions: BTreeMap<String, Counts>,
    /// One line per mismatch: `file: missed|spurious …`.
    pub mismatches: Vec<String>,
}

impl Evaluation {
    /// Claim counts over every language.
    #[must_use]
    pub fn all_claims(&self) -> Counts {
        sum(self.claims.values())
    }

    /// Contradiction counts over every language.
    #[must_use]
    pub fn all_contradictions(&self) -> Counts {
        sum(self.contradictions.values())
    }
}

fn sum<'a>(counts: impl Iterator<Item = &'a Counts>) -> Counts {
    let mut total = Counts::default();
    for c in counts {
        total.add(*c);
    }
    total
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Evaluates `checker` on every `NAME.txt` of `dir` that has a `NAME.gold.yaml`.
///
/// # Errors
/// An unreadable directory, text or gold file.
pub fn evaluate(checker: &Checker, dir: &Path) -> Result<Evaluation, Error> {
    let unreadable = |e: std::io::Error| Error::Unreadable {
        path: dir.display().to_string(),
        reason: e.to_string(),
    };
    let mut texts: Vec<_> = std::fs::read_dir(dir)
        .map_err(unreadable)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    texts.sort();
    let mut evaluation = Evaluation::default();
    for path in texts {
        let gold_path = path.with_extension("gold.yaml");
        if !gold_path.exists() {
            continue;
        }
        let gold_name = gold_path.display().to_string();
        let gold_text = SourceFile::read(&gold_name)?;
        let gold: Gold = crate::engine::load::parse_yaml(&gold_name, &gold_text.text, "gold file")?;
        let source = SourceFile::read(&path.display().to_string())?;
        let name = source.name.clone();
        let report = checker.check(vec![source]);
        *evaluation.documents.entry(gold.lang.clone()).or_default() += 1;

        // Claims: the k-th gold claim with a text pairs with the k-th found claim with it.
        let mut found: BTreeMap<&str, Vec<&crate::claim::Claim>> = BTreeMap::new();
        for claim in report.store.all() {
            found.entry(claim.text.as_str()).or_default().push(claim);
        }
        let mut used: BTreeMap<&str, usize> = BTreeMap::new();
        let mut counts = Counts {
            gold: gold.claims.len(),
            found: report.store.len(),
            matched: 0,
        };
        for g in &gold.claims {
            let k = used.entry(g.text.as_str()).or_default();
            let candidate = found.get(g.text.as_str()).and_then(|c| c.get(*k));
            *k += 1;
            match candidate {
                Some(c)
                    if same(c.value, g.value)
                        && c.category == g.category
                        && c.qualifier == g.qualifier =>
                {
                    counts.matched += 1;
                }
                Some(c) => evaluation.mismatches.push(format!(
                    "{name}: {:?} read as {} {} {}, gold {} {} {}",
                    g.text, c.value, c.category, c.qualifier, g.value, g.category, g.qualifier
                )),
                None => evaluation.mismatches.push(format!(
                    "{name}: missed {:?} ({} {})",
                    g.text, g.value, g.category
                )),
            }
        }
        for (text, claims) in &found {
            let expected = gold.claims.iter().filter(|g| g.text == *text).count();
            for c in claims.iter().skip(expected) {
                evaluation.mismatches.push(format!(
                    "{name}: spurious {:?} ({} {})",
                    c.text, c.value, c.category
                ));
            }
        }
        evaluation
            .claims
            .entry(gold.lang.clone())
            .or_default()
            .add(counts);

        // Contradictions: same category and the same two figures, in either order, as the
        // finding's values or among its claims. An `info` finding (sources that differ) is a
        // note for the editor, not a flagged contradiction.
        let flagged: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.severity >= crate::engine::Severity::Warning)
            .collect();
        let mut pending: Vec<&GoldContradiction> = gold.contradictions.iter().collect();
        let mut counts = Counts {
            gold: gold.contradictions.len(),
            found: flagged.len(),
            matched: 0,
        };
        for f in flagged {
            // Or the two figures are claims of the finding: shares of 107 % are 62 % and 45 %.
            let involved: Vec<f64> = f.claims.iter().map(|&id| report.store[id].value).collect();
            let hit = pending.iter().position(|g| {
                g.category == f.category
                    && ((same(g.values[0], f.values[0]) && same(g.values[1], f.values[1]))
                        || (same(g.values[0], f.values[1]) && same(g.values[1], f.values[0]))
                        || g.values
                            .iter()
                            .all(|&v| involved.iter().any(|&x| same(v, x))))
            });
            match hit {
                Some(i) => {
                    pending.remove(i);
                    counts.matched += 1;
                }
                None => evaluation.mismatches.push(format!(
                    "{name}: spurious finding {} {:?}",
                    f.rule, f.values
                )),
            }
        }
        for g in pending {
            evaluation.mismatches.push(format!(
                "{name}: missed contradiction {} {:?}",
                g.category, g.values
            ));
        }
        evaluation
            .contradictions
            .entry(gold.lang.clone())
            .or_default()
            .add(counts);
    }
    Ok(evaluation)
}

impl fmt::Display for Evaluation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let documents: usize = self.documents.values().sum();
        let per_lang = self
            .documents
            .iter()
            .map(|(l, n)| format!("{n} {l}"))
            .collect::<Vec<_>>()
            .join(", ");
        writeln!(f, "{documents} documents ({per_lang})")?;
        writeln!(
            f,
            "{:<22} {:>6} {:>6} {:>8} {:>10} {:>7} {:>6}",
            "measure", "gold", "found", "matched", "precision", "recall", "F1"
        )?;
        let mut row = |label: String, c: Counts| {
            writeln!(
                f,
                "{label:<22} {:>6} {:>6} {:>8} {:>10.3} {:>7.3} {:>6.3}",
                c.gold,
                c.found,
                c.matched,
                c.precision(),
                c.recall(),
                c.f1()
            )
        };
        for (lang, c) in &self.claims {
            row(format!("claims ({lang})"), *c)?;
        }
        row("claims (all)".into(), self.all_claims())?;
        for (lang, c) in &self.contradictions {
            row(format!("contradictions ({lang})"), *c)?;
        }
        row("contradictions (all)".into(), self.all_contradictions())
    }
}
