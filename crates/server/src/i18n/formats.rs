//! Dates, times, numbers, percentages and amounts as each language writes them: the
//! patterns, separators and currency placements come from the Unicode CLDR data that
//! ICU4X carries, the time zones from the tz database (bundled by jiff), never from rules
//! written here.

use super::Lang;
use fixed_decimal::Decimal;
use icu_calendar::Date;
use icu_datetime::fieldsets;
use icu_datetime::options::TimePrecision;
use icu_datetime::{DateTimeFormatter, FixedCalendarDateTimeFormatter};
use icu_decimal::DecimalFormatter;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::dimension::percent::formatter::PercentFormatter;
use icu_experimental::relativetime::{RelativeTimeFormatter, options};
use icu_locale_core::Locale;
use icu_locale_core::preferences::extensions::unicode::keywords::CurrencyType;
use icu_time::zone::{IanaParser, UtcOffset};
use icu_time::{DateTime, Time, ZonedDateTime};
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

/// A time zone of the tz database (`Europe/Rome`), as a viewer or an instance sets it.
#[derive(Debug, Clone, PartialEq)]
pub struct Zone(jiff::tz::TimeZone);

impl Zone {
    pub fn utc() -> Zone {
        Zone(jiff::tz::TimeZone::UTC)
    }

    /// The zone of an IANA name, if the tz database knows it.
    pub fn parse(name: &str) -> Option<Zone> {
        if name.is_empty() || name.len() > 64 {
            return None;
        }
        jiff::tz::TimeZone::get(name).ok().map(Zone)
    }

    /// Its IANA name (`UTC` for the zone of the same name).
    pub fn name(&self) -> &str {
        self.0.iana_name().unwrap_or("UTC")
    }
}

/// The zones a person may choose, by name: the tz database's regions (`Europe/Rome`) and
/// `UTC`, without its aliases for fixed offsets (`Etc/GMT+5`).
pub fn zone_names() -> &'static [String] {
    static NAMES: LazyLock<Vec<String>> = LazyLock::new(|| {
        let mut names: Vec<String> = jiff::tz::db()
            .available()
            .map(|n| n.as_str().to_string())
            .filter(|n| n.contains('/') && !n.starts_with("Etc/") && !n.starts_with("SystemV/"))
            .collect();
        names.push("UTC".into());
        names.sort();
        names.dedup();
        names
    });
    &NAMES
}

/// The formatters of one language, made once.
struct Formats {
    date_time: DateTimeFormatter<fieldsets::Combo<fieldsets::YMDT, fieldsets::zone::SpecificShort>>,
    date: FixedCalendarDateTimeFormatter<icu_calendar::Gregorian, fieldsets::YMD>,
    decimal: DecimalFormatter,
    percent: PercentFormatter<DecimalFormatter>,
    seconds: RelativeTimeFormatter,
    minutes: RelativeTimeFormatter,
    hours: RelativeTimeFormatter,
    days: RelativeTimeFormatter,
    months: RelativeTimeFormatter,
    years: RelativeTimeFormatter,
}

fn locale(lang: Lang) -> Locale {
    lang.code().parse().expect("a language code is a locale")
}

impl Formats {
    fn new(lang: Lang) -> Formats {
        let l = locale(lang);
        // `auto`: "yesterday", "tomorrow", "now" where the language has a word for it.
        let auto = || {
            options::RelativeTimeFormatterOptions::default().with_numeric(options::Numeric::Auto)
        };
        let data = "CLDR data for the four languages is compiled in";
        Formats {
            date_time: DateTimeFormatter::try_new(
                (&l).into(),
                fieldsets::YMDT::medium()
                    .with_time_precision(TimePrecision::Minute)
                    .with_zone(fieldsets::zone::SpecificShort),
            )
            .expect(data),
            date: FixedCalendarDateTimeFormatter::try_new((&l).into(), fieldsets::YMD::medium())
                .expect(data),
            decimal: DecimalFormatter::try_new((&l).into(), Default::default()).expect(data),
            percent: PercentFormatter::try_new((&l).into(), Default::default()).expect(data),
            seconds: RelativeTimeFormatter::try_new_long_second((&l).into(), auto()).expect(data),
            minutes: RelativeTimeFormatter::try_new_long_minute((&l).into(), auto()).expect(data),
            hours: RelativeTimeFormatter::try_new_long_hour((&l).into(), auto()).expect(data),
            days: RelativeTimeFormatter::try_new_long_day((&l).into(), auto()).expect(data),
            months: RelativeTimeFormatter::try_new_long_month((&l).into(), auto()).expect(data),
            years: RelativeTimeFormatter::try_new_long_year((&l).into(), auto()).expect(data),
        }
    }
}

