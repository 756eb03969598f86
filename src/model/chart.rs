//! Chart geometry and the two charts' series, as plain data: linear scales,
//! "nice" ticks, SVG paths, and what the cost and payback charts draw.
//!
//! The page draws its own SVG (no chart library), so everything that can go
//! wrong with numbers happens here, where it is tested natively: an empty
//! range, a single point, amounts of 10^17 kr. or 10^-300, negative values.
//! Every function accepts any `f64` and returns finite numbers.
//!
//! Coordinates are pixels of a drawing `width` × [`HEIGHT`] (the SVG's
//! `viewBox`, measured from the page so that 1 unit is 1 CSS pixel and the
//! text stays readable at 320 px). They are rounded to tenths of a pixel and
//! kept as integers, so the `d` strings are written with integer arithmetic:
//! Rust's float printing would add 18 KB to the page.

use super::budget::Budget;
use super::calc::{compute, BreakEven, Results, MONTHS_PER_YEAR};
use super::ds::{Area, CaseloadRange};
use super::lang::Lang;
use super::number::format;
use super::scenario::Scenario;

/// Largest magnitude a value keeps; beyond it values are clamped, so that
/// differences of two values and `10^k` steps stay finite.
const LIMIT: f64 = 1e300;
/// Smallest magnitude treated as different from zero when widening an empty
/// range; far above the subnormals, where division loses all precision.
const TINY: f64 = 1e-290;
/// A range narrower than this share of its values is treated as empty: its
/// ticks could not be told apart.
const RELATIVE_EMPTY: f64 = 1e-12;

// ---------------------------------------------------------------------------
// Scales and ticks

/// A value made safe for arithmetic: NaN becomes `fallback`, infinities and
/// huge values are clamped to ±[`LIMIT`].
fn tame(v: f64, fallback: f64) -> f64 {
    if v.is_nan() {
        fallback
    } else {
        v.clamp(-LIMIT, LIMIT)
    }
}

/// Maps a domain linearly onto a pixel range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    d0: f64,
    d1: f64,
    r0: f64,
    r1: f64,
}

impl Scale {
    /// `domain` onto `range`; either may be reversed (SVG's y grows down).
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Scale {
        Scale {
            d0: tame(domain.0, 0.0),
            d1: tame(domain.1, 0.0),
            r0: tame(range.0, 0.0),
            r1: tame(range.1, 0.0),
        }
    }

    /// The pixel for `v`, clamped to the range so nothing is drawn outside
    /// the plot. An empty domain maps everything to the middle; NaN too.
    pub fn map(&self, v: f64) -> f64 {
        let span = self.d1 - self.d0;
        let t = (tame(v, f64::NAN) - self.d0) / span;
        if !t.is_finite() || span == 0.0 {
            return self.r0 / 2.0 + self.r1 / 2.0;
        }
        self.r0 + t.clamp(0.0, 1.0) * (self.r1 - self.r0)
    }
}

/// The smallest of 1, 2, 5 × 10^k that is at least `raw`; 1 for nonsense.
pub fn nice_step(raw: f64) -> f64 {
    if raw.is_nan() || raw <= 0.0 || raw.is_infinite() {
        return 1.0;
    }
    let raw = raw.clamp(TINY, LIMIT);
    let mag = 10f64.powi(raw.log10().floor() as i32);
    let norm = raw / mag;
    let m = if norm <= 1.0 {
        1.0
    } else if norm <= 2.0 {
        2.0
    } else if norm <= 5.0 {
        5.0
    } else {
        10.0
    };
    m * mag
}

/// Decimals needed to write multiples of `step` exactly (0.25 → 2, 5 → 0),
/// at most 6.
pub fn step_decimals(step: f64) -> usize {
    if step.is_nan() || step <= 0.0 || step.is_infinite() {
        return 0;
    }
    (0..6)
        .find(|&d| {
            let s = step * 10f64.powi(d);
            (s - s.round()).abs() < 1e-9 * s.max(1.0)
        })
        .map_or(6, |d| d as usize)
}

/// An axis with "nice" round ticks covering `lo`–`hi`.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// The domain to draw: the data range widened to whole steps.
    pub min: f64,
    pub max: f64,
    pub step: f64,
    /// From `min` to `max` inclusive, `step` apart.
    pub ticks: Vec<f64>,
}

impl Axis {
    /// Decimals that tick labels need.
    pub fn decimals(&self) -> usize {
        step_decimals(self.step)
    }
}

