//! SAL procedures (stacked convention: function id in in0, arguments in
//! in1-in7, status in r8, results in r9-r11) and the SAL system table.

use super::config::PlatformConfig;
use super::pci::{PciAddr, PciBus};
use super::GuestMem;

pub const SAL_SET_VECTORS: u64 = 0x0100_0000;
pub const SAL_GET_STATE_INFO: u64 = 0x0100_0001;
pub const SAL_GET_STATE_INFO_SIZE: u64 = 0x0100_0002;
pub const SAL_CLEAR_STATE_INFO: u64 = 0x0100_0003;
pub const SAL_MC_RENDEZ: u64 = 0x0100_0004;
pub const SAL_MC_SET_PARAMS: u64 = 0x0100_0005;
pub const SAL_REGISTER_PHYSICAL_ADDR: u64 = 0x0100_0006;
pub const SAL_CACHE_FLUSH: u64 = 0x0100_0008;
pub const SAL_CACHE_INIT: u64 = 0x0100_0009;
pub const SAL_PCI_CONFIG_READ: u64 = 0x0100_0010;
pub const SAL_PCI_CONFIG_WRITE: u64 = 0x0100_0011;
pub const SAL_FREQ_BASE: u64 = 0x0100_0012;

/// Status codes (r8).
pub const SUCCESS: u64 = 0;
pub const NOT_IMPLEMENTED: u64 = -1i64 as u64;
pub const INVALID_ARGUMENT: u64 = -2i64 as u64;
pub const NO_INFORMATION: u64 = -5i64 as u64;

/// SAL_FREQ_BASE clock selectors.
pub const FREQ_PLATFORM: u64 = 0;
pub const FREQ_INTERVAL_TIMER: u64 = 1;
pub const FREQ_RTC: u64 = 2;

/// Error record kinds of SAL_GET_STATE_INFO.
pub const INFO_MCA: u64 = 0;
pub const INFO_INIT: u64 = 1;
pub const INFO_CMC: u64 = 2;
pub const INFO_CPE: u64 = 3;

/// The largest error record SAL hands out (SAL_GET_STATE_INFO_SIZE).
pub const MAX_RECORD: u64 = 4096;

/// SAL's own state: logged error records and registered OS vectors.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SalState {
    /// Pending error records per kind (MCA, INIT, CMC, CPE), oldest first.
    records: [Vec<Vec<u8>>; 4],
    /// SAL_SET_VECTORS registrations: (vector kind, arguments).
    pub vectors: Vec<(u64, [u64; 6])>,
}

/// A SAL error record header (40 bytes) for a record of `body_len` more
/// bytes: record id, revision 3.2, severity (0 recoverable, 1 fatal, 2
/// corrected), no valid timestamp, the total length.
pub fn record_header(id: u64, severity: u8, body_len: u32) -> Vec<u8> {
    let mut h = Vec::with_capacity(40);
    h.extend(id.to_le_bytes());
    h.extend([0x02, 0x03, severity, 0]);
    h.extend((40 + body_len).to_le_bytes());
    h.extend([0u8; 24]);
    h
}

/// Decode the address argument of the PCI config calls: type 0 packs
/// segment 31-24, bus 23-16, device 15-11, function 10-8, register 7-0;
/// type 1 (extended) packs segment 43-28, bus 27-20, device 19-15,
/// function 14-12, register 11-0.
fn pci_address(addr: u64, kind: u64) -> Option<(u64, PciAddr, u64)> {
    let (seg, bus, devfn, reg) = match kind {
        0 => (addr >> 24 & 0xff, addr >> 16 & 0xff, addr >> 8 & 0xff, addr & 0xff),
        1 => (addr >> 28 & 0xffff, addr >> 20 & 0xff, addr >> 12 & 0xff, addr & 0xfff),
        _ => return None,
    };
    Some((seg, PciAddr { bus: bus as u8, device: (devfn >> 3) as u8, function: (devfn & 7) as u8 }, reg))
}

impl SalState {
    /// Log an error record for SAL_GET_STATE_INFO of `kind` (0-3).
    pub fn push_record(&mut self, kind: u64, record: Vec<u8>) {
        if let Some(q) = self.records.get_mut(kind as usize) {
            q.push(record);
        }
    }

