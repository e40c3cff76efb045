//! The native platform: firmware (PAL, SAL, EFI), ACPI tables, a PCI bus,
//! an I/O SAPIC and a UART console, all built from a [`PlatformConfig`].
//!
//! Firmware procedures are Rust functions behind architected entry points.
//! Each entry point in guest memory is a one-bundle stub ([`stubs`]) that
//! executes `break` with an immediate from the firmware range
//! [`FW_BREAK_BASE`]`..=`[`FW_BREAK_LAST`]; the machine's supervisor
//! intercepts it, asks [`Firmware::service_at`] which procedure that is,
//! runs [`Firmware::call`] on the caller's registers and memory, writes the
//! results and resumes after the `break`, where the stub returns.
//!
//! The same code builds the VMM's virtual firmware from a configuration
//! that describes the virtual machine. See docs/PLATFORM.md.

pub mod acpi;
pub mod config;
pub mod efi;
pub mod iosapic;
pub mod linux;
pub mod loader;
pub mod memmap;
pub mod native;
pub mod pal;
pub mod pci;
pub mod sal;
pub mod ski;
pub mod stubs;
pub mod system;
pub mod uart;

use std::sync::{Arc, Mutex, MutexGuard};

use thiserror::Error;

pub use config::{IoSapicConfig, PalConfig, PciConfig, PlatformConfig, Range, UartConfig, Variable};
use iosapic::IoSapic;
use memmap::{attr, ty, MemoryMap};
use pci::PciBus;
use uart::{Uart, UartHandle};

use crate::mem::{Bus, BusError};

/// State shared between the bus (which owns devices as boxed MMIO
/// handlers) and the host or firmware that also needs to reach them.
#[derive(Debug, Default)]
pub struct Shared<T>(Arc<Mutex<T>>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Arc::clone(&self.0))
    }
}

impl<T> Shared<T> {
    pub fn new(v: T) -> Shared<T> {
        Shared(Arc::new(Mutex::new(v)))
    }

    /// Lock the state; a panic elsewhere cannot leave device registers
    /// half-written, so a poisoned lock is used as is.
    pub fn lock(&self) -> MutexGuard<'_, T> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// All ones in the low `size` bytes: what a read from nothing returns on
/// a bus that does not fault (PCI master abort).
pub(crate) fn all_ones(size: u8) -> u64 {
    match size {
        0 => 0,
        1..=7 => (1u64 << (8 * size as u32)) - 1,
        _ => u64::MAX,
    }
}

/// Memory as firmware sees the caller's pointer arguments. On the bare
/// bus these are physical addresses; the machine's adaptor translates
/// virtual ones when the caller runs with translation on.
pub trait GuestMem {
    /// Fill `buf` from `addr`; false if any byte is unreachable.
    fn read_bytes(&mut self, addr: u64, buf: &mut [u8]) -> bool;
    /// Store `data` at `addr`; false if any byte is unreachable.
    fn write_bytes(&mut self, addr: u64, data: &[u8]) -> bool;

    /// Read firmware's own tables by physical address (the caller's
    /// view may be virtual; on the bare bus the two are the same).
    fn phys_read(&mut self, addr: u64, buf: &mut [u8]) -> bool {
        self.read_bytes(addr, buf)
    }

    fn phys_write(&mut self, addr: u64, data: &[u8]) -> bool {
        self.write_bytes(addr, data)
    }

    fn read_u64(&mut self, addr: u64) -> Option<u64> {
        let mut b = [0u8; 8];
        self.read_bytes(addr, &mut b).then(|| u64::from_le_bytes(b))
    }

    fn write_u64(&mut self, addr: u64, v: u64) -> bool {
        self.write_bytes(addr, &v.to_le_bytes())
    }

    fn write_u32(&mut self, addr: u64, v: u32) -> bool {
        self.write_bytes(addr, &v.to_le_bytes())
    }
}

impl GuestMem for Bus {
    fn read_bytes(&mut self, addr: u64, buf: &mut [u8]) -> bool {
        if let Some(s) = self.slice(addr, buf.len() as u64) {
            buf.copy_from_slice(s);
            return true;
        }
        buf.iter_mut().enumerate().all(|(i, b)| match self.read(addr.wrapping_add(i as u64), 1) {
            Ok(v) => {
                *b = v as u8;
                true
            }
            Err(_) => false,
        })
    }

