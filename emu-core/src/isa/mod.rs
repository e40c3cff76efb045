//! The IA-64 instruction table: the one source for decoding, encoding,
//! disassembly, assembly and privilege classification.
//!
//! Each [`Row`] says, declaratively, which bits identify an instruction
//! (`opcode` under `mask`), where each operand lives ([`Opnd`]), how many of
//! the operands are outputs (printed before `=`), and its privilege class.
//! The rows are written per instruction type in `rows_*.rs`; everything
//! else in the crate reads this table and nothing else.

pub mod bundle;
pub mod operand;
mod rows_a;
mod rows_b;
mod rows_f;
mod rows_i;
mod rows_m;
mod rows_mem;
mod rows_x;

use std::collections::HashMap;
use std::sync::LazyLock;

use thiserror::Error;

pub use bundle::{Bundle, BundleError, SlotUnit, Template, TEMPLATES};
pub use operand::{BitField, Opnd, OpndClass, OpndSpec, Radix, RegFile, ValueMap};

/// The instruction types of the architecture. A-type instructions execute
/// on either an M or an I slot; X-type (long) instructions fill an MLX
/// bundle's L and X slots.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InsnType {
    A,
    I,
    M,
    B,
    F,
    X,
}

impl InsnType {
    /// Whether an instruction of this type may sit in a slot of `unit`.
    pub fn fits(self, unit: SlotUnit) -> bool {
        matches!(
            (self, unit),
            (InsnType::A, SlotUnit::M | SlotUnit::I)
                | (InsnType::I, SlotUnit::I)
                | (InsnType::M, SlotUnit::M)
                | (InsnType::B, SlotUnit::B)
                | (InsnType::F, SlotUnit::F)
                | (InsnType::X, SlotUnit::X)
        )
    }
}

/// How an instruction behaves when the kernel runs de-privileged (the
/// heart of the patent: which instructions a VMM can catch).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Privilege {
    /// Runs the same at every privilege level.
    Unprivileged,
    /// Raises a Privileged Operation fault when cpl != 0, so a VMM sees it.
    Privileged,
    /// Privileged only for some register operands (writes to ar.k0-k7 and
    /// ar.itc raise a Privileged Register fault); see [`Table::privilege`].
    ByRegister,
    /// Does not trap when de-privileged but reads or changes state the VMM
    /// owns: a virtualization hole that only a paravirtualized guest avoids.
    Sensitive,
}

/// Row flags.
pub mod flags {
    /// Another spelling of an encoding a real row owns (e.g. `mov r1=r3` for
    /// `adds r1=0,r3`). Its encodings must be a subset of a real row's.
    pub const PSEUDO: u16 = 1 << 0;
    /// The qualifying predicate field is not a predicate (it must be p0).
    pub const NO_PRED: u16 = 1 << 1;
    /// Must be the first instruction of an instruction group.
    pub const FIRST: u16 = 1 << 2;
    /// Must be the last instruction of an instruction group.
    pub const LAST: u16 = 1 << 3;
    /// Must occupy slot 2 of its bundle.
    pub const SLOT2: u16 = 1 << 4;
    /// Changes the register rename bases (rrb.*).
    pub const MOD_RRBS: u16 = 1 << 5;
    /// Base register is post-incremented.
    pub const POSTINC: u16 = 1 << 6;
    /// Decoded only when nothing more specific matches: the "floating point
    /// is not supported" rows that keep real code disassembling.
    pub const CATCH_ALL: u16 = 1 << 7;
    /// The assembler never picks this row (decode only).
    pub const DECODE_ONLY: u16 = 1 << 8;
    /// Also known to the assembler without its unit suffix: `nop` for
    /// `nop.i`, `break` for `break.m`, `chk.s` for `chk.s.i`, `mov` for
    /// `mov.m ar=`. The slot it lands in picks the row.
    pub const UNIT_SUFFIX_OPTIONAL: u16 = 1 << 9;
    /// A floating-point instruction. The table knows its encoding (so it
    /// assembles and disassembles like GNU's), but ia64play's machine has
    /// no FP unit: executing it raises the Disabled FP-register fault.
    pub const FLOATING_POINT: u16 = 1 << 11;
    /// Set by the table builder: an operand has raw values the
    /// architecture reserves, so decoding must check them.
    pub const HAS_RESERVED_VALUES: u16 = 1 << 10;
}

