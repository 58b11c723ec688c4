//! Extraction on small French and English texts: category, group, unit, qualifier, status,
//! source, date and lists.

use super::*;
use crate::claim::Claim;

fn claims(text: &str) -> Vec<Claim> {
    let lexicon = Lexicon::embedded().unwrap();
    claims_of(text, None, &lexicon).all().to_vec()
}

/// Each text's first claim has the category given beside it.
fn assert_first_categories(cases: &[(&str, &str)]) {
    for &(text, category) in cases {
        let found = claims(text);
        assert_eq!(found[0].category, category, "{text}: {found:#?}");
    }
}

/// Every claim after the first is a part of it and counts `category`.
fn assert_parts_of_the_first(found: &[Claim], category: &str) {
    assert!(
        found[1..]
            .iter()
            .all(|c| c.part_of == Some(found[0].id) && c.category == category),
        "{found:#?}"
    );
}

fn only(text: &str) -> Claim {
    let found = claims(text);
    assert_eq!(found.len(), 1, "{text:?} gave {found:#?}");
    found.into_iter().next().unwrap()
}

#[test]
fn extract_reads_a_population_after_a_place_noun() {
    for text in [
        "He governed the oil-producing state of 7.4 million people until 2023.",
        "La province de 2,1 millions d'habitants est privée d'eau.",
        "The island of 4,000 people was cut off.",
    ] {
        assert_eq!(only(text).category, "population", "{text}");
    }
}

#[test]
fn extract_reads_category_from_the_counted_noun() {
    let rows = [
        (
            "Le bilan est de 164 morts dans la capitale.",
            "deaths",
            Unit::People,
        ),
        (
            "Quelque 2.030 militaires sont arrivés dans la ville.",
            "troops",
            Unit::People,
        ),
        (
            "La ville compte 1,8 million d'habitants selon le recensement.",
            "population",
            Unit::People,
        ),
        (
            "Les dégâts atteignent 175 millions d'euros selon la police.",
            "money",
            Unit::Currency("EUR".into()),
        ),
        (
            "Le parti obtient 15 % des voix dans la région.",
            "percentage",
            Unit::Percent,
        ),
        (
            "The storm left 40 people injured in the north.",
            "injured",
            Unit::People,
        ),
        (
            "The police opened 125 investigations in the city.",
            "count",
            Unit::Things,
        ),
        // Places of an emergency shelter are not people displaced.
        (
            "Le dispositif d'hébergement d'urgence compte quelque 120 000 places.",
            "count",
            Unit::Things,
        ),
    ];
    for (text, category, unit) in rows {
        let c = only(text);
        assert_eq!((c.category.as_str(), c.unit), (category, unit), "{text}");
    }
}

#[test]
fn extract_reads_category_from_what_happened() {
    let c = only("La police indique que 5.800 personnes ont été arrêtées depuis vendredi.");
    assert_eq!((c.category.as_str(), c.value), ("arrests", 5800.0));
    let c = only("About 300 people were detained overnight in the capital.");
    assert_eq!(
        (c.category.as_str(), c.qualifier),
        ("arrests", Qualifier::Approx)
    );
    let c = only("Plus de 90 personnes ont trouvé la mort dans les combats.");
    assert_eq!(
        (c.category.as_str(), c.qualifier, c.low, c.high),
        ("deaths", Qualifier::MoreThan, Some(90.0), None)
    );
}

#[test]
fn extract_links_the_parts_of_a_list() {
    let found = claims("Selon la police, 30 manifestants et 12 policiers ont été tués lundi.");
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|c| c.category == "deaths"));
    assert_eq!(found[0].group.as_deref(), Some("protesters"));
    assert_eq!(found[1].group.as_deref(), Some("security forces"));
    assert_eq!(found[0].list, Some(found[0].id));
    assert_eq!(found[1].list, Some(found[0].id));

    let found = claims("Officials said 15 civilians and 9 soldiers were killed.");
    assert!(found
        .iter()
        .all(|c| c.category == "deaths" && c.list.is_some()));
}

#[test]
fn extract_keeps_independent_figures_apart() {
    let found = claims("L'attaque a fait 5 morts et 20 blessés dans le village.");
    let categories: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(categories, ["deaths", "injured"]);
    assert!(found.iter().all(|c| c.list.is_none()));
}

#[test]
fn extract_drops_group_words_that_only_repeat_the_category() {
    let c = only("Quelque 2.030 militaires ont été déployés dans le pays.");
    assert_eq!((c.category.as_str(), c.group), ("troops", None));
    let c = only("Trente soldats ont été tués dans l'embuscade.");
    assert_eq!(
        (c.category.as_str(), c.group.as_deref()),
        ("deaths", Some("soldiers"))
    );
}

#[test]
fn extract_reads_status() {
    let c = only("Le ministère a retiré un bilan selon lequel 164 personnes étaient mortes.");
    assert_eq!(c.status, Status::Withdrawn);
    let c = only("Ce bilan de 60 morts n'a pas pu être vérifié de manière indépendante.");
    assert_eq!(c.status, Status::Unverified);
    let c = only("The toll of 60 dead could not be independently verified.");
    assert_eq!(c.status, Status::Unverified);
    let c = only("Le bilan pourrait atteindre 200 morts selon les secours.");
    assert_eq!(c.status, Status::Hypothetical);
    // A toll dismissed as a rumour is withdrawn, whether it is the object's complement or the
    // subject of a passive.
    for text in [
        "Police dismissed a toll of 40 dead that circulated on social media.",
        "Reports that 30 miners were trapped have been dismissed as unfounded.",
        "La préfecture a jugé infondée la rumeur de 40 morts.",
        // A first figure its source corrected.
        "La préfecture avait d'abord fait état de 52 interpellations, avant de rectifier son chiffre.",
        "The council first put the number at 300 homes, before correcting it.",
        // A correction notice.
        "Correction : une précédente version de cette dépêche indiquait 141 passagers.",
        "Correction: An earlier version of this story said 141 passengers were on board.",
    ] {
        assert_eq!(only(text).status, Status::Withdrawn, "{text}");
    }
}

#[test]
fn extract_reads_sources() {
    let rows: &[(&str, Option<&str>)] = &[
        (
            "Selon le ministère de l'Intérieur, 300 personnes ont été interpellées.",
            Some("ministère de l'Intérieur"),
        ),
        (
            "La présidence a annoncé dimanche que 5.800 personnes avaient été arrêtées.",
            Some("présidence"),
        ),
        (
            "\"Nous avons 40 blessés\", a indiqué le préfet du Rhône dans un communiqué.",
            Some("préfet du Rhône"),
        ),
        (
            "According to the health ministry, 45 people died.",
            Some("health ministry"),
        ),
        // A name, not the linking word before it nor a clause after the verb.
        (
            "Lawyers left, and the Law Society of Kenya said 150 people were held.",
            Some("Law Society of Kenya"),
        ),
        (
            "Fares rose, while the taxi association said 300 drivers struck.",
            Some("taxi association"),
        ),
        (
            "The minister ordered an inquiry and announced 1m rupees for each family.",
            None,
        ),
        (
            "Police said the walkout could cost the operator up to £3m.",
            Some("Police"),
        ),
        ("Later police said 30 people were killed.", Some("police")),
        // A name of nothing but linking words is none.
        ("Some 20 captives remain, according to the later.", None),
        // "UN" is a name, not an article.
        (
            "The group still holds at least 20 captives, according to the UN.",
            Some("UN"),
        ),
        // Not the time the clause opens with.
        (
            "By Wednesday evening the mine's owner said 14 miners had died.",
            Some("mine's owner"),
        ),
    ];
    for &(text, source) in rows {
        assert_eq!(only(text).source.as_deref(), source, "{text}");
    }
}

#[test]
fn extract_resolves_weekdays_against_the_dateline() {
    let text = "Une journée de troubles\n\nPublié le Lundi 10 janvier 2022\n\nLa police a annoncé dimanche que 300 personnes avaient été arrêtées. Au 10 janvier, 450 personnes étaient détenues.\n";
    let found = claims(text);
    let dates: Vec<String> = found.iter().map(|c| c.date.unwrap().to_string()).collect();
    assert_eq!(dates, ["2022-01-09", "2022-01-10"]);
    // The day of the event is not the figures' when the sentence names the day of the report,
    // nor is a day after it that the figures are given for.
    let text = "Published on 24 September 2024\n\nThe toll from the quake that struck on Sunday has risen to 71, the agency said on Tuesday.\n\nLe bilan de l'explosion survenue vendredi est passé samedi à 14 morts.\n";
    let dates: Vec<String> = claims(text)
        .iter()
        .map(|c| c.date.unwrap().to_string())
        .collect();
    assert_eq!(dates, ["2024-09-24", "2024-09-21"]);
    // A day to come is not the figures'.
    let text = "Published on 13 October 2024\n\nThe 26 people arrested will appear before a judge on Tuesday.\n\nQuelque 350 militaires doivent arriver mercredi.\n";
    let dates: Vec<Option<Date>> = claims(text).iter().map(|c| c.date).collect();
    assert_eq!(dates, [None, None]);
    // A dateline dates the dispatch, and a period's first day no figure.
    let text = "Published on 3 July 2024\n\nKESSIN, July 3 — Shelling killed nine civilians on Tuesday.\n\nThe line has received about 2,600 calls since it opened on 10 March.\n";
    let dates: Vec<Option<String>> = claims(text)
        .iter()
        .map(|c| c.date.map(|d| d.to_string()))
        .collect();
    assert_eq!(dates, [Some("2024-07-02".to_string()), None]);
}

#[test]
fn extract_keeps_an_earlier_count_of_another_day_after_a_rise() {
    let dated = |body: &str| claims(&format!("Published on 8 May 2024\n\n{body}\n"));
    // The count as it stood the day before, told in the pluperfect: a figure of its own.
    let found = dated(
        "The toll rose to 12 on Wednesday. On Tuesday, police had put the number of dead at seven.",
    );
    assert!(!found[1].reference, "{found:#?}");
    // Deaths of another day that tell how the count rose are set apart.
    let found =
        dated("Le bilan s'est alourdi à neuf morts mercredi. Cinq détenus sont décédés mardi.");
    assert!(found[1].reference, "{found:#?}");
}

#[test]
fn extract_drops_years_but_keeps_counted_four_digit_numbers() {
    let found = claims("Depuis l'indépendance, en 1991, le pays a connu 1500 manifestations.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].value, 1500.0);
    // A verb after the year tells what the year saw; a season spans two years.
    for text in [
        "A cholera outbreak in 2008 killed more than 4,000 people.",
        "A cholera outbreak in 2008-09 killed more than 4,000 people.",
    ] {
        let c = only(text);
        assert_eq!((c.value, c.category.as_str()), (4000.0, "deaths"), "{text}");
    }
    // "the" and four bare digits in English is a year, whatever follows it.
    let c = only("The 2019 floods killed 40 people.");
    assert_eq!((c.value, c.category.as_str()), (40.0, "deaths"));
    // After "de" or "of", a plural noun says what the four digits count.
    let found = claims("Grève après l'annonce de 1150 suppressions de postes.");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].value, 1150.0);
}

#[test]
fn extract_sets_apart_counts_of_the_year_so_far_and_of_the_last_day() {
    for text in [
        "Depuis le début de l'année, 58 personnes ont été interpellées dans le Gard.",
        "So far this year, 31 climbers have died on the mountain.",
        "Road accidents claimed 1,680 lives between January and September, police said.",
        "Entre janvier et août, 212 noyades ont été recensées.",
        "About 20 people die in avalanches in Austria in an average winter.",
        "In a normal year, doctors see 150 cases in the province.",
        "En moyenne, 30 personnes se noient chaque été dans le département.",
        "Depuis le début de la saison, 9 personnes ont perdu la vie dans des avalanches.",
        "The institute said 17 people have died in avalanches since the start of the winter season.",
        "Over the past decade, 340 people have drowned in the river.",
    ] {
        assert!(only(text).reference, "{text}");
    }
    for text in [
        "Rights groups say 1,200 civilians have been killed in the state over the past two years.",
        "Ces dix dernières années, 87 randonneurs sont morts dans le massif.",
    ] {
        let found = claims(text);
        assert!(found.iter().all(|c| c.reference), "{found:#?}");
    }
    // Not an ordinary "this year", which may date the story's own toll, nor a comparison with
    // last year.
    assert!(!only("Dengue has killed 41 people this year.").reference);
    let c = &claims(
        "Officials confirmed 412 cases in Leeds, up from 129 over the same period last year.",
    )[0];
    assert!(!c.reference, "{c:#?}");
    let found = claims("Rosario recorded 21 homicides in the first eight months of the year.");
    assert!(found[0].reference, "{found:#?}");
    // Of last year, the months name a year of its own, not a period of this one.
    let text = "Published on 9 December 2023\n\nThe men targeted 46 farms between January and October last year.";
    let c = &claims(text)[0];
    assert_eq!((c.reference, c.year), (false, Some(2022)), "{c:#?}");
    // A count of the last day is no toll; nor are the parts of it the next sentence gives.
    let found = claims("The outbreak has killed 712 people. In the 24 hours to Tuesday morning, 15 died. Of those deaths, nine were in Dhaka and six elsewhere.");
    let part_of_15 = found
        .iter()
        .filter(|c| c.part_of == Some(found[2].id))
        .count();
    assert_eq!((found[2].value, part_of_15), (15.0, 2), "{found:#?}");
    assert!(!found[0].reference && found[2..].iter().all(|c| c.reference));
    // A count since the start of the event is the event's own.
    assert!(!only("Depuis le début du mouvement, 5 800 personnes ont été arrêtées.").reference);
}

#[test]
fn extract_sets_apart_a_previous_event() {
    let found = claims(
        "Le précédent épisode dans la région, en 2019 à Narbonne, avait touché 31 personnes et fait trois morts.",
    );
    assert!(found.iter().all(|c| c.reference), "{found:#?}");
    for text in [
        "Dans la commune voisine de Marigot, un éboulement distinct a fait 2 morts.",
        "Neighbouring India's West Bengal state has reported about 40 deaths.",
        "C'est le troisième accident mortel dans une carrière cette année, après ceux qui ont coûté la vie à 5 ouvriers.",
        "It was the fourth deadly attack on the route since March, after raids that killed 23 drivers.",
    ] {
        assert!(only(text).reference, "{text}");
    }
    // Figures the text itself keeps out of the toll.
    for text in [
        "Volunteers collected 11 bodies on Thursday, figures not yet included in the official toll.",
        "Par ailleurs, 23 riverains se sont présentés aux urgences ; ils ne sont pas comptés dans le bilan.",
    ] {
        assert!(only(text).reference, "{text}");
    }
    assert!(!only("Eleven bodies were found, the toll said.").reference);
    let found =
        claims("It came seven years after the Morandi bridge disaster, which killed 43 people.");
    assert!(found.iter().all(|c| c.reference), "{found:#?}");
    // A sentence set in another month than the dispatch's tells of another event; one set in
    // the dispatch's own month does not.
    let dated = |body: &str| claims(&format!("Publié le 26 novembre 2024\nNaufrage\n\n{body}\n"));
    assert!(dated("En mai, le chavirement d'une pirogue avait fait 12 morts.")[0].reference);
    assert!(dated("In March, floods killed 40 people.")[0].reference);
    assert!(dated("A similar operation last May led to 38 arrests.")[0].reference);
    assert!(
        dated("Une opération similaire avait permis 21 interpellations en juin dernier.")[0]
            .reference
    );
    assert!(!dated("En novembre, la crue a fait 12 morts.")[0].reference);
    // A month that a relative clause tells of.
    assert!(dated("It follows the Kerala collision in March, which left 31 dead.")[0].reference);
    assert!(!dated("The collision in November left 31 dead.")[0].reference);
    // "Last year, when": that year's event.
    let herders = dated("The village was also raided last year, when two herders were killed.");
    assert_eq!(herders[0].year, Some(2023), "{herders:#?}");
    assert!(dated("En mai 2024, une pirogue a fait 12 morts.")[0].reference);
    // Named further on, with a pluperfect.
    assert!(dated("La compagnie, dont un autre car avait été impliqué en mars dans un accident ayant fait 5 morts, est suspendue.")[0].reference);
    assert!(!dated("La compagnie prévoit en mars un audit de ses 40 cars.")[0].reference);
    let c = only("Le gouvernement a débloqué 50 millions de gourdes.");
    assert_eq!(c.unit, Unit::Currency("HTG".into()));
    let c = only("Le ministre a annoncé une amende de 2 milliards de LL.");
    assert_eq!(c.unit, Unit::Currency("LBP".into()));
    // The Pacific franc, in its French and English forms.
    for text in [
        "L'indemnité sera portée à 40 000 F CFP par mois.",
        "Les commerçants chiffrent leurs pertes à 150 millions de francs CFP.",
        "Farmers will be paid 2,500 CFP francs per bird.",
    ] {
        let c = only(text);
        assert_eq!(c.category, "money", "{text}");
        assert!(
            matches!(&c.unit, Unit::Currency(u) if u.starts_with("XPF")),
            "{text}: {c:#?}"
        );
    }
}

#[test]
fn extract_spans_cover_the_numeral_as_written() {
    let text = "Au total, 2,3 milliards de livres et $2.3bn ont été promis à 19 000 000 habitants.";
    for c in claims(text) {
        assert_eq!(&text[c.span.range()], c.text);
    }
    let texts: Vec<String> = claims(text).into_iter().map(|c| c.text).collect();
    assert_eq!(texts, ["2,3 milliards", "$2.3bn", "19 000 000"]);
}

#[test]
fn extract_reads_ranges_with_their_bounds() {
    let c = only("Entre 20 et 30 personnes ont été blessées.");
    assert_eq!(
        (c.category.as_str(), c.qualifier, c.low, c.high),
        ("injured", Qualifier::Range, Some(20.0), Some(30.0))
    );
    let c = only("Between 200 and 300 people were arrested.");
    assert_eq!(
        (c.text.as_str(), c.value, c.high),
        ("200 and 300", 200.0, Some(300.0))
    );
}

#[test]
fn extract_reads_shares_and_percentage_points() {
    let c = only("La moitié des habitants ont voté.");
    assert_eq!(
        (c.value, c.category.as_str(), c.unit.clone()),
        (50.0, "percentage", Unit::Percent)
    );
    let c = only("Un tiers des électeurs s'est abstenu.");
    assert_eq!(c.value, 33.33);
    let c = only("Two thirds of voters backed the plan.");
    assert_eq!(c.value, 66.67);
    let c = only("Le chômage a reculé de 0,3 point de pourcentage.");
    assert_eq!(
        (c.category.as_str(), c.unit.as_str()),
        ("percentage", "percentage_points")
    );
    assert!(claims("Il est parti un quart d'heure plus tôt.").is_empty());
}

#[test]
fn extract_reads_denials_as_negated_zero() {
    let c = only("Aucun mort n'a été signalé dans la région.");
    assert_eq!(
        (c.value, c.category.as_str(), c.status),
        (0.0, "deaths", Status::Negated)
    );
    let c = only("No one was killed in the fire.");
    assert_eq!(
        (c.text.as_str(), c.category.as_str(), c.status),
        ("No one", "deaths", Status::Negated)
    );
    assert!(claims("Il n'y a aucun doute sur l'issue du scrutin.").is_empty());
    // A feeling or a general truth counts no one.
    assert!(claims("\"Nobody wants to be on strike in July,\" the organiser said.").is_empty());
    assert!(claims("No one knows how many walked out of the plant.").is_empty());
}

#[test]
fn extract_reads_metres_exceeding_and_hospital_transfers_in_french() {
    let c = only("Certaines maisons étaient sous 1,80 m d'eau.");
    assert_eq!((c.value, c.unit.as_str()), (1.8, "m"));
    let c = only("Le cyclone a touché terre avec des rafales dépassant 210 km/h.");
    assert_eq!(c.qualifier, Qualifier::MoreThan);
    let c =
        only("Trois détenus ont été conduits au centre hospitalier, intoxiqués par les fumées.");
    assert_eq!(c.category, "injured");
    for text in [
        "Trois résidents ont été transférés à l'hôpital de Pontoise.",
        "Trois salariés se sont présentés aux urgences du CHU.",
    ] {
        assert_eq!(only(text).category, "injured", "{text}");
    }
    // Patients moved on to other hospitals are not hurt again.
    let c = only("Au total, 42 patients ont dû être transférés vers les hôpitaux de Montpellier.");
    assert_eq!(c.category, "count");
}

#[test]
fn extract_reads_people_flown_to_hospital_as_injured() {
    for text in [
        "Eleven survivors were airlifted to hospital in Palermo.",
        "Four climbers were flown to a hospital in Sion.",
        "Six pupils were rushed to hospital after the roof gave way.",
        // A hospital by its name.
        "Thirty-one were then taken to the Northern General Hospital.",
        "Trois randonneurs ont été transportés à l'hôpital de Gap.",
        "Two of the stewards were taken to Wexbridge General Hospital with head injuries.",
        "Most of the 11 people brought to hospital were teenagers.",
        "Nine walkers were brought to Galway University Hospital overnight.",
        // Past an aside, to a hospital by name; an aside of who they all are.
        "Fifteen people, including children, were taken to Dunmore Hospital.",
        "Seven people, all members of staff, were taken to hospital.",
        // A state of health, a toll of injuries, officers by their Irish name.
        "Two remain in a serious but stable condition.",
        "Parade crush: injury toll rises to 58",
        "Four gardaí were treated for minor injuries.",
        "Heatwave sends 126 people to hospital",
    ] {
        assert_eq!(only(text).category, "injured", "{text}");
    }
    // Needing hospital care.
    let found =
        claims("Of those infected, 15 were unvaccinated, and four have needed hospital care.");
    assert_eq!(found[1].category, "injured", "{found:#?}");
    // An age group is no figure.
    assert_eq!(
        claims("Only 82 per cent of five-year-olds are vaccinated.").len(),
        1
    );
    // Parts of the dead are dead, whatever took them; not the missing of a clause of their own.
    let found = claims(
        "Officials confirmed five deaths, including two children swept away by floodwaters.",
    );
    assert_eq!(found[1].category, "deaths", "{found:#?}");
    let found = claims("Police said 19 bodies had been recovered, including four children, and that 11 people were still missing.");
    assert_eq!(found[2].category, "missing", "{found:#?}");
    // The injured moved are injured.
    let found =
        claims("Une quarantaine de blessés, dont 9 dans un état grave, ont été évacués vers Gao.");
    assert_eq!(found[0].category, "injured", "{found:#?}");
    // Not somewhere else.
    let c = only("Twelve residents were taken to the town hall for the night.");
    assert_ne!(c.category, "injured");
}

#[test]
fn extract_reads_prices_per_unit() {
    let c = only("Le gallon a dépassé les 5 dollars le gallon.");
    assert_eq!(c.unit.as_str(), "USD/gallon");
    let c = only("Petrol costs $4.50 a gallon in the state.");
    assert_eq!((c.value, c.unit.as_str()), (4.5, "USD/gallon"));
}

#[test]
fn extract_links_currency_equivalents() {
    let found = claims("Londres a promis un milliard de livres (1,16 milliard d'euros) à Kiev.");
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].equivalent, Some(found[1].id));
    assert_eq!(found[1].equivalent, Some(found[0].id));
    assert_eq!(
        (found[0].unit.as_str(), found[1].unit.as_str()),
        ("GBP", "EUR")
    );
}

#[test]
fn extract_reads_the_currencies_of_the_lexicon() {
    let rows = [
        (
            "The state released 50 million quetzales ($6.4m) in aid.",
            "GTQ",
        ),
        ("Farmers were paid 2,000 cedis each.", "GHS"),
        ("La banque a prêté 300 millions de dinars au port.", "DINAR"),
        (
            "Le projet coûte 12 milliards de rupiahs selon Jakarta.",
            "IDR",
        ),
        (
            "The operator will pay 25,000 korunas to each family.",
            "CZK",
        ),
        (
            "The operator announced 20,000 korun for each passenger.",
            "CZK",
        ),
        ("Le port a perdu 40 millions de kwanzas.", "AOA"),
    ];
    for (text, code) in rows {
        let c = &claims(text)[0];
        assert_eq!(
            (c.category.as_str(), c.unit.as_str()),
            ("money", code),
            "{text}"
        );
    }
}

#[test]
fn extract_links_breakdowns_to_their_whole() {
    let found = claims("L'attaque a fait 42 morts, dont 12 enfants, selon la police.");
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].part_of, Some(found[0].id));
    assert_eq!(
        (found[1].category.as_str(), found[1].group.as_deref()),
        ("deaths", Some("children"))
    );
    let found = claims("The blast killed 30 people, including 8 children.");
    assert_eq!(found[1].part_of, Some(found[0].id));
    assert_eq!(found[1].category, "deaths");
    // People listed after a comma, adults ("majeurs") and minors.
    let found = claims(
        "Onze personnes ont été interpellées, sept majeurs et trois mineurs, selon le parquet.",
    );
    assert!(
        found[1..]
            .iter()
            .all(|c| c.part_of == Some(found[0].id) && c.category == "arrests"),
        "{found:#?}"
    );
}

