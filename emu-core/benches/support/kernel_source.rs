//! A generated kernel-like source for assembler benchmarks (shared by the
//! in-process bench here and the whole-process comparison with GNU as in
//! vmm/benches).

use std::fmt::Write;

/// About `lines` lines of kernel-like assembly.
pub fn kernel_source(lines: usize) -> String {
    let mut s = String::from("\t.text\n\t.global _start\n");
    let mut n: usize = 0;
    while s.lines().count() < lines {
        let _ = write!(
            s,
            "\t.proc fn{n}\nfn{n}:\n\t.regstk 2, 4, 2, 0\n\
             \tadd loc0 = in0, in1\n\tadds loc1 = 16, in0 ;;\n\
             \tld8 loc2 = [loc1], 8\n\tcmp.eq p6, p7 = loc0, r0 ;;\n\
             (p6)\tbr.cond.dpnt.few 1f\n\tmovl r14 = table{m} + 8 ;;\n\
             \tst8 [r14] = loc2\n\tshladd loc3 = loc2, 3, r14\n\tsub out0 = loc3, loc0 ;;\n\
             {{ .mib\n\tnop.m 0\n\tmov out1 = loc1\n\tbr.call.sptk.many b0 = fn{p} ;;\n}}\n\
             1:\tand r8 = 0x7f, loc0\n\tor r9 = r8, loc2 ;;\n\
             \tbr.ret.sptk.many b0 ;;\n\t.endp fn{n}\n",
            m = n % 16,
            p = n.saturating_sub(1),
        );
        n += 1;
    }
    s.push_str("\t.data\n");
    for m in 0..16 {
        let _ = writeln!(s, "table{m}:\tdata8 {m}, fn{m}, table{m}\n\t.skip 64");
    }
    s
}

