//! Table tests of the number grammar, French and English, traps included.

use super::*;

/// The figures of `text` as (numeral as written, value).
fn figures(text: &str, lang: Lang) -> Vec<(&str, f64)> {
    scan(text, lang)
        .into_iter()
        .filter_map(|t| match t {
            Token::Quantity(q) => Some((&text[q.start..q.end], q.value)),
            Token::Date(_) => None,
        })
        .collect()
}

fn one(text: &str, lang: Lang) -> Quantity {
    let found: Vec<Quantity> = scan(text, lang)
        .into_iter()
        .filter_map(|t| match t {
            Token::Quantity(q) => Some(q),
            Token::Date(_) => None,
        })
        .collect();
    assert_eq!(found.len(), 1, "{text:?} gave {found:?}");
    found.into_iter().next().unwrap()
}

#[test]
fn numeral_reads_digit_formats_in_both_languages() {
    let rows: &[(&str, Lang, &str, f64)] = &[
        ("7.989 individus", Lang::Fr, "7.989", 7989.0),
        ("7,989 people", Lang::En, "7,989", 7989.0),
        ("7 989 personnes", Lang::Fr, "7 989", 7989.0),
        ("7\u{a0}989 personnes", Lang::Fr, "7\u{a0}989", 7989.0),
        ("7\u{202f}989 personnes", Lang::Fr, "7\u{202f}989", 7989.0),
        // Swiss copy groups with an apostrophe, straight or curly.
        ("42'000 véhicules", Lang::Fr, "42'000", 42000.0),
        ("1’250’000 francs", Lang::Fr, "1’250’000", 1_250_000.0),
        ("19 000 000 habitants", Lang::Fr, "19 000 000", 19_000_000.0),
        (
            "1,8 million d'habitants",
            Lang::Fr,
            "1,8 million",
            1_800_000.0,
        ),
        ("1.8 million people", Lang::En, "1.8 million", 1_800_000.0),
        ("3,10 dollars", Lang::Fr, "3,10", 3.1),
        (
            "2,3 milliards de livres",
            Lang::Fr,
            "2,3 milliards",
            2_300_000_000.0,
        ),
        (
            "175 millions d'euros",
            Lang::Fr,
            "175 millions",
            175_000_000.0,
        ),
        (
            "2.5 billion dollars",
            Lang::En,
            "2.5 billion",
            2_500_000_000.0,
        ),
        // Exactly, as written: not 263 899 999 999.99997 nor 34 299 999 999.999996.
        (
            "263,9 milliards d'euros",
            Lang::Fr,
            "263,9 milliards",
            263_900_000_000.0,
        ),
        ("$34.3bn in aid", Lang::En, "$34.3bn", 34_300_000_000.0),
        ("1,234.5 tonnes", Lang::En, "1,234.5", 1234.5),
        ("1.5 per cent", Lang::En, "1.5", 1.5),
        ("1.500 manifestants", Lang::Fr, "1.500", 1500.0),
        ("1.500 km", Lang::En, "1.500", 1.5),
        ("3 mille soldats", Lang::Fr, "3 mille", 3000.0),
    ];
    for &(text, lang, numeral, value) in rows {
        assert_eq!(figures(text, lang), vec![(numeral, value)], "{text}");
    }
}

#[test]
fn numeral_keeps_currency_signs_before_and_reads_abbreviated_scales() {
    let q = one("a $2.3bn package", Lang::En);
    assert_eq!((q.value, q.currency), (2_300_000_000.0, Some("USD")));
    let q = one("£1 billion in aid", Lang::En);
    assert_eq!((q.value, q.currency), (1e9, Some("GBP")));
    let q = one("un budget de 15 € par mois", Lang::Fr);
    assert_eq!((q.value, q.currency), (15.0, Some("EUR")));
    let q = one("€40m for the port", Lang::En);
    assert_eq!((q.value, q.currency), (40e6, Some("EUR")));
}

#[test]
fn numeral_reads_percent_signs_and_words() {
    for (text, lang) in [
        ("15 % des voix", Lang::Fr),
        ("15% des voix", Lang::Fr),
        ("15 pour cent des voix", Lang::Fr),
        ("15 per cent of votes", Lang::En),
        ("15 percent of votes", Lang::En),
        ("15pc of votes", Lang::En),
    ] {
        let q = one(text, lang);
        assert!(q.percent && (q.value - 15.0).abs() < 1e-9, "{text}");
    }
    // Not pieces.
    assert!(!one("15 pcs of cloth", Lang::En).percent);
}

