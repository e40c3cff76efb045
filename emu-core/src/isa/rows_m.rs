//! M-type system and control instructions (major opcodes 0 and 1): moves
//! to and from application, control and indirect registers, PSR, TLB
//! management, probes, speculation checks, register stack control.
//!
//! Most formats here leave some fields unread; each row names them as
//! binutils' masks leave them undecoded (objdump prints the row whatever
//! those bits hold).

use super::operand::Opnd::{self, *};
use super::{
    flags::{FIRST, LAST, MOD_RRBS, NO_PRED, UNIT_SUFFIX_OPTIONAL},
    Builder, Enc,
    InsnType::M,
    Privilege,
};

/// Major 0 system/memory management (M24, M25, M37, M44...): x3 at 33-35,
/// x4 at 27-30, x2 at 31-32.
fn sys(x4: u64, x2: u64) -> Enc {
    Enc::major(0).bits(33, 3, 0).bits(27, 4, x4).bits(31, 2, x2)
}

/// Major 1 system/memory management (M29-M46): x3 = 0, x6 at 27-32.
fn sys6(x6: u64) -> Enc {
    Enc::major(1).bits(33, 3, 0).bits(27, 6, x6)
}

/// Fields of the major-1 x6 formats that an operand list leaves unread,
/// besides bit 36 (which `fc`/`fc.i` use as their x7 opcode bit).
fn unread(operands: &[Opnd]) -> Vec<(&'static str, u8, u8)> {
    let mut v = Vec::new();
    let has = |slot: &[Opnd]| operands.iter().any(|o| slot.contains(o));
    if !has(&[R1]) {
        v.push(("bits 6-12", 6, 7));
    }
    if !has(&[R2, Immu2]) {
        v.push(("bits 13-19", 13, 7));
    } else if has(&[Immu2]) {
        v.push(("bits 15-19", 15, 5));
    }
    let third = [R3, Ar3, Cr3, RrR3, DbrR3, IbrR3, PkrR3, PmcR3, PmdR3, MsrR3, CpuidR3, DtrR3, ItrR3, DahrR3];
    if !has(&third) {
        v.push(("bits 20-26", 20, 7));
    }
    v
}

/// Short names for the privilege classes of the major-1 table.
const OPEN: Privilege = Privilege::Unprivileged;
const PRIV: Privilege = Privilege::Privileged;
const SENS: Privilege = Privilege::Sensitive;

pub(super) fn rows(t: &mut Builder) {
    major0(t);
    major1(t);
}

/// Major 0: break/nop/hint, serialization and fences, register stack
/// control, ALAT invalidation, user/system mask, `mov.m ar=imm8`, and the
/// advanced-load checks.
fn major0(t: &mut Builder) {
    t.insn("break.m", M, sys(0, 0), &[], &[Immu21]).set_flags(UNIT_SUFFIX_OPTIONAL).ignore("bit 26", 26, 1);
    t.insn("nop.m", M, sys(1, 0).bits(26, 1, 0), &[], &[Immu21]).set_flags(UNIT_SUFFIX_OPTIONAL);
    // hint.m: y = 1 and z (bits 10-11) = 0; its immediate skips z.
    t.insn("hint.m", M, sys(1, 0).bits(26, 1, 1).bits(10, 2, 0), &[], &[Immu19]).set_flags(UNIT_SUFFIX_OPTIONAL);

    // M24/M25: no operands; bits 6-26 and 36 are unread.
    for (name, x4, x2, flags) in [
        ("invala", 0, 1, 0),
        ("fwb", 0, 2, 0),
        ("mf", 2, 2, 0),
        ("mf.a", 3, 2, 0),
        ("srlz.d", 0, 3, 0),
        ("srlz.i", 1, 3, 0),
        ("sync.i", 3, 3, 0),
        ("flushrs", 0xc, 0, FIRST | NO_PRED),
        ("loadrs", 0xa, 0, FIRST | NO_PRED),
    ] {
        let r = t.insn(name, M, sys(x4, x2), &[], &[]).set_flags(flags).ignore("bits 6-26", 6, 21).ignore("bit 36", 36, 1);
        if flags & NO_PRED != 0 {
            r.ignore("bits 0-5", 0, 6);
        }
    }
    // M26/M27: invalidate one ALAT entry.
    t.insn("invala.e", M, sys(2, 1), &[], &[R1]).ignore("bits 13-26", 13, 14).ignore("bit 36", 36, 1);
    t.insn("invala.e", M, sys(3, 1), &[], &[F1]).ignore("bits 13-26", 13, 14).ignore("bit 36", 36, 1);

    // M30: writes to ar.k0-7 and ar.itc fault when de-privileged.
    t.insn("mov.m", M, sys(8, 2), &[Ar3], &[Imm8]).set_flags(UNIT_SUFFIX_OPTIONAL).by_register().ignore("bits 6-12", 6, 7);

    // M44: user mask (psr.um) and system mask (psr.l bits 0-23).
    let mask = |x4| Enc::major(0).bits(33, 3, 0).bits(27, 4, x4);
    t.insn("sum", M, mask(4), &[], &[Immu24]);
    t.insn("rum", M, mask(5), &[], &[Immu24]);
    t.insn("ssm", M, mask(6), &[], &[Immu24]).privileged();
    t.insn("rsm", M, mask(7), &[], &[Immu24]).privileged();

    // M22/M23: advanced-load checks, x3 = 4-7.
    let chk = |x3| Enc::major(0).bits(33, 3, x3);
    t.insn("chk.a.nc", M, chk(4), &[], &[R1, Tgt25c]);
    t.insn("chk.a.clr", M, chk(5), &[], &[R1, Tgt25c]);
    t.insn("chk.a.nc", M, chk(6), &[], &[F1, Tgt25c]);
    t.insn("chk.a.clr", M, chk(7), &[], &[F1, Tgt25c]);
}

