//! Tests of [`super`]: embed mode's options read from a link, the figures
//! posted to the host, and the snippet the dialog offers.

use super::*;
use crate::model::colour::{contrast, MIN_CONTRAST, PAGE_ACCENT, WHITE};
use crate::model::url::codec::{parse_search, to_search};

fn embed_of(search: &str) -> EmbedLoaded {
    load(&parse_search(search))
}

fn problems(l: &EmbedLoaded) -> Vec<(&str, &str, Problem)> {
    l.notices
        .iter()
        .map(|n| (n.key.as_str(), n.value.as_str(), n.problem.clone()))
        .collect()
}

#[test]
fn the_flag_turns_embed_mode_on_and_only_1_and_0_are_flags() {
    let cases: &[(&str, bool, usize)] = &[
        ("", false, 0),
        ("?embed=1", true, 0),
        ("?embed=0", false, 0),
        ("?embed=yes", false, 1),
        ("?embed=", false, 1),
        ("?embed=1&embed=0", true, 0),
    ];
    for &(search, on, n) in cases {
        let l = embed_of(search);
        assert_eq!(l.embed.is_some(), on, "{search}");
        assert_eq!(l.notices.len(), n, "{search}");
    }
}

#[test]
fn embed_mode_defaults_to_the_form_results_and_budget() {
    let e = embed_of("?embed=1").embed.unwrap();
    assert_eq!(e.theme, None);
    let shown: Vec<&str> = Section::ALL
        .iter()
        .filter(|s| e.sections.shows(**s))
        .map(|s| s.name())
        .collect();
    assert_eq!(shown, ["inputs", "results", "budget"]);
    assert!(Section::ALL.iter().all(|s| Sections::ALL.shows(*s)));
}

#[test]
fn sections_pick_what_shows_and_unknown_names_are_reported() {
    let l = embed_of("?embed=1&sections=results,+ds,bogus,,goal");
    let s = l.embed.unwrap().sections;
    for (section, shown) in [
        (Section::Results, true),
        (Section::Ds, true),
        (Section::Goal, true),
        (Section::Inputs, false),
        (Section::Budget, false),
    ] {
        assert_eq!(s.shows(section), shown, "{section:?}");
    }
    assert_eq!(
        problems(&l),
        [(
            "sections",
            "bogus",
            Problem::Embed(EmbedProblem::UnknownSection)
        )]
    );
}

#[test]
fn no_known_section_falls_back_to_the_default() {
    let l = embed_of("?embed=1&sections=%3Cscript%3E");
    assert_eq!(l.embed.unwrap().sections, Sections::EMBED_DEFAULT);
    assert_eq!(
        problems(&l),
        [
            (
                "sections",
                "<script>",
                Problem::Embed(EmbedProblem::UnknownSection)
            ),
            (
                "sections",
                "<script>",
                Problem::Embed(EmbedProblem::NoSections)
            ),
        ]
    );
}

#[test]
fn a_long_sections_list_is_bounded() {
    let search = format!("?embed=1&sections={}", "x,".repeat(10_000));
    let l = embed_of(&search);
    // One notice per name read, at most MAX_SECTION_NAMES, plus "none".
    assert_eq!(l.notices.len(), MAX_SECTION_NAMES + 1);
    assert!(l
        .notices
        .iter()
        .all(|n| n.value.chars().count() <= crate::model::url::codec::MAX_QUOTED_CHARS + 1));
}

#[test]
fn theme_keys_without_embed_are_ignored_with_a_notice() {
    let l = embed_of("?accent=0b5cad&sections=results");
    assert!(l.embed.is_none());
    let keys: Vec<_> = problems(&l).into_iter().map(|(k, _, p)| (k, p)).collect();
    let p = Problem::Embed(EmbedProblem::OnlyWhenEmbedded);
    assert_eq!(keys, [("accent", p.clone()), ("sections", p)]);
}

