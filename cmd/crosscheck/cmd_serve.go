package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/web"
)

func init() {
	register(&command{
		name:    "serve",
		summary: "serve a web page and JSON API: search, discrepancies with evidence, draft check",
		usage:   "[flags]",
		examples: []string{
			"crosscheck serve                          # the index in .crosscheck/index on http://127.0.0.1:8080",
			"crosscheck serve --sample                 # the built-in sample corpus, indexed into a temporary directory",
			"crosscheck serve --index ./idx --addr 127.0.0.1:9000 --max-body 10MB",
			"crosscheck serve --addr 0.0.0.0:8080 --allow-host factcheck.intranet --cors-origin https://cms.intranet",
		},
		run: runServe,
	})
}

type serveFlags struct {
	common
	addr        string
	maxBody     string
	sample      bool
	allowHosts  listFlag
	corsOrigins listFlag
	maxChecks   int
	timeout     time.Duration
}

// listFlag is a flag that may be repeated or given comma-separated.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	for _, x := range strings.Split(v, ",") {
		if x = strings.TrimSpace(x); x != "" {
			*l = append(*l, x)
		}
	}
	return nil
}

func runServe(e *env, args []string) int {
	sf, indexSet, code, ok := parseServe(e, args)
	if !ok {
		return code
	}
	srv, stories, cleanup, err := newServer(e, sf, indexSet)
	if err != nil {
		return fail(e, "serve", err)
	}
	defer cleanup()
	go func() {
		took, err := stories.Wait()
		if errors.Is(err, web.ErrStoriesStopped) {
			return
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "stories: %v (story pages stay unavailable)\n", err)
			return
		}
		_, n := stories.List(0, 0)
		fmt.Fprintf(e.stderr, "stories: %d computed in %s\n", n, took.Round(time.Millisecond))
	}()
	ln, err := net.Listen("tcp", sf.addr)
	if err != nil {
		return fail(e, "serve", err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(e.stderr, "serving on http://%s\n", ln.Addr())
	if h, _, err := net.SplitHostPort(sf.addr); err == nil && (h == "" || net.ParseIP(h).IsUnspecified()) && len(sf.allowHosts) == 0 {
		fmt.Fprintln(e.stderr, "note: requests are answered only for localhost names; add --allow-host NAME for each name or address clients use")
	}
	if err := web.Serve(ctx, web.NewHTTPServer(sf.addr, srv.Handler()), ln); err != nil {
		return fail(e, "serve", err)
	}
	fmt.Fprintln(e.stderr, "stopped")
	return exitClean
}

// parseServe parses and checks serve's flags; indexSet says whether
// --index was given. When !ok, code is the exit status.
func parseServe(e *env, args []string) (sf *serveFlags, indexSet bool, code int, ok bool) {
	c := findCommand("serve")
	sf = &serveFlags{}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	sf.addIndex(fs)
	sf.addExtract(fs)
	sf.addRules(fs)
	sf.addStories(fs, "check the index and drafts with event claims compared per story, as check does; --stories=false as check --stories=false")
	fs.StringVar(&sf.addr, "addr", "127.0.0.1:8080", "address to listen on (loopback by default; 0.0.0.0:8080 exposes the server to the network)")
	fs.StringVar(&sf.maxBody, "max-body", "5MB", "largest request body accepted (drafts); larger ones get 413")
	fs.BoolVar(&sf.sample, "sample", false, "serve the built-in sample corpus, indexed into a temporary directory")
	fs.Var(&sf.allowHosts, "allow-host", "host name the server answers for besides localhost, 127.0.0.1, ::1 and the --addr host (repeatable or comma-separated; * for any); other Host headers get 403")
	fs.Var(&sf.corsOrigins, "cors-origin", "origin allowed to call the JSON API from a browser, like https://cms.example.org (repeatable or comma-separated; none by default)")
	fs.IntVar(&sf.maxChecks, "max-draft-checks", 0, "draft checks run at once; more wait briefly, then get 503 (0: the number of CPUs, at least 2)")
	fs.DurationVar(&sf.timeout, "draft-timeout", web.DefaultDraftTimeout, "a draft check running longer is stopped with 503")
	pos, code, ok := parseFlags(e, c, fs, args)
	if !ok {
		return nil, false, code, false
	}
	bad := func(err error) (*serveFlags, bool, int, bool) { return nil, false, fail(e, "serve", err), false }
	if len(pos) > 0 {
		return bad(fmt.Errorf("unexpected argument %q (index files first with 'crosscheck index PATH...')", pos[0]))
	}
	if _, err := web.ParseSize(sf.maxBody); err != nil {
		return bad(fmt.Errorf("--max-body: %w", err))
	}
	if sf.maxChecks < 0 {
		return bad(fmt.Errorf("--max-draft-checks must not be negative"))
	}
	if sf.timeout <= 0 || sf.timeout >= web.WriteTimeout {
		return bad(fmt.Errorf("--draft-timeout must be above 0 and below %s (the server's write timeout)", web.WriteTimeout))
	}
	for _, o := range sf.corsOrigins {
		if err := web.CheckOrigin(o); err != nil {
			return bad(fmt.Errorf("--cors-origin: %w", err))
		}
	}
	fs.Visit(func(f *flag.Flag) { indexSet = indexSet || f.Name == "index" })
	return sf, indexSet, exitClean, true
}

// newServer loads what serve's flags ask for, opens the index and
// checks it (per story unless --stories=false: the page shows what check
// shows, and drafts are checked as check --against checks them), and
// starts computing the stories in the background. cleanup stops the
// stories, then closes the index.
func newServer(e *env, sf *serveFlags, indexSet bool) (*web.Server, *web.EventStories, func(), error) {
	maxBody, err := web.ParseSize(sf.maxBody)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("--max-body: %w", err)
	}
	opt, err := sf.pipelineOptions(true)
	if err != nil {
		return nil, nil, nil, err
	}
	ix, closeIndex, err := openServeIndex(e, sf, indexSet, opt)
	if err != nil {
		return nil, nil, nil, err
	}
	hosts := append([]string{}, sf.allowHosts...)
	if h, _, err := net.SplitHostPort(sf.addr); err == nil && h != "" {
		if ip := net.ParseIP(h); ip == nil || !ip.IsUnspecified() {
			hosts = append(hosts, h)
		}
	}
	// The stories are computed in the background while the server
	// answers: until they are ready their pages say so.
	stories := web.ComputeStories(ix, opt)
	srv, err := web.New(ix, opt, web.Config{MaxBody: maxBody, AllowHosts: hosts, CORSOrigins: sf.corsOrigins,
		MaxDraftChecks: sf.maxChecks, DraftTimeout: sf.timeout, Stories: stories})
	if err != nil {
		stories.Close()
		closeIndex()
		return nil, nil, nil, err
	}
	// The index is closed only once the stories stop reading it.
	return srv, stories, func() { stories.Close(); closeIndex() }, nil
}

