package seeds

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDirHoldsTheFiveSeeds(t *testing.T) {
	dir := Dir(t)
	m, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	require.NoError(t, err)
	assert.Len(t, m, 5)
	_, err = os.Stat(File(t, "000_9016116c9163845c.txt"))
	assert.NoError(t, err)
}
