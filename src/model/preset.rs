//! Published cases as data: one record per preset, loaded with one click or
//! `?preset=<id>`. Adding a preset is adding a record to [`PRESETS`].
//!
//! A record carries what the form needs (groups with their expected effects,
//! cost per staff year, benefit rates) and the figures its source published,
//! each with what it is compared with: a figure computed from the loaded form
//! ([`Computed::AnnualCost`], …), the source's own arithmetic
//! ([`Computed::Sum`]), or nothing when the page cannot compute it. A preset
//! without groups is a published-only case: loading it leaves the form as it
//! is ([`Preset::loads_form`]) and only its figures and notes are shown.

use super::budget::{Budget, Effect};
use super::calc::Results;
use super::form::{BudgetForm, EffectUnit, FieldId, Form, GroupValues};
use super::kind::BenefitKind;
use super::lang::{Lang, Text};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PresetGroup {
    pub name: Text,
    pub headcount: f64,
    pub current: f64,
    pub target: f64,
    pub benefit: BenefitKind,
    /// The expected effect written into the group's effect field;
    /// [`Effect::NONE`] when the source budgets none (BI08).
    pub effect: Effect,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PresetBenefit {
    pub kind: BenefitKind,
    pub monthly_rate: f64,
    /// Share 0–1.
    pub reimbursement: f64,
}

/// What a published figure is compared with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Computed {
    /// The extra staff's annual cost, `Results::annual_cost`.
    AnnualCost,
    /// The budget's staff cost over all its years ("I alt").
    BudgetTotalCost,
    /// The budget's benefit savings in its first year (negative).
    FirstYearSavings,
    /// The budget's net effect in its first year (negative is a saving).
    FirstYearNet,
    /// The source's own arithmetic: the sum of other figures of the same
    /// preset, by id, each times its sign (`("saved", 1.0), ("invested",
    /// -1.0)`). Needs no form, so published-only cases can use it.
    Sum(&'static [(&'static str, f64)]),
}

/// One figure as the source published it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PublishedFigure {
    /// Stable id: the row's `data-testid` is `preset-figure-<id>`, and
    /// [`Computed::Sum`] names figures by it.
    pub id: &'static str,
    pub label: Text,
    /// Kr., with the source's sign (the seeds' budget tables: negative is
    /// less spending; the DS paper: savings positive).
    pub value: f64,
    /// `None` when the page cannot compute it; the preset's note says why.
    pub computed: Option<Computed>,
}

/// How a preset's amounts are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amounts {
    /// Whole kroner ("800.000 kr."), for small proposals.
    Kroner,
    /// Millions ("11,34 mio. kr.").
    Millions,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Preset {
    /// Stable id for `?preset=`.
    pub id: &'static str,
    pub name: Text,
    /// Document, year and table the figures come from.
    pub source: Text,
    /// What we had to assume and why, or why the page cannot compute it.
    pub note: Text,
    /// Where a published figure does not follow from the source's own
    /// numbers: what does not add up, said plainly.
    pub inconsistency: Option<Text>,
    /// Where the source books the amounts otherwise than the page shows
    /// them (service / ej service, udgift / indtægt), said plainly.
    pub booking: Option<Text>,
    /// Price level ("2023 p/l") of the published amounts.
    pub price_level: u16,
    /// First year of the published budget table.
    pub start_year: u16,
    /// Empty for a published-only case (see [`Preset::loads_form`]).
    pub groups: &'static [PresetGroup],
    pub cost_per_staff_year: f64,
    pub benefits: &'static [PresetBenefit],
    /// The published figures, the headline first (the page gives its cells
    /// the `preset-published` and `preset-computed` test ids).
    pub figures: &'static [PublishedFigure],
    /// The published amounts are rounded to this many kr.: 1,000 for a table
    /// in 1,000 kr., 100,000 for "28,7 mio.". Decides when a computed figure
    /// matches.
    pub rounding: f64,
    pub amounts: Amounts,
}

