//! Building the test programs in tests/programs with GNU as and ld (the
//! oracle toolchain the test suite installs).
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;
use std::sync::Mutex;

/// Where user-mode programs are linked: ld's defaults (text in region 2,
/// data in region 3).
pub const USER: &[&str] = &[];
/// Bare-metal programs for `run --system`: physical addresses.
pub const SYSTEM: &[&str] = &["-Ttext=0x100000", "-Tdata=0x180000"];
/// The firmware-client kernel: physical addresses inside the default RAM.
pub const KERNEL: &[&str] = &["-Ttext=0x400000", "-Tdata=0x480000"];

pub fn program_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/programs").join(format!("{name}.s"))
}

/// Assemble and link tests/programs/NAME.s once per process (tests run in
/// parallel threads); returns the executable's path.
pub fn build(name: &str, ld_flags: &[&str]) -> PathBuf {
    static BUILT: Mutex<Vec<(String, PathBuf)>> = Mutex::new(Vec::new());
    let key = format!("{name} {}", ld_flags.join(" "));
    let mut built = BUILT.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, p)) = built.iter().find(|(k, _)| *k == key) {
        return p.clone();
    }
    let dir = std::env::temp_dir().join(format!("ia64play-programs-{}-{}", std::process::id(), built.len()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let (obj, exe) = (dir.join(format!("{name}.o")), dir.join(name));
    let run = |cmd: &mut Command| {
        let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?} (install binutils-ia64-linux-gnu): {e}"));
        assert!(out.status.success(), "{cmd:?} failed:\n{}", String::from_utf8_lossy(&out.stderr));
    };
    run(Command::new("ia64-linux-gnu-as").arg("-o").arg(&obj).arg(program_path(name)));
    run(Command::new("ia64-linux-gnu-ld").args(ld_flags).arg("-o").arg(&exe).arg(&obj));
    built.push((key, exe.clone()));
    exe
}

/// The bytes of a built program.
pub fn bytes(name: &str, ld_flags: &[&str]) -> Vec<u8> {
    std::fs::read(build(name, ld_flags)).expect("read the linked program")
}
