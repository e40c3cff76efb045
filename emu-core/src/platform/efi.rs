//! EFI: the system table handed to the OS loader, the runtime and boot
//! services tables (EFI 1.10 layout), and the services behind them.
//!
//! Every table pointer to a service points at an IA-64 function
//! descriptor (entry address, gp) whose entry is a firmware stub. Runtime
//! services: GetTime, SetTime, GetVariable, GetNextVariableName,
//! SetVariable, GetNextHighMonotonicCount, SetVirtualAddressMap and
//! ResetSystem. Boot services: GetMemoryMap, ExitBootServices, Exit,
//! RaiseTPL/RestoreTPL, GetNextMonotonicCount, Stall, SetWatchdogTimer,
//! CalculateCrc32, CopyMem, SetMem; the rest answer EFI_UNSUPPORTED (or
//! EFI_NOT_FOUND for protocol lookups: this firmware installs no protocols).

use super::config::{PlatformConfig, Range, Variable};
use super::memmap::{self, attr, MemDesc, MemoryMap, DESC_SIZE, DESC_VERSION};
use super::{CallResult, Effect, GuestMem, Layout, OFF_BS_DATA, OFF_RT_DATA};
use crate::mem::{Bus, BusError};

/// A GUID as EFI stores it: the first three fields little endian.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Guid(pub [u8; 16]);

impl Guid {
    pub const fn new(d1: u32, d2: u16, d3: u16, d4: [u8; 8]) -> Guid {
        let a = d1.to_le_bytes();
        let b = d2.to_le_bytes();
        let c = d3.to_le_bytes();
        Guid([a[0], a[1], a[2], a[3], b[0], b[1], c[0], c[1], d4[0], d4[1], d4[2], d4[3], d4[4], d4[5], d4[6], d4[7]])
    }
}

/// Configuration table: the ACPI 2.0 RSDP.
pub const ACPI_20_TABLE_GUID: Guid = Guid::new(0x8868e871, 0xe4f1, 0x11d3, [0xbc, 0x22, 0x00, 0x80, 0xc7, 0x3c, 0x88, 0x81]);
/// Configuration table: the SAL system table.
pub const SAL_SYSTEM_TABLE_GUID: Guid = Guid::new(0xeb9d2d32, 0x2d88, 0x11d3, [0x9a, 0x16, 0x00, 0x90, 0x27, 0x3f, 0xc1, 0x4d]);
/// The EFI global variable namespace.
pub const EFI_GLOBAL_VARIABLE: Guid = Guid::new(0x8be4df61, 0x93ca, 0x11d2, [0xaa, 0x0d, 0x00, 0xe0, 0x98, 0x03, 0x2b, 0x8c]);
/// ia64play's namespace for boot options (`pv_stage`, ...).
pub const IA64PLAY_GUID: Guid = Guid::new(0x8773ac70, 0x7d38, 0x41b6, [0x90, 0x92, 0x8c, 0xba, 0xc8, 0xbb, 0xc1, 0xc4]);

/// Status codes (r8): errors have the top bit set.
pub const SUCCESS: u64 = 0;
const ERR: u64 = 1 << 63;
pub const LOAD_ERROR: u64 = ERR | 1;
pub const INVALID_PARAMETER: u64 = ERR | 2;
pub const UNSUPPORTED: u64 = ERR | 3;
pub const BUFFER_TOO_SMALL: u64 = ERR | 5;
pub const DEVICE_ERROR: u64 = ERR | 7;
pub const OUT_OF_RESOURCES: u64 = ERR | 9;
pub const NOT_FOUND: u64 = ERR | 14;
pub const NO_MAPPING: u64 = ERR | 17;

/// Variable attributes.
pub const VAR_NON_VOLATILE: u32 = 1;
pub const VAR_BOOTSERVICE_ACCESS: u32 = 2;
pub const VAR_RUNTIME_ACCESS: u32 = 4;
/// Bytes of names and data the variable store holds.
pub const VARIABLE_STORE_BYTES: usize = 64 << 10;
/// Longest variable name, in UTF-16 units with the terminator.
const MAX_NAME: usize = 512;

/// EFI 1.10.
pub const EFI_REVISION: u32 = 1 << 16 | 10;

