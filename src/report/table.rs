//! `claims` as a table: one line a claim, columns aligned, for reading in a terminal.

use std::io::{self, Write};

use super::Report;
use crate::claim::format_value;

pub(super) fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let indexes = report.line_indexes();
    let header = [
        "id",
        "place",
        "text",
        "value",
        "qualifier",
        "category",
        "group",
        "unit",
        "date",
        "status",
        "source",
    ];
    let mut rows: Vec<[String; 11]> = Vec::with_capacity(report.store.len());
    for c in report.store.all() {
        let file = report.file_of(c);
        let (line, column) =
            indexes[c.file.0 as usize].line_col(&file.source.text, c.span.start as usize);
        let value = match (c.low, c.high) {
            (Some(l), Some(h)) if l != h => format!(
                "{} [{}–{}]",
                format_value(c.value),
                format_value(l),
                format_value(h)
            ),
            (Some(l), None) => format!("{} [{}–]", format_value(c.value), format_value(l)),
            _ => format_value(c.value),
        };
        rows.push([
            c.id.to_string(),
            format!("{}:{line}:{column}", file.source.name),
            c.text.clone(),
            value,
            c.qualifier.as_str().to_string(),
            c.category.clone(),
            c.group.clone().unwrap_or_else(|| "-".into()),
            c.unit.as_str().to_string(),
            c.date.map_or_else(|| "-".into(), |d| d.to_string()),
            c.status.as_str().to_string(),
            c.source.clone().unwrap_or_else(|| "-".into()),
        ]);
    }
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &mut dyn Iterator<Item = &str>| -> String {
        let mut s = String::new();
        for (i, (cell, w)) in cells.zip(&widths).enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            s.push_str(cell);
            if i + 1 < widths.len() {
                s.extend(std::iter::repeat_n(
                    ' ',
                    w.saturating_sub(cell.chars().count()),
                ));
            }
        }
        s.trim_end().to_string()
    };
    writeln!(out, "{}", line(&mut header.iter().copied()))?;
    for row in &rows {
        writeln!(out, "{}", line(&mut row.iter().map(String::as_str)))?;
    }
    Ok(())
}
