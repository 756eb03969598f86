//! Fuzzing of the model and the URL decoder with generated inputs (proptest):
//! no input panics, and every number the page could show is finite or a typed
//! error. A panic in the wasm would kill the page, and a NaN would be shown.
//!
//! Each property runs `FUZZ_CASES` cases (default 256, what `cargo test` and
//! CI run). `bash scripts/fuzz.sh` runs the million: it sets `FUZZ_CASES` so
//! that the model and the URL decoder each get at least 1,000,000 inputs, in
//! an optimised build that keeps overflow checks (`--profile fuzz`).
//!
//! - `form_edits`: a random sequence of edits to the form (any text in any
//!   field, groups added and removed, benefits, DS areas, effect units,
//!   switches, catalogue rates, language switches), then everything the page
//!   derives from it: results, per-group break-even, the budget table, DS
//!   norms, goal seeking, and the formatted numbers.
//! - `raw_numbers`: the model's public functions called directly with any
//!   `f64` (NaN, infinities, subnormals, negatives, huge), bypassing the form:
//!   the goal-seeking, DS and budget functions check their own inputs.
//! - `urls`: generated query strings (known and unknown keys, hostile
//!   values, thousands of pairs, broken percent-encoding), decoded and loaded
//!   as the page does, then evaluated like `form_edits`; and a round trip:
//!   fully percent-encoded pairs decode to exactly what was encoded.
//! - `links`: version-2 links (the whole scenario) written by `encode` from a
//!   random form, then corrupted (values replaced by hostile text, keys
//!   renamed, pairs dropped, repeated or added, group numbers out of range),
//!   read back with the embed options, and evaluated like `form_edits`.
//! - `records`: the same pairs as a saved scenario (the JSON file and the
//!   browser's copy: `read_record`, after the browser's `JSON.parse`), with
//!   wrong apps, versions and value types: a typed error or a usable page.
//! - `number_text`: the number parsers and formatters on any text or `f64`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use proptest::prelude::*;
use proptest::test_runner::Config;
use sagsstamme::model::benefit::{catalogue_for, Duration};
use sagsstamme::model::budget::{budget, BudgetInput, BudgetSettings, Effect, NewHires};
use sagsstamme::model::colour::{contrast, MIN_CONTRAST, WHITE};
use sagsstamme::model::compare::Scenarios;
use sagsstamme::model::ds::{cost_to_reach, scenario_norms, Area};
use sagsstamme::model::embed;
use sagsstamme::model::form::MAX_NAME_CHARS;
use sagsstamme::model::goal::{
    budget_range_by_factor, budget_range_for_group, caseload_for_budget, caseload_with_extra_staff,
    check_proposal, group_caseload_for_budget, new_staff, own_break_even, reference_cost,
};
use sagsstamme::model::number::{
    expand_exponent, format, format_trimmed, parse_localized, parse_plain,
};
use sagsstamme::model::scenario::{BenefitRate, Displacement};
use sagsstamme::model::url::codec::{parse_search, MAX_PAIRS};
use sagsstamme::model::url::link::{encode, load};
use sagsstamme::model::url::saved::{read_record, RawRecord};
use sagsstamme::model::{
    compute, BenefitKind, BreakEven, EffectUnit, FieldKind, Form, Group, Lang, Scenario, Switch,
};
use support::{lang, quoted_readably};

/// `FUZZ_CASES` cases per property (default 256). No failure file: a failing
/// input is printed, minimal, in the test output.
fn config() -> Config {
    let cases = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

// ---------------------------------------------------------------------------
// Generators

/// Text someone (or something) might put into a number field or a URL value.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<String>(),
        3 => "[-+\u{2212}]?[0-9]{0,12}([.,][0-9]{0,8})?( ?(kr\\.?|%))?",
        2 => "[-+]?[0-9]{1,3}([. \u{a0}][0-9]{3}){0,5}(,[0-9]{0,6})?",
        2 => "[0-9.,eE+\\- %a-zNI]{0,24}",
        1 => prop::sample::select(vec![
            "", " ", "0", "-0", "+0", "1", "-1", "NaN", "nan", "Infinity", "-Infinity", "inf",
            "∞", "1e308", "1e309", "-1e308", "4.9e-324", "1.7976931348623157e308", "0x10",
            "1_000", "1,5,5", "1..5", ",5", "5,", ".5", "5.", "1 000", "٣", "１２", "−5",
            "1e", "e5", "%", "kr.", "10000000", "10000001", "1000", "1001", "0,0000001",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "undefined", "null",
        ])
        .prop_map(str::to_owned),
        1 => (0usize..400).prop_map(|n| "9".repeat(n)),
        1 => any::<f64>().prop_map(|v| format!("{v}")),
        1 => (0.0f64..2e9, lang()).prop_map(|(v, l)| format(v, 2, l)),
    ]
}

