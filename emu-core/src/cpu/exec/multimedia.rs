//! Parallel (multimedia) integer operations on 1-, 2- and 4-byte lanes:
//! padd/psub with saturation, pavg, pcmp, shift-and-add, multiplies,
//! mix/pack/unpack, min/max, psad, mux, lane shifts, mpy4.
//!
//! Lane n is bits `n*size..` (little-endian lane numbering); element
//! orders of mix, pack, unpack, pmpy2 and mux follow Ski's implementation.

use super::{rd, wr, Entry, Fault, Op};
use crate::cpu::access::Mem;
use crate::cpu::interrupt::Interruption;
use crate::cpu::state::Cpu;
use crate::isa::Row;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
enum K {
    Padd,
    Psub,
    Pavg,
    PavgRaz,
    Pavgsub,
    PcmpEq,
    PcmpGt,
    Pshladd,
    Pshradd,
    Pmpyshr,
    PmpyshrU,
    PmpyL,
    PmpyR,
    MixL,
    MixR,
    PackUss,
    PackSss,
    UnpackH,
    UnpackL,
    PminU,
    PmaxU,
    Pmin,
    Pmax,
    Psad,
    Mux1,
    Mux2,
    Pshr,
    PshrU,
    Pshl,
    Mpy4,
    Mpyshl4,
}

const KINDS: [K; 31] = [
    K::Padd,
    K::Psub,
    K::Pavg,
    K::PavgRaz,
    K::Pavgsub,
    K::PcmpEq,
    K::PcmpGt,
    K::Pshladd,
    K::Pshradd,
    K::Pmpyshr,
    K::PmpyshrU,
    K::PmpyL,
    K::PmpyR,
    K::MixL,
    K::MixR,
    K::PackUss,
    K::PackSss,
    K::UnpackH,
    K::UnpackL,
    K::PminU,
    K::PmaxU,
    K::Pmin,
    K::Pmax,
    K::Psad,
    K::Mux1,
    K::Mux2,
    K::Pshr,
    K::PshrU,
    K::Pshl,
    K::Mpy4,
    K::Mpyshl4,
];

/// aux: kind | lane bytes << 8 | saturation << 12 | second source is a
/// register << 16.
const REG2: u32 = 1 << 16;

pub fn entry(r: &Row) -> Option<Entry> {
    let m = r.mnemonic.as_str();
    let (stem, comp) = m.split_once('.').unwrap_or((m, ""));
    let digits = stem.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let name = &stem[..stem.len() - digits.len()];
    let size: u32 = match digits {
        "1" => 1,
        "2" => 2,
        "4" => 4,
        _ => 8,
    };
    let (kind, sat) = match (name, comp) {
        ("padd", s) | ("psub", s) => (if name == "padd" { K::Padd } else { K::Psub }, sat_code(s)?),
        ("pavg", "") => (K::Pavg, 0),
        ("pavg", "raz") => (K::PavgRaz, 0),
        ("pavgsub", "") => (K::Pavgsub, 0),
        ("pcmp", "eq") => (K::PcmpEq, 0),
        ("pcmp", "gt") => (K::PcmpGt, 0),
        ("pshladd", "") => (K::Pshladd, 0),
        ("pshradd", "") => (K::Pshradd, 0),
        ("pmpyshr", "") => (K::Pmpyshr, 0),
        ("pmpyshr", "u") => (K::PmpyshrU, 0),
        ("pmpy", "l") => (K::PmpyL, 0),
        ("pmpy", "r") => (K::PmpyR, 0),
        ("mix", "l") => (K::MixL, 0),
        ("mix", "r") => (K::MixR, 0),
        ("pack", "uss") => (K::PackUss, 0),
        ("pack", "sss") => (K::PackSss, 0),
        ("unpack", "h") => (K::UnpackH, 0),
        ("unpack", "l") => (K::UnpackL, 0),
        ("pmin", "u") => (K::PminU, 0),
        ("pmax", "u") => (K::PmaxU, 0),
        ("pmin", "") => (K::Pmin, 0),
        ("pmax", "") => (K::Pmax, 0),
        ("psad", "") => (K::Psad, 0),
        ("mux", "") if size == 1 => (K::Mux1, 0),
        ("mux", "") if size == 2 => (K::Mux2, 0),
        ("pshr", "") if size < 8 => (K::Pshr, 0),
        ("pshr", "u") if size < 8 => (K::PshrU, 0),
        ("pshl", "") if size < 8 => (K::Pshl, 0),
        ("mpy", "") if size == 4 => (K::Mpy4, 0),
        ("mpyshl", "") if size == 4 => (K::Mpyshl4, 0),
        _ => return None,
    };
    let reg2 = r.operands.get(2).is_some_and(|&o| super::is_reg(o));
    Entry::new(
        mm,
        kind as u32 | size << 8 | sat << 12 | if reg2 { REG2 } else { 0 },
    )
}

