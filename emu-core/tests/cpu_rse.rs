//! Register stack engine: call chains deeper than the 96 physical stacked
//! registers (mandatory spills and fills through the backing store), and
//! a context switch through flushrs, ar.bspstore and ar.rnat, and loadrs.

mod cpu_util;
use cpu_util::*;
use emu_core::cpu::ar;

/// `f(n)`: 6-register frame; keeps 3n in a local across the call and
/// counts mismatches in r9; returns the sum 1..n in r8. At depth 0 it
/// calls the routine whose address is in r30 (if any).
const RECURSE: &str = r#"
f:
    alloc r34 = ar.pfs, 1, 4, 1, 0
    mov r35 = b0
    shladd r33 = r32, 1, r32
    cmp.eq p6, p7 = 0, r32
    ;;
(p6) cmp.ne.unc p10, p0 = 0, r30
    ;;
(p10) mov b6 = r30
(p10) br.call.sptk.many b0 = b6
    ;;
(p6) br.cond.dpnt done
    adds r37 = -1, r32
    br.call.sptk.many b0 = f
    ;;
    add r8 = r8, r32
    shladd r36 = r32, 1, r32
    ;;
    cmp.ne p8, p0 = r33, r36
    ;;
(p8) adds r9 = 1, r9
done:
    mov ar.pfs = r34
    mov b0 = r35
    ;;
    br.ret.sptk.many b0
    ;;
"#;

fn program(depth: u32, at_bottom: &str) -> String {
    format!(
        r#"
_start:
    alloc r2 = ar.pfs, 0, 0, 1, 0
    mov r32 = {depth}
    mov r8 = 0
    mov r9 = 0
    movl r30 = {target}
    ;;
    br.call.sptk.many b0 = f
    ;;
    break 0x1234
    ;;
{RECURSE}
{at_bottom}
"#,
        target = if at_bottom.is_empty() { "0" } else { "bottom" }
    )
}

#[test]
fn deep_call_chain_spills_and_fills() {
    let (mut m, _) = machine("deep", &program(200, ""));
    let bspstore0 = m.cpu.ar[ar::BSPSTORE];
    run_done(&mut m);
    assert_eq!(gr(&m, 8), 200 * 201 / 2);
    assert_eq!(gr(&m, 9), 0, "every local survived spill and fill");
    assert_eq!(m.cpu.ar[ar::BSP], bspstore0, "back at the base frame");
    // f(200)'s preserved frame went first to the backing store: in0=200, 3n=600.
    assert_eq!(m.read_phys(bspstore0, 8).unwrap(), 200);
    assert_eq!(m.read_phys(bspstore0 + 8, 8).unwrap(), 600);
    // 200 frames of 5 preserved registers reached memory (with collections).
    assert!(m.cpu.ar[ar::BSPSTORE] <= bspstore0);
}

#[test]
fn context_switch_through_flushrs_and_bspstore() {
    // At the bottom of a 40-deep chain: flush, park this stack, run a
    // 30-deep chain on a fresh backing store, flush it, switch back.
    let bottom = r#"
bottom:
    alloc r32 = ar.pfs, 0, 8, 1, 0
    mov r33 = b0
    ;;
    flushrs
    ;;
    mov ar.rsc = r0
    ;;
    mov r34 = ar.bspstore
    ;;
    mov r35 = ar.rnat
    movl r36 = 0x900000
    ;;
    mov ar.bspstore = r36
    ;;
    mov r37 = r8
    mov r38 = r9
    mov r8 = 0
    mov r9 = 0
    mov r30 = 0
    mov r40 = 30
    ;;
    br.call.sptk.many b0 = f
    ;;
    mov r14 = r8
    mov r15 = r9
    mov r8 = r37
    mov r9 = r38
    ;;
    flushrs
    ;;
    mov ar.bspstore = r34
    ;;
    mov ar.rnat = r35
    mov ar.pfs = r32
    mov b0 = r33
    ;;
    br.ret.sptk.many b0
    ;;
"#;
    let (mut m, _) = machine("switch", &program(40, bottom));
    run_done(&mut m);
    assert_eq!(gr(&m, 14), 30 * 31 / 2, "the other stack ran");
    assert_eq!(gr(&m, 15), 0);
    assert_eq!(
        gr(&m, 8),
        40 * 41 / 2,
        "the first stack resumed from memory"
    );
    assert_eq!(gr(&m, 9), 0);
    // The switch routine's frame was the first thing spilled on the new
    // stack: its r32 is the ar.pfs it saved.
    assert_ne!(m.read_phys(0x900000, 8).unwrap(), 0);
}

#[test]
fn loadrs_reloads_a_flushed_stack() {
    // At the bottom: flush, stop (the test scribbles over the stacked
    // registers), then loadrs the whole stack back and return.
    let bottom = r#"
bottom:
    alloc r16 = ar.pfs, 0, 0, 0, 0
    mov r17 = b0
    ;;
    flushrs
    ;;
    break 0x99
    ;;
    mov r20 = ar.bsp
    movl r21 = 0x800000
    ;;
    sub r22 = r20, r21
    ;;
    shl r22 = r22, 16
    ;;
    mov ar.rsc = r22
    ;;
    loadrs
    ;;
    mov r19 = ar.bspstore
    mov ar.pfs = r16
    mov b0 = r17
    ;;
    br.ret.sptk.many b0
    ;;
"#;
    let src = program(15, bottom);
    let (mut m, _) = machine("loadrs", &src);
    m.intercepts.breaks.push(0x99..=0x99);
    match m.run(1_000_000) {
        emu_core::machine::Exit::Intercept(_) => {}
        e => panic!("{e:?}"),
    }
    assert_eq!(m.cpu.ndirty, 0, "flushrs left nothing dirty");
    assert_eq!(m.cpu.cfm.sof, 0);
    let keep = m.cpu.cfm.sof as usize;
    let bof = m.cpu.bof as usize;
    for i in 0..96 {
        if (i + 96 - bof) % 96 >= keep {
            m.cpu.phys[32 + i] = 0xdead_beef;
        }
    }
    m.skip_instruction();
    run_done(&mut m);
    assert_eq!(
        gr(&m, 19),
        0x800000,
        "loadrs moved bspstore down to bsp - loadrs"
    );
    assert_eq!(gr(&m, 8), 15 * 16 / 2);
    assert_eq!(gr(&m, 9), 0);
}