static FORMATS: LazyLock<Vec<Formats>> =
    LazyLock::new(|| Lang::ALL.into_iter().map(Formats::new).collect());

fn formats(lang: Lang) -> &'static Formats {
    &FORMATS[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
}

/// The wall-clock date and time of `at_ms` (Unix milliseconds) in `zone`, with the zone's
/// offset in seconds.
fn civil(zone: &Zone, at_ms: i64) -> Option<(DateTime<icu_calendar::Iso>, i32)> {
    let ts = jiff::Timestamp::from_millisecond(at_ms).ok()?;
    let z = ts.to_zoned_datetime(zone.0.clone());
    let date = Date::try_new_iso(i32::from(z.year()), z.month() as u8, z.day() as u8).ok()?;
    let time = Time::try_new(z.hour() as u8, z.minute() as u8, z.second() as u8, 0).ok()?;
    Some((DateTime { date, time }, z.offset().seconds()))
}

/// A moment as the language writes it, in `zone`: `6 déc. 2026, 13:22 UTC+1`.
pub fn date_time(lang: Lang, zone: &Zone, at_ms: i64) -> String {
    let Some((dt, offset)) = civil(zone, at_ms) else {
        return at_ms.to_string();
    };
    let info = IanaParser::new()
        .parse(zone.name())
        .with_offset(UtcOffset::try_from_seconds(offset).ok())
        .at_date_time(dt);
    let zoned = ZonedDateTime {
        date: dt.date,
        time: dt.time,
        zone: info,
    };
    formats(lang).date_time.format(&zoned).to_string()
}

/// A day as the language writes it, in `zone`: `6 déc. 2026`.
pub fn date(lang: Lang, zone: &Zone, at_ms: i64) -> String {
    let Some((dt, _)) = civil(zone, at_ms) else {
        return at_ms.to_string();
    };
    let day = dt.date.to_calendar(icu_calendar::Gregorian);
    formats(lang).date.format(&day).to_string()
}

/// How long ago or how far ahead `at_ms` is from `now_ms`, in the largest whole unit that
/// fits: `il y a 3 heures`, `tra 2 giorni`, `yesterday`.
pub fn relative(lang: Lang, now_ms: i64, at_ms: i64) -> String {
    let f = formats(lang);
    let delta = (at_ms - now_ms) / 1000;
    let (formatter, unit) = match delta.unsigned_abs() {
        0..60 => (&f.seconds, 1),
        60..3_600 => (&f.minutes, 60),
        3_600..86_400 => (&f.hours, 3_600),
        86_400..2_592_000 => (&f.days, 86_400),
        2_592_000..31_536_000 => (&f.months, 2_592_000),
        _ => (&f.years, 31_536_000),
    };
    formatter.format(Decimal::from(delta / unit)).to_string()
}

/// A whole number with the language's grouping: `1 234 567` in French.
pub fn number(lang: Lang, n: i64) -> String {
    formats(lang).decimal.format(&Decimal::from(n)).to_string()
}

/// A number of `minor` hundredths (or thousandths, …: `10^-exponent`), with exactly
/// `exponent` fraction digits: `1 234,50`.
pub fn decimal(lang: Lang, minor: i64, exponent: u8) -> String {
    formats(lang)
        .decimal
        .format(&scaled(minor, exponent))
        .to_string()
}

/// A share given in basis points (1/100 of a percent), as the language writes a
/// percentage: `12,5 %` in French.
pub fn percent(lang: Lang, basis_points: i64) -> String {
    let mut d = Decimal::from(basis_points);
    d.multiply_pow10(-2);
    d.absolute.trim_end();
    formats(lang).percent.format(&d).to_string()
}

fn scaled(minor: i64, exponent: u8) -> Decimal {
    let mut d = Decimal::from(minor);
    d.multiply_pow10(-i16::from(exponent));
    d.absolute.pad_end(-i16::from(exponent));
    d
}

