use super::*;
use proptest::prelude::*;

fn wild() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(0.0),
        Just(1e-300),
        -10.0..2000.0f64,
    ]
}

fn area() -> impl Strategy<Value = Area> {
    prop::sample::select(Area::ALL.to_vec())
}

proptest! {
    #[test]
    fn nothing_panics_or_returns_non_finite(a in area(), n in wild(), c in wild(), k in wild()) {
        // A caseload the form accepts is placed against the range; any other
        // is the form's error, not a position.
        prop_assert_eq!(a.classify(c).is_ok(), FieldKind::Caseload.check(c).is_ok());
        if let Ok(costs) = a.norm_costs(n, c, k) {
            for nc in [costs.top, costs.middle] {
                prop_assert!(nc.extra_staff.is_finite() && nc.extra_staff >= 0.0);
                prop_assert!(nc.annual_cost.is_finite() && nc.annual_cost >= 0.0);
            }
        }
    }

    /// Reaching the middle costs at least as much as the top, the top
    /// costs nothing when the caseload is already there, and the extra
    /// staff reproduces the target forward.
    #[test]
    fn middle_costs_more_than_top(
        a in area(),
        n in 0.0..1e7f64,
        c in 1.0..=1000.0f64,
        k in 0.0..1e9f64,
    ) {
        let costs = a.norm_costs(n, c, k);
        prop_assert!(costs.is_ok());
        if let Ok(costs) = costs {
            prop_assert!(costs.middle.extra_staff >= costs.top.extra_staff);
            prop_assert!(costs.middle.annual_cost >= costs.top.annual_cost);
            let inside_or_below = a.classify(c) != Ok(Position::Above);
            if inside_or_below {
                prop_assert_eq!(costs.top.extra_staff, 0.0);
            }
            // Forward: at the top, the staff today plus the extra is N / top.
            if !inside_or_below {
                let staff = n / c + costs.top.extra_staff;
                prop_assert!((staff - n / a.range().max).abs() <= 1e-9 * staff.max(1.0));
            }
        }
    }
}
