//! B-type instructions: IP-relative and indirect branches, calls and
//! returns, counted and modulo-scheduled loops, branch predicts, and the
//! system branches (rfi, bsw, cover, epc).
//!
//! Branch mnemonics spell every hint: `br.<kind>.<whether>.<prefetch>` with
//! an optional `.clr`. The `.few`-less spellings and the `br.<whether>`
//! forms are assembler aliases (pseudo rows after the row objdump prints).

use super::operand::Opnd::{self, *};
use super::{
    flags::{LAST, MOD_RRBS, NO_PRED, SLOT2, UNIT_SUFFIX_OPTIONAL},
    Builder, Enc,
    InsnType::B,
    Row,
};

/// Whether-hints in field order (`wh`, or `(whc - 1) / 2` for indirect calls).
const WHETHER: [&str; 4] = ["sptk", "spnt", "dptk", "dpnt"];

/// B-unit misc (B8, B9) and indirect branches (B4): x6 at 27-32.
fn x6(major: u64, x6: u64) -> Enc {
    Enc::major(major).bits(27, 6, x6)
}

/// Where a branch family keeps its hints and which bits it leaves unread.
#[derive(Clone, Copy)]
struct Format {
    base: Enc,
    /// The whether field's (lsb, width) and how a hint index maps to it.
    wh: (u32, u32, fn(u64) -> u64),
    outputs: &'static [Opnd],
    inputs: &'static [Opnd],
    ignored: &'static [(&'static str, u8, u8)],
}

impl Format {
    /// The encoding for a whether-hint index, prefetch bit and `.clr` bit.
    fn enc(&self, wh: usize, ph: u64, d: u64) -> Enc {
        let (lsb, width, map) = self.wh;
        self.base.bits(lsb, width, map(wh as u64)).bits(12, 1, ph).bits(35, 1, d)
    }
}

/// B1/B2: IP-relative branch, major 4, btype at 6-8.
fn ip_rel(btype: u64) -> Format {
    Format {
        base: Enc::major(4).bits(6, 3, btype),
        wh: (33, 2, |w| w),
        outputs: &[],
        inputs: &[Tgt25c],
        ignored: &[("bits 9-11", 9, 3)],
    }
}

/// B4: indirect branch, major 0, x6 and btype select the kind.
fn indirect(x6v: u64, btype: u64) -> Format {
    Format {
        base: x6(0, x6v).bits(6, 3, btype),
        wh: (33, 2, |w| w),
        outputs: &[],
        inputs: &[B2],
        ignored: &[("bits 9-11", 9, 3), ("bits 16-26", 16, 11), ("bit 36", 36, 1)],
    }
}

const CALL_IP_REL: Format = Format {
    base: Enc::major(5),
    wh: (33, 2, |w| w),
    outputs: &[B1],
    inputs: &[Tgt25c],
    ignored: &[("bits 9-11", 9, 3)],
};

/// B5: the indirect call's 3-bit whether field holds 1, 3, 5 or 7.
const CALL_INDIRECT: Format = Format {
    base: Enc::major(1),
    wh: (32, 3, |w| 2 * w + 1),
    outputs: &[B1],
    inputs: &[B2],
    ignored: &[("bits 9-11", 9, 3), ("bits 16-31", 16, 16), ("bit 36", 36, 1)],
};

