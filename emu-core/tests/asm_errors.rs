//! The assembler's error messages: bad inputs, each with the exact
//! `file:line:column: error: message` a student sees.

use emu_core::asm::{assemble, AsmOptions, Diagnostic, MemProvider, Severity};

fn diags(files: &[(&str, &str)]) -> Vec<Diagnostic> {
    let mut p = MemProvider::default();
    for (name, text) in files {
        p.files.insert(name.to_string(), text.to_string());
    }
    match assemble(files[0].0, &p, &AsmOptions::default()) {
        Ok(a) => panic!("{:?} assembled, with warnings {:?}", files[0].1, a.warnings),
        Err(d) => d,
    }
}

/// (source of main.s, the first error exactly).
const CASES: &[(&str, &str)] = &[
    ("\tad r1 = r2, r3\n", "main.s:1:2: error: unknown instruction `ad` (did you mean `add` or `and` or `addl`?)"),
    ("\tadd r130 = r2, r3\n", "main.s:1:6: error: r130 is not a register: general registers are r0-r127"),
    ("(p64)\tadd r1 = r2, r3\n", "main.s:1:2: error: p64 is not a register: predicate registers are p0-p63"),
    ("\tadds r1 = 9000, r2\n", "main.s:1:12: error: immediate 9000 does not fit: adds needs a 14-bit integer (-8192..8191)"),
    ("\tcmp.eq p1, p2 = 300, r3\n", "main.s:1:18: error: immediate 300 does not fit: cmp.eq needs an 8-bit integer (-128..127)"),
    ("\tnop.i -1\n", "main.s:1:8: error: immediate -1 does not fit: nop.i needs a 21-bit unsigned integer (0..0x1fffff)"),
    ("\tmov r1 = 0x400000\n", "main.s:1:11: error: immediate 0x400000 does not fit: mov needs a 22-bit integer (-2097152..2097151)"),
    ("\tshladd r1 = r2, 5, r3\n", "main.s:1:18: error: immediate 5 does not fit: shladd needs a 2-bit count (1-4)"),
    ("\taddl r1 = 5, r4\n", "main.s:1:15: error: r4 does not fit: `addl` needs a general register r0-r3"),
    ("\tadd r1 = r2\n", "main.s:1:2: error: `add` takes 3 or 4 operands, not 2: add r1 = r2, r3 / add r1 = r2, r3, 1"),
    ("\tadd r1, r2, r3\n", "main.s:1:2: error: `add` needs `=` after its 1 output: add r1 = r2, r3"),
    ("\tadd r1 = r2, r3, r4\n", "main.s:1:19: error: operand 4 of `add` should be the constant 1, not r4"),
    ("\tmovl r1 = r2\n", "main.s:1:12: error: operand 2 of `movl` should be a 64-bit integer, not r2"),
    ("\tadd r1 = r2 + r3, r4\n", "main.s:1:11: error: `r2` is a register; an expression needs a number or a symbol here"),
    ("\tadd r1 = r2 = r3\n", "main.s:1:14: error: an instruction has only one `=`"),
    ("\tadds r1 = 5,\n", "main.s:1:14: error: an operand is missing at the end"),
    ("\tld8 r1 = [r2\n", "main.s:1:13: error: missing `]`"),
    ("\tmov.i ar.k0 = r1\n", "main.s:1:8: error: ar.k0 can only be accessed by the M unit: use `mov.m` (or plain `mov`)"),
    ("\tmovl r1 = undefined_sym\n", "main.s:1:12: error: undefined symbol `undefined_sym`"),
    ("foo:\tnop 0\nfoo:\tnop 0\n", "main.s:2:1: error: `foo` is already defined (first at line 1)"),
    ("\tx = 5\nx:\n", "main.s:2:1: error: `x` is already defined (first at line 1)"),
    ("\t.equiv A, 1\n\t.equiv A, 2\n", "main.s:2:2: error: `A` is already defined (.equiv does not redefine)"),
    ("\t.equ x, y\n\t.equ y, x\n\tadds r1 = x, r0\n", "main.s:3:2: error: `y` is defined in terms of itself"),
    ("\tbr.cond.sptk.few 1b\n", "main.s:1:19: error: `1b` refers back to a label `1:`, but there is none before it"),
    ("\tbr.cond.sptk.few 2f\n", "main.s:1:19: error: local label 2 is never defined"),
    (
        "\tbr.call.sptk.many b0 = far\n\t.skip 0x2000000\nfar:\tnop 0\n",
        "main.s:1:25: error: the branch target is out of reach: br.call.sptk.many needs a branch target within 16 MiB (displacement 0x2000010)",
    ),
    ("\tbr.cond.sptk.few 0x1234\n", "main.s:1:19: error: the branch target is not the start of a bundle (displacement 0x1234)"),
    (".if 1\n\tnop 0\n", "main.s:1:1: error: this `.if` has no matching `.endif`"),
    ("\t.endif\n", "main.s:1:2: error: `.endif` without `.if`"),
    (".else\n", "main.s:1:1: error: `.else` without `.if`"),
    ("\t.if x\n\t.endif\n", "main.s:1:6: error: a condition must be a constant known at this point: `x` is not defined yet"),
    ("\t.mxi\n", "main.s:1:2: error: unknown directive `.mxi`"),
    ("\t.frobnicate 3\n", "main.s:1:2: error: unknown directive `.frobnicate`"),
    ("{ .mii\n\tnop.b 0\n}\n", "main.s:2:2: error: `nop.b` does not fit into an MII bundle: it needs a B slot"),
    (
        "{ .mii\n\tnop.m 0\n\tnop.i 0\n\tnop.i 0\n\tnop.i 0\n}\n",
        "main.s:5:2: error: `nop.i` does not fit into the bundle: a bundle holds three instructions",
    ),
    (
        "{ .mib\n\tadd r1 = r2, r3\n\tadd r1 = r2, r3\n\tadd r1 = r2, r3\n}\n",
        "main.s:4:2: error: `add` cannot go in slot 3 (B) of an MIB bundle: it needs an M or I slot",
    ),
    (
        "1:\n{ .mbb\n\tbr.cloop.sptk.few 1b\n\tnop.b 0\n}\n",
        "main.s:3:2: error: `br.cloop.sptk.few` must be the last instruction of its bundle (slot 3)",
    ),
    (
        "{ .mib\n\tnop.m 0\n\trfi\n\tnop.b 0\n}\n",
        "main.s:3:2: error: `rfi` must be the last instruction of its instruction group: put `;;` right after it",
    ),
    ("{ .mii\n\tnop.m 0\nx:\tnop.i 0\n}\n", "main.s:3:4: error: a label must name the first instruction of a bundle"),
    ("{ .mii\n\tnop.m 0\n", "main.s:1:1: error: this `{` has no matching `}`"),
    ("\tadds r1 = 3 +, r2\n", "main.s:1:15: error: expected an expression"),
    ("\t.quad 1 <<\n", "main.s:1:12: error: expected an expression"),
    ("\tadds r1 = 1 / 0, r2\n", "main.s:1:12: error: division by zero"),
    ("\t.byte 1 2\n", "main.s:1:10: error: expected `,` between values, found `2`"),
    ("\t.byte \"x\"\n", "main.s:1:8: error: a string cannot be used in an expression"),
    ("\t.ascii \"abc\n", "main.s:1:9: error: this string has no closing `\"`"),
    ("/* unterminated\n", "main.s:1:1: error: this comment `/*` is never closed with `*/`"),
    ("\t.include \"nope.s\"\n", "main.s:1:2: error: cannot include `nope.s`: no file named `nope.s`"),
    ("\t.include \"main.s\"\n", "main.s:1:2: error: include cycle: main.s -> main.s"),
    ("\t.data\n\tadd r1 = r2, r3\n", "main.s:2:2: error: instructions must be in a code section such as .text, not in .data"),
    ("(p6)\t.byte 1\n", "main.s:1:1: error: `.byte` is a directive and cannot be predicated"),
    ("\tmov r1 = in0\n", "main.s:1:11: error: in0 needs a register frame: write `alloc` (or `.regstk`) before using inN registers"),
    (
        "\t.regstk 1, 2, 0, 0\n\tmov r1 = loc2\n",
        "main.s:2:11: error: loc2 is outside the register frame: the last alloc declared 2 local registers (loc0-loc1)",
    ),
    ("\talloc r1 = ar.pfs, 90, 10, 0, 0\n", "main.s:1:21: error: the frame has 90+10+0 registers: a frame holds at most 96"),
    ("\t(p1) alloc r1 = ar.pfs, 1, 2, 3, 0\n", "main.s:1:7: error: `alloc` cannot be predicated: remove the (p1)"),
    ("\tmov ar.lc = ar.ec\n", "main.s:1:14: error: operand 2 of `mov` should be a general register (r0-r127), not ar.ec"),
    ("\t.endp\n", "main.s:1:2: error: `.endp` without a `.proc` before it"),
    ("\t.proc foo\n\tnop 0\n", "main.s:1:2: error: `.proc foo` has no matching `.endp`"),
    ("\t.skip -1\n", "main.s:1:8: error: cannot skip a negative number of bytes (-1)"),
    ("\t.align 3\n", "main.s:1:9: error: alignment 3 is not a power of 2 (up to 2^30)"),
    ("\t.bss\n\t.byte 1\n", "main.s:2:8: error: .bss holds only zeros: reserve space with .skip instead"),
    (
        "\tmovl r1 = @gprel(x)\n",
        "main.s:1:12: error: `@gprel` is not supported: relocation operators (@gprel, @ltoff, ...) are out of scope because ia64play links at assembly time (use movl r = symbol)",
    ),
    ("\t.type foo, @banana\n", "main.s:1:13: error: unknown symbol type `banana`: use @function, @object or @notype"),
    ("\t.skip 0x10000000\n", "main.s:1:2: error: the output would be too large: at most 64 MiB"),
];

