//! Physical memory and the MMIO bus: what a physical address reaches.
//!
//! RAM is one flat little-endian byte array starting at physical 0 (the
//! firmware's memory map may still declare holes and reserved ranges in
//! it). Devices claim physical ranges above RAM and see accesses as
//! (offset, size) reads and writes. Translation, byte order (`psr.be`) and
//! alignment checks happen before the bus: the bus moves bytes.

use thiserror::Error;

/// A device reachable by physical address.
pub trait MmioDevice {
    /// Read `size` (1, 2, 4 or 8) bytes at `offset` into the device's range.
    fn read(&mut self, offset: u64, size: u8) -> u64;
    /// Write the low `size` bytes of `value` at `offset`.
    fn write(&mut self, offset: u64, size: u8, value: u64);
    /// A short name for errors and the platform description.
    fn name(&self) -> &str;
}

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum BusError {
    /// Nothing answers at this physical address (the CPU turns this into
    /// the architected fault for the access).
    #[error("no memory or device at physical address {0:#x}")]
    Unmapped(u64),
    #[error("device range {base:#x}+{len:#x} overlaps memory or another device")]
    Overlap { base: u64, len: u64 },
}

struct Mapping {
    base: u64,
    len: u64,
    device: Box<dyn MmioDevice>,
}

/// RAM plus memory-mapped devices.
pub struct Bus {
    ram: Vec<u8>,
    mmio: Vec<Mapping>,
}

impl Bus {
    /// A bus with `ram_bytes` of zeroed RAM at physical 0.
    pub fn new(ram_bytes: usize) -> Bus {
        Bus { ram: vec![0; ram_bytes], mmio: Vec::new() }
    }

    pub fn ram_size(&self) -> u64 {
        self.ram.len() as u64
    }

    pub fn ram(&self) -> &[u8] {
        &self.ram
    }

    pub fn ram_mut(&mut self) -> &mut [u8] {
        &mut self.ram
    }

    /// Attach a device at `[base, base+len)`.
    pub fn map(&mut self, base: u64, len: u64, device: Box<dyn MmioDevice>) -> Result<(), BusError> {
        let end = base.checked_add(len).ok_or(BusError::Overlap { base, len })?;
        let clashes_ram = base < self.ram_size();
        let clashes_dev = self.mmio.iter().any(|m| base < m.base + m.len && m.base < end);
        if len == 0 || clashes_ram || clashes_dev {
            return Err(BusError::Overlap { base, len });
        }
        self.mmio.push(Mapping { base, len, device });
        Ok(())
    }

    fn ram_range(&self, addr: u64, size: u64) -> Option<std::ops::Range<usize>> {
        let end = addr.checked_add(size)?;
        (end <= self.ram_size()).then(|| addr as usize..end as usize)
    }

    fn device_at(&mut self, addr: u64, size: u64) -> Option<(&mut Mapping, u64)> {
        self.mmio
            .iter_mut()
            .find(|m| addr >= m.base && addr - m.base + size <= m.len)
            .map(|m| {
                let off = addr - m.base;
                (m, off)
            })
    }

    /// Little-endian read of 1, 2, 4 or 8 bytes.
    pub fn read(&mut self, addr: u64, size: u8) -> Result<u64, BusError> {
        if let Some(r) = self.ram_range(addr, size as u64) {
            let mut buf = [0u8; 8];
            buf[..size as usize].copy_from_slice(&self.ram[r]);
            return Ok(u64::from_le_bytes(buf));
        }
        match self.device_at(addr, size as u64) {
            Some((m, off)) => Ok(m.device.read(off, size)),
            None => Err(BusError::Unmapped(addr)),
        }
    }

    /// Little-endian write of the low 1, 2, 4 or 8 bytes of `value`.
    pub fn write(&mut self, addr: u64, size: u8, value: u64) -> Result<(), BusError> {
        if let Some(r) = self.ram_range(addr, size as u64) {
            self.ram[r].copy_from_slice(&value.to_le_bytes()[..size as usize]);
            return Ok(());
        }
        match self.device_at(addr, size as u64) {
            Some((m, off)) => {
                m.device.write(off, size, value);
                Ok(())
            }
            None => Err(BusError::Unmapped(addr)),
        }
    }

    /// Copy bytes into RAM (loading images); fails outside RAM.
    pub fn load(&mut self, addr: u64, bytes: &[u8]) -> Result<(), BusError> {
        let r = self.ram_range(addr, bytes.len() as u64).ok_or(BusError::Unmapped(addr))?;
        self.ram[r].copy_from_slice(bytes);
        Ok(())
    }

    /// Borrow RAM bytes (reading tables the guest built); None outside RAM.
    pub fn slice(&self, addr: u64, len: u64) -> Option<&[u8]> {
        self.ram_range(addr, len).map(|r| &self.ram[r])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Latch(u64);
    impl MmioDevice for Latch {
        fn read(&mut self, offset: u64, _size: u8) -> u64 {
            self.0 + offset
        }
        fn write(&mut self, _offset: u64, _size: u8, value: u64) {
            self.0 = value;
        }
        fn name(&self) -> &str {
            "latch"
        }
    }

    #[test]
    fn ram_is_little_endian() {
        let mut b = Bus::new(64);
        b.write(8, 8, 0x0102_0304_0506_0708).unwrap();
        assert_eq!(b.ram()[8], 0x08);
        assert_eq!(b.read(8, 2).unwrap(), 0x0708);
        assert_eq!(b.read(60, 8), Err(BusError::Unmapped(60)));
    }

    #[test]
    fn devices_see_offsets_and_cannot_overlap() {
        let mut b = Bus::new(0x1000);
        b.map(0x2000, 0x10, Box::new(Latch(0))).unwrap();
        assert!(b.map(0x2008, 0x10, Box::new(Latch(0))).is_err());
        assert!(b.map(0x800, 0x10, Box::new(Latch(0))).is_err());
        b.write(0x2000, 8, 40).unwrap();
        assert_eq!(b.read(0x2002, 1).unwrap(), 42);
        assert_eq!(b.read(0x200c, 8), Err(BusError::Unmapped(0x200c)));
    }
}
