//! Tables as text for spreadsheets: tab-separated values for the clipboard
//! (pasted into Excel or Google Sheets they land as cells) and CSV files.
//!
//! The format (docs/export.md):
//! - **Numbers** are written in the page language's convention without
//!   thousands groups (`11340000`, `28,6` in Danish; `28.6` in English), so a
//!   spreadsheet in that locale reads them as numbers. A cell is a number
//!   when its whole text is one (the page's grouped `11.340.000` included).
//! - **CSV**: UTF-8 with a byte order mark (without it Danish Excel reads the
//!   file as Windows-1252 and mangles æ, ø, å), CRLF line ends (RFC 4180).
//!   The separator is `;` in Danish, because `,` is the decimal comma and
//!   Danish Excel expects `;`; in English it is `,`.
//! - **TSV**: tab-separated, LF line ends, no byte order mark.
//! - **Quoting**: a cell with the separator, a double quote, CR or LF is
//!   wrapped in double quotes and its quotes are doubled.
//! - **Formulas**: text starting with `=`, `+`, `-`, `@`, a tab or CR gets a
//!   leading `'`, so a group name from a shared link cannot run as a
//!   spreadsheet formula ("CSV injection").

use super::lang::Lang;
use super::number::parse_localized;

/// Which text to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// For the clipboard.
    Tsv,
    /// For a downloaded file.
    Csv,
}

impl Format {
    /// The field separator in `lang`.
    pub fn separator(self, lang: Lang) -> char {
        match (self, lang) {
            (Format::Tsv, _) => '\t',
            (Format::Csv, Lang::Da) => ';',
            (Format::Csv, Lang::En) => ',',
        }
    }

    fn line_end(self) -> &'static str {
        match self {
            Format::Tsv => "\n",
            Format::Csv => "\r\n",
        }
    }
}

/// The byte order mark that starts a CSV file.
pub const BOM: char = '\u{feff}';

/// Writes rows of cell texts (as shown on the page, in `lang`) in `format`.
/// Every row ends with a line end; an empty row is an empty line.
pub fn write<S: AsRef<str>>(rows: &[Vec<S>], format: Format, lang: Lang) -> String {
    let sep = format.separator(lang);
    let mut out = String::new();
    if format == Format::Csv {
        out.push(BOM);
    }
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                out.push(sep);
            }
            write_cell(&mut out, cell.as_ref(), sep, lang);
        }
        out.push_str(format.line_end());
    }
    out
}

fn write_cell(out: &mut String, text: &str, sep: char, lang: Lang) {
    if let Some(number) = as_number(text, lang) {
        // Only `,` as the English CSV separator could clash, and an
        // ungrouped English number has none.
        out.push_str(&number);
        return;
    }
    let guard = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quoted = text.contains([sep, '"', '\n', '\r']);
    if quoted {
        out.push('"');
    }
    if guard {
        out.push('\'');
    }
    for c in text.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quoted {
        out.push('"');
    }
}

/// Column headers with the unit in each (`2027` → `2027 (1.000 kr.)`),
/// the corner over the row headers (the first) left as it is: a column
/// pasted on its own into a spreadsheet still says its unit, which a title
/// row above the table would not.
pub fn with_unit(headers: &[String], unit: &str) -> Vec<String> {
    headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            if i == 0 {
                h.clone()
            } else {
                format!("{h} ({unit})")
            }
        })
        .collect()
}

