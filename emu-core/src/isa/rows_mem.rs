//! M-type memory instructions (major opcodes 4-7): integer loads and
//! stores with every completer, semaphores, spill/fill and lfetch.
//! Floating-point memory instructions decode as "floating point not
//! supported" (the catch-all rows).
//!
//! Fields shared by the formats: m at 36, x6 at 30-35, hint at 28-29, x at
//! 27. The post-increment-by-immediate formats (majors 5 and 7) use bits 36
//! and 27 for the immediate instead. The base-register-only formats carry
//! a third locality hint bit (bit 19 for loads, bit 12 for stores and
//! lfetch); the post-increment formats have only the 2-bit hint.

use super::operand::Opnd::{self, *};
use super::{
    flags::{CATCH_ALL, DECODE_ONLY, POSTINC},
    Builder, Enc, InsnType, Row,
};

const M: InsnType = InsnType::M;

/// A hint completer: its spelling, the hint field (bits 28-29), the extra
/// locality bit, and whether it is an alternative spelling of an earlier
/// entry (the assembler takes it, objdump prints the earlier one).
type Hint = (&'static str, u64, u64, bool);

/// The hint completers of a format and the bit of its third locality
/// hint, if it has one.
struct Hints {
    extra: Option<u32>,
    list: &'static [Hint],
}

/// Base-register loads: `.d1`, `.nt2`, `.d3` respell `.nt1`, `.d2`, `.nta`.
const LOAD_HINTS: Hints = Hints {
    extra: Some(19),
    list: &[
        ("", 0, 0, false),
        (".nt1", 1, 0, false),
        (".d1", 1, 0, true),
        (".d2", 2, 0, false),
        (".nt2", 2, 0, true),
        (".nta", 3, 0, false),
        (".d3", 3, 0, true),
        (".d4", 0, 1, false),
        (".d5", 1, 1, false),
        (".d6", 2, 1, false),
        (".d7", 3, 1, false),
    ],
};

/// Base-register stores: objdump prefers `.d1` and `.d2` here.
const STORE_HINTS: Hints = Hints {
    extra: Some(12),
    list: &[
        ("", 0, 0, false),
        (".d1", 1, 0, false),
        (".nt1", 1, 0, true),
        (".d2", 2, 0, false),
        (".nt2", 2, 0, true),
        (".nta", 3, 0, false),
        (".d3", 3, 0, true),
        (".d4", 0, 1, false),
        (".d5", 1, 1, false),
        (".d6", 2, 1, false),
        (".d7", 3, 1, false),
    ],
};

/// lfetch in every addressing form: each `.dN` below 4 respells a named hint.
const LFETCH_HINTS: Hints = Hints {
    extra: Some(12),
    list: &[
        ("", 0, 0, false),
        (".d0", 0, 0, true),
        (".nt1", 1, 0, false),
        (".d1", 1, 0, true),
        (".nt2", 2, 0, false),
        (".d2", 2, 0, true),
        (".nta", 3, 0, false),
        (".d3", 3, 0, true),
        (".d4", 0, 1, false),
        (".d5", 1, 1, false),
        (".d6", 2, 1, false),
        (".d7", 3, 1, false),
    ],
};

/// Post-increment loads and semaphores: hint 2 is undefined.
const LOAD_HINTS_2BIT: Hints = Hints {
    extra: None,
    list: &[("", 0, 0, false), (".nt1", 1, 0, false), (".nta", 3, 0, false)],
};

/// Post-increment stores: only `.nta`.
const STORE_HINTS_2BIT: Hints = Hints {
    extra: None,
    list: &[("", 0, 0, false), (".nta", 3, 0, false)],
};

/// Outputs and inputs of one assembler spelling.
type Form<'a> = (&'a [Opnd], &'a [Opnd]);

/// The size completers and the low two bits of x6 they select.
const SIZES: [(&str, u64); 4] = [("1", 0), ("2", 1), ("4", 2), ("8", 3)];

/// Load kinds that exist in every size, by x6 >> 2.
const LOAD_KINDS: [(&str, u64); 9] = [
    ("", 0x0),
    (".s", 0x1),
    (".a", 0x2),
    (".sa", 0x3),
    (".bias", 0x4),
    (".acq", 0x5),
    (".c.clr", 0x8),
    (".c.nc", 0x9),
    (".c.clr.acq", 0xa),
];

/// Every integer load as (mnemonic stem, x6): `ld1.s`, ..., `ld8.fill`.
fn loads() -> Vec<(String, u64)> {
    let mut v = Vec::new();
    for (kind, k) in LOAD_KINDS {
        for (size, s) in SIZES {
            v.push((format!("ld{size}{kind}"), k << 2 | s));
        }
        if k == 0x5 {
            v.push(("ld8.fill".to_string(), 0x1b));
        }
    }
    v
}

/// Every integer store as (mnemonic stem, x6): `st1`, ..., `st8.spill`.
fn stores() -> Vec<(String, u64)> {
    let mut v = Vec::new();
    for (kind, k) in [("", 0x30), (".rel", 0x34)] {
        for (size, s) in SIZES {
            v.push((format!("st{size}{kind}"), k | s));
        }
    }
    v.push(("st8.spill".to_string(), 0x3b));
    v
}

/// A register-addressed format: m, x and x6 fixed.
fn mem(major: u64, m: u64, x: u64, x6: u64) -> Enc {
    Enc::major(major).bits(36, 1, m).bits(27, 1, x).bits(30, 6, x6)
}

/// A post-increment-by-immediate format: bits 36 and 27 are immediate.
fn mem_imm(major: u64, x6: u64) -> Enc {
    Enc::major(major).bits(30, 6, x6)
}

/// One row per hint spelling of `stem`, in the first of `forms`; the
/// other forms are pseudo rows that leave out implied operands
/// (`cmpxchg1.acq r1=[r3],r2` for `..., ar.ccv`). Alternative hint
/// spellings are pseudo rows too, placed after the row objdump prints.
/// `fix` adds what the format needs (flags, ignored fields).
fn hinted(t: &mut Builder, stem: &str, enc: Enc, hints: &Hints, forms: &[Form], fix: impl Fn(&mut Row)) {
    for &(name, hint, bit, alias) in hints.list {
        let mut e = enc.bits(28, 2, hint);
        if let Some(lsb) = hints.extra {
            e = e.bits(lsb, 1, bit);
        }
        let mnemonic = format!("{stem}{name}");
        for (k, &(outputs, inputs)) in forms.iter().enumerate() {
            let row = t.insn(mnemonic.clone(), M, e, outputs, inputs);
            fix(row);
            if alias || k > 0 {
                row.pseudo();
            }
        }
    }
}

/// No per-row adjustment.
fn plain(_: &mut Row) {}

fn postinc(r: &mut Row) {
    r.set_flags(POSTINC);
}

pub(super) fn rows(t: &mut Builder) {
    integer_loads(t);
    integer_stores(t);
    semaphores(t);
    lfetch(t);
    floating_point(t);
}

/// Loads (M1-M3) and the 16-byte loads.
fn integer_loads(t: &mut Builder) {
    let base_only = |r: &mut Row| {
        r.ignore("bits 13-18", 13, 6);
    };
    for (stem, x6) in loads() {
        hinted(t, &stem, mem(4, 0, 0, x6), &LOAD_HINTS, &[(&[R1], &[Mr3])], base_only);
    }
    let ld16: [Form; 2] = [(&[R1, ArCsd], &[Mr3]), (&[R1], &[Mr3])];
    for (stem, x6) in [("ld16", 0x28), ("ld16.acq", 0x2c)] {
        hinted(t, stem, mem(4, 0, 1, x6), &LOAD_HINTS, &ld16, base_only);
    }
    for (stem, x6) in loads() {
        hinted(t, &stem, mem(4, 1, 0, x6), &LOAD_HINTS_2BIT, &[(&[R1], &[Mr3, R2])], postinc);
    }
    for (stem, x6) in loads() {
        hinted(t, &stem, mem_imm(5, x6), &LOAD_HINTS_2BIT, &[(&[R1], &[Mr3, Imm9b])], postinc);
    }
}

/// Stores (M4, M5) and the 16-byte stores.
fn integer_stores(t: &mut Builder) {
    let base_only = |r: &mut Row| {
        r.ignore("bits 6-11", 6, 6);
    };
    for (stem, x6) in stores() {
        hinted(t, &stem, mem(4, 0, 0, x6), &STORE_HINTS, &[(&[Mr3], &[R2])], base_only);
    }
    let st16: [Form; 2] = [(&[Mr3], &[R2, ArCsd]), (&[Mr3], &[R2])];
    for (stem, x6) in [("st16", 0x30), ("st16.rel", 0x34)] {
        hinted(t, stem, mem(4, 0, 1, x6), &STORE_HINTS, &st16, base_only);
    }
    for (stem, x6) in stores() {
        hinted(t, &stem, mem_imm(5, x6), &STORE_HINTS_2BIT, &[(&[Mr3], &[R2, Imm9a])], postinc);
    }
}

/// Semaphores (M16, M17): major 4 with x = 1.
fn semaphores(t: &mut Builder) {
    let cmpxchg: [Form; 2] = [(&[R1], &[Mr3, R2, ArCcv]), (&[R1], &[Mr3, R2])];
    let cmp8xchg16: [Form; 2] = [(&[R1], &[Mr3, R2, ArCsd, ArCcv]), (&[R1], &[Mr3, R2])];
    for (sem, s) in [(".acq", 0x00), (".rel", 0x04)] {
        for (size, z) in SIZES {
            let stem = format!("cmpxchg{size}{sem}");
            hinted(t, &stem, mem(4, 0, 1, s | z), &LOAD_HINTS_2BIT, &cmpxchg, plain);
        }
        let stem = format!("cmp8xchg16{sem}");
        hinted(t, &stem, mem(4, 0, 1, 0x20 | s), &LOAD_HINTS_2BIT, &cmp8xchg16, plain);
    }
    for (size, z) in SIZES {
        let stem = format!("xchg{size}");
        hinted(t, &stem, mem(4, 0, 1, 0x08 | z), &LOAD_HINTS_2BIT, &[(&[R1], &[Mr3, R2])], plain);
    }
    for (sem, s) in [(".acq", 0x12), (".rel", 0x16)] {
        for (size, z) in [("4", 0), ("8", 1)] {
            let stem = format!("fetchadd{size}{sem}");
            hinted(t, &stem, mem(4, 0, 1, s | z), &LOAD_HINTS_2BIT, &[(&[R1], &[Mr3, Inc3])], |r| {
                r.ignore("bits 16-19", 16, 4);
            });
        }
    }
}

/// Line prefetch (M13-M15) and its counted form.
fn lfetch(t: &mut Builder) {
    let kinds = [("", 0x2c), (".excl", 0x2d), (".fault", 0x2e), (".fault.excl", 0x2f)];
    for (kind, x6) in kinds {
        let stem = format!("lfetch{kind}");
        if x6 == 0x2c {
            // Plain lfetch uses bit 19 to select the counted form.
            hinted(t, &stem, mem(6, 0, 0, x6).bits(19, 1, 0), &LFETCH_HINTS, &[(&[], &[Mr3])], |r| {
                r.ignore("bits 6-11", 6, 6).ignore("bits 13-18", 13, 6);
            });
            let counted: [Form; 1] = [(&[], &[Mr3, Cnt6a, Strd5b])];
            hinted(t, "lfetch.count", mem(6, 0, 0, x6).bits(19, 1, 1), &LFETCH_HINTS, &counted, |r| {
                r.ignore("bit 18", 18, 1);
            });
        } else {
            hinted(t, &stem, mem(6, 0, 0, x6), &LFETCH_HINTS, &[(&[], &[Mr3])], |r| {
                r.ignore("bits 6-11", 6, 6).ignore("bits 13-19", 13, 7);
            });
        }
    }
    let postinc_lfetch = |r: &mut Row| {
        r.set_flags(POSTINC).ignore("bits 6-11", 6, 6);
    };
    for (kind, x6) in kinds {
        let stem = format!("lfetch{kind}");
        hinted(t, &stem, mem(6, 1, 0, x6), &LFETCH_HINTS, &[(&[], &[Mr3, R2])], postinc_lfetch);
        hinted(t, &stem, mem_imm(7, x6), &LFETCH_HINTS, &[(&[], &[Mr3, Imm9b])], postinc_lfetch);
    }
}

/// Floating-point memory instructions are outside the machine. They
/// decode, so a listing says "floating point is not supported" instead of
/// showing data, but the assembler never produces them.
fn floating_point(t: &mut Builder) {
    // getf.sig/exp/s/d: major 4, m = 0, x = 1, x6 = 0x1c-0x1f.
    t.insn(
        "fp.unsupported",
        M,
        Enc::major(4).bits(36, 1, 0).bits(27, 1, 1).bits(32, 4, 0x7),
        &[],
        &[],
    )
    .set_flags(DECODE_ONLY)
    .ignore("r1, f2 and r3 fields", 6, 21)
    .ignore("hint", 28, 2)
    .ignore("x6 low bits", 30, 2);
    // Everything else in majors 6 and 7 is floating point.
    for major in [6, 7] {
        t.insn("fp.unsupported", M, Enc::major(major), &[], &[])
            .set_flags(CATCH_ALL | DECODE_ONLY);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{table, Bundle, DecodeError};

    /// The mnemonic our decoder gives an M-slot encoding, if any. The GNU
    /// oracle test only sees encodings GNU as produces; these are not.
    fn decode_m(slot: u64) -> Result<&'static str, DecodeError> {
        let b = Bundle::from_u128((slot as u128) << 5).expect("MII is a valid template");
        table().decode_slot(&b, 0).map(|i| i.row().mnemonic.as_str())
    }

    /// m, x, x6 and hint fields over `major`, with r1=1, r2=2, r3=3.
    fn enc(major: u64, m: u64, x: u64, x6: u64, hint: u64) -> u64 {
        major << 37 | m << 36 | x << 27 | x6 << 30 | hint << 28 | 1 << 6 | 2 << 13 | 3 << 20
    }

    #[test]
    fn floating_point_memory_decodes_as_unsupported() {
        assert_eq!(decode_m(enc(4, 0, 1, 0x1c, 3)), Ok("fp.unsupported"), "getf.sig");
        assert_eq!(decode_m(enc(6, 0, 0, 0x02, 0)), Ok("fp.unsupported"), "ldfs");
        assert_eq!(decode_m(enc(7, 0, 0, 0x3b, 0)), Ok("fp.unsupported"), "stf.spill, post-increment");
        // lfetch shares majors 6 and 7 with floating point.
        assert_eq!(decode_m(enc(6, 0, 0, 0x2d, 0)), Ok("lfetch.excl"));
        assert_eq!(decode_m(enc(7, 1, 1, 0x2c, 1)), Ok("lfetch.nt1"));
    }

    #[test]
    fn hint_2_is_undefined_where_the_format_has_only_two_hint_bits() {
        for slot in [
            enc(4, 1, 0, 0x03, 2),
            enc(5, 0, 0, 0x03, 2),
            enc(5, 0, 0, 0x33, 1),
            enc(4, 0, 1, 0x03, 2),
        ] {
            assert!(matches!(decode_m(slot), Err(DecodeError::Undefined { .. })), "{slot:#x}");
        }
        assert_eq!(decode_m(enc(4, 0, 0, 0x03, 2)), Ok("ld8.d2"));
    }
}
