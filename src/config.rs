//! Project configuration: a `claimcheck.yaml` (or `.claimcheck.yaml`) found from the working
//! directory upward, as ruff finds `ruff.toml`. A desk keeps its packs, disabled rules and
//! severities beside its copy; flags on the command line win over the file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::engine::Severity;
use crate::error::Error;
use crate::lexicon::Lang;
use crate::source::SourceFile;

/// The names looked for in each directory, in order.
pub const FILE_NAMES: [&str; 2] = ["claimcheck.yaml", ".claimcheck.yaml"];

/// The least severe finding that makes `report` exit 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    /// Errors only.
    Error,
    /// Warnings and errors.
    Warning,
    /// Any finding.
    Info,
    /// Never: always exit 0 unless the run itself fails.
    Never,
}

impl FailOn {
    /// The severity from which a run fails, `None` for never.
    #[must_use]
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

/// A configuration file as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Rule packs to add, relative to the file's directory.
    #[serde(default)]
    pub rules: Vec<PathBuf>,
    /// Leave out the embedded default rules.
    #[serde(default)]
    pub no_default_rules: bool,
    /// Rule ids not to run.
    #[serde(default)]
    pub disable: Vec<String>,
    /// New severities by rule id.
    #[serde(default, deserialize_with = "crate::engine::load::unique_keys")]
    pub severity: BTreeMap<String, Severity>,
    /// Exit 1 from this severity.
    pub fail_on: Option<FailOn>,
    /// Language of the texts, instead of guessing.
    pub lang: Option<Lang>,
}

/// A configuration with where it was read, so that rule ids it names can be pointed at.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The settings.
    pub config: Config,
    /// The file's path as shown to the user.
    pub name: String,
    /// The file's text.
    pub text: String,
    /// The directory relative paths start from.
    pub dir: PathBuf,
}

impl Loaded {
    /// Reads and parses a configuration file.
    ///
    /// # Errors
    /// An unreadable file, invalid YAML or an unknown key, at its line and column.
    pub fn read(path: &Path) -> Result<Self, Error> {
        let name = path.display().to_string();
        let source = SourceFile::read(&name)?;
        let config: Config = crate::engine::load::parse_yaml(&name, &source.text, "configuration")?;
        let dir = path
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        Ok(Self {
            config,
            name,
            text: source.text.to_string(),
            dir,
        })
    }

    /// The file's rule packs, as paths usable from the working directory.
    #[must_use]
    pub fn rule_paths(&self) -> Vec<String> {
        self.config
            .rules
            .iter()
            .map(|p| self.dir.join(p).display().to_string())
            .collect()
    }
}

/// The nearest configuration file at or above `start`.
#[must_use]
pub fn discover(start: &Path) -> Option<PathBuf> {
    start.ancestors().find_map(|dir| {
        FILE_NAMES
            .iter()
            .map(|name| dir.join(name))
            .find(|path| path.is_file())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discovery_walks_up_to_the_nearest_file() {
        let root = std::env::temp_dir().join(format!("claimcheck-config-{}", std::process::id()));
        let nested = root.join("a/b");
        std::fs::create_dir_all(&nested).unwrap();
        assert_eq!(discover(&nested).filter(|p| p.starts_with(&root)), None);
        std::fs::write(root.join(".claimcheck.yaml"), "fail-on: never\n").unwrap();
        assert_eq!(discover(&nested), Some(root.join(".claimcheck.yaml")));
        std::fs::write(root.join("a/claimcheck.yaml"), "lang: fr\n").unwrap();
        assert_eq!(discover(&nested), Some(root.join("a/claimcheck.yaml")));
        let loaded = Loaded::read(&root.join("a/claimcheck.yaml")).unwrap();
        assert_eq!(loaded.config.lang, Some(Lang::Fr));
        std::fs::remove_dir_all(&root).unwrap();
    }
}
