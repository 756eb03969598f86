//! The JSON records the page keeps scenarios in (the scenario file, the
//! autosaved copy and the stored comparison) as serde types. The page
//! writes them with `serde-wasm-bindgen` and reads them with its own small
//! deserializer (`app/js_read.rs`, for size), both through the browser's
//! own `JSON.parse`/`JSON.stringify`, so the wasm carries no JSON library.
//!
//! Written: `{"app": "sagsstamme-beregneren", "version": 3, "scenario":
//! {key: value, …}, "scenarios": [{"name": …, "scenario": {…}}, …]}`, in
//! that key order; the stored comparison has no `"scenario"`, and a file
//! without saved scenarios no `"scenarios"`. The pairs are those of a link
//! ([`super::url::link::encode`]) without `v` (the record's version is theirs).
//!
//! Reading only sorts the JSON values into plain Rust (texts and pairs),
//! never failing on a value of the wrong kind and never descending into
//! one it does not read (a hostile file nested thousands deep costs no
//! stack). Whether a record is ours and what its values mean is decided
//! by [`super::url::saved::read_record`] and [`Scenarios::from_records`], the
//! single gate for everything read.
//!
//! [`Scenarios::from_records`]: super::compare::Scenarios::from_records

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};

use super::compare::MAX_SCENARIOS;
use crate::model::url::keys::{self, CURRENT_VERSION};
use crate::model::url::saved::{RawRecord, APP_ID};

/// A record as written.
#[derive(Serialize)]
pub struct Record<'a> {
    app: &'static str,
    version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    scenario: Option<Pairs<'a>>,
    #[serde(skip_serializing_if = "SavedList::is_empty")]
    scenarios: SavedList<'a>,
}

impl<'a> Record<'a> {
    /// The page's scenario (its query pairs), with the scenarios saved for
    /// comparison as (name, pairs) when there are any.
    pub fn new(
        scenario: Option<&'a [(String, String)]>,
        compared: &'a [(String, Vec<(String, String)>)],
    ) -> Record<'a> {
        Record {
            app: APP_ID,
            version: CURRENT_VERSION,
            scenario: scenario.map(Pairs),
            scenarios: SavedList(compared),
        }
    }
}

/// Query pairs as a JSON object, without `v`.
#[derive(Clone, Copy)]
struct Pairs<'a>(&'a [(String, String)]);

impl Serialize for Pairs<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        for (k, v) in self.0.iter().filter(|(k, _)| k != keys::VERSION) {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// The scenarios saved for comparison, as `[{"name", "scenario"}, …]`.
struct SavedList<'a>(&'a [(String, Vec<(String, String)>)]);

impl SavedList<'_> {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for SavedList<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Named<'a> {
            name: &'a str,
            scenario: Pairs<'a>,
        }
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for (name, pairs) in self.0 {
            seq.serialize_element(&Named {
                name,
                scenario: Pairs(pairs),
            })?;
        }
        seq.end()
    }
}

/// A record as read: each part as far as JSON gives it. Fields of other
/// names are passed over.
#[derive(Debug, Default, PartialEq)]
pub struct RecordIn {
    app: Value,
    version: Value,
    scenario: Object,
    scenarios: SavedScenarios,
}

impl<'de> Deserialize<'de> for RecordIn {
    /// Only an object is a record; anything else is an error (not ours).
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RecordIn, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RecordIn;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a record")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RecordIn, A::Error> {
                let mut record = RecordIn::default();
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "app" => record.app = map.next_value()?,
                        "version" => record.version = map.next_value()?,
                        "scenario" => record.scenario = map.next_value()?,
                        "scenarios" => record.scenarios = map.next_value()?,
                        _ => {
                            map.next_value::<Value>()?;
                        }
                    }
                }
                Ok(record)
            }
        }
        d.deserialize_struct("RecordIn", &["app", "version", "scenario", "scenarios"], V)
    }
}

impl RecordIn {
    /// The page's own scenario, for [`super::url::saved::read_record`] (taken out of
    /// the record). `number` writes a JSON number that is not a whole
    /// number as plain decimal text (the page uses the browser's, so the
    /// wasm needs no float printer).
    pub fn take_scenario(&mut self, number: fn(f64) -> String) -> RawRecord {
        let scenario = std::mem::take(&mut self.scenario);
        raw(&self.app, &self.version, scenario, number)
    }

