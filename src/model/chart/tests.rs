use super::cost::*;
use super::geometry::*;
use super::payback::*;
use crate::model::budget::{budget, BudgetInput, BudgetSettings, Effect};
use crate::model::calc::{compute, BreakEven};
use crate::model::ds::Area;
use crate::model::kind::BenefitKind;
use crate::model::lang::Lang;
use crate::model::scenario::Scenario;
use crate::model::test_support::{close, scenario};

#[test]
fn scales_map_linearly_and_clamp() {
    let s = Scale::new((0.0, 100.0), (50.0, 250.0));
    assert_eq!(s.map(0.0), 50.0);
    assert_eq!(s.map(50.0), 150.0);
    assert_eq!(s.map(100.0), 250.0);
    // Outside the domain: clamped to the plot, never drawn outside it.
    assert_eq!(s.map(-10.0), 50.0);
    assert_eq!(s.map(1e308), 250.0);
    // Reversed range (SVG y grows downwards).
    let y = Scale::new((-10.0, 10.0), (200.0, 0.0));
    assert_eq!(y.map(0.0), 100.0);
    assert_eq!(y.map(10.0), 0.0);
    // Empty domain and NaN: the middle.
    assert_eq!(Scale::new((5.0, 5.0), (0.0, 100.0)).map(5.0), 50.0);
    assert_eq!(s.map(f64::NAN), 150.0);
    assert_eq!(Scale::new((f64::NAN, 1.0), (0.0, 10.0)).map(0.5), 5.0);
}

#[test]
fn nice_steps_are_one_two_or_five_times_a_power_of_ten() {
    let cases = [
        (0.7, 1.0),
        (1.0, 1.0),
        (1.3, 2.0),
        (2.5, 5.0),
        (7.0, 10.0),
        (13.0, 20.0),
        (0.03, 0.05),
        (2_268_000.0, 5_000_000.0),
        (0.0, 1.0),
        (-3.0, 1.0),
        (f64::NAN, 1.0),
        (f64::INFINITY, 1.0),
    ];
    for (raw, step) in cases {
        assert!(
            close(nice_step(raw), step, 1e-12),
            "{raw} → {}",
            nice_step(raw)
        );
    }
}

#[test]
fn decimals_follow_the_step() {
    for (step, d) in [
        (10.0, 0),
        (1.0, 0),
        (5.0, 0),
        (0.5, 1),
        (0.1, 1),
        (0.2, 1),
        (0.25, 2),
        (0.05, 2),
        (0.01, 2),
        (1e-9, 6),
        (0.0, 0),
        (f64::NAN, 0),
    ] {
        assert_eq!(step_decimals(step), d, "{step}");
    }
}

/// (lo, hi, max ticks) → (min, max, step).
#[test]
fn axes_cover_the_data_with_round_ticks() {
    let cases: &[(f64, f64, usize, f64, f64, f64)] = &[
        (20.0, 70.0, 5, 20.0, 70.0, 10.0),
        (0.0, 11_340_000.0, 5, 0.0, 15_000_000.0, 5_000_000.0),
        (0.0, 70_875_000.0, 4, 0.0, 80_000_000.0, 20_000_000.0),
        // Negative values (a saving) and both signs.
        (-2_285_714.0, 0.0, 5, -2_500_000.0, 0.0, 500_000.0),
        (-3.0, 7.0, 5, -4.0, 8.0, 2.0),
        // Reversed input is ordered.
        (70.0, 20.0, 5, 20.0, 70.0, 10.0),
        // Empty ranges: widened away from zero, or to [0, 1].
        (0.0, 0.0, 5, 0.0, 1.0, 0.2),
        (5.0, 5.0, 5, 0.0, 10.0, 2.0),
        (-5.0, -5.0, 5, -10.0, 0.0, 2.0),
        // Tiny values.
        (0.0, 3e-7, 3, 0.0, 3e-7, 1e-7),
        // NaN on one side: the other side alone (an empty range).
        (f64::NAN, 4.0, 4, 0.0, 8.0, 2.0),
    ];
    for &(lo, hi, n, min, max, step) in cases {
        let a = nice_axis(lo, hi, n);
        assert!(
            close(a.min, min, 1e-9) && close(a.max, max, 1e-9) && close(a.step, step, 1e-9),
            "{lo}..{hi}: {a:?}"
        );
        assert!(close(*a.ticks.first().unwrap(), a.min, 1e-9));
        assert!(close(*a.ticks.last().unwrap(), a.max, 1e-9));
        assert!(a.ticks.len() <= n + 3, "{a:?}");
    }
}

