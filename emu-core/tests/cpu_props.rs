//! No guest can make the host panic: random code bytes everywhere in RAM
//! (the IVT included) and random machine state, run for a bounded budget.

use emu_core::cpu::state::{psr, Cfm};
use emu_core::cpu::tlb::TlbEntry;
use emu_core::machine::Machine;
use proptest::prelude::*;

const RAM: usize = 64 * 1024;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn random_code_and_state_never_panic(
        code in proptest::collection::vec(any::<u8>(), RAM),
        regs in proptest::collection::vec(any::<u64>(), 32),
        stacked in proptest::collection::vec(any::<u64>(), 8),
        psr_bits in any::<u64>(),
        cfm in any::<u64>(),
        ars in proptest::collection::vec(any::<u64>(), 8),
        crs in proptest::collection::vec(any::<u64>(), 6),
        rr in any::<u64>(),
        pte in any::<u64>(),
        slot in 0u8..3,
        ip in 0u64..(RAM as u64 / 16),
    ) {
        let mut m = Machine::new(RAM);
        m.load(0, &code).unwrap();
        for (i, &v) in regs.iter().enumerate().skip(1) {
            m.cpu.phys[i] = v;
            m.cpu.nat[i] = v & 1 == 1 && i % 3 == 0;
        }
        for (i, &v) in stacked.iter().enumerate() {
            m.cpu.phys[32 + i * 12] = v;
        }
        m.cpu.psr = psr_bits & psr::DEFINED & !psr::IS;
        m.cpu.cfm = Cfm::from_bits(cfm);
        m.cpu.bof = (cfm >> 40) as u32;
        m.cpu.ndirty = (cfm >> 50) as u32 & 0x7f;
        m.cpu.pr = regs[0] | 1;
        for (k, &v) in [16usize, 17, 18, 19, 36, 64, 65, 66].iter().zip(&ars) {
            m.cpu.ar[*k] = v;
        }
        for (k, &v) in [0usize, 1, 2, 8, 23, 66].iter().zip(&crs) {
            m.cpu.cr[*k] = v;
        }
        m.cpu.cr[2] &= RAM as u64 - 1;
        m.cpu.rr = [rr; 8];
        m.cpu.pkr[0] = rr;
        m.cpu.tlb.d.tr[0] = TlbEntry { valid: true, va: 0, ps: (pte % 64) as u8, rid: (rr >> 8) as u32 & 0xff_ffff, pte, key: 0 };
        m.cpu.tlb.i.tr[0] = m.cpu.tlb.d.tr[0];
        m.cpu.timer_armed = true;
        m.assert_interrupt((pte >> 8) as u8);
        m.set_ip(ip * 16, slot);
        let _ = m.run(3000);
        // Resuming after whatever stopped it must not panic either.
        let _ = m.run(500);
    }
}
