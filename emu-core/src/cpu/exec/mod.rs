//! Instruction semantics. Each family module turns a table [`Row`] into a
//! semantic function (and a small variant code); [`semantics`] builds,
//! once, the table of them indexed by row id. Operand reads (frame bounds,
//! NaT) and write-backs go through the helpers here.

mod alu;
mod branch;
mod compare;
mod intops;
mod memory;
mod multimedia;
mod system;

use std::sync::LazyLock;

use super::access::Mem;
use super::interrupt::{isr, Interruption};
use super::state::Cpu;
use crate::isa::{flags, table, OpId, Opnd, Privilege, Row};

/// A decoded, ready-to-run instruction: what the predecode cache holds.
#[derive(Clone, Copy, Debug)]
pub struct Op {
    pub f: Sem,
    /// Operand values in the row's order (see [`crate::isa::Insn`]).
    pub a: [i64; 5],
    pub id: OpId,
    pub qp: u8,
    pub flags: u8,
    /// Family-specific variant (size, relation, completer...).
    pub aux: u32,
}

/// Semantic function: execute `op` (its predicate already true, its
/// privilege already checked). A fault comes back as [`Fault`], whose
/// interruption [`take_fault`] returns.
pub type Sem = fn(&mut Cpu, &mut Mem, &Op) -> Result<(), Fault>;

/// An instruction faulted; the [`Interruption`] waits in [`take_fault`].
///
/// Semantic functions are called through a pointer once per instruction;
/// returning a one-byte error instead of the whole interruption record
/// keeps that return in a register. `?` on any `Result<_, Interruption>`
/// converts, parking the record in a per-thread slot until the run loop
/// takes it (right after the call, on the same thread).
#[derive(Debug)]
pub struct Fault(());

thread_local! {
    static PENDING: std::cell::Cell<Option<Interruption>> = const { std::cell::Cell::new(None) };
}

impl From<Interruption> for Fault {
    #[cold]
    fn from(i: Interruption) -> Fault {
        PENDING.with(|p| p.set(Some(i)));
        Fault(())
    }
}

/// The interruption of the last [`Fault`] on this thread.
pub fn take_fault() -> Interruption {
    PENDING
        .with(|p| p.take())
        .unwrap_or_else(Interruption::illegal_op)
}

/// [`Op::flags`]: run even when the predicate is false (`cmp.unc`, ...).
pub const ALWAYS: u8 = 1;
/// Privileged Operation fault at cpl != 0.
pub const PRIV_OP: u8 = 2;
/// Privileged Register fault at cpl != 0.
pub const PRIV_REG: u8 = 4;
/// Counts as a retired instruction (the L slot of MLX does not).
pub const COUNTS: u8 = 8;
/// Does nothing (nop, hint, fences on one in-order CPU): the run loop
/// only counts it.
pub const NOP: u8 = 16;

/// A row's semantics: function, variant, and whether it ignores qp.
#[derive(Clone, Copy)]
pub struct Entry {
    pub f: Sem,
    pub aux: u32,
    pub always: bool,
    /// Does nothing at all: the run loop only counts it.
    pub nop: bool,
}

impl Entry {
    /// An instruction with no effect on this machine.
    pub fn nop() -> Option<Entry> {
        Some(Entry {
            f: nothing,
            aux: 0,
            always: false,
            nop: true,
        })
    }
    pub fn new(f: Sem, aux: u32) -> Option<Entry> {
        Some(Entry {
            f,
            aux,
            always: false,
            nop: false,
        })
    }
    pub fn always(f: Sem, aux: u32) -> Option<Entry> {
        Some(Entry {
            f,
            aux,
            always: true,
            nop: false,
        })
    }
}