    /// Run the SAL procedure whose id is in `args[0]`.
    pub fn call(&mut self, cfg: &PlatformConfig, pci: &mut PciBus, args: [u64; 8], mem: &mut dyn GuestMem) -> [u64; 4] {
        let fail = |s| [s, 0, 0, 0];
        let ok = |v| [SUCCESS, v, 0, 0];
        match args[0] {
            SAL_FREQ_BASE => match args[1] {
                FREQ_PLATFORM => ok(cfg.platform_freq_hz),
                FREQ_INTERVAL_TIMER => ok(cfg.pal.itc_hz()),
                FREQ_RTC => ok(cfg.rtc_freq_hz),
                _ => fail(INVALID_ARGUMENT),
            },
            SAL_PCI_CONFIG_READ => {
                let Some((seg, a, reg)) = pci_address(args[1], args[3]) else {
                    return fail(INVALID_ARGUMENT);
                };
                let size = args[2] as u8;
                if args[2] > 4 || reg >= 256 {
                    return fail(INVALID_ARGUMENT);
                }
                let v = if seg == 0 { pci.config_read(a, reg, size) } else { Some(super::all_ones(size) as u32) };
                v.map_or(fail(INVALID_ARGUMENT), |v| ok(v as u64))
            }
            SAL_PCI_CONFIG_WRITE => {
                let Some((seg, a, reg)) = pci_address(args[1], args[4]) else {
                    return fail(INVALID_ARGUMENT);
                };
                if args[2] > 4 || reg >= 256 {
                    return fail(INVALID_ARGUMENT);
                }
                let r = if seg == 0 { pci.config_write(a, reg, args[2] as u8, args[3] as u32) } else { Some(()) };
                r.map_or(fail(INVALID_ARGUMENT), |_| ok(0))
            }
            SAL_GET_STATE_INFO_SIZE if args[1] < 4 => ok(MAX_RECORD),
            SAL_GET_STATE_INFO if args[1] < 4 => match self.records[args[1] as usize].first() {
                None => fail(NO_INFORMATION),
                Some(r) if mem.write_bytes(args[3], r) => ok(r.len() as u64),
                Some(_) => fail(INVALID_ARGUMENT),
            },
            SAL_CLEAR_STATE_INFO if args[1] < 4 => {
                let q = &mut self.records[args[1] as usize];
                if !q.is_empty() {
                    q.remove(0);
                }
                ok(0)
            }
            SAL_GET_STATE_INFO | SAL_GET_STATE_INFO_SIZE | SAL_CLEAR_STATE_INFO => fail(INVALID_ARGUMENT),
            SAL_SET_VECTORS => {
                let mut a = [0u64; 6];
                a.copy_from_slice(&args[2..8]);
                self.vectors.push((args[1], a));
                ok(0)
            }
            // Caches and machine checks are not modelled: nothing to do.
            SAL_MC_SET_PARAMS | SAL_CACHE_FLUSH | SAL_CACHE_INIT | SAL_REGISTER_PHYSICAL_ADDR | SAL_MC_RENDEZ => ok(0),
            _ => fail(NOT_IMPLEMENTED),
        }
    }
}