impl Preset {
    /// Whether loading the preset fills in the form. A published-only case
    /// (no groups) does not: clicking it keeps what the user typed, and
    /// `?preset=` with it starts from the default form.
    pub fn loads_form(&self) -> bool {
        !self.groups.is_empty()
    }

    /// The form this preset fills in, in `lang`; the default form for a
    /// published-only case.
    pub fn to_form(&self, lang: Lang) -> Form {
        self.to_form_on(Form::new(lang), lang)
    }

    /// The preset loaded onto `form` (the default, or for version 2 links
    /// the default with the frozen version 2 rates): the preset's own
    /// benefits carry their own rates either way.
    pub fn to_form_on(&self, mut form: Form, lang: Lang) -> Form {
        if !self.loads_form() {
            return form;
        }
        let groups: Vec<GroupValues> = self
            .groups
            .iter()
            .map(|g| GroupValues {
                name: g.name.get(lang).to_owned(),
                headcount: g.headcount,
                current: g.current,
                target: g.target,
                benefit: g.benefit,
            })
            .collect();
        form.set_groups(&groups, lang);
        let ids: Vec<u32> = form.groups.iter().map(|g| g.id).collect();
        for (id, g) in ids.into_iter().zip(self.groups) {
            let (unit, value) = match g.effect {
                Effect::MonthsPerCitizen(m) => (EffectUnit::MonthsPerCitizen, m),
                Effect::PercentReduction(p) => (EffectUnit::Percent, p),
            };
            form.set_effect_unit(id, unit, lang);
            form.set_value(FieldId::Effect(id, unit), value, lang);
        }
        // The source's amounts are whole costs at its own price level: no
        // overhead on top and no conversion, so its figures reproduce.
        form.set_value(FieldId::CostPerStaffYear, self.cost_per_staff_year, lang);
        form.set_value(FieldId::Overhead, 0.0, lang);
        form.budget = BudgetForm::new(i32::from(self.start_year), lang);
        form.budget.price_level = self.price_level.to_string();
        form.at_price_level();
        for b in self.benefits {
            // Rates are kept to the øre, as in the rate tables.
            let rate = (b.monthly_rate * 100.0).round() / 100.0;
            form.set_value(FieldId::MonthlyRate(b.kind), rate, lang);
            form.set_value(
                FieldId::Reimbursement(b.kind),
                b.reimbursement * 100.0,
                lang,
            );
        }
        form
    }

    /// The published figure with this id.
    pub fn figure(&self, id: &str) -> Option<&'static PublishedFigure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// The figure computed to compare with `f`, from the loaded form's
    /// results and budget (`None` when those are invalid) or from the other
    /// published figures; `None` when it cannot be computed.
    pub fn computed(
        &self,
        f: &PublishedFigure,
        results: Option<&Results>,
        budget: Option<&Budget>,
    ) -> Option<f64> {
        let first = || budget.and_then(|b| b.rows.first());
        match f.computed? {
            Computed::AnnualCost => results.map(|r| r.annual_cost),
            Computed::BudgetTotalCost => budget.map(|b| b.total_cost),
            Computed::FirstYearSavings => first().map(|y| y.savings),
            Computed::FirstYearNet => first().map(|y| y.net),
            Computed::Sum(terms) => terms
                .iter()
                .map(|(id, sign)| self.figure(id).map(|g| sign * g.value))
                .sum(),
        }
    }

    /// Whether `computed` reproduces `f` within the source's rounding: half
    /// a rounding step for the published figure itself, and another half per
    /// term of a [`Computed::Sum`] (each term is rounded too).
    pub fn matches(&self, f: &PublishedFigure, computed: f64) -> bool {
        let terms = match f.computed {
            Some(Computed::Sum(terms)) => terms.len(),
            _ => 0,
        };
        (computed - f.value).abs() <= self.rounding / 2.0 * (1 + terms) as f64
    }
}

