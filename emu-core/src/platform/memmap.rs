//! The EFI memory map: typed, page-granular descriptors of physical memory.

use super::config::Range;

/// EFI memory types.
pub mod ty {
    pub const RESERVED: u32 = 0;
    pub const LOADER_CODE: u32 = 1;
    pub const LOADER_DATA: u32 = 2;
    pub const BOOT_SERVICES_CODE: u32 = 3;
    pub const BOOT_SERVICES_DATA: u32 = 4;
    pub const RUNTIME_SERVICES_CODE: u32 = 5;
    pub const RUNTIME_SERVICES_DATA: u32 = 6;
    pub const CONVENTIONAL: u32 = 7;
    pub const UNUSABLE: u32 = 8;
    pub const ACPI_RECLAIM: u32 = 9;
    pub const ACPI_NVS: u32 = 10;
    pub const MMIO: u32 = 11;
    pub const MMIO_PORT_SPACE: u32 = 12;
    pub const PAL_CODE: u32 = 13;
}

/// EFI memory attributes.
pub mod attr {
    pub const UC: u64 = 0x1;
    pub const WC: u64 = 0x2;
    pub const WT: u64 = 0x4;
    pub const WB: u64 = 0x8;
    /// Every cacheability RAM supports.
    pub const RAM: u64 = UC | WC | WT | WB;
    /// The OS must map this range for runtime services.
    pub const RUNTIME: u64 = 1 << 63;
}

/// EFI pages are 4 KiB whatever page size the OS uses.
pub const PAGE: u64 = 4096;

/// Size of a descriptor as GetMemoryMap reports it: 40 bytes of fields
/// plus 8 of padding, as much real firmware does, so an OS that walks the
/// map by `sizeof` instead of DescriptorSize breaks here as it would there.
pub const DESC_SIZE: u64 = 48;
pub const DESC_VERSION: u32 = 1;

/// One descriptor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemDesc {
    pub ty: u32,
    pub phys: u64,
    pub virt: u64,
    pub pages: u64,
    pub attr: u64,
}

impl MemDesc {
    pub fn range(&self) -> Range {
        Range::new(self.phys, self.pages * PAGE)
    }

    /// The descriptor as GetMemoryMap writes it.
    pub fn to_bytes(&self) -> [u8; DESC_SIZE as usize] {
        let mut b = [0u8; DESC_SIZE as usize];
        b[0..4].copy_from_slice(&self.ty.to_le_bytes());
        b[8..16].copy_from_slice(&self.phys.to_le_bytes());
        b[16..24].copy_from_slice(&self.virt.to_le_bytes());
        b[24..32].copy_from_slice(&self.pages.to_le_bytes());
        b[32..40].copy_from_slice(&self.attr.to_le_bytes());
        b
    }

    /// Parse a descriptor laid out as [`to_bytes`](Self::to_bytes) does.
    pub fn from_bytes(b: &[u8]) -> Option<MemDesc> {
        let u64_at = |o: usize| Some(u64::from_le_bytes(b.get(o..o + 8)?.try_into().ok()?));
        Some(MemDesc {
            ty: u32::from_le_bytes(b.get(0..4)?.try_into().ok()?),
            phys: u64_at(8)?,
            virt: u64_at(16)?,
            pages: u64_at(24)?,
            attr: u64_at(32)?,
        })
    }
}

/// Sorted, non-overlapping descriptors; ranges not covered are holes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemoryMap {
    descs: Vec<MemDesc>,
}

fn page_aligned(r: &Range) -> bool {
    r.base % PAGE == 0 && r.len % PAGE == 0 && r.len > 0
}

impl MemoryMap {
    pub fn descriptors(&self) -> &[MemDesc] {
        &self.descs
    }

    /// Remove `r` from the map (making a hole), splitting descriptors.
    pub fn remove(&mut self, r: Range) {
        let mut out = Vec::with_capacity(self.descs.len() + 1);
        for d in &self.descs {
            let dr = d.range();
            if !dr.overlaps(&r) {
                out.push(*d);
                continue;
            }
            if dr.base < r.base {
                out.push(MemDesc { pages: (r.base - dr.base) / PAGE, ..*d });
            }
            if dr.end() > r.end() {
                let skip = r.end() - dr.base;
                let virt = if d.virt == 0 { 0 } else { d.virt + skip };
                out.push(MemDesc { phys: r.end(), virt, pages: (dr.end() - r.end()) / PAGE, ..*d });
            }
        }
        self.descs = out;
    }

