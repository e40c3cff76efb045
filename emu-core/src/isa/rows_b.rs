//! B-type instructions: IP-relative and indirect branches, calls and
//! returns, counted loops, and the system branches (rfi, bsw, cover, epc).

use super::operand::Opnd::*;
use super::{flags::UNIT_SUFFIX_OPTIONAL, Builder, Enc, InsnType::B};

/// B-unit misc (B8, B9): x6 at 27-32.
fn misc(major: u64, x6: u64) -> Enc {
    Enc::major(major).bits(27, 6, x6)
}

pub(super) fn rows(t: &mut Builder) {
    t.insn("break.b", B, misc(0, 0x00), &[], &[Immu21]).set_flags(UNIT_SUFFIX_OPTIONAL).ignore("bit 26", 26, 1).ignore("bits 33-35", 33, 3);
    t.insn("nop.b", B, misc(2, 0x00), &[], &[Immu21]).set_flags(UNIT_SUFFIX_OPTIONAL).ignore("bit 26", 26, 1).ignore("bits 33-35", 33, 3);
}
