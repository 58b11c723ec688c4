//! The number grammar: finds every figure in a text and reads its value, in French or English.
//!
//! [`scan`] walks an article once. At each digit, currency sign or number word it tries the
//! nom parsers below, longest reading first: dates, times, ordinals and identifiers are
//! recognised so they are *not* taken for figures; what remains is a [`Quantity`]: the numeral
//! as written (`7.989`, `1,8 million`, `$2.3bn`, `deux cents`, `plusieurs dizaines`), its value
//! and the unit its own signs give (`%`, `€`). What the figure counts is the extractor's job.

mod words;

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while1, take_while_m_n};
use nom::character::complete::{char, digit1, satisfy};
use nom::combinator::{map_opt, not, opt, peek, recognize};
use nom::multi::many1;
use nom::sequence::{pair, preceded, terminated};
use nom::{IResult, Parser};

use crate::claim::Qualifier;
use crate::lexicon::Lang;

/// A figure found in the text. Offsets are relative to the scanned text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Byte offset where the numeral starts (a currency sign before it included).
    pub start: usize,
    /// Byte offset where the numeral ends (scale word included, unit after it not).
    pub end: usize,
    /// Where the figure's own unit signs end (`%`, `€`, `pour cent`): the context starts here.
    pub tail: usize,
    /// The value, scale applied: `1,8 million` → 1 800 000.
    pub value: f64,
    /// The top of the band for vague amounts ("plusieurs dizaines" → 99).
    pub high: Option<f64>,
    /// A qualifier the numeral carries itself ("une dizaine" is approximate).
    pub qualifier: Option<Qualifier>,
    /// Currency from a sign (`$`, `€`, `£`).
    pub currency: Option<&'static str>,
    /// Written with `%` or "pour cent".
    pub percent: bool,
    /// A bare four-digit number between 1000 and 2100: a year unless a counted noun follows.
    pub maybe_year: bool,
    /// A denial ("aucun", "no one"): the figure 0, kept only if it counts something.
    pub negation: bool,
}

impl Quantity {
    /// A plain figure from `start` to `end`: no qualifier, currency, percent or band.
    #[must_use]
    pub fn plain(start: usize, end: usize, value: f64) -> Self {
        Quantity {
            start,
            end,
            tail: end,
            value,
            high: None,
            qualifier: None,
            currency: None,
            percent: false,
            maybe_year: false,
            negation: false,
        }
    }
}

/// A date the text names ("le 2 janvier", "10 January 2022"): not a figure, but the day the
/// figures around it refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end.
    pub end: usize,
    /// Day of month, when given.
    pub day: Option<u32>,
    /// Month, 1–12.
    pub month: u32,
    /// Year, when given.
    pub year: Option<i32>,
}

/// What [`scan`] finds.
#[derive(Debug, Clone, PartialEq)]
pub enum Token {
    /// A figure.
    Quantity(Quantity),
    /// A date.
    Date(DateMention),
}

type Res<'a, T> = IResult<&'a str, T>;

/// Words after which a number is a name, not a figure ("article 49.3", "Acte 3").
const IDENTIFIER_WORDS: &[&str] = &[
    "rue",
    // "near milepost 12", "au point kilométrique 7", "near kilometre 112".
    "milepost",
    "kilométrique",
    "kilometre",
    // "berth 3", "Rescue Station 12", "Flat 12", "campus 1": a place by its number.
    "berth",
    "station",
    "flat",
    "campus",
    // "the police helpline 15", "au numéro d'urgence 116".
    "helpline",
    "hotline",
    "urgence",
    "départementale",
    "nationale",
    "territoriale",
    "plomb",
    "gate",
    "gates",
    "porte",
    "highway",
    "interstate",
    "road",
    "exit",
    "exits",
    "sortie",
    "sorties",
    "terminal",
    "quai",
    "platform",
    "pier",
    "article",
    "articles",
    "acte",
    "act",
    "numéro",
    "number",
    "no",
    "n°",
    "page",
    "p",
    "chapitre",
    "chapter",
    "section",
    "sections",
    "tome",
    "vol",
    "volume",
    "route",
    "routes",
    "cantonale",
    "communale",
    "provinciale",
    "autoroute",
    "ligne",
    "lignes",
    "line",
    "lines",
    "flight",
    "room",
    "salle",
    "bus",
    "résolution",
    "resolution",
    // "Law 23,737", "la loi 96".
    "law",
    "loi",
    "decree",
    "décret",
    "paragraphe",
    "alinéa",
    "ligue",
    "formule",
    "top",
    "version",
    "phase",
    "niveau",
    "level",
    "junction",
    "junctions",
    "jonction",
    "échangeur",
    "incident",
    "call",
    "called",
    "calling",
    "dial",
    "dialled",
    "dialed",
    "dragon",
    "barrio",
    "ward",
    "pavillon",
    "bâtiment",
    "bloc",
    // "les premiers appels au centre 15": the emergency medical line.
    "centre",
    // "sérotype 2", "category 4 hurricane", "stade 3".
    "sérotype",
    "serotype",
    "type",
    "catégorie",
    "category",
    "stade",
    "stage",
    // "le camp 11 de Kutupalong", "quoting log 2214", "secteur 4".
    "camp",
    "log",
    "reference",
    "référence",
    "secteur",
    "sector",
    // "le directeur du Sdis 61": a fire service named by its département.
    "sdis",
    // "all from Class 5", "from kindergarten to grade 3": a school year.
    "class",
    "grade",
    "classe",
    // "a Boeing 737-800", "un Airbus A320": an aircraft's model.
    "boeing",
    "airbus",
    "embraer",
    "cessna",
    "antonov",
    "ilyushin",
    "tupolev",
    // "au cours de la semaine 9", "the bulletin for week 14": an epidemiological week.
    "semaine",
    "week",
];

/// Finds every figure and date in `text`, in order.
#[must_use]
pub fn scan(text: &str, lang: Lang) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b' ' {
            i += 1; // the most common byte by far
            continue;
        }
        // A currency written with letters before the figure (US$, C$, HK$, SI$…, GH¢, R, P, N,
        // Sh, Dh, Tk): the byte after the letter tells most words apart before any test runs.
        let next = bytes.get(i + 1).copied().unwrap_or(b' ');
        // Most words open with a small letter: no test at all.
        let dollar_prefix = (b.is_ascii_uppercase() || b == b'z')
            && match b {
                // "US$", "HK$", "SI$15": a dollar named by its country's capitals.
                // "SR18 million", "QR2.5bn", "KD 40,000", "BD 1.2 million": the Saudi and
                // Qatari riyals, the Kuwaiti and Bahraini dinars, told by the byte after the
                // capital (tested on every capitalised word, a call cost 0.7 %).
                b'A'..=b'Z'
                    if (next == b'$' || next.is_ascii_uppercase())
                        && (is_lettered_dollar(&bytes[i..])
                            || is_coded_amount(&bytes[i..])
                            // The ringgit: "RM12.5mil", "RM50,000".
                            || ((b, next) == (b'R', b'M') && is_lettered_amount(&bytes[i + 2..]))
                            || (matches!(
                                (b, next),
                                (b'S' | b'Q', b'R') | (b'K' | b'B', b'D')
                            ) && is_lettered_amount(&bytes[i + 2..]))) =>
                {
                    true
                }
                // The East African shilling: "Sh1.4 billion", "Shs200,000", "KSh5m", "USh40m".
                b'S' => next == b'h' && is_shilling_amount(&bytes[i..]),
                // The naira's N, the Philippine peso's P, the kwacha's K and the dalasi's D, as
                // the rand's R: "N850m", "P50,000", "K450 million", "D50,000".
                b'N' | b'P' | b'K' | b'D' if next.is_ascii_digit() => {
                    is_rand_amount(&bytes[i + 1..])
                }
                b'K' | b'U' => matches!(next, b'S' | b's') && is_shilling_amount(&bytes[i + 1..]),
                b'T' => {
                    (matches!(next, b'S' | b's') && is_shilling_amount(&bytes[i + 1..]))
                    // The taka: "Tk 312 crore".
                    || (next == b'k' && is_lettered_amount(&bytes[i + 2..]))
                }
                // The dirham: "Dh4.2bn", "Dh 40,000".
                b'D' => next == b'h' && is_lettered_amount(&bytes[i + 2..]),
                b'R' => {
                    (next == b's' && is_rupee_amount(&bytes[i + 1..]))
                    // The rupiah: "Rp 2.5 billion", "Rp15 billion".
                        || (next == b'p' && is_lettered_amount(&bytes[i + 2..]))
                        || (next.is_ascii_digit()
                            && (is_rand_amount(&bytes[i + 1..]) || is_priced(text, i)))
                }
                b'G' => bytes[i..].starts_with("GH¢".as_bytes()),
                // The złoty's sign: "zł186.6bn".
                b'z' => bytes[i..].starts_with("zł".as_bytes()),
                _ => false,
            };
        if b.is_ascii_alphabetic() && !(dollar_prefix && is_boundary_before(text, i)) {
            let end = word_end(text, i);
            // Most words are no number word: tell without allocating.
            if words::could_start(text, i, end, lang) && is_boundary_before(text, i) {
                if let Some((token, resume)) = words::words_at(text, i, lang) {
                    let (token, resume) = word_range(text, token, resume, lang);
                    found.push(token);
                    i = resume;
                    continue;
                }
            }
            // Skip the rest of the word: a number never starts inside one.
            i = end;
            continue;
        }
        if b >= 0xC3 && b != 0xE2 {
            // A word opening with an accented letter ("été", "État"): no number word does.
            i = word_end(text, i).max(i + 1);
            continue;
        }
        // Only ASCII bytes and the lead bytes of currency signs are tested, so `i` is a char
        // boundary whenever a parser runs.
        let starts_figure = b.is_ascii_digit()
            || b == b'$'
            || dollar_prefix
            || (b == 0xE2 && is_currency_symbol(&bytes[i..]))
            || (b == 0xC2
                && (bytes[i..].starts_with("£".as_bytes())
                    || bytes[i..].starts_with("¥".as_bytes())));
        if !starts_figure {
            i += 1;
            continue;
        }
        if is_boundary_before(text, i) {
            if let Some((token, end)) = figure_at(text, i, lang) {
                if let Some(token) = token {
                    found.push(token);
                }
                i = end.max(i + 1);
                continue;
            }
        } else if b.is_ascii_digit() {
            // A digit glued to a word (G7, A320, COVID-19): skip the whole run.
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'.') {
                i += 1;
            }
            continue;
        }
        i += 1;
    }
    found
}

