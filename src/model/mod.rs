//! The calculator's pure model: every number the page shows is computed here.
//!
//! Nothing in this module touches the browser or the UI framework, so all of it
//! is tested natively with plain `cargo test` (table-driven cases, the seeds'
//! published figures and property tests). The UI only reads text from inputs,
//! hands it to [`form::Form::evaluate`], and renders what comes back.

pub mod benefit;
pub mod budget;
pub mod calc;
pub mod chart;
pub mod colour;
pub mod compare;
pub mod ds;
pub mod embed;
pub mod explain;
pub mod export;
pub mod form;
pub mod goal;
pub mod input;
pub mod key_figure;
pub mod kind;
pub mod lang;
pub mod markup;
pub mod number;
pub mod plausible;
pub mod preset;
pub mod price;
pub mod printed;
pub mod rates;
pub mod record;
pub mod scenario;
pub mod sensitivity;
pub mod shown;
pub mod start;
#[cfg(test)]
pub(crate) mod test_support;
pub mod url;
pub mod years;

pub use calc::{compute, BreakEven, Change, Cut, GroupResult, Results};
pub use form::{EffectUnit, Evaluation, FieldId, Form, GroupForm, Plan, Switch};
pub use input::{FieldKind, InputError};
pub use kind::BenefitKind;
pub use lang::Lang;
pub use scenario::{Group, Scenario};
