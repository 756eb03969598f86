//! Reading and writing numbers the way Danish and English readers expect.
//!
//! Form fields accept the user's own convention ("1.234,5" in Danish,
//! "1,234.5" in English); the URL and the machine-readable `data-value`
//! attributes use plain decimals ("1234.5") whatever the language. Parsing is
//! strict about thousands groups so that a Danish "52.5" is reported as a
//! wrong decimal separator instead of silently becoming 525.

use super::input::InputError;
use super::lang::Lang;

/// Longest text we try to read as a number; anything longer is not a number
/// a person typed, and refusing it early bounds the work per keystroke.
const MAX_NUMBER_LEN: usize = 40;

/// Characters accepted as thousands separators besides the language's own.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// Parses a number typed into a form field in `lang`'s convention.
///
/// Accepts an optional sign, thousands groups (the language's separator or a
/// space, always followed by exactly three digits), one decimal separator and a
/// trailing unit (`kr.`, `kr`, `%`) so pasted amounts work. Exponents, `NaN`
/// and `inf` are refused.
pub fn parse_localized(text: &str, lang: Lang) -> Result<f64, InputError> {
    let t = strip_unit(text.trim());
    if t.is_empty() {
        return Err(InputError::Empty);
    }
    if t.chars().count() > MAX_NUMBER_LEN {
        return Err(InputError::NotANumber);
    }
    let (negative, body) = split_sign(t);
    match read_digits(body, lang) {
        Some((int_digits, frac_digits)) => to_f64(negative, &int_digits, frac_digits),
        // A number that is well-formed in the other language gets the more
        // helpful message ("use a comma as decimal separator").
        None if read_digits(body, lang.other()).is_some() => Err(InputError::WrongDecimalSeparator),
        None => Err(InputError::NotANumber),
    }
}

/// Splits an unsigned number in `lang`'s convention into its integer digits
/// (groups removed) and fraction digits; `None` when it is malformed.
fn read_digits(body: &str, lang: Lang) -> Option<(String, &str)> {
    let mut parts = body.split(lang.decimal_separator());
    let int_part = parts.next().unwrap_or_default();
    let frac_part = parts.next();
    if parts.next().is_some() {
        return None;
    }
    let int_digits = read_grouped(int_part, lang.group_separator())?;
    let frac_digits = match frac_part {
        None => "",
        Some(f) if !f.is_empty() && f.chars().all(|c| c.is_ascii_digit()) => f,
        Some(_) => return None,
    };
    if int_digits.is_empty() && frac_digits.is_empty() {
        return None;
    }
    Some((int_digits, frac_digits))
}

/// Parses a plain decimal from the URL: optional sign, digits, optional `.`
/// and digits. No grouping, no exponent, no locale.
pub fn parse_plain(text: &str) -> Result<f64, InputError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(InputError::Empty);
    }
    if t.len() > MAX_NUMBER_LEN {
        return Err(InputError::NotANumber);
    }
    let (negative, body) = split_sign(t);
    let (int_digits, frac_digits) = body.split_once('.').unwrap_or((body, ""));
    let digits_only = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if !digits_only(int_digits)
        || !digits_only(frac_digits)
        || (int_digits.is_empty() && frac_digits.is_empty())
        || (body.contains('.') && frac_digits.is_empty())
    {
        return Err(InputError::NotANumber);
    }
    to_f64(negative, int_digits, frac_digits)
}

/// Writes `value` as plain decimal text for `data-value` and URLs: the
/// shortest text that reads back as the same `f64` (`28.571428571428573`),
/// never grouped, never an exponent, never `-0`.
pub fn plain(value: f64) -> String {
    if value == 0.0 {
        return "0".to_owned();
    }
    format!("{value}")
}