/// Looks a preset up by its URL id: `None` for an unknown id, and in a
/// split build also while the records are not in the page yet ([`loaded`]).
pub fn find(id: &str) -> Option<&'static Preset> {
    let found = records().iter().find(|p| p.id == id);
    #[cfg(split)]
    if found.is_none() && !loaded() {
        if let Some(n) = named(id) {
            MISSED.set(Some(n.id));
        }
    }
    found
}

/// The example a lookup asked for while the records were not in the page
/// (the link's or the autosave's `preset=`), once: the page then fetches
/// them and reads its start again (`app::mount`). Kept here because the
/// autosave's reader drops its notices, so "unknown example" cannot tell.
pub fn take_missed() -> Option<&'static str> {
    #[cfg(split)]
    return MISSED.take();
    #[cfg(not(split))]
    return None;
}

#[cfg(split)]
thread_local! {
    static MISSED: std::cell::Cell<Option<&'static str>> = const { std::cell::Cell::new(None) };
}

/// The example named `id`, records or not.
pub fn named(id: &str) -> Option<&'static Named> {
    NAMES.iter().find(|n| n.id == id)
}

/// The records the page can use: all of them in one-module builds (tests,
/// debug); in a split build for the browser, those of the chunk once it
/// came ([`set_loaded`]), so that nothing in the module the page starts with
/// names [`PRESETS`] and the splitter can move the records out of it.
#[cfg(not(split))]
fn records() -> &'static [Preset] {
    PRESETS
}

/// Whether the records are in the page (always, in one-module builds).
#[cfg(not(split))]
pub fn loaded() -> bool {
    true
}

#[cfg(split)]
static LOADED: std::sync::OnceLock<&'static [Preset]> = std::sync::OnceLock::new();

#[cfg(split)]
fn records() -> &'static [Preset] {
    LOADED.get().copied().unwrap_or(&[])
}

#[cfg(split)]
pub fn loaded() -> bool {
    LOADED.get().is_some()
}

/// Called by the examples' chunk loader with its [`PRESETS`].
#[cfg(split)]
pub fn set_loaded(records: &'static [Preset]) {
    let _ = LOADED.set(records);
}

/// Copenhagen, budget 2023, proposal BI08 (seed 000).
const BI08_GROUPS: &[PresetGroup] = &[
    PresetGroup {
        name: Text {
            da: "Uafklarede og komplekse helbredsproblemer",
            en: "Unresolved and complex health problems",
        },
        headcount: 1_400.0,
        current: 70.0,
        target: 50.0,
        benefit: BenefitKind::Sygedagpenge,
        effect: Effect::NONE,
    },
    PresetGroup {
        name: Text {
            da: "Lettere stress, angst eller depression",
            en: "Mild stress, anxiety or depression",
        },
        headcount: 3_000.0,
        current: 70.0,
        target: 50.0,
        benefit: BenefitKind::Sygedagpenge,
        effect: Effect::NONE,
    },
    PresetGroup {
        name: Text {
            da: "Varige funktionsnedsættelser eller handicap",
            en: "Lasting disabilities",
        },
        headcount: 250.0,
        current: 70.0,
        target: 50.0,
        benefit: BenefitKind::Sygedagpenge,
        effect: Effect::NONE,
    },
    PresetGroup {
        name: Text {
            da: "Sporadisk kontakt og skiftende forsørgelse",
            en: "Sporadic contact and changing benefits",
        },
        headcount: 350.0,
        current: 70.0,
        target: 50.0,
        benefit: BenefitKind::Sygedagpenge,
        effect: Effect::NONE,
    },
];

