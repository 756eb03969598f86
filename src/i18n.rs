//! Every string the page shows, in Danish and English.
//!
//! [`Texts`] is a struct with one field per string and two constants, [`DA`]
//! and [`EN`]: a string missing in either language is a compile error.
//! Strings with numbers in them are functions, so word order can differ per
//! language. Number and amount formatting is here too, on top of
//! [`crate::model::number`].

use crate::model::benefit::Duration;
use crate::model::calc::Change;
use crate::model::chart::cost::CostWords;
use crate::model::chart::geometry::Magnitude;
use crate::model::chart::payback::PaybackWords;
use crate::model::ds::{CutLanding, Position};
use crate::model::explain::{Line, Step, Unit, Value};
use crate::model::form::EffectUnit;
use crate::model::goal::{GoalError, Plausibility, Side};
use crate::model::input::{FieldKind, InputError};
use crate::model::kind::BenefitKind;
use crate::model::number::{format, format_trimmed};
use crate::model::sensitivity::Assumption;
use crate::model::url::notice::{EmbedProblem, Problem};
use crate::model::url::saved::{RecordError, MAX_RECORD_BYTES};
use crate::model::Lang;
use std::ops::Deref;

/// The UI text of one language that the start of the page needs; the
/// sections below the key figures have theirs in [`BelowTexts`].
pub struct Texts {
    pub page_title: &'static str,
    pub intro: &'static str,
    pub privacy: &'static str,
    /// Label of the button that switches to the *other* language, written in
    /// that language.
    pub switch_to_other: &'static str,
    pub switch_to_other_hint: &'static str,
    pub skip_to_results: &'static str,

    pub presets_heading: &'static str,
    pub presets_hint: &'static str,
    pub reset: &'static str,
    pub reset_confirm: &'static str,
    /// Said when an example replaced the user's own scenario, with a button
    /// that brings it back.
    pub undo_text: &'static str,
    pub undo_button: &'static str,
    pub preset_loaded: fn(&str) -> String,
    pub source: &'static str,
    pub note: &'static str,
    pub published: &'static str,
    pub computed: &'static str,
    pub price_level: fn(u16) -> String,

    pub notices_heading: &'static str,
    pub notice_dismiss: &'static str,

    pub groups_heading: &'static str,
    pub groups_hint: &'static str,
    pub group_default_name: fn(usize) -> String,
    pub label_name: &'static str,
    pub label_headcount: &'static str,
    pub label_current: &'static str,
    pub label_target: &'static str,
    pub label_benefit: &'static str,
    pub add_group: &'static str,
    pub max_groups: fn(usize) -> String,
    pub remove_group: fn(&str) -> String,

    pub cost_heading: &'static str,
    pub label_cost: &'static str,
    pub label_overhead: &'static str,
    pub label_cost_year: &'static str,
    pub cost_hint: &'static str,
    /// The cost per staff year the page computes with, from its parts:
    /// (K at the price level, salary, overhead %, salary year, price level,
    /// wage factor, whether the factor is partly assumed).
    pub cost_total: fn(&str, &str, &str, i32, i32, &str, bool) -> String,

    pub benefits_heading: &'static str,
    pub benefits_hint: &'static str,
    pub col_benefit: &'static str,
    pub col_rate: &'static str,
    pub col_rate_year: &'static str,
    pub col_reimbursement: &'static str,
    pub col_net: &'static str,
    pub benefit_name: fn(BenefitKind) -> &'static str,
    pub benefit_source: fn(BenefitKind) -> &'static str,

    pub results_heading: &'static str,
    pub staff_now: &'static str,
    pub staff_target: &'static str,
    pub extra_staff: &'static str,
    pub annual_cost: &'static str,
    pub break_even_months: &'static str,
    pub months_per_citizen: &'static str,
    pub reduction_share: &'static str,
    pub persons_off_benefits: &'static str,
    pub headline_required: fn(&str, &str) -> String,
    /// A cut: fewer staff years, the saving a year, today's and the new
    /// caseload.
    pub headline_cut: fn(&str, &str, &str, &str) -> String,
    /// Some groups lower, others higher, fewer staff in all: as `headline_cut`.
    pub headline_mixed: fn(&str, &str, &str, &str) -> String,
    /// Where a cut lands against DS: above one range (min, max).
    pub cut_above_range: fn(&str, &str) -> String,
    pub cut_above_ranges: &'static str,
    /// `above` of `of` raised groups land above DS's range.
    pub cut_some_above: fn(usize, usize) -> String,
    pub cut_not_above: &'static str,
    /// After a cut: no effect needed, but longer time on benefits costs.
    pub cut_effect_note: &'static str,
    pub headline_free: &'static str,
    pub headline_unchanged: &'static str,
    pub no_benefit_spending: &'static str,
    pub exceeds_all_benefits: &'static str,
    pub not_needed: &'static str,
    pub invalid_results: &'static str,
    pub invalid_results_list: &'static str,
    /// Above the figures kept while a field is being retyped.
    pub stale_note: &'static str,
    /// Over the expected effect's figures: (first year, last year).
    pub effect_heading: fn(i32, i32) -> String,
    pub payback_label: &'static str,
    pub payback_year: fn(i32) -> String,
    pub payback_not_within: fn(u32) -> String,
    pub net_effect_label: &'static str,
    /// The net effect over the years, an amount saved or spent.
    pub net_saving: fn(&str) -> String,
    pub net_extra_cost: fn(&str) -> String,
    /// The phone's summary bar: the annual cost, the break-even per
    /// citizen, the payback year.
    pub summary_cost: fn(&str) -> String,
    pub summary_break_even: fn(&str) -> String,
    pub summary_payback: fn(i32) -> String,
    /// A small break-even in days: "ca. 5 dage".
    pub about_days: fn(u32) -> String,
    pub less_than_a_day: &'static str,
    /// A salary far below any staff year's: (typed, read as thousands).
    /// (typed, the lowest ordinary salary, read as thousands).
    pub salary_far_below: fn(&str, &str, Option<&str>) -> String,
    /// (typed, the highest ordinary salary).
    pub salary_far_above: fn(&str, &str) -> String,
    pub glossary_summary: &'static str,
    /// The words of budgets and benefits, each with a short explanation.
    pub glossary: &'static [(&'static str, &'static str)],
    /// A group's target against its DS range, in words: (where, target,
    /// min, max).
    pub ds_verdict: fn(Position, &str, &str, &str) -> String,

    pub staff_years_unit: &'static str,
    pub months_unit: &'static str,
    pub persons_unit: &'static str,
    pub per_year: &'static str,

    pub label_effect: &'static str,
    /// A group's displaced share (fortrængning), in the error list.
    pub label_displaced: &'static str,
    pub label_effect_unit: &'static str,
    pub effect_unit_name: fn(EffectUnit) -> &'static str,
    /// Said beside the effect after a change of unit converted the number:
    /// "Omregnet: 8,5 måneder … = 70,8333 % …".
    pub effect_converted: &'static str,
    pub label_start_year: &'static str,
    pub label_years: &'static str,
    pub label_price_level: &'static str,
    pub label_hiring: &'static str,
    pub label_ramp1: &'static str,
    pub label_ramp2: &'static str,
    pub no_effect_given: &'static str,
    pub label_ds_area: &'static str,
    pub area_none: &'static str,
    pub label_rate_source: &'static str,
    pub own_rate: &'static str,
    pub label_duration: &'static str,
    pub own_share: &'static str,
    pub duration_name: fn(Duration) -> &'static str,
    /// The ladder for a-dagpenge: the municipality's co-financing by week.
    pub cofinancing_name: fn(Duration) -> &'static str,
    /// Header of the share field of a co-financed benefit (a-dagpenge).
    pub col_cofinancing: &'static str,
    /// The default's provenance: "Standard 2027: … kr./md., fremskrevet fra
    /// 2024 (kilde) med 3,6 % om året (antaget)".
    pub default_word: &'static str,
    pub per_month: &'static str,
    pub basis_published: &'static str,
    /// The rate in use is a catalogue rate: "I brug: sats for 2023: …".
    pub rate_in_use: &'static str,
    /// The rate in use is the user's own: (amount, year).
    pub rate_in_use_own: fn(&str, i32) -> String,
    pub basis_derived: &'static str,
    pub projected_from: &'static str,
    pub projected_published: &'static str,
    pub projected_assumed: &'static str,
    pub nearest_from: &'static str,

    pub preset_col_figure: &'static str,
    pub preset_col_published: &'static str,
    pub preset_col_match: &'static str,
    pub preset_caption: &'static str,
    pub preset_matches: &'static str,
    pub preset_differs: &'static str,
    pub preset_not_computable: &'static str,
    pub preset_inconsistency: &'static str,
    /// Heading of a preset's note on how its source books the amounts.
    pub preset_booking: &'static str,
    pub preset_published_only: &'static str,
    pub label_goal_budget: &'static str,
    pub label_goal_published: &'static str,
    pub label_goal_staff: &'static str,
    pub plausibility: fn(Plausibility, &str, i32) -> String,
    // --- end lead ---
    pub error: fn(InputError, FieldKind, Lang) -> String,
    pub problem: fn(&Problem) -> String,
    pub footer_sources: &'static str,

    // --- embed ---
    pub embed_problem: fn(&EmbedProblem) -> String,
    pub copied: &'static str,
    pub close: &'static str,
    pub embed_full_page: &'static str,
    /// "Printed on" with day, month (1–12) and year.
    pub printed_on: fn(u32, u32, u32) -> String,
    pub saved_ignored: &'static str,
    /// The autosaved scenario was changed in another tab of the page.
    pub other_tab_changed: &'static str,
    /// Loads the other tab's scenario.
    pub other_tab_load: &'static str,
    /// Keeps this tab's scenario (the next own edit saves over the other).
    pub other_tab_keep: &'static str,
    /// The sections below the key figures could not be fetched.
    pub below_failed: &'static str,
    pub retry: &'static str,
    /// An example's records are being fetched (after a click on it, or for
    /// a link that names it).
    pub example_fetching: &'static str,
    /// An example's records could not be fetched.
    pub example_failed: &'static str,
    /// The sentence of each step, its numbers as listed on [`Step`].
    pub explain_step: fn(Step) -> &'static str,
}

/// One price conversion as the note under the budget says it: what was
/// converted, from which year to which, the factor as text, and whether an
/// index year in between is assumed.
pub struct FactorText {
    pub what: String,
    pub from: i32,
    pub to: i32,
    pub factor: String,
    pub assumed: bool,
}

/// The texts only the sections below the key figures use (`app::below`),
/// apart from [`Texts`] so that they travel in those sections' wasm chunk:
/// only code of that chunk names [`DA_BELOW`] (through [`Lang::tb`]). The
/// rest of the texts are reached through it too ([`Deref`] to its
/// language's [`Texts`]), so a section reads every string from one place.
pub struct BelowTexts {
    base: &'static Texts,
    pub per_group_caption: &'static str,
    pub col_group: &'static str,
    pub col_staff_now: &'static str,
    pub col_staff_target: &'static str,
    pub col_extra: &'static str,
    pub col_cost: &'static str,
    pub col_break_even: &'static str,
    pub col_own_break_even: &'static str,
    pub total: &'static str,

    pub budget_heading: &'static str,
    pub budget_hint: &'static str,
    pub realism_heading: &'static str,
    pub switch_hiring: &'static str,
    pub hiring_hint: &'static str,
    pub switch_ramp: &'static str,
    pub ramp_hint: &'static str,
    pub switch_new_hires: &'static str,
    pub new_hires_hint: &'static str,
    pub budget_caption: fn(i32) -> String,
    pub row_cost: &'static str,
    pub row_savings: &'static str,
    /// The savings line when a negative effect makes it a cost.
    pub row_extra_benefits: &'static str,
    /// The transfers' parts: benefits gross (udgift), the reimbursement no
    /// longer received (indtægt), the displaced cost.
    pub row_benefits_gross: &'static str,
    pub row_reimbursement: &'static str,
    pub row_displaced: &'static str,
    pub row_net: &'static str,
    pub row_cumulative: &'static str,
    pub payback_in: fn(i32) -> String,
    pub no_payback: fn(u32) -> String,
    pub budget_unavailable: &'static str,
    /// Under the budget table: the rounding convention (model::printed).
    pub budget_rounding_note: &'static str,
    /// Under the budget: what was converted to its price level and by which
    /// factor; an empty list: nothing was.
    pub price_factors: fn(i32, &[FactorText]) -> String,
    /// What a conversion converts: the salary (wage index) or a benefit's
    /// rate (rate regulation), the benefit's name given.
    pub factor_salary: &'static str,
    pub factor_rate: fn(&str) -> String,
    /// The budget's unit, in each exported column header ("2027 (1.000 kr.)").
    pub unit_thousand_kr: &'static str,

