//! Figures written in words: "deux cents", "vingt et un", "two hundred and fifty", "un milliard",
//! collective amounts ("une vingtaine", "a dozen") and vague ones ("plusieurs dizaines",
//! "hundreds"), plus English month-first dates ("January 10, 2022") so their day is no figure.

use super::{DateMention, Quantity, Token};
use crate::claim::Qualifier;
use crate::lexicon::Lang;

/// What one word is worth.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Word {
    /// 0–99: added.
    Unit(f64),
    /// cent, hundred: multiplies what came before.
    Hundred,
    /// mille, thousand, million, milliard: closes a group.
    Scale(f64),
    /// un, une, a, an: one, only before another number word.
    One,
    /// et, and: joins number words.
    Join,
    /// une dizaine, a dozen: about N.
    Collective(f64),
    /// tiers, quart, third: a share of the number before it.
    Fraction(f64),
}

fn word_value(word: &str, lang: Lang) -> Option<Word> {
    use Word::{Collective, Fraction, Hundred, Join, One, Scale, Unit};
    let common = match word {
        "million" | "millions" => Some(Scale(1e6)),
        _ => None,
    };
    if common.is_some() {
        return common;
    }
    match lang {
        Lang::Fr => Some(match word {
            "un" | "une" => One,
            "deux" => Unit(2.0),
            "trois" => Unit(3.0),
            "quatre" => Unit(4.0),
            "cinq" => Unit(5.0),
            "six" => Unit(6.0),
            "sept" => Unit(7.0),
            "huit" => Unit(8.0),
            "neuf" => Unit(9.0),
            "dix" => Unit(10.0),
            "onze" => Unit(11.0),
            "douze" => Unit(12.0),
            "treize" => Unit(13.0),
            "quatorze" => Unit(14.0),
            "quinze" => Unit(15.0),
            "seize" => Unit(16.0),
            "vingt" | "vingts" => Unit(20.0),
            "trente" => Unit(30.0),
            "quarante" => Unit(40.0),
            "cinquante" => Unit(50.0),
            "soixante" => Unit(60.0),
            "septante" => Unit(70.0),
            "huitante" | "octante" => Unit(80.0),
            "nonante" => Unit(90.0),
            "cent" | "cents" => Hundred,
            "mille" => Scale(1e3),
            "milliard" | "milliards" => Scale(1e9),
            "et" => Join,
            "dizaine" | "dizaines" => Collective(10.0),
            "douzaine" | "douzaines" => Collective(12.0),
            "quinzaine" => Collective(15.0),
            "vingtaine" => Collective(20.0),
            "trentaine" => Collective(30.0),
            "quarantaine" => Collective(40.0),
            "cinquantaine" => Collective(50.0),
            "soixantaine" => Collective(60.0),
            "centaine" | "centaines" => Collective(100.0),
            "millier" | "milliers" => Collective(1000.0),
            "tiers" => Fraction(3.0),
            "quart" | "quarts" => Fraction(4.0),
            "cinquième" | "cinquièmes" => Fraction(5.0),
            "dixième" | "dixièmes" => Fraction(10.0),
            _ => return None,
        }),
        Lang::En => Some(match word {
            "a" | "an" | "one" => One,
            "two" => Unit(2.0),
            "three" => Unit(3.0),
            "four" => Unit(4.0),
            "five" => Unit(5.0),
            "six" => Unit(6.0),
            "seven" => Unit(7.0),
            "eight" => Unit(8.0),
            "nine" => Unit(9.0),
            "ten" => Unit(10.0),
            "eleven" => Unit(11.0),
            "twelve" => Unit(12.0),
            "thirteen" => Unit(13.0),
            "fourteen" => Unit(14.0),
            "fifteen" => Unit(15.0),
            "sixteen" => Unit(16.0),
            "seventeen" => Unit(17.0),
            "eighteen" => Unit(18.0),
            "nineteen" => Unit(19.0),
            "twenty" => Unit(20.0),
            "thirty" => Unit(30.0),
            "forty" => Unit(40.0),
            "fifty" => Unit(50.0),
            "sixty" => Unit(60.0),
            "seventy" => Unit(70.0),
            "eighty" => Unit(80.0),
            "ninety" => Unit(90.0),
            "hundred" => Hundred,
            "thousand" => Scale(1e3),
            "billion" | "billions" => Scale(1e9),
            "and" => Join,
            "dozen" => Collective(12.0),
            "third" | "thirds" => Fraction(3.0),
            "quarter" | "quarters" => Fraction(4.0),
            "fifth" | "fifths" => Fraction(5.0),
            "tenth" | "tenths" => Fraction(10.0),
            _ => return None,
        }),
    }
}