    /// The scenarios saved for comparison, each with the record's `app`
    /// and `version` as the page's scenario has: `None` when the record
    /// has none (missing or `null`: a file from before they were written),
    /// else (name, record) for [`Scenarios::from_records`] and whether
    /// some were not even looked at (not a list, or longer than this page
    /// ever writes).
    ///
    /// [`Scenarios::from_records`]: super::compare::Scenarios::from_records
    pub fn compared(self, number: fn(f64) -> String) -> Option<Compared> {
        let RecordIn {
            app,
            version,
            scenarios,
            ..
        } = self;
        let (entries, cut) = match scenarios {
            SavedScenarios::Missing => return None,
            SavedScenarios::NotAList => (Vec::new(), true),
            SavedScenarios::Entries { entries, more } => (entries, more),
        };
        let records = entries
            .into_iter()
            .map(|e| (e.name.text(number), raw(&app, &version, e.scenario, number)))
            .collect();
        Some((records, cut))
    }
}

/// What the validator checks of a scenario: the record's `app` and
/// `version`, and the scenario's pairs with the values that were neither
/// text nor a number as `None`.
fn raw(app: &Value, version: &Value, scenario: Object, number: fn(f64) -> String) -> RawRecord {
    RawRecord {
        app: match app {
            Value::Text(s) => Some(s.clone()),
            _ => None,
        },
        version: version.number(),
        scenario: scenario.0.map(|pairs| {
            pairs
                .into_iter()
                .map(|(k, v)| (k, v.text(number)))
                .collect()
        }),
    }
}

/// The scenarios saved for comparison as read: (name, record) each, and
/// whether some were not looked at.
pub type Compared = (Vec<(Option<String>, RawRecord)>, bool);

/// A JSON value of the kinds a record's values take; anything else (null,
/// a boolean, a list, an object) is `Other`, whose items are not looked
/// into.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Value {
    Text(String),
    /// A whole number, as the browser's deserializer gives safe integers.
    Integer(i64),
    Number(f64),
    #[default]
    Other,
}

impl Value {
    /// As a scenario value: text as it is, a finite number as plain
    /// decimal text (a hand-edited file may write `"cost": 396900`), else
    /// `None`.
    fn text(self, number: fn(f64) -> String) -> Option<String> {
        match self {
            Value::Text(s) => Some(s),
            Value::Integer(i) => Some(i.to_string()),
            Value::Number(n) if n.is_finite() => Some(number(n)),
            _ => None,
        }
    }

    fn number(&self) -> Option<f64> {
        match *self {
            Value::Integer(i) => Some(i as f64),
            Value::Number(n) => Some(n),
            _ => None,
        }
    }
}

/// The visits of the JSON kinds a type does not read: each ends in `$v`,
/// without looking into a list or object.
macro_rules! other_kinds {
    ($v:expr; $($visit:ident($($arg:ty)?)),*) => {
        $(fn $visit<E: de::Error>(self $(, _: $arg)?) -> Result<Self::Value, E> {
            Ok($v)
        })*
    };
}

/// A list a type does not read: its items are passed over as [`Value`]s,
/// which do not look into them, so reading never goes deeper than the
/// record's own structure.
macro_rules! skip_seq {
    ($v:expr) => {
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            while seq.next_element::<Value>()?.is_some() {}
            Ok($v)
        }
    };
}

/// An object a type does not read, passed over as [`skip_seq`] does.
macro_rules! skip_map {
    ($v:expr) => {
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            while map.next_entry::<Value, Value>()?.is_some() {}
            Ok($v)
        }
    };
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Value;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Value, E> {
                Ok(Value::Text(s.to_owned()))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Value, E> {
                Ok(Value::Text(s))
            }
            fn visit_i64<E: de::Error>(self, i: i64) -> Result<Value, E> {
                Ok(Value::Integer(i))
            }
            fn visit_u64<E: de::Error>(self, u: u64) -> Result<Value, E> {
                Ok(i64::try_from(u).map_or(Value::Other, Value::Integer))
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Value, E> {
                Ok(Value::Number(n))
            }
            other_kinds!(Value::Other; visit_unit(), visit_bool(bool), visit_byte_buf(Vec<u8>));
            // Not read at all: reading their items as values would
            // descend as deep as the file is nested. (The page's reader,
            // `app/js_read.rs`, lets a visit leave items unread.)
            fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Value, A::Error> {
                Ok(Value::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Value, A::Error> {
                Ok(Value::Other)
            }
        }
        d.deserialize_any(V)
    }
}

/// A JSON object's entries in their order, `None` when the value is not
/// an object (missing, `null`, a list…).
#[derive(Clone, Debug, Default, PartialEq)]
struct Object(Option<Vec<(String, Value)>>);

impl<'de> Deserialize<'de> for Object {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Object, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Object;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Object, A::Error> {
                let mut pairs = Vec::new();
                while let Some(pair) = map.next_entry::<String, Value>()? {
                    pairs.push(pair);
                }
                Ok(Object(Some(pairs)))
            }
            other_kinds!(Object(None); visit_unit(), visit_bool(bool), visit_i64(i64),
                visit_u64(u64), visit_f64(f64), visit_str(&str), visit_byte_buf(Vec<u8>));
            skip_seq!(Object(None));
        }
        d.deserialize_any(V)
    }
}

