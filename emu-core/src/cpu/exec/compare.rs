//! Compares and bit tests writing predicate pairs: `cmp`, `cmp4`, `tbit`,
//! `tnat`, `tf`, with every compare type (none, unc, and, or, or.andcm).

use super::{rd, src, Entry, Fault, Op, IMM};
use crate::cpu::access::Mem;
use crate::cpu::state::Cpu;
use crate::isa::Row;

const RELS: [&str; 10] = [
    "eq", "ne", "lt", "le", "gt", "ge", "ltu", "leu", "gtu", "geu",
];
/// Compare types (bits 4-6 of aux).
const NONE: u32 = 0;
const UNC: u32 = 1;
const AND: u32 = 2;
const OR: u32 = 3;
const OR_ANDCM: u32 = 4;
const SIZE4: u32 = 1 << 8;
/// Test kinds for tbit/tnat/tf (bits 9-10).
const TBIT: u32 = 1 << 9;
const TNAT: u32 = 2 << 9;
const TF: u32 = 3 << 9;

fn ctype(s: &str) -> Option<u32> {
    Some(match s {
        "" => NONE,
        "unc" => UNC,
        "and" => AND,
        "or" => OR,
        "or.andcm" => OR_ANDCM,
        _ => return None,
    })
}

pub fn entry(r: &Row) -> Option<Entry> {
    let m = r.mnemonic.as_str();
    let (base, rest) = m.split_once('.')?;
    let (rel_s, ty_s) = rest.split_once('.').unwrap_or((rest, ""));
    let ty = ctype(ty_s)?;
    let (rel, kind) = match base {
        "cmp" | "cmp4" => {
            let rel = RELS.iter().position(|&x| x == rel_s)? as u32;
            let size = if base == "cmp4" { SIZE4 } else { 0 };
            let imm = if super::is_reg(r.operands[2]) { 0 } else { IMM };
            (rel | size | imm, 0)
        }
        "tbit" | "tnat" | "tf" => {
            let z = match rel_s {
                "z" => 0,
                "nz" => 1,
                _ => return None,
            };
            (
                z,
                [TBIT, TNAT, TF][["tbit", "tnat", "tf"].iter().position(|&b| b == base)?],
            )
        }
        _ => return None,
    };
    let aux = rel | kind | ty << 4;
    let f: super::Sem = if kind == 0 { cmp_fn(aux) } else { test };
    if ty == UNC {
        Entry::always(f, aux)
    } else {
        Entry::new(f, aux)
    }
}

/// Write a compare result to the predicate pair as the type says; a NaT
/// source clears both targets for none/unc/and and leaves or-types alone.
#[inline]
fn write_pair(cpu: &mut Cpu, op: &Op, result: bool, nat: bool) {
    let (p1, p2) = (op.a[0] as u8, op.a[1] as u8);
    let ty = (op.aux >> 4) & 7;
    if ty == UNC && !cpu.pr(op.qp) {
        cpu.set_pr(p1, false);
        cpu.set_pr(p2, false);
        return;
    }
    match (ty, nat) {
        (NONE | UNC, false) => {
            cpu.set_pr(p1, result);
            cpu.set_pr(p2, !result);
        }
        (NONE | UNC | AND, true) => {
            cpu.set_pr(p1, false);
            cpu.set_pr(p2, false);
        }
        (AND, false) if !result => {
            cpu.set_pr(p1, false);
            cpu.set_pr(p2, false);
        }
        (OR, false) if result => {
            cpu.set_pr(p1, true);
            cpu.set_pr(p2, true);
        }
        (OR_ANDCM, false) if result => {
            cpu.set_pr(p1, true);
            cpu.set_pr(p2, false);
        }
        _ => {}
    }
}

#[inline]
fn relate(rel: u32, a: u64, b: u64) -> bool {
    let (sa, sb) = (a as i64, b as i64);
    match rel {
        0 => a == b,
        1 => a != b,
        2 => sa < sb,
        3 => sa <= sb,
        4 => sa > sb,
        5 => sa >= sb,
        6 => a < b,
        7 => a <= b,
        8 => a > b,
        _ => a >= b,
    }
}

/// The compare function for a variant: the common 64-bit register and
/// immediate compares of the normal and `.unc` types get their own
/// monomorphized function; the rest share the general one.
fn cmp_fn(aux: u32) -> super::Sem {
    macro_rules! pick {
        ($($rel:literal),*) => {
            match (aux & 0xf, aux & IMM != 0, (aux >> 4) & 7) {
                $(
                    ($rel, false, NONE) => cmp64::<$rel, false, NONE>,
                    ($rel, true, NONE) => cmp64::<$rel, true, NONE>,
                    ($rel, false, UNC) => cmp64::<$rel, false, UNC>,
                    ($rel, true, UNC) => cmp64::<$rel, true, UNC>,
                )*
                _ => cmp,
            }
        };
    }
    if aux & SIZE4 != 0 {
        return cmp;
    }
    pick!(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
}

/// A 64-bit compare of the normal or `.unc` type.
fn cmp64<const REL: u32, const I: bool, const TY: u32>(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (a, na) = src(cpu, op, 2, I)?;
    let (b, nb) = rd(cpu, op.a[3])?;
    let (p1, p2) = (op.a[0] as u8, op.a[1] as u8);
    let (r1, r2) = if TY == UNC && !cpu.pr(op.qp) {
        (false, false)
    } else if na | nb {
        (false, false)
    } else {
        let r = relate(REL, a, b);
        (r, !r)
    };
    cpu.set_pr(p1, r1);
    cpu.set_pr(p2, r2);
    Ok(())
}

fn cmp(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (mut a, na) = src(cpu, op, 2, op.aux & IMM != 0)?;
    let (mut b, nb) = rd(cpu, op.a[3])?;
    let rel = op.aux & 0xf;
    if op.aux & SIZE4 != 0 {
        let signed = rel < 6;
        let ext = |v: u64| {
            if signed {
                v as u32 as i32 as i64 as u64
            } else {
                v as u32 as u64
            }
        };
        a = ext(a);
        b = ext(b);
    }
    write_pair(cpu, op, relate(rel, a, b), na | nb);
    Ok(())
}

fn test(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let nz = op.aux & 1 == 1;
    let (bit, nat) = match op.aux & (3 << 9) {
        TBIT => {
            let (v, n) = rd(cpu, op.a[2])?;
            ((v >> op.a[3]) & 1 == 1, n)
        }
        TNAT => {
            let (_, n) = rd(cpu, op.a[2])?;
            // tnat reads the NaT bit itself, so NaT is not "consumed".
            (n, false)
        }
        // tf: no processor features are implemented.
        _ => (false, false),
    };
    write_pair(cpu, op, bit == nz, nat);
    Ok(())
}
