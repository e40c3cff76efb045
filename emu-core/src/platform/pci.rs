//! A small conventional PCI bus: type-0 configuration headers reached
//! through SAL_PCI_CONFIG_READ/WRITE, and memory BARs decoded in a window
//! of physical address space.
//!
//! Each function's 256-byte configuration space is bytes plus a per-byte
//! write mask, so BAR sizing falls out of the model: the writable bits of a
//! BAR are its address bits, and writing all ones reads back the size mask.
//! Firmware assigns BARs from the window at power-on and enables memory
//! decoding. A BAR's registers are plain storage (a scratch device): enough
//! for a guest to find, size, move and touch its devices.

use super::Shared;
use crate::mem::MmioDevice;

/// Configuration header offsets.
pub mod cfg {
    pub const VENDOR_ID: usize = 0x00;
    pub const DEVICE_ID: usize = 0x02;
    pub const COMMAND: usize = 0x04;
    pub const STATUS: usize = 0x06;
    pub const REVISION: usize = 0x08;
    pub const CLASS: usize = 0x09;
    pub const CACHE_LINE: usize = 0x0c;
    pub const LATENCY: usize = 0x0d;
    pub const HEADER_TYPE: usize = 0x0e;
    pub const BAR0: usize = 0x10;
    pub const SUBSYS_VENDOR_ID: usize = 0x2c;
    pub const SUBSYS_ID: usize = 0x2e;
    pub const INTERRUPT_LINE: usize = 0x3c;
    pub const INTERRUPT_PIN: usize = 0x3d;
}

/// COMMAND bits: memory space decoding, bus master.
pub const CMD_MEMORY: u16 = 0x0002;
pub const CMD_MASTER: u16 = 0x0004;
/// Writable COMMAND bits (memory, master, parity, SERR, INTx disable).
const CMD_WRITABLE: u16 = 0x0546;

/// The kind of a memory BAR.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarKind {
    Mem32,
    /// Occupies two BAR slots.
    Mem64 { prefetchable: bool },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BarConfig {
    pub kind: BarKind,
    /// A power of two, at least 16 bytes.
    pub size: u64,
}

/// One PCI function as the platform describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PciFunctionConfig {
    pub name: String,
    pub bus: u8,
    /// 0-31.
    pub device: u8,
    /// 0-7.
    pub function: u8,
    pub vendor_id: u16,
    pub device_id: u16,
    /// Base class, subclass and programming interface (24 bits).
    pub class_code: u32,
    pub revision: u8,
    pub subsystem_vendor_id: u16,
    pub subsystem_id: u16,
    /// 0 for none, 1-4 for INTA#-INTD#.
    pub interrupt_pin: u8,
    /// The global system interrupt the pin is wired to (written to the
    /// Interrupt Line register, truncated to 8 bits, as firmware does).
    pub gsi: Option<u32>,
    pub bars: Vec<BarConfig>,
}

impl PciFunctionConfig {
    /// BAR slots used (a 64-bit BAR takes two).
    fn bar_slots(&self) -> usize {
        self.bars.iter().map(|b| if matches!(b.kind, BarKind::Mem64 { .. }) { 2 } else { 1 }).sum()
    }

    pub(super) fn check(&self) -> Result<(), String> {
        let at = format!("PCI function {:02x}:{:02x}.{} ({})", self.bus, self.device, self.function, self.name);
        if self.device > 31 || self.function > 7 {
            return Err(format!("{at}: device must be 0-31 and function 0-7"));
        }
        if self.bar_slots() > 6 {
            return Err(format!("{at}: more BARs than the 6 slots of a type-0 header"));
        }
        if self.interrupt_pin > 4 {
            return Err(format!("{at}: interrupt pin must be 0-4"));
        }
        for b in &self.bars {
            if !b.size.is_power_of_two() || b.size < 16 || (b.kind == BarKind::Mem32 && b.size > 1 << 31) {
                return Err(format!("{at}: BAR size {:#x} must be a power of two, at least 16", b.size));
            }
        }
        Ok(())
    }
}

/// A function's live state.
struct Function {
    bus: u8,
    devfn: u8,
    space: [u8; 256],
    wmask: [u8; 256],
    /// (slot, size, storage) per BAR; storage is allocated on first touch.
    bars: Vec<(usize, u64, Vec<u8>)>,
}

