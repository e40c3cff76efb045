//! Decoder throughput: bundles per second over a large code image.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use emu_core::isa::{flags, table, Bundle, Insn, InsnType, SlotUnit, Template};
use std::hint::black_box;

/// A deterministic image of `n` bundles, each holding instructions drawn
/// from the whole table (a small LCG keeps the bench free of extra crates).
fn code_image(n: usize) -> Vec<u8> {
    let t = table();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        seed
    };
    let mut pick = |ty: InsnType, next: &mut dyn FnMut() -> u64| -> u128 {
        loop {
            let id = (next() % t.rows.len() as u64) as usize;
            let row = &t.rows[id];
            if row.ty != ty || row.is(flags::CATCH_ALL) || row.is(flags::DECODE_ONLY) {
                continue;
            }
            let mut ops = [0i64; 5];
            for (j, o) in row.operands.iter().enumerate() {
                let s = o.spec();
                let raw = next() & ((1u128 << s.bits()) - 1) as u64;
                if s.map.reserved_raw(raw) {
                    continue;
                }
                ops[j] = s.map.from_raw(raw, s.bits());
            }
            if let Ok(w) = t.encode(&Insn { id: id as u16, qp: 0, ops }) {
                return w;
            }
        }
    };
    let mut out = Vec::with_capacity(16 * n);
    for i in 0..n {
        let (code, types) = match i % 3 {
            0 => (0x00, [InsnType::M, InsnType::I, InsnType::I]),
            1 => (0x11, [InsnType::A, InsnType::A, InsnType::B]),
            _ => (0x08, [InsnType::M, InsnType::M, InsnType::A]),
        };
        let mut slots = [0u64; 3];
        for (s, ty) in slots.iter_mut().zip(types) {
            *s = pick(ty, &mut next) as u64 & ((1 << 41) - 1);
        }
        let b = Bundle { template: Template::from_code(code).unwrap(), slots };
        out.extend_from_slice(&b.to_bytes());
    }
    out
}

#[path = "support/kernel_source.rs"]
mod kernel_source;

/// Bundles decoded per second over `image`.
fn decode_image(c: &mut Criterion, name: &str, image: &[u8]) {
    let t = table();
    let mut g = c.benchmark_group("decode");
    g.throughput(Throughput::Elements((image.len() / 16) as u64));
    g.bench_function(name, |b| {
        b.iter(|| {
            let mut n = 0u64;
            for chunk in image.chunks_exact(16) {
                let bundle = Bundle::from_bytes(chunk.try_into().unwrap()).unwrap();
                for slot in 0..3 {
                    if bundle.template.units[slot] != SlotUnit::L {
                        n += t.decode_slot(&bundle, slot).map(|i| i.id as u64).unwrap_or(1);
                    }
                }
            }
            black_box(n)
        })
    });
    g.finish();
}

fn decode(c: &mut Criterion) {
    decode_image(c, "random", &code_image(1 << 16));
}

/// The same bundle over and over: decode cost with warm branch predictors.
fn same_bundle(c: &mut Criterion) {
    let image = code_image(1);
    let one: Vec<u8> = image.iter().copied().cycle().take(16 << 16).collect();
    decode_image(c, "repeated", &one);
}

/// The code of the generated 5,000-line kernel, as our assembler lays it out.
fn kernel(c: &mut Criterion) {
    let src = kernel_source::kernel_source(5000);
    let p = emu_core::asm::MemProvider::single("k.s", &src);
    let asm = emu_core::asm::assemble("k.s", &p, &emu_core::asm::AsmOptions::default()).expect("kernel assembles");
    decode_image(c, "kernel", &asm.section(".text").expect(".text").bytes);
}

criterion_group!(benches, decode, same_bundle, kernel);
criterion_main!(benches);
