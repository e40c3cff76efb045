// ia64play run: a recursion 300 calls deep whose frames hold 24 stacked
// registers each, so the register stack engine spills and fills thousands
// of registers. sum(n) = n + sum(n - 1) with every local written and read
// back; prints the sum (45150 = 0xb05e) in hex and exits with its low byte.
	.explicit
	.text
	.global _start
	.proc _start
_start:
	alloc loc0 = ar.pfs, 0, 1, 1, 0
	mov out0 = 300
	;;
	br.call.sptk.many b0 = sum
	;;
	mov out0 = r8
	mov loc0 = r8
	;;
	br.call.sptk.many b0 = puthex
	;;
	zxt1 out0 = loc0
	mov r15 = 1025
	;;
	break 0x100000
	;;
	.endp _start

// sum(in0): in0 + sum(in0 - 1), sum(0) = 0.
	.proc sum
sum:
	alloc loc0 = ar.pfs, 1, 22, 1, 0
	mov loc1 = b0
	cmp.eq p6, p0 = 0, in0
	;;
(p6)	mov r8 = 0
(p6)	br.cond.spnt.few .Lret
	;;
	// Fill the locals with values derived from in0.
	adds loc2 = 1, in0
	adds loc3 = 2, in0
	adds loc4 = 3, in0
	adds loc5 = 4, in0
	adds loc6 = 5, in0
	adds loc7 = 6, in0
	;;
	adds loc8 = 7, in0
	adds loc9 = 8, in0
	adds loc10 = 9, in0
	adds loc11 = 10, in0
	adds loc12 = 11, in0
	adds loc13 = 12, in0
	;;
	adds loc14 = 13, in0
	adds loc15 = 14, in0
	adds loc16 = 15, in0
	adds loc17 = 16, in0
	adds loc18 = 17, in0
	adds loc19 = 18, in0
	;;
	adds loc20 = 19, in0
	adds loc21 = 20, in0
	adds out0 = -1, in0
	;;
	br.call.sptk.many b0 = sum
	;;
	// r8 += in0, checking that every local survived the calls below.
	add r8 = r8, in0
	adds r9 = -1, loc2
	adds r10 = -20, loc21
	;;
	cmp.ne p7, p0 = r9, in0
	cmp.ne p8, p0 = r10, in0
	;;
(p7)	mov r8 = -1
	;;
(p8)	mov r8 = -1
	;;
.Lret:
	mov ar.pfs = loc0
	mov b0 = loc1
	;;
	br.ret.sptk.many b0
	;;
	.endp sum

// puthex(in0): write in0 as 16 hex digits and a newline.
	.proc puthex
puthex:
	alloc loc0 = ar.pfs, 1, 4, 3, 0
	movl loc1 = digits
	mov loc2 = 60			// shift
	movl loc3 = hexbuf
	;;
.Ldigit:
	shr.u r9 = in0, loc2
	;;
	and r9 = 0xf, r9
	;;
	add r9 = loc1, r9
	;;
	ld1 r9 = [r9]
	;;
	st1 [loc3] = r9, 1
	adds loc2 = -4, loc2
	;;
	cmp.ge p6, p0 = loc2, r0
(p6)	br.cond.sptk.few .Ldigit
	;;
	mov r9 = 10
	;;
	st1 [loc3] = r9
	mov out0 = 1
	movl out1 = hexbuf
	mov out2 = 17
	mov r15 = 1027
	;;
	break 0x100000
	;;
	mov ar.pfs = loc0
	;;
	br.ret.sptk.many b0
	;;
	.endp puthex

	.data
digits:	.ascii "0123456789abcdef"
	.bss
hexbuf:	.skip 17
