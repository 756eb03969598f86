//! Goal seeking: the calculator run backwards, for the questions people ask
//! before a budget meeting.
//!
//! [`super::calc::compute`] answers "what does this caseload cost?". The
//! functions here answer the inverse questions:
//!
//! - "We have B kr. a year: what caseload can we reach?", lowering every
//!   group by the same factor ([`caseload_for_budget`]) or one group only
//!   ([`group_caseload_for_budget`]), with the budgets a caseload of 1–1,000
//!   can reach ([`budget_range_by_factor`], [`budget_range_for_group`]);
//! - "What must each group achieve if it paid for its own extra staff?"
//!   ([`own_break_even`], [`group_break_even`]);
//! - "Is the published price of this proposal plausible?": the cost per staff
//!   year it implies ([`check_proposal`]);
//! - "What caseload do W extra staff years give all the citizens?"
//!   ([`new_staff`], [`caseload_with_extra_staff`]).
//!
//! Every answer round-trips with the forward computation, and nothing here
//! panics: the inputs may come from anywhere (a URL, a test, a future form),
//! so each function checks them against the form's ranges and returns a typed
//! [`GoalError`] rather than a NaN, an infinity or a caseload outside 1–1,000.

use super::calc::{BreakEven, Change, Cut, MONTHS_PER_YEAR};
use super::form::{FieldId, DEFAULT_SALARY, DEFAULT_SALARY_YEAR};
use super::input::{FieldKind, InputError};
use super::price::{self, Index};
use super::scenario::{Group, Scenario};

/// The cost per staff year a published proposal is compared with: an
/// independent figure, not another seed's, namely DS's average salary with
/// pension of a socialrådgiver in the state (2022), brought to the
/// proposal's price level with the wage index, without overhead. A proposal
/// far below it leaves out pension or overhead or pays less than the state
/// average; far above it, it adds overhead (KL's customary 20 %).
pub fn reference_cost(price_level: i32) -> f64 {
    DEFAULT_SALARY * price::factor(Index::Wages, DEFAULT_SALARY_YEAR, price_level)
}

/// How far an implied cost per staff year may lie from the reference and
/// still count as plausible: ±15 %. Salary, pension and overhead differ
/// between municipalities and price levels by about that much.
pub const PLAUSIBLE_TOLERANCE: f64 = 0.15;

/// Relative slack within which a computed caseload just outside 1–1,000 is
/// taken as the bound itself, so that a budget of exactly "caseload 1" is
/// not refused for a rounding error of 1e-16.
const SNAP: f64 = 1e-9;

/// Which input a [`GoalError::Invalid`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Input {
    /// A field of the scenario (a group's headcount or caseloads, the cost
    /// per staff year, a benefit's rate or reimbursement share 0–1).
    Field(FieldId),
    /// The annual budget to reach, kr. (negative: a saving).
    Budget,
    /// A proposal's published annual cost, kr.
    PublishedCost,
    /// The cost per staff year a proposal is compared with.
    ReferenceCost,
    /// A number of (extra) staff years or caseworkers.
    Staff,
    /// A headcount given on its own, outside a scenario.
    Headcount,
    /// A caseload given on its own, outside a scenario.
    Caseload,
}

/// Which end of the caseload range 1–1,000 an answer falls outside.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// Below 1 case per caseworker: more staff than citizens.
    BelowMin,
    /// Above 1,000, or no caseload at all because the staff would have to be
    /// zero or negative.
    AboveMax,
}