/// "Rs1.5 million", "Rs. 500", "Rs 40,000": the rupee's Rs before digits. Out of line, as
/// the rand's test is.
#[inline(never)]
fn is_rupee_amount(after: &[u8]) -> bool {
    let rest = after.strip_prefix(b"s").unwrap_or(&[]);
    let rest = rest.strip_prefix(b".").unwrap_or(rest);
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    rest.first().is_some_and(u8::is_ascii_digit)
}

/// "SI$15", "FJ$52.4 million", "TT$300": a dollar named by one to three capitals, before
/// digits.
#[inline(never)]
fn is_lettered_dollar(from: &[u8]) -> bool {
    let letters = from.iter().take_while(|b| b.is_ascii_uppercase()).count();
    let after = from.get(letters + 1..).unwrap_or(&[]);
    let after = after.strip_prefix(b" ").unwrap_or(after);
    (1..=3).contains(&letters)
        && from.get(letters) == Some(&b'$')
        && after.first().is_some_and(u8::is_ascii_digit)
}

/// Currencies that wire copy names by their ISO 4217 code before the figure: "USD 4.5 million",
/// "PHP87.3 million".
const CURRENCY_CODES: [&str; 32] = [
    "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD", "NZD", "HKD", "SGD", "INR", "IDR",
    "PHP", "PKR", "BDT", "LKR", "MYR", "NGN", "GHS", "KES", "UGX", "TZS", "ZAR", "XOF", "XAF",
    "MAD", "DZD", "TND", "EGP", "AED", "SAR",
];

/// "USD 4.5 million", "PHP87.3 million": a currency's code before an amount that a scale or a
/// group separator make one ("EUR 2" alone may be a form's box).
#[inline(never)]
fn is_coded_amount(from: &[u8]) -> bool {
    from.get(..3)
        .is_some_and(|code| CURRENCY_CODES.iter().any(|c| c.as_bytes() == code))
        && is_lettered_amount(&from[3..])
}

/// A currency's code before the figure: "USD 4.5 million".
fn currency_code(i: &str) -> Res<'_, &'static str> {
    map_opt(
        take_while_m_n(3, 3, |c: char| c.is_ascii_uppercase()),
        |code: &str| CURRENCY_CODES.iter().find(|c| **c == code).copied(),
    )
    .parse(i)
}

/// "Sh1.4 billion", "Shs200,000", "KSh5m", "tickets at Sh500": a shilling's sign before
/// digits (no road or grade is named "Sh" and a number).
#[inline(never)]
fn is_shilling_amount(from_s: &[u8]) -> bool {
    let rest = from_s
        .strip_prefix(b"Shs")
        .or_else(|| from_s.strip_prefix(b"Sh"))
        .or_else(|| from_s.strip_prefix(b"sh"));
    rest.is_some_and(|rest| {
        is_lettered_amount(rest) || rest.first().is_some_and(u8::is_ascii_digit)
    })
}

/// "R5 per bird", "the R75 it costs", "between R85 and R110", "from R812 to R914": an
/// amount too small to be grouped, which a word of price before it makes one; "the R61" or
/// "via the R74" is a road.
#[inline(never)]
fn is_priced(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    let priced = matches!(
        word,
        "of" | "from"
            | "between"
            | "at"
            | "for"
            | "worth"
            | "cost"
            | "costs"
            | "paid"
            | "pay"
            | "fined"
            | "than"
            | "about"
            | "around"
            | "only"
            | "just"
            | "nearly"
            | "almost"
    );
    // The second end of a span that opened with an amount: "between R85 and R110".
    let span_end = matches!(word, "and" | "to")
        && before[..before.len() - word.len()]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|amount| {
                amount.starts_with('R') && amount[1..].starts_with(|c: char| c.is_ascii_digit())
            });
    let then = &text[i + 1..];
    let after = then[then.bytes().take_while(u8::is_ascii_digit).count()..].trim_start();
    let road = ["road", "highway", "route", "motorway", "near", "between"]
        .iter()
        .any(|w| after.starts_with(w));
    (priced || span_end || word == "the" && after.starts_with("it ")) && !road
}

/// An amount after a currency's letters, one space at most between them ("Tk 312 crore").
/// Out of line, as the rand's test is.
#[inline(never)]
fn is_lettered_amount(after: &[u8]) -> bool {
    is_rand_amount(after.strip_prefix(b" ").unwrap_or(after))
}

/// "R2.4bn", "R120m", "R5,000": the South African rand's R before digits that a scale or a
/// group separator make an amount ("the R61 road" is a route). Not inlined: in [`scan`]'s loop
/// it cost 5 % more instructions on the whole run (callgrind), for a test that rarely runs.
#[inline(never)]
fn is_rand_amount(after: &[u8]) -> bool {
    let digits = after.iter().take_while(|b| b.is_ascii_digit()).count();
    let rest = &after[digits..];
    let grouped = rest.first() == Some(&b',')
        && rest
            .get(1..4)
            .is_some_and(|g| g.iter().all(u8::is_ascii_digit));
    let decimals = if rest.first() == Some(&b'.') {
        1 + rest[1..].iter().take_while(|b| b.is_ascii_digit()).count()
    } else {
        0
    };
    let scale = &rest[decimals..];
    // A glued "m", "M" or "mil" ends its word: "R120m a day", "P87.4M" ending a headline,
    // "RM12.5mil".
    let ends_at = |n: usize| !scale.get(n).is_some_and(u8::is_ascii_alphanumeric);
    let glued_m = (matches!(scale.first(), Some(b'm' | b'M')) && ends_at(1))
        || (scale.starts_with(b"mil") && ends_at(3));
    let scaled = glued_m
        || [
            &b"bn"[..],
            b"tn",
            b" million",
            b" billion",
            b" trillion",
            b"-million",
            b"-billion",
            b" crore",
            b" lakh",
        ]
        .iter()
        .any(|s| scale.starts_with(s));
    digits > 0 && (grouped || scaled)
}

/// "deux à six ans", "between six and nine years": two number words joined as a range are one
/// figure, as digits are.
fn word_range(text: &str, token: Token, resume: usize, lang: Lang) -> (Token, usize) {
    let Token::Quantity(first) = &token else {
        return (token, resume);
    };
    if first.qualifier.is_some() || first.percent || first.currency.is_some() {
        return (token, resume);
    }
    let joiner = range_joiner(text, first.start, lang);
    let Some(after) = text
        .get(resume..)
        .filter(|rest| !joiner.is_empty() && rest.len() > joiner.len())
        .filter(|rest| rest.as_bytes()[..joiner.len()].eq_ignore_ascii_case(joiner.as_bytes()))
        .map(|_| resume + joiner.len())
    else {
        return (token, resume);
    };
    // "between seven and 18 days": the second end may be written in digits.
    let second = words::words_at(text, after, lang).or_else(|| {
        let (rest, (value, _)) = numeral(lang)(&text[after..]).ok()?;
        let end = text.len() - rest.len();
        let bare = rest.starts_with(' ') && scale(rest.trim_start()).is_err();
        bare.then(|| (Token::Quantity(Quantity::plain(after, end, value)), end))
    });
    match second {
        Some((Token::Quantity(second), end))
            if second.qualifier.is_none() && !second.percent && second.value > first.value =>
        {
            let range = Quantity {
                end: second.end,
                tail: second.tail,
                high: Some(second.value),
                qualifier: Some(Qualifier::Range),
                ..first.clone()
            };
            (Token::Quantity(range), end)
        }
        _ => (token, resume),
    }
}

