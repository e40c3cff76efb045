// X-unit (long) instructions in GNU as syntax: every mnemonic of the X-type
// rows once. GNU as puts each in the L+X slots of an MLX bundle.
	.text
x_unit:

// break/nop/hint (X1, X5): a 62-bit immediate; the bare names in an X slot
	break.x 0 ;;
	break.x 0x3fffffffffffffff ;;
	nop.x 0x123456789 ;;
	hint.x 0 ;;
	hint.x @pause ;;
{ .mlx
	nop.m 0
	nop 5 ;;
}
{ .mlx
	nop.m 0
	break 0x100000 ;;
}
{ .mlx
	nop.m 0
	hint 1 ;;
}

// move long immediate (X2)
	movl r1 = 0 ;;
	movl r2 = 0xffffffffffffffff ;;
	(p5) movl r127 = 0x1234567890abcdef ;;
	movl r3 = -2 ;;

// long branch, unpredicated short spellings
	brl x_unit ;;
	brl.few x_unit ;;
	brl.many x_unit ;;
	brl.clr x_unit ;;
	brl.few.clr x_unit ;;
	brl.many.clr x_unit ;;

// long conditional branch (X3): every hint spelling, with and without .cond
	(p6) brl.cond.sptk 1f ;;
	(p6) brl.cond.sptk.clr 1f ;;
	(p6) brl.cond.sptk.few 1f ;;
	(p6) brl.cond.sptk.few.clr 1f ;;
	(p6) brl.cond.sptk.many 1f ;;
	(p6) brl.cond.sptk.many.clr 1f ;;
	(p6) brl.cond.spnt 1f ;;
	(p6) brl.cond.spnt.clr 1f ;;
	(p6) brl.cond.spnt.few 1f ;;
	(p6) brl.cond.spnt.few.clr 1f ;;
	(p6) brl.cond.spnt.many 1f ;;
	(p6) brl.cond.spnt.many.clr 1f ;;
	(p6) brl.cond.dptk 1f ;;
	(p6) brl.cond.dptk.clr 1f ;;
	(p6) brl.cond.dptk.few 1f ;;
	(p6) brl.cond.dptk.few.clr 1f ;;
	(p6) brl.cond.dptk.many 1f ;;
	(p6) brl.cond.dptk.many.clr 1f ;;
	(p6) brl.cond.dpnt 1f ;;
	(p6) brl.cond.dpnt.clr 1f ;;
	(p6) brl.cond.dpnt.few 1f ;;
	(p6) brl.cond.dpnt.few.clr 1f ;;
	(p6) brl.cond.dpnt.many 1f ;;
	(p6) brl.cond.dpnt.many.clr 1f ;;
	(p6) brl.sptk 1f ;;
	(p6) brl.sptk.clr 1f ;;
	(p6) brl.sptk.few 1f ;;
	(p6) brl.sptk.few.clr 1f ;;
	(p6) brl.sptk.many 1f ;;
	(p6) brl.sptk.many.clr 1f ;;
	(p6) brl.spnt 1f ;;
	(p6) brl.spnt.clr 1f ;;
	(p6) brl.spnt.few 1f ;;
	(p6) brl.spnt.few.clr 1f ;;
	(p6) brl.spnt.many 1f ;;
	(p6) brl.spnt.many.clr 1f ;;
	(p6) brl.dptk 1f ;;
	(p6) brl.dptk.clr 1f ;;
	(p6) brl.dptk.few 1f ;;
	(p6) brl.dptk.few.clr 1f ;;
	(p6) brl.dptk.many 1f ;;
	(p6) brl.dptk.many.clr 1f ;;
	(p6) brl.dpnt 1f ;;
	(p6) brl.dpnt.clr 1f ;;
	(p6) brl.dpnt.few 1f ;;
	(p6) brl.dpnt.few.clr 1f ;;
	(p6) brl.dpnt.many 1f ;;
	(p6) brl.dpnt.many.clr 1f ;;
1:

// long call (X4): every hint spelling
	brl.call.sptk b1 = x_unit ;;
	brl.call.sptk.clr b2 = x_unit ;;
	brl.call.sptk.few b3 = x_unit ;;
	brl.call.sptk.few.clr b4 = x_unit ;;
	brl.call.sptk.many b5 = x_unit ;;
	brl.call.sptk.many.clr b6 = x_unit ;;
	brl.call.spnt b7 = x_unit ;;
	brl.call.spnt.clr b0 = x_unit ;;
	brl.call.spnt.few b1 = x_unit ;;
	brl.call.spnt.few.clr b2 = x_unit ;;
	brl.call.spnt.many b3 = x_unit ;;
	brl.call.spnt.many.clr b4 = x_unit ;;
	brl.call.dptk b5 = x_unit ;;
	brl.call.dptk.clr b6 = x_unit ;;
	brl.call.dptk.few b7 = x_unit ;;
	brl.call.dptk.few.clr b0 = x_unit ;;
	brl.call.dptk.many b1 = x_unit ;;
	brl.call.dptk.many.clr b2 = x_unit ;;
	brl.call.dpnt b3 = x_unit ;;
	brl.call.dpnt.clr b4 = x_unit ;;
	brl.call.dpnt.few b5 = x_unit ;;
	brl.call.dpnt.few.clr b6 = x_unit ;;
	brl.call.dpnt.many b7 = x_unit ;;
	brl.call.dpnt.many.clr b0 = x_unit ;;
