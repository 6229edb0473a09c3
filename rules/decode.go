package rules

import (
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// LineError is one problem in the rules, located.
type LineError struct {
	Line int
	Key  string // such as "rules.nudge.after"
	Msg  string // what is wrong and what would be right
}

func (e LineError) Error() string { return fmt.Sprintf("line %d: %s: %s", e.Line, e.Key, e.Msg) }

// Decode reads the rules from n: the value of the config's `rules:` key (a
// sequence of rules), or a document or mapping whose only key is `rules`
// (as in DefaultsYAML). A nil node means the defaults.
//
// Each entry overrides the default rule of the same name, key by key; a new
// name adds a rule that starts from the default rule with the same `on`.
// Rules not mentioned keep their defaults. Every problem is reported, each
// with its line: unknown keys, bad durations, times, windows, cron specs and
// templates, unknown `on` and cancel events, duplicate names.
func Decode(n *yaml.Node) ([]Spec, []LineError) {
	return decode(n, Defaults())
}

// decode reads n over base. With base nil every rule starts empty (enabled,
// day-aligned), which is how the defaults' YAML is checked against Go.
func decode(n *yaml.Node, base []Spec) ([]Spec, []LineError) {
	d := &decoder{}
	out := slices.Clone(base)
	if n == nil {
		return out, nil
	}
	if n.Kind == yaml.DocumentNode && len(n.Content) == 1 {
		n = n.Content[0]
	}
	if n.Kind == yaml.MappingNode {
		var seq *yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			if k := n.Content[i]; k.Value == "rules" {
				seq = n.Content[i+1]
			} else {
				d.errf(k, k.Value, "unknown key; the rules file has only `rules:`")
			}
		}
		if seq == nil {
			return out, d.errs
		}
		n = seq
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return out, d.errs
	}
	if n.Kind != yaml.SequenceNode {
		d.errf(n, "rules", "must be a list of rules (- name: ...)")
		return out, d.errs
	}
	seen := map[string]int{}
	for i, item := range n.Content {
		s, ok := d.rule(item, i, base)
		if s.Name == "" {
			continue
		}
		if line, dup := seen[s.Name]; dup {
			d.errf(item, "rules."+s.Name, fmt.Sprintf("rule defined twice (first on line %d); names must be unique", line))
			continue
		}
		seen[s.Name] = item.Line
		if !ok {
			continue
		}
		if j := slices.IndexFunc(out, func(o Spec) bool { return o.Name == s.Name }); j >= 0 {
			out[j] = s
		} else {
			out = append(out, s)
		}
	}
	return out, d.errs
}

type decoder struct{ errs []LineError }

func (d *decoder) errf(n *yaml.Node, key, msg string) {
	d.errs = append(d.errs, LineError{Line: n.Line, Key: key, Msg: msg})
}

// rule decodes one list entry over its base rule.
func (d *decoder) rule(item *yaml.Node, idx int, base []Spec) (Spec, bool) {
	where := fmt.Sprintf("rules[%d]", idx)
	if item.Kind != yaml.MappingNode {
		d.errf(item, where, "must be a mapping (name: ..., on: ...)")
		return Spec{}, false
	}
	fields := map[string]*yaml.Node{}
	keys := map[string]*yaml.Node{}
	var order []string
	for i := 0; i+1 < len(item.Content); i += 2 {
		k := item.Content[i].Value
		if _, dup := fields[k]; dup {
			d.errf(item.Content[i], where+"."+k, "key given twice")
			continue
		}
		fields[k], keys[k] = item.Content[i+1], item.Content[i]
		order = append(order, k)
	}
	name := ""
	if v, ok := fields["name"]; ok {
		name = strings.TrimSpace(v.Value)
	}
	if name == "" {
		d.errf(item, where+".name", "missing: every rule needs a name")
		return Spec{}, false
	}
	where = "rules." + name
	var s Spec
	var on Trigger
	if v, ok := fields["on"]; ok {
		on = Trigger(strings.TrimSpace(v.Value))
		if !slices.Contains(Triggers, on) {
			d.errf(v, where+".on", fmt.Sprintf("unknown %q; use one of %s", v.Value, joinTriggers()))
			return Spec{Name: name}, false
		}
	}
	if j := slices.IndexFunc(base, func(b Spec) bool { return b.Name == name }); j >= 0 && (on == "" || base[j].On == on) {
		s = cloneSpec(base[j])
	} else if on == "" {
		d.errf(item, where+".on", fmt.Sprintf("missing: a new rule needs `on` (%s)", joinTriggers()))
		return Spec{Name: name}, false
	} else if j := slices.IndexFunc(base, func(b Spec) bool { return b.On == on }); j >= 0 {
		s = cloneSpec(base[j])
	} else {
		s = Spec{Enabled: true, Align: AlignDay}
	}
	s.Name, s.On = name, orTrigger(on, s.On)
	bad := len(d.errs)
	for _, k := range order {
		d.field(&s, where, k, keys[k], fields[k])
	}
	failed := map[string]bool{}
	for _, e := range d.errs[bad:] {
		failed[e.Key] = true
	}
	for _, e := range check(&s) {
		if failed[where+"."+e.key] {
			continue // already reported, and s holds the default there
		}
		n := item
		if v, ok := keys[e.key]; ok {
			n = v
		}
		d.errf(n, where+"."+e.key, e.msg)
	}
	return s, len(d.errs) == bad
}

