//! Property tests of the printed budget (`model::printed`): for any valid
//! budget every printed total is the sum of the printed cells, each cell is
//! its exact amount rounded, nothing panics, and the printed running total
//! disagrees with the exact payback year only near zero.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sagsstamme::model::budget::{
    budget, BudgetInput, BudgetSettings, Effect, GroupEffect, MAX_ANNUAL_COST,
};
use sagsstamme::model::printed::printed;

fn any_settings() -> impl Strategy<Value = BudgetSettings> {
    (
        2000i32..=2100,
        1u32..=10,
        proptest::option::of(0.0f64..=1.0),
        proptest::option::of(proptest::collection::vec(0.0f64..=1.0, 1..5)),
    )
        .prop_map(|(start_year, years, hiring, ramp)| BudgetSettings {
            start_year,
            years,
            hiring,
            ramp,
            new_hires: None,
        })
}

fn any_input() -> impl Strategy<Value = BudgetInput> {
    (
        prop_oneof![
            -1e7f64..1e8,
            -MAX_ANNUAL_COST..=MAX_ANNUAL_COST,
            (-10_000i64..10_000).prop_map(|k| k as f64 * 500.0),
        ],
        proptest::collection::vec(
            (
                0.0f64..10_000.0,
                0.0f64..50_000.0,
                0.0f64..=1.0,
                -12.0f64..=12.0,
                0.0f64..=1.0,
                0.0f64..50_000.0,
            ),
            0..4,
        ),
    )
        .prop_map(|(annual_cost, groups)| BudgetInput {
            annual_cost,
            groups: groups
                .into_iter()
                .map(
                    |(headcount, monthly_rate, reimbursement, m, d, to)| GroupEffect {
                        headcount,
                        monthly_rate,
                        reimbursement,
                        effect: Effect::MonthsPerCitizen(m),
                        displaced_share: d,
                        displaced_net_per_month: to,
                    },
                )
                .collect(),
        })
}

proptest! {
    #[test]
    fn every_printed_total_is_the_sum_of_the_printed_cells(
        input in any_input(),
        settings in any_settings(),
    ) {
        let Ok(b) = budget(&input, &settings) else { return Ok(()) };
        let p = printed(&b);
        prop_assert_eq!(p.rows.len(), b.rows.len());
        let mut running = 0i64;
        for (r, y) in p.rows.iter().zip(&b.rows) {
            prop_assert_eq!(r.year, y.year);
            prop_assert_eq!(r.net, r.cost + r.savings);
            running += r.net;
            prop_assert_eq!(r.cumulative, running);
            // Each cell is its exact amount rounded: never off by more
            // than half a unit.
            prop_assert!((r.cost as f64 - y.cost / 1_000.0).abs() <= 0.5 + 1e-9 * y.cost.abs());
            // The net transfers are the sum of their three printed parts,
            // each rounded on its own.
            prop_assert_eq!(r.savings, r.benefits_gross + r.reimbursement + r.displaced);
            for (printed, exact) in [
                (r.benefits_gross, y.benefits_gross),
                (r.reimbursement, y.reimbursement),
                (r.displaced, y.displaced),
            ] {
                prop_assert!((printed as f64 - exact / 1_000.0).abs() <= 0.5 + 1e-9 * exact.abs());
            }
            prop_assert!((r.savings as f64 - y.savings / 1_000.0).abs() <= 1.5 + 1e-9 * y.savings.abs());
        }
        prop_assert_eq!(p.total_cost, p.rows.iter().map(|r| r.cost).sum::<i64>());
        prop_assert_eq!(p.total_savings, p.rows.iter().map(|r| r.savings).sum::<i64>());
        prop_assert_eq!(p.total_net, p.rows.iter().map(|r| r.net).sum::<i64>());
        prop_assert_eq!(p.total_net, p.total_cost + p.total_savings);
        prop_assert_eq!(p.rows.last().map_or(0, |r| r.cumulative), p.total_net);
        // A disagreement with the exact payback year needs a running
        // total within one unit per year of zero.
        if p.contradicts_payback(b.payback_year) {
            let n = p.rows.len() as f64;
            prop_assert!(b.rows.iter().any(|y| y.cumulative.abs() <= n * 1_000.0), "{:?}", b);
        }
    }
}