/// `"scenarios"` as read.
#[derive(Debug, Default, PartialEq)]
enum SavedScenarios {
    /// Missing or `null`.
    #[default]
    Missing,
    NotAList,
    /// The first entries, as many as are read, and whether more follow.
    Entries {
        entries: Vec<Entry>,
        more: bool,
    },
}

/// How many saved scenarios are read: the page writes at most
/// [`MAX_SCENARIOS`]; a longer list (edited by hand, or hostile) is read no
/// further than a few more.
const READ_SCENARIOS: usize = MAX_SCENARIOS * 2;

impl<'de> Deserialize<'de> for SavedScenarios {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<SavedScenarios, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = SavedScenarios;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<SavedScenarios, A::Error> {
                let mut entries = Vec::new();
                while entries.len() < READ_SCENARIOS {
                    match seq.next_element::<Entry>()? {
                        Some(entry) => entries.push(entry),
                        None => {
                            return Ok(SavedScenarios::Entries {
                                entries,
                                more: false,
                            })
                        }
                    }
                }
                // The rest only to know there is more (the page says so).
                let mut more = false;
                while seq.next_element::<Value>()?.is_some() {
                    more = true;
                }
                Ok(SavedScenarios::Entries { entries, more })
            }
            other_kinds!(SavedScenarios::Missing; visit_unit());
            other_kinds!(SavedScenarios::NotAList; visit_bool(bool), visit_i64(i64), visit_u64(u64),
                visit_f64(f64), visit_str(&str), visit_byte_buf(Vec<u8>));
            skip_map!(SavedScenarios::NotAList);
        }
        d.deserialize_any(V)
    }
}

