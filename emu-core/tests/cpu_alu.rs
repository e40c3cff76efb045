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
