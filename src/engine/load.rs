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
        let mut reason = e.to_string();
        let at = e.location().map(|l| {
            let offset = l.index().min(text.len());
            // serde places a duplicate key at its map's start: point at the second one, and
            // drop the map's line and column from the message.
            match duplicate_key_at(text, offset, &reason) {
                Some(key) => {
                    if let Some(cut) = reason.rfind(" at line ") {
                        reason.truncate(cut);
                    }
                    SourceSpan::from((key, 0))
                }
                None => SourceSpan::from((offset, 0)),
            }
        });
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

/// A map that names a key twice is a mistake, not a second thought: YAML would keep one of the
/// two silently, so the words of the other would never be matched.
pub(crate) fn unique_keys<'de, D, K, V>(
    deserializer: D,
) -> Result<std::collections::BTreeMap<K, V>, D::Error>
where
    D: serde::Deserializer<'de>,
    K: serde::Deserialize<'de> + Ord + std::fmt::Debug,
    V: serde::Deserialize<'de>,
{
    struct Unique<K, V>(std::marker::PhantomData<(K, V)>);
    impl<'de, K, V> serde::de::Visitor<'de> for Unique<K, V>
    where
        K: serde::Deserialize<'de> + Ord + std::fmt::Debug,
        V: serde::Deserialize<'de>,
    {
        type Value = std::collections::BTreeMap<K, V>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a map")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = std::collections::BTreeMap::new();
            while let Some(key) = map.next_key::<K>()? {
                if out.contains_key(&key) {
                    return Err(serde::de::Error::custom(format_args!(
                        "duplicate key {key:?}: give each key once, with all its words"
                    )));
                }
                let value = map.next_value()?;
                out.insert(key, value);
            }
            Ok(out)
        }
    }
    deserializer.deserialize_map(Unique(std::marker::PhantomData))
}

/// Where the key a "duplicate key \"XPF\"" error names is given the second time, in the map
/// that starts at `map`.
fn duplicate_key_at(text: &str, map: usize, reason: &str) -> Option<usize> {
    if !reason.contains("duplicate key") {
        return None;
    }
    let key = reason.split('"').nth(1)?;
    let indent = text.get(..map)?.rsplit('\n').next()?.len();
    let mut seen = 0;
    let mut at = map - indent;
    for line in text.get(at..)?.split_inclusive('\n') {
        let body = line.trim_start();
        let key_line = line.len() - body.len() == indent
            && body
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'));
        if key_line {
            seen += 1;
            if seen == 2 {
                return Some(at + indent);
            }
        }
        at += line.len();
    }
    None
}

/// Reads a rule pack file.
///
/// # Errors
/// An unreadable file or invalid YAML.
pub fn read_pack(path: &str) -> Result<(String, String, RawPack), Error> {
    let source = crate::source::SourceFile::read(path)?;
    let text = source.text.to_string();
    let pack = parse_pack(path, &text)?;
    Ok((path.to_string(), text, pack))
}

/// Parses a rule pack. serde stops at the first mistake, so when the pack does not parse each
/// rule of its `rules:` list is parsed on its own, and every mistake is reported at its place.
///
/// # Errors
/// Every rule that does not fit the schema, or the first mistake elsewhere.
pub fn parse_pack(name: &str, text: &str) -> Result<RawPack, Error> {
    let first = match parse_yaml::<RawPack>(name, text, "rule pack") {
        Ok(pack) if pack.version.is_some_and(|v| v != 1) => {
            let at = text
                .find("version")
                .map(|i| SourceSpan::from((i, "version".len())));
            return Err(Error::from(RuleError {
                what: "rule pack",
                name: name.to_string(),
                src: NamedSource::new(name, text.to_string()),
                at,
                reason: format!(
                    "schema version {} is not known to this claimcheck",
                    pack.version.unwrap_or(0)
                ),
                hint: Some("this claimcheck reads `version: 1`".into()),
            }));
        }
        Ok(pack) => return Ok(pack),
        Err(e) => e,
    };
    let errors: Vec<Error> = rule_items(text)
        .into_iter()
        .filter_map(|(offset, line, item)| {
            // Blank lines before the item keep serde's line numbers those of the file; the
            // list dash becomes a space so columns stay too.
            let padded = format!("{}{}", "\n".repeat(line), item.replacen('-', " ", 1));
            parse_yaml::<super::schema::RawRule>(name, &padded, "rule pack")
                .err()
                .map(|e| shift(e, name, text, offset, line))
        })
        .collect();
    Err(if errors.len() > 1 {
        Error::combine(errors).unwrap_or(first)
    } else {
        first
    })
}

/// Moves a diagnostic made on a padded rule item back onto the whole file.
fn shift(error: Error, name: &str, text: &str, offset: usize, padding: usize) -> Error {
    match error {
        Error::Rules(mut e) => {
            e.at =
                e.at.map(|at| SourceSpan::from((at.offset() - padding + offset, at.len())));
            e.src = NamedSource::new(name, text.to_string());
            Error::Rules(e)
        }
        other => other,
    }
}

/// The items of the top-level `rules:` list: (byte offset, 0-based line, text).
fn rule_items(text: &str) -> Vec<(usize, usize, &str)> {
    let mut items = Vec::new();
    let mut in_rules = false;
    let mut indent = None;
    let mut offset = 0;
    let mut current: Option<(usize, usize)> = None;
    for (line_number, line) in text.split_inclusive('\n').enumerate() {
        let trimmed = line.trim_start();
        let this_indent = line.len() - trimmed.len();
        let blank = trimmed.trim().is_empty() || trimmed.starts_with('#');
        if !blank && this_indent == 0 {
            if let Some((start, first_line)) = current.take() {
                items.push((start, first_line, &text[start..offset]));
            }
            in_rules = trimmed.starts_with("rules:");
        } else if in_rules && trimmed.starts_with("- ") && indent.is_none_or(|i| i == this_indent) {
            indent = Some(this_indent);
            if let Some((start, first_line)) = current.take() {
                items.push((start, first_line, &text[start..offset]));
            }
            current = Some((offset, line_number));
        }
        offset += line.len();
    }
    if let Some((start, first_line)) = current {
        items.push((start, first_line, &text[start..]));
    }
    items
}

/// A rule id named in `text` that no loaded rule has, pointed at where `text` names it.
pub fn unknown_id<'a>(
    name: &str,
    text: &str,
    id: &str,
    known: impl Iterator<Item = &'a str>,
) -> Error {
    let at = text
        .find(id)
        .map(|offset| SourceSpan::from((offset, id.len())));
    let line_col = at.map_or_else(String::new, |at| {
        let (line, column) = crate::source::LineIndex::new(text).line_col(text, at.offset());
        format!(" at line {line} column {column}")
    });
    Error::from(RuleError {
        what: "configuration",
        name: name.to_string(),
        src: NamedSource::new(name, text.to_string()),
        at,
        reason: format!("no rule has the id `{id}`{line_col}"),
        hint: Some(closest(id, known).map_or_else(
            || "`claimcheck rules` lists the rule ids".to_string(),
            |best| format!("did you mean `{best}`?"),
        )),
    })
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
