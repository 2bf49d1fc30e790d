//! Evaluating an expression against one municipality's answers, with the
//! conversions of XPath 1.0.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::{functions, Expr, Op};

/// What an expression can read: answers by question name, the value of the
/// question it belongs to (`.`), and, in a `choice_filter`, the columns of
/// the choice being filtered.
pub trait Context {
    fn answer(&self, name: &str) -> Option<String>;

    fn current(&self) -> Option<String> {
        None
    }

    fn column(&self, name: &str) -> Option<String> {
        self.answer(name)
    }

    /// The label of a choice of a question, for `jr:choice-name()`.
    fn choice_label(&self, _question: &str, _value: &str) -> Option<String> {
        None
    }

    /// Every entry's value of a question asked in a repeat (or one value
    /// per entry of the repeat itself), for `count()`, `sum()` and the like;
    /// none for a question asked once.
    fn nodes(&self, _name: &str) -> Option<Vec<String>> {
        None
    }

    /// The entry of the repeat being answered, for `position(..)`.
    fn position(&self) -> Option<usize> {
        None
    }

    /// A repeat question's value in one entry, for `indexed-repeat()`.
    fn entry_answer(&self, _name: &str, _entry: usize) -> Option<String> {
        None
    }
}

impl Context for BTreeMap<String, String> {
    fn answer(&self, name: &str) -> Option<String> {
        self.get(name).cloned()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
    Bool(bool),
}

/// Days since 1970-01-01, as ODK converts a date to a number.
fn date_number(text: &str) -> Option<f64> {
    let day = text.get(..10).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())?;
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1)?;
    Some((day - epoch).num_days() as f64)
}

impl Value {
    pub fn truthy(&self) -> bool {
        match self {
            Value::Text(t) => !t.is_empty(),
            Value::Number(n) => *n != 0.0 && !n.is_nan(),
            Value::Bool(b) => *b,
        }
    }

    pub fn number(&self) -> f64 {
        match self {
            Value::Text(t) => {
                let t = t.trim();
                // A decimal comma, as many locales type it.
                t.parse::<f64>()
                    .ok()
                    .or_else(|| t.replace(',', ".").parse().ok())
                    .or_else(|| date_number(t))
                    .unwrap_or(f64::NAN)
            }
            Value::Number(n) => *n,
            Value::Bool(b) => f64::from(u8::from(*b)),
        }
    }

    pub fn text(&self) -> String {
        match self {
            Value::Text(t) => t.clone(),
            Value::Number(n) if n.is_nan() => String::new(),
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Value::Number(n) => format!("{n}"),
            Value::Bool(b) => b.to_string(),
        }
    }
}

fn equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Bool(_), _) | (_, Value::Bool(_)) => a.truthy() == b.truthy(),
        (Value::Number(_), _) | (_, Value::Number(_)) => a.number() == b.number(),
        _ => a.text() == b.text(),
    }
}

impl Expr {
    pub fn eval(&self, ctx: &dyn Context) -> Value {
        match self {
            Expr::Number(n) => Value::Number(*n),
            Expr::Text(t) => Value::Text(t.clone()),
            Expr::Answer(name) => Value::Text(ctx.answer(name).unwrap_or_default()),
            Expr::Current => Value::Text(ctx.current().unwrap_or_default()),
            Expr::Column(name) => Value::Text(ctx.column(name).unwrap_or_default()),
            Expr::Negate(inner) => Value::Number(-inner.eval(ctx).number()),
            Expr::Binary(op, a, b) => binary(*op, a, b, ctx),
            Expr::Call(name, args) => functions::call(name, args, ctx),
            Expr::Instance(..) => Value::Text(String::new()),
        }
    }

    /// The expression as a condition (`relevant`, `constraint`, `required`).
    pub fn holds(&self, ctx: &dyn Context) -> bool {
        self.eval(ctx).truthy()
    }
}

fn binary(op: Op, a: &Expr, b: &Expr, ctx: &dyn Context) -> Value {
    match op {
        Op::Or => return Value::Bool(a.holds(ctx) || b.holds(ctx)),
        Op::And => return Value::Bool(a.holds(ctx) && b.holds(ctx)),
        _ => {}
    }
    let (a, b) = (a.eval(ctx), b.eval(ctx));
    let (x, y) = (a.number(), b.number());
    match op {
        Op::Eq => Value::Bool(equal(&a, &b)),
        Op::Ne => Value::Bool(!equal(&a, &b)),
        Op::Lt => Value::Bool(x < y),
        Op::Le => Value::Bool(x <= y),
        Op::Gt => Value::Bool(x > y),
        Op::Ge => Value::Bool(x >= y),
        Op::Add => Value::Number(x + y),
        Op::Sub => Value::Number(x - y),
        Op::Mul => Value::Number(x * y),
        Op::Div => Value::Number(x / y),
        Op::Mod => Value::Number(x % y),
        Op::Union | Op::Or | Op::And => a,
    }
}
