//! Data memory accesses: alignment, translation (psr.dt, or psr.rt for the
//! register stack engine), byte order and the bus, plus the bookkeeping
//! that keeps the decoded-bundle cache and the ALAT honest on stores.

use super::interrupt::{isr, Interruption, Vector};
use super::state::{ar, psr, Cpu};
use super::tlb::Access;
use crate::mem::Bus;

/// Physical memory as the CPU sees it: the bus plus a bitmap of RAM pages
/// that hold decoded bundles, so stores to code invalidate them.
pub struct Mem {
    pub bus: Bus,
    /// One bit per 4 KiB page of RAM with cached decoded bundles.
    code_pages: Vec<u64>,
    /// Pages written since the cache last looked (at most a few per
    /// instruction; overflow asks for a full flush).
    written: [u64; 4],
    n_written: usize,
    flush_all: bool,
}

pub const CODE_PAGE_SHIFT: u32 = 12;

impl Mem {
    pub fn new(bus: Bus) -> Mem {
        let pages = (bus.ram_size() >> CODE_PAGE_SHIFT) as usize + 1;
        Mem { bus, code_pages: vec![0; pages.div_ceil(64)], written: [0; 4], n_written: 0, flush_all: false }
    }

    /// Note that the RAM page holding `paddr` has decoded bundles.
    #[inline]
    pub fn mark_code(&mut self, paddr: u64) {
        let page = (paddr >> CODE_PAGE_SHIFT) as usize;
        if let Some(w) = self.code_pages.get_mut(page / 64) {
            *w |= 1 << (page % 64);
        }
    }

    /// Record a write to `[paddr, paddr+len)`; pages with decoded
    /// bundles are queued for invalidation.
    #[inline]
    pub fn note_write(&mut self, paddr: u64, len: u64) {
        let first = paddr >> CODE_PAGE_SHIFT;
        let last = paddr.saturating_add(len.max(1) - 1) >> CODE_PAGE_SHIFT;
        for page in first..=last {
            let Some(w) = self.code_pages.get_mut(page as usize / 64) else { return };
            if *w >> (page % 64) & 1 == 1 {
                *w &= !(1 << (page % 64));
                if self.n_written < self.written.len() {
                    self.written[self.n_written] = page << CODE_PAGE_SHIFT;
                    self.n_written += 1;
                } else {
                    self.flush_all = true;
                }
            }
        }
    }

    /// Ask the decoded-bundle cache to drop everything (`sync.i`, `fc`
    /// on an unknown range, or a supervisor rewriting memory).
    pub fn invalidate_code(&mut self) {
        self.flush_all = true;
        self.code_pages.iter_mut().for_each(|w| *w = 0);
    }

    /// Take the pending invalidations: (pages, flush everything).
    pub(crate) fn take_invalidations(&mut self) -> Option<(([u64; 4], usize), bool)> {
        if self.n_written == 0 && !self.flush_all {
            return None;
        }
        let r = ((self.written, self.n_written), self.flush_all);
        self.n_written = 0;
        self.flush_all = false;
        Some(r)
    }

    /// Bytes are about to be loaded into RAM from outside the guest
    /// (images, supervisor writes): forget decoded bundles there.
    pub fn host_write(&mut self, paddr: u64, bytes: &[u8]) -> Result<(), crate::mem::BusError> {
        self.bus.load(paddr, bytes)?;
        self.note_write(paddr, bytes.len() as u64);
        Ok(())
    }
}

/// The physical address a physical-mode access uses: bit 63 selects the
/// uncacheable attribute and is not part of the address.
#[inline]
pub fn phys_addr(va: u64) -> u64 {
    va & !(1 << 63)
}

/// A machine check for an access nothing answers (not an IVT vector: the
/// machine reports it to the supervisor, which plays PAL).
pub fn machine_check(paddr: u64, acc: u64) -> Interruption {
    Interruption { ifa: Some(paddr), ..Interruption::new(Vector::MachineCheck, acc) }
}

impl Cpu {
    /// Translate a data address with psr.dt (or `translate` for the RSE).
    #[inline]
    pub fn data_translate(&mut self, va: u64, acc: Access, translate: bool) -> Result<u64, Interruption> {
        if translate {
            self.tlb_translate(va, acc)
        } else {
            Ok(phys_addr(va))
        }
    }

    /// Translate and alignment-check a data access of `size` bytes at
    /// `va` (psr.dt), reporting faults with the ISR access bits `acc_isr`.
    #[inline]
    pub fn translate_data(&mut self, va: u64, size: u8, acc_isr: u64) -> Result<u64, Interruption> {
        let acc = Access { isr: acc_isr, pl: self.cpl() };
        let pa = self.data_translate(va, acc, self.psr & psr::DT != 0)?;
        self.check_align(va, size, acc_isr)?;
        Ok(pa)
    }