/// Formats `value` for reading in `lang` with exactly `decimals` decimals and
/// thousands groups: `format(1234567.8, 1, Da) == "1.234.567,8"`.
///
/// Non-finite input cannot come out of the model, but if it ever did this
/// prints a dash rather than "NaN" or "inf".
pub fn format(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let decimals = decimals.min(6);
    let text = format!("{:.*}", decimals, value.abs());
    let (int_digits, frac_digits) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 2);
    // "-0,0" would read as a negative amount; only a non-zero result has a sign.
    if value < 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        out.push('-');
    }
    for (i, c) in int_digits.chars().enumerate() {
        if i > 0 && (int_digits.len() - i) % 3 == 0 {
            out.push(lang.group_separator());
        }
        out.push(c);
    }
    if !frac_digits.is_empty() {
        out.push(lang.decimal_separator());
        out.push_str(frac_digits);
    }
    out
}

/// Formats with up to `max_decimals` decimals, dropping trailing zeros, for
/// values put back into input fields ("20.345", "19.716,67", "52,5").
pub fn format_trimmed(value: f64, max_decimals: usize, lang: Lang) -> String {
    let full = format(value, max_decimals, lang);
    if max_decimals == 0 {
        return full;
    }
    let trimmed = full.trim_end_matches('0');
    trimmed
        .strip_suffix(lang.decimal_separator())
        .unwrap_or(trimmed)
        .to_owned()
}

fn strip_unit(t: &str) -> &str {
    for unit in ["kr.", "kr", "%"] {
        if let Some(rest) = t.strip_suffix(unit) {
            return rest.trim_end();
        }
    }
    t
}

fn split_sign(t: &str) -> (bool, &str) {
    if let Some(rest) = t.strip_prefix('-').or_else(|| t.strip_prefix('\u{2212}')) {
        (true, rest)
    } else {
        (false, t.strip_prefix('+').unwrap_or(t))
    }
}

/// Reads an integer part with optional thousands groups; `None` when the
/// grouping is not "1–3 digits, then groups of exactly 3".
fn read_grouped(int_part: &str, grp: char) -> Option<String> {
    let mut groups = int_part.split(|c: char| c == grp || is_space(c));
    let first = groups.next().unwrap_or_default();
    if first.len() > 3 && int_part.contains(|c: char| c == grp || is_space(c)) {
        return None;
    }
    let mut digits = String::with_capacity(int_part.len());
    if !first.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.push_str(first);
    for g in groups {
        if first.is_empty() || g.len() != 3 || !g.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        digits.push_str(g);
    }
    Some(digits)
}

fn to_f64(negative: bool, int_digits: &str, frac_digits: &str) -> Result<f64, InputError> {
    let int_digits = if int_digits.is_empty() {
        "0"
    } else {
        int_digits
    };
    let canonical = if frac_digits.is_empty() {
        int_digits.to_owned()
    } else {
        format!("{int_digits}.{frac_digits}")
    };
    let magnitude: f64 = canonical.parse().map_err(|_| InputError::NotANumber)?;
    if !magnitude.is_finite() {
        return Err(InputError::NotANumber);
    }
    Ok(if negative { -magnitude } else { magnitude })
}

#[cfg(test)]
mod tests {
    use super::*;
    use InputError::*;
    use Lang::*;

    #[test]
    fn parses_each_languages_own_convention() {
        let cases: &[(&str, Lang, Result<f64, InputError>)] = &[
            ("70", Da, Ok(70.0)),
            ("1.234,5", Da, Ok(1234.5)),
            ("1.234.567", Da, Ok(1_234_567.0)),
            ("1 234,5", Da, Ok(1234.5)),
            ("1\u{a0}234", Da, Ok(1234.0)),
            ("52,5", Da, Ok(52.5)),
            (",5", Da, Ok(0.5)),
            ("  70  ", Da, Ok(70.0)),
            ("-3", Da, Ok(-3.0)),
            ("+3", Da, Ok(3.0)),
            ("\u{2212}3", Da, Ok(-3.0)),
            ("11.340.000 kr.", Da, Ok(11_340_000.0)),
            ("20 %", Da, Ok(20.0)),
            ("1,234.5", En, Ok(1234.5)),
            ("52.5", En, Ok(52.5)),
            ("1,234,567", En, Ok(1_234_567.0)),
            ("", Da, Err(Empty)),
            ("   ", En, Err(Empty)),
            ("kr.", Da, Err(Empty)),
            ("abc", Da, Err(NotANumber)),
            ("NaN", En, Err(NotANumber)),
            ("inf", En, Err(NotANumber)),
            ("1e5", En, Err(NotANumber)),
            ("--5", Da, Err(NotANumber)),
            ("1.23", Da, Err(WrongDecimalSeparator)),
            ("52.5", Da, Err(WrongDecimalSeparator)),
            ("52,5", En, Err(WrongDecimalSeparator)),
            ("1.234,5", En, Err(WrongDecimalSeparator)),
            ("1,2,3", Da, Err(NotANumber)),
            ("12.34.567", Da, Err(NotANumber)),
            ("1234.567", Da, Err(WrongDecimalSeparator)),
            ("5,", Da, Err(NotANumber)),
            (".5", Da, Err(WrongDecimalSeparator)),
            ("1..234", Da, Err(NotANumber)),
            ("<script>", Da, Err(NotANumber)),
        ];
        for (text, lang, expected) in cases {
            assert_eq!(
                parse_localized(text, *lang),
                *expected,
                "{text:?} in {lang:?}"
            );
        }
    }

