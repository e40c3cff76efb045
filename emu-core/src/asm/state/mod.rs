//! The assembler's state while it reads the source: sections, symbols,
//! conditionals, the instruction queue; statements and directives.

mod directives;

use std::collections::HashMap;

use super::bundler::{BundleError, Bundler, Emitted, Fill, GUnit, QInsn};
use super::expr::{self, Cursor, EvalError, Expr, ParseEnv, Value};
use super::forms::{self, Choice, Evaluator, Form, Frame};
use super::lex::{self, Piece, Tok, Token};
use super::{AsmOptions, Diagnostic, Severity, SourceProvider, SymbolKind};
use crate::isa::{flags, table, OpId, Opnd, OpndClass, RegFile};
use directives::{is_conditional, is_data_word};

/// Input larger than this (all files together) is refused.
pub const MAX_INPUT: usize = 16 << 20;
/// Output larger than this (all sections together) is refused.
pub const MAX_OUTPUT: u64 = 64 << 20;
const MAX_INCLUDE_DEPTH: usize = 16;
const MAX_ERRORS: usize = 100;
const MAX_WARNINGS: usize = 100;
const MAX_SECTIONS: usize = 256;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Loc {
    pub file: u32,
    pub line: u32,
    pub col: u32,
}

pub struct Sec {
    pub name: String,
    pub alloc: bool,
    pub write: bool,
    pub exec: bool,
    pub nobits: bool,
    pub data: Vec<u8>,
    pub bss_size: u64,
    pub align: u64,
    /// Collected but not output (the unwind data after `.handlerdata`).
    pub discard: bool,
}

impl Sec {
    pub fn size(&self) -> u64 {
        if self.nobits {
            self.bss_size
        } else {
            self.data.len() as u64
        }
    }
}

#[derive(Clone, Debug)]
pub enum SymDef {
    Undef,
    /// A label; the offset is unknown while its instruction is queued.
    Label {
        sec: usize,
        off: Option<i64>,
    },
    /// `.equ` whose value waits for later symbols.
    Expr(Expr),
    Value(Value),
}

pub struct Sym {
    pub name: String,
    pub def: SymDef,
    pub global: bool,
    pub kind: SymbolKind,
    pub size: Option<(Expr, Loc)>,
    pub loc: Option<Loc>,
    /// Internal names (numeric local labels) never reach the symbol table.
    pub internal: bool,
}

/// An instruction: its candidate rows and operands, and where it went.
pub struct InsnRec {
    pub mnemonic: String,
    pub cands: Vec<OpId>,
    pub forms: Vec<Form>,
    /// Each operand's column.
    pub cols: Vec<u32>,
    pub qp: u8,
    pub loc: Loc,
    pub place: Option<(usize, u64, u8, GUnit)>,
}

pub struct BundleRec {
    pub sec: usize,
    pub off: u64,
    pub code: u8,
    pub slots: [Fill; 3],
}

/// A data value resolved after layout.
pub struct DataFix {
    pub sec: usize,
    pub off: u64,
    pub size: usize,
    pub expr: Expr,
    pub loc: Loc,
}

struct Cond {
    active: bool,
    done: bool,
    else_seen: bool,
    loc: Loc,
}

pub struct Asm<'a> {
    provider: &'a dyn SourceProvider,
    pub opts: &'a AsmOptions,
    pub files: Vec<String>,
    include_stack: Vec<String>,
    total_input: usize,
    pub diags: Vec<Diagnostic>,
    pub errors: usize,
    warnings: usize,
    pub secs: Vec<Sec>,
    cur: usize,
    prev: usize,
    sec_stack: Vec<(usize, usize)>,
    pub syms: Vec<Sym>,
    pub sym_index: HashMap<String, usize>,
    fb: HashMap<u32, u32>,
    conds: Vec<Cond>,
    frame: Frame,
    bundler: Bundler,
    open_brace: Option<Loc>,
    pub insns: Vec<InsnRec>,
    pub bundles: Vec<BundleRec>,
    pub data_fixes: Vec<DataFix>,
    procs_open: Vec<(usize, Loc)>,
    /// (symbol, section, end offset, where `.endp` was).
    pub procs: Vec<(usize, usize, i64, Loc)>,
    /// The padding of the last `.align` in code: (section, start, length).
    align_mark: Option<(usize, usize, usize)>,
    ended: bool,
    /// The code section `.handlerdata` left, until `.endp`.
    handler_saved: Option<usize>,
    /// Where the statement being read is.
    here: Loc,
}

