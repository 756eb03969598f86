//! The Leptos floor: four number inputs, a signal each, a few memos and one
//! computed output, the least a calculator like the page needs from the
//! framework. Integer arithmetic, as the page keeps Rust's float printing
//! out of its wasm (docs/size.md), so the floor does not carry it either.

use leptos::prelude::*;

/// A whole number from an input's text; `None` when it is not one.
fn whole(text: &str) -> Option<u64> {
    text.trim().parse().ok()
}

#[component]
fn Field(label: &'static str, value: RwSignal<String>) -> impl IntoView {
    view! {
        <label>
            {label}
            <input
                type="number"
                inputmode="numeric"
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </label>
    }
}

#[component]
fn App() -> impl IntoView {
    let citizens = RwSignal::new("1000".to_string());
    let caseload_now = RwSignal::new("100".to_string());
    let caseload_new = RwSignal::new("75".to_string());
    let salary = RwSignal::new("500000".to_string());

    // Staff for a caseload, in hundredths of a staff year (rounded up).
    let staff = |citizens: u64, caseload: u64| (citizens * 100).div_ceil(caseload);
    let extra = Memo::new(move |_| {
        let c = whole(&citizens.get())?;
        let now = whole(&caseload_now.get()).filter(|&n| n > 0)?;
        let new = whole(&caseload_new.get()).filter(|&n| n > 0)?;
        Some(staff(c, new).saturating_sub(staff(c, now)))
    });
    let cost = Memo::new(move |_| Some(extra.get()? * whole(&salary.get())? / 100));

    view! {
        <main>
            <h1>"Leptos floor"</h1>
            <Field label="Borgere" value=citizens />
            <Field label="Sagsstamme i dag" value=caseload_now />
            <Field label="Ny sagsstamme" value=caseload_new />
            <Field label="Årsløn" value=salary />
            <output data-testid="annual-cost">
                {move || match cost.get() {
                    Some(kr) => format!("{kr} kr. om året"),
                    None => "Udfyld felterne".to_string(),
                }}
            </output>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}
