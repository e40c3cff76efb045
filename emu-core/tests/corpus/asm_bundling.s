// Automatic bundling: instruction groups of many shapes, no explicit
// bundles. Types: A (ALU), M/I/B/F units, D (nop/break, the slot picks
// the unit), X (long), L (must end a group: cover, rfi), S (must sit in
// slot 3: br.cloop, br.ctop). Every type appears in every position of
// 2- and 3-long groups; then a long stream with stops, labels and
// alignment at random places. Generated once with a fixed seed; GNU
// as -x picks the templates and nops we must match.
	.text
top:
// every pair
	addl r13 = 0x1234, r2
	adds r7 = 100, r8 ;;
	and r14 = 7, r15
	nop.m 0 ;;
	sub r4 = r5, r6
	nop.i 0 ;;
	addl r13 = 0x1234, r2
	nop.b 0 ;;
	cmp.eq p6, p7 = r9, r10
	nop.f 0 ;;
	sub r4 = r5, r6
	break 6 ;;
	and r14 = 7, r15
	movl r30 = 0x123456789 ;;
	cmp.eq p6, p7 = r9, r10
	cover ;;
	and r14 = 7, r15
	br.cloop.sptk.few top ;;
	nop.m 0
	cmp.eq p6, p7 = r9, r10 ;;
	nop.m 0
	st4 [r22] = r23, 8 ;;
	nop.m 0
	break.i 0x2 ;;
	nop.m 0
	break.b 0x3 ;;
	ld8 r20 = [r21]
	break.f 0x4 ;;
	break.m 0x1
	nop 5 ;;
	ld8 r20 = [r21]
	brl.sptk.few top ;;
	break.m 0x1
	cover ;;
	break.m 0x1
	br.ctop.dptk.many top ;;
	nop.i 0
	sub r4 = r5, r6 ;;
	nop.i 0
	break.m 0x1 ;;
	mov r26 = b1
	mov r26 = b1 ;;
	extr.u r24 = r25, 3, 5
	(p6) br.call.sptk.many b0 = top ;;
	mov r26 = b1
	break.f 0x4 ;;
	extr.u r24 = r25, 3, 5
	nop 5 ;;
	break.i 0x2
	brl.sptk.few top ;;
	break.i 0x2
	cover ;;
	extr.u r24 = r25, 3, 5
	br.wtop.sptk.few top ;;
	(p6) br.call.sptk.many b0 = top
	addl r13 = 0x1234, r2 ;;
	(p6) br.call.sptk.many b0 = top
	ld8 r20 = [r21] ;;
	nop.b 0
	nop.i 0 ;;
	(p6) br.call.sptk.many b0 = top
	break.b 0x3 ;;
	br.cond.sptk.few top
	nop.f 0 ;;
	(p6) br.call.sptk.many b0 = top
	break 6 ;;
	nop.b 0
	brl.sptk.few top ;;
	nop.b 0
	rfi ;;
	br.cond.sptk.few top
	br.ctop.dptk.many top ;;
	break.f 0x4
	shladd r16 = r17, 2, r18 ;;
	break.f 0x4
	nop.m 0 ;;
	nop.f 0
	extr.u r24 = r25, 3, 5 ;;
	break.f 0x4
	nop.b 0 ;;
	nop.f 0
	break.f 0x4 ;;
	break.f 0x4
	break 6 ;;
	break.f 0x4
	brl.sptk.few top ;;
	break.f 0x4
	cover ;;
	break.f 0x4
	br.ctop.dptk.many top ;;
	nop 5
	sub r4 = r5, r6 ;;
	break 6
	nop.m 0 ;;
	nop 5
	extr.u r24 = r25, 3, 5 ;;
	nop 5
	break.b 0x3 ;;
	break 6
	break.f 0x4 ;;
	break 6
	nop 5 ;;
	nop 5
	nop.x 7 ;;
	break 6
	rfi ;;
	break 6
	br.cloop.sptk.few top ;;
	nop.x 7
	mov r11 = r12 ;;
	brl.sptk.few top
	st4 [r22] = r23, 8 ;;
	nop.x 7
	mov r26 = b1 ;;
	movl r30 = 0x123456789
	break.b 0x3 ;;
	movl r30 = 0x123456789
	nop.f 0 ;;
	movl r30 = 0x123456789
	nop 5 ;;
	brl.sptk.few top
	movl r30 = 0x123456789 ;;
	movl r30 = 0x123456789
	clrrrb ;;
	brl.sptk.few top
	br.cloop.sptk.few top ;;
	clrrrb
	mov r11 = r12 ;;
	cover
	break.m 0x1 ;;
	clrrrb
	extr.u r24 = r25, 3, 5 ;;
	rfi
	br.cond.sptk.few top ;;
	cover
	nop.f 0 ;;
	clrrrb
	break 6 ;;
	clrrrb
	nop.x 7 ;;
	clrrrb
	cover ;;
	clrrrb
	br.wtop.sptk.few top ;;
	br.ctop.dptk.many top
	add r1 = r2, r3 ;;
	br.cloop.sptk.few top
	nop.m 0 ;;
	br.cloop.sptk.few top
	mov r26 = b1 ;;
	br.cloop.sptk.few top
	nop.b 0 ;;
	br.ctop.dptk.many top
	nop.f 0 ;;
	br.cloop.sptk.few top
	nop 5 ;;
	br.wtop.sptk.few top
	movl r30 = 0x123456789 ;;
	br.wtop.sptk.few top
	cover ;;
	br.ctop.dptk.many top
	br.wtop.sptk.few top ;;
