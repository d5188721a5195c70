package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/rules"
)

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"5MB", 5 << 20, true},
		{"5mb", 5 << 20, true},
		{"512KB", 512 << 10, true},
		{"1G", 1 << 30, true},
		{"65536", 65536, true},
		{" 2 MB ", 2 << 20, true},
		{"100B", 100, true},
		{"0", 0, false},
		{"-1MB", 0, false},
		{"1.5MB", 0, false},
		{"MB", 0, false},
		{"", 0, false},
		{"99999999999999999GB", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseSize(tc.in)
			if !tc.ok {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestParseFilter(t *testing.T) {
	tests := []struct {
		query   string
		kinds   []string
		min     rules.Severity
		article string
		bad     bool
	}{
		{"", nil, rules.Info, "", false},
		{"kind=date&kind=title", []string{"date", "title"}, rules.Info, "", false},
		{"kind=date,+Title,date", []string{"date", "title"}, rules.Info, "", false},
		{"severity=warning&article=x1", nil, rules.Warning, "x1", false},
		{"kind=colour", nil, 0, "", true},
		{"severity=fatal", nil, 0, "", true},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			q, err := url.ParseQuery(tc.query)
			require.NoError(t, err)
			f, err := parseFilter(q)
			if tc.bad {
				require.Error(t, err)
				assert.Equal(t, http.StatusBadRequest, statusOf(err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.kinds, f.Kinds)
			assert.Equal(t, tc.min, f.min)
			assert.Equal(t, tc.article, f.Article)
		})
	}
}

func TestCheckUTF8(t *testing.T) {
	assert.NoError(t, checkUTF8("x", "naïve café"))
	err := checkUTF8("the draft", "ok \xff bad")
	require.Error(t, err)
	assert.Equal(t, http.StatusBadRequest, statusOf(err))
	assert.Contains(t, err.Error(), "offset 3")
}

func TestFragmentSegments(t *testing.T) {
	// Fragments arrive escaped, with <mark> around matches; a literal
	// "<mark>" or "<script>" in the text arrives escaped and stays text.
	frags := []string{`a &lt;script&gt;x&lt;/script&gt; <mark>bridge</mark> &amp; <mark>pier</mark>`, `&lt;mark&gt;no`}
	got := fragmentSegments(frags)
	require.Len(t, got, 2)
	assert.Equal(t, "a <script>x</script> [bridge] & [pier]", joined(got[0]))
	assert.Equal(t, "<mark>no", joined(got[1]))
}

func TestHumanBytes(t *testing.T) {
	assert.Equal(t, "5MB", humanBytes(5<<20))
	assert.Equal(t, "64KB", humanBytes(64<<10))
	assert.Equal(t, "1000 bytes", humanBytes(1000))
}

func TestNewRefusesMissingParts(t *testing.T) {
	_, err := New(nil, fixture.opt, Config{})
	assert.ErrorIs(t, err, ErrNoIndex)
	opt := fixture.opt
	opt.Rules = nil
	_, err = New(fixture.ix, opt, Config{})
	assert.ErrorIs(t, err, ErrNoRules)
}

func TestNewHTTPServerHasTimeouts(t *testing.T) {
	srv := NewHTTPServer("127.0.0.1:0", http.NotFoundHandler())
	for name, d := range map[string]int64{
		"ReadHeaderTimeout": int64(srv.ReadHeaderTimeout), "ReadTimeout": int64(srv.ReadTimeout),
		"WriteTimeout": int64(srv.WriteTimeout), "IdleTimeout": int64(srv.IdleTimeout),
	} {
		assert.Positive(t, d, name)
	}
	assert.True(t, strings.HasPrefix(srv.Addr, "127.0.0.1"))
}

func TestPageURLKeepsFilters(t *testing.T) {
	q, err := url.ParseQuery("kind=date&kind=title&severity=warning&from=100")
	require.NoError(t, err)
	got, err := url.Parse(pageLink("/discrepancies", q, 200))
	require.NoError(t, err)
	assert.Equal(t, "/discrepancies", got.Path)
	assert.Equal(t, []string{"date", "title"}, got.Query()["kind"])
	assert.Equal(t, "warning", got.Query().Get("severity"))
	assert.Equal(t, "200", got.Query().Get("from"))
	assert.Equal(t, "100", q.Get("from"), "the request's own query is left alone")
}

func TestPagerPosition(t *testing.T) {
	tests := []struct {
		from, shown, total int
		want               string
		prev, next         bool
	}{
		{0, 50, 580, "1–50 of 580", false, true},
		{500, 80, 580, "501–580 of 580", true, false},
		{0, 0, 0, "", false, false},
		{600, 0, 580, "nothing past 580 (there are 580)", true, false},
	}
	for _, tc := range tests {
		p := newPager("/x", url.Values{}, tc.from, tc.shown, tc.total, 50)
		assert.Equal(t, tc.want, p.Position())
		assert.Equal(t, tc.prev, p.PrevURL != "", "prev of %+v", tc)
		assert.Equal(t, tc.next, p.NextURL != "", "next of %+v", tc)
	}
}
