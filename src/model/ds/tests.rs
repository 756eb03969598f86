use super::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

#[test]
fn the_table_of_april_2020() {
    use Area::*;
    let table = [
        (ChildrenAndFamilies, 20.0, 30.0),
        (AdultsDisabilityMentalIllness, 45.0, 65.0),
        (JobReadyOver30, 35.0, 55.0),
        (ActivityReadyOver30, 25.0, 40.0),
        (JobOrEducationReadyUnder30, 30.0, 50.0),
        (ActivityReadyUnder30, 25.0, 40.0),
        (Sygedagpenge, 25.0, 45.0),
        (Ressourceforloeb, 25.0, 40.0),
        (Fleksjob, 25.0, 50.0),
        (Integration, 35.0, 50.0),
    ];
    assert_eq!(table.len(), Area::ALL.len());
    for ((area, min, max), listed) in table.into_iter().zip(Area::ALL) {
        assert_eq!(area, listed, "ALL is in the guide's order");
        assert_eq!(area.range(), CaseloadRange { min, max }, "{area:?}");
        assert!(area.range().min < area.range().max);
    }
    assert_eq!(SOURCE.revised_year, 2020);
    assert_eq!(SOURCE.revised_month, 4);
    assert!(SOURCE.url.starts_with("https://socialraadgiverne.dk/"));
}

#[test]
fn ids_are_stable_unique_and_round_trip() {
    for a in Area::ALL {
        assert_eq!(Area::from_id(a.id()), Some(a));
        assert!(a
            .id()
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
        let name = a.name();
        assert!(!name.da.is_empty() && !name.en.is_empty(), "{a:?}");
    }
    let mut ids: Vec<_> = Area::ALL.iter().map(|a| a.id()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), Area::ALL.len());
    // Published in URLs: these must never change.
    assert_eq!(Area::Sygedagpenge.id(), "sygedagpenge");
    assert_eq!(Area::Ressourceforloeb.id(), "ressourceforloeb");
    assert_eq!(Area::ActivityReadyOver30.id(), "aktivitetsparate-over-30");
    assert_eq!(Area::from_id("Sygedagpenge"), None);
    assert_eq!(Area::from_id(""), None);
}

#[test]
fn classifies_with_inclusive_bounds() {
    use Position::*;
    let oor = InputError::OutOfRange {
        min: 1.0,
        max: 1000.0,
    };
    let cases: &[(Area, f64, Result<Position, InputError>)] = &[
        (Area::Sygedagpenge, 70.0, Ok(Above)),
        (Area::Sygedagpenge, 45.0, Ok(Inside)),
        (Area::Sygedagpenge, 45.000_001, Ok(Above)),
        (Area::Sygedagpenge, 35.0, Ok(Inside)),
        (Area::Sygedagpenge, 25.0, Ok(Inside)),
        (Area::Sygedagpenge, 24.999, Ok(Below)),
        (Area::Sygedagpenge, 1.0, Ok(Below)),
        (Area::ChildrenAndFamilies, 31.0, Ok(Above)),
        (Area::Integration, 1000.0, Ok(Above)),
        (Area::Sygedagpenge, 0.0, Err(oor)),
        (Area::Sygedagpenge, -40.0, Err(oor)),
        (Area::Sygedagpenge, 1000.5, Err(oor)),
        (Area::Sygedagpenge, f64::NAN, Err(InputError::NotANumber)),
        (
            Area::Sygedagpenge,
            f64::INFINITY,
            Err(InputError::NotANumber),
        ),
    ];
    for (area, c, expected) in cases {
        assert_eq!(area.classify(*c), *expected, "{area:?} {c}");
    }
}

#[test]
fn middles() {
    let cases = [
        (Area::Sygedagpenge, 35.0),
        (Area::ChildrenAndFamilies, 25.0),
        (Area::AdultsDisabilityMentalIllness, 55.0),
        (Area::Ressourceforloeb, 32.5),
        (Area::Fleksjob, 37.5),
    ];
    for (area, middle) in cases {
        assert_eq!(area.range().middle(), middle, "{area:?}");
    }
    for area in Area::ALL {
        assert_eq!(area.classify(area.range().middle()), Ok(Position::Inside));
    }
}

#[test]
fn bi08_reaching_the_top_costs_4_41_mio_more_than_the_proposal() {
    use crate::model::preset::PRESETS;
    use crate::model::{compute, Lang};
    let p = PRESETS.iter().find(|p| p.id == "kk-bi08-2023").unwrap();
    let form = p.to_form(Lang::Da);
    let areas: Vec<_> = form.groups.iter().map(|g| g.ds_area).collect();
    assert!(areas.iter().all(Option::is_some), "{areas:?}");
    let s = form.evaluate(Lang::Da).scenario.unwrap();
    let r = compute(&s);
    let v = versus_proposal(&scenario_norms(&s, &areas), &r).unwrap();
    let mio = |x: f64| (x / 10_000.0).round() / 100.0;
    assert_eq!(
        [mio(v.top), mio(v.proposal), mio(v.top_beyond())],
        [15.75, 11.34, 4.41]
    );
    assert_eq!(v.middle_beyond(), v.middle - v.proposal);
    // No group with an area: nothing to compare.
    assert_eq!(versus_proposal(&vec![None; s.groups.len()], &r), None);
}

