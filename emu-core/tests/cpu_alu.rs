//! Per-instruction semantics of the integer ALU, compares, predication
//! and branches, in physical mode.

mod cpu_util;
use cpu_util::*;

#[test]
fn sum_loop_and_predication() {
    let m = run(
        "sum",
        r#"
_start:
    mov r8 = 0
    mov r9 = 10
    ;;
loop:
    add r8 = r8, r9
    adds r9 = -1, r9
    ;;
    cmp.ne p6, p7 = 0, r9
    ;;
(p6) br.cond.sptk loop
    ;;
(p7) mov r10 = 77
(p6) mov r11 = 88
    break 0x1234
    ;;
"#,
    );
    assert_eq!(gr(&m, 8), 55);
    assert_eq!(gr(&m, 10), 77);
    assert_eq!(gr(&m, 11), 0);
}

#[test]
fn integer_alu() {
    let m = run(
        "alu",
        r#"
_start:
    movl r2 = 0x0123456789abcdef
    movl r3 = 0xfedcba9876543210
    ;;
    add r4 = r2, r3
    add r5 = r2, r3, 1
    sub r6 = r2, r3
    sub r7 = r2, r3, 1
    ;;
    sub r8 = 5, r2
    and r9 = r2, r3
    andcm r10 = r2, r3
    or r11 = -16, r2
    ;;
    xor r14 = r2, r3
    shladd r15 = r2, 3, r3
    adds r16 = -8192, r2
    addl r17 = 0x1fffff, r0
    ;;
    addp4 r18 = r2, r3
    shladdp4 r19 = r2, 1, r3
    addp4 r20 = 1, r3
    ;;
    break 0x1234
    ;;
"#,
    );
    let (a, b) = (0x0123456789abcdefu64, 0xfedcba9876543210u64);
    assert_eq!(gr(&m, 4), a.wrapping_add(b));
    assert_eq!(gr(&m, 5), a.wrapping_add(b).wrapping_add(1));
    assert_eq!(gr(&m, 6), a.wrapping_sub(b));
    assert_eq!(gr(&m, 7), a.wrapping_sub(b).wrapping_sub(1));
    assert_eq!(gr(&m, 8), 5u64.wrapping_sub(a));
    assert_eq!(gr(&m, 9), a & b);
    assert_eq!(gr(&m, 10), a & !b);
    assert_eq!(gr(&m, 11), a | (-16i64 as u64));
    assert_eq!(gr(&m, 14), a ^ b);
    assert_eq!(gr(&m, 15), (a << 3).wrapping_add(b));
    assert_eq!(gr(&m, 16), a.wrapping_sub(8192));
    assert_eq!(gr(&m, 17), 0x1fffff);
    let p4 = |sum: u64, ptr: u64| (sum & 0xffff_ffff) | ((ptr >> 30) & 3) << 61;
    assert_eq!(gr(&m, 18), p4(a.wrapping_add(b), b));
    assert_eq!(gr(&m, 19), p4((a << 1).wrapping_add(b), b));
    assert_eq!(gr(&m, 20), p4(b + 1, b));
}

#[test]
fn compare_types_and_relations() {
    let m = run(
        "cmp",
        r#"
_start:
    mov r2 = -5
    mov r3 = 7
    mov pr = r0, -1
    ;;
    cmp.lt p1, p2 = r2, r3
    cmp.ltu p3, p4 = r2, r3
    cmp4.gt p5, p6 = r2, r3
    ;;
    cmp.eq p7, p8 = 7, r3
    cmp4.geu p9, p10 = r2, r3
    cmp.le p11, p12 = r0, r2
    ;;
    // unc with a false predicate clears both targets.
    cmp.eq p14, p0 = r0, r3
    ;;
(p14) cmp.eq.unc p15, p16 = r3, r3
    // Parallel compares: and, or, or.andcm.
    cmp.eq p17, p18 = r0, r0
    ;;
    cmp.ne.and p17, p18 = r3, r3
    cmp.eq p19, p20 = r0, r3
    ;;
    cmp.eq.or p19, p20 = r3, r3
    cmp.eq p21, p22 = r0, r3
    ;;
    cmp.eq.or.andcm p21, p22 = r3, r3
    tbit.nz p23, p24 = r3, 2
    tbit.z p25, p26 = r3, 3
    // A NaT source clears both targets; unc with a true predicate writes.
    movl r9 = 0x7ffffffffffff000
    ;;
    ld8.s r10 = [r9]       // nothing there: the fault is deferred as a NaT
    cmp.eq p27, p28 = r0, r0
    ;;
    cmp.eq p27, p28 = r10, r0
(p27) cmp.ne.unc p29, p30 = r2, r3
    ;;
    mov r8 = pr
    break 0x1234
    ;;
"#,
    );
    let p = gr(&m, 8);
    let bit = |n: u32| (p >> n) & 1 == 1;
    assert!(bit(1) && !bit(2), "-5 < 7");
    assert!(!bit(3) && bit(4), "unsigned: 2^64-5 > 7");
    assert!(!bit(5) && bit(6), "cmp4.gt");
    assert!(bit(7) && !bit(8));
    assert!(bit(9) && !bit(10), "cmp4.geu: 0xfffffffb >= 7");
    assert!(!bit(11) && bit(12), "0 <= -5 is false");
    assert!(!bit(15) && !bit(16), "unc with qp false clears");
    assert!(!bit(17) && !bit(18), "and-type with a false relation clears both");
    assert!(bit(19) && bit(20), "or-type with a true relation sets both");
    assert!(bit(21) && !bit(22), "or.andcm");
    assert!(bit(23) && !bit(24), "bit 2 of 7 is set");
    assert!(bit(25) && !bit(26), "bit 3 of 7 is clear");
    assert!(!bit(27) && !bit(28), "a NaT operand clears both targets");
    assert!(!bit(29) && !bit(30), "unc under p27, now false");
    assert!(bit(0));
}