#[test]
fn axes_survive_huge_tiny_and_infinite_input() {
    for (lo, hi) in [
        (-f64::MAX, f64::MAX),
        (f64::NEG_INFINITY, f64::INFINITY),
        (1e-320, 2e-320),
        (-1e-300, 1e-300),
        (1e300, 1e300 + 1e285),
        (f64::NAN, f64::NAN),
        (1e17, 1e17 * (1.0 + 1e-15)),
    ] {
        let a = nice_axis(lo, hi, 5);
        assert!(!a.ticks.is_empty() && a.ticks.len() <= 61, "{lo} {hi}");
        for v in a.ticks.iter().chain([&a.min, &a.max, &a.step]) {
            assert!(v.is_finite(), "{lo} {hi}: {a:?}");
        }
        assert!(a.min < a.max, "{lo} {hi}: {a:?}");
    }
}

#[test]
fn tenths_are_written_with_integer_arithmetic() {
    for (v, s) in [
        (0, "0"),
        (5, "0.5"),
        (-5, "-0.5"),
        (123, "12.3"),
        (40, "4"),
        (-1200, "-120"),
        (i32::MIN, "-214748364.8"),
    ] {
        assert_eq!(fmt_tenths(v), s);
    }
    assert_eq!(tenths(12.34), 123);
    assert_eq!(tenths(-0.04), 0);
    assert_eq!(tenths(f64::NAN), 0);
    assert_eq!(tenths(1e300), 1_000_000_000);
    assert_eq!(tenths(f64::NEG_INFINITY), -1_000_000_000);
}

#[test]
fn paths_as_data() {
    let p = |x, y| Point::new(x, y);
    assert_eq!(path_d(&[]), "");
    // One point: a move only, drawn as its focusable point.
    assert_eq!(path_d(&[p(1.0, 2.0)]), "M1 2");
    assert_eq!(
        path_d(&[p(0.0, 0.0), p(12.34, -5.0), p(100.0, 0.05)]),
        "M0 0L12.3 -5L100 0.1"
    );
    assert_eq!(
        Path::default().rect(p(1.0, 2.0), p(3.0, 4.0)).d(),
        "M1 2L3 2L3 4L1 4Z"
    );
}

fn bi08() -> Scenario {
    use BenefitKind::Sygedagpenge as S;
    let mut s = scenario(
        &[
            (1400.0, 70.0, 50.0, S),
            (3000.0, 70.0, 50.0, S),
            (250.0, 70.0, 50.0, S),
            (350.0, 70.0, 50.0, S),
        ],
        396_900.0,
        [4_550.0 * 52.0 / 12.0, 0.0, 0.0, 0.0],
    );
    s.benefits[0].reimbursement = 0.2;
    s
}

