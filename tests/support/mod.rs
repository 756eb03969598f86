//! Shared by the integration tests: the strategies and checks more than one
//! test file needs. Each test binary compiles this module and uses a part.
#![allow(dead_code)]

use proptest::prelude::*;
use sagsstamme::model::url::codec::MAX_QUOTED_CHARS;
use sagsstamme::model::Lang;

/// Either language.
pub fn lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::Da), Just(Lang::En)]
}

/// Whether a value a notice quotes is cut to its readable length: at most
/// [`MAX_QUOTED_CHARS`] characters and the "…" that marks a cut.
pub fn quoted_readably(value: &str) -> bool {
    value.chars().count() <= MAX_QUOTED_CHARS + 1
}
