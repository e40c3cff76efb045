//! Every row of the instruction table, checked against GNU binutils.
//!
//! For each row we pick operand values from the ends and middle of each
//! operand's range, print the instruction in assembler syntax, and put it
//! alone in an explicit bundle. GNU as assembles the lot; then for every
//! bundle (1) our encoding equals GNU's slot bits, (2) our decoder maps
//! GNU's bits back to the same values, and (3) our disassembly equals
//! objdump's line.

mod common;

use std::fmt::Write;

use common::*;
use emu_core::disasm::mbtype_name;
use emu_core::isa::{ar_units, flags, table, Bundle, Insn, InsnType, OpId, Opnd, OpndClass, RegFile, Row};

/// Raw field values to try for an operand of `bits` bits.
fn raw_samples(bits: u32) -> Vec<u64> {
    let max = if bits >= 64 { u64::MAX } else { (1u64 << bits) - 1 };
    let mut v = vec![0, 1, max, max >> 1, 0x5555_5555_5555_5555 & max, (max >> 1) + 1];
    v.dedup();
    v
}

/// Instances of a row: each operand cycles through its samples, offset by
/// its position so that paired registers differ.
fn instances(id: OpId, row: &Row) -> Vec<Insn> {
    let samples: Vec<Vec<i64>> = row
        .operands
        .iter()
        .map(|o| {
            let s = o.spec();
            if s.fields.is_empty() {
                return vec![0];
            }
            // Beside a literal `r0` operand, a register r0 would make the
            // text ambiguous (`cmp.lt.and p1,p2=r0,r0` has two encodings).
            let avoid_r0 = row.operands.contains(&Opnd::Gr0) && matches!(s.class, OpndClass::Reg(_));
            // A reserved raw sample still names a value when that value
            // encodes (`shl`'s count fills two fields from one value).
            let mut vals: Vec<i64> = raw_samples(s.bits())
                .into_iter()
                .filter(|&r| !(avoid_r0 && r == 0))
                .map(|r| s.map.from_raw(r, s.bits()))
                .filter(|&v| s.map.to_raw(v, s.bits()).is_some())
                .filter(|&v| unit_reaches(row, s.class, v))
                .collect();
            vals.dedup();
            vals
        })
        .collect();
    let n = samples.iter().map(Vec::len).max().unwrap_or(1).max(1);
    (0..n)
        .map(|k| {
            let mut ops = [0i64; 5];
            for (j, s) in samples.iter().enumerate() {
                ops[j] = s[(k + j) % s.len()];
            }
            fit_frame(row, &mut ops);
            let qp = if row.is(flags::NO_PRED) || k % 2 == 0 { 0 } else { (5 + k as u8) % 64 };
            Insn { id, qp, ops }
        })
        .collect()
}

/// GNU as refuses an `alloc` frame over 96 registers or with more
/// locals or rotating registers than the frame holds: keep samples legal.
fn fit_frame(row: &Row, ops: &mut [i64; 5]) {
    let at = |k| row.operands.iter().position(|&o| o == k);
    let (Some(f), Some(l), Some(r)) = (at(Opnd::Sof), at(Opnd::Sol), at(Opnd::Sor)) else { return };
    ops[f] = ops[f].min(96);
    ops[l] = ops[l].min(ops[f]);
    ops[r] = ops[r].min(ops[f] & !7);
}

/// GNU as refuses an application register that the row's unit cannot
/// move (`mov.i ar.k0=r2`).
fn unit_reaches(row: &Row, class: OpndClass, v: i64) -> bool {
    let (m, i) = ar_units(v);
    match (class, row.ty) {
        (OpndClass::Reg(RegFile::Ar), InsnType::M) => m,
        (OpndClass::Reg(RegFile::Ar), InsnType::I) => i,
        _ => true,
    }
}

/// Assembler syntax for an instruction placed in the bundle at `addr`;
/// branch targets are written relative to the label `T` at address 0.
fn asm_text(insn: &Insn, addr: u64) -> String {
    let row = insn.row();
    let mut s = String::new();
    if insn.qp != 0 {
        let _ = write!(s, "(p{}) ", insn.qp);
    }
    s.push_str(&row.mnemonic);
    s.push(' ');
    let sol = row.operands.iter().position(|&o| o == Opnd::Sol).map(|i| insn.ops[i]);
    for (i, (o, &v)) in row.operands.iter().zip(&insn.ops).enumerate() {
        // `alloc` is written ins,locals,outs,rotating: the frame size
        // prints as 0,sol,sof-sol and the locals count is already said.
        if *o == Opnd::Sol {
            continue;
        }
        if i > 0 && i != row.outputs as usize {
            s.push(',');
        }
        match o.spec().class {
            OpndClass::Imm if *o == Opnd::Sof => {
                let l = sol.unwrap_or(0);
                let _ = write!(s, "0,{l},{}", v - l);
            }
            OpndClass::Rel => {
                let _ = write!(s, "T+{}", addr as i128 + v as i128);
            }
            OpndClass::Imm if *o == Opnd::Mbtype4 && mbtype_name(v).is_some() => s.push_str(mbtype_name(v).unwrap()),
            // 2^64 does not fit an i64: the table stores it as 0.
            OpndClass::Imm if *o == Opnd::Imm8M1U8 && v == 0 => s.push_str("0x10000000000000000"),
            OpndClass::Imm => {
                let _ = write!(s, "{v}");
            }
            _ => s.push_str(&operand_text(*o, v)),
        }
        if i + 1 == row.outputs as usize {
            s.push('=');
        }
    }
    s
}

