// ia64play run: copy stdin to stdout in 64-byte reads; the exit status is
// the number of bytes copied, modulo 256.
	.explicit
	.text
	.global _start
	.proc _start
_start:
	alloc loc0 = ar.pfs, 0, 2, 3, 0
	mov loc1 = 0			// bytes copied
	;;
.Lread:
	mov out0 = 0			// stdin
	movl out1 = buf
	mov out2 = 64
	mov r15 = 1026			// read
	;;
	break 0x100000
	;;
	cmp.ge p6, p0 = 0, r8		// end of file (or error)
(p6)	br.cond.spnt.few .Ldone
	;;
	add loc1 = loc1, r8
	mov out2 = r8
	mov out0 = 1			// stdout
	movl out1 = buf
	mov r15 = 1027			// write
	;;
	break 0x100000
	;;
	br.cond.sptk.few .Lread
	;;
.Ldone:
	zxt1 out0 = loc1
	mov r15 = 1025			// exit
	;;
	break 0x100000
	;;
	.endp _start

	.bss
buf:	.skip 64