/// Faxe, retention consultants (seed 003): caseload 50–55 → 40–45 at the
/// midpoints, and the headcount that makes that exactly 2 staff years:
/// `N / 42.5 − N / 52.5 = 2` → `N = 2 × 42.5 × 52.5 / 10 = 446.25`.
const FAXE_HEADCOUNT: f64 = 2.0 * 42.5 * 52.5 / 10.0;
/// Highest sygedagpenge rate 2021, 4,460 kr. a week, as a month (× 52 / 12)
/// to the øre.
const FAXE_MONTHLY_RATE: f64 = 19_326.67;
/// Retention starts early in the sick leave: weeks 5–26 carry 40 %.
const FAXE_REIMBURSEMENT: f64 = 0.40;
/// The published saving on sygedagpenge, kr. a year.
const FAXE_SAVING: f64 = 1_200_000.0;

/// An example's id and name: what its button shows, and what the page
/// needs to know that a link names it. They are in the module the page
/// starts with; the records ([`PRESETS`]) come in a wasm chunk of their own
/// when an example is asked for (`src/app/presets.rs`, docs/size.md).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Named {
    pub id: &'static str,
    pub name: Text,
}

/// Every example's id and name, in the order the picker shows them; entry
/// `i` is `PRESETS[i]`'s.
pub const NAMES: [Named; 5] = [
    Named {
        id: "kk-bi08-2023",
        name: Text {
            da: "København BI08 (budget 2023)",
            en: "Copenhagen BI08 (budget 2023)",
        },
    },
    Named {
        id: "faxe-fastholdelse-2021",
        name: Text {
            da: "Faxe fastholdelseskonsulenter (budget 2021)",
            en: "Faxe retention consultants (budget 2021)",
        },
    },
    Named {
        id: "faxe-mentorer-2021",
        name: Text {
            da: "Faxe eksterne mentorer (budget 2021)",
            en: "Faxe external mentors (budget 2021)",
        },
    },
    Named {
        id: "ds-hjoerring",
        name: Text {
            da: "Hjørring (DS' papir)",
            en: "Hjørring (DS paper)",
        },
    },
    Named {
        id: "ds-aabenraa",
        name: Text {
            da: "Aabenraa KIK (DS' papir)",
            en: "Aabenraa KIK (DS paper)",
        },
    },
];

