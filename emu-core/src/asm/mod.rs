//! An assembler for the GNU as syntax of IA-64, the subset a hand-written
//! kernel needs, producing the same bytes as `ia64-linux-gnu-as -x`.
//!
//! Instructions are matched against the instruction table
//! ([`crate::isa::table`]), the only opcode list: whatever rows the table
//! has, the assembler accepts. Instruction groups without explicit bundles
//! are packed into bundles with GNU's own procedure ([`bundler`]); stops
//! go exactly where the source writes `;;` (GNU's explicit mode).
//!
//! The assembler also links: sections are laid out from [`AsmOptions::base`]
//! (`.text` first, then every other section at the next 16 KiB page, the
//! IA-64 Linux page size, zero-initialised sections last), every symbol
//! gets its final address, and [`Assembly::to_elf`] writes an executable.
//!
//! What GNU as does and we do the same way (checked against GNU in the
//! tests): the instruction queue of four and its template choice; stops
//! that end a group at `;;`, at section switches, data directives,
//! `.align`, `.skip`, `.endp` and the end of input; labels that start a new
//! bundle; instructions that must start or end a group (`alloc`, `rfi`) or
//! sit in slot 3 (`br.cloop`); `nop`/`break`/`chk.s`/`mov ar` whose unit
//! the slot picks; `add r = imm, r` as `addl` or `adds`; the choice among
//! rows that accept the same operands; `alloc r = ar.pfs, i, l, o, r`
//! declaring `in`/`loc`/`out`; code padding with nop bundles; a branch to
//! a plain number being a displacement. Out of scope, with an error that
//! says so: relocation operators (`@gprel`, ...), macros, rotating
//! register names (`.rotr`), tags (`[t:]`), register aliases, floating
//! point data, `.alias`. Automatic stops (GNU's `-xauto`) are not
//! implemented.
//!
//! ```
//! use emu_core::asm::{assemble, AsmOptions, MemProvider};
//! let src = MemProvider::single("k.s", "_start: add r1 = r2, r3 ;;\n");
//! let asm = assemble("k.s", &src, &AsmOptions { base: 0x100000, ..Default::default() }).unwrap();
//! assert_eq!(asm.section(".text").unwrap().bytes.len(), 16);
//! ```

mod bundler;
mod elf;
mod expr;
mod finish;
mod forms;
mod lex;
mod state;

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

pub use bundler::template_by_name;

/// Resolves a file name (the main file or an `.include`) to its text.
pub trait SourceProvider {
    fn read(&self, name: &str) -> Result<String, String>;
}

/// Reads files from disk, relative to a directory.
pub struct FsProvider {
    pub dir: PathBuf,
}

impl FsProvider {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        FsProvider { dir: dir.into() }
    }
}

impl SourceProvider for FsProvider {
    fn read(&self, name: &str) -> Result<String, String> {
        let path = self.dir.join(name);
        let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        String::from_utf8(bytes).map_err(|_| format!("{} is not UTF-8 text", path.display()))
    }
}

/// In-memory files (the browser's editor tabs, tests).
#[derive(Clone, Debug, Default)]
pub struct MemProvider {
    pub files: HashMap<String, String>,
}

impl MemProvider {
    pub fn single(name: &str, text: &str) -> Self {
        let mut files = HashMap::new();
        files.insert(name.to_string(), text.to_string());
        MemProvider { files }
    }
}

impl SourceProvider for MemProvider {
    fn read(&self, name: &str) -> Result<String, String> {
        self.files.get(name).cloned().ok_or_else(|| format!("no file named `{name}`"))
    }
}

#[derive(Clone, Debug, Default)]
pub struct AsmOptions {
    /// Link address of `.text`.
    pub base: u64,
    /// `--defsym NAME=VALUE`: symbols defined before the source is read.
    pub defsym: Vec<(String, i64)>,
    /// Accept `hint.b` (GNU's `-mhint.b=ok`); by default it is refused as
    /// GNU refuses it, because a B-unit hint may execute as a nop.
    pub allow_hint_b: bool,
    /// The processor GNU as tunes bundling for (`-mtune=`): which units
    /// it prefers to fill with nops.
    pub tune: Tune,
}

/// GNU as's `-mtune=` choices. The discriminants index per-tune tables.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tune {
    Itanium1 = 0,
    #[default]
    Itanium2 = 1,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// A message about the source, at a 1-based line and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub severity: Severity,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}:{}:{}: {sev}: {}", self.file, self.line, self.column, self.message)
    }
}

/// An output section at its final address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub name: String,
    pub addr: u64,
    /// Contents; empty for a zero-initialised (`.bss`-like) section.
    pub bytes: Vec<u8>,
    /// Size in memory (equals `bytes.len()` unless `nobits`).
    pub size: u64,
    pub align: u64,
    pub alloc: bool,
    pub write: bool,
    pub exec: bool,
    pub nobits: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolKind {
    Func,
    Object,
    NoType,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    pub value: u64,
    pub size: u64,
    /// Index into [`Assembly::sections`]; `None` for an absolute symbol.
    pub section: Option<usize>,
    pub global: bool,
    pub kind: SymbolKind,
}

/// A routine delimited by `.proc`/`.endp`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proc {
    pub name: String,
    pub addr: u64,
    pub size: u64,
}

/// Where an instruction slot came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourceLoc {
    /// Address of the bundle.
    pub addr: u64,
    pub slot: u8,
    /// Index into [`Assembly::files`].
    pub file: usize,
    pub line: u32,
}

/// The result of a successful assembly.
#[derive(Clone, Debug)]
pub struct Assembly {
    /// `.text` first.
    pub sections: Vec<Section>,
    pub symbols: Vec<Symbol>,
    pub procs: Vec<Proc>,
    /// Sorted by address and slot.
    pub source_map: Vec<SourceLoc>,
    /// Every file read, main file first.
    pub files: Vec<String>,
    pub entry: u64,
    pub warnings: Vec<Diagnostic>,
}

impl Assembly {
    pub fn section(&self, name: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.name == name)
    }

    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.symbols.iter().find(|s| s.name == name)
    }

    /// The file and line of the instruction in `slot` of the bundle at `addr`.
    pub fn source_of(&self, addr: u64, slot: u8) -> Option<(&str, u32)> {
        let i = self.source_map.binary_search_by(|l| (l.addr, l.slot).cmp(&(addr, slot))).ok()?;
        let l = &self.source_map[i];
        Some((self.files.get(l.file)?.as_str(), l.line))
    }

    /// An ELF64 little-endian IA-64 executable of the assembly.
    pub fn to_elf(&self) -> Vec<u8> {
        elf::write(self)
    }
}

/// Assemble `main` (and what it includes) read through `provider`.
///
/// On failure every error found is returned (with any warnings), in
/// source order.
pub fn assemble(main: &str, provider: &dyn SourceProvider, opts: &AsmOptions) -> Result<Assembly, Vec<Diagnostic>> {
    let mut a = state::Asm::new(provider, opts);
    a.run_main(main);
    a.finish()
}
