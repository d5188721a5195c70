// Command crosscheck finds contradictions in news coverage: it indexes a
// corpus of articles, extracts typed claims with their evidence and reports
// every conflict between and within articles.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/corpus"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// Exit codes, as in Vale: 0 clean, 1 discrepancies at or above the fail
// level, 2 usage or input error; 3 when crosscheck itself failed on an
// article (a bug: the rest was still checked and reported).
const (
	exitClean    = 0
	exitFound    = 1
	exitUsage    = 2
	exitInternal = 3
)

// command is one subcommand.
type command struct {
	name     string
	summary  string
	usage    string // arguments after the name
	examples []string
	run      func(env *env, args []string) int
}

// env is what a command talks to; tests replace the streams.
type env struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	// isTerminal reports whether stderr is a terminal (progress bars).
	isTerminal bool
}

var commands []*command

func register(c *command) { commands = append(commands, c) }

func findCommand(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

func main() {
	e := &env{stdout: os.Stdout, stderr: os.Stderr, stdin: os.Stdin, isTerminal: stderrIsTerminal()}
	os.Exit(run(e, os.Args[1:]))
}

func run(e *env, args []string) int {
	if len(args) == 0 {
		printHelp(e.stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "--help", "help":
		if len(args) > 1 {
			if c := findCommand(args[1]); c != nil {
				printCommandHelp(e.stdout, c, nil)
				return exitClean
			}
		}
		printHelp(e.stdout)
		return exitClean
	case "-v", "--version":
		args = []string{"version"}
	}
	c := findCommand(args[0])
	if c == nil {
		fmt.Fprintf(e.stderr, "crosscheck: unknown command %q\n\n", args[0])
		printHelp(e.stderr)
		return exitUsage
	}
	return c.run(e, args[1:])
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "crosscheck finds contradictions in news coverage.")
	fmt.Fprintln(w, "\nUsage: crosscheck COMMAND [flags] [args]\n\nCommands:")
	cs := append([]*command(nil), commands...)
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'crosscheck COMMAND --help' for a command's flags and examples.")
	fmt.Fprintln(w, "Exit status: 0 clean, 1 discrepancies at or above --fail-on, 2 usage or input error,")
	fmt.Fprintln(w, "3 internal error on an article (reported with its path; the rest is checked).")
}

func printCommandHelp(w io.Writer, c *command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Usage: crosscheck %s %s\n\n%s\n", c.name, c.usage, c.summary)
	if fs != nil {
		fmt.Fprintln(w, "\nFlags:")
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
	if len(c.examples) > 0 {
		fmt.Fprintln(w, "\nExamples:")
		for _, ex := range c.examples {
			fmt.Fprintf(w, "  %s\n", ex)
		}
	}
}

// parseFlags parses args with fs; --help prints the command's help. It
// returns ok=false with the exit code to use when the command must stop.
// Flags may come before or after positional arguments.
func parseFlags(e *env, c *command, fs *flag.FlagSet, args []string) (rest []string, code int, ok bool) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				printCommandHelp(e.stdout, c, fs)
				return nil, exitClean, false
			}
			fmt.Fprintf(e.stderr, "crosscheck %s: %v\n\n", c.name, err)
			printCommandHelp(e.stderr, c, fs)
			return nil, exitUsage, false
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		if args[0] == "--" {
			pos = append(pos, args[1:]...)
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	return pos, exitClean, true
}

// fail prints an error for command name and returns the usage/input exit code.
func fail(e *env, name string, err error) int {
	msg := err.Error()
	if !strings.HasSuffix(msg, "\n") {
		msg += "\n"
	}
	fmt.Fprintf(e.stderr, "crosscheck %s: %s", name, msg)
	if errors.Is(err, corpus.ErrInternal) {
		return exitInternal
	}
	return exitUsage
}

func init() {
	register(&command{
		name:     "version",
		summary:  "print crosscheck's version",
		usage:    "",
		examples: []string{"crosscheck version"},
		run: func(e *env, args []string) int {
			fs := flag.NewFlagSet("version", flag.ContinueOnError)
			if _, code, ok := parseFlags(e, findCommand("version"), fs, args); !ok {
				return code
			}
			fmt.Fprintf(e.stdout, "crosscheck %s\n", version)
			return exitClean
		},
	})
}