// every triple
	add r1 = r2, r3
	sub r4 = r5, r6
	cmp.eq p6, p7 = r9, r10 ;;
	and r14 = 7, r15
	adds r7 = 100, r8
	ld8 r20 = [r21] ;;
	addl r13 = 0x1234, r2
	addl r13 = 0x1234, r2
	mov r26 = b1 ;;
	sub r4 = r5, r6
	sub r4 = r5, r6
	(p6) br.call.sptk.many b0 = top ;;
	shladd r16 = r17, 2, r18
	shladd r16 = r17, 2, r18
	break.f 0x4 ;;
	mov r11 = r12
	sub r4 = r5, r6
	nop 5 ;;
	sub r4 = r5, r6
	addl r13 = 0x1234, r2
	brl.sptk.few top ;;
	mov r11 = r12
	shladd r16 = r17, 2, r18
	rfi ;;
	adds r7 = 100, r8
	add r1 = r2, r3
	br.cloop.sptk.few top ;;
	addl r13 = 0x1234, r2
	break.m 0x1
	add r1 = r2, r3 ;;
	mov r11 = r12
	nop.m 0
	ld8 r20 = [r21] ;;
	addl r13 = 0x1234, r2
	break.m 0x1
	extr.u r24 = r25, 3, 5 ;;
	cmp.eq p6, p7 = r9, r10
	ld8 r20 = [r21]
	break.b 0x3 ;;
	cmp.eq p6, p7 = r9, r10
	break.m 0x1
	break.f 0x4 ;;
	cmp.eq p6, p7 = r9, r10
	break.m 0x1
	break 6 ;;
	addl r13 = 0x1234, r2
	nop.m 0
	movl r30 = 0x123456789 ;;
	mov r11 = r12
	st4 [r22] = r23, 8
	clrrrb ;;
	cmp.eq p6, p7 = r9, r10
	ld8 r20 = [r21]
	br.ctop.dptk.many top ;;
	addl r13 = 0x1234, r2
	extr.u r24 = r25, 3, 5
	sub r4 = r5, r6 ;;
	cmp.eq p6, p7 = r9, r10
	nop.i 0
	break.m 0x1 ;;
	shladd r16 = r17, 2, r18
	break.i 0x2
	extr.u r24 = r25, 3, 5 ;;
	cmp.eq p6, p7 = r9, r10
	mov r26 = b1
	nop.b 0 ;;
	shladd r16 = r17, 2, r18
	extr.u r24 = r25, 3, 5
	nop.f 0 ;;
	sub r4 = r5, r6
	mov r26 = b1
	nop 5 ;;
	shladd r16 = r17, 2, r18
	break.i 0x2
	nop.x 7 ;;
	addl r13 = 0x1234, r2
	nop.i 0
	rfi ;;
	and r14 = 7, r15
	mov r26 = b1
	br.ctop.dptk.many top ;;
	sub r4 = r5, r6
	break.b 0x3
	adds r7 = 100, r8 ;;
	adds r7 = 100, r8
	nop.b 0
	break.m 0x1 ;;
	shladd r16 = r17, 2, r18
	break.b 0x3
	mov r26 = b1 ;;
	addl r13 = 0x1234, r2
	break.b 0x3
	break.b 0x3 ;;
	add r1 = r2, r3
	nop.b 0
	nop.f 0 ;;
	adds r7 = 100, r8
	(p6) br.call.sptk.many b0 = top
	nop 5 ;;
	cmp.eq p6, p7 = r9, r10
	nop.b 0
	nop.x 7 ;;
	cmp.eq p6, p7 = r9, r10
	br.cond.sptk.few top
	rfi ;;
	cmp.eq p6, p7 = r9, r10
	br.cond.sptk.few top
	br.ctop.dptk.many top ;;
	and r14 = 7, r15
	nop.f 0
	add r1 = r2, r3 ;;
	addl r13 = 0x1234, r2
	break.f 0x4
	st4 [r22] = r23, 8 ;;
	adds r7 = 100, r8
	nop.f 0
	nop.i 0 ;;
	shladd r16 = r17, 2, r18
	nop.f 0
	nop.b 0 ;;
	adds r7 = 100, r8
	nop.f 0
	nop.f 0 ;;
	shladd r16 = r17, 2, r18
	nop.f 0
	nop 5 ;;
	addl r13 = 0x1234, r2
	break.f 0x4
	movl r30 = 0x123456789 ;;
	add r1 = r2, r3
	nop.f 0
	cover ;;
	mov r11 = r12
	nop.f 0
	br.cloop.sptk.few top ;;
	shladd r16 = r17, 2, r18
	nop 5
	sub r4 = r5, r6 ;;
	shladd r16 = r17, 2, r18
	break 6
	break.m 0x1 ;;
	mov r11 = r12
	break 6
	mov r26 = b1 ;;
	cmp.eq p6, p7 = r9, r10
	break 6
	break.b 0x3 ;;
	shladd r16 = r17, 2, r18
	nop 5
	break.f 0x4 ;;
	sub r4 = r5, r6
	break 6
	break 6 ;;
	addl r13 = 0x1234, r2
	nop 5
	brl.sptk.few top ;;
	cmp.eq p6, p7 = r9, r10
	break 6
	cover ;;
	cmp.eq p6, p7 = r9, r10
	break 6
	br.cloop.sptk.few top ;;
	adds r7 = 100, r8
	brl.sptk.few top
	addl r13 = 0x1234, r2 ;;
	adds r7 = 100, r8
	nop.x 7
	break.m 0x1 ;;
	shladd r16 = r17, 2, r18
	movl r30 = 0x123456789
	nop.i 0 ;;
	and r14 = 7, r15
	nop.x 7
	break.b 0x3 ;;
	cmp.eq p6, p7 = r9, r10
	movl r30 = 0x123456789
	break.f 0x4 ;;
	and r14 = 7, r15
	nop.x 7
	break 6 ;;
	cmp.eq p6, p7 = r9, r10
	nop.x 7
	nop.x 7 ;;
	sub r4 = r5, r6
	brl.sptk.few top
	clrrrb ;;
	add r1 = r2, r3
	nop.x 7
	br.wtop.sptk.few top ;;
	shladd r16 = r17, 2, r18
	clrrrb
	add r1 = r2, r3 ;;
	and r14 = 7, r15
	clrrrb
	ld8 r20 = [r21] ;;
	sub r4 = r5, r6
	cover
	break.i 0x2 ;;
	sub r4 = r5, r6
	cover
	br.cond.sptk.few top ;;
	mov r11 = r12
	cover
	nop.f 0 ;;
	mov r11 = r12
	cover
	break 6 ;;
	mov r11 = r12
	clrrrb
	movl r30 = 0x123456789 ;;
	shladd r16 = r17, 2, r18
	rfi
	clrrrb ;;
	sub r4 = r5, r6
	clrrrb
	br.cloop.sptk.few top ;;
	adds r7 = 100, r8
	br.ctop.dptk.many top
	sub r4 = r5, r6 ;;
	mov r11 = r12
	br.cloop.sptk.few top
	nop.m 0 ;;
	mov r11 = r12
	br.cloop.sptk.few top
	break.i 0x2 ;;
	sub r4 = r5, r6
	br.ctop.dptk.many top
	nop.b 0 ;;
	shladd r16 = r17, 2, r18
	br.cloop.sptk.few top
	break.f 0x4 ;;
	and r14 = 7, r15
	br.ctop.dptk.many top
	nop 5 ;;
	add r1 = r2, r3
	br.wtop.sptk.few top
	brl.sptk.few top ;;
	cmp.eq p6, p7 = r9, r10
	br.cloop.sptk.few top
	cover ;;
	mov r11 = r12
	br.cloop.sptk.few top
	br.cloop.sptk.few top ;;
	break.m 0x1
	mov r11 = r12
	mov r11 = r12 ;;
	break.m 0x1
	mov r11 = r12
	st4 [r22] = r23, 8 ;;
	break.m 0x1
	mov r11 = r12
	extr.u r24 = r25, 3, 5 ;;
	nop.m 0
	mov r11 = r12
	nop.b 0 ;;
	nop.m 0
	add r1 = r2, r3
	nop.f 0 ;;
	st4 [r22] = r23, 8
	cmp.eq p6, p7 = r9, r10
	break 6 ;;
	nop.m 0
	and r14 = 7, r15
	brl.sptk.few top ;;
	st4 [r22] = r23, 8
	and r14 = 7, r15
	rfi ;;
	ld8 r20 = [r21]
	cmp.eq p6, p7 = r9, r10
	br.cloop.sptk.few top ;;
	ld8 r20 = [r21]
	break.m 0x1
	adds r7 = 100, r8 ;;
	st4 [r22] = r23, 8
	ld8 r20 = [r21]
	nop.m 0 ;;
	break.m 0x1
	nop.m 0
	nop.i 0 ;;
	ld8 r20 = [r21]
	st4 [r22] = r23, 8
	break.b 0x3 ;;
	nop.m 0
	nop.m 0
	break.f 0x4 ;;
	ld8 r20 = [r21]
	break.m 0x1
	break 6 ;;
	nop.m 0
	st4 [r22] = r23, 8
	movl r30 = 0x123456789 ;;
	break.m 0x1
	ld8 r20 = [r21]
	clrrrb ;;
	nop.m 0
	ld8 r20 = [r21]
	br.ctop.dptk.many top ;;
	ld8 r20 = [r21]
	extr.u r24 = r25, 3, 5
	cmp.eq p6, p7 = r9, r10 ;;
	nop.m 0
	extr.u r24 = r25, 3, 5
	break.m 0x1 ;;
	ld8 r20 = [r21]
	break.i 0x2
	nop.i 0 ;;
	ld8 r20 = [r21]
	mov r26 = b1
	nop.b 0 ;;
	st4 [r22] = r23, 8
	extr.u r24 = r25, 3, 5
	nop.f 0 ;;
	break.m 0x1
	nop.i 0
	nop 5 ;;
	ld8 r20 = [r21]
	nop.i 0
	movl r30 = 0x123456789 ;;
	st4 [r22] = r23, 8
	nop.i 0
	clrrrb ;;
	nop.m 0
	extr.u r24 = r25, 3, 5
	br.ctop.dptk.many top ;;
	break.m 0x1
	nop.b 0
	adds r7 = 100, r8 ;;
	st4 [r22] = r23, 8
	br.cond.sptk.few top
	st4 [r22] = r23, 8 ;;
	break.m 0x1
	br.cond.sptk.few top
	break.i 0x2 ;;
	nop.m 0
	(p6) br.call.sptk.many b0 = top
	break.b 0x3 ;;
	nop.m 0
	break.b 0x3
	nop.f 0 ;;
	nop.m 0
	nop.b 0
	nop 5 ;;
	ld8 r20 = [r21]
	nop.b 0
	nop.x 7 ;;
	st4 [r22] = r23, 8
	nop.b 0
	rfi ;;
	nop.m 0
	break.b 0x3
	br.ctop.dptk.many top ;;
	ld8 r20 = [r21]
	nop.f 0
	shladd r16 = r17, 2, r18 ;;
	nop.m 0
	nop.f 0
	nop.m 0 ;;
	st4 [r22] = r23, 8
	break.f 0x4
	nop.i 0 ;;
	ld8 r20 = [r21]
	nop.f 0
	break.b 0x3 ;;
	break.m 0x1
	break.f 0x4
	break.f 0x4 ;;
	st4 [r22] = r23, 8
	nop.f 0
	break 6 ;;
	ld8 r20 = [r21]
	nop.f 0
	brl.sptk.few top ;;
	break.m 0x1
	nop.f 0
	rfi ;;
	break.m 0x1
	break.f 0x4
	br.ctop.dptk.many top ;;
	ld8 r20 = [r21]
	nop 5
	add r1 = r2, r3 ;;
	st4 [r22] = r23, 8
	nop 5
	st4 [r22] = r23, 8 ;;
	ld8 r20 = [r21]
	nop 5
	break.i 0x2 ;;
	st4 [r22] = r23, 8
	break 6
	br.cond.sptk.few top ;;
	st4 [r22] = r23, 8
	break 6
	break.f 0x4 ;;
	nop.m 0
	nop 5
	break 6 ;;
	nop.m 0
	break 6
	movl r30 = 0x123456789 ;;
	ld8 r20 = [r21]
	break 6
	cover ;;
	st4 [r22] = r23, 8
	break 6
	br.ctop.dptk.many top ;;
	break.m 0x1
	movl r30 = 0x123456789
	sub r4 = r5, r6 ;;
	nop.m 0
	movl r30 = 0x123456789
	ld8 r20 = [r21] ;;
	ld8 r20 = [r21]
	movl r30 = 0x123456789
	extr.u r24 = r25, 3, 5 ;;
	nop.m 0
	brl.sptk.few top
	br.cond.sptk.few top ;;
	break.m 0x1
	nop.x 7
	break.f 0x4 ;;
	st4 [r22] = r23, 8
	movl r30 = 0x123456789
	nop 5 ;;
	nop.m 0
	nop.x 7
	brl.sptk.few top ;;
	st4 [r22] = r23, 8
	nop.x 7
	clrrrb ;;
	break.m 0x1
	nop.x 7
	br.ctop.dptk.many top ;;
	st4 [r22] = r23, 8
	clrrrb
	sub r4 = r5, r6 ;;
	ld8 r20 = [r21]
	cover
	ld8 r20 = [r21] ;;
	ld8 r20 = [r21]
	clrrrb
	nop.i 0 ;;
	break.m 0x1
	rfi
	nop.b 0 ;;
	ld8 r20 = [r21]
	clrrrb
	break.f 0x4 ;;
	nop.m 0
	clrrrb
	break 6 ;;
	nop.m 0
	clrrrb
	nop.x 7 ;;
	ld8 r20 = [r21]
	cover
	clrrrb ;;
	nop.m 0
	cover
	br.wtop.sptk.few top ;;
	ld8 r20 = [r21]
	br.wtop.sptk.few top
	adds r7 = 100, r8 ;;
	break.m 0x1
	br.ctop.dptk.many top
	st4 [r22] = r23, 8 ;;
	ld8 r20 = [r21]
	br.cloop.sptk.few top
	extr.u r24 = r25, 3, 5 ;;
	st4 [r22] = r23, 8
	br.cloop.sptk.few top
	(p6) br.call.sptk.many b0 = top ;;
	break.m 0x1
	br.wtop.sptk.few top
	nop.f 0 ;;
	nop.m 0
	br.wtop.sptk.few top
	break 6 ;;
	st4 [r22] = r23, 8
	br.wtop.sptk.few top
	movl r30 = 0x123456789 ;;
	ld8 r20 = [r21]
	br.ctop.dptk.many top
	cover ;;
	break.m 0x1
	br.cloop.sptk.few top
	br.ctop.dptk.many top ;;
	mov r26 = b1
	addl r13 = 0x1234, r2
	mov r11 = r12 ;;
	extr.u r24 = r25, 3, 5
	mov r11 = r12
	ld8 r20 = [r21] ;;
	mov r26 = b1
	cmp.eq p6, p7 = r9, r10
	extr.u r24 = r25, 3, 5 ;;
	mov r26 = b1
	and r14 = 7, r15
	nop.b 0 ;;
	break.i 0x2
	adds r7 = 100, r8
	nop.f 0 ;;
	break.i 0x2
	shladd r16 = r17, 2, r18
	nop 5 ;;
	mov r26 = b1
	addl r13 = 0x1234, r2
	nop.x 7 ;;
	mov r26 = b1
	adds r7 = 100, r8
	rfi ;;
	break.i 0x2
	cmp.eq p6, p7 = r9, r10
	br.cloop.sptk.few top ;;
	break.i 0x2
	ld8 r20 = [r21]
	sub r4 = r5, r6 ;;
	extr.u r24 = r25, 3, 5
	break.m 0x1
	ld8 r20 = [r21] ;;
	extr.u r24 = r25, 3, 5
	break.m 0x1
	nop.i 0 ;;
	mov r26 = b1
	st4 [r22] = r23, 8
	(p6) br.call.sptk.many b0 = top ;;
	break.i 0x2
	st4 [r22] = r23, 8
	break.f 0x4 ;;
	extr.u r24 = r25, 3, 5
	nop.m 0
	break 6 ;;
	extr.u r24 = r25, 3, 5
	ld8 r20 = [r21]
	movl r30 = 0x123456789 ;;
	break.i 0x2
	nop.m 0
	clrrrb ;;
	break.i 0x2
	st4 [r22] = r23, 8
	br.ctop.dptk.many top ;;
	mov r26 = b1
	mov r26 = b1
	mov r11 = r12 ;;
	nop.i 0
	break.i 0x2
	nop.m 0 ;;
	mov r26 = b1
	mov r26 = b1
	mov r26 = b1 ;;
	nop.i 0
	nop.i 0
	(p6) br.call.sptk.many b0 = top ;;
	mov r26 = b1
	mov r26 = b1
	nop.f 0 ;;
	nop.i 0
	break.i 0x2
	nop 5 ;;
	break.i 0x2
	nop.i 0
	brl.sptk.few top ;;
	mov r26 = b1
	nop.i 0
	rfi ;;
	nop.i 0
	nop.i 0
	br.cloop.sptk.few top ;;
	break.i 0x2
	nop.b 0
	mov r11 = r12 ;;
	break.i 0x2
	br.cond.sptk.few top
	st4 [r22] = r23, 8 ;;
	nop.i 0
	nop.b 0
	nop.i 0 ;;
	extr.u r24 = r25, 3, 5
	break.b 0x3
	(p6) br.call.sptk.many b0 = top ;;
	extr.u r24 = r25, 3, 5
	break.b 0x3
	nop.f 0 ;;
	nop.i 0
	br.cond.sptk.few top
	break 6 ;;
	extr.u r24 = r25, 3, 5
	br.cond.sptk.few top
	brl.sptk.few top ;;
	break.i 0x2
	(p6) br.call.sptk.many b0 = top
	rfi ;;
	break.i 0x2
	break.b 0x3
	br.cloop.sptk.few top ;;
	mov r26 = b1
	break.f 0x4
	add r1 = r2, r3 ;;
	nop.i 0
	nop.f 0
	st4 [r22] = r23, 8 ;;
	mov r26 = b1
	nop.f 0
	extr.u r24 = r25, 3, 5 ;;
	break.i 0x2
	break.f 0x4
	br.cond.sptk.few top ;;
	break.i 0x2
	break.f 0x4
	nop.f 0 ;;
	extr.u r24 = r25, 3, 5
	break.f 0x4
	break 6 ;;
	mov r26 = b1
	nop.f 0
	movl r30 = 0x123456789 ;;
	extr.u r24 = r25, 3, 5
	nop.f 0
	cover ;;
	mov r26 = b1
	nop.f 0
	br.ctop.dptk.many top ;;
	break.i 0x2
	nop 5
	shladd r16 = r17, 2, r18 ;;
	break.i 0x2
	break 6
	ld8 r20 = [r21] ;;
	nop.i 0
	break 6
	break.i 0x2 ;;
	break.i 0x2
	break 6
	(p6) br.call.sptk.many b0 = top ;;
	nop.i 0
	nop 5
	break.f 0x4 ;;
	nop.i 0
	nop 5
	nop 5 ;;
	break.i 0x2
	break 6
	movl r30 = 0x123456789 ;;
	nop.i 0
	nop 5
	clrrrb ;;
	mov r26 = b1
	break 6
	br.wtop.sptk.few top ;;
	nop.i 0
	movl r30 = 0x123456789
	adds r7 = 100, r8 ;;
	extr.u r24 = r25, 3, 5
	movl r30 = 0x123456789
	break.m 0x1 ;;
	mov r26 = b1
	movl r30 = 0x123456789
	extr.u r24 = r25, 3, 5 ;;
	mov r26 = b1
	nop.x 7
	br.cond.sptk.few top ;;
	mov r26 = b1
	movl r30 = 0x123456789
	nop.f 0 ;;
	nop.i 0
	movl r30 = 0x123456789
	break 6 ;;
	nop.i 0
	nop.x 7
	nop.x 7 ;;
	nop.i 0
	brl.sptk.few top
	cover ;;
	mov r26 = b1
	nop.x 7
	br.ctop.dptk.many top ;;
	mov r26 = b1
	cover
	add r1 = r2, r3 ;;
	mov r26 = b1
	cover
	ld8 r20 = [r21] ;;
	mov r26 = b1
	cover
	extr.u r24 = r25, 3, 5 ;;
	extr.u r24 = r25, 3, 5
	rfi
	(p6) br.call.sptk.many b0 = top ;;
	nop.i 0
	rfi
	break.f 0x4 ;;
	break.i 0x2
	rfi
	break 6 ;;
	nop.i 0
	clrrrb
	movl r30 = 0x123456789 ;;
	mov r26 = b1
	cover
	cover ;;
	extr.u r24 = r25, 3, 5
	cover
	br.wtop.sptk.few top ;;
	nop.i 0
	br.wtop.sptk.few top
	addl r13 = 0x1234, r2 ;;
	extr.u r24 = r25, 3, 5
	br.ctop.dptk.many top
	ld8 r20 = [r21] ;;
	nop.i 0
	br.ctop.dptk.many top
	extr.u r24 = r25, 3, 5 ;;
	extr.u r24 = r25, 3, 5
	br.ctop.dptk.many top
	nop.b 0 ;;
	nop.i 0
	br.cloop.sptk.few top
	nop.f 0 ;;
	nop.i 0
	br.ctop.dptk.many top
	break 6 ;;
	mov r26 = b1
	br.ctop.dptk.many top
	nop.x 7 ;;
	mov r26 = b1
	br.cloop.sptk.few top
	clrrrb ;;
	break.i 0x2
	br.cloop.sptk.few top
	br.wtop.sptk.few top ;;
	br.cond.sptk.few top
	adds r7 = 100, r8
	cmp.eq p6, p7 = r9, r10 ;;
	br.cond.sptk.few top
	addl r13 = 0x1234, r2
	st4 [r22] = r23, 8 ;;
	br.cond.sptk.few top
	sub r4 = r5, r6
	break.i 0x2 ;;
	(p6) br.call.sptk.many b0 = top
	adds r7 = 100, r8
	break.b 0x3 ;;
	(p6) br.call.sptk.many b0 = top
	sub r4 = r5, r6
	nop.f 0 ;;
	(p6) br.call.sptk.many b0 = top
	addl r13 = 0x1234, r2
	nop 5 ;;
	(p6) br.call.sptk.many b0 = top
	sub r4 = r5, r6
	movl r30 = 0x123456789 ;;
	br.cond.sptk.few top
	sub r4 = r5, r6
	cover ;;
	nop.b 0
	and r14 = 7, r15
	br.ctop.dptk.many top ;;
	(p6) br.call.sptk.many b0 = top
	break.m 0x1
	cmp.eq p6, p7 = r9, r10 ;;
	break.b 0x3
	st4 [r22] = r23, 8
	st4 [r22] = r23, 8 ;;
	break.b 0x3
	nop.m 0
	extr.u r24 = r25, 3, 5 ;;
	br.cond.sptk.few top
	ld8 r20 = [r21]
	br.cond.sptk.few top ;;
	br.cond.sptk.few top
	ld8 r20 = [r21]
	break.f 0x4 ;;
	break.b 0x3
	st4 [r22] = r23, 8
	nop 5 ;;
	break.b 0x3
	break.m 0x1
	movl r30 = 0x123456789 ;;
	break.b 0x3
	ld8 r20 = [r21]
	rfi ;;
	break.b 0x3
	ld8 r20 = [r21]
	br.cloop.sptk.few top ;;
	(p6) br.call.sptk.many b0 = top
	extr.u r24 = r25, 3, 5
	cmp.eq p6, p7 = r9, r10 ;;
	break.b 0x3
	nop.i 0
	st4 [r22] = r23, 8 ;;
	nop.b 0
	nop.i 0
	nop.i 0 ;;
	(p6) br.call.sptk.many b0 = top
	break.i 0x2
	(p6) br.call.sptk.many b0 = top ;;
	br.cond.sptk.few top
	nop.i 0
	break.f 0x4 ;;
	break.b 0x3
	nop.i 0
	nop 5 ;;
	break.b 0x3
	break.i 0x2
	movl r30 = 0x123456789 ;;
	br.cond.sptk.few top
	break.i 0x2
	clrrrb ;;
	br.cond.sptk.few top
	nop.i 0
	br.cloop.sptk.few top ;;
	br.cond.sptk.few top
	break.b 0x3
	add r1 = r2, r3 ;;
	br.cond.sptk.few top
	br.cond.sptk.few top
	break.m 0x1 ;;
	nop.b 0
	break.b 0x3
	extr.u r24 = r25, 3, 5 ;;
	nop.b 0
	break.b 0x3
	nop.b 0 ;;
	br.cond.sptk.few top
	(p6) br.call.sptk.many b0 = top
	break.f 0x4 ;;
	break.b 0x3
	br.cond.sptk.few top
	nop 5 ;;
	break.b 0x3
	nop.b 0
	nop.x 7 ;;
	(p6) br.call.sptk.many b0 = top
	nop.b 0
	clrrrb ;;
	nop.b 0
	(p6) br.call.sptk.many b0 = top
	br.wtop.sptk.few top ;;
	break.b 0x3
	nop.f 0
	adds r7 = 100, r8 ;;
	(p6) br.call.sptk.many b0 = top
	break.f 0x4
	st4 [r22] = r23, 8 ;;
	br.cond.sptk.few top
	break.f 0x4
	mov r26 = b1 ;;
	nop.b 0
	break.f 0x4
	br.cond.sptk.few top ;;
	(p6) br.call.sptk.many b0 = top
	break.f 0x4
	nop.f 0 ;;
	br.cond.sptk.few top
	nop.f 0
	break 6 ;;
	(p6) br.call.sptk.many b0 = top
	nop.f 0
	movl r30 = 0x123456789 ;;
	(p6) br.call.sptk.many b0 = top
	nop.f 0
	clrrrb ;;
	nop.b 0
	nop.f 0
	br.ctop.dptk.many top ;;
	br.cond.sptk.few top
	break 6
	adds r7 = 100, r8 ;;
	break.b 0x3
	nop 5
	nop.m 0 ;;
	break.b 0x3
	break 6
	nop.i 0 ;;
	br.cond.sptk.few top
	nop 5
	break.b 0x3 ;;
	br.cond.sptk.few top
	break 6
	nop.f 0 ;;
	break.b 0x3
	nop 5
	nop 5 ;;
	(p6) br.call.sptk.many b0 = top
	break 6
	movl r30 = 0x123456789 ;;
	br.cond.sptk.few top
	nop 5
	cover ;;
	(p6) br.call.sptk.many b0 = top
	break 6
	br.cloop.sptk.few top ;;
	(p6) br.call.sptk.many b0 = top
	movl r30 = 0x123456789
	adds r7 = 100, r8 ;;
	break.b 0x3
	brl.sptk.few top
	st4 [r22] = r23, 8 ;;
	break.b 0x3
	nop.x 7
	break.i 0x2 ;;
	break.b 0x3
	movl r30 = 0x123456789
	(p6) br.call.sptk.many b0 = top ;;
	break.b 0x3
	nop.x 7
	break.f 0x4 ;;
	nop.b 0
	movl r30 = 0x123456789
	nop 5 ;;
	break.b 0x3
	movl r30 = 0x123456789
	brl.sptk.few top ;;
	nop.b 0
	brl.sptk.few top
	clrrrb ;;
	nop.b 0
	nop.x 7
	br.wtop.sptk.few top ;;
	(p6) br.call.sptk.many b0 = top
	rfi
	mov r11 = r12 ;;
	(p6) br.call.sptk.many b0 = top
	clrrrb
	break.m 0x1 ;;
	(p6) br.call.sptk.many b0 = top
	clrrrb
	extr.u r24 = r25, 3, 5 ;;
	(p6) br.call.sptk.many b0 = top
	rfi
	(p6) br.call.sptk.many b0 = top ;;
	break.b 0x3
	cover
	nop.f 0 ;;
	(p6) br.call.sptk.many b0 = top
	clrrrb
	nop 5 ;;
	(p6) br.call.sptk.many b0 = top
	rfi
	nop.x 7 ;;
	break.b 0x3
	clrrrb
	clrrrb ;;
	nop.b 0
	cover
	br.cloop.sptk.few top ;;
	br.cond.sptk.few top
	br.ctop.dptk.many top
	addl r13 = 0x1234, r2 ;;
	nop.b 0
	br.ctop.dptk.many top
	nop.m 0 ;;
	nop.b 0
	br.wtop.sptk.few top
	break.i 0x2 ;;
	nop.b 0
	br.wtop.sptk.few top
	br.cond.sptk.few top ;;
	nop.b 0
	br.cloop.sptk.few top
	break.f 0x4 ;;
	break.b 0x3
	br.cloop.sptk.few top
	nop 5 ;;
	nop.b 0
	br.cloop.sptk.few top
	movl r30 = 0x123456789 ;;
	(p6) br.call.sptk.many b0 = top
	br.ctop.dptk.many top
	cover ;;
	break.b 0x3
	br.cloop.sptk.few top
	br.ctop.dptk.many top ;;
	break.f 0x4
	adds r7 = 100, r8
	addl r13 = 0x1234, r2 ;;
	break.f 0x4
	shladd r16 = r17, 2, r18
	break.m 0x1 ;;
	break.f 0x4
	shladd r16 = r17, 2, r18
	break.i 0x2 ;;
	break.f 0x4
	cmp.eq p6, p7 = r9, r10
	br.cond.sptk.few top ;;
	break.f 0x4
	add r1 = r2, r3
	nop.f 0 ;;
	nop.f 0
	and r14 = 7, r15
	nop 5 ;;
	break.f 0x4
	addl r13 = 0x1234, r2
	nop.x 7 ;;
	nop.f 0
	mov r11 = r12
	cover ;;
	nop.f 0
	addl r13 = 0x1234, r2
	br.ctop.dptk.many top ;;
	nop.f 0
	ld8 r20 = [r21]
	and r14 = 7, r15 ;;
	break.f 0x4
	ld8 r20 = [r21]
	st4 [r22] = r23, 8 ;;
	break.f 0x4
	break.m 0x1
	extr.u r24 = r25, 3, 5 ;;
	break.f 0x4
	nop.m 0
	(p6) br.call.sptk.many b0 = top ;;
	nop.f 0
	break.m 0x1
	nop.f 0 ;;
	break.f 0x4
	ld8 r20 = [r21]
	break 6 ;;
	break.f 0x4
	nop.m 0
	brl.sptk.few top ;;
	nop.f 0
	break.m 0x1
	cover ;;
	break.f 0x4
	st4 [r22] = r23, 8
	br.ctop.dptk.many top ;;
	break.f 0x4
	nop.i 0
	adds r7 = 100, r8 ;;
	break.f 0x4
	break.i 0x2
	nop.m 0 ;;
	nop.f 0
	nop.i 0
	nop.i 0 ;;
	break.f 0x4
	extr.u r24 = r25, 3, 5
	nop.b 0 ;;
	break.f 0x4
	break.i 0x2
	break.f 0x4 ;;
	break.f 0x4
	break.i 0x2
	nop 5 ;;
	break.f 0x4
	mov r26 = b1
	movl r30 = 0x123456789 ;;
	nop.f 0
	nop.i 0
	cover ;;
	nop.f 0
	mov r26 = b1
	br.cloop.sptk.few top ;;
	nop.f 0
	break.b 0x3
	mov r11 = r12 ;;
	break.f 0x4
	br.cond.sptk.few top
	nop.m 0 ;;
	nop.f 0
	br.cond.sptk.few top
	mov r26 = b1 ;;
	break.f 0x4
	break.b 0x3
	break.b 0x3 ;;
	nop.f 0
	nop.b 0
	nop.f 0 ;;
	nop.f 0
	(p6) br.call.sptk.many b0 = top
	nop 5 ;;
	nop.f 0
	break.b 0x3
	movl r30 = 0x123456789 ;;
	nop.f 0
	nop.b 0
	rfi ;;
	nop.f 0
	break.b 0x3
	br.ctop.dptk.many top ;;
	nop.f 0
	break.f 0x4
	adds r7 = 100, r8 ;;
	break.f 0x4
	nop.f 0
	ld8 r20 = [r21] ;;
	nop.f 0
	break.f 0x4
	nop.i 0 ;;
	break.f 0x4
	break.f 0x4
	(p6) br.call.sptk.many b0 = top ;;
	nop.f 0
	break.f 0x4
	nop.f 0 ;;
	nop.f 0
	nop.f 0
	break 6 ;;
	nop.f 0
	nop.f 0
	movl r30 = 0x123456789 ;;
	break.f 0x4
	break.f 0x4
	rfi ;;
	nop.f 0
	break.f 0x4
	br.wtop.sptk.few top ;;
	break.f 0x4
	break 6
	mov r11 = r12 ;;
	nop.f 0
	nop 5
	nop.m 0 ;;
	nop.f 0
	break 6
	break.i 0x2 ;;
	nop.f 0
	nop 5
	br.cond.sptk.few top ;;
	nop.f 0
	break 6
	break.f 0x4 ;;
	nop.f 0
	break 6
	break 6 ;;
	break.f 0x4
	nop 5
	movl r30 = 0x123456789 ;;
	break.f 0x4
	nop 5
	rfi ;;
	break.f 0x4
	nop 5
	br.ctop.dptk.many top ;;
	nop.f 0
	brl.sptk.few top
	adds r7 = 100, r8 ;;
	nop.f 0
	movl r30 = 0x123456789
	nop.m 0 ;;
	nop.f 0
	movl r30 = 0x123456789
	break.i 0x2 ;;
	break.f 0x4
	movl r30 = 0x123456789
	nop.b 0 ;;
	nop.f 0
	movl r30 = 0x123456789
	nop.f 0 ;;
	nop.f 0
	brl.sptk.few top
	nop 5 ;;
	nop.f 0
	movl r30 = 0x123456789
	brl.sptk.few top ;;
	break.f 0x4
	movl r30 = 0x123456789
	rfi ;;
	nop.f 0
	brl.sptk.few top
	br.ctop.dptk.many top ;;
	nop.f 0
	cover
	cmp.eq p6, p7 = r9, r10 ;;
	nop.f 0
	cover
	nop.m 0 ;;
	nop.f 0
	rfi
	nop.i 0 ;;
	break.f 0x4
	clrrrb
	nop.b 0 ;;
	nop.f 0
	cover
	nop.f 0 ;;
	break.f 0x4
	clrrrb
	break 6 ;;
	break.f 0x4
	clrrrb
	movl r30 = 0x123456789 ;;
	break.f 0x4
	clrrrb
	clrrrb ;;
	nop.f 0
	rfi
	br.ctop.dptk.many top ;;
	break.f 0x4
	br.wtop.sptk.few top
	shladd r16 = r17, 2, r18 ;;
	break.f 0x4
	br.wtop.sptk.few top
	nop.m 0 ;;
	break.f 0x4
	br.cloop.sptk.few top
	mov r26 = b1 ;;
	nop.f 0
	br.ctop.dptk.many top
	(p6) br.call.sptk.many b0 = top ;;
	nop.f 0
	br.wtop.sptk.few top
	nop.f 0 ;;
	nop.f 0
	br.wtop.sptk.few top
	break 6 ;;
	nop.f 0
	br.ctop.dptk.many top
	movl r30 = 0x123456789 ;;
	nop.f 0
	br.ctop.dptk.many top
	cover ;;
	nop.f 0
	br.ctop.dptk.many top
	br.ctop.dptk.many top ;;
	nop 5
	shladd r16 = r17, 2, r18
	adds r7 = 100, r8 ;;
	break 6
	addl r13 = 0x1234, r2
	ld8 r20 = [r21] ;;
	nop 5
	mov r11 = r12
	break.i 0x2 ;;
	nop 5
	shladd r16 = r17, 2, r18
	break.b 0x3 ;;
	nop 5
	sub r4 = r5, r6
	break.f 0x4 ;;
	nop 5
	addl r13 = 0x1234, r2
	break 6 ;;
	nop 5
	and r14 = 7, r15
	nop.x 7 ;;
	nop 5
	and r14 = 7, r15
	rfi ;;
	nop 5
	addl r13 = 0x1234, r2
	br.cloop.sptk.few top ;;
	break 6
	ld8 r20 = [r21]
	and r14 = 7, r15 ;;
	nop 5
	st4 [r22] = r23, 8
	break.m 0x1 ;;
	break 6
	break.m 0x1
	nop.i 0 ;;
	break 6
	ld8 r20 = [r21]
	break.b 0x3 ;;
	break 6
	ld8 r20 = [r21]
	nop.f 0 ;;
	break 6
	st4 [r22] = r23, 8
	break 6 ;;
	nop 5
	break.m 0x1
	nop.x 7 ;;
	break 6
	break.m 0x1
	rfi ;;
	nop 5
	ld8 r20 = [r21]
	br.ctop.dptk.many top ;;
	nop 5
	break.i 0x2
	cmp.eq p6, p7 = r9, r10 ;;
	break 6
	extr.u r24 = r25, 3, 5
	break.m 0x1 ;;
	nop 5
	extr.u r24 = r25, 3, 5
	break.i 0x2 ;;
	break 6
	nop.i 0
	break.b 0x3 ;;
	nop 5
	break.i 0x2
	break.f 0x4 ;;
	nop 5
	break.i 0x2
	break 6 ;;
	break 6
	mov r26 = b1
	nop.x 7 ;;
	nop 5
	nop.i 0
	rfi ;;
	nop 5
	extr.u r24 = r25, 3, 5
	br.cloop.sptk.few top ;;
	break 6
	(p6) br.call.sptk.many b0 = top
	add r1 = r2, r3 ;;
	nop 5
	(p6) br.call.sptk.many b0 = top
	st4 [r22] = r23, 8 ;;
	nop 5
	br.cond.sptk.few top
	mov r26 = b1 ;;
	nop 5
	break.b 0x3
	br.cond.sptk.few top ;;
	break 6
	nop.b 0
	nop.f 0 ;;
	break 6
	(p6) br.call.sptk.many b0 = top
	nop 5 ;;
	nop 5
	break.b 0x3
	brl.sptk.few top ;;
	nop 5
	(p6) br.call.sptk.many b0 = top
	clrrrb ;;
	break 6
	br.cond.sptk.few top
	br.wtop.sptk.few top ;;
	nop 5
	break.f 0x4
	cmp.eq p6, p7 = r9, r10 ;;
	break 6
	nop.f 0
	ld8 r20 = [r21] ;;
	break 6
	break.f 0x4
	mov r26 = b1 ;;
	nop 5
	break.f 0x4
	break.b 0x3 ;;
	break 6
	nop.f 0
	break.f 0x4 ;;
	break 6
	nop.f 0
	nop 5 ;;
	break 6
	nop.f 0
	movl r30 = 0x123456789 ;;
	nop 5
	break.f 0x4
	cover ;;
	break 6
	nop.f 0
	br.wtop.sptk.few top ;;
	break 6
	nop 5
	addl r13 = 0x1234, r2 ;;
	break 6
	break 6
	st4 [r22] = r23, 8 ;;
	nop 5
	nop 5
	mov r26 = b1 ;;
	nop 5
	break 6
	nop.b 0 ;;
	break 6
	break 6
	break.f 0x4 ;;
	break 6
	nop 5
	nop 5 ;;
	nop 5
	break 6
	nop.x 7 ;;
	break 6
	break 6
	cover ;;
	nop 5
	break 6
	br.wtop.sptk.few top ;;
	break 6
	brl.sptk.few top
	cmp.eq p6, p7 = r9, r10 ;;
	break 6
	nop.x 7
	break.m 0x1 ;;
	nop 5
	movl r30 = 0x123456789
	nop.i 0 ;;
	nop 5
	nop.x 7
	break.b 0x3 ;;
	nop 5
	nop.x 7
	break.f 0x4 ;;
	break 6
	nop.x 7
	nop 5 ;;
	break 6
	nop.x 7
	movl r30 = 0x123456789 ;;
	break 6
	brl.sptk.few top
	clrrrb ;;
	break 6
	nop.x 7
	br.wtop.sptk.few top ;;
	nop 5
	clrrrb
	add r1 = r2, r3 ;;
	break 6
	clrrrb
	break.m 0x1 ;;
	break 6
	clrrrb
	mov r26 = b1 ;;
	break 6
	clrrrb
	nop.b 0 ;;
	break 6
	cover
	break.f 0x4 ;;
	break 6
	cover
	nop 5 ;;
	break 6
	cover
	brl.sptk.few top ;;
	break 6
	rfi
	rfi ;;
	nop 5
	rfi
	br.cloop.sptk.few top ;;
	nop 5
	br.cloop.sptk.few top
	mov r11 = r12 ;;
	break 6
	br.wtop.sptk.few top
	nop.m 0 ;;
	nop 5
	br.cloop.sptk.few top
	break.i 0x2 ;;
	break 6
	br.ctop.dptk.many top
	break.b 0x3 ;;
	nop 5
	br.ctop.dptk.many top
	nop.f 0 ;;
	nop 5
	br.wtop.sptk.few top
	break 6 ;;
	nop 5
	br.ctop.dptk.many top
	brl.sptk.few top ;;
	nop 5
	br.wtop.sptk.few top
	cover ;;
	break 6
	br.wtop.sptk.few top
	br.cloop.sptk.few top ;;
	brl.sptk.few top
	sub r4 = r5, r6
	mov r11 = r12 ;;
	nop.x 7
	cmp.eq p6, p7 = r9, r10
	break.m 0x1 ;;
	nop.x 7
	shladd r16 = r17, 2, r18
	nop.i 0 ;;
	nop.x 7
	shladd r16 = r17, 2, r18
	break.b 0x3 ;;
	brl.sptk.few top
	shladd r16 = r17, 2, r18
	nop.f 0 ;;
	nop.x 7
	adds r7 = 100, r8
	nop 5 ;;
	movl r30 = 0x123456789
	addl r13 = 0x1234, r2
	nop.x 7 ;;
	brl.sptk.few top
	shladd r16 = r17, 2, r18
	rfi ;;
	nop.x 7
	shladd r16 = r17, 2, r18
	br.ctop.dptk.many top ;;
	nop.x 7
	st4 [r22] = r23, 8
	sub r4 = r5, r6 ;;
	movl r30 = 0x123456789
	ld8 r20 = [r21]
	nop.m 0 ;;
	movl r30 = 0x123456789
	nop.m 0
	extr.u r24 = r25, 3, 5 ;;
	movl r30 = 0x123456789
	st4 [r22] = r23, 8
	(p6) br.call.sptk.many b0 = top ;;
	movl r30 = 0x123456789
	nop.m 0
	nop.f 0 ;;
	brl.sptk.few top
	st4 [r22] = r23, 8
	nop 5 ;;
	nop.x 7
	nop.m 0
	brl.sptk.few top ;;
	nop.x 7
	ld8 r20 = [r21]
	clrrrb ;;
	brl.sptk.few top
	break.m 0x1
	br.ctop.dptk.many top ;;
	nop.x 7
	extr.u r24 = r25, 3, 5
	and r14 = 7, r15 ;;
	nop.x 7
	nop.i 0
	ld8 r20 = [r21] ;;
	nop.x 7
	extr.u r24 = r25, 3, 5
	mov r26 = b1 ;;
	nop.x 7
	extr.u r24 = r25, 3, 5
	br.cond.sptk.few top ;;
	brl.sptk.few top
	extr.u r24 = r25, 3, 5
	nop.f 0 ;;
	brl.sptk.few top
	mov r26 = b1
	nop 5 ;;
	nop.x 7
	break.i 0x2
	nop.x 7 ;;
	brl.sptk.few top
	extr.u r24 = r25, 3, 5
	cover ;;
	brl.sptk.few top
	nop.i 0
	br.cloop.sptk.few top ;;
	nop.x 7
	(p6) br.call.sptk.many b0 = top
	add r1 = r2, r3 ;;
	nop.x 7
	br.cond.sptk.few top
	nop.m 0 ;;
	movl r30 = 0x123456789
	nop.b 0
	break.i 0x2 ;;
	nop.x 7
	nop.b 0
	(p6) br.call.sptk.many b0 = top ;;
	brl.sptk.few top
	break.b 0x3
	nop.f 0 ;;
	movl r30 = 0x123456789
	nop.b 0
	break 6 ;;
	brl.sptk.few top
	break.b 0x3
	movl r30 = 0x123456789 ;;
	brl.sptk.few top
	break.b 0x3
	cover ;;
	nop.x 7
	nop.b 0
	br.wtop.sptk.few top ;;
	movl r30 = 0x123456789
	break.f 0x4
	adds r7 = 100, r8 ;;
	nop.x 7
	break.f 0x4
	ld8 r20 = [r21] ;;
	movl r30 = 0x123456789
	break.f 0x4
	nop.i 0 ;;
	nop.x 7
	nop.f 0
	(p6) br.call.sptk.many b0 = top ;;
	brl.sptk.few top
	nop.f 0
	break.f 0x4 ;;
	brl.sptk.few top
	nop.f 0
	nop 5 ;;
	nop.x 7
	break.f 0x4
	nop.x 7 ;;
	movl r30 = 0x123456789
	nop.f 0
	rfi ;;
	nop.x 7
	nop.f 0
	br.ctop.dptk.many top ;;
	nop.x 7
	nop 5
	sub r4 = r5, r6 ;;
	brl.sptk.few top
	break 6
	break.m 0x1 ;;
	movl r30 = 0x123456789
	nop 5
	mov r26 = b1 ;;
	movl r30 = 0x123456789
	nop 5
	nop.b 0 ;;
	movl r30 = 0x123456789
	nop 5
	nop.f 0 ;;
	movl r30 = 0x123456789
	break 6
	nop 5 ;;
	nop.x 7
	nop 5
	nop.x 7 ;;
	brl.sptk.few top
	nop 5
	cover ;;
	nop.x 7
	nop 5
	br.wtop.sptk.few top ;;
	movl r30 = 0x123456789
	nop.x 7
	shladd r16 = r17, 2, r18 ;;
	nop.x 7
	brl.sptk.few top
	ld8 r20 = [r21] ;;
	movl r30 = 0x123456789
	brl.sptk.few top
	nop.i 0 ;;
	movl r30 = 0x123456789
	movl r30 = 0x123456789
	nop.b 0 ;;
	brl.sptk.few top
	brl.sptk.few top
	nop.f 0 ;;
	nop.x 7
	nop.x 7
	break 6 ;;
	brl.sptk.few top
	brl.sptk.few top
	movl r30 = 0x123456789 ;;
	nop.x 7
	brl.sptk.few top
	cover ;;
	nop.x 7
	nop.x 7
	br.wtop.sptk.few top ;;
	brl.sptk.few top
	clrrrb
	shladd r16 = r17, 2, r18 ;;
	brl.sptk.few top
	cover
	break.m 0x1 ;;
	movl r30 = 0x123456789
	clrrrb
	break.i 0x2 ;;
	brl.sptk.few top
	clrrrb
	(p6) br.call.sptk.many b0 = top ;;
	nop.x 7
	clrrrb
	break.f 0x4 ;;
	brl.sptk.few top
	clrrrb
	break 6 ;;
	nop.x 7
	cover
	brl.sptk.few top ;;
	brl.sptk.few top
	rfi
	rfi ;;
	nop.x 7
	rfi
	br.wtop.sptk.few top ;;
	movl r30 = 0x123456789
	br.cloop.sptk.few top
	mov r11 = r12 ;;
	brl.sptk.few top
	br.ctop.dptk.many top
	break.m 0x1 ;;
	nop.x 7
	br.ctop.dptk.many top
	mov r26 = b1 ;;
	brl.sptk.few top
	br.cloop.sptk.few top
	(p6) br.call.sptk.many b0 = top ;;
	nop.x 7
	br.wtop.sptk.few top
	nop.f 0 ;;
	nop.x 7
	br.ctop.dptk.many top
	break 6 ;;
	nop.x 7
	br.cloop.sptk.few top
	brl.sptk.few top ;;
	movl r30 = 0x123456789
	br.ctop.dptk.many top
	cover ;;
	brl.sptk.few top
	br.cloop.sptk.few top
	br.ctop.dptk.many top ;;
	rfi
	shladd r16 = r17, 2, r18
	addl r13 = 0x1234, r2 ;;
	rfi
	sub r4 = r5, r6
	st4 [r22] = r23, 8 ;;
	clrrrb
	cmp.eq p6, p7 = r9, r10
	break.i 0x2 ;;
	clrrrb
	add r1 = r2, r3
	(p6) br.call.sptk.many b0 = top ;;
	clrrrb
	cmp.eq p6, p7 = r9, r10
	break.f 0x4 ;;
	rfi
	add r1 = r2, r3
	break 6 ;;
	clrrrb
	sub r4 = r5, r6
	brl.sptk.few top ;;
	clrrrb
	sub r4 = r5, r6
	cover ;;
	clrrrb
	mov r11 = r12
	br.wtop.sptk.few top ;;
	clrrrb
	st4 [r22] = r23, 8
	cmp.eq p6, p7 = r9, r10 ;;
	cover
	break.m 0x1
	break.m 0x1 ;;
	cover
	break.m 0x1
	extr.u r24 = r25, 3, 5 ;;
	clrrrb
	ld8 r20 = [r21]
	(p6) br.call.sptk.many b0 = top ;;
	rfi
	break.m 0x1
	nop.f 0 ;;
	cover
	st4 [r22] = r23, 8
	break 6 ;;
	cover
	ld8 r20 = [r21]
	brl.sptk.few top ;;
	clrrrb
	nop.m 0
	cover ;;
	clrrrb
	nop.m 0
	br.ctop.dptk.many top ;;
	clrrrb
	nop.i 0
	sub r4 = r5, r6 ;;
	cover
	break.i 0x2
	st4 [r22] = r23, 8 ;;
	rfi
	break.i 0x2
	extr.u r24 = r25, 3, 5 ;;
	clrrrb
	mov r26 = b1
	nop.b 0 ;;
	clrrrb
	break.i 0x2
	break.f 0x4 ;;
	cover
	extr.u r24 = r25, 3, 5
	nop 5 ;;
	cover
	mov r26 = b1
	movl r30 = 0x123456789 ;;
	cover
	nop.i 0
	cover ;;
	rfi
	extr.u r24 = r25, 3, 5
	br.wtop.sptk.few top ;;
	clrrrb
	(p6) br.call.sptk.many b0 = top
	sub r4 = r5, r6 ;;
	rfi
	(p6) br.call.sptk.many b0 = top
	nop.m 0 ;;
	rfi
	nop.b 0
	extr.u r24 = r25, 3, 5 ;;
	clrrrb
	break.b 0x3
	nop.b 0 ;;
	rfi
	(p6) br.call.sptk.many b0 = top
	nop.f 0 ;;
	clrrrb
	break.b 0x3
	break 6 ;;
	cover
	break.b 0x3
	movl r30 = 0x123456789 ;;
	cover
	br.cond.sptk.few top
	clrrrb ;;
	cover
	nop.b 0
	br.cloop.sptk.few top ;;
	clrrrb
	break.f 0x4
	add r1 = r2, r3 ;;
	cover
	nop.f 0
	ld8 r20 = [r21] ;;
	cover
	nop.f 0
	extr.u r24 = r25, 3, 5 ;;
	rfi
	break.f 0x4
	nop.b 0 ;;
	clrrrb
	break.f 0x4
	break.f 0x4 ;;
	clrrrb
	break.f 0x4
	nop 5 ;;
	clrrrb
	break.f 0x4
	nop.x 7 ;;
	cover
	break.f 0x4
	cover ;;
	cover
	nop.f 0
	br.ctop.dptk.many top ;;
	rfi
	nop 5
	add r1 = r2, r3 ;;
	cover
	nop 5
	nop.m 0 ;;
	rfi
	break 6
	break.i 0x2 ;;
	clrrrb
	nop 5
	(p6) br.call.sptk.many b0 = top ;;
	cover
	nop 5
	break.f 0x4 ;;
	clrrrb
	break 6
	nop 5 ;;
	clrrrb
	nop 5
	brl.sptk.few top ;;
	clrrrb
	nop 5
	clrrrb ;;
	cover
	nop 5
	br.cloop.sptk.few top ;;
	rfi
	nop.x 7
	adds r7 = 100, r8 ;;
	clrrrb
	movl r30 = 0x123456789
	ld8 r20 = [r21] ;;
	clrrrb
	nop.x 7
	break.i 0x2 ;;
	cover
	movl r30 = 0x123456789
	br.cond.sptk.few top ;;
	rfi
	nop.x 7
	break.f 0x4 ;;
	cover
	nop.x 7
	break 6 ;;
	cover
	nop.x 7
	nop.x 7 ;;
	clrrrb
	movl r30 = 0x123456789
	cover ;;
	rfi
	movl r30 = 0x123456789
	br.wtop.sptk.few top ;;
	rfi
	cover
	shladd r16 = r17, 2, r18 ;;
	clrrrb
	cover
	ld8 r20 = [r21] ;;
	cover
	clrrrb
	mov r26 = b1 ;;
	clrrrb
	cover
	break.b 0x3 ;;
	cover
	clrrrb
	break.f 0x4 ;;
	clrrrb
	cover
	nop 5 ;;
	rfi
	clrrrb
	movl r30 = 0x123456789 ;;
	rfi
	cover
	clrrrb ;;
	rfi
	clrrrb
	br.wtop.sptk.few top ;;
	cover
	br.ctop.dptk.many top
	add r1 = r2, r3 ;;
	rfi
	br.ctop.dptk.many top
	break.m 0x1 ;;
	clrrrb
	br.ctop.dptk.many top
	nop.i 0 ;;
	clrrrb
	br.cloop.sptk.few top
	br.cond.sptk.few top ;;
	rfi
	br.cloop.sptk.few top
	nop.f 0 ;;
	cover
	br.wtop.sptk.few top
	nop 5 ;;
	rfi
	br.cloop.sptk.few top
	movl r30 = 0x123456789 ;;
	rfi
	br.cloop.sptk.few top
	cover ;;
	rfi
	br.wtop.sptk.few top
	br.ctop.dptk.many top ;;
	br.ctop.dptk.many top
	adds r7 = 100, r8
	cmp.eq p6, p7 = r9, r10 ;;
	br.cloop.sptk.few top
	cmp.eq p6, p7 = r9, r10
	ld8 r20 = [r21] ;;
	br.cloop.sptk.few top
	add r1 = r2, r3
	nop.i 0 ;;
	br.wtop.sptk.few top
	and r14 = 7, r15
	nop.b 0 ;;
	br.wtop.sptk.few top
	addl r13 = 0x1234, r2
	break.f 0x4 ;;
	br.ctop.dptk.many top
	shladd r16 = r17, 2, r18
	nop 5 ;;
	br.cloop.sptk.few top
	and r14 = 7, r15
	nop.x 7 ;;
	br.cloop.sptk.few top
	mov r11 = r12
	cover ;;
	br.cloop.sptk.few top
	addl r13 = 0x1234, r2
	br.cloop.sptk.few top ;;
	br.cloop.sptk.few top
	ld8 r20 = [r21]
	add r1 = r2, r3 ;;
	br.ctop.dptk.many top
	st4 [r22] = r23, 8
	nop.m 0 ;;
	br.cloop.sptk.few top
	ld8 r20 = [r21]
	break.i 0x2 ;;
	br.ctop.dptk.many top
	st4 [r22] = r23, 8
	nop.b 0 ;;
	br.ctop.dptk.many top
	nop.m 0
	break.f 0x4 ;;
	br.ctop.dptk.many top
	nop.m 0
	nop 5 ;;
	br.cloop.sptk.few top
	break.m 0x1
	movl r30 = 0x123456789 ;;
	br.cloop.sptk.few top
	break.m 0x1
	cover ;;
	br.cloop.sptk.few top
	ld8 r20 = [r21]
	br.ctop.dptk.many top ;;
	br.wtop.sptk.few top
	nop.i 0
	add r1 = r2, r3 ;;
	br.cloop.sptk.few top
	break.i 0x2
	ld8 r20 = [r21] ;;
	br.cloop.sptk.few top
	mov r26 = b1
	break.i 0x2 ;;
	br.wtop.sptk.few top
	mov r26 = b1
	nop.b 0 ;;
	br.ctop.dptk.many top
	nop.i 0
	nop.f 0 ;;
	br.cloop.sptk.few top
	extr.u r24 = r25, 3, 5
	nop 5 ;;
	br.ctop.dptk.many top
	mov r26 = b1
	brl.sptk.few top ;;
	br.wtop.sptk.few top
	extr.u r24 = r25, 3, 5
	cover ;;
	br.cloop.sptk.few top
	nop.i 0
	br.ctop.dptk.many top ;;
	br.cloop.sptk.few top
	break.b 0x3
	cmp.eq p6, p7 = r9, r10 ;;
	br.cloop.sptk.few top
	(p6) br.call.sptk.many b0 = top
	st4 [r22] = r23, 8 ;;
	br.cloop.sptk.few top
	nop.b 0
	mov r26 = b1 ;;
	br.wtop.sptk.few top
	(p6) br.call.sptk.many b0 = top
	nop.b 0 ;;
	br.ctop.dptk.many top
	nop.b 0
	break.f 0x4 ;;
	br.ctop.dptk.many top
	(p6) br.call.sptk.many b0 = top
	nop 5 ;;
	br.ctop.dptk.many top
	(p6) br.call.sptk.many b0 = top
	brl.sptk.few top ;;
	br.ctop.dptk.many top
	(p6) br.call.sptk.many b0 = top
	rfi ;;
	br.cloop.sptk.few top
	br.cond.sptk.few top
	br.wtop.sptk.few top ;;
	br.cloop.sptk.few top
	break.f 0x4
	cmp.eq p6, p7 = r9, r10 ;;
	br.ctop.dptk.many top
	nop.f 0
	ld8 r20 = [r21] ;;
	br.cloop.sptk.few top
	nop.f 0
	nop.i 0 ;;
	br.ctop.dptk.many top
	break.f 0x4
	break.b 0x3 ;;
	br.wtop.sptk.few top
	nop.f 0
	nop.f 0 ;;
	br.cloop.sptk.few top
	break.f 0x4
	break 6 ;;
	br.ctop.dptk.many top
	nop.f 0
	movl r30 = 0x123456789 ;;
	br.cloop.sptk.few top
	break.f 0x4
	rfi ;;
	br.wtop.sptk.few top
	break.f 0x4
	br.wtop.sptk.few top ;;
	br.wtop.sptk.few top
	nop 5
	sub r4 = r5, r6 ;;
	br.ctop.dptk.many top
	nop 5
	nop.m 0 ;;
	br.ctop.dptk.many top
	nop 5
	nop.i 0 ;;
	br.ctop.dptk.many top
	nop 5
	br.cond.sptk.few top ;;
	br.ctop.dptk.many top
	nop 5
	nop.f 0 ;;
	br.cloop.sptk.few top
	break 6
	nop 5 ;;
	br.ctop.dptk.many top
	nop 5
	nop.x 7 ;;
	br.cloop.sptk.few top
	nop 5
	clrrrb ;;
	br.ctop.dptk.many top
	break 6
	br.ctop.dptk.many top ;;
	br.cloop.sptk.few top
	brl.sptk.few top
	sub r4 = r5, r6 ;;
	br.wtop.sptk.few top
	brl.sptk.few top
	ld8 r20 = [r21] ;;
	br.ctop.dptk.many top
	brl.sptk.few top
	break.i 0x2 ;;
	br.wtop.sptk.few top
	nop.x 7
	break.b 0x3 ;;
	br.wtop.sptk.few top
	brl.sptk.few top
	break.f 0x4 ;;
	br.ctop.dptk.many top
	brl.sptk.few top
	break 6 ;;
	br.wtop.sptk.few top
	nop.x 7
	nop.x 7 ;;
	br.ctop.dptk.many top
	movl r30 = 0x123456789
	cover ;;
	br.ctop.dptk.many top
	movl r30 = 0x123456789
	br.cloop.sptk.few top ;;
	br.wtop.sptk.few top
	rfi
	and r14 = 7, r15 ;;
	br.wtop.sptk.few top
	clrrrb
	nop.m 0 ;;
	br.ctop.dptk.many top
	cover
	break.i 0x2 ;;
	br.ctop.dptk.many top
	rfi
	br.cond.sptk.few top ;;
	br.ctop.dptk.many top
	clrrrb
	break.f 0x4 ;;
	br.cloop.sptk.few top
	clrrrb
	nop 5 ;;
	br.cloop.sptk.few top
	cover
	brl.sptk.few top ;;
	br.cloop.sptk.few top
	rfi
	clrrrb ;;
	br.ctop.dptk.many top
	rfi
	br.cloop.sptk.few top ;;
	br.wtop.sptk.few top
	br.ctop.dptk.many top
	shladd r16 = r17, 2, r18 ;;
	br.ctop.dptk.many top
	br.wtop.sptk.few top
	nop.m 0 ;;
	br.wtop.sptk.few top
	br.cloop.sptk.few top
	break.i 0x2 ;;
	br.ctop.dptk.many top
	br.ctop.dptk.many top
	br.cond.sptk.few top ;;
	br.cloop.sptk.few top
	br.wtop.sptk.few top
	nop.f 0 ;;
	br.wtop.sptk.few top
	br.wtop.sptk.few top
	break 6 ;;
	br.wtop.sptk.few top
	br.cloop.sptk.few top
	brl.sptk.few top ;;
	br.wtop.sptk.few top
	br.ctop.dptk.many top
	clrrrb ;;
	br.wtop.sptk.few top
	br.wtop.sptk.few top
	br.wtop.sptk.few top ;;
