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

    /// The default rate, newest in the catalogue (docs/numbers.md, "Reimbursement and the rate catalogue").
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

/// The reimbursement ladder since 2016 (lov om kommunernes finansiering af
/// visse offentlige ydelser § 5): the state's share falls with the citizen's
/// total time on public benefits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Duration {
    /// Weeks 1–4: 80 %.
    Weeks1To4,
    /// Weeks 5–26: 40 %.
    Weeks5To26,
    /// Weeks 27–52: 30 %.
    Weeks27To52,
    /// From week 53: 20 % (the seeds' long-term target groups).
    FromWeek53,
}

impl Duration {
    pub const ALL: [Duration; 4] = [
        Duration::Weeks1To4,
        Duration::Weeks5To26,
        Duration::Weeks27To52,
        Duration::FromWeek53,
    ];

    /// Stable id, for `<option value>`.
    pub fn id(self) -> &'static str {
        match self {
            Duration::Weeks1To4 => "1-4",
            Duration::Weeks5To26 => "5-26",
            Duration::Weeks27To52 => "27-52",
            Duration::FromWeek53 => "53-",
        }
    }

    pub fn from_id(id: &str) -> Option<Duration> {
        Duration::ALL.into_iter().find(|d| d.id() == id)
    }

    /// The state's reimbursement share, 0–1.
    pub fn share(self) -> f64 {
        match self {
            Duration::Weeks1To4 => 0.80,
            Duration::Weeks5To26 => 0.40,
            Duration::Weeks27To52 => 0.30,
            Duration::FromWeek53 => LONG_TERM_REIMBURSEMENT,
        }
    }

    /// The step whose share is `pct` per cent, if any (to show which step a
    /// typed share matches).
    pub fn for_percent(pct: f64) -> Option<Duration> {
        Duration::ALL
            .into_iter()
            .find(|d| (d.share() * 100.0 - pct).abs() < 1e-9)
    }
}

/// One year-stamped rate of the catalogue.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CatalogueRate {
    /// Stable id, for `<option value>`.
    pub id: &'static str,
    pub benefit: BenefitKind,
    pub year: u16,
    /// Gross monthly rate, kr.
    pub monthly: f64,
    /// What the rate is for and where it comes from, in Danish and English.
    pub label: super::preset::Text,
}

/// Benefit rates with their year and source (docs/numbers.md, "Reimbursement and the rate catalogue").
/// Sygedagpenge: highest weekly rate × 52 / 12.
pub const CATALOGUE: [CatalogueRate; 7] = [
    CatalogueRate {
        id: "sdp-2024",
        benefit: BenefitKind::Sygedagpenge,
        year: 2024,
        monthly: 4_695.0 * WEEKS_PER_MONTH,
        label: super::preset::Text {
            da: "2024: 4.695 kr./uge (bm.dk)",
            en: "2024: DKK 4,695 a week (bm.dk)",
        },
    },
    CatalogueRate {
        id: "sdp-2023",
        benefit: BenefitKind::Sygedagpenge,
        year: 2023,
        monthly: 4_550.0 * WEEKS_PER_MONTH,
        label: super::preset::Text {
            da: "2023: 4.550 kr./uge (bm.dk)",
            en: "2023: DKK 4,550 a week (bm.dk)",
        },
    },
    CatalogueRate {
        id: "sdp-2019",
        benefit: BenefitKind::Sygedagpenge,
        year: 2019,
        monthly: 4_355.0 * WEEKS_PER_MONTH,
        label: super::preset::Text {
            da: "2019: 4.355 kr./uge (bm.dk)",
            en: "2019: DKK 4,355 a week (bm.dk)",
        },
    },
    CatalogueRate {
        id: "kth-2024",
        benefit: BenefitKind::Kontanthjaelp,
        year: 2024,
        monthly: 12_326.0,
        label: super::preset::Text {
            da: "2024, over 30 år uden børn (bm.dk)",
            en: "2024, over 30 without children (bm.dk)",
        },
    },
    CatalogueRate {
        id: "kth-2024-children",
        benefit: BenefitKind::Kontanthjaelp,
        year: 2024,
        monthly: 16_382.0,
        label: super::preset::Text {
            da: "2024, over 30 år med børn (bm.dk)",
            en: "2024, over 30 with children (bm.dk)",
        },
    },
    CatalogueRate {
        id: "rfy-2024",
        benefit: BenefitKind::Jobafklaring,
        year: 2024,
        monthly: 12_326.0,
        label: super::preset::Text {
            da: "2024, kontanthjælpsniveau uden børn (star.dk)",
            en: "2024, social assistance level without children (star.dk)",
        },
    },
    CatalogueRate {
        id: "rfy-2024-children",
        benefit: BenefitKind::Jobafklaring,
        year: 2024,
        monthly: 16_382.0,
        label: super::preset::Text {
            da: "2024, kontanthjælpsniveau med børn (star.dk)",
            en: "2024, social assistance level with children (star.dk)",
        },
    },
];

/// The catalogue rates of one benefit, newest first.
pub fn catalogue_for(benefit: BenefitKind) -> impl Iterator<Item = &'static CatalogueRate> {
    CATALOGUE.iter().filter(move |r| r.benefit == benefit)
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
    fn the_reimbursement_ladder_follows_paragraph_5() {
        let shares: Vec<f64> = Duration::ALL.iter().map(|d| d.share()).collect();
        assert_eq!(shares, [0.8, 0.4, 0.3, 0.2]);
        for d in Duration::ALL {
            assert_eq!(Duration::from_id(d.id()), Some(d));
            assert_eq!(Duration::for_percent(d.share() * 100.0), Some(d));
        }
        assert_eq!(Duration::for_percent(25.0), None);
    }

    #[test]
    fn the_catalogue_has_the_published_rates_and_unique_ids() {
        let rate = |id: &str| CATALOGUE.iter().find(|r| r.id == id).unwrap().monthly;
        assert!((rate("sdp-2024") - 20_345.0).abs() < 1e-9);
        assert!((rate("sdp-2023") - 19_716.666_666_666_668).abs() < 1e-6);
        assert!((rate("sdp-2019") - 18_871.666_666_666_668).abs() < 1e-6);
        assert_eq!(rate("kth-2024-children"), 16_382.0);
        for (i, r) in CATALOGUE.iter().enumerate() {
            assert!(CATALOGUE[i + 1..].iter().all(|q| q.id != r.id), "{}", r.id);
        }
        // The defaults are catalogue rates.
        for b in [
            BenefitKind::Sygedagpenge,
            BenefitKind::Jobafklaring,
            BenefitKind::Kontanthjaelp,
        ] {
            let d = b.default_rate().monthly_rate.unwrap();
            assert!(catalogue_for(b).any(|r| r.monthly == d), "{b:?}");
        }
        assert_eq!(catalogue_for(BenefitKind::Other).count(), 0);
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