#[test]
fn scan_skips_dates_times_years_ordinals_and_identifiers() {
    let not_claims = [
        ("le 2 janvier, les manifestations ont commencé", Lang::Fr),
        ("publié le 10 janvier 2022", Lang::Fr),
        ("Lugano on 3 July 2022", Lang::En),
        ("on January 10, 2022, officials", Lang::En),
        ("à 18h30 heure locale", Lang::Fr),
        ("à 18 h 30", Lang::Fr),
        ("at 6 p.m. local time", Lang::En),
        ("at 10:30 on Monday", Lang::En),
        ("la 3e fois", Lang::Fr),
        ("le 1er ministre", Lang::Fr),
        ("the 10th time", Lang::En),
        ("la pandémie de COVID-19", Lang::Fr),
        ("le sommet du G7", Lang::Fr),
        ("un Airbus A320", Lang::Fr),
        ("l'article 49.3 de la Constitution", Lang::Fr),
        ("l'Acte 3 des gilets jaunes", Lang::Fr),
        ("appelez le 01 23 45 67 89", Lang::Fr),
        ("the Recovery Hotline on 1800 173 349", Lang::En),
        ("after a motorist called 911", Lang::En),
        ("une déviation par la route cantonale 701", Lang::Fr),
        ("the children, all from Class 5, were referred", Lang::En),
        ("le 10/01/2022", Lang::Fr),
        ("un 4x4 blindé", Lang::Fr),
        ("between junctions 35 and 36", Lang::En),
        ("entre les sorties 24 et 25", Lang::Fr),
        ("les sapeurs-pompiers du SDIS 65", Lang::Fr),
        ("le directeur du Sdis 61", Lang::Fr),
        ("her car slid into a snowplow on Interstate 90", Lang::En),
        ("anyone can contact the police on 101", Lang::En),
        ("les voyageurs peuvent appeler le 3949", Lang::Fr),
        ("trucks queued on the R61", Lang::En),
        ("la route D907 est coupée", Lang::Fr),
        ("the K2 expedition turned back", Lang::En),
        ("the Palasa express, train number 18532", Lang::En),
        ("Routes 63 and 80 will be merged", Lang::En),
        ("call 101, quoting incident 112", Lang::En),
        ("l'hélicoptère Dragon 84 de la sécurité civile", Lang::Fr),
        ("members of the Barrio 18 gang", Lang::En),
        ("charged under Law 23,737 on drugs", Lang::En),
        ("en vertu de la loi 96 sur la langue", Lang::Fr),
        ("le pavillon 4 de l'hôpital", Lang::Fr),
        ("signaler tout départ de feu au 18 ou au 112", Lang::Fr),
        ("à Niort (Deux-Sèvres), samedi", Lang::Fr),
        ("vers Trois-Rivières et Sept-Îles", Lang::Fr),
        ("l'épidémie de dengue de sérotype 3", Lang::Fr),
        ("a category 4 hurricane", Lang::En),
        ("un numéro vert, le 444 777, a été ouvert", Lang::Fr),
        ("une cellule d'information au 0 800 130 000", Lang::Fr),
        ("a strike planned for September 9 and 10", Lang::En),
        (
            "relatives can call the crisis centre on 21870 44 300",
            Lang::En,
        ),
        ("talks on March 3-5, 2025 in Geneva", Lang::En),
    ];
    for (text, lang) in not_claims {
        assert_eq!(figures(text, lang), vec![], "{text}");
    }
    // French writes the day before the month: a figure after a month counts.
    assert_eq!(
        figures("depuis début janvier 27 foyers", Lang::Fr),
        vec![("27", 27.0)]
    );
    assert_eq!(figures("since January 27, officials", Lang::En), vec![]);
    // A number word hyphened to another one is still a figure, capitals or not.
    assert_eq!(
        figures("Twenty-Two Dead in Pile-Up", Lang::En),
        vec![("Twenty-Two", 22.0)]
    );
    // "called on" asks, it dials nothing.
    assert_eq!(
        figures("Police called on 300 residents to leave", Lang::En),
        vec![("300", 300.0)]
    );
    // Only a verb of calling in the same sentence makes "au 18" a service's number.
    assert_eq!(
        figures("Appelez-nous. Le score est passé au 18", Lang::Fr),
        vec![("18", 18.0)]
    );
}

#[test]
fn scan_marks_bare_years_so_the_extractor_can_drop_them() {
    for text in ["en 1989", "de 1989 à 2019", "en 2023", "les années 2000"] {
        let found = scan(text, Lang::Fr);
        assert!(
            found
                .iter()
                .all(|t| matches!(t, Token::Quantity(q) if q.maybe_year)),
            "{text}: {found:?}"
        );
    }
    assert!(!one("2.030 hommes", Lang::Fr).maybe_year);
}

#[test]
fn scan_reports_dates_with_their_parts() {
    let found = scan("Au 10 janvier, 7.989 individus", Lang::Fr);
    assert_eq!(
        found[0],
        Token::Date(DateMention {
            start: 3,
            end: 13,
            day: Some(10),
            month: 1,
            year: None
        })
    );
    assert!(matches!(found[1], Token::Quantity(ref q) if q.value == 7989.0));
    // The first of the month is a date, not an ordinal set aside.
    let found = scan("Mis à jour le lundi 1er juillet 2024", Lang::Fr);
    assert!(
        matches!(
            found[..],
            [Token::Date(DateMention {
                day: Some(1),
                month: 7,
                year: Some(2024),
                ..
            })]
        ),
        "{found:?}"
    );
}

#[test]
fn scan_keeps_figures_after_names_that_are_no_identifiers() {
    let rows: &[(&str, Lang, f64)] = &[
        ("a camp 20 km from the border", Lang::En, 20.0),
        ("Magnitude 6.8 earthquake hits Peru", Lang::En, 6.8),
        ("in Lagos 1.5 million people voted", Lang::En, 1.5e6),
        ("Cholera cases top 1,300 in Kavango", Lang::En, 1300.0),
    ];
    for &(text, lang, value) in rows {
        let found = figures(text, lang);
        assert!(found.iter().any(|f| f.1 == value), "{text}: {found:?}");
    }
}

#[test]
fn scan_reports_numeric_dates() {
    let day = |text: &str| -> Vec<(Option<u32>, u32, Option<i32>)> {
        scan(text, Lang::Fr)
            .iter()
            .filter_map(|t| match t {
                Token::Date(d) => Some((d.day, d.month, d.year)),
                Token::Quantity(_) => None,
            })
            .collect()
    };
    assert_eq!(day("le 18/09/2024 à 7h"), [(Some(18), 9, Some(2024))]);
    assert_eq!(day("le 18.09.2024"), [(Some(18), 9, Some(2024))]);
    assert_eq!(day("on 2024-09-18"), [(Some(18), 9, Some(2024))]);
    // Month first only where the first number cannot be a month.
    assert_eq!(day("on 09/18/2024"), [(Some(18), 9, Some(2024))]);
    // Not a day: no date and no figure.
    assert!(scan("le 31/02/2024", Lang::Fr).is_empty());
}