/// A range that is safe to tick: ordered, finite, not empty.
fn usable_range(lo: f64, hi: f64) -> (f64, f64) {
    let (lo, hi) = match (lo.is_nan(), hi.is_nan()) {
        (true, true) => (0.0, 0.0),
        (true, false) => (hi, hi),
        (false, true) => (lo, lo),
        (false, false) => (lo, hi),
    };
    let (lo, hi) = (tame(lo, 0.0), tame(hi, 0.0));
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    let size = lo.abs().max(hi.abs());
    if hi - lo > size * RELATIVE_EMPTY && hi - lo > TINY {
        return (lo, hi);
    }
    // Empty: widen around the value, away from zero so that an axis of
    // amounts keeps its zero line ([0, 2v] for v > 0), or to [0, 1] at zero.
    let v = lo / 2.0 + hi / 2.0;
    if v.abs() < TINY {
        (0.0, 1.0)
    } else if v > 0.0 {
        (0.0, 2.0 * v.min(LIMIT / 2.0))
    } else {
        (2.0 * v.max(-LIMIT / 2.0), 0.0)
    }
}

/// Round ticks for `lo`–`hi`, about `max_ticks` intervals (at least 1).
/// Never panics; NaN and infinities are tamed, an empty range is widened.
pub fn nice_axis(lo: f64, hi: f64, max_ticks: usize) -> Axis {
    let (lo, hi) = usable_range(lo, hi);
    let n = max_ticks.clamp(1, 50) as f64;
    // hi − lo ≤ 2 × LIMIT: finite.
    let step = nice_step((hi - lo) / n);
    let k0 = (lo / step).floor();
    let k1 = (hi / step).ceil();
    // At most about n + 2 steps; the bound guards against rounding surprises.
    let count = ((k1 - k0).max(0.0) as usize).min(60);
    let ticks: Vec<f64> = (0..=count)
        .map(|i| tame((k0 + i as f64) * step, 0.0))
        .map(|t| if t == 0.0 { 0.0 } else { t })
        .collect();
    Axis {
        min: ticks.first().copied().unwrap_or(lo).min(lo),
        max: ticks.last().copied().unwrap_or(hi).max(hi),
        step,
        ticks,
    }
}

/// The smallest and largest of `values` (NaN skipped), always including 0,
/// so that amounts are drawn from a zero line.
pub fn extent_with_zero(values: impl IntoIterator<Item = f64>) -> (f64, f64) {
    values
        .into_iter()
        .filter(|v| !v.is_nan())
        .fold((0.0, 0.0), |(lo, hi), v| (lo.min(v), hi.max(v)))
}

/// How amounts on an axis are written: "12,5" in mio. kr., 1.000 kr. or kr.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Magnitude {
    #[default]
    Kr,
    Thousands,
    Millions,
}

impl Magnitude {
    /// The unit that keeps the largest amount below about 10,000 units.
    pub fn for_amounts(largest_abs: f64) -> Magnitude {
        let v = tame(largest_abs, 0.0).abs();
        if v >= 1e6 {
            Magnitude::Millions
        } else if v >= 1e4 {
            Magnitude::Thousands
        } else {
            Magnitude::Kr
        }
    }

    pub fn divisor(self) -> f64 {
        match self {
            Magnitude::Kr => 1.0,
            Magnitude::Thousands => 1e3,
            Magnitude::Millions => 1e6,
        }
    }
}

// ---------------------------------------------------------------------------
// Paths

/// A point in tenths of a pixel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

/// Pixels to tenths of a pixel, rounded; NaN is 0 and the result is
/// clamped to ±10^8 px.
pub fn tenths(px: f64) -> i32 {
    if px.is_nan() {
        return 0;
    }
    (px * 10.0).round().clamp(-1e9, 1e9) as i32
}

impl Point {
    pub fn new(x_px: f64, y_px: f64) -> Point {
        Point {
            x: tenths(x_px),
            y: tenths(y_px),
        }
    }
}

/// Tenths written as a decimal with at most one decimal: 123 → "12.3",
/// 40 → "4", -5 → "-0.5". SVG wants a point whatever the language.
pub fn fmt_tenths(v: i32) -> String {
    let a = v.unsigned_abs();
    let sign = if v < 0 { "-" } else { "" };
    match a % 10 {
        0 => format!("{sign}{}", a / 10),
        f => format!("{sign}{}.{f}", a / 10),
    }
}

/// Text made safe for HTML text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Builds an SVG path's `d` attribute from absolute commands.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Path(String);

