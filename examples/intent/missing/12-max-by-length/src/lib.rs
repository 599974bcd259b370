// TODO: longest(words) -> Option<&str>: the longest word, the first one on ties.
