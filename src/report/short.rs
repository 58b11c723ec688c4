//! `--format short`: `path:line:col: severity[rule]: message`, one line a finding, at the first
//! claim involved, the way compilers and linters print for editors and grep.

use std::io::{self, Write};

use super::Report;

pub(super) fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let indexes = report.line_indexes();
    for finding in &report.findings {
        let Some(&first) = finding.claims.first() else {
            continue;
        };
        let claim = &report.store[first];
        let file = report.file_of(claim);
        let (line, column) =
            indexes[claim.file.0 as usize].line_col(&file.source.text, claim.span.start as usize);
        writeln!(
            out,
            "{}:{line}:{column}: {}[{}]: {}",
            file.source.name,
            finding.severity.as_str(),
            finding.rule,
            finding.message
        )?;
    }
    Ok(())
}
