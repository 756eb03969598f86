//! Component tests in headless Chromium (wasm-bindgen-test): mount the page,
//! type into fields, and check what it renders.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use sagsstamme::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app on a fresh element with the given query string, after a
/// copy of `index.html`'s static header, which the app keeps as its own.
fn mount(search: &str) -> HtmlElement {
    let doc = document();
    let root: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&root).unwrap();
    let page = include_str!("../index.html");
    let header = &page[page.find("<header").unwrap()..page.find("</header>").unwrap()];
    root.set_inner_html(&format!("{header}</header>"));
    let shell = root.first_element_child().unwrap();
    // One page per test, but all in one document: no repeated id.
    shell.remove_attribute("id").unwrap();
    let search = search.to_owned();
    leptos::mount::mount_to(
        root.clone(),
        move || view! { <App search=search shell=shell/> },
    )
    .forget();
    root
}

/// Mounts the app and waits until every section is on the page: the ones
/// below the results are added one per task after the first render, and
/// their wrapper is `aria-busy` until then.
async fn mount_ready(search: &str) -> HtmlElement {
    let root = mount(search);
    for _ in 0..200 {
        tick().await;
        if root
            .query_selector(".below:not([aria-busy])")
            .unwrap()
            .is_some()
        {
            return root;
        }
        next_task().await;
    }
    panic!("the page never finished adding its sections");
}

/// Waits until a change has reached every section: the figures at once,
/// the tables, charts and explanation after the next paint
/// (`AppState::painted`: an animation frame, then a task).
async fn settle() {
    tick().await;
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    next_task().await;
    next_task().await;
    tick().await;
}

/// Resolves in a later task (a zero timeout), after the page's own.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn find(root: &HtmlElement, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

fn data_value(root: &HtmlElement, testid: &str) -> Option<f64> {
    find(root, &format!("[data-testid='{testid}']"))
        .get_attribute("data-value")
        .map(|v| v.parse().unwrap())
}

