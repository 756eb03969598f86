//! Saving generated text as a file: a `Blob`, an object URL and a click on
//! a temporary `<a download>`. Nothing leaves the browser.
//!
//! The blob and its URL are `gloo-file`'s: the URL is revoked when its
//! last handle is dropped, so it cannot be leaked by a forgotten call.

use std::time::Duration;

use gloo_file::{Blob, ObjectUrl};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Offers `content` as the file `file_name` of type `mime` (with its
/// charset, e.g. `text/csv;charset=utf-8`).
pub fn download(file_name: &str, mime: &str, content: &str) {
    let url = ObjectUrl::from(Blob::new_with_options(content, Some(mime)));
    if let Some(a) = document()
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(file_name);
        a.click();
    }
    // The browser has read the blob once the download has started; the URL
    // is revoked when the timeout drops it.
    set_timeout(move || drop(url), Duration::from_secs(10));
}