impl Function {
    fn u16_at(&self, off: usize) -> u16 {
        u16::from_le_bytes([self.space[off], self.space[off + 1]])
    }

    fn u32_at(&self, off: usize) -> u32 {
        u32::from_le_bytes(self.space[off..off + 4].try_into().expect("4 bytes"))
    }

    fn put(&mut self, off: usize, bytes: &[u8]) {
        self.space[off..off + bytes.len()].copy_from_slice(bytes);
    }

    /// The current base address of BAR `slot`.
    fn bar_base(&self, slot: usize) -> u64 {
        let off = cfg::BAR0 + 4 * slot;
        let lo = self.u32_at(off) as u64;
        let base = lo & !0xf;
        if lo & 0x6 == 0x4 {
            base | (self.u32_at(off + 4) as u64) << 32
        } else {
            base
        }
    }
}

/// The bus: every function, and the window its BARs decode in.
pub struct PciBus {
    functions: Vec<Function>,
    window_base: u64,
    window_size: u64,
}

/// Where a function sits: bus, device and function numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PciAddr {
    pub bus: u8,
    pub device: u8,
    pub function: u8,
}

impl PciBus {
    /// Build the bus and assign BARs from `[window_base, +window_size)`,
    /// each aligned to its size, in configuration order.
    pub fn new(configs: &[PciFunctionConfig], window_base: u64, window_size: u64) -> Result<PciBus, String> {
        let mut next = window_base;
        let mut functions: Vec<Function> = Vec::new();
        for c in configs {
            c.check()?;
            let devfn = c.device << 3 | c.function;
            if functions.iter().any(|f| f.bus == c.bus && f.devfn == devfn) {
                return Err(format!("two PCI functions at {:02x}:{:02x}.{}", c.bus, c.device, c.function));
            }
            let mut f = Function { bus: c.bus, devfn, space: [0; 256], wmask: [0; 256], bars: Vec::new() };
            f.put(cfg::VENDOR_ID, &c.vendor_id.to_le_bytes());
            f.put(cfg::DEVICE_ID, &c.device_id.to_le_bytes());
            f.space[cfg::REVISION] = c.revision;
            f.put(cfg::CLASS, &c.class_code.to_le_bytes()[..3]);
            f.put(cfg::SUBSYS_VENDOR_ID, &c.subsystem_vendor_id.to_le_bytes());
            f.put(cfg::SUBSYS_ID, &c.subsystem_id.to_le_bytes());
            f.space[cfg::INTERRUPT_PIN] = c.interrupt_pin;
            f.space[cfg::INTERRUPT_LINE] = c.gsi.map_or(0xff, |g| g as u8);
            f.wmask[cfg::COMMAND..cfg::COMMAND + 2].copy_from_slice(&CMD_WRITABLE.to_le_bytes());
            f.wmask[cfg::CACHE_LINE] = 0xff;
            f.wmask[cfg::LATENCY] = 0xff;
            f.wmask[cfg::INTERRUPT_LINE] = 0xff;
            let mut slot = 0;
            for b in &c.bars {
                let base = next.checked_next_multiple_of(b.size).unwrap_or(u64::MAX);
                if base.checked_add(b.size).is_none_or(|end| end > window_base.saturating_add(window_size)) {
                    return Err(format!("PCI window {window_base:#x}+{window_size:#x} too small for the BARs of {}", c.name));
                }
                next = base + b.size;
                let off = cfg::BAR0 + 4 * slot;
                let addr_mask = !(b.size - 1);
                let (flags, slots) = match b.kind {
                    BarKind::Mem32 => (0u64, 1),
                    BarKind::Mem64 { prefetchable } => (0x4 | if prefetchable { 0x8 } else { 0 }, 2),
                };
                let width = 4 * slots;
                f.put(off, &(base | flags).to_le_bytes()[..width]);
                f.wmask[off..off + width].copy_from_slice(&(addr_mask & !0xf).to_le_bytes()[..width]);
                f.bars.push((slot, b.size, Vec::new()));
                slot += slots;
            }
            if !c.bars.is_empty() {
                f.put(cfg::COMMAND, &CMD_MEMORY.to_le_bytes());
            }
            functions.push(f);
        }
        // Function 0 of a device with other functions says it is multi-function.
        let multi: Vec<(u8, u8)> = functions.iter().filter(|f| f.devfn & 7 != 0).map(|f| (f.bus, f.devfn >> 3)).collect();
        for f in &mut functions {
            if f.devfn & 7 == 0 && multi.contains(&(f.bus, f.devfn >> 3)) {
                f.space[cfg::HEADER_TYPE] |= 0x80;
            }
        }
        Ok(PciBus { functions, window_base, window_size })
    }

