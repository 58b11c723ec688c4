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
    /// Colours and Unicode box drawing; plain narratable text when off.
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
    source: NamedSource<Arc<crate::source::Text>>,
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
        source: NamedSource::new("", Arc::new(crate::source::Text::Owned(String::new()))),
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
    // Boxes and colours on a terminal; plain lines (a place and a quote for every claim) in a
    // pipe, a log or a screen reader.
    let graphical = GraphicalReportHandler::new_themed(GraphicalTheme::unicode())
        .with_width(options.width)
        .with_links(false);
    let indexes = report.line_indexes();
    for finding in &report.findings {
        if !options.color {
            plain(report, &indexes, finding, out)?;
            continue;
        }
        let view = view(report, finding);
        let mut text = String::new();
        graphical
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

/// A finding as plain text: its severity, rule and message, then for every claim involved its
/// place, role and the words around it, then the help.
fn plain(
    report: &Report,
    indexes: &[crate::source::LineIndex],
    finding: &Finding,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        out,
        "{}[{}]: {}",
        finding.severity.as_str(),
        finding.rule,
        finding.message
    )?;
    for (&id, role) in finding.claims.iter().zip(&finding.roles) {
        let claim = &report.store[id];
        let (name, (line, column), _) = report.place(indexes, claim);
        writeln!(out, "  {name}:{line}:{column}: {}", label(role, claim))?;
        writeln!(
            out,
            "    > {}",
            quote(&report.file_of(claim).source.text, claim)
        )?;
    }
    if let Some(help) = &finding.help {
        writeln!(out, "  help: {help}")?;
    }
    writeln!(out)
}

/// The words around a claim on its line: up to 60 bytes each side, cut at word boundaries.
fn quote(text: &str, claim: &Claim) -> String {
    let (start, end) = (claim.span.start as usize, claim.span.end as usize);
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let mut from = start.saturating_sub(60).max(line_start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (end + 60).min(line_end);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let before = &text[from..start];
    let before = if from > line_start {
        before.split_once(' ').map_or(before, |(_, rest)| rest)
    } else {
        before
    };
    let after = &text[end..to];
    let after = if to < line_end {
        after.rsplit_once(' ').map_or(after, |(kept, _)| kept)
    } else {
        after
    };
    let (open, close) = (
        if from > line_start { "…" } else { "" },
        if to < line_end { "…" } else { "" },
    );
    format!(
        "{open}{}{}{}{close}",
        before.trim_start(),
        &text[start..end],
        after.trim_end()
    )
}
