//! Translation and protection: virtual mode through translation registers
//! and caches, every TLB-class fault with its IFA/ITIR/IHA, access rights
//! by privilege level, protection keys, access and dirty bits, data nested
//! TLB, and the TLB instructions (itc, itr, ptc, ptr, tpa, tak, thash,
//! probe).

mod cpu_util;
use cpu_util::*;
use emu_core::cpu::cr;
use emu_core::cpu::psr;
use emu_core::cpu::tlb::{pte, TlbEntry};
use emu_core::machine::Machine;

const RID: u64 = 0x42;
const RW: u64 = 2 << pte::AR_SHIFT;
const RWX: u64 = 3 << pte::AR_SHIFT;
const GOOD: u64 = pte::P | pte::A | pte::D;

/// A machine whose first 256 KiB (code, IVT, data) are mapped 1:1 by
/// ITR0/DTR0, running in virtual mode with collection on; `body` runs,
/// then `break 0x1234`.
fn vm(name: &str, body: &str) -> (Machine, emu_core::elf::ElfImage) {
    let src = format!("_start:\n{body}\n    break 0x1234\n    ;;\n{}", ivt_source());
    let (mut m, img) = machine(name, &src);
    m.cpu.rr[0] = RID << 8 | 12 << 2;
    let id = TlbEntry { valid: true, va: 0, ps: 18, rid: RID as u32, pte: GOOD | RWX, key: 0 };
    m.cpu.tlb.i.tr[0] = id;
    m.cpu.tlb.d.tr[0] = TlbEntry { va: 0x80_0000, ps: 20, pte: GOOD | RW | 0x80_0000, ..id };
    m.cpu.tlb.d.tr[1] = id;
    m.cpu.cr[cr::IVA] = symbol(&img, "ivt");
    m.cpu.psr |= psr::IT | psr::DT | psr::RT | psr::IC;
    (m, img)
}

/// Map one 4 KiB data page `va` -> `pa` in the DTC with `bits`.
fn map(m: &mut Machine, va: u64, pa: u64, bits: u64, key: u32) {
    m.cpu.tlb.d.insert_tc(TlbEntry { valid: true, va, ps: 12, rid: RID as u32, pte: bits | pa, key });
}

fn fault(m: &Machine) -> (u64, u64, u64) {
    assert_eq!(gr(m, 26), 1, "one interruption");
    (gr(m, 28), gr(m, 22), gr(m, 23))
}

const LOAD: &str = "    movl r9 = 0x100008\n    ;;\n    ld8 r10 = [r9]\n    ;;\n";
const STORE: &str = "    movl r9 = 0x100008\n    mov r11 = 7\n    ;;\n    st8 [r9] = r11\n    ;;\n";

#[test]
fn translated_accesses_reach_the_mapped_frame() {
    let (mut m, _) = vm("map", &format!("{LOAD}{STORE}    ld8 r12 = [r9]\n    ;;\n"));
    map(&mut m, 0x100000, 0x30000, GOOD | RW, 0);
    m.write_phys(0x30008, 8, 0x1122).unwrap();
    run_done(&mut m);
    assert_eq!(gr(&m, 26), 0);
    assert_eq!(gr(&m, 10), 0x1122);
    assert_eq!(m.read_phys(0x30008, 8).unwrap(), 7, "the store went to the frame");
    assert_eq!(gr(&m, 12), 7);
}

#[test]
fn alternate_data_tlb_miss_without_the_vhpt() {
    let (mut m, _) = vm("altd", LOAD);
    run_done(&mut m);
    let (v, isr, ifa) = fault(&m);
    assert_eq!((v, ifa), (0x1000, 0x100008));
    assert!(isr & (1 << 34) != 0, "a read");
    assert_eq!(gr(&m, 17), RID << 8 | 12 << 2, "ITIR: the region's page size and id");
}

#[test]
fn data_tlb_miss_with_the_vhpt_enabled_sets_iha() {
    let (mut m, _) = vm("dtlb", LOAD);
    m.cpu.rr[0] |= 1;
    m.cpu.cr[cr::PTA] = 0x20_0000 | 15 << 2 | 1;
    run_done(&mut m);
    let (v, _, _) = fault(&m);
    assert_eq!(v, 0x0800);
    assert_eq!(gr(&m, 18), m.cpu.thash(0x100008));
    assert_eq!(gr(&m, 18), 0x20_0000 | (0x100008 >> 12) << 3);
}

#[test]
fn page_not_present() {
    let (mut m, _) = vm("notpresent", LOAD);
    map(&mut m, 0x100000, 0x30000, RW | pte::A, 0);
    run_done(&mut m);
    assert_eq!(fault(&m).0, 0x5000);
}