    fn find(&mut self, a: PciAddr) -> Option<&mut Function> {
        let devfn = (a.device & 31) << 3 | (a.function & 7);
        self.functions.iter_mut().find(|f| f.bus == a.bus && f.devfn == devfn)
    }

    /// Read `size` (1, 2 or 4) bytes at `reg`; None if the access is
    /// malformed (bad size, unaligned, beyond 256 bytes). An absent
    /// function reads all ones, as a master abort does.
    pub fn config_read(&mut self, a: PciAddr, reg: u64, size: u8) -> Option<u32> {
        let r = Self::check_access(reg, size)?;
        let Some(f) = self.find(a) else {
            return Some(super::all_ones(size) as u32);
        };
        let mut v = [0u8; 4];
        v[..size as usize].copy_from_slice(&f.space[r..r + size as usize]);
        Some(u32::from_le_bytes(v))
    }

    /// Write through the write mask; writes to an absent function vanish.
    /// Returns None if the access is malformed.
    pub fn config_write(&mut self, a: PciAddr, reg: u64, size: u8, value: u32) -> Option<()> {
        let r = Self::check_access(reg, size)?;
        if let Some(f) = self.find(a) {
            for (i, b) in value.to_le_bytes()[..size as usize].iter().enumerate() {
                let m = f.wmask[r + i];
                f.space[r + i] = (f.space[r + i] & !m) | (b & m);
            }
        }
        Some(())
    }

    fn check_access(reg: u64, size: u8) -> Option<usize> {
        let ok = matches!(size, 1 | 2 | 4) && reg % size as u64 == 0 && reg + size as u64 <= 256;
        ok.then_some(reg as usize)
    }

    /// Every function present, in configuration order.
    pub fn addresses(&self) -> Vec<PciAddr> {
        self.functions.iter().map(|f| PciAddr { bus: f.bus, device: f.devfn >> 3, function: f.devfn & 7 }).collect()
    }

    /// The bytes of the BAR that decodes `[addr, addr+size)`, if memory
    /// decoding is on; storage is allocated on first touch.
    fn decode(&mut self, addr: u64, size: u8) -> Option<&mut [u8]> {
        self.functions.iter_mut().find_map(|f| {
            if f.u16_at(cfg::COMMAND) & CMD_MEMORY == 0 {
                return None;
            }
            let bases: Vec<u64> = f.bars.iter().map(|&(slot, _, _)| f.bar_base(slot)).collect();
            f.bars.iter_mut().zip(bases).find_map(|((_, len, store), base)| {
                let off = addr.checked_sub(base)?;
                if off + size as u64 > *len {
                    return None;
                }
                if store.is_empty() {
                    store.resize(*len as usize, 0);
                }
                Some(&mut store[off as usize..off as usize + size as usize])
            })
        })
    }

    /// Read from the window at absolute physical address `addr`; nothing
    /// there reads all ones.
    pub fn mmio_read(&mut self, addr: u64, size: u8) -> u64 {
        match self.decode(addr, size) {
            Some(bytes) => {
                let mut v = [0u8; 8];
                v[..bytes.len()].copy_from_slice(bytes);
                u64::from_le_bytes(v)
            }
            None => super::all_ones(size),
        }
    }

    pub fn mmio_write(&mut self, addr: u64, size: u8, value: u64) {
        if let Some(bytes) = self.decode(addr, size) {
            bytes.copy_from_slice(&value.to_le_bytes()[..size as usize]);
        }
    }

    pub fn window(&self) -> (u64, u64) {
        (self.window_base, self.window_size)
    }
}

/// The bus's memory window as an MMIO device.
impl MmioDevice for Shared<PciBus> {
    fn read(&mut self, offset: u64, size: u8) -> u64 {
        let mut bus = self.lock();
        let a = bus.window_base + offset;
        bus.mmio_read(a, size)
    }

    fn write(&mut self, offset: u64, size: u8, value: u64) {
        let mut bus = self.lock();
        let a = bus.window_base + offset;
        bus.mmio_write(a, size, value)
    }

