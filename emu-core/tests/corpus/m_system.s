// M-unit system and control instructions (major opcodes 0 and 1), every
// mnemonic and operand form once, each in its own instruction group so
// that no group has a register dependency violation. GNU as -x still warns
// where real code would serialize (srlz) between groups; bytes are what count.
	.text
	.global _start
_start:
// Register stack control and frame allocation (first in their group).
	alloc r34 = ar.pfs, 2, 3, 1, 0 ;;
	flushrs ;;
	loadrs ;;
// Ordering, serialization, ALAT.
	mf ;;
	mf.a ;;
	invala ;;
	fwb ;;
	invala.e r5 ;;
	invala.e f6 ;;
	srlz.d ;;
	srlz.i ;;
	sync.i ;;
// Speculation checks.
1:	chk.a.nc r7, 1b ;;
	chk.a.clr r8, 1b ;;
	chk.a.nc f9, 1b ;;
	chk.a.clr f10, 1b ;;
	chk.s.m r11, 1b ;;
	chk.s f12, 1b ;;
	chk.s r13, 1b ;;
// Application registers by the M unit, register and immediate forms.
	mov.m ar.ccv = r14 ;;
	mov ar.unat = r15 ;;
	mov.m ar.rsc = 3 ;;
	mov ar.fpsr = -1 ;;
	mov.m r16 = ar.bsp ;;
	mov r17 = ar.itc ;;
	mov ar.k3 = r18 ;;
	mov r19 = ar.k7 ;;
// Control registers.
	mov r20 = cr.dcr ;;
	mov cr.iva = r21 ;;
	mov r22 = cr.ivr ;;
	mov cr.eoi = r0 ;;
	mov r23 = cr.ipsr ;;
	mov cr.itm = r24 ;;
// Processor status register and user mask.
	mov r25 = psr ;;
	mov psr.l = r26 ;;
	mov r27 = psr.um ;;
	mov psr.um = r28 ;;
	sum 0x4 ;;
	rum 0x8 ;;
	ssm 0x4000 ;;
	rsm 0x6000 ;;
// Probes.
	probe.r r29 = r30, r31 ;;
	probe.w r2 = r3, r4 ;;
	probe.r r5 = r6, 3 ;;
	probe.w r7 = r8, 0 ;;
	probe.rw.fault r9, 3 ;;
	probe.r.fault r10, 2 ;;
	probe.w.fault r11, 1 ;;
// Indirect register files.
	mov rr[r12] = r13 ;;
	mov dbr[r14] = r15 ;;
	mov ibr[r16] = r17 ;;
	mov pkr[r18] = r19 ;;
	mov pmc[r20] = r21 ;;
	mov pmd[r22] = r23 ;;
	mov msr[r24] = r25 ;;
	mov r26 = rr[r27] ;;
	mov r28 = dbr[r29] ;;
	mov r30 = ibr[r31] ;;
	mov r32 = pkr[r33] ;;
	mov r34 = pmc[r35] ;;
	mov r36 = pmd[r37] ;;
	mov r38 = msr[r39] ;;
	mov r40 = cpuid[r41] ;;
// Translation insertion and purges.
	itc.d r42 ;;
	itc.i r43 ;;
	itr.d dtr[r44] = r45 ;;
	itr.i itr[r46] = r47 ;;
	ptc.l r48, r49 ;;
	ptc.g r50, r51 ;;
	ptc.ga r52, r53 ;;
	ptr.d r54, r55 ;;
	ptr.i r56, r57 ;;
	ptc.e r58 ;;
	thash r59 = r60 ;;
	ttag r61 = r62 ;;
	tpa r63 = r64 ;;
	tak r65 = r66 ;;
	fc r67 ;;
	fc.i r68 ;;
// nop, break and hint in M slots.
	nop.m 0x12345 ;;
	break.m 0x1ffff ;;
	hint.m 0 ;;
	nop 7 ;;
