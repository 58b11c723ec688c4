//! From a rule as written to a rule the engine runs: check every field against its kind, the
//! known categories and the template placeholders, and say where in the YAML a mistake is.

use miette::{NamedSource, SourceSpan};

use super::schema::{
    Kind, List, RawExample, RawRule, RawSelector, Scope, Severity, Tolerance, Whole,
};
use super::selector::{Selector, DEFAULT_STATUSES};
use super::template::Template;
use crate::claim::singular;
use crate::error::{Error, RuleError};
use crate::lexicon::Lexicon;

/// A rule ready to run.
#[derive(Debug, Clone)]
pub struct Rule {
    /// Stable id.
    pub id: String,
    /// What it checks.
    pub kind: Kind,
    /// Which claims.
    pub selector: Selector,
    /// Compared within what.
    pub scope: Scope,
    /// Allowed slack.
    pub tolerance: Tolerance,
    /// Severity of a finding.
    pub severity: Severity,
    /// Severity when the figures carry different dates.
    pub update_severity: Severity,
    /// The message template.
    pub message: Template,
    /// What to do.
    pub help: Option<String>,
    /// One line on what it checks.
    pub summary: Option<String>,
    /// Why it matters.
    pub why: Option<String>,
    /// A documented example.
    pub example: Option<RawExample>,
    /// Where the rule comes from: `rules/default.yaml` or a user file.
    pub origin: String,
    /// Whether rises are reported (`monotonic`): only when `update-severity` is written.
    pub reports_updates: bool,
    /// `range`: the smallest value allowed.
    pub min: Option<f64>,
    /// `range`: the largest value allowed.
    pub max: Option<f64>,
    /// `range`: the largest sum of one list's shares (`max` when absent).
    pub max_sum: Option<f64>,
    /// `total-vs-parts`: which totals a list is held against.
    pub whole: Whole,
    /// `consistency`: groups never held against the figures for everyone.
    pub apart: Vec<String>,
    /// `consistency`: the largest ratio between two figures held against each other.
    pub within: Option<f64>,
    /// The rule as written in its pack, for `explain`.
    pub source_text: String,
}

/// Placeholders each kind fills in its message.
#[must_use]
pub fn placeholders(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Consistency => &[
            "category",
            "noun",
            "first",
            "second",
            "first_date",
            "second_date",
            "first_source",
            "second_source",
        ],
        Kind::TotalVsParts => &[
            "category",
            "total",
            "parts",
            "sum",
            "total_source",
            "total_date",
        ],
        Kind::Breakdown => &["category", "total", "part", "parts", "sum"],
        Kind::Monotonic => &["category", "first", "second", "first_date", "second_date"],
        Kind::Range => &["category", "value", "min", "max", "max_sum", "sum"],
        Kind::Conversion => &["first", "second", "rate", "expected"],
        Kind::WithdrawnFigure => &["category", "figure", "status", "source", "used"],
    }
}

