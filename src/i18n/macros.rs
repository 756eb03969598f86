//! `texts!`: writes a struct of texts and its Danish and English constants
//! from tables that give each string's two languages side by side, so a
//! string is added in one place and a missing translation does not compile.

/// Generates a struct with one `pub` field per entry and its two constants,
/// e.g. [`Texts`](super::Texts), [`DA`](super::DA) and [`EN`](super::EN):
///
/// ```text
/// texts! {
///     /// The struct's doc.
///     pub struct Texts;
///     pub const DA, EN;
///     tables: first_screen::table, messages::table;
/// }
/// ```
///
/// Each table is a `table!` macro in its own file (see `first_screen.rs`).
/// One invocation must see every field of a struct, and a struct's entries
/// do not fit one short file; so `texts!` hands what it has gathered to
/// the first table (`@gather`), which appends its entries and calls
/// `texts!` again with the rest of the tables, until none is left.
///
/// An entry is a field's doc (kept on the field), its name, its type unless
/// it is `&'static str`, and both languages, Danish first:
///
/// ```text
/// /// Said after an example was loaded.
/// preset_loaded: fn(&str) -> String {
///     da: |name| format!("Indlæst: {name}"),
///     en: |name| format!("Loaded: {name}"),
/// }
/// reset { da: "Nulstil til standard", en: "Reset to defaults" }
/// ```
///
/// `private name: Type { da: .., en: .. }` before `tables:` adds a field
/// without `pub` ([`BelowTexts`](super::BelowTexts)' link to its language's
/// `Texts`), first in the struct.
macro_rules! texts {
    // A field's type: `&'static str` unless the entry names one.
    (@type) => { &'static str };
    (@type $ty:ty) => { $ty };

    // The next table appends its entries and calls `texts!` again.
    (@gather $head:tt [$table:path $(, $tables:path)*] $($entries:tt)*) => {
        $table! { @gather $head [$($tables),*] $($entries)* }
    };

    // Every table gathered: the struct and its two constants. Each entry
    // must give both `da` and `en`.
    (
        @gather {
            $(#[$meta:meta])*
            pub struct $name:ident;
            pub const $da:ident, $en:ident;
            $(private $base:ident: $base_ty:ty { da: $da_base:expr, en: $en_base:expr })?
        }
        []
        $(
            $(#[$field_meta:meta])*
            $field:ident $(: $ty:ty)? { da: $da_text:expr, en: $en_text:expr $(,)? }
        )*
    ) => {
        $(#[$meta])*
        pub struct $name {
            $($base: $base_ty,)?
            $(
                $(#[$field_meta])*
                pub $field: $crate::i18n::macros::texts!(@type $($ty)?),
            )*
        }

        pub const $da: $name = $name {
            $($base: $da_base,)?
            $($field: $da_text,)*
        };

        pub const $en: $name = $name {
            $($base: $en_base,)?
            $($field: $en_text,)*
        };
    };

    // The entry point: the struct's head and the tables that fill it.
    (
        $(#[$meta:meta])*
        pub struct $name:ident;
        pub const $da:ident, $en:ident;
        $(private $base:ident: $base_ty:ty { da: $da_base:expr, en: $en_base:expr })?
        tables: $($table:path),+;
    ) => {
        $crate::i18n::macros::texts! {
            @gather {
                $(#[$meta])*
                pub struct $name;
                pub const $da, $en;
                $(private $base: $base_ty { da: $da_base, en: $en_base })?
            }
            [$($table),+]
        }
    };
}

pub(super) use texts;
