//! M-type system and control instructions (major opcodes 0 and 1): moves
//! to and from application, control and indirect registers, PSR, TLB
//! management, probes, speculation checks, register stack control.

use super::operand::Opnd::*;
use super::{flags::UNIT_SUFFIX_OPTIONAL, Builder, Enc, InsnType::M};

/// M-unit system/memory management with x3 at 33-35, x4 at 27-30, x2 at 31-32.
fn sys(x3: u64, x4: u64, x2: u64) -> Enc {
    Enc::major(0).bits(33, 3, x3).bits(27, 4, x4).bits(31, 2, x2)
}

pub(super) fn rows(t: &mut Builder) {
    t.insn("break.m", M, sys(0, 0, 0), &[], &[Immu21]).set_flags(UNIT_SUFFIX_OPTIONAL).ignore("bit 26", 26, 1);
    t.insn("nop.m", M, sys(0, 1, 0).bits(26, 1, 0), &[], &[Immu21]).set_flags(UNIT_SUFFIX_OPTIONAL);
}
