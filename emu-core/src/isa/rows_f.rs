//! F-type instructions. Floating point is outside ia64play's machine: only
//! `nop.f` and `break.f` are real rows; every other F-unit encoding decodes
//! to the "floating point not supported" catch-all.

use super::operand::Opnd::*;
use super::{flags::UNIT_SUFFIX_OPTIONAL, Builder, Enc, InsnType::F};

pub(super) fn rows(t: &mut Builder) {
    let misc = |x6| Enc::major(0).bits(33, 1, 0).bits(27, 6, x6);
    t.insn("break.f", F, misc(0x00), &[], &[Immu21])
        .set_flags(UNIT_SUFFIX_OPTIONAL)
        .ignore("bit 26", 26, 1)
        .ignore("bits 34-35", 34, 2);
    t.insn("nop.f", F, misc(0x01).bits(26, 1, 0), &[], &[Immu21])
        .set_flags(UNIT_SUFFIX_OPTIONAL)
        .ignore("bits 34-35", 34, 2);
}