/// Why a question has no answer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GoalError {
    /// An input is not a finite number within its range.
    Invalid { input: Input, error: InputError },
    /// The group index is not one of the scenario's groups.
    NoSuchGroup { index: usize, groups: usize },
    /// No citizens (in the scenario, or in the group asked about): no
    /// caseload changes the cost.
    NoCitizens,
    /// The cost per staff year (or the reference) is 0 kr.: no budget
    /// determines a number of staff.
    NoStaffCost,
    /// The answer is a caseload outside 1–1,000. `needed` is the caseload the
    /// question would require, `None` when there is none (the staff would
    /// have to be zero or negative, i.e. the saving exceeds today's staff).
    CaseloadOutOfRange { side: Side, needed: Option<f64> },
    /// The proposal's target caseloads equal today's: no staff years to
    /// divide its cost by.
    NoChange,
    /// The published cost and the change in staff have opposite signs (a
    /// cost for fewer staff, or a saving for more).
    SignMismatch,
    /// A result is too large to represent (e.g. a benefit of a fraction of
    /// an øre a month).
    Overflow,
}

/// "We have B kr.": every group's target is the same factor times today's
/// caseload.
#[derive(Clone, Debug, PartialEq)]
pub struct FactorSolution {
    /// `f` in `T_g = f × C_g`; below 1 lowers caseloads (a cost), above 1
    /// raises them (a saving).
    pub factor: f64,
    /// The target caseload of each group, in the scenario's order, 1–1,000.
    pub targets: Vec<f64>,
    /// `ΔS` at these targets, staff years.
    pub extra_staff: f64,
}

impl FactorSolution {
    /// The scenario with these targets, for the forward computation.
    pub fn apply(&self, s: &Scenario) -> Scenario {
        let mut out = s.clone();
        for (g, &t) in out.groups.iter_mut().zip(&self.targets) {
            g.target = t;
        }
        out
    }
}

/// "We have B kr.": the target of one group, the others keeping theirs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GroupSolution {
    pub index: usize,
    /// The group's target caseload, 1–1,000.
    pub target: f64,
    /// `ΔS` of the whole scenario at this target, staff years.
    pub extra_staff: f64,
}

impl GroupSolution {
    /// The scenario with this group's target, for the forward computation.
    pub fn apply(&self, s: &Scenario) -> Scenario {
        let mut out = s.clone();
        if let Some(g) = out.groups.get_mut(self.index) {
            g.target = self.target;
        }
        out
    }
}

/// The annual budgets (kr., negative = saving) whose answer is a caseload
/// within 1–1,000, so the page can say what can be asked before it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BudgetRange {
    /// The largest saving: caseloads as high as 1,000 allows.
    pub min: f64,
    /// The largest cost: caseloads as low as 1 allows.
    pub max: f64,
}

/// Is the implied cost per staff year near the reference?
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Plausibility {
    /// Within ±[`PLAUSIBLE_TOLERANCE`] of the reference (inclusive).
    Plausible,
    /// Lower: the proposal may not pay full salary, pension and overhead.
    Low,
    /// Higher: the proposal may include more than caseworkers.
    High,
}

impl Plausibility {
    /// The verdict for `implied / reference`.
    pub fn judge(ratio: f64) -> Plausibility {
        // A hair of slack so that exactly 85 % and 115 % count as inside.
        let slack = PLAUSIBLE_TOLERANCE + 1e-12;
        if ratio < 1.0 - slack {
            Plausibility::Low
        } else if ratio > 1.0 + slack {
            Plausibility::High
        } else {
            Plausibility::Plausible
        }
    }
}

/// What a published proposal implies.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ProposalCheck {
    /// `ΔS` of the proposal's groups, staff years.
    pub extra_staff: f64,
    /// `K = P / ΔS`, kr. per staff year (never negative).
    pub implied_cost_per_staff_year: f64,
    /// `K / reference`.
    pub ratio: f64,
    pub plausibility: Plausibility,
}

// ---------------------------------------------------------------------------
// Input checks

fn check(input: Input, kind: FieldKind, value: f64) -> Result<f64, GoalError> {
    kind.check(value)
        .map_err(|error| GoalError::Invalid { input, error })
}

/// An annual amount of either sign, bounded like the form's money fields.
fn check_amount(input: Input, value: f64) -> Result<f64, GoalError> {
    let (_, max) = FieldKind::Money.range();
    if !value.is_finite() {
        return Err(GoalError::Invalid {
            input,
            error: InputError::NotANumber,
        });
    }
    if value.abs() > max {
        return Err(GoalError::Invalid {
            input,
            error: InputError::OutOfRange { min: -max, max },
        });
    }
    Ok(if value == 0.0 { 0.0 } else { value })
}

