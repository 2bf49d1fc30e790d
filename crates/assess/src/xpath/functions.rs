//! The XPath and ODK functions a server can evaluate. Functions that need
//! a device (`pulldata`, `area`, `distance`), a repeat's nodes or a
//! secondary instance are not here: a form using them imports with a
//! warning, and the call evaluates to the empty string.

use chrono::{Datelike, NaiveDate, Utc};

use super::eval::{Context, Value};
use super::Expr;

const KNOWN: &[&str] = &[
    "not",
    "true",
    "false",
    "boolean",
    "boolean-from-string",
    "number",
    "string",
    "int",
    "round",
    "floor",
    "ceiling",
    "abs",
    "pow",
    "sqrt",
    "exp",
    "log",
    "log10",
    "min",
    "max",
    "sum",
    "count",
    "count-selected",
    "selected",
    "selected-at",
    "if",
    "coalesce",
    "once",
    "concat",
    "join",
    "string-length",
    "contains",
    "starts-with",
    "ends-with",
    "substr",
    "substring",
    "substring-before",
    "substring-after",
    "normalize-space",
    "translate",
    "regex",
    "today",
    "now",
    "date",
    "decimal-date-time",
    "decimal-date",
    "format-date",
    "jr:choice-name",
    "position",
    "indexed-repeat",
    "count-non-empty",
    "checklist",
    "weighted-checklist",
    "uuid",
];

pub fn known(name: &str) -> bool {
    KNOWN.contains(&name)
}

/// The choices of a multiple choice answer: Mozaik keeps them separated by
/// commas, KoboToolbox and ODK by spaces.
fn choices_of(value: &Value) -> Vec<String> {
    value.text().split([',', ' ']).filter(|c| !c.is_empty()).map(str::to_string).collect()
}

pub fn call(name: &str, args: &[Expr], ctx: &dyn Context) -> Value {
    // A repeat's question has a node in every entry, answered or not.
    if let ("count", [Expr::Answer(question)]) = (name, args) {
        if let Some(nodes) = ctx.nodes(question) {
            return Value::Number(nodes.len() as f64);
        }
    }
    match name {
        "if" => {
            let branch = if arg(args, 0, ctx).truthy() { 1 } else { 2 };
            arg(args, branch, ctx)
        }
        "coalesce" => {
            let first = arg(args, 0, ctx);
            if first.text().is_empty() {
                arg(args, 1, ctx)
            } else {
                first
            }
        }
        "position" => Value::Number(ctx.position().unwrap_or(1) as f64),
        "indexed-repeat" => match (args.first(), arg(args, 2, ctx).number()) {
            (Some(Expr::Answer(question)), n) if n >= 1.0 => {
                Value::Text(ctx.entry_answer(question, n as usize).unwrap_or_default())
            }
            _ => Value::Text(String::new()),
        },
        _ => {
            let values = if AGGREGATES.contains(&name) { node_values(args, ctx) } else { values(args, ctx) };
            logic_and_numbers(name, &values)
                .or_else(|| choices(name, &values, ctx, args))
                .or_else(|| text(name, &values))
                .or_else(|| dates(name, &values))
                .unwrap_or(Value::Text(String::new()))
        }
    }
}

/// Functions that read every node of a node-set: a repeat question gives
/// one value per entry.
const AGGREGATES: &[&str] = &["sum", "count", "min", "max", "join", "count-non-empty"];

fn values(args: &[Expr], ctx: &dyn Context) -> Vec<Value> {
    args.iter().map(|a| a.eval(ctx)).collect()
}

fn node_values(args: &[Expr], ctx: &dyn Context) -> Vec<Value> {
    let mut out = Vec::new();
    for a in args {
        match a {
            Expr::Answer(name) => match ctx.nodes(name) {
                Some(nodes) => out.extend(nodes.into_iter().map(Value::Text)),
                None => out.push(a.eval(ctx)),
            },
            _ => out.push(a.eval(ctx)),
        }
    }
    out
}

fn arg(args: &[Expr], i: usize, ctx: &dyn Context) -> Value {
    args.get(i).map(|a| a.eval(ctx)).unwrap_or(Value::Text(String::new()))
}

