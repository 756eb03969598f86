//! Sagsstamme-beregneren: what a lower caseload in a Danish job centre costs
//! and what it must achieve to pay for itself.
//!
//! [`model`] is pure Rust and owns every number; [`i18n`] holds every UI
//! string in Danish and English; [`app`] is the Leptos page.

pub mod app;
pub mod i18n;
pub mod model;
