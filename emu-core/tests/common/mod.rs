//! The GNU binutils oracle: run `ia64-linux-gnu-as` / `-objdump` and read
//! their answers. `.ci/run` installs `binutils-ia64-linux-gnu`; without it
//! these tests fail rather than pass silently.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use emu_core::disasm::{bundle_lines, Symbolizer};
use emu_core::elf::ElfImage;

pub const GAS: &str = "ia64-linux-gnu-as";
pub const OBJDUMP: &str = "ia64-linux-gnu-objdump";

/// A scratch directory unique to this test process and name.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ia64play-oracle-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Assemble `src` with GNU as and `flags`; returns the object file path.
pub fn gnu_assemble(src: &Path, flags: &[&str], out_dir: &Path) -> Result<PathBuf, String> {
    let obj = out_dir.join(format!("{}.o", src.file_stem().unwrap().to_string_lossy()));
    let mut include = std::ffi::OsString::from("-I");
    include.push(src.parent().unwrap_or(Path::new(".")));
    let out = Command::new(GAS)
        .arg(include)
        .args(flags)
        .arg("-o")
        .arg(&obj)
        .arg(src)
        .output()
        .map_err(|e| format!("cannot run {GAS} (install binutils-ia64-linux-gnu): {e}"))?;
    if !out.status.success() {
        return Err(format!("{GAS} failed on {}:\n{}", src.display(), String::from_utf8_lossy(&out.stderr)));
    }
    Ok(obj)
}

/// The address and bytes of a named section of an ELF file.
pub fn section_bytes(elf: &[u8], name: &str) -> Option<(u64, Vec<u8>)> {
    let image = ElfImage::parse(elf).ok()?;
    let sec = image.section(name)?;
    Some((sec.addr, sec.data.clone()))
}

/// An ELF file's symbols, to name branch targets as objdump does.
pub fn elf_symbols(elf: &[u8]) -> ElfImage {
    ElfImage::parse(elf).expect("parse ELF")
}

/// One objdump line: address and instruction text (template included,
/// whitespace collapsed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DumpLine {
    pub addr: u64,
    pub text: String,
}

pub fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Run `objdump -d` on an object and return the lines of `.text`.
pub fn objdump_lines(obj: &Path) -> Vec<DumpLine> {
    let out = Command::new(OBJDUMP)
        .args(["-d", "--section=.text"])
        .arg(obj)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {OBJDUMP} (install binutils-ia64-linux-gnu): {e}"));
    assert!(out.status.success(), "objdump failed: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = Vec::new();
    for line in text.lines() {
        let parts: Vec<&str> = line.split('\t').collect();
        if parts.len() < 3 {
            continue;
        }
        let Some(addr) = parts[0].trim().strip_suffix(':') else { continue };
        let Ok(addr) = u64::from_str_radix(addr.trim(), 16) else { continue };
        lines.push(DumpLine { addr, text: normalize(&parts[2..].join(" ")) });
    }
    lines
}

/// Our disassembly of `code` at `base`, in the same shape.
pub fn our_lines(code: &[u8], base: u64, syms: &dyn Symbolizer) -> Vec<DumpLine> {
    let mut v = Vec::new();
    for (i, chunk) in code.chunks_exact(16).enumerate() {
        let addr = base + 16 * i as u64;
        for l in bundle_lines(chunk.try_into().unwrap(), addr, syms) {
            let t = match &l.template {
                Some(t) => format!("{t} {}", l.text),
                None => l.text.clone(),
            };
            v.push(DumpLine { addr: l.addr, text: normalize(&t) });
        }
    }
    v
}

/// Compare objdump's lines with ours at the same addresses (objdump folds
/// runs of zero bundles into `...`, so positions alone do not line up);
/// returns the mismatches as readable text.
pub fn diff_lines(ours: &[DumpLine], theirs: &[DumpLine]) -> Vec<String> {
    let by_addr: std::collections::HashMap<u64, &str> = ours.iter().map(|l| (l.addr, l.text.as_str())).collect();
    theirs
        .iter()
        .filter_map(|t| match by_addr.get(&t.addr) {
            Some(o) if *o == t.text => None,
            Some(o) => Some(format!("{:#x}: objdump `{}`, ours `{}`", t.addr, t.text, o)),
            None => Some(format!("{:#x}: objdump `{}`, ours nothing", t.addr, t.text)),
        })
        .collect()
}

/// Assemble with GNU as, then check our disassembly of its bytes against
/// objdump's. Returns the mismatches.
pub fn disasm_vs_objdump(src: &Path, flags: &[&str], dir: &Path) -> Result<Vec<String>, String> {
    let obj = gnu_assemble(src, flags, dir)?;
    let elf = std::fs::read(&obj).map_err(|e| e.to_string())?;
    let (base, code) = section_bytes(&elf, ".text").ok_or("no .text")?;
    let syms = elf_symbols(&elf);
    Ok(diff_lines(&our_lines(&code, base, &syms), &objdump_lines(&obj)))
}

pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// The `.s` files of the project's conformance corpus.
pub fn corpus_files() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("tests/corpus")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "s"))
        .collect();
    v.sort();
    v
}

/// binutils' own ia64 test suite (`gas/testsuite/gas/ia64`): from
/// `IA64PLAY_GAS_TESTSUITE`, or where `scripts/test.sh` unpacks it.
pub fn gas_testsuite_dir() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("IA64PLAY_GAS_TESTSUITE") {
        return Some(PathBuf::from(p));
    }
    let fetched = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/binutils-src");
    std::fs::read_dir(&fetched).ok()?.flatten().map(|e| e.path().join("gas/testsuite/gas/ia64")).find(|p| p.is_dir())
}
