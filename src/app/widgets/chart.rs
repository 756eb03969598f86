//! One SVG chart, drawn from a [`Drawing`] the model computed: heading,
//! legend, the picture, a focusable point per value, the values of the point
//! under the pointer or focus, a summary in words and the same figures as a
//! table one click away.
//!
//! Both charts go through this one component, so Leptos compiles its view
//! code once; the plot itself (SVG shapes, labels and the point buttons) is
//! markup the model writes from data ([`Drawing::plot_html`]), which keeps
//! the wasm several KB smaller than a view per kind of element. The SVG is
//! `role="img"`, named by the heading and described by the visible summary;
//! its points are real `<button>`s laid over it (a focusable child inside
//! `role="img"` would be hidden from assistive technology), their events
//! delegated to the plot. One Tab stop per chart, the chart's own point (the
//! target, the payback year); the arrow keys, Home and End move between
//! points.

use leptos::html;
use leptos::prelude::*;

use crate::app::browser::focus::focus_after_render;
use crate::app::state::AppState;
use crate::app::text::{trb, PickB};
use crate::app::widgets::data_table::{DataTable, TableData};
use crate::i18n::fill;
use crate::model::chart::geometry::Drawing;
use wasm_bindgen::JsCast;

/// What one chart shows, built from the state for a drawing width.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartData {
    pub drawing: Drawing,
    /// Titles of the left axis, the right axis (may be empty) and the x axis.
    pub axes: [String; 3],
    /// The message in words: the SVG's description, shown under it.
    pub summary: String,
    /// Each point's values in words, in the drawing's `spots` order
    /// ([`readouts`] of the table).
    pub points: Vec<String>,
    /// What picking point `i` means (a caseload); empty when picking does
    /// nothing.
    pub picks: Vec<f64>,
    /// The point shown before the user points at one.
    pub active: usize,
    pub table: TableData,
}

/// Legend entries: CSS class of the swatch, its path in a 24 × 12 box, text.
pub type Legend = &'static [(&'static str, &'static str, PickB)];

/// Builds the chart's data for a drawing width in px; `None` when the
/// scenario cannot be computed.
pub type Build = fn(&AppState, f64) -> Option<ChartData>;

/// What clicking (or Enter on) a point does with its pick; whether it
/// changed anything (then the chart is redrawn).
pub type OnPick = fn(&AppState, f64) -> bool;

/// A chart whose points can be picked: what a pick does, and the label of
/// the button that picks the shown point after a tap. On a touch screen a
/// tap is the only way to read a point, so a tap only shows it; changing
/// the scenario takes that button, a deliberate second step.
#[derive(Clone, Copy)]
pub struct Picking {
    pub apply: OnPick,
    pub label: PickB,
}

