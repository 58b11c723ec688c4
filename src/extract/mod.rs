//! Extraction: figures found by the grammar become claims, read in their sentence.
//!
//! For each sentence with figures, the words around each figure are matched against the
//! lexicon: the qualifier just before it, the counted noun just after it (its *head*), what the
//! rest of the clause says happened to those counted (its *event*: tués, arrested), who says it,
//! when, and whether the text withdraws or doubts it. Figures joined by "et"/"and" that share one
//! event ("26 manifestants et 16 policiers tués") become the parts of a list.

use crate::claim::{Claim, ClaimId, ClaimStore, FileId, Qualifier, Span, Status, Unit};
use crate::date::{weekday_number, Date};
use crate::document::{Article, Document};
use crate::grammar::{self, DateMention, Quantity, Token};
use crate::lexicon::{
    Cue, Cues, Lang, Lexicon, PhraseSet, COUNT, CROWD, DEATHS, DISPLACED, INJURED, MISSING, TROOPS,
};
use rustc_hash::FxHashMap;

/// The vocabulary's groups of firefighters and rescue workers, nurses and doctors, technicians:
/// sent out, they are no troops.
const SENT_TO_HELP: [&str; 5] = [
    "rescuers",
    "health workers",
    "technicians",
    "volunteers",
    "stewards",
];

/// Categories whose figures count people.
const PEOPLE_CATEGORIES: [&str; 8] = [
    "deaths",
    "injured",
    "arrests",
    "troops",
    "crowd",
    "displaced",
    "missing",
    "population",
];

/// How far from a figure, in bytes, a date or a day may be the figure's.
const DATE_REACH: usize = 1500;

/// The marks a bullet line opens with.
const BULLETS: [char; 4] = ['•', '-', '–', '*'];

/// How far back a line's start is looked for: further, the line is no bullet of a list.
const LINE_REACH: usize = 2048;

/// How many claims back a partitive ("14 des blessés") looks for the figure it divides.
const PARTITIVE_REACH: usize = 64;

/// How many words before a figure with no noun its event may be named.
const LOOKBACK_REACH: usize = 14;

/// How many words of its clause a breakdown's "dont", "including" may come before its figure.
const BREAKDOWN_REACH: usize = 8;

/// How many words after a figure its clause may run for its event.
const EVENT_REACH: usize = 10;
/// How far (in words) a doubt ("could not be verified") reaches from its figure.
const STATUS_REACH: usize = 14;
/// How many words a source's name may have.
const SOURCE_REACH: usize = 8;

/// Buffers a document's sentences reuse, one after the other: a dump has a sentence with a figure
/// every few hundred bytes.
#[derive(Default)]
struct Scratch<'l> {
    items: Vec<Item>,
    lowercase: String,
    cues: Cues<'l>,
}

/// Adds the claims of one document to `store`.
pub fn extract(
    file: FileId,
    text: &str,
    document: &Document,
    lexicon: &Lexicon,
    store: &mut ClaimStore,
) {
    let mut sentence_index: u32 = 0;
    let mut scratch = Scratch::default();
    let (mut quantities, mut dates) = (Vec::new(), Vec::new());
    for (article_index, article) in document.articles.iter().enumerate() {
        let Some(phrases) = lexicon.phrases(article.lang) else {
            continue;
        };
        let base = article.span.start as usize;
        let tokens = grammar::scan(&text[article.span.range()], article.lang);
        let mut next_token = 0;
        for sentence in &article.sentences {
            quantities.clear();
            dates.clear();
            while let Some(token) = tokens.get(next_token) {
                let start = base + token_start(token);
                if start >= sentence.end as usize {
                    break;
                }
                next_token += 1;
                if start < sentence.start as usize {
                    continue;
                }
                match token {
                    Token::Quantity(q) => quantities.push(shift_quantity(q, base)),
                    Token::Date(d) => dates.push(shift_date(d, base)),
                }
            }
            if !quantities.is_empty() {
                let context = SentenceContext {
                    file,
                    article_index: u32::try_from(article_index).unwrap_or(u32::MAX),
                    sentence_index,
                    article,
                    text,
                    span: *sentence,
                    lexicon,
                    phrases,
                    day_words: std::cell::OnceCell::new(),
                };
                context.extract(&quantities, &dates, store, &mut scratch);
            }
            sentence_index += 1;
        }
    }
}

fn token_start(token: &Token) -> usize {
    match token {
        Token::Quantity(q) => q.start,
        Token::Date(d) => d.start,
    }
}

fn shift_quantity(q: &Quantity, base: usize) -> Quantity {
    Quantity {
        start: q.start + base,
        end: q.end + base,
        tail: q.tail + base,
        ..q.clone()
    }
}

fn shift_date(d: &DateMention, base: usize) -> DateMention {
    DateMention {
        start: d.start + base,
        end: d.end + base,
        ..*d
    }
}

/// A word or a figure of the sentence, in order.
#[derive(Debug)]
struct Item {
    start: usize,
    end: usize,
    /// The lowercase word, as a range of the sentence's word buffer; empty for a figure.
    word: std::ops::Range<usize>,
    /// For a figure: its index among the sentence's quantities.
    figure: Option<usize>,
    /// Clause number: punctuation between items (`,` `;` `:` brackets, dashes, straight or
    /// opening quotes) starts a new clause; a closing quote does not ("« des centaines de
    /// jeunes » rassemblés").
    clause: u32,
}

/// What the words around one figure say.
#[derive(Debug, Default, Clone)]
struct Reading {
    qualifier: Option<Qualifier>,
    /// What befell those counted is being taken to a hospital ("taken to Leeds General
    /// Infirmary"): injured, though perhaps more of the injured counted before.
    to_hospital: bool,
    head_category: Option<u16>,
    /// The head category is the word right after the figure: "11 dead", "40 blessés".
    category_word: bool,
    /// A noun of the lexicon's `counted:` section after the figure: a weaker hint than a list,
    /// a breakdown or an event ("dont deux policiers" blessés are injured, not troops).
    head_counted: Option<u16>,
    head_group: Option<(u16, String)>,
    head_people: bool,
    /// A noun of the lexicon's `things:` after the figure ("d'ambulances"): it counts no
    /// people, whatever befell them.
    head_thing: bool,
    /// A noun of the lexicon's `spending:` after the figure: what an amount pays for.
    head_spending: bool,
    currency: Option<String>,
    measure: Option<String>,
    /// A category named further on in the clause: what happened to those counted.
    event: Option<u16>,
    /// The event is a verb before the figure: "killed 19 civilians and 7 soldiers" tells what
    /// befell every part of the list, whatever its nouns count elsewhere.
    verb_first: bool,
    /// The object of a verb that names no event: "mobilisant quelque 230 pompiers, et 32
    /// personnes relogées" mobilised firefighters, who were not rehoused.
    object_of_other_verb: bool,
    /// The category this figure takes from the next part of its list.
    inherited: Option<u16>,
    /// Whether "et"/"and" joins this figure to the next one, in a list of counts.
    joined_to_next: bool,
    /// Whether "et"/"and" comes before the next figure, maybe with its owner: "(21,3 %) et les
    /// Verts (14,2 %)".
    and_next: bool,
    status: Option<(usize, Status)>,
    any_head: bool,
    /// "5 dollars le gallon": the unit the price is per.
    per_unit: Option<String>,
    /// "au total", "in total" near the figure.
    total: bool,
    /// "dont", "including" just before the figure: a part of the figure before.
    breakdown: bool,
    /// A comma and a few words separate this figure from the next.
    comma_joined: bool,
    /// "tandis que", "while" set the next figure against this one.
    contrasted: bool,
    /// No noun follows the figure: "rose to 64 on Wednesday", "dont 2 300 dans la capitale".
    bare: bool,
    /// A verb right after the figure's noun: "and at least 40 people were taken" is a clause
    /// of its own, not one more of the people a verb before them names.
    own_verb: bool,
    /// Cases of an illness: what is counted, whatever befell those before ("27 décès et
    /// Malemba 734 cas").
    cases: bool,
    /// The word of the counted noun the lexicon knows: "34 navires", "20 fire engines".
    noun: Option<usize>,
    /// The first words after the figure, where a noun the lexicon does not know may be.
    head_words: std::ops::Range<usize>,
    /// Compared with the figure before: "contre 1.093", "up from 41".
    compared: bool,
    /// A name and its figure after another figure, the noun understood: "Dublin recorded 21
    /// deaths, Cork 19 and Donegal 13".
    named_after_another: bool,
    /// A figure after "and" and before a place, after another figure, the noun understood:
    /// "14 suspects were held in London, and five in Marbella", "et une trentaine à Lyon".
    placed_after_another: bool,
    /// Said to be in a state: "two were still in a serious condition", "trois en réanimation".
    in_a_state: bool,
    /// In brackets right after a name: "devant la Provence-Alpes-Côte d'Azur (448)".
    bracketed_after_name: bool,
    /// Given for comparison, not as a figure of the text's own: "contre 1.093", "up from 41".
    reference: bool,
    /// What a count has risen to: "est passé à 23 morts", "the toll rose to 19".
    update: bool,
    /// Counts what "en" stands for: "la police en a compté 4 700".
    counts_en: bool,
    /// The category the sentence opens with: "Of the dead, …", "Parmi les morts, …".
    frame: Option<u16>,
    /// A part of a whole already counted: "14 des blessés", "38 of the victims".
    partitive: bool,
    /// The whole is the next figure: "4 500 of the 6 200 staff", "14 des 23 blessés".
    whole_next: bool,
    /// The whole is a pronoun: "eight of them", "trois d'entre eux".
    pronoun: bool,
    /// The whole is the victims: "Deux des victimes", "three of the victims".
    of_victims: bool,
    /// Added to the figure before: "…, ainsi que deux manifestants", "as well as two".
    as_well_as: bool,
    /// The rest of a list: "Les deux autres", "the other two", "the remaining three".
    the_others: bool,
    /// More of the same: "38 of the injured, while 31 others …", "12 autres".
    others: bool,
    /// Named as a toll: "confirmant le bilan de 38 tués", "the toll of 12".
    named_toll: bool,
    /// A capacity: "prisons designed for about 1,800", "space for 430", "prévu pour 60".
    capacity: bool,
    /// Said "others" or "autres" rather than "more": others than those just counted, who may
    /// be of another kind ("killed 11 people and injured 54 others").
    others_than: bool,
    /// The next figure ends a span from this one: "de 60 à 120 tenges", "30 to 40 per cent".
    spans_to_next: bool,
    /// Someone's age ("âgé de 38 ans", "aged 15"): no claim.
    age: bool,
    /// The category of a verb right past the figure's noun ("three suspects were killed"):
    /// every part of the list it ends takes it ("Two officers and three suspects were killed").
    verb_past_noun: Option<u16>,
}

struct SentenceContext<'a> {
    file: FileId,
    article_index: u32,
    sentence_index: u32,
    article: &'a Article,
    text: &'a str,
    span: Span,
    lexicon: &'a Lexicon,
    phrases: &'a PhraseSet,
    /// The sentence's words of days, looked up at the first figure that needs them.
    day_words: std::cell::OnceCell<Vec<(usize, DayWord)>>,
}

impl<'a> SentenceContext<'a> {
    fn extract(
        &self,
        quantities: &[Quantity],
        dates: &[DateMention],
        store: &mut ClaimStore,
        scratch: &mut Scratch<'a>,
    ) {
        self.items(quantities, &mut scratch.items, &mut scratch.lowercase);
        let (items, lowercase) = (scratch.items.as_slice(), scratch.lowercase.as_str());
        // "by March" inside a sentence is the month, not the verb of "Thousands march".
        let words: Vec<&str> = items
            .iter()
            .enumerate()
            .map(|(k, it)| match &lowercase[it.word.clone()] {
                "march" if k > 0 && self.text.as_bytes()[it.start] == b'M' => "March",
                word => word,
            })
            .collect();
        self.phrases.cues_into(&words, &mut scratch.cues);
        let cues = &scratch.cues;
        let figure_items: Vec<usize> = items
            .iter()
            .enumerate()
            .filter_map(|(k, it)| it.figure.map(|_| k))
            .collect();
        let mut readings: Vec<Reading> = figure_items
            .iter()
            .map(|&k| self.read(items, &words, cues, k))
            .collect();
        // "Of the dead, 39 were found …", "Parmi les morts figurent cinq touristes …", "The dead
        // were 15 men … and nine …", "Les personnes décédées sont trois touristes …", "The
        // injured, seven adults and five children, were …" (a figure, an empty word, right after
        // the subject): the words that may name the frame's category.
        // "The Met said that of those arrested, 52 were held …": the clause after a verb of
        // saying opens as a sentence does.
        // "…, told reporters that the dead were four guests and three staff", "The network said
        // the dead included 21 men …".
        let lead = (0..words.len().min(24))
            .find(|&p| {
                matches!(words[p], "that" | "que" | "qu" | "said" | "says" | "say")
                    && match words.get(p + 1..p + 4) {
                        Some(
                            ["of" | "among", "the" | "those" | "these", _]
                            | ["parmi", "les" | "ces", _],
                        ) => true,
                        Some(["the" | "les", _, verb]) => is_frame_verb(verb),
                        _ => false,
                    }
            })
            .map_or(0, |p| p + 1);
        let opening = &words[lead..];
        let framing = match opening {
            // "Parmi les personnes évacuées, 58 …": the noun, or the participle after it.
            // From the determiner: "Among those held were …" ("those held" say arrests).
            ["of" | "among", "the" | "those" | "these", ..] | ["parmi", "les" | "ces", ..] => {
                Some(1..4)
            }
            // "Those detained, six men and four women, are being held".
            ["the" | "les" | "those", _, "", ..] => Some(1..2),
            // "Those detained included 52 …".
            ["the" | "les" | "those", _, verb, ..] if is_frame_verb(verb) => Some(1..2),
            // "Les blessés ont été répartis entre le CHU (18) et l'hôpital de Voiron (8)".
            ["les", _, "ont", "été", ..] => Some(1..2),
            ["the" | "les", _, _, verb, ..] if is_frame_verb(verb) => Some(1..3),
            _ => None,
        }
        .map(|range| range.start + lead..range.end + lead);
        // "Parmi les victimes figurent deux retraités", "The seven victims were four …": the
        // victims are the dead where the story counts any, in this dispatch or one before.
        let victims = || {
            framing
                .clone()
                .into_iter()
                .flatten()
                .any(|j| matches!(words.get(j), Some(&("victimes" | "victims"))))
                && self.story_counts_deaths(store)
        };
        // "Parmi les civils figurent 7 femmes et 5 enfants", after "23 civils … tués": a group
        // counted just before frames the figures with what befell it.
        let group_counted = || {
            let group = framing.clone().into_iter().flatten().find_map(|j| {
                cues.get(j)?.iter().find_map(|&(_, cue)| match cue {
                    Cue::Group(g) => self.lexicon.groups.get(usize::from(*g)),
                    _ => None,
                })
            })?;
            let counted = self
                .earlier_in_article(store)
                .take_while(|c| c.sentence + 2 >= self.sentence_index)
                .find(|c| c.group.as_ref() == Some(group))?;
            self.lexicon.category_id(&counted.category)
        };
        let frame = framing
            .clone()
            .into_iter()
            .flatten()
            .find_map(|j| first_category(cues.get(j)?))
            .or_else(|| victims().then_some(DEATHS))
            .or_else(group_counted);
        // Not past the frame's list, where a clause of its own begins: "The 17 villagers
        // killed included five women, and at least 40 people were taken".
        // The figures of the clause after "that" only: "All 12 victims have been identified,
        // police said, adding that the dead included …".
        let first_framed = figure_items.partition_point(|&k| k < lead);
        for (n, reading) in readings.iter_mut().enumerate().skip(first_framed) {
            if n == first_framed || !reading.own_verb {
                reading.frame = frame;
            }
        }
        // "de 9 et 11 ans": the first of two ages joined is one too.
        for n in (1..readings.len()).rev() {
            let (a, b) = (figure_items[n - 1], figure_items[n]);
            if readings[n].age && b == a + 2 && is_joiner(words[a + 1]) {
                readings[n - 1].age = true;
            }
        }
        self.ages_listed(items, &words, quantities, &figure_items, &mut readings);
        // "12,450 persons belonging to 3,780 families have been displaced", "quatre résidents
        // de cet Ehpad de 86 lits sont morts": the verb after a figure inside the subject's
        // complement is the subject's.
        for n in 1..readings.len() {
            let (subject, inner) = (figure_items[n - 1], figure_items[n]);
            // "Four of the six crew members were killed": the part of a whole before it.
            let of_the = words[..inner].ends_with(&["of", "the"]);
            let complement = inner - subject <= 6
                && (matches!(words[inner - 1], "to" | "of" | "from" | "de" | "d") || of_the)
                && (subject..inner).all(|j| items[j].clause == items[inner].clause);
            if complement
                && readings[n - 1].event.is_none()
                && readings[n - 1].head_category.is_none()
                && (readings[n - 1].head_people || of_the)
                && readings[n].own_verb
                && readings[n].event.is_some()
            {
                readings[n - 1].event = readings[n].event.take();
            }
        }
        Self::link_lists(&mut readings);
        Self::mark_status((items, &words), cues, &figure_items, &mut readings);
        let source = self.source(items, &words, cues);

        let own_sources: Vec<Option<String>> = figure_items
            .iter()
            .map(|&k| self.source_right_after(items, &words, cues, k))
            .collect();
        let mut claims: Vec<Option<Claim>> = figure_items
            .iter()
            .zip(&readings)
            .zip(&own_sources)
            .map(|((&k, reading), own)| {
                let q = items[k].figure.and_then(|f| quantities.get(f))?;
                let source = own.as_deref().or(source.as_deref());
                self.claim(q, reading, (items, &words), k, dates, source)
            })
            .collect();
        // A capacity counts places, whatever the clause says befell those in them.
        for (claim, reading) in claims.iter_mut().zip(&readings) {
            if let Some(claim) = claim
                .as_mut()
                .filter(|c| reading.capacity && matches!(c.unit, Unit::People | Unit::Things))
            {
                "count".clone_into(&mut claim.category);
            }
        }
        self.keep_bodies_apart(&mut claims, store);
        // "2 500 selon la préfecture, 6 000 selon les organisateurs, ont défilé": two sources'
        // figures for one count; the one that names nothing counts what the other does.
        for n in 1..claims.len() {
            if own_sources[n - 1].is_none() || own_sources[n].is_none() {
                continue;
            }
            let pair = [n - 1, n];
            let named = pair.iter().find_map(|&m| {
                claims[m]
                    .as_ref()
                    .filter(|c| c.category != "count" && c.unit == Unit::People)
                    .map(|c| c.category.clone())
            });
            if let Some(category) = named {
                for &m in &pair {
                    if let Some(vague) = claims[m].as_mut().filter(|c| c.category == "count") {
                        vague.category.clone_from(&category);
                        vague.unit = Unit::People;
                    }
                }
            }
        }
        // Parts of one list ("26 X et 16 Y tués") share the id of their first part.
        let mut next_id = store.next_id().0;
        let ids: Vec<Option<ClaimId>> = claims
            .iter()
            .map(|c| {
                c.as_ref().map(|_| {
                    next_id += 1;
                    ClaimId(next_id - 1)
                })
            })
            .collect();
        let mut n = 0;
        while n < readings.len() {
            let mut end = n;
            // Parts that share an event, or shares (percentages) listed together, or people
            // counted place by place ("710 were detained in San Pedro Sula, 380 in the capital
            // and 120 in La Ceiba") or by who found them ("Seven bodies were recovered by the
            // coastguard and four by a fishing boat").
            let shares = |m: usize| claims[m].as_ref().is_some_and(|c| c.unit == Unit::Percent);
            let counts_people = claims[n]
                .as_ref()
                .is_some_and(|c| c.unit == Unit::People && c.category != "count");
            let in_place = |m: usize| {
                readings[m].bare
                    && !readings[m].breakdown
                    // "Eight of them remained in hospital, two in serious condition": some of
                    // the figure before, in a state, not in a place.
                    && !matches!(
                        words.get(figure_items[m] + 1..figure_items[m] + 3),
                        Some(
                            ["in", "serious" | "critical" | "stable" | "a" | "intensive"]
                                | ["dans", "un" | "état"]
                                | ["en", "réanimation" | "urgence" | "état"]
                        )
                    )
                    && words
                        .get(figure_items[m] + 1)
                        .is_some_and(|w| sets_apart(w))
            };
            // "Nsanje was the hardest hit, with 17 deaths, followed by Chikwawa with 11 and
            // Blantyre with three": places, each with its figure.
            let after_with = |m: usize| {
                let k = figure_items[m];
                k >= 1 && matches!(words[k - 1], "with" | "avec")
            };
            let with_place = |m: usize| {
                let k = figure_items[m];
                after_with(m) && k >= 2 && self.is_name(items, k - 2)
            };
            // "Neuf personnes ont été interpellées, et sept d'entre elles …": a part of the
            // figure before is not listed with it.
            // A figure given for comparison opens no list ("compared with 96% in Punjab, and
            // with 89% in the previous round").
            while end + 1 < readings.len()
                && !readings[n].reference
                && !readings[end + 1].reference
                && !readings[end + 1].pronoun
                // "31 were treated, including 18 officers, and four were taken to hospital": a
                // part of a breakdown is listed with no figure outside it.
                && readings[end].breakdown == readings[end + 1].breakdown
                // "remained at 12, and two were still in a serious condition": some of them.
                && (readings[end].in_a_state || !readings[end + 1].in_a_state)
                && ((readings[end].joined_to_next
                    && readings[end].inherited.is_some()
                    && readings[end + 1].inherited.is_some())
                    || (shares(end)
                        && shares(end + 1)
                        && (readings[end].and_next
                            || readings[end].comma_joined
                            || readings[end].contrasted))
                    || (counts_people
                        && in_place(end + 1)
                        && (readings[end].joined_to_next || readings[end].comma_joined))
                    || (counts_people
                        && after_with(n)
                        && with_place(end + 1)
                        && !readings[end + 1].any_head
                        && (readings[end].and_next || readings[end].comma_joined)))
            {
                end += 1;
            }
            // "Au total, 21 personnes ont été interpellées, 17 à Valence et 4 à Romans": the
            // figures after a stated total are its parts, not more of a list with it.
            // So are places after a count that names none of its own: "34 people had been
            // hospitalised, 19 in Ohio, 9 in Indiana and 4 in Michigan".
            let placed_nowhere = |m: usize| {
                let (k, next) = (figure_items[m], figure_items[m + 1]);
                !words[k + 1..next].iter().any(|w| sets_apart(w))
            };
            let total_before_places = || {
                counts_people && !in_place(n) && placed_nowhere(n) && (n + 1..=end).all(in_place)
            };
            // At least two parts, before `placed_nowhere` looks at the figure after `n`.
            let stated_total = end > n + 1 && (readings[n].total || total_before_places());
            if stated_total && ids[n..=end].iter().all(Option::is_some) {
                for claim in claims[n + 1..=end].iter_mut().flatten() {
                    claim.list = ids[n + 1];
                    claim.part_of = ids[n];
                }
            } else if end > n && ids[n..=end].iter().all(Option::is_some) {
                // "… with 17 deaths, followed by Chikwawa with 11": the places after the
                // first count what it counts.
                let counted = claims[n]
                    .as_ref()
                    .filter(|_| after_with(n))
                    .map(|c| (c.category.clone(), c.unit.clone()));
                for claim in claims[n..=end].iter_mut().flatten() {
                    claim.list = ids[n];
                    if let Some((category, unit)) =
                        counted.as_ref().filter(|_| names_nothing(claim))
                    {
                        claim.category.clone_from(category);
                        claim.unit = unit.clone();
                    }
                }
            }
            n = end + 1;
        }
        Self::link_amounts_to_their_total(&readings, &ids, &mut claims);
        // "En 2022, … 241 morts", "49 died last year": a figure about another year.
        let article_year = self.article.date.map(Date::year);
        let mut years: Vec<(u32, i32)> = figure_items
            .iter()
            .zip(&claims)
            .filter(|(_, claim)| claim.is_none())
            .filter_map(|(&k, _)| {
                let q = items[k].figure.and_then(|f| quantities.get(f))?;
                #[allow(clippy::cast_possible_truncation, reason = "a year, checked below")]
                let year = q.value as i32;
                // "en 2022", "in 2021", "l'été 2022", "la canicule de 2003" name the period;
                // "depuis 1989" only a starting point.
                let period = k > 0
                    && matches!(
                        words[k - 1],
                        "en" | "in"
                            | "during"
                            | "de"
                            | "of"
                            | "été"
                            | "hiver"
                            | "printemps"
                            | "automne"
                            | "summer"
                            | "winter"
                            | "spring"
                            | "autumn"
                    )
                    && !words[k.saturating_sub(4)..k]
                        .iter()
                        .any(|w| matches!(*w, "depuis" | "since"));
                // "since the 2015 blaze at the Colectiv club, which killed 64": a year naming
                // an event.
                let names_event = k > 0
                    && matches!(words[k - 1], "the" | "a" | "an" | "its" | "their")
                    && items.get(k + 1).is_some_and(|it| it.figure.is_none());
                // "Since 2021, 148 miners have died …": a count over years, not the news's own.
                let opens_since = k == 1 && matches!(words[0], "since" | "depuis");
                // "since 2013, when four people died": the clause after names that year's
                // event.
                let when = when_clause_after(items, &words, k);
                let dated = period || names_event || opens_since || when.is_some();
                let clause = when.unwrap_or(items[k].clause);
                (q.maybe_year && dated && (1000..=2100).contains(&year)).then_some((clause, year))
            })
            .collect();
        // "un accident similaire avait fait 1 mort et 9 blessés en décembre 2019": a month of
        // another year.
        for date in dates.iter().filter(|d| d.day.is_none()) {
            if let (Some(year), true) = (date.year, date.year != article_year) {
                let at = items.partition_point(|it| it.start < date.start);
                if let Some(it) = items.get(at) {
                    years.push((it.clause, year));
                }
            }
        }
        for j in 1..words.len() {
            let last_year = matches!(
                (words[j - 1], words[j]),
                ("last", "year") | ("an" | "année", "dernier" | "dernière" | "passé" | "passée")
            );
            if let (true, Some(year)) = (last_year, article_year) {
                // "raided last year, when two herders were killed": the clause after names
                // that year's event.
                years.extend(when_clause_after(items, &words, j).map(|clause| (clause, year - 1)));
                years.push((items[j].clause, year - 1));
            }
        }
        // Its own clause's year, else one the sentence opens with: "En 2022, … avaient fait 241
        // morts" (not "…, depuis l'indépendance, en 1989, …"). Each lookup below is a hash or a
        // binary search: a text with no full stops is one sentence naming many years.
        let mut year_of_clause = FxHashMap::default();
        for &(clause, year) in &years {
            year_of_clause.entry(clause).or_insert(year);
        }
        let opening_year = items
            .first()
            .and_then(|it| year_of_clause.get(&it.clause).copied());
        // "… premier drame : en 2019, un glissement … avait fait 43 morts", "The last strike,
        // in 2019, lasted 11 days": a clause that is only the year fronts what follows it (not
        // "The vessel, built in 1998, was travelling at 12 knots"); the last one named, by
        // clause, with the latest-named one so far.
        let mut fronts: Vec<(u32, usize, i32)> = years
            .iter()
            .enumerate()
            .filter(|(_, (clause, _))| clause_items(items, *clause).len() <= 2)
            .map(|(n, &(clause, year))| (clause, n, year))
            .collect();
        fronts.sort_unstable();
        for n in 1..fronts.len() {
            if fronts[n - 1].1 > fronts[n].1 {
                (fronts[n].1, fronts[n].2) = (fronts[n - 1].1, fronts[n - 1].2);
            }
        }
        // "celui de juillet 2007, qui avait coûté la vie à 26 pèlerins": a dated past event
        // earlier in the sentence (dates come in the text's order).
        let dated_event = dates
            .iter()
            .filter(|d| d.month > 0)
            .find(|d| d.year.is_some());
        for (claim, &k) in claims.iter_mut().zip(&figure_items) {
            if let Some(claim) = claim {
                let clause = items[k].clause;
                // "un accident en 2011, qui avait fait 4 morts": a relative clause right after
                // the year's says what happened that year; so does a participle ("1,050
                // accidents last year, killing 1,042 people").
                let relative = || {
                    let opens = words.get(clause_items(items, clause).start)?;
                    let year = year_of_clause.get(&clause.checked_sub(1)?);
                    year.filter(|_| {
                        matches!(*opens, "qui" | "which")
                            || opens_with_participle(opens, self.article.lang)
                    })
                };
                let fronted = || {
                    let before = fronts.partition_point(|&(c, _, _)| c < clause);
                    before.checked_sub(1).map(|n| &fronts[n].2)
                };
                claim.year = year_of_clause
                    .get(&clause)
                    .or(opening_year.as_ref())
                    .or_else(relative)
                    .or_else(fronted)
                    .copied()
                    .or_else(|| {
                        dated_event
                            .filter(|d| d.end <= items[k].start)
                            .and_then(|d| d.year)
                    })
                    .filter(|&year| Some(year) != article_year);
            }
        }
        // "More than 2,000 people died in such accidents between 2005 and 2015": a toll over
        // past years is a statistic, of the first of them; not a sum ("détourné entre 2014 et
        // 2021 un total de 4,3 millions"), which is what a case is about.
        let span_start = figure_items.iter().find_map(|&k| {
            let q = items[k].figure.and_then(|f| quantities.get(f))?;
            let opens = k > 0 && matches!(words[k - 1], "between" | "entre");
            #[allow(clippy::cast_possible_truncation, reason = "a year, checked first")]
            (opens && q.maybe_year && (1000.0..2100.0).contains(&q.value))
                .then(|| (items[k].clause, q.value as i32))
        });
        if let Some((clause, year)) = span_start.filter(|&(_, y)| Some(y) != article_year) {
            for (claim, &k) in claims.iter_mut().zip(&figure_items) {
                if let Some(claim) = claim.as_mut().filter(|c| {
                    items[k].clause == clause && c.year.is_none() && c.category != "money"
                }) {
                    claim.year = Some(year);
                }
            }
        }
        if tells_another_event(&words)
            || counts_a_period(&words)
            || self.is_set_in_another_month(items, &words)
        {
            for claim in claims.iter_mut().flatten() {
                claim.reference = true;
            }
        }
        self.set_apart_counts_since_a_year((items, &words), quantities, &figure_items, &mut claims);
        if let Some(frame) = frame {
            self.link_frame_parts(
                frame,
                (opening, first_framed),
                &readings,
                &ids,
                &mut claims,
                store,
            );
        }
        // A figure's place is the one named after it, before the next figure ("39 in Pell and
        // 31 in Varrow"), else the last one named before it in its clause, else one the
        // sentence opens with when that clause holds no figure ("À Montaubry, commune voisine,
        // 42 personnes…", "In the UK alone, 23 people…").
        let places = self.places(items, &words, cues);
        let opening = items.first().map_or(0, |it| it.clause);
        let opening_len = items.iter().take_while(|it| it.clause == opening).count();
        let fronted = opening_len < items.len()
            && items[..opening_len]
                .iter()
                .zip(&words)
                .all(|(it, w)| it.figure.is_none() && !is_auxiliary(w, self.article.lang));
        // "Au niveau régional, … 11 décès", "Nationally, 412 …": a wider area than the story's.
        let wider_area = match words.as_slice() {
            ["au", "niveau", area @ ("régional" | "national" | "départemental"), ..]
            | ["à", "l", "échelle", area @ ("régionale" | "nationale"), ..]
            | ["at", area @ ("national" | "regional" | "state" | "county"), "level", ..]
            | [area @ ("nationally" | "nationwide" | "regionally"), ..]
                if fronted =>
            {
                Some(*area)
            }
            // "Dans l'ensemble de la région, …", "Across the country, …".
            ["dans" | "sur", "l", "ensemble", "de", "la", area, ..]
            | ["dans" | "sur", "l", "ensemble", "du", area, ..]
            | ["dans" | "sur", "tout" | "toute", "le" | "la", area, ..]
            | ["across", "the", area, ..]
                if fronted =>
            {
                wider_area_of(area)
            }
            _ => None,
        };
        let subject_place = self.subject_place(items, &words);
        // Where a ranking of places starts: "devant", "followed by".
        let ranking_from = if matches!(words.first(), Some(&("suivent" | "viennent"))) {
            Some(0)
        } else {
            words
                .windows(2)
                .position(|w| matches!(w, ["followed", "by"] | [_, "devant"]))
        };
        // "Plus au sud, dans l'arrondissement de Santchou, …", "Further north, in Kasese, …": a
        // place in a second leading clause, after a few words that only point the way.
        // (Tested only when the sentence's first place opens its second clause.)
        let leads_in = || {
            let second = &items[opening_len..];
            let second_len = second
                .iter()
                .take_while(|it| it.clause == opening + 1)
                .count();
            opening_len <= 8
                && !(1..opening_len).any(|j| self.is_name(items, j))
                && second_len < second.len()
                && second[..second_len]
                    .iter()
                    .zip(&words[opening_len..])
                    .all(|(it, w)| it.figure.is_none() && !is_auxiliary(w, self.article.lang))
        };
        let opening_place = places
            .first()
            .filter(|&&(j, c, _)| fronted && (c == opening || (j == opening_len && leads_in())))
            .map(|(_, _, name)| name.as_str())
            .or(wider_area)
            .or_else(|| self.bullet_label(items, cues, opening_len));
        for (n, (claim, &k)) in claims.iter_mut().zip(&figure_items).enumerate() {
            let next_figure = figure_items.get(n + 1).copied().unwrap_or(usize::MAX);
            let clause = items[k].clause;
            // Places come in the order of the text, as clauses do: the nearest on each side by
            // binary search.
            let after = places
                .get(places.partition_point(|(j, _, _)| *j <= k))
                .filter(|(j, c, _)| *c == clause && *j < next_figure);
            let before = places[..places.partition_point(|(j, _, _)| *j < k)]
                .last()
                .filter(|(_, c, _)| *c == clause);
            // "… were in Surigao del Sur province, where 24 people died": the place "where"
            // stands for, in the clause before.
            let clause_start = Some(clause_items(items, clause).start).filter(|&j| j < k);
            // "la Provence-Alpes-Côte d'Azur, où l'excès atteint 278 décès": else the name
            // right before it.
            let where_at = clause_start.filter(|&j| matches!(words[j], "where" | "où"));
            let where_before = where_at.and_then(|j| places.iter().rev().find(|(p, _, _)| *p < j));
            let name_before_where = where_at.and_then(|j| self.name_ending_at(items, &words, j));
            // "searched six addresses in Dundalk, arresting four people": a clause a participle
            // opens goes on with the place of the clause before.
            let participle_before = clause_start
                .filter(|&j| j > 0 && opens_with_participle(words[j], self.article.lang))
                .and_then(|j| {
                    let previous = items[j - 1].clause;
                    places
                        .iter()
                        .rev()
                        .find(|(p, c, _)| *c == previous && *p < j)
                });
            if let Some(claim) = claim {
                claim.place = after
                    .or(before)
                    .or(where_before)
                    .or(participle_before)
                    .map(|(_, _, name)| name.as_str())
                    .or(name_before_where)
                    .or_else(|| self.recording_place(items, &words, k, ranking_from))
                    .or(opening_place)
                    .or(subject_place)
                    .map(str::to_string);
            }
        }
        join_place_by_place_lists(self.text, &ids, &mut claims);
        unlist_rates_place_by_place(&words, &figure_items, &mut claims);
        // The currency of the last amounts: "plus de 55 milliards" after "60 milliards d'euros".
        let recent_money = self
            .earlier_in_article(store)
            .take_while(|c| self.sentence_index - c.sentence <= 2)
            .find(|c| matches!(c.unit, Unit::Currency(_)))
            .map(|c| c.unit.clone());
        self.take_the_antecedent(
            (items, &words),
            &figure_items,
            &readings,
            &mut claims,
            store,
        );
        self.inherit_from_neighbours(&readings, &mut claims, recent_money);
        self.repeat_earlier_figures(&readings, &mut claims, store);
        self.resolve_en(&readings, &mut claims, store);
        self.continue_colon_list(&readings, &mut claims, store);
        self.link_amounts_broken_down(&words, &ids, &mut claims, store);
        // "1 126 cas et 38 décès … Les cas se répartissent entre trois districts : …": a split
        // with no whole of its own breaks down the last count of people of the sentence before.
        let whole_before = |largest_part: f64| {
            self.earlier_in_article(store)
                .take_while(|c| c.sentence + 1 >= self.sentence_index)
                .find(|c| {
                    c.unit == Unit::People
                        && !c.reference
                        && c.part_of.is_none()
                        && c.value >= largest_part
                })
                .map(|c| (c.id, c.category.clone()))
        };
        // "se répartissent entre trois districts : …": the number of ways it splits, before a
        // colon, is no part.
        let colon_after = |n: usize| {
            let (k, next) = (figure_items[n], figure_items.get(n + 1).copied());
            next.is_some_and(|next| self.text[items[k].end..items[next].start].contains(':'))
        };
        link_parts_of_a_split(
            &words,
            &figure_items,
            (&ids, &mut claims),
            colon_after,
            whole_before,
        );
        self.link_parts_after_a_colon(
            (items, cues),
            &figure_items,
            &readings,
            &ids,
            &mut claims,
            store,
        );
        self.link_breakdowns(&readings, &ids, &mut claims, opens_with_whole(&words));
        // "Côté décès, Port-Lémé en compte 21, Ndolo 9 …", "Les décès se répartissent entre le
        // camp (19), …": a sentence that opens on what is counted gives it to the figures that
        // name nothing.
        let topic = topic_category(&words, cues, claims.len())
            .and_then(|c| self.lexicon.categories.get(usize::from(c)));
        if let Some(topic) = topic {
            // Given place by place, they are the parts of one list.
            let mut list = None;
            for ((claim, reading), id) in claims.iter_mut().zip(&readings).zip(&ids) {
                if let Some(claim) = claim.as_mut().filter(|c| names_nothing_of_people(c)) {
                    if reading.bare_or_linked() || reading.counts_en {
                        claim.category.clone_from(topic);
                        claim.unit = Unit::People;
                        list = list.or(claim.list).or(*id);
                        claim.list = list;
                    }
                }
            }
        }
        // "the 46 victims" of a story that counts deaths are the dead; not victims the lexicon
        // says are trapped or rescued ("extricate 23 victims trapped in vehicles"), unless
        // "the" names the dead already counted ("The two victims … were trapped").
        for ((claim, &k), reading) in claims.iter_mut().zip(&figure_items).zip(&readings) {
            let definite = k > 0 && is_determiner(words[k - 1]);
            let alive = !definite && reading.trapped_or_rescued();
            if let Some(claim) = claim
                .as_mut()
                .filter(|c| !alive && names_nothing_of_people(c))
            {
                let victims = matches!(words.get(k + 1), Some(&("victims" | "victimes")));
                if victims && self.story_counts_deaths(store) {
                    claim.category = "deaths".into();
                    claim.unit = Unit::People;
                }
            }
        }
        self.link_parts_named_among_a_toll((items, &words), &figure_items, &mut claims, store);
        self.link_parts_in_detail(&words, &ids, &mut claims, store);
        Self::link_subject_breakdown(&words, &figure_items, &readings, &ids, &mut claims);
        self.link_aside_breakdowns((items, &words), &figure_items, &readings, &ids, &mut claims);
        self.link_aside_after_those((items, &words), cues, &figure_items, &mut claims, store);
        Self::list_parts_by_sex(&words, &figure_items, &ids, &mut claims);
        if matches!(
            words.as_slice(),
            ["of" | "among", "them" | "these" | "those" | "whom", ..]
                | ["parmi", "eux" | "elles" | "lesquels" | "lesquelles", ..]
        ) {
            // "Of those schools, …": the noun says the whole counts things.
            let of_things = cues
                .get(2)
                .is_some_and(|c| c.iter().any(|(_, cue)| matches!(cue, Cue::Thing)));
            self.link_to_earlier_whole(&readings, of_things, &ids, &mut claims, store);
        }
        self.link_partitives(&readings, &ids, &mut claims, store);
        self.link_the_others(&readings, &ids, &mut claims, store);
        self.break_down_lists_with_a_rest(&words, &figure_items, &ids, &mut claims, store);
        // "Seven more people were detained on Sunday, bringing the total to 38": more of a
        // count, not the count; listed with nothing, it is held against nothing.
        // "killed 11 people and injured 54 others": others than the dead, all the injured.
        let of_another_kind = |claims: &[Option<Claim>], n: usize| {
            readings[n].others_than
                && n > 0
                && matches!((&claims[n - 1], &claims[n]), (Some(before), Some(c))
                    if before.unit == Unit::People
                        && !matches!(before.category.as_str(), "count" | "population")
                        && before.category != c.category)
        };
        for n in 0..claims.len() {
            let more = readings[n].others && !of_another_kind(&claims, n);
            if let Some(claim) = claims[n].as_mut().filter(|c| more && c.list.is_none()) {
                claim.reference = true;
            }
        }
        self.link_equivalents(&ids, &mut claims);
        self.set_apart_those_still_held(&words, &figure_items, &mut claims, store);
        Self::set_apart_arrests_of_an_earlier_night(&words, &figure_items, &mut claims);
        self.set_apart_how_counts_rose(
            (items, &words),
            &figure_items,
            &readings,
            &mut claims,
            store,
        );
        Self::unlink_parts_larger_than_their_whole(&ids, &mut claims, store);
        for claim in claims.into_iter().flatten() {
            store.push(claim);
        }
    }

