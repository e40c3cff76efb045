//! Integer loads and stores with every completer (speculative, advanced,
//! check, acquire/release, fill/spill, post-increment), 16-byte accesses,
//! semaphores, lfetch, and the speculation checks `chk.s` and `chk.a`.
//! Ordering completers need nothing: one in-order CPU is always ordered.

use super::{rd, val, wr, writable, Entry, Fault, Op, READ, WRITE};
use crate::cpu::access::Mem;
use crate::cpu::interrupt::{isr, Interruption, Vector};
use crate::cpu::state::{ar, psr, AlatEntry, Cpu, ALAT_ENTRIES};
use crate::isa::{Opnd, Row};

// Load kinds (aux bits 4-7).
const NORMAL: u32 = 0;
const SPEC: u32 = 1;
const ADV: u32 = 2;
const SPEC_ADV: u32 = 3;
const CHECK_CLR: u32 = 4;
const CHECK_NC: u32 = 5;
const FILL: u32 = 6;
// Addressing forms (aux bits 8-9).
const BASE: u32 = 0;
const POST_REG: u32 = 1;
const POST_IMM: u32 = 2;

fn size_of(s: &str) -> Option<u32> {
    match s {
        "1" => Some(1),
        "2" => Some(2),
        "4" => Some(4),
        "8" => Some(8),
        "16" => Some(16),
        _ => None,
    }
}

fn load_kind(c: &str) -> u32 {
    match c {
        "s" => SPEC,
        "a" => ADV,
        "sa" => SPEC_ADV,
        "c.clr" | "c.clr.acq" => CHECK_CLR,
        "c.nc" => CHECK_NC,
        "fill" => FILL,
        _ => NORMAL,
    }
}

/// Strip locality-hint completers (`.nt1`, `.nta`, `.d5`, ...).
fn without_hints(m: &str) -> String {
    m.split('.')
        .filter(|c| {
            !(matches!(*c, "nt1" | "nt2" | "nta")
                || (c.len() == 2 && c.starts_with('d') && c.as_bytes()[1].is_ascii_digit()))
        })
        .collect::<Vec<_>>()
        .join(".")
}

pub fn entry(r: &Row) -> Option<Entry> {
    use Opnd::*;
    let m = without_hints(&r.mnemonic);
    let ops = &r.operands[..];
    let form = match ops.last() {
        _ if ops.len() == 3 && ops[2] == R2 && ops[1] == Mr3 => POST_REG,
        Some(Imm9a | Imm9b) => POST_IMM,
        _ => BASE,
    };
    let (stem, comp) = m.split_once('.').unwrap_or((&m, ""));
    if m == "fp.unsupported" {
        return Entry::new(super::fp_disabled, 0);
    }
    if let Some(sz) = stem.strip_prefix("ld").and_then(size_of) {
        let f: super::Sem = if sz == 16 { ld16 } else { load };
        return Entry::new(f, sz | load_kind(comp) << 4 | form << 8);
    }
    if let Some(sz) = stem.strip_prefix("st").and_then(size_of) {
        let f: super::Sem = if sz == 16 { st16 } else { store };
        return Entry::new(f, sz | ((comp == "spill") as u32) << 4 | form << 8);
    }
    if let Some(sz) = stem.strip_prefix("cmpxchg").and_then(size_of) {
        return Entry::new(sema, sz | 1 << 4);
    }
    if stem == "cmp8xchg16" {
        return Entry::new(cmp8xchg16, 8);
    }
    if let Some(sz) = stem.strip_prefix("xchg").and_then(size_of) {
        return Entry::new(sema, sz | 2 << 4);
    }
    if let Some(sz) = stem.strip_prefix("fetchadd").and_then(size_of) {
        return Entry::new(sema, sz | 3 << 4);
    }
    if stem == "lfetch" {
        let form = if ops == [Mr3, R2] { POST_REG } else { form };
        let fault = comp.contains("fault");
        let counted = comp.contains("count");
        return Entry::new(lfetch, (fault as u32) | form << 8 | (counted as u32) << 2);
    }
    match (m.as_str(), ops) {
        ("chk.s" | "chk.s.i" | "chk.s.m", [R2, _]) => Entry::new(chk_s, 0),
        ("chk.a.nc", [R1, _]) => Entry::new(chk_a, 0),
        ("chk.a.clr", [R1, _]) => Entry::new(chk_a, 1),
        ("invala", []) => Entry::new(invala, 0),
        ("invala.e", [R1]) => Entry::new(invala_e, 0),
        _ => None,
    }
}

/// The increment a post-increment form adds to the base, with its NaT.
#[inline]
fn post_inc(cpu: &Cpu, op: &Op, k: usize) -> Result<(u64, bool), Interruption> {
    match (op.aux >> 8) & 3 {
        POST_REG => rd(cpu, op.a[k]),
        POST_IMM => Ok((op.a[k] as u64, false)),
        _ => Ok((0, false)),
    }
}

fn alat_find(cpu: &Cpu, reg: usize) -> Option<usize> {
    cpu.alat
        .iter()
        .position(|e| e.valid && e.reg as usize == reg)
}

