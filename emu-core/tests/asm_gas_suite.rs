//! Our assembler on binutils' own ia64 test sources: the files below must
//! assemble to GNU's bytes; every other file of the suite must at least
//! not crash us (many use what ia64play leaves out: floating point,
//! relocation operators, macros, register aliases).

mod common;

use common::*;
use emu_core::asm::{assemble, AsmOptions, FsProvider};

/// Suite files whose `.text` we reproduce byte for byte.
const MUST_MATCH: &[&str] = &[
    "align.s",
    "bundling.s",
    "dv-branch.s",
    "dv-entry-err.s",
    "dv-imply.s",
    "dv-mutex-err.s",
    "dv-mutex.s",
    "dv-safe.s",
    "dv-war-err.s",
    "global.s",
    "group-2.s",
    "nop_x.s",
    "opc-a.s",
    "opc-x.s",
    "pred-rel.s",
    "secname.s",
    "strange.s",
    "unwind.s",
    "unwind-ok.s",
];

#[test]
fn gas_suite_sources_assemble_like_gnu() {
    let dir = gas_testsuite_dir()
        .expect("binutils' ia64 test suite not found: run scripts/test.sh (it fetches it) or set IA64PLAY_GAS_TESTSUITE");
    let scratch = scratch("asm-gas-suite");
    let provider = FsProvider::new(&dir);
    let mut bad = Vec::new();
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("read suite dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".s"))
        .collect();
    files.sort();
    for name in &files {
        let ours = assemble(name, &provider, &AsmOptions::default());
        if !MUST_MATCH.contains(&name.as_str()) {
            continue;
        }
        let obj = match gnu_assemble(&dir.join(name), &["-x"], &scratch) {
            Ok(o) => o,
            Err(e) => {
                bad.push(format!("{name}: {e}"));
                continue;
            }
        };
        let elf = std::fs::read(&obj).unwrap();
        let (_, theirs) = section_bytes(&elf, ".text").unwrap_or_default();
        match ours {
            Ok(a) if a.sections[0].bytes == theirs => {}
            Ok(_) => bad.push(format!("{name}: .text differs from GNU's")),
            Err(d) => bad.push(format!("{name}: {}", d[0])),
        }
    }
    assert!(files.len() > 50, "the suite looks incomplete: {} files", files.len());
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
