//! Text made safe for the markup the model writes itself: the charts' SVG
//! (`Drawing::plot_html`) and the embed snippet. A name typed by the user
//! ends up in both, so one escape serves text and double-quoted attribute
//! values alike.

/// Text made safe for HTML text and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_characters_become_entities_and_the_rest_stays() {
        let cases = [
            ("", ""),
            ("Sygedagpenge 2023", "Sygedagpenge 2023"),
            ("<script>", "&lt;script&gt;"),
            ("a & b", "a &amp; b"),
            ("\"quoted\"", "&quot;quoted&quot;"),
            ("'single' stays", "'single' stays"),
            ("&amp;", "&amp;amp;"),
            ("æøå – “”", "æøå – “”"),
        ];
        for (text, wanted) in cases {
            assert_eq!(escape(text), wanted, "{text}");
        }
    }
}
