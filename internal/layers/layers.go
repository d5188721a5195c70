// Package layers checks the module's packages against the layer order that
// ARCHITECTURE.md declares in its fenced ```layers block: every package is
// placed in exactly one layer and imports only packages of lower layers.
// The check runs as a test of this package, so the document and the code
// cannot drift apart.
package layers

import (
	"bufio"
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Order is the declared layer order: Layers[i] holds the entries of layer
// i, lowest first. An entry is a module-relative package path or a folder
// pattern ending in "/...".
type Order struct {
	Layers [][]string
}

// Parse reads the first fenced block with the info string "layers" from a
// Markdown document. Lines inside it are layers; blank lines are skipped.
func Parse(markdown string) (Order, error) {
	var o Order
	in, found := false, false
	sc := bufio.NewScanner(strings.NewReader(markdown))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case !in && line == "```layers":
			in, found = true, true
		case in && strings.HasPrefix(line, "```"):
			in = false
		case in && line != "":
			o.Layers = append(o.Layers, strings.Fields(line))
		}
		if found && !in {
			break
		}
	}
	if !found {
		return o, fmt.Errorf("no fenced block with the info string \"layers\"")
	}
	if in {
		return o, fmt.Errorf("the layers block is not closed")
	}
	if len(o.Layers) == 0 {
		return o, fmt.Errorf("the layers block is empty")
	}
	return o, nil
}

// match reports whether entry places pkg.
func match(entry, pkg string) bool {
	if base, ok := strings.CutSuffix(entry, "/..."); ok {
		return pkg == base || strings.HasPrefix(pkg, base+"/")
	}
	return entry == pkg
}

// Check returns one message per disagreement between the order and the
// packages (module-relative path → module-relative imports inside the
// module), sorted.
func (o Order) Check(imports map[string][]string) []string {
	var problems []string
	layerOf := map[string]int{}
	used := map[string]bool{}
	for pkg := range imports {
		var where []string
		for i, layer := range o.Layers {
			for _, e := range layer {
				if match(e, pkg) {
					where = append(where, e)
					layerOf[pkg] = i
					used[e] = true
				}
			}
		}
		switch {
		case len(where) == 0:
			problems = append(problems, fmt.Sprintf("package %s is in no layer", pkg))
		case len(where) > 1:
			problems = append(problems, fmt.Sprintf("package %s is placed more than once (%s)", pkg, strings.Join(where, ", ")))
		}
	}
	for _, layer := range o.Layers {
		for _, e := range layer {
			if !used[e] {
				problems = append(problems, fmt.Sprintf("layer entry %s names no package", e))
			}
		}
	}
	for pkg, imps := range imports {
		from, ok := layerOf[pkg]
		if !ok {
			continue
		}
		for _, imp := range imps {
			to, ok := layerOf[imp]
			if ok && to >= from {
				problems = append(problems, fmt.Sprintf("%s (layer %d) imports %s (layer %d): a package may import only lower layers", pkg, from+1, imp, to+1))
			}
		}
	}
	sort.Strings(problems)
	return problems
}

// Imports reads every package below root (a module's folder) and returns
// module-relative package path → the module-relative packages its non-test
// files import. Folders named testdata, vendor or starting with "." or "_"
// are skipped, as the go command does.
func Imports(root, module string) (map[string][]string, error) {
	out := map[string][]string{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && (name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		rel, err := filepath.Rel(root, filepath.Dir(p))
		if err != nil {
			return err
		}
		pkg := filepath.ToSlash(rel)
		f, err := parser.ParseFile(fset, p, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		seen := map[string]bool{}
		for _, s := range out[pkg] {
			seen[s] = true
		}
		for _, is := range f.Imports {
			ip, err := strconv.Unquote(is.Path.Value)
			if err != nil {
				return err
			}
			if rel, ok := strings.CutPrefix(ip, module+"/"); ok && !seen[rel] {
				seen[rel] = true
				out[pkg] = append(out[pkg], rel)
			}
		}
		if _, ok := out[pkg]; !ok {
			out[pkg] = nil
		}
		return nil
	})
	for _, imps := range out {
		sort.Strings(imps)
	}
	return out, err
}

// ModulePath reads the module path from a go.mod file.
func ModulePath(gomod string) (string, error) {
	data, err := os.ReadFile(gomod)
	if err != nil {
		return "", err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`), nil
		}
	}
	return "", fmt.Errorf("%s: no module line", gomod)
}

// Root walks up from dir to the folder holding go.mod.
func Root(dir string) (string, error) {
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above %s", dir)
		}
		dir = parent
	}
}
