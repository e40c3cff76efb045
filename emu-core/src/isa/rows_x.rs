//! X-type instructions.

use super::Builder;

pub(super) fn rows(_t: &mut Builder) {}