#[test]
fn extract_marks_totals_and_places() {
    let c = only("Au total, 350 personnes ont été interpellées à Marseille.");
    assert!(c.total);
    assert_eq!(c.place.as_deref(), Some("Marseille"));
    let c = only("In total, 80 people were detained in New York.");
    assert_eq!(c.place.as_deref(), Some("New York"));
    // A figure that brings a count to its running total.
    for text in [
        "Police arrested 57 more people overnight, bringing to 212 the number of arrests since Monday.",
        "Le ministère fait état de 45 interpellations, portant à 77 le nombre de personnes interpellées.",
    ] {
        let found = claims(text);
        assert_eq!(
            found.iter().map(|c| c.total).collect::<Vec<_>>(),
            [false, true],
            "{found:#?}"
        );
    }
    // The verb's list: its first figure is no whole of the others, which count what it does.
    let found =
        claims("Those held on Thursday included 41 students, six faculty members and 10 others.");
    assert!(
        found
            .iter()
            .all(|c| c.part_of.is_none() && c.category == "arrests"),
        "{found:#?}"
    );
    // A country-wide toll is the country's, not the local event's.
    let c = only("The rains of the season have killed more than 150 people across Tanzania.");
    assert_eq!(c.place.as_deref(), Some("Tanzania"));
    // A French place with its article.
    let c = only("Dans le Gard, 14 personnes ont été interpellées.");
    assert_eq!(c.place.as_deref(), Some("Gard"));
    let c = only("Dans la Drôme voisine, 3 personnes sont mortes.");
    assert_eq!(c.place.as_deref(), Some("Drôme"));
    // A name with a particle; the place "where" stands for.
    let c = only("Most of the deaths were in Surigao del Sur province, where 24 people died.");
    assert_eq!(c.place.as_deref(), Some("Surigao del Sur"));
    // A wider area than the story's.
    let c = only("Au niveau régional, Santé publique France recense 14 décès liés à la grippe.");
    assert_eq!(c.place.as_deref(), Some("régional"));
    let c = only("Nationally, 230 people have died on the roads this year.");
    assert_eq!(c.place.as_deref(), Some("nationally"));
    for (text, area) in [
        (
            "Dans l'ensemble de la région, l'agence recense au moins 31 décès.",
            "régional",
        ),
        (
            "Sur l'ensemble du territoire, 412 personnes ont été interpellées.",
            "national",
        ),
        (
            "Across the country, 57 people were arrested overnight.",
            "nationally",
        ),
    ] {
        assert_eq!(only(text).place.as_deref(), Some(area), "{text}");
    }
    // The rest of the country is a place apart from the one named before.
    let c = only("Dans le reste du pays, 96 personnes ont été arrêtées.");
    assert_eq!(c.place.as_deref(), Some("reste du pays"));
    let c = only("Les autres régions totalisent 236 décès.");
    assert_eq!(c.place.as_deref(), Some("autres régions"));
    let c = only("The remaining counties reported 41 deaths.");
    assert_eq!(c.place.as_deref(), Some("remaining counties"));
    let found = claims("Police held 40 people in Tarsk and 25 elsewhere in the country.");
    assert_eq!(found[1].place.as_deref(), Some("elsewhere"), "{found:#?}");
    // A name said to be an area, as the sentence's subject; a name before "où".
    let c = only("L'Auvergne-Rhône-Alpes est la région la plus touchée, avec 412 décès en excès.");
    assert_eq!(c.place.as_deref(), Some("Auvergne-Rhône-Alpes"));
    let c = only("Rundu is the worst-hit district, with 612 cases.");
    assert_eq!(c.place.as_deref(), Some("Rundu"));
    let found = claims("Viennent ensuite l'Occitanie et la Provence-Alpes-Côte d'Azur, où l'excès atteint 278 décès.");
    assert_eq!(
        found[0].place.as_deref(),
        Some("Provence-Alpes-Côte d'Azur")
    );
    // An area the sentence opens on, by its kind or in a ranking.
    let found = claims(
        "Le district sanitaire de Kordo, frontalier du Soudan, est le plus touché avec 1 280 cas et 29 décès.",
    );
    assert_eq!(found[1].place.as_deref(), Some("Kordo"), "{found:#?}");
    let found = claims("Suivent Dabiré, avec 640 cas et 11 décès.");
    assert_eq!(found[1].place.as_deref(), Some("Dabiré"), "{found:#?}");
    // Past an article, each name of the ranking with its brackets; an epicentre is an area.
    let found = claims("Suivent le Sud-Kivu (2 130 cas, 84 décès), le Tanganyika (1 020 cas, 39 décès) et l'Ituri (262 cas, 9 décès).");
    let places: Vec<Option<&str>> = found.iter().map(|c| c.place.as_deref()).collect();
    assert_eq!(
        places[1..],
        [
            Some("Sud-Kivu"),
            Some("Tanganyika"),
            Some("Tanganyika"),
            Some("Ituri"),
            Some("Ituri")
        ],
        "{found:#?}"
    );
    let found = claims("Le Nord-Kivu reste l'épicentre, avec 5 000 cas et 171 décès.");
    assert_eq!(found[1].place.as_deref(), Some("Nord-Kivu"), "{found:#?}");
    let c = only("The district of Mpika recorded 38 deaths.");
    assert_eq!(c.place.as_deref(), Some("Mpika"));
    let found =
        claims("The neighbouring province of Kolam has reported 4,120 cases and nine deaths.");
    assert_eq!(found[1].place.as_deref(), Some("Kolam"), "{found:#?}");
    let found = claims("Dans la zone de santé voisine de Yahuma, 9 décès ont été notifiés.");
    assert_eq!(found[0].place.as_deref(), Some("Yahuma"), "{found:#?}");
    // A broadcaster is no figure.
    let c = only("Trois familles attendent encore, a expliqué à France 24 le maire.");
    assert_eq!(c.value, 3.0);
    // A source is no area.
    let c = only("Santé publique France a recensé 2 180 décès en excès.");
    assert_eq!(c.place, None);
    // "Par ailleurs" is no place.
    let c = only("Par ailleurs, 12 personnes ont été blessées.");
    assert_eq!(c.place, None);
}

#[test]
fn extract_resolves_yesterday_and_the_day_before() {
    for text in [
        "Crue\n\nPublished on Friday 14 April 2023\n\nYesterday, 12 people were evacuated.\n",
        "Crue\n\nPublished on Friday 14 April 2023\n\n12 people were evacuated last night.\n",
    ] {
        let c = only(text);
        assert_eq!(c.date.map(|d| d.to_string()).as_deref(), Some("2023-04-13"));
    }
}

#[test]
fn extract_dates_a_toll_given_the_previous_day_and_not_by_the_day_of_the_event() {
    // The day of a "when" clause is the event's; the toll is of the day it was said, and the
    // toll it revises of the day before.
    let text = "Published on Thursday 12 September 2024\n\nAt least 9 passengers died when fire swept through a ferry off Halsey Point on Tuesday night, the coastguard said on Thursday, revising up a toll of 6 given the previous day.";
    let dates: Vec<(String, Option<String>)> = claims(text)
        .iter()
        .map(|c| (c.text.clone(), c.date.map(|d| d.to_string())))
        .collect();
    assert_eq!(
        dates,
        [
            ("9".to_string(), Some("2024-09-12".to_string())),
            ("6".to_string(), Some("2024-09-11".to_string()))
        ]
    );
    // A day still to come dates nothing.
    let text = "Published on 11 August 2023\n\nThe blast killed four people and wounded 32, days before the Aug. 20 election.";
    assert!(claims(text).iter().all(|c| c.date.is_none()));
    // A possessive day names the event when the sentence names the day of the figure.
    let text = "Published on Saturday 7 September 2024\n\nDivers recovered more bodies on Saturday, taking the death toll in Thursday's capsize to 19, officials said.";
    let found = claims(text);
    assert_eq!(
        found[0].date.map(|d| d.to_string()).as_deref(),
        Some("2024-09-07")
    );
    // Even alone: "yesterday's match" is the event's day, not the count's.
    let text = "Published on 12 May 2025\n\nPolice said 31 people have now been arrested over the disorder that followed yesterday's match.";
    assert_eq!(claims(text)[0].date, None);
    // A headline's preposition in capitals is no name numbered by the figure.
    let found = claims("Published on Saturday 7 September 2024\nFerry Tragedy: Death Toll Rises To 19\n\nThe search goes on.");
    assert_eq!(found.len(), 1, "{found:#?}");
}

