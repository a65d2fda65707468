package main

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure"
)

//go:embed openapi.json
var openAPI []byte

// Limits and timeouts of the service.
const (
	// defaultMaxBody is the largest body of a single question.
	defaultMaxBody = 1 << 20
	// maxBatchBody is the largest body of plan:batch.
	maxBatchBody = vordering.MaxJSONBytes
	// batchFlushEvery is how many batch results are written between two
	// flushes to the client.
	batchFlushEvery = 16

	readHeaderTimeout = 5 * time.Second
	readTimeout       = 60 * time.Second
	writeTimeout      = 60 * time.Second
	idleTimeout       = 120 * time.Second
	shutdownTimeout   = 30 * time.Second
)

// server is the HTTP JSON API.
type server struct {
	eng     *engine
	log     *slog.Logger
	maxBody int64
	today   func() date.Date
	mux     *http.ServeMux
	routes  []route
	// batches holds a token for each plan:batch request being served.
	batches chan struct{}
	// cache holds recent deadline answers (see answerCache).
	cache answerCache
}

// maxBatches is how many plan:batch requests are served at once; more wait.
const maxBatches = 4

// route is one path of the API with its method.
type route struct {
	method, path string
	handler      http.HandlerFunc
}

// newServer returns the API over e's rule sets, logging to log.
func newServer(e *engine, log *slog.Logger) *server {
	s := &server{eng: e, log: log, maxBody: defaultMaxBody, today: today, mux: http.NewServeMux(), batches: make(chan struct{}, maxBatches)}
	s.routes = append(s.routes,
		route{http.MethodGet, "/healthz", s.healthz},
		route{http.MethodGet, "/openapi.json", s.openapi},
		route{http.MethodPost, "/v1/plan:batch", s.planBatch},
	)
	for _, q := range questions {
		s.routes = append(s.routes, route{http.MethodPost, "/v1/" + q.name, s.question(q)})
	}
	for _, rt := range s.routes {
		rt := rt
		s.mux.HandleFunc(rt.path, func(w http.ResponseWriter, r *http.Request) {
			if r.Method != rt.method && !(rt.method == http.MethodGet && r.Method == http.MethodHead) {
				w.Header().Set("Allow", rt.method)
				writeError(w, apiError{Status: http.StatusMethodNotAllowed, Code: codeMethod, Message: "use " + rt.method + " for " + rt.path}, nil)
				return
			}
			rt.handler(w, r)
		})
	}
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, apiError{Status: http.StatusNotFound, Code: codeNotFound, Message: "no such path; see GET /openapi.json"}, nil)
	})
	return s
}

// statusWriter records the status and size of a response for the access
// log and for the panic handler.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection (flush, write
// deadline).
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// ServeHTTP serves one request: it recovers a panic into a 500 with no
// detail (the panic and its stack go to the log) and writes one access-log
// line.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	sw := &statusWriter{ResponseWriter: w}
	defer func() {
		p := recover()
		if p != nil {
			if p == http.ErrAbortHandler { //nolint:errorlint // the sentinel is compared as net/http does
				s.access(r, sw, start, slog.String("error", "aborted"))
				panic(p)
			}
			s.log.LogAttrs(r.Context(), slog.LevelError, "panic", slog.String("method", r.Method), slog.String("path", r.URL.Path),
				slog.String("panic", fmt.Sprint(p)), slog.String("stack", string(debug.Stack())))
			if sw.status == 0 {
				writeError(sw, apiError{Status: http.StatusInternalServerError, Code: codeInternal, Message: internalMessage}, nil)
			}
		}
		s.access(r, sw, start)
	}()
	w.Header().Set("X-Content-Type-Options", "nosniff")
	s.mux.ServeHTTP(sw, r)
}

