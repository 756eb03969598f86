//! The formatting helpers and the sentences with numbers in them, in both
//! languages.

use super::*;
use crate::model::calc::Change;
use crate::model::ds::CutLanding;
use crate::model::number::format_trimmed;

#[test]
fn amounts_follow_each_languages_conventions() {
    assert_eq!(kr(11_340_000.0, Lang::Da), "11.340.000 kr.");
    assert_eq!(kr(11_340_000.0, Lang::En), "DKK 11,340,000");
    assert_eq!(mio_kr(11_340_000.0, Lang::Da), "11,34 mio. kr.");
    assert_eq!(mio_kr(11_340_000.0, Lang::En), "DKK 11.34 million");
    assert_eq!(percent(0.0479, Lang::Da), "4,8 %");
}

#[test]
fn range_errors_name_the_range_and_unit() {
    let e = InputError::OutOfRange {
        min: 1.0,
        max: 1_000.0,
    };
    assert_eq!(
        (DA.error)(e, FieldKind::Caseload, Lang::Da),
        "Skal være mellem 1 og 1.000 sager pr. sagsbehandler."
    );
    assert_eq!(
        (EN.error)(e, FieldKind::Caseload, Lang::En),
        "Must be between 1 and 1,000 cases per caseworker."
    );
    let e = InputError::OutOfRange { min: 0.0, max: 1e9 };
    assert_eq!(
        (EN.error)(e, FieldKind::Money, Lang::En),
        "Must be between DKK 0 and DKK 1,000,000,000."
    );
    // One full stop after "kr.", not two.
    assert_eq!(
        (DA.error)(e, FieldKind::Money, Lang::Da),
        "Skal være mellem 0 og 1.000.000.000 kr."
    );
}

#[test]
fn years_are_not_grouped_in_messages() {
    let e = InputError::OutOfRange {
        min: 2000.0,
        max: 2100.0,
    };
    assert_eq!(
        (DA.error)(e, FieldKind::Year, Lang::Da),
        "Skal være mellem 2000 og 2100."
    );
    let e = InputError::OutOfRange {
        min: 1.0,
        max: 10.0,
    };
    assert_eq!(
        (EN.error)(e, FieldKind::YearCount, Lang::En),
        "Must be between 1 and 10 years."
    );
}

#[test]
fn the_print_date_is_written_each_languages_way() {
    assert_eq!((DA.printed_on)(5, 3, 2025), "Udskrevet 5. marts 2025");
    assert_eq!((EN.printed_on)(23, 11, 2026), "Printed 23 November 2026");
    // Out-of-range months from a broken clock print no month, not a panic.
    assert_eq!((DA.printed_on)(1, 0, 2025), "Udskrevet 1.  2025");
    assert_eq!((EN.printed_on)(1, 13, 2025), "Printed 1  2025");
}

#[test]
fn a_cut_is_named_with_fewer_caseworkers_saving_caseload_and_ds() {
    use crate::model::test_support::scenario;
    use crate::model::{compute, BreakEven};
    // Copenhagen: 5,000 citizens, 70 → 90, 400,000 kr. a staff year.
    let s = scenario(
        &[(5000.0, 70.0, 90.0, BenefitKind::Sygedagpenge)],
        400_000.0,
        [10_000.0, 0.0, 0.0, 0.0],
    );
    let BreakEven::NotNeeded(change) = compute(&s).break_even else {
        panic!("a cut needs no effect")
    };
    let landing = crate::model::ds::cut_landing(&s, &[Some(crate::model::ds::Area::Sygedagpenge)]);
    assert_eq!(
        not_needed_headline(change, landing, Lang::Da),
        "Det er en nedskæring: 15,9 færre sagsbehandlere (årsværk) sparer 6.349.206 kr. om \
         året, og sagsstammen stiger fra 70 til 90 sager pr. sagsbehandler. Det er over DS' \
         vejledende sagstal på 25–45. Der kræves ingen effekt for at betale sig; bliver \
         borgerne længere tid på ydelse, kan det skrives som en negativ effekt i budgettet."
    );
    assert_eq!(
        not_needed_headline(change, landing, Lang::En),
        "This is a cut: 15.9 fewer caseworkers (staff years) save DKK 6,349,206 a year, and \
         the caseload rises from 70 to 90 cases per caseworker. That is above DS's \
         recommended range of 25–45. No effect is needed to pay for it; if citizens spend \
         longer on benefits as a result, enter that as a negative effect in the budget."
    );
    assert_eq!(
        not_needed_headline(Change::Unchanged, CutLanding::NoArea, Lang::Da),
        DA.headline_unchanged
    );
}

#[test]
fn extra_caseworkers_are_said_to_lower_the_caseload_of_all_citizens() {
    use crate::model::goal::new_staff;
    use crate::model::test_support::scenario;
    // Copenhagen: 5,000 citizens 70 → 50; 28.6 extra staff years.
    let s = scenario(
        &[(5000.0, 70.0, 50.0, BenefitKind::Sygedagpenge)],
        396_900.0,
        [15_774.0, 0.0, 0.0, 0.0],
    );
    let n = new_staff(&s, 28.6).unwrap();
    let words = |lang: Lang| {
        (lang.tb().goal_staff_answer)(
            &format_trimmed(28.6, 1, lang),
            &format_trimmed(n.citizens, 1, lang),
            &format_trimmed(n.caseload_now, 1, lang),
            &format_trimmed(n.caseload_after, 1, lang),
        )
    };
    assert_eq!(
        words(Lang::Da),
        "28,6 ekstra årsværk giver alle 5.000 borgere en sagsbehandler med 50 sager i stedet \
         for 70 i gennemsnit."
    );
    assert_eq!(
        words(Lang::En),
        "28.6 extra staff years give all 5,000 citizens a caseworker with 50 cases instead \
         of 70 on average."
    );
}

#[test]
fn each_language_has_its_own_text() {
    assert_ne!(DA.page_title, EN.page_title);
    for b in BenefitKind::ALL {
        assert_ne!((DA.benefit_name)(b), (EN.benefit_name)(b));
    }
}