#[test]
fn extract_reads_what_a_bare_figure_counts_from_its_context() {
    let rows = [
        // The clause before the figure.
        ("The number of people killed by the floods rose to 64 on Wednesday.", "64", "deaths"),
        ("Quake kills at least 212 in the province.", "212", "deaths"),
        // The figure it is compared with.
        ("The toll rose to 64 people killed on Wednesday, up from 41.", "41", "deaths"),
        ("486 personnes ont été interpellées, contre 1.093 la nuit précédente.", "1.093", "arrests"),
        ("Le bénéfice tombe à 12,4 millions d'euros, contre 20,7 millions un an plus tôt.", "20,7 millions", "money"),
        // Past a year that is no claim, and before a period.
        ("In all, 43 climbers died in 2024, compared with 36 the previous year.", "36", "deaths"),
        ("Seventeen people have died of the fever this year, compared with 52 during the whole of 2023.", "52", "deaths"),
        // Past a span of time, to the count compared.
        ("Le salon a attiré 41 000 visiteurs en quatre jours, contre 37 000 l'an dernier.", "37 000", "crowd"),
        // A unit word opening a compound is no unit.
        ("Around 800,000 day-trippers visited the old town this summer.", "800,000", "count"),
        // An elided noun.
        ("Le ministère recense 131 morts dans la province, 54 dans celle de Béni Mellal.", "54", "deaths"),
        ("Leeds recorded 31 deaths, Bradford 17 and Wakefield 9.", "17", "deaths"),
        ("Leeds recorded 31 deaths, Bradford 17 and Wakefield 9.", "9", "deaths"),
        ("L'Occitanie arrive en tête avec 512 morts, devant la Provence (448) et l'Auvergne (391).", "448", "deaths"),
        ("Spain lost 120,000 hectares, followed by Italy with 64,000 and Croatia with about 18,000.", "18,000", "measure"),
        // "The number" that names nothing: the figure before it, in its sentence or the one
        // before; not when that figure counts things.
        ("Nine patients have died at the county hospital. On Monday the hospital had put the number at six.", "six", "deaths"),
        ("Douze manifestants ont été interpellés samedi. Dimanche, la préfecture avançait le chiffre de 8.", "8", "arrests"),
        ("Some 40 people were treated for burns on Friday; on Saturday the agency put the figure at 35.", "35", "injured"),
        ("About 600 homes were flooded, and the council puts the figure at nearly 900.", "900", "count"),
        // Who counted is not who is counted.
        ("The gunmen, estimated by residents at more than 200, stormed the town.", "200", "count"),
        // A gathering.
        ("About 250 people attended a public meeting in the village hall.", "250", "crowd"),
        ("About 40 firefighters and 12 appliances attended.", "40", "count"),
        ("Des milliers de personnes sont descendues dans la rue samedi.", "Des milliers", "crowd"),
        ("Un cortège de 800 personnes a traversé la ville.", "800", "crowd"),
        ("Environ 400 enseignants ont marché jusqu'au rectorat.", "400", "crowd"),
        ("Quelque 2 000 agriculteurs participaient au mouvement, selon la préfecture.", "2 000", "crowd"),
        ("Des centaines de marcheurs sont arrivés à Bamako.", "Des centaines", "crowd"),
        ("Plusieurs milliers de soignants dans la rue à Lyon", "Plusieurs milliers", "crowd"),
        // Suspects picked up are arrested; the pits they were picked up at are things.
        ("The commander said 14 suspects were picked up in Kayole and six in Dandora.", "14", "arrests"),
        ("The suspects were picked up at 17 mining pits along the river.", "17", "count"),
        // A plural noun of things past an English noun: ships held at anchor are no arrests.
        ("Police held 174 protesters, and four coal ships were held at anchor.", "four", "count"),
        ("Among the dead was a family of four whose house stood by the road.", "four", "deaths"),
        // "Ils étaient N à défiler": the figure is the marchers', not the topic's.
        ("Heurts et 14 interpellations à Aurignac. Ils étaient près de 1 800 à défiler samedi.", "1 800", "crowd"),
        // A bare part of a breakdown.
        ("La préfecture dénombre 61 blessés, dont 9 graves.", "9", "injured"),
        // A counted noun after the figure, and one in front of a bare figure.
        ("La préfecture avait mobilisé 1 800 policiers.", "1 800", "troops"),
        ("Around 800 police officers were on duty for the match.", "800", "troops"),
        ("The number of bodies recovered stood at 81.", "81", "deaths"),
        // Phrases that name a population only before the figure.
        ("Tamruz, a city of 1.2 million, was hit.", "1.2 million", "population"),
        // Amounts in billions just after amounts of money.
        ("Le plan prévoit 60 milliards d'euros. Les intérêts atteindraient plus de 55 milliards.", "55 milliards", "money"),
        // Before a verb in the future: "sera", "will".
        ("Le chantier coûte 412 millions de francs. Un crédit de 47,5 millions sera soumis au conseil.", "47,5 millions", "money"),
        ("The scheme costs £40 million. A further grant of 12.5 million will be voted on in June.", "12.5 million", "money"),
    ];
    for (text, numeral, category) in rows {
        let found = claims(text);
        let claim = found.iter().find(|c| c.text == numeral);
        assert_eq!(
            claim.map(|c| c.category.as_str()),
            Some(category),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn extract_lists_places_each_with_its_figure() {
    let found = claims("Kasese was the worst hit, with 14 deaths, followed by Bundibugyo with 6 and Ntoroko with two.");
    let rows: Vec<(&str, Option<ClaimId>)> = found
        .iter()
        .map(|c| (c.category.as_str(), c.list))
        .collect();
    assert_eq!(rows, [("deaths", Some(found[0].id)); 3], "{found:#?}");
}

#[test]
fn extract_lists_no_figure_outside_a_breakdown_with_its_parts() {
    let found =
        claims("Medics treated 40 people, including 12 officers, and five were taken to hospital.");
    assert_eq!(found[1].part_of, Some(found[0].id), "{found:#?}");
    let one_list = found[1].list.is_some() && found[1].list == found[2].list;
    assert!(!one_list, "{found:#?}");
}

#[test]
fn extract_makes_parts_of_frames_partitives_and_listed_breakdowns() {
    let found = claims("Of the 11 dead, seven were bus passengers and six were motorists.");
    assert_eq!(found.len(), 3);
    assert!(found[1..]
        .iter()
        .all(|c| c.part_of == Some(found[0].id) && c.category == "deaths"));

    let found =
        claims("Of the dead, 39 were found in the town of Pell and 31 in neighbouring Varrow.");
    assert_eq!(found[0].list, found[1].list);
    assert!(found[0].list.is_some());
    assert_ne!(found[0].place, found[1].place, "{found:#?}");

    // The frame's category may be the participle after its noun.
    let found = claims("Parmi les personnes évacuées, 58 ont été relogées et 34 ont refusé.");
    assert!(
        found.iter().all(|c| c.category == "displaced"),
        "{found:#?}"
    );

    // Cases are people; men and women are all of them, a list that must add up.
    let found = claims("Au total, 23 cas ont été confirmés, dont 14 hommes et 7 femmes.");
    assert!(found[1..]
        .iter()
        .all(|c| c.part_of == Some(found[0].id) && c.list == Some(found[1].id)));
    let found = claims("L'effondrement a fait 27 morts, dont 15 enfants et 9 femmes.");
    assert!(found[1..].iter().all(|c| c.list.is_none()), "{found:#?}");
    // Said with "were"; a figure after the split cuts the whole another way.
    let found = claims("Volunteers counted 64 rough sleepers. Of the 64, 53 were men and 11 were women, and at least 9 were under the age of 25.");
    assert!(
        found[2..4].iter().all(|c| c.list == Some(found[2].id)),
        "{found:#?}"
    );
    assert_eq!(
        (found[4].part_of, found[4].list),
        (None, None),
        "{found:#?}"
    );

    let found = claims("Onze personnes ont été blessées, dont sept policiers et six manifestants.");
    assert!(found[1..]
        .iter()
        .all(|c| c.part_of == Some(found[0].id) && c.category == "injured"));

    let found = claims(
        "Le bilan fait état de 41 blessés. Selon un médecin, 14 des blessés ont été opérés.",
    );
    assert_eq!(found[1].part_of, Some(found[0].id));
    // A part of the figure before is not listed with it.
    let found = claims(
        "Neuf personnes ont été interpellées, et sept d'entre elles étaient en garde à vue.",
    );
    assert_eq!((found[1].part_of, found[1].list), (Some(found[0].id), None));
}

#[test]
fn extract_keeps_a_place_bracketed_figure_out_of_a_breakdown() {
    let found = claims("Une trentaine de personnes restaient disparues, notamment à Vernac (1 850 habitants), où la rivière a débordé.");
    assert_eq!(found[1].category, "population", "{found:#?}");
    assert_eq!(found[1].part_of, None, "{found:#?}");
    // A breakdown of its own still is one.
    let found =
        claims("Une trentaine de personnes restaient disparues, notamment 12 habitants de Vernac.");
    assert_eq!(found[1].part_of, Some(found[0].id), "{found:#?}");
}

#[test]
fn extract_divides_the_whole_a_partitive_names_or_one_that_can_hold_it() {
    // The whole comes next.
    for (text, part, whole) in [
        (
            "Some 2.1 million parcels are stuck. The union said 4,500 of the 6,200 staff walked out.",
            4500.0,
            6200.0,
        ),
        (
            "Some 2.1 million parcels are stuck; 38 of the state's 420 post offices were closed.",
            38.0,
            420.0,
        ),
    ] {
        let found = claims(text);
        let value = |id| found.iter().find(|c| Some(c.id) == id).map(|c| c.value);
        let part = found.iter().find(|c| c.value == part).unwrap();
        assert_eq!(value(part.part_of), Some(whole), "{found:#?}");
    }
    // A part that names nothing counts what the word right after its whole says.
    for (text, category) in [
        (
            "Crowds surged. \"Nine of the 11 dead are teenagers,\" she said.",
            "deaths",
        ),
        ("Sept des 40 blessés sont des enfants.", "injured"),
    ] {
        let found = claims(text);
        assert_eq!(found[0].part_of, Some(found[1].id), "{found:#?}");
        assert_eq!(found[0].category, category, "{found:#?}");
    }
    // Not past a noun: the divers brought out alive are no longer missing.
    let found = claims("Two of the four divers trapped since Friday were brought out alive.");
    assert_eq!(found[0].category, "count", "{found:#?}");
    // The nearest earlier count that can hold the part.
    let found = claims("The outbreak has grown to 1,240 suspected cases. Of 86 wells tested, 61 were contaminated. Tests confirmed typhoid in 212 of the suspected cases.");
    let part = found.iter().find(|c| c.value == 212.0).unwrap();
    assert_eq!(part.part_of, Some(found[0].id), "{found:#?}");
    // With none that can, the nearest: a part larger than its whole is a contradiction to show.
    let found =
        claims("A total of 38 residents have died. The board accounts for 41 of the deaths.");
    assert_eq!(found[1].part_of, Some(found[0].id), "{found:#?}");
}

#[test]
fn extract_sets_apart_figures_about_another_year_and_the_day_before() {
    let text = "Published on 20 July 2024\n\nAt least 49 people died in mining accidents last year, up from 37 in 2021. The toll rose to 64 on Saturday, up from 41 a day earlier.";
    let found = claims(text);
    let year = |n: &str| found.iter().find(|c| c.text == n).and_then(|c| c.year);
    assert_eq!(year("49"), Some(2023));
    assert_eq!(year("37"), Some(2021));
    assert_eq!(year("64"), None);
    let date = |n: &str| {
        found
            .iter()
            .find(|c| c.text == n)
            .and_then(|c| c.date)
            .map(|d| d.to_string())
    };
    assert_eq!(date("64").as_deref(), Some("2024-07-20"));
    assert_eq!(date("41").as_deref(), Some("2024-07-19"));
    // A relative clause right after the year's tells of that year.
    let found = claims("Published on 22 July 2024\n\nLe tronçon, réputé dangereux, avait connu un accident en 2011, qui avait fait 4 morts.");
    assert_eq!(found[0].year, Some(2011), "{found:#?}");
    // So does a participle's.
    let found = claims("Published on 12 October 2023\n\nSome 1,050 road accidents were reported in the state last year, killing 1,042 people.");
    assert_eq!(found[1].year, Some(2022), "{found:#?}");
    // A year set off by commas fronts what follows; one after a participle names a building's.
    let text = "Published on 20 July 2024\n\nLa région a déjà connu un drame : en 2019, un glissement de terrain avait fait 43 morts. The vessel, built in 1998, was travelling at 12 knots.";
    let found = claims(text);
    let year = |n: &str| found.iter().find(|c| c.text == n).and_then(|c| c.year);
    assert_eq!(year("43"), Some(2019));
    assert_eq!(year("12"), None);
    // A toll over past years is a statistic of its own; a sum over them is what a case is about.
    let text = "Published on 20 July 2024\n\nAbout 1,500 migrants drowned on the route between 2009 and 2016. Il aurait détourné entre 2014 et 2021 un total de 4,3 millions d'euros.";
    let found = claims(text);
    let year = |n: &str| found.iter().find(|c| c.text == n).and_then(|c| c.year);
    assert_eq!(year("1,500"), Some(2009), "{found:#?}");
    assert_eq!(year("4,3 millions"), None, "{found:#?}");
}

#[test]
fn extract_reads_qualifiers_before_collectives_and_drops_relative_dates() {
    let c = only("Plus d'une vingtaine de personnes ont été condamnées.");
    assert_eq!((c.value, c.qualifier), (20.0, Qualifier::MoreThan));
    for (text, qualifier) in [
        (
            "Les dégâts pourraient dépasser 35 millions d'euros.",
            Qualifier::MoreThan,
        ),
        (
            "Losses exceeded $12 million, the company said.",
            Qualifier::MoreThan,
        ),
        (
            "Ils encourent une amende pouvant atteindre 450 000 euros.",
            Qualifier::UpTo,
        ),
        (
            "Repair costs had already passed $3.1 million by Friday.",
            Qualifier::MoreThan,
        ),
        (
            "We had perhaps twenty minutes to leave the house.",
            Qualifier::Approx,
        ),
        (
            "Le taux d'accès tombe sous les 20 % dans les villages.",
            Qualifier::LessThan,
        ),
        (
            "Le taux de chômage repasse au-dessus des 9 % dans la vallée.",
            Qualifier::MoreThan,
        ),
        (
            "The widow handed over £42,000 to the fake officers.",
            Qualifier::Exact,
        ),
        (
            "Le sac de riz dépasse les 400 000 francs guinéens.",
            Qualifier::MoreThan,
        ),
        ("La facture dépasserait 4 500 euros.", Qualifier::MoreThan),
        ("Spain heatwave: heat deaths pass 300", Qualifier::MoreThan),
        (
            "Some patients waited longer than 12 hours.",
            Qualifier::MoreThan,
        ),
        // A vote, not a bound.
        (
            "Lakeport council passes $1.37 billion budget",
            Qualifier::Exact,
        ),
    ] {
        assert_eq!(only(text).qualifier, qualifier, "{text}");
    }
    assert!(
        claims("Turnout was 61 per cent, down from 66 per cent five years ago.")
            .iter()
            .all(|c| c.text != "five")
    );
}

#[test]
fn extract_reads_numbered_names_as_no_claims() {
    for text in [
        "Signal No. 4 was raised over the provinces.",
        "Gas built up in Shaft No. 3.",
    ] {
        assert!(claims(text).is_empty(), "{text}: {:#?}", claims(text));
    }
    // A period after any other word ends a sentence: the figure after it counts.
    for text in [
        "The aid was sent by the UN. 30 people were killed in the raid.",
        "Police closed the road. 30 people were killed in the crash.",
    ] {
        assert_eq!(claims(text).len(), 1, "{text}");
    }
}

#[test]
fn extract_links_a_pronoun_frame_to_the_people_counted_before() {
    let found =
        claims("The attack killed 12 people. Among them, 9 were soldiers and 3 were civilians.");
    assert_eq!(found.len(), 3);
    assert!(found[1..]
        .iter()
        .all(|c| c.part_of == Some(found[0].id) && c.category == "deaths"));
    let found = claims("L'explosion a fait 20 morts. Parmi eux, 12 ouvriers et 8 pompiers.");
    assert!(found[1..]
        .iter()
        .all(|c| c.part_of == Some(found[0].id) && c.category == "deaths"));
    // The parts listed together, not a figure further on.
    let found = claims("An outbreak has affected 41 patients and staff. Of those affected, 29 are patients and 12 are staff, the board said, which found the first cases on a 24-bed ward.");
    assert_eq!(found[2].part_of, Some(found[0].id), "{found:#?}");
    assert_eq!(found[3].part_of, None, "{found:#?}");
}

#[test]
fn extract_gives_bullets_under_a_colon_the_count_of_their_line() {
    let text = "Cyclone\n\nAt least seven people were killed, officials said:\n• four in Barguna district;\n• two in Patuakhali.\n";
    let found = claims(text);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found
        .iter()
        .all(|c| c.category == "deaths" && c.unit == Unit::People));
    // Bullets under an amount of money keep their own reading.
    let found = claims("Budget\n\nThe plan costs €2bn:\n• 440 new schools;\n");
    assert_eq!(found[1].category, "count");
    // A line with no figure of its own gives none: not the count of the paragraph before it.
    let found = claims(
        "Sweep\n\nPolice detained 412 people overnight.\n\nKey points:\n- 19 vehicles seized\n",
    );
    assert_eq!(found[1].category, "count", "{found:#?}");
}

#[test]
fn extract_reads_the_name_a_bullet_line_opens_with_as_its_place() {
    let text = "Dengue has killed 87 people in three provinces.\n\nBy province:\n- Ardena: 19,640 cases, 48 deaths\n- Belmar: 13,205 cases, 27 deaths\n- Deaths: 12\n";
    let found = claims(text);
    let places: Vec<Option<&str>> = found.iter().map(|c| c.place.as_deref()).collect();
    assert_eq!(
        places,
        [
            None,
            None,
            Some("Ardena"),
            Some("Ardena"),
            Some("Belmar"),
            Some("Belmar"),
            None
        ],
        "{found:#?}"
    );
    // Not a line that is no bullet.
    let found = claims("Ardena: 48 deaths since January.");
    assert_eq!(found[0].place, None, "{found:#?}");
}

#[test]
fn extract_gives_a_fronted_place_to_the_whole_sentence() {
    let rows = [
        (
            "À Montaubry, commune voisine, 42 personnes ont été interpellées.",
            Some("Montaubry"),
        ),
        ("In the UK alone, 23 people were arrested.", Some("UK")),
        // The kind of area may come before its name.
        (
            "Dans le département voisin de la Bouenza, trois personnes sont mortes.",
            Some("Bouenza"),
        ),
        (
            "In the neighbouring district of Kasese, 12 people died.",
            Some("Kasese"),
        ),
        ("Dans la nuit, trois personnes sont mortes.", None),
        // After a few words that only point the way; the area may be a borough or a quarter.
        (
            "Plus au sud, dans l'arrondissement de Santchou, un éboulement a fait deux morts.",
            Some("Santchou"),
        ),
        (
            "Further north, in the township of Orkney, a wall collapse killed two miners.",
            Some("Orkney"),
        ),
        (
            "De l'autre côté de la frontière, dans la province italienne de Cuneo, deux personnes sont mortes.",
            Some("Cuneo"),
        ),
        // Not a headline's topic, then a clause with its own verb.
        ("Choléra : l'épidémie progresse à Anjouan, 9 morts", None),
        // A main clause naming a place says nothing of the figure of a later clause.
        (
            "Internet was restored on Monday in Almaty, after unrest that left 30 people dead.",
            None,
        ),
    ];
    for (text, place) in rows {
        assert_eq!(only(text).place.as_deref(), place, "{text}");
    }
}

#[test]
fn extract_reads_a_noun_after_de_as_no_event() {
    let c = only("Le choléra a fait 43 morts dans le camp de réfugiés de Dabanga.");
    assert_eq!(c.category, "deaths");
    let c = only("The blast killed 12 people near a camp of refugees.");
    assert_eq!(c.category, "deaths");
}

#[test]
fn extract_marks_figures_given_for_comparison() {
    let found = claims("Cet hiver, 17 personnes sont mortes, contre 21 l'hiver précédent.");
    let flags: Vec<(f64, bool)> = found.iter().map(|c| (c.value, c.reference)).collect();
    assert_eq!(flags, [(17.0, false), (21.0, true)]);
    let found = claims("Admissions rose to 64, up from 41 last week.");
    assert!(found[1].reference && !found[0].reference, "{found:#?}");
    // A reference is no share of the list before it.
    let found = claims("Coverage stands at 59 percent, well below the 95 per cent needed.");
    assert!(found[1].reference && found[0].list.is_none(), "{found:#?}");
    let found = claims("La couverture atteint 59 %, loin des 95 % requis.");
    assert!(found[1].reference, "{found:#?}");
    // A figure of the place next door.
    let found = claims("Sur l'île voisine d'Anjouan, les autorités font état de 11 morts.");
    assert!(found[0].reference, "{found:#?}");
    let found = claims("In neighbouring France, nine deaths have been recorded.");
    assert!(found[0].reference, "{found:#?}");
    assert!(!only("In Sion, nine people died.").reference);
    // Against what is usual.
    let found = claims("Attendance fell to 35 per cent, against a normal of 88 per cent.");
    assert!(found[1].reference && found[0].list.is_none(), "{found:#?}");
}

#[test]
fn extract_reads_seasons_and_past_events_as_other_years() {
    let c = only("À l'été 2022, l'agence avait recensé 2 816 décès en excès.");
    assert_eq!((c.category.as_str(), c.year), ("deaths", Some(2022)));
    let found = claims("La canicule de 2003 avait fait 15 000 morts.");
    assert_eq!(found.last().map(|c| c.year), Some(Some(2003)));
    let c = only("It was the deadliest fire since the 2015 blaze at the Colectiv club, which killed 64 people.");
    assert_eq!((c.category.as_str(), c.year), ("deaths", Some(2015)));
}

#[test]
fn extract_knows_crowds_and_denials() {
    let c = only("A record crowd of 91,274 packed the stadium on Saturday.");
    assert_eq!(c.category, "crowd");
    let c = only("A spokesman denied reports that 200 people had been detained.");
    assert_eq!(
        (c.category.as_str(), c.status),
        ("arrests", Status::Withdrawn)
    );
}

#[test]
fn extract_reads_en_as_the_people_counted_last() {
    let found = claims(
        "Quelque 20 000 personnes ont défilé à Paris. La préfecture de police en a compté 4 700.",
    );
    let read: Vec<(&str, &str)> = found
        .iter()
        .map(|c| (c.text.as_str(), c.category.as_str()))
        .collect();
    assert_eq!(read, [("20 000", "crowd"), ("4 700", "crowd")]);
    // Past a qualifier, and past a share of the count.
    let c = claims(
        "La police a compté 4 000 manifestants ; l'opposition en revendique plus de 25 000.",
    );
    assert_eq!(c[1].category, "crowd");
    let c = claims("Au total, 1 845 personnes ont été tuées, soit 58 % du total ; les villes en comptent 1 052.");
    assert_eq!(c[2].category, "deaths");
    // The nearest count is of something else: "en" stands for that.
    let c = claims("Le bassin accueillait 85 000 entrées par an, pour 12 000 abonnés ; la ville en espère 120 000.");
    assert_eq!(c[2].category, "count", "{c:#?}");
    // "en" before a name is a preposition.
    let c = claims("Le ministère a ouvert 12 enquêtes, en France 300 dossiers.");
    assert_eq!(c[1].category, "count");
}

#[test]
fn extract_gives_a_verb_before_a_figure_to_that_figure_only() {
    let categories =
        |text: &str| -> Vec<String> { claims(text).into_iter().map(|c| c.category).collect() };
    for text in [
        "The quake kills 30 and injures 200 in the north.",
        "The blast kills 30, wounds 200 in the market.",
        "L'explosion a tué 30 personnes, blessé 200 autres.",
    ] {
        assert_eq!(categories(text), ["deaths", "injured"], "{text}");
    }
}

#[test]
fn extract_takes_no_figure_given_for_comparison_as_a_whole() {
    let text = "Published on 10 January 2024\n\nA total of 38 residents have died, up from 29 deaths a week earlier. One health board accounts for 41 of the deaths.";
    let found = claims(text);
    let whole = |value: f64| {
        let part = found.iter().find(|c| c.value == value)?;
        found
            .iter()
            .find(|c| Some(c.id) == part.part_of)
            .map(|c| c.value)
    };
    assert_eq!(whole(41.0), Some(38.0), "{found:#?}");
}

#[test]
fn extract_reads_the_verb_past_an_aside_of_parts() {
    // The subject's parts, people named by where they are from, are the aside.
    let found =
        claims("Sept membres d'équipage, cinq Sénégalais et deux Gambiens, ont été interpellés.");
    assert!(found.iter().all(|c| c.category == "arrests"), "{found:#?}");
    assert!(
        found[1..].iter().all(|c| c.part_of == Some(found[0].id)),
        "{found:#?}"
    );
    // Not the parts of those named before: "the three victims" are no subject's count.
    let found = claims("Four people were killed. The bodies of the three victims, two guards and a cook, were taken to the hospital.");
    assert_ne!(found[1].category, "injured", "{found:#?}");
    // Not a name after a year.
    let found =
        claims("Between 2016 and 2020 Evans steered contracts worth £38 million to two firms.");
    assert!(found.iter().all(|c| c.value != 2016.0), "{found:#?}");
}

#[test]
fn extract_reads_the_verb_past_an_aside_between_commas() {
    let rows = [
        // Past several asides in a row.
        (
            "Quatre personnes, dont le propriétaire des lieux, âgé de 52 ans, ont été placées en garde à vue.",
            "arrests",
        ),
        (
            "Deux personnes, l'exploitant, âgé de 58 ans, et son chef de culture, ont été placées en garde à vue.",
            "arrests",
        ),
        (
            "Twenty-one people, including six firefighters, were treated for smoke inhalation.",
            "injured",
        ),
        (
            "Some 4,000 residents of East Carvel, Ohio, were evacuated on Friday.",
            "displaced",
        ),
        (
            "Au total, 138 invités, dont 97 femmes, ont été hospitalisés dimanche.",
            "injured",
        ),
        (
            "Quelque 3 000 viticulteurs, selon la préfecture, ont défilé samedi.",
            "crowd",
        ),
        (
            "About 2,000 people, according to police, marched through the town.",
            "crowd",
        ),
        // A short aside of their state, when the verb says nothing of it.
        (
            "Onze mineurs, blessés, ont pu regagner la surface par leurs propres moyens.",
            "injured",
        ),
        (
            "Les neuf autres passagers, légèrement touchés, ont quitté l'hôpital dans la soirée.",
            "injured",
        ),
        // An aside that says who the people are, with a figure of its own.
        (
            "En tout, 860 personnes, riverains et clients de deux hôtels, ont été évacuées.",
            "displaced",
        ),
        (
            "Some 430 people, residents of four streets, were evacuated overnight.",
            "displaced",
        ),
        (
            "Le village a été évacué : plus de 300 personnes ont passé la nuit au gymnase.",
            "displaced",
        ),
        (
            "Three miners, with fractures, are being treated at the state hospital.",
            "injured",
        ),
        ("Hill fire: evacuations rise to 7,200", "displaced"),
        (
            "Quelque 3 400 personnes fuyant les combats ont franchi lundi le poste-frontière.",
            "displaced",
        ),
        // An aside opened by a participle agreeing with the subject.
        (
            "Neuf détenus, présentés comme les meneurs, ont été placés en garde à vue.",
            "arrests",
        ),
        (
            "Twelve men, suspected of running the ring, were arrested at dawn.",
            "arrests",
        ),
    ];
    for (text, category) in rows {
        let first = claims(text).into_iter().next().unwrap();
        assert_eq!(first.category, category, "{text}");
    }
    // The figure is the aside: the verb after it is its subject's.
    let found = claims("Residents of two villages, about 3,500 people in total, were evacuated.");
    assert_eq!(found[1].category, "displaced", "{found:#?}");
    let found = claims("Près de 2.000 personnes selon la police, 3 500 selon les organisateurs, ont participé à la marche.");
    assert_eq!(found[1].category, "crowd", "{found:#?}");
    // No aside: "12 people, the mayor said, …" has no verb of the subject past the commas.
    let c = only("The bus carried 40 passengers, the company said, on the road to Hue.");
    assert_eq!(c.category, "count");
}

#[test]
fn extract_reads_a_breakdown_list_opened_further_back() {
    let found = claims(
        "Seven people, including the club's manager and two of its owners, were detained for questioning.",
    );
    let categories: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(categories, ["arrests", "arrests"], "{found:#?}");
    assert_eq!(found[1].part_of, Some(found[0].id));
    // "dont une partie … 650 missiles": no list runs from "dont" to the figure.
    let found = claims(
        "Londres promet 100 millions de livres, dont une partie servira à financer 650 missiles.",
    );
    assert_eq!(found[1].category, "count", "{found:#?}");
}

#[test]
fn extract_keeps_the_dead_dead() {
    let c = only("By evening two patients died in hospital in Bucharest.");
    assert_eq!(c.category, "deaths");
    let c = only("Two patients remained in hospital.");
    assert_eq!(c.category, "injured");
}

#[test]
fn extract_marks_counts_announced_as_risen() {
    for text in [
        "By Saturday evening the toll had risen to 19.",
        "Le bilan est passé à 23 morts mardi.",
        "The death toll rose to more than 60 on Monday.",
    ] {
        assert!(only(text).update, "{text}");
    }
    assert!(!only("The toll stood at 19 on Saturday.").update);
}

#[test]
fn extract_reads_the_event_named_before_de() {
    let rows = [
        (
            "La fuite a entraîné l'hospitalisation de 47 personnes.",
            "injured",
        ),
        ("The raid led to the arrest of 30 people.", "arrests"),
        (
            "Le préfet a ordonné l'évacuation de 1 200 habitants.",
            "displaced",
        ),
    ];
    for (text, category) in rows {
        assert_eq!(only(text).category, category, "{text}");
    }
}

#[test]
fn extract_reaches_a_doubt_past_an_aside() {
    let c = only("Un bilan de 9 blessés graves, diffusé mardi soir sur les réseaux sociaux, n'a pas pu être vérifié.");
    assert_eq!(c.status, Status::Unverified);
}

#[test]
fn extract_reads_hours_of_the_clock_as_no_claims() {
    for text in [
        "Le feu a été maîtrisé vers 3 heures du matin.",
        "La manifestation a commencé à 15 heures.",
    ] {
        assert!(claims(text).is_empty(), "{text}");
    }
    assert_eq!(
        only("Les pompiers ont lutté pendant 3 heures.").category,
        "measure"
    );
}

#[test]
fn extract_sets_apart_the_figures_telling_how_a_count_rose() {
    let found =
        claims("Samedi soir, le bilan s'est alourdi à 19 morts, deux blessés ayant succombé.");
    let reference: Vec<bool> = found.iter().map(|c| c.reference).collect();
    assert_eq!(reference, [false, true], "{found:#?}");
    // In the sentence right after the rise too.
    let found = claims(
        "Le bilan s'est alourdi à neuf morts, a indiqué le ministère. Cinq détenus sont décédés lundi.",
    );
    let reference: Vec<bool> = found.iter().map(|c| c.reference).collect();
    assert_eq!(reference, [false, true], "{found:#?}");
    // Before a participle that brings the count to its new figure.
    for text in [
        "Les corps de trois randonneurs ont été retrouvés samedi, portant à sept le nombre de morts.",
        "Divers recovered the bodies of two fishermen, bringing the death toll to 11.",
        "47 personnes ont été interpellées dimanche, ce qui porte à 111 le nombre d'interpellations.",
    ] {
        let reference: Vec<bool> = claims(text).iter().map(|c| c.reference).collect();
        assert_eq!(reference, [true, false], "{text}");
    }
}

#[test]
fn extract_reads_a_vague_amount_after_a_colon_as_no_part() {
    let found = claims(
        "Publié le 14/11/2024\nFrais d'inscription : des milliers d'étudiants dans la rue\n\n\
         Ils étaient environ 4 500 à Rennes, près de 2 800 à Nantes et un millier à Brest : des \
         milliers d'étudiants ont manifesté jeudi.\n",
    );
    assert!(found.iter().all(|c| c.part_of.is_none()), "{found:#?}");
}

#[test]
fn extract_reads_people_an_aside_opens_with_as_a_breakdown() {
    for text in [
        "The death toll rose to 31 on Monday — 22 men and 13 women — officials said.",
        "L'attaque a fait 12 morts (sept hommes et cinq femmes), selon l'armée.",
        // A colon opens the breakdown even of figures that name nothing.
        "The surge has claimed 17 lives: 11 in Port Ellery and eight in the villages.",
        // Commas set off a clause of people with no verb.
        "Les neuf personnes tuées lundi, sept hommes et quatre femmes, ont été identifiées.",
        // Parts after a colon that say the same of those counted.
        "Le bilan s'élève à 9 morts : 4 sur place, tués par l'explosion, et 5 décédés à l'hôpital.",
    ] {
        let found = claims(text);
        let whole = found[0].id;
        let parts: Vec<(&str, Option<ClaimId>)> = found[1..]
            .iter()
            .map(|c| (c.category.as_str(), c.part_of))
            .collect();
        assert_eq!(parts, [("deaths", Some(whole)); 2], "{text}: {found:#?}");
    }
    // Commas set off a list of three parts, the last after "et".
    let found = claims("Le bilan fait état de 9 morts, quatre hommes, trois femmes et trois enfants, et de 32 blessés.");
    let parts: Vec<(&str, Option<ClaimId>)> = found[1..4]
        .iter()
        .map(|c| (c.category.as_str(), c.part_of))
        .collect();
    assert_eq!(parts, [("deaths", Some(found[0].id)); 3], "{found:#?}");
    let found =
        claims("Au total, 37 personnes ont été interpellées : 29 place Bellecour et 12 à la gare.");
    let categories: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(categories, ["arrests"; 3], "{found:#?}");
    assert!(found[1..].iter().all(|c| c.part_of == Some(found[0].id)));
    // An aside that counts something else is no breakdown; nor is a clause with a verb.
    let found = claims("Twelve people died (about 300 more were injured).");
    assert_eq!(found[1].part_of, None, "{found:#?}");
    let found = claims("À Roubaix, ville de quelque 98 000 habitants, 12 cas ont été recensés.");
    assert_eq!(found[1].part_of, None, "{found:#?}");
}

#[test]
fn extract_reads_people_an_aside_opens_after_those_it_befell_as_a_breakdown() {
    let found = claims("Police arrested 14 people. Police said those detained – nine men and three women – were questioned.");
    let parts = &found[1..];
    assert!(
        parts
            .iter()
            .all(|c| c.category == "arrests" && c.part_of == Some(found[0].id)),
        "{found:#?}"
    );
}

#[test]
fn extract_keeps_the_whole_a_frame_names_out_of_its_parts_list() {
    let found = claims(
        "Seven people died in the fire. The seven victims were four Norwegians, two Swedes and two Poles.",
    );
    assert_eq!(found[1].list, None, "{found:#?}");
    let parts = &found[2..];
    assert!(parts
        .iter()
        .all(|c| c.part_of == Some(found[1].id) && c.list.is_some()));
}

#[test]
fn extract_lists_a_share_set_against_another_with_no_whole_of_its_own() {
    let found = claims("Selon un sondage, 64 % des Français sont favorables aux réquisitions, tandis que 41 % y sont opposés.");
    assert!(
        found[0].list.is_some() && found[0].list == found[1].list,
        "{found:#?}"
    );
    let found =
        claims("Some 64% of men questioned in the northern provinces backed the plan, while 41% of women did.");
    assert_eq!(found[1].list, None, "{found:#?}");
}

#[test]
fn extract_reads_a_frame_naming_what_its_list_counts() {
    let found = claims("The dead were 15 men from Sutatausa and nine from neighbouring Ubaté.");
    let rows: Vec<(&str, Option<ClaimId>)> = found
        .iter()
        .map(|c| (c.category.as_str(), c.list))
        .collect();
    assert_eq!(rows, [("deaths", Some(found[0].id)); 2], "{found:#?}");
    // The list ends where a semicolon starts another statement.
    let found = claims(
        "The injured included 21 teenagers and 17 adults; five remain in critical condition.",
    );
    assert_eq!(found[2].list, None, "{found:#?}");
    // A frame in apposition to its subject.
    let found = claims("The injured, seven adults and five children, were taken to hospital.");
    let rows: Vec<(&str, Option<ClaimId>)> = found
        .iter()
        .map(|c| (c.category.as_str(), c.list))
        .collect();
    assert_eq!(rows, [("injured", Some(found[0].id)); 2], "{found:#?}");
    // A frame of two words; the frame, not the noun after a figure, says what is counted.
    let found =
        claims("Les personnes décédées sont trois touristes belges et deux habitants de Lyon.");
    let rows: Vec<(&str, Option<ClaimId>)> = found
        .iter()
        .map(|c| (c.category.as_str(), c.list))
        .collect();
    assert_eq!(rows, [("deaths", Some(found[0].id)); 2], "{found:#?}");
    // One figure after "Of the injured" is some of the injured counted before; the figure its
    // own "including" gives is a part of it, not of the frame.
    let found = claims(
        "Twelve people were killed and 35 injured. Of the injured, 41 were taken to hospitals in Bharuch, including eight in critical condition.",
    );
    let rows: Vec<(&str, Option<ClaimId>, Option<ClaimId>)> = found
        .iter()
        .map(|c| (c.category.as_str(), c.part_of, c.list))
        .collect();
    assert_eq!(
        rows[2..],
        [
            ("injured", Some(found[1].id), None),
            ("injured", Some(found[2].id), None)
        ],
        "{found:#?}"
    );
}

#[test]
fn extract_sets_apart_counts_over_the_years_since_one() {
    let found = claims("Published on 28 January 2025\n\nSince 2021, 148 miners have died in accidents in the region.");
    assert_eq!(found.last().map(|c| c.year), Some(Some(2021)), "{found:#?}");
}

#[test]
fn extract_sets_apart_the_injured_who_died_since() {
    let c = only("Deux blessés ont succombé dans la nuit à l'hôpital.");
    assert_eq!((c.category.as_str(), c.reference), ("deaths", true));
    let c = only("Le bilan s'est alourdi mercredi à 15 morts, a annoncé la préfecture.");
    assert!(c.update && !c.reference);
}

#[test]
fn extract_takes_no_numbered_name_for_a_place() {
    let c = only("The toll from the explosion at the Korvath-3 mine rose to 23 on Tuesday.");
    assert_eq!(c.place, None);
    let c = only("The toll from the explosion at Korvath rose to 23 on Tuesday.");
    assert_eq!(c.place.as_deref(), Some("Korvath"));
}

#[test]
fn extract_divides_the_count_of_the_sentence_before_by_a_pronoun() {
    let found = claims("Sept lions se sont échappés du zoo. Quatre d'entre eux ont été rattrapés.");
    assert_eq!(found[1].part_of, Some(found[0].id), "{found:#?}");
    assert_eq!(found[1].category, "count");
    // A count smaller than the part cannot be its whole.
    let found =
        claims("Les rescapés comptent 47 Syriens. Soixante-dix d'entre eux ont été hébergés.");
    assert_ne!(found[1].part_of, Some(found[0].id), "{found:#?}");
}

#[test]
fn extract_divides_people_or_things_by_a_pronoun_never_a_distance() {
    let text = "Nineteen people were hurt, taken to a hospital some 60 kilometres away, and five of them were later flown to the capital.";
    let found = claims(text);
    assert_eq!(
        (found[2].category.as_str(), found[2].part_of),
        ("injured", Some(found[0].id)),
        "{found:#?}"
    );
}

#[test]
fn extract_reads_some_of_the_victims_as_some_of_the_dead() {
    let text = "Quatre personnes ont été tuées et onze blessées, dont trois grièvement. Trois des victimes étaient des intérimaires.";
    let found = claims(text);
    let last = &found[found.len() - 1];
    assert_eq!(
        (last.category.as_str(), last.part_of),
        ("deaths", Some(found[0].id)),
        "{found:#?}"
    );
    // An aside of ages does not part the victims listed.
    let text = "Trois personnes ont perdu la vie. Parmi les victimes figurent deux pompiers, âgés de 27 et 41 ans, ainsi que deux randonneurs.";
    let found = claims(text);
    let parts: Vec<Option<ClaimId>> = found[1..].iter().map(|c| c.part_of).collect();
    assert_eq!(parts, [Some(found[0].id); 2], "{found:#?}");
    // A group counted just before frames the figures with what befell it.
    let found = claims("L'attaque a fait 30 morts, dont 18 civils. Parmi les civils figurent 6 femmes et 4 enfants.");
    let categories: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(categories, ["deaths"; 4], "{found:#?}");
    // With no dead counted, the victims are no part of anything.
    let found = claims("Onze personnes ont été blessées. Trois des victimes sont des enfants.");
    assert_eq!(found[1].part_of, None, "{found:#?}");
    // A whole that the sentence opens with is no part listed with its own parts.
    let found = claims("The floods have killed 31 people. Of the 31 victims, 11 were children.");
    assert_eq!(
        (found[1].list, found[2].list, found[2].part_of),
        (None, None, Some(found[1].id)),
        "{found:#?}"
    );
}

#[test]
fn extract_breaks_down_a_subject_figure_by_the_figures_after_its_verb() {
    let found = claims(
        "Les 12 personnes interpellées sont huit hommes et quatre femmes, selon le parquet.",
    );
    let rows: Vec<(&str, Option<ClaimId>)> = found[1..]
        .iter()
        .map(|c| (c.category.as_str(), c.part_of))
        .collect();
    assert_eq!(rows, [("arrests", Some(found[0].id)); 2], "{found:#?}");
    // Without a verb of being, the later figures are counts of their own.
    let found = claims("The 12 detainees shared four cells and two showers.");
    assert!(found[1..].iter().all(|c| c.part_of.is_none()), "{found:#?}");
}

#[test]
fn extract_lists_others_with_the_figure_they_add_to() {
    let text = "At least 14 people were killed and 63 injured. Hospitals received 38 of the injured, while 31 others were taken to Wadi El Natrun.";
    let found = claims(text);
    let last = &found[found.len() - 1];
    let before = &found[found.len() - 2];
    assert_eq!(last.category, "injured", "{found:#?}");
    assert!(
        last.list.is_some() && last.list == before.list,
        "{found:#?}"
    );
}

#[test]
fn extract_adds_the_others_to_the_list_just_given() {
    let text =
        "Les morts sont neuf femmes et six enfants. Les deux autres victimes sont des hommes.";
    let found = claims(text);
    let rows: Vec<(&str, Option<ClaimId>)> = found
        .iter()
        .map(|c| (c.category.as_str(), c.list))
        .collect();
    assert_eq!(rows, [("deaths", Some(found[0].id)); 3], "{found:#?}");
    let found = claims("The dead were seven men and four women. The other two were children.");
    assert_eq!(found[2].list, found[0].list, "{found:#?}");
    // With no list before, "the other two" is a count of its own.
    let found = claims("The other two were children.");
    assert_eq!(found[0].list, None, "{found:#?}");
}

#[test]
fn extract_gives_the_next_figure_of_a_partitive_list_the_same_whole() {
    let text = "Police detained 143 people on Sunday. By evening, 97 of those detained remained in custody and 52 had been released.";
    let found = claims(text);
    let parts: Vec<(&str, Option<ClaimId>)> = found[1..]
        .iter()
        .map(|c| (c.category.as_str(), c.part_of))
        .collect();
    assert_eq!(parts, [("arrests", Some(found[0].id)); 2], "{found:#?}");
}

#[test]
fn extract_reads_a_year_after_a_as_naming_an_event() {
    let c = only("The clashes are the deadliest since a 2016 ceasefire ended a conflict that killed some 2,400 people.");
    assert_eq!(c.year, Some(2016));
}

#[test]
fn extract_reads_among_the_dead_as_some_of_the_toll() {
    let text = "At least 14 people were killed in the crush. Among the dead were nine women and three children.";
    let found = claims(text);
    let parts: Vec<(&str, Option<ClaimId>, Option<ClaimId>)> = found[1..]
        .iter()
        .map(|c| (c.category.as_str(), c.part_of, c.list))
        .collect();
    assert_eq!(
        parts,
        [("deaths", Some(found[0].id), None); 2],
        "{found:#?}"
    );
    // A toll named in the same sentence is the whole again, not one more part.
    let text = "Au moins 38 personnes ont été tuées. Parmi les morts figurent 29 civils et 6 miliciens, a précisé une source, confirmant le bilan de 38 tués.";
    let found = claims(text);
    assert_eq!(found[3].part_of, None, "{found:#?}");
}

#[test]
fn extract_gives_a_repeated_figure_the_count_it_repeats() {
    let text = "The coastguard intercepted a boat carrying 187 refugees. Of the 187 on board, 42 were children, 31 women and 120 men.";
    let found = claims(text);
    let rows: Vec<(&str, Option<ClaimId>)> = found[1..]
        .iter()
        .map(|c| (c.category.as_str(), c.part_of))
        .collect();
    let whole = Some(found[1].id);
    assert_eq!(
        rows,
        [
            ("displaced", None),
            ("displaced", whole),
            ("displaced", whole),
            ("displaced", whole)
        ],
        "{found:#?}"
    );
    // A figure with a noun of its own is no repeat: "Eleven vehicles" after "11 dead".
    let found = claims("The toll rose to 11 dead. Eleven vehicles plunged into the water.");
    assert_eq!(found[1].category, "count");
    // People and nothing that happened to them: the same people as the earlier count.
    let found = claims("La fuite a conduit à l'hospitalisation de 48 personnes. Au total, 48 personnes ont été conduites vers le CHU, dont 31 voyageurs.");
    let rows: Vec<(f64, &str)> = found
        .iter()
        .map(|c| (c.value, c.category.as_str()))
        .collect();
    assert_eq!(
        rows,
        [(48.0, "injured"), (48.0, "injured"), (31.0, "injured")],
        "{found:#?}"
    );
    // A different figure of people stays a plain count.
    let found = claims(
        "L'hospitalisation de 48 personnes. Au total, 52 personnes ont été conduites vers la salle des fêtes.",
    );
    assert_eq!(found[1].category, "count");
}

#[test]
fn extract_lists_counts_joined_by_and_with_at_most_a_qualifier() {
    let found = claims("Quarante-deux élèves et trois enseignants ont été hospitalisés mardi.");
    assert!(
        found
            .iter()
            .all(|c| c.category == "injured" && c.list == Some(found[0].id)),
        "{found:#?}"
    );
    let found = claims(
        "The ruling covers 3,214 former employees and the families of 412 claimants who have died.",
    );
    assert_eq!(
        (found[0].category.as_str(), found[0].list),
        ("count", None),
        "{found:#?}"
    );
}

#[test]
fn extract_gives_parts_of_people_counted_for_something_their_whole_category() {
    let found = claims("Dix-sept personnes ont été blessées, dont 12 surveillants et 9 détenus, selon le syndicat.");
    let categories: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(categories, ["injured"; 3], "{found:#?}");
    // A whole that counts nothing in particular leaves its parts their own nouns.
    let found = claims("Au total, 45 victimes, dont 12 morts et 33 blessés.");
    let categories: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(categories[1..], ["deaths", "injured"], "{found:#?}");
}

#[test]
fn extract_ends_a_breakdown_list_at_its_and() {
    let text = "Medical teams treated 1,340 runners, including 870 for dehydration, 410 for cramp and 160 for falls, and 38 were taken to hospital.";
    let found = claims(text);
    let wholes: Vec<Option<ClaimId>> = found[1..].iter().map(|c| c.part_of).collect();
    let whole = Some(found[0].id);
    assert_eq!(wholes, [whole, whole, whole, None], "{found:#?}");
    // Or at a verb after its "and".
    let found = claims("The riot left 11 people injured, including six guards, and allowed seven inmates to escape.");
    assert_eq!(
        (found[2].part_of, found[2].category.as_str()),
        (None, "count"),
        "{found:#?}"
    );
    // A figure listed after a part, with a verb and a toll of its own.
    let found = claims("Au total, 68 rescapés ont été recensés, dont 12 ont été hospitalisés, et 53 passagers sont toujours portés disparus.");
    assert_eq!(found[1].part_of, Some(found[0].id), "{found:#?}");
    assert_eq!(
        (found[2].part_of, found[2].category.as_str()),
        (None, "missing")
    );
}

#[test]
fn extract_breaks_down_hostages_and_survivors_as_people() {
    // Those who escaped are no part of a list of the dead.
    let found = claims("Brésil : 17 détenus tués et une quarantaine d'évadés lors d'une mutinerie");
    assert_eq!(found[1].category, "count", "{found:#?}");
    let found =
        claims("Troops killed all six attackers and freed 21 hostages, including eight women.");
    assert_eq!(found[1].unit, Unit::People);
    assert_eq!(
        (found[2].part_of, found[2].category.as_str()),
        (Some(found[1].id), "count"),
        "{found:#?}"
    );
}

#[test]
fn extract_breaks_down_the_figure_just_before() {
    let found = claims(
        "The toll stands at four deaths and 38 confirmed cases, of whom 12 remain in hospital.",
    );
    assert_ne!(found[2].part_of, Some(found[0].id), "{found:#?}");
}

#[test]
fn extract_reads_a_figure_after_people_and_of_as_where_they_are_from() {
    let found = claims("Quelque 900 habitants de cinq communes ont été évacués, dont 120 enfants.");
    let rows: Vec<(&str, Unit)> = found
        .iter()
        .map(|c| (c.category.as_str(), c.unit.clone()))
        .collect();
    assert_eq!(rows[1], ("count", Unit::Things), "{found:#?}");
    // A breakdown reaches past it to the people.
    assert_eq!(found[2].part_of, Some(found[0].id), "{found:#?}");
    // The families of 12 victims are counted by their own noun.
    let found = claims("The families of 12 victims were flown to Lagos.");
    assert_eq!(found[0].unit, Unit::People, "{found:#?}");
}

#[test]
fn extract_makes_amounts_listed_before_their_total_its_parts() {
    let found = claims("Le préjudice : 1,2 million d'euros pour les cavistes, 700 000 euros pour les importateurs et 300 000 euros pour les restaurateurs, soit un total de 2,2 millions d'euros.");
    let total = found[3].id;
    let parts: Vec<Option<ClaimId>> = found[..3].iter().map(|c| c.part_of).collect();
    assert_eq!(parts, [Some(total); 3], "{found:#?}");
    // So are people counted for the same thing.
    let found = claims("Selon le gouvernement, 520 personnes ont été interpellées à Tarvé et 318 à Oumba, soit un total de 838 interpellations.");
    let parts: Vec<Option<ClaimId>> = found[..2].iter().map(|c| c.part_of).collect();
    assert_eq!(parts, [Some(found[2].id); 2], "{found:#?}");
    // A verb of breaking down makes the amounts the parts of the article's last total.
    let found = claims("Le chantier a coûté un total de 3,1 millions d'euros. La facture se décompose en 1,8 million d'euros pour les murs, 900 000 euros pour le toit et 200 000 euros pour les vitres.");
    let rows: Vec<(Option<ClaimId>, Option<ClaimId>)> =
        found[1..].iter().map(|c| (c.part_of, c.list)).collect();
    assert_eq!(
        rows,
        [(Some(found[0].id), Some(found[1].id)); 3],
        "{found:#?}"
    );
    // Past a count inside a part.
    let found = claims("Le préjudice atteint un total de 2,5 millions d'euros. Il se décompose en 1,5 million d'euros de loyers dus à 40 bailleurs, 600 000 euros d'aides et 300 000 euros de taxes.");
    let parts: Vec<Option<ClaimId>> = found
        .iter()
        .filter(|c| c.category == "money" && !c.total)
        .map(|c| c.part_of)
        .collect();
    assert_eq!(parts, [Some(found[0].id); 3], "{found:#?}");
    // Without a total, amounts stay apart.
    let found = claims(
        "Le plan prévoit 1,2 million d'euros pour les routes et 700 000 euros pour les écoles.",
    );
    assert!(found.iter().all(|c| c.part_of.is_none()), "{found:#?}");
}

#[test]
fn extract_reads_no_event_past_a_conjunction() {
    assert_eq!(
        only("The death toll climbs to 23 as rescuers search for the missing.").category,
        "deaths"
    );
    assert_eq!(
        only("Le bilan passe à 23 morts tandis que les recherches se poursuivent.").category,
        "deaths"
    );
    // "as well as" joins, it opens no clause.
    assert_eq!(
        only("Some 300 strikers as well as their families marched to the depot.").category,
        "crowd"
    );
}

#[test]
fn extract_lets_a_verb_right_before_the_figure_win_over_one_after_its_noun() {
    assert_eq!(
        only("The storm killed 12 people trapped in their cars.").category,
        "deaths"
    );
    assert_eq!(
        only("The blast killed at least 9 miners trapped underground.").category,
        "deaths"
    );
    // So do words that say what is counted right before a figure.
    assert_eq!(
        only("Après le décès de deux patients hospitalisés en réanimation.").category,
        "deaths"
    );
    // Even when the noun after it says injured: the injured who died.
    for text in [
        "Le bilan s'alourdit après le décès de quatre blessés à l'hôpital.",
        "The toll rose after the deaths of two injured at the district hospital.",
    ] {
        assert_eq!(only(text).category, "deaths", "{text}");
    }
    // A verb before a list is every part's; a part that says what it counts keeps it.
    let found = claims("The blast killed four drivers and three firefighters on Monday.");
    let categories: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(categories, ["deaths", "deaths"], "{found:#?}");
    assert!(found[0].list.is_some() && found[0].list == found[1].list);
    // Whatever noun the lexicon does not know, after a verb of harm; not houses after it.
    let found = claims("The blast killed eight plant employees and four contractors.");
    let categories: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(categories, ["deaths", "deaths"], "{found:#?}");
    let found = claims("The fire killed two people and destroyed 40 homes and 12 barns.");
    assert_eq!(found[2].category, "count", "{found:#?}");
    let found =
        claims("Le préfet a confirmé la mort de quatre automobilistes et de trois pompiers.");
    assert_eq!(found[1].category, "deaths", "{found:#?}");
    let found = claims(
        "300 habitants ont été évacués, et plus de deux cents gendarmes quadrillent le secteur.",
    );
    assert_eq!(found[1].category, "troops", "{found:#?}");
    // A figure added to another shares what happened to it.
    let found = claims("Six policiers ont été légèrement blessés, ainsi que deux manifestants.");
    assert_eq!(found[1].category, "injured", "{found:#?}");
    let found = claims("Four officers were injured, as well as two protesters.");
    assert_eq!(found[1].category, "injured", "{found:#?}");
    // Firefighters sent out are a count; gendarmes, troops.
    let found =
        claims("Quelque 1.200 sapeurs-pompiers et 300 gendarmes sont mobilisés sur le terrain.");
    let categories: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(categories, ["count", "troops"], "{found:#?}");
    // So are volunteers, stewards and health agents.
    for text in [
        "La Croix-Rouge a déployé 120 volontaires dans les villages.",
        "About 150 private stewards had been on duty.",
        "L'agence a mobilisé 150 agents de lutte antivectorielle.",
        // People of a trade who are no security force.
        "Plus de 200 employés supplémentaires ont été déployés dans les gares.",
        "The city has deployed 2,300 sanitary workers to clear drains.",
    ] {
        assert_eq!(only(text).category, "count", "{text}");
    }
    // But men, agents and members sent out may be.
    assert_eq!(
        only("Quelque 400 hommes ont été déployés autour du village.").category,
        "troops"
    );
    // Police taking part in an operation are deployed; strikers taking part are a crowd.
    assert_eq!(
        only("Quelque 180 gendarmes ont participé au coup de filet.").category,
        "troops"
    );
    assert_eq!(
        only("Quelque 1 800 grévistes ont participé au rassemblement.").category,
        "crowd"
    );
    // Past a determiner too: the funerals are of the dead.
    assert_eq!(
        only("Funerals for the nine pupils are due on Thursday.").category,
        "deaths"
    );
    assert_eq!(
        only("Les obsèques des quatre marins auront lieu samedi.").category,
        "deaths"
    );
    // A verb further back leaves the noun's own event.
    assert_eq!(
        only("After the storm, 12 people were trapped in their cars.").category,
        "count"
    );
}

#[test]
fn extract_reads_no_age_as_a_claim() {
    let ages = [
        "Le principal prévenu, Yohan B., 38 ans, conteste les faits.",
        "Les prévenus, âgés de 27 à 51 ans, comparaissent devant le tribunal.",
        "La réforme repousse l'âge légal de départ de 62 à 64 ans.",
        "Une femme de 62 ans a été retrouvée chez elle.",
        "Le rappel est recommandé à 25 ans pour tous.",
        "The youngest, aged 15, was released on bail.",
        "Some couriers were as young as 13, the inspector said.",
        "Most of the dead are teenagers, the youngest 14.",
        "Several residents died; the oldest was 82.",
        "Police said the youngest suspect is 19.",
        "Okafor, 46, a former nurse, won the seat.",
        "The victim was the group's French guide, 47, from Lyon.",
        "Le principal prévenu, un Roubaisien de 39 ans, conteste les faits.",
        "Une passagère de 67 ans est décédée dans la nuit.",
        "Les blessés graves sont des enfants de 9 et 11 ans.",
        "Le patient, un homme de 78 ans, présentait des facteurs de risque.",
        "Most patients are children under 15.",
        "The campaign targets everyone aged 6 months to 45 years.",
        "Un nourrisson de 7 mois est hospitalisé.",
        "La plupart des malades ont moins de 5 ans.",
        "Les victimes sont des adolescents de 15 et 16 ans.",
        "Le conducteur, un automobiliste de 57 ans, a été blessé.",
        "The suspects, aged 19 and 23, were charged.",
        "The victims, ages 14 and 15, were students.",
        "The baby was only six weeks old.",
        "Most of those who died were people above 60, the surgeon said.",
        "The dead, aged 23, 31 and 40, came from the same village.",
        "Les victimes, âgées de 19, 22 et 27 ans, étaient connues.",
    ];
    for text in ages {
        assert!(claims(text).is_empty(), "{text}: {:#?}", claims(text));
    }
    // The figure of those counted stays, and so do durations and figures set off by brackets.
    let found = claims("Parmi eux figurent 52 enfants de moins de cinq ans.");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].value, 52.0);
    // A count joined after an age is no second age.
    let found = claims("Le centre accueillait 126 enfants âgés de 8 ans et 22 animateurs.");
    let values: Vec<f64> = found.iter().map(|c| c.value).collect();
    assert_eq!(values, [126.0, 22.0], "{found:#?}");
    assert_eq!(found[1].unit, Unit::People, "{found:#?}");
    // A list of ages ends where its commas do: "and 22 have been charged" is no age, nor the
    // adults after a list of children's ages, nor a sentence after an age set off by commas.
    for (text, value) in [
        ("Nineteen are aged under 18, and 22 have been charged.", 22.0),
        (
            "Of the cases, 80 are in children aged 5 to 17, 49 in children under five and 30 in adults.",
            30.0,
        ),
        ("A court sentenced Mbeki, 61, to 12 years in prison.", 12.0),
    ] {
        let found = claims(text);
        assert!(found.iter().any(|c| c.value == value), "{text}: {found:#?}");
    }
    let c = only("Il a été condamné à 5 ans de prison ferme.");
    assert_eq!(c.unit, Unit::Measure("year".into()));
    let found = claims("Les décès se répartissent entre la zone A (19) et la zone B (11).");
    assert_eq!(found.len(), 2, "{found:#?}");
    // After an article read as a figure ("Un ouvrier") or a noun qualifying the person.
    for text in [
        "Un ouvrier de 52 ans est mort.",
        "Parmi les morts figure un ouvrier du bâtiment de 52 ans.",
    ] {
        let found = claims(text);
        assert!(found.iter().all(|c| c.value != 52.0), "{text}: {found:#?}");
    }
}

