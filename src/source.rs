//! Input files: the bytes as they are on disk, checked once, and the line index the reports use.
//!
//! Every span in the pipeline is a byte range into [`SourceFile::text`], so the text is kept
//! whole and never normalised. Line and column are worked out only at the edge, by
//! [`LineIndex`].

use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use crate::error::Error;

/// The largest input: spans are `u32` byte offsets.
pub const MAX_FILE_BYTES: u64 = u32::MAX as u64;

/// What a directory given as input contributes when no `--glob` says otherwise.
pub const DEFAULT_GLOBS: [&str; 2] = ["*.txt", "*.md"];

/// The files the inputs name, in a stable order: a file as given, `-` for standard input, and
/// for a directory every file under it (recursively, hidden entries skipped, sorted by path)
/// whose name matches one of `globs`.
///
/// # Errors
/// An input that does not exist, an unreadable directory, or a directory with no matching file.
pub fn expand(inputs: &[String], globs: &[String]) -> Result<Vec<String>, Error> {
    let globs: Vec<&str> = if globs.is_empty() {
        DEFAULT_GLOBS.to_vec()
    } else {
        globs.iter().map(String::as_str).collect()
    };
    let mut files = Vec::new();
    for input in inputs {
        let path = Path::new(input);
        if input == "-" || !path.is_dir() {
            files.push(input.clone());
            continue;
        }
        let before = files.len();
        walk(path, path, &globs, &mut files)?;
        files[before..].sort();
        if files.len() == before {
            return Err(Error::EmptyDirectory {
                path: input.clone(),
                globs: globs.join(", "),
            });
        }
    }
    Ok(files)
}

fn walk(root: &Path, dir: &Path, globs: &[&str], out: &mut Vec<String>) -> Result<(), Error> {
    let unreadable = |e: std::io::Error| Error::Unreadable {
        path: dir.display().to_string(),
        reason: io_reason(&e),
    };
    for entry in std::fs::read_dir(dir).map_err(unreadable)? {
        let path = entry.map_err(unreadable)?.path();
        let name = path
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(root, &path, globs, out)?;
        } else {
            let relative = path.strip_prefix(root).unwrap_or(&path).to_string_lossy();
            if globs
                .iter()
                .any(|g| wildcard(g, &name) || wildcard(g, &relative))
            {
                out.push(path.display().to_string());
            }
        }
    }
    Ok(())
}

/// Shell-style matching: `*` any run of characters, `?` any one, anything else itself.
#[must_use]
pub fn wildcard(pattern: &str, text: &str) -> bool {
    let (p, t): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
    // Iterative matching with one backtrack point: linear in practice, never exponential.
    let (mut i, mut j) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while j < t.len() {
        if i < p.len() && (p[i] == '?' || p[i] == t[j]) {
            i += 1;
            j += 1;
        } else if i < p.len() && p[i] == '*' {
            star = Some((i, j));
            i += 1;
        } else if let Some((si, sj)) = star {
            i = si + 1;
            j = sj + 1;
            star = Some((si, sj + 1));
        } else {
            return false;
        }
    }
    p[i..].iter().all(|&c| c == '*')
}

/// One input file, valid UTF-8, as it is on disk.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The name used in reports: the path as given, or `<stdin>`.
    pub name: String,
    /// The whole text; shared so diagnostics can hold it without copying.
    pub text: Arc<Text>,
}

/// A file's text: in memory, or mapped from disk.
///
/// A large file is mapped rather than read: reading copies every byte into fresh pages the
/// kernel must first clear, about a twentieth of a whole run on a 50 MB dump, while a mapping
/// shares the page cache (ripgrep does the same). Both are checked as UTF-8 once, when made.
#[derive(Debug)]
pub enum Text {
    /// Read into memory: standard input, small files, or `--no-mmap`.
    Owned(String),
    /// Mapped read-only; its bytes were checked as UTF-8 when mapped.
    Mapped(memmap2::Mmap),
}

impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Text::Owned(text) => text,
            // SAFETY: `SourceFile::map` builds a `Mapped` text only after a UTF-8 check
            // (simdutf8's, which is exact) accepted its bytes, and the mapping is read-only.
            #[allow(unsafe_code)]
            Text::Mapped(map) => unsafe { std::str::from_utf8_unchecked(map) },
        }
    }
}

impl miette::SourceCode for Text {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let text: &'a str = self;
        text.read_span(span, context_lines_before, context_lines_after)
    }
}

/// Files at least this large are mapped rather than read (see [`Text`]); below it, reading is
/// as fast and maps nothing.
const MAP_FROM_BYTES: u64 = 1 << 20;

/// How [`SourceFile::read`] gets a file's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Access {
    /// Map large files, read the others.
    #[default]
    Auto,
    /// Read every file into memory: for files that may be truncated while the run reads them,
    /// which a mapping cannot survive.
    Read,
}

impl SourceFile {
    /// Wraps text that is already in memory (tests, the library API).
    #[must_use]
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            text: Arc::new(Text::Owned(text.into())),
        }
    }

    /// Reads `path`, or standard input when `path` is `-`.
    ///
    /// # Errors
    /// A missing or unreadable file, a directory, a file over 4 GiB, binary data or invalid
    /// UTF-8, each with the place where it was found.
    pub fn read(path: &str) -> Result<Self, Error> {
        Self::read_with(path, Access::Auto)
    }

    /// [`SourceFile::read`], choosing how the bytes are got.
    ///
    /// # Errors
    /// As [`SourceFile::read`].
    pub fn read_with(path: &str, access: Access) -> Result<Self, Error> {
        if path == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .take(MAX_FILE_BYTES + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| Error::Unreadable {
                    path: "<stdin>".into(),
                    reason: e.to_string(),
                })?;
            return Self::from_bytes("<stdin>", bytes);
        }
        let unreadable = |e: std::io::Error| Error::Unreadable {
            path: path.into(),
            reason: io_reason(&e),
        };
        let p = Path::new(path);
        let meta = std::fs::metadata(p).map_err(unreadable)?;
        if meta.is_dir() {
            return Err(Error::IsDirectory { path: path.into() });
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(Error::TooLarge {
                path: path.into(),
                size: meta.len(),
            });
        }
        if access == Access::Auto && meta.is_file() && meta.len() >= MAP_FROM_BYTES {
            return Self::map(path, &std::fs::File::open(p).map_err(unreadable)?);
        }
        let bytes = std::fs::read(p).map_err(unreadable)?;
        Self::from_bytes(path, bytes)
    }

    /// Maps a regular file read-only and checks it.
    fn map(path: &str, file: &std::fs::File) -> Result<Self, Error> {
        // SAFETY: the mapping is read-only, but another process may still change the file
        // under it: truncating it ends the run with SIGBUS, and rewriting it could void the
        // UTF-8 check below. That is the risk every tool that maps its inputs takes (ripgrep
        // too); a dump being checked is not being written, and `--no-mmap` reads instead.
        #[allow(unsafe_code)]
        let map = unsafe { memmap2::Mmap::map(file) }.map_err(|e| Error::Unreadable {
            path: path.into(),
            reason: io_reason(&e),
        })?;
        check(path, &map)?;
        // SIMD validation: several times std's speed on accented text; std's finds where the
        // text goes wrong, for the diagnostic.
        if simdutf8::basic::from_utf8(&map).is_err() {
            std::str::from_utf8(&map).map_err(|e| not_utf8(path, &map, e))?;
        }
        Ok(Self {
            name: path.into(),
            text: Arc::new(Text::Mapped(map)),
        })
    }

    /// Checks raw bytes: no NUL (binary data), valid UTF-8, under the size limit.
    ///
    /// # Errors
    /// As [`SourceFile::read`].
    pub fn from_bytes(name: &str, bytes: Vec<u8>) -> Result<Self, Error> {
        check(name, &bytes)?;
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Self::new(name, text)),
            Err(e) => Err(not_utf8(name, e.as_bytes(), e.utf8_error())),
        }
    }
}