/// Index of a row in the table.
pub type OpId = u16;

/// One instruction of the table.
#[derive(Clone, Debug)]
pub struct Row {
    /// The full mnemonic, completers included: `ld8.s.nta`, `cmp.lt.unc`.
    pub mnemonic: String,
    pub ty: InsnType,
    /// Major opcode (bits 37-40) and extension bits, under `mask`.
    pub opcode: u64,
    pub mask: u64,
    pub operands: Vec<Opnd>,
    /// How many of `operands` are written (they print before the `=`).
    pub outputs: u8,
    pub flags: u16,
    pub privilege: Privilege,
    /// Bits the architecture ignores in this format (named for the reader).
    pub ignored: Vec<(&'static str, BitField)>,
}

impl Row {
    pub fn is(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }

    /// The major opcode.
    pub fn major(&self) -> u8 {
        ((self.opcode >> 37) & 0xf) as u8
    }

    /// Every bit this row defines: opcode, predicate, operands, ignored.
    pub fn covered_bits(&self) -> u128 {
        let mut m = self.mask as u128;
        if !self.is(flags::NO_PRED) {
            m |= 0x3f;
        }
        for o in &self.operands {
            m |= o.spec().mask();
        }
        for (_, f) in &self.ignored {
            m |= f.mask();
        }
        m
    }

    pub fn set_flags(&mut self, f: u16) -> &mut Self {
        self.flags |= f;
        self
    }

    pub fn privileged(&mut self) -> &mut Self {
        self.privilege = Privilege::Privileged;
        self
    }

    pub fn sensitive(&mut self) -> &mut Self {
        self.privilege = Privilege::Sensitive;
        self
    }

    pub fn by_register(&mut self) -> &mut Self {
        self.privilege = Privilege::ByRegister;
        self
    }

    pub fn pseudo(&mut self) -> &mut Self {
        self.set_flags(flags::PSEUDO)
    }

    /// Name a field the architecture ignores in this instruction.
    pub fn ignore(&mut self, name: &'static str, lsb: u8, width: u8) -> &mut Self {
        self.ignored.push((name, BitField::new(lsb, width)));
        self
    }
}

/// Opcode bits of a row: the major opcode plus extension fields.
#[derive(Clone, Copy, Debug)]
pub struct Enc {
    pub opcode: u64,
    pub mask: u64,
}

impl Enc {
    /// Start from a major opcode (bits 37-40).
    pub const fn major(major: u64) -> Enc {
        Enc { opcode: major << 37, mask: 0xf << 37 }
    }

    /// Require `width` bits at `lsb` to equal `value`.
    pub const fn bits(self, lsb: u32, width: u32, value: u64) -> Enc {
        let m = ((1u64 << width) - 1) << lsb;
        Enc { opcode: (self.opcode & !m) | ((value << lsb) & m), mask: self.mask | m }
    }
}

/// Collects rows; used only while the table is built.
pub(crate) struct Builder {
    rows: Vec<Row>,
}

impl Builder {
    /// Add a row: `outputs` are the operands before `=`, `inputs` the rest.
    pub fn insn(&mut self, mnemonic: impl Into<String>, ty: InsnType, enc: Enc, outputs: &[Opnd], inputs: &[Opnd]) -> &mut Row {
        let mut operands = outputs.to_vec();
        operands.extend_from_slice(inputs);
        self.rows.push(Row {
            mnemonic: mnemonic.into(),
            ty,
            opcode: enc.opcode,
            mask: enc.mask,
            operands,
            outputs: outputs.len() as u8,
            flags: 0,
            privilege: Privilege::Unprivileged,
            ignored: Vec::new(),
        });
        self.rows.last_mut().expect("just pushed")
    }
}

/// A decoded instruction: a row and its operand values.
///
/// Register operands hold the register number, immediates their value,
/// IP-relative operands the byte displacement from the bundle's address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Insn {
    pub id: OpId,
    pub qp: u8,
    pub ops: [i64; 5],
}

