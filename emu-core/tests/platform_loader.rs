//! Loading GNU-linked executables, and refusing what is not one.

use emu_core::platform::loader::{Executable, LoadError};

mod platform_util;

#[test]
fn user_program_segments() {
    let exe = Executable::parse(&platform_util::bytes("user_hello", platform_util::USER)).unwrap();
    assert_eq!(exe.entry >> 61, 2, "text in region 2");
    assert_eq!(exe.segments.len(), 2);
    let (text, data) = (&exe.segments[0], &exe.segments[1]);
    assert!(text.exec && !text.write && data.write && !data.exec);
    assert_eq!(data.vaddr >> 61, 3, "data in region 3");
    assert!(data.data.starts_with(b"hello, world!\n"));
    assert_eq!(exe.physical_entry(), Some(exe.entry));
}

#[test]
fn bss_is_memory_without_file_bytes() {
    let exe = Executable::parse(&platform_util::bytes("user_echo", platform_util::USER)).unwrap();
    let data = exe.segments.iter().find(|s| s.write).unwrap();
    assert!(data.memsz >= data.data.len() as u64 + 64);
}

#[test]
fn bare_metal_program_is_physical() {
    let exe = Executable::parse(&platform_util::bytes("sys_hello", platform_util::SYSTEM)).unwrap();
    assert!(exe.segments.iter().all(|s| s.paddr < 0x20_0000));
    assert!((0x10_0000..0x11_0000).contains(&exe.entry));
}

#[test]
fn not_executables() {
    let host = std::fs::read("/proc/self/exe").unwrap();
    assert!(matches!(Executable::parse(&host), Err(LoadError::Elf(m)) if m.contains("IA-64")));
    let obj = platform_util::build("user_hello", platform_util::USER).with_extension("o");
    assert!(matches!(Executable::parse(&std::fs::read(obj).unwrap()), Err(LoadError::NotExecutable(1))));
    let good = platform_util::bytes("user_hello", platform_util::USER);
    for n in [0, 16, 63, 64, 200, good.len() - 1] {
        assert!(Executable::parse(&good[..n]).is_err() || n == good.len() - 1, "truncated to {n}");
    }
}
