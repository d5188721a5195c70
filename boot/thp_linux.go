package boot

import (
	"bytes"
	"os"
	"runtime"
	"strconv"
	"syscall"
	"unsafe"
)

// hugeBytes is how much of the heap is asked to be backed by huge pages:
// more than a draft check allocates. Only what is touched is backed, 2 MB
// at a time.
const hugeBytes = 64 << 20

const madvHugepage = 14 // MADV_HUGEPAGE

// hugeHeap makes the runtime map hugeBytes of heap at once (one large
// allocation, never touched), advises the kernel to back that range with
// huge pages, and frees it at once with a collection of the still tiny
// heap: the allocations that follow fill that range from its start (the
// runtime allocates pages lowest address first) and fault it in 2 MB at
// a time instead of 4 KB. Go's runtime does not ask for huge pages
// itself, so where the kernel gives them only on request (the
// transparent_hugepage setting "madvise", the common default) the heap
// is otherwise faulted 4 KB at a time. Nothing here changes what the
// program computes; where the setting is anything else, it does nothing.
func hugeHeap() {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !bytes.Contains(mode, []byte("[madvise]")) {
		return
	}
	b := make([]byte, hugeBytes)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	// from the start of the mapping that holds it: the heap mapped before
	// (by the runtime and the packages initialized before this one) has
	// free room that the next allocations fill first
	lo := mappingStart(p)
	// an error leaves the heap as it would be: nothing to undo
	syscall.Syscall(syscall.SYS_MADVISE, lo, p+hugeBytes-lo, madvHugepage)
	runtime.KeepAlive(b)
	b = nil
	runtime.GC()
}

// mappingStart is the start of the memory mapping that holds p
// (/proc/self/maps), or p when it cannot tell.
func mappingStart(p uintptr) uintptr {
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return p
	}
	for line := range bytes.Lines(maps) {
		r, _, _ := bytes.Cut(line, []byte(" "))
		a, b, ok := bytes.Cut(r, []byte("-"))
		if !ok {
			continue
		}
		start, err1 := strconv.ParseUint(string(a), 16, 64)
		end, err2 := strconv.ParseUint(string(b), 16, 64)
		if err1 == nil && err2 == nil && uintptr(start) <= p && p < uintptr(end) {
			return uintptr(start)
		}
	}
	return p
}
