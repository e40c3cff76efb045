//! System and control instructions: break/nop/hint, alloc and the RSE
//! controls, application and control register moves, PSR moves and masks,
//! TLB management, probes, hash/tag/translate, indirect register files.
//!
//! Rows are recognised by mnemonic and operand kinds; operand positions
//! are looked up by kind, so the rows' operand order does not matter.

use super::{rd, val, wr, Entry, Fault, Op, NO_ACCESS};
use crate::cpu::access::Mem;
use crate::cpu::interrupt::{isr, Interruption};
use crate::cpu::state::{ar, cr, psr, Cfm, Cpu};
use crate::cpu::tlb::{rights_allow, Access};
use crate::isa::{ar_units, InsnType, Opnd, Row};

/// aux bit: the row is an M-unit (not I-unit) application register move.
const M_UNIT: u32 = 1 << 20;

/// Pack the positions of `kinds` in the row's operands (3 bits each).
fn layout(r: &Row, kinds: &[Opnd]) -> Option<u32> {
    if r.operands.len() != kinds.len() {
        return None;
    }
    kinds.iter().enumerate().try_fold(0u32, |acc, (i, k)| {
        Some(acc | (r.operands.iter().position(|o| o == k)? as u32) << (3 * i))
    })
}

/// Operand `i` of the canonical layout packed in `aux`.
#[inline]
fn arg(op: &Op, i: u32) -> i64 {
    op.a[((op.aux >> (3 * i)) & 7) as usize]
}

pub fn entry(r: &Row) -> Option<Entry> {
    use Opnd::*;
    let m = r.mnemonic.as_str();
    let base = m.split('.').next().unwrap_or("");
    let with = |f: super::Sem, kinds: &[Opnd], extra: u32| {
        layout(r, kinds).map(|l| Entry {
            f,
            aux: l | extra,
            always: false,
            nop: false,
        })
    };
    match base {
        "break" => return with(break_, &[r.operands.first().copied().unwrap_or(Immu21)], 0),
        "nop" | "hint" | "mf" | "srlz" | "sync" | "fwb" | "fc" => return Entry::nop(),
        "alloc" => return with(alloc, &[R1, ArPfs, Sof, Sol, Sor], 0),
        "flushrs" => return Entry::new(flushrs, 0),
        "loadrs" => return Entry::new(loadrs, 0),
        "ssm" => return with(ssm, &[Immu24], 0),
        "rsm" => return with(rsm, &[Immu24], 0),
        "sum" => return with(ssm, &[Immu24], 1 << 21),
        "rum" => return with(rsm, &[Immu24], 1 << 21),
        "itc" => return with(itc, &[R2], (m == "itc.i") as u32 * 8),
        "itr" => {
            return with(
                itr,
                &[if m == "itr.i" { ItrR3 } else { DtrR3 }, R2],
                (m == "itr.i") as u32 * 64,
            )
        }
        "ptc" if m == "ptc.e" => return with(ptc_e, &[R3], 0),
        "ptc" => return with(ptc, &[R3, R2], 0),
        "ptr" => return with(ptr, &[R3, R2], (m == "ptr.i") as u32 * 64),
        "thash" => return with(thash, &[R1, R3], 0),
        "ttag" => return with(thash, &[R1, R3], 64),
        "tpa" => return with(tpa, &[R1, R3], 0),
        "tak" => return with(tak, &[R1, R3], 0),
        "probe" => {
            let w = m.contains(".w") as u32;
            let rd_ = (m.contains(".r") && !m.contains(".rw")) as u32;
            let rw = m.contains(".rw") as u32;
            let acc = (rd_ | rw) << 6 | (w | rw) << 7;
            if m.contains("fault") {
                return with(probe, &[R3, Immu2], acc | 1 << 8);
            }
            return with(probe, &[R1, R3, R2], acc | 1 << 9)
                .or_else(|| with(probe, &[R1, R3, Immu2], acc));
        }
        _ => {}
    }
    if base != "mov" {
        return None;
    }
    let unit = if r.ty == InsnType::M { M_UNIT } else { 0 };
    let ops = &r.operands[..];
    let f: super::Sem = match ops {
        [Ar3, R2] => mov_to_ar,
        [Ar3, Imm8] => return with(mov_to_ar, &[Ar3, Imm8], unit | 1 << 21),
        [R1, Ar3] => mov_from_ar,
        [Cr3, R2] => mov_to_cr,
        [R1, Cr3] => mov_from_cr,
        [PsrL, R2] => mov_to_psr,
        [PsrUm, R2] => return with(mov_to_psr, &[PsrUm, R2], 1 << 21),
        [R1, Psr] => mov_from_psr,
        [R1, PsrUm] => return with(mov_from_psr, &[R1, PsrUm], 1 << 21),
        [R1, k] if ind_file(*k).is_some() => {
            return with(mov_from_ind, &[R1, *k], ind_file(*k)? << 24)
        }
        [k, R2] if ind_file(*k).is_some() => {
            return with(mov_to_ind, &[*k, R2], ind_file(*k)? << 24)
        }
        _ => return None,
    };
    with(f, &[ops[0], ops[1]], unit)
}

