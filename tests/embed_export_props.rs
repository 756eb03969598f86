//! Property tests of embed mode and export: untrusted URL values never
//! panic and never reach the page unchecked; the snippet cannot be broken
//! out of; CSV and TSV read back as the cells that were written.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use proptest::prelude::*;
use sagsstamme::model::colour::{contrast, Rgb, Theme, MIN_CONTRAST, WHITE};
use sagsstamme::model::embed::{embed_search, load, snippet};
use sagsstamme::model::export::{as_number, write, Format, BOM};
use sagsstamme::model::url::codec::{parse_search, to_search};
use support::{lang, quoted_readably};

/// Query values an attacker might try.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9a-fA-F#]{0,8}",
        "(inputs|results|groups|budget|ds|goal|presets|export|x|<b>|,| ){0,12}",
        Just("1".to_owned()),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("embed".to_owned()),
        Just("accent".to_owned()),
        Just("sections".to_owned()),
        any::<String>(),
    ]
}

/// Reads our CSV/TSV back (RFC 4180 quoting), for the round trip.
fn read(text: &str, sep: char, line_end: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut rest = String::new();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                c => cell.push(c),
            }
            continue;
        }
        rest.push(c);
        match c {
            '"' if cell.is_empty() => quoted = true,
            c if c == sep => row.push(std::mem::take(&mut cell)),
            _ if rest.ends_with(line_end) => {
                // Drop the part of the line end already pushed to the cell.
                for _ in 0..line_end.chars().count() - 1 {
                    cell.pop();
                }
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            c => cell.push(c),
        }
    }
    rows
}

proptest! {
    #[test]
    fn embed_options_never_panic_and_only_valid_themes_come_out(
        pairs in prop::collection::vec((key(), value()), 0..20)
    ) {
        let l = load(&pairs);
        for n in &l.notices {
            prop_assert!(quoted_readably(&n.value));
        }
        if let Some(theme) = l.embed.and_then(|e| e.theme) {
            prop_assert!(theme.passes());
        }
    }

    #[test]
    fn every_colour_gives_a_theme_that_reads_at_aa(r: u8, g: u8, b: u8) {
        let (theme, changed) = Theme::from_accent(Rgb(r, g, b));
        prop_assert!(theme.passes());
        prop_assert!(contrast(theme.accent, WHITE) >= MIN_CONTRAST);
        prop_assert_eq!(changed, theme.accent != Rgb(r, g, b));
    }

    #[test]
    fn queries_round_trip_through_the_decoder(pairs in prop::collection::vec((any::<String>(), any::<String>()), 0..6)) {
        let refs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let decoded = parse_search(&to_search(&refs));
        // Empty keys and values with no '=' are indistinguishable from
        // nothing; compare only pairs that survive both ways.
        let expected: Vec<(String, String)> = pairs
            .iter()
            .filter(|(k, v)| !(k.is_empty() && v.is_empty()))
            .cloned()
            .collect();
        let decoded: Vec<(String, String)> = decoded
            .into_iter()
            .filter(|(k, v)| !(k.is_empty() && v.is_empty()))
            .collect();
        prop_assert_eq!(decoded, expected);
    }

    #[test]
    fn the_snippet_has_only_our_own_markup(
        page in any::<String>(),
        pairs in prop::collection::vec((any::<String>(), any::<String>()), 0..6),
        title in any::<String>(),
    ) {
        let s = snippet(&page, &pairs, &title);
        prop_assert_eq!(s.matches('"').count(), 10, "{}", s);
        prop_assert_eq!(s.matches('<').count(), 4, "{}", s);
        prop_assert_eq!(s.matches('>').count(), 4, "{}", s);
        prop_assert!(embed_search(&pairs).ends_with("embed=1"));
    }

    #[test]
    fn csv_and_tsv_read_back_as_the_cells_written(
        rows in prop::collection::vec(prop::collection::vec(any::<String>(), 1..5), 0..5),
        lang in lang(),
        csv: bool,
    ) {
        let format = if csv { Format::Csv } else { Format::Tsv };
        let text = write(&rows, format, lang);
        let body = if csv {
            prop_assert!(text.starts_with(BOM));
            &text[BOM.len_utf8()..]
        } else {
            text.as_str()
        };
        let line_end = if csv { "\r\n" } else { "\n" };
        let back = read(body, format.separator(lang), line_end);
        prop_assert_eq!(back.len(), rows.len());
        for (got, want) in back.iter().zip(&rows) {
            prop_assert_eq!(got.len(), want.len());
            for (g, w) in got.iter().zip(want) {
                // Numbers lose their grouping; text that could run as a
                // formula gains a leading apostrophe; the rest is unchanged.
                let expected = match as_number(w, lang) {
                    Some(n) => n,
                    None if w.starts_with(['=', '+', '-', '@', '\t', '\r']) => format!("'{w}"),
                    None => w.clone(),
                };
                prop_assert_eq!(g, &expected);
            }
        }
    }
}
