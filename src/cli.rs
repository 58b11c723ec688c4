//! The command line: flags, subcommands and exit codes. Only wiring: every stage is a library
//! call.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::{self, FailOn};
use crate::engine::{Overrides, RuleSources};
use crate::error::Error;
use crate::lexicon::Lang;
use crate::report::{self, ClaimsFormat, Format, HumanOptions, Report};
use crate::source::{Access, SourceFile};
use crate::Checker;

const EXIT_CODES: &str = "\
Exit codes:
  0  no finding at or above --fail-on
  1  at least one finding at or above --fail-on
  2  usage error, unreadable input, or invalid rule file";

const EXAMPLES: &str = "\
Examples:
  claimcheck report dispatches.txt             diagnostics for every contradiction
  claimcheck report --format json a.txt b.txt  the JSON contract, for tools
  cat dump.txt | claimcheck report -           read standard input
  claimcheck claims dispatches.txt             every figure read, with its context
  claimcheck report --rules desk.yaml dump.txt add a rule pack to the defaults
  claimcheck explain deaths-total-vs-parts     what a rule checks, with an example
  claimcheck rules --check desk.yaml           validate a rule pack
  claimcheck test tests/fixtures               run fixture gates (CI)
  claimcheck eval tests/corpus                 accuracy against hand annotations

Configuration: the nearest claimcheck.yaml or .claimcheck.yaml at or above the working directory
(rules, no-default-rules, disable, severity, fail-on, lang); flags win over it. See docs/rules.md.";

/// Finds contradictions between the figures of news dispatches: death tolls, arrests, troops,
/// crowds, money, percentages.
///
/// claimcheck reads plain-text dumps of articles (French or English), extracts every numeric
/// claim with what it counts, who says it and when, and runs YAML rules over them. Each
/// contradiction is shown with every place in the text involved.
#[derive(Debug, Parser)]
#[command(name = "claimcheck", version, after_help = format!("{EXAMPLES}\n\n{EXIT_CODES}"))]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Report contradictions between figures (exit 1 when one reaches --fail-on).
    #[command(after_help = EXIT_CODES)]
    Report(ReportArgs),
    /// List every figure read, with its value, category, qualifier, source, date and status.
    Claims(ClaimsArgs),
    /// List the rules in force, or validate rule packs with --check.
    Rules(RulesArgs),
    /// Show what a rule checks, its YAML, an example text and the finding it gives.
    Explain(ExplainArgs),
    /// Measure claims and contradictions against hand annotations (NAME.txt + NAME.gold.yaml).
    Eval(EvalArgs),
    /// Run fixtures: every NAME.txt under DIR must give exactly the findings of its
    /// NAME.expected.yaml (exit 1 on any mismatch).
    Test(TestArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), e.g. `claimcheck man > claimcheck.1`.
    Man,
}

#[derive(Debug, Args)]
struct TestArgs {
    /// Directories (searched recursively) or fixture files.
    #[arg(required = true, value_name = "DIR")]
    dirs: Vec<std::path::PathBuf>,

    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(Debug, Args)]
struct EvalArgs {
    /// Directory of NAME.txt files with their NAME.gold.yaml annotations.
    #[arg(value_name = "DIR")]
    dir: std::path::PathBuf,

    /// Also list every mismatch.
    #[arg(long, short)]
    verbose: bool,

    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(Debug, Args)]
struct Inputs {
    /// Text files or directories to read (directories recursively); `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<String>,

    /// Which files of a directory to read, by name or relative path (`*.txt`, `2022-*`); may be
    /// repeated [default: *.txt, *.md].
    #[arg(long, value_name = "PATTERN")]
    glob: Vec<String>,

    /// Files read at once [default: one per core].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,

    /// Language of the text; guessed per article by default.
    #[arg(long, value_enum)]
    lang: Option<LangArg>,

    /// Read files into memory instead of mapping the large ones (1 MiB and over): for a file
    /// that may be truncated while it is checked, which ends a mapped run with SIGBUS.
    #[arg(long)]
    no_mmap: bool,

    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(Debug, Args)]
struct RuleArgs {
    /// Add a rule pack (YAML); may be repeated. Rules with the id of a loaded rule replace it.
    #[arg(long = "rules", value_name = "PATH")]
    paths: Vec<String>,

    /// Leave out the embedded default rules.
    #[arg(long)]
    no_default_rules: bool,

    /// Read this configuration file instead of the nearest claimcheck.yaml or
    /// .claimcheck.yaml at or above the working directory.
    #[arg(long, value_name = "PATH", conflicts_with = "isolated")]
    config: Option<std::path::PathBuf>,

