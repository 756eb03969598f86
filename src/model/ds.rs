//! Dansk Socialrådgiverforening's (DS) recommended caseloads, as data, and
//! what reaching them would cost.
//!
//! Union representatives check proposals against DS's "vejledende sagstal",
//! so the calculator shows where a caseload lies against DS's range for the
//! area ([`Area::classify`]) and what the extra staff to reach the top or the
//! middle of the range would cost ([`Area::norm_costs`]). The figures, their
//! source, DS's own caveats and the older norms still quoted in budget papers
//! are all data here, so the page never states a number without its source.

use super::input::{FieldKind, InputError};
use super::kind::BenefitKind;
use super::lang::Text;

/// Where DS's figures come from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Source {
    pub publisher: Text,
    pub title: Text,
    /// The revision of the recommendations: year and month.
    pub revised_year: u16,
    pub revised_month: u8,
    pub url: &'static str,
}

/// The current guide: DS's executive board revised the recommendations in
/// April 2020.
pub const SOURCE: Source = Source {
    publisher: Text {
        da: "Dansk Socialrådgiverforening",
        en: "Danish Association of Social Workers (Dansk Socialrådgiverforening)",
    },
    title: Text {
        da: "Guiden: Overblik over DS' vejledende sagstal",
        en: "Guide: overview of DS' recommended caseloads (Overblik over DS' vejledende sagstal)",
    },
    revised_year: 2020,
    revised_month: 4,
    url: "https://socialraadgiverne.dk/faglig-artikel/guiden-overblik-over-ds-vejledende-sagstal/",
};

/// A recommended range of cases per full-time caseworker, inclusive.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CaseloadRange {
    pub min: f64,
    pub max: f64,
}

/// Where a caseload lies against a [`CaseloadRange`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Position {
    /// Fewer cases than the range: within DS's recommendation, with room.
    Below,
    /// Within the range, bounds included.
    Inside,
    /// More cases than DS recommends.
    Above,
}

impl CaseloadRange {
    /// The middle of the range, a natural "comfortably within" target.
    pub fn middle(self) -> f64 {
        (self.min + self.max) / 2.0
    }

    /// Below, inside or above the range (inclusive bounds). The caseload
    /// must be one the form accepts (1–1,000).
    pub fn classify(self, caseload: f64) -> Result<Position, InputError> {
        let c = FieldKind::Caseload.check(caseload)?;
        Ok(if c < self.min {
            Position::Below
        } else if c > self.max {
            Position::Above
        } else {
            Position::Inside
        })
    }
}

/// The ten areas DS recommends caseloads for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Area {
    ChildrenAndFamilies,
    /// Adults with disabilities or mental illness.
    AdultsDisabilityMentalIllness,
    /// Jobparate, over 30.
    JobReadyOver30,
    /// Aktivitetsparate (not yet job-ready), over 30.
    ActivityReadyOver30,
    /// Job- and uddannelsesparate (job- or education-ready), under 30.
    JobOrEducationReadyUnder30,
    /// Aktivitetsparate, under 30.
    ActivityReadyUnder30,
    Sygedagpenge,
    Ressourceforloeb,
    Fleksjob,
    Integration,
}

/// One row of DS's table.
struct Row {
    id: &'static str,
    name: Text,
    min: f64,
    max: f64,
}

impl Area {
    pub const ALL: [Area; 10] = [
        Area::ChildrenAndFamilies,
        Area::AdultsDisabilityMentalIllness,
        Area::JobReadyOver30,
        Area::ActivityReadyOver30,
        Area::JobOrEducationReadyUnder30,
        Area::ActivityReadyUnder30,
        Area::Sygedagpenge,
        Area::Ressourceforloeb,
        Area::Fleksjob,
        Area::Integration,
    ];

