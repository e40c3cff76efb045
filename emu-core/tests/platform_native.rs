//! Booting a kernel on the native platform.

use emu_core::platform::memmap::ty;
use emu_core::platform::native::{boot, BootError};
use emu_core::platform::PlatformConfig;

mod platform_util;

#[test]
fn kernel_is_loaded_and_claimed() {
    let elf = platform_util::bytes("native_fw", platform_util::KERNEL);
    let b = boot(PlatformConfig::default(), &elf).unwrap();
    let map = b.firmware.efi.memory_map();
    assert_eq!(map.find(0x40_0000).unwrap().ty, ty::LOADER_CODE);
    assert_eq!(map.find(0x48_0000).unwrap().ty, ty::LOADER_DATA);
    assert_eq!(map.usable_bytes(), 0x3f5_f000, "loader memory still counts as usable");
    assert_eq!(b.entry.ip, b.kernel.entry);
    let systab = b.firmware.layout.efi_system_table;
    assert!(b.entry.gr.contains(&(33, systab)) && b.entry.gr.contains(&(28, systab)));
    assert_eq!(b.entry.b0, b.firmware.layout.loader_return);
    let text = &b.kernel.segments[0];
    assert_eq!(b.bus.slice(text.paddr, 16).unwrap(), &text.data[..16]);
}

#[test]
fn kernels_outside_free_memory_are_refused() {
    let elf = platform_util::bytes("native_fw", platform_util::KERNEL);
    let small = PlatformConfig { ram_bytes: 4 << 20, ..Default::default() };
    assert!(matches!(boot(small, &elf), Err(BootError::Load(_))), "kernel overlaps the firmware region of a 4 MiB machine");
    let holey = PlatformConfig { holes: vec![emu_core::platform::Range::new(0x48_0000, 0x1_0000)], ..Default::default() };
    assert!(boot(holey, &elf).is_err());
    assert!(boot(PlatformConfig::default(), b"not an elf").is_err());
}
