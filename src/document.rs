//! Segmentation: a dump of dispatches becomes articles (each with its headline, dateline and
//! language) and sentences, all as byte spans of the original text.
//!
//! Wire-service dumps run articles back to back. An article opens with its headline, then page
//! furniture: a photo caption printed twice, a "Short Url" line, a "Publié le …" dateline,
//! bullets. Those anchors, or an explicit separator line (`---`, `* * *`, a form feed), are what
//! tell one article from the next.

use crate::claim::Span;
use crate::date::Date;
use crate::grammar::{self, Token};
use crate::lexicon::Lang;

/// One input file cut into articles.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The articles, in order.
    pub articles: Vec<Article>,
}

/// One dispatch.
#[derive(Debug, Clone)]
pub struct Article {
    /// The whole article.
    pub span: Span,
    /// Its headline, when the dump shows one (not a dateline printed above it).
    pub headline: Option<Span>,
    /// Its publication date, from a dateline.
    pub date: Option<Date>,
    /// Its language.
    pub lang: Lang,
    /// Its sentences (headline, bullets and captions included: figures appear there too).
    pub sentences: Vec<Span>,
    /// The index of the first article of its running story: a dump's updates on one event
    /// follow each other, their headlines naming the same place or people.
    pub story: u32,
}

/// One line of the input. A dump holds hundreds of thousands: kept small (32 bytes), its text
/// is sliced from the input when needed.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    /// The text without surrounding white space, computed once.
    trimmed: &'a str,
    /// The line's byte range, line break excluded.
    start: u32,
    end: u32,
    /// Whether the line separates articles ([`is_separator`]), computed once: the segmenter
    /// asks it of every line several times.
    separator: bool,
}

impl<'a> Line<'a> {
    fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start as usize..self.end as usize]
    }

    fn trimmed(&self) -> &'a str {
        self.trimmed
    }

    fn is_blank(&self) -> bool {
        self.trimmed.is_empty()
    }

    fn is_short_url(&self) -> bool {
        is_short_url(self.trimmed)
    }
}

fn lines(text: &str) -> Vec<Line<'_>> {
    // Line ends by SIMD search: this reads the whole input. Counted first (a few milliseconds
    // on 50 MB): a vector grown by doubling copies itself into fresh pages again and again.
    let ends = memchr::memchr_iter(b'\n', text.as_bytes());
    let mut out = Vec::with_capacity(ends.clone().count() + 1);
    let mut start = 0;
    // Most texts hold no form feed at all: then no line needs searching for one.
    let form_feeds = memchr::memchr(0x0C, text.as_bytes()).is_some();
    for end in ends
        .map(|k| k + 1)
        .chain((!text.is_empty() && !text.ends_with('\n')).then_some(text.len()))
    {
        let body = text[start..end].trim_end_matches(['\n', '\r']);
        let trimmed = body.trim();
        let span = Span::new(start, start + body.len());
        out.push(Line {
            trimmed,
            start: span.start,
            end: span.end,
            separator: if form_feeds {
                is_separator(body)
            } else {
                is_rule(trimmed)
            },
        });
        start = end;
    }
    out
}

fn is_separator(line: &str) -> bool {
    memchr::memchr(0x0C, line.as_bytes()).is_some() // a form feed
        || is_rule(line.trim())
}

/// A line of dashes, equals signs or underscores, or `* * *`; `t` is trimmed.
fn is_rule(t: &str) -> bool {
    (t.len() >= 3 && t.bytes().all(|c| matches!(c, b'-' | b'=' | b'_')))
        || (t.starts_with('*') && t.bytes().filter(|&c| c != b' ').eq(*b"***"))
}

fn is_short_url(line: &str) -> bool {
    line.trim().eq_ignore_ascii_case("short url")
}

/// Splits `text` into articles and sentences. `lang` forces the language; otherwise each
/// article's is guessed from its function words.
#[must_use]
pub fn segment(text: &str, lang: Option<Lang>) -> Document {
    let lines = lines(text);
    let starts = article_starts(&lines);
    let mut articles = Vec::with_capacity(starts.len());
    let mut ties = Vec::with_capacity(starts.len());
    for (k, &first) in starts.iter().enumerate() {
        let last = starts.get(k + 1).map_or(lines.len(), |&next| next);
        let body = &lines[first..last];
        let (Some(head), Some(tail)) = (body.first(), body.last()) else {
            continue;
        };
        let span = Span {
            start: head.start,
            end: tail.end,
        };
        let span_text = &text[span.range()];
        if span_text.trim().is_empty() {
            continue;
        }
        let lang = lang.unwrap_or_else(|| guess_lang(span_text));
        // The headline proper: not a dateline printed above it.
        let headline = body
            .iter()
            .find(|l| !l.is_blank() && !l.separator && !is_publication_line(l.trimmed));
        let lead = lead_paragraph(body, headline);
        ties.push(StoryTies {
            words: headline_words(headline),
            place: wire_place(text, body, headline),
            rise: headline.is_some_and(|h| announces_a_rise(h.trimmed))
                || lead.is_some_and(announces_a_rise),
            lead_names: lead.map(names_in).unwrap_or_default(),
        });
        articles.push(Article {
            span,
            headline: headline.map(|l| trimmed_span(text, l)),
            date: dateline(text, body, lang),
            lang,
            sentences: sentences(text, body),
            story: u32::try_from(articles.len()).unwrap_or(u32::MAX),
        });
    }
    link_stories(text, &ties, &mut articles);
    Document { articles }
}

