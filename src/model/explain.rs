//! "Sådan regnes der": the current scenario's calculation, step by step, with
//! the user's own numbers, so that every figure on the page can be checked
//! by hand ("5.000 borgere ÷ 50 sager = 100 årsværk").
//!
//! Each [`Line`] is one step and carries the numbers it shows, taken from the
//! results the page already computed ([`super::calc`], [`super::budget`],
//! [`super::ds`]), never recomputed differently. The sentences around the
//! numbers live in `i18n`, one template per [`Step`]; a test checks for the
//! BI08 preset that each line's numbers are the page's results.

use super::benefit::Funding;
use super::budget::{Budget, BudgetInput, Effect};
use super::calc::{BreakEven, Change, Results, MONTHS_PER_YEAR};
use super::ds::{scenario_norms, Area};
use super::kind::BenefitKind;
use super::scenario::Scenario;

/// How a number is written in a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Full-year persons (up to 2 decimals, as typed).
    Citizens,
    /// Cases per caseworker (up to 2 decimals, as typed).
    Caseload,
    /// Staff years, 2 decimals.
    StaffYears,
    /// Whole kroner.
    Kr,
    /// Kroner and øre, for monthly rates.
    KrOere,
    /// A share 0–1 written as per cent, up to 3 decimals.
    Share,
    /// Months, 2 decimals.
    Months,
    /// A whole count (benefit months a year, years).
    Count,
    /// Full-year persons moved off benefits, 1 decimal.
    Persons,
    /// A calendar year, never grouped.
    Year,
}

/// One number of a step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Value {
    pub value: f64,
    pub unit: Unit,
}

fn v(value: f64, unit: Unit) -> Value {
    Value { value, unit }
}

/// The kinds of step, in the order the page shows them. The numbers each
/// carries are listed in its doc, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// One group: N ÷ C = staff today; N ÷ T = staff at target.
    /// `[N, C, S0, T, S1]`.
    GroupStaff,
    /// `[ΣS1, ΣS0, ΔS]`.
    ExtraStaff,
    /// `[ΔS, K, A]`.
    AnnualCost,
    /// One benefit: R × (1 − r) = B. `[R, r, B]`.
    NetPerMonth,
    /// A co-financed benefit (a-dagpenge): R × c = B, `c` the
    /// municipality's co-financing share. `[R, c, B]`.
    NetPerMonthCoFinanced,
    /// One benefit: 12 × N × B. `[N, B, spending]`.
    Spending,
    /// More than one benefit: `[Σ spending]`.
    TotalSpending,
    /// Some group's savings reappear on other benefits: Σ spending less the
    /// displaced months' net cost. `[Σ spending, displaced, spending]`.
    SpendingAfterDisplacement,
    /// A ÷ spending = x. `[A, spending, x]`.
    Share,
    /// x × 12. `[x, months per citizen]`.
    MonthsPerCitizen,
    /// x × 12 × ΣN. `[x, ΣN, months a year]`.
    MonthsPerYear,
    /// x × ΣN. `[x, ΣN, persons]`.
    PersonsOff,
    /// x above 100 %: no numbers.
    ExceedsAll,
    /// The caseload is unchanged, or the extra staff is free: `[A]`.
    NotNeeded,
    /// A cut: fewer staff × K = the saving; the caseload rises.
    /// `[fewer staff, K, saving, C̄, T̄]` (caseloads averaged over groups).
    Cut,
    /// Some groups lower, others higher, fewer staff in all: as [`Step::Cut`].
    MixedCut,
    /// A cost but no benefit spending to save: no numbers.
    NoSpending,
    /// One group's displacement: a month less saves B − d × B_to.
    /// `[d, B_to, B, B − d × B_to]`.
    Displaced,
    /// One group's expected effect: m × N × B (B after displacement).
    /// `[m, N, B, saving]`.
    GroupSaving,
    /// One group's negative expected effect (longer on benefits):
    /// |m| × N × B. `[|m|, N, B, extra cost]`.
    GroupCost,
    /// No group has an expected effect: no numbers.
    NoEffect,
    /// `[S]`, the full-year saving of all groups.
    FullYearSaving,
    /// `[−S]`, the full-year extra benefit cost when `S` is negative.
    FullYearCost,
    /// One budget year: `[year, s, A, cost, e, S, saved, net, cumulative]`
    /// (cost = s × A, saved = e × S, e = r × k).
    BudgetYear,
    /// `[years, Σ cost, Σ saved, Σ net]`.
    BudgetTotal,
    /// `[payback year]`.
    Payback,
    /// `[years]`.
    NoPayback,
    /// One group against the top of its DS range: N ÷ top − N ÷ C = ΔS,
    /// × K. `[top, N, C, ΔS, K, cost]`.
    DsTop,
    /// One group already at or below DS's top: `[C, top]`.
    DsWithin,
}

