//! Benefits (ydelser): which ones a target group can be on, and their default
//! rates and reimbursement shares, each with year and source.
//!
//! The municipality's net cost of one benefit month is the gross monthly rate
//! less the state's reimbursement: `B = R × (1 − r)`.

/// Who pays a benefit, which decides what its share field means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Funding {
    /// The municipality pays and the state reimburses a share (the field
    /// holds the state's reimbursement %).
    Reimbursed,
    /// The a-kasse pays and the municipality co-finances a share (the field
    /// holds the municipality's co-financing %): net = `R × share`.
    CoFinanced,
}

use super::kind::BenefitKind;
use super::rates::{rate_for_year, RateBasis, WEEKS_PER_MONTH};

/// A default rate and reimbursement share, with where it comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BenefitDefault {
    /// Gross monthly rate in kr.; `None` for [`BenefitKind::Other`], which
    /// the user must fill in.
    pub monthly_rate: Option<f64>,
    /// State reimbursement share, 0–1.
    pub reimbursement: f64,
    /// The budget year the rate is for.
    pub year: i32,
    /// Where the rate comes from (`None` without a rate).
    pub basis: Option<RateBasis>,
}

/// Reimbursement share from week 53 on the citizen's total time on public
/// benefits (lov om kommunernes finansiering af visse offentlige ydelser § 5).
/// The seeds' target groups are long-term cases, so this is the default.
pub const LONG_TERM_REIMBURSEMENT: f64 = 0.20;

impl BenefitKind {
    /// Who pays the benefit.
    pub fn funding(self) -> Funding {
        match self {
            BenefitKind::Adagpenge => Funding::CoFinanced,
            _ => Funding::Reimbursed,
        }
    }

    /// The state's reimbursement share (0–1) that a share field's percent
    /// means for this benefit: the field itself for reimbursed benefits,
    /// 100 % less the municipality's co-financing for a-dagpenge.
    pub fn reimbursement_from_field(self, pct: f64) -> f64 {
        match self.funding() {
            Funding::Reimbursed => pct / 100.0,
            Funding::CoFinanced => 1.0 - pct / 100.0,
        }
    }

    /// The default for the page's first budget year
    /// ([`DEFAULT_START_YEAR`](super::years::DEFAULT_START_YEAR)).
    pub fn default_rate(self) -> BenefitDefault {
        self.default_for_year(super::years::DEFAULT_START_YEAR)
    }

    /// The default for budget year `year`: the catalogue's rate for that
    /// year through the projection ([`rate_for_year`]), to the øre, and the
    /// long-term share (20 % reimbursement; 80 % co-financing for
    /// a-dagpenge). "Other" has no rate but 20 % reimbursement, the ladder's
    /// long-term step.
    pub fn default_for_year(self, year: i32) -> BenefitDefault {
        let rate = rate_for_year(self, year);
        BenefitDefault {
            monthly_rate: rate.map(|r| (r.monthly * 100.0).round() / 100.0),
            reimbursement: LONG_TERM_REIMBURSEMENT,
            year,
            basis: rate.map(|r| r.basis),
        }
    }

    /// The share field's default in per cent: 20 % reimbursement, or 80 %
    /// co-financing for a-dagpenge (the same 80 % net from week 53).
    pub fn default_share_pct(self) -> f64 {
        match self.funding() {
            Funding::Reimbursed => LONG_TERM_REIMBURSEMENT * 100.0,
            Funding::CoFinanced => Duration::FromWeek53.cofinancing() * 100.0,
        }
    }

    /// The defaults version 2 links (and earlier) were written against,
    /// frozen: a link that leaves a rate out means this rate, so old links
    /// keep their figures however the current defaults move. Sygedagpenge
    /// 2024 (4,695 kr. a week × 52 / 12), kontanthjælp and jobafklaring
    /// 12,326 kr. (2024), "other" with 0 % reimbursement. The two kinds
    /// added with the catalogue have their first defaults (2027, projected)
    /// frozen here.
    pub fn legacy_default_rate_v2(self) -> (Option<f64>, f64) {
        match self {
            BenefitKind::Sygedagpenge => (Some(sygedagpenge_monthly(4_695.0)), 20.0),
            BenefitKind::Jobafklaring | BenefitKind::Kontanthjaelp => (Some(12_326.0), 20.0),
            BenefitKind::Other => (None, 0.0),
            BenefitKind::Ledighedsydelse => (Some(LEGACY_LEDIGHEDSYDELSE), 20.0),
            BenefitKind::Adagpenge => (Some(LEGACY_ADAGPENGE), 80.0),
        }
    }
}

