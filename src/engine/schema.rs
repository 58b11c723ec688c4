//! A rule pack as written in YAML: flat structs, unknown keys refused, kebab-case keys.
//!
//! Kind-specific options are plain optional fields rather than a tagged enum, so that serde
//! reports a mistake at the field itself (line and column), not at the start of the list.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, IntoDeserializer, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use crate::claim::{Qualifier, Status};
use crate::lexicon::RawLexicon;

/// A rule pack file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPack {
    /// Schema version; 1.
    pub version: Option<u32>,
    /// The rules.
    #[serde(default)]
    pub rules: Vec<RawRule>,
    /// Vocabulary the pack adds, one entry per language.
    #[serde(default)]
    pub lexicon: Vec<RawLexicon>,
    /// Plausible exchange rates, for `conversion` rules.
    #[serde(default)]
    pub rates: Vec<Rate>,
}

/// A plausible exchange rate between two currencies over a period: one `from` is worth between
/// `min` and `max` of `to`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Rate {
    /// ISO 4217 code of the amount converted.
    pub from: String,
    /// ISO 4217 code of the amount it is given as.
    pub to: String,
    /// Smallest plausible rate.
    pub min: f64,
    /// Largest plausible rate.
    pub max: f64,
    /// First day the bounds hold (`YYYY-MM-DD`); always when absent.
    pub since: Option<String>,
    /// Last day the bounds hold (`YYYY-MM-DD`); always when absent.
    pub until: Option<String>,
}

/// One rule as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawRule {
    /// Stable id, kebab-case: `deaths-total-vs-parts`.
    pub id: String,
    /// What the rule checks.
    pub kind: Kind,
    /// Which claims it looks at.
    #[serde(default)]
    pub select: RawSelector,
    /// Which claims are compared with each other.
    #[serde(default)]
    pub scope: Scope,
    /// How far apart figures may be before they disagree.
    #[serde(default)]
    pub tolerance: Tolerance,
    /// Severity of a finding.
    pub severity: Severity,
    /// Severity when the two figures carry different dates (a probable update); warning by default.
    pub update_severity: Option<Severity>,
    /// Message template.
    pub message: String,
    /// One imperative sentence telling the editor what to do.
    pub help: Option<String>,
    /// One line: what the rule checks.
    pub summary: Option<String>,
    /// Why a finding matters.
    pub why: Option<String>,
    /// A text the rule fires on, and what it gives.
    pub example: Option<RawExample>,
    /// `range` only: the smallest value allowed.
    pub min: Option<f64>,
    /// `range` only: the largest value allowed (and, for shares, their largest sum).
    pub max: Option<f64>,
    /// `range` only: the largest sum of the shares of one list, when it differs from `max`
    /// ("115 % du PIB" is a fine figure, but shares of one whole stop at 100).
    pub max_sum: Option<f64>,
    /// `total-vs-parts` only: which totals a list is held against.
    pub whole: Option<Whole>,
    /// `consistency` only: groups counted apart from everyone ("12 assailants were killed" is
    /// not part of a toll of nine), held against their own figures only.
    pub apart: Option<List<String>>,
    /// `consistency` only: the largest ratio between two figures still held against each
    /// other; further apart, they count different things (the evacuees of a street and of a
    /// region).
    pub within: Option<f64>,
    /// `consistency` only: compare counts noun by noun ("34 navires" with "43 navires", not
    /// with "12 remorqueurs"), leaving out the counts that name no noun.
    pub by_noun: Option<bool>,
    /// `consistency` with `by-noun` only: nouns never compared ("seats" are counted party by
    /// party).
    pub ignore_nouns: Option<List<String>>,
}

/// Which totals a `total-vs-parts` rule holds a list against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Whole {
    /// The totals stated nearest the list, or the one it breaks down when it says so.
    #[default]
    Nearby,
    /// Only the figure the list breaks down ("143 interventions : 61 …, 47 … et 28 …"): for
    /// counts of anything, where a nearby figure is rarely the sum of a list.
    Stated,
}

