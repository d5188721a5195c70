package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
)

const governor = "office:zq:governor"

func TestOfficeHolder(t *testing.T) {
	o := func(article, holder, day string, opts ...opt) claim.Claim {
		base := []opt{office(holder, true, false), subject("Zequian governor"), span(len(holder), 2*len(holder))}
		if day != "" {
			base = append(base, ref(day))
		}
		return mk(claim.KindOffice, article, governor, holder, append(base, opts...)...)
	}
	former := func(article, holder, day string) claim.Claim {
		return o(article, holder, day, office(holder, false, true))
	}
	type want struct {
		severity Severity
		kbHolder string // "" when the knowledge base is not a side
		summary  string
	}
	tests := []struct {
		name   string
		claims []claim.Claim
		noKB   bool
		want   []want
	}{
		{"the holder the knowledge base has", []claim.Claim{o("a1", "Odile Ferrant", "2026-05-01")}, false, nil},
		{"someone else while the knowledge base has a holder", []claim.Claim{o("a1", "Bram Tolliver", "2026-05-01")}, false,
			[]want{{Error, "Odile Ferrant", "The Zequian Governor is given as Bram Tolliver in a1 (May 1, 2026), but the knowledge base has Odile Ferrant in office from January 10, 2025 to January 10, 2029."}}},
		{"a surname of the holder", []claim.Claim{o("a1", "Ferrant", "2026-05-01")}, false, nil},
		{"an alias of the holder", []claim.Claim{o("a1", "O. Ferrant", "2026-05-01")}, false, nil},
		{"the successor on the day of the handover", []claim.Claim{o("a1", "Bram Tolliver", "2029-01-10")}, false, nil},
		{"the predecessor on the day of the handover", []claim.Claim{o("a1", "Odile Ferrant", "2029-01-10")}, false, []want{{Error, "Bram Tolliver", ""}}},
		{"no term covers the date", []claim.Claim{o("a1", "Bram Tolliver", "2024-01-01")}, false, nil},
		{"an office the knowledge base lacks", []claim.Claim{o("a1", "Bram Tolliver", "2026-05-01", func(c *claim.Claim) { c.Office.Office = "zq:mayor" })}, false, nil},
		{"an unknown date", []claim.Claim{o("a1", "Bram Tolliver", "")}, false, nil},
		{"former while in office", []claim.Claim{former("a1", "Odile Ferrant", "2026-05-01")}, false,
			[]want{{Warning, "Odile Ferrant", "Odile Ferrant is called a former holder of the Zequian Governor in a1 (May 1, 2026), but the knowledge base has Odile Ferrant in office from January 10, 2025 to January 10, 2029."}}},
		{"former after the term", []claim.Claim{former("a1", "Odile Ferrant", "2030-05-01")}, false, nil},
		{"a former holder beside the current one", []claim.Claim{o("a1", "Bram Tolliver", "2030-05-01"), former("a1", "Odile Ferrant", "2030-05-01")}, false, nil},
		{"two holders in one article, one against the knowledge base", []claim.Claim{o("a1", "Bram Tolliver", "2030-05-01"), o("a1", "Odile Ferrant", "2030-05-01")}, false,
			[]want{{Error, "", "The Zequian Governor is given as Bram Tolliver in a1 but Odile Ferrant in a1 at the same time."}, {Error, "Bram Tolliver", ""}}},
		{"two holders in one undated article", []claim.Claim{o("a1", "Quin Arlo", ""), o("a1", "Vesna Hale", "")}, true, []want{{Error, "", ""}}},
		{"two holders a week apart", []claim.Claim{o("a1", "Quin Arlo", "2031-05-01"), o("a2", "Vesna Hale", "2031-05-08")}, true, []want{{Error, "", ""}}},
		{"two holders eight days apart", []claim.Claim{o("a1", "Quin Arlo", "2031-05-01"), o("a2", "Vesna Hale", "2031-05-09")}, true, nil},
		{"a chain of overlaps is one finding", []claim.Claim{
			o("a1", "Quin Arlo", "2031-05-01"), o("a2", "Vesna Hale", "2031-05-05"), o("a3", "Quin Arlo", "2031-05-10"), o("a4", "Quin Arlo", "2031-09-10"),
		}, true, []want{{Error, "", "The Zequian governor is given as Vesna Hale in a2 but Quin Arlo in a1 and a3 at the same time."}}},
		{"the incoming holder weeks before the handover", []claim.Claim{o("a1", "Bram Tolliver", "2028-12-01")}, false, nil},
		{"the incoming holder beside the one in office", []claim.Claim{o("a1", "Bram Tolliver", "2028-12-01"), o("a1", "Odile Ferrant", "2028-12-01")}, false, nil},
		{"the next holder years before the handover", []claim.Claim{o("a1", "Bram Tolliver", "2026-12-01")}, false, []want{{Error, "Odile Ferrant", ""}}},
		{"hypothetical holders are ignored", []claim.Claim{o("a1", "Quin Arlo", ""), o("a1", "Vesna Hale", "", modality(claim.Hypothetical))}, true, nil},
	}
	k := testKB(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := &Context{KB: k}
			if tt.noKB {
				ctx = nil
			}
			ds := runRule(t, "office-holder", tt.claims, ctx)
			require.Len(t, ds, len(tt.want), "%v", ds)
			for i, w := range tt.want {
				d := ds[i]
				assert.Equal(t, claim.KindOffice, d.Kind)
				assert.Equal(t, w.severity, d.Severity)
				if w.kbHolder == "" {
					assert.Nil(t, d.KB)
				} else if assert.NotNil(t, d.KB) {
					assert.Equal(t, w.kbHolder, d.KB.Holder)
					assert.Equal(t, "zq:governor", d.KB.Office)
				}
				if w.summary != "" {
					assert.Equal(t, w.summary, d.Summary)
				}
			}
		})
	}
}

func TestKBRefString(t *testing.T) {
	assert.Equal(t, "Bram Tolliver — knowledge base: zq:governor since 2029-01-10 (invented gazette)",
		KBRef{Office: "zq:governor", Holder: "Bram Tolliver", Start: "2029-01-10", Source: "invented gazette"}.String())
}

func TestSameName(t *testing.T) {
	tests := []struct {
		name, norm string
		want       bool
	}{
		{"Odile Ferrant", "odile ferrant", true},
		{"  Odile   Ferrant ", "odile ferrant", true},
		{"Odile Ferrant", "odile", false},
		{"Odile", "odile ferrant", false},
		{"Odile Ferrantx", "odile ferrant", false},
		{"", "", true},
		{"", "x", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, sameName(tt.name, tt.norm), "%q %q", tt.name, tt.norm)
		assert.Equal(t, tt.want, normName(tt.name) == tt.norm, "normName agrees for %q", tt.name)
	}
}
