//! Expressions: GNU as operators and precedence, values that are either
//! plain numbers or offsets into a section (resolved after layout).

use super::lex::{Tok, Token};

/// A value: a number, or an offset into a section whose address is not
/// known until the sections are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    Abs(i64),
    Rel(usize, i64),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
    LNot,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Mul,
    Div,
    Mod,
    Shl,
    Shr,
    Or,
    Xor,
    And,
    Add,
    Sub,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    LAnd,
    LOr,
}

impl BinOp {
    /// GNU as precedence: higher binds tighter.
    fn rank(self) -> u8 {
        use BinOp::*;
        match self {
            Mul | Div | Mod | Shl | Shr => 8,
            Or | Xor | And => 7,
            Add | Sub => 5,
            Eq | Ne | Lt | Le | Gt | Ge => 4,
            LAnd => 3,
            LOr => 2,
        }
    }

    fn from_punct(p: &str) -> Option<BinOp> {
        use BinOp::*;
        Some(match p {
            "*" => Mul,
            "/" => Div,
            "%" => Mod,
            "<<" => Shl,
            ">>" => Shr,
            "|" => Or,
            "^" => Xor,
            "&" => And,
            "+" => Add,
            "-" => Sub,
            "==" => Eq,
            "!=" | "<>" => Ne,
            "<" => Lt,
            "<=" => Le,
            ">" => Gt,
            ">=" => Ge,
            "&&" => LAnd,
            "||" => LOr,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expr {
    Num(i64),
    /// Exactly 2^64, which GNU accepts only for `cmp.leu`-style immediates.
    Big,
    /// A symbol and the column it was written at.
    Sym(String, u32),
    Val(Value),
    Un(UnOp, Box<Expr>),
    Bin(BinOp, Box<Expr>, Box<Expr>),
}

/// Why an expression has no value (yet).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EvalError {
    /// A symbol that is (so far) undefined.
    Undefined(String, u32),
    /// Needs section addresses (only known after layout) or a label whose
    /// bundle is not placed yet.
    NotYet,
    DivZero,
    /// 2^64 used where it cannot be.
    Big,
    /// A symbol defined in terms of itself.
    Cycle(String),
}

/// What the parser needs from the assembler.
pub trait ParseEnv {
    /// The value of `.`.
    fn dot(&self) -> Value;
    /// The internal name of numeric local label `n` (`nb` or `nf`).
    fn local_label(&self, n: u32, forward: bool) -> Result<String, String>;
}

const MAX_DEPTH: u32 = 64;
/// Operators in one expression; longer ones are refused (evaluation and
/// dropping recurse along the tree).
const MAX_OPERATORS: usize = 1000;

/// A cursor over a statement's tokens.
pub struct Cursor<'t> {
    pub toks: &'t [Token],
    pub pos: usize,
    /// Column just past the statement, for "expected ..." at the end.
    pub end_col: u32,
    /// Operators parsed so far.
    ops: usize,
}

impl<'t> Cursor<'t> {
    pub fn new(toks: &'t [Token], end_col: u32) -> Self {
        Cursor { toks, pos: 0, end_col, ops: 0 }
    }
    pub fn peek(&self) -> Option<&'t Tok> {
        self.toks.get(self.pos).map(|t| &t.tok)
    }
    pub fn peek_at(&self, k: usize) -> Option<&'t Tok> {
        self.toks.get(self.pos + k).map(|t| &t.tok)
    }
    pub fn col(&self) -> u32 {
        self.toks.get(self.pos).map(|t| t.col).unwrap_or(self.end_col)
    }
    pub fn next(&mut self) -> Option<&'t Tok> {
        let t = self.peek();
        if t.is_some() {
            self.pos += 1;
        }
        t
    }
    pub fn at_end(&self) -> bool {
        self.pos >= self.toks.len()
    }
    pub fn is_punct(&self, p: &str) -> bool {
        matches!(self.peek(), Some(Tok::Punct(q)) if *q == p)
    }
    pub fn eat(&mut self, p: &str) -> bool {
        if self.is_punct(p) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
}

pub type PResult<T> = Result<T, (u32, String)>;

/// Parse an expression at the cursor.
pub fn parse(c: &mut Cursor, env: &dyn ParseEnv) -> PResult<Expr> {
    binary(c, env, 0, 0)
}

fn binary(c: &mut Cursor, env: &dyn ParseEnv, min_rank: u8, depth: u32) -> PResult<Expr> {
    if depth > MAX_DEPTH {
        return Err((c.col(), "expression is nested too deeply".into()));
    }
    let mut lhs = unary(c, env, depth + 1)?;
    while let Some(op) = match c.peek() {
        Some(Tok::Punct(p)) => BinOp::from_punct(p).filter(|op| op.rank() > min_rank),
        _ => None,
    } {
        c.ops += 1;
        if c.ops > MAX_OPERATORS {
            return Err((c.col(), format!("expression is too long (more than {MAX_OPERATORS} operators)")));
        }
        c.next();
        let rhs = binary(c, env, op.rank(), depth + 1)?;
        lhs = Expr::Bin(op, Box::new(lhs), Box::new(rhs));
    }
    Ok(lhs)
}

