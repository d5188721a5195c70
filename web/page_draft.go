package web

import (
	"net/http"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/checker/report"
	"github.com/crosscheck/crosscheck/corpus"
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
}

func (s *Server) draftPage(w http.ResponseWriter, r *http.Request) {
	d := draftData{MaxBody: humanBytes(s.cfg.MaxBody)}
	if r.Method != http.MethodPost {
		s.render(w, r, http.StatusOK, "draft", page{Title: "Check a draft", Nav: "draft", Data: d})
		return
	}
	in, err := readDraftForm(r)
	if err != nil {
		if statusOf(err) == http.StatusRequestEntityTooLarge {
			s.fail(w, r, err)
			return
		}
		d.Err = publicMessage(err, s.cfg.MaxBody)
		s.render(w, r, statusOf(err), "draft", page{Title: "Check a draft", Nav: "draft", Data: d})
		return
	}
	if checkUTF8("", in.Text) == nil {
		d.In = draftInput{Title: in.Title, Date: in.Date, Text: in.Text}
	}
	arts, problems, rep, err := s.checkDraft(in)
	for _, p := range problems {
		d.Problems = append(d.Problems, p.Error())
	}
	if err != nil {
		if statusOf(err) == http.StatusInternalServerError {
			s.fail(w, r, err)
			return
		}
		d.Err = publicMessage(err, s.cfg.MaxBody)
		s.render(w, r, statusOf(err), "draft", page{Title: "Check a draft", Nav: "draft", Data: d})
		return
	}
	drafts := make(map[string]*corpus.Article, len(arts))
	for _, a := range arts {
		drafts[a.ID] = a
		if enc := a.Meta["encoding"]; enc != "" {
			d.Notes = append(d.Notes, a.ID+": read as "+enc+", not UTF-8")
		}
	}
	src := s.articleCache(drafts)
	d.Checked, d.Summary = true, report.Summary(rep, 0)
	for _, x := range rep.Discrepancies {
		d.Items = append(d.Items, s.item(x, rep.Meta, drafts, src))
	}
	d.Drafts = draftViews(arts, rep.Discrepancies)
	s.render(w, r, http.StatusOK, "draft", page{Title: "Draft check", Nav: "draft", Data: d})
}

// checkDraft reads the drafts and checks them against the corpus.
func (s *Server) checkDraft(in draftInput) ([]*corpus.Article, []corpus.Problem, *pipeline.Report, error) {
	arts, problems, err := in.drafts(s.opt.Read)
	if err != nil {
		return nil, problems, nil, err
	}
	rep, err := pipeline.CheckDraft(arts, s.ix, s.opt)
	if err != nil {
		return nil, problems, nil, err
	}
	return arts, problems, rep, nil
}