/// Currency formatters, made on first use per language and currency.
type CurrencyFormatters = HashMap<(Lang, &'static str), Arc<CurrencyFormatter<DecimalFormatter>>>;
static CURRENCIES: LazyLock<Mutex<CurrencyFormatters>> = LazyLock::new(Default::default);

/// An amount of money as the language writes it, the currency placed and spaced by the
/// language's own rule: `1 234,50 €` in French, `€1,234.50` in English. Hours and credits
/// are not money: they come back as `None`, to be written with their catalogue message.
pub fn amount(lang: Lang, money: &commonfare_value::money::Money) -> Option<String> {
    let commonfare_value::money::Unit::Currency(c) = money.unit() else {
        return None;
    };
    let formatter = {
        let mut cache = CURRENCIES.lock().unwrap_or_else(|e| e.into_inner());
        match cache.get(&(lang, c.code())) {
            Some(f) => f.clone(),
            None => {
                let code = CurrencyType::try_from_str(&c.code().to_ascii_lowercase()).ok()?;
                let f = Arc::new(
                    CurrencyFormatter::try_new_symbol(
                        (&locale(lang)).into(),
                        code,
                        Default::default(),
                    )
                    .ok()?,
                );
                cache.insert((lang, c.code()), f.clone());
                f
            }
        }
    };
    let value = scaled(money.minor(), c.exponent());
    Some(formatter.format_fixed_decimal(&value).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use commonfare_value::money::Money;

    /// 2026-12-06 12:22:00 UTC.
    const AT: i64 = 1_796_559_720_000;

    fn eur(minor: i64) -> Money {
        "0.00 EUR"
            .parse::<Money>()
            .map(|m| Money::from_minor(minor, m.unit()))
            .unwrap()
    }

    #[test]
    fn dates_are_written_the_way_each_language_writes_them_in_the_viewers_zone() {
        let rome = Zone::parse("Europe/Rome").unwrap();
        assert_eq!(
            date_time(Lang::En, &Zone::utc(), AT),
            "Dec 6, 2026, 12:22\u{202f}PM UTC"
        );
        let fr = date_time(Lang::Fr, &rome, AT);
        assert!(
            fr.starts_with("6 déc. 2026") && fr.contains("13:22"),
            "{fr}"
        );
        let it = date_time(Lang::It, &rome, AT);
        assert!(it.starts_with("6 dic 2026") && it.contains("13:22"), "{it}");
        // Summer time is the zone's business, not ours.
        let july = AT - 150 * 86_400_000;
        assert!(date_time(Lang::Es, &rome, july).contains("14:22"));
        assert_eq!(date(Lang::Fr, &rome, AT), "6 déc. 2026");
        assert_eq!(
            date(Lang::En, &Zone::utc(), 951_782_400_000),
            "Feb 29, 2000"
        );
        assert!(Zone::parse("Mars/Olympus").is_none());
        assert_eq!(
            Zone::parse("America/Bogota").unwrap().name(),
            "America/Bogota"
        );
    }

    #[test]
    fn relative_times_pick_the_largest_whole_unit() {
        let h = 3_600_000;
        assert_eq!(relative(Lang::En, AT, AT - 3 * h), "3 hours ago");
        assert_eq!(relative(Lang::Fr, AT, AT + 3 * 24 * h), "dans 3 jours");
        assert_eq!(relative(Lang::It, AT, AT - 24 * h), "ieri");
        assert_eq!(relative(Lang::Es, AT, AT - 90_000), "hace 1 minuto");
    }

    #[test]
    fn numbers_percentages_and_amounts_follow_the_language() {
        assert_eq!(number(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(number(Lang::Fr, 1_234_567), "1\u{202f}234\u{202f}567");
        assert_eq!(number(Lang::It, 1_234_567), "1.234.567");
        assert_eq!(decimal(Lang::Es, 123_450, 2), "1234,50");
        assert_eq!(decimal(Lang::En, -5, 2), "-0.05");
        assert_eq!(percent(Lang::En, 1250), "12.5%");
        assert_eq!(percent(Lang::Fr, 1250), "12,5\u{a0}%");
        assert_eq!(amount(Lang::En, &eur(123_450)).unwrap(), "€1,234.50");
        assert_eq!(
            amount(Lang::Fr, &eur(123_450)).unwrap(),
            "1\u{202f}234,50\u{a0}€"
        );
        assert_eq!(amount(Lang::It, &eur(123_450)).unwrap(), "1234,50\u{a0}€");
        let hours = "1.50 hours".parse::<Money>().unwrap();
        assert!(amount(Lang::En, &hours).is_none());
    }
}
