//! The claim: one figure the text states, with what it counts, how sure the text is of it,
//! who says it and when. Built by [`crate::extract`], kept in a [`ClaimStore`].

mod store;

use std::fmt;

use serde::{Deserialize, Serialize};

pub use store::{ClaimId, ClaimStore, FileId};

use crate::date::Date;

/// A byte range `[start, end)` into the file as it is on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `usize` offsets; inputs are capped at 4 GiB by [`crate::source`].
    #[must_use]
    pub fn new(start: usize, end: usize) -> Self {
        Self {
            start: u32::try_from(start).unwrap_or(u32::MAX),
            end: u32::try_from(end).unwrap_or(u32::MAX),
        }
    }

    /// The span as a `usize` range, for slicing.
    #[must_use]
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// How the text bounds a figure ("plus de 164" is not 164).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// As stated.
    #[default]
    Exact,
    /// environ, quelque, about, some: within 10 %.
    Approx,
    /// près de, nearly: up to 10 % under, not over.
    Nearly,
    /// plus de, more than.
    MoreThan,
    /// au moins, at least.
    AtLeast,
    /// moins de, fewer than.
    LessThan,
    /// jusqu'à, up to.
    UpTo,
    /// entre 20 et 30.
    Range,
    /// plusieurs dizaines, dozens: a wide band.
    Vague,
}

impl Qualifier {
    /// Spelling in the JSON contract.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::Nearly => "nearly",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::LessThan => "less_than",
            Qualifier::UpTo => "up_to",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }

    /// The interval `[low, high]` the qualifier gives a stated `value` (`None` = unbounded).
    /// "Plus de 164" keeps 164 as its low end: reading the bound strictly would flag
    /// round-number rewordings no editor would call a contradiction.
    #[must_use]
    pub fn interval(self, value: f64) -> (Option<f64>, Option<f64>) {
        match self {
            Qualifier::Exact | Qualifier::Range | Qualifier::Vague => (Some(value), Some(value)),
            Qualifier::Approx => (Some(value * 0.9), Some(value * 1.1)),
            Qualifier::Nearly => (Some(value * 0.9), Some(value)),
            Qualifier::MoreThan | Qualifier::AtLeast => (Some(value), None),
            Qualifier::LessThan | Qualifier::UpTo => (Some(0.0), Some(value)),
        }
    }

    /// Words for a message: "more than 164".
    #[must_use]
    pub fn describe(self) -> &'static str {
        match self {
            Qualifier::Exact | Qualifier::Range | Qualifier::Vague => "",
            Qualifier::Approx => "about ",
            Qualifier::Nearly => "nearly ",
            Qualifier::MoreThan => "more than ",
            Qualifier::AtLeast => "at least ",
            Qualifier::LessThan => "fewer than ",
            Qualifier::UpTo => "up to ",
        }
    }
}

/// How the text presents a figure.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Stated as fact.
    #[default]
    Asserted,
    /// Reported as withdrawn or retracted.
    Withdrawn,
    /// Said to be unverified.
    Unverified,
    /// Denied ("aucun mort").
    Negated,
    /// A possibility ("pourrait atteindre").
    Hypothetical,
}

impl Status {
    /// Spelling in the JSON contract.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Asserted => "asserted",
            Status::Withdrawn => "withdrawn",
            Status::Unverified => "unverified",
            Status::Negated => "negated",
            Status::Hypothetical => "hypothetical",
        }
    }
}

/// What a figure is measured in.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Unit {
    /// People counted.
    People,
    /// Anything else counted.
    Things,
    /// Money, by ISO 4217 code.
    Currency(String),
    /// A percentage.
    Percent,
    /// A physical unit by name (`km`, `gallon`).
    Measure(String),
}

impl Unit {
    /// Spelling in the JSON contract.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Unit::People => "people",
            Unit::Things => "things",
            Unit::Currency(code) => code,
            Unit::Percent => "percent",
            Unit::Measure(name) => name,
        }
    }
}

/// One numeric claim.
#[derive(Debug, Clone)]
pub struct Claim {
    /// Its id in the store.
    pub id: ClaimId,
    /// The file it comes from.
    pub file: FileId,
    /// Index of the article in the file.
    pub article: u32,
    /// Index of the sentence in the file.
    pub sentence: u32,
    /// The numeral as written.
    pub span: Span,
    /// The numeral's text.
    pub text: String,
    /// The figure, normalised.
    pub value: f64,
    /// Lower bound implied by the qualifier; `None` = unbounded.
    pub low: Option<f64>,
    /// Upper bound implied by the qualifier; `None` = unbounded.
    pub high: Option<f64>,
    /// How the figure is bounded.
    pub qualifier: Qualifier,
    /// What is counted: `deaths`, `arrests`…
    pub category: String,
    /// Who is counted: `protesters`…
    pub group: Option<String>,
    /// The unit.
    pub unit: Unit,
    /// Who gives the figure.
    pub source: Option<String>,
    /// The day the figure refers to.
    pub date: Option<Date>,
    /// How the text presents it.
    pub status: Status,
    /// When the claim is one part of a list ("26 X et 16 Y tués"): the id of the list's first
    /// claim, shared by all its parts.
    pub list: Option<ClaimId>,
    /// A part of a breakdown ("42 morts, dont 12 enfants"): the claim it is part of.
    pub part_of: Option<ClaimId>,
    /// An amount given as the same in another currency ("un milliard de livres (1,16 milliard
    /// d'euros)"): the other amount.
    pub equivalent: Option<ClaimId>,
    /// Stated as a total ("au total", "in total").
    pub total: bool,
    /// A place the sentence names for the figure ("à Almaty", "in Paris"), or a wider area than
    /// the story's (see [`is_wider_area`]).
    pub place: Option<String>,
    /// Another year than the article's that the figure is about ("en 2022", "last year"): such
    /// a figure is never compared with the figures of the day.
    pub year: Option<i32>,
    /// Given for comparison ("contre 21 l'hiver précédent", "up from 41", "et non 3 000"): a
    /// figure of another time or one the text sets aside, never held against the others.
    pub reference: bool,
    /// A count announced as risen ("the toll rose to 19", "est passé à 23 morts"): it updates
    /// the smaller figures before it rather than contradicting them.
    pub update: bool,
    /// The first article of its running story in the file (see [`crate::document::Article`]).
    pub story: u32,
    /// Its article's publication date: what tells two undated figures of a story's articles
    /// apart in time.
    pub published: Option<Date>,
    /// Stated in its article's headline: a headline's place says less of where the body's
    /// figures are than the body's own.
    pub headline: bool,
    /// What a count counts, the noun after the figure in the singular: "navire" for "34
    /// navires", "infection" for "3,412 local infections". Only counts carry one: a rule
    /// may compare them noun by noun.
    pub noun: Option<String>,
}

