//! Integer ALU: add, sub, logical ops, shift-and-add, pointer adds, movl.

use super::{rd, src, wr, Entry, Fault, Op, IMM};
use crate::cpu::access::Mem;
use crate::cpu::state::Cpu;
use crate::isa::{Opnd, Row};

const ADD: u32 = 0;
const ADD1: u32 = 1;
const SUB: u32 = 2;
const SUB1: u32 = 3;
const ADDP4: u32 = 4;
const AND: u32 = 5;
const ANDCM: u32 = 6;
const OR: u32 = 7;
const XOR: u32 = 8;

pub fn entry(r: &Row) -> Option<Entry> {
    let ops = &r.operands[..];
    let code = match r.mnemonic.as_str() {
        "add" if ops.len() == 4 => ADD1,
        "add" | "adds" | "addl" => ADD,
        "sub" if ops.len() == 4 => SUB1,
        "sub" => SUB,
        "addp4" => ADDP4,
        "and" => AND,
        "andcm" => ANDCM,
        "or" => OR,
        "xor" => XOR,
        "shladd" => return Entry::new(shladd, 0),
        "shladdp4" => return Entry::new(shladd, 1),
        "movl" => return Entry::new(movl, 0),
        _ => return None,
    };
    if ops.len() < 3 || ops[0] != Opnd::R1 {
        return None;
    }
    let imm = !super::is_reg(ops[1]);
    // One function per operation and operand form: the hot path has no
    // variant to decode at run time.
    let f: super::Sem = match (code, imm) {
        (ADD, false) => binop::<ADD, false>,
        (ADD, true) => binop::<ADD, true>,
        (ADD1, _) => binop::<ADD1, false>,
        (SUB, false) => binop::<SUB, false>,
        (SUB, true) => binop::<SUB, true>,
        (SUB1, _) => binop::<SUB1, false>,
        (ADDP4, false) => binop::<ADDP4, false>,
        (ADDP4, true) => binop::<ADDP4, true>,
        (AND, false) => binop::<AND, false>,
        (AND, true) => binop::<AND, true>,
        (ANDCM, false) => binop::<ANDCM, false>,
        (ANDCM, true) => binop::<ANDCM, true>,
        (OR, false) => binop::<OR, false>,
        (OR, true) => binop::<OR, true>,
        (_, false) => binop::<XOR, false>,
        (_, true) => binop::<XOR, true>,
    };
    Entry::new(f, code | if imm { IMM } else { 0 })
}

/// addp4's result: the low 32 bits of the sum, with the region bits
/// (62:61) taken from bits 31:30 of the pointer operand.
#[inline]
fn p4(sum: u64, ptr: u64) -> u64 {
    (sum & 0xffff_ffff) | ((ptr >> 30) & 3) << 61
}

#[inline]
fn compute(code: u32, a: u64, b: u64) -> u64 {
    match code {
        ADD => a.wrapping_add(b),
        ADD1 => a.wrapping_add(b).wrapping_add(1),
        SUB => a.wrapping_sub(b),
        SUB1 => a.wrapping_sub(b).wrapping_sub(1),
        ADDP4 => p4(a.wrapping_add(b), b),
        AND => a & b,
        ANDCM => a & !b,
        OR => a | b,
        _ => a ^ b,
    }
}

/// `r1 = src1 OP r3` (`src1` a register, or an immediate when `I`).
fn binop<const CODE: u32, const I: bool>(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (a, na) = src(cpu, op, 1, I)?;
    let (b, nb) = rd(cpu, op.a[2])?;
    wr(cpu, op.a[0], compute(CODE, a, b), na | nb)
}

/// `shladd r1=r2,count,r3` (and the p4 form).
fn shladd(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (a, na) = rd(cpu, op.a[1])?;
    let (b, nb) = rd(cpu, op.a[3])?;
    let sum = (a << op.a[2]).wrapping_add(b);
    let v = if op.aux == 1 { p4(sum, b) } else { sum };
    wr(cpu, op.a[0], v, na | nb)
}

fn movl(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    wr(cpu, op.a[0], op.a[1] as u64, false)
}