fn err_at(loc: Loc, col: u32) -> Loc {
    Loc { col, ..loc }
}

impl<'a> Asm<'a> {
    pub fn new(provider: &'a dyn SourceProvider, opts: &'a AsmOptions) -> Self {
        let mut a = Asm {
            provider,
            opts,
            files: Vec::new(),
            include_stack: Vec::new(),
            total_input: 0,
            diags: Vec::new(),
            errors: 0,
            warnings: 0,
            secs: Vec::new(),
            cur: 0,
            prev: 0,
            sec_stack: Vec::new(),
            syms: Vec::new(),
            sym_index: HashMap::new(),
            fb: HashMap::new(),
            conds: Vec::new(),
            frame: Frame::default(),
            bundler: Bundler::new(opts.tune),
            open_brace: None,
            insns: Vec::new(),
            bundles: Vec::new(),
            data_fixes: Vec::new(),
            procs_open: Vec::new(),
            procs: Vec::new(),
            align_mark: None,
            ended: false,
            handler_saved: None,
            here: Loc { file: 0, line: 1, col: 1 },
        };
        a.section_index(".text", None);
        for (name, v) in &opts.defsym {
            let id = a.sym(name);
            a.syms[id].def = SymDef::Value(Value::Abs(*v));
        }
        a
    }

    // ----- diagnostics -----

    pub fn diag(&mut self, loc: Loc, severity: Severity, message: impl Into<String>) {
        if severity == Severity::Warning {
            if self.warnings >= MAX_WARNINGS {
                return;
            }
            self.warnings += 1;
        }
        if severity == Severity::Error {
            self.errors += 1;
            if self.errors > MAX_ERRORS {
                if self.errors == MAX_ERRORS + 1 {
                    let file = self.files.get(loc.file as usize).cloned().unwrap_or_default();
                    self.diags.push(Diagnostic {
                        file,
                        line: loc.line,
                        column: loc.col,
                        severity,
                        message: format!("more than {MAX_ERRORS} errors: stopping here"),
                    });
                }
                self.ended = true;
                return;
            }
        }
        let file = self.files.get(loc.file as usize).cloned().unwrap_or_default();
        let d = Diagnostic { file, line: loc.line, column: loc.col, severity, message: message.into() };
        // The same problem found twice (a symbol used twice) is told once.
        if self.diags.contains(&d) {
            if severity == Severity::Error {
                self.errors -= 1;
            }
            return;
        }
        self.diags.push(d);
    }

    pub fn error(&mut self, loc: Loc, message: impl Into<String>) {
        self.diag(loc, Severity::Error, message);
    }

    fn warn(&mut self, loc: Loc, message: impl Into<String>) {
        self.diag(loc, Severity::Warning, message);
    }

    // ----- files -----

    pub fn run_main(&mut self, name: &str) {
        self.files.push(name.to_string());
        let start = Loc { file: 0, line: 1, col: 1 };
        match self.provider.read(name) {
            Ok(text) => self.run_file(name, &text),
            Err(e) => self.error(start, e),
        }
        // The end of input ends the instruction group and flushes the queue.
        self.flush_code(true);
    }