    /// The sensitivity table: caption at a price level, the column over the
    /// rows, the payback column, the net column over `n` years, the text for
    /// no payback within `n` years, and each row's (label, one-line reason).
    pub sensitivity_caption: fn(i32) -> String,
    pub sensitivity_assumption: &'static str,
    pub sensitivity_payback: &'static str,
    pub sensitivity_net: fn(u32) -> String,
    pub sensitivity_no_payback: fn(u32) -> String,
    pub sensitivity_row: fn(Assumption) -> (String, &'static str),
    pub displacement_heading: &'static str,
    pub displacement_hint: &'static str,
    pub col_displaced: &'static str,
    pub col_displaced_to: &'static str,
    pub displacement_examples: &'static str,
    pub displacement_example_kk: &'static str,
    pub displacement_example_kk_note: &'static str,
    pub displacement_example_aabenraa: &'static str,
    pub displacement_example_aabenraa_note: &'static str,

    pub ds_heading: &'static str,
    pub ds_intro: &'static str,
    pub ds_caption: &'static str,
    pub col_ds_area: &'static str,
    pub col_ds_range: &'static str,
    pub col_ds_today: &'static str,
    pub col_ds_target: &'static str,
    pub col_ds_top: &'static str,
    pub col_ds_middle: &'static str,
    pub position_name: fn(Position) -> &'static str,
    /// DS's range with its middle: (min, max, middle).
    pub ds_range_middle: fn(&str, &str, &str) -> String,
    /// Reaching DS's top or middle against the proposal: (the top or the
    /// middle, its cost, the difference, more than the proposal, the
    /// proposal's cost).
    pub ds_versus: fn(&str, &str, &str, bool, &str) -> String,
    pub ds_top_word: &'static str,
    pub ds_middle_word: &'static str,
    pub ds_no_area: &'static str,
    pub ds_source: fn(u16, u16) -> String,
    pub ds_caveats: &'static str,

    pub goal_heading: &'static str,
    pub goal_intro: &'static str,
    pub goal_budget_answer: &'static str,
    pub apply_targets: &'static str,
    pub goal_check_answer: fn(&str, &str) -> String,
    /// Extra staff years, all citizens, today's average caseload, the
    /// caseload with the extra staff.
    pub goal_staff_answer: fn(&str, &str, &str, &str) -> String,
    /// The average target caseload and the staff years it takes.
    pub goal_staff_target: fn(&str, &str) -> String,
    pub goal_error: fn(&GoalError) -> String,
    // --- lead: one-group solve and scenario comparison ---
    pub label_goal_group: &'static str,
    pub goal_all_groups: &'static str,
    pub goal_group_budget_answer: fn(&str, &str, &str) -> String,
    pub compare_heading: &'static str,
    pub compare_hint: &'static str,
    /// Where saved scenarios are kept: in this browser (the full page) or
    /// only as long as the page is open (embedded, no storage).
    pub compare_kept_browser: &'static str,
    pub compare_kept_page: &'static str,
    pub compare_restore_skipped: &'static str,
    pub compare_name_label: &'static str,
    pub compare_save: &'static str,
    pub compare_save_ds_middle: &'static str,
    pub compare_full: fn(usize) -> String,
    pub compare_invalid: &'static str,
    pub compare_no_area: &'static str,
    pub compare_saved: fn(&str) -> String,
    pub compare_caption: &'static str,
    pub compare_live: &'static str,
    pub compare_row_targets: &'static str,
    pub compare_row_payback: &'static str,
    pub compare_row_break_even: &'static str,
    pub compare_row_years: &'static str,
    pub compare_row_net: &'static str,
    pub compare_ds_middle_name: &'static str,
    /// The groups (names, joined) that kept today's caseload under "DS' midte".
    pub compare_ds_kept: fn(&str) -> String,
    pub compare_payback_none: fn(u32) -> String,
    pub compare_no_effect: &'static str,
    /// The break-even cell of a scenario that cuts staff.
    pub compare_cut: &'static str,
    pub compare_no_spending: &'static str,
    pub compare_load: fn(&str) -> String,
    pub compare_remove: fn(&str) -> String,
    pub embed_open: &'static str,
    pub embed_heading: &'static str,
    pub embed_intro: &'static str,
    pub embed_options: &'static str,
    pub embed_code_label: &'static str,
    pub embed_sections_legend: &'static str,
    /// The embed dialog's name of each `model::embed::Section::ALL`.
    pub embed_section_names: [&'static str; 11],
    pub embed_accent_label: &'static str,
    pub embed_accent_own: &'static str,
    pub embed_accent_darkened: fn(&str) -> String,
    pub copy_text: &'static str,
    pub copy_failed: &'static str,
    pub export_heading: &'static str,
    pub export_hint: &'static str,
    pub copy_results: &'static str,
    pub copy_budget: &'static str,
    pub download_csv: &'static str,
    pub print: &'static str,
    pub export_text_label: &'static str,
    pub col_figure: &'static str,
    pub col_value: &'static str,
    pub col_unit: &'static str,
    pub unit_kr: &'static str,
    /// Unit of a share exported as a fraction (0,012 for 1,2 %).
    pub unit_share: &'static str,
    /// Unit of a caseload, in the exported scenario's headers.
    pub unit_caseload: &'static str,
    /// Beside "Download CSV": which spreadsheet locale the file suits and
    /// how to get the other (the CSV follows the page language).
    pub csv_locale_note: &'static str,
    pub csv_file_name: &'static str,
    // --- end embed ---
    // --- share ---
    pub share_heading: &'static str,
    pub share_hint: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub copy_by_hand: &'static str,
    pub link_label: &'static str,
    pub download_json: &'static str,
    /// Name of the downloaded scenario file.
    pub file_name: &'static str,
    pub load_json: &'static str,
    pub file_loaded: &'static str,
    /// The file also held this many (one or more) scenarios for comparison,
    /// which replace the page's.
    pub file_loaded_compared: fn(usize) -> String,
    pub file_refused: fn(&RecordError) -> String,
    // --- charts ---
    pub cost_chart_heading: &'static str,
    pub cost_chart_hint: &'static str,
    /// The button that makes a tapped point the target.
    pub cost_chart_use: &'static str,
    pub payback_chart_heading: &'static str,
    pub payback_chart_hint: &'static str,
    pub chart_show_table: &'static str,
    /// Written on the cost chart: "I dag 70", "Mål 50", "DS 25–45".
    pub chart_words: CostWords,
    pub payback_words: PaybackWords,
    /// The unit of an amount axis: "mio. kr.".
    pub magnitude: fn(Magnitude) -> &'static str,
    pub chart_caseload_axis: &'static str,
    pub legend_cost: &'static str,
    pub legend_ds: &'static str,
    pub legend_today: &'static str,
    pub legend_target: &'static str,
    pub legend_savings: &'static str,
    pub legend_cumulative: &'static str,
    pub legend_payback: &'static str,
    pub col_year: &'static str,
    /// Templates: `{0}`, `{1}`, … are the formatted numbers ([`fill`]).
    /// A cost chart point, its table row: caseload, extra staff years,
    /// cost, months.
    pub cost_point: &'static str,
    /// Today's caseload, the target, its cost, the lowest caseload, its cost.
    pub cost_summary: &'static str,
    /// Months per citizen at the target.
    pub cost_summary_months: &'static str,
    /// DS's range: min, max.
    pub cost_summary_ds: &'static str,
    pub cost_summary_groups: &'static str,
    /// A year, its table row: year, cost, saved, net, cumulative.
    pub payback_point: &'static str,
    /// Annual cost, full-year saving, years, cumulative net at the end.
    pub payback_summary: &'static str,
    pub explain_heading: &'static str,
    pub explain_intro: &'static str,
    pub explain_assumptions_heading: &'static str,
    pub explain_assumptions: &'static [&'static str],
    pub explain_sources_heading: &'static str,
    pub explain_reimbursement_source: &'static str,
    pub explain_realism_source: &'static str,
    // --- print and phone (issue 16) ---
    /// The printed conclusion (`app::print_summary`): the scenario in one
    /// line: the groups (each [`print_group`](Self::print_group), joined),
    /// the cost per staff year, the first and last budget year, the price
    /// level.
    pub print_scenario: fn(&str, &str, i32, i32, i32) -> String,
    /// One group: name, citizens, today's caseload, the target.
    pub print_group: fn(&str, &str, &str, &str) -> String,
    /// One group against DS: name, DS's range, today's caseload and the
    /// target, each with where it lies ("70 (over)").
    pub print_ds: fn(&str, &str, &str, &str) -> String,
    /// A group with no DS area, in the printed DS line.
    pub print_ds_none: &'static str,
    /// Above a table wider than the screen: it scrolls sideways
    /// (`app::table_hint`).
    pub table_scroll_hint: &'static str,
}

impl Deref for BelowTexts {
    type Target = Texts;

    fn deref(&self) -> &Texts {
        self.base
    }
}

impl Lang {
    /// The texts of this language. In split builds English is a wasm chunk
    /// of its own (`app::english`): until it is in the page, Danish stands
    /// in (the page waits for it before showing English, so this is only a
    /// guard).
    pub fn t(self) -> &'static Texts {
        match self {
            Lang::Da => &DA,
            Lang::En => english::get(),
        }
    }

    /// The texts of the sections below the key figures (and, through
    /// them, all others): see [`BelowTexts`].
    pub fn tb(self) -> &'static BelowTexts {
        match self {
            Lang::Da => &DA_BELOW,
            Lang::En => english::get_below(),
        }
    }
}

/// Formats kr.: "11.340.000 kr." / "DKK 11,340,000".
pub fn kr(value: f64, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("{} kr.", format(value, 0, lang)),
        Lang::En => format!("DKK {}", format(value, 0, lang)),
    }
}

/// Formats millions of kr.: "11,34 mio. kr." / "DKK 11.34 million".
pub fn mio_kr(value: f64, lang: Lang) -> String {
    let m = format(value / 1e6, 2, lang);
    match lang {
        Lang::Da => format!("{m} mio. kr."),
        Lang::En => format!("DKK {m} million"),
    }
}

/// Formats a share 0–1 as per cent with one decimal: "4,8 %".
pub fn percent(share: f64, lang: Lang) -> String {
    format!("{} %", format(share * 100.0, 1, lang))
}

fn range_unit(kind: FieldKind, lang: Lang) -> (&'static str, &'static str) {
    // (prefix, suffix) around a number.
    match (kind, lang) {
        (FieldKind::Headcount, Lang::Da) => ("", " helårspersoner"),
        (FieldKind::Headcount, Lang::En) => ("", " full-year persons"),
        (FieldKind::Caseload, Lang::Da) => ("", " sager pr. sagsbehandler"),
        (FieldKind::Caseload, Lang::En) => ("", " cases per caseworker"),
        (FieldKind::Money, Lang::Da) => ("", " kr."),
        (FieldKind::Money, Lang::En) => ("DKK ", ""),
        (FieldKind::Percent | FieldKind::EffectPercent, _) => ("", " %"),
        (FieldKind::Year, _) => ("", ""),
        (FieldKind::YearCount, Lang::Da) => ("", " år"),
        (FieldKind::YearCount, Lang::En) => ("", " years"),
        (FieldKind::EffectMonths, Lang::Da) => ("", " måneder"),
        (FieldKind::EffectMonths, Lang::En) => ("", " months"),
        (FieldKind::StaffYears, Lang::Da) => ("", " årsværk"),
        (FieldKind::StaffYears, Lang::En) => ("", " staff years"),
    }
}

fn range_text(kind: FieldKind, min: f64, max: f64, lang: Lang) -> (String, String) {
    let (pre, suf) = range_unit(kind, lang);
    // Years are never grouped: "2000", not "2.000".
    let num = |v: f64| match kind {
        FieldKind::Year | FieldKind::YearCount => (v as i64).to_string(),
        _ => format(v, 0, lang),
    };
    (
        format!("{pre}{}", num(min)),
        format!("{pre}{}{suf}", num(max)),
    )
}

// --- charts ---

