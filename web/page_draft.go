package web

import (
	"context"
	"fmt"
	"net/http"
	"strconv"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/checker/report"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/read"
)

// draftData is what the draft page shows: the form, and after a check
// the discrepancies and the marked draft.
type draftData struct {
	In       draftInput
	MaxBody  string
	Err      string
	Checked  bool
	Summary  string
	Items    []itemView
	Drafts   []draftView
	Problems []string
	Notes    []string
	// DraftClaims counts the claims read in the drafts; Compared those
	// about a subject the corpus has claims about too.
	DraftClaims, Compared int
}

func (s *Server) draftPage(w http.ResponseWriter, r *http.Request) {
	d := draftData{MaxBody: humanBytes(s.cfg.MaxBody)}
	if r.Method != http.MethodPost {
		s.render(w, r, http.StatusOK, "draft", page{Title: "Check a draft", Nav: "draft", Data: d})
		return
	}
	leave, err := s.gate.admit()
	if err != nil {
		// Busy: the form is still read (the body is capped) so that the
		// text comes back to be sent again, not lost.
		if in, ferr := readDraftForm(r); ferr == nil && checkUTF8("", in.Text) == nil {
			d.In = draftInput{Title: in.Title, Date: in.Date, Text: in.Text}
		}
		d.Err = publicMessage(err, s.cfg.MaxBody)
		s.renderDraftError(w, r, err, d)
		return
	}
	defer leave()
	in, err := readDraftForm(r)
	if err != nil {
		d.Err = publicMessage(err, s.cfg.MaxBody)
		s.renderDraftError(w, r, err, d)
		return
	}
	if checkUTF8("", in.Text) == nil {
		d.In = draftInput{Title: in.Title, Date: in.Date, Text: in.Text}
	}
	// The form may send more than the limit (see bodyCap) so that the
	// text comes back here, kept, with the limit said.
	if n := int64(len(in.Text) + len(in.FileData)); n > s.cfg.MaxBody {
		err := &requestError{Status: http.StatusRequestEntityTooLarge, Msg: fmt.Sprintf(
			"The draft is %s, over the server's limit of %s: shorten it or check it in parts (the text is kept below)",
			humanBytes(n), humanBytes(s.cfg.MaxBody))}
		d.Err = err.Msg
		s.renderDraftError(w, r, err, d)
		return
	}
	arts, problems, rep, err := s.checkDraft(r.Context(), in)
	for _, p := range problems {
		d.Problems = append(d.Problems, p.Error())
	}
	if err != nil {
		if statusOf(err) == http.StatusInternalServerError {
			s.fail(w, r, err)
			return
		}
		d.Err = publicMessage(err, s.cfg.MaxBody)
		s.renderDraftError(w, r, err, d)
		return
	}
	drafts := make(map[string]*article.Article, len(arts))
	for _, a := range arts {
		drafts[a.ID] = a
		if enc := a.Meta["encoding"]; enc != "" {
			d.Notes = append(d.Notes, a.ID+": read as "+enc+", not UTF-8")
		}
	}
	src := s.articleCache(drafts)
	d.Checked, d.Summary = true, report.Summary(rep, 0)
	d.DraftClaims, d.Compared = rep.DraftClaims, rep.ComparedClaims
	for _, x := range rep.Discrepancies {
		d.Items = append(d.Items, s.item(x, rep.Meta, drafts, src, draftLimits))
	}
	d.Drafts = draftViews(arts, rep.Discrepancies)
	s.render(w, r, http.StatusOK, "draft", page{Title: "Draft check", Nav: "draft", Data: d})
}

// checkDraft reads the drafts and checks them against the corpus, once
// the gate lets it, stopping when ctx ends or the check's deadline passes.
func (s *Server) checkDraft(ctx context.Context, in draftInput) ([]*article.Article, []read.Problem, *pipeline.Report, error) {
	arts, problems, err := in.drafts(s.opt.Read)
	if err != nil {
		return nil, problems, nil, err
	}
	var rep *pipeline.Report
	err = s.gate.run(ctx, func(ctx context.Context) error {
		var err error
		rep, err = pipeline.CheckDraftContext(ctx, arts, s.ix, s.opt)
		return err
	})
	if err != nil {
		return nil, problems, nil, err
	}
	return arts, problems, rep, nil
}

// renderDraftError shows the draft form again with the error: whatever
// was typed stays (d.In), and a busy server says when to come back.
func (s *Server) renderDraftError(w http.ResponseWriter, r *http.Request, err error, d draftData) {
	if n := retryAfter(err); n > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(n))
	}
	s.render(w, r, statusOf(err), "draft", page{Title: "Check a draft", Nav: "draft", Data: d})
}
