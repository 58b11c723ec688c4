//! The JSON contract (`shared/contract.md`, version 1): the shape outside tools rely on.

use serde_json::Value;

use super::run;

fn report_json(args: &[&str]) -> Value {
    let out = run(args, None);
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON document")
}

fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

#[test]
fn report_json_has_the_contract_shape() {
    let json = report_json(&["report", "--format", "json", "examples/dispatches.fr.txt"]);
    assert_eq!(
        keys(&json),
        ["claims", "files", "findings", "summary", "version"]
    );
    assert_eq!(json["version"], 1);
    assert_eq!(
        json["files"][0],
        serde_json::json!({"path": "examples/dispatches.fr.txt", "articles": 4})
    );

    let claim = json["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"] == "7.989")
        .expect("the 7.989 claim");
    // Every field of contract v1 is there (the project may add fields).
    let claim_keys = keys(claim);
    for key in [
        "article",
        "category",
        "column",
        "date",
        "end",
        "file",
        "group",
        "high",
        "id",
        "line",
        "low",
        "qualifier",
        "source",
        "start",
        "status",
        "text",
        "unit",
        "value",
    ] {
        assert!(claim_keys.contains(&key), "claim lacks {key}");
    }
    assert_eq!(claim["value"], 7989);
    assert_eq!(claim["low"], 7989);
    assert_eq!(claim["high"], 7989);
    assert_eq!(claim["qualifier"], "exact");
    assert_eq!(claim["category"], "arrests");
    assert_eq!(claim["group"], Value::Null);
    assert_eq!(claim["unit"], "people");
    assert_eq!(claim["article"], 0);
    assert_eq!(claim["source"], "ministère de l'Intérieur");
    assert_eq!(claim["date"], "2022-01-10");
    assert_eq!(claim["status"], "asserted");
    assert_eq!(claim["line"], 29);
    assert_eq!(claim["column"], 17);
    // start/end are byte offsets into the file on disk.
    let text = std::fs::read(super::root().join("examples/dispatches.fr.txt")).unwrap();
    let (start, end) = (
        claim["start"].as_u64().unwrap() as usize,
        claim["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], b"7.989");

    let more_than = json["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["qualifier"] == "more_than" && c["text"] == "164")
        .unwrap();
    assert_eq!(more_than["high"], Value::Null);
    assert_eq!(more_than["status"], "withdrawn");

    let finding = &json["findings"][0];
    assert_eq!(
        keys(finding),
        [
            "category",
            "claims",
            "fingerprint",
            "message",
            "rule",
            "severity",
            "values"
        ]
    );
    assert_eq!(finding["rule"], "deaths-total-vs-parts");
    assert_eq!(finding["severity"], "error");
    assert_eq!(finding["category"], "deaths");
    assert_eq!(finding["values"], serde_json::json!([164, 42]));
    assert_eq!(
        finding["message"],
        "death toll of more than 164 contradicts 26 + 16 = 42 killed"
    );
    let ids: Vec<&str> = finding["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(ids.iter().all(|id| id.starts_with('c')));

    assert_eq!(
        json["summary"],
        serde_json::json!({"files": 1, "claims": json["claims"].as_array().unwrap().len(), "errors": 1, "warnings": 1, "infos": 0})
    );
}

#[test]
fn claims_json_has_version_files_and_claims() {
    let json = report_json(&["claims", "--format", "json", "examples/budget.fr.txt"]);
    assert_eq!(keys(&json), ["claims", "files", "version"]);
    let money = json["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["unit"] == "EUR")
        .unwrap();
    assert_eq!(money["value"], 1_200_000_000_i64);
    assert_eq!(money["category"], "money");
    assert_eq!(money["date"], "2022-12-15");
}
