//! The browser glue with no view of its own: the scenario in the URL, in
//! storage and in files, the history, the clipboard and downloads, and the
//! messages to an embedding page. Effects and event sources only.

pub mod browser_sync;
pub mod clipboard;
pub mod compare_store;
pub mod download;
pub mod embed_sync;
pub mod focus;
pub mod history;
pub mod js_read;
pub mod number;
pub mod other_tabs;
pub mod persist;