    /// DS's table, revision April 2020 ([`SOURCE`]).
    fn row(self) -> Row {
        let (id, da, en, min, max) = match self {
            Area::ChildrenAndFamilies => (
                "boern-familier",
                "Børn og familier",
                "Children and families",
                20.0,
                30.0,
            ),
            Area::AdultsDisabilityMentalIllness => (
                "voksne-handicap-psykiatri",
                "Voksne med handicap eller psykisk sygdom",
                "Adults with disabilities or mental illness",
                45.0,
                65.0,
            ),
            Area::JobReadyOver30 => (
                "jobparate-over-30",
                "Jobparate over 30 år",
                "Job-ready (jobparate), over 30",
                35.0,
                55.0,
            ),
            Area::ActivityReadyOver30 => (
                "aktivitetsparate-over-30",
                "Aktivitetsparate over 30 år",
                "Not yet job-ready (aktivitetsparate), over 30",
                25.0,
                40.0,
            ),
            Area::JobOrEducationReadyUnder30 => (
                "job-uddannelsesparate-under-30",
                "Job- og uddannelsesparate under 30 år",
                "Job- or education-ready, under 30",
                30.0,
                50.0,
            ),
            Area::ActivityReadyUnder30 => (
                "aktivitetsparate-under-30",
                "Aktivitetsparate under 30 år",
                "Not yet job-ready (aktivitetsparate), under 30",
                25.0,
                40.0,
            ),
            Area::Sygedagpenge => (
                "sygedagpenge",
                "Sygedagpenge",
                "Sickness benefit (sygedagpenge)",
                25.0,
                45.0,
            ),
            Area::Ressourceforloeb => (
                "ressourceforloeb",
                "Ressourceforløb",
                "Resource programmes (ressourceforløb)",
                25.0,
                40.0,
            ),
            Area::Fleksjob => ("fleksjob", "Fleksjob", "Flexi-jobs (fleksjob)", 25.0, 50.0),
            Area::Integration => (
                "integration",
                "Integration",
                "Integration of refugees",
                35.0,
                50.0,
            ),
        };
        Row {
            id,
            name: Text { da, en },
            min,
            max,
        }
    }

    /// Stable id, for URLs.
    pub fn id(self) -> &'static str {
        self.row().id
    }

    pub fn from_id(id: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|a| a.id() == id)
    }

    pub fn name(self) -> Text {
        self.row().name
    }

    /// DS's recommended cases per full-time caseworker.
    pub fn range(self) -> CaseloadRange {
        let r = self.row();
        CaseloadRange {
            min: r.min,
            max: r.max,
        }
    }

    /// Below, inside or above this area's range.
    pub fn classify(self, caseload: f64) -> Result<Position, InputError> {
        self.range().classify(caseload)
    }

    /// The area a group on `benefit` most obviously belongs to, to preselect
    /// it; the user can choose another. Jobafklaring is paid as
    /// ressourceforløbsydelse and handled like ressourceforløb; kontanthjælp
    /// defaults to aktivitetsparate over 30, the long-term group the seeds
    /// describe. Other benefits have no obvious area.
    pub fn for_benefit(benefit: BenefitKind) -> Option<Area> {
        match benefit {
            BenefitKind::Sygedagpenge => Some(Area::Sygedagpenge),
            BenefitKind::Jobafklaring => Some(Area::Ressourceforloeb),
            BenefitKind::Kontanthjaelp => Some(Area::ActivityReadyOver30),
            BenefitKind::Ledighedsydelse => Some(Area::Fleksjob),
            BenefitKind::Other | BenefitKind::Adagpenge => None,
        }
    }

    /// What reaching the top and the middle of this area's range would cost
    /// a group of `headcount` citizens at `current` cases per caseworker,
    /// at `cost_per_staff_year` kr.: "what would DS's norm cost?".
    pub fn norm_costs(
        self,
        headcount: f64,
        current: f64,
        cost_per_staff_year: f64,
    ) -> Result<NormCosts, NormError> {
        let range = self.range();
        Ok(NormCosts {
            top: cost_to_reach(headcount, current, range.max, cost_per_staff_year)?,
            middle: cost_to_reach(headcount, current, range.middle(), cost_per_staff_year)?,
        })
    }
}

/// Extra staff and cost to bring one group down to a caseload.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NormCost {
    /// The caseload aimed at.
    pub target: f64,
    /// `N/T − N/C`, or 0 when the group is already at or below the target.
    pub extra_staff: f64,
    /// `extra_staff × K`, kr. a year.
    pub annual_cost: f64,
}

/// The cost of reaching the top and the middle of DS's range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NormCosts {
    pub top: NormCost,
    pub middle: NormCost,
}

/// Which input of [`cost_to_reach`] is not acceptable, and why.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NormError {
    Headcount(InputError),
    /// Today's caseload or the target.
    Caseload(InputError),
    CostPerStaffYear(InputError),
}

