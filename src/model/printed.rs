//! The budget as it is printed: in whole 1,000 kr., in the seeds'
//! convention that a table adds up as printed.
//!
//! [`super::budget`] keeps every amount in whole kroner. Dividing each of
//! those by 1,000 and rounding would print, for 4 years of 2,285,714 kr.,
//! `2.286` four times next to an "I alt" of `9.143` (the rounded sum of the
//! kroner): a reader who adds the printed cells gets 9.144 and finds the
//! table wrong (issue 15, finding 6). The seeds' budget tables (e.g. KK's
//! BI08 proposal) are laid out so that every total is the sum of the figures
//! above it, so here:
//!
//! - each year's cost and savings is rounded to whole 1,000 kr., **half away
//!   from zero** (2,285,500 kr. → 2.286, −2,285,500 kr. → −2.286), the rule
//!   [`super::number::format`] and people use, so a saving rounds like the
//!   cost of the same size with the opposite sign;
//! - every total is the **sum of the printed cells**: "Nettovirkning" of a
//!   year is printed cost + printed savings, the running total adds the
//!   printed nets, and "I alt" of each line adds that line's printed cells.
//!
//! A printed total therefore differs from the rounded exact total by at
//! most one unit (1,000 kr.) per summed cell, never by more; that is the
//! price of a table that adds up, and the note under the table says so.
//!
//! The payback year stays computed on the exact kroner
//! ([`super::budget::Budget::payback_year`]): it is a property of the
//! proposal, not of the display unit, and the payback chart (in kr.), the
//! scenario comparison and the embed results use the same year. The
//! printed running total can disagree with it only when the exact running
//! total in a year is within `years × 1,000 kr.` of zero, i.e. when the
//! proposal is within a few thousand kroner of breaking even over several
//! million; [`Printed::contradicts_payback`] tells whether a table shows
//! that, the tests here show such a case needs amounts that sit on the
//! rounding edges in several years, and `tests/printed_props.rs` checks the
//! bound and that every printed total is the sum of its cells for any valid
//! budget.
//!
//! Amounts are `i64` thousands: exact sums, and far more than the
//! `MAX_ANNUAL_COST` range needs (10¹⁵ thousands a year, ten years), with
//! saturating arithmetic so nothing panics. Nothing here formats text.

use super::budget::{Budget, BudgetYear};
use super::lang::Lang;
use super::number::format;

/// The lines of the budget table, in the seeds' order: service, then the
/// transfers as udgift and indtægt apart, then their net.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Line {
    /// Personaleudgift (service).
    Cost,
    /// Ydelser, brutto (overførsler, udgift), negative.
    BenefitsGross,
    /// Statsrefusion, der bortfalder (overførsler, indtægt), positive.
    Reimbursement,
    /// Fortrængning til andre ydelser (overførsler), positive.
    Displaced,
    /// Sparede ydelser, netto (overførsler): the sum of the three lines
    /// above as printed; negative.
    Savings,
    /// Nettovirkning.
    Net,
    /// Akkumuleret nettovirkning.
    Cumulative,
}

impl Line {
    pub const ALL: [Line; 7] = [
        Line::Cost,
        Line::BenefitsGross,
        Line::Reimbursement,
        Line::Displaced,
        Line::Savings,
        Line::Net,
        Line::Cumulative,
    ];

    /// The parts of the net transfers.
    const PARTS: [Line; 3] = [Line::BenefitsGross, Line::Reimbursement, Line::Displaced];

    /// This line in a printed year, 1,000 kr.
    pub fn printed(self, y: &PrintedYear) -> i64 {
        match self {
            Line::Cost => y.cost,
            Line::BenefitsGross => y.benefits_gross,
            Line::Reimbursement => y.reimbursement,
            Line::Displaced => y.displaced,
            Line::Savings => y.savings,
            Line::Net => y.net,
            Line::Cumulative => y.cumulative,
        }
    }

    /// This line in an exact year, kr.
    pub fn exact(self, y: &BudgetYear) -> f64 {
        match self {
            Line::Cost => y.cost,
            Line::BenefitsGross => y.benefits_gross,
            Line::Reimbursement => y.reimbursement,
            Line::Displaced => y.displaced,
            Line::Savings => y.savings,
            Line::Net => y.net,
            Line::Cumulative => y.cumulative,
        }
    }
}

