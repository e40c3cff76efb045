//! Loads and stores: sizes, post-increment, byte order (psr.be), spill and
//! fill with ar.unat, speculation (ld.s/chk.s), advanced loads
//! (ld.a/ld.c/chk.a with the ALAT), semaphores, 16-byte accesses.

mod cpu_util;
use cpu_util::*;
use emu_core::cpu::ar;

const DATA: &str = r#"
    .data
    .align 16
buf:
    data8 0x1122334455667788, 0x99aabbccddeeff00
    data8 0, 0, 0, 0
"#;

#[test]
fn sizes_post_increment_and_byte_order() {
    let m = run(
        "ldst",
        &format!(
            r#"
_start:
    movl r2 = buf
    ;;
    ld1 r3 = [r2]
    ld2 r4 = [r2]
    ld4 r5 = [r2]
    ;;
    ld8 r6 = [r2], 8
    ;;
    ld8 r7 = [r2], -8
    mov r9 = 16
    ;;
    ld4 r8 = [r2], r9
    ;;
    mov r10 = 0x5a
    ;;
    st1 [r2] = r10, 2
    ;;
    st2 [r2] = r10
    ;;
    sum 0x2
    ;;
    movl r2 = buf
    ;;
    ld8 r11 = [r2]
    adds r12 = 24, r2
    ;;
    st4 [r12] = r10
    ;;
    rum 0x2
    ;;
    ld4 r14 = [r12]
    break 0x1234
    ;;
{DATA}"#
        ),
    );
    assert_eq!(gr(&m, 3), 0x88);
    assert_eq!(gr(&m, 4), 0x7788);
    assert_eq!(gr(&m, 5), 0x55667788);
    assert_eq!(gr(&m, 6), 0x1122334455667788);
    assert_eq!(gr(&m, 7), 0x99aabbccddeeff00);
    assert_eq!(gr(&m, 8), 0x55667788);
    assert_eq!(gr(&m, 11), 0x8877665544332211, "big-endian load with psr.be");
    assert_eq!(gr(&m, 14), 0x5a000000, "big-endian store read back little-endian");
    let buf = m.cpu.gr(2).unwrap().0;
    assert_eq!(m.cpu.gr(2).map(|g| g.0), Some(buf));
}

#[test]
fn spill_fill_and_speculation() {
    let m = run(
        "spill",
        &format!(
            r#"
_start:
    movl r2 = buf
    mov r20 = 0
    ;;
    ld8.s r3 = [r20]
    movl r4 = 0x7ffffffffffff000
    ;;
    ld8.s r5 = [r4]
    ;;
    st8.spill [r2] = r5, 8
    ;;
    st8.spill [r2] = r3, -8
    ;;
    ld8.fill r6 = [r2], 8
    ;;
    ld8.fill r7 = [r2]
    mov r8 = 0
    ;;
    chk.s r5, recover
    mov r9 = 1
    ;;
    break 0x1234
    ;;
recover:
    mov r8 = 1
    ;;
    break 0x1234
    ;;
{DATA}"#
        ),
    );
    assert!(!nat(&m, 3), "a good speculative load");
    assert!(nat(&m, 5), "a deferred fault");
    assert!(nat(&m, 6), "the NaT went through spill/fill");
    assert!(!nat(&m, 7));
    assert_eq!(m.cpu.ar[ar::UNAT].count_ones(), 1, "ar.unat holds the NaT of the spill slot");
    assert_eq!(gr(&m, 8), 1, "chk.s branched to recovery");
    assert_eq!(gr(&m, 9), 0);
}

#[test]
fn advanced_loads_and_the_alat() {
    let m = run(
        "alat",
        &format!(
            r#"
_start:
    movl r2 = buf
    mov r9 = 77
    ;;
    ld8.a r3 = [r2]
    ld8.a r4 = [r2], 8
    ;;
    st8 [r2] = r9, -8
    ;;
    ld8.c.clr r4 = [r2]
    ld8.c.clr r3 = [r2]
    ;;
    mov r10 = 0
    chk.a.clr r3, fixup
    ;;
back:
    break 0x1234
    ;;
fixup:
    mov r10 = 1
    br.sptk.few back
    ;;
{DATA}"#
        ),
    );
    assert_eq!(gr(&m, 3), 0x1122334455667788, "no intervening store: ld.c kept the value");
    assert_eq!(gr(&m, 4), 0x1122334455667788, "r4's entry survived (store was to buf+8)");
    assert_eq!(gr(&m, 10), 1, "ld.c.clr removed r3's entry, so chk.a recovers");
}

#[test]
fn a_store_invalidates_the_alat_entry() {
    let m = run(
        "alat2",
        &format!(
            r#"
_start:
    movl r2 = buf
    mov r9 = 77
    ;;
    ld8.a r3 = [r2]
    ;;
    st8 [r2] = r9
    ;;
    ld8.c.nc r3 = [r2]
    ;;
    break 0x1234
    ;;
{DATA}"#
        ),
    );
    assert_eq!(gr(&m, 3), 77, "the check load reloaded after the store");
}

#[test]
fn semaphores_and_16_byte_accesses() {
    let m = run(
        "sema",
        &format!(
            r#"
_start:
    movl r2 = buf
    mov r3 = 5
    ;;
    mov ar.ccv = r0
    ;;
    cmpxchg8.acq r4 = [r2], r3, ar.ccv
    ;;
    movl r5 = 0x1122334455667788
    ;;
    mov ar.ccv = r5
    ;;
    cmpxchg8.rel r6 = [r2], r3, ar.ccv
    ;;
    fetchadd8.acq r7 = [r2], 16
    ;;
    xchg4 r8 = [r2], r0
    ;;
    ld8 r9 = [r2]
    ld16 r10, ar.csd = [r2]
    ;;
    mov r11 = ar.csd
    adds r12 = 16, r2
    ;;
    st16 [r12] = r5, ar.csd
    ;;
    ld8 r14 = [r12], 8
    ;;
    ld8 r15 = [r12]
    break 0x1234
    ;;
{DATA}"#
        ),
    );
    assert_eq!(gr(&m, 4), 0x1122334455667788, "compare failed: old value, no store");
    assert_eq!(gr(&m, 6), 0x1122334455667788, "compare succeeded");
    assert_eq!(gr(&m, 7), 5);
    assert_eq!(gr(&m, 8), 21);
    assert_eq!(gr(&m, 9), 0);
    assert_eq!(gr(&m, 11), 0x99aabbccddeeff00);
    assert_eq!((gr(&m, 14), gr(&m, 15)), (0x1122334455667788, 0x99aabbccddeeff00));
}

#[test]
fn self_modifying_code_is_seen() {
    // Overwrite the `mov r8 = 1` bundle with a copy of the `mov r8 = 2`
    // bundle, then run it.
    let m = run(
        "smc",
        r#"
_start:
    movl r2 = target
    movl r3 = source
    ;;
    mov r8 = 0
    br.call.sptk.many b0 = target
    ;;
    ld8 r4 = [r3], 8
    ;;
    ld8 r5 = [r3]
    ;;
    st8 [r2] = r4, 8
    ;;
    st8 [r2] = r5
    ;;
    sync.i
    ;;
    srlz.i
    ;;
    br.call.sptk.many b0 = target
    ;;
    break 0x1234
    ;;
target:
    { .mib
    mov r8 = 1
    nop.i 0
    br.ret.sptk.many b0 ;; }
source:
    { .mib
    mov r8 = 2
    nop.i 0
    br.ret.sptk.many b0 ;; }
"#,
    );
    assert_eq!(gr(&m, 8), 2);
}
