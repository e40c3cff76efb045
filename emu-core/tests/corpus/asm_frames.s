// Register frames and application registers: `alloc` declares the frame
// that names in0.., loc0.., out0.. (also in the alloc's own output), a
// later alloc redeclares it; moves to and from application registers pick
// the M or I unit by register number (ar48-ar63 go on either, the slot
// decides); instructions that must start a group (alloc, flushrs,
// loadrs) after `.align` put their stop on the padding.
	.text
	.global _start
	.proc _start
_start:
	alloc loc0 = ar.pfs, 2, 3, 1, 0
	add loc1 = in0, in1
	mov out0 = loc2 ;;
	mov ar.lc = r2			// I unit
	mov ar.k0 = r3			// M unit
	mov r4 = ar.bsp
	mov ar.fpsr = r5
	mov r6 = ar48			// either unit
	mov ar49 = r7 ;;
	mov ar.ec = 7
	mov ar.ccv = 0 ;;
	flushrs
	loadrs ;;
	add r1 = r2, r3
	.align 32
	flushrs ;;
	add r1 = r2, r3 ;;
	.align 64
	loadrs
	add r1 = r2, r3
	.align 16
	alloc r36 = ar.pfs, 0, 8, 4, 8
	mov loc7 = out3 ;;
	mov ar.pfs = loc0
	br.ret.sptk.many rp ;;
	.endp _start
