//! Every row of the instruction table through the assembler: instances of
//! each row (operand values at the ends and middle of their ranges) are
//! written in GNU syntax as one long stream with stops at pseudo-random
//! places, assembled by GNU as and by us, and the bytes compared. The test
//! grows with the table: a new row is checked as soon as it lands.

mod common;

use std::fmt::Write;

use common::*;
use emu_core::asm::{assemble, AsmOptions, MemProvider};
use emu_core::disasm::{ar_name, cr_name};
use emu_core::isa::{flags, table, Opnd, OpndClass, RegFile, Row};

/// Operand values for a kind: raw field values 0, 1, all ones and the
/// middle, mapped to operand values.
fn samples(o: Opnd) -> Vec<i64> {
    let s = o.spec();
    if s.fields.is_empty() {
        return vec![0];
    }
    let bits = s.bits();
    let max = if bits >= 64 { u64::MAX } else { (1u64 << bits) - 1 };
    let mut raws: Vec<u64> = [0, 1, max, max >> 1, (max >> 1) + 1].into_iter().filter(|&r| !s.map.reserved_raw(r)).collect();
    if raws.is_empty() {
        // Kinds whose fields must agree (shl/shr counts): take valid raws.
        let valid: Vec<u64> = (0..=max.min(1 << 12)).filter(|&r| !s.map.reserved_raw(r)).collect();
        raws = [valid.first(), valid.get(valid.len() / 2), valid.last()].into_iter().flatten().copied().collect();
    }
    let mut v: Vec<i64> = raws.iter().map(|&r| s.map.from_raw(r, bits)).collect();
    v.dedup();
    v
}

/// An operand as GNU syntax; branch targets are the label `T`.
fn text(o: Opnd, v: i64) -> String {
    let s = o.spec();
    match s.class {
        OpndClass::Const(t) => t.to_string(),
        OpndClass::Reg(RegFile::Ar) => ar_name(v as u64),
        OpndClass::Reg(RegFile::Cr) => {
            let n = cr_name(v as u64);
            if n.starts_with("cr.") {
                n
            } else {
                format!("cr{v}")
            }
        }
        OpndClass::Reg(f) => format!("{}{v}", f.prefix()),
        OpndClass::Mem => format!("[r{v}]"),
        OpndClass::Ind(f) => format!("{f}[r{v}]"),
        // 2^64 does not fit an i64; the table stores it as 0.
        OpndClass::Imm if s.map == emu_core::isa::ValueMap::SignedMinus1U8 && v == 0 => "0x10000000000000000".into(),
        OpndClass::Imm => format!("{v}"),
        OpndClass::Rel => "T".into(),
    }
}

/// The source line of one instance of `row`.
fn line(row: &Row, k: usize) -> String {
    let mut s = String::new();
    if !row.is(flags::NO_PRED) && k % 2 == 1 {
        let _ = write!(s, "(p{}) ", 1 + k % 63);
    }
    s.push_str(&row.mnemonic);
    let ops: Vec<(Opnd, i64)> = row
        .operands
        .iter()
        .enumerate()
        .map(|(j, &o)| {
            let v = samples(o);
            (o, v[(k + 3 * j) % v.len()])
        })
        .collect();
    for (j, &(o, v)) in ops.iter().enumerate() {
        s.push_str(if j == 0 {
            " "
        } else if j == row.outputs as usize {
            " = "
        } else {
            ", "
        });
        if o == Opnd::Sof {
            // alloc is written with inputs, locals, outputs, rotating.
            let sol = ops.get(j + 1).map(|x| x.1).unwrap_or(0).min(v);
            let _ = write!(s, "0, {sol}, {}", v - sol);
        } else if o == Opnd::Sol {
            continue;
        } else {
            s.push_str(&text(o, v));
        }
    }
    s.replace(", , ", ", ").replace("= , ", "= ")
}

#[test]
fn every_row_assembles_like_gnu() {
    let t = table();
    let mut lines = Vec::new();
    for row in &t.rows {
        if row.is(flags::CATCH_ALL) || row.is(flags::DECODE_ONLY) {
            continue;
        }
        let n = row.operands.iter().map(|&o| samples(o).len()).max().unwrap_or(1);
        for k in 0..n.min(4) {
            lines.push(line(row, k));
        }
    }
    let dir = scratch("asm-rows");
    let path = dir.join("rows.s");
    let write = |lines: &[String]| {
        let mut src = String::from("\t.text\nT:\n");
        let mut seed = 0x9e37_79b9u32;
        for l in lines {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            let stop = if seed >> 16 & 3 == 0 { " ;;" } else { "" };
            let _ = writeln!(src, "\t{l}{stop}");
        }
        src.push_str("\t;;\n");
        std::fs::write(&path, &src).unwrap();
        src
    };
    // Drop the instances GNU as refuses (it checks constraints beyond
    // operand ranges), then compare on the rest.
    write(&lines);
    if let Err(e) = gnu_assemble(&path, &["-x"], &dir) {
        let refused: Vec<usize> = e
            .lines()
            .filter(|l| l.contains("Error:"))
            .filter_map(|l| l.split(':').nth(1).and_then(|n| n.trim().parse::<usize>().ok()))
            .collect();
        // Line 1 is `.text`, line 2 the label: instance i is on line i + 3.
        let keep: Vec<String> = lines.iter().enumerate().filter(|(i, _)| !refused.contains(&(i + 3))).map(|(_, l)| l.clone()).collect();
        assert!(keep.len() * 10 >= lines.len() * 9, "GNU refuses too many instances:\n{e}");
        eprintln!("GNU as refuses {} of {} instances (constraints beyond operand ranges)", lines.len() - keep.len(), lines.len());
        lines = keep;
    }
    let src = write(&lines);
    let obj = gnu_assemble(&path, &["-x"], &dir).unwrap_or_else(|e| panic!("{e}"));
    let (_, theirs) = section_bytes(&std::fs::read(&obj).unwrap(), ".text").unwrap();

    let ours = match assemble("rows.s", &MemProvider::single("rows.s", &src), &AsmOptions::default()) {
        Ok(a) => a,
        Err(d) => {
            let errors: Vec<_> = d.iter().filter(|d| d.severity == emu_core::asm::Severity::Error).collect();
            let n = errors.len();
            let first: Vec<String> = errors.iter().take(30).map(|d| format!("  {d}")).collect();
            panic!("we refuse {n} instances GNU as accepts:\n{}", first.join("\n"));
        }
    };
    let text = &ours.sections[0].bytes;
    if *text != theirs {
        let src_lines: Vec<&str> = src.lines().collect();
        let mut bad = Vec::new();
        for (b, (x, y)) in text.chunks(16).zip(theirs.chunks(16)).enumerate() {
            if x != y {
                let at: Vec<String> = ours
                    .source_map
                    .iter()
                    .filter(|l| l.addr == 16 * b as u64)
                    .map(|l| src_lines.get(l.line as usize - 1).unwrap_or(&"?").trim().to_string())
                    .collect();
                bad.push(format!("bundle {:#x}: {}", 16 * b, at.join(" | ")));
            }
        }
        panic!("{} bundles differ (ours {} bytes, GNU {}):\n{}", bad.len(), text.len(), theirs.len(), bad[..bad.len().min(30)].join("\n"));
    }
    eprintln!("{} instances of {} rows assemble like GNU", lines.len(), t.rows.len());
}