// openServeIndex opens the index the server reads, as a reader: any
// number of other readers and one writer may work beside it, and it
// refreshes its view of what they add. With --sample it indexes the
// built-in sample corpus into a temporary directory.
func openServeIndex(e *env, sf *serveFlags, indexSet bool, opt pipeline.Options) (*store.Index, func(), error) {
	if sf.sample {
		if indexSet {
			return nil, nil, errors.New("--sample serves a temporary index; leave out --index")
		}
		dir, remove, err := tempIndex()
		if err != nil {
			return nil, nil, err
		}
		ix, err := store.OpenIndex(dir)
		if err != nil {
			remove()
			return nil, nil, err
		}
		fmt.Fprintln(e.stderr, "indexing the built-in sample corpus…")
		if _, _, err := pipeline.Check(sourceOf(nil), ix, opt); err != nil {
			ix.Close()
			remove()
			return nil, nil, err
		}
		return ix, func() { ix.Close(); remove() }, nil
	}
	ix, err := store.OpenIndexReadOnly(sf.index)
	if errors.Is(err, store.ErrNoIndex) {
		return nil, nil, fmt.Errorf("no index at %s: run 'crosscheck index PATH...' first, pass --index DIR, or try --sample to serve the built-in sample corpus", sf.index)
	}
	if err != nil {
		return nil, nil, indexError(err, sf.index)
	}
	stop := make(chan struct{})
	go refreshIndex(e, ix, stop)
	return ix, func() { close(stop); ix.Close() }, nil
}

// refreshIndex lets the server see, within a couple of seconds, what a
// writer adds to the index while it runs.
func refreshIndex(e *env, ix *store.Index, stop <-chan struct{}) {
	t := time.NewTicker(2 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			if _, err := ix.Refresh(); err != nil {
				fmt.Fprintf(e.stderr, "crosscheck serve: warning: %v\n", err)
			}
		}
	}
}
