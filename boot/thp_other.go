//go:build !linux

package boot

func hugeHeap() {}
