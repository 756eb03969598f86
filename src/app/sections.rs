//! The sections below the first screen, in the `below` chunk: the budget,
//! DS's norms, goal seeking, per-group results, the charts, the explanation,
//! the comparison, sharing, export, embedding and the print summary.

pub mod budget_section;
pub mod budget_table;
pub mod copy_dialog;
pub mod cost_chart;
pub mod displacement_table;
pub mod ds_section;
pub mod embed_options;
pub mod explanation;
pub mod export_bar;
pub mod full_page_link;
pub mod goal_panel;
pub mod group_results_table;
pub mod payback_chart;
pub mod price_factors;
pub mod print_summary;
pub mod scenario_compare;
pub mod sensitivity_table;
pub mod share_bar;