    fn run_file(&mut self, name: &str, text: &str) {
        self.total_input = self.total_input.saturating_add(text.len());
        let file = match self.files.iter().position(|f| f == name) {
            Some(i) => i,
            None => {
                self.files.push(name.to_string());
                self.files.len() - 1
            }
        } as u32;
        if self.total_input > MAX_INPUT {
            let loc = if self.include_stack.is_empty() { Loc { file, line: 1, col: 1 } } else { self.here };
            self.error(loc, format!("the input is too large: at most {} MiB of source", MAX_INPUT >> 20));
            return;
        }
        self.include_stack.push(name.to_string());
        let (clean, unterminated) = lex::strip_comments(text);
        if let Some(off) = unterminated {
            let line = text[..off.min(text.len())].matches('\n').count() as u32 + 1;
            let col = (off - text[..off.min(text.len())].rfind('\n').map(|p| p + 1).unwrap_or(0)) as u32 + 1;
            self.error(Loc { file, line, col }, "this comment `/*` is never closed with `*/`");
        }
        for (n, line) in clean.split('\n').enumerate() {
            if self.ended {
                break;
            }
            let line = line.strip_suffix('\r').unwrap_or(line);
            let lineno = (n + 1) as u32;
            for piece in lex::split_line(line) {
                if self.ended {
                    break;
                }
                let col = match piece {
                    Piece::Stmt(_, c) | Piece::Stop(c) | Piece::Open(c) | Piece::Close(c) => c,
                };
                self.here = Loc { file, line: lineno, col };
                match piece {
                    Piece::Stmt(s, c) => self.statement(s, c),
                    _ if !self.active() => {}
                    Piece::Stop(_) => self.bundler.stop(),
                    Piece::Open(_) => {
                        let here = self.here;
                        match self.bundler.open() {
                            Some(w) => self.warn(here, w),
                            None => self.open_brace = Some(here),
                        }
                    }
                    Piece::Close(_) => {
                        let here = self.here;
                        if let Some(w) = self.bundler.close() {
                            self.warn(here, w);
                        }
                        self.open_brace = None;
                    }
                }
            }
        }
        self.include_stack.pop();
    }

    fn include(&mut self, name: &str, loc: Loc) {
        if self.include_stack.iter().any(|f| f == name) {
            let chain = self.include_stack.join(" -> ");
            self.error(loc, format!("include cycle: {chain} -> {name}"));
            return;
        }
        if self.include_stack.len() >= MAX_INCLUDE_DEPTH {
            self.error(loc, format!("includes are nested too deeply (more than {MAX_INCLUDE_DEPTH} levels)"));
            return;
        }
        match self.provider.read(name) {
            Ok(text) => {
                let saved = self.here;
                self.run_file(name, &text);
                self.here = saved;
            }
            Err(e) => self.error(loc, format!("cannot include `{name}`: {e}")),
        }
    }

    fn active(&self) -> bool {
        self.conds.last().map(|c| c.active).unwrap_or(true)
    }

    // ----- sections -----

    /// The section called `name`, created (with `flags` or the defaults of
    /// its name) when new.
    fn section_index(&mut self, name: &str, flags: Option<(&str, bool)>) -> usize {
        if let Some(i) = self.secs.iter().position(|s| s.name == name) {
            return i;
        }
        if self.secs.len() >= MAX_SECTIONS {
            let here = self.here;
            self.error(here, format!("too many sections (at most {MAX_SECTIONS})"));
            return self.cur;
        }
        let starts = |p: &str| name == p || name.starts_with(&format!("{p}."));
        let (f, nobits) = match flags {
            Some((f, nobits)) => (f.to_string(), nobits),
            None if starts(".text") => ("ax".into(), false),
            None if starts(".bss") || starts(".sbss") => ("aw".into(), true),
            None if starts(".data") || starts(".sdata") || starts(".init_array") || starts(".fini_array") => ("aw".into(), false),
            None if starts(".rodata") => ("a".into(), false),
            None => (String::new(), false),
        };
        self.secs.push(Sec {
            name: name.to_string(),
            alloc: f.contains('a'),
            write: f.contains('w'),
            exec: f.contains('x'),
            nobits,
            data: Vec::new(),
            bss_size: 0,
            align: if f.contains('x') { 16 } else { 1 },
            discard: false,
        });
        self.secs.len() - 1
    }

    fn switch_to(&mut self, idx: usize) {
        self.flush_code(true);
        self.prev = self.cur;
        self.cur = idx;
    }

    fn total_output(&self) -> u64 {
        self.secs.iter().map(|s| s.size()).sum()
    }

    fn room_for(&mut self, n: u64, loc: Loc) -> bool {
        if self.total_output().saturating_add(n) > MAX_OUTPUT {
            self.error(loc, format!("the output would be too large: at most {} MiB", MAX_OUTPUT >> 20));
            return false;
        }
        true
    }

    fn offset(&self) -> u64 {
        self.secs[self.cur].size()
    }

    // ----- symbols -----

    pub fn sym(&mut self, name: &str) -> usize {
        if let Some(&i) = self.sym_index.get(name) {
            return i;
        }
        self.syms.push(Sym {
            name: name.to_string(),
            def: SymDef::Undef,
            global: false,
            kind: SymbolKind::NoType,
            size: None,
            loc: None,
            internal: name.contains('\u{1}'),
        });
        self.sym_index.insert(name.to_string(), self.syms.len() - 1);
        self.syms.len() - 1
    }

