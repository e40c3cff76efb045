//! No input makes the assembler panic or hang: random bytes, random soups
//! of assembler tokens, and inputs built to hit its limits.

use std::time::{Duration, Instant};

use emu_core::asm::{assemble, AsmOptions, Assembly, Diagnostic, MemProvider};
use emu_core::isa::table;
use proptest::prelude::*;

fn run(src: &str) -> Result<Assembly, Vec<Diagnostic>> {
    let p = MemProvider::single("f.s", src);
    assemble("f.s", &p, &AsmOptions { base: 0x10000, ..Default::default() })
}

/// Pieces of assembler syntax, mixed at random below.
fn vocabulary() -> Vec<String> {
    let mut v: Vec<String> = [
        "\n",
        "\n",
        "\n",
        ";;",
        ";",
        "{",
        "}",
        ",",
        "=",
        "(",
        ")",
        "[",
        "]",
        ":",
        "::",
        "+",
        "-",
        "*",
        "/",
        "%",
        "<<",
        ">>",
        "&",
        "|",
        "^",
        "~",
        "!",
        "==",
        "<=",
        "&&",
        "||",
        "#",
        "//",
        "/*",
        "*/",
        "\"",
        "'",
        "\"str\"",
        "0",
        "1",
        "-1",
        "16",
        "0x7fffffffffffffff",
        "0xffffffffffffffff",
        "0x10000000000000000",
        "1b",
        "1f",
        "2:",
        "1:",
        "foo",
        "foo:",
        "bar",
        ".",
        "(p6)",
        "(p0)",
        "r0",
        "r1",
        "r127",
        "r128",
        "f1",
        "p63",
        "b7",
        "ar.lc",
        "ar.pfs",
        "ar.k0",
        "cr.iva",
        "ip",
        "pr",
        "psr.l",
        "in0",
        "loc3",
        "out1",
        "sp",
        "gp",
        "[r2]",
        "cpuid[r3]",
        "@rev",
        "@pause",
        "@gprel(x)",
        ".text",
        ".data",
        ".bss",
        ".rodata",
        ".section .foo, \"ax\"",
        ".align 16",
        ".align 3",
        ".skip 8",
        ".skip -1",
        ".byte 1",
        ".quad foo",
        "data8 bar",
        ".xdata4 .data, 5",
        ".ascii \"x\"",
        ".string \"y\"",
        ".equ X, 5",
        ".set X, X+1",
        "X = 3",
        "Y == X",
        ".if 1",
        ".if 0",
        ".ifdef foo",
        ".else",
        ".endif",
        ".include \"f.s\"",
        ".proc foo",
        ".endp",
        ".global foo",
        ".type foo, @function",
        ".size foo, . - foo",
        ".regstk 1, 2, 3, 0",
        ".mii",
        ".mlx",
        ".mib",
        ".bbb",
        ".mmf",
        ".prologue",
        ".body",
        ".handlerdata",
        ".lcomm z, 8",
        ".fill 3, 2, 1",
        ".p2align 4",
        "alloc r32 = ar.pfs, 1, 2, 1, 0",
        "movl r1 = foo",
        "br.cond.sptk.few 1b",
        "br.call.sptk.many b0 = foo",
        "mov r1 = 5",
        "add r1 = 5, r2",
        "nop 0",
        "break 0",
        "mov ar.lc = r2",
        "mov r3 = ar.k1",
        "rfi",
        "cover",
        "ld8 r1 = [r2], 8",
        "st8 [r3] = r4",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // A sample of the table's own mnemonics.
    let mut names: Vec<&str> = table().mnemonics().collect();
    names.sort();
    v.extend(names.iter().step_by(names.len() / 80 + 1).map(|s| s.to_string()));
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let src = String::from_utf8_lossy(&bytes).into_owned();
        let t = Instant::now();
        let _ = run(&src);
        prop_assert!(t.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn token_soup_never_panics(picks in proptest::collection::vec(any::<prop::sample::Index>(), 0..120)) {
        let vocab = vocabulary();
        let src: String = picks.iter().map(|i| format!("{} ", vocab[i.index(vocab.len())])).collect();
        let t = Instant::now();
        let r = run(&src);
        prop_assert!(t.elapsed() < Duration::from_secs(5));
        if let Ok(a) = r {
            // Whatever assembles also writes an ELF file.
            prop_assert!(!a.to_elf().is_empty());
        }
    }

    #[test]
    fn instruction_lines_never_panic(picks in proptest::collection::vec(any::<prop::sample::Index>(), 1..8), line in 0usize..50) {
        // A mnemonic with random operands: exercises operand matching.
        let vocab = vocabulary();
        let mut names: Vec<&str> = table().mnemonics().collect();
        names.sort();
        let m = names[line * names.len() / 50];
        let ops: Vec<&str> = picks.iter().map(|i| vocab[i.index(vocab.len())].as_str()).filter(|s| *s != "\n").collect();
        let src = format!("\t{m} {}\n", ops.join(" "));
        let _ = run(&src);
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("\tadds r1 = {}1{}, r0\n", "(".repeat(5000), ")".repeat(5000));
    assert!(run(&deep).is_err());
    let unary = format!("\tadds r1 = {}1, r0\n", "-~".repeat(5000));
    assert!(run(&unary).is_err());
    let long = format!("\t.quad {}1\n", "1+".repeat(100_000));
    let e = run(&long).unwrap_err();
    assert!(e[0].message.contains("too long"), "{e:?}");
}

#[test]
fn include_recursion_is_bounded() {
    let mut p = MemProvider::default();
    for i in 0..40 {
        p.files.insert(format!("f{i}.s"), format!("\t.include \"f{}.s\"\n", i + 1));
    }
    let e = assemble("f0.s", &p, &AsmOptions::default()).unwrap_err();
    assert!(e[0].message.contains("nested too deeply"), "{e:?}");
}

#[test]
fn oversized_inputs_are_refused() {
    let big = "\tnop 0\n".repeat(3 << 20);
    let e = run(&big).unwrap_err();
    assert!(e[0].message.contains("too large"), "{e:?}");
    // Big requests for output are refused before memory is touched.
    for src in [
        "\t.skip 0x7fffffffffffffff\n",
        "\t.fill 0x7fffffffffffffff, 8, 1\n",
        "\t.fill 0x7fffffffffffffff, 0, 1\n",
        "\t.align 0x40000000\n\tnop 0\n",
        ".bss\n\t.skip 0x100000000\n",
    ] {
        let t = Instant::now();
        let _ = run(src);
        assert!(t.elapsed() < Duration::from_secs(2), "{src}");
    }
}

#[test]
fn odd_names_still_make_an_elf_file() {
    for src in [".section \"a\\0b\", \"a\"\n\t.byte 1\n", ".section \"sp ace\", \"a\"\n\t.byte 1\n", "\t.global \"x\"\n\"y\":\n"] {
        if let Ok(a) = run(src) {
            assert!(!a.to_elf().is_empty());
        }
    }
}
