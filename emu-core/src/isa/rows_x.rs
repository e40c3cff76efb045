//! X-type (long) instructions: they fill the L and X slots of an MLX
//! bundle. Operand fields at bit 41 and up are in the L slot.
//!
//! binutils marks `break.i`, `nop.i` and `hint.i` as allowed in the X slot,
//! but GNU as refuses them there and the X slot decodes as X-type only: the
//! same slot bits are `break.x`/`nop.x`/`hint.x` here, which take the bare
//! `break`/`nop`/`hint` of an X slot.

use super::operand::Opnd::{self, *};
use super::{flags::UNIT_SUFFIX_OPTIONAL, Builder, Enc, InsnType::X};

/// X-unit misc (X1, X5): major 0, x3 at 33-35, x6 at 27-32.
fn misc(x6: u64) -> Enc {
    Enc::major(0).bits(33, 3, 0).bits(27, 6, x6)
}

/// Long branches (X3, X4): p (`.many`) at 12, wh at 33-34, d (`.clr`) at 35.
fn brl(major: u64, many: u64, wh: u64, clr: u64) -> Enc {
    Enc::major(major).bits(12, 1, many).bits(33, 2, wh).bits(35, 1, clr)
}

const HINTS: [(&str, u64); 4] = [("sptk", 0), ("spnt", 1), ("dptk", 2), ("dpnt", 3)];
const PREFETCH: [(&str, u64); 2] = [("few", 0), ("many", 1)];
const DEALLOC: [(&str, u64); 2] = [("", 0), (".clr", 1)];

pub(super) fn rows(t: &mut Builder) {
    t.insn("break.x", X, misc(0x00), &[], &[Immu62]).set_flags(UNIT_SUFFIX_OPTIONAL).ignore("bit 26", 26, 1);
    t.insn("nop.x", X, misc(0x01).bits(26, 1, 0), &[], &[Immu62]).set_flags(UNIT_SUFFIX_OPTIONAL);
    t.insn("hint.x", X, misc(0x01).bits(26, 1, 1), &[], &[Immu62]).set_flags(UNIT_SUFFIX_OPTIONAL);
    t.insn("movl", X, Enc::major(6).bits(20, 1, 0), &[R1], &[Immu64]);

    // brl.cond (btype 0 at 6-8). Unpredicated, sptk branches print as
    // `brl.few`, `brl.many.clr`, ...: those rows fix qp to p0 for the
    // decoder, yet GNU as accepts a predicate on them (then it is a
    // `brl.cond`), so they stay predicable.
    let cond = |many, wh, clr| brl(0xc, many, wh, clr).bits(6, 3, 0);
    for (ph, many) in PREFETCH {
        for (d, clr) in DEALLOC {
            let e = cond(many, 0, clr).bits(0, 6, 0);
            t.insn(format!("brl.{ph}{d}"), X, e, &[], &[Tgt64]).pseudo();
            if many == 0 {
                t.insn(format!("brl{d}"), X, e, &[], &[Tgt64]).pseudo();
            }
        }
    }
    long_branches(t, "brl.cond", "brl", &cond, &[]);
    let call = |many, wh, clr| brl(0xd, many, wh, clr);
    long_branches(t, "brl.call", "", &call, &[B1]);
}

/// Every hint spelling of a long branch: the full `.wh.ph[.clr]` forms
/// objdump prints, then the ones GNU as also takes (`.few` left out, and
/// for `brl.cond` the `.cond` left out).
fn long_branches(t: &mut Builder, name: &str, short: &str, enc: &dyn Fn(u64, u64, u64) -> Enc, outs: &[Opnd]) {
    for (wh_name, wh) in HINTS {
        for (ph, many) in PREFETCH {
            for (d, clr) in DEALLOC {
                t.insn(format!("{name}.{wh_name}.{ph}{d}"), X, enc(many, wh, clr), outs, &[Tgt64])
                    .ignore("bits 9-11", 9, 3)
                    .ignore("L slot bits 0-1", 41, 2);
            }
        }
    }
    for (wh_name, wh) in HINTS {
        for (ph, many) in PREFETCH {
            for (d, clr) in DEALLOC {
                let e = enc(many, wh, clr);
                if many == 0 {
                    t.insn(format!("{name}.{wh_name}{d}"), X, e, outs, &[Tgt64]).pseudo();
                }
                if !short.is_empty() {
                    t.insn(format!("{short}.{wh_name}.{ph}{d}"), X, e, outs, &[Tgt64]).pseudo();
                    if many == 0 {
                        t.insn(format!("{short}.{wh_name}{d}"), X, e, outs, &[Tgt64]).pseudo();
                    }
                }
            }
        }
    }
}
