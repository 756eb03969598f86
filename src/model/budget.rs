//! The multi-year budget: cost, expected benefit savings and payback, year by
//! year, laid out like the budget tables in the seeds (service cost positive,
//! savings on transfers negative, "Nettovirkning", "I alt").
//!
//! The full-year figures come from [`super::calc`]: the annual staff cost `A`
//! and, per target group, its headcount `N_g` and net kr. per benefit month
//! `B_g`. The user adds an expected effect per group, as benefit months saved
//! per citizen per year `m_g` (−12–12) or as a reduction in time on benefits
//! `p_g` (−100–100 %, `m_g = 12 × p_g / 100`). The full-year saving is
//! `S = Σ_g m_g × N_g × B_g` (`B_g` is already net of state reimbursement).
//! A negative effect (citizens longer on benefits, e.g. after a cut) gives a
//! negative `S`: the savings line then shows extra benefit costs.
//!
//! Year `i` (year 1 is the start year) then shows
//!
//! - cost `= s_i × A`, where `s_i` is the share of the extra staff in place;
//! - savings `= −r_i × k_i × S`, where `r_i` is the effect ramp and `k_i` the
//!   share of a full staff's effect the caseworkers in place deliver;
//! - net `= cost + savings`, and the running total of the nets.
//!
//! Without the realism switches `s_i = r_i = k_i = 1`: every year is the
//! full-year figure, as in the seeds' tables. The switches and their exact
//! formulas are documented on [`BudgetSettings`].
//!
//! Amounts are kr., rounded to whole kroner per row, as budgets are; the UI
//! shows them in 1,000 kr. Rounding per row keeps the totals exactly the sums
//! of the rows and keeps rounding dust (a few billionths of a krone) from
//! deciding whether a proposal "pays back". Nothing here formats text.

use super::calc::{Results, MONTHS_PER_YEAR};
use super::input::FieldKind;
use super::scenario::Scenario;
use super::years::{MAX_START_YEAR, MAX_YEARS, MIN_START_YEAR, MIN_YEARS};

/// Years in the seeds' budget tables (e.g. 2023–2026).
pub const DEFAULT_YEARS: u32 = 4;

/// Share of the extra staff in place in year 1 when hiring realism is
/// switched on: recruiting takes time, so half a year's worth by default.
pub const DEFAULT_HIRING_SHARE: f64 = 0.5;
/// Share of the full effect reached in year 1, 2, … when the ramp is
/// switched on; the last value repeats for later years.
pub const DEFAULT_RAMP: [f64; 2] = [0.5, 1.0];

/// Largest annual cost (or saving) accepted, kr. Far above anything a valid
/// form can produce (20 groups × 10 mio. citizens × caseload 1,000 → 1 ×
/// 1e9 kr. a staff year ≈ 2e17), and small enough that ten years of it and
/// every sum in the table stay finite.
pub const MAX_ANNUAL_COST: f64 = 1e18;

/// Converts a reduction in time on benefits (per cent, 0–100) into benefit
/// months saved per citizen per year: `m = 12 × p / 100`.
pub fn effect_months_from_percent(percent: f64) -> f64 {
    MONTHS_PER_YEAR * percent / 100.0
}

/// Converts benefit months saved per citizen per year into a reduction in
/// time on benefits (per cent): `p = m / 12 × 100`.
pub fn percent_from_months(months: f64) -> f64 {
    months / MONTHS_PER_YEAR * 100.0
}

/// The expected effect of the change in caseload on one target group, in
/// whichever of the two forms the user gave it. Negative is longer time on
/// benefits: a higher caseload can cost benefits, not only save them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Effect {
    /// Benefit months saved per citizen per year, `m_g`, −12–12.
    MonthsPerCitizen(f64),
    /// Reduction in time on benefits, `p_g`, per cent −100–100.
    PercentReduction(f64),
}

impl Effect {
    /// No expected effect: the budget shows the cost only, as BI08 does.
    pub const NONE: Effect = Effect::MonthsPerCitizen(0.0);

    /// Benefit months saved per citizen per year.
    pub fn months_per_citizen(self) -> f64 {
        match self {
            Effect::MonthsPerCitizen(m) => m,
            Effect::PercentReduction(p) => effect_months_from_percent(p),
        }
    }

    /// The same effect as a reduction in time on benefits, per cent.
    pub fn percent(self) -> f64 {
        match self {
            Effect::MonthsPerCitizen(m) => percent_from_months(m),
            Effect::PercentReduction(p) => p,
        }
    }

    /// Inclusive bounds of the number the user gave (months −12–12, per
    /// cent −100–100), the same as the form's fields.
    pub fn range(self) -> (f64, f64) {
        match self {
            Effect::MonthsPerCitizen(_) => FieldKind::EffectMonths.range(),
            Effect::PercentReduction(_) => FieldKind::EffectPercent.range(),
        }
    }

    fn value(self) -> f64 {
        match self {
            Effect::MonthsPerCitizen(v) | Effect::PercentReduction(v) => v,
        }
    }
}

impl Default for Effect {
    fn default() -> Self {
        Effect::NONE
    }
}

/// One target group's figures for the budget.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupEffect {
    /// Full-year persons, `N_g`.
    pub headcount: f64,
    /// Gross monthly rate of the group's benefit, `R_g`, kr.
    pub monthly_rate: f64,
    /// The state's reimbursement share of it, `r_g`, 0–1.
    pub reimbursement: f64,
    pub effect: Effect,
    /// Share of the benefit months saved that reappear on another benefit,
    /// `d_g`, 0–1.
    pub displaced_share: f64,
    /// That benefit's net kr. per month, `B_to`.
    pub displaced_net_per_month: f64,
}

impl GroupEffect {
    /// Benefit months saved a year at full effect: `m_g × N_g`.
    fn months(&self) -> f64 {
        self.effect.months_per_citizen() * self.headcount
    }

    /// The municipality's net kr. per benefit month, `B_g = R_g × (1 − r_g)`.
    pub fn net_per_month(&self) -> f64 {
        super::benefit::net_per_month(self.monthly_rate, self.reimbursement)
    }

    /// Full-year saving at full effect on the group's own benefit, gross:
    /// `m_g × N_g × R_g` kr. (udgift).
    pub fn gross_saving(&self) -> f64 {
        self.months() * self.monthly_rate
    }

    /// The reimbursement the state no longer pays on those months:
    /// `m_g × N_g × R_g × r_g` kr. (indtægt).
    pub fn lost_reimbursement(&self) -> f64 {
        self.gross_saving() * self.reimbursement
    }

    /// The net cost of the months that reappear on another benefit:
    /// `m_g × N_g × d_g × B_to` kr.
    pub fn displaced_cost(&self) -> f64 {
        self.months() * self.displaced_share * self.displaced_net_per_month
    }

    /// What one benefit month less saves after displacement,
    /// `B_g − d_g × B_to`.
    pub fn net_saving_per_month(&self) -> f64 {
        self.net_per_month() - self.displaced_share * self.displaced_net_per_month
    }

    /// Full-year saving at full effect, net of reimbursement and
    /// displacement, kr.: `m_g × N_g × (B_g − d_g × B_to)`.
    pub fn full_year_saving(&self) -> f64 {
        self.gross_saving() - self.lost_reimbursement() - self.displaced_cost()
    }
}

/// The full-year figures the budget spreads over the years.
#[derive(Clone, Debug, PartialEq)]
pub struct BudgetInput {
    /// Annual staff cost at full staffing, `A`, kr.; negative is a saving.
    pub annual_cost: f64,
    pub groups: Vec<GroupEffect>,
}