#[test]
fn scan_takes_no_figure_from_a_range_of_days() {
    let rows: &[(&str, Lang)] = &[
        ("une opération menée du 10 au 28 février", Lang::Fr),
        ("les 3 et 4 mars 2023", Lang::Fr),
        ("entre le 3 et le 5 mars", Lang::Fr),
        ("from 10 to 28 February", Lang::En),
        ("on 3-5 March", Lang::En),
    ];
    for &(text, lang) in rows {
        let found = scan(text, lang);
        let days: Vec<Option<u32>> = found
            .iter()
            .map(|t| match t {
                Token::Date(d) => d.day,
                Token::Quantity(_) => None,
            })
            .collect();
        assert!(!days.is_empty(), "{text}: {found:?}");
        assert!(days.iter().all(Option::is_some), "{text}: {found:?}");
    }
    // A range of counts stays a range.
    assert_eq!(figures("20-30 morts en mars", Lang::Fr), [("20-30", 20.0)]);
}

#[test]
fn words_read_french_cardinals() {
    let rows: &[(&str, &str, f64)] = &[
        ("deux cents personnes", "deux cents", 200.0),
        ("vingt et un morts", "vingt et un", 21.0),
        ("soixante-dix blessés", "soixante-dix", 70.0),
        ("quatre-vingts soldats", "quatre-vingts", 80.0),
        (
            "quatre-vingt-dix-neuf victimes",
            "quatre-vingt-dix-neuf",
            99.0,
        ),
        ("trois mille manifestants", "trois mille", 3000.0),
        ("un million d'habitants", "un million", 1e6),
        ("un milliard de livres", "un milliard", 1e9),
        ("dix-sept policiers", "dix-sept", 17.0),
        ("cent personnes", "cent", 100.0),
        ("mille manifestants", "mille", 1000.0),
    ];
    for &(text, numeral, value) in rows {
        assert_eq!(figures(text, Lang::Fr), vec![(numeral, value)], "{text}");
    }
}

#[test]
fn words_read_english_cardinals() {
    let rows: &[(&str, &str, f64)] = &[
        (
            "two hundred and fifty people",
            "two hundred and fifty",
            250.0,
        ),
        ("a hundred soldiers", "a hundred", 100.0),
        ("a thousand protesters", "a thousand", 1000.0),
        ("twenty-one dead", "twenty-one", 21.0),
        ("seven people", "seven", 7.0),
    ];
    for &(text, numeral, value) in rows {
        assert_eq!(figures(text, Lang::En), vec![(numeral, value)], "{text}");
    }
}

#[test]
fn words_leave_articles_alone() {
    assert_eq!(figures("un homme a été arrêté", Lang::Fr), vec![]);
    assert_eq!(figures("une enquête est ouverte", Lang::Fr), vec![]);
    assert_eq!(figures("a man was arrested", Lang::En), vec![]);
    assert_eq!(figures("one of the victims", Lang::En), vec![]);
    assert_eq!(figures("il est mort un jour de pluie", Lang::Fr), vec![]);
    assert_eq!(figures("a dead end", Lang::En), vec![]);
}

#[test]
fn words_read_one_victim_named_on_its_own() {
    assert_eq!(
        figures("L'accident a fait un mort et trois blessés", Lang::Fr),
        vec![("un", 1.0), ("trois", 3.0)]
    );
    assert_eq!(
        figures("faisant état d'une morte", Lang::Fr),
        vec![("une", 1.0)]
    );
    assert_eq!(
        figures("One dead, 12 wounded as bus overturns", Lang::En),
        vec![("One", 1.0), ("12", 12.0)]
    );
    // Or the object of a verb of casualties.
    assert_eq!(
        figures("killing one pupil and injuring 38 others", Lang::En),
        vec![("one", 1.0), ("38", 38.0)]
    );
    assert_eq!(
        figures(
            "l'explosion a blessé un homme, tuant une passante",
            Lang::Fr
        ),
        vec![("une", 1.0)]
    );
    // Or one person, then what befell them; not one person who speaks.
    assert_eq!(
        figures("One man died and one woman was hurt", Lang::En),
        vec![("One", 1.0), ("one", 1.0)]
    );
    // English "one" is a number: one of those the sentence counts, then what befell them.
    assert_eq!(
        figures(
            "One inmate was killed and one guard was taken to hospital",
            Lang::En
        ),
        vec![("One", 1.0), ("one", 1.0)]
    );
    assert_eq!(
        figures(
            "Fifteen were arrested, 14 for trespass and one for obstruction",
            Lang::En
        ),
        vec![("Fifteen", 15.0), ("14", 14.0), ("one", 1.0)]
    );
    assert!(figures("One resident said the water rose fast", Lang::En).is_empty());
    assert_eq!(
        figures("Une femme est morte dimanche", Lang::Fr),
        vec![("Une", 1.0)]
    );
    assert_eq!(figures("One man said the road was shut", Lang::En), vec![]);
}

