//! The IA-64 CPU core: architected state ([`Cpu`]), instruction semantics
//! (`exec`), the register stack engine, translation, interruptions, the
//! interval timer and external interrupts, and the decoded-bundle cache.
//! [`crate::machine::Machine`] puts it together with memory and a
//! supervisor interface.

pub mod access;
pub mod exec;
pub mod interrupt;
pub mod irq;
pub mod predecode;
pub mod rse;
pub mod state;
pub mod tlb;

pub use access::Mem;
pub use interrupt::{Interruption, Vector};
pub use state::{ar, cr, psr, Cfm, Cpu};
