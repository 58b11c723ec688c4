//! The vocabulary: which words say what a figure counts, who, in which unit, how sure the text
//! is and who says it, per language.
//!
//! It is data (`rules/lexicon/*.yaml`, embedded; rule packs may add to it), compiled once into
//! a [`PhraseSet`] per language so the extractor can ask "which cues start at this word?" in
//! one hash look-up.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use serde::Deserialize;

use crate::claim::{Qualifier, Status};
use crate::error::{Error, RuleError};

/// Languages the tool reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French: `.` and spaces group thousands, `,` marks decimals.
    Fr,
    /// English: `,` and spaces group thousands, `.` marks decimals.
    En,
}

impl Lang {
    /// Both languages, French first.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The language's code as written in files and flags.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

/// A lexicon file as written (all sections optional, so a pack can add a few words).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLexicon {
    /// `fr` or `en`.
    pub language: Option<Lang>,
    /// Category name → words.
    #[serde(default, deserialize_with = "crate::engine::load::unique_keys")]
    pub categories: BTreeMap<String, Vec<String>>,
    /// Category name → nouns that name it only as the counted noun after the figure
    /// ("1 800 policiers" are troops, but "clashed with police" says nothing of a figure).
    #[serde(default, deserialize_with = "crate::engine::load::unique_keys")]
    pub counted: BTreeMap<String, Vec<String>>,
    /// Category name → phrases that name it only right before the figure ("a city of").
    #[serde(default, deserialize_with = "crate::engine::load::unique_keys")]
    pub preceding: BTreeMap<String, Vec<String>>,
    /// Group name → words.
    #[serde(default, deserialize_with = "crate::engine::load::unique_keys")]
    pub groups: BTreeMap<String, Vec<String>>,
    /// Nouns that count people.
    #[serde(default)]
    pub people: Vec<String>,
    /// Nouns that count things, never people: what befalls people ("dépêchées", "swept
    /// away") does not make "une dizaine d'ambulances" troops nor "dozens of cars" missing.
    #[serde(default)]
    pub things: Vec<String>,
    /// Nouns of what money pays for or is owed: "97,4 milliards de droits et 44,6 milliards de
    /// pénalités" are amounts in the currency just named, not counts.
    #[serde(default)]
    pub spending: Vec<String>,
    /// ISO 4217 code → words.
    #[serde(default, deserialize_with = "crate::engine::load::unique_keys")]
    pub currencies: BTreeMap<String, Vec<String>>,
    /// Unit name → words.
    #[serde(default, deserialize_with = "crate::engine::load::unique_keys")]
    pub units: BTreeMap<String, Vec<String>>,
    /// Qualifier → words before a figure.
    #[serde(default, deserialize_with = "crate::engine::load::unique_keys")]
    pub qualifiers: BTreeMap<Qualifier, Vec<String>>,
    /// Attribution words.
    #[serde(default)]
    pub sources: RawSources,
    /// Status → cue words.
    #[serde(default, deserialize_with = "crate::engine::load::unique_keys")]
    pub status: BTreeMap<Status, Vec<String>>,
    /// Words that give figures a structure.
    #[serde(default)]
    pub structure: RawStructure,
    /// Words before a place name: "à", "in".
    #[serde(default)]
    pub places: Vec<String>,
}

/// The `structure:` section of a lexicon.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStructure {
    /// Before a part of the figure just named: "dont", "including".
    #[serde(default)]
    pub breakdown: Vec<String>,
    /// Near a figure that is a total: "au total", "in total".
    #[serde(default)]
    pub total: Vec<String>,
    /// Before a figure that a count has risen to: "est passé à", "rose to".
    #[serde(default)]
    pub update: Vec<String>,
}

/// The `sources:` section of a lexicon.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSources {
    /// Words that introduce a source: "selon", "according to".
    #[serde(default)]
    pub before: Vec<String>,
    /// Verbs of saying: "a annoncé", "said".
    #[serde(default)]
    pub verbs: Vec<String>,
    /// Verbs whose subject is the source and whose object is the figure: "a retiré".
    #[serde(default)]
    pub acts: Vec<String>,
    /// Words that end a source's name: prepositions, days.
    #[serde(default)]
    pub stop: Vec<String>,
}

