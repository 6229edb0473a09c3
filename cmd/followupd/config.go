package main

import (
	"fmt"

	"github.com/followupd/followupd/config"
)

// loadConfig loads the config file at path (config.DefaultPath() when
// empty). On any problem it prints every one, located, to stderr and
// returns nil and exitConfig.
func loadConfig(e *env, path string) (*config.Config, int) {
	if path == "" {
		path = config.DefaultPath()
	}
	cfg, err := config.Load(path)
	if err != nil {
		for _, p := range config.Problems(err) {
			fmt.Fprintln(e.stderr, p.String())
		}
		return nil, exitConfig
	}
	return cfg, exitOK
}
