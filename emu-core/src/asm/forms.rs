//! Operands as written (registers, `[rN]`, `file[rN]`, expressions) and
//! the choice of table rows that accept them.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::bundler::{GType, GUnit};
use super::expr::{self, Cursor, EvalError, Expr, PResult, ParseEnv, Value};
use super::lex::{Tok, Token};
use crate::disasm::{ar_name, cr_name, CR_NAMES};
use crate::isa::{ar_units, flags, table, InsnType, OpId, Opnd, OpndClass, RegFile, Row, ValueMap};

/// One operand as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Form {
    Reg(RegFile, u8),
    /// A register-like name that occupies no bits: `ip`, `pr`, `psr.l`, ...
    Special(&'static str),
    /// `[rN]`
    Mem(u8),
    /// `file[rN]`: `cpuid[r3]`, `rr[r2]`, ...
    Ind(&'static str, u8),
    Expr(Expr),
}

impl Form {
    /// How a message names the operand.
    pub fn describe(&self) -> String {
        match self {
            Form::Reg(RegFile::Ar, n) => ar_name(*n as u64),
            Form::Reg(RegFile::Cr, n) => cr_name(*n as u64),
            Form::Reg(f, n) => format!("{}{n}", f.prefix()),
            Form::Special(s) => s.to_string(),
            Form::Mem(n) => format!("[r{n}]"),
            Form::Ind(f, n) => format!("{f}[r{n}]"),
            Form::Expr(Expr::Num(v)) => format!("{v}"),
            Form::Expr(_) => "an expression".into(),
        }
    }
}

/// The stacked-register frame from the last `alloc` (or `.regstk`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Frame {
    pub ins: u32,
    pub locs: u32,
    pub outs: u32,
    /// Whether any frame was declared.
    pub set: bool,
}

/// Names of the register-like constant operands of the table (`ip`,
/// `pr.rot`, `psr.um`, ...), taken from the operand kinds themselves.
static SPECIALS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&'static str> = Opnd::ALL
        .iter()
        .filter_map(|o| match o.spec().class {
            OpndClass::Const(t) if !t.starts_with(|c: char| c.is_ascii_digit()) && fixed_register(t).is_none() => Some(t),
            _ => None,
        })
        .collect();
    v.sort();
    v.dedup();
    v
});

/// Indirect register files (`cpuid`, `rr`, ...), from the operand kinds.
static IND_FILES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&'static str> = Opnd::ALL
        .iter()
        .filter_map(|o| match o.spec().class {
            OpndClass::Ind(t) => Some(t),
            _ => None,
        })
        .collect();
    v.sort();
    v.dedup();
    v
});

/// Register aliases of GNU syntax, the named application and control
/// registers (named by the disassembler's tables), by name.
static ALIASES: LazyLock<HashMap<String, (RegFile, u8)>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    m.insert("gp".to_string(), (RegFile::Gr, 1));
    m.insert("sp".to_string(), (RegFile::Gr, 12));
    m.insert("tp".to_string(), (RegFile::Gr, 13));
    m.insert("rp".to_string(), (RegFile::Br, 0));
    for i in 0..4u8 {
        m.insert(format!("ret{i}"), (RegFile::Gr, 8 + i));
    }
    for i in 0..8u8 {
        m.insert(format!("farg{i}"), (RegFile::Fr, 8 + i));
        m.insert(format!("fret{i}"), (RegFile::Fr, 8 + i));
    }
    for n in 0..128u8 {
        let name = ar_name(n as u64);
        if name.starts_with("ar.") {
            m.insert(name, (RegFile::Ar, n));
        }
    }
    for &(n, name) in CR_NAMES {
        m.insert(name.to_string(), (RegFile::Cr, n as u8));
    }
    m
});

const FILES: [RegFile; 6] = [RegFile::Gr, RegFile::Fr, RegFile::Pr, RegFile::Br, RegFile::Ar, RegFile::Cr];

/// A register named without reference to a frame: `r5`, `ar.lc`, `sp`.
/// `Some(Err)` for a register-like name out of range (`r130`).
pub fn fixed_register(name: &str) -> Option<Result<(RegFile, u8), String>> {
    if let Some(&r) = ALIASES.get(name) {
        return Some(Ok(r));
    }
    // Longest prefixes first so `cr5` is not read as `c` + `r5`.
    let mut files = FILES;
    files.sort_by_key(|f| std::cmp::Reverse(f.prefix().len()));
    for f in files {
        let Some(digits) = name.strip_prefix(f.prefix()) else { continue };
        if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) || (digits.len() > 1 && digits.starts_with('0')) {
            continue;
        }
        let n: u64 = digits.parse().unwrap_or(u64::MAX);
        if n < f.count() {
            return Some(Ok((f, n as u8)));
        }
        return Some(Err(format!("{name} is not a register: {} are {}0-{}{}", file_words(f), f.prefix(), f.prefix(), f.count() - 1)));
    }
    None
}

