// Automatic bundling: instruction groups of many shapes, no explicit
// bundles. Each type (A: ALU, M/I/B/F units, D: nop/break whose unit
// the slot picks) appears in every position of 1- to 3-long groups;
// then a long stream with stops at random places. Generated once with a
// fixed seed; GNU as -x picks the templates and nops we must match.
	.text
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
	break.m 0x1
	sub r4 = r5, r6 ;;
	nop.m 0
	nop.m 0 ;;
	break.m 0x1
	nop.i 0 ;;
	nop.m 0
	nop.b 0 ;;
	nop.m 0
	break.f 0x4 ;;
	nop.m 0
	nop 5 ;;
	nop.i 0
	adds r7 = 100, r8 ;;
	break.i 0x2
	break.m 0x1 ;;
	nop.i 0
	nop.i 0 ;;
	break.i 0x2
	nop.b 0 ;;
	nop.i 0
	nop.f 0 ;;
	break.i 0x2
	nop 5 ;;
	nop.b 0
	add r1 = r2, r3 ;;
	nop.b 0
	break.m 0x1 ;;
	break.b 0x3
	break.i 0x2 ;;
	break.b 0x3
	break.b 0x3 ;;
	break.b 0x3
	break.f 0x4 ;;
	nop.b 0
	nop 5 ;;
	nop.f 0
	sub r4 = r5, r6 ;;
	break.f 0x4
	break.m 0x1 ;;
	break.f 0x4
	break.i 0x2 ;;
	break.f 0x4
	nop.b 0 ;;
	nop.f 0
	break.f 0x4 ;;
	nop.f 0
	break 6 ;;
	nop 5
	shladd r16 = r17, 2, r18 ;;
	break 6
	nop.m 0 ;;
	nop 5
	break.i 0x2 ;;
	break 6
	break.b 0x3 ;;
	break 6
	break.f 0x4 ;;
	nop 5
	nop 5 ;;
