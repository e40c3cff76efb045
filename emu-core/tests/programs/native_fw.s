// A firmware client: entered by the native platform as an EFI OS loader
// (in0 = image handle, in1 = EFI system table, physical mode), it finds
// the ACPI and SAL tables from the system table, locates the UART through
// the SPCR table, and exercises EFI boot and runtime services, PAL and
// SAL (PCI enumeration), printing what it learns; then ResetSystem.
// Link: ld -Ttext=0x400000 -Tdata=0x480000.
	.explicit
	.text
	.global _start
	.proc _start
_start:
	alloc loc0 = ar.pfs, 2, 12, 5, 0
	mov loc1 = in1			// system table
	mov loc2 = in0			// image handle
	mov loc3 = b0
	mov loc4 = r1			// our gp (firmware calls change r1)
	mov loc5 = 0			// RSDP
	mov loc6 = 0			// SAL system table
	;;
	// The configuration table: ACPI 2.0 and SAL system table GUIDs,
	// compared by their first eight bytes.
	adds r2 = 104, loc1
	movl r9 = 0x11d3e4f18868e871
	movl r10 = 0x11d32d88eb9d2d32
	;;
	ld8 r3 = [r2], 8		// NumberOfTableEntries
	;;
	ld8 r2 = [r2]			// ConfigurationTable
	;;
.Lcfg:
	cmp.eq p6, p0 = 0, r3
(p6)	br.cond.spnt.few .Lcfg_done
	;;
	ld8 r11 = [r2], 16
	;;
	ld8 r14 = [r2], 8
	cmp.eq p7, p0 = r11, r9
	cmp.eq p8, p0 = r11, r10
	adds r3 = -1, r3
	;;
(p7)	mov loc5 = r14
(p8)	mov loc6 = r14
	br.cond.sptk.few .Lcfg
	;;
.Lcfg_done:
	// RSDP -> XSDT; find SPCR among its (unaligned) 8-byte entries.
	adds r2 = 24, loc5
	;;
	ld8 r2 = [r2]			// XSDT
	;;
	adds r3 = 4, r2
	;;
	ld4 r3 = [r3]			// XSDT length
	;;
	add r3 = r2, r3			// end
	adds r2 = 36, r2		// first entry
	movl r9 = 0x52435053		// "SPCR"
	;;
.Lxsdt:
	cmp.geu p6, p0 = r2, r3
(p6)	br.cond.spnt.few fail
	;;
	ld4 r10 = [r2], 4
	;;
	ld4 r11 = [r2], 4
	;;
	shl r11 = r11, 32
	;;
	or r10 = r10, r11
	;;
	ld4 r11 = [r10]			// signature
	;;
	cmp.ne p7, p0 = r11, r9
(p7)	br.cond.sptk.few .Lxsdt
	;;
	adds r10 = 44, r10		// SPCR base address (GAS address field)
	;;
	ld4 r11 = [r10], 4
	;;
	ld4 r10 = [r10]
	;;
	shl r10 = r10, 32
	;;
	or r10 = r10, r11
	movl r2 = uart
	;;
	st8 [r2] = r10
	movl out0 = s_hello
	;;
	br.call.sptk.many b0 = puts
	;;
	movl out0 = s_uart
	;;
	br.call.sptk.many b0 = puts
	;;
	movl r2 = uart
	;;
	ld8 out0 = [r2]
	;;
	br.call.sptk.many b0 = putline
	;;

	// GetMemoryMap, then the sum of usable memory: types 1-4 and 7.
	adds r2 = 96, loc1
	;;
	ld8 r2 = [r2]			// BootServices
	;;
	adds r2 = 24 + 8 * 4, r2
	;;
	ld8 r2 = [r2]			// GetMemoryMap's descriptor
	movl out0 = mapsize
	movl out1 = mapbuf
	movl out2 = mapkey
	movl out3 = descsize
	movl out4 = descver
	;;
	ld8 r3 = [r2], 8
	;;
	ld8 r1 = [r2]
	mov b6 = r3
	;;
	br.call.sptk.many b0 = b6
	;;
	mov r1 = loc4
	cmp.ne p6, p0 = 0, r8
(p6)	br.cond.spnt.few fail
	;;
	movl r2 = mapbuf
	movl r3 = mapsize
	movl r9 = descsize
	;;
	ld8 r3 = [r3]
	ld8 r9 = [r9]
	mov loc7 = 0			// usable bytes
	;;
	add r3 = r2, r3			// end of the map
	;;
.Lmap:
	cmp.geu p6, p0 = r2, r3
