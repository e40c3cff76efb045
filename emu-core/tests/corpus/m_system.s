// M-unit system instructions (major opcodes 0 and 1) in GNU as syntax:
// every mnemonic and operand form of the rows once, with and without the
// unit suffix where GNU as allows it. Each instruction ends its own
// instruction group unless it sits in an explicit bundle. System state is
// read before it is written and writes are serialized (srlz), so that
// `as -x` reports no dependency violations.
	.text
m_system:

// break/nop/hint (M37, M48): with and without the unit suffix; bare forms in an M slot
	break.m 0 ;;
	(p1) break.m 0x1fffff ;;
	nop.m 0x12345 ;;
	hint.m 0 ;;
	hint.m @pause ;;
	(p2) hint.m 0x7ffff ;;
{ .mii
	break 0x100000
	nop.i 0
	nop.i 0 ;;
}
{ .mmi
	nop 7
	hint 1
	nop.i 0 ;;
}

// fences, serialization, flush write buffers, ALAT invalidation (M24, M25)
	invala ;;
	fwb ;;
	mf ;;
	(p3) mf.a ;;
	srlz.d ;;
	srlz.i ;;
	sync.i ;;
	(p4) invala.e r4 ;;
	invala.e r127 ;;
	invala.e f4 ;;
	(p5) invala.e f127 ;;

// register stack control: must start an instruction group, never predicated
	flushrs ;;
	loadrs ;;

// alloc (M34): ins, locals, outs, rotating; and GNU's form without ar.pfs
	alloc r34 = ar.pfs, 2, 3, 4, 0 ;;
	alloc r2 = ar.pfs, 0, 0, 0, 0 ;;
	alloc r127 = ar.pfs, 8, 40, 48, 96 ;;
	alloc r35 = 1, 2, 3, 0 ;;

// advanced-load checks (M22, M23), general and floating-point registers
	chk.a.nc r4, m_system ;;
	(p6) chk.a.clr r127, 1f ;;
	chk.a.nc f4, m_system ;;
	chk.a.clr f127, 1f ;;
1:

// speculation checks (M20, M21); bare chk.s of a general register in an M slot
	chk.s.m r2, m_system ;;
	(p7) chk.s.m r127, 2f ;;
{ .mii
	chk.s r5, m_system
	nop.i 0
	nop.i 0 ;;
}
	chk.s f2, m_system ;;
	(p8) chk.s f127, 2f ;;
2:

// M-unit application registers by name: to (register and imm8, M29/M30), from (M31)
	mov.m ar.k0 = r2 ;;
	mov.m ar.k1 = r3 ;;
	mov.m ar.k2 = r4 ;;
	mov.m ar.k3 = r5 ;;
	mov.m ar.k4 = r6 ;;
	mov.m ar.k5 = r7 ;;
	mov.m ar.k6 = r8 ;;
	mov.m ar.k7 = r9 ;;
	mov.m ar.rsc = r10 ;;
	mov.m ar.bspstore = r11 ;;
	mov.m ar.rnat = r12 ;;
	mov.m ar.ccv = r13 ;;
	mov.m ar.unat = r14 ;;
	mov.m ar.fpsr = r15 ;;
	mov.m ar.itc = r16 ;;
	mov.m ar.csd = r17 ;;
	mov.m ar.ssd = r18 ;;
	(p9) mov.m ar.eflag = r19 ;;
	mov.m ar.k3 = -128 ;;
	mov.m ar.ccv = 127 ;;
	(p10) mov.m ar.itc = 0 ;;
	mov.m r1 = ar.k7 ;;
	mov.m r2 = ar.rsc ;;
	mov.m r3 = ar.bsp ;;
	mov.m r4 = ar.bspstore ;;
	mov.m r5 = ar.rnat ;;
	mov.m r6 = ar.ccv ;;
	mov.m r7 = ar.unat ;;
	mov.m r8 = ar.fpsr ;;
	mov.m r9 = ar.itc ;;
	(p11) mov.m r10 = ar.ruc ;;

// ... by number, and without the unit suffix (GNU picks mov.m for M-only registers)
	mov.m ar48 = r2 ;;
	mov.m ar127 = r3 ;;
	mov.m r4 = ar63 ;;
	mov.m ar40 = -1 ;;
	mov ar.ccv = r2 ;;
	mov ar.k5 = 5 ;;
	mov r3 = ar.itc ;;
	mov r4 = ar.bsp ;;

// probes (M38-M40): register and immediate levels, faulting forms
	probe.r r1 = r3, r2 ;;
	probe.w r4 = r5, r6 ;;
	probe.r r7 = r8, 0 ;;
	(p16) probe.w r9 = r10, 3 ;;
	probe.rw.fault r11, 1 ;;
	probe.r.fault r12, 2 ;;
	probe.w.fault r13, 3 ;;