fn file_words(f: RegFile) -> &'static str {
    match f {
        RegFile::Gr => "general registers",
        RegFile::Fr => "floating-point registers",
        RegFile::Pr => "predicate registers",
        RegFile::Br => "branch registers",
        RegFile::Ar => "application registers",
        RegFile::Cr => "control registers",
    }
}

/// `inN`, `locN`, `outN`: stacked registers of the current frame.
fn stacked(name: &str, frame: &Frame) -> Option<Result<(RegFile, u8), String>> {
    let (kind, digits, base, count) = if let Some(d) = name.strip_prefix("in") {
        ("input", d, 32, frame.ins)
    } else if let Some(d) = name.strip_prefix("loc") {
        ("local", d, 32 + frame.ins, frame.locs)
    } else if let Some(d) = name.strip_prefix("out") {
        ("output", d, 32 + frame.ins + frame.locs, frame.outs)
    } else {
        return None;
    };
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) || (digits.len() > 1 && digits.starts_with('0')) {
        return None;
    }
    let n: u32 = digits.parse().ok().filter(|&n| n < 96)?;
    let prefix = &name[..name.len() - digits.len()];
    if !frame.set {
        return Some(Err(format!("{name} needs a register frame: write `alloc` (or `.regstk`) before using {prefix}N registers")));
    }
    if n >= count {
        let have = if count == 0 {
            format!("no {kind} registers")
        } else {
            format!("{count} {kind} register{} ({prefix}0-{prefix}{})", if count == 1 { "" } else { "s" }, count - 1)
        };
        return Some(Err(format!("{name} is outside the register frame: the last alloc declared {have}")));
    }
    Some(Ok((RegFile::Gr, (base + n) as u8)))
}

/// Any register name, including the frame-relative ones.
pub fn register(name: &str, frame: &Frame) -> Option<Result<(RegFile, u8), String>> {
    fixed_register(name).or_else(|| stacked(name, frame))
}

/// Parse one operand from its tokens.
pub fn parse_operand(toks: &[Token], end_col: u32, frame: &Frame, env: &dyn ParseEnv) -> PResult<Form> {
    let mut c = Cursor::new(toks, end_col);
    let col = c.col();
    let form = match (c.peek(), c.peek_at(1)) {
        (Some(Tok::Punct("[")), _) => {
            c.next();
            let n = gr_index(&mut c, frame)?;
            Form::Mem(n)
        }
        (Some(Tok::Ident(name)), Some(Tok::Punct("["))) if IND_FILES.contains(&name.as_str()) => {
            let file = IND_FILES.iter().copied().find(|f| *f == name).unwrap_or("");
            c.next();
            c.next();
            let n = gr_index(&mut c, frame)?;
            Form::Ind(file, n)
        }
        (Some(Tok::Ident(name)), None) => {
            if let Some(r) = register(name, frame) {
                let (f, n) = r.map_err(|m| (col, m))?;
                c.next();
                Form::Reg(f, n)
            } else if let Some(s) = SPECIALS.iter().find(|s| **s == name) {
                c.next();
                Form::Special(s)
            } else {
                Form::Expr(expr::parse(&mut c, env)?)
            }
        }
        _ => Form::Expr(expr::parse(&mut c, env)?),
    };
    if !c.at_end() {
        return Err((c.col(), format!("unexpected {} in this operand", expr::describe(c.peek().unwrap_or(&Tok::Punct("?"))))));
    }
    Ok(form)
}

/// The `rN]` of a memory or indirect operand.
fn gr_index(c: &mut Cursor, frame: &Frame) -> PResult<u8> {
    let col = c.col();
    let n = match c.next() {
        Some(Tok::Ident(name)) => match register(name, frame) {
            Some(Ok((RegFile::Gr, n))) => n,
            Some(Err(m)) => return Err((col, m)),
            _ => return Err((col, format!("expected a general register inside `[ ]`, found `{name}`"))),
        },
        Some(t) => return Err((col, format!("expected a general register inside `[ ]`, found {}", expr::describe(t)))),
        None => return Err((col, "expected a general register inside `[ ]`".into())),
    };
    if !c.eat("]") {
        return Err((c.col(), "missing `]`".into()));
    }
    Ok(n)
}

