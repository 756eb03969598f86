//! Published cases as data: one record per preset, loaded with one click or
//! `?preset=<id>`. Adding a preset is adding a record to [`PRESETS`].

use super::benefit::BenefitKind;
use super::form::{BudgetForm, FieldId, Form, GroupValues};
use super::lang::Lang;

/// A text in both languages; a missing translation does not compile.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Text {
    pub da: &'static str,
    pub en: &'static str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Da => self.da,
            Lang::En => self.en,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PresetGroup {
    pub name: Text,
    pub headcount: f64,
    pub current: f64,
    pub target: f64,
    pub benefit: BenefitKind,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PresetBenefit {
    pub kind: BenefitKind,
    pub monthly_rate: f64,
    /// Share 0–1.
    pub reimbursement: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Preset {
    /// Stable id for `?preset=`.
    pub id: &'static str,
    pub name: Text,
    /// Document, year and table the figures come from.
    pub source: Text,
    /// What we had to assume and why.
    pub note: Text,
    /// Price level ("2023 p/l") of the published amounts.
    pub price_level: u16,
    /// First year of the published budget table.
    pub start_year: u16,
    pub groups: &'static [PresetGroup],
    pub cost_per_staff_year: f64,
    pub benefits: &'static [PresetBenefit],
    /// The published annual cost, kr., to show next to ours.
    pub published_annual_cost: Option<f64>,
}

impl Preset {
    /// The form this preset fills in, in `lang`.
    pub fn to_form(&self, lang: Lang) -> Form {
        let mut form = Form::new(lang);
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
        form.set_value(FieldId::CostPerStaffYear, self.cost_per_staff_year, lang);
        form.budget = BudgetForm::new(i32::from(self.start_year), lang);
        form.budget.price_level = self.price_level.to_string();
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
}

/// Looks a preset up by its URL id.
pub fn find(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
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
    },
];

/// Every preset, in the order the picker shows them.
pub const PRESETS: &[Preset] = &[Preset {
    id: "kk-bi08-2023",
    name: Text {
        da: "København BI08 (budget 2023)",
        en: "Copenhagen BI08 (budget 2023)",
    },
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
             28,57 årsværk. Forslaget fordeler ikke grupperne på ydelse; alle er her på \
             sygedagpenge (højeste sats 2023: 4.550 kr./uge) med 20 % refusion.",
        en: "The proposal gives four target groups and caseload 70 → 50, but not the \
             cost per staff year: DKK 396,900 is derived from the published DKK 11.34 \
             million ÷ 28.57 staff years. The proposal does not split the groups by \
             benefit; all are on sickness benefit here (highest rate 2023: DKK 4,550 a \
             week) with 20 % reimbursement.",
    },
    price_level: 2023,
    start_year: 2023,
    groups: BI08_GROUPS,
    cost_per_staff_year: 396_900.0,
    benefits: &[PresetBenefit {
        kind: BenefitKind::Sygedagpenge,
        monthly_rate: 4_550.0 * 52.0 / 12.0,
        reimbursement: 0.20,
    }],
    published_annual_cost: Some(11_340_000.0),
}];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::benefit::sygedagpenge_monthly;
    use crate::model::calc::compute;

    #[test]
    fn bi08_reproduces_the_published_annual_cost() {
        let p = find("kk-bi08-2023").unwrap();
        for lang in Lang::ALL {
            let e = p.to_form(lang).evaluate(lang);
            assert!(e.errors.is_empty(), "{:?}", e.errors);
            let s = e.scenario.clone().unwrap();
            let r = compute(&s);
            assert_eq!(r.total_headcount, 5_000.0);
            assert!(
                (r.extra_staff - 200.0 / 7.0).abs() < 1e-9,
                "{}",
                r.extra_staff
            );
            // 11.340 in "1.000 kr." as the seed's table; 45.360 over 2023–2026.
            assert_eq!((r.annual_cost / 1_000.0).round(), 11_340.0);
            assert_eq!((4.0 * r.annual_cost / 1_000.0).round(), 45_360.0);
            assert!((r.annual_cost - p.published_annual_cost.unwrap()).abs() < 1.0);
            // The seed's table: 11.340 a year 2023–2026, 45.360 in all.
            let plan = e.plan.unwrap();
            let b = crate::model::budget::budget(
                &crate::model::budget::BudgetInput::from_calc(&s, &r, &plan.effects),
                &plan.settings,
            )
            .unwrap();
            let years: Vec<i32> = b.rows.iter().map(|y| y.year).collect();
            assert_eq!(years, [2023, 2024, 2025, 2026]);
            assert_eq!((b.total_cost / 1_000.0).round(), 45_360.0);
            assert_eq!(plan.price_level, 2023);
        }
    }

    #[test]
    fn bi08_uses_the_2023_sygedagpenge_rate() {
        let f = find("kk-bi08-2023").unwrap().to_form(Lang::Da);
        assert_eq!(
            f.benefits[BenefitKind::Sygedagpenge.index()].monthly_rate,
            "19.716,67"
        );
        assert!((sygedagpenge_monthly(4_550.0) - 19_716.666_666).abs() < 1e-3);
        assert_eq!(f.groups[1].headcount, "3.000");
    }

    #[test]
    fn preset_ids_are_unique_and_groups_present() {
        for (i, p) in PRESETS.iter().enumerate() {
            assert!(!p.groups.is_empty(), "{}", p.id);
            assert!(PRESETS[i + 1..].iter().all(|q| q.id != p.id), "{}", p.id);
            assert_eq!(find(p.id).map(|q| q.id), Some(p.id));
        }
        assert!(find("unknown").is_none());
    }
}
