package web

import (
	"fmt"
	"net/url"
	"strconv"
)

// pager is where a page of a long list is: its position ("501–580 of
// 580") and links to the pages before and after, keeping the query.
type pager struct {
	From, Shown, Total int
	PrevURL, NextURL   string
}

func newPager(base string, q url.Values, from, shown, total, size int) pager {
	p := pager{From: from, Shown: shown, Total: total}
	if from+shown < total {
		p.NextURL = pageLink(base, q, from+shown)
	}
	if from > 0 {
		p.PrevURL = pageLink(base, q, max(0, from-size))
	}
	return p
}

// Position says which items the page shows, "" when it shows none.
func (p pager) Position() string {
	if p.Shown == 0 {
		if p.From > 0 && p.Total > 0 {
			return fmt.Sprintf("nothing past %d (there are %d)", p.Total, p.Total)
		}
		return ""
	}
	return fmt.Sprintf("%d–%d of %d", p.From+1, p.From+p.Shown, p.Total)
}

// pageLink is base with the query q, starting at from.
func pageLink(base string, q url.Values, from int) string {
	v := url.Values{}
	for k, vs := range q {
		v[k] = vs
	}
	if from > 0 {
		v.Set("from", strconv.Itoa(from))
	} else {
		v.Del("from")
	}
	if len(v) == 0 {
		return base
	}
	return base + "?" + v.Encode()
}
