//! I-type instructions: shifts, bit fields, multimedia shifts, moves to
//! and from branch, predicate and I-unit application registers.

use super::operand::Opnd::{self, *};
use super::{flags::UNIT_SUFFIX_OPTIONAL, Builder, Enc, InsnType::I};

/// I-unit misc (I19-I29): major 0, x3 at 33-35, x6 at 27-32.
fn misc(x3: u64, x6: u64) -> Enc {
    Enc::major(0).bits(33, 3, x3).bits(27, 6, x6)
}

/// Bit fields and bit tests (I10-I17, I30): major 5, x2 at 34-35.
fn field(x2: u64) -> Enc {
    Enc::major(5).bits(34, 2, x2)
}

/// Multimedia shifts, multiplies and mixes (I1-I9): major 7, za at 36,
/// zb at 33, ve (bit 32) zero, x2a at 34-35, x2b at 28-29 and, except for
/// `pmpyshr2` whose count lives there, x2c at 30-31.
fn mm(za: u64, zb: u64, x2a: u64, x2b: u64, x2c: Option<u64>) -> Enc {
    let e = Enc::major(7).bits(36, 1, za).bits(33, 1, zb).bits(32, 1, 0).bits(34, 2, x2a).bits(28, 2, x2b);
    match x2c {
        Some(v) => e.bits(30, 2, v),
        None => e,
    }
}

/// The (za, zb) bits of a multimedia element size in bytes; the empty
/// size is the whole-register shift (`shl`, `shr`, `shr.u`).
fn size_bits(size: &str) -> (u64, u64) {
    match size {
        "1" => (0, 0),
        "2" => (0, 1),
        "4" => (1, 0),
        _ => (1, 1),
    }
}

pub(super) fn rows(t: &mut Builder) {
    misc_rows(t);
    field_rows(t);
    test_bit_rows(t);
    multimedia_rows(t);
}

/// Major opcode 0: break/nop/hint, `chk.s.i`, the register moves and the
/// zero/sign extensions.
fn misc_rows(t: &mut Builder) {
    t.insn("break.i", I, misc(0, 0x00), &[], &[Immu21]).set_flags(UNIT_SUFFIX_OPTIONAL).ignore("bit 26", 26, 1);
    t.insn("nop.i", I, misc(0, 0x01).bits(26, 1, 0), &[], &[Immu21]).set_flags(UNIT_SUFFIX_OPTIONAL);
    t.insn("hint.i", I, misc(0, 0x01).bits(26, 1, 1), &[], &[Immu21]).set_flags(UNIT_SUFFIX_OPTIONAL);
    t.insn("chk.s.i", I, Enc::major(0).bits(33, 3, 1), &[], &[R2, Tgt25b]).set_flags(UNIT_SUFFIX_OPTIONAL);

    // mov to a branch register (I21): x3 7, wh at 20-21, xb (`.ret`) at
    // 22, ih (`.imp`) at 23. objdump prints the hint-less form without its
    // tag; GNU as also takes it without one (the tag is then 0).
    let to_br = |xb: u64, ih: u64, wh: u64| Enc::major(0).bits(33, 3, 7).bits(22, 1, xb).bits(23, 1, ih).bits(20, 2, wh);
    for (xb, ret) in [(0, ""), (1, ".ret")] {
        for (wh, hint) in [(0, ".sptk"), (1, ""), (2, ".dptk")] {
            for (ih, imp) in [(0, ""), (1, ".imp")] {
                let plain = xb == 0 && wh == 1 && ih == 0;
                let tag = if plain { Tag13bOmitted } else { Tag13b };
                t.insn(format!("mov{ret}{hint}{imp}"), I, to_br(xb, ih, wh), &[B1], &[R2, tag])
                    .ignore("bits 9-12", 9, 4)
                    .ignore("bit 36", 36, 1);
            }
        }
    }
    t.insn("mov", I, to_br(0, 0, 1).bits(24, 9, 0), &[B1], &[R2]).pseudo();

    t.insn("mov", I, misc(0, 0x31), &[R1], &[B2]).ignore("bits 16-26", 16, 11).ignore("bit 36", 36, 1);
    // mov to predicates (I23, I24): the full-mask spelling is a pseudo-op
    // objdump never prints.
    t.insn("mov", I, Enc::major(0).bits(33, 3, 3), &[PrAll], &[R2, Imm17]).ignore("bits 20-23", 20, 4).ignore("bit 32", 32, 1);
    let full17 = Enc::major(0).bits(33, 3, 3).bits(6, 7, 0x7f).bits(24, 8, 0xff).bits(36, 1, 1);
    t.insn("mov", I, full17, &[PrAll], &[R2]).pseudo();
    t.insn("mov", I, Enc::major(0).bits(33, 3, 2), &[PrRot], &[Imm44]);
    t.insn("mov", I, misc(0, 0x30), &[R1], &[Ip]).ignore("bits 13-26", 13, 14).ignore("bit 36", 36, 1);
    t.insn("mov", I, misc(0, 0x33), &[R1], &[PrAll]).ignore("bits 13-26", 13, 14).ignore("bit 36", 36, 1);

    // I-unit application registers (I26-I28); writes to some application
    // registers fault when de-privileged.
    t.insn("mov.i", I, misc(0, 0x2a), &[Ar3], &[R2])
        .set_flags(UNIT_SUFFIX_OPTIONAL)
        .by_register()
        .ignore("bits 6-12", 6, 7)
        .ignore("bit 36", 36, 1);
    t.insn("mov.i", I, misc(0, 0x0a), &[Ar3], &[Imm8])
        .set_flags(UNIT_SUFFIX_OPTIONAL)
        .by_register()
        .ignore("bits 6-12", 6, 7);
    t.insn("mov.i", I, misc(0, 0x32), &[R1], &[Ar3])
        .set_flags(UNIT_SUFFIX_OPTIONAL)
        .ignore("bits 13-19", 13, 7)
        .ignore("bit 36", 36, 1);

    // Zero/sign extension and compute-zero-index (I29).
    for (name, x6) in [
        ("zxt1", 0x10),
        ("zxt2", 0x11),
        ("zxt4", 0x12),
        ("sxt1", 0x14),
        ("sxt2", 0x15),
        ("sxt4", 0x16),
        ("czx1.l", 0x18),
        ("czx2.l", 0x19),
        ("czx1.r", 0x1c),
        ("czx2.r", 0x1d),
    ] {
        t.insn(name, I, misc(0, x6), &[R1], &[R3]).ignore("bits 13-19", 13, 7).ignore("bit 36", 36, 1);
    }
}