#[test]
fn cost_series_for_bi08() {
    let s = bi08();
    let c = cost_series(&s, &[Some(Area::Sygedagpenge); 4], 640.0);
    // From 20 (below DS's 25) to today's 70, every 5.
    let xs: Vec<f64> = c.points.iter().map(|p| p.caseload).collect();
    assert_eq!(xs, (4..=14).map(|i| i as f64 * 5.0).collect::<Vec<_>>());
    assert_eq!((c.lo, c.hi), (20.0, 70.0));
    assert_eq!(c.points[c.today].caseload, 70.0);
    assert_eq!(c.points[c.today].annual_cost, 0.0);
    let t = c.points[c.target];
    assert_eq!(t.caseload, 50.0);
    assert!(close(t.annual_cost, 11_340_000.0, 1e-12));
    assert!(close(t.extra_staff, 200.0 / 7.0, 1e-12));
    let r = compute(&s);
    let BreakEven::Required {
        months_per_citizen, ..
    } = r.break_even
    else {
        panic!()
    };
    assert_eq!(t.months_per_citizen, Some(months_per_citizen));
    // 20 cases: 5,000/20 − 5,000/70 staff years.
    assert!(close(
        c.points[0].annual_cost,
        (250.0 - 5000.0 / 70.0) * 396_900.0,
        1e-12
    ));
    // Cost falls as the caseload rises.
    assert!(c
        .points
        .windows(2)
        .all(|w| w[0].annual_cost > w[1].annual_cost));
    assert_eq!(c.ds, Some(Area::Sygedagpenge.range()));
}

#[test]
fn several_groups_move_by_the_same_factor_and_the_target_is_on_the_curve() {
    use BenefitKind::*;
    let s = scenario(
        &[
            (1000.0, 80.0, 60.0, Sygedagpenge),
            (500.0, 40.0, 35.0, Kontanthjaelp),
        ],
        400_000.0,
        [16_000.0, 0.0, 9_000.0, 0.0],
    );
    let c = cost_series(
        &s,
        &[Some(Area::Sygedagpenge), Some(Area::ActivityReadyOver30)],
        640.0,
    );
    // Different areas: no band.
    assert_eq!(c.ds, None);
    // Today's average: 1,500 / (12.5 + 12.5) = 60.
    assert!(close(c.points[c.today].caseload, 60.0, 1e-12));
    // The target's average, and its cost equals the scenario's.
    let avg_t = 1500.0 / (1000.0 / 60.0 + 500.0 / 35.0);
    let t = c.points[c.target];
    assert!(close(t.caseload, avg_t, 1e-12));
    assert!(close(t.annual_cost, compute(&s).annual_cost, 1e-12));
    // The cost at the average target computed by the factor route is the same.
    let via = compute(&with_targets(&s, &targets_at(&s, avg_t)));
    assert!(close(via.annual_cost, t.annual_cost, 1e-9));
    // Targets keep the groups' ratio 2:1.
    let ts = targets_at(&s, 30.0);
    assert!(
        close(ts[0], 40.0, 1e-12) && close(ts[1], 20.0, 1e-12),
        "{ts:?}"
    );
}

#[test]
fn cost_series_edge_cases() {
    use BenefitKind::*;
    // Target above today: the curve goes below zero, break-even not needed.
    let s = scenario(
        &[(100.0, 25.0, 50.0, Sygedagpenge)],
        500_000.0,
        [10_000.0; 4],
    );
    let c = cost_series(&s, &[None], 640.0);
    assert_eq!(c.hi, 50.0);
    assert_eq!(c.points[c.target].annual_cost, -1_000_000.0);
    assert_eq!(c.points[c.target].months_per_citizen, Some(0.0));
    // Today at 10: the chart starts at half of it.
    let s = scenario(
        &[(100.0, 10.0, 10.0, Sygedagpenge)],
        500_000.0,
        [10_000.0; 4],
    );
    let c = cost_series(&s, &[None], 640.0);
    assert_eq!((c.lo, c.hi), (5.0, 10.0));
    assert_eq!(c.today, c.target);
    // Caseload 1 today: a single point.
    let s = scenario(&[(100.0, 1.0, 1.0, Sygedagpenge)], 500_000.0, [10_000.0; 4]);
    let c = cost_series(&s, &[None], 640.0);
    assert_eq!(c.points.len(), 1);
    let d = cost_drawing(&c, 320.0, Lang::Da, &WORDS);
    assert_eq!(d.spots.len(), 1);
    // No benefit spending: break-even impossible, no right axis.
    let s = scenario(&[(100.0, 70.0, 50.0, Other)], 500_000.0, [0.0; 4]);
    let c = cost_series(&s, &[None], 640.0);
    assert!(c
        .points
        .iter()
        .all(|p| p.caseload == c.hi || p.months_per_citizen.is_none()));
    let d = cost_drawing(&c, 640.0, Lang::Da, &WORDS);
    assert!(d.labels.iter().all(|l| l.class != "tick-r"));
    // Groups at 5 and 500: every target stays within 1–1,000.
    let s = scenario(
        &[
            (10.0, 5.0, 5.0, Sygedagpenge),
            (10.0, 500.0, 500.0, Sygedagpenge),
        ],
        500_000.0,
        [10_000.0; 4],
    );
    let c = cost_series(&s, &[None, None], 640.0);
    for p in &c.points {
        for t in targets_at(&s, p.caseload) {
            assert!((1.0..=1_000.0).contains(&t), "{t}");
        }
    }
}