impl Path {
    fn cmd(mut self, c: char, p: Point) -> Path {
        self.0.push(c);
        self.0.push_str(&fmt_tenths(p.x));
        self.0.push(' ');
        self.0.push_str(&fmt_tenths(p.y));
        self
    }

    pub fn move_to(self, p: Point) -> Path {
        self.cmd('M', p)
    }

    pub fn line_to(self, p: Point) -> Path {
        self.cmd('L', p)
    }

    /// A polyline through `points` (a lone point is a move only).
    pub fn polyline(mut self, points: &[Point]) -> Path {
        for (i, &p) in points.iter().enumerate() {
            self = if i == 0 {
                self.move_to(p)
            } else {
                self.line_to(p)
            };
        }
        self
    }

    /// A closed rectangle between two corners, in any order.
    pub fn rect(self, a: Point, b: Point) -> Path {
        self.move_to(a)
            .line_to(Point { x: b.x, y: a.y })
            .line_to(b)
            .line_to(Point { x: a.x, y: b.y })
            .close()
    }

    pub fn close(mut self) -> Path {
        self.0.push('Z');
        self
    }

    pub fn d(self) -> String {
        self.0
    }
}

/// The `d` of a polyline: "M1 2L3.5 4"; empty for no points.
pub fn path_d(points: &[Point]) -> String {
    Path::default().polyline(points).d()
}

// ---------------------------------------------------------------------------
// Drawings

/// Height of every chart, px.
pub const HEIGHT: f64 = 280.0;
/// Narrowest and widest drawing, px: below 240 px nothing is readable, above
/// 760 px the lines get no clearer.
pub const MIN_WIDTH: f64 = 240.0;
pub const MAX_WIDTH: f64 = 760.0;
/// Room for the marker labels above the plot (two rows), for the x labels
/// below it, and for the y labels left and right.
const TOP: f64 = 36.0;
const BOTTOM: f64 = 26.0;
const LEFT: f64 = 48.0;
const RIGHT_AXIS: f64 = 42.0;
const RIGHT_NONE: f64 = 14.0;
/// Baselines of the two rows of marker labels and of the x labels.
const MARK_ROW: [f64; 2] = [13.0, 28.0];
/// Pixels per tick label, across and up.
const X_TICK_PX: f64 = 48.0;
const Y_TICK_PX: f64 = 44.0;

/// One shape: a CSS class (colour, dash, fill pattern) and its path.
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    pub class: &'static str,
    pub d: String,
}

/// One text: position in tenths of a pixel, a CSS class (alignment, weight).
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub x: i32,
    pub y: i32,
    pub class: &'static str,
    pub text: String,
}

/// Where a data point sits, in tenths of a per cent of the drawing's width
/// and height, for the focusable HTML point laid over the SVG.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Spot {
    pub left: i32,
    pub top: i32,
}

/// Everything one chart draws.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drawing {
    /// Whole pixels: the SVG's `viewBox` is `0 0 width height`.
    pub width: i32,
    pub height: i32,
    pub shapes: Vec<Shape>,
    pub labels: Vec<Label>,
    pub spots: Vec<Spot>,
    /// The unit of the amounts on the left axis.
    pub unit: Magnitude,
}

/// The plot area inside a drawing, px.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Frame {
    width: f64,
    x0: f64,
    x1: f64,
    /// Bottom and top (SVG's y grows down).
    y0: f64,
    y1: f64,
}

impl Frame {
    fn new(width: f64, right_axis: bool) -> Frame {
        let width = tame(width, MAX_WIDTH).clamp(MIN_WIDTH, MAX_WIDTH).round();
        let right = if right_axis { RIGHT_AXIS } else { RIGHT_NONE };
        Frame {
            width,
            x0: LEFT,
            x1: width - right,
            y0: HEIGHT - BOTTOM,
            y1: TOP,
        }
    }

    fn x_ticks(&self) -> usize {
        ((self.x1 - self.x0) / X_TICK_PX) as usize
    }

    fn y_ticks(&self) -> usize {
        ((self.y0 - self.y1) / Y_TICK_PX) as usize + 1
    }

    fn drawing(&self, unit: Magnitude) -> Drawing {
        Drawing {
            width: self.width as i32,
            height: HEIGHT as i32,
            unit,
            ..Drawing::default()
        }
    }
}

