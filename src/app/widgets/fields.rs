//! A row of labelled number fields, given as data (field and label): the
//! budget's years, a realism switch's fields and the goal panel's settings
//! all draw their fields through this one component.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::app::text::PickB;
use crate::app::widgets::number_field::NumberField;
use crate::model::FieldId;

/// A row of labelled number fields given as data.
#[component]
pub fn Fields(fields: &'static [(FieldId, PickB)]) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="field-row">
            {fields
                .iter()
                .map(|&(field, pick)| {
                    let label = Signal::derive(move || pick(state.lang.get().tb()).to_owned());
                    view! { <NumberField field=field label=label/> }
                })
                .collect_view()}
        </div>
    }
}
