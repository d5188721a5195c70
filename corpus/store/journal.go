package store

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// The journal records, once a check state is saved, which subjects every
// later batch touched, so that the next check re-compares only those.
// Entries live in Bleve's internal store and are written in the same
// Bleve batch as the documents: a batch and its entry land together.
const (
	// idxJournalKey holds the number of the last entry; its presence
	// means the index keeps a journal.
	idxJournalKey = "crosscheck.journal"
	// idxJournalEntry prefixes an entry's key; the number follows.
	idxJournalEntry = "crosscheck.journal."
)

// journalEntry is what one batch changed.
type journalEntry struct {
	Subjects []string `json:"subjects"` // subject keys of claims added or removed
	Claims   int      `json:"claims"`   // claims added minus claims removed
	// Articles is set by a program that lists the articles a batch
	// wrote (Written: new or replaced) and removed; an entry without it
	// says nothing of them.
	Articles bool     `json:"articles,omitempty"`
	Written  []string `json:"written,omitempty"`
	Removed  []string `json:"removed,omitempty"`
}

func idxJournalEntryKey(seq uint64) []byte {
	return fmt.Appendf(nil, "%s%016d", idxJournalEntry, seq)
}

// journalSeq is the number of the last journal entry, and whether the
// index keeps a journal at all.
func (ix *Index) journalSeq() (uint64, bool, error) {
	bix, release := ix.use()
	defer release()
	v, err := bix.GetInternal([]byte(idxJournalKey))
	if err != nil {
		return 0, false, fmt.Errorf("index %s: journal: %w", ix.path, err)
	}
	if v == nil {
		return 0, false, nil
	}
	seq, err := strconv.ParseUint(string(v), 10, 64)
	if err != nil {
		return 0, false, &IndexError{Path: ix.path, Err: ErrNotIndex, Cause: fmt.Errorf("journal number %q: %w", v, err)}
	}
	return seq, true, nil
}

// add puts the entry, as number seq, into batch.
func (e *journalEntry) add(batch *bleve.Batch, seq uint64) error {
	slices.Sort(e.Subjects)
	e.Subjects = slices.Compact(e.Subjects)
	e.Articles = true
	data, err := json.Marshal(e)
	if err != nil {
		return err
	}
	batch.SetInternal(idxJournalEntryKey(seq), data)
	batch.SetInternal([]byte(idxJournalKey), strconv.AppendUint(nil, seq, 10))
	return nil
}

// oldClaims adds to e the subjects and the claim count that the stored
// versions of the replaced documents hold, since replacing removes them.
func (ix *Index) oldClaims(ids []string, e *journalEntry) error {
	bix, release := ix.use()
	defer release()
	if len(ids) == 0 {
		return nil
	}
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = []string{idxFClaims}
	res, err := bix.Search(req)
	if err != nil {
		return fmt.Errorf("index %s: reading replaced claims: %w", ix.path, err)
	}
	for _, h := range res.Hits {
		pc, err := idxPacked(h.Fields[idxFClaims])
		if err != nil {
			return idxCorrupt(ix, h.ID, idxFClaims, err)
		}
		e.Claims -= pc.Len()
		for j := range pc.Len() {
			k, err := pc.SubjectKey(j)
			if err != nil {
				return idxCorrupt(ix, h.ID, idxFClaims, err)
			}
			if k != "" {
				e.Subjects = append(e.Subjects, k)
			}
		}
	}
	return nil
}

// readJournal merges the entries after mark up to the last one.
func (ix *Index) readJournal(mark, last uint64) (Changes, error) {
	bix, release := ix.use()
	defer release()
	var ch Changes
	for seq := mark + 1; seq <= last; seq++ {
		v, err := bix.GetInternal(idxJournalEntryKey(seq))
		if err != nil {
			return Changes{}, fmt.Errorf("index %s: journal: %w", ix.path, err)
		}
		if v == nil {
			return Changes{}, fmt.Errorf("%w: journal entry %d is missing", ErrNoCheckState, seq)
		}
		var e journalEntry
		if err := json.Unmarshal(v, &e); err != nil {
			return Changes{}, fmt.Errorf("%w: journal entry %d: %v", ErrNoCheckState, seq, err)
		}
		ch.Subjects = append(ch.Subjects, e.Subjects...)
		ch.Claims += e.Claims
		ch.Batches++
		if !e.Articles {
			ch.ArticlesUnknown = true
		}
		ch.Written = append(ch.Written, e.Written...)
		ch.Removed = append(ch.Removed, e.Removed...)
	}
	slices.Sort(ch.Subjects)
	ch.Subjects = slices.Compact(ch.Subjects)
	for _, ids := range []*[]string{&ch.Written, &ch.Removed} {
		slices.Sort(*ids)
		*ids = slices.Compact(*ids)
	}
	return ch, nil
}
