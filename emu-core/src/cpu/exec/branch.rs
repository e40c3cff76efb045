//! Branches: conditional, call and return (frames through ar.pfs), counted
//! and modulo-scheduled loops (rotation), long branches, and the B-unit
//! system branches rfi, cover, bsw, clrrrb, epc.

use super::{Entry, Fault, Op};
use crate::cpu::access::Mem;
use crate::cpu::interrupt::{isr, Interruption, Vector};
use crate::cpu::state::{ar, cr, psr, Cfm, Cpu};
use crate::isa::{Opnd, Row};

// Target forms (aux bit 8).
const INDIRECT: u32 = 1 << 8;

pub fn entry(r: &Row) -> Option<Entry> {
    let m = r.mnemonic.as_str();
    let indirect = if r.operands.last() == Some(&Opnd::B2) {
        INDIRECT
    } else {
        0
    };
    let kind = m.split('.').nth(1).unwrap_or("");
    let f: super::Sem = match (m.split('.').next()?, kind) {
        ("br" | "brl", "cond") => cond,
        ("br" | "brl", "call") => call,
        ("br", "ret") => ret,
        ("br", "cloop") => cloop,
        ("br", "ctop") => return Entry::new(ctop_cexit, 0),
        ("br", "cexit") => return Entry::new(ctop_cexit, 1),
        ("br", "wtop") => return Entry::always(wtop_wexit, 0),
        ("br", "wexit") => return Entry::always(wtop_wexit, 1),
        ("br", "ia") => br_ia,
        ("brp", _) => return Entry::nop(),
        ("cover", _) => cover,
        ("clrrrb", "") => return Entry::new(clrrrb, 0),
        ("clrrrb", "pr") => return Entry::new(clrrrb, 1),
        ("rfi", _) => rfi,
        ("bsw", "0") => return Entry::new(bsw, 0),
        ("bsw", "1") => return Entry::new(bsw, 1),
        ("epc", _) => epc,
        ("vmsw", _) => super::illegal,
        _ => return None,
    };
    Entry::new(f, indirect)
}

/// The branch target: the branch register (indirect) or ip + displacement.
#[inline]
fn target(cpu: &Cpu, op: &Op, k: usize) -> u64 {
    if op.aux & INDIRECT != 0 {
        cpu.br[op.a[k] as usize & 7] & !0xf
    } else {
        cpu.ip.wrapping_add(op.a[k] as u64)
    }
}

#[inline]
fn jump(cpu: &mut Cpu, to: u64) {
    cpu.ip = to;
    cpu.ri = 0;
    cpu.taken = true;
}

fn cond(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let t = target(cpu, op, 0);
    jump(cpu, t);
    Ok(())
}

/// `br.call b1 = target`: link, save the frame in ar.pfs, and start the
/// callee with the caller's outputs as its frame.
fn call(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let t = target(cpu, op, 1);
    cpu.br[op.a[0] as usize & 7] = cpu.ip.wrapping_add(16);
    let ec = cpu.ar[ar::EC] & 0x3f;
    cpu.ar[ar::PFS] = cpu.cfm.to_bits() | ec << 52 | (cpu.cpl() as u64) << 62;
    let (sof, sol) = (cpu.cfm.sof, cpu.cfm.sol);
    cpu.rse_preserve(sol);
    cpu.cfm = Cfm {
        sof: sof - sol,
        ..Cfm::default()
    };
    jump(cpu, t);
    Ok(())
}

/// `br.ret b2`: restore the caller's frame from ar.pfs (filling it from
/// the backing store if it was spilled), ar.ec, and the privilege level
/// (a return can only lower privilege).
fn ret(cpu: &mut Cpu, mem: &mut Mem, op: &Op) -> Result<(), Fault> {
    let t = target(cpu, op, 0);
    let pfs = cpu.ar[ar::PFS];
    let frame = Cfm::from_bits(pfs);
    cpu.rse_restore(mem, frame.sol, frame)?;
    cpu.ar[ar::EC] = (pfs >> 52) & 0x3f;
    let ppl = (pfs >> 62) & 3;
    if ppl > cpu.cpl() as u64 {
        cpu.psr = (cpu.psr & !psr::CPL) | ppl << psr::CPL_SHIFT;
    }
    jump(cpu, t);
    Ok(())
}

fn cloop(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    if cpu.ar[ar::LC] != 0 {
        cpu.ar[ar::LC] -= 1;
        let t = target(cpu, op, 0);
        jump(cpu, t);
    }
    Ok(())
}

