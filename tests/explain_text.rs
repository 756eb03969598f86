//! "Sådan regnes der" as the reader sees it: the BI08 preset's steps as
//! sentences in Danish and English, and every template naming each of its
//! step's numbers exactly (none dropped, none made up).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use sagsstamme::i18n::{explain_sentence, fill};
use sagsstamme::model::budget::{budget, BudgetInput, BudgetSettings, Effect};
use sagsstamme::model::ds::Area;
use sagsstamme::model::explain::{explain, Line, Step};
use sagsstamme::model::scenario::{BenefitRate, Displacement, Group, Scenario};
use sagsstamme::model::{compute, preset, BenefitKind, Lang};

/// The BI08 preset as the page loads it, explained.
fn bi08(lang: Lang) -> Vec<Line> {
    let p = preset::find("kk-bi08-2023").unwrap();
    let e = p.to_form(lang).evaluate(lang);
    let (s, plan) = (e.scenario.unwrap(), e.plan.unwrap());
    let r = compute(&s);
    let b = budget(
        &BudgetInput::from_calc(&s, &r, &plan.effects),
        &plan.settings,
    )
    .unwrap();
    explain(
        &s,
        &r,
        &plan.effects,
        Some(&b),
        &[Some(Area::Sygedagpenge); 4],
    )
}

#[test]
fn bi08_in_danish_sentence_by_sentence() {
    let lines = bi08(Lang::Da);
    let text: Vec<String> = lines
        .iter()
        .map(|l| explain_sentence(l, Lang::Da))
        .collect();
    let expected = [
        "1.400 borgere ÷ 70 sager pr. sagsbehandler = 20,00 årsværk i dag; ÷ 50 sager = 28,00 årsværk ved den nye sagsstamme.",
        "3.000 borgere ÷ 70 sager pr. sagsbehandler = 42,86 årsværk i dag; ÷ 50 sager = 60,00 årsværk ved den nye sagsstamme.",
        "250 borgere ÷ 70 sager pr. sagsbehandler = 3,57 årsværk i dag; ÷ 50 sager = 5,00 årsværk ved den nye sagsstamme.",
        "350 borgere ÷ 70 sager pr. sagsbehandler = 5,00 årsværk i dag; ÷ 50 sager = 7,00 årsværk ved den nye sagsstamme.",
        "Ekstra årsværk i alt: 100,00 − 71,43 = 28,57 årsværk.",
        "Udgift om året: 28,57 årsværk × 396.900 kr. pr. årsværk = 11.340.000 kr.",
        "19.716,67 kr. om måneden × (100 % − 20 % statslig refusion) = 15.773,34 kr. netto for kommunen pr. ydelsesmåned.",
        "12 måneder × 5.000 borgere × 15.773,34 kr. = 946.400.160 kr. i ydelser om året.",
        "Break-even: 11.340.000 kr. ÷ 946.400.160 kr. = 1,198 % kortere tid på ydelse betaler udgiften.",
        "1,198 % × 12 måneder = 0,14 måneder kortere på ydelse pr. borger om året.",
        "1,198 % × 12 måneder × 5.000 borgere = 719 sparede ydelsesmåneder om året.",
        "1,198 % × 5.000 borgere = 59,9 helårspersoner ud af ydelse.",
    ];
    assert_eq!(text[..expected.len()], expected);
    assert!(text[13].starts_with("2023: personaleudgift 100 % × 11.340.000 kr. = 11.340.000 kr.;"));
    assert!(
        text[16].ends_with("akkumuleret 45.360.000 kr."),
        "{}",
        text[16]
    );
    assert_eq!(
        text[17],
        "I alt over 4 år: personaleudgift 45.360.000 kr., sparede ydelser 0 kr., nettovirkning \
         45.360.000 kr."
    );
    assert_eq!(
        text[18],
        "DS' øverste anbefalede sagstal er 45: 1.400 borgere ÷ 45 − 1.400 ÷ 70 = 11,11 årsværk × \
         396.900 kr. = 4.410.000 kr. om året."
    );
}

#[test]
fn bi08_in_english() {
    let text: Vec<String> = bi08(Lang::En)
        .iter()
        .map(|l| explain_sentence(l, Lang::En))
        .collect();
    assert_eq!(
        text[5],
        "Annual cost: 28.57 staff years × DKK 396,900 per staff year = DKK 11,340,000."
    );
    assert_eq!(
        text[8],
        "Break-even: DKK 11,340,000 ÷ DKK 946,400,160 = 1.198 % less time on benefits pays for the \
         cost."
    );
}

/// The placeholders `{0}`…`{9}` a template uses.
fn placeholders(template: &str) -> HashSet<usize> {
    template
        .as_bytes()
        .windows(3)
        .filter(|w| w[0] == b'{' && w[1].is_ascii_digit() && w[2] == b'}')
        .map(|w| usize::from(w[1] - b'0'))
        .collect()
}

