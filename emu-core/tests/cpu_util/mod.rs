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

/// IVT entry offsets of every vector.
pub const VECTORS: &[u64] = &[
    0x0000, 0x0400, 0x0800, 0x0c00, 0x1000, 0x1400, 0x1800, 0x1c00, 0x2000, 0x2400, 0x2800, 0x2c00, 0x3000, 0x5000,
    0x5100, 0x5200, 0x5300, 0x5400, 0x5500, 0x5600, 0x5700, 0x5900, 0x5a00, 0x5b00, 0x5c00, 0x5d00, 0x5e00, 0x5f00,
    0x6000,
];

/// Source of an IVT (label `ivt`, 32 KiB aligned) whose every entry sets
/// r28 to its offset and branches to a common handler that records
/// cr.iip/ipsr/isr/ifa/iim/itir/iha/iipa in r20-r24, r17, r18, r16, counts
/// in r26 (r19, r25, r27 and p8-p11 are scratch), steps past the interrupted instruction (or retries it when r29
/// is 1, after running the fixup at `fixup` if r30 is non-zero) and `rfi`s.
/// The test's own code comes first; this is appended.
pub fn ivt_source() -> String {
    let mut s = String::from(
        r#"
    .align 32768
ivt:
"#,
    );
    for v in VECTORS {
        s.push_str(&format!("    .org ivt + 0x{v:x}\n    mov r28 = 0x{v:x}\n    br.sptk.few handler\n    ;;\n"));
    }
    s.push_str(
        r#"
    .org ivt + 0x8000
handler:
    mov r20 = cr.iip
    mov r21 = cr.ipsr
    mov r22 = cr.isr
    mov r23 = cr.ifa
    mov r24 = cr.iim
    mov r17 = cr.itir
    mov r18 = cr.iha
    mov r16 = cr.iipa
    adds r26 = 1, r26
    ;;
    cmp.eq p10, p0 = 1, r29
    cmp.ne p11, p0 = 0, r30
    ;;
(p11) mov b6 = r30
(p11) br.call.sptk.many b7 = b6
    ;;
(p10) br.cond.sptk.few retry
    mov r27 = r20
    mov r19 = r21
    extr.u r25 = r21, 41, 2
    ;;
    cmp.eq p8, p9 = 2, r25
    ;;
(p8) adds r27 = 16, r27
(p8) dep r19 = 0, r19, 41, 2
(p9) adds r25 = 1, r25
    ;;
(p9) dep r19 = r25, r19, 41, 2
    ;;
    mov cr.iip = r27
    mov cr.ipsr = r19
    ;;
retry:
    rfi
    ;;
"#,
    );
    s
}

/// Prologue: cr.iva = ivt, psr.ic on (interruption collection).
pub const SETUP_IVT: &str = r#"
    movl r2 = ivt
    ;;
    mov cr.iva = r2
    ;;
    ssm 0x2000
    ;;
    srlz.d
    ;;
"#;