const WORDS: CostWords = CostWords {
    today: "I dag",
    target: "Mål",
    ds: "DS",
};

#[test]
fn the_band_label_keeps_clear_of_the_lines() {
    // No line near the middle: the middle.
    assert_eq!(clear_of(&[300.0], 100.0, 60.0, (48.0, 600.0)), 100.0);
    // A line through the middle: just beside it, on the side with room.
    assert_eq!(clear_of(&[100.0], 100.0, 60.0, (48.0, 600.0)), 134.5);
    assert_eq!(clear_of(&[100.0], 100.0, 60.0, (0.0, 600.0)), 65.5);
    // Beside the nearest clear side, not across the plot (a width and a
    // line that do not add up exactly in binary).
    let at = clear_of(&[118.2, 282.0], 118.2, 68.3, (48.0, 282.0));
    assert!((at - 156.85).abs() < 1e-9, "{at}");
    // Two lines: clear of both.
    let at = clear_of(&[100.0, 140.0], 110.0, 60.0, (48.0, 600.0));
    assert!(
        [100.0, 140.0].iter().all(|l| (l - at).abs() >= 34.0),
        "{at}"
    );
    // No room anywhere: the middle.
    assert_eq!(clear_of(&[100.0], 100.0, 60.0, (70.0, 130.0)), 100.0);
}

#[test]
fn cost_drawing_for_bi08() {
    let c = cost_series(&bi08(), &[Some(Area::Sygedagpenge); 4], 640.0);
    let d = cost_drawing(&c, 640.0, Lang::Da, &WORDS);
    assert_eq!((d.width, d.height), (640, 280));
    assert_eq!(d.unit, Magnitude::Millions);
    let texts = |class: &str| -> Vec<String> {
        d.labels
            .iter()
            .filter(|l| l.class == class)
            .map(|l| l.text.clone())
            .collect()
    };
    // 0 to 70,9 mio. kr. on the left, in Danish.
    assert_eq!(texts("tick-y"), ["0", "20", "40", "60", "80"]);
    let xs: Vec<String> = (4..=14).map(|i| (i * 5).to_string()).collect();
    assert_eq!(texts("tick-x"), xs);
    assert_eq!(texts("mark"), ["I dag 70", "Mål 50"]);
    assert_eq!(texts("band-label"), ["DS 25–45"]);
    // Months per citizen on the right: 0,14 at the target, 0,90 at 20.
    assert_eq!(texts("tick-r"), ["0,0", "0,2", "0,4", "0,6", "0,8"]);
    assert_eq!(d.spots.len(), c.points.len());
    // Today's point sits on the zero line at the right edge of the plot.
    let today = d.spots[c.today];
    assert_eq!(today.left, (640 - 42) * 1000 / 640);
    for s in &d.shapes {
        assert!(!s.d.contains("NaN") && !s.d.contains('e'), "{s:?}");
    }
    let classes: Vec<_> = d.shapes.iter().map(|s| s.class).collect();
    assert_eq!(
        classes,
        ["grid", "axis", "band", "line", "rule-today", "rule-target"]
    );
}

