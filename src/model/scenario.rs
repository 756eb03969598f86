//! A validated scenario: the numbers the arithmetic runs on.
//!
//! A [`Scenario`] only exists once every field is valid (see
//! [`super::form::Form::evaluate`]), so the calculation never sees a caseload
//! of 0 or a negative headcount.

use super::benefit::BenefitKind;

/// One target group (målgruppe).
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub name: String,
    /// Full-year persons (helårspersoner), `N_g`.
    pub headcount: f64,
    /// Today's caseload, `C_g` (≥ 1).
    pub current: f64,
    /// Target caseload, `T_g` (≥ 1).
    pub target: f64,
    pub benefit: BenefitKind,
}

/// Rate and reimbursement of one benefit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BenefitRate {
    /// Gross monthly rate, kr. (`R_b`).
    pub monthly_rate: f64,
    /// State reimbursement share 0–1 (`r_b`).
    pub reimbursement: f64,
}

impl BenefitRate {
    /// The municipality's net cost per benefit month, `B_b`.
    pub fn net_per_month(&self) -> f64 {
        super::benefit::net_per_month(self.monthly_rate, self.reimbursement)
    }
}

/// Everything the calculation needs.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// At least one group.
    pub groups: Vec<Group>,
    /// Cost per staff year `K`, kr. (salary, pension, overhead).
    pub cost_per_staff_year: f64,
    /// Rates indexed by [`BenefitKind::index`].
    pub benefits: [BenefitRate; BenefitKind::ALL.len()],
}

impl Scenario {
    pub fn benefit(&self, kind: BenefitKind) -> &BenefitRate {
        &self.benefits[kind.index()]
    }
}