/// An article continues the story of the one before it when its headline shares a name
/// ("Lereng", "Adjaka": capitalised inside the headline) or two words of substance ("tunnel",
/// "fire") with one of that story's last [`STORY_HEADLINES`] headlines: a story's third
/// dispatch may echo its first ("Télésiège de Valmeyre : …" after "Valmeyre : le bilan
/// s'alourdit"). A country that labels two headlines ("Ukraine : …") is one word, not a name: a
/// dump runs several stories from one country. Words that say what is counted ("toll",
/// "morts") tie nothing, since every disaster has them.
///
/// A headline that names a place the story's last article named in its body continues that
/// story when it announces a toll risen ("Accident du col de Batoufam : le bilan s'alourdit"),
/// or shares one word with it ("Mpox : la vaccination débute au Sud-Kivu"). So does a first
/// paragraph that names one when the article announces a rise: "Ferry toll rises to 27" over
/// "The death toll from Sunday's MV Nyamwezi disaster has risen to 27".
fn link_stories(text: &str, ties: &[StoryTies<'_>], articles: &mut [Article]) {
    for n in 1..articles.len().min(ties.len()) {
        let story = articles[n - 1].story;
        let previous = &text[articles[n - 1].span.range()];
        let tie = &ties[n];
        // Searching the article before is the costly part: only when the headlines leave it open.
        let named_before = || {
            tie.words
                .iter()
                .any(|&(word, name)| name && names_word(previous, word))
        };
        // The lead's names against those of the lead and headline before: a few words each.
        let lead_named_before = || {
            let before = &ties[n - 1];
            tie.lead_names.iter().any(|name| {
                before.lead_names.contains(name)
                    || before.words.iter().any(|(word, _)| word == name)
            })
        };
        // "Dozens rescued as fire tears through Dublin apartment block", then, three months
        // later, "Tractor protest brings Dublin to a standstill": a city is no story.
        let months_apart = articles[n - 1]
            .date
            .zip(articles[n].date)
            .is_some_and(|(a, b)| b.to_days() - a.to_days() > STORY_DAYS);
        let linked = (0..n)
            .rev()
            .take_while(|&m| articles[m].story == story)
            .take(STORY_HEADLINES)
            .any(|m| same_story(tie, &ties[m], &named_before))
            || (tie.rise && (named_before() || lead_named_before()));
        if linked && !months_apart {
            articles[n].story = story;
        }
    }
}

/// Whether a headline or a lead says a toll has risen or been revised ("le bilan passe à",
/// "has risen to").
fn announces_a_rise(text: &str) -> bool {
    crate::lexicon::split_words(text).any(|(_, word)| {
        [
            "alourdit",
            "alourdi",
            "progresse",
            "grimpe",
            "désormais",
            "passe",
            "passé",
            "révise",
            "révisé",
            "revu",
            "rises",
            "climbs",
            "climbed",
            "risen",
            "revised",
        ]
        .iter()
        .any(|rise| word.eq_ignore_ascii_case(rise))
    })
}

/// Whether `text` holds `word` as a whole word.
fn names_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// How many days past its last article a story may go on.
const STORY_DAYS: i64 = 31;

/// How many of a story's latest headlines a new article's headline is compared with.
const STORY_HEADLINES: usize = 3;

/// What ties an article to a story: its headline's words of substance, each marked when it
/// is a name, the place of the wire dateline its body opens with ("SAN ISIDRO DEL ORO, Peru
/// (AP) —"), whether its headline or first paragraph announces a toll risen, and the names of
/// that paragraph.
struct StoryTies<'t> {
    words: Vec<(&'t str, bool)>,
    place: Option<&'t str>,
    rise: bool,
    lead_names: Vec<&'t str>,
}

/// The opening of an article's body after its headline: its first paragraph, up to
/// [`LEAD_BYTES`] (a dump may hold a whole article on one line).
fn lead_paragraph<'t>(body: &[Line<'t>], headline: Option<&Line<'t>>) -> Option<&'t str> {
    let after = headline.map_or(0, |h| h.start);
    let paragraph = body
        .iter()
        .find(|l| {
            l.start > after && !l.is_blank() && !l.separator && !is_publication_line(l.trimmed)
        })?
        .trimmed;
    let mut end = paragraph.len().min(LEAD_BYTES);
    while !paragraph.is_char_boundary(end) {
        end -= 1;
    }
    Some(&paragraph[..end])
}

/// How much of a first paragraph says what an article follows up: its first sentence or two.
const LEAD_BYTES: usize = 400;

/// The names of a paragraph: capitalised words of four letters or more inside a sentence, not
/// in capitals throughout (a wire dateline's place, which a bureau gives every story).
fn names_in(paragraph: &str) -> Vec<&str> {
    crate::lexicon::split_words(paragraph)
        .filter(|&(at, word)| {
            let opens_sentence = paragraph[..at]
                .trim_end()
                .chars()
                .next_back()
                .is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '«' | '“' | ':' | '—'));
            !opens_sentence
                && word.chars().count() >= 4
                && word.starts_with(char::is_uppercase)
                && word.chars().any(char::is_lowercase)
                && is_substantial(&word.to_lowercase())
        })
        .map(|(_, word)| word)
        .collect()
}