fn nth(values: &[Value], i: usize) -> Value {
    values.get(i).cloned().unwrap_or(Value::Text(String::new()))
}

fn logic_and_numbers(name: &str, v: &[Value]) -> Option<Value> {
    let n = |i: usize| nth(v, i).number();
    let number = |x: f64| Some(Value::Number(x));
    match name {
        "not" => Some(Value::Bool(!nth(v, 0).truthy())),
        "true" => Some(Value::Bool(true)),
        "false" => Some(Value::Bool(false)),
        "boolean" => Some(Value::Bool(nth(v, 0).truthy())),
        "boolean-from-string" => Some(Value::Bool(matches!(nth(v, 0).text().as_str(), "true" | "1"))),
        "number" => number(n(0)),
        "string" => Some(Value::Text(nth(v, 0).text())),
        "int" => number(n(0).trunc()),
        "round" => {
            let scale = 10f64.powi(if v.len() > 1 { n(1) as i32 } else { 0 });
            number((n(0) * scale).round() / scale)
        }
        "floor" => number(n(0).floor()),
        "ceiling" => number(n(0).ceil()),
        "abs" => number(n(0).abs()),
        "pow" => number(n(0).powf(n(1))),
        "sqrt" => number(n(0).sqrt()),
        "exp" => number(n(0).exp()),
        "log" => number(n(0).ln()),
        "log10" => number(n(0).log10()),
        "min" => number(v.iter().map(Value::number).fold(f64::INFINITY, f64::min)),
        "max" => number(v.iter().map(Value::number).fold(f64::NEG_INFINITY, f64::max)),
        // Outside a repeat a node-set holds one node: its value, or nothing.
        "sum" => number(v.iter().map(Value::number).filter(|x| !x.is_nan()).sum()),
        "count" | "count-non-empty" => number(v.iter().filter(|x| !x.text().is_empty()).count() as f64),
        "checklist" | "weighted-checklist" => Some(Value::Bool(checklist(name, v))),
        "uuid" => Some(Value::Text(uuid())),
        _ => None,
    }
}

/// `checklist(min, max, answers…)`: how many answers are true lies within
/// the bounds (-1: no bound); the weighted form pairs each answer with a weight.
fn checklist(name: &str, v: &[Value]) -> bool {
    let (min, max) = (nth(v, 0).number(), nth(v, 1).number());
    let rest = v.get(2..).unwrap_or(&[]);
    let score: f64 = if name == "weighted-checklist" {
        rest.chunks(2).filter(|p| p[0].truthy()).map(|p| p.get(1).map(Value::number).unwrap_or(0.0)).sum()
    } else {
        rest.iter().filter(|x| x.truthy()).count() as f64
    };
    (min < 0.0 || score >= min) && (max < 0.0 || score <= max)
}

fn uuid() -> String {
    let hex: String = (0..32).map(|_| char::from_digit(fastrand::u32(0..16), 16).unwrap_or('0')).collect();
    format!("uuid:{}-{}-4{}-a{}-{}", &hex[..8], &hex[8..12], &hex[13..16], &hex[17..20], &hex[20..])
}

