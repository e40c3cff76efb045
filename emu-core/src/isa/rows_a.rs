//! A-type instructions: integer ALU, compares and parallel multimedia ALU.
//! They execute on an M or an I slot.

use super::operand::Opnd::{self, *};
use super::{Builder, Enc, InsnType::A};

/// Integer ALU (A1-A4): x2a at 34-35, ve at 33, x4 at 29-32, x2b at 27-28.
fn alu(x2a: u64, x4: u64, x2b: u64) -> Enc {
    Enc::major(8).bits(34, 2, x2a).bits(33, 1, 0).bits(29, 4, x4).bits(27, 2, x2b)
}

/// Parallel multimedia ALU (A9, A10): x2a=1, za at 36, zb at 33.
fn mm(za: u64, zb: u64, x4: u64, x2b: Option<u64>) -> Enc {
    let e = Enc::major(8).bits(34, 2, 1).bits(36, 1, za).bits(33, 1, zb).bits(29, 4, x4);
    match x2b {
        Some(v) => e.bits(27, 2, v),
        None => e,
    }
}

/// Compares (A6-A8): x2 at 34-35, tb at 36, ta at 33, c at 12.
fn cmp_enc(major: u64, x2: u64, tb: Option<u64>, ta: u64, c: u64) -> Enc {
    let e = Enc::major(major).bits(34, 2, x2).bits(33, 1, ta).bits(12, 1, c);
    match tb {
        Some(v) => e.bits(36, 1, v),
        None => e,
    }
}

/// The relation that holds with the operands swapped (a < b == b > a).
fn swapped(rel: &str) -> &'static str {
    match rel {
        "lt" => "gt",
        "gt" => "lt",
        "le" => "ge",
        "ge" => "le",
        _ => unreachable!("only ordered relations swap"),
    }
}

/// The relation that holds when `rel` does not.
fn negated(rel: &str) -> &'static str {
    match rel {
        "lt" => "ge",
        "ge" => "lt",
        "le" => "gt",
        "gt" => "le",
        _ => unreachable!("only ordered relations negate"),
    }
}

pub(super) fn rows(t: &mut Builder) {
    // `mov r1=r3` is objdump's spelling of `adds r1=0,r3`, so it comes first.
    t.insn("mov", A, Enc::major(8).bits(34, 2, 2).bits(33, 1, 0).bits(13, 7, 0).bits(27, 6, 0).bits(36, 1, 0), &[R1], &[R3])
        .pseudo();

    // Bit 36 of the register-register ALU formats (A1-A3) is not read.
    t.insn("add", A, alu(0, 0, 0), &[R1], &[R2, R3]).ignore("bit 36", 36, 1);
    t.insn("add", A, alu(0, 0, 1), &[R1], &[R2, R3, C1]).ignore("bit 36", 36, 1);
    t.insn("sub", A, alu(0, 1, 1), &[R1], &[R2, R3]).ignore("bit 36", 36, 1);
    t.insn("sub", A, alu(0, 1, 0), &[R1], &[R2, R3, C1]).ignore("bit 36", 36, 1);
    t.insn("addp4", A, alu(0, 2, 0), &[R1], &[R2, R3]).ignore("bit 36", 36, 1);
    for (x2b, name) in ["and", "andcm", "or", "xor"].iter().enumerate() {
        t.insn(*name, A, alu(0, 3, x2b as u64), &[R1], &[R2, R3]).ignore("bit 36", 36, 1);
    }
    let shladd = |x4| Enc::major(8).bits(34, 2, 0).bits(33, 1, 0).bits(29, 4, x4);
    t.insn("shladd", A, shladd(4), &[R1], &[R2, Cnt2a, R3]).ignore("bit 36", 36, 1);
    t.insn("shladdp4", A, shladd(6), &[R1], &[R2, Cnt2a, R3]).ignore("bit 36", 36, 1);
    t.insn("sub", A, alu(0, 9, 1), &[R1], &[Imm8, R3]);
    for (x2b, name) in ["and", "andcm", "or", "xor"].iter().enumerate() {
        t.insn(*name, A, alu(0, 0xb, x2b as u64), &[R1], &[Imm8, R3]);
    }
    t.insn("adds", A, Enc::major(8).bits(34, 2, 2).bits(33, 1, 0), &[R1], &[Imm14, R3]);
    t.insn("addp4", A, Enc::major(8).bits(34, 2, 3).bits(33, 1, 0), &[R1], &[Imm14, R3]);

    // Parallel multimedia ALU.
    let sizes = [("1", 0, 0), ("2", 0, 1), ("4", 1, 0)];
    for (op, x4) in [("padd", 0), ("psub", 1)] {
        for (sz, za, zb) in sizes {
            t.insn(format!("{op}{sz}"), A, mm(za, zb, x4, Some(0)), &[R1], &[R2, R3]);
        }
        for (sat, x2b) in [("sss", 1), ("uuu", 2), ("uus", 3)] {
            for (sz, za, zb) in &sizes[..2] {
                t.insn(format!("{op}{sz}.{sat}"), A, mm(*za, *zb, x4, Some(x2b)), &[R1], &[R2, R3]);
            }
        }
    }
    for (name, x4, x2b) in [("pavg", 2, 2), ("pavg", 2, 3), ("pavgsub", 3, 2)] {
        for (sz, za, zb) in &sizes[..2] {
            let raz = if x2b == 3 { ".raz" } else { "" };
            t.insn(format!("{name}{sz}{raz}"), A, mm(*za, *zb, x4, Some(x2b)), &[R1], &[R2, R3]);
        }
    }
    for (rel, x2b) in [("eq", 0), ("gt", 1)] {
        for (sz, za, zb) in sizes {
            t.insn(format!("pcmp{sz}.{rel}"), A, mm(za, zb, 9, Some(x2b)), &[R1], &[R2, R3]);
        }
    }
    t.insn("pshladd2", A, mm(0, 1, 4, None), &[R1], &[R2, Cnt2b, R3]);
    t.insn("pshradd2", A, mm(0, 1, 6, None), &[R1], &[R2, Cnt2b, R3]);

    // `mov r1=imm22` is `addl r1=imm22,r0`.
    t.insn("mov", A, Enc::major(9).bits(20, 2, 0), &[R1], &[Imm22]).pseudo();
    t.insn("addl", A, Enc::major(9), &[R1], &[Imm22, R3_2]);

    compares(t);
}