/// A number of staff years of either sign (a cut is negative), bounded like
/// a headcount.
fn check_signed_staff(value: f64) -> Result<f64, GoalError> {
    let (_, max) = FieldKind::Headcount.range();
    if !value.is_finite() {
        return Err(GoalError::Invalid {
            input: Input::Staff,
            error: InputError::NotANumber,
        });
    }
    if value.abs() > max {
        return Err(GoalError::Invalid {
            input: Input::Staff,
            error: InputError::OutOfRange { min: -max, max },
        });
    }
    Ok(value)
}

fn group_field(index: usize, field: fn(u32) -> FieldId) -> Input {
    Input::Field(field(u32::try_from(index).unwrap_or(u32::MAX)))
}

/// Headcount and today's caseload of every group.
fn check_current(groups: &[Group]) -> Result<(), GoalError> {
    for (i, g) in groups.iter().enumerate() {
        check(
            group_field(i, FieldId::Headcount),
            FieldKind::Headcount,
            g.headcount,
        )?;
        check(
            group_field(i, FieldId::Current),
            FieldKind::Caseload,
            g.current,
        )?;
    }
    Ok(())
}

/// The target caseloads of every group except `skip`.
fn check_targets(groups: &[Group], skip: Option<usize>) -> Result<(), GoalError> {
    for (i, g) in groups.iter().enumerate() {
        if Some(i) != skip {
            check(
                group_field(i, FieldId::Target),
                FieldKind::Caseload,
                g.target,
            )?;
        }
    }
    Ok(())
}

fn check_cost(k: f64) -> Result<f64, GoalError> {
    check(Input::Field(FieldId::CostPerStaffYear), FieldKind::Money, k)
}

/// A cost per staff year that can turn kr. into staff years.
fn check_positive_cost(k: f64) -> Result<f64, GoalError> {
    match check_cost(k)? {
        k if k > 0.0 => Ok(k),
        _ => Err(GoalError::NoStaffCost),
    }
}

/// The net kr. per benefit month of group `i`'s benefit, after checking its
/// rate and reimbursement share.
fn net_per_month(s: &Scenario, g: &Group) -> Result<f64, GoalError> {
    let rate = s.benefit(g.benefit);
    check(
        Input::Field(FieldId::MonthlyRate(g.benefit)),
        FieldKind::Money,
        rate.monthly_rate,
    )?;
    let r = rate.reimbursement;
    if !(0.0..=1.0).contains(&r) {
        return Err(GoalError::Invalid {
            input: Input::Field(FieldId::Reimbursement(g.benefit)),
            error: if r.is_finite() {
                InputError::OutOfRange { min: 0.0, max: 1.0 }
            } else {
                InputError::NotANumber
            },
        });
    }
    finite(rate.net_per_month())
}

fn finite(v: f64) -> Result<f64, GoalError> {
    if v.is_finite() {
        Ok(v)
    } else {
        Err(GoalError::Overflow)
    }
}

/// A computed caseload, accepted only within 1–1,000 (a rounding error's
/// width outside counts as the bound).
fn caseload_result(c: f64) -> Result<f64, GoalError> {
    let (min, max) = FieldKind::Caseload.range();
    if c.is_nan() {
        return Err(GoalError::Overflow);
    }
    if c < min {
        return if c >= min * (1.0 - SNAP) {
            Ok(min)
        } else {
            Err(GoalError::CaseloadOutOfRange {
                side: Side::BelowMin,
                needed: Some(c.max(0.0)),
            })
        };
    }
    if c > max {
        return if c <= max * (1.0 + SNAP) {
            Ok(max)
        } else {
            Err(GoalError::CaseloadOutOfRange {
                side: Side::AboveMax,
                needed: c.is_finite().then_some(c),
            })
        };
    }
    Ok(c)
}

