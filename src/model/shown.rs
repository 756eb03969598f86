//! What the result panel shows while a field is being retyped. Emptying a
//! field to type a new number is not a mistake: the last valid figures stay
//! in view, marked as stale, instead of the whole panel turning into
//! "Kan ikke beregnes" for the length of one retype. A value that is wrong
//! (not a number, out of range) still removes them: the figures would
//! otherwise stand beside an error as if they were the answer.

use super::{FieldId, InputError};

/// A value shown, and whether it belongs to an earlier, valid form.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown<T> {
    pub value: T,
    pub stale: bool,
}

/// What to show next: the value `now` when the form is valid; the
/// `previous` one, marked stale, while every error is an empty field;
/// nothing otherwise.
pub fn next<T: Clone>(
    previous: Option<&Shown<T>>,
    now: Option<T>,
    errors: &[(FieldId, InputError)],
) -> Option<Shown<T>> {
    match now {
        Some(value) => Some(Shown {
            value,
            stale: false,
        }),
        None if retyping(errors) => previous.map(|p| Shown {
            value: p.value.clone(),
            stale: true,
        }),
        None => None,
    }
}

/// Every error is an empty field (and there is one).
fn retyping(errors: &[(FieldId, InputError)]) -> bool {
    !errors.is_empty() && errors.iter().all(|(_, e)| *e == InputError::Empty)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EMPTY: (FieldId, InputError) = (FieldId::CostPerStaffYear, InputError::Empty);
    const WRONG: (FieldId, InputError) = (FieldId::Headcount(1), InputError::NotANumber);

    #[test]
    fn shows_what_the_form_gives_and_keeps_it_stale_only_while_fields_are_empty() {
        let fresh = |v| {
            Some(Shown {
                value: v,
                stale: false,
            })
        };
        let stale = |v| {
            Some(Shown {
                value: v,
                stale: true,
            })
        };
        // (previous, now, errors) → shown
        type Case = (
            Option<Shown<i32>>,
            Option<i32>,
            Vec<(FieldId, InputError)>,
            Option<Shown<i32>>,
        );
        let cases: [Case; 7] = [
            (None, Some(1), vec![], fresh(1)),
            (fresh(1), Some(2), vec![], fresh(2)),
            (fresh(1), None, vec![EMPTY], stale(1)),
            (stale(1), None, vec![EMPTY, EMPTY], stale(1)),
            (fresh(1), None, vec![EMPTY, WRONG], None),
            (fresh(1), None, vec![WRONG], None),
            // A page opened with an empty field has nothing earlier to show.
            (None, None, vec![EMPTY], None),
        ];
        for (previous, now, errors, expected) in cases {
            assert_eq!(
                next(previous.as_ref(), now, &errors),
                expected,
                "{previous:?} {now:?} {errors:?}"
            );
        }
    }

    #[test]
    fn goes_fresh_again_as_soon_as_the_form_is_valid() {
        let stale = Shown {
            value: 1,
            stale: true,
        };
        assert_eq!(
            next(Some(&stale), Some(3), &[]),
            Some(Shown {
                value: 3,
                stale: false
            })
        );
    }
}