impl BudgetInput {
    /// Takes the annual cost and each group's headcount and net benefit cost
    /// from the calculation, with the user's effect for group `g` at
    /// `effects[g]`. A group without an entry gets [`Effect::NONE`], so a UI
    /// that has not yet asked for effects still gets the cost-only budget.
    pub fn from_calc(scenario: &Scenario, results: &Results, effects: &[Effect]) -> BudgetInput {
        BudgetInput {
            annual_cost: results.annual_cost,
            groups: scenario
                .groups
                .iter()
                .zip(&results.groups)
                .enumerate()
                .map(|(i, (g, _))| {
                    let rate = scenario.benefit(g.benefit);
                    GroupEffect {
                        headcount: g.headcount,
                        monthly_rate: rate.monthly_rate,
                        reimbursement: rate.reimbursement,
                        effect: effects.get(i).copied().unwrap_or_default(),
                        displaced_share: g.displaced.share,
                        displaced_net_per_month: scenario.benefit(g.displaced.to).net_per_month(),
                    }
                })
                .collect(),
        }
    }

    /// Full-year saving at full effect, all groups, kr.: `S = Σ m_g × N_g × B_g`.
    pub fn full_year_saving(&self) -> f64 {
        self.groups.iter().map(GroupEffect::full_year_saving).sum()
    }

    /// Checks every figure: finite, and within the bounds that keep every
    /// output finite (headcount and amounts as the form accepts them).
    pub fn validate(&self) -> Result<(), BudgetError> {
        check(
            BudgetField::AnnualCost,
            self.annual_cost,
            (-MAX_ANNUAL_COST, MAX_ANNUAL_COST),
        )?;
        for (i, g) in self.groups.iter().enumerate() {
            check(
                BudgetField::Headcount(i),
                g.headcount,
                FieldKind::Headcount.range(),
            )?;
            check(
                BudgetField::MonthlyRate(i),
                g.monthly_rate,
                FieldKind::Money.range(),
            )?;
            check(BudgetField::Reimbursement(i), g.reimbursement, SHARE)?;
            check(BudgetField::Displaced(i), g.displaced_share, SHARE)?;
            check(
                BudgetField::DisplacedNetPerMonth(i),
                g.displaced_net_per_month,
                FieldKind::Money.range(),
            )?;
            check(BudgetField::Effect(i), g.effect.value(), g.effect.range())?;
        }
        Ok(())
    }
}

/// New caseworkers carry a lower caseload at first. DS says only that new
/// and newly qualified caseworkers should have a lower caseload for about 6
/// months ([`super::ds::CAVEATS`]); how much lower, and so the effect lost,
/// is the calculator's assumption ([`NewHires::ASSUMED`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NewHires {
    /// A new hire's caseload as a share of a full one, 0–1.
    pub caseload_share: f64,
    /// Months at that lower caseload, 0–12.
    pub months: f64,
}

impl NewHires {
    /// The calculator's assumption, not DS's: half a caseload for the first
    /// 6 months. DS gives the period (about 6 months) but no share, and half
    /// is a round, checkable middle between a full caseload and none.
    pub const ASSUMED: NewHires = NewHires {
        caseload_share: 0.5,
        months: 6.0,
    };

    /// Share of a full caseworker's yearly effect a new hire delivers in the
    /// year they start: `(months × caseload_share + (12 − months)) / 12`;
    /// 0.75 for [`NewHires::ASSUMED`].
    pub fn first_year_effect(&self) -> f64 {
        (self.months * self.caseload_share + (MONTHS_PER_YEAR - self.months)) / MONTHS_PER_YEAR
    }
}

/// How the budget is laid out, and which realism is switched on (`None` =
/// off). The formulas, for year `i` (year 1 is the start year):
///
/// - **Hiring** (`hiring = Some(h)`): the share `h` of the extra staff is in
///   place in year 1 and all of it from year 2, `s_1 = h`, `s_i = 1` after.
///   Year 1 costs `h × A`, and since the effect comes from the staff, year 1
///   also delivers only `h` of it. Off: `s_i = 1` from the start.
/// - **Effect ramp** (`ramp = Some(list)`): year `i` reaches `list[i]` of the
///   full effect, the last value repeating (`r_i`). Off: `r_i = 1`.
/// - **New hires** (`new_hires = Some(n)`): in the year a caseworker starts,
///   they deliver `f = n.first_year_effect()` of a full caseworker's effect
///   (0.75 for the assumed 6 months at half caseload), while costing a full salary.
///   The share of the extra staff starting in year `i` is `s_i − s_(i−1)`
///   (`h` in year 1, `1 − h` in year 2, none later), so the staff in place
///   deliver `k_i = s_i − (s_i − s_(i−1)) × (1 − f)`. Off: `k_i = s_i`.
///
/// Savings in year `i` are `r_i × k_i × S`. When the change is not an
/// expense (`A ≤ 0`: fewer or the same caseworkers) nobody is hired: hiring
/// and new-hire realism do not apply, every year carries the full `A` and
/// `k_i = 1`; the ramp still applies to the effect.
#[derive(Clone, Debug, PartialEq)]
pub struct BudgetSettings {
    /// First budget year, [`MIN_START_YEAR`]–[`MAX_START_YEAR`].
    pub start_year: i32,
    /// Number of years, [`MIN_YEARS`]–[`MAX_YEARS`].
    pub years: u32,
    /// Share of the extra staff in place in year 1, 0–1.
    pub hiring: Option<f64>,
    /// Share of the full effect reached in year 1, 2, …, each 0–1; at least
    /// one and at most [`MAX_YEARS`] values.
    pub ramp: Option<Vec<f64>>,
    pub new_hires: Option<NewHires>,
}

impl BudgetSettings {
    /// [`DEFAULT_YEARS`] years from `start_year`, no realism: every year is
    /// the full-year figure, as in the seeds' tables.
    pub fn new(start_year: i32) -> BudgetSettings {
        BudgetSettings {
            start_year,
            years: DEFAULT_YEARS,
            hiring: None,
            ramp: None,
            new_hires: None,
        }
    }

    /// As [`BudgetSettings::new`], with every realism switch on at its
    /// default: [`DEFAULT_HIRING_SHARE`], [`DEFAULT_RAMP`], [`NewHires::ASSUMED`].
    pub fn realistic(start_year: i32) -> BudgetSettings {
        BudgetSettings {
            hiring: Some(DEFAULT_HIRING_SHARE),
            ramp: Some(DEFAULT_RAMP.to_vec()),
            new_hires: Some(NewHires::ASSUMED),
            ..BudgetSettings::new(start_year)
        }
    }

    /// Checks the settings; the first problem found is returned.
    pub fn validate(&self) -> Result<(), BudgetError> {
        if !(MIN_START_YEAR..=MAX_START_YEAR).contains(&self.start_year) {
            return Err(BudgetError::OutOfRange {
                field: BudgetField::StartYear,
                min: f64::from(MIN_START_YEAR),
                max: f64::from(MAX_START_YEAR),
            });
        }
        if !(MIN_YEARS..=MAX_YEARS).contains(&self.years) {
            return Err(BudgetError::OutOfRange {
                field: BudgetField::Years,
                min: f64::from(MIN_YEARS),
                max: f64::from(MAX_YEARS),
            });
        }
        if let Some(h) = self.hiring {
            check(BudgetField::HiringShare, h, SHARE)?;
        }
        if let Some(ramp) = &self.ramp {
            if ramp.is_empty() {
                return Err(BudgetError::EmptyRamp);
            }
            if ramp.len() > MAX_YEARS as usize {
                return Err(BudgetError::RampTooLong {
                    max: MAX_YEARS as usize,
                });
            }
            for (i, &r) in ramp.iter().enumerate() {
                check(BudgetField::Ramp(i), r, SHARE)?;
            }
        }
        if let Some(n) = self.new_hires {
            check(BudgetField::NewHireCaseloadShare, n.caseload_share, SHARE)?;
            check(BudgetField::NewHireMonths, n.months, (0.0, MONTHS_PER_YEAR))?;
        }
        Ok(())
    }

    /// Share of the extra staff in place in year `i` (0-based), `s_i`.
    fn staff_share(&self, i: usize, adds_staff: bool) -> f64 {
        match self.hiring {
            Some(h) if adds_staff && i == 0 => h,
            _ => 1.0,
        }
    }

    /// Share of the full effect reached in year `i` (0-based), `r_i`.
    fn ramp_share(&self, i: usize) -> f64 {
        match &self.ramp {
            Some(ramp) => ramp.get(i).or(ramp.last()).copied().unwrap_or(1.0),
            None => 1.0,
        }
    }