#[test]
fn words_read_collective_and_vague_amounts() {
    let q = one("une vingtaine de blessés", Lang::Fr);
    assert_eq!((q.value, q.qualifier), (20.0, Some(Qualifier::Approx)));
    let q = one("a dozen soldiers", Lang::En);
    assert_eq!((q.value, q.qualifier), (12.0, Some(Qualifier::Approx)));
    let q = one("plusieurs dizaines de morts", Lang::Fr);
    assert_eq!(
        (q.value, q.high, q.qualifier),
        (20.0, Some(99.0), Some(Qualifier::Vague))
    );
    let q = one("des milliers de manifestants", Lang::Fr);
    assert_eq!((q.value, q.high), (2000.0, Some(9999.0)));
    let q = one("des dizaines de milliers de personnes", Lang::Fr);
    assert_eq!((q.value, q.high), (20_000.0, Some(99_999.0)));
    let q = one("hundreds of people", Lang::En);
    assert_eq!((q.value, q.high), (200.0, Some(999.0)));
    let q = one("tens of thousands of people", Lang::En);
    assert_eq!((q.value, q.high), (20_000.0, Some(99_999.0)));
}

#[test]
fn scan_never_panics_on_odd_text() {
    for text in [
        "",
        "€",
        "£",
        "$",
        "1",
        "1.",
        "1,",
        "1 ",
        "é1",
        "1é",
        "٣",
        "1\u{a0}",
        "€\u{a0}1",
        "12 345 678 901 234 567 890 123",
        "99999999999999999999999999999",
        "-1",
        "1-",
        "1/",
        "deux-",
        "vingt et",
        "des",
        "plusieurs",
        "a",
        "1er",
        "0",
        "00",
        "0,5",
    ] {
        let _ = scan(text, Lang::Fr);
        let _ = scan(text, Lang::En);
    }
}

#[test]
fn numeral_reads_ranges() {
    let rows: &[(&str, Lang, &str, f64, f64)] = &[
        ("entre 20 et 30 morts", Lang::Fr, "20 et 30", 20.0, 30.0),
        ("de 20 à 30 morts", Lang::Fr, "20 à 30", 20.0, 30.0),
        (
            "20 à 30 millions d'euros",
            Lang::Fr,
            "20 à 30 millions",
            20e6,
            30e6,
        ),
        ("20-30 blessés", Lang::Fr, "20-30", 20.0, 30.0),
        ("between 20 and 30 dead", Lang::En, "20 and 30", 20.0, 30.0),
        ("20 to 30 people", Lang::En, "20 to 30", 20.0, 30.0),
        (
            "1,000–1,500 troops",
            Lang::En,
            "1,000–1,500",
            1000.0,
            1500.0,
        ),
        // The first end is already the smaller without the second's scale.
        (
            "between 850,000 and 1.2 million rand",
            Lang::En,
            "850,000 and 1.2 million",
            850_000.0,
            1.2e6,
        ),
    ];
    for &(text, lang, numeral, low, high) in rows {
        let q = one(text, lang);
        assert_eq!(&text[q.start..q.end], numeral, "{text}");
        assert_eq!(
            (q.value, q.high, q.qualifier),
            (low, Some(high), Some(Qualifier::Range)),
            "{text}"
        );
    }
}

#[test]
fn numeral_keeps_changes_and_scores_apart_from_ranges() {
    // A scaled amount, then a count given to it: "£9.4m to 64 businesses".
    assert_eq!(
        figures(
            "£31.2m to 387 households and £9.4m to 64 businesses",
            Lang::En
        ),
        vec![
            ("£31.2m", 31_200_000.0),
            ("387", 387.0),
            ("£9.4m", 9_400_000.0),
            ("64", 64.0)
        ]
    );
    // "passé de 20 à 30" is an update: two figures, no range.
    assert_eq!(
        figures("le bilan est passé de 20 à 30 morts", Lang::Fr),
        vec![("20", 20.0), ("30", 30.0)]
    );
    assert_eq!(
        figures("the toll rose from 20 to 30", Lang::En),
        vec![("20", 20.0), ("30", 30.0)]
    );
    // The verb of change may come a few words before "from".
    assert_eq!(
        figures("raising the standard fare from $2 to $2.50", Lang::En),
        vec![("$2", 2.0), ("$2.50", 2.5)]
    );
    assert_eq!(
        figures("the loaf went up by 35%, from 0.80 to 1.08 lev", Lang::En),
        vec![("35", 35.0), ("0.80", 0.8), ("1.08", 1.08)]
    );
    assert_eq!(
        figures(
            "raising the price of a gallon of diesel from $1.80 to $2.80",
            Lang::En
        ),
        vec![("$1.80", 1.8), ("$2.80", 2.8)]
    );
    // Not past the sentence, nor past a verb of range.
    assert_eq!(
        figures(
            "Fuel prices were raised. Fares range from $20 to $30",
            Lang::En
        ),
        vec![("$20 to $30", 20.0)]
    );
    assert_eq!(
        figures(
            "turnout rose while estimates ranged from 40 to 50",
            Lang::En
        ),
        vec![("40 to 50", 40.0)]
    );
    assert_eq!(
        figures("tickets cost from $20 to $30", Lang::En),
        vec![("$20 to $30", 20.0)]
    );
    // A second end smaller than the first is no range.
    assert_eq!(
        figures("battu 3 à 1", Lang::Fr),
        vec![("3", 3.0), ("1", 1.0)]
    );
    // Years stay years.
    assert!(scan("de 1989 à 2019", Lang::Fr)
        .iter()
        .all(|t| matches!(t, Token::Quantity(q) if q.maybe_year)));
}

