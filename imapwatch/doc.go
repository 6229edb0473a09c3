// Package imapwatch keeps a Sink up to date with an account's INBOX and Sent
// folders: an initial sync, then incremental syncs by UID, new mail pushed
// by IDLE, and a periodic catch-up pass as a safety net.
//
// # What it fetches
//
// Per batch of UIDs (found by UID SEARCH, so sparse UIDs cost nothing):
// first UID, FLAGS, INTERNALDATE, RFC822.SIZE, BODYSTRUCTURE and the header
// (capped); then, walking each BODYSTRUCTURE, only the text/plain,
// text/html and text/calendar parts (and .ics attachments), each with a
// partial fetch BODY.PEEK[n]<0.MaxPartBytes>. Attachments are never
// downloaded; messages with the same part layout share one pipelined FETCH.
// Batches are cut by message count and by the part bytes BODYSTRUCTURE
// announces, so memory is bounded by the batch, not by the mailbox.
//
// # Pipeline
//
// A pass is three overlapping stages: round one of the next batch is
// prefetched; round two of chunk k+1 is fetched while one applier
// goroutine (owned by the pass, ended with it) hands chunk k to
// Sink.Apply; and a Sink that is a Preparer parses and classifies each
// message on every core as soon as its parts are in. At most two chunks
// are alive: the one being applied and the one being fetched. Apply calls
// stay in UID order, one at a time, each with the folder state that
// covers exactly its chunk. The first error (a fetch or an Apply) stops
// the pass: fetching stops, the chunk already handed over is still
// applied, and the error is returned once the applier has exited.
//
// # Guarantees
//
//   - Nothing is missed: the Sink stores each batch together with the
//     folder's new highest UID (Sink.Apply is atomic), and every pass
//     starts from the stored UID. A crash or disconnect at any point means
//     the next pass fetches again what was not stored.
//   - Duplicates are the Sink's business only after a UIDVALIDITY change
//     (RFC 3501 2.3.1.1): the watcher calls Sink.ResetFolder and rescans the
//     folder; the Sink recognises known messages by Message-ID.
//   - A malformed message does not stop a sync: Dovecot describes broken
//     MIME as best it can and the bytes go to the Sink as they are. A
//     message whose FETCH keeps failing on its own (a response the client
//     cannot parse) is skipped after a few tries, with an error log line
//     naming its UID.
//   - Any failure (socket, server restart, rejected login, Sink error)
//     closes the connection and is retried after a capped, jittered
//     exponential backoff (1 s to 5 min by default). A rejected login or a
//     TLS mismatch will not fix itself, so it waits the maximum each time.
//     A repeated error is logged once at warning level, then at debug.
//
// # Two connections, not NOTIFY
//
// IDLE (RFC 2177) reports only on the selected mailbox, so watching INBOX
// and Sent needs either NOTIFY (RFC 5465) or one connection per folder.
// go-imap v2 has no NOTIFY client and many servers lack it (Gmail,
// Microsoft 365), so the watcher always uses one connection per folder,
// each with its own reconnect loop: a dead Sent connection does not stop
// INBOX. The IDLE is refreshed at least every CatchUp interval (5 min by
// default, never more than 25 min), which is also the catch-up pass. The
// Sink may be called from both connections; the watcher serialises its
// calls (all but Preparer.Prepare, which is meant to run in parallel).
// QRESYNC is never enabled (go-imap v2 does not support it).
package imapwatch