/// Where the word of letters starting at `i` ends. ASCII bytes are tested directly; only
/// non-ASCII characters (accents, no-break spaces) are decoded. Inlined into [`scan`], which
/// runs it for every word: most words end at an ASCII byte and never reach the decoding.
#[inline]
pub(super) fn word_end(text: &str, i: usize) -> usize {
    let end = ascii_letters_end(text.as_bytes(), i);
    if text.as_bytes().get(end).is_some_and(|&b| b >= 0x80) {
        word_end_from_non_ascii(text, end)
    } else {
        end
    }
}

/// [`word_end`] past an accented letter or another non-ASCII character at `i`.
#[inline(never)]
fn word_end_from_non_ascii(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        i = ascii_letters_end(bytes, i);
        match bytes.get(i) {
            Some(0xC3) if crate::lexicon::is_latin1_letter(bytes, i) => i += 2,
            Some(&b) if b >= 0x80 => match text[i..].chars().next() {
                Some(c) if crate::lexicon::is_letter(c) => i += c.len_utf8(),
                _ => return i,
            },
            _ => return i,
        }
    }
}

/// Where the run of ASCII letters starting at `i` ends. [`scan`] runs this over every word of
/// the text, so it tests eight bytes at once: most words end within the first eight, and a
/// byte-by-byte loop paid a mispredicted exit branch per word.
#[inline]
fn ascii_letters_end(bytes: &[u8], mut i: usize) -> usize {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut eight = [0; 8];
        eight.copy_from_slice(chunk);
        let x = u64::from_le_bytes(eight);
        // Per byte, the high bit of: the byte's low 7 bits with the case bit set, plus 0x80 − c,
        // is set when those bits are ≥ c; the sums stay below 0x100, so bytes never carry.
        let folded = (x | (0x20 * LOW)) & !HIGH;
        let from_a = folded + (0x80 - u64::from(b'a')) * LOW;
        let past_z = folded + (0x80 - u64::from(b'z' + 1)) * LOW;
        // A letter is ASCII (high bit clear), ≥ 'a' and not past 'z' once case-folded.
        let letters = from_a & !past_z & !x & HIGH;
        let others = !letters & HIGH;
        if others != 0 {
            return i + (others.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// True when `text[i..]` does not continue a word or an identifier ("COVID-19", "G7", "x/2").
fn is_boundary_before(text: &str, i: usize) -> bool {
    // Fast path: a space before is the common case.
    if i > 0 && matches!(text.as_bytes()[i - 1], b' ' | b'\n' | b'(' | b'"') {
        return true;
    }
    let mut before = text[..i].chars().rev();
    match before.next() {
        None => true,
        Some(c) if c.is_alphanumeric() || matches!(c, '/' | '#' | '_' | '°' | '@') => false,
        Some('-' | '.' | ',') => !before.next().is_some_and(char::is_alphanumeric),
        Some(_) => true,
    }
}

/// The figure (or date, or nothing) that starts at byte `i`, and where scanning resumes.
/// `Some((None, end))` means "not a figure, skip to `end`".
fn figure_at(text: &str, i: usize, lang: Lang) -> Option<(Option<Token>, usize)> {
    let rest = &text[i..];
    if rest.as_bytes()[0].is_ascii_digit() {
        if let Some(mention) = numeric_date_at(text, i) {
            let end = mention.end;
            return Some((Some(Token::Date(mention)), end));
        }
        // A date has a space after its day ("2 janvier", "1er mai"), or a dash in a range of
        // days ("3-5 March"): only then try the parser, before the ordinals ("1er") that
        // `not_a_figure` sets aside.
        let may_be_date = rest
            .trim_start_matches(|c: char| c.is_ascii_digit() || "erstndh".contains(c))
            .starts_with(|c: char| is_group_space(c) || c == '-' || c == '–');
        let parsed = if may_be_date {
            date(rest).ok().or_else(|| first_day_of_range(rest).ok())
        } else {
            None
        };
        if let Some((after, (day, month, year))) = parsed {
            let end = text.len() - after.len();
            let mention = DateMention {
                start: i,
                end,
                day: Some(day),
                month,
                year,
            };
            return Some((Some(Token::Date(mention)), end));
        }
        if let Some(end) = not_a_figure(text, i) {
            return Some((None, end));
        }
        if is_identifier_context(text, i) {
            return Some((None, i + skip_identifier(rest)));
        }
    }
    let (after, quantity) = quantity(lang, || range_joiner(text, i, lang))(rest).ok()?;
    let end = text.len() - after.len();
    // A numeral glued to letters that are no unit it knows (`4x4`, `3D`, `5G`) is a name; a
    // temperature (`46C`, `41°C`) is a figure whose unit the lexicon reads after it.
    let celsius = after.strip_prefix('°').unwrap_or(after).strip_prefix('C');
    let temperature = celsius.is_some_and(|rest| !rest.starts_with(char::is_alphanumeric));
    if after.starts_with(|c: char| c.is_alphanumeric()) && !temperature && !glued_unit(after) {
        return Some((None, end + skip_word(after)));
    }
    let shift = |q: Quantity| Quantity {
        start: q.start + i,
        end: q.end + i,
        tail: q.tail + i,
        ..q
    };
    if let Some(metres) = metres_not_millions(text, i, &quantity) {
        let end = i + metres.end;
        return Some((Some(Token::Quantity(shift(metres))), end));
    }
    Some((
        Some(Token::Quantity(below_zero(text, shift(quantity), after))),
        end,
    ))
}

/// "a 6m embankment", "a 10m-high wall", "waves 4m high", "dropped 1,800m": a glued "m" with
/// no currency is metres where one thing is measured, a word of size follows or a verb of
/// falling or climbing comes before; the lexicon reads the unit.
/// ("6m people", "$6m" stay millions.)
#[inline(never)]
fn metres_not_millions(text: &str, i: usize, q: &Quantity) -> Option<Quantity> {
    let written = &text[i + q.start..i + q.end];
    let digits = written.strip_suffix('m')?;
    if q.currency.is_some() || !digits.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let before = word_before(text, i);
    let one_thing = matches!(before, "a" | "an" | "A" | "An");
    // "dropped about 1,800m", "fell 30m": how far something moved, past a qualifier.
    let qualifier = matches!(
        before,
        "about" | "some" | "nearly" | "around" | "almost" | "roughly"
    );
    let mover = if qualifier {
        let head = text[..i].trim_end();
        word_before(head, head.len() - before.len())
    } else {
        before
    };
    let moved = matches!(
        mover,
        "dropped" | "fell" | "plunged" | "plummeted" | "climbed" | "descended" | "sank"
    );
    let after = text[i + q.end..].trim_start_matches([' ', '-']);
    let size = [
        "high", "deep", "long", "tall", "wide", "above", "below", "higher", "deeper",
    ]
    .iter()
    .any(|w| after.starts_with(w));
    (one_thing || size || moved).then(|| Quantity {
        end: q.end - 1,
        tail: q.end - 1,
        value: q.value / 1e6,
        high: q.high.map(|h| h / 1e6),
        ..q.clone()
    })
}

/// "jusqu'à -4,5 °C", "a low of −12 degrees": a minus sign set against a temperature makes it
/// negative. Only a temperature: "-3" elsewhere is a dash or a range.
fn below_zero(text: &str, q: Quantity, after: &str) -> Quantity {
    let unit = after.trim_start_matches(is_group_space);
    // "-14.2C": a glued C, as `figure_at` reads it.
    let glued_celsius = after.starts_with('C') && !after[1..].starts_with(char::is_alphanumeric);
    // "-28 C", a space before the C.
    let spaced_celsius = unit.starts_with('C') && !unit[1..].starts_with(char::is_alphanumeric);
    let degrees = unit.starts_with('°')
        || glued_celsius
        || spaced_celsius
        || ["degré", "degre", "degree"].iter().any(|d| {
            unit.get(..d.len())
                .is_some_and(|u| u.eq_ignore_ascii_case(d))
        });
    let before = &text[..q.start];
    // "around minus 12 up there": the word says it is below zero, degrees or not; "moins 12"
    // only with degrees ("au moins 12" is a bound). Signs and words end `before`, any case.
    let word = |w: &str| {
        before.len() >= w.len()
            && before.is_char_boundary(before.len() - w.len())
            && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
    };
    let Some(sign) = ["-", "−", "minus ", "moins "].into_iter().find(|s| word(s)) else {
        return q;
    };
    let detached = before[..before.len() - sign.len()]
        .chars()
        .next_back()
        .is_none_or(|c| c == ' ' || c == '(' || c == '\u{a0}');
    let below = if sign.ends_with(' ') {
        sign == "minus " || (degrees && !word("au moins "))
    } else {
        degrees
    };
    if !(below && detached && q.high.is_none() && q.currency.is_none() && !q.percent) {
        return q;
    }
    Quantity {
        start: q.start - sign.len(),
        value: -q.value,
        ..q
    }
}

/// A unit abbreviation written against its figure ("230mm", "150km", "90km/h", "40MW"): the
/// lexicon reads it after the figure. Not "m", which may be metres or millions.
fn glued_unit(after: &str) -> bool {
    let letters = after
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(after.len());
    let (unit, rest) = after.split_at(letters);
    let ends = !rest.starts_with(|c: char| c.is_alphanumeric());
    ends && [
        "mm", "cm", "km", "kg", "ha", "kph", "kmh", "mph", "mw", "gw", "kw", "kwh", "ml",
    ]
    .iter()
    .any(|u| u.eq_ignore_ascii_case(unit))
}

/// The word that joins the two ends of a range starting at `i`: "et"/"and" after "entre" or
/// "between", else "à"/"to" ("de 20 à 30", "20 to 30") unless a verb of change comes before
/// ("passé de 20 à 30" is an update, not a range).
fn range_joiner(text: &str, i: usize, lang: Lang) -> &'static str {
    let mut from = i.saturating_sub(80);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut words = text[from..i]
        .rsplit(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty());
    let before = words.next().unwrap_or("");
    let verb = words.next().unwrap_or("");
    let is = |word: &str| before.eq_ignore_ascii_case(word);
    // "raising the standard fare from $2 to $2.50", "up by 35%, from 0.80 to 1.08 lev",
    // "raising the price of a gallon of diesel from $1.80 to $2.80": a change a few words back
    // in the sentence, unless a verb of range comes nearer ("rose as estimates ranged from 40
    // to 50").
    let changed_from = || {
        let window = &text[from..i];
        let clause = window
            .rfind([';', ':', '(', '\n'])
            .into_iter()
            .chain(window.rfind(". "))
            .max()
            .map_or(window, |p| &window[p + 1..]);
        is("from")
            && clause
                .rsplit(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .skip(1)
                .take(8)
                .take_while(|w| !(w.starts_with("rang") || w.starts_with("vari")))
                .any(is_change_verb)
    };
    // "passée de 1,9 million en 2023 à 1,2 million": a year, then the change's new level.
    let year = text.as_bytes().get(i..i + 5).is_some_and(|b| {
        matches!(&b[..2], b"19" | b"20") && b[2..4].iter().all(u8::is_ascii_digit) && b[4] == b' '
    });
    if year && (is("en") || is("in")) {
        return "";
    }
    match lang {
        Lang::Fr if is("entre") => " et ",
        Lang::En if is("between") => " and ",
        // "rise by 3 to 4.5 per cent" is a range even after a verb of change; "raised the
        // price by Sh18.30 to Sh217.40" gives the change, then the new price.
        Lang::En if is("by") && text[i..].starts_with(|c: char| c.is_ascii_digit()) => " to ",
        Lang::En if is("by") => "",
        _ if is_change_verb(verb) => "",
        Lang::En if changed_from() => "",
        Lang::Fr => " à ",
        Lang::En => " to ",
    }
}

/// The word right before byte `i`, past spaces ("" after a sign or at the start).
fn word_before(text: &str, i: usize) -> &str {
    text[..i]
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
}

/// "avant 22 heures", "vers 9 heures", "il était à peine 6 heures": an hour of the clock, not
/// a duration ("30 heures de recherches", "en 24 heures", "une grève de 12 heures"). Where it
/// ends.
#[inline(never)]
fn clock_hour(text: &str, i: usize, digits: usize) -> Option<usize> {
    let rest = &text[i..];
    let hours: u32 = rest[..digits].parse().ok()?;
    let after = rest[digits..].trim_start_matches(is_group_space);
    let word = after
        .strip_prefix("heures")
        .or_else(|| after.strip_prefix("heure"))?;
    // "30 heures de recherches", "jusqu'à 18 heures par jour": a duration.
    let of_something = ["de ", "d'", "par ", "d’"]
        .iter()
        .any(|w| word.trim_start().starts_with(w));
    let at = matches!(
        word_before(text, i),
        "à" | "avant" | "vers" | "dès" | "jusqu" | "peine" | "était"
    ) || text[..i].trim_end().ends_with("partir de");
    (hours <= 24 && at && !of_something && !word.starts_with(char::is_alphanumeric))
        .then(|| text.len() - word.len())
}

fn is_change_verb(word: &str) -> bool {
    [
        "pass", "grimp", "augment", "baiss", "chuté", "rose", "risen", "ris", "increas", "fell",
        "fall", "drop", "climb", "jump", "went", "gone", "up", "down", "rais", "cut", "lower",
        "reduc", "push", "boost", "lift", "hike",
    ]
    .iter()
    .any(|stem| {
        word.as_bytes()
            .get(..stem.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(stem.as_bytes()))
    })
}

/// Times, ordinals, numeric dates, phone numbers and list numbering: where they end.
fn not_a_figure(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    let consumed = |after: &str| text.len() - after.len();
    // What follows the digits decides which parsers can match: most figures need none.
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let next = rest.as_bytes().get(digits).copied().unwrap_or(b' ');
    let after_space = rest[digits..]
        .trim_start_matches(is_group_space)
        .as_bytes()
        .first()
        .copied()
        .unwrap_or(b' ');
    if matches!(after_space, b'h' | b'H' | b'a' | b'A' | b'p' | b'P') || matches!(next, b':' | b'.')
    {
        if let Ok((after, ())) = time(rest) {
            return Some(consumed(after));
        }
        if let Some(end) = clock_hour(text, i, digits) {
            return Some(end);
        }
    }
    if next.is_ascii_alphabetic() || next >= 0x80 {
        if let Ok((after, _)) = ordinal(rest) {
            return Some(consumed(after));
        }
    }
    // "911 calls", "the 999 line": an emergency number before the service it names.
    if digits == 3 && matches!(&rest[..3], "911" | "999" | "112") && next == b' ' {
        let after = rest.get(4..).unwrap_or("");
        let word = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let service = matches!(
            word,
            "call"
                | "calls"
                | "dispatcher"
                | "dispatchers"
                | "operator"
                | "operators"
                | "center"
                | "centre"
                | "line"
                | "system"
                | "service"
        );
        if service {
            return Some(i + 3);
        }
    }
    // "rue du 17-Novembre", "Boeing 737-MAX": a number hyphenated to a name is part of it.
    if next == b'-' && rest[digits + 1..].starts_with(|c: char| c.is_uppercase()) {
        return Some(consumed(
            &rest[digits + 1 + skip_word(&rest[digits + 1..])..],
        ));
    }
    // 10/01/2022, 2022-01-10, 10.01.2022.
    if matches!(next, b'/' | b'-' | b'.') {
        if let Ok((after, _)) = numeric_date(rest) {
            return Some(consumed(after));
        }
    }
    // A leading zero: phone numbers ("01 23 45 67 89"), codes ("007").
    if rest.len() > 1 && rest.starts_with('0') && rest.as_bytes()[1].is_ascii_digit() {
        let mut end = skip_number(rest);
        while let Ok((after, _)) = phone_group(&rest[end..]) {
            end = rest.len() - after.len();
        }
        return Some(i + end);
    }
    // "(530) 555-0147": an area code in brackets before a dashed local number.
    if next == b')' && text[..i].ends_with('(') {
        let local = rest[digits + 1..].trim_start_matches(' ');
        let end = local
            .find(|c: char| !(c.is_ascii_digit() || c == '-'))
            .unwrap_or(local.len());
        if phone_dashes(local) || local[..end].split('-').map(str::len).eq([3, 4]) {
            return Some(consumed(&local[end..]));
        }
    }
    // "450 555-0199", "(02) 8555-0178": an area code, spaced or in brackets, before a
    // dashed local number.
    let area_code = digits == 3 && next == b' ';
    let after_area_code = text[..i].ends_with(") ")
        && text[..i - 2]
            .rsplit('(')
            .next()
            .is_some_and(|code| !code.is_empty() && code.bytes().all(|b| b.is_ascii_digit()));
    if area_code || after_area_code {
        let local = if area_code {
            rest.get(digits + 1..).unwrap_or_default()
        } else {
            rest
        };
        if let Some(end) = dashed_local_number(local) {
            return Some(consumed(&local[end..]));
        }
        // "(0292) 272 515": after a bracketed area code, digits in spaced groups.
        if after_area_code && next == b' ' {
            let mut end = digits;
            while let Ok((after, _)) = phone_group(&rest[end..]) {
                end = rest.len() - after.len();
            }
            if end > digits {
                return Some(i + end);
            }
        }
    }
    // "1 800 555-0199": a North American number with its country code.
    if rest.starts_with("1 ") && rest.as_bytes().get(2).is_some_and(u8::is_ascii_digit) {
        let area = &rest[2..];
        if area.as_bytes().get(3) == Some(&b' ') {
            if let Some(end) = dashed_local_number(&area[4..]) {
                return Some(i + 2 + 4 + end);
            }
        }
    }
    // "+381 11 555 0193", "1-888-312-7740": international and dashed phone numbers.
    if text[..i].ends_with('+') || phone_dashes(rest) {
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == ' ' || c == '-'))
            .unwrap_or(rest.len());
        return Some(i + rest[..end].trim_end().len());
    }
    // "0 800 14 25 36": a lone zero followed by three groups or more is a phone number.
    if rest.starts_with('0') && !rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        let (mut end, mut groups) = (1, 0);
        while let Ok((after, _)) = phone_group(&rest[end..]) {
            end = rest.len() - after.len();
            groups += 1;
        }
        if groups >= 3 {
            return Some(i + end);
        }
    }
    // "815 21 815", "555 0193 22": three groups or more of two to four digits that are no
    // thousands grouping are a phone number.
    if next == b' '
        && rest
            .as_bytes()
            .get(digits + 1)
            .is_some_and(u8::is_ascii_digit)
    {
        if let Some(end) = spaced_phone(rest) {
            return Some(i + end);
        }
    }
    // "1. " or "2) " at the start of a line: numbering.
    let line_start = text[..i].trim_end_matches([' ', '\t']).ends_with('\n') || i == 0;
    if line_start {
        if let Ok((after, _)) = terminated(digit1, pair(one_of_str(".)"), char(' '))).parse(rest) {
            return Some(consumed(after));
        }
    }
    None
}

