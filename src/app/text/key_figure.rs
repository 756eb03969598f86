//! The key figures' words: each figure's label and each unit's name, picked
//! from the texts of the page's language. The figures themselves, their
//! order and precision are `model::key_figure`'s.

use crate::app::text::{Pick, PickB};
use crate::model::key_figure::{KeyFigure, Unit};

/// The label the result panel and the copied results give `figure`.
pub fn label(figure: KeyFigure) -> Pick {
    match figure {
        KeyFigure::ExtraStaff => |t| t.extra_staff,
        KeyFigure::AnnualCost => |t| t.annual_cost,
        KeyFigure::BreakEvenMonths => |t| t.break_even_months,
        KeyFigure::MonthsPerCitizen => |t| t.months_per_citizen,
        KeyFigure::ReductionShare => |t| t.reduction_share,
        KeyFigure::PersonsOffBenefits => |t| t.persons_off_benefits,
        KeyFigure::StaffNow => |t| t.staff_now,
        KeyFigure::StaffTarget => |t| t.staff_target,
    }
}

/// The unit's name in a column of its own ("kr.", "andel"): the copied
/// results. The texts of kroner and shares travel with the sections below
/// (`BelowTexts`), as only the export names them apart from the number.
pub fn unit_name(unit: Unit) -> PickB {
    match unit {
        Unit::StaffYears => |t| t.staff_years_unit,
        Unit::Kr => |t| t.unit_kr,
        Unit::Months => |t| t.months_unit,
        Unit::Share => |t| t.unit_share,
        Unit::Persons => |t| t.persons_unit,
    }
}
