//! Directives: sections, data, symbols, alignment, conditional assembly,
//! routines and the rest of GNU as's pseudo-ops.

use super::*;

impl Asm<'_> {
    /// An expression that must end the statement; errors are reported.
    fn whole_expression(&mut self, c: &mut Cursor, loc: Loc) -> Option<expr::Expr> {
        let e = match expr::parse(c, self) {
            Ok(e) => e,
            Err((col, m)) => {
                self.error(err_at(loc, col), m);
                return None;
            }
        };
        if !c.at_end() {
            self.error(err_at(loc, c.col()), "unexpected text after the expression");
            return None;
        }
        Some(e)
    }

    pub(super) fn assign(&mut self, name: &str, c: &mut Cursor, loc: Loc, redefine: bool) {
        let name = name.trim_end_matches('#').to_string();
        let Some(e) = self.whole_expression(c, loc) else { return };
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
    pub(super) fn assign_lazy(&mut self, name: &str, c: &mut Cursor, loc: Loc) {
        let name = name.trim_end_matches('#').to_string();
        let Some(e) = self.whole_expression(c, loc) else { return };
        let id = self.sym(&name);
        if !matches!(self.syms[id].def, SymDef::Undef) {
            return self.error(loc, format!("`{name}` is already defined"));
        }
        self.syms[id].def = SymDef::Expr(e);
        self.syms[id].loc = Some(loc);
    }

    /// A comma-separated list of expressions.
    pub(super) fn expr_list(&mut self, c: &mut Cursor, loc: Loc) -> Option<Vec<(Expr, u32)>> {
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
    pub(super) fn name_arg(&mut self, c: &mut Cursor, loc: Loc, what: &str) -> Option<String> {
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

    pub(super) fn end_of_args(&mut self, c: &Cursor, loc: Loc) {
        if !c.at_end() {
            self.error(
                err_at(loc, c.col()),
                format!("unexpected {} at the end of the directive", expr::describe(c.peek().unwrap_or(&Tok::Punct("?")))),
            );
        }
    }

    pub(super) fn directive(&mut self, name: &str, c: &mut Cursor, loc: Loc) {
        if is_conditional(name) {
            return self.conditional(name, c, loc);
        }
        if let Some(t) = name.strip_prefix('.').and_then(crate::asm::bundler::template_by_name) {
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

    pub(super) fn symbol_list(&mut self, c: &mut Cursor, loc: Loc, f: impl Fn(&mut Sym)) {
        loop {
            let Some(n) = self.name_arg(c, loc, "a symbol name") else { return };
            let id = self.sym(&n);
            f(&mut self.syms[id]);
            if !c.eat(",") {
                return self.end_of_args(c, loc);
            }
        }
    }

    pub(super) fn type_directive(&mut self, c: &mut Cursor, loc: Loc) {
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

    pub(super) fn section_directive(&mut self, push: bool, c: &mut Cursor, loc: Loc) {
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
    pub(super) fn data(&mut self, size: usize, align: bool, c: &mut Cursor, loc: Loc) {
        let Some(vals) = self.expr_list(c, loc) else { return };
        self.flush_code(true);
        if align {
            self.align_to(size as u64, None, loc);
        }
        self.put_values(self.cur, size, vals, loc);
    }

    pub(super) fn xdata(&mut self, size: usize, align: bool, c: &mut Cursor, loc: Loc) {
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

    pub(super) fn put_values(&mut self, sec: usize, size: usize, vals: Vec<(Expr, u32)>, loc: Loc) {
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

    pub(super) fn strings(&mut self, zero: bool, c: &mut Cursor, loc: Loc) {
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

    pub(super) fn skip(&mut self, zero_only: bool, c: &mut Cursor, loc: Loc) {
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

    pub(super) fn fill(&mut self, c: &mut Cursor, loc: Loc) {
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
    pub(super) fn put_fill(&mut self, count: u64, size: u64, value: i64, loc: Loc) {
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

    pub(super) fn align_directive(&mut self, power: bool, c: &mut Cursor, loc: Loc) {
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
    pub(super) fn align_to(&mut self, bytes: u64, fill: Option<u8>, loc: Loc) {
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
                let nop = crate::asm::finish::nop_bundle(self.opts.tune);
                for _ in 0..pad / 16 {
                    s.data.extend_from_slice(&nop);
                }
                self.align_mark = Some((cur, start, pad as usize));
            }
            (_, f) => s.data.extend(std::iter::repeat_n(f.unwrap_or(0), pad as usize)),
        }
    }

    pub(super) fn common(&mut self, global: bool, c: &mut Cursor, loc: Loc) {
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

    pub(super) fn conditional(&mut self, name: &str, c: &mut Cursor, loc: Loc) {
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

    pub(super) fn condition_value(&mut self, name: &str, c: &mut Cursor, loc: Loc) -> Option<bool> {
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
}

pub(super) fn is_conditional(name: &str) -> bool {
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
pub(super) fn is_data_word(w: &str) -> bool {
    matches!(w, "data1" | "data2" | "data4" | "data8" | "data2.ua" | "data4.ua" | "data8.ua" | "string" | "stringz")
}

/// Whether `v` fits in `size` bytes as a signed or unsigned number.
pub(super) fn fits_bytes(v: i64, size: usize) -> bool {
    if size >= 8 {
        return true;
    }
    let bits = 8 * size as u32;
    v >= -(1i64 << (bits - 1)) && v < (1i64 << bits)
}
