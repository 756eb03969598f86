//! Tests of [`super`]: links of every version read and written, notices
//! for what a link holds that the page cannot use, and the bounds.

use super::*;
use crate::model::calc::compute;
use crate::model::ds::Area;
use crate::model::form::EffectUnit;
use crate::model::url::codec::{parse_search, to_search, MAX_QUOTED_CHARS};

fn pairs(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (k.to_owned(), v.to_owned())
        })
        .collect()
}

#[test]
fn the_documented_example_computes_the_published_figures() {
    let l = load(pairs(
        "headcount=5000&current=70&target=50&cost=396900&benefit_month=15774",
    ));
    assert!(l.notices.is_empty());
    let e = l.form.evaluate(l.lang);
    assert!(e.errors.is_empty(), "{:?}", e.errors);
    let r = compute(&e.scenario.unwrap());
    assert!((r.extra_staff - 28.571_428_571_428_57).abs() < 1e-9);
    assert!((r.annual_cost - 11_340_000.0).abs() < 1e-6);
    let crate::model::calc::BreakEven::Required {
        months_per_year, ..
    } = r.break_even
    else {
        panic!()
    };
    assert!((months_per_year - 718.904_526).abs() < 1e-3);
}

#[test]
fn no_query_gives_the_default_scenario_in_danish() {
    let l = load(Vec::<(String, String)>::new());
    assert_eq!(l.lang, Lang::Da);
    assert_eq!(l.form, Form::new(Lang::Da));
    assert!(l.preset.is_none() && l.notices.is_empty());
}

#[test]
fn bad_values_are_reported_and_the_rest_still_loads() {
    let l = load(pairs(
        "lang=en&headcount=abc&current=0&target=45&cost=-1&lang=da",
    ));
    assert_eq!(l.lang, Lang::En, "first occurrence wins");
    let keys: Vec<&str> = l.notices.iter().map(|n| n.key.as_str()).collect();
    assert_eq!(keys, ["headcount", "current", "cost"]);
    assert_eq!(
        l.notices[0].problem,
        Problem::Invalid(InputError::NotANumber)
    );
    assert_eq!(l.form.groups[0].target, "45");
    assert_eq!(
        l.form.groups[0].headcount, "1,000",
        "default kept, in English"
    );
    assert!(l.form.evaluate(l.lang).errors.is_empty());
}

#[test]
fn unknown_keys_lang_and_preset() {
    let l = load(pairs("foo=bar&lang=fr&preset=nope"));
    assert_eq!(l.lang, Lang::Da);
    let problems: Vec<&Problem> = l.notices.iter().map(|n| &n.problem).collect();
    assert_eq!(problems, [&Problem::UnknownLang, &Problem::UnknownPreset]);
}

#[test]
fn preset_with_overrides_becomes_one_group() {
    let l = load(pairs("preset=kk-bi08-2023"));
    assert_eq!(l.form.groups.len(), 4);
    assert_eq!(l.preset.map(|p| p.id), Some("kk-bi08-2023"));
    let l = load(pairs("preset=kk-bi08-2023&target=45"));
    assert_eq!(l.form.groups.len(), 1);
    assert_eq!(l.form.groups[0].headcount, "1.400");
    assert_eq!(l.form.groups[0].target, "45");
    // cost alone keeps every group.
    let l = load(pairs("preset=kk-bi08-2023&cost=400000"));
    assert_eq!(l.form.groups.len(), 4);
    assert_eq!(l.form.cost_per_staff_year, "400.000");
}

/// The form without its group ids (which only key the page's rows).
fn content(f: &Form) -> impl PartialEq + std::fmt::Debug {
    let groups: Vec<_> = f
        .groups
        .iter()
        .cloned()
        .map(|mut g| {
            g.id = 0;
            g
        })
        .collect();
    (
        groups,
        f.cost_per_staff_year.clone(),
        f.benefits.clone(),
        f.budget.clone(),
        f.goal.clone(),
    )
}

