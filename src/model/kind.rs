//! The benefits the calculator knows, by name: the vocabulary the rate
//! catalogue ([`super::rates`]), the benefit rules ([`super::benefit`]), the
//! scenario and the links share. What a benefit pays and who pays it is in
//! those modules; this one only names the kinds, their ids and their order,
//! so the catalogue can be keyed by kind without importing the rules.

/// The benefit a target group receives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BenefitKind {
    Sygedagpenge,
    /// Jobafklaringsforløb, paid as ressourceforløbsydelse.
    Jobafklaring,
    Kontanthjaelp,
    /// Any other benefit: the user enters its monthly rate.
    Other,
    /// Ledighedsydelse (visiteret til fleksjob): 89 % of the a-dagpenge
    /// maximum, a municipal benefit on the reimbursement ladder
    /// (finansieringsloven § 5, stk. 2).
    Ledighedsydelse,
    /// A-dagpenge: paid by the a-kasse; the municipality co-finances it
    /// (finansieringsloven § 5, stk. 3), see
    /// [`Funding::CoFinanced`](super::benefit::Funding::CoFinanced).
    Adagpenge,
}

impl BenefitKind {
    /// Every benefit in index order: new kinds are appended, so per-benefit
    /// arrays of earlier versions keep their positions.
    pub const ALL: [BenefitKind; 6] = [
        BenefitKind::Sygedagpenge,
        BenefitKind::Jobafklaring,
        BenefitKind::Kontanthjaelp,
        BenefitKind::Other,
        BenefitKind::Ledighedsydelse,
        BenefitKind::Adagpenge,
    ];

    /// The order the page lists benefits in ("other" last).
    pub const DISPLAY: [BenefitKind; 6] = [
        BenefitKind::Sygedagpenge,
        BenefitKind::Jobafklaring,
        BenefitKind::Kontanthjaelp,
        BenefitKind::Ledighedsydelse,
        BenefitKind::Adagpenge,
        BenefitKind::Other,
    ];

    /// Stable id, used in URLs and presets.
    pub fn id(self) -> &'static str {
        match self {
            BenefitKind::Sygedagpenge => "sygedagpenge",
            BenefitKind::Jobafklaring => "jobafklaring",
            BenefitKind::Kontanthjaelp => "kontanthjaelp",
            BenefitKind::Other => "other",
            BenefitKind::Ledighedsydelse => "ledighedsydelse",
            BenefitKind::Adagpenge => "adagpenge",
        }
    }

    pub fn from_id(id: &str) -> Option<BenefitKind> {
        BenefitKind::ALL.into_iter().find(|b| b.id() == id)
    }

    /// Position in [`BenefitKind::ALL`], for per-benefit arrays.
    pub fn index(self) -> usize {
        self as usize
    }
}