#[test]
fn accent_colours_are_six_hex_digits() {
    let cases: &[(&str, Option<Rgb>)] = &[
        ("0b5cad", Some(Rgb(0x0b, 0x5c, 0xad))),
        ("#0B5CAD", Some(Rgb(0x0b, 0x5c, 0xad))),
        ("000000", Some(Rgb(0, 0, 0))),
        ("fff", None),
        ("0b5cad0", None),
        ("red", None),
        ("12345g", None),
        ("0b5cad;}body{display:none", None),
        ("ææ", None),
        ("", None),
    ];
    for &(text, expected) in cases {
        assert_eq!(Rgb::parse_hex(text), expected, "{text:?}");
    }
    assert_eq!(Rgb(0x0b, 0x5c, 0xad).hex(), "#0b5cad");
    let l = embed_of("?embed=1&accent=red");
    assert_eq!(l.embed.unwrap().theme, None);
    assert_eq!(
        problems(&l),
        [("accent", "red", Problem::Embed(EmbedProblem::NotAColour))]
    );
}

#[test]
fn a_good_accent_is_kept_and_a_pale_one_is_darkened_until_it_passes() {
    let (theme, changed) = Theme::from_accent(Rgb(0x0b, 0x5c, 0xad));
    assert!(!changed);
    assert_eq!(theme.accent, Rgb(0x0b, 0x5c, 0xad));
    assert!(theme.passes());
    for pale in [
        Rgb(255, 255, 0),
        Rgb(255, 255, 255),
        Rgb(0x76, 0x76, 0x76),
        Rgb(0xff, 0x66, 0x00),
    ] {
        let (theme, changed) = Theme::from_accent(pale);
        assert!(changed, "{pale:?}");
        assert!(theme.passes(), "{pale:?} → {theme:?}");
        assert!(contrast(theme.accent, WHITE) >= MIN_CONTRAST);
        assert!(contrast(theme.accent, theme.tint) >= MIN_CONTRAST);
        assert!(theme.accent.luminance() < pale.luminance());
    }
    let l = embed_of("?embed=1&accent=ffff00");
    let used = l.embed.unwrap().theme.unwrap().accent;
    assert_eq!(
        problems(&l),
        [(
            "accent",
            "ffff00",
            Problem::Embed(EmbedProblem::AccentDarkened(used))
        )]
    );
}

#[test]
fn embed_and_full_page_queries_round_trip() {
    let pairs = [
        ("name", "Jobcenter Øst & Vest"),
        ("x", "50%+1"),
        ("embed", "0"),
    ];
    let decoded = parse_search(&embed_search(&pairs));
    let decoded: Vec<(&str, &str)> = decoded
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(decoded, [pairs[0], pairs[1], ("embed", "1")]);
    assert_eq!(
        full_page_search(&[("embed", "1"), ("accent", "0b5cad")]),
        ""
    );
}

#[test]
fn embed_and_full_page_links_keep_the_scenario() {
    let pairs = parse_search("?headcount=5000&embed=0&lang=en&accent=0b5cad&sections=results");
    assert_eq!(
        embed_search(&pairs),
        "?headcount=5000&lang=en&accent=0b5cad&sections=results&embed=1"
    );
    assert_eq!(full_page_search(&pairs), "?headcount=5000&lang=en");
    assert_eq!(embed_search::<&str, &str>(&[]), "?embed=1");
}