#[test]
fn numeral_reads_ranges_in_words_after_by_and_with_repeated_signs() {
    let rows: &[(&str, Lang, &str, f64, f64)] = &[
        (
            "des peines de deux à six ans",
            Lang::Fr,
            "deux à six",
            2.0,
            6.0,
        ),
        (
            "entre vingt et trente blessés",
            Lang::Fr,
            "vingt et trente",
            20.0,
            30.0,
        ),
        (
            "sentences of between six and nine years",
            Lang::En,
            "six and nine",
            6.0,
            9.0,
        ),
        // A word, then digits.
        (
            "symptoms appear between seven and 18 days later",
            Lang::En,
            "seven and 18",
            7.0,
            18.0,
        ),
        (
            "des peines de six à 18 mois",
            Lang::Fr,
            "six à 18",
            6.0,
            18.0,
        ),
        (
            "wages will rise by 3 to 4.5 per cent",
            Lang::En,
            "3 to 4.5",
            3.0,
            4.5,
        ),
        (
            "damage of between €80 million and €120 million",
            Lang::En,
            "€80 million and €120 million",
            80e6,
            120e6,
        ),
    ];
    for &(text, lang, numeral, low, high) in rows {
        let q = one(text, lang);
        assert_eq!(&text[q.start..q.end], numeral, "{text}");
        assert_eq!((q.value, q.high), (low, Some(high)), "{text}");
        assert_eq!(q.qualifier, Some(Qualifier::Range), "{text}");
    }
}

#[test]
fn words_join_only_where_numbers_join() {
    // "six and nine" and "vingt et trente" are no sums; "vingt et un" and "soixante et onze" are.
    assert_eq!(
        figures("six and nine", Lang::En),
        vec![("six", 6.0), ("nine", 9.0)]
    );
    assert_eq!(
        figures("soixante et onze morts", Lang::Fr),
        vec![("soixante et onze", 71.0)]
    );
    assert_eq!(
        figures("vingt et un blessés", Lang::Fr),
        vec![("vingt et un", 21.0)]
    );
    assert_eq!(
        figures("two hundred and fifty gendarmes", Lang::En),
        vec![("two hundred and fifty", 250.0)]
    );
}

#[test]
fn shares_keep_their_article_and_read_by_half() {
    let rows: &[(&str, Lang, &str)] = &[
        ("près de la moitié des ménages", Lang::Fr, "la moitié"),
        ("l'activité a été réduite de moitié", Lang::Fr, "moitié"),
        ("bookings had fallen by half", Lang::En, "half"),
        ("barely a few hundred people", Lang::En, "a few hundred"),
        ("Net profit fell by a quarter", Lang::En, "a quarter"),
        (
            "roughly a fifth of the country's traffic",
            Lang::En,
            "a fifth",
        ),
        // A share of the whole just named, with a verb after it.
        ("La moitié sont des enfants", Lang::Fr, "La moitié"),
        ("Half were women and children", Lang::En, "Half"),
        // With its article, or a qualifier, whatever follows.
        ("dont la moitié est prise en charge", Lang::Fr, "la moitié"),
        ("la moitié n'ont pas survécu", Lang::Fr, "la moitié"),
        ("with more than half landing on Crete", Lang::En, "half"),
        ("– nearly half – now need assistance", Lang::En, "half"),
        (
            "was about two-thirds full at the time",
            Lang::En,
            "two-thirds",
        ),
        // A share of the year before.
        (
            "there were a third more cases than last year",
            Lang::En,
            "a third",
        ),
    ];
    for &(text, lang, numeral) in rows {
        let q = one(text, lang);
        assert_eq!(&text[q.start..q.end], numeral, "{text}");
    }
    // Nor is "half" as an adverb.
    assert_eq!(figures("le verre est à moitié vide", Lang::Fr), vec![]);
    assert_eq!(figures("a half-hearted attempt", Lang::En), vec![]);
    // Nor is the half of a period.
    assert_eq!(
        figures("up from the first half of the year", Lang::En),
        vec![]
    );
    assert_eq!(figures("dans la seconde moitié du match", Lang::Fr), vec![]);
    // An ordinal is no share.
    assert_eq!(figures("A third man was questioned", Lang::En), vec![]);
    assert_eq!(figures("A fifth victim was found", Lang::En), vec![]);
    assert_eq!(
        figures("Un dixième suspect est recherché", Lang::Fr),
        vec![]
    );
    assert_eq!(figures("une cinquième nuit de violences", Lang::Fr), vec![]);
    // Tenths and fifths of a whole are shares.
    assert_eq!(one("un dixième des votants", Lang::Fr).value, 10.0);
    assert_eq!(one("a tenth of the staff", Lang::En).value, 10.0);
}

#[test]
fn scan_reads_no_scale_after_per() {
    assert_eq!(
        one("up to 12,000 parts per million", Lang::En).value,
        12000.0
    );
    assert_eq!(one("un taux de 5 pour mille", Lang::Fr).value, 5.0);
    assert_eq!(one("a million people", Lang::En).value, 1_000_000.0);
}

#[test]
fn scan_reads_a_call_to_a_figure_as_no_number_to_dial() {
    for text in [
        "the call to 150 hospitals went out on Monday",
        "police received 400 calls to the line",
    ] {
        assert_eq!(figures(text, Lang::En).len(), 1, "{text}");
    }
}

#[test]
fn scan_reads_a_year_and_a_grouped_figure_as_no_phone_number() {
    let found = scan("En 2022 30 000 personnes ont défilé.", Lang::Fr);
    assert!(
        found
            .iter()
            .any(|t| matches!(t, Token::Quantity(q) if q.value == 30_000.0)),
        "{found:?}"
    );
}