    /// "Residents of all 36 flats were evacuated, and about 120 of them…", "9 provinces, dont
    /// 61 000 dans la vallée": a part several times larger than its whole was linked to the
    /// wrong figure (the places, not the people in them). A part a little larger is a mistake
    /// of the text, which the breakdown rules report.
    fn unlink_parts_larger_than_their_whole(
        ids: &[Option<ClaimId>],
        claims: &mut [Option<Claim>],
        store: &ClaimStore,
    ) {
        if claims.iter().flatten().all(|c| c.part_of.is_none()) {
            return;
        }
        let values: Vec<(ClaimId, f64)> = ids
            .iter()
            .zip(claims.iter())
            .filter_map(|(id, c)| Some(((*id)?, c.as_ref()?.value)))
            .collect();
        for claim in claims.iter_mut().flatten() {
            let Some(whole) = claim.part_of else { continue };
            let whole_value = values
                .iter()
                .find(|(id, _)| *id == whole)
                .map(|&(_, v)| v)
                .or_else(|| store.get(whole).map(|c| c.value));
            if whole_value.is_some_and(|v| claim.value > 3.0 * v) {
                claim.part_of = None;
            }
        }
    }

    /// "Of the dead, 39 … and 31 …": the figures the frame counts are the parts of one list,
    /// as long as the list goes on ("…; five remain in critical condition" is not one).
    fn link_frame_parts(
        &self,
        frame: u16,
        (words, first_framed): (&[&str], usize),
        readings: &[Reading],
        ids: &[Option<ClaimId>],
        claims: &mut [Option<Claim>],
        store: &ClaimStore,
    ) {
        let frame_id = frame;
        let Some(frame) = self.lexicon.categories.get(usize::from(frame)) else {
            return;
        };
        // Not a breakdown of a part ("41 were taken to hospital, including eight …"), nor the
        // whole the frame names ("The seven victims were four Norwegians, …"), nor a figure
        // whose own words count something else.
        let whole_named = matches!(words, ["the" | "les", "", ..]) || opens_with_whole(words);
        let framed = |n: usize| {
            n >= first_framed
                && (n > first_framed || !whole_named)
                && readings[n].head_category.is_none_or(|c| c == frame_id)
                && !readings[n].breakdown
                && !readings[n].partitive
                && !readings[n].named_toll
                && claims[n].as_ref().is_some_and(|c| &c.category == frame)
        };
        let mut parts: Vec<usize> = Vec::new();
        for n in (0..claims.len()).filter(|&n| framed(n)) {
            let semicolon_before = |m: usize| match (&claims[m], &claims[n]) {
                (Some(a), Some(b)) => {
                    let gap = self.text.get(a.span.end as usize..b.span.start as usize);
                    gap.is_some_and(|g| g.contains(';'))
                }
                _ => false,
            };
            // Figures that are no claims (ages) between two parts do not part them; some of
            // them in a state end the parts ("four were airlifted …, where two remained in a
            // critical condition").
            if parts.last().is_some_and(|&m| {
                claims[m + 1..n].iter().any(Option::is_some)
                    || semicolon_before(m)
                    || (readings[n].in_a_state && !readings[m].in_a_state)
            }) {
                break;
            }
            parts.push(n);
        }
        // "Among the dead were nine women and three children", "The injured included …",
        // "Of the injured, 41 were taken to hospital": some of a toll given before, not all of
        // it.
        let some_of = matches!(words.first(), Some(&("among" | "parmi")))
            || (parts.len() == 1 && words.first() == Some(&"of"))
            || words
                .iter()
                .take(4)
                .any(|w| matches!(*w, "included" | "include"));
        let whole = || self.last_count_of(frame, store).map(|c| c.id);
        if some_of {
            if let Some(whole) = whole() {
                for &n in &parts {
                    if let Some(claim) = &mut claims[n] {
                        claim.part_of = Some(whole);
                    }
                }
            }
        } else if parts.len() > 1 {
            // Parts already listed keep their list ("31 were held in Liverpool, nine in Wirral
            // and six in St Helens": the first names its own event), and the others join it
            // ("of those arrested, 52 were held for …, 27 for … and 11 for …").
            let list = parts
                .iter()
                .find_map(|&n| claims[n].as_ref()?.list)
                .or(ids[parts[0]]);
            for &n in &parts {
                if let Some(claim) = &mut claims[n] {
                    claim.list = claim.list.or(list);
                }
            }
        }
    }

    /// "le bilan s'est alourdi à 19 morts, deux blessés ayant succombé": a smaller figure after a
    /// rise tells how the count rose; it is no count of its own.
    /// So does one in the sentence right after the rise ("… s'est alourdi à neuf morts. Cinq
    /// détenus sont décédés lundi").
    fn set_apart_how_counts_rose(
        &self,
        (items, words): (&[Item], &[&str]),
        figure_items: &[usize],
        readings: &[Reading],
        claims: &mut [Option<Claim>],
        store: &ClaimStore,
    ) {
        let mut rise: Option<(String, f64, Option<Date>)> = self
            .earlier_in_article(store)
            .take_while(|c| c.sentence + 1 == self.sentence_index)
            .find(|c| c.update)
            .map(|c| (c.category.clone(), c.value, c.date));
        for ((claim, reading), &k) in claims.iter_mut().zip(readings).zip(figure_items) {
            let Some(claim) = claim else { continue };
            // "Deux blessés ont succombé": the injured who died since, not a toll.
            if reading.head_category == Some(INJURED) && claim.category == "deaths" {
                claim.reference = true;
            }
            if let Some((category, value, date)) = &rise {
                // "On Thursday evening, officials had put the number of dead at nine": the
                // count reported on another day than the rise, not how the count rose.
                // (An undated rise is of the article's day.)
                let another_day = claim.date.is_some() && claim.date != date.or(self.article.date);
                if claim.category == *category
                    && claim.value < *value
                    && claim.list.is_none()
                    && !(another_day
                        && (reading.named_toll || reports_an_earlier_count(items, words, k)))
                {
                    claim.reference = true;
                }
            }
            if claim.update {
                rise = Some((claim.category.clone(), claim.value, claim.date));
            }
        }
        // "Les corps de deux passagers ont été retrouvés, portant à cinq le nombre de morts",
        // "two more died, bringing the toll to 19", "47 interpellées dimanche, ce qui porte à
        // 111 le nombre d'interpellations": the figures before a rise a participle or "which"
        // brings about tell how it rose.
        for n in 1..claims.len() {
            let k = figure_items[n];
            let brought = k >= 2
                && matches!(words[k - 1], "à" | "to")
                && (k.saturating_sub(6)..k).any(|j| {
                    matches!(
                        words[j],
                        "portant"
                            | "porte"
                            | "portent"
                            | "bringing"
                            | "brings"
                            | "taking"
                            | "takes"
                            | "raising"
                            | "pushing"
                    )
                });
            let Some((category, value)) = claims[n]
                .as_ref()
                .filter(|_| brought)
                .map(|c| (c.category.clone(), c.value))
            else {
                continue;
            };
            for claim in claims[..n].iter_mut().flatten() {
                if claim.category == category && claim.value < value && claim.list.is_none() {
                    claim.reference = true;
                }
            }
        }
    }

    /// "des violences qui ont fait plus de 20.000 morts depuis 2015": a count over the years
    /// since a past year is not the news's own; but "the worst toll since 2015" and "the first
    /// since" are.
    fn set_apart_counts_since_a_year(
        &self,
        (items, words): (&[Item], &[&str]),
        quantities: &[Quantity],
        figure_items: &[usize],
        claims: &mut [Option<Claim>],
    ) {
        let Some(article_year) = self.article.date.map(Date::year) else {
            return;
        };
        let past_year = |k: usize| {
            items[k]
                .figure
                .and_then(|f| quantities.get(f))
                .is_some_and(|q| {
                    q.maybe_year && (1000.0..f64::from(article_year)).contains(&q.value)
                })
        };
        // "the worst since 2015": a comparison made with "since" at `k`.
        let compared = |k: usize| {
            let before = &words[k.saturating_sub(4)..k];
            before.iter().any(|w| {
                matches!(*w, "pire" | "premier" | "première" | "first" | "worst")
                    || (w.len() > 4 && w.ends_with("est") && self.article.lang == Lang::En)
            }) || before
                .windows(2)
                .any(|pair| pair[0] == "plus" && !matches!(pair[1], "de" | "d" | ""))
        };
        // Where "since" stands for the year at `k`: "since 2015", and "since its deployment in
        // 2014", "depuis sa création en 2013".
        let since = |k: usize| match words[k - 1] {
            "since" | "depuis" => Some(k - 1),
            "in" | "en" => (k.saturating_sub(5)..k - 1)
                .rev()
                .find(|&i| matches!(words[i], "since" | "depuis")),
            _ => None,
        };
        let clauses: Vec<u32> = figure_items
            .iter()
            .filter(|&&k| k >= 1 && past_year(k) && since(k).is_some_and(|s| !compared(s)))
            .map(|&k| items[k].clause)
            .collect();
        if clauses.is_empty() {
            return;
        }
        for (claim, &k) in claims.iter_mut().zip(figure_items) {
            if let Some(claim) = claim
                .as_mut()
                .filter(|_| clauses.contains(&items[k].clause))
            {
                claim.reference = true;
            }
        }
    }

    /// "À Marseille, 9 500 personnes ont défilé. Elles étaient 7 200 à Lyon, …": a pronoun that
    /// opens the sentence stands for the people the sentence before counted. "Sixteen patients
    /// have died … On Wednesday the trust had put the number at 11": "the number" that names
    /// nothing stands for the figure before it, in its sentence or the one before.
    fn take_the_antecedent(
        &self,
        (items, words): (&[Item], &[&str]),
        figure_items: &[usize],
        readings: &[Reading],
        claims: &mut [Option<Claim>],
        store: &ClaimStore,
    ) {
        let pronoun_first = matches!(
            words,
            [
                "ils" | "elles" | "they",
                "étaient" | "sont" | "were" | "are",
                ..
            ]
        );
        let sentence_before = || {
            self.earlier_in_article(store)
                .take_while(|c| c.sentence + 1 == self.sentence_index)
        };
        for (n, (&k, reading)) in figure_items.iter().zip(readings).enumerate() {
            let antecedent = if n == 0 && pronoun_first && k <= 4 {
                // The sentence's first count of people, its subject more often than not:
                // "entre 9 000 et 25 000 manifestants, 3 interpellations".
                sentence_before()
                    .filter(|c| c.unit == Unit::People && c.category != "count")
                    .last()
            } else if is_the_number(items, words, k) {
                claims[..n]
                    .iter()
                    .rev()
                    .flatten()
                    .next()
                    .or_else(|| sentence_before().next())
            } else {
                None
            }
            .filter(|c| c.unit == Unit::People && c.category != "count")
            .map(|c| c.category.clone());
            let Some(category) = antecedent else { continue };
            if let Some(claim) = claims[n]
                .as_mut()
                .filter(|c| reading.bare && names_nothing(c))
            {
                claim.category = category;
                claim.unit = Unit::People;
            }
        }
    }

    /// "carrying 187 refugees … Of the 187 on board, …", "l'hospitalisation de 48 personnes …
    /// Au total, 48 personnes ont été transportées …": a figure that names nothing, or people
    /// and nothing that happened to them, and repeats one of the article's counts of people
    /// counts the same thing.
    fn repeat_earlier_figures(
        &self,
        readings: &[Reading],
        claims: &mut [Option<Claim>],
        store: &ClaimStore,
    ) {
        for (claim, reading) in claims.iter_mut().zip(readings) {
            // Small numbers recur by chance.
            let Some(claim) = claim.as_mut().filter(|c| {
                c.value >= 10.0
                    && ((names_nothing(c) && reading.bare)
                        || (c.category == "count" && c.unit == Unit::People))
            }) else {
                continue;
            };
            let same = self
                .earlier_in_article(store)
                .find(|c| c.value == claim.value && !names_nothing(c) && c.unit == Unit::People);
            if let Some(earlier) = same {
                claim.category.clone_from(&earlier.category);
                claim.unit = Unit::People;
            }
        }
    }

    /// "The seven victims were four Norwegians, two Swedes and two Poles", "Les 12 personnes
    /// interpellées sont huit hommes et quatre femmes": the figures after the verb break down
    /// the subject's figure, and count what it counts.
    fn link_subject_breakdown(
        words: &[&str],
        figure_items: &[usize],
        readings: &[Reading],
        ids: &[Option<ClaimId>],
        claims: &mut [Option<Claim>],
    ) {
        // Where the sentence opens, or after its source: "the agency said the 46 victims
        // included 29 men, 12 women and five children".
        let Some(n) = figure_items.iter().position(|&k| {
            k >= 1
                && matches!(words[k - 1], "the" | "les")
                && (k == 1 || matches!(words[k - 2], "said" | "that" | "que"))
        }) else {
            return;
        };
        let subject = figure_items[n];
        let Some(verb) =
            (subject + 1..words.len().min(subject + 4)).find(|&j| is_frame_verb(words[j]))
        else {
            return;
        };
        let Some(whole) = &claims[n] else {
            return;
        };
        let (category, whole_id) = (whole.category.clone(), ids[n]);
        let mut direct = Vec::new();
        for m in n + 1..claims.len() {
            let k = figure_items[m];
            let Some(part) = claims[m].as_mut().filter(|c| {
                k > verb
                    && !readings[m].own_verb
                    && (names_nothing_of_people(c) || c.category == category)
            }) else {
                break;
            };
            part.category.clone_from(&category);
            part.unit = Unit::People;
            // "The 23 dead were 9 civilians, including 4 children, and 12 fighters": the
            // children are some of the civilians.
            part.part_of = if readings[m].breakdown {
                ids[m - 1]
            } else {
                direct.push(m);
                whole_id
            };
        }
        // … and the civilians and the fighters are still the list the verb gives.
        let past_a_breakdown = direct.windows(2).any(|pair| pair[1] > pair[0] + 1);
        let unlisted = direct
            .iter()
            .all(|&m| claims[m].as_ref().is_some_and(|c| c.list.is_none()));
        // "The 17 villagers killed included five women and three children": some of them,
        // a breakdown that may fall short of its whole, not a list that must add up to it.
        let some = matches!(words[verb], "included" | "include");
        if some || (past_a_breakdown && unlisted) {
            let list = if some { None } else { ids[direct[0]] };
            for &m in &direct {
                if let Some(part) = &mut claims[m] {
                    part.list = list;
                }
            }
        }
    }

    /// "Dans le détail, la direction entend supprimer 410 postes dans les ateliers, 120 dans la
    /// logistique et 90 dans les services": a sentence that opens on "dans le détail" ("in
    /// detail") lists the parts of a whole of the same kind counted in the three sentences
    /// before it, the one nearest their sum.
    fn link_parts_in_detail(
        &self,
        words: &[&str],
        ids: &[Option<ClaimId>],
        claims: &mut [Option<Claim>],
        store: &ClaimStore,
    ) {
        if !matches!(words, ["dans", "le", "détail", ..] | ["in", "detail", ..]) {
            return;
        }
        let Some(first) = claims.iter().flatten().next() else {
            return;
        };
        let (category, unit) = (first.category.clone(), first.unit.clone());
        // The parts: the figures of that kind from the first on ("…, soit environ 27 % des
        // effectifs" ends them).
        let parts = claims
            .iter()
            .take_while(|c| {
                c.as_ref().is_some_and(|c| {
                    c.category == category && c.unit == unit && c.part_of.is_none() && !c.total
                })
            })
            .count();
        if parts < 2 {
            return;
        }
        let sum: f64 = claims[..parts].iter().flatten().map(|c| c.value).sum();
        // Of the wholes before, the one nearest the sum: "640 postes … sur les 2 350 que
        // compte le site" are cut 410, 120 and 90 at a time.
        let distance = |c: &Claim| (c.value / sum).ln().abs();
        let whole = self
            .earlier_in_article(store)
            .take_while(|c| c.sentence + 3 >= self.sentence_index)
            .filter(|c| {
                c.category == category
                    && c.unit == unit
                    && !c.reference
                    && c.part_of.is_none()
                    && c.value > sum / 2.0
            })
            .min_by(|a, b| distance(a).total_cmp(&distance(b)));
        let Some(whole) = whole.map(|c| c.id) else {
            return;
        };
        for part in claims[..parts].iter_mut().flatten() {
            part.part_of = Some(whole);
            part.list = ids[0];
        }
    }

    /// "rose to 31 on Monday — 22 men and 13 women —", "12 morts (sept hommes et cinq
    /// femmes)": people an aside opens with, right after a count of people, break it down; so
    /// do figures a colon opens, even naming nothing ("claimed 17 lives: 11 in Port Ellery and
    /// eight in the villages").
    fn link_aside_breakdowns(
        &self,
        (items, words): (&[Item], &[&str]),
        figure_items: &[usize],
        readings: &[Reading],
        ids: &[Option<ClaimId>],
        claims: &mut [Option<Claim>],
    ) {
        for n in 1..claims.len() {
            let k = figure_items[n];
            let gap = self
                .text
                .get(items[k - 1].end..items[k].start)
                .unwrap_or("");
            // "27 morts, soit 19 hommes, 6 femmes et 4 enfants": "soit", "namely" open a list
            // as a colon does (not one figure: "soit 528 au total", "soit 12 pour 100 000").
            let namely = k >= 2
                && (readings[n].comma_joined || readings[n].joined_to_next)
                && matches!(words[k - 1], "soit" | "namely")
                && self
                    .text
                    .get(items[k - 2].end..items[k - 1].start)
                    .map(str::trim)
                    == Some(",");
            let colon = gap.trim() == ":" || namely;
            // "Les neuf personnes gardées à vue, sept hommes et quatre femmes, ont été …": a
            // clause set off by commas, with no verb ("…habitants, 12 cas ont été recensés");
            // not the next items of a list ("62 drivers, 29 passengers, 38 pedestrians, …").
            let listed_with_before = matches!((&claims[n - 1], &claims[n]),
                (Some(a), Some(b)) if a.list.is_some() && a.list == b.list);
            // "Those held included 41 students, six staff and 10 others": the first of the
            // verb's list, not a whole.
            let first_of_a_list = figure_items[n - 1]
                .checked_sub(1)
                .is_some_and(|j| matches!(words[j], "included" | "include" | "includes"));
            if first_of_a_list && gap.trim() == "," {
                Self::carry_category_along(n, readings, claims);
                continue;
            }
            let comma = gap.trim() == "," && !listed_with_before && {
                let clause = items[k].clause;
                let end = clause_items(items, clause).end.max(k + 1) - 1;
                let closed = items.get(end + 1).is_some_and(|next| {
                    self.text.get(items[end].end..next.start).map(str::trim) == Some(",")
                });
                // Or a list that ends the sentence: "…, quatre dockers et deux éleveurs."
                let last_list =
                    end + 1 == items.len() && (k + 1..=end).any(|j| items[j].figure.is_some());
                (closed || last_list)
                    && !(k..=end).any(|j| is_auxiliary(words[j], self.article.lang))
            };
            // A bracket or dash a few words past the figure before, in its clause: not "27
            // décès, devant Malemba (734 cas)", another place's figure.
            let before = figure_items[n - 1];
            let close_to_before =
                k - before <= 4 && (before..k).all(|j| items[j].clause == items[before].clause);
            // A dash may come further on: "Sixteen people were taken to hospital – nine
            // passengers, four motorists and two pedestrians –".
            let dashed = gap.contains('—') || gap.contains(" – ");
            let dash_in_clause = dashed
                && k - before <= 8
                && (before..k).all(|j| items[j].clause == items[before].clause);
            let bracketed = (close_to_before && (dashed || gap.contains('('))) || dash_in_clause;
            let opens_aside = colon || comma || bracketed;
            let Some(category) = claims[n - 1]
                .as_ref()
                .filter(|c| {
                    opens_aside
                        && c.category != "count"
                        && c.unit == Unit::People
                        && c.part_of.is_none()
                })
                .map(|c| c.category.clone())
            else {
                continue;
            };
            // The aside's figures: this one and those joined to it in its clause.
            let clause = items[k].clause;
            let mut m = n;
            while let Some(Some(part)) = claims.get_mut(m) {
                // A colon's list runs on over its commas: "27 interpellées : 14 à Avignon, 8 au
                // Pontet et 3 à Cavaillon".
                // So does a dash's, up to the closing dash.
                let previous_gap = || {
                    let (a, b) = (items[figure_items[m - 1]].end, items[figure_items[m]].start);
                    self.text.get(a..b).unwrap_or("")
                };
                let dash_list = m > n
                    && dashed
                    && (readings[m - 1].comma_joined || readings[m - 1].and_next)
                    && !previous_gap().contains(['—', '–']);
                // And a comma's: "9 morts, quatre hommes, trois femmes et trois enfants".
                let comma_list = m > n
                    && comma
                    && (readings[m - 1].comma_joined || readings[m - 1].and_next)
                    && readings[m].event.is_none();
                let joined = m == n
                    || colon
                    || dash_list
                    || comma_list
                    || items[figure_items[m] - 1].clause == clause;
                // "14 personnes ont été blessées, neuf policiers et trois manifestants, selon
                // …": who they are, not what befell them.
                let who = !readings[m].bare
                    && readings[m].event.is_none()
                    && readings[m].head_category.is_none();
                let people = part.unit == Unit::People && (part.category == "count" || who);
                // "17 blessés : 4 en urgence absolue … et 15 en urgence relative": after a
                // colon, parts that say the same of those counted.
                let same = colon && (names_nothing(part) || part.category == category);
                // "14 gendarmes et 7 manifestants, dont 2 …": a part of a part ends the list.
                let of_a_part = m > n
                    && (readings[m].breakdown || readings[m].partitive || readings[m].pronoun);
                // "… et un millier à Brest : des milliers d'étudiants ont manifesté": a vague
                // amount that sums up the figures before is no part of the last.
                let summing_up = part.qualifier == Qualifier::Vague && m == n;
                if !joined || !(people || same) || of_a_part || summing_up {
                    break;
                }
                part.unit = Unit::People;
                part.category.clone_from(&category);
                part.part_of = ids[n - 1];
                m += 1;
            }
            // An apposition names all of its whole, not some: its parts are a list that must
            // add up ("12 morts (sept hommes et cinq femmes)").
            if m > n + 1 {
                for part in claims[n..m].iter_mut().flatten() {
                    part.list = ids[n];
                }
            }
        }
    }

    /// "The dead included five men, three women and two children": the figures listed after
    /// the first count what it counts. Some of those counted, not all: no list that must add
    /// up.
    fn carry_category_along(n: usize, readings: &[Reading], claims: &mut [Option<Claim>]) {
        let Some(category) = claims[n - 1]
            .as_ref()
            .filter(|c| c.unit == Unit::People && c.category != "count")
            .map(|c| c.category.clone())
        else {
            return;
        };
        for m in n..claims.len() {
            let joined = readings[m - 1].comma_joined || readings[m - 1].and_next;
            match &mut claims[m] {
                Some(part) if joined && part.unit == Unit::People && part.category == "count" => {
                    part.category.clone_from(&category);
                }
                _ => break,
            }
        }
    }

    /// "1,4 million d'euros pour …, 900 000 euros pour … et 450 000 euros pour …, soit un total
    /// de 2,5 millions d'euros": amounts listed right before a total in their currency, or
    /// people counted for what it counts, are its parts (a breakdown, held against that total
    /// alone, not the article's other figures).
    fn link_amounts_to_their_total(
        readings: &[Reading],
        ids: &[Option<ClaimId>],
        claims: &mut [Option<Claim>],
    ) {
        for t in 2..claims.len() {
            let Some(total) = claims[t].as_ref().filter(|c| c.total) else {
                continue;
            };
            let (unit, category) = (total.unit.clone(), total.category.clone());
            // And people: "612 personnes interpellées à Port-Sénal et 431 à Kivane, soit un
            // total de 1 143 interpellations".
            if !matches!(unit, Unit::Currency(_) | Unit::People) {
                continue;
            }
            let mut first = t;
            while first > 0
                && claims[first - 1].as_ref().is_some_and(|c| {
                    c.unit == unit && c.category == category && !c.total && c.part_of.is_none()
                })
                && (first == t || readings[first - 1].and_next || readings[first - 1].comma_joined)
            {
                first -= 1;
            }
            if t - first >= 2 {
                for part in claims[first..t].iter_mut().flatten() {
                    part.part_of = ids[t];
                }
            }
        }
    }