/// Major 1: register moves, PSR, TLB and cache management, probes, the
/// speculation checks and `alloc`.
fn major1(t: &mut Builder) {
    // M34: alloc r1=ar.pfs,i,l,o,r. The assembler folds i,l,o,r into the
    // frame size (i+l+o), the locals (i+l) and the rotating count, which
    // are what the encoding (and objdump) hold. The form without ar.pfs
    // is GNU's pseudo-op for the same encoding.
    let alloc = Enc::major(1).bits(33, 3, 6);
    for (inputs, pseudo) in [(&[ArPfs, Sof, Sol, Sor][..], false), (&[Sof, Sol, Sor][..], true)] {
        let r = t
            .insn("alloc", M, alloc, &[R1], inputs)
            .set_flags(FIRST | NO_PRED | MOD_RRBS)
            .ignore("bits 0-5", 0, 6)
            .ignore("bits 31-32", 31, 2)
            .ignore("bit 36", 36, 1);
        if pseudo {
            r.pseudo();
        }
    }

    // M20/M21: speculation checks.
    t.insn("chk.s.m", M, Enc::major(1).bits(33, 3, 1), &[], &[R2, Tgt25b]).set_flags(UNIT_SUFFIX_OPTIONAL);
    t.insn("chk.s", M, Enc::major(1).bits(33, 3, 3), &[], &[F2, Tgt25b]);

    // (name, x6, outputs, inputs, privilege, flags)
    type Row6 = (&'static str, u64, &'static [Opnd], &'static [Opnd], Privilege, u16);
    let rows: &[Row6] = &[
        // M29/M31: M-unit application registers; writes to ar.k0-7 and
        // ar.itc fault when de-privileged, other registers do not.
        ("mov.m", 0x2a, &[Ar3], &[R2], Privilege::ByRegister, UNIT_SUFFIX_OPTIONAL),
        ("mov.m", 0x22, &[R1], &[Ar3], OPEN, UNIT_SUFFIX_OPTIONAL),
        // M32/M33: control registers.
        ("mov", 0x2c, &[Cr3], &[R2], PRIV, 0),
        ("mov", 0x24, &[R1], &[Cr3], PRIV, 0),
        // M35/M36: processor status.
        ("mov", 0x2d, &[PsrL], &[R2], PRIV, 0),
        ("mov", 0x29, &[PsrUm], &[R2], OPEN, 0),
        ("mov", 0x25, &[R1], &[Psr], PRIV, 0),
        ("mov", 0x21, &[R1], &[PsrUm], OPEN, 0),
        // M38-M40: probes.
        ("probe.r", 0x38, &[R1], &[R3, R2], OPEN, 0),
        ("probe.w", 0x39, &[R1], &[R3, R2], OPEN, 0),
        ("probe.r", 0x18, &[R1], &[R3, Immu2], OPEN, 0),
        ("probe.w", 0x19, &[R1], &[R3, Immu2], OPEN, 0),
        ("probe.rw.fault", 0x31, &[], &[R3, Immu2], OPEN, 0),
        ("probe.r.fault", 0x32, &[], &[R3, Immu2], OPEN, 0),
        ("probe.w.fault", 0x33, &[], &[R3, Immu2], OPEN, 0),
        // M41: translation cache inserts end their instruction group.
        ("itc.d", 0x2e, &[], &[R2], PRIV, LAST),
        ("itc.i", 0x2f, &[], &[R2], PRIV, LAST),
        // M42: moves to indirect registers and translation registers.
        ("mov", 0x00, &[RrR3], &[R2], PRIV, 0),
        ("mov", 0x01, &[DbrR3], &[R2], PRIV, 0),
        ("mov", 0x02, &[IbrR3], &[R2], PRIV, 0),
        ("mov", 0x03, &[PkrR3], &[R2], PRIV, 0),
        ("mov", 0x04, &[PmcR3], &[R2], PRIV, 0),
        ("mov", 0x05, &[PmdR3], &[R2], PRIV, 0),
        ("mov", 0x06, &[MsrR3], &[R2], PRIV, 0),
        ("itr.d", 0x0e, &[DtrR3], &[R2], PRIV, 0),
        ("itr.i", 0x0f, &[ItrR3], &[R2], PRIV, 0),
        // M43: moves from indirect registers. pmd and cpuid reads do not
        // trap at any level.
        ("mov", 0x10, &[R1], &[RrR3], PRIV, 0),
        ("mov", 0x11, &[R1], &[DbrR3], PRIV, 0),
        ("mov", 0x12, &[R1], &[IbrR3], PRIV, 0),
        ("mov", 0x13, &[R1], &[PkrR3], PRIV, 0),
        ("mov", 0x14, &[R1], &[PmcR3], PRIV, 0),
        ("mov", 0x15, &[R1], &[PmdR3], SENS, 0),
        ("mov", 0x16, &[R1], &[MsrR3], PRIV, 0),
        ("mov", 0x17, &[R1], &[CpuidR3], SENS, 0),
        ("mov", 0x20, &[R1], &[DahrR3], OPEN, 0),
        // M45: translation purges; the global ones end their group.
        ("ptc.l", 0x09, &[], &[R3, R2], PRIV, 0),
        ("ptc.g", 0x0a, &[], &[R3, R2], PRIV, LAST),
        ("ptc.ga", 0x0b, &[], &[R3, R2], PRIV, LAST),
        ("ptr.d", 0x0c, &[], &[R3, R2], PRIV, 0),
        ("ptr.i", 0x0d, &[], &[R3, R2], PRIV, 0),
        // M46: translation queries.
        ("thash", 0x1a, &[R1], &[R3], SENS, 0),
        ("ttag", 0x1b, &[R1], &[R3], SENS, 0),
        ("tpa", 0x1e, &[R1], &[R3], PRIV, 0),
        ("tak", 0x1f, &[R1], &[R3], PRIV, 0),
        // M47: purge the local translation cache entry.
        ("ptc.e", 0x34, &[], &[R3], PRIV, 0),
    ];
    for &(name, x6, outputs, inputs, privilege, flags) in rows {
        let r = t.insn(name, M, sys6(x6), outputs, inputs).set_flags(flags).ignore("bit 36", 36, 1);
        r.privilege = privilege;
        let all: Vec<Opnd> = outputs.iter().chain(inputs).copied().collect();
        for (what, lsb, width) in unread(&all) {
            r.ignore(what, lsb, width);
        }
    }
    // M28: flush cache; x7 (bit 36) picks `.i`.
    for (name, x7) in [("fc", 0), ("fc.i", 1)] {
        t.insn(name, M, sys6(0x30).bits(36, 1, x7), &[], &[R3]).sensitive().ignore("bits 6-19", 6, 14);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{flags, table, Bundle, Privilege};

    /// The privilege of an M-slot encoding (which must be defined).
    fn privilege_of(slot: u64) -> Privilege {
        let b = Bundle::from_u128((slot as u128) << 5).expect("MII is a valid template");
        let insn = table().decode_slot(&b, 0).unwrap_or_else(|e| panic!("{slot:#x}: {e}"));
        table().privilege(&insn)
    }

    /// Major 1, x3 = 0, the given x6, r3 field (ar/cr/index register) `r3`.
    fn x6(x6: u64, r3: u64) -> u64 {
        1 << 37 | x6 << 27 | r3 << 20
    }

    /// Major 0, x3 = 0, x4 and x2, ar field `ar`.
    fn x4(x4: u64, x2: u64, ar: u64) -> u64 {
        x4 << 27 | x2 << 31 | ar << 20
    }

    #[test]
    fn privilege_classes_follow_the_priv_ops() {
        use Privilege::*;
        let mut cases = vec![
            (x4(6, 0, 0), Privileged),          // ssm
            (x4(7, 0, 0), Privileged),          // rsm
            (x4(4, 0, 0), Unprivileged),        // sum
            (x4(5, 0, 0), Unprivileged),        // rum
            (x4(8, 2, 3), Privileged),          // mov.m ar.k3=imm8
            (x4(8, 2, 44), Privileged),         // mov.m ar.itc=imm8
            (x4(8, 2, 32), Unprivileged),       // mov.m ar.ccv=imm8
            (x6(0x2a, 7), Privileged),          // mov.m ar.k7=r2
            (x6(0x2a, 36), Unprivileged),       // mov.m ar.unat=r2
            (x6(0x22, 0), Unprivileged),        // mov.m r1=ar.k0
            (x6(0x15, 0), Sensitive),           // mov r1=pmd[r3]
            (x6(0x17, 0), Sensitive),           // mov r1=cpuid[r3]
            (x6(0x20, 0), Unprivileged),        // mov r1=dahr[r3]
            (x6(0x1a, 0), Sensitive),           // thash
            (x6(0x1b, 0), Sensitive),           // ttag
            (x6(0x30, 0), Sensitive),           // fc
            (x6(0x30, 0) | 1 << 36, Sensitive), // fc.i
            (x6(0x21, 0), Unprivileged),        // mov r1=psr.um
            (x6(0x29, 0), Unprivileged),        // mov psr.um=r2
        ];
        // Moves to rr..msr (0x00-0x06), the TLB purges and inserts
        // (0x09-0x0f), moves from rr..pmc and msr, tpa, tak, mov to/from cr,
        // r=psr, psr.l=, itc.d/i and ptc.e.
        let priv_x6 = (0x00..=0x06).chain(0x09..=0x0f).chain([0x10, 0x11, 0x12, 0x13, 0x14, 0x16, 0x1e, 0x1f]);
        cases.extend(priv_x6.chain([0x24, 0x25, 0x2c, 0x2d, 0x2e, 0x2f, 0x34]).map(|x| (x6(x, 0), Privileged)));
        cases.extend([0x18, 0x19, 0x31, 0x32, 0x33, 0x38, 0x39].map(|x| (x6(x, 0), Unprivileged)));
        for (slot, want) in cases {
            assert_eq!(privilege_of(slot), want, "{slot:#x}");
        }
    }

    /// The bundler relies on binutils' group flags.
    #[test]
    fn group_flags_are_binutils_flags() {
        let t = table();
        let flags_of = |m: &str| -> Vec<u16> { t.by_mnemonic(m).iter().map(|&i| t.rows[i as usize].flags).collect() };
        for m in ["itc.d", "itc.i", "ptc.g", "ptc.ga"] {
            assert_eq!(flags_of(m), [flags::LAST], "{m}");
        }
        for m in ["flushrs", "loadrs"] {
            assert_eq!(flags_of(m), [flags::FIRST | flags::NO_PRED], "{m}");
        }
        let alloc = flags::FIRST | flags::NO_PRED | flags::MOD_RRBS;
        assert_eq!(flags_of("alloc"), [alloc, alloc | flags::PSEUDO]);
        // `mov ar.ccv=r2`, `nop 0`, `chk.s r2,l` work without the unit.
        assert!(t.by_mnemonic("mov").iter().any(|&i| t.rows[i as usize].mnemonic == "mov.m"));
        for m in ["nop", "break", "hint", "chk.s"] {
            assert!(t.by_mnemonic(m).iter().any(|&i| t.rows[i as usize].mnemonic == format!("{m}.m")), "{m}");
        }
    }
}
