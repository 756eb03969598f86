//! Values that are valid but far from anything they could be: a warning
//! beside the field, never an error (a municipality may have its reasons).
//! Budgets write amounts in 1.000 kr., so "400" typed for a salary of
//! 400.000 kr. is an easy slip; left unsaid it turns every figure into
//! nonsense ("0,00 måneder") without a word.

/// Salaries with pension per staff year that are not far off: from well
/// under a newly trained social worker's to well over a head of section's
/// (DS's average 2022 is 482.946 kr.).
pub const SALARY_RANGE: (f64, f64) = (150_000.0, 1_500_000.0);

/// Months are turned into days with the average month: 365,25 / 12 days.
pub const DAYS_PER_MONTH: f64 = 365.25 / 12.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SalaryWarning {
    /// Far below any salary; `in_thousands` is the amount read as
    /// thousands of kr., when that would be an ordinary salary.
    FarBelow {
        in_thousands: Option<f64>,
    },
    FarAbove,
}

/// A warning for a salary with pension per staff year far outside
/// [`SALARY_RANGE`]; `None` when it is within or not a finite number.
pub fn salary_warning(salary: f64) -> Option<SalaryWarning> {
    let (low, high) = SALARY_RANGE;
    let ordinary = |v: f64| (low..=high).contains(&v);
    if !salary.is_finite() || ordinary(salary) {
        None
    } else if salary < low {
        let thousands = salary * 1_000.0;
        Some(SalaryWarning::FarBelow {
            in_thousands: ordinary(thousands).then_some(thousands),
        })
    } else {
        Some(SalaryWarning::FarAbove)
    }
}

/// A small number of months as days, for reading "0,17 måneder" as "ca. 5
/// dage".
pub fn days(months: f64) -> f64 {
    months * DAYS_PER_MONTH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warns_of_salaries_far_from_any_staff_year() {
        // salary → warning
        let cases = [
            (482_946.0, None),
            (150_000.0, None),
            (1_500_000.0, None),
            (
                400.0,
                Some(SalaryWarning::FarBelow {
                    in_thousands: Some(400_000.0),
                }),
            ),
            (0.0, Some(SalaryWarning::FarBelow { in_thousands: None })),
            (40.0, Some(SalaryWarning::FarBelow { in_thousands: None })),
            (
                149_999.0,
                Some(SalaryWarning::FarBelow { in_thousands: None }),
            ),
            (4_000_000.0, Some(SalaryWarning::FarAbove)),
        ];
        for (salary, want) in cases {
            assert_eq!(salary_warning(salary), want, "{salary}");
        }
    }

    #[test]
    fn a_sixth_of_a_month_is_about_five_days() {
        assert_eq!(days(0.17).round(), 5.0);
        assert_eq!(days(12.0), 365.25);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn never_panics_and_suggests_only_ordinary_salaries(salary in proptest::num::f64::ANY) {
            if let Some(SalaryWarning::FarBelow { in_thousands: Some(v) }) = salary_warning(salary) {
                prop_assert!(salary_warning(v).is_none());
            }
        }
    }
}