    /// "… un total de 4,3 millions d'euros. Le préjudice se décompose en 2,1 millions d'euros …,
    /// 1,4 million … et 600 000 euros …": in a sentence with a verb of breaking down, the amounts
    /// the sentence opens with are the parts of the article's last total in their currency and
    /// must add up to it.
    fn link_amounts_broken_down(
        &self,
        words: &[&str],
        ids: &[Option<ClaimId>],
        claims: &mut [Option<Claim>],
        store: &ClaimStore,
    ) {
        let Some(Some(first)) = claims.first() else {
            return;
        };
        if !matches!(first.unit, Unit::Currency(_)) || first.part_of.is_some() {
            return;
        }
        // "Of the total, $168 million goes to police, … and the remaining $71.1 million to
        // administration": the amount the article gave last, larger than each part.
        let of_the_total = matches!(
            words,
            ["of" | "sur", "the" | "ce" | "le", "total", ..] | ["du", "total", ..]
        );
        let broken_down = of_the_total
            || words.windows(2).any(|pair| {
                matches!(
                    pair,
                    ["se", "décompose" | "répartit" | "ventile"]
                        | ["breaks" | "broken" | "split", "down"]
                        | ["made", "up"]
                )
            });
        if !broken_down {
            return;
        }
        let unit = first.unit.clone();
        // The amounts, past the counts inside them ("1,4 million d'euros de factures dues à 87
        // éleveurs, 650 000 euros …").
        let parts: Vec<usize> = claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.as_ref().is_some_and(|c| c.unit == unit))
            .take_while(|(_, c)| c.as_ref().is_some_and(|c| !c.total && c.part_of.is_none()))
            .map(|(n, _)| n)
            .collect();
        // "Le préjudice total est évalué à 26,4 millions d'euros. Il se répartit entre …": a
        // pronoun opening the sentence stands for the amount of the sentence before; so does
        // a noun ("faces a £38.4m shortfall. The gap is made up of …"), when that amount is
        // larger than each part.
        let pronoun = matches!(words.first(), Some(&("il" | "elle" | "it")));
        let noun = matches!(
            words.first(),
            Some(&("the" | "this" | "le" | "la" | "ce" | "cette"))
        );
        let largest_part = largest_value(parts.iter().filter_map(|&n| claims[n].as_ref()));
        let whole = self
            .earlier_in_article(store)
            .find(|c| {
                let before = c.sentence + 1 == self.sentence_index;
                c.unit == unit
                    && (c.total
                        || (pronoun && before)
                        || (noun && before && c.value > largest_part)
                        || (of_the_total && c.value > largest_part))
            })
            .map(|c| c.id);
        if parts.len() < 2 || whole.is_none() {
            return;
        }
        for &n in &parts {
            if let Some(part) = &mut claims[n] {
                part.part_of = whole;
                part.list = ids[0];
            }
        }
    }

    /// "Police said those detained – nine men and three women – were questioned": people an
    /// aside opens with, after words that say what befell them, break down the article's last
    /// count of it.
    fn link_aside_after_those(
        &self,
        (items, words): (&[Item], &[&str]),
        cues: &Cues<'_>,
        figure_items: &[usize],
        claims: &mut [Option<Claim>],
        store: &ClaimStore,
    ) {
        let Some((n, &k)) = figure_items.iter().enumerate().find(|&(_, &k)| {
            k >= 2
                && matches!(words[k - 2], "those" | "ceux" | "celles")
                && self
                    .text
                    .get(items[k - 1].end..items[k].start)
                    .is_some_and(|gap| gap.contains(['—', '–', '(']))
        }) else {
            return;
        };
        let Some(category) =
            first_category(&cues[k - 1]).and_then(|c| self.lexicon.categories.get(usize::from(c)))
        else {
            return;
        };
        let Some(whole) = self.last_count_of(category, store) else {
            return;
        };
        let clause = items[k].clause;
        for (claim, &m) in claims[n..].iter_mut().zip(&figure_items[n..]) {
            let Some(part) = claim.as_mut().filter(|c| names_nothing_of_people(c)) else {
                break;
            };
            if items[m].clause != clause {
                break;
            }
            part.category.clone_from(category);
            part.unit = Unit::People;
            part.part_of = Some(whole.id);
        }
    }

    /// "23 cas, dont 14 hommes et 7 femmes": men and women (and children) are all of the whole,
    /// so its parts form a list that must add up to it.
    fn list_parts_by_sex(
        words: &[&str],
        figure_items: &[usize],
        ids: &[Option<ClaimId>],
        claims: &mut [Option<Claim>],
    ) {
        // The noun right after the figure, or after its verb "to be": "53 were men".
        let noun = |n: usize| {
            let next = |j: usize| words.get(figure_items[n] + j).copied().unwrap_or("");
            match next(1) {
                "were" | "are" | "sont" | "étaient" => next(2),
                noun => noun,
            }
        };
        let mut n = 0;
        while n < claims.len() {
            let Some(whole) = claims[n].as_ref().and_then(|c| c.part_of) else {
                n += 1;
                continue;
            };
            let parts: Vec<usize> = (n..claims.len())
                .take_while(|&m| claims[m].as_ref().is_some_and(|c| c.part_of == Some(whole)))
                .collect();
            let men = |m: usize| matches!(noun(m), "hommes" | "men" | "garçons" | "boys");
            let women = |m: usize| matches!(noun(m), "femmes" | "women" | "filles" | "girls");
            if parts.iter().any(|&m| men(m)) && parts.iter().any(|&m| women(m)) {
                // "Of the 64, 53 were men and 11 were women, and at least 9 were under 25": a
                // figure after the split by sex cuts the whole another way, no part of the sum.
                let by_sex = |m: usize| {
                    men(m)
                        || women(m)
                        || matches!(noun(m), "enfants" | "children" | "adultes" | "adults")
                        || claims[m].as_ref().is_some_and(|c| c.group.is_some())
                };
                let last = parts.iter().rposition(|&m| by_sex(m)).unwrap_or(0);
                for (i, &m) in parts.iter().enumerate() {
                    if let Some(part) = &mut claims[m] {
                        if i <= last {
                            part.list = ids[parts[0]];
                        } else {
                            part.part_of = None;
                        }
                    }
                }
            }
            n += parts.len();
        }
    }

    /// A figure that says nothing of what it counts takes it from the figure it is measured
    /// against: "contre 1.093" the one before, "de 60 à 120 tenges" the one after.
    ///
    /// An amount in millions or billions that names nothing is money when the text has just
    /// been counting money: "un effort de 60 milliards d'euros, dont 40 milliards de réductions".
    fn inherit_from_neighbours(
        &self,
        readings: &[Reading],
        claims: &mut [Option<Claim>],
        recent_money: Option<Unit>,
    ) {
        // "On parle de 2,4 millions, mais l'assureur n'a versé que 1,1 million d'euros": else
        // the currency an amount later in the sentence names.
        let mut recent_money = recent_money.or_else(|| {
            claims
                .iter()
                .flatten()
                .find(|c| matches!(c.unit, Unit::Currency(_)))
                .map(|c| c.unit.clone())
        });
        for n in 0..claims.len() {
            // "2,1 millions d'euros de surfacturations, 1,3 million de travaux fictifs et 0,8
            // million de pots-de-vin": amounts listed after an amount.
            let names_no_one = !readings[n].head_people
                && !readings[n].head_thing
                && readings[n].head_group.is_none()
                && readings[n].head_counted.is_none();
            let listed_after_money = n > 0
                && names_no_one
                && (readings[n - 1].comma_joined || readings[n - 1].and_next)
                && claims[n - 1]
                    .as_ref()
                    .is_some_and(|c| matches!(c.unit, Unit::Currency(_)));
            // "2.36 million passengers, up from 2.1 million": compared with a count, a count.
            let compared_with_a_count = n > 0
                && readings[n].compared
                && claims[n - 1]
                    .as_ref()
                    .is_some_and(|c| !matches!(c.unit, Unit::Currency(_)));
            if let Some(claim) = &mut claims[n] {
                if let Unit::Currency(_) = claim.unit {
                    recent_money = Some(claim.unit.clone());
                } else if let Some(money) = &recent_money {
                    // Millions written with a word ("2,4 millions", "half a million").
                    let scaled = claim.text.chars().any(char::is_alphabetic)
                        && (claim.value >= 1e6
                            || (claim.value >= 5e5 && claim.text.contains("million")));
                    if names_nothing(claim)
                        && scaled
                        // "12 millions supplémentaires": more of the amount before.
                        && (readings[n].bare
                            || listed_after_money
                            || readings[n].others
                            || readings[n].head_spending)
                        && !compared_with_a_count
                    {
                        claim.category = "money".into();
                        claim.unit = money.clone();
                    }
                }
            }
            // "131 morts dans la province d'Azilal, 54 dans celle de Béni Mellal": the noun of
            // the figure before is understood.
            // Not "…, and five of them were flown": a pronoun names its own antecedent.
            // (A figure the lexicon says is a count, "14 were rescued", is no elided noun.)
            let elided = n > 0
                && readings[n].head_category.is_none()
                && ((readings[n].bare
                    && !readings[n].pronoun
                    && (readings[n - 1].comma_joined
                        || readings[n - 1].joined_to_next
                        || readings[n].placed_after_another))
                    || readings[n].named_after_another
                    // "512 morts en excès, devant la Provence-Alpes-Côte d'Azur (448)".
                    || (readings[n].bare && readings[n].bracketed_after_name));
            let from = if (readings[n].compared || elided) && n > 0 {
                // "62 000 festivaliers en trois jours, contre 54 000 l'an dernier": past a
                // span of time, to the count it is compared with.
                let span = |m: usize| claims[m].as_ref().is_some_and(|c| is_span_of_time(&c.unit));
                if n >= 2 && readings[n].compared && span(n - 1) && !span(n - 2) {
                    n - 2
                } else if readings[n].compared {
                    // Past a year that is no claim: "43 died in 2024, compared with 36".
                    (0..n).rev().find(|&m| claims[m].is_some()).unwrap_or(n - 1)
                } else {
                    n - 1
                }
            } else if n > 0 && readings[n - 1].spans_to_next {
                // The second end of "60 à 120" names the unit for both; handled at n - 1.
                continue;
            } else if readings[n].spans_to_next && n + 1 < claims.len() {
                n + 1
            } else {
                continue;
            };
            let Some(Some(source)) = claims.get(from).cloned() else {
                continue;
            };
            // "fell by 28% last year, to about 2,400": a level after a change, not a share;
            // "214 passages en 48 heures, dont 37 pour hypothermie": no part of the period.
            if (source.unit == Unit::Percent && from < n)
                || (readings[n].breakdown && is_period_counted_over(self.text, &source))
            {
                continue;
            }
            if let Some(claim) = &mut claims[n] {
                if names_nothing(claim) && readings[n].bare_or_linked() {
                    claim.category = source.category;
                    claim.unit = source.unit;
                }
            }
        }
    }

    /// "42 morts, dont 12 enfants": the part points at the figure before it that counts the same
    /// unit, and takes its category when it names none of its own. A part with no noun at all
    /// ("dont 2 300 dans la capitale", "dont 9 graves") counts what the figure before counts.
    fn link_breakdowns(
        &self,
        readings: &[Reading],
        ids: &[Option<ClaimId>],
        claims: &mut [Option<Claim>],
        framed: bool,
    ) {
        // "Of the 11 dead, seven … and six …": every later figure is a part of the first.
        let mut whole = framed.then_some(0);
        for n in 0..claims.len() {
            let bare = claims[n].as_ref().is_some_and(names_nothing);
            // "dont 7 policiers et 6 manifestants": the breakdown goes on over the list, which
            // "and" closes ("870 for dehydration, 410 for cramp and 160 for falls, and 38 were
            // taken to hospital").
            let closed = n > 1 && readings[n - 2].joined_to_next;
            let listed = n > 0
                && !closed
                && (readings[n - 1].joined_to_next || readings[n - 1].comma_joined);
            if readings[n].breakdown {
                // The figure just before: "four deaths and 38 confirmed cases, of whom 12 remain
                // in hospital" breaks down the cases, not the deaths.
                // Past a figure of things: "2 300 habitants de cinq communes ont été évacués,
                // parmi lesquels 340 résidents d'un Ehpad"; past a span of time that cannot
                // hold the part ("309,940 ballots were recounted over nine days, including
                // 182,300 cast in person", but "quatre ans, dont deux avec sursis").
                whole = (0..n).rev().find(|&m| {
                    matches!((&claims[m], &claims[n]), (Some(a), Some(b))
                        if a.unit == b.unit
                            || (bare
                                && !(is_span_of_time(&a.unit) && b.value > a.value)
                                // Nor the period something was counted over ("214
                                // passages en 48 heures, dont 37 pour hypothermie").
                                && !is_period_counted_over(self.text, a)))
                });
            } else if !(framed || listed) {
                whole = None;
            }
            let Some(m) = whole.filter(|&m| m != n) else {
                continue;
            };
            let Some(whole_claim) = claims[m].clone() else {
                continue;
            };
            // "Sur les 39 établissements, 31 ont signalé …": the frame holds the figures that
            // count nothing of their own, not "212 opérations"; a frame of people holds the
            // people it names ("Parmi les 14 personnes interpellées figurent 9 Irakiens").
            let own_noun = framed
                && !readings[n].breakdown
                && !readings[n].bare
                && !readings[n].head_people
                && readings[n].head_group.is_none()
                && (whole_claim.unit != Unit::People || readings[n].head_thing);
            if own_noun {
                continue;
            }
            let Some(part) = &claims[n] else { continue };
            // "Sur les 19 212 inscrits, 12 180 ont voté, soit 63,4 %": a share or an amount is
            // no part of a count. "312 firearms, including 27 rifles, 40,000 rounds…": a figure
            // listed after a part and larger than the whole ends the breakdown.
            // "78% of the new arrivals, among them 412 children": a count is no part of a share.
            let other_unit = part.unit != whole_claim.unit
                && (!matches!(part.unit, Unit::People | Unit::Things)
                    || whole_claim.unit == Unit::Percent);
            // "32 interpellés, dont 27 Brésiliens, et 19 sites démantelés": things are no part
            // of people.
            let things = whole_claim.unit == Unit::People
                && readings[n].head_thing
                && !readings[n].head_people
                && readings[n].head_group.is_none();
            // "9 millions d'euros …, dont une villa et 14 voitures de luxe": what the money
            // bought, counted, is no part of the amount.
            let bought = matches!(whole_claim.unit, Unit::Currency(_))
                && part.unit != whole_claim.unit
                && (readings[n].head_thing
                    || readings[n].head_people
                    || readings[n].head_group.is_some());
            // "300 hectares …, et le matériel saisi comprend 42 motopompes": things counted by
            // a noun of their own are no part of a measure.
            // (A span of time keeps its parts: "quatre ans, dont deux avec sursis".)
            let counted_in_a_measure = matches!(whole_claim.unit, Unit::Measure(_))
                && !is_span_of_time(&whole_claim.unit)
                && part.noun.is_some();
            // "68 rescapés, dont 12 ont été hospitalisés, et 53 passagers sont toujours portés
            // disparus": a figure listed after a part, with a verb and a toll of its own.
            let own_toll = !readings[n].breakdown
                && readings[n].own_verb
                && !matches!(part.category.as_str(), "count" | "injured")
                && part.category != whole_claim.category;
            if other_unit
                || things
                || bought
                || counted_in_a_measure
                || own_toll
                || (!readings[n].breakdown && part.value > whole_claim.value)
            {
                whole = None;
                continue;
            }
            // "17 blessés, dont 12 surveillants et 9 détenus": the noun of a part of people
            // counted for something says who they are, not what happened to them.
            let counted_for_something =
                whole_claim.unit == Unit::People && whole_claim.category != "count";
            let own = readings[n].event.is_some()
                || (readings[n].head_category.is_some() && !counted_for_something);
            // "1 200 techniciens, dont 300 venus d'autres régions, ont été mobilisés": some of
            // those sent to help are no troops either.
            let sent_to_help = whole_claim
                .group
                .as_deref()
                .is_some_and(|g| SENT_TO_HELP.contains(&g));
            if let Some(part) = &mut claims[n] {
                part.part_of = ids[m];
                // "five deaths, including two children swept away by floodwaters": parts of
                // the dead are dead, whatever took them.
                let dead = whole_claim.category == "deaths"
                    && part.category == "missing"
                    && !readings[n].own_verb;
                if !own || dead || (sent_to_help && part.category == "troops") {
                    part.category = whole_claim.category;
                }
                if bare {
                    part.unit = whole_claim.unit;
                }
            }
        }
    }

    /// The figures a colon opens are the parts of a figure before it, a list that must add up
    /// (up to a part of a part: "…, dont 2 …"). Amounts and measures break down the last figure
    /// in their unit: "would cost €48 million: €30 million for pay and €12 million for
    /// allowances", "1 350 hectares touchés dans 14 communes : 820 hectares de pommiers, …"
    /// ("€48 million over the two years: …": not the span). Counts break down the nearest figure
    /// before the colon that can hold them, and count what it counts: "Le SDIS a effectué 143
    /// interventions, qui se répartissent ainsi : 61 …, 47 … et 28 …", "A total of 3,400
    /// employees joined the stoppage: 2,100 welders, 900 electricians and 250 crane operators".
    fn link_parts_after_a_colon(
        &self,
        (items, cues): (&[Item], &Cues<'_>),
        figure_items: &[usize],
        readings: &[Reading],
        ids: &[Option<ClaimId>],
        claims: &mut [Option<Claim>],
        store: &ClaimStore,
    ) {
        if claims.len() < 2 {
            return;
        }
        let between =
            |n: usize| &self.text[items[figure_items[n]].end..items[figure_items[n + 1]].start];
        // Or a dash that opens ("126 people had been admitted … — 58 at the Royal Adelaide,
        // 41 at …", "37 people — 22 in Dublin and 11 in Cork —"), not one that closes an
        // aside ("— Chelsea (£210m) … — paid out a combined £480m").
        let sentence_start = self.span.range().start;
        let opening_dash = |n: usize| {
            let from = items[figure_items[n]].end;
            between(n).find(" — ").is_some_and(|at| {
                self.text[sentence_start..from + at].matches(" — ").count() % 2 == 0
            })
        };
        let Some(before_colon) =
            (0..claims.len() - 1).find(|&n| between(n).contains(':') || opening_dash(n))
        else {
            return;
        };
        let first = before_colon + 1;
        let end = (first + 1..claims.len())
            .find(|&n| readings[n].breakdown)
            .unwrap_or(claims.len());
        let amounts = claims[first]
            .as_ref()
            .map(|c| c.unit.clone())
            .filter(|u| matches!(u, Unit::Currency(_) | Unit::Measure(_)));
        if let Some(unit) = amounts {
            let of_unit = |c: &Option<Claim>| c.as_ref().is_some_and(|c| c.unit == unit);
            let Some(whole) = (0..first).rev().find(|&w| of_unit(&claims[w])) else {
                return;
            };
            if claims[whole].as_ref().is_some_and(|c| c.part_of.is_some()) {
                return;
            }
            let end = (first..end).find(|&n| !of_unit(&claims[n])).unwrap_or(end);
            for part in claims[first..end].iter_mut().flatten() {
                part.part_of = ids[whole];
                part.list = ids[first];
            }
            return;
        }
        // "31 000 vers Goma, à une vingtaine de kilomètres, et 14 500 vers Sake, où deux sites
        // …": a measure in the list is an aside, and the part after "et" is the last.
        let mut parts = Vec::new();
        for n in first..end {
            if claims[n]
                .as_ref()
                .is_some_and(|c| matches!(c.unit, Unit::Measure(_)))
            {
                continue;
            }
            parts.push(n);
            let last = n > first
                && self.text[items[figure_items[n - 1]].end..items[figure_items[n]].start]
                    .split_whitespace()
                    .rev()
                    .find(|w| !is_qualifier_word(w))
                    .is_some_and(|w| matches!(w, "et" | "and"));
            if last {
                break;
            }
        }
        if parts.len() < 2 {
            return;
        }
        // Past a smaller figure that cannot hold them: "6 240 personnes ont été évacuées dans
        // les trois arrondissements touchés : 2 910 à Makélékélé, …"; past a span of time:
        // "48 000 personnes évacuées en moins de 36 heures : …".
        let largest_part = largest_value(parts.iter().filter_map(|&n| claims[n].as_ref()));
        let Some(whole) = (0..first).rev().find(|&w| {
            claims[w].as_ref().is_none_or(|c| {
                !is_span_of_time(&c.unit) && (c.value > largest_part || c.unit != Unit::Things)
            })
        }) else {
            // "Quatorze personnes ont été interpellées … Les interpellations ont eu lieu dans
            // trois départements : neuf en Essonne, trois …": bare counts with no figure before
            // the colon to hold them count what a word before it names, and break down the
            // article's last count of that.
            let bare = parts.iter().all(|&n| {
                readings[n].bare && claims[n].as_ref().is_some_and(|c| c.category == "count")
            });
            let named = (0..figure_items[first])
                .rev()
                .find_map(|j| first_category(&cues[j]))
                .and_then(|c| self.lexicon.categories.get(usize::from(c)));
            let earlier = named
                .filter(|_| bare)
                .and_then(|category| self.last_count_of(category, store))
                .filter(|c| c.unit == Unit::People && c.value > largest_part);
            if let Some(earlier) = earlier {
                let (id, category) = (earlier.id, earlier.category.clone());
                let listed = select(claims, &parts);
                mark_parts(listed, Some(id), ids[first], &category, &Unit::People);
            }
            return;
        };
        let Some(total) = claims[whole].as_ref().filter(|c| {
            matches!(c.unit, Unit::People | Unit::Things)
                && c.list.is_none()
                && c.part_of.is_none()
                && !c.reference
        }) else {
            return;
        };
        let (category, unit, value) = (total.category.clone(), total.unit.clone(), total.value);
        let fits = |c: &Option<Claim>| {
            c.as_ref().is_some_and(|c| {
                matches!(c.unit, Unit::People | Unit::Things)
                    && (c.category == category || c.category == "count")
                    && c.value < value
                    && c.part_of.is_none()
            })
        };
        if !parts.iter().all(|&n| fits(&claims[n])) {
            return;
        }
        let (whole, first) = (ids[whole], ids[first]);
        mark_parts(select(claims, &parts), whole, first, &category, &unit);
    }

    /// "At least seven people were killed: • four in Barguna; • two in Patuakhali": bullets under
    /// a line that ends with a colon count the people its figure counts. (They are not made a
    /// list: a bullet the grammar cannot read, "one in Satkhira", would make the sum short.)
    fn continue_colon_list(
        &self,
        readings: &[Reading],
        claims: &mut [Option<Claim>],
        store: &ClaimStore,
    ) {
        let is_bullet = |line: &str| line.starts_with(BULLETS);
        let Some(line_start) = self.line_start(self.span.start as usize) else {
            return;
        };
        if !is_bullet(self.text[line_start..].trim_start()) {
            return;
        }
        // Up over the bullets before this one to the line that introduces them.
        let mut end = line_start;
        let mut intro_end = None;
        for _ in 0..64 {
            let before = self.text[..end].trim_end();
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let line = before[line_start..].trim_start();
            if !is_bullet(line) {
                intro_end = line.ends_with(':').then_some((line_start, before.len()));
                break;
            }
            if line_start == 0 {
                break;
            }
            end = line_start;
        }
        let Some((intro_start, intro_end)) = intro_end else {
            return;
        };
        // The intro's own figure: not one of the paragraph before a bare "Key points:".
        let intro = self
            .earlier_in_article(store)
            .find(|c| c.span.end as usize <= intro_end)
            .filter(|c| c.span.start as usize >= intro_start);
        let Some(intro) = intro else {
            return;
        };
        if intro.unit != Unit::People {
            return;
        }
        let first = (0..claims.len()).find(|&n| {
            readings[n].event.is_none()
                && readings[n].head_category.is_none()
                && claims[n].as_ref().is_some_and(names_nothing)
        });
        let Some(n) = first else { return };
        let (category, unit) = (intro.category.clone(), intro.unit.clone());
        if let Some(part) = &mut claims[n] {
            part.category = category;
            part.unit = unit;
        }
    }

    /// "Les manifestants étaient 5 000 selon les syndicats ; la police en a compté 4 700": a
    /// bare figure after "en" counts the people counted last, in this sentence or the two before.
    fn resolve_en(&self, readings: &[Reading], claims: &mut [Option<Claim>], store: &ClaimStore) {
        for n in 0..claims.len() {
            if !readings[n].counts_en || !claims[n].as_ref().is_some_and(names_nothing) {
                continue;
            }
            // The nearest count, past shares of it ("1 845 personnes ont été tuées, soit 58 % du
            // total ; les agglomérations en comptent 1 052"): "inspecteurs du travail : la région
            // en compterait 150" counts no one counted before.
            let counts_people = |c: &&Claim| c.unit == Unit::People && c.category != "count";
            let count = |c: &&Claim| c.unit != Unit::Percent;
            let earlier = claims[..n]
                .iter()
                .rev()
                .flatten()
                .find(count)
                .or_else(|| {
                    self.earlier_in_article(store)
                        .take_while(|c| self.sentence_index - c.sentence <= 2)
                        .find(count)
                })
                .filter(counts_people);
            let Some((category, unit)) = earlier.map(|c| (c.category.clone(), c.unit.clone()))
            else {
                continue;
            };
            if let Some(claim) = &mut claims[n] {
                claim.category = category;
                claim.unit = unit;
            }
        }
    }

    /// "Among them, 9 were soldiers, 2 police officers and 3 civilians": a sentence that opens on
    /// a pronoun breaks down the last people counted before it.
    fn link_to_earlier_whole(
        &self,
        readings: &[Reading],
        of_things: bool,
        ids: &[Option<ClaimId>],
        claims: &mut [Option<Claim>],
        store: &ClaimStore,
    ) {
        // "Of those detained, 31 …": the whole counts what the frame names.
        let frame = readings
            .first()
            .and_then(|r| r.frame)
            .and_then(|id| self.lexicon.categories.get(usize::from(id)));
        // "Of those, 198 flights were cancelled at Fiumicino, …": parts that count things
        // divide a count of things.
        let things = (of_things || readings.iter().any(|r| r.head_thing))
            && !readings
                .iter()
                .any(|r| r.head_people || r.head_group.is_some());
        let unit = if things { Unit::Things } else { Unit::People };
        // The last people (or things) counted; of a list ("…, 380 in the capital and 120 in La
        // Ceiba. Of those held, 94 …"), its first part, which stands for the list.
        let can_be_whole = |c: &&Claim| {
            c.unit == unit && c.part_of.is_none() && frame.is_none_or(|f| *f == c.category)
        };
        // "In the 24 hours to Tuesday, 15 died. Of those deaths, nine …": the pronoun's figure
        // is in the sentence before, even one set apart from the story's tolls.
        // Of those, the one that can hold the parts: "87 cas depuis le début de l'année, contre
        // 11 en 2023. Parmi eux, 52 enfants …".
        let largest_part = largest_value(claims.iter().flatten());
        // The nearest that holds them and is not set apart, else the nearest that holds them.
        let just_before = || {
            self.earlier_in_article(store)
                .take_while(|c| c.sentence + 1 == self.sentence_index)
                .filter(can_be_whole)
                .min_by_key(|c| (c.value < largest_part, c.reference))
        };
        let earlier = || {
            self.earlier_in_article(store)
                .filter(can_be_whole)
                .find(|c| !c.reference)
        };
        let Some(whole) = just_before().or_else(earlier) else {
            return;
        };
        // The parts are listed together: not "…, which said the first cases were on a 28-bed
        // ward" further on.
        let joined = |m: usize| {
            readings[m].and_next || readings[m].comma_joined || readings[m].joined_to_next
        };
        let mut linked: Vec<usize> = Vec::new();
        for (n, (reading, claim)) in readings.iter().zip(claims.iter_mut()).enumerate() {
            if linked.last().is_some_and(|&m| m + 1 == n && !joined(m)) {
                break;
            }
            let Some(part) = claim else { continue };
            if part.part_of.is_some() || !(names_nothing(part) || part.unit == Unit::People) {
                continue;
            }
            part.part_of = Some(whole.list.unwrap_or(whole.id));
            part.reference |= whole.reference;
            if reading.event.is_none() && reading.head_category.is_none() && reading.frame.is_none()
            {
                part.category.clone_from(&whole.category);
                part.unit = whole.unit.clone();
            }
            linked.push(n);
        }
        // "Of those, 198 flights were cancelled at Fiumicino, 126 at Malpensa and 64 at
        // Naples": parts given place by place are a list that must add up to the whole.
        let place_by_place = linked.len() > 1
            && linked.iter().all(|&n| {
                claims[n]
                    .as_ref()
                    .is_some_and(|c| c.place.is_some() && c.list.is_none())
            });
        if place_by_place {
            for &n in &linked {
                if let Some(part) = &mut claims[n] {
                    part.list = ids[linked[0]];
                }
            }
        }
    }

    /// "… neuf femmes et six enfants. Les deux autres victimes sont des hommes": the others
    /// are the last part of the list just given, in this sentence or the one before. "38 of
    /// the injured, while 31 others were taken to …": more of what the figure before counts,
    /// listed with it.
    fn link_the_others(
        &self,
        readings: &[Reading],
        ids: &[Option<ClaimId>],
        claims: &mut [Option<Claim>],
        store: &ClaimStore,
    ) {
        for n in 0..claims.len() {
            // The list the figure joins, what it counts, and the whole of that list if any.
            let joined = if readings[n].others && n > 0 {
                // Not "24 lits supplémentaires" after residents: more of a thing of its own.
                // Those taken to hospital may be more of the injured: "38 of the injured, while
                // 31 others were taken to hospital" (not "41 morts, après l'extraction de 9
                // corps supplémentaires", which the toll holds).
                // Not those the lexicon itself says are counted: "Two people died and 14 others
                // were rescued".
                let own = claims[n].as_ref().map(|c| c.category.clone());
                let said_counted = readings[n].trapped_or_rescued();
                let more = |before: &Claim| {
                    own.as_ref().is_some_and(|own| {
                        (own == "count" && !said_counted)
                            || (readings[n].to_hospital && *own == before.category)
                            // "Seventeen people died on the spot while four others
                            // succumbed in hospital": more of the dead, not a toll of its own.
                            || (readings[n].others_than
                                && own == "deaths"
                                && *own == before.category
                                && before.part_of.is_none())
                    })
                };
                let own_whole = claims[n].as_ref().and_then(|c| c.part_of);
                let before = claims[n - 1].as_mut().filter(|c| {
                    !readings[n].head_thing
                        && more(c)
                        && c.unit == Unit::People
                        && c.category != "count"
                });
                // "rose to 26 on Friday, with seven more persons succumbing": the rise, within
                // the new count, not listed with it.
                let rise = readings[n - 1].update;
                before.map(|before| {
                    if !rise {
                        before.list = before.list.or(ids[n - 1]);
                    }
                    (
                        before.category.clone(),
                        before.list.filter(|_| !rise),
                        own_whole,
                    )
                })
            } else if readings[n].the_others && !readings[n].head_thing {
                // Not "les neuf autres départements (22 tués)": the rest of the places.
                let listed = |c: &&Claim| {
                    (c.list.is_some() || c.part_of.is_some()) && c.unit == Unit::People
                };
                let in_sentence = (0..n).rev().find_map(|m| claims[m].as_ref().filter(listed));
                let before = || {
                    self.earlier_in_article(store)
                        .take_while(|c| c.sentence + 1 >= self.sentence_index)
                        .find(listed)
                };
                in_sentence
                    .or_else(before)
                    .map(|last| (last.category.clone(), last.list, last.part_of))
            } else {
                None
            };
            match (joined, &mut claims[n]) {
                (Some((category, list, part_of)), Some(part)) => {
                    part.category = category;
                    part.unit = Unit::People;
                    part.list = list;
                    part.part_of = part_of;
                }
                // "The other two victims were …" with no list before: the rest of a toll
                // counted elsewhere, never a toll of its own.
                (None, Some(rest)) if readings[n].the_others => rest.reference = true,
                _ => {}
            }
        }
    }

    /// "cinq commerçants, trois éleveurs et deux gendarmes figurent parmi les victimes", "Two
    /// children were among the dead": people said to be among a toll after they are counted are
    /// some of it, parts of the last such toll (victims are the dead where the story counts
    /// any).
    fn link_parts_named_among_a_toll(
        &self,
        (items, words): (&[Item], &[&str]),
        figure_items: &[usize],
        claims: &mut [Option<Claim>],
        store: &ClaimStore,
    ) {
        let Some((at, named)) = words.windows(4).enumerate().find_map(|(j, w)| match w {
            [
                "figurent" | "figure" | "comptent" | "were" | "are",
                "parmi" | "among",
                "les" | "the",
                named @ ("victimes" | "victims" | "morts" | "dead" | "tués" | "blessés" | "injured"),
            ] => Some((j, *named)),
            _ => None,
        }) else {
            return;
        };
        let category = match named {
            "victimes" | "victims" if self.story_counts_deaths(store) => "deaths",
            "morts" | "dead" | "tués" => "deaths",
            "blessés" | "injured" => "injured",
            _ => return,
        };
        let whole = self.last_count_of(category, store).map(|c| c.id);
        for (claim, &k) in claims.iter_mut().zip(figure_items) {
            if let Some(part) = claim
                .as_mut()
                // ("deux gendarmes" among the victims are dead, not deployed.)
                // Not past a semicolon: "1,100 officers had been on duty; two officers were
                // among the dead".
                .filter(|c| {
                    k < at
                        && !self.text[items[k].end..items[at].start].contains(';')
                        && c.part_of.is_none()
                        && (names_nothing_of_people(c) || c.category == "troops")
                })
            {
                part.category = category.to_string();
                part.unit = Unit::People;
                part.part_of = whole;
                part.list = None;
            }
        }
    }

    /// "La veille, 180 personnes avaient été interpellées", "the night before, 14 people had
    /// been held": the arrests of an earlier night or day of unrest are that night's, not a
    /// count of all to hold against tonight's.
    fn set_apart_arrests_of_an_earlier_night(
        words: &[&str],
        figure_items: &[usize],
        claims: &mut [Option<Claim>],
    ) {
        for (claim, &k) in claims.iter_mut().zip(figure_items) {
            let Some(claim) = claim.as_mut().filter(|c| c.category == "arrests") else {
                continue;
            };
            let earlier = (k.saturating_sub(10)..k).any(|j| {
                matches!(
                    &words[j..k],
                    ["la", "veille", ..]
                        | ["la", "nuit" | "journée" | "soirée", "précédente", ..]
                        | ["précédente" | "première", "journée" | "nuit" | "soirée", ..]
                        | ["the", "previous" | "first", "night" | "day" | "evening", ..]
                        | ["the", "night" | "day" | "evening", "before", ..]
                )
            });
            if earlier {
                claim.reference = true;
            }
        }
    }

    /// "19 suspects restaient en garde à vue", "12 remain in hospital": those still held or
    /// treated after a larger count of their story (a dispatch before, or its own) are some of
    /// it, not another count of all; so are those of a headline ("Derby disorder: 14 remain in
    /// custody"), whose body counts the whole. Held against nothing (as parts they would
    /// overlap the breakdowns given before).
    fn set_apart_those_still_held(
        &self,
        words: &[&str],
        figure_items: &[usize],
        claims: &mut [Option<Claim>],
        store: &ClaimStore,
    ) {
        for (n, (claim, &k)) in claims.iter_mut().zip(figure_items).enumerate() {
            let Some(claim) = claim.as_mut().filter(|c| c.part_of.is_none()) else {
                continue;
            };
            // Past a noun of three words: "9 gardes à vue sont toujours en cours"; not past
            // the next figure ("Of the 17 arrested, nine remain in custody").
            let end = figure_items
                .get(n + 1)
                .map_or(words.len(), |&next| next)
                .min(k + 6);
            let still = words[k + 1..end].iter().any(|w| {
                matches!(
                    *w,
                    "still"
                        | "remain"
                        | "remained"
                        | "remains"
                        | "restaient"
                        | "restent"
                        | "toujours"
                )
            });
            if !still || !matches!(claim.category.as_str(), "arrests" | "injured") {
                continue;
            }
            let (file, story) = (self.file, self.article.story);
            let larger_before = store
                .all()
                .iter()
                .rev()
                .take_while(|c| c.file == file && c.story == story)
                .take(PARTITIVE_REACH)
                .any(|c| {
                    c.category == claim.category
                        && c.part_of.is_none()
                        && !c.reference
                        && c.value > claim.value
                });
            if claim.headline || larger_before {
                claim.reference = true;
            }
        }
    }

    /// The article's last count of `category` that stands alone: no part, list or figure set
    /// apart.
    fn last_count_of<'s>(&self, category: &str, store: &'s ClaimStore) -> Option<&'s Claim> {
        self.earlier_in_article(store).find(|c| {
            c.category == category && c.part_of.is_none() && c.list.is_none() && !c.reference
        })
    }

    /// Whether this dispatch, or one before it in its story, has counted deaths.
    fn story_counts_deaths(&self, store: &ClaimStore) -> bool {
        let (file, story) = (self.file, self.article.story);
        store
            .all()
            .iter()
            .rev()
            .take_while(|c| c.file == file && c.story == story)
            .take(PARTITIVE_REACH)
            .any(|c| c.category == "deaths")
    }

    /// The claims already read in this sentence's article, latest first; bounded, so that a file
    /// that is one endless article stays linear.
    fn earlier_in_article<'s>(&self, store: &'s ClaimStore) -> impl Iterator<Item = &'s Claim> {
        let (file, article) = (self.file, self.article_index);
        store
            .all()
            .iter()
            .rev()
            .take_while(move |c| c.file == file && c.article == article)
            .take(PARTITIVE_REACH)
    }

    /// "Nearly 60 people were treated; 31 were taken to the Northern General and nine to the
    /// Royal Hallamshire, while the rest were discharged": a list followed by the rest of those
    /// counted is no sum of all of them, but some of the larger figure before it, in its
    /// sentence or the one before. Its parts become parts of that figure (held below it, not
    /// equal to it).
    fn break_down_lists_with_a_rest(
        &self,
        words: &[&str],
        figure_items: &[usize],
        ids: &[Option<ClaimId>],
        claims: &mut [Option<Claim>],
        store: &ClaimStore,
    ) {
        // Most sentences hold no list: their words are not searched.
        if claims.iter().flatten().all(|c| c.list.is_none()) {
            return;
        }
        let rest = words.windows(2).rposition(|pair| {
            matches!(
                pair,
                ["the", "rest" | "remainder"] | ["le", "reste"] | ["les", "autres"]
            )
        });
        // "Those killed were four Britons, two Germans and a Swiss guide": one more, uncounted,
        // ends the list.
        let one_more = || {
            let last = *figure_items.last()?;
            (last + 2..words.len().min(last + 5))
                .find(|&j| matches!(words[j - 1..=j], ["and" | "et", "a" | "an" | "un" | "une"]))
                .filter(|&j| !figure_items.contains(&(j + 1)) && !figure_items.contains(&(j + 2)))
        };
        let (rest, near) = match rest {
            Some(rest) => (Some(rest), true),
            None => (one_more(), false),
        };
        // The list that ends last before "the rest".
        let Some(last) = rest.and_then(|rest| figure_items.iter().rposition(|&k| k < rest)) else {
            return;
        };
        let Some(part) = claims[last].clone().filter(|c| c.list.is_some()) else {
            return;
        };
        let members: Vec<usize> = (0..=last)
            .filter(|&n| claims[n].as_ref().is_some_and(|c| c.list == part.list))
            .collect();
        let sum: f64 = members
            .iter()
            .filter_map(|&n| claims[n].as_ref().map(|c| c.value))
            .sum();
        let holds = |c: &Claim| {
            c.category == part.category && c.unit == part.unit && c.list.is_none() && c.value > sum
        };
        let in_sentence = (0..members[0])
            .rev()
            .find(|&m| claims[m].as_ref().is_some_and(holds))
            .and_then(|m| ids[m]);
        // (The whole of a list with one more may be further back: the story's toll.)
        let before = || {
            self.earlier_in_article(store)
                .take_while(|c| !near || c.sentence + 1 >= self.sentence_index)
                .find(|c| holds(c))
                .map(|c| c.id)
        };
        if let Some(whole) = in_sentence.or_else(before) {
            for &n in &members {
                if let Some(claim) = &mut claims[n] {
                    claim.list = None;
                    claim.part_of = Some(whole);
                }
            }
        }
    }

    /// "The death toll rose to 24. By Wednesday the bodies of 21 victims had been recovered":
    /// bodies found after a larger toll of the same day are some of it, a group of their own
    /// that the rules compare with the toll only when it holds more. Bodies with no such toll
    /// before them are the toll ("Nine bodies recovered", updated to 16 the next day).
    fn keep_bodies_apart(&self, claims: &mut [Option<Claim>], store: &ClaimStore) {
        for n in 0..claims.len() {
            let Some(found) = claims[n]
                .as_ref()
                .filter(|c| c.group.as_deref() == Some(crate::claim::BODIES))
            else {
                continue;
            };
            let toll = |c: &Claim| {
                c.category == "deaths"
                    && c.group.is_none()
                    && c.part_of.is_none()
                    && c.value > found.value
                    && c.date == found.date
            };
            let after_toll =
                claims[..n].iter().flatten().any(toll) || self.earlier_in_article(store).any(toll);
            if !after_toll {
                if let Some(c) = &mut claims[n] {
                    c.group = None;
                }
            }
        }
    }

    /// "14 des blessés": a part of the last figure of the article that counts the same thing.
    fn link_partitives(
        &self,
        readings: &[Reading],
        ids: &[Option<ClaimId>],
        claims: &mut [Option<Claim>],
        store: &ClaimStore,
    ) {
        for n in 0..claims.len() {
            let Some(part) = claims[n]
                .as_ref()
                .filter(|c| readings[n].partitive && c.part_of.is_none())
            else {
                continue;
            };
            // "Trois d'entre eux", "210 of them": a part that names nothing divides the figure
            // just before it, or else the last people counted.
            let divides_anything = readings[n].pronoun && names_nothing(part);
            // "Deux des victimes sont des enfants": some of the dead counted last (victims are
            // the dead where the text counts any).
            let of_victims = readings[n].of_victims && part.category == "count";
            // "up from 29 deaths a week earlier" is given for comparison: no whole.
            let same = |c: &Claim| {
                !c.reference
                    && if divides_anything {
                        c.unit == Unit::People
                    } else if of_victims {
                        c.category == "deaths" && c.value >= part.value
                    } else {
                        // "212 of the suspected cases": the noun after "of the" is not read.
                        c.category == part.category && (c.unit == part.unit || names_nothing(part))
                    }
            };
            // The whole's id, category and unit: people or things, not "60 kilometres away,
            // and five of them".
            // "146 personnes mordues depuis le début de l'année, et plus de 90 d'entre elles":
            // a pronoun in the sentence stands for its figure, set apart or not.
            // Not one many times smaller: "lightning struck two substations; supply had been
            // restored to 17,500 of them" divides the households counted before. (A part a
            // little larger than its whole is a mistake the breakdown rule reports.)
            let in_sentence = (n.saturating_sub(PARTITIVE_REACH)..n).rev().find_map(|m| {
                let counted = |c: &Claim| matches!(c.unit, Unit::People | Unit::Things);
                let c = claims[m].as_ref().filter(|c| {
                    (same(c) || (divides_anything && counted(c))) && c.value * 10.0 >= part.value
                })?;
                Some((ids[m]?, c.category.clone(), c.unit.clone()))
            });
            let earlier = || {
                // "Sept lions se sont échappés. Quatre d'entre eux …": a count of the sentence
                // just before that can hold the part, of people if it has one.
                let just_before = || {
                    self.earlier_in_article(store)
                        .take_while(|c| c.sentence + 1 == self.sentence_index)
                        .filter(|c| divides_anything && !c.reference && c.value >= part.value)
                        .filter(|c| matches!(c.unit, Unit::People | Unit::Things))
                        .min_by_key(|c| c.unit != Unit::People)
                };
                just_before()
                    .or_else(|| {
                        // A whole is rather larger than its part: "Of 86 wells, 61 were dirty.
                        // … 212 of the suspected cases" divides the 1,240 cases counted before;
                        // "41 of the deaths" after a toll of 38, with no larger one, divides it;
                        // not "around 90 of those affected" the 20 to 30 agency workers.
                        self.earlier_in_article(store)
                            .filter(|c| {
                                same(c) && c.part_of.is_none() && c.value * 1.5 >= part.value
                            })
                            .min_by_key(|c| c.value < part.value)
                    })
                    .map(|c| (c.id, c.category.clone(), c.unit.clone()))
            };
            let next = || {
                let c = claims.get(n + 1)?.as_ref()?;
                let whole_next = readings[n].whole_next && c.value >= part.value;
                whole_next.then(|| Some((ids[n + 1]?, c.category.clone(), c.unit.clone())))?
            };
            let whole_next = next();
            // "Nine of the 11 dead": a part that names nothing counts what its whole counts when
            // the word right after the whole says it ("dead", not "divers trapped").
            let of_the_next = whole_next.is_some()
                && names_nothing(part)
                && readings.get(n + 1).is_some_and(|r| r.category_word);
            let Some((whole, category, unit)) = whole_next.or(in_sentence).or_else(earlier) else {
                continue;
            };
            if let Some(part) = &mut claims[n] {
                part.part_of = Some(whole);
                if divides_anything || of_victims || of_the_next {
                    part.category.clone_from(&category);
                    part.unit = unit.clone();
                }
            }
            // "97 of those detained remained in custody and 52 had been released", "29 of the
            // victims were motorcyclists, nine were car occupants and six were pedestrians": the
            // next figures of the list, naming nothing of their own, are more parts of the whole.
            let mut m = n;
            let counted = matches!(unit, Unit::People | Unit::Things);
            while counted && (readings[m].joined_to_next || readings[m].comma_joined) {
                m += 1;
                let Some(Some(next)) = claims.get_mut(m).filter(|_| readings[m].bare) else {
                    break;
                };
                if next.part_of.is_some() || !(names_nothing(next) || next.category == category) {
                    break;
                }
                next.part_of = Some(whole);
                next.category.clone_from(&category);
                next.unit = unit.clone();
            }
        }
    }

    /// "un milliard de livres (1,16 milliard d'euros)": two amounts in different currencies,
    /// the second in brackets right after the first, are the same sum.
    fn link_equivalents(&self, ids: &[Option<ClaimId>], claims: &mut [Option<Claim>]) {
        for n in 1..claims.len() {
            let (Some(a), Some(b)) = (&claims[n - 1], &claims[n]) else {
                continue;
            };
            let between = self
                .text
                .get(a.span.end as usize..b.span.start as usize)
                .unwrap_or("");
            let bracketed = between.contains('(') && !between.contains(')') && between.len() < 40;
            let (Unit::Currency(x), Unit::Currency(y)) = (&a.unit, &b.unit) else {
                continue;
            };
            if bracketed && x != y {
                let (first, second) = (ids[n - 1], ids[n]);
                if let Some(a) = &mut claims[n - 1] {
                    a.equivalent = second;
                }
                if let Some(b) = &mut claims[n] {
                    b.equivalent = first;
                }
            }
        }
    }

    /// "En mai, le chavirement d'une pirogue avait fait 12 morts", "Last March, 40 homes were
    /// lost", "A similar operation last May led to 38 arrests": a sentence set in another month
    /// than the article's tells of another event.
    fn is_set_in_another_month(&self, items: &[Item], words: &[&str]) -> bool {
        // `words` keeps "March" capitalised (see `extract`).
        let month_number =
            |w: &str| crate::date::month_number(if w == "March" { "march" } else { w });
        // "A similar operation last May led to 38 arrests", "en mai dernier": a month past,
        // wherever the sentence names it.
        let past_month = words.windows(2).any(|pair| match pair {
            ["last", month] => month_number(month).is_some(),
            [month, "dernier"] => month_number(month).is_some(),
            _ => false,
        });
        if past_month {
            return true;
        }
        let another_month = |month: &str| {
            month_number(month).is_some_and(|m| self.article.date.is_some_and(|d| d.month() != m))
        };
        // "un autre car avait été impliqué en mars dans un accident ayant fait 5 morts": a
        // month named with a pluperfect, wherever in the sentence.
        let pluperfect = words
            .iter()
            .any(|w| matches!(*w, "avait" | "avaient" | "had"));
        // Not a place named after a month: "evacuated in May Pen".
        let a_month_at = |j: usize| {
            another_month(words[j]) && !(j + 1 < items.len() && self.is_name(items, j + 1))
        };
        if pluperfect
            && (1..words.len()).any(|j| matches!(words[j - 1], "en" | "in") && a_month_at(j))
        {
            return true;
        }
        // "after the Dhenkinala collision in March, which left 31 dead": a month that a
        // relative clause says what happened in.
        let relative = (2..words.len()).any(|j| {
            matches!(words[j - 2], "en" | "in")
                && matches!(words[j], "which" | "when" | "qui" | "lorsque")
                && a_month_at(j - 1)
        });
        if relative {
            return true;
        }
        // The sentence, or a clause after a colon ("the second this summer: in June, three
        // people died"), opens with the month.
        let opens =
            |j: usize| j == 0 || self.text[items[j - 1].end..items[j].start].contains([':', ';']);
        (0..words.len()).any(|j| {
            if !matches!(words[j], "en" | "in" | "last" | "au") || !opens(j) {
                return false;
            }
            match &words[j..] {
                ["en" | "in" | "last", _, ..] => a_month_at(j + 1),
                ["au", "mois", "de", _, ..] => a_month_at(j + 3),
                _ => false,
            }
        })
    }

    /// The places the sentence names, by clause: a place word of the lexicon ("à", "en",
    /// "in") followed by capitalised words ("à Almaty", "en Suisse", "in New York").
    fn places(&self, items: &[Item], words: &[&str], cues: &Cues<'_>) -> Vec<(usize, u32, String)> {
        let mut found = Vec::new();
        for (j, cue) in cues.iter().enumerate() {
            // "Dans le reste du pays, 96 personnes", "Elsewhere, 12 died": the places not
            // named before, apart from each of them.
            if let Some(n) = rest_of_the_country(&words[j..])
                .filter(|_| j == 0 || !matches!(words[j - 1], "par" | "d"))
            {
                let last = (j + n - 1).min(items.len() - 1);
                found.push((
                    j,
                    items[j].clause,
                    self.text[items[j].start..items[last].end].to_string(),
                ));
                continue;
            }
            let Some(n) = cue
                .iter()
                .find_map(|&(n, c)| matches!(c, Cue::Place).then_some(n))
            else {
                continue;
            };
            // "En visite à Brignoles, le ministre a évoqué neuf morts", "Speaking in Leeds": where
            // the speaker is, not where the figures are.
            let visiting = (j.saturating_sub(4)..j).any(|i| {
                items[i].clause == items[j].clause
                    && matches!(
                        words[i],
                        "visite"
                            | "déplacement"
                            | "visit"
                            | "visiting"
                            | "speaking"
                            // "due to appear at Glasgow Sheriff Court": where they will be.
                            | "appear"
                            | "appearing"
                    )
            });
            let same_clause = |x: usize| x < items.len() && items[x].clause == items[j].clause;
            // "told reporters in Kabwe that 36 people had died": where it was said, when a verb
            // of saying comes before the place and "that" after it.
            let where_said = || {
                (j + n + 1..(j + n + 5).min(words.len()))
                    .take_while(|&i| same_clause(i))
                    .any(|i| matches!(words[i], "that" | "que" | "qu"))
                    && (j.saturating_sub(4)..j).any(|i| {
                        same_clause(i) && cues[i].iter().any(|(_, c)| matches!(c, Cue::SourceVerb))
                    })
            };
            if visiting || where_said() {
                continue;
            }
            // "in the UK", "in the Philippines", "dans le Gard", "dans la Drôme": the article
            // comes before the name.
            let mut first = j + n;
            if same_clause(first + 1) && matches!(words[first], "the" | "le" | "la" | "l" | "les") {
                first += 1;
            }
            if same_clause(first) && !self.is_name(items, first) {
                first = named_area(words, first).unwrap_or(first);
            }
            if !same_clause(first) || items[first].figure.is_some() || !self.is_name(items, first) {
                continue;
            }
            let mut end = first;
            loop {
                let name_at = |j: usize| {
                    same_clause(j) && items[j].figure.is_none() && self.is_name(items, j)
                };
                if end - first >= 3 {
                    break;
                } else if name_at(end + 1) {
                    end += 1;
                } else if same_clause(end + 2)
                    && matches!(words[end + 1], "del" | "de" | "da" | "do" | "dos" | "das")
                    && name_at(end + 2)
                {
                    // "Surigao del Sur", "Rio de Janeiro".
                    end += 2;
                } else {
                    break;
                }
            }
            // "at the Korvath-3 mine", "Apollo 11": a numbered name is a thing, not a place.
            let numbered = same_clause(end + 1)
                && words[end + 1]
                    .bytes()
                    .next()
                    .is_some_and(|b| b.is_ascii_digit());
            if numbered {
                continue;
            }
            found.push((
                j,
                items[j].clause,
                self.text[items[first].start..items[end].end].to_string(),
            ));
        }
        found
    }

    /// "- Ardena: 19,640 cases, 48 deaths": the name a bullet line opens with, before a colon,
    /// is the place of its figures (a breakdown given place by place). Not a word of the
    /// lexicon ("- Deaths: 48", "- Total: 87").
    fn bullet_label(&self, items: &[Item], cues: &Cues<'_>, opening_len: usize) -> Option<&'a str> {
        let (first, last) = (items.first()?, items.get(opening_len.checked_sub(1)?)?);
        let next = items.get(opening_len)?;
        let line_start = self.line_start(first.start)?;
        let lead = self.text[line_start..first.start].trim();
        let bulleted = lead.chars().count() == 1 && lead.starts_with(BULLETS);
        let named = opening_len <= 3
            && (0..opening_len)
                .all(|j| items[j].figure.is_none() && self.is_name(items, j) && cues[j].is_empty());
        let colon = self.text[last.end..next.start].contains(':');
        (bulleted && named && colon).then(|| &self.text[first.start..last.end])
    }

    /// The start of the line that holds byte `at`, when it is at most [`LINE_REACH`] bytes
    /// back: a text with no line breaks is not searched from every sentence to its start.
    fn line_start(&self, at: usize) -> Option<usize> {
        let mut from = at.saturating_sub(LINE_REACH);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        match self.text[from..at].rfind('\n') {
            Some(i) => Some(from + i + 1),
            None => (from == 0).then_some(0),
        }
    }

    /// The name that ends right before item `end` ("…, la Provence-Alpes-Côte d'Azur, où"),
    /// with its inner particles, as written.
    fn name_ending_at(&self, items: &[Item], words: &[&str], end: usize) -> Option<&'a str> {
        let last = end.checked_sub(1).filter(|&j| self.is_name(items, j))?;
        let mut first = last;
        // "Suivent Dabiré, avec 640 cas": the verb that opens a ranking is no part of a name.
        let ranking_verb = |j: usize| j == 0 && matches!(words[0], "suivent" | "viennent");
        while first > 0 {
            if self.is_name(items, first - 1) && !ranking_verb(first - 1) {
                first -= 1;
            } else if first > 1
                && matches!(words[first - 1], "d" | "de" | "du" | "del" | "of")
                && self.is_name(items, first - 2)
            {
                first -= 2;
            } else {
                break;
            }
        }
        // Not the first word of a sentence, which any word may be.
        (first > 0 || last > 0).then(|| &self.text[items[first].start..items[last].end])
    }

    /// "L'Auvergne-Rhône-Alpes est la région la plus touchée, avec 412 décès", "Rundu is the
    /// worst-hit district, with 612 cases": a name the sentence opens with, said to be an area,
    /// is where its figures are.
    fn subject_place(&self, items: &[Item], words: &[&str]) -> Option<&'a str> {
        if let Some(name) = self.named_area_first(items, words) {
            return Some(name);
        }
        let copula =
            |w: &&str| matches!(*w, "est" | "reste" | "demeure" | "is" | "was" | "remains");
        // Most sentences have no copula among their first words: no name is looked at.
        if !words.iter().take(6).any(copula) {
            return None;
        }
        let start = usize::from(matches!(words.first(), Some(&("l" | "le" | "la" | "the"))));
        let mut end = start;
        while end < items.len() && items[end].figure.is_none() && self.is_name(items, end) {
            end += 1;
        }
        let copula = words.get(end).is_some_and(copula);
        // "Le Nord-Kivu reste l'épicentre, avec 171 décès".
        let area = words
            .get(end + 1..(end + 8).min(words.len()))?
            .iter()
            .any(|w| {
                is_area_noun(w)
                    || matches!(
                        *w,
                        "ville"
                            | "pays"
                            | "city"
                            | "country"
                            | "town"
                            | "épicentre"
                            | "epicentre"
                            | "epicenter"
                    )
            });
        (end > start && copula && area).then(|| &self.text[items[start].start..items[end - 1].end])
    }

    /// "Nagpur recorded the highest number, with 88 deaths", "Rundu district remains the worst
    /// hit with 14 deaths", "El Gureir locality accounted for 21 deaths", "la zone de santé de
    /// Kamina concentre 27 décès", "L'Occitanie arrive en tête avec 512 morts": a name that a
    /// verb of recording or ranking has for subject, said to be an area or ranked, is where
    /// the figure after the verb is. (A name that is no area, "WHO recorded 27 deaths", is
    /// left alone.)
    #[inline(never)]
    fn recording_place(
        &self,
        items: &[Item],
        words: &[&str],
        k: usize,
        ranking_from: Option<usize>,
    ) -> Option<&'a str> {
        let clause = items[k].clause;
        // "…, followed by Nkurenkuru with 398 cases and seven deaths and Mashare with 301 cases
        // and four deaths", "devant celles de Malemba-Nkulu (734 cas, 19 décès), Bukama (402
        // cas, 11 décès)": once a ranking goes on, the name before "with" or a bracket.
        if ranking_from.is_some_and(|j| j < k) {
            let named = (k.saturating_sub(7)..k).rev().find(|&j| {
                self.is_name(items, j)
                    && (matches!(words.get(j + 1), Some(&("with" | "avec")))
                        || self.text[items[j].end..items[j + 1].start].contains('('))
            });
            if let Some(name) = named.and_then(|end| self.name_ending_at(items, words, end + 1)) {
                return Some(name);
            }
        }
        // Past the figures before it: "concentre 1 012 cas et 27 décès"; and past a comma
        // before "with": "Arkansas was hardest hit, with 12 deaths".
        let opens_with_with = matches!(
            words.get(clause_items(items, clause).start),
            Some(&("with" | "avec"))
        );
        let verb = (k.saturating_sub(10)..k)
            .rev()
            .take_while(|&j| {
                items[j].clause == clause || (opens_with_with && items[j].clause + 1 == clause)
            })
            .find(|&j| {
                matches!(
                    words[j],
                    "recorded"
                        | "registered"
                        | "reported"
                        | "accounted"
                        | "accounts"
                        | "remains"
                        | "is"
                        | "was"
                        | "concentre"
                        | "concentrait"
                        | "recense"
                        | "enregistre"
                        | "arrive"
                        | "reste"
                        | "est"
                )
            })?;
        // "Nuevo León has recorded the highest toll": past an auxiliary.
        let verb_start =
            verb - usize::from(verb > 0 && matches!(words[verb - 1], "has" | "have" | "had" | "a"));
        let area_after = verb_start > 0 && is_area_noun(words[verb_start - 1]);
        let end = verb_start - usize::from(area_after);
        let mut start = end;
        while start > 0
            && items[start - 1].figure.is_none()
            && items[start - 1].clause == items[verb].clause
            && self.is_name(items, start - 1)
        {
            start -= 1;
        }
        // "L'Auvergne-Rhône-Alpes est la région …": not the article.
        if start < end && matches!(words[start], "l" | "le" | "la" | "the") {
            start += 1;
        }
        if start == end {
            return None;
        }
        let area_before = (start.saturating_sub(4)..start).any(|j| is_area_noun(words[j]));
        let ranked = words[verb + 1..k].iter().any(|w| {
            matches!(
                *w,
                "highest"
                    | "most"
                    | "worst"
                    | "hardest"
                    | "heaviest"
                    | "bulk"
                    | "tête"
                    | "plus"
                    | "largest"
            )
        });
        (area_after || area_before || ranked)
            .then(|| &self.text[items[start].start..items[end - 1].end])
    }

    /// "Le district sanitaire de Bakassoum, …, est le plus touché avec 29 décès", "The district
    /// of Rundu recorded 612 cases", "Suivent Doulanga, avec 11 décès", "Viennent ensuite
    /// Kasama et Mpika": an area the sentence opens on, by its kind or in a ranking.
    fn named_area_first(&self, items: &[Item], words: &[&str]) -> Option<&'a str> {
        let start = match words {
            ["suivent" | "viennent", "ensuite", "le" | "la" | "l", ..] => 3,
            ["suivent" | "viennent", "ensuite", ..] => 2,
            ["suivent" | "viennent", "le" | "la" | "l", ..] => 2,
            ["suivent" | "viennent", ..] => 1,
            ["le" | "la" | "l" | "the", area, ..] if is_area_noun(area) => {
                // Up to two adjectives: "le district sanitaire de", "la zone de santé de".
                (2..5).find(|&j| {
                    matches!(words.get(j), Some(&("de" | "du" | "d" | "of")))
                        && j + 1 < items.len()
                        && self.is_name(items, j + 1)
                        && !(2..j).any(|i| items[i].figure.is_some() || self.is_name(items, i))
                })? + 1
            }
            // "The neighbouring province of Kolam has reported …".
            ["the" | "la" | "le", "neighbouring" | "neighboring", ..] => named_area(words, 0)?,
            _ => return None,
        };
        let mut end = start;
        while end < items.len() && items[end].figure.is_none() && self.is_name(items, end) {
            end += 1;
        }
        (end > start).then(|| &self.text[items[start].start..items[end - 1].end])
    }

    /// "Présence 53, qui emploie 860 personnes", "the Boeing 737 freighter", "Local 401 said":
    /// a number glued to a name, with nothing it counts and no figure before it that it could
    /// go on listing ("Leeds 31, Bradford 17", "Golbey 97, Pont-à-Mousson 84" are lists).
    fn is_numbered_name(
        &self,
        q: &Quantity,
        reading: &Reading,
        (items, words): (&[Item], &[&str]),
        k: usize,
    ) -> bool {
        let plain = !reading.any_head
            && !reading.named_after_another
            && reading.qualifier.is_none()
            && q.currency.is_none()
            && !q.percent;
        if !plain || k < 2 || !self.is_name(items, k - 1) || items[k - 1].clause != items[k].clause
        {
            return false;
        }
        // A headline's capitals: "Death Toll Rises To 19".
        let preposition = matches!(
            words[k - 1],
            "to" | "at" | "in" | "on" | "by" | "from" | "of" | "for" | "with" | "over" | "than"
        );
        if preposition {
            return false;
        }
        // Not a word opening a quote: "« Seuls 9 chantiers sur 37 »".
        let opens_quote = self.text[items[k - 2].end..items[k - 1].start].contains(['«', '"', '“']);
        // A figure shortly before, past a comma or "and": an item of a list.
        let listed_after = (k.saturating_sub(12)..k - 1)
            .rev()
            .find(|&j| items[j].figure.is_some())
            .is_some_and(|j| {
                (j + 1..k - 1)
                    .any(|i| items[i].clause != items[j].clause || matches!(words[i], "and" | "et"))
            });
        // The next figure right after a name: the first item of a list.
        let listed_before = (k + 2..items.len().min(k + 6))
            .find(|&j| items[j].figure.is_some())
            .is_some_and(|j| self.is_name(items, j - 1));
        !opens_quote && !listed_after && !listed_before
    }

    /// The noun a count counts, in the singular, unless the count is held against no other
    /// count of it. Out of line: it runs for counts only.
    #[inline(never)]
    fn noun_of_a_count(
        &self,
        items: &[Item],
        words: &[&str],
        k: usize,
        reading: &Reading,
    ) -> Option<String> {
        let clause = items[k].clause;
        // A capacity ("licensed to carry 60"), the whole of a share ("14 de ses 68 pistes",
        // "41 des 96 résidents", "412 of its 640 flights") or a count said to be more or
        // others ("12 new cases", "the other five defendants") counts no thing that befell.
        // Nor those the lexicon says were trapped or rescued: the trapped of one dispatch are
        // the rescued of the next ("21 miners trapped", then "17 miners brought out alive").
        if reading.capacity || reading.trapped_or_rescued() {
            return None;
        }
        let whole_of_a_share = (k.saturating_sub(3)..k)
            .rev()
            .take_while(|&j| {
                items[j].figure.is_some()
                    || matches!(
                        words[j],
                        "de" | "des"
                            | "d"
                            | "of"
                            | "sur"
                            | "out"
                            | "the"
                            | "its"
                            | "their"
                            | "ses"
                            | "leurs"
                            | "les"
                    )
            })
            .any(|j| items[j].figure.is_some());
        let more_or_others = |j: usize| {
            matches!(
                words.get(j),
                Some(
                    &("other"
                        | "others"
                        | "another"
                        | "further"
                        | "additional"
                        | "new"
                        | "more"
                        | "extra"
                        | "remaining"
                        | "neighbouring"
                        | "neighboring"
                        | "autres"
                        | "nouveaux"
                        | "nouvelles"
                        | "supplémentaires"
                        | "voisins"
                        | "voisines")
                )
            )
        };
        // "un groupe de huit skieurs", "a party of 11 cavers": the whole of a group, whose
        // parts ("Sept skieurs ont été localisés") the text goes on to count.
        let a_group = k >= 2
            && matches!(
                words[k - 2..k],
                [
                    "groupe"
                        | "group"
                        | "party"
                        | "cordée"
                        | "expedition"
                        | "expédition"
                        | "convoi"
                        | "convoy",
                    "de" | "d" | "of"
                ]
            );
        // "will target 45 million children", "enough to treat 1,500 cases": a count to come.
        let to_come = (k.saturating_sub(5)..k)
            .rev()
            .take_while(|&j| items[j].clause == clause && items[j].figure.is_none())
            .any(|j| {
                matches!(
                    words[j],
                    "will"
                        | "would"
                        | "could"
                        | "may"
                        | "might"
                        | "shall"
                        | "enough"
                        | "pourrait"
                        | "pourraient"
                        | "devrait"
                        | "devraient"
                        | "sera"
                        | "seront"
                        | "va"
                        | "vont"
                )
            });
        if whole_of_a_share
            || a_group
            || to_come
            || more_or_others(k + 1)
            || (k > 0 && more_or_others(k - 1))
        {
            return None;
        }
        let j = reading
            .noun
            .or_else(|| self.unknown_noun(items, words, reading.head_words.clone()))?;
        Some(crate::claim::singular(words[j]))
    }

    /// A noun the lexicon does not know, right after a figure: "340 exploitations", and in
    /// English past one adjective, "3,412 local infections". `None` past a linking word, a
    /// verb or a name.
    fn unknown_noun(
        &self,
        items: &[Item],
        words: &[&str],
        after: std::ops::Range<usize>,
    ) -> Option<usize> {
        let noun = |j: usize| {
            !is_function_word(words[j])
                && !matches!(
                    words[j],
                    "et" | "and" | "ou" | "or" | "but" | "mais" | "of" | "de" | "des" | "du"
                )
                && !is_auxiliary(words[j], self.article.lang)
                && words[j].chars().all(char::is_alphabetic)
                && !self.is_name(items, j)
        };
        let first = after.clone().next().filter(|&j| noun(j))?;
        if self.article.lang == Lang::Fr {
            return Some(first);
        }
        // English puts the noun last: "17 fire safety violations", but "46 survivors came".
        let plural = after
            .take_while(|&j| noun(j))
            .take_while(|&j| !words[first].ends_with('s') || j == first)
            .filter(|&j| words[j].ends_with('s'))
            .last();
        Some(plural.unwrap_or(first))
    }

    /// A capitalised word that is no month, weekday or sentence opener.
    fn is_name(&self, items: &[Item], j: usize) -> bool {
        let word = &self.text[items[j].start..items[j].end];
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
        let lower = word.to_lowercase();
        crate::date::month_number(&lower).is_none() && weekday_number(&lower).is_none()
    }

    /// Words and figures of the sentence, with clause numbers; the words lowercased into one
    /// buffer rather than one string each.
    fn items(&self, quantities: &[Quantity], items: &mut Vec<Item>, lowercase: &mut String) {
        let sentence = &self.text[self.span.range()];
        let base = self.span.start as usize;
        items.clear();
        lowercase.clear();
        // Words are at least two bytes apart: no regrowth.
        items.reserve(sentence.len() / 2 + quantities.len() + 1);
        lowercase.reserve(sentence.len());
        let mut clause = 0;
        let mut last_end = base;
        let mut figures = quantities.iter().enumerate().peekable();
        let scare = scare_quotes(sentence, base);
        let restated = self.restatements(quantities);
        let restated_at = |at: usize| restated.iter().find(|r| r.contains(&at));
        let mut push = |items: &mut Vec<Item>, start: usize, end: usize, word, figure| {
            // Past a restatement in digits, as if it were not there.
            let from = restated
                .iter()
                .find(|r| (last_end..start).contains(&r.start))
                .map_or(last_end, |r| r.end)
                .min(start);
            let gap = &self.text[from..start];
            // Most gaps are one space: a byte scan first.
            let ascii_mark = gap
                .bytes()
                .any(|b| matches!(b, b',' | b';' | b':' | b'(' | b')' | b'"'));
            let punctuation = (ascii_mark || !gap.is_ascii())
                && gap.char_indices().any(|(i, c)| match c {
                    ',' | ';' | ':' | '(' | ')' | '—' | '–' => true,
                    '"' | '«' | '“' => !scare.contains(&(from + i)),
                    _ => false,
                });
            if punctuation {
                clause += 1;
            }
            items.push(Item {
                start,
                end,
                word,
                figure,
                clause,
            });
            last_end = end;
        };
        crate::lexicon::split_lowercase(sentence, lowercase, |word, lower| {
            let (start, end) = (base + word.start, base + word.end);
            if restated_at(start).is_some() {
                return;
            }
            while let Some((f, q)) = figures.peek() {
                if restated_at(q.start).is_some() {
                    figures.next();
                } else if q.start < end {
                    push(items, q.start, q.tail, 0..0, Some(*f));
                    figures.next();
                } else {
                    break;
                }
            }
            // A word inside a figure ("8" of "1,8", "million") is no item of its own.
            if !items
                .last()
                .is_some_and(|it| it.figure.is_some() && start < it.end)
            {
                push(items, start, end, lower, None);
            }
        });
        for (f, q) in figures {
            if restated_at(q.start).is_none() {
                push(items, q.start, q.tail, 0..0, Some(f));
            }
        }
    }

    /// The byte ranges of figures restated in digits right after their words, brackets
    /// included: "(07)" of "sept (07) morts", "(14)" of "quatorze (14) blessés". They say the
    /// figure again: one claim, read past them.
    fn restatements(&self, quantities: &[Quantity]) -> Vec<std::ops::Range<usize>> {
        quantities
            .iter()
            .filter(|q| self.text[q.start..q.end].starts_with(|c: char| c.is_alphabetic()))
            .filter_map(|q| {
                let rest = &self.text[q.tail..];
                let inner = rest.strip_prefix(" (")?;
                let digits =
                    inner.len() - inner.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                let closed = inner[digits..].starts_with(')');
                let value: f64 = inner[..digits].parse().ok()?;
                #[allow(clippy::float_cmp, reason = "small whole numbers")]
                (closed && digits > 0 && value == q.value)
                    .then(|| q.tail + 1..q.tail + 2 + digits + 1)
            })
            .collect()
    }

    /// A capitalised noun of people from a place: "Sénégalais", "Gambiennes", "Kenyans",
    /// "Chinese" (a word inside the sentence, not its first).
    fn is_demonym(&self, items: &[Item], words: &[&str], j: usize) -> bool {
        let word = words[j];
        let capitalised = j > 0 && self.text[items[j].start..].starts_with(char::is_uppercase);
        let endings: &[&str] = match self.article.lang {
            Lang::Fr => &[
                "ais", "aise", "aises", "ois", "oise", "oises", "ien", "iens", "ienne", "iennes",
                "ain", "ains", "aine", "aines",
            ],
            // Not "-is" nor "-ons": "Iraqis" and "Britons", but "Hollis" and "Simmons".
            Lang::En => &["ans", "ese"],
        };
        capitalised && word.chars().count() > 4 && endings.iter().any(|e| word.ends_with(e))
    }

    /// The event of a subject whose verb comes after an aside between commas: "Twenty-one
    /// people, including six firefighters, were treated", "4,000 residents of East Carvel,
    /// Ohio, were evacuated", "138 invités, dont 97 femmes, ont été hospitalisés". `aside` is
    /// the first item past the subject's clause, in the next clause. The figure `k` may be the
    /// aside itself: "Residents of two villages, about 3,500 people, were evacuated".
    fn event_past_aside(
        &self,
        items: &[Item],
        words: &[&str],
        cues: &Cues<'_>,
        k: usize,
        aside: usize,
    ) -> Option<u16> {
        let clause = items.get(aside)?.clause;
        let own_clause = items[k].clause;
        let words_before = items[..k]
            .iter()
            .rev()
            .take_while(|it| it.clause == own_clause)
            .count();
        let is_apposition = k > words_before
            && words_before <= 2
            && clause == own_clause + 1
            && is_auxiliary(words[aside], self.article.lang);
        if is_apposition {
            return self.event_from(items, words, cues, aside);
        }
        // "Des milliers d'infirmières, d'aides-soignants et de brancardiers ont défilé": the
        // list of who is counted goes on past the comma, then comes the verb.
        // "4 000 agriculteurs venus de Belgique, de France et d'Espagne ont manifesté" too.
        let listed_complements = items[aside].figure.is_none()
            && aside > k + 2
            && words[k + 1..aside]
                .iter()
                .any(|w| matches!(*w, "de" | "d" | "of"))
            && matches!(words[aside], "de" | "d" | "du" | "des" | "of");
        if listed_complements {
            // Through a few more complements, each after its comma: "de France, d'Italie et
            // d'Espagne ont manifesté".
            let mut start = aside;
            for _ in 0..4 {
                let found = self.event_from(items, words, cues, start);
                let next = (start..items.len().min(start + 20))
                    .find(|&j| items[j].clause != items[start].clause);
                match next {
                    Some(next)
                        if found.is_none()
                            && matches!(words[next], "de" | "d" | "du" | "des" | "of") =>
                    {
                        start = next;
                    }
                    _ => return found,
                }
            }
            return None;
        }
        // What may open an aside: a word of this list, a name, a participle, a category, people.
        let opens_at = |aside: usize| {
            items[aside].figure.is_none()
                && (matches!(
                words[aside],
                "including"
                    | "among"
                    | "of"
                    | "dont"
                    | "parmi"
                    | "y"
                    | "notamment"
                    | "a"
                    | "an"
                    | "un"
                    | "une"
                    // "Dozens of retirees, some holding placards, gathered outside".
                    | "some"
                    | "many"
                    | "most"
                    | "both"
                    // "Seven people, all members of staff, were taken to hospital".
                    | "all"
                    | "tous"
                    | "toutes"
                    | "certains"
                    | "certaines"
                    // "Neuf personnes, âgées de 17 à 24 ans, ont été placées en garde à vue".
                    | "aged"
                    | "âgé"
                    | "âgée"
                    | "âgés"
                    | "âgées"
                    // "About 1,500 families, or nearly 9,000 people, have fled".
                    | "or"
                    | "soit"
                    // "Quelque 3 000 viticulteurs, selon la préfecture, ont défilé".
                    | "selon"
                    | "according"
                    // "Two people, the owner and his manager, were detained".
                    | "the"
                    | "le"
                    | "la"
                    | "l"
                    | "les"
                    // "Two of them, suffering from malaria, were admitted", "Trois d'entre eux,
                    // légèrement hypothermiques, ont été transportés": their state.
                    | "suffering"
                    | "souffrant"
                    // "two of them, with fractures, are being treated".
                    | "with"
                    | "avec"
                    | "slightly"
                    | "seriously"
                    | "badly"
                    | "légèrement"
                    | "grièvement"
                    | "gravement"
            ) || self.is_name(items, aside)
                // "Onze détenus, présentés comme les meneurs, ont été placés en garde à vue"; not
                // "250 policiers, appuyés par une vingtaine d'enquêteurs, ont participé", where
                // the aside names more of those who did it.
                || (is_past_participle(words[aside], self.article.lang)
                    && !matches!(words.get(aside + 1), Some(&("par" | "by"))))
                // "Trois habitants, intoxiqués par les fumées, ont été hospitalisés": what befell
                // them, whoever did it.
                || first_category(&cues[aside]).is_some()
                // "1 200 personnes, habitants et vacanciers de trois campings, ont été évacuées".
                || cues[aside]
                    .iter()
                    .any(|(_, cue)| matches!(cue, Cue::People | Cue::Group(_))))
        };
        // The verb: an auxiliary ("were treated", "se sont rassemblées") or one that says what
        // happened ("rallied").
        let says_event = |verb: usize| {
            let reflexive = matches!(words[verb], "se" | "s") && verb + 1 < items.len();
            let own_verb = if reflexive { verb + 1 } else { verb };
            // ("remained in custody": "remain", then what happened, says it too.)
            let remained = matches!(
                words[own_verb],
                "remain" | "remains" | "remained" | "reste" | "restent" | "restait" | "restaient"
            );
            is_auxiliary(words[own_verb], self.article.lang)
                || first_category(&cues[own_verb]).is_some()
                || (remained && self.event_from(items, words, cues, own_verb).is_some())
        };
        // "Sept membres d'équipage, cinq Sénégalais et deux Gambiens, ont été interpellés": the
        // subject's parts may be the aside (not those of "the three victims", named before).
        let parts_aside = items[aside].figure.is_some() && !(k > 0 && is_determiner(words[k - 1]));
        if !(opens_at(aside) || parts_aside) {
            return None;
        }
        // Through a few asides in a row: "Quatre personnes, dont le propriétaire, âgé de 52
        // ans, ont été placées en garde à vue", "Deux personnes, l'exploitant, âgé de 58 ans,
        // et son chef de culture, ont été …".
        // "Onze ouvriers, blessés, ont pu regagner la surface": a short aside of their state
        // says what befell them when the verb does not.
        let state = |at: usize, verb: usize| {
            let short = verb - at <= 3 && items[at..verb].iter().all(|it| it.figure.is_none());
            short
                .then(|| (at..verb).find_map(|j| first_category(&cues[j])))
                .flatten()
        };
        let mut at = aside;
        for _ in 0..4 {
            let verb =
                (at..items.len().min(at + 20)).find(|&j| items[j].clause != items[at].clause)?;
            if items[verb].clause != items[at].clause + 1 {
                return None;
            }
            if says_event(verb) {
                return self
                    .event_from(items, words, cues, verb)
                    .or_else(|| state(at, verb));
            }
            let more = opens_at(verb) || matches!(words[verb], "et" | "and");
            if !more || at == aside && items[aside].figure.is_some() {
                return state(at, verb);
            }
            at = verb;
        }
        None
    }

    /// The unit the lexicon names by the letters glued to a figure ("mm" of "230mm", "km/h").
    fn glued_unit(&self, glued: &str) -> Option<String> {
        let end = glued
            .find(|c: char| !(c.is_ascii_alphabetic() || c == '/'))
            .unwrap_or(glued.len());
        let lower = glued[..end].to_ascii_lowercase();
        let words: Vec<&str> = lower.split('/').collect();
        let cues = self.phrases.cues(&words);
        cues[0].iter().find_map(|(_, cue)| match cue {
            Cue::Unit(unit) => Some(unit.clone()),
            _ => None,
        })
    }

    /// The first category named from the verb at `verb` on, in its clause, or said by where
    /// those counted were taken ([`where_taken`]: "were taken to Barnsley Hospital").
    fn event_from(
        &self,
        items: &[Item],
        words: &[&str],
        cues: &Cues<'_>,
        verb: usize,
    ) -> Option<u16> {
        let clause = items[verb].clause;
        (verb..items.len().min(verb + EVENT_REACH))
            .take_while(|&j| items[j].clause == clause && items[j].figure.is_none())
            .find_map(|j| {
                let in_clause = |i: usize| items.get(j + i).is_some_and(|it| it.clause == clause);
                where_taken(&words[j..], in_clause).or_else(|| first_category(&cues[j]))
            })
    }

    /// Reads the words around the figure at `items[k]`.
    fn read(&self, items: &[Item], words: &[&str], cues: &Cues<'_>, k: usize) -> Reading {
        let mut reading = Reading::default();
        // Qualifier: a phrase that ends right before the figure, `qualifier_len` words long.
        let mut qualifier_len = 0;
        for len in (1..=4).rev() {
            let Some(from) = k.checked_sub(len) else {
                continue;
            };
            if items[from..k].iter().any(|it| it.figure.is_some()) {
                continue;
            }
            // "140 witnesses over 97 hearings", "a 15% pay rise over three years": a one-word
            // qualifier right after another figure's noun, or before a span of time after
            // another figure of its clause, is a preposition.
            let span_of_time = matches!(
                words.get(k + 1),
                Some(
                    &("years"
                        | "months"
                        | "weeks"
                        | "days"
                        | "hours"
                        | "ans"
                        | "mois"
                        | "semaines"
                        | "jours"
                        | "heures")
                )
            );
            // ("over" far from that figure too: "1,200 mm of rain fell … over 36 hours"; but "in
            // under 12 hours" is a bound.)
            let reach = match (span_of_time, words[from]) {
                (true, "over") => 12,
                (true, _) => 5,
                _ => 2,
            };
            let after_figure = len == 1
                && matches!(words[from], "over" | "under" | "above" | "below")
                && (from.saturating_sub(reach)..from)
                    .any(|j| items[j].figure.is_some() && items[j].clause == items[k].clause);
            // "go on trial in Lusaka over $18.6m losses", "a row over 40 job cuts": what a
            // dispute is about, not a bound; nor is it in "handed over £86,000".
            let about_a_dispute = len == 1
                && words[from] == "over"
                && from > 0
                && words[from - 1] != "for"
                && (words[from.saturating_sub(4)..from]
                    .iter()
                    .any(|w| is_dispute_word(w))
                    || matches!(
                        words[from - 1],
                        "handed" | "hand" | "hands" | "handing" | "turned" | "turning" | "spread"
                    ));
            // "council passes $1.37 billion budget": a vote, not a bound ("deaths pass 300" is).
            let voted = len == 1
                && matches!(words[from], "pass" | "passes")
                && self.text[items[k].start..].starts_with(['$', '£', '€', '¥', '₹']);
            // "edged up to 5,100", "went up to 9 %": a verb's "up", then the level reached.
            let moved_up = len == 2
                && words[from] == "up"
                && from > 0
                && matches!(
                    words[from - 1],
                    "edged" | "crept" | "ticked" | "inched" | "went" | "climbed"
                );
            let found = cues[from].iter().find_map(|&(n, cue)| match cue {
                Cue::Qualifier(q)
                    if n == len && !after_figure && !about_a_dispute && !moved_up && !voted =>
                {
                    Some(*q)
                }
                _ => None,
            });
            if found.is_some() {
                reading.qualifier = found;
                qualifier_len = len;
                break;
            }
        }
        // "drifts of six feet or more", "a further 60 or so": the qualifier after the figure.
        if reading.qualifier.is_none() {
            reading.qualifier = (k + 1..(k + 3).min(items.len()))
                .take_while(|&j| items[j].clause == items[k].clause)
                .find_map(|j| match words.get(j..j + 2) {
                    Some(["or", "more" | "higher" | "above" | "greater"] | ["ou", "plus"]) => {
                        Some(Qualifier::AtLeast)
                    }
                    Some(["or", "less" | "fewer" | "below" | "lower"] | ["ou", "moins"]) => {
                        Some(Qualifier::UpTo)
                    }
                    Some(["or", "so"]) => Some(Qualifier::Approx),
                    _ => None,
                });
        }
        // The head: the counted noun right after the figure ("morts", "d'euros", "membres des
        // forces de sécurité"), past linking words.
        let clause = items[k].clause;
        let mut after: Vec<usize> = (k + 1..items.len())
            .take_while(|&j| items[j].figure.is_none() && items[j].clause == clause)
            .take(EVENT_REACH + 4)
            .collect();
        // "bringing to 11 the number of deaths", "portant à 11 le nombre de morts": the noun
        // comes after the number it is counted by.
        let number_of = after.get(..3).is_some_and(|lead| {
            matches!(
                [words[lead[0]], words[lead[1]], words[lead[2]]],
                ["the", "number" | "total", "of"] | ["le", "nombre" | "total", "de" | "d"]
            )
        });
        if number_of {
            after.drain(..3);
        }
        let mut head_end = 0;
        // "9 miners trapped": a category past an unknown noun is a verb, not the noun.
        let mut category_past_noun = false;
        for (pos, &j) in after.iter().enumerate().take(4) {
            let mut matched = 0;
            for &(n, cue) in &cues[j] {
                match cue {
                    Cue::Category(c) if reading.head_category.is_none() => {
                        reading.head_category = Some(*c);
                        category_past_noun = pos > 0;
                        reading.category_word = pos == 0;
                    }
                    Cue::Counted(c)
                        if reading.head_counted.is_none() && !agents_of_a_trade(words, j) =>
                    {
                        reading.head_counted = Some(*c);
                    }
                    Cue::Group(g) if reading.head_group.is_none() => {
                        reading.head_group = Some((*g, words[j].to_string()));
                    }
                    Cue::People => reading.head_people = true,
                    // The noun itself, not "whose vessel" further on, nor "truck" of "truck
                    // drivers".
                    // "26 additional beds", "40 nouveaux logements": past a word that says
                    // more of them.
                    Cue::Thing
                        if after[..pos].iter().all(|&i| {
                            is_function_word(words[i])
                                // "four coal ships": an English noun before a plural
                                // head (not "needing hospital treatment", "whose house").
                                || (pos == 1
                                    && self.article.lang == Lang::En
                                    && words[j].ends_with('s')
                                    && words[j] != "bus"
                                    && cues[i].is_empty()
                                    && !matches!(words[i], "whose" | "which" | "who" | "that")
                                    && words[i].bytes().all(|b| b.is_ascii_lowercase()))
                                || matches!(
                                    words[i],
                                    "of" | "de"
                                        | "d"
                                        | "additional"
                                        | "other"
                                        | "extra"
                                        | "new"
                                        | "further"
                                        | "nouveaux"
                                        | "nouvelles"
                                        | "autres"
                                )
                        }) && !after.get(pos + 1).is_some_and(|&i| {
                            cues[i]
                                .iter()
                                .any(|(_, c)| matches!(c, Cue::People | Cue::Group(_)))
                        }) =>
                    {
                        reading.head_thing = true;
                    }
                    Cue::Currency(code) if reading.currency.is_none() => {
                        reading.currency = Some(code.clone());
                    }
                    // "1,3 million de travaux fictifs", "£2m in savings": the noun, past "de".
                    Cue::Spending
                        if after[..pos]
                            .iter()
                            .all(|&i| matches!(words[i], "de" | "d" | "of" | "in")) =>
                    {
                        reading.head_spending = true;
                    }
                    // Not the first half of a compound: "1.3 million day-trippers"; not the
                    // first word of a longer noun ("47 points de deal", "six points de
                    // blocage", "three points of entry"; but "2 points de plus").
                    // Not past a preposition of time: "arrest 61 after night of looting".
                    // Not the unit a noun is "of": "deux gardiens de nuit".
                    Cue::Unit(u)
                        if reading.measure.is_none()
                            && matched <= n
                            && !(pos >= 2
                                && matches!(words[after[pos - 1]], "de" | "d" | "of")
                                && !is_function_word(words[after[0]]))
                            && !after[..pos].iter().any(|&i| {
                                matches!(
                                    words[i],
                                    "after" | "before" | "since" | "après" | "avant" | "depuis"
                                )
                            })
                            && (!self.text[items[j].end..].starts_with('-')
                                || is_dimension(&self.text[items[j].end + 1..]))
                            && !(u == "percentage_points"
                                && n == 1
                                && matches!(words.get(j + 1), Some(&("de" | "d" | "of")))
                                && !matches!(
                                    words.get(j + 2),
                                    Some(&("plus" | "moins" | "pourcentage" | "percentage"))
                                )) =>
                    {
                        reading.measure = Some(u.clone());
                    }
                    _ => continue,
                }
                matched = matched.max(n);
            }
            if matched > 0 {
                reading.any_head = true;
                // "20 fire engines": the last word of the noun.
                reading.noun = Some(j + matched - 1);
                head_end = pos + matched;
                break;
            }
            // "600 extra police officers", "5 500 soldats supplémentaires", "three more days": one
            // adjective may come first.
            let adjective = pos == 0
                && (!is_function_word(words[j]) || words[j] == "more")
                // "kills 30 and injures 200": the verb after "and" is the next figure's; "36,9
                // millions un an plus tôt": an article opens another noun.
                && !matches!(
                    words[j],
                    "et" | "and" | "ou" | "or" | "but" | "mais" | "un" | "une" | "an"
                );
            // "60 Moroccan and Gabonese troops": two names joined, in place of the one adjective.
            let names_joined = match pos {
                1 => {
                    matches!(words[j], "and" | "et")
                        && self.is_name(items, after[0])
                        && after.get(2).is_some_and(|&i| self.is_name(items, i))
                }
                2 => matches!(words[after[1]], "and" | "et") && self.is_name(items, after[0]),
                _ => false,
            };
            // "38 of its own soldiers", "deux de leurs hommes": whose they are.
            let possessive = pos > 0
                && matches!(
                    words[j],
                    "its" | "their" | "own" | "ses" | "leurs" | "propres"
                );
            if !adjective
                && !names_joined
                && !possessive
                && !matches!(words[j], "de" | "d" | "des" | "du" | "of")
            {
                break;
            }
        }
        // "cinq Sénégalais et deux Gambiens", "three Britons", "two Pakistanis": people named by
        // where they are from.
        // Not after a year: "between 2016 and 2020 Evans steered contracts".
        let written = &self.text[items[k].start..items[k].end];
        let year = (written.starts_with("19") || written.starts_with("20"))
            && written
                .get(..4)
                .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
            && !written.as_bytes().get(4).is_some_and(u8::is_ascii_digit);
        if !reading.any_head
            && !year
            && after
                .first()
                .is_some_and(|&j| self.is_demonym(items, words, j))
        {
            reading.head_people = true;
            reading.any_head = true;
        }
        reading.head_words = after.first().map_or(0..0, |&j| j..j + after.len().min(3));
        // "46C", "41°C": the degree sign glued to the figure, as "%" is; so may a unit be
        // ("230mm", "90km/h").
        let glued = &self.text[items[k].end..];
        if reading.measure.is_none() && (glued.starts_with('C') || glued.starts_with("°C")) {
            reading.measure = Some("celsius".to_string());
        }
        if reading.measure.is_none() && glued.starts_with(|c: char| c.is_ascii_alphabetic()) {
            reading.measure = self.glued_unit(glued);
        }
        // "the magnitude 6.4 earthquake", "un séisme de magnitude 5,1", "une magnitude de 3,2":
        // the scale comes first.
        // So does a quake's figure with a decimal: "after 6.4 quake", "le séisme de 5,8".
        let magnitude = matches!(
            words[k.saturating_sub(2)..k],
            [.., "magnitude"] | ["magnitude", "de" | "of"]
        ) || (self.text[items[k].start..items[k].end].contains(['.', ','])
            && (matches!(
                words.get(k + 1),
                Some(&("quake" | "earthquake" | "tremor" | "aftershock" | "magnitude"))
            ) || matches!(
                words[k.saturating_sub(2)..k],
                ["séisme" | "réplique" | "earthquake" | "quake", "de" | "of"]
                    // "the strongest measuring 5.3", "which measured 6.0".
                    | [.., "measuring" | "measured" | "mesurant"]
            )));
        if reading.measure.is_none() && magnitude {
            reading.measure = Some("magnitude".to_string());
        }
        // A price per unit: "5 dollars le gallon", "$5 a gallon".
        if let (Some(&link), Some(&unit)) = (after.get(head_end), after.get(head_end + 1)) {
            if matches!(words[link], "le" | "la" | "l" | "par" | "a" | "an" | "per") {
                reading.per_unit = cues[unit].iter().find_map(|(_, cue)| match cue {
                    Cue::Unit(u) => Some(u.clone()),
                    _ => None,
                });
            }
        }
        reading.own_verb = after
            .get(head_end)
            .is_some_and(|&j| head_end > 0 && is_auxiliary(words[j], self.article.lang));
        // "notamment à Vernac (1 850 habitants)": a figure bracketed after a name says what
        // the name is, whatever opens a breakdown before it.
        let bracketed_after_name = k > 0
            && self.text[items[k - 1].end..items[k].start].contains('(')
            && self.text[items[k - 1].start..].starts_with(char::is_uppercase);
        reading.bracketed_after_name = bracketed_after_name;
        // Structure words near the figure.
        let near = k.saturating_sub(4)..(k + 7).min(items.len());
        for j in near {
            for &(n, cue) in &cues[j] {
                match cue {
                    Cue::Total if items[j].clause == clause || j + n == k => reading.total = true,
                    // "dont sept policiers et six manifestants": "dont" opens the breakdown for
                    // its first figure only; the list carries it to the others.
                    Cue::Breakdown
                        if j < k
                            && k - j <= n + 2
                            && !bracketed_after_name
                            && items[j..k].iter().all(|it| it.figure.is_none()) =>
                    {
                        reading.breakdown = true;
                    }
                    _ => {}
                }
            }
        }
        // "Sur l'ensemble du festival, 31 personnes …": a sentence that opens with a total
        // gives it to its first figure.
        let opens_with_total = cues
            .get(0)
            .is_some_and(|c| c.iter().any(|(_, cue)| matches!(cue, Cue::Total)));
        if opens_with_total && !reading.total {
            reading.total = items[..k].iter().all(|it| it.figure.is_none());
        }
        // "le bilan s'est alourdi mercredi à 15 morts", "the toll rose to more than 60".
        reading.update = (k.saturating_sub(6)..k)
            .rev()
            .take_while(|&j| items[j].figure.is_none() && items[j].clause == clause)
            .any(|j| {
                cues[j]
                    .iter()
                    .any(|&(n, cue)| matches!(cue, Cue::Update) && j + n <= k && k - (j + n) <= 3)
            });
        // "including the club's manager and two of its owners": a list the breakdown opened
        // further back in the clause.
        if !reading.breakdown && k > 0 && matches!(words[k - 1], "and" | "et") {
            reading.breakdown = (k.saturating_sub(BREAKDOWN_REACH)..k)
                .rev()
                .take_while(|&j| items[j].clause == clause && items[j].figure.is_none())
                .any(|j| cues[j].iter().any(|(_, cue)| matches!(cue, Cue::Breakdown)));
        }
        // "14 des blessés", "38 of the victims", "eight of them", "trois d'entre eux".
        let next_two: Vec<&str> = after.iter().take(2).map(|&j| words[j]).collect();
        reading.partitive = matches!(
            next_two.as_slice(),
            ["des", ..] | ["of", "the" | "them" | "those" | "whom"] | ["d", "entre"]
        );
        // The event: a category named further on in the clause. Those counted dead stay dead
        // ("two patients died in hospital").
        let mut pos = if reading.head_category == Some(DEATHS) {
            after.len()
        } else {
            head_end
        };
        let figure_follows = after.last().is_some_and(|&j| {
            items
                .get(j + 1)
                .is_some_and(|it| it.figure.is_some() && it.clause == clause)
        });
        while pos < after.len().min(EVENT_REACH + head_end) {
            let j = after[pos];
            // "killing 212 people and injuring 1,500": what follows "and" is the next figure's.
            if figure_follows && matches!(words[j], "et" | "and") {
                break;
            }
            // "death toll climbs to 23 as rescuers search for missing", "rose to three after
            // the body of the missing kayaker was found": a clause of its own.
            // "faisant 42 blessés selon le plus récent bilan": what follows names the source.
            let conjunction = match words[j] {
                "while" | "whereas" | "tandis" | "after" | "après" | "selon" | "according" => true,
                "as" => !matches!(words.get(j + 1), Some(&("well" | "many" | "much" | "far"))),
                _ => false,
            };
            // "68 500 entrées et un bilan alourdi": another noun of its own, not what befell
            // those counted ("two soldiers and a civilian were killed" still is).
            let another_noun = matches!(words[j], "et" | "and")
                && matches!(
                    words.get(j + 1..j + 3),
                    Some(["un" | "une" | "le" | "la" | "les" | "a" | "an" | "the", _])
                )
                && cues.get(j + 2).is_some_and(|c| first_category(c).is_some());
            if conjunction || another_noun {
                break;
            }
            // "31 were then taken to the Northern General Hospital": a hospital by name.
            let taken = where_taken(&words[j..], |i| {
                items.get(j + i).is_some_and(|it| it.clause == clause)
            });
            reading.to_hospital = taken == Some(INJURED);
            let found = taken.or_else(|| first_category(&cues[j]));
            // "43 morts dans le camp de réfugiés", "a camp of refugees": a noun after "de" or
            // "of" names a place or a kind, not what happened to those counted.
            let complement = matches!(words[j - 1], "de" | "d" | "des" | "du" | "of");
            // "neuf lors de l'évacuation du barrage", "arrested during the evacuation": when,
            // not what befell them.
            let circumstance = (j.saturating_sub(3)..j)
                .any(|i| matches!(words[i], "lors" | "during" | "pendant" | "durant" | "amid"));
            if let (Some(c), false) = (found, complement || circumstance) {
                reading.event = Some(c);
                // "five of the injured died in hospital": some of the injured, now dead.
                let died_since = c == INJURED
                    && reading.partitive
                    && after[pos + 1..after.len().min(EVENT_REACH + head_end)]
                        .iter()
                        .any(|&i| first_category(&cues[i]) == Some(DEATHS));
                if died_since {
                    reading.event = Some(DEATHS);
                }
                break;
            }
            pos += 1;
        }
        // "deux agents de la société chargée de la maintenance des équipements biomédicaux
        // ont été placés en garde à vue": a subject longer than the reach; its verb comes right
        // after its auxiliary, further on in the clause.
        let reached = k + 1 + EVENT_REACH + head_end;
        if reading.event.is_none() && reading.head_category.is_none() && after.len() >= EVENT_REACH
        {
            let lang = self.article.lang;
            // Not past "and" (a list of subjects whose nouns say what they are), nor into a
            // relative clause ("the four colleagues we lost … and everyone who was hurt").
            let auxiliary = (k + 1..items.len().min(reached + EVENT_REACH))
                .take_while(|&j| {
                    // "et" between two complements goes on: "des communes de Saint-Rémy et de
                    // Grand-Fond".
                    let complement_next =
                        matches!(words.get(j + 1), Some(&("de" | "du" | "des" | "d" | "of")));
                    items[j].figure.is_none()
                        && items[j].clause == clause
                        && !matches!(words[j], "qui" | "que" | "dont" | "who" | "which" | "that")
                        && (!matches!(words[j], "et" | "and") || complement_next)
                })
                .find(|&j| is_auxiliary(words[j], lang))
                .filter(|&a| a + 3 >= reached);
            reading.event = auxiliary.and_then(|a| {
                (a + 1..items.len().min(a + 4))
                    .take_while(|&j| items[j].clause == clause)
                    .find_map(|j| first_category(&cues[j]))
            });
        }
        // "2 300 habitants de cinq communes ont été évacués", "residents of two villages": a
        // figure after people and "de" counts where they are from, not people.
        let of_people = k >= 2
            && items[k - 2].figure.is_none()
            && matches!(words[k - 1], "de" | "d" | "of" | "from")
            && cues[k - 2]
                .iter()
                .any(|(n, cue)| *n == 1 && matches!(cue, Cue::People | Cue::Group(_)));
        let aside = k + 1 + after.len();
        if reading.event.is_none() && items.get(aside).is_some_and(|it| it.clause != clause) {
            reading.event = self.event_past_aside(items, words, cues, k, aside);
        }
        // "onze suspects âgés de 22 à 51 ans ont été interpellés", "280 habitants de deux
        // lotissements ont été évacués": what happened comes past their ages, or past where
        // they are from.
        let ages_next = after
            .iter()
            .rev()
            .take(2)
            .any(|&j| matches!(words[j], "aged" | "âgé" | "âgée" | "âgés" | "âgées"));
        let from_next = reading.head_people
            && items.get(aside).is_some_and(|it| it.figure.is_some())
            && matches!(
                after.as_slice(),
                [_, last] | [_, _, last] if matches!(words[*last], "de" | "d" | "of" | "from")
            );
        if reading.event.is_none() && (ages_next || from_next) {
            let past_them = (aside..items.len()).find(|&j| {
                items[j].figure.is_none()
                    && !matches!(
                        words[j],
                        "à" | "to" | "et" | "and" | "ans" | "years" | "old"
                    )
            });
            reading.event = past_them
                .filter(|&j| items[j].clause == clause)
                .and_then(|j| self.event_from(items, words, cues, j));
        }
        // "une vingtaine d'associations", "dozens of vans": a noun after "de", "of".
        let of_noun = matches!(
            after.as_slice(),
            [de, noun, ..] if matches!(words[*de], "de" | "d" | "of")
                && !is_function_word(words[*noun])
                && words[*noun] != "après"
        );
        // ("36,9 millions un an plus tôt": an article opens another noun; "contre 1 547
        // aujourd'hui": so does a word of time.)
        // "une trentaine d'échantillons": a noun after "de" is no bare figure's.
        reading.bare = !of_noun
            && after.first().is_none_or(|&j| {
                is_function_word(words[j])
                    || matches!(
                        words[j],
                        "un" | "une"
                            | "et"
                            | "and"
                            | "aujourd"
                            | "actuellement"
                            | "auparavant"
                            | "today"
                            | "now"
                            | "currently"
                            | "previously"
                            | "during"
                            | "after"
                            | "après"
                            | "following"
                            | "amid"
                            | "over"
                            | "around"
                            | "near"
                            | "outside"
                            | "throughout"
                            | "pendant"
                            | "durant"
                            | "sera"
                            | "seront"
                            | "serait"
                            | "will"
                            | "would"
                    )
            });
        reading.whole_next = reading.partitive
            && after.len() <= 4
            && items
                .get(k + 1 + after.len())
                .is_some_and(|it| it.figure.is_some() && it.clause == clause);
        reading.in_a_state = after.iter().take(6).any(|&j| {
            matches!(
                words[j..],
                ["in", "serious" | "critical" | "stable" | "intensive", ..]
                    | ["in", "a", "serious" | "critical" | "stable", ..]
                    | ["dans", "un", "état", ..]
                    | ["en", "réanimation" | "urgence", ..]
            )
        });
        // "Portugal with 274,000 hectares and Greece with about 48,000" too. (`opening`: where
        // the figure's words begin, its qualifier included.)
        let opening = k - qualifier_len;
        let name_at = match opening.checked_sub(1).map(|j| words[j]) {
            Some("with" | "avec") => opening.checked_sub(2),
            _ => k.checked_sub(1),
        };
        reading.named_after_another = name_at.is_some_and(|name_at| {
            name_at >= 2
                && self.is_name(items, name_at)
                && items[name_at].clause == items[k].clause
                && (matches!(words[name_at - 1], "and" | "et")
                    || items[name_at - 1].clause != items[name_at].clause)
                && (name_at.saturating_sub(6)..name_at).any(|j| items[j].figure.is_some())
        }) && after
            .first()
            .is_none_or(|&j| matches!(words[j], "and" | "et"));
        let and_before = (1..=if reading.qualifier.is_some() { 3 } else { 1 })
            .filter_map(|back| k.checked_sub(back))
            .take_while(|&j| items[j].figure.is_none() && items[j].clause == clause)
            .any(|j| matches!(words[j], "and" | "et"));
        let place_after = || match after.as_slice() {
            [at, name, ..]
                if matches!(
                    words[*at],
                    "in" | "at" | "around" | "near" | "outside" | "à" | "dans" | "en"
                ) =>
            {
                self.is_name(items, *name)
            }
            _ => false,
        };
        reading.placed_after_another = and_before
            && (0..k.saturating_sub(1)).any(|j| items[j].figure.is_some())
            && place_after();
        reading.pronoun = matches!(
            next_two.as_slice(),
            ["of", "them" | "those" | "whom"] | ["d", "entre"]
        );
        reading.the_others = (k >= 1
            && matches!(words[k - 1], "les" | "the")
            && words.get(k + 1) == Some(&"autres"))
            || matches!(
                words[k.saturating_sub(2)..k],
                ["the", "other" | "remaining"]
            );
        // "12 autres", "seven more", "nine additional bodies", "9 corps supplémentaires", "a
        // further 7 drivers", "another 31".
        reading.others = !reading.the_others
            && (matches!(
                words.get(k + 1),
                Some(
                    &("others" | "autres" | "more" | "additional" | "further" | "supplémentaires")
                )
            ) || words.get(k + 2) == Some(&"supplémentaires")
                || matches!(
                    words[k.saturating_sub(2)..k],
                    ["a", "further" | "additional"]
                ));
        // Not "opened two additional reception centres": more of something the lexicon does
        // not know, not more of those counted before.
        let unknown_noun = !reading.any_head
            && items
                .get(k + 2)
                .is_some_and(|it| it.clause == clause && it.figure.is_none())
            && !is_function_word(words[k + 2])
            && words[k + 1] == "additional";
        reading.others &= !unknown_noun;
        reading.others_than =
            reading.others && matches!(words.get(k + 1), Some(&("others" | "autres")));
        reading.named_toll = matches!(
            words[k.saturating_sub(2)..k],
            ["toll" | "tally" | "bilan", "of" | "de" | "d"]
        );
        let before_qualifier = k - qualifier_len;
        reading.capacity = matches!(
            words[before_qualifier.saturating_sub(2)..before_qualifier],
            [
                "designed" | "built" | "space" | "room" | "capacity",
                "for" | "of"
            ] | [
                "prévu" | "prévue" | "prévus" | "conçu" | "conçue" | "capacité",
                "pour" | "de" | "d"
            ]
        );
        // "licensed to carry 60 passengers", "autorisé à transporter (que) 200 passagers".
        let before_que =
            before_qualifier - usize::from(words[..before_qualifier].ends_with(&["que"]));
        reading.capacity |= matches!(
            words[before_que.saturating_sub(3)..before_que],
            [
                "licensed"
                    | "licenced"
                    | "authorised"
                    | "authorized"
                    | "certified"
                    | "allowed"
                    | "permitted"
                    | "rated",
                "to",
                "carry" | "hold" | "take"
            ] | [.., "licensed" | "licenced" | "allowed" | "permitted", "for"]
                | [
                    "autorisé" | "autorisée" | "habilité" | "habilitée",
                    "à",
                    "transporter" | "accueillir"
                ]
        );
        reading.as_well_as = matches!(
            words[k.saturating_sub(3)..k],
            [.., "ainsi", "que"] | [.., "as", "well", "as"] | [.., "de", "même", "que"]
        );
        reading.of_victims = reading.partitive
            && after
                .iter()
                .take(3)
                .any(|&j| matches!(words[j], "victimes" | "victims"));
        // A verb right before the figure wins over one after its noun: "killed 12 people
        // trapped in their cars", "evacuate 138 skiers trapped in cabins"; so do words that
        // say what is counted right before it ("après le décès de deux patients hospitalisés").
        // Words that end at `end`, right before the figure's qualifier or one linking word
        // before it: "a protest by about 150", "a city of some 20,000"; not "housing list tops
        // 3,000".
        let past_qualifier = |end: usize| {
            let start = k - qualifier_len;
            qualifier_len > 0
                && end < k
                && (end >= start
                    || (end + 1 == start
                        && matches!(
                            words[end],
                            "by" | "of" | "to" | "de" | "d" | "par" | "à" | "au"
                        )))
        };
        let verb_before = || {
            (k.saturating_sub(4)..k).find_map(|j| {
                // Past a qualifier, not past "and": "One man died and over 300 were treated".
                let direct = |n: usize| j + n == k || (j + n < k && past_qualifier(j + n));
                let between_clear = items[j..k]
                    .iter()
                    .all(|it| it.figure.is_none() && it.clause == clause);
                cues[j].iter().find_map(|&(n, cue)| match cue {
                    Cue::Category(c) | Cue::Preceding(c) if between_clear && direct(n) => Some(*c),
                    _ => None,
                })
            })
        };
        // "Police arrested the boat's owner and two crew members", "l'arrestation du directeur
        // et de deux de ses adjoints": the verb's objects, the first one named, not counted.
        let after_a_named_object = || {
            let joined = match words[..k - qualifier_len] {
                [.., "and" | "et"] => 1,
                [.., "et", "de" | "d"] => 2,
                _ => return None,
            };
            let and = k - qualifier_len - joined;
            (and.saturating_sub(7)..and.saturating_sub(1)).find_map(|j| {
                // (Not "neuf lors de l'évacuation du barrage et 16": the next part of a list.)
                let clear = items[j..k]
                    .iter()
                    .all(|it| it.figure.is_none() && it.clause == clause)
                    && !items[j.saturating_sub(6)..j]
                        .iter()
                        .any(|it| it.figure.is_some() && it.clause == clause);
                let named = matches!(
                    words[j + 1],
                    "the"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "le"
                        | "la"
                        | "l"
                        | "du"
                        | "son"
                        | "sa"
                );
                cues[j].iter().find_map(|&(n, cue)| match cue {
                    // The verb, one word, right before the object.
                    Cue::Category(c) if clear && named && n == 1 => Some(*c),
                    _ => None,
                })
            })
        };
        // "had died across five sub-counties", "arrêtés dans 12 communes": the verb is not
        // the figure's.
        let after_place_word = k > 0
            && matches!(
                words[k - 1],
                "across" | "in" | "throughout" | "within" | "dans" | "sur" | "travers"
            );
        // "après le décès de quatre blessés", "the deaths of two injured": the injured who died.
        let category_is = |c: Option<u16>, name: &str| {
            c.and_then(|c| self.lexicon.categories.get(usize::from(c)))
                .is_some_and(|n| n == name)
        };
        let mut some_of_more = false;
        let injured_who_died = || {
            category_is(reading.head_category, "injured") && category_is(verb_before(), "deaths")
        };
        if (reading.head_category.is_none() || category_past_noun || injured_who_died())
            && !after_place_word
        {
            let verb = verb_before();
            let named_first = verb.is_none().then(after_a_named_object).flatten();
            if let Some(verb) = verb.or(named_first) {
                reading.event = Some(verb);
                reading.verb_first = true;
            }
            // The count leaves out the one named: "the owner and two of her attendants" are
            // three held, and two is no count to hold against others.
            some_of_more = named_first.is_some();
        }
        reading.object_of_other_verb = reading.event.is_none()
            && (k - qualifier_len)
                .checked_sub(1)
                .is_some_and(|j| is_present_participle(words[j], self.article.lang));
        if category_past_noun && reading.event.is_none() {
            reading.verb_past_noun = reading.head_category;
        }
        // Or before it, verb first: "killed 30 people", "a tué 12 personnes"; for a figure with
        // no noun, as far back as its clause goes: "the number of people killed … rose to 64".
        // A figure whose own noun names a category ("41 blessés") keeps it.
        // "le bilan est passé à 58 cas": cases of an illness say what is counted, whatever
        // the toll before them.
        reading.cases = after
            .first()
            .is_some_and(|&j| matches!(words[j], "cas" | "cases"));
        if reading.event.is_none()
            && reading.head_category.is_none()
            && !after_place_word
            && !reading.cases
        {
            // "a rally in George Square drew between 5,000 and 7,000 people": "people" says
            // nothing of what happened to them either.
            let says_nothing =
                (reading.bare && !of_noun) || (reading.head_people && reading.head_group.is_none());
            let reach = if says_nothing
                && reading.head_category.is_none()
                && reading.head_counted.is_none()
            {
                LOOKBACK_REACH
            } else {
                4
            };
            let from = k.saturating_sub(reach);
            // Not past a conjunction, nor another figure's own noun ("5 morts et 20 blessés").
            reading.event = (from..k)
                .rev()
                .take_while(|&j| {
                    items[j].clause == clause
                        && items[j].figure.is_none()
                        && !matches!(words[j], "et" | "and" | "ou" | "or")
                        // "recherchées par 400 pompiers": the figure is the agent, not the object.
                        && !(k - j <= 2 && matches!(words[j], "par" | "by"))
                        // "kills 12, wounds 40": past a comma, no other figure's noun.
                        && !(j > 0
                            && items[j - 1].figure.is_some()
                            && items[j - 1].clause == clause)
                })
                .find_map(|j| {
                    // "injury toll rises to 58": not "toll" alone but the phrase it ends.
                    if let Some(c) = category_phrase_around(cues, j) {
                        return Some(c);
                    }
                    cues[j].iter().find_map(|&(n, cue)| match cue {
                        Cue::Category(c) if j + n <= k => Some(*c),
                        // "a city of 1.2 million", past a qualifier: "a city of about",
                        // or a determiner: "funerals for the nine pupils".
                        Cue::Preceding(c)
                            if j + n == k
                                || (j + n < k && past_qualifier(j + n))
                                || (j + n + 1 == k && is_determiner(words[j + n])) =>
                        {
                            Some(*c)
                        }
                        _ => None,
                    })
                });
            reading.verb_first = reading.event.is_some();
        }
        // "the number of bodies recovered stood at 81": with nothing else to go on, a counted
        // noun earlier in the clause says what a bare figure counts; not past "and" ("200
        // blessés parmi les manifestants et 47 parmi les gendarmes" counts the injured).
        if reading.bare && reading.event.is_none() && reading.head_counted.is_none() {
            reading.head_counted = (k.saturating_sub(LOOKBACK_REACH)..k)
                .rev()
                .take_while(|&j| {
                    items[j].clause == clause
                        && items[j].figure.is_none()
                        && !matches!(words[j], "et" | "and")
                })
                // "estimated by residents at more than 200": who counted, not who is counted.
                .filter(|&j| j == 0 || !matches!(words[j - 1], "by" | "par"))
                .find_map(|j| {
                    cues[j].iter().find_map(|&(_, cue)| match cue {
                        Cue::Counted(c) => Some(*c),
                        _ => None,
                    })
                });
        }
        // "la police en a compté 4 700", "les syndicats en revendiquent plus de 10 000": "en"
        // stands for the people just counted.
        reading.counts_en = self.article.lang == Lang::Fr
            && reading.bare
            && (opening.saturating_sub(3)..opening.saturating_sub(1)).any(|j| {
                words[j] == "en"
                    && items[j + 1].figure.is_none()
                    && !self.is_name(items, j + 1)
                    && (matches!(words[j + 1], "a" | "ont" | "avait" | "avaient" | "aurait")
                        || (["ait", "aient", "ent", "te", "re", "que"]
                            .iter()
                            .any(|end| words[j + 1].ends_with(end))
                            && !matches!(words[j + 1], "tête" | "outre" | "centre")))
            });
        // "contre 1.093", "up from 41": the same quantity as the figure before.
        let before = &words[k.saturating_sub(2)..k];
        // "480.000 selon l'Intérieur" after "1,2 million de manifestants selon la CGT".
        let next_says_who = after
            .first()
            .is_some_and(|&j| matches!(words[j], "selon" | "according"));
        // "Another 31 were treated at the scene": more people, not a count to hold against.
        reading.reference = matches!(
            before.last(),
            Some(&("contre" | "versus" | "vs" | "against" | "non" | "not" | "another"))
        ) || matches!(
            before,
            ["up" | "down", "from"]
                | ["compared", "with" | "to"]
                // "well below the 95 per cent needed", "loin des 95 % requis"; not "below 40".
                | ["below" | "above" | "under" | "than", "the"]
                | ["dessous" | "dessus" | "loin", "des" | "du"]
        );
        // "61,4 %, en hausse par rapport au premier tour (54,9 %)", "compared with the first
        // round's 54.9 %": the figure a comparison names, a few words on.
        reading.reference |= (k.saturating_sub(6)..k)
            .rev()
            .take_while(|&j| items[j].figure.is_none())
            .any(|j| {
                matches!(
                    &words[j..k],
                    ["par", "rapport", ..]
                        | [
                            "comparé" | "comparée" | "comparés" | "comparées",
                            "à" | "au" | "aux",
                            ..
                        ]
                        | ["compared", "with" | "to", ..]
                        // "35 per cent, against a normal of 88 per cent", "contre une moyenne
                        // de 52 %".
                        | [
                            "against" | "versus" | "contre",
                            "a" | "an" | "the" | "une" | "la",
                            "normal" | "average" | "usual" | "moyenne" | "normale",
                            ..
                        ]
                )
            });
        reading.compared = reading.reference || next_says_who;
        reading.reference |= some_of_more;
        // "Dans la wilaya voisine d'Illizi, deux personnes …", "In neighbouring France, nine
        // deaths …": a figure of the place next door, given beside the story's.
        reading.reference |= (0..k)
            .rev()
            .take_while(|&j| items[j].figure.is_none())
            .any(|j| match words[j] {
                "voisin" | "voisine" | "voisins" | "voisines" => {
                    matches!(words.get(j + 1), Some(&("de" | "d" | "du" | "des")))
                }
                "neighbouring" | "neighboring" => j + 1 < k && self.is_name(items, j + 1),
                _ => false,
            });
        // "3.9 excess deaths per 100,000 residents", "1,4 décès pour 100 000 habitants": a rate
        // and its base (a power of ten), no counts of the news's own.
        let base_of_a_rate = |j: usize| {
            matches!(words[j - 1], "per" | "pour") && items[j].figure.is_some() && {
                let written = &self.text[items[j].start..items[j].end];
                let mut digits = written.bytes().filter(u8::is_ascii_digit);
                digits.next() == Some(b'1') && {
                    let zeros = digits.clone().count();
                    zeros >= 2 && digits.all(|d| d == b'0')
                }
            }
        };
        let rate = (k + 1..(k + 6).min(items.len()))
            .take_while(|&j| items[j].clause == items[k].clause)
            .find(|&j| items[j].figure.is_some())
            .is_some_and(base_of_a_rate);
        let base = k >= 2
            && base_of_a_rate(k)
            && (k.saturating_sub(6)..k - 1).any(|j| items[j].figure.is_some());
        reading.reference |= rate || base;
        // "près de 18 personnes sont mortes chaque jour", "2,000 crossings a day": a rate, no
        // count of the news's own ("a day earlier", "a year ago" are dates).
        reading.reference |= (k + 1..(k + 8).min(items.len()))
            .take_while(|&j| items[j].clause == items[k].clause && items[j].figure.is_none())
            .any(|j| {
                let period = matches!(
                    words.get(j..j + 2),
                    Some(
                        [
                            "chaque" | "par",
                            "jour" | "semaine" | "mois" | "an" | "année" | "nuit"
                        ] | [
                            "a" | "per" | "each" | "every",
                            "day" | "week" | "month" | "year" | "night"
                        ]
                    )
                );
                // Not "during a week of unrest", "in a day".
                let span = matches!(
                    words[j - 1],
                    "during" | "in" | "within" | "for" | "over" | "en" | "pendant" | "dans"
                );
                period
                    && !span
                    && !matches!(
                        words.get(j + 2),
                        Some(
                            &("earlier"
                                | "ago"
                                | "before"
                                | "later"
                                | "after"
                                | "on"
                                | "plus"
                                | "of")
                        )
                    )
            });
        // Joined to the next figure: "… et [plus de] 16 …".
        if let Some(next) = (k + 1..items.len()).find(|&j| items[j].figure.is_some()) {
            let between = &words[k + 1..next];
            let mut tail = between.len();
            // Step back over the next figure's qualifier.
            while tail > 0 && !matches!(between[tail - 1], "et" | "and") && between.len() - tail < 3
            {
                tail -= 1;
            }
            reading.and_next =
                tail > 0 && matches!(between[tail - 1], "et" | "and") && between.len() <= 10;
            // Counts are listed with at most a qualifier after "and": "and the families of 412
            // claimants" is no list; "la mort de quatre automobilistes et de trois pompiers" is.
            let mut stepped = k + 1 + tail;
            if stepped < next && matches!(words[stepped], "de" | "d" | "of") {
                stepped += 1;
            }
            let qualifier_only = stepped == next
                || cues[stepped]
                    .iter()
                    .any(|&(n, cue)| matches!(cue, Cue::Qualifier(_)) && stepped + n == next);
            // "dont l'un des deux chauffeurs, et 31 ont été blessées", "one of the two drivers":
            // the whole "one" is taken from, no part of the list after it.
            let one_of = matches!(
                words[..k],
                [.., "un" | "une", "des"] | [.., "one", "of", "the" | "its" | "their"]
            );
            reading.joined_to_next = reading.and_next && qualifier_only && !one_of;
            reading.spans_to_next = matches!(between, ["à" | "to"]);
            // "78 %, alors qu'il en faudrait au moins 95 %", "81 %, contre un objectif de
            // 95 %": a threshold or a target, no second share; nor is a turnout a share of
            // the votes ("rejeté à 57,1 %, avec une participation de 52,3 %").
            let threshold = between.iter().any(|w| {
                matches!(
                    *w,
                    "faut"
                        | "faudrait"
                        | "fallait"
                        | "needed"
                        | "required"
                        | "requis"
                        | "objectif"
                        | "target"
                        | "goal"
                        | "seuil"
                        | "threshold"
                        | "participation"
                        | "turnout"
                )
            });
            // Shares listed with commas: "55 %, son rival 40 % et le troisième 12 %"; not
            // "including two with meningitis, but no deaths".
            let gap = &self.text[items[k].end.min(items[next].start)..items[next].start];
            // "plus de 90 % de ses long-courriers, mais a supprimé un tiers de ses vols": "but"
            // turns to another whole.
            // "including six guards, and allowed seven inmates to escape", "et a saisi …": a
            // verb after "and" opens a clause of its own.
            let verb_after_and = between.windows(2).any(|pair| {
                matches!(pair[0], "and" | "et")
                    && (pair[1].ends_with("ed") || is_auxiliary(pair[1], self.article.lang))
            });
            reading.comma_joined = gap.contains(',')
                && between.len() <= 8
                && !between.iter().any(|w| matches!(*w, "but" | "mais"))
                && !verb_after_and
                && !threshold;
            // "64 % se disent favorables, tandis que 41 % y sont opposés": the second share,
            // with no whole of its own, is of the first one's.
            let contrast = matches!(
                between,
                [.., "tandis" | "alors", "que"] | [.., "while" | "whereas"]
            );
            let own_whole = words
                .get(next + 1..next + 2)
                .is_some_and(|w| matches!(w, ["des" | "du" | "d" | "of"]));
            reading.contrasted = contrast && between.len() <= 12 && !own_whole && !threshold;
        }
        // "l'armée dit avoir perdu une dizaine de combattants", "lost 22 soldiers": troops
        // lost are dead (not "lost 500 members", who left).
        let lost = (k - qualifier_len)
            .checked_sub(1)
            .is_some_and(|j| matches!(words[j], "lost" | "perdu"));
        // "We lost nine of our people", "nous avons perdu trois collègues": people lost are
        // dead too (not "lost 500 members"; nor "the Front said it had lost 22 men", fighters
        // of one side whom a toll of civilians does not hold).
        // So are those "we lost" after them: "the four colleagues we lost this morning".
        let people_at = |j: usize| {
            matches!(
                words.get(j),
                Some(
                    &("people"
                        | "personnes"
                        | "colleagues"
                        | "collègues"
                        | "workers"
                        | "friends"
                        | "children"
                        | "enfants")
                )
            )
        };
        let lost_people = || {
            let of_ours = matches!(
                words.get(k + 1..k + 3),
                Some(["of", "our" | "their" | "its"] | ["de", "nos" | "leurs" | "ses"])
            );
            people_at(if of_ours { k + 3 } else { k + 1 })
        };
        let lost_after = people_at(k + 1)
            && (matches!(words.get(k + 2..k + 4), Some(["we" | "they", "lost"]))
                || matches!(
                    words.get(k + 2..k + 6),
                    Some([
                        "que",
                        "nous" | "ils" | "elles",
                        "avons" | "ont",
                        "perdu" | "perdus"
                    ])
                ));
        if (lost || lost_after)
            && reading.event.is_none()
            && (reading.head_counted == Some(TROOPS) || lost_after || lost_people())
        {
            reading.event = Some(DEATHS);
        }
        reading.age = self.is_age(items, words, cues, k, &reading);
        if of_people && !reading.any_head {
            reading.event = None;
            reading.head_thing = true;
        }
        reading
    }

    /// "The dead, aged 23, 31 and 40", "âgées de 19, 22 et 27 ans": the figures listed after an
    /// age are ages too, while the list goes on ("aged 18, 300 were held" ends it) and each is
    /// a plain whole number of years.
    fn ages_listed(
        &self,
        items: &[Item],
        words: &[&str],
        quantities: &[Quantity],
        figure_items: &[usize],
        readings: &mut [Reading],
    ) {
        let figure = |k: usize| items.get(k).and_then(|it| it.figure);
        // The next figure of a list: after a comma alone, or after "and" in the same clause.
        let after_comma = |a: usize| {
            figure(a + 1).is_some()
                && items[a + 1].clause != items[a].clause
                && self.text[items[a].end..items[a + 1].start].trim() == ","
        };
        let after_joiner = |a: usize| {
            figure(a + 2).is_some()
                && is_joiner(words[a + 1])
                && items[a + 1].clause == items[a].clause
        };
        let years = |k: usize, reading: &Reading| {
            let q = figure(k).map(|f| &quantities[f]);
            q.is_some_and(|q| {
                q.value.fract() == 0.0
                    && q.value < 120.0
                    && q.qualifier.is_none()
                    && q.high.is_none()
                    && !q.percent
                    && q.currency.is_none()
            }) && (reading.bare || reading.measure.as_deref() == Some("year"))
        };
        // Only a list with a comma: "aged 5 to 17, 49 in children under five and 30 in adults"
        // lists no ages after "five".
        let mut listed = false;
        for n in 1..readings.len() {
            let (a, b) = (figure_items[n - 1], figure_items[n]);
            let comma = b == a + 1 && after_comma(a) && (after_comma(b) || after_joiner(b));
            let last = b == a + 2 && listed && after_joiner(a);
            listed = readings[n - 1].age && (comma || last) && years(b, &readings[n]);
            readings[n].age |= listed;
        }
    }

    /// "seven were people above 60", "patients over 65,": two digits with no noun of their
    /// own, right after people and "above", are an age.
    fn people_above_an_age(
        &self,
        items: &[Item],
        words: &[&str],
        cues: &Cues<'_>,
        k: usize,
        reading: &Reading,
    ) -> bool {
        let written = &self.text[items[k].start..items[k].end];
        reading.bare
            && k >= 2
            && written.len() == 2
            && written.bytes().all(|b| b.is_ascii_digit())
            && matches!(words[k - 1], "above" | "over" | "under" | "below")
            && cues[k - 2]
                .iter()
                .any(|(_, cue)| matches!(cue, Cue::People))
    }

    /// An age is no claim: "âgés de 27 à 51 ans", "une femme de 62 ans", "des enfants de moins
    /// de cinq ans", "Yohan B., 38 ans, conteste", "recommandé à 25 ans", "the youngest aged
    /// 15", "as young as 13", "the youngest 14", "Okafor, 46, a former nurse".
    fn is_age(
        &self,
        items: &[Item],
        words: &[&str],
        cues: &Cues<'_>,
        k: usize,
        reading: &Reading,
    ) -> bool {
        let clause = items[k].clause;
        // The four words before the figure in its clause, back to the last figure.
        let words_back = |k: usize| {
            (k.saturating_sub(4)..k)
                .rev()
                .take_while(|&j| items[j].figure.is_none() && items[j].clause == clause)
                .last()
                .unwrap_or(k)
        };
        // "un nourrisson de 7 mois": babies are aged in months.
        let in_years = matches!(reading.measure.as_deref(), Some("year" | "month"));
        // Past the first of two ages joined: "deux enfants de 9 et 11 ans", "aged 6 months to
        // 45 years", "aged 19 and 23" (not "126 enfants âgés de 8 à 14 ans et 22 animateurs").
        let mut from = words_back(k);
        let first = (k.saturating_sub(3)..k.saturating_sub(1))
            .rev()
            .find(|&j| j + 1 == from);
        let second_age = in_years || reading.bare;
        if let Some(j) =
            first.filter(|&j| second_age && is_joiner(words[k - 1]) && items[j].figure.is_some())
        {
            from = words_back(j);
        }
        let near = &words[from..k];
        // "l'âge légal de départ de 62 à 64 ans": an age in years named a little further back.
        let age_named_before = in_years
            && (k.saturating_sub(6)..from)
                .rev()
                .take_while(|&j| items[j].figure.is_none() && items[j].clause == clause)
                .any(|j| matches!(words[j], "âge" | "age"));
        if age_named_before || near.iter().any(|w| {
            matches!(
                *w,
                "âgé" | "âgée" | "âgés" | "âgées" | "aged" | "âge" | "age" | "ages"
            )
        }) || matches!(near, [.., "as", "young" | "old", "as"])
            // "Nine are teenagers, the youngest 14", "the oldest was 82", "the youngest
            // suspect is 19".
            || matches!(
                near,
                [.., "youngest" | "oldest"]
                    | [.., "youngest" | "oldest", "was" | "is" | "being"]
                    | [.., "youngest" | "oldest", _, "was" | "is"]
            )
            || matches!(
                words.get(k + 1..k + 3),
                Some([
                    "year" | "years" | "month" | "months" | "week" | "weeks",
                    "old" | "olds"
                ])
            )
            || self.people_above_an_age(items, words, cues, k, reading)
        {
            return true;
        }
        // "la moitié des malades ont moins de 5 ans": what people have in years is their age;
        // so is an age group ("les plus de 65 ans", "chez les 15-24 ans").
        let have_years = in_years
            && matches!(
                near,
                [.., "ont" | "avaient" | "les", "moins" | "plus", "de"]
                    | [.., "ont" | "avaient"]
                    | [.., "chez" | "parmi", "les"]
            )
            && !matches!(words.get(k + 2), Some(&("de" | "d")));
        // "une femme de 62 ans", "enfants de moins de cinq ans": years of someone, who may be
        // named by a capitalised noun inside the sentence ("un Roubaisien de 39 ans").
        let of_someone = near.iter().enumerate().any(|(d, w)| {
            let de = from + d;
            let person = |noun: usize| {
                cues[noun]
                    .iter()
                    .any(|(_, cue)| matches!(cue, Cue::People | Cue::Group(_)))
                    || (noun > 0 && self.text[items[noun].start..].starts_with(char::is_uppercase))
                    // "un agriculteur de 61 ans", "un chauffeur routier de 58 ans", "une
                    // secrétaire médicale de 29 ans" (an adjective after the noun, right
                    // before the age).
                    || (noun.saturating_sub(usize::from(noun + 2 == k))..=noun).any(|agent| {
                        // The article may have been read as a figure ("Un ouvrier").
                        let article = |i: usize| {
                            let written = &self.text[items[i].start..items[i].end];
                            matches!(words[i], "un" | "une")
                                || written.eq_ignore_ascii_case("un")
                                || written.eq_ignore_ascii_case("une")
                        };
                        agent > 0
                            && names_an_agent(words[agent])
                            && (agent.saturating_sub(2)..agent).any(article)
                    })
            };
            // Right before the years, or past a qualifier: not "un pharmacien de Fréjus
            // condamné à trois ans".
            let next_to_years = || {
                words[de + 1..k].iter().all(|w| {
                    matches!(
                        *w,
                        "moins"
                            | "plus"
                            | "de"
                            | "d"
                            | "près"
                            | "environ"
                            | "quelque"
                            | "et"
                            | "à"
                            | ""
                    )
                })
            };
            // "un gérant de société de 41 ans", "un ouvrier du bâtiment de 52 ans": a noun may
            // qualify the person.
            let qualified =
                || de >= 3 && matches!(words[de - 2], "de" | "d" | "du") && person(de - 3);
            matches!(*w, "de" | "d") && de > 0 && next_to_years() && (person(de - 1) || qualified())
        });
        // "children under 15", "residents over 65".
        let past_someone = k >= 2
            && from < k
            && matches!(words[k - 1], "under" | "over")
            && !reading.any_head
            && cues[k - 2]
                .iter()
                .any(|(_, cue)| matches!(cue, Cue::People | Cue::Group(_)));
        // "recommandé à 25 ans", not "condamné à 5 ans (de prison)".
        let at_years = near.last() == Some(&"à")
            && !near.iter().any(|w| w.starts_with("condamn"))
            && !matches!(words.get(k + 2), Some(&("de" | "d")));
        // Set off by commas: "Yohan B., 38 ans, conteste", "Okafor, 46, a former nurse" (bare,
        // after a name).
        let set_off = |after: usize| {
            k > 0
                && items[k - 1].clause != clause
                && items.get(after).is_none_or(|it| it.clause != clause)
        };
        // After a name and a comma: not "l'Occitanie (980)".
        // Or after one person: "the group's French guide, 47, and a 29-year-old skier" (not
        // "the largest number of cases, 63").
        let person = |j: usize| {
            !words[j].ends_with('s')
                && (cues[j]
                    .iter()
                    .any(|(_, cue)| matches!(cue, Cue::People | Cue::Group(_)))
                    || names_an_agent(words[j])
                    || [
                        "er", "or", "ist", "ian", "man", "woman", "guide", "wife", "husband",
                    ]
                    .iter()
                    .any(|end| {
                        words[j].ends_with(end)
                            && (words[j].len() > end.len() + 1 || words[j] == *end)
                    }))
        };
        let after_name = k > 0
            && self.text[items[k - 1].end..items[k].start].trim() == ","
            && (self.text[items[k - 1].start..items[k - 1].end].starts_with(char::is_uppercase)
                || person(k - 1));
        let bare_age = reading.qualifier.is_none()
            && !reading.any_head
            && after_name
            && set_off(k + 1)
            && self.text[items[k].start..items[k].end]
                .bytes()
                .all(|b| b.is_ascii_digit())
            && (1..=3).contains(&(items[k].end - items[k].start));
        (in_years && (of_someone || at_years || set_off(k + 2)))
            || have_years
            || bare_age
            || past_someone
    }

    /// Gives a figure with no event of its own the event of the next part of its list, or of
    /// the figure it is added to ("Six policiers ont été blessés, ainsi que deux manifestants").
    fn link_lists(readings: &mut [Reading]) {
        for n in 1..readings.len() {
            if readings[n].as_well_as && readings[n].event.is_none() {
                readings[n].inherited = readings[n - 1].inherited_or_event();
            }
        }
        // "The blast killed four drivers and three firefighters": the verb before the list is
        // every part's. ("Among the dead were nine women and three children" names some of a
        // toll: a frame's parts are linked to it later.)
        for n in 1..readings.len() {
            let (before, part) = (&readings[n - 1], &readings[n]);
            // After a verb of harm that opens the list, any noun but a thing's or a unit's:
            // "killed eight plant employees and four contractors".
            let unknown_noun = before.verb_first
                && matches!(before.inherited_or_event(), Some(DEATHS | INJURED))
                && !before.head_thing
                && !before.object_of_other_verb
                && !part.others
                && !part.head_thing
                && !part.head_spending
                && part.measure.is_none()
                && part.currency.is_none();
            let says_who =
                part.head_group.is_some() || part.head_people || part.bare || unknown_noun;
            let open = part.frame.is_none()
                && part.event.is_none()
                && part.head_category.is_none()
                && (part.head_counted.is_none() || before.verb_first)
                && part.inherited.is_none()
                && !part.cases
                && !part.own_verb
                && says_who;
            if let (true, true, Some(event)) =
                (before.joined_to_next, open, before.inherited_or_event())
            {
                readings[n].inherited = Some(event);
                readings[n - 1].inherited.get_or_insert(event);
            }
        }
        for n in (0..readings.len().saturating_sub(1)).rev() {
            // "26 manifestants", "9 residents", "12 enfants": who is counted, not what happened.
            // An unknown noun ("2,400 homes") is something else than the next part counts.
            let head_is_group = readings[n].head_group.is_some() || readings[n].head_people;
            let own = readings[n].event;
            if own.is_none()
                && head_is_group
                && readings[n].joined_to_next
                && !readings[n].object_of_other_verb
            {
                let next = &readings[n + 1];
                if let Some(next) = next.inherited_or_event().or(next.verb_past_noun) {
                    readings[n].inherited = Some(next);
                    // The last part of the list takes its own event as part of the list.
                    if readings[n + 1].inherited.is_none() {
                        readings[n + 1].inherited = Some(next);
                    }
                }
            }
        }
    }

    /// Status cues go to the nearest figure they can qualify. A withdrawal names the toll it
    /// withdrew anywhere in the sentence ("a retiré un bilan …, selon lequel plus de 164"), but
    /// not a figure it takes as its object ("retiré 17 corps des décombres"); a
    /// doubt follows its figure closely ("164 morts, qui n'a pas pu être vérifié"); a negation
    /// comes just before it, a possibility just before or after ("pourrait atteindre 200").
    fn mark_status(
        (items, words): (&[Item], &[&str]),
        cues: &Cues<'_>,
        figures: &[usize],
        readings: &mut [Reading],
    ) {
        for (j, it) in items.iter().enumerate() {
            if it.figure.is_some() {
                continue;
            }
            let Some((len, status)) = cues[j].iter().find_map(|&(n, cue)| match cue {
                Cue::Status(s) => Some((n, *s)),
                _ => None,
            }) else {
                continue;
            };
            // Not what the verb itself removes, nor the rest of its list: "nous avons retiré 17
            // corps", "withdrew 300 troops", "ont retiré 31 corps et 12 survivants des décombres";
            // but "dismissed a toll of 40 dead" withdraws the toll.
            let removes = |f: usize| {
                (j + len..=j + len + 2).contains(&f)
                    && !words[j + len..f].iter().any(|w| {
                        matches!(
                            *w,
                            "that" | "que" | "qu" | "of" | "after" | "après" | "when" | "lorsque"
                        )
                    })
            };
            // Figures come in the text's order: the ones on each side of the cue are found by
            // binary search.
            let after = figures.partition_point(|&f| f < j);
            if status == Status::Withdrawn
                && figures[after..]
                    .iter()
                    .take_while(|&&f| f <= j + len + 2)
                    .any(|&f| removes(f))
            {
                continue;
            }
            let reaches = |f: usize| match status {
                Status::Withdrawn => true,
                Status::Unverified => f.abs_diff(j) <= STATUS_REACH,
                Status::Negated => f > j && f - j <= 4,
                // Or its verb right after the figure's noun: "entre 350 et 400 vies auraient pu
                // être épargnées".
                Status::Hypothetical => (f > j && f - j <= 4) || (f < j && j - f <= 3),
                Status::Asserted => false,
            };
            // "35 cases on Saturday, a figure they retracted after four tests", "Le chiffre de
            // 25 interpellations … a été rectifié": the figure named before the cue.
            let names_a_figure = status == Status::Withdrawn
                && (j.saturating_sub(4)..j).any(|i| {
                    matches!(
                        words[i],
                        "figure" | "chiffre" | "toll" | "bilan" | "number" | "nombre"
                    )
                });
            let nearest = (after.saturating_sub(1)..figures.len().min(after + 1))
                .map(|n| (n, &figures[n]))
                .filter(|(_, &f)| reaches(f))
                .filter(|(_, &f)| !(names_a_figure && f > j))
                .min_by_key(|(_, &f)| f.abs_diff(j));
            if let Some((n, &f)) = nearest {
                let distance = f.abs_diff(j);
                if readings[n].status.is_none_or(|(d, _)| distance < d) {
                    readings[n].status = Some((distance, status));
                }
            }
        }
    }

    /// Who gives the sentence's figures: "selon X", "X a annoncé", "a indiqué X".
    fn source(&self, items: &[Item], words: &[&str], cues: &Cues<'_>) -> Option<String> {
        for j in 0..items.len() {
            for &(n, cue) in &cues[j] {
                let name = match cue {
                    Cue::SourceBefore => self
                        .issuer_of_document(items, words, cues, j + n)
                        .or_else(|| self.name_from(items, words, cues, j + n, true)),
                    Cue::SourceVerb => self
                        .name_from(items, words, cues, j + n, false)
                        .or_else(|| self.subject_before(items, words, j)),
                    Cue::SourceAct => self.subject_before(items, words, j),
                    _ => None,
                };
                if let Some(name) = name {
                    return Some(self.complete(&name));
                }
            }
        }
        None
    }

    /// "selon un nouveau bilan communiqué lundi par le ministère de l'Intérieur", "according to
    /// figures released by the health ministry": who issued the document named, not the
    /// document.
    fn issuer_of_document(
        &self,
        items: &[Item],
        words: &[&str],
        cues: &Cues<'_>,
        from: usize,
    ) -> Option<String> {
        let clause = items.get(from)?.clause;
        let reach = (from..items.len().min(from + 8))
            .take_while(|&j| items[j].clause == clause && items[j].figure.is_none());
        let mut document = false;
        for j in reach {
            match words[j] {
                "bilan" | "décompte" | "communiqué" | "rapport" | "chiffres" | "figures"
                | "report" | "statement" | "tally" | "count" => document = true,
                "par" | "by" if document => {
                    return self.name_from(items, words, cues, j + 1, false)
                }
                _ => {}
            }
        }
        None
    }

    /// "2 500 selon la préfecture, 6 000 selon les organisateurs": a source named right after
    /// the figure, in its clause, is that figure's own.
    fn source_right_after(
        &self,
        items: &[Item],
        words: &[&str],
        cues: &Cues<'_>,
        k: usize,
    ) -> Option<String> {
        let clause = items[k].clause;
        let name_at = (k + 1..items.len().min(k + 5))
            .take_while(|&j| items[j].clause == clause && items[j].figure.is_none())
            .find_map(|j| {
                cues[j]
                    .iter()
                    .find_map(|&(n, c)| matches!(c, Cue::SourceBefore).then_some(j + n))
            })?;
        self.name_from(items, words, cues, name_at, true)
            .map(|name| self.complete(&name))
    }

    /// A one-word source ("le ministère") named in full earlier in the sentence ("les organes
    /// du (ministère) de l'Intérieur") takes the full name.
    fn complete(&self, name: &str) -> String {
        if name.contains(' ') {
            return name.to_string();
        }
        let sentence = &self.text[self.span.range()];
        for (at, _) in sentence.match_indices(name) {
            let rest = sentence[at + name.len()..].trim_start_matches([')', ' ', '\u{a0}']);
            let Some(complement) = ["de ", "du ", "des ", "d'", "d’", "of "]
                .iter()
                .find_map(|p| rest.strip_prefix(p).map(|tail| (p, tail)))
            else {
                continue;
            };
            let (link, tail) = complement;
            let tail = tail
                .strip_prefix("l'")
                .or_else(|| tail.strip_prefix("l’"))
                .or_else(|| tail.strip_prefix("la "))
                .or_else(|| tail.strip_prefix("the "))
                .map_or((tail, ""), |t| (t, &tail[..tail.len() - t.len()]));
            let (words_after, article) = tail;
            let end = words_after
                .find(|c: char| !(c.is_alphanumeric() || c == '-'))
                .unwrap_or(words_after.len());
            let proper = &words_after[..end];
            if proper.starts_with(char::is_uppercase) {
                return format!("{name} {link}{article}{proper}").replace("  ", " ");
            }
        }
        name.to_string()
    }

    /// A name starting at `items[from]` (days skipped), up to a stop word or punctuation. After
    /// "according to", "selon", a bare noun names the source too ("according to police").
    fn name_from(
        &self,
        items: &[Item],
        words: &[&str],
        cues: &Cues<'_>,
        from: usize,
        bare_noun: bool,
    ) -> Option<String> {
        let mut start = from;
        while start < items.len() && weekday_number(words[start]).is_some() {
            start += 1;
        }
        let first = items.get(start)?;
        let is_name_start = matches!(
            words[start],
            "le" | "la" | "les" | "l" | "the" | "un" | "une"
        ) || self.text[first.start..].starts_with(char::is_uppercase)
            || (bare_noun
                && !is_function_word(words[start])
                && !is_stop(&cues[start])
                // "en fin d'après-midi": a word glued by a hyphen is no name.
                && start > 0
                && !self.text[items[start - 1].end..first.start].contains('-'));
        if first.figure.is_some() || !is_name_start || is_pronoun(words[start]) {
            return None;
        }
        let clause = first.clause;
        let mut end = start;
        while end < items.len()
            && end - start < SOURCE_REACH
            && items[end].figure.is_none()
            && items[end].clause == clause
            && (end == start || !is_stop(&cues[end]))
        {
            end += 1;
        }
        // "said the walkout could cost the operator up to …": a clause, not a name.
        let clause_inside = words[start..end].iter().any(|w| {
            is_auxiliary(w, self.article.lang)
                || matches!(
                    *w,
                    "could" | "would" | "will" | "may" | "might" | "pourrait" | "aurait" | "sera"
                )
        });
        // "said the dead included 21 men": after a verb of saying, words running on to a figure
        // are what was said, not who said it.
        let runs_into_figure = !bare_noun
            && items
                .get(end)
                .is_some_and(|it| it.figure.is_some() && it.clause == clause);
        if clause_inside || runs_into_figure {
            return None;
        }
        self.name_text(items, words, start, end)
    }

    /// The subject before a verb of saying: "La présidence a annoncé".
    fn subject_before(&self, items: &[Item], words: &[&str], verb: usize) -> Option<String> {
        let clause = items.get(verb)?.clause;
        let mut start = verb;
        while start > 0
            && items[start - 1].clause == clause
            && items[start - 1].figure.is_none()
            && verb - start < SOURCE_REACH
        {
            start -= 1;
        }
        let clause_starts_here = start == 0 || items[start - 1].clause != clause;
        // "The minister ordered an inquiry and announced …": the subject is not all that.
        let second_verb = verb > 0 && matches!(words[verb - 1], "and" | "et");
        // "disease has been confirmed on three farms", "the number of confirmed cases": a
        // passive or an adjective, whose subject says nothing.
        let no_saying = verb > 0
            && matches!(
                words[verb - 1],
                "been" | "being" | "be" | "été" | "of" | "the" | "de" | "des" | "les"
            );
        // A headline's "Foot-and-mouth confirmed on three farms": a participle, then a figure.
        let participle = matches!(
            words.get(verb + 1),
            Some(&("on" | "in" | "at" | "among" | "sur" | "dans" | "chez"))
        ) && items.get(verb + 2).is_some_and(|it| it.figure.is_some());
        // "The number of people confirmed dead": a participle that says what befell them.
        let befell = matches!(
            words.get(verb + 1),
            Some(&("dead" | "killed" | "injured" | "wounded" | "missing" | "morts" | "mortes"))
        );
        if !clause_starts_here
            || befell
            || start == verb
            || second_verb
            || no_saying
            || participle
            || is_pronoun(words[start])
        {
            return None;
        }
        self.name_text(items, words, start, verb)
    }

    /// The original text of `items[start..end]`, without a leading article, linking word or
    /// time ("By Wednesday evening the mine's owner" → "mine's owner") or a trailing auxiliary
    /// ("and the authorities had" → "authorities").
    fn name_text(
        &self,
        items: &[Item],
        words: &[&str],
        mut start: usize,
        mut end: usize,
    ) -> Option<String> {
        while start < end
            && (matches!(
                words[start],
                "le" | "la"
                    | "les"
                    | "l"
                    | "the"
                    | "a"
                    | "un"
                    | "une"
                    | "des"
                    | "du"
                    | "and"
                    | "et"
                    | "while"
                    | "whereas"
                    | "according"
                    | "to"
                    // "Later police said …": when, not who.
                    | "later"
                    | "earlier"
                    | "then"
                    | "meanwhile"
                    | "ensuite"
                    | "puis"
            ) || is_time_word(words[start]))
            // "according to the UN": the United Nations, no article.
            && &self.text[items[start].start..items[start].end] != "UN"
        {
            start += 1;
        }
        while end > start
            && matches!(
                words[end - 1],
                "had"
                    | "has"
                    | "have"
                    | "was"
                    | "were"
                    | "is"
                    | "avait"
                    | "avaient"
                    | "a"
                    | "ont"
                    | "est"
                    | "sont"
            )
        {
            end -= 1;
        }
        if start >= end {
            return None;
        }
        let text = &self.text[items[start].start..items[end - 1].end];
        Some(text.trim_end_matches(['(', ' ']).to_string())
    }

    /// The day a figure refers to: a date named in the sentence, else a weekday ("dimanche")
    /// resolved against the dateline; the one nearest the figure wins.
    fn date(
        &self,
        items: &[Item],
        words: &[&str],
        k: usize,
        dates: &[DateMention],
    ) -> Option<Date> {
        let article_date = self.article.date;
        let figure_start = items[k].start;
        let mut best: Option<(usize, Date)> = None;
        let consider = |best: &mut Option<(usize, Date)>, distance: usize, date: Option<Date>| {
            if let Some(d) = date {
                if best.is_none_or(|(b, _)| distance < b) {
                    *best = Some((distance, d));
                }
            }
        };
        // Only the dates near the figure: a sentence that runs on for pages (a text with no
        // punctuation) would hold every figure against every date.
        let near = |at: usize| at.abs_diff(figure_start) <= DATE_REACH;
        let from = dates.partition_point(|d| d.start + DATE_REACH < figure_start);
        for d in dates[from..].iter().take_while(|d| near(d.start)) {
            // Only the few bytes before the date: the text before it may be the whole file.
            // "since the heatwave began on July 11", "depuis le 2 mars": a period's first day.
            let mut from = d.start.saturating_sub(40);
            while !self.text.is_char_boundary(from) {
                from += 1;
            }
            let before = &self.text[from..d.start];
            let clause = before
                .rsplit([',', ';', '.'])
                .next()
                .unwrap_or("")
                .as_bytes();
            let opens_period = |word: &[u8]| {
                clause
                    .windows(word.len())
                    .any(|w| w.eq_ignore_ascii_case(word))
            };
            if opens_period(b"depuis") || opens_period(b"since") {
                continue;
            }
            // "KESSIN, July 3 — Artillery fire …": a dateline dates the dispatch, not the
            // figures of its first sentence.
            let after = self.text[d.end..].trim_start_matches(' ');
            if after.starts_with(['—', '–']) || after.starts_with("- ") {
                continue;
            }
            let year = d.year.or(article_date.map(Date::year));
            let Some(date) = d
                .day
                .zip(year)
                .and_then(|(day, year)| Date::from_ymd(year, d.month, day))
            else {
                continue;
            };
            // "days before the country's Aug. 20 snap election": a day to come counts nothing yet.
            if article_date
                .and_then(|a| a.add_days(1))
                .is_some_and(|next| date > next)
            {
                continue;
            }
            consider(&mut best, d.start.abs_diff(figure_start), Some(date));
        }
        // The sentence's words of days, found once for all its figures.
        let day_words = self
            .day_words
            .get_or_init(|| day_words(items, words, article_date));
        let from = day_words.partition_point(|&(j, _)| items[j].start + DATE_REACH < figure_start);
        let near_days = || {
            day_words[from..]
                .iter()
                .take_while(|&&(j, _)| near(items[j].start))
        };
        for &(j, word) in near_days() {
            if let DayWord::Day(date) = word {
                consider(&mut best, items[j].start.abs_diff(figure_start), date);
            }
        }
        // "up from 41 a day earlier", "contre 1.093 la nuit précédente": the day before the one
        // the sentence speaks of.
        let base = best.map(|(_, d)| d).or(article_date);
        for &(j, word) in near_days() {
            if word == DayWord::DayBefore {
                let day_before = base.and_then(|d| d.add_days(-1));
                consider(&mut best, items[j].start.abs_diff(figure_start), day_before);
            }
        }
        best.map(|(_, d)| d)
    }

    fn claim(
        &self,
        q: &Quantity,
        reading: &Reading,
        (items, words): (&[Item], &[&str]),
        k: usize,
        dates: &[DateMention],
        source: Option<&str>,
    ) -> Option<Claim> {
        // "A cholera outbreak in 2008 killed 4,000": after "in", a verb tells what the year saw.
        let year_then_verb = k > 0
            && matches!(words[k - 1], "in" | "en" | "since" | "depuis")
            && reading.head_category.is_some()
            && !reading.head_people
            && !reading.head_thing
            && reading.head_counted.is_none()
            && reading.head_group.is_none()
            && reading.measure.is_none()
            && reading.currency.is_none();
        // "The 2019 floods killed 40", "the 2022 protests": English writes a count of a
        // thousand or more with a separator, so "the" and four bare digits is a year.
        let the_year = self.article.lang == Lang::En && k > 0 && words[k - 1] == "the";
        let year = q.maybe_year
            && (!reading.any_head || year_then_verb || the_year)
            && is_year(items, words, k);
        // "the 192 bus", "the 737 jet": a route or model number, named like a word.
        let digits = || {
            self.text[q.start..q.end]
                .bytes()
                .all(|b| b.is_ascii_digit())
        };
        let route = k > 0
            && words[k - 1] == "the"
            && matches!(
                items.get(k + 1).map(|_| words[k + 1]),
                Some("bus" | "tram" | "route" | "jet" | "jets" | "series" | "model")
            );
        // "a Cessna 185", "un Airbus 320": a model named by its maker; "the InterCity 412
        // service", "le TGV 6214": a train or a flight named by its number.
        let service = || {
            matches!(words[k - 2], "the" | "le" | "la")
                && matches!(
                    items.get(k + 1).map(|_| words[k + 1]),
                    Some("service" | "train" | "flight" | "express" | "vol" | "ligne" | "line")
                )
        };
        let model = k >= 2
            && (matches!(words[k - 2], "a" | "an" | "un" | "une") || service())
            && self.is_name(items, k - 1);
        let numbered_name = || self.is_numbered_name(q, reading, (items, words), k);
        if reading.age || year || ((route || model || numbered_name()) && digits()) {
            return None;
        }
        // "five years ago", "il y a trois jours": a date, not a duration.
        let next_word = |n: usize| items.get(k + n).map(|_| words[k + n]);
        if reading.measure.is_some()
            && (next_word(2) == Some("ago") || (k >= 2 && words[k - 2..k] == ["il", "y"]))
        {
            return None;
        }
        // "vers 1 heure du matin", "à 15 heures": a time of day, not a duration.
        // "entre 14 heures et 18 heures", "ouverte de 9 heures à 18 heures".
        let between_hours = (k > 0 && words[k - 1] == "entre" && next_word(2) == Some("et"))
            || (k > 0
                && words[k - 1] == "de"
                && next_word(2) == Some("à")
                && matches!(next_word(4), Some("heures" | "heure")))
            || matches!(
                words[k.saturating_sub(4)..k],
                ["entre", _, "heures" | "heure", "et"] | ["de", _, "heures" | "heure", "à"]
            );
        // "jusqu'à vendredi 6 heures": the hour of a day.
        let clock = between_hours
            || (k > 0 && matches!(words[k - 1], "vers" | "à" | "dès"))
            || (k > 0 && crate::date::weekday_number(words[k - 1]).is_some())
            || matches!(words[k.saturating_sub(2)..k], ["peu", "après" | "avant"])
            || matches!(
                (next_word(2), next_word(3)),
                (Some("du"), Some("matin" | "soir")) | (Some("de"), Some("l" | "la"))
            );
        // "la garde à vue peut durer jusqu'à 96 heures": no clock shows more than 24 hours;
        // "fermée jusqu'à 21 heures" is a time, "privés de courant jusqu'à 18 heures par
        // jour", "prolongée jusqu'à 12 heures" are spans.
        let lasting = k >= 2
            && words[k - 2] == "jusqu"
            && (next_word(2) == Some("par")
                || words[k.saturating_sub(6)..k]
                    .iter()
                    .any(|w| w.starts_with("dur") || w.starts_with("prolong")));
        let clock = clock && q.value <= 24.0 && !lasting;
        if reading.measure.as_deref() == Some("hour") && clock {
            return None;
        }
        // "aucun doute" denies nothing countable; "aucun mort", "no one was killed" do.
        if q.negation && !reading.any_head && reading.event.is_none() {
            return None;
        }
        let lexicon = self.lexicon;
        let category_name = |id: u16| lexicon.categories.get(usize::from(id)).cloned();
        let currency = q
            .currency
            .map(str::to_string)
            .or_else(|| reading.currency.clone());
        let (category, unit) = if let Some(code) = currency {
            let code = match &reading.per_unit {
                Some(per) => format!("{code}/{per}"),
                None => code,
            };
            ("money".to_string(), Unit::Currency(code))
        } else if q.percent {
            ("percentage".to_string(), Unit::Percent)
        } else if reading.measure.as_deref() == Some("percentage_points") {
            (
                "percentage".to_string(),
                Unit::Measure("percentage_points".into()),
            )
        } else if let Some(m) = &reading.measure {
            ("measure".to_string(), Unit::Measure(m.clone()))
        } else if q.value < 0.0 {
            // "around minus 12 up there": below zero with no unit, a temperature.
            ("measure".to_string(), Unit::Measure("celsius".into()))
        } else {
            // "180 gendarmes ont participé au coup de filet": police taking part in an
            // operation are deployed, not a crowd.
            // "une opération menée par 60 gendarmes a permis l'interpellation de neuf
            // orpailleurs", "raids carried out by 200 officers": the agents of what happened.
            let reach = if reading.qualifier.is_some() { 4 } else { 1 };
            let agents = words[k.saturating_sub(reach)..k]
                .iter()
                .any(|w| matches!(*w, "par" | "by"));
            let event = match (reading.event, reading.head_counted) {
                // "Relatives of the five missing men gathered": the dead, the injured and the
                // missing named right after the figure gather in no crowd.
                (Some(CROWD), _)
                    if reading.category_word
                        && matches!(reading.head_category, Some(DEATHS | INJURED | MISSING)) =>
                {
                    reading.head_category
                }
                (Some(CROWD), Some(TROOPS)) => Some(TROOPS),
                // "Une soixantaine de blessés … ont été évacués": the injured moved are injured.
                (Some(DISPLACED), _) if reading.head_category == Some(INJURED) => Some(INJURED),
                (Some(_), Some(TROOPS)) if agents => Some(TROOPS),
                (event, _) => event,
            };
            // "1.200 sapeurs-pompiers … mobilisés": rescuers sent out are a count, not troops.
            let sent_to_help = reading.head_group.as_ref().is_some_and(|(g, _)| {
                lexicon
                    .groups
                    .get(usize::from(*g))
                    .is_some_and(|name| SENT_TO_HELP.contains(&name.as_str()))
            });
            // "plus de 200 employés supplémentaires ont été déployés", "60 agents de
            // démoustication mobilisés", "a dépêché trois enquêteurs", "1,400 linemen have been
            // deployed", "une trentaine de plongeurs": people or things sent out that are no
            // security force, whether the lexicon knows their noun or not ("400 hommes
            // déployés", "600 personnel" may be one).
            let civilians_sent = || {
                let some_noun = reading.noun.is_some() || {
                    let mut head = reading.head_words.clone();
                    if head
                        .clone()
                        .next()
                        .is_some_and(|j| matches!(words[j], "de" | "d" | "of"))
                    {
                        head.start += 1;
                    }
                    self.unknown_noun(items, words, head).is_some()
                };
                some_noun
                    && !reading.head_words.clone().any(|j| is_force_noun(words[j]))
                    && (reading.head_people || reading.head_thing || reading.noun.is_none())
                    && reading.head_group.is_none()
                    && reading.head_counted.is_none()
            };
            // "Among the dead were two children swept away by a stream": the dead stay dead,
            // whatever else befell them.
            let dead = reading
                .frame
                .filter(|&f| f == DEATHS && (reading.head_people || reading.head_group.is_some()));
            let event = event.and(dead).or(event);
            // "1 146 agents sur 3 820 étaient en grève", "12 out of 40 councillors voted": the
            // whole a share is taken of did not all do what the share did.
            let whole_of_a_share = (k >= 2
                && words[k - 1] == "sur"
                && (2..=3).any(|n| k >= n && items[k - n].figure.is_some()))
                || (k >= 3
                    && words[k - 2..k] == ["out", "of"]
                    && (3..=4).any(|n| k >= n && items[k - n].figure.is_some()));
            let (event, inherited) = if whole_of_a_share {
                (None, None)
            } else {
                (event, reading.inherited)
            };
            let id = [
                event,
                inherited,
                reading.head_category,
                reading.frame,
                reading.head_counted,
            ]
            .into_iter()
            .flatten()
            .find(|&c| {
                let of_people =
                    category_name(c).is_some_and(|name| PEOPLE_CATEGORIES.contains(&name.as_str()));
                // "truck drivers" are people.
                let things =
                    reading.head_thing && !reading.head_people && reading.head_group.is_none();
                !((c == TROOPS && (sent_to_help || civilians_sent())) || (things && of_people))
            });
            let category = id
                .and_then(category_name)
                .unwrap_or_else(|| "count".to_string());
            let counts_people = reading.head_people
                || reading.head_group.is_some()
                || PEOPLE_CATEGORIES.contains(&category.as_str());
            let unit = if counts_people {
                Unit::People
            } else {
                Unit::Things
            };
            (category, unit)
        };
        // A group word that is also a word of the category adds nothing ("2.030 militaires").
        let group = reading.head_group.as_ref().and_then(|(g, word)| {
            let redundant = lexicon
                .category_id(&category)
                .is_some_and(|c| lexicon.is_category_word(c, self.article.lang, word));
            if redundant {
                None
            } else {
                lexicon.groups.get(usize::from(*g)).cloned()
            }
        });
        // "The bodies of 21 victims had been recovered", "64 corps identifiés": the bodies found
        // so far may be some of a toll given before (`keep_bodies_apart` decides).
        let bodies = |j: usize| {
            matches!(
                words[j],
                "corps" | "cadavres" | "dépouilles" | "bodies" | "corpses"
            )
        };
        let of_bodies = || {
            (2..=3).any(|n| {
                k >= n
                    && bodies(k - n)
                    && matches!(words[k - n + 1], "de" | "d" | "des" | "of")
                    && (n == 2 || is_determiner(words[k - 1]))
            })
        };
        let group = group.or_else(|| {
            (category == "deaths" && (reading.noun.is_some_and(bodies) || of_bodies()))
                .then(|| crate::claim::BODIES.to_string())
        });
        let group = group.or_else(|| {
            (category == "arrests" && held_for_trial(items, words, k))
                .then(|| crate::claim::REMANDED.to_string())
        });
        // The grammar's own reading (a range, a vague band) wins over a word before it.
        // "plus d'une vingtaine": a word before a collective says more than its "about".
        let qualifier = match (q.qualifier, reading.qualifier) {
            (Some(Qualifier::Approx), Some(before)) => before,
            (grammar, before) => grammar.or(before).unwrap_or_default(),
        };
        let (low, high) = if matches!(qualifier, Qualifier::Vague | Qualifier::Range) {
            (Some(q.value), q.high)
        } else {
            qualifier.interval(q.value)
        };
        let (value, low, high) = (tidy(q.value), low.map(tidy), high.map(tidy));
        let span = Span::new(q.start, q.end);
        let noun = if category == "count" {
            self.noun_of_a_count(items, words, k, reading)
        } else {
            None
        };
        Some(Claim {
            id: ClaimId(0),
            file: self.file,
            article: self.article_index,
            story: self.article.story,
            published: self.article.date,
            headline: self
                .article
                .headline
                .is_some_and(|h| h.start <= self.span.start && self.span.end <= h.end),
            sentence: self.sentence_index,
            span,
            text: self.text[span.range()].to_string(),
            value,
            low,
            high,
            qualifier,
            category,
            group,
            unit,
            source: source.map(str::to_string),
            date: self.date(items, words, k, dates),
            status: if q.negation {
                Status::Negated
            } else {
                reading.status.map_or(Status::Asserted, |(_, s)| s)
            },
            total: reading.total,
            reference: reading.reference,
            update: reading.update,
            noun,
            ..Claim::default()
        })
    }
}