/// The caseload that `staff` staff years give `headcount` citizens; none
/// when the staff is zero or negative.
fn caseload_from_staff(headcount: f64, staff: f64) -> Result<f64, GoalError> {
    if staff.is_nan() {
        return Err(GoalError::Overflow);
    }
    if staff <= 0.0 {
        return Err(GoalError::CaseloadOutOfRange {
            side: Side::AboveMax,
            needed: None,
        });
    }
    caseload_result(headcount / staff)
}

fn staff_now(groups: &[Group]) -> f64 {
    groups.iter().map(|g| g.headcount / g.current).sum()
}

/// `Σ (N/T − N/C)` over the groups except `skip`, summed per group as
/// [`super::calc::compute`] does.
fn extra_staff_except(groups: &[Group], skip: Option<usize>) -> f64 {
    groups
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != skip)
        .map(|(_, g)| g.headcount / g.target - g.headcount / g.current)
        .sum()
}

fn group_at(s: &Scenario, index: usize) -> Result<&Group, GoalError> {
    s.groups.get(index).ok_or(GoalError::NoSuchGroup {
        index,
        groups: s.groups.len(),
    })
}

// ---------------------------------------------------------------------------
// 1. Budget → caseload

/// The lowest and highest of today's caseloads (`None` without groups).
fn current_extremes(groups: &[Group]) -> Option<(f64, f64)> {
    groups
        .iter()
        .map(|g| g.current)
        .fold(None, |acc, c| match acc {
            None => Some((c, c)),
            Some((lo, hi)) => Some((lo.min(c), hi.max(c))),
        })
}

/// The budgets [`caseload_for_budget`] can answer: with `f` between
/// `1 / min C` (the lowest caseload reaches 1) and `1,000 / max C` (the
/// highest reaches 1,000), `B = K × S0 × (1/f − 1)`.
pub fn budget_range_by_factor(s: &Scenario) -> Result<BudgetRange, GoalError> {
    let k = check_positive_cost(s.cost_per_staff_year)?;
    check_current(&s.groups)?;
    let s0 = staff_now(&s.groups);
    let Some((lo, hi)) = current_extremes(&s.groups).filter(|_| s0 > 0.0) else {
        return Err(GoalError::NoCitizens);
    };
    let (min_c, max_c) = FieldKind::Caseload.range();
    Ok(BudgetRange {
        min: finite(k * s0 * (hi / max_c - 1.0))?,
        max: finite(k * s0 * (lo / min_c - 1.0))?,
    })
}

/// The factor `f` that gives every group the target `f × C_g` and costs
/// `budget` kr. a year (negative: saves). Closed form: the budget buys
/// `ΔS = B / K` staff years and `ΔS = S0 × (1/f − 1)` with `S0 = Σ N_g/C_g`,
/// so `f = S0 / (S0 + ΔS)`.
///
/// The targets ignore the scenario's current targets. Every group, also one
/// without citizens, gets a target, and all must lie within 1–1,000.
pub fn caseload_for_budget(s: &Scenario, budget: f64) -> Result<FactorSolution, GoalError> {
    let budget = check_amount(Input::Budget, budget)?;
    let k = check_positive_cost(s.cost_per_staff_year)?;
    check_current(&s.groups)?;
    let s0 = staff_now(&s.groups);
    let Some((lo, hi)) = current_extremes(&s.groups).filter(|_| s0 > 0.0) else {
        return Err(GoalError::NoCitizens);
    };
    let s1 = s0 + budget / k;
    if s1.is_nan() || s1 <= 0.0 {
        return Err(GoalError::CaseloadOutOfRange {
            side: Side::AboveMax,
            needed: None,
        });
    }
    // s1 = +inf (a tiny K) gives f = 0: a caseload below 1, reported as such.
    let factor = s0 / s1;
    if !factor.is_finite() {
        return Err(GoalError::CaseloadOutOfRange {
            side: Side::AboveMax,
            needed: None,
        });
    }
    // The targets scale with C, so checking the extremes checks them all.
    caseload_result(factor * lo)?;
    caseload_result(factor * hi)?;
    let (min_c, max_c) = FieldKind::Caseload.range();
    let targets: Vec<f64> = s
        .groups
        .iter()
        .map(|g| (factor * g.current).clamp(min_c, max_c))
        .collect();
    let extra_staff = s
        .groups
        .iter()
        .zip(&targets)
        .map(|(g, t)| g.headcount / t - g.headcount / g.current)
        .sum();
    Ok(FactorSolution {
        factor,
        targets,
        extra_staff: finite(extra_staff)?,
    })
}