/// Name each unread field of a row.
fn ignore_all(r: &mut Row, fields: &[(&'static str, u8, u8)]) {
    for &(what, lsb, width) in fields {
        r.ignore(what, lsb, width);
    }
}

/// Every hint combination of one branch kind: real rows
/// `<name>.<wh>.<few|many>[.clr]`, then pseudo rows for the spellings GNU as
/// also takes: `.few` left out, and the same with each alias of the kind
/// (`br.sptk.many` for `br.cond.sptk.many`).
fn family(t: &mut Builder, name: &str, aliases: &[&str], f: Format, flags: u16) {
    let hints = || {
        (0..2u64).flat_map(|ph| (0..4usize).flat_map(move |wh| (0..2u64).map(move |d| (wh, ph, d))))
    };
    let spell = |kind: &str, wh: usize, ph: Option<u64>, d: u64| {
        let ph = match ph {
            Some(0) => ".few",
            Some(_) => ".many",
            None => "",
        };
        format!("{kind}.{}{ph}{}", WHETHER[wh], if d == 1 { ".clr" } else { "" })
    };
    let no_pred = flags & NO_PRED != 0;
    for (wh, ph, d) in hints() {
        let r = t.insn(spell(name, wh, Some(ph), d), B, f.enc(wh, ph, d), f.outputs, f.inputs).set_flags(flags);
        ignore_all(r, f.ignored);
        if no_pred {
            r.ignore("bits 0-5", 0, 6);
        }
    }
    for (wh, ph, d) in hints() {
        let e = f.enc(wh, ph, d);
        let mut spellings = Vec::new();
        if ph == 0 {
            spellings.push(spell(name, wh, None, d));
        }
        for kind in aliases {
            spellings.push(spell(kind, wh, Some(ph), d));
            if ph == 0 {
                spellings.push(spell(kind, wh, None, d));
            }
        }
        for s in spellings {
            t.insn(s, B, e, f.outputs, f.inputs).set_flags(flags).pseudo();
        }
    }
}

/// `br.cond` in format `f`. Unpredicated with `.sptk`, objdump prints it
/// as `br.few`/`br.many`, so those rows (which fix qp = 0 in their opcode)
/// come first. Written with a predicate they still assemble, as GNU as
/// does, to `(qp) br.cond.sptk...`.
fn cond_family(t: &mut Builder, f: Format) {
    let unpredicated = |ph: u64, d: u64| f.enc(0, ph, d).bits(0, 6, 0);
    let clr = |d: u64| if d == 1 { ".clr" } else { "" };
    for ph in 0..2 {
        for d in 0..2 {
            let name = format!("br.{}{}", ["few", "many"][ph as usize], clr(d));
            t.insn(name, B, unpredicated(ph, d), f.outputs, f.inputs).pseudo();
        }
    }
    family(t, "br.cond", &["br"], f, 0);
    for d in 0..2 {
        t.insn(format!("br{}", clr(d)), B, unpredicated(0, d), f.outputs, f.inputs).pseudo();
    }
}

/// Branch predict hints of `brp`: the importance bit `ih` and the
/// whether field at bits 3-4.
fn brp(t: &mut Builder, prefix: &str, base: Enc, whs: &[(&str, u64)], inputs: &[Opnd], ignored: &[(&'static str, u8, u8)]) {
    for ih in 0..2 {
        for &(wh, v) in whs {
            let name = format!("{prefix}.{wh}{}", if ih == 1 { ".imp" } else { "" });
            let r = t.insn(name, B, base.bits(35, 1, ih).bits(3, 2, v), &[], inputs).set_flags(NO_PRED);
            ignore_all(r.ignore("bits 0-2", 0, 3).ignore("bit 5", 5, 1), ignored);
        }
    }
}

/// B8: system branches, with no predicate and no operands.
fn misc<'a>(t: &'a mut Builder, name: &str, x6v: u64, flags: u16) -> &'a mut Row {
    t.insn(name, B, x6(0, x6v), &[], &[])
        .set_flags(NO_PRED | flags)
        .ignore("bits 0-26", 0, 27)
        .ignore("bits 33-36", 33, 4)
}

pub(super) fn rows(t: &mut Builder) {
    // IP-relative branches (B1, B2).
    cond_family(t, ip_rel(0));
    family(t, "br.wexit", &[], ip_rel(2), SLOT2 | MOD_RRBS);
    family(t, "br.wtop", &[], ip_rel(3), SLOT2 | MOD_RRBS);
    family(t, "br.cloop", &[], ip_rel(5), SLOT2 | NO_PRED);
    family(t, "br.cexit", &[], ip_rel(6), SLOT2 | NO_PRED | MOD_RRBS);
    family(t, "br.ctop", &[], ip_rel(7), SLOT2 | NO_PRED | MOD_RRBS);

    // Indirect branches (B4).
    cond_family(t, indirect(0x20, 0));
    family(t, "br.ia", &[], indirect(0x20, 1), 0);
    family(t, "br.ret", &[], indirect(0x21, 4), MOD_RRBS);

    // Calls (B3, B5): the return link goes to b1.
    family(t, "br.call", &[], CALL_IP_REL, 0);
    family(t, "br.call", &[], CALL_INDIRECT, 0);

    // Branch predict (B6 IP-relative, B7 indirect): the tag is the
    // address of the branch the hint is for.
    let b6 = [("sptk", 0), ("loop", 1), ("dptk", 2), ("exit", 3)];
    brp(t, "brp", Enc::major(7), &b6, &[Tgt25c, Tag13], &[]);
    let b7_ignored = [("bits 16-26", 16, 11), ("bit 36", 36, 1)];
    let b7 = [("sptk", 0), ("dptk", 2)];
    brp(t, "brp", x6(2, 0x10), &b7, &[B2, Tag13], &b7_ignored);
    brp(t, "brp.ret", x6(2, 0x11), &b7, &[B2, Tag13], &b7_ignored);

    // Misc (B8). cover does not trap at cpl != 0, yet with psr.ic = 0 it writes IFS.
    misc(t, "cover", 0x02, LAST | MOD_RRBS).sensitive();
    misc(t, "clrrrb", 0x04, LAST | MOD_RRBS);
    misc(t, "clrrrb.pr", 0x05, LAST | MOD_RRBS);
    misc(t, "rfi", 0x08, LAST | MOD_RRBS).privileged();
    misc(t, "bsw.0", 0x0c, LAST).privileged();
    misc(t, "bsw.1", 0x0d, LAST).privileged();
    misc(t, "epc", 0x10, 0);
    misc(t, "vmsw.0", 0x18, 0).privileged();
    misc(t, "vmsw.1", 0x19, 0).privileged();

    // B9. GNU as refuses `hint.b` unless given -mhint.b=ok.
    let b9 = |t: &mut Builder, name: &str, major: u64, x6v: u64| {
        t.insn(name, B, x6(major, x6v), &[], &[Immu21])
            .set_flags(UNIT_SUFFIX_OPTIONAL)
            .ignore("bit 26", 26, 1)
            .ignore("bits 33-35", 33, 3);
    };
    b9(t, "break.b", 0, 0x00);
    b9(t, "nop.b", 2, 0x00);
    b9(t, "hint.b", 2, 0x01);
}
