package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// storyDraft names the quake by a third place, with its own toll. Named
// draft.txt: the ID the web API gives pasted text, so that both checks
// cite the same article.
const storyDraft = "March 5, 2031\n\nAn earthquake shook the Karrow pass and the Ostrel valley on Monday, killing 14 people, said Governor Anselm Treck.\n\nThe quake, of magnitude 5.4, cut the road through the Karrow pass.\n"

// checkJSONOf decodes a check's (or the API's) JSON into the fields both
// share.
func checkJSONOf(t *testing.T, data []byte) checkJSON {
	t.Helper()
	var rep checkJSON
	require.NoError(t, json.Unmarshal(data, &rep), "%s", data)
	return rep
}

// serve shows what check shows, and checks a draft posted to its API as
// check --against does, per story by default and by subject key with
// --stories=false: both follow the one flag, whichever mode made the
// index.
func TestServeChecksAsCheckDoes(t *testing.T) {
	dir := writeFiles(t, storyCorpus)
	draft := filepath.Join(t.TempDir(), "draft.txt")
	require.NoError(t, os.WriteFile(draft, []byte(storyDraft), 0o644))
	modes := []struct {
		name string
		args []string
	}{
		{"per story, the default", nil},
		{"by subject key", []string{"--stories=false"}},
	}
	corpus := map[string]checkJSON{}
	drafts := map[string]checkJSON{}
	for _, m := range modes {
		for _, made := range modes {
			t.Run(m.name+", index made "+made.name, func(t *testing.T) {
				idx := filepath.Join(t.TempDir(), "idx")
				code, _, stderr := runCLI(t, append([]string{"check", "--index", idx, "--fail-on", "none"}, append(made.args, dir)...)...)
				require.Equal(t, exitClean, code, stderr)

				code, out, stderr := runCLI(t, append([]string{"check", "--index", idx, "--format", "json", "--fail-on", "none"}, m.args...)...)
				require.Equal(t, exitClean, code, stderr)
				wantCorpus := checkJSONOf(t, []byte(out))
				code, out, stderr = runCLI(t, append([]string{"check", "--against", "--index", idx, "--format", "json", "--fail-on", "none"}, append(m.args, draft)...)...)
				require.Equal(t, exitClean, code, stderr)
				wantDraft := checkJSONOf(t, []byte(out))

				var errb bytes.Buffer
				e := &env{stdout: io.Discard, stderr: &errb, stdin: strings.NewReader("")}
				sf, indexSet, code, ok := parseServe(e, append([]string{"--index", idx}, m.args...))
				require.True(t, ok, "exit %d: %s", code, errb.String())
				srv, _, cleanup, err := newServer(e, sf, indexSet)
				require.NoError(t, err, errb.String())
				defer cleanup()

				page, err := json.Marshal(srv.Report())
				require.NoError(t, err)
				assert.Equal(t, wantCorpus, checkJSONOf(t, page), "the server's corpus check is check's")

				ts := httptest.NewServer(srv.Handler())
				defer ts.Close()
				resp, err := http.Post(ts.URL+"/api/v1/check", "text/plain", strings.NewReader(storyDraft))
				require.NoError(t, err)
				defer resp.Body.Close()
				body, err := io.ReadAll(resp.Body)
				require.NoError(t, err)
				require.Equal(t, http.StatusOK, resp.StatusCode, "%s", body)
				assert.Equal(t, wantDraft, checkJSONOf(t, body), "the web draft check is check --against's")

				if prev, ok := corpus[m.name]; ok {
					assert.Equal(t, prev, wantCorpus, "the mode the index was made in does not show")
					assert.Equal(t, drafts[m.name], wantDraft, "the mode the index was made in does not show")
				}
				corpus[m.name], drafts[m.name] = wantCorpus, wantDraft
			})
		}
	}
	// The modes differ on this corpus and draft: the checks above could
	// not agree by ignoring the flag.
	byStory, byKey := corpus[modes[0].name], corpus[modes[1].name]
	assert.NotEmpty(t, byStory.Discrepancies, "per story, the two quake articles meet")
	assert.Empty(t, byKey.Discrepancies, "by subject key, they do not")
	assert.NotEqual(t, drafts[modes[0].name].Discrepancies, drafts[modes[1].name].Discrepancies)
}