    /// Share of a full staff's effect delivered in year `i` (0-based), `k_i`.
    fn capacity(&self, i: usize, adds_staff: bool) -> f64 {
        if !adds_staff {
            return 1.0;
        }
        let in_place = self.staff_share(i, adds_staff);
        let before = if i == 0 {
            0.0
        } else {
            self.staff_share(i - 1, adds_staff)
        };
        let starting = in_place - before;
        match self.new_hires {
            Some(n) => in_place - starting * (1.0 - n.first_year_effect()),
            None => in_place,
        }
    }
}

/// Inclusive bounds of a share.
const SHARE: (f64, f64) = (0.0, 1.0);

/// The figure a [`BudgetError`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BudgetField {
    StartYear,
    Years,
    HiringShare,
    /// The ramp value for year `index + 1`.
    Ramp(usize),
    NewHireCaseloadShare,
    NewHireMonths,
    AnnualCost,
    /// Group `index`'s headcount.
    Headcount(usize),
    /// Group `index`'s gross monthly benefit rate.
    MonthlyRate(usize),
    /// Group `index`'s reimbursement share.
    Reimbursement(usize),
    /// Group `index`'s displaced share.
    Displaced(usize),
    /// The net kr. per month of the benefit group `index` is displaced to.
    DisplacedNetPerMonth(usize),
    /// Group `index`'s expected effect (months or per cent, as given).
    Effect(usize),
}

/// Why a budget cannot be computed. The UI turns it into a sentence next to
/// the field it names.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BudgetError {
    /// NaN or infinite.
    NotFinite(BudgetField),
    /// Outside the field's inclusive bounds.
    OutOfRange {
        field: BudgetField,
        min: f64,
        max: f64,
    },
    /// The effect ramp is switched on but has no values.
    EmptyRamp,
    /// More ramp values than a budget can have years.
    RampTooLong { max: usize },
}

fn check(field: BudgetField, value: f64, (min, max): (f64, f64)) -> Result<(), BudgetError> {
    if !value.is_finite() {
        Err(BudgetError::NotFinite(field))
    } else if value < min || value > max {
        Err(BudgetError::OutOfRange { field, min, max })
    } else {
        Ok(())
    }
}

/// One column of the budget table: one year.
#[derive(Clone, Debug, PartialEq)]
pub struct BudgetYear {
    pub year: i32,
    /// Share of the extra staff in place, `s_i` (0–1).
    pub staff_share: f64,
    /// Share of the full-year benefit saving reached, `r_i × k_i` (0–1).
    pub effect_share: f64,
    /// Staff cost (service), kr.; positive is an expense.
    pub cost: f64,
    /// Benefits no longer paid, gross (overførsler, udgift), kr.; negative.
    pub benefits_gross: f64,
    /// The state's reimbursement of those benefits, no longer received
    /// (overførsler, indtægt), kr.; positive.
    pub reimbursement: f64,
    /// Net cost of the months that reappear on other benefits
    /// (fortrængning), kr.; positive.
    pub displaced: f64,
    /// Benefit savings net (transfers: `benefits_gross + reimbursement +
    /// displaced`), kr.; negative, as in budget tables, and positive (extra
    /// benefit costs) when the expected effect is negative.
    pub savings: f64,
    /// Nettovirkning, `cost + savings`; negative is a net saving.
    pub net: f64,
    /// Running total of `net` up to and including this year.
    pub cumulative: f64,
}

/// The multi-year budget.
#[derive(Clone, Debug, PartialEq)]
pub struct Budget {
    pub rows: Vec<BudgetYear>,
    /// "I alt" of each line: the sums of the rows.
    pub total_cost: f64,
    pub total_benefits_gross: f64,
    pub total_reimbursement: f64,
    pub total_displaced: f64,
    pub total_savings: f64,
    pub total_net: f64,
    /// The payback year: the first year from which the running total is 0
    /// or below for the rest of the budget; `None` when the proposal does not
    /// pay back within the budget's years. "For the rest of the budget"
    /// matters only in odd cases: nobody hired in year 1 (a running total of
    /// 0 before any money is spent) or a ramp that falls (ahead one year,
    /// behind the next); there the first dip is not a payback. A change that
    /// never costs more than it saves pays back in its first year.
    pub payback_year: Option<i32>,
}

/// What the budget says about paying back: one verdict for the result
/// panel, the budget table, the payback chart and the comparison.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Payback {
    /// No expected effect was entered for a proposal that costs money, so
    /// "does not pay back" would say nothing.
    NoEffectGiven,
    /// Paid back in this year (see [`Budget::payback_year`]).
    In(i32),
    /// Not paid back within the budget's number of years.
    NotWithin(u32),
}

/// The budget's answer to "what does the expected effect bring?", for the
/// result panel: present only when an effect was entered.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EffectOutcome {
    pub payback: Payback,
    /// Net effect over all the budget's years, kr.; negative is a saving.
    pub total_net: f64,
    pub first_year: i32,
    pub last_year: i32,
}

impl Budget {
    pub fn effect_outcome(&self) -> Option<EffectOutcome> {
        let (first, last) = (self.rows.first()?, self.rows.last()?);
        (self.total_savings != 0.0).then_some(EffectOutcome {
            payback: self.payback(),
            total_net: self.total_net,
            first_year: first.year,
            last_year: last.year,
        })
    }

    pub fn payback(&self) -> Payback {
        if self.total_savings == 0.0 && self.total_cost > 0.0 {
            return Payback::NoEffectGiven;
        }
        match self.payback_year {
            Some(year) => Payback::In(year),
            None => Payback::NotWithin(u32::try_from(self.rows.len()).unwrap_or(u32::MAX)),
        }
    }
}

/// Builds the budget table: validates the settings and the input, then
/// spreads the full-year cost and saving over the years (see
/// [`BudgetSettings`] for the formulas). Never panics; for valid input every
/// amount is finite.
pub fn budget(input: &BudgetInput, settings: &BudgetSettings) -> Result<Budget, BudgetError> {
    settings.validate()?;
    input.validate()?;
    let a = input.annual_cost;
    let gross: f64 = input.groups.iter().map(GroupEffect::gross_saving).sum();
    let refund: f64 = input
        .groups
        .iter()
        .map(GroupEffect::lost_reimbursement)
        .sum();
    let displaced_full: f64 = input.groups.iter().map(GroupEffect::displaced_cost).sum();
    let adds_staff = a > 0.0;
    let mut rows = Vec::with_capacity(settings.years as usize);
    let mut cumulative = 0.0;
    for (i, year) in (settings.start_year..)
        .take(settings.years as usize)
        .enumerate()
    {
        let staff_share = no_negative_zero(settings.staff_share(i, adds_staff));
        let effect_share =
            no_negative_zero(settings.ramp_share(i) * settings.capacity(i, adds_staff));
        let cost = whole_kr(staff_share * a);
        let benefits_gross = whole_kr(-effect_share * gross);
        let reimbursement = whole_kr(effect_share * refund);
        let displaced = whole_kr(effect_share * displaced_full);
        // The net transfers line is the sum of its three printed parts, so
        // the table adds up as shown.
        let savings = no_negative_zero(benefits_gross + reimbursement + displaced);
        let net = no_negative_zero(cost + savings);
        cumulative = no_negative_zero(cumulative + net);
        rows.push(BudgetYear {
            year,
            staff_share,
            effect_share,
            cost,
            benefits_gross,
            reimbursement,
            displaced,
            savings,
            net,
            cumulative,
        });
    }
    let sum = |f: fn(&BudgetYear) -> f64| no_negative_zero(rows.iter().map(f).sum());
    Ok(Budget {
        total_cost: sum(|r| r.cost),
        total_benefits_gross: sum(|r| r.benefits_gross),
        total_reimbursement: sum(|r| r.reimbursement),
        total_displaced: sum(|r| r.displaced),
        total_savings: sum(|r| r.savings),
        total_net: sum(|r| r.net),
        payback_year: payback_year(&rows),
        rows,
    })
}

