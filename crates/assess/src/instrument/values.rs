//! One answer's format, by question type, as the fill form and the answers
//! import check it. What the answer means for the rest of the form
//! (relevance, constraints) is `logic`'s.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::{Question, DONT_KNOW};

/// Why an answer is refused; each has its message in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalid {
    Choice,
    Number,
    Date,
    Time,
    DateTime,
    Geopoint,
    Range,
    Rank,
    TooLong,
}

impl Invalid {
    pub fn message_id(self) -> &'static str {
        match self {
            Invalid::Choice => "assess-choice-unknown",
            Invalid::Number => "assess-number-invalid",
            Invalid::Date => "assess-date-invalid",
            Invalid::Time => "assess-time-invalid",
            Invalid::DateTime => "assess-datetime-invalid",
            Invalid::Geopoint => "assess-geopoint-invalid",
            Invalid::Range => "assess-range-invalid",
            Invalid::Rank => "assess-rank-invalid",
            Invalid::TooLong => "assess-text-too-long",
        }
    }

    /// In English, for the command line and import reports.
    pub fn explained(self) -> &'static str {
        match self {
            Invalid::Choice => "is not one of the question's choices",
            Invalid::Number => "is not a number, zero or more",
            Invalid::Date => "is not a date (YYYY-MM-DD)",
            Invalid::Time => "is not a time (HH:MM)",
            Invalid::DateTime => "is not a date and time (YYYY-MM-DDTHH:MM)",
            Invalid::Geopoint => "is not a point: latitude and longitude in degrees, separated by a space",
            Invalid::Range => "is outside the question's range",
            Invalid::Rank => "is not a ranking: each number once, from 1 up to the number of choices",
            Invalid::TooLong => "is longer than 4000 characters",
        }
    }
}

fn number(raw: &str) -> Option<f64> {
    raw.trim().replace(',', ".").parse::<f64>().ok().filter(|n| n.is_finite())
}

/// `start=1 end=10 step=1`, as a range question's `parameters` give it.
fn range_bounds(parameters: &str) -> (f64, f64, f64) {
    let get = |key: &str, default: f64| {
        parameters
            .split([' ', ';', ','])
            .filter_map(|p| p.split_once('='))
            .find(|(k, _)| k.trim() == key)
            .and_then(|(_, v)| number(v))
            .unwrap_or(default)
    };
    (get("start", 1.0), get("end", 10.0), get("step", 1.0))
}

fn geopoint(raw: &str) -> bool {
    let parts: Vec<f64> = raw.split_whitespace().filter_map(number).collect();
    let count = raw.split_whitespace().count();
    (2..=4).contains(&count)
        && parts.len() == count
        && (-90.0..=90.0).contains(&parts[0])
        && (-180.0..=180.0).contains(&parts[1])
}

/// Checks one answer that is a single value (not a multiple choice or a
/// ranking) and returns it as stored.
pub fn single(q: &Question, allowed: &[&str], raw: &str) -> Result<String, Invalid> {
    let value = raw.trim();
    if value.is_empty() || value == DONT_KNOW {
        return Ok(value.to_string());
    }
    let ok = match q.qtype.as_str() {
        "select_one" | "likert" => allowed.contains(&value),
        "integer" => number(value).is_some_and(|n| n >= 0.0 && n.fract() == 0.0),
        "decimal" => number(value).is_some_and(|n| n >= 0.0),
        "date" => value.parse::<NaiveDate>().is_ok(),
        "time" => ["%H:%M", "%H:%M:%S"].iter().any(|f| NaiveTime::parse_from_str(value, f).is_ok()),
        "datetime" => ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]
            .iter()
            .any(|f| NaiveDateTime::parse_from_str(value.get(..19.min(value.len())).unwrap_or(value), f).is_ok()),
        "geopoint" => geopoint(value),
        "range" => {
            let (start, end, step) = range_bounds(&q.details.parameters);
            let (low, high) = if start <= end { (start, end) } else { (end, start) };
            let on_step = |n: f64| step == 0.0 || ((n - start) / step).fract().abs() < 1e-9;
            return number(value)
                .filter(|n| (low..=high).contains(n) && on_step(*n))
                .map(|_| value.to_string())
                .ok_or(Invalid::Range);
        }
        "text" => value.chars().count() <= 4000,
        _ => true,
    };
    if ok {
        Ok(value.to_string())
    } else {
        Err(match q.qtype.as_str() {
            "select_one" | "likert" => Invalid::Choice,
            "integer" | "decimal" => Invalid::Number,
            "date" => Invalid::Date,
            "time" => Invalid::Time,
            "datetime" => Invalid::DateTime,
            "geopoint" => Invalid::Geopoint,
            _ => Invalid::TooLong,
        })
    }
}
