//! Booting a kernel on the native platform: firmware installed, the
//! kernel's ELF loaded at its physical addresses (claimed in the EFI
//! memory map as loader code and data), and the register state EFI hands
//! an OS loader.

use super::config::Range;
use super::loader::{Executable, LoadError};
use super::memmap::ty;
use super::{Firmware, PlatformConfig, PlatformError};
use crate::mem::Bus;

/// PSR bits the hand-off sets (see docs/PLATFORM.md).
pub const PSR_IC: u64 = 1 << 13;
pub const PSR_BN: u64 = 1 << 44;

/// The architected state at the kernel's first instruction; everything not
/// listed is as at reset (zero).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryState {
    pub ip: u64,
    pub psr: u64,
    /// General registers to set: (number, value).
    pub gr: Vec<(u8, u64)>,
    pub b0: u64,
    /// Frame: size of frame and of locals (CFM.sof, CFM.sol).
    pub sof: u32,
    pub sol: u32,
    pub bspstore: u64,
    pub rsc: u64,
    pub iva: u64,
}

#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum BootError {
    #[error(transparent)]
    Platform(#[from] PlatformError),
    #[error(transparent)]
    Load(#[from] LoadError),
}

/// A platform with a kernel loaded, ready to run.
pub struct Booted {
    pub bus: Bus,
    pub firmware: Firmware,
    pub kernel: Executable,
    pub entry: EntryState,
}

/// Install the platform described by `config` and load `kernel` into it.
pub fn boot(config: PlatformConfig, kernel: &[u8]) -> Result<Booted, BootError> {
    let exe = Executable::parse(kernel)?;
    let mut bus = Bus::new(config.ram_bytes as usize);
    let mut firmware = Firmware::install(config, &mut bus)?;
    for s in &exe.segments {
        let kind = if s.exec { ty::LOADER_CODE } else { ty::LOADER_DATA };
        let r = Range::new(s.paddr, s.memsz.max(1));
        firmware.efi.claim(r, kind).map_err(|e| LoadError::Placement(format!("kernel segment at {:#x}: {e}", s.paddr)))?;
        bus.load(s.paddr, &s.data).map_err(PlatformError::from)?;
    }
    let ip = exe.physical_entry().ok_or_else(|| LoadError::Placement("the entry point is in no segment".into()))?;
    let l = &firmware.layout;
    let systab = l.efi_system_table;
    let entry = EntryState {
        ip,
        psr: PSR_IC | PSR_BN,
        gr: vec![(1, exe.gp.unwrap_or(0)), (12, l.stack_top), (28, systab), (32, firmware.efi.image_handle()), (33, systab)],
        b0: l.loader_return,
        sof: 2,
        sol: 0,
        bspstore: l.backing_store,
        rsc: 0,
        iva: l.ivt,
    };
    Ok(Booted { bus, firmware, kernel: exe, entry })
}