    /// Ignore every configuration file.
    #[arg(long)]
    isolated: bool,
}

#[derive(Debug, Args)]
struct ReportArgs {
    #[command(flatten)]
    inputs: Inputs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,

    /// Exit 1 when a finding is at least this severe [default: error, or the config's fail-on].
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,

    /// Hide the findings recorded in this baseline: CI then fails only on new ones.
    #[arg(long, value_name = "FILE")]
    baseline: Option<std::path::PathBuf>,

    /// Record the findings of this run in a baseline (written atomically), then report as usual.
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<std::path::PathBuf>,

    /// Colour in human output; `auto` colours a terminal unless NO_COLOR is set.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
}

#[derive(Debug, Args)]
struct ClaimsArgs {
    #[command(flatten)]
    inputs: Inputs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Table)]
    format: ClaimsFormat,
}

#[derive(Debug, Args)]
struct RulesArgs {
    /// Validate these rule packs, each on its own over the defaults and --rules packs, instead
    /// of listing rules.
    #[arg(long, value_name = "FILE", num_args = 1..)]
    check: Vec<String>,

    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(Debug, Args)]
struct ExplainArgs {
    /// The rule id, as `claimcheck rules` lists it.
    #[arg(value_name = "ID")]
    id: String,

    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LangArg {
    Fr,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

impl RuleArgs {
    /// The configuration in force: `--config`, else the nearest file upward, else none.
    fn config(&self) -> Result<Option<config::Loaded>, Error> {
        if self.isolated {
            return Ok(None);
        }
        let path = match &self.config {
            Some(path) => Some(path.clone()),
            None => std::env::current_dir()
                .ok()
                .and_then(|dir| config::discover(&dir)),
        };
        path.map(|p| config::Loaded::read(&p)).transpose()
    }

    /// The rules to load: the configuration's, then the flags'.
    fn sources(&self, config: Option<&config::Loaded>) -> RuleSources {
        let mut sources = RuleSources {
            no_default: self.no_default_rules,
            paths: Vec::new(),
            overrides: None,
        };
        if let Some(loaded) = config {
            let c = &loaded.config;
            sources.no_default |= c.no_default_rules;
            sources.paths = loaded.rule_paths();
            sources.overrides = Some(Overrides {
                disable: c.disable.clone(),
                severity: c.severity.iter().map(|(k, v)| (k.clone(), *v)).collect(),
                file: (loaded.name.clone(), loaded.text.clone()),
            });
        }
        sources.paths.extend(self.paths.iter().cloned());
        sources
    }

    /// A checker with the configuration and flags applied; `lang` from the flag wins.
    fn checker(&self, lang: Option<Lang>) -> Result<(Checker, Option<config::Loaded>), Error> {
        let config = self.config()?;
        let lang = lang.or(config.as_ref().and_then(|c| c.config.lang));
        let checker = Checker::new(&self.sources(config.as_ref()), lang)?;
        Ok((checker, config))
    }
}

impl Inputs {
    fn checker(&self) -> Result<(Checker, Option<config::Loaded>), Error> {
        let lang = self.lang.map(|l| match l {
            LangArg::Fr => Lang::Fr,
            LangArg::En => Lang::En,
        });
        let (mut checker, config) = self.rules.checker(lang)?;
        if let Some(threads) = self.threads {
            checker.threads = usize::from(threads);
        }
        Ok((checker, config))
    }

    fn read(&self) -> miette::Result<Vec<SourceFile>> {
        let paths = crate::source::expand(&self.files, &self.glob)?;
        let access = if self.no_mmap {
            Access::Read
        } else {
            Access::Auto
        };
        let mut files = Vec::with_capacity(paths.len());
        for path in &paths {
            files.push(SourceFile::read_with(path, access)?);
        }
        Ok(files)
    }
}

/// Runs the command line; `Err` is a fatal error (exit 2).
///
/// # Errors
/// Unreadable input or an invalid rule pack.
pub fn run() -> miette::Result<ExitCode> {
    let cli = Cli::parse();
    // Block-buffered: a line-buffered stdout costs one system call per line of JSON.
    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let result = match cli.command {
        Command::Report(args) => report(&args, &mut out),
        Command::Claims(args) => claims(&args, &mut out),
        Command::Rules(args) => rules(&args, &mut out),
        Command::Explain(args) => explain(&args, &mut out),
        Command::Eval(args) => eval(&args, &mut out),
        Command::Test(args) => test(&args, &mut out),
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "claimcheck", &mut out);
            Ok(ExitCode::SUCCESS)
        }
        Command::Man => {
            let command = <Cli as clap::CommandFactory>::command();
            clap_mangen::Man::new(command)
                .render(&mut out)
                .map(|()| ExitCode::SUCCESS)
                .map_err(Failure::Io)
        }
    };
    match result {
        Ok(code) => Ok(code),
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(Failure::Io(e)) => Err(miette::miette!("cannot write the output: {e}")),
        Err(Failure::Fatal(report)) => Err(report),
    }
}

