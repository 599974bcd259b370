//! Syntax-highlighting theme with dotted scope fallback (`keyword.control` -> `keyword`).
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Color {
    #[default]
    Default,
    Red,
    Green,
    Blue,
    Rgb(u8, u8, u8),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Style {
    pub fg: Color,
    pub bold: bool,
    pub italic: bool,
}

pub struct Theme {
    styles: HashMap<String, Style>,
    fallback: Style,
}

impl Theme {
    pub fn new(fallback: Style) -> Self {
        Theme { styles: HashMap::new(), fallback }
    }

    pub fn set(&mut self, scope: &str, style: Style) -> &mut Self {
        self.styles.insert(scope.to_string(), style);
        self
    }

    /// Most specific style for `scope`, walking up parent scopes, then the theme fallback.
    pub fn resolve(&self, scope: &str) -> &Style {
        let mut scope = scope;
        loop {
            if let Some(style) = self.styles.get(scope) {
                return style;
            }
            match scope.rsplit_once('.') {
                Some((parent, _)) => scope = parent,
                None => return &Style::default(),
            }
        }
    }

    pub fn is_bold(&self, scope: &str) -> bool {
        self.resolve(scope).bold
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn theme() -> Theme {
        let mut theme = Theme::new(Style { fg: Color::Rgb(200, 200, 200), ..Style::default() });
        theme
            .set("keyword", Style { fg: Color::Blue, bold: true, italic: false })
            .set("string", Style { fg: Color::Green, ..Style::default() })
            .set("keyword.control.flow", Style { fg: Color::Red, ..Style::default() });
        theme
    }

    #[test]
    fn walks_up_parent_scopes() {
        let theme = theme();
        assert_eq!(theme.resolve("keyword.control").fg, Color::Blue);
        assert_eq!(theme.resolve("keyword.control.flow.rust").fg, Color::Red);
        assert!(theme.is_bold("keyword.operator"));
        assert!(!theme.is_bold("keyword.control.flow"));
    }

    #[test]
    fn unknown_scopes_use_theme_fallback() {
        let theme = theme();
        assert_eq!(theme.resolve("comment.line").fg, Color::Rgb(200, 200, 200));
        assert_eq!(theme.resolve(""), theme.resolve("punctuation"));
    }
}