/// Extra staff years and annual cost to bring `headcount` citizens from
/// `current` down to `target` cases per caseworker. Only a reduction costs:
/// a group already at or below the target needs no one extra (DS's norm is a
/// ceiling, not a reason to cut staff).
pub fn cost_to_reach(
    headcount: f64,
    current: f64,
    target: f64,
    cost_per_staff_year: f64,
) -> Result<NormCost, NormError> {
    let n = FieldKind::Headcount
        .check(headcount)
        .map_err(NormError::Headcount)?;
    let c = FieldKind::Caseload
        .check(current)
        .map_err(NormError::Caseload)?;
    let t = FieldKind::Caseload
        .check(target)
        .map_err(NormError::Caseload)?;
    let k = FieldKind::Money
        .check(cost_per_staff_year)
        .map_err(NormError::CostPerStaffYear)?;
    // Bounded inputs: N ≤ 10⁷, T ≥ 1, K ≤ 10⁹, so every product is finite.
    let extra_staff = if c > t { n / t - n / c } else { 0.0 };
    Ok(NormCost {
        target: t,
        extra_staff,
        annual_cost: extra_staff * k,
    })
}

/// Months a new or newly trained caseworker should carry a lower caseload.
pub const NEW_STAFF_LOWER_MONTHS: u8 = 6;

/// DS's own caveats: the recommendations are for one experienced full-time
/// caseworker, so some staff should carry fewer cases.
pub const CAVEATS: [Text; 3] = [
    Text {
        da: "Nyansatte og nyuddannede socialrådgivere bør have et lavere sagstal i en periode på ca. 6 måneder.",
        en: "New and newly qualified caseworkers should carry a lower caseload for about 6 months.",
    },
    Text {
        da: "Deltidsansatte og tillidsvalgte bør have et lavere sagstal.",
        en: "Part-time staff and elected union representatives should carry a lower caseload.",
    },
    Text {
        da: "Anbefalingerne gælder en fuldtidsansat socialrådgiver (37 timer om ugen) med myndighedsansvar.",
        en: "The recommendations are for one full-time caseworker (37 hours a week) with case authority.",
    },
];

/// A recommendation from before the current guide that budget papers still
/// quote.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OlderNorm {
    pub area: Text,
    pub range: CaseloadRange,
    /// The document quoting it.
    pub quoted_in: Text,
}

/// Older norms found in the seeds, kept so that a figure in a budget paper
/// can be recognised rather than mistaken for the current guide.
pub const OLDER_NORMS: [OlderNorm; 3] = [
    OlderNorm {
        area: Text {
            da: "Kontanthjælp, unge",
            en: "Social assistance (kontanthjælp), young people",
        },
        range: CaseloadRange {
            min: 35.0,
            max: 50.0,
        },
        quoted_in: Text {
            da: "Dansk Socialrådgiverforening: \"Investering i en forstærket indsats til udsatte ledige tjener sig mange gange hjem\"",
            en: "Dansk Socialrådgiverforening: \"Investering i en forstærket indsats til udsatte ledige tjener sig mange gange hjem\" (investing in a stronger effort for vulnerable unemployed people pays for itself many times over)",
        },
    },
    OlderNorm {
        area: Text {
            da: "Kontanthjælp, voksne",
            en: "Social assistance (kontanthjælp), adults",
        },
        range: CaseloadRange {
            min: 40.0,
            max: 55.0,
        },
        quoted_in: Text {
            da: "Dansk Socialrådgiverforening: \"Investering i en forstærket indsats til udsatte ledige tjener sig mange gange hjem\"",
            en: "Dansk Socialrådgiverforening: \"Investering i en forstærket indsats til udsatte ledige tjener sig mange gange hjem\" (investing in a stronger effort for vulnerable unemployed people pays for itself many times over)",
        },
    },
    OlderNorm {
        area: Text {
            da: "Sygedagpenge",
            en: "Sickness benefit (sygedagpenge)",
        },
        range: CaseloadRange {
            min: 35.0,
            max: 50.0,
        },
        quoted_in: Text {
            da: "Københavns Kommune, budget 2023, forslag BI08 (2022)",
            en: "City of Copenhagen, budget 2023, proposal BI08 (2022)",
        },
    },
];

/// Says why [`OLDER_NORMS`] differ from [`Area::range`].
pub const OLDER_NORMS_NOTE: Text = Text {
    da: "Ældre anbefalinger citeres stadig i budgetforslag: kontanthjælp 35–50 (unge) og 40–55 (voksne), og Københavns budgetforslag BI08 (2022) nævner 35–50 for sygedagpenge. Den gældende guide fra april 2020 anbefaler 25–45 for sygedagpenge; beregneren bruger den.",
    en: "Older recommendations are still quoted in budget proposals: social assistance 35–50 (young people) and 40–55 (adults), and Copenhagen's proposal BI08 (2022) gives 35–50 for sickness benefit. The current guide of April 2020 recommends 25–45 for sickness benefit; the calculator uses it.",
};

