//! Calendar dates: the dateline of an article and the day a claim refers to.
//!
//! A tiny proleptic-Gregorian date is all the tool needs (ISO output, weekday arithmetic to
//! resolve "dimanche" against a dateline), so it is written here rather than pulling in a
//! calendar crate.

use std::fmt;

/// A calendar day, validated on construction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// Builds a date, or `None` when the day does not exist (31 April, 29 February 2023).
    #[must_use]
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Self {
            year,
            month: u8::try_from(month).ok()?,
            day: u8::try_from(day).ok()?,
        })
    }

    /// The month, 1–12.
    #[must_use]
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    /// The year.
    #[must_use]
    pub fn year(self) -> i32 {
        self.year
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`.
    #[must_use]
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::to_days`].
    #[must_use]
    pub fn from_days(days: i64) -> Option<Self> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Self::from_ymd(
            i32::try_from(year).ok()?,
            u32::try_from(month).ok()?,
            u32::try_from(day).ok()?,
        )
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    #[must_use]
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        u32::try_from((self.to_days() + 3).rem_euclid(7)).unwrap_or(0)
    }

    /// The date `n` days later (earlier when negative).
    #[must_use]
    pub fn add_days(self, n: i64) -> Option<Self> {
        Self::from_days(self.to_days() + n)
    }

    /// The latest day on or before `self` that falls on `weekday` (0 = Monday): how a dispatch
    /// dated Monday means last Sunday when it says "dimanche".
    #[must_use]
    pub fn last_weekday(self, weekday: u32) -> Option<Self> {
        let back = (i64::from(self.weekday()) - i64::from(weekday)).rem_euclid(7);
        self.add_days(-back)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Month number (1–12) of a French or English month name, lowercase.
#[must_use]
pub fn month_number(word: &str) -> Option<u32> {
    let n = match word {
        // Datelines abbreviate: "RODEZ, 12 fév (Agence)", "22 juil".
        "janvier" | "january" | "jan" | "janv" => 1,
        "février" | "fevrier" | "february" | "feb" | "févr" | "fév" | "fev" => 2,
        "mars" | "march" | "mar" => 3,
        "avril" | "april" | "apr" | "avr" => 4,
        "mai" | "may" => 5,
        "juin" | "june" | "jun" => 6,
        "juillet" | "july" | "jul" | "juil" => 7,
        "août" | "aout" | "august" | "aug" => 8,
        "septembre" | "september" | "sept" | "sep" => 9,
        "octobre" | "october" | "oct" => 10,
        "novembre" | "november" | "nov" => 11,
        "décembre" | "decembre" | "december" | "dec" | "déc" => 12,
        _ => return None,
    };
    Some(n)
}

/// Weekday number (0 = Monday) of a French or English day name, lowercase.
#[must_use]
pub fn weekday_number(word: &str) -> Option<u32> {
    let n = match word {
        "lundi" | "monday" => 0,
        "mardi" | "tuesday" => 1,
        "mercredi" | "wednesday" => 2,
        "jeudi" | "thursday" => 3,
        "vendredi" | "friday" => 4,
        "samedi" | "saturday" => 5,
        "dimanche" | "sunday" => 6,
        _ => return None,
    };
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_round_trips_through_days() {
        let d = Date::from_ymd(2022, 1, 10).unwrap();
        assert_eq!(Date::from_days(d.to_days()), Some(d));
        assert_eq!(d.to_string(), "2022-01-10");
    }

    #[test]
    fn date_knows_weekdays() {
        // 10 January 2022 was a Monday; the Sunday before is the 9th.
        let monday = Date::from_ymd(2022, 1, 10).unwrap();
        assert_eq!(monday.weekday(), 0);
        assert_eq!(monday.last_weekday(6).unwrap().to_string(), "2022-01-09");
        assert_eq!(monday.last_weekday(0), Some(monday));
    }

    #[test]
    fn date_rejects_impossible_days() {
        assert!(Date::from_ymd(2023, 2, 29).is_none());
        assert!(Date::from_ymd(2024, 2, 29).is_some());
        assert!(Date::from_ymd(2022, 13, 1).is_none());
    }
}
