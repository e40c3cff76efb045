// ia64play run --stats: a tight integer loop (the speed benchmark):
// 50 million iterations of an add and a counted-loop branch, then exit 0.
	.explicit
	.text
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 0, 1, 0
	movl r2 = 50000000 - 1
	mov r3 = 0
	;;
	mov ar.lc = r2
	;;
.Lloop:
	{ .mib
	add r3 = 1, r3
	nop.i 0
	br.cloop.sptk.few .Lloop
	;;
	}
	mov out0 = 0
	mov r15 = 1025
	;;
	break 0x100000
	;;
	.endp _start