#[test]
fn each_bad_input_gets_its_message() {
    let mut bad = Vec::new();
    for (src, want) in CASES {
        let d = diags(&[("main.s", src)]);
        let got = d.iter().find(|d| d.severity == Severity::Error).map(|d| d.to_string()).unwrap_or_default();
        if got != *want {
            bad.push(format!("{src:?}\n   want {want}\n   got  {got}"));
        }
    }
    assert!(CASES.len() >= 25);
    assert!(bad.is_empty(), "{} of {} messages differ:\n{}", bad.len(), CASES.len(), bad.join("\n"));
}

#[test]
fn several_errors_are_reported_in_one_pass() {
    let d = diags(&[("main.s", "\tad r1 = r2, r3\n\tadd r1 = r2, r3\n\tadds r1 = 9000, r2\n\tmovl r2 = nowhere\n\t.bogus\n")]);
    let lines: Vec<u32> = d.iter().map(|d| d.line).collect();
    assert_eq!(lines, vec![1, 3, 5, 4], "{d:?}");
}

#[test]
fn includes_report_the_included_file() {
    let d = diags(&[("a.s", "\t.include \"b.s\"\n"), ("b.s", "\tnop 0\n\t.include \"a.s\"\n")]);
    assert_eq!(d[0].to_string(), "b.s:2:2: error: include cycle: a.s -> b.s -> a.s");
    let d = diags(&[("a.s", "\t.include \"b.s\"\n"), ("b.s", "\n\tadd r1 = r2\n")]);
    assert_eq!(d[0].file, "b.s");
    assert_eq!(d[0].line, 2);
}