impl Insn {
    pub fn row(&self) -> &'static Row {
        &table().rows[self.id as usize]
    }
}

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum DecodeError {
    #[error("no {unit:?}-unit instruction has the encoding {raw:#013x}")]
    Undefined { unit: SlotUnit, raw: u64 },
    #[error("the L slot of an MLX bundle is not an instruction by itself")]
    LSlot,
    #[error(transparent)]
    Bundle(#[from] BundleError),
}

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum EncodeError {
    #[error("{value} does not fit operand {index} of `{mnemonic}`: it must be {what}")]
    OperandRange { mnemonic: String, index: usize, value: i64, what: &'static str },
    #[error("p{0} is not a predicate register: predicates are p0-p63")]
    Predicate(u8),
    #[error("`{0}` cannot be predicated")]
    NotPredicable(String),
}

/// The decode index: per (type, major opcode) a decision tree that splits
/// rows on a run of bits all of them fix, until a handful remain. The
/// tree is flat (one node array, one leaf array) so a lookup is a few
/// dependent array reads.
struct DecodeIndex {
    nodes: Vec<Node>,
    leaves: Vec<Candidate>,
    /// What extraction needs of each row, compact and indexed by `OpId`
    /// (a `Row` is large; decoding should not walk through them).
    shapes: Vec<Shape>,
    /// Root node per `[InsnType as usize][major]`, or `NO_NODE`.
    roots: [[u32; 16]; 6],
    catch_all: [[Option<OpId>; 16]; 6],
}

/// A leaf entry: the bits that identify a row, beside its id.
#[derive(Clone, Copy)]
struct Candidate {
    mask: u64,
    opcode: u64,
    id: OpId,
    check_reserved: bool,
}

/// A row's operands and predicate rule, for extraction.
#[derive(Clone, Copy)]
struct Shape {
    operands: [Opnd; 5],
    /// Per operand: (lsb, mask) when it is one field read as an unsigned
    /// number (registers and most immediates), extracted inline; a zero
    /// mask sends it to [`Opnd::extract_slot`].
    simple: [(u8, u8); 5],
    count: u8,
    predicated: bool,
    long: bool,
}

/// A split on `width` bits at `lsb` (children at `at..at + 2^width`), or,
/// when `width` is 0, a leaf: rows `leaves[at..at + len]` in table order.
#[derive(Clone, Copy)]
struct Node {
    lsb: u8,
    width: u8,
    len: u16,
    at: u32,
}

const NO_NODE: u32 = u32::MAX;
/// Split no further below this many rows.
const LEAF_ROWS: usize = 2;
/// Widest split of one node.
const SPLIT_BITS_MAX: u32 = 8;
/// Bits never used as keys: the qualifying predicate and the major opcode.
const KEY_BITS: u64 = ((1 << 37) - 1) & !0x3f;

impl DecodeIndex {
    fn build(rows: &[Row]) -> DecodeIndex {
        let mut index = DecodeIndex {
            nodes: Vec::new(),
            leaves: Vec::new(),
            shapes: rows
                .iter()
                .map(|r| {
                    let mut operands = [Opnd::Gr0; 5];
                    operands[..r.operands.len()].copy_from_slice(&r.operands);
                    let mut simple = [(0u8, 0u8); 5];
                    for (s, o) in simple.iter_mut().zip(&r.operands) {
                        let spec = o.spec();
                        if let ([f], ValueMap::Unsigned) = (spec.fields, spec.map) {
                            if f.width <= 8 && f.lsb as u32 + f.width as u32 <= 41 {
                                *s = (f.lsb, ((1u16 << f.width) - 1) as u8);
                            }
                        }
                    }
                    Shape {
                        operands,
                        simple,
                        count: r.operands.len() as u8,
                        predicated: !r.is(flags::NO_PRED),
                        long: r.ty == InsnType::X,
                    }
                })
                .collect(),
            roots: [[NO_NODE; 16]; 6],
            catch_all: [[None; 16]; 6],
        };
        for ty in [InsnType::A, InsnType::I, InsnType::M, InsnType::B, InsnType::F, InsnType::X] {
            for major in 0..16u8 {
                let ids: Vec<OpId> = (0..rows.len() as OpId)
                    .filter(|&i| rows[i as usize].ty == ty && rows[i as usize].major() == major)
                    .collect();
                if ids.is_empty() {
                    continue;
                }
                index.catch_all[ty as usize][major as usize] =
                    ids.iter().copied().find(|&i| rows[i as usize].is(flags::CATCH_ALL));
                let ids = ids.into_iter().filter(|&i| !rows[i as usize].is(flags::CATCH_ALL)).collect();
                index.nodes.push(Node { lsb: 0, width: 0, len: 0, at: 0 });
                let root = index.nodes.len() - 1;
                index.fill(rows, root, ids, 0);
                index.roots[ty as usize][major as usize] = root as u32;
            }
        }
        index
    }

    /// Make node `at` a split or a leaf for `ids`.
    fn fill(&mut self, rows: &[Row], at: usize, ids: Vec<OpId>, used: u64) {
        let common = ids.iter().fold(KEY_BITS & !used, |m, &i| m & rows[i as usize].mask);
        if ids.len() <= LEAF_ROWS || common == 0 {
            self.nodes[at] = Node { lsb: 0, width: 0, len: ids.len() as u16, at: self.leaves.len() as u32 };
            self.leaves.extend(ids.iter().map(|&i| {
                let r = &rows[i as usize];
                Candidate { mask: r.mask, opcode: r.opcode, id: i, check_reserved: r.is(flags::HAS_RESERVED_VALUES) }
            }));
            return;
        }
        // The longest run of common bits (capped), highest first on ties.
        let (mut best_lsb, mut best_w) = (0u32, 0u32);
        let mut bit = 0u32;
        while bit < 37 {
            if common >> bit & 1 == 1 {
                let lsb = bit;
                while bit < 37 && common >> bit & 1 == 1 {
                    bit += 1;
                }
                let w = (bit - lsb).min(SPLIT_BITS_MAX);
                if w >= best_w {
                    (best_lsb, best_w) = (bit - w, w);
                }
            } else {
                bit += 1;
            }
        }
        let mut parts = vec![Vec::new(); 1 << best_w];
        for i in ids {
            parts[((rows[i as usize].opcode >> best_lsb) & ((1 << best_w) - 1)) as usize].push(i);
        }
        let first = self.nodes.len();
        self.nodes.resize(first + parts.len(), Node { lsb: 0, width: 0, len: 0, at: 0 });
        self.nodes[at] = Node { lsb: best_lsb as u8, width: best_w as u8, len: 0, at: first as u32 };
        let run = ((1u64 << best_w) - 1) << best_lsb;
        for (v, part) in parts.into_iter().enumerate() {
            self.fill(rows, first + v, part, used | run);
        }
    }

    #[inline]
    fn candidates(&self, ty: InsnType, major: usize, slot: u64) -> &[Candidate] {
        let root = self.roots[ty as usize][major];
        if root == NO_NODE {
            return &[];
        }
        let mut n = self.nodes[root as usize];
        while n.width != 0 {
            let k = (slot >> n.lsb) & ((1 << n.width) - 1);
            n = self.nodes[n.at as usize + k as usize];
        }
        &self.leaves[n.at as usize..n.at as usize + n.len as usize]
    }
}

/// The instruction table and its indexes.
pub struct Table {
    pub rows: Vec<Row>,
    by_mnemonic: HashMap<String, Vec<OpId>>,
    index: DecodeIndex,
}


impl Table {
    fn build() -> Table {
        let mut b = Builder { rows: Vec::new() };
        rows_a::rows(&mut b);
        rows_i::rows(&mut b);
        rows_m::rows(&mut b);
        rows_mem::rows(&mut b);
        rows_b::rows(&mut b);
        rows_f::rows(&mut b);
        rows_x::rows(&mut b);
        let mut rows = b.rows;
        assert!(rows.len() < OpId::MAX as usize);
        inherit_ignored_fields(&mut rows);
        for r in &mut rows {
            if r.operands.iter().any(|o| o.spec().map.has_reserved()) {
                r.flags |= flags::HAS_RESERVED_VALUES;
            }
        }

        let mut by_mnemonic: HashMap<String, Vec<OpId>> = HashMap::new();
        for (i, r) in rows.iter().enumerate() {
            by_mnemonic.entry(r.mnemonic.clone()).or_default().push(i as OpId);
            if r.is(flags::UNIT_SUFFIX_OPTIONAL) {
                if let Some(base) = strip_unit_suffix(&r.mnemonic) {
                    by_mnemonic.entry(base).or_default().push(i as OpId);
                }
            }
        }

        let index = DecodeIndex::build(&rows);
        Table { rows, by_mnemonic, index }
    }

    /// Rows the assembler may pick for a mnemonic (completers included).
    pub fn by_mnemonic(&self, mnemonic: &str) -> &[OpId] {
        self.by_mnemonic.get(mnemonic).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Every mnemonic the assembler knows.
    pub fn mnemonics(&self) -> impl Iterator<Item = &str> {
        self.by_mnemonic.keys().map(String::as_str)
    }

    /// The first row of type `ty` whose encoding matches `slot`, in table
    /// order (which is also objdump's order of preference for aliases).
    #[inline]
    fn find(&self, ty: InsnType, slot: u64) -> Option<OpId> {
        let major = ((slot >> 37) & 0xf) as usize;
        self.index
            .candidates(ty, major, slot)
            .iter()
            .find(|c| slot & c.mask == c.opcode && (!c.check_reserved || verify(&self.rows[c.id as usize], slot)))
            .map(|c| c.id)
            .or(self.index.catch_all[ty as usize][major])
    }

    /// Decode the instruction in slot `slot_index` of a bundle.
    #[inline]
    pub fn decode_slot(&self, bundle: &Bundle, slot_index: usize) -> Result<Insn, DecodeError> {
        let unit = bundle.template.units[slot_index];
        let slot = bundle.slots[slot_index];
        // In M and I slots, major opcodes 8-15 are the A-type instructions.
        let alu = slot >> 40 & 1 == 1;
        let (ty, word) = match unit {
            SlotUnit::M if alu => (InsnType::A, slot as u128),
            SlotUnit::M => (InsnType::M, slot as u128),
            SlotUnit::I if alu => (InsnType::A, slot as u128),
            SlotUnit::I => (InsnType::I, slot as u128),
            SlotUnit::B => (InsnType::B, slot as u128),
            SlotUnit::F => (InsnType::F, slot as u128),
            SlotUnit::X => (InsnType::X, slot as u128 | ((bundle.slots[1] as u128) << 41)),
            SlotUnit::L => return Err(DecodeError::LSlot),
        };
        let id = self.find(ty, slot).ok_or(DecodeError::Undefined { unit, raw: slot })?;
        Ok(self.extract(id, word))
    }

    /// Decode a whole bundle; the L slot of MLX yields `None`.
    pub fn decode_bundle(&self, bundle: &Bundle) -> [Option<Result<Insn, DecodeError>>; 3] {
        std::array::from_fn(|i| match bundle.template.units[i] {
            SlotUnit::L => None,
            _ => Some(self.decode_slot(bundle, i)),
        })
    }

    #[inline]
    fn extract(&self, id: OpId, word: u128) -> Insn {
        let shape = &self.index.shapes[id as usize];
        let operands = &shape.operands[..shape.count as usize];
        let mut insn = Insn { id, qp: 0, ops: [0; 5] };
        if shape.long {
            for (v, o) in insn.ops.iter_mut().zip(operands) {
                *v = o.spec().extract(word);
            }
        } else {
            let slot = word as u64;
            for ((v, o), &(lsb, mask)) in insn.ops.iter_mut().zip(operands).zip(&shape.simple) {
                *v = if mask != 0 { ((slot >> lsb) & mask as u64) as i64 } else { o.extract_slot(slot) };
            }
        }
        if shape.predicated {
            insn.qp = (word & 0x3f) as u8;
        }
        insn
    }

    /// Encode an instruction. The result holds the slot in bits 0-40 and,
    /// for X-type instructions, the L slot in bits 41-81.
    pub fn encode(&self, insn: &Insn) -> Result<u128, EncodeError> {
        let r = &self.rows[insn.id as usize];
        let mut word = r.opcode as u128;
        if insn.qp > 63 {
            return Err(EncodeError::Predicate(insn.qp));
        }
        if r.is(flags::NO_PRED) {
            if insn.qp != 0 {
                return Err(EncodeError::NotPredicable(r.mnemonic.clone()));
            }
        } else {
            word |= insn.qp as u128;
        }
        for (index, (o, &v)) in r.operands.iter().zip(&insn.ops).enumerate() {
            let spec = o.spec();
            if !spec.insert(&mut word, v) {
                return Err(EncodeError::OperandRange {
                    mnemonic: r.mnemonic.clone(),
                    index,
                    value: v,
                    what: spec.what,
                });
            }
        }
        Ok(word)
    }

    /// The privilege class of a decoded instruction, with register-dependent
    /// rows resolved (writes to ar.k0-k7 and ar.itc are privileged).
    pub fn privilege(&self, insn: &Insn) -> Privilege {
        let r = &self.rows[insn.id as usize];
        match r.privilege {
            Privilege::ByRegister => {
                let ar = r
                    .operands
                    .iter()
                    .take(r.outputs as usize)
                    .position(|&o| o == Opnd::Ar3)
                    .map(|i| insn.ops[i]);
                match ar {
                    Some(0..=7) | Some(AR_ITC) => Privilege::Privileged,
                    _ => Privilege::Unprivileged,
                }
            }
            p => p,
        }
    }
}

/// ar.itc: the interval time counter.
pub const AR_ITC: i64 = 44;

/// Which units (M, I) can move an application register: ar0-47 belong to
/// the M unit, ar64-111 to the I unit, ar48-63 and ar112-127 to either
/// (as GNU as checks it).
pub fn ar_units(ar: i64) -> (bool, bool) {
    let m = (0..=63).contains(&ar) || (112..=127).contains(&ar);
    let i = (48..=127).contains(&ar);
    (m, i)
}

/// Decode-time checks that a mask cannot express: reserved operand values.
fn verify(r: &Row, slot: u64) -> bool {
    r.operands.iter().all(|o| {
        let spec = o.spec();
        !spec.map.reserved_raw(spec.extract_raw(slot as u128))
    })
}

/// A pseudo row is another spelling of a real row's encodings, so the
/// bits that row ignores are ignored by the pseudo row too (unless the
/// pseudo row fixes them or reads them as an operand).
fn inherit_ignored_fields(rows: &mut [Row]) {
    for p in 0..rows.len() {
        if !rows[p].is(flags::PSEUDO) {
            continue;
        }
        let owner = rows.iter().position(|r| {
            !r.is(flags::PSEUDO)
                && r.ty == rows[p].ty
                && r.mask & rows[p].mask == r.mask
                && rows[p].opcode & r.mask == r.opcode
        });
        let Some(owner) = owner else { continue };
        let taken = rows[p].mask as u128 | rows[p].operands.iter().fold(0, |m, o| m | o.spec().mask());
        let inherited: Vec<_> = rows[owner].ignored.iter().copied().filter(|(_, f)| f.mask() & taken == 0).collect();
        rows[p].ignored.extend(inherited);
    }
}

/// `nop.i` -> `nop`, `chk.s.m` -> `chk.s`, `mov.i` -> `mov`.
fn strip_unit_suffix(m: &str) -> Option<String> {
    for s in [".i", ".m", ".b", ".f", ".x"] {
        if let Some(base) = m.strip_suffix(s) {
            return Some(base.to_string());
        }
    }
    None
}

static TABLE: LazyLock<Table> = LazyLock::new(Table::build);

/// The instruction table.
pub fn table() -> &'static Table {
    &TABLE
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Real rows never share an encoding; a pseudo row's encodings are all
    /// owned by one real row.
    #[test]
    fn no_overlapping_encodings() {
        let t = table();
        let real: Vec<(usize, &Row)> = t
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| !r.is(flags::PSEUDO) && !r.is(flags::CATCH_ALL))
            .collect();
        for (n, &(i, a)) in real.iter().enumerate() {
            for &(j, b) in &real[n + 1..] {
                if a.ty != b.ty {
                    continue;
                }
                let common = a.mask & b.mask;
                assert!(
                    a.opcode & common != b.opcode & common,
                    "rows {i} `{}` and {j} `{}` share encodings",
                    a.mnemonic,
                    b.mnemonic
                );
            }
        }
        for (i, p) in t.rows.iter().enumerate().filter(|(_, r)| r.is(flags::PSEUDO)) {
            let owners: Vec<&Row> = real
                .iter()
                .map(|&(_, r)| r)
                .filter(|r| r.ty == p.ty && r.mask & p.mask == r.mask && p.opcode & r.mask == r.opcode)
                .collect();
            assert_eq!(owners.len(), 1, "pseudo row {i} `{}` must refine exactly one real row", p.mnemonic);
        }
    }

    /// Every bit of every row is accounted for: opcode, predicate,
    /// operand, or a named ignored field.
    #[test]
    fn every_bit_is_accounted_for() {
        for (i, r) in table().rows.iter().enumerate() {
            if r.is(flags::CATCH_ALL) || r.is(flags::PSEUDO) {
                continue;
            }
            let want: u128 = if r.ty == InsnType::X { (1u128 << 82) - 1 } else { (1u128 << 41) - 1 };
            let have = r.covered_bits();
            assert_eq!(have & want, want, "row {i} `{}` leaves bits {:#x} unexplained", r.mnemonic, want & !have);
        }
    }

    /// The decoder relies on it: A-type rows use majors 8-15 and no M- or
    /// I-type row does.
    #[test]
    fn alu_majors_are_exactly_the_a_type_rows() {
        for r in &table().rows {
            match r.ty {
                InsnType::A => assert!(r.major() >= 8, "`{}`", r.mnemonic),
                InsnType::M | InsnType::I => assert!(r.major() < 8, "`{}`", r.mnemonic),
                _ => {}
            }
        }
    }

    #[test]
    fn operand_fields_do_not_overlap_opcode_bits() {
        for r in &table().rows {
            let mut seen = r.mask as u128;
            for o in &r.operands {
                let m = o.spec().mask();
                assert_eq!(seen & m, 0, "`{}`: operand {o:?} overlaps other bits", r.mnemonic);
                seen |= m;
            }
        }
    }
}
