//! The register stack engine: frames in the 96-entry physical stacked
//! file, and the dirty registers below the current frame that spill to and
//! fill from the backing store at ar.bspstore.
//!
//! Model: registers are either in the current frame, dirty (below the
//! frame, not yet in memory) or invalid; there is no clean partition, so
//! a return into a frame whose registers were spilled fills them at once
//! (mandatory fills), and an `alloc` that does not fit spills the oldest
//! dirty registers (mandatory spills). The RSE never works eagerly, which
//! every ar.rsc.mode permits. Invariant: ar.bsp = ar.bspstore advanced by
//! `ndirty` register slots (NaT collection slots skipped).
//!
//! A spill or fill that faults reports the fault on the instruction that
//! needed it (`alloc`, `br.ret`, `rfi`, `flushrs`, `loadrs`) with ISR.rs
//! set; work done before the fault stays done, so re-executing the
//! instruction after the handler completes it.

use super::access::Mem;
use super::interrupt::Interruption;
use super::state::{ar, Cfm, Cpu, N_STACKED};

/// Slot index of a backing-store address within its 64-slot group; slot 63
/// holds the NaT collection.
#[inline]
pub fn slot_of(addr: u64) -> u64 {
    (addr >> 3) & 63
}

/// `addr` advanced by `n` register slots, skipping NaT collections.
#[inline]
pub fn bs_add(addr: u64, n: u32) -> u64 {
    let s = slot_of(addr);
    addr.wrapping_add(8 * (n as u64 + (s + n as u64) / 63))
}

/// `addr` moved back by `n` register slots, skipping NaT collections.
#[inline]
pub fn bs_sub(addr: u64, n: u32) -> u64 {
    let s = slot_of(addr);
    addr.wrapping_sub(8 * (n as u64 + (62 - s.min(62) + n as u64) / 63))
}

/// Register slots (collections excluded) in `[lo, hi)`.
pub fn bs_count(lo: u64, hi: u64) -> u64 {
    if hi <= lo {
        return 0;
    }
    let (l, h) = (lo >> 3, hi >> 3);
    (h - l) - ((h + 1) / 64 - (l + 1) / 64)
}

impl Cpu {
    #[inline]
    fn stacked_slot(&self, back: u32) -> usize {
        32 + ((self.bof + N_STACKED as u32 * 2 - back) % N_STACKED as u32) as usize
    }

    /// Spill the oldest dirty register (or the NaT collection when
    /// ar.bspstore points at one) to the backing store.
    pub fn rse_spill_one(&mut self, mem: &mut Mem) -> Result<(), Interruption> {
        let at = self.ar[ar::BSPSTORE];
        if slot_of(at) == 63 {
            let rnat = self.ar[ar::RNAT];
            self.rse_store(mem, at, rnat)?;
        } else {
            if self.ndirty == 0 {
                return Ok(());
            }
            let p = self.stacked_slot(self.ndirty);
            let (v, nat) = (self.phys[p], self.nat[p]);
            self.rse_store(mem, at, v)?;
            let bit = 1u64 << slot_of(at);
            self.ar[ar::RNAT] = (self.ar[ar::RNAT] & !bit) | if nat { bit } else { 0 };
            self.ndirty -= 1;
        }
        self.ar[ar::BSPSTORE] = at + 8;
        Ok(())
    }

    /// Fill the register just below the dirty ones from ar.bspstore - 8
    /// (reading the NaT collection into ar.rnat when that slot is one).
    pub fn rse_fill_one(&mut self, mem: &mut Mem) -> Result<(), Interruption> {
        let at = self.ar[ar::BSPSTORE].wrapping_sub(8);
        let v = self.rse_load(mem, at)?;
        if slot_of(at) == 63 {
            self.ar[ar::RNAT] = v;
        } else {
            let p = self.stacked_slot(self.ndirty + 1);
            self.phys[p] = v;
            self.nat[p] = (self.ar[ar::RNAT] >> slot_of(at)) & 1 == 1;
            self.ndirty += 1;
        }
        self.ar[ar::BSPSTORE] = at;
        Ok(())
    }

    /// Make room for a frame of `sof` registers (mandatory spills).
    pub fn rse_make_room(&mut self, mem: &mut Mem, sof: u32) -> Result<(), Interruption> {
        while self.ndirty + sof > N_STACKED as u32 {
            self.rse_spill_one(mem)?;
        }
        Ok(())
    }

