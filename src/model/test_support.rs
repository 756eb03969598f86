//! Helpers shared by the model's unit tests: hand-built scenarios and a
//! relative comparison.

use super::kind::BenefitKind;
use super::scenario::{BenefitRate, Displacement, Group, Scenario};

/// `a` equals `b` within `tol` relative to `b` (absolute below 1).
pub(crate) fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * b.abs().max(1.0)
}

/// Groups as (N, C, T, benefit), cost per staff year `k`, and the net kr.
/// per benefit month of each benefit (no reimbursement).
/// `net` is indexed by [`BenefitKind::index`]; benefits past its end get 0.
pub(crate) fn scenario<const N: usize>(
    groups: &[(f64, f64, f64, BenefitKind)],
    k: f64,
    net: [f64; N],
) -> Scenario {
    Scenario {
        groups: groups
            .iter()
            .enumerate()
            .map(|(i, &(headcount, current, target, benefit))| Group {
                name: format!("G{i}"),
                headcount,
                current,
                target,
                benefit,
                displaced: Displacement::none(benefit),
            })
            .collect(),
        cost_per_staff_year: k,
        benefits: std::array::from_fn(|i| BenefitRate {
            monthly_rate: net.get(i).copied().unwrap_or(0.0),
            reimbursement: 0.0,
        }),
    }
}