/// Words that make the collective after them a vague band: "plusieurs dizaines".
fn is_vague_determiner(word: &str, lang: Lang) -> bool {
    match lang {
        Lang::Fr => matches!(word, "plusieurs" | "des" | "quelques"),
        Lang::En => matches!(word, "several" | "few"),
    }
}

/// Bare plurals that are vague amounts in English: "hundreds of", "dozens of".
fn english_plural(word: &str) -> Option<f64> {
    match word {
        "dozens" => Some(12.0),
        "scores" => Some(20.0),
        "tens" => Some(10.0),
        "hundreds" => Some(100.0),
        "thousands" => Some(1000.0),
        "millions" => Some(1e6),
        _ => None,
    }
}

/// The next word of letters at or after `i` (skipping one run of spaces or a hyphen), lowercased
/// when it is short enough to be a number word.
fn next_word(text: &str, i: usize) -> Option<(usize, usize, Lower<'_>)> {
    let bytes = text.as_bytes();
    // At most one space, a hyphen or a no-break space (C2 A0) before the word.
    let skip = match bytes.get(i..)? {
        [b' ' | b'-', b' ' | b'-', ..] | [0xC2, 0xA0, ..] => 2,
        [b' ' | b'-', ..] => 1,
        _ => 0,
    };
    let start = i + skip;
    let end = super::word_end(text, start);
    if end == start || end - start > 14 {
        return None;
    }
    Some((start, end, Lower::new(&text[start..end])?))
}

/// The word of ASCII letters that ends one space before `i`, if any.
fn previous_word(text: &str, i: usize) -> Option<&str> {
    let before = text.get(..i)?.strip_suffix(' ')?;
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_ascii_alphabetic())
        .map_or(0, |(k, c)| k + c.len_utf8());
    (start < before.len()).then(|| &before[start..])
}

/// A short word in lowercase: number words are looked up for most words of a text, so this
/// borrows the word as written unless it has a capital ("Deux", "Des"). Only ASCII letters
/// change case; accented month names ("février") are matched in lowercase as written.
#[derive(Clone)]
struct Lower<'a>(std::borrow::Cow<'a, str>);