    fn name(&self) -> &str {
        "pci-window"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dev(device: u8, function: u8, bars: Vec<BarConfig>) -> PciFunctionConfig {
        PciFunctionConfig {
            name: "t".into(),
            bus: 0,
            device,
            function,
            vendor_id: 0x1b36,
            device_id: 0x0005,
            class_code: 0x00ff00,
            revision: 1,
            subsystem_vendor_id: 0,
            subsystem_id: 0,
            interrupt_pin: 1,
            gsi: Some(20),
            bars,
        }
    }

    const A: PciAddr = PciAddr { bus: 0, device: 1, function: 0 };

    fn bus() -> PciBus {
        let bars = vec![
            BarConfig { kind: BarKind::Mem32, size: 0x1000 },
            BarConfig { kind: BarKind::Mem64 { prefetchable: true }, size: 0x10000 },
        ];
        PciBus::new(&[dev(1, 0, bars), dev(1, 2, vec![])], 0xc000_0000, 0x100_0000).unwrap()
    }

    #[test]
    fn ids_and_absent_functions() {
        let mut b = bus();
        assert_eq!(b.config_read(A, 0, 4), Some(0x0005_1b36));
        assert_eq!(b.config_read(A, cfg::CLASS as u64 - 1, 4), Some(0x00ff_0001));
        assert_eq!(b.config_read(A, cfg::HEADER_TYPE as u64, 1), Some(0x80));
        assert_eq!(b.config_read(PciAddr { bus: 0, device: 2, function: 0 }, 0, 2), Some(0xffff));
        assert_eq!(b.config_read(A, 2, 4), None);
        assert_eq!(b.config_read(A, 256, 1), None);
    }

    #[test]
    fn bar_sizing_and_moving() {
        let mut b = bus();
        assert_eq!(b.config_read(A, 0x10, 4), Some(0xc000_0000));
        assert_eq!(b.config_read(A, 0x14, 4), Some(0xc001_000c));
        b.config_write(A, 0x10, 4, u32::MAX).unwrap();
        assert_eq!(b.config_read(A, 0x10, 4), Some(0xffff_f000));
        b.config_write(A, 0x14, 4, u32::MAX).unwrap();
        b.config_write(A, 0x18, 4, u32::MAX).unwrap();
        assert_eq!(b.config_read(A, 0x14, 4), Some(0xffff_000c));
        assert_eq!(b.config_read(A, 0x18, 4), Some(0xffff_ffff));
        // Move BAR0 and touch it there; the old place no longer decodes.
        b.config_write(A, 0x10, 4, 0xc080_0000).unwrap();
        b.mmio_write(0xc080_0010, 4, 0xdead_beef);
        assert_eq!(b.mmio_read(0xc080_0010, 4), 0xdead_beef);
        assert_eq!(b.mmio_read(0xc000_0010, 4), 0xffff_ffff);
        // Memory decoding off: the BAR answers nothing.
        b.config_write(A, cfg::COMMAND as u64, 2, 0).unwrap();
        assert_eq!(b.mmio_read(0xc080_0010, 4), 0xffff_ffff);
    }

    #[test]
    fn read_only_fields_ignore_writes() {
        let mut b = bus();
        b.config_write(A, 0, 4, 0).unwrap();
        assert_eq!(b.config_read(A, 0, 2), Some(0x1b36));
        b.config_write(A, cfg::INTERRUPT_LINE as u64, 1, 9).unwrap();
        assert_eq!(b.config_read(A, cfg::INTERRUPT_LINE as u64, 2), Some(0x0109));
    }

    #[test]
    fn bad_configurations_are_errors() {
        assert!(PciBus::new(&[dev(1, 0, vec![]), dev(1, 0, vec![])], 0, 0x1000).is_err());
        assert!(PciBus::new(&[dev(32, 0, vec![])], 0, 0x1000).is_err());
        let big = vec![BarConfig { kind: BarKind::Mem32, size: 0x2000 }];
        assert!(PciBus::new(&[dev(1, 0, big)], 0, 0x1000).is_err());
        let odd = vec![BarConfig { kind: BarKind::Mem32, size: 0x1800 }];
        assert!(PciBus::new(&[dev(1, 0, odd)], 0, 0x10000).is_err());
    }
}
