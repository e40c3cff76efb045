// ia64play run: print each argument after argv[0] on its own line, from
// the initial stack (argc at sp+16, argv after it); exit with argc.
	.explicit
	.text
	.global _start
	.proc _start
_start:
	alloc loc7 = ar.pfs, 0, 8, 3, 0
	adds loc0 = 16, sp
	;;
	ld8 loc1 = [loc0], 16		// argc; loc0 -> argv[1]
	mov loc2 = 1			// i
	;;
.Lnext:
	cmp.ge p6, p0 = loc2, loc1
(p6)	br.cond.spnt.few .Ldone
	;;
	ld8 loc3 = [loc0], 8		// argv[i]
	;;
	mov loc4 = loc3
	;;
.Llen:
	ld1 loc5 = [loc4]
	;;
	cmp.ne p7, p0 = 0, loc5
	;;
(p7)	adds loc4 = 1, loc4
(p7)	br.cond.sptk.few .Llen
	;;
	mov out0 = 1
	mov out1 = loc3
	sub out2 = loc4, loc3
	mov r15 = 1027
	;;
	break 0x100000
	;;
	mov out0 = 1
	movl out1 = newline
	mov out2 = 1
	mov r15 = 1027
	;;
	break 0x100000
	;;
	adds loc2 = 1, loc2
	br.cond.sptk.few .Lnext
	;;
.Ldone:
	mov out0 = loc1
	mov r15 = 1025
	;;
	break 0x100000
	;;
	.endp _start

	.data
newline: .ascii "\n"