/// Deposit, extract and shift-pair (majors 4 and 5). The immediate
/// shifts are pseudo-ops of `extr`/`dep.z` whose length is 64 - count;
/// objdump prints them, so they come before the rows they refine.
fn field_rows(t: &mut Builder) {
    t.insn("dep", I, Enc::major(4), &[R1], &[R2, R3, Cpos6c, Len4]);
    t.insn("shrp", I, field(3).bits(33, 1, 0), &[R1], &[R2, R3, Cnt6]).ignore("bit 36", 36, 1);

    let extr = |ya: u64| field(1).bits(33, 1, 0).bits(13, 1, ya);
    for (ya, u) in [(0, ".u"), (1, "")] {
        t.insn(format!("shr{u}"), I, extr(ya), &[R1], &[R3, Pos6Len64]).pseudo();
        t.insn(format!("extr{u}"), I, extr(ya), &[R1], &[R3, Pos6, Len6]).ignore("bit 36", 36, 1);
    }
    let dep_z = |yb: u64| field(1).bits(33, 1, 1).bits(26, 1, yb);
    t.insn("shl", I, dep_z(0), &[R1], &[R2, Cpos6aLen64]).pseudo();
    t.insn("dep.z", I, dep_z(0), &[R1], &[R2, Cpos6a, Len6]).ignore("bit 36", 36, 1);
    t.insn("dep.z", I, dep_z(1), &[R1], &[Imm8, Cpos6a, Len6]);
    t.insn("dep", I, field(3).bits(33, 1, 1), &[R1], &[Imm1, R3, Cpos6b, Len6]).ignore("bit 13", 13, 1);
}

/// `tbit`, `tnat` and `tf` (I16, I17, I30): x2 0, ta at 33, tb at 36, ya
/// at 13, c at 12; `tf` also sets xc (bit 19), which `tnat` leaves 0.
fn test_bit_rows(t: &mut Builder) {
    test_family(t, "tf", field(0).bits(13, 1, 1).bits(19, 1, 1), &[Immu5b], Some(("bits 20-26", 20, 7)));
    test_family(t, "tbit", field(0).bits(13, 1, 0), &[R3, Pos6], None);
    test_family(t, "tnat", field(0).bits(13, 1, 1).bits(19, 1, 0), &[R3], Some(("bits 14-18", 14, 5)));
}