fn choices(name: &str, v: &[Value], ctx: &dyn Context, args: &[Expr]) -> Option<Value> {
    match name {
        "selected" => Some(Value::Bool(choices_of(&nth(v, 0)).contains(&nth(v, 1).text()))),
        "count-selected" => Some(Value::Number(choices_of(&nth(v, 0)).len() as f64)),
        "selected-at" => {
            let at = nth(v, 1).number();
            let chosen = choices_of(&nth(v, 0));
            Some(Value::Text(if at >= 0.0 {
                chosen.get(at as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }))
        }
        "jr:choice-name" => {
            let value = nth(v, 0).text();
            // The second argument names the question as a path: '${q}' or '/data/q'.
            let question = match args.get(1) {
                Some(Expr::Text(path)) => {
                    path.trim_start_matches("${").trim_end_matches('}').rsplit('/').next().unwrap_or("").to_string()
                }
                _ => nth(v, 1).text(),
            };
            Some(Value::Text(ctx.choice_label(&question, &value).unwrap_or(value)))
        }
        _ => None,
    }
}

fn text(name: &str, v: &[Value]) -> Option<Value> {
    let s = |i: usize| nth(v, i).text();
    let text = |t: String| Some(Value::Text(t));
    match name {
        "concat" => text(v.iter().map(Value::text).collect()),
        "join" => text(v.get(1..).unwrap_or(&[]).iter().map(Value::text).collect::<Vec<_>>().join(&s(0))),
        "string-length" => Some(Value::Number(s(0).chars().count() as f64)),
        "contains" => Some(Value::Bool(s(0).contains(&s(1)))),
        "starts-with" => Some(Value::Bool(s(0).starts_with(&s(1)))),
        "ends-with" => Some(Value::Bool(s(0).ends_with(&s(1)))),
        "substr" => {
            // ODK's substr: 0-based start, end excluded.
            let chars: Vec<char> = s(0).chars().collect();
            let start = (nth(v, 1).number().max(0.0) as usize).min(chars.len());
            let end = if v.len() > 2 { (nth(v, 2).number().max(0.0) as usize).min(chars.len()) } else { chars.len() };
            text(chars[start..end.max(start)].iter().collect())
        }
        "substring" => {
            // XPath's substring: 1-based start and a length.
            let chars: Vec<char> = s(0).chars().collect();
            let start = (nth(v, 1).number().round() - 1.0).max(0.0) as usize;
            let len = if v.len() > 2 { nth(v, 2).number().round().max(0.0) as usize } else { chars.len() };
            text(chars.iter().skip(start).take(len).collect())
        }
        "substring-before" => text(s(0).split_once(&s(1)).map(|(a, _)| a.to_string()).unwrap_or_default()),
        "substring-after" => text(s(0).split_once(&s(1)).map(|(_, b)| b.to_string()).unwrap_or_default()),
        "normalize-space" => text(s(0).split_whitespace().collect::<Vec<_>>().join(" ")),
        "translate" => {
            let (from, to): (Vec<char>, Vec<char>) = (s(1).chars().collect(), s(2).chars().collect());
            text(
                s(0).chars()
                    .filter_map(|c| match from.iter().position(|f| *f == c) {
                        Some(i) => to.get(i).copied(),
                        None => Some(c),
                    })
                    .collect(),
            )
        }
        "regex" => Some(Value::Bool(regex::Regex::new(&s(1)).map(|r| r.is_match(&s(0))).unwrap_or(false))),
        "once" => Some(nth(v, 0)),
        _ => None,
    }
}

fn dates(name: &str, v: &[Value]) -> Option<Value> {
    let today = Utc::now().date_naive();
    match name {
        "today" => Some(Value::Text(today.format("%Y-%m-%d").to_string())),
        "now" => Some(Value::Text(Utc::now().format("%Y-%m-%dT%H:%M:%S%.3f+00:00").to_string())),
        "date" => Some(Value::Text(day_of(&nth(v, 0)).map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default())),
        "decimal-date-time" | "decimal-date" => Some(Value::Number(nth(v, 0).number())),
        "format-date" => {
            Some(Value::Text(day_of(&nth(v, 0)).map(|d| format_date(d, &nth(v, 1).text())).unwrap_or_default()))
        }
        _ => None,
    }
}

/// A date from a text (`2024-05-01`, a date-time) or a number of days.
fn day_of(value: &Value) -> Option<NaiveDate> {
    let days = value.number();
    if days.is_nan() {
        return None;
    }
    NaiveDate::from_ymd_opt(1970, 1, 1)?.checked_add_signed(chrono::Duration::try_days(days.floor() as i64)?)
}

/// ODK's `format-date` patterns: %Y %y %m %n %d %e %b %a.
fn format_date(day: NaiveDate, pattern: &str) -> String {
    let mut out = String::new();
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('Y') => out.push_str(&day.year().to_string()),
            Some('y') => out.push_str(&format!("{:02}", day.year() % 100)),
            Some('m') => out.push_str(&format!("{:02}", day.month())),
            Some('n') => out.push_str(&day.month().to_string()),
            Some('d') => out.push_str(&format!("{:02}", day.day())),
            Some('e') => out.push_str(&day.day().to_string()),
            Some('b') => out.push_str(&day.format("%b").to_string()),
            Some('a') => out.push_str(&day.format("%a").to_string()),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}
