//! Saving generated text as a file: a `Blob`, an object URL and a click on
//! a temporary `<a download>`. Nothing leaves the browser.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Offers `content` as the file `file_name` of type `mime` (with its
/// charset, e.g. `text/csv;charset=utf-8`).
pub fn download(file_name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = document()
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(file_name);
        a.click();
    }
    // The browser has read the blob once the download has started.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(10),
    );
}
