//! Fixture gates: `claimcheck test DIR` runs every `NAME.txt` that has a `NAME.expected.yaml`
//! beside it and compares the findings (rule, severity, the two values) with the expected ones.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::engine::Severity;
use crate::error::Error;
use crate::finding::Finding;
use crate::source::SourceFile;
use crate::Checker;

/// An expectation file as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    /// The findings the text must give, and no others.
    #[serde(default)]
    pub findings: Vec<ExpectedFinding>,
    /// Claims the text must yield (others may come too).
    #[serde(default)]
    pub claims: Vec<ExpectedClaim>,
}

/// One claim the text must yield: its numeral as written and, where given, what it means.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedClaim {
    /// The numeral as written.
    pub text: String,
    /// Its value; any when absent.
    pub value: Option<f64>,
    /// Its category; any when absent.
    pub category: Option<String>,
    /// Its status (asserted, withdrawn…); any when absent.
    pub status: Option<crate::claim::Status>,
}

/// One expected finding.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedFinding {
    /// Rule id.
    pub rule: String,
    /// Severity; any when absent.
    pub severity: Option<Severity>,
    /// The two figures compared; any when absent.
    pub values: Option<[f64; 2]>,
}

/// The outcome of one fixture.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The fixture's text file.
    pub path: PathBuf,
    /// Lines of the difference: `- expected` and `+ actual`; empty when it passes.
    pub diff: Vec<String>,
}

impl Outcome {
    /// Whether the findings were exactly the expected ones.
    #[must_use]
    pub fn passed(&self) -> bool {
        self.diff.is_empty()
    }
}

fn describe(rule: &str, severity: Option<Severity>, values: Option<[f64; 2]>) -> String {
    let mut line = rule.to_string();
    if let Some(s) = severity {
        let _ = write!(line, " {}", s.as_str());
    }
    if let Some([a, b]) = values {
        let _ = write!(line, " [{a}, {b}]");
    }
    line
}

/// Every fixture under `dir` (recursively), sorted by path.
///
/// # Errors
/// An unreadable directory.
pub fn find(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(next) = pending.pop() {
        let entries = std::fs::read_dir(&next).map_err(|e| Error::Unreadable {
            path: next.display().to_string(),
            reason: e.to_string(),
        })?;
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "txt")
                && path.with_extension("expected.yaml").exists()
            {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Runs one fixture.
///
/// # Errors
/// An unreadable text or expectation file.
pub fn run(checker: &Checker, path: &Path) -> Result<Outcome, Error> {
    let expected_path = path.with_extension("expected.yaml");
    let expected_name = expected_path.display().to_string();
    let expected_text = SourceFile::read(&expected_name)?;
    let expected: Expected =
        crate::engine::load::parse_yaml(&expected_name, &expected_text.text, "expectation file")?;
    let report = checker.check(vec![SourceFile::read(&path.display().to_string())?]);
    let mut diff = diff_findings(&expected.findings, &report.findings);
    for want in &expected.claims {
        let found = report.store.all().iter().any(|c| {
            c.text == want.text
                && want
                    .value
                    .is_none_or(|v| (v - c.value).abs() <= 1e-9 * v.abs().max(1.0))
                && want.category.as_ref().is_none_or(|k| *k == c.category)
                && want.status.is_none_or(|s| s == c.status)
        });
        if !found {
            diff.push(format!(
                "- claim {:?} {} {} {}",
                want.text,
                want.value.map_or("*".to_string(), |v| v.to_string()),
                want.category.as_deref().unwrap_or("*"),
                want.status.map_or("*", crate::claim::Status::as_str)
            ));
        }
    }
    Ok(Outcome {
        path: path.to_path_buf(),
        diff,
    })
}

/// The differences between what a rule's documented `example` says it gives and what it gives:
/// `- expected` and `+ actual` lines, for this rule's findings only; empty when they agree or
/// the rule has no example.
#[must_use]
pub fn example_diff(checker: &Checker, rule: &crate::engine::Rule) -> Vec<String> {
    let Some(example) = &rule.example else {
        return Vec::new();
    };
    let source = SourceFile::new(format!("{}.txt", rule.id), example.text.as_str());
    let report = checker.check(vec![source]);
    let expected: Vec<ExpectedFinding> = example
        .expect
        .iter()
        .filter(|e| e.rule == rule.id)
        .map(|e| ExpectedFinding {
            rule: e.rule.clone(),
            severity: e.severity,
            // Two values or none; any other count can match no finding.
            values: e
                .values
                .as_ref()
                .map(|v| <[f64; 2]>::try_from(v.as_slice()).unwrap_or([f64::NAN; 2])),
        })
        .collect();
    let found: Vec<Finding> = report
        .findings
        .into_iter()
        .filter(|f| f.rule == rule.id)
        .collect();
    diff_findings(&expected, &found)
}

/// `- expected` lines for the expected findings no finding matches, then `+ actual` lines for
/// the findings no expectation matches.
fn diff_findings(expected: &[ExpectedFinding], found: &[Finding]) -> Vec<String> {
    let mut unmatched: Vec<&ExpectedFinding> = expected.iter().collect();
    let mut extra = Vec::new();
    for finding in found {
        let hit = unmatched.iter().position(|e| {
            e.rule == finding.rule
                && e.severity.is_none_or(|s| s == finding.severity)
                && e.values.is_none_or(|v| {
                    v.iter()
                        .zip(finding.values)
                        .all(|(a, b)| (a - b).abs() <= 1e-9 * a.abs().max(1.0))
                })
        });
        match hit {
            Some(i) => {
                unmatched.remove(i);
            }
            None => extra.push(format!(
                "+ {}",
                describe(&finding.rule, Some(finding.severity), Some(finding.values))
            )),
        }
    }
    unmatched
        .iter()
        .map(|e| format!("- {}", describe(&e.rule, e.severity, e.values)))
        .chain(extra)
        .collect()
}