impl Step {
    /// Stable id, the line's `data-step` on the page.
    pub fn id(self) -> &'static str {
        match self {
            Step::GroupStaff => "group-staff",
            Step::ExtraStaff => "extra-staff",
            Step::AnnualCost => "annual-cost",
            Step::NetPerMonth => "net-per-month",
            Step::NetPerMonthCoFinanced => "net-per-month-cofinanced",
            Step::Spending => "spending",
            Step::TotalSpending => "total-spending",
            Step::SpendingAfterDisplacement => "spending-after-displacement",
            Step::Share => "share",
            Step::MonthsPerCitizen => "months-per-citizen",
            Step::MonthsPerYear => "months-per-year",
            Step::PersonsOff => "persons-off",
            Step::ExceedsAll => "exceeds-all",
            Step::NotNeeded => "not-needed",
            Step::Cut => "cut",
            Step::MixedCut => "mixed-cut",
            Step::NoSpending => "no-spending",
            Step::Displaced => "displaced",
            Step::GroupSaving => "group-saving",
            Step::GroupCost => "group-cost",
            Step::NoEffect => "no-effect",
            Step::FullYearCost => "full-year-cost",
            Step::FullYearSaving => "full-year-saving",
            Step::BudgetYear => "budget-year",
            Step::BudgetTotal => "budget-total",
            Step::Payback => "payback",
            Step::NoPayback => "no-payback",
            Step::DsTop => "ds-top",
            Step::DsWithin => "ds-within",
        }
    }
}

/// What a line is about, named before its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    All,
    /// A target group, by index in the scenario.
    Group(usize),
    Benefit(BenefitKind),
}

/// One step of the explanation.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub step: Step,
    pub subject: Subject,
    pub values: Vec<Value>,
}

fn line(step: Step, subject: Subject, values: Vec<Value>) -> Line {
    Line {
        step,
        subject,
        values,
    }
}

