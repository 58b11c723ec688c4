//! The real dump the project starts from (`../shared/seed/`, beside the repository), when it is
//! there: what a careful editor flags in it, and what must stay silent.

use claimcheck::source::SourceFile;
use claimcheck::Checker;

fn seed() -> Option<SourceFile> {
    let path = super::root().join("../shared/seed/dispatches-2022.fr.txt");
    if !path.exists() {
        eprintln!("seed dump not found at {}: skipped", path.display());
        return None;
    }
    Some(SourceFile::read(&path.to_string_lossy()).unwrap())
}

#[test]
fn seed_gives_the_two_findings_an_editor_expects() {
    let Some(file) = seed() else { return };
    let report = Checker::with_defaults().unwrap().check(vec![file]);
    let summary: Vec<(&str, &str, [f64; 2])> = report
        .findings
        .iter()
        .map(|f| (f.rule.as_str(), f.severity.as_str(), f.values))
        .collect();
    assert_eq!(
        summary,
        [
            ("deaths-total-vs-parts", "error", [164.0, 42.0]),
            ("arrests-consistency", "warning", [5800.0, 7989.0]),
        ]
    );
    let deaths = &report.findings[0];
    let texts: Vec<&str> = deaths
        .claims
        .iter()
        .map(|&id| report.store[id].text.as_str())
        .collect();
    assert_eq!(texts[..3], ["164", "26", "16"]);
}

#[test]
fn seed_figures_have_the_right_values() {
    let Some(file) = seed() else { return };
    let report = Checker::with_defaults().unwrap().claims(vec![file]);
    let value_of = |text: &str| {
        report
            .store
            .all()
            .iter()
            .find(|c| c.text == text)
            .map(|c| (c.value, c.category.clone(), c.unit.as_str().to_string()))
            .unwrap_or_else(|| panic!("no claim {text:?}"))
    };
    assert_eq!(value_of("7.989").0, 7989.0);
    assert_eq!(value_of("2.030").0, 2030.0);
    assert_eq!(value_of("1,8 million").0, 1_800_000.0);
    assert_eq!(value_of("2,3 milliards").0, 2_300_000_000.0);
    assert_eq!(value_of("3,10").0, 3.1);
    assert_eq!(
        value_of("175 millions"),
        (175_000_000.0, "money".into(), "EUR".into())
    );
    // Years and dates are no claims.
    for not_a_claim in ["1989", "2019", "2023", "2000", "2022", "10", "2", "3"] {
        assert!(
            report.store.all().iter().all(|c| c.text != not_a_claim),
            "{not_a_claim} taken for a claim"
        );
    }
}

#[test]
fn seed_claims_carry_source_date_and_status() {
    let Some(file) = seed() else { return };
    let report = Checker::with_defaults().unwrap().claims(vec![file]);
    let find = |text: &str| {
        report
            .store
            .all()
            .iter()
            .find(|c| c.text == text)
            .unwrap_or_else(|| panic!("no claim {text:?}"))
    };
    let toll = report
        .store
        .all()
        .iter()
        .find(|c| c.text == "164" && c.qualifier == claimcheck::claim::Qualifier::MoreThan)
        .unwrap();
    assert_eq!(toll.status, claimcheck::claim::Status::Withdrawn);
    assert_eq!(toll.source.as_deref(), Some("ministère de l'information"));
    let detained = find("7.989");
    assert_eq!(detained.source.as_deref(), Some("ministère de l'Intérieur"));
    assert_eq!(
        detained.date.map(|d| d.to_string()).as_deref(),
        Some("2022-01-10")
    );
    let arrested = find("5.800");
    assert_eq!(
        arrested.date.map(|d| d.to_string()).as_deref(),
        Some("2022-01-09")
    );
    assert_eq!(arrested.source.as_deref(), Some("présidence"));
}