/// The budgets [`group_caseload_for_budget`] can answer for group `index`:
/// the others' extra staff plus this group's at a target of 1,000 (min) or
/// 1 (max).
pub fn budget_range_for_group(s: &Scenario, index: usize) -> Result<BudgetRange, GoalError> {
    let k = check_positive_cost(s.cost_per_staff_year)?;
    let g = group_at(s, index)?;
    check_current(&s.groups)?;
    check_targets(&s.groups, Some(index))?;
    if g.headcount <= 0.0 {
        return Err(GoalError::NoCitizens);
    }
    let others = extra_staff_except(&s.groups, Some(index));
    let now = g.headcount / g.current;
    let (min_c, max_c) = FieldKind::Caseload.range();
    Ok(BudgetRange {
        min: finite(k * (others + g.headcount / max_c - now))?,
        max: finite(k * (others + g.headcount / min_c - now))?,
    })
}

/// The target of group `index` at which the whole scenario costs `budget`
/// kr. a year, the other groups keeping their targets:
/// `N_g / T_g = B / K − ΔS_others + N_g / C_g`.
pub fn group_caseload_for_budget(
    s: &Scenario,
    index: usize,
    budget: f64,
) -> Result<GroupSolution, GoalError> {
    let budget = check_amount(Input::Budget, budget)?;
    let k = check_positive_cost(s.cost_per_staff_year)?;
    let g = group_at(s, index)?;
    check_current(&s.groups)?;
    check_targets(&s.groups, Some(index))?;
    if g.headcount <= 0.0 {
        return Err(GoalError::NoCitizens);
    }
    let others = extra_staff_except(&s.groups, Some(index));
    let now = g.headcount / g.current;
    let target = caseload_from_staff(g.headcount, budget / k - others + now)?;
    Ok(GroupSolution {
        index,
        target,
        extra_staff: finite(others + (g.headcount / target - now))?,
    })
}

/// "We have B kr.": every group's new target, in group order. `group`
/// `None` lowers all caseloads by the same factor ([`caseload_for_budget`]);
/// `Some(index)` solves for that group alone, the others keeping their
/// targets ([`group_caseload_for_budget`]). One shape for both, so the page
/// can show and apply either answer the same way.
pub fn targets_for_budget(
    s: &Scenario,
    budget: f64,
    group: Option<usize>,
) -> Result<Vec<f64>, GoalError> {
    match group {
        None => caseload_for_budget(s, budget).map(|sol| sol.targets),
        Some(index) => group_caseload_for_budget(s, index, budget)
            .map(|sol| sol.apply(s).groups.iter().map(|g| g.target).collect()),
    }
}

/// A caseload people can staff by: one decimal. What the page writes into
/// a target field when the user takes a computed caseload (the goal's
/// answer, a point of the cost chart).
pub fn staffable(caseload: f64) -> f64 {
    (caseload * 10.0).round() / 10.0
}

/// What "use these caseloads" writes into the form: `(group index, target)`
/// for each group whose target the answer moves, each to one decimal
/// ([`staffable`]). A group solved alone leaves the others exactly as typed,
/// and a target the answer only moves within its rounding is left alone.
pub fn target_changes(
    s: &Scenario,
    budget: f64,
    group: Option<usize>,
) -> Result<Vec<(usize, f64)>, GoalError> {
    let targets = targets_for_budget(s, budget, group)?;
    Ok(s.groups
        .iter()
        .zip(targets)
        .map(|(g, t)| (g.target, staffable(t)))
        .enumerate()
        .filter(|(_, (now, new))| now != new)
        .map(|(i, (_, new))| (i, new))
        .collect())
}