enum Failure {
    Io(io::Error),
    Fatal(miette::Report),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Io(e)
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Fatal(e.into())
    }
}

impl From<miette::Report> for Failure {
    fn from(r: miette::Report) -> Self {
        Failure::Fatal(r)
    }
}

fn report(args: &ReportArgs, out: &mut dyn Write) -> Result<ExitCode, Failure> {
    let (mut checker, config) = args.inputs.checker()?;
    let fail_on = args
        .fail_on
        .or(config.and_then(|c| c.config.fail_on))
        .unwrap_or(FailOn::Error);
    let files = args.inputs.read()?;
    let mut report = check_with_progress(&mut checker, files);
    if let Some(path) = &args.write_baseline {
        crate::baseline::Baseline::of(&report).write(path)?;
    }
    let mut known = 0;
    if let Some(path) = &args.baseline {
        known = crate::baseline::Baseline::read(path)?.hide_known(&mut report);
    }
    let human = HumanOptions {
        color: match args.color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => {
                io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        },
        width: terminal_width(),
    };
    report::render(&report, args.format, &human, &checker.rules, out)?;
    out.flush()?;
    if args.format != Format::Json {
        summary(&report, known);
    }
    let failed = fail_on
        .threshold()
        .is_some_and(|t| report.worst().is_some_and(|w| w >= t));
    // The process ends next: freeing a big run's claims one by one would only cost time.
    std::mem::forget(report);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Checks `files`, drawing "claimcheck: 57/200 files" on stderr while it lasts when the run is
/// long (many files or many megabytes) and stderr is a terminal.
fn check_with_progress(checker: &mut Checker, files: Vec<SourceFile>) -> Report {
    let bytes: usize = files.iter().map(|f| f.text.len()).sum();
    let long = files.len() >= 50 || bytes >= 32 << 20;
    if !(long && io::stderr().is_terminal()) {
        return checker.check(files);
    }
    let total = files.len();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    checker.progress = Some(done.clone());
    let finished = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|scope| {
        scope.spawn(|| {
            use std::sync::atomic::Ordering::Relaxed;
            while !finished.load(Relaxed) {
                let n = done.load(Relaxed);
                let _ = write!(io::stderr().lock(), "\rclaimcheck: {n}/{total} files");
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            // Clear the line for the summary.
            let _ = write!(io::stderr().lock(), "\r{:40}\r", "");
        });
        let report = checker.check(files);
        finished.store(true, std::sync::atomic::Ordering::Relaxed);
        report
    })
}

fn summary(report: &Report, known: usize) {
    let mut err = io::stderr().lock();
    let baseline = if known > 0 {
        format!(" ({known} more in the baseline)")
    } else {
        String::new()
    };
    // Nothing useful can be done if stderr is gone.
    let _ = writeln!(err, "claimcheck: {}{baseline}", report.summary_line());
}

fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100)
}