    /// The name of a symbol for messages (numeric local labels read `1`).
    pub fn display_name(name: &str) -> String {
        match name.split_once('\u{1}') {
            Some((n, _)) => format!("local label {n}"),
            None => name.to_string(),
        }
    }

    fn define_label(&mut self, name: &str, loc: Loc) {
        let id = self.sym(name);
        if !matches!(self.syms[id].def, SymDef::Undef) {
            let was = self.syms[id].loc.map(|l| format!(" (first at line {})", l.line)).unwrap_or_default();
            self.error(loc, format!("`{}` is already defined{was}", Self::display_name(name)));
            return;
        }
        self.syms[id].loc = Some(loc);
        if self.secs[self.cur].exec {
            self.syms[id].def = SymDef::Label { sec: self.cur, off: None };
            self.bundler.add_label(id);
        } else {
            self.syms[id].def = SymDef::Label { sec: self.cur, off: Some(self.offset() as i64) };
        }
    }

    fn set_label(&mut self, id: usize, off: u64) {
        if let SymDef::Label { off: o, .. } = &mut self.syms[id].def {
            *o = Some(off as i64);
        }
    }

    pub fn eval(&self, e: &Expr, layout: Option<&[u64]>) -> Result<Value, EvalError> {
        self.eval_depth(e, layout, 0)
    }

    fn eval_depth(&self, e: &Expr, layout: Option<&[u64]>, depth: u32) -> Result<Value, EvalError> {
        let mut f = |name: &str, col: u32| self.sym_value(name, col, layout, depth);
        e.eval(&mut f, layout)
    }

    fn sym_value(&self, name: &str, col: u32, layout: Option<&[u64]>, depth: u32) -> Result<Value, EvalError> {
        let Some(&id) = self.sym_index.get(name) else {
            return Err(EvalError::Undefined(name.to_string(), col));
        };
        match &self.syms[id].def {
            SymDef::Undef => Err(EvalError::Undefined(name.to_string(), col)),
            SymDef::Label { sec, off: Some(o) } => Ok(Value::Rel(*sec, *o)),
            SymDef::Label { off: None, .. } => Err(EvalError::NotYet),
            SymDef::Value(v) => Ok(*v),
            SymDef::Expr(e) => {
                if depth > 32 {
                    Err(EvalError::Cycle(name.to_string()))
                } else {
                    self.eval_depth(e, layout, depth + 1)
                }
            }
        }
    }

    /// A message for an expression that has no value.
    pub fn eval_message(&self, e: &EvalError) -> String {
        match e {
            EvalError::Undefined(name, _) => {
                if forms::register(name, &Frame::default()).is_some() {
                    format!("`{name}` is a register; an expression needs a number or a symbol here")
                } else if name.contains('\u{1}') {
                    format!("{} is never defined", Self::display_name(name))
                } else {
                    format!("undefined symbol `{name}`")
                }
            }
            EvalError::NotYet => "this value is not known yet: it depends on a symbol defined later".into(),
            EvalError::DivZero => "division by zero".into(),
            EvalError::Big => "0x10000000000000000 does not fit in 64 bits".into(),
            EvalError::Cycle(n) => format!("`{n}` is defined in terms of itself"),
        }
    }

    /// Evaluate an expression that must be a number right now.
    fn absolute_now(&mut self, e: &Expr, loc: Loc, what: &str) -> Option<i64> {
        match self.eval(e, None) {
            Ok(Value::Abs(v)) => Some(v),
            Ok(Value::Rel(..)) | Err(EvalError::NotYet) => {
                self.error(loc, format!("{what} must be a constant known at this point, not an address"));
                None
            }
            Err(EvalError::Undefined(n, col)) if !n.contains('\u{1}') && forms::register(&n, &Frame::default()).is_none() => {
                self.error(err_at(loc, col), format!("{what} must be a constant known at this point: `{n}` is not defined yet"));
                None
            }
            Err(e) => {
                let m = self.eval_message(&e);
                let col = match e {
                    EvalError::Undefined(_, c) => c,
                    _ => loc.col,
                };
                self.error(err_at(loc, col), m);
                None
            }
        }
    }

