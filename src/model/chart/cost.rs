//! Chart 1: what each target caseload costs a year and what it must achieve
//! to pay for itself, from the lowest sensible caseload up to today's, with
//! DS's range shaded.

use super::geometry::*;
use crate::model::calc::{compute, BreakEven, Results, MONTHS_PER_YEAR};
use crate::model::ds::{Area, CaseloadRange};
use crate::model::lang::Lang;
use crate::model::number::format;
use crate::model::scenario::Scenario;

/// The lowest caseload the cost chart starts from, unless DS's range, the
/// target or half of today's caseload is lower.
pub const LOW_CASELOAD: f64 = 20.0;

/// One target caseload and what it costs, from [`compute`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CostPoint {
    /// The (average) target caseload.
    pub caseload: f64,
    pub extra_staff: f64,
    pub annual_cost: f64,
    /// Benefit months per citizen a year to break even: 0 when no effect is
    /// needed, `None` when break-even is impossible.
    pub months_per_citizen: Option<f64>,
}

impl CostPoint {
    fn new(caseload: f64, r: &Results) -> CostPoint {
        CostPoint {
            caseload,
            extra_staff: r.extra_staff,
            annual_cost: r.annual_cost,
            months_per_citizen: match r.break_even {
                BreakEven::NotNeeded(_) => Some(0.0),
                BreakEven::Required {
                    months_per_citizen, ..
                } => Some(months_per_citizen),
                BreakEven::NoBenefitSpending => None,
            },
        }
    }
}

/// The cost chart's data.
///
/// With several target groups the x axis is the **average caseload**
/// `ΣN / Σ(N/T)` (for one group, or groups with the same caseloads, simply
/// the caseload), and each point lowers every group's caseload by the same
/// factor, as [`crate::model::goal::caseload_for_budget`] does. Nothing is lost by
/// averaging: the cost depends only on the total staff, `K × (ΣN/T̄ − ΣN/C̄)`,
/// so the scenario's own target lies exactly on the curve, whatever its
/// groups' individual targets.
#[derive(Clone, Debug, PartialEq)]
pub struct CostSeries {
    /// Ascending caseloads, today's and the target included.
    pub points: Vec<CostPoint>,
    /// Indices into `points`.
    pub today: usize,
    pub target: usize,
    /// The x range drawn.
    pub lo: f64,
    pub hi: f64,
    /// The x axis: its ticks within `lo`–`hi` are labelled and are points.
    pub axis: Axis,
    /// DS's range when every group has the same DS area.
    pub ds: Option<CaseloadRange>,
    /// Net benefit spending a year, kr.: break-even months per citizen are
    /// `12 × cost / spending`, so the break-even is the cost on another
    /// scale (the chart's right axis).
    pub annual_benefit_spending: f64,
}

/// The caseload all groups together carry: `ΣN / Σ(N/c)`; with one value for
/// every group, that value exactly; without citizens, the plain mean.
fn average_caseload(s: &Scenario, pick: fn(&crate::model::scenario::Group) -> f64) -> f64 {
    let first = s.groups.first().map_or(1.0, pick);
    if s.groups.iter().all(|g| pick(g) == first) {
        return first;
    }
    let n: f64 = s.groups.iter().map(|g| g.headcount).sum();
    let staff: f64 = s.groups.iter().map(|g| g.headcount / pick(g)).sum();
    if n > 0.0 && staff > 0.0 {
        n / staff
    } else {
        s.groups.iter().map(pick).sum::<f64>() / s.groups.len().max(1) as f64
    }
}

/// Every group's target when the average caseload is `caseload`: today's
/// caseload times the same factor (1–1,000 each). With equal caseloads every
/// target is `caseload` itself, not a rounding of it.
pub fn targets_at(s: &Scenario, caseload: f64) -> Vec<f64> {
    let avg = average_caseload(s, |g| g.current);
    s.groups
        .iter()
        .map(|g| {
            let t = if g.current == avg {
                caseload
            } else {
                g.current * caseload / avg
            };
            tame(t, 1.0).clamp(1.0, 1_000.0)
        })
        .collect()
}

