//! Every output format pinned on a fixture dump (snapshots in `tests/snapshots/`; run with
//! `UPDATE_SNAPSHOTS=1` to rewrite them after a deliberate change), and the SARIF output
//! validated against the official SARIF 2.1.0 schema.

use super::{root, run, stdout};

const DUMP: &str = "examples/dispatches.en.txt";

fn check_snapshot(name: &str, actual: &str) {
    let path = root().join("tests/snapshots").join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing snapshot {name}; run with UPDATE_SNAPSHOTS=1"));
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs at line {}:\n- {}\n+ {}",
            line + 1,
            expected.lines().nth(line).unwrap_or("<end>"),
            actual.lines().nth(line).unwrap_or("<end>")
        );
    }
}

#[test]
fn every_report_format_is_pinned() {
    for (format, name) in [
        ("human", "report.human.txt"),
        ("short", "report.short.txt"),
        ("json", "report.json"),
        ("jsonl", "report.jsonl"),
        ("sarif", "report.sarif"),
        ("github", "report.github.txt"),
    ] {
        let out = run(
            &["report", "--format", format, "--color", "never", DUMP],
            None,
        );
        assert_eq!(out.status.code(), Some(1), "{format}");
        check_snapshot(name, &stdout(&out));
    }
    let out = run(&["claims", DUMP], None);
    check_snapshot("claims.table.txt", &stdout(&out));
}

#[test]
fn jsonl_is_one_object_a_line() {
    let out = run(&["report", "--format", "jsonl", DUMP], None);
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let kinds: Vec<&str> = lines.iter().map(|l| l["type"].as_str().unwrap()).collect();
    let claims = kinds.iter().filter(|k| **k == "claim").count();
    assert_eq!(kinds.last(), Some(&"summary"));
    assert_eq!(
        lines.last().unwrap()["claims"].as_u64(),
        Some(claims as u64)
    );
    assert_eq!(kinds.iter().filter(|k| **k == "finding").count(), 2);
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/schema/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let out = run(&["report", "--format", "sarif", "examples/"], None);
    let log: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 4);
    // Every claim involved is a related location; the rules in force are described.
    assert_eq!(results[0]["relatedLocations"].as_array().unwrap().len(), 5);
    assert!(
        log["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .len()
            >= 12
    );
    // The validator does catch a broken log.
    let mut broken = log.clone();
    broken["version"] = serde_json::json!("2.0");
    assert!(!validator.is_valid(&broken));
}

#[test]
fn completions_and_man_page_come_from_the_command_line_definition() {
    for shell in ["bash", "zsh", "fish"] {
        let out = run(&["completions", shell], None);
        assert_eq!(out.status.code(), Some(0));
        assert!(stdout(&out).contains("write-baseline"), "{shell}");
    }
    let out = run(&["man"], None);
    assert!(stdout(&out).starts_with(".ie"), "roff");
    assert!(stdout(&out).contains("claimcheck"));
}
