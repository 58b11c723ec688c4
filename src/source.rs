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

/// One input file, valid UTF-8, as it is on disk.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The name used in reports: the path as given, or `<stdin>`.
    pub name: String,
    /// The whole text; shared so diagnostics can hold it without copying (an `Arc<String>`
    /// rather than `Arc<str>`, which would copy the file once more).
    pub text: Arc<String>,
}

impl SourceFile {
    /// Wraps text that is already in memory (tests, the library API).
    #[must_use]
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            text: Arc::new(text.into()),
        }
    }

    /// Reads `path`, or standard input when `path` is `-`.
    ///
    /// # Errors
    /// A missing or unreadable file, a directory, a file over 4 GiB, binary data or invalid
    /// UTF-8, each with the place where it was found.
    pub fn read(path: &str) -> Result<Self, Error> {
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
        let p = Path::new(path);
        let meta = std::fs::metadata(p).map_err(|e| Error::Unreadable {
            path: path.into(),
            reason: io_reason(&e),
        })?;
        if meta.is_dir() {
            return Err(Error::IsDirectory { path: path.into() });
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(Error::TooLarge {
                path: path.into(),
                size: meta.len(),
            });
        }
        let bytes = std::fs::read(p).map_err(|e| Error::Unreadable {
            path: path.into(),
            reason: io_reason(&e),
        })?;
        Self::from_bytes(path, bytes)
    }

    /// Checks raw bytes: no NUL (binary data), valid UTF-8, under the size limit.
    ///
    /// # Errors
    /// As [`SourceFile::read`].
    pub fn from_bytes(name: &str, bytes: Vec<u8>) -> Result<Self, Error> {
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(Error::TooLarge {
                path: name.into(),
                size: bytes.len() as u64,
            });
        }
        // `contains` on bytes is a memchr; the position is only wanted on the error path.
        if bytes.contains(&0) {
            let offset = bytes.iter().position(|&b| b == 0).unwrap_or(0);
            return Err(Error::Binary {
                path: name.into(),
                offset,
            });
        }
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Self::new(name, text)),
            Err(e) => {
                let offset = e.utf8_error().valid_up_to();
                let bytes = e.into_bytes();
                // The prefix up to `offset` is valid by definition.
                let before = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
                let (line, column) = LineIndex::new(before).line_col(before, offset);
                Err(Error::NotUtf8 {
                    path: name.into(),
                    offset,
                    line,
                    column,
                })
            }
        }
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
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    #[must_use]
    pub fn new(text: &str) -> Self {
        // `split_inclusive` finds line ends with memchr.
        let mut starts = vec![0];
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            at += line.len();
            if line.ends_with('\n') {
                starts.push(at);
            }
        }
        Self { starts }
    }

    /// 1-based line and 1-based column (in characters) of byte `offset` in `text`.
    #[must_use]
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let column = text
            .get(start..offset.min(text.len()))
            .map_or(0, |s| s.chars().count());
        (line, column + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_counts_characters_not_bytes() {
        let text = "première ligne\nété 42";
        let index = LineIndex::new(text);
        let offset = text.find("42").unwrap();
        assert_eq!(index.line_col(text, offset), (2, 5));
        assert_eq!(index.line_col(text, 0), (1, 1));
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
}
