package main

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
)

// An index that cannot be written (read-only file system, no permission)
// gets a message that says what still works; other errors keep their own.
func TestIndexErrorExplainsUnwritableIndex(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		hint bool
	}{
		{"read-only file system", &fs.PathError{Op: "open", Path: "idx/store/root.bolt", Err: syscall.EROFS}, true},
		{"no permission, wrapped", fmt.Errorf("index idx: %w", &fs.PathError{Op: "open", Path: "idx/store/root.bolt", Err: fs.ErrPermission}), true},
		{"disk full", &fs.PathError{Op: "write", Path: "idx/store/x.zap", Err: syscall.ENOSPC}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.hint, unwritable(tc.err))
			got := indexError(tc.err, "idx")
			assert.True(t, errors.Is(got, tc.err), "the cause stays reachable")
			if tc.hint {
				assert.Contains(t, got.Error(), "cannot be written")
				assert.Contains(t, got.Error(), "'crosscheck check --index idx' with no PATH")
			} else {
				assert.Equal(t, tc.err.Error(), got.Error())
			}
		})
	}
}
