//! Times as people read them: in the places' time zone, with its name,
//! written the reader's way ("Thursday 4 December, 10:54 CET"). Every
//! jurisdiction of the region keeps Central European Time with the EU's
//! summer time (from the last Sunday of March to the last Sunday of
//! October, changing at 01:00 UTC), which is computed here rather than read
//! from a time-zone database.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc, Weekday};

use crate::i18n::Tr;

fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let next_month =
        if month == 12 { NaiveDate::from_ymd_opt(year + 1, 1, 1) } else { NaiveDate::from_ymd_opt(year, month + 1, 1) };
    let mut day = next_month.unwrap_or_default() - Duration::days(1);
    while day.weekday() != Weekday::Sun {
        day -= Duration::days(1);
    }
    day
}

/// Whether EU summer time is in force at `at`.
pub fn summer_time(at: DateTime<Utc>) -> bool {
    let year = at.year();
    let start = Utc.from_utc_datetime(&last_sunday(year, 3).and_hms_opt(1, 0, 0).unwrap_or_default());
    let end = Utc.from_utc_datetime(&last_sunday(year, 10).and_hms_opt(1, 0, 0).unwrap_or_default());
    start <= at && at < end
}

/// Local wall-clock time in the region and the zone's abbreviation.
pub fn local(at: DateTime<Utc>) -> (NaiveDateTime, &'static str) {
    if summer_time(at) {
        ((at + Duration::hours(2)).naive_utc(), "CEST")
    } else {
        ((at + Duration::hours(1)).naive_utc(), "CET")
    }
}

/// The last minute of a day in the region (23:59 local time), for dates
/// given without a time (a round's deadline, a report's due date).
pub fn end_of_day(date: NaiveDate) -> DateTime<Utc> {
    let naive = date.and_hms_opt(23, 59, 0).unwrap_or_default();
    let winter = Utc.from_utc_datetime(&naive) - Duration::hours(1);
    if summer_time(winter) {
        winter - Duration::hours(1)
    } else {
        winter
    }
}

/// "Thursday 4 December, 10:54 CET", in the reader's words.
pub fn deadline(tr: Tr, at: DateTime<Utc>) -> String {
    let (when, zone) = local(at);
    let weekday = tr.t(WEEKDAYS[when.weekday().num_days_from_monday() as usize]);
    let month = tr.t(MONTHS[when.month0() as usize]);
    tr.ta(
        "time-deadline",
        &[
            ("weekday", &weekday),
            ("day", &when.day().to_string()),
            ("month", &month),
            ("time", &when.format("%H:%M").to_string()),
            ("zone", zone),
        ],
    )
}

/// "Thursday 4 December", for dates without a time.
pub fn day(tr: Tr, date: NaiveDate) -> String {
    let weekday = tr.t(WEEKDAYS[date.weekday().num_days_from_monday() as usize]);
    let month = tr.t(MONTHS[date.month0() as usize]);
    tr.ta("time-day", &[("weekday", &weekday), ("day", &date.day().to_string()), ("month", &month)])
}

/// How long until `at`, in words ("in 2 days", "3 hours ago").
pub fn relative(tr: Tr, at: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let minutes = (at - now).num_minutes();
    let (amount, unit) = match minutes.abs() {
        m if m < 90 => (m, "minutes"),
        m if m < 48 * 60 => (m / 60, "hours"),
        m => (m / (24 * 60), "days"),
    };
    let id = match (minutes >= 0, unit) {
        (true, "minutes") => "time-in-minutes",
        (true, "hours") => "time-in-hours",
        (true, _) => "time-in-days",
        (false, "minutes") => "time-ago-minutes",
        (false, "hours") => "time-ago-hours",
        (false, _) => "time-ago-days",
    };
    tr.n(id, amount)
}

const WEEKDAYS: [&str; 7] =
    ["weekday-mon", "weekday-tue", "weekday-wed", "weekday-thu", "weekday-fri", "weekday-sat", "weekday-sun"];
const MONTHS: [&str; 12] = [
    "month-jan",
    "month-feb",
    "month-mar",
    "month-apr",
    "month-may",
    "month-jun",
    "month-jul",
    "month-aug",
    "month-sep",
    "month-oct",
    "month-nov",
    "month-dec",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::i18n;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn summer_time_follows_the_eu_rule() {
        assert!(!summer_time(at("2026-03-29T00:59:59Z")));
        assert!(summer_time(at("2026-03-29T01:00:00Z")));
        assert!(summer_time(at("2026-10-25T00:59:59Z")));
        assert!(!summer_time(at("2026-10-25T01:00:00Z")));
        assert_eq!(local(at("2026-12-04T09:54:00Z")).1, "CET");
    }

    #[test]
    fn deadlines_read_as_dates_in_local_time() {
        let en = i18n().get("en").unwrap();
        assert_eq!(deadline(en, at("2026-12-04T09:54:00Z")), "Friday 4 December, 10:54 CET");
        assert_eq!(deadline(en, at("2026-07-01T08:00:00Z")), "Wednesday 1 July, 10:00 CEST");
        let mk = i18n().get("mk").unwrap();
        assert!(deadline(mk, at("2026-12-04T09:54:00Z")).contains("декември"));
    }
}