/// Indirect register files, numbered for aux.
fn ind_file(k: Opnd) -> Option<u32> {
    use Opnd::*;
    Some(match k {
        RrR3 => 1,
        PkrR3 => 2,
        DbrR3 => 3,
        IbrR3 => 4,
        PmcR3 => 5,
        PmdR3 => 6,
        CpuidR3 => 7,
        MsrR3 => 8,
        DahrR3 => 9,
        _ => return None,
    })
}

fn break_(_: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    Err((Interruption::break_(arg(op, 0) as u64)).into())
}

/// `alloc r1 = ar.pfs, i, l, o, r`: resize the current frame (spilling
/// dirty registers if the new frame does not fit) and copy ar.pfs to r1,
/// which is named in the new frame.
fn alloc(cpu: &mut Cpu, mem: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (sof, sol, sor) = (arg(op, 2) as u32, arg(op, 3) as u32, arg(op, 4) as u32);
    if sof > 96 || sol > sof || sor > sof {
        return Err((Interruption::illegal_op()).into());
    }
    let c = cpu.cfm;
    if sor != c.sor && (c.rrb_gr | c.rrb_fr | c.rrb_pr) != 0 {
        return Err((Interruption::reserved_reg()).into());
    }
    let r1 = arg(op, 0);
    if r1 == 0 || (r1 >= 32 && r1 - 32 >= sof as i64) {
        return Err((Interruption::illegal_op()).into());
    }
    cpu.rse_make_room(mem, sof)?;
    cpu.cfm = Cfm { sof, sol, sor, ..c };
    let pfs = cpu.ar[ar::PFS];
    wr(cpu, r1, pfs, false)
}

fn flushrs(cpu: &mut Cpu, mem: &mut Mem, _: &Op) -> Result<(), Fault> {
    Ok(cpu.rse_flush(mem)?)
}

/// `loadrs`: only with an empty frame and the RSE in enforced lazy mode.
fn loadrs(cpu: &mut Cpu, mem: &mut Mem, _: &Op) -> Result<(), Fault> {
    if cpu.cfm.sof != 0 || cpu.ar[ar::RSC] & 3 != 0 {
        return Err((Interruption::illegal_op()).into());
    }
    Ok(cpu.rse_loadrs(mem)?)
}

/// Check that a new PSR value sets no reserved bit.
fn psr_checked(v: u64) -> Result<u64, Interruption> {
    if v & !psr::DEFINED != 0 {
        Err(Interruption::reserved_reg())
    } else {
        Ok(v)
    }
}

/// The PSR bits an `ssm`/`rsm` (or, with aux bit 21, `sum`/`rum`)
/// immediate names; bits outside the mask or the defined PSR fault.
fn psr_bits(op: &Op) -> Result<u64, Fault> {
    let imm = arg(op, 0) as u64;
    let mask = if op.aux & (1 << 21) != 0 { psr::UM } else { 0xff_ffff };
    if imm & !mask != 0 || imm & !psr::DEFINED != 0 {
        return Err((Interruption::reserved_reg()).into());
    }
    Ok(imm)
}

/// `ssm`/`sum`: set PSR bits.
fn ssm(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    cpu.psr |= psr_bits(op)?;
    Ok(())
}

/// `rsm`/`rum`: reset PSR bits.
fn rsm(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    cpu.psr &= !psr_bits(op)?;
    Ok(())
}

