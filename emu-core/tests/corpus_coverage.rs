//! The conformance corpus (`tests/corpus/*.s`) must together use every real
//! row of the instruction table and every template; `asm_conformance`
//! then checks each file byte for byte against GNU as.

mod common;

use std::collections::BTreeSet;

use common::*;
use emu_core::asm::{assemble, AsmOptions, FsProvider};
use emu_core::isa::{flags, table, Bundle, SlotUnit};

/// Rows the corpus cannot contain, with the reason.
const NOT_IN_CORPUS: &[(&str, &str)] =
    &[("hint.b", "GNU as refuses it without -mhint.b=ok; binutils' opc-b dump test and asm_rows cover it")];

#[test]
fn corpus_uses_every_row_and_template() {
    let t = table();
    let provider = FsProvider::new(corpus_dir());
    let mut rows = BTreeSet::new();
    let mut templates = BTreeSet::new();
    for path in corpus_files() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let asm = assemble(&name, &provider, &AsmOptions::default()).unwrap_or_else(|d| panic!("{name}: {}", d[0]));
        let text = &asm.section(".text").expect(".text").bytes;
        for chunk in text.chunks_exact(16) {
            let Ok(b) = Bundle::from_bytes(chunk.try_into().unwrap()) else { continue };
            templates.insert(b.template.code);
            for slot in 0..3 {
                if b.template.units[slot] == SlotUnit::L {
                    continue;
                }
                if let Ok(insn) = t.decode_slot(&b, slot) {
                    rows.insert(insn.id);
                }
            }
        }
    }
    let missing: Vec<String> = t
        .rows
        .iter()
        .enumerate()
        .filter(|(i, r)| !r.is(flags::PSEUDO) && !r.is(flags::CATCH_ALL) && !r.is(flags::DECODE_ONLY) && !rows.contains(&(*i as u16)))
        .filter(|(_, r)| !NOT_IN_CORPUS.iter().any(|(m, _)| *m == r.mnemonic))
        .map(|(_, r)| format!("{} {:?}", r.mnemonic, r.operands))
        .collect();
    assert!(missing.is_empty(), "{} rows no corpus file uses:\n{}", missing.len(), missing.join("\n"));
    let missing_t: Vec<u8> = emu_core::isa::TEMPLATES.iter().map(|t| t.code).filter(|c| !templates.contains(c)).collect();
    assert!(missing_t.is_empty(), "templates no corpus file uses: {missing_t:x?}");
}

/// Our disassembler prints what objdump prints for every corpus file.
#[test]
fn our_disassembly_of_the_corpus_equals_objdump() {
    let dir = scratch("corpus-disasm");
    let mut bad = Vec::new();
    for path in corpus_files() {
        match disasm_vs_objdump(&path, &["-x"], &dir) {
            // Known gap while the floating-point rows are not in the table:
            // where objdump names an FP instruction we print fp.unsupported.
            Ok(diffs) => bad.extend(
                diffs.into_iter().filter(|d| !d.ends_with("fp.unsupported`") && !d.ends_with("fp.unsupported;;`")).map(|d| format!("{}: {d}", path.display())),
            ),
            Err(e) => bad.push(e),
        }
    }
    assert!(bad.is_empty(), "{} lines differ:\n{}", bad.len(), bad.iter().take(40).cloned().collect::<Vec<_>>().join("\n"));
}
