//! The command line: flags, subcommands and exit codes. Only wiring: every stage is a library
//! call.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::engine::{RuleSources, Severity};
use crate::lexicon::Lang;
use crate::report::{self, ClaimsFormat, Format, HumanOptions, Report};
use crate::source::SourceFile;
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
  claimcheck report --rules desk.yaml dump.txt add a rule pack to the defaults";

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
    /// List the rules in force.
    Rules(RulesArgs),
    /// Measure claims and contradictions against hand annotations (NAME.txt + NAME.gold.yaml).
    Eval(EvalArgs),
    /// Run fixtures: every NAME.txt under DIR must give exactly the findings of its
    /// NAME.expected.yaml (exit 1 on any mismatch).
    Test(TestArgs),
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
    /// Text files to read; `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<String>,

    /// Language of the text; guessed per article by default.
    #[arg(long, value_enum)]
    lang: Option<LangArg>,

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
}

#[derive(Debug, Args)]
struct ReportArgs {
    #[command(flatten)]
    inputs: Inputs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,

    /// Exit 1 when a finding is at least this severe.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,

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
    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LangArg {
    Fr,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

impl RuleArgs {
    fn sources(&self) -> RuleSources {
        RuleSources {
            no_default: self.no_default_rules,
            paths: self.paths.clone(),
        }
    }
}

impl Inputs {
    fn checker(&self) -> miette::Result<Checker> {
        let lang = self.lang.map(|l| match l {
            LangArg::Fr => Lang::Fr,
            LangArg::En => Lang::En,
        });
        Ok(Checker::new(&self.rules.sources(), lang)?)
    }

    fn read(&self) -> miette::Result<Vec<SourceFile>> {
        let mut files = Vec::with_capacity(self.files.len());
        for path in &self.files {
            files.push(SourceFile::read(path)?);
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
        Command::Eval(args) => eval(&args, &mut out),
        Command::Test(args) => test(&args, &mut out),
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

impl From<miette::Report> for Failure {
    fn from(r: miette::Report) -> Self {
        Failure::Fatal(r)
    }
}

fn report(args: &ReportArgs, out: &mut dyn Write) -> Result<ExitCode, Failure> {
    let checker = args.inputs.checker()?;
    let files = args.inputs.read()?;
    let report = checker.check(files);
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
    report::render(&report, args.format, &human, out)?;
    out.flush()?;
    if args.format != Format::Json {
        summary(&report);
    }
    let failed = args
        .fail_on
        .threshold()
        .is_some_and(|t| report.worst().is_some_and(|w| w >= t));
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn summary(report: &Report) {
    let mut err = io::stderr().lock();
    // Nothing useful can be done if stderr is gone.
    let _ = writeln!(err, "claimcheck: {}", report.summary_line());
}

fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100)
}

fn claims(args: &ClaimsArgs, out: &mut dyn Write) -> Result<ExitCode, Failure> {
    let checker = args.inputs.checker()?;
    let files = args.inputs.read()?;
    let report = checker.claims(files);
    report::render_claims(&report, args.format, out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn rules(args: &RulesArgs, out: &mut dyn Write) -> Result<ExitCode, Failure> {
    let checker = Checker::new(&args.rules.sources(), None).map_err(miette::Report::from)?;
    let width = checker
        .rules
        .rules
        .iter()
        .map(|r| r.id.len())
        .max()
        .unwrap_or(2);
    writeln!(
        out,
        "{:width$}  {:14}  {:8}  {:7}  summary",
        "id", "kind", "severity", "scope"
    )?;
    for rule in &checker.rules.rules {
        writeln!(
            out,
            "{:width$}  {:14}  {:8}  {:7}  {}",
            rule.id,
            rule.kind.as_str(),
            rule.severity.as_str(),
            format!("{:?}", rule.scope).to_lowercase(),
            rule.summary.as_deref().unwrap_or("")
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

fn eval(args: &EvalArgs, out: &mut dyn Write) -> Result<ExitCode, Failure> {
    let checker = Checker::new(&args.rules.sources(), None).map_err(miette::Report::from)?;
    let evaluation = crate::eval::evaluate(&checker, &args.dir).map_err(miette::Report::from)?;
    write!(out, "{evaluation}")?;
    if args.verbose {
        for line in &evaluation.mismatches {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn test(args: &TestArgs, out: &mut dyn Write) -> Result<ExitCode, Failure> {
    let checker = Checker::new(&args.rules.sources(), None).map_err(miette::Report::from)?;
    let mut fixtures = Vec::new();
    for dir in &args.dirs {
        if dir.is_file() {
            fixtures.push(dir.clone());
        } else {
            fixtures.extend(crate::fixture::find(dir).map_err(miette::Report::from)?);
        }
    }
    let (mut passed, mut failed) = (0, 0);
    for path in &fixtures {
        let outcome = crate::fixture::run(&checker, path).map_err(miette::Report::from)?;
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