impl Reading {
    fn inherited_or_event(&self) -> Option<u16> {
        self.inherited.or(self.event)
    }

    /// The lexicon's `count` words say what befell those counted: "were rescued", "trapped".
    /// They are alive, and a count of them no toll.
    fn trapped_or_rescued(&self) -> bool {
        [self.head_category, self.event].contains(&Some(COUNT))
    }

    /// No noun of its own, or only "à"/"to" before the next figure, or a name's figure after
    /// another figure ("Cork 19").
    fn bare_or_linked(&self) -> bool {
        self.bare || self.spans_to_next || self.named_after_another
    }
}

/// Whether the bare four-digit number at `items[k]` is a year: it follows a word that
/// introduces years ("en 1989", "depuis 2019", "années 2000") or is not followed by a plural noun
/// ("1500 manifestations" counts).
fn is_year(items: &[Item], words: &[&str], k: usize) -> bool {
    let before = k.checked_sub(1).map(|j| words[j]);
    let next = items
        .get(k + 1)
        .filter(|it| it.figure.is_none() && it.start <= items[k].end + 1);
    let next = next.map(|_| words[k + 1]);
    // "1500 manifestations" counts; "budget 2023 sous tension" is a year.
    let plural_noun = |w: &str| {
        w.len() > 3
            && w.ends_with(['s', 'x'])
            && !is_function_word(w)
            && !matches!(
                w,
                "sous"
                    | "vers"
                    | "dans"
                    | "plus"
                    | "moins"
                    | "mais"
                    | "puis"
                    | "depuis"
                    | "chez"
                    | "alors"
                    | "lors"
                    | "après"
                    | "this"
                    | "does"
                    | "thus"
                    | "across"
            )
    };
    // "l'annonce de 1150 suppressions de postes", "a crowd of 1500 people": a count after
    // "de"/"of" (but "the 2024 elections" is a year).
    if matches!(before, Some("de" | "of")) && next.is_some_and(plural_noun) {
        return false;
    }
    if matches!(
        before,
        Some(
            "en" | "de"
                | "depuis"
                | "à"
                | "jusqu"
                | "années"
                | "année"
                | "an"
                | "in"
                | "since"
                | "from"
                | "between"
                | "entre"
                | "to"
                | "until"
                | "by"
                | "of"
                | "year"
                | "the"
                | "le"
                | "l"
                | "et"
                | "and"
        )
    ) {
        return true;
    }
    !next.is_some_and(plural_noun)
}