/// One edit to the form, as the page (or a URL, or a preset) could make it.
#[derive(Clone, Debug)]
enum Edit {
    /// Text into the n-th field of every numeric field the form has.
    Text(usize, String),
    AddGroup,
    /// Removes the n-th group (if there is more than one).
    RemoveGroup(usize),
    Benefit(usize, usize),
    /// `None` is "no DS area".
    Area(usize, Option<usize>),
    EffectUnit(usize, bool),
    Switch(usize, bool),
    Catalogue(usize, usize),
    Duration(usize, usize),
    /// A finite or non-finite value written by the model itself.
    Value(usize, f64),
    Name(usize, String),
    Relocalize,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        8 => (any::<usize>(), text()).prop_map(|(i, t)| Edit::Text(i, t)),
        1 => Just(Edit::AddGroup),
        1 => any::<usize>().prop_map(Edit::RemoveGroup),
        1 => (any::<usize>(), 0usize..6).prop_map(|(g, b)| Edit::Benefit(g, b)),
        1 => (any::<usize>(), prop::option::of(0usize..Area::ALL.len())).prop_map(|(g, a)| Edit::Area(g, a)),
        1 => (any::<usize>(), any::<bool>()).prop_map(|(g, p)| Edit::EffectUnit(g, p)),
        1 => (0usize..3, any::<bool>()).prop_map(|(s, on)| Edit::Switch(s, on)),
        1 => (0usize..6, any::<usize>()).prop_map(|(b, r)| Edit::Catalogue(b, r)),
        1 => (0usize..6, 0usize..4).prop_map(|(b, d)| Edit::Duration(b, d)),
        1 => (any::<usize>(), any::<f64>()).prop_map(|(i, v)| Edit::Value(i, v)),
        1 => (any::<usize>(), any::<String>()).prop_map(|(g, n)| Edit::Name(g, n)),
        1 => Just(Edit::Relocalize),
    ]
}

fn apply(form: &mut Form, lang: &mut Lang, edit: &Edit) {
    let group = |form: &Form, i: usize| form.groups[i % form.groups.len()].id;
    match edit {
        Edit::Text(i, t) => {
            let fields = form.all_fields();
            form.set_text(fields[i % fields.len()], t);
        }
        Edit::AddGroup => {
            form.add_group();
        }
        Edit::RemoveGroup(i) => {
            if form.groups.len() > 1 {
                form.remove_group(group(form, *i));
            }
        }
        Edit::Benefit(g, b) => form.set_group_benefit(group(form, *g), BenefitKind::ALL[*b]),
        Edit::Area(g, a) => form.set_group_area(group(form, *g), a.map(|a| Area::ALL[a])),
        Edit::EffectUnit(g, percent) => {
            let unit = if *percent {
                EffectUnit::Percent
            } else {
                EffectUnit::MonthsPerCitizen
            };
            form.set_effect_unit(group(form, *g), unit, *lang);
        }
        Edit::Switch(s, on) => {
            form.set_switch([Switch::Hiring, Switch::Ramp, Switch::NewHires][*s], *on);
        }
        Edit::Catalogue(b, r) => {
            let rates: Vec<_> = catalogue_for(BenefitKind::ALL[*b]).collect();
            if !rates.is_empty() {
                form.apply_catalogue(rates[r % rates.len()], *lang);
            }
        }
        Edit::Duration(b, d) => form.apply_duration(BenefitKind::ALL[*b], Duration::ALL[*d], *lang),
        Edit::Value(i, v) => {
            let fields = form.all_fields();
            form.set_value(fields[i % fields.len()], *v, *lang);
        }
        Edit::Name(g, n) => form.set_group_name(group(form, *g), n),
        Edit::Relocalize => {
            form.relocalize(*lang, lang.other());
            *lang = lang.other();
        }
    }
}

