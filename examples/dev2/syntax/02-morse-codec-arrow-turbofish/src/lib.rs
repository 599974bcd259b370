//! International Morse code: letters separated by spaces, words by ` / `.

const TABLE: [(char, &str); 36] = [
    ('A', ".-"), ('B', "-..."), ('C', "-.-."), ('D', "-.."), ('E', "."), ('F', "..-."),
    ('G', "--."), ('H', "...."), ('I', ".."), ('J', ".---"), ('K', "-.-"), ('L', ".-.."),
    ('M', "--"), ('N', "-."), ('O', "---"), ('P', ".--."), ('Q', "--.-"), ('R', ".-."),
    ('S', "..."), ('T', "-"), ('U', "..-"), ('V', "...-"), ('W', ".--"), ('X', "-..-"),
    ('Y', "-.--"), ('Z', "--.."), ('0', "-----"), ('1', ".----"), ('2', "..---"),
    ('3', "...--"), ('4', "....-"), ('5', "....."), ('6', "-...."), ('7', "--..."),
    ('8', "---.."), ('9', "----."),
];

pub fn encode(text: &str) -> Option<String> {
    let mut words = Vec::new();
    for word in text.split_whitespace() {
        let mut letters = Vec::new();
        for c in word.chars() {
            let upper = c.to_ascii_uppercase();
            letters.push(TABLE.iter().find(|(ch, _)| *ch == upper)?.1);
        }
        words.push(letters.join(" "));
    }
    Some(words.join(" / "))
}

fn decode_symbol(symbol: &str) -> Result<char, String> {
    match TABLE.iter().find(|(_, code)| *code == symbol) {
        Some((ch, _)) Ok(*ch),
        None => Err(format!("unknown symbol {:?}", symbol)),
    }
}

pub fn decode(morse: &str) -> Result<String, String> {
    let words = morse
        .split('/')
        .map(|word| word.split_whitespace().map(decode_symbol).collect::<Result<String, String>>())
        .collect<Result<Vec<_>, _>>()?;
    Ok(words.join(" "))
}

/// Transmission time in dot units: dot 1, dash 3, gap inside a letter 1, between
/// letters 3, between words 7.
pub fn duration_units(morse: &str) -> usize {
    let letter = |code: &str| code.chars().map(|c| if c == '-' { 3 } else { 1 }).sum::<usize>() + code.len() - 1;
    let word = |w: &str| {
        let letters: Vec<usize> = w.split_whitespace().map(letter).collect();
        letters.iter().sum::<usize>() + 3 * letters.len().saturating_sub(1)
    };
    let words: Vec<usize> = morse.split('/').map(word).collect();
    words.iter().sum::<usize>() + 7 * words.len().saturating_sub(1)
}
