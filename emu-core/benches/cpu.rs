//! CPU throughput: instructions retired per second on (a) a tight integer
//! loop and (b) a call-heavy recursion that spills and fills the register
//! stack. Both are assembled with our assembler and run for a fixed
//! budget per iteration.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use emu_core::asm::{assemble, AsmOptions, MemProvider};
use emu_core::machine::Machine;

const BASE: u64 = 0x10000;
const BUDGET: u64 = 5_000_000;

/// Every slot of this loop retires: 2 bundles, 6 instructions per turn.
const INTEGER_LOOP: &str = r#"
    .text
    .global _start
_start:
    mov r8 = 0
    movl r9 = 0x7fffffffffffffff
    ;;
loop:
    add r8 = r8, r9
    adds r9 = -1, r9
    ;;
    cmp.ne p6, p0 = 0, r9
(p6) br.cond.sptk.few loop
    ;;
    break 0x1234
    ;;
"#;

/// Recursion 120 frames deep, over and over: every descent spills and
/// every return fills through the backing store.
const CALL_LOOP: &str = r#"
    .text
    .global _start
_start:
    alloc r2 = ar.pfs, 0, 0, 1, 0
    ;;
again:
    mov r32 = 120
    br.call.sptk.many b0 = f
    ;;
    br.sptk.few again
    ;;
f:
    alloc r34 = ar.pfs, 1, 4, 1, 0
    mov r35 = b0
    cmp.eq p6, p7 = 0, r32
    ;;
(p7) adds r37 = -1, r32
(p7) br.call.sptk.many b0 = f
    ;;
    add r8 = r8, r32
    mov ar.pfs = r34
    mov b0 = r35
    ;;
    br.ret.sptk.many b0
    ;;
"#;

fn machine(src: &str) -> Machine {
    let asm = assemble(
        "bench.s",
        &MemProvider::single("bench.s", src),
        &AsmOptions {
            base: BASE,
            ..Default::default()
        },
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    let mut m = Machine::new(16 << 20);
    let text = asm.section(".text").expect("text");
    m.load(text.addr, &text.bytes).expect("load");
    m.set_ip(text.addr, 0);
    m.cpu.cfm.sof = 96;
    m.cpu.rse_reset(0x80_0000);
    m
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("cpu");
    g.throughput(Throughput::Elements(BUDGET));
    g.sample_size(20);
    for (name, src) in [("integer_loop", INTEGER_LOOP), ("call_rse_loop", CALL_LOOP)] {
        let mut m = machine(src);
        g.bench_function(name, |b| {
            b.iter(|| {
                let e = m.run(BUDGET);
                assert_eq!(e, emu_core::machine::Exit::Budget);
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
