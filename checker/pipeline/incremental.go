package pipeline

import (
	"maps"
	"slices"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules"
)

// fullCheckShare: when more than this share of the subjects changed, one
// pass over the whole index costs less than fetching them one by one.
// The count of subjects is the last full check's: a rough measure that
// a full check renews.
const fullCheckShare = 0.5

// splitEventSubjects returns the subjects that are no event's and
// whether any was.
func splitEventSubjects(keys []string) ([]string, bool) {
	out := make([]string, 0, len(keys))
	events := false
	for _, k := range keys {
		if claim.Key(k).IsEvent() {
			events = true
			continue
		}
		out = append(out, k)
	}
	return out, events
}

func worthIncremental(c *checkCache, st *store.CheckState) bool {
	return float64(len(st.Changes.Subjects)) <= fullCheckShare*float64(max(c.SubjectCount, 1))
}

// checkChanged re-checks the subjects the journal says changed since the
// saved check c, reading their claims from the index, and takes every
// other subject's result from c.
func checkChanged(ix *store.Index, opt Options, c *checkCache, state *store.CheckState, st *Stats) (*Report, error) {
	touched, events := state.Changes.Subjects, false
	if opt.Stories {
		touched, events = splitEventSubjects(touched)
	}
	groups, infos, err := ix.SubjectClaims(touched)
	if err != nil {
		return nil, err
	}
	// An event subject changed: the stories may have too. The new
	// articles are placed in the saved stories when they can be (see
	// relinkAdded), and the subjects of the stories they join checked
	// again; else the corpus is linked again, and every event subject
	// checked again under the stories' keys.
	var link *linkState
	relinkedAll := false
	// Articles written without an event claim are placed too: they may
	// join a story and change its events.
	if events || opt.Stories && c.link != nil && len(state.Changes.Written) > 0 {
		re, err := relinkAdded(ix, opt, c.link, state.Changes)
		if err != nil {
			return nil, err
		}
		if re == nil {
			story, storyInfos, ls, err := indexStoryClaims(ix, opt)
			if err != nil {
				return nil, err
			}
			re = &relinked{groups: story, infos: storyInfos, keys: slices.Sorted(maps.Keys(story)), state: ls}
			relinkedAll = true
		}
		st.Relinked = relinkedAll
		for _, k := range re.keys {
			groups[k] = re.groups[k]
			touched = append(touched, k)
		}
		slices.Sort(touched)
		touched = slices.Compact(touched)
		for id, info := range re.infos {
			infos[id] = info
		}
		link = re.state
	} else if opt.Stories && !state.Changes.ArticlesUnknown && len(state.Changes.Removed) == 0 {
		// (an article removed may have been in a story: the next check
		// that needs the stories links them in full)
		link = c.link
	}
	metas := make(map[string]rules.ArticleMeta, len(infos))
	for id, info := range infos {
		metas[id] = metaOfInfo(info, opt)
	}
	ctx := &rules.Context{KB: opt.KB, Articles: metas}
	found, err := checkSubjects(len(touched), func(i int, buf []claim.Claim) (string, []claim.Claim, error) {
		return touched[i], append(buf[:0], groups[touched[i]]...), nil
	}, ctx, opt)
	if err != nil {
		return nil, err
	}
	st.Rechecked = len(touched)

	// Merge: the touched subjects' new results replace their old ones.
	fresh := make(map[string][]rules.Discrepancy, len(touched))
	for i, k := range touched {
		fresh[k] = found[i]
	}
	next := &checkCache{cacheHead: cacheHead{Version: cacheVersion, Fingerprint: c.Fingerprint,
		Claims: c.Claims + state.Changes.Claims, SubjectCount: c.SubjectCount}, link: link}
	for _, s := range c.Subjects {
		if _, redone := fresh[s.Key]; !redone && !(relinkedAll && claim.Key(s.Key).IsEvent()) {
			next.Subjects = append(next.Subjects, s)
		}
	}
	for i, k := range touched {
		if len(found[i]) > 0 {
			next.Subjects = append(next.Subjects, subjectResult{Key: k, Discrepancies: found[i]})
		}
	}
	sortSubjects(next.Subjects)
	next.Meta = citedMeta(next.Subjects, metas, c.Meta)
	n, err := ix.Count()
	if err != nil {
		return nil, err
	}
	rep := reportOf(next, int(n))
	rep.Warnings = saveWarning(saveCache(ix, next, state.Mark))
	return rep, nil
}
