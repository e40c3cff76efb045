//! Whole-process assembly time: `ia64play asm` against `ia64-linux-gnu-as`
//! on the same generated 5,000-line kernel (the browser re-assembles on
//! every edit, so ours must not be slower than GNU's).

use std::path::Path;
use std::process::Command;

use criterion::{criterion_group, criterion_main, Criterion};

#[path = "../../emu-core/benches/support/kernel_source.rs"]
mod kernel_source;

fn run(cmd: &mut Command) {
    let out = cmd.output().expect("run assembler");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

fn bench(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("ia64play-asm-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("kernel.s");
    std::fs::write(&src, kernel_source::kernel_source(5000)).unwrap();
    let ours = env!("CARGO_BIN_EXE_ia64play");
    let out: &Path = &dir.join("out");
    let mut g = c.benchmark_group("assemble_process_5000_lines");
    g.bench_function("ia64play_asm", |b| b.iter(|| run(Command::new(ours).arg("asm").arg(&src).arg("-o").arg(out))));
    g.bench_function("gnu_as_x", |b| b.iter(|| run(Command::new("ia64-linux-gnu-as").arg("-x").arg("-o").arg(out).arg(&src))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