#[test]
fn extract_breaks_down_the_whole_a_framing_pronoun_names() {
    let text = "Police arrested 48 people on Tuesday. More than 400 officers took part in the raids. Of those detained, 31 were held in Liverpool, nine in Wirral and six in St Helens.";
    let found = claims(text);
    let categories: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(
        categories,
        ["arrests", "troops", "arrests", "arrests", "arrests"]
    );
    assert!(
        found[2..].iter().all(|c| c.part_of == Some(found[0].id)),
        "{found:#?}"
    );
    // "those held" say arrests from the determiner on.
    let text = "Police arrested 23 people. More than 300 officers took part. Among those held were 14 Albanian nationals and 9 British citizens.";
    let categories: Vec<String> = claims(text).into_iter().map(|c| c.category).collect();
    assert_eq!(categories, ["arrests", "troops", "arrests", "arrests"]);
    // The frame may open the clause after a verb of saying; its parts are one list, whatever
    // the verb of each.
    let text = "Police arrested 80 people. The force said that of those arrested, 40 were held for theft, 25 for criminal damage and 19 for assault.";
    let found = claims(text);
    let rows: Vec<(&str, Option<ClaimId>)> = found[1..]
        .iter()
        .map(|c| (c.category.as_str(), c.list))
        .collect();
    assert_eq!(rows, [("arrests", Some(found[1].id)); 3], "{found:#?}");
    // So may a subject and its verb, far into the sentence; figures before "that" stay out.
    let text = "The director of the state emergency management agency, Dr Ade Bello, told reporters that the dead were four guests and three members of staff who were trapped upstairs.";
    let found = claims(text);
    let rows: Vec<(&str, Option<ClaimId>)> = found
        .iter()
        .map(|c| (c.category.as_str(), c.list))
        .collect();
    assert_eq!(rows, [("deaths", Some(found[0].id)); 2], "{found:#?}");
    let text = "All 12 victims have been identified, police told reporters, adding that the dead included eight foreign tourists.";
    let found = claims(text);
    assert_eq!(
        (found[0].list, found[0].part_of),
        (None, None),
        "{found:#?}"
    );
    // Or right after the verb of saying, with no "that"; what was said is no source.
    let text = "Shelling killed 43 people. The network said the dead included 21 men, 17 women and nine children.";
    let found = claims(text);
    let rows: Vec<(Option<ClaimId>, Option<&str>)> = found[1..]
        .iter()
        .map(|c| (c.part_of, c.source.as_deref()))
        .collect();
    assert_eq!(
        rows,
        [(Some(found[0].id), Some("network")); 3],
        "{found:#?}"
    );
}

#[test]
fn extract_holds_more_people_against_nothing() {
    let found =
        claims("Twenty-two people were taken to hospital. Another 31 were treated at the scene.");
    assert_eq!(found[1].category, "injured");
    assert!(found[1].reference && !found[0].reference);
    let found = claims("Police said 22 people were arrested at the festival. A further 7 drivers were arrested for drink-driving.");
    assert!(found[1].reference && !found[0].reference, "{found:#?}");
}

#[test]
fn extract_lists_no_figure_of_some_in_a_state_with_their_whole() {
    let text = "Published on 3 March 2025\n\nOn Tuesday, 58 people had been injured in the crush. The number taken to hospital remained at 12, and two were still in a serious but stable condition.\n";
    let found = claims(text);
    assert_eq!(found[2].list, None, "{found:#?}");
    let text = "Published on 3 March 2025\n\nSeven workers were injured in the blast. Of the injured, three were airlifted to the burns unit, where two remained in a critical condition.\n";
    let found = claims(text);
    assert_eq!(found[2].list, None, "{found:#?}");
}

#[test]
fn extract_takes_no_verb_before_the_figure_across_and() {
    let c = only("A man died and over 300 festival-goers were treated for heat stroke.");
    assert_eq!(c.category, "injured");
}

#[test]
fn extract_reads_no_verb_far_before_a_figure_of_a_named_thing() {
    let c = only("Les opposants ont défilé à l'appel d'une vingtaine d'associations.");
    assert_eq!(c.category, "count");
}

#[test]
fn extract_reads_no_time_of_day_as_a_duration() {
    assert!(claims("Les flammes ont été maîtrisées peu après 6 heures.").is_empty());
    let c = only("Les flammes ont été maîtrisées après 6 heures de lutte.");
    assert_eq!(c.unit, Unit::Measure("hour".into()));
}

#[test]
fn extract_reads_the_verb_after_a_list_of_who_is_counted() {
    let c = only(
        "Des milliers d'infirmières, d'aides-soignants et de brancardiers ont défilé mardi à Lyon.",
    );
    assert_eq!(c.category, "crowd");
    let c = only("Environ 400 invités assistaient à la fête.");
    assert_eq!(c.category, "crowd");
    // Past a list of where they came from.
    let c = only("Entre 3 000 et 4 000 viticulteurs venus de l'Hérault, du Gard, de l'Aude et des Pyrénées ont défilé.");
    assert_eq!(c.category, "crowd");
    // Past an aside that says what befell them, whoever did it.
    let c = only("Deux riverains, intoxiqués par les fumées, ont été hospitalisés.");
    assert_eq!(c.category, "injured");
}

#[test]
fn extract_reads_over_a_span_of_time_after_a_figure_as_no_qualifier() {
    let found = claims("The union wants a 15% pay rise over three years.");
    assert_eq!(found[1].qualifier, Qualifier::Exact, "{found:#?}");
    assert_eq!(
        only("He was jailed for over three years.").qualifier,
        Qualifier::MoreThan
    );
    // Further on in the clause, and in hours.
    let found =
        claims("More than 800 millimetres of rain fell on the hills above the town over 30 hours.");
    assert_eq!(found[1].qualifier, Qualifier::Exact, "{found:#?}");
    // But "in under 6 hours" is a bound.
    let found = claims("More than 40 mm of rain fell on the town in under 6 hours.");
    assert_eq!(found[1].qualifier, Qualifier::LessThan, "{found:#?}");
    // What happened over the span is no part of it: "including" breaks down the ballots.
    let found = claims("In all, 52,600 ballots were counted by hand over six days, including 31,200 cast in person and 21,400 sent by post.");
    assert_eq!(found[2].part_of, Some(found[0].id), "{found:#?}");
    assert_eq!(found[2].category, "count", "{found:#?}");
    // But "trois ans, dont deux avec sursis": a span broken down.
    let found = claims("Il a été condamné à trois ans de prison, dont deux avec sursis.");
    assert_eq!(found[1].part_of, Some(found[0].id), "{found:#?}");
}

#[test]
fn extract_reads_above_and_below_as_bounds() {
    let rows = [
        ("Temperatures stayed above 41 degrees.", Qualifier::MoreThan),
        (
            "Les températures sont restées au-dessus de 40 degrés.",
            Qualifier::MoreThan,
        ),
        (
            "La nuit, le thermomètre est resté en dessous de 12 degrés.",
            Qualifier::LessThan,
        ),
    ];
    for (text, qualifier) in rows {
        assert_eq!(only(text).qualifier, qualifier, "{text}");
    }
}

#[test]
fn extract_reads_people_ordered_out_of_their_homes_as_displaced() {
    let rows = [
        "About 1,100 residents were ordered to leave their homes overnight.",
        "Quelque 300 habitants ont été contraints de quitter leur domicile.",
        "Dozens of families spent the night in a high school gym.",
        "Une soixantaine de personnes ont passé la nuit dans un gymnase.",
        "Between 5,000 and 6,000 people had lost their shelter.",
        "Monsoon rains displace 52,000 in Sylhet.",
    ];
    for text in rows {
        assert_eq!(only(text).category, "displaced", "{text}");
    }
    // Stranded travellers are no displaced people.
    let c = only("Des centaines de voyageurs ont passé la nuit dans les halls de la gare.");
    assert_eq!(c.category, "count");
}