/// The semantic table, by row id. Pseudo rows map to the real row they
/// refine (the decoder may return a pseudo row, e.g. `mov r1=r3`), and
/// carry that row's id so operands are re-extracted in its layout.
pub struct Semantics {
    pub entries: Vec<Entry>,
    /// For each row, the row whose operand layout execution uses.
    pub real: Vec<OpId>,
    /// Whether the row has semantics of its own (else Illegal Operation).
    pub known: Vec<bool>,
}

static SEMANTICS: LazyLock<Semantics> = LazyLock::new(build);

pub fn semantics() -> &'static Semantics {
    &SEMANTICS
}

fn build() -> Semantics {
    let t = table();
    let real: Vec<OpId> = t
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            if r.is(flags::PSEUDO) {
                owner(&t.rows, r).unwrap_or(i as OpId)
            } else {
                i as OpId
            }
        })
        .collect();
    let own: Vec<Option<Entry>> = t.rows.iter().map(entry_for).collect();
    let known = real.iter().map(|&i| own[i as usize].is_some()).collect();
    let entries: Vec<Entry> = real
        .iter()
        .map(|&i| {
            own[i as usize].unwrap_or(Entry {
                f: illegal,
                aux: 0,
                always: false,
                nop: false,
            })
        })
        .collect();
    Semantics {
        entries,
        real,
        known,
    }
}

/// The real row whose encodings include a pseudo row's.
fn owner(rows: &[Row], p: &Row) -> Option<OpId> {
    rows.iter()
        .position(|r| {
            !r.is(flags::PSEUDO)
                && !r.is(flags::CATCH_ALL)
                && r.ty == p.ty
                && r.mask & p.mask == r.mask
                && p.opcode & r.mask == r.opcode
        })
        .map(|i| i as OpId)
}

/// The semantics of one real row, found from its mnemonic and operands.
fn entry_for(r: &Row) -> Option<Entry> {
    alu::entry(r)
        .or_else(|| compare::entry(r))
        .or_else(|| intops::entry(r))
        .or_else(|| multimedia::entry(r))
        .or_else(|| memory::entry(r))
        .or_else(|| branch::entry(r))
        .or_else(|| system::entry(r))
        .or_else(|| {
            // Anything else naming a floating-point register.
            r.operands
                .iter()
                .any(|o| matches!(o, Opnd::F1 | Opnd::F2 | Opnd::F3 | Opnd::F4))
                .then_some(Entry {
                    f: fp_disabled,
                    aux: 0,
                    always: false,
                    nop: false,
                })
        })
}

/// The Op for a decoded instruction: semantics, operands in the real
/// row's layout, privilege checks resolved.
pub fn make_op(id: OpId, qp: u8, word: u128, ops: [i64; 5]) -> Op {
    let s = semantics();
    let t = table();
    let rid = s.real[id as usize];
    let a = if rid == id {
        ops
    } else {
        let mut a = [0i64; 5];
        for (v, o) in a.iter_mut().zip(&t.rows[rid as usize].operands) {
            *v = o.spec().extract(word);
        }
        a
    };
    let e = s.entries[id as usize];
    let insn = crate::isa::Insn {
        id: rid,
        qp,
        ops: a,
    };
    let mut fl = COUNTS;
    // p0 is always true: skip the predicate read at run time.
    if e.always || qp == 0 {
        fl |= ALWAYS;
    }
    if e.nop {
        fl |= NOP;
    }
    let row = &t.rows[rid as usize];
    match (row.privilege, t.privilege(&insn)) {
        (Privilege::Privileged, _) => fl |= PRIV_OP,
        (Privilege::ByRegister, Privilege::Privileged) => fl |= PRIV_REG,
        _ => {}
    }
    Op {
        f: e.f,
        a,
        id: rid,
        qp,
        flags: fl,
        aux: e.aux,
    }
}

/// An Op that raises Illegal Operation (undecodable slots, reserved
/// templates, unsupported rows).
pub fn illegal_op() -> Op {
    Op {
        f: illegal,
        a: [0; 5],
        id: 0,
        qp: 0,
        flags: COUNTS | ALWAYS,
        aux: 0,
    }
}