/// The SAL system table ("SST_"): a 96-byte header, then an entry point
/// descriptor (type 0: PAL and SAL entry points and SAL's gp), a platform
/// features descriptor (type 2) and an AP wake-up descriptor (type 5:
/// external interrupt `wakeup_vector`).
pub fn system_table(cfg: &PlatformConfig, pal_entry: u64, sal_entry: u64, sal_gp: u64, wakeup_vector: u64) -> Vec<u8> {
    let mut t = vec![0u8; 96];
    t[0..4].copy_from_slice(b"SST_");
    t[8] = 0x20; // SAL revision 3.20, BCD: minor then major
    t[9] = 0x03;
    t[10..12].copy_from_slice(&3u16.to_le_bytes());
    t[20] = 0x01; // SAL_A revision 1.0
    t[22] = 0x01; // SAL_B revision 1.0
    let text = |t: &mut [u8], s: &str| {
        let n = s.len().min(32);
        t[..n].copy_from_slice(&s.as_bytes()[..n]);
    };
    text(&mut t[24..56], &cfg.sal_oem_id);
    text(&mut t[56..88], &cfg.sal_product_id);
    let mut entry = vec![0u8; 48];
    entry[8..16].copy_from_slice(&pal_entry.to_le_bytes());
    entry[16..24].copy_from_slice(&sal_entry.to_le_bytes());
    entry[24..32].copy_from_slice(&sal_gp.to_le_bytes());
    let mut features = vec![0u8; 16];
    features[0] = 2;
    let mut wakeup = vec![0u8; 16];
    wakeup[0] = 5;
    wakeup[8..16].copy_from_slice(&wakeup_vector.to_le_bytes());
    t.extend(entry);
    t.extend(features);
    t.extend(wakeup);
    let len = t.len() as u32;
    t[4..8].copy_from_slice(&len.to_le_bytes());
    t[12] = super::acpi::checksum(&t);
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mem::Bus;

    fn call(s: &mut SalState, pci: &mut PciBus, args: &[u64], mem: &mut Bus) -> [u64; 4] {
        let mut a = [0u64; 8];
        a[..args.len()].copy_from_slice(args);
        s.call(&PlatformConfig::default(), pci, a, mem)
    }

    #[test]
    fn pci_config_through_both_address_formats() {
        let cfg = PlatformConfig::default();
        let mut pci = PciBus::new(&cfg.pci.functions, cfg.pci.window.base, cfg.pci.window.len).unwrap();
        let (mut s, mut mem) = (SalState::default(), Bus::new(4096));
        let dev1 = 1 << 11;
        assert_eq!(call(&mut s, &mut pci, &[SAL_PCI_CONFIG_READ, dev1, 4, 0], &mut mem), [0, 0x0005_1b36, 0, 0]);
        assert_eq!(call(&mut s, &mut pci, &[SAL_PCI_CONFIG_READ, 1 << 15 | 2, 2, 1], &mut mem), [0, 0x0005, 0, 0]);
        assert_eq!(call(&mut s, &mut pci, &[SAL_PCI_CONFIG_READ, 5 << 11, 4, 0], &mut mem)[1], 0xffff_ffff);
        assert_eq!(call(&mut s, &mut pci, &[SAL_PCI_CONFIG_READ, dev1 | 1, 4, 0], &mut mem)[0], INVALID_ARGUMENT);
        assert_eq!(call(&mut s, &mut pci, &[SAL_PCI_CONFIG_READ, dev1, 3, 0], &mut mem)[0], INVALID_ARGUMENT);
        call(&mut s, &mut pci, &[SAL_PCI_CONFIG_WRITE, dev1 | 0x3c, 1, 0x2a, 0], &mut mem);
        assert_eq!(call(&mut s, &mut pci, &[SAL_PCI_CONFIG_READ, dev1 | 0x3c, 1, 0], &mut mem)[1], 0x2a);
    }

    #[test]
    fn state_info_records() {
        let cfg = PlatformConfig::default();
        let mut pci = PciBus::new(&[], 0, 0).unwrap();
        let (mut s, mut mem) = (SalState::default(), Bus::new(4096));
        assert_eq!(call(&mut s, &mut pci, &[SAL_GET_STATE_INFO, INFO_CMC, 0, 0x100], &mut mem)[0], NO_INFORMATION);
        s.push_record(INFO_CMC, record_header(7, 2, 0));
        assert_eq!(call(&mut s, &mut pci, &[SAL_GET_STATE_INFO, INFO_CMC, 0, 0x100], &mut mem), [0, 40, 0, 0]);
        assert_eq!(mem.ram()[0x100], 7);
        call(&mut s, &mut pci, &[SAL_CLEAR_STATE_INFO, INFO_CMC], &mut mem);
        assert_eq!(call(&mut s, &mut pci, &[SAL_GET_STATE_INFO, INFO_CMC, 0, 0x100], &mut mem)[0], NO_INFORMATION);
        assert_eq!(call(&mut s, &mut pci, &[SAL_FREQ_BASE, FREQ_INTERVAL_TIMER], &mut mem)[1], cfg.pal.itc_hz());
        assert_eq!(call(&mut s, &mut pci, &[0x0100_00ff], &mut mem)[0], NOT_IMPLEMENTED);
    }

    #[test]
    fn system_table_sums_to_zero() {
        let t = system_table(&PlatformConfig::default(), 0x1000, 0x2000, 0x3000, 0xf0);
        assert_eq!(t.len(), 96 + 48 + 16 + 16);
        assert_eq!(t.iter().fold(0u8, |a, b| a.wrapping_add(*b)), 0);
        assert_eq!(&t[96 + 8..96 + 16], &0x1000u64.to_le_bytes());
    }
}