    fn write_bytes(&mut self, addr: u64, data: &[u8]) -> bool {
        if self.load(addr, data).is_ok() {
            return true;
        }
        data.iter().enumerate().all(|(i, &b)| self.write(addr.wrapping_add(i as u64), 1, b as u64).is_ok())
    }
}

/// The firmware's `break` immediates: 0x1ff000-0x1fffff, the top of the
/// range software conventions leave to the OS, clear of Linux's system
/// call (0x100000), Ski's simulator calls (0x80000, 0x80001) and the
/// Xen-style hypercalls the VMM may use (0x1-0x1a, 0x1000).
pub const FW_BREAK_BASE: u64 = 0x1f_f000;
pub const FW_BREAK_LAST: u64 = 0x1f_ffff;
/// The PAL procedure entry point.
pub const BREAK_PAL: u64 = FW_BREAK_BASE;
/// The SAL procedure entry point.
pub const BREAK_SAL: u64 = FW_BREAK_BASE + 1;
/// Where an OS loader returns to if its entry function returns.
pub const BREAK_LOADER_RETURN: u64 = FW_BREAK_BASE + 2;
/// EFI runtime service n traps with `BREAK_RUNTIME + n`.
pub const BREAK_RUNTIME: u64 = FW_BREAK_BASE + 0x100;
/// EFI boot service n traps with `BREAK_BOOT + n`.
pub const BREAK_BOOT: u64 = FW_BREAK_BASE + 0x200;
/// Entry n of the firmware's interruption vector table traps with
/// `BREAK_UNEXPECTED + n`: an interruption before the OS installed its own
/// IVT stops the machine with a diagnosis instead of running garbage.
pub const BREAK_UNEXPECTED: u64 = FW_BREAK_BASE + 0x300;

/// IVT entries: 20 of 0x400 bytes, then 48 of 0x100 bytes.
pub const IVT_ENTRIES: u8 = 68;

/// Offset of IVT entry `n` from the table's base.
pub fn ivt_offset(n: u8) -> u64 {
    if n < 20 {
        0x400 * n as u64
    } else {
        0x5000 + 0x100 * (n as u64 - 20)
    }
}

/// A firmware procedure an entry point leads to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Service {
    Pal,
    Sal,
    /// EFI runtime service by its index in the runtime services table.
    Runtime(u8),
    /// EFI boot service by its index in the boot services table.
    Boot(u8),
    LoaderReturn,
    /// An interruption reached the firmware's IVT entry n.
    Unexpected(u8),
}

/// Size of the firmware region at the top of RAM, and its parts (offsets
/// from its base, 64 KiB each). Fixed offsets keep addresses predictable.
pub const FW_REGION: u64 = 0x8_0000;
pub const OFF_PAL_CODE: u64 = 0x0_0000;
pub const OFF_RT_CODE: u64 = 0x1_0000;
pub const OFF_RT_DATA: u64 = 0x2_0000;
pub const OFF_ACPI: u64 = 0x3_0000;
pub const OFF_BS_CODE: u64 = 0x4_0000;
/// The firmware IVT: 32 KiB, 32 KiB aligned, in the upper half of the
/// boot services code part.
pub const OFF_IVT: u64 = OFF_BS_CODE + 0x8000;
pub const OFF_BS_DATA: u64 = 0x5_0000;
pub const OFF_STACK: u64 = 0x6_0000;
pub const OFF_RSE: u64 = 0x7_0000;
const PART: u64 = 0x1_0000;

/// Physical addresses of everything firmware put in memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    pub fw_base: u64,
    /// PAL procedure entry point (an address, not a descriptor).
    pub pal_entry: u64,
    /// SAL procedure entry point and the gp it expects.
    pub sal_entry: u64,
    pub sal_gp: u64,
    pub efi_system_table: u64,
    pub runtime_services: u64,
    pub boot_services: u64,
    pub config_table: u64,
    pub sal_system_table: u64,
    pub rsdp: u64,
    /// The return address an OS loader finds in b0.
    pub loader_return: u64,
    /// The firmware's IVT (cr.iva at OS entry).
    pub ivt: u64,
    /// Initial memory stack (grows down from `stack_top`) and register
    /// backing store (grows up from `backing_store`).
    pub stack_top: u64,
    pub backing_store: u64,
}