/// The operand a table `Const` text stands for.
fn const_form(text: &str) -> Option<Form> {
    if let Ok(v) = text.parse::<i64>() {
        return Some(Form::Expr(Expr::Num(v)));
    }
    if let Some(Ok((f, n))) = fixed_register(text) {
        return Some(Form::Reg(f, n));
    }
    SPECIALS.iter().find(|s| **s == text).map(|s| Form::Special(s))
}

/// How a row's operand relates to an operand as written.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Fit {
    Yes,
    /// Right kind, wrong value; the message says why.
    Range(String),
    No,
}

/// Evaluates expressions for matching, when their value is already known.
pub trait Evaluator {
    fn eval_now(&self, e: &Expr) -> Result<Value, EvalError>;
}

/// GNU's leniency for some immediates: the predicate mask and the
/// `pr.rot` value may be written as unsigned numbers of their width (GNU
/// sign-extends them) and their ignored low bits may be set; a stride's
/// low 6 bits are dropped once the value is in range.
pub fn adjust_immediate(map: ValueMap, bits: u32, v: i64) -> i64 {
    let sext = |width: u32| {
        if width < 64 && v >= 0 && v < (1i64 << width) && v >> (width - 1) & 1 == 1 {
            v - (1i64 << width)
        } else {
            v
        }
    };
    match map {
        ValueMap::Mask17 => sext(17) & !1,
        ValueMap::Shift16Signed => sext(bits + 16) & !0xffff,
        ValueMap::Shift6Signed if (1..40).contains(&bits) => {
            let lo = -(1i64 << (bits + 5));
            let hi = ((1i64 << (bits - 1)) - 1) << 6;
            if (lo..=hi).contains(&v) {
                v & !0x3f
            } else {
                v
            }
        }
        _ => v,
    }
}

/// The value an immediate operand has, if known now.
pub fn immediate_value(o: Opnd, e: &Expr, ev: &dyn Evaluator) -> Result<Option<i64>, String> {
    let spec = o.spec();
    if *e == Expr::Big {
        return if spec.map == ValueMap::SignedMinus1U8 { Ok(Some(0)) } else { Err("0x10000000000000000 does not fit in 64 bits".into()) };
    }
    match ev.eval_now(e) {
        Ok(Value::Abs(v)) => Ok(Some(adjust_immediate(spec.map, spec.bits(), v))),
        Ok(Value::Rel(..)) | Err(EvalError::NotYet) | Err(EvalError::Undefined(..)) | Err(EvalError::Cycle(_)) => Ok(None),
        Err(EvalError::DivZero) => Err("division by zero".into()),
        Err(EvalError::Big) => Err("0x10000000000000000 does not fit in 64 bits".into()),
    }
}

/// Whether operand `o` of `row` accepts `form`. A `Range` answer carries
/// a message only when `explain` (messages cost time; most rows tried
/// simply do not fit); `name` is the mnemonic as written.
fn fits_operand(row: &Row, name: &str, o: Opnd, form: &Form, ev: &dyn Evaluator, explain: bool) -> Result<Fit, String> {
    let spec = o.spec();
    let mut scratch = 0u128;
    let range = |m: &dyn Fn() -> String| Fit::Range(if explain { m() } else { String::new() });
    Ok(match (spec.class, form) {
        (OpndClass::Const(t), f) => match (const_form(t), f) {
            (Some(Form::Expr(Expr::Num(want))), Form::Expr(e)) => match ev.eval_now(e) {
                Ok(Value::Abs(v)) if v == want => Fit::Yes,
                Ok(Value::Abs(v)) => range(&|| format!("{v} is not allowed here: `{name}` takes only {want} in this place")),
                _ => Fit::No,
            },
            (Some(want), f) if want == *f => Fit::Yes,
            _ => Fit::No,
        },
        (OpndClass::Reg(file), Form::Reg(f, n)) if file == *f => {
            if !spec.insert(&mut scratch, *n as i64) {
                range(&|| format!("{} does not fit: `{name}` needs {}", form.describe(), spec.what))
            } else if file == RegFile::Ar && !ar_fits_unit(row.ty, *n) {
                range(&|| {
                    let (m, _) = ar_units(*n as i64);
                    let (unit, alt) = if m { ('M', "mov.m") } else { ('I', "mov.i") };
                    format!("{} can only be accessed by the {unit} unit: use `{alt}` (or plain `mov`)", form.describe())
                })
            } else {
                Fit::Yes
            }
        }
        (OpndClass::Mem, Form::Mem(n)) => {
            if spec.insert(&mut scratch, *n as i64) {
                Fit::Yes
            } else {
                range(&|| format!("{} does not fit: `{name}` needs {}", form.describe(), spec.what))
            }
        }
        (OpndClass::Ind(file), Form::Ind(f, _)) if file == *f => Fit::Yes,
        (OpndClass::Imm, Form::Expr(e)) => match immediate_value(o, e, ev)? {
            None => Fit::Yes,
            Some(v) if spec.insert(&mut scratch, v) => Fit::Yes,
            Some(v) => range(&|| format!("immediate {} does not fit: {name} needs {}", show(e, v), spec.what)),
        },
        (OpndClass::Rel, Form::Expr(_)) => Fit::Yes,
        _ => Fit::No,
    })
}

