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
mod tests {
    use super::*;
    use crate::model::calc::compute;
    use crate::model::kind::BenefitKind;
    use crate::model::scenario::Displacement;
    use crate::model::test_support::{close, scenario};
    use BenefitKind::{Jobafklaring as Jaf, Kontanthjaelp as Kth, Sygedagpenge as Syg};

    /// Copenhagen's BI08: four groups at 70 (targets as given).
    fn bi08(target: f64, k: f64) -> Scenario {
        scenario(
            &[
                (1400.0, 70.0, target, Syg),
                (3000.0, 70.0, target, Syg),
                (250.0, 70.0, target, Jaf),
                (350.0, 70.0, target, Jaf),
            ],
            k,
            [15_774.0, 12_326.0, 0.0, 0.0],
        )
    }

    const NAN: f64 = f64::NAN;
    const INF: f64 = f64::INFINITY;

    fn above(needed: Option<f64>) -> GoalError {
        GoalError::CaseloadOutOfRange {
            side: Side::AboveMax,
            needed,
        }
    }

    fn below(needed: f64) -> GoalError {
        GoalError::CaseloadOutOfRange {
            side: Side::BelowMin,
            needed: Some(needed),
        }
    }

    fn invalid(input: Input, error: InputError) -> GoalError {
        GoalError::Invalid { input, error }
    }

    /// Compares results with f64s inside by relative closeness.
    fn same_error(a: &GoalError, b: &GoalError) -> bool {
        match (a, b) {
            (
                GoalError::CaseloadOutOfRange {
                    side: s1,
                    needed: Some(n1),
                },
                GoalError::CaseloadOutOfRange {
                    side: s2,
                    needed: Some(n2),
                },
            ) => s1 == s2 && close(*n1, *n2, 1e-9),
            _ => a == b,
        }
    }