/// Rotate the rotating registers by one (rrb.* decrement modulo size).
pub fn rotate(cpu: &mut Cpu) {
    let c = &mut cpu.cfm;
    if c.sor != 0 {
        c.rrb_gr = (c.rrb_gr + c.sor - 1) % c.sor;
    }
    c.rrb_fr = (c.rrb_fr + 95) % 96;
    c.rrb_pr = (c.rrb_pr + 47) % 48;
}

/// `br.ctop` (aux 0) and `br.cexit` (aux 1): counted software-pipelined
/// loops on ar.lc then the epilogue count ar.ec; p63 is the stage predicate.
fn ctop_cexit(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let (lc, ec) = (cpu.ar[ar::LC], cpu.ar[ar::EC] & 0x3f);
    let cont = lc != 0 || ec > 1;
    if lc != 0 {
        cpu.ar[ar::LC] = lc - 1;
        cpu.set_pr(63, true);
        rotate(cpu);
    } else if ec != 0 {
        cpu.ar[ar::EC] = ec - 1;
        cpu.set_pr(63, false);
        rotate(cpu);
    } else {
        cpu.set_pr(63, false);
    }
    if cont == (op.aux == 0) {
        let t = target(cpu, op, 0);
        jump(cpu, t);
    }
    Ok(())
}

/// `br.wtop` (aux 0) and `br.wexit` (aux 1): while-loops; the qualifying
/// predicate is the loop condition, so they run whatever its value.
fn wtop_wexit(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    let ec = cpu.ar[ar::EC] & 0x3f;
    let cont = if cpu.pr(op.qp) {
        cpu.set_pr(63, false);
        rotate(cpu);
        true
    } else if ec != 0 {
        cpu.ar[ar::EC] = ec - 1;
        cpu.set_pr(63, false);
        rotate(cpu);
        ec > 1
    } else {
        cpu.set_pr(63, false);
        false
    };
    if cont == (op.aux == 0) {
        let t = target(cpu, op, 0);
        jump(cpu, t);
    }
    Ok(())
}

/// `br.ia`: there is no IA-32 instruction set here.
fn br_ia(_: &mut Cpu, _: &mut Mem, _: &Op) -> Result<(), Fault> {
    Err(Interruption::new(Vector::GeneralException, isr::DISABLED_ISA).into())
}

/// `cover`: the current frame becomes dirty and the new frame is empty;
/// with psr.ic = 0 the old frame goes to cr.ifs (valid).
fn cover(cpu: &mut Cpu, _: &mut Mem, _: &Op) -> Result<(), Fault> {
    if cpu.psr & psr::IC == 0 {
        cpu.cr[cr::IFS] = cpu.cfm.to_bits() | 1 << 63;
    }
    let sof = cpu.cfm.sof;
    cpu.rse_preserve(sof);
    cpu.cfm = Cfm::default();
    Ok(())
}

fn clrrrb(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    cpu.cfm.rrb_pr = 0;
    if op.aux == 0 {
        cpu.cfm.rrb_gr = 0;
        cpu.cfm.rrb_fr = 0;
    }
    Ok(())
}

/// `rfi`: restore the interrupted frame (cr.ifs when valid), PSR, ip and
/// slot.
fn rfi(cpu: &mut Cpu, mem: &mut Mem, _: &Op) -> Result<(), Fault> {
    if let Some(frame) = cpu.rfi_frame() {
        cpu.rse_restore(mem, frame.sof, frame)?;
    }
    cpu.rfi_commit();
    cpu.taken = true;
    Ok(())
}

fn bsw(cpu: &mut Cpu, _: &mut Mem, op: &Op) -> Result<(), Fault> {
    cpu.select_bank(op.aux as u8);
    Ok(())
}

/// `epc`: on an execute-only promote page (ar 7) raise the privilege
/// level to the page's.
fn epc(cpu: &mut Cpu, _: &mut Mem, _: &Op) -> Result<(), Fault> {
    if cpu.psr & psr::IT == 0 {
        return Ok(());
    }
    let rid = cpu.rid_of(cpu.ip);
    let ip = cpu.ip;
    let e = cpu
        .tlb
        .i
        .tr
        .iter()
        .chain(cpu.tlb.i.tc.iter())
        .find(|e| e.matches(ip, rid))
        .copied();
    if let Some(e) = e {
        let ar = (e.pte >> crate::cpu::tlb::pte::AR_SHIFT) & 7;
        let pl = (e.pte >> crate::cpu::tlb::pte::PL_SHIFT) & 3;
        if ar == 7 && pl < cpu.cpl() as u64 {
            cpu.psr = (cpu.psr & !psr::CPL) | pl << psr::CPL_SHIFT;
        }
    }
    Ok(())
}
