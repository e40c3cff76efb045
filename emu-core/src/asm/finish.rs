//! After the source is read: lay the sections out, resolve every value,
//! encode the instructions and build the [`Assembly`].

use std::collections::HashMap;
use std::sync::LazyLock;

use super::bundler::{Fill, GUnit};
use super::expr::{absolute, EvalError, Expr, Value};
use super::forms::{self, adjust_immediate, Form};
use super::state::{rows_on_unit, Asm, InsnRec, Loc, SymDef};
use super::{Assembly, Diagnostic, Proc, Section, Severity, SourceLoc, Symbol, Tune};
use crate::deps;
use crate::isa::{table, Bundle, EncodeError, Insn, OpndClass, Template, ValueMap};

/// Sections after `.text` start on a fresh page of this size (16 KiB,
/// the IA-64 Linux default page size).
pub const PAGE: u64 = 0x4000;

/// The nop of each unit, encoded from the table's `nop` rows. Index by
/// [`GUnit`]; the L and X entries are the two halves of `nop.x`.
static NOPS: LazyLock<[u64; 6]> = LazyLock::new(|| {
    let t = table();
    let mut v = [0u64; 6];
    for u in [GUnit::M, GUnit::I, GUnit::B, GUnit::F, GUnit::L] {
        let Some(&id) = forms::rows_for("nop").iter().find(|&&id| forms::row_fits_unit(&t.rows[id as usize], u)) else {
            continue;
        };
        let Ok(w) = t.encode(&Insn { id, qp: 0, ops: [0; 5] }) else { continue };
        if u == GUnit::L {
            v[GUnit::L as usize] = (w >> 41) as u64;
            v[GUnit::X as usize] = w as u64 & ((1 << 41) - 1);
        } else {
            v[u as usize] = w as u64;
        }
    }
    v
});

fn nop(u: GUnit) -> u64 {
    NOPS[u as usize]
}

/// The bundle GNU pads code with: MFI of nops when tuned for Itanium 1,
/// MMI otherwise.
pub fn nop_bundle(tune: Tune) -> [u8; 16] {
    let (code, middle) = match tune {
        Tune::Itanium1 => (0x0c, GUnit::F),
        Tune::Itanium2 => (0x08, GUnit::M),
    };
    let tmpl = Template::from_code(code).unwrap_or(&crate::isa::TEMPLATES[0]);
    Bundle { template: tmpl, slots: [nop(GUnit::M), nop(middle), nop(GUnit::I)] }.to_bytes()
}

