//! Property tests of the scenario link (`model::query`): every form
//! survives `encode` → query string → `load`, and no query, stored record or
//! file contents can make the decoder panic or produce unusable numbers.
//!
//! `PROPTEST_CASES` raises the number of cases, e.g.
//! `PROPTEST_CASES=100000 cargo test --release --test query_props`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use proptest::prelude::*;
use sagsstamme::model::ds::Area;
use sagsstamme::model::form::{MAX_GROUPS, MAX_NAME_CHARS};
use sagsstamme::model::number::format_trimmed;
use sagsstamme::model::preset::PRESETS;
use sagsstamme::model::url::codec::{parse_search, to_search, MAX_PAIRS, MAX_VALUE_CHARS};
use sagsstamme::model::url::keys;
use sagsstamme::model::url::link::{encode, load, MAX_RAW_CHARS};
use sagsstamme::model::url::saved::{read_record, RawRecord};
use sagsstamme::model::{compute, BenefitKind, EffectUnit, FieldId, FieldKind, Form, Lang, Switch};
use support::quoted_readably;

/// How one numeric field is filled in.
#[derive(Clone, Debug)]
enum Text {
    /// Left at its default.
    Keep,
    /// A number the way the page writes it (`decimals` at most).
    Number(f64, usize),
    /// Typed text, anything at all (at most [`MAX_RAW_CHARS`] characters).
    Typed(String),
}

fn text(typed: BoxedStrategy<String>) -> impl Strategy<Value = Text> {
    prop_oneof![
        2 => Just(Text::Keep),
        4 => (prop_oneof![-1e3f64..1e10, 0.0f64..100.0, 1.0f64..1000.0], 0usize..=6)
            .prop_map(|(v, d)| Text::Number(v, d)),
        3 => typed.prop_map(Text::Typed),
    ]
}

/// Any text up to the kept length, weighted towards number-like text.
fn any_typed() -> BoxedStrategy<String> {
    prop_oneof![
        "[-+]?[0-9., \u{a0}]{0,14}(kr\\.?|%)?",
        "~?[0-9]{1,3}([.,][0-9]{1,3})?",
        proptest::collection::vec(any::<char>(), 0..=MAX_RAW_CHARS)
            .prop_map(|c| c.into_iter().collect()),
    ]
    .boxed()
}

/// Text that can never be a number (no digits), so it is kept exactly.
fn garbage() -> BoxedStrategy<String> {
    "[a-zæøå<>&=~+%# ]{0,30}".boxed()
}

#[derive(Clone, Debug)]
struct GroupRecipe {
    name: Option<String>,
    benefit: Option<usize>,
    area: Option<Option<usize>>,
    percent: bool,
    texts: Vec<Text>,
}

#[derive(Clone, Debug)]
struct Recipe {
    lang: Lang,
    preset: Option<usize>,
    /// Removed from the front of the base's groups before adding.
    remove_first: usize,
    groups: Vec<GroupRecipe>,
    scalars: Vec<Text>,
    switches: [bool; 3],
}

fn recipe(typed: fn() -> BoxedStrategy<String>) -> impl Strategy<Value = Recipe> {
    let group = (
        proptest::option::of(prop_oneof![
            "[a-zA-Z æøå&=<>]{0,20}",
            proptest::collection::vec(any::<char>(), 0..=MAX_NAME_CHARS + 10)
                .prop_map(|c| c.into_iter().collect()),
        ]),
        proptest::option::of(0usize..6),
        proptest::option::of(proptest::option::of(0usize..Area::ALL.len())),
        any::<bool>(),
        proptest::collection::vec(text(typed()), 4),
    )
        .prop_map(|(name, benefit, area, percent, texts)| GroupRecipe {
            name,
            benefit,
            area,
            percent,
            texts,
        })
        .boxed();
    let group_count = prop_oneof![4 => 1usize..=4, 1 => 1usize..=MAX_GROUPS];
    (
        prop_oneof![Just(Lang::Da), Just(Lang::En)],
        proptest::option::of(0..PRESETS.len()),
        0usize..3,
        group_count.prop_flat_map(move |n| proptest::collection::vec(group.clone(), n)),
        proptest::collection::vec(text(typed()), scalars().len()),
        any::<[bool; 3]>(),
    )
        .prop_map(
            |(lang, preset, remove_first, groups, scalars, switches)| Recipe {
                lang,
                preset,
                remove_first,
                groups,
                scalars,
                switches,
            },
        )
}

