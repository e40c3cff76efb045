//! Translation: instruction and data TLBs (8 translation registers and a
//! 64-entry translation cache each), region registers, protection keys,
//! access rights, access and dirty bits, and the hash/tag functions.
//!
//! The VHPT walker is not implemented (the architecture lets a walk
//! fail): with pta.ve = 1 and rr.ve = 1 a miss raises the (non-alternate)
//! TLB fault with IHA set, otherwise the alternate TLB fault.

use super::interrupt::{isr, Interruption, Vector};
use super::state::{psr, Cpu};

pub const N_TR: usize = 8;
pub const N_TC: usize = 64;

/// Bits of a translation's PTE (SDM vol. 2, "Translation insertion format").
pub mod pte {
    pub const P: u64 = 1 << 0;
    pub const MA_SHIFT: u32 = 2;
    pub const A: u64 = 1 << 5;
    pub const D: u64 = 1 << 6;
    pub const PL_SHIFT: u32 = 7;
    pub const AR_SHIFT: u32 = 9;
    pub const PPN: u64 = ((1 << 50) - 1) & !0xfff;
    pub const ED: u64 = 1 << 52;
    /// Memory attribute 7: NaT page.
    pub const MA_NATPAGE: u64 = 7;
}

/// One translation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TlbEntry {
    pub valid: bool,
    /// Virtual address of the page (region bits included, offset cleared).
    pub va: u64,
    /// log2 of the page size.
    pub ps: u8,
    pub rid: u32,
    /// The inserted PTE (p, ma, a, d, pl, ar, ppn, ed).
    pub pte: u64,
    pub key: u32,
}

impl TlbEntry {
    /// Whether this entry translates `va` in region `rid`.
    #[inline]
    pub fn matches(&self, va: u64, rid: u32) -> bool {
        self.valid && self.rid == rid && (va ^ self.va) >> self.ps == 0
    }

    /// Whether this entry overlaps `[va, va + 2^ps)` in region `rid`.
    pub fn overlaps(&self, va: u64, ps: u8, rid: u32) -> bool {
        let s = self.ps.max(ps).min(63);
        self.valid && self.rid == rid && (va ^ self.va) >> s == 0
    }

    /// The physical address `va` maps to.
    #[inline]
    pub fn phys(&self, va: u64) -> u64 {
        let off = (1u64 << self.ps) - 1;
        (self.pte & pte::PPN & !off) | (va & off)
    }
}

/// A translation cache and translation registers for one side (I or D).
#[derive(Clone, Debug)]
pub struct TlbSide {
    pub tr: [TlbEntry; N_TR],
    pub tc: [TlbEntry; N_TC],
    /// Next translation-cache entry to replace (round robin).
    pub victim: usize,
}

impl Default for TlbSide {
    fn default() -> Self {
        TlbSide { tr: [TlbEntry::default(); N_TR], tc: [TlbEntry::default(); N_TC], victim: 0 }
    }
}

impl TlbSide {
    fn find(&self, va: u64, rid: u32) -> Option<&TlbEntry> {
        self.tr.iter().chain(self.tc.iter()).find(|e| e.matches(va, rid))
    }

    fn find_mut(&mut self, va: u64, rid: u32) -> Option<&mut TlbEntry> {
        self.tr.iter_mut().chain(self.tc.iter_mut()).find(|e| e.matches(va, rid))
    }

    /// Insert into the translation cache, replacing overlapping entries.
    pub fn insert_tc(&mut self, e: TlbEntry) {
        for t in self.tc.iter_mut() {
            if t.overlaps(e.va, e.ps, e.rid) {
                t.valid = false;
            }
        }
        let slot = match self.tc.iter().position(|t| !t.valid) {
            Some(i) => i,
            None => {
                self.victim = (self.victim + 1) % N_TC;
                self.victim
            }
        };
        self.tc[slot] = e;
    }

    /// Purge translation-cache entries overlapping the range.
    pub fn purge_tc(&mut self, va: u64, ps: u8, rid: u32) {
        for t in self.tc.iter_mut().filter(|t| t.overlaps(va, ps, rid)) {
            t.valid = false;
        }
    }

