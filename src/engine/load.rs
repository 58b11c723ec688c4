//! Loading rule packs: the embedded default pack, `--rules` files, YAML errors as diagnostics.
//!
//! serde_yaml is archived upstream; it is used only here, so replacing it touches one file.

use miette::{NamedSource, SourceSpan};
use serde::de::DeserializeOwned;

use super::schema::RawPack;
use crate::error::{Error, RuleError};

/// Plausible exchange rates for `conversion` rules, embedded.
pub const DEFAULT_RATES: (&str, &str) =
    ("rules/rates.yaml", include_str!("../../rules/rates.yaml"));

/// The default pack, embedded so the tool works with no file around it.
pub const DEFAULT_PACK: (&str, &str) = (
    "rules/default.yaml",
    include_str!("../../rules/default.yaml"),
);

/// Parses YAML text, turning a serde error into a diagnostic at its line and column with a
/// "did you mean" hint for misspelt keys and values.
///
/// # Errors
/// Invalid YAML or a value that does not fit the schema.
pub fn parse_yaml<T: DeserializeOwned>(
    name: &str,
    text: &str,
    what: &'static str,
) -> Result<T, Error> {
    serde_yaml::from_str(text).map_err(|e| {
        let at = e.location().map(|l| {
            let offset = l.index().min(text.len());
            SourceSpan::from((offset, 0))
        });
        let reason = e.to_string();
        let hint = did_you_mean(&reason);
        Error::from(RuleError {
            what,
            name: name.to_string(),
            src: NamedSource::new(name, text.to_string()),
            at,
            reason,
            hint,
        })
    })
}

/// Reads a rule pack file.
///
/// # Errors
/// An unreadable file or invalid YAML.
pub fn read_pack(path: &str) -> Result<(String, String, RawPack), Error> {
    let source = crate::source::SourceFile::read(path)?;
    let text = source.text.to_string();
    let pack = parse_yaml(path, &text, "rule pack")?;
    Ok((path.to_string(), text, pack))
}

/// From serde's "unknown variant `x`, expected one of `a`, `b`": the closest expected word.
fn did_you_mean(reason: &str) -> Option<String> {
    let (_, rest) = reason.split_once("unknown ")?;
    let mut quoted = rest.split('`').skip(1).step_by(2);
    let wrong = quoted.next()?;
    let expected: Vec<&str> = quoted.collect();
    let best = closest(wrong, expected.iter().copied())?;
    Some(format!("did you mean `{best}`?"))
}

/// The candidate nearest to `word` by edit distance, if it is near enough to be a typo.
pub fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, c)| *d <= (c.len() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn did_you_mean_finds_the_nearest_variant() {
        let reason = "rules[0].kind: unknown variant `consistensy`, expected `consistency` or `total-vs-parts` at line 3 column 11";
        assert_eq!(
            did_you_mean(reason).as_deref(),
            Some("did you mean `consistency`?")
        );
        assert_eq!(did_you_mean("unknown field `zzz`, expected `id`"), None);
    }
}
