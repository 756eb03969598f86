use std::cell::Cell;

use super::*;
use crate::model::{FieldId, Lang};

/// The first group's target caseload as typed.
fn target(l: &Loaded) -> Option<&str> {
    let id = l.form.groups.first()?.id;
    l.form.text(FieldId::Target(id))
}

fn pairs(search: &str) -> Pairs {
    codec::parse_search(search)
}

/// A saved copy with target 40, and whether it was read.
fn saved_40(read: &Cell<bool>) -> impl FnOnce() -> Option<Result<Loaded, RecordError>> + '_ {
    move || {
        read.set(true);
        Some(Ok(link::load(pairs("?target=40"))))
    }
}

fn none(_: &str) -> Option<Pairs> {
    None
}

#[test]
fn the_link_wins_over_the_saved_copy_and_the_saved_copy_is_not_read() {
    let read = Cell::new(false);
    let c = choose("?target=45", true, none, saved_40(&read));
    assert_eq!(target(&c.loaded), Some("45"));
    assert!(!read.get(), "the saved copy was read");
    assert!(c.keep && !c.ignored && c.rewrite.is_none());
}

#[test]
fn without_a_scenario_in_the_link_the_saved_copy_is_the_start() {
    let read = Cell::new(false);
    // A key of the hosting page is not a scenario.
    let c = choose("?utm_source=nyhedsbrev", true, none, saved_40(&read));
    assert!(read.get());
    assert_eq!(target(&c.loaded), Some("40"));
}

#[test]
fn an_unreadable_saved_copy_is_said_and_the_link_or_defaults_are_the_start() {
    let c = choose("", true, none, || Some(Err(RecordError::NotOurs)));
    assert!(c.ignored);
    assert_eq!(c.loaded, link::load(Pairs::new()));
    let c = choose("", true, none, || None);
    assert!(!c.ignored, "no saved copy is nothing to say");
}

#[test]
fn a_kept_edit_beats_the_link_and_is_written_back() {
    let asked = Cell::new(None::<String>);
    let read = Cell::new(false);
    let c = choose(
        "?target=45",
        true,
        |s| {
            asked.set(Some(s.to_owned()));
            Some(pairs("?target=35"))
        },
        saved_40(&read),
    );
    assert_eq!(
        asked.take().as_deref(),
        Some("?target=45"),
        "asked for this address"
    );
    assert_eq!(target(&c.loaded), Some("35"));
    assert_eq!(c.rewrite, Some(pairs("?target=35")));
    assert!(!read.get());
}

#[test]
fn an_embedded_page_or_a_test_mount_reads_and_keeps_nothing() {
    for (search, own_page) in [("?embed=1&target=45", true), ("?target=45", false)] {
        let read = Cell::new(false);
        let asked = Cell::new(false);
        let c = choose(
            search,
            own_page,
            |_| {
                asked.set(true);
                Some(pairs("?target=35"))
            },
            saved_40(&read),
        );
        assert!(!c.keep, "{search}");
        assert!(!read.get() && !asked.get(), "{search}: storage was read");
        assert_eq!(target(&c.loaded), Some("45"), "{search}");
        assert!(c.rewrite.is_none());
    }
    let c = choose("?embed=1", true, none, || None);
    assert!(c.embed.is_some());
}

#[test]
fn the_embed_options_notices_come_with_the_scenarios() {
    let c = choose("?accent=red&target=45&lang=en", true, none, || None);
    assert_eq!(c.loaded.lang, Lang::En);
    assert!(
        c.loaded.notices.iter().any(|n| n.key == "accent"),
        "{:?}",
        c.loaded.notices
    );
}
