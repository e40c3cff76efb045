use emu_core::isa::{table, Bundle};
use std::time::Instant;
fn main() {
    let t = table();
    // MII: adds r1=1,r2 ; nop.i ; nop.i
    let b = Bundle::from_u128(0x0000_0100_0000_0200_0000_0000_0000_0000 | 0).unwrap();
    let n = 10_000_000u64;
    let s = Instant::now();
    let mut acc = 0u64;
    for i in 0..n {
        let mut bb = b;
        bb.slots[0] = (i & 0xff) << 13 | (8u64 << 37) | (2 << 34);
        for k in 0..3 { if let Ok(x) = t.decode_slot(&bb, k) { acc += x.id as u64; } }
    }
    let e = s.elapsed();
    println!("{:.1} ns/bundle ({acc})", e.as_nanos() as f64 / n as f64);
}
