//! A firmware client kernel booted and run on the native platform: the
//! firmware's entry points, tables and devices as a kernel reaches them.

use emu_core::platform::efi::IA64PLAY_GUID;
use emu_core::platform::system::{NativeSystem, Stop, SystemExit};
use emu_core::platform::{PlatformConfig, Range, Variable};

mod platform_util;

fn run_to_stop(sys: &mut NativeSystem) -> Stop {
    for _ in 0..100 {
        if let SystemExit::Stopped(s) = sys.run(1_000_000) {
            return s;
        }
    }
    panic!("the kernel did not stop within 100 M instructions");
}

fn boot_and_run(config: PlatformConfig) -> (String, Stop, u64) {
    let elf = platform_util::bytes("native_fw", platform_util::KERNEL);
    let mut sys = NativeSystem::boot(config, &elf).unwrap();
    let stop = run_to_stop(&mut sys);
    let out = String::from_utf8_lossy(&sys.take_console()).into_owned();
    (out, stop, sys.machine.retired)
}

/// What native_fw.s must print for `config`, derived from the config.
fn expected(config: &PlatformConfig, usable: u64, pv_stage: Option<u8>) -> String {
    let hex = |v: u64| format!("{v:#018x}");
    let mut s = String::from("ia64play firmware test\n");
    s += &format!("uart {}\n", hex(config.uart.as_ref().unwrap().base));
    s += &format!("usable memory {}\n", hex(usable));
    s += &format!("PAL_FREQ_BASE {}\n", hex(config.pal.base_freq_hz));
    for f in &config.pci.functions {
        let id = (f.device_id as u64) << 16 | f.vendor_id as u64;
        s += &format!("pci device {} id {}\n", hex(f.device as u64), hex(id));
    }
    s += &format!("pv_stage {}\n", hex(pv_stage.map_or(emu_core::platform::efi::NOT_FOUND, u64::from)));
    s += &format!("ExitBootServices {}\n", hex(0));
    s
}

#[test]
fn firmware_client_boots_prints_and_shuts_down() {
    let config = PlatformConfig::default();
    let (out, stop, _) = boot_and_run(config.clone());
    assert_eq!(out, expected(&config, 0x3f5_f000, None));
    assert_eq!(stop, Stop::Reset { kind: 2, status: 42 });
}

#[test]
fn what_the_kernel_finds_follows_the_configuration() {
    let pv = Variable { name: "pv_stage".into(), guid: IA64PLAY_GUID, attributes: 7, data: 3u64.to_le_bytes().to_vec() };
    let config = PlatformConfig {
        ram_bytes: 32 << 20,
        holes: vec![Range::new(0xa_0000, 0x6_0000), Range::new(0x100_0000, 0x10_0000)],
        variables: vec![pv],
        ..Default::default()
    };
    let usable = (32 << 20) - 0x1000 - 0x6_0000 - 0x10_0000 - 0x4_0000;
    let (out, _, _) = boot_and_run(config.clone());
    assert_eq!(out, expected(&config, usable, Some(3)));
}

#[test]
fn runs_are_deterministic() {
    let a = boot_and_run(PlatformConfig::default());
    let b = boot_and_run(PlatformConfig::default());
    assert_eq!(a, b);
    assert!(a.2 > 1000, "retired {}", a.2);
}

#[test]
fn budgets_bound_every_run() {
    let elf = platform_util::bytes("native_fw", platform_util::KERNEL);
    let mut sys = NativeSystem::boot(PlatformConfig::default(), &elf).unwrap();
    assert_eq!(sys.run(100), SystemExit::Budget);
    assert_eq!(sys.machine.retired, 100);
    assert!(sys.stopped().is_none());
}