/// What a matched phrase tells the extractor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cue {
    /// What is counted: an index into [`Lexicon::categories`].
    Category(u16),
    /// What is counted, said by the noun after the figure only.
    Counted(u16),
    /// What is counted, said by the words right before the figure only.
    Preceding(u16),
    /// Who is counted: an index into [`Lexicon::groups`].
    Group(u16),
    /// A noun counting people ("personnes").
    People,
    /// A noun counting things, never people ("ambulances", "cars").
    Thing,
    /// A noun of what money pays for or is owed ("pénalités", "savings").
    Spending,
    /// A currency, by ISO code.
    Currency(String),
    /// A physical unit, by name.
    Unit(String),
    /// A qualifier before the figure.
    Qualifier(Qualifier),
    /// "selon", "according to".
    SourceBefore,
    /// "a annoncé", "said".
    SourceVerb,
    /// "a retiré", "withdrew": the source is the subject.
    SourceAct,
    /// A word that ends a source's name.
    SourceStop,
    /// A status cue.
    Status(Status),
    /// "dont", "including": a part of the figure before.
    Breakdown,
    /// "au total", "in total".
    Total,
    /// "est passé à", "rose to": the figure after updates the figures before.
    Update,
    /// "à", "in": a place name may follow.
    Place,
}

/// One word of a phrase: matched whole, or as a prefix when written with a trailing `*`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct WordPattern {
    text: String,
    prefix: bool,
}

impl WordPattern {
    fn matches(&self, word: &str) -> bool {
        if self.prefix {
            word.starts_with(&self.text)
        } else {
            word == self.text
        }
    }
}

/// A word of one or more phrases, and the words that may follow it.
#[derive(Debug, Clone, Default)]
struct Node {
    /// The cues of the phrases that end at this word, each with its place in the order of
    /// insertion.
    cues: Vec<(u32, Cue)>,
    /// The words that may come next.
    next: Vec<(WordPattern, usize)>,
}

/// Phrases as a tree of words, the first words indexed, for matching against a run of
/// lowercase words: one look-up per word finds the phrases that may start there, and each
/// further word is compared once for all the phrases that share the words before it ("ont
/// été …" opens dozens of them).
#[derive(Debug, Clone, Default)]
pub struct PhraseSet {
    nodes: Vec<Node>,
    /// First words, keyed by their first [`KEY_BYTES`] bytes (the whole word when shorter):
    /// one look-up per word finds every candidate, whole words and stems (`arrêté*`) alike.
    /// Fx, not SipHash: the keys are the lexicon's own words.
    by_key: FxHashMap<u64, Vec<(WordPattern, usize)>>,
    /// First words that are stems shorter than [`KEY_BYTES`], which no key of a longer word
    /// can find; tried one by one.
    short_stems: Vec<(WordPattern, usize)>,
    /// Phrases inserted so far: of two phrases of one length, the later one's cue comes first,
    /// so a user's pack overrides the embedded vocabulary.
    inserted: u32,
}

/// Bytes of a word that key the index.
const KEY_BYTES: usize = 4;

/// The key of a word or stem: up to four bytes and the length class, packed.
fn key(word: &str) -> u64 {
    let bytes = word.as_bytes();
    let n = bytes.len().min(KEY_BYTES);
    let mut key = (n as u64) << 32;
    for (i, &b) in bytes[..n].iter().enumerate() {
        key |= u64::from(b) << (24 - 8 * i);
    }
    key
}

/// The node that `pattern` leads to among `edges`, made when there is none.
fn child(
    edges: &mut Vec<(WordPattern, usize)>,
    pattern: WordPattern,
    nodes: &mut Vec<Node>,
) -> usize {
    if let Some(&(_, id)) = edges.iter().find(|(p, _)| *p == pattern) {
        return id;
    }
    nodes.push(Node::default());
    edges.push((pattern, nodes.len() - 1));
    nodes.len() - 1
}