// ---------------------------------------------------------------------------
// What must hold for everything the page shows

fn finite(what: &str, v: f64) -> Result<(), TestCaseError> {
    prop_assert!(v.is_finite(), "{what} is {v}");
    Ok(())
}

fn finite_break_even(what: &str, b: &BreakEven) -> Result<(), TestCaseError> {
    if let BreakEven::Required {
        months_per_year,
        months_per_citizen,
        share,
        full_year_persons,
    } = *b
    {
        for v in [
            months_per_year,
            months_per_citizen,
            share,
            full_year_persons,
        ] {
            finite(what, v)?;
            prop_assert!(v >= 0.0, "{what}: negative break-even {v}");
        }
    }
    Ok(())
}

/// Evaluates the form and derives everything the page shows from it, as the
/// components do; every number must be finite.
fn check_page(form: &Form, lang: Lang) -> Result<(), TestCaseError> {
    let e = form.evaluate(lang);
    prop_assert_eq!(e.scenario.is_some(), e.errors.is_empty());
    prop_assert_eq!(e.plan.is_some(), e.scenario.is_some());
    for (field, _) in e.errors.iter().chain(&e.goal_errors) {
        prop_assert!(!field.dom_id().is_empty());
    }
    let (Some(s), Some(plan)) = (&e.scenario, &e.plan) else {
        return Ok(());
    };
    let r = compute(s);
    for v in [
        r.total_headcount,
        r.staff_now,
        r.staff_target,
        r.extra_staff,
        r.annual_cost,
        r.annual_benefit_spending,
    ] {
        finite("result", v)?;
    }
    finite_break_even("break-even", &r.break_even)?;
    for g in &r.groups {
        for v in [
            g.staff_now,
            g.staff_target,
            g.extra_staff,
            g.annual_cost,
            g.net_per_month,
        ] {
            finite("group result", v)?;
        }
        prop_assert!(g.break_even_months.is_none_or(f64::is_finite));
    }
    // Per-group own break-even (the group table).
    if let Ok(own) = own_break_even(s) {
        for b in &own {
            finite_break_even("own break-even", b)?;
        }
    }
    // The budget table: a valid form always gives one.
    let input = BudgetInput::from_calc(s, &r, &plan.effects);
    let b = budget(&input, &plan.settings)
        .map_err(|err| TestCaseError::fail(format!("valid form, budget error {err:?}")))?;
    for y in &b.rows {
        for v in [
            y.staff_share,
            y.effect_share,
            y.cost,
            y.savings,
            y.net,
            y.cumulative,
        ] {
            finite("budget row", v)?;
        }
    }
    for v in [b.total_cost, b.total_savings, b.total_net] {
        finite("budget total", v)?;
    }
    // DS norms.
    let areas: Vec<Option<Area>> = form.groups.iter().map(|g| g.ds_area).collect();
    for n in scenario_norms(s, &areas).into_iter().flatten() {
        for c in [n.costs.top, n.costs.middle] {
            for v in [c.target, c.extra_staff, c.annual_cost] {
                finite("DS norm", v)?;
            }
        }
    }
    // Goal seeking, the questions asked.
    if let Some(budget) = e.goals.budget {
        if let Ok(sol) = caseload_for_budget(s, budget) {
            finite("factor", sol.factor)?;
            finite("extra staff", sol.extra_staff)?;
            for t in &sol.targets {
                prop_assert!((1.0..=1000.0).contains(t), "target caseload {t}");
            }
            // Applying the answer gives a scenario the arithmetic accepts.
            let forward = compute(&sol.apply(s));
            finite("applied budget", forward.annual_cost)?;
        }
    }
    if let Some(published) = e.goals.published {
        if let Ok(c) = check_proposal(published, &s.groups, reference_cost(2023)) {
            for v in [c.extra_staff, c.implied_cost_per_staff_year, c.ratio] {
                finite("proposal check", v)?;
            }
        }
    }
    if let Some(staff) = e.goals.staff {
        if let Ok(n) = new_staff(s, staff) {
            for v in [
                n.citizens,
                n.target_caseload,
                n.caseload_now,
                n.caseload_after,
                n.staff_for_target,
            ] {
                finite("new staff", v)?;
            }
        }
    }
    if let Ok(range) = budget_range_by_factor(s) {
        finite("budget range", range.min)?;
        finite("budget range", range.max)?;
    }
    // The page formats every amount; the text never says NaN or inf.
    for v in [r.annual_cost, r.extra_staff, b.total_net] {
        let shown = format(v, 2, lang);
        prop_assert!(!shown.contains("NaN") && !shown.contains("inf"), "{shown}");
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Raw numbers, bypassing the form

fn any_f64() -> impl Strategy<Value = f64> {
    prop_oneof![
        3 => any::<f64>(),
        2 => prop::sample::select(vec![
            0.0, -0.0, 1.0, -1.0, 0.5, 1000.0, 1000.0000001, 0.9999999, 1e7, 1e9, 1e12, 1e300,
            f64::MIN_POSITIVE, 5e-324, f64::MAX, f64::MIN, f64::NAN, f64::INFINITY, f64::NEG_INFINITY,
        ]),
        3 => -1e10f64..1e10,
        2 => 0.0f64..1000.0,
    ]
}

fn raw_scenario() -> impl Strategy<Value = Scenario> {
    let kinds = || 0..BenefitKind::ALL.len();
    let group = (any_f64(), any_f64(), any_f64(), kinds(), any_f64(), kinds()).prop_map(
        |(n, c, t, b, d, to)| Group {
            name: String::new(),
            headcount: n,
            current: c,
            target: t,
            benefit: BenefitKind::ALL[b],
            displaced: Displacement {
                share: d,
                to: BenefitKind::ALL[to],
            },
        },
    );
    let rate = || {
        (any_f64(), any_f64()).prop_map(|(monthly_rate, reimbursement)| BenefitRate {
            monthly_rate,
            reimbursement,
        })
    };
    (
        prop::collection::vec(group, 0..5),
        any_f64(),
        [rate(), rate(), rate(), rate(), rate(), rate()],
    )
        .prop_map(|(groups, cost_per_staff_year, benefits)| Scenario {
            groups,
            cost_per_staff_year,
            benefits,
        })
}

fn raw_settings() -> impl Strategy<Value = BudgetSettings> {
    (
        any::<i32>(),
        any::<u32>(),
        prop::option::of(any_f64()),
        prop::option::of(prop::collection::vec(any_f64(), 0..12)),
        prop::option::of((any_f64(), any_f64())),
    )
        .prop_map(|(start_year, years, hiring, ramp, hires)| BudgetSettings {
            start_year,
            years: years % 40,
            hiring,
            ramp,
            new_hires: hires.map(|(caseload_share, months)| NewHires {
                caseload_share,
                months,
            }),
        })
}

fn raw_effect() -> impl Strategy<Value = Effect> {
    (any_f64(), any::<bool>()).prop_map(|(v, p)| {
        if p {
            Effect::PercentReduction(v)
        } else {
            Effect::MonthsPerCitizen(v)
        }
    })
}

// ---------------------------------------------------------------------------
// URLs

/// Percent-encodes every byte, so any text survives the trip.
fn encode_all(s: &str) -> String {
    s.bytes().map(|b| format!("%{b:02X}")).collect()
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "headcount", "current", "target", "cost", "benefit_month", "lang", "preset", "v",
            "groups", "start_year", "years", "price_level", "hiring", "hiring_share", "ramp",
            "ramp_year1", "ramp_year2", "new_hires", "goal_budget", "goal_published",
            "goal_staff", "embed", "accent", "sections", "sygedagpenge.rate",
            "other.reimbursement", "kontanthjaelp.rate",
        ])
        .prop_map(str::to_owned),
        3 => (0usize..30, prop::sample::select(vec![
            "name", "headcount", "current", "target", "benefit", "effect", "effect_unit", "area",
            "x",
        ]))
            .prop_map(|(n, f)| format!("g{n}.{f}")),
        1 => "[a-z_.0-9]{0,14}",
        1 => any::<String>(),
    ]
}