(p6)	br.cond.spnt.few .Lmap_done
	;;
	ld4 r10 = [r2]			// Type
	adds r11 = 24, r2
	;;
	ld8 r11 = [r11]			// NumberOfPages
	mov r14 = 0x9e			// usable types as a bit mask
	;;
	shr.u r14 = r14, r10
	shl r11 = r11, 12
	;;
	tbit.nz p7, p0 = r14, 0
	add r2 = r2, r9
	;;
(p7)	add loc7 = loc7, r11
	br.cond.sptk.few .Lmap
	;;
.Lmap_done:
	movl out0 = s_memory
	;;
	br.call.sptk.many b0 = puts
	;;
	mov out0 = loc7
	;;
	br.call.sptk.many b0 = putline
	;;

	// PAL_FREQ_BASE through the PAL entry point (SAL system table entry
	// point descriptor): index in r28, return address in b0, plain branch.
	adds r2 = 96 + 8, loc6
	mov r28 = 13
	movl r3 = .Lpal_back
	;;
	ld8 r2 = [r2]
	mov b0 = r3
	;;
	mov b6 = r2
	;;
	br.cond.sptk.many b6
	;;
.Lpal_back:
	mov loc7 = r9
	movl out0 = s_pal
	;;
	br.call.sptk.many b0 = puts
	;;
	mov out0 = loc7
	;;
	br.call.sptk.many b0 = putline
	;;

	// PCI: vendor/device id of every device on bus 0 via SAL.
	mov loc7 = 0			// device number
	;;
.Lpci:
	adds r2 = 96 + 16, loc6
	movl out0 = 0x01000010		// SAL_PCI_CONFIG_READ
	shl out1 = loc7, 11
	mov out2 = 4
	mov out3 = 0
	;;
	ld8 r3 = [r2], 8
	;;
	ld8 r1 = [r2]
	mov b6 = r3
	;;
	br.call.sptk.many b0 = b6
	;;
	mov r1 = loc4
	zxt2 r10 = r9			// vendor id; 0xffff: nothing there
	mov r11 = 0xffff
	mov loc8 = r9
	;;
	cmp.eq p6, p0 = 0, r8
	;;
(p6)	cmp.ne.unc p7, p0 = r10, r11
	;;
(p7)	movl out0 = s_pci
	;;
(p7)	br.call.sptk.many b0 = puts
	;;
(p7)	mov out0 = loc7
	;;
(p7)	br.call.sptk.many b0 = puthex
	;;
(p7)	movl out0 = s_space
	;;
(p7)	br.call.sptk.many b0 = puts
	;;
(p7)	mov out0 = loc8
	;;
(p7)	br.call.sptk.many b0 = putline
	;;
	adds loc7 = 1, loc7
	;;
	cmp.gtu p9, p0 = 32, loc7
(p9)	br.cond.sptk.few .Lpci
	;;

	// GetVariable("pv_stage", ia64play GUID) through the runtime services.
	adds r2 = 88, loc1
	;;
	ld8 r2 = [r2]			// RuntimeServices
	;;
	adds r2 = 24 + 8 * 6, r2
	;;
	ld8 r2 = [r2]
	movl out0 = n_pv_stage
	movl out1 = g_ia64play
	mov out2 = 0
	movl out3 = varsize
	movl out4 = vardata
	;;
	ld8 r3 = [r2], 8
	;;
	ld8 r1 = [r2]
	mov b6 = r3
	;;
	br.call.sptk.many b0 = b6
	;;
	mov r1 = loc4
	mov loc7 = r8
	movl out0 = s_pv
	;;
	br.call.sptk.many b0 = puts
	;;
	movl r2 = vardata
	mov out0 = loc7			// status, or the value if found
	cmp.eq p6, p0 = 0, loc7
	;;
(p6)	ld1 out0 = [r2]
	;;
	br.call.sptk.many b0 = putline
	;;

	// ExitBootServices(image, map key).
	adds r2 = 96, loc1
	;;
	ld8 r2 = [r2]
	;;
	adds r2 = 24 + 8 * 26, r2
	movl r3 = mapkey
	;;
	ld8 r2 = [r2]
	ld8 out1 = [r3]
	mov out0 = loc2
	;;
	ld8 r3 = [r2], 8
	;;
	ld8 r1 = [r2]
	mov b6 = r3
	;;
	br.call.sptk.many b0 = b6
	;;
	mov r1 = loc4
	mov loc7 = r8
	movl out0 = s_exit
	;;
	br.call.sptk.many b0 = puts
	;;
	mov out0 = loc7
	;;
	br.call.sptk.many b0 = putline
	;;

	// ResetSystem(EfiResetShutdown, 0x2a).
	adds r2 = 88, loc1
	;;
	ld8 r2 = [r2]
	;;
	adds r2 = 24 + 8 * 10, r2
	;;
	ld8 r2 = [r2]
	mov out0 = 2
	mov out1 = 0x2a
	mov out2 = 0
	mov out3 = 0
	;;
	ld8 r3 = [r2], 8
	;;
	ld8 r1 = [r2]
	mov b6 = r3
	;;
	br.call.sptk.many b0 = b6
	;;
	.endp _start

