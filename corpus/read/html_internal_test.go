package read

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestUseFallback(t *testing.T) {
	tests := []struct {
		name               string
		readable, fallback int
		want               bool
	}{
		{"readability found nothing", 0, 500, true},
		{"readability kept a caption", 40, 60, true},
		{"readability kept a fifth", 200, 1000, true},
		{"readability kept half", 500, 1000, false},
		{"readability kept more", 1000, 800, false},
		{"both tiny and equal", 30, 30, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := useFallback(strings.Repeat("r", tt.readable), strings.Repeat("f", tt.fallback))
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestMainContentNode(t *testing.T) {
	tests := []struct {
		name string
		page string
		want string
	}{
		{"longest article", `<body><p>Intro</p><main><article>Short</article><article>The longer story</article></main></body>`, "The longer story"},
		{"main", `<body><p>Outside</p><main><p>Inside main</p></main></body>`, "Inside main"},
		{"body", `<body><p>Only body</p></body>`, "Only body"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.page))
			require.NoError(t, err)
			assert.Equal(t, tt.want, htmlText(mainContentNode(doc)))
		})
	}
}

func TestStripBoilerplate(t *testing.T) {
	page := `<html><head><title>T</title></head><body><header>Banner</header><nav>Menu</nav>
<form><main><article><header>Story Head</header><p>Story text.</p><script>x()</script></article></main></form>
<aside>Side</aside><footer>Foot</footer><!-- comment --></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	stripBoilerplate(doc)
	assert.Equal(t, "Story Head\nStory text.", htmlText(doc))
}