/// The DS area every group shares, if they all have the same one.
pub fn common_area(areas: &[Option<Area>]) -> Option<Area> {
    let first = (*areas.first()?)?;
    areas.iter().all(|a| *a == Some(first)).then_some(first)
}

/// The cost chart's points from `lo` to `hi` for a drawing `width` px wide:
/// both ends, today's and the target caseload, and the x ticks between.
/// `areas` are the groups' DS areas, in group order.
pub fn cost_series(s: &Scenario, areas: &[Option<Area>], width: f64) -> CostSeries {
    let now = compute(s);
    let today = average_caseload(s, |g| g.current);
    let target = average_caseload(s, |g| g.target);
    let ds = common_area(areas).map(Area::range);
    // Every group's target must stay within 1–1,000 at both ends; a group
    // without citizens costs nothing whatever its target, so it does not
    // narrow the range (its target is clamped by `targets_at`).
    let counted = |g: &&crate::model::scenario::Group| {
        g.headcount > 0.0 || s.groups.iter().all(|g| g.headcount <= 0.0)
    };
    let (min_c, max_c) = s
        .groups
        .iter()
        .filter(counted)
        .fold((f64::MAX, 1.0f64), |(a, b), g| {
            (a.min(g.current), b.max(g.current))
        });
    let floor = (today / min_c).max(1.0);
    let ceiling = (1_000.0 * today / max_c).min(1_000.0);
    // `min`/`max`, not `f64::clamp`: with bounds that are not constants its
    // assertion keeps Rust's float printing in the wasm.
    let hi = today.max(target).min(ceiling).max(floor);
    let low = ds.map_or(LOW_CASELOAD, |r| r.min.min(LOW_CASELOAD));
    let lo = low.min(target).min(hi / 2.0).max(floor).min(hi);
    let axis = nice_axis(lo, hi, Frame::new(width, true).x_ticks());
    // The ticks are in order; the four special values are put in their
    // place (a sort would add 3 KB to the page), one point per tenth of a
    // case, which is what the form keeps.
    let mut xs: Vec<f64> = axis
        .ticks
        .iter()
        .copied()
        .filter(|&x| x > lo && x < hi)
        .collect();
    for x in [target, today, lo, hi] {
        let i = xs
            .iter()
            .position(|&v| tenths(v) >= tenths(x))
            .unwrap_or(xs.len());
        if xs.get(i).is_none_or(|&v| tenths(v) != tenths(x)) {
            xs.insert(i, x);
        }
    }
    // Ticks finer than a tenth (a range of 1–1,1) share their tenths.
    xs.dedup_by(|a, b| tenths(*a) == tenths(*b));
    let points: Vec<CostPoint> = xs
        .iter()
        .map(|&x| {
            if tenths(x) == tenths(target) {
                CostPoint::new(target, &now)
            } else if tenths(x) == tenths(today) {
                CostPoint::new(today, &compute(&with_targets(s, &targets_at(s, today))))
            } else {
                CostPoint::new(x, &compute(&with_targets(s, &targets_at(s, x))))
            }
        })
        .collect();
    let index = |v: f64| xs.iter().position(|&x| tenths(x) == tenths(v)).unwrap_or(0);
    CostSeries {
        today: index(today),
        target: index(target),
        lo,
        hi,
        axis,
        ds,
        annual_benefit_spending: now.annual_benefit_spending,
        points,
    }
}

pub(super) fn with_targets(s: &Scenario, targets: &[f64]) -> Scenario {
    let mut out = s.clone();
    for (g, &t) in out.groups.iter_mut().zip(targets) {
        g.target = t;
    }
    out
}

/// Words the cost chart writes on itself.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CostWords {
    pub today: &'static str,
    pub target: &'static str,
    pub ds: &'static str,
}