/// "1-888-312-7740", "0800-10828": digits in dashed groups, seven digits or more, more than two
/// groups or a leading zero — no range ("20-30") looks like that.
fn phone_dashes(rest: &str) -> bool {
    let run = &rest[..rest
        .find(|c: char| !(c.is_ascii_digit() || c == '-'))
        .unwrap_or(rest.len())];
    let groups = run.split('-').filter(|g| !g.is_empty()).count();
    let digits = run.bytes().filter(u8::is_ascii_digit).count();
    digits >= 7 && (groups > 2 || (groups == 2 && run.starts_with('0')))
}

/// Where a local phone number, three or four digits, a dash and four digits ("555-0199",
/// "8555-0178"), ends.
fn dashed_local_number(rest: &str) -> Option<usize> {
    let first = rest.bytes().take_while(u8::is_ascii_digit).count();
    let second = rest
        .get(first + 1..)?
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    ((3..=4).contains(&first) && rest.as_bytes()[first] == b'-' && second == 4)
        .then_some(first + 1 + second)
}

/// Where a phone number written in spaced groups ends: three groups or more, each of two to
/// four digits, one of them after the first not of three (so no "1 200 000"), the first no
/// year ("En 2022 30 000 personnes").
#[inline(never)]
fn spaced_phone(rest: &str) -> Option<usize> {
    let run = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ' '))
        .unwrap_or(rest.len());
    let groups: Vec<&str> = rest[..run]
        .split(' ')
        .take_while(|g| !g.is_empty())
        .collect();
    let year = |g: &str| g.len() == 4 && (g.starts_with("19") || g.starts_with("20"));
    let phone = groups.len() >= 3
        && !year(groups[0])
        && groups.iter().all(|g| (2..=4).contains(&g.len()))
        // "1800 173 349": four digits before groups of three are no thousands.
        && (groups[1..].iter().any(|g| g.len() != 3) || groups[0].len() == 4);
    phone.then(|| groups.iter().map(|g| g.len()).sum::<usize>() + groups.len() - 1)
}