// a stream with stops, labels and alignment here and there
	and r14 = 7, r15
L1:
	rfi
	nop.f 0
	br.wtop.sptk.few top
	mov r26 = b1 ;;
	st4 [r22] = r23, 8
	break 6 ;;
	mov r26 = b1
	break.m 0x1
	nop.m 0
	br.wtop.sptk.few top
	st4 [r22] = r23, 8
	add r1 = r2, r3 ;;
	ld8 r20 = [r21]
	(p6) br.call.sptk.many b0 = top
	break.f 0x4
L16:
	cmp.eq p6, p7 = r9, r10 ;;
	break.i 0x2
	mov r26 = b1
	break.f 0x4
	adds r7 = 100, r8
	mov r11 = r12
	ld8 r20 = [r21]
	break.i 0x2
	break.m 0x1
	nop.f 0
	nop 5
L27:
	mov r11 = r12
	st4 [r22] = r23, 8
	nop 5 ;;
	br.cond.sptk.few top
	break.b 0x3
	adds r7 = 100, r8 ;;
	add r1 = r2, r3 ;;
	(p6) br.call.sptk.many b0 = top
	cover
	break.f 0x4 ;;
	break.m 0x1 ;;
	br.wtop.sptk.few top ;;
	break.f 0x4 ;;
	nop.i 0
	break.m 0x1 ;;
	br.cloop.sptk.few top
	br.ctop.dptk.many top
	nop.i 0 ;;
	brl.sptk.few top ;;
	nop.x 7 ;;
	adds r7 = 100, r8 ;;
	mov r11 = r12
	st4 [r22] = r23, 8
	and r14 = 7, r15
	st4 [r22] = r23, 8 ;;
	st4 [r22] = r23, 8 ;;
	break.m 0x1 ;;
	ld8 r20 = [r21]
	(p6) br.call.sptk.many b0 = top
	break.m 0x1
	mov r26 = b1
	st4 [r22] = r23, 8
	break.i 0x2
	break.f 0x4
	st4 [r22] = r23, 8
	br.cloop.sptk.few top
	br.ctop.dptk.many top
	adds r7 = 100, r8
	adds r7 = 100, r8
	nop.m 0 ;;
	rfi
	nop.x 7 ;;
	br.wtop.sptk.few top
	br.ctop.dptk.many top
	br.cloop.sptk.few top
	ld8 r20 = [r21]