fn claims(args: &ClaimsArgs, out: &mut dyn Write) -> Result<ExitCode, Failure> {
    let (checker, _) = args.inputs.checker()?;
    let files = args.inputs.read()?;
    let report = checker.claims(files);
    report::render_claims(&report, args.format, out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn rules(args: &RulesArgs, out: &mut dyn Write) -> Result<ExitCode, Failure> {
    if !args.check.is_empty() {
        return check_packs(args, out);
    }
    let (checker, _) = args.rules.checker(None)?;
    let rows: Vec<[&str; 6]> = checker
        .rules
        .rules
        .iter()
        .map(|r| {
            [
                r.id.as_str(),
                r.kind.as_str(),
                r.severity.as_str(),
                r.scope.as_str(),
                r.origin.as_str(),
                r.summary.as_deref().unwrap_or(""),
            ]
        })
        .collect();
    let header = ["id", "kind", "severity", "scope", "origin", "summary"];
    let mut widths = header.map(str::len);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate().take(5) {
            line.push_str(&format!("{cell:width$}  ", width = widths[i]));
        }
        line.push_str(row[5]);
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Loads each pack on its own over the defaults, so that every pack's mistakes show at once.
fn check_packs(args: &RulesArgs, out: &mut dyn Write) -> Result<ExitCode, Failure> {
    let mut errors = Vec::new();
    let mut failed_examples = Vec::new();
    for path in &args.check {
        // Over the packs of `--rules`, so that a pack may use their categories.
        let mut paths = args.rules.paths.clone();
        paths.push(path.clone());
        let sources = RuleSources {
            no_default: args.rules.no_default_rules,
            paths,
            overrides: None,
        };
        match Checker::new(&sources, None) {
            Ok(checker) => {
                let own: Vec<_> = checker
                    .rules
                    .rules
                    .iter()
                    .filter(|r| r.origin == *path)
                    .collect();
                // Each rule's documented example must give what it says.
                let mut wrong = Vec::new();
                for rule in &own {
                    let diff = crate::fixture::example_diff(&checker, rule);
                    if !diff.is_empty() {
                        wrong.push(format!("example of `{}`: {}", rule.id, diff.join(", ")));
                    }
                }
                if wrong.is_empty() {
                    let n = own.len();
                    writeln!(out, "{path}: ok, {n} rule{}", if n == 1 { "" } else { "s" })?;
                } else {
                    failed_examples.push(format!("{path}: {}", wrong.join("; ")));
                }
            }
            Err(e) => errors.push(e),
        }
    }
    out.flush()?;
    if let Some(error) = Error::combine(errors) {
        return Err(error.into());
    }
    if failed_examples.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(miette::miette!(
            help = "fix the rule or its `example.expect` (`- expected`, `+ actual`)",
            "{}",
            failed_examples.join("\n")
        )
        .into())
    }
}

fn explain(args: &ExplainArgs, out: &mut dyn Write) -> Result<ExitCode, Failure> {
    let (checker, _) = args.rules.checker(None)?;
    let Some(rule) = checker.rules.get(&args.id) else {
        let known = checker.rules.rules.iter().map(|r| r.id.as_str());
        let hint = crate::engine::load::closest(&args.id, known).map_or_else(
            || "`claimcheck rules` lists the rule ids".to_string(),
            |best| format!("did you mean `{best}`?"),
        );
        return Err(miette::miette!(help = hint, "no rule has the id `{}`", args.id).into());
    };
    writeln!(
        out,
        "{} ({}, {}, scope {})",
        rule.id,
        rule.kind.as_str(),
        rule.severity.as_str(),
        rule.scope.as_str()
    )?;
    for line in [&rule.summary, &rule.why].into_iter().flatten() {
        writeln!(out, "  {line}")?;
    }
    writeln!(out, "\nDefined in {}:\n", rule.origin)?;
    for line in rule.source_text.lines() {
        writeln!(out, "  {line}")?;
    }
    if let Some(example) = &rule.example {
        writeln!(out, "\nExample:\n  {}\n", example.text)?;
        let source = SourceFile::new("example", example.text.clone());
        let report = checker.check(vec![source]);
        let findings: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.rule == rule.id)
            .collect();
        if findings.is_empty() {
            writeln!(out, "gives no finding of this rule.")?;
        }
        for finding in findings {
            writeln!(
                out,
                "gives {}: {}",
                finding.severity.as_str(),
                finding.message
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn eval(args: &EvalArgs, out: &mut dyn Write) -> Result<ExitCode, Failure> {
    let (checker, _) = args.rules.checker(None)?;
    let evaluation = crate::eval::evaluate(&checker, &args.dir)?;
    write!(out, "{evaluation}")?;
    if args.verbose {
        for line in &evaluation.mismatches {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn test(args: &TestArgs, out: &mut dyn Write) -> Result<ExitCode, Failure> {
    let (checker, _) = args.rules.checker(None)?;
    let mut fixtures = Vec::new();
    for dir in &args.dirs {
        if dir.is_file() {
            fixtures.push(dir.clone());
        } else {
            fixtures.extend(crate::fixture::find(dir)?);
        }
    }
    if fixtures.is_empty() {
        let dirs: Vec<String> = args.dirs.iter().map(|d| d.display().to_string()).collect();
        return Err(miette::miette!(
            help = "a fixture is NAME.txt beside NAME.expected.yaml",
            "no fixtures found in {}",
            dirs.join(", ")
        )
        .into());
    }
    let (mut passed, mut failed) = (0, 0);
    for path in &fixtures {
        let outcome = crate::fixture::run(&checker, path)?;
        if outcome.passed() {
            passed += 1;
            writeln!(out, "PASS {}", path.display())?;
        } else {
            failed += 1;
            writeln!(out, "FAIL {}", path.display())?;
            for line in &outcome.diff {
                writeln!(out, "     {line}")?;
            }
        }
    }
    writeln!(out, "{passed} passed, {failed} failed")?;
    Ok(if failed == 0 && passed > 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