#[component]
pub fn Chart(
    /// Prefix of the chart's DOM ids and test ids.
    id: &'static str,
    heading: PickB,
    hint: PickB,
    legend: Legend,
    /// The id of the fill pattern the chart's CSS uses (`hatch-…`).
    pattern: &'static str,
    make: Build,
    #[prop(optional)] picking: Option<Picking>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    // Draw at the width the chart really has, so 1 SVG unit is 1 CSS px and
    // the text stays readable on a phone. The width is read when a
    // ResizeObserver reports it, after the browser's own layout: reading it
    // while the page is being built would force a layout of the whole page
    // in the middle of the first render (about 30 ms per chart measured on
    // the project's machine). Until then nothing is drawn.
    let width = RwSignal::new(None::<f64>);
    let frame = NodeRef::<html::Div>::new();
    // The effect keeps the observer as its value, so it lives (and is
    // dropped) with the chart.
    Effect::new(move |kept: Option<Option<WidthObserver>>| {
        kept.flatten()
            .or_else(|| frame.get().and_then(|el| WidthObserver::new(el, width)))
    });

    // Drawn from the state as it was at the last paint (see
    // `AppState::painted`), so a keystroke updates the figures at once and
    // the chart in the next frame.
    let data = Memo::new(move |_| {
        state.painted.track();
        let w = width.get()?;
        untrack(|| make(&state, w))
    });
    // The point pointed at or focused; `None` shows the chart's default.
    let active = RwSignal::new(None::<usize>);
    let current = move || {
        data.with(|d| {
            d.as_ref().map_or(0, |d| {
                active
                    .get()
                    .filter(|&i| i < d.points.len())
                    .unwrap_or(d.active)
            })
        })
    };
    let point_id = move |i: usize| format!("{id}-p{i}");
    let go_to = move |j: usize| {
        active.set(Some(j));
        focus_after_render(point_id(j));
    };
    let heading_id = format!("{id}-heading");
    let hint_id = format!("{id}-hint");

    // The plot's buttons are markup (see `Drawing::plot_html`): their
    // events bubble to the plot, which reads the point from `data-i`.
    let index = |ev: &web_sys::Event| -> Option<usize> {
        ev.target()?
            .dyn_into::<web_sys::Element>()
            .ok()?
            .get_attribute("data-i")?
            .parse()
            .ok()
    };
    let count = move || data.with(|d| d.as_ref().map_or(0, |d| d.points.len()));
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some(i) = index(&ev) else { return };
        let j = match ev.key().as_str() {
            "ArrowRight" | "ArrowUp" => i + 1,
            "ArrowLeft" | "ArrowDown" => i.wrapping_sub(1),
            "Home" => 0,
            "End" => count().saturating_sub(1),
            _ => return,
        };
        ev.prevent_default();
        if j < count() {
            go_to(j);
        }
    };
    let refocus = RwSignal::new(None::<f64>);
    let pick = move |i: usize| {
        let Some(p) = picking else { return };
        let Some(x) = data.with_untracked(|d| d.as_ref().and_then(|d| d.picks.get(i).copied()))
        else {
            return;
        };
        // Only a pick that changed the scenario redraws the chart; the
        // focus stays where it is otherwise.
        if (p.apply)(&state, x) {
            refocus.set(Some(x));
        }
    };
    // Whether the click under way began as a touch or pen tap (set on
    // `pointerdown`, which comes before the click; a keyboard's click has
    // none, a mouse's sets it false), and whether the user has tapped a
    // point at all, which brings up the button that picks.
    let tap = StoredValue::new(false);
    let tapped = RwSignal::new(false);
    let on_pointer = move |ev: leptos::ev::PointerEvent| {
        let touch = ev.pointer_type() != "mouse" && index(&ev).is_some();
        tap.set_value(touch);
        if touch && picking.is_some() {
            tapped.set(true);
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(i) = index(&ev) else { return };
        if std::mem::take(&mut *tap.write_value()) {
            active.set(Some(i));
        } else {
            pick(i);
        }
    };
    // The button under the readout, once a point was tapped and while the
    // point shown is not the chart's own (the target already in use).
    let use_shown = move || {
        let p = picking?;
        let own = data.with(|d| d.as_ref().map(|d| d.active));
        (tapped.get() && own != Some(current())).then(|| {
            view! {
                <button
                    type="button"
                    class="secondary use-point"
                    aria-describedby=format!("{id}-readout")
                    data-testid=format!("{id}-use")
                    on:click=move |_| pick(current())
                >
                    {trb(p.label)}
                </button>
            }
        })
    };
    // The chart is redrawn after the next paint; then the focus goes to the
    // point now at the picked value, so it is not lost with the old markup.
    Effect::new(move |_| {
        state.painted.track();
        let Some(x) = refocus.get_untracked() else {
            return;
        };
        refocus.set(None);
        let j = data.with_untracked(|d| d.as_ref().map_or(0, |d| nearest(&d.picks, x)));
        go_to(j);
    });
    let show = move |ev: web_sys::Event| {
        if let Some(i) = index(&ev) {
            active.set(Some(i));
        }
    };

    // The points' positions (per cent of the plot, `data-x`/`data-y` in the
    // markup) are set through the CSSOM: a strict CSP blocks `style`
    // attributes in markup but not `element.style`. After the frame, so the
    // new markup is in place.
    let plot = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        data.track();
        request_animation_frame(move || {
            if let Some(plot) = plot.get_untracked() {
                place_points(&plot);
            }
        });
    });

    // The table alternative outlives redraws of the drawing, so a new
    // number rewrites its cells in place; hidden while there is no chart.
    let table = Memo::new(move |_| data.with(|d| d.as_ref().map(|d| d.table.clone())));

    let render = move |d: ChartData| {
        let ChartData {
            drawing,
            axes: [left, right, bottom],
            summary,
            points,
            active: first,
            ..
        } = d;
        view! {
            <p class="chart-axes"><span>{left}</span><span>{right}</span></p>
            <div
                class="plot"
                node_ref=plot
                inner_html=drawing.plot_html(id, pattern, &points, first)
                on:keydown=on_key
                on:pointerdown=on_pointer
                on:click=on_click
                on:focusin=move |ev| show(ev.into())
                on:mouseover=move |ev| show(ev.into())
            ></div>
            <p class="chart-x">{bottom}</p>
            <p class="readout" id=format!("{id}-readout") data-testid=format!("{id}-readout")>
                {move || {
                    let i = current();
                    data.with(|d| d.as_ref().and_then(|d| d.points.get(i).cloned()))
                }}
            </p>
            {use_shown}
            <p class="chart-summary" id=format!("{id}-desc") data-testid=format!("{id}-summary")>{summary}</p>
        }
    };

    view! {
        <section class="card chart" aria-labelledby=heading_id.clone() data-testid=id>
            <h2 id=heading_id.clone()>{trb(heading)}</h2>
            <p class="hint" id=hint_id>{trb(hint)}</p>
            <ul class="legend">
                {legend
                    .iter()
                    .map(|&(class, d, pick)| {
                        view! {
                            <li>
                                <svg viewBox="0 0 24 12" aria-hidden="true" focusable="false"><path class=class d=d/></svg>
                                {trb(pick)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <div class="chart-frame" node_ref=frame>
                {move || match (width.get(), data.get()) {
                    (_, Some(d)) => render(d).into_any(),
                    // Not measured yet: drawn in a moment.
                    (None, None) => ().into_any(),
                    (Some(_), None) => view! { <p class="unavailable">{trb(|t| t.invalid_results)}</p> }.into_any(),
                }}
                <details hidden=move || table.with(Option::is_none)>
                    <summary>{trb(|t| t.chart_show_table)}</summary>
                    <DataTable table=table/>
                </details>
            </div>
        </section>
    }
}

/// Each table row in words, for the point it belongs to: `template` gets the
/// row header as `{0}` and the cells as `{1}`, `{2}`, ….
pub fn readouts(template: &str, table: &TableData) -> Vec<String> {
    table
        .rows
        .iter()
        .map(|r| {
            let mut args = vec![r.header.clone()];
            args.extend(r.cells.iter().map(|c| c.text.clone()));
            fill(template, &args)
        })
        .collect()
}

/// The index of the value closest to `x` (0 for an empty list).
fn nearest(values: &[f64], x: f64) -> usize {
    values
        .iter()
        .enumerate()
        .min_by(|a, b| (a.1 - x).abs().total_cmp(&(b.1 - x).abs()))
        .map_or(0, |(i, _)| i)
}

/// Keeps `width` at the element's width (CSS px) for as long as it lives;
/// dropped with the chart, it stops observing first, so the observer never
/// calls a dropped closure.
struct WidthObserver {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl WidthObserver {
    fn new(el: web_sys::HtmlDivElement, width: RwSignal<Option<f64>>) -> Option<WidthObserver> {
        let target = el.clone();
        let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            // Inside the observer's callback layout is fresh: no forced layout.
            let w = f64::from(target.client_width());
            if w > 0.0 && width.try_get_untracked().is_some_and(|old| old != Some(w)) {
                width.try_set(Some(w));
            }
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(&el);
        Some(WidthObserver {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for WidthObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Moves each point button to its `data-x`/`data-y` (per cent).
fn place_points(plot: &web_sys::HtmlElement) {
    let Ok(points) = plot.query_selector_all(".point") else {
        return;
    };
    for i in 0..points.length() {
        let Some(el) = points
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let style = el.style();
        for (attr, prop) in [("data-x", "left"), ("data-y", "top")] {
            if let Some(v) = el.get_attribute(attr) {
                let _ = style.set_property(prop, &format!("{v}%"));
            }
        }
    }
}
