//! Chart geometry and the two charts' series, as plain data: linear scales,
//! "nice" ticks, SVG paths, and what the cost and payback charts draw.
//!
//! The page draws its own SVG (no chart library), so everything that can go
//! wrong with numbers happens here, where it is tested natively: an empty
//! range, a single point, amounts of 10^17 kr. or 10^-300, negative values.
//! Every function accepts any `f64` and returns finite numbers.
//!
//! Coordinates are pixels of a drawing `width` × [`geometry::HEIGHT`] (the SVG's
//! `viewBox`, measured from the page so that 1 unit is 1 CSS pixel and the
//! text stays readable at 320 px). They are rounded to tenths of a pixel and
//! kept as integers, so the `d` strings are written with integer arithmetic:
//! Rust's float printing would add 18 KB to the page.
//!
//! [`geometry`] is the drawing whatever it shows; [`cost`] and [`payback`]
//! are the two charts' series and drawings.

pub mod cost;
pub mod geometry;
pub mod payback;

#[cfg(test)]
mod tests;
