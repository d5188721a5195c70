package temporal

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// wordLiteral is a string literal that reads as a word: letters, not an
// upper-case code ("XXXX", "SP", "P").
var wordLiteral = regexp.MustCompile(`^([a-z]+|[A-Z][a-z]+)$`)

// notWords are the word-like literals the matchers may compare: the
// possessive "s" of "'s", the multiplication sign "x" after a number.
var notWords = map[string]bool{"s": true, "x": true}

// TestNoEnglishInMatchers scans the package's Go code (not its tests) for
// a word literal compared with ==, !=, strings.EqualFold, a switch case
// or keyed in a map literal: the words the tagger reads belong in
// data/lexicon.yml, or in lexicon.go's word table, not in a matcher.
func TestNoEnglishInMatchers(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	scanned := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "lexicon.go" { // lexicon.go is the word table
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		scanned++
		for _, lit := range comparedLiterals(f) {
			s, err := strconv.Unquote(lit.Value)
			if err != nil || !wordLiteral.MatchString(s) || notWords[s] {
				continue
			}
			t.Errorf("%s: the word %q is compared in Go code; name it in data/lexicon.yml (or lexicon.go's table)", fset.Position(lit.Pos()), s)
		}
	}
	if scanned < 10 {
		t.Fatalf("scanned %d files: the package's sources were not found", scanned)
	}
}

// comparedLiterals returns the string literals of f that are compared:
// an operand of == or !=, an argument of strings.EqualFold, HasPrefix or
// HasSuffix or slices.Contains, a switch case, a map literal's key.
func comparedLiterals(f *ast.File) []*ast.BasicLit {
	var out []*ast.BasicLit
	add := func(es ...ast.Expr) {
		for _, e := range es {
			if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok && lit.Kind == token.STRING {
				out = append(out, lit)
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				add(n.X, n.Y)
			}
		case *ast.CallExpr:
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
				if pkg, ok := sel.X.(*ast.Ident); ok {
					switch pkg.Name + "." + sel.Sel.Name {
					case "strings.EqualFold", "strings.HasPrefix", "strings.HasSuffix", "slices.Contains", "strings.Contains":
						add(n.Args...)
					}
				}
			}
		case *ast.CaseClause:
			add(n.List...)
		case *ast.CompositeLit:
			if _, ok := n.Type.(*ast.MapType); ok {
				for _, el := range n.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						add(kv.Key)
					}
				}
			}
		}
		return true
	})
	return out
}
