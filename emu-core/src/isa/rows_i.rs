//! I-type instructions: shifts, bit fields, multimedia shifts, moves to
//! and from branch, predicate and I-unit application registers.

use super::operand::Opnd::*;
use super::{flags::UNIT_SUFFIX_OPTIONAL, Builder, Enc, InsnType::I};

/// I-unit misc (I19-I29): major 0, x3 at 33-35, x6 at 27-32.
fn misc(x3: u64, x6: u64) -> Enc {
    Enc::major(0).bits(33, 3, x3).bits(27, 6, x6)
}

pub(super) fn rows(t: &mut Builder) {
    t.insn("break.i", I, misc(0, 0x00), &[], &[Immu21]).set_flags(UNIT_SUFFIX_OPTIONAL).ignore("bit 26", 26, 1);
    t.insn("nop.i", I, misc(0, 0x01).bits(26, 1, 0), &[], &[Immu21]).set_flags(UNIT_SUFFIX_OPTIONAL);
}