// ---------------------------------------------------------------------------
// 2. Break-even per group

/// Break-even for group `index` if it had to pay for its own extra staff
/// from its own benefit spending: `x_g = cost_g / (12 × N_g × B_g)`, i.e.
/// `cost_g / (N_g × B_g)` months per citizen and `cost_g / B_g` months a year,
/// where `B_g` is what a benefit month less saves after displacement.
///
/// [`BreakEven::NotNeeded`] when the group's change costs nothing, with the
/// group's own [`Change`] (a higher target is a cut of this group's staff);
/// [`BreakEven::NoBenefitSpending`] when it costs money but `N_g × B_g = 0`.
pub fn group_break_even(s: &Scenario, index: usize) -> Result<BreakEven, GoalError> {
    let k = check_cost(s.cost_per_staff_year)?;
    let g = group_at(s, index)?;
    check_current(std::slice::from_ref(g))
        .and_then(|_| check_targets(std::slice::from_ref(g), None))
        .map_err(|e| reindex(e, index))?;
    net_per_month(s, g)?;
    // What a benefit month less saves after displacement (`B − d × B_to`).
    let b = s.net_saving_per_month(g);
    let cost = finite((g.headcount / g.target - g.headcount / g.current) * k)?;
    if cost <= 0.0 {
        let change = if g.headcount <= 0.0 || g.target == g.current {
            Change::Unchanged
        } else if g.target < g.current {
            Change::Free
        } else {
            Change::Cut(Cut {
                fewer_staff: g.headcount / g.current - g.headcount / g.target,
                saving: if cost == 0.0 { 0.0 } else { -cost },
                caseload_now: g.current,
                caseload_target: g.target,
            })
        };
        return Ok(BreakEven::NotNeeded(change));
    }
    let spending = MONTHS_PER_YEAR * g.headcount * b;
    if spending.is_nan() || spending <= 0.0 {
        return Ok(BreakEven::NoBenefitSpending);
    }
    let share = finite(cost / spending)?;
    Ok(BreakEven::Required {
        months_per_year: finite(share * MONTHS_PER_YEAR * g.headcount)?,
        months_per_citizen: finite(share * MONTHS_PER_YEAR)?,
        share,
        full_year_persons: finite(share * g.headcount)?,
    })
}

/// [`group_break_even`] for every group, in the scenario's order.
pub fn own_break_even(s: &Scenario) -> Result<Vec<BreakEven>, GoalError> {
    (0..s.groups.len())
        .map(|i| group_break_even(s, i))
        .collect()
}

/// Errors from checking one group on its own name group 0; give them back
/// their index.
fn reindex(e: GoalError, index: usize) -> GoalError {
    let i = u32::try_from(index).unwrap_or(u32::MAX);
    match e {
        GoalError::Invalid {
            input: Input::Field(f),
            error,
        } => {
            let f = match f {
                FieldId::Headcount(_) => FieldId::Headcount(i),
                FieldId::Current(_) => FieldId::Current(i),
                FieldId::Target(_) => FieldId::Target(i),
                other => other,
            };
            GoalError::Invalid {
                input: Input::Field(f),
                error,
            }
        }
        other => other,
    }
}

// ---------------------------------------------------------------------------
// 3. Check a published proposal

