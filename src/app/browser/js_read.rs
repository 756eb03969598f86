//! Reads a value made by the browser's `JSON.parse` into a serde type
//! (`model::record`): a serde `Deserializer` over `JsValue` that hands each
//! JSON value to the type's visitor and nothing more.
//!
//! Writing goes through `serde-wasm-bindgen`; reading does not, for its
//! size: its deserializer builds an error message naming the value it did
//! not expect, which links Rust's float printing (`Unexpected::Float`)
//! into the start module, measured at +14.8 KB brotli on the first load
//! (docs/size.md). Here an error carries no text: a record that does not
//! fit is refused as not ours, and why is the validator's business
//! (`saved::read_record`), not this reader's.
//!
//! Only what JSON makes is read (null, booleans, numbers, strings, arrays,
//! plain objects). Nothing is looked into unless the visitor asks for it:
//! a value the type ignores is not descended into, so a hostile file
//! nested thousands deep costs no stack.

use std::fmt;

use js_sys::{Array, Number, Object};
use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, Visitor};
use wasm_bindgen::{JsCast, JsValue};

/// `value` as `T`, or `None` when it does not fit `T`'s shape.
pub fn from_js<T: DeserializeOwned>(value: JsValue) -> Option<T> {
    T::deserialize(Js(value)).ok()
}

/// Why a value was not read: deliberately without a message.
#[derive(Debug)]
pub struct NotRead;

impl fmt::Display for NotRead {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("not read")
    }
}

impl std::error::Error for NotRead {}

impl de::Error for NotRead {
    // The message is dropped unformatted: formatting it is what would link
    // the float printer.
    fn custom<T: fmt::Display>(_: T) -> NotRead {
        NotRead
    }
}

struct Js(JsValue);

impl<'de> de::Deserializer<'de> for Js {
    type Error = NotRead;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, NotRead> {
        let value = self.0;
        if value.is_null() || value.is_undefined() {
            visitor.visit_unit()
        } else if let Some(b) = value.as_bool() {
            visitor.visit_bool(b)
        } else if let Some(n) = value.as_f64() {
            // Whole numbers as integers, so they are written back as the
            // digits they were (`396900`), without a float printer.
            if Number::is_safe_integer(&value) {
                visitor.visit_i64(n as i64)
            } else {
                visitor.visit_f64(n)
            }
        } else if let Some(s) = value.as_string() {
            visitor.visit_string(s)
        } else if Array::is_array(&value) {
            visitor.visit_seq(Items {
                items: value.unchecked_into(),
                next: 0,
            })
        } else if value.is_object() {
            visitor.visit_map(Entries {
                entries: Object::entries(value.unchecked_ref()),
                next: 0,
                value: None,
            })
        } else {
            Err(NotRead)
        }
    }

    /// Only a plain object is a struct: a list is not read by position.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, NotRead> {
        if self.0.is_object() && !Array::is_array(&self.0) {
            self.deserialize_any(visitor)
        } else {
            Err(NotRead)
        }
    }

    /// A field the type does not know is passed over without looking in.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, NotRead> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map enum identifier
    }
}

/// An array's items, in order.
struct Items {
    items: Array,
    next: u32,
}

impl<'de> de::SeqAccess<'de> for Items {
    type Error = NotRead;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, NotRead> {
        if self.next >= self.items.length() {
            return Ok(None);
        }
        let item = self.items.get(self.next);
        self.next += 1;
        seed.deserialize(Js(item)).map(Some)
    }
}

/// An object's own entries (`Object.entries`), in their order.
struct Entries {
    entries: Array,
    next: u32,
    value: Option<JsValue>,
}

impl<'de> de::MapAccess<'de> for Entries {
    type Error = NotRead;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, NotRead> {
        if self.next >= self.entries.length() {
            return Ok(None);
        }
        let entry: Array = self.entries.get(self.next).unchecked_into();
        self.next += 1;
        self.value = Some(entry.get(1));
        let key = entry.get(0).as_string().unwrap_or_default();
        seed.deserialize(key.into_deserializer()).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, NotRead> {
        let value = self.value.take().unwrap_or(JsValue::UNDEFINED);
        seed.deserialize(Js(value))
    }
}
