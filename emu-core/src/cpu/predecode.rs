//! The decoded-bundle cache: each bundle is decoded once into three ready
//! [`Op`]s, keyed by its physical address (direct-mapped). Stores to a
//! page holding decoded bundles drop that page's entries (see
//! [`Mem::note_write`]); so do `sync.i`-free self-modifying programs.

use super::access::{machine_check, Mem, CODE_PAGE_SHIFT};
use super::exec::{illegal_op, l_slot, make_op, Op};
use super::interrupt::{isr, Interruption};
use crate::isa::{table, Bundle, SlotUnit};

/// Number of cached bundles (a power of two).
pub const ENTRIES: usize = 1 << 14;
const INVALID: u64 = 1;

/// One decoded bundle.
#[derive(Clone, Copy)]
pub struct Decoded {
    /// Physical address, or [`INVALID`] (never a bundle address).
    pub tag: u64,
    pub ops: [Op; 3],
}

/// The cache.
pub struct Predecode {
    entries: Vec<Decoded>,
    /// Decodes done (misses), for statistics.
    pub decodes: u64,
}

impl Default for Predecode {
    fn default() -> Self {
        Predecode::new()
    }
}

#[inline]
fn index(pa: u64) -> usize {
    (pa >> 4) as usize & (ENTRIES - 1)
}

impl Predecode {
    pub fn new() -> Predecode {
        let blank = Decoded { tag: INVALID, ops: [illegal_op(); 3] };
        Predecode { entries: vec![blank; ENTRIES], decodes: 0 }
    }

    /// The decoded bundle at physical `pa` (16-byte aligned), decoding it
    /// on a miss. Fails only when nothing answers at `pa`.
    #[inline]
    pub fn get(&mut self, mem: &mut Mem, pa: u64) -> Result<&Decoded, Interruption> {
        let i = index(pa);
        if self.entries[i].tag != pa {
            self.entries[i] = decode(mem, pa)?;
            self.decodes += 1;
            mem.mark_code(pa);
        }
        Ok(&self.entries[i])
    }

    /// Drop every cached bundle in the 4 KiB page at `page`.
    pub fn invalidate_page(&mut self, page: u64) {
        let base = page & !((1 << CODE_PAGE_SHIFT) - 1);
        for a in (base..base + (1 << CODE_PAGE_SHIFT)).step_by(16) {
            let e = &mut self.entries[index(a)];
            if e.tag == a {
                e.tag = INVALID;
            }
        }
    }

    pub fn flush(&mut self) {
        self.entries.iter_mut().for_each(|e| e.tag = INVALID);
    }

    /// Apply the invalidations stores have queued in `mem`.
    #[inline]
    pub fn sync(&mut self, mem: &mut Mem) {
        if let Some(((pages, n), all)) = mem.take_invalidations() {
            if all {
                self.flush();
            } else {
                pages[..n].iter().for_each(|&p| self.invalidate_page(p));
            }
        }
    }
}

/// Decode the bundle at `pa`. Undecodable slots and reserved templates
/// become Illegal Operation ops, so the fault is raised when (and only
/// if) execution reaches them.
fn decode(mem: &mut Mem, pa: u64) -> Result<Decoded, Interruption> {
    let lo = mem.bus.read(pa, 8).map_err(|_| machine_check(pa, isr::X))?;
    let hi = mem.bus.read(pa + 8, 8).map_err(|_| machine_check(pa, isr::X))?;
    let raw = (hi as u128) << 64 | lo as u128;
    let mut ops = [illegal_op(); 3];
    if let Ok(b) = Bundle::from_u128(raw) {
        let t = table();
        for (s, op) in ops.iter_mut().enumerate() {
            let unit = b.template.units[s];
            if unit == SlotUnit::L {
                *op = l_slot();
                continue;
            }
            if let Ok(insn) = t.decode_slot(&b, s) {
                let word = if unit == SlotUnit::X { b.slots[2] as u128 | (b.slots[1] as u128) << 41 } else { b.slots[s] as u128 };
                *op = make_op(insn.id, insn.qp, word, insn.ops);
            }
        }
    }
    Ok(Decoded { tag: pa, ops })
}
