//! What each kind of field accepts, and the typed errors when it does not.
//!
//! The UI turns an [`InputError`] into a sentence in the user's language next
//! to the field; the ranges here are the single source for both the check and
//! the message ("between 1 and 1,000 cases per caseworker").

use super::lang::Lang;
use super::number;
use super::years::{MAX_START_YEAR, MAX_YEARS, MIN_START_YEAR, MIN_YEARS};

/// Why a field's text is not an acceptable value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputError {
    /// Nothing was entered.
    Empty,
    /// The text is not a number in any convention we read.
    NotANumber,
    /// The text is a number in the other language's convention, e.g. a
    /// Danish "52.5": the message tells which separator to use.
    WrongDecimalSeparator,
    /// A number outside the field's range (inclusive bounds).
    OutOfRange { min: f64, max: f64 },
    /// A year or a count of years with decimals.
    NotWhole,
}

impl From<number::Unreadable> for InputError {
    fn from(e: number::Unreadable) -> InputError {
        match e {
            number::Unreadable::Empty => InputError::Empty,
            number::Unreadable::NotANumber => InputError::NotANumber,
            number::Unreadable::WrongDecimalSeparator => InputError::WrongDecimalSeparator,
        }
    }
}

/// The kinds of numeric field, each with its own range and unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldKind {
    /// Citizens in a target group, in full-year persons (decimals allowed).
    Headcount,
    /// Cases per caseworker, today's or the target.
    Caseload,
    /// An amount in kr. (cost per staff year, monthly benefit rate).
    Money,
    /// A share given in per cent (state reimbursement, ramp-up, hiring).
    Percent,
    /// A calendar year (budget start, price level).
    Year,
    /// How many years a budget spans.
    YearCount,
    /// Benefit months saved per citizen per year (an expected effect),
    /// −12 to 12: negative is longer time on benefits, e.g. after a cut.
    EffectMonths,
    /// Per cent less time on benefits (an expected effect), −100 to 100:
    /// negative is longer time on benefits.
    EffectPercent,
    /// A number of staff years (new caseworkers), 0–10,000.
    StaffYears,
}

impl FieldKind {
    /// Inclusive bounds. Caseloads start at 1 because a caseload of 0 would
    /// mean infinitely many caseworkers.
    pub fn range(self) -> (f64, f64) {
        match self {
            FieldKind::Headcount => (0.0, 10_000_000.0),
            FieldKind::Caseload => (1.0, 1_000.0),
            FieldKind::Money => (0.0, 1e9),
            FieldKind::Percent => (0.0, 100.0),
            FieldKind::Year => (f64::from(MIN_START_YEAR), f64::from(MAX_START_YEAR)),
            FieldKind::YearCount => (f64::from(MIN_YEARS), f64::from(MAX_YEARS)),
            // An effect can go either way: a cut may keep citizens on
            // benefits longer, and the budget must be able to show that cost.
            FieldKind::EffectMonths => (-12.0, 12.0),
            FieldKind::EffectPercent => (-100.0, 100.0),
            FieldKind::StaffYears => (0.0, 10_000.0),
        }
    }

    /// Checks an already parsed number against the range.
    pub fn check(self, value: f64) -> Result<f64, InputError> {
        let (min, max) = self.range();
        if !value.is_finite() {
            return Err(InputError::NotANumber);
        }
        if value < min || value > max {
            return Err(InputError::OutOfRange { min, max });
        }
        if matches!(self, FieldKind::Year | FieldKind::YearCount) && value.fract() != 0.0 {
            return Err(InputError::NotWhole);
        }
        // Normalise -0 so it never reaches the page as "-0".
        Ok(if value == 0.0 { 0.0 } else { value })
    }

    /// Reads a form field typed in `lang`.
    pub fn parse(self, text: &str, lang: Lang) -> Result<f64, InputError> {
        self.check(number::parse_localized(text, lang)?)
    }

    /// Reads a plain decimal from the URL.
    pub fn parse_plain(self, text: &str) -> Result<f64, InputError> {
        self.check(number::parse_plain(text)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_inclusive_and_typed() {
        let oor = |k: FieldKind| {
            let (min, max) = k.range();
            InputError::OutOfRange { min, max }
        };
        let cases: &[(FieldKind, &str, Result<f64, InputError>)] = &[
            (FieldKind::Caseload, "1", Ok(1.0)),
            (FieldKind::Caseload, "1.000", Ok(1000.0)),
            (FieldKind::Caseload, "0", Err(oor(FieldKind::Caseload))),
            (FieldKind::Caseload, "0,5", Err(oor(FieldKind::Caseload))),
            (FieldKind::Caseload, "1.001", Err(oor(FieldKind::Caseload))),
            (FieldKind::Caseload, "-70", Err(oor(FieldKind::Caseload))),
            (FieldKind::Headcount, "0", Ok(0.0)),
            (FieldKind::Headcount, "-0", Ok(0.0)),
            (FieldKind::Headcount, "1.400,5", Ok(1400.5)),
            (FieldKind::Headcount, "10.000.000", Ok(1e7)),
            (
                FieldKind::Headcount,
                "10.000.001",
                Err(oor(FieldKind::Headcount)),
            ),
            (FieldKind::Money, "396.900", Ok(396_900.0)),
            (
                FieldKind::Money,
                "1.000.000.001",
                Err(oor(FieldKind::Money)),
            ),
            (FieldKind::Percent, "20", Ok(20.0)),
            (FieldKind::Percent, "100,5", Err(oor(FieldKind::Percent))),
            (FieldKind::Percent, "", Err(InputError::Empty)),
            (FieldKind::Year, "2023", Ok(2023.0)),
            (FieldKind::Year, "2023,5", Err(InputError::NotWhole)),
            (FieldKind::Year, "1999", Err(oor(FieldKind::Year))),
            (FieldKind::YearCount, "4", Ok(4.0)),
            (FieldKind::YearCount, "11", Err(oor(FieldKind::YearCount))),
            (FieldKind::EffectMonths, "0,5", Ok(0.5)),
            (FieldKind::EffectMonths, "-1,5", Ok(-1.5)),
            (FieldKind::EffectMonths, "-12", Ok(-12.0)),
            (
                FieldKind::EffectMonths,
                "13",
                Err(oor(FieldKind::EffectMonths)),
            ),
            (
                FieldKind::EffectMonths,
                "-12,5",
                Err(oor(FieldKind::EffectMonths)),
            ),
            (FieldKind::EffectPercent, "-100", Ok(-100.0)),
            (FieldKind::EffectPercent, "7,5", Ok(7.5)),
            (
                FieldKind::EffectPercent,
                "-100,5",
                Err(oor(FieldKind::EffectPercent)),
            ),
            (FieldKind::Percent, "-1", Err(oor(FieldKind::Percent))),
        ];
        for (kind, text, expected) in cases {
            assert_eq!(kind.parse(text, Lang::Da), *expected, "{kind:?} {text:?}");
        }
        assert_eq!(
            FieldKind::Headcount.check(-0.0).unwrap().to_bits(),
            0.0f64.to_bits()
        );
    }

    #[test]
    fn plain_values_get_the_same_range_checks() {
        assert_eq!(FieldKind::Caseload.parse_plain("52.5"), Ok(52.5));
        assert!(matches!(
            FieldKind::Caseload.parse_plain("0"),
            Err(InputError::OutOfRange { .. })
        ));
        assert_eq!(
            FieldKind::Money.parse_plain("1e9"),
            Err(InputError::NotANumber)
        );
    }
}