    /// Read `size` bytes at physical `pa` in the data byte order (psr.be).
    #[inline]
    pub fn read_pa(&self, mem: &mut Mem, pa: u64, size: u8) -> Result<u64, Interruption> {
        let v = mem.bus.read(pa, size).map_err(|_| machine_check(pa, isr::R))?;
        Ok(if self.psr & psr::BE != 0 { swap(v, size) } else { v })
    }

    /// Write `size` bytes at physical `pa` in the data byte order; keeps
    /// the decoded-bundle cache and the ALAT coherent.
    #[inline]
    pub fn write_pa(&mut self, mem: &mut Mem, pa: u64, size: u8, v: u64) -> Result<(), Interruption> {
        let v = if self.psr & psr::BE != 0 { swap(v, size) } else { v };
        mem.bus.write(pa, size, v).map_err(|_| machine_check(pa, isr::W))?;
        mem.note_write(pa, size as u64);
        self.alat_invalidate_range(pa, size as u64);
        Ok(())
    }

    /// Load `size` bytes at virtual `va` with the data translation and
    /// byte order in force. Unaligned accesses fault (the model supports
    /// none in hardware; Itanium operating systems emulate them).
    #[inline]
    pub fn load(&mut self, mem: &mut Mem, va: u64, size: u8, acc_isr: u64) -> Result<u64, Interruption> {
        let pa = self.translate_data(va, size, isr::R | acc_isr)?;
        self.read_pa(mem, pa, size)
    }

    /// Store the low `size` bytes of `v` at virtual `va`.
    #[inline]
    pub fn store(&mut self, mem: &mut Mem, va: u64, size: u8, v: u64, acc_isr: u64) -> Result<(), Interruption> {
        let pa = self.translate_data(va, size, isr::W | acc_isr)?;
        self.write_pa(mem, pa, size, v)
    }

    /// Translate for a read-modify-write (semaphores): read and write
    /// rights both, and the dirty bit.
    pub fn translate_rw(&mut self, va: u64, size: u8) -> Result<u64, Interruption> {
        let acc = Access { isr: isr::R | isr::W, pl: self.cpl() };
        let pa = self.data_translate(va, acc, self.psr & psr::DT != 0)?;
        self.check_align(va, size, acc.isr)?;
        Ok(pa)
    }

    fn check_align(&self, va: u64, size: u8, acc_isr: u64) -> Result<(), Interruption> {
        if va & (size as u64 - 1) != 0 {
            return Err(Interruption { ifa: Some(va), ..Interruption::new(Vector::UnalignedReference, acc_isr) });
        }
        Ok(())
    }

    /// An 8-byte register stack engine access at `addr`: translated with
    /// psr.rt, checked at ar.rsc.pl, byte order from ar.rsc.be.
    pub fn rse_load(&mut self, mem: &mut Mem, addr: u64) -> Result<u64, Interruption> {
        let rsc = self.ar[ar::RSC];
        let acc = Access { isr: isr::R | isr::RS, pl: ((rsc >> 2) & 3) as u8 };
        let pa = self.data_translate(addr, acc, self.psr & psr::RT != 0)?;
        let v = mem.bus.read(pa, 8).map_err(|_| machine_check(pa, acc.isr))?;
        Ok(if rsc & 0x10 != 0 { v.swap_bytes() } else { v })
    }

    pub fn rse_store(&mut self, mem: &mut Mem, addr: u64, v: u64) -> Result<(), Interruption> {
        let rsc = self.ar[ar::RSC];
        let acc = Access { isr: isr::W | isr::RS, pl: ((rsc >> 2) & 3) as u8 };
        let pa = self.data_translate(addr, acc, self.psr & psr::RT != 0)?;
        let v = if rsc & 0x10 != 0 { v.swap_bytes() } else { v };
        mem.bus.write(pa, 8, v).map_err(|_| machine_check(pa, acc.isr))?;
        mem.note_write(pa, 8);
        self.alat_invalidate_range(pa, 8);
        Ok(())
    }
}

/// Reverse the byte order of the low `size` bytes.
#[inline]
pub fn swap(v: u64, size: u8) -> u64 {
    match size {
        1 => v,
        2 => (v as u16).swap_bytes() as u64,
        4 => (v as u32).swap_bytes() as u64,
        _ => v.swap_bytes(),
    }
}