    // ----- the instruction queue -----

    /// Emit bundles the bundler produced.
    fn place(&mut self, out: Vec<Emitted>, errs: Vec<BundleError>) {
        for e in errs {
            let (loc, name) =
                self.insns.get(e.id).map(|i| (i.loc, format!("`{}`", i.mnemonic))).unwrap_or((self.here, "this instruction".into()));
            self.error(loc, e.message.replace(super::bundler::INSN, &name));
        }
        for b in out {
            let sec = self.cur;
            if self.secs[sec].data.len() % 16 != 0 {
                let loc = b
                    .slots
                    .iter()
                    .find_map(|s| match s {
                        Fill::Insn(id, _) => self.insns.get(*id).map(|i| i.loc),
                        _ => None,
                    })
                    .unwrap_or(self.here);
                self.error(loc, "instructions must start at a multiple of 16 bytes: put `.align 16` before them");
                let pad = 16 - self.secs[sec].data.len() % 16;
                self.secs[sec].data.extend(std::iter::repeat_n(0, pad));
            }
            let off = self.secs[sec].data.len() as u64;
            self.secs[sec].data.extend_from_slice(&[0; 16]);
            for l in &b.labels {
                self.set_label(*l, off);
            }
            for (slot, f) in b.slots.iter().enumerate() {
                if let Fill::Insn(id, unit) = f {
                    if let Some(rec) = self.insns.get_mut(*id) {
                        rec.place = Some((sec, off, slot as u8, *unit));
                    }
                }
            }
            self.bundles.push(BundleRec { sec, off, code: b.code, slots: b.slots });
        }
    }

    /// Emit everything queued (after a stop when `stop`); labels still
    /// waiting name the current position. Only in a code section, as GNU.
    fn flush_code(&mut self, stop: bool) {
        if !self.secs[self.cur].exec {
            return;
        }
        if stop {
            self.bundler.stop();
        }
        let (mut out, mut errs) = (Vec::new(), Vec::new());
        self.bundler.flush(&mut out, &mut errs);
        self.place(out, errs);
        let off = self.offset();
        for l in self.bundler.take_pending_labels() {
            self.set_label(l, off);
        }
    }

    /// Whether the bundle is still open at the end (reported by the caller).
    pub fn open_bundle(&self) -> Option<Loc> {
        if self.bundler.manual {
            self.open_brace
        } else {
            None
        }
    }

    pub fn unclosed(&mut self) {
        while let Some(c) = self.conds.pop() {
            self.error(c.loc, "this `.if` has no matching `.endif`");
        }
        for (id, loc) in std::mem::take(&mut self.procs_open) {
            let name = self.syms[id].name.clone();
            self.error(loc, format!("`.proc {name}` has no matching `.endp`"));
        }
    }

    // ----- statements -----