L73:
	brl.sptk.few top
	extr.u r24 = r25, 3, 5
	nop.m 0 ;;
	nop.m 0
	break.i 0x2
	movl r30 = 0x123456789
	cmp.eq p6, p7 = r9, r10
	st4 [r22] = r23, 8
	sub r4 = r5, r6
	nop.m 0
	movl r30 = 0x123456789
	addl r13 = 0x1234, r2 ;;
	movl r30 = 0x123456789
	brl.sptk.few top
	addl r13 = 0x1234, r2
	st4 [r22] = r23, 8
	st4 [r22] = r23, 8
	cover
	brl.sptk.few top ;;
	rfi ;;
	adds r7 = 100, r8
	ld8 r20 = [r21] ;;
	mov r26 = b1 ;;
	(p6) br.call.sptk.many b0 = top ;;
	nop.x 7 ;;
	nop.f 0
	(p6) br.call.sptk.many b0 = top
	nop 5
	clrrrb
	nop.m 0
	mov r11 = r12
	st4 [r22] = r23, 8
	mov r26 = b1
	nop.b 0 ;;
	clrrrb ;;
	brl.sptk.few top ;;
	mov r26 = b1 ;;
	addl r13 = 0x1234, r2
	break 6
	movl r30 = 0x123456789 ;;
	mov r11 = r12
	break.b 0x3 ;;
	ld8 r20 = [r21]
	ld8 r20 = [r21] ;;
	ld8 r20 = [r21] ;;
	.align 32
	break.f 0x4
	mov r26 = b1
	nop.m 0 ;;
	shladd r16 = r17, 2, r18
	shladd r16 = r17, 2, r18
	nop.m 0 ;;
	br.wtop.sptk.few top
	nop 5
	nop.m 0
	br.cloop.sptk.few top
	nop.m 0
	break.m 0x1
	(p6) br.call.sptk.many b0 = top
	nop 5
	nop.f 0
	break 6
	break.f 0x4
	nop 5 ;;
	nop 5
	nop.x 7
	break.f 0x4
	break.m 0x1
	cmp.eq p6, p7 = r9, r10 ;;
	nop.b 0 ;;
	nop 5 ;;
	nop.x 7 ;;
	nop.b 0
	nop.f 0
	clrrrb ;;
	nop.b 0
	nop.b 0
	break.b 0x3
	nop.i 0 ;;
	and r14 = 7, r15 ;;
	cmp.eq p6, p7 = r9, r10
	and r14 = 7, r15
	br.cloop.sptk.few top
	br.ctop.dptk.many top ;;
	nop.m 0
	ld8 r20 = [r21]
	.align 32
	break.f 0x4 ;;
	rfi ;;
	nop 5 ;;
	nop.i 0
	add r1 = r2, r3
	break.m 0x1 ;;
	br.wtop.sptk.few top
	break.f 0x4
	clrrrb