/// One printed column: a year, in whole 1,000 kr.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrintedYear {
    pub year: i32,
    /// Staff cost, rounded per cell.
    pub cost: i64,
    /// Benefits gross, reimbursement and displaced cost, rounded per cell.
    pub benefits_gross: i64,
    pub reimbursement: i64,
    pub displaced: i64,
    /// Benefit savings (negative): the sum of the three printed parts.
    pub savings: i64,
    /// `cost + savings` as printed.
    pub net: i64,
    /// Running total of the printed nets.
    pub cumulative: i64,
}

/// The printed budget table in 1,000 kr.: every total is the sum of the
/// printed cells it covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Printed {
    pub rows: Vec<PrintedYear>,
    /// "I alt" of each line: the sums of its printed cells.
    pub total_cost: i64,
    pub total_benefits_gross: i64,
    pub total_reimbursement: i64,
    pub total_displaced: i64,
    pub total_savings: i64,
    pub total_net: i64,
}

/// Whole kroner to whole 1,000 kr., half away from zero. `f64::round`
/// rounds half away from zero, and `kr / 1000` is exact at every half (a
/// whole number of kroner ending in 500 gives `x.5` exactly). `as`
/// saturates, so no amount can panic (a NaN, which a valid budget never
/// holds, becomes 0).
pub fn thousands(kr: f64) -> i64 {
    (kr / 1_000.0).round() as i64
}

/// The printed table for `budget`.
pub fn printed(budget: &Budget) -> Printed {
    let mut cumulative = 0i64;
    let rows: Vec<PrintedYear> = budget
        .rows
        .iter()
        .map(|y: &BudgetYear| {
            let cost = thousands(y.cost);
            let benefits_gross = thousands(y.benefits_gross);
            let reimbursement = thousands(y.reimbursement);
            let displaced = thousands(y.displaced);
            let savings = benefits_gross
                .saturating_add(reimbursement)
                .saturating_add(displaced);
            let net = cost.saturating_add(savings);
            cumulative = cumulative.saturating_add(net);
            PrintedYear {
                year: y.year,
                cost,
                benefits_gross,
                reimbursement,
                displaced,
                savings,
                net,
                cumulative,
            }
        })
        .collect();
    let sum = |f: fn(&PrintedYear) -> i64| rows.iter().map(f).fold(0i64, i64::saturating_add);
    Printed {
        total_cost: sum(|r| r.cost),
        total_benefits_gross: sum(|r| r.benefits_gross),
        total_reimbursement: sum(|r| r.reimbursement),
        total_displaced: sum(|r| r.displaced),
        total_savings: sum(|r| r.savings),
        total_net: sum(|r| r.net),
        rows,
    }
}

impl Printed {
    /// The line's "I alt" as printed; `None` for the running total, whose
    /// column stays empty (a sum of running totals means nothing; its last
    /// cell already equals the total net).
    pub fn total(&self, line: Line) -> Option<i64> {
        match line {
            Line::Cost => Some(self.total_cost),
            Line::BenefitsGross => Some(self.total_benefits_gross),
            Line::Reimbursement => Some(self.total_reimbursement),
            Line::Displaced => Some(self.total_displaced),
            Line::Savings => Some(self.total_savings),
            Line::Net => Some(self.total_net),
            Line::Cumulative => None,
        }
    }

    /// The lines the table shows: a part of the transfers only when some
    /// year has it (no effect, no reimbursement or no displacement leaves
    /// its line out), every other line always.
    pub fn lines(&self) -> Vec<Line> {
        Line::ALL
            .into_iter()
            .filter(|l| !Line::PARTS.contains(l) || self.rows.iter().any(|y| l.printed(y) != 0))
            .collect()
    }

    /// The line's cells as printed in `lang` (whole 1,000 kr., grouped the
    /// page's way: `2.286`, `-9.144`), one per year, then "I alt" (`""`
    /// for the running total). The page and every export show these texts.
    pub fn texts(&self, line: Line, lang: Lang) -> Vec<String> {
        // Whole thousands up to 10¹⁶ (ten years at the model's largest
        // amount) are exact in an f64 up to 2⁵³ ≈ 9·10¹⁵; beyond that a
        // number with 17 digits could print one unit off, far outside any
        // budget.
        let text = |v: i64| format(v as f64, 0, lang);
        let mut out: Vec<String> = self.rows.iter().map(|y| text(line.printed(y))).collect();
        out.push(self.total(line).map_or_else(String::new, text));
        out
    }

