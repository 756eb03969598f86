//! Property tests of the charts' geometry and series and of the explanation:
//! no input panics (a panic in wasm kills the page), every coordinate and
//! number is finite, and the SVG markup never carries "NaN" or "inf".
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sagsstamme::model::budget::{budget, BudgetInput, BudgetSettings, Effect};
use sagsstamme::model::chart::cost::{cost_drawing, cost_series, CostWords};
use sagsstamme::model::chart::geometry::{
    fmt_tenths, nice_axis, path_d, tenths, Drawing, Point, Scale,
};
use sagsstamme::model::chart::payback::{payback_drawing, PaybackWords};
use sagsstamme::model::ds::Area;
use sagsstamme::model::explain::explain;
use sagsstamme::model::scenario::{BenefitRate, Displacement, Group, Scenario};
use sagsstamme::model::{compute, BenefitKind, Lang};

/// Any f64 at all, with the awkward ones made likely.
fn wild() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        Just(0.0),
        Just(-0.0),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(f64::MAX),
        Just(f64::MIN_POSITIVE),
        Just(5e-324),
        -1e6..1e6f64,
        -1e-6..1e-6f64,
    ]
}

fn benefit() -> impl Strategy<Value = BenefitKind> {
    prop::sample::select(BenefitKind::ALL.to_vec())
}

/// A scenario the form can produce: every field within its range.
fn scenario() -> impl Strategy<Value = Scenario> {
    let group = (
        prop_oneof![Just(0.0), 0.0..1e7f64],
        prop_oneof![Just(1.0), Just(1000.0), 1.0..1000.0f64],
        prop_oneof![Just(1.0), Just(1000.0), 1.0..1000.0f64],
        benefit(),
    )
        .prop_map(|(headcount, current, target, benefit)| Group {
            name: String::new(),
            headcount,
            current,
            target,
            benefit,
            displaced: Displacement::none(benefit),
        });
    let rate = (prop_oneof![Just(0.0), 0.0..1e9f64], 0.0..=1.0f64).prop_map(
        |(monthly_rate, reimbursement)| BenefitRate {
            monthly_rate,
            reimbursement,
        },
    );
    (
        prop::collection::vec(group, 1..5),
        prop_oneof![Just(0.0), 0.0..1e9f64],
        [
            rate.clone(),
            rate.clone(),
            rate.clone(),
            rate.clone(),
            rate.clone(),
            rate,
        ],
    )
        .prop_map(|(groups, cost_per_staff_year, benefits)| Scenario {
            groups,
            cost_per_staff_year,
            benefits,
        })
}

fn area() -> impl Strategy<Value = Option<Area>> {
    prop::option::of(prop::sample::select(Area::ALL.to_vec()))
}

fn width() -> impl Strategy<Value = f64> {
    prop_oneof![wild(), 200.0..1400.0f64]
}

const WORDS: CostWords = CostWords {
    today: "I dag",
    target: "Mål",
    ds: "DS",
};

/// Every number in the drawing is in range and its markup is clean.
fn check_drawing(d: &Drawing, readouts: usize) -> Result<(), TestCaseError> {
    prop_assert!((240..=760).contains(&d.width), "width {}", d.width);
    for s in &d.spots {
        prop_assert!(
            (0..=1000).contains(&s.left) && (0..=1000).contains(&s.top),
            "{s:?}"
        );
    }
    let names: Vec<String> = (0..readouts).map(|i| format!("p{i}")).collect();
    let html = d.plot_html("c", "h", &names, 0);
    for bad in ["NaN", "inf"] {
        prop_assert!(!html.contains(bad), "{bad} in {html}");
    }
    for s in &d.shapes {
        prop_assert!(
            s.d.chars()
                .all(|c| c.is_ascii_digit() || "MLZ .-".contains(c)),
            "{s:?}"
        );
    }
    for l in &d.labels {
        prop_assert!(!l.text.contains('–') || l.class == "band-label", "{l:?}");
    }
    Ok(())
}

