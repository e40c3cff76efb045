// ia64play run --system: Ski-style bare metal. Print a string with
// SSC_PUTCHAR and stop with SSC_EXIT. Link at a physical address
// (ld -Ttext=0x100000 -Tdata=0x180000).
	.explicit
	.text
	.global _start
	.proc _start
_start:
	movl r2 = msg
	;;
.Lloop:
	ld1 r32 = [r2], 1
	;;
	cmp.eq p6, p0 = 0, r32
(p6)	br.cond.spnt.few .Lexit
	;;
	mov r15 = 31			// SSC_PUTCHAR
	;;
	break 0x80001
	;;
	br.cond.sptk.few .Lloop
	;;
.Lexit:
	mov r32 = 0
	mov r15 = 66			// SSC_EXIT
	;;
	break 0x80001
	;;
	.endp _start

	.data
msg:	.asciz "hello from bare metal\n"