fn phone_group(i: &str) -> Res<'_, &str> {
    preceded(take_while_m_n(1, 1, is_group_space), digit1).parse(i)
}

fn one_of_str<'a>(
    chars: &'static str,
) -> impl Parser<&'a str, Output = char, Error = nom::error::Error<&'a str>> {
    satisfy(move |c| chars.contains(c))
}

/// Whether the word before `i` makes the number a name ("article 49.3", and the 9 of "gates 7
/// and 9").
fn is_identifier_context(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches([' ', '\u{a0}']);
    // "l'A31, 38 000 foyers": thousands grouped are a figure, not the next name of a list.
    let rest = &text[i..];
    let lead = rest.bytes().take_while(u8::is_ascii_digit).count();
    let grouped = (1..=3).contains(&lead)
        && rest[lead..]
            .strip_prefix(is_group_space)
            .is_some_and(|g| g.bytes().take_while(u8::is_ascii_digit).count() == 3);
    for joiner in [" and", " et", ",", " or", " ou"]
        .iter()
        .filter(|_| !grouped)
    {
        if let Some(rest) = before.strip_suffix(joiner) {
            let rest = rest.trim_end();
            let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            if digits > 0 && rest.len() > digits && is_identifier_context(rest, rest.len() - digits)
            {
                return true;
            }
        }
    }
    // "No. 3", "p. 12": an abbreviation keeps its period; after any other word a period ends
    // the sentence ("said the UN. 30 people…", "closed the road. 30 people…").
    let (before, after_period) = match before.strip_suffix('.') {
        Some(rest) => (rest, true),
        None => (before, false),
    };
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '°'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let word = &before[word_start..];
    // "the top 10", but "visitor numbers top 1.4 million": a verb before an amount.
    let scaled = || {
        let rest = &text[i..];
        scale(&rest[skip_number(rest)..]).is_ok_and(|(_, factor)| factor >= 1e6)
    };
    // "a camp 20 km from the border": a distance, whatever names the place.
    let distance = || {
        let rest = &text[i..];
        let unit = rest[skip_number(rest)..].trim_start_matches(is_group_space);
        ["km", "kilom", "mile", "mètre", "metre", "meter"]
            .iter()
            .any(|u| unit.starts_with(u))
    };
    // "the top 10", but "cases top 1,300": after a noun, "top" is a verb.
    let verb_top = || {
        let previous = before[..word_start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        !previous.is_empty()
            && !matches!(
                previous.to_lowercase().as_str(),
                "the"
                    | "a"
                    | "an"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "our"
                    | "in"
                    | "of"
                    | "among"
            )
    };
    let top = word.eq_ignore_ascii_case("top");
    // Broadcasters: "a déclaré à France 24", "told Channel 4 News"; "en France 300 dossiers"
    // is a figure.
    let broadcaster = matches!(word, "France" | "Channel") && skip_number(&text[i..]) <= 2;
    let named = broadcaster
        || (is_identifier_word(word) && !(top && (scaled() || verb_top())) && !distance());
    if after_period {
        return named && word.chars().count() <= 3;
    }
    // "RN 85", "A 7", "SDIS 65": a road, a line or a service named by capitals; not the article
    // opening a sentence ("A 2.5-kilometre stretch…").
    let opens_sentence = before[..word_start]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '"' | '“' | '«' | '—'));
    let article = word == "A" && opens_sentence;
    let code =
        (1..=4).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase()) && !article;
    // "appeler le 3949", "composer le 17", "signaler tout départ de feu au 18 ou au 112": a
    // service's number, a few words after a verb of calling in the same sentence.
    // "Relatives can call the crisis centre on 24670 55 100".
    let dialled = matches!(word, "le" | "au" | "on" | "at")
        && before[..word_start]
            .rsplit(['.', ';', '!', '?'])
            .next()
            .unwrap_or_default()
            .rsplit(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .take(8)
            .any(|verb| {
                matches!(
                    verb,
                    "appeler"
                        | "appelez"
                        | "composer"
                        | "composez"
                        | "signaler"
                        | "signalez"
                        | "signalée"
                        | "signalé"
                        | "joignable"
                        | "joignables"
                        | "contacter"
                        | "contactez"
                        | "joindre"
                        // "un numéro vert, le 444 777", "une ligne d'urgence, le 80 100 190".
                        | "numéro"
                        | "ligne"
                        // "1 200 appels ont été reçus au 18 et au 112".
                        | "appels"
                        | "hotline"
                        | "call"
                        | "contact"
                        | "helpline"
                        | "ring"
                        | "phone"
                        | "dial"
                )
            });
    // "Call the 1166 helpline", "sending an SMS to 16321": right after the verb (not "the call
    // to 150 hospitals").
    let called = matches!(word, "the" | "to") && {
        let mut previous = before[..word_start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphabetic());
        let verb = previous.next().unwrap_or_default();
        let article = previous.next().unwrap_or_default();
        ["call", "dial", "ring", "phone", "text", "sms"]
            .iter()
            .any(|v| verb.eq_ignore_ascii_case(v))
            && !["the", "this", "that", "a"]
                .iter()
                .any(|a| article.eq_ignore_ascii_case(a))
    };
    // "le 141 est joignable jour et nuit", "the 937 health line": a service named by the words
    // right after its number.
    let service = || {
        let rest = &text[i..];
        let after = rest[skip_number(rest)..].trim_start_matches(is_group_space);
        matches!(word, "le" | "au" | "the")
            && [
                "est joignable",
                "sont joignables",
                "reste joignable",
                "restent joignables",
                "line",
                "hotline",
                "helpline",
                "health line",
                "emergency line",
            ]
            .iter()
            .any(|w| {
                after.starts_with(w) && !after[w.len()..].starts_with(|c: char| c.is_alphabetic())
            })
    };
    // "le numéro vert 15 15", "au numéro gratuit 3029", "its emergency number, 192".
    let toll_free = (matches!(word, "vert" | "gratuit")
        && before[..word_start].trim_end().ends_with("numéro"))
        || before.strip_suffix(',').is_some_and(|b| {
            ["number", "numéro", "hotline", "helpline"]
                .iter()
                .any(|w| b.trim_end().ends_with(w))
        });
    before.ends_with('#')
        || code
        || named
        || dialled
        || called
        || toll_free
        || service()
        || version(text, i, word)
}

