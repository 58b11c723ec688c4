//! Baselines: today's findings recorded by fingerprint, so that CI fails only on new ones. A
//! fingerprint is the rule and the claims' text and values ([`Report::fingerprint`]), not their
//! place, so edits elsewhere in a file do not make an accepted finding new again.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::report::Report;

const VERSION: u32 = 1;

/// A baseline file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// Format version: 1.
    pub version: u32,
    /// The accepted findings.
    pub findings: Vec<Entry>,
}

/// One accepted finding.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The rule.
    pub rule: String,
    /// What the finding is matched on.
    pub fingerprint: String,
    /// The message when it was accepted, for people reading the file.
    pub message: String,
}

impl Baseline {
    /// The findings of `report`.
    #[must_use]
    pub fn of(report: &Report) -> Self {
        let findings = report
            .findings
            .iter()
            .map(|f| Entry {
                rule: f.rule.clone(),
                fingerprint: report.fingerprint(f),
                message: f.message.clone(),
            })
            .collect();
        Self {
            version: VERSION,
            findings,
        }
    }

    /// Writes the baseline atomically: to a temporary file beside `path`, then renamed over it,
    /// so a reader never sees half a file.
    ///
    /// # Errors
    /// A directory that cannot be written.
    pub fn write(&self, path: &Path) -> Result<(), Error> {
        let fail = |e: std::io::Error| Error::Unwritable {
            path: path.display().to_string(),
            reason: e.to_string(),
        };
        let mut text = serde_json::to_string_pretty(self).map_err(|e| fail(e.into()))?;
        text.push('\n');
        let name = path
            .file_name()
            .map_or_else(|| "baseline".into(), |n| n.to_string_lossy().into_owned());
        let temporary = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        std::fs::write(&temporary, text).map_err(fail)?;
        std::fs::rename(&temporary, path).map_err(|e| {
            let _ = std::fs::remove_file(&temporary);
            fail(e)
        })
    }

    /// Reads a baseline.
    ///
    /// # Errors
    /// A missing, unreadable or corrupt file, with what is wrong and where.
    pub fn read(path: &Path) -> Result<Self, Error> {
        let name = path.display().to_string();
        let source = crate::source::SourceFile::read(&name)?;
        let corrupt = |reason: String| Error::BadBaseline {
            path: name.clone(),
            reason,
        };
        let baseline: Self =
            serde_json::from_str(&source.text).map_err(|e| corrupt(e.to_string()))?;
        if baseline.version != VERSION {
            return Err(corrupt(format!("version {} is unknown", baseline.version)));
        }
        Ok(baseline)
    }

    /// Removes from `report` the findings the baseline accepts (each accepted entry hides one
    /// finding); returns how many were hidden.
    pub fn hide_known(&self, report: &mut Report) -> usize {
        let mut known: HashMap<&str, usize> = HashMap::new();
        for entry in &self.findings {
            *known.entry(entry.fingerprint.as_str()).or_default() += 1;
        }
        let fingerprints: Vec<String> = report
            .findings
            .iter()
            .map(|f| report.fingerprint(f))
            .collect();
        let before = report.findings.len();
        let mut keep = fingerprints
            .iter()
            .map(|fp| match known.get_mut(fp.as_str()) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            });
        report.findings.retain(|_| keep.next().unwrap_or(true));
        before - report.findings.len()
    }
}