fn operand_text(o: Opnd, v: i64) -> String {
    use emu_core::disasm::{ar_name, cr_name};
    match o.spec().class {
        OpndClass::Const(t) => t.to_string(),
        OpndClass::Reg(RegFile::Ar) => ar_name(v as u64),
        OpndClass::Reg(RegFile::Cr) => {
            let n = cr_name(v as u64);
            // Unnamed control registers are written by number.
            if n.starts_with("cr.") { n } else { format!("cr{v}") }
        }
        OpndClass::Reg(f) => format!("{}{}", f.prefix(), v),
        OpndClass::Mem => format!("[r{v}]"),
        OpndClass::Ind(file) => format!("{file}[r{v}]"),
        _ => unreachable!(),
    }
}

/// A bundle that holds `insn` and nops, with the template and slot.
/// The entry of the instruction's own slot is text to put after it: an
/// M-unit instruction that must end its group (`itc.d`, `ptc.g`) gets an
/// M;MI bundle with the stop right after it.
fn bundle_for(row: &Row) -> (&'static str, u8, usize, [&'static str; 3]) {
    match row.ty {
        InsnType::M if row.is(flags::LAST) => (".mmi", 0x0b, 0, [";;", "nop.m 0", "nop.i 0"]),
        InsnType::A | InsnType::M => (".mii", 0x01, 0, ["", "nop.i 0", "nop.i 0"]),
        InsnType::I => (".mii", 0x01, 1, ["nop.m 0", "", "nop.i 0"]),
        InsnType::B => (".mib", 0x11, 2, ["nop.m 0", "nop.i 0", ""]),
        InsnType::F => (".mfi", 0x0d, 1, ["nop.m 0", "", "nop.i 0"]),
        InsnType::X => (".mlx", 0x05, 2, ["nop.m 0", "", ""]),
    }
}

#[test]
fn every_row_matches_gnu_as_and_objdump() {
    let t = table();
    let mut insns = Vec::new();
    for (id, row) in t.rows.iter().enumerate() {
        if row.is(flags::CATCH_ALL) || row.is(flags::DECODE_ONLY) {
            continue;
        }
        insns.extend(instances(id as OpId, row));
    }
    assert!(!insns.is_empty());

    let mut src = String::from("\t.text\nT:\n");
    for (i, insn) in insns.iter().enumerate() {
        let (tmpl, _, slot, nops) = bundle_for(insn.row());
        let addr = 16 * i as u64;
        let _ = writeln!(src, "{{ {tmpl}");
        for (k, nop) in nops.iter().enumerate() {
            if k == slot {
                let _ = writeln!(src, "\t{}{nop}", asm_text(insn, addr));
            } else if !nop.is_empty() {
                let _ = writeln!(src, "\t{nop}");
            }
        }
        let _ = writeln!(src, "\t;; }}");
    }
    let dir = scratch("table");
    let path = dir.join("table.s");
    std::fs::write(&path, &src).unwrap();
    let obj = gnu_assemble(&path, &["-xnone", "-mhint.b=ok"], &dir).unwrap_or_else(|e| panic!("{e}"));
    let elf = std::fs::read(&obj).unwrap();
    let (_, code) = section_bytes(&elf, ".text").expect(".text");
    assert_eq!(code.len(), 16 * insns.len(), "GNU as produced a different number of bundles");

    let mut bad = Vec::new();
    for (i, insn) in insns.iter().enumerate() {
        let row = insn.row();
        let (_, code_t, slot, _) = bundle_for(row);
        let bytes: [u8; 16] = code[16 * i..16 * i + 16].try_into().unwrap();
        let b = Bundle::from_bytes(&bytes).unwrap();
        let text = asm_text(insn, 16 * i as u64);
        if b.template.code != code_t {
            bad.push(format!("`{text}`: GNU chose template {:#x}", b.template.code));
            continue;
        }
        let ours = match t.encode(insn) {
            Ok(w) => w,
            Err(e) => {
                bad.push(format!("`{text}`: we cannot encode it: {e}"));
                continue;
            }
        };
        let theirs = if row.ty == InsnType::X {
            b.slots[2] as u128 | ((b.slots[1] as u128) << 41)
        } else {
            b.slots[slot] as u128
        };
        if ours != theirs {
            bad.push(format!("`{text}`: encode {ours:#x}, GNU {theirs:#x} (diff {:#x})", ours ^ theirs));
            continue;
        }
        // Decoding gives the same operand values (pseudo rows decode to
        // the row objdump prints, so compare re-encodings instead).
        match t.decode_slot(&b, slot) {
            Ok(d) => {
                let re = t.encode(&d).map_err(|e| e.to_string());
                if re != Ok(theirs) {
                    bad.push(format!("`{text}`: decodes to `{}` which re-encodes differently", d.row().mnemonic));
                }
            }
            Err(e) => bad.push(format!("`{text}`: decode failed: {e}")),
        }
    }

    // Disassembly of the whole image against objdump.
    let ours = our_lines(&code, 0, &elf_symbols(&elf));
    let dump = objdump_lines(&obj);
    bad.extend(diff_lines(&ours, &dump));

    if !bad.is_empty() {
        let n = bad.len();
        bad.truncate(60);
        panic!("{n} mismatches against GNU binutils:\n{}", bad.join("\n"));
    }
}
