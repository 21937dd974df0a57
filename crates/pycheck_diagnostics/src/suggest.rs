//! "Did you mean" suggestions, chosen exactly as mypy chooses them so that the messages
//! match: candidates whose similarity ratio (Python's `difflib.SequenceMatcher.ratio`)
//! exceeds 0.75, best first.

/// Up to `n` of `options` that look like `current`, most similar first (ties by name).
pub fn best_matches(current: &str, options: &[String], n: usize) -> Vec<String> {
    if current.is_empty() {
        return Vec::new();
    }
    let current_chars: Vec<char> = current.chars().collect();
    let mut candidates: Vec<&String> = options
        .iter()
        .filter(|option| quick_ratio_bound(current_chars.len(), option.chars().count()) > 0.75)
        .collect();
    if candidates.len() >= 50 {
        candidates.retain(|option| option.chars().count().abs_diff(current_chars.len()) <= 1);
    }
    let mut scored: Vec<(f64, &String)> = candidates
        .into_iter()
        .map(|option| {
            (
                ratio(&current_chars, &option.chars().collect::<Vec<_>>()),
                option,
            )
        })
        .filter(|(ratio, _)| *ratio > 0.75)
        .collect();
    scored.sort_by(|(ra, a), (rb, b)| rb.total_cmp(ra).then_with(|| a.cmp(b)));
    scored.dedup_by(|(_, a), (_, b)| a == b);
    scored
        .into_iter()
        .take(n)
        .map(|(_, option)| option.clone())
        .collect()
}

/// `"a"`, `"a" or "b"`, `"a", "b", or "c"`.
pub fn pretty_seq(items: &[String], conjunction: &str) -> String {
    let quoted: Vec<String> = items.iter().map(|item| format!("\"{item}\"")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} {conjunction} {b}"),
        [init @ .., last] => format!("{}, {conjunction} {last}", init.join(", ")),
    }
}

fn quick_ratio_bound(a: usize, b: usize) -> f64 {
    2.0 * a.min(b) as f64 / (a + b) as f64
}

/// The Ratcliff/Obershelp similarity `difflib` computes: twice the number of characters in
/// matching blocks over the total length.
fn ratio(a: &[char], b: &[char]) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 1.0;
    }
    2.0 * matching_characters(a, b) as f64 / total as f64
}

fn matching_characters(a: &[char], b: &[char]) -> usize {
    let (i, j, size) = longest_match(a, b);
    if size == 0 {
        return 0;
    }
    size + matching_characters(&a[..i], &b[..j])
        + matching_characters(&a[i + size..], &b[j + size..])
}

/// The longest common block, earliest in `a` and then in `b` among equals (as difflib).
fn longest_match(a: &[char], b: &[char]) -> (usize, usize, usize) {
    let (mut best_i, mut best_j, mut best_size) = (0, 0, 0);
    let mut lengths = vec![0usize; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        let mut next = vec![0usize; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            if ca == cb {
                let k = lengths[j] + 1;
                next[j + 1] = k;
                if k > best_size {
                    best_i = i + 1 - k;
                    best_j = j + 1 - k;
                    best_size = k;
                }
            }
        }
        lengths = next;
    }
    (best_i, best_j, best_size)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn agrees_with_difflib() {
        // Ratios checked against Python's difflib.SequenceMatcher.
        assert!((ratio(&['a', 'b', 'c', 'd'], &['b', 'c', 'd', 'e']) - 0.75).abs() < 1e-9);
        let heigth: Vec<char> = "heigth".chars().collect();
        let height: Vec<char> = "height".chars().collect();
        assert!((ratio(&heigth, &height) - 10.0 / 12.0).abs() < 1e-9);
        assert_eq!(
            best_matches("heigth", &names(&["height", "width", "print"]), 3),
            ["height"]
        );
        assert_eq!(
            best_matches("uppercase", &names(&["upper", "lower"]), 3),
            Vec::<String>::new()
        );
        assert_eq!(
            best_matches(
                "__iter__",
                &names(&["__int__", "__index__", "bit_length"]),
                3
            ),
            ["__int__"]
        );
    }

    #[test]
    fn sequences_read_like_mypys() {
        assert_eq!(pretty_seq(&names(&["a"]), "or"), "\"a\"");
        assert_eq!(pretty_seq(&names(&["a", "b"]), "or"), "\"a\" or \"b\"");
        assert_eq!(
            pretty_seq(&names(&["a", "b", "c"]), "or"),
            "\"a\", \"b\", or \"c\""
        );
    }
}