#[test]
fn extract_reads_places_counted_as_things() {
    let c = &claims("The raids left 46 people dead in the three neighbourhoods since August.")[1];
    assert_eq!((c.category.as_str(), c.unit.as_str()), ("count", "things"));
    let c = &claims("Des cas ont été signalés dans 11 régions et 4 départements.")[0];
    assert_eq!((c.category.as_str(), c.unit.as_str()), ("count", "things"));
    // Neither are signatures gathered, properties evacuated or searches taken part in.
    for text in [
        "Protesters gathered more than 11,000 signatures.",
        "Evacuation orders now cover 4,120 properties.",
        "Une centaine de policiers ont participé aux 23 perquisitions.",
    ] {
        let found = claims(text);
        let c = found.last().unwrap();
        assert_eq!(
            (c.category.as_str(), c.unit.as_str()),
            ("count", "things"),
            "{text}"
        );
    }
}

#[test]
fn extract_reads_a_second_figure_among_another_group_as_the_first() {
    for text in [
        "Les heurts ont fait 200 blessés parmi les manifestants et 47 parmi les gendarmes.",
        "La manifestation avait fait 200 blessés chez les manifestants et 47 chez les gendarmes.",
        "The clashes left 200 injured among the protesters and 47 among the police.",
    ] {
        let categories: Vec<String> = claims(text).into_iter().map(|c| c.category).collect();
        assert_eq!(categories, ["injured", "injured"], "{text}");
    }
}

#[test]
fn extract_reads_gatherings_as_crowds_and_vehicles_as_things() {
    let rows = [
        (
            "Un rassemblement avait réuni la veille environ 300 personnes.",
            "crowd",
        ),
        (
            "Une centaine de jeunes ont affronté les forces de l'ordre.",
            "crowd",
        ),
        (
            "Police dispersed thousands of people protesting against the tariff.",
            "crowd",
        ),
        ("The event was attended by some 400 people.", "crowd"),
        (
            "Un précédent rassemblement avait réuni 2.500 tracteurs.",
            "count",
        ),
    ];
    for (text, category) in rows {
        assert_eq!(only(text).category, category, "{text}");
    }
}

#[test]
fn extract_reads_intensive_care_as_injured_and_drownings_as_deaths() {
    let rows = [
        (
            "Six of the patients are in intensive care, officials said.",
            "injured",
        ),
        (
            "Vingt et un patients se trouvent toujours en soins intensifs.",
            "injured",
        ),
        (
            "En Martinique, 12 hospitalisations ont été signalées.",
            "injured",
        ),
        ("Sept noyades en trois jours sur le littoral.", "deaths"),
        (
            "The firm put the number of deceased claimants at 455.",
            "deaths",
        ),
    ];
    for (text, category) in rows {
        assert_eq!(claims(text)[0].category, category, "{text}");
    }
}

#[test]
fn extract_reads_the_figures_after_a_split_as_parts_of_the_count_before() {
    let found =
        claims("Les 17 décès se répartissent entre 9 femmes enceintes, 5 enfants et 2 hommes.");
    assert!(
        found[1..].iter().all(|c| c.category == "deaths"
            && c.part_of == Some(found[0].id)
            && c.list == Some(found[1].id)),
        "{found:#?}"
    );
    // Parts that say what the whole counts, in a clause of their own.
    let found = claims("Ces 14 décès se répartissent entre la commune de Sédhiou, où huit corps ont été retrouvés, et Marsassoum, qui déplore quatre victimes.");
    assert!(
        found[1..]
            .iter()
            .all(|c| c.part_of == Some(found[0].id) && c.list == Some(found[1].id)),
        "{found:#?}"
    );
    // "Dans le détail" lists the parts of the count before it; "les neuf autres départements"
    // are places, the rest of the list.
    let found = claims("L'été a fait 68 morts sur les routes. Dans le détail, la Haute-Garonne déplore 14 tués, l'Hérault 12, le Gard 9 et les neuf autres départements 22.");
    assert!(
        found[1..4].iter().all(|c| c.part_of == Some(found[0].id)),
        "{found:#?}"
    );
    assert_eq!(found[4].category, "count", "{found:#?}");
    // Things split between places count no people.
    let found = claims("The 40 trucks were split between 12 depots and 28 farms.");
    assert!(found.iter().all(|c| c.category == "count"), "{found:#?}");
}

#[test]
fn extract_reads_people_a_frame_of_people_names_as_its_parts() {
    let found = claims(
        "Quatorze personnes ont été interpellées lundi à Lille. Parmi les 14 personnes interpellées figurent 9 Irakiens, ainsi que 3 ressortissants afghans et 2 Français.",
    );
    assert!(
        found[2..]
            .iter()
            .all(|c| c.category == "arrests" && c.part_of == Some(found[1].id)),
        "{found:#?}"
    );
}

#[test]
fn extract_reads_hospital_admissions_as_injured() {
    let found =
        claims("At the main hospital, 260 were admitted; a second one reported 85 admissions.");
    let categories: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(categories, ["injured", "injured"], "{found:#?}");
}

#[test]
fn extract_reads_a_unit_glued_to_its_figure() {
    let found =
        claims("Up to 230mm of rain fell about 150km north of the city, with gusts of 90km/h.");
    let units: Vec<&str> = found.iter().map(|c| c.unit.as_str()).collect();
    assert_eq!(units, ["mm", "km", "km/h"]);
    let found = claims("Currents of up to 8 knots and waves of 15 feet hampered the divers.");
    let units: Vec<&str> = found.iter().map(|c| c.unit.as_str()).collect();
    assert_eq!(units, ["knot", "foot"]);
    // Weights and areas are measures, not counts of things.
    let found = claims(
        "Environ 42 000 fromages de 150 grammes ont été rappelés, et 35 mg par litre ont été relevés sur 80 mètres carrés.",
    );
    let units: Vec<&str> = found.iter().map(|c| c.unit.as_str()).collect();
    assert_eq!(units, ["things", "g", "mg", "m2"], "{found:#?}");
    let found = claims("Sulphur dioxide reached 0.8 parts per million, above the 0.075 ppm limit.");
    let units: Vec<&str> = found.iter().map(|c| c.unit.as_str()).collect();
    assert_eq!(units, ["ppm", "ppm"], "{found:#?}");
    // An article opens the sentence: "A 2.5-kilometre stretch", not the road "A 7".
    let c = only("A 2.5-kilometre stretch of the road remains closed.");
    assert_eq!((c.value, c.unit.as_str()), (2.5, "km"));
    assert!(claims("Traffic on the A 7 was cut for the night.").is_empty());
    assert!(claims("A 34-year-old man was arrested near the port.").is_empty());
}

#[test]
fn extract_reads_nautical_miles_and_square_kilometres() {
    let found = claims(
        "Le chalutier a sombré à une trentaine de milles de Groix ; les recherches couvrent 1 200 kilomètres carrés.",
    );
    let units: Vec<&str> = found.iter().map(|c| c.unit.as_str()).collect();
    assert_eq!(units, ["nmi", "km2"]);
}

#[test]
fn extract_keeps_shares_and_larger_figures_out_of_a_breakdown() {
    let text =
        "Sur les 19 212 électeurs inscrits, 12 180 ont voté, soit une participation de 63,4 %.";
    let found = claims(text);
    assert_eq!(found[2].category, "percentage");
    assert_eq!(found[2].part_of, None);
    let text = "Officers seized 312 firearms, including 27 assault rifles, about 40,000 rounds of ammunition and two grenades.";
    let found = claims(text);
    assert_eq!(found[1].part_of, Some(found[0].id));
    assert_eq!(found[2].part_of, None, "{found:#?}");
}

#[test]
fn extract_gives_every_part_the_verb_past_the_last_parts_noun() {
    let found = claims("Two police officers and three suspects were killed in exchanges of fire.");
    let categories: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(categories, ["deaths", "deaths"]);
}

#[test]
fn extract_takes_no_share_for_a_level_after_a_change() {
    let found = claims("Officials say homicides fell by 28% last year, to about 2,400.");
    assert_eq!(found[1].unit, Unit::Things, "{found:#?}");
}

#[test]
fn extract_lists_people_counted_place_by_place() {
    let found = claims("According to the ministry, 710 people were detained in Port Selva, 380 in the capital and 120 in Ondara.");
    assert!(
        found
            .iter()
            .all(|c| c.category == "arrests" && c.list == Some(found[0].id)),
        "{found:#?}"
    );
    // … or by who found them: the parts of the toll, not a second toll.
    let found = claims("Seven bodies were recovered by the coastguard and four by a fishing boat.");
    assert!(
        found
            .iter()
            .all(|c| c.category == "deaths" && c.list == Some(found[0].id)),
        "{found:#?}"
    );
}

#[test]
fn extract_reads_no_span_of_the_clock_as_a_duration() {
    let c = only("Le Samu a reçu plus de 200 appels entre 14 heures et 18 heures.");
    assert_eq!(c.value, 200.0);
    // No clock shows 96 hours: a length of time.
    let c = only("En matière de stupéfiants, la garde à vue peut durer jusqu'à 96 heures.");
    assert_eq!((c.value, c.category.as_str()), (96.0, "measure"));
}

#[test]
fn extract_reads_a_sentence_as_no_age_past_a_place() {
    let c = only("Un pharmacien de Millau condamné à deux ans de prison.");
    assert_eq!(
        (c.value, c.unit.clone()),
        (2.0, Unit::Measure("year".into()))
    );
    // The age of a person a noun qualifies is still an age.
    assert!(claims("Un gérant de société de 41 ans a été mis en examen.").is_empty());
}

#[test]
fn extract_reads_micrograms() {
    let c = only("Le seuil est fixé à 50 microgrammes par litre de sang.");
    assert_eq!(c.unit, Unit::Measure("µg".into()), "{c:#?}");
}

#[test]
fn extract_keeps_a_count_compared_with_a_count_after_money() {
    let found = claims("The airline made a profit of 14.2 million euros. It flew 2.36 million passengers, up from 2.1 million a year earlier.");
    assert_eq!(found[2].category, "count", "{found:#?}");
}

#[test]
fn extract_lists_clauses_place_by_place() {
    let found = claims("In Austria, 12 suspects were detained in Graz; in Hungary, nine were held in Pécs; and in Slovenia, five were arrested near Maribor.");
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(
        found
            .iter()
            .all(|c| c.category == "arrests" && c.list == Some(found[0].id)),
        "{found:#?}"
    );
    // Without semicolons, sentences of their own: no list.
    let found = claims("In Austria, 12 suspects were detained in Graz, police said on Monday.");
    assert_eq!(found[0].list, None, "{found:#?}");
}

#[test]
fn extract_breaks_down_an_earlier_count_after_a_colon_with_no_whole() {
    let found = claims("Douze personnes ont été interpellées mardi, a annoncé le parquet. Les interpellations ont eu lieu dans deux départements : huit dans le Doubs et cinq dans le Jura.");
    let whole = found[0].id;
    let parts: Vec<(&str, Option<ClaimId>)> = found[2..]
        .iter()
        .map(|c| (c.category.as_str(), c.part_of))
        .collect();
    assert_eq!(parts, [("arrests", Some(whole)); 2], "{found:#?}");
}

#[test]
fn extract_keeps_a_part_of_a_part_out_of_the_subjects_list() {
    let found = claims("The 23 dead were 9 civilians, including 4 children, and 12 fighters.");
    let links: Vec<(Option<ClaimId>, Option<ClaimId>)> =
        found.iter().map(|c| (c.part_of, c.list)).collect();
    let (whole, civilians) = (found[0].id, found[1].id);
    assert_eq!(
        links,
        [
            (None, None),
            (Some(whole), Some(civilians)),
            (Some(civilians), None),
            (Some(whole), Some(civilians)),
        ],
        "{found:#?}"
    );
}

#[test]
fn extract_reads_qualifiers_after_the_figure_and_of_thresholds() {
    let rows = [
        (
            "Mumps outbreak at the university climbs past 140 cases.",
            Qualifier::MoreThan,
        ),
        (
            "Winds piled the snow into drifts of six feet or more.",
            Qualifier::AtLeast,
        ),
        (
            "A further 60 or so people have reported symptoms.",
            Qualifier::Approx,
        ),
        (
            "The strongest aftershocks had a magnitude of 4 or higher.",
            Qualifier::AtLeast,
        ),
        (
            "Households of 3 or fewer people are exempt.",
            Qualifier::UpTo,
        ),
        // A bound of another clause: "or less than" bounds what follows.
        (
            "Inspectors checked 1,150 lifts, or less than they had planned.",
            Qualifier::Exact,
        ),
        (
            "Les parcelles ont subi des pertes inférieures à 10 %.",
            Qualifier::LessThan,
        ),
        (
            "Kilbrennan housing list tops 3,000 as the council misses its target",
            Qualifier::MoreThan,
        ),
    ];
    for (text, qualifier) in rows {
        assert_eq!(only(text).qualifier, qualifier, "{text}");
    }
    // "over" after a verb of spreading is no bound.
    let c = only("The catch was spread over 31 trips, prosecutors said.");
    assert_eq!(c.qualifier, Qualifier::Exact);
    // A word before a one-word qualifier is no word right before the figure.
    assert_eq!(
        only("Kilbrennan housing list tops 3,000 as the council misses its target").category,
        "count"
    );
    assert_eq!(
        only("A protest by about 150 drivers blocked the depot.").category,
        "crowd"
    );
}

#[test]
fn extract_dates_abbreviated_in_a_dateline() {
    let found = claims("RODEZ, 12 fév (Agence) - Quelque 1 800 voyageurs sont bloqués.");
    let values: Vec<f64> = found.iter().map(|c| c.value).collect();
    assert_eq!(values, [1800.0], "{found:#?}");
}

#[test]
fn extract_counts_what_money_bought_apart_from_it() {
    let found = claims("Environ 9 millions d'euros auraient financé le train de vie des prévenus, dont une villa et 14 voitures de luxe.");
    assert_eq!(
        (found[1].category.as_str(), found[1].part_of),
        ("count", None),
        "{found:#?}"
    );
    // Some of a fine is still money.
    let found = claims("Il a été condamné à 30 000 euros d'amende, dont 15 000 avec sursis.");
    assert_eq!(found[1].category, "money", "{found:#?}");
}

#[test]
fn extract_reads_no_unit_in_the_first_word_of_a_longer_noun() {
    let c = only("Le préfet rappelle que 47 points de deal ont été démantelés depuis janvier.");
    assert_eq!(
        (c.category.as_str(), c.unit.clone()),
        ("count", Unit::Things)
    );
    let c = only("Le parti gagne 4 points au second tour.");
    assert_eq!(c.category, "percentage");
    let found = claims("Près de 400 tracteurs ont été recensés sur six points de blocage.");
    assert_eq!(found[1].category, "count", "{found:#?}");
    let c = only("La participation recule, avec 2 points de moins qu'en 2019.");
    assert_eq!(c.category, "percentage");
}

#[test]
fn extract_reads_no_event_in_a_circumstance() {
    let found = claims("Au total, 23 personnes ont été interpellées : neuf lors de l'évacuation du barrage et 16 devant la préfecture.");
    let categories: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(categories, ["arrests", "arrests", "arrests"], "{found:#?}");
    assert_parts_of_the_first(&found, "arrests");
}

#[test]
fn extract_frames_a_french_passive_subject() {
    let found = claims("Un autocar est tombé dans un ravin. Les blessés ont été répartis entre le CHU, qui en a accueilli 18, l'hôpital de Voiron (8) et la clinique des Cèdres (3).");
    assert!(found.iter().all(|c| c.category == "injured"), "{found:#?}");
}

#[test]
fn extract_gives_a_collective_its_own_noun_after_de() {
    let found = claims("La cuisine, située à 12 kilomètres, a été fermée et une trentaine d'échantillons ont été prélevés.");
    assert_eq!(
        (found[1].category.as_str(), found[1].unit.clone()),
        ("count", Unit::Things),
        "{found:#?}"
    );
    // "d'après" names a source, not what is counted.
    let found = claims("Les manifestants étaient 6 200 d'après les autorités.");
    assert_eq!(found[0].category, "crowd", "{found:#?}");
}

#[test]
fn extract_reads_no_opening_hours_as_a_duration() {
    let found =
        claims("La plateforme est ouverte de 9 heures à 18 heures, et 40 appels ont été reçus.");
    let values: Vec<f64> = found.iter().map(|c| c.value).collect();
    assert_eq!(values, [40.0], "{found:#?}");
}

#[test]
fn extract_counts_cases_not_the_toll_before_them() {
    let c = only("Mercredi, l'agence a porté le bilan à 58 cas confirmés dans le département.");
    assert_eq!((c.value, c.category.as_str()), (58.0, "count"));
    // A bare figure after the toll is the toll.
    let c = only("Mercredi, le bilan est passé à 58.");
    assert_eq!(c.category, "deaths");
}

#[test]
fn extract_understands_the_noun_of_a_figure_placed_after_another() {
    let found = claims(
        "Fourteen suspects were held in dawn raids in Leeds and Hull, and five in Alicante.",
    );
    let categories: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(categories, ["arrests", "arrests"], "{found:#?}");
    // Or placed around, near or outside somewhere.
    let found = claims(
        "Police said 130 people had been detained, 74 of them in Maxaquene and 68 around Polana.",
    );
    assert_eq!(found[2].category, "arrests", "{found:#?}");
    // An amount named after another, then "et": money too.
    let found = claims(
        "Un garage de Niort a perdu 1,4 million d'euros, une scierie de l'Indre 1,2 million et une pharmacie 300 000 euros.",
    );
    assert!(found.iter().all(|c| c.category == "money"), "{found:#?}");
}

#[test]
fn extract_adds_no_more_of_something_else_to_a_count() {
    let found = claims(
        "Officials said 5,100 people had been displaced from the valley, and opened two additional reception centres.",
    );
    assert_eq!(found[1].category, "count", "{found:#?}");
    assert_eq!(found[0].list, None, "{found:#?}");
}

#[test]
fn extract_reads_the_vocabulary_of_deaths_and_flight() {
    let rows = [
        ("The district recorded 72 homicides last year.", "deaths"),
        ("Nwoya reported nine cases and one death.", "deaths"),
        (
            "L'armée affirme avoir neutralisé 14 assaillants mardi.",
            "deaths",
        ),
        (
            "Les combats ont poussé plus de 50 000 personnes à se réfugier dans la ville.",
            "displaced",
        ),
        (
            "Jeudi, une centaine de chômeurs se sont pressés au forum de l'emploi.",
            "crowd",
        ),
        (
            "In Kisumu, seven of them were briefly held by police.",
            "arrests",
        ),
    ];
    for (text, category) in rows {
        let found = claims(text);
        let last = found.last().unwrap();
        assert_eq!(last.category, category, "{text}: {found:#?}");
    }
}

#[test]
fn extract_reads_the_event_verb_past_an_aside() {
    let c = only(
        "About 250 people, including members of the Unison union, rallied outside the town hall.",
    );
    assert_eq!(c.category, "crowd");
}

#[test]
fn extract_counts_things_whatever_befalls_people() {
    let c = only("Une dizaine d'ambulances ont été dépêchées sur place.");
    assert_eq!(c.category, "count");
    let found = claims("L'évacuation des 5.400 conteneurs pourrait prendre deux semaines.");
    assert_eq!(found[0].category, "count", "{found:#?}");
    // Things counted by a noun of their own are no part of an area.
    let found = claims("Neuf sites, étalés sur près de 250 hectares, ont été démantelés et le matériel saisi comprend notamment 31 motopompes et 12 motos.");
    let categories: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(
        categories,
        ["count", "measure", "count", "count"],
        "{found:#?}"
    );
    let found = claims("Quelque 200 pompiers et une trentaine d'engins ont été mobilisés.");
    assert_eq!(
        (found[0].category.as_str(), found[1].category.as_str()),
        ("count", "count")
    );
    // A thing that names who is counted ("truck drivers") or comes later ("whose vessel").
    let c = only("Hundreds of truck drivers blocked the border crossings.");
    assert_eq!(c.category, "crowd");
    let c = only("Dozens of cars were swept away by the flood.");
    assert_eq!(c.category, "count");
    // Animals are no toll; nor are the places the dead were counted across.
    let found = claims("About 40 goats had died across five sub-counties.");
    assert!(found.iter().all(|c| c.category == "count"), "{found:#?}");
    // Nurses and technicians sent out are no troops either.
    let c = only("L'État a dépêché une vingtaine d'infirmiers depuis La Réunion.");
    assert_eq!(c.category, "count");
    let c = only("Quelque 1 200 techniciens ont été mobilisés pour rétablir le réseau.");
    assert_eq!(c.category, "count");
}

#[test]
fn extract_reads_the_victims_of_a_story_that_counts_deaths_as_the_dead() {
    let text = "Une avalanche a fait cinq morts dimanche. Les victimes, trois Belges et deux Lyonnais, ont été dégagées dans la soirée.";
    let found = claims(text);
    let categories: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(categories, ["deaths", "deaths", "deaths"]);
    // In a later dispatch of the story too.
    let text = "Published on 4 March 2024\nTunnel fire: toll rises\n\nThe death toll from the tunnel fire rose to seven, police said.\n\nPublished on 7 March 2024\nTunnel fire: lorry driver held\n\nThe seven victims were four Norwegians, two Swedes and a Pole, police said.";
    let found = claims(text);
    assert_eq!(found[1].article, 1);
    assert!(found.iter().all(|c| c.category == "deaths"), "{found:#?}");
    // After the source too, and named in the middle of a sentence.
    let text = "The tanker blast killed 48 people. The agency said the 46 victims included 29 men, 12 women and five children.";
    let found = claims(text);
    assert!(found.iter().all(|c| c.category == "deaths"), "{found:#?}");
    assert!(
        found[2..].iter().all(|c| c.part_of == Some(found[1].id)),
        "{found:#?}"
    );
    // With no death counted, victims may be the hurt: they stay a plain count.
    let found = claims("Les victimes, trois Belges et deux Lyonnais, ont été soignées sur place.");
    assert!(found.iter().all(|c| c.category != "deaths"), "{found:#?}");
}

#[test]
fn extract_reads_people_who_went_somewhere_as_no_displaced() {
    let found = claims("Sur les 19 212 électeurs inscrits, 12 180 se sont déplacés dimanche.");
    assert_eq!(found[1].category, "count");
    let c = only("Quelque 3 000 habitants ont été déplacés par les crues.");
    assert_eq!(c.category, "displaced");
    // Held for removal is held.
    let c = only("Onze personnes ont été placées en rétention administrative.");
    assert_eq!(c.category, "arrests");
    // An amount takes the currency a later amount of its sentence names.
    let found =
        claims("On parle de 2,4 millions, mais l'assureur n'a versé que 1,1 million d'euros.");
    assert_eq!(found[0].unit, Unit::Currency("EUR".into()));
    // A decree is no arrest.
    let c = only("La cuisine, qui emploie 64 salariés, a été fermée par arrêté préfectoral.");
    assert_eq!(c.category, "count");
}

#[test]
fn extract_reads_more_of_the_same_and_a_few_english_phrases() {
    let found =
        claims("Police said 214 people had been arrested in Nairobi, and 37 more in Mombasa.");
    assert!(found.iter().all(|c| c.category == "arrests"), "{found:#?}");
    let rows = [
        (
            "Organisers said more than 20,000 people had joined the march.",
            "crowd",
        ),
        ("They were backed by 60 army engineers.", "troops"),
        (
            "The fire left nearly 300 people without shelter.",
            "displaced",
        ),
        ("Thousands march against the lithium mine.", "crowd"),
        ("Police recovered the bodies of four people.", "deaths"),
        (
            "It brought to 11 the number of deaths recorded this year.",
            "deaths",
        ),
        (
            "On Monday, 620 migrants were being sheltered at the station.",
            "displaced",
        ),
        (
            "About 1,200 people spent the night in relief centres.",
            "displaced",
        ),
        (
            "Some 480 people spent Tuesday night in an emergency shelter.",
            "displaced",
        ),
        (
            "Officials said one firefighter, a 52-year-old volunteer, died in the flames.",
            "deaths",
        ),
        (
            "The ministry will recruit a thousand health workers by March.",
            "count",
        ),
    ];
    for (text, category) in rows {
        assert_eq!(only(text).category, category, "{text}");
    }
}

#[test]
fn extract_reads_agents_of_a_trade_as_no_police() {
    let c = only("La grève est suivie par les 780 agents de collecte de la métropole.");
    assert_eq!((c.category.as_str(), c.unit), ("count", Unit::People));
    for text in [
        "Une quarantaine d'agents du RAID ont été mobilisés.",
        "Quelque 300 agents de police ont été déployés.",
    ] {
        assert_eq!(only(text).category, "troops", "{text}");
    }
}

#[test]
fn extract_reads_what_a_dispute_is_about_and_who_fills_a_place() {
    // "over" after a trial or a row says what it is about; elsewhere it bounds the figure.
    let c = only("Former fund chiefs go on trial in Lusaka over $18.6m losses.");
    assert_eq!(c.qualifier, Qualifier::Exact);
    assert_eq!(
        only("The fund lost over $18.6m.").qualifier,
        Qualifier::MoreThan
    );
    let c = only("The centre, built for refugees, was housing nearly 1,300 on Monday.");
    assert_eq!(c.category, "displaced", "{c:#?}");
    let c = only("Dozens of riders packed the council chamber.");
    assert_eq!(c.category, "crowd", "{c:#?}");
}