/// "LockBit 3.0", "Web 2.0", "Windows 3.1": a name's version, one decimal after a dot right
/// after a capitalised word inside a sentence. Not "Lagos 1.5 million" nor "Brent 1.5%".
fn version(text: &str, i: usize, word: &str) -> bool {
    let rest = &text[i..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let one_decimal = rest.as_bytes().get(digits) == Some(&b'.')
        && rest
            .as_bytes()
            .get(digits + 1)
            .is_some_and(u8::is_ascii_digit)
        && !rest
            .as_bytes()
            .get(digits + 2)
            .is_some_and(u8::is_ascii_digit);
    if !one_decimal || !word.starts_with(char::is_uppercase) || word.len() < 3 {
        return false;
    }
    let after = rest[digits + 2..].trim_start_matches(is_group_space);
    let amount = after.starts_with('%')
        || scale(after).is_ok()
        || ["km", "m ", "kg", "mph", "mile", "metre", "meter", "per"]
            .iter()
            .any(|unit| after.starts_with(unit));
    let word_start = text[..i].trim_end_matches(is_group_space).len() - word.len();
    let opens_sentence = text[..word_start]
        .trim_end_matches([' ', '\t'])
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '\n' | '"' | '«' | '“'));
    let lower = word.to_lowercase();
    // A headline's capitals: "Jolt Nepal After 6.4 Quake".
    let linking_word = matches!(
        lower.as_str(),
        "after" | "amid" | "before" | "by" | "from" | "in" | "of" | "to" | "with"
    );
    !amount
        && !opens_sentence
        && !linking_word
        && lower != "magnitude"
        && crate::date::month_number(&lower).is_none()
}

/// Whether `word` is one of [`IDENTIFIER_WORDS`], whatever its ASCII case: looked up as one
/// packed integer, since this runs before every digit figure.
fn is_identifier_word(word: &str) -> bool {
    static WORDS: std::sync::OnceLock<rustc_hash::FxHashSet<u128>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        IDENTIFIER_WORDS
            .iter()
            .filter_map(|w| words::packed(w.as_bytes(), w.len()))
            .collect()
    });
    words::packed(word.as_bytes(), word.len()).is_some_and(|key| words.contains(&key))
}

fn skip_number(rest: &str) -> usize {
    rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(rest.len())
}

/// An identifier's digits, with the groups a number to dial is written in ("le 444 777",
/// "au 0 800 130 000", "on 2132 4086").
fn skip_identifier(rest: &str) -> usize {
    let mut end = skip_number(rest);
    loop {
        let group = rest[end..].strip_prefix(' ').map_or(0, |after| {
            after.bytes().take_while(u8::is_ascii_digit).count()
        });
        if !(2..=4).contains(&group) {
            return end;
        }
        end += 1 + group;
    }
}

fn skip_word(rest: &str) -> usize {
    rest.find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len())
}

fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

fn ascii_digit(c: char) -> bool {
    c.is_ascii_digit()
}

fn three_digits(i: &str) -> Res<'_, &str> {
    terminated(take_while_m_n(3, 3, ascii_digit), not(satisfy(ascii_digit))).parse(i)
}

/// Digits in groups of three after a separator: `7.989`, `19 000` (French), `7,989` (English),
/// `42'000` (Swiss).
fn grouped(lang: Lang) -> impl FnMut(&str) -> Res<'_, &str> {
    move |i| {
        let separator = satisfy(move |c| {
            is_group_space(c)
                || c == '\''
                || c == '’'
                || match lang {
                    Lang::Fr => c == '.',
                    Lang::En => c == ',',
                }
        });
        recognize(pair(
            take_while_m_n(1, 3, ascii_digit),
            many1(preceded(separator, three_digits)),
        ))
        .parse(i)
    }
}

/// South Asian grouping, in English copy: `1,21,374` (1 lakh 21 thousand), `12,34,56,789`:
/// pairs of digits after the first one or two, three at the end.
fn lakh_grouped(i: &str) -> Res<'_, &str> {
    let pair_of_digits = terminated(take_while_m_n(2, 2, ascii_digit), not(satisfy(ascii_digit)));
    recognize((
        take_while_m_n(1, 2, ascii_digit),
        many1(preceded(char(','), pair_of_digits)),
        preceded(char(','), three_digits),
    ))
    .parse(i)
}

/// `1,8` / `3,10` (French), `1.8` (English; French copy uses it too when the part after the dot
/// is not three digits, which [`grouped`] would have taken).
fn decimals(lang: Lang) -> impl FnMut(&str) -> Res<'_, &str> {
    move |i| {
        let mark = satisfy(move |c| match lang {
            Lang::Fr => c == ',' || c == '.',
            Lang::En => c == '.',
        });
        recognize(preceded(mark, digit1)).parse(i)
    }
}

/// A numeral in digits and its value: `7.989` → 7989, `1,8` → 1.8, `7,989` (en) → 7989.
fn numeral(lang: Lang) -> impl FnMut(&str) -> Res<'_, (f64, bool)> {
    move |i| {
        // A comma after one or two digits, and again three bytes on: the shape of a lakh
        // grouping, tested before it is parsed (this runs on every figure).
        let b = i.as_bytes();
        let lakh_shape = |k: usize| b.get(k) == Some(&b',') && b.get(k + 3) == Some(&b',');
        let integer = |i| match lang {
            Lang::En if lakh_shape(1) || lakh_shape(2) => {
                alt((lakh_grouped, grouped(lang), digit1)).parse(i)
            }
            _ => alt((grouped(lang), digit1)).parse(i),
        };
        let (rest, text) = recognize(pair(integer, opt(decimals(lang)))).parse(i)?;
        let decimal_mark = match lang {
            Lang::Fr => ',',
            Lang::En => '.',
        };
        let mut normal = String::with_capacity(text.len());
        let mut grouped_or_decimal = false;
        for (k, c) in text.char_indices() {
            if c.is_ascii_digit() {
                normal.push(c);
            } else {
                grouped_or_decimal = true;
                // A French '.' followed by other than three digits is a decimal point.
                let is_decimal = c == decimal_mark
                    || (c == '.'
                        && !text[k + 1..]
                            .chars()
                            .take(4)
                            .filter(char::is_ascii_digit)
                            .count()
                            .eq(&3));
                if is_decimal {
                    normal.push('.');
                }
            }
        }
        let value: f64 = normal.parse().map_err(|_| {
            nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Float))
        })?;
        Ok((rest, (value, grouped_or_decimal)))
    }
}

/// Scale words after a numeral: `1,8 million`, `2,3 milliards`, `$2.3bn`, `5 000 mille`.
fn scale(i: &str) -> Res<'_, f64> {
    let fail = || {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )))
    };
    // One word of ASCII letters, after one space at most, looked up whole: this runs after
    // every figure followed by a word in m, b, t or k ("12 morts", "3 mai").
    let spaced = i.starts_with(is_group_space);
    // "$1.3-million", Canadian style: a hyphen before a scale word, not an abbreviation.
    let hyphened = i.starts_with('-');
    let after_space = if hyphened {
        &i[1..]
    } else {
        i.trim_start_matches(is_group_space)
    };
    if i.len() - after_space.len() > i.chars().next().map_or(0, char::len_utf8) {
        return fail();
    }
    let len = after_space
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let (word, rest) = after_space.split_at(len);
    if len == 0 || len > 9 || rest.starts_with(char::is_alphanumeric) {
        return fail();
    }
    let mut lower = [0u8; 9];
    lower[..len].copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let words = match &lower[..len] {
        b"mille" | b"thousand" => Some(1e3),
        // South Asian scales: "₹10 lakh", "Rs3 crore".
        b"lakh" | b"lakhs" => Some(1e5),
        b"crore" | b"crores" => Some(1e7),
        b"million" | b"millions" => Some(1e6),
        b"milliard" | b"milliards" | b"billion" | b"billions" => Some(1e9),
        b"trillion" | b"trillions" => Some(1e12),
        _ => None,
    };
    if let Some(factor) = words {
        return Ok((rest, factor));
    }
    if hyphened {
        return fail();
    }
    let factor = match word {
        "k" => 1e3,
        "m" | "M" | "mn" => 1e6,
        "bn" | "Mds" | "Md" | "md" => 1e9,
        "tn" => 1e12,
        _ => return fail(),
    };
    // Glued abbreviations only: "5 m" is five metres, "$5m" five million; but "9,5 M€" and
    // "1,2 Md€" are millions and billions of euros, and "M" or "Mds" only before a sign.
    let before_sign = rest.starts_with(['€', '$', '£']);
    if !before_sign && (matches!(word, "M" | "Mds") || spaced) {
        return fail();
    }
    Ok((rest, factor))
}

