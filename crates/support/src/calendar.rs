//! Business calendars per country: weekends and public holidays, fixed and
//! movable. The countries of the hub keep different Easters (Catholic and
//! Orthodox) and some keep Bajram, so service levels count business days on
//! the calendar of the municipality that asked.
//!
//! Fixed dates are the countries' laws on public holidays as commonly
//! published; Easter is computed (Gregorian computus for the Catholic date,
//! the Julian computus plus 13 days for the Orthodox one, valid 1900–2099);
//! the Islamic holidays follow the published dates for 2024–2027 below.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};

/// Western (Catholic) Easter Sunday.
pub fn catholic_easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).unwrap_or_default()
}

/// Orthodox Easter Sunday, as a Gregorian date.
pub fn orthodox_easter(year: i32) -> NaiveDate {
    let a = year % 4;
    let b = year % 7;
    let c = year % 19;
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    let julian = NaiveDate::from_ymd_opt(year, month as u32, day as u32).unwrap_or_default();
    julian + Duration::days(13)
}

/// Eid al-Fitr (Ramazan Bajram) and Eid al-Adha (Kurban Bajram), first days.
const BAJRAM: &[(i32, u32, u32)] = &[
    (2024, 4, 10),
    (2024, 6, 16),
    (2025, 3, 30),
    (2025, 6, 6),
    (2026, 3, 20),
    (2026, 5, 27),
    (2027, 3, 9),
    (2027, 5, 16),
];

/// Month and day of each country's fixed public holidays.
fn fixed(country: &str) -> &'static [(u32, u32)] {
    match country {
        "AL" => &[(1, 1), (1, 2), (3, 14), (3, 22), (5, 1), (10, 19), (11, 28), (11, 29), (12, 8), (12, 25)],
        "BA" => &[(1, 1), (1, 2), (3, 1), (5, 1), (5, 2), (11, 25)],
        "ME" => &[(1, 1), (1, 2), (1, 7), (5, 1), (5, 2), (5, 21), (5, 22), (7, 13), (7, 14)],
        "MK" => &[(1, 1), (1, 7), (5, 1), (5, 24), (8, 2), (9, 8), (10, 11), (10, 23), (12, 8)],
        "RS" => &[(1, 1), (1, 2), (1, 7), (2, 15), (2, 16), (5, 1), (5, 2), (11, 11)],
        "XK" => &[(1, 1), (1, 2), (1, 7), (2, 17), (4, 9), (5, 1), (5, 9), (12, 25)],
        _ => &[(1, 1), (5, 1), (12, 25)],
    }
}

/// Days counted from Easter Sunday: (Catholic offsets, Orthodox offsets).
fn easter_days(country: &str) -> (&'static [i64], &'static [i64]) {
    match country {
        "AL" | "XK" => (&[1], &[1]),
        "BA" => (&[1], &[-2, 1]),
        "ME" | "MK" => (&[], &[-2, 1]),
        "RS" => (&[], &[-2, 1]),
        _ => (&[-2, 1], &[]),
    }
}

fn keeps_bajram(country: &str) -> bool {
    matches!(country, "AL" | "BA" | "MK" | "XK")
}

/// Whether a day is a public holiday in the country (ISO 3166 code).
pub fn is_holiday(country: &str, day: NaiveDate) -> bool {
    if fixed(country).contains(&(day.month(), day.day())) {
        return true;
    }
    let (catholic, orthodox) = easter_days(country);
    let year = day.year();
    if catholic.iter().any(|o| catholic_easter(year) + Duration::days(*o) == day)
        || orthodox.iter().any(|o| orthodox_easter(year) + Duration::days(*o) == day)
    {
        return true;
    }
    keeps_bajram(country) && BAJRAM.iter().any(|(y, m, d)| NaiveDate::from_ymd_opt(*y, *m, *d) == Some(day))
}

pub fn is_business_day(country: &str, day: NaiveDate) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !is_holiday(country, day)
}