// access writes the access-log line of a request.
func (s *server) access(r *http.Request, sw *statusWriter, start time.Time, extra ...slog.Attr) {
	status := sw.status
	if status == 0 {
		status = http.StatusOK
	}
	level := slog.LevelInfo
	if status >= 500 {
		level = slog.LevelError
	}
	if !s.log.Enabled(r.Context(), level) {
		return
	}
	attrs := append([]slog.Attr{
		slog.String("method", r.Method),
		slog.String("path", r.URL.Path),
		slog.Int("status", status),
		slog.Int64("bytes", sw.bytes),
		slog.Float64("ms", float64(time.Since(start).Microseconds())/1000),
		slog.String("remote", r.RemoteAddr),
	}, extra...)
	s.log.LogAttrs(r.Context(), level, "request", attrs...)
}

// writeJSON writes v as the JSON body of a response with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":{"status":500,"code":"internal","message":"internal error"}}`)
	}
	writeRaw(w, status, b)
}

// marshal renders v as JSON, ending in a newline.
func marshal(v any) ([]byte, error) {
	var b []byte
	var err error
	if m, ok := v.(json.Marshaler); ok {
		// The library's answers render themselves (Deadline.MarshalJSON);
		// calling the method directly spares encoding/json's second pass
		// that re-validates and compacts its output.
		b, err = m.MarshalJSON()
	} else {
		b, err = json.Marshal(v)
	}
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// writeRaw writes the JSON b (ending in a newline) as the body.
func writeRaw(w http.ResponseWriter, status int, b []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	w.Write(b)
}

// errorBody is the body of an error response; Partial is the part of the
// answer the library could compute when no rule covers the rest.
type errorBody struct {
	Error   apiError `json:"error"`
	Partial any      `json:"partial,omitempty"`
}

func writeError(w http.ResponseWriter, e apiError, partial any) {
	writeJSON(w, e.Status, errorBody{Error: e, Partial: partial})
}

// fail answers with the error's status (see classify); a 500 is logged with
// its cause, which the client never sees.
func (s *server) fail(w http.ResponseWriter, r *http.Request, err error, partial any) {
	e := classify(err)
	if e.Status >= 500 {
		s.log.LogAttrs(r.Context(), slog.LevelError, "internal error", slog.String("path", r.URL.Path), slog.String("error", err.Error()))
		partial = nil
	}
	writeError(w, e, partial)
}

// mediaType returns the body's media type, or a 415 error when it is not
// one of allowed (a charset, when given, must be UTF-8).
func mediaType(r *http.Request, allowed ...string) (string, *apiError) {
	ct := r.Header.Get("Content-Type")
	mt, params, err := mime.ParseMediaType(ct)
	if err == nil {
		if cs, ok := params["charset"]; ok && !equalFoldASCII(cs, "utf-8") {
			err = errors.New("charset")
		}
	}
	if err == nil {
		for _, a := range allowed {
			if mt == a {
				return mt, nil
			}
		}
	}
	msg := "Content-Type must be " + allowed[0]
	for _, a := range allowed[1:] {
		msg += " or " + a
	}
	if ct == "" {
		msg += "; none was given"
	} else {
		msg += ", not " + strconv.Quote(ct)
	}
	return "", &apiError{Status: http.StatusUnsupportedMediaType, Code: codeMediaType, Message: msg}
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range len(a) {
		x, y := a[i]|0x20, b[i]|0x20
		if x != y {
			return false
		}
	}
	return true
}

// asOfParam reads the as-of date of the query (?asOf=YYYY-MM-DD); today
// when absent.
func (s *server) asOfParam(r *http.Request) (date.Date, error) {
	v := r.URL.Query().Get("asOf")
	if v == "" {
		return s.today(), nil
	}
	d, err := vordering.ParseDate(v)
	if err != nil {
		return date.Date{}, vordering.Invalid("asOf", v, "want a day YYYY-MM-DD in the query")
	}
	return d, nil
}

// engineFor returns the engine that answers request r: s.eng, or for
// ?lenient=true (the plan questions) one whose planner is lenient. Any
// other value of lenient than true or false is an error.
func (s *server) engineFor(r *http.Request) (*engine, error) {
	v := r.URL.Query().Get("lenient")
	switch v {
	case "", "false":
		return s.eng, nil
	case "true":
		return s.eng.lenient(), nil
	}
	return nil, vordering.Invalid("lenient", v, "want true or false in the query")
}

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// readBody reads a request body of at most limit bytes into buf. A larger
// body is a *http.MaxBytesError (413).
func readBody(w http.ResponseWriter, r *http.Request, limit int64, buf *bytes.Buffer) error {
	if r.ContentLength > limit {
		return &http.MaxBytesError{Limit: limit}
	}
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, limit))
	var mbe *http.MaxBytesError
	if err != nil && !errors.As(err, &mbe) {
		// The client went away or sent a broken body.
		return vordering.Invalid("body", "", "could not be read: "+err.Error())
	}
	return err
}

