//! External interrupts and the interval timer: the IRR/ISR bit sets, TPR
//! masking, IVR acknowledge, EOI, and the ar.itc/cr.itm match.

use super::state::{ar, cr, psr, Cpu, SPURIOUS};

fn highest(bits: &[u64; 4]) -> Option<u64> {
    (0..4).rev().find(|&w| bits[w] != 0).map(|w| (w as u64) * 64 + 63 - bits[w].leading_zeros() as u64)
}

impl Cpu {
    /// Make external interrupt `vector` pending (cr.irr). Vectors 1 and
    /// 3-15 are reserved and ignored.
    pub fn pend_interrupt(&mut self, vector: u8) {
        if vector == 0 || vector == 2 || vector >= 16 {
            self.irr[vector as usize / 64] |= 1 << (vector % 64);
        }
    }

    /// The highest pending vector that TPR and the in-service vectors do
    /// not mask (psr.i is the caller's business).
    pub fn unmasked_pending(&self) -> Option<u64> {
        let v = highest(&self.irr)?;
        let tpr = self.cr[cr::TPR];
        let class = v >> 4;
        if v >= 16 && (tpr & (1 << 16) != 0 || class <= (tpr >> 4) & 0xf) {
            return None;
        }
        if let Some(s) = highest(&self.in_service) {
            if class <= s >> 4 {
                return None;
            }
        }
        Some(v)
    }

    /// Whether an external interrupt should be taken now.
    #[inline]
    pub fn interrupt_ready(&self) -> bool {
        self.psr & psr::I != 0 && (self.irr.iter().any(|&w| w != 0)) && self.unmasked_pending().is_some()
    }

    /// A read of cr.ivr: acknowledge the highest unmasked pending vector
    /// (it moves to in-service) or return the spurious vector 15.
    pub fn acknowledge_interrupt(&mut self) -> u64 {
        match self.unmasked_pending() {
            Some(v) => {
                self.irr[(v / 64) as usize] &= !(1 << (v % 64));
                self.in_service[(v / 64) as usize] |= 1 << (v % 64);
                v
            }
            None => SPURIOUS,
        }
    }

    /// A write to cr.eoi: the highest in-service vector is done.
    pub fn end_of_interrupt(&mut self) {
        if let Some(v) = highest(&self.in_service) {
            self.in_service[(v / 64) as usize] &= !(1 << (v % 64));
        }
    }

    /// Advance ar.itc by `n` retired instructions and raise the timer
    /// vector (cr.itv, unless masked by itv.m) when it reaches cr.itm.
    #[inline]
    pub fn tick(&mut self, n: u64) {
        self.ar[ar::ITC] = self.ar[ar::ITC].wrapping_add(n);
        if self.timer_armed && self.ar[ar::ITC].wrapping_sub(self.cr[cr::ITM]) as i64 >= 0 {
            self.timer_armed = false;
            let itv = self.cr[cr::ITV];
            if itv & (1 << 16) == 0 {
                self.pend_interrupt(itv as u8);
            }
        }
    }
}
