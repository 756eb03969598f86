//! A validated scenario: the numbers the arithmetic runs on.
//!
//! A [`Scenario`] only exists once every field is valid (see
//! [`super::form::Form::evaluate`]), so the calculation never sees a caseload
//! of 0 or a negative headcount.

use super::kind::BenefitKind;

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
    /// Where citizens who leave the benefit go instead of off public support.
    pub displaced: Displacement,
}

/// Displacement (fortrængning): the share of a group's effect that ends on
/// another public benefit instead of off public support. A citizen who moves
/// from sygedagpenge to ressourceforløbsydelse saves the municipality the
/// difference, not the whole benefit month: in the DS paper's Aabenraa case,
/// costs on other benefits ate 18.1 of a 37.7 mio. kr. gross saving.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Displacement {
    /// Share of the benefit months saved that reappear on `to`, 0–1.
    pub share: f64,
    /// The benefit they reappear on.
    pub to: BenefitKind,
}

impl Displacement {
    /// No displacement: every benefit month saved leaves public support. The
    /// page's default, stated beside the field, as the seeds budget it.
    pub fn none(from: BenefitKind) -> Displacement {
        Displacement {
            share: 0.0,
            to: Displacement::default_destination(from),
        }
    }

    /// The usual next benefit for citizens who leave `from` without a job:
    /// sygedagpenge ends in jobafklaring; from kontanthjælp many go on to a
    /// ressourceforløb, paid as ressourceforløbsydelse at the jobafklaring
    /// rate (seed 001: 19 % of closed kontanthjælp cases); anything else to
    /// kontanthjælp. The user can pick another.
    pub fn default_destination(from: BenefitKind) -> BenefitKind {
        match from {
            BenefitKind::Sygedagpenge | BenefitKind::Kontanthjaelp => BenefitKind::Jobafklaring,
            _ => BenefitKind::Kontanthjaelp,
        }
    }
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

    /// What one benefit month less of group `g` saves the municipality, net
    /// of reimbursement and of displacement: `B_g − d_g × B_to`. Negative
    /// when the citizens land on a dearer benefit.
    pub fn net_saving_per_month(&self, g: &Group) -> f64 {
        self.benefit(g.benefit).net_per_month()
            - g.displaced.share * self.benefit(g.displaced.to).net_per_month()
    }
}