#[test]
fn what_the_norm_would_cost() {
    // (area, N, C, K) → (top staff, top cost, middle staff, middle cost).
    type Case = (Area, f64, f64, f64, (f64, f64, f64, f64));
    let cases: &[Case] = &[
        // 1,000 at 70 → 45: 1000/45 − 1000/70 = 7.937 staff years;
        // → 35: 1000/35 − 1000/70 = 14.286.
        (
            Area::Sygedagpenge,
            1000.0,
            70.0,
            400_000.0,
            (
                1000.0 / 45.0 - 1000.0 / 70.0,
                (1000.0 / 45.0 - 1000.0 / 70.0) * 400_000.0,
                1000.0 / 35.0 - 1000.0 / 70.0,
                (1000.0 / 35.0 - 1000.0 / 70.0) * 400_000.0,
            ),
        ),
        // BI08's 5,000 at 70 → 45 and 35, at 396,900 kr.
        (
            Area::Sygedagpenge,
            5000.0,
            70.0,
            396_900.0,
            (
                5000.0 / 45.0 - 5000.0 / 70.0,
                (5000.0 / 45.0 - 5000.0 / 70.0) * 396_900.0,
                5000.0 / 35.0 - 5000.0 / 70.0,
                (5000.0 / 35.0 - 5000.0 / 70.0) * 396_900.0,
            ),
        ),
        // At 40: inside, no one extra for the top; 3.571 for the middle.
        (
            Area::Sygedagpenge,
            1000.0,
            40.0,
            400_000.0,
            (
                0.0,
                0.0,
                1000.0 / 35.0 - 25.0,
                (1000.0 / 35.0 - 25.0) * 400_000.0,
            ),
        ),
        // Exactly at the top and the middle: nothing.
        (
            Area::Sygedagpenge,
            1000.0,
            45.0,
            400_000.0,
            (
                0.0,
                0.0,
                1000.0 / 35.0 - 1000.0 / 45.0,
                (1000.0 / 35.0 - 1000.0 / 45.0) * 400_000.0,
            ),
        ),
        (
            Area::Sygedagpenge,
            1000.0,
            35.0,
            400_000.0,
            (0.0, 0.0, 0.0, 0.0),
        ),
        // Below the range: never a saving.
        (
            Area::Sygedagpenge,
            1000.0,
            20.0,
            400_000.0,
            (0.0, 0.0, 0.0, 0.0),
        ),
        // No citizens, or free staff.
        (
            Area::Sygedagpenge,
            0.0,
            70.0,
            400_000.0,
            (0.0, 0.0, 0.0, 0.0),
        ),
        (
            Area::Sygedagpenge,
            1000.0,
            70.0,
            0.0,
            (
                1000.0 / 45.0 - 1000.0 / 70.0,
                0.0,
                1000.0 / 35.0 - 1000.0 / 70.0,
                0.0,
            ),
        ),
        // Ressourceforløb 25–40, middle 32.5: 350 at 70.
        (
            Area::Ressourceforloeb,
            350.0,
            70.0,
            400_000.0,
            (
                350.0 / 40.0 - 5.0,
                (350.0 / 40.0 - 5.0) * 400_000.0,
                350.0 / 32.5 - 5.0,
                (350.0 / 32.5 - 5.0) * 400_000.0,
            ),
        ),
    ];
    for (i, (area, n, c, k, (ts, tc, ms, mc))) in cases.iter().enumerate() {
        let got = area.norm_costs(*n, *c, *k).unwrap();
        assert_eq!(got.top.target, area.range().max, "case {i}");
        assert_eq!(got.middle.target, area.range().middle(), "case {i}");
        assert!(close(got.top.extra_staff, *ts), "case {i}: {got:?}");
        assert!(close(got.top.annual_cost, *tc), "case {i}: {got:?}");
        assert!(close(got.middle.extra_staff, *ms), "case {i}: {got:?}");
        assert!(close(got.middle.annual_cost, *mc), "case {i}: {got:?}");
    }
    // The hand figures, to three decimals.
    let c = Area::Sygedagpenge
        .norm_costs(1000.0, 70.0, 400_000.0)
        .unwrap();
    assert_eq!(format!("{:.3}", c.top.extra_staff), "7.937");
    assert_eq!(format!("{:.3}", c.middle.extra_staff), "14.286");
}