impl PhraseSet {
    fn insert(&mut self, phrase: &str, cue: Cue) {
        let mut words = split_words(&phrase.to_lowercase())
            .map(|(_, w)| match w.strip_suffix('*') {
                Some(stem) => WordPattern {
                    text: stem.to_string(),
                    prefix: true,
                },
                None => WordPattern {
                    text: w.to_string(),
                    prefix: false,
                },
            })
            .collect::<Vec<_>>()
            .into_iter();
        let Some(first) = words.next() else { return };
        let roots = if first.prefix && first.text.len() < KEY_BYTES {
            &mut self.short_stems
        } else {
            self.by_key.entry(key(&first.text)).or_default()
        };
        let mut node = child(roots, first, &mut self.nodes);
        for word in words {
            let mut next = std::mem::take(&mut self.nodes[node].next);
            let id = child(&mut next, word, &mut self.nodes);
            self.nodes[node].next = next;
            node = id;
        }
        self.inserted += 1;
        self.nodes[node].cues.insert(0, (self.inserted, cue));
    }

    /// Every cue of a run of lowercase words, looked up once: `cues(words)[j]` are the cues
    /// whose phrase starts at `words[j]`, with the number of words each spans, longest first.
    #[must_use]
    pub fn cues<'a>(&'a self, words: &[&str]) -> Cues<'a> {
        let mut cues = Cues::default();
        self.cues_into(words, &mut cues);
        cues
    }

    /// [`PhraseSet::cues`] into buffers kept from one sentence to the next.
    pub fn cues_into<'a>(&'a self, words: &[&str], cues: &mut Cues<'a>) {
        cues.found.clear();
        cues.starts.clear();
        cues.found.reserve(words.len());
        cues.starts.reserve(words.len() + 1);
        for at in 0..words.len() {
            cues.starts.push(cues.found.len());
            cues.matched.clear();
            let rest = &words[at..];
            if let Some(edges) = self.by_key.get(&key(rest[0])) {
                self.follow(edges, rest, 0, &mut cues.matched);
            }
            self.follow(&self.short_stems, rest, 0, &mut cues.matched);
            // Most words have no cue.
            if cues.matched.len() > 1 {
                cues.matched
                    .sort_unstable_by_key(|&(n, order, _)| std::cmp::Reverse((n, order)));
            }
            cues.found
                .extend(cues.matched.iter().map(|&(n, _, cue)| (n, cue)));
        }
        cues.starts.push(cues.found.len());
    }

    /// Follows each of `edges` that `words[depth]` matches, pushing the cues of the phrases
    /// that end on the way.
    fn follow<'a>(
        &'a self,
        edges: &'a [(WordPattern, usize)],
        words: &[&str],
        depth: usize,
        out: &mut Vec<(usize, u32, &'a Cue)>,
    ) {
        let Some(word) = words.get(depth) else { return };
        for (pattern, id) in edges {
            if pattern.matches(word) {
                let node = &self.nodes[*id];
                out.extend(
                    node.cues
                        .iter()
                        .map(|(order, cue)| (depth + 1, *order, cue)),
                );
                self.follow(&node.next, words, depth + 1, out);
            }
        }
    }
}