impl<'a> Lower<'a> {
    fn new(word: &'a str) -> Option<Self> {
        if word.len() > 16 {
            return None;
        }
        Some(Self(if word.bytes().any(|b| b.is_ascii_uppercase()) {
            word.to_ascii_lowercase().into()
        } else {
            word.into()
        }))
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

/// Whether the word `text[start..end]` may open a figure or date in words. This runs for every
/// word of the text, so a table of (first letter, length) pairs turns most words away before
/// one hash look-up.
pub(super) fn could_start(text: &str, start: usize, end: usize, lang: Lang) -> bool {
    let word = &text.as_bytes()[start..end];
    struct Openers {
        /// Per language, per ASCII lowercase first letter: a bit per possible length.
        shapes: [[u16; 26]; 2],
        words: [rustc_hash::FxHashSet<u128>; 2],
    }
    static OPENERS: std::sync::OnceLock<Openers> = std::sync::OnceLock::new();
    let openers = OPENERS.get_or_init(|| {
        let mut shapes = [[0u16; 26]; 2];
        let words = Lang::ALL.map(|lang| {
            let index = usize::from(lang == Lang::En);
            OPENING_WORDS
                .iter()
                .filter(|w| {
                    is_lone_figure(w, lang)
                        || crate::date::month_number(w).is_some()
                        || is_vague_determiner(w, lang)
                        || (lang == Lang::En && english_plural(w).is_some())
                        || word_value(w, lang).is_some_and(|v| v != Word::Join)
                })
                .filter_map(|w| {
                    let first = usize::from(w.as_bytes()[0].wrapping_sub(b'a'));
                    if let Some(slot) = shapes[index].get_mut(first) {
                        *slot |= 1 << w.len().min(15);
                    }
                    packed(w.as_bytes(), w.len())
                })
                .collect()
        });
        Openers { shapes, words }
    });
    let index = usize::from(lang == Lang::En);
    let first = usize::from(word[0].to_ascii_lowercase().wrapping_sub(b'a'));
    let fits = openers.shapes[index]
        .get(first)
        .is_some_and(|lengths| lengths & (1 << word.len().min(15)) != 0);
    fits && packed(&text.as_bytes()[start..], word.len())
        .is_some_and(|key| openers.words[index].contains(&key))
}

/// The word of `len` bytes that opens `window`, if at most 16, ASCII-lowercased and packed into
/// one integer for hashing. When the window holds 16 bytes they are read at once and what
/// follows the word is masked off: copying a word of any length into a buffer and reading it
/// back whole stalled on store forwarding, for most words of a text.
pub(super) fn packed(window: &[u8], len: usize) -> Option<u128> {
    let bytes = match window.first_chunk::<16>() {
        Some(&sixteen) if len <= 16 => sixteen,
        _ => {
            let mut short = [0; 16];
            short.get_mut(..len)?.copy_from_slice(window.get(..len)?);
            short
        }
    };
    // The low `len` bytes: the word's.
    let mask = u128::MAX.checked_shr(8 * (16 - len as u32)).unwrap_or(0);
    Some(ascii_lowercase(u128::from_le_bytes(bytes)) & mask)
}

/// The 16 bytes of `x` with their ASCII capitals lowercased, computed on the integer (a byte
/// array's `make_ascii_lowercase` was not vectorised here).
fn ascii_lowercase(x: u128) -> u128 {
    const LOW: u128 = u128::MAX / 0xFF;
    const HIGH: u128 = LOW * 0x80;
    // Per byte, the high bit of its low 7 bits plus 0x80 − c is set when they are ≥ c; the
    // sums stay below 0x100, so bytes never carry into each other.
    let seven = x & !HIGH;
    let from_a = seven + (0x80 - u128::from(b'A')) * LOW;
    let past_z = seven + (0x80 - u128::from(b'Z' + 1)) * LOW;
    let capitals = from_a & !past_z & !x & HIGH;
    // 0x80 >> 2 is 0x20, the case bit.
    x | (capitals >> 2)
}

/// Every word that [`words_at`] may start with, in either language.
const OPENING_WORDS: &[&str] = &[
    "un",
    "une",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingt",
    "vingts",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "septante",
    "huitante",
    "octante",
    "nonante",
    "cent",
    "cents",
    "mille",
    "million",
    "millions",
    "milliard",
    "milliards",
    "plusieurs",
    "des",
    "quelques",
    "a",
    "an",
    "one",
    "two",
    "three",
    "four",
    "five",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "billion",
    "billions",
    "several",
    "few",
    "dozens",
    "scores",
    "tens",
    "hundreds",
    "thousands",
    "dozen",
    "janvier",
    "january",
    "jan",
    "février",
    "fevrier",
    "february",
    "feb",
    "mars",
    "march",
    "mar",
    "avril",
    "april",
    "apr",
    "mai",
    "may",
    "juin",
    "june",
    "jun",
    "juillet",
    "july",
    "jul",
    "août",
    "aout",
    "august",
    "aug",
    "septembre",
    "september",
    "sep",
    "octobre",
    "october",
    "oct",
    "novembre",
    "november",
    "nov",
    "décembre",
    "decembre",
    "december",
    "dec",
    "aucun",
    "aucune",
    "moitié",
    "no",
    "nobody",
    "zero",
    "half",
];

/// A figure or month-first date in words starting at `i`, with where scanning resumes.
pub(super) fn words_at(text: &str, i: usize, lang: Lang) -> Option<(Token, usize)> {
    let (_, first_end, first) = next_word(text, i)?;
    // "from quarter to six", "half past seven": a time.
    let before = text[..i].trim_end();
    if (before.ends_with(" to") || before.ends_with(" past"))
        && [
            "quarter to",
            "quarter past",
            "half past",
            "twenty to",
            "ten to",
            "ten past",
        ]
        .iter()
        .any(|time| {
            before.len() >= time.len()
                && before.is_char_boundary(before.len() - time.len())
                && before[before.len() - time.len()..].eq_ignore_ascii_case(time)
        })
    {
        return None;
    }
    // "Deux-Sèvres", "Trois-Rivières": a number word hyphened to a capitalised word that is no
    // number word is a place's name.
    if text[first_end..]
        .strip_prefix('-')
        .is_some_and(|after| after.starts_with(char::is_uppercase))
        && next_word(text, first_end).is_none_or(|(_, _, next)| word_value(&next, lang).is_none())
    {
        return None;
    }
    // "le secteur des Sept Laux": in French, a capitalised number word inside a sentence,
    // before another capital, is part of a name.
    let inside_name = lang == Lang::Fr
        && text.as_bytes()[i].is_ascii_uppercase()
        && text[..i].trim_end().ends_with(|c: char| c.is_alphabetic())
        && word_value(&first, lang).is_some()
        && next_word(text, first_end)
            .is_some_and(|(start, _, _)| text[start..].starts_with(char::is_uppercase));
    if inside_name {
        return None;
    }
    // "des", "un", "a"… open a figure only before a number word: look at it before parsing.
    if matches!(
        &*first,
        "des" | "plusieurs" | "quelques" | "un" | "une" | "a" | "an" | "one" | "several" | "few"
    ) {
        let (_, second_end, second) = next_word(text, first_end)?;
        let counts = word_value(&second, lang).is_some_and(|w| w != Word::Join)
            || english_plural(&second).is_some()
            || (matches!(&*first, "un" | "une" | "one")
                && (one_counts(text, i, &second, second_end)
                    || opens_range(text, first_end, lang)))
            || (&*first == "a" && &*second == "few");
        if !counts {
            return None;
        }
    }
    // "a few hundred": the article belongs to the figure.
    if &*first == "a" {
        if let Some((few_start, few_end, few)) = next_word(text, first_end) {
            if &*few == "few" {
                if let Some((Token::Quantity(q), end)) = vague(text, few_start, few_end, &few, lang)
                {
                    return Some((Token::Quantity(Quantity { start: i, ..q }), end));
                }
            }
        }
    }
    // "half a million pounds": half of the figure the article opens.
    if &*first == "half" {
        if let Some((a_start, a_end, a)) = next_word(text, first_end) {
            let of_scale = next_word(text, a_end).is_some_and(|(_, _, scale)| {
                matches!(word_value(&scale, lang), Some(Word::Scale(_)))
            });
            if &*a == "a" && of_scale {
                if let Some((Token::Quantity(q), end)) = words_at(text, a_start, lang) {
                    let half = Quantity {
                        start: i,
                        value: q.value / 2.0,
                        ..q
                    };
                    return Some((Token::Quantity(half), end));
                }
            }
        }
    }
    if let Some(found) = month_first_date(text, i, first_end, &first, lang) {
        return Some(found);
    }
    if let Some(found) = vague(text, i, first_end, &first, lang) {
        return Some(found);
    }
    if let Some(found) = denial_or_half(text, i, first_end, &first, lang) {
        return Some(found);
    }
    cardinal(text, i, lang)
}

/// A verb whose object is a count of victims: "killing one pupil", "tuant une personne".
fn is_casualty_verb(word: &str) -> bool {
    [
        "killing", "killed", "kills", "injuring", "injured", "injures", "wounding", "wounded",
        "leaves", "leaving", "tuant", "blessant",
    ]
    .iter()
    .any(|v| v.eq_ignore_ascii_case(word))
}

/// Whether "to" or "à" and a number word follow `end`: "one to two days", "un à deux jours".
fn opens_range(text: &str, end: usize, lang: Lang) -> bool {
    // Told by the letter first: this runs after most "un" and "une".
    let after = text[end..].trim_start_matches([' ', '-', '\u{a0}']);
    if !after.starts_with(['à', 'À', 't', 'T']) {
        return false;
    }
    next_word(text, end).is_some_and(|(_, to_end, to)| {
        matches!(&*to, "to" | "à")
            && next_word(text, to_end)
                .is_some_and(|(_, _, high)| matches!(word_value(&high, lang), Some(Word::Unit(_))))
    })
}

/// Whether "un", "une" or "one" (at `i`, followed by the word `next` ending at `next_end`)
/// counts someone: "un mort", "one dead", "killing one pupil", "tuant une personne", "One man
/// died".
fn one_counts(text: &str, i: usize, next: &str, next_end: usize) -> bool {
    let previous = previous_word(text, i);
    is_victim(next)
        || previous.is_some_and(is_casualty_verb)
        || one_person_died(text, next, next_end)
        || ends_a_list_by_place(text, previous, next, next_end)
        || (text[i..].starts_with(['o', 'O'])
            && one_of_those_counted(text, previous, next, next_end))
}

/// English "one" is a number, never an article: "One inmate was killed", "one suspect was
/// arrested", "One man, aged 67, was taken to hospital", "14 for trespass and one for
/// obstruction" count as its figure would.
fn one_of_those_counted(text: &str, previous: Option<&str>, next: &str, next_end: usize) -> bool {
    if previous.is_some_and(|w| w == "and") && next == "for" {
        return true;
    }
    let someone = matches!(
        next,
        "inmate"
            | "prisoner"
            | "suspect"
            | "member"
            | "resident"
            | "patient"
            | "driver"
            | "pilot"
            | "student"
            | "pupil"
            | "villager"
            | "protester"
            | "demonstrator"
            | "miner"
            | "climber"
            | "guard"
            | "man"
            | "woman"
            | "person"
            | "child"
            | "boy"
            | "girl"
            | "officer"
            | "soldier"
            | "worker"
            | "passenger"
            | "firefighter"
    );
    someone
        && befalls_next(text, next_end, |word| {
            matches!(
                word,
                "died"
                    | "drowned"
                    | "hurt"
                    | "arrested"
                    | "detained"
                    | "hospital"
                    | "hospitalised"
                    | "hospitalized"
                    | "shot"
                    | "rescued"
            )
        })
}

/// Whether a victim's word ("dead", "blessé") or a word `befell` knows comes in the eight
/// words after `from`, past an aside ("one firefighter, a 52-year-old volunteer, died") but
/// not into the next sentence.
fn befalls_next(text: &str, from: usize, befell: impl Fn(&str) -> bool) -> bool {
    let rest = &text[from..];
    let rest = &rest[..rest.find(['.', ';']).unwrap_or(rest.len())];
    rest.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(8)
        .any(|word| {
            let word = word.to_lowercase();
            is_victim(&word) || befell(&word)
        })
}

/// "trois à Sète, deux à Frontignan et une à Montpellier", "and one in Leeds": the last of
/// figures given place by place.
fn ends_a_list_by_place(text: &str, previous: Option<&str>, next: &str, next_end: usize) -> bool {
    previous.is_some_and(|w| w == "et" || w == "and")
        && matches!(next, "à" | "au" | "in" | "at")
        && next_word(text, next_end)
            .is_some_and(|(start, _, _)| text[start..].starts_with(char::is_uppercase))
}

/// "One man died", "one woman was killed", "une femme est morte", "one firefighter, a
/// volunteer, died": one person, then what befell them.
fn one_person_died(text: &str, noun: &str, noun_end: usize) -> bool {
    let person = matches!(
        noun,
        "man"
            | "woman"
            | "person"
            | "child"
            | "boy"
            | "girl"
            | "firefighter"
            | "soldier"
            | "officer"
            | "policeman"
            | "worker"
            | "passenger"
            | "homme"
            | "femme"
            | "personne"
            | "enfant"
            | "pompier"
            | "soldat"
            | "policier"
            | "gendarme"
            | "ouvrier"
            | "passager"
    );
    if !person {
        return false;
    }
    befalls_next(text, noun_end, |word| {
        matches!(
            word,
            "died" | "drowned" | "perished" | "hurt" | "décédé" | "décédée"
        )
    })
}

/// A word that names one dead, hurt or missing person on its own: "un mort", "one dead".
fn is_victim(word: &str) -> bool {
    matches!(
        word,
        "mort"
            | "morte"
            | "blessé"
            | "blessée"
            | "disparu"
            | "disparue"
            | "tué"
            | "tuée"
            | "dead"
            | "killed"
            | "injured"
            | "wounded"
            | "missing"
            | "death"
    )
}

/// "per", "par", "pour": the word before a rate's base.
fn is_per(word: &str) -> bool {
    ["per", "par", "pour"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(word))
}

/// Words that stand for a figure on their own: a denial ("aucun mort", "no one", "no deaths")
/// is 0; "la moitié des", "half of" is 50 %.
fn is_lone_figure(word: &str, lang: Lang) -> bool {
    match lang {
        Lang::Fr => matches!(word, "aucun" | "aucune" | "moitié"),
        Lang::En => matches!(word, "no" | "nobody" | "zero" | "half"),
    }
}

fn denial_or_half(
    text: &str,
    i: usize,
    first_end: usize,
    first: &str,
    lang: Lang,
) -> Option<(Token, usize)> {
    if !is_lone_figure(first, lang) {
        return None;
    }
    // "no more than 20", "no later than": a bound or a time, no denial.
    if first == "no"
        && next_word(text, first_end).is_some_and(|(_, _, next)| {
            matches!(
                &*next,
                "more" | "fewer" | "less" | "later" | "longer" | "sooner"
            )
        })
    {
        return None;
    }
    // "Nobody wants to strike", "no one knows": a general truth or a feeling, no count.
    let about_feelings = |next: &str| {
        matches!(
            next,
            "wants"
                | "want"
                | "knows"
                | "know"
                | "likes"
                | "expects"
                | "expected"
                | "thinks"
                | "believes"
                | "cares"
                | "needs"
                | "deserves"
                | "should"
                | "can"
                | "could"
        )
    };
    let after_no_one = if first == "no" {
        next_word(text, first_end)
            .filter(|(_, _, next)| &**next == "one")
            .and_then(|(_, one_end, _)| next_word(text, one_end))
    } else {
        next_word(text, first_end)
    };
    if matches!(first, "nobody" | "no")
        && after_no_one.is_some_and(|(_, _, next)| about_feelings(&next))
    {
        return None;
    }
    // "la moitié": the article is part of the share, as in "un tiers".
    let article = text[..i].ends_with("la ") || text[..i].ends_with("La ");
    let (value, percent, mut end) = if matches!(first, "moitié" | "half") {
        // A share only when it is a share of something: "la moitié des", "half of", "half the".
        // "réduite de moitié", "fell by half" too.
        // Bytes, not a slice of the text: the bytes before may be inside a character.
        let before = &text.as_bytes()[i.saturating_sub(4)..i];
        let by_half = before.eq_ignore_ascii_case(b" de ") || before.eq_ignore_ascii_case(b" by ");
        // "dont la moitié est prise en charge", "more than half landing on Crete", "– nearly
        // half –": a noun with its article, or half with a qualifier, is a share.
        let qualified = first == "half"
            && previous_word(text, i).is_some_and(|w| {
                [
                    "than", "nearly", "almost", "about", "around", "roughly", "over",
                ]
                .iter()
                .any(|q| q.eq_ignore_ascii_case(w))
            });
        // "La moitié sont des enfants", "half were women": a share of the whole just named.
        let of_something = next_word(text, first_end).is_some_and(|(_, _, next)| {
            matches!(
                &*next,
                "des"
                    | "de"
                    | "du"
                    | "d"
                    | "of"
                    | "the"
                    | "sont"
                    | "étaient"
                    | "ont"
                    | "avaient"
                    | "are"
                    | "were"
                    | "have"
                    | "had"
            )
        });
        // "in the first half of 2024", "la seconde moitié du match": a part of a period.
        let of_a_period = previous_word(text, i).is_some_and(|w| {
            [
                "first",
                "second",
                "last",
                "latter",
                "première",
                "seconde",
                "deuxième",
                "dernière",
            ]
            .iter()
            .any(|p| p.eq_ignore_ascii_case(w))
        });
        if of_a_period || !(by_half || of_something || article || qualified) {
            return None;
        }
        (50.0, true, first_end)
    } else {
        (0.0, false, first_end)
    };
    // "no one" is one figure.
    if first == "no" {
        if let Some((_, one_end, next)) = next_word(text, first_end) {
            if &*next == "one" {
                end = one_end;
            }
        }
    }
    let start = if percent && article { i - 3 } else { i };
    let quantity = Quantity {
        percent,
        negation: value == 0.0,
        ..Quantity::plain(start, end, value)
    };
    Some((Token::Quantity(quantity), end))
}

/// Shares like 1/3 as percentages with two decimals (33.33), not binary noise.
fn tidy_share(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// "plusieurs dizaines", "des centaines", "des milliers", "hundreds", "tens of thousands",
/// "several hundred": a band from twice the unit to just under ten times it.
fn vague(
    text: &str,
    i: usize,
    first_end: usize,
    first: &str,
    lang: Lang,
) -> Option<(Token, usize)> {
    let (unit, end) = if is_vague_determiner(first, lang) {
        let (_, end, second) = next_word(text, first_end)?;
        let unit = match word_value(&second, lang) {
            Some(Word::Collective(n) | Word::Scale(n)) => n,
            Some(Word::Hundred) => 100.0,
            _ => english_plural(&second)?,
        };
        (unit, end)
    } else if lang == Lang::En {
        (english_plural(first)?, first_end)
    } else {
        return None;
    };
    // "des dizaines de milliers", "tens of thousands".
    let mut end = end;
    let mut unit = unit;
    let link = if lang == Lang::Fr { "de" } else { "of" };
    if let Some((_, link_end, w)) = next_word(text, end) {
        if &*w == link {
            if let Some((_, scale_end, scale)) = next_word(text, link_end) {
                let factor = match lang {
                    Lang::Fr => match &*scale {
                        "milliers" => Some(1e3),
                        "millions" => Some(1e6),
                        _ => None,
                    },
                    Lang::En => english_plural(&scale).filter(|n| *n >= 1000.0),
                };
                if let Some(factor) = factor {
                    unit *= factor;
                    end = scale_end;
                }
            }
        }
    }
    let quantity = Quantity {
        start: i,
        end,
        tail: end,
        value: unit * 2.0,
        high: Some(unit * 10.0 - 1.0),
        qualifier: Some(Qualifier::Vague),
        currency: None,
        percent: false,
        maybe_year: false,
        negation: false,
    };
    Some((Token::Quantity(quantity), end))
}

/// Cardinal numbers in words, read left to right as a sum of groups: "deux cent mille",
/// "quatre-vingt-dix-neuf", "two hundred and fifty", "un milliard", "une vingtaine".
fn cardinal(text: &str, i: usize, lang: Lang) -> Option<(Token, usize)> {
    let mut total = 0.0;
    let mut group = 0.0;
    let mut end = i;
    let mut words = 0;
    let mut saw_one = false;
    let mut last = None;
    let mut collective = None;
    let mut cursor = i;
    while let Some((_, word_end, word)) = next_word(text, cursor) {
        let Some(value) = word_value(&word, lang) else {
            break;
        };
        match value {
            Word::Join => {
                // "vingt et un", "hundred and five": a join follows tens, a hundred or a scale,
                // and a number word follows it; "six and nine" are two figures.
                let joins = matches!(last, Some(Word::Hundred | Word::Scale(_)))
                    || matches!(last, Some(Word::Unit(m)) if m >= 20.0 && m % 10.0 == 0.0);
                if words == 0 || !joins {
                    break;
                }
                last = Some(Word::Join);
                cursor = word_end;
                continue;
            }
            Word::One => {
                let after_tens =
                    matches!(last, Some(Word::Unit(m)) if m >= 20.0 && m % 10.0 == 0.0);
                if words > 0 && last != Some(Word::Join) && !after_tens {
                    break;
                }
                saw_one = true;
                group += 1.0;
            }
            Word::Unit(n) => {
                let after_tens = matches!(last, Some(Word::Unit(m)) if m >= 10.0 && n < m)
                    && group % 10.0 == 0.0;
                // "soixante et onze", but "vingt et trente" are two figures.
                if last == Some(Word::Join) && group % 100.0 != 0.0 && n != 11.0 {
                    break;
                }
                if n == 20.0 && last == Some(Word::Unit(4.0)) {
                    // "quatre-vingt": the four already counted becomes 4 × 20.
                    group += 76.0;
                } else if after_tens
                    || matches!(
                        last,
                        None | Some(Word::Join | Word::Hundred | Word::Scale(_))
                    )
                {
                    group += n;
                } else {
                    break;
                }
            }
            Word::Hundred => group = group.max(1.0) * 100.0,
            Word::Scale(n) => {
                total += group.max(1.0) * n;
                group = 0.0;
            }
            Word::Fraction(d) => {
                // "un tiers des", "trois quarts", "two thirds of", not "un quart d'heure".
                let after = text[word_end..].trim_start();
                let of_hour = ["d'heure", "d’heure", "of an hour", "hour"]
                    .iter()
                    .any(|h| after.starts_with(h));
                // "a third man", "a fifth victim", "un dixième suspect" are ordinals: a share
                // is followed by what it divides. A plural is no ordinal ("about two-thirds
                // full"), nor are "tiers" and "quart"; "a third more than last year" is a share.
                let ordinal = matches!(
                    &*word.to_lowercase(),
                    "third" | "fifth" | "tenth" | "cinquième" | "dixième"
                ) && next_word(text, word_end).is_some_and(|(_, _, next)| {
                    !matches!(
                        &*next,
                        "of" | "the"
                            | "more"
                            | "less"
                            | "fewer"
                            | "higher"
                            | "lower"
                            | "were"
                            | "was"
                            | "are"
                            | "is"
                            | "had"
                            | "have"
                            | "has"
                            | "de"
                            | "des"
                            | "d"
                            | "du"
                    )
                });
                if words == 0 || total > 0.0 || group >= d || of_hour || ordinal {
                    break;
                }
                let quantity = Quantity {
                    start: i,
                    end: word_end,
                    tail: word_end,
                    value: tidy_share(group / d * 100.0),
                    high: None,
                    qualifier: None,
                    currency: None,
                    percent: true,
                    maybe_year: false,
                    negation: false,
                };
                return Some((Token::Quantity(quantity), word_end));
            }
            Word::Collective(n) => {
                if !(words == 1 && saw_one) {
                    break;
                }
                collective = Some(n);
                group = n;
            }
        }
        words += 1;
        last = Some(value);
        end = word_end;
        cursor = word_end;
        if collective.is_some() {
            break;
        }
    }
    let value = total + group;
    // A lone "un", "une", "a", "one" is an article, not a figure; but "un mort et trois
    // blessés", "one dead", "killing one pupil", "tuant une personne" count.
    let one_victim = || {
        !text[i..].starts_with(['a', 'A'])
            && next_word(text, end)
                .is_some_and(|(_, next_end, next)| one_counts(text, i, &next, next_end))
    };
    if words == 0
        || (words == 1 && saw_one && !one_victim() && !opens_range(text, end, lang))
        || value == 0.0
    {
        return None;
    }
    // "12,000 parts per million", "5 pour mille": a scale after "per" is a rate's base.
    if words == 1 && value >= 100.0 && previous_word(text, i).is_some_and(is_per) {
        return None;
    }
    let quantity = Quantity {
        start: i,
        end,
        tail: end,
        value,
        high: None,
        qualifier: collective.map(|_| Qualifier::Approx),
        currency: None,
        percent: false,
        maybe_year: false,
        negation: false,
    };
    let (rest, sign) =
        nom::Parser::parse(&mut nom::combinator::opt(super::unit_sign), &text[end..]).ok()?;
    let tail = text.len() - rest.len();
    let quantity = Quantity {
        tail,
        percent: matches!(sign, Some(super::Sign::Percent)),
        currency: match sign {
            Some(super::Sign::Currency(code)) => Some(code),
            _ => None,
        },
        ..quantity
    };
    Some((Token::Quantity(quantity), tail))
}

/// "January 10, 2022", "janvier 2022", "July 3": a date, not the figure 10. French writes the
/// day first: "depuis début janvier 27 foyers" counts 27.
fn month_first_date(
    text: &str,
    i: usize,
    first_end: usize,
    first: &str,
    lang: Lang,
) -> Option<(Token, usize)> {
    let month = crate::date::month_number(first)?;
    // "mai", "mars" and "sept" are also ordinary words; a date needs digits after them. An
    // abbreviation may keep its period: "Oct. 14".
    let first_end = if text[first_end..].starts_with('.') && first.len() <= 4 {
        first_end + 1
    } else {
        first_end
    };
    let rest = &text[first_end..];
    let digits_start = first_end + rest.find(|c: char| c != ' ' && c != '\u{a0}')?;
    if digits_start == first_end || digits_start - first_end > 2 {
        return None;
    }
    let digits: &str = {
        let r = &text[digits_start..];
        &r[..r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len())]
    };
    let mut end = digits_start + digits.len();
    let (day, year) = match digits.len() {
        4 => (None, digits.parse().ok()),
        1 | 2 if lang == Lang::En => {
            let day: Option<u32> = digits.parse().ok();
            let after = &text[end..];
            let after_trim = after.trim_start_matches(['s', 't', 'n', 'd', 'r', 'h']);
            // "September 9 and 10", "March 3-5": the last day of a range is no figure either.
            let last_day = [" and ", " to ", "-", "–"].iter().find_map(|joiner| {
                let rest = after_trim.strip_prefix(joiner)?;
                let n = rest
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(rest.len());
                let last: u32 = rest.get(..n).filter(|d| d.len() <= 2)?.parse().ok()?;
                (day.is_some_and(|first| first < last) && last <= 31).then(|| &rest[n..])
            });
            let after_trim = last_day.map_or(after_trim, |rest| {
                rest.trim_start_matches(['s', 't', 'n', 'd', 'r', 'h'])
            });
            let after_comma = after_trim.strip_prefix(',').unwrap_or(after_trim);
            let after_space = after_comma.trim_start_matches([' ', '\u{a0}']);
            let year_digits: &str = &after_space[..after_space
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(after_space.len())];
            let year = if year_digits.len() == 4 && after_space.len() < after.len() {
                end = text.len() - after_space.len() + 4;
                year_digits.parse().ok()
            } else {
                end = text.len() - after_trim.len();
                None
            };
            (day, year)
        }
        _ => return None,
    };
    let mention = DateMention {
        start: i,
        end,
        day,
        month,
        year,
    };
    Some((Token::Date(mention), end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_reads_the_word_alone_whatever_follows_it() {
        let alone = packed(b"deux", 4);
        assert!(alone.is_some());
        assert_eq!(packed(b"Deux mille personnes", 4), alone);
        assert_eq!(packed(b"DEUX", 4), alone);
        assert_ne!(packed(b"deuxieme", 8), alone);
        let sixteen = b"quatre-vingt-dix";
        assert_eq!(packed(b"quatre-vingt-dix morts", 16), packed(sixteen, 16));
        assert_eq!(packed(b"a-word-of-seventeen", 17), None);
    }

    #[test]
    fn ascii_lowercase_changes_only_ascii_capitals() {
        for b in 0..=u8::MAX {
            for at in 0..16 {
                let mut bytes = *b"Quatre-Vingt-DIX";
                bytes[at] = b;
                let mut want = bytes;
                want.make_ascii_lowercase();
                let got = ascii_lowercase(u128::from_le_bytes(bytes));
                assert_eq!(got.to_le_bytes(), want, "{bytes:?}");
            }
        }
    }
}
