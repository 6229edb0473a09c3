package classify

import (
	"time"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/message"
)

const Version = 1

type Options struct {
	Me   []string
	Zone *time.Location
}

func Classify(m *message.Message, opt *Options) domain.Verdict { return domain.Verdict{Kind: domain.KindOther} }
