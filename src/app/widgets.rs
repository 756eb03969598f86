//! Building blocks the sections share: a chart, a data table, a key figure,
//! a number field and a row of them, a choice, a realism switch, the scroll
//! cue of a wide table and the copy dialog.

pub mod chart;
pub mod choice;
pub mod data_table;
pub mod fields;
pub mod figure;
pub mod number_field;
pub mod table_hint;
pub mod toggle;
