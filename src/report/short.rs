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
        let (name, (line, column), _) = report.place(&indexes, &report.store[first]);
        writeln!(
            out,
            "{name}:{line}:{column}: {}[{}]: {}",
            finding.severity.as_str(),
            finding.rule,
            finding.message
        )?;
    }
    Ok(())
}
