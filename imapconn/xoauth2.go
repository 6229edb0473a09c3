package imapconn

import "github.com/emersion/go-sasl"

// xoauth2 is the SASL XOAUTH2 client of Gmail and Microsoft 365
// (https://developers.google.com/gmail/imap/xoauth2-protocol); go-sasl has
// only the standard OAUTHBEARER.
type xoauth2 struct {
	user, token string
}

var _ sasl.Client = (*xoauth2)(nil)

func (x *xoauth2) Start() (string, []byte, error) {
	return "XOAUTH2", []byte("user=" + x.user + "\x01auth=Bearer " + x.token + "\x01\x01"), nil
}

// Next answers the server's error challenge (a base64 JSON status) with an
// empty response, after which the server sends its tagged NO.
func (x *xoauth2) Next([]byte) ([]byte, error) { return []byte{}, nil }
