// ia64play run --system: a break that is not a simulator call goes
// through the IVT, as on hardware. Install an IVT, turn on interruption
// collection, execute `break 0x1234`; the handler reports cr.iim, steps
// cr.iip/ipsr.ri past the break and returns with rfi.
	.explicit
	.text
	.global _start
	.proc _start
_start:
	movl r2 = ivt
	;;
	mov cr.iva = r2
	;;
	ssm 0x2000			// psr.ic
	;;
	srlz.d
	;;
	movl r32 = before
	;;
	br.call.sptk.many b0 = puts
	;;
	{ .mii
	break.m 0x1234
	nop.i 0
	nop.i 0
	;;
	}
	movl r32 = after
	;;
	br.call.sptk.many b0 = puts
	;;
	mov r32 = 0
	mov r15 = 66			// SSC_EXIT
	;;
	break 0x80001
	;;
	.endp _start

// puts(r32 = string): print with SSC_PUTCHAR. Uses r14-r16, r32.
	.proc puts
puts:
	mov r14 = r32
	;;
.Lput:
	ld1 r32 = [r14], 1
	;;
	cmp.eq p6, p0 = 0, r32
(p6)	br.ret.sptk.many b0
	;;
	mov r15 = 31
	;;
	break 0x80001
	;;
	br.cond.sptk.few .Lput
	;;
	.endp puts

	.align 32768
ivt:
	.org ivt + 0x2c00		// Break Instruction vector
	mov r16 = cr.iim
	;;
	movl r17 = 0x1234
	;;
	cmp.eq p6, p7 = r16, r17
	;;
(p6)	movl r32 = caught
(p7)	movl r32 = wrong
	;;
	mov r18 = b0
	;;
	br.call.sptk.many b0 = puts
	;;
	mov b0 = r18
	// Resume at the next slot: ipsr.ri + 1, or the next bundle after slot 2.
	mov r16 = cr.ipsr
	mov r17 = cr.iip
	;;
	extr.u r19 = r16, 41, 2
	;;
	cmp.eq p8, p9 = 2, r19
	;;
(p9)	movl r20 = 1 << 41
	;;
(p9)	add r16 = r16, r20
(p8)	dep r16 = 0, r16, 41, 2
(p8)	adds r17 = 16, r17
	;;
	mov cr.ipsr = r16
	mov cr.iip = r17
	;;
	rfi
	;;
	.org ivt + 0x8000

	.data
before:	.asciz "before break\n"
caught:	.asciz "break 0x1234 caught\n"
wrong:	.asciz "wrong immediate\n"
after:	.asciz "resumed after rfi\n"