/// Fills a template's `{0}`…`{9}` with `args`, in any order and as often as
/// the language needs; a placeholder without an argument is left out, and a
/// full stop right after an argument ending in one ("kr.") is dropped.
pub fn fill(template: &str, args: &[String]) -> String {
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        match tail.as_bytes() {
            [d @ b'0'..=b'9', b'}', ..] => {
                let arg = args.get(usize::from(d - b'0')).map_or("", String::as_str);
                out.push_str(arg);
                rest = &tail[2..];
                // "11.340.000 kr." ends a sentence with one full stop.
                if arg.ends_with('.') {
                    rest = rest.strip_prefix('.').unwrap_or(rest);
                }
            }
            _ => {
                out.push('{');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The headline of a change that needs no effect ([`BreakEven::NotNeeded`]):
/// a cut or a mixed change names the fewer caseworkers, the saving, the
/// higher caseload and where it lands against DS (`landing`), so a cut is
/// never presented as "no effect needed" alone.
pub fn not_needed_headline(change: Change, landing: CutLanding, lang: Lang) -> String {
    let t = lang.t();
    let (template, c) = match change {
        Change::Unchanged => return t.headline_unchanged.to_owned(),
        Change::Free => return t.headline_free.to_owned(),
        Change::Cut(c) => (t.headline_cut, c),
        Change::Mixed(c) => (t.headline_mixed, c),
    };
    let mut s = template(
        &format(c.fewer_staff, 1, lang),
        &kr(c.saving, lang),
        &format_trimmed(c.caseload_now, 1, lang),
        &format_trimmed(c.caseload_target, 1, lang),
    );
    let landing = match landing {
        CutLanding::NoArea => None,
        CutLanding::AllAbove { range: Some(r) } => Some((t.cut_above_range)(
            &format_trimmed(r.min, 1, lang),
            &format_trimmed(r.max, 1, lang),
        )),
        CutLanding::AllAbove { range: None } => Some(t.cut_above_ranges.to_owned()),
        CutLanding::SomeAbove { above, of } => Some((t.cut_some_above)(above, of)),
        CutLanding::NoneAbove => Some(t.cut_not_above.to_owned()),
    };
    for part in landing
        .iter()
        .map(String::as_str)
        .chain([t.cut_effect_note])
    {
        s.push(' ');
        s.push_str(part);
    }
    s
}

/// A number of an explanation step, written for `lang`.
pub fn value_text(v: Value, lang: Lang) -> String {
    let x = v.value;
    match v.unit {
        Unit::Citizens | Unit::Caseload => format_trimmed(x, 2, lang),
        Unit::StaffYears | Unit::Months => format(x, 2, lang),
        Unit::Count => format(x, 0, lang),
        Unit::Persons => format(x, 1, lang),
        Unit::Kr => kr(x, lang),
        Unit::KrOere => match lang {
            Lang::Da => format!("{} kr.", format(x, 2, lang)),
            Lang::En => format!("DKK {}", format(x, 2, lang)),
        },
        Unit::Share => format!("{} %", format_trimmed(x * 100.0, 3, lang)),
        // Years are never grouped: "2023", not "2.023".
        Unit::Year => (x as i64).to_string(),
    }
}

/// One explanation line's sentence with its numbers filled in.
pub fn explain_sentence(line: &Line, lang: Lang) -> String {
    let t = lang.t();
    let template = match line.step {
        Step::NoSpending => t.no_benefit_spending,
        Step::ExceedsAll => t.exceeds_all_benefits,
        Step::NoEffect => t.no_effect_given,
        step => (t.explain_step)(step),
    };
    let args: Vec<String> = line.values.iter().map(|&v| value_text(v, lang)).collect();
    fill(template, &args)
}

pub const DA: Texts = Texts {
    page_title: "Sagsstamme-beregneren",
    intro: "Hvad koster en lavere sagsstamme i jobcentret, og hvor meget kortere tid \
            på ydelse skal borgerne have, før indsatsen betaler sig selv? Skriv antal \
            borgere, sagsstammen i dag og den nye sagsstamme.",
    privacy: "Alt regnes i din browser. Intet sendes nogen steder.",
    switch_to_other: "English",
    switch_to_other_hint: "Show the calculator in English",
    skip_to_results: "Gå til resultatet",
    presets_heading: "Eksempler",
    presets_hint: "Indlæs et offentliggjort forslag og se, om tallene kan genskabes.",
    reset: "Nulstil til standard",
    reset_confirm: "Nulstil alle felter til standardværdierne?",
    undo_text: "Eksemplet erstattede dit eget scenarie. Du kan hente det tilbage.",
    undo_button: "Fortryd",
    preset_loaded: |name| format!("Indlæst: {name}"),
    source: "Kilde",
    note: "Bemærk",
    published: "Offentliggjort udgift om året",
    computed: "Beregnet her",
    price_level: |y| format!("{y} p/l"),
    notices_heading: "Nogle værdier i linket blev ignoreret",
    notice_dismiss: "Luk beskeden",
    groups_heading: "Målgrupper",
    groups_hint: "Én række pr. gruppe borgere med egen sagsstamme. Antal borgere i \
                  helårspersoner (fx 24 borgere i et halvt år = 12).",
    group_default_name: |n| format!("Målgruppe {n}"),
    label_name: "Navn",
    label_headcount: "Antal borgere (helårspersoner)",
    label_current: "Sagsstamme i dag",
    label_target: "Ny sagsstamme",
    label_benefit: "Ydelse",
    add_group: "Tilføj målgruppe",
    max_groups: |n| format!("Højst {n} målgrupper."),
    remove_group: |name| format!("Fjern {name}"),
    cost_heading: "Udgift pr. årsværk",
    label_cost: "Løn inkl. pension pr. årsværk (kr.)",
    label_overhead: "Overhead (%)",
    label_cost_year: "Lønnen er i år",
    cost_hint: "Standard: en socialrådgivers gennemsnitsløn inkl. pension i staten, 482.946 kr. \
                (Dansk Socialrådgiverforening, efter lønstigningen 1. april 2022; et kommunalt \
                gennemsnit kunne ikke findes), plus 20 % overhead til lokaler, it og ledelse, som \
                KL plejer at regne (Folketinget, beretning nr. 16, 2020-21). Lønnen regnes om til \
                budgettets p/l med det statslige lønindeks (Finansministeriet); KL's kommunale \
                pris- og lønskøn kunne ikke findes.",
    cost_total: |k, salary, overhead, from, to, factor, assumed| {
        let how = if from == to {
            String::new()
        } else {
            let guess = if assumed { ", delvis antaget" } else { "" };
            format!(" × lønindeks {from}→{to} {factor}{guess}")
        };
        format!("Regnes med {k} pr. årsværk i {to} p/l: {salary} × (1 + {overhead} overhead){how}.")
    },
    benefits_heading: "Ydelser og refusion",
    benefits_hint: "Kommunens nettoudgift pr. ydelsesmåned er satsen minus statens \
                    refusion. 20 % refusion gælder fra uge 53 på offentlig ydelse, som \
                    er typisk for langvarige sager.",
    col_benefit: "Ydelse",
    col_rate: "Sats pr. måned (kr.)",
    col_rate_year: "Satsens år",
    col_reimbursement: "Statslig refusion (%)",
    col_net: "Kommunens nettoudgift pr. måned",
    benefit_name: |b| match b {
        BenefitKind::Sygedagpenge => "Sygedagpenge",
        BenefitKind::Jobafklaring => "Jobafklaringsforløb (ressourceforløbsydelse)",
        BenefitKind::Kontanthjaelp => "Kontanthjælp, over 30 år",
        BenefitKind::Other => "Anden ydelse (20 % refusion som standard)",
        BenefitKind::Ledighedsydelse => "Ledighedsydelse (89 %)",
        BenefitKind::Adagpenge => "A-dagpenge (kommunal medfinansiering)",
    },
    benefit_source: |b| match b {
        BenefitKind::Sygedagpenge => {
            "Højeste ugesats × 52 / 12 (bm.dk, Satser for hvert år)."
        }
        BenefitKind::Jobafklaring => {
            "Udbetales på kontanthjælpsniveau for over 30-årige uden børn (star.dk; bm.dk). \
             Ikke undersøgt, om kontanthjælpsreformen 1.7.2025 ændrede ydelsen."
        }
        BenefitKind::Kontanthjaelp => {
            "Fra 1.7.2025 forhøjet sats (politisk aftale, sekundær kilde) plus tillæg. \
             Satsen for hjemmeboende under 30 år er ikke fundet. Før 2025: over 30 år uden \
             børn (bm.dk)."
        }
        BenefitKind::Other => "Skriv satsen for den ydelse, gruppen er på. Refusion 20 % \
                               (fra uge 53) som standard.",
        BenefitKind::Ledighedsydelse => {
            "89 % af a-dagpengenes højeste sats (bm.dk); refusionstrappen \
             (finansieringsloven § 5, stk. 2)."
        }
        BenefitKind::Adagpenge => {
            "Højeste sats, fuldtidsforsikret (bm.dk, Satser for 2025). A-kassen udbetaler; \
             kommunen medfinansierer 20/60/70/80 % efter uge (finansieringsloven § 5, \
             stk. 3), så feltet er kommunens medfinansiering, ikke refusion."
        }
    },
    results_heading: "Resultat",
    staff_now: "Årsværk i dag",
    staff_target: "Årsværk ved ny sagsstamme",
    extra_staff: "Ekstra årsværk",
    annual_cost: "Udgift om året",
    break_even_months: "Ydelsesmåneder, der skal spares om året",
    months_per_citizen: "Måneder pr. borger om året",
    reduction_share: "Kortere tid på ydelse",
    persons_off_benefits: "Helårspersoner ud af ydelse",
    headline_required: |months, pct| {
        format!(
            "Indsatsen betaler sig selv, hvis hver borger i gennemsnit er {months} \
             måneder kortere tid på ydelse om året ({pct} mindre tid på ydelse)."
        )
    },
    headline_cut: |staff, amount, from, to| {
        format!(
            "Det er en nedskæring: {staff} færre sagsbehandlere (årsværk) sparer {amount} om \
             året, og sagsstammen stiger fra {from} til {to} sager pr. sagsbehandler."
        )
    },
    headline_mixed: |staff, amount, from, to| {
        format!(
            "Nogle målgrupper får lavere og andre højere sagsstamme: samlet {staff} færre \
             sagsbehandlere (årsværk), der sparer {amount} om året, og den gennemsnitlige \
             sagsstamme stiger fra {from} til {to}."
        )
    },
    cut_above_range: |min, max| format!("Det er over DS' vejledende sagstal på {min}–{max}."),
    cut_above_ranges: "Det er over DS' vejledende sagstal i alle målgrupper, der får flere sager.",
    cut_some_above: |above, of| {
        format!(
            "{above} af {of} målgrupper, der får flere sager, kommer over DS' vejledende sagstal."
        )
    },
    cut_not_above: "Den nye sagsstamme er ikke over DS' vejledende sagstal.",
    cut_effect_note: "Der kræves ingen effekt for at betale sig; bliver borgerne længere tid på \
                      ydelse, kan det skrives som en negativ effekt i budgettet.",
    headline_free: "Prisen pr. årsværk er 0 kr., så de ekstra årsværk koster intet, og der \
                    kræves ingen effekt.",
    headline_unchanged: "Sagsstammen er uændret: ingen ekstra udgift.",
    no_benefit_spending: "Kan ikke betale sig gennem ydelser: der er ingen ydelsesudgift \
                          at spare (0 borgere eller 0 kr. netto pr. måned).",
    exceeds_all_benefits: "Det kræver mere end 100 % kortere tid på ydelse: indsatsen kan \
                           ikke betale sig selv gennem ydelser alene.",
    not_needed: "Ikke nødvendigt",
    invalid_results: "Kan ikke beregnes",
    invalid_results_list: "Ret de markerede felter:",
    stale_note: "Tallene er fra før du tømte et felt. Udfyld feltet, så regnes de igen.",
    effect_heading: |a, b| format!("Med den forventede effekt, {a}–{b}"),
    payback_label: "Tjent hjem",
    payback_year: |y| format!("i {y}"),
    payback_not_within: |n| format!("Ikke inden for {n} år"),
    net_effect_label: "Nettovirkning i alt",
    net_saving: |a| format!("{a} sparet"),
    net_extra_cost: |a| format!("{a} i merudgift"),
    summary_cost: |a| format!("{a} om året"),
    summary_break_even: |m| format!("break-even {m} mdr. pr. borger"),
    summary_payback: |y| format!("tjent hjem {y}"),
    about_days: |n| match n {
        1 => "ca. 1 dag".to_owned(),
        n => format!("ca. {n} dage"),
    },
    less_than_a_day: "under 1 dag",
    salary_far_below: |typed, low, thousands| {
        let mut s = format!("{typed} er langt under, hvad et årsværk koster i løn (over {low}).");
        if let Some(t) = thousands {
            s.push_str(&format!(" Skrev du beløbet i 1.000 kr.? Så skal der stå {t}."));
        }
        s
    },
    salary_far_above: |typed, high| {
        format!("{typed} er langt over, hvad et årsværk koster i løn (under {high}). Tjek beløbet.")
    },
    glossary_summary: "Hvad betyder ordene?",
    glossary: &[
        ("Årsværk", "én fuldtidsansat i et år. Ekstra årsværk er de sagsbehandlere, der skal ansættes for at nå målet."),
        ("Break-even", "det, indsatsen mindst skal give for at betale sig selv: så mange færre måneder på ydelse, at de sparede ydelser dækker lønnen."),
        ("Helårspersoner", "måneder på ydelse omregnet til personer, der er på ydelse hele året: 12 måneder er 1 helårsperson."),
        ("P/l (pris- og lønniveau)", "det år, hvis priser og lønninger et beløb er opgjort i. Beløb i 2027 p/l kan sammenlignes direkte med budgettet for 2027."),
        ("Overførsler", "ydelser, der udbetales til borgere, fx sygedagpenge. Staten refunderer en del af dem; lønnen til sagsbehandlere er service."),
        ("Minus", "i budgettabellen er minus en besparelse eller indtægt for kommunen, plus en udgift."),
    ],
    ds_verdict: |p, target, min, max| match p {
        Position::Above => format!("Målet {target} ligger over DS' interval {min}–{max} (for mange sager)."),
        Position::Inside => format!("Målet {target} ligger inden for DS' interval {min}–{max}."),
        Position::Below => format!("Målet {target} ligger under DS' interval {min}–{max} (færre sager end intervallet)."),
    },
    staff_years_unit: "årsværk",
    months_unit: "måneder",
    persons_unit: "helårspersoner",
    per_year: "om året",
    label_effect: "Forventet effekt",
    label_displaced: "Fortrængning til anden ydelse",
    label_effect_unit: "Enhed for forventet effekt",
    effect_converted: "Omregnet",
    effect_unit_name: |u| match u {
        EffectUnit::MonthsPerCitizen => "mdr. kortere pr. borger/år",
        EffectUnit::Percent => "% kortere tid på ydelse",
    },
    label_start_year: "Første budgetår",
    label_years: "Antal år",
    label_price_level: "Prisniveau (p/l-år)",
    label_hiring: "Andel på plads i år 1 (%)",
    label_ramp1: "Effekt i år 1 (% af fuld effekt)",
    label_ramp2: "Effekt i år 2 og frem (% af fuld effekt)",
    no_effect_given: "Ingen forventet effekt angivet: tabellen viser kun udgiften, som i \
                      Københavns BI08.",
    label_ds_area: "DS-område",
    area_none: "Intet område",
    label_rate_source: "Sats",
    own_rate: "Egen sats",
    label_duration: "Tid på offentlig ydelse",
    own_share: "Egen andel",
    duration_name: |d| match d {
        Duration::Weeks1To4 => "Uge 1–4: 80 % refusion",
        Duration::Weeks5To26 => "Uge 5–26: 40 % refusion",
        Duration::Weeks27To52 => "Uge 27–52: 30 % refusion",
        Duration::FromWeek53 => "Fra uge 53: 20 % refusion",
    },
    cofinancing_name: |d| match d {
        Duration::Weeks1To4 => "Uge 1–4: 20 % medfinansiering",
        Duration::Weeks5To26 => "Uge 5–26: 60 % medfinansiering",
        Duration::Weeks27To52 => "Uge 27–52: 70 % medfinansiering",
        Duration::FromWeek53 => "Fra uge 53: 80 % medfinansiering",
    },
    col_cofinancing: "Kommunal medfinansiering (%)",
    default_word: "Standard",
    per_month: "om måneden",
    basis_published: "offentliggjort",
    rate_in_use: "I brug: sats for",
    rate_in_use_own: |kr, year| format!("I brug: egen sats, {kr} om måneden for {year}."),
    basis_derived: "afledt",
    projected_from: "fremskrevet fra",
    projected_published: "med satsreguleringsprocenten 3,6 %",
    projected_assumed: "med 3,6 % om året (antaget)",
    nearest_from: "ingen sats fundet for året; bruger satsen fra",
    preset_col_figure: "Tal",
    preset_col_published: "Offentliggjort",
    preset_col_match: "Stemmer?",
    preset_caption: "Kildens tal og tallene beregnet her",
    preset_matches: "Ja",
    preset_differs: "Nej",
    preset_not_computable: "Kan ikke beregnes her",
    preset_inconsistency: "Tallene hænger ikke sammen",
    preset_booking: "Bogføring i kilden",
    preset_published_only: ". Kun kildens tal: eksemplet ændrer ikke felterne.",
    label_goal_budget: "Vi har et budget på (kr. om året)",
    label_goal_published: "Forslagets offentliggjorte udgift (kr. om året)",
    label_goal_staff: "Antal nye sagsbehandlere (årsværk)",
    plausibility: |p, reference, year| {
        let basis = format!(
            "en socialrådgivers gennemsnitsløn inkl. pension i staten (DS, 2022), {reference} i \
             {year} p/l efter det statslige lønindeks, uden overhead"
        );
        match p {
            Plausibility::Plausible => format!("Det er inden for ±15 % af {basis}."),
            Plausibility::Low => format!(
                "Det er mere end 15 % under {basis}: forslaget regner sandsynligvis uden pension \
                 eller overhead eller med lavere lønninger."
            ),
            Plausibility::High => format!(
                "Det er mere end 15 % over {basis}: forslaget regner sandsynligvis med overhead \
                 (KL plejer at bruge 20 %) eller højere lønninger."
            ),
        }
    },
    // --- end lead ---
    error: |e, kind, lang| match e {
        InputError::Empty => "Skal udfyldes.".to_owned(),
        InputError::NotANumber => "Skriv et tal, fx 1.234,5.".to_owned(),
        InputError::WrongDecimalSeparator => {
            "Brug komma som decimaltegn og punktum mellem tusinder, fx 1.234,5.".to_owned()
        }
        InputError::OutOfRange { min, max } => {
            let (min, max) = range_text(kind, min, max, lang);
            // "… 1.000.000.000 kr." ends the sentence with its own full stop.
            let stop = if max.ends_with('.') { "" } else { "." };
            format!("Skal være mellem {min} og {max}{stop}")
        }
        InputError::NotWhole => "Skal være et helt tal.".to_owned(),
    },
    problem: |p| match p {
        Problem::Invalid(e) => match e {
            InputError::Empty => "tom værdi".to_owned(),
            InputError::NotANumber | InputError::WrongDecimalSeparator | InputError::NotWhole => {
                "ikke et tal (skriv fx 52.5 med punktum og uden tusindtalsskilletegn)".to_owned()
            }
            InputError::OutOfRange { min, max } => format!(
                "uden for det tilladte interval {} til {}",
                format(*min, 0, Lang::Da),
                format(*max, 0, Lang::Da)
            ),
        },
        Problem::UnknownLang => "ukendt sprog (brug da eller en)".to_owned(),
        Problem::UnknownPreset => "ukendt eksempel".to_owned(),
        Problem::TooManyPairs => "for mange parametre i linket".to_owned(),
        Problem::Embed(e) => (DA.embed_problem)(e),
        Problem::UnknownVersion => "ukendt version; læst som den nyeste".to_owned(),
        Problem::UnknownChoice => "ukendt valg".to_owned(),
        Problem::NoSuchGroup => "ingen målgruppe med det nummer i scenariet".to_owned(),
        Problem::NeedsVersion2 => {
            "bruges kun i links med v=2; dette link læses som den første udgave".to_owned()
        }
    },
    footer_sources: "Kilder: Københavns Kommune, budget 2023 (BI08); Faxe Kommune, budget \
                     2021; Dansk Socialrådgiverforening; Beskæftigelsesministeriets satser. \
                     Beløb i løbende priser, når intet andet er nævnt.",

    // --- embed ---
    embed_problem: |p| match p {
        EmbedProblem::NotAFlag => "brug embed=1 for at indlejre beregneren".to_owned(),
        EmbedProblem::OnlyWhenEmbedded => "virker kun sammen med embed=1".to_owned(),
        EmbedProblem::NotAColour => "ikke en farve (skriv seks hex-cifre, fx 0b5cad)".to_owned(),
        EmbedProblem::AccentDarkened(c) => format!(
            "for lav kontrast til tekst; den mørkere {} bruges i stedet",
            c.hex()
        ),
        EmbedProblem::UnknownSection => "ukendt afsnit (brug inputs, results, groups, budget, \
                                         ds, goal, presets, export, compare, charts eller \
                                         explain)"
            .to_owned(),
        EmbedProblem::NoSections => "ingen kendte afsnit; standardafsnittene vises".to_owned(),
    },
    copied: "Kopieret.",
    close: "Luk",
    embed_full_page: "Åbn hele beregneren (nyt vindue)",
    printed_on: |d, m, y| {
        const MONTHS: [&str; 12] = [
            "januar",
            "februar",
            "marts",
            "april",
            "maj",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "december",
        ];
        let month = MONTHS.get(m.wrapping_sub(1) as usize).unwrap_or(&"");
        format!("Udskrevet {d}. {month} {y}")
    },
    saved_ignored: "Det gemte scenarie kunne ikke læses og blev sprunget over.",
    other_tab_changed: "Scenariet er ændret i en anden fane.",
    other_tab_load: "Hent det",
    other_tab_keep: "Behold mit",
    below_failed: "Tabellerne, graferne og resten af siden under nøgletallene kunne ikke hentes. Tjek forbindelsen, og prøv igen eller genindlæs siden.",
    retry: "Prøv igen",
    example_fetching: "Henter eksemplet …",
    example_failed: "Eksemplet kunne ikke hentes. Tjek forbindelsen, og prøv igen eller genindlæs siden.",
    explain_step: |s| match s {
        Step::GroupStaff => {
            "{0} borgere ÷ {1} sager pr. sagsbehandler = {2} årsværk i dag; \
                             ÷ {3} sager = {4} årsværk ved den nye sagsstamme."
        }
        Step::ExtraStaff => "Ekstra årsværk i alt: {0} − {1} = {2} årsværk.",
        Step::AnnualCost => "Udgift om året: {0} årsværk × {1} pr. årsværk = {2}.",
        Step::NetPerMonth => {
            "{0} om måneden × (100 % − {1} statslig refusion) = {2} netto for \
                              kommunen pr. ydelsesmåned."
        }
        Step::NetPerMonthCoFinanced => {
            "{0} om måneden × {1} kommunal medfinansiering = {2} netto for kommunen \
             pr. ydelsesmåned."
        }
        Step::Spending => "12 måneder × {0} borgere × {1} = {2} i ydelser om året.",
        Step::TotalSpending => "Ydelsesudgift om året i alt: {0}.",
        Step::SpendingAfterDisplacement => {
            "Ydelsesudgift om året {0}, minus {1} som fortrængning til andre ydelser \
             ville koste = {2}, som kortere tid på ydelse kan spare."
        }
        Step::Share => "Break-even: {0} ÷ {1} = {2} kortere tid på ydelse betaler udgiften.",
        Step::MonthsPerCitizen => {
            "{0} × 12 måneder = {1} måneder kortere på ydelse pr. borger \
                                   om året."
        }
        Step::MonthsPerYear => {
            "{0} × 12 måneder × {1} borgere = {2} sparede ydelsesmåneder om \
                                året."
        }
        Step::PersonsOff => "{0} × {1} borgere = {2} helårspersoner ud af ydelse.",
        Step::NotNeeded => {
            "Udgiften er {0}: den nye sagsstamme koster ikke ekstra, så der \
                            kræves ingen effekt."
        }
        Step::Displaced => {
            "Fortrængning: {0} af de sparede måneder kommer igen på en anden ydelse \
             til {1} netto, så en måned mindre sparer {2} − {0} × {1} = {3}."
        }
        Step::Cut => {
            "Nedskæring: {0} færre årsværk × {1} = {2} sparet om året, og sagsstammen \
                      stiger fra {3} til {4} sager pr. sagsbehandler. Der kræves ingen effekt \
                      for at betale sig; længere tid på ydelse er en negativ effekt."
        }
        Step::MixedCut => {
            "Nogle målgrupper får lavere og andre højere sagsstamme: samlet {0} færre \
                           årsværk × {1} = {2} sparet om året, og den gennemsnitlige \
                           sagsstamme stiger fra {3} til {4}."
        }
        Step::GroupSaving => {
            "Forventet effekt: {0} måneder × {1} borgere × {2} = {3} sparet om \
                              året ved fuld effekt."
        }
        Step::FullYearSaving => "Sparede ydelser om året ved fuld effekt i alt: {0}.",
        Step::GroupCost => {
            "Forventet effekt: {0} måneder længere på ydelse × {1} borgere × {2} = \
                            {3} i ekstra ydelser om året ved fuld effekt."
        }
        Step::FullYearCost => "Ekstra ydelser om året ved fuld effekt i alt: {0}.",
        Step::BudgetYear => {
            "{0}: personaleudgift {1} × {2} = {3}; sparede ydelser {4} × {5} = \
                             {6}; nettovirkning {7}; akkumuleret {8}."
        }
        Step::BudgetTotal => {
            "I alt over {0} år: personaleudgift {1}, sparede ydelser {2}, \
                              nettovirkning {3}."
        }
        Step::Payback => {
            "Indsatsen er tjent hjem i {0}: fra det år er den akkumulerede \
                          nettovirkning 0 kr. eller mindre."
        }
        Step::NoPayback => "Indsatsen tjener sig ikke hjem inden for {0} år.",
        Step::DsTop => {
            "DS' øverste anbefalede sagstal er {0}: {1} borgere ÷ {0} − {1} ÷ {2} = \
                        {3} årsværk × {4} = {5} om året."
        }
        Step::DsWithin => {
            "Sagsstammen i dag, {0}, er allerede ved eller under DS' øverste \
                           anbefalede sagstal, {1}."
        }
        Step::ExceedsAll | Step::NoSpending | Step::NoEffect => "",
    },
};

pub const EN: Texts = Texts {
    page_title: "Caseload calculator",
    intro: "What does a lower caseload in the job centre cost, and how much less time \
            on benefits must citizens spend before it pays for itself? Enter the number \
            of citizens, today's caseload and the target caseload.",
    privacy: "Everything is calculated in your browser. Nothing is sent anywhere.",
    switch_to_other: "Dansk",
    switch_to_other_hint: "Vis beregneren på dansk",
    skip_to_results: "Skip to the results",
    presets_heading: "Examples",
    presets_hint: "Load a published proposal and see whether its figures can be reproduced.",
    reset: "Reset to defaults",
    reset_confirm: "Reset every field to the defaults?",
    undo_text: "The example replaced your own scenario. You can bring it back.",
    undo_button: "Undo",
    preset_loaded: |name| format!("Loaded: {name}"),
    source: "Source",
    note: "Note",
    published: "Published annual cost",
    computed: "Computed here",
    price_level: |y| format!("{y} prices"),
    notices_heading: "Some values in the link were ignored",
    notice_dismiss: "Dismiss",
    groups_heading: "Target groups",
    groups_hint: "One row per group of citizens with its own caseload. Citizens in \
                  full-year persons (e.g. 24 citizens for half a year = 12).",
    group_default_name: |n| format!("Target group {n}"),
    label_name: "Name",
    label_headcount: "Citizens (full-year persons)",
    label_current: "Caseload today",
    label_target: "Target caseload",
    label_benefit: "Benefit",
    add_group: "Add target group",
    max_groups: |n| format!("At most {n} target groups."),
    remove_group: |name| format!("Remove {name}"),
    cost_heading: "Cost per staff year",
    label_cost: "Salary with pension per staff year (DKK)",
    label_overhead: "Overhead (%)",
    label_cost_year: "Salary is for the year",
    cost_hint: "Default: a social worker's average salary with pension in the state, DKK \
                482,946 (Danish Association of Social Workers, after the pay rise of 1 April \
                2022; a municipal average could not be found), plus 20 % overhead for premises, \
                IT and management, as KL customarily counts it (Folketinget, report no. 16, \
                2020-21). The salary is brought to the budget's price level with the state wage \
                index (Ministry of Finance); KL's municipal price and wage forecast could not be \
                found.",
    cost_total: |k, salary, overhead, from, to, factor, assumed| {
        let how = if from == to {
            String::new()
        } else {
            let guess = if assumed { ", partly assumed" } else { "" };
            format!(" × wage index {from}→{to} {factor}{guess}")
        };
        format!("Computed with {k} per staff year at {to} prices: {salary} × (1 + {overhead} overhead){how}.")
    },
    benefits_heading: "Benefits and reimbursement",
    benefits_hint: "The municipality's net cost per benefit month is the rate less the \
                    state's reimbursement. 20 % reimbursement applies from week 53 on \
                    public benefits, typical of long-term cases.",
    col_benefit: "Benefit",
    col_rate: "Rate per month (DKK)",
    col_rate_year: "Year of the rate",
    col_reimbursement: "State reimbursement (%)",
    col_net: "Municipality's net cost per month",
    benefit_name: |b| match b {
        BenefitKind::Sygedagpenge => "Sickness benefit (sygedagpenge)",
        BenefitKind::Jobafklaring => "Job clarification (ressourceforløbsydelse)",
        BenefitKind::Kontanthjaelp => "Social assistance (kontanthjælp), over 30",
        BenefitKind::Other => "Other benefit (20 % reimbursement by default)",
        BenefitKind::Ledighedsydelse => "Flex-job waiting benefit (ledighedsydelse, 89 %)",
        BenefitKind::Adagpenge => "Unemployment benefit (a-dagpenge, municipal co-financing)",
    },
    benefit_source: |b| match b {
        BenefitKind::Sygedagpenge => {
            "Highest weekly rate × 52 / 12 (bm.dk, Satser for each year)."
        }
        BenefitKind::Jobafklaring => {
            "Paid at the social assistance level for over-30s without children (star.dk; \
             bm.dk). Not checked whether the reform of 1 July 2025 changed it."
        }
        BenefitKind::Kontanthjaelp => {
            "From 1 July 2025 the higher rate (political agreement, secondary source) plus \
             supplements. The rate for young people living with their parents was not found. \
             Before 2025: over 30 without children (bm.dk)."
        }
        BenefitKind::Other => "Enter the rate of the group's benefit. 20 % reimbursement \
                               (from week 53) by default.",
        BenefitKind::Ledighedsydelse => {
            "89 % of the highest a-dagpenge rate (bm.dk); on the reimbursement ladder \
             (finansieringsloven § 5(2))."
        }
        BenefitKind::Adagpenge => {
            "Highest rate, fully insured (bm.dk, Satser for 2025). The a-kasse pays; the \
             municipality co-finances 20/60/70/80 % by week (finansieringsloven § 5(3)), \
             so the field is its co-financing, not reimbursement."
        }
    },
    results_heading: "Results",
    staff_now: "Staff years today",
    staff_target: "Staff years at target",
    extra_staff: "Extra staff years",
    annual_cost: "Annual cost",
    break_even_months: "Benefit months to save per year",
    months_per_citizen: "Months per citizen per year",
    reduction_share: "Less time on benefits",
    persons_off_benefits: "Full-year persons off benefits",
    headline_required: |months, pct| {
        format!(
            "The effort pays for itself if each citizen on average spends {months} \
             fewer months on benefits a year ({pct} less time on benefits)."
        )
    },
    headline_cut: |staff, amount, from, to| {
        format!(
            "This is a cut: {staff} fewer caseworkers (staff years) save {amount} a year, and \
             the caseload rises from {from} to {to} cases per caseworker."
        )
    },
    headline_mixed: |staff, amount, from, to| {
        format!(
            "Some target groups get a lower caseload and others a higher one: in all {staff} \
             fewer caseworkers (staff years), saving {amount} a year, and the average caseload \
             rises from {from} to {to}."
        )
    },
    cut_above_range: |min, max| format!("That is above DS's recommended range of {min}–{max}."),
    cut_above_ranges: "That is above DS's recommended range in every target group that gets \
                       more cases.",
    cut_some_above: |above, of| {
        format!(
            "{above} of {of} target groups that get more cases go above DS's recommended range."
        )
    },
    cut_not_above: "The new caseload is not above DS's recommended range.",
    cut_effect_note: "No effect is needed to pay for it; if citizens spend longer on benefits as \
                      a result, enter that as a negative effect in the budget.",
    headline_free: "The cost per staff year is DKK 0, so the extra staff years cost nothing and \
                    no effect is needed.",
    headline_unchanged: "The caseload is unchanged: no extra cost.",
    no_benefit_spending: "Cannot pay off through benefits: there is no benefit spending to \
                          save (0 citizens or DKK 0 net per month).",
    exceeds_all_benefits: "It would take more than 100 % less time on benefits: the effort \
                           cannot pay for itself through benefits alone.",
    not_needed: "Not needed",
    invalid_results: "Cannot be calculated",
    invalid_results_list: "Correct the marked fields:",
    stale_note: "These figures are from before you emptied a field. Fill it in to recalculate them.",
    effect_heading: |a, b| format!("With the expected effect, {a}–{b}"),
    payback_label: "Paid back",
    payback_year: |y| format!("in {y}"),
    payback_not_within: |n| format!("Not within {n} years"),
    net_effect_label: "Net effect in total",
    net_saving: |a| format!("{a} saved"),
    net_extra_cost: |a| format!("{a} extra cost"),
    summary_cost: |a| format!("{a} a year"),
    summary_break_even: |m| format!("break-even {m} months per citizen"),
    summary_payback: |y| format!("paid back {y}"),
    about_days: |n| match n {
        1 => "about 1 day".to_owned(),
        n => format!("about {n} days"),
    },
    less_than_a_day: "less than a day",
    salary_far_below: |typed, low, thousands| {
        let mut s = format!("{typed} is far below what a staff year costs in salary (over {low}).");
        if let Some(t) = thousands {
            s.push_str(&format!(" Did you write it in thousands? Then enter {t}."));
        }
        s
    },
    salary_far_above: |typed, high| {
        format!("{typed} is far above what a staff year costs in salary (under {high}). Check the amount.")
    },
    glossary_summary: "What do the words mean?",
    glossary: &[
        ("Staff year (årsværk)", "one full-time employee for a year. Extra staff years are the caseworkers to hire to reach the target."),
        ("Break-even", "the least the effort must achieve to pay for itself: so many fewer months on benefits that the benefits saved cover the salaries."),
        ("Full-year persons (helårspersoner)", "months on benefits counted as people on benefits all year: 12 months are 1 full-year person."),
        ("Price level (p/l)", "the year whose prices and wages an amount is given in. Amounts at 2027 p/l compare directly with the 2027 budget."),
        ("Transfers (overførsler)", "benefits paid to citizens, e.g. sickness benefit. The state reimburses part of them; caseworkers' salaries are services."),
        ("Minus", "in the budget table, minus is a saving or income for the municipality, plus an expense."),
    ],
    ds_verdict: |p, target, min, max| match p {
        Position::Above => format!("The target {target} is above DS's range {min}–{max} (too many cases)."),
        Position::Inside => format!("The target {target} is within DS's range {min}–{max}."),
        Position::Below => format!("The target {target} is below DS's range {min}–{max} (fewer cases than the range)."),
    },
    staff_years_unit: "staff years",
    months_unit: "months",
    persons_unit: "full-year persons",
    per_year: "a year",
    label_effect: "Expected effect",
    label_displaced: "Displacement to another benefit",
    label_effect_unit: "Unit of the expected effect",
    effect_converted: "Converted",
    effect_unit_name: |u| match u {
        EffectUnit::MonthsPerCitizen => "fewer months/citizen/year",
        EffectUnit::Percent => "% less time on benefits",
    },
    label_start_year: "First budget year",
    label_years: "Number of years",
    label_price_level: "Price level (year)",
    label_hiring: "Share in place in year 1 (%)",
    label_ramp1: "Effect in year 1 (% of full effect)",
    label_ramp2: "Effect from year 2 (% of full effect)",
    no_effect_given: "No expected effect entered: the table shows the cost only, as \
                      Copenhagen's BI08 does.",
    label_ds_area: "DS area",
    area_none: "No area",
    label_rate_source: "Rate",
    own_rate: "Own rate",
    label_duration: "Time on public benefits",
    own_share: "Own share",
    duration_name: |d| match d {
        Duration::Weeks1To4 => "Weeks 1–4: 80 % reimbursed",
        Duration::Weeks5To26 => "Weeks 5–26: 40 % reimbursed",
        Duration::Weeks27To52 => "Weeks 27–52: 30 % reimbursed",
        Duration::FromWeek53 => "From week 53: 20 % reimbursed",
    },
    cofinancing_name: |d| match d {
        Duration::Weeks1To4 => "Weeks 1–4: 20 % co-financed",
        Duration::Weeks5To26 => "Weeks 5–26: 60 % co-financed",
        Duration::Weeks27To52 => "Weeks 27–52: 70 % co-financed",
        Duration::FromWeek53 => "From week 53: 80 % co-financed",
    },
    col_cofinancing: "Municipal co-financing (%)",
    default_word: "Default",
    per_month: "a month",
    basis_published: "published",
    rate_in_use: "In use: rate for",
    rate_in_use_own: |kr, year| format!("In use: own rate, {kr} a month for {year}."),
    basis_derived: "derived",
    projected_from: "projected from",
    projected_published: "with the rate adjustment percentage of 3.6 %",
    projected_assumed: "assuming 3.6 % a year",
    nearest_from: "no rate found for the year; using the rate of",
    preset_col_figure: "Figure",
    preset_col_published: "Published",
    preset_col_match: "Matches?",
    preset_caption: "The source's figures and the figures computed here",
    preset_matches: "Yes",
    preset_differs: "No",
    preset_not_computable: "Not computable here",
    preset_inconsistency: "The figures do not add up",
    preset_booking: "Booking in the source",
    preset_published_only: ". The source's figures only: this example does not change the form.",
    label_goal_budget: "We have a budget of (DKK a year)",
    label_goal_published: "The proposal's published cost (DKK a year)",
    label_goal_staff: "Number of new caseworkers (staff years)",
    plausibility: |p, reference, year| {
        let basis = format!(
            "a social worker's average salary with pension in the state (DS, 2022), \
             {reference} at {year} prices by the state wage index, without overhead"
        );
        match p {
            Plausibility::Plausible => format!("That is within ±15 % of {basis}."),
            Plausibility::Low => format!(
                "That is more than 15 % below {basis}: the proposal probably counts without \
                 pension or overhead, or with lower salaries."
            ),
            Plausibility::High => format!(
                "That is more than 15 % above {basis}: the proposal probably counts overhead \
                 (KL customarily uses 20 %) or higher salaries."
            ),
        }
    },
    // --- end lead ---
    error: |e, kind, lang| match e {
        InputError::Empty => "Required.".to_owned(),
        InputError::NotANumber => "Enter a number, e.g. 1,234.5.".to_owned(),
        InputError::WrongDecimalSeparator => {
            "Use a point for decimals and a comma between thousands, e.g. 1,234.5.".to_owned()
        }
        InputError::OutOfRange { min, max } => {
            let (min, max) = range_text(kind, min, max, lang);
            format!("Must be between {min} and {max}.")
        }
        InputError::NotWhole => "Must be a whole number.".to_owned(),
    },
    problem: |p| match p {
        Problem::Invalid(e) => match e {
            InputError::Empty => "empty value".to_owned(),
            InputError::NotANumber | InputError::WrongDecimalSeparator | InputError::NotWhole => {
                "not a number (write e.g. 52.5, with a point and no grouping)".to_owned()
            }
            InputError::OutOfRange { min, max } => format!(
                "outside the allowed range {} to {}",
                format(*min, 0, Lang::En),
                format(*max, 0, Lang::En)
            ),
        },
        Problem::UnknownLang => "unknown language (use da or en)".to_owned(),
        Problem::UnknownPreset => "unknown example".to_owned(),
        Problem::TooManyPairs => "too many parameters in the link".to_owned(),
        Problem::Embed(e) => (EN.embed_problem)(e),
        Problem::UnknownVersion => "unknown version; read as the newest".to_owned(),
        Problem::UnknownChoice => "unknown choice".to_owned(),
        Problem::NoSuchGroup => "the scenario has no target group with that number".to_owned(),
        Problem::NeedsVersion2 => {
            "only read in links with v=2; this link is read as the first version".to_owned()
        }
    },
    footer_sources: "Sources: City of Copenhagen, budget 2023 (BI08); Faxe Municipality, \
                     budget 2021; Danish Association of Social Workers (DS); Ministry of \
                     Employment benefit rates. Amounts in current prices unless stated.",

    // --- embed ---
    embed_problem: |p| match p {
        EmbedProblem::NotAFlag => "use embed=1 to embed the calculator".to_owned(),
        EmbedProblem::OnlyWhenEmbedded => "only works together with embed=1".to_owned(),
        EmbedProblem::NotAColour => "not a colour (write six hex digits, e.g. 0b5cad)".to_owned(),
        EmbedProblem::AccentDarkened(c) => format!(
            "too little contrast for text; the darker {} is used instead",
            c.hex()
        ),
        EmbedProblem::UnknownSection => "unknown section (use inputs, results, groups, budget, \
                                         ds, goal, presets, export, compare, charts or \
                                         explain)"
            .to_owned(),
        EmbedProblem::NoSections => "no known section; the default sections show".to_owned(),
    },
    copied: "Copied.",
    close: "Close",
    embed_full_page: "Open the full calculator (new window)",
    printed_on: |d, m, y| {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let month = MONTHS.get(m.wrapping_sub(1) as usize).unwrap_or(&"");
        format!("Printed {d} {month} {y}")
    },
    saved_ignored: "The saved scenario could not be read and was skipped.",
    other_tab_changed: "The scenario was changed in another tab.",
    other_tab_load: "Load it",
    other_tab_keep: "Keep mine",
    below_failed: "The tables, charts and the rest of the page below the key figures could not be fetched. Check the connection and try again, or reload the page.",
    retry: "Try again",
    example_fetching: "Fetching the example …",
    example_failed: "The example could not be fetched. Check the connection and try again, or reload the page.",
    explain_step: |s| match s {
        Step::GroupStaff => {
            "{0} citizens ÷ {1} cases per caseworker = {2} staff years today; \
                             ÷ {3} cases = {4} staff years at the target caseload."
        }
        Step::ExtraStaff => "Extra staff years in all: {0} − {1} = {2} staff years.",
        Step::AnnualCost => "Annual cost: {0} staff years × {1} per staff year = {2}.",
        Step::NetPerMonth => {
            "{0} a month × (100 % − {1} state reimbursement) = {2} net for the \
                              municipality per benefit month."
        }
        Step::NetPerMonthCoFinanced => {
            "{0} a month × {1} municipal co-financing = {2} net for the municipality \
             per benefit month."
        }
        Step::Spending => "12 months × {0} citizens × {1} = {2} in benefits a year.",
        Step::TotalSpending => "Benefit spending a year in all: {0}.",
        Step::SpendingAfterDisplacement => {
            "Benefit spending a year {0}, less the {1} that displacement onto other \
             benefits would cost = {2} that less time on benefits can save."
        }
        Step::Share => "Break-even: {0} ÷ {1} = {2} less time on benefits pays for the cost.",
        Step::MonthsPerCitizen => {
            "{0} × 12 months = {1} months less on benefits per citizen a \
                                   year."
        }
        Step::MonthsPerYear => {
            "{0} × 12 months × {1} citizens = {2} benefit months saved a \
                                year."
        }
        Step::PersonsOff => "{0} × {1} citizens = {2} full-year persons off benefits.",
        Step::NotNeeded => {
            "The cost is {0}: the target caseload costs nothing extra, so no \
                            effect is needed."
        }
        Step::Displaced => {
            "Displacement: {0} of the months saved reappear on another benefit at \
             {1} net, so one month less saves {2} − {0} × {1} = {3}."
        }
        Step::Cut => {
            "A cut: {0} fewer staff years × {1} = {2} saved a year, and the caseload \
                      rises from {3} to {4} cases per caseworker. No effect is needed to pay \
                      for it; longer time on benefits is a negative effect."
        }
        Step::MixedCut => {
            "Some target groups get a lower caseload and others a higher one: in all \
                           {0} fewer staff years × {1} = {2} saved a year, and the average \
                           caseload rises from {3} to {4}."
        }
        Step::GroupSaving => {
            "Expected effect: {0} months × {1} citizens × {2} = {3} saved a \
                              year at full effect."
        }
        Step::FullYearSaving => "Benefits saved a year at full effect in all: {0}.",
        Step::GroupCost => {
            "Expected effect: {0} months longer on benefits × {1} citizens × {2} = \
                            {3} of extra benefits a year at full effect."
        }
        Step::FullYearCost => "Extra benefits a year at full effect in all: {0}.",
        Step::BudgetYear => {
            "{0}: staff cost {1} × {2} = {3}; benefits saved {4} × {5} = {6}; \
                             net effect {7}; cumulative {8}."
        }
        Step::BudgetTotal => {
            "In all over {0} years: staff cost {1}, benefits saved {2}, net \
                              effect {3}."
        }
        Step::Payback => {
            "The effort has paid for itself in {0}: from that year the cumulative \
                          net effect is DKK 0 or less."
        }
        Step::NoPayback => "The effort does not pay for itself within {0} years.",
        Step::DsTop => {
            "DS's highest recommended caseload is {0}: {1} citizens ÷ {0} − {1} ÷ {2} \
                        = {3} staff years × {4} = {5} a year."
        }
        Step::DsWithin => {
            "Today's caseload, {0}, is already at or below DS's highest \
                           recommended caseload, {1}."
        }
        Step::ExceedsAll | Step::NoSpending | Step::NoEffect => "",
    },
};

pub const DA_BELOW: BelowTexts = BelowTexts {
    base: &DA,
    per_group_caption: "Pr. målgruppe",
    col_group: "Målgruppe",
    col_staff_now: "Årsværk i dag",
    col_staff_target: "Årsværk, ny sagsstamme",
    col_extra: "Ekstra årsværk",
    col_cost: "Udgift om året (kr.)",
    col_break_even: "Sparede ydelsesmåneder ved break-even",
    col_own_break_even: "Break-even, hvis gruppen selv skal betale (mdr. pr. borger om året)",
    total: "I alt",
    budget_heading: "Budget over flere år",
    budget_hint: "Som i kommunernes budgetforslag: personaleudgiften er service, de sparede \
                  ydelser er overførsler og står med minus, og den refusion, staten ikke \
                  længere betaler, står for sig. Kun servicen tæller under kommunens \
                  serviceramme; overførslerne ligger uden for. Skriv en forventet effekt pr. \
                  målgruppe for at se besparelsen og hvornår indsatsen er tjent hjem. En \
                  negativ effekt (fx -1 måned) betyder længere tid på ydelse, fx efter en \
                  nedskæring, og viser ekstra ydelser.",
    realism_heading: "Mere realistisk forløb",
    switch_hiring: "Ansættelse tager tid",
    hiring_hint: "Kun en del af de nye sagsbehandlere er på plads i år 1; udgift og effekt \
                  følger med.",
    switch_ramp: "Effekten indfases",
    ramp_hint: "Effekten når kun en del af det fulde niveau i de første år.",
    switch_new_hires: "Nye sagsbehandlere har lavere sagsstamme",
    new_hires_hint: "DS anbefaler lavere sagsstamme de første ca. 6 måneder. Beregneren antager \
                     halv sagsstamme i 6 måneder; det giver 75 % af den fulde effekt i \
                     ansættelsesåret.",
    budget_caption: |p| format!("Budget, 1.000 kr., {p} p/l"),
    row_cost: "Personaleudgift (service)",
    row_savings: "Sparede ydelser, netto (overførsler)",
    row_extra_benefits: "Ekstra ydelser, netto (overførsler)",
    row_benefits_gross: "Ydelser, brutto (overførsler, udgift)",
    row_reimbursement: "Statsrefusion, der bortfalder (overførsler, indtægt)",
    row_displaced: "Fortrængning til andre ydelser (overførsler)",
    row_net: "Nettovirkning",
    row_cumulative: "Akkumuleret nettovirkning",
    payback_in: |y| format!("Indsatsen er tjent hjem i {y}."),
    no_payback: |n| format!("Indsatsen tjener sig ikke hjem inden for {n} år."),
    budget_unavailable: "Budgettet kan ikke beregnes med disse værdier.",
    sensitivity_caption: |p| format!("Hvis antagelserne ikke holder (1.000 kr., {p} p/l)"),
    sensitivity_assumption: "Antagelse",
    sensitivity_payback: "Tjent hjem i",
    sensitivity_net: |n| format!("Nettovirkning i alt, {n} år"),
    sensitivity_no_payback: |n| format!("Ikke inden for {n} år"),
    sensitivity_row: |a| match a {
        Assumption::AsEntered => ("Som indtastet".to_owned(), "tallene ovenfor"),
        Assumption::CostTimes(f) if f > 1.0 => (
            "Udgift pr. årsværk +15 %".to_owned(),
            "løn og overhead varierer så meget mellem kommuner",
        ),
        Assumption::CostTimes(_) => (
            "Udgift pr. årsværk −15 %".to_owned(),
            "løn og overhead varierer så meget mellem kommuner",
        ),
        Assumption::EffectTimes(f) if f < 1.0 => (
            "Halv effekt".to_owned(),
            "effekten er en forventning, ikke en måling",
        ),
        Assumption::EffectTimes(_) => (
            "Dobbelt effekt".to_owned(),
            "effekten er en forventning, ikke en måling",
        ),
        Assumption::Displacement(d) => (
            format!(
                "Fortrængning {} % i alle målgrupper",
                format(d * 100.0, 0, Lang::Da)
            ),
            "kilderne viser omkring 50 % til andre ydelser",
        ),
    },
    displacement_heading: "Fortrængning til andre ydelser",
    displacement_hint: "Hvor stor en del af de sparede ydelsesmåneder kommer igen på en anden \
                        offentlig ydelse, fx ressourceforløb, fleksjob eller førtidspension? \
                        Den ydelses nettosats pr. måned trækkes fra besparelsen. Standard er 0 %: \
                        alle, der forlader ydelsen, forlader offentlig forsørgelse, som \
                        kommunernes budgetforslag regner.",
    col_displaced: "Fortrængning",
    col_displaced_to: "Til ydelse",
    displacement_examples: "Mønstre fra kilderne (sætter alle målgrupper):",
    displacement_example_kk: "50 % (København 2017–19)",
    displacement_example_kk_note: "Af 11.647 afsluttede kontanthjælpsforløb for aktivitetsparate \
                                   over 30 var 14 % i job, 4 % i uddannelse og 14 % \
                                   selvforsørgende et halvt år efter, mens 3 % havde fleksjob, \
                                   10 % førtidspension og 19 % ressourceforløb (24 % var tilbage \
                                   på kontanthjælp, 12 % andet): af de 64 % med kendt afgang gik \
                                   halvdelen til en anden ydelse. Københavns Kommune, BIU, \
                                   bilag 4, 11. februar 2021.",
    displacement_example_aabenraa: "48 % (Aabenraa 2016)",
    displacement_example_aabenraa_note: "Forsørgelsesudgifter på andre ydelser 18,1 af 37,7 \
                                         mio. kr. sparet på kontanthjælp (DS' papir om KIK).",
    budget_rounding_note:
        "Beløb i 1.000 kr., afrundet pr. celle; totaler er summen af de viste tal.",
    price_factors: |level, list| {
        if list.is_empty() {
            return format!(
                "Alle beløb i {level} p/l: løn og satser er opgivet i {level}, intet er regnet om."
            );
        }
        let parts: Vec<String> = list
            .iter()
            .map(|f| {
                let guess = if f.assumed { ", delvis antaget" } else { "" };
                format!("{} {}→{} × {}{guess}", f.what, f.from, f.to, f.factor)
            })
            .collect();
        format!("Alle beløb i {level} p/l. Regnet om: {}.", parts.join("; "))
    },
    factor_salary: "løn (statens lønindeks)",
    factor_rate: |name| format!("{name}-sats (satsregulering)"),
    unit_thousand_kr: "1.000 kr.",
    ds_heading: "DS' vejledende sagstal",
    ds_intro: "Dansk Socialrådgiverforening anbefaler et interval af sager pr. \
               sagsbehandler for hvert område. Tabellen viser, om sagsstammen i dag og den \
               nye ligger under, inden for eller over intervallet, og hvad det koster om året \
               at nå toppen og midten af intervallet fra i dag.",
    ds_caption: "Sammenligning med DS' vejledende sagstal",
    col_ds_area: "Område",
    col_ds_range: "DS-interval",
    col_ds_today: "I dag",
    col_ds_target: "Ny sagsstamme",
    col_ds_top: "Udgift om året til toppen (kr.)",
    col_ds_middle: "Udgift om året til midten (kr.)",
    position_name: |p| match p {
        Position::Below => "under",
        Position::Inside => "inden for",
        Position::Above => "over",
    },
    ds_range_middle: |min, max, middle| format!("{min}–{max} (midte {middle})"),
    ds_versus: |level, cost, diff, more, proposal| {
        let word = if more { "mere" } else { "mindre" };
        format!("At nå {level} af DS' interval koster {cost} om året fra i dag: {diff} {word} end forslagets {proposal}.")
    },
    ds_top_word: "toppen",
    ds_middle_word: "midten",
    ds_no_area: "Vælg et DS-område for gruppen",
    ds_source: |y, m| {
        format!(
            "Kilde: Dansk Socialrådgiverforening, \"Guiden: Overblik over DS' \
                               vejledende sagstal\", revideret {m}/{y}."
        )
    },
    ds_caveats: "DS' forbehold: nye og nyuddannede sagsbehandlere bør have lavere sagsstamme i \
                 ca. 6 måneder; deltidsansatte og tillidsvalgte lavere endnu. Tallene gælder én \
                 fuldtidsansat. Ældre normer citeres stadig (kontanthjælp 35–50 for unge og \
                 40–55 for voksne; Københavns BI08 nævner 35–50 for sygedagpenge).",
    goal_heading: "Regn baglæns",
    goal_intro: "Spørgsmålene før et budgetmøde. Felterne er valgfrie; svarene bygger på \
                 målgrupperne og prisen pr. årsværk ovenfor.",
    goal_budget_answer: "Budgettet rækker til at sætte sagsstammen ned med samme faktor i alle \
                         grupper:",
    apply_targets: "Brug disse sagsstammer",
    goal_check_answer: |k, staff| {
        format!("Forslaget svarer til {k} pr. årsværk ({staff} ekstra årsværk).")
    },
    goal_staff_answer: |w, citizens, from, to| {
        format!(
            "{w} ekstra årsværk giver alle {citizens} borgere en sagsbehandler med {to} sager i \
             stedet for {from} i gennemsnit."
        )
    },
    goal_staff_target: |target, staff| {
        format!("Den nye sagsstamme ({target}) kræver {staff} ekstra årsværk.")
    },
    goal_error: |e| match e {
        GoalError::NoCitizens => "Der er ingen borgere i målgrupperne.".to_owned(),
        GoalError::NoStaffCost => "Prisen pr. årsværk er 0 kr.".to_owned(),
        GoalError::CaseloadOutOfRange {
            side: Side::BelowMin,
            ..
        } => "Budgettet er så stort, at sagsstammen skulle under 1.".to_owned(),
        GoalError::CaseloadOutOfRange {
            side: Side::AboveMax,
            ..
        } => "Besparelsen er så stor, at sagsstammen skulle over 1.000.".to_owned(),
        GoalError::NoChange => "Målgrupperne har samme sagsstamme i dag og fremover, så der \
                                er ingen ekstra årsværk at dele udgiften på."
            .to_owned(),
        GoalError::SignMismatch => "Udgiften og ændringen i sagsstamme peger i hver sin \
                                    retning (en udgift ved en højere sagsstamme)."
            .to_owned(),
        _ => "Kan ikke beregnes med disse værdier.".to_owned(),
    },
    // --- lead: one-group solve and scenario comparison ---
    label_goal_group: "Løs for",
    goal_all_groups: "Alle målgrupper (samme faktor)",
    goal_group_budget_answer: |name, from, to| {
        format!(
            "Budgettet rækker til at sætte sagsstammen for {name} fra {from} til {to}; de øvrige \
             målgrupper beholder deres mål."
        )
    },
    compare_heading: "Sammenlign scenarier",
    compare_hint: "Gem op til tre udgaver af beregningen, fx sagsstamme 50, 45 og DS' midte, og \
                   se dem side om side. DS' midte bruges kun, hvor den er under dagens \
                   sagsstamme.",
    compare_kept_browser: "Scenarierne gemmes i denne browser (ikke i linket), til du fjerner dem.",
    compare_kept_page: "Scenarierne gemmes kun, så længe siden er åben.",
    compare_restore_skipped: "Nogle gemte scenarier kunne ikke læses og blev udeladt.",
    compare_name_label: "Navn på scenariet (valgfrit)",
    compare_save: "Gem som scenarie",
    compare_save_ds_middle: "Gem med DS' midte",
    compare_full: |n| format!("Der kan højst gemmes {n} scenarier. Fjern et for at gemme et nyt."),
    compare_invalid: "Ret fejlene i felterne, før du gemmer et scenarie.",
    compare_no_area: "Ingen målgruppe har et DS-område, så der er ingen DS-midte.",
    compare_saved: |name| format!("Scenariet \u{201c}{name}\u{201d} er gemt."),
    compare_caption: "Scenarier side om side",
    compare_live: "Nu på siden",
    compare_row_targets: "Målsagsstamme",
    compare_row_payback: "Tjent hjem",
    compare_row_break_even: "Break-even: måneder pr. borger om året",
    compare_row_years: "Budgetår",
    compare_row_net: "Nettovirkning i alt (kr.)",
    compare_ds_middle_name: "DS' midte",
    compare_ds_kept: |names| {
        format!(
            "{names} beholder dagens sagsstamme: den er allerede ved eller under DS' midte, og \
             DS' vejledende sagstal er et loft, ikke et mål at skære ned til."
        )
    },
    compare_payback_none: |n| format!("Ikke inden for {n} år"),
    compare_no_effect: "Ingen effekt angivet",
    compare_cut: "Ikke nødvendigt: en nedskæring",
    compare_no_spending: "Ingen ydelsesudgift",
    compare_load: |name| format!("Indlæs {name}"),
    compare_remove: |name| format!("Fjern {name}"),
    embed_open: "Indlejr på en side",
    embed_heading: "Indlejr beregneren på en anden side",
    embed_intro: "Sæt koden ind på din side. Beregneren åbner med det scenarie, du ser nu, \
                  uden sidehoved og sidefod, og scriptet holder rammens højde tilpasset \
                  indholdet.",
    embed_options: "Koden følger dine valg herover og viser scenariet, som det står nu.",
    embed_code_label: "Kode til din side (HTML)",
    embed_sections_legend: "Afsnit i rammen",
    embed_section_names: [
        "Indtastning (målgrupper, udgift, ydelser)",
        "Resultat",
        "Tabel pr. målgruppe",
        "Budget over flere år",
        "DS' vejledende sagstal",
        "Regn baglæns",
        "Eksempler",
        "Del, gem og eksportér",
        "Sammenlign scenarier",
        "Grafer",
        "Sådan regnes der",
    ],
    embed_accent_label: "Accentfarve (knapper og links)",
    embed_accent_own: "Sidens egne farver",
    embed_accent_darkened: |hex| {
        format!("Farven er gjort mørkere til {hex}, så tekst og knapper kan læses (WCAG AA).")
    },
    copy_text: "Kopiér teksten",
    copy_failed: "Kunne ikke kopiere automatisk. Teksten er markeret: tryk Ctrl+C (⌘C på Mac).",
    export_heading: "Eksportér og udskriv",
    export_hint: "Kopiér tallene og sæt dem ind i Excel eller Google Sheets som celler, hent \
                  dem som CSV-fil (semikolon mellem felterne, dansk talformat), eller udskriv \
                  en rapport.",
    copy_results: "Kopiér resultatet",
    copy_budget: "Kopiér budgettabellen",
    download_csv: "Hent CSV",
    print: "Udskriv",
    export_text_label: "Tekst til regnearket",
    col_figure: "Nøgletal",
    col_value: "Værdi",
    col_unit: "Enhed",
    unit_kr: "kr.",
    unit_share: "andel (1 = 100 %)",
    unit_caseload: "sager pr. sagsbehandler",
    csv_locale_note: "CSV-filen passer til Excel og LibreOffice Calc med danske indstillinger \
                      (semikolon, decimalkomma). Til engelske indstillinger (komma, \
                      decimalpunktum): skift siden til English og hent filen igen.",
    csv_file_name: "sagsstamme.csv",
    // --- end embed ---
    // --- share ---
    share_heading: "Del og gem",
    share_hint: "Scenariet står i linket og gemmes i denne browser; intet sendes \
                 nogen steder hen.",
    copy_link: "Kopiér link",
    link_copied: "Linket er kopieret.",
    copy_by_hand: "Kopiér linket fra feltet ovenfor (Ctrl+C).",
    link_label: "Link til scenariet",
    download_json: "Gem som fil (JSON)",
    file_name: "sagsstamme-scenarie.json",
    load_json: "Indlæs scenarie fra fil",
    file_loaded: "Scenariet er indlæst fra filen.",
    file_loaded_compared: |n| match n {
        1 => "Scenariet og 1 gemt scenarie til sammenligning er indlæst fra filen.".to_owned(),
        n => format!("Scenariet og {n} gemte scenarier til sammenligning er indlæst fra filen."),
    },
    file_refused: |e| {
        let why = match e {
            RecordError::TooBig => {
                format!(
                    "den er større end {} kB",
                    format(MAX_RECORD_BYTES as f64 / 1024.0, 0, Lang::Da)
                )
            }
            RecordError::NotJson => "den er ikke en JSON-fil".to_owned(),
            RecordError::NotOurs => "den er ikke et scenarie fra Sagsstamme-beregneren".to_owned(),
            RecordError::UnknownVersion => {
                "den er fra en version af beregneren, som denne side ikke kan læse".to_owned()
            }
            RecordError::NoScenario => "den indeholder intet scenarie".to_owned(),
            RecordError::WrongType(key) => {
                format!("værdien af \"{key}\" er hverken tekst eller et tal")
            }
        };
        format!("Filen blev ikke indlæst, fordi {why}. Intet er ændret.")
    },
    // --- charts ---
    cost_chart_heading: "Udgift og break-even efter sagsstamme",
    cost_chart_hint: "Hvert punkt er en ny sagsstamme fra den laveste op til i dag. Peg eller \
                      tryk på et punkt, eller gå til det med Tab og piletasterne, for at se \
                      tallene. Klik eller tryk Enter for at bruge sagsstammen; på en \
                      berøringsskærm vælger du knappen under tallene.",
    cost_chart_use: "Brug denne sagsstamme som mål",
    payback_chart_heading: "Nettovirkning år for år",
    payback_chart_hint: "Fyldte søjler er personaleudgiften, skraverede søjler de sparede \
                         ydelser; den stiplede linje er den akkumulerede nettovirkning. Peg på et \
                         punkt eller brug piletasterne for at se årets tal.",
    chart_show_table: "Vis tallene som tabel",
    chart_words: CostWords {
        today: "I dag",
        target: "Mål",
        ds: "DS",
    },
    payback_words: PaybackWords {
        payback: "Tjent hjem",
    },
    magnitude: |m| match m {
        Magnitude::Kr => "kr.",
        Magnitude::Thousands => "1.000 kr.",
        Magnitude::Millions => "mio. kr.",
    },
    chart_caseload_axis: "Ny sagsstamme (sager pr. sagsbehandler)",
    legend_cost: "Udgift om året",
    legend_ds: "DS' anbefalede interval",
    legend_today: "Sagsstamme i dag",
    legend_target: "Ny sagsstamme",
    legend_savings: "Sparede ydelser",
    legend_cumulative: "Akkumuleret nettovirkning",
    legend_payback: "Tjent hjem",
    col_year: "År",
    cost_point: "Sagsstamme {0}: {2} kr. om året, {1} ekstra årsværk, break-even {3} måneder \
                 pr. borger om året.",
    cost_summary: "Jo lavere sagsstamme, jo højere udgift. Ved {0} sager (i dag) er der ingen \
                   ekstra udgift; ved {1} sager (den nye sagsstamme) er udgiften {2} om året, og \
                   ved {3} sager {4} om året.",
    cost_summary_months: "Break-even følger udgiften: ved den nye sagsstamme skal hver borger i \
                          gennemsnit være {0} måneder kortere tid på ydelse om året.",
    cost_summary_ds: "DS anbefaler {0}–{1} sager pr. sagsbehandler på området (skraveret).",
    cost_summary_groups: "Med flere målgrupper er sagsstammen gennemsnittet for alle grupper, og \
                          hvert punkt ændrer alle gruppers sagsstamme med samme faktor.",
    payback_point: "{0}: personaleudgift {1} kr., sparede ydelser {2} kr., nettovirkning {3} kr., \
                    akkumuleret {4} kr.",
    payback_summary: "Personaleudgiften er {0} om året ved fuld bemanding, og de sparede ydelser \
                      er {1} om året ved fuld effekt. Efter {2} år er den akkumulerede \
                      nettovirkning {3}.",
    explain_heading: "Sådan regnes der",
    explain_intro: "Hvert tal på siden, regnet med dine egne tal. Tallene er afrundede; \
                    beregneren regner med alle decimaler, så en håndregning kan afvige i sidste \
                    ciffer.",
    explain_assumptions_heading: "Antagelser",
    explain_assumptions: &[
        "En helårsperson svarer til 12 ydelsesmåneder.",
        "Break-even bruger den samme relative reduktion i tid på ydelse for alle målgrupper.",
        "Prisen pr. årsværk dækker løn, pension og overhead for én sagsbehandler.",
        "Sparede ydelser regnes med kommunens nettoudgift efter statens refusion.",
        "Budgettet afrunder hver række til hele kroner, så totalerne er summen af rækkerne.",
        "DS' anbefalinger gælder én erfaren fuldtidsansat sagsbehandler.",
    ],
    explain_sources_heading: "Kilder og standardværdier",
    explain_reimbursement_source: "Refusion: 80 % i uge 1–4, 40 % i uge 5–26, 30 % i uge 27–52 \
                                   og 20 % fra uge 53 på offentlig ydelse; standard 20 % for \
                                   langvarige sager (lov om kommunernes finansiering af visse \
                                   offentlige ydelser § 5, refusionsreformen 2016).",
    explain_realism_source: "Mere realistisk forløb: 50 % af de nye sagsbehandlere på plads i år \
                             1, effekt 50 % i år 1 og 100 % fra år 2 og halv sagsstamme i 6 \
                             måneder for nye sagsbehandlere (75 % effekt i ansættelsesåret) er \
                             beregnerens antagelser. DS anbefaler kun, at nye sagsbehandlere har \
                             lavere sagsstamme i ca. 6 måneder, ikke hvor meget lavere. Første \
                             budgetår er som standard 2027.",
    print_scenario: |groups, k, first, last, pl| {
        format!("Scenariet: {groups}. {k} pr. årsværk; budget {first}–{last} i {pl} p/l.")
    },
    print_group: |name, n, now, target| format!("{name}: {n} borgere, sagsstamme {now} → {target}"),
    print_ds: |name, range, now, target| {
        format!("{name}: DS anbefaler {range}; i dag {now}, ny sagsstamme {target}")
    },
    print_ds_none: "intet DS-område valgt",
    table_scroll_hint: "Rul til siden for at se hele tabellen →",
};

pub const EN_BELOW: BelowTexts = BelowTexts {
    base: &EN,
    per_group_caption: "Per target group",
    col_group: "Target group",
    col_staff_now: "Staff years today",
    col_staff_target: "Staff years at target",
    col_extra: "Extra staff years",
    col_cost: "Annual cost (DKK)",
    col_break_even: "Benefit months saved at break-even",
    col_own_break_even: "Break-even if the group pays for itself (months per citizen a year)",
    total: "Total",
    budget_heading: "Multi-year budget",
    budget_hint: "As in municipal budget proposals: staff cost is service spending, benefit \
                  savings are transfers and shown as negative, and the reimbursement the \
                  state no longer pays is shown on its own. Only service counts against the \
                  municipality's service ceiling; transfers are outside it. Enter an expected \
                  effect per target group to see the savings and when the effort pays for \
                  itself. A negative effect (e.g. -1 month) means longer time on benefits, \
                  e.g. after a cut, and shows extra benefit costs.",
    realism_heading: "A more realistic course",
    switch_hiring: "Hiring takes time",
    hiring_hint: "Only part of the new caseworkers are in place in year 1; cost and effect \
                  follow.",
    switch_ramp: "The effect builds up",
    ramp_hint: "The effect reaches only part of its full level in the first years.",
    switch_new_hires: "New caseworkers carry a lower caseload",
    new_hires_hint: "DS recommends a lower caseload for about the first 6 months. The \
                     calculator assumes half a caseload for 6 months, which gives 75 % of the \
                     full effect in the year of hiring.",
    budget_caption: |p| format!("Budget, DKK 1,000, {p} prices"),
    row_cost: "Staff cost (service)",
    row_savings: "Benefit savings, net (transfers)",
    row_extra_benefits: "Extra benefits, net (transfers)",
    row_benefits_gross: "Benefits, gross (transfers, expenditure)",
    row_reimbursement: "State reimbursement no longer received (transfers, revenue)",
    row_displaced: "Displacement onto other benefits (transfers)",
    row_net: "Net effect",
    row_cumulative: "Cumulative net effect",
    payback_in: |y| format!("The effort has paid for itself by {y}."),
    no_payback: |n| format!("The effort does not pay for itself within {n} years."),
    budget_unavailable: "The budget cannot be computed with these values.",
    sensitivity_caption: |p| format!("If the assumptions are off (DKK 1,000, {p} prices)"),
    sensitivity_assumption: "Assumption",
    sensitivity_payback: "Pays back in",
    sensitivity_net: |n| format!("Net effect in all, {n} years"),
    sensitivity_no_payback: |n| format!("Not within {n} years"),
    sensitivity_row: |a| match a {
        Assumption::AsEntered => ("As entered".to_owned(), "the figures above"),
        Assumption::CostTimes(f) if f > 1.0 => (
            "Cost per staff year +15 %".to_owned(),
            "salaries and overhead differ that much between municipalities",
        ),
        Assumption::CostTimes(_) => (
            "Cost per staff year −15 %".to_owned(),
            "salaries and overhead differ that much between municipalities",
        ),
        Assumption::EffectTimes(f) if f < 1.0 => (
            "Half the effect".to_owned(),
            "the effect is an expectation, not a measurement",
        ),
        Assumption::EffectTimes(_) => (
            "Double the effect".to_owned(),
            "the effect is an expectation, not a measurement",
        ),
        Assumption::Displacement(d) => (
            format!(
                "Displacement {} % in every target group",
                format(d * 100.0, 0, Lang::En)
            ),
            "the sources show about 50 % going to other benefits",
        ),
    },
    displacement_heading: "Displacement onto other benefits",
    displacement_hint: "What share of the benefit months saved reappear on another public \
                        benefit, e.g. a rehabilitation programme, flex job or disability \
                        pension? That benefit's net rate a month is subtracted from the saving. \
                        The default is 0 %: everyone who leaves the benefit leaves public \
                        support, as municipal budget proposals count it.",
    col_displaced: "Displacement",
    col_displaced_to: "To benefit",
    displacement_examples: "Patterns from the sources (sets every target group):",
    displacement_example_kk: "50 % (Copenhagen 2017–19)",
    displacement_example_kk_note: "Of 11,647 closed social assistance cases of people over 30 \
                                   not ready for work, six months later 14 % were in a job, \
                                   4 % in education and 14 % self-supporting, while 3 % had a \
                                   flex job, 10 % disability pension and 19 % a rehabilitation \
                                   programme (24 % were back on social assistance, 12 % other): \
                                   of the 64 % with a known exit, half went to another benefit. \
                                   City of Copenhagen, BIU, annex 4, 11 February 2021.",
    displacement_example_aabenraa: "48 % (Aabenraa 2016)",
    displacement_example_aabenraa_note: "Benefit costs on other benefits: 18.1 of the DKK 37.7 \
                                         million saved on social assistance (the DS paper on \
                                         KIK).",
    budget_rounding_note: "Amounts in DKK 1,000, rounded per cell; totals are the sums of the \
                           figures shown.",
    price_factors: |level, list| {
        if list.is_empty() {
            return format!(
                "All amounts at {level} prices: the salary and rates are given for {level}, \
                 nothing is converted."
            );
        }
        let parts: Vec<String> = list
            .iter()
            .map(|f| {
                let guess = if f.assumed { ", partly assumed" } else { "" };
                format!("{} {}→{} × {}{guess}", f.what, f.from, f.to, f.factor)
            })
            .collect();
        format!(
            "All amounts at {level} prices. Converted: {}.",
            parts.join("; ")
        )
    },
    factor_salary: "salary (state wage index)",
    factor_rate: |name| format!("{name} rate (rate regulation)"),
    unit_thousand_kr: "DKK 1,000",
    ds_heading: "DS's recommended caseloads",
    ds_intro: "The Danish Association of Social Workers (DS) recommends a range of cases per \
               caseworker for each area. The table shows whether today's and the target \
               caseload lie below, inside or above the range, and what reaching the top and \
               the middle of the range from today would cost a year.",
    ds_caption: "Compared with DS's recommended caseloads",
    col_ds_area: "Area",
    col_ds_range: "DS range",
    col_ds_today: "Today",
    col_ds_target: "Target",
    col_ds_top: "Annual cost to reach the top (DKK)",
    col_ds_middle: "Annual cost to reach the middle (DKK)",
    position_name: |p| match p {
        Position::Below => "below",
        Position::Inside => "inside",
        Position::Above => "above",
    },
    ds_range_middle: |min, max, middle| format!("{min}–{max} (middle {middle})"),
    ds_versus: |level, cost, diff, more, proposal| {
        let word = if more { "more" } else { "less" };
        format!("Reaching {level} of DS's range costs {cost} a year from today: {diff} {word} than the proposal's {proposal}.")
    },
    ds_top_word: "the top",
    ds_middle_word: "the middle",
    ds_no_area: "Choose a DS area for the group",
    ds_source: |y, m| {
        format!(
            "Source: Danish Association of Social Workers, \"Guiden: \
                               Overblik over DS' vejledende sagstal\", revised {m}/{y}."
        )
    },
    ds_caveats: "DS's caveats: new and newly trained caseworkers should carry a lower caseload \
                 for about 6 months; part-timers and elected representatives lower still. The \
                 figures are for one full-time caseworker. Older norms are still quoted \
                 (kontanthjælp 35–50 for young people and 40–55 for adults; Copenhagen's BI08 \
                 cites 35–50 for sickness benefit).",
    goal_heading: "Work backwards",
    goal_intro: "The questions before a budget meeting. The fields are optional; the answers \
                 use the target groups and the cost per staff year above.",
    goal_budget_answer: "The budget lowers the caseload by the same factor in every group to:",
    apply_targets: "Use these caseloads",
    goal_check_answer: |k, staff| {
        format!("The proposal implies {k} per staff year ({staff} extra staff years).")
    },
    goal_staff_answer: |w, citizens, from, to| {
        format!(
            "{w} extra staff years give all {citizens} citizens a caseworker with {to} cases \
             instead of {from} on average."
        )
    },
    goal_staff_target: |target, staff| {
        format!("The target caseload ({target}) takes {staff} extra staff years.")
    },
    goal_error: |e| match e {
        GoalError::NoCitizens => "There are no citizens in the target groups.".to_owned(),
        GoalError::NoStaffCost => "The cost per staff year is DKK 0.".to_owned(),
        GoalError::CaseloadOutOfRange {
            side: Side::BelowMin,
            ..
        } => "The budget is so large that the caseload would have to go below 1.".to_owned(),
        GoalError::CaseloadOutOfRange {
            side: Side::AboveMax,
            ..
        } => "The saving is so large that the caseload would have to go above 1,000.".to_owned(),
        GoalError::NoChange => "The target groups keep today's caseload, so there are no \
                                extra staff years to divide the cost by."
            .to_owned(),
        GoalError::SignMismatch => "The cost and the caseload change point in opposite \
                                    directions (a cost for a higher caseload)."
            .to_owned(),
        _ => "Cannot be calculated with these values.".to_owned(),
    },
    // --- lead: one-group solve and scenario comparison ---
    label_goal_group: "Solve for",
    goal_all_groups: "All target groups (same factor)",
    goal_group_budget_answer: |name, from, to| {
        format!(
            "The budget takes the caseload of {name} from {from} to {to}; the other groups keep \
             their targets."
        )
    },
    compare_heading: "Compare scenarios",
    compare_hint: "Save up to three versions of the calculation, e.g. caseload 50, 45 and DS's \
                   middle, and see them side by side. DS's middle is used only where it is below \
                   today's caseload.",
    compare_kept_browser:
        "Scenarios are kept in this browser (not in the link) until you remove them.",
    compare_kept_page: "Scenarios are kept only while the page is open.",
    compare_restore_skipped: "Some saved scenarios could not be read and were left out.",
    compare_name_label: "Scenario name (optional)",
    compare_save: "Save as scenario",
    compare_save_ds_middle: "Save with DS's middle",
    compare_full: |n| format!("At most {n} scenarios can be saved. Remove one to save another."),
    compare_invalid: "Correct the fields with errors before saving a scenario.",
    compare_no_area: "No target group has a DS area, so there is no DS middle.",
    compare_saved: |name| format!("Scenario \u{201c}{name}\u{201d} saved."),
    compare_caption: "Scenarios side by side",
    compare_live: "On the page now",
    compare_row_targets: "Target caseload",
    compare_row_payback: "Paid back by",
    compare_row_break_even: "Break-even: months per citizen a year",
    compare_row_years: "Budget years",
    compare_row_net: "Net effect, all years (DKK)",
    compare_ds_middle_name: "DS's middle",
    compare_ds_kept: |names| {
        format!(
            "{names} keeps today's caseload: it is already at or below DS's middle, and DS's \
             recommended caseloads are a ceiling, not a level to cut to."
        )
    },
    compare_payback_none: |n| format!("Not within {n} years"),
    compare_no_effect: "No effect given",
    compare_cut: "Not needed: a cut",
    compare_no_spending: "No benefit spending",
    compare_load: |name| format!("Load {name}"),
    compare_remove: |name| format!("Remove {name}"),
    embed_open: "Embed in a page",
    embed_heading: "Embed the calculator in another page",
    embed_intro: "Paste this code into your page. The calculator opens with the scenario you \
                  see now, without header and footer, and the script keeps the frame as tall \
                  as its content.",
    embed_options: "The code follows your choices above and shows the scenario as it is now.",
    embed_code_label: "Code for your page (HTML)",
    embed_sections_legend: "Sections in the frame",
    embed_section_names: [
        "Inputs (target groups, cost, benefits)",
        "Results",
        "Table per target group",
        "Multi-year budget",
        "DS's recommended caseloads",
        "Work backwards",
        "Examples",
        "Share, save and export",
        "Compare scenarios",
        "Charts",
        "How it is calculated",
    ],
    embed_accent_label: "Accent colour (buttons and links)",
    embed_accent_own: "The page's own colours",
    embed_accent_darkened: |hex| {
        format!("The colour was darkened to {hex} so text and buttons stay readable (WCAG AA).")
    },
    copy_text: "Copy the text",
    copy_failed: "Could not copy automatically. The text is selected: press Ctrl+C (⌘C on a Mac).",
    export_heading: "Export and print",
    export_hint: "Copy the figures and paste them into Excel or Google Sheets as cells, \
                  download them as a CSV file (comma-separated, decimal point), or print a \
                  report.",
    copy_results: "Copy results",
    copy_budget: "Copy budget table",
    download_csv: "Download CSV",
    print: "Print",
    export_text_label: "Text for the spreadsheet",
    col_figure: "Figure",
    col_value: "Value",
    col_unit: "Unit",
    unit_kr: "DKK",
    unit_share: "share (1 = 100%)",
    unit_caseload: "cases per caseworker",
    csv_locale_note: "The CSV file suits Excel and LibreOffice Calc with English settings \
                      (comma, decimal point). For Danish settings (semicolon, decimal comma), \
                      switch the page to Dansk and download the file again.",
    csv_file_name: "caseload.csv",
    // --- end embed ---
    // --- share ---
    share_heading: "Share and save",
    share_hint: "The scenario is in the link and saved in this browser; nothing is \
                 sent anywhere.",
    copy_link: "Copy link",
    link_copied: "Link copied.",
    copy_by_hand: "Copy the link from the field above (Ctrl+C).",
    link_label: "Link to the scenario",
    download_json: "Save as file (JSON)",
    file_name: "caseload-scenario.json",
    load_json: "Load a scenario from a file",
    file_loaded: "Scenario loaded from the file.",
    file_loaded_compared: |n| match n {
        1 => "Scenario and 1 saved scenario for comparison loaded from the file.".to_owned(),
        n => format!("Scenario and {n} saved scenarios for comparison loaded from the file."),
    },
    file_refused: |e| {
        let why = match e {
            RecordError::TooBig => {
                format!(
                    "it is larger than {} kB",
                    format(MAX_RECORD_BYTES as f64 / 1024.0, 0, Lang::En)
                )
            }
            RecordError::NotJson => "it is not a JSON file".to_owned(),
            RecordError::NotOurs => "it is not a scenario from the caseload calculator".to_owned(),
            RecordError::UnknownVersion => {
                "it is from a version of the calculator this page cannot read".to_owned()
            }
            RecordError::NoScenario => "it holds no scenario".to_owned(),
            RecordError::WrongType(key) => {
                format!("the value of \"{key}\" is neither text nor a number")
            }
        };
        format!("The file was not loaded because {why}. Nothing has changed.")
    },
    // --- charts ---
    cost_chart_heading: "Cost and break-even by caseload",
    cost_chart_hint: "Each point is a target caseload from the lowest up to today's. Point at or \
                      tap a point, or reach it with Tab and the arrow keys, to see its figures. \
                      Click or press Enter to use that caseload; on a touch screen, use the \
                      button under the figures.",
    cost_chart_use: "Use this caseload as the target",
    payback_chart_heading: "Net effect year by year",
    payback_chart_hint: "Solid bars are the staff cost, hatched bars the benefits saved; the \
                         dashed line is the cumulative net effect. Point at a point or use the \
                         arrow keys to see the year's figures.",
    chart_show_table: "Show the figures as a table",
    chart_words: CostWords {
        today: "Today",
        target: "Target",
        ds: "DS",
    },
    payback_words: PaybackWords {
        payback: "Paid back",
    },
    magnitude: |m| match m {
        Magnitude::Kr => "DKK",
        Magnitude::Thousands => "DKK 1,000",
        Magnitude::Millions => "DKK million",
    },
    chart_caseload_axis: "Target caseload (cases per caseworker)",
    legend_cost: "Annual cost",
    legend_ds: "DS's recommended range",
    legend_today: "Today's caseload",
    legend_target: "Target caseload",
    legend_savings: "Benefits saved",
    legend_cumulative: "Cumulative net effect",
    legend_payback: "Paid back",
    col_year: "Year",
    cost_point: "Caseload {0}: DKK {2} a year, {1} extra staff years, break-even {3} months per \
                 citizen a year.",
    cost_summary: "The lower the caseload, the higher the cost. At {0} cases (today) there is no \
                   extra cost; at {1} cases (the target) the cost is {2} a year, and at {3} \
                   cases {4} a year.",
    cost_summary_months: "Break-even follows the cost: at the target each citizen must on \
                          average spend {0} months less on benefits a year.",
    cost_summary_ds: "DS recommends {0}–{1} cases per caseworker in this area (hatched).",
    cost_summary_groups: "With several target groups the caseload is the average of all groups, \
                          and each point changes every group's caseload by the same factor.",
    payback_point: "{0}: staff cost DKK {1}, benefits saved DKK {2}, net effect DKK {3}, \
                    cumulative DKK {4}.",
    payback_summary: "The staff cost is {0} a year when fully staffed, and the benefits saved are \
                      {1} a year at full effect. After {2} years the cumulative net effect is \
                      {3}.",
    explain_heading: "How it is calculated",
    explain_intro: "Every figure on the page, worked out with your own numbers. The numbers are \
                    rounded; the calculator uses every decimal, so a calculation by hand may \
                    differ in the last digit.",
    explain_assumptions_heading: "Assumptions",
    explain_assumptions: &[
        "A full-year person is 12 benefit months.",
        "Break-even uses the same relative reduction in time on benefits for every target group.",
        "The cost per staff year covers salary, pension and overhead of one caseworker.",
        "Benefits saved are counted at the municipality's net cost after state reimbursement.",
        "The budget rounds each row to whole kroner, so totals are the sums of the rows.",
        "DS's recommendations are for one experienced full-time caseworker.",
    ],
    explain_sources_heading: "Sources and defaults",
    explain_reimbursement_source: "Reimbursement: 80 % in weeks 1–4, 40 % in weeks 5–26, 30 % \
                                   in weeks 27–52 and 20 % from week 53 on public benefits; \
                                   default 20 % for long-term cases (lov om kommunernes \
                                   finansiering af visse offentlige ydelser § 5, the 2016 \
                                   reimbursement reform).",
    explain_realism_source: "More realistic course: 50 % of the new caseworkers in place in year \
                             1, an effect of 50 % in year 1 and 100 % from year 2, and half a \
                             caseload for 6 months for new caseworkers (75 % effect in the year \
                             of hiring) are the calculator's assumptions. DS recommends only that \
                             new caseworkers carry a lower caseload for about 6 months, not how \
                             much lower. The first budget year is 2027 by default.",
    print_scenario: |groups, k, first, last, pl| {
        format!("The scenario: {groups}. {k} per staff year; budget {first}–{last} at {pl} prices.")
    },
    print_group: |name, n, now, target| format!("{name}: {n} citizens, caseload {now} → {target}"),
    print_ds: |name, range, now, target| {
        format!("{name}: DS recommends {range}; today {now}, target {target}")
    },
    print_ds_none: "no DS area chosen",
    table_scroll_hint: "Scroll sideways to see the whole table →",
};

/// Said by the language switch when English could not be fetched, in both
/// languages: whoever asked for English may not read Danish (the page marks
/// the English sentence `lang="en"`). Only a Danish page can ask, so this is
/// not a field of [`Texts`].
pub const ENGLISH_FAILED: (&str, &str) = (
    "Den engelske udgave kunne ikke hentes. Tjek forbindelsen og prøv igen.",
    "The English version could not be fetched. Check the connection and try again.",
);

/// English: its [`Texts`] and its [`BelowTexts`], as the English chunk
/// hands them over.
pub static ENGLISH: english::English = english::English {
    texts: &EN,
    below: &EN_BELOW,
};

/// Where [`Lang::t`] and [`Lang::tb`] find English. In one-module builds it
/// is [`ENGLISH`]; in split builds [`ENGLISH`] is only named by the English
/// chunk's split point, which hands it over through [`set`](english::set)
/// once fetched.
pub mod english {
    use super::{BelowTexts, Texts};

    pub struct English {
        pub texts: &'static Texts,
        pub below: &'static BelowTexts,
    }

    #[cfg(not(split))]
    pub fn get() -> &'static Texts {
        &super::EN
    }

    #[cfg(not(split))]
    pub fn get_below() -> &'static BelowTexts {
        &super::EN_BELOW
    }

    #[cfg(not(split))]
    pub fn loaded() -> bool {
        true
    }

    #[cfg(split)]
    static LOADED: std::sync::OnceLock<&'static English> = std::sync::OnceLock::new();

    #[cfg(split)]
    pub fn get() -> &'static Texts {
        LOADED.get().map_or(&super::DA, |e| e.texts)
    }

    #[cfg(split)]
    pub fn get_below() -> &'static BelowTexts {
        LOADED.get().map_or(&super::DA_BELOW, |e| e.below)
    }

    #[cfg(split)]
    pub fn loaded() -> bool {
        LOADED.get().is_some()
    }

    /// Called by the English chunk's loader with its [`ENGLISH`](super::ENGLISH).
    #[cfg(split)]
    pub fn set(english: &'static English) {
        let _ = LOADED.set(english);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_follow_each_languages_conventions() {
        assert_eq!(kr(11_340_000.0, Lang::Da), "11.340.000 kr.");
        assert_eq!(kr(11_340_000.0, Lang::En), "DKK 11,340,000");
        assert_eq!(mio_kr(11_340_000.0, Lang::Da), "11,34 mio. kr.");
        assert_eq!(mio_kr(11_340_000.0, Lang::En), "DKK 11.34 million");
        assert_eq!(percent(0.0479, Lang::Da), "4,8 %");
    }

    #[test]
    fn range_errors_name_the_range_and_unit() {
        let e = InputError::OutOfRange {
            min: 1.0,
            max: 1_000.0,
        };
        assert_eq!(
            (DA.error)(e, FieldKind::Caseload, Lang::Da),
            "Skal være mellem 1 og 1.000 sager pr. sagsbehandler."
        );
        assert_eq!(
            (EN.error)(e, FieldKind::Caseload, Lang::En),
            "Must be between 1 and 1,000 cases per caseworker."
        );
        let e = InputError::OutOfRange { min: 0.0, max: 1e9 };
        assert_eq!(
            (EN.error)(e, FieldKind::Money, Lang::En),
            "Must be between DKK 0 and DKK 1,000,000,000."
        );
        // One full stop after "kr.", not two.
        assert_eq!(
            (DA.error)(e, FieldKind::Money, Lang::Da),
            "Skal være mellem 0 og 1.000.000.000 kr."
        );
    }

    #[test]
    fn years_are_not_grouped_in_messages() {
        let e = InputError::OutOfRange {
            min: 2000.0,
            max: 2100.0,
        };
        assert_eq!(
            (DA.error)(e, FieldKind::Year, Lang::Da),
            "Skal være mellem 2000 og 2100."
        );
        let e = InputError::OutOfRange {
            min: 1.0,
            max: 10.0,
        };
        assert_eq!(
            (EN.error)(e, FieldKind::YearCount, Lang::En),
            "Must be between 1 and 10 years."
        );
    }

    #[test]
    fn the_print_date_is_written_each_languages_way() {
        assert_eq!((DA.printed_on)(5, 3, 2025), "Udskrevet 5. marts 2025");
        assert_eq!((EN.printed_on)(23, 11, 2026), "Printed 23 November 2026");
        // Out-of-range months from a broken clock print no month, not a panic.
        assert_eq!((DA.printed_on)(1, 0, 2025), "Udskrevet 1.  2025");
        assert_eq!((EN.printed_on)(1, 13, 2025), "Printed 1  2025");
    }

    #[test]
    fn a_cut_is_named_with_fewer_caseworkers_saving_caseload_and_ds() {
        use crate::model::test_support::scenario;
        use crate::model::{compute, BreakEven};
        // Copenhagen: 5,000 citizens, 70 → 90, 400,000 kr. a staff year.
        let s = scenario(
            &[(5000.0, 70.0, 90.0, BenefitKind::Sygedagpenge)],
            400_000.0,
            [10_000.0, 0.0, 0.0, 0.0],
        );
        let BreakEven::NotNeeded(change) = compute(&s).break_even else {
            panic!("a cut needs no effect")
        };
        let landing =
            crate::model::ds::cut_landing(&s, &[Some(crate::model::ds::Area::Sygedagpenge)]);
        assert_eq!(
            not_needed_headline(change, landing, Lang::Da),
            "Det er en nedskæring: 15,9 færre sagsbehandlere (årsværk) sparer 6.349.206 kr. om \
             året, og sagsstammen stiger fra 70 til 90 sager pr. sagsbehandler. Det er over DS' \
             vejledende sagstal på 25–45. Der kræves ingen effekt for at betale sig; bliver \
             borgerne længere tid på ydelse, kan det skrives som en negativ effekt i budgettet."
        );
        assert_eq!(
            not_needed_headline(change, landing, Lang::En),
            "This is a cut: 15.9 fewer caseworkers (staff years) save DKK 6,349,206 a year, and \
             the caseload rises from 70 to 90 cases per caseworker. That is above DS's \
             recommended range of 25–45. No effect is needed to pay for it; if citizens spend \
             longer on benefits as a result, enter that as a negative effect in the budget."
        );
        assert_eq!(
            not_needed_headline(Change::Unchanged, CutLanding::NoArea, Lang::Da),
            DA.headline_unchanged
        );
    }

    #[test]
    fn extra_caseworkers_are_said_to_lower_the_caseload_of_all_citizens() {
        use crate::model::goal::new_staff;
        use crate::model::test_support::scenario;
        // Copenhagen: 5,000 citizens 70 → 50; 28.6 extra staff years.
        let s = scenario(
            &[(5000.0, 70.0, 50.0, BenefitKind::Sygedagpenge)],
            396_900.0,
            [15_774.0, 0.0, 0.0, 0.0],
        );
        let n = new_staff(&s, 28.6).unwrap();
        let words = |lang: Lang| {
            (lang.tb().goal_staff_answer)(
                &format_trimmed(28.6, 1, lang),
                &format_trimmed(n.citizens, 1, lang),
                &format_trimmed(n.caseload_now, 1, lang),
                &format_trimmed(n.caseload_after, 1, lang),
            )
        };
        assert_eq!(
            words(Lang::Da),
            "28,6 ekstra årsværk giver alle 5.000 borgere en sagsbehandler med 50 sager i stedet \
             for 70 i gennemsnit."
        );
        assert_eq!(
            words(Lang::En),
            "28.6 extra staff years give all 5,000 citizens a caseworker with 50 cases instead \
             of 70 on average."
        );
    }

    #[test]
    fn each_language_has_its_own_text() {
        assert_ne!(DA.page_title, EN.page_title);
        for b in BenefitKind::ALL {
            assert_ne!((DA.benefit_name)(b), (EN.benefit_name)(b));
        }
    }
}
