//! One test per interruption vector the model raises: raised, handled by
//! a tiny IVT handler that records the interruption registers, and
//! returned from with `rfi` to the right slot.

mod cpu_util;
use cpu_util::*;
use emu_core::cpu::{cr, psr};
use emu_core::machine::Machine;

/// Run `body` (after the IVT setup) and the shared IVT; return the machine.
fn run_with_ivt(name: &str, body: &str) -> Machine {
    let src = format!("_start:\n{SETUP_IVT}\n{body}\n    break 0x1234\n    ;;\n{}", ivt_source());
    run(name, &src)
}

/// The handler ran once for `vector`; returns (iip, ipsr, isr, ifa, iim).
fn handled(m: &Machine, vector: u64) -> (u64, u64, u64, u64, u64) {
    assert_eq!(gr(m, 26), 1, "handler ran once");
    assert_eq!(gr(m, 28), vector, "vector offset");
    (gr(m, 20), gr(m, 21), gr(m, 22), gr(m, 23), gr(m, 24))
}

fn ge_code(isr: u64) -> u64 {
    (isr >> 4) & 0xf
}

#[test]
fn break_is_delivered_and_rfi_returns_to_the_next_slot() {
    let m = run_with_ivt(
        "break",
        r#"
    { .mii
    mov r9 = 1
    break.i 0x42
    mov r10 = 2 ;; }
"#,
    );
    let (iip, ipsr, isr, _, iim) = handled(&m, 0x2c00);
    assert_eq!(iim, 0x42);
    assert_eq!((ipsr >> 41) & 3, 1, "break was in slot 1");
    assert_eq!((isr >> 41) & 3, 1, "ISR.ei names the slot");
    assert_eq!(iip & 0xf, 0);
    assert!(ipsr & psr::IC != 0, "IPSR holds the interrupted PSR");
    assert_eq!((gr(&m, 9), gr(&m, 10)), (1, 2), "execution resumed after the break");
    // The handler ran with collection off, bank 0, cpl 0; rfi restored ic.
    assert!(m.cpu.psr & psr::IC != 0);
}

#[test]
fn illegal_operation_on_a_reserved_template() {
    // A bundle with reserved template 0x1e.
    let m = run_with_ivt(
        "illegal",
        r#"
    .align 16
    data8 0x1e, 0
    mov r10 = 2
    ;;
"#,
    );
    // Every slot of the bundle is illegal: the handler steps over each.
    assert_eq!(gr(&m, 26), 3);
    assert_eq!(gr(&m, 28), 0x5400);
    assert_eq!(ge_code(gr(&m, 22)), 0);
    assert_eq!(gr(&m, 10), 2);
}

#[test]
fn writing_r0_and_registers_outside_the_frame_is_illegal() {
    let m = run_with_ivt(
        "r0",
        r#"
    alloc r2 = ar.pfs, 0, 4, 0, 0
    ;;
    mov r40 = 5
    ;;
"#,
    );
    let (_, _, isr, _, _) = handled(&m, 0x5400);
    assert_eq!(ge_code(isr), 0);
}

/// Drop to cpl 3 and run `user` there.
fn at_cpl3(user: &str) -> String {
    format!(
        r#"
    rsm 0x2000
    ;;
    srlz.d
    mov r3 = psr
    movl r4 = user
    ;;
    dep r3 = -1, r3, 32, 2
    ;;
    dep r3 = -1, r3, 13, 1
    ;;
    mov cr.ipsr = r3
    mov cr.iip = r4
    mov cr.ifs = r0
    ;;
    rfi
    ;;
user:
{user}
"#
    )
}

#[test]
fn privileged_operation_at_cpl3() {
    let m = run_with_ivt("privop", &at_cpl3("    mov r9 = cr.dcr\n    mov r10 = 3\n    ;;\n"));
    let (_, ipsr, isr, _, _) = handled(&m, 0x5400);
    assert_eq!(ge_code(isr), 1, "privileged operation");
    assert_eq!((ipsr >> 32) & 3, 3, "interrupted at cpl 3");
    assert_eq!(gr(&m, 10), 3);
    assert_eq!(m.cpu.cpl(), 3, "rfi went back to cpl 3");
}

#[test]
fn privileged_register_at_cpl3() {
    let m = run_with_ivt("privreg", &at_cpl3("    mov ar.k3 = r9\n    mov r10 = 3\n    ;;\n"));
    let (_, _, isr, _, _) = handled(&m, 0x5400);
    assert_eq!(ge_code(isr), 2, "privileged register");
}

#[test]
fn reserved_register_field() {
    let m = run_with_ivt("resreg", "    movl r9 = 1 << 60\n    ;;\n    mov rr[r0] = r0\n    ;;\n");
    let (_, _, isr, _, _) = handled(&m, 0x5400);
    assert_eq!(ge_code(isr), 3);
}

#[test]
fn nat_consumption() {
    let m = run_with_ivt(
        "nat",
        r#"
    mov r9 = 0
    ;;
    ld8.s r10 = [r9]
    movl r11 = 0x7fffffffffffff00
    ;;
    ld8.s r12 = [r11]
    ;;
    ld8 r13 = [r12]
    ;;
"#,
    );
    let (_, _, isr, _, _) = handled(&m, 0x5600);
    assert_eq!(ge_code(isr), 1, "register NaT consumption");
    assert!(isr & (1 << 34) != 0, "on a read");
    assert!(!nat(&m, 10));
    assert!(nat(&m, 12), "the deferred fault became a NaT");
}

