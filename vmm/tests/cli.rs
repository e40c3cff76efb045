//! The `ia64play` command line: asm and disasm on real files.

use std::path::PathBuf;
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_ia64play"))
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("ia64play-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn asm_then_disasm_round_trips_and_objdump_agrees() {
    let d = scratch("ok");
    let src = d.join("k.s");
    std::fs::write(
        &src,
        "\t.text\n\t.global _start\n\t.proc _start\n_start:\n\tadds r8 = LIMIT, r0\n\tcmp.eq p6, p7 = r8, r0 ;;\n(p6)\tbr.cond.dpnt.few _start ;;\n\t.endp _start\n",
    )
    .unwrap();
    let elf = d.join("k.elf");
    let out = bin().args(["asm"]).arg(&src).arg("-o").arg(&elf).args(["--base", "0x200000", "--defsym", "LIMIT=-7"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let ours = bin().arg("disasm").arg(&elf).output().unwrap();
    let text = String::from_utf8(ours.stdout).unwrap();
    assert!(text.contains("<_start>:"), "{text}");
    assert!(text.contains("adds r8=-7,r0"), "{text}");
    assert!(text.contains("(p06) br.cond.dpnt.few 200000 <_start>;;"), "{text}");

    // binutils reads our ELF and sees the same instructions.
    let objdump = Command::new("ia64-linux-gnu-objdump").arg("-d").arg(&elf).output().expect("ia64-linux-gnu-objdump");
    let theirs = String::from_utf8(objdump.stdout).unwrap();
    assert!(theirs.contains("adds r8=-7,r0"), "{theirs}");
}

#[test]
fn asm_errors_name_file_line_column_and_write_nothing() {
    let d = scratch("bad");
    let src = d.join("bad.s");
    std::fs::write(&src, "\tadd r1 = r2, r130\n\tfoo r3\n").unwrap();
    let elf = d.join("bad.elf");
    let out = bin().arg("asm").arg(&src).arg("-o").arg(&elf).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bad.s:1:"), "{err}");
    assert!(err.contains("r130"), "{err}");
    assert!(err.contains("bad.s:2:2: error: unknown instruction `foo`"), "{err}");
    assert!(!elf.exists());
}

#[test]
fn disasm_refuses_non_ia64_input_clearly() {
    let d = scratch("notelf");
    let f = d.join("x.bin");
    std::fs::write(&f, b"not an elf file at all").unwrap();
    let out = bin().arg("disasm").arg(&f).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not an ELF"));
    let out = bin().args(["disasm", "--raw"]).arg(&f).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a whole number of 16-byte bundles"));
}

#[test]
fn disasm_raw_prints_objdump_syntax() {
    let d = scratch("raw");
    let f = d.join("nops.bin");
    // The bytes GNU as emits for `{ .mii; nop.m 0; nop.i 0; nop.i 0 ;; }`.
    std::fs::write(&f, [0x01, 0, 0, 0, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 4, 0]).unwrap();
    let out = bin().args(["disasm", "--raw", "--base", "0x40"]).arg(&f).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("[MII] nop.m 0x0"), "{text}");
    assert!(text.contains("nop.i 0x0;;"), "{text}");
    assert!(text.contains("40:"), "{text}");
}