#[test]
fn payback_drawing_marks_the_payback_year() {
    let s = bi08();
    let r = compute(&s);
    // Half a month per citizen saved: pays back in the first year.
    let input = BudgetInput::from_calc(&s, &r, &[Effect::MonthsPerCitizen(0.5); 4]);
    let mut settings = BudgetSettings::realistic(2023);
    settings.years = 6;
    let b = budget(&input, &settings).unwrap();
    assert!(b.payback_year.is_some(), "{b:?}");
    let d = payback_drawing(
        &b,
        320.0,
        Lang::En,
        &PaybackWords {
            payback: "Paid back",
        },
    );
    assert_eq!(d.spots.len(), 6);
    let mark: Vec<_> = d.labels.iter().filter(|l| l.class == "mark").collect();
    assert_eq!(mark.len(), 1);
    assert_eq!(
        mark[0].text,
        format!("Paid back {}", b.payback_year.unwrap())
    );
    // Narrow: every other year is labelled.
    let years = d.labels.iter().filter(|l| l.class == "tick-x").count();
    assert!((2..6).contains(&years), "{years}");
    let classes: Vec<_> = d.shapes.iter().map(|s| s.class).collect();
    assert!(classes.contains(&"bar-cost") && classes.contains(&"bar-save"));
    // BI08 as published: no effect, no savings bars, no payback.
    let b = budget(
        &BudgetInput::from_calc(&s, &r, &[]),
        &BudgetSettings::new(2023),
    )
    .unwrap();
    let d = payback_drawing(&b, 640.0, Lang::Da, &PaybackWords { payback: "x" });
    assert!(d.shapes.iter().all(|s| s.class != "bar-save"));
    assert!(d.labels.iter().all(|l| l.class != "mark"));
    // 45,36 mio. kr. at the top: ticks in mio. kr.
    assert_eq!(d.unit, Magnitude::Millions);
}

#[test]
fn plot_html_escapes_and_places_the_points() {
    let mut d = Drawing {
        width: 200,
        height: 100,
        ..Drawing::default()
    };
    d.shape(
        "line",
        Path::default().polyline(&[Point::new(1.0, 2.0), Point::new(3.5, 4.0)]),
    );
    d.label(10.0, 20.5, "mark", "A <b> & 1".to_owned());
    d.spot(Point::new(50.0, 25.0));
    d.spot(Point::new(100.0, 50.0));
    let html = d.plot_html("c", "hatch", &["x \"1\"".to_owned(), "y".to_owned()], 1);
    assert!(
        html.starts_with("<svg viewBox=\"0 0 200 100\" role=\"img\" aria-labelledby=\"c-heading\"")
    );
    assert!(html.contains("<pattern id=\"hatch\""));
    assert!(html.contains("<path class=\"line\" d=\"M1 2L3.5 4\"/>"));
    assert!(html.contains("<text x=\"10\" y=\"20.5\" class=\"mark\">A &lt;b&gt; &amp; 1</text>"));
    assert!(html.contains(
        "<button type=\"button\" class=\"point\" id=\"c-p0\" data-i=\"0\" tabindex=\"-1\" \
         data-x=\"25\" data-y=\"25\" aria-label=\"x &quot;1&quot;\""
    ));
    assert!(html.contains(
        "class=\"point first\" id=\"c-p1\" data-i=\"1\" tabindex=\"0\" data-x=\"50\" data-y=\"50\""
    ));
    // A point without a readout is not drawn.
    assert_eq!(d.plot_html("c", "h", &[], 0).matches("<button").count(), 0);
}

#[test]
fn widths_are_clamped() {
    let c = cost_series(&bi08(), &[None; 4], 640.0);
    for (w, expected) in [(0.0, 240), (f64::NAN, 760), (1e9, 760), (500.4, 500)] {
        assert_eq!(cost_drawing(&c, w, Lang::Da, &WORDS).width, expected, "{w}");
    }
}