/// A word that dates the figures near it: "lundi", "yesterday" (the day, when the article is
/// dated), or "a day earlier", "la nuit précédente" (the day before the one spoken of).
#[derive(Debug, Clone, Copy, PartialEq)]
enum DayWord {
    Day(Option<Date>),
    DayBefore,
}

/// The words of days of a sentence, by item index.
fn day_words(items: &[Item], words: &[&str], article_date: Option<Date>) -> Vec<(usize, DayWord)> {
    let mut found = Vec::new();
    for (j, (it, word)) in items.iter().zip(words).enumerate() {
        let before = j.checked_sub(1).map(|i| words[i]);
        if matches!(
            (before, *word),
            (Some("day"), "earlier" | "before")
                | (Some("previous"), "day")
                | (
                    Some("nuit" | "journée" | "jour"),
                    "précédente" | "précédent"
                )
        ) {
            found.push((j, DayWord::DayBefore));
        }
        let Some(reference) = article_date.filter(|_| it.figure.is_none()) else {
            continue;
        };
        let date = match *word {
            // "depuis mardi": the figure counts up to now, not on Tuesday.
            _ if matches!(before, Some("depuis" | "since")) => None,
            "hier" | "yesterday" | "veille" => reference.add_days(-1),
            "night" if before == Some("last") => reference.add_days(-1),
            "today" | "aujourd" => Some(reference),
            w => weekday_number(w)
                .filter(|_| !is_day_to_come(items, words, j))
                .and_then(|wd| reference.last_weekday(wd)),
        }
        // "in connection with yesterday's disorder": the day of the event.
        .filter(|_| words.get(j + 1) != Some(&"s"));
        if date.is_some() {
            found.push((j, DayWord::Day(date)));
        }
    }
    // "the earthquake that struck on Sunday has risen to 71, the agency said on Tuesday": the
    // day of the event, not of the figures, when the sentence names another.
    let days = found
        .iter()
        .filter(|(_, w)| matches!(w, DayWord::Day(_)))
        .count();
    if days > 1 {
        let mut after = 0;
        found.retain(|&(j, w)| {
            let event = matches!(w, DayWord::Day(_)) && dates_the_event(items, words, after..j);
            after = j + 1;
            !event
        });
    }
    found
}