L167:
	break.m 0x1
	add r1 = r2, r3 ;;
	break 6
	nop.x 7
	nop.f 0
	break.m 0x1
	.align 32
	addl r13 = 0x1234, r2
	mov r26 = b1
	st4 [r22] = r23, 8
L176:
	nop.i 0
	mov r11 = r12
	ld8 r20 = [r21]
	add r1 = r2, r3
	cmp.eq p6, p7 = r9, r10
	nop 5
	cover
	nop 5
	nop.x 7
	st4 [r22] = r23, 8
	break 6
	br.cond.sptk.few top
	break.m 0x1 ;;
L189:
	br.wtop.sptk.few top
	break.f 0x4
	mov r11 = r12
	break.f 0x4 ;;
	adds r7 = 100, r8
	extr.u r24 = r25, 3, 5
	movl r30 = 0x123456789
	mov r11 = r12
	cover
	cmp.eq p6, p7 = r9, r10 ;;
	break.f 0x4
	break.m 0x1
	nop.f 0 ;;
	break.f 0x4
L203:
	nop.m 0
	ld8 r20 = [r21]
	break 6
	break.m 0x1 ;;
	sub r4 = r5, r6
	mov r26 = b1 ;;
	add r1 = r2, r3
	nop.m 0
	br.ctop.dptk.many top ;;
