//! The assembler's API: layout, symbols, routines, the source map, options
//! and the ELF file it writes.

mod common;

use std::process::Command;

use emu_core::asm::{assemble, AsmOptions, Assembly, FsProvider, MemProvider, SymbolKind};
use emu_core::elf::ElfImage;

const KERNEL: &str = r#"	.text
	.global _start
	.proc _start
_start:
	movl r1 = message
	movl r2 = counter ;;
	add r3 = r1, r2
	br.call.sptk.many b0 = helper ;;
	br.cond.sptk.few _start ;;
	.endp _start

	.proc helper
helper:
	adds r8 = LIMIT, r0
	br.ret.sptk.many b0 ;;
	.endp helper

	.rodata
message:
	.asciz "hello"
	.type message, @object
	.size message, . - message
	.data
	.global counter
counter:
	data8 LIMIT
	.bss
buffer:	.skip 4096
"#;

fn kernel(opts: &AsmOptions) -> Assembly {
    let p = MemProvider::single("kernel.s", KERNEL);
    assemble("kernel.s", &p, opts).unwrap_or_else(|d| panic!("{d:?}"))
}

fn opts() -> AsmOptions {
    AsmOptions { base: 0x100000, defsym: vec![("LIMIT".into(), 42)], ..AsmOptions::default() }
}

#[test]
fn sections_are_laid_out_from_the_base() {
    let a = kernel(&opts());
    let names: Vec<&str> = a.sections.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names[0], ".text");
    let text = a.section(".text").unwrap();
    assert_eq!(text.addr, 0x100000);
    assert_eq!(text.bytes.len() % 16, 0);
    let ro = a.section(".rodata").unwrap();
    let data = a.section(".data").unwrap();
    let bss = a.section(".bss").unwrap();
    for s in [ro, data, bss] {
        assert_eq!(s.addr % 0x4000, 0, "{} at {:#x}", s.name, s.addr);
    }
    assert!(ro.addr >= text.addr + text.size && data.addr >= ro.addr + ro.size && bss.addr >= data.addr + data.size);
    assert!(bss.nobits && bss.bytes.is_empty() && bss.size == 4096);
    // data8 LIMIT took the --defsym value.
    assert_eq!(data.bytes, 42u64.to_le_bytes());
}

#[test]
fn symbols_and_routines() {
    let a = kernel(&opts());
    let start = a.symbol("_start").unwrap();
    assert_eq!((start.value, start.kind, start.global), (0x100000, SymbolKind::Func, true));
    assert_eq!(a.entry, 0x100000);
    let msg = a.symbol("message").unwrap();
    assert_eq!((msg.value, msg.size, msg.kind), (a.section(".rodata").unwrap().addr, 6, SymbolKind::Object));
    let procs: Vec<(&str, u64)> = a.procs.iter().map(|p| (p.name.as_str(), p.size)).collect();
    let helper = a.symbol("helper").unwrap();
    assert_eq!(procs, vec![("_start", helper.value - start.value), ("helper", 16)]);
    assert_eq!(a.symbol("helper").unwrap().size, 16);
    assert!(!a.symbol("buffer").unwrap().global);
    assert_eq!(a.symbol("LIMIT").unwrap().section, None);
}

#[test]
fn the_source_map_names_every_instruction_line() {
    let a = kernel(&opts());
    // `add r3 = r1, r2` is line 7; `adds r8 = LIMIT` line 14.
    let lines: Vec<u32> = a.source_map.iter().map(|l| l.line).collect();
    assert_eq!(lines, vec![5, 6, 7, 8, 9, 14, 15]);
    let add = a.source_map.iter().find(|l| l.line == 7).unwrap();
    assert_eq!(a.source_of(add.addr, add.slot), Some(("kernel.s", 7)));
    assert!(a.source_map.windows(2).all(|w| (w[0].addr, w[0].slot) < (w[1].addr, w[1].slot)));
}

#[test]
fn the_elf_file_reads_back() {
    let a = kernel(&opts());
    let elf = a.to_elf();
    let img = ElfImage::parse(&elf).unwrap();
    assert_eq!(img.entry, 0x100000);
    let text = img.section(".text").unwrap();
    assert_eq!((text.addr, &text.data), (0x100000, &a.section(".text").unwrap().bytes));
    assert_eq!(img.symbol("helper").unwrap().addr, a.symbol("helper").unwrap().value);
    assert!(img.symbol("_start").unwrap().is_function);

    let dir = common::scratch("asm-api");
    let path = dir.join("kernel.elf");
    std::fs::write(&path, &elf).unwrap();
    let out = Command::new("ia64-linux-gnu-readelf").args(["-h", "-l", "-S", "-s", "-W"]).arg(&path).output().expect("run readelf");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    for want in [
        "EXEC (Executable file)",
        "Intel IA-64",
        "Flags:                             0x10, 64-bit",
        ".text",
        ".rodata",
        ".data",
        ".bss",
        ".symtab",
        ".strtab",
        ".shstrtab",
        "LOAD",
        "FUNC    GLOBAL DEFAULT    1 _start",
    ] {
        assert!(text.contains(want), "readelf lacks `{want}`:\n{text}");
    }
}

#[test]
fn files_are_read_from_disk_with_includes() {
    let p = FsProvider::new(common::corpus_dir());
    let a = assemble("asm_directives.s", &p, &AsmOptions { base: 0x200000, ..Default::default() }).unwrap();
    assert_eq!(a.files, vec!["asm_directives.s".to_string(), "asm_include.inc".to_string()]);
    assert_eq!(a.symbol("INC_TWICE").unwrap().value, 6);
}

#[test]
fn hint_b_is_refused_unless_allowed() {
    let p = MemProvider::single("h.s", "\t{ .mib\n\tnop.m 0\n\tnop.i 0\n\thint.b 0 ;; }\n");
    let refused = assemble("h.s", &p, &AsmOptions::default()).unwrap_err();
    assert_eq!((refused[0].line, refused[0].column), (4, 2));
    assert!(refused[0].message.contains("-mhint.b=ok"), "{}", refused[0].message);
    let ok = assemble("h.s", &p, &AsmOptions { allow_hint_b: true, ..AsmOptions::default() }).unwrap();
    assert_eq!(ok.section(".text").unwrap().bytes.len(), 16);
}
