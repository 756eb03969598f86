//! The rate catalogue: every benefit's gross monthly rate by year, each with
//! its source and whether it is published or derived, and the projection
//! that gives a rate for any budget year.
//!
//! A finance officer's first question is "which year's rate, and from
//! where?", so no figure here is without a year and a source, and a figure
//! that is not printed anywhere (arithmetic on published figures) says so
//! and how it was computed ([`Basis::Derived`]). Years for which no figure
//! was found are left out rather than guessed; [`rate_for_year`] then says
//! which year's figure it used instead ([`RateBasis::Nearest`]). Sources and
//! findings: docs/numbers.md, "Reimbursement and the rate catalogue".

use super::kind::BenefitKind;
use super::lang::Text;

mod catalogue;
use catalogue::ADAGPENGE_OLDER;
pub use catalogue::CATALOGUE;

/// Weeks in a year over months in a year: the conversion from a weekly rate
/// to a monthly one (weekly × 52 / 12).
pub const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

/// Whether a catalogue figure is printed in its source or computed here.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Basis {
    /// Printed in the source (a weekly rate converted × 52 / 12 counts as
    /// printed: that is the calculator's own monthly convention).
    Published,
    /// Arithmetic on published figures; the text says how.
    Derived(Text),
}

/// Which of a benefit's rates an entry is: a benefit can have several
/// (kontanthjælp with and without children, the 2025 system's rates).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Series {
    /// The rate the calculator defaults to (see [`primary_series`]).
    Main,
    /// Kontanthjælp/ressourceforløbsydelse over 30, with children.
    WithChildren,
    /// Kontanthjælp from 1 July 2025: forhøjet sats (the default from 2025).
    Forhoejet,
    /// Kontanthjælp from 1 July 2025: grundsats.
    Grundsats,
    /// Kontanthjælp from 1 July 2025: mindstesats.
    Mindstesats,
    /// A supplement paid on top of a rate: shown for information, never a
    /// rate on its own (not offered as a group's rate).
    Supplement,
}

/// One year-stamped rate of the catalogue.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CatalogueRate {
    /// Stable id, for `<option value>` (ids of earlier versions are kept).
    pub id: &'static str,
    pub benefit: BenefitKind,
    pub series: Series,
    pub year: u16,
    /// Gross monthly rate, kr.
    pub monthly: f64,
    /// What the rate is for, in Danish and English (short, for a list).
    pub label: Text,
    /// Where it comes from, without a link: "bm.dk, Satser for 2024".
    pub source: &'static str,
    pub basis: Basis,
}

impl CatalogueRate {
    /// Whether a group's rate can be set to it (supplements cannot).
    pub fn is_rate(&self) -> bool {
        self.series != Series::Supplement
    }
}

/// Every catalogue figure: grouped by benefit, newest first within each.
pub fn all() -> impl Iterator<Item = &'static CatalogueRate> {
    CATALOGUE.iter().chain(ADAGPENGE_OLDER.iter())
}

/// The catalogue figure with this id.
pub fn find(id: &str) -> Option<&'static CatalogueRate> {
    all().find(|r| r.id == id)
}

/// The catalogue figures of one benefit, newest first (supplements too; see
/// [`CatalogueRate::is_rate`]).
pub fn catalogue_for(benefit: BenefitKind) -> impl Iterator<Item = &'static CatalogueRate> {
    all().filter(move |r| r.benefit == benefit)
}

/// The series the calculator uses for `benefit` in `year`: kontanthjælp's
/// forhøjet sats from 2025 (the system in force since 1 July 2025), the over-30
/// rate without children before.
pub fn primary_series(benefit: BenefitKind, year: i32) -> Series {
    match benefit {
        BenefitKind::Kontanthjaelp if year >= 2025 => Series::Forhoejet,
        _ => Series::Main,
    }
}

/// The published satsreguleringsprocent by finansår (lov om en
/// satsreguleringsprocent § 1): 2025 is 3.6 % (oes.dk, "Pris- og
/// lønforudsætninger", FFL 2025). Later years are not published.
const PUBLISHED_REGULATION: [(i32, f64); 1] = [(2025, 3.6)];

