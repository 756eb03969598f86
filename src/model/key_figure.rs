//! The eight key figures, listed once: their order, their names on the
//! page and in the embed message, their precision, their unit and their
//! value from the results.
//!
//! The result panel, the copied results and the `sagsstamme:result`
//! message read this one list, so a figure added, renamed or reordered here
//! changes all three alike.

use super::calc::{BreakEven, Results};

/// What a key figure counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    StaffYears,
    Kr,
    Months,
    /// A fraction of the benefit months (0.012 = 1.2 %).
    Share,
    Persons,
}

/// One key figure, in the order the page shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyFigure {
    ExtraStaff,
    AnnualCost,
    BreakEvenMonths,
    MonthsPerCitizen,
    ReductionShare,
    PersonsOffBenefits,
    StaffNow,
    StaffTarget,
}

impl KeyFigure {
    /// Every key figure, in display order (also the message's and the
    /// export's order).
    pub const ALL: [KeyFigure; 8] = [
        KeyFigure::ExtraStaff,
        KeyFigure::AnnualCost,
        KeyFigure::BreakEvenMonths,
        KeyFigure::MonthsPerCitizen,
        KeyFigure::ReductionShare,
        KeyFigure::PersonsOffBenefits,
        KeyFigure::StaffNow,
        KeyFigure::StaffTarget,
    ];