#[test]
fn extract_keeps_agents_and_things_out_of_what_befell_people() {
    // Those who carried out an operation are deployed, whatever it achieved.
    let found = claims(
        "Une opération menée par 60 gendarmes a permis l'interpellation de neuf orpailleurs.",
    );
    assert_eq!(
        (found[0].category.as_str(), found[1].category.as_str()),
        ("troops", "arrests"),
        "{found:#?}"
    );
    // Things listed after a breakdown of people are no part of it.
    let found = claims("Trente-deux personnes ont été interpellées, dont 27 Brésiliens, et 19 voitures ont été saisies.");
    assert_eq!(found[1].part_of, Some(found[0].id), "{found:#?}");
    assert_eq!(
        (found[2].category.as_str(), found[2].part_of),
        ("count", None),
        "{found:#?}"
    );
    // A hospital treating patients counts the injured.
    let c = only("The medical centre was treating 29 patients on Sunday.");
    assert_eq!(c.category, "injured", "{c:#?}");
}

#[test]
fn extract_reads_increments_hospitals_ages_and_long_asides() {
    // "N more" adds to a count: it is no count to hold against the total.
    let found = claims("Police made 31 arrests on Saturday. Seven more people were detained on Sunday, bringing the total to 38.");
    assert!(found[1].reference && !found[2].reference, "{found:#?}");
    for text in [
        "Le bilan s'élève à 27 morts, après la découverte de 6 corps supplémentaires.",
        "The toll rose to 27 after six additional bodies were recovered.",
    ] {
        let found = claims(text);
        assert!(!found[0].reference && found[1].reference, "{found:#?}");
    }
    // Others than the dead are all the injured, a count to hold against the others.
    for text in [
        "The fire killed 11 people and injured 54 others, officials said.",
        "L'explosion a fait quatre morts et blessé 23 autres personnes.",
    ] {
        let found = claims(text);
        let read: Vec<_> = found
            .iter()
            .map(|c| (c.category.as_str(), c.reference))
            .collect();
        assert_eq!(read, [("deaths", false), ("injured", false)], "{text}");
    }
    let c = only("Les urgences du pays ont enregistré 1 240 admissions liées à la chaleur.");
    assert_eq!(c.category, "injured", "{c:#?}");
    let c = only("Eleven people were taken to the University Hospital of Wales.");
    assert_eq!(c.category, "injured", "{c:#?}");
    // Someone named by a noun of what they do is aged in years; a period is not.
    let found = claims("Deux patients, un agriculteur de 61 ans du Lorrain et un homme de 47 ans de Sainte-Marie, sont décédés la semaine dernière.");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].category, "deaths");
    assert_eq!(
        only("Le parking restera fermé pour une durée d'au moins six mois.").value,
        6.0
    );
    let c = only("Thousands cross into South Sudan as fighting flares.");
    assert_eq!(c.category, "displaced");
}

#[test]
fn extract_joins_a_count_for_another_place_to_a_list_given_place_by_place() {
    let found = claims("In Romania alone, 26 suspects were detained during house searches, while 9 were arrested in Italy and 6 in Spain.");
    let arrests: Vec<&Claim> = found.iter().filter(|c| c.category == "arrests").collect();
    assert_eq!(arrests.len(), 3, "{found:#?}");
    assert!(
        arrests
            .iter()
            .all(|c| c.list.is_some() && c.list == arrests[1].list),
        "{found:#?}"
    );
}

#[test]
fn extract_reads_appositions_and_colon_lists_as_lists_that_add_up() {
    let found = claims("Au total, 14 personnes ont été blessées, neuf policiers et trois manifestants, selon la préfecture.");
    assert!(
        found[1..].iter().all(|c| c.category == "injured"
            && c.part_of == Some(found[0].id)
            && c.list == Some(found[1].id)),
        "{found:#?}"
    );
    // "soit" opens a list as a colon does; before one figure it says the same again.
    let found = claims(
        "L'administrateur fait état d'un bilan de 31 morts, soit 20 hommes, 7 femmes et 4 enfants.",
    );
    assert!(
        found[1..]
            .iter()
            .all(|c| c.category == "deaths" && c.part_of == Some(found[0].id)),
        "{found:#?}"
    );
    let found = claims("Dans le reste du pays, 96 personnes ont été arrêtées, soit 528 au total.");
    assert_eq!(found[1].part_of, None, "{found:#?}");
    // Trades the lexicon names as people: "dockers", "éleveurs".
    let found = claims(
        "Sept personnes ont été interpellées, quatre dockers et deux éleveurs venus de Vitré.",
    );
    assert!(
        found[1..]
            .iter()
            .all(|c| c.category == "arrests" && c.part_of == Some(found[0].id)),
        "{found:#?}"
    );
    let found = claims(
        "Au total, 27 personnes ont été interpellées : 14 à Avignon, 8 au Pontet et 3 à Cavaillon.",
    );
    assert!(
        found[1..]
            .iter()
            .all(|c| c.category == "arrests" && c.part_of == Some(found[0].id)),
        "{found:#?}"
    );
    // Figures counted place by place after a comma are no apposition of the first.
    let found = claims(
        "Of the dead, 28 were recorded in Camarines Sur, 11 in Albay and nine in Northern Samar.",
    );
    assert!(found.iter().all(|c| c.part_of.is_none()), "{found:#?}");
}

#[test]
fn extract_sets_apart_a_month_of_another_year_and_reads_more_ages() {
    let found = claims("Publié le 12 novembre 2024\nCarambolage\n\nSur le même tronçon, un accident avait fait 1 mort et 9 blessés en décembre 2019.\n");
    assert!(found.iter().all(|c| c.year == Some(2019)), "{found:#?}");
    let found =
        claims("Deux personnes ont été tuées, un chauffeur routier de 58 ans et une passagère.");
    assert_eq!(found.len(), 1, "{found:#?}");
    // An adjective between the noun and the age; not a building's years.
    let found =
        claims("Trois personnes ont été interpellées, dont une infirmière libérale de 24 ans.");
    assert_eq!(found.len(), 1, "{found:#?}");
    let found = claims(
        "« Tout a brûlé », raconte une agricultrice de 41 ans, relogée avec ses trois enfants.",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    let c = only(
        "La police a évacué un ancien immeuble de bureaux occupé depuis quinze mois rue Carnot.",
    );
    assert_eq!(c.value, 15.0);
}

#[test]
fn extract_reads_seconds_and_residents_of_a_home() {
    let c = only("Un lavage des mains d'au moins 30 secondes reste la meilleure protection.");
    assert_eq!(
        (c.category.as_str(), c.unit.clone()),
        ("measure", Unit::Measure("second".into()))
    );
    // "résidents" of a care home are no population of a place; "habitants" are.
    assert_eq!(
        only("Depuis samedi, 38 résidents ont présenté des symptômes.").category,
        "count"
    );
    assert_eq!(
        only("La commune compte 9 800 habitants.").category,
        "population"
    );
}

#[test]
fn extract_sets_apart_those_still_held_after_a_larger_count() {
    let found = claims("Au total, 27 personnes ont été interpellées. Mercredi soir, 19 suspects restaient en garde à vue.");
    assert!(!found[0].reference && found[1].reference, "{found:#?}");
    assert_eq!(found[1].category, "arrests");
    // With no larger count before, those in custody in the body are the count; in a headline,
    // some of what the body counts.
    let found = claims("Rixe à Vernon\n\nMercredi soir, 19 suspects restaient en garde à vue.");
    assert!(!found[0].reference, "{found:#?}");
    let c = only("Police arrest 61 after night of looting in Port Halden");
    assert_eq!((c.category.as_str(), &c.unit), ("arrests", &Unit::People));
    let c = only("\"The 32 suspects in our custody will be charged soon,\" he said.");
    assert_eq!(c.category, "arrests");
    // The verb after a figure inside the subject's complement is the subject's.
    for text in [
        "Officials said 2,450 persons from 780 families were evacuated.",
        "Depuis lundi, quatre résidents de cet Ehpad de 86 lits sont morts.",
    ] {
        let found = claims(text);
        let read: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
        assert!(read[0] != "count" && read[1] == "count", "{text}: {read:?}");
    }
    // A capacity counts places, not those held in them.
    let found =
        claims("The territory holds 2,600 people in custody in prisons designed for about 1,800.");
    assert_eq!(
        (found[0].category.as_str(), found[1].category.as_str()),
        ("arrests", "count"),
        "{found:#?}"
    );
    let c = only("La prison, prévue pour 430 détenus, en accueille le double.");
    assert_eq!(c.category, "count");
    let found = claims("Rixe à Vernon : 19 suspects restent en garde à vue\n\nLa police a interpellé 27 personnes.");
    assert!(found[0].reference && !found[1].reference, "{found:#?}");
    // "Still" past a noun of three words.
    let found = claims("Dix-sept personnes ont été interpellées. Le parquet indique que 9 gardes à vue sont toujours en cours.");
    assert!(found[1].reference, "{found:#?}");
}

#[test]
fn extract_reads_the_event_past_a_closing_quote_or_an_aside_of_some() {
    let c = only("Le maire évoque « des centaines de jeunes » rassemblés via les réseaux sociaux.");
    assert_eq!(c.category, "crowd", "{c:#?}");
    let c = only("Dozens of retirees, some holding placards, gathered outside the court.");
    assert_eq!(c.category, "crowd", "{c:#?}");
    let c = only("Hundreds of drivers picketed outside the depots.");
    assert_eq!(c.category, "crowd", "{c:#?}");
    // An aside of ages, or one that names those counted.
    let found = claims("Sept hommes, âgés de 19 à 31 ans, ont été interpellés mardi.");
    assert_eq!(found[0].category, "arrests", "{found:#?}");
    let c = only("Two people, the driver and his brother, were arrested at the scene.");
    assert_eq!(c.category, "arrests", "{c:#?}");
    let c = only("Two infants, both under three months old, have died.");
    assert_eq!(c.category, "deaths", "{c:#?}");
}

#[test]
fn extract_reads_more_ways_of_losing_a_home() {
    for text in [
        "Lundi, la préfecture a fait évacuer 150 personnes à Crouy.",
        "Au total, 1 450 personnes ont dû partir.",
        "Une centaine de personnes dorment dehors près du canal.",
        "Entre 600 et 700 exilés vivaient encore sur le site.",
        "The council said 88 households had been placed in emergency accommodation.",
    ] {
        assert_eq!(only(text).category, "displaced", "{text}");
    }
    // The inhabitants of a neighbourhood are its population, whatever befell others.
    let found =
        claims("Dans ce quartier de quelque 4 000 habitants, 1 450 personnes ont dû partir.");
    assert_eq!(found[0].category, "population", "{found:#?}");
}

#[test]
fn extract_keeps_staff_and_those_sent_to_help_apart_from_troops() {
    let found =
        claims("Quelque 1 200 techniciens, dont 300 venus d'autres régions, ont été mobilisés.");
    assert!(found.iter().all(|c| c.category == "count"), "{found:#?}");
    assert_eq!(
        only("Les grévistes réclament l'embauche de 45 agents supplémentaires.").category,
        "count"
    );
    let c = only("The company deployed more than a thousand engineers.");
    assert_eq!(c.category, "count", "{c:#?}");
    let found = claims("Around 60 firefighters and 12 appliances were deployed.");
    assert!(found.iter().all(|c| c.category == "count"), "{found:#?}");
    // Nouns the lexicon does not know, of people or things.
    for text in [
        "Le Bureau d'enquêtes a dépêché trois enquêteurs sur place.",
        "Some 1,400 linemen have been deployed to repair the network.",
        "Plus de 200 pompiers et une trentaine de plongeurs ont été mobilisés.",
        "The Coast Guard has deployed two cutters to the area.",
    ] {
        let found = claims(text);
        assert!(found.iter().all(|c| c.category == "count"), "{found:#?}");
    }
    // Police sent out are troops, and so are the men, personnel and guards of a force.
    for text in [
        "Quelque 200 agents de police ont été déployés.",
        "Around 350 army personnel have been deployed.",
        "Bangladesh has deployed around 1,200 border guards.",
        "Riot police, some 600 of whom had been deployed, charged the crowd.",
        "Around 30 sailors were deployed for the rescue.",
    ] {
        assert_eq!(only(text).category, "troops", "{text}");
    }
}

#[test]
fn extract_reads_a_magnitude_named_before_its_figure() {
    for text in [
        "The magnitude 6.4 earthquake struck on Sunday.",
        "La plus forte réplique a atteint une magnitude de 3,2.",
        "Residents slept outside after the 6.4 quake.",
        "Le séisme de 5,8 a été ressenti jusqu'à Agadir.",
        "The strongest of the aftershocks measured 5.3 on Saturday.",
    ] {
        assert_eq!(only(text).unit, Unit::Measure("magnitude".into()), "{text}");
    }
}

#[test]
fn extract_reads_units_of_heat_length_and_flow_and_a_unit_before_a_dimension() {
    for (text, unit) in [
        ("Rains had made the 60-metre-deep pit unstable.", "m"),
        (
            "The crowd surged near the 12-foot-wide eastern gate.",
            "foot",
        ),
        ("Temperatures hit 112 F in the valley.", "fahrenheit"),
        ("It was 29 Celsius by noon.", "celsius"),
        ("Damage stretched roughly 800 yards along the road.", "yard"),
        ("The flow rose to 172,000 cusecs on Saturday.", "cusec"),
        (
            "Les rations ont été ramenées à 1 050 kilocalories par jour.",
            "kcal",
        ),
    ] {
        assert_eq!(only(text).unit, Unit::Measure(unit.into()), "{text}");
    }
    // A unit that opens a compound noun is no unit.
    assert_eq!(
        only("About 1.3 million day-trippers came.").category,
        "count"
    );
}

#[test]
fn extract_ends_a_breakdown_at_but() {
    let found = claims("Eleven people have been treated in hospital, including two with meningitis, but no deaths have been reported.");
    assert_eq!(found[1].part_of, Some(found[0].id), "{found:#?}");
    assert_eq!(
        (found[2].category.as_str(), found[2].part_of),
        ("deaths", None),
        "{found:#?}"
    );
}

#[test]
fn extract_reads_an_age_group_as_no_claim() {
    let found = claims("Une campagne de vaccination ciblant les plus de 65 ans a débuté : 23 500 doses ont été commandées.");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].value, 23500.0);
    let c = only("La consommation d'alcool chez les 18-25 ans a progressé de 12 %.");
    assert_eq!(c.value, 12.0);
    let c = only(
        "Publié le 3 mars 2025\n\nOn dénombre près de 2 300 jeunes de moins de 26 ans inscrits.\n",
    );
    assert_eq!(c.value, 2300.0);
}

#[test]
fn extract_tells_inmates_from_people_held() {
    // "N détenus" are inmates; people "détenus" after their noun are held.
    let found = claims("Depuis, 296 détenus et 58 surveillants ont passé un test de dépistage.");
    assert!(found.iter().all(|c| c.category == "count"), "{found:#?}");
    assert_eq!(
        only("Lundi, 7 989 individus détenus ont été recensés.").category,
        "arrests"
    );
    assert_eq!(
        only("Au total, 120 personnes sont détenues.").category,
        "arrests"
    );
    // Amounts listed after an amount are amounts of its currency.
    let found = claims(
        "Le préjudice : 2,1 millions d'euros de surfacturations, 1,3 million de travaux fictifs.",
    );
    assert!(found.iter().all(|c| c.category == "money"), "{found:#?}");
    // An amount that names what money pays for or is owed, in the sentence after an amount.
    let found = claims("Le fisc réclame 142 milliards de francs CFA. Ce redressement se décompose en 97,4 milliards de droits et 44,6 milliards de pénalités.");
    assert!(
        found.iter().all(|c| c.unit == Unit::Currency("XOF".into())),
        "{found:#?}"
    );
    // The Congolese franc by its abbreviation.
    let c = only("Le budget s'élève à 49 846,8 milliards de FC.");
    assert_eq!(c.unit, Unit::Currency("CDF".into()), "{c:#?}");
    // Not an amount in millions of anything else.
    let found = claims("Le plan coûte 12 millions d'euros. Il protège 1,2 million d'habitants.");
    assert_eq!(found[1].category, "population", "{found:#?}");
}

#[test]
fn extract_gives_each_figure_the_source_named_right_after_it() {
    let found = claims("Environ 2 500 pêcheurs selon la préfecture, 6 000 selon les organisateurs, ont défilé jeudi.");
    let sources: Vec<_> = found.iter().map(|c| c.source.as_deref()).collect();
    assert_eq!(
        sources,
        [Some("préfecture"), Some("organisateurs")],
        "{found:#?}"
    );
    // Two sources' figures for one count count the same thing.
    assert!(found.iter().all(|c| c.category == "crowd"), "{found:#?}");
    // Who issued the document a figure is taken from, not the document.
    let c = only("Le séisme a fait 212 morts, selon un nouveau bilan communiqué lundi par le ministère de l'Intérieur.");
    assert_eq!(
        c.source.as_deref(),
        Some("ministère de l'Intérieur"),
        "{c:#?}"
    );
    let c =
        only("Some 640 homes were flooded, according to figures released by the county council.");
    assert_eq!(c.source.as_deref(), Some("county council"), "{c:#?}");
    // A bare noun after "according to" names the source; "d'après-midi" names none.
    assert_eq!(
        only("Some 12,000 people marched, according to police.")
            .source
            .as_deref(),
        Some("police")
    );
    assert_eq!(
        only("Le camion a fait six morts en fin d'après-midi.").source,
        None
    );
}

#[test]
fn extract_reads_years_between_currencies_and_fighters() {
    // Years joined by "between" stay years, whatever comes after them.
    let c = only(
        "Prosecutors said that between 2016 and 2020 Hollis steered contracts worth £38 million to friends.",
    );
    assert_eq!(c.value, 38_000_000.0);
    let c = only("The government will pay 15,000 lari to each family.");
    assert_eq!(c.unit, Unit::Currency("GEL".into()));
    let c =
        only("The rebel front, which has between 3,000 and 5,000 fighters, rejected the offer.");
    assert_eq!(c.category, "troops");
}