/// `mov psr.l = r2` (bits 31:0) or `mov psr.um = r2` (aux bit 21).
fn mov_to_psr(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let v = val(cpu, arg(op, 1), NO_ACCESS)?;
    let mask = if op.aux & (1 << 21) != 0 {
        psr::UM
    } else {
        0xffff_ffff
    };
    let new = psr_checked((cpu.psr & !mask) | (v & mask))?;
    if op.aux & (1 << 21) != 0 && v & 0x3f & !psr::UM != 0 {
        return Err((Interruption::reserved_reg()).into());
    }
    cpu.psr = new;
    Ok(())
}

/// `mov r1 = psr` (bits 36:35 and 31:0) or `mov r1 = psr.um`.
fn mov_from_psr(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let p = cpu.psr_value();
    let v = if op.aux & (1 << 21) != 0 {
        p & psr::UM
    } else {
        p & (0xffff_ffff | psr::MC | psr::IT)
    };
    wr(cpu, arg(op, 0), v, false)
}

/// Application registers that cannot be written.
fn ar_read_only(n: usize) -> bool {
    n == ar::BSP
}

/// Whether the move's unit may reach application register `n`.
fn ar_unit_ok(op: &Op, n: i64) -> bool {
    let (m, i) = ar_units(n);
    if op.aux & M_UNIT != 0 {
        m
    } else {
        i
    }
}

fn mov_to_ar(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let n = arg(op, 0);
    let v = if op.aux & (1 << 21) != 0 {
        arg(op, 1) as u64
    } else {
        val(cpu, arg(op, 1), NO_ACCESS)?
    };
    if !ar_unit_ok(op, n) || ar_read_only(n as usize) {
        return Err((Interruption::illegal_op()).into());
    }
    let n = n as usize;
    match n {
        ar::RSC => {
            // The RSE privilege level cannot be made more privileged than cpl.
            let pl = ((v >> 2) & 3).max(cpu.cpl() as u64);
            cpu.ar[n] = (v & 0x3fff_0013) | pl << 2;
        }
        ar::BSPSTORE | ar::RNAT if cpu.ar[ar::RSC] & 3 != 0 => {
            return Err((Interruption::illegal_op()).into())
        }
        ar::BSPSTORE => cpu.rse_set_bspstore(v),
        ar::EC => cpu.ar[n] = v & 0x3f,
        ar::PFS => cpu.ar[n] = v & 0xc3f0_003f_ffff_ffff,
        _ => cpu.ar[n] = v,
    }
    Ok(())
}

fn mov_from_ar(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let n = arg(op, 1);
    if !ar_unit_ok(op, n) {
        return Err((Interruption::illegal_op()).into());
    }
    let n = n as usize;
    if n == ar::ITC && cpu.psr & psr::SI != 0 && cpu.cpl() != 0 {
        return Err((Interruption::privileged_reg()).into());
    }
    let v = cpu.ar[n];
    wr(cpu, arg(op, 0), v, false)
}

/// Interruption control registers need psr.ic = 0 to be read or written.
fn check_cr(cpu: &Cpu, n: usize) -> Result<(), Fault> {
    if !cr::exists(n) || ((cr::IPSR..=cr::IHA).contains(&n) && cpu.psr & psr::IC != 0) {
        return Err((Interruption::illegal_op()).into());
    }
    Ok(())
}

fn mov_to_cr(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let n = arg(op, 0) as usize;
    let v = val(cpu, arg(op, 1), NO_ACCESS)?;
    check_cr(cpu, n)?;
    match n {
        cr::IVR | cr::IRR0..=71 => return Err((Interruption::illegal_op()).into()),
        cr::EOI => cpu.end_of_interrupt(),
        cr::ITM => {
            cpu.cr[n] = v;
            cpu.timer_armed = true;
        }
        cr::IVA => cpu.cr[n] = v & !0x7fff,
        cr::DCR => cpu.cr[n] = v & 0x7f03,
        _ => cpu.cr[n] = v,
    }
    Ok(())
}

fn mov_from_cr(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let n = arg(op, 1) as usize;
    check_cr(cpu, n)?;
    let v = match n {
        cr::IVR => cpu.acknowledge_interrupt(),
        cr::IRR0..=71 => cpu.irr[n - cr::IRR0],
        _ => cpu.cr[n],
    };
    wr(cpu, arg(op, 0), v, false)
}

