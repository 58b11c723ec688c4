//! Accuracy on the hand-annotated corpora: the table is printed (see it with
//! `cargo test --test integration corpus -- --nocapture`, or `claimcheck eval tests/corpus`) and
//! the run fails below the floors, which were set from what the tool measures.
//!
//! `tests/corpus/` is the development corpus the grammar and vocabulary are tuned on;
//! `tests/heldout/` holds batches annotated blind by writers who never ran the tool. Each batch
//! was measured on its first run before any fix drawn from it (the README keeps those figures);
//! fixes have been drawn from them since, so they guard against regressions, not for novelty.

use std::path::PathBuf;

use claimcheck::eval::evaluate;
use claimcheck::source::SourceFile;
use claimcheck::Checker;

/// Floors: claims F1 and contradictions precision/recall over the whole corpus.
const CLAIMS_F1: f64 = 0.97;
const CONTRADICTIONS_PRECISION: f64 = 0.84;
const CONTRADICTIONS_RECALL: f64 = 0.88;

/// Floors on the held-out texts: claims F1, contradictions precision and recall. Each new
/// blind batch joins the set as it scored, so the floors follow what the set measures.
const HELDOUT_CLAIMS_F1: f64 = 0.95;
const HELDOUT_CONTRADICTIONS_PRECISION: f64 = 0.80;
const HELDOUT_CONTRADICTIONS_RECALL: f64 = 0.60;

#[test]
fn heldout_accuracy_stays_above_its_floor() {
    let dir = super::root().join("tests/heldout");
    let evaluation = evaluate(&Checker::with_defaults().unwrap(), &dir).unwrap();
    eprintln!("{evaluation}");
    let claims = evaluation.all_claims();
    assert!(
        claims.f1() >= HELDOUT_CLAIMS_F1,
        "held-out claims F1 {:.3} < {HELDOUT_CLAIMS_F1}",
        claims.f1()
    );
    let contradictions = evaluation.all_contradictions();
    assert!(
        contradictions.precision() >= HELDOUT_CONTRADICTIONS_PRECISION
            && contradictions.recall() >= HELDOUT_CONTRADICTIONS_RECALL,
        "held-out contradictions precision {:.3}, recall {:.3}",
        contradictions.precision(),
        contradictions.recall()
    );
}

#[test]
fn corpus_accuracy_stays_above_the_floors() {
    let dir = super::root().join("tests/corpus");
    let evaluation = evaluate(&Checker::with_defaults().unwrap(), &dir).unwrap();
    eprintln!("{evaluation}");
    for line in &evaluation.mismatches {
        eprintln!("  {line}");
    }
    let documents: usize = evaluation.documents.values().sum();
    assert!(documents >= 40, "only {documents} annotated documents");
    let claims = evaluation.all_claims();
    assert!(
        claims.f1() >= CLAIMS_F1,
        "claims F1 {:.3} < {CLAIMS_F1}",
        claims.f1()
    );
    let contradictions = evaluation.all_contradictions();
    assert!(
        contradictions.precision() >= CONTRADICTIONS_PRECISION,
        "contradictions precision {:.3}",
        contradictions.precision()
    );
    assert!(
        contradictions.recall() >= CONTRADICTIONS_RECALL,
        "contradictions recall {:.3}",
        contradictions.recall()
    );
}

/// A dump runs several stories back to back, which the held-out measure cannot see: each of
/// its files is one story. Two files joined are two stories, and a finding that holds a figure
/// of one against a figure of the other is a false alarm of story linking. The share of such
/// dumps with one may not exceed this floor (6 of 1058, 0.006, when it was set).
const JOINED_STORIES_WITH_A_FINDING_ACROSS: f64 = 0.02;

#[test]
fn stories_of_two_files_joined_stay_apart() {
    let dir = super::root().join("tests/heldout");
    let mut texts: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    texts.sort();
    // Within each batch and language (h12-en-01 … h12-en-05), the first text joined to the
    // second and the third to the fourth: one writer's stories on different events. A batch
    // that joins the set adds its pairs and changes none of the others.
    let batch_and_lang = |path: &PathBuf| {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        name.splitn(3, '-').take(2).collect::<Vec<_>>().join("-")
    };
    let mut files = Vec::new();
    let mut joins = Vec::new();
    for group in texts.chunk_by(|a, b| batch_and_lang(a) == batch_and_lang(b)) {
        for pair in group.chunks_exact(2) {
            let head = std::fs::read_to_string(&pair[0]).unwrap();
            let tail = std::fs::read_to_string(&pair[1]).unwrap();
            joins.push(u32::try_from(head.trim_end().len()).unwrap());
            let name = format!("{} + {}", pair[0].display(), pair[1].display());
            files.push(SourceFile::new(
                name,
                format!("{}\n\n{tail}", head.trim_end()),
            ));
        }
    }
    let report = Checker::with_defaults().unwrap().check(files);
    let mut across = std::collections::BTreeSet::new();
    for finding in &report.findings {
        let claims: Vec<_> = finding.claims.iter().map(|&id| &report.store[id]).collect();
        let join = joins[claims[0].file.0 as usize];
        let sides = claims.iter().filter(|c| c.span.start < join).count();
        if sides != 0 && sides != claims.len() {
            eprintln!(
                "{}: {}",
                report.files[claims[0].file.0 as usize].source.name, finding.message
            );
            across.insert(claims[0].file);
        }
    }
    #[allow(clippy::cast_precision_loss, reason = "counts of files")]
    let share = across.len() as f64 / joins.len() as f64;
    eprintln!(
        "{} of {} joined dumps with a finding across two stories",
        across.len(),
        joins.len()
    );
    assert!(
        share <= JOINED_STORIES_WITH_A_FINDING_ACROSS,
        "{share:.3} of the joined dumps hold a finding across two stories"
    );
}
