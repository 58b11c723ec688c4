//! `--format human`: each finding as a miette diagnostic, one label on every claim involved
//! (its role, figure, status, source and date), so the editor sees every place at once.

use std::fmt;
use std::io::{self, Write};
use std::sync::Arc;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode,
};

use super::Report;
use crate::claim::{Claim, Status};
use crate::engine::Severity;
use crate::finding::Finding;

/// How to draw diagnostics.
#[derive(Debug, Clone, Copy)]
pub struct HumanOptions {
    /// Colours and Unicode box drawing.
    pub color: bool,
    /// Line width.
    pub width: usize,
}

impl Default for HumanOptions {
    fn default() -> Self {
        Self {
            color: false,
            width: 100,
        }
    }
}

/// A finding's labels in one file.
#[derive(Debug)]
struct FileView {
    source: NamedSource<Arc<String>>,
    labels: Vec<LabeledSpan>,
    message: String,
}

/// A finding as miette sees it: the labels of its first file, other files as related notes.
#[derive(Debug)]
struct FindingView<'a> {
    finding: &'a Finding,
    primary: FileView,
    others: Vec<FileView>,
}

impl fmt::Display for FindingView<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.finding.message)
    }
}

impl std::error::Error for FindingView<'_> {}

impl Diagnostic for FindingView<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(&self.finding.rule))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.finding
            .help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.primary.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.primary.labels.iter().cloned()))
    }

    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn Diagnostic> + 'b>> {
        if self.others.is_empty() {
            return None;
        }
        Some(Box::new(self.others.iter().map(|o| o as &dyn Diagnostic)))
    }
}

impl fmt::Display for FileView {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FileView {}

impl Diagnostic for FileView {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }
}

/// The label of one claim: "total: more than 164 (withdrawn; ministère de l'information; 2022-01-09)".
pub(super) fn label(role: &str, claim: &Claim) -> String {
    let mut notes = Vec::new();
    if claim.status != Status::Asserted {
        notes.push(claim.status.as_str().to_string());
    }
    if let Some(source) = &claim.source {
        notes.push(source.clone());
    }
    if let Some(date) = claim.date {
        notes.push(date.to_string());
    }
    let mut text = format!("{role}: {}", claim.describe());
    if let Some(group) = &claim.group {
        text.push(' ');
        text.push_str(group);
    }
    if !notes.is_empty() {
        text.push_str(&format!(" ({})", notes.join("; ")));
    }
    text
}

fn view<'a>(report: &'a Report, finding: &'a Finding) -> FindingView<'a> {
    let mut views: Vec<(u32, FileView)> = Vec::new();
    for (i, (&id, role)) in finding.claims.iter().zip(&finding.roles).enumerate() {
        let claim = &report.store[id];
        let span = claim.span.range();
        let text = Some(label(role, claim));
        let labeled = if i == 0 {
            LabeledSpan::new_primary_with_span(text, span)
        } else {
            LabeledSpan::new_with_span(text, span)
        };
        match views.iter_mut().find(|(f, _)| *f == claim.file.0) {
            Some((_, v)) => v.labels.push(labeled),
            None => {
                let file = report.file_of(claim);
                views.push((
                    claim.file.0,
                    FileView {
                        source: NamedSource::new(&file.source.name, Arc::clone(&file.source.text)),
                        labels: vec![labeled],
                        message: format!("also in {}", file.source.name),
                    },
                ));
            }
        }
    }
    let mut views = views.into_iter().map(|(_, v)| v);
    let primary = views.next().unwrap_or_else(|| FileView {
        source: NamedSource::new("", Arc::new(String::new())),
        labels: Vec::new(),
        message: String::new(),
    });
    FindingView {
        finding,
        primary,
        others: views.collect(),
    }
}

pub(super) fn render(
    report: &Report,
    options: &HumanOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let theme = if options.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(options.width)
        .with_links(false);
    for finding in &report.findings {
        let view = view(report, finding);
        let mut text = String::new();
        handler
            .render_report(&mut text, &view)
            .map_err(|_| io::Error::other("could not render a diagnostic"))?;
        writeln!(out, "{text}")?;
    }
    if report.findings.is_empty() {
        let what = if report.store.is_empty() {
            "no claims found"
        } else {
            "no contradictions found"
        };
        writeln!(out, "{what}")?;
    }
    Ok(())
}