/// How a message shows an immediate: as written when it is a plain number.
fn show(e: &Expr, v: i64) -> String {
    match e {
        Expr::Num(n) if *n < 0 || *n < 0x10000 => format!("{n}"),
        _ if (0..0x10000).contains(&v) || (-0x10000..0).contains(&v) => format!("{v}"),
        _ => format!("{:#x}", v as u64),
    }
}

fn ar_fits_unit(ty: InsnType, n: u8) -> bool {
    let (m, i) = ar_units(n as i64);
    match ty {
        InsnType::M => m,
        InsnType::I => i,
        _ => true,
    }
}

/// The rows an instruction may use, and what the bundler needs.
#[derive(Clone, Debug)]
pub struct Choice {
    pub cands: Vec<OpId>,
    pub ty: GType,
    pub flags: u16,
    pub dyn_units: u8,
    pub hint_b: bool,
}

/// Whether a row may be placed on a unit (GNU's view: long instructions
/// go in the L slot).
pub fn row_fits_unit(row: &Row, u: GUnit) -> bool {
    match row.ty {
        InsnType::A => matches!(u, GUnit::M | GUnit::I),
        InsnType::I => u == GUnit::I,
        InsnType::M => u == GUnit::M,
        InsnType::B => u == GUnit::B,
        InsnType::F => u == GUnit::F,
        InsnType::X => u == GUnit::L,
    }
}

fn gtype(t: InsnType) -> GType {
    match t {
        InsnType::A => GType::A,
        InsnType::I => GType::I,
        InsnType::M => GType::M,
        InsnType::B => GType::B,
        InsnType::F => GType::F,
        InsnType::X => GType::X,
    }
}

/// An example of a row's syntax for messages: `add r1 = r2, r3`.
pub fn syntax(row: &Row) -> String {
    let mut s = row.mnemonic.clone();
    for (i, o) in row.operands.iter().enumerate() {
        s.push_str(if i == 0 {
            " "
        } else if i == row.outputs as usize {
            " = "
        } else {
            ", "
        });
        let spec = o.spec();
        let name = format!("{o:?}").to_ascii_lowercase();
        s.push_str(&match spec.class {
            OpndClass::Const(t) => t.to_string(),
            OpndClass::Reg(RegFile::Gr | RegFile::Fr | RegFile::Pr | RegFile::Br) => name.split('_').next().unwrap_or(&name).to_string(),
            OpndClass::Reg(RegFile::Ar) => "ar3".into(),
            OpndClass::Reg(RegFile::Cr) => "cr3".into(),
            OpndClass::Mem => "[r3]".into(),
            OpndClass::Ind(f) => format!("{f}[r3]"),
            OpndClass::Imm => "imm".into(),
            OpndClass::Rel => "label".into(),
        });
    }
    s
}

/// The order GNU as tries rows that share a mnemonic: its opcode table
/// groups rows by name prefix (up to the first `.`) and signature (type,
/// opcode mask, outputs, flags, operand kinds) in order of first
/// appearance, and searches group by group. When several rows accept the
/// same operands (`cmp.gt.andcm p1,p2 = r0,r0`), this decides, as in GNU.
static GNU_RANK: LazyLock<Vec<u32>> = LazyLock::new(|| {
    let t = table();
    // (name prefix, type, mask, outputs, flags, operands) -> first row.
    type Signature<'a> = (&'a str, InsnType, u64, u8, u16, &'a [Opnd]);
    let mut first: HashMap<Signature, u32> = HashMap::new();
    t.rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let prefix = r.mnemonic.split('.').next().unwrap_or("");
            *first.entry((prefix, r.ty, r.mask, r.outputs, r.flags, r.operands.as_slice())).or_insert(i as u32)
        })
        .collect()
});