#[test]
fn the_dialogs_choice_becomes_the_embed_keys_and_reads_back_as_chosen() {
    let base = [
        ("headcount", "300"),
        ("accent", "ff0000"),
        ("utm", "x"),
        ("sections", "ds"),
        ("embed", "0"),
    ];
    let all_but = |s: Section| Sections::ALL.toggled(s, false);
    let cases: &[(EmbedChoice, &str)] = &[
        (EmbedChoice::default(), "?headcount=300&utm=x"),
        (
            EmbedChoice {
                sections: Sections::EMBED_DEFAULT
                    .toggled(Section::Budget, false)
                    .with(Section::Ds),
                accent: None,
            },
            "?headcount=300&utm=x&sections=inputs,results,ds",
        ),
        (
            EmbedChoice {
                sections: Sections::EMBED_DEFAULT,
                accent: Some(Rgb(0x0b, 0x5c, 0xad)),
            },
            "?headcount=300&utm=x&accent=0b5cad",
        ),
        (
            EmbedChoice {
                sections: all_but(Section::Explain),
                accent: None,
            },
            "?headcount=300&utm=x&sections=inputs,results,groups,budget,ds,goal\
             ,presets,export,compare,charts",
        ),
        // No section at all is no choice: the default ones show.
        (
            EmbedChoice {
                sections: Sections::empty(),
                accent: None,
            },
            "?headcount=300&utm=x",
        ),
    ];
    for (choice, want) in cases {
        let pairs = with_choice(&base, *choice);
        assert_eq!(to_search(&pairs), *want, "{choice:?}");
        // What the embedded page reads: the sections chosen, no notice.
        let mut embedded = pairs.clone();
        embedded.push(("embed".into(), "1".into()));
        let read = load(&embedded);
        assert_eq!(read.notices, vec![], "{choice:?}");
        let shown = read.embed.unwrap().sections;
        if choice.sections.is_empty() {
            assert_eq!(shown, Sections::EMBED_DEFAULT);
        } else {
            assert_eq!(shown, choice.sections);
        }
    }
}

#[test]
fn a_faint_accent_is_darkened_in_the_dialog_so_the_embedded_page_has_nothing_to_report() {
    let faint = EmbedChoice {
        sections: Sections::EMBED_DEFAULT,
        accent: Some(Rgb(0xff, 0xee, 0x00)),
    };
    let (used, darkened) = faint.used_accent().unwrap();
    assert!(darkened);
    assert!(Theme::from_accent(used).0.passes());
    let mut pairs = with_choice(&[("headcount", "300")], faint);
    assert_eq!(pairs[1], ("accent".to_owned(), used.hex()[1..].to_owned()));
    pairs.push(("embed".into(), "1".into()));
    let read = load(&pairs);
    assert_eq!(read.notices, vec![]);
    assert_eq!(read.embed.unwrap().theme.unwrap().accent, used);
    // The page's own accent passes as it is.
    let own = EmbedChoice {
        accent: Some(PAGE_ACCENT),
        ..faint
    };
    assert_eq!(own.used_accent(), Some((PAGE_ACCENT, false)));
}

#[test]
fn sections_toggle_count_and_name_themselves_in_page_order() {
    let s = Sections::empty()
        .with(Section::Explain)
        .with(Section::Inputs);
    assert_eq!(s.names(), "inputs,explain");
    assert_eq!(s.len(), 2);
    assert_eq!(s.toggled(Section::Inputs, false).names(), "explain");
    assert_eq!(s.toggled(Section::Explain, true), s);
    assert!(s
        .toggled(Section::Inputs, false)
        .toggled(Section::Explain, false)
        .is_empty());
    assert_eq!(Sections::ALL.len(), 11);
    assert_eq!(Sections::EMBED_DEFAULT.names(), "inputs,results,budget");
}

#[test]
fn the_snippet_embeds_this_scenario_and_cannot_be_broken_out_of() {
    let pairs = parse_search("?headcount=5000&lang=en");
    let s = snippet(
        "https://x.dk/beregner/index.html",
        &pairs,
        "Caseload calculator",
    );
    assert_eq!(
        s,
        "<iframe src=\"https://x.dk/beregner/index.html?headcount=5000&amp;lang=en&amp;embed=1\" \
         title=\"Caseload calculator\" data-sagsstamme style=\"width:100%;height:900px;border:0\" \
         loading=\"lazy\"></iframe>\n\
         <script src=\"https://x.dk/beregner/embed/sagsstamme-embed.js\" async></script>"
    );
    let pairs = parse_search("?name=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");
    let s = snippet("https://x.dk/a\"b/", &pairs, "T\"<>");
    assert!(!s.contains("<script>alert"), "{s}");
    assert_eq!(s.matches('"').count(), 2 * 5, "only our own quotes: {s}");
    assert!(s.contains("title=\"T&quot;&lt;&gt;\""));
}