/// The cost per staff year a published annual cost implies for the groups'
/// caseloads, `K = P / ΔS`, and how it compares with `reference` (e.g.
/// [`reference_cost`]). The groups' own cost per staff year plays no
/// part: it is the unknown.
///
/// Copenhagen's BI08 (5,000 full-year persons, 70 → 50, 11.34 mio. kr.)
/// implies 396,900 kr.: plausible next to 400,000 kr.
pub fn check_proposal(
    published: f64,
    groups: &[Group],
    reference: f64,
) -> Result<ProposalCheck, GoalError> {
    let published = check_amount(Input::PublishedCost, published)?;
    let reference = match check(Input::ReferenceCost, FieldKind::Money, reference)? {
        r if r > 0.0 => r,
        _ => return Err(GoalError::NoStaffCost),
    };
    check_current(groups)?;
    check_targets(groups, None)?;
    let extra_staff = extra_staff_except(groups, None);
    // Changes that cancel out leave a rounding residue, not a change.
    let scale: f64 = groups
        .iter()
        .map(|g| g.headcount / g.target + g.headcount / g.current)
        .sum();
    if !extra_staff.is_finite() || extra_staff.abs() <= 1e-12 * scale {
        return Err(GoalError::NoChange);
    }
    if (published > 0.0 && extra_staff < 0.0) || (published < 0.0 && extra_staff > 0.0) {
        return Err(GoalError::SignMismatch);
    }
    // `abs` also turns 0 / negative into +0.
    let implied = finite((published / extra_staff).abs())?;
    let ratio = finite(implied / reference)?;
    Ok(ProposalCheck {
        extra_staff,
        implied_cost_per_staff_year: implied,
        ratio,
        plausibility: Plausibility::judge(ratio),
    })
}

// ---------------------------------------------------------------------------
// 4. Staff ↔ citizens

/// The caseload of a group of `headcount` citizens at today's caseload
/// `current` after `extra_staff` more staff years (negative: a cut),
/// `N / (N/C + W)`.
pub fn caseload_with_extra_staff(
    headcount: f64,
    current: f64,
    extra_staff: f64,
) -> Result<f64, GoalError> {
    let n = check(Input::Headcount, FieldKind::Headcount, headcount)?;
    let c = check(Input::Caseload, FieldKind::Caseload, current)?;
    let w = check_signed_staff(extra_staff)?;
    if n <= 0.0 {
        return Err(GoalError::NoCitizens);
    }
    caseload_from_staff(n, n / c + w)
}

/// What `staff` extra caseworkers mean for a whole scenario, with caseloads
/// averaged over all groups (citizens per staff year).
///
/// Extra caseworkers do not "cover" `W × T̄` citizens while the rest wait:
/// they join today's staff, and every citizen's caseworker gets fewer cases.
/// So the answer names all `ΣN` citizens and the average caseload before
/// and after, and how many staff years the scenario's own target needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NewStaff {
    /// All citizens of the scenario, `ΣN`: each of them gets the lower
    /// caseload.
    pub citizens: f64,
    /// Today's average caseload, `ΣN / Σ(N/C)`.
    pub caseload_now: f64,
    /// The average caseload with the extra staff added to today's,
    /// `ΣN / (Σ(N/C) + W)`.
    pub caseload_after: f64,
    /// The average target caseload, `ΣN / Σ(N/T)`.
    pub target_caseload: f64,
    /// Staff years the target needs beyond today's, `Σ(N/T) − Σ(N/C)`
    /// (negative when the target is a cut).
    pub staff_for_target: f64,
}

/// "What do W extra caseworkers give?" for the whole scenario.
pub fn new_staff(s: &Scenario, staff: f64) -> Result<NewStaff, GoalError> {
    let staff = check(Input::Staff, FieldKind::Headcount, staff)?;
    let citizens: f64 = s.groups.iter().map(|g| g.headcount).sum();
    let now: f64 = s.groups.iter().map(|g| g.headcount / g.current).sum();
    let at_target: f64 = s.groups.iter().map(|g| g.headcount / g.target).sum();
    if !(citizens > 0.0 && now > 0.0 && at_target > 0.0) {
        return Err(GoalError::NoCitizens);
    }
    let caseload_now = citizens / now;
    Ok(NewStaff {
        citizens,
        caseload_now,
        caseload_after: caseload_with_extra_staff(citizens, caseload_now, staff)?,
        target_caseload: citizens / at_target,
        staff_for_target: finite(at_target - now)?,
    })
}

#[cfg(test)]
mod tests;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props;
