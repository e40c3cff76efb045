// Labels and branches: named and numeric local labels (1b/1f), labels in
// the middle of instruction groups (each starts a new bundle), labels
// followed by data or section changes, `.proc`/`.endp`, global labels
// (`name::`), stacked registers (in/loc/out) from `.regstk`, and
// IP-relative branches forward and backward, to labels in other bundles.
	.text
	.global _start
	.proc _start
_start:
	add r1 = r2, r3
	add r4 = r5, r6
mid:	add r7 = r8, r9			// a label starts a new bundle
	cmp.eq p6, p7 = r1, r4 ;;
(p6)	br.cond.sptk.few 1f		// forward to the next `1:`
	add r10 = r11, r12 ;;
1:	add r13 = r14, r15
2:	sub r16 = r17, r18 ;;
(p7)	br.cond.dptk 1b			// back to the `1:` above
	br.sptk.many 2b ;;
	br.cond.sptk mid
	.endp _start

	.proc helper
helper::				// global by `::`
	.regstk 2, 3, 1, 0
	add loc0 = in0, in1
	add out0 = loc1, loc2 ;;
	mov r8 = loc0
	br.ret.sptk.many rp ;;
	.endp helper

// Two labels on one spot, one local, and a numeric label reused.
	.proc loop
loop:
.Lagain:
1:	adds r20 = -1, r20 ;;
	cmp.eq p8, p0 = r20, r0 ;;
(p8)	br.cond.dpnt.few .Ldone
	br.cond.sptk.few 1b ;;
.Ldone:
	br.sptk.few .Lagain ;;
	.endp loop

// Branches across many bundles, and to a label at the very end.
	.proc far
far:
	br.cond.sptk.many end ;;
	add r1 = r1, r1
	add r2 = r2, r2
	add r3 = r3, r3 ;;
	add r4 = r4, r4
	add r5 = r5, r5
	add r6 = r6, r6 ;;
	br.cond.sptk.many far ;;
	.endp far
end:
// A branch to a plain number (or a constant symbol defined above) is a
// displacement from the bundle, not an address: GNU's rule.
	HOP = 0x20
	br.cond.sptk.few 0x10 ;;
	br.cond.sptk.few HOP ;;
	nop 0 ;;
	nop 0 ;;