impl Drawing {
    /// The plot as markup: the `<svg>` (`role="img"`, named by
    /// `{id}-heading`, described by `{id}-desc`) with its fill pattern
    /// `pattern`, one `<path>` per shape and one `<text>` per label; then one
    /// `<button>` per spot, labelled with its `readouts` entry, placed in per
    /// cent over the SVG, `data-i` its index and only `first` in the Tab
    /// order. Set as one element's inner HTML, it spares the page a view per
    /// kind of element (several KB of wasm); the page delegates the buttons'
    /// events. Only numbers and the page's own words go in, escaped all the
    /// same.
    pub fn plot_html(&self, id: &str, pattern: &str, readouts: &[String], first: usize) -> String {
        let mut out = format!(
            "<svg viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"{id}-heading\" \
             aria-describedby=\"{id}-desc\"><defs><pattern id=\"{pattern}\" width=\"6\" \
             height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
             <path d=\"M0 0V6\"/></pattern></defs>",
            self.width, self.height
        );
        for s in &self.shapes {
            out.push_str(&format!("<path class=\"{}\" d=\"{}\"/>", s.class, s.d));
        }
        for l in &self.labels {
            out.push_str(&format!(
                "<text x=\"{}\" y=\"{}\" class=\"{}\">{}</text>",
                fmt_tenths(l.x),
                fmt_tenths(l.y),
                l.class,
                escape(&l.text)
            ));
        }
        out.push_str("</svg>");
        for (i, (s, text)) in self.spots.iter().zip(readouts).enumerate() {
            let (class, tab) = if i == first {
                ("point first", 0)
            } else {
                ("point", -1)
            };
            out.push_str(&format!(
                "<button type=\"button\" class=\"{class}\" id=\"{id}-p{i}\" data-i=\"{i}\" \
                 tabindex=\"{tab}\" data-x=\"{}\" data-y=\"{}\" aria-label=\"{}\" \
                 aria-describedby=\"{id}-hint\"></button>",
                fmt_tenths(s.left),
                fmt_tenths(s.top),
                escape(text)
            ));
        }
        out
    }

    fn shape(&mut self, class: &'static str, path: Path) {
        let d = path.d();
        if !d.is_empty() {
            self.shapes.push(Shape { class, d });
        }
    }

    fn label(&mut self, x: f64, y: f64, class: &'static str, text: String) {
        self.labels.push(Label {
            x: tenths(x),
            y: tenths(y),
            class,
            text,
        });
    }

    fn spot(&mut self, p: Point) {
        let pct = |v: i32, size: i32| (i64::from(v) * 100 / i64::from(size.max(1))) as i32;
        self.spots.push(Spot {
            left: pct(p.x, self.width),
            top: pct(p.y, self.height),
        });
    }

    /// Horizontal grid lines and their labels for an amount axis, and the
    /// zero line; returns the y scale.
    fn amount_axis(&mut self, f: &Frame, lo: f64, hi: f64, lang: Lang) -> Scale {
        let axis = nice_axis(lo, hi, f.y_ticks());
        let y = Scale::new((axis.min, axis.max), (f.y0, f.y1));
        let div = self.unit.divisor();
        let decimals = step_decimals(axis.step / div);
        let mut grid = Path::default();
        for &t in &axis.ticks {
            let py = y.map(t);
            grid = grid
                .move_to(Point::new(f.x0, py))
                .line_to(Point::new(f.x1, py));
            self.label(
                f.x0 - 6.0,
                py + 4.0,
                "tick-y",
                format(t / div, decimals, lang),
            );
        }
        self.shape("grid", grid);
        let zero = y.map(0.0);
        self.shape(
            "axis",
            Path::default()
                .move_to(Point::new(f.x0, zero))
                .line_to(Point::new(f.x1, zero)),
        );
        y
    }

    /// A vertical marker line across the plot with a label above it.
    fn marker(&mut self, f: &Frame, x: f64, row: usize, class: &'static str, text: String) {
        self.shape(
            class,
            Path::default()
                .move_to(Point::new(x, f.y1))
                .line_to(Point::new(x, f.y0)),
        );
        self.label(x, MARK_ROW[row.min(1)], "mark", text);
    }
}

// ---------------------------------------------------------------------------
// Chart 1: cost and break-even against the target caseload

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
/// factor, as [`super::goal::caseload_for_budget`] does. Nothing is lost by
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
fn average_caseload(s: &Scenario, pick: fn(&super::scenario::Group) -> f64) -> f64 {
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
    let counted = |g: &&super::scenario::Group| {
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

fn with_targets(s: &Scenario, targets: &[f64]) -> Scenario {
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
fn clear_of(lines: &[f64], mid: f64, width: f64, (x0, x1): (f64, f64)) -> f64 {
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

// ---------------------------------------------------------------------------
// Chart 2: the multi-year net effect

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

#[cfg(test)]
mod tests;