/// Runtime services, by table index.
pub mod rt {
    pub const GET_TIME: u8 = 0;
    pub const SET_TIME: u8 = 1;
    pub const GET_WAKEUP_TIME: u8 = 2;
    pub const SET_WAKEUP_TIME: u8 = 3;
    pub const SET_VIRTUAL_ADDRESS_MAP: u8 = 4;
    pub const CONVERT_POINTER: u8 = 5;
    pub const GET_VARIABLE: u8 = 6;
    pub const GET_NEXT_VARIABLE_NAME: u8 = 7;
    pub const SET_VARIABLE: u8 = 8;
    pub const GET_NEXT_HIGH_MONOTONIC_COUNT: u8 = 9;
    pub const RESET_SYSTEM: u8 = 10;
}
pub const RUNTIME_SERVICES: u64 = 11;

/// Boot services, by table index.
pub mod bs {
    pub const RAISE_TPL: u8 = 0;
    pub const RESTORE_TPL: u8 = 1;
    pub const GET_MEMORY_MAP: u8 = 4;
    pub const LOCATE_HANDLE: u8 = 19;
    pub const EXIT: u8 = 24;
    pub const EXIT_BOOT_SERVICES: u8 = 26;
    pub const GET_NEXT_MONOTONIC_COUNT: u8 = 27;
    pub const STALL: u8 = 28;
    pub const SET_WATCHDOG_TIMER: u8 = 29;
    pub const LOCATE_HANDLE_BUFFER: u8 = 36;
    pub const LOCATE_PROTOCOL: u8 = 37;
    pub const CALCULATE_CRC32: u8 = 40;
    pub const COPY_MEM: u8 = 41;
    pub const SET_MEM: u8 = 42;
}
pub const BOOT_SERVICES: u64 = 43;

/// Where the tables live: offsets in the runtime data part of the
/// firmware region ...
pub const OFF_SYSTEM_TABLE: u64 = 0x000;
pub const OFF_RUNTIME_TABLE: u64 = 0x080;
pub const OFF_CONFIG_TABLE: u64 = 0x100;
pub const OFF_VENDOR: u64 = 0x180;
pub const OFF_RT_DESCRIPTORS: u64 = 0x200;
pub const OFF_SAL_SYSTEM_TABLE: u64 = 0x400;
/// ... and in the boot services data part.
pub const OFF_BOOT_TABLE: u64 = 0x000;
pub const OFF_BS_DESCRIPTORS: u64 = 0x400;
pub const OFF_IMAGE_HANDLE: u64 = 0x800;

/// System table field offsets.
pub mod st {
    pub const FIRMWARE_VENDOR: u64 = 24;
    pub const FIRMWARE_REVISION: u64 = 32;
    pub const RUNTIME_SERVICES: u64 = 88;
    pub const BOOT_SERVICES: u64 = 96;
    pub const NUMBER_OF_TABLE_ENTRIES: u64 = 104;
    pub const CONFIGURATION_TABLE: u64 = 112;
    pub const SIZE: u64 = 120;
}

/// CRC-32 (IEEE 802.3), as EFI table headers use.
pub fn crc32(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |c, &b| (0..8).fold(c ^ b as u32, |c, _| (c >> 1) ^ (0xedb8_8320 & 0u32.wrapping_sub(c & 1))))
}

/// A table with an EFI header: signature, revision, size, CRC.
fn efi_table(signature: &[u8; 8], body: &[u8]) -> Vec<u8> {
    let mut t = Vec::with_capacity(24 + body.len());
    t.extend(signature);
    t.extend(EFI_REVISION.to_le_bytes());
    t.extend(((24 + body.len()) as u32).to_le_bytes());
    t.extend([0u8; 8]);
    t.extend(body);
    let crc = crc32(&t);
    t[16..20].copy_from_slice(&crc.to_le_bytes());
    t
}

/// Refresh the CRC of a table whose header is at the start of `t`.
fn reseal(t: &mut [u8]) {
    t[16..20].fill(0);
    let crc = crc32(t);
    t[16..20].copy_from_slice(&crc.to_le_bytes());
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number from [`days_from_civil`].
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + (m <= 2) as i64, m, d)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// EFI_TIME's timezone value for "local time, zone unknown".
pub const UNSPECIFIED_TIMEZONE: i16 = 0x07ff;

