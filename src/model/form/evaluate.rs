//! The form's evaluation: every field checked into a typed error, or, when
//! all are valid, the checked [`Scenario`] the arithmetic takes and the
//! [`Plan`] its multi-year budget takes. Also the one way from those to the
//! budget ([`Plan::budget`]), which the page and the comparison share.

use crate::model::benefit::LONG_TERM_REIMBURSEMENT;
use crate::model::budget::{
    self, Budget, BudgetError, BudgetInput, BudgetSettings, Effect, NewHires,
};
use crate::model::calc::Results;
use crate::model::input::InputError;
use crate::model::kind::BenefitKind;
use crate::model::lang::Lang;
use crate::model::price::{convert, Conversion, Index};
use crate::model::scenario::{BenefitRate, Displacement, Group, Scenario};

use super::{EffectUnit, FieldId, Form, Goals};

/// What the multi-year budget needs beyond the scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub settings: BudgetSettings,
    /// One per group, in group order.
    pub effects: Vec<Effect>,
    pub price_level: i32,
    /// How the money inputs were brought to `price_level`: the staff cost
    /// first, then each benefit in use, in catalogue order.
    pub conversions: Vec<(Converted, Conversion)>,
}

/// A money input converted to the price level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Converted {
    StaffCost,
    Rate(BenefitKind),
}

/// The result of checking every field.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// Every invalid field in page order.
    pub errors: Vec<(FieldId, InputError)>,
    /// The scenario, present exactly when `errors` is empty.
    pub scenario: Option<Scenario>,
    /// The budget plan, present exactly when `errors` is empty.
    pub plan: Option<Plan>,
    /// The goal-seeking questions asked (valid and non-empty).
    pub goals: Goals,
    /// Errors of goal-seeking fields; they never block the scenario.
    pub goal_errors: Vec<(FieldId, InputError)>,
}

impl Evaluation {
    pub fn error(&self, id: FieldId) -> Option<InputError> {
        self.errors
            .iter()
            .chain(&self.goal_errors)
            .find(|(f, _)| *f == id)
            .map(|(_, e)| *e)
    }
}

impl Plan {
    /// The multi-year budget of `scenario` (with its `results`) under this
    /// plan: the page's budget and a compared scenario's come from here.
    pub fn budget(&self, scenario: &Scenario, results: &Results) -> Result<Budget, BudgetError> {
        let input = BudgetInput::from_calc(scenario, results, &self.effects);
        budget::budget(&input, &self.settings)
    }
}

