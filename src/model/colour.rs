//! Colours in sRGB and WCAG contrast: embed mode's accent colour is
//! checked and, if too faint, darkened here until it reads at AA.

use crate::model::number::hex_digit;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

pub const WHITE: Rgb = Rgb(255, 255, 255);
/// The page's own accent (`--accent` in style/main.css).
pub const PAGE_ACCENT: Rgb = Rgb(0x0b, 0x5c, 0xad);
const BLACK: Rgb = Rgb(0, 0, 0);
/// The page background (`--bg` in style/main.css); accent links sit on it.
const PAGE_BG: Rgb = Rgb(0xf4, 0xf6, 0xf8);
/// WCAG 2.1 AA for normal text (1.4.3).
pub const MIN_CONTRAST: f64 = 4.5;

impl Rgb {
    /// Reads exactly six hex digits, with or without a leading `#`.
    pub fn parse_hex(text: &str) -> Option<Rgb> {
        let digits = text.strip_prefix('#').unwrap_or(text).as_bytes();
        if digits.len() != 6 {
            return None;
        }
        let byte = |i: usize| Some(hex_digit(digits[i])? * 16 + hex_digit(digits[i + 1])?);
        Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
    }

    /// `#rrggbb`, lower case: the only form that reaches the CSS.
    pub fn hex(self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut s = String::with_capacity(7);
        s.push('#');
        for b in [self.0, self.1, self.2] {
            s.push(DIGITS[usize::from(b >> 4)] as char);
            s.push(DIGITS[usize::from(b & 15)] as char);
        }
        s
    }

    /// `self` moved towards `other` by `t` (0–1), channel by channel.
    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let ch = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgb(
            ch(self.0, other.0),
            ch(self.1, other.1),
            ch(self.2, other.2),
        )
    }

    /// Relative luminance, WCAG 2.1.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }
}

/// WCAG contrast ratio of two colours, 1–21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// `x^2.4` for `x` in 0–1 with square roots only: `x^2.4 = x² · x^0.4` and
/// 0.4 is 0.0110 0110 0110…₂, so `x^0.4` is the product of `x^(1/2^k)` for
/// the bits k that are set. The wasm's native `sqrt` instruction replaces a
/// software `pow`; 24 bits leave a relative error below 1e-6 for x ≥ 0.001.
fn pow_2_4(x: f64) -> f64 {
    let mut root = x;
    let mut acc = x * x;
    for k in 1..=24 {
        root = root.sqrt();
        if k % 4 == 2 || k % 4 == 3 {
            acc *= root;
        }
    }
    acc
}

/// The colours derived from one accent, as CSS custom properties.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    /// Buttons, links, the headline's bar.
    pub accent: Rgb,
    /// Hovered buttons.
    pub accent_dark: Rgb,
    /// The headline's background and hovered secondary buttons.
    pub tint: Rgb,
}

impl Theme {
    /// The theme for `wanted`, darkened in small steps until the accent
    /// reads at 4.5:1 on white, on the page background and on its own tint
    /// (white text on the accent is the first of these). Black always
    /// passes, so this ends. Returns whether the colour had to change.
    pub fn from_accent(wanted: Rgb) -> (Theme, bool) {
        const STEPS: u8 = 20;
        for step in 0..=STEPS {
            let accent = wanted.mix(BLACK, f64::from(step) / f64::from(STEPS));
            let theme = Theme {
                accent,
                accent_dark: accent.mix(BLACK, 0.3),
                tint: accent.mix(WHITE, 0.9),
            };
            if theme.passes() {
                return (theme, step > 0);
            }
        }
        // Unreachable in practice: black on its tint is 16:1.
        let theme = Theme {
            accent: BLACK,
            accent_dark: BLACK,
            tint: BLACK.mix(WHITE, 0.9),
        };
        (theme, true)
    }

    /// Every pairing the stylesheet uses reaches AA.
    pub fn passes(&self) -> bool {
        [WHITE, PAGE_BG, self.tint]
            .iter()
            .all(|&bg| contrast(self.accent, bg) >= MIN_CONTRAST)
    }

    /// (custom property, value) pairs for the page's root element.
    pub fn css_vars(&self) -> [(&'static str, String); 3] {
        [
            ("--accent", self.accent.hex()),
            ("--accent-dark", self.accent_dark.hex()),
            ("--good-bg", self.tint.hex()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_the_wcag_reference_values() {
        // Known pairs: black/white 21:1, the page's accent 6.67:1 on white,
        // #767676 is the lightest grey that passes on white (4.54:1).
        let cases = [
            (BLACK, WHITE, 21.0),
            (Rgb(0x0b, 0x5c, 0xad), WHITE, 6.67),
            (Rgb(0x76, 0x76, 0x76), WHITE, 4.54),
            (WHITE, WHITE, 1.0),
        ];
        for (a, b, expected) in cases {
            let c = contrast(a, b);
            assert!((c - expected).abs() < 0.01, "{a:?} on {b:?}: {c}");
            assert_eq!(c, contrast(b, a));
        }
    }

    #[test]
    fn pow_by_square_roots_matches_powf() {
        for i in 0..=1000 {
            let x = f64::from(i) / 1000.0;
            let (ours, std) = (pow_2_4(x), x.powf(2.4));
            assert!(
                (ours - std).abs() <= 1e-6 * std.max(1e-9),
                "{x}: {ours} {std}"
            );
        }
    }

    #[test]
    fn every_accent_gives_a_passing_theme() {
        // A coarse sweep of the whole colour cube.
        for r in (0..=255).step_by(15) {
            for g in (0..=255).step_by(15) {
                for b in (0..=255).step_by(15) {
                    let (theme, _) = Theme::from_accent(Rgb(r, g, b));
                    assert!(theme.passes(), "{:?}", (r, g, b));
                }
            }
        }
    }

    #[test]
    fn theme_css_values_are_plain_hex_colours() {
        let (theme, _) = Theme::from_accent(Rgb(0xc0, 0x30, 0x30));
        for (name, value) in theme.css_vars() {
            assert!(name.starts_with("--"));
            assert_eq!(value.len(), 7);
            assert!(value.starts_with('#'));
            assert!(value[1..].bytes().all(|b| b.is_ascii_hexdigit()));
        }
    }
}