/// Business time between two instants, in hours: the parts of the interval
/// that fall on the country's business days (whole days of 24 hours, UTC).
pub fn business_hours(country: &str, from: DateTime<Utc>, to: DateTime<Utc>) -> f64 {
    if to <= from {
        return 0.0;
    }
    let mut total = 0.0;
    let mut day = from.date_naive();
    while day <= to.date_naive() {
        if is_business_day(country, day) {
            let start = day.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc().max(from);
            let end = (day + Duration::days(1)).and_hms_opt(0, 0, 0).unwrap_or_default().and_utc().min(to);
            if end > start {
                total += (end - start).num_seconds() as f64 / 3600.0;
            }
        }
        day += Duration::days(1);
    }
    total
}

/// The instant `hours` business hours after `from`: what a service level's
/// remaining time means on the calendar, skipping weekends and holidays.
pub fn after_business_hours(country: &str, from: DateTime<Utc>, hours: f64) -> DateTime<Utc> {
    let mut left = Duration::seconds((hours.max(0.0) * 3600.0) as i64);
    let mut at = from;
    // Bounded: a service level is days, not years.
    for _ in 0..3660 {
        let day = at.date_naive();
        let end = (day + Duration::days(1)).and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
        if is_business_day(country, day) {
            if at + left <= end {
                return at + left;
            }
            left -= end - at;
        }
        at = end;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn business_hours_are_added_over_weekends_and_holidays() {
        let friday_noon = d(2026, 12, 4).and_hms_opt(12, 0, 0).unwrap().and_utc();
        // Two business days from Friday noon: Friday's 12 hours, Monday's 24, Tuesday's first 12…
        let due = after_business_hours("ME", friday_noon, 48.0);
        assert_eq!(due, d(2026, 12, 8).and_hms_opt(12, 0, 0).unwrap().and_utc());
        assert_eq!(business_hours("ME", friday_noon, due), 48.0);
        // …but Tuesday 8 December is St Clement's day in North Macedonia.
        let due = after_business_hours("MK", friday_noon, 48.0);
        assert_eq!(due, d(2026, 12, 9).and_hms_opt(12, 0, 0).unwrap().and_utc());
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn both_easters_match_the_published_dates() {
        assert_eq!(catholic_easter(2024), d(2024, 3, 31));
        assert_eq!(orthodox_easter(2024), d(2024, 5, 5));
        assert_eq!(catholic_easter(2025), d(2025, 4, 20));
        assert_eq!(orthodox_easter(2025), d(2025, 4, 20));
        assert_eq!(catholic_easter(2026), d(2026, 4, 5));
        assert_eq!(orthodox_easter(2026), d(2026, 4, 12));
    }

    #[test]
    fn calendars_differ_by_country() {
        // Catholic Easter Monday 2026 is a holiday in Kosovo, not in Serbia.
        assert!(is_holiday("XK", d(2026, 4, 6)));
        assert!(!is_holiday("RS", d(2026, 4, 6)));
        // Orthodox Good Friday 2026 is one in Serbia and North Macedonia.
        assert!(is_holiday("RS", d(2026, 4, 10)) && is_holiday("MK", d(2026, 4, 10)));
        assert!(!is_holiday("AL", d(2026, 4, 10)));
        // Ramazan Bajram 2026 in North Macedonia, not in Serbia.
        assert!(is_holiday("MK", d(2026, 3, 20)) && !is_holiday("RS", d(2026, 3, 20)));
    }

    #[test]
    fn business_hours_skip_weekends_and_holidays() {
        let at = |y, m, day, h| d(y, m, day).and_hms_opt(h, 0, 0).unwrap().and_utc();
        // Friday 10:00 to Monday 10:00: 14 h on Friday and 10 h on Monday.
        assert_eq!(business_hours("RS", at(2026, 11, 6, 10), at(2026, 11, 9, 10)), 24.0);
        // Orthodox Good Friday 2026 (10 April) to Easter Monday: nothing in Serbia,
        // and in Kosovo, Friday alone (Easter Monday, 13 April, is a holiday there too).
        assert_eq!(business_hours("RS", at(2026, 4, 10, 0), at(2026, 4, 14, 0)), 0.0);
        assert_eq!(business_hours("XK", at(2026, 4, 10, 0), at(2026, 4, 14, 0)), 24.0);
    }
}