// Something was not where it should be: return to firmware with status 1.
	.proc fail
fail:
	mov r8 = 1
	mov b0 = loc3
	mov ar.pfs = loc0
	;;
	br.ret.sptk.many b0
	;;
	.endp fail

// putc(in0): one byte to the UART, waiting for THR empty (LSR bit 5).
// The registers are reached uncached (physical address bit 63).
	.proc putc
putc:
	alloc r16 = ar.pfs, 1, 0, 0, 0
	movl r2 = uart
	;;
	ld8 r2 = [r2]
	mov r3 = 1
	;;
	dep r2 = r3, r2, 63, 1
	;;
	adds r3 = 5, r2
	;;
.Lthre:
	ld1 r9 = [r3]
	;;
	tbit.z p6, p0 = r9, 5
(p6)	br.cond.spnt.few .Lthre
	;;
	st1 [r2] = in0
	mov ar.pfs = r16
	;;
	br.ret.sptk.many b0
	;;
	.endp putc

// puts(in0): a NUL-terminated string.
	.proc puts
puts:
	alloc loc0 = ar.pfs, 1, 3, 1, 0
	mov loc1 = b0
	mov loc2 = in0
	;;
.Lputs:
	ld1 out0 = [loc2], 1
	;;
	cmp.eq p6, p0 = 0, out0
(p6)	br.cond.spnt.few .Lputs_done
	;;
	br.call.sptk.many b0 = putc
	;;
	br.cond.sptk.few .Lputs
	;;
.Lputs_done:
	mov b0 = loc1
	mov ar.pfs = loc0
	;;
	br.ret.sptk.many b0
	;;
	.endp puts

// puthex(in0): "0x" and 16 hex digits.
	.proc puthex
puthex:
	alloc loc0 = ar.pfs, 1, 4, 1, 0
	mov loc1 = b0
	mov loc2 = 60
	mov out0 = 0x30
	;;
	br.call.sptk.many b0 = putc
	;;
	mov out0 = 0x78
	;;
	br.call.sptk.many b0 = putc
	;;
.Lhex:
	shr.u r9 = in0, loc2
	movl r10 = digits
	;;
	and r9 = 0xf, r9
	;;
	add r9 = r10, r9
	;;
	ld1 out0 = [r9]
	;;
	br.call.sptk.many b0 = putc
	;;
	adds loc2 = -4, loc2
	;;
	cmp.le p6, p0 = r0, loc2
(p6)	br.cond.sptk.few .Lhex
	;;
	mov b0 = loc1
	mov ar.pfs = loc0
	;;
	br.ret.sptk.many b0
	;;
	.endp puthex

// putline(in0): puthex and a newline.
	.proc putline
putline:
	alloc loc0 = ar.pfs, 1, 2, 1, 0
	mov loc1 = b0
	mov out0 = in0
	;;
	br.call.sptk.many b0 = puthex
	;;
	mov out0 = 10
	;;
	br.call.sptk.many b0 = putc
	;;
	mov b0 = loc1
	mov ar.pfs = loc0
	;;
	br.ret.sptk.many b0
	;;
	.endp putline

	.data
	.align 8
uart:		.quad 0
mapsize:	.quad 4096
mapkey:		.quad 0
descsize:	.quad 0
descver:	.quad 0
varsize:	.quad 8
vardata:	.quad 0
g_ia64play:	.long 0x8773ac70
		.short 0x7d38, 0x41b6
		.byte 0x90, 0x92, 0x8c, 0xba, 0xc8, 0xbb, 0xc1, 0xc4
n_pv_stage:	.short 'p', 'v', '_', 's', 't', 'a', 'g', 'e', 0
digits:		.ascii "0123456789abcdef"
s_hello:	.asciz "ia64play firmware test\n"
s_uart:		.asciz "uart "
s_memory:	.asciz "usable memory "
s_pal:		.asciz "PAL_FREQ_BASE "
s_pci:		.asciz "pci device "
s_space:	.asciz " id "
s_pv:		.asciz "pv_stage "
s_exit:		.asciz "ExitBootServices "
	.align 16
mapbuf:		.skip 4096