L212:
	break.m 0x1
	ld8 r20 = [r21]
	nop.f 0
	break.m 0x1
	nop.x 7
	st4 [r22] = r23, 8
	br.cond.sptk.few top ;;
L219:
	nop.i 0
	break.m 0x1
	cover
	add r1 = r2, r3
	cover ;;
	movl r30 = 0x123456789
	br.cloop.sptk.few top
	movl r30 = 0x123456789
	ld8 r20 = [r21]
	ld8 r20 = [r21]
L229:
	nop 5 ;;
	extr.u r24 = r25, 3, 5 ;;
	mov r26 = b1
	nop.m 0 ;;
	break.i 0x2 ;;
	clrrrb
	break.i 0x2
	extr.u r24 = r25, 3, 5
	ld8 r20 = [r21] ;;
L238:
	br.cloop.sptk.few top ;;
	break.f 0x4 ;;
	cover
	shladd r16 = r17, 2, r18 ;;
	nop.m 0
	adds r7 = 100, r8
	nop.x 7 ;;
	break 6 ;;
	break 6
	cmp.eq p6, p7 = r9, r10 ;;
	add r1 = r2, r3 ;;
	break.f 0x4
	addl r13 = 0x1234, r2 ;;
	break.i 0x2
L252:
	break.m 0x1
	addl r13 = 0x1234, r2
	addl r13 = 0x1234, r2
	nop.m 0 ;;
	ld8 r20 = [r21] ;;
	.align 32
	nop.b 0
	ld8 r20 = [r21] ;;
	break 6
	nop.x 7
	nop.x 7
	mov r26 = b1
	mov r26 = b1
	nop 5 ;;
	st4 [r22] = r23, 8
	nop 5 ;;
	add r1 = r2, r3
	break 6
	nop.f 0
	extr.u r24 = r25, 3, 5
	st4 [r22] = r23, 8
	br.cond.sptk.few top
	nop.m 0
	ld8 r20 = [r21] ;;
	br.wtop.sptk.few top
	nop.f 0
	rfi
	addl r13 = 0x1234, r2 ;;
	br.wtop.sptk.few top
	br.wtop.sptk.few top
	.align 32
	extr.u r24 = r25, 3, 5
	and r14 = 7, r15 ;;
	addl r13 = 0x1234, r2
	br.cond.sptk.few top
	extr.u r24 = r25, 3, 5
	mov r26 = b1
	break.b 0x3 ;;
	break.i 0x2
	clrrrb ;;
	mov r11 = r12 ;;
	brl.sptk.few top ;;
	ld8 r20 = [r21]
	break 6
	extr.u r24 = r25, 3, 5
	shladd r16 = r17, 2, r18
	.align 32
	clrrrb
	break.f 0x4
	nop.f 0
	br.wtop.sptk.few top
	ld8 r20 = [r21]
	mov r26 = b1
	nop 5 ;;
	mov r26 = b1
	shladd r16 = r17, 2, r18
	cover
	nop.i 0
	st4 [r22] = r23, 8
	nop.m 0