#[test]
fn extract_links_the_parts_listed_after_a_colon_to_the_count_before_it() {
    let found = claims("Le SAMU a reçu 310 appels dans la nuit : 190 pour des malaises, 80 pour des chutes et 40 pour des brûlures.");
    assert_eq!(found.len(), 4, "{found:#?}");
    assert!(
        found[1..]
            .iter()
            .all(|c| c.part_of == Some(found[0].id) && c.list == Some(found[1].id)),
        "{found:#?}"
    );
    // Parts that count something else than the figure before are no parts of it.
    let found = claims("L'accident a fait 14 victimes : 3 morts et 11 blessés.");
    assert!(found.iter().all(|c| c.part_of.is_none()), "{found:#?}");
    assert_eq!(found[2].category, "injured", "{found:#?}");
    // Past a span of time before the colon, over a distance inside the list, up to the part
    // after "et": the parts of the people evacuated, not the camps after "où".
    let found = claims("Quelque 9 300 personnes ont été évacuées en moins de 20 heures : 6 100 vers Tarvé, à une trentaine de kilomètres, et 2 950 vers Oumba, où trois camps ont été ouverts.");
    let read: Vec<(&str, &str, bool)> = found
        .iter()
        .map(|c| {
            (
                c.text.as_str(),
                c.category.as_str(),
                c.part_of == Some(found[0].id),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            ("9 300", "displaced", false),
            ("20", "measure", false),
            ("6 100", "displaced", true),
            ("une trentaine", "measure", false),
            ("2 950", "displaced", true),
            ("trois", "count", false),
        ]
    );
    // "welders and fitters" is no end of the list.
    let found = claims("A total of 3,400 employees joined the stoppage: 2,100 welders and fitters, 900 electricians and 250 crane operators.");
    assert!(
        found[1..].iter().all(|c| c.part_of == Some(found[0].id)),
        "{found:#?}"
    );
}

#[test]
fn extract_reads_a_split_after_a_pronoun_and_a_state_after_a_comma() {
    // "Il" stands for the amount of the sentence before.
    let found = claims("Le coût total du chantier est estimé à 12,6 millions d'euros. Il se répartit, selon la mairie, entre 8,1 millions pour la voirie et 3,2 millions pour l'éclairage.");
    assert!(
        found[1..].iter().all(|c| c.part_of == Some(found[0].id)),
        "{found:#?}"
    );
    // So does a noun, for an amount larger than each part; every amount listed is a part.
    let found = claims("The council faces a £27.5m shortfall next year. The gap is made up of £14.1m in social care, £6.2m in transport, £3.9m in libraries and £2.8m from energy costs.");
    assert!(
        found[1..].iter().all(|c| c.part_of == Some(found[0].id)),
        "{found:#?}"
    );
    // Some of the figure before, in a state: no part of a list with it.
    let found = claims("Police said 41 people were injured. Nine of them were still in hospital, three in critical condition.");
    assert!(found[1..].iter().all(|c| c.list.is_none()), "{found:#?}");
    // Refused access is no denial of a figure.
    let c = only("Lawyers said the 52 people arrested had been denied access to counsel.");
    assert_eq!(c.status, Status::Asserted);
}

#[test]
fn extract_reads_arrivals_camps_and_nights_in_a_hall_as_displaced() {
    for text in [
        "Entre 300 et 500 nouveaux arrivants franchissent la frontière chaque semaine.",
        "Many sought safety at a displacement camp that already hosts 9,000 people.",
        "Quelque 140 personnes ont dormi à la salle des fêtes de la commune.",
    ] {
        assert_eq!(only(text).category, "displaced", "{text}");
    }
}

#[test]
fn extract_links_parts_of_things_to_a_count_of_things_before_them() {
    // "Of those" after a count of things and one of people: the parts count things.
    let found = claims("The strike forced the cancellation of 380 flights, affecting 52,000 passengers. Of those, 170 flights were cancelled at Fiumicino, 120 at Malpensa and 70 at Naples.");
    assert!(
        found[2..]
            .iter()
            .all(|c| c.part_of == Some(found[0].id) && c.list == Some(found[2].id)),
        "{found:#?}"
    );
    let found = claims("Teachers walked out, closing 1,900 schools. Of those schools, 1,300 were fully closed and 560 stayed partly open.");
    assert!(
        found[1..].iter().all(|c| c.part_of == Some(found[0].id)),
        "{found:#?}"
    );
    // A part of a part ends the list after a colon.
    let found = claims("Selon la préfecture, 31 personnes ont été blessées : 18 gendarmes et 11 manifestants, dont 3 ont été hospitalisés.");
    assert_eq!(found[3].list, None, "{found:#?}");
}

#[test]
fn extract_reads_the_hour_of_a_day_and_a_pupil_s_age_as_no_claims() {
    assert!(claims("La vigilance rouge est maintenue jusqu'à samedi 8 heures.").is_empty());
    let found =
        claims("Un cinquième cas a été signalé chez un lycéen de 17 ans, hospitalisé à Vannes.");
    assert!(found.is_empty(), "{found:#?}");
    // A duration stays one.
    assert_eq!(
        only("Le niveau de la rivière est monté en quatre heures.").value,
        4.0
    );
}

#[test]
fn extract_reads_places_after_a_stated_total_and_the_dead_of_a_frame() {
    let found = claims("Au total, 26 personnes ont été interpellées, 19 à Lens et 7 à Liévin.");
    assert_eq!(found[0].list, None, "{found:#?}");
    assert!(
        found[1..]
            .iter()
            .all(|c| c.part_of == Some(found[0].id) && c.list == Some(found[1].id)),
        "{found:#?}"
    );
    // Among the dead, whatever else befell them.
    let found = claims("Among the dead were three children swept away by a swollen stream.");
    assert_eq!(found[0].category, "deaths", "{found:#?}");
}

#[test]
fn extract_reads_amounts_of_the_total_as_its_parts() {
    let found = claims("The council approved a $310 million budget on Tuesday. It also set aside $12 million for repairs. Of the total, $150 million goes to schools, $90 million to roads and the remaining $60 million to parks.");
    assert!(
        found[2..].iter().all(|c| c.part_of == Some(found[0].id)),
        "{found:#?}"
    );
}

#[test]
fn extract_divides_no_figure_many_times_smaller_than_the_part() {
    let found = claims("About 30,000 households lost power after lightning struck three substations; supply had been restored to 24,000 of them by evening.");
    assert_eq!(found[2].part_of, Some(found[0].id), "{found:#?}");
    // A part a little larger than its whole is still its part: the breakdown rule reports it.
    let found = claims("In total, 40 people were detained, 52 of whom have been charged.");
    assert_eq!(found[1].part_of, Some(found[0].id), "{found:#?}");
}

#[test]
fn extract_reads_a_frame_opened_by_those() {
    let found = claims("Police arrested 64 people in the raids. Those detained included 41 Ghanaians, 15 Ivorians and 8 Malians.");
    assert!(
        found[1..]
            .iter()
            .all(|c| c.category == "arrests" && c.part_of == Some(found[0].id)),
        "{found:#?}"
    );
}

#[test]
fn extract_reads_the_noun_past_two_joined_names_and_a_clause_after_after() {
    let found =
        claims("The patrol, made up of about 45 Senegalese and Togolese troops, was ambushed.");
    assert_eq!(found[0].category, "troops", "{found:#?}");
    let found = claims(
        "The toll climbed to five after the body of a missing fisherman was found on Monday.",
    );
    assert_eq!(found[0].category, "deaths", "{found:#?}");
    let found = claims("Le bilan est passé à quatre morts après la découverte d'un disparu.");
    assert_eq!(found[0].category, "deaths", "{found:#?}");
}

#[test]
fn extract_reads_a_bare_count_after_a_comma_as_part_of_the_count_before() {
    let found = claims("Officers arrested five men, two for looting and three for assault.");
    assert!(found.iter().all(|c| c.category == "arrests"), "{found:#?}");
}

#[test]
fn extract_reads_more_of_a_thing_of_its_own_as_no_more_people() {
    let found = claims(
        "La clinique, qui dessert près de 90 000 habitants, a installé 18 lits supplémentaires.",
    );
    assert_eq!(found[1].category, "count", "{found:#?}");
    assert_eq!(found[1].unit, Unit::Things, "{found:#?}");
}

#[test]
fn extract_reads_new_vocabulary_of_lives_crowds_shelter_and_injury() {
    let cases = [
        ("La tempête a coûté 12 vies dans la vallée.", "deaths"),
        (
            "The force has some 9,000 uniformed personnel in the region.",
            "troops",
        ),
        (
            "Une manifestation de 3 000 personnes a traversé la ville.",
            "crowd",
        ),
        (
            "Police watched a rally of about 600 people outside the court.",
            "crowd",
        ),
        (
            "Nearly 90 parents attended an open meeting at the school.",
            "crowd",
        ),
        (
            "Their 14 tenants were moved into a hotel by the council.",
            "displaced",
        ),
        (
            "Three climbers were struck by lightning on the ridge.",
            "injured",
        ),
    ];
    assert_first_categories(&cases);
}

#[test]
fn extract_reads_over_after_a_sentence_as_what_it_is_for() {
    let found = claims("Builder jailed over £1.4m roofing fraud");
    assert_eq!(found[0].qualifier, Qualifier::Exact, "{found:#?}");
}

#[test]
fn extract_reads_places_after_a_count_placed_nowhere_as_its_parts() {
    let found = claims(
        "The ministry said 17 people had been detained, 8 in Leeds, 6 in York and 3 in Hull.",
    );
    assert_parts_of_the_first(&found, "arrests");
    // A count placed itself heads a list of places, not their total.
    let found = claims("Cinq blessés sont soignés au centre hospitalier de Laval, trois à Angers et deux à Nantes.");
    assert!(found.iter().all(|c| c.part_of.is_none()), "{found:#?}");
}

#[test]
fn extract_reads_what_happened_past_ages_and_an_equivalent_aside() {
    let found = only("Au total, sept hommes âgés de 19 à 44 ans ont été interpellés jeudi.");
    assert_eq!(found.category, "arrests", "{found:#?}");
    let found = claims("Some 800 households, or about 3,000 people, have fled the valley.");
    assert!(
        found.iter().all(|c| c.category == "displaced"),
        "{found:#?}"
    );
    // Teams are counted things, not those who took part.
    let found = claims(
        "Quelque 60 policiers, appuyés par trois équipes cynophiles, ont participé à l'opération.",
    );
    assert_eq!(found[1].category, "count", "{found:#?}");
}

#[test]
fn extract_lists_counts_given_by_reason() {
    let found = claims("Selon le parquet, sept personnes ont été interpellées pour vols, quatre pour recel et deux pour outrage.");
    assert!(
        found
            .iter()
            .all(|c| c.category == "arrests" && c.list == Some(found[0].id) && c.part_of.is_none()),
        "{found:#?}"
    );
}

#[test]
fn extract_reads_what_happened_past_where_those_counted_are_from() {
    let found = claims("Quelque 650 habitants de trois hameaux ont été évacués dans la nuit.");
    assert_eq!(found[0].category, "displaced", "{found:#?}");
    // "et de 9 décès" opens another count, not where the first is from.
    let found = claims("Les autorités ont fait état de 230 cas suspects de choléra et de 7 décès.");
    assert_eq!(found[0].category, "count", "{found:#?}");
}

#[test]
fn extract_reads_marches_teams_and_aircraft_as_things_and_admissions_as_a_crowd() {
    let cases = [
        (
            "Les syndicats ont organisé quatre cortèges dans le département.",
            "count",
        ),
        ("Police counted three marches in the city centre.", "count"),
        ("Huit Canadair ont été engagés sur le feu.", "count"),
        ("Le festival a enregistré 9 000 entrées samedi.", "crowd"),
        ("The navy has some 12,000 active personnel.", "troops"),
        ("Un immeuble évacué, 37 habitants à la rue", "displaced"),
        (
            "Quelque 300 personnes avaient trouvé refuge dans les gymnases.",
            "displaced",
        ),
        (
            "Le cyclone a laissé près de 14 000 personnes sans toit.",
            "displaced",
        ),
        // Winched to safety: those rescued, not displaced.
        (
            "Quatre randonneurs ont été hélitreuillés dimanche matin.",
            "count",
        ),
    ];
    assert_first_categories(&cases);
}

#[test]
fn extract_reads_an_hour_after_jusqu_a_as_a_time_unless_it_lasts() {
    assert!(claims("La route est restée fermée jusqu'à 22 heures.").is_empty());
    assert_eq!(
        only("Les coupures privent le quartier de courant jusqu'à 14 heures par jour.").value,
        14.0
    );
}

#[test]
fn extract_reads_some_of_the_injured_who_died_as_dead() {
    for text in [
        "Four of the seriously injured died in hospital overnight.",
        "Deux des blessés sont décédés dans la nuit.",
    ] {
        assert_eq!(only(text).category, "deaths", "{text}");
    }
    for text in [
        "Three of the injured remain in critical condition.",
        "Quatorze des blessés ont été transférés à Lyon.",
    ] {
        assert_eq!(only(text).category, "injured", "{text}");
    }
}

#[test]
fn extract_reads_the_verb_of_objects_whose_first_is_named() {
    for text in [
        "Police arrested the boat's owner and two crew members on Monday.",
        "Police said they had detained the factory owner and three engineers.",
        "Le procureur a ordonné l'arrestation du directeur du site et de deux de ses adjoints.",
    ] {
        assert_eq!(only(text).category, "arrests", "{text}");
    }
    // Two of three held: no count to hold against others.
    assert!(only("Police arrested the owner of the den and two of her attendants.").reference);
    // Not the next part of a list.
    let found = claims("Au total, 23 personnes ont été interpellées : neuf lors de l'évacuation du barrage et 14 devant la préfecture.");
    assert!(found.iter().all(|c| c.category == "arrests"), "{found:#?}");
}

#[test]
fn extract_links_no_part_several_times_larger_than_its_whole() {
    for text in [
        "Residents of all 36 flats in the building were evacuated, and about 120 of them have been housed in a community hall.",
        "Les sinistrés sont répartis dans 14 sites d'accueil, dont 2 100 pour le seul quartier de Kirkissoye.",
    ] {
        let found = claims(text);
        assert!(found.iter().all(|c| c.part_of.is_none()), "{found:#?}");
    }
    // A part a little larger than its whole stays its part: the breakdown rules report it.
    let found = claims("La police a saisi 14 véhicules, dont 15 voitures de luxe.");
    assert_eq!(found[1].part_of, Some(found[0].id), "{found:#?}");
}

#[test]
fn extract_sets_bodies_found_after_a_larger_toll_apart() {
    let found = claims("Au moins 52 personnes ont péri dans le naufrage. Les 37 corps identifiés à ce jour sont ceux de ressortissants de quatre pays.");
    assert_eq!(found[1].category, "deaths", "{found:#?}");
    assert_eq!(found[1].group.as_deref(), Some(crate::claim::BODIES));
    let found = claims(
        "The toll has risen to 112. Rescue teams recovered the bodies of 38 people from the sea.",
    );
    assert_eq!(found[1].group.as_deref(), Some(crate::claim::BODIES));
    // Bodies with no larger toll before them are the toll.
    let found = claims("Coastguard divers have recovered nine bodies. The toll later rose to 16.");
    assert_eq!(found[0].group, None, "{found:#?}");
}

#[test]
fn extract_sets_those_held_for_trial_apart_from_those_arrested() {
    let remanded = Some(crate::claim::REMANDED);
    for text in [
        "Douze personnes ont été interpellées mardi ; neuf ont été placées en détention provisoire.",
        "Douze personnes ont été interpellées mardi. Neuf suspects ont été écroués jeudi.",
        "Police arrested 12 people. The judge remanded nine of them in custody.",
        "Police arrested 12 people. Nine were remanded in custody on Friday.",
    ] {
        let found = claims(text);
        let groups: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|c| (c.category.as_str(), c.group.as_deref()))
            .collect();
        assert_eq!(groups, [("arrests", None), ("arrests", remanded)], "{text}");
    }
    let c = only("Le juge a placé 19 supporters sous mandat de dépôt.");
    assert_eq!(c.group.as_deref(), remanded);
    // Not past a comma; nor does a cue word that opens the sentence look before it.
    let found = claims("Six suspects ont été écroués, 14 avaient été interpellés.");
    assert_eq!(found[1].group, None, "{found:#?}");
    assert_eq!(only("Provisoire 12 interpellés.").group, None);
}

#[test]
fn extract_lists_no_whole_that_one_is_taken_from() {
    for text in [
        "Trois personnes sont mortes, dont l'un des deux chauffeurs, et 31 ont été blessées.",
        "Three people died, including one of the two drivers, and 31 were injured.",
    ] {
        let found = claims(text);
        assert_eq!(
            (found[1].category.as_str(), found[1].list, found[2].list),
            ("count", None, None),
            "{found:#?}"
        );
    }
}

#[test]
fn extract_reads_troops_lost_as_dead() {
    let found = only("Le groupe armé affirme avoir perdu une quinzaine de combattants.");
    assert_eq!(found.category, "deaths", "{found:#?}");
    let found = only("The battalion lost 18 soldiers in the ambush.");
    assert_eq!(found.category, "deaths", "{found:#?}");
    // Members who leave are no dead.
    let found = only("The union lost 500 members last year.");
    assert_ne!(found.category, "deaths", "{found:#?}");
}

#[test]
fn extract_reads_half_a_million_after_an_amount_as_money() {
    let found = claims("Councillors said the £1.8m gap was real, but that the cuts would save barely half a million in the first year.");
    assert_eq!(found[1].value, 500_000.0, "{found:#?}");
    assert_eq!(found[1].category, "money", "{found:#?}");
}

#[test]
fn extract_reads_a_reflexive_verb_past_an_aside_and_more_vocabulary() {
    let cases = [
        (
            "Quelque 300 personnes, élèves et enseignants, se sont rassemblées devant le collège.",
            "crowd",
        ),
        (
            "Les combats ont poussé 6 000 habitants à fuir la vallée.",
            "displaced",
        ),
        (
            "Environ 2 500 personnes ont traversé la frontière depuis lundi.",
            "displaced",
        ),
        (
            "Une quarantaine de riverains avaient pris place dans la salle.",
            "crowd",
        ),
        (
            "Some 40 residents had left their homes by nightfall.",
            "displaced",
        ),
        (
            "Près de 15 000 m³ de terre se sont détachés de la falaise.",
            "measure",
        ),
    ];
    assert_first_categories(&cases);
}

#[test]
fn extract_reads_more_millions_after_an_amount_as_money() {
    let found =
        claims("L'État versera 30 millions d'euros pour la digue. La région apportera 8 millions supplémentaires.");
    assert!(found.iter().all(|c| c.category == "money"), "{found:#?}");
}

#[test]
fn extract_reads_homes_animals_clinics_and_data_as_no_people() {
    let cases = [
        (
            "Les occupants de quatre appartements, soit onze personnes, ont été relogés.",
            "count",
        ),
        (
            "Des centaines de poissons morts flottaient sur la rivière.",
            "count",
        ),
        ("Two clinics were held in the village on Saturday.", "count"),
        (
            "Les pirates menacent de publier 80 gigaoctets de données.",
            "measure",
        ),
        (
            "La mairie a mobilisé une trentaine de bénévoles pour la fête.",
            "count",
        ),
        (
            "Trois cyclistes ont été transportés au centre hospitalier de Nîmes.",
            "injured",
        ),
        (
            "Trente-six enfants ont été transportés vers les centres hospitaliers de Quimper.",
            "injured",
        ),
        (
            "Thirty residents were moved out of the block on Sunday.",
            "displaced",
        ),
    ];
    assert_first_categories(&cases);
}

#[test]
fn extract_reads_a_level_reached_after_up_as_no_bound() {
    let found = only("Applications from Wales edged up to 3,400 this year.");
    assert_eq!(found.qualifier, Qualifier::Exact, "{found:#?}");
    let found = only("Gusts reached up to 90 km/h on the coast.");
    assert_eq!(found.qualifier, Qualifier::UpTo, "{found:#?}");
}

#[test]
fn extract_gives_a_verb_before_a_list_to_every_part_of_it() {
    // "soldiers" counts troops elsewhere; killed, they are dead like the civilians.
    for text in [
        "Gunmen attacked the town, killing at least 19 civilians and 7 soldiers.",
        "Des hommes armés ont attaqué la ville, tuant 19 civils et 7 soldats.",
    ] {
        let found = claims(text);
        assert!(found.iter().all(|c| c.category == "deaths"), "{found:#?}");
    }
    // The rescued are counted, not dead; cases are counted, whatever the toll before them.
    let found = claims("Two people died and 14 were rescued after the crash.");
    assert_eq!(found[1].category, "count", "{found:#?}");
    // So are the trapped, who may yet be rescued; "others" of them are no more of the dead.
    for text in [
        "Two people died and 14 others were rescued after the crash.",
        "Three miners have died and about 20 others are trapped after water flooded the shaft.",
        "The blast killed at least 9 miners and trapped dozens more, the ministry said.",
        "The storm killed five fishermen, while 30 others were rescued by the coastguard.",
        "Trois corps ont été remontés. Cinq autres orpailleurs étaient toujours bloqués en fin de journée.",
    ] {
        let found = claims(text);
        let categories: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
        assert_eq!(categories, ["deaths", "count"], "{text}: {found:#?}");
    }
    let found = claims("Kamina compte 27 décès et Malemba 734 cas.");
    assert_eq!(found[1].category, "count", "{found:#?}");
}

#[test]
fn extract_holds_the_other_few_against_nothing_and_a_part_against_no_far_smaller_whole() {
    // "The other two" with no list before them are the rest of a toll, not a toll.
    let found = claims("Four people were killed. The other two victims were a guide and a skier.");
    assert!(found[1].reference, "{found:#?}");
    // A part is some of a whole at most a little smaller than it.
    let found = claims(
        "Between 20 and 30 agency workers will be let go. The union said around 90 of those affected are over 55.",
    );
    assert_eq!(found[1].part_of, None, "{found:#?}");
}

#[test]
fn extract_lists_the_others_who_died_with_the_dead_before_them() {
    // Where they died splits one toll: the parts add up to it rather than each being a toll.
    for text in [
        "Seventeen people died on the spot while four others succumbed to their injuries in hospital.",
        "Neuf passagers sont morts sur le coup et deux autres ont succombé à leurs blessures.",
    ] {
        let found = claims(text);
        assert_eq!(found.len(), 2, "{text}: {found:#?}");
        assert!(
            found
                .iter()
                .all(|c| c.category == "deaths" && c.list == Some(found[0].id)),
            "{text}: {found:#?}"
        );
    }
    // Bodies found since are in the new toll already, not more of it; nor are others of a part.
    for text in [
        "Le bilan est passé à 41 morts, après l'extraction de 9 corps supplémentaires.",
        "The bodies of nine people, including three children, were recovered and four others died.",
    ] {
        assert!(claims(text).iter().all(|c| c.list.is_none()), "{text}");
    }
}

#[test]
fn extract_breaks_down_only_an_aside_right_after_its_whole() {
    let found = claims("Kamina compte 1 012 cas et 27 décès, devant Malemba (734 cas, 19 décès).");
    assert_eq!(found[2].category, "count", "{found:#?}");
    assert_eq!(found[2].part_of, None, "{found:#?}");
    let found = claims("Le séisme a fait 12 morts (sept hommes et cinq femmes).");
    assert!(
        found[1..].iter().all(|c| c.part_of == Some(found[0].id)),
        "{found:#?}"
    );
}

#[test]
fn extract_sets_apart_counts_over_the_years_since_and_a_past_event_when() {
    let with = |text: &str| {
        let lexicon = Lexicon::embedded().unwrap();
        let dated = format!("Publié le 9 février 2024\nTitre\n\n{text}\n");
        claims_of(&dated, None, &lexicon).all().to_vec()
    };
    let found = with("Les violences ont fait plus de 20.000 morts depuis 2015, selon Acled.");
    assert!(found[0].reference, "{found:#?}");
    // The worst since a year is the news's own.
    let found = with("C'est le bilan le plus lourd depuis 2015, avec 45 morts.");
    assert!(!found[0].reference, "{found:#?}");
    let found = with("It is the first fatal crash since 2013, when four people died.");
    assert_eq!(found[0].year, Some(2013), "{found:#?}");
    let found =
        with("The mission has lost more than 200 peacekeepers since its deployment in 2014.");
    assert!(found[0].reference, "{found:#?}");
    let found = with("Le bilan est le plus lourd depuis la crue de 1999 en 2001, avec 45 morts.");
    assert!(!found[0].reference, "{found:#?}");
}

#[test]
fn extract_reads_bounds_said_with_a_negation_and_words_in_quotes() {
    let found = only("The minister said no more than 20 villagers had died.");
    assert_eq!(found.qualifier, Qualifier::UpTo, "{found:#?}");
    assert_eq!(found.category, "deaths", "{found:#?}");
    let found = only("Le ministre assure que pas plus de 20 villageois ont été tués.");
    assert_eq!(found.qualifier, Qualifier::UpTo, "{found:#?}");
    // Quotes around a few words mark them, not a clause of their own.
    let found = only("The minister said \"no more than 20\" villagers had died.");
    assert_eq!(found.category, "deaths", "{found:#?}");
    let found = claims(
        "The party lost three seats \"by fewer than 60 votes each\" and blamed the low turnout.",
    );
    assert_eq!(found[1].category, "count", "{found:#?}");
}

#[test]
fn extract_reads_more_of_a_thing_as_no_part_of_an_amount() {
    let found = claims(
        "The ministry said €4.5 million had been allocated, including 26 additional beds due to open in March.",
    );
    assert_eq!(found[1].unit, Unit::Things, "{found:#?}");
    assert_eq!(found[1].part_of, None, "{found:#?}");
    // Nor are "nine other districts" some of the dead listed before them.
    let found = claims("Of these, 19 deaths were reported from Balangir, 11 from Sambalpur and eight from Bargarh, with the rest spread over nine other districts.");
    assert_eq!(
        (found[3].category.as_str(), &found[3].unit),
        ("count", &Unit::Things),
        "{found:#?}"
    );
}

#[test]
fn extract_reads_places_of_described_areas_participles_and_coasts() {
    let rows = [
        (
            "In the neighbouring border village of Belsk, a strike killed two people.",
            "Belsk",
        ),
        (
            "Police searched six homes in Dundalk, arresting four people.",
            "Dundalk",
        ),
        ("Six people were detained on the Gold Coast.", "Gold Coast"),
        (
            "In the central port city of Beira, police arrested 22 people.",
            "Beira",
        ),
    ];
    for (text, place) in rows {
        let found = claims(text);
        let last = found.last().unwrap();
        assert_eq!(last.place.as_deref(), Some(place), "{text}: {found:#?}");
    }
    // A running total is the story's, not the place's of the clause before.
    let found = claims("A man was found dead near Kelso, bringing the death toll to four.");
    assert_eq!(found.last().unwrap().place, None, "{found:#?}");
}

#[test]
fn extract_reads_a_temperature_below_zero_and_no_route_number() {
    let found = only("With the wind chill it was around minus 12 up there.");
    assert_eq!(
        (found.value, found.unit),
        (-12.0, Unit::Measure("celsius".into()))
    );
    assert!(claims("She spoke about the state of the 192 bus.").is_empty());
}

#[test]
fn extract_ends_a_frame_at_a_clause_with_its_own_verb() {
    let found = claims(
        "The 17 villagers killed included five women and three children, and at least 40 people were taken into the forest.",
    );
    assert_eq!(found[3].category, "count", "{found:#?}");
    assert_eq!(found[3].part_of, None, "{found:#?}");
    // "included" gives some of the dead, a breakdown, not a list that must add up.
    assert!(
        found[1..3]
            .iter()
            .all(|c| c.list.is_none() && c.part_of == Some(found[0].id)),
        "{found:#?}"
    );
}

#[test]
fn extract_unlists_rates_place_by_place_but_not_shares_of_one_whole() {
    let found = claims(
        "In Far North Queensland absence rates reached 88 per cent, and in the Darling Downs 84 per cent.",
    );
    assert!(found.iter().all(|c| c.list.is_none()), "{found:#?}");
    // A rate of each group, or of a place against an average; a cut said higher still.
    for text in [
        "Le syndicat revendique un taux de suivi de 92 % dans le primaire et de 78 % dans le secondaire.",
        "Coverage in the county stands at 61 per cent, against a national average of 84 per cent.",
        "Les agriculteurs devront réduire leurs prélèvements de 50 %, voire de 70 % dans la plaine.",
    ] {
        let found = claims(text);
        assert_eq!(found.len(), 2, "{text}: {found:#?}");
        assert!(found.iter().all(|c| c.list.is_none()), "{text}: {found:#?}");
    }
    let found = claims("Of the homes affected, 70% were in Highland and 38% in Moray.");
    assert!(
        found[0].list.is_some() && found[0].list == found[1].list,
        "{found:#?}"
    );
}

#[test]
fn extract_reads_what_might_have_been_fallen_soldiers_and_whose_they_are() {
    let found = only("Entre 350 et 400 vies auraient pu être épargnées.");
    assert_eq!(found.status, Status::Hypothetical, "{found:#?}");
    let found = only("Les funérailles des 12 militaires tombés au combat ont eu lieu mardi.");
    assert_eq!(found.category, "deaths", "{found:#?}");
    let found = claims("The ministry acknowledged 38 of its own soldiers killed and 140 wounded.");
    assert_eq!(found[0].group.as_deref(), Some("soldiers"), "{found:#?}");
}

#[test]
fn extract_gives_a_pronoun_the_people_the_sentence_before_counted() {
    let found = claims(
        "À Marseille, 9 500 personnes ont défilé. Elles étaient 7 200 à Lyon et 4 100 à Rennes.",
    );
    assert!(found.iter().all(|c| c.category == "crowd"), "{found:#?}");
}

#[test]
fn extract_reads_hospitals_as_places_the_injured_went_not_injured() {
    let found = claims(
        "The collapse injured 17 workers. The injured were taken to three hospitals: eight to Ashmoor General, six to the Royal Infirmary and two to St Aldred.",
    );
    assert_eq!(found[1].category, "count", "{found:#?}");
    assert!(
        found[2..].iter().all(|c| c.category == "injured"),
        "{found:#?}"
    );
    let found = claims("Selon l'hôpital, quatre patients restaient en observation lundi soir.");
    assert_eq!(found[0].category, "injured", "{found:#?}");
    let found = claims("Le bilan fait état de 163 cas, dont 71 ont nécessité une hospitalisation.");
    assert_eq!(found[1].category, "injured", "{found:#?}");
}

#[test]
fn extract_reads_the_rise_within_a_new_toll_as_no_part_of_it() {
    let found = claims(
        "The death toll rose to 26 on Friday, with seven more persons succumbing overnight.",
    );
    assert_eq!(found[1].category, "deaths", "{found:#?}");
    assert!(found.iter().all(|c| c.list.is_none()), "{found:#?}");
    // A pronoun stands for the first count of people before it, not the last.
    let found = claims(
        "Entre 9 000 et 25 000 manifestants ont défilé, et 3 personnes ont été interpellées. Ils étaient 9 000 selon la préfecture.",
    );
    assert_eq!(found.last().unwrap().category, "crowd", "{found:#?}");
}

#[test]
fn extract_reads_sailors_as_people_with_ages() {
    let found = claims(
        "Le sixième homme, un matelot de 23 ans originaire de Treffiagat, reste porté disparu.",
    );
    assert!(found.is_empty(), "{found:#?}");
    let found =
        claims("Quelque 120 personnes, dont 45 marins-pompiers de Marseille, ont été mobilisées.");
    assert_eq!(found[1].group.as_deref(), Some("rescuers"), "{found:#?}");
}

#[test]
fn extract_reads_what_a_verb_takes_as_its_object() {
    // The bodies a verb removes are no withdrawn toll.
    let found = only("« Nous avons retiré 17 corps des décombres », a déclaré le chef de poste.");
    assert_eq!(found.status, Status::Asserted, "{found:#?}");
    // Nor the rest of its list, nor a breakdown of it.
    let found = claims(
        "Les secouristes ont retiré 31 corps et 12 survivants des décombres, dont 5 grièvement blessés.",
    );
    assert!(
        found.iter().all(|c| c.status == Status::Asserted),
        "{found:#?}"
    );
    // Firefighters sent out were not rehoused with the people listed after them.
    let found = claims(
        "Les pompiers ont dressé un bilan : 486 interventions, mobilisant quelque 230 pompiers, et 32 personnes relogées.",
    );
    assert_eq!(found[1].category, "count", "{found:#?}");
    assert_eq!(found[2].category, "displaced", "{found:#?}");
    // The whole a share is taken of did not all strike.
    let found =
        claims("Selon la direction, 1 146 agents sur 3 820 étaient en grève à la mi-journée.");
    assert_eq!(found[1].category, "count", "{found:#?}");
    // A count is no part of a share.
    let found = claims("Women and children make up about 78% of the new arrivals, among them 412 unaccompanied children.");
    assert_eq!(found[1].unit, Unit::People, "{found:#?}");
    assert_eq!(found[1].part_of, None, "{found:#?}");
}