#[test]
fn shifts_deposit_extract() {
    let m = run(
        "shift",
        r#"
_start:
    movl r2 = 0x8123456789abcdef
    mov r3 = 12
    ;;
    shl r4 = r2, r3
    shr r5 = r2, r3
    shr.u r6 = r2, r3
    extr r7 = r2, 60, 8
    ;;
    extr.u r8 = r2, 4, 8
    dep r9 = r3, r2, 8, 4
    dep.z r10 = r2, 8, 16
    shrp r11 = r2, r3, 8
    ;;
    dep r14 = -1, r2, 0, 4
    sxt1 r15 = r2
    zxt2 r16 = r2
    sxt4 r17 = r2
    ;;
    czx1.l r18 = r3
    czx1.r r19 = r2
    popcnt r20 = r2
    mux1 r21 = r2, @rev
    ;;
    shl r22 = r2, 4
    shr.u r23 = r2, 60
    mov r24 = 70
    ;;
    shr r25 = r2, r24
    break 0x1234
    ;;
"#,
    );
    let a = 0x8123456789abcdefu64;
    assert_eq!(gr(&m, 4), a << 12);
    assert_eq!(gr(&m, 5), ((a as i64) >> 12) as u64);
    assert_eq!(gr(&m, 6), a >> 12);
    assert_eq!(gr(&m, 7), ((a as i64) >> 60) as u64, "field cut at bit 63, sign-extended");
    assert_eq!(gr(&m, 8), (a >> 4) & 0xff);
    assert_eq!(gr(&m, 9), (a & !0xf00) | 0xc00);
    assert_eq!(gr(&m, 10), (a & 0xffff) << 8);
    assert_eq!(gr(&m, 11), a << 56, "r3 (12) >> 8 contributes nothing");
    assert_eq!(gr(&m, 14), a | 0xf);
    assert_eq!(gr(&m, 15), 0xffff_ffff_ffff_ffef);
    assert_eq!(gr(&m, 16), 0xcdef);
    assert_eq!(gr(&m, 17), 0xffff_ffff_89ab_cdef);
    assert_eq!(gr(&m, 18), 0, "the most significant byte of 12 is zero");
    assert_eq!(gr(&m, 19), 8, "no zero byte");
    assert_eq!(gr(&m, 20), a.count_ones() as u64);
    assert_eq!(gr(&m, 21), a.swap_bytes());
    assert_eq!(gr(&m, 22), a << 4);
    assert_eq!(gr(&m, 23), 8);
    assert_eq!(gr(&m, 25), u64::MAX, "arithmetic shift by >= 64 gives the sign");
}

#[test]
fn parallel_arithmetic() {
    let m = run(
        "mm",
        r#"
_start:
    movl r2 = 0x7f80ff0001020304
    movl r3 = 0x0101010101010101
    ;;
    padd1 r4 = r2, r3
    padd1.sss r5 = r2, r3
    padd1.uuu r6 = r2, r3
    psub2 r7 = r2, r3
    ;;
    pcmp1.eq r8 = r2, r3
    pavg1 r9 = r2, r3
    pmax1.u r10 = r2, r3
    psad1 r11 = r2, r3
    ;;
    unpack1.l r14 = r2, r3
    mix1.r r15 = r2, r3
    pack2.sss r16 = r2, r3
    mux2 r17 = r2, 0x1b
    ;;
    break 0x1234
    ;;
"#,
    );
    // Lanes are little-endian: r2's byte 0 is 0x04, byte 7 is 0x7f.
    assert_eq!(gr(&m, 4), 0x8081000102030405, "modular");
    assert_eq!(gr(&m, 5), 0x7f81000102030405, "signed saturation: 0x7f + 1 stays 0x7f");
    assert_eq!(gr(&m, 6), 0x8081ff0102030405, "unsigned saturation: 0xff + 1 stays 0xff");
    assert_eq!(gr(&m, 7), 0x7e7ffdff00010203);
    assert_eq!(gr(&m, 8), 0x00000000ff000000, "only byte 3 equals 1");
    assert_eq!(gr(&m, 9), 0x4041800101010203, "average: (a + b) >> 1 with the sum's low bit ORed in");
    assert_eq!(gr(&m, 10), 0x7f80ff0101020304);
    assert_eq!(gr(&m, 11), [3, 2, 1, 0, 1, 0xfe, 0x7f, 0x7e].iter().sum::<u64>());
    assert_eq!(gr(&m, 14), 0x0101020103010401, "interleave the low halves, r2 in odd lanes");
    assert_eq!(gr(&m, 15), 0x8001000102010401, "even lanes of both, r2 in odd lanes");
    assert_eq!(gr(&m, 16), 0x7f7f7f7f7f807f7f, "r2's halfwords to the low bytes, saturated");
}