/// Whether two headlines share a name, or two words of substance, or one under the same wire
/// dateline ("Landslide buries homes …" and "Peru landslide death toll rises", both from SAN
/// ISIDRO DEL ORO), or one when the later headline announces a rise ("Rougeole : 14 cas …",
/// then "La rougeole progresse : 23 cas désormais confirmés") or is `named_before`: it names
/// a place of the story's last article. The dateline alone ties nothing: a bureau files many
/// stories.
fn same_story(
    tie: &StoryTies<'_>,
    earlier: &StoryTies<'_>,
    named_before: &dyn Fn() -> bool,
) -> bool {
    let mut shared = 0;
    for (word, name) in &tie.words {
        if let Some((_, other_name)) = earlier
            .words
            .iter()
            .find(|(candidate, _)| same_word(candidate, word))
        {
            if *name || *other_name {
                return true;
            }
            shared += 1;
        }
    }
    let one_dateline = tie.place.is_some() && tie.place == earlier.place;
    shared >= 2 || (shared == 1 && (tie.rise || one_dateline || named_before()))
}

/// The place of a wire dateline opening the article's first paragraph: capitals before a
/// comma, a bracket or a dash ("SAN ISIDRO DEL ORO, Peru (AP) —", "LANVIC, 30 jan (AFP) -").
fn wire_place<'t>(
    text: &'t str,
    body: &[Line<'t>],
    headline: Option<&Line<'t>>,
) -> Option<&'t str> {
    let after = headline.map_or(0, |h| h.start);
    let first = body
        .iter()
        .filter(|l| l.start > after && !l.is_blank() && !is_publication_line(l.trimmed))
        .map(|l| l.text(text).trim_start())
        .next()?;
    let end = first.find([',', '(', '—', '–'])?;
    let place = first[..end].trim_end();
    let capitals = place.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && place
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '’' | '.'));
    capitals.then_some(place)
}

/// Equal but for case and a plural's or a verb's final "s" or "d": "collapses" and
/// "Collapse", "escaped" and "escape".
fn same_word<'a>(a: &'a str, b: &'a str) -> bool {
    // Most pairs of words differ in length by more than one letter: told apart at once.
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let stem = |w: &'a str| w.strip_suffix(['s', 'S', 'd', 'D']).unwrap_or(w);
    // "flood" is "floods" less its "s", not "floo".
    [(a, b), (stem(a), b), (a, stem(b)), (stem(a), stem(b))]
        .iter()
        .any(|(x, y)| x.eq_ignore_ascii_case(y))
}

/// The words of substance of a headline, each marked when it is a name.
fn headline_words<'t>(line: Option<&Line<'t>>) -> Vec<(&'t str, bool)> {
    let mut words = Vec::new();
    let Some(line) = line else {
        return words;
    };
    let headline = line.trimmed;
    for (k, (at, word)) in crate::lexicon::split_words(headline).enumerate() {
        if word.chars().count() < 4 || word.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let capital = word.starts_with(char::is_uppercase);
        // Only capitalised words need lowercasing to be looked up.
        let lower = if capital {
            std::borrow::Cow::Owned(word.to_lowercase())
        } else {
            std::borrow::Cow::Borrowed(word)
        };
        if is_substantial(&lower) {
            // A label is a headline's first word or two before a colon ("Burkina Faso : …");
            // "Télésiège décroché à Valmeyre : …" names its place.
            let label = k <= 1 && headline[at + word.len()..].trim_start().starts_with(':');
            words.push((word, capital && k > 0 && !label));
        }
    }
    words
}

/// A word that may tie two articles: not one that any headline may hold, nor a month or a day.
fn is_substantial(lower: &str) -> bool {
    !is_headline_stop_word(lower)
        && crate::date::month_number(lower).is_none()
        && crate::date::weekday_number(lower).is_none()
}

/// Words of four letters or more that any headline may hold, those of the tolls of any
/// disaster included.
fn is_headline_stop_word(word: &str) -> bool {
    matches!(
        word,
        "toll"
            | "death"
            | "deaths"
            | "dead"
            | "kills"
            | "killed"
            | "injured"
            | "injures"
            | "people"
            | "police"
            | "victims"
            | "arrested"
            | "arrests"
            | "protest"
            | "protests"
            | "protesters"
            | "bilan"
            | "morts"
            | "mort"
            | "blessés"
            | "victimes"
            | "personnes"
            | "manifestants"
            | "interpellations"
            | "tués"
            | "milliers"
            | "thousands"
            | "hundreds"
            | "centaines"
            | "million"
            | "millions"
            | "dans"
            | "pour"
            | "avec"
            | "après"
            | "avant"
            | "sans"
            | "sous"
            | "entre"
            | "vers"
            | "chez"
            | "plus"
            | "moins"
            | "leur"
            | "leurs"
            | "cette"
            | "selon"
            | "face"
            | "contre"
            | "depuis"
            | "encore"
            | "nouveau"
            | "nouvelle"
            | "from"
            | "with"
            | "after"
            | "before"
            | "over"
            | "into"
            | "their"
            | "more"
            | "than"
            | "that"
            | "this"
            | "says"
            | "said"
            | "amid"
            | "again"
            | "still"
            | "about"
            | "under"
            | "rises"
            | "rise"
            | "falls"
            | "hausse"
            | "baisse"
    )
}

fn trimmed_span(text: &str, line: &Line<'_>) -> Span {
    let body = line.text(text);
    let lead = body.len() - body.trim_start().len();
    let start = line.start as usize + lead;
    Span::new(start, start + line.trimmed.len())
}