#[test]
fn extract_reads_verbs_of_state_times_and_places_people_live() {
    let rows = [
        (
            "Plus de 2 500 habitants avaient fui vers la ville de Kaga.",
            "displaced",
        ),
        (
            "Les préfectures, où vivent quelque 480 000 personnes, concentrent les cas.",
            "population",
        ),
        (
            "Eleven of the suspects, aged between 19 and 57, remained in custody on Thursday.",
            "arrests",
        ),
        (
            "Elle a lancé ces mots devant une centaine de sympathisants réunis sur la place.",
            "crowd",
        ),
        ("Le maire a parlé devant quelque 200 partisans.", "crowd"),
        (
            "Une trentaine de militants étaient présents à la séance.",
            "crowd",
        ),
        (
            "Ils ont été rejoints par plusieurs centaines de parents.",
            "crowd",
        ),
        (
            "More than 200 parents packed the gymnasium for the meeting.",
            "crowd",
        ),
    ];
    assert_first_categories(&rows);
    let found =
        claims("Le projet porte la durée de travail à 1 607 heures, contre 1 547 aujourd'hui.");
    assert_eq!(found[1].unit, Unit::Measure("hour".into()), "{found:#?}");
}

#[test]
fn extract_reads_totals_rates_models_and_periods() {
    // "et un bilan" opens a noun of its own, not what befell those counted.
    let found = only("Festival des Trois Caps : 68 500 entrées et un bilan sécuritaire alourdi.");
    assert_eq!(found.category, "crowd", "{found:#?}");
    let found = claims("Two soldiers and a civilian were killed.");
    assert_eq!(found[0].category, "deaths", "{found:#?}");
    // A sentence that opens with a total gives it to its first figure.
    let found = only("Sur l'ensemble du festival, 31 personnes ont été placées en garde à vue.");
    assert!(found.total, "{found:#?}");
    // A rate is no count of the news's own; a day earlier is a date.
    let found = only("En moyenne, près de 18 personnes sont mortes chaque jour sur cette route.");
    assert!(found.reference, "{found:#?}");
    let found = only("Officials had counted 21 dead a day earlier.");
    assert!(!found.reference, "{found:#?}");
    // So is a rate per a power of ten, with its base; not money for so many homes.
    for text in [
        "Akola is the worst hit, with 3.9 excess deaths per 100,000 residents.",
        "La région compte 1,4 décès pour 100 000 habitants.",
    ] {
        assert!(claims(text).iter().all(|c| c.reference), "{text}");
    }
    let found = claims("La ville consacre 12 millions d'euros pour 300 logements.");
    assert!(found.iter().all(|c| !c.reference), "{found:#?}");
    let found = only("Nearly 8,000 people were arrested during a week of unrest.");
    assert!(!found.reference, "{found:#?}");
    // A model named by its maker is no figure.
    let found = claims("Three people died when a Cessna 185 crashed near Tofino.");
    assert_eq!(found.len(), 1, "{found:#?}");
    // Nor a train or a flight named by its number.
    let found = claims("The InterCity 412 service was carrying around 520 passengers.");
    assert_eq!(found.len(), 1, "{found:#?}");
    // Nor a name with its number, that counts nothing; but a list of names with figures is.
    for text in [
        "Les salariés de l'association Entraide 44, qui emploie 610 personnes, ont débrayé.",
        "Union Local 212 said 94% of members had voted to strike.",
    ] {
        assert_eq!(claims(text).len(), 1, "{text}: {:#?}", claims(text));
    }
    let found = claims("Leeds recorded 31 deaths, Bradford 17 and Wakefield 9.");
    assert_eq!(found.len(), 3, "{found:#?}");
    let found = claims("L'Ain concentre 11 cas, l'Isère 6 et la Drôme 4.");
    assert_eq!(found.len(), 3, "{found:#?}");
    // The period something was counted over holds none of its parts.
    let found = claims(
        "Au total, 214 passages aux urgences ont été enregistrés en 48 heures, dont 37 pour hypothermie et 22 pour intoxication.",
    );
    assert_eq!(found[2].part_of, Some(found[0].id), "{found:#?}");
    assert_eq!(found[2].unit, Unit::Things, "{found:#?}");
    // A clause after a colon set in another month tells of another event.
    let found = claims(
        "Publié le 12 août 2024\nCrash\n\nC'est le deuxième accident de l'été : en juin, trois personnes sont mortes près de Tofino.\n",
    );
    assert!(found[0].reference, "{found:#?}");
}

#[test]
fn extract_reads_parts_after_an_opening_dash() {
    let found = claims(
        "SA Health said 126 people had been admitted to hospital — 58 at the Royal Adelaide Hospital, 41 at Flinders Medical Centre and 19 at the Lyell McEwin Hospital.",
    );
    assert_parts_of_the_first(&found, "injured");
    // A dash that closes an aside opens no parts.
    let found = claims(
        "The biggest spenders — Chelsea (£210m), Arsenal (£185m) and Manchester City (£150m) — paid out a combined £480m.",
    );
    assert!(found.iter().all(|c| c.part_of.is_none()), "{found:#?}");
}

#[test]
fn extract_gives_the_sentence_topic_to_figures_given_place_by_place() {
    for text in [
        "Côté blessés, Morlaix en compte 14, Brest 6 et Quimper 3.",
        "Les décès se répartissent entre l'hôpital (12), la prison (5) et le camp (4).",
        "The deaths were spread across Kasane (8), Maun (4) and Nata (2).",
        // After a source that opens the sentence.
        "Selon le bulletin, les décès se répartissent entre Kimbala (38), Ngoye (17) et Mossaka (11).",
    ] {
        let found = claims(text);
        assert_eq!(found.len(), 3, "{text}: {found:#?}");
        let want = if text.contains("blessés") {
            "injured"
        } else {
            "deaths"
        };
        assert!(
            found.iter().all(|c| c.category == want),
            "{text}: {found:#?}"
        );
        // One list, held against the total the article gives.
        assert!(found
            .iter()
            .all(|c| c.list.is_some() && c.list == found[0].list));
    }
}

#[test]
fn extract_reads_people_lost_as_dead_and_a_visit_as_no_place() {
    for text in [
        "\"We lost nine of our people tonight,\" the plant manager said.",
        "« Nous avons perdu trois collègues », a déclaré le directeur.",
    ] {
        assert_eq!(only(text).category, "deaths", "{text}");
    }
    let found =
        claims("Our thoughts are with the families of the four colleagues we lost this morning.");
    assert_eq!(found[0].category, "deaths", "{found:#?}");
    let found = claims("Nous pensons aux trois collègues que nous avons perdus.");
    assert_eq!(found[0].category, "deaths", "{found:#?}");
    // Fighters of one side, or members who left, are no toll.
    let c = only("The Front said it had lost 22 men.");
    assert_ne!(c.category, "deaths");
    let c = only("The party lost 500 members last year.");
    assert_ne!(c.category, "deaths");
    // Where the speaker is, not where the dead are.
    let c = only("En visite mardi à Brignoles, le ministre a évoqué un drame qui a coûté la vie à neuf personnes.");
    assert_eq!((c.category.as_str(), c.place.as_deref()), ("deaths", None));
    let c = only("Speaking in Leeds, the minister said 14 people had died.");
    assert_eq!(c.place, None);
    let c = only("Nine men are due to appear at Glasgow Sheriff Court today.");
    assert_eq!(c.place, None);
    for text in [
        "The health director told reporters in Kabwe that 36 people had died.",
        "Le gouverneur a déclaré à Goma que 21 personnes avaient été tuées.",
    ] {
        assert_eq!(only(text).place, None, "{text}");
    }
    // A place after "that" is the figure's own.
    let c = only("Officials said that in Kabwe 36 people had died.");
    assert_eq!(c.place.as_deref(), Some("Kabwe"));
}

#[test]
fn extract_reads_a_breakdown_between_dashes_further_on() {
    let found = claims(
        "Sixteen people were taken to hospital – nine passengers, four motorists and two pedestrians – the ambulance service said.",
    );
    let rows: Vec<(&str, Option<ClaimId>)> = found
        .iter()
        .map(|c| (c.category.as_str(), c.part_of))
        .collect();
    let whole = Some(found[0].id);
    assert_eq!(
        rows,
        [
            ("injured", None),
            ("injured", whole),
            ("injured", whole),
            ("injured", whole)
        ],
        "{found:#?}"
    );
    assert!(found[1..]
        .iter()
        .all(|c| c.list == found[1].list && c.list.is_some()));
    // Bridges washed away are no missing people.
    let c = only("The storm washed away 11 bridges on the island.");
    assert_eq!(c.category, "count");
}

#[test]
fn extract_splits_the_count_of_the_sentence_before() {
    let rows: [(&str, &[f64]); 2] = [
        (
            "Officials have confirmed 412 cases of scarlet fever in the county. The cases are linked to 57 schools, and break down as 187 in Bradford, 139 in Leeds and 64 in Wakefield.",
            &[187.0, 139.0, 64.0],
        ),
        (
            "Le ministère a recensé 1 126 cas. Les cas se répartissent entre trois districts : Lémé avec 642 cas, Ndolo avec 287 cas et Makassa avec 215 cas.",
            &[642.0, 287.0, 215.0],
        ),
    ];
    for (text, want) in rows {
        let found = claims(text);
        let whole = Some(found[0].id);
        let parts: Vec<f64> = found
            .iter()
            .filter(|c| c.part_of == whole)
            .map(|c| c.value)
            .collect();
        assert_eq!(parts, want, "{found:#?}");
    }
}

#[test]
fn extract_reads_the_event_past_an_aside_of_their_state() {
    let found =
        claims("Eleven kayakers were rescued. Two of them, suffering from cold, were admitted to hospital.");
    assert_eq!(found[1].category, "injured", "{found:#?}");
    let found = claims("Onze kayakistes ont été récupérés. Trois d'entre eux, légèrement hypothermiques, ont été transportés à l'hôpital.");
    assert_eq!(found[1].category, "injured", "{found:#?}");
}

#[test]
fn extract_reads_those_still_sought_as_missing() {
    for text in [
        "Deux skieurs restent recherchés après l'avalanche.",
        "Trois pêcheurs sont toujours recherchés au large de Sète.",
    ] {
        assert_eq!(only(text).category, "missing", "{text}");
    }
}

#[test]
fn extract_names_the_noun_a_count_counts() {
    let rows = [
        (
            "Selon la capitainerie, 34 navires attendaient au large.",
            Some("navire"),
        ),
        (
            "Le préfet recense 340 exploitations touchées.",
            Some("exploitation"),
        ),
        (
            "Foshan has recorded 3,412 local infections since July.",
            Some("infection"),
        ),
        (
            "Inspectors cited the hotel for 17 fire safety violations.",
            Some("violation"),
        ),
        ("More than 20 fire engines were sent.", Some("engine")),
        ("Forty-six survivors came ashore at dawn.", Some("survivor")),
        // A capacity, the whole of a share, more of them or a count to come: no noun to hold
        // against another count of it.
        ("The ferry was licensed to carry 60 passengers.", None),
        (
            "Le navire n'était autorisé à transporter que 200 passagers.",
            None,
        ),
        ("La station a fermé 14 de ses 68 pistes.", None),
        ("Health officials reported 12 new cases on Monday.", None),
        ("The other five defendants deny the charges.", None),
        ("A further round will target 45 million children.", None),
        ("L'avalanche a emporté un groupe de huit skieurs.", None),
        // Nor the trapped or rescued: the trapped of one day are the rescued of the next.
        (
            "Twenty-one miners were trapped underground on Tuesday.",
            None,
        ),
        ("By Thursday, 17 miners had been rescued.", None),
    ];
    for (text, noun) in rows {
        let found = claims(text);
        let count = found.iter().rfind(|c| c.category == "count");
        assert_eq!(
            count.and_then(|c| c.noun.as_deref()),
            noun,
            "{text}: {found:#?}"
        );
    }
    // Only counts carry a noun: the dead are compared by their own rule.
    assert_eq!(only("Le séisme a fait 23 morts.").noun, None);
}

#[test]
fn extract_reads_ounces_as_a_measure() {
    for text in [
        "La mine a produit 48 300 onces d'or au trimestre.",
        "The mine poured 61,000 ounces of gold.",
    ] {
        let c = only(text);
        assert_eq!(
            (c.category.as_str(), c.unit.as_str()),
            ("measure", "oz"),
            "{text}"
        );
    }
}

#[test]
fn extract_reads_units_glued_in_english_copy() {
    let found = claims("Two carriages plunged down a 6m embankment at 95kmh.");
    let units: Vec<&str> = found.iter().map(|c| c.unit.as_str()).collect();
    assert_eq!(units, ["things", "m", "km/h"], "{found:#?}");
}

#[test]
fn extract_reads_no_event_in_the_source_named_after_a_figure() {
    let c = only("Le train a déraillé, faisant 42 blessés selon le plus récent bilan.");
    assert_eq!(c.category, "injured");
}

#[test]
fn extract_reads_the_area_a_ranking_names_as_the_place() {
    let found = claims(
        "Rundu district remains the worst hit with 612 cases and 14 deaths, followed by \
         Nkurenkuru with 398 cases and seven deaths and Mashare with 301 cases and four deaths.",
    );
    let places: Vec<Option<&str>> = found.iter().map(|c| c.place.as_deref()).collect();
    assert_eq!(
        places,
        [
            Some("Rundu"),
            Some("Rundu"),
            Some("Nkurenkuru"),
            Some("Nkurenkuru"),
            Some("Mashare"),
            Some("Mashare")
        ],
        "{found:#?}"
    );
    let found = claims(
        "La zone de santé de Kamina concentre 1 012 cas et 27 décès, devant celles de \
         Malemba-Nkulu (734 cas, 19 décès) et Kabongo (171 cas, 4 décès).",
    );
    let places: Vec<Option<&str>> = found.iter().map(|c| c.place.as_deref()).collect();
    assert_eq!(places[1], Some("Kamina"), "{found:#?}");
    assert_eq!(places[3], Some("Malemba-Nkulu"), "{found:#?}");
    assert_eq!(places[5], Some("Kabongo"), "{found:#?}");
    // Past an auxiliary, and past a comma before "with".
    for (text, place) in [
        (
            "Officials gave figures. Arkansas was hardest hit, with 12 deaths.",
            "Arkansas",
        ),
        (
            "Officials gave figures. Nuevo León has recorded the highest toll, with 38 deaths.",
            "Nuevo León",
        ),
        (
            "Officials gave figures. Rachuonyo accounts for the bulk of them with 11 deaths.",
            "Rachuonyo",
        ),
    ] {
        assert_eq!(only(text).place.as_deref(), Some(place), "{text}");
    }
    // A name that is no area, not ranked, is no place: "WHO recorded 27 deaths".
    assert_eq!(only("The WHO recorded 27 deaths in the camp.").place, None);
}

#[test]
fn extract_reads_no_source_in_a_passive_or_an_adjective() {
    for text in [
        "Foot-and-mouth confirmed on three farms near Strathbrae",
        "Cases have been confirmed in 126 people in England.",
        "The outbreak has spread, bringing the number of confirmed farms to five.",
    ] {
        let found = claims(text);
        assert!(
            found.iter().all(|c| c.source.is_none()),
            "{text}: {found:#?}"
        );
    }
    let c = only("The disease has been confirmed on three farms, the Scottish Government said.");
    assert_eq!(c.source.as_deref(), Some("Scottish Government"));
}

#[test]
fn extract_reads_a_place_named_after_a_month_as_no_month() {
    let text = "Published on 20 October 2024\nFloods in Clarendon\n\n\
                The agency said 186 people had been evacuated to shelters in May Pen.\n\n\
                Updated 21 October 2024\nClarendon floods: more in shelters\n\n\
                The agency said 241 people were now in shelters.\n";
    let found = claims(text);
    assert!(found.iter().all(|c| !c.reference), "{found:#?}");
    // A month past with a pluperfect still tells of another event.
    let found = claims(
        "Published on 20 October 2024\nFloods\n\n\
         In May, a similar flood had forced 40 families from their homes.\n",
    );
    assert!(found.iter().all(|c| c.reference), "{found:#?}");
}

#[test]
fn extract_reads_a_figure_the_text_says_was_withdrawn_or_corrected() {
    let found = claims(
        "Officials had reported 35 cases on Saturday, a figure they retracted after four test \
         results proved false.",
    );
    let statuses: Vec<Status> = found.iter().map(|c| c.status).collect();
    assert_eq!(
        statuses,
        [Status::Withdrawn, Status::Asserted],
        "{found:#?}"
    );
    let c = only(
        "Le chiffre de 25 interpellations, avancé mardi par une source policière, a depuis été \
         rectifié.",
    );
    assert_eq!(c.status, Status::Withdrawn);
}

#[test]
fn extract_finds_the_verb_of_a_subject_longer_than_the_reach() {
    for text in [
        "Trois employés de l'entreprise sous-traitante chargée de l'entretien des ascenseurs de la tour ont été placés en garde à vue.",
        "Two employees of the company responsible for the maintenance of the ventilation system were arrested on Monday.",
    ] {
        assert_eq!(only(text).category, "arrests", "{text}");
    }
    // Past "et" between two complements.
    let text = "1 247 habitants des communes de Saint-Rémy et de Grand-Fond ont été évacués vers six centres.";
    assert_eq!(claims(text)[0].category, "displaced", "{text}");
    // Not into a relative clause: those hurt are not the colleagues lost.
    let text = "Our thoughts are with the families of the four colleagues we lost this morning and with everyone who was hurt.";
    assert_ne!(only(text).category, "injured", "{text}");
}

#[test]
fn extract_reads_a_figure_before_after_as_bare() {
    // "risen to 18 after …": no noun after the figure; what it counts is named before it, and
    // "confirmed" there says what befell them, not who said so.
    let found = claims(
        "The number of people confirmed dead after the shipwreck has risen to 18 after seven more bodies were recovered.",
    );
    assert_eq!(found[0].category, "deaths", "{found:#?}");
    assert_eq!(found[0].source, None, "{found:#?}");
}

#[test]
fn extract_reads_those_brought_to_an_emergency_department_as_injured() {
    let text = "According to the hospital, 312 patients with heat-related illnesses were brought to its emergency department.";
    assert_eq!(only(text).category, "injured", "{text}");
    // An emergency shelter is no hospital.
    let text = "About 240 residents were taken to an emergency shelter in the school.";
    assert_ne!(only(text).category, "injured", "{text}");
}

#[test]
fn extract_reads_victims_trapped_or_rescued_as_no_toll() {
    let found = claims("The crashes killed 42 people over the weekend. Firefighters had to extricate 23 victims trapped in vehicles.");
    assert_eq!(found[1].category, "count", "{found:#?}");
    // "The" names the dead already counted.
    let found = claims(
        "The derailment killed two people. The two victims were trapped in the first carriage.",
    );
    assert_eq!(found[1].category, "deaths", "{found:#?}");
}

#[test]
fn extract_keeps_the_missing_named_after_a_figure_out_of_a_crowd() {
    let text = "Relatives of the five missing men gathered at the harbor in Kodiak.";
    assert_eq!(only(text).category, "missing", "{text}");
    // Those who gather are a crowd.
    let text = "About 300 supporters gathered outside the court.";
    assert_eq!(only(text).category, "crowd", "{text}");
}

#[test]
fn extract_gives_the_verb_after_a_whole_to_the_part_of_it_before() {
    let found = claims("Four of the six crew members were killed, the ministry said.");
    let categories: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(categories, ["deaths", "count"], "{found:#?}");
}

#[test]
fn extract_reads_those_a_participle_names_as_a_frame() {
    let found = claims("Gardaí arrested ten people on Tuesday. Those detained, six men and four women aged between 23 and 61, are being held at Store Street.");
    let categories: Vec<&str> = found.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(categories, ["arrests"; 3], "{found:#?}");
}

#[test]
fn extract_reads_suspects_taken_in_captured_or_remanded_as_arrests() {
    assert_first_categories(&[
        (
            "Police said two suspects had been taken in for questioning over the fire.",
            "arrests",
        ),
        (
            "Security forces killed 17 of the assailants and captured three.",
            "deaths",
        ),
        (
            "Huit cadres de la caisse ont été placés sous mandat de dépôt.",
            "arrests",
        ),
        // The infinitive after "d'" or "pour"; not a mission that stops ("s'arrêter").
        (
            "L'opération a permis d'arrêter neuf personnes et de saisir 4 000 plants.",
            "arrests",
        ),
        (
            "Une centaine d'intérimaires verraient leur mission s'arrêter en janvier.",
            "count",
        ),
    ]);
    let found = claims("Security forces killed 17 of the assailants and captured three.");
    assert_eq!(found[1].category, "arrests", "{found:#?}");
}

#[test]
fn extract_reads_people_said_to_be_among_the_victims_as_parts_of_the_toll() {
    // Counted first, then said to be among the victims of a story counting deaths.
    let found = claims(
        "Dix personnes ont été tuées. Selon une source sécuritaire, cinq commerçants, trois éleveurs et deux gendarmes figurent parmi les victimes.",
    );
    assert_parts_of_the_first(&found, "deaths");
    // A partitive goes on over the figures listed after it, each naming nothing of its own.
    let found = claims(
        "At least 44 people were killed on the roads. The director said 29 of the victims were motorcyclists, nine were car occupants and six were pedestrians.",
    );
    assert_parts_of_the_first(&found, "deaths");
}

#[test]
fn extract_reads_no_unit_a_noun_is_of() {
    // "de nuit" says what kind of guards, not how many nights.
    let found = claims(
        "Parmi les sept morts figurent quatre commerçants, deux gardiens de nuit et deux apprentis.",
    );
    assert_eq!(found[2].unit, Unit::People, "{found:#?}");
    assert_parts_of_the_first(&found, "deaths");
}

#[test]
fn extract_leaves_a_crowd_attended_by_to_the_figure_after_it() {
    let found = claims(
        "The 12 victims were buried on Tuesday in a ceremony attended by hundreds of mourners.",
    );
    assert_eq!(found[0].category, "count", "{found:#?}");
    assert_eq!(found[1].category, "crowd", "{found:#?}");
}

#[test]
fn extract_holds_a_list_ending_on_one_more_below_the_toll() {
    // "and a Swiss guide": one more, uncounted; the list is some of the toll given paragraphs
    // before, not all of it.
    let text = "Seven people were killed on Saturday. Rescuers pulled six skiers alive from the snow. Those killed were four Britons, two Germans and a Swiss guide.";
    let found = claims(text);
    let toll = found[0].id;
    let parts: Vec<_> = found.iter().filter(|c| c.part_of == Some(toll)).collect();
    assert_eq!(parts.len(), 2, "{found:#?}");
    assert!(parts.iter().all(|c| c.list.is_none()), "{found:#?}");
    // A list that ends on a figure is all of those it counts.
    let found =
        claims("Seven people were killed. Those killed were four Britons and three Germans.");
    assert!(found.iter().all(|c| c.part_of.is_none()), "{found:#?}");
}

#[test]
fn extract_reads_a_night_spent_in_a_shelter_as_displaced() {
    for text in [
        "Around 600 people spent Thursday night at the relief centre in Horsham.",
        "Another 350 people spent the night in a sports hall.",
        "Some 18,000 people have now spent a second night in the open.",
        "Quelque 6 500 personnes ont passé la nuit sous des tentes.",
        "Plus de 18 000 personnes ont passé la nuit dehors, leurs maisons détruites.",
        "Environ 1 200 personnes ont passé une deuxième nuit hors de chez elles.",
        "Officials evacuate 820,000 ahead of cyclone",
        "La préfecture évacue 1 200 personnes.",
    ] {
        assert_eq!(only(text).category, "displaced", "{text}");
    }
    // A night in hospital or in custody is no night away from home.
    assert_eq!(
        only("Two climbers spent the night in hospital.").category,
        "injured"
    );
    assert_ne!(
        only("Seven men spent the night in police custody.").category,
        "displaced"
    );
}

#[test]
fn extract_counts_workers_who_stop_work_and_gathers_strikers_who_march() {
    for text in [
        "Roughly 1,100 bus drivers and mechanics went on strike early Tuesday.",
        "About 5,800 hourly workers walked off the job at the plant.",
        "Près de 3 000 dockers ont cessé le travail depuis jeudi.",
    ] {
        assert_eq!(claims(text)[0].category, "count", "{text}");
    }
    for text in [
        "Quelque 5 000 grévistes ont défilé dans le centre-ville.",
        "More than 2,000 strikers rallied outside parliament.",
    ] {
        assert_eq!(only(text).category, "crowd", "{text}");
    }
}

#[test]
fn extract_reads_a_figure_restated_in_digits_as_one_claim() {
    // West African copy restates figures in digits: one figure, read past its restatement.
    let found = claims("Le bilan fait état de sept (07) morts et de quatorze (14) blessés.");
    let read: Vec<(&str, &str)> = found
        .iter()
        .map(|c| (c.text.as_str(), c.category.as_str()))
        .collect();
    assert_eq!(read, [("sept", "deaths"), ("quatorze", "injured")]);
    assert_eq!(
        only("Onze (11) personnes ont été interpellées.").category,
        "arrests"
    );
    // Digits of another value are a figure of their own.
    assert_eq!(claims("Les sept (12) blessés ont été évacués.").len(), 2);
}

#[test]
fn extract_reads_an_area_named_after_a_noun_of_several_words_as_the_place() {
    // "la zone de santé de": the name follows the last "de".
    let found = claims(
        "La zone de santé de Tshikapa concentre la plupart des cas, avec 4.120 cas et 151 décès.",
    );
    assert!(
        found.iter().all(|c| c.place.as_deref() == Some("Tshikapa")),
        "{found:#?}"
    );
}
