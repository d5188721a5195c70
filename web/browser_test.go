package web

import (
	"context"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/rules"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// screensDir is where the browser test also leaves its screenshots for
// people to look at; CROSSCHECK_SCREENS moves them (several checkouts
// testing at once would overwrite each other's).
var screensDir = func() string {
	if d := os.Getenv("CROSSCHECK_SCREENS"); d != "" {
		return d
	}
	return "/tmp/crosscheck-screens"
}()

// chromiumPath finds Debian's chromium; without it the browser test fails
// in CI and is skipped elsewhere.
func chromiumPath(t *testing.T) string {
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium not found: the browser test needs it in CI (apt-get install -y chromium)")
	}
	t.Skip("chromium not found; install it to run the browser test")
	return ""
}

// TestBrowser drives a real headless chromium through the pages: the
// sample's discrepancies are listed, and a pasted draft's conflict shows.
func TestBrowser(t *testing.T) {
	exe := chromiumPath(t)
	ts := httptest.NewServer(fixture.h)
	defer ts.Close()

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancelTab := chromedp.NewContext(actx)
	defer cancelTab()
	ctx, cancel := context.WithTimeout(ctx, 150*time.Second)
	defer cancel()

	shots := t.TempDir()
	shoot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		require.NoError(t, err)
		require.NoError(t, saveShot(t, shots, name, png))
	}
	do := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		require.NoError(t, chromedp.Do(ctx, steps...))
	}

	// count reads the number of matches without waiting for one, since
	// zero is a possible (failing) answer.
	count := func(css string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+strconv.Quote(css)+`).length`))
		require.NoError(t, err)
		return n
	}

	rep := fixture.srv.Report()
	require.NotEmpty(t, rep.Discrepancies)

	do(chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS(`form.searchbox`)))
	shoot("home.png")

	do(chromedp.Navigate(ts.URL+"/discrepancies"), chromedp.WaitVisible(chromedp.CSS(`ol.items`)))
	assert.Equal(t, min(len(rep.Discrepancies), listPageSize), count(`li.item`), "the list shows the sample's discrepancies")
	shoot("discrepancies.png")

	first := rep.Discrepancies[0]
	do(chromedp.Navigate(ts.URL+"/discrepancies/"+first.ID), chromedp.WaitVisible(chromedp.CSS(`blockquote.context mark`)))
	heading, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`h1`)))
	require.NoError(t, err)
	assert.Contains(t, heading, first.Subject)
	shoot("discrepancy.png")

	do(chromedp.Navigate(ts.URL+"/articles/"+url.PathEscape(first.Claims[0].Article)), chromedp.WaitVisible(chromedp.CSS(`article.text mark`)))
	shoot("article.png")

	do(chromedp.Navigate(ts.URL+"/draft"),
		chromedp.WaitVisible(chromedp.ID(`draft-text`)),
		chromedp.SendKeys(chromedp.CSS(`input[name=date]`), draftDate),
		chromedp.SendKeys(chromedp.ID(`draft-text`), conflictingDraft))
	shoot("draft-form.png")
	do(chromedp.Click(chromedp.CSS(`form.draftform button[type=submit]`)), chromedp.WaitVisible(chromedp.ID(`results`)))
	resultsHeading, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID(`results`)))
	require.NoError(t, err)
	assert.False(t, strings.HasPrefix(resultsHeading, "0 "), "the pasted draft's conflict is found: %q", resultsHeading)
	assert.Positive(t, count(`section.results li.item`), "the pasted draft's conflict is listed")
	shoot("draft-result.png")

	// A paste over the limit is refused with the limit said, and the text
	// stays in the form.
	over := strings.Repeat("The pier opened to walkers and cyclists. ", 1700) + "LAST-WORDS"
	do(chromedp.Navigate(ts.URL+"/draft"), chromedp.WaitVisible(chromedp.ID(`draft-text`)),
		chromedp.SetValue(chromedp.ID(`draft-text`), over),
		chromedp.Click(chromedp.CSS(`form.draftform button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`p.error`)))
	msg, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`p.error`)))
	require.NoError(t, err)
	assert.Contains(t, msg, "limit of 64KB")
	kept, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("draft-text").value`))
	require.NoError(t, err)
	assert.Equal(t, over, strings.TrimPrefix(kept, "\n"), "the refused paste is still in the form")
	shoot("draft-refused.png")

	// A phone-sized window: the pages must stay one readable column.
	do(chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile))
	for _, p := range []struct{ path, sel, shot string }{
		{"/discrepancies", `ol.items`, "discrepancies-phone.png"},
		{"/articles/" + url.PathEscape(first.Claims[0].Article), `article.text`, "article-phone.png"},
	} {
		do(chromedp.Navigate(ts.URL+p.path), chromedp.WaitVisible(chromedp.CSS(p.sel)))
		overflow, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth - document.documentElement.clientWidth`))
		require.NoError(t, err)
		assert.LessOrEqual(t, overflow, 0, "no sideways scrolling on a phone: %s", p.path)
		shoot(p.shot)
		top, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		require.NoError(t, err)
		require.NoError(t, saveShot(t, shots, strings.Replace(p.shot, ".png", "-top.png", 1), top))
	}
	// At 400 px the claims table keeps its discrepancy column.
	do(chromedp.EmulateViewport(400, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile),
		chromedp.Navigate(ts.URL+"/articles/"+url.PathEscape(first.Claims[0].Article)), chromedp.WaitVisible(chromedp.CSS(`table.claims`)))
	width, err := chromedp.Run(ctx, chromedp.Evaluate[int](`(() => { const th = document.querySelectorAll("table.claims th"); const last = th[th.length-1]; const r = last.getBoundingClientRect(); return r.right <= document.documentElement.clientWidth + 1 ? Math.round(r.width) : -1 })()`))
	require.NoError(t, err)
	assert.Positive(t, width, "the discrepancy column is on screen at 400 px")

	browseStories(t, ctx, shoot)
	browseBig(t, ctx, shoot)
}

// browseStories opens a story from one of its discrepancies, as a reader
// would: the link on the discrepancy's page leads to every event of the
// story with what each outlet said about it.
func browseStories(t *testing.T, ctx context.Context, shoot func(string)) {
	s, h := storyServer(t)
	ts := httptest.NewServer(h)
	defer ts.Close()
	var d rules.Discrepancy
	for _, x := range s.Report().Discrepancies {
		if x.Kind == claim.KindNumber {
			d = x
		}
	}
	require.NotEmpty(t, d.ID, "the invented quakes disagree on a figure")
	require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(ts.URL+"/discrepancies/"+d.ID), chromedp.WaitVisible(chromedp.CSS(`a[href^="/stories/"]`)),
		chromedp.Click(chromedp.CSS(`a[href^="/stories/"]`)), chromedp.WaitVisible(chromedp.CSS(`section.story-event`))))
	loc, err := chromedp.Run(ctx, chromedp.Location())
	require.NoError(t, err)
	storyID, ok := s.cfg.Stories.StoryOf(d.Claims[0].Article)
	require.True(t, ok)
	assert.True(t, strings.HasSuffix(loc, "/stories/"+storyID), "the link leads to the discrepancy's story: %s", loc)
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("section.story-event ol.groups li.group").length`))
	require.NoError(t, err)
	assert.Positive(t, n, "each event's claims are grouped by value")
	n, err = chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#d-`+d.ID+`").length`))
	require.NoError(t, err)
	assert.Equal(t, 1, n, "the discrepancy is listed in its story")
	shoot("story.png")
}

