//! Disassembly in `ia64-linux-gnu-objdump -d` syntax, derived from the
//! instruction table.

use std::fmt::Write;

use crate::isa::{table, Bundle, Insn, OpndClass, Radix, RegFile, SlotUnit};

/// Names addresses for branch targets, as objdump does with `<sym+0x10>`.
pub trait Symbolizer {
    /// The symbol containing `addr` and the offset into it.
    fn lookup(&self, addr: u64) -> Option<(String, u64)>;
}

/// No symbols: targets print as bare addresses.
pub struct NoSymbols;

impl Symbolizer for NoSymbols {
    fn lookup(&self, _addr: u64) -> Option<(String, u64)> {
        None
    }
}

/// objdump's name for an application register.
pub fn ar_name(n: u64) -> String {
    let s = match n {
        0..=7 => return format!("ar.k{n}"),
        16 => "ar.rsc",
        17 => "ar.bsp",
        18 => "ar.bspstore",
        19 => "ar.rnat",
        21 => "ar.fcr",
        24 => "ar.eflag",
        25 => "ar.csd",
        26 => "ar.ssd",
        27 => "ar.cflg",
        28 => "ar.fsr",
        29 => "ar.fir",
        30 => "ar.fdr",
        32 => "ar.ccv",
        36 => "ar.unat",
        40 => "ar.fpsr",
        44 => "ar.itc",
        45 => "ar.ruc",
        64 => "ar.pfs",
        65 => "ar.lc",
        66 => "ar.ec",
        _ => return format!("ar{n}"),
    };
    s.to_string()
}

/// Architected control register names, by number.
pub const CR_NAMES: &[(u64, &str)] = &[
    (0, "cr.dcr"),
    (1, "cr.itm"),
    (2, "cr.iva"),
    (8, "cr.pta"),
    (16, "cr.ipsr"),
    (17, "cr.isr"),
    (19, "cr.iip"),
    (20, "cr.ifa"),
    (21, "cr.itir"),
    (22, "cr.iipa"),
    (23, "cr.ifs"),
    (24, "cr.iim"),
    (25, "cr.iha"),
    (26, "cr.iib0"),
    (27, "cr.iib1"),
    (64, "cr.lid"),
    (65, "cr.ivr"),
    (66, "cr.tpr"),
    (67, "cr.eoi"),
    (68, "cr.irr0"),
    (69, "cr.irr1"),
    (70, "cr.irr2"),
    (71, "cr.irr3"),
    (72, "cr.itv"),
    (73, "cr.pmv"),
    (74, "cr.cmcv"),
    (80, "cr.lrr0"),
    (81, "cr.lrr1"),
];

/// objdump's name for a control register.
pub fn cr_name(n: u64) -> String {
    CR_NAMES
        .iter()
        .find(|(k, _)| *k == n)
        .map(|(_, s)| s.to_string())
        .unwrap_or_else(|| format!("cr{n}"))
}

/// objdump prints a target as `100010 <foo>` when a symbol names it and
/// as `0x100010` otherwise.
fn format_target(out: &mut String, addr: u64, syms: &dyn Symbolizer) {
    let _ = match syms.lookup(addr) {
        Some((name, 0)) => write!(out, "{addr:x} <{name}>"),
        Some((name, off)) => write!(out, "{addr:x} <{name}+0x{off:x}>"),
        None => write!(out, "0x{addr:x}"),
    };
}