/// Register, zero and immediate compares, with every spelling GNU as accepts
/// (`cmp.gt` is `cmp.lt` with the sources swapped, and so on).
fn compares(t: &mut Builder) {
    for (size, x2_reg, x2_imm) in [("cmp", 0u64, 2u64), ("cmp4", 1, 3)] {
        // Register forms (A6).
        for (major, base) in [(0xc, "lt"), (0xd, "ltu")] {
            let u = if base == "ltu" { "u" } else { "" };
            for (c, unc) in [(0, ""), (1, ".unc")] {
                let e = cmp_enc(major, x2_reg, Some(0), 0, c);
                t.insn(format!("{size}.{base}{unc}"), A, e, &[P1, P2], &[R2, R3]);
                t.insn(format!("{size}.le{u}{unc}"), A, e, &[P2, P1], &[R3, R2]).pseudo();
                t.insn(format!("{size}.gt{u}{unc}"), A, e, &[P1, P2], &[R3, R2]).pseudo();
                t.insn(format!("{size}.ge{u}{unc}"), A, e, &[P2, P1], &[R2, R3]).pseudo();
            }
        }
        for (major, kind, cm) in [(0xc, "and", "andcm"), (0xd, "or", "orcm")] {
            let e = cmp_enc(major, x2_reg, Some(0), 1, 0);
            t.insn(format!("{size}.eq.{kind}"), A, e, &[P1, P2], &[R2, R3]);
            t.insn(format!("{size}.ne.{cm}"), A, e, &[P1, P2], &[R2, R3]).pseudo();
            let e = cmp_enc(major, x2_reg, Some(0), 1, 1);
            t.insn(format!("{size}.ne.{kind}"), A, e, &[P1, P2], &[R2, R3]);
            t.insn(format!("{size}.eq.{cm}"), A, e, &[P1, P2], &[R2, R3]).pseudo();
        }
        for (c, unc) in [(0, ""), (1, ".unc")] {
            let e = cmp_enc(0xe, x2_reg, Some(0), 0, c);
            t.insn(format!("{size}.eq{unc}"), A, e, &[P1, P2], &[R2, R3]);
            t.insn(format!("{size}.ne{unc}"), A, e, &[P2, P1], &[R2, R3]).pseudo();
        }
        let e = cmp_enc(0xe, x2_reg, Some(0), 1, 0);
        t.insn(format!("{size}.eq.or.andcm"), A, e, &[P1, P2], &[R2, R3]);
        t.insn(format!("{size}.ne.and.orcm"), A, e, &[P2, P1], &[R2, R3]).pseudo();
        let e = cmp_enc(0xe, x2_reg, Some(0), 1, 1);
        t.insn(format!("{size}.ne.or.andcm"), A, e, &[P1, P2], &[R2, R3]);
        t.insn(format!("{size}.eq.and.orcm"), A, e, &[P2, P1], &[R2, R3]).pseudo();

        // Compares against r0 (A7): the r2 field is not read.
        for (major, kind, cm) in [(0xc, ".and", ".andcm"), (0xd, ".or", ".orcm"), (0xe, ".or.andcm", ".and.orcm")] {
            for (ta, c, rel) in [(0, 0, "gt"), (0, 1, "le"), (1, 0, "ge"), (1, 1, "lt")] {
                let e = cmp_enc(major, x2_reg, Some(1), ta, c);
                // The complemented spelling writes p1/p2 swapped for the
                // or.andcm forms, and in place for the others.
                let neg_outs: &[Opnd] = if major == 0xe { &[P2, P1] } else { &[P1, P2] };
                t.insn(format!("{size}.{rel}{kind}"), A, e, &[P1, P2], &[Gr0, R3]).ignore("r2", 13, 7);
                t.insn(format!("{size}.{}{kind}", swapped(rel)), A, e, &[P1, P2], &[R3, Gr0]).pseudo();
                t.insn(format!("{size}.{}{cm}", negated(rel)), A, e, neg_outs, &[Gr0, R3]).pseudo();
                t.insn(format!("{size}.{}{cm}", negated(swapped(rel))), A, e, neg_outs, &[R3, Gr0]).pseudo();
            }
        }

        // Immediate forms (A8).
        let (ltu_imm, leu_imm) = if size == "cmp" { (Imm8, Imm8M1U8) } else { (Imm8U4, Imm8M1U4) };
        for (major, base, imm, imm_m1) in [(0xc, "lt", Imm8, Imm8M1), (0xd, "ltu", ltu_imm, leu_imm)] {
            let u = if base == "ltu" { "u" } else { "" };
            for (c, unc) in [(0, ""), (1, ".unc")] {
                let e = cmp_enc(major, x2_imm, None, 0, c);
                t.insn(format!("{size}.{base}{unc}"), A, e, &[P1, P2], &[imm, R3]);
                t.insn(format!("{size}.le{u}{unc}"), A, e, &[P1, P2], &[imm_m1, R3]).pseudo();
                t.insn(format!("{size}.gt{u}{unc}"), A, e, &[P2, P1], &[imm_m1, R3]).pseudo();
                t.insn(format!("{size}.ge{u}{unc}"), A, e, &[P2, P1], &[imm, R3]).pseudo();
            }
        }
        for (major, kind, cm) in [(0xc, "and", "andcm"), (0xd, "or", "orcm")] {
            let e = cmp_enc(major, x2_imm, None, 1, 0);
            t.insn(format!("{size}.eq.{kind}"), A, e, &[P1, P2], &[Imm8, R3]);
            t.insn(format!("{size}.ne.{cm}"), A, e, &[P1, P2], &[Imm8, R3]).pseudo();
            let e = cmp_enc(major, x2_imm, None, 1, 1);
            t.insn(format!("{size}.ne.{kind}"), A, e, &[P1, P2], &[Imm8, R3]);
            t.insn(format!("{size}.eq.{cm}"), A, e, &[P1, P2], &[Imm8, R3]).pseudo();
        }
        for (c, unc) in [(0, ""), (1, ".unc")] {
            let e = cmp_enc(0xe, x2_imm, None, 0, c);
            t.insn(format!("{size}.eq{unc}"), A, e, &[P1, P2], &[Imm8, R3]);
            t.insn(format!("{size}.ne{unc}"), A, e, &[P2, P1], &[Imm8, R3]).pseudo();
        }
        let e = cmp_enc(0xe, x2_imm, None, 1, 0);
        t.insn(format!("{size}.eq.or.andcm"), A, e, &[P1, P2], &[Imm8, R3]);
        t.insn(format!("{size}.ne.and.orcm"), A, e, &[P2, P1], &[Imm8, R3]).pseudo();
        let e = cmp_enc(0xe, x2_imm, None, 1, 1);
        t.insn(format!("{size}.ne.or.andcm"), A, e, &[P1, P2], &[Imm8, R3]);
        t.insn(format!("{size}.eq.and.orcm"), A, e, &[P2, P1], &[Imm8, R3]).pseudo();
    }
}