    fn statement(&mut self, text: &str, col: u32) {
        let loc = self.here;
        let toks = match lex::tokenize(text, col) {
            Ok(t) => t,
            Err((c, m)) => {
                if self.active() {
                    self.error(err_at(loc, c), m);
                }
                return;
            }
        };
        if toks.is_empty() {
            return;
        }
        let end_col = col + text.len() as u32;
        if !self.active() {
            if let Some(Tok::Ident(name)) = toks.first().map(|t| &t.tok) {
                let name = name.to_ascii_lowercase();
                if is_conditional(&name) {
                    let mut c = Cursor::new(&toks, end_col);
                    c.next();
                    self.conditional(&name, &mut c, loc);
                }
            }
            return;
        }
        let mut c = Cursor::new(&toks, end_col);
        // Labels: `name:`, `name::` (global), `1:`.
        loop {
            let lcol = c.col();
            match (c.peek(), c.peek_at(1)) {
                (Some(Tok::Ident(name)), Some(Tok::Punct(":"))) => {
                    let name = name.trim_end_matches('#').to_string();
                    c.next();
                    c.next();
                    let global = c.eat(":");
                    self.define_label(&name, err_at(loc, lcol));
                    if global {
                        let id = self.sym(&name);
                        self.syms[id].global = true;
                    }
                }
                (Some(Tok::Num(n)), Some(Tok::Punct(":"))) => {
                    c.next();
                    c.next();
                    let Ok(n) = u32::try_from(*n) else {
                        self.error(err_at(loc, lcol), "local label numbers must be below 2^32");
                        return;
                    };
                    let count = self.fb.entry(n).or_insert(0);
                    *count += 1;
                    let name = format!("{n}\u{1}{count}");
                    self.define_label(&name, err_at(loc, lcol));
                }
                _ => break,
            }
        }
        if c.at_end() {
            return;
        }
        let mut qp = 0u8;
        let mut qp_col = None;
        if c.is_punct("(") {
            let pcol = c.col();
            c.next();
            match (c.next(), c.next()) {
                (Some(Tok::Ident(p)), Some(Tok::Punct(")"))) => match forms::register(p, &self.frame) {
                    Some(Ok((RegFile::Pr, n))) => qp = n,
                    Some(Err(m)) => return self.error(err_at(loc, pcol + 1), m),
                    _ => return self.error(err_at(loc, pcol + 1), format!("a qualifying predicate must be p0-p63, not `{p}`")),
                },
                _ => return self.error(err_at(loc, pcol), "a qualifying predicate is written `(pN)`"),
            }
            qp_col = Some(pcol);
        }
        let wcol = c.col();
        let word = match c.next() {
            Some(Tok::Ident(w)) => w.clone(),
            Some(t) => return self.error(err_at(loc, wcol), format!("expected an instruction or directive, found {}", expr::describe(t))),
            None => return self.error(err_at(loc, wcol), "a qualifying predicate must be followed by an instruction"),
        };
        let lower = word.to_ascii_lowercase();
        if qp_col.is_none() && (c.is_punct("=") || c.is_punct("==")) {
            let lazy = c.is_punct("==");
            c.next();
            if lazy {
                return self.assign_lazy(&word, &mut c, err_at(loc, wcol));
            }
            return self.assign(&word, &mut c, err_at(loc, wcol), true);
        }
        if matches!(lower.as_str(), "real4" | "real8" | "real10" | "real16" | "real4.ua" | "real8.ua" | "real10.ua" | "real16.ua")
            || lower.starts_with(".xreal")
            || matches!(lower.as_str(), ".float" | ".double" | ".single" | ".xdata16" | ".xdata16.ua" | "data16" | "data16.ua" | ".octa")
        {
            return self.error(err_at(loc, wcol), format!("`{word}` is not supported: ia64play has no floating-point or 16-byte data"));
        }
        if lower.starts_with('.') || is_data_word(&lower) {
            if let Some(pc) = qp_col {
                return self.error(err_at(loc, pc), format!("`{word}` is a directive and cannot be predicated"));
            }
            return self.directive(&lower, &mut c, err_at(loc, wcol));
        }
        self.instruction(&lower, qp, &toks[c.pos..], end_col, err_at(loc, wcol));
    }

    // ----- instructions -----