/// The fields outside the groups, as the form itself lists them (one list
/// to keep: a new field is fuzzed here without touching this file).
fn scalars() -> Vec<FieldId> {
    Form::new(Lang::Da)
        .all_fields()
        .into_iter()
        .filter(|f| {
            !matches!(
                f,
                FieldId::Headcount(_)
                    | FieldId::Current(_)
                    | FieldId::Target(_)
                    | FieldId::Effect(..)
            )
        })
        .collect()
}

fn write(form: &mut Form, field: FieldId, text: &Text, lang: Lang) {
    match text {
        Text::Keep => {}
        // Years are written without grouping, as the page does.
        Text::Number(v, _) if matches!(field.kind(), FieldKind::Year | FieldKind::YearCount) => {
            form.set_text(field, &(v.round() as i64).to_string());
        }
        Text::Number(v, d) => form.set_text(field, &format_trimmed(*v, *d, lang)),
        Text::Typed(t) => form.set_text(field, t),
    }
}

fn build(
    r: &Recipe,
) -> (
    Form,
    Lang,
    Option<&'static sagsstamme::model::preset::Preset>,
) {
    let preset = r.preset.map(|i| &PRESETS[i]);
    let mut form = preset.map_or_else(|| Form::new(r.lang), |p| p.to_form(r.lang));
    for _ in 0..r.remove_first {
        let id = form.groups[0].id;
        form.remove_group(id);
    }
    while form.groups.len() > r.groups.len() {
        let id = form.groups.last().unwrap().id;
        form.remove_group(id);
    }
    while form.groups.len() < r.groups.len() {
        form.add_group();
    }
    let ids: Vec<u32> = form.groups.iter().map(|g| g.id).collect();
    for (id, g) in ids.into_iter().zip(&r.groups) {
        if let Some(name) = &g.name {
            form.set_group_name(id, name);
        }
        if let Some(b) = g.benefit {
            form.set_group_benefit(id, BenefitKind::ALL[b]);
        }
        if let Some(a) = g.area {
            form.set_group_area(id, a.map(|a| Area::ALL[a]));
        }
        let unit = if g.percent {
            EffectUnit::Percent
        } else {
            EffectUnit::MonthsPerCitizen
        };
        form.set_effect_unit(id, unit, r.lang);
        let fields = [
            FieldId::Headcount(id),
            FieldId::Current(id),
            FieldId::Target(id),
            FieldId::Effect(id, unit),
        ];
        for (field, t) in fields.into_iter().zip(&g.texts) {
            write(&mut form, field, t, r.lang);
        }
    }
    for (field, t) in scalars().into_iter().zip(&r.scalars) {
        write(&mut form, field, t, r.lang);
    }
    for (on, s) in r
        .switches
        .iter()
        .zip([Switch::Hiring, Switch::Ramp, Switch::NewHires])
    {
        form.set_switch(s, *on);
    }
    (form, r.lang, preset)
}

/// A field as the page reads it: the number, or the text with its error.
#[derive(Debug, PartialEq)]
enum Read {
    Number(u64),
    Invalid(String),
}

fn read(form: &Form, field: FieldId, lang: Lang) -> Read {
    let text = form.text(field).unwrap_or_default();
    match field.kind().parse(text, lang) {
        Ok(v) => Read::Number(v.to_bits()),
        Err(_) => Read::Invalid(text.to_owned()),
    }
}

/// Everything the scenario means, without group ids or number formatting.
fn meaning(form: &Form, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for g in &form.groups {
        out.push(format!(
            "{:?} {:?} {:?} {:?}",
            g.name, g.benefit, g.ds_area, g.effect_unit
        ));
        for field in [
            FieldId::Headcount(g.id),
            FieldId::Current(g.id),
            FieldId::Target(g.id),
            FieldId::Effect(g.id, g.effect_unit),
        ] {
            out.push(format!("{:?}", read(form, field, lang)));
        }
    }
    for field in scalars() {
        out.push(format!("{:?}", read(form, field, lang)));
    }
    let b = &form.budget;
    out.push(format!("{} {} {}", b.hiring, b.ramp, b.new_hires));
    out
}

/// The form's text without the group ids.
fn content(form: &Form) -> String {
    let mut f = form.clone();
    for g in &mut f.groups {
        g.id = 0;
    }
    format!(
        "{:?} {:?} {:?} {:?} {:?}",
        f.groups, f.cost_per_staff_year, f.benefits, f.budget, f.goal
    )
}