fn strs(pairs: &[(String, String)]) -> Vec<(&str, &str)> {
    pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

/// Every kind of field changed, in English, with text that does not
/// read as a number and an empty headcount.
fn rich_form() -> (Form, Lang) {
    let lang = Lang::En;
    let mut f = Form::new(lang);
    let first = f.groups[0].id;
    f.set_group_name(first, "Sygedagpenge & <b>jobcenter</b> = æøå");
    f.set_text(FieldId::Headcount(first), "1,234.5");
    f.set_text(FieldId::Current(first), "52,5");
    f.set_group_benefit(first, BenefitKind::Kontanthjaelp);
    f.set_group_area(first, Some(Area::Fleksjob));
    f.set_effect_unit(first, EffectUnit::Percent, lang);
    f.set_text(FieldId::Effect(first, EffectUnit::Percent), "7.5");
    f.set_text(FieldId::Displaced(first), "48");
    f.set_displaced_to(first, BenefitKind::Other);
    let second = f.add_group().unwrap();
    f.set_group_benefit(second, BenefitKind::Other);
    f.set_group_area(second, None);
    let third = f.add_group().unwrap();
    f.set_text(FieldId::Headcount(third), "400");
    f.set_text(FieldId::Target(third), "0");
    f.remove_group(second);
    f.set_text(FieldId::CostPerStaffYear, "396,900");
    f.set_text(FieldId::MonthlyRate(BenefitKind::Other), "15,774");
    f.set_text(FieldId::Reimbursement(BenefitKind::Kontanthjaelp), "30");
    f.set_text(FieldId::StartYear, "2025");
    f.set_text(FieldId::Years, "6");
    f.set_text(FieldId::PriceLevel, "2024");
    f.set_switch(Switch::Hiring, true);
    f.set_switch(Switch::Ramp, true);
    f.set_switch(Switch::NewHires, true);
    f.set_text(FieldId::HiringShare, "25");
    f.set_text(FieldId::RampYear1, "");
    f.set_text(FieldId::RampYear2, "~90");
    f.set_text(FieldId::GoalBudget, "1,000,000");
    f.set_text(FieldId::GoalStaff, "many");
    (f, lang)
}

#[test]
fn defaults_are_left_out_so_the_default_link_is_empty() {
    assert_eq!(encode(&Form::new(Lang::Da), Lang::Da, None), vec![]);
    assert_eq!(
        strs(&encode(&Form::new(Lang::En), Lang::En, None)),
        [("v", "3"), ("lang", "en")]
    );
    let p = preset::find("kk-bi08-2023").unwrap();
    assert_eq!(
        strs(&encode(&p.to_form(Lang::Da), Lang::Da, Some(p))),
        [("v", "3"), ("preset", "kk-bi08-2023")]
    );
    // Retyping a default in another way writes nothing either.
    let mut f = Form::new(Lang::Da);
    let id = f.groups[0].id;
    f.set_text(FieldId::Headcount(id), "1000,00");
    f.set_text(FieldId::CostPerStaffYear, " 482946 kr.");
    assert_eq!(encode(&f, Lang::Da, None), vec![]);
}

#[test]
fn encodes_changed_fields_as_plain_decimals() {
    let mut f = Form::new(Lang::Da);
    let id = f.groups[0].id;
    f.set_text(FieldId::Headcount(id), "5.000");
    f.set_group_benefit(id, BenefitKind::Other);
    f.set_text(FieldId::MonthlyRate(BenefitKind::Other), "15.774,5");
    f.set_text(FieldId::CostPerStaffYear, "396.900");
    f.set_text(FieldId::Years, "5");
    f.set_switch(Switch::Ramp, true);
    let pairs = encode(&f, Lang::Da, None);
    assert_eq!(
        strs(&pairs),
        [
            ("v", "3"),
            ("g1.benefit", "other"),
            ("g1.headcount", "5000"),
            ("ramp", "1"),
            ("cost", "396900"),
            ("other.rate", "15774.5"),
            ("years", "5"),
        ]
    );
    assert_eq!(
        to_search(&pairs),
        "?v=3&g1.benefit=other&g1.headcount=5000&ramp=1&cost=396900&other.rate=15774.5&years=5"
    );
    // The same scenario in English writes the same numbers.
    let mut en = f.clone();
    en.relocalize(Lang::Da, Lang::En);
    let en_pairs = encode(&en, Lang::En, None);
    assert_eq!(en_pairs[1], ("lang".to_owned(), "en".to_owned()));
    assert_eq!(en_pairs[2..], pairs[1..]);
}

#[test]
fn old_links_keep_their_figures_and_new_links_carry_years() {
    use crate::model::compute;
    let figures = |search: &str| {
        let l = load(parse_search(search));
        assert_eq!(l.notices, vec![], "{search}");
        let s = l.form.evaluate(l.lang).scenario.unwrap();
        (
            s.cost_per_staff_year,
            s.benefit(BenefitKind::Sygedagpenge).monthly_rate,
            compute(&s).annual_cost,
        )
    };
    // Version 1, the documented example: 11.34 mio. kr. as always.
    let v1 = figures("?headcount=5000&current=70&target=50&cost=396900&benefit_month=15774");
    assert!((v1.2 - 11_340_000.0).abs() < 1e-6);
    // Version 2 without a cost: 400,000 kr. at the link's price level,
    // whichever it is; rates unconverted.
    for search in [
        "?v=2&g1.headcount=5000",
        "?v=2&price_level=2024",
        "?v=2&price_level=2030",
    ] {
        let (k, rate, _) = figures(search);
        assert_eq!(k, 400_000.0, "{search}");
        assert_eq!(rate, 20_345.0, "{search}");
    }
    // Version 3 writes the years and overhead it uses; a salary of 2023
    // at 2023 p/l with no overhead is the plain figure.
    let (k, _, _) = figures("?v=3&cost=396900&overhead=0&cost_year=2023&price_level=2023");
    assert_eq!(k, 396_900.0);
    let mut f = Form::new(Lang::Da);
    f.set_text(FieldId::CostYear, "2024");
    f.set_text(FieldId::Overhead, "15");
    f.set_text(FieldId::RateYear(BenefitKind::Sygedagpenge), "2025");
    assert_eq!(
        strs(&encode(&f, Lang::Da, None)),
        [
            ("v", "3"),
            ("overhead", "15"),
            ("cost_year", "2024"),
            ("sygedagpenge.year", "2025")
        ]
    );
    let back = load(encode(&f, Lang::Da, None));
    assert_eq!(content(&back.form), content(&f));
}

#[test]
fn displacement_is_written_per_group_and_absent_means_none() {
    let lang = Lang::Da;
    let mut f = Form::new(lang);
    let id = f.groups[0].id;
    f.set_text(FieldId::Displaced(id), "48");
    f.set_displaced_to(id, BenefitKind::Kontanthjaelp);
    assert_eq!(
        strs(&encode(&f, lang, None)),
        [
            ("v", "3"),
            ("g1.displaced_to", "kontanthjaelp"),
            ("g1.displaced", "48")
        ]
    );
    let l = load(parse_search(
        "?v=3&g1.displaced=48&g1.displaced_to=kontanthjaelp",
    ));
    assert_eq!(l.notices, vec![]);
    assert_eq!(content(&l.form), content(&f));
    // Links written before displacement existed have none: the same
    // figures as before.
    let old = load(parse_search("?v=2&g1.headcount=5000&cost=396900"));
    let s = old.form.evaluate(lang).scenario.unwrap();
    assert_eq!(s.groups[0].displaced.share, 0.0);
    assert_eq!(s.groups[0].displaced.to, BenefitKind::Jobafklaring);
    // A share outside 0–100 % is reported and skipped.
    let bad = load(parse_search(
        "?v=2&g1.displaced=120&g1.displaced_to=pension",
    ));
    assert_eq!(bad.notices.len(), 2, "{:?}", bad.notices);
    assert_eq!(bad.form.groups[0].displaced, "0");
}

#[test]
fn every_field_round_trips_through_the_link() {
    let (f, lang) = rich_form();
    let pairs = encode(&f, lang, None);
    let search = to_search(&pairs);
    let l = load(parse_search(&search));
    assert_eq!(l.notices, vec![], "{search}");
    assert_eq!(l.lang, lang);
    assert_eq!(l.preset, None);
    assert_eq!(content(&l.form), content(&f), "{search}");
    // Text that is not a valid value is kept as typed, errors and all.
    assert!(search.contains("g1.current=~52,5"), "{search}");
    assert_eq!(l.form.groups[0].current, "52,5");
    assert_eq!(
        l.form.evaluate(lang).errors.len(),
        f.evaluate(lang).errors.len()
    );
    assert!(!f.evaluate(lang).errors.is_empty());
    // Nothing changes on a second trip.
    assert_eq!(encode(&l.form, l.lang, l.preset), pairs);
}

#[test]
fn preset_scenarios_are_written_relative_to_the_preset() {
    let p = preset::find("kk-bi08-2023").unwrap();
    let mut f = p.to_form(Lang::Da);
    let ids: Vec<u32> = f.groups.iter().map(|g| g.id).collect();
    f.set_text(FieldId::Target(ids[2]), "45");
    f.remove_group(ids[3]);
    let pairs = encode(&f, Lang::Da, Some(p));
    assert_eq!(
        strs(&pairs),
        [
            ("v", "3"),
            ("preset", "kk-bi08-2023"),
            ("groups", "3"),
            ("g3.target", "45"),
        ]
    );
    let l = load(pairs);
    assert_eq!(l.preset.map(|p| p.id), Some("kk-bi08-2023"));
    assert_eq!(content(&l.form), content(&f));
    // Removing the first group shifts the others up: all written out.
    let mut f = p.to_form(Lang::Da);
    f.remove_group(ids[0]);
    let l = load(encode(&f, Lang::Da, Some(p)));
    assert_eq!(content(&l.form), content(&f));
}

#[test]
fn a_stored_version_2_link_keeps_loading() {
    // Written by this version; later versions must load it the same.
    let l = load(parse_search(
        "?v=2&lang=en&groups=2&g1.name=Sick+pay&g1.headcount=5000&g1.effect_unit=percent\
         &g1.effect=5&g2.benefit=kontanthjaelp&g2.headcount=300&g2.target=40&g2.area=none\
         &hiring=1&cost=396900&kontanthjaelp.reimbursement=30&start_year=2026&goal_staff=3",
    ));
    assert_eq!(l.notices, vec![]);
    assert_eq!(l.lang, Lang::En);
    let f = &l.form;
    assert_eq!(f.groups.len(), 2);
    let (a, b) = (&f.groups[0], &f.groups[1]);
    assert_eq!(
        (a.name.as_str(), a.headcount.as_str(), a.effect.as_str()),
        ("Sick pay", "5,000", "5")
    );
    assert_eq!(a.effect_unit, EffectUnit::Percent);
    assert_eq!(b.benefit, BenefitKind::Kontanthjaelp);
    assert_eq!(
        (b.headcount.as_str(), b.current.as_str(), b.target.as_str()),
        ("300", "70", "40")
    );
    assert_eq!(b.ds_area, None);
    assert!(f.budget.hiring && !f.budget.ramp);
    assert_eq!(f.cost_per_staff_year, "396,900");
    assert_eq!(
        f.benefits[BenefitKind::Kontanthjaelp.index()].reimbursement_pct,
        "30"
    );
    assert_eq!(f.budget.start_year, "2026");
    assert_eq!(f.goal.staff, "3");
    let e = f.evaluate(Lang::En);
    assert!(e.errors.is_empty(), "{:?}", e.errors);
    let r = compute(&e.scenario.unwrap());
    assert!(
        (r.extra_staff - (5000.0 / 50.0 - 5000.0 / 70.0 + 300.0 / 40.0 - 300.0 / 70.0)).abs()
            < 1e-9
    );
}

#[test]
fn negative_effects_load_from_links_and_round_trip() {
    // A cut 70 → 90 with citizens 1.5 months, or 12.5 %, longer on
    // benefits.
    let l = load(parse_search(
        "?v=2&groups=2&g1.target=90&g1.effect=-1.5&g2.headcount=300&g2.target=90&g2.effect_unit=percent\
         &g2.effect=-12.5",
    ));
    assert_eq!(l.notices, vec![]);
    let (a, b) = (&l.form.groups[0], &l.form.groups[1]);
    assert_eq!(
        (a.effect.as_str(), a.effect_unit),
        ("-1,5", EffectUnit::MonthsPerCitizen)
    );
    assert_eq!(
        (b.effect.as_str(), b.effect_unit),
        ("-12,5", EffectUnit::Percent)
    );
    let e = l.form.evaluate(l.lang);
    assert!(e.errors.is_empty(), "{:?}", e.errors);
    assert_eq!(
        e.plan.unwrap().effects,
        vec![
            crate::model::budget::Effect::MonthsPerCitizen(-1.5),
            crate::model::budget::Effect::PercentReduction(-12.5)
        ]
    );
    let pairs = encode(&l.form, l.lang, None);
    assert_eq!(load(pairs.clone()).form, l.form);
    assert!(pairs.contains(&("g1.effect".to_owned(), "-1.5".to_owned())));
    // Beyond −12 months or −100 %: reported and skipped, as before for
    // values above the range.
    let l = load(parse_search("?v=2&g1.effect=-13"));
    assert_eq!(
        l.notices,
        vec![Notice {
            key: "g1.effect".to_owned(),
            value: "-13".to_owned(),
            problem: Problem::Invalid(InputError::OutOfRange {
                min: -12.0,
                max: 12.0
            })
        }]
    );
    assert_eq!(l.form.groups[0].effect, "0");
}

#[test]
fn old_links_without_rates_keep_their_figures() {
    // A version 2 link and a version 1 link that leave rates out were
    // written when the defaults were the 2024 rates and "other" had 0 %
    // reimbursement: they still compute exactly what they did.
    let v2 = load(parse_search(
        "?v=2&g1.headcount=5000&groups=2&g2.benefit=kontanthjaelp\
                                &g2.headcount=500&g2.effect=1",
    ));
    assert_eq!(v2.notices, vec![]);
    let s = v2.form.evaluate(Lang::Da).scenario.unwrap();
    assert!((s.benefit(BenefitKind::Sygedagpenge).monthly_rate - 20_345.0).abs() < 1e-9);
    assert_eq!(s.benefit(BenefitKind::Kontanthjaelp).monthly_rate, 12_326.0);
    let r = compute(&s);
    // Break-even as before: cost / (12 × (5,000 × 16,276 + 500 × 9,860.8)).
    let cost = (5000.0 / 50.0 - 5000.0 / 70.0 + 500.0 / 50.0 - 500.0 / 70.0) * 400_000.0;
    let want = cost / (12.0 * (5000.0 * 16_276.0 + 500.0 * 12_326.0 * 0.8));
    let crate::model::calc::BreakEven::Required { share, .. } = r.break_even else {
        panic!()
    };
    assert!((share - want).abs() < 1e-12, "{share} {want}");
    // "other" keeps 0 % reimbursement in an old link.
    let o = load(parse_search("?v=2&g1.benefit=other&other.rate=10000"));
    let s = o.form.evaluate(Lang::Da).scenario.unwrap();
    assert_eq!(s.benefit(BenefitKind::Other).reimbursement, 0.0);
    let v1 = load(parse_search("?headcount=5000"));
    let s = v1.form.evaluate(Lang::Da).scenario.unwrap();
    assert!((s.benefit(BenefitKind::Sygedagpenge).monthly_rate - 20_345.0).abs() < 1e-9);
    // No scenario data (none, or only language/preset): today's defaults.
    for q in ["", "?lang=en", "?v=2&lang=en"] {
        let l = load(parse_search(q));
        assert_eq!(l.form, Form::new(l.lang), "{q}");
    }
}

#[test]
fn the_new_benefits_round_trip() {
    let lang = Lang::Da;
    let mut f = Form::new(lang);
    let id = f.groups[0].id;
    f.set_group_benefit(id, BenefitKind::Adagpenge);
    let second = f.add_group().unwrap();
    f.set_group_benefit(second, BenefitKind::Ledighedsydelse);
    f.set_text(FieldId::MonthlyRate(BenefitKind::Ledighedsydelse), "18.135");
    f.set_text(FieldId::Reimbursement(BenefitKind::Adagpenge), "60");
    let pairs = encode(&f, lang, None);
    let search = to_search(&pairs);
    assert!(search.contains("g1.benefit=adagpenge"), "{search}");
    assert!(search.contains("g2.benefit=ledighedsydelse"), "{search}");
    assert!(search.contains("ledighedsydelse.rate=18135"), "{search}");
    assert!(search.contains("adagpenge.reimbursement=60"), "{search}");
    let l = load(parse_search(&search));
    assert_eq!(l.notices, vec![]);
    assert_eq!(content(&l.form), content(&f));
    assert_eq!(encode(&l.form, lang, None), pairs);
    // A form that is exactly the version 2 defaults still round-trips.
    let old = Form::new_legacy_v2(lang);
    let l = load(encode(&old, lang, None));
    assert_eq!(content(&l.form), content(&old));
}

#[test]
fn version_1_links_ignore_version_2_keys_and_raw_text() {
    let l = load(pairs("headcount=5000&g1.target=40&cost=~400&years=9"));
    assert_eq!(l.form.groups[0].headcount, "5.000");
    assert_eq!(l.form.groups[0].target, "50", "no v: g1.target is unknown");
    assert_eq!(l.form.budget.years, "4");
    assert_eq!(l.form.cost_per_staff_year, "400.000");
    let got: Vec<(&str, &Problem)> = l
        .notices
        .iter()
        .map(|n| (n.key.as_str(), &n.problem))
        .collect();
    // Version 1 has no ~ values; its version-2 keys are named, not dropped.
    assert_eq!(got[0].0, "cost");
    assert_eq!(
        got[1..],
        [
            ("g1.target", &Problem::NeedsVersion2),
            ("years", &Problem::NeedsVersion2),
        ]
    );
    // An explicit v=1 is the same; v1 keys also work on top of v2.
    let l = load(pairs("v=1&g1.target=40"));
    assert_eq!(l.form.groups[0].target, "50");
    assert_eq!(l.notices[0].problem, Problem::NeedsVersion2);
    let l = load(pairs("v=2&preset=kk-bi08-2023&g2.target=40&headcount=10"));
    assert_eq!(l.form.groups.len(), 1);
    assert_eq!(l.form.groups[0].headcount, "10");
}

#[test]
fn bad_version_2_values_are_reported_and_skipped() {
    let l = load(pairs(
        "v=9&groups=21&g1.benefit=dagpenge&g1.area=x&g1.effect_unit=days&g1.current=52,5\
         &hiring=yes&years=2.5&g1.headcount=~&g9.headcount=5",
    ));
    let got: Vec<(&str, &Problem)> = l
        .notices
        .iter()
        .map(|n| (n.key.as_str(), &n.problem))
        .collect();
    let oor = |min: f64, max: f64| Problem::Invalid(InputError::OutOfRange { min, max });
    assert_eq!(
        got,
        [
            ("v", &Problem::UnknownVersion),
            ("groups", &oor(1.0, MAX_GROUPS as f64)),
            ("g1.benefit", &Problem::UnknownChoice),
            ("g1.area", &Problem::UnknownChoice),
            ("g1.effect_unit", &Problem::UnknownChoice),
            ("g1.current", &Problem::Invalid(InputError::NotANumber)),
            ("hiring", &Problem::UnknownChoice),
            ("years", &Problem::Invalid(InputError::NotWhole)),
            ("g9.headcount", &Problem::NoSuchGroup),
        ]
    );
    let g = &l.form.groups[0];
    assert_eq!((g.current.as_str(), g.headcount.as_str()), ("70", ""));
    assert_eq!(
        l.form.groups.len(),
        1,
        "g9 of a one-group scenario is ignored, with a notice"
    );
    for bad in ["0", "abc", "-1", "1.5"] {
        let l = load([("v", "3"), ("groups", bad)]);
        assert_eq!(l.form.groups.len(), 1);
        assert_eq!(l.notices.len(), 1, "groups={bad}");
    }
}

#[test]
fn the_largest_scenario_fits_the_pair_limit() {
    let lang = Lang::Da;
    let mut f = Form::new(lang);
    while f.add_group().is_some() {}
    for (i, id) in f
        .groups
        .iter()
        .map(|g| g.id)
        .collect::<Vec<_>>()
        .into_iter()
        .enumerate()
    {
        f.set_group_name(id, &"n".repeat(MAX_NAME_CHARS));
        f.set_group_benefit(id, BenefitKind::ALL[i % BenefitKind::ALL.len()]);
        f.set_group_area(id, Some(Area::Integration));
        f.set_effect_unit(id, EffectUnit::Percent, lang);
        for field in [
            FieldId::Headcount(id),
            FieldId::Current(id),
            FieldId::Target(id),
            FieldId::Effect(id, EffectUnit::Percent),
        ] {
            f.set_text(field, &"x".repeat(500));
        }
    }
    for field in f.all_fields() {
        if f.text(field) == Some("") || matches!(field, FieldId::GoalBudget) {
            f.set_text(field, "3");
        } else if !matches!(field, FieldId::Headcount(_)) {
            f.set_text(field, "~");
        }
    }
    for s in [Switch::Hiring, Switch::Ramp, Switch::NewHires] {
        f.set_switch(s, true);
    }
    let pairs = encode(&f, Lang::En, None);
    assert!(pairs.len() <= MAX_PAIRS, "{} pairs", pairs.len());
    assert!(pairs
        .iter()
        .all(|(_, v)| v.chars().count() <= MAX_VALUE_CHARS));
    let l = load(pairs.clone());
    assert_eq!(l.notices, vec![]);
    assert_eq!(encode(&l.form, l.lang, l.preset), pairs);
    assert!(to_search(&pairs).len() < 20_000);
}

#[test]
fn keys_for_groups_the_scenario_lacks_are_reported() {
    let l = load(pairs(
        "v=2&groups=2&g1.headcount=10&g2.headcount=20&g3.headcount=30&g0.target=40\
         &g99999.name=x",
    ));
    assert_eq!(l.form.groups.len(), 2);
    assert_eq!(l.form.groups[1].headcount, "20");
    let got: Vec<(&str, &str, &Problem)> = l
        .notices
        .iter()
        .map(|n| (n.key.as_str(), n.value.as_str(), &n.problem))
        .collect();
    assert_eq!(
        got,
        [
            ("g3.headcount", "30", &Problem::NoSuchGroup),
            ("g0.target", "40", &Problem::NoSuchGroup),
            ("g99999.name", "x", &Problem::NoSuchGroup),
        ]
    );
    // A key of absurd length is quoted short.
    let long = format!("v=2&g{}.name=x", "9".repeat(500));
    let n = &load(pairs(&long)).notices[0];
    assert!(n.key.chars().count() <= MAX_QUOTED_CHARS + 1, "{}", n.key);
}

#[test]
fn knows_which_keys_are_the_scenario() {
    for key in [
        "headcount",
        "cost",
        "lang",
        "preset",
        "v",
        "groups",
        "g1.name",
        "g20.effect_unit",
        // Groups the scenario may lack: read, then reported.
        "g0.name",
        "g123.name",
        "g99999999999999999999.headcount",
        "other.rate",
        "sygedagpenge.reimbursement",
        "new_hires",
        "goal_staff",
    ] {
        assert!(is_scenario_key(key), "{key}");
    }
    for key in [
        "embed",
        "accent",
        "g.name",
        "g1.foo",
        "gx.name",
        "g-1.name",
        "foo.rate",
        "rate",
        "",
        "utm_source",
    ] {
        assert!(!is_scenario_key(key), "{key}");
    }
    assert!(has_scenario(&pairs("embed=1&lang=en")));
    assert!(!has_scenario(&pairs("embed=1&utm_source=x")));
}

#[test]
fn thousands_of_keys_and_long_values_are_bounded() {
    let many: Vec<(String, String)> = (0..5000).map(|i| (format!("k{i}"), "1".into())).collect();
    let l = load(many);
    assert_eq!(l.notices.len(), 1);
    assert_eq!(l.notices[0].problem, Problem::TooManyPairs);
    let l = load(pairs(&format!("headcount={}", "<script>".repeat(100))));
    assert_eq!(l.notices[0].value.chars().count(), MAX_QUOTED_CHARS + 1);
}
