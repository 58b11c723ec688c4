//! The findings on the project's example dumps, exactly.

use claimcheck::source::SourceFile;
use claimcheck::Checker;

/// (rule, severity, values, texts of the claims compared) of every finding on `path`.
fn findings(path: &str) -> Vec<(String, &'static str, [f64; 2], Vec<String>)> {
    let checker = Checker::with_defaults().unwrap();
    let file = SourceFile::read(&super::root().join(path).to_string_lossy()).unwrap();
    let report = checker.check(vec![file]);
    report
        .findings
        .iter()
        .map(|f| {
            let texts = f
                .claims
                .iter()
                .map(|&id| report.store[id].text.clone())
                .collect();
            (f.rule.clone(), f.severity.as_str(), f.values, texts)
        })
        .collect()
}

#[test]
fn french_dump_flags_the_withdrawn_toll_and_the_arrest_update() {
    let found = findings("examples/dispatches.fr.txt");
    assert_eq!(found.len(), 2, "{found:#?}");
    let (rule, severity, values, texts) = &found[0];
    assert_eq!(
        (rule.as_str(), *severity, *values),
        ("deaths-total-vs-parts", "error", [164.0, 42.0])
    );
    // The total, both parts, then the toll's other mentions.
    assert_eq!(texts[..3], ["164", "26", "16"]);
    assert!(texts[3..].iter().all(|t| t == "164"));
    let (rule, severity, values, texts) = &found[1];
    assert_eq!(
        (rule.as_str(), *severity, *values),
        ("arrests-consistency", "warning", [5800.0, 7989.0])
    );
    assert_eq!(texts[..2], ["5.800", "7.989"]);
}

#[test]
fn english_dump_gives_the_same_findings() {
    let found = findings("examples/dispatches.en.txt");
    let summary: Vec<(&str, &str, [f64; 2])> = found
        .iter()
        .map(|(r, s, v, _)| (r.as_str(), *s, *v))
        .collect();
    assert_eq!(
        summary,
        [
            ("deaths-total-vs-parts", "error", [164.0, 42.0]),
            ("arrests-consistency", "warning", [5800.0, 7989.0]),
        ]
    );
}

#[test]
fn consistent_articles_stay_silent() {
    // "At least 12" on Monday and 9 + 5 by Tuesday agree; a budget has nothing to contradict.
    assert_eq!(findings("examples/storm.en.txt"), vec![]);
    assert_eq!(findings("examples/budget.fr.txt"), vec![]);
}

#[test]
fn arrest_warning_names_both_dates() {
    let checker = Checker::with_defaults().unwrap();
    let file = SourceFile::read(
        &super::root()
            .join("examples/dispatches.fr.txt")
            .to_string_lossy(),
    )
    .unwrap();
    let report = checker.check(vec![file]);
    let warning = &report.findings[1];
    assert!(
        warning.message.contains("2022-01-09"),
        "{}",
        warning.message
    );
    assert!(
        warning.message.contains("2022-01-10"),
        "{}",
        warning.message
    );
    assert!(warning.message.contains("update"), "{}", warning.message);
}
