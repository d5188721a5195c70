package claim

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

func TestDay(t *testing.T) {
	d := DayOf(time.Date(2031, 3, 4, 23, 30, 0, 0, time.FixedZone("", -5*3600)))
	assert.Equal(t, "2031-03-04", d.String(), "the day in the time's own zone")
	assert.Equal(t, time.Date(2031, 3, 4, 0, 0, 0, 0, time.UTC), d.Time())
	y, m, dd := d.Date()
	assert.Equal(t, []int{2031, 3, 4}, []int{y, int(m), dd})
	assert.False(t, d.IsZero())
	assert.Equal(t, "0007-11-09", DayOf(time.Date(7, 11, 9, 0, 0, 0, 0, time.UTC)).String())

	for _, zero := range []Day{{}, DayOf(time.Time{}), DayOf(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)), DayOf(time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC))} {
		assert.True(t, zero.IsZero())
		assert.Equal(t, "", zero.String())
		assert.True(t, zero.Time().IsZero())
	}

	for _, s := range []string{"2031-03-04", "2024-02-29", "0001-01-02", "9999-12-31"} {
		p, ok := ParseDay(s)
		require.True(t, ok, s)
		assert.Equal(t, s, p.String())
		want, err := time.Parse(time.DateOnly, s)
		require.NoError(t, err)
		assert.Equal(t, want, p.Time(), s)
		assert.Equal(t, p, DayOf(p.Time()))
	}
	// Every day of four years, a century's leap rule included, against
	// the time package.
	for _, y := range []int{1900, 2000, 2028, 2031} {
		for d := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == y; d = d.AddDate(0, 0, 1) {
			p, ok := ParseDay(d.Format(time.DateOnly))
			require.True(t, ok, d)
			require.Equal(t, d, p.Time())
		}
		_, ok := ParseDay(fmt.Sprintf("%04d-02-29", y))
		assert.Equal(t, y%4 == 0 && y != 1900, ok, y)
	}
	for _, s := range []string{"", "garbage", "2031-02-30", "2023-02-29", "2031-13-01", "2031-00-10", "garbage!!!", "2031-5-2", "2031-01-00", "0000-01-01",
		"2031/03/04", "2031-3-4", " 2031-03-04", "2031-03-04T10:00", "20310304", "2031-0a-04", "-031-03-04"} {
		_, ok := ParseDay(s)
		assert.False(t, ok, s)
	}
}

// A day reads and writes as YYYY-MM-DD in JSON and YAML, and a claim
// without one leaves "reference" out.
func TestDayText(t *testing.T) {
	type doc struct {
		Day Day `json:"day,omitzero" yaml:"day"`
	}
	b, err := json.Marshal(doc{Day: DayOf(time.Date(2031, 3, 4, 0, 0, 0, 0, time.UTC))})
	require.NoError(t, err)
	assert.Equal(t, `{"day":"2031-03-04"}`, string(b))
	b, err = json.Marshal(doc{})
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(b))

	var j doc
	require.NoError(t, json.Unmarshal([]byte(`{"day":"2031-03-04"}`), &j))
	assert.Equal(t, "2031-03-04", j.Day.String())
	assert.Error(t, json.Unmarshal([]byte(`{"day":"2031-02-30"}`), &j))

	var y doc
	require.NoError(t, yaml.Unmarshal([]byte(`day: "2031-03-04"`), &y))
	assert.Equal(t, "2031-03-04", y.Day.String())
	require.NoError(t, yaml.Unmarshal([]byte(`day: 2031-03-05`), &y), "unquoted, as YAML writers leave it")
	assert.Equal(t, "2031-03-05", y.Day.String())
	err = yaml.Unmarshal([]byte("\nday: garbage"), &y)
	assert.ErrorContains(t, err, `line 2: day "garbage": want YYYY-MM-DD`)
	assert.ErrorContains(t, yaml.Unmarshal([]byte("day: [2031-03-04]"), &y), "line 1: a day is one YYYY-MM-DD value")
	assert.ErrorContains(t, yaml.Unmarshal([]byte("day: {y: 2031}"), &y), "line 1: a day is one YYYY-MM-DD value")

	b, err = json.Marshal(Claim{Kind: KindDate})
	require.NoError(t, err)
	assert.NotContains(t, string(b), "reference")
	b, err = json.Marshal(Claim{Kind: KindDate, Reference: j.Day})
	require.NoError(t, err)
	assert.Contains(t, string(b), `"reference":"2031-03-04"`)
}
