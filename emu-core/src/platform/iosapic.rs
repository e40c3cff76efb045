//! An I/O SAPIC: routes platform interrupt lines (global system
//! interrupts) to processor interrupt vectors.
//!
//! Register access is indirect, as on every I/O (S)APIC: write a register
//! index to IOREGSEL (offset 0x00), then read or write IOWIN (offset 0x10).
//! Offset 0x40 is the EOI register of the SAPIC variant: writing a vector
//! there clears the remote-IRR bit of level-triggered entries using it.
//! Each pin has a 64-bit redirection entry (registers 0x10 + 2n, 0x11 + 2n).

use super::Shared;
use crate::mem::MmioDevice;

pub const IOREGSEL: u64 = 0x00;
pub const IOWIN: u64 = 0x10;
pub const EOI: u64 = 0x40;

/// Register indexes.
pub const REG_ID: u32 = 0x00;
pub const REG_VERSION: u32 = 0x01;
pub const REG_RTE0: u32 = 0x10;

/// Version register: implementation version in bits 0-7.
const VERSION: u32 = 0x21;

/// Redirection entry bits.
pub const RTE_REMOTE_IRR: u64 = 1 << 14;
pub const RTE_LEVEL: u64 = 1 << 15;
pub const RTE_MASKED: u64 = 1 << 16;

pub struct IoSapic {
    sel: u32,
    id: u32,
    rte: Vec<u64>,
    /// Current level of each input line.
    level: Vec<bool>,
    /// Edge-triggered lines that rose and were not yet delivered.
    edge: Vec<bool>,
}

impl IoSapic {
    /// An I/O SAPIC with `pins` inputs, all masked.
    pub fn new(pins: u8) -> IoSapic {
        let n = pins.max(1) as usize;
        IoSapic { sel: 0, id: 0, rte: vec![RTE_MASKED; n], level: vec![false; n], edge: vec![false; n] }
    }

    pub fn pins(&self) -> usize {
        self.rte.len()
    }

    fn read_reg(&self, r: u32) -> u32 {
        match r {
            REG_ID => self.id,
            REG_VERSION => VERSION | ((self.rte.len() as u32 - 1) << 16),
            _ => match self.rte_index(r) {
                Some((pin, true)) => (self.rte[pin] >> 32) as u32,
                Some((pin, false)) => self.rte[pin] as u32,
                None => 0,
            },
        }
    }

    fn write_reg(&mut self, r: u32, v: u32) {
        match r {
            REG_ID => self.id = v & 0xff00_0000,
            _ => match self.rte_index(r) {
                Some((pin, true)) => self.rte[pin] = (self.rte[pin] & 0xffff_ffff) | (v as u64) << 32,
                Some((pin, false)) => {
                    // Delivery status (bit 12) and remote IRR are read-only.
                    let keep = self.rte[pin] & (0xffff_ffff_0000_0000 | RTE_REMOTE_IRR | 1 << 12);
                    self.rte[pin] = keep | (v as u64 & !(RTE_REMOTE_IRR | 1 << 12) & 0x1_ffff);
                }
                None => {}
            },
        }
    }

    /// (pin, high half) for a redirection register index.
    fn rte_index(&self, r: u32) -> Option<(usize, bool)> {
        let i = r.checked_sub(REG_RTE0)? as usize;
        (i / 2 < self.rte.len()).then_some((i / 2, i % 2 == 1))
    }

    /// Drive input `pin` (level triggered lines follow the level; edge
    /// triggered ones latch a rising edge).
    pub fn set_line(&mut self, pin: usize, high: bool) {
        if pin >= self.rte.len() {
            return;
        }
        if high && !self.level[pin] {
            self.edge[pin] = true;
        }
        self.level[pin] = high;
    }

    /// Deliver what is pending: calls `raise(vector, dest)` for each
    /// interrupt, with dest the entry's destination (SAPIC id << 8 | eid).
    pub fn deliver(&mut self, mut raise: impl FnMut(u8, u16)) {
        for pin in 0..self.rte.len() {
            let e = self.rte[pin];
            if e & RTE_MASKED != 0 {
                continue;
            }
            let fire = if e & RTE_LEVEL != 0 {
                self.level[pin] && e & RTE_REMOTE_IRR == 0
            } else {
                std::mem::take(&mut self.edge[pin])
            };
            if fire {
                if e & RTE_LEVEL != 0 {
                    self.rte[pin] |= RTE_REMOTE_IRR;
                }
                raise(e as u8, (e >> 48) as u16);
            }
        }
    }

    fn eoi(&mut self, vector: u8) {
        for e in &mut self.rte {
            if *e & RTE_LEVEL != 0 && *e as u8 == vector {
                *e &= !RTE_REMOTE_IRR;
            }
        }
    }
}

impl MmioDevice for Shared<IoSapic> {
    fn read(&mut self, offset: u64, _size: u8) -> u64 {
        let s = self.lock();
        match offset {
            IOREGSEL => s.sel as u64,
            IOWIN => s.read_reg(s.sel) as u64,
            _ => 0,
        }
    }

    fn write(&mut self, offset: u64, _size: u8, value: u64) {
        let mut s = self.lock();
        match offset {
            IOREGSEL => s.sel = value as u32 & 0xff,
            IOWIN => {
                let r = s.sel;
                s.write_reg(r, value as u32)
            }
            EOI => s.eoi(value as u8),
            _ => {}
        }
    }

    fn name(&self) -> &str {
        "iosapic"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn io(d: &mut Shared<IoSapic>, reg: u32, value: Option<u32>) -> u32 {
        d.write(IOREGSEL, 4, reg as u64);
        match value {
            Some(v) => {
                d.write(IOWIN, 4, v as u64);
                v
            }
            None => d.read(IOWIN, 4) as u32,
        }
    }

    #[test]
    fn version_and_entries() {
        let mut d = Shared::new(IoSapic::new(24));
        assert_eq!(io(&mut d, REG_VERSION, None), 0x0017_0021);
        assert_eq!(io(&mut d, REG_RTE0 + 4, None), RTE_MASKED as u32);
        io(&mut d, REG_RTE0 + 4, Some(0x8031));
        io(&mut d, REG_RTE0 + 5, Some(0x0100_0000));
        assert_eq!(io(&mut d, REG_RTE0 + 4, None), 0x8031);
        assert_eq!(io(&mut d, REG_RTE0 + 5, None), 0x0100_0000);
        assert_eq!(io(&mut d, 0x99, None), 0);
    }

    #[test]
    fn level_lines_wait_for_eoi_and_edges_fire_once() {
        let mut d = Shared::new(IoSapic::new(4));
        io(&mut d, REG_RTE0 + 2, Some(0x8040)); // pin 1: level, vector 0x40
        io(&mut d, REG_RTE0 + 4, Some(0x0041)); // pin 2: edge, vector 0x41
        let mut got = Vec::new();
        {
            let mut s = d.lock();
            s.set_line(1, true);
            s.set_line(2, true);
            s.deliver(|v, _| got.push(v));
            s.deliver(|v, _| got.push(v));
        }
        assert_eq!(got, [0x40, 0x41]);
        d.write(EOI, 4, 0x40);
        d.lock().deliver(|v, _| got.push(v));
        assert_eq!(got, [0x40, 0x41, 0x40]);
    }
}
