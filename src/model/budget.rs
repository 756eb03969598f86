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
mod tests;

#[cfg(test)]
mod input_tests;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props;
