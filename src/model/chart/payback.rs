//! Chart 2: the multi-year net effect, year by year and cumulated.

use super::geometry::*;
use crate::model::budget::Budget;
use crate::model::lang::Lang;

/// Words the payback chart writes on itself.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PaybackWords {
    pub payback: &'static str,
}

/// Draws the budget year by year: the staff cost as a bar up, the benefit
/// savings as a hatched bar down, the cumulative net effect as a dashed line
/// with a point per year, and the payback year marked.
pub fn payback_drawing(b: &Budget, width: f64, lang: Lang, words: &PaybackWords) -> Drawing {
    let f = Frame::new(width, false);
    let (lo, hi) = extent_with_zero(
        b.rows
            .iter()
            .flat_map(|r| [r.cost, r.savings, r.cumulative]),
    );
    let mut d = f.drawing(Magnitude::for_amounts(lo.abs().max(hi.abs())));
    let y = d.amount_axis(&f, lo, hi, lang);
    let n = b.rows.len().max(1) as f64;
    let slot = (f.x1 - f.x0) / n;
    let bar = (slot * 0.3).min(28.0);
    // Label every year while they fit, else every 2nd, 3rd, ….
    let every = (44.0 / slot).ceil().max(1.0) as usize;
    let zero = y.map(0.0);
    let (mut cost, mut save) = (Path::default(), Path::default());
    let mut line = Vec::with_capacity(b.rows.len());
    for (i, r) in b.rows.iter().enumerate() {
        let cx = f.x0 + (i as f64 + 0.5) * slot;
        if tenths(y.map(r.cost)) != tenths(zero) {
            cost = cost.rect(Point::new(cx - bar, zero), Point::new(cx, y.map(r.cost)));
        }
        if tenths(y.map(r.savings)) != tenths(zero) {
            save = save.rect(Point::new(cx, zero), Point::new(cx + bar, y.map(r.savings)));
        }
        if i % every == 0 {
            d.label(cx, HEIGHT - 8.0, "tick-x", r.year.to_string());
        }
        line.push(Point::new(cx, y.map(r.cumulative)));
    }
    d.shape("bar-cost", cost);
    d.shape("bar-save", save);
    d.shape("line-cum", Path::default().polyline(&line));
    if let Some(i) = b.rows.iter().position(|r| Some(r.year) == b.payback_year) {
        let cx = f.x0 + (i as f64 + 0.5) * slot;
        d.marker(
            &f,
            cx,
            0,
            "rule-payback",
            format!("{} {}", words.payback, b.rows[i].year),
        );
    }
    for p in line {
        d.spot(p);
    }
    d
}