fn alat_insert(cpu: &mut Cpu, reg: usize, pa: u64, size: u8) {
    if let Some(i) = alat_find(cpu, reg) {
        cpu.alat[i].valid = false;
    }
    let slot = cpu
        .alat
        .iter()
        .position(|e| !e.valid)
        .unwrap_or((pa as usize >> 3) % ALAT_ENTRIES);
    cpu.alat[slot] = AlatEntry {
        valid: true,
        reg: reg as u16,
        addr: pa,
        size,
    };
}

fn alat_remove(cpu: &mut Cpu, reg: usize) {
    if let Some(i) = alat_find(cpu, reg) {
        cpu.alat[i].valid = false;
    }
}

/// Integer loads, all kinds: aux = size | kind << 4 | form << 8.
fn load(cpu: &mut Cpu, mem: &mut Mem, op: &Op) -> Result<(), Fault> {
    let size = (op.aux & 0xf) as u8;
    let kind = (op.aux >> 4) & 0xf;
    let form = (op.aux >> 8) & 3;
    let (r1, r3) = (op.a[0], op.a[1]);
    if form != BASE && r1 == r3 {
        return Err((Interruption::illegal_op()).into());
    }
    writable(cpu, r1)?;
    let (addr, anat) = rd(cpu, r3)?;
    let (inc, inat) = post_inc(cpu, op, 2)?;
    let reg = cpu.phys_index(r1 as u8).unwrap_or(0);
    let speculative = matches!(kind, SPEC | SPEC_ADV);
    let mut skip = false;
    if matches!(kind, CHECK_CLR | CHECK_NC) {
        if let Some(i) = alat_find(cpu, reg) {
            skip = true;
            if kind == CHECK_CLR {
                cpu.alat[i].valid = false;
            }
        }
    }
    if !skip {
        let result = if anat {
            if speculative {
                Err(None)
            } else {
                return Err((Interruption::nat_reg(READ)).into());
            }
        } else {
            let acc = isr::R | if speculative { isr::SP } else { 0 };
            cpu.translate_data(addr, size, acc)
                .and_then(|pa| Ok((cpu.read_pa(mem, pa, size)?, pa)))
                .map_err(Some)
        };
        match result {
            Ok((v, pa)) => {
                let nat = kind == FILL && (cpu.ar[ar::UNAT] >> ((addr >> 3) & 63)) & 1 == 1;
                wr(cpu, r1, v, nat)?;
                match kind {
                    ADV | SPEC_ADV | CHECK_NC => alat_insert(cpu, reg, pa, size),
                    _ => {}
                }
            }
            // A speculative load defers every fault: NaT in the target.
            Err(_) if speculative => {
                wr(cpu, r1, 0, true)?;
                alat_remove(cpu, reg);
            }
            Err(Some(fault)) => return Err(fault.into()),
            Err(None) => return Err(Interruption::nat_reg(READ).into()),
        }
    }
    if form != BASE {
        wr(cpu, r3, addr.wrapping_add(inc), anat | inat)?;
    }
    Ok(())
}

/// Stores: aux = size | spill << 4 | form << 8.
fn store(cpu: &mut Cpu, mem: &mut Mem, op: &Op) -> Result<(), Fault> {
    let size = (op.aux & 0xf) as u8;
    let spill = (op.aux >> 4) & 1 == 1;
    let form = (op.aux >> 8) & 3;
    let (r3, r2) = (op.a[0], op.a[1]);
    let addr = val(cpu, r3, WRITE)?;
    let (v, vnat) = rd(cpu, r2)?;
    if vnat && !spill {
        return Err((Interruption::nat_reg(WRITE)).into());
    }
    if form != BASE {
        writable(cpu, r3)?;
    }
    cpu.store(mem, addr, size, v, 0)?;
    if spill {
        let bit = 1u64 << ((addr >> 3) & 63);
        cpu.ar[ar::UNAT] = (cpu.ar[ar::UNAT] & !bit) | if vnat { bit } else { 0 };
    }
    if form != BASE {
        let (inc, _) = post_inc(cpu, op, 2)?;
        wr(cpu, r3, addr.wrapping_add(inc), false)?;
    }
    Ok(())
}

/// `ld16 r1, ar.csd = [r3]`.
fn ld16(cpu: &mut Cpu, mem: &mut Mem, op: &Op) -> Result<(), Fault> {
    writable(cpu, op.a[0])?;
    let addr = val(cpu, op.a[2], READ)?;
    let pa = cpu.translate_data(addr, 16, isr::R)?;
    let lo = cpu.read_pa(mem, pa, 8)?;
    let hi = cpu.read_pa(mem, pa + 8, 8)?;
    wr(cpu, op.a[0], lo, false)?;
    cpu.ar[ar::CSD] = hi;
    Ok(())
}

/// `st16 [r3] = r2, ar.csd`.
fn st16(cpu: &mut Cpu, mem: &mut Mem, op: &Op) -> Result<(), Fault> {
    let addr = val(cpu, op.a[0], WRITE)?;
    let v = val(cpu, op.a[1], WRITE)?;
    let pa = cpu.translate_data(addr, 16, isr::W)?;
    cpu.write_pa(mem, pa, 8, v)?;
    let csd = cpu.ar[ar::CSD];
    Ok(cpu.write_pa(mem, pa + 8, 8, csd)?)
}