/// A value for a v2 key: hostile text, or one of the words the keys take.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => text(),
        2 => prop::sample::select(vec![
            "2", "1", "0", "3", "99", "none", "months", "percent", "sygedagpenge", "other",
            "jobafklaring", "born-familier", "~", "~abc", "~1.234,5", "0b5cad", "fff", "#000000",
            "results,budget", "results,,nope", "kk-bi08-2023", "da", "en",
        ])
        .prop_map(str::to_owned),
        1 => "~.{0,150}",
    ]
}

/// What can happen to one pair of a link on its way to the page.
#[derive(Clone, Debug)]
enum Damage {
    None,
    Value(String),
    Key(String),
    Drop,
    Repeat(String),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        6 => Just(Damage::None),
        2 => value().prop_map(Damage::Value),
        1 => key().prop_map(Damage::Key),
        1 => Just(Damage::Drop),
        1 => value().prop_map(Damage::Repeat),
    ]
}

/// A version-2 link of a random form, damaged pair by pair, with extra pairs.
fn damaged_link() -> impl Strategy<Value = Vec<(String, String)>> {
    (
        lang(),
        prop::collection::vec(edit(), 0..10),
        prop::collection::vec(damage(), 0..80),
        prop::collection::vec((key(), value()), 0..6),
    )
        .prop_map(|(start, edits, damages, extra)| {
            let mut lang = start;
            let mut form = Form::new(lang);
            for e in &edits {
                apply(&mut form, &mut lang, e);
            }
            let mut out = Vec::new();
            for (i, (k, v)) in encode(&form, lang, None).into_iter().enumerate() {
                match damages.get(i).cloned().unwrap_or(Damage::None) {
                    Damage::None => out.push((k, v)),
                    Damage::Value(x) => out.push((k, x)),
                    Damage::Key(x) => out.push((x, v)),
                    Damage::Drop => {}
                    Damage::Repeat(x) => {
                        out.push((k.clone(), v));
                        out.push((k, x));
                    }
                }
            }
            out.extend(extra);
            out
        })
}

