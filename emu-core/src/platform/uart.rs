//! A 16550-style UART: the platform console.
//!
//! Eight byte-wide registers at consecutive offsets, as a PC serial port
//! lays them out. Transmission is instantaneous: a byte written to THR
//! lands in the host's output buffer at once, so the transmitter is always
//! empty and LSR always reports THRE and TEMT. Received bytes come from a
//! host-fed queue (the receive FIFO). The interrupt output is level
//! triggered; the platform routes it through the I/O SAPIC.

use std::collections::VecDeque;
use super::Shared;
use crate::mem::MmioDevice;

/// Register offsets (DLAB = 0 unless noted).
pub mod reg {
    /// Receive buffer (read), transmit holding (write); divisor low with DLAB.
    pub const DATA: u64 = 0;
    /// Interrupt enable; divisor high with DLAB.
    pub const IER: u64 = 1;
    /// Interrupt identification (read), FIFO control (write).
    pub const IIR_FCR: u64 = 2;
    pub const LCR: u64 = 3;
    pub const MCR: u64 = 4;
    pub const LSR: u64 = 5;
    pub const MSR: u64 = 6;
    pub const SCR: u64 = 7;
}

/// IER bits.
pub const IER_RDA: u8 = 0x01;
pub const IER_THRE: u8 = 0x02;
/// LCR divisor latch access bit.
pub const LCR_DLAB: u8 = 0x80;
/// MCR loopback bit.
pub const MCR_LOOP: u8 = 0x10;
/// LSR bits.
pub const LSR_DR: u8 = 0x01;
pub const LSR_OE: u8 = 0x02;
pub const LSR_THRE: u8 = 0x20;
pub const LSR_TEMT: u8 = 0x40;

/// Bytes of output kept for the host before the oldest are dropped.
pub const OUTPUT_LIMIT: usize = 16 << 20;
/// Depth of the receive FIFO; bytes beyond it wait in the host queue.
const RX_FIFO: usize = 16;

/// The UART's registers and byte queues.
#[derive(Debug, Default)]
pub struct Uart {
    ier: u8,
    lcr: u8,
    mcr: u8,
    scr: u8,
    fcr: u8,
    divisor: u16,
    lsr_oe: bool,
    /// A THRE interrupt is pending until IIR reports it or THR is written.
    thre_pending: bool,
    rx: VecDeque<u8>,
    /// Host input not yet in the receive FIFO.
    host_in: VecDeque<u8>,
    out: Vec<u8>,
    dropped: u64,
}

impl Uart {
    pub fn new() -> Uart {
        Uart { divisor: 1, ..Uart::default() }
    }

    fn refill(&mut self) {
        while self.rx.len() < RX_FIFO {
            match self.host_in.pop_front() {
                Some(b) => self.rx.push_back(b),
                None => break,
            }
        }
    }

    fn transmit(&mut self, b: u8) {
        if self.mcr & MCR_LOOP != 0 {
            if self.rx.len() < RX_FIFO {
                self.rx.push_back(b);
            } else {
                self.lsr_oe = true;
            }
        } else {
            if self.out.len() >= OUTPUT_LIMIT {
                self.out.drain(..OUTPUT_LIMIT / 2);
                self.dropped += (OUTPUT_LIMIT / 2) as u64;
            }
            self.out.push(b);
        }
        self.thre_pending = true;
    }

    fn lsr(&self) -> u8 {
        let dr = if self.rx.is_empty() { 0 } else { LSR_DR };
        let oe = if self.lsr_oe { LSR_OE } else { 0 };
        dr | oe | LSR_THRE | LSR_TEMT
    }

    /// The highest-priority pending interrupt as an IIR value (bit 0 set
    /// means none). Priorities: line status, received data, THR empty.
    fn iir(&self) -> u8 {
        let fifo = if self.fcr & 1 != 0 { 0xc0 } else { 0 };
        let id = if self.lsr_oe && self.ier & 0x04 != 0 {
            0x06
        } else if !self.rx.is_empty() && self.ier & IER_RDA != 0 {
            0x04
        } else if self.thre_pending && self.ier & IER_THRE != 0 {
            0x02
        } else {
            0x01
        };
        fifo | id
    }

    /// Whether the interrupt output is asserted.
    pub fn irq(&self) -> bool {
        self.iir() & 1 == 0
    }

