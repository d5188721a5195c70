package pipeline

import (
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// detacher copies the strings of an article's claims out of the article's
// text. Claims keep substrings of the text (the sentence, the words of the
// value), which would pin every article's text in memory while a corpus
// is grouped; the copies hold only what the claims use, each distinct
// string once per article.
type detacher struct {
	seen map[string]string
}

func (d *detacher) str(s string) string {
	if s == "" {
		return ""
	}
	if c, ok := d.seen[s]; ok {
		return c
	}
	c := strings.Clone(s)
	d.seen[s] = c
	return c
}

// detachClaims rewrites the strings of cs, in place, as copies.
func detachClaims(cs []claim.Claim) {
	if len(cs) == 0 {
		return
	}
	d := &detacher{seen: make(map[string]string, 4*len(cs))}
	for i := range cs {
		c := &cs[i]
		c.Kind = claim.Kind(d.str(string(c.Kind)))
		c.SubjectKey = d.str(c.SubjectKey)
		c.Subject = d.str(c.Subject)
		c.Value = d.str(c.Value)
		c.ValueText = d.str(c.ValueText)
		c.Modality = claim.Modality(d.str(string(c.Modality)))
		c.Reference = d.str(c.Reference)
		c.Evidence.Article = d.str(c.Evidence.Article)
		c.Evidence.Sentence = d.str(c.Evidence.Sentence)
		// The details are copied, whole, before their strings are: the
		// extractor's may be shared between claims.
		if c.Date != nil {
			v := *c.Date
			v.Value, v.Granularity, v.Mod = d.str(v.Value), d.str(v.Granularity), d.str(v.Mod)
			v.Weekday, v.Resolution = d.str(v.Weekday), d.str(v.Resolution)
			c.Date = &v
		}
		if c.Title != nil {
			v := *c.Title
			v.Head, v.Domain, v.Org = d.str(v.Head), d.str(v.Domain), d.str(v.Org)
			if v.Ranks != nil {
				ranks := make([]string, len(v.Ranks))
				for j, r := range v.Ranks {
					ranks[j] = d.str(r)
				}
				v.Ranks = ranks
			}
			c.Title = &v
		}
		if c.Office != nil {
			v := *c.Office
			v.Office, v.Holder = d.str(v.Office), d.str(v.Holder)
			c.Office = &v
		}
		if c.Number != nil {
			v := *c.Number
			v.Unit, v.Approx, v.Counts = d.str(v.Unit), d.str(v.Approx), d.str(v.Counts)
			c.Number = &v
		}
		if c.Quote != nil {
			v := *c.Quote
			v.Words, v.Speaker, v.SpeakerKey = d.str(v.Words), d.str(v.Speaker), d.str(v.SpeakerKey)
			c.Quote = &v
		}
		if c.Place != nil {
			v := *c.Place
			v.Key, v.Name, v.Country = d.str(v.Key), d.str(v.Name), d.str(v.Country)
			c.Place = &v
		}
	}
}