/// The first year after the last one whose running total is above 0.
fn payback_year(rows: &[BudgetYear]) -> Option<i32> {
    match rows.iter().rposition(|r| r.cumulative > 0.0) {
        None => rows.first(),
        Some(i) => rows.get(i + 1),
    }
    .map(|r| r.year)
}

/// Rounds to whole kroner, as budgets are, so sums of rows are exact.
fn whole_kr(x: f64) -> f64 {
    no_negative_zero(x.round())
}

/// Turns -0 into 0 so it never reaches the page as "-0".
fn no_negative_zero(x: f64) -> f64 {
    if x == 0.0 {
        0.0
    } else {
        x
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One group whose full-year saving is `m × 100 × 10,000` kr.: 1 mio. kr.
    /// per benefit month saved per citizen.
    fn one_group(effect: Effect) -> Vec<GroupEffect> {
        vec![GroupEffect {
            headcount: 100.0,
            monthly_rate: 10_000.0,
            reimbursement: 0.0,
            displaced_share: 0.0,
            displaced_net_per_month: 0.0,
            effect,
        }]
    }

    fn settings(
        start_year: i32,
        years: u32,
        hiring: Option<f64>,
        ramp: Option<&[f64]>,
        new_hires: Option<NewHires>,
    ) -> BudgetSettings {
        BudgetSettings {
            start_year,
            years,
            hiring,
            ramp: ramp.map(<[f64]>::to_vec),
            new_hires,
        }
    }

    struct Case {
        name: &'static str,
        annual_cost: f64,
        groups: Vec<GroupEffect>,
        settings: BudgetSettings,
        /// (cost, savings, net, cumulative) per year, kr.
        rows: &'static [[f64; 4]],
        payback: Option<i32>,
    }

    fn cases() -> Vec<Case> {
        use Effect::*;
        vec![
            Case {
                // Seed 000, table 2: 11.340 a year 2023–2026, 45.360 in all
                // (1,000 kr., 2023 p/l). No effect is budgeted.
                name: "Copenhagen BI08",
                annual_cost: 11_340_000.0,
                groups: [1400.0, 3000.0, 250.0, 350.0]
                    .iter()
                    .map(|&headcount| GroupEffect {
                        headcount,
                        monthly_rate: 15_774.0,
                        reimbursement: 0.0,
                        displaced_share: 0.0,
                        displaced_net_per_month: 0.0,
                        effect: Effect::NONE,
                    })
                    .collect(),
                settings: BudgetSettings::new(2023),
                rows: &[
                    [11_340_000.0, 0.0, 11_340_000.0, 11_340_000.0],
                    [11_340_000.0, 0.0, 11_340_000.0, 22_680_000.0],
                    [11_340_000.0, 0.0, 11_340_000.0, 34_020_000.0],
                    [11_340_000.0, 0.0, 11_340_000.0, 45_360_000.0],
                ],
                payback: None,
            },
            Case {
                // Seed 003: 2 staff years 800,000 kr., 1.2 mio. less
                // sygedagpenge, net −400 a year 2021–2024. 10 % of 100
                // full-year persons at 10,000 kr. net a month:
                // 1.2 months × 100 × 10,000 = 1,200,000.
                name: "Faxe retention consultants",
                annual_cost: 800_000.0,
                groups: one_group(PercentReduction(10.0)),
                settings: BudgetSettings::new(2021),
                rows: &[
                    [800_000.0, -1_200_000.0, -400_000.0, -400_000.0],
                    [800_000.0, -1_200_000.0, -400_000.0, -800_000.0],
                    [800_000.0, -1_200_000.0, -400_000.0, -1_200_000.0],
                    [800_000.0, -1_200_000.0, -400_000.0, -1_600_000.0],
                ],
                payback: Some(2021),
            },
            Case {
                // The same with the saving split over two groups given in the
                // two forms: 0.6 months × 100 × 10,000 = 600,000, and 5 % =
                // 0.6 months × 50 × 20,000 = 600,000.
                name: "Faxe, two groups",
                annual_cost: 800_000.0,
                groups: vec![
                    GroupEffect {
                        headcount: 100.0,
                        monthly_rate: 10_000.0,
                        reimbursement: 0.0,
                        displaced_share: 0.0,
                        displaced_net_per_month: 0.0,
                        effect: MonthsPerCitizen(0.6),
                    },
                    GroupEffect {
                        headcount: 50.0,
                        monthly_rate: 20_000.0,
                        reimbursement: 0.0,
                        displaced_share: 0.0,
                        displaced_net_per_month: 0.0,
                        effect: PercentReduction(5.0),
                    },
                ],
                settings: settings(2021, 1, None, None, None),
                rows: &[[800_000.0, -1_200_000.0, -400_000.0, -400_000.0]],
                payback: Some(2021),
            },
            Case {
                // Hiring 50 %: year 1 costs 500,000 and delivers half of the
                // 1.5 mio. saving (−750,000): net −250,000; then 1 mio.,
                // −1.5 mio., −500,000 a year.
                name: "hiring 50 %",
                annual_cost: 1_000_000.0,
                groups: one_group(MonthsPerCitizen(1.5)),
                settings: settings(2024, 3, Some(0.5), None, None),
                rows: &[
                    [500_000.0, -750_000.0, -250_000.0, -250_000.0],
                    [1_000_000.0, -1_500_000.0, -500_000.0, -750_000.0],
                    [1_000_000.0, -1_500_000.0, -500_000.0, -1_250_000.0],
                ],
                payback: Some(2024),
            },
            Case {
                // Ramp 50/100: full cost from year 1, half of the 1.5 mio.
                // saving in year 1: net +250,000, then −500,000: the running
                // total turns to −250,000 in year 2.
                name: "ramp 50/100",
                annual_cost: 1_000_000.0,
                groups: one_group(MonthsPerCitizen(1.5)),
                settings: settings(2024, 3, None, Some(&[0.5, 1.0]), None),
                rows: &[
                    [1_000_000.0, -750_000.0, 250_000.0, 250_000.0],
                    [1_000_000.0, -1_500_000.0, -500_000.0, -250_000.0],
                    [1_000_000.0, -1_500_000.0, -500_000.0, -750_000.0],
                ],
                payback: Some(2025),
            },
            Case {
                // New hires only: everyone starts in year 1 and delivers
                // (6 × 0.5 + 6) / 12 = 75 % of the 2 mio. saving: −1.5 mio.
                name: "new hires, the calculator's assumption",
                annual_cost: 1_000_000.0,
                groups: one_group(MonthsPerCitizen(2.0)),
                settings: settings(2024, 2, None, None, Some(NewHires::ASSUMED)),
                rows: &[
                    [1_000_000.0, -1_500_000.0, -500_000.0, -500_000.0],
                    [1_000_000.0, -2_000_000.0, -1_000_000.0, -1_500_000.0],
                ],
                payback: Some(2024),
            },
            Case {
                // All three at their defaults, A = 1 mio., S = 2 mio.
                // Year 1: s = 0.5, cost 500,000; all 0.5 are new:
                //   k = 0.5 − 0.5 × 0.25 = 0.375; r = 0.5; effect 0.1875
                //   → −375,000; net +125,000.
                // Year 2: s = 1, cost 1 mio.; 0.5 new: k = 1 − 0.5 × 0.25 =
                //   0.875; r = 1 → −1,750,000; net −750,000; total −625,000.
                // Years 3–4: −1 mio. net each.
                // I alt: cost 3.5 mio., savings −6.125 mio., net −2.625 mio.
                name: "all realism, defaults",
                annual_cost: 1_000_000.0,
                groups: one_group(MonthsPerCitizen(2.0)),
                settings: BudgetSettings::realistic(2024),
                rows: &[
                    [500_000.0, -375_000.0, 125_000.0, 125_000.0],
                    [1_000_000.0, -1_750_000.0, -750_000.0, -625_000.0],
                    [1_000_000.0, -2_000_000.0, -1_000_000.0, -1_625_000.0],
                    [1_000_000.0, -2_000_000.0, -1_000_000.0, -2_625_000.0],
                ],
                payback: Some(2025),
            },
            Case {
                // Nobody hired in year 1: no cost, no effect. Year 2 everyone
                // starts: k = 1 − 1 × 0.25 = 0.75 → −900,000 of 1.2 mio.
                name: "hiring 0 % with new hires",
                annual_cost: 800_000.0,
                groups: one_group(PercentReduction(10.0)),
                settings: settings(2021, 3, Some(0.0), None, Some(NewHires::ASSUMED)),
                rows: &[
                    [0.0, 0.0, 0.0, 0.0],
                    [800_000.0, -900_000.0, -100_000.0, -100_000.0],
                    [800_000.0, -1_200_000.0, -400_000.0, -500_000.0],
                ],
                payback: Some(2021),
            },
            Case {
                // Nobody hired in year 1 and no effect: the running total is
                // 0 before any money is spent, which is not a payback.
                name: "hiring 0 %, no effect",
                annual_cost: 800_000.0,
                groups: one_group(Effect::NONE),
                settings: settings(2021, 3, Some(0.0), None, None),
                rows: &[
                    [0.0, 0.0, 0.0, 0.0],
                    [800_000.0, 0.0, 800_000.0, 800_000.0],
                    [800_000.0, 0.0, 800_000.0, 1_600_000.0],
                ],
                payback: None,
            },
            Case {
                // A falling ramp, 60 % then 10 % of 2 mio.: ahead after year
                // 1 (−200,000), behind from year 2: no payback.
                name: "falling ramp",
                annual_cost: 1_000_000.0,
                groups: one_group(MonthsPerCitizen(2.0)),
                settings: settings(2021, 3, None, Some(&[0.6, 0.1]), None),
                rows: &[
                    [1_000_000.0, -1_200_000.0, -200_000.0, -200_000.0],
                    [1_000_000.0, -200_000.0, 800_000.0, 600_000.0],
                    [1_000_000.0, -200_000.0, 800_000.0, 1_400_000.0],
                ],
                payback: None,
            },
            Case {
                // The ramp's last value repeats: 20 %, 60 %, 60 %, 60 % of
                // 1 mio.
                name: "ramp repeats its last value",
                annual_cost: 500_000.0,
                groups: one_group(MonthsPerCitizen(1.0)),
                settings: settings(2030, 4, None, Some(&[0.2, 0.6]), None),
                rows: &[
                    [500_000.0, -200_000.0, 300_000.0, 300_000.0],
                    [500_000.0, -600_000.0, -100_000.0, 200_000.0],
                    [500_000.0, -600_000.0, -100_000.0, 100_000.0],
                    [500_000.0, -600_000.0, -100_000.0, 0.0],
                ],
                payback: Some(2033),
            },
            Case {
                // A saving (target above today's caseload): hiring and
                // new-hire realism do not apply, the full −1 mio. every year;
                // the ramp still applies to the 400,000 effect.
                name: "negative cost with realism",
                annual_cost: -1_000_000.0,
                groups: one_group(MonthsPerCitizen(0.4)),
                settings: settings(
                    2025,
                    2,
                    Some(0.5),
                    Some(&[0.5, 1.0]),
                    Some(NewHires::ASSUMED),
                ),
                rows: &[
                    [-1_000_000.0, -200_000.0, -1_200_000.0, -1_200_000.0],
                    [-1_000_000.0, -400_000.0, -1_400_000.0, -2_600_000.0],
                ],
                payback: Some(2025),
            },
            Case {
                // Nothing changes: all zeros (never "-0"), and a proposal
                // that costs nothing pays back at once.
                name: "zero cost, zero effect",
                annual_cost: 0.0,
                groups: one_group(Effect::NONE),
                settings: BudgetSettings::realistic(2023),
                rows: &[[0.0; 4], [0.0; 4], [0.0; 4], [0.0; 4]],
                payback: Some(2023),
            },
            Case {
                // Zero cost with an effect: nobody is hired, so only the
                // ramp applies.
                name: "zero cost with effect",
                annual_cost: 0.0,
                groups: one_group(MonthsPerCitizen(0.1)),
                settings: settings(2023, 2, Some(0.5), Some(&[0.5]), Some(NewHires::ASSUMED)),
                rows: &[
                    [0.0, -50_000.0, -50_000.0, -50_000.0],
                    [0.0, -50_000.0, -50_000.0, -100_000.0],
                ],
                payback: Some(2023),
            },
            Case {
                // A cut saving 1 mio. a year in staff, with citizens 0.5
                // months longer on benefits: 0.5 × 100 × 10,000 = 500,000 kr.
                // of extra benefits a year (positive on the savings line).
                // Hiring and new hires do not apply to a cut; the ramp does.
                name: "a cut with a negative effect",
                annual_cost: -1_000_000.0,
                groups: one_group(MonthsPerCitizen(-0.5)),
                settings: settings(
                    2027,
                    2,
                    Some(0.5),
                    Some(&[0.5, 1.0]),
                    Some(NewHires::ASSUMED),
                ),
                rows: &[
                    [-1_000_000.0, 250_000.0, -750_000.0, -750_000.0],
                    [-1_000_000.0, 500_000.0, -500_000.0, -1_250_000.0],
                ],
                payback: Some(2027),
            },
            Case {
                // An extra cost and a negative effect in per cent: −10 % of
                // 100 full-year persons at 10,000 kr. = 1.2 mio. more a year.
                name: "a negative effect in per cent costs benefits",
                annual_cost: 800_000.0,
                groups: one_group(PercentReduction(-10.0)),
                settings: BudgetSettings::new(2021),
                rows: &[
                    [800_000.0, 1_200_000.0, 2_000_000.0, 2_000_000.0],
                    [800_000.0, 1_200_000.0, 2_000_000.0, 4_000_000.0],
                    [800_000.0, 1_200_000.0, 2_000_000.0, 6_000_000.0],
                    [800_000.0, 1_200_000.0, 2_000_000.0, 8_000_000.0],
                ],
                payback: None,
            },
            Case {
                // A cost and no effect over the longest budget: 10 × 250,000.
                name: "10 years, no effect",
                annual_cost: 250_000.0,
                groups: vec![],
                settings: settings(2100, 10, None, None, None),
                rows: &[
                    [250_000.0, 0.0, 250_000.0, 250_000.0],
                    [250_000.0, 0.0, 250_000.0, 500_000.0],
                    [250_000.0, 0.0, 250_000.0, 750_000.0],
                    [250_000.0, 0.0, 250_000.0, 1_000_000.0],
                    [250_000.0, 0.0, 250_000.0, 1_250_000.0],
                    [250_000.0, 0.0, 250_000.0, 1_500_000.0],
                    [250_000.0, 0.0, 250_000.0, 1_750_000.0],
                    [250_000.0, 0.0, 250_000.0, 2_000_000.0],
                    [250_000.0, 0.0, 250_000.0, 2_250_000.0],
                    [250_000.0, 0.0, 250_000.0, 2_500_000.0],
                ],
                payback: None,
            },
            Case {
                // Whole kroner: 1/3 month × 100 × 10,000 = 333,333.33… →
                // 333,333; the cost 0.4 kr. rounds to 0.
                name: "rounding to whole kroner",
                annual_cost: 0.4,
                groups: one_group(MonthsPerCitizen(1.0 / 3.0)),
                settings: settings(2023, 1, None, None, None),
                rows: &[[0.0, -333_333.0, -333_333.0, -333_333.0]],
                payback: Some(2023),
            },
        ]
    }

    #[test]
    fn hand_checked_table() {
        for c in cases() {
            let input = BudgetInput {
                annual_cost: c.annual_cost,
                groups: c.groups.clone(),
            };
            let b = budget(&input, &c.settings).unwrap_or_else(|e| panic!("{}: {e:?}", c.name));
            assert_eq!(b.rows.len(), c.rows.len(), "{}", c.name);
            for (i, (row, want)) in b.rows.iter().zip(c.rows).enumerate() {
                let got = [row.cost, row.savings, row.net, row.cumulative];
                assert_eq!(&got, want, "{}: year {}", c.name, i + 1);
                assert_eq!(row.year, c.settings.start_year + i as i32, "{}", c.name);
                for v in got {
                    // Never "-0" on the page.
                    assert!(v != 0.0 || v.is_sign_positive(), "{}: -0", c.name);
                }
            }
            let sum = |k: usize| c.rows.iter().map(|r| r[k]).sum::<f64>();
            assert_eq!(b.total_cost, sum(0), "{}", c.name);
            assert_eq!(b.total_savings, sum(1), "{}", c.name);
            assert_eq!(b.total_net, sum(2), "{}", c.name);
            assert_eq!(b.payback_year, c.payback, "{}", c.name);
        }
    }

    #[test]
    fn payback_verdict_names_the_year_or_why_there_is_none() {
        // (annual cost, months saved per citizen) → verdict over 2027–2030;
        // one group saving 1 mio. kr. a year per month.
        let cases = [
            (800_000.0, 1.0, Payback::In(2027)),
            (800_000.0, 0.5, Payback::NotWithin(4)),
            (800_000.0, 0.0, Payback::NoEffectGiven),
            // A cut with no effect given costs nothing: paid back at once.
            (-800_000.0, 0.0, Payback::In(2027)),
            // A negative effect on a cut can still leave a saving.
            (-800_000.0, -0.5, Payback::In(2027)),
        ];
        for (annual_cost, months, want) in cases {
            let input = BudgetInput {
                annual_cost,
                groups: one_group(Effect::MonthsPerCitizen(months)),
            };
            let b = budget(&input, &BudgetSettings::new(2027)).unwrap();
            assert_eq!(b.payback(), want, "{annual_cost} {months}");
            // The result panel's summary: only with an effect, over 2027–2030.
            let outcome = b.effect_outcome();
            assert_eq!(outcome.is_some(), months != 0.0, "{annual_cost} {months}");
            if let Some(o) = outcome {
                assert_eq!((o.payback, o.total_net), (want, b.total_net));
                assert_eq!((o.first_year, o.last_year), (2027, 2030));
            }
        }
    }

    #[test]
    fn seed_totals_in_thousands() {
        // BI08's "I alt" 45.360 (1,000 kr.) over 2023–2026.
        let input = BudgetInput {
            annual_cost: 11_340_000.0,
            groups: vec![],
        };
        let b = budget(&input, &BudgetSettings::new(2023)).unwrap();
        assert_eq!(b.total_cost / 1000.0, 45_360.0);
        assert_eq!(b.rows.last().map(|r| r.year), Some(2026));
        // Faxe's net −400 (1,000 kr.) a year.
        let input = BudgetInput {
            annual_cost: 800_000.0,
            groups: one_group(Effect::MonthsPerCitizen(1.2)),
        };
        let b = budget(&input, &BudgetSettings::new(2021)).unwrap();
        assert!(b.rows.iter().all(|r| r.net / 1000.0 == -400.0));
    }

    #[test]
    fn shares_shown_per_year() {
        let input = BudgetInput {
            annual_cost: 1_000_000.0,
            groups: one_group(Effect::MonthsPerCitizen(2.0)),
        };
        let b = budget(&input, &BudgetSettings::realistic(2024)).unwrap();
        let shares: Vec<(f64, f64)> = b
            .rows
            .iter()
            .map(|r| (r.staff_share, r.effect_share))
            .collect();
        assert_eq!(
            shares,
            [(0.5, 0.1875), (1.0, 0.875), (1.0, 1.0), (1.0, 1.0)]
        );
    }

    #[test]
    fn negative_zero_share_is_shown_as_zero() {
        // Found by proptest: a hiring share of -0 (a valid 0) must not show
        // as "-0 %" in year 1.
        let input = BudgetInput {
            annual_cost: 1e-200,
            groups: one_group(Effect::MonthsPerCitizen(1.0)),
        };
        let s = BudgetSettings {
            years: 1,
            hiring: Some(-0.0),
            new_hires: Some(NewHires::ASSUMED),
            ..BudgetSettings::new(2000)
        };
        let b = budget(&input, &s).unwrap();
        let r = &b.rows[0];
        for v in [r.staff_share, r.effect_share, r.cost, r.savings, r.net] {
            assert_eq!(v.to_bits(), 0.0f64.to_bits());
        }
    }

    #[test]
    fn conversions() {
        let cases: &[(f64, f64)] = &[
            (0.0, 0.0),
            (10.0, 1.2),
            (50.0, 6.0),
            (100.0, 12.0),
            (25.0, 3.0),
        ];
        for &(percent, months) in cases {
            assert!((effect_months_from_percent(percent) - months).abs() < 1e-12);
            assert!((percent_from_months(months) - percent).abs() < 1e-12);
            assert!(
                (Effect::PercentReduction(percent).months_per_citizen() - months).abs() < 1e-12
            );
            assert!((Effect::MonthsPerCitizen(months).percent() - percent).abs() < 1e-12);
        }
        assert_eq!(NewHires::ASSUMED.first_year_effect(), 0.75);
        let none = NewHires {
            caseload_share: 0.0,
            months: 12.0,
        };
        assert_eq!(none.first_year_effect(), 0.0);
        let full = NewHires {
            caseload_share: 0.3,
            months: 0.0,
        };
        assert_eq!(full.first_year_effect(), 1.0);
    }

    #[test]
    fn typed_errors() {
        use BudgetError::*;
        use BudgetField::{
            AnnualCost, Headcount, HiringShare, MonthlyRate, NewHireCaseloadShare, NewHireMonths,
            Ramp, StartYear, Years,
        };
        let ok_input = BudgetInput {
            annual_cost: 1.0,
            groups: one_group(Effect::NONE),
        };
        let base = BudgetSettings::new(2023);
        let oor = |field, min, max| OutOfRange { field, min, max };
        let setting_cases: Vec<(BudgetSettings, BudgetError)> = vec![
            (
                BudgetSettings {
                    years: 0,
                    ..base.clone()
                },
                oor(Years, 1.0, 10.0),
            ),
            (
                BudgetSettings {
                    years: 11,
                    ..base.clone()
                },
                oor(Years, 1.0, 10.0),
            ),
            (BudgetSettings::new(1999), oor(StartYear, 2000.0, 2100.0)),
            (BudgetSettings::new(2101), oor(StartYear, 2000.0, 2100.0)),
            (
                BudgetSettings::new(i32::MIN),
                oor(StartYear, 2000.0, 2100.0),
            ),
            (
                BudgetSettings {
                    hiring: Some(1.5),
                    ..base.clone()
                },
                oor(HiringShare, 0.0, 1.0),
            ),
            (
                BudgetSettings {
                    hiring: Some(-0.1),
                    ..base.clone()
                },
                oor(HiringShare, 0.0, 1.0),
            ),
            (
                BudgetSettings {
                    hiring: Some(f64::NAN),
                    ..base.clone()
                },
                NotFinite(HiringShare),
            ),
            (
                BudgetSettings {
                    ramp: Some(vec![]),
                    ..base.clone()
                },
                EmptyRamp,
            ),
            (
                BudgetSettings {
                    ramp: Some(vec![0.5; 11]),
                    ..base.clone()
                },
                RampTooLong { max: 10 },
            ),
            (
                BudgetSettings {
                    ramp: Some(vec![0.5, 1.01]),
                    ..base.clone()
                },
                oor(Ramp(1), 0.0, 1.0),
            ),
            (
                BudgetSettings {
                    ramp: Some(vec![f64::INFINITY]),
                    ..base.clone()
                },
                NotFinite(Ramp(0)),
            ),
            (
                BudgetSettings {
                    new_hires: Some(NewHires {
                        caseload_share: 2.0,
                        months: 6.0,
                    }),
                    ..base.clone()
                },
                oor(NewHireCaseloadShare, 0.0, 1.0),
            ),
            (
                BudgetSettings {
                    new_hires: Some(NewHires {
                        caseload_share: 0.5,
                        months: 13.0,
                    }),
                    ..base.clone()
                },
                oor(NewHireMonths, 0.0, 12.0),
            ),
        ];
        for (s, want) in setting_cases {
            assert_eq!(budget(&ok_input, &s), Err(want), "{s:?}");
        }
        let g = |headcount, net_per_month, effect| GroupEffect {
            headcount,
            monthly_rate: net_per_month,
            reimbursement: 0.0,
            displaced_share: 0.0,
            displaced_net_per_month: 0.0,
            effect,
        };
        let input_cases: Vec<(f64, GroupEffect, BudgetError)> = vec![
            (f64::NAN, g(1.0, 1.0, Effect::NONE), NotFinite(AnnualCost)),
            (
                1e19,
                g(1.0, 1.0, Effect::NONE),
                oor(AnnualCost, -1e18, 1e18),
            ),
            (
                -1e19,
                g(1.0, 1.0, Effect::NONE),
                oor(AnnualCost, -1e18, 1e18),
            ),
            (1.0, g(-1.0, 1.0, Effect::NONE), oor(Headcount(1), 0.0, 1e7)),
            (
                1.0,
                g(1.0, f64::NEG_INFINITY, Effect::NONE),
                NotFinite(MonthlyRate(1)),
            ),
            (
                1.0,
                g(1.0, 2e9, Effect::NONE),
                oor(MonthlyRate(1), 0.0, 1e9),
            ),
            (
                1.0,
                g(1.0, 1.0, Effect::MonthsPerCitizen(12.5)),
                oor(BudgetField::Effect(1), -12.0, 12.0),
            ),
            (
                1.0,
                g(1.0, 1.0, Effect::MonthsPerCitizen(-12.5)),
                oor(BudgetField::Effect(1), -12.0, 12.0),
            ),
            (
                1.0,
                g(1.0, 1.0, Effect::PercentReduction(-101.0)),
                oor(BudgetField::Effect(1), -100.0, 100.0),
            ),
            (
                1.0,
                g(1.0, 1.0, Effect::PercentReduction(f64::NAN)),
                NotFinite(BudgetField::Effect(1)),
            ),
        ];
        for (annual_cost, bad, want) in input_cases {
            // The bad group is the second, so the index is reported.
            let input = BudgetInput {
                annual_cost,
                groups: vec![g(1.0, 1.0, Effect::NONE), bad],
            };
            assert_eq!(budget(&input, &base), Err(want), "{input:?}");
        }
        // Ramp entries beyond the budget's years are still checked, and extra
        // valid ones are ignored.
        let long = BudgetSettings {
            years: 1,
            ramp: Some(vec![0.25, 0.5, 1.0]),
            ..base.clone()
        };
        let b = budget(&ok_input, &long).unwrap();
        assert_eq!(b.rows.len(), 1);
        assert_eq!(b.rows[0].effect_share, 0.25);
    }

    #[test]
    fn from_calc_takes_headcount_and_net_rate() {
        use crate::model::calc::compute;
        use crate::model::kind::BenefitKind;
        use crate::model::scenario::{BenefitRate, Displacement, Group};
        let scenario = Scenario {
            groups: vec![
                Group {
                    name: "A".into(),
                    headcount: 100.0,
                    current: 50.0,
                    target: 25.0,
                    benefit: BenefitKind::Sygedagpenge,
                    displaced: Displacement::none(BenefitKind::Sygedagpenge),
                },
                Group {
                    name: "B".into(),
                    headcount: 50.0,
                    current: 50.0,
                    target: 25.0,
                    benefit: BenefitKind::Kontanthjaelp,
                    displaced: Displacement::none(BenefitKind::Kontanthjaelp),
                },
            ],
            cost_per_staff_year: 400_000.0,
            benefits: [
                BenefitRate {
                    monthly_rate: 12_500.0,
                    reimbursement: 0.2,
                },
                BenefitRate {
                    monthly_rate: 0.0,
                    reimbursement: 0.0,
                },
                BenefitRate {
                    monthly_rate: 10_000.0,
                    reimbursement: 0.5,
                },
                BenefitRate {
                    monthly_rate: 0.0,
                    reimbursement: 0.0,
                },
                BenefitRate {
                    monthly_rate: 0.0,
                    reimbursement: 0.0,
                },
                BenefitRate {
                    monthly_rate: 0.0,
                    reimbursement: 0.0,
                },
            ],
        };
        let results = compute(&scenario);
        // Only the first group has an effect: 1 month × 100 × 10,000 kr.
        let input = BudgetInput::from_calc(&scenario, &results, &[Effect::MonthsPerCitizen(1.0)]);
        assert_eq!(
            input,
            BudgetInput {
                annual_cost: 1_200_000.0,
                groups: vec![
                    GroupEffect {
                        headcount: 100.0,
                        monthly_rate: 12_500.0,
                        reimbursement: 0.2,
                        displaced_share: 0.0,
                        displaced_net_per_month: 0.0,
                        effect: Effect::MonthsPerCitizen(1.0),
                    },
                    GroupEffect {
                        headcount: 50.0,
                        monthly_rate: 10_000.0,
                        reimbursement: 0.5,
                        displaced_share: 0.0,
                        displaced_net_per_month: 0.0,
                        effect: Effect::NONE,
                    },
                ],
            }
        );
        assert_eq!(input.full_year_saving(), 1_000_000.0);
        let b = budget(&input, &BudgetSettings::new(2023)).unwrap();
        assert_eq!(b.total_net, 4.0 * 200_000.0);
        assert_eq!(b.payback_year, None);
        // The transfers as the seeds show them: benefits gross (udgift) and
        // the reimbursement no longer received (indtægt) apart.
        let y = &b.rows[0];
        assert_eq!(
            [y.benefits_gross, y.reimbursement, y.displaced, y.savings],
            [-1_250_000.0, 250_000.0, 0.0, -1_000_000.0]
        );
    }

    #[test]
    fn displacement_lowers_the_saving_by_exactly_the_displaced_cost() {
        // 100 citizens save 1 month each (12,500 kr. gross, 20 % reimbursed:
        // 10,000 net). A share d of those months reappears on a benefit
        // costing 6,000 kr. net: the saving falls by 100 × d × 6,000.
        let group = |d: f64| GroupEffect {
            headcount: 100.0,
            monthly_rate: 12_500.0,
            reimbursement: 0.2,
            effect: Effect::MonthsPerCitizen(1.0),
            displaced_share: d,
            displaced_net_per_month: 6_000.0,
        };
        let cases: &[(f64, f64, f64)] = &[
            // (d, displaced cost a year, net saving a year)
            (0.0, 0.0, 1_000_000.0),
            (0.25, 150_000.0, 850_000.0),
            (0.5, 300_000.0, 700_000.0),
            (1.0, 600_000.0, 400_000.0),
        ];
        for &(d, displaced, net) in cases {
            let input = BudgetInput {
                annual_cost: 500_000.0,
                groups: vec![group(d)],
            };
            assert_eq!(input.full_year_saving(), net, "d = {d}");
            let b = budget(&input, &BudgetSettings::new(2027)).unwrap();
            for y in &b.rows {
                assert_eq!(y.benefits_gross, -1_250_000.0);
                assert_eq!(y.reimbursement, 250_000.0);
                assert_eq!(y.displaced, displaced, "d = {d}");
                assert_eq!(y.savings, -net, "d = {d}");
                assert_eq!(y.net, 500_000.0 - net);
            }
            assert_eq!(b.total_displaced, 4.0 * displaced);
            assert_eq!(
                b.total_savings,
                b.total_benefits_gross + b.total_reimbursement + b.total_displaced
            );
        }
        // The Aabenraa paper's own rows: 37.7 saved, 18.1 on other benefits,
        // 9.7 staff: 9.9 net (mio. kr.). As a displaced share: 48 %.
        let input = BudgetInput {
            annual_cost: 9_700_000.0,
            groups: vec![GroupEffect {
                headcount: 1.0,
                monthly_rate: 37_700_000.0,
                reimbursement: 0.0,
                effect: Effect::MonthsPerCitizen(1.0),
                displaced_share: 18.1 / 37.7,
                displaced_net_per_month: 37_700_000.0,
            }],
        };
        let b = budget(
            &input,
            &BudgetSettings {
                years: 1,
                ..BudgetSettings::new(2016)
            },
        )
        .unwrap();
        let y = &b.rows[0];
        assert_eq!(
            [y.benefits_gross, y.displaced, y.cost],
            [-37_700_000.0, 18_100_000.0, 9_700_000.0]
        );
        assert_eq!(y.net, -9_900_000.0);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    /// Any f64, with the awkward ones made likely.
    fn any_f64() -> impl Strategy<Value = f64> {
        prop_oneof![
            any::<f64>(),
            Just(f64::NAN),
            Just(f64::INFINITY),
            Just(f64::NEG_INFINITY),
            Just(-0.0),
            Just(f64::MAX),
            -2.0f64..2.0,
            -1e20f64..1e20,
        ]
    }

    fn any_effect() -> impl Strategy<Value = Effect> {
        prop_oneof![
            any_f64().prop_map(Effect::MonthsPerCitizen),
            any_f64().prop_map(Effect::PercentReduction),
        ]
    }

    fn any_input() -> impl Strategy<Value = BudgetInput> {
        (
            any_f64(),
            prop::collection::vec((any_f64(), any_f64(), any_effect()), 0..4),
        )
            .prop_map(|(annual_cost, groups)| BudgetInput {
                annual_cost,
                groups: groups
                    .into_iter()
                    .map(|(headcount, net_per_month, effect)| GroupEffect {
                        headcount,
                        monthly_rate: net_per_month,
                        reimbursement: 0.0,
                        displaced_share: 0.0,
                        displaced_net_per_month: 0.0,
                        effect,
                    })
                    .collect(),
            })
    }

    fn any_settings() -> impl Strategy<Value = BudgetSettings> {
        (
            prop_oneof![any::<i32>(), 1990i32..2110],
            prop_oneof![any::<u32>(), 0u32..12],
            prop::option::of(any_f64()),
            prop::option::of(prop::collection::vec(any_f64(), 0..12)),
            prop::option::of((any_f64(), any_f64())),
        )
            .prop_map(|(start_year, years, hiring, ramp, nh)| BudgetSettings {
                start_year,
                years,
                hiring,
                ramp,
                new_hires: nh.map(|(caseload_share, months)| NewHires {
                    caseload_share,
                    months,
                }),
            })
    }

    fn valid_effect() -> impl Strategy<Value = Effect> {
        prop_oneof![
            (-12.0f64..=12.0).prop_map(Effect::MonthsPerCitizen),
            (-100.0f64..=100.0).prop_map(Effect::PercentReduction),
        ]
    }

    fn valid_input() -> impl Strategy<Value = BudgetInput> {
        (
            prop_oneof![-MAX_ANNUAL_COST..=MAX_ANNUAL_COST, -2e7f64..2e7, Just(0.0)],
            prop::collection::vec((0.0f64..=1e7, 0.0f64..=1e9, valid_effect()), 0..21),
        )
            .prop_map(|(annual_cost, groups)| BudgetInput {
                annual_cost,
                groups: groups
                    .into_iter()
                    .map(|(headcount, net_per_month, effect)| GroupEffect {
                        headcount,
                        monthly_rate: net_per_month,
                        reimbursement: 0.0,
                        displaced_share: 0.0,
                        displaced_net_per_month: 0.0,
                        effect,
                    })
                    .collect(),
            })
    }

    fn valid_settings() -> impl Strategy<Value = BudgetSettings> {
        (
            MIN_START_YEAR..=MAX_START_YEAR,
            MIN_YEARS..=MAX_YEARS,
            prop::option::of(0.0f64..=1.0),
            prop::option::of(prop::collection::vec(0.0f64..=1.0, 1..=10)),
            prop::option::of((0.0f64..=1.0, 0.0f64..=12.0)),
        )
            .prop_map(|(start_year, years, hiring, ramp, nh)| BudgetSettings {
                start_year,
                years,
                hiring,
                ramp,
                new_hires: nh.map(|(caseload_share, months)| NewHires {
                    caseload_share,
                    months,
                }),
            })
    }

    /// Every invariant of a computed budget.
    fn consistent(b: &Budget, s: &BudgetSettings) -> Result<(), TestCaseError> {
        prop_assert_eq!(b.rows.len(), s.years as usize);
        let mut running = 0.0;
        for (i, r) in b.rows.iter().enumerate() {
            prop_assert_eq!(r.year, s.start_year + i as i32);
            for v in [
                r.staff_share,
                r.effect_share,
                r.cost,
                r.savings,
                r.net,
                r.cumulative,
            ] {
                prop_assert!(v.is_finite(), "non-finite {v} in {r:?}");
                prop_assert!(v != 0.0 || v.is_sign_positive(), "-0 in {r:?}");
            }
            prop_assert!((0.0..=1.0).contains(&r.staff_share));
            prop_assert!((0.0..=1.0).contains(&r.effect_share));
            // Savings (negative) or extra benefit costs (positive) follow
            // the sign of the full-year figure.
            let total = b.total_savings;
            prop_assert!(
                r.savings == 0.0 || (r.savings < 0.0) == (total < 0.0),
                "savings {} of {}",
                r.savings,
                total
            );
            prop_assert_eq!(r.net, r.cost + r.savings);
            running += r.net;
            prop_assert_eq!(r.cumulative, running);
        }
        prop_assert_eq!(b.total_cost, b.rows.iter().map(|r| r.cost).sum::<f64>());
        prop_assert_eq!(
            b.total_savings,
            b.rows.iter().map(|r| r.savings).sum::<f64>()
        );
        prop_assert_eq!(b.total_net, b.rows.iter().map(|r| r.net).sum::<f64>());
        for v in [b.total_cost, b.total_savings, b.total_net] {
            prop_assert!(v.is_finite());
        }
        // Payback: the first year from which every running total is ≤ 0.
        let first = (0..b.rows.len()).find(|&i| b.rows[i..].iter().all(|r| r.cumulative <= 0.0));
        prop_assert_eq!(b.payback_year, first.map(|i| b.rows[i].year));
        if let Some(i) = first {
            prop_assert!(i == 0 || b.rows[i - 1].cumulative > 0.0);
        } else {
            prop_assert!(b.rows.last().is_some_and(|r| r.cumulative > 0.0));
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn any_input_is_a_typed_error_or_a_consistent_budget(
            input in prop_oneof![any_input(), valid_input()],
            settings in prop_oneof![any_settings(), valid_settings()],
        ) {
            if let Ok(b) = budget(&input, &settings) {
                consistent(&b, &settings)?;
            }
        }

        #[test]
        fn valid_input_always_gives_a_consistent_budget(
            input in valid_input(),
            settings in valid_settings(),
        ) {
            let b = budget(&input, &settings);
            prop_assert!(b.is_ok(), "{b:?}");
            if let Ok(b) = b {
                consistent(&b, &settings)?;
            }
        }

        #[test]
        fn without_realism_every_year_is_the_full_year(
            input in valid_input(),
            start_year in MIN_START_YEAR..=MAX_START_YEAR,
            years in MIN_YEARS..=MAX_YEARS,
        ) {
            let s = BudgetSettings { years, ..BudgetSettings::new(start_year) };
            let b = budget(&input, &s).unwrap();
            let cost = whole_kr(input.annual_cost);
            let savings = whole_kr(-input.full_year_saving());
            for r in &b.rows {
                prop_assert_eq!(r.cost, cost);
                prop_assert_eq!(r.savings, savings);
            }
        }

        #[test]
        fn realism_never_raises_cost_or_savings_above_the_full_year(
            input in valid_input(),
            settings in valid_settings(),
        ) {
            let b = budget(&input, &settings).unwrap();
            let full_saving = input.full_year_saving();
            for r in &b.rows {
                // Whole-kroner rounding may move a figure by half a krone.
                prop_assert!(r.cost.abs() <= input.annual_cost.abs() + 0.5);
                prop_assert!(
                    r.savings.abs() <= full_saving.abs() + 0.5 + full_saving.abs() * 1e-12
                );
            }
        }

        #[test]
        fn percent_and_months_round_trip(p in -100.0f64..=100.0) {
            let back = percent_from_months(effect_months_from_percent(p));
            prop_assert!((back - p).abs() <= 1e-12 * p.abs().max(1.0));
        }
    }
}