    /// Purge translation registers (and cache entries) overlapping the range.
    pub fn purge_tr(&mut self, va: u64, ps: u8, rid: u32) {
        for t in self.tr.iter_mut().filter(|t| t.overlaps(va, ps, rid)) {
            t.valid = false;
        }
        self.purge_tc(va, ps, rid);
    }
}

/// Both TLBs.
#[derive(Clone, Debug, Default)]
pub struct Tlb {
    pub i: TlbSide,
    pub d: TlbSide,
    /// Bumped whenever a translation may have changed, so cached
    /// translations (the fetch micro-TLB) know to look again.
    pub generation: u64,
}

/// An access: the ISR bits it reports (R, W, X, and RS/SP/NA+code
/// qualifiers) and the privilege level it is checked at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Access {
    pub isr: u64,
    pub pl: u8,
}

impl Access {
    pub fn read(pl: u8) -> Access {
        Access { isr: isr::R, pl }
    }
    pub fn write(pl: u8) -> Access {
        Access { isr: isr::W, pl }
    }
    pub fn exec(pl: u8) -> Access {
        Access { isr: isr::X, pl }
    }
    fn is_exec(self) -> bool {
        self.isr & isr::X != 0
    }
    fn is_write(self) -> bool {
        self.isr & isr::W != 0
    }
    fn is_read(self) -> bool {
        self.isr & isr::R != 0
    }
    /// A non-access reference (tpa, fc, probe, tak, lfetch).
    pub fn non_access(self) -> bool {
        self.isr & isr::NA != 0
    }
}

/// Whether access rights `ar` at page privilege `pl` allow `acc` at `cpl`
/// (SDM vol. 2, "Page access rights").
pub fn rights_allow(ar: u64, pl: u8, cpl: u8, acc: Access) -> bool {
    let (r, w, x) = (acc.is_read(), acc.is_write(), acc.is_exec());
    let within = cpl <= pl;
    match ar {
        0 => within && !w && !x,
        1 => within && !w,
        2 => within && !x,
        3 => within,
        4 => within && !x && !(w && cpl != 0 && cpl == pl),
        5 => within && !(w && cpl != 0),
        6 => within && !(x && (cpl == 0 || cpl < pl)),
        _ => !w && !(r && cpl != 0),
    }
}

impl Cpu {
    /// ITIR for a TLB fault on `va`: the region's page size and id as key.
    fn fault_itir(&self, va: u64) -> u64 {
        let rr = self.rr_for(va);
        rr & 0xfc | (rr & 0xff_ffff_00)
    }

    /// The short-format VHPT hash address of `va` (what `thash` returns).
    pub fn thash(&self, va: u64) -> u64 {
        let pta = self.cr[super::state::cr::PTA];
        let size = ((pta >> 2) & 0x3f).clamp(15, 61);
        let ps = (self.rr_for(va) >> 2) & 0x3f;
        let mask = (1u64 << size) - 1;
        let off = ((va & ((1 << 61) - 1)) >> ps) << 3;
        let base = pta & ((1 << 61) - 1) & !0x7fff;
        (va & (7 << 61)) | (base & !mask) | (off & mask)
    }

    /// The long-format tag of `va` (implementation-specific; `ttag`).
    pub fn ttag(&self, va: u64) -> u64 {
        let rr = self.rr_for(va);
        let ps = (rr >> 2) & 0x3f;
        (((va & ((1 << 61) - 1)) >> ps) ^ ((rr >> 8) & 0xff_ffff) << 39) & !(1 << 63)
    }

    /// Region id of the region `va` falls in.
    #[inline]
    pub fn rid_of(&self, va: u64) -> u32 {
        ((self.rr_for(va) >> 8) & 0xff_ffff) as u32
    }