impl Form {
    /// Checks every field that counts and builds the scenario and the
    /// budget plan when all are valid.
    pub fn evaluate(&self, lang: Lang) -> Evaluation {
        let mut errors = Vec::new();
        let mut read = |field: FieldId| -> f64 {
            let text = self.text(field).unwrap_or_default();
            match field.kind().parse(text, lang) {
                Ok(v) => v,
                Err(e) => {
                    errors.push((field, e));
                    0.0
                }
            }
        };
        let mut effects = Vec::with_capacity(self.groups.len());
        let groups: Vec<Group> = self
            .groups
            .iter()
            .map(|g| {
                let group = Group {
                    name: g.name.clone(),
                    headcount: read(FieldId::Headcount(g.id)),
                    current: read(FieldId::Current(g.id)),
                    target: read(FieldId::Target(g.id)),
                    benefit: g.benefit,
                    displaced: Displacement {
                        share: read(FieldId::Displaced(g.id)) / 100.0,
                        to: g.displaced_to,
                    },
                };
                let effect = read(FieldId::Effect(g.id, g.effect_unit));
                effects.push(match g.effect_unit {
                    EffectUnit::MonthsPerCitizen => Effect::MonthsPerCitizen(effect),
                    EffectUnit::Percent => Effect::PercentReduction(effect),
                });
                group
            })
            .collect();
        // Read in page order (the errors list follows it); converted to the
        // price level below, once it is read.
        let salary = read(FieldId::CostPerStaffYear);
        let overhead = read(FieldId::Overhead) / 100.0;
        // Whole numbers within small ranges: the casts are exact.
        let cost_year = read(FieldId::CostYear) as i32;
        let in_use = self.benefits_in_use();
        let mut rate_years = [0; BenefitKind::ALL.len()];
        let benefits = BenefitKind::ALL.map(|b| {
            if in_use.contains(&b) {
                let monthly_rate = read(FieldId::MonthlyRate(b));
                rate_years[b.index()] = read(FieldId::RateYear(b)) as i32;
                BenefitRate {
                    monthly_rate,
                    reimbursement: b.reimbursement_from_field(read(FieldId::Reimbursement(b))),
                }
            } else {
                // Not shown, so not checked; its valid figures still serve
                // "what if" rows that displace onto it (see `sensitivity`).
                let quiet = |f: FieldId| self.text(f).and_then(|t| f.kind().parse(t, lang).ok());
                match (
                    quiet(FieldId::MonthlyRate(b)),
                    quiet(FieldId::Reimbursement(b)),
                    quiet(FieldId::RateYear(b)),
                ) {
                    (Some(monthly_rate), Some(pct), Some(year)) => {
                        rate_years[b.index()] = year as i32;
                        BenefitRate {
                            monthly_rate,
                            reimbursement: b.reimbursement_from_field(pct),
                        }
                    }
                    _ => BenefitRate {
                        monthly_rate: 0.0,
                        reimbursement: LONG_TERM_REIMBURSEMENT,
                    },
                }
            }
        });
        let b = &self.budget;
        // Whole numbers within small ranges: the casts are exact.
        let start_year = read(FieldId::StartYear) as i32;
        let years = read(FieldId::Years) as u32;
        let price_level = read(FieldId::PriceLevel) as i32;
        // Every amount is brought to the price level: the salary with the
        // wage index, each rate in use with the rate regulation.
        let staff = convert(Index::Wages, cost_year, price_level);
        let cost_per_staff_year = salary * (1.0 + overhead) * staff.factor;
        let mut conversions = vec![(Converted::StaffCost, staff)];
        let mut benefits = benefits;
        for b in BenefitKind::ALL {
            let c = convert(Index::Transfers, rate_years[b.index()], price_level);
            benefits[b.index()].monthly_rate *= c.factor;
            if in_use.contains(&b) {
                conversions.push((Converted::Rate(b), c));
            }
        }
        let hiring = b.hiring.then(|| read(FieldId::HiringShare) / 100.0);
        let ramp = b.ramp.then(|| {
            vec![
                read(FieldId::RampYear1) / 100.0,
                read(FieldId::RampYear2) / 100.0,
            ]
        });
        let settings = BudgetSettings {
            start_year,
            years,
            hiring,
            ramp,
            new_hires: b.new_hires.then_some(NewHires::ASSUMED),
        };
        let mut goal_errors = Vec::new();
        let mut ask = |field: FieldId| -> Option<f64> {
            let text = self.text(field).unwrap_or_default();
            match field.kind().parse(text, lang) {
                Ok(v) => Some(v),
                Err(InputError::Empty) => None,
                Err(e) => {
                    goal_errors.push((field, e));
                    None
                }
            }
        };
        let goals = Goals {
            budget: ask(FieldId::GoalBudget),
            budget_group: self
                .goal
                .budget_group
                .and_then(|id| self.groups.iter().position(|g| g.id == id)),
            published: ask(FieldId::GoalPublished),
            staff: ask(FieldId::GoalStaff),
        };
        if !errors.is_empty() || groups.is_empty() {
            return Evaluation {
                errors,
                scenario: None,
                plan: None,
                goals,
                goal_errors,
            };
        }
        Evaluation {
            goals,
            goal_errors,
            errors,
            scenario: Some(Scenario {
                groups,
                cost_per_staff_year,
                benefits,
            }),
            plan: Some(Plan {
                settings,
                effects,
                price_level,
                conversions,
            }),
        }
    }
}