/// "will appear before a judge on Tuesday", "seront présentées à un juge mardi", "next Tuesday",
/// "mardi prochain": the weekday `words[j]` is a day to come, not the figures'. Out of line: it
/// runs only at a weekday, and inlined into the loop over every word it slowed the loop.
#[inline(never)]
fn is_day_to_come(items: &[Item], words: &[&str], j: usize) -> bool {
    j.checked_sub(1).is_some_and(|i| words[i] == "next")
        || matches!(words.get(j + 1), Some(&("prochain" | "prochaine")))
        || (j.saturating_sub(8)..j)
            .rev()
            .take_while(|&i| items[i].clause == items[j].clause)
            .any(|i| {
                matches!(
                    words[i],
                    "will" | "shall" | "sera" | "seront" | "va" | "vont" | "doit" | "doivent"
                )
            })
}

/// Whether a verb of the event ("struck", "survenu") comes a few words before the day word
/// `words[j]`, or "when" further back, in its clause and after the day word before it
/// ("survenue vendredi est passé samedi à 14 morts": Saturday is the figures').
fn dates_the_event(items: &[Item], words: &[&str], since: std::ops::Range<usize>) -> bool {
    let j = since.end;
    (since.start.max(j.saturating_sub(16))..j)
        .rev()
        .take_while(|&i| items[i].clause == items[j].clause)
        .any(|i| {
            // "were killed when a train ploughed into a freight train near Tavrin on Monday
            // evening": the day of a clause that tells when they died.
            let when = matches!(words[i], "when" | "lorsque" | "quand");
            let event_verb = matches!(
                words[i],
                "struck"
                    | "occurred"
                    | "happened"
                    | "erupted"
                    | "capsized"
                    | "collapsed"
                    | "survenu"
                    | "survenue"
                    | "survenus"
                    | "survenues"
                    | "frappé"
                    | "chaviré"
                    | "effondré"
                    | "effondrée"
            );
            when || (event_verb && j - i <= 7)
        })
}

