//! Tokens and a precedence-climbing parser for the XPath 1.0 expressions
//! XLSForms carry.

use super::{Expr, Op};

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Number(f64),
    Text(String),
    /// `${name}`
    Reference(String),
    Name(String),
    Dot,
    DotDot,
    Slash,
    Open,
    Close,
    OpenBracket,
    CloseBracket,
    Comma,
    Symbol(&'static str),
}

fn name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ':')
}

fn tokens(src: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let rest: String = chars[i..].iter().take(2).collect();
        let (token, width) = match c {
            _ if c.is_whitespace() => {
                i += 1;
                continue;
            }
            '$' if rest == "${" => {
                let end = chars[i..].iter().position(|&c| c == '}').ok_or("a ${ is never closed with }")?;
                let name: String = chars[i + 2..i + end].iter().collect();
                if name.trim().is_empty() {
                    return Err("${} names no question".into());
                }
                (Token::Reference(name.trim().to_string()), end + 1)
            }
            '\'' | '"' => {
                let end = chars[i + 1..].iter().position(|&q| q == c).ok_or("a quoted text is never closed")?;
                (Token::Text(chars[i + 1..i + 1 + end].iter().collect()), end + 2)
            }
            _ if c.is_ascii_digit() || (c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit)) => {
                let len = chars[i..].iter().take_while(|c| c.is_ascii_digit() || **c == '.').count();
                let text: String = chars[i..i + len].iter().collect();
                (Token::Number(text.parse().map_err(|_| format!("'{text}' is not a number"))?), len)
            }
            '.' if rest == ".." => (Token::DotDot, 2),
            '.' => (Token::Dot, 1),
            '/' => (Token::Slash, 1),
            '(' => (Token::Open, 1),
            ')' => (Token::Close, 1),
            '[' => (Token::OpenBracket, 1),
            ']' => (Token::CloseBracket, 1),
            ',' => (Token::Comma, 1),
            _ if symbol(&rest).is_some() => (Token::Symbol(symbol(&rest).unwrap_or("=")), 2),
            _ if symbol(&c.to_string()).is_some() => (Token::Symbol(symbol(&c.to_string()).unwrap_or("=")), 1),
            _ if c.is_alphabetic() || c == '_' || c == '@' => {
                let name = name_at(&chars, i);
                let width = name.chars().count();
                (Token::Name(name), width)
            }
            _ => return Err(format!("unexpected character '{c}'")),
        };
        out.push(token);
        i += width;
    }
    Ok(out)
}

const SYMBOLS: &[&str] = &["!=", "<=", ">=", "=", "<", ">", "+", "-", "*", "|"];

fn symbol(text: &str) -> Option<&'static str> {
    SYMBOLS.iter().find(|s| **s == text).copied()
}

fn name_at(chars: &[char], start: usize) -> String {
    let mut name = String::from(chars[start]);
    name.extend(chars[start + 1..].iter().take_while(|c| name_char(**c)));
    // A trailing dot belongs to the path, not the name (`../name.`).
    while name.len() > 1 && name.ends_with('.') {
        name.pop();
    }
    name
}

/// The most a form's expression may hold, so that an uploaded form cannot
/// exhaust the stack of the parser or the evaluator (real forms stay far
/// below: their longest calculations are a few hundred tokens deep in a
/// dozen parentheses).
const MAX_TOKENS: usize = 4_000;
const MAX_NESTING: usize = 64;

fn check_size(tokens: &[Token]) -> Result<(), String> {
    if tokens.len() > MAX_TOKENS {
        return Err(format!("the expression is longer than {MAX_TOKENS} parts"));
    }
    let (mut depth, mut deepest, mut minuses) = (0usize, 0usize, 0usize);
    for token in tokens {
        match token {
            Token::Open | Token::OpenBracket => depth += 1,
            Token::Close | Token::CloseBracket => depth = depth.saturating_sub(1),
            _ => {}
        }
        minuses = if *token == Token::Symbol("-") { minuses + 1 } else { 0 };
        deepest = deepest.max(depth).max(minuses);
    }
    if deepest > MAX_NESTING {
        return Err(format!("the expression nests deeper than {MAX_NESTING} levels"));
    }
    Ok(())
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
}

/// Parses an expression; the error says what is wrong in words a form
/// author can act on.
pub fn parse(src: &str) -> Result<Expr, String> {
    let mut parser = Parser { tokens: tokens(src)?, at: 0 };
    if parser.tokens.is_empty() {
        return Err("the expression is empty".into());
    }
    check_size(&parser.tokens)?;
    let expr = parser.binary(0)?;
    match parser.peek() {
        None => Ok(expr),
        Some(t) => Err(format!("unexpected {} after a complete expression", describe(t))),
    }
}

fn describe(token: &Token) -> String {
    match token {
        Token::Number(n) => format!("number {n}"),
        Token::Text(t) => format!("text '{t}'"),
        Token::Reference(r) => format!("${{{r}}}"),
        Token::Name(n) => format!("'{n}'"),
        Token::Dot => "'.'".into(),
        Token::DotDot => "'..'".into(),
        Token::Slash => "'/'".into(),
        Token::Open => "'('".into(),
        Token::Close => "')'".into(),
        Token::OpenBracket => "'['".into(),
        Token::CloseBracket => "']'".into(),
        Token::Comma => "','".into(),
        Token::Symbol(s) => format!("'{s}'"),
    }
}

/// A token as it would be written, to keep an `instance()` path readable.
fn source(token: &Token) -> String {
    match token {
        Token::Number(n) => n.to_string(),
        Token::Text(t) => format!("'{t}'"),
        Token::Reference(r) => format!("${{{r}}}"),
        Token::Name(n) => n.clone(),
        Token::Symbol(s) => format!(" {s} "),
        other => describe(other).trim_matches('\'').to_string(),
    }
}

