//! Shared helpers for the CPU tests: assemble a GNU-syntax snippet with
//! `ia64-linux-gnu-as -x` and `-ld`, load it into a machine, run it.
//! Programs end with `break 0x1234` (intercepted as "done").
#![allow(dead_code)]

use std::process::Command;

use emu_core::cpu::{Interruption, Vector};
use emu_core::elf::ElfImage;
use emu_core::machine::{Exit, Machine};

pub const DONE: u64 = 0x1234;
pub const TEXT: u64 = 0x10000;
pub const RAM: usize = 16 << 20;

/// Assemble and link `src` with the text section at `TEXT` (data follows).
pub fn assemble(name: &str, src: &str) -> ElfImage {
    let dir = std::env::temp_dir().join(format!("ia64play-cpu-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let s = dir.join("t.s");
    let o = dir.join("t.o");
    let e = dir.join("t.elf");
    std::fs::write(&s, format!("\t.text\n\t.global _start\n{src}\n")).expect("write source");
    let out = Command::new("ia64-linux-gnu-as").arg("-x").arg("-o").arg(&o).arg(&s).output().expect("run ia64-linux-gnu-as");
    assert!(out.status.success(), "as failed:\n{}\n{src}", String::from_utf8_lossy(&out.stderr));
    let out = Command::new("ia64-linux-gnu-ld")
        .args(["-N", "-e", "_start", &format!("-Ttext=0x{TEXT:x}")])
        .arg("-o")
        .arg(&e)
        .arg(&o)
        .output()
        .expect("run ia64-linux-gnu-ld");
    assert!(out.status.success(), "ld failed:\n{}", String::from_utf8_lossy(&out.stderr));
    let bytes = std::fs::read(&e).expect("read elf");
    let _ = std::fs::remove_dir_all(&dir);
    ElfImage::parse(&bytes).expect("parse elf")
}

/// A machine with the program loaded, ip at `_start`, `break 0x1234`
/// intercepted, and psr/cfm as Ski's system mode starts (sof = 96).
pub fn machine(name: &str, src: &str) -> (Machine, ElfImage) {
    let img = assemble(name, src);
    let mut m = Machine::new(RAM);
    for s in &img.sections {
        if s.addr != 0 && !s.data.is_empty() {
            m.load(s.addr, &s.data).expect("section fits in RAM");
        }
    }
    m.set_ip(img.entry, 0);
    m.cpu.cfm.sof = 96;
    m.cpu.rse_reset(0x80_0000);
    m.intercepts.breaks.push(DONE..=DONE);
    (m, img)
}

/// Run to `break 0x1234`; panics on any other exit.
pub fn run_done(m: &mut Machine) {
    match m.run(10_000_000) {
        Exit::Intercept(Interruption { vector: Vector::Break, iim: Some(DONE), .. }) => {}
        other => panic!("expected the done break, got {other:?} at ip {:#x} slot {}", m.cpu.ip, m.cpu.ri),
    }
}

/// Assemble, run to done, and return the machine.
pub fn run(name: &str, src: &str) -> Machine {
    let (mut m, _) = machine(name, src);
    run_done(&mut m);
    m
}

/// General register value (panics outside the frame).
pub fn gr(m: &Machine, r: u8) -> u64 {
    m.cpu.gr(r).expect("register in frame").0
}

pub fn nat(m: &Machine, r: u8) -> bool {
    m.cpu.gr(r).expect("register in frame").1
}

pub fn symbol(img: &ElfImage, name: &str) -> u64 {
    img.symbol(name).unwrap_or_else(|| panic!("no symbol {name}")).addr
}
