package notify

import "strings"

// loginClient is SASL LOGIN (draft-murchison-sasl-login). go-sasl's
// client sends the user name up front and insists on a "Password:"
// challenge; servers differ, so this one answers whatever is asked.
type loginClient struct{ user, pass string }

func (l *loginClient) Start() (string, []byte, error) { return "LOGIN", nil, nil }

func (l *loginClient) Next(challenge []byte) ([]byte, error) {
	if strings.Contains(strings.ToLower(string(challenge)), "user") {
		return []byte(l.user), nil
	}
	return []byte(l.pass), nil
}

// xoauth2 is the SASL XOAUTH2 mechanism (Google, Microsoft), which go-sasl
// no longer ships.
type xoauth2 struct{ user, token string }

func (x *xoauth2) Start() (string, []byte, error) {
	return "XOAUTH2", []byte("user=" + x.user + "\x01auth=Bearer " + x.token + "\x01\x01"), nil
}

// Next answers the server's error challenge (a JSON status) with an empty
// response, as the mechanism requires, so the server sends its final error.
func (x *xoauth2) Next([]byte) ([]byte, error) { return []byte{}, nil }