/// Compiles one raw rule of the pack `name` (whose text is `text`, for error labels).
///
/// # Errors
/// An unknown category, a bad template, an empty id: each labelled on the YAML.
pub fn compile(raw: RawRule, name: &str, text: &str, lexicon: &Lexicon) -> Result<Rule, Error> {
    let fail = |needle: &str, reason: String, hint: Option<String>| {
        let at = locate(text, &raw.id, needle);
        let offset = at.map_or(0, |a| a.offset());
        let index = crate::source::LineIndex::new(text);
        let (line, column) = index.line_col(text, offset);
        Error::from(RuleError {
            what: "rule pack",
            name: name.to_string(),
            src: NamedSource::new(name, text.to_string()),
            at,
            reason: format!("{reason} at line {line} column {column}"),
            hint,
        })
    };
    if raw.id.trim().is_empty() || raw.id.contains(char::is_whitespace) {
        return Err(fail(
            "id:",
            format!("rule id `{}` must be one kebab-case word", raw.id),
            Some("name it `<category>-<kind>`, e.g. `deaths-total-vs-parts`".into()),
        ));
    }
    let mut selector = compile_selector(&raw.select, lexicon).map_err(|(field, wrong, hint)| {
        fail(
            &wrong,
            format!("unknown {field} `{wrong}` in rule `{}`", raw.id),
            hint,
        )
    })?;
    let message = Template::parse(&raw.message, placeholders(raw.kind))
        .map_err(|reason| fail("message:", reason, None))?;
    let bounds_given = raw.min.is_some() || raw.max.is_some() || raw.max_sum.is_some();
    if raw.kind == Kind::Range && !bounds_given {
        return Err(fail(
            "kind:",
            format!(
                "rule `{}` of kind `range` needs `min`, `max` or `max-sum`",
                raw.id
            ),
            Some("add e.g. `min: 0` and `max: 100`".into()),
        ));
    }
    // Options of one kind only, each refused at its key on a rule of another kind.
    let kind_options = [
        ("min:", raw.min.is_some(), Kind::Range),
        ("max:", raw.max.is_some(), Kind::Range),
        ("max-sum:", raw.max_sum.is_some(), Kind::Range),
        ("whole:", raw.whole.is_some(), Kind::TotalVsParts),
        ("apart:", raw.apart.is_some(), Kind::Consistency),
        ("within:", raw.within.is_some(), Kind::Consistency),
        ("by-noun:", raw.by_noun.is_some(), Kind::Consistency),
        (
            "ignore-nouns:",
            raw.ignore_nouns.is_some(),
            Kind::Consistency,
        ),
    ];
    for (key, given, kind) in kind_options {
        if given && raw.kind != kind {
            return Err(fail(
                key,
                format!(
                    "`{key}` only applies to rules of kind `{}` (rule `{}` is `{}`)",
                    kind.as_str(),
                    raw.id,
                    raw.kind.as_str()
                ),
                None,
            ));
        }
    }
    if raw.ignore_nouns.is_some() && raw.by_noun != Some(true) {
        return Err(fail(
            "ignore-nouns:",
            format!(
                "`ignore-nouns:` needs `by-noun: true` (rule `{}` compares no nouns)",
                raw.id
            ),
            Some("add `by-noun: true`, or remove `ignore-nouns:`".into()),
        ));
    }
    if let Some(apart) = &raw.apart {
        let known: Vec<&str> = group_names(lexicon).collect();
        if let Some((wrong, hint)) = unknown_name("group", &apart.0, &known) {
            return Err(fail(
                &wrong,
                format!("unknown group `{wrong}` in rule `{}`", raw.id),
                Some(hint),
            ));
        }
    }
    if let Some(within) = raw.within.filter(|w| w.is_nan() || *w <= 1.0) {
        return Err(fail(
            "within:",
            format!(
                "`within:` must be a ratio above 1 (rule `{}` has {within})",
                raw.id
            ),
            Some("e.g. `within: 1.5` compares 100 with figures up to 150".into()),
        ));
    }
    if raw.by_noun == Some(true) {
        let ignored = raw.ignore_nouns.as_ref().map_or(&[][..], |l| &l.0[..]);
        selector.by_noun = Some(
            ignored
                .iter()
                .map(|n| singular(&n.to_lowercase()))
                .collect(),
        );
    }
    Ok(Rule {
        id: raw.id.clone(),
        kind: raw.kind,
        selector,
        scope: raw.scope,
        tolerance: raw.tolerance,
        severity: raw.severity,
        update_severity: raw.update_severity.unwrap_or(Severity::Warning),
        message,
        help: raw.help.clone(),
        summary: raw.summary.clone(),
        why: raw.why.clone(),
        example: raw.example.clone(),
        origin: name.to_string(),
        reports_updates: raw.update_severity.is_some(),
        min: raw.min,
        max: raw.max,
        max_sum: raw.max_sum,
        whole: raw.whole.unwrap_or_default(),
        apart: raw.apart.map(|l| l.0).unwrap_or_default(),
        within: raw.within,
        source_text: rule_text(text, &raw.id),
    })
}

