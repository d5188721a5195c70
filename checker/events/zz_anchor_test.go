package events

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/checker/text"
)

func TestAnchorDebug(t *testing.T) {
	f, err := os.Open("/tmp/claims/dev.jsonl")
	if err != nil {
		t.Skip()
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	want := os.Getenv("ANCHOR_EVENTS")
	for sc.Scan() {
		var r struct{ ID, Text string }
		json.Unmarshal(sc.Bytes(), &r)
		if want != "" && !strings.Contains(want, strings.SplitN(r.ID, "_", 2)[0]+"_"+map[bool]string{true: "ecbplus", false: "ecb"}[strings.HasSuffix(r.ID, "ecbplus")]) {
			continue
		}
		a := newAnalysis(text.NewDoc(r.ID, r.Text, time.Time{}), nil, testKB(t))
		an, _ := a.storyAnchor()
		fmt.Printf("%s anchor=%q known=%v country=%q n=%d\n", r.ID, an.key, an.known, an.country, a.anchorCount)
	}
}
