//! Operand kinds: where an operand's bits live in an instruction and how its
//! value maps to those bits.
//!
//! An instruction word here is the 41-bit slot in bits 0-40 and, for the
//! long (X-type) instructions only, the L slot of the same bundle in bits
//! 41-81. That lets the 64-bit immediate of `movl` be described by plain bit
//! fields like every other operand.

/// A run of `width` bits starting at bit `lsb` of the instruction word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BitField {
    pub lsb: u8,
    pub width: u8,
}

impl BitField {
    pub const fn new(lsb: u8, width: u8) -> Self {
        BitField { lsb, width }
    }

    /// The bits of this field, as a mask over the instruction word.
    pub const fn mask(self) -> u128 {
        (((1u128) << self.width) - 1) << self.lsb
    }

    pub fn get(self, word: u128) -> u64 {
        ((word >> self.lsb) & ((1u128 << self.width) - 1)) as u64
    }

    pub fn put(self, word: &mut u128, value: u64) {
        let m = self.mask();
        *word = (*word & !m) | (((value as u128) << self.lsb) & m);
    }
}

const fn bf(lsb: u8, width: u8) -> BitField {
    BitField::new(lsb, width)
}

/// Gather `fields` of a slot into a raw value, low field first. Only for
/// fields inside the 41-bit slot.
#[inline(always)]
fn gather_slot(fields: &[BitField], slot: u64) -> u64 {
    let mut raw = 0u64;
    let mut at = 0u32;
    let mut i = 0;
    while i < fields.len() {
        let f = fields[i];
        raw |= ((slot >> (f.lsb & 63)) & ((1u64 << (f.width & 63)) - 1)) << (at & 63);
        at += f.width as u32;
        i += 1;
    }
    raw
}

/// Register files an operand can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegFile {
    Gr,
    Fr,
    Pr,
    Br,
    Ar,
    Cr,
}

impl RegFile {
    /// The letter(s) GNU syntax puts before the number.
    pub fn prefix(self) -> &'static str {
        match self {
            RegFile::Gr => "r",
            RegFile::Fr => "f",
            RegFile::Pr => "p",
            RegFile::Br => "b",
            RegFile::Ar => "ar",
            RegFile::Cr => "cr",
        }
    }

    /// Number of registers in the file.
    pub fn count(self) -> u64 {
        match self {
            RegFile::Gr | RegFile::Fr | RegFile::Ar | RegFile::Cr => 128,
            RegFile::Pr => 64,
            RegFile::Br => 8,
        }
    }
}

/// What an operand is, for printing and for matching assembler operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OpndClass {
    /// A fixed token that occupies no bits (`ip`, `pr`, `ar.ccv`, `1`, ...).
    Const(&'static str),
    /// A register number from a register file.
    Reg(RegFile),
    /// `[rN]`: a memory operand addressed by a general register.
    Mem,
    /// `file[rN]`: an indirect register file indexed by a general register.
    Ind(&'static str),
    /// An immediate value.
    Imm,
    /// An IP-relative branch target (a byte displacement from the bundle).
    Rel,
}

/// How an operand's value maps to the raw bits of its fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueMap {
    /// No bits (constant operands).
    None,
    /// raw = value, unsigned.
    Unsigned,
    /// raw = value, two's complement, sign-extended from the top field bit.
    Signed,
    /// raw = value - 1 (lengths and counts that cannot be zero).
    Minus1,
    /// raw = 63 - value (bit positions counted from the top).
    Complement63,
    /// raw = 31 - value (5-bit counts stored complemented).
    Complement31,
    /// raw = value - 32 (5-bit counts offset by 32).
    Plus32,
    /// raw = value / 8 (`alloc`'s rotating-register count).
    Div8,
    /// raw = value - 1 as a signed field: `cmp.le` rewritten as `cmp.lt`.
    SignedMinus1,
    /// Signed, but a 32-bit unsigned compare may also give values in
    /// 0xffff_ff80..=0xffff_ffff, which are taken as their sign-extension.
    SignedU4,
    /// [`ValueMap::SignedMinus1`] for a 32-bit unsigned compare.
    SignedMinus1U4,
    /// [`ValueMap::SignedMinus1`] for a 64-bit unsigned compare.
    SignedMinus1U8,
    /// Signed byte displacement, stored divided by 16 (one bundle).
    IpRel16,
    /// value's low 16 bits are zero; raw = value >> 16, signed (`mov pr.rot`).
    Shift16Signed,
    /// The increment of `fetchadd`: -16, -8, -4, -1, 1, 4, 8, 16.
    Inc3,
    /// `mov pr = r, mask`: a 17-bit signed field whose low bit is implied 0.
    Mask17,
    /// `shrp`/`mux2` style 2-bit count: raw = value - 1 (1-4).
    Cnt2b,
    /// `pshl`-style count of 0, 7, 15 or 16.
    Cnt2c,
    /// value's low 6 bits are zero; raw = value >> 6, signed (`lfetch.count`'s stride).
    Shift6Signed,
    /// `shr`/`shr.u` written as `extr`: a 12-bit raw of position `c` (low 6
    /// bits) and length-minus-one `63 - c` (high 6 bits), i.e. the field
    /// runs to bit 63. Pairs with another length are reserved (`extr`).
    PosLen64,
    /// `shl` written as `dep.z`: the complemented position `63 - c` (low 6
    /// bits) and the length-minus-one `63 - c` (high 6 bits) are equal.
    /// Pairs that differ are reserved (they are a plain `dep.z`).
    CposLen64,
}