    fn instruction(&mut self, mnemonic: &str, qp: u8, toks: &[Token], end_col: u32, loc: Loc) {
        if !self.secs[self.cur].exec {
            let name = self.secs[self.cur].name.clone();
            return self.error(loc, format!("instructions must be in a code section such as .text, not in {name}"));
        }
        // Split the operands at top-level `,` and `=`.
        let mut ops: Vec<&[Token]> = Vec::new();
        let mut outputs = None;
        let mut depth = 0i32;
        let mut start = 0;
        for (i, t) in toks.iter().enumerate() {
            match &t.tok {
                Tok::Punct("(") | Tok::Punct("[") => depth += 1,
                Tok::Punct(")") | Tok::Punct("]") => depth -= 1,
                Tok::Punct(p @ ("," | "=")) if depth == 0 => {
                    if i == start {
                        return self.error(err_at(loc, t.col), format!("an operand is missing before `{p}`"));
                    }
                    ops.push(&toks[start..i]);
                    start = i + 1;
                    if *p == "=" {
                        if outputs.is_some() {
                            return self.error(err_at(loc, t.col), "an instruction has only one `=`");
                        }
                        outputs = Some(ops.len());
                    }
                }
                _ => {}
            }
        }
        if start < toks.len() {
            ops.push(&toks[start..]);
        } else if !toks.is_empty() {
            return self.error(err_at(loc, end_col), "an operand is missing at the end");
        }
        let outputs = outputs.unwrap_or(0);
        let cols: Vec<u32> = ops.iter().map(|o| o.first().map(|t| t.col).unwrap_or(end_col)).collect();

        // `alloc r = ar.pfs, i, l, o, r` declares the frame before its
        // first operand is read (so `alloc loc0 = ...` works).
        let mut frame_sizes = None;
        if ops.len() >= 5 && forms::rows_for(mnemonic).iter().any(|&id| table().rows[id as usize].operands.contains(&Opnd::Sof)) {
            let mut v = [0i64; 4];
            for (k, o) in ops[ops.len() - 4..].iter().enumerate() {
                let mut c = Cursor::new(o, end_col);
                let e = match expr::parse(&mut c, self) {
                    Ok(e) => e,
                    Err((col, m)) => return self.error(err_at(loc, col), m),
                };
                let ocol = o.first().map(|t| t.col).unwrap_or(end_col);
                match self.absolute_now(&e, err_at(loc, ocol), "a frame size") {
                    Some(x) => v[k] = x,
                    None => return,
                }
            }
            let [i, l, o, r] = v;
            let sof = i.saturating_add(l).saturating_add(o);
            if !(0..=96).contains(&i) || !(0..=96).contains(&l) || !(0..=96).contains(&o) || sof > 96 {
                let c = cols[cols.len() - 4];
                return self.error(err_at(loc, c), format!("the frame has {i}+{l}+{o} registers: a frame holds at most 96"));
            }
            if r > sof {
                // GNU warns, keeps the old frame and encodes a frame of 0.
                let c = cols[cols.len() - 1];
                self.warn(err_at(loc, c), format!("{r} rotating registers do not fit in a frame of {sof}: the frame size is set to 0"));
                frame_sizes = Some([0, -o, r]);
            } else {
                self.frame = Frame { ins: i as u32, locs: l as u32, outs: o as u32, set: true };
                frame_sizes = Some([sof, i + l, r]);
            }
        }

        let mut forms_v = Vec::with_capacity(ops.len());
        for o in &ops {
            let ocol = o.first().map(|t| t.col).unwrap_or(end_col);
            let oend = o.last().map(|t| t.col + 1).unwrap_or(end_col);
            match forms::parse_operand(o, oend, &self.frame, self) {
                Ok(f) => forms_v.push(f),
                Err((c, m)) => return self.error(err_at(loc, c.max(ocol)), m),
            }
        }
        let mut cols = cols;
        if let Some([sof, sol, sor]) = frame_sizes {
            let n = forms_v.len();
            forms_v.truncate(n - 4);
            forms_v.extend([Form::Expr(Expr::Num(sof)), Form::Expr(Expr::Num(sol)), Form::Expr(Expr::Num(sor))]);
            cols.remove(n - 1);
        }
        // GNU's `add r1 = imm, r3` is `addl` when r3 is r0-r3, else `adds`.
        let mut mnemonic = mnemonic.to_string();
        if mnemonic == "add" && outputs == 1 && forms_v.len() == 3 && matches!(forms_v[1], Form::Expr(_)) {
            let small = matches!(forms_v[2], Form::Reg(RegFile::Gr, n) if n < 4);
            mnemonic = if small { "addl" } else { "adds" }.to_string();
        }
        let choice: Choice = match forms::choose(&mnemonic, &forms_v, outputs, qp, &cols, loc.col, self, self.opts.allow_hint_b) {
            Ok(c) => c,
            Err((c, m)) => return self.error(err_at(loc, c), m),
        };
        self.output_warnings(&choice, &forms_v, &cols, loc);
        // A branch target that is already a plain number (a constant
        // symbol defined above) is a displacement, as in GNU as.
        if let Some(&id) = choice.cands.first() {
            for (o, f) in table().rows[id as usize].operands.iter().zip(forms_v.iter_mut()) {
                if let (OpndClass::Rel, Form::Expr(e)) = (o.spec().class, &*f) {
                    if let Ok(Value::Abs(v)) = self.eval(e, None) {
                        *f = Form::Expr(Expr::Num(v));
                    }
                }
            }
        }
        // A FIRST instruction right after `.align` padding puts its stop
        // on the padding: GNU repeats one nop bundle, stop bit included,
        // or marks the bundle before when no padding was needed.
        if choice.flags & flags::FIRST != 0 {
            if let Some((sec, start, len)) = self.align_mark {
                if sec == self.cur && self.bundler.is_empty() {
                    if len >= 16 {
                        let data = &mut self.secs[sec].data;
                        for off in (start + len % 16..start + len).step_by(16) {
                            if let Some(b) = data.get_mut(off) {
                                *b |= 1;
                            }
                        }
                    } else if len == 0 && start >= 16 {
                        self.set_stop_bit(sec, start - 16);
                    }
                }
            }
        }
        self.align_mark = None;
        let id = self.insns.len();
        self.insns.push(InsnRec { mnemonic, cands: choice.cands, forms: forms_v, cols, qp, loc, place: None });
        let q = QInsn { id, ty: choice.ty, flags: choice.flags, dyn_units: choice.dyn_units, hint_b: choice.hint_b };
        let (mut out, mut errs) = (Vec::new(), Vec::new());
        self.bundler.push(q, &mut out, &mut errs);
        self.place(out, errs);
    }