/// "Les 17 décès se répartissent entre 9 femmes, 5 enfants et 2 hommes", "The 12 deaths break
/// down as …": the figures after a verb of splitting are the parts of the count of people
/// before it, and count what it counts.
fn link_parts_of_a_split(
    words: &[&str],
    figure_items: &[usize],
    (ids, claims): (&[Option<ClaimId>], &mut [Option<Claim>]),
    colon_after: impl Fn(usize) -> bool,
    whole_before: impl FnOnce(f64) -> Option<(ClaimId, String)>,
) {
    // Two parts at least: most sentences hold fewer figures.
    if claims.len() < 2 {
        return;
    }
    // Its whole is the figure before the verb (the amounts' reading, above, looks for a
    // total earlier in the article).
    let Some(verb) = words.windows(2).position(|pair| {
        matches!(
            pair,
            [
                "se",
                "répartissent" | "répartit" | "décomposent" | "décompose"
            ] | ["break" | "breaks" | "broke", "down"]
                | ["split" | "divided", "between" | "among"]
        )
    }) else {
        return;
    };
    let mut first_part = figure_items.partition_point(|&k| k < verb);
    let things = |n: usize| {
        claims
            .get(n)
            .and_then(Option::as_ref)
            .is_some_and(|c| c.unit == Unit::Things)
    };
    if things(first_part) && colon_after(first_part) {
        first_part += 1;
    }
    let parts = first_part..claims.len();
    // Parts that name nothing, or what the whole counts: "Ces 14 décès se répartissent entre
    // Sédhiou, où huit corps ont été retrouvés, et Marsassoum, qui déplore quatre victimes".
    let parts_of = |category: &str| {
        claims[parts.clone()].iter().all(|c| {
            c.as_ref()
                .is_some_and(|c| names_nothing_of_people(c) || c.category == category)
        })
    };
    if parts.len() < 2 {
        return;
    }
    let whole = first_part.checked_sub(1).and_then(|w| {
        let c = claims[w]
            .as_ref()
            .filter(|c| c.unit == Unit::People && c.category != "count")?;
        Some((ids[w]?, c.category.clone()))
    });
    // Not from the sentence before when this one counts something before its verb ("The
    // cases are linked to 57 schools, and break down as …" still may: schools are things).
    let people_before = claims[..first_part]
        .iter()
        .flatten()
        .any(|c| c.unit == Unit::People);
    let largest_part = claims[parts.clone()]
        .iter()
        .flatten()
        .map(|c| c.value)
        .fold(0.0, f64::max);
    let whole = whole.or_else(|| whole_before(largest_part).filter(|_| !people_before));
    let Some((whole_id, category)) = whole.filter(|(_, category)| parts_of(category)) else {
        return;
    };
    let whole_id = Some(whole_id);
    mark_parts(
        claims[parts].iter_mut().flatten(),
        whole_id,
        ids[first_part],
        &category,
        &Unit::People,
    );
}

/// The claims at the indices `picked` (in order, each once).
fn select<'c>(
    claims: &'c mut [Option<Claim>],
    picked: &'c [usize],
) -> impl Iterator<Item = &'c mut Claim> {
    claims
        .iter_mut()
        .enumerate()
        .filter(|(n, _)| picked.contains(n))
        .filter_map(|(_, c)| c.as_mut())
}

/// Makes `parts` one list (`list`, the first part's id) of the parts of `whole`, counting what
/// it counts.
fn mark_parts<'c>(
    parts: impl IntoIterator<Item = &'c mut Claim>,
    whole: Option<ClaimId>,
    list: Option<ClaimId>,
    category: &str,
    unit: &Unit,
) {
    for part in parts {
        category.clone_into(&mut part.category);
        part.unit = unit.clone();
        part.part_of = whole;
        part.list = list;
    }
}

/// A word of a qualifier before a figure ("et près de 14 500", "and about 250").
fn is_qualifier_word(word: &str) -> bool {
    matches!(
        word,
        "près"
            | "de"
            | "d'"
            | "environ"
            | "quelque"
            | "plus"
            | "about"
            | "some"
            | "nearly"
            | "almost"
            | "around"
            | "over"
            | "more"
            | "than"
    )
}

/// A noun naming an administrative area: "la province de …", "the district of …".
fn is_area_noun(word: &str) -> bool {
    matches!(
        word,
        "région"
            | "province"
            | "département"
            | "district"
            | "commune"
            | "préfecture"
            | "zone"
            | "region"
            | "county"
            | "state"
            | "municipality"
            | "prefecture"
    )
}

/// The wider area an area noun names as a whole ("l'ensemble de la région", "across the
/// country"), in the words [`crate::claim::is_wider_area`] knows.
fn wider_area_of(area: &str) -> Option<&'static str> {
    match area {
        "région" => Some("régional"),
        "pays" | "territoire" => Some("national"),
        "département" => Some("départemental"),
        "country" => Some("nationally"),
        "region" => Some("regionally"),
        "state" | "county" => Some("state"),
        _ => None,
    }
}

