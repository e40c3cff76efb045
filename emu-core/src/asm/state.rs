//! The assembler's state while it reads the source: sections, symbols,
//! conditionals, the instruction queue; statements and directives.

use std::collections::HashMap;

use super::bundler::{BundleError, Bundler, Emitted, Fill, GUnit, QInsn};
use super::expr::{self, Cursor, EvalError, Expr, ParseEnv, Value};
use super::forms::{self, Choice, Evaluator, Form, Frame};
use super::lex::{self, Piece, Tok, Token};
use super::{AsmOptions, Diagnostic, Severity, SourceProvider, SymbolKind};
use crate::isa::{flags, table, OpId, Opnd, OpndClass, RegFile};

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
            bundler: Bundler::default(),
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
        if self.opts.auto_stops {
            let loc = Loc { file: 0, line: 1, col: 1 };
            self.files.push(name.to_string());
            self.warn(loc, "automatic stops are not implemented yet: stops are taken from the source (`;;`)");
            self.files.clear();
        }
        match self.provider.read(name) {
            Ok(text) => self.run_file(name, &text),
            Err(e) => {
                self.files.push(name.to_string());
                self.error(Loc { file: 0, line: 1, col: 1 }, e);
            }
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
        let frame_kind = forms::rows_for(mnemonic).iter().any(|&id| table().rows[id as usize].operands.contains(&Opnd::Sof));
        let mut frame_sizes = None;
        if frame_kind && ops.len() >= 5 {
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
            if !(0..=sof).contains(&r) {
                let c = cols[cols.len() - 1];
                return self.error(err_at(loc, c), format!("{r} rotating registers do not fit in a frame of {sof}"));
            }
            self.frame = Frame { ins: i as u32, locs: l as u32, outs: o as u32, set: true };
            frame_sizes = Some([sof, i + l, r]);
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
        let choice: Choice = match forms::choose(&mnemonic, &forms_v, outputs, qp, &cols, loc.col, self) {
            Ok(c) => c,
            Err((c, m)) => return self.error(err_at(loc, c), m),
        };
        self.output_warnings(&choice, &forms_v, &cols, loc);
        // A FIRST instruction right after `.align` padding puts its stop
        // on the padding (GNU marks the alignment's last nop bundle).
        if choice.flags & flags::FIRST != 0 {
            if let Some((sec, start, len)) = self.align_mark {
                if sec == self.cur && self.bundler.is_empty() {
                    if len >= 16 {
                        self.set_stop_bit(sec, start + len - 16);
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

    fn assign(&mut self, name: &str, c: &mut Cursor, loc: Loc, redefine: bool) {
        let name = name.trim_end_matches('#').to_string();
        let e = match expr::parse(c, self) {
            Ok(e) => e,
            Err((col, m)) => return self.error(err_at(loc, col), m),
        };
        if !c.at_end() {
            return self.error(err_at(loc, c.col()), "unexpected text after the expression");
        }
        let id = self.sym(&name);
        match &self.syms[id].def {
            SymDef::Label { .. } => {
                return self.error(loc, format!("`{name}` is a label and cannot be given another value"));
            }
            SymDef::Undef => {}
            _ if !redefine => return self.error(loc, format!("`{name}` is already defined (.equiv does not redefine)")),
            _ => {}
        }
        let def = match self.eval(&e, None) {
            Ok(v) => SymDef::Value(v),
            Err(EvalError::DivZero) => return self.error(loc, "division by zero"),
            Err(EvalError::Big) => return self.error(loc, "0x10000000000000000 does not fit in 64 bits"),
            Err(_) => SymDef::Expr(e),
        };
        self.syms[id].def = def;
        self.syms[id].loc = Some(loc);
    }

    /// `name == expr`: the symbol stands for the expression, evaluated
    /// where it is used, and cannot be redefined.
    fn assign_lazy(&mut self, name: &str, c: &mut Cursor, loc: Loc) {
        let name = name.trim_end_matches('#').to_string();
        let e = match expr::parse(c, self) {
            Ok(e) => e,
            Err((col, m)) => return self.error(err_at(loc, col), m),
        };
        if !c.at_end() {
            return self.error(err_at(loc, c.col()), "unexpected text after the expression");
        }
        let id = self.sym(&name);
        if !matches!(self.syms[id].def, SymDef::Undef) {
            return self.error(loc, format!("`{name}` is already defined"));
        }
        self.syms[id].def = SymDef::Expr(e);
        self.syms[id].loc = Some(loc);
    }

    /// A comma-separated list of expressions.
    fn expr_list(&mut self, c: &mut Cursor, loc: Loc) -> Option<Vec<(Expr, u32)>> {
        let mut v = Vec::new();
        if c.at_end() {
            return Some(v);
        }
        loop {
            let col = c.col();
            match expr::parse(c, self) {
                Ok(e) => v.push((e, col)),
                Err((col, m)) => {
                    self.error(err_at(loc, col), m);
                    return None;
                }
            }
            if c.at_end() {
                return Some(v);
            }
            if !c.eat(",") {
                self.error(
                    err_at(loc, c.col()),
                    format!("expected `,` between values, found {}", expr::describe(c.peek().unwrap_or(&Tok::Punct("?")))),
                );
                return None;
            }
        }
    }

    /// A name operand (symbol or section).
    fn name_arg(&mut self, c: &mut Cursor, loc: Loc, what: &str) -> Option<String> {
        let col = c.col();
        match c.next() {
            Some(Tok::Ident(n)) => Some(n.trim_end_matches('#').to_string()),
            Some(Tok::Str(s)) if !s.is_empty() && !s.contains(&0) => Some(String::from_utf8_lossy(s).into_owned()),
            _ => {
                self.error(err_at(loc, col), format!("expected {what}"));
                None
            }
        }
    }

    fn end_of_args(&mut self, c: &Cursor, loc: Loc) {
        if !c.at_end() {
            self.error(
                err_at(loc, c.col()),
                format!("unexpected {} at the end of the directive", expr::describe(c.peek().unwrap_or(&Tok::Punct("?")))),
            );
        }
    }

    fn directive(&mut self, name: &str, c: &mut Cursor, loc: Loc) {
        if is_conditional(name) {
            return self.conditional(name, c, loc);
        }
        if let Some(t) = name.strip_prefix('.').and_then(super::bundler::template_by_name) {
            self.bundler.set_template(t);
            return self.end_of_args(c, loc);
        }
        match name {
            ".text" | ".data" | ".bss" | ".rodata" | ".sdata" | ".sbss" => {
                let idx = self.section_index(name, None);
                self.switch_to(idx);
                self.end_of_args(c, loc);
            }
            ".section" | ".pushsection" => self.section_directive(name == ".pushsection", c, loc),
            ".popsection" => match self.sec_stack.pop() {
                Some((cur, prev)) => {
                    self.switch_to(cur);
                    self.prev = prev;
                }
                None => self.error(loc, "`.popsection` without `.pushsection`"),
            },
            ".previous" => {
                let p = self.prev;
                self.switch_to(p);
            }
            ".byte" | "data1" => self.data(1, false, c, loc),
            ".short" | ".hword" | ".half" | ".word" | "data2" => self.data(2, true, c, loc),
            ".int" | ".long" | "data4" => self.data(4, true, c, loc),
            ".quad" | "data8" => self.data(8, true, c, loc),
            ".2byte" | "data2.ua" => self.data(2, false, c, loc),
            ".4byte" | "data4.ua" => self.data(4, false, c, loc),
            ".8byte" | "data8.ua" => self.data(8, false, c, loc),
            ".xdata1" | ".xdata2" | ".xdata4" | ".xdata8" | ".xdata2.ua" | ".xdata4.ua" | ".xdata8.ua" => {
                let size: usize = name[6..7].parse().unwrap_or(1);
                self.xdata(size, !name.ends_with(".ua"), c, loc)
            }
            ".ascii" | "string" => self.strings(false, c, loc),
            ".asciz" | ".string" | "stringz" => self.strings(true, c, loc),
            ".skip" | ".space" | ".zero" => self.skip(name == ".zero", c, loc),
            ".fill" => self.fill(c, loc),
            ".align" | ".balign" | ".p2align" => self.align_directive(name == ".p2align", c, loc),
            ".equ" | ".set" | ".equiv" => {
                let Some(n) = self.name_arg(c, loc, "a symbol name") else { return };
                if !c.eat(",") {
                    return self.error(err_at(loc, c.col()), format!("`{name}` is written `{name} NAME, VALUE`"));
                }
                self.assign(&n, c, loc, name != ".equiv");
            }
            ".global" | ".globl" | ".weak" => self.symbol_list(c, loc, |s| s.global = true),
            ".local" => self.symbol_list(c, loc, |s| s.global = false),
            ".hidden" | ".protected" | ".internal" => self.symbol_list(c, loc, |_| {}),
            ".type" => self.type_directive(c, loc),
            ".size" => {
                let Some(n) = self.name_arg(c, loc, "a symbol name") else { return };
                if !c.eat(",") {
                    return self.error(err_at(loc, c.col()), "`.size` is written `.size NAME, SIZE`");
                }
                let col = c.col();
                match expr::parse(c, self) {
                    Ok(e) => {
                        let id = self.sym(&n);
                        self.syms[id].size = Some((e, err_at(loc, col)));
                        self.end_of_args(c, loc);
                    }
                    Err((col, m)) => self.error(err_at(loc, col), m),
                }
            }
            ".include" => {
                let col = c.col();
                match c.next() {
                    Some(Tok::Str(s)) => {
                        let f = String::from_utf8_lossy(s).into_owned();
                        self.end_of_args(c, loc);
                        self.include(&f, loc);
                    }
                    _ => self.error(err_at(loc, col), "`.include` needs a file name in quotes: .include \"file.s\""),
                }
            }
            ".proc" => loop {
                let Some(n) = self.name_arg(c, loc, "a routine name") else { return };
                let id = self.sym(&n);
                self.syms[id].kind = SymbolKind::Func;
                self.procs_open.push((id, loc));
                if !c.eat(",") {
                    return self.end_of_args(c, loc);
                }
            },
            ".handlerdata" => {
                // The language-specific data that follows goes with the
                // unwind information, which ia64play does not keep.
                self.flush_code(false);
                if self.handler_saved.is_none() {
                    self.handler_saved = Some(self.cur);
                    let idx = self.section_index(".IA_64.unwind_info", Some(("", false)));
                    self.secs[idx].discard = true;
                    self.cur = idx;
                }
            }
            ".endp" => {
                if let Some(saved) = self.handler_saved.take() {
                    self.cur = saved;
                }
                self.flush_code(true);
                if self.procs_open.is_empty() {
                    return self.error(loc, "`.endp` without a `.proc` before it");
                }
                let end = self.offset() as i64;
                let sec = self.cur;
                for (id, _) in std::mem::take(&mut self.procs_open) {
                    self.procs.push((id, sec, end, loc));
                }
            }
            ".regstk" => {
                let Some(v) = self.expr_list(c, loc) else { return };
                if v.is_empty() {
                    self.frame = Frame::default();
                    return;
                }
                if v.len() != 4 {
                    return self.error(loc, "`.regstk` is written `.regstk ins, locals, outs, rotating`");
                }
                let mut n = [0i64; 4];
                for (k, (e, col)) in v.iter().enumerate() {
                    match self.absolute_now(e, err_at(loc, *col), "a frame size") {
                        Some(x) => n[k] = x,
                        None => return,
                    }
                }
                if n.iter().any(|&x| !(0..=96).contains(&x)) || n[0] + n[1] + n[2] > 96 {
                    return self.error(loc, "a register frame holds at most 96 registers");
                }
                self.frame = Frame { ins: n[0] as u32, locs: n[1] as u32, outs: n[2] as u32, set: true };
            }
            ".lcomm" | ".comm" => self.common(name == ".comm", c, loc),
            ".end" => self.ended = true,
            ".err" => self.error(loc, "`.err` directive"),
            ".error" | ".warning" => {
                let msg = match c.next() {
                    Some(Tok::Str(s)) => String::from_utf8_lossy(s).into_owned(),
                    _ => format!("`{name}` directive"),
                };
                if name == ".error" {
                    self.error(loc, msg)
                } else {
                    self.warn(loc, msg)
                }
            }
            ".radix" => match c.next() {
                None => {}
                Some(Tok::Ident(r)) if r.eq_ignore_ascii_case("c") => {}
                _ => self.error(loc, "only `.radix C` is supported"),
            },
            ".auto" => self.warn(loc, "automatic stops are not implemented: `.auto` is ignored, write `;;` where groups end"),
            ".msb" => self.error(loc, "big-endian code (`.msb`) is not supported"),
            ".rotr" | ".rotp" | ".rotf" => self.error(loc, format!("rotating register names (`{name}`) are not supported")),
            // Unwind information, dependency-checking annotations and debug
            // information: GNU puts them in other sections or only uses them
            // for warnings; the code bytes do not change.
            ".prologue"
            | ".body"
            | ".fframe"
            | ".vframe"
            | ".vframesp"
            | ".vframepsp"
            | ".save"
            | ".save.g"
            | ".save.f"
            | ".save.b"
            | ".save.gf"
            | ".savesp"
            | ".savepsp"
            | ".restore"
            | ".restorereg"
            | ".restorereg.p"
            | ".spill"
            | ".spillreg"
            | ".spillsp"
            | ".spillpsp"
            | ".spillreg.p"
            | ".spillsp.p"
            | ".spillpsp.p"
            | ".label_state"
            | ".copy_state"
            | ".unwentry"
            | ".unwabi"
            | ".personality"
            | ".altrp"
            | ".pred.rel"
            | ".pred.rel.clear"
            | ".pred.rel.imply"
            | ".pred.rel.mutex"
            | ".pred.safe_across_calls"
            | ".explicit"
            | ".default"
            | ".lsb"
            | ".psr"
            | ".file"
            | ".ident"
            | ".loc"
            | ".ln"
            | ".mem.offset"
            | ".reg.val"
            | ".entry"
            | ".serialize.data"
            | ".serialize.instruction"
            | ".version"
            | ".cfi_startproc"
            | ".cfi_endproc" => {}
            _ => self.error(loc, format!("unknown directive `{name}`")),
        }
    }

    fn symbol_list(&mut self, c: &mut Cursor, loc: Loc, f: impl Fn(&mut Sym)) {
        loop {
            let Some(n) = self.name_arg(c, loc, "a symbol name") else { return };
            let id = self.sym(&n);
            f(&mut self.syms[id]);
            if !c.eat(",") {
                return self.end_of_args(c, loc);
            }
        }
    }

    fn type_directive(&mut self, c: &mut Cursor, loc: Loc) {
        let Some(n) = self.name_arg(c, loc, "a symbol name") else { return };
        c.eat(",");
        let col = c.col();
        c.eat("%");
        let t = match c.next() {
            Some(Tok::Ident(t)) => t.trim_start_matches('@').to_ascii_lowercase(),
            Some(Tok::Str(s)) => String::from_utf8_lossy(s).to_ascii_lowercase(),
            _ => return self.error(err_at(loc, col), "`.type` is written `.type NAME, @function` (or @object)"),
        };
        let kind = match t.as_str() {
            "function" | "stt_func" => SymbolKind::Func,
            "object" | "stt_object" => SymbolKind::Object,
            "notype" | "stt_notype" => SymbolKind::NoType,
            _ => return self.error(err_at(loc, col), format!("unknown symbol type `{t}`: use @function, @object or @notype")),
        };
        let id = self.sym(&n);
        self.syms[id].kind = kind;
        self.end_of_args(c, loc);
    }

    fn section_directive(&mut self, push: bool, c: &mut Cursor, loc: Loc) {
        let Some(name) = self.name_arg(c, loc, "a section name") else { return };
        let mut flags = None;
        if c.eat(",") {
            let col = c.col();
            let f = match c.next() {
                Some(Tok::Str(s)) => String::from_utf8_lossy(s).into_owned(),
                _ => return self.error(err_at(loc, col), "section flags are written in quotes: .section .data, \"aw\""),
            };
            let mut nobits = false;
            if c.eat(",") {
                c.eat("%");
                match c.next() {
                    Some(Tok::Ident(t)) => nobits = t.trim_start_matches('@') == "nobits",
                    Some(Tok::Str(t)) => nobits = t.as_slice() == b"nobits",
                    _ => {}
                }
                // Entry sizes, group names and the like do not matter here.
                while c.next().is_some() {}
            }
            flags = Some((f, nobits));
        }
        self.end_of_args(c, loc);
        let idx = self.section_index(&name, flags.as_ref().map(|(f, n)| (f.as_str(), *n)));
        if push {
            self.sec_stack.push((self.cur, self.prev));
        }
        self.switch_to(idx);
    }

    /// Bytes appended to the current section: flushes code first, as
    /// GNU's data directives do.
    fn data(&mut self, size: usize, align: bool, c: &mut Cursor, loc: Loc) {
        let Some(vals) = self.expr_list(c, loc) else { return };
        self.flush_code(true);
        if align {
            self.align_to(size as u64, None, loc);
        }
        self.put_values(self.cur, size, vals, loc);
    }

    fn xdata(&mut self, size: usize, align: bool, c: &mut Cursor, loc: Loc) {
        let Some(name) = self.name_arg(c, loc, "a section name") else { return };
        if !c.eat(",") {
            return self.error(err_at(loc, c.col()), "`.xdataN` is written `.xdataN SECTION, values`");
        }
        let Some(vals) = self.expr_list(c, loc) else { return };
        // Another section's data: the instruction queue is left alone.
        let idx = self.section_index(&name, None);
        let saved = self.cur;
        self.cur = idx;
        if align {
            self.align_to(size as u64, None, loc);
        }
        self.put_values(idx, size, vals, loc);
        self.cur = saved;
    }

    fn put_values(&mut self, sec: usize, size: usize, vals: Vec<(Expr, u32)>, loc: Loc) {
        if !self.room_for((size * vals.len()) as u64, loc) {
            return;
        }
        self.align_mark = None;
        for (e, col) in vals {
            let at = err_at(loc, col);
            let v = match self.eval(&e, None) {
                Ok(Value::Abs(v)) => Some(v),
                Ok(Value::Rel(..)) | Err(EvalError::NotYet) | Err(EvalError::Undefined(..)) => None,
                Err(err) => {
                    let m = self.eval_message(&err);
                    self.error(at, m);
                    Some(0)
                }
            };
            let s = &mut self.secs[sec];
            if s.nobits {
                if v != Some(0) {
                    let name = s.name.clone();
                    self.error(at, format!("{name} holds only zeros: reserve space with .skip instead"));
                    return;
                }
                s.bss_size += size as u64;
                continue;
            }
            let off = s.data.len() as u64;
            match v {
                Some(v) => {
                    let bytes = v.to_le_bytes();
                    s.data.extend_from_slice(&bytes[..size]);
                    if !fits_bytes(v, size) {
                        self.warn(at, format!("value {v:#x} does not fit in {size} byte{}: truncated", if size == 1 { "" } else { "s" }));
                    }
                }
                None => {
                    s.data.extend(std::iter::repeat_n(0, size));
                    self.data_fixes.push(DataFix { sec, off, size, expr: e, loc: at });
                }
            }
        }
    }

    fn strings(&mut self, zero: bool, c: &mut Cursor, loc: Loc) {
        let mut bytes = Vec::new();
        loop {
            let col = c.col();
            match c.next() {
                Some(Tok::Str(s)) => {
                    bytes.extend_from_slice(s);
                    if zero {
                        bytes.push(0);
                    }
                }
                _ => return self.error(err_at(loc, col), "expected a string in double quotes"),
            }
            if !c.eat(",") {
                break;
            }
        }
        self.end_of_args(c, loc);
        self.flush_code(true);
        if !self.room_for(bytes.len() as u64, loc) {
            return;
        }
        self.align_mark = None;
        let s = &mut self.secs[self.cur];
        if s.nobits {
            let name = s.name.clone();
            return self.error(loc, format!("{name} holds only zeros: strings belong in .data or .rodata"));
        }
        s.data.extend_from_slice(&bytes);
    }

    fn skip(&mut self, zero_only: bool, c: &mut Cursor, loc: Loc) {
        let Some(v) = self.expr_list(c, loc) else { return };
        if v.is_empty() || v.len() > 2 || (zero_only && v.len() > 1) {
            return self.error(loc, "`.skip` is written `.skip SIZE` or `.skip SIZE, FILL`");
        }
        let Some(n) = self.absolute_now(&v[0].0, err_at(loc, v[0].1), "the size") else { return };
        let fill = match v.get(1) {
            Some((e, col)) => match self.absolute_now(e, err_at(loc, *col), "the fill value") {
                Some(f) => f as u8,
                None => return,
            },
            None => 0,
        };
        if n < 0 {
            return self.error(err_at(loc, v[0].1), format!("cannot skip a negative number of bytes ({n})"));
        }
        self.flush_code(true);
        self.put_fill(n as u64, 1, fill as i64, loc);
    }

    fn fill(&mut self, c: &mut Cursor, loc: Loc) {
        let Some(v) = self.expr_list(c, loc) else { return };
        if v.is_empty() || v.len() > 3 {
            return self.error(loc, "`.fill` is written `.fill COUNT, SIZE, VALUE`");
        }
        let mut n = [0i64, 1, 0];
        for (k, (e, col)) in v.iter().enumerate() {
            match self.absolute_now(e, err_at(loc, *col), "a .fill argument") {
                Some(x) => n[k] = x,
                None => return,
            }
        }
        if n[0] < 0 || n[1] < 0 {
            return self.error(loc, "`.fill` needs a non-negative count and size");
        }
        self.flush_code(true);
        self.put_fill(n[0] as u64, n[1].min(8) as u64, n[2], loc);
    }

    /// `count` copies of `value` in `size` bytes (upper bytes of a wider
    /// size are zero, as GNU does).
    fn put_fill(&mut self, count: u64, size: u64, value: i64, loc: Loc) {
        let total = count.saturating_mul(size);
        if !self.room_for(total, loc) {
            return;
        }
        self.align_mark = None;
        let s = &mut self.secs[self.cur];
        if s.nobits {
            if value != 0 && total != 0 {
                let name = s.name.clone();
                return self.error(loc, format!("{name} holds only zeros"));
            }
            s.bss_size += total;
            return;
        }
        let bytes = value.to_le_bytes();
        let unit: Vec<u8> = (0..size as usize).map(|i| if i < 4 { bytes[i] } else { 0 }).collect();
        if unit.iter().all(|&b| b == 0) {
            s.data.resize(s.data.len() + total as usize, 0);
        } else {
            for _ in 0..count {
                s.data.extend_from_slice(&unit);
            }
        }
    }

    fn align_directive(&mut self, power: bool, c: &mut Cursor, loc: Loc) {
        let Some(v) = self.expr_list(c, loc) else { return };
        if v.is_empty() || v.len() > 3 {
            return self.error(loc, "`.align` is written `.align BYTES` (or `.align BYTES, FILL`)");
        }
        let Some(n) = self.absolute_now(&v[0].0, err_at(loc, v[0].1), "the alignment") else { return };
        let bytes = if power {
            if !(0..=30).contains(&n) {
                return self.error(err_at(loc, v[0].1), format!("alignment 2^{n} is out of range (0-30)"));
            }
            1u64 << n
        } else {
            if !(0..=1 << 30).contains(&n) || (n != 0 && n & (n - 1) != 0) {
                return self.error(err_at(loc, v[0].1), format!("alignment {n} is not a power of 2 (up to 2^30)"));
            }
            n.max(1) as u64
        };
        let fill = match v.get(1) {
            Some((e, col)) => match self.absolute_now(e, err_at(loc, *col), "the fill value") {
                Some(f) => Some(f as u8),
                None => return,
            },
            None => None,
        };
        self.flush_code(true);
        self.align_to(bytes, fill, loc);
    }

    /// Pad the current section to a multiple of `bytes`: code gets zeros
    /// up to 16 bytes and then nop bundles, as GNU pads code.
    fn align_to(&mut self, bytes: u64, fill: Option<u8>, loc: Loc) {
        let cur = self.cur;
        if bytes > self.secs[cur].align {
            self.secs[cur].align = bytes;
        }
        let size = self.offset();
        let pad = size.next_multiple_of(bytes.max(1)) - size;
        if pad == 0 {
            if self.secs[cur].exec {
                self.align_mark = Some((cur, size as usize, 0));
            }
            return;
        }
        if !self.room_for(pad, loc) {
            return;
        }
        let s = &mut self.secs[cur];
        if s.nobits {
            s.bss_size += pad;
            return;
        }
        let start = s.data.len();
        match (s.exec, fill) {
            (true, None) => {
                s.data.extend(std::iter::repeat_n(0, (pad % 16) as usize));
                let nop = super::finish::nop_bundle();
                for _ in 0..pad / 16 {
                    s.data.extend_from_slice(&nop);
                }
                self.align_mark = Some((cur, start, pad as usize));
            }
            (_, f) => s.data.extend(std::iter::repeat_n(f.unwrap_or(0), pad as usize)),
        }
    }

    fn common(&mut self, global: bool, c: &mut Cursor, loc: Loc) {
        let Some(n) = self.name_arg(c, loc, "a symbol name") else { return };
        let Some(v) = (if c.eat(",") { self.expr_list(c, loc) } else { Some(Vec::new()) }) else { return };
        if v.is_empty() || v.len() > 2 {
            return self.error(loc, "written `.lcomm NAME, SIZE` or `.lcomm NAME, SIZE, ALIGN`");
        }
        let Some(size) = self.absolute_now(&v[0].0, err_at(loc, v[0].1), "the size") else { return };
        let align = match v.get(1) {
            Some((e, col)) => match self.absolute_now(e, err_at(loc, *col), "the alignment") {
                Some(a) => a,
                None => return,
            },
            None => (size.clamp(1, 8) as u64).next_power_of_two() as i64,
        };
        if size < 0 || align <= 0 || align & (align - 1) != 0 || align > 1 << 30 {
            return self.error(loc, "the size must be non-negative and the alignment a power of 2");
        }
        let bss = self.section_index(".bss", None);
        let saved = self.cur;
        self.cur = bss;
        self.align_to(align as u64, None, loc);
        let id = self.sym(&n);
        if !matches!(self.syms[id].def, SymDef::Undef) {
            self.cur = saved;
            return self.error(loc, format!("`{n}` is already defined"));
        }
        self.syms[id].def = SymDef::Label { sec: bss, off: Some(self.offset() as i64) };
        self.syms[id].kind = SymbolKind::Object;
        self.syms[id].global |= global;
        self.syms[id].size = Some((Expr::Num(size), loc));
        self.syms[id].loc = Some(loc);
        self.put_fill(size as u64, 1, 0, loc);
        self.cur = saved;
    }

    fn conditional(&mut self, name: &str, c: &mut Cursor, loc: Loc) {
        let parent = self.active();
        match name {
            ".else" | ".elseif" => {
                let Some(top) = self.conds.last() else {
                    return self.error(loc, format!("`{name}` without `.if`"));
                };
                if top.else_seen {
                    return self.error(loc, format!("`{name}` after `.else`"));
                }
                let outer = self.conds.len() < 2 || self.conds[self.conds.len() - 2].active;
                let done = top.done;
                let take = if name == ".else" {
                    !done
                } else if !done && outer {
                    self.condition_value(".if", c, loc).unwrap_or(false)
                } else {
                    false
                };
                if let Some(top) = self.conds.last_mut() {
                    top.active = outer && take;
                    top.done |= take;
                    top.else_seen = name == ".else";
                }
            }
            ".endif" => {
                if self.conds.pop().is_none() {
                    self.error(loc, "`.endif` without `.if`");
                }
            }
            _ => {
                let take = if parent { self.condition_value(name, c, loc).unwrap_or(false) } else { false };
                self.conds.push(Cond { active: parent && take, done: take || !parent, else_seen: false, loc });
            }
        }
    }

    fn condition_value(&mut self, name: &str, c: &mut Cursor, loc: Loc) -> Option<bool> {
        match name {
            ".ifdef" | ".ifndef" | ".ifnotdef" => {
                let n = self.name_arg(c, loc, "a symbol name")?;
                let defined = self.sym_index.get(&n).is_some_and(|&i| !matches!(self.syms[i].def, SymDef::Undef));
                Some(defined == (name == ".ifdef"))
            }
            _ => {
                let col = c.col();
                let e = match expr::parse(c, self) {
                    Ok(e) => e,
                    Err((col, m)) => {
                        self.error(err_at(loc, col), m);
                        return None;
                    }
                };
                self.end_of_args(c, loc);
                let v = self.absolute_now(&e, err_at(loc, col), "a condition")?;
                Some(match name {
                    ".ifeq" => v == 0,
                    ".ifgt" => v > 0,
                    ".ifge" => v >= 0,
                    ".iflt" => v < 0,
                    ".ifle" => v <= 0,
                    _ => v != 0,
                })
            }
        }
    }

    /// Labels still waiting at the end, and where the input ended.
    pub fn here(&self) -> Loc {
        self.here
    }
}

fn is_conditional(name: &str) -> bool {
    matches!(
        name,
        ".if"
            | ".ifdef"
            | ".ifndef"
            | ".ifnotdef"
            | ".ifeq"
            | ".ifne"
            | ".ifgt"
            | ".ifge"
            | ".iflt"
            | ".ifle"
            | ".else"
            | ".elseif"
            | ".endif"
    )
}

/// Data pseudo-ops GNU as for IA-64 writes without a dot.
fn is_data_word(w: &str) -> bool {
    matches!(w, "data1" | "data2" | "data4" | "data8" | "data2.ua" | "data4.ua" | "data8.ua" | "string" | "stringz")
}

/// Whether `v` fits in `size` bytes as a signed or unsigned number.
fn fits_bytes(v: i64, size: usize) -> bool {
    if size >= 8 {
        return true;
    }
    let bits = 8 * size as u32;
    v >= -(1i64 << (bits - 1)) && v < (1i64 << bits)
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