#[test]
fn a_missing_main_file_is_an_error() {
    let p = MemProvider::default();
    let d = assemble("gone.s", &p, &AsmOptions::default()).unwrap_err();
    assert_eq!(d[0].to_string(), "gone.s:1:1: error: no file named `gone.s`");
}

#[test]
fn too_many_errors_stop_the_assembly() {
    let src = "\tbogus\n".repeat(1000);
    let d = diags(&[("main.s", &src)]);
    assert!(d.len() <= 101, "{}", d.len());
    assert!(d.last().unwrap().message.contains("stopping"));
}

#[test]
fn warnings_do_not_fail_the_assembly() {
    let p = MemProvider::single("w.s", "\t.byte 300\n\t}\n");
    let a = assemble("w.s", &p, &AsmOptions::default()).unwrap();
    let w: Vec<String> = a.warnings.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        w,
        vec![
            "w.s:1:8: warning: value 0x12c does not fit in 1 byte: truncated".to_string(),
            "w.s:2:2: warning: found `}` without an explicit bundle open".to_string(),
        ]
    );
}

#[test]
fn outputs_that_cannot_work_are_warned_about() {
    let src = "\tadd r0 = r1, r2\n\tcmp.eq p6, p6 = r1, r2\n\tld8 r3 = [r3], 8\n\tst8 [r0] = r1, 8 ;;\n";
    let p = MemProvider::single("w.s", src);
    let a = assemble("w.s", &p, &AsmOptions::default()).unwrap();
    let w: Vec<String> = a.warnings.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        w,
        vec![
            "w.s:1:6: warning: writing r0 has no effect: r0 always reads as 0",
            "w.s:2:13: warning: p6 is written twice: the two predicate outputs must differ",
            "w.s:3:6: warning: r3 is both loaded and updated as the base address: the result is undefined",
            "w.s:4:6: warning: r0 cannot be updated as a base address",
        ]
    );
}
