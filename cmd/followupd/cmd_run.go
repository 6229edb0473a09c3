package main

import (
	"context"
	"fmt"

	sddaemon "github.com/coreos/go-systemd/v22/daemon"

	"github.com/followupd/followupd/daemon"
)

func cmdRun(ctx context.Context, e *env, args []string) int {
	f := newFlags(e, "run", "usage: followupd run [--config F] [--log-json] [--log-level L]\n\nRun the daemon in the foreground: sync, watch, tick and deliver. SIGHUP reloads the config; SIGTERM stops (a second one forces exit).")
	if code, ok := f.parse(args, 0); !ok {
		return code
	}
	cfg, specs, code := loadAll(e, f.config)
	if cfg == nil {
		return code
	}
	log := f.log.newLogger(e.stderr, cfg)
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
