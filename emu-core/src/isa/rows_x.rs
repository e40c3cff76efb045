//! X-type (long) instructions: they fill the L and X slots of an MLX
//! bundle. Operand fields at bit 41 and up are in the L slot.

use super::Builder;

pub(super) fn rows(_t: &mut Builder) {}