/// Every preset, in the order the picker shows them.
pub const PRESETS: &[Preset] = &[
    Preset {
        id: NAMES[0].id,
        name: NAMES[0].name,
        source: Text {
            da: "Københavns Kommune, budgetforslag 2023, BI08 \"Lavere sagsstammer for \
                 sygedagpenge-modtagere og borgere i jobafklaringsforløb\", tabel \
                 \"Aktiviteter i forslaget\" (1.000 kr., 2023 p/l).",
            en: "City of Copenhagen, budget proposal 2023, BI08 \"Lower caseloads for \
                 sickness benefit recipients and citizens in job clarification\", table \
                 \"Activities in the proposal\" (DKK 1,000, 2023 prices).",
        },
        note: Text {
            da: "Forslaget oplyser fire målgrupper og sagsstamme 70 → 50, men ikke prisen \
                 pr. årsværk: 396.900 kr. er udledt af de offentliggjorte 11,34 mio. kr. ÷ \
                 28,57 årsværk. Forslaget fordeler ikke de 5.000 borgere på ydelse (området \
                 havde i 1. kvartal 2022 ca. 8.000 helårspersoner på sygedagpenge og 1.200 i \
                 jobafklaring); alle er her på sygedagpenge med højeste sats 2023, 4.550 \
                 kr./uge, og 20 % refusion. Mange får mindre end højeste sats, og \
                 jobafklaring betales på kontanthjælpsniveau, så den sparede ydelse pr. måned \
                 er her for høj og den krævede effekt for lav: med områdets fordeling (13 % i \
                 jobafklaring, 2023: 11.944 kr./md.) skal effekten være ca. 5 % større.",
            en: "The proposal gives four target groups and caseload 70 → 50, but not the \
                 cost per staff year: DKK 396,900 is derived from the published DKK 11.34 \
                 million ÷ 28.57 staff years. The proposal does not split the groups by \
                 5,000 citizens by benefit (the area had about 8,000 full-year persons on \
                 sickness benefit and 1,200 in job clarification in Q1 2022); all are on \
                 sickness benefit here at the highest rate 2023, DKK 4,550 a week, with 20 % \
                 reimbursement. Many receive less than the highest rate, and job \
                 clarification is paid at the social assistance level, so the benefit saved \
                 a month is too high here and the effect needed too low: with the area's \
                 split (13 % in job clarification, 2023: DKK 11,944 a month) the effect must \
                 be about 5 % larger.",
        },
        inconsistency: None,
        booking: None,
        price_level: 2023,
        start_year: 2023,
        groups: BI08_GROUPS,
        cost_per_staff_year: 396_900.0,
        benefits: &[PresetBenefit {
            kind: BenefitKind::Sygedagpenge,
            monthly_rate: 4_550.0 * 52.0 / 12.0,
            reimbursement: 0.20,
        }],
        figures: &[
            PublishedFigure {
                id: "annual-cost",
                label: Text {
                    da: "Udgift om året",
                    en: "Annual cost",
                },
                value: 11_340_000.0,
                computed: Some(Computed::AnnualCost),
            },
            PublishedFigure {
                id: "total-cost",
                label: Text {
                    da: "Udgift i alt 2023–2026",
                    en: "Total cost 2023–2026",
                },
                value: 45_360_000.0,
                computed: Some(Computed::BudgetTotalCost),
            },
        ],
        rounding: 1_000.0,
        amounts: Amounts::Millions,
    },
    Preset {
        id: NAMES[1].id,
        name: NAMES[1].name,
        source: Text {
            da: "Faxe Kommune, budget 2021, skema BIU_F_03 »To fastholdelseskonsulenter til \
                 sygedagpengesager«, tabel »Økonomi« (1.000 kr., 2021-priser) og forslagets \
                 tekst.",
            en: "Faxe Municipality, budget 2021, form BIU_F_03 \"To fastholdelseskonsulenter \
                 til sygedagpengesager\" (two retention consultants), table \"Økonomi\" (DKK \
                 1,000, 2021 prices) and the proposal's text.",
        },
        note: Text {
            da: "Forslaget giver sagsstamme 50–55 → 40–45, 2 årsværk til 800.000 kr. og 1,2 \
                 mio. kr. mindre i sygedagpenge, men ikke antal borgere eller effekt. Her: \
                 midtpunkterne 52,5 → 42,5 og 446,25 helårspersoner, der kræver netop 2 \
                 årsværk mere (2 × 42,5 × 52,5 ÷ 10); sygedagpenge 2021, 4.460 kr./uge, med \
                 40 % refusion (uge 5–26); effekten, 1,93 % kortere tid på ydelse (8,6 \
                 helårspersoner), er regnet baglæns fra 1,2 mio. kr.",
            en: "The proposal gives caseload 50–55 → 40–45, 2 staff years for DKK 800,000 \
                 and DKK 1.2 million less sickness benefit, but not the number of citizens \
                 or the effect. Here: the midpoints 52.5 → 42.5 and 446.25 full-year \
                 persons, who need exactly 2 more staff years (2 × 42.5 × 52.5 ÷ 10); \
                 sickness benefit 2021, DKK 4,460 a week, with 40 % reimbursement (weeks \
                 5–26); the effect, 1.93 % less time on benefit (8.6 full-year persons), is \
                 worked back from DKK 1.2 million.",
        },
        inconsistency: None,
        booking: Some(Text {
            da: "Forslagets skema fører hele nettovirkningen, −400.000 kr., som »ej service« \
                 på funktion 05.57.71 (sygedagpenge) med service 0, også de 800.000 kr. til \
                 løn. Her står lønnen som service (personaleudgift) og ydelserne som \
                 overførsler, som i de andre forslag: nettovirkningen er den samme, men kun \
                 lønnen tæller under servicerammen.",
            en: "The proposal's form books the whole net effect, DKK −400,000, as \"ej \
                 service\" (not service) on function 05.57.71 (sickness benefit) with service \
                 0, the DKK 800,000 of salaries included. Here the salaries are service \
                 (staff cost) and the benefits transfers, as in the other proposals: the net \
                 effect is the same, but only the salaries count against the service ceiling.",
        }),
        price_level: 2021,
        start_year: 2021,
        groups: &[PresetGroup {
            name: Text {
                da: "Sygemeldte i fastholdelsesforløb",
                en: "Sick-listed citizens in retention",
            },
            headcount: FAXE_HEADCOUNT,
            current: 52.5,
            target: 42.5,
            benefit: BenefitKind::Sygedagpenge,
            effect: Effect::PercentReduction(
                FAXE_SAVING
                    / (12.0 * FAXE_HEADCOUNT * FAXE_MONTHLY_RATE * (1.0 - FAXE_REIMBURSEMENT))
                    * 100.0,
            ),
        }],
        cost_per_staff_year: 400_000.0,
        benefits: &[PresetBenefit {
            kind: BenefitKind::Sygedagpenge,
            monthly_rate: FAXE_MONTHLY_RATE,
            reimbursement: FAXE_REIMBURSEMENT,
        }],
        figures: &[
            PublishedFigure {
                id: "annual-cost",
                label: Text {
                    da: "Udgift til to årsværk om året",
                    en: "Cost of two staff years a year",
                },
                value: 800_000.0,
                computed: Some(Computed::AnnualCost),
            },
            PublishedFigure {
                id: "savings",
                label: Text {
                    da: "Mindreudgift til sygedagpenge om året",
                    en: "Less spent on sickness benefit a year",
                },
                value: -FAXE_SAVING,
                computed: Some(Computed::FirstYearSavings),
            },
            PublishedFigure {
                id: "net",
                label: Text {
                    da: "Nettovirkning om året (2021–2024)",
                    en: "Net effect a year (2021–2024)",
                },
                value: -400_000.0,
                computed: Some(Computed::FirstYearNet),
            },
        ],
        rounding: 1_000.0,
        amounts: Amounts::Kroner,
    },
    Preset {
        id: NAMES[2].id,
        name: NAMES[2].name,
        source: Text {
            da: "Faxe Kommune, budget 2021, »Besparelse på eksterne mentorer – omlægning af \
                 indsats«, tabel »Økonomi« (1.000 kr., 2021-priser) og afsnittet »Refusion«.",
            en: "Faxe Municipality, budget 2021, \"Besparelse på eksterne mentorer\" \
                 (savings on external mentors), table \"Økonomi\" (DKK 1,000, 2021 prices) \
                 and the section \"Refusion\".",
        },
        note: Text {
            da: "Kommunen køber færre eksterne mentorer (−1,5 mio. kr. om året) og mister \
                 dermed 50 % statsrefusion på mentorstøtte i ressourceforløb og \
                 jobafklaring: indtægten falder 0,5 mio. kr. (skrevet +500). Netto −1,0 mio. \
                 kr. 0,5 mio. er 50 % af 1,0 mio., ikke af 1,5 mio.: tallene forudsætter, at \
                 kun 1,0 mio. af udgiften havde refusion; det siger forslaget ikke. \
                 Beregneren regner løn ud fra sagsstammer og besparelser ud fra tid på \
                 ydelse; et mindre køb af tilbud kan den ikke genskabe.",
            en: "The municipality buys fewer external mentors (−DKK 1.5 million a year) and \
                 so loses 50 % state reimbursement on mentor support in resource and job \
                 clarification programmes: income falls by DKK 0.5 million (written +500). \
                 Net −DKK 1.0 million. 0.5 million is 50 % of 1.0 million, not of 1.5 \
                 million: the figures assume that only 1.0 million of the spending was \
                 reimbursed; the proposal does not say so. The calculator derives salaries \
                 from caseloads and savings from time on benefits; it cannot reproduce \
                 buying fewer services.",
        },
        inconsistency: None,
        booking: None,
        price_level: 2021,
        start_year: 2021,
        groups: &[],
        cost_per_staff_year: 0.0,
        benefits: &[],
        figures: &[
            PublishedFigure {
                id: "expense",
                label: Text {
                    da: "Udgift om året (ej service)",
                    en: "Spending a year (transfers)",
                },
                value: -1_500_000.0,
                computed: None,
            },
            PublishedFigure {
                id: "income",
                label: Text {
                    da: "Indtægt om året: mistet refusion (ej service)",
                    en: "Income a year: lost reimbursement (transfers)",
                },
                value: 500_000.0,
                computed: None,
            },
            PublishedFigure {
                id: "net",
                label: Text {
                    da: "Nettovirkning om året (= udgift + indtægt)",
                    en: "Net effect a year (= spending + income)",
                },
                value: -1_000_000.0,
                computed: Some(Computed::Sum(&[("expense", 1.0), ("income", 1.0)])),
            },
        ],
        rounding: 1_000.0,
        amounts: Amounts::Kroner,
    },
    Preset {
        id: NAMES[3].id,
        name: NAMES[3].name,
        source: Text {
            da: "Dansk Socialrådgiverforening, »Investering i en forstærket indsats til \
                 udsatte ledige tjener sig mange gange hjem« (udateret, tal til januar \
                 2017), afsnit om Hjørring.",
            en: "Danish Association of Social Workers (DS), \"Investering i en forstærket \
                 indsats til udsatte ledige tjener sig mange gange hjem\" (undated, figures \
                 up to January 2017), the section on Hjørring.",
        },
        note: Text {
            da: "Papiret giver sagsstammer (sygedagpenge 40 → 32–35, kontanthjælp 70–80 → \
                 35–40), men ikke antal borgere, nye sagsbehandlere eller pris pr. årsværk, \
                 og investeringen dækker også tilbud (mentorer, fysioterapi), så det kan \
                 ikke regnes efter her. Tallene gælder »andet år i projektet«; året er ikke \
                 oplyst, men papirets tabel nævner regnskab 2016.",
            en: "The paper gives caseloads (sickness benefit 40 → 32–35, social assistance \
                 70–80 → 35–40), but not the number of citizens, new caseworkers or the cost \
                 per staff year, and the investment also covers services (mentors, \
                 physiotherapy), so it cannot be recomputed here. The figures are for \"the \
                 second year of the project\"; the year is not given, but the paper's table \
                 names the 2016 accounts.",
        },
        inconsistency: Some(Text {
            da: "Papiret skriver en nettobesparelse på 17,3 mio. kr., men dets egne tal giver \
                 47,3 − 28,7 = 18,6 mio. kr., 1,3 mio. kr. mere. Papiret forklarer ikke \
                 forskellen. 17,3 mio. kr. er også papirets tal for den forventede besparelse \
                 på forsørgelse i regnskab 2016.",
            en: "The paper states a net saving of DKK 17.3 million, but its own figures give \
                 47.3 − 28.7 = DKK 18.6 million, DKK 1.3 million more. The paper does not \
                 explain the difference. DKK 17.3 million is also the paper's figure for the \
                 expected saving on benefits in the 2016 accounts.",
        }),
        booking: None,
        price_level: 2016,
        start_year: 2016,
        groups: &[],
        cost_per_staff_year: 0.0,
        benefits: &[],
        figures: &[
            PublishedFigure {
                id: "invested",
                label: Text {
                    da: "Investeret",
                    en: "Invested",
                },
                value: 28_700_000.0,
                computed: None,
            },
            PublishedFigure {
                id: "saved",
                label: Text {
                    da: "Sparet",
                    en: "Saved",
                },
                value: 47_300_000.0,
                computed: None,
            },
            PublishedFigure {
                id: "net",
                label: Text {
                    da: "Nettobesparelse (= sparet − investeret)",
                    en: "Net saving (= saved − invested)",
                },
                value: 17_300_000.0,
                computed: Some(Computed::Sum(&[("saved", 1.0), ("invested", -1.0)])),
            },
        ],
        rounding: 100_000.0,
        amounts: Amounts::Millions,
    },
    Preset {
        id: NAMES[4].id,
        name: NAMES[4].name,
        source: Text {
            da: "Dansk Socialrådgiverforening, »Investering i en forstærket indsats til \
                 udsatte ledige tjener sig mange gange hjem« (udateret, tal til januar \
                 2017), afsnit om Aabenraa (KIK-projektet, 1.1.–31.10.2016).",
            en: "Danish Association of Social Workers (DS), \"Investering i en forstærket \
                 indsats til udsatte ledige tjener sig mange gange hjem\" (undated, figures \
                 up to January 2017), the section on Aabenraa (the KIK project, 1 January–31 \
                 October 2016).",
        },
        note: Text {
            da: "68 mio. kr. til 2016–2018 og 14 nye sagsbehandlere og konsulenter; de \
                 aktivitetsparate kontanthjælpsmodtagere faldt fra 1.008 (2016) til 499 \
                 (januar 2017). Papiret giver ingen sagsstammer eller antal borgere pr. \
                 sagsbehandler, så det kan ikke regnes efter her. Dets egne tal hænger \
                 sammen: 37,7 − 18,1 − 9,7 = 9,9 mio. kr. Fortrængningen, 18,1 mio. kr. på \
                 andre ydelser, åd 48 % af de 37,7 mio. kr. sparet på kontanthjælp; prøv den \
                 andel under »Fortrængning til andre ydelser« ved budgettet.",
            en: "DKK 68 million for 2016–2018 and 14 new caseworkers and consultants; social \
                 assistance recipients not ready for work fell from 1,008 (2016) to 499 \
                 (January 2017). The paper gives no caseloads or citizens per caseworker, so \
                 it cannot be recomputed here. Its own figures add up: 37.7 − 18.1 − 9.7 = \
                 DKK 9.9 million. Displacement, DKK 18.1 million on other benefits, ate 48 % \
                 of the DKK 37.7 million saved on social assistance; try that share under \
                 \"Displacement onto other benefits\" beside the budget.",
        },
        inconsistency: None,
        booking: None,
        price_level: 2016,
        start_year: 2016,
        groups: &[],
        cost_per_staff_year: 0.0,
        benefits: &[],
        figures: &[
            PublishedFigure {
                id: "budget",
                label: Text {
                    da: "Afsat til 2016–2018",
                    en: "Set aside for 2016–2018",
                },
                value: 68_000_000.0,
                computed: None,
            },
            PublishedFigure {
                id: "saved",
                label: Text {
                    da: "Sparet på kontanthjælp",
                    en: "Saved on social assistance",
                },
                value: 37_700_000.0,
                computed: None,
            },
            PublishedFigure {
                id: "benefits",
                label: Text {
                    da: "Fortrængning: forsørgelsesudgifter på andre ydelser (48 % af det \
                         sparede)",
                    en: "Displacement: benefit costs on other benefits (48 % of the saving)",
                },
                value: -18_100_000.0,
                computed: None,
            },
            PublishedFigure {
                id: "staff",
                label: Text {
                    da: "Udgifter til løn, adm. mm.",
                    en: "Salaries, administration etc.",
                },
                value: -9_700_000.0,
                computed: None,
            },
            PublishedFigure {
                id: "net",
                label: Text {
                    da: "Nettobesparelse (= summen af de tre)",
                    en: "Net saving (= the sum of the three)",
                },
                value: 9_900_000.0,
                computed: Some(Computed::Sum(&[
                    ("saved", 1.0),
                    ("benefits", 1.0),
                    ("staff", 1.0),
                ])),
            },
        ],
        rounding: 100_000.0,
        amounts: Amounts::Millions,
    },
];

#[cfg(test)]
mod tests;
