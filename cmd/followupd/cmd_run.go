package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	sddaemon "github.com/coreos/go-systemd/v22/daemon"

	"github.com/followupd/followupd/daemon"
)

func cmdRun(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	path := fs.String("config", "", "config file (default "+defaultConfigHint()+")")
	var lf logFlags
	lf.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: followupd run [--config F] [--log-json] [--log-level L]\n\nRun the daemon in the foreground: sync, watch, tick and deliver. SIGHUP reloads the config; SIGTERM stops (a second one forces exit).")
		fs.PrintDefaults()
	}
	if fs.Parse(args) != nil || fs.NArg() > 0 {
		return exitConfig
	}
	cfg, specs, code := loadAll(e, *path)
	if cfg == nil {
		return code
	}
	log := lf.newLogger(e.stderr, cfg)
	daemon.ApplyMemoryLimit()
	watchdog, _ := sddaemon.SdWatchdogEnabled(false)
	d, err := daemon.Open(ctx, &daemon.Options{
		Config: cfg, Rules: specs, Log: log, Stdout: e.stdout,
		SdNotify: func(state string) { _, _ = sddaemon.SdNotify(false, state) },
		Watchdog: watchdog,
	})
	if err != nil {
		if ctx.Err() != nil {
			return exitOK // stopped while starting
		}
		fmt.Fprintf(e.stderr, "followupd: %v\n", err)
		return exitFail
	}
	defer d.Close()

	reloads := make(chan daemon.Reload)
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-e.reload:
			}
			log.Info("SIGHUP: reloading configuration", "file", cfg.File)
			ncfg, nspecs, code := loadAll(&env{stdout: e.stdout, stderr: e.stderr}, cfg.File)
			if code != exitOK {
				log.Error("reload refused: the new configuration has problems (printed above); keeping the old one")
				continue
			}
			done := make(chan error, 1)
			select {
			case reloads <- daemon.Reload{Config: ncfg, Rules: nspecs, Done: done}:
				<-done
			case <-ctx.Done():
				return
			}
		}
	}()
	log.Info("followupd running", "version", versionString(), "store", cfg.Store.Path, "accounts", len(cfg.Accounts), "watchdog", watchdog)
	if e.stopSignals != nil {
		// Once the first SIGTERM starts the graceful shutdown, a second one
		// ends the process at once (the default action).
		go func() { <-ctx.Done(); e.stopSignals() }()
	}
	err = d.Run(ctx, reloads)
	if err != nil {
		log.Error("followupd stopped", "err", err)
		return exitFail
	}
	log.Info("followupd stopped")
	return exitOK
}

// defaultConfigHint names the default config path for help texts.
func defaultConfigHint() string {
	if d := os.Getenv("CONFIGURATION_DIRECTORY"); d != "" {
		return "$CONFIGURATION_DIRECTORY/config.yaml"
	}
	return "$XDG_CONFIG_HOME/followupd/config.yaml"
}
