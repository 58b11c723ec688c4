//! Message templates: `"death toll of {total} contradicts {parts} = {sum} killed"`, parsed once
//! when the pack loads (so a misspelt placeholder is a load error) and filled per finding.

/// A parsed template.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    pieces: Vec<Piece>,
}

#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Text(String),
    Var(String),
}

impl Template {
    /// Parses `text`, accepting only the placeholders in `allowed`.
    ///
    /// # Errors
    /// An unclosed `{` or a placeholder not in `allowed`: the message names it.
    pub fn parse(text: &str, allowed: &[&str]) -> Result<Self, String> {
        let mut pieces = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            if open > 0 {
                pieces.push(Piece::Text(rest[..open].to_string()));
            }
            let after = &rest[open + 1..];
            let close = after
                .find('}')
                .ok_or_else(|| format!("unclosed `{{` in message `{text}`"))?;
            let name = after[..close].trim();
            if !allowed.contains(&name) {
                let list = allowed
                    .iter()
                    .map(|a| format!("{{{a}}}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                return Err(format!(
                    "unknown placeholder `{{{name}}}` (this kind offers {list})"
                ));
            }
            pieces.push(Piece::Var(name.to_string()));
            rest = &after[close + 1..];
        }
        if !rest.is_empty() {
            pieces.push(Piece::Text(rest.to_string()));
        }
        Ok(Self { pieces })
    }

    /// Fills the placeholders; `value` returns each one's text.
    #[must_use]
    pub fn render(&self, value: impl Fn(&str) -> String) -> String {
        self.pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => t.clone(),
                Piece::Var(v) => value(v),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_fills_placeholders() {
        let t = Template::parse("toll of {total} against {sum}", &["total", "sum"]).unwrap();
        assert_eq!(t.render(|v| v.to_uppercase()), "toll of TOTAL against SUM");
    }

    #[test]
    fn template_refuses_unknown_placeholders() {
        let err = Template::parse("toll of {totl}", &["total"]).unwrap_err();
        assert!(err.contains("{totl}"), "{err}");
    }
}