/// Indexes of the lines that open an article.
fn article_starts(lines: &[Line<'_>]) -> Vec<usize> {
    let mut starts = vec![0];
    let mut current_headline: Option<&str> =
        lines.iter().find(|l| !l.is_blank()).map(Line::trimmed);
    let previous_text = |from: usize| (0..from).rev().find(|&j| !lines[j].is_blank());
    // The line of the current article's dateline, once seen.
    let mut own_dateline: Option<usize> = None;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        let mut headline = None;
        if line.separator {
            if let Some(next) = (i + 1..lines.len()).find(|&j| !lines[j].is_blank()) {
                headline = Some(next);
            }
        } else if !line.is_blank()
            && lines
                .get(i + 1)
                .is_some_and(|n| n.trimmed() == line.trimmed())
        {
            // A caption printed twice: the headline is the line before it.
            headline = previous_text(i);
        } else if line.is_short_url()
            && !(i >= 2 && lines[i - 1].trimmed() == lines[i - 2].trimmed())
        {
            headline = previous_text(i);
        } else if is_publication_line(line.trimmed()) {
            // "Published on 7 February 2024" well into an article, or after the article's own
            // dateline and some text, opens the next one; near the top of an article it is
            // that article's own dateline.
            let last = *starts.last().unwrap_or(&0);
            let into = (last..i).filter(|&j| !lines[j].is_blank()).count();
            let since_dateline = own_dateline
                .filter(|&d| d >= last)
                .map(|d| (d + 1..i).filter(|&j| !lines[j].is_blank()).count());
            let next = (i + 1..lines.len()).find(|&j| !lines[j].is_blank());
            if let (true, Some(next)) = (into > 6 || since_dateline >= Some(2), next) {
                starts.push(i);
                current_headline = Some(lines[next].trimmed());
            }
            own_dateline = Some(i);
        }
        if let Some(h) = headline {
            let text = lines[h].trimmed();
            let is_new = Some(text) != current_headline && !is_separator(text);
            if is_new && h > *starts.last().unwrap_or(&0) {
                starts.push(h);
                current_headline = Some(text);
            } else if is_new && h == 0 {
                current_headline = Some(text);
            }
        }
        i += 1;
    }
    starts
}

/// A line that gives an article's publication: "Publié le 10 janvier 2022", "Published on …".
fn is_publication_line(line: &str) -> bool {
    // Every marker opens with one of these letters: most lines are told by their first byte.
    if !line.starts_with(['P', 'p', 'M', 'm', 'U', 'u', 'L', 'l']) {
        return false;
    }
    let head = line.as_bytes();
    let starts_with = |m: &str| {
        head.get(..m.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(m.as_bytes()))
    };
    // "Published 18 July 2024, 16:40": the date may follow the word directly, or a weekday
    // before it ("Updated Monday, 21 October 2024"); or the month may come first ("Published
    // March 5, 2024", "Updated Aug. 7, 2024").
    let dated = |m: &str| {
        starts_with(m)
            && line.get(m.len()..).is_some_and(|rest| {
                let first_word = |text: &str| {
                    text.split([' ', ',', '.'])
                        .next()
                        .map(str::to_lowercase)
                        .unwrap_or_default()
                };
                // "Posted Tue 5 Nov 2024 at 2:14pm": a weekday may be abbreviated here.
                let weekday = |w: &str| {
                    crate::date::weekday_number(w).is_some()
                        || matches!(
                            w,
                            "mon"
                                | "tue"
                                | "tues"
                                | "wed"
                                | "thu"
                                | "thurs"
                                | "fri"
                                | "sat"
                                | "sun"
                        )
                };
                let day = Some(rest)
                    .filter(|r| weekday(&first_word(r)))
                    .and_then(|r| r.split([' ', ',']).next())
                    .map_or(0, str::len);
                let date = rest[day..].trim_start_matches([',', ' ']);
                date.starts_with(|c: char| c.is_ascii_digit())
                    || crate::date::month_number(&first_word(date)).is_some_and(|_| {
                        date.split_once(' ').is_some_and(|(_, after)| {
                            after.starts_with(|c: char| c.is_ascii_digit())
                        })
                    })
            })
    };
    let marked = ([
        "publié le",
        "published on",
        "published:",
        "mis à jour le",
        "posted on",
        "posted:",
    ]
    .iter()
    .any(|m| starts_with(m))
        || dated("published ")
        || dated("publié ")
        || dated("posted "))
        && line.bytes().any(|b| b.is_ascii_digit());
    // "Updated 13 March 2025, 11:20" opens a follow-up dispatch; "Updated 14:05" in a live
    // blog does not: only an update that gives its day.
    marked
        || ((starts_with("updated on ")
            || starts_with("updated: ")
            || starts_with("last updated: ")
            || dated("updated "))
            && grammar::scan(line, Lang::En)
                .iter()
                .any(|t| matches!(t, Token::Date(d) if d.day.is_some())))
}

