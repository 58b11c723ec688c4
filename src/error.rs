//! Errors of the tool itself (exit code 2): unreadable input and broken rule or lexicon files.
//!
//! Each variant is a miette diagnostic with a stable code (`claimcheck::<area>::<what>`), so the
//! message, the place and a hint reach the user in one piece.

use miette::{Diagnostic, NamedSource, SourceSpan};

/// Everything that stops a run before it can report findings.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[non_exhaustive]
pub enum Error {
    /// The file does not exist or cannot be read.
    #[error("cannot read `{path}`: {reason}")]
    #[diagnostic(code(claimcheck::input::unreadable))]
    Unreadable {
        /// The path as given.
        path: String,
        /// What the system said.
        reason: String,
    },

    /// A directory was given where a file was expected.
    #[error("`{path}` is a directory, not a text file")]
    #[diagnostic(
        code(claimcheck::input::directory),
        help("pass the files inside it, e.g. `{path}/*.txt`")
    )]
    IsDirectory {
        /// The path as given.
        path: String,
    },

    /// A directory given as input holds no file to read.
    #[error("no file to read under `{path}` (looked for {globs})")]
    #[diagnostic(
        code(claimcheck::input::empty_directory),
        help("name the files, or choose them with `--glob '*.text'`")
    )]
    EmptyDirectory {
        /// The directory as given.
        path: String,
        /// The patterns looked for.
        globs: String,
    },

    /// An output file that cannot be written.
    #[error("cannot write `{path}`: {reason}")]
    #[diagnostic(code(claimcheck::output::unwritable))]
    Unwritable {
        /// The path as given.
        path: String,
        /// What the system said.
        reason: String,
    },

    /// A baseline file that is not one.
    #[error("`{path}` is not a claimcheck baseline: {reason}")]
    #[diagnostic(
        code(claimcheck::baseline::corrupt),
        help("write it again with `claimcheck report --write-baseline {path} …`")
    )]
    BadBaseline {
        /// The path as given.
        path: String,
        /// What is wrong, with its line and column.
        reason: String,
    },

    /// The file holds a NUL byte: it is not text.
    #[error("`{path}` looks like a binary file (NUL byte at byte offset {offset})")]
    #[diagnostic(
        code(claimcheck::input::binary),
        help("claimcheck reads plain UTF-8 text; extract the text first")
    )]
    Binary {
        /// The path as given.
        path: String,
        /// Where the first NUL byte is.
        offset: usize,
    },

    /// The file is not valid UTF-8.
    #[error("`{path}` is not valid UTF-8 at line {line}, column {column} (byte offset {offset})")]
    #[diagnostic(
        code(claimcheck::input::not_utf8),
        help("convert the file to UTF-8, e.g. `iconv -f latin1 -t utf-8 FILE`")
    )]
    NotUtf8 {
        /// The path as given.
        path: String,
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// 1-based line of that byte.
        line: usize,
        /// 1-based column (characters) of that byte.
        column: usize,
    },

    /// The file is larger than byte spans can address.
    #[error("`{path}` is too large ({size} bytes; the limit is 4 GiB)")]
    #[diagnostic(
        code(claimcheck::input::too_large),
        help("split the dump into smaller files")
    )]
    TooLarge {
        /// The path as given.
        path: String,
        /// Its size in bytes.
        size: u64,
    },

    /// A rule pack or lexicon that does not parse or does not make sense.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Rules(Box<RuleError>),

    /// Several mistakes in rule packs, each with its own place.
    #[error("{} mistakes in rule packs", errors.len())]
    #[diagnostic(
        code(claimcheck::rules::invalid),
        help("fix each one below; `claimcheck rules --check FILE` checks a pack alone")
    )]
    ManyRules {
        /// Every mistake.
        #[related]
        errors: Vec<RuleError>,
    },
}

impl Error {
    /// One error for many: a single one as it is, several rule mistakes together.
    #[must_use]
    pub fn combine(mut errors: Vec<Error>) -> Option<Error> {
        if errors.len() <= 1 {
            return errors.pop();
        }
        let mut rules = Vec::new();
        for error in errors {
            match error {
                Error::Rules(e) => rules.push(*e),
                Error::ManyRules { errors } => rules.extend(errors),
                other => return Some(other),
            }
        }
        Some(Error::ManyRules { errors: rules })
    }
}

/// A mistake in a rule pack or lexicon, labelled at its place in the YAML.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("invalid {what} `{name}`: {reason}")]
#[diagnostic(code(claimcheck::rules::invalid))]
pub struct RuleError {
    /// "rule pack" or "lexicon".
    pub what: &'static str,
    /// The file name.
    pub name: String,
    /// The YAML text, for the label.
    #[source_code]
    pub src: NamedSource<String>,
    /// Where in the YAML.
    #[label("here")]
    pub at: Option<SourceSpan>,
    /// What is wrong, with the line and column.
    pub reason: String,
    /// How to fix it ("did you mean `consistency`?").
    #[help]
    pub hint: Option<String>,
}

impl From<RuleError> for Error {
    fn from(e: RuleError) -> Self {
        Error::Rules(Box::new(e))
    }
}