fn text(root: &HtmlElement, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

async fn type_into(root: &HtmlElement, selector: &str, value: &str) {
    let input: HtmlInputElement = find(root, selector).unchecked_into();
    input.set_value(value);
    let event = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
    settle().await;
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

/// The default cost per staff year: DS's salary 482,946 kr. (2022) plus
/// 20 % overhead, with the wage index to 2027 (2023 2.0 %, 2024 5.2 %,
/// 2025 3.2 %, 2026–27 3.2 % assumed).
const DEFAULT_COST: f64 = 482_946.0 * 1.2 * 1.02 * 1.052 * 1.032 * 1.032 * 1.032;

#[wasm_bindgen_test]
async fn default_page_shows_results_for_the_default_group() {
    let root = mount_ready("").await;
    // 1,000 citizens, 70 → 50: 20 − 14.2857 = 5.714 staff years at
    // 683,494 kr. (2027 p/l).
    let extra = data_value(&root, "extra-staff-years").unwrap();
    assert!(close(extra, 1000.0 / 50.0 - 1000.0 / 70.0), "{extra}");
    assert!(close(
        data_value(&root, "annual-cost").unwrap(),
        extra * DEFAULT_COST
    ));
    assert!(text(&root, "[data-testid='annual-cost']").contains("3.905.681 kr."));
    assert!(data_value(&root, "break-even-months").unwrap() > 0.0);
}

#[wasm_bindgen_test]
async fn url_example_computes_the_documented_figures() {
    let root =
        mount_ready("?headcount=5000&current=70&target=50&cost=396900&benefit_month=15774").await;
    assert!(close(
        data_value(&root, "extra-staff-years").unwrap(),
        200.0 / 7.0
    ));
    assert!(close(
        data_value(&root, "annual-cost").unwrap(),
        11_340_000.0
    ));
    assert!(close(
        data_value(&root, "break-even-months").unwrap(),
        11_340_000.0 / 15_774.0
    ));
    assert!(text(&root, "[data-testid='annual-cost']").contains("11.340.000 kr."));
    assert!(text(&root, "[data-testid='benefit-other']").contains("15.774 kr."));
}

#[wasm_bindgen_test]
async fn typing_updates_results_and_accepts_danish_numbers() {
    let root = mount_ready("").await;
    type_into(&root, "#field-headcount-1", "1.234,5").await;
    let extra = data_value(&root, "extra-staff-years").unwrap();
    assert!(close(extra, 1234.5 / 50.0 - 1234.5 / 70.0), "{extra}");
}

#[wasm_bindgen_test]
async fn invalid_input_is_kept_explained_and_removes_the_results() {
    let root = mount_ready("").await;
    type_into(&root, "#field-current-1", "52.5").await;
    let input: HtmlInputElement = find(&root, "#field-current-1").unchecked_into();
    assert_eq!(input.value(), "52.5", "typed text is kept");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(text(&root, "#field-current-1-error").contains("komma"));
    for id in ["extra-staff-years", "annual-cost", "break-even-months"] {
        assert_eq!(data_value(&root, id), None, "{id}");
        assert!(text(&root, &format!("[data-testid='{id}']")).contains("Kan ikke beregnes"));
    }
    assert!(text(&root, "[data-testid='error-summary']").contains("Sagsstamme i dag"));
    type_into(&root, "#field-current-1", "0").await;
    assert!(text(&root, "#field-current-1-error").contains("mellem 1 og 1.000"));
    type_into(&root, "#field-current-1", "52,5").await;
    assert!(data_value(&root, "annual-cost").is_some());
}

#[wasm_bindgen_test]
async fn a_higher_target_is_named_a_cut_with_no_break_even_needed() {
    let root = mount_ready("?current=50&target=70").await;
    assert!(data_value(&root, "annual-cost").unwrap() < 0.0);
    assert_eq!(data_value(&root, "break-even-months"), Some(0.0));
    let headline = text(&root, "[data-testid='headline']");
    assert!(
        headline.contains("nedskæring") && headline.contains("fra 50 til 70"),
        "{headline}"
    );
}

#[wasm_bindgen_test]
async fn english_formats_numbers_and_reads_english_input() {
    let root = mount_ready("?lang=en&headcount=5000&cost=396900").await;
    assert_eq!(
        find(&root, "#field-cost")
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "396,900"
    );
    assert!(text(&root, "h1").contains("Caseload calculator"));
    type_into(&root, "#field-headcount-1", "1,234.5").await;
    assert!(close(
        data_value(&root, "extra-staff-years").unwrap(),
        1234.5 / 50.0 - 1234.5 / 70.0
    ));
}

#[wasm_bindgen_test]
async fn language_switch_rewrites_numbers_and_text() {
    let root = mount_ready("").await;
    find(&root, "[data-testid='lang-switch']").click();
    settle().await;
    assert!(text(&root, "h1").contains("Caseload calculator"));
    assert_eq!(
        find(&root, "#field-cost")
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "482,946"
    );
    assert!(text(&root, "[data-testid='annual-cost']").starts_with("DKK "));
    // The header is index.html's static one, kept by the app: its texts
    // follow the language too.
    assert!(text(&root, ".intro").starts_with("What does a lower caseload"));
    assert_eq!(text(&root, ".skip-link"), "Skip to the results");
    find(&root, "[data-testid='lang-switch']").click();
    settle().await;
    assert_eq!(text(&root, "h1"), "Sagsstamme-beregneren");
    assert!(text(&root, ".intro").starts_with("Hvad koster en lavere sagsstamme"));
    assert_eq!(
        find(&root, "#field-cost")
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "482.946"
    );
}

#[wasm_bindgen_test]
async fn bi08_preset_loads_four_groups_and_the_published_cost() {
    let root = mount_ready("").await;
    find(&root, "[data-testid='preset-kk-bi08-2023']").click();
    settle().await;
    assert_eq!(
        root.query_selector_all("[data-testid='group']")
            .unwrap()
            .length(),
        4
    );
    assert!((data_value(&root, "annual-cost").unwrap() - 11_340_000.0).abs() < 1.0);
    assert!(text(&root, "[data-testid='preset-published']").contains("11,34 mio. kr."));
    assert!(text(&root, "[data-testid='preset-computed']").contains("11,34 mio. kr."));
    // The per-group table has a row per group plus the total.
    assert_eq!(
        root.query_selector_all("[data-testid='per-group'] tbody tr")
            .unwrap()
            .length(),
        5
    );
}

#[wasm_bindgen_test]
async fn groups_can_be_added_and_removed_down_to_one() {
    let root = mount_ready("").await;
    assert!(root
        .query_selector("[data-testid='remove-group']")
        .unwrap()
        .is_none());
    find(&root, "[data-testid='add-group']").click();
    settle().await;
    assert_eq!(
        root.query_selector_all("[data-testid='group']")
            .unwrap()
            .length(),
        2
    );
    // The new row needs a headcount before anything is computed.
    assert_eq!(data_value(&root, "annual-cost"), None);
    type_into(&root, "#field-headcount-2", "500").await;
    let two = data_value(&root, "extra-staff-years").unwrap();
    assert!(close(two, 1500.0 / 50.0 - 1500.0 / 70.0), "{two}");
    find(&root, "[data-testid='remove-group']").click();
    settle().await;
    assert_eq!(
        root.query_selector_all("[data-testid='group']")
            .unwrap()
            .length(),
        1
    );
    assert!(root
        .query_selector("[data-testid='remove-group']")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn bad_url_values_are_reported_and_the_rest_loads() {
    let root = mount_ready("?headcount=abc&current=0&target=45&lang=fr").await;
    let notices = text(&root, "[data-testid='url-notices']");
    for key in ["headcount=abc", "current=0", "lang=fr"] {
        assert!(notices.contains(key), "{notices}");
    }
    assert_eq!(
        find(&root, "#field-target-1")
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "45"
    );
    assert!(data_value(&root, "annual-cost").is_some());
    let body = root.inner_text();
    for bad in ["NaN", "Infinity", "undefined"] {
        assert!(!body.contains(bad), "{bad} on the page");
    }
}

#[wasm_bindgen_test]
async fn html_in_the_url_is_shown_as_text() {
    let root = mount_ready("?headcount=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E").await;
    assert!(root
        .query_selector("[data-testid='url-notices'] img")
        .unwrap()
        .is_none());
    assert!(text(&root, "[data-testid='url-notices']").contains("<img"));
}

fn cell(root: &HtmlElement, row: &str, index: u32) -> f64 {
    let cells = root
        .query_selector_all(&format!("[data-testid='budget-{row}'] td[data-value]"))
        .unwrap();
    let td: web_sys::Element = cells.item(index).unwrap().unchecked_into();
    td.get_attribute("data-value").unwrap().parse().unwrap()
}

#[wasm_bindgen_test]
async fn bi08_budget_table_matches_the_seed_table() {
    let root = mount_ready("?preset=kk-bi08-2023").await;
    let caption = text(&root, "[data-testid='budget-table'] caption");
    assert!(caption.contains("1.000 kr., 2023 p/l"), "{caption}");
    // The first header is the corner over the row headers.
    let years: Vec<String> = (1..5)
        .map(|i| {
            let th: web_sys::Element = root
                .query_selector_all("[data-testid='budget-table'] thead th")
                .unwrap()
                .item(i)
                .unwrap()
                .unchecked_into();
            th.text_content().unwrap()
        })
        .collect();
    assert_eq!(years, ["2023", "2024", "2025", "2026"]);
    // 11.340 a year, 45.360 in all ("I alt" is the fifth cell).
    assert!((cell(&root, "cost", 0) - 11_340_000.0).abs() < 1.0);
    assert!((cell(&root, "cost", 4) - 45_360_000.0).abs() < 1.0);
    assert!(text(&root, "[data-testid='budget-cost']").contains("45.360"));
    assert!(text(&root, "[data-testid='payback']").contains("Ingen forventet effekt"));
}

#[wasm_bindgen_test]
async fn an_expected_effect_gives_savings_and_a_payback_year() {
    // 100 citizens, 50 → 25: 2 extra staff years × 400,000 = 800,000 kr.
    // 15,000 kr. a month, 0.6 months per citizen: 100 × 0.6 × 15,000 =
    // 900,000 kr. saved a year → net −100,000 from the first year.
    let root =
        mount_ready("?headcount=100&current=50&target=25&cost=400000&benefit_month=15000").await;
    type_into(&root, "#field-effect-1", "0,6").await;
    assert!((cell(&root, "savings", 0) + 900_000.0).abs() < 1.0);
    assert!((cell(&root, "net", 0) + 100_000.0).abs() < 1.0);
    assert!(text(&root, "[data-testid='payback']").contains(&format!("tjent hjem i {}", 2027)));
    // Stated as a % instead: 0.6 months = 5 %, the same expectation.
    let unit: web_sys::HtmlSelectElement =
        find(&root, "[data-testid='effect-unit']").unchecked_into();
    unit.set_value("percent");
    unit.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    let effect: HtmlInputElement = find(&root, "#field-effect-1").unchecked_into();
    assert_eq!(effect.value(), "5");
    assert!((cell(&root, "savings", 0) + 900_000.0).abs() < 1.0);
}

#[wasm_bindgen_test]
async fn hiring_realism_halves_the_first_year() {
    let root = mount_ready("?headcount=100&current=50&target=25&cost=400000").await;
    assert!((cell(&root, "cost", 0) - 800_000.0).abs() < 1.0);
    let hiring: HtmlInputElement = find(&root, "#switch-hiring").unchecked_into();
    hiring.click();
    settle().await;
    assert!((cell(&root, "cost", 0) - 400_000.0).abs() < 1.0);
    assert!((cell(&root, "cost", 1) - 800_000.0).abs() < 1.0);
    // Its share field appears and is validated while the switch is on.
    type_into(&root, "#field-hiring", "150").await;
    assert!(text(&root, "#field-hiring-error").contains("mellem 0 og 100"));
    assert_eq!(data_value(&root, "annual-cost"), None);
}

#[wasm_bindgen_test]
async fn ds_table_places_bi08_above_the_sygedagpenge_range_and_prices_the_norm() {
    let root = mount_ready("?preset=kk-bi08-2023").await;
    let first = text(&root, "[data-testid='ds-table'] tbody tr");
    assert!(
        first.contains("25–45") && first.contains("70 (over)") && first.contains("50 (over)"),
        "{first}"
    );
    // 1,400 citizens from 70 to 45: 11.11 staff years × 396,900 kr.
    let top: f64 = find(&root, "[data-testid='ds-table'] tbody tr td[data-value]")
        .get_attribute("data-value")
        .unwrap()
        .parse()
        .unwrap();
    assert!((top - 4_410_000.0).abs() < 1.0, "{top}");
    assert!(text(&root, "[data-testid='ds-total']").contains("15.750.000"));
    // A hand-picked area changes the comparison.
    let area: web_sys::HtmlSelectElement = find(&root, "[data-testid='ds-area']").unchecked_into();
    area.set_value("fleksjob");
    area.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert!(text(&root, "[data-testid='ds-table'] tbody tr").contains("25–50"));
}

#[wasm_bindgen_test]
async fn goal_seeking_answers_the_budget_meeting_questions_for_bi08() {
    let root = mount_ready("?preset=kk-bi08-2023").await;
    // Nothing asked, nothing answered.
    assert!(root
        .query_selector("[data-testid='goal-budget-answer']")
        .unwrap()
        .is_none());
    // BI08's own budget buys BI08's own caseload: 70 → 50 in every group.
    type_into(&root, "#field-goal-budget", "11.340.000").await;
    let answer = text(&root, "[data-testid='goal-budget-answer']");
    assert_eq!(answer.matches("70,0 → 50,0").count(), 4, "{answer}");
    // Half the budget: the caseloads land between 50 and 70 and can be applied.
    type_into(&root, "#field-goal-budget", "5.670.000").await;
    let half = text(&root, "[data-testid='goal-budget-answer']");
    assert_eq!(half.matches("70,0 → 58,3").count(), 4, "{half}");
    find(&root, "[data-testid='apply-targets']").click();
    settle().await;
    settle().await;
    let targets = root
        .query_selector_all("input[id^='field-target-']")
        .unwrap();
    let values: Vec<String> = (0..targets.length())
        .map(|i| {
            targets
                .item(i)
                .unwrap()
                .unchecked_into::<HtmlInputElement>()
                .value()
        })
        .collect();
    assert_eq!(
        values,
        ["58,3"; 4],
        "5.000 / (5.000/70 + 14,29) = 58,3; cost {:?}",
        data_value(&root, "annual-cost")
    );
    // The published cost implies the cost per staff year, judged plausible.
    type_into(&root, "#field-goal-budget", "").await;
    find(&root, "[data-testid='preset-kk-bi08-2023']").click();
    settle().await;
    type_into(&root, "#field-goal-published", "11.340.000").await;
    let check = text(&root, "[data-testid='goal-published-answer']");
    // Checked against DS's salary plus 20 % overhead at BI08's 2023 p/l.
    assert!(
        check.contains("396.900 kr. pr. årsværk") && check.contains("mere end 15 % under"),
        "{check}"
    );
    // Ten extra staff years lower the caseload of all 5,000 citizens:
    // 5.000 / (5.000/70 + 10) = 61,4; the target 50 takes 28,6.
    type_into(&root, "#field-goal-staff", "10").await;
    let staff = text(&root, "[data-testid='goal-staff-answer']");
    assert!(
        staff.contains("alle 5.000 borgere")
            && staff.contains("61,4 sager i stedet for 70")
            && staff.contains("28,6 ekstra årsværk"),
        "{staff}"
    );
    // A bad answer field shows its own error and leaves the results alone.
    type_into(&root, "#field-goal-staff", "mange").await;
    assert!(text(&root, "#field-goal-staff-error").contains("Skriv et tal"));
    assert!(data_value(&root, "annual-cost").is_some());
}

#[wasm_bindgen_test]
async fn catalogue_rates_and_the_reimbursement_ladder_fill_in_the_benefit() {
    let root = mount_ready("").await;
    let select = |id: &str| -> web_sys::HtmlSelectElement {
        find(&root, &format!("#{id}")).unchecked_into()
    };
    // The default rate is projected to 2027, so it is no catalogue figure
    // ("own rate"); the share is recognised: from week 53.
    assert_eq!(select("rate-source-sygedagpenge").value(), "");
    assert_eq!(select("duration-sygedagpenge").value(), "53-");
    // Pick the 2023 rate and weeks 5–26: 19.716,67 kr. at 40 % → 11.830 kr. net.
    let rate = select("rate-source-sygedagpenge");
    rate.set_value("sdp-2023");
    rate.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    let duration = select("duration-sygedagpenge");
    duration.set_value("5-26");
    duration
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    settle().await;
    assert_eq!(
        find(&root, "#field-rate-sygedagpenge")
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "19.716,67"
    );
    assert_eq!(
        find(&root, "#field-reimbursement-sygedagpenge")
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "40"
    );
    assert!(text(
        &root,
        "[data-testid='benefit-sygedagpenge'] [data-testid='net-per-month']"
    )
    .contains("11.830 kr."));
    // A share typed by hand shows as "own share".
    type_into(&root, "#field-reimbursement-sygedagpenge", "25").await;
    assert_eq!(select("duration-sygedagpenge").value(), "");
}

/// The unrounded value of the last number cell in a per-group row.
fn own_break_even(root: &HtmlElement, row: &str) -> f64 {
    let cells = root
        .query_selector_all(&format!("[data-testid='{row}'] td[data-value]"))
        .unwrap();
    let td: web_sys::Element = cells.item(cells.length() - 1).unwrap().unchecked_into();
    td.get_attribute("data-value").unwrap().parse().unwrap()
}

#[wasm_bindgen_test]
async fn each_group_has_its_own_break_even_next_to_the_common_one() {
    let root = mount_ready("").await;
    find(&root, "[data-testid='add-group']").click();
    settle().await;
    type_into(&root, "#field-headcount-2", "500").await;
    let benefit: web_sys::HtmlSelectElement = find(&root, "#group-benefit-2").unchecked_into();
    benefit.set_value("kontanthjaelp");
    benefit
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    // Group 1: 3,905,681 kr. / (12 × 1,000 × 18,097.85 kr.) × 12 months
    // (the 2027 defaults: 22,622.31 and 13,414.38 kr. with 20 %).
    let cost1 = (1000.0 / 50.0 - 1000.0 / 70.0) * DEFAULT_COST;
    let cost2 = (500.0 / 50.0 - 500.0 / 70.0) * DEFAULT_COST;
    let (syg, kth) = (22_622.31 * 0.8, 13_414.38 * 0.8);
    let own1 = cost1 / (12.0 * 1000.0 * syg) * 12.0;
    let own2 = cost2 / (12.0 * 500.0 * kth) * 12.0;
    let common = (cost1 + cost2) / (12.0 * (1000.0 * syg + 500.0 * kth)) * 12.0;
    assert!(close(own_break_even(&root, "group-1"), own1), "{own1}");
    assert!(close(own_break_even(&root, "group-2"), own2), "{own2}");
    assert!(close(own_break_even(&root, "total"), common), "{common}");
    assert!(own2 > common && common > own1);
}

#[wasm_bindgen_test]
async fn tables_follow_edits_new_groups_and_the_language_in_the_same_rows() {
    use sagsstamme::i18n::{DA_BELOW, EN_BELOW};
    let root = mount_ready("").await;
    let row = |key: &str| {
        find(
            &root,
            &format!("[data-testid='per-group'] [data-testid='{key}']"),
        )
    };
    let staff_now = |key: &str| row(key).query_selector("td").unwrap().unwrap();
    let (group, total, cell) = (row("group-1"), row("total"), staff_now("group-1"));
    assert_eq!(cell.text_content().unwrap(), "14,3");

    // A new headcount: new numbers in the same elements.
    type_into(&root, "#field-headcount-1", "2000").await;
    let after = staff_now("group-1");
    assert_eq!(after.text_content().unwrap(), "28,6");
    let value: f64 = after.get_attribute("data-value").unwrap().parse().unwrap();
    assert!(close(value, 2000.0 / 70.0), "{value}");
    assert!(after.is_same_node(Some(&cell)));
    assert!(row("group-1").is_same_node(Some(&group)));
    assert!(row("total").is_same_node(Some(&total)));

    // Another group: a row more.
    find(&root, "[data-testid='add-group']").click();
    settle().await;
    type_into(&root, "#field-headcount-2", "500").await;
    let rows = |root: &HtmlElement| {
        root.query_selector_all("[data-testid='per-group'] tbody tr")
            .unwrap()
            .length()
    };
    assert_eq!(rows(&root), 3);
    assert_eq!(staff_now("group-2").text_content().unwrap(), "7,1");

    // The other language: caption and column headers in it.
    let caption = "[data-testid='per-group'] caption";
    let header = "[data-testid='per-group'] thead th:nth-child(2)";
    assert_eq!(text(&root, caption), DA_BELOW.per_group_caption);
    assert_eq!(text(&root, header), DA_BELOW.col_staff_now);
    find(&root, "[data-testid='lang-switch']").click();
    settle().await;
    assert_eq!(text(&root, caption), EN_BELOW.per_group_caption);
    assert_eq!(text(&root, header), EN_BELOW.col_staff_now);
    assert_eq!(staff_now("group-1").text_content().unwrap(), "28.6");
    assert_eq!(rows(&root), 3);
}