#[test]
fn access_rights_on_a_read_only_page() {
    let (mut m, _) = vm("rights", STORE);
    map(&mut m, 0x100000, 0x30000, GOOD, 0);
    run_done(&mut m);
    let (v, isr, _) = fault(&m);
    assert_eq!(v, 0x5300);
    assert!(isr & (1 << 33) != 0, "a write");
}

#[test]
fn dirty_and_access_bits() {
    let (mut m, _) = vm("dirty", STORE);
    map(&mut m, 0x100000, 0x30000, pte::P | pte::A | RW, 0);
    run_done(&mut m);
    assert_eq!(fault(&m).0, 0x2000);
    let (mut m, _) = vm("access", LOAD);
    map(&mut m, 0x100000, 0x30000, pte::P | RW, 0);
    run_done(&mut m);
    assert_eq!(fault(&m).0, 0x2800);
}

#[test]
fn protection_keys_miss_and_permission() {
    let (mut m, _) = vm("keymiss", LOAD);
    map(&mut m, 0x100000, 0x30000, GOOD | RW, 5);
    m.cpu.psr |= psr::PK;
    m.cpu.pkr[1] = 1; // key 0 (code, IVT, stack) valid and allowed
    run_done(&mut m);
    assert_eq!(fault(&m).0, 0x1c00);
    let (mut m, _) = vm("keyperm", STORE);
    map(&mut m, 0x100000, 0x30000, GOOD | RW, 5);
    m.cpu.psr |= psr::PK;
    m.cpu.pkr[0] = 5 << 8 | 2 | 1; // valid, write disabled
    m.cpu.pkr[1] = 1;
    run_done(&mut m);
    assert_eq!(fault(&m).0, 0x5100);
}

#[test]
fn privilege_levels_of_pages() {
    // A page at pl 0 is not readable from cpl 3; the same page at pl 3 is.
    let user = "    movl r9 = 0x100008\n    ;;\n    ld8 r10 = [r9]\n    ;;\n";
    let (mut m, _) = vm("pl", user);
    map(&mut m, 0x100000, 0x30000, GOOD | RW, 0);
    m.cpu.tlb.i.tr[0].pte |= 3 << pte::PL_SHIFT;
    m.cpu.tlb.d.tr[1].pte |= 3 << pte::PL_SHIFT;
    m.cpu.tlb.d.tr[0].pte |= 3 << pte::PL_SHIFT;
    m.cpu.psr |= 3 << 32;
    // The done-break and the handler run at cpl 3 until the fault: the
    // handler itself runs at cpl 0.
    run_done(&mut m);
    assert_eq!(fault(&m).0, 0x5300);
    let (mut m, _) = vm("pl3", user);
    map(&mut m, 0x100000, 0x30000, GOOD | RW | 3 << pte::PL_SHIFT, 0);
    m.cpu.tlb.i.tr[0].pte |= 3 << pte::PL_SHIFT;
    m.cpu.psr |= 3 << 32;
    run_done(&mut m);
    assert_eq!(gr(&m, 26), 0);
}

#[test]
fn alternate_instruction_tlb_miss() {
    let (mut m, _) = vm("alti", "    movl r9 = 0x200000\n    ;;\n    mov b6 = r9\n    ;;\n    br.call.sptk.many b0 = b6\n    ;;\n");
    // The handler would return to the unmapped page: stop at the fault.
    m.intercepts.vectors.push(emu_core::cpu::Vector::AltInstructionTlb);
    match m.run(10_000) {
        emu_core::machine::Exit::Intercept(i) => {
            assert_eq!(i.ifa, Some(0x200000));
            assert_eq!(i.isr & (1 << 32), 1 << 32, "ISR.x");
        }
        e => panic!("{e:?}"),
    }
}

#[test]
fn data_nested_tlb_when_collection_is_off() {
    let (mut m, _) = vm("nested", &format!("    rsm 0x2000\n    ;;\n{LOAD}"));
    let iip = m.cpu.cr[cr::IIP];
    // With psr.ic = 0 nothing is collected: step until the vector is reached.
    let target = m.cpu.cr[cr::IVA] + 0x1400;
    let reached = (0..100).any(|_| {
        m.run(1);
        m.cpu.ip == target
    });
    assert!(reached, "delivered to Data Nested TLB");
    assert_eq!(m.cpu.cr[cr::IIP], iip, "IIP not written");
    assert_eq!(m.cpu.cr[cr::IFA], 0, "IFA not written");
}

