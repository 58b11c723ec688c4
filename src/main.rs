//! The `claimcheck` binary: parses the command line and maps the outcome to an exit code.

use std::process::ExitCode;

/// mimalloc: faster than the system allocator on the extractor's many small allocations (see
/// Cargo.toml).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100);
    // The hook only shapes how fatal errors print; failing to set it leaves miette's default.
    let _ = miette::set_hook(Box::new(move |_| {
        Box::new(miette::MietteHandlerOpts::new().width(width).build())
    }));
    match claimcheck::cli::run() {
        Ok(code) => code,
        Err(report) => {
            // Written, not `eprintln!`: a closed stderr (`2>&1 | head -1`) must not turn the
            // error's exit code 2 into a panic's 101.
            use std::io::Write;
            let _ = writeln!(std::io::stderr(), "{report:?}");
            ExitCode::from(2)
        }
    }
}
