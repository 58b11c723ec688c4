//! Every claim's span is the text it reports, in every example, byte for byte.

use claimcheck::source::SourceFile;
use claimcheck::Checker;

#[test]
fn spans_slice_the_file_to_the_claim_text() {
    let checker = Checker::with_defaults().unwrap();
    let dir = super::root().join("examples");
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            files.push(SourceFile::read(&path.to_string_lossy()).unwrap());
        }
    }
    assert!(files.len() >= 4);
    let report = checker.claims(files);
    assert!(report.store.len() > 50);
    for claim in report.store.all() {
        let text = &report.files[claim.file.0 as usize].source.text;
        assert_eq!(&text[claim.span.range()], claim.text);
        assert!(claim
            .text
            .chars()
            .next()
            .is_some_and(|c| !c.is_whitespace()));
    }
}

/// Figures formatted the way newsrooms write them come back with the same value and span.
#[test]
fn formatted_figures_read_back() {
    let checker = Checker::with_defaults().unwrap();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..500 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let n = seed % 10_000_000;
        let (french, english) = (group(n, "."), group(n, ","));
        for (lang, numeral, sentence) in [
            (
                "fr",
                &french,
                format!("Selon la police, {french} personnes ont été arrêtées."),
            ),
            (
                "en",
                &english,
                format!("Police said {english} people were arrested."),
            ),
        ] {
            let report = checker.claims(vec![SourceFile::new(lang, sentence.as_str())]);
            let claims = report.store.all();
            assert_eq!(claims.len(), 1, "{sentence}");
            assert_eq!(claims[0].value, n as f64, "{sentence}");
            assert_eq!(&claims[0].text, numeral, "{sentence}");
            assert_eq!(claims[0].category, "arrests", "{sentence}");
        }
    }
}

fn group(n: u64, separator: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

#[test]
fn checker_never_panics_on_arbitrary_text() {
    let checker = Checker::with_defaults().unwrap();
    let pieces = [
        "1",
        "2.030",
        "1,8",
        " ",
        "\u{a0}",
        "million",
        "de",
        "plus",
        "morts",
        "et",
        "$",
        "€",
        "£",
        "%",
        ".",
        ",",
        "\n",
        "\n\n",
        "Short Url",
        "•",
        "é",
        "le 3",
        "janvier",
        "2022",
        "(",
        "\"",
        "tués",
        "dont",
        "deux",
        "cent",
        "vingt-",
        "killed",
        "and",
        "x",
        "according to",
        "the",
        "UN",
        "said",
        "later",
        "?",
        "»",
    ];
    let mut seed: u64 = 42;
    for _ in 0..300 {
        let mut text = String::new();
        for _ in 0..40 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
        }
        let report = checker.check(vec![SourceFile::new("fuzz", text.as_str())]);
        for claim in report.store.all() {
            assert_eq!(&text[claim.span.range()], claim.text);
        }
    }
}

/// Every sentence of both corpora cut after each of its words: a clause that ends early ("…,
/// according to the") is where a look-ahead runs past the last word.
#[test]
fn checker_never_panics_on_a_sentence_cut_short() {
    let checker = Checker::with_defaults().unwrap();
    let corpora = ["tests/corpus", "tests/heldout"]
        .map(|dir| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir));
    let entries = corpora
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).unwrap());
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for sentence in text.split_inclusive(['.', '\n']) {
            for (cut, _) in sentence.match_indices(' ') {
                let piece = &sentence[..cut];
                let report = checker.check(vec![SourceFile::new("cut", piece)]);
                for claim in report.store.all() {
                    assert_eq!(&piece[claim.span.range()], claim.text);
                }
            }
        }
    }
}