#[test]
fn tlb_instructions() {
    // itc.d a page, use it, tpa/tak/thash/probe it, purge it, miss.
    let body = r#"
    rsm 0x2000
    ;;
    srlz.d
    movl r2 = 0x100000
    mov r3 = 12 << 2
    ;;
    mov cr.ifa = r2
    mov cr.itir = r3
    movl r4 = 0x30000 | 0x61 | (2 << 9)
    ;;
    itc.d r4
    ;;
    srlz.d
    movl r9 = 0x100010
    ;;
    ld8 r10 = [r9]
    tpa r11 = r9
    tak r12 = r9
    thash r13 = r9
    probe.r r14 = r9, 0
    probe.w r15 = r9, 3
    ;;
    ptc.l r9, r3
    ;;
    srlz.d
    mov r29 = 0
    ssm 0x2000
    ;;
    srlz.d
    ld8 r16 = [r9]
    ;;
"#;
    let (mut m, _) = vm("insns", body);
    m.write_phys(0x30010, 8, 99).unwrap();
    run_done(&mut m);
    assert_eq!(gr(&m, 10), 99);
    assert_eq!(gr(&m, 11), 0x30010);
    assert_eq!(gr(&m, 12), 0, "key 0");
    assert_eq!(gr(&m, 13), m.cpu.thash(0x100010));
    assert_eq!((gr(&m, 14), gr(&m, 15)), (1, 0), "readable at pl 0, not at pl 3");
    assert_eq!(gr(&m, 28), 0x1000, "after ptc.l the page misses");
    assert_eq!(gr(&m, 26), 1);
}

#[test]
fn itr_and_ptr() {
    let body = r#"
    rsm 0x2000
    ;;
    srlz.d
    movl r2 = 0x100000
    mov r3 = 12 << 2
    ;;
    mov cr.ifa = r2
    mov cr.itir = r3
    movl r4 = 0x30000 | 0x61 | (2 << 9)
    mov r5 = 3
    ;;
    itr.d dtr[r5] = r4
    ;;
    srlz.d
    movl r9 = 0x100010
    ;;
    ld8 r10 = [r9]
    ;;
    ptr.d r9, r3
    ;;
    tak r12 = r9
    ;;
"#;
    let (mut m, _) = vm("itr", body);
    m.write_phys(0x30010, 8, 5).unwrap();
    run_done(&mut m);
    assert_eq!(gr(&m, 10), 5);
    assert_eq!(gr(&m, 12), 1, "tak finds no translation after ptr.d");
    assert!(!m.cpu.tlb.d.tr[3].valid);
}

/// Branch to a code page at 0x200000 mapped (or not) by `entry`; the
/// instruction-side fault is intercepted (its handler would return to the
/// same page).
fn fetch_fault(name: &str, setup: impl Fn(&mut Machine)) -> emu_core::cpu::Interruption {
    let (mut m, _) = vm(name, "    movl r9 = 0x200000\n    ;;\n    mov b6 = r9\n    ;;\n    br.call.sptk.many b0 = b6\n    ;;\n");
    setup(&mut m);
    use emu_core::cpu::Vector::*;
    m.intercepts.vectors.extend([InstructionTlb, AltInstructionTlb, InstructionAccessRights, InstructionAccessBit, InstructionKeyMiss, KeyPermission]);
    match m.run(10_000) {
        emu_core::machine::Exit::Intercept(i) => {
            assert_eq!(i.ifa, Some(0x200000));
            assert_eq!(m.cpu.ip, 0x200000, "stopped at the target bundle");
            i
        }
        e => panic!("{e:?}"),
    }
}

#[test]
fn instruction_side_faults() {
    use emu_core::cpu::Vector::*;
    let itc = |m: &mut Machine, bits: u64, key: u32| {
        m.cpu.tlb.i.insert_tc(TlbEntry { valid: true, va: 0x200000, ps: 12, rid: RID as u32, pte: bits | 0x30000, key })
    };
    assert_eq!(fetch_fault("itlb", |m| {
        m.cpu.rr[0] |= 1;
        m.cpu.cr[cr::PTA] = 0x20_0000 | 15 << 2 | 1;
    }).vector, InstructionTlb);
    assert_eq!(fetch_fault("rightsx", |m| itc(m, GOOD | RW, 0)).vector, InstructionAccessRights);
    assert_eq!(fetch_fault("abitx", |m| itc(m, pte::P | RWX, 0)).vector, InstructionAccessBit);
    assert_eq!(fetch_fault("keyx", |m| {
        itc(m, GOOD | RWX, 9);
        m.cpu.psr |= psr::PK;
        m.cpu.pkr[1] = 1;
    }).vector, InstructionKeyMiss);
    assert_eq!(fetch_fault("keypx", |m| {
        itc(m, GOOD | RWX, 9);
        m.cpu.psr |= psr::PK;
        m.cpu.pkr[1] = 1;
        m.cpu.pkr[2] = 9 << 8 | 8 | 1; // execute disabled
    }).vector, KeyPermission);
}