// browseBig visits the generated corpus's pages in the browser: every
// page is small, a many-sided discrepancy is grouped by value and an
// update is drawn as a timeline.
func browseBig(t *testing.T, ctx context.Context, shoot func(string)) {
	s := bigServer(t)
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	do := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		require.NoError(t, chromedp.Do(ctx, steps...))
	}
	evalInt := func(js string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](js))
		require.NoError(t, err)
		return n
	}
	do(chromedp.EmulateViewport(1280, 900))
	rep := s.Report()
	widest, update := rep.Discrepancies[0], rep.Discrepancies[0]
	hasUpdate := false
	for _, d := range rep.Discrepancies {
		if len(d.Claims) > len(widest.Claims) {
			widest = d
		}
		if isTimeline(d) && (!hasUpdate || len(d.Claims) > len(update.Claims)) {
			update, hasUpdate = d, true
		}
	}
	for _, p := range []string{"/", "/articles", "/discrepancies", "/discrepancies?from=50", "/discrepancies/" + widest.ID} {
		do(chromedp.Navigate(ts.URL+p), chromedp.WaitVisible(chromedp.CSS(`main`)))
		size := evalInt(`document.documentElement.outerHTML.length`)
		assert.Less(t, size, maxPageBytes, "%s in the browser", p)
	}
	do(chromedp.Navigate(ts.URL+"/discrepancies/"+widest.ID), chromedp.WaitVisible(chromedp.CSS(`ol.groups li.group`)))
	assert.Positive(t, evalInt(`document.querySelectorAll("ol.groups li.group .count").length`), "values are grouped with their counts")
	shoot("big-grouped.png")
	do(chromedp.Navigate(ts.URL+"/discrepancies"), chromedp.WaitVisible(chromedp.CSS(`nav.pager .pos`)))
	pos, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`nav.pager .pos`)))
	require.NoError(t, err)
	assert.Regexp(t, `^1–50 of \d+$`, pos)
	top, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	require.NoError(t, saveShot(t, t.TempDir(), "big-discrepancies-top.png", top))
	if !hasUpdate {
		t.Log("no update in the generated corpus: no timeline to look at")
		return
	}
	do(chromedp.Navigate(ts.URL+"/discrepancies/"+update.ID), chromedp.WaitVisible(chromedp.CSS(`ol.timeline li.group time.when`)))
	assert.Positive(t, evalInt(`document.querySelectorAll("ol.timeline li.group").length`))
	shoot("big-timeline.png")
}

// saveShot writes a screenshot under the test's temp dir and copies it to
// screensDir.
func saveShot(t *testing.T, dir, name string, png []byte) error {
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		return err
	}
	if err := os.MkdirAll(screensDir, 0o755); err != nil {
		return err
	}
	t.Logf("screenshot %s", filepath.Join(screensDir, name))
	return os.WriteFile(filepath.Join(screensDir, name), png, 0o644)
}
