//! Reports: the same [`Report`] rendered as miette diagnostics for people, one line a finding
//! for editors' scripts, or the JSON of the contract for machines.

mod github;
mod human;
mod json;
mod sarif;
mod short;
mod table;

use std::io::{self, Write};

use crate::claim::{Claim, ClaimStore};
use crate::engine::{RuleSet, Severity};
use crate::finding::Finding;
use crate::source::{LineIndex, SourceFile};

pub use human::HumanOptions;

/// One input file and what the pipeline made of it.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// The file.
    pub source: SourceFile,
    /// How many articles it holds.
    pub articles: usize,
}

/// Everything a run found: the input of every output format.
#[derive(Debug, Clone)]
pub struct Report {
    /// The inputs, in the order given.
    pub files: Vec<FileReport>,
    /// Every claim.
    pub store: ClaimStore,
    /// Every finding, sorted by file and place.
    pub findings: Vec<Finding>,
}

/// Output formats of `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Diagnostics with the text of every claim involved (miette).
    Human,
    /// `path:line:col: severity[rule]: message`, one line a finding.
    Short,
    /// The JSON contract (version 1): files, claims, findings, summary.
    Json,
    /// JSON Lines: one object a claim, a finding and the summary, for streaming.
    Jsonl,
    /// SARIF 2.1.0, for code-scanning views.
    Sarif,
    /// GitHub Actions annotations (workflow commands).
    Github,
}

/// Output formats of `claims`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ClaimsFormat {
    /// An aligned table.
    Table,
    /// The JSON contract's `claims` document.
    Json,
}

/// Counts by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Infos.
    pub infos: usize,
}

impl Report {
    /// Findings by severity.
    #[must_use]
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        for f in &self.findings {
            match f.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.infos += 1,
            }
        }
        s
    }

    /// The most severe finding's severity.
    #[must_use]
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }

    /// Line indexes of every file, built once for rendering.
    fn line_indexes(&self) -> Vec<LineIndex> {
        self.files
            .iter()
            .map(|f| LineIndex::new(&f.source.text))
            .collect()
    }

    fn file_of(&self, claim: &Claim) -> &FileReport {
        &self.files[claim.file.0 as usize]
    }

    /// Where a claim is: its file's name, and the 1-based line and column of its start and end.
    fn place(
        &self,
        indexes: &[LineIndex],
        claim: &Claim,
    ) -> (&str, (usize, usize), (usize, usize)) {
        let file = self.file_of(claim);
        let index = &indexes[claim.file.0 as usize];
        let text = &file.source.text;
        (
            &file.source.name,
            index.line_col(text, claim.span.start as usize),
            index.line_col(text, claim.span.end as usize),
        )
    }

    /// A fingerprint of a finding that survives edits elsewhere in the file: the rule and, for
    /// each claim involved, its text (case and spacing folded) and value — never its place.
    /// 16 hex digits of FNV-1a, stable across runs, versions and machines.
    #[must_use]
    pub fn fingerprint(&self, finding: &Finding) -> String {
        let mut parts: Vec<String> = finding
            .claims
            .iter()
            .map(|&id| {
                let claim = &self.store[id];
                let text: Vec<String> = claim
                    .text
                    .split_whitespace()
                    .map(str::to_lowercase)
                    .collect();
                format!("{}={}", text.join(" "), claim.value)
            })
            .collect();
        parts.sort();
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in finding.rule.bytes().chain(parts.join("|").into_bytes()) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        format!("{hash:016x}")
    }

    /// A one-line summary for the end of a run.
    #[must_use]
    pub fn summary_line(&self) -> String {
        let s = self.summary();
        let articles: usize = self.files.iter().map(|f| f.articles).sum();
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        format!(
            "{}, {}, {}: {}, {}, {}",
            plural(self.files.len(), "file"),
            plural(articles, "article"),
            plural(self.store.len(), "claim"),
            plural(s.errors, "error"),
            plural(s.warnings, "warning"),
            plural(s.infos, "info"),
        )
    }
}

/// Writes `report` in `format`.
///
/// # Errors
/// Only errors of `out`.
pub fn render(
    report: &Report,
    format: Format,
    human: &HumanOptions,
    rules: &RuleSet,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Human => human::render(report, human, out),
        Format::Short => short::render(report, out),
        Format::Json => json::render_report(report, out),
        Format::Jsonl => json::render_lines(report, out),
        Format::Sarif => sarif::render(report, rules, out),
        Format::Github => github::render(report, out),
    }
}

/// Writes the claims of `report` in `format`.
///
/// # Errors
/// Only errors of `out`.
pub fn render_claims(report: &Report, format: ClaimsFormat, out: &mut dyn Write) -> io::Result<()> {
    match format {
        ClaimsFormat::Table => table::render(report, out),
        ClaimsFormat::Json => json::render_claims(report, out),
    }
}
