//! Throughput of each stage and of the whole pipeline, on a generated dump of news articles in
//! French and English, plus the rule engine on 100 000 claims in one document.
//!
//! `cargo bench --bench pipeline`; the numbers and machine are recorded in the README.
#![allow(
    missing_docs,
    clippy::expect_used,
    reason = "criterion's macros generate undocumented items; a bench may stop on broken rules"
)]

use std::hint::black_box;

use claimcheck::claim::{Claim, ClaimId, ClaimStore, FileId, Qualifier, Span, Status, Unit};
use claimcheck::date::Date;
use claimcheck::engine::Kind;
use claimcheck::lexicon::Lang;
use claimcheck::source::SourceFile;
use claimcheck::{document, grammar, Checker};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// A deterministic generator of dispatches: the example texts' shapes with fresh figures.
fn dump(bytes: usize) -> String {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |m: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % m
    };
    let mut out = String::with_capacity(bytes + 4096);
    let mut n = 0;
    while out.len() < bytes {
        n += 1;
        let (a, b, c, d) = (
            next(900) + 10,
            next(90) + 5,
            next(60) + 2,
            next(9000) + 1000,
        );
        if n % 2 == 0 {
            out.push_str(&format!(
                "Troubles dans la province {n}\n\nDes manifestants dans le centre-ville (Photo, AFP).\nDes manifestants dans le centre-ville (Photo, AFP).\nShort Url\nPublié le Lundi 10 janvier 2022\n\n  • Près de {d}.{c:03} personnes ont été arrêtées en une semaine\n\nVILLE : Selon le ministère de l'Intérieur, plus de {a} personnes ont trouvé la mort dimanche, dont {b} policiers. Les autorités avaient fait état de {b} manifestants et {c} membres des forces de sécurité tués.\n\nLa présidence a annoncé dimanche que {d} personnes avaient été arrêtées, et 125 enquêtes ouvertes depuis le 2 janvier, dans ce pays de 19 millions d'habitants.\n\nLes dégâts sont estimés à environ {a} millions d'euros, a précisé le ministère lundi. Quelque 2.030 militaires ont été déployés, en 1989 comme en 2022.\n\n"
            ));
        } else {
            out.push_str(&format!(
                "Storm hits coastal town {n}\n\nRescuers in a flooded street (Photo, AFP).\nRescuers in a flooded street (Photo, AFP).\nShort Url\nPublished on Tuesday 14 March 2023\n\nTOWN: At least {b} people were killed on Monday, the prefecture said. By Tuesday, {c} residents and {b} firefighters had died, while {a} people were injured.\n\nSome {d},{c:03} homes lost power and {a} people were evacuated, officials said on March 13. The repairs will cost $2.3bn, or about 4.5 per cent of the budget.\n\n"
            ));
        }
    }
    out
}

/// The project's example dispatches, repeated: real copy's density of figures.
fn examples(bytes: usize) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("examples/ is readable")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let one: String = files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("examples are UTF-8") + "\n\n")
        .collect();
    one.repeat(bytes / one.len() + 1)
}

fn stages(c: &mut Criterion) {
    // "one-line": the examples with their line breaks taken out, a text no step may search
    // from every sentence back to its start (it took 8 s for 5 MB before that was bounded).
    let one_line = examples(2 << 20).replace('\n', " ");
    // "no-stops": nor full stops, so one sentence of every figure (195 s for 1.46 MB before
    // the extractor's look-ups within a sentence were bounded).
    let no_stops: String = examples(1 << 20)
        .chars()
        .filter(|c| !matches!(c, '.' | '!' | '?' | '\n'))
        .collect();
    for (name, text) in [
        ("dense", dump(8 << 20)),
        ("examples", examples(8 << 20)),
        ("one-line", one_line),
        ("no-stops", no_stops),
    ] {
        stages_on(c, name, &text);
    }
}

