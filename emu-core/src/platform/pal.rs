//! PAL procedures, static calling convention: index in r28, arguments in
//! r29-r31, status in r8 and results in r9-r11.

use super::config::PalConfig;
use super::{CallResult, Effect};

pub const PAL_CACHE_FLUSH: u64 = 1;
pub const PAL_CACHE_SUMMARY: u64 = 4;
pub const PAL_PTCE_INFO: u64 = 6;
pub const PAL_VM_SUMMARY: u64 = 8;
pub const PAL_FREQ_BASE: u64 = 13;
pub const PAL_FREQ_RATIOS: u64 = 14;
pub const PAL_RSE_INFO: u64 = 19;
pub const PAL_VERSION: u64 = 20;
pub const PAL_HALT_LIGHT: u64 = 29;
pub const PAL_VM_PAGE_SIZE: u64 = 34;

/// Status codes (r8).
pub const SUCCESS: u64 = 0;
pub const UNIMPLEMENTED: u64 = -1i64 as u64;
pub const INVALID_ARGUMENT: u64 = -2i64 as u64;

/// Page sizes the TLB supports: 4K, 8K, 16K, 64K, 256K, 1M, 4M, 16M, 64M,
/// 256M (bit n set for 2^n bytes).
pub const PAGE_SIZES: u64 = (1 << 12) | (1 << 13) | (1 << 14) | (1 << 16) | (1 << 18) | (1 << 20) | (1 << 22) | (1 << 24) | (1 << 26) | (1 << 28);

/// Physical stacked general registers the RSE has.
pub const PHYS_STACKED: u64 = 96;

fn ratio((n, d): (u32, u32)) -> u64 {
    (n as u64) << 32 | d as u64
}

/// The PAL_VM_SUMMARY words. Counts of TRs and PKRs are reported minus
/// one, as the architecture encodes them.
pub fn vm_summary(c: &PalConfig) -> (u64, u64) {
    let info1 = 1 // the VHPT walker exists
        | (c.phys_addr_bits as u64 & 0x7f) << 1
        | (c.key_bits as u64) << 8
        | (c.pkrs.saturating_sub(1) as u64) << 16
        | (c.hash_tag_id as u64) << 24
        | (c.dtrs.saturating_sub(1) as u64) << 32
        | (c.itrs.saturating_sub(1) as u64) << 40
        | (c.unique_tcs as u64) << 48
        | (c.tc_levels as u64) << 56;
    let max_purges = 1u64; // one global purge outstanding at a time
    let info2 = c.impl_va_msb as u64 | (c.rid_bits as u64) << 8 | max_purges << 16;
    (info1, info2)
}

/// Run a static PAL procedure on `[r28, r29, r30, r31]`.
pub fn call(c: &PalConfig, [index, arg1, _arg2, _arg3]: [u64; 4]) -> CallResult {
    let ok = |a, b, d| CallResult::regs([SUCCESS, a, b, d]);
    match index {
        // Caches are not modelled: a flush completes at once. r9 is the
        // progress indicator, zero when done.
        PAL_CACHE_FLUSH if (1..=3).contains(&arg1) => ok(0, 0, 0),
        PAL_CACHE_FLUSH => CallResult::regs([INVALID_ARGUMENT, 0, 0, 0]),
        PAL_CACHE_SUMMARY => ok(c.cache_levels, c.unique_caches, 0),
        // One ptc.e purges the whole translation cache: a single-iteration
        // loop at base 0 with zero strides.
        PAL_PTCE_INFO => ok(0, 1 << 32 | 1, 0),
        PAL_VM_SUMMARY => {
            let (a, b) = vm_summary(c);
            ok(a, b, 0)
        }
        PAL_FREQ_BASE => ok(c.base_freq_hz, 0, 0),
        PAL_FREQ_RATIOS => ok(ratio(c.proc_ratio), ratio(c.bus_ratio), ratio(c.itc_ratio)),
        PAL_RSE_INFO => ok(PHYS_STACKED, 0, 0),
        PAL_VERSION => ok(c.version.0, c.version.1, 0),
        PAL_HALT_LIGHT => CallResult { effect: Effect::HaltLight, ..CallResult::regs([SUCCESS, 0, 0, 0]) },
        PAL_VM_PAGE_SIZE => ok(PAGE_SIZES, PAGE_SIZES, 0),
        _ => CallResult::regs([UNIMPLEMENTED, 0, 0, 0]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_encode_the_configuration() {
        let c = PalConfig::default();
        let r = call(&c, [PAL_VM_SUMMARY, 0, 0, 0]);
        assert_eq!(r.results[0], SUCCESS);
        let (i1, i2) = (r.results[1], r.results[2]);
        assert_eq!((i1 >> 1) & 0x7f, 50);
        assert_eq!((i1 >> 32) & 0xff, 7, "8 DTRs, reported minus one");
        assert_eq!((i1 >> 40) & 0xff, 7, "8 ITRs, reported minus one");
        assert_eq!(i2 & 0xff, 50);
        assert_eq!((i2 >> 8) & 0xff, 24);
        assert_eq!(call(&c, [PAL_CACHE_SUMMARY, 0, 0, 0]).results, [0, 3, 4, 0]);
        assert_eq!(call(&c, [PAL_FREQ_BASE, 0, 0, 0]).results[1], 100_000_000);
        assert_eq!(call(&c, [PAL_FREQ_RATIOS, 0, 0, 0]).results[3], 15 << 32 | 1);
    }

    #[test]
    fn halt_light_and_unknown_procedures() {
        let c = PalConfig::default();
        assert_eq!(call(&c, [PAL_HALT_LIGHT, 0, 0, 0]).effect, Effect::HaltLight);
        assert_eq!(call(&c, [9999, 0, 0, 0]).results[0], UNIMPLEMENTED);
        assert_eq!(call(&c, [PAL_CACHE_FLUSH, 7, 0, 0]).results[0], INVALID_ARGUMENT);
    }
}
