//! The command line as a user meets it: exit codes, formats, stdin, bad input, bad rules.

use super::{run, scratch, stderr, stdout, write};

#[test]
fn report_exits_1_on_an_error_finding_and_0_with_fail_on_never() {
    let out = run(&["report", "examples/dispatches.fr.txt"], None);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let out = run(
        &["report", "--fail-on", "never", "examples/dispatches.fr.txt"],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let out = run(&["report", "examples/storm.en.txt"], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("no contradictions found"));
}

#[test]
fn fail_on_warning_counts_warnings() {
    // The English dump's warning alone fails the run at --fail-on warning.
    let dir = scratch("warning");
    let text = "Police said on Sunday that 300 people had been arrested.\n\nOn Monday, 450 people were in custody, police said.\n";
    let path = write(
        &dir,
        "update.txt",
        format!("Riots\n\nPublished on Monday 10 January 2022\n\n{text}").as_bytes(),
    );
    assert_eq!(run(&["report", &path], None).status.code(), Some(0));
    assert_eq!(
        run(&["report", "--fail-on", "warning", &path], None)
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn short_format_is_one_line_per_finding() {
    let out = run(
        &["report", "--format", "short", "examples/dispatches.fr.txt"],
        None,
    );
    assert_eq!(
        stdout(&out),
        "examples/dispatches.fr.txt:3:153: error[deaths-total-vs-parts]: death toll of more than 164 contradicts 26 + 16 = 42 killed\n\
         examples/dispatches.fr.txt:33:38: warning[arrests-consistency]: 5,800 arrested (présidence, 2022-01-09) against 7,989 (ministère de l'Intérieur, 2022-01-10) — dated 2022-01-09 and 2022-01-10: the later figure may be an update\n"
    );
    assert!(
        stderr(&out).contains("1 file, 4 articles"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn human_format_labels_every_claim_involved() {
    let out = run(
        &["report", "--color", "never", "examples/dispatches.fr.txt"],
        None,
    );
    let text = stdout(&out);
    for label in [
        "total: more than 164 (withdrawn; ministère de l'information; 2022-01-09)",
        "part: 26 protesters",
        "part: 16 security forces",
        "same total: 164 (unverified)",
        "earlier figure: 5,800 (présidence; 2022-01-09)",
        "later figure: 7,989 (ministère de l'Intérieur; 2022-01-10)",
        "help: Check which figure is current",
    ] {
        assert!(text.contains(label), "missing {label:?} in\n{text}");
    }
    assert!(!text.contains('\u{1b}'), "no colour when piped");
}

#[test]
fn color_always_colours_and_no_color_does_not() {
    let out = run(
        &["report", "--color", "always", "examples/dispatches.fr.txt"],
        None,
    );
    assert!(stdout(&out).contains('\u{1b}'));
    assert!(stdout(&out).contains('╭'), "graphical");
    // Piped: plain lines, a place and a quote for every claim, no colour, no boxes.
    let out = run(&["report", "examples/dispatches.fr.txt"], None);
    let text = stdout(&out);
    assert!(!text.contains('\u{1b}') && !text.contains('╭'), "{text}");
    assert!(
        text.contains("  examples/dispatches.fr.txt:3:153: total: more than 164"),
        "{text}"
    );
    assert!(text.contains("    > …un canal Telegram officiel"), "{text}");
}

#[test]
fn dash_reads_standard_input() {
    let text = "Selon la police, 30 civils et 12 policiers ont été tués. Le bilan officiel est de 90 morts.";
    let out = run(&["report", "--format", "short", "-"], Some(text.as_bytes()));
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).starts_with("<stdin>:1:"), "{}", stdout(&out));
    assert!(stdout(&out).contains("death toll of 90 contradicts 30 + 12 = 42 killed"));
}

#[test]
fn claims_lists_every_figure() {
    let out = run(&["claims", "examples/budget.fr.txt"], None);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.lines().next().unwrap().starts_with("id "));
    assert!(text.contains("1,2 milliard"));
    assert!(text.contains("une centaine"));
    assert_eq!(text.lines().count(), 7, "{text}");
}

#[test]
fn missing_file_is_a_clear_error_with_exit_2() {
    let out = run(&["report", "no/such/file.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("cannot read `no/such/file.txt`: no such file"),
        "{err}"
    );
    assert!(!err.contains("panicked"));
}

#[test]
fn a_directory_without_text_files_is_a_clear_error_with_exit_2() {
    let dir = scratch("no-text");
    write(&dir, "data.csv", b"a,b\n");
    let out = run(&["report", &dir.display().to_string()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no file to read under"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn invalid_utf8_is_reported_with_line_and_column() {
    let dir = scratch("utf8");
    let path = write(
        &dir,
        "latin1.txt",
        b"Le bilan\nest de 42 morts \xe0 Paris.\n",
    );
    let out = run(&["report", &path], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("is not valid UTF-8 at line 2, column 17"),
        "{err}"
    );
    assert!(err.contains("iconv"), "{err}");
}

#[test]
fn binary_file_is_refused() {
    let dir = scratch("binary");
    let path = write(&dir, "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    let out = run(&["report", &path], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("looks like a binary file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn empty_input_is_a_clean_no_claims() {
    let out = run(&["report", "-"], Some(b""));
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("no claims found"));
    let out = run(&["report", "--format", "json", "-"], Some(b"   \n\n"));
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["claims"].as_array().map(Vec::len), Some(0));
}

#[test]
fn no_files_is_a_usage_error() {
    let out = run(&["report"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("FILE"), "{}", stderr(&out));
}

#[test]
fn help_teaches_formats_and_exit_codes() {
    let out = run(&["report", "--help"], None);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    for needle in [
        "--format",
        "--fail-on",
        "--rules",
        "Exit codes:",
        "2  usage error",
    ] {
        assert!(text.contains(needle), "missing {needle:?}");
    }
}

const BAD_KIND: &str = "version: 1\nrules:\n  - id: deaths-check\n    kind: consistensy\n    severity: error\n    message: \"x\"\n";
const BAD_KEY: &str = "version: 1\nrules:\n  - id: deaths-check\n    kind: consistency\n    severity: error\n    mesage: \"x\"\n";
const BAD_TYPE: &str = "version: 1\nrules:\n  - id: deaths-check\n    kind: consistency\n    severity: error\n    message: \"x\"\n    tolerance: { absolute: lots }\n";
const BAD_CATEGORY: &str = "version: 1\nrules:\n  - id: deaths-check\n    kind: consistency\n    select: { category: deahts }\n    severity: error\n    message: \"x\"\n";
const DUPLICATE_KEY: &str = "version: 1\nlexicon:\n  - language: fr\n    currencies:\n      XPF: [pacifique]\n      XPF: [cfp]\nrules: []\n";
const BAD_PLACEHOLDER: &str = "version: 1\nrules:\n  - id: deaths-check\n    kind: total-vs-parts\n    severity: error\n    message: \"{totl} against {sum}\"\n";

#[test]
fn rule_file_mistakes_point_at_line_and_column() {
    let dir = scratch("rules");
    let cases = [
        (
            "kind.yaml",
            BAD_KIND,
            "line 4 column 11",
            Some("did you mean `consistency`?"),
        ),
        (
            "key.yaml",
            BAD_KEY,
            "line 6 column 5",
            Some("did you mean `message`?"),
        ),
        ("type.yaml", BAD_TYPE, "line 7 column 28", None),
        (
            "category.yaml",
            BAD_CATEGORY,
            "line 5 column 25",
            Some("did you mean `deaths`?"),
        ),
        ("placeholder.yaml", BAD_PLACEHOLDER, "line 6 column 5", None),
        // A key given twice, pointed at where it comes the second time.
        (
            "duplicate.yaml",
            DUPLICATE_KEY,
            "duplicate.yaml:6:7]",
            Some("duplicate key \"XPF\""),
        ),
    ];
    for (name, yaml, place, hint) in cases {
        let path = write(&dir, name, yaml.as_bytes());
        let out = run(
            &["report", "--rules", &path, "examples/budget.fr.txt"],
            None,
        );
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = stderr(&out);
        assert!(err.contains(place), "{name}: {err}");
        assert!(
            err.contains(&format!("invalid rule pack `{path}`")),
            "{name}: {err}"
        );
        if let Some(hint) = hint {
            assert!(err.contains(hint), "{name}: {err}");
        }
    }
}

#[test]
fn a_user_pack_adds_words_and_a_rule_without_recompiling() {
    let dir = scratch("pack");
    let pack = r#"version: 1
lexicon:
  - language: en
    categories:
      evacuations: [evacuated, "moved to shelters"]
rules:
  - id: evacuations-consistency
    kind: consistency
    select: { category: evacuations }
    scope: article
    severity: error
    message: "{first} evacuated against {second}"
"#;
    let pack = write(&dir, "pack.yaml", pack.as_bytes());
    let text =
        "Officials said 1,200 people were evacuated. The mayor said 3,000 people were evacuated.";
    let out = run(
        &["report", "--format", "short", "--rules", &pack, "-"],
        Some(text.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("error[evacuations-consistency]: 1,200 evacuated against 3,000"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn rules_lists_the_default_pack() {
    let out = run(&["rules"], None);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let line = text
        .lines()
        .find(|l| l.starts_with("deaths-total-vs-parts "))
        .unwrap();
    assert!(
        line.contains(" total-vs-parts ") && line.contains(" error "),
        "{text}"
    );
    assert!(text.contains("arrests-consistency"));
}

#[test]
fn three_mistakes_in_one_pack_give_three_diagnostics() {
    let dir = scratch("three");
    let pack = format!(
        "{}\n{}\n{}",
        BAD_KIND.trim_end(),
        "  - id: arrests-check\n    kind: consistency\n    severity: error\n    mesage: \"x\"\n",
        "  - id: troops-check\n    kind: consistency\n    severity: error\n    message: \"x\"\n    tolerance: { absolute: lots }\n"
    );
    let path = write(&dir, "three.yaml", pack.as_bytes());
    let out = run(&["rules", "--check", &path], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("3 mistakes in rule packs"), "{err}");
    for place in ["line 4 column 11", "line 10 column 5", "line 16 column 28"] {
        assert!(err.contains(place), "missing {place}: {err}");
    }
}

#[test]
fn explain_prints_what_a_rule_checks_and_its_example() {
    let out = run(&["explain", "deaths-total-vs-parts"], None);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    for needle in [
        "deaths-total-vs-parts (total-vs-parts, error, scope article)",
        "a stated death toll must hold the sum",
        "kind: total-vs-parts",
        "Example:",
        "death toll of more than 90 contradicts 30 + 12 = 42 killed",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in\n{text}");
    }
    let out = run(&["explain", "deaths-totl-vs-parts"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("did you mean `deaths-total-vs-parts`?"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn config_file_is_found_upward_and_flags_override_it() {
    let dir = scratch("config");
    let nested = dir.join("desk/today");
    std::fs::create_dir_all(&nested).unwrap();
    write(
        &dir,
        "claimcheck.yaml",
        b"fail-on: warning\ndisable: [arrests-consistency]\n",
    );
    let dump = super::root().join("examples/dispatches.fr.txt");
    let dump = dump.to_string_lossy();
    let run_in = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_claimcheck"))
            .args(args)
            .current_dir(&nested)
            .output()
            .unwrap()
    };
    let out = run_in(&["report", "--format", "short", &dump]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("deaths-total-vs-parts"), "{text}");
    assert!(
        !text.contains("arrests-consistency"),
        "disabled rule ran: {text}"
    );
    assert_eq!(out.status.code(), Some(1));
    // --isolated ignores the file; the arrests warning is back.
    let out = run_in(&["report", "--isolated", "--format", "short", &dump]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("arrests-consistency"));
    // A flag beats the file.
    let out = run_in(&["report", "--fail-on", "never", "--format", "short", &dump]);
    assert_eq!(out.status.code(), Some(0));
    // An unknown key is an error with its place.
    write(&dir, "claimcheck.yaml", b"fail-on: warning\ndisabel: [x]\n");
    let out = run_in(&["report", &dump]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2 column 1"));
}

#[test]
fn config_severities_apply_and_unknown_ids_are_pointed_at() {
    let dir = scratch("config-ids");
    let dump = super::root().join("examples/dispatches.fr.txt");
    let dump = dump.to_string_lossy();
    let config = write(
        &dir,
        "desk.yaml",
        b"severity:\n  deaths-total-vs-parts: info\n",
    );
    let out = run(
        &["report", "--config", &config, "--format", "short", &dump],
        None,
    );
    let text = stdout(&out);
    assert!(text.contains("info[deaths-total-vs-parts]"), "{text}");
    assert!(!text.contains("error["), "{text}");
    assert_eq!(out.status.code(), Some(0));

    let config = write(
        &dir,
        "typo.yaml",
        b"fail-on: error\ndisable:\n  - deaths-totl-vs-parts\n",
    );
    let out = run(&["report", "--config", &config, &dump], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("no rule has the id `deaths-totl-vs-parts` at line 3 column 5"),
        "{err}"
    );
    assert!(
        err.contains("did you mean `deaths-total-vs-parts`?"),
        "{err}"
    );
}

#[test]
fn rules_check_validates_each_pack() {
    let dir = scratch("check");
    let good = write(
        &dir,
        "good.yaml",
        b"version: 1\nrules:\n  - id: troops-spread\n    kind: consistency\n    select: { category: troops }\n    severity: warning\n    message: \"{first} against {second}\"\n",
    );
    let out = run(&["rules", "--check", &good], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("good.yaml: ok, 1 rule"));
    let bad = write(&dir, "bad.yaml", BAD_KEY.as_bytes());
    let out = run(&["rules", "--check", &good, &bad], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("line 6 column 5"), "{}", stderr(&out));
}

#[test]
fn rules_check_catches_unknown_groups_units_versions_and_wrong_examples() {
    let dir = scratch("check-more");
    let cases: [(&str, &str, &str); 11] = [
        (
            "by-noun.yaml",
            "version: 1\nrules:\n  - id: x-check\n    kind: breakdown\n    by-noun: true\n    severity: error\n    message: \"x\"\n",
            "`by-noun:` only applies to rules of kind `consistency`",
        ),
        (
            "ignore-nouns.yaml",
            "version: 1\nrules:\n  - id: x-check\n    kind: consistency\n    ignore-nouns: [seats]\n    severity: error\n    message: \"x\"\n",
            "`ignore-nouns:` needs `by-noun: true`",
        ),
        (
            "within.yaml",
            "version: 1\nrules:\n  - id: x-check\n    kind: breakdown\n    within: 1.5\n    severity: error\n    message: \"x\"\n",
            "`within:` only applies to rules of kind `consistency`",
        ),
        (
            "within-ratio.yaml",
            "version: 1\nrules:\n  - id: x-check\n    kind: consistency\n    within: 0.5\n    severity: error\n    message: \"x\"\n",
            "`within:` must be a ratio above 1",
        ),
        (
            "apart.yaml",
            "version: 1\nrules:\n  - id: x-check\n    kind: breakdown\n    apart: [attackers]\n    severity: error\n    message: \"x\"\n",
            "`apart:` only applies to rules of kind `consistency`",
        ),
        (
            "apart-group.yaml",
            "version: 1\nrules:\n  - id: x-check\n    kind: consistency\n    apart: [atackers]\n    severity: error\n    message: \"x\"\n",
            "did you mean `attackers`?",
        ),
        (
            "whole.yaml",
            "version: 1\nrules:\n  - id: x-check\n    kind: consistency\n    whole: stated\n    severity: error\n    message: \"x\"\n",
            "`whole:` only applies to rules of kind `total-vs-parts`",
        ),
        (
            "whole-value.yaml",
            "version: 1\nrules:\n  - id: x-check\n    kind: total-vs-parts\n    whole: stateed\n    severity: error\n    message: \"x\"\n",
            "stated",
        ),
        (
            "group.yaml",
            "version: 1\nrules:\n  - id: x-check\n    kind: consistency\n    select: { group: protestors }\n    severity: error\n    message: \"x\"\n",
            "did you mean `protesters`?",
        ),
        (
            "unit.yaml",
            "version: 1\nrules:\n  - id: x-check\n    kind: consistency\n    select: { unit: EURO }\n    severity: error\n    message: \"x\"\n",
            "did you mean `EUR`?",
        ),
        (
            "version.yaml",
            "version: 2\nrules: []\n",
            "schema version 2 is not known",
        ),
    ];
    for (name, pack, needle) in cases {
        let path = write(&dir, name, pack.as_bytes());
        let out = run(&["rules", "--check", &path], None);
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert!(stderr(&out).contains(needle), "{name}: {}", stderr(&out));
    }
    // A desk's rule is not hidden by a default rule on the same claims, and its example runs.
    let pack = "version: 1\nrules:\n  - id: troops-spread\n    kind: consistency\n    select: { category: troops }\n    severity: warning\n    message: \"{first} against {second}\"\n    example:\n      text: \"Officials said 300 troops were deployed. The army said 900 troops were deployed.\"\n      expect: [{ rule: troops-spread, values: [300, 900] }]\n";
    let good = write(&dir, "spread.yaml", pack.as_bytes());
    let out = run(&["rules", "--check", &good], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let bad = write(
        &dir,
        "spread-bad.yaml",
        pack.replace("900] }", "800] }").as_bytes(),
    );
    let out = run(&["rules", "--check", &bad], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("[300, 800]") && err.contains("[300, 900]"),
        "{err}"
    );
}

#[test]
fn a_closed_stderr_keeps_the_error_exit_code() {
    // `claimcheck … 2>&1 | head -1`: the reader is gone before the diagnostic is written.
    let dir = scratch("closed-stderr");
    let pack = write(&dir, "bad.yaml", BAD_KEY.as_bytes());
    let text = write(&dir, "a.txt", b"Police said 12 people were killed.\n");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["report", "--rules", &pack, &text])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take());
    assert_eq!(child.wait().unwrap().code(), Some(2));
}
