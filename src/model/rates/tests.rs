use super::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.005
}

#[test]
fn ids_are_unique_and_each_benefit_lists_newest_first() {
    let entries: Vec<&CatalogueRate> = all().collect();
    for (i, r) in entries.iter().enumerate() {
        assert!(entries[i + 1..].iter().all(|q| q.id != r.id), "{}", r.id);
        assert!(r.monthly.is_finite() && r.monthly > 0.0, "{}", r.id);
        assert!(!r.source.is_empty(), "{}", r.id);
    }
    for b in BenefitKind::ALL {
        let years: Vec<u16> = catalogue_for(b).map(|r| r.year).collect();
        assert!(years.windows(2).all(|w| w[0] >= w[1]), "{b:?}: {years:?}");
    }
    // The ids of earlier versions are kept (they are `<option value>`s).
    for id in [
        "sdp-2024",
        "sdp-2023",
        "sdp-2019",
        "kth-2024",
        "kth-2024-children",
        "rfy-2024",
        "rfy-2024-children",
    ] {
        assert!(find(id).is_some(), "{id}");
    }
}

#[test]
fn published_figures_are_as_printed() {
    let cases: &[(&str, f64)] = &[
        ("sdp-2024", 20_345.0),
        ("sdp-2016", 4_180.0 * 52.0 / 12.0),
        ("kth-2024", 12_326.0),
        ("kth-2016-children", 14_575.0),
        ("kth-2024-forhoejet", 12_064.0),
        ("kth-2024-grundsats", 6_955.0),
        ("kth-2024-mindstesats", 6_553.0),
        ("ly-2024", 4_185.0 * 52.0 / 12.0),
        ("ly-2020", 16_984.0),
        ("ad-2025", 21_092.0),
        ("ad-2019", 18_866.0),
        ("kth-2025-boernetillaeg", 2_784.0),
    ];
    for (id, want) in cases {
        let r = find(id).unwrap();
        assert!(close(r.monthly, *want), "{id}: {}", r.monthly);
        assert_eq!(r.basis, Basis::Published, "{id}");
    }
}

#[test]
fn derived_figures_say_so() {
    let cases: &[(&str, f64)] = &[
        ("kth-2025-forhoejet", 12_498.304),
        ("kth-2025-grundsats", 7_205.38),
        ("kth-2025-mindstesats", 6_788.908),
        ("ly-2025", 18_771.88),
        ("ly-2023", 17_557.92),
        ("rfy-2016", 10_968.0),
        ("ad-2021", 19_322.0),
    ];
    for (id, want) in cases {
        let r = find(id).unwrap();
        assert!(close(r.monthly, *want), "{id}: {}", r.monthly);
        assert!(matches!(r.basis, Basis::Derived(_)), "{id}");
    }
    // Supplements are never offered as a rate.
    assert!(!find("kth-2025-boernetillaeg").unwrap().is_rate());
}

#[test]
fn rate_for_year_table() {
    use BenefitKind::*;
    // (benefit, year, monthly, catalogue id it rests on, kind)
    #[derive(Debug, PartialEq)]
    enum K {
        Cat,
        Proj { assumed: bool },
        Near,
    }
    let cases: &[(BenefitKind, i32, f64, &str, K)] = &[
        (Sygedagpenge, 2024, 20_345.0, "sdp-2024", K::Cat),
        (Sygedagpenge, 2016, 18_113.333_333, "sdp-2016", K::Cat),
        // 2025: the published 3.6 % only.
        (
            Sygedagpenge,
            2025,
            20_345.0 * 1.036,
            "sdp-2024",
            K::Proj { assumed: false },
        ),
        (
            Sygedagpenge,
            2027,
            20_345.0 * 1.036 * 1.036 * 1.036,
            "sdp-2024",
            K::Proj { assumed: true },
        ),
        (Sygedagpenge, 2010, 18_113.333_333, "sdp-2016", K::Near),
        (Kontanthjaelp, 2024, 12_326.0, "kth-2024", K::Cat),
        (Kontanthjaelp, 2019, 11_282.0, "kth-2018", K::Near),
        (
            Kontanthjaelp,
            2025,
            12_498.304,
            "kth-2025-forhoejet",
            K::Cat,
        ),
        (
            Kontanthjaelp,
            2027,
            12_498.304 * 1.036 * 1.036,
            "kth-2025-forhoejet",
            K::Proj { assumed: true },
        ),
        (
            Jobafklaring,
            2027,
            12_326.0 * 1.036 * 1.036 * 1.036,
            "rfy-2024",
            K::Proj { assumed: true },
        ),
        (Jobafklaring, 2019, 11_282.0, "rfy-2018", K::Near),
        (
            Ledighedsydelse,
            2027,
            18_771.88 * 1.036 * 1.036,
            "ly-2025",
            K::Proj { assumed: true },
        ),
        (Ledighedsydelse, 2021, 16_984.0, "ly-2020", K::Near),
        (Adagpenge, 2025, 21_092.0, "ad-2025", K::Cat),
        (
            Adagpenge,
            2027,
            21_092.0 * 1.036 * 1.036,
            "ad-2025",
            K::Proj { assumed: true },
        ),
    ];
    for (b, year, want, id, kind) in cases {
        let r = rate_for_year(*b, *year).unwrap();
        assert!(
            (r.monthly - want).abs() < 0.01,
            "{b:?} {year}: {}",
            r.monthly
        );
        assert_eq!(r.basis.entry().id, *id, "{b:?} {year}");
        let got = match r.basis {
            RateBasis::Catalogue(_) => K::Cat,
            RateBasis::Projected {
                assumed,
                pct_per_year,
                ..
            } => {
                assert_eq!(pct_per_year, 3.6);
                K::Proj { assumed }
            }
            RateBasis::Nearest(_) => K::Near,
        };
        assert_eq!(&got, kind, "{b:?} {year}");
    }
    assert_eq!(rate_for_year(Other, 2027), None);
}

/// proptest is a native-only dev-dependency.
#[cfg(not(target_arch = "wasm32"))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn rate_for_year_is_finite_for_any_year(year in any::<i32>(), b in 0usize..6) {
            let kind = BenefitKind::ALL[b];
            if let Some(r) = rate_for_year(kind, year) {
                prop_assert!(r.monthly.is_finite() && r.monthly > 0.0);
                prop_assert_eq!(r.year, year);
            } else {
                prop_assert_eq!(kind, BenefitKind::Other);
            }
        }
    }
}