/// A currency sign before the figure.
fn currency_sign(i: &str) -> Res<'_, &'static str> {
    if let Ok((rest, code)) =
        terminated(currency_code, take_while_m_n(0, 1, is_group_space)).parse(i)
    {
        return Ok((rest, code));
    }
    let (rest, sign) = terminated(
        alt((
            recognize((
                take_while_m_n(1, 3, |c: char| c.is_ascii_uppercase()),
                tag("$"),
            )),
            tag("GH¢"),
            tag("Rs."),
            tag("Rs"),
            tag("Rp"),
            alt((
                tag("KSh"),
                tag("Ksh"),
                tag("USh"),
                tag("Ush"),
                tag("TSh"),
                tag("Shs"),
                tag("Sh"),
                tag("Dh"),
                tag("Tk"),
                tag("SR"),
                tag("QR"),
                tag("KD"),
                tag("BD"),
                tag("RM"),
            )),
            tag("zł"),
            tag("K"),
            tag("D"),
            tag("R"),
            tag("P"),
            tag("N"),
            tag("$"),
            money_sign,
        )),
        take_while_m_n(0, 1, is_group_space),
    )
    .parse(i)?;
    Ok((rest, sign_code(sign)))
}

/// The currency signs other than the dollar's.
fn money_sign(i: &str) -> Res<'_, &str> {
    alt((
        tag("€"),
        tag("£"),
        tag("¥"),
        tag("₦"),
        tag("₹"),
        tag("₱"),
        tag("₩"),
        tag("₺"),
        tag("₽"),
        tag("₵"),
    ))
    .parse(i)
}

/// Whether `bytes` open with a sign of Unicode's Currency Symbols block (U+20A0–U+20BF: €, ₦,
/// ₹…), told from its UTF-8 bytes.
fn is_currency_symbol(bytes: &[u8]) -> bool {
    matches!(bytes, [0xE2, 0x82, 0xA0..=0xBF, ..])
}

fn sign_code(sign: &str) -> &'static str {
    match sign {
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₦" | "N" => "NGN",
        "₹" => "INR",
        "₱" | "P" => "PHP",
        "₩" => "KRW",
        "₺" => "TRY",
        "₽" => "RUB",
        "C$" => "CAD",
        "A$" => "AUD",
        "R$" => "BRL",
        "GH¢" | "₵" => "GHS",
        "BZ$" => "BZD",
        "NZ$" => "NZD",
        "NT$" => "TWD",
        "HK$" => "HKD",
        "S$" => "SGD",
        "SI$" => "SBD",
        "FJ$" => "FJD",
        "J$" => "JMD",
        "TT$" => "TTD",
        "EC$" => "XCD",
        "N$" => "NAD",
        "T$" => "TOP",
        "WS$" => "WST",
        "R" => "ZAR",
        "Rs" | "Rs." => "INR",
        "Rp" => "IDR",
        "RM" => "MYR",
        "zł" => "PLN",
        // "Sh" is Kenya's, Uganda's and Tanzania's: Kenya's unless the country is said.
        "KSh" | "Ksh" | "Sh" => "KES",
        "USh" | "Ush" | "Shs" => "UGX",
        "TSh" => "TZS",
        "Dh" => "AED",
        // "K" is Zambia's and Malawi's kwacha: Zambia's unless the country is said.
        "K" => "ZMW",
        "D" => "GMD",
        "Tk" => "BDT",
        "SR" => "SAR",
        "QR" => "QAR",
        "KD" => "KWD",
        "BD" => "BHD",
        _ => "USD",
    }
}

/// Unit signs after the figure: `%`, `pour cent`, `per cent`, `€`, `$`, `£`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Sign {
    Percent,
    Currency(&'static str),
}

pub(super) fn unit_sign(i: &str) -> Res<'_, Sign> {
    let percent = alt((
        tag("%"),
        tag_no_case("pour cent"),
        tag_no_case("pourcent"),
        tag_no_case("per cent"),
        tag_no_case("percent"),
        tag_no_case("pct"),
        // "65pc", as the Pakistani and British press print it.
        tag("pc"),
    ));
    let money = alt((tag("$"), money_sign));
    preceded(
        take_while_m_n(0, 1, is_group_space),
        alt((
            terminated(percent, not(satisfy(char::is_alphanumeric))).map(|_| Sign::Percent),
            money.map(|s| Sign::Currency(sign_code(s))),
        )),
    )
    .parse(i)
}

/// A numeral with its scale word, if any: `1,8 million` → (1.8, Some(1e6)).
fn scaled(lang: Lang) -> impl FnMut(&str) -> Res<'_, (f64, bool, Option<f64>)> {
    move |input| {
        let (rest, (value, separated)) = numeral(lang)(input)?;
        // Scale words start with m, b, t or k (after one space at most), or are lakh and
        // crore: test before parsing ("12 lits", "3 cas" are common).
        let next = rest.trim_start_matches(is_group_space);
        let next = next.strip_prefix('-').unwrap_or(next);
        let may_scale = next.starts_with(['m', 'M', 'b', 'B', 't', 'T', 'k'])
            || next
                .get(..4)
                .is_some_and(|w| w.eq_ignore_ascii_case("lakh"))
            || next
                .get(..5)
                .is_some_and(|w| w.eq_ignore_ascii_case("crore"));
        let (rest, factor) = if may_scale {
            opt(scale).parse(rest)?
        } else {
            (rest, None)
        };
        Ok((rest, (value, separated, factor)))
    }
}

/// A value times its scale, rid of binary rounding ([`crate::claim::significant`]).
fn scaled_value(value: f64, factor: f64) -> f64 {
    if factor == 1.0 {
        return value;
    }
    crate::claim::significant(value * factor)
}