// every triple
	mov r11 = r12
	shladd r16 = r17, 2, r18
	sub r4 = r5, r6 ;;
	add r1 = r2, r3
	mov r11 = r12
	break.m 0x1 ;;
	mov r11 = r12
	and r14 = 7, r15
	break.i 0x2 ;;
	add r1 = r2, r3
	shladd r16 = r17, 2, r18
	break.b 0x3 ;;
	adds r7 = 100, r8
	sub r4 = r5, r6
	break.f 0x4 ;;
	add r1 = r2, r3
	cmp.eq p6, p7 = r9, r10
	break 6 ;;
	adds r7 = 100, r8
	nop.m 0
	and r14 = 7, r15 ;;
	and r14 = 7, r15
	break.m 0x1
	nop.m 0 ;;
	adds r7 = 100, r8
	break.m 0x1
	break.i 0x2 ;;
	mov r11 = r12
	nop.m 0
	break.b 0x3 ;;
	mov r11 = r12
	break.m 0x1
	break.f 0x4 ;;
	and r14 = 7, r15
	nop.m 0
	nop 5 ;;
	sub r4 = r5, r6
	nop.i 0
	adds r7 = 100, r8 ;;
	cmp.eq p6, p7 = r9, r10
	nop.i 0
	nop.m 0 ;;
	shladd r16 = r17, 2, r18
	nop.i 0
	break.i 0x2 ;;
	mov r11 = r12
	nop.i 0
	nop.b 0 ;;
	and r14 = 7, r15
	break.i 0x2
	break.f 0x4 ;;
	adds r7 = 100, r8
	nop.i 0
	break 6 ;;
	and r14 = 7, r15
	break.b 0x3
	and r14 = 7, r15 ;;
	and r14 = 7, r15
	nop.b 0
	break.m 0x1 ;;
	and r14 = 7, r15
	nop.b 0
	nop.i 0 ;;
	sub r4 = r5, r6
	nop.b 0
	break.b 0x3 ;;
	adds r7 = 100, r8
	nop.b 0
	break.f 0x4 ;;
	add r1 = r2, r3
	nop.b 0
	nop 5 ;;
	adds r7 = 100, r8
	nop.f 0
	addl r13 = 0x1234, r2 ;;
	add r1 = r2, r3
	nop.f 0
	nop.m 0 ;;
	and r14 = 7, r15
	nop.f 0
	break.i 0x2 ;;
	addl r13 = 0x1234, r2
	break.f 0x4
	break.b 0x3 ;;
	sub r4 = r5, r6
	nop.f 0
	break.f 0x4 ;;
	shladd r16 = r17, 2, r18
	break.f 0x4
	break 6 ;;
	mov r11 = r12
	nop 5
	adds r7 = 100, r8 ;;
	sub r4 = r5, r6
	break 6
	break.m 0x1 ;;
	shladd r16 = r17, 2, r18
	nop 5
	nop.i 0 ;;
	cmp.eq p6, p7 = r9, r10
	break 6
	nop.b 0 ;;
	add r1 = r2, r3
	break 6
	nop.f 0 ;;
	mov r11 = r12
	break 6
	nop 5 ;;
	break.m 0x1
	cmp.eq p6, p7 = r9, r10
	addl r13 = 0x1234, r2 ;;
	nop.m 0
	cmp.eq p6, p7 = r9, r10
	nop.m 0 ;;
	break.m 0x1
	cmp.eq p6, p7 = r9, r10
	nop.i 0 ;;
	break.m 0x1
	addl r13 = 0x1234, r2
	nop.b 0 ;;
	nop.m 0
	mov r11 = r12
	break.f 0x4 ;;
	break.m 0x1
	cmp.eq p6, p7 = r9, r10
	break 6 ;;
	break.m 0x1
	break.m 0x1
	addl r13 = 0x1234, r2 ;;
	nop.m 0
	nop.m 0
	nop.m 0 ;;
	nop.m 0
	break.m 0x1
	nop.i 0 ;;
	break.m 0x1
	nop.m 0
	break.b 0x3 ;;
	nop.m 0
	break.m 0x1
	break.f 0x4 ;;
	nop.m 0
	nop.m 0
	break 6 ;;
	nop.m 0
	break.i 0x2
	adds r7 = 100, r8 ;;
	break.m 0x1
	break.i 0x2
	nop.m 0 ;;
	break.m 0x1
	break.i 0x2
	break.i 0x2 ;;
	nop.m 0
	nop.i 0
	nop.b 0 ;;
	nop.m 0
	nop.i 0
	nop.f 0 ;;
	break.m 0x1
	nop.i 0
	break 6 ;;
	break.m 0x1
	nop.b 0
	adds r7 = 100, r8 ;;
	nop.m 0
	nop.b 0
	nop.m 0 ;;
	nop.m 0
	break.b 0x3
	nop.i 0 ;;
	nop.m 0
	nop.b 0
	break.b 0x3 ;;
	nop.m 0
	break.b 0x3
	nop.f 0 ;;
	break.m 0x1
	break.b 0x3
	break 6 ;;
	nop.m 0
	nop.f 0
	addl r13 = 0x1234, r2 ;;
	break.m 0x1
	break.f 0x4
	nop.m 0 ;;
	nop.m 0
	nop.f 0
	break.i 0x2 ;;
	nop.m 0
	nop.f 0
	nop.b 0 ;;
	nop.m 0
	nop.f 0
	break.f 0x4 ;;
	nop.m 0
	nop.f 0
	break 6 ;;
	break.m 0x1
	nop 5
	add r1 = r2, r3 ;;
	nop.m 0
	nop 5
	break.m 0x1 ;;
	nop.m 0
	nop 5
	break.i 0x2 ;;
	nop.m 0
	nop 5
	break.b 0x3 ;;
	break.m 0x1
	nop 5
	break.f 0x4 ;;
	break.m 0x1
	break 6
	nop 5 ;;
	break.i 0x2
	cmp.eq p6, p7 = r9, r10
	shladd r16 = r17, 2, r18 ;;
	nop.i 0
	and r14 = 7, r15
	nop.m 0 ;;
	break.i 0x2
	shladd r16 = r17, 2, r18
	break.i 0x2 ;;
	nop.i 0
	cmp.eq p6, p7 = r9, r10
	break.b 0x3 ;;
	nop.i 0
	cmp.eq p6, p7 = r9, r10
	break.f 0x4 ;;
	nop.i 0
	adds r7 = 100, r8
	break 6 ;;
	nop.i 0
	break.m 0x1
	adds r7 = 100, r8 ;;
	break.i 0x2
	nop.m 0
	nop.m 0 ;;
	break.i 0x2
	break.m 0x1
	nop.i 0 ;;
	nop.i 0
	nop.m 0
	break.b 0x3 ;;
	break.i 0x2
	break.m 0x1
	break.f 0x4 ;;
	nop.i 0
	break.m 0x1
	break 6 ;;
	nop.i 0
	break.i 0x2
	add r1 = r2, r3 ;;
	break.i 0x2
	break.i 0x2
	break.m 0x1 ;;
	nop.i 0
	break.i 0x2
	break.i 0x2 ;;
	break.i 0x2
	nop.i 0
	nop.b 0 ;;
	nop.i 0
	nop.i 0
	nop.f 0 ;;
	break.i 0x2
	break.i 0x2
	nop 5 ;;
	nop.i 0
	break.b 0x3
	adds r7 = 100, r8 ;;
	break.i 0x2
	break.b 0x3
	break.m 0x1 ;;
	nop.i 0
	break.b 0x3
	break.i 0x2 ;;
	nop.i 0
	break.b 0x3
	nop.b 0 ;;
	nop.i 0
	break.b 0x3
	nop.f 0 ;;
	break.i 0x2
	nop.b 0
	nop 5 ;;
	break.i 0x2
	nop.f 0
	cmp.eq p6, p7 = r9, r10 ;;
	nop.i 0
	break.f 0x4
	nop.m 0 ;;
	break.i 0x2
	nop.f 0
	break.i 0x2 ;;
	break.i 0x2
	break.f 0x4
	nop.b 0 ;;
	nop.i 0
	nop.f 0
	nop.f 0 ;;
	nop.i 0
	break.f 0x4
	nop 5 ;;
	nop.i 0
	nop 5
	mov r11 = r12 ;;
	break.i 0x2
	nop 5
	break.m 0x1 ;;
	break.i 0x2
	nop 5
	break.i 0x2 ;;
	break.i 0x2
	nop 5
	break.b 0x3 ;;
	nop.i 0
	nop 5
	nop.f 0 ;;
	nop.i 0
	break 6
	nop 5 ;;
	break.b 0x3
	sub r4 = r5, r6
	and r14 = 7, r15 ;;
	break.b 0x3
	and r14 = 7, r15
	break.m 0x1 ;;
	nop.b 0
	cmp.eq p6, p7 = r9, r10
	break.i 0x2 ;;
	nop.b 0
	adds r7 = 100, r8
	break.b 0x3 ;;
	break.b 0x3
	add r1 = r2, r3
	nop.f 0 ;;
	nop.b 0
	sub r4 = r5, r6
	break 6 ;;
	break.b 0x3
	nop.m 0
	add r1 = r2, r3 ;;
	nop.b 0
	break.m 0x1
	break.m 0x1 ;;
	nop.b 0
	break.m 0x1
	nop.i 0 ;;
	break.b 0x3
	nop.m 0
	nop.b 0 ;;
	break.b 0x3
	break.m 0x1
	nop.f 0 ;;
	break.b 0x3
	break.m 0x1
	break 6 ;;
	break.b 0x3
	nop.i 0
	add r1 = r2, r3 ;;
	break.b 0x3
	nop.i 0
	break.m 0x1 ;;
	nop.b 0
	nop.i 0
	break.i 0x2 ;;
	break.b 0x3
	nop.i 0
	break.b 0x3 ;;
	break.b 0x3
	nop.i 0
	nop.f 0 ;;
	nop.b 0
	nop.i 0
	break 6 ;;
	nop.b 0
	nop.b 0
	and r14 = 7, r15 ;;
	nop.b 0
	break.b 0x3
	nop.m 0 ;;
	break.b 0x3
	break.b 0x3
	nop.i 0 ;;
	nop.b 0
	nop.b 0
	break.b 0x3 ;;
	break.b 0x3
	break.b 0x3
	nop.f 0 ;;
	break.b 0x3
	nop.b 0
	nop 5 ;;
	break.b 0x3
	nop.f 0
	add r1 = r2, r3 ;;
	nop.b 0
	nop.f 0
	nop.m 0 ;;
	nop.b 0
	nop.f 0
	break.i 0x2 ;;
	nop.b 0
	break.f 0x4
	break.b 0x3 ;;
	nop.b 0
	nop.f 0
	nop.f 0 ;;
	break.b 0x3
	break.f 0x4
	nop 5 ;;
	break.b 0x3
	nop 5
	sub r4 = r5, r6 ;;
	nop.b 0
	break 6
	break.m 0x1 ;;
	nop.b 0
	break 6
	nop.i 0 ;;
	nop.b 0
	nop 5
	break.b 0x3 ;;
	break.b 0x3
	break 6
	nop.f 0 ;;
	break.b 0x3
	break 6
	nop 5 ;;
	nop.f 0
	sub r4 = r5, r6
	adds r7 = 100, r8 ;;
	break.f 0x4
	mov r11 = r12
	break.m 0x1 ;;
	nop.f 0
	add r1 = r2, r3
	break.i 0x2 ;;
	nop.f 0
	shladd r16 = r17, 2, r18
	break.b 0x3 ;;
	nop.f 0
	cmp.eq p6, p7 = r9, r10
	break.f 0x4 ;;
	break.f 0x4
	mov r11 = r12
	break 6 ;;
	break.f 0x4
	break.m 0x1
	sub r4 = r5, r6 ;;
	nop.f 0
	break.m 0x1
	nop.m 0 ;;
	break.f 0x4
	nop.m 0
	break.i 0x2 ;;
	break.f 0x4
	nop.m 0
	break.b 0x3 ;;
	break.f 0x4
	break.m 0x1
	nop.f 0 ;;
	nop.f 0
	nop.m 0
	nop 5 ;;
	nop.f 0
	break.i 0x2
	addl r13 = 0x1234, r2 ;;
	nop.f 0
	break.i 0x2
	nop.m 0 ;;
	break.f 0x4
	nop.i 0
	break.i 0x2 ;;
	break.f 0x4
	break.i 0x2
	nop.b 0 ;;
	nop.f 0
	nop.i 0
	break.f 0x4 ;;
	break.f 0x4
	break.i 0x2
	break 6 ;;
	nop.f 0
	break.b 0x3
	addl r13 = 0x1234, r2 ;;
	break.f 0x4
	break.b 0x3
	nop.m 0 ;;
	break.f 0x4
	nop.b 0
	break.i 0x2 ;;
	break.f 0x4
	break.b 0x3
	nop.b 0 ;;
	nop.f 0
	nop.b 0
	break.f 0x4 ;;
	break.f 0x4
	break.b 0x3
	nop 5 ;;
	break.f 0x4
	break.f 0x4
	sub r4 = r5, r6 ;;
	break.f 0x4
	break.f 0x4
	break.m 0x1 ;;
	nop.f 0
	break.f 0x4
	nop.i 0 ;;
	nop.f 0
	break.f 0x4
	nop.b 0 ;;
	nop.f 0
	break.f 0x4
	break.f 0x4 ;;
	break.f 0x4
	nop.f 0
	break 6 ;;
	break.f 0x4
	nop 5
	and r14 = 7, r15 ;;
	nop.f 0
	nop 5
	nop.m 0 ;;
	break.f 0x4
	break 6
	nop.i 0 ;;
	break.f 0x4
	break 6
	nop.b 0 ;;
	nop.f 0
	nop 5
	break.f 0x4 ;;
	break.f 0x4
	break 6
	break 6 ;;
	break 6
	mov r11 = r12
	mov r11 = r12 ;;
	break 6
	cmp.eq p6, p7 = r9, r10
	break.m 0x1 ;;
	break 6
	and r14 = 7, r15
	nop.i 0 ;;
	nop 5
	adds r7 = 100, r8
	nop.b 0 ;;
	nop 5
	shladd r16 = r17, 2, r18
	nop.f 0 ;;
	break 6
	addl r13 = 0x1234, r2
	break 6 ;;
	break 6
	nop.m 0
	cmp.eq p6, p7 = r9, r10 ;;
	nop 5
	nop.m 0
	nop.m 0 ;;
	break 6
	nop.m 0
	break.i 0x2 ;;
	nop 5
	break.m 0x1
	break.b 0x3 ;;
	nop 5
	nop.m 0
	break.f 0x4 ;;
	break 6
	break.m 0x1
	nop 5 ;;
	break 6
	break.i 0x2
	addl r13 = 0x1234, r2 ;;
	nop 5
	break.i 0x2
	break.m 0x1 ;;
	break 6
	nop.i 0
	nop.i 0 ;;
	nop 5
	break.i 0x2
	nop.b 0 ;;
	break 6
	break.i 0x2
	break.f 0x4 ;;
	break 6
	break.i 0x2
	nop 5 ;;
	nop 5
	nop.b 0
	and r14 = 7, r15 ;;
	break 6
	break.b 0x3
	nop.m 0 ;;
	nop 5
	break.b 0x3
	break.i 0x2 ;;
	break 6
	nop.b 0
	nop.b 0 ;;
	nop 5
	nop.b 0
	nop.f 0 ;;
	nop 5
	break.b 0x3
	nop 5 ;;
	nop 5
	nop.f 0
	adds r7 = 100, r8 ;;
	nop 5
	nop.f 0
	break.m 0x1 ;;
	nop 5
	break.f 0x4
	break.i 0x2 ;;
	nop 5
	nop.f 0
	nop.b 0 ;;
	break 6
	nop.f 0
	break.f 0x4 ;;
	break 6
	nop.f 0
	nop 5 ;;
	nop 5
	break 6
	shladd r16 = r17, 2, r18 ;;
	break 6
	break 6
	nop.m 0 ;;
	break 6
	nop 5
	nop.i 0 ;;
	nop 5
	break 6
	break.b 0x3 ;;
	nop 5
	nop 5
	nop.f 0 ;;
	break 6
	break 6
	nop 5 ;;
