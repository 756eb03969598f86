//! Reading and writing numbers the way Danish and English readers expect.
//!
//! Form fields accept the user's own convention ("1.234,5" in Danish,
//! "1,234.5" in English); the URL and the machine-readable `data-value`
//! attributes use plain decimals ("1234.5") whatever the language. Parsing is
//! strict about thousands groups so that a Danish "52.5" is reported as a
//! wrong decimal separator instead of silently becoming 525.

use super::lang::Lang;

/// Why a text is not a number: the reading errors of [`parse_localized`]
/// and [`parse_plain`]. A field's own checks (range, whole numbers) come on
/// top in [`super::input`], which turns these into its `Unreadable`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Nothing was entered.
    Empty,
    /// The text is not a number in any convention we read.
    NotANumber,
    /// The text is a number in the other language's convention.
    WrongDecimalSeparator,
}

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
pub fn parse_localized(text: &str, lang: Lang) -> Result<f64, Unreadable> {
    let t = strip_unit(text.trim());
    if t.is_empty() {
        return Err(Unreadable::Empty);
    }
    if t.chars().count() > MAX_NUMBER_LEN {
        return Err(Unreadable::NotANumber);
    }
    let (negative, body) = split_sign(t);
    match read_digits(body, lang) {
        Some((int_digits, frac_digits)) => to_f64(negative, &int_digits, frac_digits),
        // A number that is well-formed in the other language gets the more
        // helpful message ("use a comma as decimal separator").
        None if read_digits(body, lang.other()).is_some() => Err(Unreadable::WrongDecimalSeparator),
        None => Err(Unreadable::NotANumber),
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
pub fn parse_plain(text: &str) -> Result<f64, Unreadable> {
    let t = text.trim();
    if t.is_empty() {
        return Err(Unreadable::Empty);
    }
    if t.len() > MAX_NUMBER_LEN {
        return Err(Unreadable::NotANumber);
    }
    let (negative, body) = split_sign(t);
    let (int_digits, frac_digits) = body.split_once('.').unwrap_or((body, ""));
    let digits_only = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if !digits_only(int_digits)
        || !digits_only(frac_digits)
        || (int_digits.is_empty() && frac_digits.is_empty())
        || (body.contains('.') && frac_digits.is_empty())
    {
        return Err(Unreadable::NotANumber);
    }
    to_f64(negative, int_digits, frac_digits)
}

/// Rewrites a number typed in `lang`'s convention as a plain decimal
/// (`"1.234,50 kr."` → `"1234.5"`), digit for digit: no rounding, leading
/// zeros and trailing fraction zeros dropped, never `-0`. `None` when the
/// text is not a well-formed number in `lang` (see [`parse_localized`]).
///
/// Scenario links and files store numbers this way, so they read the same in
/// every language and keep every digit the user typed.
pub fn to_plain_text(text: &str, lang: Lang) -> Option<String> {
    let t = strip_unit(text.trim());
    if t.chars().count() > MAX_NUMBER_LEN {
        return None;
    }
    let (negative, body) = split_sign(t);
    let (int_digits, frac_digits) = read_digits(body, lang)?;
    Some(write_decimal(negative, &int_digits, frac_digits, None, '.'))
}

/// Rewrites a plain decimal (as [`parse_plain`] reads it) in `lang`'s
/// convention, with thousands groups when `grouped` (years are not grouped):
/// `"1234.5"` → `"1.234,5"`. Digit for digit, like [`to_plain_text`], so
/// `parse_localized` of the result equals `parse_plain` of the input.
pub fn from_plain_text(text: &str, lang: Lang, grouped: bool) -> Option<String> {
    let t = text.trim();
    if t.len() > MAX_NUMBER_LEN {
        return None;
    }
    let (negative, body) = split_sign(t);
    let (int_digits, frac_digits) = body.split_once('.').unwrap_or((body, ""));
    let digits_only = |s: &str| s.bytes().all(|c| c.is_ascii_digit());
    if !digits_only(int_digits)
        || !digits_only(frac_digits)
        || (int_digits.is_empty() && frac_digits.is_empty())
        || (body.contains('.') && frac_digits.is_empty())
    {
        return None;
    }
    let group = grouped.then(|| lang.group_separator());
    Some(write_decimal(
        negative,
        int_digits,
        frac_digits,
        group,
        lang.decimal_separator(),
    ))
}

/// Writes sign and digits in canonical form: no leading zeros in the integer
/// part (but at least "0"), no trailing zeros in the fraction, no sign on
/// zero; `group` between thousands when given.
fn write_decimal(
    negative: bool,
    int_digits: &str,
    frac_digits: &str,
    group: Option<char>,
    decimal: char,
) -> String {
    let int = int_digits.trim_start_matches('0');
    let frac = frac_digits.trim_end_matches('0');
    let mut out = String::with_capacity(int.len() * 4 / 3 + frac.len() + 3);
    if negative && !(int.is_empty() && frac.is_empty()) {
        out.push('-');
    }
    if int.is_empty() {
        out.push('0');
    }
    for (i, c) in int.chars().enumerate() {
        if let Some(g) = group {
            if i > 0 && (int.len() - i).is_multiple_of(3) {
                out.push(g);
            }
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

/// Writes `value` as plain decimal text for `data-value` and URLs: the
/// shortest text that reads back as the same `f64` (`28.571428571428573`),
/// never grouped, never an exponent, never `-0`.
///
/// In the browser the page uses the engine's own `Number#toString` (same
/// shortest round-trip digits) through [`expand_exponent`] instead, so the
/// wasm does not carry Rust's float printing; this is the native reference
/// the tests compare against.
pub fn plain(value: f64) -> String {
    if value == 0.0 {
        return "0".to_owned();
    }
    format!("{value}")
}

/// Rewrites a shortest-digits number in exponent notation, as JavaScript
/// prints numbers below 1e-6 or from 1e21 (`"1.5e-7"`, `"1e+21"`), into plain
/// decimal text (`"0.00000015"`, `"1000000000000000000000"`). Plain input is
/// returned as is, and `"-0"` becomes `"0"`.
pub fn expand_exponent(text: &str) -> String {
    if text == "-0" {
        return "0".to_owned();
    }
    let Some((mantissa, exp)) = text.split_once(['e', 'E']) else {
        return text.to_owned();
    };
    let Ok(exp) = exp.trim_start_matches('+').parse::<i32>() else {
        return text.to_owned();
    };
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let (int_digits, frac_digits) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int_digits}{frac_digits}");
    // Position of the decimal point counted from the start of `digits`.
    let point = int_digits.len() as i32 + exp;
    let body = if point <= 0 {
        format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        let (a, b) = digits.split_at(point as usize);
        format!("{a}.{b}")
    };
    format!("{sign}{body}")
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
    let scale = 10u128.pow(decimals as u32);
    // Rounds half away from zero, as people do ("0,25" → "0,3"). Integer
    // arithmetic instead of `{:.*}` keeps Rust's float printing out of the
    // wasm; `as u128` saturates far beyond any amount the model produces.
    let scaled = (value.abs() * scale as f64).round() as u128;
    let int_digits = (scaled / scale).to_string();
    let mut out = String::with_capacity(int_digits.len() * 4 / 3 + decimals + 2);
    // "-0,0" would read as a negative amount; only a non-zero result has a sign.
    if value < 0.0 && scaled != 0 {
        out.push('-');
    }
    for (i, c) in int_digits.chars().enumerate() {
        if i > 0 && (int_digits.len() - i).is_multiple_of(3) {
            out.push(lang.group_separator());
        }
        out.push(c);
    }
    if decimals > 0 {
        out.push(lang.decimal_separator());
        let frac = (scaled % scale).to_string();
        out.push_str(&"0".repeat(decimals - frac.len()));
        out.push_str(&frac);
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

/// Most significant digits read exactly: below 2^53, so the mantissa is an
/// exact `f64`.
const EXACT_DIGITS: usize = 15;
/// Powers of ten that are exact `f64`s (10^0 … 10^22).
const EXACT_POW10: i32 = 22;

/// Builds the number from its decimal digits without Rust's float parser
/// (which would add its tables to the wasm). Up to 15 significant digits and
/// 22 decimals the result is exact (one correctly rounded multiply or divide
/// of two exact values: Clinger's fast path); longer input, which no person
/// types, is within two units in the last place (two roundings).
fn to_f64(negative: bool, int_digits: &str, frac_digits: &str) -> Result<f64, Unreadable> {
    let all = format!("{int_digits}{frac_digits}");
    let mut exp10 = -(frac_digits.len() as i32);
    let significant = all.trim_start_matches('0');
    let trimmed = significant.trim_end_matches('0');
    exp10 += (significant.len() - trimmed.len()) as i32;
    // Beyond 19 digits a u64 would overflow; the rest only shifts the scale.
    let kept = &trimmed[..trimmed.len().min(19)];
    exp10 += (trimmed.len() - kept.len()) as i32;
    let mantissa = kept.bytes().fold(0u64, |m, d| m * 10 + u64::from(d - b'0')) as f64;
    let magnitude = if kept.len() <= EXACT_DIGITS && exp10.abs() <= EXACT_POW10 {
        scale(mantissa, exp10)
    } else {
        // Split the scaling so neither factor overflows on its own.
        let half = exp10 / 2;
        scale(scale(mantissa, half), exp10 - half)
    };
    if !magnitude.is_finite() {
        return Err(Unreadable::NotANumber);
    }
    Ok(if negative { -magnitude } else { magnitude })
}

fn scale(value: f64, exp10: i32) -> f64 {
    if exp10 >= 0 {
        value * 10f64.powi(exp10)
    } else {
        value / 10f64.powi(-exp10)
    }
}

/// The value of one hexadecimal digit (percent escapes, `accent` colours).
pub(crate) fn hex_digit(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Lang::*;
    use Unreadable::*;

    #[test]
    fn parses_each_languages_own_convention() {
        let cases: &[(&str, Lang, Result<f64, Unreadable>)] = &[
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
        let cases: &[(&str, Result<f64, Unreadable>)] = &[
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
    fn expands_javascript_exponent_notation() {
        let cases = [
            ("28.571428571428573", "28.571428571428573"),
            ("1.5e-7", "0.00000015"),
            ("1e-7", "0.0000001"),
            ("-2.5e-8", "-0.000000025"),
            ("1e+21", "1000000000000000000000"),
            ("1.2345e+22", "12345000000000000000000"),
            ("-0", "0"),
            ("0", "0"),
        ];
        for (js, expected) in cases {
            assert_eq!(expand_exponent(js), expected, "{js}");
        }
        // Rust's `{:e}` prints the same shortest digits as JavaScript.
        for v in [1e-7, 123.456e-12, 6.02e23, 1e21, 28.571_428_571_428_573] {
            assert_eq!(expand_exponent(&format!("{v:e}")), plain(v), "{v}");
        }
    }

    #[test]
    fn reads_decimals_exactly_up_to_fifteen_digits() {
        for (text, v) in [
            ("0.1", 0.1),
            ("718.9045264358", 718.904_526_435_8),
            ("123456789012345", 123_456_789_012_345.0),
            ("0.000000000000000000001", 1e-21),
            ("19716.67", 19_716.67),
        ] {
            assert_eq!(parse_plain(text), Ok(v), "{text}");
        }
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
    fn plain_text_and_localized_text_convert_digit_for_digit() {
        let cases: &[(&str, Lang, Option<&str>)] = &[
            ("1.234,50 kr.", Da, Some("1234.5")),
            ("1,234.50", En, Some("1234.5")),
            ("0070", Da, Some("70")),
            ("-0,00", Da, Some("0")),
            (",5", Da, Some("0.5")),
            ("+3", En, Some("3")),
            ("\u{2212}2,5", Da, Some("-2.5")),
            ("0,123456789", Da, Some("0.123456789")),
            ("52.5", Da, None),
            ("abc", En, None),
            ("", Da, None),
        ];
        for (text, lang, expected) in cases {
            assert_eq!(
                to_plain_text(text, *lang).as_deref(),
                *expected,
                "{text:?} {lang:?}"
            );
        }
        let back: &[(&str, Lang, bool, Option<&str>)] = &[
            ("1234.5", Da, true, Some("1.234,5")),
            ("1234.5", En, true, Some("1,234.5")),
            ("2027", Da, false, Some("2027")),
            ("1234567", Da, true, Some("1.234.567")),
            ("0.50", En, true, Some("0.5")),
            ("-0", Da, true, Some("0")),
            ("1.", Da, true, None),
            ("1,5", Da, true, None),
            ("1e3", En, true, None),
        ];
        for (text, lang, grouped, expected) in back {
            assert_eq!(
                from_plain_text(text, *lang, *grouped).as_deref(),
                *expected,
                "{text:?} {lang:?}"
            );
        }
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
