//! Our assembler against GNU as on the conformance corpus.
//!
//! Every `tests/corpus/*.s` is assembled by `ia64-linux-gnu-as -x` and by
//! us; the `.text` bytes must be identical. A file whose `.text` needs
//! relocations (symbol addresses, cross-section references) is linked with
//! `ia64-linux-gnu-ld` at our base and our section addresses, and the
//! linked `.text` is compared. Then `objdump -d` must read our ELF output
//! and show the same instructions as on GNU's.

mod common;

use std::path::Path;
use std::process::Command;

use common::*;
use emu_core::asm::{assemble, AsmOptions, Assembly, FsProvider};
use object::{Object, ObjectSection};

/// Link address used for files that need linking.
const BASE: u64 = 0x100000;

/// Corpus files (or lines) where we knowingly differ from GNU, and why.
const KNOWN_DEVIATIONS: &[(&str, &str)] = &[];

struct Gnu {
    /// The file objdump reads (object or linked executable).
    file: std::path::PathBuf,
    text: Vec<u8>,
    base: u64,
}

fn needs_link(obj: &[u8]) -> bool {
    let Ok(f) = object::File::parse(obj) else { return false };
    f.sections().any(|s| s.name().ok().is_some_and(|n| n.starts_with(".text")) && s.relocations().next().is_some())
}

/// GNU's bytes for a corpus file, linked like ours when it has relocations.
fn gnu(obj: &Path, ours: &Assembly) -> Result<Gnu, String> {
    let bytes = std::fs::read(obj).map_err(|e| e.to_string())?;
    if !needs_link(&bytes) {
        let (base, text) = section_bytes(&bytes, ".text").ok_or("GNU output has no .text")?;
        return Ok(Gnu { file: obj.to_path_buf(), text, base });
    }
    let exe = obj.with_extension("exe");
    let mut cmd = Command::new("ia64-linux-gnu-ld");
    cmd.arg(format!("-Ttext={:#x}", ours.sections[0].addr)).arg("--no-check-sections").arg("-e").arg(format!("{:#x}", ours.entry));
    for s in ours.sections.iter().skip(1).filter(|s| s.alloc) {
        cmd.arg(format!("--section-start={}={:#x}", s.name, s.addr));
    }
    let out = cmd.arg("-o").arg(&exe).arg(obj).output().map_err(|e| format!("cannot run ia64-linux-gnu-ld: {e}"))?;
    if !out.status.success() {
        return Err(format!("ld failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    let bytes = std::fs::read(&exe).map_err(|e| e.to_string())?;
    let (base, text) = section_bytes(&bytes, ".text").ok_or("linked output has no .text")?;
    Ok(Gnu { file: exe, text, base })
}

/// The first differing bundles, disassembled side by side.
fn describe_diff(ours: &[u8], theirs: &[u8], base: u64) -> String {
    let no = emu_core::disasm::NoSymbols;
    let a = our_lines(ours, base, &no);
    let b = our_lines(theirs, base, &no);
    let mut out = format!("ours {} bytes, GNU {} bytes\n", ours.len(), theirs.len());
    let first = (0..a.len().max(b.len())).find(|&i| a.get(i) != b.get(i)).unwrap_or(0);
    for i in first.saturating_sub(3)..(first + 6).min(a.len().max(b.len())) {
        let l = |v: &[DumpLine]| v.get(i).map(|d| format!("{:x}: {}", d.addr, d.text)).unwrap_or_default();
        out.push_str(&format!("  ours {:<50} | GNU {}\n", l(&a), l(&b)));
    }
    out
}

#[test]
fn corpus_matches_gnu_as_byte_for_byte() {
    let dir = scratch("asm-conformance");
    let provider = FsProvider::new(corpus_dir());
    let mut failures = Vec::new();
    let mut matched = Vec::new();
    for src in corpus_files() {
        let name = src.file_name().unwrap().to_string_lossy().to_string();
        let known = KNOWN_DEVIATIONS.iter().find(|(f, _)| *f == name);
        let inc = corpus_dir();
        let obj = match gnu_assemble(&src, &["-x", "-I", inc.to_str().unwrap_or(".")], &dir) {
            Ok(o) => o,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        // Files that need linking are laid out at BASE, the rest at 0.
        let base = if needs_link(&std::fs::read(&obj).unwrap_or_default()) { BASE } else { 0 };
        let ours = match assemble(&name, &provider, &AsmOptions { base, ..Default::default() }) {
            Ok(a) => a,
            Err(d) => {
                failures.push(format!(
                    "{name}: we fail to assemble it:\n{}",
                    d.iter().take(10).map(|d| format!("  {d}\n")).collect::<String>()
                ));
                continue;
            }
        };
        let theirs = match gnu(&obj, &ours) {
            Ok(g) => g,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        let text = &ours.sections[0];
        let same = text.bytes == theirs.text && text.addr == theirs.base;
        match (same, known) {
            (true, None) => matched.push(if base == BASE { format!("{name} (linked)") } else { name.clone() }),
            (true, Some(_)) => failures.push(format!("{name}: listed as a known deviation but now matches: remove it from the list")),
            (false, Some(_)) => {}
            (false, None) => failures.push(format!("{name}: .text differs\n{}", describe_diff(&text.bytes, &theirs.text, text.addr))),
        }

        // objdump reads our executable and shows GNU's instructions.
        if same {
            let exe = dir.join(format!("{name}.ours"));
            std::fs::write(&exe, ours.to_elf()).unwrap();
            let a: Vec<String> = objdump_lines(&exe).into_iter().map(|l| format!("{:x} {}", l.addr, strip_syms(&l.text))).collect();
            let b: Vec<String> = objdump_lines(&theirs.file).into_iter().map(|l| format!("{:x} {}", l.addr, strip_syms(&l.text))).collect();
            if a != b {
                let i = (0..a.len().max(b.len())).find(|&i| a.get(i) != b.get(i)).unwrap_or(0);
                failures.push(format!("{name}: objdump of our ELF differs at line {i}: ours `{:?}`, GNU `{:?}`", a.get(i), b.get(i)));
            }
        }
    }
    eprintln!("byte-identical: {}", matched.join(", "));
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}

/// objdump names branch targets after the nearest symbol; the symbol
/// tables differ in which local labels they keep, so compare addresses.
fn strip_syms(s: &str) -> String {
    match s.find(" <") {
        Some(i) => s[..i].to_string(),
        None => s.to_string(),
    }
}
