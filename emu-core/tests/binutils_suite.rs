//! binutils' own ia64 test suite as a conformance suite.
//!
//! `scripts/test.sh` fetches Debian's binutils source package and points
//! `IA64PLAY_GAS_TESTSUITE` at its `gas/testsuite/gas/ia64`. For each dump
//! test we take the expected bytes and text from the `.d` file, and check
//! that our assembler produces those bytes from the `.s`, and that our
//! disassembler prints the `.d` text for them.

mod common;

use std::collections::HashMap;
use std::path::PathBuf;

use emu_core::asm::{assemble, AsmOptions, FsProvider, Tune};

use common::*;

/// Dump tests of the suite that the issue names.
const DUMP_TESTS: &[&str] = &["opc-a", "opc-b", "opc-i", "opc-m", "opc-x", "regs"];

/// Mnemonics we deliberately do not decode by name, with the reason. A line
/// whose expected mnemonic starts with one of these must print as
/// `fp.unsupported` in our disassembly.
const KNOWN_GAPS: &[(&str, &str)] = &[
    ("ldf", "floating-point loads: the machine has no FP unit"),
    ("stf", "floating-point stores: the machine has no FP unit"),
    ("getf", "FP-to-GR moves: the machine has no FP unit"),
    ("setf", "GR-to-FP moves: the machine has no FP unit"),
];

fn suite_dir() -> PathBuf {
    gas_testsuite_dir()
        .expect("binutils' ia64 test suite not found: run scripts/test.sh (it fetches it) or set IA64PLAY_GAS_TESTSUITE")
}

/// One expected line of a `.d` file.
struct Expected {
    addr: Option<u64>,
    bytes: Vec<u8>,
    text: Option<String>,
}