fn unary(c: &mut Cursor, env: &dyn ParseEnv, depth: u32) -> PResult<Expr> {
    if depth > MAX_DEPTH {
        return Err((c.col(), "expression is nested too deeply".into()));
    }
    let col = c.col();
    match c.next() {
        Some(Tok::Punct("-")) => Ok(Expr::Un(UnOp::Neg, Box::new(unary(c, env, depth + 1)?))),
        Some(Tok::Punct("+")) => unary(c, env, depth + 1),
        Some(Tok::Punct("~")) => Ok(Expr::Un(UnOp::Not, Box::new(unary(c, env, depth + 1)?))),
        Some(Tok::Punct("!")) => Ok(Expr::Un(UnOp::LNot, Box::new(unary(c, env, depth + 1)?))),
        Some(Tok::Punct("(")) => {
            let e = binary(c, env, 0, depth + 1)?;
            if !c.eat(")") {
                return Err((c.col(), "missing `)` in expression".into()));
            }
            Ok(e)
        }
        Some(Tok::Num(v)) => Ok(if *v == 1u128 << 64 { Expr::Big } else { Expr::Num(*v as u64 as i64) }),
        Some(Tok::LocalRef(n, fwd)) => env.local_label(*n, *fwd).map(|s| Expr::Sym(s, col)).map_err(|m| (col, m)),
        Some(Tok::Ident(name)) if name == "." => Ok(Expr::Val(env.dot())),
        Some(Tok::Ident(name)) => {
            if let Some(word) = name.strip_prefix('@') {
                return at_constant(word).map(Expr::Num).ok_or_else(|| {
                    (
                        col,
                        format!("`{name}` is not supported: relocation operators (@gprel, @ltoff, ...) are out of scope because ia64play links at assembly time (use movl r = symbol)"),
                    )
                });
            }
            Ok(Expr::Sym(name.trim_end_matches('#').to_string(), col))
        }
        Some(Tok::Str(_)) => Err((col, "a string cannot be used in an expression".into())),
        Some(t) => Err((col, format!("expected a number or symbol, found {}", describe(t)))),
        None => Err((col, "expected an expression".into())),
    }
}

/// GNU's named constants written `@name`: the `mux1` permutations (named
/// as the disassembler prints them), `hint` and `fclass` operands.
pub fn at_constant(word: &str) -> Option<i64> {
    if let Some(v) = (0..16).find(|&v| crate::disasm::mbtype_name(v).is_some_and(|n| &n[1..] == word)) {
        return Some(v);
    }
    Some(match word {
        "pause" => 0,
        "priority" => 1,
        "clz" => 32,
        "mpy" => 33,
        "datahints" => 34,
        "pos" => 0x001,
        "neg" => 0x002,
        "zero" => 0x004,
        "unorm" => 0x008,
        "norm" => 0x010,
        "inf" => 0x020,
        "snan" => 0x040,
        "qnan" => 0x080,
        "nat" | "natval" => 0x100,
        _ => return None,
    })
}

/// A token as a student would name it in a message.
pub fn describe(t: &Tok) -> String {
    match t {
        Tok::Ident(s) => format!("`{s}`"),
        Tok::Num(v) => format!("`{v}`"),
        Tok::LocalRef(n, f) => format!("`{n}{}`", if *f { 'f' } else { 'b' }),
        Tok::Str(_) => "a string".into(),
        Tok::Punct(p) => format!("`{p}`"),
    }
}

impl Expr {
    /// Evaluate. `sym` resolves a symbol (it tracks recursion itself);
    /// `layout` gives section addresses once they are known.
    pub fn eval(&self, sym: &mut dyn FnMut(&str, u32) -> Result<Value, EvalError>, layout: Option<&[u64]>) -> Result<Value, EvalError> {
        match self {
            Expr::Num(v) => Ok(Value::Abs(*v)),
            Expr::Big => Err(EvalError::Big),
            Expr::Val(v) => Ok(*v),
            Expr::Sym(name, col) => sym(name, *col),
            Expr::Un(op, e) => {
                let v = absolute(e.eval(sym, layout)?, layout)?;
                Ok(Value::Abs(match op {
                    UnOp::Neg => v.wrapping_neg(),
                    UnOp::Not => !v,
                    UnOp::LNot => (v == 0) as i64,
                }))
            }
            Expr::Bin(op, a, b) => {
                let a = a.eval(sym, layout)?;
                let b = b.eval(sym, layout)?;
                binop(*op, a, b, layout)
            }
        }
    }

