//! `--format sarif`: SARIF 2.1.0, for code-scanning views. Every rule in force is described
//! (summary, why, help, default level); every finding is a result located at its first claim,
//! with a related location for every claim involved and the fingerprint baselines use.

use std::io::{self, Write};

use serde_json::{json, Value};

use super::Report;
use crate::claim::Claim;
use crate::engine::{RuleSet, Severity};
use crate::source::LineIndex;

/// The schema the output follows; a test validates it against the official file.
const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub(super) fn render(report: &Report, rules: &RuleSet, out: &mut dyn Write) -> io::Result<()> {
    let indexes = report.line_indexes();
    let descriptors: Vec<Value> = rules
        .rules
        .iter()
        .map(|rule| {
            let mut descriptor = json!({
                "id": rule.id,
                "name": rule.id,
                "shortDescription": { "text": rule.summary.as_deref().unwrap_or(&rule.id) },
                "defaultConfiguration": { "level": level(rule.severity) },
                "properties": { "kind": rule.kind.as_str(), "scope": rule.scope.as_str() },
            });
            if let Some(why) = &rule.why {
                descriptor["fullDescription"] = json!({ "text": why });
            }
            if let Some(help) = &rule.help {
                descriptor["help"] = json!({ "text": help });
            }
            descriptor
        })
        .collect();
    let results: Vec<Value> = report
        .findings
        .iter()
        .filter_map(|finding| {
            let first = &report.store[*finding.claims.first()?];
            let related: Vec<Value> = finding
                .claims
                .iter()
                .zip(&finding.roles)
                .enumerate()
                .map(|(i, (&id, role))| {
                    let claim = &report.store[id];
                    json!({
                        "id": i,
                        "physicalLocation": location(report, &indexes, claim),
                        "message": { "text": super::human::label(role, claim) },
                    })
                })
                .collect();
            let mut result = json!({
                "ruleId": finding.rule,
                "level": level(finding.severity),
                "message": { "text": finding.message },
                "locations": [{ "physicalLocation": location(report, &indexes, first) }],
                "relatedLocations": related,
                "partialFingerprints": { "claimcheck/v1": report.fingerprint(finding) },
            });
            if let Some(index) = rules.rules.iter().position(|r| r.id == finding.rule) {
                result["ruleIndex"] = json!(index);
            }
            Some(result)
        })
        .collect();
    let artifacts: Vec<Value> = report
        .files
        .iter()
        .map(|f| {
            json!({
                "location": { "uri": uri(&f.source.name) },
                "length": f.source.text.len(),
                "encoding": "utf-8",
            })
        })
        .collect();
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "claimcheck",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": descriptors,
            }},
            "artifacts": artifacts,
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    super::json::write_json(out, &log)
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Where a claim is: its file and the span of its numeral, in lines and columns (characters)
/// and in bytes.
fn location(report: &Report, indexes: &[LineIndex], claim: &Claim) -> Value {
    let (name, (start_line, start_column), (end_line, end_column)) = report.place(indexes, claim);
    json!({
        "artifactLocation": { "uri": uri(name), "index": claim.file.0 },
        "region": {
            "startLine": start_line,
            "startColumn": start_column,
            "endLine": end_line,
            "endColumn": end_column,
            "byteOffset": claim.span.start,
            "byteLength": claim.span.end - claim.span.start,
            "snippet": { "text": claim.text },
        },
    })
}

/// A path as a URI reference: forward slashes, and every byte outside the unreserved set and
/// `/` percent-encoded ("my dump.txt" → "my%20dump.txt", "<stdin>" → "%3Cstdin%3E").
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.replace('\\', "/").bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("tests/my dump.txt"), "tests/my%20dump.txt");
        assert_eq!(uri("<stdin>"), "%3Cstdin%3E");
        assert_eq!(uri("été.txt"), "%C3%A9t%C3%A9.txt");
    }
}