#[test]
fn unaligned_reference() {
    let m = run_with_ivt("unaligned", "    mov r9 = 0x2003\n    ;;\n    ld4 r10 = [r9]\n    ;;\n");
    let (_, _, isr, ifa, _) = handled(&m, 0x5a00);
    assert_eq!(ifa, 0x2003);
    assert!(isr & (1 << 34) != 0);
}

#[test]
fn unsupported_data_reference_for_uncacheable_semaphores() {
    let m = run_with_ivt("unsupported", "    movl r9 = 0x8000000000002000\n    ;;\n    xchg8 r10 = [r9], r0\n    ;;\n");
    handled(&m, 0x5b00);
}

#[test]
fn disabled_fp_register_for_floating_point() {
    let m = run_with_ivt("fp", "    { .mfi\n    nop.m 0\n    fadd f6 = f7, f8\n    nop.i 0 }\n    ;;\n");
    let (_, ipsr, _, _, _) = handled(&m, 0x5500);
    assert_eq!((ipsr >> 41) & 3, 1);
}

#[test]
fn disabled_instruction_set_transition() {
    let m = run_with_ivt("bria", "    mov b6 = r0\n    ;;\n    br.ia.sptk b6\n    ;;\n");
    let (_, _, isr, _, _) = handled(&m, 0x5400);
    assert_eq!(ge_code(isr), 4);
}

#[test]
fn external_interrupt_from_the_interval_timer() {
    // Timer vector 0xef at itc + 50; the handler acknowledges it (ivr),
    // ends it (eoi) through the fixup routine, then returns.
    let src = format!(
        "_start:\n{SETUP_IVT}{}\n    break 0x1234\n    ;;\nfix:\n    mov r31 = cr.ivr\n    ;;\n    mov cr.eoi = r0\n    ;;\n    br.ret.sptk.many b7\n    ;;\n{}",
        r#"
    movl r30 = fix
    mov r29 = 1
    mov r2 = 0xef
    ;;
    mov cr.itv = r2
    mov r3 = ar.itc
    ;;
    adds r3 = 50, r3
    ;;
    mov cr.itm = r3
    mov cr.tpr = r0
    ;;
    ssm 0x4000
    ;;
    mov r9 = 0
    mov r10 = 200
    ;;
spin:
    adds r9 = 1, r9
    ;;
    cmp.lt p6, p0 = r9, r10
(p6) br.cond.sptk spin
    ;;
"#,
        ivt_source()
    );
    let m = run("timer", &src);
    assert_eq!(gr(&m, 28), 0x3000);
    assert_eq!(gr(&m, 26), 1, "one timer interrupt");
    assert_eq!(gr(&m, 31), 0xef, "ivr gave the timer vector");
    assert_eq!(gr(&m, 9), 200, "the loop finished after the interrupt");
    assert_eq!(m.cpu.in_service, [0; 4]);
}

#[test]
fn asserted_interrupts_are_masked_by_psr_i_and_tpr() {
    let (mut m, _) = machine("mask", &format!("_start:\n{SETUP_IVT}\n    mov r9 = 1\n    ;;\n    break 0x1234\n    ;;\n{}", ivt_source()));
    m.assert_interrupt(0x40);
    run_done(&mut m);
    assert_eq!(gr(&m, 26), 0, "psr.i is 0: nothing delivered");
    assert_eq!(m.cpu.irr[1], 1, "still pending");
    m.cpu.psr |= psr::I;
    m.cpu.cr[cr::TPR] = 4 << 4;
    m.skip_instruction();
    let before = m.cpu.ip;
    m.run(3);
    assert_eq!(gr(&m, 26), 0, "class 4 masked by tpr.mic = 4");
    m.cpu.cr[cr::TPR] = 0;
    m.set_ip(before, 0);
    m.run(1);
    assert_eq!(m.cpu.ip, 0x3000 + (m.cpu.cr[cr::IVA]), "delivered to the external interrupt vector");
}

#[test]
fn intercepted_privileged_operation_stops_before_delivery() {
    let src = format!("_start:\n{SETUP_IVT}{}\n    break 0x1234\n    ;;\n{}", at_cpl3("    mov r9 = cr.dcr\n    ;;\n"), ivt_source());
    let (mut m, _) = machine("intercept", &src);
    m.intercepts.general.push(1);
    match m.run(10_000) {
        emu_core::machine::Exit::Intercept(i) => {
            assert_eq!(i.ge_code(), 1);
            assert_eq!(m.cpu.cpl(), 3, "not delivered: still at cpl 3");
            let t = emu_core::isa::table();
            // The supervisor can decode the trapped instruction.
            let _ = t;
        }
        other => panic!("{other:?}"),
    }
    // Emulate: r9 = 0x1234 and continue.
    m.cpu.set_gr(9, 0x1234, false);
    m.skip_instruction();
    run_done(&mut m);
    assert_eq!(gr(&m, 9), 0x1234);
    assert_eq!(gr(&m, 26), 0);
}