/// Translate a semaphore's address: read and write rights, natural
/// alignment, cacheable memory only (physical addresses with bit 63 set
/// are uncacheable: Unsupported Data Reference).
fn sema_addr(cpu: &mut Cpu, addr: u64, size: u8) -> Result<u64, Interruption> {
    if cpu.psr & psr::DT == 0 && addr >> 63 == 1 {
        return Err(Interruption {
            ifa: Some(addr),
            ..Interruption::new(Vector::UnsupportedDataReference, isr::R | isr::W)
        });
    }
    cpu.translate_data(addr, size, isr::R | isr::W)
}

/// cmpxchg (aux kind 1), xchg (2), fetchadd (3).
fn sema(cpu: &mut Cpu, mem: &mut Mem, op: &Op) -> Result<(), Fault> {
    let size = (op.aux & 0xf) as u8;
    let kind = (op.aux >> 4) & 0xf;
    writable(cpu, op.a[0])?;
    let addr = val(cpu, op.a[1], READ | WRITE)?;
    let operand = if kind == 3 {
        op.a[2] as u64
    } else {
        val(cpu, op.a[2], READ | WRITE)?
    };
    let pa = sema_addr(cpu, addr, size)?;
    let old = cpu.read_pa(mem, pa, size)?;
    let new = match kind {
        1 => {
            let ccv = cpu.ar[ar::CCV]
                & if size == 8 {
                    u64::MAX
                } else {
                    (1u64 << (size * 8)) - 1
                };
            (old == ccv).then_some(operand)
        }
        2 => Some(operand),
        _ => Some(old.wrapping_add(operand)),
    };
    if let Some(n) = new {
        cpu.write_pa(mem, pa, size, n)?;
    }
    wr(cpu, op.a[0], old, false)
}

/// `cmp8xchg16 r1 = [r3], r2, ar.csd, ar.ccv`: compare 8 bytes at r3 with
/// ar.ccv; if equal, write r2 there and ar.csd to the other half of the
/// 16-byte block.
fn cmp8xchg16(cpu: &mut Cpu, mem: &mut Mem, op: &Op) -> Result<(), Fault> {
    writable(cpu, op.a[0])?;
    let addr = val(cpu, op.a[1], READ | WRITE)?;
    let v = val(cpu, op.a[2], READ | WRITE)?;
    let pa = sema_addr(cpu, addr, 8)?;
    let old = cpu.read_pa(mem, pa, 8)?;
    if old == cpu.ar[ar::CCV] {
        cpu.write_pa(mem, pa, 8, v)?;
        let csd = cpu.ar[ar::CSD];
        cpu.write_pa(mem, pa ^ 8, 8, csd)?;
    }
    wr(cpu, op.a[0], old, false)
}

/// lfetch: a hint; `.fault` forms take the translation faults a load
/// would (ISR.na with the lfetch code). Post-increment updates the base.
fn lfetch(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (addr, anat) = rd(cpu, op.a[0])?;
    let form = (op.aux >> 8) & 3;
    if op.aux & 1 == 1 && !anat && cpu.psr & psr::DT != 0 {
        let acc = crate::cpu::tlb::Access {
            isr: isr::R | isr::NA | isr::NA_LFETCH,
            pl: cpu.cpl(),
        };
        cpu.tlb_translate(addr, acc)?;
    }
    if form != BASE {
        let (inc, inat) = post_inc(cpu, op, 1)?;
        wr(cpu, op.a[0], addr.wrapping_add(inc), anat | inat)?;
    }
    Ok(())
}

/// Branch to the recovery code at `ip + disp`.
fn take(cpu: &mut Cpu, disp: i64) {
    cpu.ip = cpu.ip.wrapping_add(disp as u64);
    cpu.ri = 0;
    cpu.taken = true;
}

/// `chk.s r2, target`: recover when r2 holds a deferred fault (NaT).
fn chk_s(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    if rd(cpu, op.a[0])?.1 {
        take(cpu, op.a[1]);
    }
    Ok(())
}

/// `chk.a.nc/.clr r1, target`: recover when r1's ALAT entry is gone.
fn chk_a(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let reg = cpu
        .phys_index(op.a[0] as u8)
        .ok_or_else(Interruption::illegal_op)?;
    match alat_find(cpu, reg) {
        Some(i) if op.aux == 1 => cpu.alat[i].valid = false,
        Some(_) => {}
        None => take(cpu, op.a[1]),
    }
    Ok(())
}

fn invala(cpu: &mut Cpu, _: &mut Mem, _: &Op) -> Result<(), Fault> {
    cpu.alat.iter_mut().for_each(|e| e.valid = false);
    Ok(())
}

fn invala_e(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let reg = cpu
        .phys_index(op.a[0] as u8)
        .ok_or_else(Interruption::illegal_op)?;
    alat_remove(cpu, reg);
    Ok(())
}