/// The cell as an ungrouped number in `lang`, when its whole text is a
/// number written the page's way (`-1.234,5` → `-1234,5` in Danish);
/// `None` for text.
pub fn as_number(text: &str, lang: Lang) -> Option<String> {
    let (dec, grp) = (lang.decimal_separator(), lang.group_separator());
    let plain_chars = text.chars().enumerate().all(|(i, c)| {
        c.is_ascii_digit() || c == dec || c == grp || (i == 0 && matches!(c, '-' | '−'))
    });
    if text.is_empty() || !plain_chars || parse_localized(text, lang).is_err() {
        return None;
    }
    Some(
        text.chars()
            .filter(|&c| c != grp)
            .map(|c| if c == '−' { '-' } else { c })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(r: &[&[&str]]) -> Vec<Vec<String>> {
        r.iter()
            .map(|row| row.iter().map(|c| (*c).to_owned()).collect())
            .collect()
    }

    #[test]
    fn numbers_are_ungrouped_in_the_languages_convention() {
        let cases: &[(&str, Lang, Option<&str>)] = &[
            ("11.340.000", Lang::Da, Some("11340000")),
            ("28,6", Lang::Da, Some("28,6")),
            ("-1.234,5", Lang::Da, Some("-1234,5")),
            ("−45", Lang::Da, Some("-45")),
            ("2024", Lang::Da, Some("2024")),
            ("11,340,000", Lang::En, Some("11340000")),
            ("28.6", Lang::En, Some("28.6")),
            ("-0.25", Lang::En, Some("-0.25")),
            // Not numbers in that language: left as text.
            ("28.6", Lang::Da, None),
            ("1.2.3", Lang::Da, None),
            ("11.340.000 kr.", Lang::Da, None),
            ("70 (over)", Lang::Da, None),
            ("25–45", Lang::Da, None),
            ("–", Lang::Da, None),
            ("-", Lang::Da, None),
            ("", Lang::Da, None),
            ("1e5", Lang::En, None),
            ("12-3", Lang::En, None),
        ];
        for &(text, lang, expected) in cases {
            assert_eq!(
                as_number(text, lang).as_deref(),
                expected,
                "{text:?} {lang:?}"
            );
        }
    }

    #[test]
    fn danish_csv_has_a_bom_semicolons_crlf_and_decimal_commas() {
        let table = rows(&[
            &["", "2024", "2025", "I alt"],
            &["Personaleudgift", "11.340", "11.340", "22.680"],
            &["Sparede ydelser", "-1.234,5", "", "-1.234,5"],
        ]);
        assert_eq!(
            write(&table, Format::Csv, Lang::Da),
            "\u{feff};2024;2025;I alt\r\n\
             Personaleudgift;11340;11340;22680\r\n\
             Sparede ydelser;-1234,5;;-1234,5\r\n"
        );
    }

    #[test]
    fn english_csv_uses_commas_and_points() {
        let table = rows(&[
            &["Extra staff years", "28.6", "staff years"],
            &["Cost", "11,340,000", "DKK"],
        ]);
        assert_eq!(
            write(&table, Format::Csv, Lang::En),
            "\u{feff}Extra staff years,28.6,staff years\r\nCost,11340000,DKK\r\n"
        );
    }

    #[test]
    fn budget_headers_carry_the_unit_and_stay_text() {
        let headers: Vec<String> = ["", "2027", "2028", "I alt"].map(str::to_owned).to_vec();
        let da = with_unit(&headers, "1.000 kr.");
        assert_eq!(
            da,
            [
                "",
                "2027 (1.000 kr.)",
                "2028 (1.000 kr.)",
                "I alt (1.000 kr.)"
            ]
        );
        // A header with a unit is text, never read as a number.
        assert_eq!(
            write(&[da], Format::Csv, Lang::Da),
            "\u{feff};2027 (1.000 kr.);2028 (1.000 kr.);I alt (1.000 kr.)\r\n"
        );
        // "DKK 1,000" holds the English separator: quoted.
        let en = with_unit(&headers, "DKK 1,000");
        assert_eq!(
            write(std::slice::from_ref(&en), Format::Csv, Lang::En),
            "\u{feff},\"2027 (DKK 1,000)\",\"2028 (DKK 1,000)\",\"I alt (DKK 1,000)\"\r\n"
        );
        assert_eq!(
            write(&[en], Format::Tsv, Lang::En),
            "\t2027 (DKK 1,000)\t2028 (DKK 1,000)\tI alt (DKK 1,000)\n"
        );
    }

    #[test]
    fn shares_as_fractions_are_numbers() {
        // 1,198 % written as the fraction the export uses (3 decimals).
        use crate::model::number::format;
        assert_eq!(
            as_number(&format(0.011_98, 3, Lang::Da), Lang::Da).as_deref(),
            Some("0,012")
        );
        assert_eq!(
            as_number(&format(0.011_98, 3, Lang::En), Lang::En).as_deref(),
            Some("0.012")
        );
    }

    #[test]
    fn tsv_is_tabs_and_newlines_without_bom() {
        let table = rows(&[&["a", "1.234,5"], &[], &["b", "x"]]);
        assert_eq!(write(&table, Format::Tsv, Lang::Da), "a\t1234,5\n\nb\tx\n");
    }

    #[test]
    fn separators_quotes_and_newlines_in_text_are_quoted() {
        let cases: &[(&str, Format, Lang, &str)] = &[
            ("a;b", Format::Csv, Lang::Da, "\"a;b\""),
            ("a,b", Format::Csv, Lang::Da, "a,b"),
            ("a,b", Format::Csv, Lang::En, "\"a,b\""),
            ("a;b", Format::Csv, Lang::En, "a;b"),
            ("say \"hi\"", Format::Csv, Lang::Da, "\"say \"\"hi\"\"\""),
            ("two\nlines", Format::Csv, Lang::Da, "\"two\nlines\""),
            ("cr\rhere", Format::Tsv, Lang::Da, "\"cr\rhere\""),
            ("tab\there", Format::Tsv, Lang::Da, "\"tab\there\""),
            ("tab\there", Format::Csv, Lang::Da, "tab\there"),
            ("Jobcenter Øst", Format::Csv, Lang::Da, "Jobcenter Øst"),
        ];
        for &(text, format, lang, expected) in cases {
            let out = write(&rows(&[&[text]]), format, lang);
            let out = out.trim_start_matches(BOM);
            assert_eq!(
                out.strip_suffix(format.line_end()),
                Some(expected),
                "{text:?}"
            );
        }
    }

    #[test]
    fn text_that_would_run_as_a_formula_is_defused() {
        let cases: &[(&str, &str)] = &[
            (
                "=HYPERLINK(\"http://x\")",
                "\"'=HYPERLINK(\"\"http://x\"\")\"",
            ),
            ("+1+2", "'+1+2"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "\"'\tx\""),
        ];
        for &(text, expected) in cases {
            let out = write(&rows(&[&[text]]), Format::Tsv, Lang::En);
            assert_eq!(out, format!("{expected}\n"), "{text:?}");
        }
        // Negative numbers stay numbers.
        assert_eq!(
            write(&rows(&[&["-1,234"]]), Format::Tsv, Lang::En),
            "-1234\n"
        );
    }
}
