//! The IA-64 code behind each firmware entry point: one bundle that traps
//! to the Rust firmware with a `break` and then returns to the caller.
//!
//! ```text
//! { .mib
//!   break.m IMM          // the platform runs the firmware procedure
//!   nop.i 0
//!   br.ret.sptk.many b0  // (PAL: br.sptk.many b0)
//! ;; }
//! ```
//!
//! SAL and EFI procedures are entered with `br.call`, so they return with
//! `br.ret`, which also restores the caller's frame from `ar.pfs`. PAL
//! procedures are entered with a plain branch and the return address in
//! b0 (the caller's frame stays current), so their stub returns with an
//! indirect `br.cond` that leaves CFM alone.
//!
//! Bundles are encoded from the instruction table, never written as hex.

use crate::isa::{table, Bundle, Insn, Opnd, Template};

/// How a stub goes back to its caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Return {
    /// `br.ret.sptk.many b0`: for procedures entered by `br.call`.
    Ret,
    /// `br.sptk.many b0`: for PAL's static calls, entered by a branch.
    Branch,
}

/// Encode one instruction, choosing the row of `mnemonic` whose operand
/// kinds are `kinds`.
fn encode(mnemonic: &str, kinds: &[Opnd], values: &[i64]) -> u64 {
    let t = table();
    let id = t
        .by_mnemonic(mnemonic)
        .iter()
        .copied()
        .find(|&id| t.rows[id as usize].operands == kinds)
        .unwrap_or_else(|| panic!("instruction table has no `{mnemonic}` with operands {kinds:?}"));
    let mut ops = [0i64; 5];
    ops[..values.len()].copy_from_slice(values);
    let word = t.encode(&Insn { id, qp: 0, ops }).unwrap_or_else(|e| panic!("stub instruction: {e}"));
    word as u64
}

/// The MIB bundle with a stop at its end.
const MIB_STOP: u8 = 0x11;

/// The 16 bytes of a firmware stub trapping with `break.m imm`.
///
/// Panics only if the instruction table lacks `break.m`, `nop.i` or the
/// indirect branch rows, or `imm` exceeds 21 bits: programming errors the
/// unit tests catch, never guest input.
pub fn firmware_stub(imm: u64, ret: Return) -> [u8; 16] {
    let brk = encode("break.m", &[Opnd::Immu21], &[imm as i64]);
    let nop = encode("nop.i", &[Opnd::Immu21], &[0]);
    let br = match ret {
        Return::Ret => encode("br.ret.sptk.many", &[Opnd::B2], &[0]),
        Return::Branch => encode("br.cond.sptk.many", &[Opnd::B2], &[0]),
    };
    let template = Template::from_code(MIB_STOP).expect("MIB with stop is an architected template");
    Bundle { template, slots: [brk, nop, br] }.to_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disasm::{disassemble, NoSymbols};

    #[test]
    fn stubs_disassemble_as_intended() {
        let mut code = firmware_stub(0x1ff001, Return::Ret).to_vec();
        code.extend(firmware_stub(0x1ff000, Return::Branch));
        let text = disassemble(&code, 0x1000, &NoSymbols);
        assert!(text.contains("break.m 0x1ff001"), "{text}");
        assert!(text.contains("br.ret.sptk.many b0;;"), "{text}");
        assert!(text.contains("break.m 0x1ff000"), "{text}");
        assert!(text.contains("br.many b0;;"), "{text}");
    }
}