L309:
	nop.i 0
	nop.i 0
	st4 [r22] = r23, 8
	nop.x 7
	nop.i 0
	break.m 0x1
L315:
	br.cond.sptk.few top
	extr.u r24 = r25, 3, 5
	mov r26 = b1
	st4 [r22] = r23, 8
	ld8 r20 = [r21] ;;
	br.cond.sptk.few top
	brl.sptk.few top ;;
	break.m 0x1
	nop 5
L324:
	and r14 = 7, r15
	mov r11 = r12 ;;
	break.m 0x1
	mov r26 = b1
	nop.m 0 ;;
	add r1 = r2, r3 ;;
	br.wtop.sptk.few top
L331:
	brl.sptk.few top
	ld8 r20 = [r21]
	adds r7 = 100, r8
	nop.b 0
	add r1 = r2, r3
	st4 [r22] = r23, 8
	adds r7 = 100, r8 ;;
	break.m 0x1
	brl.sptk.few top
	ld8 r20 = [r21]
	rfi
	addl r13 = 0x1234, r2
	nop.m 0 ;;
	and r14 = 7, r15
	addl r13 = 0x1234, r2 ;;
	nop 5 ;;
	clrrrb
	st4 [r22] = r23, 8 ;;
	nop.f 0 ;;
	cover
	nop.f 0
	mov r11 = r12 ;;
	mov r26 = b1 ;;
	sub r4 = r5, r6
	shladd r16 = r17, 2, r18 ;;
	cover
	add r1 = r2, r3
	nop 5
	addl r13 = 0x1234, r2
	break.m 0x1
	shladd r16 = r17, 2, r18
	cmp.eq p6, p7 = r9, r10 ;;
	nop.b 0
	nop.f 0
	ld8 r20 = [r21]
	cmp.eq p6, p7 = r9, r10
	nop.m 0 ;;
	break.i 0x2
	cover ;;
	and r14 = 7, r15
	nop.m 0 ;;
	break.m 0x1
	movl r30 = 0x123456789
	nop.m 0 ;;
	movl r30 = 0x123456789
	clrrrb
	st4 [r22] = r23, 8
L378:
	cover ;;
	adds r7 = 100, r8
	break.m 0x1
	movl r30 = 0x123456789
	nop.i 0
	sub r4 = r5, r6 ;;
	br.ctop.dptk.many top
	nop.x 7
	mov r26 = b1 ;;
	nop.m 0
	rfi
	br.wtop.sptk.few top
	nop.m 0 ;;
	clrrrb
	break.m 0x1
	nop.i 0
	rfi
	br.ctop.dptk.many top
	break 6
	extr.u r24 = r25, 3, 5 ;;
	sub r4 = r5, r6
	extr.u r24 = r25, 3, 5
	nop.m 0
	nop.f 0 ;;
	break.m 0x1
	nop 5 ;;
	and r14 = 7, r15
	ld8 r20 = [r21]
	ld8 r20 = [r21]
	extr.u r24 = r25, 3, 5
	break.b 0x3
	nop.i 0 ;;
	st4 [r22] = r23, 8
	nop.x 7
	brl.sptk.few top
	clrrrb
	break.f 0x4
	ld8 r20 = [r21]
	nop.i 0
	nop.m 0 ;;
	nop 5
	rfi
	nop.x 7 ;;
	add r1 = r2, r3
	cmp.eq p6, p7 = r9, r10
	and r14 = 7, r15 ;;
	break.m 0x1 ;;
	mov r26 = b1
	break 6
	ld8 r20 = [r21]
	nop.i 0
	cmp.eq p6, p7 = r9, r10
	mov r11 = r12
	nop.m 0
	clrrrb
	st4 [r22] = r23, 8 ;;
	mov r26 = b1 ;;
	extr.u r24 = r25, 3, 5
	nop.m 0 ;;
	mov r26 = b1
	nop.m 0 ;;
	mov r26 = b1
	st4 [r22] = r23, 8
	nop 5 ;;
	mov r11 = r12
	break.m 0x1
	and r14 = 7, r15
	break.m 0x1
	nop 5
	rfi
	extr.u r24 = r25, 3, 5
	br.cloop.sptk.few top
	break 6 ;;
	and r14 = 7, r15 ;;
L452:
	nop.f 0
	break.f 0x4
	br.cloop.sptk.few top ;;
	cover
	and r14 = 7, r15
	brl.sptk.few top
	movl r30 = 0x123456789
	br.cond.sptk.few top
	nop.m 0
	cover
	sub r4 = r5, r6
	shladd r16 = r17, 2, r18
	nop.m 0
	nop.f 0 ;;
	shladd r16 = r17, 2, r18 ;;
	ld8 r20 = [r21]
	break.b 0x3 ;;
	nop.f 0 ;;
	rfi ;;
	break 6
	mov r26 = b1
	nop.m 0
	ld8 r20 = [r21] ;;
	and r14 = 7, r15
	brl.sptk.few top
	nop.m 0
	nop.m 0
	break.i 0x2
	clrrrb ;;
	br.ctop.dptk.many top
	brl.sptk.few top
L483:
	break.m 0x1
	break 6
	break.f 0x4
	adds r7 = 100, r8
	shladd r16 = r17, 2, r18
	br.cloop.sptk.few top
	nop.i 0
	break.i 0x2
	st4 [r22] = r23, 8 ;;
	cmp.eq p6, p7 = r9, r10
	(p6) br.call.sptk.many b0 = top
	and r14 = 7, r15 ;;
L495:
	st4 [r22] = r23, 8 ;;
	cover
	.align 32
	nop.f 0
	(p6) br.call.sptk.many b0 = top
	nop.m 0 ;;
	nop.i 0 ;;
	st4 [r22] = r23, 8
	break 6
	movl r30 = 0x123456789
	nop 5
	break.i 0x2 ;;
	nop.i 0
	nop.m 0
	br.cloop.sptk.few top
	cmp.eq p6, p7 = r9, r10 ;;
	cover ;;
	.align 32
	break.m 0x1
	.align 32
	(p6) br.call.sptk.many b0 = top ;;
	shladd r16 = r17, 2, r18
	movl r30 = 0x123456789 ;;
	addl r13 = 0x1234, r2 ;;
	nop.i 0 ;;
