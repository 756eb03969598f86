//! In embed mode, a link to the same scenario on the full page (with its
//! explanations, export and print), opened in a new window.

use leptos::prelude::*;

use crate::app::text::tr;
use crate::model::embed::full_page_search;
use crate::model::url::codec::parse_search;

#[component]
pub fn FullPageLink() -> impl IntoView {
    let location = window().location();
    let href = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        full_page_search(&parse_search(&location.search().unwrap_or_default()))
    );
    view! {
        <footer class="full-page-link">
            <a href=href target="_blank" rel="noopener" data-testid="full-page-link">
                {tr(|t| t.embed_full_page)}
            </a>
        </footer>
    }
}
