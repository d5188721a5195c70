package web

import (
	"fmt"
	"strconv"
	"strings"
)

// sizeUnits are the suffixes ParseSize knows, longest first so that "MB"
// is tried before "B". Multiples are binary: 1KB = 1024 bytes.
var sizeUnits = []struct {
	suffix string
	factor int64
}{
	{"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30},
	{"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1},
}

// ParseSize reads a byte count such as "5MB", "512KB", "1G" or "65536"
// (any case; multiples of 1024). It refuses zero, negative and overflowing
// sizes.
func ParseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	factor := int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(t, u.suffix) {
			t, factor = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.factor
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/factor {
		return 0, fmt.Errorf("size %q: want a positive whole number of bytes, KB, MB or GB (like 5MB)", s)
	}
	return n * factor, nil
}