/// One test instruction with every relation and type. Each encoding has a
/// second spelling with the relation negated and the targets swapped.
fn test_family(t: &mut Builder, name: &str, base: Enc, inputs: &[Opnd], ignored: Option<(&'static str, u8, u8)>) {
    let forms = [
        (0, 0, 0, "z", "nz"),
        (0, 0, 1, "z.unc", "nz.unc"),
        (0, 1, 0, "z.and", "nz.andcm"),
        (0, 1, 1, "nz.and", "z.andcm"),
        (1, 0, 0, "z.or", "nz.orcm"),
        (1, 0, 1, "nz.or", "z.orcm"),
        (1, 1, 0, "z.or.andcm", "nz.and.orcm"),
        (1, 1, 1, "nz.or.andcm", "z.and.orcm"),
    ];
    for (ta, tb, c, rel, negated) in forms {
        let e = base.bits(33, 1, ta).bits(36, 1, tb).bits(12, 1, c);
        let row = t.insn(format!("{name}.{rel}"), I, e, &[P1, P2], inputs);
        if let Some((what, lsb, width)) = ignored {
            row.ignore(what, lsb, width);
        }
        t.insn(format!("{name}.{negated}"), I, e, &[P2, P1], inputs).pseudo();
    }
}

/// Major opcode 7: parallel multiplies, shifts, mixes, packs, `mux`,
/// `popcnt`, `clz` and the whole-register variable shifts. Bit 27 is not
/// read by any of them except `mux2`, whose permutation covers it.
fn multimedia_rows(t: &mut Builder) {
    let rrr = |t: &mut Builder, name: String, e: Enc| {
        t.insn(name, I, e, &[R1], &[R2, R3]).ignore("bit 27", 27, 1);
    };
    // `pmpyshr2` keeps its count where the others have x2c.
    for (u, x2b) in [("", 3), (".u", 1)] {
        t.insn(format!("pmpyshr2{u}"), I, mm(0, 1, 0, x2b, None), &[R1], &[R2, R3, Cnt2c]).ignore("bit 27", 27, 1);
    }
    for (name, size, x2b, x2c) in [
        ("pmpy2.r", "2", 1, 3),
        ("pmpy2.l", "2", 3, 3),
        ("mix1.r", "1", 0, 2),
        ("mix2.r", "2", 0, 2),
        ("mix4.r", "4", 0, 2),
        ("mix1.l", "1", 2, 2),
        ("mix2.l", "2", 2, 2),
        ("mix4.l", "4", 2, 2),
        ("pack2.uss", "2", 0, 0),
        ("pack2.sss", "2", 2, 0),
        ("pack4.sss", "4", 2, 0),
        ("unpack1.h", "1", 0, 1),
        ("unpack2.h", "2", 0, 1),
        ("unpack4.h", "4", 0, 1),
        ("unpack1.l", "1", 2, 1),
        ("unpack2.l", "2", 2, 1),
        ("unpack4.l", "4", 2, 1),
        ("pmin1.u", "1", 1, 0),
        ("pmax1.u", "1", 1, 1),
        ("pmin2", "2", 3, 0),
        ("pmax2", "2", 3, 1),
        ("psad1", "1", 3, 2),
    ] {
        let (za, zb) = size_bits(size);
        rrr(t, name.to_string(), mm(za, zb, 2, x2b, Some(x2c)));
    }
    t.insn("mux1", I, mm(0, 0, 3, 2, Some(2)), &[R1], &[R2, Mbtype4]).ignore("bits 24-27", 24, 4);
    t.insn("mux2", I, mm(0, 1, 3, 2, Some(2)), &[R1], &[R2, Mhtype8]);

    // Right shifts by a register (I5) and by a count (I6); left shifts
    // by a register (I7) and by a count (I8).
    for (u, x2b_reg, x2b_imm) in [("", 2, 3), (".u", 0, 1)] {
        for size in ["2", "4", ""] {
            let (za, zb) = size_bits(size);
            let p = if size.is_empty() { "" } else { "p" };
            t.insn(format!("{p}shr{size}{u}"), I, mm(za, zb, 0, x2b_reg, Some(0)), &[R1], &[R3, R2]).ignore("bit 27", 27, 1);
        }
        for size in ["2", "4"] {
            let (za, zb) = size_bits(size);
            t.insn(format!("pshr{size}{u}"), I, mm(za, zb, 1, x2b_imm, Some(0)), &[R1], &[R3, Cnt5])
                .ignore("bit 13", 13, 1)
                .ignore("bit 19", 19, 1)
                .ignore("bit 27", 27, 1);
        }
    }
    for size in ["2", "4", ""] {
        let (za, zb) = size_bits(size);
        let p = if size.is_empty() { "" } else { "p" };
        rrr(t, format!("{p}shl{size}"), mm(za, zb, 0, 0, Some(1)));
    }
    rrr(t, "mpy4".to_string(), mm(1, 0, 0, 1, Some(3)));
    rrr(t, "mpyshl4".to_string(), mm(1, 0, 0, 3, Some(3)));
    for size in ["2", "4"] {
        let (za, zb) = size_bits(size);
        t.insn(format!("pshl{size}"), I, mm(za, zb, 3, 1, Some(1)), &[R1], &[R2, Ccnt5]).ignore("bits 25-27", 25, 3);
    }
    for (name, x2c) in [("popcnt", 2), ("clz", 3)] {
        t.insn(name, I, mm(0, 1, 1, 1, Some(x2c)), &[R1], &[R3]).ignore("bits 13-19", 13, 7).ignore("bit 27", 27, 1);
    }
}