    /// Translate a virtual address through the TLB (translation is on),
    /// checking presence, protection keys, access rights and access/dirty
    /// bits in the architected priority order. Returns the physical
    /// address or the fault.
    pub fn tlb_translate(&mut self, va: u64, acc: Access) -> Result<u64, Interruption> {
        let rid = self.rid_of(va);
        let exec = acc.is_exec();
        let side = if exec { &self.tlb.i } else { &self.tlb.d };
        let Some(e) = side.find(va, rid).copied() else {
            return Err(self.tlb_miss(va, acc));
        };
        let fault = |v: Vector| Interruption { ifa: Some(va), itir: Some((e.ps as u64) << 2 | (e.key as u64) << 8), ..Interruption::new(v, acc.isr) };
        if e.pte & pte::P == 0 {
            return Err(fault(Vector::PageNotPresent));
        }
        let ma = (e.pte >> pte::MA_SHIFT) & 7;
        if ma == pte::MA_NATPAGE && !exec && acc.isr & isr::SP == 0 && !acc.non_access() {
            return Err(fault(Vector::NatConsumption).with_isr(isr::NAT_PAGE));
        }
        if self.psr & psr::PK != 0 {
            self.check_key(e.key, acc, va, &fault)?;
        }
        let ar = (e.pte >> pte::AR_SHIFT) & 7;
        let pl = ((e.pte >> pte::PL_SHIFT) & 3) as u8;
        if !acc.non_access() && !rights_allow(ar, pl, acc.pl, acc) {
            return Err(fault(if exec { Vector::InstructionAccessRights } else { Vector::DataAccessRights }));
        }
        if !acc.non_access() && self.psr & psr::DA == 0 {
            if acc.is_write() && e.pte & pte::D == 0 {
                return Err(fault(Vector::DirtyBit));
            }
            if e.pte & pte::A == 0 {
                return Err(fault(if exec { Vector::InstructionAccessBit } else { Vector::DataAccessBit }));
            }
        }
        Ok(e.phys(va))
    }

    fn check_key(&self, key: u32, acc: Access, va: u64, fault: &dyn Fn(Vector) -> Interruption) -> Result<(), Interruption> {
        let exec = acc.is_exec();
        let Some(pkr) = self.pkr.iter().find(|&&p| p & 1 == 1 && ((p >> 8) & 0xff_ffff) as u32 == key) else {
            let v = if exec { Vector::InstructionKeyMiss } else { Vector::DataKeyMiss };
            let _ = va;
            return Err(fault(v));
        };
        let denied = (exec && pkr & 8 != 0) || (acc.is_read() && pkr & 4 != 0) || (acc.is_write() && pkr & 2 != 0);
        if denied && !acc.non_access() {
            return Err(fault(Vector::KeyPermission));
        }
        Ok(())
    }

    fn tlb_miss(&self, va: u64, acc: Access) -> Interruption {
        let exec = acc.is_exec();
        let walker = self.cr[super::state::cr::PTA] & 1 == 1 && self.rr_for(va) & 1 == 1;
        let vector = match (exec, walker) {
            (true, true) => Vector::InstructionTlb,
            (true, false) => Vector::AltInstructionTlb,
            (false, true) => Vector::DataTlb,
            (false, false) => Vector::AltDataTlb,
        };
        Interruption {
            ifa: Some(va),
            itir: Some(self.fault_itir(va)),
            iha: Some(self.thash(va)),
            ..Interruption::new(vector, acc.isr)
        }
    }

    /// The translation entry for `va` on the data side, if any (for `tak`
    /// and `probe`).
    pub fn dtlb_entry(&self, va: u64) -> Option<TlbEntry> {
        self.tlb.d.find(va, self.rid_of(va)).copied()
    }

    /// Set the access (and for writes the dirty) bit of the entry for `va`
    /// (used by tests and supervisors emulating a software handler).
    pub fn tlb_touch(&mut self, va: u64, write: bool) {
        let rid = self.rid_of(va);
        if let Some(e) = self.tlb.d.find_mut(va, rid) {
            e.pte |= pte::A | if write { pte::D } else { 0 };
        }
    }

    /// A TLB entry built from an insertion's operands: PTE in a general
    /// register, ITIR and IFA from the control registers.
    pub fn entry_from_insert(&self, pte_val: u64) -> TlbEntry {
        let itir = self.cr[super::state::cr::ITIR];
        let ifa = self.cr[super::state::cr::IFA];
        let ps = ((itir >> 2) & 0x3f).clamp(12, 63) as u8;
        TlbEntry {
            valid: true,
            va: ifa & !((1u64 << ps) - 1),
            ps,
            rid: self.rid_of(ifa),
            pte: pte_val,
            key: ((itir >> 8) & 0xff_ffff) as u32,
        }
    }
}

impl Interruption {
    /// The same interruption with more ISR bits.
    pub fn with_isr(mut self, bits: u64) -> Interruption {
        self.isr |= bits;
        self
    }
}
