//! The XPath expressions of XLSForms: `relevant`, `constraint`,
//! `calculation`, `required`, `read_only`, `default` and `choice_filter`.
//!
//! Forms written for KoboToolbox and ODK use XPath 1.0 with the ODK function
//! library. A questionnaire filled on Mozaik's server honours them at every
//! save and at every import of answers, so they are parsed once (a syntax
//! error is reported by sheet, row and column) and evaluated against the
//! answers of one municipality. Values follow XPath 1.0: a comparison with a
//! number compares numbers, a missing answer is the empty string, and a
//! multiple choice is the list of its choices.

mod eval;
mod functions;
mod parse;

pub use eval::{Context, Value};
pub use parse::parse;

/// A parsed expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Number(f64),
    Text(String),
    /// `${name}`, `../name` or `/data/group/name`: an answer, by question name.
    Answer(String),
    /// `.`: the value of the question the expression belongs to.
    Current,
    /// A bare name such as `county` in a `choice_filter`: a column of the
    /// choice being filtered (or, elsewhere, an answer of that name).
    Column(String),
    Negate(Box<Expr>),
    Binary(Op, Box<Expr>, Box<Expr>),
    Call(String, Vec<Expr>),
    /// A path into a secondary instance (`instance('x')/root/item[…]`):
    /// read, kept and reported, but not evaluated (it is the empty string).
    /// Holds the path as written and the answers its predicates read.
    Instance(String, Vec<String>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Union,
}

impl Expr {
    /// The question names the expression reads (`${x}`, `../x`, paths).
    pub fn answers_read(&self) -> Vec<String> {
        let mut out = Vec::new();
        self.walk(&mut |e| match e {
            Expr::Answer(name) => out.push(name.clone()),
            Expr::Instance(_, reads) => out.extend(reads.iter().cloned()),
            _ => {}
        });
        out
    }

    /// The functions Mozaik does not evaluate, and `instance()` paths: an
    /// expression that uses one still imports, with a warning naming it.
    pub fn not_evaluated(&self) -> Vec<String> {
        let mut out = Vec::new();
        self.walk(&mut |e| match e {
            Expr::Call(name, _) if !functions::known(name) => out.push(format!("{name}()")),
            Expr::Instance(path, _) => out.push(path.clone()),
            _ => {}
        });
        out.dedup();
        out
    }

    fn walk(&self, visit: &mut dyn FnMut(&Expr)) {
        visit(self);
        match self {
            Expr::Negate(inner) => inner.walk(visit),
            Expr::Binary(_, a, b) => {
                a.walk(visit);
                b.walk(visit);
            }
            Expr::Call(_, args) => args.iter().for_each(|a| a.walk(visit)),
            _ => {}
        }
    }
}

/// Replaces typographic quotes with straight ones, as pyxform does: forms
/// typed in a word processor or a spreadsheet with autocorrect carry them.
pub fn straight_quotes(expr: &str) -> String {
    expr.replace(['\u{2018}', '\u{2019}'], "'").replace(['\u{201c}', '\u{201d}'], "\"")
}

#[cfg(test)]
mod tests;