/// The L slot of an MLX bundle: nothing to run, nothing retired.
pub fn l_slot() -> Op {
    Op {
        f: nothing,
        a: [0; 5],
        id: 0,
        qp: 0,
        flags: ALWAYS,
        aux: 0,
    }
}

pub fn illegal(_: &mut Cpu, _: &mut Mem, _: &Op) -> Result<(), Fault> {
    Err((Interruption::illegal_op()).into())
}

pub fn nothing(_: &mut Cpu, _: &mut Mem, _: &Op) -> Result<(), Fault> {
    Ok(())
}

/// Floating-point rows: the model has no floating-point registers, so
/// they raise Disabled Floating-Point Register (both halves, ISR code 3),
/// what hardware does with psr.dfl = psr.dfh = 1. A supervisor may
/// emulate them from there.
pub fn fp_disabled(_: &mut Cpu, _: &mut Mem, _: &Op) -> Result<(), Fault> {
    Err(Interruption::new(super::interrupt::Vector::DisabledFpRegister, 3).into())
}

// ---- operand plumbing ------------------------------------------------------

/// Read general register `r` with its NaT bit; Illegal Operation outside
/// the current frame.
#[inline]
pub fn rd(cpu: &Cpu, r: i64) -> Result<(u64, bool), Interruption> {
    cpu.gr(r as u8).ok_or_else(Interruption::illegal_op)
}

/// Read general register `r`, faulting on NaT (Register NaT Consumption).
#[inline]
pub fn val(cpu: &Cpu, r: i64, access: u64) -> Result<u64, Interruption> {
    match rd(cpu, r)? {
        (_, true) => Err(Interruption::nat_reg(access)),
        (v, false) => Ok(v),
    }
}

/// Write general register `r`; Illegal Operation for r0 and outside the frame.
#[inline]
pub fn wr(cpu: &mut Cpu, r: i64, v: u64, nat: bool) -> Result<(), Fault> {
    if cpu.set_gr(r as u8, v, nat) {
        Ok(())
    } else {
        Err((Interruption::illegal_op()).into())
    }
}

/// Check that `r` may be written before side effects happen.
#[inline]
pub fn writable(cpu: &Cpu, r: i64) -> Result<(), Fault> {
    match cpu.phys_index(r as u8) {
        Some(p) if p != 0 => Ok(()),
        _ => Err((Interruption::illegal_op()).into()),
    }
}

/// A source operand that is a register or an immediate, by operand kind.
pub fn is_reg(o: Opnd) -> bool {
    matches!(o, Opnd::R1 | Opnd::R2 | Opnd::R3 | Opnd::R3_2 | Opnd::Gr0)
}

/// Variant aux for "the first source is an immediate".
pub const IMM: u32 = 1 << 31;

/// Read source `k` of `op`: a register (with NaT) or, when `imm`, the
/// immediate value.
#[inline]
pub fn src(cpu: &Cpu, op: &Op, k: usize, imm: bool) -> Result<(u64, bool), Interruption> {
    if imm {
        Ok((op.a[k] as u64, false))
    } else {
        rd(cpu, op.a[k])
    }
}

/// ISR access bits for faults on register reads by non-memory instructions.
pub const NO_ACCESS: u64 = 0;
pub const READ: u64 = isr::R;
pub const WRITE: u64 = isr::W;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every real row has semantics, except the ones that are Illegal
    /// Operation by design (listed) and floating point.
    #[test]
    fn every_row_has_semantics() {
        let t = table();
        let s = semantics();
        let missing: Vec<String> = t
            .rows
            .iter()
            .enumerate()
            .filter(|(i, r)| !r.is(flags::PSEUDO) && !s.known[*i])
            .map(|(_, r)| format!("{} {:?}", r.mnemonic, r.operands))
            .collect();
        assert!(
            missing.is_empty(),
            "rows without semantics:\n{}",
            missing.join("\n")
        );
    }
}
