//! The drawing itself, whatever it shows: linear scales and "nice" ticks,
//! paths written with integer arithmetic, and a [`Drawing`] (shapes, labels,
//! the points' positions) with the SVG markup the page puts in place.

use crate::model::lang::Lang;
use crate::model::markup::escape;
use crate::model::number::format;

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
pub(super) fn tame(v: f64, fallback: f64) -> f64 {
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
pub(super) struct Frame {
    pub(super) width: f64,
    pub(super) x0: f64,
    pub(super) x1: f64,
    /// Bottom and top (SVG's y grows down).
    pub(super) y0: f64,
    pub(super) y1: f64,
}

impl Frame {
    pub(super) fn new(width: f64, right_axis: bool) -> Frame {
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

    pub(super) fn x_ticks(&self) -> usize {
        ((self.x1 - self.x0) / X_TICK_PX) as usize
    }

    pub(super) fn y_ticks(&self) -> usize {
        ((self.y0 - self.y1) / Y_TICK_PX) as usize + 1
    }

    pub(super) fn drawing(&self, unit: Magnitude) -> Drawing {
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

    pub(super) fn shape(&mut self, class: &'static str, path: Path) {
        let d = path.d();
        if !d.is_empty() {
            self.shapes.push(Shape { class, d });
        }
    }

    pub(super) fn label(&mut self, x: f64, y: f64, class: &'static str, text: String) {
        self.labels.push(Label {
            x: tenths(x),
            y: tenths(y),
            class,
            text,
        });
    }

    pub(super) fn spot(&mut self, p: Point) {
        let pct = |v: i32, size: i32| (i64::from(v) * 100 / i64::from(size.max(1))) as i32;
        self.spots.push(Spot {
            left: pct(p.x, self.width),
            top: pct(p.y, self.height),
        });
    }

    /// Horizontal grid lines and their labels for an amount axis, and the
    /// zero line; returns the y scale.
    pub(super) fn amount_axis(&mut self, f: &Frame, lo: f64, hi: f64, lang: Lang) -> Scale {
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
    pub(super) fn marker(
        &mut self,
        f: &Frame,
        x: f64,
        row: usize,
        class: &'static str,
        text: String,
    ) {
        self.shape(
            class,
            Path::default()
                .move_to(Point::new(x, f.y1))
                .line_to(Point::new(x, f.y0)),
        );
        self.label(x, MARK_ROW[row.min(1)], "mark", text);
    }
}
