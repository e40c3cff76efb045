//! emu-core: the IA-64 instruction set and machine of ia64play.
//!
//! Everything here builds and tests natively; the web front end is a thin
//! layer on top.

pub mod asm;
pub mod cpu;
pub mod deps;
pub mod disasm;
pub mod elf;
pub mod isa;
pub mod machine;
pub mod mem;
pub mod platform;
