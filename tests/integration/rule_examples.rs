//! Every rule's documented `example` gives the findings it says it gives, so the docs cannot
//! drift from the engine.

use claimcheck::source::SourceFile;
use claimcheck::Checker;

#[test]
fn every_default_rule_example_gives_its_findings() {
    let checker = Checker::with_defaults().unwrap();
    let mut checked = 0;
    for rule in &checker.rules.rules {
        let Some(example) = &rule.example else {
            continue;
        };
        let report = checker.check(vec![SourceFile::new(
            format!("{}.txt", rule.id),
            example.text.as_str(),
        )]);
        let got: Vec<(&str, [f64; 2])> = report
            .findings
            .iter()
            .map(|f| (f.rule.as_str(), f.values))
            .collect();
        let want: Vec<(&str, [f64; 2])> = example
            .expect
            .iter()
            .map(|e| {
                let v = e.values.clone().unwrap_or_default();
                (e.rule.as_str(), [v[0], v[1]])
            })
            .collect();
        assert_eq!(got, want, "example of {}", rule.id);
        checked += 1;
    }
    assert!(checked >= 4, "only {checked} rules carry an example");
}