/// The groups a claim may have: the lexicon's, and those extraction sets apart.
fn group_names(lexicon: &Lexicon) -> impl Iterator<Item = &str> {
    lexicon
        .groups
        .iter()
        .map(String::as_str)
        .chain([crate::claim::BODIES, crate::claim::REMANDED])
}

fn compile_selector(
    raw: &RawSelector,
    lexicon: &Lexicon,
) -> Result<Selector, (&'static str, String, Option<String>)> {
    let check = |field: &'static str, given: Option<&List<String>>, known: Vec<&str>| {
        let given = given.map_or(&[][..], |l| &l.0[..]);
        match unknown_name(field, given, &known) {
            Some((wrong, hint)) => Err((field, wrong, Some(hint))),
            None => Ok(()),
        }
    };
    check(
        "category",
        raw.category.as_ref(),
        lexicon.categories.iter().map(String::as_str).collect(),
    )?;
    let groups = group_names(lexicon).chain(["none"]);
    check("group", raw.group.as_ref(), groups.collect())?;
    let units = lexicon.units.iter().map(String::as_str);
    let units = units.chain(["people", "things", "percent"]);
    check("unit", raw.unit.as_ref(), units.collect())?;
    Ok(Selector {
        category: raw.category.as_ref().map(|l| l.0.clone()),
        group: raw.group.as_ref().map(|l| l.0.clone()),
        unit: raw.unit.as_ref().map(|l| l.0.clone()),
        status: raw
            .status
            .as_ref()
            .map_or_else(|| DEFAULT_STATUSES.to_vec(), |l| l.0.clone()),
        qualifier: raw.qualifier.as_ref().map(|l| l.0.clone()),
        source: raw
            .source
            .as_ref()
            .map(|l| l.0.iter().map(|s| s.to_lowercase()).collect()),
        // Set from the rule's `by-noun:`, outside `select:`.
        by_noun: None,
    })
}

/// The first of `given` that is not `known`, with a hint: the closest known name, or all of
/// them. A price per unit ("USD/gallon") is known when both halves are.
fn unknown_name(field: &str, given: &[String], known: &[&str]) -> Option<(String, String)> {
    let wrong = given
        .iter()
        .find(|w| !w.split('/').all(|half| known.contains(&half)))?;
    let hint = super::load::closest(wrong, known.iter().copied()).map_or_else(
        || format!("known {field}s: {}", known.join(", ")),
        |best| format!("did you mean `{best}`?"),
    );
    Some((wrong.clone(), hint))
}

/// The YAML of the rule `id`: from its `- id:` line to the next rule of the list.
fn rule_text(text: &str, id: &str) -> String {
    let Some(at) = locate(text, id, id).map(|s| s.offset()) else {
        return String::new();
    };
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let indent = text[line_start..].find(|c: char| c != ' ').unwrap_or(0);
    let mut end = text.len();
    let mut offset = text[line_start..]
        .find('\n')
        .map_or(text.len(), |i| line_start + i + 1);
    while offset < text.len() {
        let line = &text[offset..];
        let line_indent = line.find(|c: char| c != ' ').unwrap_or(0);
        let blank = line.starts_with('\n');
        if !blank && line_indent <= indent {
            end = offset;
            break;
        }
        offset = line.find('\n').map_or(text.len(), |i| offset + i + 1);
    }
    text[line_start..end].trim_end().to_string()
}

/// Where `needle` is written in the rule `id` of the pack: the first occurrence after the id.
fn locate(text: &str, id: &str, needle: &str) -> Option<SourceSpan> {
    let rule_at = text
        .match_indices(id)
        .map(|(i, _)| i)
        .find(|&i| text[..i].trim_end().ends_with("id:"))
        .unwrap_or(0);
    let at = text[rule_at..]
        .find(needle)
        .map_or(rule_at, |i| rule_at + i);
    Some(SourceSpan::from((at, needle.len().min(text.len() - at))))
}