/// The yearly regulation assumed where none is published: the newest
/// published satsreguleringsprocent (2025). An assumption, and labelled so.
pub const ASSUMED_REGULATION_PCT: f64 = 3.6;

/// Projections stop here: budget years run to 2100, and a rate compounded
/// further says nothing (it also keeps every projected rate finite).
pub const LAST_PROJECTED_YEAR: i32 = 2100;

/// A rate for one budget year and how it was arrived at.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearRate {
    /// The budget year asked for.
    pub year: i32,
    /// Gross monthly rate, kr.
    pub monthly: f64,
    pub basis: RateBasis,
}

/// How [`rate_for_year`] arrived at a rate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RateBasis {
    /// The catalogue's figure for that year (published or derived: see its
    /// [`CatalogueRate::basis`]).
    Catalogue(&'static CatalogueRate),
    /// The newest figure, regulated each year after it by `pct_per_year`;
    /// `assumed` when any of those years' percentages is not published.
    Projected {
        from: &'static CatalogueRate,
        pct_per_year: f64,
        assumed: bool,
    },
    /// No figure for that year: the nearest earlier one (or, before the
    /// first, the first) unchanged, since the regulation of the years
    /// between was not found.
    Nearest(&'static CatalogueRate),
}

impl RateBasis {
    /// The catalogue figure the rate comes from.
    pub fn entry(&self) -> &'static CatalogueRate {
        match *self {
            RateBasis::Catalogue(r) | RateBasis::Nearest(r) => r,
            RateBasis::Projected { from, .. } => from,
        }
    }

    /// Whether the rate is a catalogue figure printed in its source.
    pub fn is_published(&self) -> bool {
        matches!(self, RateBasis::Catalogue(r) if r.basis == Basis::Published)
    }
}

/// The regulation percentage into finansår `year`, and whether it is assumed.
fn regulation(year: i32) -> (f64, bool) {
    PUBLISHED_REGULATION
        .iter()
        .find(|(y, _)| *y == year)
        .map_or((ASSUMED_REGULATION_PCT, true), |&(_, p)| (p, false))
}

/// The gross monthly rate of `benefit` for budget year `year`: the
/// catalogue's figure for that year if there is one; after the newest
/// figure, that figure regulated by the satsreguleringsprocent of each
/// year (published for 2025, assumed [`ASSUMED_REGULATION_PCT`] after);
/// in a year without a figure, the nearest earlier one. `None` for a
/// benefit without a catalogue ([`BenefitKind::Other`]).
///
/// Pure and total: any `i32` gives a finite rate (projections stop at
/// [`LAST_PROJECTED_YEAR`]).
pub fn rate_for_year(benefit: BenefitKind, year: i32) -> Option<YearRate> {
    let series = primary_series(benefit, year);
    let in_series = || catalogue_for(benefit).filter(move |r| r.series == series && r.is_rate());
    if let Some(r) = in_series().find(|r| i32::from(r.year) == year) {
        return Some(YearRate {
            year,
            monthly: r.monthly,
            basis: RateBasis::Catalogue(r),
        });
    }
    let newest = in_series().max_by_key(|r| r.year)?;
    let newest_year = i32::from(newest.year);
    if year > newest_year {
        let mut monthly = newest.monthly;
        let mut assumed = false;
        let mut pct_per_year = ASSUMED_REGULATION_PCT;
        for y in newest_year + 1..=year.min(LAST_PROJECTED_YEAR) {
            let (pct, a) = regulation(y);
            monthly *= 1.0 + pct / 100.0;
            assumed |= a;
            pct_per_year = pct;
        }
        return Some(YearRate {
            year,
            monthly,
            basis: RateBasis::Projected {
                from: newest,
                pct_per_year,
                assumed,
            },
        });
    }
    let nearest = in_series()
        .filter(|r| i32::from(r.year) < year)
        .max_by_key(|r| r.year)
        .or_else(|| in_series().min_by_key(|r| r.year))?;
    Some(YearRate {
        year,
        monthly: nearest.monthly,
        basis: RateBasis::Nearest(nearest),
    })
}

#[cfg(test)]
mod tests;
