//! What if the assumptions are off: the payback year and the budget's net
//! effect when one assumption at a time is changed, the question a reviewer
//! asks after reading the budget.
//!
//! Each row changes one input of the scenario and runs the same chain as the
//! page (calculation, then budget): the cost per staff year ±15 % (salaries
//! and overhead differ that much between municipalities), the expected
//! effect half or double (the seeds' effects are expectations, not
//! measurements), and displacement 0, 25 or 50 % for every group (the
//! published patterns lie around 50 %, see `scenario::Displacement`).

use super::budget::{budget, Budget, BudgetInput, BudgetSettings, Effect};
use super::calc::compute;
use super::scenario::Scenario;

/// One changed assumption.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Assumption {
    /// The scenario as entered.
    AsEntered,
    /// Cost per staff year times this factor.
    CostTimes(f64),
    /// Every group's expected effect times this factor (within the effect's
    /// range: 12 months or 100 % at most).
    EffectTimes(f64),
    /// Every group's displaced share set to this share (0–1), each to the
    /// benefit it names.
    Displacement(f64),
}

/// The rows the page shows, in order.
pub const ROWS: [Assumption; 8] = [
    Assumption::AsEntered,
    Assumption::CostTimes(1.15),
    Assumption::CostTimes(0.85),
    Assumption::EffectTimes(0.5),
    Assumption::EffectTimes(2.0),
    Assumption::Displacement(0.0),
    Assumption::Displacement(0.25),
    Assumption::Displacement(0.5),
];

/// What the budget says under one assumption.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub assumption: Assumption,
    /// As [`Budget::payback_year`]; `None` also when the budget cannot be
    /// computed.
    pub payback_year: Option<i32>,
    /// The budget's net effect over all its years ("I alt"), kr.; `None`
    /// when the budget cannot be computed.
    pub total_net: Option<f64>,
}

/// The sensitivity table for a valid scenario, its effects (one per group)
/// and budget settings.
pub fn sensitivity(s: &Scenario, effects: &[Effect], settings: &BudgetSettings) -> Vec<Outcome> {
    ROWS.iter()
        .map(|&assumption| {
            let mut s = s.clone();
            let mut effects = effects.to_vec();
            match assumption {
                Assumption::AsEntered => {}
                Assumption::CostTimes(f) => s.cost_per_staff_year *= f,
                Assumption::EffectTimes(f) => {
                    for e in &mut effects {
                        *e = scaled(*e, f);
                    }
                }
                Assumption::Displacement(d) => {
                    for g in &mut s.groups {
                        g.displaced.share = d;
                    }
                }
            }
            let b = run(&s, &effects, settings);
            Outcome {
                assumption,
                payback_year: b.as_ref().and_then(|b| b.payback_year),
                total_net: b.map(|b| b.total_net),
            }
        })
        .collect()
}

/// `e` times `f`, kept within the effect's own range.
fn scaled(e: Effect, f: f64) -> Effect {
    let (lo, hi) = e.range();
    match e {
        Effect::MonthsPerCitizen(m) => Effect::MonthsPerCitizen((m * f).clamp(lo, hi)),
        Effect::PercentReduction(p) => Effect::PercentReduction((p * f).clamp(lo, hi)),
    }
}

fn run(s: &Scenario, effects: &[Effect], settings: &BudgetSettings) -> Option<Budget> {
    let r = compute(s);
    budget(&BudgetInput::from_calc(s, &r, effects), settings).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::kind::BenefitKind;
    use crate::model::test_support::scenario;

    /// 100 citizens, caseload 50 → 25 at 500,000 kr.: 1 mio. kr. a year.
    /// 10,000 kr. net a month on the group's benefit, 6,000 on the one it
    /// displaces to; 1 month less a citizen saves 1 mio. kr. a year.
    fn case() -> (Scenario, Vec<Effect>, BudgetSettings) {
        let s = scenario(
            &[(100.0, 50.0, 25.0, BenefitKind::Sygedagpenge)],
            500_000.0,
            [10_000.0, 6_000.0, 0.0, 0.0],
        );
        (
            s,
            vec![Effect::MonthsPerCitizen(1.2)],
            BudgetSettings::new(2027),
        )
    }

    #[test]
    fn each_row_changes_one_assumption() {
        let (s, effects, settings) = case();
        let got = sensitivity(&s, &effects, &settings);
        // (assumption, payback year, 4-year net): 1 mio. kr. a year of
        // staff against 1.2 mio. kr. saved as entered.
        let want: [(Assumption, Option<i32>, f64); 8] = [
            (Assumption::AsEntered, Some(2027), -800_000.0),
            (Assumption::CostTimes(1.15), Some(2027), -200_000.0),
            (Assumption::CostTimes(0.85), Some(2027), -1_400_000.0),
            (Assumption::EffectTimes(0.5), None, 1_600_000.0),
            (Assumption::EffectTimes(2.0), Some(2027), -5_600_000.0),
            (Assumption::Displacement(0.0), Some(2027), -800_000.0),
            // 25 %: a month saves 10,000 − 0.25 × 6,000 = 8,500 kr., so
            // 1,020,000 kr. a year against 1 mio. kr.
            (Assumption::Displacement(0.25), Some(2027), -80_000.0),
            // 50 %: 7,000 kr. a month, 840,000 kr. a year.
            (Assumption::Displacement(0.5), None, 640_000.0),
        ];
        for (o, (a, payback, net)) in got.iter().zip(want) {
            assert_eq!(o.assumption, a);
            assert_eq!(o.payback_year, payback, "{a:?}");
            let total = o.total_net.unwrap();
            assert!((total - net).abs() < 1.0, "{a:?}: {total} vs {net}");
        }
    }

    #[test]
    fn doubling_keeps_the_effect_within_its_range() {
        assert_eq!(
            scaled(Effect::MonthsPerCitizen(8.0), 2.0),
            Effect::MonthsPerCitizen(12.0)
        );
        assert_eq!(
            scaled(Effect::PercentReduction(70.0), 2.0),
            Effect::PercentReduction(100.0)
        );
        assert_eq!(
            scaled(Effect::MonthsPerCitizen(-1.0), 0.5),
            Effect::MonthsPerCitizen(-0.5)
        );
    }

    #[test]
    fn an_invalid_budget_gives_empty_rows_not_a_panic() {
        let (s, effects, mut settings) = case();
        settings.years = 0;
        for o in sensitivity(&s, &effects, &settings) {
            assert_eq!((o.payback_year, o.total_net), (None, None));
        }
    }
}
