//! Price levels ("2027 p/l"): converting an amount given in one year's
//! prices to another's, with the index that fits what it pays for.
//!
//! A budget table claims one price level for every figure in it, but its
//! inputs come from different years: a salary statistic from 2022, benefit
//! rates from 2024. Each money input therefore carries the year it is given
//! in, and [`factor`] converts it to the table's price level:
//!
//! - staff cost with the wage index ([`Index::Wages`]): the state wage index
//!   ("Lønninger") in Finansministeriet's "Fastprisberegninger" (oes.dk);
//!   KL's municipal pris- og lønskøn could not be sourced, so the state index
//!   stands in for it, and the page says so;
//! - benefit rates with the rate regulation ([`Index::Transfers`]): the
//!   yearly change of the published maximum rates (satsregulering), as
//!   observed between bm.dk's rate tables.
//!
//! Years after the last published figure use an assumed rate (the last
//! published one), and the page labels such factors "antaget"; years before
//! the first use the first. `factor(a, b) × factor(b, a) = 1` for every pair
//! of years, so converting there and back gives the amount again.

/// Which index converts an amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Index {
    /// Salaries: the state wage index.
    Wages,
    /// Benefit rates: the yearly rate regulation.
    Transfers,
}

/// One year's change in per cent: from the year before to `year`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Change {
    pub year: i32,
    pub pct: f64,
}

/// The state wage index, "Årlig stigning i pct., Lønninger" (oes.dk,
/// Fastprisberegninger, June 2024); 2025 is that table's projection.
const WAGES: [Change; 7] = [
    Change {
        year: 2019,
        pct: 1.7,
    },
    Change {
        year: 2020,
        pct: 1.5,
    },
    Change {
        year: 2021,
        pct: 0.8,
    },
    Change {
        year: 2022,
        pct: 2.0,
    },
    Change {
        year: 2023,
        pct: 2.0,
    },
    Change {
        year: 2024,
        pct: 5.2,
    },
    Change {
        year: 2025,
        pct: 3.2,
    },
];

/// The rate regulation, as the change of the published rates from the
/// year before (bm.dk's rate tables: the highest sygedagpenge rate and
/// kontanthjælp over 30, rounded to 0.05 point); 2025 is the published
/// satsreguleringsprocent 3.6 (oes.dk, June 2024), which the a-dagpenge
/// maximum followed (20,359 → 21,092 kr.).
const TRANSFERS: [Change; 9] = [
    Change {
        year: 2017,
        pct: 1.6,
    },
    Change {
        year: 2018,
        pct: 1.25,
    },
    Change {
        year: 2019,
        pct: 1.3,
    },
    Change {
        year: 2020,
        pct: 1.15,
    },
    Change {
        year: 2021,
        pct: 1.25,
    },
    Change {
        year: 2022,
        pct: 0.15,
    },
    Change {
        year: 2023,
        pct: 1.95,
    },
    Change {
        year: 2024,
        pct: 3.2,
    },
    Change {
        year: 2025,
        pct: 3.6,
    },
];

impl Index {
    pub const ALL: [Index; 2] = [Index::Wages, Index::Transfers];

    /// The published changes, oldest first.
    pub fn table(self) -> &'static [Change] {
        match self {
            Index::Wages => &WAGES,
            Index::Transfers => &TRANSFERS,
        }
    }

    /// The change into `year` in per cent, and whether it is assumed (a
    /// year outside the published table takes its nearest published year).
    pub fn change(self, year: i32) -> (f64, bool) {
        let table = self.table();
        match table.iter().find(|c| c.year == year) {
            Some(c) => (c.pct, false),
            None => {
                let nearest = if year < table[0].year {
                    table[0]
                } else {
                    table[table.len() - 1]
                };
                (nearest.pct, true)
            }
        }
    }
}

/// What converting an amount from one year's prices to another's takes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Conversion {
    pub index: Index,
    pub from: i32,
    pub to: i32,
    /// Multiply an amount in `from` prices by this to get `to` prices.
    pub factor: f64,
    /// Some year in between has no published change (see [`Index::change`]).
    pub assumed: bool,
}