/// Rows for a mnemonic that the assembler may pick.
pub fn rows_for(mnemonic: &str) -> Vec<OpId> {
    let t = table();
    t.by_mnemonic(mnemonic)
        .iter()
        .copied()
        .filter(|&id| {
            let r = &t.rows[id as usize];
            !r.is(flags::DECODE_ONLY) && !r.is(flags::CATCH_ALL)
        })
        .collect()
}

/// Choose the rows that accept `forms`; the error says what is wrong.
/// `cols` are the operands' columns, `mcol` the mnemonic's.
pub fn choose(
    mnemonic: &str,
    forms: &[Form],
    outputs: usize,
    qp: u8,
    cols: &[u32],
    mcol: u32,
    ev: &dyn Evaluator,
    allow_hint_b: bool,
) -> Result<Choice, (u32, String)> {
    let t = table();
    let ids = rows_for(mnemonic);
    if ids.is_empty() {
        return Err((mcol, unknown_message(mnemonic)));
    }
    let shape: Vec<&Row> =
        ids.iter().map(|&id| &t.rows[id as usize]).filter(|r| r.operands.len() == forms.len() && r.outputs as usize == outputs).collect();
    if shape.is_empty() {
        return Err((mcol, count_message(mnemonic, &ids, forms.len(), outputs)));
    }
    let mut cands = Vec::new();
    // The most promising failure: (operands matched, out of range?, row).
    let mut best: Option<(usize, bool, OpId)> = None;
    for &id in &ids {
        let row = &t.rows[id as usize];
        if row.operands.len() != forms.len() || row.outputs as usize != outputs {
            continue;
        }
        let mut failure = None;
        for (k, (&o, f)) in row.operands.iter().zip(forms).enumerate() {
            let col = cols.get(k).copied().unwrap_or(mcol);
            match fits_operand(row, mnemonic, o, f, ev, false).map_err(|m| (col, m))? {
                Fit::Yes => continue,
                Fit::Range(_) => failure = Some((k, true, id)),
                Fit::No => failure = Some((k, false, id)),
            }
            break;
        }
        match failure {
            None => cands.push(id),
            Some(f) => {
                if best.is_none_or(|b| f.0 > b.0 || (f.0 == b.0 && f.1 && !b.1)) {
                    best = Some(f);
                }
            }
        }
    }
    if cands.is_empty() {
        let Some((k, range, id)) = best else {
            return Err((mcol, format!("`{mnemonic}` does not take these operands")));
        };
        let (row, o, col) = (&t.rows[id as usize], t.rows[id as usize].operands[k], cols.get(k).copied().unwrap_or(mcol));
        let m = match fits_operand(row, mnemonic, o, &forms[k], ev, true).map_err(|m| (col, m))? {
            Fit::Range(m) if range => m,
            _ => format!("operand {} of `{mnemonic}` should be {}, not {}", k + 1, o.spec().what, forms[k].describe()),
        };
        return Err((col, m));
    }
    cands.sort_by_key(|&id| GNU_RANK[id as usize]);
    let rows: Vec<&Row> = cands.iter().map(|&id| &t.rows[id as usize]).collect();
    if qp != 0 && rows.iter().all(|r| r.is(flags::NO_PRED)) {
        return Err((mcol, format!("`{mnemonic}` cannot be predicated: remove the (p{qp})")));
    }
    if !allow_hint_b && rows.iter().all(|r| r.ty == InsnType::B && r.mnemonic.starts_with("hint")) {
        return Err((
            mcol,
            format!("`{mnemonic}` is refused, as GNU as does by default: a hint on the B unit may run as a nop (use hint.i or hint.m, or allow it as GNU's -mhint.b=ok does)"),
        ));
    }
    let first_ty = rows[0].ty;
    let uniform = rows.iter().all(|r| r.ty == first_ty);
    let ty = if uniform { gtype(first_ty) } else { GType::Dyn };
    let flags = if uniform { rows.iter().fold(u16::MAX, |f, r| f & r.flags) } else { 0 };
    let mut dyn_units = 0u8;
    let mut hint_b = false;
    if !uniform {
        for u in [GUnit::M, GUnit::I, GUnit::B, GUnit::F, GUnit::L, GUnit::X] {
            let fitting: Vec<&&Row> = rows.iter().filter(|r| row_fits_unit(r, u)).collect();
            if fitting.is_empty() {
                continue;
            }
            // GNU refuses `hint` on a B unit (its default -mhint.b=error).
            if !allow_hint_b && u == GUnit::B && fitting.iter().all(|r| r.mnemonic.starts_with("hint")) {
                hint_b = true;
                continue;
            }
            dyn_units |= u.bit();
        }
    }
    Ok(Choice { cands, ty, flags, dyn_units, hint_b })
}