/// The register an indirect access names, or Reserved Register/Field.
fn ind_slot(cpu: &mut Cpu, file: u32, idx: u64) -> Result<&mut u64, Interruption> {
    let i = idx as usize;
    let r = match file {
        1 => cpu.rr.get_mut(((idx >> 61) & 7) as usize),
        2 => cpu.pkr.get_mut(i),
        3 => cpu.dbr.get_mut(i),
        4 => cpu.ibr.get_mut(i),
        5 => cpu.pmc.get_mut(i),
        6 => cpu.pmd.get_mut(i),
        7 => cpu.cpuid.get_mut(i),
        // Data access hint registers: hints only, modelled as one zero.
        9 => {
            cpu.dahr = 0;
            Some(&mut cpu.dahr)
        }
        _ => None,
    };
    r.ok_or_else(Interruption::reserved_reg)
}

fn mov_to_ind(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let file = op.aux >> 24;
    let idx = val(cpu, arg(op, 0), NO_ACCESS)?;
    let v = val(cpu, arg(op, 1), NO_ACCESS)?;
    if file == 7 || file == 9 {
        return Err((Interruption::illegal_op()).into());
    }
    if file == 1 && ((v >> 2) & 0x3f) < 12 {
        return Err((Interruption::reserved_reg()).into());
    }
    *ind_slot(cpu, file, idx)? = v;
    if matches!(file, 1 | 2) {
        cpu.tlb.generation += 1;
    }
    Ok(())
}

fn mov_from_ind(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let file = op.aux >> 24;
    let idx = val(cpu, arg(op, 1), NO_ACCESS)?;
    let v = *ind_slot(cpu, file, idx)?;
    wr(cpu, arg(op, 0), v, false)
}

/// Translation insertions require psr.ic = 0 (cr.ifa/itir are in use).
fn check_ic_off(cpu: &Cpu) -> Result<(), Fault> {
    if cpu.psr & psr::IC != 0 {
        Err((Interruption::illegal_op()).into())
    } else {
        Ok(())
    }
}

/// `itc.i`/`itc.d r2` (aux bit 3: instruction side).
fn itc(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let pte = val(cpu, arg(op, 0), NO_ACCESS)?;
    check_ic_off(cpu)?;
    let e = cpu.entry_from_insert(pte);
    let side = if op.aux & 8 != 0 {
        &mut cpu.tlb.i
    } else {
        &mut cpu.tlb.d
    };
    side.insert_tc(e);
    cpu.tlb.generation += 1;
    Ok(())
}

/// `itr.i itr[r3] = r2` / `itr.d dtr[r3] = r2` (aux bit 6: instruction).
fn itr(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let slot = val(cpu, arg(op, 0), NO_ACCESS)?;
    let pte = val(cpu, arg(op, 1), NO_ACCESS)?;
    check_ic_off(cpu)?;
    if slot as usize >= crate::cpu::tlb::N_TR {
        return Err((Interruption::reserved_reg()).into());
    }
    let e = cpu.entry_from_insert(pte);
    let side = if op.aux & 64 != 0 {
        &mut cpu.tlb.i
    } else {
        &mut cpu.tlb.d
    };
    side.purge_tc(e.va, e.ps, e.rid);
    side.tr[slot as usize] = e;
    cpu.tlb.generation += 1;
    Ok(())
}

/// Address and page size of a purge: r3 and r2{7:2}.
fn purge_range(cpu: &Cpu, op: &Op) -> Result<(u64, u8, u32), Interruption> {
    let va = val(cpu, arg(op, 0), NO_ACCESS)?;
    let ps = ((val(cpu, arg(op, 1), NO_ACCESS)? >> 2) & 0x3f).max(12) as u8;
    Ok((va & !((1u64 << ps.min(63)) - 1), ps, cpu.rid_of(va)))
}

/// `ptc.l/g/ga r3, r2`: purge both translation caches (one processor, so
/// global purges are local).
fn ptc(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (va, ps, rid) = purge_range(cpu, op)?;
    cpu.tlb.i.purge_tc(va, ps, rid);
    cpu.tlb.d.purge_tc(va, ps, rid);
    cpu.tlb.generation += 1;
    Ok(())
}