#[test]
fn scan_skips_more_names_and_times() {
    let not_claims = [
        ("the whistle blew at 10.15 p.m.", Lang::En),
        ("call the airline's customer line on 815 21 815.", Lang::En),
        ("the fire was under control at about 7.30 am", Lang::En),
        ("sur la RN 85 dans la descente", Lang::Fr),
        ("la route départementale 813 reste coupée", Lang::Fr),
        (
            "les heurts ont éclaté sur la route territoriale 11",
            Lang::Fr,
        ),
        ("réunis rue du 17-Novembre", Lang::Fr),
        ("le sans-plomb 95", Lang::Fr),
        ("gates 7 and 9 were locked", Lang::En),
        ("appelez le 0 800 14 25 36", Lang::Fr),
        ("call +381 11 555 0193 now", Lang::En),
        ("call 1-888-312-7740 for information", Lang::En),
        ("residents can call (530) 555-0147 for help", Lang::En),
        ("Published 12 October 2024, 16.02 BST", Lang::En),
        ("quoting log 2214 of 1 March", Lang::En),
        ("le numéro vert 15 15 est joignable", Lang::Fr),
        ("Updated 2025-03-16 23:40:12", Lang::En),
        ("un incendie dans le camp 11 du complexe", Lang::Fr),
        ("le groupe LockBit 3.0, réclame une rançon", Lang::Fr),
        ("shares of 3M fell", Lang::En),
        ("the Sh-5 route", Lang::En),
        ("a crash on the N7 near Ermelo", Lang::En),
        ("the mapping system used by 911 dispatchers", Lang::En),
        ("she said 999 calls doubled", Lang::En),
        ("dial 112", Lang::En),
        (
            "registered under sections 302 and 322 of the Penal Code",
            Lang::En,
        ),
        ("a convoy on the P5 road", Lang::En),
        ("le numéro vert 0800-10828", Lang::Fr),
        ("talks are scheduled for Oct. 14", Lang::En),
        ("les citoyens peuvent appeler au 450 555-0199", Lang::Fr),
        ("reported near milepost 12 on Skyliners Road", Lang::En),
        ("The port reopened berth 3 on Thursday", Lang::En),
        ("volunteers from Rescue Station 12 joined", Lang::En),
        (
            "Citizens can share information on the police helpline 15.",
            Lang::En,
        ),
        (
            "les citoyens peuvent appeler le numéro d'urgence 116",
            Lang::Fr,
        ),
        ("toute détresse en mer peut être signalée au 196", Lang::Fr),
        ("le vol ne décollera pas avant 22 heures", Lang::Fr),
        ("le confinement à partir de 20 heures", Lang::Fr),
        ("Il était à peine 6 heures, mardi, lorsque", Lang::Fr),
        ("or call the ministry's hotline at 800-4325", Lang::En),
        ("report fires on its emergency number, 192.", Lang::En),
        ("I have been here from quarter to six", Lang::En),
        ("the first bus left at half past seven", Lang::En),
        ("or call the budget office at (02) 8555-0178", Lang::En),
        ("call the public health helpline on 2132 4086", Lang::En),
        ("signalez toute fissure au numéro gratuit 3029", Lang::Fr),
        (
            "une ligne d'urgence, le 80 100 190, a été ouverte",
            Lang::Fr,
        ),
        ("des appels ont été reçus au 18 et au 112", Lang::Fr),
        ("contact the station on (0292) 272 515 today", Lang::En),
        (
            "transmise de façon confidentielle au 1 800 555-0199",
            Lang::Fr,
        ),
        ("when a Boeing 737-800 skidded off the runway", Lang::En),
        ("notifiés au cours de la semaine 9", Lang::Fr),
        ("the bulletin for week 14 was late", Lang::En),
        ("le 141 est joignable jour et nuit", Lang::Fr),
        ("les pompiers restent joignables au 180", Lang::Fr),
        (
            "urged anyone with a fever to call the 937 health line",
            Lang::En,
        ),
        ("results are sent by SMS to 16321", Lang::En),
    ];
    for (text, lang) in not_claims {
        assert_eq!(figures(text, lang), vec![], "{text}");
    }
}

#[test]
fn scan_reads_hours_of_a_duration_as_a_figure() {
    for text in [
        "après plus de 30 heures de recherches",
        "privés de courant jusqu'à 18 heures par jour",
        "une grève de 12 heures",
    ] {
        assert_eq!(figures(text, Lang::Fr).len(), 1, "{text}");
    }
}

#[test]
fn scan_reads_a_grouped_figure_after_a_road_as_a_figure() {
    assert_eq!(
        figures("bloqués sur l'A31, 38 000 foyers privés", Lang::Fr),
        vec![("38 000", 38000.0)]
    );
    assert_eq!(
        one("Temperatures fell to -14.2C overnight", Lang::En).value,
        -14.2
    );
    assert_eq!(one("Temperatures dropped to -28 C", Lang::En).value, -28.0);
}

#[test]
fn scan_reads_a_glued_m_as_metres_for_one_thing_a_size_or_a_fall() {
    assert_eq!(one("down a 6m embankment", Lang::En).value, 6.0);
    assert_eq!(one("waves 4m high", Lang::En).value, 4.0);
    assert_eq!(
        one("the sea rose some 1.4m above the mark", Lang::En).value,
        1.4
    );
    assert_eq!(one("a 10m-deep sinkhole", Lang::En).value, 10.0);
    // How far something fell or climbed, past a qualifier.
    assert_eq!(
        one("the jet dropped about 1,800m in seconds", Lang::En).value,
        1800.0
    );
    assert_eq!(one("the climber fell 30m", Lang::En).value, 30.0);
    // Millions elsewhere, and always after a currency.
    assert_eq!(one("some 6m people", Lang::En).value, 6e6);
    assert_eq!(one("a £6m scheme", Lang::En).value, 6e6);
}