    #[test]
    fn refuses_overlong_text() {
        assert_eq!(parse_localized(&"1".repeat(41), Da), Err(NotANumber));
        assert_eq!(parse_plain(&"1".repeat(41)), Err(NotANumber));
    }

    #[test]
    fn parses_plain_url_decimals_only() {
        let cases: &[(&str, Result<f64, InputError>)] = &[
            ("5000", Ok(5000.0)),
            ("52.5", Ok(52.5)),
            ("-1", Ok(-1.0)),
            ("0.25", Ok(0.25)),
            ("", Err(Empty)),
            ("52,5", Err(NotANumber)),
            ("1,000", Err(NotANumber)),
            ("1.000.000", Err(NotANumber)),
            ("1e3", Err(NotANumber)),
            ("NaN", Err(NotANumber)),
            ("Infinity", Err(NotANumber)),
            ("5.", Err(NotANumber)),
            (".", Err(NotANumber)),
            ("0x10", Err(NotANumber)),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_plain(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn formats_with_groups_and_decimals_per_language() {
        let cases: &[(f64, usize, Lang, &str)] = &[
            (1_234_567.8, 1, Da, "1.234.567,8"),
            (1_234_567.8, 1, En, "1,234,567.8"),
            (11_340_000.0, 0, Da, "11.340.000"),
            (999.0, 0, Da, "999"),
            (1000.0, 0, Da, "1.000"),
            (28.571_428_571_428_573, 1, Da, "28,6"),
            (0.0, 2, Da, "0,00"),
            (-0.0001, 1, Da, "0,0"),
            (-2_500.5, 1, En, "-2,500.5"),
            (f64::NAN, 1, Da, "–"),
            (f64::INFINITY, 0, En, "–"),
        ];
        for (value, decimals, lang, expected) in cases {
            assert_eq!(
                format(*value, *decimals, *lang),
                *expected,
                "{value} {decimals} {lang:?}"
            );
        }
    }

    #[test]
    fn trimmed_format_drops_trailing_zeros() {
        assert_eq!(format_trimmed(20_345.0, 2, Da), "20.345");
        assert_eq!(format_trimmed(19_716.666_666, 2, Da), "19.716,67");
        assert_eq!(format_trimmed(52.5, 2, En), "52.5");
        assert_eq!(format_trimmed(0.0, 2, En), "0");
    }

    #[test]
    fn plain_reads_back_exactly_and_has_no_negative_zero() {
        for v in [
            28.571_428_571_428_573,
            11_340_000.0,
            718.904_526_4,
            1e21,
            1e-7,
        ] {
            assert_eq!(plain(v).parse::<f64>().unwrap(), v);
            assert!(!plain(v).contains('e'), "{}", plain(v));
        }
        assert_eq!(plain(-0.0), "0");
        assert_eq!(plain(28.571_428_571_428_573), "28.571428571428573");
    }

    #[test]
    fn localized_round_trip_of_formatted_values() {
        for lang in Lang::ALL {
            for v in [0.0, 1.5, 70.0, 1234.5, 396_900.0, 10_000_000.0] {
                assert_eq!(parse_localized(&format_trimmed(v, 2, lang), lang), Ok(v));
            }
        }
    }
}