fn stages_on(c: &mut Criterion, name: &str, text: &str) {
    let checker = Checker::with_defaults().expect("embedded rules compile");
    let mut group = c.benchmark_group(format!("stages-{name}"));
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("digit-scan-baseline", |b| {
        b.iter(|| black_box(text).bytes().filter(u8::is_ascii_digit).count());
    });
    group.bench_function("segment", |b| {
        b.iter(|| document::segment(black_box(text), None).articles.len());
    });
    group.bench_function("grammar", |b| {
        b.iter(|| grammar::scan(black_box(text), Lang::Fr).len());
    });
    group.bench_function("claims", |b| {
        b.iter(|| {
            let file = SourceFile::new("dump.txt", text);
            checker.claims(vec![file]).store.len()
        });
    });
    group.bench_function("report", |b| {
        b.iter(|| {
            let file = SourceFile::new("dump.txt", text);
            checker.check(vec![file]).findings.len()
        });
    });
    group.finish();
}

/// 100 000 claims of one article that give every rule kind work: tolls with lists of parts,
/// breakdowns, dated figures rising and falling, withdrawn figures, shares of one whole and
/// amounts given in two currencies.
fn claims_for_every_kind() -> ClaimStore {
    let mut store = ClaimStore::new();
    for i in 0..100_000u32 {
        let value = f64::from((i * 7919) % 5000 + 1);
        let block = i - i % 10;
        let (category, unit) = match i % 10 {
            0..=3 => ("deaths", Unit::People),
            4 | 5 => ("arrests", Unit::People),
            6 | 7 => ("percentage", Unit::Percent),
            8 => ("money", Unit::Currency("GBP".into())),
            _ => ("money", Unit::Currency("EUR".into())),
        };
        let value = if unit == Unit::Percent {
            value % 100.0
        } else {
            value
        };
        let in_list = matches!(i % 10, 1 | 2);
        store.push(Claim {
            file: FileId(0),
            sentence: i / 4,
            span: Span::new(0, 1),
            text: "1".into(),
            value,
            low: Some(value),
            high: Some(value),
            qualifier: Qualifier::Exact,
            category: category.into(),
            group: in_list.then(|| "civilians".to_string()),
            unit,
            date: Date::from_ymd(2022, 1 + i % 12, 1 + i % 28),
            status: if i % 40 == 3 {
                Status::Withdrawn
            } else {
                Status::Asserted
            },
            list: in_list.then_some(ClaimId(block + 1)),
            part_of: (i % 10 == 3).then_some(ClaimId(block)),
            equivalent: match i % 10 {
                8 => Some(ClaimId(i + 1)),
                9 => Some(ClaimId(i - 1)),
                _ => None,
            },
            total: i % 10 == 0,
            ..Claim::default()
        });
    }
    store
}

/// The default rules on [`claims_for_every_kind`], all together and one kind at a time.
fn engine(c: &mut Criterion) {
    let checker = Checker::with_defaults().expect("embedded rules compile");
    let store = claims_for_every_kind();
    let mut group = c.benchmark_group("engine-100k-claims");
    group.sample_size(10);
    group.throughput(Throughput::Elements(100_000));
    group.bench_function("default-rules", |b| {
        b.iter(|| checker.rules.check(black_box(&store)).len());
    });
    let mut kinds: Vec<Kind> = Vec::new();
    for rule in &checker.rules.rules {
        if !kinds.contains(&rule.kind) {
            kinds.push(rule.kind);
        }
    }
    for kind in kinds {
        let mut rules = checker.rules.clone();
        rules.rules.retain(|r| r.kind == kind);
        group.bench_function(kind.as_str(), |b| {
            b.iter(|| rules.check(black_box(&store)).len());
        });
    }
    group.finish();
}

/// 200 files of a few kilobytes, one thread against two: the output is the same (tested in
/// `tests/integration/pipelines.rs`); this measures what the second core buys.
fn many_files(c: &mut Criterion) {
    let text = examples(4 << 10);
    let files: Vec<SourceFile> = (0..200)
        .map(|i| SourceFile::new(format!("d{i:03}.txt"), text.as_str()))
        .collect();
    let mut group = c.benchmark_group("many-files");
    group.sample_size(10);
    group.throughput(Throughput::Bytes((text.len() * files.len()) as u64));
    for threads in [1, 2] {
        let mut checker = Checker::with_defaults().expect("embedded rules compile");
        checker.threads = threads;
        group.bench_function(format!("200-files-{threads}-threads"), |b| {
            b.iter(|| checker.check(black_box(files.clone())).findings.len());
        });
    }
    group.finish();
}

criterion_group!(benches, stages, engine, many_files);
criterion_main!(benches);
