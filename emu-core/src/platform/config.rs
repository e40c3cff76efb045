//! `PlatformConfig`: everything that makes one platform differ from
//! another. The native platform and the VMM's virtual machines are built
//! from this same description, so a virtual firmware describes exactly the
//! virtual machine.

use super::pci::{BarConfig, BarKind, PciFunctionConfig};

/// A half-open physical range `[base, base + len)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub base: u64,
    pub len: u64,
}

impl Range {
    pub const fn new(base: u64, len: u64) -> Range {
        Range { base, len }
    }

    pub fn end(&self) -> u64 {
        self.base.saturating_add(self.len)
    }

    pub fn overlaps(&self, o: &Range) -> bool {
        self.base < o.end() && o.base < self.end()
    }
}

/// A 16550 UART on the memory bus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UartConfig {
    pub base: u64,
    /// The I/O SAPIC input (global system interrupt) its line drives.
    pub gsi: u32,
}

/// The I/O SAPIC.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IoSapicConfig {
    pub id: u8,
    pub base: u64,
    /// First global system interrupt it serves.
    pub gsi_base: u32,
    pub pins: u8,
}

/// The PCI segment: one bus of functions and the window their BARs use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PciConfig {
    pub window: Range,
    pub functions: Vec<PciFunctionConfig>,
}

/// What PAL reports about the processor. The numbers must agree with the
/// CPU model they describe.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PalConfig {
    /// PAL_FREQ_BASE: the processor's base clock in Hz.
    pub base_freq_hz: u64,
    /// PAL_FREQ_RATIOS: processor, bus and ITC clocks as ratios of the base
    /// (numerator, denominator).
    pub proc_ratio: (u32, u32),
    pub bus_ratio: (u32, u32),
    pub itc_ratio: (u32, u32),
    /// PAL_CACHE_SUMMARY: levels of cache, and caches that are not unified.
    pub cache_levels: u64,
    pub unique_caches: u64,
    /// PAL_VM_SUMMARY inputs.
    pub phys_addr_bits: u8,
    pub impl_va_msb: u8,
    pub rid_bits: u8,
    pub key_bits: u8,
    pub pkrs: u8,
    pub dtrs: u8,
    pub itrs: u8,
    pub hash_tag_id: u8,
    pub tc_levels: u8,
    pub unique_tcs: u8,
    /// PAL_VERSION: (minimum, current) version words.
    pub version: (u64, u64),
}

impl Default for PalConfig {
    fn default() -> Self {
        PalConfig {
            base_freq_hz: 100_000_000,
            proc_ratio: (15, 1),
            bus_ratio: (2, 1),
            itc_ratio: (15, 1),
            cache_levels: 3,
            unique_caches: 4,
            phys_addr_bits: 50,
            impl_va_msb: 50,
            rid_bits: 24,
            key_bits: 24,
            pkrs: 16,
            dtrs: 8,
            itrs: 8,
            hash_tag_id: 0x2,
            tc_levels: 1,
            unique_tcs: 2,
            version: (0x0700_0000, 0x0700_0000),
        }
    }
}

impl PalConfig {
    /// The interval time counter's frequency in Hz.
    pub fn itc_hz(&self) -> u64 {
        let (n, d) = self.itc_ratio;
        self.base_freq_hz * n as u64 / (d as u64).max(1)
    }
}

/// An EFI variable present at power-on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variable {
    pub name: String,
    pub guid: super::efi::Guid,
    pub attributes: u32,
    pub data: Vec<u8>,
}

/// The description a platform is built from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlatformConfig {
    /// Bytes of RAM at physical 0 (a multiple of 64 KiB, at least 2 MiB).
    pub ram_bytes: u64,
    /// Processors listed in the MADT (SAPIC ids 0..cpus).
    pub cpus: u8,
    /// RAM ranges the memory map declares reserved (EfiReservedMemoryType).
    pub reserved: Vec<Range>,
    /// RAM ranges the memory map leaves out entirely.
    pub holes: Vec<Range>,
    /// EFI FirmwareVendor string and revision.
    pub firmware_vendor: String,
    pub firmware_revision: u32,
    /// ACPI OEM ID (6 bytes) and OEM table ID (8 bytes), space padded.
    pub acpi_oem_id: String,
    pub acpi_oem_table_id: String,
    /// SAL system table OEM and product ids (32 bytes each).
    pub sal_oem_id: String,
    pub sal_product_id: String,
    pub pal: PalConfig,
    /// SAL_FREQ_BASE for the platform base clock and the real-time clock.
    pub platform_freq_hz: u64,
    pub rtc_freq_hz: u64,
    /// Wall-clock time at power-on, in seconds since 1970-01-01 UTC.
    /// Time then advances with the interval time counter, so runs are
    /// deterministic.
    pub rtc_epoch_seconds: u64,
    pub uart: Option<UartConfig>,
    pub iosapic: IoSapicConfig,
    pub pci: PciConfig,
    pub variables: Vec<Variable>,
}

/// PCI vendor id of the default devices: the id Red Hat set aside for
/// emulated devices (QEMU's `1b36` family), chosen so no real hardware is
/// impersonated.
pub const EMULATED_VENDOR: u16 = 0x1b36;

impl Default for PlatformConfig {
    /// The native platform: 64 MiB of RAM with the legacy hole below 1 MiB
    /// and a reserved first page, one CPU, a UART, an I/O SAPIC and a PCI
    /// bus with a host bridge and a test device.
    fn default() -> Self {
        let func = |name: &str, device: u8, device_id: u16, class_code: u32, pin: u8, bars: Vec<BarConfig>| PciFunctionConfig {
            name: name.into(),
            bus: 0,
            device,
            function: 0,
            vendor_id: EMULATED_VENDOR,
            device_id,
            class_code,
            revision: 1,
            subsystem_vendor_id: EMULATED_VENDOR,
            subsystem_id: 0x1100,
            interrupt_pin: pin,
            gsi: (pin != 0).then_some(16 + device as u32),
            bars,
        };
        PlatformConfig {
            ram_bytes: 64 << 20,
            cpus: 1,
            reserved: vec![Range::new(0, 0x1000)],
            holes: vec![Range::new(0xa_0000, 0x6_0000)],
            firmware_vendor: "ia64play".into(),
            firmware_revision: 0x0001_0000,
            acpi_oem_id: "IA64PL".into(),
            acpi_oem_table_id: "NATIVE".into(),
            sal_oem_id: "ia64play".into(),
            sal_product_id: "native platform".into(),
            pal: PalConfig::default(),
            platform_freq_hz: 200_000_000,
            rtc_freq_hz: 32_768,
            rtc_epoch_seconds: 1_000_000_000,
            uart: Some(UartConfig { base: 0xf000_0000, gsi: 4 }),
            iosapic: IoSapicConfig { id: 0, base: 0xfec0_0000, gsi_base: 0, pins: 24 },
            pci: PciConfig {
                window: Range::new(0xc000_0000, 0x1000_0000),
                functions: vec![
                    func("host bridge", 0, 0x0008, 0x06_00_00, 0, vec![]),
                    func(
                        "test device",
                        1,
                        0x0005,
                        0x00_ff_00,
                        1,
                        vec![
                            BarConfig { kind: BarKind::Mem32, size: 0x1000 },
                            BarConfig { kind: BarKind::Mem64 { prefetchable: true }, size: 0x1_0000 },
                        ],
                    ),
                ],
            },
            variables: Vec::new(),
        }
    }
}