proptest! {
    #[test]
    fn any_form_survives_the_link(r in recipe(any_typed)) {
        let (form, lang, preset) = build(&r);
        let pairs = encode(&form, lang, preset);
        prop_assert!(pairs.len() <= MAX_PAIRS);
        prop_assert!(pairs.iter().all(|(_, v)| v.chars().count() <= MAX_VALUE_CHARS));
        let search = to_search(&pairs);
        let l = load(parse_search(&search));
        prop_assert_eq!(&l.notices, &vec![], "{}", search);
        prop_assert_eq!(l.lang, lang);
        prop_assert_eq!(l.preset.map(|p| p.id), preset.map(|p| p.id));
        prop_assert_eq!(meaning(&l.form, lang), meaning(&form, lang), "{}", search);
        // Encoding is stable: the loaded form writes the same link.
        prop_assert_eq!(encode(&l.form, l.lang, l.preset), pairs);
    }

    #[test]
    fn forms_written_the_pages_way_come_back_character_for_character(
        r in recipe(garbage)
    ) {
        let (form, lang, preset) = build(&r);
        let l = load(encode(&form, lang, preset));
        prop_assert_eq!(content(&l.form), content(&form));
        prop_assert_eq!(l.form.evaluate(lang).errors.len(), form.evaluate(lang).errors.len());
    }

    #[test]
    fn no_pairs_make_the_decoder_panic_or_compute_nonsense(
        pairs in proptest::collection::vec(
            (
                prop_oneof![
                    Just(keys::VERSION.to_owned()),
                    Just(keys::GROUPS.to_owned()),
                    Just(keys::LANG.to_owned()),
                    Just(keys::PRESET.to_owned()),
                    Just(keys::COST.to_owned()),
                    Just(keys::HEADCOUNT.to_owned()),
                    Just(keys::BENEFIT_MONTH.to_owned()),
                    "(start_year|years|price_level|hiring|ramp|ramp_year[12]|hiring_share|new_hires|goal_[a-z]{4,9})",
                    "g[0-9]{1,2}\\.(name|headcount|current|target|benefit|effect|effect_unit|area)",
                    "(sygedagpenge|jobafklaring|kontanthjaelp|other)\\.(rate|reimbursement)",
                    any::<String>(),
                ],
                prop_oneof![
                    Just("2".to_owned()),
                    "~?[-+]?[0-9]{0,12}(\\.[0-9]{0,8})?",
                    "(sygedagpenge|other|percent|months|none|fleksjob|0|1|en|kk-bi08-2023)",
                    any::<String>(),
                ],
            ),
            0..300,
        )
    ) {
        let l = load(pairs.clone());
        prop_assert!((1..=MAX_GROUPS).contains(&l.form.groups.len()));
        for n in &l.notices {
            prop_assert!(quoted_readably(&n.value));
        }
        for g in &l.form.groups {
            prop_assert!(g.name.chars().count() <= MAX_NAME_CHARS);
        }
        let e = l.form.evaluate(l.lang);
        prop_assert_eq!(e.scenario.is_some(), e.errors.is_empty());
        if let Some(s) = e.scenario {
            let r = compute(&s);
            for v in [r.staff_now, r.staff_target, r.extra_staff, r.annual_cost] {
                prop_assert!(v.is_finite());
            }
        }
        // Whatever was read writes a link that reads back the same.
        let again = encode(&l.form, l.lang, l.preset);
        let l2 = load(again.clone());
        prop_assert_eq!(encode(&l2.form, l2.lang, l2.preset), again);
        // A saved record of the same pairs never panics either.
        let record = RawRecord {
            app: Some("sagsstamme-beregneren".to_owned()),
            version: Some(2.0),
            scenario: Some(pairs.into_iter().map(|(k, v)| (k, Some(v))).collect()),
        };
        prop_assert!(read_record(record).is_ok());
    }

    #[test]
    fn any_pairs_survive_the_search_string(
        pairs in proptest::collection::vec((any::<String>(), any::<String>()), 0..20)
    ) {
        prop_assert_eq!(parse_search(&to_search(&pairs)), pairs);
    }

    #[test]
    fn any_record_is_loaded_or_refused_without_panicking(
        app in proptest::option::of(prop_oneof![Just("sagsstamme-beregneren".to_owned()), any::<String>()]),
        version in proptest::option::of(prop_oneof![Just(2.0f64), any::<f64>()]),
        scenario in proptest::option::of(proptest::collection::vec(
            (any::<String>(), proptest::option::of(any::<String>())), 0..40)),
    ) {
        // A record that loads reports what it ignored readably and gives a
        // form that evaluates (the page takes both as they come).
        if let Ok(l) = read_record(RawRecord { app, version, scenario }) {
            prop_assert!(l.notices.iter().all(|n| quoted_readably(&n.value)));
            let e = l.form.evaluate(l.lang);
            prop_assert_eq!(e.scenario.is_some(), e.errors.is_empty());
        }
    }
}