impl Layout {
    fn new(ram_bytes: u64) -> Layout {
        let fw = ram_bytes - FW_REGION;
        Layout {
            fw_base: fw,
            pal_entry: fw + OFF_PAL_CODE,
            sal_entry: fw + OFF_RT_CODE,
            sal_gp: fw + OFF_RT_DATA,
            efi_system_table: fw + OFF_RT_DATA + efi::OFF_SYSTEM_TABLE,
            runtime_services: fw + OFF_RT_DATA + efi::OFF_RUNTIME_TABLE,
            boot_services: fw + OFF_BS_DATA + efi::OFF_BOOT_TABLE,
            config_table: fw + OFF_RT_DATA + efi::OFF_CONFIG_TABLE,
            sal_system_table: fw + OFF_RT_DATA + efi::OFF_SAL_SYSTEM_TABLE,
            rsdp: fw + OFF_ACPI,
            loader_return: fw + OFF_BS_CODE,
            ivt: fw + OFF_IVT,
            stack_top: fw + OFF_STACK + PART - 16,
            backing_store: fw + OFF_RSE,
        }
    }

    /// Address of the stub that traps with `imm`.
    pub fn stub(&self, s: Service) -> u64 {
        match s {
            Service::Pal => self.pal_entry,
            Service::Sal => self.sal_entry,
            Service::Runtime(n) => self.fw_base + OFF_RT_CODE + 16 * (1 + n as u64),
            Service::LoaderReturn => self.loader_return,
            Service::Boot(n) => self.fw_base + OFF_BS_CODE + 16 * (1 + n as u64),
            Service::Unexpected(n) => self.ivt + ivt_offset(n),
        }
    }

    /// The typed parts of the firmware region, for the memory map.
    fn regions(&self) -> [(u64, u64, u32, u64); 6] {
        let rt = attr::RAM | attr::RUNTIME;
        let b = self.fw_base;
        [
            (b + OFF_PAL_CODE, PART, ty::PAL_CODE, rt),
            (b + OFF_RT_CODE, PART, ty::RUNTIME_SERVICES_CODE, rt),
            (b + OFF_RT_DATA, PART, ty::RUNTIME_SERVICES_DATA, rt),
            (b + OFF_ACPI, PART, ty::ACPI_RECLAIM, attr::RAM),
            (b + OFF_BS_CODE, PART, ty::BOOT_SERVICES_CODE, attr::RAM),
            (b + OFF_BS_DATA, 3 * PART, ty::BOOT_SERVICES_DATA, attr::RAM),
        ]
    }
}

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum PlatformError {
    #[error("platform configuration: {0}")]
    Config(String),
    #[error(transparent)]
    Bus(#[from] BusError),
}

/// What the caller's registers hold at a firmware entry.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CallRegs {
    /// r8: a function's return value (the loader's exit status).
    pub r8: u64,
    /// r28-r31: PAL's static convention (index in r28, arguments r29-r31).
    pub statics: [u64; 4],
    /// r32-r39: the stacked convention's in0-in7 (SAL and EFI arguments;
    /// the callee frame `br.call` made starts at r32).
    pub stacked: [u64; 8],
}

/// What a firmware procedure asks of the machine after it ran.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Resume after the `break`: the stub returns to the caller.
    Return,
    /// PAL_HALT_LIGHT: idle until an unmasked interrupt is pending, then
    /// return.
    HaltLight,
    /// EFI ResetSystem: the machine stops (kind 0 cold, 1 warm, 2 shutdown).
    Reset { kind: u64, status: u64 },
    /// The OS loader's entry function returned to firmware with `status`.
    LoaderReturned { status: u64 },
    /// An interruption reached the firmware's IVT at offset `vector`: the
    /// OS had not installed its own. The machine stops.
    Unexpected { vector: u64 },
}

