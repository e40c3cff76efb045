//! Assembler throughput on a generated kernel-like source of about 5,000
//! lines: routines with stacked registers, loads and stores, compares,
//! predicated branches, long moves of data addresses, explicit bundles and
//! data sections.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use emu_core::asm::{assemble, AsmOptions, MemProvider};
use std::hint::black_box;

#[path = "support/kernel_source.rs"]
mod kernel_source;
use kernel_source::kernel_source;

fn bench(c: &mut Criterion) {
    let src = kernel_source(5000);
    let lines = src.lines().count();
    let p = MemProvider::single("kernel.s", &src);
    let opts = AsmOptions { base: 0x100000, ..Default::default() };
    if let Err(d) = assemble("kernel.s", &p, &opts) {
        panic!("the generated kernel must assemble: {}", d[0]);
    }
    let mut g = c.benchmark_group("assemble");
    g.throughput(Throughput::Elements(lines as u64));
    g.bench_function(format!("kernel_{lines}_lines"), |b| b.iter(|| assemble("kernel.s", black_box(&p), &opts)));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
