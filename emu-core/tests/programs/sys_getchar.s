// ia64play run --system: echo standard input through SSC_GETCHAR and
// SSC_PUTCHAR (break 0x80000, the other spelling), swapping letter case,
// until GETCHAR answers 0; exit with the number of characters echoed.
	.explicit
	.text
	.global _start
	.proc _start
_start:
	mov r40 = 0
	;;
.Lloop:
	mov r15 = 21			// SSC_GETCHAR
	;;
	break 0x80000
	;;
	cmp.eq p6, p0 = 0, r8
(p6)	br.cond.spnt.few .Lexit
	;;
	// Letters: flip bit 5 (0x20) to swap case.
	and r9 = -0x21, r8		// upper case of r8
	mov r11 = 26
	mov r32 = r8
	;;
	adds r10 = -0x41, r9		// 0..25 for letters
	;;
	cmp.ltu p7, p0 = r10, r11
	;;
(p7)	xor r32 = 0x20, r8
	mov r15 = 31			// SSC_PUTCHAR
	adds r40 = 1, r40
	;;
	break 0x80000
	;;
	br.cond.sptk.few .Lloop
	;;
.Lexit:
	mov r32 = r40
	mov r15 = 66			// SSC_EXIT
	;;
	break 0x80001
	;;
	.endp _start