    /// Make sure the `n` registers below the frame are in the file.
    pub fn rse_ensure_below(&mut self, mem: &mut Mem, n: u32) -> Result<(), Interruption> {
        while self.ndirty < n {
            self.rse_fill_one(mem)?;
        }
        Ok(())
    }

    /// Push the current frame's first `n` registers below it (a call
    /// preserving `sol`, or `cover` preserving `sof`).
    pub fn rse_preserve(&mut self, n: u32) {
        self.bof = (self.bof + n) % N_STACKED as u32;
        self.ndirty += n;
        self.ar[ar::BSP] = bs_add(self.ar[ar::BSP], n);
    }

    /// Restore a frame whose first `n` registers are the dirty ones just
    /// below the current frame (`br.ret` with pfm.sol, `rfi` with
    /// ifs.sof). Fills first; commits only when the registers are there.
    pub fn rse_restore(&mut self, mem: &mut Mem, n: u32, frame: Cfm) -> Result<(), Interruption> {
        self.rse_ensure_below(mem, n)?;
        self.bof = (self.bof + N_STACKED as u32 - n) % N_STACKED as u32;
        self.ndirty -= n;
        self.ar[ar::BSP] = bs_sub(self.ar[ar::BSP], n);
        if self.ndirty + frame.sof > N_STACKED as u32 {
            // The returned-to frame would overlap dirty registers (only
            // reachable after the supervisor or loadrs rearranged the
            // stack): the frame is undefined; make it empty, as Ski does.
            self.cfm = Cfm::default();
        } else {
            self.cfm = frame;
        }
        Ok(())
    }

    /// `flushrs`: spill every dirty register.
    pub fn rse_flush(&mut self, mem: &mut Mem) -> Result<(), Interruption> {
        while self.ndirty > 0 || (slot_of(self.ar[ar::BSPSTORE]) == 63 && self.ar[ar::BSPSTORE] < self.ar[ar::BSP]) {
            self.rse_spill_one(mem)?;
        }
        Ok(())
    }

    /// `loadrs`: make exactly the registers in `[bsp - rsc.loadrs, bsp)`
    /// dirty, filling those not in the file and dropping older ones.
    pub fn rse_loadrs(&mut self, mem: &mut Mem) -> Result<(), Interruption> {
        let bytes = (self.ar[ar::RSC] >> 16) & 0x3fff & !7;
        let target = self.ar[ar::BSP].wrapping_sub(bytes);
        let want = bs_count(target, self.ar[ar::BSP]).min(N_STACKED as u64 - self.cfm.sof as u64) as u32;
        if want < self.ndirty {
            self.ndirty = want;
            self.ar[ar::BSPSTORE] = target;
        }
        while self.ar[ar::BSPSTORE] > target {
            self.rse_fill_one(mem)?;
        }
        Ok(())
    }

    /// A write to ar.bspstore: dirty registers stay dirty and will spill
    /// to the new place; ar.bsp follows.
    pub fn rse_set_bspstore(&mut self, v: u64) {
        let v = v & !7;
        self.ar[ar::BSPSTORE] = v;
        self.ar[ar::BSP] = bs_add(v, self.ndirty);
    }

    /// A write to ar.bsp is not allowed (read-only); a supervisor that
    /// wants a new stack writes bspstore with nothing dirty.
    pub fn rse_reset(&mut self, bspstore: u64) {
        self.ndirty = 0;
        self.rse_set_bspstore(bspstore);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backing_store_arithmetic_skips_collections() {
        // Slot 62 is the last register slot of a group.
        let a = 62 * 8;
        assert_eq!(bs_add(a, 1), 64 * 8);
        assert_eq!(bs_sub(64 * 8, 1), 62 * 8);
        assert_eq!(bs_add(0, 63), 64 * 8);
        assert_eq!(bs_sub(64 * 8, 63), 0);
        assert_eq!(bs_count(0, 64 * 8), 63);
        assert_eq!(bs_count(8, 64 * 8 + 16), 64);
        for start in [0u64, 8, 61 * 8, 62 * 8, 64 * 8, 0x1000 + 40] {
            for n in [0u32, 1, 5, 62, 63, 64, 96, 200] {
                let e = bs_add(start, n);
                assert_eq!(bs_count(start, e), n as u64, "{start:#x}+{n}");
                assert_eq!(bs_sub(e, n), start, "{start:#x}+{n}");
            }
        }
    }
}