/// A query string as a browser could deliver it: pairs whose parts are left
/// as they are, `+`-spaced, fully or partly percent-encoded, or cut mid-escape.
fn search() -> impl Strategy<Value = String> {
    let part = (text(), 0u8..5).prop_map(|(t, how)| match how {
        0 => t,
        1 => t.replace(' ', "+"),
        2 => encode_all(&t),
        // Broken escapes: a lone %, one hex digit, an invalid UTF-8 sequence.
        3 => format!("{t}%E0%A4%A"),
        _ => {
            let e = encode_all(&t);
            let cut = e.len() / 2;
            e[..cut].to_owned()
        }
    });
    let pair =
        (key(), part, any::<bool>()).prop_map(|(k, v, eq)| if eq { format!("{k}={v}") } else { k });
    prop_oneof![
        6 => (prop::collection::vec(pair, 0..12), any::<bool>())
            .prop_map(|(pairs, q)| format!("{}{}", if q { "?" } else { "" }, pairs.join("&"))),
        1 => any::<String>(),
        1 => "[?&=%+a-z0-9A-F]{0,60}",
        // Thousands of keys, a known key among them past the limit.
        1 => (MAX_PAIRS..3 * MAX_PAIRS, 0usize..3).prop_map(|(n, at)| {
            let mut pairs: Vec<String> = (0..n).map(|i| format!("k{i}=1")).collect();
            pairs.insert([0, n / 2, n][at], "headcount=500".to_owned());
            format!("?{}", pairs.join("&"))
        }),
        1 => (0usize..100_000).prop_map(|n| format!("?headcount={}", "9".repeat(n))),
    ]
}

// ---------------------------------------------------------------------------
// The properties

