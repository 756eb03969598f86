//! Benefits (ydelser): which ones a target group can be on, and their default
//! rates and reimbursement shares, each with year and source.
//!
//! The municipality's net cost of one benefit month is the gross monthly rate
//! less the state's reimbursement: `B = R × (1 − r)`.

/// The benefit a target group receives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BenefitKind {
    Sygedagpenge,
    /// Jobafklaringsforløb, paid as ressourceforløbsydelse.
    Jobafklaring,
    Kontanthjaelp,
    /// Any other benefit: the user enters its monthly rate.
    Other,
}

/// Weeks in a year over months in a year: the conversion from a weekly rate
/// to a monthly one (weekly × 52 / 12).
pub const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

/// A default rate and reimbursement share, with where it comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BenefitDefault {
    /// Gross monthly rate in kr.; `None` for [`BenefitKind::Other`], which
    /// the user must fill in.
    pub monthly_rate: Option<f64>,
    /// State reimbursement share, 0–1.
    pub reimbursement: f64,
    /// The year the rate is for.
    pub year: u16,
}

/// Reimbursement share from week 53 on the citizen's total time on public
/// benefits (lov om kommunernes finansiering af visse offentlige ydelser § 5).
/// The seeds' target groups are long-term cases, so this is the default.
pub const LONG_TERM_REIMBURSEMENT: f64 = 0.20;

impl BenefitKind {
    pub const ALL: [BenefitKind; 4] = [
        BenefitKind::Sygedagpenge,
        BenefitKind::Jobafklaring,
        BenefitKind::Kontanthjaelp,
        BenefitKind::Other,
    ];

    /// Stable id, used in URLs and presets.
    pub fn id(self) -> &'static str {
        match self {
            BenefitKind::Sygedagpenge => "sygedagpenge",
            BenefitKind::Jobafklaring => "jobafklaring",
            BenefitKind::Kontanthjaelp => "kontanthjaelp",
            BenefitKind::Other => "other",
        }
    }

    pub fn from_id(id: &str) -> Option<BenefitKind> {
        BenefitKind::ALL.into_iter().find(|b| b.id() == id)
    }

    /// Position in [`BenefitKind::ALL`], for per-benefit arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The default rate, newest in the catalogue (domain.md, "Benefit rates").
    pub fn default_rate(self) -> BenefitDefault {
        match self {
            // Highest weekly rate 2024: 4,695 kr. (bm.dk, "Satser for 2024").
            BenefitKind::Sygedagpenge => BenefitDefault {
                monthly_rate: Some(sygedagpenge_monthly(4_695.0)),
                reimbursement: LONG_TERM_REIMBURSEMENT,
                year: 2024,
            },
            // Paid at the kontanthjælp level for over-30s (star.dk); the
            // without-children rate 2024 (bm.dk, "Satser for 2024").
            BenefitKind::Jobafklaring | BenefitKind::Kontanthjaelp => BenefitDefault {
                monthly_rate: Some(12_326.0),
                reimbursement: LONG_TERM_REIMBURSEMENT,
                year: 2024,
            },
            BenefitKind::Other => BenefitDefault {
                monthly_rate: None,
                reimbursement: 0.0,
                year: 2024,
            },
        }
    }
}

/// Monthly sygedagpenge from the highest weekly rate.
pub fn sygedagpenge_monthly(weekly: f64) -> f64 {
    weekly * WEEKS_PER_MONTH
}

/// The municipality's net cost per benefit month: `R × (1 − r)`.
pub fn net_per_month(monthly_rate: f64, reimbursement: f64) -> f64 {
    monthly_rate * (1.0 - reimbursement)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for b in BenefitKind::ALL {
            assert_eq!(BenefitKind::from_id(b.id()), Some(b));
            assert_eq!(BenefitKind::ALL[b.index()], b);
        }
        assert_eq!(BenefitKind::from_id("Sygedagpenge"), None);
    }

    #[test]
    fn net_cost_per_month_matches_hand_figures() {
        // 2024: 4,695 × 52 / 12 = 20,345 kr.; 80 % of it is 16,276 kr.
        let rate = BenefitKind::Sygedagpenge
            .default_rate()
            .monthly_rate
            .unwrap();
        assert!((rate - 20_345.0).abs() < 1e-9);
        assert!((net_per_month(rate, 0.20) - 16_276.0).abs() < 1e-9);
        // 2023: 4,550 × 52 / 12 × 0.8 = 15,773.33 kr. (the URL example uses 15,774).
        assert!((net_per_month(sygedagpenge_monthly(4_550.0), 0.2) - 15_773.333_333).abs() < 1e-3);
        assert_eq!(net_per_month(12_326.0, 0.0), 12_326.0);
        assert_eq!(net_per_month(12_326.0, 1.0), 0.0);
    }
}
