//! `--format github`: GitHub Actions workflow commands, one a finding, so that a CI run shows each
//! contradiction as an annotation on the line of the dispatch.

use std::io::{self, Write};

use super::Report;
use crate::engine::Severity;

pub(super) fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let indexes = report.line_indexes();
    for finding in &report.findings {
        let Some(&first) = finding.claims.first() else {
            continue;
        };
        let (name, (line, column), (end_line, end_column)) =
            report.place(&indexes, &report.store[first]);
        let level = match finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        writeln!(
            out,
            "::{level} file={},line={line},col={column},endLine={end_line},endColumn={end_column},title={}::{}",
            property(name),
            property(&format!("claimcheck {}", finding.rule)),
            data(&finding.message),
        )?;
    }
    Ok(())
}

/// The escaping of a workflow command's message.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// The escaping of a workflow command's property value.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_escape_what_github_reads_as_syntax() {
        assert_eq!(data("50 % of 2\nlines"), "50 %25 of 2%0Alines");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