// question returns the handler of POST /v1/<question>.
func (s *server) question(q *question) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if _, e := mediaType(r, "application/json"); e != nil {
			writeError(w, *e, nil)
			return
		}
		asOf, err := s.asOfParam(r)
		if err != nil {
			s.fail(w, r, err, nil)
			return
		}
		eng := s.eng
		if q.name == "plan" {
			if eng, err = s.engineFor(r); err != nil {
				s.fail(w, r, err, nil)
				return
			}
		}
		buf := bufPool.Get().(*bytes.Buffer)
		buf.Reset()
		defer func() {
			if buf.Cap() <= 64<<10 {
				bufPool.Put(buf)
			}
		}()
		if err := readBody(w, r, s.maxBody, buf); err != nil {
			s.fail(w, r, err, nil)
			return
		}
		req, err := decodeRequest(q, buf.Bytes())
		if err != nil {
			s.fail(w, r, err, nil)
			return
		}
		var key deadlineKey
		dr, cacheable := req.(*DeadlineRequest)
		if cacheable {
			key = keyOf(dr)
			if b, ok := s.cache.get(key); ok {
				writeRaw(w, http.StatusOK, b)
				return
			}
		}
		res, err := q.answer(eng, req, asOf)
		if err != nil {
			s.fail(w, r, err, res)
			return
		}
		b, err := marshal(res)
		if err != nil {
			s.fail(w, r, err, nil)
			return
		}
		if cacheable {
			s.cache.put(key, b)
		}
		writeRaw(w, http.StatusOK, b)
	}
}

// health is the body of GET /healthz.
type health struct {
	Status           string   `json:"status"`
	Release          string   `json:"release"`
	RulesCheckedAsOf string   `json:"rulesCheckedAsOf"`
	Supplied         []string `json:"supplied,omitempty"`
}

func (s *server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, health{Status: "ok", Release: vordering.Release, RulesCheckedAsOf: vordering.RulesCheckedAsOf, Supplied: s.eng.supplied})
}

func (s *server) openapi(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(openAPI)))
	w.Write(openAPI)
}

// batchItem is one line of the response of POST /v1/plan:batch.
type batchItem struct {
	Index int             `json:"index"`
	Line  int             `json:"line,omitempty"`
	Plan  *procedure.Plan `json:"plan,omitempty"`
	Error *apiError       `json:"error,omitempty"`
}