// a stream with stops here and there
	nop.m 0
	nop.i 0
	break.i 0x2
	nop.i 0 ;;
	nop.m 0 ;;
	break.m 0x1
	nop.m 0
	break.m 0x1 ;;
	break 6
	break.m 0x1
	adds r7 = 100, r8
	cmp.eq p6, p7 = r9, r10 ;;
	nop 5
	adds r7 = 100, r8
	nop.i 0
	addl r13 = 0x1234, r2 ;;
	break.f 0x4 ;;
	break.i 0x2
	nop.b 0 ;;
	mov r11 = r12 ;;
	nop.i 0
	break.m 0x1
	break.m 0x1 ;;
	nop.b 0
	nop.b 0
	nop.b 0
	break.m 0x1 ;;
	shladd r16 = r17, 2, r18 ;;
	mov r11 = r12 ;;
	addl r13 = 0x1234, r2
	nop.i 0 ;;
	break.i 0x2 ;;
	nop 5 ;;
	nop.m 0
	break.b 0x3
	break.i 0x2 ;;
	nop.b 0 ;;
	nop.m 0
	break.i 0x2
	nop 5
	nop.i 0 ;;
	add r1 = r2, r3
	break.f 0x4 ;;
	nop.i 0
	nop.m 0 ;;
	break.i 0x2
	nop.b 0 ;;
	break.i 0x2
	nop.m 0
	break.m 0x1 ;;
	break.m 0x1 ;;
	nop.m 0
	cmp.eq p6, p7 = r9, r10 ;;
	nop.m 0
	break.i 0x2
	nop.f 0
	shladd r16 = r17, 2, r18
	add r1 = r2, r3
	break.m 0x1
	mov r11 = r12 ;;
	cmp.eq p6, p7 = r9, r10
	nop 5
	nop.i 0
	nop.m 0 ;;
	break 6 ;;
	break.i 0x2 ;;
	break.m 0x1 ;;
	nop.m 0
	break.i 0x2 ;;
	nop.m 0 ;;
	break.b 0x3 ;;
	and r14 = 7, r15
	sub r4 = r5, r6
	break.i 0x2
	break.m 0x1
	mov r11 = r12
	break.i 0x2
	nop.i 0
	nop.i 0
	nop.i 0
	and r14 = 7, r15
	break.i 0x2
	add r1 = r2, r3 ;;
	and r14 = 7, r15 ;;
	break 6
	adds r7 = 100, r8
	adds r7 = 100, r8
	and r14 = 7, r15
	break.m 0x1 ;;
	shladd r16 = r17, 2, r18
	break 6 ;;
	nop 5
	break.m 0x1
	break.m 0x1 ;;
	nop.m 0
	nop.f 0
	adds r7 = 100, r8 ;;
	nop.m 0
	addl r13 = 0x1234, r2 ;;
	break 6
	break.m 0x1
	break.m 0x1
	break.i 0x2
	add r1 = r2, r3 ;;
	break.b 0x3 ;;
	break 6
	break.b 0x3 ;;
	addl r13 = 0x1234, r2
	shladd r16 = r17, 2, r18
	add r1 = r2, r3
	addl r13 = 0x1234, r2
	nop.f 0 ;;
	break.f 0x4
	add r1 = r2, r3
	nop 5 ;;
	break.b 0x3
	cmp.eq p6, p7 = r9, r10 ;;
	break.i 0x2 ;;
	break 6
	nop.b 0 ;;
	nop.b 0
	nop 5
	cmp.eq p6, p7 = r9, r10 ;;
	mov r11 = r12
	nop.i 0
	nop.m 0
	addl r13 = 0x1234, r2
	nop.b 0 ;;
	break.f 0x4
	break.i 0x2
	nop.i 0
	shladd r16 = r17, 2, r18 ;;
	nop 5 ;;
	break.f 0x4
	break 6
	cmp.eq p6, p7 = r9, r10 ;;
	break 6
	nop.i 0 ;;
	nop.m 0 ;;
	addl r13 = 0x1234, r2
	break.f 0x4
	break.i 0x2
	break.m 0x1
	nop.b 0 ;;
	nop.m 0
	adds r7 = 100, r8
	break.m 0x1
	add r1 = r2, r3
	break.f 0x4
	break 6
	break.f 0x4 ;;
	add r1 = r2, r3 ;;
	and r14 = 7, r15 ;;
	add r1 = r2, r3
	add r1 = r2, r3
	nop.m 0
	break.f 0x4
	mov r11 = r12 ;;
	shladd r16 = r17, 2, r18
	and r14 = 7, r15
	nop.b 0
	nop.b 0 ;;
	mov r11 = r12 ;;
	sub r4 = r5, r6
	nop.m 0 ;;
	break.f 0x4
	break.f 0x4 ;;
	nop.m 0
	adds r7 = 100, r8 ;;
	nop.m 0
	nop.i 0
	nop.i 0
	break.f 0x4
	nop.f 0
	nop.i 0
	nop.m 0
	nop 5
	adds r7 = 100, r8 ;;
	sub r4 = r5, r6
	addl r13 = 0x1234, r2
	add r1 = r2, r3 ;;
	sub r4 = r5, r6
	addl r13 = 0x1234, r2 ;;
	nop.f 0
	nop.i 0 ;;
	nop.m 0 ;;
	mov r11 = r12
	sub r4 = r5, r6
	break.m 0x1
	break.i 0x2 ;;
	break.m 0x1 ;;
	break.i 0x2
	break 6
	nop 5
	and r14 = 7, r15
	addl r13 = 0x1234, r2
	cmp.eq p6, p7 = r9, r10
	mov r11 = r12 ;;
	cmp.eq p6, p7 = r9, r10 ;;
	add r1 = r2, r3
	shladd r16 = r17, 2, r18
	shladd r16 = r17, 2, r18
	break.f 0x4
	mov r11 = r12
	break.m 0x1 ;;
	shladd r16 = r17, 2, r18
	nop.f 0
	nop.i 0
	nop.i 0
	addl r13 = 0x1234, r2 ;;
	break.m 0x1
	nop.f 0
	break.m 0x1 ;;
	nop 5
	nop.i 0
	break.b 0x3 ;;
	break.b 0x3
	addl r13 = 0x1234, r2
	nop.m 0 ;;
	nop 5
	break.m 0x1
	nop.i 0 ;;
	break.m 0x1
	adds r7 = 100, r8
	cmp.eq p6, p7 = r9, r10
	mov r11 = r12
	break.i 0x2 ;;
	mov r11 = r12 ;;
	break.i 0x2 ;;
	break.i 0x2
	break.f 0x4
	mov r11 = r12
	nop.i 0
	break.i 0x2
	nop 5
	shladd r16 = r17, 2, r18
	nop.m 0
	break.m 0x1
	mov r11 = r12
	break.b 0x3 ;;
	nop.i 0
	nop.i 0
	nop.b 0 ;;
	nop.f 0 ;;
	break.m 0x1 ;;
	break 6
	nop.b 0
	break.i 0x2
	nop.b 0
	and r14 = 7, r15
	addl r13 = 0x1234, r2
	break.m 0x1
	add r1 = r2, r3 ;;
	break.i 0x2
	cmp.eq p6, p7 = r9, r10
	nop.i 0
	break.i 0x2 ;;
	sub r4 = r5, r6
	break.m 0x1
	nop.m 0
	break.i 0x2
	nop.f 0
	break.b 0x3
	break.m 0x1
	break.m 0x1
	nop.b 0
	break.m 0x1 ;;
	break.m 0x1
	nop.i 0
	nop.i 0
	nop.i 0 ;;
	break 6
	addl r13 = 0x1234, r2
	add r1 = r2, r3 ;;
	mov r11 = r12 ;;
	adds r7 = 100, r8
	shladd r16 = r17, 2, r18
	cmp.eq p6, p7 = r9, r10
	nop.f 0
	nop 5
	break.f 0x4 ;;
	nop.m 0
	nop.b 0
	break.m 0x1 ;;
	shladd r16 = r17, 2, r18
	shladd r16 = r17, 2, r18
	shladd r16 = r17, 2, r18 ;;
	add r1 = r2, r3 ;;
	break.i 0x2
	break.b 0x3
	break.i 0x2
	adds r7 = 100, r8
	add r1 = r2, r3
	nop.i 0
	nop.b 0 ;;
	nop.i 0
	break.i 0x2
	nop.f 0 ;;
	break.i 0x2 ;;
	mov r11 = r12 ;;
	break.b 0x3
	break.m 0x1
	nop.b 0
	break.i 0x2 ;;
	add r1 = r2, r3
	break.f 0x4
	and r14 = 7, r15
	add r1 = r2, r3 ;;
	nop.b 0
	break.f 0x4
	nop 5 ;;
	nop.b 0 ;;
	add r1 = r2, r3
	add r1 = r2, r3
	mov r11 = r12
	break.m 0x1 ;;
	addl r13 = 0x1234, r2 ;;
	nop 5
	nop.f 0
	break.i 0x2
	and r14 = 7, r15
	shladd r16 = r17, 2, r18
	nop.f 0 ;;
	nop.b 0
	and r14 = 7, r15 ;;
	sub r4 = r5, r6 ;;
	adds r7 = 100, r8
	nop.m 0
	add r1 = r2, r3
	sub r4 = r5, r6 ;;
	break.f 0x4
	nop.m 0
	add r1 = r2, r3 ;;
	nop 5
	nop.m 0
	nop.b 0
	break 6
	adds r7 = 100, r8
	addl r13 = 0x1234, r2
	and r14 = 7, r15
	break.b 0x3
	break 6 ;;
	addl r13 = 0x1234, r2
	adds r7 = 100, r8
	break.m 0x1
	break.m 0x1
	nop.i 0
	nop.m 0
	break.m 0x1 ;;
	mov r11 = r12
	nop 5 ;;
	break.f 0x4
	shladd r16 = r17, 2, r18
	nop.m 0
	and r14 = 7, r15
	break.m 0x1
	and r14 = 7, r15
	addl r13 = 0x1234, r2
	break.m 0x1
	break.m 0x1
	nop 5 ;;
	nop.m 0 ;;
	break.m 0x1
	break.i 0x2
	cmp.eq p6, p7 = r9, r10 ;;
	break.b 0x3
	break.i 0x2
	addl r13 = 0x1234, r2
	break.i 0x2
	sub r4 = r5, r6 ;;
	break 6
	break.m 0x1
	break.m 0x1 ;;
	nop.b 0 ;;
	addl r13 = 0x1234, r2 ;;
	and r14 = 7, r15 ;;
	add r1 = r2, r3
	break.b 0x3
	and r14 = 7, r15
	mov r11 = r12
	nop.m 0
	break.f 0x4 ;;
	addl r13 = 0x1234, r2
	nop.m 0 ;;
	break.m 0x1 ;;
	nop.f 0
	mov r11 = r12
	nop.b 0 ;;
	nop.i 0
	break.m 0x1
	shladd r16 = r17, 2, r18
	break.m 0x1 ;;
	break.b 0x3 ;;
	nop.m 0
	shladd r16 = r17, 2, r18
	nop.m 0 ;;
	nop.m 0
	nop.i 0
	and r14 = 7, r15
	shladd r16 = r17, 2, r18
	nop.i 0
	nop.i 0
	adds r7 = 100, r8
	nop.f 0
	mov r11 = r12
	nop.m 0 ;;
	break 6
	mov r11 = r12
	break.i 0x2
	adds r7 = 100, r8
	cmp.eq p6, p7 = r9, r10
	nop.m 0 ;;
	break.m 0x1
	nop.m 0
	and r14 = 7, r15 ;;
	add r1 = r2, r3
	nop.m 0
	shladd r16 = r17, 2, r18
	nop.i 0
	break.f 0x4 ;;
	nop.i 0
	break.m 0x1
	adds r7 = 100, r8
	nop.m 0 ;;
	sub r4 = r5, r6
	break.b 0x3 ;;
	cmp.eq p6, p7 = r9, r10
	nop.m 0 ;;
	break.f 0x4
	addl r13 = 0x1234, r2
	nop.b 0 ;;
	nop.b 0
	nop.m 0 ;;
	nop.i 0 ;;
	nop.i 0
	nop.b 0 ;;
	break.m 0x1
	nop.i 0 ;;
	shladd r16 = r17, 2, r18
	adds r7 = 100, r8 ;;
	cmp.eq p6, p7 = r9, r10
	sub r4 = r5, r6
	nop.f 0 ;;
	break.m 0x1 ;;
	break 6
	nop.b 0
	adds r7 = 100, r8 ;;
	shladd r16 = r17, 2, r18
	break.f 0x4 ;;
	and r14 = 7, r15
	nop.f 0
	shladd r16 = r17, 2, r18
	add r1 = r2, r3
	break.i 0x2
	nop 5
	addl r13 = 0x1234, r2
	break.m 0x1
	break 6
	nop.f 0
	addl r13 = 0x1234, r2 ;;
	nop.i 0
	nop.f 0 ;;
	nop.i 0
	cmp.eq p6, p7 = r9, r10 ;;
	break.i 0x2
	add r1 = r2, r3
	break 6
	break 6
	sub r4 = r5, r6 ;;
	nop.f 0
	mov r11 = r12 ;;
	nop.i 0 ;;
	break 6 ;;
	nop 5
	nop.f 0
	break.i 0x2 ;;
	mov r11 = r12
	nop 5
	break.m 0x1
	break.f 0x4
	break.b 0x3 ;;
	nop.i 0 ;;
	break.f 0x4
	nop.i 0
	cmp.eq p6, p7 = r9, r10
	break.i 0x2 ;;
	break.m 0x1 ;;
	adds r7 = 100, r8
	break 6
	and r14 = 7, r15
	nop.i 0
	and r14 = 7, r15
	nop.i 0
	break 6
	nop.f 0
	break.b 0x3
	and r14 = 7, r15
	and r14 = 7, r15
	nop 5
	nop 5
	nop.m 0
	break.b 0x3 ;;
	break.i 0x2
	break.f 0x4
	shladd r16 = r17, 2, r18
	nop.m 0
	and r14 = 7, r15
	nop 5 ;;
	break.i 0x2
	nop 5
	break.m 0x1
	add r1 = r2, r3 ;;
	break 6 ;;
	break.f 0x4
	break.i 0x2
	nop.i 0
	break.i 0x2
	cmp.eq p6, p7 = r9, r10 ;;
	break.i 0x2
	nop 5
	break.i 0x2
	break 6
	adds r7 = 100, r8
	nop.i 0
	nop.f 0 ;;
	break.m 0x1
	break.f 0x4
	break.f 0x4
	nop.m 0
	sub r4 = r5, r6
	and r14 = 7, r15 ;;
	mov r11 = r12
	nop.f 0
	nop.i 0
	cmp.eq p6, p7 = r9, r10 ;;
	break.f 0x4
	nop.f 0
	nop.i 0 ;;
	nop.f 0 ;;
	adds r7 = 100, r8
	break.b 0x3
	add r1 = r2, r3
	break 6 ;;
	break.m 0x1 ;;
	mov r11 = r12
	nop 5
	break.b 0x3 ;;
	break.m 0x1
	shladd r16 = r17, 2, r18 ;;
	nop.m 0 ;;
	adds r7 = 100, r8
	break.b 0x3
	break.m 0x1
	cmp.eq p6, p7 = r9, r10
	nop 5
	break.i 0x2 ;;
	nop.m 0 ;;
	break.i 0x2 ;;
	break.m 0x1
	addl r13 = 0x1234, r2
	break.i 0x2
	sub r4 = r5, r6
	nop.i 0
	break.b 0x3
	nop.i 0 ;;
	addl r13 = 0x1234, r2
	nop.m 0 ;;
	nop.m 0
	nop.b 0 ;;
	nop.i 0
	nop.i 0 ;;
	nop.b 0 ;;
	nop.b 0
	break.m 0x1
	nop.i 0
	nop.f 0 ;;
	sub r4 = r5, r6
	break.m 0x1 ;;
	nop 5
	nop.i 0
	break.m 0x1 ;;
	sub r4 = r5, r6
	break.i 0x2 ;;
	nop.m 0 ;;
	and r14 = 7, r15 ;;
	break.i 0x2
	mov r11 = r12 ;;
	break.i 0x2
	shladd r16 = r17, 2, r18 ;;
	break.i 0x2
	adds r7 = 100, r8 ;;
	nop.m 0
	and r14 = 7, r15 ;;
	and r14 = 7, r15 ;;
	nop.m 0
	mov r11 = r12
	cmp.eq p6, p7 = r9, r10
	break.f 0x4
	break 6
	mov r11 = r12
	;;