L517:
	nop 5
	nop.f 0
	break.f 0x4
	break.b 0x3 ;;
	clrrrb ;;
	movl r30 = 0x123456789
	nop.f 0
	sub r4 = r5, r6
	br.cloop.sptk.few top ;;
	ld8 r20 = [r21] ;;
	break.m 0x1 ;;
	cmp.eq p6, p7 = r9, r10
	break.i 0x2
	cover
	brl.sptk.few top ;;
	br.ctop.dptk.many top
	break.f 0x4
	ld8 r20 = [r21]
L535:
	nop.i 0 ;;
	break 6
	clrrrb ;;
	nop.i 0
	ld8 r20 = [r21] ;;
	ld8 r20 = [r21]
	add r1 = r2, r3
	break 6
	break.i 0x2 ;;
	nop 5
	nop.b 0
	cover
	adds r7 = 100, r8
	mov r11 = r12
	nop.m 0 ;;
	break 6
	brl.sptk.few top ;;
	and r14 = 7, r15
	add r1 = r2, r3 ;;
	nop.b 0
	br.cond.sptk.few top
	mov r11 = r12
	movl r30 = 0x123456789
	shladd r16 = r17, 2, r18
	and r14 = 7, r15
	br.cloop.sptk.few top
	nop.m 0
	adds r7 = 100, r8
	ld8 r20 = [r21] ;;
	add r1 = r2, r3
	nop.f 0 ;;
	break.m 0x1
	break.b 0x3 ;;
	ld8 r20 = [r21]
	cmp.eq p6, p7 = r9, r10
	clrrrb
L571:
	nop 5
	br.ctop.dptk.many top ;;
	nop.m 0 ;;
	br.ctop.dptk.many top ;;
L575:
	mov r26 = b1 ;;
	nop.x 7 ;;
	break.i 0x2
	sub r4 = r5, r6 ;;
	mov r26 = b1 ;;
	sub r4 = r5, r6
	st4 [r22] = r23, 8 ;;
	nop.b 0 ;;
	br.ctop.dptk.many top ;;
	st4 [r22] = r23, 8
	movl r30 = 0x123456789 ;;
	nop.m 0 ;;
	nop.m 0 ;;
	extr.u r24 = r25, 3, 5 ;;
L589:
	nop 5
	cmp.eq p6, p7 = r9, r10
	addl r13 = 0x1234, r2 ;;
	nop.m 0
	nop 5
L594:
	nop.i 0
	st4 [r22] = r23, 8
	ld8 r20 = [r21]
	nop.i 0
L598:
	break.i 0x2 ;;
	br.wtop.sptk.few top
	nop.f 0 ;;
	st4 [r22] = r23, 8 ;;
	clrrrb ;;
	nop.i 0
	nop.m 0 ;;
	break.f 0x4
	break.i 0x2 ;;
	st4 [r22] = r23, 8 ;;
	break.b 0x3
	adds r7 = 100, r8 ;;
	break.f 0x4
	nop.f 0
	st4 [r22] = r23, 8 ;;
	br.cloop.sptk.few top
	mov r11 = r12
	and r14 = 7, r15 ;;
	nop.m 0
	br.cond.sptk.few top
	st4 [r22] = r23, 8 ;;
	break.f 0x4 ;;
	break.m 0x1
	nop.m 0
	break 6 ;;
	shladd r16 = r17, 2, r18
	brl.sptk.few top
	break.m 0x1
	st4 [r22] = r23, 8
	movl r30 = 0x123456789
	mov r26 = b1
	break.m 0x1
	break.b 0x3
	nop 5
	ld8 r20 = [r21]
	break.m 0x1
	nop 5
	break 6
	nop 5
	ld8 r20 = [r21]
	break.m 0x1
	br.wtop.sptk.few top
	nop.m 0
	br.cond.sptk.few top ;;
	br.cloop.sptk.few top ;;
	cmp.eq p6, p7 = r9, r10 ;;
	cover ;;
	cmp.eq p6, p7 = r9, r10 ;;
	br.cond.sptk.few top
	extr.u r24 = r25, 3, 5
	break.m 0x1 ;;
	mov r11 = r12 ;;
	ld8 r20 = [r21]
	nop.f 0
	mov r26 = b1 ;;
L653:
	nop.m 0
	nop.f 0 ;;
	clrrrb
	shladd r16 = r17, 2, r18
	break.m 0x1 ;;
	ld8 r20 = [r21]
	nop.m 0 ;;
	ld8 r20 = [r21] ;;
	break.i 0x2
	ld8 r20 = [r21] ;;
	extr.u r24 = r25, 3, 5
	nop.x 7
	nop.m 0
	nop.m 0
	cmp.eq p6, p7 = r9, r10
	addl r13 = 0x1234, r2
	nop.m 0 ;;
	mov r26 = b1
	nop 5
	nop.x 7
	extr.u r24 = r25, 3, 5
	nop.i 0
	adds r7 = 100, r8 ;;
	mov r11 = r12
	break 6
	nop.i 0
	mov r11 = r12
	nop.b 0
	br.wtop.sptk.few top
	break.m 0x1
	nop.x 7
	nop.i 0 ;;
	nop.x 7
	break.f 0x4
	break.m 0x1
	nop.i 0
	cover ;;
	br.wtop.sptk.few top ;;
	ld8 r20 = [r21] ;;
	break.m 0x1
	cmp.eq p6, p7 = r9, r10
L694:
	clrrrb
	break.m 0x1
	ld8 r20 = [r21]
	mov r26 = b1 ;;
	and r14 = 7, r15
	nop.f 0
	adds r7 = 100, r8
	ld8 r20 = [r21]
	cmp.eq p6, p7 = r9, r10
	br.cloop.sptk.few top
	br.ctop.dptk.many top
	brl.sptk.few top
	rfi
	mov r26 = b1
	ld8 r20 = [r21]
	addl r13 = 0x1234, r2
	cmp.eq p6, p7 = r9, r10
	nop.i 0 ;;
	extr.u r24 = r25, 3, 5
	st4 [r22] = r23, 8
	br.ctop.dptk.many top
	sub r4 = r5, r6
	nop 5 ;;
	nop.m 0
	mov r26 = b1 ;;
	adds r7 = 100, r8
	rfi
	brl.sptk.few top
	nop.x 7 ;;
	and r14 = 7, r15 ;;
	break.m 0x1
	adds r7 = 100, r8
	br.wtop.sptk.few top
	sub r4 = r5, r6
	cmp.eq p6, p7 = r9, r10
	br.wtop.sptk.few top
	(p6) br.call.sptk.many b0 = top
	adds r7 = 100, r8
	break.i 0x2
	break.m 0x1
	nop.i 0 ;;
L735:
	break.m 0x1
	break.m 0x1
	nop.f 0
	nop.f 0
	movl r30 = 0x123456789 ;;
	nop.b 0
L741:
	br.cloop.sptk.few top
	(p6) br.call.sptk.many b0 = top ;;
	nop 5
	rfi ;;
	and r14 = 7, r15
	break.m 0x1
	cmp.eq p6, p7 = r9, r10
	break.m 0x1
	rfi
	break.i 0x2
	break.b 0x3 ;;
	nop.i 0
	extr.u r24 = r25, 3, 5
	break.i 0x2
	nop.b 0 ;;
	extr.u r24 = r25, 3, 5
	break 6
	add r1 = r2, r3
	st4 [r22] = r23, 8
	nop 5
	(p6) br.call.sptk.many b0 = top
	add r1 = r2, r3
	mov r26 = b1 ;;
	addl r13 = 0x1234, r2
	st4 [r22] = r23, 8 ;;
	break.f 0x4 ;;
	addl r13 = 0x1234, r2
	mov r11 = r12
	break.i 0x2
	cmp.eq p6, p7 = r9, r10 ;;
	adds r7 = 100, r8
	extr.u r24 = r25, 3, 5 ;;
	adds r7 = 100, r8
	adds r7 = 100, r8
	nop.x 7
	adds r7 = 100, r8
	sub r4 = r5, r6 ;;
	addl r13 = 0x1234, r2
	shladd r16 = r17, 2, r18 ;;
	break.f 0x4
	nop.m 0
	mov r26 = b1 ;;
	adds r7 = 100, r8 ;;
	clrrrb
	nop.i 0
	nop.f 0
	break.f 0x4
	add r1 = r2, r3
	shladd r16 = r17, 2, r18 ;;
	brl.sptk.few top ;;
	rfi
L792:
	clrrrb
	break.f 0x4
	break.i 0x2
	break.m 0x1
	br.cloop.sptk.few top
	ld8 r20 = [r21]
	break.f 0x4
	shladd r16 = r17, 2, r18
	and r14 = 7, r15
	st4 [r22] = r23, 8
L802:
	nop.f 0 ;;
	and r14 = 7, r15
	nop.m 0
	add r1 = r2, r3
	nop.m 0
	break.m 0x1
	(p6) br.call.sptk.many b0 = top
	break 6
	mov r26 = b1
	.align 32
	br.cloop.sptk.few top
	nop.f 0
	br.cloop.sptk.few top ;;
	mov r26 = b1 ;;
	cover ;;
	movl r30 = 0x123456789
	nop.f 0
	cover
	ld8 r20 = [r21] ;;
	st4 [r22] = r23, 8
	nop.m 0 ;;
	break.f 0x4
	break 6
	break.i 0x2 ;;
	clrrrb
	st4 [r22] = r23, 8
	ld8 r20 = [r21] ;;
	br.cond.sptk.few top
	shladd r16 = r17, 2, r18
	break.f 0x4 ;;
	break.f 0x4 ;;
	st4 [r22] = r23, 8
	shladd r16 = r17, 2, r18
	break.i 0x2
L835:
	st4 [r22] = r23, 8 ;;
	break 6
	break 6
	break.m 0x1
	ld8 r20 = [r21]
	nop.f 0
	cmp.eq p6, p7 = r9, r10
	cover
	cmp.eq p6, p7 = r9, r10
	mov r11 = r12 ;;
	ld8 r20 = [r21]
	(p6) br.call.sptk.many b0 = top
	break.b 0x3 ;;
	cmp.eq p6, p7 = r9, r10 ;;
	ld8 r20 = [r21]
	movl r30 = 0x123456789 ;;
	nop.i 0
	break.b 0x3
	add r1 = r2, r3
	break.f 0x4 ;;
	break.b 0x3
	break.m 0x1 ;;
	sub r4 = r5, r6 ;;
	nop.f 0
	nop.b 0
	cmp.eq p6, p7 = r9, r10
L861:
	br.ctop.dptk.many top ;;
	mov r26 = b1
	cmp.eq p6, p7 = r9, r10
	shladd r16 = r17, 2, r18
	adds r7 = 100, r8 ;;
	clrrrb
	and r14 = 7, r15
	clrrrb ;;
	st4 [r22] = r23, 8
	brl.sptk.few top
	shladd r16 = r17, 2, r18 ;;
	nop 5
	nop.m 0
	brl.sptk.few top
	cmp.eq p6, p7 = r9, r10
	break 6 ;;
	cmp.eq p6, p7 = r9, r10
	nop.i 0
	ld8 r20 = [r21] ;;
	break.m 0x1 ;;
	br.ctop.dptk.many top ;;
	cmp.eq p6, p7 = r9, r10
	and r14 = 7, r15
	nop.m 0
	clrrrb ;;
	br.ctop.dptk.many top ;;
	break.i 0x2
L888:
	add r1 = r2, r3
	sub r4 = r5, r6
	ld8 r20 = [r21]
	st4 [r22] = r23, 8
	mov r26 = b1 ;;
	(p6) br.call.sptk.many b0 = top
	mov r11 = r12
	nop.i 0
L896:
	addl r13 = 0x1234, r2 ;;
	break.f 0x4
	(p6) br.call.sptk.many b0 = top
	br.wtop.sptk.few top
	;;