/// The second end of a range: `-30`, `–30`, or `joiner()` and a numeral (`à 30 millions`).
fn range_end<'a>(
    lang: Lang,
    joiner: impl Fn() -> &'static str,
) -> impl FnMut(&'a str) -> Res<'a, (f64, Option<f64>)> {
    move |input| {
        let mut dash = recognize(satisfy(|c| c == '-' || c == '–'));
        // The joiner depends on the words before the figure: read them only when a word that
        // may join follows it.
        let may_join = [" et ", " and ", " to ", " à "].iter().any(|j| {
            input
                .as_bytes()
                .get(..j.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(j.as_bytes()))
        });
        let joiner = if may_join { joiner() } else { "" };
        let (rest, _) = if joiner.is_empty() {
            dash.parse(input)?
        } else {
            alt((dash, tag_no_case(joiner))).parse(input)?
        };
        // "€80 million and €120 million": the sign may be repeated.
        let (rest, _) = opt(currency_sign).parse(rest)?;
        let (rest, (value, _, factor)) = scaled(lang)(rest)?;
        Ok((rest, (value, factor)))
    }
}

/// A whole digit figure: sign, numeral, scale, the other end of a range, and unit sign.
fn quantity(
    lang: Lang,
    joiner: impl Fn() -> &'static str + Copy,
) -> impl FnMut(&str) -> Res<'_, Quantity> {
    move |input| {
        // Most figures open with a digit: no sign to try.
        let (rest, prefix) = if input.starts_with(|c: char| c.is_ascii_digit()) {
            (input, None)
        } else {
            opt(currency_sign).parse(input)?
        };
        let (rest, (value, separated, mut factor)) = scaled(lang)(rest)?;
        // "$3.6M", "P3.6M", "RM12.5mil": after a currency sign, a glued M or "mil" is millions
        // ("3M" alone is a name).
        let rest = match rest.strip_prefix('M').or_else(|| rest.strip_prefix("mil")) {
            Some(after)
                if prefix.is_some()
                    && factor.is_none()
                    && !after.starts_with(char::is_alphanumeric) =>
            {
                factor = Some(1e6);
                after
            }
            _ => rest,
        };
        // "20 à 30 millions": the scale of the second end applies to both, unless the first
        // end is already the smaller without it ("850,000 and 1.2 million").
        let (rest, high) = match opt(range_end(lang, joiner)).parse(rest)? {
            // "£9.4m to 64 businesses": a scaled amount, then a count of its own.
            (_, Some((_, None))) if factor.is_some() => (rest, None),
            (after, Some((high, high_factor))) => {
                let shared = factor.or(high_factor).unwrap_or(1.0);
                let own = factor.unwrap_or(1.0);
                let high = scaled_value(high, high_factor.unwrap_or(shared));
                if high > value * shared {
                    (after, Some((high, shared)))
                } else if high > value * own {
                    (after, Some((high, own)))
                } else {
                    (rest, None)
                }
            }
            (_, None) => (rest, None),
        };
        let end = input.len() - rest.len();
        let after = rest.trim_start_matches(is_group_space);
        let may_sign = after.starts_with(['%', 'p', 'P', '$', '£', '¥'])
            || is_currency_symbol(after.as_bytes());
        let (rest, sign) = if may_sign {
            opt(unit_sign).parse(rest)?
        } else {
            (rest, None)
        };
        let tail = input.len() - rest.len();
        // "9,5 M€", "300k€": a sign glued to a scale abbreviation is one token with it.
        let glued = input[..end].ends_with(|c: char| c.is_ascii_alphabetic())
            && input[end..].starts_with(|c: char| !is_group_space(c));
        let end = if glued && matches!(sign, Some(Sign::Currency(_))) {
            tail
        } else {
            end
        };
        let currency = prefix.or(match sign {
            Some(Sign::Currency(code)) => Some(code),
            _ => None,
        });
        let is_year_like = |v: f64| (1000.0..=2100.0).contains(&v) && v.fract() == 0.0;
        let maybe_year = !separated
            && factor.is_none()
            && currency.is_none()
            && sign.is_none()
            && is_year_like(value)
            && high.is_none_or(|(h, _)| is_year_like(h))
            && input.as_bytes().get(4).is_none_or(|b| !b.is_ascii_digit());
        let (low, high, qualifier) = match high {
            Some((high, factor)) => (
                scaled_value(value, factor),
                Some(high),
                Some(Qualifier::Range),
            ),
            None => (scaled_value(value, factor.unwrap_or(1.0)), None, None),
        };
        let quantity = Quantity {
            start: 0,
            end,
            tail,
            value: low,
            high,
            qualifier,
            currency,
            percent: sign == Some(Sign::Percent),
            maybe_year,
            negation: false,
        };
        Ok((rest, quantity))
    }
}

/// `18h30`, `18 h 30`, `18h`, `10:30`, `6 p.m.`, `6pm`.
fn time(i: &str) -> Res<'_, ()> {
    let hours = take_while_m_n(1, 2, ascii_digit);
    let french = (
        take_while_m_n(0, 1, is_group_space),
        alt((tag("h"), tag("H"))),
        opt(preceded(
            take_while_m_n(0, 1, is_group_space),
            take_while_m_n(2, 2, ascii_digit),
        )),
        not(satisfy(char::is_alphanumeric)),
    );
    // "19:05", "23:40:12".
    let colon = (
        char(':'),
        take_while_m_n(2, 2, ascii_digit),
        opt((char(':'), take_while_m_n(2, 2, ascii_digit))),
    );
    // "10.15 p.m.", "7.30 am", "16.02 BST": a dot is a time only with am/pm or a time zone
    // after it.
    let dotted = (
        char('.'),
        take_while_m_n(2, 2, ascii_digit),
        take_while_m_n(0, 1, is_group_space),
        alt((
            tag_no_case("a.m."),
            tag_no_case("p.m."),
            terminated(
                alt((
                    tag_no_case("am"),
                    tag_no_case("pm"),
                    tag("BST"),
                    tag("GMT"),
                    tag("UTC"),
                    tag("CET"),
                    tag("CEST"),
                )),
                not(satisfy(char::is_alphanumeric)),
            ),
        )),
    );
    let english = (
        take_while_m_n(0, 1, is_group_space),
        alt((
            tag_no_case("a.m."),
            tag_no_case("p.m."),
            tag_no_case("am"),
            tag_no_case("pm"),
        )),
        not(satisfy(char::is_alphanumeric)),
    );
    let (rest, _) = preceded(
        hours,
        alt((
            recognize(french),
            recognize(colon),
            recognize(dotted),
            recognize(english),
        )),
    )
    .parse(i)?;
    Ok((rest, ()))
}

/// `3e`, `1er`, `2ème`, `10th`, `21st`.
fn ordinal(i: &str) -> Res<'_, &str> {
    recognize(terminated(
        pair(
            digit1,
            alt((
                tag("ème"),
                tag("eme"),
                tag("ère"),
                tag("er"),
                tag("re"),
                tag("e"),
                tag("è"),
                tag("st"),
                tag("nd"),
                tag("rd"),
                tag("th"),
            )),
        ),
        not(satisfy(char::is_alphanumeric)),
    ))
    .parse(i)
}

/// `10/01/2022`, `2022-01-10`, `10.01.2022`.
fn numeric_date(i: &str) -> Res<'_, &str> {
    let sep = || satisfy(|c| matches!(c, '/' | '-' | '.'));
    recognize((
        digit1,
        sep(),
        take_while_m_n(1, 2, ascii_digit),
        sep(),
        digit1,
        not(satisfy(ascii_digit)),
    ))
    .parse(i)
}

/// A full numeric date and its length: `18/09/2024` and `18.09.2024` day first (French and
/// British copy), month first only where the day cannot be a month (`09/18/2024`), `2024-09-18`
/// year first. Anything else that looks like one ("3/4", "2-1") is left to `not_a_figure`.
fn numeric_date_at(text: &str, i: usize) -> Option<DateMention> {
    let rest = &text[i..];
    let bytes = rest.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if !matches!(bytes.get(digits), Some(b'/' | b'-' | b'.')) {
        return None;
    }
    let (after, written) = numeric_date(rest).ok()?;
    let sep = bytes[digits];
    let mut parts = written.split(char::from(sep));
    let mut next = || parts.next()?.parse::<u32>().ok();
    let (a, b, c) = (next()?, next()?, next()?);
    let (day, month, year) = if sep == b'-' && written.len() == 10 && digits == 4 {
        (c, b, a)
    } else if digits <= 2
        && (3..=4).contains(&(written.len() - written.rfind(char::from(sep))? - 1))
    {
        if b > 12 && a <= 12 {
            (b, a, c)
        } else {
            (a, b, c)
        }
    } else {
        return None;
    };
    let year = i32::try_from(year)
        .ok()
        .filter(|y| (1000..=2999).contains(y))?;
    crate::date::Date::from_ymd(year, month, day)?;
    Some(DateMention {
        start: i,
        end: text.len() - after.len(),
        day: Some(day),
        month,
        year: Some(year),
    })
}

/// `2 janvier`, `1er janvier 2022`, `10 January 2022`.
fn date(i: &str) -> Res<'_, (u32, u32, Option<i32>)> {
    let (rest, day) = day_number(i)?;
    let (rest, name) = preceded(
        take_while1(is_group_space),
        take_while1(char::is_alphabetic),
    )
    .parse(rest)?;
    let month = crate::date::month_number(&name.to_lowercase())
        .ok_or_else(|| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)))?;
    let (rest, year) = opt(preceded(
        take_while1(is_group_space),
        terminated(
            take_while_m_n(4, 4, ascii_digit),
            not(peek(satisfy(ascii_digit))),
        ),
    ))
    .parse(rest)?;
    Ok((rest, (day, month, year.and_then(|y| y.parse().ok()))))
}

/// A day of the month as written before its month: "10", "1er", "3rd".
fn day_number(i: &str) -> Res<'_, u32> {
    let (rest, day) = terminated(
        take_while_m_n(1, 2, ascii_digit),
        opt(alt((tag("er"), tag("st"), tag("nd"), tag("rd"), tag("th")))),
    )
    .parse(i)?;
    Ok((rest, day.parse().unwrap_or(0)))
}

/// The first day of a range of days, dated by the second: "10" in "du 10 au 28 février",
/// "from 10 to 28 February", "les 3 et 4 mars". Consumes the first day only, so the second is
/// read as a date of its own.
fn first_day_of_range(i: &str) -> Res<'_, (u32, u32, Option<i32>)> {
    let (rest, day) = day_number(i)?;
    let joiner = alt((
        tag(" au "),
        tag(" à "),
        tag(" et le "),
        tag(" et "),
        tag(" to "),
        tag(" and "),
        tag("-"),
        tag("–"),
        tag(" - "),
        tag(" – "),
    ));
    let (_, (_, (_, month, year))) = (joiner, date).parse(rest)?;
    Ok((rest, (day, month, year)))
}

#[cfg(test)]
mod tests;
