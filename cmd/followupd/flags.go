package main

import (
	"errors"
	"flag"
	"fmt"
)

// cmdFlags are a command's flags, with the ones every command that reads
// the config takes: --config and the logging flags.
type cmdFlags struct {
	*flag.FlagSet
	name   string
	e      *env
	config string
	log    logFlags
}

// newFlags starts a command's flag set; usage is its help text.
func newFlags(e *env, name, usage string) *cmdFlags {
	f := &cmdFlags{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), name: name, e: e}
	f.SetOutput(e.stderr)
	f.StringVar(&f.config, "config", "", "config file (default: "+defaultConfigHelp+")")
	f.log.register(f.FlagSet)
	f.Usage = func() {
		fmt.Fprintln(e.stderr, usage)
		f.PrintDefaults()
	}
	return f
}

// parse reads args (flags may follow the positional arguments) and checks
// their count. When it returns false, the command exits with code: 0 after
// -h, 2 on a usage error.
func (f *cmdFlags) parse(args []string, positional int) (code int, ok bool) {
	if err := f.Parse(reorder(args)); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, false
		}
		return exitConfig, false
	}
	if f.NArg() != positional {
		if f.NArg() > positional {
			fmt.Fprintf(f.e.stderr, "followupd %s: unexpected argument %q\n", f.name, f.Arg(positional))
		} else {
			fmt.Fprintf(f.e.stderr, "followupd %s: missing argument\n", f.name)
		}
		f.Usage()
		return exitConfig, false
	}
	return exitOK, true
}

// defaultConfigHelp names the default config path for help texts.
const defaultConfigHelp = "$CONFIGURATION_DIRECTORY/config.yaml, else $XDG_CONFIG_HOME/followupd/config.yaml"

// reorder moves flags that follow positional arguments in front of them,
// so that `snooze ID --for 3d` parses like `snooze --for 3d ID`.
func reorder(args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) > 1 && a[0] == '-' {
			flags = append(flags, a)
			if !hasValue(a) && i+1 < len(args) && !isBoolFlag(a) {
				flags = append(flags, args[i+1])
				i++
			}
			continue
		}
		pos = append(pos, a)
	}
	return append(flags, pos...)
}

func hasValue(a string) bool {
	for _, c := range a {
		if c == '=' {
			return true
		}
	}
	return false
}

// isBoolFlag: the flags of these commands that take no value.
func isBoolFlag(a string) bool {
	switch a {
	case "-undo", "--undo", "-log-json", "--log-json", "-json", "--json", "-quick", "--quick", "-desktop", "--desktop", "-h", "-help", "--help":
		return true
	}
	return false
}
