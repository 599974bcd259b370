// TODO: count_words(text) -> usize: how many whitespace-separated words `text` has.