    #[test]
    fn extra_staff_lower_the_caseload_of_all_citizens() {
        // (groups (N, C, T), W) → (citizens, now, after, target, staff for target).
        type Case = (&'static [(f64, f64, f64)], f64, [f64; 5]);
        let cases: &[Case] = &[
            // Copenhagen: 5,000 citizens at 70; the 28.57 staff years of
            // 70 → 50 give all 5,000 citizens a caseworker with 50 cases.
            (
                &[(5000.0, 70.0, 50.0)],
                200.0 / 7.0,
                [5000.0, 70.0, 50.0, 50.0, 200.0 / 7.0],
            ),
            // 10 extra: 5,000 / (71.43 + 10) = 61.4 for all, not "500
            // citizens at 50".
            (
                &[(5000.0, 70.0, 50.0)],
                10.0,
                [
                    5000.0,
                    70.0,
                    5000.0 / (5000.0 / 70.0 + 10.0),
                    50.0,
                    200.0 / 7.0,
                ],
            ),
            // No extra staff: the caseload stays.
            (
                &[(5000.0, 70.0, 50.0)],
                0.0,
                [5000.0, 70.0, 70.0, 50.0, 200.0 / 7.0],
            ),
            // Two groups: 1,000 at 50 (20 staff) and 1,000 at 100 (10 staff):
            // 2,000 / 30 = 66.7 today; + 10 → 2,000 / 40 = 50. Targets 40 and
            // 80: 25 + 12.5 = 37.5 staff, 53.3 average, 7.5 staff years more.
            (
                &[(1000.0, 50.0, 40.0), (1000.0, 100.0, 80.0)],
                10.0,
                [2000.0, 2000.0 / 30.0, 50.0, 2000.0 / 37.5, 7.5],
            ),
            // A cut as the target: 70 → 90 needs 15.87 staff years fewer.
            (
                &[(5000.0, 70.0, 90.0)],
                5.0,
                [
                    5000.0,
                    70.0,
                    5000.0 / (5000.0 / 70.0 + 5.0),
                    90.0,
                    5000.0 / 90.0 - 5000.0 / 70.0,
                ],
            ),
        ];
        for (i, (groups, w, [n, now, after, target, needed])) in cases.iter().enumerate() {
            let g: Vec<_> = groups.iter().map(|&(n, c, t)| (n, c, t, Syg)).collect();
            let s = scenario(&g, 400_000.0, [10_000.0, 0.0, 0.0, 0.0]);
            let got = new_staff(&s, *w).unwrap();
            assert!(close(got.citizens, *n, 1e-12), "case {i}: {got:?}");
            assert!(close(got.caseload_now, *now, 1e-12), "case {i}: {got:?}");
            assert!(
                close(got.caseload_after, *after, 1e-12),
                "case {i}: {got:?}"
            );
            assert!(
                close(got.target_caseload, *target, 1e-12),
                "case {i}: {got:?}"
            );
            assert!(
                close(got.staff_for_target, *needed, 1e-9),
                "case {i}: {got:?}"
            );
        }
        let s = bi08(50.0, 396_900.0);
        let mut empty = s.clone();
        for g in &mut empty.groups {
            g.headcount = 0.0;
        }
        assert_eq!(new_staff(&empty, 10.0), Err(GoalError::NoCitizens));
        assert_eq!(
            new_staff(&s, -1.0),
            Err(invalid(
                Input::Staff,
                InputError::OutOfRange { min: 0.0, max: 1e7 }
            ))
        );
    }

    #[test]
    fn budget_to_caseload_by_factor() {
        let money = FieldKind::Money.range().1;
        // (scenario, budget) → (factor, targets) or the error.
        type Case = (Scenario, f64, Result<(f64, Vec<f64>), GoalError>);
        let one = |n, c, k| scenario(&[(n, c, c, Syg)], k, [10_000.0, 0.0, 0.0, 0.0]);
        let cases: Vec<Case> = vec![
            // BI08: 11.34 mio. at 396,900 kr. buys 28.57 staff years on top
            // of 71.43: f = 71.43 / 100 = 5/7, every group 70 → 50.
            (
                bi08(70.0, 396_900.0),
                11_340_000.0,
                Ok((5.0 / 7.0, vec![50.0; 4])),
            ),
            // No money: nothing changes.
            (bi08(50.0, 396_900.0), 0.0, Ok((1.0, vec![70.0; 4]))),
            // 100 at 50 = 2 staff years; 1 mio. at 500,000 buys 2 more: 25.
            (one(100.0, 50.0, 500_000.0), 1e6, Ok((0.5, vec![25.0]))),
            // Saving one of two staff years: 50 → 100.
            (one(100.0, 50.0, 500_000.0), -5e5, Ok((2.0, vec![100.0]))),
            // Groups at different caseloads keep their proportions:
            // S0 = 2 + 1 = 3; 1.5 mio. / 500,000 = 3 more; f = 1/2.
            (
                scenario(
                    &[(100.0, 50.0, 50.0, Syg), (40.0, 40.0, 40.0, Kth)],
                    500_000.0,
                    [0.0; 4],
                ),
                1.5e6,
                Ok((0.5, vec![25.0, 20.0])),
            ),
            // Exactly caseload 1: 100 at 2 (50 staff years) → 100 staff years.
            (one(100.0, 2.0, 1.0), 50.0, Ok((0.5, vec![1.0]))),
            // Exactly 1,000: 100 at 500 (0.2) → 0.1 staff years.
            (one(100.0, 500.0, 1e6), -1e5, Ok((2.0, vec![1000.0]))),
            // Saving all of today's staff: no caseload does that.
            (one(100.0, 50.0, 500_000.0), -1e6, Err(above(None))),
            (one(100.0, 50.0, 500_000.0), -1e9, Err(above(None))),
            // Saving half of 0.111 staff years at 900: caseload 1,800.
            (one(100.0, 900.0, 900_000.0), -5e4, Err(above(Some(1800.0)))),
            // 1,000 kr. at 1 kr. a staff year on 50 staff years: 100/1050.
            (one(100.0, 2.0, 1.0), 1000.0, Err(below(100.0 / 1050.0))),
            // A tiny cost per staff year makes the budget infinite staff.
            (one(100.0, 2.0, 1e-300), 1e9, Err(below(0.0))),
            (one(100.0, 50.0, 0.0), 1e6, Err(GoalError::NoStaffCost)),
            (one(0.0, 50.0, 400_000.0), 1e6, Err(GoalError::NoCitizens)),
            (
                scenario(&[], 400_000.0, [0.0; 4]),
                1e6,
                Err(GoalError::NoCitizens),
            ),
            (
                one(100.0, 50.0, 400_000.0),
                NAN,
                Err(invalid(Input::Budget, InputError::NotANumber)),
            ),
            (
                one(100.0, 50.0, 400_000.0),
                -INF,
                Err(invalid(Input::Budget, InputError::NotANumber)),
            ),
            (
                one(100.0, 50.0, 400_000.0),
                2e9,
                Err(invalid(
                    Input::Budget,
                    InputError::OutOfRange {
                        min: -money,
                        max: money,
                    },
                )),
            ),
            (
                one(100.0, 0.0, 400_000.0),
                1e6,
                Err(invalid(
                    Input::Field(FieldId::Current(0)),
                    InputError::OutOfRange {
                        min: 1.0,
                        max: 1000.0,
                    },
                )),
            ),
            (
                one(-1.0, 50.0, 400_000.0),
                1e6,
                Err(invalid(
                    Input::Field(FieldId::Headcount(0)),
                    InputError::OutOfRange { min: 0.0, max: 1e7 },
                )),
            ),
            (
                one(100.0, 50.0, NAN),
                1e6,
                Err(invalid(
                    Input::Field(FieldId::CostPerStaffYear),
                    InputError::NotANumber,
                )),
            ),
        ];
        for (i, (s, budget, expected)) in cases.iter().enumerate() {
            let got = caseload_for_budget(s, *budget);
            match (&got, expected) {
                (Ok(sol), Ok((factor, targets))) => {
                    assert!(close(sol.factor, *factor, 1e-12), "case {i}: {sol:?}");
                    assert_eq!(sol.targets.len(), targets.len(), "case {i}");
                    for (t, e) in sol.targets.iter().zip(targets) {
                        assert!(close(*t, *e, 1e-12), "case {i}: {sol:?}");
                    }
                    // And forward again.
                    let r = compute(&sol.apply(s));
                    assert!(close(r.annual_cost, *budget, 1e-9), "case {i}: {r:?}");
                    assert!(close(r.extra_staff, sol.extra_staff, 1e-12), "case {i}");
                }
                (Err(g), Err(e)) => assert!(same_error(g, e), "case {i}: {g:?} vs {e:?}"),
                (g, e) => panic!("case {i}: got {g:?}, expected {e:?}"),
            }
        }
    }

    #[test]
    fn budget_range_by_factor_matches_the_bounds() {
        // 100 at 50 and 40 at 40, K = 500,000: S0 = 3 staff years.
        // Max: f = 1/40 → targets 1.25 and 1: B = 500,000 × 3 × (40 − 1).
        // Min: f = 1000/50 → targets 1,000 and 800: B = 500,000 × 3 × (0.05 − 1).
        let s = scenario(
            &[(100.0, 50.0, 50.0, Syg), (40.0, 40.0, 40.0, Kth)],
            500_000.0,
            [0.0; 4],
        );
        let r = budget_range_by_factor(&s).unwrap();
        assert!(close(r.max, 58_500_000.0, 1e-12), "{r:?}");
        assert!(close(r.min, -1_425_000.0, 1e-12), "{r:?}");
        // The bounds themselves are answerable, and a krone beyond is not.
        let at_max = caseload_for_budget(&s, r.max).unwrap();
        assert!(close(at_max.targets[0], 1.25, 1e-12) && at_max.targets[1] == 1.0);
        let at_min = caseload_for_budget(&s, r.min).unwrap();
        assert!(at_min.targets[0] == 1000.0 && close(at_min.targets[1], 800.0, 1e-12));
        assert!(matches!(
            caseload_for_budget(&s, r.max + 1.0),
            Err(GoalError::CaseloadOutOfRange {
                side: Side::BelowMin,
                ..
            })
        ));
        assert!(matches!(
            caseload_for_budget(&s, r.min - 1.0),
            Err(GoalError::CaseloadOutOfRange {
                side: Side::AboveMax,
                ..
            })
        ));
        assert_eq!(
            budget_range_by_factor(&scenario(&[(0.0, 50.0, 50.0, Syg)], 1.0, [0.0; 4])),
            Err(GoalError::NoCitizens)
        );
        assert_eq!(
            budget_range_by_factor(&scenario(&[(1.0, 50.0, 50.0, Syg)], 0.0, [0.0; 4])),
            Err(GoalError::NoStaffCost)
        );
    }

    #[test]
    fn budget_to_caseload_for_one_group() {
        // Group 0: 100 at 50 → 25 (2 → 4 staff years); group 1: 200 at 40
        // (5 staff years), target 40. K = 500,000.
        let s = scenario(
            &[(100.0, 50.0, 25.0, Syg), (200.0, 40.0, 40.0, Kth)],
            500_000.0,
            [0.0; 4],
        );
        // (index, budget) → target or error.
        let cases: &[(usize, f64, Result<f64, GoalError>)] = &[
            // Group 1 alone pays nothing, so 1 mio. is exactly group 0's 25.
            (0, 1e6, Ok(25.0)),
            // 1.5 mio. = 3 staff years; group 0 takes 2, group 1 gets 1 more:
            // 200 / 6 = 33.33.
            (1, 1.5e6, Ok(200.0 / 6.0)),
            // 1 mio. is group 0's change: group 1 stays at 40.
            (1, 1e6, Ok(40.0)),
            // Group 1 must save 1 of its 5 staff years to pay group 0's 2 − 1:
            // 200 / 4 = 50.
            (1, 5e5, Ok(50.0)),
            // Group 1 must save all 5 and more.
            (1, -2e6, Err(above(None))),
            // 1 bn. buys 2,000 staff years: group 1 would get 2,003 for 200
            // citizens.
            (1, 1e9, Err(below(200.0 / (2000.0 - 2.0 + 5.0)))),
            (
                2,
                1e6,
                Err(GoalError::NoSuchGroup {
                    index: 2,
                    groups: 2,
                }),
            ),
            (0, NAN, Err(invalid(Input::Budget, InputError::NotANumber))),
        ];
        for (i, (index, budget, expected)) in cases.iter().enumerate() {
            match (group_caseload_for_budget(&s, *index, *budget), expected) {
                (Ok(sol), Ok(t)) => {
                    assert!(close(sol.target, *t, 1e-12), "case {i}: {sol:?}");
                    let r = compute(&sol.apply(&s));
                    assert!(close(r.annual_cost, *budget, 1e-9), "case {i}: {r:?}");
                    assert!(close(r.extra_staff, sol.extra_staff, 1e-12), "case {i}");
                }
                (Err(g), Err(e)) => assert!(same_error(&g, e), "case {i}: {g:?} vs {e:?}"),
                (g, e) => panic!("case {i}: got {g:?}, expected {e:?}"),
            }
        }
        // The other groups' targets are checked; the solved group's is not.
        let mut bad = s.clone();
        bad.groups[0].target = 0.0;
        assert!(group_caseload_for_budget(&bad, 0, 1e6).is_ok());
        assert_eq!(
            group_caseload_for_budget(&bad, 1, 1e6),
            Err(invalid(
                Input::Field(FieldId::Target(0)),
                InputError::OutOfRange {
                    min: 1.0,
                    max: 1000.0
                }
            ))
        );
        let mut empty = s.clone();
        empty.groups[1].headcount = 0.0;
        assert_eq!(
            group_caseload_for_budget(&empty, 1, 1e6),
            Err(GoalError::NoCitizens)
        );
    }

    #[test]
    fn budget_range_for_one_group() {
        // Group 1 (200 at 40 = 5 staff years) with group 0's 2 extra:
        // max = 500,000 × (2 + 200 − 5), min = 500,000 × (2 + 0.2 − 5).
        let s = scenario(
            &[(100.0, 50.0, 25.0, Syg), (200.0, 40.0, 40.0, Kth)],
            500_000.0,
            [0.0; 4],
        );
        let r = budget_range_for_group(&s, 1).unwrap();
        assert!(close(r.max, 98_500_000.0, 1e-12), "{r:?}");
        assert!(close(r.min, -1_400_000.0, 1e-12), "{r:?}");
        assert!(close(
            group_caseload_for_budget(&s, 1, r.max).unwrap().target,
            1.0,
            1e-12
        ));
        assert!(close(
            group_caseload_for_budget(&s, 1, r.min).unwrap().target,
            1000.0,
            1e-12
        ));
        assert_eq!(
            budget_range_for_group(&s, 7),
            Err(GoalError::NoSuchGroup {
                index: 7,
                groups: 2
            })
        );
    }

    #[test]
    fn break_even_per_group() {
        // Net kr./month: sygedagpenge 10,000, kontanthjælp 5,000, other 0.
        let s = scenario(
            &[
                // 2 extra staff years, 1 mio.: 100 months a year, 1 a citizen,
                // x = 1/12, 8.33 full-year persons.
                (100.0, 50.0, 25.0, Syg),
                // 1 extra staff year (50 at 50 → 25), 500,000 kr. /
                // 5,000 kr. = 100 months, 2 a citizen, x = 1/6.
                (50.0, 50.0, 25.0, Kth),
                // A saving: nothing needed.
                (100.0, 25.0, 50.0, Syg),
                // A cost on a benefit of 0 kr.
                (100.0, 50.0, 25.0, BenefitKind::Other),
                // No citizens: no cost either.
                (0.0, 50.0, 25.0, Kth),
            ],
            500_000.0,
            [10_000.0, 0.0, 5_000.0, 0.0],
        );
        let expected = [
            Some((100.0, 1.0, 1.0 / 12.0, 100.0 / 12.0)),
            Some((100.0, 2.0, 1.0 / 6.0, 50.0 / 6.0)),
            None,
            None,
            None,
        ];
        let got = own_break_even(&s).unwrap();
        assert_eq!(got.len(), expected.len());
        for (i, (g, e)) in got.iter().zip(expected).enumerate() {
            match (g, e) {
                (
                    BreakEven::Required {
                        months_per_year,
                        months_per_citizen,
                        share,
                        full_year_persons,
                    },
                    Some((m, mc, x, p)),
                ) => {
                    assert!(close(*months_per_year, m, 1e-12), "group {i}: {g:?}");
                    assert!(close(*months_per_citizen, mc, 1e-12), "group {i}");
                    assert!(close(*share, x, 1e-12), "group {i}");
                    assert!(close(*full_year_persons, p, 1e-12), "group {i}");
                }
                (g, None) => assert!(!matches!(g, BreakEven::Required { .. }), "group {i}"),
                (g, e) => panic!("group {i}: {g:?} vs {e:?}"),
            }
        }
        assert!(matches!(got[2], BreakEven::NotNeeded(_)), "{:?}", got[2]);
        assert_eq!(got[3], BreakEven::NoBenefitSpending);
        assert!(matches!(got[4], BreakEven::NotNeeded(_)), "{:?}", got[4]);
        // Per-group savings at break-even pay exactly each group's cost.
        let r = compute(&s);
        for (i, (be, g)) in got.iter().zip(&r.groups).enumerate() {
            if let BreakEven::Required {
                months_per_year, ..
            } = be
            {
                assert!(
                    close(months_per_year * g.net_per_month, g.annual_cost, 1e-12),
                    "{i}"
                );
            }
        }
        // Errors name the group.
        let mut bad = s.clone();
        bad.groups[3].target = NAN;
        assert_eq!(
            own_break_even(&bad),
            Err(invalid(
                Input::Field(FieldId::Target(3)),
                InputError::NotANumber
            ))
        );
        let mut bad = s.clone();
        bad.benefits[0].reimbursement = 1.5;
        assert_eq!(
            group_break_even(&bad, 0),
            Err(invalid(
                Input::Field(FieldId::Reimbursement(Syg)),
                InputError::OutOfRange { min: 0.0, max: 1.0 }
            ))
        );
        // A fraction of an øre a month would need more months than exist.
        let mut tiny = s.clone();
        tiny.benefits[0].monthly_rate = 1e-305;
        assert_eq!(group_break_even(&tiny, 0), Err(GoalError::Overflow));
        assert_eq!(
            group_break_even(&s, 9),
            Err(GoalError::NoSuchGroup {
                index: 9,
                groups: 5
            })
        );
    }

    #[test]
    fn checks_published_proposals() {
        let two = |c: f64, t: f64| {
            vec![Group {
                name: "G".into(),
                headcount: 100.0,
                current: c,
                target: t,
                benefit: Syg,
                displaced: Displacement::none(Syg),
            }]
        };
        // (published, groups, reference) → (implied K, plausibility) or error.
        type Case = (f64, Vec<Group>, f64, Result<(f64, Plausibility), GoalError>);
        let cases: Vec<Case> = vec![
            // BI08: 11.34 mio. / 28.571 staff years = 396,900 kr.: plausible.
            (
                11_340_000.0,
                bi08(50.0, 0.0).groups,
                400_000.0,
                Ok((396_900.0, Plausibility::Plausible)),
            ),
            // 100 at 50 → 25 is 2 staff years.
            (
                800_000.0,
                two(50.0, 25.0),
                400_000.0,
                Ok((400_000.0, Plausibility::Plausible)),
            ),
            // 85 % and 115 % are still plausible, a krone beyond is not.
            (
                680_000.0,
                two(50.0, 25.0),
                400_000.0,
                Ok((340_000.0, Plausibility::Plausible)),
            ),
            (
                920_000.0,
                two(50.0, 25.0),
                400_000.0,
                Ok((460_000.0, Plausibility::Plausible)),
            ),
            (
                679_998.0,
                two(50.0, 25.0),
                400_000.0,
                Ok((339_999.0, Plausibility::Low)),
            ),
            (
                920_002.0,
                two(50.0, 25.0),
                400_000.0,
                Ok((460_001.0, Plausibility::High)),
            ),
            (
                600_000.0,
                two(50.0, 25.0),
                400_000.0,
                Ok((300_000.0, Plausibility::Low)),
            ),
            (
                1_200_000.0,
                two(50.0, 25.0),
                400_000.0,
                Ok((600_000.0, Plausibility::High)),
            ),
            // A saving for a higher caseload: both negative.
            (
                -800_000.0,
                two(25.0, 50.0),
                400_000.0,
                Ok((400_000.0, Plausibility::Plausible)),
            ),
            // Free staff is implausible.
            (
                0.0,
                two(50.0, 25.0),
                400_000.0,
                Ok((0.0, Plausibility::Low)),
            ),
            (
                800_000.0,
                two(50.0, 50.0),
                400_000.0,
                Err(GoalError::NoChange),
            ),
            (
                800_000.0,
                two(25.0, 50.0),
                400_000.0,
                Err(GoalError::SignMismatch),
            ),
            (
                -800_000.0,
                two(50.0, 25.0),
                400_000.0,
                Err(GoalError::SignMismatch),
            ),
            (800_000.0, vec![], 400_000.0, Err(GoalError::NoChange)),
            (800_000.0, two(50.0, 25.0), 0.0, Err(GoalError::NoStaffCost)),
            (
                800_000.0,
                two(50.0, 25.0),
                NAN,
                Err(invalid(Input::ReferenceCost, InputError::NotANumber)),
            ),
            (
                INF,
                two(50.0, 25.0),
                400_000.0,
                Err(invalid(Input::PublishedCost, InputError::NotANumber)),
            ),
        ];
        for (i, (p, groups, reference, expected)) in cases.iter().enumerate() {
            match (check_proposal(*p, groups, *reference), expected) {
                (Ok(c), Ok((k, verdict))) => {
                    assert!(
                        close(c.implied_cost_per_staff_year, *k, 1e-12),
                        "case {i}: {c:?}"
                    );
                    assert_eq!(c.plausibility, *verdict, "case {i}: {c:?}");
                    assert!(close(c.ratio, k / reference, 1e-12), "case {i}");
                    assert!(close(c.extra_staff * k, *p, 1e-12), "case {i}");
                }
                (g, e) => assert_eq!(g.map(|_| ()), (*e).map(|_| ()), "case {i}"),
            }
        }
        // Groups whose changes cancel out (+0.2 and −0.2 staff years) leave
        // no change to price, whatever the rounding leaves.
        let cancel = vec![
            Group {
                name: "a".into(),
                headcount: 0.3,
                current: 3.0,
                target: 1.0,
                benefit: Syg,
                displaced: Displacement::none(Syg),
            },
            Group {
                name: "b".into(),
                headcount: 0.3,
                current: 1.0,
                target: 3.0,
                benefit: Syg,
                displaced: Displacement::none(Syg),
            },
        ];
        assert_eq!(
            check_proposal(1.0, &cancel, 400_000.0),
            Err(GoalError::NoChange)
        );
    }

    #[test]
    fn staff_and_caseload() {
        // (N, C, W) → caseload.
        let with_staff: &[(f64, f64, f64, Result<f64, GoalError>)] = &[
            // BI08: 28.57 staff years on 5,000 at 70 give 50.
            (5000.0, 70.0, 200.0 / 7.0, Ok(50.0)),
            // 1,000 at 70 plus 10: 1000 / 24.29 = 41.18.
            (1000.0, 70.0, 10.0, Ok(1000.0 / (1000.0 / 70.0 + 10.0))),
            (100.0, 50.0, 0.0, Ok(50.0)),
            // A cut of one of two staff years doubles the caseload.
            (100.0, 50.0, -1.0, Ok(100.0)),
            (100.0, 50.0, -2.0, Err(above(None))),
            (100.0, 50.0, -1.95, Err(above(Some(2000.0)))),
            // 100 citizens, 200 staff years: 0.49 cases each.
            (100.0, 50.0, 200.0, Err(below(100.0 / 202.0))),
            (0.0, 50.0, 1.0, Err(GoalError::NoCitizens)),
            (
                100.0,
                50.0,
                INF,
                Err(invalid(Input::Staff, InputError::NotANumber)),
            ),
            (
                NAN,
                50.0,
                1.0,
                Err(invalid(Input::Headcount, InputError::NotANumber)),
            ),
        ];
        for (i, (n, c, w, expected)) in with_staff.iter().enumerate() {
            let got = caseload_with_extra_staff(*n, *c, *w);
            match (&got, expected) {
                (Ok(g), Ok(e)) => assert!(close(*g, *e, 1e-12), "case {i}: {g}"),
                (Err(g), Err(e)) => assert!(same_error(g, e), "case {i}: {g:?} vs {e:?}"),
                (g, e) => panic!("case {i}: got {g:?}, expected {e:?}"),
            }
        }
    }

    #[test]
    fn plausibility_bounds() {
        let cases = [
            (0.0, Plausibility::Low),
            (0.84, Plausibility::Low),
            (0.85, Plausibility::Plausible),
            (1.0, Plausibility::Plausible),
            (1.15, Plausibility::Plausible),
            (1.16, Plausibility::High),
        ];
        for (ratio, verdict) in cases {
            assert_eq!(Plausibility::judge(ratio), verdict, "{ratio}");
        }
    }

    #[test]
    fn targets_for_budget_solves_for_all_or_one_group() {
        let s = bi08(50.0, 396_900.0);
        let all = targets_for_budget(&s, 12_000_000.0, None).unwrap();
        assert_eq!(all, caseload_for_budget(&s, 12_000_000.0).unwrap().targets);
        let one = targets_for_budget(&s, 12_000_000.0, Some(1)).unwrap();
        let solved = group_caseload_for_budget(&s, 1, 12_000_000.0).unwrap();
        for (i, (t, g)) in one.iter().zip(&s.groups).enumerate() {
            if i == 1 {
                assert_eq!(*t, solved.target);
            } else {
                assert_eq!(*t, g.target, "group {i} keeps its target");
            }
        }
        // Forward: the scenario at these targets costs the budget.
        let mut at = s.clone();
        for (g, t) in at.groups.iter_mut().zip(&one) {
            g.target = *t;
        }
        assert!((compute(&at).annual_cost - 12_000_000.0).abs() < 1e-3);
        assert_eq!(
            targets_for_budget(&s, 12_000_000.0, Some(9)),
            Err(GoalError::NoSuchGroup {
                index: 9,
                groups: 4
            })
        );
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use crate::model::calc::compute;
    use crate::model::kind::BenefitKind;
    use crate::model::scenario::{BenefitRate, Displacement};
    use proptest::prelude::*;

    /// Any f64, with the awkward ones made likely.
    fn wild() -> impl Strategy<Value = f64> + Clone {
        prop_oneof![
            any::<f64>(),
            Just(f64::NAN),
            Just(f64::INFINITY),
            Just(f64::NEG_INFINITY),
            Just(0.0),
            Just(-0.0),
            Just(1e-300),
            Just(f64::MAX),
            Just(f64::MIN_POSITIVE),
            -1e10..1e10f64,
            0.0..1e3f64,
        ]
    }

    fn benefit() -> impl Strategy<Value = BenefitKind> {
        prop::sample::select(BenefitKind::ALL.to_vec())
    }

    fn group(
        headcount: impl Strategy<Value = f64>,
        caseload: impl Strategy<Value = f64> + Clone,
    ) -> impl Strategy<Value = Group> {
        (headcount, caseload.clone(), caseload, benefit()).prop_map(|(n, c, t, b)| Group {
            name: String::new(),
            headcount: n,
            current: c,
            target: t,
            benefit: b,
            displaced: Displacement::none(b),
        })
    }

    fn scenario_of(
        groups: impl Strategy<Value = Vec<Group>>,
        money: impl Strategy<Value = f64> + Clone,
        share: impl Strategy<Value = f64> + Clone,
    ) -> impl Strategy<Value = Scenario> {
        let rate = (money.clone(), share).prop_map(|(monthly_rate, reimbursement)| BenefitRate {
            monthly_rate,
            reimbursement,
        });
        (
            groups,
            money,
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

    /// Scenarios with any numbers at all.
    fn wild_scenario() -> impl Strategy<Value = Scenario> {
        scenario_of(
            prop::collection::vec(group(wild(), wild()), 0..5),
            wild(),
            wild(),
        )
    }

    /// Scenarios the form could produce, often of a realistic size.
    fn valid_scenario() -> impl Strategy<Value = Scenario> {
        scenario_of(
            prop::collection::vec(
                group(prop_oneof![0.0..1e7f64, 0.0..20_000.0f64], 1.0..=1000.0f64),
                1..6,
            ),
            prop_oneof![1.0..1e9f64, 200_000.0..800_000.0f64],
            0.0..=1.0f64,
        )
    }

    /// Budgets of any size the input accepts, often of a realistic one.
    fn budget() -> impl Strategy<Value = f64> {
        prop_oneof![-1e9..1e9f64, -2e7..2e7f64]
    }

    /// Scales the cost per staff year down until the scenario's annual cost
    /// is a budget the input accepts, and returns that cost.
    fn fit_budget(s: &mut Scenario) -> f64 {
        let cost = compute(s).annual_cost;
        if cost.abs() > 5e8 {
            s.cost_per_staff_year *= 5e8 / cost.abs();
        }
        compute(s).annual_cost
    }

    fn all_finite(e: &GoalError) -> bool {
        match e {
            GoalError::CaseloadOutOfRange { needed, .. } => {
                needed.is_none_or(|n| n.is_finite() && n >= 0.0)
            }
            _ => true,
        }
    }

    fn in_range(t: f64) -> bool {
        (1.0..=1000.0).contains(&t)
    }

    /// Tolerance of a forward cost against the budget: 1e-6 relative, plus
    /// rounding of the staff sums that cancel (1e-9 of the staff involved).
    fn cost_tol(budget: f64, s: &Scenario) -> f64 {
        let staff: f64 = s
            .groups
            .iter()
            .map(|g| g.headcount / g.current + g.headcount / g.target)
            .sum();
        1e-6 * budget.abs() + 1e-9 * staff * s.cost_per_staff_year
    }

    proptest! {
        #[test]
        fn nothing_panics_or_returns_non_finite(
            s in wild_scenario(),
            a in wild(),
            b in wild(),
            c in wild(),
            index in 0usize..6,
        ) {
            match caseload_for_budget(&s, a) {
                Ok(sol) => {
                    prop_assert!(sol.factor.is_finite() && sol.factor > 0.0);
                    prop_assert!(sol.extra_staff.is_finite());
                    prop_assert_eq!(sol.targets.len(), s.groups.len());
                    prop_assert!(sol.targets.iter().all(|t| in_range(*t)), "{:?}", sol);
                }
                Err(e) => prop_assert!(all_finite(&e), "{:?}", e),
            }
            match group_caseload_for_budget(&s, index, a) {
                Ok(sol) => {
                    prop_assert!(in_range(sol.target), "{:?}", sol);
                    prop_assert!(sol.extra_staff.is_finite());
                }
                Err(e) => prop_assert!(all_finite(&e), "{:?}", e),
            }
            for r in [budget_range_by_factor(&s), budget_range_for_group(&s, index)]
                .into_iter()
                .flatten()
            {
                prop_assert!(r.min.is_finite() && r.max.is_finite() && r.min <= r.max, "{:?}", r);
            }
            if let Ok(all) = own_break_even(&s) {
                for be in all {
                    if let BreakEven::Required { months_per_year, months_per_citizen, share, full_year_persons } = be {
                        for v in [months_per_year, months_per_citizen, share, full_year_persons] {
                            prop_assert!(v.is_finite() && v > 0.0, "{:?}", be);
                        }
                    }
                }
            }
            if let Ok(c) = check_proposal(a, &s.groups, b) {
                prop_assert!(c.extra_staff.is_finite() && c.extra_staff != 0.0);
                prop_assert!(c.implied_cost_per_staff_year.is_finite());
                prop_assert!(c.implied_cost_per_staff_year >= 0.0);
                prop_assert!(c.ratio.is_finite() && c.ratio >= 0.0);
            }
            match caseload_with_extra_staff(a, b, c) {
                Ok(t) => prop_assert!(in_range(t)),
                Err(e) => prop_assert!(all_finite(&e), "{:?}", e),
            }
            for group in [None, Some(index)] {
                if let Ok(targets) = targets_for_budget(&s, a, group) {
                    prop_assert_eq!(targets.len(), s.groups.len());
                    prop_assert!(targets.iter().all(|t| t.is_finite()), "{:?}", targets);
                }
            }
        }

        /// Solving for a budget and computing forward gives the budget back.
        #[test]
        fn factor_round_trips(s in valid_scenario(), budget in budget()) {
            if let Ok(sol) = caseload_for_budget(&s, budget) {
                let r = compute(&sol.apply(&s));
                prop_assert!(
                    (r.annual_cost - budget).abs() <= cost_tol(budget, &sol.apply(&s)),
                    "{} vs {}", r.annual_cost, budget
                );
                for (t, g) in sol.targets.iter().zip(&s.groups) {
                    prop_assert!((t / g.current - sol.factor).abs() <= 1e-9 * sol.factor);
                }
            }
        }

        /// The other way: a factor's cost solves back to that factor.
        #[test]
        fn factor_is_recovered(s in valid_scenario(), f in 0.01..10.0f64) {
            let mut s = s;
            // Move today's caseloads into the span where `f × C` is 1–1,000.
            let lo = (1.0 / f).max(1.0);
            let hi = (1000.0 / f).min(1000.0);
            for g in &mut s.groups {
                g.current = lo + (g.current - 1.0) / 999.0 * (hi - lo);
                g.target = (g.current * f).clamp(1.0, 1000.0);
            }
            prop_assume!(s.groups.iter().any(|g| g.headcount > 1e-3));
            let budget = fit_budget(&mut s);
            let sol = caseload_for_budget(&s, budget);
            prop_assert!(sol.is_ok(), "{:?}", sol);
            if let Ok(sol) = sol {
                prop_assert!((sol.factor - f).abs() <= 1e-6 * f, "{} vs {}", sol.factor, f);
            }
        }

        #[test]
        fn group_round_trips(s in valid_scenario(), index in 0usize..6, budget in budget()) {
            let index = index % s.groups.len();
            if let Ok(sol) = group_caseload_for_budget(&s, index, budget) {
                let solved = sol.apply(&s);
                let r = compute(&solved);
                prop_assert!(
                    (r.annual_cost - budget).abs() <= cost_tol(budget, &solved),
                    "{} vs {}", r.annual_cost, budget
                );
            }
        }

        /// A group's own target and cost solve back to that target.
        #[test]
        fn group_target_is_recovered(s in valid_scenario(), index in 0usize..6) {
            let mut s = s;
            let index = index % s.groups.len();
            s.groups[index].headcount += 1.0;
            let budget = fit_budget(&mut s);
            let g = &s.groups[index];
            // The target is recovered as far as its staff years stand out
            // from the rounding of the whole scenario's.
            let staff: f64 = s
                .groups
                .iter()
                .map(|g| g.headcount / g.current + g.headcount / g.target)
                .sum();
            let tol = 1e-9 * staff / (g.headcount / g.target) + 1e-9;
            match group_caseload_for_budget(&s, index, budget) {
                Ok(sol) => prop_assert!(
                    (sol.target - g.target).abs() <= tol * g.target,
                    "{} vs {}", sol.target, g.target
                ),
                // Only a target at a bound may round out of the range.
                Err(GoalError::CaseloadOutOfRange { .. }) => prop_assert!(
                    (g.target - 1.0).abs() <= tol || (g.target - 1000.0).abs() <= tol * 1000.0,
                    "target {}", g.target
                ),
                Err(e) => prop_assert!(false, "{:?}", e),
            }
        }

        /// The implied cost per staff year of our own cost is our K.
        #[test]
        fn proposal_round_trips(s in valid_scenario()) {
            let mut s = s;
            let cost = fit_budget(&mut s);
            if let Ok(c) = check_proposal(cost, &s.groups, reference_cost(2023)) {
                let k = s.cost_per_staff_year;
                prop_assert!(
                    (c.implied_cost_per_staff_year - k).abs() <= 1e-6 * k,
                    "{} vs {}", c.implied_cost_per_staff_year, k
                );
            }
        }

        /// Per-group break-even savings pay exactly for the group's staff.
        #[test]
        fn own_break_even_pays_for_itself(s in valid_scenario()) {
            let all = own_break_even(&s);
            prop_assert!(all.is_ok(), "{:?}", all);
            let r = compute(&s);
            for (be, g) in all.unwrap_or_default().iter().zip(&r.groups) {
                match *be {
                    BreakEven::Required { months_per_year, .. } => prop_assert!(
                        (months_per_year * g.net_per_month - g.annual_cost).abs()
                            <= 1e-9 * g.annual_cost.abs()
                    ),
                    BreakEven::NotNeeded(_) => prop_assert!(g.annual_cost <= 0.0),
                    BreakEven::NoBenefitSpending => prop_assert!(g.annual_cost > 0.0),
                }
            }
        }

        /// Extra staff → caseload → extra staff again.
        #[test]
        fn extra_staff_round_trips(n in 1.0..1e7f64, c in 1.0..=1000.0f64, w in -1e4..1e4f64) {
            if let Ok(t) = caseload_with_extra_staff(n, c, w) {
                let back = n / t - n / c;
                prop_assert!((back - w).abs() <= 1e-6 * w.abs() + 1e-9 * (n / c + n / t));
            }
        }
    }
}
