//! Service levels, computed from a request's events: the first response
//! (the hub's first reply to the municipality) and the resolution, each
//! counted in business hours on the municipality's country calendar, with
//! the time spent waiting for the municipality left out.

use chrono::{DateTime, Utc};

use crate::calendar::{after_business_hours, business_hours};
use crate::helpdesk::Event;

/// Targets in business hours: two business days to answer, ten to resolve.
pub const FIRST_RESPONSE_HOURS: f64 = 2.0 * 24.0;
pub const RESOLUTION_HOURS: f64 = 10.0 * 24.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Measure {
    /// Business hours counted so far (or until it was met).
    pub hours: f64,
    pub target: f64,
    /// Whether it was met (the reply was sent; the request resolved).
    pub met: bool,
    /// When it falls due on the country's calendar; `None` once met, or
    /// while the clock is stopped waiting for the municipality.
    pub due: Option<DateTime<Utc>>,
}

impl Measure {
    pub fn breached(&self) -> bool {
        self.hours > self.target
    }

    /// The level in words: met, past the target, due by a date (local
    /// time), or paused while the hub waits for the municipality. Business
    /// days and holidays are counted behind the scenes.
    pub fn describe(&self, tr: impl std::borrow::Borrow<platform::i18n::Tr>) -> String {
        let tr = *tr.borrow();
        match (self.met, self.breached(), self.due) {
            (true, false, _) => tr.t("support-level-met"),
            (_, true, _) => tr.t("support-level-breached"),
            (false, false, Some(due)) => tr.t1("support-level-due", "when", platform::time::deadline(tr, due)),
            (false, false, None) => tr.t("support-level-paused"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Levels {
    pub first_response: Measure,
    pub resolution: Measure,
}

/// Business hours from `from` to `to`, leaving out the paused intervals.
fn counted(country: &str, from: DateTime<Utc>, to: DateTime<Utc>, paused: &[(DateTime<Utc>, DateTime<Utc>)]) -> f64 {
    let mut hours = business_hours(country, from, to);
    for (start, end) in paused {
        let (start, end) = ((*start).max(from), (*end).min(to));
        if end > start {
            hours -= business_hours(country, start, end);
        }
    }
    hours.max(0.0)
}

/// The service levels of a request with these events, as of `now`.
pub fn levels(country: &str, created: DateTime<Utc>, events: &[Event], now: DateTime<Utc>) -> Levels {
    let mut paused: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
    let mut waiting_since: Option<DateTime<Utc>> = None;
    let mut resolved_at: Option<DateTime<Utc>> = None;
    for e in events.iter().filter(|e| e.kind == "state") {
        if let Some(since) = waiting_since.take() {
            paused.push((since, e.at));
        }
        match e.state.as_str() {
            "waiting" => waiting_since = Some(e.at),
            "resolved" | "closed" => resolved_at = resolved_at.or(Some(e.at)),
            // Reopening starts the resolution clock again from where it stood.
            "open" => resolved_at = None,
            _ => {}
        }
    }
    if let Some(since) = waiting_since {
        paused.push((since, now));
    }
    let replied = events.iter().find(|e| matches!(e.kind.as_str(), "reply" | "expert")).map(|e| e.at);
    let first_end = replied.unwrap_or(now);
    let resolution_end = resolved_at.unwrap_or(now);
    let waiting = waiting_since.is_some();
    let measure = |hours: f64, target: f64, met: bool| Measure {
        hours,
        target,
        met,
        due: (!met && !waiting).then(|| after_business_hours(country, now, target - hours)),
    };
    Levels {
        first_response: measure(counted(country, created, first_end, &paused), FIRST_RESPONSE_HOURS, replied.is_some()),
        resolution: measure(
            counted(country, created, resolution_end, &paused),
            RESOLUTION_HOURS,
            resolved_at.is_some(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(m: u32, d: u32, h: u32) -> DateTime<Utc> {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap().and_hms_opt(h, 0, 0).unwrap().and_utc()
    }

    fn event(kind: &str, state: &str, when: DateTime<Utc>) -> Event {
        Event {
            at: when,
            account_id: None,
            who: String::new(),
            kind: kind.into(),
            state: state.into(),
            body: String::new(),
        }
    }

    /// Asked on Thursday 9 April 2026 at 10:00, answered on Wednesday 15
    /// April at 10:00. In Serbia, Friday (Orthodox Good Friday) and Monday
    /// (Orthodox Easter Monday) are holidays: 14 h + Tuesday's 24 h + 10 h =
    /// 48 h, within the two business days. Albania keeps that Monday but not
    /// the Friday: 14 + 24 + 24 + 10 = 72 h, past the target.
    #[test]
    fn the_first_response_counts_the_country_s_business_days() {
        let events = [event("created", "new", at(4, 9, 10)), event("reply", "", at(4, 15, 10))];
        let rs = levels("RS", at(4, 9, 10), &events, at(4, 20, 0));
        assert_eq!(rs.first_response.hours, 48.0);
        assert!(rs.first_response.met && !rs.first_response.breached());
        let al = levels("AL", at(4, 9, 10), &events, at(4, 20, 0));
        assert_eq!(al.first_response.hours, 72.0);
        assert!(al.first_response.breached());
    }

    /// Waiting for the municipality pauses the clock: asked Monday 2 November
    /// 08:00, waiting from Monday 12:00 to Thursday 12:00, resolved Thursday
    /// 18:00: 4 h + 6 h = 10 business hours.
    #[test]
    fn waiting_for_the_municipality_pauses_the_clock() {
        let events = [
            event("created", "new", at(11, 2, 8)),
            event("reply", "", at(11, 2, 12)),
            event("state", "waiting", at(11, 2, 12)),
            event("state", "open", at(11, 5, 12)),
            event("state", "resolved", at(11, 5, 18)),
        ];
        let l = levels("MK", at(11, 2, 8), &events, at(11, 30, 0));
        assert_eq!(l.resolution.hours, 10.0);
        assert!(l.resolution.met);
        assert_eq!(l.first_response.hours, 4.0);
    }
}