/// Most years a conversion spans; the form's years are 2000–2100, so this
/// is never reached by a valid form, and it bounds the work for any input.
const MAX_SPAN: i32 = 200;

/// The factor from `from` prices to `to` prices with `index`: the product of
/// `1 + pct / 100` over the years after `from` up to `to`, or its inverse
/// when `to` is before `from`. 1 for the same year.
pub fn convert(index: Index, from: i32, to: i32) -> Conversion {
    let (lo, hi) = if from <= to { (from, to) } else { (to, from) };
    let hi = hi.min(lo.saturating_add(MAX_SPAN));
    let mut up = 1.0;
    let mut assumed = false;
    for year in lo.saturating_add(1)..=hi {
        let (pct, guessed) = index.change(year);
        up *= 1.0 + pct / 100.0;
        assumed |= guessed;
    }
    Conversion {
        index,
        from,
        to,
        factor: if from <= to { up } else { 1.0 / up },
        assumed,
    }
}

/// Shorthand for `convert(index, from, to).factor`.
pub fn factor(index: Index, from: i32, to: i32) -> f64 {
    convert(index, from, to).factor
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn factors_multiply_the_published_changes() {
        // (index, from, to, factor, assumed)
        let cases: &[(Index, i32, i32, f64, bool)] = &[
            (Index::Wages, 2023, 2023, 1.0, false),
            (Index::Wages, 2022, 2023, 1.02, false),
            (Index::Wages, 2022, 2025, 1.02 * 1.052 * 1.032, false),
            (
                Index::Wages,
                2025,
                2022,
                1.0 / (1.02 * 1.052 * 1.032),
                false,
            ),
            // After 2025 the last published change is assumed.
            (Index::Wages, 2025, 2027, 1.032 * 1.032, true),
            (
                Index::Wages,
                2022,
                2027,
                1.02 * 1.052 * 1.032 * 1.032 * 1.032,
                true,
            ),
            // Before 2019 the first one is.
            (Index::Wages, 2017, 2019, 1.017 * 1.017, true),
            (Index::Transfers, 2023, 2024, 1.032, false),
            (Index::Transfers, 2024, 2025, 1.036, false),
            (Index::Transfers, 2024, 2027, 1.036 * 1.036 * 1.036, true),
            (Index::Transfers, 2021, 2024, 1.0015 * 1.0195 * 1.032, false),
        ];
        for &(index, from, to, want, assumed) in cases {
            let c = convert(index, from, to);
            assert!(
                (c.factor - want).abs() < 1e-12,
                "{index:?} {from}→{to}: {}",
                c.factor
            );
            assert_eq!(c.assumed, assumed, "{index:?} {from}→{to}");
        }
    }

    #[test]
    fn the_transfer_index_reproduces_the_published_rates() {
        // Kontanthjælp over 30 with children, bm.dk: 2020 15,355 → 2024
        // 16,382; the highest sygedagpenge rate 2022 4,465 → 2024 4,695.
        let k = 15_355.0 * factor(Index::Transfers, 2020, 2024);
        assert!((k - 16_382.0).abs() < 16_382.0 * 0.001, "{k}");
        let s = 4_465.0 * factor(Index::Transfers, 2022, 2024);
        assert!((s - 4_695.0).abs() < 4_695.0 * 0.002, "{s}");
    }

    #[test]
    fn converting_there_and_back_gives_the_amount() {
        for index in Index::ALL {
            for a in [2000, 2016, 2019, 2022, 2025, 2027, 2100] {
                for b in [2000, 2016, 2021, 2024, 2030, 2100] {
                    let there = 482_946.0 * factor(index, a, b);
                    let back = there * factor(index, b, a);
                    assert!((back - 482_946.0).abs() < 1e-6, "{index:?} {a}↔{b}");
                }
            }
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_years_give_a_finite_positive_factor(a in any::<i32>(), b in any::<i32>()) {
            for index in Index::ALL {
                let f = factor(index, a, b);
                prop_assert!(f.is_finite() && f > 0.0, "{index:?} {a}→{b}: {f}");
            }
        }
    }
}
