//! M-type system and control instructions (major opcodes 0 and 1): moves
//! to and from application, control and indirect registers, PSR, TLB
//! management, probes, speculation checks, register stack control.

use super::operand::Opnd::{self, *};
use super::{
    flags::{FIRST, LAST, MOD_RRBS, NO_PRED, UNIT_SUFFIX_OPTIONAL},
    Builder, Enc,
    InsnType::M,
};

/// Major 0 with x3 at 33-35, x4 at 27-30, x2 at 31-32 (M24-M25, M37 ...).
fn sys(x4: u64, x2: u64) -> Enc {
    Enc::major(0).bits(33, 3, 0).bits(27, 4, x4).bits(31, 2, x2)
}

/// Major 1 with x3 at 33-35 = 0 and x6 at 27-32 (M29-M46).
fn sys1(x6: u64) -> Enc {
    Enc::major(1).bits(33, 3, 0).bits(27, 6, x6)
}

/// Fields a format leaves unread, named as the formats name them.
const R1: (&str, u8, u8) = ("r1", 6, 7);
const R2: (&str, u8, u8) = ("r2", 13, 7);
const R3: (&str, u8, u8) = ("r3", 20, 7);
const BIT36: (&str, u8, u8) = ("bit 36", 36, 1);

pub(super) fn rows(t: &mut Builder) {
    speculation_checks(t);

    // Memory ordering, serialization, ALAT and register stack control (M24,
    // M25): no operands; the rest of the slot is unread.
    let quiet: &[(&str, u64, u64, u16)] = &[
        ("invala", 0, 1, 0),
        ("fwb", 0, 2, 0),
        ("mf", 2, 2, 0),
        ("mf.a", 3, 2, 0),
        ("srlz.d", 0, 3, 0),
        ("srlz.i", 1, 3, 0),
        ("sync.i", 3, 3, 0),
        ("flushrs", 0xc, 0, FIRST | NO_PRED),
        ("loadrs", 0xa, 0, FIRST | NO_PRED),
    ];
    for &(name, x4, x2, f) in quiet {
        let row = t.insn(name, M, sys(x4, x2), &[], &[]).set_flags(f).ignore("bits 6-26", 6, 21).ignore(BIT36.0, 36, 1);
        if f & NO_PRED != 0 {
            row.ignore("qp", 0, 6);
        }
    }
    t.insn("invala.e", M, sys(2, 1), &[], &[Opnd::R1]).ignore("bits 13-26", 13, 14).ignore(BIT36.0, 36, 1);
    t.insn("invala.e", M, sys(3, 1), &[], &[F1]).ignore("bits 13-26", 13, 14).ignore(BIT36.0, 36, 1);
    t.insn("mov.m", M, sys(8, 2), &[Ar3], &[Imm8])
        .by_register()
        .set_flags(UNIT_SUFFIX_OPTIONAL)
        .ignore("bits 6-12", 6, 7)
        .ignore("bit 26", 26, 1);
    t.insn("break.m", M, sys(0, 0), &[], &[Immu21]).set_flags(UNIT_SUFFIX_OPTIONAL).ignore("bit 26", 26, 1);
    t.insn("nop.m", M, sys(1, 0).bits(26, 1, 0), &[], &[Immu21]).set_flags(UNIT_SUFFIX_OPTIONAL);
    t.insn("hint.m", M, sys(1, 0).bits(26, 1, 1).bits(10, 2, 0), &[], &[Immu19]).set_flags(UNIT_SUFFIX_OPTIONAL);
    for (name, x4) in [("sum", 4), ("rum", 5), ("ssm", 6), ("rsm", 7)] {
        let row = t.insn(name, M, Enc::major(0).bits(33, 3, 0).bits(27, 4, x4), &[], &[Immu24]);
        if x4 >= 6 {
            row.privileged();
        }
    }

    // Moves between general and application or control registers.
    t.insn("mov.m", M, sys1(0x2a), &[Ar3], &[Opnd::R2])
        .by_register()
        .set_flags(UNIT_SUFFIX_OPTIONAL)
        .ignore(R1.0, R1.1, R1.2)
        .ignore(BIT36.0, 36, 1);
    t.insn("mov.m", M, sys1(0x22), &[Opnd::R1], &[Ar3])
        .set_flags(UNIT_SUFFIX_OPTIONAL)
        .ignore(R2.0, R2.1, R2.2)
        .ignore(BIT36.0, 36, 1);
    t.insn("mov", M, sys1(0x2c), &[Cr3], &[Opnd::R2]).privileged().ignore(R1.0, R1.1, R1.2).ignore(BIT36.0, 36, 1);
    t.insn("mov", M, sys1(0x24), &[Opnd::R1], &[Cr3]).privileged().ignore(R2.0, R2.1, R2.2).ignore(BIT36.0, 36, 1);

    // alloc r1=ar.pfs,sof,sol,sor (M34). GNU as spells the frame as
    // i,l,o,r; the assembler converts.
    t.insn("alloc", M, Enc::major(1).bits(33, 3, 6), &[Opnd::R1], &[ArPfs, Sof, Sol, Sor])
        .set_flags(FIRST | NO_PRED | MOD_RRBS)
        .ignore("qp", 0, 6)
        .ignore("bits 31-32", 31, 2)
        .ignore(BIT36.0, 36, 1);

    // Processor status register.
    t.insn("mov", M, sys1(0x2d), &[PsrL], &[Opnd::R2]).privileged().ignore(R1.0, R1.1, R1.2).ignore(R3.0, R3.1, R3.2).ignore(BIT36.0, 36, 1);
    t.insn("mov", M, sys1(0x29), &[PsrUm], &[Opnd::R2]).ignore(R1.0, R1.1, R1.2).ignore(R3.0, R3.1, R3.2).ignore(BIT36.0, 36, 1);
    t.insn("mov", M, sys1(0x25), &[Opnd::R1], &[Psr]).privileged().ignore(R2.0, R2.1, R2.2).ignore(R3.0, R3.1, R3.2).ignore(BIT36.0, 36, 1);
    t.insn("mov", M, sys1(0x21), &[Opnd::R1], &[PsrUm]).ignore(R2.0, R2.1, R2.2).ignore(R3.0, R3.1, R3.2).ignore(BIT36.0, 36, 1);

    // Probes (M38-M40).
    t.insn("probe.r", M, sys1(0x38), &[Opnd::R1], &[Opnd::R3, Opnd::R2]).ignore(BIT36.0, 36, 1);
    t.insn("probe.w", M, sys1(0x39), &[Opnd::R1], &[Opnd::R3, Opnd::R2]).ignore(BIT36.0, 36, 1);
    t.insn("probe.r", M, sys1(0x18), &[Opnd::R1], &[Opnd::R3, Immu2]).ignore("bits 15-19", 15, 5).ignore(BIT36.0, 36, 1);
    t.insn("probe.w", M, sys1(0x19), &[Opnd::R1], &[Opnd::R3, Immu2]).ignore("bits 15-19", 15, 5).ignore(BIT36.0, 36, 1);
    for (name, x6) in [("probe.rw.fault", 0x31), ("probe.r.fault", 0x32), ("probe.w.fault", 0x33)] {
        t.insn(name, M, sys1(x6), &[], &[Opnd::R3, Immu2])
            .ignore(R1.0, R1.1, R1.2)
            .ignore("bits 15-19", 15, 5)
            .ignore(BIT36.0, 36, 1);
    }

    // Translation insertion, indirect register files, purges (M41-M47).
    t.insn("itc.d", M, sys1(0x2e), &[], &[Opnd::R2]).set_flags(LAST).privileged().ignore(R1.0, R1.1, R1.2).ignore(R3.0, R3.1, R3.2).ignore(BIT36.0, 36, 1);
    t.insn("itc.i", M, sys1(0x2f), &[], &[Opnd::R2]).set_flags(LAST).privileged().ignore(R1.0, R1.1, R1.2).ignore(R3.0, R3.1, R3.2).ignore(BIT36.0, 36, 1);
    let files = [(RrR3, 0x00), (DbrR3, 0x01), (IbrR3, 0x02), (PkrR3, 0x03), (PmcR3, 0x04), (PmdR3, 0x05), (MsrR3, 0x06)];
    for (file, x6) in files {
        t.insn("mov", M, sys1(x6), &[file], &[Opnd::R2]).privileged().ignore(R1.0, R1.1, R1.2).ignore(BIT36.0, 36, 1);
    }
    t.insn("itr.d", M, sys1(0x0e), &[DtrR3], &[Opnd::R2]).privileged().ignore(R1.0, R1.1, R1.2).ignore(BIT36.0, 36, 1);
    t.insn("itr.i", M, sys1(0x0f), &[ItrR3], &[Opnd::R2]).privileged().ignore(R1.0, R1.1, R1.2).ignore(BIT36.0, 36, 1);
    for (file, x6) in files {
        let row = t.insn("mov", M, sys1(0x10 + x6), &[Opnd::R1], &[file]).ignore(R2.0, R2.1, R2.2).ignore(BIT36.0, 36, 1);
        // Reading pmd[] does not trap when de-privileged: a virtualization hole.
        if file == PmdR3 {
            row.sensitive();
        } else {
            row.privileged();
        }
    }
    t.insn("mov", M, sys1(0x17), &[Opnd::R1], &[CpuidR3]).sensitive().ignore(R2.0, R2.1, R2.2).ignore(BIT36.0, 36, 1);
    for (name, x6, last) in [("ptc.l", 0x09, false), ("ptc.g", 0x0a, true), ("ptc.ga", 0x0b, true), ("ptr.d", 0x0c, false), ("ptr.i", 0x0d, false)] {
        let row = t.insn(name, M, sys1(x6), &[], &[Opnd::R3, Opnd::R2]).privileged().ignore(R1.0, R1.1, R1.2).ignore(BIT36.0, 36, 1);
        if last {
            row.set_flags(LAST);
        }
    }
    // thash and ttag read the VHPT configuration without trapping.
    t.insn("thash", M, sys1(0x1a), &[Opnd::R1], &[Opnd::R3]).sensitive().ignore(R2.0, R2.1, R2.2).ignore(BIT36.0, 36, 1);
    t.insn("ttag", M, sys1(0x1b), &[Opnd::R1], &[Opnd::R3]).sensitive().ignore(R2.0, R2.1, R2.2).ignore(BIT36.0, 36, 1);
    t.insn("tpa", M, sys1(0x1e), &[Opnd::R1], &[Opnd::R3]).privileged().ignore(R2.0, R2.1, R2.2).ignore(BIT36.0, 36, 1);
    t.insn("tak", M, sys1(0x1f), &[Opnd::R1], &[Opnd::R3]).privileged().ignore(R2.0, R2.1, R2.2).ignore(BIT36.0, 36, 1);
    // fc and fc.i (bit 36 tells them apart) flush caches the VMM owns.
    t.insn("fc", M, sys1(0x30).bits(36, 1, 0), &[], &[Opnd::R3]).sensitive().ignore(R1.0, R1.1, R1.2).ignore(R2.0, R2.1, R2.2);
    t.insn("fc.i", M, sys1(0x30).bits(36, 1, 1), &[], &[Opnd::R3]).sensitive().ignore(R1.0, R1.1, R1.2).ignore(R2.0, R2.1, R2.2);
    t.insn("ptc.e", M, sys1(0x34), &[], &[Opnd::R3]).privileged().ignore(R1.0, R1.1, R1.2).ignore(R2.0, R2.1, R2.2).ignore(BIT36.0, 36, 1);
}

/// `chk.a` (M22-M23) and `chk.s` (M20-M21): branch to recovery code.
fn speculation_checks(t: &mut Builder) {
    let x3 = |major, x3| Enc::major(major).bits(33, 3, x3);
    t.insn("chk.a.nc", M, x3(0, 4), &[], &[Opnd::R1, Tgt25c]);
    t.insn("chk.a.clr", M, x3(0, 5), &[], &[Opnd::R1, Tgt25c]);
    t.insn("chk.a.nc", M, x3(0, 6), &[], &[F1, Tgt25c]);
    t.insn("chk.a.clr", M, x3(0, 7), &[], &[F1, Tgt25c]);
    t.insn("chk.s.m", M, x3(1, 1), &[], &[Opnd::R2, Tgt25b]).set_flags(UNIT_SUFFIX_OPTIONAL);
    t.insn("chk.s", M, x3(1, 3), &[], &[F2, Tgt25b]);
}