/// One saved scenario as read; an entry that is not an object has neither
/// part (and is then left out by the validator).
#[derive(Clone, Debug, Default, PartialEq)]
struct Entry {
    name: Value,
    scenario: Object,
}

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Entry, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Entry;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entry, A::Error> {
                let mut entry = Entry::default();
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "name" => entry.name = map.next_value()?,
                        "scenario" => entry.scenario = map.next_value()?,
                        _ => {
                            map.next_value::<Value>()?;
                        }
                    }
                }
                Ok(entry)
            }
            other_kinds!(Entry::default(); visit_unit(), visit_bool(bool), visit_i64(i64),
                visit_u64(u64), visit_f64(f64), visit_str(&str), visit_byte_buf(Vec<u8>));
            skip_seq!(Entry::default());
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    //! The readers against serde's own in-memory deserializers, which call
    //! the same visits the browser's does for each kind of JSON value. The
    //! written format is checked by the end-to-end tests (share, embed,
    //! tabs), which read what the page wrote with the browser's JSON.
    use super::*;
    use serde::de::value::{
        BoolDeserializer, Error, F64Deserializer, I64Deserializer, MapDeserializer,
        SeqDeserializer, StrDeserializer, UnitDeserializer,
    };
    use serde::de::IntoDeserializer;

    fn no_float(_: f64) -> String {
        "float".to_owned()
    }

    fn str(s: &str) -> StrDeserializer<'_, Error> {
        s.into_deserializer()
    }

    #[test]
    fn values_are_sorted_by_kind_and_never_refused() {
        let read = |r: Result<Value, Error>| r.unwrap();
        assert_eq!(
            read(Value::deserialize(str("5000"))),
            Value::Text("5000".into())
        );
        assert_eq!(
            read(Value::deserialize(I64Deserializer::<Error>::new(-3))),
            Value::Integer(-3)
        );
        assert_eq!(
            read(Value::deserialize(F64Deserializer::<Error>::new(0.5))),
            Value::Number(0.5)
        );
        assert_eq!(
            read(Value::deserialize(BoolDeserializer::<Error>::new(true))),
            Value::Other
        );
        assert_eq!(
            read(Value::deserialize(UnitDeserializer::<Error>::new())),
            Value::Other
        );
        let list = SeqDeserializer::<_, Error>::new(Vec::<i64>::new().into_iter());
        assert_eq!(read(Value::deserialize(list)), Value::Other);
        // As scenario values: whole numbers as integers are written by
        // Rust, others by the page's (the browser's) number printer.
        assert_eq!(
            Value::Integer(396_900).text(no_float).as_deref(),
            Some("396900")
        );
        assert_eq!(Value::Number(0.5).text(no_float).as_deref(), Some("float"));
        assert_eq!(Value::Number(f64::INFINITY).text(no_float), None);
        assert_eq!(Value::Other.text(no_float), None);
    }

    #[test]
    fn a_scenario_object_keeps_its_order_and_anything_else_is_none() {
        let map = MapDeserializer::<_, Error>::new(vec![("b", "2"), ("a", "1")].into_iter());
        let object = Object::deserialize(map).unwrap();
        assert_eq!(
            object.0,
            Some(vec![
                ("b".into(), Value::Text("2".into())),
                ("a".into(), Value::Text("1".into()))
            ])
        );
        let list = SeqDeserializer::<_, Error>::new(vec!["a"].into_iter());
        assert_eq!(Object::deserialize(list).unwrap(), Object(None));
        assert_eq!(Object::deserialize(str("x")).unwrap(), Object(None));
    }

    #[test]
    fn the_saved_list_is_read_no_further_than_twice_the_most_the_page_writes() {
        let list = |n: usize| {
            let entries = SeqDeserializer::<_, Error>::new(vec![true; n].into_iter());
            SavedScenarios::deserialize(entries).unwrap()
        };
        assert_eq!(
            list(2),
            SavedScenarios::Entries {
                entries: vec![Entry::default(); 2],
                more: false
            }
        );
        assert_eq!(
            list(READ_SCENARIOS),
            SavedScenarios::Entries {
                entries: vec![Entry::default(); READ_SCENARIOS],
                more: false
            }
        );
        assert_eq!(
            list(READ_SCENARIOS + 1),
            SavedScenarios::Entries {
                entries: vec![Entry::default(); READ_SCENARIOS],
                more: true
            }
        );
        assert_eq!(
            SavedScenarios::deserialize(UnitDeserializer::<Error>::new()).unwrap(),
            SavedScenarios::Missing
        );
        assert_eq!(
            SavedScenarios::deserialize(str("x")).unwrap(),
            SavedScenarios::NotAList
        );
    }

    #[test]
    fn a_record_reads_its_four_fields_by_name_and_passes_over_the_rest() {
        let map = MapDeserializer::<_, Error>::new(
            vec![
                ("extra", "x"),
                ("app", APP_ID),
                ("version", "3"),
                ("scenario", "no"),
            ]
            .into_iter(),
        );
        let record = RecordIn::deserialize(map).unwrap();
        assert_eq!(record.app, Value::Text(APP_ID.into()));
        // Read as what it is; the validator refuses a version in text.
        assert_eq!(record.version, Value::Text("3".into()));
        assert_eq!(record.scenario, Object(None));
        assert_eq!(record.scenarios, SavedScenarios::Missing);
    }

    #[test]
    fn a_record_hands_the_validator_what_it_holds() {
        let record = |scenarios: SavedScenarios| RecordIn {
            app: Value::Text(APP_ID.into()),
            version: Value::Integer(2),
            scenario: Object(Some(vec![
                ("g1.headcount".into(), Value::Integer(5000)),
                ("cost".into(), Value::Other),
            ])),
            scenarios,
        };
        let mut r = record(SavedScenarios::Missing);
        assert_eq!(
            r.take_scenario(no_float),
            RawRecord {
                app: Some(APP_ID.into()),
                version: Some(2.0),
                scenario: Some(vec![
                    ("g1.headcount".into(), Some("5000".into())),
                    ("cost".into(), None)
                ]),
            }
        );
        assert_eq!(
            r.compared(no_float),
            None,
            "a file from before saved scenarios"
        );
        assert_eq!(
            record(SavedScenarios::NotAList).compared(no_float),
            Some((vec![], true))
        );
        let entry = Entry {
            name: Value::Text("50".into()),
            scenario: Object(Some(vec![("g1.target".into(), Value::Text("50".into()))])),
        };
        let (read, cut) = record(SavedScenarios::Entries {
            entries: vec![entry, Entry::default()],
            more: true,
        })
        .compared(no_float)
        .unwrap();
        assert!(cut);
        assert_eq!(read[0].0.as_deref(), Some("50"));
        assert_eq!(read[0].1.version, Some(2.0), "the record's version");
        assert_eq!(
            read[0].1.scenario,
            Some(vec![("g1.target".into(), Some("50".into()))])
        );
        assert_eq!(
            read[1],
            (
                None,
                RawRecord {
                    app: Some(APP_ID.into()),
                    version: Some(2.0),
                    scenario: None
                }
            )
        );
        let wrong = RecordIn {
            app: Value::Integer(1),
            version: Value::Text("2".into()),
            ..RecordIn::default()
        };
        let raw = {
            let mut w = wrong;
            w.take_scenario(no_float)
        };
        assert_eq!(raw, RawRecord::default());
    }
}
