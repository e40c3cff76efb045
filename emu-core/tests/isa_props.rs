//! Property tests of the instruction table: decoding never panics, and
//! decode and encode are inverse.

use emu_core::isa::{flags, table, Bundle, Insn, InsnType, OpId, SlotUnit};
use proptest::prelude::*;

/// Mask of the bits a row's ignored fields cover.
fn ignored_mask(insn: &Insn) -> u128 {
    insn.row().ignored.iter().fold(0, |m, (_, f)| m | f.mask())
}

/// The 82-bit word the table works on for the slot of a bundle.
fn word_of(b: &Bundle, slot: usize) -> u128 {
    match b.template.units[slot] {
        SlotUnit::X => b.slots[2] as u128 | ((b.slots[1] as u128) << 41),
        _ => b.slots[slot] as u128,
    }
}

fn encodable_rows() -> Vec<OpId> {
    table()
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.is(flags::CATCH_ALL) && !r.is(flags::DECODE_ONLY))
        .map(|(i, _)| i as OpId)
        .collect()
}

/// A random valid instruction of row `id`, built from raw field values.
fn insn_from_raws(id: OpId, qp: u8, raws: &[u64; 5]) -> Option<Insn> {
    let row = &table().rows[id as usize];
    let mut ops = [0i64; 5];
    for (j, o) in row.operands.iter().enumerate() {
        let s = o.spec();
        let bits = s.bits();
        let raw = if bits >= 64 { raws[j] } else { raws[j] & ((1u64 << bits) - 1) };
        if s.map.reserved_raw(raw) {
            return None;
        }
        ops[j] = s.map.from_raw(raw, bits);
    }
    let qp = if row.is(flags::NO_PRED) { 0 } else { qp % 64 };
    Some(Insn { id, qp, ops })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, ..ProptestConfig::default() })]

    /// Any 128 bits: decoding never panics, and every slot that decodes
    /// re-encodes to the same bits apart from fields the row ignores.
    #[test]
    fn random_bundles_decode_and_reencode(lo in any::<u64>(), hi in any::<u64>()) {
        let v = (lo as u128) | ((hi as u128) << 64);
        let Ok(b) = Bundle::from_u128(v) else { return Ok(()); };
        let t = table();
        for slot in 0..3 {
            if b.template.units[slot] == SlotUnit::L {
                continue;
            }
            let Ok(insn) = t.decode_slot(&b, slot) else { continue };
            if insn.row().is(flags::CATCH_ALL) || insn.row().is(flags::DECODE_ONLY) {
                continue;
            }
            let word = word_of(&b, slot);
            let re = t.encode(&insn).expect("a decoded instruction encodes");
            let keep = !ignored_mask(&insn);
            prop_assert_eq!(re & keep, word & keep, "`{}` in slot {}", insn.row().mnemonic, slot);
        }
    }

    /// Random valid instructions from the table: decode(encode(x)) is x,
    /// or the alias objdump prints for the same bits.
    #[test]
    fn encode_then_decode_is_identity(pick in any::<u16>(), qp in any::<u8>(), raws in any::<[u64; 5]>()) {
        let rows = encodable_rows();
        let id = rows[pick as usize % rows.len()];
        let Some(insn) = insn_from_raws(id, qp, &raws) else { return Ok(()); };
        let t = table();
        let word = t.encode(&insn).expect("values built from raw fields fit");
        let row = insn.row();
        let (template, slot) = match row.ty {
            InsnType::A | InsnType::M => (0x00u8, 0usize),
            InsnType::I => (0x00, 1),
            InsnType::B => (0x16, 2),
            InsnType::F => (0x0c, 1),
            InsnType::X => (0x04, 2),
        };
        let mut slots = [0u64; 3];
        slots[slot] = (word as u64) & ((1 << 41) - 1);
        if row.ty == InsnType::X {
            slots[1] = (word >> 41) as u64;
        }
        let b = Bundle { template: emu_core::isa::Template::from_code(template).unwrap(), slots };
        let back = t.decode_slot(&b, slot).expect("an encoded instruction decodes");
        if back != insn {
            // Another spelling of the same bits: it must be an alias (a
            // pseudo row) of it, or x itself was one, and the bits agree.
            prop_assert!(back.row().is(flags::PSEUDO) || row.is(flags::PSEUDO),
                "`{}` decodes as unrelated `{}`", row.mnemonic, back.row().mnemonic);
            prop_assert_eq!(t.encode(&back).unwrap(), word);
        }
    }
}