    /// The figure's `data-testid` on the page, which hosts and tests read
    /// its `data-value` by (docs/embed.md).
    pub fn id(self) -> &'static str {
        match self {
            KeyFigure::ExtraStaff => "extra-staff-years",
            KeyFigure::AnnualCost => "annual-cost",
            KeyFigure::BreakEvenMonths => "break-even-months",
            KeyFigure::MonthsPerCitizen => "months-per-citizen",
            KeyFigure::ReductionShare => "reduction-share",
            KeyFigure::PersonsOffBenefits => "persons-off-benefits",
            KeyFigure::StaffNow => "staff-now",
            KeyFigure::StaffTarget => "staff-target",
        }
    }

    /// The figure's name in the `sagsstamme:result` message.
    pub fn message_name(self) -> &'static str {
        match self {
            KeyFigure::ExtraStaff => "extraStaffYears",
            KeyFigure::AnnualCost => "annualCost",
            KeyFigure::BreakEvenMonths => "breakEvenMonths",
            KeyFigure::MonthsPerCitizen => "monthsPerCitizen",
            KeyFigure::ReductionShare => "reductionShare",
            KeyFigure::PersonsOffBenefits => "personsOffBenefits",
            KeyFigure::StaffNow => "staffNow",
            KeyFigure::StaffTarget => "staffTarget",
        }
    }

    pub fn unit(self) -> Unit {
        match self {
            KeyFigure::ExtraStaff | KeyFigure::StaffNow | KeyFigure::StaffTarget => {
                Unit::StaffYears
            }
            KeyFigure::AnnualCost => Unit::Kr,
            KeyFigure::BreakEvenMonths | KeyFigure::MonthsPerCitizen => Unit::Months,
            KeyFigure::ReductionShare => Unit::Share,
            KeyFigure::PersonsOffBenefits => Unit::Persons,
        }
    }

    /// Decimals the page shows. A share is shown as a per cent with one
    /// decimal, so as a fraction it has three (0.012 = 1.2 %), which is how
    /// the export writes it, for a spreadsheet to format as a per cent.
    pub fn decimals(self) -> usize {
        match self {
            KeyFigure::AnnualCost | KeyFigure::BreakEvenMonths => 0,
            KeyFigure::MonthsPerCitizen => 2,
            KeyFigure::ReductionShare => 3,
            KeyFigure::ExtraStaff
            | KeyFigure::PersonsOffBenefits
            | KeyFigure::StaffNow
            | KeyFigure::StaffTarget => 1,
        }
    }

    /// Whether the figure is part of the break-even answer (how much less
    /// time on benefits pays for the staff), so that "no reduction needed"
    /// is its answer when the proposal costs nothing.
    pub fn is_break_even(self) -> bool {
        matches!(
            self,
            KeyFigure::BreakEvenMonths
                | KeyFigure::MonthsPerCitizen
                | KeyFigure::ReductionShare
                | KeyFigure::PersonsOffBenefits
        )
    }

    /// The figure's value. The break-even figures are 0 when no reduction
    /// is needed (a cut or no change) and `None` when break-even is
    /// impossible (no benefit spending to save from); `None` is posted as
    /// `null` and shown as a dash or a sentence.
    pub fn value(self, r: &Results) -> Option<f64> {
        let break_even = |pick: fn(f64, f64, f64, f64) -> f64| match r.break_even {
            BreakEven::Required {
                months_per_year,
                months_per_citizen,
                share,
                full_year_persons,
            } => Some(pick(
                months_per_year,
                months_per_citizen,
                share,
                full_year_persons,
            )),
            BreakEven::NotNeeded(_) => Some(0.0),
            BreakEven::NoBenefitSpending => None,
        };
        match self {
            KeyFigure::ExtraStaff => Some(r.extra_staff),
            KeyFigure::AnnualCost => Some(r.annual_cost),
            KeyFigure::BreakEvenMonths => break_even(|m, _, _, _| m),
            KeyFigure::MonthsPerCitizen => break_even(|_, c, _, _| c),
            KeyFigure::ReductionShare => break_even(|_, _, s, _| s),
            KeyFigure::PersonsOffBenefits => break_even(|_, _, _, p| p),
            KeyFigure::StaffNow => Some(r.staff_now),
            KeyFigure::StaffTarget => Some(r.staff_target),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::scenario;
    use crate::model::{compute, BenefitKind};

    fn values(r: &Results) -> Vec<(&'static str, Option<f64>)> {
        KeyFigure::ALL
            .iter()
            .map(|f| (f.message_name(), f.value(r)))
            .collect()
    }

    /// Copenhagen's BI08 proposal (domain.md): 5,000 citizens, 70 → 50,
    /// 396,900 kr. per staff year, 15,774 kr. a benefit month.
    #[test]
    fn the_published_proposal_gives_its_figures_in_display_order() {
        let s = scenario(
            &[(5000.0, 70.0, 50.0, BenefitKind::Other)],
            396_900.0,
            [0.0, 0.0, 0.0, 15_774.0],
        );
        let r = compute(&s);
        let expected = [
            ("extraStaffYears", 28.571_428_571),
            ("annualCost", 11_340_000.0),
            ("breakEvenMonths", 718.904_526),
            ("monthsPerCitizen", 0.143_780_9),
            ("reductionShare", 0.011_981_7),
            ("personsOffBenefits", 59.908_71),
            ("staffNow", 71.428_571_4),
            ("staffTarget", 100.0),
        ];
        for ((name, got), (want_name, want)) in values(&r).into_iter().zip(expected) {
            assert_eq!(name, want_name);
            let got = got.unwrap();
            assert!(
                (got - want).abs() < 1e-3 * want.abs().max(1.0),
                "{name}: {got}"
            );
        }
    }

    #[test]
    fn break_even_figures_are_zero_for_a_saving_and_absent_when_impossible() {
        let saving = scenario(&[(5000.0, 50.0, 70.0, BenefitKind::Other)], 1.0, [1.0; 4]);
        let r = compute(&saving);
        for f in KeyFigure::ALL {
            let v = f.value(&r).unwrap();
            assert_eq!(f.is_break_even(), v == 0.0, "{f:?}: {v}");
        }
        let nothing = scenario(&[(5000.0, 70.0, 50.0, BenefitKind::Other)], 1.0, [0.0; 4]);
        let r = compute(&nothing);
        for f in KeyFigure::ALL {
            assert_eq!(f.is_break_even(), f.value(&r).is_none(), "{f:?}");
        }
    }

    #[test]
    fn ids_and_message_names_are_unique_and_match_each_other() {
        for (i, a) in KeyFigure::ALL.iter().enumerate() {
            for b in &KeyFigure::ALL[i + 1..] {
                assert_ne!(a.id(), b.id());
                assert_ne!(a.message_name(), b.message_name());
            }
            // "extra-staff-years" and "extraStaffYears" name the same thing.
            let camel: String = a
                .id()
                .split('-')
                .enumerate()
                .map(|(i, w)| {
                    let mut c = w.chars();
                    match (i, c.next()) {
                        (0, Some(f)) => f.to_string() + c.as_str(),
                        (_, Some(f)) => f.to_ascii_uppercase().to_string() + c.as_str(),
                        (_, None) => String::new(),
                    }
                })
                .collect();
            assert_eq!(camel, a.message_name(), "{a:?}");
        }
    }
}