/// An EFI_TIME, 16 bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EfiTime {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    pub nanosecond: u32,
    pub timezone: i16,
    pub daylight: u8,
}

impl EfiTime {
    pub fn from_seconds(s: i64, timezone: i16, daylight: u8) -> EfiTime {
        let (y, m, d) = civil_from_days(s.div_euclid(86_400));
        let t = s.rem_euclid(86_400);
        EfiTime {
            year: y.clamp(0, 9999) as u16,
            month: m as u8,
            day: d as u8,
            hour: (t / 3600) as u8,
            minute: (t / 60 % 60) as u8,
            second: (t % 60) as u8,
            nanosecond: 0,
            timezone,
            daylight,
        }
    }

    /// Seconds since 1970 of this time's fields (its zone is not applied:
    /// the clock keeps whatever zone it was set in), or None if a field is
    /// out of range.
    pub fn to_seconds(&self) -> Option<i64> {
        let tz_ok = (-1440..=1440).contains(&self.timezone) || self.timezone == UNSPECIFIED_TIMEZONE;
        let valid = (1900..=9999).contains(&self.year)
            && (1..=12).contains(&self.month)
            && self.day >= 1
            && self.day as u32 <= days_in_month(self.year as i64, self.month as u32)
            && self.hour < 24
            && self.minute < 60
            && self.second < 60
            && self.nanosecond < 1_000_000_000
            && tz_ok
            && self.daylight & !3 == 0;
        valid.then(|| {
            days_from_civil(self.year as i64, self.month as u32, self.day as u32) * 86_400
                + self.hour as i64 * 3600
                + self.minute as i64 * 60
                + self.second as i64
        })
    }

    pub fn to_bytes(&self) -> [u8; 16] {
        let mut b = [0u8; 16];
        b[0..2].copy_from_slice(&self.year.to_le_bytes());
        b[2..7].copy_from_slice(&[self.month, self.day, self.hour, self.minute, self.second]);
        b[8..12].copy_from_slice(&self.nanosecond.to_le_bytes());
        b[12..14].copy_from_slice(&self.timezone.to_le_bytes());
        b[14] = self.daylight;
        b
    }