func orTrigger(a, b Trigger) Trigger {
	if a != "" {
		return a
	}
	return b
}

func cloneSpec(s Spec) Spec {
	s.CancelOn = slices.Clone(s.CancelOn)
	s.Channels = slices.Clone(s.Channels)
	return s
}

func joinTriggers() string {
	var ss []string
	for _, t := range Triggers {
		ss = append(ss, string(t))
	}
	return strings.Join(ss, ", ")
}

// field sets one key of s from v, recording a located error on failure.
func (d *decoder) field(s *Spec, where, k string, kn, v *yaml.Node) {
	key := where + "." + k
	scalar := func() (string, bool) {
		if v.Kind != yaml.ScalarNode {
			d.errf(v, key, "must be a single value")
			return "", false
		}
		return v.Value, true
	}
	dur := func(dst *Duration) {
		if str, ok := scalar(); ok {
			x, err := ParseDuration(str)
			if err != nil {
				d.errf(v, key, err.Error())
				return
			}
			*dst = x
		}
	}
	clk := func(dst *Clock) {
		if str, ok := scalar(); ok {
			if str == "" {
				*dst = Clock{}
				return
			}
			x, err := ParseClock(str)
			if err != nil {
				d.errf(v, key, err.Error())
				return
			}
			*dst = x
		}
	}
	text := func(dst *string) {
		if str, ok := scalar(); ok {
			*dst = str
		}
	}
	switch k {
	case "name", "on":
		// read already
	case "enabled":
		if err := v.Decode(&s.Enabled); err != nil {
			d.errf(v, key, "must be true or false")
		}
	case "after":
		dur(&s.After)
	case "before":
		dur(&s.Before)
	case "every":
		dur(&s.Every)
	case "stop_after":
		dur(&s.StopAfter)
	case "min_lead":
		dur(&s.MinLead)
	case "at":
		clk(&s.At)
	case "repeat_at":
		clk(&s.RepeatAt)
	case "align":
		if str, ok := scalar(); ok {
			if a := Align(str); a == AlignDay || a == AlignNext {
				s.Align = a
			} else {
				d.errf(v, key, fmt.Sprintf("unknown %q; use day or next", str))
			}
		}
	case "max":
		if err := v.Decode(&s.Max); err != nil || s.Max < 0 {
			d.errf(v, key, "must be a whole number, 0 for no limit")
		}
	case "quiet_hours":
		if str, ok := scalar(); ok {
			if str == "" {
				s.QuietHours = Window{}
				return
			}
			w, err := ParseWindow(str)
			if err != nil {
				d.errf(v, key, err.Error())
				return
			}
			s.QuietHours = w
		}
	case "cancel_on":
		var evs []Event
		for _, x := range d.list(v, key) {
			evs = append(evs, Event(x))
		}
		s.CancelOn = evs
	case "channels":
		s.Channels = d.list(v, key)
	case "schedule":
		text(&s.Schedule)
	case "title":
		text(&s.Title)
	case "body":
		text(&s.Body)
	case "draft":
		text(&s.Draft)
	default:
		d.errf(kn, key, "unknown key; a rule has name, enabled, on, after, before, at, align, every, repeat_at, max, stop_after, min_lead, cancel_on, quiet_hours, channels, schedule, title, body, draft")
	}
}

// list reads a sequence of scalars, or one scalar as a list of one.
func (d *decoder) list(v *yaml.Node, key string) []string {
	if v.Kind == yaml.ScalarNode {
		if v.Tag == "!!null" || v.Value == "" {
			return nil
		}
		return []string{v.Value}
	}
	if v.Kind != yaml.SequenceNode {
		d.errf(v, key, "must be a list such as [a, b]")
		return nil
	}
	out := []string{}
	for _, x := range v.Content {
		if x.Kind != yaml.ScalarNode || strings.TrimSpace(x.Value) == "" {
			d.errf(x, key, "each entry must be a plain name")
			continue
		}
		out = append(out, strings.TrimSpace(x.Value))
	}
	return out
}
