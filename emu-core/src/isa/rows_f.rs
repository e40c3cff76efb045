//! F-type instructions. Floating point is outside ia64play's machine: only
//! `nop.f`, `hint.f` and `break.f` are real rows; every other F-unit
//! encoding decodes to `fp.unsupported`, so code that uses floating point
//! still disassembles (its lines differ from objdump's FP mnemonics).

use super::operand::Opnd::*;
use super::{
    flags::{CATCH_ALL, DECODE_ONLY, UNIT_SUFFIX_OPTIONAL},
    Builder, Enc,
    InsnType::F,
};

pub(super) fn rows(t: &mut Builder) {
    // F15: x (bit 33) = 0, x6 at 27-32; nop and hint differ in y (bit 26).
    let misc = |x6| Enc::major(0).bits(33, 1, 0).bits(27, 6, x6);
    t.insn("break.f", F, misc(0x00), &[], &[Immu21])
        .set_flags(UNIT_SUFFIX_OPTIONAL)
        .ignore("bit 26", 26, 1)
        .ignore("bits 34-35", 34, 2);
    t.insn("nop.f", F, misc(0x01).bits(26, 1, 0), &[], &[Immu21])
        .set_flags(UNIT_SUFFIX_OPTIONAL)
        .ignore("bits 34-35", 34, 2);
    t.insn("hint.f", F, misc(0x01).bits(26, 1, 1), &[], &[Immu21])
        .set_flags(UNIT_SUFFIX_OPTIONAL)
        .ignore("bits 34-35", 34, 2);

    // One catch-all per major opcode: anything else in an F slot.
    for major in 0..16 {
        t.insn("fp.unsupported", F, Enc::major(major), &[], &[]).set_flags(CATCH_ALL | DECODE_ONLY);
    }
}

#[cfg(test)]
mod tests {
    use crate::isa::{table, Bundle, Template};

    /// An F slot decodes to something for every major opcode and bit
    /// pattern, and the catch-all never hides the real rows.
    #[test]
    fn every_f_slot_decodes() {
        let t = table();
        let mfi = Template::from_code(0x0c).expect("MFI");
        let decode = |slot: u64| {
            let b = Bundle { template: mfi, slots: [0, slot, 0] };
            t.decode_slot(&b, 1).expect("F slots always decode").row().mnemonic.as_str()
        };
        for major in 0..16u64 {
            for low in [0, 1, 0x155_5555_5555, (1 << 37) - 1] {
                let slot = (major << 37) | (low & ((1 << 37) - 1));
                let m = decode(slot);
                assert!(major == 0 || m == "fp.unsupported", "{slot:#x} decodes to {m}");
            }
        }
        assert_eq!(decode(0x0008000000), "nop.f");
        assert_eq!(decode(0x000c000000), "hint.f");
        assert_eq!(decode(0x0000000000), "break.f");
        assert_eq!(decode(0x0200000000), "fp.unsupported");
    }
}