impl Default for Claim {
    fn default() -> Self {
        Self {
            id: ClaimId(0),
            file: FileId(0),
            article: 0,
            sentence: 0,
            span: Span::default(),
            text: String::new(),
            value: 0.0,
            low: None,
            high: None,
            qualifier: Qualifier::Exact,
            category: "count".into(),
            group: None,
            unit: Unit::Things,
            source: None,
            date: None,
            status: Status::Asserted,
            list: None,
            part_of: None,
            equivalent: None,
            total: false,
            place: None,
            year: None,
            reference: false,
            update: false,
            story: 0,
            published: None,
            headline: false,
            noun: None,
        }
    }
}

impl Claim {
    /// Whether the figure is a count to hold against others: not a vague band ("Police detain
    /// hundreds": an impression) nor a figure given for comparison or telling how a count rose
    /// ("contre 21 l'hiver précédent", "après la découverte de deux corps").
    #[must_use]
    pub fn is_firm_count(&self) -> bool {
        self.qualifier != Qualifier::Vague && !self.reference
    }

    /// The figure for a message: "more than 164", "7,989".
    #[must_use]
    pub fn describe(&self) -> String {
        format!("{}{}", self.qualifier.describe(), format_value(self.value))
    }
}

/// A noun in the singular, near enough to tell the same noun apart from another: "navires"
/// and "navire", "bateaux" and "bateau", "homes" and "home" (not "cas", "bus").
#[must_use]
pub fn singular(noun: &str) -> String {
    let stem = noun
        .strip_suffix(['s', 'x'])
        .filter(|stem| stem.chars().count() > 2 && !stem.ends_with('s'));
    stem.unwrap_or(noun).to_string()
}

/// The group of bodies found after a larger toll of the same day: some of it, not a toll of
/// its own. Given by extraction, not by the lexicon.
pub const BODIES: &str = "bodies";

/// The group of people held for trial ("neuf ont été placés en détention provisoire", "six
/// suspects écroués", "remanded in custody"): a later step for some of those arrested, not a
/// count of arrests of its own. Given by extraction, not by the lexicon.
pub const REMANDED: &str = "remanded";

/// A value rid of binary rounding, to twelve significant digits (more than any text writes):
/// "263,9 milliards" is 263 900 000 000, not 263 899 999 999.99997; shares of 54.3, 28.4 and
/// 17.3 make 100, not 100.00000000000001.
#[must_use]
pub fn significant(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    #[allow(
        clippy::cast_possible_truncation,
        reason = "a decimal exponent, under 400"
    )]
    let digits = 12 - value.abs().log10().ceil() as i32;
    let scale = 10f64.powi(digits);
    (value * scale).round() / scale
}

/// A figure as messages print it: thousands grouped with commas, at most two decimals.
#[must_use]
pub fn format_value(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        #[allow(clippy::cast_possible_truncation, reason = "integral and under 1e15")]
        let n = value as i64;
        let digits = n.unsigned_abs().to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        if n < 0 {
            out.insert(0, '-');
        }
        out
    } else {
        let s = format!("{value:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Places that are a level rather than a name ("au niveau national", "nationwide"): a count of
/// the whole country or region, beside the story's own place.
#[must_use]
pub fn is_wider_area(place: &str) -> bool {
    matches!(
        place,
        "national"
            | "régional"
            | "départemental"
            | "nationale"
            | "régionale"
            | "state"
            | "county"
            | "regional"
            | "nationally"
            | "nationwide"
            | "regionally"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_value_groups_thousands() {
        assert_eq!(format_value(7989.0), "7,989");
        assert_eq!(format_value(42.0), "42");
        assert_eq!(format_value(3.1), "3.1");
        assert_eq!(format_value(1_800_000.0), "1,800,000");
    }

    #[test]
    fn qualifier_interval_bounds() {
        assert_eq!(Qualifier::MoreThan.interval(164.0), (Some(164.0), None));
        assert_eq!(
            Qualifier::Nearly.interval(8000.0),
            (Some(7200.0), Some(8000.0))
        );
    }
}
