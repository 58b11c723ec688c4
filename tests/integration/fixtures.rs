//! The default rules' fixture gates (`tests/fixtures/<kind>/fires-*`, `silent-*`), run through
//! `claimcheck test` as CI runs them.

use super::{run, scratch, stdout, write};

const KINDS: [&str; 7] = [
    "consistency",
    "total-vs-parts",
    "breakdown",
    "monotonic",
    "range",
    "conversion",
    "withdrawn-figure",
];

#[test]
fn every_kind_fires_on_its_fixture_and_stays_silent_on_the_look_alike() {
    let out = run(&["test", "tests/fixtures"], None);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    for kind in KINDS {
        for prefix in ["fires-", "silent-"] {
            let needle = format!("PASS tests/fixtures/{kind}/{prefix}");
            assert!(
                text.contains(&needle),
                "no passing {prefix} fixture for {kind}:\n{text}"
            );
        }
    }
    assert!(text.trim_end().ends_with(" passed, 0 failed"), "{text}");
}

#[test]
fn a_wrong_expectation_fails_with_a_diff() {
    let dir = scratch("fixture");
    write(
        &dir,
        "toll.txt",
        b"Officials said 12 people were killed. Later they said 30 people were killed.",
    );
    write(
        &dir,
        "toll.expected.yaml",
        b"findings:\n  - { rule: deaths-consistency, values: [12, 31] }\n",
    );
    let out = run(&["test", &dir.to_string_lossy()], None);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("FAIL"), "{text}");
    assert!(text.contains("- deaths-consistency [12, 31]"), "{text}");
    assert!(
        text.contains("+ deaths-consistency error [12, 30]"),
        "{text}"
    );
    assert!(text.contains("0 passed, 1 failed"), "{text}");
}