// moves from indirect registers (M43)
	mov r2 = rr[r3] ;;
	mov r4 = dbr[r5] ;;
	mov r6 = ibr[r7] ;;
	mov r8 = pkr[r9] ;;
	mov r10 = pmc[r11] ;;
	mov r12 = pmd[r13] ;;
	mov r14 = msr[r15] ;;
	mov r16 = cpuid[r17] ;;
	(p19) mov r18 = dahr[r19] ;;

// translation queries (M46) and cache flushes (M28)
	thash r2 = r3 ;;
	ttag r4 = r5 ;;
	tpa r6 = r7 ;;
	(p21) tak r8 = r9 ;;
	fc r10 ;;
	(p22) fc.i r11 ;;

// translation purges (M45, M47); ptc.g and ptc.ga end their group
	ptc.l r3, r2 ;;
	ptc.g r4, r5 ;;
	(p20) ptc.ga r6, r7 ;;
	ptr.d r8, r9 ;;
	ptr.i r10, r11 ;;
	ptc.e r12 ;;

// translation cache inserts (M41) end their instruction group
	itc.d r2 ;;
	(p17) itc.i r3 ;;
{ .mmi
	itc.d r4 ;;
	nop.m 0
	nop.i 0
}

// moves to indirect registers and translation registers (M42)
	itr.d dtr[r16] = r17 ;;
	(p18) itr.i itr[r18] = r19 ;;
	mov rr[r3] = r2 ;;
	mov dbr[r4] = r5 ;;
	mov ibr[r6] = r7 ;;
	mov pkr[r8] = r9 ;;
	mov pmc[r10] = r11 ;;
	mov pmd[r12] = r13 ;;
	mov msr[r14] = r15 ;;
	srlz.i ;;

// processor status (M35, M36) and the user/system masks (M44), each write
// serialized before the next use
	mov r4 = psr ;;
	(p14) mov r5 = psr.um ;;
	mov psr.l = r2 ;;
	srlz.i ;;
	mov psr.um = r3 ;;
	srlz.d ;;
	sum 0x1234 ;;
	srlz.d ;;
	rum 0xffffff ;;
	srlz.d ;;
	ssm 0x6000 ;;
	srlz.i ;;
	(p15) rsm 0x4000 ;;
	srlz.i ;;

// control registers (M32, M33): every architected register both ways, and
// by number. Reads come first; reading cr.ivr acknowledges an interrupt,
// so a data serialization follows it. cr.tpr is written last: GNU's
// dependency checker wants nothing after it that depends on it.
	mov r2 = cr.dcr ;;
	mov r3 = cr.itm ;;
	mov r4 = cr.iva ;;
	mov r5 = cr.pta ;;
	mov r6 = cr.ipsr ;;
	mov r7 = cr.isr ;;
	mov r8 = cr.iip ;;
	mov r9 = cr.ifa ;;
	mov r10 = cr.itir ;;
	mov r11 = cr.iipa ;;
	mov r12 = cr.ifs ;;
	mov r13 = cr.iim ;;
	mov r14 = cr.iha ;;
	mov r29 = cr.iib0 ;;
	mov r30 = cr.iib1 ;;
	mov r15 = cr.lid ;;
	mov r17 = cr.tpr ;;
	mov r18 = cr.eoi ;;
	mov r19 = cr.irr0 ;;
	mov r20 = cr.irr1 ;;
	mov r21 = cr.irr2 ;;
	mov r22 = cr.irr3 ;;
	mov r23 = cr.itv ;;
	mov r24 = cr.pmv ;;
	mov r25 = cr.cmcv ;;
	mov r26 = cr.lrr0 ;;
	(p13) mov r27 = cr.lrr1 ;;
	mov r28 = cr0 ;;
	mov r16 = cr.ivr ;;
	srlz.d ;;
	mov cr.dcr = r2 ;;
	mov cr.itm = r3 ;;
	mov cr.iva = r4 ;;
	mov cr.pta = r5 ;;
	mov cr.ipsr = r6 ;;
	mov cr.isr = r7 ;;
	mov cr.iip = r8 ;;
	mov cr.ifa = r9 ;;
	mov cr.itir = r10 ;;
	mov cr.iipa = r11 ;;
	mov cr.ifs = r12 ;;
	mov cr.iim = r13 ;;
	mov cr.iha = r14 ;;
	mov cr.iib0 = r29 ;;
	mov cr.iib1 = r30 ;;
	mov cr.lid = r15 ;;
	mov cr.eoi = r17 ;;
	mov cr.itv = r18 ;;
	mov cr.pmv = r19 ;;
	mov cr.cmcv = r20 ;;
	mov cr.lrr0 = r21 ;;
	(p12) mov cr.lrr1 = r22 ;;
	mov cr127 = r23 ;;
	mov cr.tpr = r16 ;;
	srlz.i ;;
