package events
import ("testing";"fmt";"bufio";"os";"encoding/json";"strings")
func TestDbg(t *testing.T){
 f,_:=os.Open("/tmp/claims/dev.jsonl"); sc:=bufio.NewScanner(f); sc.Buffer(make([]byte,1<<20),1<<24)
 want:=os.Getenv("DOCS")
 for sc.Scan(){ var r struct{ID,Text string}; json.Unmarshal(sc.Bytes(),&r); if !strings.Contains(want," "+r.ID+" "){continue}
 a := newAnalysis(docFor(r.Text), nil, testKB(t))
 ev := a.articleEvents(); an,_:=a.storyAnchor()
 fmt.Printf("== %s ev=%+v anchor=%s\n", r.ID, ev, an.key)
 for si := range a.d.Sentences { lo,hi:=a.sentRange(si); for i:=lo;i<hi;i++{ t:=a.toks[i]; if t.expr>=0 || !(t.digit||t.flags&fNumber!=0) {continue}; q,ok:=a.quantityAt(i,lo,hi); if ok { c:=a.countsOf(q,lo,hi); k,_:=a.numberSubject(q,si,lo,c,ev); fmt.Printf("  %v %q key=%q | %s\n",q.value,c,k, a.d.Text[a.toks[lo].start:a.toks[hi-1].end][:min(140,a.toks[hi-1].end-a.toks[lo].start)]); i=q.last-1 }}}
 }
}
