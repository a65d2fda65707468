package main

import (
	"sync"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
)

// deadlineKey is a deadline question in comparable form: the answer is a
// pure function of it and of the engine's rule set, which never changes.
type deadlineKey struct {
	country vordering.Country
	event   date.Date
	kind    deadlines.TermKind
	term    deadlines.Term
	byHand  bool
}

// maxCached is how many deadline answers the cache holds.
const maxCached = 8192

// answerCache holds the JSON of recent deadline answers. Rendering a
// Deadline's JSON (steps, citations, explanation) costs about a hundred
// times computing it, and collection systems ask the same terms from the
// same days again and again. When full it is emptied: the memory stays
// bounded and the cache refills with the days asked now.
type answerCache struct {
	mu sync.RWMutex
	m  map[deadlineKey][]byte
}

func (c *answerCache) get(k deadlineKey) ([]byte, bool) {
	c.mu.RLock()
	b, ok := c.m[k]
	c.mu.RUnlock()
	return b, ok
}

func (c *answerCache) put(k deadlineKey, b []byte) {
	c.mu.Lock()
	if c.m == nil || len(c.m) >= maxCached {
		c.m = make(map[deadlineKey][]byte, 256)
	}
	c.m[k] = b
	c.mu.Unlock()
}

func keyOf(r *DeadlineRequest) deadlineKey {
	k := deadlineKey{country: r.Country, event: r.Event, kind: r.Kind}
	if r.Term != nil {
		k.term, k.byHand = *r.Term, true
	}
	return k
}
