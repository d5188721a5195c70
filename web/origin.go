package web

import (
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// originPolicy decides which Host headers the server answers and which
// browser origins may post to it. A newsroom's server runs on a laptop or
// an intranet box: a web page elsewhere must not be able to post drafts to
// it (a foreign Origin) or read its corpus through DNS rebinding (a
// foreign Host).
type originPolicy struct {
	anyHost bool
	hosts   map[string]bool // lower case, no port, no brackets
	cors    map[string]bool // "scheme://host[:port]", lower case
}

// loopbackNames are always accepted as Host.
var loopbackNames = []string{"localhost", "127.0.0.1", "::1"}

func newOriginPolicy(hosts, corsOrigins []string) (*originPolicy, error) {
	p := &originPolicy{hosts: map[string]bool{}, cors: map[string]bool{}}
	for _, h := range loopbackNames {
		p.hosts[h] = true
	}
	for _, h := range hosts {
		h = strings.TrimSpace(h)
		switch {
		case h == "":
			continue
		case h == "*":
			p.anyHost = true
			continue
		}
		p.hosts[hostName(h)] = true
	}
	for _, o := range corsOrigins {
		o = strings.TrimSpace(o)
		if o == "" {
			continue
		}
		if err := CheckOrigin(o); err != nil {
			return nil, fmt.Errorf("web: %w", err)
		}
		norm, _ := normOrigin(o)
		p.cors[norm] = true
	}
	return p, nil
}

// hostName is the host of a Host header or flag value without port,
// brackets or a final dot, in lower case.
func hostName(hostport string) string {
	h := hostport
	if host, _, err := net.SplitHostPort(hostport); err == nil {
		h = host
	}
	h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
	return strings.TrimSuffix(strings.ToLower(h), ".")
}

// CheckOrigin tells whether o can be a CORS origin: scheme://host[:port].
func CheckOrigin(o string) error {
	if _, ok := normOrigin(strings.TrimSpace(o)); !ok {
		return fmt.Errorf("CORS origin %q: want scheme://host[:port], like https://cms.example.org", o)
	}
	return nil
}

// normOrigin checks an Origin value and writes it in lower case.
func normOrigin(o string) (string, bool) {
	u, err := url.Parse(o)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.User != nil {
		return "", false
	}
	return strings.ToLower(u.Scheme + "://" + u.Host), true
}

// hostAllowed reports whether the server answers for the Host header h.
func (p *originPolicy) hostAllowed(h string) bool {
	if p.anyHost {
		return true
	}
	name := hostName(h)
	if p.hosts[name] {
		return true
	}
	ip := net.ParseIP(name)
	return ip != nil && ip.IsLoopback()
}

// corsAllowed reports whether origin is on the CORS allow-list.
func (p *originPolicy) corsAllowed(origin string) bool {
	norm, ok := normOrigin(origin)
	return ok && p.cors[norm]
}

// sameOrigin reports whether origin is the server itself as the browser
// reached it: the same host and port as the request's Host.
func sameOrigin(origin string, r *http.Request) bool {
	u, err := url.Parse(origin)
	return err == nil && u.Host != "" && strings.EqualFold(u.Host, r.Host)
}

// safeMethod is a method that changes nothing and whose answer a foreign
// page cannot read without CORS.
func safeMethod(m string) bool {
	return m == http.MethodGet || m == http.MethodHead || m == http.MethodOptions
}

// check returns the error to answer r with, or nil. It also sets the CORS
// headers for an allowed origin on the API.
func (p *originPolicy) check(w http.ResponseWriter, r *http.Request) error {
	if !p.hostAllowed(r.Host) {
		return &requestError{Status: http.StatusForbidden, Msg: fmt.Sprintf(
			"this server does not answer for host %q; if it is yours, start it with --allow-host %s",
			r.Host, hostName(r.Host))}
	}
	origin := r.Header.Get("Origin")
	cors := origin != "" && isAPI(r) && p.corsAllowed(origin)
	if cors {
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", origin)
		h.Add("Vary", "Origin")
	}
	// Sec-Fetch-Site is set by the browser alone; it vouches for a form
	// of the server's own page even where the Origin is "null" (a strict
	// referrer policy).
	site := r.Header.Get("Sec-Fetch-Site")
	switch {
	case safeMethod(r.Method), cors, site == "same-origin", site == "none":
		return nil
	case origin == "" && site == "":
		return nil // not a browser: curl, an editor's tool
	case origin != "" && origin != "null" && sameOrigin(origin, r):
		return nil
	}
	if origin == "" {
		origin = site
	}
	return &requestError{Status: http.StatusForbidden, Msg: fmt.Sprintf(
		"requests from the web page at %q are not accepted (the server's own pages and the origins given with --cors-origin are)", origin)}
}

// preflight answers a CORS preflight for an allowed origin on the API;
// it reports whether it did.
func (p *originPolicy) preflight(w http.ResponseWriter, r *http.Request) bool {
	if r.Method != http.MethodOptions || !isAPI(r) || r.Header.Get("Access-Control-Request-Method") == "" ||
		!p.corsAllowed(r.Header.Get("Origin")) {
		return false
	}
	h := w.Header()
	h.Set("Access-Control-Allow-Methods", "GET, HEAD, POST")
	h.Set("Access-Control-Allow-Headers", "Content-Type")
	h.Set("Access-Control-Max-Age", "600")
	w.WriteHeader(http.StatusNoContent)
	return true
}