#[test]
fn numeral_reads_more_currency_signs_and_temperatures() {
    let q = one("insured losses reached C$1.1bn", Lang::En);
    assert_eq!((q.value, q.currency), (1.1e9, Some("CAD")));
    let q = one("temperatures hit 46C in the south", Lang::En);
    assert_eq!(q.value, 46.0);
    // A headline's capitalised word before a decimal is no name with a version.
    let q = one("Aftershocks Jolt Nepal After 6.4 Quake", Lang::En);
    assert_eq!(q.value, 6.4);
    let rows: &[(&str, f64, &str)] = &[
        ("the mall paid ₦500,000 to each family", 500_000.0, "NGN"),
        ("tickets cost ₹2,500 each", 2500.0, "INR"),
        ("damages of R$ 12 million", 12e6, "BRL"),
        ("a fine of 500 ₽", 500.0, "RUB"),
        ("¥3bn in losses", 3e9, "JPY"),
        ("a ¥1.2tn stimulus", 1.2e12, "JPY"),
        ("a reward of P50,000", 50_000.0, "PHP"),
        ("a P180 million budget", 180e6, "PHP"),
        ("timber worth P3.6M", 3.6e6, "PHP"),
        ("embezzled $1.4M from the district", 1.4e6, "USD"),
        ("a Sh1.4 billion campaign", 1.4e9, "KES"),
        ("cocaine worth $1.3-million", 1.3e6, "USD"),
        ("a N850m contract", 850e6, "NGN"),
        ("petrol now costs SI$14.20 a litre", 14.2, "SBD"),
        ("a FJ$52.4 million package", 52.4e6, "FJD"),
        ("loans of US$ 5 million", 5e6, "USD"),
        ("a Dh4.2bn transport budget", 4.2e9, "AED"),
        ("a fraud of Tk 312 crore", 3.12e9, "BDT"),
        ("a SR18 million fund", 1.8e7, "SAR"),
        ("a QR2.5bn stadium", 2.5e9, "QAR"),
        ("a fine of KD 40,000", 40000.0, "KWD"),
        ("a BD 1.2 million grant", 1.2e6, "BHD"),
        ("a budget of R8.4-billion", 8.4e9, "ZAR"),
        ("each family got Shs200,000", 200_000.0, "UGX"),
        ("losses of TSh3bn", 3e9, "TZS"),
        ("compensation of Ush45 million", 45e6, "UGX"),
        ("a debt of $31 trillion", 31e12, "USD"),
        ("losses of GH¢140 million", 140e6, "GHS"),
        ("aid of Rp 2.5 billion", 2.5e9, "IDR"),
        ("a Rp15 billion fund", 15e9, "IDR"),
        ("relief worth PHP87.3 million", 87.3e6, "PHP"),
        ("farm damage hits P87.4M; rain goes on", 87.4e6, "PHP"),
        ("evaded RM48.6mil in taxes", 48.6e6, "MYR"),
        ("fined RM50,000 each", 50_000.0, "MYR"),
        ("losses of USD 4.5 million", 4.5e6, "USD"),
        ("a fine of EUR 250,000", 250_000.0, "EUR"),
        ("a fine of ₵5,000", 5000.0, "GHS"),
        ("damage put at BZ$150 million", 150e6, "BZD"),
        ("a further NZ$1.4 million for vaccines", 1.4e6, "NZD"),
        ("fined HK$250,000", 250_000.0, "HKD"),
        ("defence spending of zł186.6bn", 186.6e9, "PLN"),
        ("damage put at NT$420m", 420e6, "TWD"),
        ("a S$2 billion package", 2e9, "SGD"),
        ("the strike cost R2.4bn", 2.4e9, "ZAR"),
        ("losses of R120m a day", 120e6, "ZAR"),
        ("R5,000 per container", 5000.0, "ZAR"),
        // A rand too small to be grouped, after a word of price; any shilling.
        ("compensation of R5 per bird", 5.0, "ZAR"),
        ("far short of the R75 it costs", 75.0, "ZAR"),
        ("tickets at Sh500 each", 500.0, "KES"),
        ("stalls rented for TSh200 a day", 200.0, "TZS"),
        // The kwacha's K and the dalasi's D, as the rand's R: grouped or scaled digits.
        ("the council approved K450 million", 450e6, "ZMW"),
        ("a bonus of K8,500 per miner", 8500.0, "ZMW"),
        ("each family got D50,000", 50_000.0, "GMD"),
        // The rupee's Rs, and the South Asian scales.
        ("Rs1.5 million for each family", 1.5e6, "INR"),
        ("a fine of Rs. 500", 500.0, "INR"),
        ("₹10 lakh to the next of kin", 1e6, "INR"),
        ("a Rs 3 crore package", 3e7, "INR"),
    ];
    for &(text, value, code) in rows {
        let q = one(text, Lang::En);
        assert_eq!((q.value, q.currency), (value, Some(code)), "{text}");
    }
    // French abbreviations of a scale glued to the sign: one token, sign included.
    let rows: &[(&str, &str, f64)] = &[
        ("d'investir 9,5 M€ cette année", "9,5 M€", 9.5e6),
        ("un budget de 1,2 Md€", "1,2 Md€", 1.2e9),
        ("une dette de 3 Mds€", "3 Mds€", 3e9),
        ("une prime de 300 k€", "300 k€", 3e5),
    ];
    for &(text, numeral, value) in rows {
        let q = one(text, Lang::Fr);
        assert_eq!(
            (&text[q.start..q.end], q.value, q.currency),
            (numeral, value, Some("EUR")),
            "{text}"
        );
    }
    // A rand's small amount is read only where a price is: the R74 is a road.
    assert_eq!(
        figures("traffic went via the R74 and the R61 road", Lang::En),
        []
    );
    let prices = figures("eggs sell for between R85 and R110 a tray", Lang::En);
    assert_eq!(prices, [("R85 and R110", 85.0)]);
    // "raised the price by Sh18.30 to Sh217.40": the change, then the new price.
    assert_eq!(
        figures("raised the price by Sh18.30 to Sh217.40 a litre", Lang::En),
        [("Sh18.30", 18.3), ("Sh217.40", 217.4)]
    );
    // "Rs" before anything but digits is a word: "Rsvp by Friday", "Rs the name".
    assert!(figures("Rsvp by 12 May", Lang::En)
        .iter()
        .all(|(t, _)| !t.starts_with('R')));
    // "M" alone is no scale: "5 M" is not five million.
    assert_eq!(figures("le cas 5 M de la liste", Lang::Fr), [("5", 5.0)]);
    // A sign of the block the grammar does not name leaves the figure, with no currency.
    assert_eq!(one("prices rose to ₫20,000", Lang::En).currency, None);
}