/// The text of one instruction: `(p06) add r1=r2,r3` without the
/// template column. `bundle_addr` resolves IP-relative targets.
pub fn format_insn(insn: &Insn, bundle_addr: u64, syms: &dyn Symbolizer) -> String {
    let row = insn.row();
    let mut s = String::new();
    if insn.qp != 0 {
        let _ = write!(s, "(p{:02}) ", insn.qp);
    }
    s.push_str(&row.mnemonic);
    if !row.operands.is_empty() {
        s.push(' ');
    }
    for (i, (o, &v)) in row.operands.iter().zip(&insn.ops).enumerate() {
        let spec = o.spec();
        if spec.radix == Radix::Omitted {
            continue;
        }
        if i > 0 && i != row.outputs as usize {
            s.push(',');
        }
        match spec.class {
            OpndClass::Const(text) => s.push_str(text),
            OpndClass::Reg(RegFile::Ar) => s.push_str(&ar_name(v as u64)),
            OpndClass::Reg(RegFile::Cr) => s.push_str(&cr_name(v as u64)),
            OpndClass::Reg(f) => {
                let _ = write!(s, "{}{}", f.prefix(), v);
            }
            OpndClass::Mem => {
                let _ = write!(s, "[r{v}]");
            }
            OpndClass::Ind(file) => {
                let _ = write!(s, "{file}[r{v}]");
            }
            OpndClass::Imm => {
                if *o == crate::isa::Opnd::Mbtype4 {
                    if let Some(name) = mbtype_name(v) {
                        s.push_str(name);
                        continue_after(&mut s, i, row.outputs);
                        continue;
                    }
                }
                let _ = match spec.radix {
                    Radix::SignedDecimal => write!(s, "{v}"),
                    Radix::UnsignedDecimal => write!(s, "{}", v as u64),
                    Radix::Hex => write!(s, "0x{:x}", v as u64),
                    Radix::Omitted => Ok(()),
                };
            }
            OpndClass::Rel => format_target(&mut s, bundle_addr.wrapping_add(v as u64), syms),
        }
        continue_after(&mut s, i, row.outputs);
    }
    s
}

fn continue_after(s: &mut String, i: usize, outputs: u8) {
    if i + 1 == outputs as usize {
        s.push('=');
    }
}

/// `mux1`'s named permutations.
pub fn mbtype_name(v: i64) -> Option<&'static str> {
    Some(match v {
        0x0 => "@brcst",
        0x8 => "@mix",
        0x9 => "@shuf",
        0xa => "@alt",
        0xb => "@rev",
        _ => return None,
    })
}

/// One disassembled slot, as objdump shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlotLine {
    /// Address objdump gives the line: bundle + 0, 6 or 12 (slot 2 of MLX
    /// shows at +6 because the L slot has no line of its own).
    pub addr: u64,
    pub slot: usize,
    /// `[MII]` on the first line of a bundle.
    pub template: Option<String>,
    /// The instruction text, with `;;` when a stop follows it.
    pub text: String,
    pub insn: Option<Insn>,
}

/// Disassemble one 16-byte bundle at `addr`.
pub fn bundle_lines(bytes: &[u8; 16], addr: u64, syms: &dyn Symbolizer) -> Vec<SlotLine> {
    let bundle = match Bundle::from_bytes(bytes) {
        Ok(b) => b,
        Err(_) => {
            // objdump prints a reserved template as its number and each
            // slot as data.
            let v = u128::from_le_bytes(*bytes);
            return (0..3)
                .map(|i| SlotLine {
                    addr: addr + 6 * i as u64,
                    slot: i,
                    template: (i == 0).then(|| format!("[-{:x}-]", (v >> 1) & 0xf)),
                    text: format!("data8 {:#011x}", ((v >> (5 + 41 * i)) as u64) & ((1 << 41) - 1)),
                    insn: None,
                })
                .collect();
        }
    };
    let t = table();
    let mut lines = Vec::with_capacity(3);
    for slot in 0..3 {
        if bundle.template.units[slot] == SlotUnit::L {
            continue;
        }
        let (text, insn) = match t.decode_slot(&bundle, slot) {
            Ok(insn) => (format_insn(&insn, addr, syms), Some(insn)),
            Err(_) => (format!("data8 {:#011x}", bundle.slots[slot]), None),
        };
        let mut text = text;
        if bundle.template.stop_after(slot) {
            text.push_str(";;");
        }
        lines.push(SlotLine {
            addr: addr + 6 * lines.len() as u64,
            slot,
            template: (slot == 0).then(|| format!("[{}]", bundle.template.name())),
            text,
            insn,
        });
    }
    lines
}

/// Disassemble a code image into objdump-like lines:
/// `   0: [MII]       add r1=r2,r3`.
pub fn disassemble(code: &[u8], base: u64, syms: &dyn Symbolizer) -> String {
    let mut out = String::new();
    for (i, chunk) in code.chunks_exact(16).enumerate() {
        let addr = base + 16 * i as u64;
        let bytes: &[u8; 16] = chunk.try_into().expect("chunks_exact(16)");
        for line in bundle_lines(bytes, addr, syms) {
            let tmpl = line.template.as_deref().unwrap_or("");
            let _ = writeln!(out, "{:>8x}:\t{:<5} {}", line.addr, tmpl, line.text);
        }
    }
    out
}
