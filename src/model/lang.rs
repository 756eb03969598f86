//! The two languages the page speaks, how each writes numbers, and a text
//! given in both ([`Text`]).

/// A UI language. Danish is the default; English is opt-in (`?lang=en`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Da, Lang::En];

    /// The BCP 47 tag, used for `<html lang>` and the `lang` URL key.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// Parses the `lang` URL value; only the two exact codes are accepted.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Decimal separator: "1.234,5" in Danish, "1,234.5" in English.
    pub fn decimal_separator(self) -> char {
        match self {
            Lang::Da => ',',
            Lang::En => '.',
        }
    }

    /// Thousands separator, the other of the two.
    pub fn group_separator(self) -> char {
        match self {
            Lang::Da => '.',
            Lang::En => ',',
        }
    }
}

impl Lang {
    /// The language that is not this one (for the language switch).
    pub fn other(self) -> Lang {
        match self {
            Lang::Da => Lang::En,
            Lang::En => Lang::Da,
        }
    }
}

/// A text in both languages; a missing translation does not compile.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Text {
    pub da: &'static str,
    pub en: &'static str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Da => self.da,
            Lang::En => self.en,
        }
    }
}