/// How many words name the rest of a country or region at the start of `words`: "reste du
/// pays", "the rest of the country", "ailleurs", "elsewhere".
fn rest_of_the_country(words: &[&str]) -> Option<usize> {
    let area = |w: &str| {
        matches!(
            w,
            "pays"
                | "territoire"
                | "monde"
                | "country"
                | "territory"
                | "world"
                | "region"
                | "state"
        )
    };
    // Area nouns in the plural ("régions", "districts", "counties").
    let areas = |w: &str| w == "counties" || is_area_noun(&crate::claim::singular(w));
    match words {
        ["ailleurs" | "elsewhere", ..] => Some(1),
        ["reste", "du", w, ..] if area(w) => Some(3),
        ["reste", "de", "la", "région" | "province", ..] => Some(4),
        ["rest", "of", "the", w, ..] if area(w) => Some(4),
        // "Les autres régions totalisent 236 décès", "the remaining districts".
        ["autres", w, ..] | ["other" | "remaining", w, ..] if areas(w) => Some(2),
        _ => None,
    }
}

/// "dans le département voisin de la Bouenza", "in the neighbouring district of Kasese": where
/// an area's kind comes before its name, the word the name starts at.
fn named_area(words: &[&str], mut j: usize) -> Option<usize> {
    let take = |j: &mut usize, allowed: fn(&str) -> bool, optional: bool| match words.get(*j) {
        Some(w) if allowed(w) => {
            *j += 1;
            true
        }
        _ => optional,
    };
    let article = |w: &str| matches!(w, "le" | "la" | "l" | "les" | "the");
    let area = |w: &str| {
        matches!(
            w,
            "département"
                | "province"
                | "région"
                | "district"
                | "commune"
                | "ville"
                | "village"
                | "region"
                | "county"
                | "state"
                | "town"
                | "city"
                | "municipality"
                | "zone"
                | "arrondissement"
                | "canton"
                | "quartier"
                | "localité"
                | "borough"
                | "parish"
                | "township"
                | "tehsil"
                | "upazila"
        )
    };
    // "la zone de santé voisine de Yahuma", "le district sanitaire de".
    let health = |w: &str| matches!(w, "sanitaire" | "santé");
    // "la province italienne de Cuneo", "la région administrative de Kayes": an adjective of
    // the area (in French, after it).
    fn adjective(w: &str) -> bool {
        [
            "ienne", "ien", "aise", "ais", "aine", "ain", "ique", "ive", "if", "ale", "al", "ole",
        ]
        .iter()
        .any(|end| w.len() > end.len() + 2 && w.ends_with(end))
    }
    let neighbouring = |w: &str| {
        adjective(w)
            || matches!(
                w,
                "voisin"
                | "voisine"
                | "neighbouring"
                | "neighboring"
                | "nearby"
                | "southern"
                | "northern"
                | "eastern"
                | "western"
                // "the neighbouring border village of Belsk", "le village frontalier de Kessa".
                | "border"
                | "frontalier"
                | "frontalière"
                | "coastal"
                | "côtière"
                | "fishing"
                // "the central port city of Beira", "la ville portuaire de Beira".
                | "port"
                | "portuaire"
                | "market"
                | "mining"
                | "mountain"
                | "remote"
            )
    };
    let of = |w: &str| matches!(w, "de" | "du" | "d" | "of");
    let found = take(&mut j, article, true)
        && take(&mut j, neighbouring, true)
        && take(&mut j, neighbouring, true)
        && take(&mut j, area, false);
    if found && words.get(j) == Some(&"de") && words.get(j + 1).is_some_and(|w| health(w)) {
        j += 1;
    }
    let found = found
        && take(&mut j, health, true)
        && take(&mut j, neighbouring, true)
        && take(&mut j, of, false)
        && take(&mut j, article, true);
    found.then_some(j)
}

/// Removes the binary noise of scaled decimals: 1,8 × 10⁶ is 1 800 000, not 1 800 000.000 000 2.
fn tidy(x: f64) -> f64 {
    let rounded = (x * 1e6).round() / 1e6;
    if (rounded - x).abs() <= 1e-9 * x.abs().max(1.0) {
        rounded
    } else {
        x
    }
}

/// "780 agents de collecte", "agents d'entretien": agents of a trade, not of the police.
fn agents_of_a_trade(words: &[&str], j: usize) -> bool {
    words[j] == "agents"
        && matches!(words.get(j + 1), Some(&("de" | "d")))
        && !matches!(
            words.get(j + 2..(j + 4).min(words.len())),
            Some(["police" | "sécurité", ..] | ["la", "police"] | ["l", "ordre"])
        )
}

/// "mobilisant", "involving": a verb's present participle, not a preposition ending alike.
fn is_present_participle(word: &str, lang: Lang) -> bool {
    match lang {
        Lang::Fr => {
            word.len() > 5
                && word.ends_with("ant")
                && !matches!(
                    word,
                    "pendant" | "durant" | "suivant" | "maintenant" | "cependant"
                )
        }
        Lang::En => {
            word.len() > 5
                && word.ends_with("ing")
                && !matches!(
                    word,
                    "including" | "during" | "according" | "following" | "totalling" | "totaling"
                )
        }
    }
}

/// "présentés", "suspected": a plural past participle (French agrees it with its subject),
/// not a noun ending alike.
fn is_past_participle(word: &str, lang: Lang) -> bool {
    match lang {
        Lang::Fr => {
            word.len() > 5
                && (word.ends_with("és") || word.ends_with("ées"))
                && !matches!(
                    word,
                    "années"
                        | "journées"
                        | "armées"
                        | "entrées"
                        | "soirées"
                        | "arrivées"
                        | "durées"
                        | "idées"
                        | "sociétés"
                        | "communautés"
                )
        }
        Lang::En => {
            word.len() > 4
                && word.ends_with("ed")
                && !matches!(word, "hundred" | "indeed" | "speed")
        }
    }
}

/// A span of time something was counted over: "en 48 heures", "over nine days".
fn is_period_counted_over(text: &str, claim: &Claim) -> bool {
    is_span_of_time(&claim.unit)
        && text[..claim.span.range().start]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| matches!(w, "en" | "in" | "over" | "within" | "pendant" | "during"))
}

/// A claim that says nothing of what it counts: the fallback category and unit.
fn names_nothing(claim: &Claim) -> bool {
    claim.category == "count" && claim.unit == Unit::Things
}

/// Where the quote marks around a few words stand in a sentence that starts at byte `base`:
/// `said "no more than 20" villagers died`, `were "neutralised"`. Such quotes mark words, not
/// a clause of their own.
fn scare_quotes(sentence: &str, base: usize) -> Vec<usize> {
    // A byte scan first: '"', and the last bytes of « » (0xAB, 0xBB) and “ ” (0x9C, 0x9D).
    let bytes = sentence.as_bytes();
    if memchr::memchr3(b'"', 0xAB, 0xBB, bytes).is_none()
        && memchr::memchr2(0x9C, 0x9D, bytes).is_none()
    {
        return Vec::new();
    }
    let marks: Vec<(usize, char)> = sentence
        .char_indices()
        .filter(|&(_, c)| matches!(c, '"' | '«' | '»' | '“' | '”'))
        .collect();
    let mut scare = Vec::new();
    for pair in marks.chunks_exact(2) {
        let [(open, mark), (close, _)] = [pair[0], pair[1]];
        let inside = &sentence[open + mark.len_utf8()..close];
        let words = inside.split_whitespace().count();
        if (1..=6).contains(&words) && !inside.contains([',', '.', ';', ':', '!', '?']) {
            scare.extend([base + open, base + close]);
        }
    }
    scare
}

/// A count of people or of nothing named: "four Norwegians", "two members".
fn names_nothing_of_people(claim: &Claim) -> bool {
    claim.category == "count" && matches!(claim.unit, Unit::Things | Unit::People)
}

/// The category a sentence opens on as its topic: "Côté décès, …", "Côté blessés, …", "Les
/// décès se répartissent …", "The deaths were spread across …".
fn topic_category(words: &[&str], cues: &Cues<'_>, figures: usize) -> Option<u16> {
    let noun = match words {
        ["côté", "des" | "du", ..] => 2,
        ["côté", ..] => 1,
        // Also after a source: "Selon le bulletin, les décès se répartissent entre …", in
        // a sentence of parts (most sentences, of one figure, are not searched).
        _ if figures >= 2 => {
            words.windows(4).position(|w| {
                matches!(
                    w,
                    ["les" | "the", _, "se", "répartissent" | "répartissaient"]
                        | ["the", _, "were" | "are", "spread" | "split" | "divided"]
                )
            })? + 1
        }
        _ => return None,
    };
    first_category(cues.get(noun)?)
}

/// The clause that "when", "lorsque" or "quand" opens right after word `j` (a year's, "last
/// year"'s): it tells what happened then.
fn when_clause_after(items: &[Item], words: &[&str], j: usize) -> Option<u32> {
    items
        .get(j + 1)
        .filter(|_| matches!(words[j + 1], "when" | "lorsque" | "quand"))
        .map(|it| it.clause)
}

/// What befell those who went where `words` say: injured when taken to a hospital, displaced
/// when they spent the night away from home.
fn where_taken(words: &[&str], in_clause: impl Fn(usize) -> bool) -> Option<u16> {
    if taken_to_hospital(words, &in_clause) {
        Some(INJURED)
    } else if spent_the_night_away(words, &in_clause) {
        Some(DISPLACED)
    } else {
        None
    }
}

/// Whether `words` open with a night spent in a shelter or out of doors, within the clause:
/// "spent Thursday night at the relief centre", "spent two nights in the open", "ont passé la
/// nuit sous des tentes", "une deuxième nuit hors de chez elles"; not one in hospital or in
/// custody, which the words further on say.
fn spent_the_night_away(words: &[&str], in_clause: impl Fn(usize) -> bool) -> bool {
    let spent = matches!(
        words.first(),
        Some(&("spent" | "spend" | "spending" | "passé" | "passer" | "passeront"))
    );
    if !spent {
        return false;
    }
    let Some(night) = (1..words.len().min(4))
        .take_while(|&i| in_clause(i))
        .find(|&i| matches!(words[i], "night" | "nights" | "nuit" | "nuits"))
    else {
        return false;
    };
    (night + 1..words.len().min(night + 6))
        .take_while(|&i| in_clause(i))
        .map(|i| words[i])
        .take_while(|w| {
            !matches!(
                *w,
                "hospital" | "hôpital" | "custody" | "garde" | "cells" | "cellule" | "jail"
            )
        })
        .any(|w| {
            matches!(
                w,
                "outdoors"
                    | "outside"
                    | "open"
                    | "dehors"
                    | "belle"
                    | "hors"
                    | "tents"
                    | "tentes"
                    | "shelter"
                    | "shelters"
                    | "abri"
                    | "abris"
                    | "centre"
                    | "centres"
                    | "center"
                    | "centers"
                    | "gymnase"
                    | "gym"
                    | "hall"
                    | "church"
                    | "église"
                    | "salle"
                    | "school"
                    | "école"
                    | "camp"
                    | "camps"
                    | "beds"
                    | "lits"
                    | "accueil"
                    | "hébergement"
                    | "structures"
                    | "hotels"
                    | "hôtels"
            )
        })
}

/// Whether `words` open with a verb of taking someone somewhere and name a hospital a few
/// words on, within the clause (`in_clause(i)` for the `i`th word): "taken to the Northern
/// General Hospital", "flown to Belford Hospital", "transportés à l'hôpital de Gap",
/// "conduites aux urgences". Those taken there are injured, whatever the hospital's name.
fn taken_to_hospital(words: &[&str], in_clause: impl Fn(usize) -> bool) -> bool {
    let towards = matches!(
        words.get(1),
        Some(&("to" | "à" | "au" | "aux" | "vers" | "at"))
    );
    if !towards {
        return false;
    }
    let taken = matches!(
        words.first(),
        Some(
            &("taken"
                | "brought"
                | "ferried"
                | "driven"
                | "flown"
                | "airlifted"
                | "rushed"
                | "shifted"
                | "transferred"
                | "transported"
                | "evacuated"
                | "admitted"
                | "transporté"
                | "transportée"
                | "transportés"
                | "transportées"
                | "conduit"
                | "conduite"
                | "conduits"
                | "conduites"
                | "évacué"
                | "évacuée"
                | "évacués"
                | "évacuées"
                | "héliporté"
                | "héliportée"
                | "héliportés"
                | "héliportées"
                | "hospitalisé"
                | "transféré"
                | "transférée"
                | "transférés"
                | "transférées"
                | "présenté"
                | "présentée"
                | "présentés"
                | "présentées"
                | "admis"
                | "admise"
                | "admises")
        )
    );
    // Patients "transférés vers" another hospital are moved, not hurt.
    let moved_on = words[0].starts_with("transféré") && words[1] == "vers";
    taken
        && !moved_on
        && (2..words.len().min(7))
            .take_while(|&i| in_clause(i))
            .any(|i| {
                matches!(
                    words[i],
                    "hospital"
                        | "hospitals"
                        | "infirmary"
                        | "clinic"
                        | "hôpital"
                        | "hôpitaux"
                        | "chu"
                        | "chr"
                        | "clinique"
                        | "urgences"
                        | "hospitalier"
                        | "hospitaliers"
                ) || (words[i] == "emergency"
                    && matches!(
                        words.get(i + 1),
                        Some(&("department" | "departments" | "room" | "rooms" | "ward" | "unit"))
                    ))
            })
}

/// The category of a phrase that starts on one of the three words before word `j` and runs
/// over it.
fn category_phrase_around(cues: &Cues<'_>, j: usize) -> Option<u16> {
    (j.saturating_sub(3)..j).find_map(|i| {
        cues[i].iter().find_map(|&(n, cue)| match cue {
            Cue::Category(c) if i + n > j => Some(*c),
            _ => None,
        })
    })
}

/// The category the cues of one word name, if any.
fn first_category(cues: &[(usize, &Cue)]) -> Option<u16> {
    cues.iter().find_map(|&(_, cue)| match cue {
        Cue::Category(c) => Some(*c),
        _ => None,
    })
}

/// "officials had put the toll at 58", "les autorités faisaient encore état de 18 corps": a
/// count given as it stood before, by a pluperfect or an imperfect in the figure's clause.
/// (One named as a toll, "revising up a toll of 12", is its reading's `named_toll`.)
fn reports_an_earlier_count(items: &[Item], words: &[&str], k: usize) -> bool {
    (0..k)
        .rev()
        .take_while(|&j| items[j].clause == items[k].clause)
        .any(|j| {
            matches!(
                words[j],
                "had" | "avait" | "avaient" | "faisait" | "faisaient"
            )
        })
}

/// "Of the 31 victims, 11 were children", "Sur les 39 établissements, 31 …": the sentence
/// opens with a whole whose parts follow.
fn opens_with_whole(words: &[&str]) -> bool {
    matches!(
        words,
        ["of" | "among", "the", "", ..] | ["sur" | "parmi", "les", "", ..]
    )
}

/// "had put the number at 11", "le chiffre était de 11": the figure of "the number" a few
/// words before it in its clause, with nothing after the noun to say what it counts.
fn is_the_number(items: &[Item], words: &[&str], k: usize) -> bool {
    (k.saturating_sub(4).max(1)..k.saturating_sub(1)).any(|j| {
        matches!(words[j - 1], "the" | "that" | "this" | "le" | "ce")
            && matches!(
                words[j],
                "number" | "figure" | "tally" | "nombre" | "chiffre"
            )
            // ("le chiffre de 8" names nothing either.)
            && (j + 2 == k || !matches!(words[j + 1], "of" | "de" | "d"))
            && items[j..k]
                .iter()
                .all(|it| it.figure.is_none() && it.clause == items[k].clause)
    })
}

/// A determiner between a word and the figure it introduces: "the deaths of the two pilots".
fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "the" | "its" | "their" | "these" | "those" | "les" | "ses" | "leurs" | "ces"
    )
}

/// A word joining two figures: "9 et 11", "20 to 30".
fn is_joiner(word: &str) -> bool {
    matches!(word, "et" | "ou" | "à" | "and" | "or" | "to")
}

/// "In a separate landslide…, two people died", "Dans un autre village, …", "Elsewhere, …":
/// the sentence counts for another event, whose figures are held against none of the story's.
fn tells_another_event(words: &[&str]) -> bool {
    // "Il s'agit du troisième accident mortel cette année, après deux autres qui ont coûté la
    // vie à 4 travailleurs", "the fourth deadly attack this year": earlier events.
    let nth_event = |j: usize| {
        matches!(
            words.get(j + 1),
            Some(
                &("accident"
                    | "attaque"
                    | "attentat"
                    | "drame"
                    | "naufrage"
                    | "incendie"
                    | "fusillade"
                    | "accidents"
                    | "attack"
                    | "crash"
                    | "shooting"
                    | "fire"
                    | "deadly"
                    | "fatal")
            )
        )
    };
    words.iter().enumerate().any(|(j, w)| match *w {
        "separate" | "separately" | "unrelated" | "distinct" | "distincte" => true,
        "deuxième" | "troisième" | "quatrième" | "cinquième" | "third" | "fourth" | "fifth" => {
            nth_event(j)
        }
        // "seven years after the Morandi bridge disaster, which killed 43 people", "dix ans
        // après la catastrophe": an event of years before.
        "years" | "ans" | "decades" => matches!(
            words.get(j + 1),
            Some(&("after" | "since" | "ago" | "après"))
        ),
        // "figures not yet included in the official toll", "ils ne sont pas comptés dans le
        // bilan": the text itself keeps them out of the toll.
        "included" | "counted" | "comptés" | "comptées" | "comptabilisés" | "comptabilisées"
        | "inclus" | "incluses" => {
            words[j.saturating_sub(2)..j]
                .iter()
                .any(|w| matches!(*w, "not" | "pas"))
                && words[j + 1..words.len().min(j + 5)]
                    .iter()
                    .any(|w| matches!(*w, "toll" | "bilan" | "count" | "tally"))
        }
        _ => false,
    }) || matches!(
        words,
        ["in" | "at" | "on", "another", ..]
                | ["dans" | "lors", "un" | "une", "autre", ..]
                | ["lors", "d", "un" | "une", "autre", ..]
                | ["elsewhere" | "ailleurs" | "neighbouring" | "neighboring", ..]
                // "Le précédent épisode, en 2019, avait fait trois morts".
                | ["le" | "la" | "l" | "the", "précédent" | "précédente" | "previous", ..]
    )
}

/// "neuf ont été placés en détention provisoire", "six suspects écroués", "remanded the three
/// men in custody": the figure's verb, right before it or in the words after it up to the next
/// figure, holds them for trial.
fn held_for_trial(items: &[Item], words: &[&str], k: usize) -> bool {
    let clause = items[k].clause;
    let after = (k + 1..items.len().min(k + 8))
        .take_while(|&j| items[j].clause == clause && items[j].figure.is_none());
    let before = (k.saturating_sub(3)..k).filter(|&j| items[j].clause == clause);
    after.chain(before).any(|j| match words[j] {
        "écroué" | "écroués" | "écrouée" | "écrouées" | "remanded" | "pretrial" => true,
        "dépôt" => words[..j].ends_with(&["mandat", "de"]),
        "provisoire" => words[..j].ends_with(&["détention"]),
        "remand" => words[..j].ends_with(&["on"]),
        _ => false,
    })
}

/// "Depuis le début de l'année, 58 personnes ont été interpellées dans le Gard", "So far this
/// year, 31 climbers have died", "In the 24 hours to Tuesday, 15 died", "three have died since
/// 1 January", "six were killed in the year to March": a count over the year or the last day,
/// not the toll of the event the story tells.
fn counts_a_period(words: &[&str]) -> bool {
    // One pass, looking ahead only from the few words that can open such a phrase.
    (0..words.len()).any(|j| {
        let next = |n: usize| words.get(j + 1..j + 1 + n).unwrap_or(&[]);
        // "1 January", "1er janvier": past the day.
        let month_after = |month: &str| {
            words[j + 1..]
                .iter()
                .find(|w| !w.starts_with(|c: char| c.is_ascii_digit()) && !w.is_empty())
                == Some(&month)
        };
        match words[j] {
            // "depuis le début de l'année", "… de la saison", "… de l'été".
            "depuis" => {
                matches!(
                    next(5),
                    ["le", "début", "de", "l", "année" | "été" | "hiver"]
                        | ["le", "début", "de", "la", "saison"]
                ) || (matches!(next(1), ["janvier" | "le"]) && month_after("janvier"))
            }
            "since" => {
                matches!(
                    next(5),
                    [
                        "the",
                        "start" | "beginning",
                        "of",
                        "the",
                        "year" | "season" | "summer" | "winter"
                    ]
                ) || month_after("january")
            }
            "so" => next(2) == ["far", "this"],
            // "between January and September", "entre janvier et septembre" (of last year, a
            // year of its own).
            "between" | "entre" => match next(3) {
                [from, "and" | "et", to] => {
                    crate::date::month_number(from).is_some()
                        && crate::date::month_number(to).is_some()
                        && !matches!(words.get(j + 4), Some(&("last" | "l")))
                }
                _ => false,
            },
            // "in the past 24 hours"; "over the past two years", "over the past decade", "ces
            // dix dernières années": years of counting, not the event.
            "past" | "last" | "dernières" => {
                matches!(next(2), ["", "hours" | "heures" | "years" | "decades"])
                    || (words[j] == "past" && matches!(next(1), ["year" | "decade"]))
            }
            "années" => j > 0 && words[j - 1] == "dernières",
            // "in the first eight months of the year".
            "the" => matches!(
                next(3),
                ["", "hours", ..]
                    | ["year" | "months", "to", ..]
                    | ["first", _, "months" | "weeks"]
            ),
            // A figure of an ordinary year: "About 20 people die in avalanches in an average
            // winter", "in a normal year, we see 150 cases", "chaque année", "en moyenne".
            "average" => true,
            "moyenne" => j > 0 && words[j - 1] == "en",
            "normal" | "typical" | "each" | "every" | "per" => {
                matches!(next(1), ["year" | "winter" | "summer"])
            }
            "chaque" => matches!(next(1), ["année" | "an" | "hiver" | "été"]),
            "par" => matches!(next(1), ["an"]),
            _ => false,
        }
    })
}

/// A noun for those a security force sends, which the lexicon leaves to the verb: "400
/// hommes déployés", "600 personnel", "1,200 border guards"; not a pronoun ("600 of whom").
fn is_force_noun(word: &str) -> bool {
    matches!(
        word,
        "hommes"
            | "men"
            | "personnel"
            | "personnels"
            | "éléments"
            | "effectifs"
            | "agents"
            | "membres"
            | "members"
            | "patrouilleurs"
            | "guards"
            | "gardes"
            | "deputies"
            | "jawans"
            | "marines"
            | "commandos"
            | "rangers"
            | "troopers"
            | "guardsmen"
            | "policemen"
            | "sailors"
            | "marins"
            | "whom"
            | "which"
            | "them"
            | "those"
            | "eux"
            | "elles"
            | "lesquels"
            | "lesquelles"
    )
}

/// A compound of a unit and a dimension: "a 60-metre-deep pit", "a 12-foot-wide gate".
fn is_dimension(rest: &str) -> bool {
    ["deep", "wide", "long", "high", "tall", "thick"]
        .iter()
        .any(|d| rest.starts_with(d) && !rest[d.len()..].starts_with(char::is_alphabetic))
}

/// The largest of the figures (0 for none): the least a whole of them all must hold.
fn largest_value<'c>(claims: impl IntoIterator<Item = &'c Claim>) -> f64 {
    claims.into_iter().map(|c| c.value).fold(0.0, f64::max)
}

/// A duration ("nine days", "36 heures"): what happened over it is no part of it.
fn is_span_of_time(unit: &Unit) -> bool {
    matches!(unit, Unit::Measure(name)
        if matches!(name.as_str(), "second" | "minute" | "hour" | "day" | "night" | "week" | "month" | "year"))
}

/// A French noun of someone who does something, told by its ending: "un agriculteur", "une
/// agricultrice", "une infirmière", "un cycliste", "un lycéen". ("une durée", "un mandat", "une peine" of so many
/// years are no one's age.)
fn names_an_agent(noun: &str) -> bool {
    [
        "eur", "euse", "trice", "ier", "ière", "iste", "ien", "ienne", "éen", "éenne", "ant",
        "ante", "aire",
    ]
    .iter()
    .any(|end| noun.len() > end.len() + 2 && noun.ends_with(end))
}

/// "In Romania alone, 26 suspects were detained …, while 9 were arrested in Italy and 6 in
/// Spain": a count of the same people for another place, in the sentence of a list given place
/// by place, is one more part of that list.
fn join_place_by_place_lists(text: &str, ids: &[Option<ClaimId>], claims: &mut [Option<Claim>]) {
    let by_place = |c: &Claim| c.unit == Unit::People && c.place.is_some();
    let Some(list) = claims
        .iter()
        .flatten()
        .find_map(|c| c.list.filter(|_| by_place(c)))
    else {
        list_clauses_place_by_place(text, ids, claims);
        return;
    };
    let parts: Vec<&Claim> = claims
        .iter()
        .flatten()
        .filter(|c| c.list == Some(list))
        .collect();
    if !parts.iter().all(|c| by_place(c)) {
        return;
    }
    let category = parts[0].category.clone();
    let places: Vec<String> = parts.iter().filter_map(|c| c.place.clone()).collect();
    for claim in claims.iter_mut().flatten() {
        let another_place = claim.place.as_ref().is_some_and(|p| !places.contains(p));
        if claim.list.is_none()
            && claim.part_of.is_none()
            && claim.category == category
            && by_place(claim)
            && another_place
        {
            claim.list = Some(list);
        }
    }
}

/// "absence rates of 88 per cent in Far North Queensland, and 84 per cent in the Darling
/// Downs": percentages place by place are rates, each of its own whole, no shares that must
/// fit in 100; unless the sentence opens with the one whole they share ("Of the homes
/// affected, 70% were in Highland and 38% in Moray").
fn unlist_rates_place_by_place(
    words: &[&str],
    figure_items: &[usize],
    claims: &mut [Option<Claim>],
) {
    if matches!(words.first(), Some(&("of" | "among" | "parmi" | "sur"))) {
        return;
    }
    // "le taux de suivi atteint 92 % dans le primaire et 78 % dans le secondaire", "coverage
    // stands at 61 per cent, against a national average of 84": rates of different wholes; "de
    // 50 %, voire de 70 %": the same cut, said higher.
    let rate_before = |k: usize| {
        words[k.saturating_sub(6)..k].iter().any(|w| {
            matches!(
                *w,
                "taux"
                    | "rate"
                    | "rates"
                    | "level"
                    | "levels"
                    | "coverage"
                    | "couverture"
                    | "average"
                    | "moyenne"
                    | "mobilisation"
                    | "mobilization"
                    | "participation"
                    | "voire"
            )
        })
    };
    let mut lists: Vec<(ClaimId, &str)> = Vec::new();
    let mut rates: Vec<ClaimId> = Vec::new();
    for (claim, &k) in claims.iter().zip(figure_items) {
        let Some(claim) = claim.as_ref().filter(|c| c.unit == Unit::Percent) else {
            continue;
        };
        let Some(list) = claim.list else {
            continue;
        };
        if rate_before(k) {
            rates.push(list);
        }
        let Some(place) = claim.place.as_deref() else {
            continue;
        };
        match lists.iter().find(|(l, _)| *l == list) {
            Some((_, first)) if *first != place => rates.push(list),
            Some(_) => {}
            None => lists.push((list, place)),
        }
    }
    for claim in claims.iter_mut().flatten() {
        if claim.list.is_some_and(|l| rates.contains(&l)) {
            claim.list = None;
        }
    }
}

/// "In Belgium, 11 suspects were detained …; in Spain, eight were held …; and in Portugal, six
/// were arrested": counts of the same people, one to a clause set off by semicolons, each for
/// another place, are a list.
fn list_clauses_place_by_place(text: &str, ids: &[Option<ClaimId>], claims: &mut [Option<Claim>]) {
    let candidate = |c: &Claim| {
        c.unit == Unit::People
            && c.category != "count"
            && c.place.is_some()
            && c.list.is_none()
            && c.part_of.is_none()
            && !c.total
            && !c.reference
    };
    let parts: Vec<usize> = (0..claims.len())
        .filter(|&n| claims[n].as_ref().is_some_and(candidate))
        .collect();
    let listed: Vec<&Claim> = parts.iter().filter_map(|&n| claims[n].as_ref()).collect();
    let same_list = listed.len() > 1
        && listed.windows(2).all(|pair| {
            let gap = text.get(pair[0].span.end as usize..pair[1].span.start as usize);
            pair[0].category == pair[1].category && gap.is_some_and(|g| g.contains(';'))
        });
    // A handful of clauses: comparing each place with those before it is cheap.
    let places_differ = (1..listed.len()).all(|i| {
        listed[..i]
            .iter()
            .all(|other| other.place != listed[i].place)
    });
    if !(same_list && places_differ) {
        return;
    }
    let first = parts[0];
    for &n in &parts {
        if let Some(part) = &mut claims[n] {
            part.list = ids[first];
        }
    }
}

/// A word that sets a bare figure apart by place, by who counted, or by reason: "19 in
/// Ohio", "four by a fishing boat", "neuf pour violences, huit pour dégradations".
fn sets_apart(word: &str) -> bool {
    matches!(
        word,
        "in" | "at"
            | "by"
            | "among"
            | "à"
            | "dans"
            | "au"
            | "aux"
            | "par"
            | "parmi"
            | "chez"
            | "pour"
            | "for"
    )
}

/// Nouns and verbs of a dispute, after which "over" says what it is about.
fn is_dispute_word(word: &str) -> bool {
    matches!(
        word,
        "trial"
            | "tried"
            | "row"
            | "dispute"
            | "protest"
            | "protests"
            | "protested"
            | "clash"
            | "clashes"
            | "charged"
            | "jailed"
            | "convicted"
            | "sentenced"
            | "sued"
            | "lawsuit"
            | "probe"
            | "inquiry"
            | "investigation"
            | "investigated"
            | "fight"
            | "anger"
            | "outrage"
            | "strike"
    )
}

fn is_frame_verb(word: &str) -> bool {
    matches!(
        word,
        "were" | "are" | "included" | "include" | "sont" | "étaient" | "comptent" | "comptaient"
    )
}

/// Words that cannot be the counted noun right after a figure: verbs, auxiliaries,
/// prepositions. A figure followed by one counts what its clause said before it.
fn is_function_word(word: &str) -> bool {
    matches!(
        word,
        "ont"
            | "a"
            | "avaient"
            | "avait"
            | "sont"
            | "est"
            | "étaient"
            | "était"
            | "seraient"
            | "auraient"
            | "dans"
            | "à"
            | "au"
            | "aux"
            | "en"
            | "selon"
            | "sur"
            | "pour"
            | "for"
            | "depuis"
            | "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "la"
            | "le"
            | "les"
            | "l"
            | "hier"
            | "contre"
            | "parmi"
            | "chez"
            | "among"
            | "d"
            | "entre"
            | "were"
            | "was"
            | "had"
            | "have"
            | "has"
            | "are"
            | "is"
            | "in"
            | "at"
            | "on"
            | "by"
            | "according"
            | "from"
            | "to"
            | "the"
            | "since"
            | "last"
            | "this"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "yesterday"
            | "overnight"
            | "across"
            | "nationwide"
            | "so"
            | "far"
            | "as"
            | "comme"
            | "more"
            | "se"
            | "s"
            // "contre 48 annoncés lundi", "up from 41 reported": a verb of reporting.
            | "annoncés"
            | "annoncées"
            | "recensés"
            | "recensées"
            | "enregistrés"
            | "enregistrées"
            | "signalés"
            | "signalées"
            | "reported"
            | "recorded"
    )
}

/// A form of "be" or "have": a clause that holds one has a verb of its own.
fn is_auxiliary(word: &str, lang: Lang) -> bool {
    match lang {
        Lang::Fr => matches!(
            word,
            "a" | "ont" | "est" | "sont" | "était" | "étaient" | "avait" | "avaient" | "été"
        ),
        Lang::En => matches!(word, "was" | "were" | "is" | "are" | "has" | "have" | "had"),
    }
}

/// A present participle that continues the clause before: "arresting", "killing", "tuant";
/// not one that brings a running total ("bringing the death toll to four", "portant le bilan
/// à 12"), which counts more than that clause's place.
fn opens_with_participle(word: &str, lang: Lang) -> bool {
    let (ending, not_participles): (&str, &[&str]) = match lang {
        Lang::En => (
            "ing",
            &[
                "including",
                "according",
                "during",
                "morning",
                "evening",
                "following",
                "bringing",
                "taking",
                "raising",
                "pushing",
                "lifting",
            ],
        ),
        Lang::Fr => (
            "ant",
            &[
                "pendant",
                "durant",
                "cependant",
                "maintenant",
                "suivant",
                "portant",
                "élevant",
            ],
        ),
    };
    word.len() > 5 && word.ends_with(ending) && !not_participles.contains(&word)
}

/// Whether the cues at a word end a source's name.
fn is_stop(cues: &[(usize, &Cue)]) -> bool {
    cues.iter()
        .any(|(_, c)| matches!(c, Cue::SourceStop | Cue::SourceVerb | Cue::SourceAct))
}

fn is_pronoun(word: &str) -> bool {
    matches!(
        word,
        "il" | "elle"
            | "lui"
            | "eux"
            | "ils"
            | "elles"
            | "on"
            | "nous"
            | "lequel"
            | "laquelle"
            | "lesquels"
            | "lesquelles"
            | "qui"
            | "he"
            | "she"
            | "they"
            | "it"
            | "we"
            | "which"
            | "who"
            | "t"
            | "a"
    )
}

/// Convenience for tests and the library: the claims of one text.
#[must_use]
pub fn claims_of(text: &str, lang: Option<Lang>, lexicon: &Lexicon) -> ClaimStore {
    let document = crate::document::segment(text, lang);
    let mut store = ClaimStore::new();
    extract(FileId(0), text, &document, lexicon, &mut store);
    store
}

/// The items of one clause. Clauses number the items in order, so the range is found by
/// binary search rather than by a walk from every figure: a clause may run on for pages.
fn clause_items(items: &[Item], clause: u32) -> std::ops::Range<usize> {
    items.partition_point(|it| it.clause < clause)..items.partition_point(|it| it.clause <= clause)
}

/// A word that says when, opening a clause before its subject: "By Wednesday evening", "Lundi
/// soir".
fn is_time_word(word: &str) -> bool {
    matches!(
        word,
        "by" | "on"
            | "late"
            | "early"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "overnight"
            | "today"
            | "yesterday"
            | "hier"
            | "matin"
            | "soir"
    ) || crate::date::weekday_number(word).is_some()
}

#[cfg(test)]
mod tests;