proptest! {
    #![proptest_config(config())]

    #[test]
    fn form_edits(start in lang(), edits in prop::collection::vec(edit(), 0..16)) {
        let mut lang = start;
        let mut form = Form::new(lang);
        for e in &edits {
            apply(&mut form, &mut lang, e);
            prop_assert!(!form.groups.is_empty());
        }
        check_page(&form, lang)?;
        // The language switch keeps valid forms valid. (Text it cannot read
        // stays as typed, and may read in the other language: ".0".)
        let valid = form.evaluate(lang).scenario.is_some();
        form.relocalize(lang, lang.other());
        if valid {
            prop_assert!(form.evaluate(lang.other()).scenario.is_some());
        }
        check_page(&form, lang.other())?;
    }

    #[test]
    fn raw_numbers(
        s in raw_scenario(),
        amounts in prop::collection::vec(any_f64(), 6),
        index in 0usize..6,
        settings in raw_settings(),
        effects in prop::collection::vec(raw_effect(), 0..5),
        area in 0usize..Area::ALL.len(),
    ) {
        // compute() trusts its (validated) input; it must still not panic.
        let r = compute(&s);
        if let Ok(sol) = caseload_for_budget(&s, amounts[0]) {
            finite("factor", sol.factor)?;
            finite("extra staff", sol.extra_staff)?;
            for t in &sol.targets {
                prop_assert!((1.0..=1000.0).contains(t), "target {t}");
            }
        }
        if let Ok(range) = budget_range_by_factor(&s) {
            finite("range", range.min)?;
            finite("range", range.max)?;
        }
        if let Ok(range) = budget_range_for_group(&s, index) {
            finite("group range", range.min)?;
            finite("group range", range.max)?;
        }
        if let Ok(sol) = group_caseload_for_budget(&s, index, amounts[1]) {
            prop_assert!((1.0..=1000.0).contains(&sol.target), "target {}", sol.target);
            finite("extra staff", sol.extra_staff)?;
        }
        if let Ok(own) = own_break_even(&s) {
            for b in &own {
                finite_break_even("own break-even", b)?;
            }
        }
        if let Ok(c) = check_proposal(amounts[2], &s.groups, amounts[3]) {
            for v in [c.extra_staff, c.implied_cost_per_staff_year, c.ratio] {
                finite("proposal", v)?;
            }
        }
        if let Ok(n) = new_staff(&s, amounts[4]) {
            for v in [
                n.citizens,
                n.target_caseload,
                n.caseload_now,
                n.caseload_after,
                n.staff_for_target,
            ] {
                finite("new staff", v)?;
            }
        }
        if let Ok(v) = caseload_with_extra_staff(amounts[0], amounts[5], amounts[4]) {
            finite("caseload with extra staff", v)?;
        }
        if let Some(g) = s.groups.first() {
            if let Ok(c) = cost_to_reach(g.headcount, g.current, g.target, s.cost_per_staff_year) {
                for v in [c.target, c.extra_staff, c.annual_cost] {
                    finite("cost to reach", v)?;
                }
            }
            if let Ok(c) = Area::ALL[area].norm_costs(g.headcount, g.current, s.cost_per_staff_year) {
                finite("norm cost", c.top.annual_cost)?;
                finite("norm cost", c.middle.annual_cost)?;
            }
        }
        // The budget validates its input and settings.
        let input = BudgetInput::from_calc(&s, &r, &effects);
        if let Ok(b) = budget(&input, &settings) {
            for y in &b.rows {
                for v in [y.staff_share, y.effect_share, y.cost, y.savings, y.net, y.cumulative] {
                    finite("budget row", v)?;
                }
            }
            finite("budget total", b.total_net)?;
        }
    }

    #[test]
    fn urls(search in search()) {
        let pairs = parse_search(&search);
        let loaded = load(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        prop_assert!(!loaded.form.groups.is_empty());
        for n in &loaded.notices {
            // Quoted back to the user: bounded (40 characters and an ellipsis).
            prop_assert!(quoted_readably(&n.value), "{:?}", n.value);
        }
        check_page(&loaded.form, loaded.lang)?;
    }

    #[test]
    fn links(pairs in damaged_link()) {
        // Through the address bar: encoded as the page writes links, decoded.
        let search = format!(
            "?{}",
            pairs.iter().map(|(k, v)| format!("{}={}", encode_all(k), encode_all(v))).collect::<Vec<_>>().join("&")
        );
        let decoded = parse_search(&search);
        prop_assert_eq!(&decoded, &pairs);
        let loaded = load(decoded.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        prop_assert!(!loaded.form.groups.is_empty());
        for n in &loaded.notices {
            prop_assert!(quoted_readably(&n.value), "{:?}", n.value);
        }
        check_page(&loaded.form, loaded.lang)?;
        let shown = embed::load(&decoded);
        if let Some(theme) = shown.embed.and_then(|e| e.theme) {
            let c = contrast(theme.accent, WHITE);
            prop_assert!(c.is_finite() && c >= MIN_CONTRAST - 1e-9, "accent contrast {c}");
        }
    }

    #[test]
    fn records(
        pairs in damaged_link(),
        app in prop::option::of(prop_oneof![
            8 => Just("sagsstamme-beregneren".to_owned()),
            1 => any::<String>(),
        ]),
        version in prop::option::of(prop_oneof![8 => Just(2.0), 1 => any_f64()]),
        missing in any::<bool>(),
        wrong_type in prop::option::of(any::<usize>()),
        name in prop::option::of(any::<String>()),
    ) {
        // What the page hands over after `JSON.parse`: values that were
        // neither strings nor numbers arrive as `None`.
        let mut scenario: Vec<(String, Option<String>)> =
            pairs.into_iter().map(|(k, v)| (k, Some(v))).collect();
        if let (Some(i), false) = (wrong_type, scenario.is_empty()) {
            let n = scenario.len();
            scenario[i % n].1 = None;
        }
        let record = RawRecord { app, version, scenario: (!missing).then_some(scenario) };
        // The same record as a scenario kept for comparison: saved again
        // or left out (and counted), never a panic or a nonsense figure.
        let (kept, skipped) = Scenarios::from_records(vec![(name, record.clone())]);
        prop_assert_eq!(kept.items.len() + skipped, 1);
        for saved in &kept.items {
            prop_assert!(!saved.name.trim().is_empty() && saved.name.chars().count() <= MAX_NAME_CHARS);
            let summary = saved.summary();
            prop_assert!(summary.is_some(), "a kept scenario evaluates");
            if let Some(s) = summary {
                prop_assert!(s.annual_cost.is_finite() && s.extra_staff.is_finite());
            }
        }
        if let Ok(loaded) = read_record(record) {
            prop_assert!(!loaded.form.groups.is_empty());
            for n in &loaded.notices {
                prop_assert!(quoted_readably(&n.value), "{:?}", n.value);
            }
            check_page(&loaded.form, loaded.lang)?;
        }
    }

    #[test]
    fn url_pairs_round_trip(pairs in prop::collection::vec((any::<String>(), any::<String>()), 0..8)) {
        let search = pairs
            .iter()
            .map(|(k, v)| format!("{}={}", encode_all(k), encode_all(v)))
            .collect::<Vec<_>>()
            .join("&");
        prop_assert_eq!(parse_search(&format!("?{search}")), pairs);
    }

    #[test]
    fn number_text(s in text(), v in any_f64(), decimals in 0usize..10, lang in lang()) {
        for kind in [
            FieldKind::Headcount, FieldKind::Caseload, FieldKind::Money, FieldKind::Percent,
            FieldKind::EffectMonths, FieldKind::Year, FieldKind::YearCount, FieldKind::StaffYears,
        ] {
            let (min, max) = kind.range();
            for x in [kind.parse(&s, lang), kind.parse_plain(&s)].into_iter().flatten() {
                prop_assert!(x.is_finite() && x >= min && x <= max, "{kind:?} {s:?} -> {x}");
            }
        }
        for x in [parse_localized(&s, lang), parse_plain(&s)].into_iter().flatten() {
            prop_assert!(x.is_finite(), "{s:?} -> {x}");
        }
        // Formatting never panics and never prints NaN or inf.
        for shown in [format(v, decimals, lang), format_trimmed(v, decimals, lang)] {
            prop_assert!(!shown.contains("NaN") && !shown.contains("inf"), "{v} -> {shown}");
        }
        // data-value text: the engine's shortest digits, exponent expanded.
        let js_like = format!("{v:e}").replace("e", "e+").replace("e+-", "e-");
        // …which still reads as the same number, with no exponent left
        // (the page writes only finite figures into data-value).
        let expanded = expand_exponent(&js_like);
        if v.is_finite() {
            prop_assert!(!expanded.contains(['e', 'E']), "{js_like} -> {expanded}");
            prop_assert_eq!(expanded.parse::<f64>().ok(), Some(v), "{} -> {}", js_like, expanded);
        }
    }
}
