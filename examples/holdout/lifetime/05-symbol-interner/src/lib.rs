//! Symbol interning for the lexer: every distinct identifier gets a small id and the
//! table borrows the names from the source text instead of allocating.
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(u32);

#[derive(Default)]
pub struct Interner<'src> {
    ids: HashMap<&'src str, Sym>,
    names: Vec<&'src str>,
}

impl<'src> Interner<'src> {
    pub fn new() -> Self {
        Interner { ids: HashMap::new(), names: Vec::new() }
    }

    pub fn intern(&mut self, name: &str) -> Sym {
        if let Some(&sym) = self.ids.get(name) {
            return sym;
        }
        let sym = Sym(self.names.len() as u32);
        self.names.push(name);
        self.ids.insert(name, sym);
        sym
    }

    pub fn resolve(&self, sym: Sym) -> Option<&'src str> {
        self.names.get(sym.0 as usize).copied()
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// Intern every identifier of `src` and return how often each symbol occurs.
pub fn count_identifiers<'src>(interner: &mut Interner<'src>, src: &'src str) -> Vec<(Sym, usize)> {
    let mut counts: HashMap<Sym, usize> = HashMap::new();
    for word in src.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
        if word.is_empty() || word.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        *counts.entry(interner.intern(word)).or_insert(0) += 1;
    }
    let mut out: Vec<(Sym, usize)> = counts.into_iter().collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_name_same_symbol() {
        let src = String::from("let x = y + x");
        let mut i = Interner::new();
        let a = i.intern(&src[4..5]);
        let b = i.intern(&src[12..13]);
        assert_eq!(a, b);
        assert_eq!(i.resolve(a), Some("x"));
        assert_eq!(i.len(), 1);
        assert_eq!(i.resolve(Sym(9)), None);
    }

    #[test]
    fn counts_identifiers_in_order_of_first_use() {
        let src = "fn area(w, h) { w * h * 2 } area(w, 3)";
        let mut i = Interner::new();
        let counts = count_identifiers(&mut i, src);
        let named: Vec<(&str, usize)> = counts.iter().map(|&(s, n)| (i.resolve(s).unwrap(), n)).collect();
        assert_eq!(named, vec![("fn", 1), ("area", 2), ("w", 3), ("h", 2)]);
    }
}