/// `ptc.e r3`: purge the whole translation cache.
fn ptc_e(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    val(cpu, arg(op, 0), NO_ACCESS)?;
    for e in cpu.tlb.i.tc.iter_mut().chain(cpu.tlb.d.tc.iter_mut()) {
        e.valid = false;
    }
    cpu.tlb.generation += 1;
    Ok(())
}

/// `ptr.i/ptr.d r3, r2` (aux bit 6: instruction side).
fn ptr(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (va, ps, rid) = purge_range(cpu, op)?;
    let side = if op.aux & 64 != 0 {
        &mut cpu.tlb.i
    } else {
        &mut cpu.tlb.d
    };
    side.purge_tr(va, ps, rid);
    cpu.tlb.generation += 1;
    Ok(())
}

/// `thash` (aux bit 6 clear) and `ttag`; a NaT address gives a NaT result.
fn thash(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (va, nat) = rd(cpu, arg(op, 1))?;
    let v = if nat {
        0
    } else if op.aux & 64 != 0 {
        cpu.ttag(va)
    } else {
        cpu.thash(va)
    };
    wr(cpu, arg(op, 0), v, nat)
}

/// `tpa r1 = r3`: the physical address of a virtual one, through the DTLB.
fn tpa(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let va = val(cpu, arg(op, 1), NO_ACCESS)?;
    let acc = Access {
        isr: isr::R | isr::NA | isr::NA_TPA,
        pl: 0,
    };
    let pa = cpu.tlb_translate(va, acc)?;
    wr(cpu, arg(op, 0), pa, false)
}

/// `tak r1 = r3`: the protection key of the translation, 1 when none.
fn tak(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let va = val(cpu, arg(op, 1), NO_ACCESS)?;
    let key = cpu
        .dtlb_entry(va)
        .filter(|e| e.pte & 1 == 1)
        .map_or(1, |e| (e.key as u64) << 8);
    wr(cpu, arg(op, 0), key, false)
}

/// `probe`: aux bits 6/7 read/write, bit 8 the faulting form (no result),
/// bit 9 the level in a register (else an immediate).
fn probe(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let fault_form = op.aux & (1 << 8) != 0;
    let (va_i, pl_i) = if fault_form { (0, 1) } else { (1, 2) };
    let va = val(cpu, arg(op, va_i), NO_ACCESS)?;
    let pl = if op.aux & (1 << 9) != 0 {
        val(cpu, arg(op, pl_i), NO_ACCESS)? & 3
    } else {
        arg(op, pl_i) as u64 & 3
    };
    let pl = pl.max(cpu.cpl() as u64) as u8;
    let mut bits = 0;
    if op.aux & (1 << 6) != 0 {
        bits |= isr::R;
    }
    if op.aux & (1 << 7) != 0 {
        bits |= isr::W;
    }
    let code = if fault_form {
        isr::NA_PROBE_FAULT
    } else {
        isr::NA_PROBE
    };
    if cpu.psr & psr::DT == 0 {
        // Physical addressing: every access is allowed.
        return if fault_form {
            Ok(())
        } else {
            wr(cpu, arg(op, 0), 1, false)
        };
    }
    // Translation faults are raised by both forms; rights are a fault only
    // for the .fault forms.
    let e = cpu.dtlb_entry(va);
    cpu.tlb_translate(
        va,
        Access {
            isr: bits | isr::NA | code,
            pl,
        },
    )?;
    let ok = e.is_some_and(|e| {
        let ar = (e.pte >> crate::cpu::tlb::pte::AR_SHIFT) & 7;
        let epl = ((e.pte >> crate::cpu::tlb::pte::PL_SHIFT) & 3) as u8;
        rights_allow(ar, epl, pl, Access { isr: bits, pl })
    });
    if fault_form {
        if !ok {
            let v = crate::cpu::interrupt::Vector::DataAccessRights;
            let fault = Interruption {
                ifa: Some(va),
                ..Interruption::new(v, bits | isr::NA | code)
            };
            return Err(fault.into());
        }
        return Ok(());
    }
    wr(cpu, arg(op, 0), ok as u64, false)
}
