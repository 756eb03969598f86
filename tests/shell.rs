//! The static header in `index.html` (drawn before the wasm arrives, then
//! kept by the app as its header) says exactly what the app says in Danish:
//! the texts have one source, `i18n::DA`, and this test holds the copy to it.

use sagsstamme::i18n::DA;

/// `index.html`'s text with runs of whitespace made single spaces, as the
/// browser shows it.
fn page() -> String {
    include_str!("../index.html")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn static_header_shows_the_danish_skip_link_title_intro_and_privacy_note() {
    let page = page();
    for (tag, text) in [
        (
            "<a class=\"skip-link\" href=\"#results\">",
            DA.skip_to_results,
        ),
        ("<h1>", DA.page_title),
        ("<p class=\"intro\">", DA.intro),
        ("<p class=\"privacy\">", DA.privacy),
        // The language switch's hidden placeholder, the same size as it.
        (
            "<button type=\"button\" class=\"lang-switch\" tabindex=\"-1\">",
            DA.switch_to_other,
        ),
    ] {
        let close = match &tag[..2] {
            "<h" => "</h1>",
            "<a" => "</a>",
            "<b" => "</button>",
            _ => "</p>",
        };
        let wanted = format!("{tag}{}{close}", escaped(text));
        assert!(
            page.contains(&wanted),
            "index.html should contain {wanted:?} (src/i18n.rs, DA)"
        );
    }
}
