//! Numbers printed by the browser: the machine-readable values the page
//! writes (`data-value`, stored scenarios) use JavaScript's own number
//! printing, so the wasm carries no float printer of its own.

use crate::model::number::expand_exponent;

/// The unrounded number as plain decimal text, printed by the browser's own
/// `Number#toString` (shortest digits that read back exactly), so the wasm
/// carries no float printer of its own.
pub fn plain_js(value: f64) -> String {
    let js: String = js_sys::Number::from(value)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default();
    expand_exponent(&js)
}