fn unknown_message(mnemonic: &str) -> String {
    let mut close: Vec<(usize, &str)> = table()
        .mnemonics()
        .filter(|m| m.len().abs_diff(mnemonic.len()) <= 2)
        .map(|m| (edit_distance(mnemonic, m), m))
        .filter(|&(d, _)| d <= 2)
        .collect();
    close.sort();
    close.truncate(3);
    let mut s = format!("unknown instruction `{mnemonic}`");
    if !close.is_empty() {
        let names: Vec<String> = close.iter().map(|(_, m)| format!("`{m}`")).collect();
        s.push_str(&format!(" (did you mean {}?)", names.join(" or ")));
    }
    s
}

fn count_message(mnemonic: &str, ids: &[OpId], n: usize, outputs: usize) -> String {
    let t = table();
    let rows: Vec<&Row> = ids.iter().map(|&id| &t.rows[id as usize]).filter(|r| !r.is(flags::PSEUDO) || ids.len() < 4).collect();
    let rows = if rows.is_empty() { ids.iter().map(|&id| &t.rows[id as usize]).collect() } else { rows };
    let same_count: Vec<&&Row> = rows.iter().filter(|r| r.operands.len() == n).collect();
    if let Some(r) = same_count.first() {
        return if r.outputs == 0 {
            format!("`{mnemonic}` has no outputs, so no `=`: {}", syntax(r))
        } else if outputs == 0 {
            format!("`{mnemonic}` needs `=` after its {} output{}: {}", r.outputs, if r.outputs == 1 { "" } else { "s" }, syntax(r))
        } else {
            format!("`{mnemonic}` has {} output{} before the `=`: {}", r.outputs, if r.outputs == 1 { "" } else { "s" }, syntax(r))
        };
    }
    let mut counts: Vec<usize> = rows.iter().map(|r| r.operands.len()).collect();
    counts.sort();
    counts.dedup();
    let counts: Vec<String> = counts.iter().map(|c| c.to_string()).collect();
    let mut examples: Vec<String> = rows.iter().map(|r| syntax(r)).collect();
    examples.dedup();
    examples.truncate(3);
    format!(
        "`{mnemonic}` takes {} operand{}, not {n}: {}",
        counts.join(" or "),
        if counts.len() == 1 && counts[0] == "1" { "" } else { "s" },
        examples.join(" / ")
    )
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + (ca != cb) as usize).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn register_names() {
        let f = Frame { ins: 2, locs: 3, outs: 1, set: true };
        assert_eq!(register("r5", &f), Some(Ok((RegFile::Gr, 5))));
        assert_eq!(register("cr.iva", &f), Some(Ok((RegFile::Cr, 2))));
        assert_eq!(register("ar.lc", &f), Some(Ok((RegFile::Ar, 65))));
        assert_eq!(register("ar17", &f), Some(Ok((RegFile::Ar, 17))));
        assert_eq!(register("loc0", &f), Some(Ok((RegFile::Gr, 34))));
        assert_eq!(register("out0", &f), Some(Ok((RegFile::Gr, 37))));
        assert_eq!(register("sp", &f), Some(Ok((RegFile::Gr, 12))));
        assert!(matches!(register("r130", &f), Some(Err(m)) if m == "r130 is not a register: general registers are r0-r127"));
        assert!(matches!(register("in2", &f), Some(Err(_))));
        assert_eq!(register("r05", &f), None);
        assert_eq!(register("foo", &f), None);
    }

    #[test]
    fn specials_come_from_the_table() {
        assert!(SPECIALS.contains(&"ip"));
        assert!(SPECIALS.contains(&"psr.um"));
        assert!(!SPECIALS.contains(&"ar.ccv"));
        assert!(IND_FILES.contains(&"cpuid"));
    }
}
