//! A saved scenario (a downloaded file, the browser's autosave, a stored
//! comparison) checked and then read like a link of its version.

use super::codec::{cut, MAX_PAIRS, MAX_QUOTED_CHARS};
use super::keys::{self, CURRENT_VERSION};
use super::link::{load, Loaded};

/// The `app` of a saved or downloaded scenario.
pub const APP_ID: &str = "sagsstamme-beregneren";
/// Largest scenario file or stored record read, in bytes. A full scenario
/// is a few kilobytes.
pub const MAX_RECORD_BYTES: usize = 64 * 1024;

/// Why a scenario file (or the copy saved in the browser) was not loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum RecordError {
    /// Larger than [`MAX_RECORD_BYTES`].
    TooBig,
    /// Not JSON at all.
    NotJson,
    /// JSON, but not an object with `"app": "sagsstamme-beregneren"`.
    NotOurs,
    /// Our file, but a `version` this page does not read.
    UnknownVersion,
    /// `scenario` missing or not an object.
    NoScenario,
    /// A scenario value that is neither text nor a number (the key, cut).
    WrongType(String),
}

/// A saved scenario as far as JSON gives it: each part `None` when missing
/// or of the wrong JSON type; a scenario value `None` when it is neither a
/// string nor a number (numbers already written as plain decimal text).
///
/// The record is `{"app": "sagsstamme-beregneren", "version": 2,
/// "scenario": {"g1.headcount": "5000", …}}`: the query pairs of [`encode`](super::link::encode)
/// as an object, so a file and a link read the same way.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawRecord {
    pub app: Option<String>,
    pub version: Option<f64>,
    pub scenario: Option<Vec<(String, Option<String>)>>,
}

/// Checks a saved scenario and loads it like a link of its version. A
/// record that is not ours, of another version or with values of the wrong
/// type is refused as a whole; bad values of the right type are reported
/// and skipped as in a link.
pub fn read_record(record: RawRecord) -> Result<Loaded, RecordError> {
    if record.app.as_deref() != Some(APP_ID) {
        return Err(RecordError::NotOurs);
    }
    // Version 2 records (files and browser copies written before amounts
    // carried years) load as version 2 links do.
    let version = match record.version {
        Some(2.0) => 2,
        Some(v) if v == f64::from(CURRENT_VERSION) => CURRENT_VERSION,
        _ => return Err(RecordError::UnknownVersion),
    };
    let entries = record.scenario.ok_or(RecordError::NoScenario)?;
    let mut pairs = Vec::with_capacity(entries.len().min(MAX_PAIRS) + 1);
    // The record's version decides; a `v` inside the scenario is ignored.
    pairs.push((keys::VERSION.to_owned(), version.to_string()));
    for (k, v) in entries {
        match v {
            Some(v) => pairs.push((k, v)),
            None => return Err(RecordError::WrongType(cut(&k, MAX_QUOTED_CHARS))),
        }
    }
    Ok(load(pairs))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::form::{FieldId, Form};
    use crate::model::lang::Lang;

    #[test]
    fn saved_records_are_checked_before_loading() {
        let ok = |scenario: Vec<(&str, Option<&str>)>| RawRecord {
            app: Some(APP_ID.to_owned()),
            version: Some(2.0),
            scenario: Some(
                scenario
                    .into_iter()
                    .map(|(k, v)| (k.to_owned(), v.map(str::to_owned)))
                    .collect(),
            ),
        };
        let l = read_record(ok(vec![("g1.headcount", Some("5000")), ("v", Some("1"))])).unwrap();
        assert_eq!(
            l.form.groups[0].headcount, "5.000",
            "the record's version wins"
        );
        // A version 2 record is read against the defaults of its time;
        // one with no scenario data is "the defaults", as a link is.
        let l = read_record(ok(vec![("g1.target", Some("40"))])).unwrap();
        let mut expected = Form::legacy(Lang::Da);
        expected.set_text(FieldId::Target(expected.groups[0].id), "40");
        assert_eq!(l.form, expected);
        assert_eq!(read_record(ok(vec![])).unwrap().form, Form::new(Lang::Da));
        let v3 = RawRecord {
            version: Some(3.0),
            ..ok(vec![])
        };
        assert_eq!(read_record(v3).unwrap().form, Form::new(Lang::Da));
        let cases = [
            (RawRecord::default(), RecordError::NotOurs),
            (
                RawRecord {
                    app: Some("other-app".into()),
                    ..ok(vec![])
                },
                RecordError::NotOurs,
            ),
            (
                RawRecord {
                    version: Some(4.0),
                    ..ok(vec![])
                },
                RecordError::UnknownVersion,
            ),
            (
                RawRecord {
                    version: None,
                    ..ok(vec![])
                },
                RecordError::UnknownVersion,
            ),
            (
                RawRecord {
                    scenario: None,
                    ..ok(vec![])
                },
                RecordError::NoScenario,
            ),
            (
                ok(vec![("cost", Some("1")), ("g1.headcount", None)]),
                RecordError::WrongType("g1.headcount".into()),
            ),
        ];
        for (record, expected) in cases {
            assert_eq!(read_record(record.clone()), Err(expected), "{record:?}");
        }
    }
}
