//! The `claimcheck` binary: parses the command line and maps the outcome to an exit code.

use std::process::ExitCode;

fn main() -> ExitCode {
    match claimcheck::cli::run() {
        Ok(code) => code,
        Err(report) => {
            #[allow(clippy::print_stderr, reason = "the one place fatal errors are shown")]
            {
                eprintln!("{report:?}");
            }
            ExitCode::from(2)
        }
    }
}
