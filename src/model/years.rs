//! The budget years the calculator works with: the limits of the year
//! fields and the first budget year the page starts from. Kept apart so the
//! field checks ([`super::input`]), the budget and the benefit defaults read
//! the same years without importing each other.

/// Fewest and most years a budget can span.
pub const MIN_YEARS: u32 = 1;
pub const MAX_YEARS: u32 = 10;
/// Earliest and latest start year accepted.
pub const MIN_START_YEAR: i32 = 2000;
pub const MAX_START_YEAR: i32 = 2100;

/// Default first budget year: the next budget year at the time of writing
/// (budgets for 2027 are adopted in autumn 2026). Editable in the page.
pub const DEFAULT_START_YEAR: i32 = 2027;
