//! Reading IA-64 ELF images: code sections and symbols, for the
//! disassembler, the loader and the tests.

use object::{Object, ObjectSection, ObjectSymbol};
use thiserror::Error;

use crate::disasm::Symbolizer;

#[derive(Debug, Error)]
pub enum ElfError {
    #[error("not an ELF file this tool can read: {0}")]
    Parse(String),
    #[error("ELF machine is {0}, not IA-64")]
    NotIa64(String),
    #[error("section {name}: {reason}")]
    Section { name: String, reason: String },
}

/// A section's name, address and contents.
#[derive(Clone, Debug)]
pub struct Section {
    pub name: String,
    pub addr: u64,
    pub data: Vec<u8>,
    pub executable: bool,
}

/// A defined symbol.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    pub addr: u64,
    pub size: u64,
    pub is_function: bool,
    pub is_object: bool,
    pub is_global: bool,
}

impl Symbol {
    /// objdump's preference among symbols at one address: functions, then
    /// objects, then globals before locals, larger before smaller, names
    /// not starting with `.` first, then by name.
    fn preference(&self) -> impl Ord + '_ {
        (!self.is_function, !self.is_object, !self.is_global, std::cmp::Reverse(self.size), self.name.starts_with('.'), &self.name)
    }
}

/// The parts of an ELF file ia64play uses.
#[derive(Clone, Debug)]
pub struct ElfImage {
    pub entry: u64,
    pub sections: Vec<Section>,
    /// Sorted by address.
    pub symbols: Vec<Symbol>,
}

impl ElfImage {
    pub fn parse(bytes: &[u8]) -> Result<ElfImage, ElfError> {
        let file = object::File::parse(bytes).map_err(|e| ElfError::Parse(e.to_string()))?;
        if file.format() != object::BinaryFormat::Elf || !file.is_64() {
            return Err(ElfError::Parse("not a 64-bit ELF file".into()));
        }
        if file.architecture() != object::Architecture::Ia64 {
            return Err(ElfError::NotIa64(format!("{:?}", file.architecture())));
        }
        let mut sections = Vec::new();
        for s in file.sections() {
            let name = s.name().unwrap_or("").to_string();
            if name.is_empty() || s.kind() == object::SectionKind::Metadata {
                continue;
            }
            let executable = s.kind() == object::SectionKind::Text;
            let data = s
                .uncompressed_data()
                .map_err(|e| ElfError::Section { name: name.clone(), reason: e.to_string() })?
                .into_owned();
            sections.push(Section { name, addr: s.address(), data, executable });
        }
        let mut symbols: Vec<Symbol> = file
            .symbols()
            .filter(|s| (s.is_definition() || s.section() == object::SymbolSection::Absolute) && s.kind() != object::SymbolKind::Section && s.kind() != object::SymbolKind::File)
            .filter_map(|s| {
                let name = s.name().ok()?.to_string();
                (!name.is_empty()).then(|| Symbol {
                    name,
                    addr: s.address(),
                    size: s.size(),
                    is_function: s.kind() == object::SymbolKind::Text,
                    is_object: s.kind() == object::SymbolKind::Data,
                    is_global: s.is_global(),
                })
            })
            .collect();
        symbols.sort_by(|a, b| a.addr.cmp(&b.addr).then_with(|| a.preference().cmp(&b.preference())));
        Ok(ElfImage { entry: file.entry(), sections, symbols })
    }

    pub fn section(&self, name: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.name == name)
    }

    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.symbols.iter().find(|s| s.name == name)
    }
}

impl Symbolizer for ElfImage {
    /// The nearest symbol at or below `addr`, as objdump names targets
    /// (the preferred one when several share that address).
    fn lookup(&self, addr: u64) -> Option<(String, u64)> {
        let i = self.symbols.partition_point(|s| s.addr <= addr);
        let at = self.symbols.get(i.checked_sub(1)?)?.addr;
        let first = self.symbols.partition_point(|s| s.addr < at);
        let s = &self.symbols[first];
        Some((s.name.clone(), addr - s.addr))
    }
}