/// Binary operators by precedence, lowest first.
const LEVELS: &[&[(&str, Op)]] = &[
    &[("or", Op::Or)],
    &[("and", Op::And)],
    &[("=", Op::Eq), ("!=", Op::Ne)],
    &[("<", Op::Lt), ("<=", Op::Le), (">", Op::Gt), (">=", Op::Ge)],
    &[("+", Op::Add), ("-", Op::Sub)],
    &[("*", Op::Mul), ("div", Op::Div), ("mod", Op::Mod)],
    &[("|", Op::Union)],
];

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn next(&mut self) -> Option<Token> {
        let t = self.tokens.get(self.at).cloned();
        self.at += 1;
        t
    }

    fn operator(&self, level: usize) -> Option<Op> {
        let text = match self.peek()? {
            Token::Symbol(s) => *s,
            Token::Name(n) => n.as_str(),
            _ => return None,
        };
        LEVELS[level].iter().find(|(s, _)| *s == text).map(|(_, op)| *op)
    }

    fn binary(&mut self, level: usize) -> Result<Expr, String> {
        if level == LEVELS.len() {
            return self.unary();
        }
        let mut left = self.binary(level + 1)?;
        while let Some(op) = self.operator(level) {
            self.at += 1;
            let right = self.binary(level + 1)?;
            left = Expr::Binary(op, Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Expr, String> {
        if self.peek() == Some(&Token::Symbol("-")) {
            self.at += 1;
            return Ok(Expr::Negate(Box::new(self.unary()?)));
        }
        self.primary()
    }

    fn primary(&mut self) -> Result<Expr, String> {
        let start = self.at;
        let expr = match self.next().ok_or("the expression ends too early")? {
            Token::Number(n) => Expr::Number(n),
            Token::Text(t) => Expr::Text(t),
            Token::Reference(r) => Expr::Answer(r),
            Token::Open => {
                let inner = self.binary(0)?;
                self.expect(Token::Close, "a ( is never closed with )")?;
                inner
            }
            Token::Name(name) if self.peek() == Some(&Token::Open) => self.call(name)?,
            Token::Dot | Token::DotDot | Token::Slash | Token::Name(_) => {
                self.at = start;
                self.path()?
            }
            other => return Err(format!("unexpected {}", describe(&other))),
        };
        // `instance('x')/root/item[name = ${y}]/label`: a path into another
        // instance, kept as written.
        if matches!(self.peek(), Some(Token::Slash | Token::OpenBracket)) {
            self.skip_path_tail()?;
            let written = &self.tokens[start..self.at];
            let reads = written
                .iter()
                .filter_map(|t| match t {
                    Token::Reference(name) => Some(name.clone()),
                    _ => None,
                })
                .collect();
            return Ok(Expr::Instance(written.iter().map(source).collect(), reads));
        }
        Ok(expr)
    }

    fn call(&mut self, name: String) -> Result<Expr, String> {
        self.expect(Token::Open, "")?;
        let mut args = Vec::new();
        if self.peek() == Some(&Token::Close) {
            self.at += 1;
            return Ok(Expr::Call(name, args));
        }
        loop {
            args.push(self.binary(0)?);
            match self.next() {
                Some(Token::Comma) => continue,
                Some(Token::Close) => break,
                _ => return Err(format!("the arguments of {name}() are not closed with )")),
            }
        }
        Ok(Expr::Call(name, args))
    }

    /// `.`, `..`, `../x`, `/data/group/x`, `x`, `./x`: the last step names
    /// the question (names are unique within a form).
    fn path(&mut self) -> Result<Expr, String> {
        let mut last: Option<Token> = None;
        let mut steps = 0;
        while let Some(t) = self.peek().cloned() {
            match t {
                Token::Slash => {}
                Token::Dot | Token::DotDot | Token::Name(_)
                    if !matches!(last, Some(Token::Dot | Token::DotDot | Token::Name(_))) =>
                {
                    steps += 1
                }
                _ => break,
            }
            last = Some(t);
            self.at += 1;
        }
        match last {
            Some(Token::Dot) if steps == 1 => Ok(Expr::Current),
            // `..` (the group around, as in `position(..)`): a repeat's
            // position or the group itself, outside what a server answers.
            Some(Token::DotDot | Token::Dot) => Ok(Expr::Current),
            Some(Token::Name(name)) if steps == 1 => Ok(Expr::Column(name)),
            Some(Token::Name(name)) => Ok(Expr::Answer(name)),
            _ => Err("a path must end with a question name".into()),
        }
    }

    fn skip_path_tail(&mut self) -> Result<(), String> {
        let mut depth = 0usize;
        let mut after_slash = false;
        while let Some(t) = self.peek() {
            match t {
                Token::OpenBracket => depth += 1,
                Token::CloseBracket if depth == 0 => return Err("a ] without its [".into()),
                Token::CloseBracket => depth -= 1,
                _ if depth > 0 => {}
                Token::Slash => {}
                Token::Name(_) | Token::Dot | Token::DotDot if after_slash => {}
                _ => break,
            }
            after_slash = *t == Token::Slash;
            self.at += 1;
        }
        if depth > 0 {
            return Err("a [ is never closed with ]".into());
        }
        Ok(())
    }

    fn expect(&mut self, token: Token, message: &str) -> Result<(), String> {
        match self.next() {
            Some(t) if t == token => Ok(()),
            Some(t) if message.is_empty() => Err(format!("unexpected {}", describe(&t))),
            _ => Err(message.to_string()),
        }
    }
}
