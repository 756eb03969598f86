//! Query strings as text: percent-encoding and decoding the way
//! `URLSearchParams` does, and the bounds every untrusted value is cut to.

use crate::model::number::hex_digit;

/// Most query pairs read; the rest are ignored with one notice. A full
/// scenario (20 groups, every field changed) needs about 230.
pub const MAX_PAIRS: usize = 256;
/// Longest value kept from a pair; anything longer is cut before reading
/// (no number, name or id is this long).
pub const MAX_VALUE_CHARS: usize = 200;
/// Longest value quoted back in a notice.
pub const MAX_QUOTED_CHARS: usize = 40;

/// Writes pairs as a query string (`?a=1&b=x+y`, or "" for none) that
/// [`parse_search`] and `URLSearchParams` read back as the same pairs:
/// letters, digits and `-._~*,:/` as they are (readable: `~52,5`), a space
/// as `+`, every other byte as `%XX`.
pub fn to_search<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    let mut out = String::new();
    for (i, (k, v)) in pairs.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        encode_component(k.as_ref(), &mut out);
        out.push('=');
        encode_component(v.as_ref(), &mut out);
    }
    out
}

fn encode_component(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'.'
            | b'_'
            | b'~'
            | b'*'
            | b','
            | b':'
            | b'/' => {
                out.push(char::from(b));
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 15)]));
            }
        }
    }
}

/// Splits `location.search` (`?a=1&b=2`) into decoded pairs the way
/// `URLSearchParams` does: `+` is a space, `%XX` is a byte, a broken escape
/// stays as text, and invalid UTF-8 becomes U+FFFD. Never fails.
pub fn parse_search(search: &str) -> Vec<(String, String)> {
    search
        .strip_prefix('?')
        .unwrap_or(search)
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode_component(k), decode_component(v))
        })
        .collect()
}

fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len()
                && hex_digit(bytes[i + 1]).is_some()
                && hex_digit(bytes[i + 2]).is_some() =>
            {
                out.push(
                    hex_digit(bytes[i + 1]).unwrap_or(0) * 16
                        + hex_digit(bytes[i + 2]).unwrap_or(0),
                );
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The first `max` characters of `value`.
pub(crate) fn cut(value: &str, max: usize) -> String {
    match value.char_indices().nth(max) {
        None => value.to_owned(),
        Some((i, _)) => value[..i].to_owned(),
    }
}

/// A value cut to a readable length for a notice, "…" marking the cut.
pub(crate) fn quote(value: &str) -> String {
    let mut q = cut(value, MAX_QUOTED_CHARS);
    if q.len() < value.len() {
        q.push('…');
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_the_search_string_like_url_search_params() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("", &[]),
            ("?", &[]),
            (
                "?headcount=5000&lang=en",
                &[("headcount", "5000"), ("lang", "en")],
            ),
            ("?a=1+2&b=%3Cscript%3E", &[("a", "1 2"), ("b", "<script>")]),
            ("?x=%ZZ&y=%4", &[("x", "%ZZ"), ("y", "%4")]),
            ("?x=%", &[("x", "%")]),
            ("?%FF=%C3%A6", &[("\u{fffd}", "æ")]),
            ("?flag&&=v", &[("flag", ""), ("", "v")]),
            ("?a=b=c", &[("a", "b=c")]),
        ];
        for (search, expected) in cases {
            let got = parse_search(search);
            let got: Vec<(&str, &str)> =
                got.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            assert_eq!(&got, expected, "{search:?}");
        }
    }

    #[test]
    fn the_search_string_reads_back_as_the_same_pairs() {
        let p: Vec<(String, String)> = [
            ("g1.name", "Børn & unge = 50% + \"mere\""),
            ("a b", "~1,5"),
            ("", ""),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let search = to_search(&p);
        assert_eq!(
            search,
            "?g1.name=B%C3%B8rn+%26+unge+%3D+50%25+%2B+%22mere%22&a+b=~1,5&="
        );
        assert_eq!(parse_search(&search), p);
        assert_eq!(to_search::<&str, &str>(&[]), "");
    }
}