proptest! {
    #[test]
    fn axes_never_panic_and_are_finite_and_ordered(lo in wild(), hi in wild(), n in 0usize..100) {
        let a = nice_axis(lo, hi, n);
        prop_assert!(!a.ticks.is_empty() && a.ticks.len() <= 61);
        prop_assert!(a.min.is_finite() && a.max.is_finite() && a.step.is_finite());
        prop_assert!(a.min < a.max && a.step > 0.0);
        prop_assert!(a.ticks.windows(2).all(|w| w[0] < w[1]), "{a:?}");
        prop_assert!(a.ticks.iter().all(|t| t.is_finite()));
        prop_assert!(a.decimals() <= 6);
    }

    #[test]
    fn scales_map_anything_into_the_range(d0 in wild(), d1 in wild(), v in wild(), r0 in -1e4..1e4f64, r1 in -1e4..1e4f64) {
        let y = Scale::new((d0, d1), (r0, r1)).map(v);
        prop_assert!(y.is_finite());
        prop_assert!(y >= r0.min(r1) - 1e-9 && y <= r0.max(r1) + 1e-9, "{y}");
    }

    #[test]
    fn tenths_round_trip_through_their_text(px in wild(), v in any::<i32>()) {
        let t = tenths(px);
        prop_assert!((-1_000_000_000..=1_000_000_000).contains(&t));
        let text = fmt_tenths(v);
        let back: f64 = text.parse().unwrap();
        prop_assert_eq!((back * 10.0).round() as i64, i64::from(v), "{}", text);
    }

    #[test]
    fn paths_are_plain_numbers(points in prop::collection::vec((wild(), wild()), 0..20)) {
        let pts: Vec<Point> = points.iter().map(|&(x, y)| Point::new(x, y)).collect();
        let d = path_d(&pts);
        prop_assert!(d.chars().all(|c| c.is_ascii_digit() || "ML .-".contains(c)), "{d}");
        prop_assert_eq!(d.matches(['M', 'L']).count(), pts.len());
    }

    #[test]
    fn cost_chart_never_panics(s in scenario(), areas in prop::collection::vec(area(), 4), w in width(), en in any::<bool>()) {
        let areas = &areas[..s.groups.len()];
        let c = cost_series(&s, areas, w);
        prop_assert!(!c.points.is_empty());
        prop_assert!(c.today < c.points.len() && c.target < c.points.len());
        prop_assert!(c.lo <= c.hi && c.lo >= 1.0 && c.hi <= 1000.0, "{} {}", c.lo, c.hi);
        prop_assert!(c.points.windows(2).all(|p| p[0].caseload < p[1].caseload));
        for p in &c.points {
            prop_assert!(p.annual_cost.is_finite() && p.extra_staff.is_finite());
            prop_assert!(p.months_per_citizen.is_none_or(f64::is_finite));
        }
        // The scenario's own target is on the curve.
        let r = compute(&s);
        let t = c.points[c.target].annual_cost;
        prop_assert!((t - r.annual_cost).abs() <= 1e-9 * r.annual_cost.abs().max(1.0));
        let lang = if en { Lang::En } else { Lang::Da };
        let d = cost_drawing(&c, w, lang, &WORDS);
        prop_assert_eq!(d.spots.len(), c.points.len());
        check_drawing(&d, c.points.len())?;
    }

    #[test]
    fn payback_chart_and_explanation_never_panic(
        s in scenario(),
        effects in prop::collection::vec(prop_oneof![(0.0..=12.0f64).prop_map(Effect::MonthsPerCitizen), (0.0..=100.0f64).prop_map(Effect::PercentReduction)], 4),
        realistic in any::<bool>(),
        years in 1u32..=10,
        areas in prop::collection::vec(area(), 4),
        w in width(),
    ) {
        let r = compute(&s);
        let mut settings = if realistic { BudgetSettings::realistic(2027) } else { BudgetSettings::new(2027) };
        settings.years = years;
        let b = budget(&BudgetInput::from_calc(&s, &r, &effects), &settings);
        if let Ok(b) = &b {
            let d = payback_drawing(b, w, Lang::Da, &PaybackWords { payback: "Tjent hjem" });
            prop_assert_eq!(d.spots.len(), years as usize);
            check_drawing(&d, years as usize)?;
        }
        let lines = explain(&s, &r, &effects, b.as_ref().ok(), &areas[..s.groups.len()]);
        prop_assert!(lines.len() >= s.groups.len() + 3);
        for l in &lines {
            for v in &l.values {
                prop_assert!(v.value.is_finite(), "{l:?}");
            }
        }
    }
}