/// The publication date: a "Publié le …"/"Published …" line, or a full date near the start of
/// one of the article's first lines ("PARIS, 10 janvier 2022 (AFP) -").
fn dateline(text: &str, body: &[Line<'_>], lang: Lang) -> Option<Date> {
    const MARKERS: [&str; 6] = [
        "publié",
        "mis à jour",
        "published",
        "updated",
        "posted",
        "le ",
    ];
    for line in body.iter().filter(|l| !l.is_blank()).take(12) {
        let head = line.trimmed().as_bytes();
        let marked = MARKERS.iter().any(|m| {
            head.get(..m.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(m.as_bytes()))
        });
        let line = line.text(text);
        if !marked && !line.bytes().take(40).any(|b| b.is_ascii_digit()) {
            continue;
        }
        for token in grammar::scan(line, lang) {
            if let Token::Date(d) = token {
                if let (Some(day), Some(year)) = (d.day, d.year) {
                    if marked || d.start < 40 {
                        return Date::from_ymd(year, d.month, day);
                    }
                }
            }
        }
    }
    None
}

/// French or English, from the share of each language's commonest words.
fn guess_lang(text: &str) -> Lang {
    // Function words are short and space-separated: no need to decode the text.
    let sample = &text.as_bytes()[..text.len().min(600)];
    let (mut fr, mut en) = (0, 0);
    for word in sample.split(|&b| matches!(b, b' ' | b'\n' | b',' | b'.')) {
        if is_elided(word) {
            fr += 1; // "l'explosion", "d’euros", "qu'il"
            continue;
        }
        if word.len() > 4 || word.is_empty() {
            continue;
        }
        // Byte by byte: a copy of a word's varying length was a memcpy call per word.
        let mut lower = [0u8; 4];
        for (l, &b) in lower.iter_mut().zip(word) {
            *l = b.to_ascii_lowercase();
        }
        match &lower[..word.len()] {
            b"le" | b"la" | b"les" | b"des" | b"du" | b"et" | b"est" | b"une" | b"dans"
            | b"pour" | b"qui" | b"sur" | b"au" | b"il" | b"ont" | b"sont" | b"dont" => fr += 1,
            b"the" | b"and" | b"of" | b"is" | b"was" | b"to" | b"in" | b"that" | b"for" | b"on"
            | b"with" | b"were" | b"it" | b"has" | b"have" | b"had" | b"are" | b"at" | b"by"
            | b"from" => en += 1,
            _ => {}
        }
    }
    // No function word either way ("Storms killed 150 people."): French copy seldom goes a
    // sentence without an accented letter.
    let accented = || memchr::memchr(0xC3, sample).is_some();
    if en > fr || (en == fr && !accented()) {
        Lang::En
    } else {
        Lang::Fr
    }
}

/// A French elided article or pronoun opening a word: "l'", "d’", "qu'".
fn is_elided(word: &[u8]) -> bool {
    let rest = match word {
        [b'q' | b'Q', b'u', rest @ ..] => rest,
        [b'l' | b'L' | b'd' | b'D' | b'n' | b'N' | b's' | b'S' | b'j' | b'J' | b'c' | b'C', rest @ ..] => {
            rest
        }
        _ => return false,
    };
    rest.starts_with(b"'") || rest.starts_with("’".as_bytes())
}

/// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS: [&str; 22] = [
    "m", "mm", "mme", "mmes", "mlle", "me", "dr", "pr", "st", "mr", "mrs", "ms", "jr", "gen",
    "col", "lt", "sgt", "gov", "sen", "rep", "etc", "no",
];

/// Sentences of an article: lines are breaks (headlines, bullets, captions stand alone) unless a
/// line is hard-wrapped mid-sentence; within a line, `.`, `!`, `?` followed by a capital, a
/// quote or a digit.
fn sentences(text: &str, body: &[Line<'_>]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (k, line) in body.iter().enumerate() {
        if line.is_blank() || line.separator || line.is_short_url() {
            if let Some(s) = open.take() {
                push_sentences(text, s, body[k - 1].end as usize, &mut out);
            }
            continue;
        }
        let start = open.unwrap_or(line.start as usize);
        let ends_sentence = line
            .trimmed()
            .ends_with(['.', '!', '?', '"', '»', ')', ':', '…']);
        let next_continues = body
            .get(k + 1)
            .is_some_and(|n| n.trimmed().chars().next().is_some_and(char::is_lowercase));
        if !ends_sentence && next_continues {
            open = Some(start);
        } else {
            open = None;
            push_sentences(text, start, line.end as usize, &mut out);
        }
    }
    if let (Some(s), Some(last)) = (open, body.last()) {
        push_sentences(text, s, last.end as usize, &mut out);
    }
    out
}

fn push_sentences(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let chunk = &text[start..end];
    let bytes = chunk.as_bytes();
    let mut sentence_start = 0;
    let mut i = 0;
    // Every candidate end is an ASCII `.`, `!`, `?` or an ellipsis `…` (E2 80 A6): found by
    // SIMD byte search, since this runs over the whole text. The ellipsis searcher is built
    // once, not per paragraph.
    static ELLIPSIS: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
        std::sync::OnceLock::new();
    let ellipsis = ELLIPSIS.get_or_init(|| memchr::memmem::Finder::new("…"));
    let mut next_ellipsis = ellipsis.find(bytes).unwrap_or(bytes.len());
    loop {
        if next_ellipsis < i {
            next_ellipsis = ellipsis.find(&bytes[i..]).map_or(bytes.len(), |k| i + k);
        }
        let mark = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]).map_or(bytes.len(), |k| i + k);
        let at = mark.min(next_ellipsis);
        if at >= bytes.len() {
            break;
        }
        let mark_len = if at == next_ellipsis {
            '…'.len_utf8()
        } else {
            1
        };
        // Closing quotes and brackets belong to the sentence they end.
        let closing = chunk[at + mark_len..]
            .find(|c: char| !matches!(c, '"' | '»' | '”' | ')' | '’' | '.'))
            .unwrap_or(chunk.len() - at - mark_len);
        let mut after = at + mark_len + closing;
        // French quotes close after a space: "… va-t-on tenir ? » Le garde des Sceaux …".
        let spaced = chunk[after..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        if let Some(closed) = spaced.strip_prefix('»') {
            after = chunk.len() - closed.len();
        }
        i = after.max(at + 1);
        let rest = &chunk[after..];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() || trimmed.is_empty() {
            continue;
        }
        let next = trimmed.chars().next().unwrap_or(' ');
        let starts_new = next.is_uppercase()
            || next.is_ascii_digit()
            || matches!(next, '"' | '«' | '“' | '•' | '-' | '—');
        if !starts_new || (bytes[at] == b'.' && is_abbreviation(&chunk[sentence_start..at])) {
            continue;
        }
        push_trimmed(chunk, start, sentence_start, after, out);
        sentence_start = after;
    }
    push_trimmed(chunk, start, sentence_start, chunk.len(), out);
}

fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// The longest sentence kept whole. Prose never comes near it; text that never ends a sentence
/// (a dump stripped of its full stops) is cut at a space before it, which bounds the work and
/// memory spent on one sentence.
const MAX_SENTENCE: usize = 8192;

fn push_trimmed(chunk: &str, base: usize, mut from: usize, to: usize, out: &mut Vec<Span>) {
    while to - from > MAX_SENTENCE {
        let mut cut = from + MAX_SENTENCE;
        while !chunk.is_char_boundary(cut) {
            cut -= 1;
        }
        let cut = chunk[from..cut]
            .rfind(char::is_whitespace)
            .filter(|&k| k > 0)
            .map_or(cut, |k| from + k);
        push_piece(chunk, base, from, cut, out);
        from = cut;
    }
    push_piece(chunk, base, from, to, out);
}

fn push_piece(chunk: &str, base: usize, from: usize, to: usize, out: &mut Vec<Span>) {
    let piece = &chunk[from..to];
    let lead = piece.len()
        - piece
            .trim_start_matches(|c: char| c.is_whitespace() || c == '•')
            .len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Span::new(base + from + lead, base + to - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The articles' publication dates, as written in reports.
    fn article_dates(doc: &Document) -> Vec<String> {
        doc.articles
            .iter()
            .filter_map(|a| a.date.map(|d| d.to_string()))
            .collect()
    }

    const DUMP: &str = "Storm hits the coast\n\nA flooded street in Brest (Photo, AFP).\nA flooded street in Brest (Photo, AFP).\nShort Url\nPublished on Monday 10 January 2022\n\nBREST: Two people were killed. M. Dupont said so.\n\nMarkets fall in Tokyo\n\nTraders at work (Photo).\nTraders at work (Photo).\nShort Url\n\nTOKYO: Shares lost 3 per cent on Monday.\n";

    #[test]
    fn segment_splits_on_repeated_captions() {
        let doc = segment(DUMP, None);
        assert_eq!(doc.articles.len(), 2);
        let first = &doc.articles[0];
        assert_eq!(first.lang, Lang::En);
        assert_eq!(
            first.date.map(|d| d.to_string()).as_deref(),
            Some("2022-01-10")
        );
        let headline = first.headline.unwrap();
        assert_eq!(&DUMP[headline.range()], "Storm hits the coast");
        let second = &doc.articles[1];
        assert_eq!(
            &DUMP[second.headline.unwrap().range()],
            "Markets fall in Tokyo"
        );
        assert!(second.date.is_none());
    }

    #[test]
    fn sentences_respect_abbreviations_and_numbers() {
        let text = "Le bilan est de 7.989 personnes. M. Dupont l'a dit : « Jusqu'à quand ? » Fin";
        let doc = segment(text, Some(Lang::Fr));
        let got: Vec<&str> = doc.articles[0]
            .sentences
            .iter()
            .map(|s| &text[s.range()])
            .collect();
        assert_eq!(
            got,
            [
                "Le bilan est de 7.989 personnes.",
                "M. Dupont l'a dit : « Jusqu'à quand ? »",
                "Fin"
            ]
        );
    }

    #[test]
    fn sentences_join_hard_wrapped_lines() {
        let text = "Some 300 people were\ndetained overnight.\nNext line.";
        let doc = segment(text, Some(Lang::En));
        assert_eq!(doc.articles[0].sentences.len(), 2);
    }

    #[test]
    fn a_text_that_never_ends_a_sentence_is_cut_at_spaces() {
        let text = "la police a interpellé 12 personnes et blessé 30 autres ".repeat(600);
        let doc = segment(&text, Some(Lang::Fr));
        let sentences = &doc.articles[0].sentences;
        assert!(sentences.len() >= text.len() / MAX_SENTENCE);
        let mut words = 0;
        for span in sentences {
            let sentence = &text[span.start as usize..span.end as usize];
            assert!(sentence.len() <= MAX_SENTENCE);
            assert!(text[..span.start as usize].ends_with(' ') || span.start == 0);
            words += sentence.split_whitespace().count();
        }
        assert_eq!(words, text.split_whitespace().count());
    }

    #[test]
    fn segment_opens_an_article_at_a_second_dateline() {
        let text = "Publié le 12 février 2024\nÉruption du Lereng\n\nLe volcan Lereng est entré en éruption.\n\nPublié le 13 février 2024\nLe Lereng se calme\n\nL'activité du Lereng faiblit.\n";
        let doc = segment(text, None);
        assert_eq!(doc.articles.len(), 2);
        let dates = article_dates(&doc);
        assert_eq!(dates, ["2024-02-12", "2024-02-13"]);
    }

    #[test]
    fn segment_reads_numeric_datelines_and_dated_updates() {
        let text =
            "Publié le 18/09/2024 à 07h45\nSéisme dans l'Orbieu\n\nLe bilan est de 4 morts.\n\n\
                    Mis à jour le 19/09/2024 à 18h20\nSéisme de l'Orbieu : cinq morts\n\n\
                    Un blessé a succombé.\n\nUpdated 20 September 2024, 11:20\n\
                    Orbieu earthquake: the toll stands\n\nNo new death was reported.\n";
        let doc = segment(text, None);
        let dates = article_dates(&doc);
        assert_eq!(dates, ["2024-09-18", "2024-09-19", "2024-09-20"]);
        // A live blog's time stamps open no article.
        let blog = "Published on 3 May 2025\nFloods in Velmont\n\nUpdated 14:05\n\
                    Water is rising.\n\nRoads are closed.\n\nSchools shut.\n\nUpdated 15:30\n\
                    Two bridges are closed.\n";
        assert_eq!(segment(blog, None).articles.len(), 1);
        // "Posted:" and "Updated:" with a colon, as Canadian sites print them; the follow-up
        // continues the story ("escaped" and "escape", "inmates").
        let posted = "Posted: Jan 14, 2025 7:52 AM CST\n6 inmates escape jail\n\nTwo were caught.\n\n\
                      Updated: Jan 15, 2025 4:10 PM CST\n4 of 6 escaped inmates back in custody\n\nTwo more were arrested.\n";
        let doc = segment(posted, None);
        let dates = article_dates(&doc);
        assert_eq!(dates, ["2025-01-14", "2025-01-15"]);
        assert_eq!(doc.articles[0].story, doc.articles[1].story);
        // An abbreviated weekday, as Australian sites print it.
        let abc = "Updated on March 11, 2024\nRiot at Bernal derby\n\nFans fought.\n\n\
                   Posted Tue 5 Nov 2024 at 2:14pm\nPolice smash fraud ring\n\nEight were held.\n";
        assert_eq!(
            article_dates(&segment(abc, None)),
            ["2024-03-11", "2024-11-05"]
        );
    }

    #[test]
    fn segment_finds_the_headline_under_a_dateline_with_or_without_on() {
        for text in [
            "Published 18 July 2024, 16:40\nLead poisoning kills 13\n\nAt least 13 children died.\n",
            "Published on 18 July 2024 at 16:40\nLead poisoning kills 13\n\nAt least 13 children died.\n",
            "Publié le 18 juillet 2024\nSaturnisme : 13 morts\n\nAu moins 13 enfants sont morts.\n",
            "Updated Thursday, 18 July 2024, 1:40 p.m.\nLead poisoning kills 13\n\nAt least 13 died.\n",
            // The month first, as American sites print it.
            "Published July 18, 2024, 5:14 p.m. ET\nLead poisoning kills 13\n\nAt least 13 died.\n",
            "Updated Thursday, July 18, 2024 at 7:48 PM\nLead poisoning kills 13\n\nAt least 13 died.\n",
            "Updated Jul. 18, 2024, at 9:40 p.m.\nLead poisoning kills 13\n\nAt least 13 died.\n",
            "Last updated: July 18, 2024 23:05 IST\nLead poisoning kills 13\n\nAt least 13 died.\n",
        ] {
            let article = &segment(text, None).articles[0];
            let headline = article.headline.map(|h| &text[h.range()]);
            assert!(headline.is_some_and(|h| h.contains("13")), "{text:?}: {headline:?}");
            let date = article.date.map(|d| d.to_string());
            assert_eq!(date.as_deref(), Some("2024-07-18"), "{text:?}");
        }
    }

    #[test]
    fn stories_join_articles_whose_headlines_share_a_name_or_two_words() {
        let stories = |text: &str| -> Vec<u32> {
            segment(text, None)
                .articles
                .iter()
                .map(|a| a.story)
                .collect()
        };
        // A name: "Lereng"; two words of substance: "tunnel", "fire".
        let lereng = "Indonésie : éruption du volcan Lereng\n---\nLe Lereng se calme\n";
        assert_eq!(stories(lereng), [0, 0]);
        let tunnel = "Fire in road tunnel kills five\n---\nHallstrand tunnel fire: toll rises\n";
        assert_eq!(stories(tunnel), [0, 0]);
        // One word under the same wire dateline; the dateline alone ties nothing.
        let wire = "Landslide buries homes, 12 dead\n\nSAN ISIDRO, Peru (AP) — Mud fell.\n---\n\
                    Peru landslide toll rises to 19\n\nSAN ISIDRO, Peru (AP) — Seven more died.\n---\n\
                    Miners strike for pay\n\nSAN ISIDRO, Peru (AP) — Work stopped.\n";
        assert_eq!(stories(wire), [0, 0, 2]);
        // A plural's or a verb's "s" aside.
        let bridge = "Three dead as river bridge collapses\n---\nBridge collapse: toll rises\n";
        assert_eq!(stories(bridge), [0, 0]);
        // Not a word's own final "d": "flood" is "floods", not "floo".
        let flood = "Tasmania floods: 900 evacuated\n---\nTasmania flood claims two lives\n";
        assert_eq!(stories(flood), [0, 0]);
        // A toll's words tie nothing; nor does a date.
        let two = "Death toll rises in March floods\n---\nDeath toll rises in March mine blast\n";
        assert_eq!(stories(two), [0, 1]);
        // One word when the later headline announces a rise.
        let rise = "Rougeole : 14 cas recensés\n---\nLa rougeole progresse : 23 cas désormais\n";
        assert_eq!(stories(rise), [0, 0]);
        let rises = "Three drown as heatwave hits coast\n---\nHeatwave toll rises to five\n";
        assert_eq!(stories(rises), [0, 0]);
        let no_rise = "Rougeole : 14 cas recensés\n---\nLa rougeole en recul à Lyon\n";
        assert_eq!(stories(no_rise), [0, 1]);
        // One country, two stories.
        let country = "Ukraine : 12 morts à Kharkiv\n---\nUkraine : 3 morts à Odessa\n";
        assert_eq!(stories(country), [0, 1]);
        // The third dispatch shares two words with the first, one with the second.
        let third = "Chairlift fails at Valmeyre\n---\nValmeyre: toll rises to three\n---\n\
                     Valmeyre chairlift: inquiry opened\n";
        assert_eq!(stories(third), [0, 0, 0]);
        // Not a name shared by dispatches months apart: a city is no story.
        let dublin = "Published on 14 November 2024\nDozens rescued as fire tears through Dublin flats\n\nCrews came.\n\n\
                      Published on 3 February 2025\nTractor protest brings Dublin to a standstill\n\nFarmers came.\n";
        assert_eq!(stories(dublin), [0, 1]);
        let days = dublin.replace("3 February 2025", "16 November 2024");
        assert_eq!(stories(&days), [0, 0]);
        // A place named before a colon late in the headline is a name, not a label.
        let late =
            "Télésiège décroché à Valmeyre : deux morts\n---\nValmeyre : le bilan s'alourdit\n";
        assert_eq!(stories(late), [0, 0]);
        // A toll risen at a place the story's body named; not a place the body never named,
        // nor a headline that announces no rise.
        let crash = "Cameroun : un autocar tombe dans un ravin\n\nLe car a quitté la route près du col de Kemba.\n---\n";
        assert_eq!(
            stories(&format!(
                "{crash}Accident du col de Kemba : le bilan s'alourdit\n"
            )),
            [0, 0]
        );
        assert_eq!(
            stories(&format!(
                "{crash}Incendie au marché de Kemba : deux blessés\n"
            )),
            [0, 1]
        );
        let elsewhere = "Cameroun : un autocar tombe dans un ravin\n\nLe car a quitté la route.\n---\nAccident du col de Kemba : le bilan s'alourdit\n";
        assert_eq!(stories(elsewhere), [0, 1]);
        // "Le bilan passe à", "révise son bilan": a toll risen or revised.
        let passe = "Séisme au Ghor : 12 morts\n---\nSéisme : le bilan passe à 19 morts\n";
        assert_eq!(stories(passe), [0, 0]);
        // One word shared and a place the story's body named, with or without a rise.
        let cholera = "Choléra : 30 cas à Bomassa\n\nLes cas se concentrent près de Ndoki.\n---\n";
        let later = "Choléra : la situation se stabilise à Ndoki\n";
        assert_eq!(stories(&format!("{cholera}{later}")), [0, 0]);
        let unnamed = "Choléra : 30 cas à Bomassa\n\nLe marché est fermé.\n---\n";
        assert_eq!(stories(&format!("{unnamed}{later}")), [0, 1]);
        // A first paragraph that names the story's place and says the toll rose.
        let dam = "Dam bursts in eastern Libya, 40 dead\n\nForty died as the Wadi Karam dam broke.\n---\n\
                   Rescuers dig through mud in Derna\n\n";
        let risen = "The number killed when the Wadi Karam dam burst has risen to 112.\n";
        assert_eq!(stories(&format!("{dam}{risen}")), [0, 0]);
        let stated = "The number killed when the Wadi Karam dam burst is 112.\n";
        assert_eq!(stories(&format!("{dam}{stated}")), [0, 1]);
    }

    #[test]
    fn separators_split_articles_form_feeds_included() {
        let headlines = |text: &str| -> Vec<String> {
            let doc = segment(text, Some(Lang::En));
            let spans = doc.articles.iter().filter_map(|a| a.headline);
            spans.map(|h| text[h.range()].to_string()).collect()
        };
        let rule =
            "Storm hits Brest\nTwo people died.\n* * *\nMarkets fall\nShares lost 3 per cent.\n";
        assert_eq!(headlines(rule), ["Storm hits Brest", "Markets fall"]);
        let feed = rule.replace("* * *", "\u{c}");
        assert_eq!(headlines(&feed), ["Storm hits Brest", "Markets fall"]);
        let glued = rule.replace("* * *", "\u{c}Page 2");
        assert_eq!(headlines(&glued), ["Storm hits Brest", "Markets fall"]);
    }

    #[test]
    fn guess_lang_tells_french_from_english() {
        assert_eq!(
            guess_lang("Le président a dit que les morts sont des civils."),
            Lang::Fr
        );
        assert_eq!(
            guess_lang("The president said that the dead were civilians."),
            Lang::En
        );
        // Short copy with no function word: accents tell.
        assert_eq!(guess_lang("Storms killed 150 people."), Lang::En);
        assert_eq!(guess_lang("Tempête : 150 morts, 12 blessés."), Lang::Fr);
        assert_eq!(guess_lang("It killed 150 people."), Lang::En);
        assert_eq!(
            guess_lang("L'explosion a fait 12 morts, dont 15 enfants."),
            Lang::Fr
        );
        assert_eq!(guess_lang("The city's mayor: 12 dead."), Lang::En);
    }
}
