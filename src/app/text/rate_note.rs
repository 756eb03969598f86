//! What a benefit's rate in use is and where it comes from, said beside
//! the rate and in the explanation's sources: the default with its basis,
//! a catalogue rate with its year and source, or the user's own rate. A
//! note that describes a value no longer in use (the 2024 rate after BI08
//! loaded its 2023 one) would mislead a reader checking the figures.

use crate::i18n::kr;
use crate::model::benefit::catalogue_for;
use crate::model::rates::{Basis, CatalogueRate, RateBasis};
use crate::model::{BenefitKind, FieldId, Form, Lang};

/// The note for the rate of `b` as typed in `form`; `None` while the rate
/// or its year is not a valid number (the field says why).
pub fn rate_note(form: &Form, b: BenefitKind, lang: Lang) -> Option<String> {
    let t = lang.t();
    let read = |field: FieldId| field.kind().parse(form.text(field)?, lang).ok();
    let rate = read(FieldId::MonthlyRate(b))?;
    let year = read(FieldId::RateYear(b))?;
    let how = |r: &CatalogueRate| match r.basis {
        Basis::Published => t.basis_published.to_owned(),
        Basis::Derived(m) => m.get(lang).to_owned(),
    };
    let d = b.default_rate();
    let cents = |v: f64| (v * 100.0).round();
    let is_default = d
        .monthly_rate
        .is_some_and(|m| cents(m) == cents(rate) && f64::from(d.year) == year);
    if let (true, Some(basis)) = (is_default, d.basis) {
        let from = basis.entry();
        let tail = match basis {
            RateBasis::Catalogue(r) => format!("{}, {}", how(r), r.source),
            RateBasis::Projected { assumed, .. } => format!(
                "{} {} ({}; {}) {}",
                t.projected_from,
                from.year,
                from.source,
                how(from),
                if assumed {
                    t.projected_assumed
                } else {
                    t.projected_published
                }
            ),
            RateBasis::Nearest(r) => format!("{} {} ({})", t.nearest_from, r.year, r.source),
        };
        return Some(format!(
            "{} {}: {} {}, {}",
            t.default_word,
            d.year,
            kr(rate, lang),
            t.per_month,
            tail
        ));
    }
    let found = catalogue_for(b)
        .filter(|r| r.is_rate())
        .find(|r| cents(r.monthly) == cents(rate) && f64::from(r.year) == year);
    Some(match found {
        Some(r) => format!(
            "{} {}: {} {} ({}, {}, {})",
            t.rate_in_use,
            r.year,
            kr(rate, lang),
            t.per_month,
            r.label.get(lang),
            how(r),
            r.source
        ),
        // A valid year is whole and within 2000–2100: the cast is exact.
        None => (t.rate_in_use_own)(&kr(rate, lang), year as i32),
    })
}