    pub fn from_bytes(b: &[u8; 16]) -> EfiTime {
        EfiTime {
            year: u16::from_le_bytes([b[0], b[1]]),
            month: b[2],
            day: b[3],
            hour: b[4],
            minute: b[5],
            second: b[6],
            nanosecond: u32::from_le_bytes([b[8], b[9], b[10], b[11]]),
            timezone: i16::from_le_bytes([b[12], b[13]]),
            daylight: b[14],
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct StoredVar {
    name: Vec<u16>,
    guid: Guid,
    attributes: u32,
    data: Vec<u8>,
}

/// EFI's state: memory map, variables, clock and boot phase.
#[derive(Clone, Debug)]
pub struct EfiState {
    layout: Layout,
    memmap: MemoryMap,
    map_key: u64,
    vars: Vec<StoredVar>,
    /// Seconds added to the power-on clock by SetTime, and its zone.
    clock_offset: i64,
    epoch: i64,
    timezone: i16,
    daylight: u8,
    tpl: u64,
    monotonic: u64,
    boot_services_done: bool,
    /// SetVirtualAddressMap's (physical range, virtual base) pairs.
    virtual_map: Option<Vec<(Range, u64)>>,
}

impl EfiState {
    /// Write the EFI tables and descriptors into `bus`.
    pub(super) fn install(cfg: &PlatformConfig, layout: &Layout, memmap: MemoryMap, bus: &mut Bus) -> Result<EfiState, BusError> {
        let rt_data = layout.fw_base + OFF_RT_DATA;
        let bs_data = layout.fw_base + OFF_BS_DATA;
        let descriptors = |n: u64, entry: &dyn Fn(u8) -> u64| -> Vec<u8> {
            (0..n as u8).flat_map(|i| [entry(i).to_le_bytes(), rt_data.to_le_bytes()].concat()).collect()
        };
        let rt_desc = rt_data + OFF_RT_DESCRIPTORS;
        let bs_desc = bs_data + OFF_BS_DESCRIPTORS;
        bus.load(rt_desc, &descriptors(RUNTIME_SERVICES, &|i| layout.stub(super::Service::Runtime(i))))?;
        bus.load(bs_desc, &descriptors(BOOT_SERVICES, &|i| layout.stub(super::Service::Boot(i))))?;
        let pointers = |base: u64, n: u64| -> Vec<u8> { (0..n).flat_map(|i| (base + 16 * i).to_le_bytes()).collect() };
        bus.load(layout.runtime_services, &efi_table(b"RUNTSERV", &pointers(rt_desc, RUNTIME_SERVICES)))?;
        bus.load(layout.boot_services, &efi_table(b"BOOTSERV", &pointers(bs_desc, BOOT_SERVICES)))?;

        let vendor: Vec<u8> = cfg.firmware_vendor.encode_utf16().take(63).chain([0]).flat_map(u16::to_le_bytes).collect();
        bus.load(rt_data + OFF_VENDOR, &vendor)?;
        let mut config = Vec::new();
        for (guid, table) in [(ACPI_20_TABLE_GUID, layout.rsdp), (SAL_SYSTEM_TABLE_GUID, layout.sal_system_table)] {
            config.extend(guid.0);
            config.extend(table.to_le_bytes());
        }
        bus.load(layout.config_table, &config)?;
        let wakeup_vector = 0xf0;
        bus.load(layout.sal_system_table, &super::sal::system_table(cfg, layout.pal_entry, layout.sal_entry, layout.sal_gp, wakeup_vector))?;
        bus.load(layout.fw_base + OFF_BS_DATA + OFF_IMAGE_HANDLE, b"IMAGE\0\0\0")?;

        let mut body = vec![0u8; (st::SIZE - 24) as usize];
        let mut put = |off: u64, v: u64| body[off as usize - 24..off as usize - 16].copy_from_slice(&v.to_le_bytes());
        put(st::FIRMWARE_VENDOR, rt_data + OFF_VENDOR);
        put(st::FIRMWARE_REVISION, cfg.firmware_revision as u64);
        put(st::RUNTIME_SERVICES, layout.runtime_services);
        put(st::BOOT_SERVICES, layout.boot_services);
        put(st::NUMBER_OF_TABLE_ENTRIES, 2);
        put(st::CONFIGURATION_TABLE, layout.config_table);
        bus.load(layout.efi_system_table, &efi_table(b"IBI SYST", &body))?;

        let mut s = EfiState {
            layout: layout.clone(),
            memmap,
            map_key: 1,
            vars: Vec::new(),
            clock_offset: 0,
            epoch: cfg.rtc_epoch_seconds as i64,
            timezone: UNSPECIFIED_TIMEZONE,
            daylight: 0,
            tpl: 4,
            monotonic: 0,
            boot_services_done: false,
            virtual_map: None,
        };
        for v in &cfg.variables {
            s.vars.push(StoredVar { name: v.name.encode_utf16().collect(), guid: v.guid, attributes: v.attributes, data: v.data.clone() });
        }
        Ok(s)
    }

    /// The handle an OS loader receives as its image handle.
    pub fn image_handle(&self) -> u64 {
        self.layout.fw_base + OFF_BS_DATA + OFF_IMAGE_HANDLE
    }

    pub fn memory_map(&self) -> &MemoryMap {
        &self.memmap
    }

    /// Mark conventional memory as used by the loaded OS image (or other
    /// `ty`); fails unless all of it is conventional memory.
    pub fn claim(&mut self, r: Range, ty: u32) -> Result<(), String> {
        let base = r.base & !(memmap::PAGE - 1);
        let end = r.base.checked_add(r.len).and_then(|e| e.checked_next_multiple_of(memmap::PAGE)).ok_or("range wraps around")?;
        let r = Range::new(base, end - base);
        if !self.memmap.is_all(r, memmap::ty::CONVENTIONAL) {
            return Err(format!("{:#x}..{:#x} is not free memory in the firmware's map", r.base, r.end()));
        }
        self.memmap.set(r, ty, attr::RAM)?;
        self.map_key += 1;
        Ok(())
    }

    pub fn boot_services_done(&self) -> bool {
        self.boot_services_done
    }

    /// A variable's data, as the host sees it.
    pub fn variable(&self, name: &str, guid: &Guid) -> Option<&[u8]> {
        let n: Vec<u16> = name.encode_utf16().collect();
        self.vars.iter().find(|v| v.name == n && v.guid == *guid).map(|v| v.data.as_slice())
    }

    /// All variables, as the host sees them.
    pub fn variables(&self) -> Vec<Variable> {
        let vars = self.vars.iter();
        vars.map(|v| Variable { name: String::from_utf16_lossy(&v.name), guid: v.guid, attributes: v.attributes, data: v.data.clone() }).collect()
    }

    fn visible(&self, v: &StoredVar) -> bool {
        !self.boot_services_done || v.attributes & VAR_RUNTIME_ACCESS != 0
    }

    /// Run runtime service `n` with arguments in0-in7; `seconds` is the
    /// time since power-on by the interval timer.
    pub fn runtime(&mut self, n: u8, a: &[u64; 8], mem: &mut dyn GuestMem, seconds: u64) -> CallResult {
        let status = match n {
            rt::GET_TIME => self.get_time(a[0], a[1], mem, seconds),
            rt::SET_TIME => self.set_time(a[0], mem, seconds),
            rt::GET_VARIABLE => self.get_variable(a, mem),
            rt::GET_NEXT_VARIABLE_NAME => self.get_next_variable_name(a, mem),
            rt::SET_VARIABLE => self.set_variable(a, mem),
            rt::GET_NEXT_HIGH_MONOTONIC_COUNT => {
                self.monotonic = (self.monotonic | 0xffff_ffff).wrapping_add(1);
                if a[0] == 0 || !mem.write_u32(a[0], (self.monotonic >> 32) as u32) {
                    INVALID_PARAMETER
                } else {
                    SUCCESS
                }
            }
            rt::SET_VIRTUAL_ADDRESS_MAP => self.set_virtual_address_map(a, mem),
            rt::RESET_SYSTEM => {
                return CallResult { effect: Effect::Reset { kind: a[0], status: a[1] }, ..CallResult::status(SUCCESS) };
            }
            _ => UNSUPPORTED,
        };
        CallResult::status(status)
    }

    /// Run boot service `n`; after ExitBootServices they all fail.
    pub fn boot(&mut self, n: u8, a: &[u64; 8], mem: &mut dyn GuestMem) -> CallResult {
        if self.boot_services_done {
            return CallResult::status(UNSUPPORTED);
        }
        let status = match n {
            bs::RAISE_TPL | bs::RESTORE_TPL => {
                let old = std::mem::replace(&mut self.tpl, a[0]);
                return CallResult::status(if n == bs::RAISE_TPL { old } else { SUCCESS });
            }
            bs::GET_MEMORY_MAP => self.get_memory_map(a, mem),
            bs::EXIT => {
                return CallResult { effect: Effect::LoaderReturned { status: a[1] }, ..CallResult::status(SUCCESS) };
            }
            bs::EXIT_BOOT_SERVICES if a[1] == self.map_key => {
                self.boot_services_done = true;
                // The system table no longer offers boot services.
                let st_addr = self.layout.efi_system_table;
                let mut t = [0u8; st::SIZE as usize];
                if mem.phys_read(st_addr, &mut t) {
                    t[st::BOOT_SERVICES as usize..][..8].fill(0);
                    reseal(&mut t);
                    mem.phys_write(st_addr, &t);
                }
                SUCCESS
            }
            bs::EXIT_BOOT_SERVICES => INVALID_PARAMETER,
            bs::GET_NEXT_MONOTONIC_COUNT => {
                self.monotonic = self.monotonic.wrapping_add(1);
                if a[0] != 0 && mem.write_u64(a[0], self.monotonic) {
                    SUCCESS
                } else {
                    INVALID_PARAMETER
                }
            }
            bs::STALL | bs::SET_WATCHDOG_TIMER => SUCCESS,
            bs::CALCULATE_CRC32 => {
                let mut data = vec![0u8; a[1].min(16 << 20) as usize];
                if a[1] == 0 || a[1] > 16 << 20 || !mem.read_bytes(a[0], &mut data) || !mem.write_u32(a[2], crc32(&data)) {
                    INVALID_PARAMETER
                } else {
                    SUCCESS
                }
            }
            bs::COPY_MEM | bs::SET_MEM => {
                let len = if n == bs::COPY_MEM { a[2] } else { a[1] };
                if len <= 16 << 20 {
                    let mut buf = vec![a[2] as u8; len as usize];
                    let ok = (n == bs::SET_MEM || mem.read_bytes(a[1], &mut buf)) && mem.write_bytes(a[0], &buf);
                    if !ok {
                        return CallResult::status(INVALID_PARAMETER);
                    }
                }
                SUCCESS
            }
            bs::LOCATE_HANDLE | bs::LOCATE_HANDLE_BUFFER | bs::LOCATE_PROTOCOL => NOT_FOUND,
            _ => UNSUPPORTED,
        };
        CallResult::status(status)
    }

    fn get_memory_map(&mut self, a: &[u64; 8], mem: &mut dyn GuestMem) -> u64 {
        let [size_ptr, map, key_ptr, desc_size_ptr, version_ptr, ..] = *a;
        let Some(size) = mem.read_u64(size_ptr) else {
            return INVALID_PARAMETER;
        };
        let descs = self.memmap.descriptors();
        let need = descs.len() as u64 * DESC_SIZE;
        if !mem.write_u64(size_ptr, need) {
            return INVALID_PARAMETER;
        }
        if size < need {
            return BUFFER_TOO_SMALL;
        }
        let bytes: Vec<u8> = descs.iter().flat_map(MemDesc::to_bytes).collect();
        let ok = map != 0
            && mem.write_bytes(map, &bytes)
            && mem.write_u64(key_ptr, self.map_key)
            && mem.write_u64(desc_size_ptr, DESC_SIZE)
            && mem.write_u32(version_ptr, DESC_VERSION);
        if ok {
            SUCCESS
        } else {
            INVALID_PARAMETER
        }
    }

    fn get_time(&self, time: u64, caps: u64, mem: &mut dyn GuestMem, seconds: u64) -> u64 {
        let now = self.epoch.saturating_add(seconds as i64).saturating_add(self.clock_offset);
        if time == 0 || !mem.write_bytes(time, &EfiTime::from_seconds(now, self.timezone, self.daylight).to_bytes()) {
            return INVALID_PARAMETER;
        }
        // Capabilities: 1 Hz resolution, 50 ppm accuracy, not reset to zero.
        let mut c = [0u8; 12];
        c[0..4].copy_from_slice(&1u32.to_le_bytes());
        c[4..8].copy_from_slice(&50_000_000u32.to_le_bytes());
        if caps != 0 && !mem.write_bytes(caps, &c) {
            return INVALID_PARAMETER;
        }
        SUCCESS
    }

    fn set_time(&mut self, time: u64, mem: &mut dyn GuestMem, seconds: u64) -> u64 {
        let mut b = [0u8; 16];
        if time == 0 || !mem.read_bytes(time, &mut b) {
            return INVALID_PARAMETER;
        }
        let t = EfiTime::from_bytes(&b);
        match t.to_seconds() {
            Some(s) => {
                self.clock_offset = s - self.epoch.saturating_add(seconds as i64);
                self.timezone = t.timezone;
                self.daylight = t.daylight;
                SUCCESS
            }
            None => INVALID_PARAMETER,
        }
    }

    fn find_var(&self, name: &[u16], guid: &Guid) -> Option<usize> {
        self.vars.iter().position(|v| v.name == name && v.guid == *guid && self.visible(v))
    }

    fn get_variable(&mut self, a: &[u64; 8], mem: &mut dyn GuestMem) -> u64 {
        let [name, guid, attrs_ptr, size_ptr, data, ..] = *a;
        let (Some(name), Some(guid), Some(size)) = (read_name(mem, name), read_guid(mem, guid), mem.read_u64(size_ptr)) else {
            return INVALID_PARAMETER;
        };
        let Some(i) = self.find_var(&name, &guid) else {
            return NOT_FOUND;
        };
        let v = &self.vars[i];
        if !mem.write_u64(size_ptr, v.data.len() as u64) {
            return INVALID_PARAMETER;
        }
        if size < v.data.len() as u64 {
            return BUFFER_TOO_SMALL;
        }
        let ok = (data != 0 || v.data.is_empty()) && mem.write_bytes(data, &v.data) && (attrs_ptr == 0 || mem.write_u32(attrs_ptr, v.attributes));
        if ok {
            SUCCESS
        } else {
            INVALID_PARAMETER
        }
    }

    fn get_next_variable_name(&mut self, a: &[u64; 8], mem: &mut dyn GuestMem) -> u64 {
        let [size_ptr, name_ptr, guid_ptr, ..] = *a;
        let (Some(size), Some(name), Some(guid)) = (mem.read_u64(size_ptr), read_name(mem, name_ptr), read_guid(mem, guid_ptr)) else {
            return INVALID_PARAMETER;
        };
        let next = if name.is_empty() {
            0
        } else {
            match self.find_var(&name, &guid) {
                Some(i) => i + 1,
                None => return INVALID_PARAMETER,
            }
        };
        let Some(v) = self.vars[next.min(self.vars.len())..].iter().find(|v| self.visible(v)) else {
            return NOT_FOUND;
        };
        let bytes: Vec<u8> = v.name.iter().chain(&[0]).flat_map(|c| c.to_le_bytes()).collect();
        if !mem.write_u64(size_ptr, bytes.len() as u64) {
            return INVALID_PARAMETER;
        }
        if size < bytes.len() as u64 {
            return BUFFER_TOO_SMALL;
        }
        if mem.write_bytes(name_ptr, &bytes) && mem.write_bytes(guid_ptr, &v.guid.0) {
            SUCCESS
        } else {
            INVALID_PARAMETER
        }
    }

    fn set_variable(&mut self, a: &[u64; 8], mem: &mut dyn GuestMem) -> u64 {
        let [name_ptr, guid_ptr, attrs, size, data_ptr, ..] = *a;
        let attrs = attrs as u32;
        let (Some(name), Some(guid)) = (read_name(mem, name_ptr), read_guid(mem, guid_ptr)) else {
            return INVALID_PARAMETER;
        };
        let known = VAR_NON_VOLATILE | VAR_BOOTSERVICE_ACCESS | VAR_RUNTIME_ACCESS;
        let rt_without_bs = attrs & VAR_RUNTIME_ACCESS != 0 && attrs & VAR_BOOTSERVICE_ACCESS == 0;
        let bs_only_at_runtime = self.boot_services_done && attrs != 0 && attrs & VAR_RUNTIME_ACCESS == 0;
        if name.is_empty() || attrs & !known != 0 || rt_without_bs || bs_only_at_runtime || size > VARIABLE_STORE_BYTES as u64 {
            return INVALID_PARAMETER;
        }
        let existing = self.find_var(&name, &guid);
        if size == 0 || attrs == 0 {
            return match existing {
                Some(i) => {
                    self.vars.remove(i);
                    SUCCESS
                }
                None => NOT_FOUND,
            };
        }
        let mut data = vec![0u8; size as usize];
        if !mem.read_bytes(data_ptr, &mut data) {
            return INVALID_PARAMETER;
        }
        let used: usize = self.vars.iter().enumerate().filter(|(i, _)| Some(*i) != existing).map(|(_, v)| 2 * v.name.len() + v.data.len()).sum();
        if used + 2 * name.len() + data.len() > VARIABLE_STORE_BYTES {
            return OUT_OF_RESOURCES;
        }
        match existing {
            Some(i) if self.vars[i].attributes != attrs => INVALID_PARAMETER,
            Some(i) => {
                self.vars[i].data = data;
                SUCCESS
            }
            None => {
                self.vars.push(StoredVar { name, guid, attributes: attrs, data });
                SUCCESS
            }
        }
    }

    /// Switch runtime services to the virtual addresses the OS chose:
    /// every runtime region must get one. The firmware's own pointers in
    /// runtime memory (system table, runtime services table and its
    /// function descriptors, configuration table entries) are converted;
    /// the tables are rewritten through physical addresses.
    fn set_virtual_address_map(&mut self, a: &[u64; 8], mem: &mut dyn GuestMem) -> u64 {
        let [map_size, desc_size, version, map, ..] = *a;
        if !self.boot_services_done || self.virtual_map.is_some() {
            return UNSUPPORTED;
        }
        if desc_size < 40 || version != DESC_VERSION as u64 || map_size % desc_size != 0 || map_size > 1 << 20 {
            return INVALID_PARAMETER;
        }
        let mut raw = vec![0u8; map_size as usize];
        if !mem.read_bytes(map, &mut raw) {
            return INVALID_PARAMETER;
        }
        let mut vmap = Vec::new();
        for d in raw.chunks(desc_size as usize).filter_map(MemDesc::from_bytes) {
            if d.attr & attr::RUNTIME != 0 {
                vmap.push((d.range(), d.virt));
            }
        }
        let runtime = self.memmap.descriptors().iter().filter(|d| d.attr & attr::RUNTIME != 0);
        let covered = |d: &MemDesc| vmap.iter().any(|(r, _)| r.base <= d.phys && d.range().end() <= r.end());
        if !runtime.clone().all(covered) {
            return NO_MAPPING;
        }
        let convert = |p: u64| vmap.iter().find(|(r, _)| r.base <= p && p < r.end()).map_or(p, |(r, v)| v + (p - r.base));
        let l = &self.layout;
        let rt_desc = l.fw_base + OFF_RT_DATA + OFF_RT_DESCRIPTORS;
        let mut ok = true;
        let mut fix = |mem: &mut dyn GuestMem, addr: u64, len: usize, offsets: &mut dyn Iterator<Item = usize>, sealed: bool| {
            let mut t = vec![0u8; len];
            if !mem.phys_read(addr, &mut t) {
                ok = false;
                return;
            }
            for off in offsets {
                let p = u64::from_le_bytes(t[off..off + 8].try_into().expect("8 bytes"));
                t[off..off + 8].copy_from_slice(&convert(p).to_le_bytes());
            }
            if sealed {
                reseal(&mut t);
            }
            ok &= mem.phys_write(addr, &t);
        };
        let rt_n = RUNTIME_SERVICES as usize;
        fix(mem, rt_desc, 16 * rt_n, &mut (0..2 * rt_n).map(|i| 8 * i), false);
        fix(mem, l.runtime_services, 24 + 8 * rt_n, &mut (0..rt_n).map(|i| 24 + 8 * i), true);
        fix(mem, l.config_table, 48, &mut [16, 40].into_iter(), false);
        let st_ptrs = [st::FIRMWARE_VENDOR, st::RUNTIME_SERVICES, st::CONFIGURATION_TABLE].map(|o| o as usize);
        fix(mem, l.efi_system_table, st::SIZE as usize, &mut st_ptrs.into_iter(), true);
        self.virtual_map = Some(vmap);
        if ok {
            SUCCESS
        } else {
            DEVICE_ERROR
        }
    }
}

fn read_guid(mem: &mut dyn GuestMem, addr: u64) -> Option<Guid> {
    let mut g = [0u8; 16];
    (addr != 0 && mem.read_bytes(addr, &mut g)).then_some(Guid(g))
}

/// A NUL-terminated UTF-16 name (at most [`MAX_NAME`] units).
fn read_name(mem: &mut dyn GuestMem, addr: u64) -> Option<Vec<u16>> {
    if addr == 0 {
        return None;
    }
    let mut name = Vec::new();
    for i in 0..MAX_NAME as u64 {
        let mut c = [0u8; 2];
        if !mem.read_bytes(addr.checked_add(2 * i)?, &mut c) {
            return None;
        }
        match u16::from_le_bytes(c) {
            0 => return Some(name),
            c => name.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    }

    #[test]
    fn calendar_round_trips() {
        for s in [0i64, 951_782_400, 1_000_000_000, 4_102_444_799, -86_400] {
            let t = EfiTime::from_seconds(s, 0, 0);
            assert_eq!(t.to_seconds(), if t.year >= 1900 { Some(s) } else { None }, "{t:?}");
        }
        let t = EfiTime::from_seconds(951_782_400, 0, 0); // 2000-02-29
        assert_eq!((t.year, t.month, t.day), (2000, 2, 29));
        let bad = EfiTime { day: 30, ..t };
        assert_eq!(bad.to_seconds(), None);
        assert_eq!(EfiTime::from_bytes(&t.to_bytes()), t);
    }
}
