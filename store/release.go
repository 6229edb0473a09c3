package store

import (
	"context"
	"fmt"
	"time"
)

// ReleaseClaims makes the deliveries that a dead process had claimed (a
// claim sets next_attempt to last_attempt plus the lease, and the send
// never reported back) due again at now, instead of when their lease ends.
// Only the one process that owns the store may call it, at start: a
// claim of a live dispatcher must keep its lease. The released rows keep
// their attempt count, so the mail channels look for the message on the
// server before sending again.
func (s *Store) ReleaseClaims(ctx context.Context, now time.Time, lease time.Duration) (int64, error) {
	res, err := s.w.ExecContext(ctx, `UPDATE deliveries SET next_attempt = ?
		WHERE status = 'pending' AND attempts > 0 AND next_attempt > ? AND next_attempt - last_attempt = ?`,
		now.Unix(), now.Unix(), int64(lease/time.Second))
	if err != nil {
		return 0, fmt.Errorf("release claims: %w", err)
	}
	return res.RowsAffected()
}
