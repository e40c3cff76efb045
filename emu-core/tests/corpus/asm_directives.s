// Directives and expressions: constants (.equ, .set, =, ==), every
// operator with GNU's precedence, conditional assembly (nested .if/.else),
// .include, data of every size (aligned and .ua), strings, .skip/.align
// in code and data, .xdata into another section, section switches (each
// ends the current instruction group in code), template directives
// without braces, and movl of data and code addresses (linked).
	.text
	.equ	FOUR, 4
	.set	SIXTEEN, FOUR * FOUR
	TEN = 10
	TWELVE == TEN + 2
	.equ	EQ_TRUE, 2 == 2
	.include "asm_include.inc"

	.global _start
	.proc _start
_start:
	adds r1 = FOUR + 1, r0			// 5
	adds r2 = -SIXTEEN, r0
	adds r3 = (1 << 4) | 3, r0
	adds r4 = 100 / 7 * 7 + 100 % 7, r0	// 100
	adds r5 = 0x7f & ~0x0f ^ 0x1, r0
	adds r6 = 3 + 4 * 5 - 6 / 2, r0	// 20
	adds r7 = TWELVE - INC_TWICE, r0
	adds r8 = -EQ_TRUE, r0			// comparisons give -1
	adds r9 = (3 < 4) + (4 <= 4) + (5 > 4) + (4 >= 5) + (1 != 1), r0
	adds r10 = !0 + (1 && 2) + (0 || 0), r0
	adds r11 = 'A', r0
	adds r12 = 0b101 + 010 + 0x10, r0	// binary, octal, hex
	addl r13 = msg_end - msg, r0		// a length from two labels
	;;
	add r12 = 0x1234, r10			// GNU: adds (r10 is not r0-r3)
	add r14 = 0x12345, r1			// GNU: addl
	add r15 = -5, r3 ;;			// addl
	adds r16 = LATER, r0			// defined further down
	mov r17 = LATER - 100 ;;
.if FOUR == 4
	add r14 = r15, r16
.if TEN > 20
	add r14 = r14, r14			// not assembled
.else
	sub r14 = r14, r15
.endif
.else
	add r15 = r15, r15			// not assembled
.endif
.ifdef TEN
	adds r16 = TEN, r16
.endif
.ifndef UNDEFINED_SYMBOL
	adds r17 = 1, r17 ;;
.endif
	movl r18 = msg				// addresses need linking
	movl r19 = table + 8
	movl r20 = counter
	movl r21 = _start ;;
	.mii
	add r1 = r2, r3
	add r4 = r5, r6 ;;
	.mmi
	add r7 = r8, r9 ;;
	add r10 = r11, r12
	add r13 = r14, r15 ;;
	.align 64				// pads with nop bundles
	add r1 = r1, r1 ;;
	.align 64
	add r1 = r1, r1 ;;
	.skip 32				// zeros
	add r2 = r2, r2
	.xdata8 .data, 0x1122334455667788	// leaves the group open
	add r3 = r3, r3 ;;
	data8 0xdeadbeef			// data in code ends the group
	data4 0x12345678
	data4 0x9abcdef0
	add r4 = r4, r4
	.data					// so does a section switch
	.quad 1
	.text
	add r5 = r5, r5
	br.ret.sptk.many b0 ;;
	.endp _start

	LATER = 21
	.rodata
msg:	.ascii "hello, "
	.asciz "world\n"
	.string "two", "strings"
	stringz "ia64"
msg_end:
	.byte 1, 2, 3
	.short 0x1234				// aligned to 2
	.long 0x12345678			// aligned to 4
	.quad msg				// aligned to 8
	data2.ua 0xbeef
	data4.ua 0xdeadbeef
	data8.ua msg_end - msg
	.balign 16
table:	data8 1, 2, 3, 4
	.p2align 3
	data1 -1
	.data
counter: data8 0
	.xdata4 .rodata, 0xcafe
	.section .data.more, "aw", @progbits
	.quad counter + 8
	.bss
buffer:	.skip 128
	.lcomm scratch, 64, 16
