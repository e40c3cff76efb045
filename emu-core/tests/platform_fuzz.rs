//! No input reaches a panic: random firmware calls with random arguments
//! and memory, random device accesses, and damaged executables.

use emu_core::mem::Bus;
use emu_core::platform::linux::{Process, ProcessIo};
use emu_core::platform::loader::Executable;
use emu_core::platform::{efi, CallRegs, Firmware, PlatformConfig, Service};
use proptest::prelude::*;

mod platform_util;

fn service() -> impl Strategy<Value = Service> {
    prop_oneof![
        Just(Service::Pal),
        Just(Service::Sal),
        (0u8..efi::RUNTIME_SERVICES as u8 + 2).prop_map(Service::Runtime),
        (0u8..efi::BOOT_SERVICES as u8 + 2).prop_map(Service::Boot),
        Just(Service::LoaderReturn),
        (0u8..70).prop_map(Service::Unexpected),
    ]
}

/// Arguments: small numbers, pointers into RAM near its ends, and noise.
fn arg() -> impl Strategy<Value = u64> {
    prop_oneof![0u64..64, 0x20_0000u64..0x20_1000, (64u64 << 20) - 0x100..(64u64 << 20) + 0x100, any::<u64>(), Just(0x0100_0010u64)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn firmware_calls_never_panic(calls in prop::collection::vec((service(), prop::array::uniform8(arg()), prop::array::uniform4(arg()), any::<u64>()), 1..40), junk in prop::collection::vec(any::<u8>(), 0..4096)) {
        let cfg = PlatformConfig::default();
        let mut bus = Bus::new(cfg.ram_bytes as usize);
        let mut fw = Firmware::install(cfg, &mut bus).unwrap();
        bus.load(0x20_0000, &junk).unwrap();
        for (s, stacked, statics, itc) in calls {
            let regs = CallRegs { r8: 0, statics, stacked };
            let _ = fw.call(s, &regs, &mut bus, itc);
        }
        // The firmware still answers sensibly.
        let mut regs = CallRegs::default();
        regs.statics[0] = 13;
        prop_assert_eq!(fw.call(Service::Pal, &regs, &mut bus, 0).results[0], 0);
    }

    #[test]
    fn device_accesses_never_panic(ops in prop::collection::vec((prop_oneof![0xf000_0000u64..0xf000_1000, 0xfec0_0000u64..0xfec0_1000, 0xc000_0000u64..0xc002_0000], prop_oneof![Just(1u8), Just(2), Just(4), Just(8)], any::<u64>(), any::<bool>()), 1..200)) {
        let cfg = PlatformConfig::default();
        let mut bus = Bus::new(cfg.ram_bytes as usize);
        let mut fw = Firmware::install(cfg, &mut bus).unwrap();
        for (addr, size, value, write) in ops {
            if write {
                let _ = bus.write(addr, size, value);
            } else {
                let _ = bus.read(addr, size);
            }
            let _ = fw.poll_interrupts();
        }
    }

    #[test]
    fn damaged_executables_are_errors(flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8), cut in any::<prop::sample::Index>()) {
        let mut bytes = tiny_elf();
        for (i, v) in flips {
            let i = i.index(bytes.len());
            bytes[i] = v;
        }
        let n = cut.index(bytes.len() + 1);
        for b in [&bytes[..], &bytes[..n]] {
            if let Ok(exe) = Executable::parse(b) {
                let mut bus = Bus::new(4 << 20);
                let _ = Process::load(&exe, &mut bus, 0x10_0000, 4 << 20, &["x".into()], &[]);
            }
        }
    }
}

struct NoIo;
impl ProcessIo for NoIo {
    fn read_stdin(&mut self, _: &mut [u8]) -> usize {
        0
    }
    fn write(&mut self, _: u64, _: &[u8]) {}
}

#[test]
fn random_system_calls_never_panic() {
    let exe = Executable::parse(&tiny_elf()).unwrap();
    let mut bus = Bus::new(4 << 20);
    let mut p = Process::load(&exe, &mut bus, 0x10_0000, 4 << 20, &["x".into()], &[]).unwrap();
    let mut seed = 0x1234_5678_9abc_def0u64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..20_000 {
        let nr = 1024 + next() % 240;
        let pick = |v: u64| match v % 4 {
            0 => v % 64,
            1 => 0x6000_0000_0000_0000 + v % 0x10000,
            2 => 0x2000_0000_0000_0000 + v % 0x100_0000,
            _ => v,
        };
        let a = [pick(next()), pick(next()), pick(next()), pick(next()), pick(next()), pick(next())];
        let _ = p.syscall(nr, a, &mut bus, &mut NoIo);
    }
}

/// A small static executable (text and data segments), built once.
fn tiny_elf() -> Vec<u8> {
    static ELF: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    ELF.get_or_init(|| platform_util::bytes("user_hello", platform_util::USER)).clone()
}