/// Draws the cost curve: amounts on the left, break-even months per citizen
/// on the right (the same line read on another scale), DS's range shaded
/// and labelled, today's caseload dashed, the target solid.
pub fn cost_drawing(c: &CostSeries, width: f64, lang: Lang, words: &CostWords) -> Drawing {
    let spending = c.annual_benefit_spending;
    let right_axis = spending > 0.0 && spending.is_finite();
    let f = Frame::new(width, right_axis);
    let (lo, hi) = extent_with_zero(c.points.iter().map(|p| p.annual_cost));
    let mut d = f.drawing(Magnitude::for_amounts(lo.abs().max(hi.abs())));
    let x = Scale::new((c.lo, c.hi), (f.x0, f.x1));
    let y = d.amount_axis(&f, lo, hi, lang);
    let xd = c.axis.decimals();
    for &t in c.axis.ticks.iter().filter(|&&t| t >= c.lo && t <= c.hi) {
        d.label(x.map(t), HEIGHT - 8.0, "tick-x", format(t, xd, lang));
    }
    if right_axis {
        // months = 12 × cost / spending, so cost = months × spending / 12.
        let per_month = spending / MONTHS_PER_YEAR;
        let axis = nice_axis(0.0, hi / per_month, f.y_ticks());
        let md = axis.decimals();
        for &m in axis.ticks.iter().filter(|&&m| m * per_month <= hi) {
            let py = y.map(m * per_month);
            d.label(f.x1 + 6.0, py + 4.0, "tick-r", format(m, md, lang));
        }
    }
    if let Some(r) = c.ds {
        let (a, b) = (x.map(r.min), x.map(r.max));
        if b - a >= 1.0 {
            d.shape(
                "band",
                Path::default().rect(Point::new(a, f.y1), Point::new(b, f.y0)),
            );
            let text = format!(
                "{} {}–{}",
                words.ds,
                format(r.min, 0, lang),
                format(r.max, 0, lang)
            );
            // Beside today's and the target's lines, not crossed by them.
            let lines: Vec<f64> = [c.today, c.target]
                .iter()
                .filter_map(|&i| c.points.get(i).map(|p| x.map(p.caseload)))
                .collect();
            let at = clear_of(&lines, (a + b) / 2.0, label_width(&text), (f.x0, f.x1));
            d.label(at, f.y1 + 14.0, "band-label", text);
        }
    }
    let pts: Vec<Point> = c
        .points
        .iter()
        .map(|p| Point::new(x.map(p.caseload), y.map(p.annual_cost)))
        .collect();
    d.shape("line", Path::default().polyline(&pts));
    for (i, row, class, word) in [
        (c.today, 0, "rule-today", words.today),
        (c.target, 1, "rule-target", words.target),
    ] {
        if let Some(p) = c.points.get(i) {
            let text = format!(
                "{word} {}",
                format(p.caseload, caseload_decimals(p.caseload), lang)
            );
            d.marker(&f, x.map(p.caseload), row, class, text);
        }
    }
    for p in pts {
        d.spot(p);
    }
    d
}

/// A generous width of a bold chart label (12 px) in px: about 0.7 em a
/// character, so the room kept around it is enough in any system font.
fn label_width(text: &str) -> f64 {
    text.chars().count() as f64 * 8.5
}

/// Where to centre a label `width` px wide, as close to `mid` as it can be
/// without any of the vertical `lines` running through it (4 px clear on
/// either side) and inside `(x0, x1)`: at `mid`, or just beside a line;
/// `mid` when nothing fits.
pub(super) fn clear_of(lines: &[f64], mid: f64, width: f64, (x0, x1): (f64, f64)) -> f64 {
    let half = width / 2.0 + 4.0;
    let clear = |at: f64| lines.iter().all(|&l| (l - at).abs() >= half);
    // Half a pixel more beside a line, so rounding cannot put it inside.
    let beside = half + 0.5;
    std::iter::once(mid)
        .chain(lines.iter().flat_map(|&l| [l - beside, l + beside]))
        .filter(|&at| at - width / 2.0 >= x0 && at + width / 2.0 <= x1 && clear(at))
        .min_by(|p, q| (p - mid).abs().total_cmp(&(q - mid).abs()))
        .unwrap_or(mid)
}

/// Decimals to show a caseload the form may hold (one decimal at most).
pub fn caseload_decimals(caseload: f64) -> usize {
    usize::from(tenths(caseload) % 10 != 0)
}