    pub fn read_reg(&mut self, offset: u64) -> u8 {
        let dlab = self.lcr & LCR_DLAB != 0;
        match offset {
            reg::DATA if dlab => self.divisor as u8,
            reg::DATA => {
                let b = self.rx.pop_front().unwrap_or(0);
                self.refill();
                b
            }
            reg::IER if dlab => (self.divisor >> 8) as u8,
            reg::IER => self.ier,
            reg::IIR_FCR => {
                let v = self.iir();
                if v & 0x0f == 0x02 {
                    self.thre_pending = false;
                }
                v
            }
            reg::LCR => self.lcr,
            reg::MCR => self.mcr,
            reg::LSR => {
                let v = self.lsr();
                self.lsr_oe = false;
                v
            }
            // Loopback feeds MCR's outputs back as the modem inputs;
            // otherwise a terminal is attached: CTS, DSR and DCD are up.
            reg::MSR if self.mcr & MCR_LOOP != 0 => {
                let m = self.mcr;
                ((m & 0x02) << 3) | ((m & 0x01) << 5) | ((m & 0x04) << 4) | ((m & 0x08) << 4)
            }
            reg::MSR => 0xb0,
            reg::SCR => self.scr,
            _ => 0,
        }
    }

    pub fn write_reg(&mut self, offset: u64, v: u8) {
        let dlab = self.lcr & LCR_DLAB != 0;
        match offset {
            reg::DATA if dlab => self.divisor = (self.divisor & 0xff00) | v as u16,
            reg::DATA => self.transmit(v),
            reg::IER if dlab => self.divisor = (self.divisor & 0x00ff) | (v as u16) << 8,
            reg::IER => {
                // Enabling the THRE interrupt with THR empty raises it.
                if v & IER_THRE != 0 && self.ier & IER_THRE == 0 {
                    self.thre_pending = true;
                }
                self.ier = v & 0x0f;
            }
            reg::IIR_FCR => {
                if v & 0x02 != 0 {
                    self.rx.clear();
                    self.refill();
                }
                self.fcr = v & 0xc9;
            }
            reg::LCR => self.lcr = v,
            reg::MCR => self.mcr = v & 0x1f,
            reg::SCR => self.scr = v,
            _ => {}
        }
    }

    /// Queue bytes for the guest to read.
    pub fn push_input(&mut self, bytes: &[u8]) {
        self.host_in.extend(bytes);
        self.refill();
    }

    /// Everything the guest transmitted since the last call.
    pub fn take_output(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.out)
    }

    /// Output bytes dropped because the host did not collect them.
    pub fn dropped(&self) -> u64 {
        self.dropped
    }
}

/// The UART as the bus and the host share it.
pub type UartHandle = Shared<Uart>;

impl UartHandle {
    pub fn take_output(&self) -> Vec<u8> {
        self.lock().take_output()
    }

    pub fn push_input(&self, bytes: &[u8]) {
        self.lock().push_input(bytes)
    }

    pub fn irq(&self) -> bool {
        self.lock().irq()
    }
}

impl MmioDevice for UartHandle {
    /// Registers are bytes: a wider access reads the register at its
    /// offset into the low byte.
    fn read(&mut self, offset: u64, _size: u8) -> u64 {
        self.lock().read_reg(offset) as u64
    }

    fn write(&mut self, offset: u64, _size: u8, value: u64) {
        self.lock().write_reg(offset, value as u8)
    }

    fn name(&self) -> &str {
        "uart16550"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transmit_reaches_the_host_and_lsr_stays_ready() {
        let mut u = Uart::new();
        for b in b"hi\n" {
            assert_ne!(u.read_reg(reg::LSR) & LSR_THRE, 0);
            u.write_reg(reg::DATA, *b);
        }
        assert_eq!(u.take_output(), b"hi\n");
        assert!(u.take_output().is_empty());
    }

    #[test]
    fn input_flows_through_the_fifo_and_raises_rda() {
        let mut u = Uart::new();
        u.write_reg(reg::IER, IER_RDA);
        assert!(!u.irq());
        u.push_input(&[b'x'; 20]);
        assert!(u.irq());
        assert_eq!(u.read_reg(reg::IIR_FCR) & 0x0f, 0x04);
        let mut n = 0;
        while u.read_reg(reg::LSR) & LSR_DR != 0 {
            assert_eq!(u.read_reg(reg::DATA), b'x');
            n += 1;
        }
        assert_eq!(n, 20);
        assert!(!u.irq());
    }

    #[test]
    fn thre_interrupt_is_cleared_by_reading_iir() {
        let mut u = Uart::new();
        u.write_reg(reg::IER, IER_THRE);
        assert!(u.irq());
        assert_eq!(u.read_reg(reg::IIR_FCR) & 0x0f, 0x02);
        assert!(!u.irq());
        u.write_reg(reg::DATA, b'a');
        assert!(u.irq());
    }

    #[test]
    fn divisor_latch_and_loopback() {
        let mut u = Uart::new();
        u.write_reg(reg::LCR, LCR_DLAB | 0x03);
        u.write_reg(reg::DATA, 0x0c);
        u.write_reg(reg::IER, 0x00);
        assert_eq!(u.read_reg(reg::DATA), 0x0c);
        u.write_reg(reg::LCR, 0x03);
        u.write_reg(reg::MCR, MCR_LOOP);
        u.write_reg(reg::DATA, b'z');
        assert!(u.take_output().is_empty());
        assert_eq!(u.read_reg(reg::DATA), b'z');
    }
}
