//! What the first screen draws, in the start module: the header and language
//! switch, the notices at the top, the examples, the inputs and the results
//! (with the phone's summary bar).

pub mod benefit_table;
pub mod error_summary;
pub mod group_row;
pub mod language_switch;
pub mod other_tab_notice;
pub mod page_header;
pub mod results_panel;
pub mod saved_notice;
pub mod staff_cost;
pub mod summary_bar;
pub mod target_groups;
pub mod url_notices;