impl Asm<'_> {
    pub fn finish(mut self) -> Result<Assembly, Vec<Diagnostic>> {
        if let Some(loc) = self.open_bundle() {
            self.error(loc, "this `{` has no matching `}`");
        }
        self.unclosed();

        let layout = self.layout();
        let Some(addrs) = layout else { return Err(self.diags) };

        // Data values.
        let fixes = std::mem::take(&mut self.data_fixes);
        for f in &fixes {
            match self.final_value(&f.expr, &addrs) {
                Ok(v) => {
                    let bytes = v.to_le_bytes();
                    let s = &mut self.secs[f.sec];
                    if let Some(dst) = s.data.get_mut(f.off as usize..f.off as usize + f.size) {
                        dst.copy_from_slice(&bytes[..f.size]);
                    }
                    let bits = 8 * f.size as u32;
                    if f.size < 8 && !(v >= -(1i64 << (bits - 1)) && v < (1i64 << bits)) {
                        self.diag(f.loc, Severity::Warning, format!("value {v:#x} does not fit in {} bytes: truncated", f.size));
                    }
                }
                Err((col, m)) => self.error(Loc { col, ..f.loc }, m),
            }
        }

        // Instructions.
        let bundles = std::mem::take(&mut self.bundles);
        let insns = std::mem::take(&mut self.insns);
        for b in &bundles {
            let addr = addrs[b.sec].wrapping_add(b.off);
            let mut slots = [0u64; 3];
            for (i, f) in b.slots.iter().enumerate() {
                match *f {
                    Fill::Nop(u) => slots[i] = nop(u),
                    Fill::LongTail => {}
                    Fill::Insn(id, u) => {
                        let Some(rec) = insns.get(id) else { continue };
                        match self.encode(rec, u, addr, &addrs) {
                            Ok(w) => {
                                if u == GUnit::L {
                                    slots[i] = (w >> 41) as u64 & ((1 << 41) - 1);
                                    if i + 1 < 3 {
                                        slots[i + 1] = w as u64 & ((1 << 41) - 1);
                                    }
                                } else {
                                    slots[i] = w as u64 & ((1 << 41) - 1);
                                }
                            }
                            Err((loc, m)) => self.error(loc, m),
                        }
                    }
                }
            }
            let Ok(template) = Template::from_code(b.code) else { continue };
            let bytes = Bundle { template, slots }.to_bytes();
            if let Some(dst) = self.secs[b.sec].data.get_mut(b.off as usize..b.off as usize + 16) {
                dst.copy_from_slice(&bytes);
            }
        }

        let mut source_map: Vec<SourceLoc> = insns
            .iter()
            .filter_map(|r| {
                let (sec, off, slot, _) = r.place?;
                Some(SourceLoc { addr: addrs[sec].wrapping_add(off), slot, file: r.loc.file as usize, line: r.loc.line })
            })
            .collect();
        source_map.sort_by_key(|l| (l.addr, l.slot));
        self.dependency_warnings(&insns, &addrs);

        let (symbols, procs) = self.symbols(&addrs);
        if self.errors > 0 {
            return Err(self.diags);
        }
        // Output order: .text, then by address (the layout order).
        let mut order: Vec<usize> = (0..self.secs.len()).filter(|&i| !self.secs[i].discard).collect();
        order.sort_by_key(|&i| (i != 0, !self.secs[i].alloc, addrs[i], i));
        let remap: Vec<usize> = {
            let mut r = vec![0; self.secs.len()];
            for (new, &old) in order.iter().enumerate() {
                r[old] = new;
            }
            r
        };
        let sections = order
            .iter()
            .map(|&i| {
                let s = &self.secs[i];
                Section {
                    name: s.name.clone(),
                    addr: addrs[i],
                    bytes: s.data.clone(),
                    size: s.size(),
                    align: s.align,
                    alloc: s.alloc,
                    write: s.write,
                    exec: s.exec,
                    nobits: s.nobits,
                }
            })
            .collect();
        let symbols: Vec<Symbol> = symbols
            .into_iter()
            .map(|mut s| {
                s.section = s.section.map(|i| remap[i]);
                s
            })
            .collect();
        let entry = symbols.iter().find(|s| s.name == "_start").map(|s| s.value).unwrap_or(self.opts.base);
        let warnings = self.diags.clone();
        Ok(Assembly { sections, symbols, procs, source_map, files: self.files.clone(), entry, warnings })
    }

    /// Warn about registers read after written, or written twice, in
    /// one instruction group (see [`crate::deps`]). Only conflicts between
    /// instructions of the source count: data in a code section is not
    /// code.
    fn dependency_warnings(&mut self, insns: &[InsnRec], addrs: &[u64]) {
        let at: HashMap<(u64, u8), Loc> = insns
            .iter()
            .filter_map(|r| {
                let (sec, off, slot, _) = r.place?;
                Some(((addrs[sec].wrapping_add(off), slot), r.loc))
            })
            .collect();
        let mut found = Vec::new();
        for (i, s) in self.secs.iter().enumerate() {
            if s.exec && !s.nobits {
                found.extend(deps::check_code(&s.data, addrs[i]));
            }
        }
        for v in found {
            let (Some(&loc), Some(earlier)) = (at.get(&(v.at.addr, v.at.slot)), at.get(&(v.earlier.addr, v.earlier.slot))) else {
                continue;
            };
            let line = (earlier.file == loc.file).then_some(earlier.line);
            self.diag(loc, Severity::Warning, v.message(line));
        }
    }

    /// Section addresses: `.text` at the base, then every other allocated
    /// section at the next page, zero-initialised ones last.
    fn layout(&mut self) -> Option<Vec<u64>> {
        let mut addrs = vec![0u64; self.secs.len()];
        let mut order: Vec<usize> = (1..self.secs.len()).filter(|&i| self.secs[i].alloc && !self.secs[i].nobits).collect();
        // Discarded sections are not allocated (their alloc flag is off).
        order.extend((1..self.secs.len()).filter(|&i| self.secs[i].alloc && self.secs[i].nobits));
        let base = self.opts.base;
        let here = self.here();
        if base % 16 != 0 {
            self.error(here, format!("the base address {base:#x} is not a multiple of 16"));
            return None;
        }
        addrs[0] = base;
        let mut end = base.checked_add(self.secs[0].size());
        for i in order {
            let align = self.secs[i].align.max(PAGE);
            let start = end.and_then(|e| e.checked_next_multiple_of(align));
            addrs[i] = start.unwrap_or(0);
            end = start.and_then(|s| s.checked_add(self.secs[i].size()));
        }
        if end.is_none() {
            self.error(here, format!("the sections do not fit in the address space above {base:#x}"));
            return None;
        }
        Some(addrs)
    }

    fn final_value(&self, e: &Expr, addrs: &[u64]) -> Result<i64, (u32, String)> {
        match self.eval(e, Some(addrs)).and_then(|v| absolute(v, Some(addrs))) {
            Ok(v) => Ok(v),
            Err(err) => {
                let col = match &err {
                    EvalError::Undefined(_, c) => *c,
                    _ => 0,
                };
                Err((col, self.eval_message(&err)))
            }
        }
    }

    /// Encode an instruction placed on `unit` of the bundle at `addr`:
    /// the first candidate row its operand values fit.
    fn encode(&self, rec: &InsnRec, unit: GUnit, addr: u64, addrs: &[u64]) -> Result<u128, (Loc, String)> {
        let t = table();
        let at = |col: u32| Loc { col: if col == 0 { rec.loc.col } else { col }, ..rec.loc };
        let mut first_err: Option<(Loc, String)> = None;
        for id in rows_on_unit(rec, unit) {
            let row = &t.rows[id as usize];
            let mut ops = [0i64; 5];
            for (k, (o, f)) in row.operands.iter().zip(&rec.forms).enumerate() {
                let spec = o.spec();
                ops[k] = match (spec.class, f) {
                    (_, Form::Reg(_, n)) | (_, Form::Mem(n)) | (_, Form::Ind(_, n)) => *n as i64,
                    (OpndClass::Const(_), _) | (_, Form::Special(_)) => 0,
                    (OpndClass::Rel, Form::Expr(e)) => {
                        // A plain number is a displacement; anything
                        // symbolic is an address (GNU's rule).
                        match self.eval(e, None) {
                            Ok(Value::Abs(v)) if !e.is_symbolic() => v,
                            _ => match self.final_value(e, addrs) {
                                Ok(target) => target.wrapping_sub(addr as i64),
                                Err((col, m)) => return Err((at(col), m)),
                            },
                        }
                    }
                    (_, Form::Expr(Expr::Big)) if spec.map == ValueMap::SignedMinus1U8 => 0,
                    (_, Form::Expr(e)) => match self.final_value(e, addrs) {
                        Ok(v) => adjust_immediate(spec.map, spec.bits(), v),
                        Err((col, m)) => return Err((at(col), m)),
                    },
                };
            }
            match t.encode(&Insn { id, qp: rec.qp, ops }) {
                Ok(w) => return Ok(w),
                Err(EncodeError::OperandRange { index, value, what, mnemonic }) => {
                    if first_err.is_none() {
                        let col = rec.cols.get(index).copied().unwrap_or(0);
                        let m = if row.operands.get(index).map(|o| o.spec().class) == Some(OpndClass::Rel) {
                            if value % 16 != 0 {
                                format!("the branch target is not the start of a bundle (displacement {value:#x})")
                            } else {
                                format!("the branch target is out of reach: {mnemonic} needs {what} (displacement {value:#x})")
                            }
                        } else {
                            format!("immediate {} does not fit: {mnemonic} needs {what}", show_value(value))
                        };
                        first_err = Some((at(col), m));
                    }
                }
                Err(e) => return Err((rec.loc, e.to_string())),
            }
        }
        Err(first_err.unwrap_or((rec.loc, format!("`{}` cannot go on the {} unit", rec.mnemonic, unit.letter()))))
    }

    /// The symbol table and the routines.
    fn symbols(&mut self, addrs: &[u64]) -> (Vec<Symbol>, Vec<Proc>) {
        let mut proc_size = vec![None; self.syms.len()];
        let mut procs = Vec::new();
        for &(id, sec, end, loc) in &self.procs.clone() {
            let name = self.syms[id].name.clone();
            match self.syms[id].def {
                SymDef::Label { sec: s, off: Some(off) } if s == sec => {
                    let size = (end - off).max(0) as u64;
                    proc_size[id] = Some(size);
                    procs.push(Proc { name, addr: addrs[sec].wrapping_add(off as u64), size });
                }
                SymDef::Label { .. } => self.error(loc, format!("`.proc {name}` and this `.endp` are in different sections")),
                _ => self.error(loc, format!("`.proc {name}` names a routine, but the label `{name}:` is never defined")),
            }
        }
        let mut out = Vec::new();
        #[allow(clippy::needless_range_loop)] // `self` is borrowed mutably inside
        for id in 0..self.syms.len() {
            let s = &self.syms[id];
            if s.internal || s.name.starts_with(".L") {
                continue;
            }
            if let SymDef::Label { sec, .. } = s.def {
                if self.secs[sec].discard {
                    continue;
                }
            }
            let (value, section) = match &s.def {
                SymDef::Undef => continue,
                SymDef::Label { sec, off } => (addrs[*sec].wrapping_add(off.unwrap_or(0) as u64), Some(*sec)),
                SymDef::Value(Value::Abs(x)) => (*x as u64, None),
                SymDef::Value(Value::Rel(sec, off)) => (addrs[*sec].wrapping_add(*off as u64), Some(*sec)),
                SymDef::Expr(e) => match self.eval(e, Some(addrs)) {
                    Ok(Value::Abs(x)) => (x as u64, None),
                    Ok(Value::Rel(sec, off)) => (addrs.get(sec).copied().unwrap_or(0).wrapping_add(off as u64), Some(sec)),
                    Err(e) => {
                        // A cycle is reported where the symbol is used.
                        if !matches!(e, EvalError::Cycle(_)) {
                            let m = self.eval_message(&e);
                            if let Some(loc) = s.loc {
                                self.error(loc, m);
                            }
                        }
                        continue;
                    }
                },
            };
            let s = &self.syms[id];
            let size = match &s.size {
                Some((e, loc)) => match self.final_value(e, addrs) {
                    Ok(v) => v as u64,
                    Err((col, m)) => {
                        let loc = Loc { col: if col == 0 { loc.col } else { col }, ..*loc };
                        self.error(loc, m);
                        0
                    }
                },
                None => proc_size[id].unwrap_or(0),
            };
            let s = &self.syms[id];
            out.push(Symbol { name: s.name.clone(), value, size, section, global: s.global, kind: s.kind });
        }
        (out, procs)
    }
}

fn show_value(v: i64) -> String {
    if (-0x10000..0x10000).contains(&v) {
        format!("{v}")
    } else {
        format!("{:#x}", v as u64)
    }
}