#[test]
fn rejects_what_the_form_would() {
    let caseload = InputError::OutOfRange {
        min: 1.0,
        max: 1000.0,
    };
    let cases: &[(f64, f64, f64, f64, NormError)] = &[
        (
            f64::NAN,
            70.0,
            45.0,
            4e5,
            NormError::Headcount(InputError::NotANumber),
        ),
        (
            -1.0,
            70.0,
            45.0,
            4e5,
            NormError::Headcount(InputError::OutOfRange { min: 0.0, max: 1e7 }),
        ),
        (100.0, 0.0, 45.0, 4e5, NormError::Caseload(caseload)),
        (100.0, 70.0, 0.5, 4e5, NormError::Caseload(caseload)),
        (
            100.0,
            70.0,
            f64::INFINITY,
            4e5,
            NormError::Caseload(InputError::NotANumber),
        ),
        (
            100.0,
            70.0,
            45.0,
            -1.0,
            NormError::CostPerStaffYear(InputError::OutOfRange { min: 0.0, max: 1e9 }),
        ),
    ];
    for (i, (n, c, t, k, e)) in cases.iter().enumerate() {
        assert_eq!(cost_to_reach(*n, *c, *t, *k), Err(*e), "case {i}");
    }
}

#[test]
fn default_area_per_benefit() {
    let cases = [
        (BenefitKind::Sygedagpenge, Some(Area::Sygedagpenge)),
        (BenefitKind::Jobafklaring, Some(Area::Ressourceforloeb)),
        (BenefitKind::Kontanthjaelp, Some(Area::ActivityReadyOver30)),
        (BenefitKind::Other, None),
        (BenefitKind::Ledighedsydelse, Some(Area::Fleksjob)),
        (BenefitKind::Adagpenge, None),
    ];
    assert_eq!(cases.len(), BenefitKind::ALL.len());
    for (b, a) in cases {
        assert_eq!(Area::for_benefit(b), a, "{b:?}");
    }
}

#[test]
fn a_cut_says_where_the_raised_caseloads_land_against_ds() {
    use crate::model::test_support::scenario;
    use Area::{ActivityReadyOver30 as Akt, Ressourceforloeb as Res, Sygedagpenge as Syg};
    let syg = BenefitKind::Sygedagpenge;
    let sy = Area::Sygedagpenge.range();
    // (groups (N, C, T), areas) → landing.
    type Case = (
        &'static [(f64, f64, f64)],
        &'static [Option<Area>],
        CutLanding,
    );
    let cases: &[Case] = &[
        // Copenhagen 70 → 90 on sygedagpenge: above 25–45.
        (
            &[(5000.0, 70.0, 90.0)],
            &[Some(Syg)],
            CutLanding::AllAbove { range: Some(sy) },
        ),
        // Two areas with the same range (25–40), both above.
        (
            &[(100.0, 35.0, 60.0), (100.0, 35.0, 60.0)],
            &[Some(Res), Some(Akt)],
            CutLanding::AllAbove {
                range: Some(Res.range()),
            },
        ),
        // Two ranges, both above: no one range to name.
        (
            &[(100.0, 40.0, 60.0), (100.0, 35.0, 60.0)],
            &[Some(Syg), Some(Res)],
            CutLanding::AllAbove { range: None },
        ),
        // 20 → 45 stays inside 25–45 (bounds included); 30 → 50 goes above.
        (&[(100.0, 20.0, 45.0)], &[Some(Syg)], CutLanding::NoneAbove),
        (
            &[(100.0, 20.0, 45.0), (100.0, 30.0, 50.0)],
            &[Some(Syg), Some(Syg)],
            CutLanding::SomeAbove { above: 1, of: 2 },
        ),
        // A lowered group above the range is not part of the cut.
        (
            &[(100.0, 20.0, 30.0), (100.0, 90.0, 80.0)],
            &[Some(Syg), Some(Syg)],
            CutLanding::NoneAbove,
        ),
        // No area, or no citizens: nothing to say.
        (&[(5000.0, 70.0, 90.0)], &[None], CutLanding::NoArea),
        (&[(0.0, 70.0, 90.0)], &[Some(Syg)], CutLanding::NoArea),
    ];
    for (i, (groups, areas, want)) in cases.iter().enumerate() {
        let g: Vec<_> = groups.iter().map(|&(n, c, t)| (n, c, t, syg)).collect();
        let s = scenario(&g, 400_000.0, [10_000.0, 0.0, 0.0, 0.0]);
        assert_eq!(cut_landing(&s, areas), *want, "case {i}");
    }
}

#[test]
fn caveats_and_older_norms_are_recorded() {
    assert!(CAVEATS.iter().all(|t| !t.da.is_empty() && !t.en.is_empty()));
    assert!(CAVEATS[0].da.contains('6') && CAVEATS[0].en.contains('6'));
    assert_eq!(NEW_STAFF_LOWER_MONTHS, 6);
    let ranges: Vec<_> = OLDER_NORMS
        .iter()
        .map(|o| (o.range.min, o.range.max))
        .collect();
    assert_eq!(ranges, vec![(35.0, 50.0), (40.0, 55.0), (35.0, 50.0)]);
    // The older sygedagpenge norm differs from the current guide.
    assert_ne!(OLDER_NORMS[2].range, Area::Sygedagpenge.range());
    for o in OLDER_NORMS {
        assert!(!o.area.da.is_empty() && !o.quoted_in.en.is_empty());
    }
    assert!(OLDER_NORMS_NOTE.da.contains("25–45") && OLDER_NORMS_NOTE.en.contains("25–45"));
}
