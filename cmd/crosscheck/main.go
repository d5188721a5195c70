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

	"github.com/crosscheck/crosscheck/corpus/read"
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

// exitStatusText is what every command's help says about exit statuses
// unless the command says otherwise (exits).
const exitStatusText = "0 success, 2 usage or input error, 3 internal error"

// command is one subcommand.
type command struct {
	name     string
	summary  string
	usage    string // arguments after the name
	examples []string
	// exits describes the exit statuses; empty: exitStatusText.
	exits string
	// loads: the command keeps garbage collection paused while it loads
	// the knowledge base and rules, and resumes it itself (see pauseGC);
	// for every other command collection resumes at once.
	loads bool
	run   func(env *env, args []string) int
}

// env is what a command talks to; tests replace the streams.
type env struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	// isTerminal reports whether stderr is a terminal (progress bars).
	isTerminal bool
	// termWidth is the width of the terminal stdout writes to, 0 when it
	// is not one (tables are then 100 columns wide).
	termWidth int
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
	pauseGC()
	e := &env{stdout: os.Stdout, stderr: os.Stderr, stdin: os.Stdin, isTerminal: stderrIsTerminal(), termWidth: stdoutWidth()}
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
			// The command's own --help: its flags included.
			if c := findCommand(args[1]); c != nil {
				return c.run(e, []string{"--help"})
			}
			fmt.Fprintf(e.stderr, "crosscheck help: unknown command %q\n\n", args[1])
			printHelp(e.stderr)
			return exitUsage
		}
		printHelp(e.stdout)
		return exitClean
	case "-v", "--version":
		args = []string{"version"}
	}
	c := findCommand(args[0])
	if c == nil || !c.loads {
		resumeGC()
	}
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
	fmt.Fprintln(w, "\nRun 'crosscheck help COMMAND' or 'crosscheck COMMAND --help' for a command's flags and examples.")
	fmt.Fprintln(w, "Exit status: 0 clean, 1 discrepancies at or above --fail-on, 2 usage or input error, 3 internal error.")
}

func printCommandHelp(w io.Writer, c *command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Usage: crosscheck %s\n\n%s\n", strings.TrimSpace(c.name+" "+c.usage), c.summary)
	if fs != nil && hasFlags(fs) {
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
	exits := c.exits
	if exits == "" {
		exits = exitStatusText
	}
	fmt.Fprintf(w, "\nExit status: %s.\n", exits)
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
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
	if errors.Is(err, read.ErrInternal) {
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
