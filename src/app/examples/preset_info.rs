//! What the picker shows of the loaded example: its source and notes, and
//! each published figure next to the one computed here. Only in the
//! examples' chunk ([`crate::app::examples::presets`]): nothing of it is drawn before an
//! example is loaded.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::app::widgets::data_table::{Cell, DataTable, Row, TableData};
use crate::i18n::{kr, mio_kr};
use crate::model::preset::{Amounts, Computed, Preset};
use crate::model::Lang;

/// An amount the way the preset writes its figures.
fn amount(value: f64, amounts: Amounts, lang: Lang) -> String {
    match amounts {
        Amounts::Kroner => kr(value, lang),
        Amounts::Millions => mio_kr(value, lang),
    }
}

/// Source, notes and published-versus-computed for the loaded preset: the
/// published annual cost as the headline where there is one, then every
/// published figure in a table (rows `preset-figure-<id>`).
#[component]
pub fn PresetInfo() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let preset = state.preset.get()?;
        let lang = state.lang.get();
        let t = lang.t();
        let computed = move || {
            state
                .results
                .with(|r| {
                    r.as_ref()
                        .map(|r| amount(r.annual_cost, preset.amounts, state.lang.get()))
                })
                .unwrap_or_else(|| state.lang.get().t().invalid_results.to_owned())
        };
        let mut loaded = (t.preset_loaded)(preset.name.get(lang));
        if !preset.loads_form() {
            loaded.push_str(lang.t().preset_published_only);
        }
        let headline = preset
            .figures
            .iter()
            .find(|f| f.computed == Some(Computed::AnnualCost));
        Some(view! {
            <div class="preset-info" data-testid="preset-info">
                <p class="preset-loaded" role="status">{loaded}</p>
                {preset.inconsistency.map(|text| view! {
                    <p class="notice" data-testid="preset-inconsistency">
                        <strong>{lang.t().preset_inconsistency}": "</strong>
                        {text.get(lang)}
                    </p>
                })}
                {preset.booking.map(|text| view! {
                    <p class="notice" data-testid="preset-booking">
                        <strong>{lang.t().preset_booking}": "</strong>
                        {text.get(lang)}
                    </p>
                })}
                {headline.map(|f| view! {
                    <dl class="comparison">
                        <div>
                            <dt>{t.published}</dt>
                            <dd data-testid="preset-published">
                                {format!("{} ({})", amount(f.value, preset.amounts, lang), (t.price_level)(preset.price_level))}
                            </dd>
                        </div>
                        <div>
                            <dt>{t.computed}</dt>
                            <dd data-testid="preset-computed">{computed}</dd>
                        </div>
                    </dl>
                })}
                <DataTable table=Memo::new(move |_| Some(figures(state, preset, lang)))/>
                <p><strong>{t.source}": "</strong>{preset.source.get(lang)}</p>
                <p><strong>{t.note}": "</strong>{preset.note.get(lang)}</p>
            </div>
        })
    }
}

/// Every published figure of `preset` beside the one computed here (from
/// the form, or from the source's own figures) and whether they match.
fn figures(state: AppState, preset: &'static Preset, lang: Lang) -> TableData {
    let t = lang.t();
    let money = |v: f64| Cell::num(amount(v, preset.amounts, lang), v);
    let rows = state.results.with(|r| {
        state.budget.with(|b| {
            let b = b.as_ref().and_then(|b| b.as_ref().ok());
            preset
                .figures
                .iter()
                .map(|f| {
                    let (computed, verdict) = match preset.computed(f, r.as_ref(), b) {
                        Some(v) if preset.matches(f, v) => (money(v), lang.t().preset_matches),
                        Some(v) => (money(v), lang.t().preset_differs),
                        None if f.computed.is_none() => {
                            (Cell::text(lang.t().preset_not_computable), "–")
                        }
                        None => (Cell::text(t.invalid_results), "–"),
                    };
                    Row {
                        key: format!("preset-figure-{}", f.id),
                        header: f.label.get(lang).to_owned(),
                        cells: vec![money(f.value), computed, Cell::text(verdict)],
                    }
                })
                .collect()
        })
    });
    TableData {
        id: "preset-figures",
        caption: format!(
            "{} ({})",
            lang.t().preset_caption,
            (t.price_level)(preset.price_level)
        ),
        headers: [
            lang.t().preset_col_figure,
            lang.t().preset_col_published,
            t.computed,
            lang.t().preset_col_match,
        ]
        .map(str::to_owned)
        .to_vec(),
        rows,
        emphasise_last: true,
    }
}