/// Checks a file's bytes before they are taken as UTF-8: under the size limit, no NUL (binary
/// data).
fn check(name: &str, bytes: &[u8]) -> Result<(), Error> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::TooLarge {
            path: name.into(),
            size: bytes.len() as u64,
        });
    }
    // A NUL byte marks binary data; SIMD search, since this reads every byte of the input.
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(Error::Binary {
            path: name.into(),
            offset,
        });
    }
    Ok(())
}

/// The error for bytes that are not UTF-8, with the line and column of the first bad byte.
fn not_utf8(name: &str, bytes: &[u8], e: std::str::Utf8Error) -> Error {
    let offset = e.valid_up_to();
    // The prefix up to `offset` is valid by definition.
    let before = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
    let (line, column) = LineIndex::new(before).line_col(before, offset);
    Error::NotUtf8 {
        path: name.into(),
        offset,
        line,
        column,
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Byte offsets of line starts, built once per file for reporting.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// `u32`: inputs are capped at 4 GiB.
    starts: Vec<u32>,
    /// Inside lines longer than [`CHECKPOINT`] bytes, every `CHECKPOINT`th byte (moved to a
    /// character boundary) with its column in characters, so that a column is counted from the
    /// nearest checkpoint rather than from the start of a line that may be the whole file.
    checkpoints: Vec<(u32, u32)>,
}

/// Bytes between two column checkpoints of a long line.
const CHECKPOINT: usize = 4096;

impl LineIndex {
    /// Indexes the line starts of `text`.
    #[must_use]
    pub fn new(text: &str) -> Self {
        // Line ends by SIMD search: this reads the whole input, counted first so the index is
        // allocated once.
        let lines = memchr::memchr_iter(b'\n', text.as_bytes());
        let mut starts = Vec::with_capacity(lines.clone().count() + 1);
        starts.push(0);
        starts.extend(lines.map(|k| u32::try_from(k + 1).unwrap_or(u32::MAX)));
        let mut checkpoints = Vec::new();
        let ends = starts
            .iter()
            .skip(1)
            .map(|&s| s as usize)
            .chain([text.len()]);
        for (start, end) in starts.iter().map(|&s| s as usize).zip(ends) {
            let (mut at, mut column) = (start, 0);
            while end - at > CHECKPOINT {
                let mut next = at + CHECKPOINT;
                while !text.is_char_boundary(next) {
                    next += 1;
                }
                column += text[at..next].chars().count();
                at = next;
                let as_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
                checkpoints.push((as_u32(at), as_u32(column)));
            }
        }
        Self {
            starts,
            checkpoints,
        }
    }

    /// 1-based line and 1-based column (in characters) of byte `offset` in `text`.
    #[must_use]
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self
            .starts
            .partition_point(|&s| s as usize <= offset)
            .max(1);
        let start = self.starts[line - 1] as usize;
        let checkpoint = self
            .checkpoints
            .partition_point(|&(at, _)| at as usize <= offset)
            .checked_sub(1)
            .map(|k| self.checkpoints[k])
            .filter(|&(at, _)| at as usize > start);
        let (from, column) =
            checkpoint.map_or((start, 0), |(at, column)| (at as usize, column as usize));
        let column = column + text.get(from..offset).map_or(0, |s| s.chars().count());
        (line, column + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcard_matches_like_a_shell() {
        assert!(wildcard("*.txt", "dump.txt"));
        assert!(wildcard("*.txt", ".txt"));
        assert!(!wildcard("*.txt", "dump.txt.bak"));
        assert!(wildcard("2022-*-??.md", "2022-01-10.md"));
        assert!(wildcard("desk/*", "desk/a/b.txt"));
        assert!(!wildcard("a?c", "ac"));
        assert!(wildcard("*a*b*", "xxaxxbxx"));
    }

    #[test]
    fn expand_walks_directories_in_order_and_keeps_files_as_given() {
        let root = std::env::temp_dir().join(format!("claimcheck-expand-{}", std::process::id()));
        std::fs::create_dir_all(root.join("b/.hidden")).unwrap();
        for name in ["b/2.txt", "a.md", "b/1.txt", "c.csv", "b/.hidden/x.txt"] {
            std::fs::write(root.join(name), "x").unwrap();
        }
        let dir = root.display().to_string();
        let got = expand(std::slice::from_ref(&dir), &[]).unwrap();
        let want: Vec<String> = ["a.md", "b/1.txt", "b/2.txt"]
            .iter()
            .map(|n| root.join(n).display().to_string())
            .collect();
        assert_eq!(got, want);
        let csv = expand(std::slice::from_ref(&dir), &["*.csv".to_string()]).unwrap();
        assert_eq!(csv, vec![root.join("c.csv").display().to_string()]);
        assert!(matches!(
            expand(&[dir], &["*.pdf".to_string()]),
            Err(Error::EmptyDirectory { .. })
        ));
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn line_index_counts_characters_not_bytes() {
        let text = "première ligne\nété 42";
        let index = LineIndex::new(text);
        let offset = text.find("42").unwrap();
        assert_eq!(index.line_col(text, offset), (2, 5));
        assert_eq!(index.line_col(text, 0), (1, 1));
    }

    #[test]
    fn line_index_counts_columns_of_a_long_line_from_its_checkpoints() {
        // Two-byte characters put checkpoints off character boundaries.
        let text = format!(
            "titre\n{}42\n{}7",
            "é".repeat(3 * CHECKPOINT),
            "a".repeat(CHECKPOINT + 1)
        );
        let index = LineIndex::new(&text);
        assert!(!index.checkpoints.is_empty());
        let offset = text.find("42").unwrap();
        assert_eq!(index.line_col(&text, offset), (2, 3 * CHECKPOINT + 1));
        assert_eq!(index.line_col(&text, text.len() - 1), (3, CHECKPOINT + 2));
        for offset in (0..text.len())
            .filter(|&k| text.is_char_boundary(k))
            .step_by(997)
        {
            let line_start = text[..offset].rfind('\n').map_or(0, |n| n + 1);
            let line = text[..offset].matches('\n').count() + 1;
            let column = text[line_start..offset].chars().count() + 1;
            assert_eq!(index.line_col(&text, offset), (line, column));
        }
    }

    #[test]
    fn from_bytes_rejects_invalid_utf8_with_its_place() {
        let err = SourceFile::from_bytes("x.txt", b"ok\nab\xffcd".to_vec()).unwrap_err();
        match err {
            Error::NotUtf8 {
                offset,
                line,
                column,
                ..
            } => assert_eq!((offset, line, column), (5, 2, 3)),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn from_bytes_rejects_binary_data() {
        let err = SourceFile::from_bytes("x.bin", vec![b'a', 0, b'b']).unwrap_err();
        assert!(matches!(err, Error::Binary { offset: 1, .. }));
    }

    #[test]
    fn large_files_are_mapped_and_checked_like_read_ones() {
        let dir = std::env::temp_dir().join(format!("claimcheck-map-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let lines = "Le bilan est de 12 morts.\n".repeat(50_000); // 1.3 MB
        let good = dir.join("good.txt");
        std::fs::write(&good, &lines).unwrap();
        let good = good.display().to_string();
        let mapped = SourceFile::read(&good).unwrap();
        assert!(matches!(*mapped.text, Text::Mapped(_)));
        assert_eq!(&**mapped.text, lines);
        let read = SourceFile::read_with(&good, Access::Read).unwrap();
        assert!(matches!(*read.text, Text::Owned(_)));

        let bad = dir.join("bad.txt");
        std::fs::write(&bad, [lines.as_bytes(), b"caf\xe9"].concat()).unwrap();
        for access in [Access::Auto, Access::Read] {
            let err = SourceFile::read_with(&bad.display().to_string(), access).unwrap_err();
            assert!(
                matches!(
                    err,
                    Error::NotUtf8 {
                        line: 50_001,
                        column: 4,
                        ..
                    }
                ),
                "{access:?}: {err:?}"
            );
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