/// How the disassembler prints an immediate (objdump's choice per kind).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Radix {
    Hex,
    SignedDecimal,
    UnsignedDecimal,
    /// Not printed at all: objdump leaves the operand out (the branch tag
    /// of a plain `mov b1=r2,tag`). The assembler still takes it.
    Omitted,
}

/// Everything the table knows about an operand kind.
#[derive(Clone, Copy, Debug)]
pub struct OpndSpec {
    pub class: OpndClass,
    /// Fields from the value's least significant bits upward.
    pub fields: &'static [BitField],
    pub map: ValueMap,
    pub radix: Radix,
    /// Words a student reads in an error message: "a 14-bit integer (-8192..8191)".
    pub what: &'static str,
    /// Total width of `fields`.
    pub width: u8,
}

macro_rules! operand_kinds {
    ($( $(#[$doc:meta])* $name:ident => $class:expr, [$($lsb:literal : $w:literal),*], $map:ident, $radix:ident, $what:literal; )*) => {
        /// Every operand kind the instruction table uses.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(non_camel_case_types)]
        pub enum Opnd { $( $(#[$doc])* $name, )* }

        impl Opnd {
            pub const ALL: &'static [Opnd] = &[$(Opnd::$name),*];

            /// The kind's description; a table lookup (decode is hot).
            #[inline]
            pub fn spec(self) -> &'static OpndSpec {
                &SPECS[self as usize]
            }

            /// The operand's value in a 41-bit slot, with each kind's field
            /// positions folded into constant shifts (the decoder's hot
            /// path; kinds that reach into the L slot use
            /// [`OpndSpec::extract`] instead).
            #[inline(never)]
            pub fn extract_slot(self, slot: u64) -> i64 {
                match self {
                    $( Opnd::$name => {
                        const FIELDS: &[BitField] = &[$(bf($lsb, $w)),*];
                        ValueMap::$map.from_raw(gather_slot(FIELDS, slot), 0 $(+ $w)*)
                    } )*
                }
            }
        }

        static SPECS: &[OpndSpec] = &[$(
            OpndSpec {
                class: $class,
                fields: &[$(bf($lsb, $w)),*],
                map: ValueMap::$map,
                radix: Radix::$radix,
                what: $what,
                width: 0 $(+ $w)*,
            },
        )*];
    };
}

use OpndClass::{Const, Imm, Ind, Mem, Reg, Rel};
use RegFile::{Ar, Br, Cr, Fr, Gr, Pr};

operand_kinds! {
    // Constant tokens.
    ArCsd => Const("ar.csd"), [], None, Hex, "ar.csd";
    ArCcv => Const("ar.ccv"), [], None, Hex, "ar.ccv";
    ArPfs => Const("ar.pfs"), [], None, Hex, "ar.pfs";
    C1 => Const("1"), [], None, Hex, "the constant 1";
    C8 => Const("8"), [], None, Hex, "the constant 8";
    C16 => Const("16"), [], None, Hex, "the constant 16";
    Gr0 => Const("r0"), [], None, Hex, "r0";
    Ip => Const("ip"), [], None, Hex, "ip";
    PrAll => Const("pr"), [], None, Hex, "pr";
    PrRot => Const("pr.rot"), [], None, Hex, "pr.rot";
    Psr => Const("psr"), [], None, Hex, "psr";
    PsrL => Const("psr.l"), [], None, Hex, "psr.l";
    PsrUm => Const("psr.um"), [], None, Hex, "psr.um";

    // Registers.
    Ar3 => Reg(Ar), [20:7], Unsigned, Hex, "an application register";
    B1 => Reg(Br), [6:3], Unsigned, Hex, "a branch register (b0-b7)";
    B2 => Reg(Br), [13:3], Unsigned, Hex, "a branch register (b0-b7)";
    Cr3 => Reg(Cr), [20:7], Unsigned, Hex, "a control register";
    F1 => Reg(Fr), [6:7], Unsigned, Hex, "a floating-point register (f0-f127)";
    F2 => Reg(Fr), [13:7], Unsigned, Hex, "a floating-point register (f0-f127)";
    F3 => Reg(Fr), [20:7], Unsigned, Hex, "a floating-point register (f0-f127)";
    F4 => Reg(Fr), [27:7], Unsigned, Hex, "a floating-point register (f0-f127)";
    P1 => Reg(Pr), [6:6], Unsigned, Hex, "a predicate register (p0-p63)";
    P2 => Reg(Pr), [27:6], Unsigned, Hex, "a predicate register (p0-p63)";
    R1 => Reg(Gr), [6:7], Unsigned, Hex, "a general register (r0-r127)";
    R2 => Reg(Gr), [13:7], Unsigned, Hex, "a general register (r0-r127)";
    R3 => Reg(Gr), [20:7], Unsigned, Hex, "a general register (r0-r127)";
    /// `addl`'s source register, which can only be r0-r3.
    R3_2 => Reg(Gr), [20:2], Unsigned, Hex, "a general register r0-r3";

    // Memory and indirect register files.
    Mr3 => Mem, [20:7], Unsigned, Hex, "a memory address [rN]";
    CpuidR3 => Ind("cpuid"), [20:7], Unsigned, Hex, "a cpuid register cpuid[rN]";
    DbrR3 => Ind("dbr"), [20:7], Unsigned, Hex, "a data breakpoint register dbr[rN]";
    DtrR3 => Ind("dtr"), [20:7], Unsigned, Hex, "a data translation register dtr[rN]";
    ItrR3 => Ind("itr"), [20:7], Unsigned, Hex, "an instruction translation register itr[rN]";
    IbrR3 => Ind("ibr"), [20:7], Unsigned, Hex, "an instruction breakpoint register ibr[rN]";
    MsrR3 => Ind("msr"), [20:7], Unsigned, Hex, "a model-specific register msr[rN]";
    PkrR3 => Ind("pkr"), [20:7], Unsigned, Hex, "a protection key register pkr[rN]";
    PmcR3 => Ind("pmc"), [20:7], Unsigned, Hex, "a performance monitor configuration register pmc[rN]";
    PmdR3 => Ind("pmd"), [20:7], Unsigned, Hex, "a performance monitor data register pmd[rN]";
    RrR3 => Ind("rr"), [20:7], Unsigned, Hex, "a region register rr[rN]";

    // Immediates.
    Ccnt5 => Imm, [20:5], Complement31, UnsignedDecimal, "a 5-bit count (0-31)";
    Cnt2a => Imm, [27:2], Minus1, UnsignedDecimal, "a 2-bit count (1-4)";
    Cnt2b => Imm, [27:2], Cnt2b, UnsignedDecimal, "a 2-bit count (1-3)";
    Cnt2c => Imm, [30:2], Cnt2c, UnsignedDecimal, "a count (0, 7, 15 or 16)";
    Cnt5 => Imm, [14:5], Unsigned, UnsignedDecimal, "a 5-bit count (0-31)";
    Cnt6 => Imm, [27:6], Unsigned, UnsignedDecimal, "a 6-bit count (0-63)";
    Cpos6a => Imm, [20:6], Complement63, UnsignedDecimal, "a 6-bit bit position (0-63)";
    Cpos6b => Imm, [14:6], Complement63, UnsignedDecimal, "a 6-bit bit position (0-63)";
    Cpos6c => Imm, [31:6], Complement63, UnsignedDecimal, "a 6-bit bit position (0-63)";
    Imm1 => Imm, [36:1], Signed, SignedDecimal, "a 1-bit integer (-1 or 0)";
    Immu2 => Imm, [13:2], Unsigned, UnsignedDecimal, "a 2-bit unsigned integer (0-3)";
    Immu5b => Imm, [14:5], Plus32, UnsignedDecimal, "a count from 32 to 63";
    Immu7a => Imm, [13:7], Unsigned, Hex, "a 7-bit unsigned integer (0-127)";
    Immu7b => Imm, [20:7], Unsigned, Hex, "a 7-bit unsigned integer (0-127)";
    Sof => Imm, [13:7], Unsigned, UnsignedDecimal, "a frame size (0-96 registers)";
    Sol => Imm, [20:7], Unsigned, UnsignedDecimal, "a count of local registers";
    Sor => Imm, [27:4], Div8, UnsignedDecimal, "a rotating register count (a multiple of 8)";
    Imm8 => Imm, [13:7, 36:1], Signed, SignedDecimal, "an 8-bit integer (-128..127)";
    Imm8U4 => Imm, [13:7, 36:1], SignedU4, SignedDecimal, "an 8-bit integer for a 32-bit unsigned compare";
    Imm8M1 => Imm, [13:7, 36:1], SignedMinus1, SignedDecimal, "an 8-bit integer (-127..128)";
    Imm8M1U4 => Imm, [13:7, 36:1], SignedMinus1U4, SignedDecimal, "an 8-bit integer for a 32-bit unsigned compare (-127..128)";
    Imm8M1U8 => Imm, [13:7, 36:1], SignedMinus1U8, SignedDecimal, "an 8-bit integer for a 64-bit unsigned compare (-127..128)";
    Immu9 => Imm, [20:7, 33:2], Unsigned, Hex, "a 9-bit unsigned integer (0-511)";
    Imm9a => Imm, [6:7, 27:1, 36:1], Signed, SignedDecimal, "a 9-bit integer (-256..255)";
    Imm9b => Imm, [13:7, 27:1, 36:1], Signed, SignedDecimal, "a 9-bit integer (-256..255)";
    Imm14 => Imm, [13:7, 27:6, 36:1], Signed, SignedDecimal, "a 14-bit integer (-8192..8191)";
    Imm17 => Imm, [6:7, 24:8, 36:1], Mask17, Hex, "a 17-bit predicate mask";
    Immu21 => Imm, [6:20, 36:1], Unsigned, Hex, "a 21-bit unsigned integer (0..0x1fffff)";
    Imm22 => Imm, [13:7, 27:9, 22:5, 36:1], Signed, SignedDecimal, "a 22-bit integer (-2097152..2097151)";
    Immu24 => Imm, [6:21, 31:2, 36:1], Unsigned, Hex, "a 24-bit unsigned integer (0..0xffffff)";
    Imm44 => Imm, [6:27, 36:1], Shift16Signed, Hex, "a 44-bit value whose low 16 bits are zero";
    /// `nop.x`/`break.x`: 20 bits of the X slot, then bit 36, then the L slot.
    Immu62 => Imm, [6:20, 36:1, 41:41], Unsigned, Hex, "a 62-bit unsigned integer";
    /// `movl`: imm7b, imm9d, imm5c, ic, then the L slot (imm41), then i.
    Immu64 => Imm, [13:7, 27:9, 22:5, 21:1, 41:41, 36:1], Unsigned, Hex, "a 64-bit integer";
    Inc3 => Imm, [13:3], Inc3, SignedDecimal, "an increment of -16, -8, -4, -1, 1, 4, 8 or 16";
    Len4 => Imm, [27:4], Minus1, UnsignedDecimal, "a 4-bit length (1-16)";
    Len6 => Imm, [27:6], Minus1, UnsignedDecimal, "a 6-bit length (1-64)";
    Mbtype4 => Imm, [20:4], Unsigned, Hex, "a mux1 permutation (@rev, @mix, @shuf, @alt or @brcst)";
    Mhtype8 => Imm, [20:8], Unsigned, Hex, "an 8-bit mux2 permutation";
    Pos6 => Imm, [14:6], Unsigned, UnsignedDecimal, "a 6-bit bit position (0-63)";
    Tag13 => Rel, [6:7, 33:2], IpRel16, Hex, "a branch tag";
    Tag13b => Rel, [24:9], IpRel16, Hex, "a branch tag";
    Tgt25 => Rel, [6:20, 36:1], IpRel16, Hex, "a branch target within 16 MiB";
    Tgt25b => Rel, [6:7, 20:13, 36:1], IpRel16, Hex, "a branch target within 16 MiB";
    Tgt25c => Rel, [13:20, 36:1], IpRel16, Hex, "a branch target within 16 MiB";
    /// `brl`: imm20b, then the L slot's bits 2-40 (imm39), then i.
    Tgt64 => Rel, [13:20, 43:39, 36:1], IpRel16, Hex, "a branch target";
    /// `lfetch.count`: how many lines to prefetch.
    Cnt6a => Imm, [6:6], Minus1, UnsignedDecimal, "a line count (1-64)";
    /// `lfetch.count`: the byte stride between lines.
    Strd5b => Imm, [13:5], Shift6Signed, SignedDecimal, "a stride that is a multiple of 64 (-1024..960)";
    /// The count of `shr`/`shr.u r1=r3,count`: `extr` at `count`, length 64 - count.
    Pos6Len64 => Imm, [14:6, 27:6], PosLen64, UnsignedDecimal, "a shift count (0-63)";
    /// The count of `shl r1=r2,count`: `dep.z` at `count`, length 64 - count.
    Cpos6aLen64 => Imm, [20:6, 27:6], CposLen64, UnsignedDecimal, "a shift count (0-63)";
    /// [`Opnd::Tag13b`] of the plain `mov b1=r2,tag`, which objdump does not print.
    Tag13bOmitted => Rel, [24:9], IpRel16, Omitted, "a branch tag";
    /// `hint.m`: bits 6-9, then 12-25 (bits 10-11 are the z opcode field), then 36.
    Immu19 => Imm, [6:4, 12:14, 36:1], Unsigned, UnsignedDecimal, "a 19-bit unsigned integer (0-524287)";
    /// Data access hint registers (Itanium 9500 and later).
    DahrR3 => Ind("dahr"), [20:7], Unsigned, Hex, "a data access hint register dahr[rN]";
}

impl ValueMap {
    /// The raw field value for an operand value, or None when the value
    /// cannot be represented in `bits` bits this way.
    pub fn to_raw(self, value: i64, bits: u32) -> Option<u64> {
        let umax = if bits >= 64 { u64::MAX } else { (1u64 << bits) - 1 };
        let fits_unsigned = |v: i128| v >= 0 && v <= umax as i128;
        let fits_signed = |v: i128| {
            let half = 1i128 << (bits - 1);
            v >= -half && v < half
        };
        let mask = |v: i128| (v as u64) & umax;
        let v = value as i128;
        match self {
            ValueMap::None => Some(0),
            ValueMap::Unsigned => {
                // Full-width fields take any 64-bit pattern.
                if bits >= 64 || fits_unsigned(v) {
                    Some(mask(v))
                } else {
                    None
                }
            }
            ValueMap::Signed => fits_signed(v).then(|| mask(v)),
            ValueMap::Minus1 => fits_unsigned(v - 1).then(|| mask(v - 1)),
            ValueMap::Complement63 => (0..=63).contains(&v).then(|| mask(63 - v)),
            ValueMap::Complement31 => (0..=31).contains(&v).then(|| mask(31 - v)),
            ValueMap::Plus32 => fits_unsigned(v - 32).then(|| mask(v - 32)),
            ValueMap::Div8 => (v % 8 == 0 && fits_unsigned(v / 8)).then(|| mask(v / 8)),
            ValueMap::SignedMinus1 => fits_signed(v - 1).then(|| mask(v - 1)),
            ValueMap::SignedU4 => {
                let v = if (0xffff_ff80..=0xffff_ffff).contains(&v) { v - (1 << 32) } else { v };
                fits_signed(v).then(|| mask(v))
            }
            ValueMap::SignedMinus1U4 => {
                let v = if (0xffff_ff81..=0x1_0000_0000).contains(&v) { v - (1 << 32) } else { v };
                fits_signed(v - 1).then(|| mask(v - 1))
            }
            ValueMap::SignedMinus1U8 => {
                // 64-bit values arrive as i64: -127..=-1 also stands for
                // 2^64-127..2^64-1, and 0 stands for 2^64 (see `cmp.leu`).
                let v = if v == 0 { 1i128 << 64 } else { v };
                let v = if v >= (1i128 << 64) - 127 { v - (1i128 << 64) } else { v };
                fits_signed(v - 1).then(|| mask(v - 1))
            }
            ValueMap::IpRel16 => (v % 16 == 0 && fits_signed(v >> 4)).then(|| mask(v >> 4)),
            ValueMap::Shift16Signed => (v & 0xffff == 0 && fits_signed(v >> 16)).then(|| mask(v >> 16)),
            ValueMap::Inc3 => {
                let (s, i) = match value {
                    16 => (0, 0),
                    8 => (0, 1),
                    4 => (0, 2),
                    1 => (0, 3),
                    -16 => (1, 0),
                    -8 => (1, 1),
                    -4 => (1, 2),
                    -1 => (1, 3),
                    _ => return None,
                };
                Some((s << 2) | i)
            }
            ValueMap::Mask17 => (v & 1 == 0 && fits_signed(v >> 1)).then(|| mask(v >> 1)),
            ValueMap::Cnt2b => (1..=3).contains(&v).then(|| mask(v - 1)),
            ValueMap::Cnt2c => match value {
                0 => Some(0),
                7 => Some(1),
                15 => Some(2),
                16 => Some(3),
                _ => None,
            },
            ValueMap::Shift6Signed => (v & 0x3f == 0 && fits_signed(v >> 6)).then(|| mask(v >> 6)),
            ValueMap::PosLen64 => (0..=63).contains(&v).then(|| mask(v | (63 - v) << 6)),
            ValueMap::CposLen64 => (0..=63).contains(&v).then(|| mask((63 - v) * 65)),
        }
    }

    /// Whether some raw values of this map are reserved (decoding must
    /// check them).
    pub fn has_reserved(self) -> bool {
        matches!(self, ValueMap::Cnt2b | ValueMap::PosLen64 | ValueMap::CposLen64)
    }

    /// Raw values this kind cannot hold: the architecture reserves them, or
    /// (the shift counts of pseudo-ops) a more general row owns them.
    pub fn reserved_raw(self, raw: u64) -> bool {
        matches!((self, raw), (ValueMap::Cnt2b, 3))
            || (self == ValueMap::PosLen64 && raw >> 6 != 63 - (raw & 63))
            || (self == ValueMap::CposLen64 && raw >> 6 != raw & 63)
    }

    /// The operand value for a raw field value of `bits` bits.
    #[inline]
    pub fn from_raw(self, raw: u64, bits: u32) -> i64 {
        let sext = |r: u64| -> i64 {
            if bits >= 64 {
                r as i64
            } else {
                let shift = 64 - bits;
                ((r << shift) as i64) >> shift
            }
        };
        match self {
            ValueMap::None => 0,
            ValueMap::Unsigned => raw as i64,
            ValueMap::Signed | ValueMap::SignedU4 => sext(raw),
            ValueMap::Minus1 => raw as i64 + 1,
            ValueMap::Complement63 => 63 - raw as i64,
            ValueMap::Complement31 => 31 - raw as i64,
            ValueMap::Plus32 => raw as i64 + 32,
            ValueMap::Div8 => raw as i64 * 8,
            ValueMap::SignedMinus1 | ValueMap::SignedMinus1U8 => sext(raw) + 1,
            // A 32-bit unsigned compare against 0 is written 0x100000000.
            ValueMap::SignedMinus1U4 => match sext(raw) + 1 {
                0 => 1 << 32,
                v => v,
            },
            ValueMap::IpRel16 => sext(raw) << 4,
            ValueMap::Shift16Signed => sext(raw) << 16,
            ValueMap::Inc3 => {
                let mag = [16, 8, 4, 1][(raw & 3) as usize];
                if raw & 4 != 0 {
                    -mag
                } else {
                    mag
                }
            }
            ValueMap::Mask17 => sext(raw) << 1,
            ValueMap::Cnt2b => raw as i64 + 1,
            ValueMap::Cnt2c => [0, 7, 15, 16][(raw & 3) as usize],
            ValueMap::Shift6Signed => sext(raw) << 6,
            ValueMap::PosLen64 => (raw & 63) as i64,
            ValueMap::CposLen64 => 63 - (raw & 63) as i64,
        }
    }
}

impl OpndSpec {
    /// Total number of bits the operand occupies.
    #[inline]
    pub fn bits(&self) -> u32 {
        self.width as u32
    }

    /// Mask of every bit the operand occupies in the instruction word.
    pub fn mask(&self) -> u128 {
        self.fields.iter().fold(0, |m, f| m | f.mask())
    }

    /// Gather the raw value from the instruction word.
    pub fn extract_raw(&self, word: u128) -> u64 {
        let mut raw = 0u64;
        let mut at = 0;
        for f in self.fields {
            raw |= f.get(word) << at;
            at += f.width as u32;
        }
        raw
    }

    /// Scatter a raw value into the instruction word.
    pub fn insert_raw(&self, word: &mut u128, raw: u64) {
        let mut at = 0;
        for f in self.fields {
            f.put(word, if at >= 64 { 0 } else { raw >> at });
            at += f.width as u32;
        }
    }

    pub fn extract(&self, word: u128) -> i64 {
        self.map.from_raw(self.extract_raw(word), self.bits())
    }

    /// Encode `value` into `word`; false when the value does not fit.
    pub fn insert(&self, word: &mut u128, value: i64) -> bool {
        match self.map.to_raw(value, self.bits()) {
            Some(raw) => {
                self.insert_raw(word, raw);
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips_its_extremes() {
        for &k in Opnd::ALL {
            let s = k.spec();
            if s.fields.is_empty() {
                continue;
            }
            let bits = s.bits();
            let raws: Vec<u64> = if bits >= 64 {
                vec![0, 1, u64::MAX]
            } else {
                vec![0, 1, (1u64 << bits) - 1, (1u64 << (bits - 1)) & ((1u64 << bits) - 1)]
            };
            for raw in raws {
                if s.map.reserved_raw(raw) {
                    continue;
                }
                let mut w = 0u128;
                s.insert_raw(&mut w, raw);
                let v = s.extract(w);
                let mut w2 = 0u128;
                assert!(s.insert(&mut w2, v), "{k:?}: value {v} from raw {raw:#x} does not re-encode");
                assert_eq!(w, w2, "{k:?}: raw {raw:#x}");
            }
        }
    }

    #[test]
    fn fields_of_a_kind_do_not_overlap() {
        for &k in Opnd::ALL {
            let mut seen = 0u128;
            for f in k.spec().fields {
                assert_eq!(seen & f.mask(), 0, "{k:?}");
                seen |= f.mask();
            }
        }
    }

    #[test]
    fn out_of_range_values_are_refused() {
        let mut w = 0;
        assert!(!Opnd::Imm14.spec().insert(&mut w, 8192));
        assert!(Opnd::Imm14.spec().insert(&mut w, -8192));
        assert!(!Opnd::Inc3.spec().insert(&mut w, 2));
        assert!(!Opnd::Tgt25.spec().insert(&mut w, 8));
        assert!(!Opnd::Len6.spec().insert(&mut w, 0));
        assert!(Opnd::Len6.spec().insert(&mut w, 64));
    }

    /// `shr r1=r3,c` is `extr r1=r3,c,64-c` and `shl r1=r2,c` is
    /// `dep.z r1=r2,c,64-c`: one value fills both fields, and a pair with
    /// another length is not this operand.
    #[test]
    fn shift_counts_fill_position_and_length() {
        for c in 0..=63 {
            for (k, pos, len) in [(Opnd::Pos6Len64, Opnd::Pos6, Opnd::Len6), (Opnd::Cpos6aLen64, Opnd::Cpos6a, Opnd::Len6)] {
                let (mut a, mut b) = (0u128, 0u128);
                assert!(k.spec().insert(&mut a, c));
                assert!(pos.spec().insert(&mut b, c) && len.spec().insert(&mut b, 64 - c));
                assert_eq!(a, b, "{k:?} {c}");
                assert_eq!(k.spec().extract(a), c);
                let s = k.spec();
                assert!(!s.map.reserved_raw(s.extract_raw(a)));
                let mut other = b;
                len.spec().insert(&mut other, if c == 0 { 1 } else { 64 - c + 1 });
                assert!(s.map.reserved_raw(s.extract_raw(other)), "{k:?} {c}");
            }
        }
        assert!(!Opnd::Pos6Len64.spec().insert(&mut 0, 64));
    }
}