/// A procedure's results: `results` go to r8, r9, ... (`count` of them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallResult {
    pub results: [u64; 4],
    pub count: usize,
    pub effect: Effect,
}

impl CallResult {
    fn regs(results: [u64; 4]) -> CallResult {
        CallResult { results, count: 4, effect: Effect::Return }
    }

    fn status(status: u64) -> CallResult {
        CallResult { results: [status, 0, 0, 0], count: 1, effect: Effect::Return }
    }
}

/// The platform's firmware and devices, installed on a bus.
pub struct Firmware {
    pub config: PlatformConfig,
    pub layout: Layout,
    pub efi: efi::EfiState,
    sal: sal::SalState,
    pci: Shared<PciBus>,
    iosapic: Shared<IoSapic>,
    uart: Option<UartHandle>,
}

impl Firmware {
    /// Check `config`, write firmware tables and stubs into `bus`'s RAM
    /// and map the platform's devices.
    pub fn install(config: PlatformConfig, bus: &mut Bus) -> Result<Firmware, PlatformError> {
        let err = |m: String| PlatformError::Config(m);
        if bus.ram_size() != config.ram_bytes {
            return Err(err(format!("bus has {:#x} bytes of RAM, configuration says {:#x}", bus.ram_size(), config.ram_bytes)));
        }
        if config.ram_bytes < 2 << 20 || config.ram_bytes % PART != 0 {
            return Err(err("RAM must be at least 2 MiB and a multiple of 64 KiB".into()));
        }
        if config.cpus == 0 {
            return Err(err("at least one CPU".into()));
        }
        let layout = Layout::new(config.ram_bytes);
        let memmap = Self::memory_map(&config, &layout).map_err(err)?;
        let pci = PciBus::new(&config.pci.functions, config.pci.window.base, config.pci.window.len).map_err(err)?;

        // Devices.
        let pci = Shared::new(pci);
        bus.map(config.pci.window.base, config.pci.window.len, Box::new(pci.clone()))?;
        let iosapic = Shared::new(IoSapic::new(config.iosapic.pins));
        bus.map(config.iosapic.base, PAGE_4K, Box::new(iosapic.clone()))?;
        let uart = match &config.uart {
            Some(u) => {
                let h = Shared::new(Uart::new());
                bus.map(u.base, PAGE_4K, Box::new(h.clone()))?;
                Some(h)
            }
            None => None,
        };

        // Code: one stub per entry point.
        let mut put_stub = |s: Service, imm: u64, ret: stubs::Return| bus.load(layout.stub(s), &stubs::firmware_stub(imm, ret));
        put_stub(Service::Pal, BREAK_PAL, stubs::Return::Branch)?;
        put_stub(Service::Sal, BREAK_SAL, stubs::Return::Ret)?;
        put_stub(Service::LoaderReturn, BREAK_LOADER_RETURN, stubs::Return::Ret)?;
        for n in 0..efi::RUNTIME_SERVICES as u8 {
            put_stub(Service::Runtime(n), BREAK_RUNTIME + n as u64, stubs::Return::Ret)?;
        }
        for n in 0..efi::BOOT_SERVICES as u8 {
            put_stub(Service::Boot(n), BREAK_BOOT + n as u64, stubs::Return::Ret)?;
        }
        for n in 0..IVT_ENTRIES {
            put_stub(Service::Unexpected(n), BREAK_UNEXPECTED + n as u64, stubs::Return::Ret)?;
        }

        // Tables.
        let acpi = acpi::build(&config, layout.rsdp).map_err(err)?;
        bus.load(layout.rsdp, &acpi)?;
        let efi = efi::EfiState::install(&config, &layout, memmap, bus)?;

        Ok(Firmware { sal: sal::SalState::default(), config, layout, efi, pci, iosapic, uart })
    }