/// Undo the regex escaping of a `.d` line (`\[MII\]` -> `[MII]`).
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            if let Some(n) = it.next() {
                out.push(n);
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn parse_dump(text: &str) -> (Vec<String>, Vec<Expected>) {
    let mut as_flags = Vec::new();
    let mut lines = Vec::new();
    for line in text.lines() {
        let l = line.trim_start_matches('#').trim();
        if line.starts_with('#') {
            if let Some(f) = l.strip_prefix("as:") {
                as_flags = f.split_whitespace().map(str::to_string).collect();
            }
            continue;
        }
        let parts: Vec<&str> = line.split('\t').collect();
        if parts.len() < 2 || !parts[0].trim_end().ends_with(':') {
            continue;
        }
        let addr = u64::from_str_radix(parts[0].trim().trim_end_matches(':'), 16).ok();
        let bytes: Vec<u8> = parts[1]
            .split_whitespace()
            .map(|b| u8::from_str_radix(b, 16))
            .collect::<Result<_, _>>()
            .unwrap_or_default();
        let text = parts.get(2).map(|t| normalize(&unescape(t))).filter(|t| !t.is_empty());
        lines.push(Expected { addr, bytes, text });
    }
    (as_flags, lines)
}

/// The mnemonic of a dump line: after the `[MII]` template and `(p06)`.
fn mnemonic_of(text: &str) -> &str {
    let t = match text.strip_prefix('[') {
        Some(rest) => rest.split_once(']').map(|x| x.1).unwrap_or(rest).trim(),
        None => text.trim(),
    };
    let t = if t.starts_with('(') { t.split_once(')').map(|x| x.1).unwrap_or(t).trim() } else { t };
    t.split_whitespace().next().unwrap_or("")
}

#[test]
fn our_disassembly_matches_the_binutils_dump_tests() {
    let dir = suite_dir();
    let scratch = scratch("suite");
    let mut report = Vec::new();
    let mut gap_lines = 0usize;
    for name in DUMP_TESTS {
        let d = std::fs::read_to_string(dir.join(format!("{name}.d"))).expect("read .d");
        let (flags, expected) = parse_dump(&d);
        let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
        let obj = gnu_assemble(&dir.join(format!("{name}.s")), &flags, &scratch).unwrap_or_else(|e| panic!("{e}"));
        let elf = std::fs::read(&obj).unwrap();
        let (base, code) = section_bytes(&elf, ".text").expect(".text");

        // GNU as agrees with its own suite: the bytes are the .d's bytes.
        let mut at = 0usize;
        for e in &expected {
            if let Some(a) = e.addr {
                at = a as usize;
            }
            assert_eq!(&code[at..at + e.bytes.len()], &e.bytes[..], "{name}: GNU as disagrees with its own suite at {at:#x}");
            at += e.bytes.len();
        }

        let ours: Vec<DumpLine> = our_lines(&code, base, &elf_symbols(&elf));
        let by_addr: HashMap<u64, &str> = ours.iter().map(|l| (l.addr, l.text.as_str())).collect();
        let texted: Vec<&Expected> = expected.iter().filter(|e| e.text.is_some()).collect();
        for (i, e) in texted.iter().enumerate() {
            let want = e.text.as_deref().unwrap();
            let got = match e.addr {
                Some(a) => by_addr.get(&a).copied(),
                None => ours.get(i).map(|l| l.text.as_str()),
            };
            let got = got.unwrap_or("<nothing>");
            if got == want {
                continue;
            }
            let m = mnemonic_of(want);
            if KNOWN_GAPS.iter().any(|(p, _)| m.starts_with(p)) && got.contains("fp.unsupported") {
                gap_lines += 1;
                continue;
            }
            report.push(format!("{name} {:?}: want `{want}`, got `{got}`", e.addr));
        }
    }
    eprintln!("{gap_lines} lines are known gaps (floating point)");
    if !report.is_empty() {
        let n = report.len();
        report.truncate(80);
        panic!("{n} lines differ from binutils' test suite:\n{}", report.join("\n"));
    }
}

/// Dump tests our assembler cannot reproduce yet, with the reason.
const ASM_GAPS: &[(&str, &str)] = &[
    ("opc-m", "floating-point loads and stores are not in the table yet"),
    ("regs", "floating-point register moves are not in the table yet"),
];

/// The `.text` bytes a `.d` file expects, laid out at their addresses.
fn expected_bytes(expected: &[Expected]) -> Vec<u8> {
    let mut out = Vec::new();
    for e in expected {
        if let Some(a) = e.addr {
            out.resize(a as usize, 0);
        }
        out.extend_from_slice(&e.bytes);
    }
    out
}

#[test]
fn our_assembler_reproduces_the_binutils_dump_tests() {
    let dir = suite_dir();
    let provider = FsProvider::new(&dir);
    let mut report = Vec::new();
    for name in DUMP_TESTS {
        let d = std::fs::read_to_string(dir.join(format!("{name}.d"))).expect("read .d");
        let (flags, expected) = parse_dump(&d);
        let opts = AsmOptions {
            allow_hint_b: flags.iter().any(|f| f == "-mhint.b=ok"),
            tune: if flags.iter().any(|f| f == "-mtune=itanium1") { Tune::Itanium1 } else { Tune::Itanium2 },
            ..AsmOptions::default()
        };
        let gap = ASM_GAPS.iter().find(|(n, _)| n == name);
        let ours = assemble(&format!("{name}.s"), &provider, &opts);
        match (ours, gap) {
            (Ok(a), None) => {
                let want = expected_bytes(&expected);
                let got = &a.section(".text").expect(".text").bytes;
                if got != &want {
                    let at = got.iter().zip(&want).position(|(x, y)| x != y).unwrap_or(got.len().min(want.len()));
                    report.push(format!("{name}: bytes differ from the .d first at {at:#x} (ours {} bytes, .d {})", got.len(), want.len()));
                }
            }
            (Err(diags), None) => report.push(format!("{name}: {} errors, first: {}", diags.len(), diags[0])),
            // A named gap must still be a gap: once it assembles, drop it.
            (Ok(_), Some((_, why))) => report.push(format!("{name} assembles now: remove its gap ({why})")),
            (Err(_), Some(_)) => {}
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}