/// One target group measured against its DS area.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GroupNorm {
    pub area: Area,
    pub current: Position,
    pub target: Position,
    pub costs: NormCosts,
}

/// Each group of a valid scenario against its DS area (`None` where the
/// group has no area); `areas` is in group order.
pub fn scenario_norms(
    s: &super::scenario::Scenario,
    areas: &[Option<Area>],
) -> Vec<Option<GroupNorm>> {
    s.groups
        .iter()
        .zip(areas)
        .map(|(g, area)| {
            let area = (*area)?;
            Some(GroupNorm {
                area,
                current: area.classify(g.current).ok()?,
                target: area.classify(g.target).ok()?,
                costs: area
                    .norm_costs(g.headcount, g.current, s.cost_per_staff_year)
                    .ok()?,
            })
        })
        .collect()
}

/// What reaching DS's top and middle would cost a year from today, beside
/// what the proposal costs, over the groups that have a DS area. A union
/// representative asks "how far is the proposal from DS?": BI08's 11,34
/// mio. kr. against 15,75 mio. kr. to the top is 4,41 mio. kr. more.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DsVersusProposal {
    pub top: f64,
    pub middle: f64,
    /// The proposal's annual cost of the same groups (negative for a cut).
    pub proposal: f64,
}

impl DsVersusProposal {
    /// How much more reaching the top costs than the proposal (negative:
    /// the proposal goes further).
    pub fn top_beyond(&self) -> f64 {
        self.top - self.proposal
    }

    pub fn middle_beyond(&self) -> f64 {
        self.middle - self.proposal
    }
}

/// `norms` from [`scenario_norms`] and the results of the same scenario;
/// `None` when no group has an area.
pub fn versus_proposal(
    norms: &[Option<GroupNorm>],
    results: &super::calc::Results,
) -> Option<DsVersusProposal> {
    let mut sum: Option<DsVersusProposal> = None;
    for (norm, group) in norms.iter().zip(&results.groups) {
        let Some(n) = norm else { continue };
        let s = sum.get_or_insert(DsVersusProposal {
            top: 0.0,
            middle: 0.0,
            proposal: 0.0,
        });
        s.top += n.costs.top.annual_cost;
        s.middle += n.costs.middle.annual_cost;
        s.proposal += group.annual_cost;
    }
    sum
}

/// Where the raised targets of a cut land against DS's ranges. DS's norm is
/// a ceiling, so a union representative reading a cut asks first whether
/// the new caseloads go above it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CutLanding {
    /// No group with a higher target has a DS area: nothing to say.
    NoArea,
    /// Every raised group with an area lands above its range; `range` is
    /// that range when they all share one (one group, or one area).
    AllAbove { range: Option<CaseloadRange> },
    /// `above` of the `of` raised groups with an area land above their range.
    SomeAbove { above: usize, of: usize },
    /// Every raised group with an area stays within or below its range.
    NoneAbove,
}

/// Where the groups of `s` whose target is above today's (the groups a cut
/// raises) land against their DS area (`areas`, in group order). Groups
/// without citizens or without an area are not counted.
pub fn cut_landing(s: &super::scenario::Scenario, areas: &[Option<Area>]) -> CutLanding {
    let raised: Vec<(Area, Position)> = s
        .groups
        .iter()
        .zip(areas)
        .filter(|(g, _)| g.headcount > 0.0 && g.target > g.current)
        .filter_map(|(g, area)| {
            let area = (*area)?;
            Some((area, area.classify(g.target).ok()?))
        })
        .collect();
    let above = raised.iter().filter(|(_, p)| *p == Position::Above).count();
    match (raised.first(), above) {
        (None, _) => CutLanding::NoArea,
        (Some(_), 0) => CutLanding::NoneAbove,
        (Some(&(first, _)), n) if n == raised.len() => CutLanding::AllAbove {
            range: raised
                .iter()
                .all(|(a, _)| a.range() == first.range())
                .then(|| first.range()),
        },
        (Some(_), n) => CutLanding::SomeAbove {
            above: n,
            of: raised.len(),
        },
    }
}

#[cfg(test)]
mod tests;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props;
