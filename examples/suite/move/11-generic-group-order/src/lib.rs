//! Group (key, value) pairs while remembering the order keys first appeared in.
use std::collections::HashMap;
use std::hash::Hash;

#[derive(Debug)]
pub struct Grouped<K, V> {
    pub order: Vec<K>,
    pub groups: HashMap<K, Vec<V>>,
}

impl<K: Eq + Hash, V> Grouped<K, V> {
    /// Groups in first-seen order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &[V])> + '_ {
        self.order.iter().map(move |k| (k, self.groups[k].as_slice()))
    }
}

pub fn group_in_order<K, V, I>(pairs: I) -> Grouped<K, V>
where
    K: Eq + Hash,
    I: IntoIterator<Item = (K, V)>,
{
    let mut order = Vec::new();
    let mut groups: HashMap<K, Vec<V>> = HashMap::new();
    for (k, v) in pairs {
        if !groups.contains_key(&k) {
            order.push(k);
        }
        groups.entry(k).or_default().push(v);
    }
    Grouped { order, groups }
}

/// Words grouped by their first letter, letters in order of appearance.
pub fn by_initial(text: &str) -> Vec<(char, Vec<&str>)> {
    let pairs = text
        .split_whitespace()
        .filter_map(|w| w.chars().next().map(|c| (c.to_ascii_lowercase(), w)));
    group_in_order(pairs)
        .iter()
        .map(|(c, words)| (*c, words.to_vec()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_first_seen_order() {
        let g = group_in_order(vec![
            ("b".to_string(), 1),
            ("a".to_string(), 2),
            ("b".to_string(), 3),
        ]);
        assert_eq!(g.order, vec!["b".to_string(), "a".to_string()]);
        assert_eq!(g.groups["b"], vec![1, 3]);
        assert_eq!(g.groups["a"], vec![2]);
    }

    #[test]
    fn groups_words() {
        let got = by_initial("apple Banana avocado cherry blueberry");
        assert_eq!(
            got,
            vec![
                ('a', vec!["apple", "avocado"]),
                ('b', vec!["Banana", "blueberry"]),
                ('c', vec!["cherry"]),
            ]
        );
    }
}
