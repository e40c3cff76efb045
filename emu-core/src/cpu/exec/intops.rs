//! I-unit integer operations: deposit, extract, shifts, extensions,
//! counts, `mux`, and moves between general, branch and predicate
//! registers and ip.

use super::{rd, val, wr, Entry, Fault, Op, IMM, NO_ACCESS};
use crate::cpu::access::Mem;
use crate::cpu::state::Cpu;
use crate::isa::{Opnd, Row};

pub fn entry(r: &Row) -> Option<Entry> {
    use Opnd::*;
    let ops = &r.operands[..];
    let f: super::Sem = match (r.mnemonic.as_str(), ops) {
        ("dep", [R1, R2, R3, Cpos6c, Len4]) => dep,
        ("dep", [R1, Imm1, R3, Cpos6b, Len6]) => return Entry::new(dep, IMM),
        ("dep.z", [R1, R2, Cpos6a, Len6]) => dep_z,
        ("dep.z", [R1, Imm8, Cpos6a, Len6]) => return Entry::new(dep_z, IMM),
        ("shrp", _) => shrp,
        ("extr", _) => return Entry::new(extr, 1),
        ("extr.u", _) => return Entry::new(extr, 0),
        ("shl", [R1, R2, R3]) => shl,
        ("shr", [R1, R3, R2]) => return Entry::new(shr, 1),
        ("shr.u", [R1, R3, R2]) => return Entry::new(shr, 0),
        ("zxt1" | "zxt2" | "zxt4" | "sxt1" | "sxt2" | "sxt4", _) => {
            let bits = match r.mnemonic.as_bytes()[3] {
                b'1' => 8,
                b'2' => 16,
                _ => 32,
            };
            let signed = r.mnemonic.starts_with('s');
            return Entry::new(extend, bits | (signed as u32) << 8);
        }
        ("czx1.l", _) => return Entry::new(czx, 1),
        ("czx2.l", _) => return Entry::new(czx, 2),
        ("czx1.r", _) => return Entry::new(czx, 1 | 4),
        ("czx2.r", _) => return Entry::new(czx, 2 | 4),
        ("popcnt", _) => popcnt,
        ("clz", _) => clz,
        ("mov", [R1, B2]) => mov_from_br,
        ("mov", [R1, Ip]) => mov_from_ip,
        ("mov", [R1, PrAll]) => mov_from_pr,
        ("mov", [PrAll, R2, Imm17]) => mov_to_pr,
        ("mov", [PrRot, Imm44]) => mov_to_pr_rot,
        (m, [B1, R2, _]) if m.starts_with("mov") => mov_to_br,
        _ => return None,
    };
    Entry::new(f, 0)
}

/// The low `len` bits set (len 0-64).
#[inline]
fn ones(len: u32) -> u64 {
    if len >= 64 {
        u64::MAX
    } else {
        (1u64 << len) - 1
    }
}

/// `dep r1=r2,r3,pos,len` and `dep r1=imm1,r3,pos,len`: replace bits
/// `pos..pos+len` of r3 (truncated at bit 63) with the source's low bits.
fn dep(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (s, ns) = super::src(cpu, op, 1, op.aux & IMM != 0)?;
    let (t, nt) = rd(cpu, op.a[2])?;
    let (pos, len) = (op.a[3] as u32, op.a[4] as u32);
    let m = ones(len) << pos;
    wr(cpu, op.a[0], (t & !m) | ((s << pos) & m), ns | nt)
}

fn dep_z(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (s, ns) = super::src(cpu, op, 1, op.aux & IMM != 0)?;
    let (pos, len) = (op.a[2] as u32, op.a[3] as u32);
    wr(cpu, op.a[0], (s & ones(len)) << pos, ns)
}

fn shrp(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (hi, nh) = rd(cpu, op.a[1])?;
    let (lo, nl) = rd(cpu, op.a[2])?;
    let c = op.a[3] as u32;
    let v = if c == 0 {
        lo
    } else {
        (lo >> c) | (hi << (64 - c))
    };
    wr(cpu, op.a[0], v, nh | nl)
}

/// `extr` (signed, aux 1) and `extr.u`: the field at pos of len bits
/// (cut at bit 63), extended from its top bit.
fn extr(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (v, n) = rd(cpu, op.a[1])?;
    let (pos, len) = (op.a[2] as u32, op.a[3] as u32);
    let len = len.min(64 - pos);
    let field = (v >> pos) & ones(len);
    let r = if op.aux == 1 && len < 64 && (field >> (len - 1)) & 1 == 1 {
        field | !ones(len)
    } else {
        field
    };
    wr(cpu, op.a[0], r, n)
}

fn shl(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (v, n1) = rd(cpu, op.a[1])?;
    let (c, n2) = rd(cpu, op.a[2])?;
    wr(cpu, op.a[0], if c >= 64 { 0 } else { v << c }, n1 | n2)
}

/// `shr` (aux 1, arithmetic) and `shr.u` by a register count.
fn shr(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (v, n1) = rd(cpu, op.a[1])?;
    let (c, n2) = rd(cpu, op.a[2])?;
    let r = if op.aux == 1 {
        ((v as i64) >> c.min(63)) as u64
    } else if c >= 64 {
        0
    } else {
        v >> c
    };
    wr(cpu, op.a[0], r, n1 | n2)
}

/// zxt/sxt: aux = width in bits | signed << 8.
fn extend(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (v, n) = rd(cpu, op.a[1])?;
    let bits = op.aux & 0xff;
    let sh = 64 - bits;
    let r = if op.aux >> 8 == 1 {
        (((v << sh) as i64) >> sh) as u64
    } else {
        (v << sh) >> sh
    };
    wr(cpu, op.a[0], r, n)
}

/// czx: index of the first zero element from the left (most significant)
/// or, with aux bit 2, from the right; the element count when none is zero.
fn czx(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (v, n) = rd(cpu, op.a[1])?;
    let size = (op.aux & 3) * 8;
    let count = 64 / size;
    let elem = |i: u32| (v >> (i * size)) & ones(size);
    let r = if op.aux & 4 != 0 {
        (0..count).find(|&i| elem(i) == 0).unwrap_or(count)
    } else {
        (0..count)
            .find(|&i| elem(count - 1 - i) == 0)
            .unwrap_or(count)
    };
    wr(cpu, op.a[0], r as u64, n)
}

fn popcnt(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (v, n) = rd(cpu, op.a[1])?;
    wr(cpu, op.a[0], v.count_ones() as u64, n)
}

fn clz(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (v, n) = rd(cpu, op.a[1])?;
    wr(cpu, op.a[0], v.leading_zeros() as u64, n)
}

fn mov_from_br(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let v = cpu.br[op.a[1] as usize & 7];
    wr(cpu, op.a[0], v, false)
}

fn mov_from_ip(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let ip = cpu.ip;
    wr(cpu, op.a[0], ip, false)
}

fn mov_from_pr(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let v = cpu.pr_logical();
    wr(cpu, op.a[0], v, false)
}

fn mov_to_pr(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let v = val(cpu, op.a[1], NO_ACCESS)?;
    cpu.set_pr_logical(v, op.a[2] as u64);
    Ok(())
}

fn mov_to_pr_rot(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    cpu.set_pr_logical(op.a[1] as u64, !0xffff);
    Ok(())
}

fn mov_to_br(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let v = val(cpu, op.a[1], NO_ACCESS)?;
    cpu.br[op.a[0] as usize & 7] = v;
    Ok(())
}