// planBatch serves POST /v1/plan:batch: a JSON array of cases
// (application/json) or one case per line (application/x-ndjson). The
// response streams one line per case, in order: its plan, or its error
// naming its index (and, for NDJSON, its line). A case that fails never
// stops the others; an array that stops being well-formed ends the stream
// with an error line for the index reached. A body over the size limit is
// a 413 before any line.
//
// The body is read whole before the first result is written (see below),
// so the stream starts after the upload ends.
func (s *server) planBatch(w http.ResponseWriter, r *http.Request) {
	mt, e := mediaType(r, "application/json", "application/x-ndjson", "application/ndjson", "application/jsonl")
	if e != nil {
		writeError(w, *e, nil)
		return
	}
	asOf, err := s.asOfParam(r)
	if err != nil {
		s.fail(w, r, err, nil)
		return
	}
	eng, err := s.engineFor(r)
	if err != nil {
		s.fail(w, r, err, nil)
		return
	}
	// The body is read whole (at most maxBatchBody) before the first
	// result is written: an HTTP/1.1 client that sends its whole body
	// before it reads the response can then never deadlock with the
	// server. At most maxBatches bodies are held at once, which bounds the
	// memory batches take.
	select {
	case s.batches <- struct{}{}:
		defer func() { <-s.batches }()
	case <-r.Context().Done():
		return
	}
	var buf bytes.Buffer
	if err := readBody(w, r, maxBatchBody, &buf); err != nil {
		s.fail(w, r, err, nil)
		return
	}
	body := bytes.NewReader(buf.Bytes())
	var next func() (raw []byte, line int, err error)
	if mt == "application/json" {
		dec := json.NewDecoder(body)
		tok, err := dec.Token()
		if err != nil || tok != json.Delim('[') {
			s.fail(w, r, vordering.Invalid("json", fmt.Sprint(tok), "want a JSON array of cases"), nil)
			return
		}
		next = func() ([]byte, int, error) {
			if !dec.More() {
				return nil, 0, io.EOF
			}
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, 0, err
			}
			return raw, 0, nil
		}
	} else {
		lineNo := 0
		rest := buf.Bytes()
		next = func() ([]byte, int, error) {
			for len(rest) > 0 {
				line := rest
				if i := bytes.IndexByte(rest, '\n'); i >= 0 {
					line, rest = rest[:i], rest[i+1:]
				} else {
					rest = nil
				}
				lineNo++
				if len(bytes.TrimSpace(line)) > 0 {
					return line, lineNo, nil
				}
			}
			return nil, 0, io.EOF
		}
	}
	w.Header().Set("Content-Type", "application/x-ndjson")
	w.WriteHeader(http.StatusOK)
	rc := http.NewResponseController(w)
	out := bufio.NewWriterSize(w, 32<<10)
	emit := func(it batchItem) bool {
		b, err := json.Marshal(it)
		if err != nil {
			b, _ = json.Marshal(batchItem{Index: it.Index, Line: it.Line, Error: &apiError{Status: 500, Code: codeInternal, Message: internalMessage}})
		}
		out.Write(b)
		if err := out.WriteByte('\n'); err != nil {
			return false
		}
		if it.Index%batchFlushEvery == batchFlushEvery-1 {
			_ = rc.SetWriteDeadline(time.Now().Add(writeTimeout))
			if out.Flush() != nil {
				return false
			}
			_ = rc.Flush()
		}
		return true
	}
	for i := 0; ; i++ {
		raw, line, err := next()
		if errors.Is(err, io.EOF) {
			break
		}
		it := batchItem{Index: i, Line: line}
		if err != nil {
			ae := classify(vordering.Invalid("["+strconv.Itoa(i)+"]", "", "not a JSON value: "+err.Error()))
			it.Error = &ae
			emit(it)
			break // the rest of the body cannot be read
		}
		if i >= vordering.MaxItems {
			ae := classify(vordering.Invalid("["+strconv.Itoa(i)+"]", i, "more than "+strconv.Itoa(vordering.MaxItems)+" cases in one batch"))
			it.Error = &ae
			emit(it)
			break
		}
		var c procedure.Case
		if err = vordering.DecodeJSON(raw, &c); err == nil {
			var p procedure.Plan
			if p, err = safePlan(eng, c, asOf); err == nil {
				it.Plan = &p
			}
		}
		if err != nil {
			ae := classify(err)
			if ae.Status >= 500 {
				s.log.LogAttrs(r.Context(), slog.LevelError, "internal error", slog.String("path", r.URL.Path), slog.Int("index", i), slog.String("error", err.Error()))
			}
			it.Error = &ae
		}
		if !emit(it) {
			return // the client went away
		}
	}
	if out.Flush() == nil {
		_ = rc.Flush()
	}
}