    /// GNU's warnings about outputs that cannot work: writing r0, the
    /// same predicate twice, a base register updated and loaded at once.
    fn output_warnings(&mut self, choice: &Choice, forms_v: &[Form], cols: &[u32], loc: Loc) {
        let Some(&id) = choice.cands.first() else { return };
        let row = &table().rows[id as usize];
        let outs = row.outputs as usize;
        let at = |k: usize| err_at(loc, cols.get(k).copied().unwrap_or(loc.col));
        let mut written: Vec<(usize, &Form)> = Vec::new();
        for (k, (o, f)) in row.operands.iter().zip(forms_v).enumerate() {
            let class = o.spec().class;
            match (class, f) {
                (OpndClass::Reg(RegFile::Gr), Form::Reg(RegFile::Gr, 0)) if k < outs => {
                    self.warn(at(k), "writing r0 has no effect: r0 always reads as 0");
                }
                (OpndClass::Reg(RegFile::Gr | RegFile::Pr), Form::Reg(..)) if k < outs => written.push((k, f)),
                (OpndClass::Mem, Form::Mem(n)) if row.is(flags::POSTINC) => {
                    if *n == 0 {
                        self.warn(at(k), "r0 cannot be updated as a base address");
                    } else if let Some(&(j, _)) = written.iter().find(|(_, w)| **w == Form::Reg(RegFile::Gr, *n)) {
                        self.warn(at(j), format!("r{n} is both loaded and updated as the base address: the result is undefined"));
                    }
                }
                _ => {}
            }
        }
        if let [(_, a), (k, b)] = written[..] {
            if a == b && matches!(a, Form::Reg(RegFile::Pr, n) if *n != 0) {
                self.warn(at(k), format!("{} is written twice: the two predicate outputs must differ", a.describe()));
            }
        }
    }

    fn set_stop_bit(&mut self, sec: usize, off: usize) {
        if let Some(b) = self.bundles.iter_mut().rev().find(|b| b.sec == sec && b.off == off as u64) {
            b.code |= 1;
        } else if let Some(byte) = self.secs[sec].data.get_mut(off) {
            *byte |= 1;
        }
    }

    // ----- directives -----

    /// Labels still waiting at the end, and where the input ended.
    pub fn here(&self) -> Loc {
        self.here
    }
}

impl ParseEnv for Asm<'_> {
    fn dot(&self) -> Value {
        Value::Rel(self.cur, self.offset() as i64)
    }

    fn local_label(&self, n: u32, forward: bool) -> Result<String, String> {
        let count = self.fb.get(&n).copied().unwrap_or(0);
        if forward {
            Ok(format!("{n}\u{1}{}", count + 1))
        } else if count == 0 {
            Err(format!("`{n}b` refers back to a label `{n}:`, but there is none before it"))
        } else {
            Ok(format!("{n}\u{1}{count}"))
        }
    }
}

impl Evaluator for Asm<'_> {
    fn eval_now(&self, e: &Expr) -> Result<Value, EvalError> {
        self.eval(e, None)
    }
}

/// Used by finish: the rows of an instruction that fit the unit it got.
pub fn rows_on_unit(rec: &InsnRec, unit: GUnit) -> Vec<OpId> {
    let t = table();
    rec.cands.iter().copied().filter(|&id| forms::row_fits_unit(&t.rows[id as usize], unit)).collect()
}