/// Scenarios that between them produce every kind of step.
fn every_step() -> Vec<Line> {
    let mut lines = bi08(Lang::Da);
    let group = |headcount, current, target, benefit| Group {
        name: String::new(),
        headcount,
        current,
        target,
        benefit,
        displaced: Displacement::none(benefit),
    };
    let rate = |monthly_rate| BenefitRate {
        monthly_rate,
        reimbursement: 0.2,
    };
    // Two benefits, an effect that pays back, a group inside DS's range.
    let s = Scenario {
        groups: vec![
            group(1000.0, 70.0, 50.0, BenefitKind::Sygedagpenge),
            group(200.0, 30.0, 25.0, BenefitKind::Kontanthjaelp),
            group(100.0, 70.0, 50.0, BenefitKind::Adagpenge),
        ],
        cost_per_staff_year: 400_000.0,
        benefits: [
            rate(20_345.0),
            rate(0.0),
            rate(12_326.0),
            rate(0.0),
            rate(0.0),
            rate(22_637.96),
        ],
    };
    let r = compute(&s);
    let effects = [
        Effect::MonthsPerCitizen(1.0),
        Effect::PercentReduction(5.0),
        Effect::NONE,
    ];
    let b = budget(
        &BudgetInput::from_calc(&s, &r, &effects),
        &BudgetSettings::realistic(2027),
    )
    .unwrap();
    let areas = [
        Some(Area::Sygedagpenge),
        Some(Area::ActivityReadyOver30),
        None,
    ];
    lines.extend(explain(&s, &r, &effects, Some(&b), &areas));
    // A small effect that does not pay back.
    let small = [Effect::MonthsPerCitizen(0.01), Effect::NONE, Effect::NONE];
    let b = budget(
        &BudgetInput::from_calc(&s, &r, &small),
        &BudgetSettings::new(2027),
    )
    .unwrap();
    lines.extend(explain(&s, &r, &small, Some(&b), &areas));
    // One group up, one down, fewer staff in all.
    let s = Scenario {
        groups: vec![
            group(100.0, 50.0, 100.0, BenefitKind::Sygedagpenge),
            group(50.0, 100.0, 50.0, BenefitKind::Sygedagpenge),
        ],
        cost_per_staff_year: 400_000.0,
        benefits: [
            rate(20_345.0),
            rate(0.0),
            rate(0.0),
            rate(0.0),
            rate(0.0),
            rate(0.0),
        ],
    };
    lines.extend(explain(&s, &compute(&s), &[], None, &[None, None]));
    // A cut with citizens longer on benefits: a negative effect.
    let longer = [Effect::MonthsPerCitizen(-0.5), Effect::NONE];
    let b = budget(
        &BudgetInput::from_calc(&s, &compute(&s), &longer),
        &BudgetSettings::new(2027),
    )
    .unwrap();
    lines.extend(explain(&s, &compute(&s), &longer, Some(&b), &[None, None]));
    // A cut; no change; nothing to save; more than all benefits.
    for (target, rate_kr, k) in [
        (90.0, 20_345.0, 400_000.0),
        (70.0, 20_345.0, 400_000.0),
        (50.0, 0.0, 400_000.0),
        (5.0, 1.0, 1e9),
    ] {
        let s = Scenario {
            groups: vec![group(100.0, 70.0, target, BenefitKind::Sygedagpenge)],
            cost_per_staff_year: k,
            benefits: [
                rate(rate_kr),
                rate(0.0),
                rate(0.0),
                rate(0.0),
                rate(0.0),
                rate(0.0),
            ],
        };
        lines.extend(explain(&s, &compute(&s), &[], None, &[None]));
    }
    lines
}

#[test]
fn every_template_names_each_number_of_its_step() {
    let lines = every_step();
    let seen: HashSet<Step> = lines.iter().map(|l| l.step).collect();
    assert_eq!(seen.len(), 27, "steps covered: {seen:?}");
    for lang in Lang::ALL {
        let t = lang.t();
        for l in &lines {
            let template = (t.explain_step)(l.step);
            let want: HashSet<usize> = (0..l.values.len()).collect();
            if l.values.is_empty() {
                // Said with the page's existing sentences.
                assert!(!explain_sentence(l, lang).is_empty(), "{:?}", l.step);
                continue;
            }
            assert_eq!(
                placeholders(template),
                want,
                "{lang:?} {:?}: {template}",
                l.step
            );
            let sentence = explain_sentence(l, lang);
            assert!(
                !sentence.contains('{') && !sentence.contains("NaN"),
                "{sentence}"
            );
            assert!(!sentence.contains(".."), "{sentence}");
        }
    }
}

#[test]
fn fill_places_arguments_in_any_order() {
    let args = ["a".to_owned(), "11 kr.".to_owned()];
    assert_eq!(fill("{1} then {0}, {1}", &args), "11 kr. then a, 11 kr.");
    // One full stop after an amount that ends in one.
    assert_eq!(fill("Cost: {1}.", &args), "Cost: 11 kr.");
    // A missing argument is left out; other braces are kept.
    assert_eq!(fill("{2}x{a}{", &args), "x{a}{");
    assert_eq!(fill("", &args), "");
}