    /// Whether the printed running totals visibly disagree with `payback`
    /// (computed on the exact kroner, "the first year from which the
    /// running total is 0 or below for the rest of the budget"): a printed
    /// running total above 0 from the payback year on, or one at 0 or
    /// below in every year from an earlier year on while the exact figures
    /// say later or never.
    pub fn contradicts_payback(&self, payback: Option<i32>) -> bool {
        let from_printed = match self.rows.iter().rposition(|r| r.cumulative > 0) {
            None => self.rows.first(),
            Some(i) => self.rows.get(i + 1),
        }
        .map(|r| r.year);
        from_printed != payback
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::budget::{budget, BudgetInput, BudgetSettings, MAX_ANNUAL_COST};

    /// A budget straight from per-year kroner (cost, savings), with the
    /// exact totals and running totals the model would give.
    fn exact(rows: &[(f64, f64)]) -> Budget {
        let mut cumulative = 0.0;
        let rows: Vec<BudgetYear> = rows
            .iter()
            .enumerate()
            .map(|(i, &(cost, savings))| {
                cumulative += cost + savings;
                BudgetYear {
                    year: 2027 + i as i32,
                    staff_share: 1.0,
                    effect_share: 1.0,
                    cost,
                    benefits_gross: savings,
                    reimbursement: 0.0,
                    displaced: 0.0,
                    savings,
                    net: cost + savings,
                    cumulative,
                }
            })
            .collect();
        Budget {
            total_cost: rows.iter().map(|r| r.cost).sum(),
            total_benefits_gross: rows.iter().map(|r| r.savings).sum(),
            total_reimbursement: 0.0,
            total_displaced: 0.0,
            total_savings: rows.iter().map(|r| r.savings).sum(),
            total_net: rows.iter().map(|r| r.net).sum(),
            payback_year: None,
            rows,
        }
    }

    #[test]
    fn rounds_each_cell_half_away_from_zero() {
        let cases: &[(f64, i64)] = &[
            (0.0, 0),
            (499.0, 0),
            (500.0, 1),
            (-500.0, -1),
            (-499.0, 0),
            (1_500.0, 2),
            (2_285_714.0, 2_286),
            (2_285_500.0, 2_286),
            (2_285_499.0, 2_285),
            (-2_285_500.0, -2_286),
            (11_340_000.0, 11_340),
            (MAX_ANNUAL_COST, 1_000_000_000_000_000),
            (f64::INFINITY, i64::MAX),
            (f64::NAN, 0),
        ];
        for &(kr, expected) in cases {
            assert_eq!(thousands(kr), expected, "{kr}");
        }
    }

    struct Case {
        name: &'static str,
        /// (cost, savings) per year, kr.
        years: &'static [(f64, f64)],
        /// (cost, savings, net, cumulative) per year, 1,000 kr.
        printed: &'static [[i64; 4]],
        /// I alt: cost, savings, net.
        totals: [i64; 3],
    }

    #[test]
    fn totals_are_sums_of_the_printed_cells() {
        let cases = [
            Case {
                // Issue 15, finding 6: 2,285,714 kr. a year used to print
                // 2.286 a year next to an "I alt" of 9.143 and a running
                // total of 4.571 in year 2.
                name: "issue 15: 4 × 2,285,714 kr.",
                years: &[(2_285_714.0, 0.0); 4],
                printed: &[
                    [2_286, 0, 2_286, 2_286],
                    [2_286, 0, 2_286, 4_572],
                    [2_286, 0, 2_286, 6_858],
                    [2_286, 0, 2_286, 9_144],
                ],
                totals: [9_144, 0, 9_144],
            },
            Case {
                // Seed 000 (KK BI08): already whole thousands, unchanged.
                name: "Copenhagen BI08",
                years: &[(11_340_000.0, 0.0); 4],
                printed: &[
                    [11_340, 0, 11_340, 11_340],
                    [11_340, 0, 11_340, 22_680],
                    [11_340, 0, 11_340, 34_020],
                    [11_340, 0, 11_340, 45_360],
                ],
                totals: [45_360, 0, 45_360],
            },
            Case {
                // The net is the sum of the printed cells, not the rounded
                // exact net: 1,400 − 1,400 = 0 kr. exactly, but printed
                // 1 + (−1) = 0 too; 1,400 − 600 = 800 kr. → 1 + (−1) = 0,
                // although 800 kr. alone would print as 1.
                name: "net from the printed cells",
                years: &[(1_400.0, -1_400.0), (1_400.0, -600.0)],
                printed: &[[1, -1, 0, 0], [1, -1, 0, 0]],
                totals: [2, -2, 0],
            },
            Case {
                // Halves away from zero on both signs: 2.5 → 3, −2.5 → −3.
                name: "halves",
                years: &[(2_500.0, -2_500.0), (3_500.0, -1_499.0)],
                printed: &[[3, -3, 0, 0], [4, -1, 3, 3]],
                totals: [7, -4, 3],
            },
            Case {
                name: "savings larger than the cost",
                years: &[(800_000.0, -1_200_400.0), (800_000.0, -1_200_600.0)],
                printed: &[[800, -1_200, -400, -400], [800, -1_201, -401, -801]],
                totals: [1_600, -2_401, -801],
            },
        ];
        for case in cases {
            let p = printed(&exact(case.years));
            let rows: Vec<[i64; 4]> = p
                .rows
                .iter()
                .map(|r| [r.cost, r.savings, r.net, r.cumulative])
                .collect();
            assert_eq!(rows, case.printed, "{}", case.name);
            assert_eq!(
                [p.total_cost, p.total_savings, p.total_net],
                case.totals,
                "{}",
                case.name
            );
            assert_eq!(
                p.rows.iter().map(|r| r.year).collect::<Vec<_>>(),
                (2027..2027 + case.years.len() as i32).collect::<Vec<_>>(),
                "{}",
                case.name
            );
        }
    }

    #[test]
    fn the_issue_example_through_the_budget_model() {
        let input = BudgetInput {
            annual_cost: 2_285_714.0,
            groups: Vec::new(),
        };
        let b = budget(&input, &BudgetSettings::new(2027)).unwrap();
        // The exact total the table used to print rounded: 9.143.
        assert_eq!(b.total_cost, 9_142_856.0);
        let p = printed(&b);
        assert_eq!(p.total_cost, 9_144);
        assert_eq!(p.rows[1].cumulative, 4_572);
        assert!(!p.contradicts_payback(b.payback_year));
    }

    #[test]
    fn the_issue_example_exports_as_printed() {
        use crate::model::export::{write, Format};
        let p = printed(&exact(&[(2_285_714.0, 0.0); 4]));
        assert_eq!(
            p.texts(Line::Cost, Lang::Da),
            ["2.286", "2.286", "2.286", "2.286", "9.144"]
        );
        assert_eq!(
            p.texts(Line::Cumulative, Lang::En),
            ["2,286", "4,572", "6,858", "9,144", ""]
        );
        // No effect: the table leaves out the transfers' parts.
        assert_eq!(
            p.lines(),
            [Line::Cost, Line::Savings, Line::Net, Line::Cumulative]
        );
        let rows: Vec<Vec<String>> = p.lines().iter().map(|&l| p.texts(l, Lang::Da)).collect();
        assert_eq!(
            write(&rows, Format::Csv, Lang::Da),
            "\u{feff}2286;2286;2286;2286;9144\r\n\
             0;0;0;0;0\r\n\
             2286;2286;2286;2286;9144\r\n\
             2286;4572;6858;9144;\r\n"
        );
        let rows: Vec<Vec<String>> = [Line::Savings]
            .iter()
            .map(|&l| printed(&exact(&[(0.0, -1_200_600.0); 2])).texts(l, Lang::En))
            .collect();
        assert_eq!(write(&rows, Format::Tsv, Lang::En), "-1201\t-1201\t-2402\n");
    }

    #[test]
    fn payback_on_exact_kroner_and_when_the_print_disagrees() {
        // Cost 1,000,500 kr. (prints 1.001) against savings of 1,000,499
        // and 1,000,501 kr. (print −1.000, −1.001): exactly +1 kr., then
        // 0 kr. running total, so the exact payback year is year 2; the
        // printed running total is 1 in both years. Only amounts on the
        // rounding edge in several years do this.
        let mut b = exact(&[(1_000_500.0, -1_000_499.0), (1_000_500.0, -1_000_501.0)]);
        b.payback_year = Some(2028);
        let p = printed(&b);
        assert_eq!([p.rows[0].cumulative, p.rows[1].cumulative], [1, 1]);
        assert!(p.contradicts_payback(b.payback_year));
        // Whole-thousand and ordinary amounts agree.
        let mut b = exact(&[(800_000.0, -1_200_000.0); 4]);
        b.payback_year = Some(2027);
        assert!(!printed(&b).contradicts_payback(b.payback_year));
        let b = exact(&[(2_285_714.0, 0.0); 4]);
        assert!(!printed(&b).contradicts_payback(None));
    }
}