fn sat_code(s: &str) -> Option<u32> {
    Some(match s {
        "" => 0,
        "sss" => 1,
        "uuu" => 2,
        "uus" => 3,
        _ => return None,
    })
}

#[inline]
fn mask(bits: u32) -> u64 {
    if bits >= 64 {
        u64::MAX
    } else {
        (1 << bits) - 1
    }
}

/// Lane `i` of `v` (lanes of `bits` bits), zero-extended.
#[inline]
fn lane(v: u64, i: u32, bits: u32) -> u64 {
    (v >> (i * bits)) & mask(bits)
}

/// Lane `i` of `v`, sign-extended.
#[inline]
fn slane(v: u64, i: u32, bits: u32) -> i64 {
    let sh = 64 - bits;
    ((lane(v, i, bits) << sh) as i64) >> sh
}

/// Build a value from `n` lanes of `bits` bits.
fn gather(n: u32, bits: u32, f: impl Fn(u32) -> i64) -> u64 {
    (0..n).fold(0, |acc, i| acc | ((f(i) as u64) & mask(bits)) << (i * bits))
}

fn clamp(v: i64, lo: i64, hi: i64) -> i64 {
    v.clamp(lo, hi)
}

fn mm(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let kind = KINDS[(op.aux & 0xff) as usize];
    let size = (op.aux >> 8) & 0xf;
    let sat = (op.aux >> 12) & 0xf;
    let bits = size * 8;
    let n = 64 / bits;
    let (a, na) = rd(cpu, op.a[1])?;
    let (b, nb) = if op.aux & REG2 != 0 {
        rd(cpu, op.a[2])?
    } else {
        (op.a[2] as u64, false)
    };
    let smax = (1i64 << (bits - 1)) - 1;
    let smin = -(1i64 << (bits - 1));
    let umax = mask(bits) as i64;
    let r = match kind {
        K::Padd | K::Psub => gather(n, bits, |i| {
            let (ua, ub, sa, sb) = (
                lane(a, i, bits) as i64,
                lane(b, i, bits) as i64,
                slane(a, i, bits),
                slane(b, i, bits),
            );
            let sub = kind == K::Psub;
            let op2 = |x: i64, y: i64| if sub { x - y } else { x + y };
            match sat {
                1 => clamp(op2(sa, sb), smin, smax),
                2 => clamp(op2(ua, ub), 0, umax),
                3 => clamp(op2(ua, sb), 0, umax),
                _ => op2(ua, ub),
            }
        }),
        K::Pavg | K::PavgRaz | K::Pavgsub => gather(n, bits, |i| {
            let (x, y) = (lane(a, i, bits) as i64, lane(b, i, bits) as i64);
            match kind {
                K::PavgRaz => (x + y + 1) >> 1,
                K::Pavg => ((x + y) >> 1) | ((x + y) & 1),
                _ => ((x - y) >> 1) | ((x - y) & 1),
            }
        }),
        K::PcmpEq => gather(n, bits, |i| {
            -((lane(a, i, bits) == lane(b, i, bits)) as i64)
        }),
        K::PcmpGt => gather(n, bits, |i| {
            -((slane(a, i, bits) > slane(b, i, bits)) as i64)
        }),
        K::Pshladd | K::Pshradd => {
            let (c, nc) = rd(cpu, op.a[3])?;
            let cnt = op.a[2] as u32;
            let r = gather(4, 16, |i| {
                let (x, y) = (slane(a, i, 16), slane(c, i, 16));
                if kind == K::Pshladd {
                    let t = x << cnt;
                    if t < -0x8000 {
                        -0x8000
                    } else if t > 0x7fff {
                        0x7fff
                    } else {
                        clamp(t + y, -0x8000, 0x7fff)
                    }
                } else {
                    clamp((x >> cnt) + y, -0x8000, 0x7fff)
                }
            });
            return wr(cpu, op.a[0], r, na | nc);
        }
        K::Pmpyshr | K::PmpyshrU => {
            let cnt = op.a[3] as u32;
            gather(4, 16, |i| {
                if kind == K::Pmpyshr {
                    (slane(a, i, 16) * slane(b, i, 16)) >> cnt
                } else {
                    ((lane(a, i, 16) * lane(b, i, 16)) >> cnt) as i64
                }
            })
        }
        K::PmpyL | K::PmpyR => {
            let o = if kind == K::PmpyL { 1 } else { 0 };
            gather(2, 32, |i| slane(a, 2 * i + o, 16) * slane(b, 2 * i + o, 16))
        }
        K::MixL | K::MixR => {
            let o = if kind == K::MixL { 1 } else { 0 };
            gather(n, bits, |i| {
                lane(if i % 2 == 1 { a } else { b }, i / 2 * 2 + o, bits) as i64
            })
        }
        K::UnpackH | K::UnpackL => {
            let o = if kind == K::UnpackH { n / 2 } else { 0 };
            gather(n, bits, |i| {
                lane(if i % 2 == 1 { a } else { b }, o + i / 2, bits) as i64
            })
        }
        K::PackUss | K::PackSss => {
            // Sources have lanes of `bits`; the result lanes are half as wide.
            let half = bits / 2;
            let (lo, hi) = if kind == K::PackUss {
                (0, mask(half) as i64)
            } else {
                (-(1i64 << (half - 1)), (1i64 << (half - 1)) - 1)
            };
            gather(2 * n, half, |i| {
                let src = if i < n { a } else { b };
                clamp(slane(src, i % n, bits), lo, hi)
            })
        }
        K::PminU | K::PmaxU => gather(n, bits, |i| {
            let (x, y) = (lane(a, i, bits), lane(b, i, bits));
            (if kind == K::PminU { x.min(y) } else { x.max(y) }) as i64
        }),
        K::Pmin | K::Pmax => gather(n, bits, |i| {
            let (x, y) = (slane(a, i, bits), slane(b, i, bits));
            if kind == K::Pmin {
                x.min(y)
            } else {
                x.max(y)
            }
        }),
        K::Psad => (0..8)
            .map(|i| (lane(a, i, 8) as i64 - lane(b, i, 8) as i64).unsigned_abs())
            .sum(),
        K::Mux1 => {
            let perm: [u32; 8] = match b {
                0 => [0; 8],
                8 => [0, 4, 2, 6, 1, 5, 3, 7],
                9 => [0, 4, 1, 5, 2, 6, 3, 7],
                0xa => [0, 2, 4, 6, 1, 3, 5, 7],
                0xb => [7, 6, 5, 4, 3, 2, 1, 0],
                _ => return Err((Interruption::illegal_op()).into()),
            };
            gather(8, 8, |i| lane(a, perm[i as usize], 8) as i64)
        }
        K::Mux2 => gather(4, 16, |i| {
            lane(a, 3 - ((b >> (2 * i)) & 3) as u32, 16) as i64
        }),
        K::Pshr | K::PshrU | K::Pshl => {
            let c = b;
            gather(n, bits, |i| match kind {
                K::Pshr => slane(a, i, bits) >> c.min(bits as u64 - 1),
                K::PshrU if c >= bits as u64 => 0,
                K::PshrU => (lane(a, i, bits) >> c) as i64,
                _ if c >= bits as u64 => 0,
                _ => (lane(a, i, bits) << c) as i64,
            })
        }
        K::Mpy4 => (a as u32 as u64).wrapping_mul(b as u32 as u64),
        K::Mpyshl4 => (a as u32 as u64).wrapping_mul(b >> 32) << 32,
    };
    wr(cpu, op.a[0], r, na | nb)
}