#[test]
fn ascii_letters_end_matches_a_byte_by_byte_test() {
    let slow = |bytes: &[u8], i: usize| {
        i + bytes[i..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count()
    };
    for b in 0..=u8::MAX {
        for at in 0..20 {
            for len in at + 1..22 {
                let mut bytes = vec![b'k'; len];
                bytes[at] = b;
                bytes[len / 2] ^= 0x20; // a capital in the run
                for start in [0, 1, 3] {
                    if start <= len {
                        assert_eq!(
                            ascii_letters_end(&bytes, start),
                            slow(&bytes, start),
                            "{bytes:?} from {start}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn every_identifier_word_is_found_whatever_its_case() {
    for word in IDENTIFIER_WORDS {
        assert!(is_identifier_word(word), "{word}");
        assert!(is_identifier_word(&word.to_ascii_uppercase()), "{word}");
    }
    assert!(!is_identifier_word("victims"));
}

#[test]
fn temperatures_below_zero_keep_their_sign() {
    assert_eq!(
        figures("le thermomètre est descendu à -4,5 °C à l'aube", Lang::Fr),
        vec![("-4,5", -4.5)]
    );
    assert_eq!(
        figures("a low of −12 degrees on Sunday", Lang::En),
        vec![("−12", -12.0)]
    );
    // A dash before any other figure is no sign.
    assert_eq!(
        figures("les prix - 3 % en un an - ont baissé", Lang::Fr),
        vec![("3", 3.0)]
    );
    assert_eq!(
        figures("between 20-30 people", Lang::En),
        vec![("20-30", 20.0)]
    );
    // Below zero in words: "minus" always, "moins" with degrees, and "au moins" never.
    assert_eq!(
        figures("it was around minus 12 up there", Lang::En),
        vec![("minus 12", -12.0)]
    );
    assert_eq!(
        figures(
            "il a fait moins 8 degrés, au moins 3 degrés de moins",
            Lang::Fr
        ),
        vec![("moins 8", -8.0), ("3", 3.0)]
    );
    assert_eq!(figures("moins 40 candidats", Lang::Fr), vec![("40", 40.0)]);
}

#[test]
fn words_read_half_a_scale_and_one_as_the_low_end_of_a_range() {
    let half = one("The scheme will cost half a million pounds.", Lang::En);
    assert_eq!(
        (
            &"The scheme will cost half a million pounds."[half.start..half.end],
            half.value
        ),
        ("half a million", 500_000.0)
    );
    let range = one("Symptoms appear one to two days later.", Lang::En);
    assert_eq!((range.value, range.high), (1.0, Some(2.0)));
    let range = one(
        "Les symptômes apparaissent un à trois jours après.",
        Lang::Fr,
    );
    assert_eq!((range.value, range.high), (1.0, Some(3.0)));
    // "half" alone is still a share only of something.
    assert!(figures("Sales fell by half.", Lang::En).len() == 1);
}

#[test]
fn numeral_after_top_is_a_rank_unless_it_is_an_amount() {
    assert!(figures("The club is in the top 10 of the league.", Lang::En).is_empty());
    assert_eq!(
        figures(
            "Visitor numbers top 2.1 million for the first time.",
            Lang::En
        ),
        vec![("2.1 million", 2_100_000.0)]
    );
}

#[test]
fn words_read_one_closing_a_list_by_place() {
    assert_eq!(
        figures("quatre à Brest, deux à Morlaix et une à Quimper", Lang::Fr),
        vec![("quatre", 4.0), ("deux", 2.0), ("une", 1.0)]
    );
    assert_eq!(
        figures("five in Hull and one in York", Lang::En),
        vec![("five", 5.0), ("one", 1.0)]
    );
    // An article is still no figure: "et une à la une", "and one in a million".
    assert_eq!(figures("et une à la maison", Lang::Fr), vec![]);
}

#[test]
fn numeral_after_a_year_opens_no_range_and_a_name_holds_no_figure() {
    // The year, then the new level of a change: no range from 2023 to 1.2 million.
    let found = figures(
        "passée de 2,4 millions en 2023 à 1,7 million cette année",
        Lang::Fr,
    );
    assert!(
        found.iter().all(|(text, _)| !text.contains(" à ")),
        "{found:?}"
    );
    assert!(figures("les refuges du massif des Trois Évêchés", Lang::Fr).is_empty());
    assert!(figures("un appel au centre 15 vers minuit", Lang::Fr).is_empty());
    // A headline's capital opens a figure.
    assert_eq!(figures("Incendie : Trois Morts", Lang::Fr).len(), 1);
}

#[test]
fn numeral_reads_south_asian_grouping_in_english() {
    assert_eq!(
        one("as many as 1,21,374 candidates", Lang::En).value,
        121_374.0
    );
    assert_eq!(
        one("a fund of 12,34,56,789 rupees", Lang::En).value,
        123_456_789.0
    );
    // Thousands as ever.
    assert_eq!(one("some 1,200 people", Lang::En).value, 1200.0);
}
