//! The JSON contract, version 1 (`shared/contract.md`). These wire structs are separate from the
//! model and serialize-only, so the contract changes only when this file does.

use std::io::{self, Write};

use serde::Serialize;

use super::Report;
use crate::claim::{Claim, ClaimId};
use crate::date::Date;
use crate::source::LineIndex;

const VERSION: u32 = 1;

/// A figure on the wire: integral values as JSON integers (`7989`, not `7989.0`), as the
/// contract shows them.
#[derive(Clone, Copy)]
struct Num(f64);

impl Serialize for Num {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: every integer below is exact
        if self.0.fract() == 0.0 && self.0.abs() < EXACT {
            #[allow(clippy::cast_possible_truncation, reason = "integral and below 2^53")]
            let n = self.0 as i64;
            serializer.serialize_i64(n)
        } else {
            serializer.serialize_f64(self.0)
        }
    }
}

/// A claim id on the wire (`"c12"`), written straight into the output.
#[derive(Clone, Copy)]
struct Id(ClaimId);

impl Serialize for Id {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

#[derive(Serialize)]
struct ReportDoc<'a> {
    version: u32,
    files: Vec<FileDoc<'a>>,
    claims: ClaimDocs<'a>,
    findings: Vec<FindingDoc<'a>>,
    summary: SummaryDoc,
}

#[derive(Serialize)]
struct ClaimsDoc<'a> {
    version: u32,
    files: Vec<FileDoc<'a>>,
    claims: ClaimDocs<'a>,
}

#[derive(Serialize)]
struct FileDoc<'a> {
    path: &'a str,
    articles: usize,
}

#[derive(Serialize)]
struct ClaimDoc<'a> {
    id: Id,
    file: &'a str,
    start: u32,
    end: u32,
    line: usize,
    column: usize,
    text: &'a str,
    value: Num,
    low: Option<Num>,
    high: Option<Num>,
    qualifier: &'static str,
    category: &'a str,
    group: Option<&'a str>,
    unit: &'a str,
    article: u32,
    source: Option<&'a str>,
    date: Option<Date>,
    status: &'static str,
    // Additions to contract v1 (allowed: tools ignore unknown fields).
    place: Option<&'a str>,
    year: Option<i32>,
    list: Option<Id>,
    part_of: Option<Id>,
    equivalent: Option<Id>,
    total: bool,
    noun: Option<&'a str>,
}

#[derive(Serialize)]
struct FindingDoc<'a> {
    rule: &'a str,
    severity: &'static str,
    message: &'a str,
    category: &'a str,
    claims: Vec<Id>,
    values: [Num; 2],
    // Addition to contract v1: what baselines match on.
    fingerprint: String,
}

/// One line of `--format jsonl`: `{"type": "claim" | "finding" | "summary", …}`.
#[derive(Serialize)]
struct Line<T> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(flatten)]
    item: T,
}

#[derive(Serialize)]
struct SummaryDoc {
    files: usize,
    claims: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
}

fn files(report: &Report) -> Vec<FileDoc<'_>> {
    report
        .files
        .iter()
        .map(|f| FileDoc {
            path: &f.source.name,
            articles: f.articles,
        })
        .collect()
}

/// Every claim of a report, each turned into its wire form as it is written: the run's claims
/// are never held twice in memory.
struct ClaimDocs<'a> {
    report: &'a Report,
    indexes: &'a [LineIndex],
}

impl Serialize for ClaimDocs<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let claims = self.report.store.all().iter();
        serializer.collect_seq(claims.map(|c| claim(self.report, self.indexes, c)))
    }
}

fn claim<'a>(report: &'a Report, indexes: &[LineIndex], c: &'a Claim) -> ClaimDoc<'a> {
    let file = report.file_of(c);
    let (line, column) =
        indexes[c.file.0 as usize].line_col(&file.source.text, c.span.start as usize);
    ClaimDoc {
        id: Id(c.id),
        file: &file.source.name,
        start: c.span.start,
        end: c.span.end,
        line,
        column,
        text: &c.text,
        value: Num(c.value),
        low: c.low.map(Num),
        high: c.high.map(Num),
        qualifier: c.qualifier.as_str(),
        category: &c.category,
        group: c.group.as_deref(),
        unit: c.unit.as_str(),
        article: c.article,
        source: c.source.as_deref(),
        date: c.date,
        status: c.status.as_str(),
        place: c.place.as_deref(),
        year: c.year,
        list: c.list.map(Id),
        part_of: c.part_of.map(Id),
        equivalent: c.equivalent.map(Id),
        total: c.total,
        noun: c.noun.as_deref(),
    }
}

pub(super) fn write_json(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    // serde_json writes a few bytes at a time: buffered here, each write is a copy into a
    // buffer the compiler sees, not a call through `dyn Write` (5 % of the instructions of a
    // JSON report).
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut out, value).map_err(io::Error::from)?;
    writeln!(out)?;
    out.flush()
}

pub(super) fn render_report(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let indexes = report.line_indexes();
    let doc = ReportDoc {
        version: VERSION,
        files: files(report),
        claims: ClaimDocs {
            report,
            indexes: &indexes,
        },
        findings: report.findings.iter().map(|f| finding(report, f)).collect(),
        summary: summary_doc(report),
    };
    write_json(out, &doc)
}

fn finding<'a>(report: &Report, f: &'a crate::finding::Finding) -> FindingDoc<'a> {
    FindingDoc {
        rule: &f.rule,
        severity: f.severity.as_str(),
        message: &f.message,
        category: &f.category,
        claims: f.claims.iter().copied().map(Id).collect(),
        values: f.values.map(Num),
        fingerprint: report.fingerprint(f),
    }
}

fn summary_doc(report: &Report) -> SummaryDoc {
    let summary = report.summary();
    SummaryDoc {
        files: report.files.len(),
        claims: report.store.len(),
        errors: summary.errors,
        warnings: summary.warnings,
        infos: summary.infos,
    }
}

/// `--format jsonl`: one compact object a line, claims first, then findings, then the summary,
/// so that a consumer can stream a run of any size.
pub(super) fn render_lines(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let indexes = report.line_indexes();
    for c in report.store.all() {
        write_line(out, "claim", claim(report, &indexes, c))?;
    }
    for f in &report.findings {
        write_line(out, "finding", finding(report, f))?;
    }
    write_line(out, "summary", summary_doc(report))
}

fn write_line(out: &mut dyn Write, kind: &'static str, item: impl Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &Line { kind, item }).map_err(io::Error::from)?;
    writeln!(out)
}

pub(super) fn render_claims(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let indexes = report.line_indexes();
    let doc = ClaimsDoc {
        version: VERSION,
        files: files(report),
        claims: ClaimDocs {
            report,
            indexes: &indexes,
        },
    };
    write_json(out, &doc)
}