/// Ledighedsydelse's first default (2027), frozen for version 2 links.
const LEGACY_LEDIGHEDSYDELSE: f64 = 20_147.78;
/// A-dagpenge's first default (2027), frozen for version 2 links.
const LEGACY_ADAGPENGE: f64 = 22_637.96;

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

    /// The municipality's co-financing share of a-dagpenge in this step
    /// (finansieringsloven § 5, stk. 3: 20/60/70/80 %), the mirror of the
    /// reimbursement ladder.
    pub fn cofinancing(self) -> f64 {
        1.0 - self.share()
    }

    /// The share field's value in per cent for this step and `funding`.
    pub fn field_pct(self, funding: Funding) -> f64 {
        match funding {
            Funding::Reimbursed => self.share() * 100.0,
            Funding::CoFinanced => self.cofinancing() * 100.0,
        }
    }

    /// The step a share field's percent matches for `funding`, if any.
    pub fn for_field_pct(funding: Funding, pct: f64) -> Option<Duration> {
        Duration::ALL
            .into_iter()
            .find(|d| (d.field_pct(funding) - pct).abs() < 1e-9)
    }

    /// The step whose share is `pct` per cent, if any (to show which step a
    /// typed share matches).
    pub fn for_percent(pct: f64) -> Option<Duration> {
        Duration::ALL
            .into_iter()
            .find(|d| (d.share() * 100.0 - pct).abs() < 1e-9)
    }
}

pub use super::rates::{catalogue_for, CatalogueRate, CATALOGUE};

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
        // Every benefit with a catalogue has a default rate.
        for b in BenefitKind::ALL {
            assert_eq!(
                b.default_rate().monthly_rate.is_some(),
                b != BenefitKind::Other,
                "{b:?}"
            );
        }
        assert_eq!(catalogue_for(BenefitKind::Other).count(), 0);
    }

    #[test]
    fn the_version_2_defaults_are_frozen() {
        // What `default_rate()` gave before the catalogue was dated: old
        // links that leave rates out mean exactly these.
        let legacy = BenefitKind::ALL.map(BenefitKind::legacy_default_rate_v2);
        assert!((legacy[0].0.unwrap() - 20_345.0).abs() < 1e-9);
        assert_eq!(legacy[1], (Some(12_326.0), 20.0));
        assert_eq!(legacy[2], (Some(12_326.0), 20.0));
        assert_eq!(legacy[3], (None, 0.0));
    }

    #[test]
    fn a_dagpenge_is_co_financed_on_the_mirrored_ladder() {
        let b = BenefitKind::Adagpenge;
        assert_eq!(b.funding(), Funding::CoFinanced);
        let cf: Vec<f64> = Duration::ALL
            .iter()
            .map(|d| d.field_pct(b.funding()))
            .collect();
        assert_eq!(cf.len(), 4);
        for (got, want) in cf.iter().zip([20.0, 60.0, 70.0, 80.0]) {
            assert!((got - want).abs() < 1e-9, "{got}");
        }
        // From week 53 the municipality pays 80 %: net = R × 0.80.
        assert!((b.default_share_pct() - 80.0).abs() < 1e-9);
        let r = b.reimbursement_from_field(80.0);
        assert!((net_per_month(1_000.0, r) - 800.0).abs() < 1e-9);
        assert_eq!(
            Duration::for_field_pct(Funding::CoFinanced, 60.0),
            Some(Duration::Weeks5To26)
        );
        assert_eq!(BenefitKind::Ledighedsydelse.funding(), Funding::Reimbursed);
        assert_eq!(
            BenefitKind::from_id("ledighedsydelse"),
            Some(BenefitKind::Ledighedsydelse)
        );
        assert_eq!(
            BenefitKind::from_id("adagpenge"),
            Some(BenefitKind::Adagpenge)
        );
    }

    #[test]
    fn net_cost_per_month_matches_hand_figures() {
        // 2024: 4,695 × 52 / 12 = 20,345 kr.; 80 % of it is 16,276 kr.
        let rate = BenefitKind::Sygedagpenge
            .legacy_default_rate_v2()
            .0
            .unwrap();
        assert!((rate - 20_345.0).abs() < 1e-9);
        assert!((net_per_month(rate, 0.20) - 16_276.0).abs() < 1e-9);
        // 2023: 4,550 × 52 / 12 × 0.8 = 15,773.33 kr. (the URL example uses 15,774).
        assert!((net_per_month(sygedagpenge_monthly(4_550.0), 0.2) - 15_773.333_333).abs() < 1e-3);
        assert_eq!(net_per_month(12_326.0, 0.0), 12_326.0);
        assert_eq!(net_per_month(12_326.0, 1.0), 0.0);
    }
}
