package events

import "strings"

// partyReach is how many words before a figure its party's verb may
// stand ("made him an eight-year, $40 million offer").
const partyReach = 12

// partyOf names who makes an offer or a bid: the name just before the
// verb that makes it, when that verb comes before the figure in its
// sentence ("the Harbor Cats made him an eight-year, $40 million offer",
// "The Tarnow Lions have made an offer in excess of $40 million"). Two
// parties' offers are two figures; "" when no name is found.
func (a *analysis) partyOf(q quantity, si int) string {
	lo, _ := a.sentRange(si)
	for k := q.first - 1; k > lo && k >= q.first-partyReach; k-- {
		if !mvoc().partyVerbs[a.toks[k].low] {
			continue
		}
		j := k
		for j > lo && mvoc().partyAux[a.toks[j-1].low] {
			j--
		}
		if j > lo && a.capWord(j-1) {
			s := a.capRunBack(j, lo)
			parts := make([]string, 0, j-s)
			for i := s; i < j; i++ {
				parts = append(parts, a.toks[i].low)
			}
			return strings.Join(parts, " ")
		}
		return ""
	}
	return ""
}