    /// Describe `r` as type `ty` with attributes `attr`, replacing what was
    /// there. `r` must be page aligned.
    pub fn set(&mut self, r: Range, ty: u32, attr: u64) -> Result<(), String> {
        if !page_aligned(&r) {
            return Err(format!("memory range {:#x}+{:#x} is not whole 4 KiB pages", r.base, r.len));
        }
        self.remove(r);
        let at = self.descs.partition_point(|d| d.phys < r.base);
        self.descs.insert(at, MemDesc { ty, phys: r.base, virt: 0, pages: r.len / PAGE, attr });
        self.merge();
        Ok(())
    }

    fn merge(&mut self) {
        let mut out: Vec<MemDesc> = Vec::with_capacity(self.descs.len());
        for d in &self.descs {
            match out.last_mut() {
                Some(p) if p.ty == d.ty && p.attr == d.attr && p.range().end() == d.phys && d.virt == 0 && p.virt == 0 => {
                    p.pages += d.pages
                }
                _ => out.push(*d),
            }
        }
        self.descs = out;
    }

    /// Whether all of `r` is described with type `ty`.
    pub fn is_all(&self, r: Range, ty: u32) -> bool {
        let mut at = r.base;
        for d in self.descs.iter().filter(|d| d.range().overlaps(&r)) {
            if d.ty != ty || d.phys > at {
                return false;
            }
            at = d.range().end();
        }
        at >= r.end()
    }

    /// The descriptor containing `addr`.
    pub fn find(&self, addr: u64) -> Option<&MemDesc> {
        self.descs.iter().find(|d| d.range().base <= addr && addr < d.range().end())
    }

    /// Bytes of memory an OS may use once boot services are gone:
    /// conventional, loader and boot services memory.
    pub fn usable_bytes(&self) -> u64 {
        use ty::*;
        self.descs
            .iter()
            .filter(|d| matches!(d.ty, CONVENTIONAL | LOADER_CODE | LOADER_DATA | BOOT_SERVICES_CODE | BOOT_SERVICES_DATA))
            .map(|d| d.pages * PAGE)
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_splits_and_merges() {
        let mut m = MemoryMap::default();
        m.set(Range::new(0, 0x10_0000), ty::CONVENTIONAL, attr::RAM).unwrap();
        m.set(Range::new(0x4000, 0x2000), ty::LOADER_CODE, attr::RAM).unwrap();
        m.remove(Range::new(0x8000, 0x1000));
        let d = m.descriptors();
        assert_eq!(d.len(), 4);
        assert_eq!((d[0].phys, d[0].pages, d[0].ty), (0, 4, ty::CONVENTIONAL));
        assert_eq!((d[1].phys, d[1].pages, d[1].ty), (0x4000, 2, ty::LOADER_CODE));
        assert_eq!((d[2].phys, d[2].pages), (0x6000, 2));
        assert_eq!((d[3].phys, d[3].pages), (0x9000, 0xf7));
        assert_eq!(m.usable_bytes(), 0x10_0000 - 0x1000);
        assert!(m.is_all(Range::new(0x9000, 0x2000), ty::CONVENTIONAL));
        assert!(!m.is_all(Range::new(0x7000, 0x2000), ty::CONVENTIONAL));
        // Undo the split: the map merges back.
        m.set(Range::new(0x4000, 0x2000), ty::CONVENTIONAL, attr::RAM).unwrap();
        assert_eq!(m.descriptors().len(), 2);
        assert!(m.set(Range::new(0x10, 0x1000), ty::CONVENTIONAL, attr::RAM).is_err());
    }

    #[test]
    fn descriptor_bytes_round_trip() {
        let d = MemDesc { ty: 5, phys: 0x1000, virt: 0xe000_0000_0000_1000, pages: 3, attr: attr::RAM | attr::RUNTIME };
        assert_eq!(MemDesc::from_bytes(&d.to_bytes()), Some(d));
    }
}
