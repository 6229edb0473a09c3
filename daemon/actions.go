package daemon

import (
	"context"
	"time"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/notify"
	"github.com/followupd/followupd/store"
)

// replyCommand acts on the owner's reply to a reminder email: "done" marks
// it done, "snooze 3d" postpones it, "stop" marks it done and mutes the
// contact it is about.
func (d *Daemon) replyCommand(ctx context.Context, m *domain.Message, text string) {
	id, ok := notify.ReminderIDFromMessageID(m.InReplyTo)
	if !ok {
		return
	}
	cmd, ok := notify.ParseReplyCommand(text)
	if !ok {
		return
	}
	log := d.log.With("reminder", id, "source", "mail")
	var err error
	switch cmd.Action {
	case notify.CommandDone:
		_, err = d.engine.Done(ctx, id)
	case notify.CommandSnooze:
		_, _, err = d.engine.Snooze(ctx, id, cmd.For)
	case notify.CommandStop:
		err = d.stopContact(ctx, id)
	}
	if err != nil {
		log.Warn("reply command not applied", "action", cmd.Action, "err", err)
		return
	}
	log.Info("reply command applied", "action", cmd.Action)
}

// desktopAction handles the "Done" and "Snooze 1 day" buttons of a desktop
// notification.
func (d *Daemon) desktopAction(id, action string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var err error
	switch action {
	case notify.ActionDone:
		_, err = d.engine.Done(ctx, id)
	case notify.ActionSnooze1d:
		_, _, err = d.engine.Snooze(ctx, id, 24*time.Hour)
	}
	if err != nil {
		d.log.Warn("desktop action not applied", "reminder", id, "action", action, "err", err)
	}
}

// stopContact marks a reminder done and mutes the contact it is about.
func (d *Daemon) stopContact(ctx context.Context, id string) error {
	full, err := d.engine.Done(ctx, id)
	if err != nil {
		return err
	}
	rows, err := d.engine.Reminders(ctx, store.ReminderFilter{IDs: []string{full}})
	if err != nil || len(rows) == 0 {
		return err
	}
	return d.engine.Mute(ctx, rows[0].About)
}