/// The cues of each word of a sentence, in one buffer rather than one vector per word.
#[derive(Debug, Default)]
pub struct Cues<'a> {
    found: Vec<(usize, &'a Cue)>,
    /// The cues found at one word, with their order of insertion, before they are sorted.
    matched: Vec<(usize, u32, &'a Cue)>,
    /// Where each word's cues start in `found`; one more entry than words.
    starts: Vec<usize>,
}

impl<'a> std::ops::Index<usize> for Cues<'a> {
    type Output = [(usize, &'a Cue)];

    fn index(&self, word: usize) -> &Self::Output {
        &self.found[self.starts[word]..self.starts[word + 1]]
    }
}

impl<'a> Cues<'a> {
    /// The cues of `words[j]`, if there is such a word.
    #[must_use]
    pub fn get(&self, word: usize) -> Option<&[(usize, &'a Cue)]> {
        let range = *self.starts.get(word)?..*self.starts.get(word + 1)?;
        self.found.get(range)
    }

    /// The cues of each word, in order.
    pub fn iter(&self) -> impl Iterator<Item = &[(usize, &'a Cue)]> {
        self.starts.windows(2).map(|w| &self.found[w[0]..w[1]])
    }
}

/// Splits text into words: runs of letters and digits. Apostrophes, hyphens and everything
/// else separate words. Yields `(byte offset, word)`.
pub fn split_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        at = next_word_start(text, at)?;
        let start = at;
        while let Some(width) = word_char_width(text, at) {
            at += width;
        }
        Some((start, &text[start..at]))
    })
}

/// Splits text into words as [`split_words`] does and lowercases each into `out` on the way,
/// in one pass: this runs over every sentence that holds a figure. Calls `each` with the
/// word's byte range in `text` and the range of its lowercase in `out`.
pub fn split_lowercase(
    text: &str,
    out: &mut String,
    mut each: impl FnMut(std::ops::Range<usize>, std::ops::Range<usize>),
) {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(start) = next_word_start(text, at) {
        at = start;
        let from = out.len();
        while let Some(width) = word_char_width(text, at) {
            match (width, bytes[at]) {
                (1, b) => out.push(char::from(b.to_ascii_lowercase())),
                (2, 0xC3) => {
                    // Latin-1: C3 xx is U+00C0 + (xx - 0x80); capitals are C3 80–9E.
                    let low = bytes[at + 1];
                    let low = if low <= 0x9E { low + 0x20 } else { low };
                    out.push(char::from(low + 0x40));
                }
                _ => out.extend(text[at..at + width].chars().flat_map(char::to_lowercase)),
            }
            at += width;
        }
        each(start..at, from..out.len());
    }
}

/// Where the next word starts at or after `at`.
fn next_word_start(text: &str, mut at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    while let Some(&lead) = bytes.get(at) {
        if word_char_width(text, at).is_some() {
            return Some(at);
        }
        // Past the separator: its UTF-8 length from its lead byte.
        at += match lead {
            0..=0xBF => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
    }
    None
}

/// The byte length of the word character at `text[at..]`, `None` at a separator. ASCII and
/// Latin-1 letters (é, à, ç…: most of French copy) are told without decoding.
fn word_char_width(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let b = *bytes.get(at)?;
    if b < 0x80 {
        return (b.is_ascii_alphanumeric() || b == b'*').then_some(1);
    }
    if b == 0xC3 {
        return is_latin1_letter(bytes, at).then_some(2);
    }
    let c = text.get(at..)?.chars().next()?;
    (is_letter(c) || c.is_numeric()).then(|| c.len_utf8())
}

/// Whether `bytes[at..]` opens with a Latin-1 letter (é, à, ç…: most of French copy's accents),
/// told without decoding: C3 and a second byte, but × and ÷, the only others of C3.
pub(crate) fn is_latin1_letter(bytes: &[u8], at: usize) -> bool {
    bytes.get(at) == Some(&0xC3) && bytes.get(at + 1).is_some_and(|&n| n != 0x97 && n != 0xB7)
}

/// A letter, with Latin-1's accented letters (é, à, ç…: most of French copy) told apart
/// without the Unicode tables.
pub(crate) fn is_letter(c: char) -> bool {
    matches!(c, 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ') || c.is_alphabetic()
}

/// The compiled vocabulary of every language.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Category names, indexed by [`Cue::Category`]; the contract's categories come first.
    pub categories: Vec<String>,
    /// Group names, indexed by [`Cue::Group`].
    pub groups: Vec<String>,
    /// Currency codes and unit names the vocabulary knows, for checking rule selectors.
    pub units: std::collections::BTreeSet<String>,
    phrases: FxHashMap<Lang, PhraseSet>,
    /// Per category, the languages' words, kept to tell whether a group word is also a word of
    /// the category (then the group adds nothing: "2.030 militaires" are troops, not a group).
    category_words: FxHashMap<(u16, Lang), Vec<String>>,
}

/// The id of `deaths`, the first of [`CONTRACT_CATEGORIES`].
pub const DEATHS: u16 = 0;
/// The id of `injured`, the second of [`CONTRACT_CATEGORIES`].
pub const INJURED: u16 = 1;
/// The id of `troops`.
pub const TROOPS: u16 = 3;
/// The id of `crowd`.
pub const CROWD: u16 = 4;
/// The id of `displaced`.
pub const DISPLACED: u16 = 5;
/// The id of `missing`.
pub const MISSING: u16 = 6;
/// The id of `count`: what a figure counts when nothing says more, or what the lexicon says of
/// those rescued or trapped.
pub const COUNT: u16 = 10;

/// The categories of the JSON contract, always known, with these ids.
pub const CONTRACT_CATEGORIES: [&str; 12] = [
    "deaths",
    "injured",
    "arrests",
    "troops",
    "crowd",
    "displaced",
    "missing",
    "money",
    "population",
    "percentage",
    "count",
    "measure",
];

const EMBEDDED: [(&str, &str); 2] = [
    (
        "rules/lexicon/fr.yaml",
        include_str!("../rules/lexicon/fr.yaml"),
    ),
    (
        "rules/lexicon/en.yaml",
        include_str!("../rules/lexicon/en.yaml"),
    ),
];

impl Lexicon {
    /// The embedded French and English vocabulary.
    ///
    /// # Errors
    /// Only if the embedded files are broken, which the test suite rules out.
    pub fn embedded() -> Result<Self, Error> {
        let mut lexicon = Self {
            categories: CONTRACT_CATEGORIES
                .iter()
                .map(|c| (*c).to_string())
                .collect(),
            ..Self::default()
        };
        for (name, text) in EMBEDDED {
            let raw: RawLexicon = crate::engine::load::parse_yaml(name, text, "lexicon")?;
            lexicon.add(name, text, &raw)?;
        }
        Ok(lexicon)
    }

    /// Adds the words of one lexicon file (or a rule pack's `lexicon:` section).
    ///
    /// # Errors
    /// A lexicon without a `language`.
    pub fn add(&mut self, name: &str, text: &str, raw: &RawLexicon) -> Result<(), Error> {
        let Some(lang) = raw.language else {
            return Err(Error::from(RuleError {
                what: "lexicon",
                name: name.to_string(),
                src: miette::NamedSource::new(name, text.to_string()),
                at: None,
                reason: "missing `language`".into(),
                hint: Some("add `language: fr` or `language: en`".into()),
            }));
        };
        for (category, words) in &raw.categories {
            let id = self.category_id_or_insert(category);
            for w in words {
                self.set(lang).insert(w, Cue::Category(id));
            }
            self.category_words
                .entry((id, lang))
                .or_default()
                .extend(words.iter().map(|w| w.to_lowercase()));
        }
        for (sections, cue) in [
            (&raw.counted, Cue::Counted as fn(u16) -> Cue),
            (&raw.preceding, Cue::Preceding),
        ] {
            for (category, words) in sections {
                let id = self.category_id_or_insert(category);
                for w in words {
                    self.set(lang).insert(w, cue(id));
                }
                self.category_words
                    .entry((id, lang))
                    .or_default()
                    .extend(words.iter().map(|w| w.to_lowercase()));
            }
        }
        for (group, words) in &raw.groups {
            let id = match self.groups.iter().position(|g| g == group) {
                Some(i) => i,
                None => {
                    self.groups.push(group.clone());
                    self.groups.len() - 1
                }
            };
            let id = u16::try_from(id).unwrap_or(u16::MAX);
            for w in words {
                self.set(lang).insert(w, Cue::Group(id));
            }
        }
        self.units.extend(raw.currencies.keys().cloned());
        self.units.extend(raw.units.keys().cloned());
        let set = self.set(lang);
        for w in &raw.people {
            set.insert(w, Cue::People);
        }
        for w in &raw.things {
            set.insert(w, Cue::Thing);
        }
        for w in &raw.spending {
            set.insert(w, Cue::Spending);
        }
        for (code, words) in &raw.currencies {
            for w in words {
                set.insert(w, Cue::Currency(code.clone()));
            }
        }
        for (unit, words) in &raw.units {
            for w in words {
                set.insert(w, Cue::Unit(unit.clone()));
            }
        }

        for (q, words) in &raw.qualifiers {
            for w in words {
                set.insert(w, Cue::Qualifier(*q));
            }
        }
        for w in &raw.sources.before {
            set.insert(w, Cue::SourceBefore);
        }
        for w in &raw.sources.verbs {
            set.insert(w, Cue::SourceVerb);
        }
        for w in &raw.sources.acts {
            set.insert(w, Cue::SourceAct);
        }
        for w in &raw.sources.stop {
            set.insert(w, Cue::SourceStop);
        }
        for w in &raw.structure.breakdown {
            set.insert(w, Cue::Breakdown);
        }
        for w in &raw.structure.total {
            set.insert(w, Cue::Total);
        }
        for w in &raw.structure.update {
            set.insert(w, Cue::Update);
        }
        for w in &raw.places {
            set.insert(w, Cue::Place);
        }
        for (status, words) in &raw.status {
            for w in words {
                set.insert(w, Cue::Status(*status));
            }
        }
        Ok(())
    }

    fn category_id_or_insert(&mut self, name: &str) -> u16 {
        let id = match self.categories.iter().position(|c| c == name) {
            Some(i) => i,
            None => {
                self.categories.push(name.to_string());
                self.categories.len() - 1
            }
        };
        u16::try_from(id).unwrap_or(u16::MAX)
    }

    fn set(&mut self, lang: Lang) -> &mut PhraseSet {
        self.phrases.entry(lang).or_default()
    }

    /// The phrases of one language.
    #[must_use]
    pub fn phrases(&self, lang: Lang) -> Option<&PhraseSet> {
        self.phrases.get(&lang)
    }

    /// The index of a category name, if the contract or a lexicon defines it.
    #[must_use]
    pub fn category_id(&self, name: &str) -> Option<u16> {
        self.categories
            .iter()
            .position(|c| c == name)
            .and_then(|i| u16::try_from(i).ok())
    }

    /// Whether `word` (lowercase) is one of the category's own words in `lang`.
    #[must_use]
    pub fn is_category_word(&self, category: u16, lang: Lang, word: &str) -> bool {
        self.category_words
            .get(&(category, lang))
            .is_some_and(|words| {
                words.iter().any(|w| match w.strip_suffix('*') {
                    Some(stem) => word.starts_with(stem),
                    None => w == word,
                })
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_named_category_ids_are_those_of_their_names() {
        let lexicon = Lexicon::embedded().unwrap();
        assert_eq!(lexicon.category_id("deaths"), Some(DEATHS));
        assert_eq!(lexicon.category_id("injured"), Some(INJURED));
        assert_eq!(lexicon.category_id("troops"), Some(TROOPS));
        assert_eq!(lexicon.category_id("crowd"), Some(CROWD));
    }

    #[test]
    fn split_words_separates_apostrophes_and_hyphens() {
        let words: Vec<&str> = split_words("d'après l'ex-président")
            .map(|(_, w)| w)
            .collect();
        assert_eq!(words, ["d", "après", "l", "ex", "président"]);
    }

    #[test]
    fn phrase_set_matches_prefixes_and_longest_first() {
        let lexicon = Lexicon::embedded().unwrap();
        let fr = lexicon.phrases(Lang::Fr).unwrap();
        let words = ["ont", "été", "arrêtées"];
        let found = &fr.cues(&words)[2];
        let arrests = lexicon.category_id("arrests").unwrap();
        assert!(found
            .iter()
            .any(|(n, c)| *n == 1 && **c == Cue::Category(arrests)));
        let words = ["avaient", "trouvé", "la", "mort"];
        let deaths = lexicon.category_id("deaths").unwrap();
        assert_eq!(fr.cues(&words)[1], [(3, &Cue::Category(deaths))]);
    }
}
