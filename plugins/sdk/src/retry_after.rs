//! How long a 429 asked the plugin to wait, read the way the providers' own
//! SDKs do: `retry-after-ms` first, then `retry-after` in seconds or as an
//! HTTP date (IMF-fixdate, RFC 850 or asctime, RFC 9110 §5.6.7); and
//! protobuf durations such as Gemini's `RetryInfo.retryDelay` (`"47s"`).

use crate::http::Response;

/// Milliseconds from the `retry-after-ms` / `retry-after` headers, when present
/// and positive; `now_unix_secs` is the current time, for an HTTP date.
pub fn from_headers(response: &Response, now_unix_secs: u64) -> Option<u64> {
    if let Some(ms) = response.header("retry-after-ms").and_then(positive_number) {
        return Some(ms.ceil() as u64);
    }
    let value = response.header("retry-after")?;
    if let Some(secs) = positive_number(value) {
        return Some((secs * 1000.0).ceil() as u64);
    }
    let at = http_date_unix_secs(value)?;
    let wait = at.checked_sub(now_unix_secs)?;
    (wait > 0).then(|| wait.saturating_mul(1000))
}

/// Milliseconds of a protobuf duration string (`"12s"`, `"45.837906927s"`), rounded up; `None` unless positive.
pub fn retry_delay_ms(text: &str) -> Option<u64> {
    let secs = positive_number(text.trim().strip_suffix('s')?)?;
    Some((secs * 1000.0).ceil() as u64)
}

/// A finite number above zero (the SDK ignores zero and negative values).
fn positive_number(text: &str) -> Option<f64> {
    let value: f64 = text.trim().parse().ok()?;
    (value.is_finite() && value > 0.0 && value < 1e12).then_some(value)
}

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// Seconds since the Unix epoch of an HTTP date, e.g. `Sun, 06 Nov 1994 08:49:37 GMT`.
pub fn http_date_unix_secs(text: &str) -> Option<u64> {
    let tokens: Vec<&str> = text.split([' ', ',', '-']).filter(|t| !t.is_empty()).collect();
    let mut month = None;
    let mut time = None;
    let mut numbers: Vec<u64> = Vec::new();
    for token in &tokens {
        let lower = token.to_ascii_lowercase();
        if let Some(index) = MONTHS.iter().position(|m| lower == *m) {
            month = Some(index as u64 + 1);
        } else if token.contains(':') {
            time = Some(*token);
        } else if token.chars().all(|c| c.is_ascii_digit()) {
            numbers.push(token.parse().ok()?);
        }
    }
    // In all three formats the day comes before the year.
    let (day, year) = match numbers.as_slice() {
        [day, year] => (*day, *year),
        _ => return None,
    };
    let year = match year {
        0..=69 => year + 2000,
        70..=99 => year + 1900,
        _ => year,
    };
    let mut clock = time?.split(':').map(|part| part.parse::<u64>().ok());
    let (hour, minute, second) = (clock.next()??, clock.next()??, clock.next()??);
    if !(1..=31).contains(&day) || year < 1970 || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let days = days_from_civil(year, month?, day);
    Some(days * 86_400 + hour * 3600 + minute * 60 + second)
}

/// Days from 1970-01-01 to a date in the proleptic Gregorian calendar (year ≥ 1970).
fn days_from_civil(year: u64, month: u64, day: u64) -> u64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year / 400;
    let year_of_era = year - era * 400;
    let month_index = if month > 2 { month - 3 } else { month + 9 };
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(headers: &[(&str, &str)]) -> Response {
        headers.iter().fold(Response::new(429, Vec::new()), |r, (k, v)| r.with_header(k, v))
    }

    #[test]
    fn the_three_http_date_formats_parse() {
        for text in ["Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"] {
            assert_eq!(http_date_unix_secs(text), Some(784_111_777), "{text}");
        }
        assert_eq!(http_date_unix_secs("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(http_date_unix_secs("Wed, 29 Feb 2028 12:00:00 GMT"), Some(1_835_438_400));
        assert_eq!(http_date_unix_secs("soon"), None);
        assert_eq!(http_date_unix_secs("Sun, 06 Foo 1994 08:49:37 GMT"), None);
    }

    #[test]
    fn retry_after_ms_wins_then_seconds_then_a_date() {
        assert_eq!(from_headers(&with(&[("retry-after", "7"), ("retry-after-ms", "1500")]), 0), Some(1500));
        assert_eq!(from_headers(&with(&[("Retry-After", "2")]), 0), Some(2000));
        assert_eq!(from_headers(&with(&[("Retry-After", "0.25")]), 0), Some(250));
        let now = 784_111_777 - 30;
        assert_eq!(from_headers(&with(&[("retry-after", "Sun, 06 Nov 1994 08:49:37 GMT")]), now), Some(30_000));
        // A date in the past, zero, negative or nonsense: the provider did not say.
        assert_eq!(from_headers(&with(&[("retry-after", "Sun, 06 Nov 1994 08:49:37 GMT")]), now + 60), None);
        assert_eq!(from_headers(&with(&[("retry-after", "0")]), 0), None);
        assert_eq!(from_headers(&with(&[("retry-after", "-3")]), 0), None);
        assert_eq!(from_headers(&with(&[("retry-after-ms", "NaN")]), 0), None);
        assert_eq!(from_headers(&with(&[]), 0), None);
    }

    #[test]
    fn retry_delays_are_protobuf_durations() {
        assert_eq!(retry_delay_ms("12s"), Some(12_000));
        assert_eq!(retry_delay_ms("45.837906927s"), Some(45_838));
        assert_eq!(retry_delay_ms("0s"), None);
        assert_eq!(retry_delay_ms("12"), None);
        assert_eq!(retry_delay_ms("soon"), None);
    }
}