    fn memory_map(config: &PlatformConfig, layout: &Layout) -> Result<MemoryMap, String> {
        let mut m = MemoryMap::default();
        let low = Range::new(0, layout.fw_base);
        m.set(low, ty::CONVENTIONAL, attr::RAM)?;
        for r in &config.reserved {
            if r.end() > layout.fw_base {
                return Err(format!("reserved range {:#x}+{:#x} reaches into firmware or past RAM", r.base, r.len));
            }
            m.set(*r, ty::RESERVED, attr::RAM)?;
        }
        for r in &config.holes {
            if r.end() > layout.fw_base || r.base % memmap::PAGE != 0 || r.len % memmap::PAGE != 0 {
                return Err(format!("hole {:#x}+{:#x} must be whole pages below the firmware", r.base, r.len));
            }
            m.remove(*r);
        }
        for (base, len, t, a) in layout.regions() {
            m.set(Range::new(base, len), t, a)?;
        }
        let mmio = config.uart.iter().map(|u| u.base).chain([config.iosapic.base]);
        for base in mmio {
            m.set(Range::new(base, PAGE_4K), ty::MMIO, attr::UC)?;
        }
        Ok(m)
    }

    /// Which firmware procedure a `break imm` at physical address
    /// `ip_phys` is, if any. A firmware immediate anywhere but at its own
    /// stub is not a firmware call: the guest's IVT gets it as on hardware.
    pub fn service_at(&self, imm: u64, ip_phys: u64) -> Option<Service> {
        let s = match imm {
            BREAK_PAL => Service::Pal,
            BREAK_SAL => Service::Sal,
            BREAK_LOADER_RETURN => Service::LoaderReturn,
            i if (BREAK_RUNTIME..BREAK_RUNTIME + efi::RUNTIME_SERVICES).contains(&i) => Service::Runtime((i - BREAK_RUNTIME) as u8),
            i if (BREAK_BOOT..BREAK_BOOT + efi::BOOT_SERVICES).contains(&i) => Service::Boot((i - BREAK_BOOT) as u8),
            i if (BREAK_UNEXPECTED..BREAK_UNEXPECTED + IVT_ENTRIES as u64).contains(&i) => Service::Unexpected((i - BREAK_UNEXPECTED) as u8),
            _ => return None,
        };
        (ip_phys & !0xf == self.layout.stub(s)).then_some(s)
    }

    /// Run a firmware procedure. `itc` is the caller's interval time
    /// counter (the firmware's clock).
    pub fn call(&mut self, s: Service, regs: &CallRegs, mem: &mut dyn GuestMem, itc: u64) -> CallResult {
        let now = self.config.pal.itc_hz().max(1);
        let seconds = itc / now;
        match s {
            Service::Pal => pal::call(&self.config.pal, regs.statics),
            Service::Sal => {
                let mut pci = self.pci.lock();
                CallResult::regs(self.sal.call(&self.config, &mut pci, regs.stacked, mem))
            }
            Service::Runtime(n) => self.efi.runtime(n, &regs.stacked, mem, seconds),
            Service::Boot(n) => self.efi.boot(n, &regs.stacked, mem),
            Service::LoaderReturn => CallResult { results: [0; 4], count: 0, effect: Effect::LoaderReturned { status: regs.r8 } },
            Service::Unexpected(n) => CallResult { results: [0; 4], count: 0, effect: Effect::Unexpected { vector: ivt_offset(n) } },
        }
    }

    /// The console UART, if the platform has one.
    pub fn uart(&self) -> Option<&UartHandle> {
        self.uart.as_ref()
    }

    pub fn pci(&self) -> &Shared<PciBus> {
        &self.pci
    }

    pub fn iosapic(&self) -> &Shared<IoSapic> {
        &self.iosapic
    }

    /// Drive interrupt lines from device state into the I/O SAPIC and
    /// return the vectors it delivers, with their destinations.
    pub fn poll_interrupts(&mut self) -> Vec<(u8, u16)> {
        let mut s = self.iosapic.lock();
        if let (Some(u), Some(cfg)) = (&self.uart, &self.config.uart) {
            let pin = cfg.gsi.wrapping_sub(self.config.iosapic.gsi_base) as usize;
            s.set_line(pin, u.irq());
        }
        let mut out = Vec::new();
        s.deliver(|v, d| out.push((v, d)));
        out
    }
}

const PAGE_4K: u64 = 0x1000;