    /// Whether the expression mentions a symbol or `.` (GNU treats such a
    /// branch target as an address; a plain number is a displacement).
    pub fn is_symbolic(&self) -> bool {
        match self {
            Expr::Num(_) | Expr::Big => false,
            Expr::Sym(..) | Expr::Val(_) => true,
            Expr::Un(_, e) => e.is_symbolic(),
            Expr::Bin(_, a, b) => a.is_symbolic() || b.is_symbolic(),
        }
    }
}

/// A value as a plain number, converting section offsets when the layout
/// is known.
pub fn absolute(v: Value, layout: Option<&[u64]>) -> Result<i64, EvalError> {
    match v {
        Value::Abs(x) => Ok(x),
        Value::Rel(s, off) => match layout.and_then(|l| l.get(s)) {
            Some(&base) => Ok((base as i64).wrapping_add(off)),
            None => Err(EvalError::NotYet),
        },
    }
}

fn binop(op: BinOp, a: Value, b: Value, layout: Option<&[u64]>) -> Result<Value, EvalError> {
    use BinOp::*;
    use Value::{Abs, Rel};
    // Section-relative arithmetic that needs no addresses.
    match (op, a, b) {
        (Add, Rel(s, x), Abs(y)) | (Add, Abs(y), Rel(s, x)) => return Ok(Rel(s, x.wrapping_add(y))),
        (Sub, Rel(s, x), Abs(y)) => return Ok(Rel(s, x.wrapping_sub(y))),
        (_, Rel(s, x), Rel(t, y)) if s == t => {
            if op == Sub {
                return Ok(Abs(x.wrapping_sub(y)));
            }
            if let Some(r) = compare(op, x, y) {
                return Ok(Abs(r));
            }
        }
        _ => {}
    }
    let x = absolute(a, layout)?;
    let y = absolute(b, layout)?;
    let shift = |y: i64| if (0..64).contains(&y) { Some(y as u32) } else { None };
    Ok(Abs(match op {
        Mul => x.wrapping_mul(y),
        Div => {
            if y == 0 {
                return Err(EvalError::DivZero);
            }
            x.wrapping_div(y)
        }
        Mod => {
            if y == 0 {
                return Err(EvalError::DivZero);
            }
            x.wrapping_rem(y)
        }
        Shl => shift(y).map(|s| x << s).unwrap_or(0),
        Shr => shift(y).map(|s| ((x as u64) >> s) as i64).unwrap_or(0),
        Or => x | y,
        Xor => x ^ y,
        And => x & y,
        Add => x.wrapping_add(y),
        Sub => x.wrapping_sub(y),
        LAnd => (x != 0 && y != 0) as i64,
        LOr => (x != 0 || y != 0) as i64,
        _ => compare(op, x, y).unwrap_or(0),
    }))
}

/// GNU as comparisons give -1 (all ones) for true and 0 for false.
fn compare(op: BinOp, x: i64, y: i64) -> Option<i64> {
    use BinOp::*;
    let r = match op {
        Eq => x == y,
        Ne => x != y,
        Lt => x < y,
        Le => x <= y,
        Gt => x > y,
        Ge => x >= y,
        _ => return None,
    };
    Some(if r { -1 } else { 0 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::asm::lex::tokenize;

    struct Env;
    impl ParseEnv for Env {
        fn dot(&self) -> Value {
            Value::Rel(0, 0x20)
        }
        fn local_label(&self, n: u32, f: bool) -> Result<String, String> {
            Ok(format!("L{n}{f}"))
        }
    }

    fn calc(s: &str) -> Result<i64, EvalError> {
        let toks = tokenize(s, 1).unwrap();
        let mut c = Cursor::new(&toks, 99);
        let e = parse(&mut c, &Env).unwrap();
        assert!(c.at_end(), "{s}");
        let mut sym = |n: &str, col: u32| match n {
            "four" => Ok(Value::Abs(4)),
            "lab" => Ok(Value::Rel(0, 0x10)),
            _ => Err(EvalError::Undefined(n.into(), col)),
        };
        e.eval(&mut sym, None).and_then(|v| absolute(v, None))
    }

    #[test]
    fn precedence_follows_gnu_as() {
        assert_eq!(calc("1 + 2 * 3"), Ok(7));
        assert_eq!(calc("2 | 2 + 2"), Ok(4));
        assert_eq!(calc("(1 + 2) * 3"), Ok(9));
        assert_eq!(calc("-four + ~0"), Ok(-5));
        assert_eq!(calc("1 << 4 >> 2"), Ok(4));
        assert_eq!(calc("3 == 3"), Ok(-1));
        assert_eq!(calc("2 < 1 || 1"), Ok(1));
        assert_eq!(calc("7 % 4 & 1"), Ok(1));
        assert_eq!(calc(". - lab"), Ok(0x10));
        assert_eq!(calc("1 / 0"), Err(EvalError::DivZero));
        assert_eq!(calc("lab"), Err(EvalError::NotYet));
        assert_eq!(calc("nope"), Err(EvalError::Undefined("nope".into(), 1)));
        assert_eq!(calc("1 << 64"), Ok(0));
    }
}
