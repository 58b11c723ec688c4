//! The CI recipes in `examples/ci/` are valid YAML and every claimcheck command in them is a
//! command line claimcheck accepts.

use clap::Parser;

use super::root;

/// Every `claimcheck …` command line of a YAML file's strings, as words.
fn commands(value: &serde_yaml::Value, out: &mut Vec<Vec<String>>) {
    match value {
        serde_yaml::Value::String(s) => {
            for line in s.lines() {
                if let Some(start) = line.find("claimcheck report") {
                    let words = line[start..]
                        .split_whitespace()
                        .take_while(|w| *w != ">")
                        .map(|w| w.trim_matches('"').to_string())
                        .collect();
                    out.push(words);
                }
            }
        }
        serde_yaml::Value::Sequence(items) => items.iter().for_each(|v| commands(v, out)),
        serde_yaml::Value::Mapping(map) => map.values().for_each(|v| commands(v, out)),
        _ => {}
    }
}

#[test]
fn ci_recipes_parse_and_run_valid_command_lines() {
    let mut found = Vec::new();
    for name in [
        "github-actions.yml",
        "pre-commit-hooks.yaml",
        "pre-commit-config.yaml",
    ] {
        let text = std::fs::read_to_string(root().join("examples/ci").join(name)).unwrap();
        let yaml: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
        commands(&yaml, &mut found);
    }
    assert!(found.len() >= 3, "{found:?}");
    for words in found {
        let mut words = words;
        // The hook's entry gets the file names from pre-commit.
        if words
            .iter()
            .all(|w| w.starts_with('-') || w == "claimcheck" || w == "report" || w == "short")
        {
            words.push("dispatch.txt".into());
        }
        claimcheck::cli::Cli::try_parse_from(&words).unwrap_or_else(|e| panic!("{words:?}: {e}"));
    }
}
