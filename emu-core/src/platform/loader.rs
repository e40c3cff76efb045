//! Loading executables: the PT_LOAD segments of an IA-64 ELF file, checked
//! so that a truncated or hostile file is a clear error.

use object::read::elf::{ElfFile64, FileHeader, ProgramHeader};
use object::{elf, Endianness};
use thiserror::Error;

use crate::elf::ElfImage;

/// The largest segment the loader accepts (its memory size).
pub const MAX_SEGMENT: u64 = 1 << 30;

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum LoadError {
    #[error("{0}")]
    Elf(String),
    #[error("ELF file type is {0}, not an executable (ET_EXEC)")]
    NotExecutable(u16),
    #[error("the ELF file has no loadable segment")]
    NoSegments,
    #[error("segment {index}: {reason}")]
    Segment { index: usize, reason: String },
    #[error("segments {0} and {1} overlap")]
    Overlap(usize, usize),
    #[error("{0}")]
    Placement(String),
}

/// One loadable segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub vaddr: u64,
    pub paddr: u64,
    /// The file's bytes; the rest of `memsz` is zero (bss).
    pub data: Vec<u8>,
    pub memsz: u64,
    pub read: bool,
    pub write: bool,
    pub exec: bool,
}

/// An executable ready to place in memory.
#[derive(Clone, Debug)]
pub struct Executable {
    pub entry: u64,
    pub segments: Vec<Segment>,
    /// The `__gp` symbol, the global pointer code expects in r1.
    pub gp: Option<u64>,
    pub image: ElfImage,
}

impl Executable {
    pub fn parse(bytes: &[u8]) -> Result<Executable, LoadError> {
        let image = ElfImage::parse(bytes).map_err(|e| LoadError::Elf(e.to_string()))?;
        let file = ElfFile64::<Endianness>::parse(bytes).map_err(|e| LoadError::Elf(e.to_string()))?;
        let endian = file.endian();
        let header = file.elf_header();
        let kind = header.e_type(endian);
        if kind != elf::ET_EXEC {
            return Err(LoadError::NotExecutable(kind.0));
        }
        let headers = header.program_headers(endian, bytes).map_err(|e| LoadError::Elf(e.to_string()))?;
        let mut segments = Vec::new();
        for (index, ph) in headers.iter().enumerate().filter(|(_, p)| p.p_type(endian) == elf::PT_LOAD) {
            let bad = |reason: &str| LoadError::Segment { index, reason: reason.into() };
            let (filesz, memsz) = (ph.p_filesz(endian), ph.p_memsz(endian));
            let (vaddr, paddr) = (ph.p_vaddr(endian), ph.p_paddr(endian));
            if filesz > memsz {
                return Err(bad("file size exceeds memory size"));
            }
            if memsz > MAX_SEGMENT {
                return Err(bad("larger than 1 GiB"));
            }
            if vaddr.checked_add(memsz).is_none() || paddr.checked_add(memsz).is_none() {
                return Err(bad("wraps around the address space"));
            }
            let data = ph.data(endian, bytes).map_err(|_| bad("file data lies outside the file"))?.to_vec();
            let flags = ph.p_flags(endian);
            segments.push(Segment {
                vaddr,
                paddr,
                data,
                memsz,
                read: flags.contains(elf::PF_R),
                write: flags.contains(elf::PF_W),
                exec: flags.contains(elf::PF_X),
            });
        }
        if segments.is_empty() {
            return Err(LoadError::NoSegments);
        }
        for (i, a) in segments.iter().enumerate() {
            for (j, b) in segments.iter().enumerate().skip(i + 1) {
                if a.memsz > 0 && b.memsz > 0 && a.vaddr < b.vaddr + b.memsz && b.vaddr < a.vaddr + a.memsz {
                    return Err(LoadError::Overlap(i, j));
                }
            }
        }
        let gp = image.symbol("__gp").map(|s| s.addr);
        Ok(Executable { entry: header.e_entry(endian), segments, gp, image })
    }

    /// The physical address the entry point has, by the segment holding it.
    pub fn physical_entry(&self) -> Option<u64> {
        self.segments
            .iter()
            .find(|s| s.vaddr <= self.entry && self.entry < s.vaddr + s.memsz)
            .map(|s| s.paddr + (self.entry - s.vaddr))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_an_error() {
        assert!(matches!(Executable::parse(b"\x7fELF not really"), Err(LoadError::Elf(_))));
        assert!(matches!(Executable::parse(&[]), Err(LoadError::Elf(_))));
    }
}
