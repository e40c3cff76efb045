// F-unit conformance corpus. Floating point is outside ia64play: the only
// F-type instructions the table assembles are nop.f, hint.f and break.f
// (every other F encoding decodes to `fp.unsupported`). They appear here
// in each template with an F slot (MFI, MMF, MFB, with and without stops),
// spelled with and without the unit suffix.

	.text
	.align 16
f_unit:
// nop.f at both ends of its 21-bit immediate, predicated and not.
{ .mfi
	nop.m 0
	nop.f 0
	nop.i 0
}
{ .mfi
	nop.m 0
(p6)	nop.f 0x1fffff
	nop.i 0
	;; }
// break.f, hint.f.
{ .mmf
	nop.m 0
	nop.m 0
	break.f 0x80000
}
{ .mmf
	nop.m 0
	nop.m 0
(p63)	hint.f 0x1fffff
	;; }
// Unit suffix left out: the F slot picks nop.f, break.f, hint.f.
{ .mfb
	nop.m 0
	nop 0x12345
	nop.b 0
}
{ .mfb
	nop.m 0
	break 1
	nop.b 0
	;; }
{ .mfi
	nop.m 0
	hint 0
	nop.i 0
	;; }