/// The whole calculation of a valid scenario: staff, cost, break-even, the
/// expected effect and the budget (when it could be computed), and each
/// group against the top of its DS area (`areas`, in group order).
pub fn explain(
    s: &Scenario,
    r: &Results,
    effects: &[Effect],
    budget: Option<&Budget>,
    areas: &[Option<Area>],
) -> Vec<Line> {
    use Subject::{All, Group};
    use Unit::*;
    let mut out = Vec::new();
    for (i, (g, gr)) in s.groups.iter().zip(&r.groups).enumerate() {
        out.push(line(
            Step::GroupStaff,
            Group(i),
            vec![
                v(g.headcount, Citizens),
                v(g.current, Caseload),
                v(gr.staff_now, StaffYears),
                v(g.target, Caseload),
                v(gr.staff_target, StaffYears),
            ],
        ));
    }
    out.push(line(
        Step::ExtraStaff,
        All,
        vec![
            v(r.staff_target, StaffYears),
            v(r.staff_now, StaffYears),
            v(r.extra_staff, StaffYears),
        ],
    ));
    out.push(line(
        Step::AnnualCost,
        All,
        vec![
            v(r.extra_staff, StaffYears),
            v(s.cost_per_staff_year, Kr),
            v(r.annual_cost, Kr),
        ],
    ));

    // Benefits in use, in catalogue order: net per month and spending.
    let in_use: Vec<BenefitKind> = BenefitKind::ALL
        .into_iter()
        .filter(|b| s.groups.iter().any(|g| g.benefit == *b))
        .collect();
    for &b in &in_use {
        let rate = s.benefit(b);
        let net = rate.net_per_month();
        let n: f64 = s
            .groups
            .iter()
            .filter(|g| g.benefit == b)
            .map(|g| g.headcount)
            .sum();
        // A-dagpenge is co-financed, not reimbursed: say the municipality's
        // share rather than "100 % − the state's".
        let (step, share) = match b.funding() {
            Funding::Reimbursed => (Step::NetPerMonth, rate.reimbursement),
            Funding::CoFinanced => (Step::NetPerMonthCoFinanced, 1.0 - rate.reimbursement),
        };
        out.push(line(
            step,
            Subject::Benefit(b),
            vec![
                v(rate.monthly_rate, KrOere),
                v(share, Share),
                v(net, KrOere),
            ],
        ));
        out.push(line(
            Step::Spending,
            Subject::Benefit(b),
            vec![
                v(n, Citizens),
                v(net, KrOere),
                v(MONTHS_PER_YEAR * n * net, Kr),
            ],
        ));
    }
    // Spending before displacement: what the benefits cost a year.
    let spending: f64 = in_use
        .iter()
        .map(|&b| {
            let n: f64 = s
                .groups
                .iter()
                .filter(|g| g.benefit == b)
                .map(|g| g.headcount)
                .sum();
            MONTHS_PER_YEAR * n * s.benefit(b).net_per_month()
        })
        .sum();
    let displaced = s.groups.iter().any(|g| g.displaced.share != 0.0);
    if in_use.len() > 1 && !displaced {
        out.push(line(
            Step::TotalSpending,
            All,
            vec![v(r.annual_benefit_spending, Kr)],
        ));
    }
    if displaced {
        out.push(line(
            Step::SpendingAfterDisplacement,
            All,
            vec![
                v(spending, Kr),
                v(spending - r.annual_benefit_spending, Kr),
                v(r.annual_benefit_spending, Kr),
            ],
        ));
    }

    match r.break_even {
        BreakEven::Required {
            months_per_year,
            months_per_citizen,
            share,
            full_year_persons,
        } => {
            let n = r.total_headcount;
            out.extend([
                line(
                    Step::Share,
                    All,
                    vec![
                        v(r.annual_cost, Kr),
                        v(r.annual_benefit_spending, Kr),
                        v(share, Share),
                    ],
                ),
                line(
                    Step::MonthsPerCitizen,
                    All,
                    vec![v(share, Share), v(months_per_citizen, Months)],
                ),
                line(
                    Step::MonthsPerYear,
                    All,
                    vec![v(share, Share), v(n, Citizens), v(months_per_year, Count)],
                ),
                line(
                    Step::PersonsOff,
                    All,
                    vec![
                        v(share, Share),
                        v(n, Citizens),
                        v(full_year_persons, Persons),
                    ],
                ),
            ]);
            if r.break_even.exceeds_all_benefits() {
                out.push(line(Step::ExceedsAll, All, Vec::new()));
            }
        }
        BreakEven::NotNeeded(Change::Cut(c) | Change::Mixed(c)) => {
            let step = if matches!(r.break_even, BreakEven::NotNeeded(Change::Cut(_))) {
                Step::Cut
            } else {
                Step::MixedCut
            };
            out.push(line(
                step,
                All,
                vec![
                    v(c.fewer_staff, StaffYears),
                    v(s.cost_per_staff_year, Kr),
                    v(c.saving, Kr),
                    v(c.caseload_now, Caseload),
                    v(c.caseload_target, Caseload),
                ],
            ));
        }
        BreakEven::NotNeeded(Change::Unchanged | Change::Free) => {
            out.push(line(Step::NotNeeded, All, vec![v(r.annual_cost, Kr)]));
        }
        BreakEven::NoBenefitSpending => out.push(line(Step::NoSpending, All, Vec::new())),
    }

    // The expected effect and the budget, from the same input the budget
    // table was built from.
    let input = BudgetInput::from_calc(s, r, effects);
    let full_year = input.full_year_saving();
    let mut any_effect = false;
    for (i, g) in input.groups.iter().enumerate() {
        let m = g.effect.months_per_citizen();
        if m != 0.0 {
            any_effect = true;
            if g.displaced_share != 0.0 {
                out.push(line(
                    Step::Displaced,
                    Group(i),
                    vec![
                        v(g.displaced_share, Share),
                        v(g.displaced_net_per_month, KrOere),
                        v(g.net_per_month(), KrOere),
                        v(g.net_saving_per_month(), KrOere),
                    ],
                ));
            }
            // A negative effect is written as months longer on benefits and
            // what they cost, so no sentence says "−500.000 kr. saved".
            let step = if m > 0.0 {
                Step::GroupSaving
            } else {
                Step::GroupCost
            };
            out.push(line(
                step,
                Group(i),
                vec![
                    v(m.abs(), Months),
                    v(g.headcount, Citizens),
                    v(g.net_saving_per_month(), KrOere),
                    v(g.full_year_saving().abs(), Kr),
                ],
            ));
        }
    }
    if any_effect && full_year < 0.0 {
        out.push(line(Step::FullYearCost, All, vec![v(-full_year, Kr)]));
    } else if any_effect {
        out.push(line(Step::FullYearSaving, All, vec![v(full_year, Kr)]));
    } else {
        out.push(line(Step::NoEffect, All, Vec::new()));
    }
    if let Some(b) = budget {
        for y in &b.rows {
            out.push(line(
                Step::BudgetYear,
                All,
                vec![
                    v(f64::from(y.year), Year),
                    v(y.staff_share, Share),
                    v(input.annual_cost, Kr),
                    v(y.cost, Kr),
                    v(y.effect_share, Share),
                    v(full_year, Kr),
                    v(-y.savings, Kr),
                    v(y.net, Kr),
                    v(y.cumulative, Kr),
                ],
            ));
        }
        out.push(line(
            Step::BudgetTotal,
            All,
            vec![
                v(b.rows.len() as f64, Count),
                v(b.total_cost, Kr),
                v(-b.total_savings, Kr),
                v(b.total_net, Kr),
            ],
        ));
        if any_effect {
            out.push(match b.payback_year {
                Some(y) => line(Step::Payback, All, vec![v(f64::from(y), Year)]),
                None => line(Step::NoPayback, All, vec![v(b.rows.len() as f64, Count)]),
            });
        }
    }

    for (i, (g, norm)) in s.groups.iter().zip(scenario_norms(s, areas)).enumerate() {
        let Some(norm) = norm else { continue };
        let top = norm.costs.top;
        out.push(if top.extra_staff > 0.0 {
            line(
                Step::DsTop,
                Group(i),
                vec![
                    v(top.target, Caseload),
                    v(g.headcount, Citizens),
                    v(g.current, Caseload),
                    v(top.extra_staff, StaffYears),
                    v(s.cost_per_staff_year, Kr),
                    v(top.annual_cost, Kr),
                ],
            )
        } else {
            line(
                Step::DsWithin,
                Group(i),
                vec![v(g.current, Caseload), v(top.target, Caseload)],
            )
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::budget::{budget, BudgetSettings};
    use crate::model::calc::compute;
    use crate::model::preset;
    use crate::model::Lang;

    /// The BI08 preset as the page loads it: form → scenario → results →
    /// budget, exactly the page's path.
    fn bi08() -> (Scenario, Results, Vec<Effect>, Budget, Vec<Line>) {
        let p = preset::find("kk-bi08-2023").unwrap();
        let e = p.to_form(Lang::Da).evaluate(Lang::Da);
        let (s, plan) = (e.scenario.unwrap(), e.plan.unwrap());
        let r = compute(&s);
        let b = budget(
            &BudgetInput::from_calc(&s, &r, &plan.effects),
            &plan.settings,
        )
        .unwrap();
        let areas = [Some(Area::Sygedagpenge); 4];
        let lines = explain(&s, &r, &plan.effects, Some(&b), &areas);
        (s, r, plan.effects, b, lines)
    }

    fn numbers(l: &Line) -> Vec<f64> {
        l.values.iter().map(|v| v.value).collect()
    }

    fn assert_close(got: &[f64], want: &[f64], what: &str) {
        assert_eq!(got.len(), want.len(), "{what}: {got:?}");
        for (g, w) in got.iter().zip(want) {
            assert!(
                (g - w).abs() <= 1e-9 * w.abs().max(1.0),
                "{what}: {got:?} vs {want:?}"
            );
        }
    }

    #[test]
    fn bi08_line_by_line() {
        let (_, r, _, b, lines) = bi08();
        let steps: Vec<&str> = lines.iter().map(|l| l.step.id()).collect();
        assert_eq!(
            steps,
            [
                "group-staff",
                "group-staff",
                "group-staff",
                "group-staff",
                "extra-staff",
                "annual-cost",
                "net-per-month",
                "spending",
                "share",
                "months-per-citizen",
                "months-per-year",
                "persons-off",
                "no-effect",
                "budget-year",
                "budget-year",
                "budget-year",
                "budget-year",
                "budget-total",
                "ds-top",
                "ds-top",
                "ds-top",
                "ds-top",
            ]
        );
        // 1.400, 3.000, 250 and 350 citizens, 70 → 50.
        for (l, n) in lines.iter().zip([1400.0, 3000.0, 250.0, 350.0]) {
            assert_close(&numbers(l), &[n, 70.0, n / 70.0, 50.0, n / 50.0], "group");
        }
        // 100 − 71,43 = 28,57 staff years; × 396.900 kr. = 11.340.000 kr.
        let extra = 200.0 / 7.0;
        assert_close(&numbers(&lines[4]), &[100.0, 500.0 / 7.0, extra], "extra");
        assert_close(
            &numbers(&lines[5]),
            &[extra, 396_900.0, 11_340_000.0],
            "cost",
        );
        // 4.550 kr./week 2023 × 52 / 12 = 19.716,67 kr. (to the øre, as the
        // form keeps it) − 20 % = 15.773,34 kr.
        let rate = 19_716.67;
        let net = rate * 0.8;
        assert_eq!(
            lines[6].subject,
            Subject::Benefit(BenefitKind::Sygedagpenge)
        );
        assert_close(&numbers(&lines[6]), &[rate, 0.2, net], "net");
        assert_close(
            &numbers(&lines[7]),
            &[5000.0, net, 60_000.0 * net],
            "spending",
        );
        assert_close(
            &[r.annual_benefit_spending],
            &[60_000.0 * net],
            "spending total",
        );
        let x = 11_340_000.0 / (60_000.0 * net);
        assert_close(
            &numbers(&lines[8]),
            &[11_340_000.0, 60_000.0 * net, x],
            "share",
        );
        assert_close(&numbers(&lines[9]), &[x, 12.0 * x], "per citizen");
        assert_close(&numbers(&lines[10]), &[x, 5000.0, 60_000.0 * x], "months");
        assert_close(&numbers(&lines[11]), &[x, 5000.0, 5000.0 * x], "persons");
        // The budget as published: 11.340 a year, 45.360 in 2023–2026.
        let mut cum = 0.0;
        for (l, year) in lines[13..17].iter().zip(2023..) {
            cum += 11_340_000.0;
            let want = [
                f64::from(year),
                1.0,
                11_340_000.0,
                11_340_000.0,
                1.0,
                0.0,
                0.0,
                11_340_000.0,
                cum,
            ];
            assert_close(&numbers(l), &want, "year");
        }
        assert_close(
            &numbers(&lines[17]),
            &[4.0, 45_360_000.0, 0.0, 45_360_000.0],
            "total",
        );
        assert_eq!(b.total_cost, 45_360_000.0);
        // DS's top for sygedagpenge is 45: 1.400 ÷ 45 − 1.400 ÷ 70 staff years.
        let top = &lines[18];
        assert_eq!(top.subject, Subject::Group(0));
        let ds = 1400.0 / 45.0 - 20.0;
        assert_close(
            &numbers(top),
            &[45.0, 1400.0, 70.0, ds, 396_900.0, ds * 396_900.0],
            "ds",
        );
    }

    #[test]
    fn every_result_on_the_page_appears_in_a_line() {
        let (_, r, _, b, lines) = bi08();
        let all: Vec<f64> = lines.iter().flat_map(numbers).collect();
        let BreakEven::Required {
            months_per_year,
            months_per_citizen,
            share,
            full_year_persons,
        } = r.break_even
        else {
            panic!()
        };
        for want in [
            r.staff_now,
            r.staff_target,
            r.extra_staff,
            r.annual_cost,
            months_per_year,
            months_per_citizen,
            share,
            full_year_persons,
            b.total_cost,
            b.total_net,
        ] {
            assert!(all.contains(&want), "{want} is not explained");
        }
    }

    #[test]
    fn effects_savings_and_payback() {
        let (s, r, _, _, _) = bi08();
        let effects = [
            Effect::MonthsPerCitizen(0.5),
            Effect::NONE,
            Effect::NONE,
            Effect::NONE,
        ];
        let b = budget(
            &BudgetInput::from_calc(&s, &r, &effects),
            &BudgetSettings::realistic(2023),
        )
        .unwrap();
        let lines = explain(&s, &r, &effects, Some(&b), &[None; 4]);
        let find = |step| lines.iter().find(|l| l.step == step).unwrap();
        let saving = find(Step::GroupSaving);
        assert_eq!(saving.subject, Subject::Group(0));
        let net = r.groups[0].net_per_month;
        assert_close(&numbers(saving), &[0.5, 1400.0, net, 700.0 * net], "saving");
        assert_close(&numbers(find(Step::FullYearSaving)), &[700.0 * net], "S");
        // Year 1 with every realism switch: half the staff, and 0,5 × 0,75
        // of half the effect.
        let y1 = numbers(find(Step::BudgetYear));
        assert_eq!(y1[1], 0.5);
        assert_eq!(y1[3], b.rows[0].cost);
        assert!((y1[4] - 0.5 * 0.375).abs() < 1e-12, "{y1:?}");
        assert_eq!(y1[6], -b.rows[0].savings);
        match b.payback_year {
            Some(y) => assert_eq!(numbers(find(Step::Payback)), [f64::from(y)]),
            None => assert!(lines.iter().any(|l| l.step == Step::NoPayback)),
        }
        // No DS area: no DS lines.
        assert!(lines
            .iter()
            .all(|l| l.step != Step::DsTop && l.step != Step::DsWithin));
    }

    #[test]
    fn a_cut_is_explained_as_a_cut_with_its_saving_and_caseloads() {
        use crate::model::test_support::scenario;
        use BenefitKind::*;
        let s = scenario(
            &[(100.0, 25.0, 50.0, Sygedagpenge)],
            500_000.0,
            [10_000.0; 4],
        );
        let r = compute(&s);
        let lines = explain(&s, &r, &[], None, &[Some(Area::Sygedagpenge)]);
        let steps: Vec<Step> = lines.iter().map(|l| l.step).collect();
        assert!(!steps.contains(&Step::NotNeeded));
        assert!(!steps.contains(&Step::Share));
        // 100 citizens 25 → 50: 4 → 2 staff years, 2 × 500,000 kr. saved.
        let cut = lines.iter().find(|l| l.step == Step::Cut).unwrap();
        assert_close(
            &numbers(cut),
            &[2.0, 500_000.0, 1_000_000.0, 25.0, 50.0],
            "cut",
        );
        assert!(!steps.contains(&Step::BudgetYear));
        // 25 is within DS's 25–45 already.
        let within = lines.iter().find(|l| l.step == Step::DsWithin).unwrap();
        assert_eq!(numbers(within), [25.0, 45.0]);
        let s = scenario(
            &[(100.0, 70.0, 50.0, Other), (10.0, 70.0, 50.0, Sygedagpenge)],
            500_000.0,
            [0.0; 4],
        );
        let lines = explain(&s, &compute(&s), &[], None, &[None, None]);
        let steps: Vec<Step> = lines.iter().map(|l| l.step).collect();
        assert!(steps.contains(&Step::NoSpending));
        // Two benefits: a total line.
        assert!(steps.contains(&Step::TotalSpending));
        // Unchanged: not needed, with the cost 0 kr.
        let s = scenario(&[(100.0, 50.0, 50.0, Sygedagpenge)], 500_000.0, [1.0; 4]);
        let lines = explain(&s, &compute(&s), &[], None, &[None]);
        let not_needed = lines.iter().find(|l| l.step == Step::NotNeeded).unwrap();
        assert_eq!(numbers(not_needed), [0.0]);
        // One group up, one down, fewer staff in all: a mixed cut.
        let s = scenario(
            &[
                (100.0, 50.0, 100.0, Sygedagpenge),
                (50.0, 100.0, 50.0, Other),
            ],
            400_000.0,
            [1.0; 4],
        );
        let lines = explain(&s, &compute(&s), &[], None, &[None, None]);
        let mixed = lines.iter().find(|l| l.step == Step::MixedCut).unwrap();
        // The cut with citizens half a month longer on benefits: written as
        // months longer and extra benefits, never as a negative saving.
        let effects = [Effect::MonthsPerCitizen(-0.5), Effect::NONE];
        let lines_longer = explain(&s, &compute(&s), &effects, None, &[None, None]);
        let cost = lines_longer
            .iter()
            .find(|l| l.step == Step::GroupCost)
            .unwrap();
        assert_eq!(numbers(cost), [0.5, 100.0, 1.0, 50.0]);
        let total = lines_longer
            .iter()
            .find(|l| l.step == Step::FullYearCost)
            .unwrap();
        assert_eq!(numbers(total), [50.0]);
        assert!(lines_longer
            .iter()
            .all(|l| l.step != Step::GroupSaving && l.step != Step::FullYearSaving));
        assert_close(
            &numbers(mixed),
            &[0.5, 400_000.0, 200_000.0, 60.0, 75.0],
            "mixed",
        );
    }
}