/// The kinds of rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Claims of one selector and scope must have overlapping intervals.
    Consistency,
    /// A stated total must match the sum of a list's parts.
    TotalVsParts,
    /// A part ("dont 81 policiers") must not exceed its whole, nor the parts together.
    Breakdown,
    /// A cumulative figure must not go down from one date to a later one.
    Monotonic,
    /// Figures must lie within bounds; shares of one list must not sum past the maximum.
    Range,
    /// Two amounts given as equivalent in different currencies must imply a plausible rate.
    Conversion,
    /// A figure the text reports as withdrawn or unverified must not be used elsewhere as fact.
    WithdrawnFigure,
}

impl Kind {
    /// The kind as written in YAML.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Consistency => "consistency",
            Kind::TotalVsParts => "total-vs-parts",
            Kind::Breakdown => "breakdown",
            Kind::Monotonic => "monotonic",
            Kind::Range => "range",
            Kind::Conversion => "conversion",
            Kind::WithdrawnFigure => "withdrawn-figure",
        }
    }
}

/// Which claims are compared with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// Within one sentence.
    Sentence,
    /// Within one article.
    #[default]
    Article,
    /// Within the back-to-back articles of one file that follow one story (their headlines
    /// name the same place or people).
    Story,
    /// Within one file.
    Document,
    /// Across every input of the run.
    Run,
}

impl Scope {
    /// The scope as written in YAML.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Sentence => "sentence",
            Scope::Article => "article",
            Scope::Story => "story",
            Scope::Document => "document",
            Scope::Run => "run",
        }
    }
}

/// Severity of a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look.
    Info,
    /// Probably fine (an update), but say so.
    Warning,
    /// A contradiction.
    Error,
}

impl Severity {
    /// Spelling in output.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// How far apart two figures may be and still agree: the larger of the two bounds.
#[derive(Debug, Clone, Copy, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tolerance {
    /// In the claims' unit.
    #[serde(default)]
    pub absolute: f64,
    /// As a share of the figure (0.05 = 5 %).
    #[serde(default)]
    pub relative: f64,
}

impl Tolerance {
    /// The slack allowed around `value`.
    #[must_use]
    pub fn slack(&self, value: f64) -> f64 {
        self.absolute.max(self.relative * value.abs())
    }
}

/// Which claims a rule looks at; each field takes one value or a list.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSelector {
    /// Categories.
    pub category: Option<List<String>>,
    /// Groups; `none` selects claims with no group.
    pub group: Option<List<String>>,
    /// Units.
    pub unit: Option<List<String>>,
    /// Statuses.
    pub status: Option<List<Status>>,
    /// Qualifiers.
    pub qualifier: Option<List<Qualifier>>,
    /// Words the source must contain.
    pub source: Option<List<String>>,
}

/// `example:` of a rule: documentation that the test suite runs.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawExample {
    /// The text.
    pub text: String,
    /// The findings it gives.
    #[serde(default)]
    pub expect: Vec<RawExpect>,
}

/// One expected finding.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawExpect {
    /// Rule id.
    pub rule: String,
    /// The two figures compared.
    pub values: Option<Vec<f64>>,
    /// Severity.
    pub severity: Option<Severity>,
}

/// One value or a list of values: `category: deaths` or `category: [deaths, injured]`.
#[derive(Debug, Clone, PartialEq)]
pub struct List<T>(pub Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OneOrMany<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for OneOrMany<T> {
            type Value = Vec<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a value or a list of values")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Vec<T>, E> {
                T::deserialize(v.into_deserializer()).map(|t| vec![t])
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
                let mut out = Vec::new();
                while let Some(item) = seq.next_element()? {
                    out.push(item);
                }
                Ok(out)
            }
        }

        deserializer
            .deserialize_any(OneOrMany(PhantomData))
            .map(List)
    }
}
