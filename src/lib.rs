//! claimcheck finds contradictions between the figures of news dispatches.
//!
//! ```text
//! bytes ─▶ document (articles, sentences, dateline) ─▶ grammar (nom: figures, dates)
//!       ─▶ extract (claims in context) ─▶ claim store ─▶ engine (YAML rules) ─▶ findings
//!       ─▶ report (human | short | json)
//! ```
//!
//! Each stage owns one type and hands it on; spans are byte offsets into the file as it is on
//! disk all the way through, so every report points at the exact text.
//!
//! ```
//! use claimcheck::{Checker, source::SourceFile};
//!
//! let checker = Checker::with_defaults()?;
//! let text = "Le bilan officiel est de 90 morts. Selon la police, 30 civils et 12 policiers ont été tués.";
//! let report = checker.check(vec![SourceFile::new("dispatch.txt", text)]);
//! assert_eq!(report.findings.len(), 1);
//! assert_eq!(report.findings[0].rule, "deaths-total-vs-parts");
//! assert_eq!(report.findings[0].values, [90.0, 42.0]);
//! # Ok::<(), claimcheck::error::Error>(())
//! ```

pub mod baseline;
pub mod claim;
pub mod cli;
pub mod config;
pub mod date;
pub mod document;
pub mod engine;
pub mod error;
pub mod eval;
pub mod extract;
pub mod finding;
pub mod fixture;
pub mod grammar;
pub mod lexicon;
pub mod report;
pub mod source;

use claim::{ClaimStore, FileId};
use engine::{RuleSet, RuleSources};
use error::Error;
use lexicon::{Lang, Lexicon};
use report::{FileReport, Report};
use source::SourceFile;

/// Bytes of text per claim the store reserves room for: real copy has one every ~500.
const CLAIM_BYTES: usize = 400;
/// The most claims reserved for one file (about 300 MB of claims).
const MAX_RESERVED_CLAIMS: usize = 1 << 20;

/// The pipeline with its vocabulary and rules loaded: reusable across runs.
#[derive(Debug, Clone)]
pub struct Checker {
    /// The vocabulary (embedded, plus what rule packs add).
    pub lexicon: Lexicon,
    /// The rules in force.
    pub rules: RuleSet,
    /// A language forced on every article; guessed per article when `None`.
    pub lang: Option<Lang>,
    /// How many files are read at once: one thread each, up to this many.
    pub threads: usize,
    /// Counts the files read so far, for a progress display; `None` to not count.
    pub progress: Option<std::sync::Arc<std::sync::atomic::AtomicUsize>>,
}

impl Checker {
    /// The embedded vocabulary and the rule packs of `sources`.
    ///
    /// # Errors
    /// A rule pack that cannot be read or does not compile.
    pub fn new(sources: &RuleSources, lang: Option<Lang>) -> Result<Self, Error> {
        let mut lexicon = Lexicon::embedded()?;
        let rules = RuleSet::load(sources, &mut lexicon)?;
        Ok(Self {
            lexicon,
            rules,
            lang,
            threads: std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
            progress: None,
        })
    }

    /// The embedded vocabulary and default rules.
    ///
    /// # Errors
    /// Only if the embedded files are broken, which the tests rule out.
    pub fn with_defaults() -> Result<Self, Error> {
        Self::new(&RuleSources::default(), None)
    }

    /// Extracts the claims of `files` into one store. Files are read in parallel (up to
    /// `threads` at once); the store and every id in it come out as if they were read one after
    /// the other, in the order given.
    #[must_use]
    pub fn claims(&self, files: Vec<SourceFile>) -> Report {
        let per_file = self.extract_all(&files);
        let mut store = ClaimStore::new();
        let mut reports = Vec::with_capacity(files.len());
        for (source, (claims, articles)) in files.into_iter().zip(per_file) {
            store.append(claims);
            reports.push(FileReport { source, articles });
        }
        Report {
            files: reports,
            store,
            findings: Vec::new(),
        }
    }

    /// The claims and article count of each file, in order.
    fn extract_all(&self, files: &[SourceFile]) -> Vec<(ClaimStore, usize)> {
        let one = |index: usize, source: &SourceFile| {
            let document = document::segment(&source.text, self.lang);
            let file = FileId(u32::try_from(index).unwrap_or(u32::MAX));
            // Room for real copy's density of figures (a claim per ~500 bytes): a vector grown
            // by doubling copies itself into fresh memory at each step. Capped: past the cap,
            // the vector grows as it must.
            let room = (source.text.len() / CLAIM_BYTES).min(MAX_RESERVED_CLAIMS);
            let mut store = ClaimStore::with_capacity(room);
            extract::extract(file, &source.text, &document, &self.lexicon, &mut store);
            if let Some(done) = &self.progress {
                done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
            (store, document.articles.len())
        };
        let threads = self.threads.min(files.len());
        if threads <= 1 {
            return files.iter().enumerate().map(|(i, f)| one(i, f)).collect();
        }
        // Each thread takes every `threads`-th file; results are put back in order.
        let mut slots: Vec<Option<(ClaimStore, usize)>> = Vec::new();
        slots.resize_with(files.len(), || None);
        std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|t| {
                    scope.spawn(move || {
                        (t..files.len())
                            .step_by(threads)
                            .map(|i| (i, one(i, &files[i])))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            for worker in workers {
                // A worker panics only on a bug: pass it on rather than lose its files.
                let results = worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                for (i, result) in results {
                    slots[i] = Some(result);
                }
            }
        });
        slots
            .into_iter()
            .map(|s| s.unwrap_or_else(|| (ClaimStore::new(), 0)))
            .collect()
    }

    /// Extracts the claims of `files` and runs the rules over them.
    #[must_use]
    pub fn check(&self, files: Vec<SourceFile>) -> Report {
        let mut report = self.claims(files);
        let mut findings = self.rules.check(&report.store);
        findings.sort_by_key(|f| {
            f.claims
                .first()
                .map(|&id| (report.store[id].file, report.store[id].span.start))
        });
        report.findings = findings;
        report
    }
}
